#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: asa_service
short_description: Let an Okta ASA service user log in to a server
version_added: 0.1.0
description:
  - Manage the services of an Okta Advanced Server Access (ASA) server. A service lets a service user log in to
    the server as the local user of UID O(server_uid), with ASA's short-lived certificates.
  - A service is identified by its project, server, service user and server UID; it has nothing else to change.
  - "Requests per task: one C(GET) of the server's services (plus one token request unless O(bearer_token) is
    given) when nothing changes; creating adds one C(GET) to resolve the service user's id and one C(POST);
    deleting adds one C(DELETE)."
  - "Role: reading needs C(access_user), C(access_admin), C(reporting_user) or C(server_admin); creating and
    deleting need C(access_admin)."
author:
  - okta.asa maintainers (@okta-asa)
options:
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
      - A number from V(1) to V(4294967294); V(0) (root) only with O(allow_root_uid=true).
    type: str
    required: true
  allow_root_uid:
    description:
      - Allow O(server_uid=0), a service that logs in to the server as root.
    type: bool
    default: false
  state:
    description: Whether the service should exist.
    type: str
    choices: [present, absent]
    default: present
extends_documentation_fragment:
  - okta.asa.connection
  - okta.asa.attributes
'''

EXAMPLES = r'''
- name: Let deploy-bot log in to web-1 as UID 9001
  okta.asa.asa_service:
    project: web
    server_id: 5a3af768-063f-4a12-a056-8ef24e555556
    service_user: deploy-bot
    server_uid: "9001"

- name: Give deploy-bot every server of the web project (one token for the loop via module_defaults)
  okta.asa.asa_service:
    project: web
    server_id: "{{ item }}"
    service_user: deploy-bot
    server_uid: "9001"
  loop: "{{ web_server_ids }}"

- name: Take the access away again
  okta.asa.asa_service:
    project: web
    server_id: 5a3af768-063f-4a12-a056-8ef24e555556
    service_user: deploy-bot
    server_uid: "9001"
    state: absent
'''

RETURN = r'''
service:
  description: The service as it now stands; V({}) when absent. In check mode a creation has no C(id).
  returned: always
  type: dict
  sample:
    id: 6414fa11-289f-4aa0-b67e-dcef072af92e
    server_id: 5a3af768-063f-4a12-a056-8ef24e555556
    server_uid: '9001'
    service_user_id: aa225c16-af6e-4ab4-9150-456fd472e2d7
    service_user_name: deploy-bot
'''

from ansible_collections.okta.asa.plugins.module_utils._base import AsaKindModule
from ansible_collections.okta.asa.plugins.module_utils._kinds.service import Service


class ServiceModule(AsaKindModule):
    kind = Service


def main():
    ServiceModule.main()


if __name__ == '__main__':
    main()
