# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""Internal to okta.asa (not a public API; it may change in any release): the one HTTP layer, with auth,
pagination, retries and errors.

Modules, the inventory plugin and the lookup plugin all talk to ASA through
``AsaClient``. It never logs, and no message it builds contains a request
body, a header, a key secret or a bearer token.
"""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

import json
import math
import random
import re
import threading
import time
import traceback

from urllib.parse import quote, urljoin, urlsplit

try:
    import requests
    from requests.exceptions import (
        ConnectTimeout,
        ConnectionError as RequestsConnectionError,
        ProxyError,
        ReadTimeout,
        RequestException,
        SSLError,
        Timeout,
    )
    from urllib3.exceptions import ConnectTimeoutError, NewConnectionError
    HAS_REQUESTS = True
    REQUESTS_IMPORT_ERROR = None
except ImportError:
    HAS_REQUESTS = False
    REQUESTS_IMPORT_ERROR = traceback.format_exc()

USER_AGENT = 'okta.asa-ansible-collection'
DEFAULT_API_URL = 'https://app.scaleft.com'
PAGE_SIZE = 100  # the API's page size (introduction: "By default ... 100")
MAX_BODY = 16 * 1024 * 1024  # an answer larger than this is no ASA answer (a page of 100 objects is some 100 KB)
CHUNK = 64 * 1024

# ASA error codes, from the introduction's error table: what to do about each.
ERROR_HINTS = {
    'invalid_request': 'The request body or a parameter is invalid; correct the task options.',
    'authentication_error': 'The API token was not accepted; check key_id/key_secret (or bearer_token).',
    'authorization_error': 'The service user lacks permission for this call; grant its group the needed role '
                           '(access_admin for writes) or re-authenticate.',
    'server_authorization_revoked': 'The server was deleted; re-enroll it.',
    'forbidden_error': 'The service user may not access this resource; grant its group the needed role '
                       '(access_admin for writes).',
    'quota_exceeded': 'The team reached its quota for this resource type; contact Okta support.',
    'resource_does_not_exist': 'The object does not exist: check the spelling of names and ids in the task.',
    'resource_deprecated': 'This API resource is deprecated.',
    'resource_already_exists': 'An object with that name exists (or existed and was deleted; deleted names cannot '
                               'be reused); choose another name.',
    'unsupported_content_type': 'The request body was not a JSON object.',
    'too_many_requests': 'The ASA rate limit was reached; wait for it to reset, or make fewer requests.',
    'client_closed_connection': 'The connection closed before the request was sent; try again.',
    'disabled_team': 'The ASA team is disabled; contact Okta support.',
    'service_offline': 'ASA is temporarily offline; try again later.',
    'gateway_timeout': 'The ASA gateway timed out; try again later.',
    'unknown_error': 'ASA reported an internal error; try again later.',
}
STATUS_CODES = {
    400: 'invalid_request', 401: 'authentication_error', 403: 'forbidden_error', 404: 'resource_does_not_exist',
    409: 'resource_already_exists', 415: 'unsupported_content_type', 429: 'too_many_requests',
    499: 'client_closed_connection', 500: 'unknown_error', 503: 'service_offline', 504: 'gateway_timeout',
}
STATUS_HINTS = {502: 'ASA or a proxy in front of it answered with a gateway error; try again later.'}
# Below this share of the hourly limit left, a bulk task's writes are spread over the time to the reset.
LOW_REMAINING_SHARE = 0.1
MAX_PACE = 10.0  # the longest gap pace() puts between two writes; 429s and their retries handle the rest
MAX_SANE_WAIT = 86400.0  # a wait beyond a day is no reset time a message can show
URL_USERINFO_RE = re.compile(r'//[^/@\s]*@')
IDEMPOTENT_METHODS = frozenset(['GET', 'HEAD', 'PUT', 'DELETE'])
# Answers that say the server did not act: safe to repeat even a POST.
RETRY_ANY_METHOD = frozenset([429, 503])
RETRY_IDEMPOTENT = frozenset([429, 499, 500, 502, 503, 504])


class AsaApiError(Exception):
    """An ASA call failed. ``str()`` is a message a user can act on, free of secrets."""

    def __init__(self, message, status=None, code=None, method=None, path=None, hint=None, uncertain=False):
        super(AsaApiError, self).__init__(message)
        self.uncertain = uncertain
        self.message = message
        self.status = status
        self.code = code
        self.method = method
        self.path = path
        self.hint = hint

    def __str__(self):
        where = ''
        if self.method and self.path:
            where = '%s %s' % (self.method, self.path)
        if self.status:
            where = '%s: HTTP %s' % (where, self.status) if where else 'HTTP %s' % self.status
            if self.code:
                where = '%s %s' % (where, self.code)
        text = '%s: %s' % (where, self.message) if where else self.message
        if self.hint:
            text = '%s. %s' % (text.rstrip('.'), self.hint)
        return text


def _first_text(*values):
    for value in values:
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def parse_error_body(body_text, status):
    """Return (code, message) from an ASA error body of any of its known shapes, or of none."""
    code = message = None
    body = None
    if body_text:
        try:
            body = json.loads(body_text)
        except ValueError:
            body = None
    if isinstance(body, dict):
        code = _first_text(body.get('code'), body.get('error') if body.get('error') in ERROR_HINTS else None)
        details = []
        for err in body.get('errors') or []:
            if isinstance(err, dict):
                text = _first_text(err.get('message'))
                if text:
                    details.append('%s: %s' % (err['path'], text) if err.get('path') else text)
        causes = body.get('error_cause')
        if isinstance(causes, list):
            details.extend(c for c in causes if isinstance(c, str))
        elif isinstance(causes, str):
            details.append(causes)
        message = _first_text(body.get('message'), body.get('error_description'),
                              None if body.get('error') in ERROR_HINTS else body.get('error'))
        if details:
            message = '%s (%s)' % (message, '; '.join(details)) if message else '; '.join(details)
    elif body is None and body_text and body_text.strip():
        text = ' '.join(body_text.split())
        message = 'non-JSON answer: %s' % (text[:200] + ('...' if len(text) > 200 else ''))
    if code not in ERROR_HINTS:
        code = STATUS_CODES.get(status, code)
    return code, message or 'no error detail in the answer'


class RetryPolicy:
    """How long and how often to retry. Every wait is bounded; the total wait is bounded too."""

    def __init__(self, max_attempts=6, max_total_wait=90.0, base_delay=0.5, max_delay=20.0, jitter=0.2,
                 sleep=None, clock=None, rand=random.random):
        self.max_attempts = max_attempts
        self.max_total_wait = max_total_wait
        self.base_delay = base_delay
        self.max_delay = max_delay
        self.jitter = jitter
        self.sleep = sleep or time.sleep
        self.clock = clock or time.time
        self.rand = rand

    def which_limit(self, attempt, wait):
        """Why retrying stopped, for a message: the attempts ran out, or the next wait would pass the time budget."""
        if attempt >= self.max_attempts:
            return ' (the limit of %d attempts)' % self.max_attempts
        return ' (waiting %s more would pass the retry budget of %d s)' % (
            'about %d s' % round(wait) if wait <= MAX_SANE_WAIT else 'that long', self.max_total_wait)

    def backoff(self, attempt):
        delay = min(self.max_delay, self.base_delay * (2 ** (attempt - 1)))
        return delay * (1 + self.jitter * self.rand())

    def rate_limit_wait(self, headers, attempt):
        """Seconds to wait after a 429 (or 503 with Retry-After): the server's word first."""
        for name, since in (('Retry-After', 0.0), ('X-RateLimit-Reset', self.clock())):
            try:
                wait = float(headers.get(name))
            except (TypeError, ValueError):
                continue
            if not math.isfinite(wait):
                return float('inf')  # beyond any budget: the caller stops retrying
            return max(0.0, wait - since) + self.jitter * self.rand()
        return self.backoff(attempt)


class BodyTooLarge(Exception):
    """An answer's body passed MAX_BODY: reading stopped."""


def _read_body(resp, limit):
    """Read a streamed answer's body, at most ``limit`` bytes (a response made whole already is left alone)."""
    if getattr(resp, 'raw', None) is None or getattr(resp, '_content', False) is not False:
        return
    chunks, size = [], 0
    for chunk in resp.iter_content(CHUNK):
        size += len(chunk)
        if size > limit:
            resp.close()
            raise BodyTooLarge()
        chunks.append(chunk)
    resp._content = b''.join(chunks)  # pylint: disable=protected-access
    resp._content_consumed = True  # pylint: disable=protected-access


def _refused(exc):
    """True when the connection was refused: nobody listens at that address, and waiting will not change it."""
    reason = exc.args[0] if exc.args else None
    reason = getattr(reason, 'reason', reason)
    return isinstance(reason, NewConnectionError) and ('refused' in str(reason).lower() or 'errno 111' in str(reason))


def _never_sent(exc):
    """True when a connection error certainly happened before the request reached the server."""
    if isinstance(exc, ConnectTimeout):
        return True
    reason = exc.args[0] if exc.args else None
    reason = getattr(reason, 'reason', reason)
    return isinstance(reason, (NewConnectionError, ConnectTimeoutError))


class AsaClient:
    """A session with one ASA team. One bearer token per client; a new one only after a 401."""

    def __init__(self, team, key_id=None, key_secret=None, bearer_token=None, api_url=None,
                 validate_certs=True, timeout=30, retry=None, session=None, on_token=None):
        if not HAS_REQUESTS:
            raise AsaApiError('the Python library "requests" is required')
        self.team = team
        self.api_url = re.sub(r'/v1/?$', '', (api_url or DEFAULT_API_URL).rstrip('/'))  # the API's root, given whole
        self.shown_url = shown_url(self.api_url)
        self._key_id = key_id
        self._key_secret = key_secret
        self._token = bearer_token
        self._on_token = on_token
        # Every secret this client holds or was given: scrubbed from any text it puts in an error.
        self._secrets = set(v for v in (key_secret, bearer_token, urlsplit(self.api_url).password) if v)
        self.timeout = timeout
        self.retry = retry or RetryPolicy()
        self.session = session or requests.Session()
        # Passed on every request too: requests lets REQUESTS_CA_BUNDLE/CURL_CA_BUNDLE override a session's verify.
        self.verify = validate_certs
        self.session.verify = validate_certs
        self.session.headers.update({'Accept': 'application/json', 'User-Agent': USER_AGENT})
        self._auth_lock = threading.Lock()
        self._pace_lock = threading.Lock()
        self._rate = None  # (remaining, limit, reset) from the newest answer's X-RateLimit-* headers
        self._next_slot = 0.0
        if bearer_token and on_token:
            on_token(bearer_token)

    def scrub(self, text):
        """``text`` without any secret this client holds (also JSON- or URL-escaped) or URL credentials."""
        text = URL_USERINFO_RE.sub('//', text)
        for secret in self._secrets:
            for form in set((secret, json.dumps(secret)[1:-1], quote(secret, safe=''), quote(secret))):
                text = text.replace(form, '********')
        return text

    def _fail(self, message, **kwargs):
        """An AsaApiError whose message holds no secret, whatever the server put into it."""
        return AsaApiError(self.scrub(message), **kwargs)

    # -- URLs ---------------------------------------------------------------------------------

    def path(self, *parts):
        """The API path under the team, each part URL-quoted: path('service_users', name)."""
        quoted = '/'.join(quote(str(p), safe='') for p in parts)
        return '/v1/teams/%s/%s' % (quote(self.team, safe=''), quoted)

    def _url(self, path):
        if path.startswith('http://') or path.startswith('https://'):
            return path
        return self.api_url + path

    def _same_origin(self, url):
        mine, theirs = urlsplit(self.api_url), urlsplit(url)
        return (mine.scheme, mine.netloc) == (theirs.scheme, theirs.netloc)

    # -- auth ---------------------------------------------------------------------------------

    @property
    def can_authenticate(self):
        return bool(self._key_id and self._key_secret)

    def token(self, rejected=None):
        """The bearer token, issuing one from the key pair if there is none yet, or if ``rejected`` (a token
        the API refused) is still the current one. Thread-safe: concurrent callers share one new token."""
        with self._auth_lock:
            if not self._token or self._token == rejected:
                self._token = None
                self._issue_token()
            return self._token

    def _issue_token(self):
        if not self.can_authenticate:
            raise self._fail('no usable credentials: the bearer token was rejected or missing, and no key_id/key_secret '
                             'pair was given to issue a new one. Set key_id and key_secret (or ASA_KEY_ID and '
                             'ASA_KEY_SECRET).')
        path = self.path('service_token')
        # No Authorization header on this call (no public client sends one); issuing a token twice creates nothing.
        resp = self._send('POST', path, body={'key_id': self._key_id, 'key_secret': self._key_secret},
                          authorize=False, idempotent=True)
        if resp.status_code == 401 and parse_error_body(resp.text, 401)[0] == 'authentication_error':
            raise self._fail('the API key was not accepted by team %r: check team, key_id and key_secret (a key '
                             'belongs to one team; is the key deleted or expired?)' % self.team, status=401,
                             code='authentication_error', method='POST', path=path)
        if not 200 <= resp.status_code < 300:
            raise self._error(resp, 'POST', path)
        body = self._json(resp, 'POST', path)
        token = body.get('bearer_token') if isinstance(body, dict) else None
        if not token:
            raise self._fail('the token answer had no bearer_token', status=resp.status_code, method='POST', path=path)
        self._secrets.add(token)
        if self._on_token:
            self._on_token(token)
        answered_team = body.get('team_name')
        if answered_team and answered_team.lower() != self.team.lower():
            raise self._fail('the token is for team %r, not %r: the key belongs to another team' % (answered_team, self.team),
                             method='POST', path=path)
        self._token = token

    # -- requests -----------------------------------------------------------------------------

    def request(self, method, path, params=None, body=None):
        """Send one API call (with auth, retries and one re-auth on 401) and return the 2xx response."""
        method = method.upper()
        token = self.token()
        resp = self._send(method, path, params=params, body=body, token=token)
        if resp.status_code == 401 and self.can_authenticate:
            resp = self._send(method, path, params=params, body=body, token=self.token(rejected=token))
        if 200 <= resp.status_code < 300:
            return resp
        if 300 <= resp.status_code < 400:
            where = urlsplit(urljoin(self._url(path), resp.headers.get('Location') or '')).hostname
            raise self._fail('ASA answered with a redirect to %s, which is not followed: set api_url to the API\'s own '
                             'address (for example %s)' % (where or 'no location', DEFAULT_API_URL),
                             status=resp.status_code, method=method, path=_shown(path))
        raise self._error(resp, method, path)

    def get(self, path, params=None, missing_ok=False):
        """GET one object; with missing_ok, a 404 returns None."""
        try:
            return self._json(self.request('GET', path, params=params), 'GET', path)
        except AsaApiError as exc:
            if missing_ok and exc.status == 404:
                return None
            raise

    def post(self, path, body=None, reconcile=None):
        """POST and return the answer's object.

        When the connection failed after the request may have reached ASA, the POST is not repeated
        blindly: ``reconcile()`` reads whether it landed and returns the object if so (or raises
        AsaApiError when it cannot tell); only when it returns None is the POST sent again.
        """
        for dummy in range(self.retry.max_attempts - 1):
            try:
                return self._json(self.request('POST', path, body=body), 'POST', path)
            except AsaApiError as exc:
                if not (reconcile and exc.uncertain and exc.status is None):
                    raise
            landed = reconcile()
            if landed is not None:
                return landed
        return self._json(self.request('POST', path, body=body), 'POST', path)

    def put(self, path, body=None):
        """PUT; returns the answer's object, or None for a 204."""
        return self._json(self.request('PUT', path, body=body), 'PUT', path)

    def delete(self, path):
        try:
            self.request('DELETE', path)
        except AsaApiError as exc:
            # A repeated DELETE whose first try may have landed finds the object gone: that is success.
            if not (exc.status == 404 and exc.uncertain):
                raise

    def paginate(self, path, params=None, max_pages=10000):
        """Yield every object of a list call, following Link rel="next" at the API's page size."""
        for body in self.pages(path, params, max_pages):
            items = body.get('list') if isinstance(body, dict) else None
            yield from items or []

    def pages(self, path, params=None, max_pages=10000):
        """Yield the body of each page of a list call (for lists whose pages carry more than ``list``), following
        Link rel="next" at the API's page size, on the same host and path, never to a page already read."""
        query = dict((k, v) for k, v in (params or {}).items() if v is not None)
        query.setdefault('count', PAGE_SIZE)
        url = path
        seen = set()
        for dummy in range(max_pages):
            resp = self.request('GET', url, params=query)
            yield self._json(resp, 'GET', path)
            nxt = resp.links.get('next', {}).get('url')
            if not nxt:
                return
            nxt = urljoin(self._url(path), nxt)
            if not self._same_origin(nxt):
                raise self._fail('refusing to follow a pagination link to another host (%s)' % urlsplit(nxt).netloc,
                                 method='GET', path=path)
            if urlsplit(nxt).path.rstrip('/') != urlsplit(self._url(path)).path.rstrip('/'):
                raise self._fail('refusing to follow a pagination link to another path (%s): the list would mix '
                                 'objects of another call' % _shown(nxt), method='GET', path=path)
            if nxt in seen:
                raise self._fail('the pagination link points back to a page already read: the list would never '
                                 'end, so it stops here (ASA or a proxy in front of it answered wrongly)',
                                 method='GET', path=path)
            seen.add(nxt)
            url, query = nxt, None  # the link carries count and the filters forward
        raise self._fail('pagination did not end after %d pages' % max_pages, method='GET', path=path)

    def list(self, path, params=None):
        return list(self.paginate(path, params))

    def pace(self):
        """Wait, before a write of a bulk task, when the rate limit's remaining requests run low: the writes are
        spread so that the rest lasts until the reset, instead of running into a storm of 429s. Thread-safe:
        concurrent writers take consecutive slots."""
        if self._rate is None:
            return
        remaining, limit, reset = self._rate
        if remaining > limit * LOW_REMAINING_SHARE:
            return
        with self._pace_lock:
            now = self.retry.clock()
            gap = min(MAX_PACE, max(0.0, reset - now) / max(1.0, remaining))
            start = max(now, self._next_slot)
            self._next_slot = start + gap
        if start > now:
            self.retry.sleep(start - now)

    def _note_rate(self, headers):
        try:
            rate = tuple(float(headers.get(name)) for name in
                         ('X-RateLimit-Remaining', 'X-RateLimit-Limit', 'X-RateLimit-Reset'))
        except (TypeError, ValueError):
            return
        if all(math.isfinite(v) for v in rate):
            self._rate = rate

    # -- transport ----------------------------------------------------------------------------

    def _send(self, method, path, params=None, body=None, token=None, authorize=True, idempotent=None):
        """Send with bounded retries. Returns the last response (any status) or raises AsaApiError."""
        if idempotent is None:
            idempotent = method in IDEMPOTENT_METHODS
        retryable = RETRY_IDEMPOTENT if idempotent else RETRY_ANY_METHOD
        headers = {'Authorization': 'Bearer %s' % token} if authorize and token else {}
        shown = _shown(path)
        waited = 0.0
        attempt = 0
        uncertain = False  # an earlier attempt may have reached the server
        while True:
            attempt += 1
            try:
                resp = self._timed(method, self._url(path), params=params, json=body, headers=headers,
                                   allow_redirects=False, verify=self.verify)
            except BodyTooLarge:
                raise self._fail('the answer was larger than %d MiB, so reading stopped: no ASA answer is that large '
                                 '(is api_url an ASA API?)' % (MAX_BODY // (1024 * 1024)), method=method, path=shown)
            except ProxyError as exc:
                raise self._fail('could not reach ASA at %s through the proxy (HTTPS_PROXY, HTTP_PROXY or ALL_PROXY '
                                 'in the environment): %s. Check the proxy, or set NO_PROXY for this host'
                                 % (self.shown_url, _reason(exc)), method=method, path=shown)
            except SSLError as exc:
                raise self._fail('TLS certificate verification failed for %s (%s). Fix the certificate, or set '
                                 'validate_certs=false only for a test endpoint.' % (self.shown_url, _reason(exc)),
                                 method=method, path=shown)
            except (RequestsConnectionError, Timeout) as exc:
                if _refused(exc):
                    raise self._fail('could not reach ASA at %s: the connection was refused (nothing listens there): '
                                     'check api_url' % self.shown_url, method=method, path=shown)
                safe = idempotent or _never_sent(exc)
                wait = self.retry.backoff(attempt)
                if not safe or attempt >= self.retry.max_attempts or waited + wait > self.retry.max_total_wait:
                    raise self._fail(
                        'could not reach ASA at %s after %d attempt(s)%s: %s%s' % (
                            self.shown_url, attempt, self.retry.which_limit(attempt, wait) if safe else '',
                            _reason(exc),
                            '' if safe else '. The request may have reached ASA, so it was not repeated; check the '
                                            'object before re-running'),
                        method=method, path=shown, uncertain=not safe)
                uncertain = uncertain or not _never_sent(exc)
            except RequestException as exc:
                raise self._fail('request failed: %s' % _reason(exc), method=method, path=shown)
            else:
                resp.uncertain = uncertain
                self._note_rate(resp.headers)
                if resp.status_code not in retryable:
                    return resp
                if resp.status_code == 429 or resp.headers.get('Retry-After'):
                    wait = self.retry.rate_limit_wait(resp.headers, attempt)
                else:
                    wait = self.retry.backoff(attempt)
                if attempt >= self.retry.max_attempts or waited + wait > self.retry.max_total_wait:
                    if resp.status_code == 429:
                        raise self._rate_limit_error(resp, method, shown, attempt, wait)
                    return resp
            self.retry.sleep(wait)
            waited += wait

    def _timed(self, method, url, **kwargs):
        """``session.request`` with its body read, all within ``timeout`` seconds: a server that trickles its
        headers or body a byte at a time cannot hold a task longer (the per-read timeout of requests alone would let
        it). The request runs in a thread of its own, abandoned (and ended with the process) past the deadline."""
        outcome = {}
        done = threading.Event()

        def work():
            try:
                resp = self.session.request(method, url, timeout=self.timeout, stream=True, **kwargs)
                _read_body(resp, MAX_BODY)
                outcome['resp'] = resp
            except Exception as exc:  # pylint: disable=broad-except # handed to the caller as it is
                outcome['error'] = exc
            finally:
                done.set()

        worker = threading.Thread(target=work, name='okta.asa request')
        worker.daemon = True
        worker.start()
        if not done.wait(self.timeout):
            raise ReadTimeout('no complete answer within the timeout of %s s' % self.timeout)
        if 'error' in outcome:
            raise outcome['error']
        return outcome['resp']

    def _rate_limit_error(self, resp, method, path, attempt, wait):
        if wait <= MAX_SANE_WAIT:
            when = 'it resets in about %d s' % round(wait)
            try:
                reset = float(resp.headers.get('X-RateLimit-Reset'))
                when = 'it resets at %s (in about %d s)' % (time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime(reset)),
                                                            round(wait))
            except (TypeError, ValueError, OverflowError, OSError):
                pass
        else:
            when = 'the answer gave no usable reset time'
        return self._fail('rate limit exceeded after %d attempt(s)%s; %s. Re-run after the reset, or spread the work '
                          'to make fewer requests' % (attempt, self.retry.which_limit(attempt, wait), when),
                          status=429, code='too_many_requests', method=method, path=path)

    def _error(self, resp, method, path):
        code, message = parse_error_body(resp.text, resp.status_code)
        return self._fail(message, status=resp.status_code, code=code, method=method, path=_shown(path),
                          hint=ERROR_HINTS.get(code) or STATUS_HINTS.get(resp.status_code), uncertain=getattr(resp, 'uncertain', False))

    def _json(self, resp, method, path):
        if resp.status_code == 204 or not resp.content:
            return None
        try:
            return resp.json()
        except ValueError:
            raise self._fail('the answer was not JSON (HTTP %s)' % resp.status_code, status=resp.status_code,
                             method=method, path=path)


def shown_url(url):
    """A URL as messages show it: without user name and password."""
    return URL_USERINFO_RE.sub('//', url)


def _shown(path):
    """The path to name in a message: a pagination link's path, without its host and query string."""
    return urlsplit(path).path if path.startswith('http') else path


def _reason(exc):
    """A short reason for a transport error, without URLs, query strings or headers."""
    inner = exc.args[0] if exc.args else exc
    inner = getattr(inner, 'reason', inner)  # urllib3's MaxRetryError wraps the cause
    if isinstance(inner, Exception) and len(inner.args) == 2 and isinstance(inner.args[1], Exception):
        inner = inner.args[1]  # ProtocolError('Connection aborted.', cause)
    text = str(inner)
    if isinstance(inner, Exception) and text.startswith('<') and ': ' in text:
        text = text.split(': ', 1)[1]  # "<urllib3.connection... object at 0x..>: Failed to establish..."
    return text
