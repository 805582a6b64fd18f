#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: asa_gateway_setup_token_info
short_description: List the gateway setup tokens of an Okta ASA team
version_added: 0.1.0
description:
  - Read the gateway setup tokens of an Okta Advanced Server Access (ASA) team, with their descriptions and labels
    and without their values (M(okta.asa.asa_gateway_setup_token) returns the value of one).
  - "Requests: one C(GET) per page of 100 tokens, plus one token request unless O(bearer_token) is given."
  - "Role: C(access_admin)."
author:
  - okta.asa maintainers (@okta-asa)
extends_documentation_fragment:
  - okta.asa.connection
  - okta.asa.attributes.info
'''

EXAMPLES = r'''
- name: The team's gateway setup tokens
  okta.asa.asa_gateway_setup_token_info:
  register: setup_tokens
'''

RETURN = r'''
gateway_setup_tokens:
  description: The tokens, in the API's order, each with its C(labels); no token values.
  returned: always
  type: list
  elements: dict
  sample:
    - {created_at: '2026-11-30T12:00:00Z', description: EU gateways (Ansible), details: {labels: {region: eu}},
       id: 5f7d3f4e-7c2b-4a7e-9a55-0b9f1a6b2c3d, labels: {region: eu}, registration_type: gateway-agent}
'''

from ansible_collections.okta.asa.plugins.module_utils._base import AsaInfoModule
from ansible_collections.okta.asa.plugins.module_utils._kinds.gateway import GatewaySetupToken


class GatewaySetupTokenInfoModule(AsaInfoModule):
    kind = GatewaySetupToken

    def read(self):
        return [dict(t, labels=GatewaySetupToken.to_config(t)['labels'])
                for t in self.visible(self.client.list(self.path(GatewaySetupToken.list_path)))]


def main():
    GatewaySetupTokenInfoModule.main()


if __name__ == '__main__':
    main()
