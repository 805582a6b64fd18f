# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""Internal to okta.asa: the server users of a project, the local users ASA makes on its servers for the users its
groups let in (with sudo or without). Read only: they follow from project groups and group members."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

from ansible_collections.okta.asa.plugins.module_utils._kind import Kind
from ansible_collections.okta.asa.plugins.module_utils._kinds.project import Project


class ServerUser(Kind):
    resource_key = 'server_user'
    plural = 'server_users'
    options = dict(project=dict(type='str', required=True), user_name=dict(type='str', required=True))
    names = {'project': 'path'}
    operations = ()
    unsupported = {'create': 'server users follow from project groups and their members (okta.asa.asa_project_group)',
                   'delete': 'server users follow from project groups and their members (okta.asa.asa_project_group)'}
    list_path = 'projects/{project}/server_users'
    identity = {'user_name': 'user_name'}
    key = {'project': 'project', 'user_name': 'user_name'}
    parent = ('project', Project)
    shown_when_gone = True  # a deleted server user is listed with status DELETED, as ASA keeps it on the servers
