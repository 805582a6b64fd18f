#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: asa_enrollment_token
short_description: Manage the server enrollment tokens of an Okta ASA project
version_added: 0.1.0
description:
  - Ensure a project of an Okta Advanced Server Access (ASA) team has a server enrollment token with a given
    O(description), or delete it. The ASA server agent (C(sftd)) enrolls a server in the project with the token.
  - O(state=present) creates a token only when none has that description, and returns the token either way.
  - "B(The token is a credential) for adding servers to the project. The module returns it in
    RV(enrollment_token.token) on every run: put C(no_log) on the task and keep the value out of logs, or set
    O(token_file) so that the value goes to a file of mode 0600 and never into the result (the task then needs no
    C(no_log)). The module never prints it, and C(--diff) never shows it."
  - "Requests per task: one C(GET) per page of 100 tokens of the project (plus one token request unless
    O(bearer_token) is given); a creation adds one C(POST), a deletion one C(DELETE)."
  - "Role: reading and creating need C(access_user) or C(access_admin); deleting needs C(access_admin)."
author:
  - okta.asa maintainers (@okta-asa)
options:
  project:
    description: Name of the project.
    type: str
    required: true
  description:
    description: What the token is for; identifies it in the project.
    type: str
    required: true
  token_file:
    description:
      - Write the token's value to this file (mode 0600, in a directory that exists) instead of returning it;
        RV(enrollment_token.token_file) names the file.
      - The file is written when it is missing, differs from the token or is readable by others; that alone makes
        the task changed.
    type: path
extends_documentation_fragment:
  - okta.asa.connection
  - okta.asa.attributes
  - okta.asa.state
'''

EXAMPLES = r'''
- name: The token the web servers enroll with
  okta.asa.asa_enrollment_token:
    project: web
    description: web fleet (Ansible)
  register: enrollment
  no_log: true  # the result holds the token

- name: Put it where the ASA server agent (sftd) of a new server looks for it
  ansible.builtin.copy:
    content: "{{ enrollment.enrollment_token.token }}"
    dest: /var/lib/sftd/enrollment.token
    mode: "0600"
  no_log: true

- name: The same, with the token in a file only root can read and not in the result (no no_log needed)
  okta.asa.asa_enrollment_token:
    project: web
    description: web fleet (Ansible)
    token_file: /etc/asa/web-enrollment.token

- name: Revoke it once the fleet is enrolled
  okta.asa.asa_enrollment_token:
    project: web
    description: web fleet (Ansible)
    state: absent
'''

RETURN = r'''
enrollment_token:
  description:
    - The token as it now stands, with its C(token) value; V({}) when absent.
    - In check mode, a creation returns the predicted token without C(id) or C(token).
  returned: always
  type: dict
  contains:
    id:
      description: The token's id.
      type: str
      sample: b6519474-6ca2-4fac-bc81-b334d9a103cd
    token:
      description: The enrollment token. A credential; never log it.
      type: str
      returned: unless O(token_file) is set
      sample: eyJzIjoiYjY1MTk0NzQtNmNhMi00ZmFjLWJjODEtYjMzNGQ5YTEwM2NkIiwidSI6Imh0dHBzOi8vYXBwLnNjYWxlZnQuY29tIn0=
    token_file:
      description: The file the token's value is in, with O(token_file).
      type: str
      returned: when O(token_file) is set
      sample: /etc/asa/web-enrollment.token
    description:
      description: The token's description.
      type: str
      sample: web fleet (Ansible)
    created_by_user:
      description: The ASA user that created the token.
      type: str
      sample: ansible-admin
    issued_at:
      description: When the token was created.
      type: str
      sample: '2026-11-23T12:00:00.910552Z'
'''

from ansible_collections.okta.asa.plugins.module_utils._base import AsaKindModule
from ansible_collections.okta.asa.plugins.module_utils._kinds.enrollment_token import EnrollmentToken


class EnrollmentTokenModule(AsaKindModule):
    kind = EnrollmentToken


def main():
    EnrollmentTokenModule.main()


if __name__ == '__main__':
    main()
