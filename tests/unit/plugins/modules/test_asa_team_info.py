# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""asa_team_info: settings, statistics and the calling user, in three reads."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

from ansible_collections.okta.asa.plugins.modules import asa_team_info

TEAM = '/v1/teams/acme/'


def test_settings_stats_and_the_calling_user(run, sim):
    done = run(asa_team_info)
    assert not done['changed']
    assert done.calls == [('GET', TEAM + 'settings'), ('GET', TEAM + 'team_stats'), ('GET', TEAM + 'current_user')]
    team = done['team']
    assert team['settings']['team'] == 'acme' and team['current_user']['name'] == sim.admin_user
    assert team['stats']['num_projects'] == 2 and team['stats']['num_servers'] == 4  # old-1 was deleted
