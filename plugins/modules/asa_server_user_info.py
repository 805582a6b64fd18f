#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: asa_server_user_info
short_description: List who is on the servers of an Okta ASA project
version_added: 0.1.0
description:
  - Read the server users of a project of an Okta Advanced Server Access (ASA) team, the local users ASA makes on
    the project's servers for the users its groups let in, with C(admin) (sudo) or without, and their Unix and
    Windows names, UID and GID. The basis of an access review (see the C(okta.asa.access_review) playbook).
  - "Requests: one C(GET) per page of 100 server users, plus one token request unless O(bearer_token) is given."
  - "Role: C(access_user), C(access_admin) or C(reporting_user)."
author:
  - okta.asa maintainers (@okta-asa)
options:
  project:
    description: Name of the project.
    type: str
    required: true
extends_documentation_fragment:
  - okta.asa.connection
  - okta.asa.attributes.info
'''

EXAMPLES = r'''
- name: Who may log in to the web servers, and who has sudo there
  okta.asa.asa_server_user_info:
    project: web
  register: web_users

- name: Show the admins
  ansible.builtin.debug:
    msg: "{{ web_users.server_users | selectattr('admin') | map(attribute='user_name') | list }}"
'''

RETURN = r'''
server_users:
  description: The project's server users, in the API's order, each with its C(project).
  returned: always
  type: list
  elements: dict
  sample:
    - admin: true
      id: 2bbed0a1-7f9a-4627-addd-4a9cfa0e0469
      project: web
      server_user_name: jcompson
      status: ACTIVE
      type: human
      unix_gid: 63001
      unix_uid: 60001
      user_name: jason.compson
      windows_server_user_name: jcompson
'''

from ansible_collections.okta.asa.plugins.module_utils._base import AsaInfoModule
from ansible_collections.okta.asa.plugins.module_utils._kinds.server_user import ServerUser


class ServerUserInfoModule(AsaInfoModule):
    kind = ServerUser
    options = dict(project=dict(type='str', required=True))
    names = {'project': 'path'}

    def read(self):
        return self.visible(ServerUser.of(self.client, self.params['project']))


def main():
    ServerUserInfoModule.main()


if __name__ == '__main__':
    main()
