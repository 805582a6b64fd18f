#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: asa_service
short_description: Let an Okta ASA service user log in to a server
version_added: 0.1.0
description:
  - Manage the services of an Okta Advanced Server Access (ASA) server. A service lets a service user log in to
    the server as the local user of UID O(server_uid), with ASA's short-lived certificates.
  - A service is identified by its project, server, service user and server UID; it has nothing else to change.
  - "Requests per task: one C(GET) of the server's services (plus one token request unless O(bearer_token) is
    given) when nothing changes; creating adds one C(GET) to resolve the service user's id and one C(POST);
    deleting adds one C(DELETE)."
  - "Role: reading needs C(access_user), C(access_admin), C(reporting_user) or C(server_admin); creating and
    deleting need C(access_admin)."
author:
  - okta.asa maintainers (@okta-asa)
options:
  project:
    description: Name of the project the server is enrolled in.
    type: str
    required: true
  server_id:
    description: ID (UUID) of the server.
    type: str
    required: true
  service_user:
    description: Name of the service user; the module resolves it to its id.
    type: str
    required: true
  server_uid:
    description:
      - UID of the local user on the server that the service user logs in as, for example V(9001).
      - A number from V(1) to V(4294967294); V(0) (root) only with O(allow_root_uid=true).
    type: str
    required: true
  allow_root_uid:
    description:
      - Allow O(server_uid=0), a service that logs in to the server as root.
    type: bool
    default: false
  state:
    description: Whether the service should exist.
    type: str
    choices: [present, absent]
    default: present
extends_documentation_fragment:
  - okta.asa.connection
  - okta.asa.attributes
'''

EXAMPLES = r'''
- name: Let deploy-bot log in to web-1 as UID 9001
  okta.asa.asa_service:
    project: web
    server_id: 5a3af768-063f-4a12-a056-8ef24e555556
    service_user: deploy-bot
    server_uid: "9001"

- name: Give deploy-bot every server of the web project (one token for the loop via module_defaults)
  okta.asa.asa_service:
    project: web
    server_id: "{{ item }}"
    service_user: deploy-bot
    server_uid: "9001"
  loop: "{{ web_server_ids }}"

- name: Take the access away again
  okta.asa.asa_service:
    project: web
    server_id: 5a3af768-063f-4a12-a056-8ef24e555556
    service_user: deploy-bot
    server_uid: "9001"
    state: absent
'''

RETURN = r'''
service:
  description: The service as it now stands; V({}) when absent. In check mode a creation has no C(id).
  returned: always
  type: dict
  sample:
    id: 6414fa11-289f-4aa0-b67e-dcef072af92e
    server_id: 5a3af768-063f-4a12-a056-8ef24e555556
    server_uid: '9001'
    service_user_id: aa225c16-af6e-4ab4-9150-456fd472e2d7
    service_user_name: deploy-bot
'''

import re

from ansible_collections.okta.asa.plugins.module_utils._base import AsaEntityModule, AsaModuleError, is_deleted
from ansible_collections.okta.asa.plugins.module_utils._client import AsaApiError

UID_RE = re.compile(r'^[0-9]{1,10}$')  # ASCII digits only: str.isdigit() also takes fullwidth and superscript digits
MAX_UID = 4294967294  # the largest UID a Linux server can give a user (2^32 - 1 is reserved)


class ServiceModule(AsaEntityModule):
    """A service is all identity: it is created or deleted, never updated."""

    resource_key = 'service'
    options = dict(
        project=dict(type='str', required=True),
        server_id=dict(type='str', required=True),
        service_user=dict(type='str', required=True),
        server_uid=dict(type='str', required=True),
        allow_root_uid=dict(type='bool', default=False),
    )
    operations = ('create', 'delete')
    names = {'project': 'path', 'service_user': 'path'}
    collection = 'projects/{project}/servers/{server_id}/services'
    item = 'projects/{project}/servers/{server_id}/services/{id}'
    identity = {'service_user': 'service_user_name', 'server_uid': 'server_uid'}

    def check_params(self):
        self.require_uuid('server_id')
        uid = self.params['server_uid']
        if not UID_RE.fullmatch(uid) or int(uid) > MAX_UID:
            raise AsaModuleError('server_uid %r is not a UID: it must be a number from 1 to %d, such as 9001'
                                 % (uid, MAX_UID))
        if int(uid) == 0 and not self.params['allow_root_uid']:
            raise AsaModuleError('server_uid 0 is root: a service that logs in as root needs allow_root_uid=true')
        self.params['server_uid'] = str(int(uid))

    def find(self):
        try:
            return super(ServiceModule, self).find()
        except AsaApiError as exc:
            if exc.status != 404:
                raise
        project = self.client.get(self.path_of('projects/{project}'), missing_ok=True)
        if not project or is_deleted(project):
            raise AsaModuleError('project %r not found in team %r: check the project option'
                                 % (self.params['project'], self.params['team']))
        raise AsaModuleError('server %s not found in project %r: check server_id (the server may be in another '
                             'project, or deleted)' % (self.params['server_id'], self.params['project']))

    def service_user_id(self):
        user = self.client.get(self.path_of('service_users/{service_user}'), missing_ok=True)
        if not user or is_deleted(user):
            raise AsaModuleError('service user %r not found: create it first with okta.asa.asa_service_user'
                                 % self.params['service_user'])
        return user['id']

    def build(self, current, changes):
        # Resolving the user in check mode too gives the same errors and the same result as a real run.
        return {'server_id': self.params['server_id'], 'server_uid': self.params['server_uid'],
                'service_user_id': self.service_user_id(), 'service_user_name': self.params['service_user']}

    def create_body(self, wanted):
        return {'server_uid': self.params['server_uid'], 'service_user_id': self.service_user_id()}

    def create(self, wanted):
        created = super(ServiceModule, self).create(wanted)
        return dict(created, service_user_name=self.params['service_user'])  # the answer has only the id


def main():
    ServiceModule.main()


if __name__ == '__main__':
    main()
