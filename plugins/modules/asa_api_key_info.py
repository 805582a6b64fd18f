#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: asa_api_key_info
short_description: List the API keys of an Okta ASA service user
version_added: 0.1.0
description:
  - Read the API keys of a service user of an Okta Advanced Server Access (ASA) team. Secrets are never returned
    (ASA only shows a secret once, to the call that created the key).
  - "Requests: one C(GET) per page of 100 keys, plus one token request unless O(bearer_token) is given."
  - "Role: the service user the task authenticates as needs C(access_admin) (granted through one of its groups),
    for reading as well as for writing."
author:
  - okta.asa maintainers (@okta-asa)
options:
  service_user:
    description: Name of the service user.
    type: str
    required: true
extends_documentation_fragment:
  - okta.asa.connection
  - okta.asa.attributes.info
'''

EXAMPLES = r'''
- name: List deploy-bot's keys
  okta.asa.asa_api_key_info:
    team: acme
    service_user: deploy-bot
  register: keys

- name: Show the keys that will expire
  ansible.builtin.debug:
    msg: "{{ keys.api_keys | rejectattr('expires_at', 'match', '^0001-') | rejectattr('expires_at', 'none') | list }}"
'''

RETURN = r'''
api_keys:
  description: The service user's keys. C(expires_at) null or V(0001-01-01T00:00:00Z) means the key never expires.
  returned: always
  type: list
  elements: dict
  sample:
    - id: c6de9d40-1e6c-4033-88cb-992367d162eb
      issued_at: '2026-11-23T02:00:00Z'
      expires_at: '0001-01-01T00:00:00Z'
      last_used: null
'''

from ansible_collections.okta.asa.plugins.module_utils._base import AsaInfoModule
from ansible_collections.okta.asa.plugins.module_utils._kinds.api_key import ApiKey


class ApiKeyInfoModule(AsaInfoModule):
    kind = ApiKey
    options = dict(service_user=dict(type='str', required=True))
    names = {'service_user': 'path'}

    def read(self):
        return self.visible(ApiKey.of_user(self.client, self.params['service_user']))


def main():
    ApiKeyInfoModule.main()


if __name__ == '__main__':
    main()
