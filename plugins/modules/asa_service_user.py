#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: asa_service_user
short_description: Manage Okta ASA service users
version_added: 0.1.0
description:
  - Create, disable, re-enable and delete service users of an Okta Advanced Server Access (ASA) team.
  - ASA cannot remove a service user. O(state=absent) sets its status to V(DELETED); a deleted name can never be
    used again.
  - "Requests per task: with nothing to change, one C(GET) (plus one token request unless O(bearer_token) is
    given). Creating adds one C(POST), and one C(PUT) when O(status=DISABLED); a status change or deletion is one
    C(PUT)."
  - "Role: the service user the task authenticates as needs C(access_admin) (granted through one of its groups),
    for reading as well as for writing."
author:
  - okta.asa maintainers (@okta-asa)
options:
  name:
    description: Name of the service user.
    type: str
    required: true
  status:
    description:
      - Status of the service user. A V(DISABLED) user keeps its keys but cannot get tokens.
    type: str
    choices: [ACTIVE, DISABLED]
    default: ACTIVE
  state:
    description:
      - V(present) creates the user (or sets its O(status)); V(absent) deletes it (status V(DELETED)).
    type: str
    choices: [present, absent]
    default: present
extends_documentation_fragment:
  - okta.asa.connection
  - okta.asa.attributes
'''

EXAMPLES = r'''
- name: Ensure the deploy bot service user exists
  okta.asa.asa_service_user:
    team: acme
    key_id: "{{ asa_key_id }}"
    key_secret: "{{ asa_key_secret }}"
    name: deploy-bot

- name: Disable it while the pipeline is frozen (connection options from module_defaults)
  module_defaults:
    group/okta.asa.asa:
      team: acme
      bearer_token: "{{ asa_token }}"
  okta.asa.asa_service_user:
    name: deploy-bot
    status: DISABLED

- name: Delete it for good (the name cannot be reused afterwards)
  okta.asa.asa_service_user:
    name: deploy-bot
    state: absent
'''

RETURN = r'''
service_user:
  description: The service user as it now stands (as it would in check mode); V({}) when absent.
  returned: always
  type: dict
  sample:
    deleted_at: null
    details: null
    id: aa225c16-af6e-4ab4-9150-456fd472e2d7
    name: deploy-bot
    oauth_client_application_id: null
    role_grants: null
    status: ACTIVE
    user_type: service
'''

from ansible_collections.okta.asa.plugins.module_utils._base import AsaKindModule
from ansible_collections.okta.asa.plugins.module_utils._kinds.service_user import ServiceUser


class ServiceUserModule(AsaKindModule):
    kind = ServiceUser


def main():
    ServiceUserModule.main()


if __name__ == '__main__':
    main()
