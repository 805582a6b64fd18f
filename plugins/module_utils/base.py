# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""Module base classes: connection options, input checks, and read -> compare -> write for one object."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

import calendar
import re

from ansible.module_utils.basic import AnsibleModule, env_fallback, missing_required_lib

from ansible_collections.okta.asa.plugins.module_utils.client import (
    DEFAULT_API_URL,
    HAS_REQUESTS,
    REQUESTS_IMPORT_ERROR,
    AsaApiError,
    AsaClient,
)

UUID_RE = re.compile(r'^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$')
TEAM_RE = re.compile(r'^[a-z0-9][a-z0-9._-]*$')


def connection_argument_spec():
    """The connection options of every module (INTERFACE.md), with their environment fallbacks."""
    return dict(
        team=dict(type='str', fallback=(env_fallback, ['ASA_TEAM'])),
        key_id=dict(type='str', no_log=False, fallback=(env_fallback, ['ASA_KEY_ID'])),
        key_secret=dict(type='str', no_log=True, fallback=(env_fallback, ['ASA_KEY_SECRET'])),
        bearer_token=dict(type='str', no_log=True, fallback=(env_fallback, ['ASA_BEARER_TOKEN'])),
        api_url=dict(type='str', default=DEFAULT_API_URL, fallback=(env_fallback, ['ASA_API_URL'])),
        validate_certs=dict(type='bool', default=True, fallback=(env_fallback, ['ASA_VALIDATE_CERTS'])),
        timeout=dict(type='int', default=30, fallback=(env_fallback, ['ASA_TIMEOUT'])),
    )


def check_connection(options):
    """Return an error message for unusable connection options, or None. Shared by modules and plugins."""
    team = options.get('team')
    if not team:
        return 'team is required: set the team option or the ASA_TEAM environment variable'
    if not TEAM_RE.match(team):
        return ('team %r is not a valid ASA team name: team names are lower-case letters, digits, ".", "_" and "-"'
                % team)
    key_id, key_secret = options.get('key_id'), options.get('key_secret')
    if bool(key_id) != bool(key_secret):
        missing = 'key_secret' if key_id else 'key_id'
        return ('key_id and key_secret go together: %s is missing (set it, or ASA_%s)' % (missing, missing.upper()))
    if not key_id and not options.get('bearer_token'):
        return ('no credentials: set key_id and key_secret (or ASA_KEY_ID and ASA_KEY_SECRET), '
                'or bearer_token (or ASA_BEARER_TOKEN)')
    if key_id and not UUID_RE.match(key_id):
        return 'key_id %r is not an API key id: it must be a UUID such as 6052868b-1b04-4a14-8288-e6496d7f2f4b' % key_id
    api_url = options.get('api_url') or ''
    if not re.match(r'^https?://[^/\s]+', api_url):
        return 'api_url %r is not an http(s) URL: use for example https://app.scaleft.com' % api_url
    timeout = options.get('timeout')
    if timeout is not None and timeout <= 0:
        return 'timeout must be a positive number of seconds, not %s' % timeout
    return None


def plugin_connection(get_option):
    """(options, problem) for an inventory or lookup plugin: its connection options, and why they cannot work."""
    options = dict((name, get_option(name)) for name in connection_argument_spec())
    if not HAS_REQUESTS:
        return options, 'the Python library "requests" is required on the controller (pip install requests)'
    return options, check_connection(options)


def new_client(options, on_token=None):
    """An AsaClient for checked connection options."""
    return AsaClient(
        team=options['team'], key_id=options.get('key_id'), key_secret=options.get('key_secret'),
        bearer_token=options.get('bearer_token'), api_url=options.get('api_url'),
        validate_certs=options.get('validate_certs', True), timeout=options.get('timeout') or 30,
        on_token=on_token,
    )


TIME_RE = re.compile(r'^(\d{4})-(\d\d)-(\d\d)[Tt ](\d\d):(\d\d):(\d\d)(\.\d+)?([Zz]|[+-]\d\d:\d\d)$')
DURATION_RE = re.compile(r'^\s*(\d+)\s*([smhdw])\s*$')
DURATION_UNITS = {'s': 1, 'm': 60, 'h': 3600, 'd': 86400, 'w': 604800}


def is_unset(value):
    """ASA's 'not set' for a time: null, empty, or Go's zero time."""
    return value is None or value == '' or (isinstance(value, str) and value.startswith('0001-01-01'))


def is_deleted(obj):
    """True for an object ASA keeps after deleting it (soft delete: a DELETED status or state, or deleted_at set)."""
    return 'DELETED' in (obj.get('status'), obj.get('state')) or not is_unset(obj.get('deleted_at'))


def parse_time(value):
    """Seconds since the epoch for an RFC 3339 time (Go's nanoseconds allowed), or None when unset."""
    if is_unset(value):
        return None
    match = TIME_RE.match(value)
    if not match:
        raise ValueError('not an RFC 3339 time: %r' % value)
    year, month, day, hour, minute, second = (int(g) for g in match.group(1, 2, 3, 4, 5, 6))
    stamp = calendar.timegm((year, month, day, hour, minute, second, 0, 0, 0))
    stamp += float('0' + match.group(7)) if match.group(7) else 0.0
    zone = match.group(8)
    if zone not in ('Z', 'z'):
        sign = 1 if zone[0] == '+' else -1
        stamp -= sign * (int(zone[1:3]) * 3600 + int(zone[4:6]) * 60)
    return stamp


def parse_duration(text):
    """Seconds in a duration such as 90d, 12h, 30m, 45s or 2w; raises ValueError otherwise."""
    match = DURATION_RE.match(str(text))
    if not match:
        raise ValueError(text)
    return int(match.group(1)) * DURATION_UNITS[match.group(2)]


class AsaModule(AnsibleModule):
    """AnsibleModule with the connection options, input checks and an ``AsaClient`` as ``self.client``."""

    def __init__(self, argument_spec=None, **kwargs):
        spec = connection_argument_spec()
        spec.update(argument_spec or {})
        kwargs.setdefault('supports_check_mode', True)
        super(AsaModule, self).__init__(argument_spec=spec, **kwargs)
        if not HAS_REQUESTS:
            self.fail_json(msg=missing_required_lib('requests'), exception=REQUESTS_IMPORT_ERROR)
        problem = check_connection(self.params)
        if problem:
            self.fail_json(msg=problem)
        self.client = new_client(self.params, on_token=self.no_log_values.add)

    def require_uuid(self, option):
        value = self.params.get(option)
        if value is not None and not UUID_RE.match(value):
            self.fail_json(msg='%s %r is not a valid id: it must be a UUID such as 5a3af768-063f-4a12-a056-8ef24e555556'
                               % (option, value))

    def exit_info(self, key, read):
        """Exit with ``read()``'s list under ``key`` (changed is always false), or fail with the API's reason."""
        try:
            items = read()
        except AsaApiError as exc:
            self.fail_api(exc)
        self.exit_json(changed=False, **{key: items})

    def fail_api(self, exc, doing=None):
        msg = str(exc)
        if doing:
            msg = 'failed to %s: %s' % (doing, msg)
        self.fail_json(msg=msg, status=exc.status, error_code=exc.code)


class AsaEntityModule(AsaModule):
    """Read -> compare -> write for one ASA object, with check mode and diff, for ``state`` present/absent.

    A module subclasses it and defines ``resource_key`` and the hooks ``find``, ``create``,
    ``update`` and ``delete``; ``wanted`` and ``same`` may be refined. Only options the task
    sets are compared and written.
    """

    resource_key = None
    managed = ()  # option names that map 1:1 onto API fields

    def find(self):
        """Return the object as the API has it, or None when it is absent."""
        raise NotImplementedError

    def create(self, wanted):
        raise NotImplementedError

    def update(self, current, changes):
        """Write ``changes`` onto ``current``; return the object as it now stands."""
        raise NotImplementedError

    def delete(self, current):
        raise NotImplementedError

    def wanted(self):
        """The fields the task sets, as the API spells and normalises them."""
        return dict((name, self.params[name]) for name in self.managed if self.params.get(name) is not None)

    def same(self, field, have, want):
        return have == want

    def predict(self, current, changes):
        """What the object will be after a write: used in check mode."""
        after = dict(current or {})
        after.update(changes)
        return after

    def run(self):
        try:
            result = self.converge()
        except AsaApiError as exc:
            self.fail_api(exc)
        self.exit_json(**result)

    def converge(self):
        current = self.find()
        if self.params['state'] == 'absent':
            if current is None:
                return self.result(False, None, None)
            if not self.check_mode:
                self.delete(current)
            return self.result(True, current, None)
        wanted = self.wanted()
        if current is None:
            after = self.predict(None, wanted) if self.check_mode else self.create(wanted)
            return self.result(True, None, after)
        changes = dict((k, v) for k, v in wanted.items() if not self.same(k, current.get(k), v))
        if not changes:
            return self.result(False, current, current)
        after = self.predict(current, changes) if self.check_mode else self.update(current, changes)
        return self.result(True, current, after)

    def result(self, changed, before, after):
        return {
            'changed': changed,
            self.resource_key: after or {},
            'diff': {'before': before or {}, 'after': after or {}},
        }
