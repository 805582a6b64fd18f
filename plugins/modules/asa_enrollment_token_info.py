#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: asa_enrollment_token_info
short_description: List the server enrollment tokens of an Okta ASA project
version_added: 0.1.0
description:
  - Read the server enrollment tokens of a project of an Okta Advanced Server Access (ASA) team.
  - "B(The result holds the token values), which are credentials: put C(no_log) on the task."
  - "Requests: one C(GET) per page of 100, plus one token request unless O(bearer_token) is given."
  - "Role: C(access_user) or C(access_admin)."
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
- name: The descriptions of the web project's enrollment tokens
  okta.asa.asa_enrollment_token_info:
    project: web
  register: tokens
  no_log: true  # the result holds the tokens

- name: Show only what is safe to show
  ansible.builtin.debug:
    msg: "{{ tokens.enrollment_tokens | map(attribute='description') }}"
'''

RETURN = r'''
enrollment_tokens:
  description: The project's enrollment tokens, with their C(token) values.
  returned: always
  type: list
  elements: dict
  sample:
    - created_by_user: ansible-admin
      description: web fleet (Ansible)
      id: b6519474-6ca2-4fac-bc81-b334d9a103cd
      issued_at: '2026-11-23T12:00:00.910552Z'
      token: eyJzIjoiYjY1MTk0NzQtNmNhMi00ZmFjLWJjODEtYjMzNGQ5YTEwM2NkIiwidSI6Imh0dHBzOi8vYXBwLnNjYWxlZnQuY29tIn0=
'''

from ansible_collections.okta.asa.plugins.module_utils._base import AsaInfoModule
from ansible_collections.okta.asa.plugins.module_utils._kinds.enrollment_token import EnrollmentToken


class EnrollmentTokenInfoModule(AsaInfoModule):
    kind = EnrollmentToken
    options = dict(project=dict(type='str', required=True))
    names = {'project': 'path'}

    def read(self):
        return self.visible(self.client.list(self.path(EnrollmentToken.list_path, project=self.params['project'])))


def main():
    EnrollmentTokenInfoModule.main()


if __name__ == '__main__':
    main()
