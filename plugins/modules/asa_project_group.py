#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: asa_project_group
short_description: Grant an Okta ASA group access to a project's servers
version_added: 0.1.0
description:
  - Add a group of an Okta Advanced Server Access (ASA) team to a project, with the rights its members get on the
    project's servers (O(server_access), O(server_admin) for sudo), update them in place, or remove the grant.
  - Removing a group from a project does not delete the group.
  - Options left unset are not managed; a new grant gets V(false) for each one left unset.
  - "Requests per task: one C(GET) (plus one token request unless O(bearer_token) is given) when nothing changes;
    a change adds one C(POST), C(PUT) or C(DELETE), and a C(GET) of the group (and, for a creation, of the project)
    to check it exists before the write. ASA answers these writes without a body, so after a creation
    the returned object has no C(id) or C(group_id) (M(okta.asa.asa_project_group_info) reads them)."
  - "Role: reading needs C(access_user), C(access_admin) or C(reporting_user); changes need C(access_admin)."
author:
  - okta.asa maintainers (@okta-asa)
options:
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
  - okta.asa.state
'''

EXAMPLES = r'''
- name: The automation group may log in to the web project's servers, with sudo
  okta.asa.asa_project_group:
    project: web
    group: automation
    server_access: true
    server_admin: true

- name: Only on the production servers
  okta.asa.asa_project_group:
    project: web
    group: automation
    servers_selector: env=prod

- name: Take the access away
  okta.asa.asa_project_group:
    project: web
    group: automation
    state: absent
'''

RETURN = r'''
project_group:
  description: The grant as it now stands (as it would in check mode); V({}) when absent.
  returned: always
  type: dict
  sample:
    create_server_group: false
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

from ansible_collections.okta.asa.plugins.module_utils._base import AsaKindModule
from ansible_collections.okta.asa.plugins.module_utils._kinds.project_group import ProjectGroup


class ProjectGroupModule(AsaKindModule):
    kind = ProjectGroup


def main():
    ProjectGroupModule.main()


if __name__ == '__main__':
    main()
