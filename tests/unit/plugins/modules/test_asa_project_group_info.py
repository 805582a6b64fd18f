# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""asa_project_group_info: what it reads, with which requests; it never changes anything."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

from ansible_collections.okta.asa.plugins.modules import asa_project_group, asa_project_group_info

TEAM = '/v1/teams/acme/'


def test_all_or_one_group_of_a_project(run, sim):
    sim.state.add_group('automation')
    run(asa_project_group, project='web', group='automation', server_access=True)
    listed = run(asa_project_group_info, project='web')
    assert [(g['group'], g['server_access']) for g in listed['project_groups']] == [('automation', True)]
    one = run(asa_project_group_info, project='web', group='automation')
    assert one.calls == [('GET', TEAM + 'projects/web/groups/automation')] and len(one['project_groups']) == 1
    assert run(asa_project_group_info, project='web', group='nope')['project_groups'] == []
