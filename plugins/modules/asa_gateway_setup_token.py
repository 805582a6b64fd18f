#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: asa_gateway_setup_token
short_description: Manage the setup tokens Okta ASA gateways enroll with
version_added: 0.1.0
description:
  - Ensure an Okta Advanced Server Access (ASA) team has a gateway setup token with a given O(description) and
    O(labels), or delete it. A gateway that enrolls with the token gets its labels, and projects pick their gateways
    by those labels (C(gateway_selector) of M(okta.asa.asa_project)).
  - O(state=present) creates a token only when none has that description. ASA cannot change a token, so a task whose
    O(labels) differ from an existing token's fails, naming them; delete it and create another.
  - "B(The token is a credential) for adding gateways to the team. The module returns it in
    RV(gateway_setup_token.token) on every run: put C(no_log) on the task, or set O(token_file) so that the value goes
    to a file of mode 0600 and never into the result (the task then needs no C(no_log)). C(--diff) never shows it."
  - "Requests per task: one C(GET) per page of 100 tokens and one C(GET) of the token's value (plus one token
    request unless O(bearer_token) is given); a creation adds one C(POST), a deletion one C(DELETE)."
  - "Role: C(access_admin)."
author:
  - okta.asa maintainers (@okta-asa)
options:
  description:
    description: What the token is for; identifies it in the team.
    type: str
    required: true
  labels:
    description: "The labels a gateway that enrolls with the token gets, such as V({region: eu, env: prod})."
    type: dict
  token_file:
    description:
      - Write the token's value to this file (mode 0600, in a directory that exists) instead of returning it;
        RV(gateway_setup_token.token_file) names the file.
      - The file is written when it is missing, differs from the token or is readable by others; that alone makes
        the task changed.
    type: path
extends_documentation_fragment:
  - okta.asa.connection
  - okta.asa.attributes
  - okta.asa.state
'''

EXAMPLES = r'''
- name: The token the EU gateways enroll with, written where the gateway agent reads it
  okta.asa.asa_gateway_setup_token:
    description: EU gateways (Ansible)
    labels: {region: eu, env: prod}
    token_file: /etc/asa/gateway-eu.token

- name: Revoke it once the gateways are enrolled
  okta.asa.asa_gateway_setup_token:
    description: EU gateways (Ansible)
    state: absent
'''

RETURN = r'''
gateway_setup_token:
  description:
    - The token as it now stands; V({}) when absent. In check mode, a creation returns it without C(id) or C(token).
  returned: always
  type: dict
  contains:
    id:
      description: The token's id.
      type: str
      sample: 5f7d3f4e-7c2b-4a7e-9a55-0b9f1a6b2c3d
    description:
      description: The token's description.
      type: str
      sample: EU gateways (Ansible)
    labels:
      description: The labels a gateway enrolled with the token gets.
      type: dict
      sample: {region: eu, env: prod}
    token:
      description: The value a gateway enrolls with. A credential; never log it.
      type: str
      returned: unless O(token_file) is set
      sample: eyJzIjoiNWY3ZDNmNGUiLCJ1IjoiaHR0cHM6Ly9hcHAuc2NhbGVmdC5jb20ifQ==
    token_file:
      description: The file the token's value is in, with O(token_file).
      type: str
      returned: when O(token_file) is set
      sample: /etc/asa/gateway-eu.token
'''

from ansible_collections.okta.asa.plugins.module_utils._base import AsaKindModule
from ansible_collections.okta.asa.plugins.module_utils._kinds.gateway import GatewaySetupToken


class GatewaySetupTokenModule(AsaKindModule):
    kind = GatewaySetupToken


def main():
    GatewaySetupTokenModule.main()


if __name__ == '__main__':
    main()
