#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: asa_gateway_info
short_description: List the gateways of an Okta ASA team
version_added: 0.1.0
description:
  - Read the gateways of an Okta Advanced Server Access (ASA) team, with their addresses and labels. A gateway gets
    its labels from the setup token it enrolled with (M(okta.asa.asa_gateway_setup_token)).
  - "Requests: one C(GET) per page of 100 gateways, plus one token request unless O(bearer_token) is given."
  - "Role: C(access_user), C(access_admin) or C(reporting_user)."
author:
  - okta.asa maintainers (@okta-asa)
options:
  contains:
    description: Return only the gateways whose name contains this text (filtered by ASA).
    type: str
extends_documentation_fragment:
  - okta.asa.connection
  - okta.asa.attributes.info
'''

EXAMPLES = r'''
- name: The EU gateways
  okta.asa.asa_gateway_info:
    contains: eu
  register: gateways
'''

RETURN = r'''
gateways:
  description: The gateways found, in the API's order.
  returned: always
  type: list
  elements: dict
  sample:
    - {access_address: 10.0.9.1, cloud_provider: null, default_address: 10.0.9.1, description: '',
       id: 2e9b6b5c-3a4f-4d6e-8f1a-7b2c9d0e1f23, labels: {env: prod, region: eu}, name: gw-eu-1,
       refuse_connections: false}
'''

from ansible_collections.okta.asa.plugins.module_utils._base import AsaInfoModule
from ansible_collections.okta.asa.plugins.module_utils._kinds.gateway import Gateway


class GatewayInfoModule(AsaInfoModule):
    kind = Gateway
    options = dict(contains=dict(type='str'))

    def read(self):
        return self.visible(self.client.list(self.path(Gateway.list_path), {'contains': self.params['contains']}))


def main():
    GatewayInfoModule.main()


if __name__ == '__main__':
    main()
