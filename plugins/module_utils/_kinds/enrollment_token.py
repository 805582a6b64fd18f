# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""Internal to okta.asa: the enrollment tokens of a project, which server agents enroll with. A token is all
identity: it is created or deleted, never updated."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

from ansible_collections.okta.asa.plugins.module_utils._common import check_secret_file, secret_file_differs, write_secret_file
from ansible_collections.okta.asa.plugins.module_utils._kind import Kind
from ansible_collections.okta.asa.plugins.module_utils._kinds.project import Project


class EnrollmentToken(Kind):
    resource_key = 'enrollment_token'
    plural = 'enrollment_tokens'
    options = dict(
        project=dict(type='str', required=True),
        description=dict(type='str', required=True),
        token_file=dict(type='path'),
    )
    operations = ('create', 'delete')
    names = {'project': 'path', 'description': 'text'}
    list_path = 'projects/{project}/server_enrollment_tokens'
    item_path = 'projects/{project}/server_enrollment_tokens/{id}'
    identity = {'description': 'description'}
    parent = ('project', Project)
    key = {'project': 'project', 'description': 'description'}

    def check_params(self):
        check_secret_file('token_file', self.params['token_file'])

    def build(self, current, changes):
        return {'description': self.params['description']}

    def result(self, after):
        """The token; with token_file, its value goes to that file (written when missing or different) instead."""
        token = dict(after or {})
        path = self.params['token_file']
        if path and token and self.params['state'] == 'present':
            value = token.pop('token', None)
            token['token_file'] = path
            self.wrote_locally = value is None or secret_file_differs(path, value)  # None: a creation, predicted
            if self.wrote_locally and not self.context.check_mode:
                write_secret_file(path, value)
        return {self.resource_key: token}

    def diff(self, before, after):
        """Before and after without the token's value: a diff is printed without no_log."""
        return dict((side, dict((k, v) for k, v in (obj or {}).items() if k != 'token'))
                    for side, obj in (('before', before), ('after', after)))
