#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: asa_team_settings
short_description: Manage the settings of an Okta ASA team
version_added: 0.1.0
description:
  - Set the team-wide settings of an Okta Advanced Server Access (ASA) team, such as how long client and web sessions
    last, where users land after logging in or out, and whether devices are approved without a click.
  - Only the options a task sets are compared and sent (ASA takes partial updates); the others are not managed.
    There is no C(state) option, since a team always has its settings.
  - "Requests per task: one C(GET) (plus one token request unless O(bearer_token) is given); a change adds one C(PUT)
    with the changed settings only."
  - "Role: reading needs C(access_user) or C(access_admin); changes need C(access_admin)."
author:
  - okta.asa maintainers (@okta-asa)
options:
  approve_device_without_interaction:
    description: Whether ASA approves the devices of users who are logged in to the team without asking them.
    type: bool
  client_session_duration:
    description: How long a client (C(sft)) session lasts, in seconds, from V(3600) (1 hour) to V(90000) (25 hours).
    type: int
  web_session_duration:
    description: How long a web session lasts, in seconds, from V(1800) (30 minutes) to V(90000) (25 hours).
    type: int
  post_device_enrollment_url:
    description: Where a user goes after enrolling a device; V('') unsets it.
    type: str
  post_login_url:
    description: Where a user who was not recently authenticated goes after the identity provider; V('') unsets it.
    type: str
  post_logout_url:
    description: Where a user goes after logging out; V('') unsets it.
    type: str
  reactivate_users_via_idp:
    description: Whether a disabled or deleted user who authenticates through the identity provider is enabled again.
    type: bool
  include_user_sid:
    description: Whether the Windows security identifier of users goes into their RDP certificates.
    type: str
    choices: [Never, If_Available, Always]
extends_documentation_fragment:
  - okta.asa.connection
  - okta.asa.attributes
'''

EXAMPLES = r'''
- name: Eight-hour client sessions, one-hour web sessions, and a landing page after login
  okta.asa.asa_team_settings:
    client_session_duration: 28800
    web_session_duration: 3600
    post_login_url: https://intranet.example.com/asa

- name: Unset the landing page
  okta.asa.asa_team_settings:
    post_login_url: ''
'''

RETURN = r'''
team_settings:
  description: The team's settings as they now stand (as they would in check mode).
  returned: always
  type: dict
  sample:
    approve_device_without_interaction: false
    client_session_duration: 28800
    include_user_sid: Never
    post_device_enrollment_url: null
    post_login_url: https://intranet.example.com/asa
    post_logout_url: null
    reactivate_users_via_idp: false
    team: acme
    user_provisioning_exact_username: null
    web_session_duration: 3600
'''

from ansible_collections.okta.asa.plugins.module_utils._base import AsaKindModule
from ansible_collections.okta.asa.plugins.module_utils._kinds.team_settings import TeamSettings


class TeamSettingsModule(AsaKindModule):
    kind = TeamSettings


def main():
    TeamSettingsModule.main()


if __name__ == '__main__':
    main()
