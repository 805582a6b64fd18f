# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""Internal to okta.asa: the servers of a project, enrolled by their agent or added (unmanaged) through the API."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

from ansible_collections.okta.asa.plugins.module_utils._client import AsaApiError
from ansible_collections.okta.asa.plugins.module_utils._common import AsaModuleError, require_uuid
from ansible_collections.okta.asa.plugins.module_utils._kind import Kind
from ansible_collections.okta.asa.plugins.module_utils._kinds.project import Project

PREFIX = 'api.'


def api_labels(labels):
    """The labels as ASA stores those set through the API: every key with the api. prefix."""
    return dict((key if key.startswith(PREFIX) else PREFIX + key, str(value)) for key, value in (labels or {}).items())


class Server(Kind):
    resource_key = 'server'
    plural = 'servers'
    options = dict(
        project=dict(type='str', required=True),
        id=dict(type='str'),
        hostname=dict(type='str'),
        labels=dict(type='dict'),
        access_address=dict(type='str'),
        alt_names=dict(type='list', elements='str'),
    )
    module_kwargs = dict(required_one_of=[('id', 'hostname')])
    fields = ('labels', 'access_address', 'alt_names')
    create_only = ('access_address', 'alt_names')
    names = {'project': 'path', 'hostname': 'text', 'access_address': 'text'}
    list_path = 'projects/{project}/servers'
    item_path = 'projects/{project}/servers/{id}'
    team_path = 'servers'
    key = {'project': 'project_name', 'id': 'id'}
    parent = ('project', Project)

    def check_params(self):
        require_uuid(self.params, 'id')
        for key in self.params['labels'] or {}:
            if not key or not all(c.isalnum() or c in '._-/' for c in key):
                raise AsaModuleError('labels: %r is not a label key (letters, digits, ".", "_", "-" and "/")' % key)

    @classmethod
    def normalize(cls, field, value):
        if field == 'labels':  # only the API's labels are compared: those from other sources are left out
            return dict((k, str(v)) for k, v in (value or {}).items() if k.startswith(PREFIX))
        if field == 'alt_names':
            return sorted(value or [])
        return value

    def key_of_params(self):
        if self.params['id'] is None:  # a server named by hostname, until identify() finds its id
            return (str(self.params['project']), 'hostname=%s' % self.params['hostname'])
        return super(Server, self).key_of_params()

    def named_in(self, servers):
        """The live server of ``servers`` (of the project) that has the params' hostname, or None; two are refused."""
        found = [s for s in servers if s.get('hostname') == self.params['hostname'] and not self.gone(s)]
        if len(found) > 1:
            raise AsaModuleError('%d servers of project %r are named %r (%s): name the one to manage by id'
                                 % (len(found), self.params['project'], self.params['hostname'],
                                    ', '.join(sorted(s['id'] for s in found))))
        return found[0] if found else None

    @classmethod
    def identify(cls, items, objects):
        for kind in items:
            if kind.params['id'] is None:
                named = kind.named_in(obj for obj in objects.values() if obj.get('project_name') == kind.params['project'])
                if named is not None:
                    kind.params['id'] = named['id']

    @classmethod
    def protect(cls, client, context, deletions):
        """Overridden leaves the servers an agent enrolled: they come from their agent, not from a configuration
        (only those added through the API, unmanaged, go)."""
        enrolled = sorted(str(change.current.get('hostname')) for kind, change in deletions if change.current.get('managed'))
        if enrolled:
            context.warn('state=overridden leaves %d enrolled server(s) that config does not list (%s): an agent '
                         'enrolled them; remove one with okta.asa.asa_server state=absent'
                         % (len(enrolled), ', '.join(enrolled)))
        return [(kind, change) for kind, change in deletions if not change.current.get('managed')]

    @classmethod
    def to_config(cls, obj):
        item = super(Server, cls).to_config(obj)
        item['hostname'] = obj.get('hostname')  # what a reviewer reads; the id is what names it
        return item

    def complete(self, obj):
        return dict(obj, project_name=self.params['project'])

    @classmethod
    def by_id(cls, client, project, server_id):
        """The live server of that id in the project, or None."""
        found = client.get(cls.path(client, cls.item_path, {'project': project, 'id': server_id}), missing_ok=True)
        return None if found is None or cls.gone(found) else found

    def wanted(self, current):
        wanted = super(Server, self).wanted(current)
        if self.params['labels'] is not None:
            wanted['labels'] = api_labels(self.params['labels'])  # the task's keys get the prefix ASA gives them
        return wanted

    def plan(self, current):
        if current is None and self.params['state'] == 'present' and self.params['id']:
            raise AsaModuleError('server %s not found in project %r: only a server named by hostname (and no id) can '
                                 'be added, as an unmanaged server' % (self.params['id'], self.params['project']))
        return super(Server, self).plan(current)

    def find(self):
        if self.params['id']:
            return self.by_id(self.client, self.params['project'], self.params['id'])
        try:
            servers = list(self.client.paginate(self.path_of(self.list_path)))
        except AsaApiError as exc:
            if exc.status != 404:
                raise
            self.missing_parent()
            return None
        self.parent_known = True
        return self.named_in(servers)

    def create_body(self, wanted):
        return {'hostname': self.params['hostname'], 'access_address': self.params['access_address'],
                'alt_names': self.params['alt_names'] or []}

    def create(self, wanted):
        # A POST whose answer was lost is reconciled by hostname (none had it before), never sent twice blindly.
        server = self.client.post(self.path_of(self.list_path), self.create_body(wanted), reconcile=self.find)
        if wanted.get('labels'):
            server = self.update(server, {'labels': wanted['labels']})
        return server

    def update_body(self, current, changes):
        return {'labels': changes['labels']}  # a PUT replaces all the API's labels

    def build(self, current, changes):
        if current is None:
            current = {'project_name': self.params['project'], 'hostname': self.params['hostname'], 'managed': False,
                       'access_address': self.params['access_address'], 'alt_names': self.params['alt_names'] or [],
                       'labels': {}}
        after = dict(current, **changes)
        if 'labels' in changes:
            others = dict((k, v) for k, v in (current.get('labels') or {}).items() if not k.startswith(PREFIX))
            after['labels'] = dict(others, **changes['labels'])
        return after
