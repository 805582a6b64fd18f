#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: asa_preauthorization_info
short_description: List the preauthorizations of an Okta ASA project
version_added: 0.1.0
description:
  - Read who has temporary access (a preauthorization) to a project of an Okta Advanced Server Access (ASA) team, and
    until when; disabled ones are listed too, with C(disabled).
  - "Requests: one C(GET) per page of 100 preauthorizations, plus one token request unless O(bearer_token) is given."
  - "Role: C(access_admin)."
author:
  - okta.asa maintainers (@okta-asa)
options:
  project:
    description: Name of the project.
    type: str
    required: true
  user_name:
    description: Only the preauthorizations of this user.
    type: str
  include_expired:
    description: Also the preauthorizations that have expired (ASA leaves them out by default).
    type: bool
    default: false
extends_documentation_fragment:
  - okta.asa.connection
  - okta.asa.attributes.info
'''

EXAMPLES = r'''
- name: Who has break-glass access to the data servers
  okta.asa.asa_preauthorization_info:
    project: data
  register: preauths
'''

RETURN = r'''
preauthorizations:
  description: The project's preauthorizations, in the API's order.
  returned: always
  type: list
  elements: dict
  sample:
    - {disabled: false, expires_at: '2026-12-01T22:00:00Z', id: 566b0fa9-f3ef-4825-a390-16d1766764a0,
       projects: [data], servers: null, user_name: jason.compson}
'''

from ansible_collections.okta.asa.plugins.module_utils._base import AsaInfoModule
from ansible_collections.okta.asa.plugins.module_utils._kinds.preauthorization import Preauthorization


class PreauthorizationInfoModule(AsaInfoModule):
    kind = Preauthorization
    options = dict(project=dict(type='str', required=True), user_name=dict(type='str'),
                   include_expired=dict(type='bool', default=False))
    names = {'project': 'path', 'user_name': 'text'}

    def read(self):
        query = {'include_expired': 'true' if self.params['include_expired'] else None}
        found = self.client.list(self.path(Preauthorization.list_path, project=self.params['project']), query)
        return [p for p in self.visible(found) if self.params['user_name'] in (None, p.get('user_name'))]


def main():
    PreauthorizationInfoModule.main()


if __name__ == '__main__':
    main()
