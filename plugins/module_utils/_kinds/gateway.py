# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""Internal to okta.asa: gateways, which the API lists but does not change (a gateway enrolls with a setup token and
gets the token's labels), and gateway setup tokens, made by description with their labels and never changed (there
is no PUT: a token with other labels is another token)."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

from ansible_collections.okta.asa.plugins.module_utils._common import (
    AsaModuleError,
    check_secret_file,
    secret_file_differs,
    write_secret_file,
)
from ansible_collections.okta.asa.plugins.module_utils._kind import Kind


class Gateway(Kind):
    resource_key = 'gateway'
    plural = 'gateways'
    options = dict(name=dict(type='str', required=True))
    operations = ()
    unsupported = {'create': 'a gateway enrolls itself with a setup token (okta.asa.gateway_agent)',
                   'delete': 'a gateway is removed in ASA\'s dashboard'}
    list_path = 'gateways'
    identity = {'name': 'name'}
    key = {'name': 'name'}


class GatewaySetupToken(Kind):
    resource_key = 'gateway_setup_token'
    plural = 'gateway_setup_tokens'
    options = dict(
        description=dict(type='str', required=True),
        labels=dict(type='dict'),
        token_file=dict(type='path'),
    )
    fields = ('labels',)
    create_only = ('labels',)
    operations = ('create', 'delete')
    unsupported = {'update': 'gateway setup token %(description)r exists, and ASA cannot change one'}
    names = {'description': 'text'}
    list_path = 'gateway_setup_tokens'
    item_path = 'gateway_setup_tokens/{id}'
    value_path = 'gateway_setup_tokens/{id}/token'
    identity = {'description': 'description'}
    key = {'description': 'description'}

    def check_params(self):
        labels = self.params['labels']
        if labels is not None:
            for key, value in labels.items():
                if not key or not all(c.isalnum() or c in '._-/' for c in key):
                    raise AsaModuleError('labels: %r is not a label key (letters, digits, ".", "_", "-" and "/")' % key)
            self.params['labels'] = dict((k, str(v)) for k, v in labels.items())
        check_secret_file('token_file', self.params['token_file'])

    @staticmethod
    def with_labels(token):
        """A token with its labels beside the rest (ASA keeps them in ``details``)."""
        return dict(token, labels=((token.get('details') or {}).get('labels')) or token.get('labels') or {})

    def find(self):
        token = super(GatewaySetupToken, self).find()
        return self.with_labels(token) if token is not None else None

    @classmethod
    def read_set(cls, client, context, items, everything):
        return [cls.with_labels(token) for token in super(GatewaySetupToken, cls).read_set(client, context, items,
                                                                                           everything)]

    @classmethod
    def to_config(cls, obj):
        return {'description': obj.get('description'), 'labels': dict(cls.with_labels(obj)['labels'])}

    @classmethod
    def normalize(cls, field, value):
        return dict((k, str(v)) for k, v in (value or {}).items())

    def create_body(self, wanted):
        body = {'description': self.params['description'], 'registration_type': 'gateway-agent'}
        if wanted.get('labels'):
            body['details'] = {'labels': wanted['labels']}
        return body

    def create(self, wanted):
        return self.with_labels(super(GatewaySetupToken, self).create(wanted))

    def build(self, current, changes):
        return dict(current or {'description': self.params['description'], 'registration_type': 'gateway-agent',
                                'labels': {}}, **changes)

    def result(self, after):
        """The token with its value (read with one more GET); with token_file, the value goes to that file."""
        token = dict(after or {})
        if not token or self.params['state'] != 'present':
            return {self.resource_key: token}
        value = self.client.get(self.path_of(self.value_path, token))['token'] if token.get('id') else None
        path = self.params['token_file']
        if path:
            token['token_file'] = path
            self.wrote_locally = value is None or secret_file_differs(path, value)
            if self.wrote_locally and not self.context.check_mode:
                write_secret_file(path, value)
        elif value is not None:
            token['token'] = value
        return {self.resource_key: token}

    def diff(self, before, after):
        return dict((side, dict((k, v) for k, v in (obj or {}).items() if k != 'token'))
                    for side, obj in (('before', before), ('after', after)))
