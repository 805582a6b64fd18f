# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""Internal to okta.asa (not a public API; it may change in any release): one description per kind of ASA object
that a singular module and a bulk module both manage (paths, identity, fields, how ASA normalises them, and the
writes), so that the two never hold two copies of one comparison."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

import re

from ansible_collections.okta.asa.plugins.module_utils._base import AsaModuleError, Entity, is_deleted, require_uuid
from ansible_collections.okta.asa.plugins.module_utils._client import AsaApiError
from ansible_collections.okta.asa.plugins.module_utils._entitlement import (
    FIELDS as ENTITLEMENT_FIELDS,
    command_problems,
    normalize as normalize_entitlement,
    request_body,
)

UID_RE = re.compile(r'^[0-9]{1,10}$')  # ASCII digits only: str.isdigit() also takes fullwidth and superscript digits
MAX_UID = 4294967294  # the largest UID a Linux server can give a user (2^32 - 1 is reserved)
PROJECT_GROUP_FLAGS = ('server_access', 'server_admin', 'create_server_group')


class ServiceUser(Entity):
    resource_key = 'service_user'
    options = dict(
        name=dict(type='str', required=True),
        status=dict(type='str', choices=['ACTIVE', 'DISABLED'], default='ACTIVE'),
    )
    fields = ('status',)
    names = {'name': 'path'}
    collection = 'service_users'
    item = 'service_users/{name}'
    key = {'name': 'name'}
    defaults = {'status': 'ACTIVE'}
    deleted_name = 'service user %(name)r was deleted, and ASA never reuses a deleted name: choose another name'

    def create_body(self, wanted):
        return {'name': self.params['name']}  # the POST takes only the name; the status is set by a PUT

    def create(self, wanted):
        user = super(ServiceUser, self).create(wanted)
        if wanted.get('status', user.get('status')) != user.get('status'):
            user = self.update(user, {'status': wanted['status']})
        return user

    def update_body(self, current, changes):
        return dict(current, **changes)  # the PUT takes the whole user

    def delete(self, current):
        self.update(current, {'status': 'DELETED'})  # ASA never removes a service user

    def build(self, current, changes):
        base = current or {'name': self.params['name'], 'user_type': 'service', 'deleted_at': None, 'status': 'ACTIVE'}
        return super(ServiceUser, self).build(base, changes)


class SudoEntitlement(Entity):
    resource_key = 'sudo_entitlement'
    options = dict(
        name=dict(type='str', required=True),
        description=dict(type='str'),
        structured_commands=dict(type='list', elements='dict', options=dict(
            command=dict(type='str', required=True),
            command_type=dict(type='str', required=True, choices=['executable', 'directory', 'raw']),
            args_type=dict(type='str', choices=['none', 'any', 'custom']),
            args=dict(type='str'),
        )),
        add_env=dict(type='list', elements='str'),
        sub_env=dict(type='list', elements='str'),
        opt_no_exec=dict(type='bool'),
        opt_no_passwd=dict(type='bool', no_log=False),  # a sudo flag, not a secret (silences Ansible's no_log warning)
        opt_run_as=dict(type='str'),
        opt_set_env=dict(type='bool'),
    )
    fields = ENTITLEMENT_FIELDS
    names = {'name': 'text'}
    collection = 'entitlements/sudo'
    item = 'entitlements/sudo/{id}'
    identity = {'name': 'name'}  # no GET by name: the list is paged until the name is found
    key = {'name': 'name'}
    defaults = dict((field, normalize_entitlement(field, None)) for field in ENTITLEMENT_FIELDS)

    def check_params(self):
        problems = command_problems(self.params['structured_commands'])
        if problems:
            raise AsaModuleError('; '.join(problems))

    def normalize(self, field, value):
        return normalize_entitlement(field, value)

    def to_config(self, obj):
        item = super(SudoEntitlement, self).to_config(obj)
        # Ready to paste into config: a command leaves out what does not apply to it (None).
        item['structured_commands'] = [dict((k, v) for k, v in cmd.items() if v is not None)
                                       for cmd in item.get('structured_commands', [])]
        return item

    def build(self, current, changes):
        after = dict(current or {})
        after.update(request_body(self.params['name'], dict(current or {}, **changes)))
        return after

    def create_body(self, wanted):
        return request_body(self.params['name'], wanted)

    def update_body(self, current, changes):
        return request_body(self.params['name'], self.build(current, changes))  # every field, every time

    def delete(self, current):
        try:
            super(SudoEntitlement, self).delete(current)
        except AsaApiError as exc:
            if exc.status in (400, 409) and 'assign' in (exc.message or '').lower():
                raise AsaModuleError('sudo entitlement %r is still assigned to a project, and ASA deletes only '
                                     'unassigned entitlements: remove it from the project first (ASA said: %s)'
                                     % (self.params['name'], exc.message), status=exc.status, error_code=exc.code)
            raise


class Service(Entity):
    """A service is all identity: it is created or deleted, never updated."""

    resource_key = 'service'
    options = dict(
        project=dict(type='str', required=True),
        server_id=dict(type='str', required=True),
        service_user=dict(type='str', required=True),
        server_uid=dict(type='str', required=True),
        allow_root_uid=dict(type='bool', default=False),
    )
    operations = ('create', 'delete')
    names = {'project': 'path', 'service_user': 'path'}
    collection = 'projects/{project}/servers/{server_id}/services'
    item = 'projects/{project}/servers/{server_id}/services/{id}'
    identity = {'service_user': 'service_user_name', 'server_uid': 'server_uid'}
    key = {'project': 'project', 'server_id': 'server_id', 'service_user': 'service_user_name',
           'server_uid': 'server_uid'}

    def check_params(self):
        require_uuid(self.params, 'server_id')
        uid = self.params['server_uid']
        if not UID_RE.fullmatch(uid) or int(uid) > MAX_UID:
            raise AsaModuleError('server_uid %r is not a UID: it must be a number from 1 to %d, such as 9001'
                                 % (uid, MAX_UID))
        if int(uid) == 0 and not self.params['allow_root_uid']:
            raise AsaModuleError('server_uid 0 is root: a service that logs in as root needs allow_root_uid=true')
        self.params['server_uid'] = str(int(uid))

    def find(self):
        try:
            return super(Service, self).find()
        except AsaApiError as exc:
            if exc.status != 404:
                raise
        self.missing_server()

    def missing_server(self):
        """Raise the error that says which of project and server does not exist."""
        project = self.client.get(self.path_of('projects/{project}'), missing_ok=True)
        if not project or is_deleted(project):
            raise AsaModuleError('project %r not found in team %r: check the project option'
                                 % (self.params['project'], self.client.team))
        raise AsaModuleError('server %s not found in project %r: check server_id (the server may be in another '
                             'project, or deleted)' % (self.params['server_id'], self.params['project']))

    def service_user_id(self):
        """The id of the service user, from the list a bulk task read once (``cache``), or by a GET."""
        known = (self.cache or {}).get('service_user_ids')
        if known is None:
            user = self.client.get(self.path_of('service_users/{service_user}'), missing_ok=True)
            known = {self.params['service_user']: user['id']} if user and not is_deleted(user) else {}
        if self.params['service_user'] not in known:
            raise AsaModuleError('service user %r not found: create it first with okta.asa.asa_service_user'
                                 % self.params['service_user'])
        return known[self.params['service_user']]

    def build(self, current, changes):
        # Resolving the user in check mode too gives the same errors and the same result as a real run.
        return {'server_id': self.params['server_id'], 'server_uid': self.params['server_uid'],
                'service_user_id': self.service_user_id(), 'service_user_name': self.params['service_user']}

    def create_body(self, wanted):
        return {'server_uid': self.params['server_uid'], 'service_user_id': self.service_user_id()}

    def create(self, wanted):
        created = super(Service, self).create(wanted)
        return dict(created, service_user_name=self.params['service_user'])  # the answer has only the ids


class Group(Entity):
    resource_key = 'group'
    options = dict(
        name=dict(type='str', required=True),
        roles=dict(type='list', elements='str', choices=['access_user', 'access_admin', 'reporting_user']),
        members=dict(type='list', elements='str'),
        purge_members=dict(type='bool', default=False),
    )
    fields = ('roles', 'members')
    names = {'name': 'group'}
    collection = 'groups'
    item = 'groups/{name}'
    key = {'name': 'name'}
    defaults = {'roles': []}  # members are managed only where a task lists them (human members come from Okta)
    deleted_name = 'group %(name)r was deleted, and ASA does not reuse the name of a deleted group: choose another name'

    def check_params(self):
        for member in self.params['members'] or []:
            if not member or member != member.strip() or any(ord(c) < 32 for c in member):
                raise AsaModuleError('members: %r is not a user name' % member)

    def normalize(self, field, value):
        return sorted(set(value or []))  # roles and members: sets, in ASA's order or any other

    def find(self):
        group = super(Group, self).find()
        if group is not None and self.params['members'] is not None:
            group['members'] = self.members()
        return group

    def members(self):
        return sorted(u['name'] for u in self.client.paginate(self.path_of('groups/{name}/users')))

    def wanted(self, current):
        wanted = super(Group, self).wanted(current)
        if 'members' in wanted and not self.params['purge_members'] and current is not None:
            wanted['members'] = self.normalize('members', wanted['members'] + current.get('members', []))
        return wanted

    def create_body(self, wanted):
        return {'name': self.params['name'], 'roles': wanted.get('roles', [])}

    def create(self, wanted):
        group = super(Group, self).create(wanted)
        if 'members' in wanted:
            group['members'] = []
            group = self.update(group, {'members': wanted['members']})
        return group

    def update(self, current, changes):
        if 'roles' in changes:
            self.client.put(self.path_of(self.item), {'roles': changes['roles']})
        if 'members' in changes:
            self.change_members(current, changes['members'])
        return self.build(current, changes)

    def change_members(self, current, members):
        have = set(current.get('members', []))
        if current.get('federated_from_team'):
            raise AsaModuleError('the members of group %r are managed in team %r, which it is federated from: change '
                                 'them there (its roles can change here)' % (self.params['name'],
                                                                             current['federated_from_team']))
        for name in sorted(set(members) - have):
            try:
                self.client.post(self.path_of('groups/{name}/users'), {'name': name})
            except AsaApiError as exc:
                if exc.status == 404:
                    raise AsaModuleError('members: no user %r in the team (create a service user first with '
                                         'okta.asa.asa_service_user; human users come from Okta)' % name)
                if exc.status in (400, 403, 409):
                    raise self.managed_elsewhere(exc)
                raise
        for name in sorted(have - set(members)):
            try:
                self.client.delete(self.path_of('groups/{name}/users/{member}', {'member': name}))
            except AsaApiError as exc:
                if exc.status in (400, 403, 409):
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


class ProjectGroup(Entity):
    resource_key = 'project_group'
    options = dict(
        project=dict(type='str', required=True),
        group=dict(type='str', required=True),
        server_access=dict(type='bool'),
        server_admin=dict(type='bool'),
        create_server_group=dict(type='bool'),
        servers_selector=dict(type='str'),
    )
    fields = PROJECT_GROUP_FLAGS + ('servers_selector',)
    names = {'project': 'path', 'group': 'group'}
    collection = 'projects/{project}/groups'
    item = 'projects/{project}/groups/{group}'
    key = {'project': 'project', 'group': 'group'}
    defaults = dict([(flag, False) for flag in PROJECT_GROUP_FLAGS] + [('servers_selector', '')])

    def normalize(self, field, value):
        if field == 'servers_selector':
            return value or None  # ASA has no selector as null; "" removes it
        return bool(value)

    def create_body(self, wanted):
        body = dict((flag, False) for flag in PROJECT_GROUP_FLAGS)  # false booleans are sent (NOTES.md)
        body.update(wanted, group=self.params['group'], name=self.params['group'])
        return body

    def create(self, wanted):
        body = self.create_body(wanted)
        self.client.post(self.path_of(self.collection), body, reconcile=self.find)  # 204, no body
        return self.build(None, body)

    def update_body(self, current, changes):
        # A PUT replaces what it names: the current writable fields, merged with the changes.
        after = dict(current, **changes)
        body = dict((field, after.get(field)) for field in self.fields)
        body.update(group=self.params['group'], name=self.params['group'])
        return body

    def build(self, current, changes):
        after = dict(current or {'project': self.params['project'], 'group': self.params['group'],
                                 'name': self.params['group'], 'deleted_at': None, 'removed_at': None,
                                 'servers_selector': None})
        if current is None:
            after.update((flag, False) for flag in PROJECT_GROUP_FLAGS)
        after.update(changes)
        return after
