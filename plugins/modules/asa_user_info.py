#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: asa_user_info
short_description: List Okta ASA users
version_added: 0.1.0
description:
  - Read the users of an Okta Advanced Server Access (ASA) team, one by name or many by filter, optionally with
    their attributes.
  - "Requests: one C(GET) per page of 100 users (one in all with O(name)), and with O(attributes) one C(GET) per
    user; plus one token request unless O(bearer_token) is given."
  - "Role: C(access_user), C(access_admin) or C(reporting_user)."
author:
  - okta.asa maintainers (@okta-asa)
options:
  name:
    description: Return only the user of this name (an empty list when there is none).
    type: str
  status:
    description: Return only users in these statuses (filtered by ASA). Default, V(ACTIVE) and V(DISABLED).
    type: list
    elements: str
    choices: [ACTIVE, DISABLED, DELETED]
  contains:
    description: Return only the users whose name contains this text.
    type: str
  starts_with:
    description: Return only the users whose name starts with this text.
    type: str
  include_service_users:
    description: Return service users too (by default only human users).
    type: bool
    default: false
  attributes:
    description: Add C(attributes), each user's attributes by name.
    type: bool
    default: false
extends_documentation_fragment:
  - okta.asa.connection
  - okta.asa.attributes.info
'''

EXAMPLES = r'''
- name: Every human user and the Unix name each gets on servers
  okta.asa.asa_user_info:
    attributes: true
  register: people
'''

RETURN = r'''
users:
  description: The users found, in the API's order.
  returned: always
  type: list
  elements: dict
  sample:
    - attributes: {unix_gid: 4100, unix_uid: 4100, unix_user_name: jcompson, windows_user_name: jason.compson}
      id: 03832a9e-c09c-4200-bf05-32dde35de011
      name: jason.compson
      status: ACTIVE
      user_type: human
'''

from ansible_collections.okta.asa.plugins.module_utils._base import AsaInfoModule
from ansible_collections.okta.asa.plugins.module_utils._kinds import attributes
from ansible_collections.okta.asa.plugins.module_utils._kinds.user import User


class UserInfoModule(AsaInfoModule):
    kind = User
    options = dict(
        name=dict(type='str'),
        status=dict(type='list', elements='str', choices=['ACTIVE', 'DISABLED', 'DELETED']),
        contains=dict(type='str'),
        starts_with=dict(type='str'),
        include_service_users=dict(type='bool', default=False),
        attributes=dict(type='bool', default=False),
    )
    names = {'name': 'path'}

    def read(self):
        params = self.params
        statuses = params['status'] or ['ACTIVE', 'DISABLED']
        if params['name']:
            found = [u for u in self.visible([self.client.get(self.path(User.item_path, name=params['name']),
                                                              missing_ok=True)])
                     if u.get('status') in statuses and (params['include_service_users'] or u.get('user_type') != 'service')
                     and (params['contains'] or '') in u['name'] and u['name'].startswith(params['starts_with'] or '')]
        else:
            found = self.visible(self.client.list(self.path(User.list_path), {
                'status': ','.join(statuses), 'contains': params['contains'], 'starts_with': params['starts_with'],
                'include_service_users': 'true' if params['include_service_users'] else None}))
        if params['attributes']:
            for user in found:
                user['attributes'] = attributes.values(attributes.read(User(self.client, user, self.context)))
        return found


def main():
    UserInfoModule.main()


if __name__ == '__main__':
    main()
