#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: asa_sudo_entitlement
short_description: Manage Okta ASA sudo entitlements
version_added: 0.1.0
description:
  - Create, update and delete the sudo entitlements of an Okta Advanced Server Access (ASA) team, found by name.
  - Only the options a task sets are compared and written; an option left out keeps the value ASA has.
  - Values are compared as ASA stores them, so an unchanged re-run is C(ok) (null and empty lists, C(args_type)
    of directories, the order of O(add_env) and O(sub_env)).
  - ASA refuses to delete an entitlement that is still assigned to a project; the task then fails and says so.
  - "Requests per task: one C(GET) per page of 100 entitlements until the name is found (plus one token request
    unless O(bearer_token) is given) when nothing changes; a change adds one C(POST), C(PUT) or C(DELETE)."
  - "Role: the service user the task authenticates as needs C(access_admin) (granted through one of its groups),
    for reading as well as for writing."
author:
  - okta.asa maintainers (@okta-asa)
options:
  name:
    description: Name of the entitlement.
    type: str
    required: true
  description:
    description: Description of the entitlement.
    type: str
  structured_commands:
    description: The commands the entitlement allows, in order.
    type: list
    elements: dict
    suboptions:
      command:
        description: The command, such as V(/bin/systemctl), or a directory such as V(/usr/local/bin/).
        type: str
        required: true
      command_type:
        description: What O(structured_commands[].command) is.
        type: str
        choices: [executable, directory, raw]
        required: true
      args_type:
        description:
          - Which arguments are allowed. V(none) is the default for executables; directories take none.
        type: str
        choices: [none, any, custom]
      args:
        description: The allowed arguments, with O(structured_commands[].args_type=custom).
        type: str
  add_env:
    description: Environment variables to keep when running the commands (sudo C(env_keep+=)).
    type: list
    elements: str
  sub_env:
    description: Environment variables to remove (sudo C(env_keep-=)).
    type: list
    elements: str
  opt_no_exec:
    description: Prevent the commands from starting other programs (sudo C(NOEXEC)).
    type: bool
  opt_no_passwd:
    description: Run without asking for a password (sudo C(NOPASSWD)).
    type: bool
  opt_run_as:
    description: A non-root user to run the commands as.
    type: str
  opt_set_env:
    description: Allow the user to set environment variables for the commands (sudo C(SETENV)).
    type: bool
  state:
    description: Whether the entitlement should exist.
    type: str
    choices: [present, absent]
    default: present
extends_documentation_fragment:
  - okta.asa.connection
  - okta.asa.attributes
'''

EXAMPLES = r'''
- name: Let operators restart services
  okta.asa.asa_sudo_entitlement:
    name: restart-services
    description: systemctl restart, and the helper scripts
    structured_commands:
      - command: /bin/systemctl
        command_type: executable
        args_type: custom
        args: restart *
      - command: /usr/local/ops/bin/
        command_type: directory
    opt_no_passwd: true
    add_env: [HTTP_PROXY]

- name: Change only the description (the commands are left as they are)
  okta.asa.asa_sudo_entitlement:
    name: restart-services
    description: Service restarts for the on-call team

- name: Delete it (it must not be assigned to a project any more)
  okta.asa.asa_sudo_entitlement:
    name: restart-services
    state: absent
'''

RETURN = r'''
sudo_entitlement:
  description: The entitlement as it now stands (as it would in check mode); V({}) when absent.
  returned: always
  type: dict
  sample:
    id: 226a1963-a1c8-4316-bb4d-da48f2e7652a
    name: restart-services
    description: systemctl restart, and the helper scripts
    structured_commands:
      - command: /bin/systemctl
        command_type: executable
        args_type: custom
        args: restart *
        rendered_command: ''
    add_env: [HTTP_PROXY]
    sub_env: []
    opt_no_exec: false
    opt_no_passwd: true
    opt_run_as: ''
    opt_set_env: false
    created_at: '2026-11-23T12:00:00Z'
    updated_at: '2026-11-23T12:00:00Z'
'''

from ansible_collections.okta.asa.plugins.module_utils._base import AsaKindModule
from ansible_collections.okta.asa.plugins.module_utils._kinds.sudo_entitlement import SudoEntitlement


class SudoEntitlementModule(AsaKindModule):
    kind = SudoEntitlement


def main():
    SudoEntitlementModule.main()


if __name__ == '__main__':
    main()
