# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""Internal to okta.asa: groups, the roles they grant their members, and their members (human or service users).

Members are managed only where the params list them (human members usually come from Okta). With
``purge_members`` false the listed members are added and the others kept; bulk ``replaced`` and ``overridden``
make every item exact (``exact``), so the listed members are then the whole membership."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

from ansible_collections.okta.asa.plugins.module_utils._client import AsaApiError
from ansible_collections.okta.asa.plugins.module_utils._common import AsaModuleError
from ansible_collections.okta.asa.plugins.module_utils._kind import Kind, each
from ansible_collections.okta.asa.plugins.module_utils._kinds import attributes
from ansible_collections.okta.asa.plugins.module_utils._kinds.service_user import ServiceUser
from ansible_collections.okta.asa.plugins.module_utils._kinds.user import User, caller

BUILT_IN = 'everyone'  # every team has it, and every user is in it


class Group(Kind):
    resource_key = 'group'
    plural = 'groups'
    options = dict(
        name=dict(type='str', required=True),
        roles=dict(type='list', elements='str', choices=['access_user', 'access_admin', 'reporting_user']),
        members=dict(type='list', elements='str'),
        purge_members=dict(type='bool', default=False),
        attributes=dict(type='dict'),
    )
    fields = ('roles', 'members', 'attributes')
    names = {'name': 'group'}
    list_path = 'groups'
    item_path = 'groups/{name}'
    members_path = 'groups/{name}/users'
    member_path = 'groups/{name}/users/{member}'
    attributes_path = 'groups/{name}/attributes'
    attribute_path = 'groups/{name}/attributes/{attribute_id}'
    key = {'name': 'name'}
    defaults = {'roles': []}  # members are managed only where a task lists them
    exact = {'purge_members': True}
    task_options = dict(force=dict(type='bool', default=False))

    def check_params(self):
        for member in self.params['members'] or []:
            if not member or member != member.strip() or any(ord(c) < 32 for c in member):
                raise AsaModuleError('members: %r is not a user name' % member)
        if self.params['attributes'] is not None:
            self.params['attributes'] = attributes.check(self.params['attributes'], attributes.GROUP)

    @classmethod
    def normalize(cls, field, value):
        if field == 'attributes':
            return dict(value or {})
        return sorted(set(value or []))  # roles and members: sets, in ASA's order or any other

    @classmethod
    def members_of(cls, client, name):
        """The names of a group's members, sorted."""
        return sorted(u['name'] for u in client.paginate(cls.path(client, cls.members_path, {'name': name})))

    def find(self):
        group = super(Group, self).find()
        if group is not None and self.params['members'] is not None:
            group['members'] = self.members_of(self.client, self.params['name'])
        if group is not None and self.params['attributes'] is not None:
            attributes.read_into(self, group)
        return group

    @classmethod
    def read_set(cls, client, context, items, everything):
        groups = list(super(Group, cls).read_set(client, context, items, everything))
        with_members = set(kind.params['name'] for kind in items if kind.params['members'] is not None)
        if everything and not items:  # the whole team as it is: every group's members and attributes
            with_members = set(group['name'] for group in groups)
        with_attributes = attributes.owners(cls, client, context, groups, items, everything)

        def details(group):  # a group's members and attributes, where its item manages them
            if group['name'] in with_members and not cls.gone(group):
                group['members'] = cls.members_of(client, group['name'])
            if group['name'] in with_attributes and not cls.gone(group):
                attributes.read_into(with_attributes[group['name']], group)
        each(details, groups)
        return groups

    @classmethod
    def protect(cls, client, context, deletions):
        kept = [entry for entry in deletions if entry[0].params['name'] != BUILT_IN]
        if not kept:
            return kept
        own = ServiceUser.authenticating(client, context, '%d group(s)' % len(kept))
        spared = [kind.params['name'] for kind, change in kept if own in cls.members_of(client, kind.params['name'])]
        if spared:
            context.warn('state=overridden spares group(s) %s: service user %r, which this task authenticates as, is '
                         'a member; list them in config to stop this warning' % (', '.join(spared), own))
        return [entry for entry in kept if entry[0].params['name'] not in spared]

    def additions(self, changes):
        """The users the planned writes add to the group."""
        return sorted(set(name for change in changes for name in change.fields.get('members', [])
                          if name not in (change.current or {}).get('members', [])))

    def check_references(self, changes):
        """Every user to add must exist, no attribute Okta manages changes, and the task keeps its own
        access_admin: before the first write."""
        self.check_attributes(changes)
        for name in self.additions(changes):
            if self.lookup(User, name) is None:
                self.missing('members: no user %r in the team (%s)' % (name, User.missing_hint))
        self.keep_own_access(self.client, self.context, [(self, change) for change in changes])

    @classmethod
    def prepare(cls, client, context, entries):
        kinds = [kind for kind, change in entries if kind.additions([change])]
        if kinds and context.cache.objects(User) is None:
            context.cache.remember(User, User.listed(client))  # one read of the team's users for all additions
        for kind in kinds:
            for name in kind.additions([change for other, change in entries if other is kind]):
                if kind.lookup(User, name) is None:
                    kind.missing('members: no user %r in the team (%s)' % (name, User.missing_hint))
        for kind, change in entries:
            kind.check_attributes([change])
        cls.keep_own_access(client, context, entries)

    def check_attributes(self, changes):
        for change in changes:
            if change.action == 'update' and 'attributes' in change.fields:
                attributes.differ(self.listed, self.params['attributes'], 'group %r' % self.params['name'])

    @staticmethod
    def takes_admin(change, name):
        """Whether a planned write takes access_admin from user ``name`` through this group."""
        fields = change.fields
        return change.action == 'delete' or ('roles' in fields and 'access_admin' not in fields['roles']) or \
            ('members' in fields and name not in fields['members'])

    @classmethod
    def keep_own_access(cls, client, context, entries):
        """Refuse, before any write and in check mode too, writes that remove the last group through which the
        task's own identity has access_admin (every later write would get 403), unless the task sets force."""
        risky = [(kind, change) for kind, change in entries
                 if change.action in ('update', 'delete') and 'access_admin' in (change.current or {}).get('roles', [])]
        if not risky:
            return
        name, own_roles, groups = caller(client, context)
        paths = set(group for group, roles in groups.items() if 'access_admin' in roles)
        if 'access_admin' in own_roles or not paths:
            return  # an admin by its own grant, or through nothing this task can take away
        lost = sorted(kind.params['name'] for kind, change in risky
                      if kind.params['name'] in paths and cls.takes_admin(change, name))
        if set(paths) - set(lost):
            return
        message = ('this change takes access_admin from %r, the user this task authenticates as: it has that role only '
                   'through group(s) %s, which the change %s' % (name, ', '.join(lost), 'would strip or delete'))
        if context.options.get('force'):
            context.warn('%s; force=true lets it go ahead' % message)
            return
        raise AsaModuleError('%s, and every later write of the automation would fail with 403. Keep it a member of a '
                             'group with access_admin, or set force=true' % message)

    def wanted(self, current):
        wanted = super(Group, self).wanted(current)
        if 'members' in wanted and not self.params['purge_members'] and current is not None:
            wanted['members'] = self.normalize('members', wanted['members'] + current.get('members', []))
        if 'attributes' in wanted and current is not None:
            wanted['attributes'] = dict(current.get('attributes', {}), **wanted['attributes'])  # only those listed
        return wanted

    def create_body(self, wanted):
        return {'name': self.params['name'], 'roles': wanted.get('roles', [])}

    def create(self, wanted):
        group = super(Group, self).create(wanted)
        if 'members' in wanted:
            group['members'] = []
            group = self.update(group, {'members': wanted['members']})
        if 'attributes' in wanted:  # ASA gives a new group its attributes; the task's are set on them
            self.listed = attributes.read(self)
            group = self.update(dict(group, attributes=attributes.values(self.listed)),
                                {'attributes': dict(attributes.values(self.listed), **wanted['attributes'])})
        return group

    def update(self, current, changes):
        if 'roles' in changes:
            self.client.put(self.path_of(self.item_path), {'roles': changes['roles']})
        if 'members' in changes:
            self.change_members(current, changes['members'])
        if 'attributes' in changes:
            attributes.write(self, self.listed, attributes.differ(self.listed, changes['attributes'],
                                                                  'group %r' % self.params['name']))
        return self.build(current, changes)

    def change_members(self, current, members):
        have = set(current.get('members', []))
        if current.get('federated_from_team'):
            raise AsaModuleError('the members of group %r are managed in team %r, which it is federated from: change '
                                 'them there (its roles can change here)' % (self.params['name'],
                                                                             current['federated_from_team']))
        for name in sorted(set(members) - have):
            try:
                self.client.post(self.path_of(self.members_path), {'name': name})
            except AsaApiError as exc:
                if exc.status == 404:
                    raise AsaModuleError('members: no user %r in the team (create a service user first with '
                                         'okta.asa.asa_service_user; human users come from Okta)' % name)
                if exc.status in (400, 409):  # a 403 is the caller's missing role: its own hint says so
                    raise self.managed_elsewhere(exc)
                raise
        for name in sorted(have - set(members)):
            try:
                self.client.delete(self.path_of(self.member_path, {'member': name}))
            except AsaApiError as exc:
                if exc.status in (400, 409):
                    raise self.managed_elsewhere(exc)
                raise

    def managed_elsewhere(self, exc):
        return AsaModuleError('ASA refused to change the members of group %r: a group synced from Okta (SCIM) or '
                              'federated from another team has its members managed there, so change them in Okta; '
                              'its roles can change here (ASA said: %s)' % (self.params['name'], exc.message),
                              status=exc.status, error_code=exc.code)

    def build(self, current, changes):
        after = dict(current or {'name': self.params['name'], 'roles': [], 'deleted_at': None,
                                 'federated_from_team': None, 'federation_approved_at': None})
        after.update(changes)
        return after
