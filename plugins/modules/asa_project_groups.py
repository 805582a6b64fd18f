#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: asa_project_groups
short_description: Manage which Okta ASA groups have access to projects, for whole projects in one task
version_added: 0.1.0
description:
  - Converge the groups of Okta Advanced Server Access (ASA) projects and the rights they get on the projects' servers
    in one task, with the options and comparison of M(okta.asa.asa_project_group).
  - The scope is the projects that O(config) names; O(state=overridden) removes from those projects the groups that
    O(config) does not list, and touches no other project. With O(state=gathered) and no O(config), every project
    of the team is read.
  - Removing a group from a project does not delete the group.
  - "Requests per task: one C(GET) per page of 100 groups of each project in the scope (plus one token request unless
    O(bearer_token) is given) when nothing changes; each change adds one C(POST), C(PUT) or C(DELETE)."
  - "Role: reading needs C(access_user), C(access_admin) or C(reporting_user); changes need C(access_admin)."
author:
  - okta.asa maintainers (@okta-asa)
options:
  config:
    description:
      - The groups of the projects.
      - With O(state=replaced) or O(state=overridden), a flag an item leaves out becomes V(false), and a left-out
        O(config[].servers_selector) removes the limit.
    type: list
    elements: dict
    default: []
    suboptions:
      project:
        description: Name of the project.
        type: str
        required: true
      group:
        description: Name of the group (it must exist, see M(okta.asa.asa_group)).
        type: str
        required: true
      server_access:
        description: Whether the group's members may log in to the project's servers.
        type: bool
      server_admin:
        description: Whether the group's members get sudo (admin) rights on the project's servers.
        type: bool
      create_server_group:
        description: Whether the server agent creates a local group for the group on each server.
        type: bool
      servers_selector:
        description:
          - Limit the grant to the project's servers whose labels match this Kubernetes-style selector
            (C(env=prod,role in (web,api))). An empty string removes the limit.
        type: str
      server_group_name:
        description:
          - With C(create_server_group), the name of the group ASA creates on the project's servers for the group's
            members (ASA picks one when unset). An empty string goes back to ASA's choice.
        type: str
      unix_gid:
        description: With C(create_server_group), the GID of that server group, from V(100) to V(2147483647).
        type: int
extends_documentation_fragment:
  - okta.asa.connection
  - okta.asa.attributes
  - okta.asa.bulk
'''

EXAMPLES = r'''
- name: Exactly these groups have access to the web and db projects
  okta.asa.asa_project_groups:
    config:
      - {project: web, group: web-admins, server_access: true, server_admin: true}
      - {project: web, group: developers, server_access: true}
      - {project: db, group: dbas, server_access: true, server_admin: true}
    state: overridden
'''

RETURN = r'''
before:
  description: The groups of the projects in the scope before the task, in the shape of O(config), sorted.
  returned: always
  type: list
  elements: dict
  sample:
    - {project: web, group: developers, server_access: true, server_admin: false, create_server_group: false,
       servers_selector: null}
after:
  description: The groups of the projects in the scope after the task (as they would be, in check mode).
  returned: always
  type: list
  elements: dict
changes:
  description: The writes made (or, in check mode, that would be), each with its C(action), C(project) and C(group).
  returned: always
  type: list
  elements: dict
  sample: [{action: create, project: web, group: developers}]
gathered:
  description: With O(state=gathered), the groups of the projects in the scope (every project without O(config)).
  returned: when O(state=gathered)
  type: list
  elements: dict
'''

from ansible_collections.okta.asa.plugins.module_utils._bulk import AsaSetModule
from ansible_collections.okta.asa.plugins.module_utils._kinds.project_group import ProjectGroup


class ProjectGroupsModule(AsaSetModule):
    kind = ProjectGroup


def main():
    ProjectGroupsModule.main()


if __name__ == '__main__':
    main()
