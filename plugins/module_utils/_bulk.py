# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""Internal to okta.asa (not a public API; it may change in any release): the base of the bulk modules.

A bulk module manages a whole set of one kind of object (an ``Entity`` of module_utils/_entities.py) in one task,
the way the network collections' resource modules do: ``config`` lists the objects, ``state`` says what to do with
the set (merged, replaced, overridden, deleted, gathered). It reads the set once, plans every item with the kind's
own comparison, checks everything before the first write, and writes only the differences, a few at a time.
"""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

from concurrent.futures import ThreadPoolExecutor

from ansible_collections.okta.asa.plugins.module_utils._base import AsaModule, AsaModuleError, Change, is_deleted
from ansible_collections.okta.asa.plugins.module_utils._client import AsaApiError

STATES = ('merged', 'replaced', 'overridden', 'deleted', 'gathered')
DEFAULT_CONCURRENCY = 4
MAX_CONCURRENCY = 16


class AsaSetModule(AsaModule):
    """Declare ``kind`` (an Entity class) and ``label`` (the result key of ``diff``, such as ``service_users``).

    Hooks: ``read()`` returns the objects of the module's scope as a dict key -> object, and records the keys of
    soft-deleted objects in ``self.gone``; ``protect(deletions)`` refuses or spares deletions of ``overridden``;
    ``prepare(entries)`` reads what the planned writes need, once, and refuses what cannot work, before any write;
    ``finish(obj, entity)`` completes an object a write returned (fields the answer leaves out).
    """

    kind = None
    label = None
    exactly = {}  # options that make an item exact in replaced and overridden (a group's purge_members)

    def argument_spec_of_module(self):
        items = {}
        for option, spec in self.kind.options.items():
            spec = dict(spec)
            if option in self.kind.fields:
                spec.pop('default', None)  # a field an item leaves out is not managed (merged)
            items[option] = spec
        return dict(
            config=dict(type='list', elements='dict', options=items, default=[]),
            state=dict(type='str', choices=list(STATES), default='merged'),
            concurrency=dict(type='int', default=DEFAULT_CONCURRENCY),
        )

    def __init__(self):
        super(AsaSetModule, self).__init__()
        self.cache = {}
        self.gone = set()
        self.items = []
        self.sample = self.kind()  # for what needs no params: keys of listed objects, their config shape

    # -- input --------------------------------------------------------------------------------------

    def bind(self, params, state):
        """An entity for ``params`` (an item, or an object's config shape), with every option the kind has."""
        full = dict((option, None if option in self.kind.fields else spec.get('default'))
                    for option, spec in self.kind.options.items())
        full.update((k, v) for k, v in params.items() if v is not None)
        full['state'] = state
        return self.kind.bind(full, self.client, self.cache)

    def check_params(self):
        state = self.params['state']
        if not 1 <= self.params['concurrency'] <= MAX_CONCURRENCY:
            raise AsaModuleError('concurrency must be a number of parallel writes from 1 to %d, not %s'
                                 % (MAX_CONCURRENCY, self.params['concurrency']))
        if state == 'deleted' and not self.params['config']:
            raise AsaModuleError('state=deleted needs the objects to delete in config: an empty config is refused, '
                                 'it never means "delete everything"')
        seen = {}
        for index, item in enumerate(self.params['config']):
            entity = self.bind(item, 'absent' if state == 'deleted' else 'present')
            try:
                entity.check_input()
            except AsaModuleError as exc:
                raise AsaModuleError('config[%d]: %s' % (index, exc), **exc.details)
            if state in ('replaced', 'overridden'):
                for field, value in self.kind.defaults.items():
                    if item.get(field) is None:
                        entity.params[field] = value
                entity.params.update(self.exactly)
            key = entity.key_of_params()
            if key in seen:
                raise AsaModuleError('config[%d] and config[%d] both name %s: list each object once'
                                     % (seen[key], index, self.shown(entity.identity_of_params())))
            seen[key] = index
            self.items.append(entity)

    @staticmethod
    def shown(identity):
        return ', '.join('%s=%s' % pair for pair in sorted(identity.items()))

    # -- read, plan, write --------------------------------------------------------------------------

    def read(self):
        current = {}
        for obj in self.client.paginate(self.client.path(*self.kind.collection.split('/'))):
            self.keep(current, obj)
        return current

    def keep(self, current, obj):
        """File a listed object under its key, or in ``gone`` when ASA soft-deleted it."""
        key = self.sample.key_of(obj)
        if is_deleted(obj):
            self.gone.add(key)
        else:
            current[key] = obj

    def plan(self, current):
        state = self.params['state']
        entries = []
        if state == 'gathered':
            return entries
        for index, entity in enumerate(self.items):
            key = entity.key_of_params()
            try:
                if key not in current and key in self.gone and state != 'deleted' and self.kind.deleted_name:
                    raise AsaModuleError(self.kind.deleted_name % entity.params)
                entries.extend((entity, change) for change in entity.plan(current.get(key)))
            except AsaModuleError as exc:
                raise AsaModuleError('config[%d]: %s' % (index, exc), **exc.details)
        if state == 'overridden':
            listed = set(entity.key_of_params() for entity in self.items)
            deletions = [(self.bind(self.sample.to_config(obj), 'absent'), Change('delete', obj, {}))
                         for key, obj in sorted(current.items()) if key not in listed]
            entries.extend(self.protect(deletions))
        return entries

    def protect(self, deletions):
        return deletions

    def own_service_user(self, doomed, candidates=None):
        """The name of the service user whose key this task authenticates with, or None when it is none of
        ``candidates`` (names; by default every service user of the team). Found by listing keys, one request per
        candidate until found, and only when ``overridden`` would delete ``doomed`` (a description of what)."""
        key_id = (self.params.get('key_id') or '').lower()
        if not key_id:
            raise AsaModuleError('state=overridden would delete %s, and a task that authenticates with bearer_token '
                                 'alone cannot tell which service user it is (to spare it and its groups): set '
                                 'key_id and key_secret as well' % doomed)
        if candidates is None:
            candidates = (u['name'] for u in self.client.paginate(self.client.path('service_users'))
                          if not is_deleted(u))
        for name in candidates:
            if any(str(k.get('id')).lower() == key_id
                   for k in self.client.paginate(self.client.path('service_users', name, 'keys'))):
                return name
        return None

    def prepare(self, entries):
        """Read what the writes need and refuse what cannot work, before the first write."""

    def finish(self, obj, entity):
        return obj

    def write(self, entry):
        entity, change = entry
        self.client.pace()
        return entity.apply(change.current, [change])

    def apply(self, entries):
        """Make the writes, ``concurrency`` at a time. Returns [(entry, object after)]; when some fail, the others
        still finish and the task fails naming each failure."""
        done, failed = [], []
        with ThreadPoolExecutor(max_workers=min(self.params['concurrency'], len(entries))) as pool:
            for entry, future in [(entry, pool.submit(self.write, entry)) for entry in entries]:
                try:
                    done.append((entry, future.result()))
                except (AsaModuleError, AsaApiError) as exc:
                    failed.append((entry, exc))
        if failed:
            raise AsaModuleError(
                '%d of %d changes failed: %s' % (len(failed), len(entries), '; '.join(
                    '%s %s: %s' % (change.action, self.shown(entity.identity_of_params()), exc)
                    for (entity, change), exc in failed)),
                changes=self.changes([entry for entry, dummy in done]))
        return done

    def changes(self, entries):
        return [dict(entity.identity_of_params(), action=change.action) for entity, change in entries]

    def execute(self):
        current = self.read()
        entries = self.plan(current)
        if entries:
            self.prepare(entries)
        if self.check_mode:
            outcomes = [(entry, entry[0].predict(entry[1].current, [entry[1]])) for entry in entries]
        else:
            outcomes = self.apply(entries) if entries else []
        after = dict(current)
        for (entity, change), obj in outcomes:
            key = entity.key_of_params()
            if obj is None:
                after.pop(key, None)
            else:
                after[key] = self.finish(obj, entity)
        before, after = self.config_of(current), self.config_of(after)
        result = dict(changed=bool(entries), changes=self.changes(entries), before=before, after=after,
                      diff={'before': {self.label: before}, 'after': {self.label: after}})
        if self.params['state'] == 'gathered':
            result['gathered'] = before
        return result

    def config_of(self, objects):
        return [self.sample.to_config(objects[key]) for key in sorted(objects)]
