# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""Internal to okta.asa (not a public API; it may change in any release): the module bases.

A module is a class that declares what it manages and overrides hooks only for what is special:

- ``AsaModule``: connection options, input checks, an ``AsaClient`` as ``self.client``, and ``run()``,
  which turns an ``AsaModuleError`` or ``AsaApiError`` raised anywhere below it into the task's failure.
- ``AsaInfoModule``: read-only; ``read()`` returns the list under ``result_key``.
- ``AsaPlanModule``: ``read()`` -> ``plan()`` (pure: a list of ``Change``) -> ``apply()``, or ``predict()`` in
  check mode -> ``result()``, with ``changed`` and ``--diff`` done once for all.
- ``AsaEntityModule``: one object identified by its options, with ``state`` present/absent (or the module's own
  ``states``), the managed ``fields``, the ``operations`` ASA supports for it, and the hooks ``find``, ``create``,
  ``update``, ``delete``, ``normalize`` and ``build``.
"""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

import calendar
import re
from collections import namedtuple
from urllib.parse import urlsplit

from ansible.module_utils.basic import AnsibleModule, env_fallback, missing_required_lib

from ansible_collections.okta.asa.plugins.module_utils._client import (
    DEFAULT_API_URL,
    HAS_REQUESTS,
    REQUESTS_IMPORT_ERROR,
    AsaApiError,
    AsaClient,
    shown_url,
)

UUID_RE = re.compile(r'^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$')
TEAM_RE = re.compile(r'^[a-z0-9][a-z0-9._-]*$')
MAX_TIMEOUT = 3600


# What ASA accepts as a name, for the names okta.asa puts into URL paths or request bodies: (pattern, rule).
NAME_RULES = {
    'path': (re.compile(r'^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$'),
             '1 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit'),
    'group': (re.compile(r'^[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}$'),
              '1 to 64 letters, digits, spaces, ".", "_" or "-", starting with a letter or digit'),
    'text': (re.compile(r'^(?=.*\S)[^\x00-\x1f\x7f]{1,255}$'),
             '1 to 255 characters, not only spaces, without control characters'),
}


def name_problem(option, value, kind='path'):
    """Why ``value`` of ``option`` is no name ASA accepts (``kind`` is a NAME_RULES key), or None."""
    pattern, rule = NAME_RULES[kind]
    if value is None or pattern.fullmatch(value):
        return None
    return '%s %r is not a valid name: ASA names are %s' % (option, value, rule)


def check_names(params, names):
    """Raise AsaModuleError for the first option of ``names`` (option -> NAME_RULES key) that ASA would refuse."""
    for option, kind in names.items():
        problem = name_problem(option, params.get(option), kind)
        if problem:
            raise AsaModuleError(problem)


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
    if not TEAM_RE.fullmatch(team):
        return ('team %r is not a valid ASA team name: team names are lower-case letters, digits, ".", "_" and "-"'
                % team)
    key_id, key_secret = options.get('key_id'), options.get('key_secret')
    if bool(key_id) != bool(key_secret):
        missing = 'key_secret' if key_id else 'key_id'
        return ('key_id and key_secret go together: %s is missing (set it, or ASA_%s)' % (missing, missing.upper()))
    if not key_id and not options.get('bearer_token'):
        return ('no credentials: set key_id and key_secret (or ASA_KEY_ID and ASA_KEY_SECRET), '
                'or bearer_token (or ASA_BEARER_TOKEN)')
    if key_id and not UUID_RE.fullmatch(key_id):
        return 'key_id %r is not an API key id: it must be a UUID such as 6052868b-1b04-4a14-8288-e6496d7f2f4b' % key_id
    api_url = options.get('api_url') or ''
    if not re.match(r'^https?://[^/\s]+', api_url):
        return 'api_url %r is not an http(s) URL: use for example https://app.scaleft.com' % shown_url(api_url)
    timeout = options.get('timeout')
    if timeout is not None and not 0 < timeout <= MAX_TIMEOUT:
        return 'timeout must be a number of seconds from 1 to %d, not %s' % (MAX_TIMEOUT, timeout)
    return None


def transport_warning(options):
    """A warning for an api_url that sends the key secret and tokens unencrypted to another machine, or None."""
    url = urlsplit(options.get('api_url') or '')
    host = (url.hostname or '').lower()
    if url.scheme != 'http' or host == 'localhost' or host.startswith('127.') or host == '::1':
        return None
    return ('api_url %s is plain http: the key secret and bearer tokens cross the network unencrypted. Use https'
            % shown_url('%s://%s' % (url.scheme, url.netloc)))


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


def require_uuid(params, *options):
    """Refuse an option that is not a UUID, and write it in lower case, as ASA does (paths and comparisons)."""
    for option in options:
        value = params.get(option)
        if value is None:
            continue
        if not UUID_RE.fullmatch(value):
            raise AsaModuleError('%s %r is not a valid id: it must be a UUID such as '
                                 '5a3af768-063f-4a12-a056-8ef24e555556' % (option, value))
        params[option] = value.lower()


class AsaModuleError(Exception):
    """A failure a module reports: ``str()`` is the message, ``details`` go into the failed result."""

    def __init__(self, msg, **details):
        super(AsaModuleError, self).__init__(msg)
        self.details = details


# One write of a plan: action is create, update or delete; current is the object as ASA has it (None for a
# create); fields are what a create or update writes.
Change = namedtuple('Change', ['action', 'current', 'fields'])


class AsaModule(AnsibleModule):
    """AnsibleModule with the connection options, input checks, ``self.client``, and ``run()``.

    A subclass declares ``options`` (its own argument spec; the connection options are added) and
    ``module_kwargs`` (``required_if``, ``mutually_exclusive`` and the like), refuses bad input in
    ``check_params()`` and does its work in ``execute()``, which returns the result. Both raise
    ``AsaModuleError`` (or let ``AsaApiError`` through) to fail; ``run()`` turns either into the failure.
    """

    options = {}
    module_kwargs = {}
    names = {}  # option -> NAME_RULES key: checked before any request

    def __init__(self):
        spec = connection_argument_spec()
        spec.update(self.argument_spec_of_module())
        kwargs = dict(self.module_kwargs)
        kwargs.setdefault('supports_check_mode', True)
        super(AsaModule, self).__init__(argument_spec=spec, **kwargs)
        if not HAS_REQUESTS:
            self.fail_json(msg=missing_required_lib('requests'), exception=REQUESTS_IMPORT_ERROR)
        problem = check_connection(self.params)
        if problem:
            self.fail_json(msg=problem)
        warning = transport_warning(self.params)
        if warning:
            self.warn(warning)
        self.client = new_client(self.params, on_token=self.no_log_values.add)

    @classmethod
    def main(cls):
        cls().run()

    def argument_spec_of_module(self):
        return dict(self.options)

    def run(self):
        try:
            check_names(self.params, self.names)
            self.check_params()
            result = self.execute()
        except AsaModuleError as exc:
            self.fail_json(msg=str(exc), **exc.details)
        except AsaApiError as exc:
            self.fail_json(msg=str(exc), status=exc.status, error_code=exc.code)
        self.exit_json(**result)

    def check_params(self):
        """Refuse input that cannot work, before any request, by raising AsaModuleError."""

    def execute(self):
        """Do the task's work and return the module's result."""
        raise NotImplementedError('%s must define execute()' % type(self).__name__)

    def require_uuid(self, *options):
        require_uuid(self.params, *options)


class AsaInfoModule(AsaModule):
    """A read-only module: ``read()`` returns the list returned under ``result_key``; never changed."""

    result_key = None

    def read(self):
        raise NotImplementedError('%s must define read()' % type(self).__name__)

    def execute(self):
        return {'changed': False, self.result_key: self.read()}


class AsaPlanModule(AsaModule):
    """read -> plan -> apply (predict in check mode) -> result, with ``changed`` and ``--diff`` for all.

    ``plan(current)`` is pure: it returns the list of ``Change`` to make, and raises AsaModuleError for
    what cannot be done. ``predict(current, changes)`` says what ``apply(current, changes)`` will leave,
    without a write. ``result(after)`` returns the module's return values.
    """

    def read(self):
        raise NotImplementedError('%s must define read()' % type(self).__name__)

    def plan(self, current):
        raise NotImplementedError('%s must define plan()' % type(self).__name__)

    def predict(self, current, changes):
        raise NotImplementedError('%s must define predict()' % type(self).__name__)

    def apply(self, current, changes):
        raise NotImplementedError('%s must define apply()' % type(self).__name__)

    def result(self, after):
        raise NotImplementedError('%s must define result()' % type(self).__name__)

    def diff(self, before, after):
        return {'before': before or {}, 'after': after or {}}

    def execute(self):
        current = self.read()
        changes = self.plan(current)
        if not changes:
            after = current
        elif self.check_mode:
            after = self.predict(current, changes)
        else:
            after = self.apply(current, changes)
        result = self.result(after)
        result.update(changed=bool(changes), diff=self.diff(current, after))
        return result


class Entity:
    """What okta.asa knows about one kind of ASA object, used by its singular module and its bulk module alike:
    find it, compare the managed fields, and create, update or delete it. Its methods read the task's options
    from ``self.params`` and talk to ASA through ``self.client``.

    Declare:
      ``resource_key``  the key the object is returned under (``{}`` when absent);
      ``options``       the singular module's options, without ``state`` (a bulk module's ``config`` items take
                        them too);
      ``names``         option -> NAME_RULES key: names checked before any request;
      ``states``        the choices of ``state``, the first the default; ``absent`` deletes;
      ``fields``        the options that are API fields of the same name, compared and written when the task
                        sets them (unset ones are not managed);
      ``fixed``         API fields with the value every object in a present state has (``{'state': 'ACTIVE'}``);
      ``operations``    the writes ASA supports for this object, with ``unsupported`` the message (formatted
                        with the params) for a task that would need another one;
      ``collection``    the path template of the list the object is created in (``projects/{project}/groups``);
      ``item``          the path template of the object (``service_users/{name}``, or ``entitlements/sudo/{id}``
                        with a field of the object found);
      ``identity``      option -> API field, when the object is found by listing ``collection`` rather than by
                        a GET of ``item``;
      ``create_only``   fields ASA takes only on creation: a task that would change one fails, naming it;
      ``write_only``    fields ASA takes but never returns: sent on creation, never compared;
      ``deleted_name``  for objects ASA keeps after deleting them and whose name it never gives out again: the
                        message (formatted with the params) for a task that would create one of that name;
      ``key``           option -> API field: what tells two objects of the kind apart in a list (bulk modules);
      ``defaults``      the value ASA gives each managed field that a creation leaves out (bulk ``replaced``).
    The hooks have defaults for that usual shape: ``find()`` (the object or None), ``create(wanted)`` with
    ``create_body``, ``update(current, changes)`` with ``update_body``, ``delete(current)``; and
    ``normalize(field, value)`` (a value as ASA stores it) and ``build(current, changes)`` (the object after a
    write, for check mode). A module overrides only what is special about its object.
    """

    resource_key = None
    states = ('present', 'absent')
    fields = ()
    fixed = {}
    operations = ('create', 'update', 'delete')
    unsupported = {}
    collection = None
    item = None
    identity = {}
    create_only = ()
    write_only = ()
    deleted_name = None
    key = {}
    defaults = {}
    cache = None
    params = None
    client = None

    @classmethod
    def bind(cls, params, client, cache):
        """An entity of this kind for ``params`` (an item of a bulk task, with ``state``), outside any module."""
        entity = cls()
        entity.params, entity.client, entity.cache = params, client, cache
        return entity

    def check_params(self):
        """Refuse input that cannot work, before any request, by raising AsaModuleError."""

    def check_input(self):
        check_names(self.params, self.names)
        self.check_params()

    def key_of(self, obj):
        """The ``key`` of a listed object, comparable with ``key_of_params()``."""
        return tuple(str(obj.get(field)) for field in self.key.values())

    def key_of_params(self):
        return tuple(str(self.params[option]) for option in self.key)

    def identity_of_params(self):
        return dict((option, self.params[option]) for option in self.key)

    def to_config(self, obj):
        """An object as an item of a bulk module's ``config``: its key, and the managed fields it has, as ASA
        stores them."""
        item = dict((option, obj.get(field)) for option, field in self.key.items())
        item.update((field, self.normalize(field, obj.get(field))) for field in self.fields if field in obj)
        return item

    # -- paths ----------------------------------------------------------------------------------

    def path_of(self, template, obj=None):
        """The API path of a template such as ``projects/{project}/groups/{id}``: each ``{x}`` is the option or, when
        ``obj`` is given, the object's field ``x``; every segment is URL-quoted."""
        values = dict(self.params)
        values.update(obj or {})
        return self.client.path(*[segment.format(**values) for segment in template.split('/')])

    def matches(self, obj):
        """Whether a listed object is the one the task names (``identity``: option -> API field)."""
        return all(str(obj.get(field)) == str(self.params[option]) for option, field in self.identity.items())

    # -- hooks: defaults for ASA's usual REST shape ------------------------------------------------

    def find(self):
        """GET ``item`` (a 404 is absence) or, with ``identity``, page ``collection`` until the object is found.
        A soft-deleted object is absent."""
        if self.identity:
            found = next((o for o in self.client.paginate(self.path_of(self.collection)) if self.matches(o)), None)
        else:
            found = self.client.get(self.path_of(self.item), missing_ok=True)
        if found is not None and is_deleted(found):
            if self.deleted_name and self.params['state'] != 'absent':
                raise AsaModuleError(self.deleted_name % self.params)
            return None
        return found

    def create(self, wanted):
        """POST ``create_body(wanted)`` to ``collection``; a POST whose answer was lost is reconciled by ``find``."""
        return self.client.post(self.path_of(self.collection), self.create_body(wanted), reconcile=self.find)

    def create_body(self, wanted):
        body = dict((field, self.params[option]) for option, field in self.identity.items())
        body.update(wanted)
        return body

    def update(self, current, changes):
        """PUT ``update_body`` to the object's ``item``; a 204 means the object is what was predicted."""
        return self.client.put(self.path_of(self.item, current), self.update_body(current, changes)) \
            or self.build(current, changes)

    def update_body(self, current, changes):
        return dict(changes)

    def delete(self, current):
        self.client.delete(self.path_of(self.item, current))

    def normalize(self, field, value):
        return value

    def build(self, current, changes):
        after = dict(current or {})
        after.update(changes)
        return after

    # -- the plan ------------------------------------------------------------------------------

    def wanted(self, current):
        """The managed fields as the task sets them, normalised as ASA stores them (``current`` is the object
        found, or None, for fields whose wanted value depends on it)."""
        wanted = dict(self.fixed)
        for name in self.fields:
            if self.params.get(name) is not None:
                wanted[name] = self.normalize(name, self.params[name])
        return wanted

    def read(self):
        return self.find()

    def plan(self, current):
        if self.params['state'] == 'absent':
            changes = [Change('delete', current, {})] if current is not None else []
        elif current is None:
            changes = [Change('create', None, self.wanted(None))]
        else:
            wanted = self.wanted(current)
            for field in self.create_only:
                if field in wanted and self.normalize(field, current.get(field)) != wanted[field]:
                    raise AsaModuleError('%s cannot change once the %s exists (ASA takes it only on creation): it is '
                                         '%r, the task says %r. Leave it out, or recreate the object'
                                         % (field, self.resource_key.replace('_', ' '), current.get(field),
                                            self.params[field]))
            differ = dict((k, v) for k, v in wanted.items() if k not in self.write_only + self.create_only
                          and self.normalize(k, current.get(k)) != v)
            changes = [Change('update', current, differ)] if differ else []
        for change in changes:
            if change.action not in self.operations:
                raise AsaModuleError(self.unsupported[change.action] % self.params)
        return changes

    def predict(self, current, changes):
        change = changes[0]
        return None if change.action == 'delete' else self.build(current, change.fields)

    def apply(self, current, changes):
        change = changes[0]
        if change.action == 'delete':
            self.delete(current)
            return None
        if change.action == 'update':
            return self.update(current, change.fields)
        try:
            return self.create(change.fields)
        except AsaApiError as exc:
            if exc.status != 409:
                raise
            # Another run created it in the meantime (parallel hosts): converge on what is there now.
            raced = self.find()
            if raced is None:
                raise
            more = self.plan(raced)
            return self.apply(raced, more) if more else raced

    def result(self, after):
        return {self.resource_key: after or {}}


class AsaEntityModule(Entity, AsaPlanModule):
    """The singular module of an ``Entity`` kind: ``state`` from ``states``, the object under ``resource_key``."""

    def argument_spec_of_module(self):
        spec = dict(self.options)
        spec['state'] = dict(type='str', choices=list(self.states), default=self.states[0])
        return spec
