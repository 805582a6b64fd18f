#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: asa_client_info
short_description: List Okta ASA clients
version_added: 0.1.0
description:
  - Read the clients (enrolled devices) of an Okta Advanced Server Access (ASA) team.
  - "Requests: one C(GET) per page of 100 clients, plus one token request unless O(bearer_token) is given."
  - "Role: C(access_user), C(access_admin) or C(reporting_user)."
author:
  - okta.asa maintainers (@okta-asa)
options:
  user_name:
    description:
      - Return only the clients of this ASA user. An empty string returns the unassigned clients.
    type: str
  state:
    description: Return only clients in this state.
    type: str
    choices: [ACTIVE, PENDING, DELETED]
  all:
    description:
      - Return the clients of every user of the team.
      - Defaults to V(true) unless O(user_name) is set. With V(false) and no O(user_name), ASA returns the clients
        of the user that calls the API, which for a service user is none.
    type: bool
extends_documentation_fragment:
  - okta.asa.connection
  - okta.asa.attributes.info
'''

EXAMPLES = r'''
- name: Clients waiting for approval
  okta.asa.asa_client_info:
    team: acme
    state: PENDING
  register: pending

- name: Approve each of them
  okta.asa.asa_client:
    team: acme
    id: "{{ item.id }}"
  loop: "{{ pending.clients }}"

- name: Devices of one user
  okta.asa.asa_client_info:
    team: acme
    user_name: jason.compson
  register: jason
'''

RETURN = r'''
clients:
  description: The clients found.
  returned: always
  type: list
  elements: dict
  sample:
    - deleted_at: null
      description: Work laptop
      encrypted: true
      hostname: LightInAugust
      id: 9c199afe-0ca5-427a-baac-c4341707d82b
      os: macOS 14.1
      state: PENDING
      user_name: jason.compson
'''

from ansible_collections.okta.asa.plugins.module_utils._base import AsaInfoModule
from ansible_collections.okta.asa.plugins.module_utils._kinds.client import Client


class ClientInfoModule(AsaInfoModule):
    kind = Client
    options = dict(
        user_name=dict(type='str'),
        state=dict(type='str', choices=['ACTIVE', 'PENDING', 'DELETED']),
        all=dict(type='bool'),
    )

    def read(self):
        params = self.params
        everyone = params['all'] if params['all'] is not None else params['user_name'] is None
        query = {'state': params['state']}
        if everyone:
            query['all'] = 'true'
        if params['user_name'] is not None:
            query['username'] = params['user_name']
        return self.visible(self.client.list(self.path(Client.list_path), query))


def main():
    ClientInfoModule.main()


if __name__ == '__main__':
    main()
