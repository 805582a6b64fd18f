# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""Internal to okta.asa (not a public API; it may change in any release): the base of the bulk modules.

A bulk module manages a whole set of one kind (``_kinds/``) in one task, the way the network collections' resource
modules do: ``config`` lists the objects, ``state`` says what to do with the set (merged, replaced, overridden,
deleted, gathered). It reads the set once, plans every item with the kind's own comparison, checks everything
before the first write, and writes only the differences, a few at a time.
"""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

from concurrent.futures import ThreadPoolExecutor

from ansible_collections.okta.asa.plugins.module_utils._base import AsaModule
from ansible_collections.okta.asa.plugins.module_utils._client import AsaApiError
from ansible_collections.okta.asa.plugins.module_utils._common import AsaModuleError, Change

STATES = ('merged', 'replaced', 'overridden', 'deleted', 'gathered')
DEFAULT_CONCURRENCY = 4
MAX_CONCURRENCY = 16


def shown(identity):
    return ', '.join('%s=%s' % pair for pair in sorted(identity.items()))


class KindSet:
    """The objects of one kind that a task manages: ``config`` items taking the kind's options, read once, planned
    with the kind's own comparison, checked before the first write, written a few at a time. ``where`` is how
    messages name the items (``config``, or ``config.groups`` in asa_team)."""

    def __init__(self, kind, client, context, config, state, where='config'):
        self.kind = kind
        self.client = client
        self.context = context
        self.config = config
        self.state = state
        self.where = where
        self.items = []

    @classmethod
    def item_options(cls, kind):
        """The options of an item: the kind's, without those about the host's files; a field an item leaves out is
        not managed (merged)."""
        items = {}
        for option, spec in kind.options.items():
            if option in kind.host_options:
                continue
            spec = dict(spec)
            if option in kind.fields:
                spec.pop('default', None)
            items[option] = spec
        return items

    def item(self, params, state):
        """A kind for ``params`` (an item, or an object's config shape), with every option the kind has."""
        full = dict((option, None if option in self.kind.fields else spec.get('default'))
                    for option, spec in self.kind.options.items())
        full.update((k, v) for k, v in params.items() if v is not None)
        full['state'] = state
        return self.kind(self.client, full, self.context)

    def failed(self, index, exc):
        return AsaModuleError('%s[%d]: %s' % (self.where, index, exc), **exc.details)

    def check(self):
        """Make and check the items, before any request."""
        state = self.state
        seen = {}
        for index, params in enumerate(self.config):
            item = self.item(params, 'absent' if state == 'deleted' else 'present')
            try:
                item.check()
            except AsaModuleError as exc:
                raise self.failed(index, exc)
            if state in ('replaced', 'overridden'):
                for field, value in self.kind.defaults.items():
                    if params.get(field) is None:
                        item.params[field] = value
                item.params.update(self.kind.exact)
            key = item.key_of_params()
            if key in seen:
                raise AsaModuleError('%s[%d] and %s[%d] both name %s: list each object once'
                                     % (self.where, seen[key], self.where, index, shown(item.identity_of_params())))
            seen[key] = index
            self.items.append(item)
        return self

    def read(self, items=None, everything=None):
        """The live objects of the scope by key, and the keys of the soft-deleted ones. ``items``: the items whose
        objects may exist (by default all); ``everything``: read the whole team's (by default only for gathered
        without items)."""
        current, gone = {}, set()
        items = self.items if items is None else items
        if everything is None:
            everything = not self.items and self.state == 'gathered'
        for obj in self.kind.read_set(self.client, self.context, items, everything):
            if self.kind.gone(obj):
                gone.add(self.kind.key_of(obj))
            else:
                current[self.kind.key_of(obj)] = obj
        self.kind.identify(self.items, current)
        return current, gone

    def plan(self, current, gone):
        state = self.state
        entries = []
        if state == 'gathered':
            return entries
        for index, item in enumerate(self.items):
            key = item.key_of_params()
            try:
                if key not in current and key in gone and state != 'deleted' and self.kind.deleted_name:
                    raise AsaModuleError(self.kind.deleted_name % item.params)
                entries.extend((item, change) for change in item.plan(current.get(key)))
            except AsaModuleError as exc:
                raise self.failed(index, exc)
        if state == 'overridden' and 'delete' in self.kind.operations:
            listed = set(item.key_of_params() for item in self.items)
            # A deletion that needs force (a project with servers) has it when the task sets force.
            forced = {'force': True} if 'force' in self.kind.options and self.context.options.get('force') else {}
            deletions = [(self.item(dict(self.kind.to_config(obj), **forced), 'absent'), Change('delete', obj, {}))
                         for key, obj in sorted(current.items()) if key not in listed]
            for item, change in self.kind.protect(self.client, self.context, deletions):
                entries.extend((item, planned) for planned in item.plan(change.current))  # a project's contents
        return entries

    def write(self, entry):
        item, change = entry
        self.client.pace()
        return item.apply(change.current, [change])

    def apply(self, entries, concurrency):
        """Make the writes, ``concurrency`` at a time. Returns [(entry, object after)]; when some fail, the others
        still finish and the task fails naming each failure (and what was done)."""
        done, failed = [], []
        with ThreadPoolExecutor(max_workers=min(concurrency, len(entries))) as pool:
            for entry, future in [(entry, pool.submit(self.write, entry)) for entry in entries]:
                try:
                    done.append((entry, future.result()))
                except (AsaModuleError, AsaApiError) as exc:
                    failed.append((entry, exc))
        if failed:
            raise AsaModuleError(
                '%d of %d changes failed: %s' % (len(failed), len(entries), '; '.join(
                    '%s %s: %s' % (change.action, shown(item.identity_of_params()), exc)
                    for (item, change), exc in failed)),
                changes=self.changes([entry for entry, dummy in done]), changed=bool(done))
        return done

    def outcomes(self, entries, concurrency):
        """[(entry, object after)]: written, or predicted in check mode."""
        if self.context.check_mode:
            return [(entry, entry[0].predict(entry[1].current, [entry[1]])) for entry in entries]
        return self.apply(entries, concurrency) if entries else []

    @staticmethod
    def after(current, outcomes):
        after = dict(current)
        for (item, change), obj in outcomes:
            key = item.key_of_params()
            if obj is None:
                after.pop(key, None)
            else:
                after[key] = item.complete(obj)
        return after

    @staticmethod
    def changes(entries):
        return [dict(item.identity_of_params(), action=change.action) for item, change in entries]

    def config_of(self, objects):
        return [self.kind.to_config(objects[key]) for key in sorted(objects)]


class AsaSetModule(AsaModule):
    """The bulk module of ``kind``: a ``KindSet`` of it, with ``state`` and ``concurrency``."""

    kind = None

    def argument_spec_of_module(self):
        return dict(
            self.kind.task_options,
            config=dict(type='list', elements='dict', options=KindSet.item_options(self.kind), default=[]),
            state=dict(type='str', choices=list(STATES), default='merged'),
            concurrency=dict(type='int', default=DEFAULT_CONCURRENCY),
        )

    def check_params(self):
        check_concurrency(self.params['concurrency'])
        if self.params['state'] == 'deleted' and not self.params['config']:
            raise AsaModuleError('state=deleted needs the objects to delete in config: an empty config is refused, '
                                 'it never means "delete everything"')
        self.set = KindSet(self.kind, self.client, self.context, self.params['config'], self.params['state']).check()

    def execute(self):
        objects = self.set
        current, gone = objects.read()
        entries = objects.plan(current, gone)
        if entries:
            self.kind.prepare(self.client, self.context, entries)
        after = objects.after(current, objects.outcomes(entries, self.params['concurrency']))
        before, after = objects.config_of(current), objects.config_of(after)
        label = self.kind.plural
        result = dict(changed=bool(entries), changes=objects.changes(entries), before=before, after=after,
                      diff={'before': {label: before}, 'after': {label: after}})
        if self.params['state'] == 'gathered':
            result['gathered'] = before
        return result


def check_concurrency(concurrency):
    if not 1 <= concurrency <= MAX_CONCURRENCY:
        raise AsaModuleError('concurrency must be a number of parallel writes from 1 to %d, not %s'
                             % (MAX_CONCURRENCY, concurrency))
