#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: asa_sudo_entitlement_info
short_description: List Okta ASA sudo entitlements
version_added: 0.1.0
description:
  - Read the sudo entitlements of an Okta Advanced Server Access (ASA) team, all of them or one by name.
  - "Requests: one C(GET) per page of 100 entitlements (with O(name), only until it is found), plus one token
    request unless O(bearer_token) is given."
  - "Role: the service user the task authenticates as needs C(access_admin) (granted through one of its groups),
    for reading as well as for writing."
author:
  - okta.asa maintainers (@okta-asa)
options:
  name:
    description: Return only the entitlement of this name (an empty list when there is none).
    type: str
extends_documentation_fragment:
  - okta.asa.connection
  - okta.asa.attributes.info
'''

EXAMPLES = r'''
- name: Every sudo entitlement of the team
  okta.asa.asa_sudo_entitlement_info:
    team: acme
  register: entitlements

- name: One by name
  okta.asa.asa_sudo_entitlement_info:
    team: acme
    name: restart-services
  register: restart
'''

RETURN = r'''
sudo_entitlements:
  description: The entitlements found.
  returned: always
  type: list
  elements: dict
  sample:
    - id: 226a1963-a1c8-4316-bb4d-da48f2e7652a
      name: restart-services
      description: Service restarts
      structured_commands:
        - command: /bin/systemctl
          command_type: executable
          args_type: custom
          args: restart *
          rendered_command: ''
      add_env: []
      sub_env: []
      opt_no_exec: false
      opt_no_passwd: true
      opt_run_as: ''
      opt_set_env: false
'''

from ansible_collections.okta.asa.plugins.module_utils._base import AsaInfoModule
from ansible_collections.okta.asa.plugins.module_utils._kinds.sudo_entitlement import SudoEntitlement


class SudoEntitlementInfoModule(AsaInfoModule):
    kind = SudoEntitlement
    options = dict(name=dict(type='str'))
    names = {'name': 'text'}

    def read(self):
        if self.params['name'] is None:
            return self.visible(self.client.list(self.path(SudoEntitlement.list_path)))
        return self.visible([SudoEntitlement(self.client, dict(self.params, state='present'), self.context).find()])


def main():
    SudoEntitlementInfoModule.main()


if __name__ == '__main__':
    main()
