#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: asa_project_group_info
short_description: List the groups that have access to an Okta ASA project
version_added: 0.1.0
description:
  - Read the groups added to a project of an Okta Advanced Server Access (ASA) team, with their rights on its servers.
  - "Requests: one C(GET) per page of 100 (one in all with O(group)), plus one token request unless O(bearer_token)
    is given."
  - "Role: C(access_user), C(access_admin) or C(reporting_user)."
author:
  - okta.asa maintainers (@okta-asa)
options:
  project:
    description: Name of the project.
    type: str
    required: true
  group:
    description: Return only the grant of this group (an empty list when it has none).
    type: str
extends_documentation_fragment:
  - okta.asa.connection
  - okta.asa.attributes.info
'''

EXAMPLES = r'''
- name: Who may log in to the web project's servers, and who has sudo there?
  okta.asa.asa_project_group_info:
    project: web
  register: web_access
'''

RETURN = r'''
project_groups:
  description: The project's groups, in the API's order.
  returned: always
  type: list
  elements: dict
  sample:
    - create_server_group: false
      deleted_at: null
      group: automation
      group_id: 3447e842-8755-4cd6-9da1-80fc929b3e04
      id: 1c7c8a4e-8bd8-4bbd-9c5e-2b9c5e7f3a10
      name: automation
      project: web
      removed_at: null
      server_access: true
      server_admin: true
      server_group_name: null
      servers_selector: null
      unix_gid: null
'''

from ansible_collections.okta.asa.plugins.module_utils._base import AsaInfoModule
from ansible_collections.okta.asa.plugins.module_utils._kinds.project_group import ProjectGroup


class ProjectGroupInfoModule(AsaInfoModule):
    kind = ProjectGroup
    options = dict(project=dict(type='str', required=True), group=dict(type='str'))
    names = {'project': 'path', 'group': 'group'}

    def read(self):
        params = self.params
        if params['group']:
            return self.visible([self.client.get(self.path(ProjectGroup.item_path, **params), missing_ok=True)])
        return self.visible(self.client.list(self.path(ProjectGroup.list_path, project=params['project'])))


def main():
    ProjectGroupInfoModule.main()


if __name__ == '__main__':
    main()
