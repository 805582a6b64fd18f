# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""Internal to okta.asa: clients, the devices users enroll with `sft enroll`. ASA can approve, assign and revoke
them, not create them."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

from ansible_collections.okta.asa.plugins.module_utils._common import require_uuid
from ansible_collections.okta.asa.plugins.module_utils._kind import Kind


class Client(Kind):
    resource_key = 'client'
    plural = 'clients'
    options = dict(
        id=dict(type='str', required=True),
        user_name=dict(type='str'),
    )
    states = ('active', 'absent')
    fields = ('user_name',)
    fixed = {'state': 'ACTIVE'}
    names = {'user_name': 'text'}
    operations = ('update', 'delete')
    unsupported = {'create': 'client %(id)s not found or revoked: clients enroll from the device (sft enroll) and '
                             'cannot be created or re-approved by this module'}
    list_path = 'clients'
    item_path = 'clients/{id}'
    key = {'id': 'id'}

    shown_when_gone = True  # a revoked client is listed with state DELETED: the info module's state option filters

    def check_params(self):
        require_uuid(self.params, 'id')

    def update_body(self, current, changes):
        body = {'state': 'ACTIVE'}
        user_name = changes.get('user_name', current.get('user_name'))
        if user_name is not None:  # the API's user_name is a string: never send null
            body['user_name'] = user_name
        return body
