#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: asa_team_info
short_description: Read an Okta ASA team's settings, statistics and the calling user
version_added: 0.1.0
description:
  - Read the settings and the statistics of an Okta Advanced Server Access (ASA) team, and which user the task
    authenticates as.
  - "Requests: three C(GET)s (settings, statistics, the calling user), plus one token request unless O(bearer_token)
    is given."
  - "Role: C(access_admin) (the statistics need it)."
author:
  - okta.asa maintainers (@okta-asa)
extends_documentation_fragment:
  - okta.asa.connection
  - okta.asa.attributes.info
'''

EXAMPLES = r'''
- name: Who am I, and how large is the team?
  okta.asa.asa_team_info:
  register: team

- name: Show it
  ansible.builtin.debug:
    msg: "{{ team.team.current_user.name }} in a team of {{ team.team.stats.num_servers }} servers"
'''

RETURN = r'''
team:
  description: The team.
  returned: always
  type: dict
  contains:
    settings:
      description: The team's settings, as M(okta.asa.asa_team_settings) returns them.
      type: dict
      sample: {client_session_duration: 36000, web_session_duration: 36000, team: acme}
    stats:
      description: How many of each kind of object the team has.
      type: dict
      sample: {num_clients: 3, num_gateways: 0, num_groups: 2, num_human_users: 3, num_projects: 2, num_servers: 4,
               num_service_users: 1}
    current_user:
      description: The user the task authenticates as (C(id), C(name), C(team_name)).
      type: dict
      sample: {id: 9b1a6f0e-2c4d-4e8f-9a1b-3c5d7e9f1a2b, name: deploy-bot, team_name: acme}
'''

from ansible_collections.okta.asa.plugins.module_utils._base import AsaInfoModule
from ansible_collections.okta.asa.plugins.module_utils._kinds.team_settings import TeamSettings
from ansible_collections.okta.asa.plugins.module_utils._kinds.user import User


class TeamInfoModule(AsaInfoModule):
    kind = TeamSettings
    result_key = 'team'

    def read(self):
        return {'settings': self.client.get(self.path(TeamSettings.item_path)),
                'stats': TeamSettings.stats(self.client),
                'current_user': self.client.get(self.path(User.current_path))}


def main():
    TeamInfoModule.main()


if __name__ == '__main__':
    main()
