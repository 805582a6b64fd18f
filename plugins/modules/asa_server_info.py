#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: asa_server_info
short_description: List the servers of an Okta ASA team
version_added: 0.1.0
description:
  - Read the servers of an Okta Advanced Server Access (ASA) team, filtered by project, label selector or host
    name; the filters are ASA's own, so only matching servers are transferred. Removed servers are left out, as
    the inventory plugin does.
  - "Requests: one C(GET) per page of 100 servers, plus one token request unless O(bearer_token) is given."
  - "Role: C(access_user), C(access_admin) or C(reporting_user)."
author:
  - okta.asa maintainers (@okta-asa)
options:
  project:
    description: Only servers of this project.
    type: str
  selector:
    description: Only servers whose labels match this Kubernetes-style selector (C(env=prod,role!=db)).
    type: str
  hostname:
    description: Only servers with this host name.
    type: str
extends_documentation_fragment:
  - okta.asa.connection
  - okta.asa.attributes.info
'''

EXAMPLES = r'''
- name: The production web servers
  okta.asa.asa_server_info:
    project: web
    selector: env=prod
  register: prod_web
'''

RETURN = r'''
servers:
  description: The servers found, in the API's order.
  returned: always
  type: list
  elements: dict
  sample:
    - access_address: 10.0.0.11
      alt_names: []
      bastion: null
      canonical_name: web-1.example.com
      cloud_provider: null
      deleted_at: '0001-01-01T00:00:00Z'
      hostname: web-1
      id: 5a3af768-063f-4a12-a056-8ef24e555556
      instance_details: null
      labels:
        role: web
      managed: true
      os: Ubuntu 22.04
      os_type: linux
      project_name: web
      state: ACTIVE
'''

from ansible_collections.okta.asa.plugins.module_utils._base import AsaInfoModule
from ansible_collections.okta.asa.plugins.module_utils._kinds.server import Server


class ServerInfoModule(AsaInfoModule):
    kind = Server
    options = dict(project=dict(type='str'), selector=dict(type='str'), hostname=dict(type='str'))
    names = {'project': 'path', 'hostname': 'text'}

    def read(self):
        query = {'project_name': self.params['project'], 'selector': self.params['selector'],
                 'hostname': self.params['hostname']}
        return self.visible(self.client.list(self.path(Server.team_path), query))


def main():
    ServerInfoModule.main()


if __name__ == '__main__':
    main()
