# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""Internal to okta.asa: services, which let a service user log in to a server as the local user of a UID. A service
is all identity: it is created or deleted, never updated."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

import re

from ansible_collections.okta.asa.plugins.module_utils._client import AsaApiError
from ansible_collections.okta.asa.plugins.module_utils._common import AsaModuleError, require_uuid
from ansible_collections.okta.asa.plugins.module_utils._kind import Kind
from ansible_collections.okta.asa.plugins.module_utils._kinds.project import Project
from ansible_collections.okta.asa.plugins.module_utils._kinds.server import Server
from ansible_collections.okta.asa.plugins.module_utils._kinds.service_user import ServiceUser

UID_RE = re.compile(r'^[0-9]{1,10}$')  # ASCII digits only: str.isdigit() also takes fullwidth and superscript digits
MAX_UID = 4294967294  # the largest UID a Linux server can give a user (2^32 - 1 is reserved)


class Service(Kind):
    resource_key = 'service'
    plural = 'services'
    options = dict(
        project=dict(type='str', required=True),
        server_id=dict(type='str', required=True),
        service_user=dict(type='str', required=True),
        server_uid=dict(type='str', required=True),
        allow_root_uid=dict(type='bool', default=False),
    )
    operations = ('create', 'delete')
    names = {'project': 'path', 'service_user': 'path'}
    list_path = 'projects/{project}/servers/{server_id}/services'
    item_path = 'projects/{project}/servers/{server_id}/services/{id}'
    team_path = 'services'
    identity = {'service_user': 'service_user_name', 'server_uid': 'server_uid'}
    key = {'project': 'project', 'server_id': 'server_id', 'service_user': 'service_user_name',
           'server_uid': 'server_uid'}
    refers = {'service_user': ServiceUser}

    def check_params(self):
        require_uuid(self.params, 'server_id')
        uid = self.params['server_uid']
        if not UID_RE.fullmatch(uid) or int(uid) > MAX_UID:
            raise AsaModuleError('server_uid %r is not a UID: it must be a number from 1 to %d, such as 9001'
                                 % (uid, MAX_UID))
        if int(uid) == 0 and not self.params['allow_root_uid']:
            raise AsaModuleError('server_uid 0 is root: a service that logs in as root needs allow_root_uid=true')
        self.params['server_uid'] = str(int(uid))

    def find(self):
        try:
            return super(Service, self).find()
        except AsaApiError as exc:
            if exc.status != 404:
                raise
        self.missing_server()
        return None

    def missing_server(self):
        """Say which of project and server does not exist (in check mode, a warning)."""
        if Project.named(self.client, self.params['project']) is None:
            self.missing('project %r not found in team %r: check the project option'
                         % (self.params['project'], self.client.team))
        else:
            self.missing('server %s not found in project %r: check server_id (the server may be in another project, '
                         'or deleted)' % (self.params['server_id'], self.params['project']))

    @classmethod
    def scope(cls, client, context, items, everything):
        """server id -> project: the servers of the items (every server of the team for ``everything``)."""
        if everything:
            return dict((s['id'], s.get('project_name')) for s in Server.team_list(client, context) if not Server.gone(s))
        servers = {}
        for index, kind in enumerate(items):
            server, project = kind.params['server_id'], kind.params['project']
            if servers.setdefault(server, project) != project:
                raise AsaModuleError('config[%d]: server %s is in project %r in another item; a server is in one '
                                     'project' % (index, server, servers[server]))
        return servers

    @classmethod
    def read_set(cls, client, context, items, everything):
        servers = cls.scope(client, context, items, everything)  # checked before the first request
        return [dict(obj, project=servers[obj['server_id']])
                for obj in client.paginate(cls.path(client, cls.team_path)) if obj.get('server_id') in servers]

    @classmethod
    def prepare(cls, client, context, entries):
        super(Service, cls).prepare(client, context, entries)  # an unknown service user fails here
        checked = set()
        for kind, change in entries:
            server = (kind.params['project'], kind.params['server_id'])
            if change.action == 'create' and server not in checked:
                checked.add(server)
                if Server.by_id(client, *server) is None:
                    kind.missing_server()

    def complete(self, obj):
        return dict(obj, project=self.params['project'])

    def build(self, current, changes):
        # Resolving the user in check mode too gives the same errors and the same result as a real run.
        return {'server_id': self.params['server_id'], 'server_uid': self.params['server_uid'],
                'service_user_id': self.referred('service_user')['id'], 'service_user_name': self.params['service_user']}

    def create_body(self, wanted):
        return {'server_uid': self.params['server_uid'], 'service_user_id': self.referred('service_user')['id']}

    def create(self, wanted):
        created = super(Service, self).create(wanted)
        return dict(created, service_user_name=self.params['service_user'])  # the answer has only the ids
