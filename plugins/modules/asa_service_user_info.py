#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: asa_service_user_info
short_description: List Okta ASA service users
version_added: 0.1.0
description:
  - Read the service users of an Okta Advanced Server Access (ASA) team, one by name or many by filter.
  - "Requests: one C(GET) per page of 100 users (one in all with O(name)), plus one token request unless
    O(bearer_token) is given."
  - "Role: the service user the task authenticates as needs C(access_admin) (granted through one of its groups),
    for reading as well as for writing."
author:
  - okta.asa maintainers (@okta-asa)
options:
  name:
    description: Return only the service user of this name (an empty list when there is none).
    type: str
  status:
    description: Return only users with these statuses. The API's default is V(ACTIVE) and V(DISABLED).
    type: list
    elements: str
    choices: [ACTIVE, DISABLED, DELETED]
  contains:
    description: Return only users whose name contains this text.
    type: str
  starts_with:
    description: Return only users whose name starts with this text.
    type: str
extends_documentation_fragment:
  - okta.asa.connection
  - okta.asa.attributes.info
'''

EXAMPLES = r'''
- name: List the team's service users
  okta.asa.asa_service_user_info:
    team: acme
  register: all_users

- name: Find the disabled bots
  okta.asa.asa_service_user_info:
    team: acme
    status: [DISABLED]
    starts_with: bot-
  register: disabled_bots

- name: Fetch one by name
  okta.asa.asa_service_user_info:
    team: acme
    name: deploy-bot
  register: deploy_bot
'''

RETURN = r'''
service_users:
  description: The service users found, in the API's order.
  returned: always
  type: list
  elements: dict
  sample:
    - deleted_at: null
      details: null
      id: aa225c16-af6e-4ab4-9150-456fd472e2d7
      name: deploy-bot
      oauth_client_application_id: null
      role_grants: null
      status: ACTIVE
      user_type: service
'''

from ansible_collections.okta.asa.plugins.module_utils._base import AsaInfoModule
from ansible_collections.okta.asa.plugins.module_utils._kinds.service_user import ServiceUser


class ServiceUserInfoModule(AsaInfoModule):
    kind = ServiceUser
    options = dict(
        name=dict(type='str'),
        status=dict(type='list', elements='str', choices=['ACTIVE', 'DISABLED', 'DELETED']),
        contains=dict(type='str'),
        starts_with=dict(type='str'),
    )
    names = {'name': 'path'}

    def read(self):
        client, params = self.client, self.params
        if not params['name']:
            return self.visible(client.list(self.path(ServiceUser.list_path), {
                'status': ','.join(params['status']) if params['status'] else None,
                'contains': params['contains'], 'starts_with': params['starts_with']}))
        user = client.get(self.path(ServiceUser.item_path, name=params['name']), missing_ok=True)
        statuses = params['status'] or ['ACTIVE', 'DISABLED']
        return [u for u in self.visible([user]) if u.get('status') in statuses and (params['contains'] or '') in u['name']
                and u['name'].startswith(params['starts_with'] or '')]


def main():
    ServiceUserInfoModule.main()


if __name__ == '__main__':
    main()
