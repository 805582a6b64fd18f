# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""asa_group_info: what it reads, with which requests; it never changes anything."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

from ansible_collections.okta.asa.plugins.modules import asa_group, asa_group_info

TEAM = '/v1/teams/acme/'


def test_filtered_with_members(run, sim):
    sim.state.add_service_user('bot')
    run(asa_group, name='automation', roles=['access_admin'], members=['bot'])
    groups = run(asa_group_info, contains='auto', members=True)
    assert [(g['name'], g['members']) for g in groups['groups']] == [('automation', ['bot'])]
    assert groups.calls == [('GET', TEAM + 'groups'), ('GET', TEAM + 'groups/automation/users')]
    plain = run(asa_group_info, name='automation')
    assert 'members' not in plain['groups'][0] and plain.calls == [('GET', TEAM + 'groups/automation')]
    run(asa_group, name='automation', state='absent')
    assert run(asa_group_info, name='automation')['groups'] == []
