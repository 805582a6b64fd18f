#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: asa_group
short_description: Manage Okta ASA groups, their roles and their members
version_added: 0.1.0
description:
  - Create, update and delete the groups of an Okta Advanced Server Access (ASA) team, with the O(roles) they grant
    their members and, optionally, the O(members) themselves (human or service users).
  - A service user gets its API permissions from the roles of its groups, and server access from the projects its
    groups are added to (M(okta.asa.asa_project_group)).
  - The members of a group synced from Okta by SCIM, or federated from another team, are managed there; a task that
    would change them fails with a message saying so, before any write. Their O(roles) can still change.
  - "Requests per task: one C(GET) of the group, and one C(GET) per page of 100 members when O(members) is set (plus
    one token request unless O(bearer_token) is given); a change adds one C(POST) or C(PUT) for the group and one
    C(POST) or C(DELETE) per member added or removed."
  - "Role: reading needs C(access_user), C(access_admin) or C(reporting_user); changes need C(access_admin)."
author:
  - okta.asa maintainers (@okta-asa)
options:
  name:
    description: Name of the group.
    type: str
    required: true
  roles:
    description:
      - The roles the group grants its members. When set, exactly these (ASA's order does not matter).
      - V(access_admin) may change ASA; V(access_user) and V(reporting_user) may read it.
    type: list
    elements: str
    choices: [access_user, access_admin, reporting_user]
  members:
    description:
      - Names of users (human or service) who must be members. Unset, members are not managed.
      - With O(purge_members=false) the listed users are added and other members are kept.
    type: list
    elements: str
  purge_members:
    description: Also remove the members that O(members) does not list.
    type: bool
    default: false
extends_documentation_fragment:
  - okta.asa.connection
  - okta.asa.attributes
  - okta.asa.state
'''

EXAMPLES = r'''
- name: A group whose members may change ASA, with the deploy bot in it
  okta.asa.asa_group:
    name: automation
    roles: [access_admin]
    members: [deploy-bot]

- name: Exactly these members, nobody else
  okta.asa.asa_group:
    name: web-admins
    roles: [access_user]
    members: [jason.compson, quentin.compson]
    purge_members: true

- name: Remove the group from the team and from every project
  okta.asa.asa_group:
    name: web-admins
    state: absent
'''

RETURN = r'''
group:
  description:
    - The group as it now stands (as it would in check mode); V({}) when absent.
    - With O(members) set, C(members) is the full membership (user names, sorted).
  returned: always
  type: dict
  sample:
    deleted_at: '0001-01-01T00:00:00Z'
    federated_from_team: null
    federation_approved_at: null
    id: 57bc138b-63c2-4351-98d0-d72d8d6c1b74
    members: [deploy-bot]
    name: automation
    roles: [access_admin]
'''

from ansible_collections.okta.asa.plugins.module_utils._base import AsaEntityModule, AsaModuleError
from ansible_collections.okta.asa.plugins.module_utils._client import AsaApiError


class GroupModule(AsaEntityModule):
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
    deleted_name = 'group %(name)r was deleted, and ASA does not reuse the name of a deleted group: choose another name'

    def check_params(self):
        for member in self.params['members'] or []:
            if not member or member != member.strip() or any(ord(c) < 32 for c in member):
                raise AsaModuleError('members: %r is not a user name' % member)

    def normalize(self, field, value):
        return sorted(set(value or []))  # roles and members: sets, in ASA's order or any other

    def find(self):
        group = super(GroupModule, self).find()
        if group is not None and self.params['members'] is not None:
            group['members'] = sorted(u['name'] for u in self.client.paginate(self.path_of('groups/{name}/users')))
        return group

    def wanted(self, current):
        wanted = super(GroupModule, self).wanted(current)
        if 'members' in wanted and not self.params['purge_members'] and current is not None:
            wanted['members'] = self.normalize('members', wanted['members'] + current.get('members', []))
        return wanted

    def create_body(self, wanted):
        return {'name': self.params['name'], 'roles': wanted.get('roles', [])}

    def create(self, wanted):
        group = super(GroupModule, self).create(wanted)
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


def main():
    GroupModule.main()


if __name__ == '__main__':
    main()
