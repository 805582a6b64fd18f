#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: asa_service_users
short_description: Manage all the service users of an Okta ASA team in one task
version_added: 0.1.0
description:
  - Converge a whole set of service users of an Okta Advanced Server Access (ASA) team in one task, with the options
    and comparison of M(okta.asa.asa_service_user).
  - ASA cannot remove a service user; deleting one sets its status to V(DELETED), and a deleted name can never be used
    again.
  - O(state=overridden) never deletes the service user the task authenticates as (it is found by listing the keys of
    the service users it would delete, one request each until found, and only then); a task that
    authenticates with O(bearer_token) alone cannot tell which that is, and is refused when it would delete any.
  - "Requests per task: one C(GET) per page of 100 service users (plus one token request unless O(bearer_token) is
    given) when nothing changes; each creation adds one C(GET) (the list leaves out deleted users, whose names ASA
    never gives out again), one C(POST) (and one C(PUT) for O(config[].status=DISABLED)), each
    status change or deletion one C(PUT)."
  - "Role: the service user the task authenticates as needs C(access_admin) (granted through one of its groups),
    for reading as well as for writing."
author:
  - okta.asa maintainers (@okta-asa)
options:
  config:
    description: The service users.
    type: list
    elements: dict
    default: []
    suboptions:
      name:
        description: Name of the service user.
        type: str
        required: true
      status:
        description:
          - Status of the service user. A V(DISABLED) user keeps its keys but cannot get tokens.
          - Left out, the status is not managed (V(merged)) or becomes V(ACTIVE) (V(replaced), V(overridden)).
        type: str
        choices: [ACTIVE, DISABLED]
extends_documentation_fragment:
  - okta.asa.connection
  - okta.asa.attributes
  - okta.asa.bulk
'''

EXAMPLES = r'''
- name: These service users exist, and the CI user is disabled
  okta.asa.asa_service_users:
    config:
      - name: deploy-bot
      - name: backup-bot
      - name: ci-bot
        status: DISABLED

- name: Exactly these service users (every other one is deleted, except the one this task authenticates as)
  okta.asa.asa_service_users:
    config: "{{ service_users }}"
    state: overridden

- name: Read them all, in the shape of config
  okta.asa.asa_service_users:
    state: gathered
  register: asa_users
'''

RETURN = r'''
before:
  description: The team's service users before the task, in the shape of O(config), sorted by name.
  returned: always
  type: list
  elements: dict
  sample: [{name: deploy-bot, status: ACTIVE}]
after:
  description: The team's service users after the task (as they would be, in check mode).
  returned: always
  type: list
  elements: dict
  sample: [{name: deploy-bot, status: ACTIVE}, {name: ci-bot, status: DISABLED}]
changes:
  description: The writes made (or, in check mode, that would be), each with its C(action) and the user's C(name).
  returned: always
  type: list
  elements: dict
  sample: [{action: create, name: ci-bot}]
gathered:
  description: With O(state=gathered), the team's service users in the shape of O(config).
  returned: when O(state=gathered)
  type: list
  elements: dict
  sample: [{name: deploy-bot, status: ACTIVE}]
'''

from ansible_collections.okta.asa.plugins.module_utils._bulk import AsaSetModule
from ansible_collections.okta.asa.plugins.module_utils._kinds.service_user import ServiceUser


class ServiceUsersModule(AsaSetModule):
    kind = ServiceUser


def main():
    ServiceUsersModule.main()


if __name__ == '__main__':
    main()
