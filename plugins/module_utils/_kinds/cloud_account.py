# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""Internal to okta.asa: the cloud accounts of a project, the AWS accounts and Google Cloud projects whose
instances enroll in the project by themselves. ASA adds and removes them; it does not update them."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

import re

from ansible_collections.okta.asa.plugins.module_utils._common import AsaModuleError
from ansible_collections.okta.asa.plugins.module_utils._kind import Kind
from ansible_collections.okta.asa.plugins.module_utils._kinds.project import Project

ACCOUNT_IDS = {
    'aws': (re.compile(r'^[0-9]{12}$'), 'an AWS account id is 12 digits, such as 123456789012'),
    'gce': (re.compile(r'^([0-9]{6,20}|[a-z][-a-z0-9]{4,28}[a-z0-9])$'),
            'a Google Cloud project is its number or its id, such as 630225935076 or my-project-1'),
}


class CloudAccount(Kind):
    resource_key = 'cloud_account'
    plural = 'cloud_accounts'
    options = dict(
        project=dict(type='str', required=True),
        provider=dict(type='str', required=True, choices=['aws', 'gce']),
        account_id=dict(type='str', required=True),
        description=dict(type='str'),
    )
    fields = ('description',)
    create_only = ('description',)
    operations = ('create', 'delete')
    unsupported = {'update': 'cloud account %(provider)s %(account_id)s exists; ASA cannot change a cloud account'}
    names = {'project': 'path', 'description': 'text'}
    list_path = 'projects/{project}/cloud_accounts'
    item_path = 'projects/{project}/cloud_accounts/{id}'
    identity = {'provider': 'provider', 'account_id': 'account_id'}
    key = {'project': 'project', 'provider': 'provider', 'account_id': 'account_id'}
    parent = ('project', Project)

    def check_params(self):
        pattern, rule = ACCOUNT_IDS[self.params['provider']]
        if not pattern.fullmatch(self.params['account_id']):
            raise AsaModuleError('account_id %r is not a %s account: %s'
                                 % (self.params['account_id'], self.params['provider'], rule))

    @classmethod
    def normalize(cls, field, value):
        return value or None  # a description: none and '' are alike

    def create_body(self, wanted):
        body = {'provider': self.params['provider'], 'account_id': self.params['account_id']}
        if wanted.get('description'):
            body['description'] = wanted['description']
        return body

    def create(self, wanted):
        created = super(CloudAccount, self).create(wanted)
        return created or self.find()  # an answer without a body: find the new one by listing

    def build(self, current, changes):
        return dict(current or {'provider': self.params['provider'], 'account_id': self.params['account_id'],
                                'description': None}, **changes)
