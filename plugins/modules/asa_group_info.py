#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: asa_group_info
short_description: List Okta ASA groups
version_added: 0.1.0
description:
  - Read the groups of an Okta Advanced Server Access (ASA) team, one by name or many by filter, optionally with
    their members. Deleted groups are left out.
  - "Requests: one C(GET) per page of 100 groups (one in all with O(name)), and with O(members) one C(GET) per page
    of 100 members of each group; plus one token request unless O(bearer_token) is given."
  - "Role: C(access_user), C(access_admin) or C(reporting_user)."
author:
  - okta.asa maintainers (@okta-asa)
options:
  name:
    description: Return only the group of this name (an empty list when there is none).
    type: str
  contains:
    description: Return only the groups whose name contains this text (filtered by ASA).
    type: str
  members:
    description: Add C(members), the names of each group's users.
    type: bool
    default: false
extends_documentation_fragment:
  - okta.asa.connection
  - okta.asa.attributes.info
'''

EXAMPLES = r'''
- name: Every group with "web" in its name, with members
  okta.asa.asa_group_info:
    contains: web
    members: true
  register: web_groups
'''

RETURN = r'''
groups:
  description: The groups found, in the API's order.
  returned: always
  type: list
  elements: dict
  sample:
    - deleted_at: '0001-01-01T00:00:00Z'
      federated_from_team: null
      federation_approved_at: null
      id: 57bc138b-63c2-4351-98d0-d72d8d6c1b74
      members: [deploy-bot]
      name: automation
      roles: [access_admin]
'''

from ansible_collections.okta.asa.plugins.module_utils._base import AsaInfoModule
from ansible_collections.okta.asa.plugins.module_utils._kinds.group import Group


class GroupInfoModule(AsaInfoModule):
    kind = Group
    options = dict(name=dict(type='str'), contains=dict(type='str'), members=dict(type='bool', default=False))
    names = {'name': 'group'}

    def read(self):
        params = self.params
        if params['name']:
            found = [Group.named(self.client, params['name'])]
        else:
            found = self.client.list(self.path(Group.list_path), {'contains': params['contains']})
        groups = [g for g in self.visible(found) if (params['contains'] or '') in g['name']]
        if params['members']:
            for group in groups:
                group['members'] = Group.members_of(self.client, group['name'])
        return groups


def main():
    GroupInfoModule.main()


if __name__ == '__main__':
    main()
