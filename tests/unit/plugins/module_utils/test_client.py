# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""The HTTP layer against a scripted session: every request it sends is counted and checked."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

import io
import json
import time

import pytest
import requests
from urllib3.exceptions import NewConnectionError, ProtocolError

from ansible_collections.okta.asa.plugins.module_utils._client import (
    AsaApiError,
    AsaClient,
    RetryPolicy,
    parse_error_body,
)

API = 'https://asa.test'
KEY_ID = '6052868b-1b04-4a14-8288-e6496d7f2f4b'
SECRET = 'KEY-SECRET-uF0SoVBVQP'
TOKEN = 'BEARER-TOKEN-eyJhbGciOi'


def response(status, body=None, headers=None, text=None):
    resp = requests.Response()
    resp.status_code = status
    if text is not None:
        resp._content = text.encode()
    elif body is not None:
        resp._content = json.dumps(body).encode()
    else:
        resp._content = b''
    resp.headers.update(headers or {})
    return resp


def token_answer(token=TOKEN, team='acme'):
    return response(200, {'bearer_token': token, 'expires_at': '2030-01-01T00:00:00Z', 'team_name': team})


class FakeSession:
    """Answers requests from a script; records (method, url, params, json, headers) of each."""

    def __init__(self, *answers):
        self.answers = list(answers)
        self.calls = []
        self.headers = {}
        self.verify = True

    def request(self, method, url, params=None, json=None, headers=None, timeout=None, allow_redirects=True,
                verify=None, stream=False):
        self.calls.append({'method': method, 'url': url, 'params': params, 'json': json, 'headers': headers or {},
                           'verify': verify, 'allow_redirects': allow_redirects})
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    def paths(self):
        return ['%s %s' % (c['method'], c['url'].replace(API, '')) for c in self.calls]


class Clock:
    def __init__(self, now=1000.0):
        self.now = now
        self.slept = []

    def time(self):
        return self.now

    def sleep(self, seconds):
        self.slept.append(seconds)
        self.now += seconds


def client(session, clock=None, **kwargs):
    clock = clock or Clock()
    options = dict(key_id=KEY_ID, key_secret=SECRET, api_url=API)
    options.update(kwargs)
    retry = RetryPolicy(sleep=clock.sleep, clock=clock.time, rand=lambda: 0.5)
    return AsaClient('acme', session=session, retry=retry, **options)


def dropped():
    return requests.exceptions.ConnectionError(ProtocolError('Connection aborted.', ConnectionResetError('reset')))


def refused():
    cause = NewConnectionError(None, 'Failed to establish a new connection: [Errno 111] Connection refused')
    return requests.exceptions.ConnectionError(requests.packages.urllib3.exceptions.MaxRetryError(None, '/', cause))


# -- pagination -------------------------------------------------------------------------------------


def test_pagination_follows_link_next_at_the_api_page_size():
    page2 = API + '/v1/teams/acme/servers?count=100&offset=abc'
    page3 = API + '/v1/teams/acme/servers?count=100&offset=def'
    session = FakeSession(
        token_answer(),
        response(200, {'list': [{'id': 1}, {'id': 2}]}, {'Link': '<%s>; rel="next"' % page2}),
        response(200, {'list': [{'id': 3}]}, {'Link': '<%s>; rel="next"' % page3}),
        response(200, {'list': [{'id': 4}]}),
    )
    c = client(session)
    assert [s['id'] for s in c.list(c.path('servers'), {'state': 'ACTIVE'})] == [1, 2, 3, 4]
    assert session.paths() == ['POST /v1/teams/acme/service_token', 'GET /v1/teams/acme/servers',
                               'GET ' + page2.replace(API, ''), 'GET ' + page3.replace(API, '')]
    assert session.calls[1]['params'] == {'state': 'ACTIVE', 'count': 100}
    assert session.calls[2]['params'] is None  # the link carries count and filters forward
    assert session.paths().count('POST /v1/teams/acme/service_token') == 1


def test_pagination_refuses_a_link_to_another_host():
    session = FakeSession(token_answer(), response(200, {'list': [{'id': 1}]},
                                                   {'Link': '<https://evil.test/v1/teams/acme/servers?o=1>; rel="next"'}))
    c = client(session)
    with pytest.raises(AsaApiError, match='another host'):
        c.list(c.path('servers'))
    assert len(session.calls) == 2  # the token never went to the other host


def test_pagination_accepts_a_relative_link():
    session = FakeSession(token_answer(),
                          response(200, {'list': [{'id': 1}]}, {'Link': '</v1/teams/acme/servers?offset=x>; rel="next"'}),
                          response(200, {'list': [{'id': 2}]}))
    c = client(session)
    assert [s['id'] for s in c.list(c.path('servers'))] == [1, 2]
    assert session.calls[2]['url'] == API + '/v1/teams/acme/servers?offset=x'


def test_pagination_stops_at_a_link_to_a_page_already_read():
    self_link = {'Link': '</v1/teams/acme/servers?offset=x>; rel="next"'}
    session = FakeSession(token_answer(), response(200, {'list': [{'id': 1}]}, self_link),
                          response(200, {'list': [{'id': 2}]}, self_link))
    c = client(session)
    with pytest.raises(AsaApiError, match='points back to a page already read'):
        c.list(c.path('servers'))
    assert len(session.calls) == 3  # the first page, the linked one, and no third


def test_pagination_follows_no_link_to_another_path():
    session = FakeSession(token_answer(), response(200, {'list': [{'id': 1}]},
                                                   {'Link': '</v1/teams/acme/service_users?offset=x>; rel="next"'}))
    c = client(session)
    with pytest.raises(AsaApiError, match='another path'):
        c.list(c.path('servers'))
    assert len(session.calls) == 2


# -- auth -------------------------------------------------------------------------------------------


def test_token_call_has_no_authorization_header_and_one_token_serves_many_calls():
    session = FakeSession(token_answer(), response(200, {'id': 'a'}), response(200, {'id': 'b'}))
    c = client(session)
    c.get(c.path('service_users', 'a'))
    c.get(c.path('service_users', 'b'))
    assert 'Authorization' not in session.calls[0]['headers']
    assert session.calls[0]['json'] == {'key_id': KEY_ID, 'key_secret': SECRET}
    assert [call['headers'].get('Authorization') for call in session.calls[1:]] == ['Bearer ' + TOKEN] * 2
    assert session.paths().count('POST /v1/teams/acme/service_token') == 1


def test_401_reauthenticates_once_and_retries_once():
    session = FakeSession(token_answer('old'), response(401, {'code': 'authentication_error', 'message': 'expired'}),
                          token_answer('new'), response(200, {'name': 'bot'}))
    c = client(session)
    assert c.get(c.path('service_users', 'bot')) == {'name': 'bot'}
    assert session.paths() == ['POST /v1/teams/acme/service_token', 'GET /v1/teams/acme/service_users/bot'] * 2
    assert session.calls[3]['headers']['Authorization'] == 'Bearer new'
    assert session.paths().count('POST /v1/teams/acme/service_token') == 2


def test_a_second_401_is_an_error():
    session = FakeSession(token_answer(), response(401, {'code': 'authentication_error', 'message': 'no'}),
                          token_answer(), response(401, {'code': 'authorization_error', 'message': 'still no'}))
    c = client(session)
    with pytest.raises(AsaApiError) as err:
        c.get(c.path('service_users', 'bot'))
    assert err.value.status == 401 and err.value.code == 'authorization_error'
    assert len(session.calls) == 4


def test_given_bearer_token_is_used_first_and_refreshed_with_the_key_pair():
    session = FakeSession(response(401, {'code': 'authentication_error', 'message': 'expired'}), token_answer('fresh'),
                          response(200, {'name': 'bot'}))
    c = client(session, bearer_token='given')
    c.get(c.path('service_users', 'bot'))
    assert session.calls[0]['headers']['Authorization'] == 'Bearer given'
    assert session.calls[2]['headers']['Authorization'] == 'Bearer fresh'


def test_rejected_bearer_token_without_key_pair_says_what_to_set():
    session = FakeSession(response(401, {'code': 'authentication_error', 'message': 'expired'}))
    c = client(session, key_id=None, key_secret=None, bearer_token='given')
    with pytest.raises(AsaApiError) as err:
        c.get(c.path('projects'))
    assert err.value.status == 401 and len(session.calls) == 1


def test_bad_key_pair_is_a_clear_error():
    session = FakeSession(response(401, {'code': 'authentication_error', 'message': 'invalid key'}))
    with pytest.raises(AsaApiError, match='check team, key_id and key_secret'):
        client(session).token()


@pytest.mark.parametrize('body', [{'code': 'authorization_error', 'message': 'no permission'},
                                  {'error': 'authorization_error', 'error_cause': ['no permission']}])
def test_a_401_authorization_error_is_no_permission_not_a_bad_key(body):
    """A 401 whose body says authorization_error keeps that code and its hint, on the token call too."""
    for answers in ([response(401, body)], [token_answer(), response(401, body), response(401, body)]):
        with pytest.raises(AsaApiError) as err:
            c = client(FakeSession(*answers))
            c.get(c.path('service_users', 'bot'))
        assert err.value.code == 'authorization_error' and 'lacks permission' in str(err.value)
        assert 'key_id and key_secret' not in str(err.value)


def test_token_for_another_team_is_rejected():
    session = FakeSession(token_answer(team='other'))
    with pytest.raises(AsaApiError, match="team 'other', not 'acme'"):
        client(session).token()


def test_new_tokens_are_reported_for_masking():
    seen = []
    session = FakeSession(token_answer(), response(200, {}))
    c = AsaClient('acme', key_id=KEY_ID, key_secret=SECRET, api_url=API, session=session, on_token=seen.append)
    c.get(c.path('projects'))
    assert seen == [TOKEN]


# -- retries ----------------------------------------------------------------------------------------


def test_429_waits_until_the_rate_limit_reset():
    clock = Clock(now=1000.0)
    session = FakeSession(token_answer(), response(429, {'error': 'too_many_requests'}, {'X-RateLimit-Reset': '1007'}),
                          response(200, {'list': []}))
    c = client(session, clock)
    c.list(c.path('projects'))
    assert len(clock.slept) == 1
    assert 7.0 <= clock.slept[0] <= 7.2  # until the reset, plus a little jitter
    assert len(session.calls) == 3


def test_429_honours_retry_after():
    clock = Clock()
    session = FakeSession(token_answer(), response(429, {}, {'Retry-After': '3'}), response(200, {'list': []}))
    c = client(session, clock)
    c.list(c.path('projects'))
    assert 3.0 <= clock.slept[0] <= 3.2


def test_429_storm_beyond_the_budget_fails_naming_the_reset():
    clock = Clock(now=1000.0)
    storm = [response(429, {}, {'X-RateLimit-Reset': '4600'})]
    session = FakeSession(token_answer(), *storm)
    c = client(session, clock)
    with pytest.raises(AsaApiError) as err:
        c.get(c.path('projects'))
    text = str(err.value)
    assert 'rate limit exceeded' in text and '1970-01-01T01:16:40Z' in text and 'retry budget' in text
    assert clock.slept == []  # it did not wait an hour for nothing


def test_total_wait_is_bounded():
    clock = Clock()
    answers = [response(503, {'code': 'service_offline'})] * 10
    session = FakeSession(token_answer(), *answers)
    c = client(session, clock)
    with pytest.raises(AsaApiError) as err:
        c.get(c.path('projects'))
    assert err.value.status == 503
    assert sum(clock.slept) <= c.retry.max_total_wait
    assert len(session.calls) - 1 == c.retry.max_attempts


def test_503_and_dropped_connections_are_retried_for_reads():
    session = FakeSession(token_answer(), response(503, text='<html>down</html>'), dropped(), response(200, {'ok': 1}))
    c = client(session)
    assert c.get(c.path('projects', 'web')) == {'ok': 1}
    assert len(session.calls) == 4


def test_499_client_closed_connection_is_retried_for_reads():
    """The introduction's table: client_closed_connection means "try again"."""
    closed = response(499, {'code': 'client_closed_connection', 'message': 'client closed the connection'})
    session = FakeSession(token_answer(), closed, response(200, {'ok': 1}))
    c = client(session)
    assert c.get(c.path('projects', 'web')) == {'ok': 1}
    assert session.paths().count('GET /v1/teams/acme/projects/web') == 2


def test_post_is_not_repeated_after_it_may_have_been_processed():
    session = FakeSession(token_answer(), dropped())
    c = client(session)
    with pytest.raises(AsaApiError, match='not repeated'):
        c.post(c.path('service_users'), {'name': 'bot'})
    assert session.paths().count('POST /v1/teams/acme/service_users') == 1


@pytest.mark.parametrize('status', [500, 502, 504])
def test_post_is_not_repeated_after_a_gateway_error(status):
    session = FakeSession(token_answer(), response(status, text='<html>oops</html>'))
    c = client(session)
    with pytest.raises(AsaApiError) as err:
        c.post(c.path('service_users'), {'name': 'bot'})
    assert err.value.status == status
    assert len(session.calls) == 2


def test_post_is_repeated_when_it_certainly_did_not_arrive():
    session = FakeSession(token_answer(), requests.exceptions.ConnectTimeout('connect timed out'),
                          response(429, {}, {'Retry-After': '0'}),
                          response(503, {'code': 'service_offline'}), response(201, {'name': 'bot'}))
    c = client(session)
    assert c.post(c.path('service_users'), {'name': 'bot'}) == {'name': 'bot'}
    assert session.paths().count('POST /v1/teams/acme/service_users') == 4


def test_repeated_delete_that_finds_nothing_succeeded():
    session = FakeSession(token_answer(), dropped(), response(404, {'code': 'resource_does_not_exist'}))
    c = client(session)
    c.delete(c.path('services', 'x'))
    assert len(session.calls) == 3


def test_first_delete_of_a_missing_object_is_an_error():
    session = FakeSession(token_answer(), response(404, {'code': 'resource_does_not_exist', 'message': 'gone'}))
    c = client(session)
    with pytest.raises(AsaApiError) as err:
        c.delete(c.path('services', 'x'))
    assert err.value.status == 404


def test_tls_failure_names_validate_certs():
    session = FakeSession(requests.exceptions.SSLError('certificate verify failed: self-signed certificate'))
    with pytest.raises(AsaApiError, match='validate_certs'):
        client(session).token()


# -- errors -----------------------------------------------------------------------------------------


@pytest.mark.parametrize('status, body, code, message', [
    (409, {'code': 'resource_already_exists', 'message': 'name taken'}, 'resource_already_exists', 'name taken'),
    (400, {'message': 'invalid request body', 'errors': [{'path': 'name', 'message': 'is required'}]},
     'invalid_request', 'invalid request body (name: is required)'),
    (429, {'error': 'too_many_requests', 'error_cause': ['rate limit exceeded']}, 'too_many_requests',
     'rate limit exceeded'),
    (403, {'error': 'not allowed'}, 'forbidden_error', 'not allowed'),
    (502, '<html><body>Bad Gateway</body></html>', None, 'non-JSON answer: <html><body>Bad Gateway</body></html>'),
    (500, '', 'unknown_error', 'no error detail in the answer'),
    (404, [1, 2], 'resource_does_not_exist', 'no error detail in the answer'),
])
def test_error_bodies_of_every_shape(status, body, code, message):
    text = body if isinstance(body, str) else json.dumps(body)
    assert parse_error_body(text, status) == (code, message)


def test_error_message_names_method_path_status_code_and_fix():
    session = FakeSession(token_answer(), response(409, {'code': 'resource_already_exists', 'message': 'name taken'}))
    c = client(session)
    with pytest.raises(AsaApiError) as err:
        c.post(c.path('service_users'), {'name': 'bot'})
    assert str(err.value) == ('POST /v1/teams/acme/service_users: HTTP 409 resource_already_exists: name taken. An '
                              'object with that name exists (or existed and was deleted; deleted names cannot be '
                              'reused); choose another name.')


@pytest.mark.parametrize('answers', [
    [response(401, {'code': 'authentication_error'})],
    [token_answer(), response(400, {'message': 'bad'})],
    [token_answer(), dropped()],
    [token_answer(), response(429, {}, {'X-RateLimit-Reset': '99999999'})],
    [token_answer(), response(502, text='<html>gateway</html>')],
    [requests.exceptions.SSLError('bad cert')],
    [token_answer(team='other')],
])
def test_no_secret_in_any_message(answers):
    c = client(FakeSession(*answers))
    with pytest.raises(AsaApiError) as err:
        c.post(c.path('service_users'), {'name': 'bot'})
    for text in (str(err.value), repr(err.value), repr(err.value.__dict__)):
        assert SECRET not in text and TOKEN not in text


def test_dropped_post_is_reconciled_then_sent_again_when_it_did_not_land():
    session = FakeSession(token_answer(), dropped(), response(201, {'name': 'bot'}))
    c = client(session)
    checks = []
    assert c.post(c.path('service_users'), {'name': 'bot'}, reconcile=lambda: checks.append(1)) == {'name': 'bot'}
    assert checks == [1]
    assert session.paths().count('POST /v1/teams/acme/service_users') == 2


def test_dropped_post_that_landed_is_not_sent_again():
    session = FakeSession(token_answer(), dropped())
    c = client(session)
    assert c.post(c.path('service_users'), {'name': 'bot'}, reconcile=lambda: {'name': 'bot', 'id': 'x'}) == \
        {'name': 'bot', 'id': 'x'}
    assert session.paths().count('POST /v1/teams/acme/service_users') == 1


def test_reconcile_is_not_used_for_answered_errors():
    session = FakeSession(token_answer(), response(409, {'code': 'resource_already_exists', 'message': 'taken'}))
    c = client(session)
    with pytest.raises(AsaApiError) as err:
        c.post(c.path('service_users'), {'name': 'bot'}, reconcile=lambda: pytest.fail('reconcile called'))
    assert err.value.status == 409


# -- hostile or odd servers: echoed secrets, absurd waits, redirects ------------------------------------------------


def echo_of(secret):
    """Error answers of the shapes a server or gateway uses to echo a request back."""
    return [
        response(400, {'code': 'invalid_request', 'message': 'cannot parse body {"key_id": "%s", "key_secret": "%s"}'
                                                             % (KEY_ID, secret)}),
        response(400, {'message': 'bad header', 'errors': [{'path': 'Authorization', 'message': 'Bearer %s' % secret}]}),
        response(400, {'error': 'invalid_request', 'error_cause': ['got %s' % json.dumps(secret)[1:-1]]}),
        response(400, text='<html>proxy rejected /?k=%s</html>' % requests.utils.quote(secret, safe='')),
        response(400, {'error_description': 'token %s is malformed' % secret}),
    ]


@pytest.mark.parametrize('shape', range(5))
def test_an_echoed_key_secret_is_scrubbed(shape):
    secret = 'KEY/SECRET+with"odd\\chars=='
    session = FakeSession(echo_of(secret)[shape])
    with pytest.raises(AsaApiError) as err:
        client(session, key_secret=secret).token()
    text = str(err.value)
    assert '********' in text
    for form in (secret, json.dumps(secret)[1:-1], requests.utils.quote(secret, safe='')):
        assert form not in text


@pytest.mark.parametrize('shape', range(5))
def test_echoed_tokens_current_given_and_past_are_scrubbed(shape):
    session = FakeSession(response(401, {'code': 'authentication_error', 'message': 'expired'}), token_answer('NEW-TOKEN-xyz123'),
                          echo_of('NEW-TOKEN-xyz123')[shape])
    c = client(session, bearer_token='GIVEN-TOKEN-abc987')
    with pytest.raises(AsaApiError) as err:
        c.get(c.path('service_users', 'bot'))
    assert 'NEW-TOKEN-xyz123' not in str(err.value)
    session = FakeSession(echo_of('GIVEN-TOKEN-abc987')[shape])
    c = client(session, bearer_token='GIVEN-TOKEN-abc987')
    with pytest.raises(AsaApiError) as err:
        c.get(c.path('service_users', 'bot'))
    assert 'GIVEN-TOKEN-abc987' not in str(err.value)


def test_url_credentials_are_never_shown():
    session = FakeSession(refused())
    c = client(session, api_url='https://admin:hunter2-pass@asa.test')
    with pytest.raises(AsaApiError) as err:
        c.get(c.path('projects'))
    assert 'hunter2-pass' not in str(err.value) and 'admin' not in str(err.value)
    assert 'could not reach ASA at https://asa.test' in str(err.value)


def test_validate_certs_is_passed_on_every_request():
    """requests lets REQUESTS_CA_BUNDLE override a session's verify, never a request's."""
    session = FakeSession(token_answer(), response(200, {'ok': 1}))
    c = client(session, validate_certs=False)
    c.get(c.path('projects', 'web'))
    assert [call['verify'] for call in session.calls] == [False, False]


@pytest.mark.parametrize('headers', [{'Retry-After': 'inf'}, {'X-RateLimit-Reset': '1e20'}, {'Retry-After': 'nan'},
                                     {'X-RateLimit-Reset': 'Infinity'}])
def test_absurd_reset_times_fail_at_once_with_a_message(headers):
    session = FakeSession(token_answer(), response(429, {'code': 'too_many_requests'}, headers))
    clock = Clock()
    c = client(session, clock)
    with pytest.raises(AsaApiError) as err:
        c.get(c.path('projects', 'web'))
    assert err.value.status == 429 and clock.slept == []
    assert 'rate limit exceeded after 1 attempt(s)' in str(err.value) and 'retry budget of 90 s' in str(err.value)


def test_the_message_says_which_retry_limit_was_hit():
    busy = response(429, {'code': 'too_many_requests'}, {'Retry-After': '1'})
    c = client(FakeSession(token_answer(), *([busy] * 6)))
    with pytest.raises(AsaApiError) as err:
        c.get(c.path('projects', 'web'))
    assert 'after 6 attempt(s) (the limit of 6 attempts)' in str(err.value) and 'budget' not in str(err.value)
    late = response(429, {'code': 'too_many_requests'}, {'Retry-After': '600'})
    c = client(FakeSession(token_answer(), late))
    with pytest.raises(AsaApiError) as err:
        c.get(c.path('projects', 'web'))
    assert 'waiting about 600 s more would pass the retry budget of 90 s' in str(err.value)


def test_a_redirect_is_not_followed_and_names_the_host():
    session = FakeSession(token_answer(), response(302, headers={'Location': 'https://login.okta.example/sso?x=1'}))
    c = client(session)
    with pytest.raises(AsaApiError) as err:
        c.get(c.path('projects', 'web'))
    assert 'redirect to login.okta.example' in str(err.value) and 'api_url' in str(err.value)
    assert 'sso?x=1' not in str(err.value) and session.calls[1]['allow_redirects'] is False


# -- bounds of one request, and hints that point the right way ----------------------------------------


class SlowSession(FakeSession):
    """A server that takes ``delay`` seconds before its answer is whole (headers or body trickling in)."""

    def __init__(self, delay, *answers):
        super(SlowSession, self).__init__(*answers)
        self.delay = delay

    def request(self, method, url, **kwargs):
        answer = super(SlowSession, self).request(method, url, **kwargs)
        if method != 'POST' or not url.endswith('/service_token'):
            time.sleep(self.delay)
        return answer


def test_timeout_bounds_the_whole_request_not_each_read():
    session = SlowSession(5, token_answer(), response(201, {'name': 'bot'}))
    c = client(session, timeout=1)
    started = time.time()
    with pytest.raises(AsaApiError, match='no complete answer within the timeout of 1 s'):
        c.post(c.path('service_users'), {'name': 'bot'})  # a POST that may have landed is not repeated
    assert time.time() - started < 3


def test_an_answer_larger_than_any_asa_answer_stops_being_read(monkeypatch):
    from ansible_collections.okta.asa.plugins.module_utils import _client

    monkeypatch.setattr(_client, 'MAX_BODY', 1000)
    huge = requests.Response()
    huge.status_code = 200
    huge.raw = io.BytesIO(b'{"list": [' + b'1, ' * 2000 + b'1]}')
    huge._content = False
    session = FakeSession(token_answer(), huge)
    c = client(session)
    with pytest.raises(AsaApiError, match='larger than 0 MiB, so reading stopped') as err:
        c.list(c.path('servers'))
    assert 'GET /v1/teams/acme/servers' in str(err.value) and len(session.calls) == 2


def test_a_streamed_answer_is_read_whole():
    whole = requests.Response()
    whole.status_code = 200
    whole.raw = io.BytesIO(b'{"list": [{"id": 1}]}')
    whole._content = False
    c = client(FakeSession(token_answer(), whole))
    assert c.list(c.path('servers')) == [{'id': 1}]


def test_a_refused_connection_fails_at_once():
    session = FakeSession(refused(), refused())
    c = client(session, bearer_token=TOKEN)
    with pytest.raises(AsaApiError, match='the connection was refused .*check api_url'):
        c.get(c.path('projects'))
    assert len(session.calls) == 1 and c.retry.sleep.__self__.slept == []


def test_a_proxy_error_names_the_proxy():
    session = FakeSession(requests.exceptions.ProxyError('Cannot connect to proxy.'))
    c = client(session, bearer_token=TOKEN)
    with pytest.raises(AsaApiError, match='through the proxy .*HTTPS_PROXY.*NO_PROXY'):
        c.get(c.path('projects'))


def test_an_api_url_ending_in_v1_is_the_api_root():
    session = FakeSession(token_answer(), response(200, {'list': []}))
    c = client(session, api_url=API + '/v1/')
    c.list(c.path('projects'))
    assert session.calls[1]['url'] == API + '/v1/teams/acme/projects'


def test_a_key_another_team_does_not_know_names_the_team_too():
    session = FakeSession(response(401, {'code': 'authentication_error', 'message': 'bad key'}))
    c = client(session)
    with pytest.raises(AsaApiError, match="not accepted by team 'acme': check team, key_id and key_secret"):
        c.get(c.path('projects'))
