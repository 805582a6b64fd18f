#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: asa_group
short_description: Manage Okta ASA groups, their roles and their members
version_added: 0.1.0
description:
  - Create, update and delete the groups of an Okta Advanced Server Access (ASA) team, with the O(roles) they grant
    their members and, optionally, the O(members) themselves (human or service users).
  - A service user gets its API permissions from the roles of its groups, and server access from the projects its
    groups are added to (M(okta.asa.asa_project_group)).
  - The members of a group synced from Okta by SCIM, or federated from another team, are managed there; a task that
    would change them fails with a message saying so, before any write. Their O(roles) can still change.
  - Creating a group with the name of a deleted one is sent to ASA; when ASA refuses the name (it keeps the names
    of deleted objects), the task fails saying so. Check mode warns that it may.
  - "Requests per task: one C(GET) of the group, and one C(GET) per page of 100 members when O(members) is set (plus
    one token request unless O(bearer_token) is given); a change adds one C(POST) or C(PUT) for the group and one
    C(POST) or C(DELETE) per member added or removed."
  - "Role: reading needs C(access_user), C(access_admin) or C(reporting_user); changes need C(access_admin)."
author:
  - okta.asa maintainers (@okta-asa)
options:
  name:
    description: Name of the group.
    type: str
    required: true
  roles:
    description:
      - The roles the group grants its members. When set, exactly these (ASA's order does not matter).
      - V(access_admin) may change ASA; V(access_user) and V(reporting_user) may read it.
    type: list
    elements: str
    choices: [access_user, access_admin, reporting_user]
  members:
    description:
      - Names of users (human or service) who must be members. Unset, members are not managed.
      - With O(purge_members=false) the listed users are added and other members are kept.
    type: list
    elements: str
  purge_members:
    description: Also remove the members that O(members) does not list.
    type: bool
    default: false
  attributes:
    description:
      - The group's attributes to set, by name; the others are not managed. ASA gives each group V(unix_group_name),
        V(unix_gid) and V(windows_group_name), the names and GID its members' server group gets.
      - V(unix_group_name) and V(windows_group_name) are names of up to 255 characters; V(unix_gid) a number from
        V(100) to V(2147483647). An attribute that comes from Okta cannot change here.
    type: dict
  force:
    description:
      - Allow a change that takes access_admin from the user the task authenticates as (it has that role only
        through the groups the change strips, deletes or removes it from). Without it, such a task fails before any
        write, in check mode too, since every later write of the automation would get 403.
    type: bool
    default: false
extends_documentation_fragment:
  - okta.asa.connection
  - okta.asa.attributes
  - okta.asa.state
'''

EXAMPLES = r'''
- name: A group whose members may change ASA, with the deploy bot in it
  okta.asa.asa_group:
    name: automation
    roles: [access_admin]
    members: [deploy-bot]

- name: Exactly these members, nobody else
  okta.asa.asa_group:
    name: web-admins
    roles: [access_user]
    members: [jason.compson, quentin.compson]
    purge_members: true

- name: Remove the group from the team and from every project
  okta.asa.asa_group:
    name: web-admins
    state: absent
'''

RETURN = r'''
group:
  description:
    - The group as it now stands (as it would in check mode); V({}) when absent.
    - With O(members) set, C(members) is the full membership (user names, sorted).
    - With O(attributes) set, C(attributes) holds every attribute of the group, by name.
  returned: always
  type: dict
  sample:
    deleted_at: '0001-01-01T00:00:00Z'
    federated_from_team: null
    federation_approved_at: null
    id: 57bc138b-63c2-4351-98d0-d72d8d6c1b74
    members: [deploy-bot]
    name: automation
    roles: [access_admin]
'''

from ansible_collections.okta.asa.plugins.module_utils._base import AsaKindModule
from ansible_collections.okta.asa.plugins.module_utils._kinds.group import Group


class GroupModule(AsaKindModule):
    kind = Group


def main():
    GroupModule.main()


if __name__ == '__main__':
    main()
