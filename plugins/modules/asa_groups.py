#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: asa_groups
short_description: Manage all the groups of an Okta ASA team, their roles and members, in one task
version_added: 0.1.0
description:
  - Converge a whole set of groups of an Okta Advanced Server Access (ASA) team in one task, with the options and
    comparison of M(okta.asa.asa_group).
  - Members are managed only for the items that list O(config[].members) (human members usually come from Okta);
    RV(before), RV(after) and RV(gathered) show C(members) only for those.
  - O(state=overridden) never deletes the built-in group C(everyone), nor a group that the service user the task
    authenticates as belongs to (which would take its own role away); finding that user lists the keys of the
    service users (one request each until found) and the members of each group to delete, only when something would
    be deleted. A task that authenticates with O(bearer_token) alone is refused when it would delete any group.
  - "Requests per task: one C(GET) per page of 100 groups, and one per page of 100 members of each group whose
    O(config[].members) is set (plus one token request unless O(bearer_token) is given) when nothing changes; a change
    adds one C(POST), C(PUT) or C(DELETE) for the group and one C(POST) or C(DELETE) per member added or removed."
  - "Role: reading needs C(access_user), C(access_admin) or C(reporting_user); changes need C(access_admin)."
author:
  - okta.asa maintainers (@okta-asa)
options:
  config:
    description: The groups.
    type: list
    elements: dict
    default: []
    suboptions:
      name:
        description: Name of the group.
        type: str
        required: true
      roles:
        description:
          - The roles the group grants its members. When set, exactly these (ASA's order does not matter).
          - V(access_admin) may change ASA; V(access_user) and V(reporting_user) may read it.
          - Left out, not managed (V(merged)) or none (V(replaced), V(overridden)).
        type: list
        elements: str
        choices: [access_user, access_admin, reporting_user]
      members:
        description:
          - Names of users (human or service) who must be members. Unset, members are not managed.
          - With O(config[].purge_members=false) the listed users are added and other members are kept.
          - With O(state=replaced) or O(state=overridden), exactly these (as with O(config[].purge_members=true)).
        type: list
        elements: str
      purge_members:
        description: Also remove the members that O(config[].members) does not list.
        type: bool
        default: false
      attributes:
        description:
          - The group's attributes to set, by name; the others are not managed. ASA gives each group
            V(unix_group_name), V(unix_gid) and V(windows_group_name), the names and GID its members' server group
            gets.
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
  - okta.asa.bulk
'''

EXAMPLES = r'''
- name: The team's groups and their roles
  okta.asa.asa_groups:
    config:
      - name: automation
        roles: [access_admin]
        members: [deploy-bot]
      - name: web-admins
        roles: [access_user]
      - name: auditors
        roles: [reporting_user]
    state: replaced
'''

RETURN = r'''
before:
  description: The team's groups before the task, in the shape of O(config), sorted by name.
  returned: always
  type: list
  elements: dict
  sample: [{name: automation, roles: [access_admin], members: [deploy-bot]}, {name: everyone, roles: []}]
after:
  description: The team's groups after the task (as they would be, in check mode), like RV(before).
  returned: always
  type: list
  elements: dict
changes:
  description: The writes made (or, in check mode, that would be), each with its C(action) and the group's C(name).
  returned: always
  type: list
  elements: dict
  sample: [{action: create, name: auditors}]
gathered:
  description: With O(state=gathered), the team's groups in the shape of O(config), like RV(before).
  returned: when O(state=gathered)
  type: list
  elements: dict
'''

from ansible_collections.okta.asa.plugins.module_utils._bulk import AsaSetModule
from ansible_collections.okta.asa.plugins.module_utils._kinds.group import Group


class GroupsModule(AsaSetModule):
    kind = Group


def main():
    GroupsModule.main()


if __name__ == '__main__':
    main()
