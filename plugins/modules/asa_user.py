#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: asa_user
short_description: Manage the status and attributes of Okta ASA users
version_added: 0.1.0
description:
  - Set the status of a user of an Okta Advanced Server Access (ASA) team, human or service, and the attributes it
    gets on servers (its Unix and Windows user names, UID and GID).
  - ASA creates and removes human users from Okta (SCIM); this module changes the users that exist. A name ASA does
    not know fails, saying so; service users are created with M(okta.asa.asa_service_user).
  - Only the O(attributes) a task lists are managed, each compared as ASA stores it. An attribute that comes from
    Okta (C(managed) in ASA) cannot change here, so a task that would change one fails, naming it, before any write.
  - A user cannot change its own status (ASA refuses it), so such a task fails before any write.
  - "Requests per task: one C(GET) of the user, and one C(GET) of its attributes when O(attributes) is set (plus one
    token request unless O(bearer_token) is given); a status change adds one C(PUT) and three C(GET)s to tell who
    the task authenticates as, each changed attribute one C(PUT)."
  - "Role: reading needs C(access_user), C(access_admin) or C(reporting_user); changes need C(access_admin)."
author:
  - okta.asa maintainers (@okta-asa)
options:
  name:
    description: Name of the user.
    type: str
    required: true
  status:
    description:
      - Status of the user. V(DISABLED) users cannot log in; V(DELETED) removes the user from ASA's lists (Okta may
        bring a human user back).
      - Unset, the status is not managed.
    type: str
    choices: [ACTIVE, DISABLED, DELETED]
  attributes:
    description:
      - The user's attributes to set, by name; the others are not managed.
      - V(unix_user_name) and V(windows_user_name) are names of up to 255 characters; V(unix_uid) and V(unix_gid)
        numbers from V(100) to V(2147483647).
    type: dict
extends_documentation_fragment:
  - okta.asa.connection
  - okta.asa.attributes
'''

EXAMPLES = r'''
- name: Jason logs in to Linux servers as jcompson, UID 4100
  okta.asa.asa_user:
    name: jason.compson
    attributes:
      unix_user_name: jcompson
      unix_uid: 4100

- name: Disable a user who left
  okta.asa.asa_user:
    name: quentin.compson
    status: DISABLED
'''

RETURN = r'''
user:
  description:
    - The user as it now stands (as it would in check mode).
    - With O(attributes) set, C(attributes) holds every attribute of the user, by name.
  returned: always
  type: dict
  sample:
    attributes: {unix_gid: 4100, unix_uid: 4100, unix_user_name: jcompson, windows_user_name: jason.compson}
    deleted_at: null
    details: {email: jason.compson@example.com, first_name: Jason, full_name: Jason Compson, last_name: Compson}
    id: 03832a9e-c09c-4200-bf05-32dde35de011
    name: jason.compson
    status: ACTIVE
    user_type: human
'''

from ansible_collections.okta.asa.plugins.module_utils._base import AsaKindModule
from ansible_collections.okta.asa.plugins.module_utils._kinds.user import User


class UserModule(AsaKindModule):
    kind = User


def main():
    UserModule.main()


if __name__ == '__main__':
    main()
