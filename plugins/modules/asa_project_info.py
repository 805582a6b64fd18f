#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: asa_project_info
short_description: List Okta ASA projects
version_added: 0.1.0
description:
  - Read the projects of an Okta Advanced Server Access (ASA) team, or one by name. Deleted projects are left out.
  - "Requests: one C(GET) per page of 100 projects (one in all with O(name)), plus one token request unless
    O(bearer_token) is given."
  - "Role: C(access_user), C(access_admin) or C(reporting_user)."
author:
  - okta.asa maintainers (@okta-asa)
options:
  name:
    description: Return only the project of this name (an empty list when there is none).
    type: str
extends_documentation_fragment:
  - okta.asa.connection
  - okta.asa.attributes.info
'''

EXAMPLES = r'''
- name: Every project of the team
  okta.asa.asa_project_info:
  register: projects

- name: Does the web project record SSH sessions?
  okta.asa.asa_project_info:
    name: web
  register: web
'''

RETURN = r'''
projects:
  description: The projects found, in the API's order.
  returned: always
  type: list
  elements: dict
  sample:
    - create_server_users: true
      deleted_at: '0001-01-01T00:00:00Z'
      force_shared_ssh_users: false
      forward_traffic: false
      id: 47534a0d-ba28-4a8b-b427-3a9fb276c033
      name: web
      next_unix_gid: 63001
      next_unix_uid: 60001
      rdp_session_recording: false
      require_preauth_for_creds: false
      shared_admin_user_name: null
      shared_standard_user_name: null
      ssh_session_recording: false
      team: acme
      user_on_demand_period: null
'''

from ansible_collections.okta.asa.plugins.module_utils._base import AsaInfoModule
from ansible_collections.okta.asa.plugins.module_utils._kinds.project import Project


class ProjectInfoModule(AsaInfoModule):
    kind = Project
    options = dict(name=dict(type='str'))
    names = {'name': 'path'}

    def read(self):
        if self.params['name']:
            return self.visible([Project.named(self.client, self.params['name'])])
        return self.visible(self.client.list(self.path(Project.list_path)))


def main():
    ProjectInfoModule.main()


if __name__ == '__main__':
    main()
