#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: asa_server
short_description: Label, add and remove the servers of an Okta ASA project
version_added: 0.1.0
description:
  - Manage a server of an Okta Advanced Server Access (ASA) project, found by O(id) or by O(hostname).
  - O(labels) sets the server's API labels (used by selectors such as O(okta.asa.asa_project_group#module:servers_selector)).
    ASA stores them with an C(api.) prefix and replaces all of them on each change; they are compared after that
    prefixing, so a rerun is C(ok). Labels from other sources (the server agent, a cloud) are left alone and never
    compared.
  - A server not found by O(hostname) is added as an I(unmanaged) server (one the ASA agent does not run on, such as a
    bastion) with O(hostname), O(access_address) and O(alt_names). Servers running the agent enroll themselves with
    an enrollment token (M(okta.asa.asa_enrollment_token)).
  - O(access_address) and O(alt_names) are taken only when ASA adds the server; a task that would change them on an
    existing server fails, naming the field.
  - O(state=absent) removes the server from the project (decommissioning); ASA keeps it as deleted.
  - "Requests per task: one C(GET) with O(id), or one C(GET) per page of 100 servers of the project with
    O(hostname) (plus one token request unless O(bearer_token) is given); a label change adds one C(PUT), adding a
    server one C(POST) (and one C(PUT) for its labels), removing one C(DELETE)."
  - "Role: reading needs C(access_user) or C(access_admin); changes need C(access_admin) or C(server_admin)."
author:
  - okta.asa maintainers (@okta-asa)
options:
  project:
    description: Name of the project.
    type: str
    required: true
  id:
    description: ID (UUID) of the server.
    type: str
  hostname:
    description:
      - Host name of the server, when O(id) is not given. With two servers of that name in the project, the task fails
        and asks for O(id).
    type: str
  labels:
    description:
      - The server's API labels, all of them (keys with or without the C(api.) prefix). V({}) removes them.
    type: dict
  access_address:
    description: The address clients connect to, for an unmanaged server that the task adds.
    type: str
  alt_names:
    description: Other names of an unmanaged server that the task adds.
    type: list
    elements: str
extends_documentation_fragment:
  - okta.asa.connection
  - okta.asa.attributes
  - okta.asa.state
'''

EXAMPLES = r'''
- name: Label an enrolled server, for the project groups' selectors
  okta.asa.asa_server:
    project: web
    hostname: web-1
    labels:
      env: prod
      role: web

- name: A bastion that ASA knows but does not run on
  okta.asa.asa_server:
    project: web
    hostname: bastion.example.com
    access_address: 203.0.113.10
    alt_names: [bastion]

- name: Decommission a server
  okta.asa.asa_server:
    project: web
    id: 5a3af768-063f-4a12-a056-8ef24e555556
    state: absent
'''

RETURN = r'''
server:
  description: The server as it now stands (as it would in check mode); V({}) when absent.
  returned: always
  type: dict
  sample:
    access_address: 10.0.0.11
    alt_names: []
    bastion: null
    canonical_name: web-1.example.com
    deleted_at: '0001-01-01T00:00:00Z'
    hostname: web-1
    id: 5a3af768-063f-4a12-a056-8ef24e555556
    labels:
      api.env: prod
      api.role: web
    managed: true
    os: Ubuntu 22.04
    os_type: linux
    project_name: web
    state: ACTIVE
'''

from ansible_collections.okta.asa.plugins.module_utils._base import AsaKindModule
from ansible_collections.okta.asa.plugins.module_utils._kinds.server import Server


class ServerModule(AsaKindModule):
    kind = Server


def main():
    ServerModule.main()


if __name__ == '__main__':
    main()
