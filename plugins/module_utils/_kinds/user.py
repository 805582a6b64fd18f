# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""Internal to okta.asa: the users of a team, human (from Okta) and service users alike. Groups' members are users."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

from ansible_collections.okta.asa.plugins.module_utils._common import is_deleted
from ansible_collections.okta.asa.plugins.module_utils._kind import Kind


class User(Kind):
    resource_key = 'user'
    plural = 'users'
    options = dict(name=dict(type='str', required=True))
    names = {'name': 'path'}
    operations = ()
    unsupported = {'create': 'user %(name)r not found: ASA creates human users from Okta, and service users with '
                             'okta.asa.asa_service_user',
                   'delete': 'user %(name)r: ASA removes human users when Okta does'}
    list_path = 'users'
    item_path = 'users/{name}'
    groups_path = 'users/{name}/groups'
    current_path = 'current_user'
    key = {'name': 'name'}
    missing_hint = 'create a service user first with okta.asa.asa_service_user; human users come from Okta'

    @classmethod
    def listed(cls, client):
        """Every live user of the team, human and service."""
        return client.paginate(cls.path(client, cls.list_path), {'include_service_users': 'true'})


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
