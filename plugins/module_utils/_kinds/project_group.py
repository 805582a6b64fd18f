# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""Internal to okta.asa: project groups, the groups added to a project, and the access they grant there."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

from ansible_collections.okta.asa.plugins.module_utils._common import AsaModuleError
from ansible_collections.okta.asa.plugins.module_utils._kind import Kind
from ansible_collections.okta.asa.plugins.module_utils._kinds.group import Group
from ansible_collections.okta.asa.plugins.module_utils._kinds.project import Project
from ansible_collections.okta.asa.plugins.module_utils._kinds.user import caller

FLAGS = ('server_access', 'server_admin', 'create_server_group')


class ProjectGroup(Kind):
    resource_key = 'project_group'
    plural = 'project_groups'
    options = dict(
        project=dict(type='str', required=True),
        group=dict(type='str', required=True),
        server_access=dict(type='bool'),
        server_admin=dict(type='bool'),
        create_server_group=dict(type='bool'),
        servers_selector=dict(type='str'),
        server_group_name=dict(type='str'),
        unix_gid=dict(type='int'),
    )
    fields = FLAGS + ('servers_selector', 'server_group_name', 'unix_gid')
    names = {'project': 'path', 'group': 'group'}
    list_path = 'projects/{project}/groups'
    item_path = 'projects/{project}/groups/{group}'
    key = {'project': 'project', 'group': 'group'}
    parent = ('project', Project)
    refers = {'group': Group}
    defaults = dict([(flag, False) for flag in FLAGS] + [('servers_selector', '')])

    def check_params(self):
        gid = self.params['unix_gid']
        if gid is not None and not 100 <= gid <= 2147483647:
            raise AsaModuleError('unix_gid must be a number from 100 to 2147483647, not %s' % gid)

    @classmethod
    def normalize(cls, field, value):
        if field in ('servers_selector', 'server_group_name'):
            return value or None  # ASA keeps none as null; "" removes it
        if field == 'unix_gid':
            return value
        return bool(value)

    @classmethod
    def protect(cls, client, context, deletions):
        """Warn when overridden takes away the server access of a group the task's own identity belongs to (a task
        that knows its whole plan spares it instead)."""
        if not deletions:
            return deletions
        name, own_roles, groups = caller(client, context)
        mine = sorted('%s in %s' % (kind.params['group'], kind.params['project']) for kind, change in deletions
                      if kind.params['group'] in groups)
        if mine and context.whole_plan:
            context.warn('state=overridden spares the server access of %s: %r, which this task authenticates as, is '
                         'a member of the group; list it in config to stop this warning' % (', '.join(mine), name))
            return [entry for entry in deletions if entry[0].params['group'] not in groups]
        if mine:
            context.warn('state=overridden removes the server access of %s, a group that %r (the user this task '
                         'authenticates as) is a member of: it can no longer log in to those servers through it'
                         % (', '.join(mine), name))
        return deletions

    def complete(self, obj):
        return dict(obj, project=self.params['project'])

    def create_body(self, wanted):
        body = dict((flag, False) for flag in FLAGS)  # false booleans are sent, not left out
        body.update(wanted, group=self.params['group'], name=self.params['group'])
        return body

    def create(self, wanted):
        body = self.create_body(wanted)
        self.client.post(self.path_of(self.list_path), body, reconcile=self.find)  # 204, no body
        return self.build(None, body)

    def update_body(self, current, changes):
        # A PUT replaces what it names: the current writable fields, merged with the changes.
        after = dict(current, **changes)
        body = dict((field, after.get(field)) for field in self.fields)
        body.update(group=self.params['group'], name=self.params['group'])
        return body

    def build(self, current, changes):
        after = dict(current or {'project': self.params['project'], 'group': self.params['group'],
                                 'name': self.params['group'], 'deleted_at': None, 'removed_at': None,
                                 'servers_selector': None, 'server_group_name': None, 'unix_gid': None})
        if current is None:
            after.update((flag, False) for flag in FLAGS)
        after.update(changes)
        return after
