# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""Internal to okta.asa: the users of a team, human and service users alike. ASA creates and removes human users
from Okta, never through this API: a user is found by name, its status and attributes changed. Groups' members are
users."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

from ansible_collections.okta.asa.plugins.module_utils._common import AsaModuleError, is_deleted
from ansible_collections.okta.asa.plugins.module_utils._kind import Kind, each
from ansible_collections.okta.asa.plugins.module_utils._kinds import attributes


class User(Kind):
    resource_key = 'user'
    plural = 'users'
    options = dict(
        name=dict(type='str', required=True),
        status=dict(type='str', choices=['ACTIVE', 'DISABLED', 'DELETED']),
        attributes=dict(type='dict'),
    )
    states = ()
    fields = ('status', 'attributes')
    names = {'name': 'path'}
    operations = ('update',)
    unsupported = {'create': 'user %(name)r not found in the team: ASA creates human users from Okta (assign the '
                             'user to the ASA application there), and service users with okta.asa.asa_service_user',
                   'delete': 'user %(name)r: ASA removes human users when Okta does'}
    list_path = 'users'
    item_path = 'users/{name}'
    groups_path = 'users/{name}/groups'
    attributes_path = 'users/{name}/attributes'
    attribute_path = 'users/{name}/attributes/{attribute_id}'
    current_path = 'current_user'
    key = {'name': 'name'}
    shown_when_gone = True  # a deleted user is listed with status DELETED: the info module's status option filters
    missing_hint = 'create a service user first with okta.asa.asa_service_user; human users come from Okta'

    def check_params(self):
        if self.params['attributes'] is not None:
            self.params['attributes'] = attributes.check(self.params['attributes'], attributes.USER)

    @classmethod
    def listed(cls, client):
        """Every live user of the team, human and service."""
        return client.paginate(cls.path(client, cls.list_path), {'include_service_users': 'true'})

    @classmethod
    def normalize(cls, field, value):
        return dict(value or {}) if field == 'attributes' else value

    @classmethod
    def read_set(cls, client, context, items, everything):
        """The team's human users (deleted ones too: a listed name that ASA deleted is not created), with the
        attributes of those whose items list them (of every live one, for the whole team)."""
        users = cls.team_list(client, context)
        with_attributes = attributes.owners(cls, client, context, users, items, everything)
        each(lambda user: attributes.read_into(with_attributes[user['name']], user),
             [user for user in users if user['name'] in with_attributes and not cls.gone(user)])
        return users

    @classmethod
    def prepare(cls, client, context, entries):
        for kind, change in entries:
            kind.check_references([change])

    def find(self):
        user = self.client.get(self.path_of(self.item_path), missing_ok=True)  # a deleted user too: its status
        if user is not None and self.params['attributes'] is not None:
            attributes.read_into(self, user)
        return user

    def wanted(self, current):
        wanted = super(User, self).wanted(current)
        if 'attributes' in wanted and current is not None:
            wanted['attributes'] = dict(current.get('attributes', {}), **wanted['attributes'])  # only those listed
        return wanted

    def check_references(self, changes):
        """Before any write: no attribute Okta manages changes, and no user changes its own status."""
        for change in changes:
            if 'attributes' in change.fields:
                attributes.differ(self.listed, self.params['attributes'], 'user %r' % self.params['name'])
            if 'status' in change.fields and caller(self.client, self.context)[0] == self.params['name']:
                raise AsaModuleError('user %r is the one this task authenticates as, and ASA lets no user change its '
                                     'own status: run the task as another user' % self.params['name'])

    def update(self, current, changes):
        if 'status' in changes:
            body = dict((k, v) for k, v in current.items() if k != 'attributes')
            self.client.put(self.path_of(self.item_path), dict(body, status=changes['status']))  # the whole user
        if 'attributes' in changes:
            attributes.write(self, self.listed, attributes.differ(self.listed, changes['attributes'],
                                                                  'user %r' % self.params['name']))
        return self.build(current, changes)


def caller(client, context):
    """(name, its own roles, {group: roles of the group}) of the user the task authenticates as, read once per task
    (three requests) and only when a change may take its access away."""
    if context.caller is None:
        name = client.get(User.path(client, User.current_path))['name']
        user = User.named(client, name) or {}
        groups = dict((group['name'], group.get('roles') or [])
                      for group in client.paginate(User.path(client, User.groups_path, {'name': name}))
                      if not is_deleted(group))
        context.caller = (name, user.get('role_grants') or [], groups)
    return context.caller
