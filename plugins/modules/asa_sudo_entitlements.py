#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: asa_sudo_entitlements
short_description: Manage all the sudo entitlements of an Okta ASA team in one task
version_added: 0.1.0
description:
  - Converge a whole set of sudo entitlements of an Okta Advanced Server Access (ASA) team in one task, with the
    options and comparison of M(okta.asa.asa_sudo_entitlement) (values compared as ASA stores them).
  - ASA refuses to delete an entitlement that is still assigned to a project; that change then fails and says so.
  - "Requests per task: one C(GET) per page of 100 entitlements (plus one token request unless O(bearer_token) is
    given) when nothing changes, whatever the number of entitlements; each creation, update or deletion adds one
    C(POST), C(PUT) or C(DELETE)."
  - "Role: the service user the task authenticates as needs C(access_admin) (granted through one of its groups),
    for reading as well as for writing."
author:
  - okta.asa maintainers (@okta-asa)
options:
  config:
    description:
      - The sudo entitlements.
      - With O(state=replaced) or O(state=overridden), an option an item leaves out becomes what ASA gives a new
        entitlement (no description, no commands, empty lists, V(false)).
    type: list
    elements: dict
    default: []
    suboptions:
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
            description: What O(config[].structured_commands[].command) is.
            type: str
            choices: [executable, directory, raw]
            required: true
          args_type:
            description:
              - Which arguments are allowed. V(none) is the default for executables; directories take none.
            type: str
            choices: [none, any, custom]
          args:
            description: The allowed arguments, with O(config[].structured_commands[].args_type=custom).
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
extends_documentation_fragment:
  - okta.asa.connection
  - okta.asa.attributes
  - okta.asa.bulk
'''

EXAMPLES = r'''
- name: The team's sudo entitlements, as the Git repository has them
  okta.asa.asa_sudo_entitlements:
    config:
      - name: restart-services
        description: systemctl restart
        structured_commands:
          - command: /bin/systemctl
            command_type: executable
            args_type: custom
            args: restart *
        opt_no_passwd: true
      - name: read-logs
        structured_commands:
          - command: /usr/bin/journalctl
            command_type: executable
            args_type: any
    state: overridden

- name: Export the current set, to start a repository from
  okta.asa.asa_sudo_entitlements:
    state: gathered
  register: asa_sudo

- name: Delete two of them
  okta.asa.asa_sudo_entitlements:
    config:
      - name: old-one
      - name: older-one
    state: deleted
'''

RETURN = r'''
before:
  description: The team's sudo entitlements before the task, in the shape of O(config), sorted by name.
  returned: always
  type: list
  elements: dict
  sample:
    - name: read-logs
      description: ''
      structured_commands:
        - {command: /usr/bin/journalctl, command_type: executable, args_type: any, args: null}
      add_env: []
      sub_env: []
      opt_no_exec: false
      opt_no_passwd: false
      opt_run_as: ''
      opt_set_env: false
after:
  description: The team's sudo entitlements after the task (as they would be, in check mode), like RV(before).
  returned: always
  type: list
  elements: dict
changes:
  description: The writes made (or, in check mode, that would be), each with its C(action) and the C(name).
  returned: always
  type: list
  elements: dict
  sample: [{action: update, name: restart-services}, {action: delete, name: old-one}]
gathered:
  description: With O(state=gathered), the team's sudo entitlements in the shape of O(config), like RV(before).
  returned: when O(state=gathered)
  type: list
  elements: dict
'''

from ansible_collections.okta.asa.plugins.module_utils._bulk import AsaSetModule
from ansible_collections.okta.asa.plugins.module_utils._kinds.sudo_entitlement import SudoEntitlement


class SudoEntitlementsModule(AsaSetModule):
    kind = SudoEntitlement


def main():
    SudoEntitlementsModule.main()


if __name__ == '__main__':
    main()
