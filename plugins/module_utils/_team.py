# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""Internal to okta.asa (not a public API; it may change in any release): asa_team, the whole team in one task.

The team is a ``KindSet`` (``_bulk.py``) per kind of ``config``, in the order writes need: a kind is written after
the kinds it refers to, and deleted before them. Every list is read once (the team-wide ones side by side, then
those of each project); every item is planned and checked, across kinds, before the first write: a reference to an
object the same plan creates is predicted, one that exists neither in ASA nor in the plan fails, naming it. It adds
no fact of a kind: what each kind reads, compares, writes and spares is the kind's own.
"""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

from concurrent.futures import ThreadPoolExecutor

from ansible_collections.okta.asa.plugins.module_utils._base import AsaModule
from ansible_collections.okta.asa.plugins.module_utils._bulk import DEFAULT_CONCURRENCY, KindSet, check_concurrency
from ansible_collections.okta.asa.plugins.module_utils._common import AsaModuleError
from ansible_collections.okta.asa.plugins.module_utils._kind import READERS
from ansible_collections.okta.asa.plugins.module_utils._kinds.cloud_account import CloudAccount
from ansible_collections.okta.asa.plugins.module_utils._kinds.enrollment_token import EnrollmentToken
from ansible_collections.okta.asa.plugins.module_utils._kinds.gateway import GatewaySetupToken
from ansible_collections.okta.asa.plugins.module_utils._kinds.group import Group
from ansible_collections.okta.asa.plugins.module_utils._kinds.preauthorization import Preauthorization
from ansible_collections.okta.asa.plugins.module_utils._kinds.project import Project
from ansible_collections.okta.asa.plugins.module_utils._kinds.project_group import ProjectGroup
from ansible_collections.okta.asa.plugins.module_utils._kinds.server import Server
from ansible_collections.okta.asa.plugins.module_utils._kinds.service import Service
from ansible_collections.okta.asa.plugins.module_utils._kinds.service_user import ServiceUser
from ansible_collections.okta.asa.plugins.module_utils._kinds.sudo_entitlement import SudoEntitlement
from ansible_collections.okta.asa.plugins.module_utils._kinds.team_settings import TeamSettings
from ansible_collections.okta.asa.plugins.module_utils._kinds.user import User

# The kinds of config, in the order of their writes (deletions go in the reverse order).
KINDS = (Project, ServiceUser, Group, ProjectGroup, SudoEntitlement, Service, Server, EnrollmentToken,
         GatewaySetupToken, CloudAccount, Preauthorization, User)
SETTINGS = TeamSettings
STATES = ('merged', 'overridden', 'gathered')


class AsaTeamModule(AsaModule):
    """asa_team: ``config`` has one key per kind (a kind's ``plural``), each a list of items of that kind, and
    ``team_settings``, the settings' options."""

    def argument_spec_of_module(self):
        # no_log=False: items are never secrets (a token is its description and labels, never its value)
        config = dict((kind.plural, dict(type='list', elements='dict', options=KindSet.item_options(kind), no_log=False))
                      for kind in KINDS)
        config[SETTINGS.plural] = dict(type='dict', options=dict(SETTINGS.options))
        spec = dict(
            config=dict(type='dict', options=config, default={}),
            state=dict(type='str', choices=list(STATES), default='merged'),
            kinds=dict(type='list', elements='str', choices=[kind.plural for kind in KINDS] + [SETTINGS.plural]),
            concurrency=dict(type='int', default=DEFAULT_CONCURRENCY),
        )
        for kind in KINDS:
            spec.update(kind.task_options)
        return spec

    # -- input --------------------------------------------------------------------------------------

    def check_params(self):
        self.context.whole_plan = True
        check_concurrency(self.params['concurrency'])
        state, config = self.params['state'], self.params['config']
        if self.params['kinds'] is not None and state != 'gathered':
            raise AsaModuleError('kinds says which kinds state=gathered reads; with state=%s, config says which kinds '
                                 'the task manages (a kind left out is not touched)' % state)
        if state == 'gathered':
            wanted = self.params['kinds'] or [kind.plural for kind in KINDS] + [SETTINGS.plural]
            config = dict((plural, []) for plural in wanted)
            config[SETTINGS.plural] = {} if SETTINGS.plural in wanted else None
        self.sets = [KindSet(kind, self.client, self.context, config[kind.plural], state,
                             where='config.%s' % kind.plural).check()
                     for kind in KINDS if config.get(kind.plural) is not None]
        self.settings = None
        if config.get(SETTINGS.plural) is not None:
            params = dict((option, None) for option in SETTINGS.options)
            params.update((k, v) for k, v in config[SETTINGS.plural].items() if v is not None)
            self.settings = SETTINGS(self.client, dict(params, state='present'), self.context)
            try:
                self.settings.check()
            except AsaModuleError as exc:
                raise AsaModuleError('config.team_settings: %s' % exc, **exc.details)

    def set_of(self, kind):
        return next((objects for objects in self.sets if objects.kind is kind), None)

    # -- read ---------------------------------------------------------------------------------------

    def read(self):
        """Each set's objects (``self.current``: kind -> (live by key, soft-deleted keys)) and the lists that
        references are resolved from, in the cache: the team-wide lists side by side, and the lists in projects (only
        of the projects that exist) as soon as the projects are known."""
        first = [objects for objects in self.sets if objects.kind.parent is None or objects.kind.team_path]
        later = [objects for objects in self.sets if objects not in first]
        everything = True if self.params['state'] == 'overridden' else None  # what config does not list goes
        jobs = dict((objects.kind, lambda objects=objects: objects.read(everything=everything)) for objects in first)
        if self.settings is not None:
            jobs[SETTINGS] = self.settings.find
        projects = Project if Project in jobs else ('listed', Project)
        if any(objects.kind.parent for objects in self.sets) and projects not in jobs:
            jobs[projects] = lambda: Project.team_list(self.client, self.context)  # where the items in projects are
        # The other kinds that items refer to are read by the kinds, only when a write needs them.
        with ThreadPoolExecutor(max_workers=READERS) as pool:
            futures = dict((key, pool.submit(job)) for key, job in jobs.items())
            if later:
                listed = futures[projects].result()
                self.context.cache.remember(Project, listed[0].values() if projects is Project else listed)
                names = self.context.cache.objects(Project)
                for objects in later:
                    items = [item for item in objects.items if item.params[objects.kind.parent[0]] in names]
                    futures[objects.kind] = pool.submit(objects.read, items, everything)
            found = dict((key, future.result()) for key, future in futures.items())
        self.settings_current = found.pop(SETTINGS, None)
        for key in [key for key in found if isinstance(key, tuple)]:
            self.context.cache.remember(key[1], found.pop(key))
        self.current = found
        self.remember(dict((kind, list(live.values())) for kind, (live, gone) in found.items()))
        self.in_live_projects()

    def in_live_projects(self):
        """Leave out the objects of a team-wide list (servers, services) that are in a project ASA has deleted: no
        configuration can name them, and ASA may still list them."""
        projects = self.context.cache.objects(Project)
        if projects is None:
            return
        for kind, (live, gone) in list(self.current.items()):
            field = kind.key.get('project')
            if field is not None:
                self.current[kind] = (dict((key, obj) for key, obj in live.items() if obj.get(field) in projects), gone)

    def remember(self, live, planned=False):
        """The cache the kinds resolve references from: the objects of the kinds others refer to, as read (or written),
        or as the plan leaves them (``planned``). A service user is a user too; the sets of both kinds are all
        the users."""
        cache = self.context.cache
        for kind, objects in live.items():
            if kind in (Project, Group, ServiceUser):
                (cache.plan if planned else cache.remember)(kind, objects)
            if kind in (User, ServiceUser):
                cache.plan(User, objects)
        if not planned and User in live and ServiceUser in live:
            cache.remember(User, live[User] + live[ServiceUser])

    # -- plan -----------------------------------------------------------------------------------------

    def plan(self):
        """Every set's writes, planned in order, each kind seeing what the kinds before it create; then checked by
        each kind (references, its own access) before the first write."""
        self.entries = {}
        for objects in self.sets:
            kind = objects.kind
            if kind.parent is not None:
                projects = self.context.cache.objects(Project) or {}
                for index, item in enumerate(objects.items):
                    if item.params[kind.parent[0]] not in projects:
                        raise AsaModuleError('%s[%d]: project %r is neither in team %r nor in config.projects: add '
                                             'it to config.projects, or correct the name'
                                             % (objects.where, index, item.params[kind.parent[0]], self.client.team))
            current, gone = self.current.get(kind, ({}, set()))
            entries = objects.plan(current, gone)
            self.entries[kind] = entries
            self.check_references(objects)
            if kind in (Project, Group, ServiceUser, User):  # what later kinds refer to: as the plan leaves it
                predicted = KindSet.after(current, [
                    (entry, None if entry[1].action == 'delete' else entry[0].build(entry[1].current, entry[1].fields))
                    for entry in entries])
                self.remember({kind: list(predicted.values())}, planned=True)
                doomed = [entry[0].params['name'] for entry in entries if entry[1].action == 'delete']
                for forgotten in (kind, User) if kind is ServiceUser else (kind,):
                    self.context.cache.forget(forgotten, doomed)
        for objects in self.sets:
            if self.entries[objects.kind]:
                objects.kind.prepare(self.client, self.context, self.entries[objects.kind])
        self.settings_changes = []
        if self.settings is not None:
            self.settings_changes = self.settings.plan(self.settings_current)

    def check_references(self, objects):
        """Every item's reference to a kind this task manages names an object the plan keeps or creates (a change
        that needs one is checked by its kind; this finds an unchanged item whose object the plan deletes)."""
        for option, referred in objects.kind.refers.items():
            known = self.context.cache.objects(referred)
            if self.set_of(referred) is None or known is None:
                continue
            for index, item in enumerate(objects.items):
                name = item.params.get(option)
                if name is not None and name not in known:
                    raise AsaModuleError('%s[%d]: %s %r is neither in team %r nor in config.%s (or this task deletes '
                                         'it): list it there, or leave this item out'
                                         % (objects.where, index, referred.resource_key.replace('_', ' '), name,
                                            self.client.team, referred.plural))

    # -- write ----------------------------------------------------------------------------------------

    def apply(self):
        """The writes in order (the deletions in the reverse order), each kind's a few at a time; before each kind,
        its references are resolved again, to what the kinds before it created."""
        done = []
        steps = [(objects, [e for e in self.entries[objects.kind] if e[1].action != 'delete']) for objects in self.sets]
        steps += [(objects, [e for e in self.entries[objects.kind] if e[1].action == 'delete'])
                  for objects in reversed(self.sets)]
        for objects, entries in steps:
            if not entries:
                continue
            for item, change in entries:
                item.resolved = {}
            try:
                outcomes = objects.outcomes(entries, self.params['concurrency'])
            except AsaModuleError as exc:
                exc.details['changes'] = self.changes(done) + [
                    dict(change, kind=objects.kind.plural) for change in exc.details.get('changes', [])]
                exc.details['changed'] = bool(exc.details['changes'])
                raise
            done.extend((objects, entry) for entry, obj in outcomes)
            current, gone = self.current.get(objects.kind, ({}, set()))
            self.current[objects.kind] = (KindSet.after(current, outcomes), gone)
            self.remember({objects.kind: list(self.current[objects.kind][0].values())}, planned=True)
        if self.settings_changes:
            if self.check_mode:
                self.settings_current = self.settings.predict(self.settings_current, self.settings_changes)
            else:
                self.settings_current = self.settings.apply(self.settings_current, self.settings_changes)
        return done

    @staticmethod
    def changes(done):
        return [dict(item.identity_of_params(), kind=objects.kind.plural, action=change.action)
                for objects, (item, change) in done]

    # -- the task -------------------------------------------------------------------------------------

    def execute(self):
        self.read()
        before = self.config()
        if self.params['state'] == 'gathered':
            return dict(changed=False, changes=[], gathered=before)
        self.plan()
        done = self.apply()
        changes = self.changes(done)
        if self.settings_changes:
            changes.append(dict(kind=SETTINGS.plural, action='update'))
        return dict(changed=bool(changes), changes=changes, diff=dict(prepared=self.shown(before, done)))

    def config(self):
        """The team as the sets see it, in the shape of ``config``."""
        shape = dict((objects.kind.plural, objects.config_of(self.current.get(objects.kind, ({}, set()))[0]))
                     for objects in self.sets)
        if self.settings is not None:
            shape[SETTINGS.plural] = SETTINGS.to_config(self.settings_current or {})
        return shape

    def shown(self, before, done):
        """The plan per kind, for a reviewer: created, changed (with the fields that change), deleted."""
        lines = []
        for objects in self.sets:
            kind = objects.kind
            mine = [(item, change) for owner, (item, change) in done if owner is objects]
            if not mine:
                continue
            lines.append('%s:' % kind.plural)
            for item, change in sorted(mine, key=lambda entry: (entry[1].action, entry[0].shown_identity())):
                if change.action == 'update':
                    was = kind.to_config(change.current)
                    fields = ', '.join('%s: %s -> %s' % (field, shown_value(was.get(field)), shown_value(value))
                                       for field, value in sorted(kind.to_config(dict(change.current,
                                                                                      **change.fields)).items())
                                       if was.get(field) != value)
                    lines.append('  ~ %s (%s)' % (item.shown_identity(), fields or 'written again'))
                elif change.action == 'create':
                    fields = ', '.join('%s: %s' % (field, shown_value(value)) for field, value
                                       in sorted(change.fields.items()) if value not in (None, [], {}, '', False))
                    lines.append('  + %s%s' % (item.shown_identity(), ' (%s)' % fields if fields else ''))
                else:
                    lines.append('  - %s' % item.shown_identity())
        if self.settings_changes:
            lines.append('%s:' % SETTINGS.plural)
            was = before.get(SETTINGS.plural, {})
            lines.extend('  ~ %s: %s -> %s' % (field, shown_value(was.get(field)), shown_value(value))
                         for field, value in sorted(self.settings_changes[0].fields.items()))
        return '\n'.join(lines) + '\n' if lines else ''


def shown_value(value):
    if isinstance(value, (list, dict)):
        return repr(value)
    return str(value)
