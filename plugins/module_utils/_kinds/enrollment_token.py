# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""Internal to okta.asa: the enrollment tokens of a project, which server agents enroll with. A token is all
identity: it is created or deleted, never updated."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

from ansible_collections.okta.asa.plugins.module_utils._kind import Kind


class EnrollmentToken(Kind):
    resource_key = 'enrollment_token'
    plural = 'enrollment_tokens'
    options = dict(
        project=dict(type='str', required=True),
        description=dict(type='str', required=True),
    )
    operations = ('create', 'delete')
    names = {'project': 'path', 'description': 'text'}
    list_path = 'projects/{project}/server_enrollment_tokens'
    item_path = 'projects/{project}/server_enrollment_tokens/{id}'
    identity = {'description': 'description'}
    key = {'project': 'project', 'description': 'description'}

    def build(self, current, changes):
        return {'description': self.params['description']}
