#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: asa_client
short_description: Approve, assign and revoke Okta ASA clients
version_added: 0.1.0
description:
  - Approve or assign an Okta Advanced Server Access (ASA) client (a user's enrolled device), or revoke it.
  - Clients enroll from the device itself (C(sft enroll)); this module cannot create one, so a missing client is
    an error with O(state=active).
  - A revoked client (state C(DELETED)) counts as absent, and cannot be approved again.
  - "Requests per task: one C(GET) (plus one token request unless O(bearer_token) is given) when nothing changes;
    a change adds one C(PUT) or C(DELETE)."
  - "Role: approving, assigning and revoking need C(access_admin)."
author:
  - okta.asa maintainers (@okta-asa)
options:
  id:
    description: ID (UUID) of the client.
    type: str
    required: true
  user_name:
    description:
      - The ASA user the client belongs to. When omitted, the client keeps its current user.
    type: str
  state:
    description:
      - V(active) approves the client (state C(ACTIVE)) and assigns it to O(user_name).
      - V(absent) revokes it.
    type: str
    choices: [active, absent]
    default: active
extends_documentation_fragment:
  - okta.asa.connection
  - okta.asa.attributes
'''

EXAMPLES = r'''
- name: Approve a pending laptop
  okta.asa.asa_client:
    id: 9c199afe-0ca5-427a-baac-c4341707d82b

- name: Assign an unassigned device to a user and approve it
  okta.asa.asa_client:
    id: 0f3b8ec6-45c4-4f9e-9a3c-2a4c2c1f4d10
    user_name: jason.compson

- name: Revoke a lost laptop
  okta.asa.asa_client:
    id: 5e9d8179-2fca-4905-8405-3cd3e0c5280e
    state: absent
'''

RETURN = r'''
client:
  description: The client as it now stands (as it would in check mode); V({}) when revoked.
  returned: always
  type: dict
  sample:
    deleted_at: null
    description: Work laptop
    encrypted: true
    hostname: LightInAugust
    id: 9c199afe-0ca5-427a-baac-c4341707d82b
    os: macOS 14.1
    state: ACTIVE
    user_name: jason.compson
'''

from ansible_collections.okta.asa.plugins.module_utils._base import AsaKindModule
from ansible_collections.okta.asa.plugins.module_utils._kinds.client import Client


class ClientModule(AsaKindModule):
    kind = Client


def main():
    ClientModule.main()


if __name__ == '__main__':
    main()
