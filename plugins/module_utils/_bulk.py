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


class AsaSetModule(AsaModule):
    """The bulk module of ``kind``: ``config`` items take the kind's options; the set is the kind's ``read_set``."""

    kind = None

    def argument_spec_of_module(self):
        items = {}
        for option, spec in self.kind.options.items():
            spec = dict(spec)
            if option in self.kind.fields:
                spec.pop('default', None)  # a field an item leaves out is not managed (merged)
            items[option] = spec
        return dict(
            self.kind.task_options,
            config=dict(type='list', elements='dict', options=items, default=[]),
            state=dict(type='str', choices=list(STATES), default='merged'),
            concurrency=dict(type='int', default=DEFAULT_CONCURRENCY),
        )

    def item(self, params, state):
        """A kind for ``params`` (an item, or an object's config shape), with every option the kind has."""
        full = dict((option, None if option in self.kind.fields else spec.get('default'))
                    for option, spec in self.kind.options.items())
        full.update((k, v) for k, v in params.items() if v is not None)
        full['state'] = state
        return self.kind(self.client, full, self.context)

    # -- input --------------------------------------------------------------------------------------

    def check_params(self):
        state = self.params['state']
        if not 1 <= self.params['concurrency'] <= MAX_CONCURRENCY:
            raise AsaModuleError('concurrency must be a number of parallel writes from 1 to %d, not %s'
                                 % (MAX_CONCURRENCY, self.params['concurrency']))
        if state == 'deleted' and not self.params['config']:
            raise AsaModuleError('state=deleted needs the objects to delete in config: an empty config is refused, '
                                 'it never means "delete everything"')
        seen = {}
        self.items = []
        for index, params in enumerate(self.params['config']):
            item = self.item(params, 'absent' if state == 'deleted' else 'present')
            try:
                item.check()
            except AsaModuleError as exc:
                raise AsaModuleError('config[%d]: %s' % (index, exc), **exc.details)
            if state in ('replaced', 'overridden'):
                for field, value in self.kind.defaults.items():
                    if params.get(field) is None:
                        item.params[field] = value
                item.params.update(self.kind.exact)
            key = item.key_of_params()
            if key in seen:
                raise AsaModuleError('config[%d] and config[%d] both name %s: list each object once'
                                     % (seen[key], index, shown(item.identity_of_params())))
            seen[key] = index
            self.items.append(item)

    # -- read, plan, write --------------------------------------------------------------------------

    def read(self):
        """The live objects of the scope by key, and the keys of the soft-deleted ones."""
        current, gone = {}, set()
        everything = not self.items and self.params['state'] == 'gathered'
        for obj in self.kind.read_set(self.client, self.context, self.items, everything):
            if self.kind.gone(obj):
                gone.add(self.kind.key_of(obj))
            else:
                current[self.kind.key_of(obj)] = obj
        return current, gone

    def plan(self, current, gone):
        state = self.params['state']
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
                raise AsaModuleError('config[%d]: %s' % (index, exc), **exc.details)
        if state == 'overridden':
            listed = set(item.key_of_params() for item in self.items)
            deletions = [(self.item(self.kind.to_config(obj), 'absent'), Change('delete', obj, {}))
                         for key, obj in sorted(current.items()) if key not in listed]
            entries.extend(self.kind.protect(self.client, self.context, deletions))
        return entries

    def write(self, entry):
        item, change = entry
        self.client.pace()
        return item.apply(change.current, [change])

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
                    '%s %s: %s' % (change.action, shown(item.identity_of_params()), exc)
                    for (item, change), exc in failed)),
                changes=self.changes([entry for entry, dummy in done]), changed=bool(done))
        return done

    @staticmethod
    def changes(entries):
        return [dict(item.identity_of_params(), action=change.action) for item, change in entries]

    def execute(self):
        current, gone = self.read()
        entries = self.plan(current, gone)
        if entries:
            self.kind.prepare(self.client, self.context, entries)
        if self.check_mode:
            outcomes = [(entry, entry[0].predict(entry[1].current, [entry[1]])) for entry in entries]
        else:
            outcomes = self.apply(entries) if entries else []
        after = dict(current)
        for (item, change), obj in outcomes:
            key = item.key_of_params()
            if obj is None:
                after.pop(key, None)
            else:
                after[key] = item.complete(obj)
        before, after = self.config_of(current), self.config_of(after)
        label = self.kind.plural
        result = dict(changed=bool(entries), changes=self.changes(entries), before=before, after=after,
                      diff={'before': {label: before}, 'after': {label: after}})
        if self.params['state'] == 'gathered':
            result['gathered'] = before
        return result

    def config_of(self, objects):
        return [self.kind.to_config(objects[key]) for key in sorted(objects)]
