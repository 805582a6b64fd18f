#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: asa_cloud_account_info
short_description: List the cloud accounts of an Okta ASA project
version_added: 0.1.0
description:
  - Read the AWS accounts and Google Cloud projects whose instances enroll in a project of an Okta Advanced Server
    Access (ASA) team.
  - "Requests: one C(GET) per page of 100 cloud accounts, plus one token request unless O(bearer_token) is given."
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
- name: The cloud accounts of the web project
  okta.asa.asa_cloud_account_info:
    project: web
  register: clouds
'''

RETURN = r'''
cloud_accounts:
  description: The project's cloud accounts, in the API's order.
  returned: always
  type: list
  elements: dict
  sample:
    - {account_id: '123456789012', description: Production AWS account, id: 23a38ea4-fc9a-4805-8df7-59e63a7845fb,
       provider: aws}
'''

from ansible_collections.okta.asa.plugins.module_utils._base import AsaInfoModule
from ansible_collections.okta.asa.plugins.module_utils._kinds.cloud_account import CloudAccount


class CloudAccountInfoModule(AsaInfoModule):
    kind = CloudAccount
    options = dict(project=dict(type='str', required=True))
    names = {'project': 'path'}

    def read(self):
        return self.visible(self.client.list(self.path(CloudAccount.list_path, project=self.params['project'])))


def main():
    CloudAccountInfoModule.main()


if __name__ == '__main__':
    main()
