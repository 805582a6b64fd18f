#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: asa_cloud_account
short_description: Manage the cloud accounts an Okta ASA project enrolls servers from
version_added: 0.1.0
description:
  - Add or remove the AWS accounts and Google Cloud projects of a project of an Okta Advanced Server Access (ASA)
    team; the instances of a cloud account enroll in the project by themselves.
  - ASA cannot change a cloud account; a task that would change the O(description) of one fails, naming it. Remove
    the account and add it again to change it.
  - "Requests per task: one C(GET) per page of 100 of the project's cloud accounts (plus one token request unless
    O(bearer_token) is given); an addition adds one C(POST), a removal one C(DELETE)."
  - "Role: reading needs C(access_user) or C(access_admin); changes need C(access_admin)."
author:
  - okta.asa maintainers (@okta-asa)
options:
  project:
    description: Name of the project.
    type: str
    required: true
  provider:
    description: The cloud provider, V(aws) or V(gce) (Google Cloud).
    type: str
    required: true
    choices: [aws, gce]
  account_id:
    description: The AWS account id (12 digits), or the Google Cloud project's number or id.
    type: str
    required: true
  description:
    description: What the account is, for people. Taken when the account is added.
    type: str
extends_documentation_fragment:
  - okta.asa.connection
  - okta.asa.attributes
  - okta.asa.state
'''

EXAMPLES = r'''
- name: Instances of the production AWS account enroll in the web project
  okta.asa.asa_cloud_account:
    project: web
    provider: aws
    account_id: "123456789012"
    description: Production AWS account

- name: No longer the dev Google Cloud project
  okta.asa.asa_cloud_account:
    project: web
    provider: gce
    account_id: my-dev-project
    state: absent
'''

RETURN = r'''
cloud_account:
  description: The cloud account as it now stands (as it would in check mode); V({}) when absent.
  returned: always
  type: dict
  sample: {account_id: '123456789012', description: Production AWS account,
           id: 23a38ea4-fc9a-4805-8df7-59e63a7845fb, provider: aws}
'''

from ansible_collections.okta.asa.plugins.module_utils._base import AsaKindModule
from ansible_collections.okta.asa.plugins.module_utils._kinds.cloud_account import CloudAccount


class CloudAccountModule(AsaKindModule):
    kind = CloudAccount


def main():
    CloudAccountModule.main()


if __name__ == '__main__':
    main()
