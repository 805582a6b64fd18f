#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: asa_service_info
short_description: List Okta ASA services
version_added: 0.1.0
description:
  - Read the services of one server of an Okta Advanced Server Access (ASA) project, or of the whole team.
  - "Requests: one C(GET) per page of 100 services, plus one token request unless O(bearer_token) is given."
  - "Role: C(access_user), C(access_admin) or C(reporting_user)."
author:
  - okta.asa maintainers (@okta-asa)
options:
  project:
    description: Name of the project of O(server_id). Give both, or neither for every service of the team.
    type: str
  server_id:
    description: ID (UUID) of the server whose services to list.
    type: str
extends_documentation_fragment:
  - okta.asa.connection
  - okta.asa.attributes.info
'''

EXAMPLES = r'''
- name: Services of one server
  okta.asa.asa_service_info:
    team: acme
    project: web
    server_id: 5a3af768-063f-4a12-a056-8ef24e555556
  register: web1

- name: Every service of the team
  okta.asa.asa_service_info:
    team: acme
  register: all_services
'''

RETURN = r'''
services:
  description: The services found.
  returned: always
  type: list
  elements: dict
  sample:
    - id: 6414fa11-289f-4aa0-b67e-dcef072af92e
      server_id: 5a3af768-063f-4a12-a056-8ef24e555556
      server_uid: '9001'
      service_user_id: aa225c16-af6e-4ab4-9150-456fd472e2d7
      service_user_name: deploy-bot
'''

from ansible_collections.okta.asa.plugins.module_utils._base import AsaInfoModule
from ansible_collections.okta.asa.plugins.module_utils._common import require_uuid
from ansible_collections.okta.asa.plugins.module_utils._kinds.service import Service


class ServiceInfoModule(AsaInfoModule):
    kind = Service
    options = dict(project=dict(type='str'), server_id=dict(type='str'))
    module_kwargs = dict(required_together=[('project', 'server_id')])
    names = {'project': 'path'}

    def check_params(self):
        require_uuid(self.params, 'server_id')

    def read(self):
        if self.params['project']:
            return self.visible(self.client.list(self.path(Service.list_path, **self.params)))
        return self.visible(self.client.list(self.path(Service.team_path)))


def main():
    ServiceInfoModule.main()


if __name__ == '__main__':
    main()
