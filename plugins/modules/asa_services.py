#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: asa_services
short_description: Manage which Okta ASA service users may log in to which servers, in one task
version_added: 0.1.0
description:
  - Converge the services of Okta Advanced Server Access (ASA) servers in one task, with the options of
    M(okta.asa.asa_service). A service lets a service user log in to a server as the local user of a UID.
  - The scope is the servers that O(config) names; O(state=overridden) deletes the other services of those servers
    and touches no other server. With O(state=gathered) and no O(config), every service of the team is read.
  - "Requests per task: one C(GET) per page of 100 of the team's services (plus one token request unless
    O(bearer_token) is given) when nothing changes, however many servers; creations add one C(GET) per page of 100
    service users (to resolve names to ids, once), one C(GET) per server that gets a service (to check it before
    any write) and one C(POST) each; each deletion is one C(DELETE)."
  - "Role: reading needs C(access_user), C(access_admin) or C(reporting_user); creating and deleting need
    C(access_admin)."
author:
  - okta.asa maintainers (@okta-asa)
options:
  config:
    description: The services.
    type: list
    elements: dict
    default: []
    suboptions:
      project:
        description: Name of the project the server is enrolled in.
        type: str
        required: true
      server_id:
        description: ID (UUID) of the server.
        type: str
        required: true
      service_user:
        description: Name of the service user; the module resolves it to its id.
        type: str
        required: true
      server_uid:
        description:
          - UID of the local user on the server that the service user logs in as, for example V(9001).
          - A number from V(1) to V(4294967294); V(0) (root) only with O(config[].allow_root_uid=true).
        type: str
        required: true
      allow_root_uid:
        description: Allow O(config[].server_uid=0), a service that logs in to the server as root.
        type: bool
        default: false
extends_documentation_fragment:
  - okta.asa.connection
  - okta.asa.attributes
  - okta.asa.bulk
'''

EXAMPLES = r'''
- name: One service per web server (web_servers registered from okta.asa.asa_server_info)
  ansible.builtin.set_fact:
    web_services: "{{ web_services | default([]) + [{'project': 'web', 'server_id': item.id,
                                                     'service_user': 'deploy-bot', 'server_uid': '9001'}] }}"
  loop: "{{ web_servers }}"

- name: Let deploy-bot log in to every web server as UID 9001, in one task
  okta.asa.asa_services:
    config: "{{ web_services }}"

- name: On these two servers, exactly these services
  okta.asa.asa_services:
    config:
      - {project: web, server_id: 5a3af768-063f-4a12-a056-8ef24e555556, service_user: deploy-bot, server_uid: "9001"}
      - {project: web, server_id: 9c3b7a2e-1d4f-4c55-8a1e-2f6b9d0e7a31, service_user: backup-bot, server_uid: "9002"}
    state: overridden
'''

RETURN = r'''
before:
  description: The services of the servers in the scope before the task, in the shape of O(config), sorted.
  returned: always
  type: list
  elements: dict
  sample:
    - {project: web, server_id: 5a3af768-063f-4a12-a056-8ef24e555556, service_user: deploy-bot, server_uid: '9001'}
after:
  description: The services of the servers in the scope after the task (as they would be, in check mode).
  returned: always
  type: list
  elements: dict
changes:
  description: The writes made (or, in check mode, that would be), each with its C(action) and the service's identity.
  returned: always
  type: list
  elements: dict
  sample:
    - {action: create, project: web, server_id: 5a3af768-063f-4a12-a056-8ef24e555556, service_user: deploy-bot,
       server_uid: '9001'}
gathered:
  description: With O(state=gathered), the services of the servers in the scope (the whole team without O(config)).
  returned: when O(state=gathered)
  type: list
  elements: dict
'''

from ansible_collections.okta.asa.plugins.module_utils._bulk import AsaSetModule
from ansible_collections.okta.asa.plugins.module_utils._kinds.service import Service


class ServicesModule(AsaSetModule):
    kind = Service


def main():
    ServicesModule.main()


if __name__ == '__main__':
    main()
