# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""asa_project_group: grant, unchanged, update in place, remove, check mode, a missing group."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

from ansible_collections.okta.asa.plugins.modules import asa_project_group

TEAM = '/v1/teams/acme/'


def test_project_group_grant_update_remove(run, sim):
    sim.state.add_group('automation', roles=['access_user'])
    item = TEAM + 'projects/web/groups/automation'
    granted = run(asa_project_group, project='web', group='automation', server_access=True, diff=True)
    assert granted['changed'] and granted.writes == [('POST', TEAM + 'projects/web/groups')]
    assert granted.bodies('POST', TEAM + 'projects/web/groups') == [
        {'server_access': True, 'server_admin': False, 'create_server_group': False, 'group': 'automation',
         'name': 'automation'}]
    assert granted['project_group']['server_admin'] is False
    again = run(asa_project_group, project='web', group='automation', server_access=True)
    assert not again['changed'] and again.calls == [('GET', item)]
    sudo = run(asa_project_group, project='web', group='automation', server_admin=True, servers_selector='role=web')
    assert sudo['changed'] and sudo.writes == [('PUT', item)]
    (put,) = sudo.bodies('PUT', item)
    assert put['server_access'] is True and put['server_admin'] is True and put['servers_selector'] == 'role=web'
    unlimited = run(asa_project_group, project='web', group='automation', servers_selector='')
    assert unlimited['changed'] and sim.state.project_groups[('web', 'automation')]['servers_selector'] is None
    assert not run(asa_project_group, project='web', group='automation', servers_selector='')['changed']
    assert run(asa_project_group, project='web', group='automation', state='absent', check_mode=True).writes == []
    removed = run(asa_project_group, project='web', group='automation', state='absent')
    assert removed['changed'] and removed.writes == [('DELETE', item)] and 'automation' in sim.state.groups


def test_project_group_check_mode_and_a_missing_group(run, sim):
    sim.state.add_group('automation')
    predicted = run(asa_project_group, project='web', group='automation', server_admin=True, check_mode=True)
    assert predicted['changed'] and predicted.writes == [] and predicted['project_group']['server_access'] is False
    missing = run(asa_project_group, project='web', group='ghosts', server_access=True)
    assert missing['failed'] and missing['msg'] == "group 'ghosts' not found: create it first with okta.asa.asa_group"
    assert missing.writes == []


def test_check_mode_warns_of_a_missing_group_or_project_and_predicts(run, sim):
    predicted = run(asa_project_group, project='web', group='ghosts', server_access=True, check_mode=True)
    assert predicted['changed'] and predicted.writes == [] and predicted['project_group']['server_access'] is True
    assert predicted['warnings'] == ["group 'ghosts' not found: create it first with okta.asa.asa_group; check mode "
                                     "goes on as if an earlier task creates it"]
    new_project = run(asa_project_group, project='new', group='ghosts', server_access=True, check_mode=True)
    assert new_project['changed'] and len(new_project['warnings']) == 2 and new_project.writes == []
    assert "project 'new' not found" in new_project['warnings'][0]
    refused = run(asa_project_group, project='new', group='ghosts', server_access=True)
    assert refused['failed'] and "project 'new' not found" in refused['msg'] and refused.writes == []


def test_the_server_group_name_and_gid_are_set_and_compared(run, sim):
    sim.state.add_group('ops')
    done = run(asa_project_group, project='web', group='ops', create_server_group=True, server_group_name='ops-srv',
               unix_gid=7000)
    assert done['changed'] and sim.state.project_groups[('web', 'ops')]['server_group_name'] == 'ops-srv'
    assert sim.state.project_groups[('web', 'ops')]['unix_gid'] == 7000
    again = run(asa_project_group, project='web', group='ops', create_server_group=True, server_group_name='ops-srv',
                unix_gid=7000)
    assert not again['changed'] and again.writes == []
    moved = run(asa_project_group, project='web', group='ops', unix_gid=7001)
    assert moved['changed'] and moved.bodies('PUT', '/v1/teams/acme/projects/web/groups/ops')[0]['unix_gid'] == 7001
    assert sim.state.project_groups[('web', 'ops')]['server_group_name'] == 'ops-srv'  # kept: the PUT carried it
    bad = run(asa_project_group, project='web', group='ops', unix_gid=7)
    assert bad['failed'] and bad.requests == [] and 'unix_gid' in bad['msg']
