# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""The server side: projects, groups and members, project access, enrollment tokens, servers; every branch."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

import pytest

from ansible_collections.okta.asa.plugins.modules import (
    asa_enrollment_token,
    asa_enrollment_token_info,
    asa_group,
    asa_group_info,
    asa_project,
    asa_project_group,
    asa_project_group_info,
    asa_project_info,
    asa_server,
    asa_server_info,
)

TEAM = '/v1/teams/acme/'
WEB1 = '5a3af768-063f-4a12-a056-8ef24e555556'


# -- asa_project -------------------------------------------------------------------------------------

def test_project_create_unchanged_update_delete(run, sim):
    assert run(asa_project, name='ops', state='absent').calls == [('GET', TEAM + 'projects/ops')]
    created = run(asa_project, name='ops', create_server_users=True, ssh_certificate_type='CERT_TYPE_RSA_01', diff=True)
    assert created['changed'] and created.writes == [('POST', TEAM + 'projects')]
    (body,) = created.bodies('POST', TEAM + 'projects')
    assert body['forward_traffic'] is False and body['ssh_certificate_type'] == 'CERT_TYPE_RSA_01'  # false is sent
    assert created['project']['create_server_users'] is True and created['diff']['before'] == {}
    again = run(asa_project, name='ops', create_server_users=True, ssh_certificate_type='CERT_TYPE_RSA_01')
    assert not again['changed'] and again.calls == [('GET', TEAM + 'projects/ops')]
    updated = run(asa_project, name='ops', ssh_session_recording=True, next_unix_uid=70001, diff=True)
    assert updated['changed'] and updated.writes == [('PUT', TEAM + 'projects/ops')]
    (put,) = updated.bodies('PUT', TEAM + 'projects/ops')
    assert put['create_server_users'] is True and put['ssh_session_recording'] is True  # the rest is kept
    assert 'force_shared_ssh_users' not in put and 'name' not in put  # only what a PUT takes
    assert updated['diff']['after']['next_unix_uid'] == 70001
    deleted = run(asa_project, name='ops', state='absent')
    assert deleted['changed'] and deleted.writes == [('DELETE', TEAM + 'projects/ops')]
    assert not run(asa_project, name='ops', state='absent')['changed']


def test_a_deleted_project_name_cannot_come_back(run, sim):
    run(asa_project, name='ops')
    run(asa_project, name='ops', state='absent')
    refused = run(asa_project, name='ops')
    assert refused['failed'] and 'never reuses a deleted project' in refused['msg'] and refused.writes == []


def test_project_fields_only_taken_on_creation_are_refused_by_name(run, sim):
    run(asa_project, name='legacy', force_shared_ssh_users=True, shared_admin_user_name='ops-admin',
        shared_standard_user_name='ops')
    refused = run(asa_project, name='legacy', shared_admin_user_name='root-ish', ssh_session_recording=True)
    assert refused['failed'] and refused.writes == []
    assert 'shared_admin_user_name cannot change' in refused['msg'] and "'ops-admin'" in refused['msg']
    same = run(asa_project, name='legacy', force_shared_ssh_users=True, shared_admin_user_name='ops-admin',
               shared_standard_user_name='ops')
    assert not same['changed']


def test_project_check_mode_writes_nothing(run, sim):
    predicted = run(asa_project, name='ops', forward_traffic=True, check_mode=True)
    assert predicted['changed'] and predicted.writes == [] and predicted['project']['forward_traffic'] is True
    assert predicted['project']['create_server_users'] is False and 'ops' not in sim.state.projects
    for options in ({'forward_traffic': True}, {'state': 'absent'}):
        assert run(asa_project, name='web', check_mode=True, **options).writes == []


def test_project_bad_input(run):
    for options, words in (({'name': 'a/b'}, 'not a valid name'), ({'name': 'x', 'next_unix_uid': 0}, 'positive'),
                           ({'name': 'x', 'force_shared_ssh_users': True}, 'shared_admin_user_name')):
        failed = run(asa_project, **options)
        assert failed['failed'] and words in failed['msg'] and failed.requests == []


# -- asa_group ---------------------------------------------------------------------------------------

@pytest.fixture()
def bots(sim):
    return [sim.state.add_service_user(name) for name in ('bot-a', 'bot-b', 'bot-c')]


def test_group_with_roles_and_members(run, sim, bots):
    created = run(asa_group, name='automation', roles=['access_admin'], members=['bot-a', 'jason.compson'], diff=True)
    assert created['changed'] and created['group']['members'] == ['bot-a', 'jason.compson']
    assert created.writes == [('POST', TEAM + 'groups'), ('POST', TEAM + 'groups/automation/users'),
                              ('POST', TEAM + 'groups/automation/users')]
    again = run(asa_group, name='automation', roles=['access_admin'], members=['jason.compson', 'bot-a'])
    assert not again['changed'] and again.calls == [('GET', TEAM + 'groups/automation'),
                                                    ('GET', TEAM + 'groups/automation/users')]
    added = run(asa_group, name='automation', members=['bot-b'])  # purge_members false: the others stay
    assert added['changed'] and added['group']['members'] == ['bot-a', 'bot-b', 'jason.compson']
    assert added.writes == [('POST', TEAM + 'groups/automation/users')]
    purged = run(asa_group, name='automation', members=['bot-b'], purge_members=True, roles=['reporting_user'])
    assert purged['group']['members'] == ['bot-b'] and purged['group']['roles'] == ['reporting_user']
    assert sorted(purged.writes) == sorted([('PUT', TEAM + 'groups/automation'),
                                            ('DELETE', TEAM + 'groups/automation/users/bot-a'),
                                            ('DELETE', TEAM + 'groups/automation/users/jason.compson')])
    assert sim.state.groups['automation']['_members'] == ['bot-b']


def test_group_roles_in_another_order_are_unchanged_and_members_unmanaged_cost_no_read(run, sim):
    run(asa_group, name='readers', roles=['reporting_user', 'access_user'])
    again = run(asa_group, name='readers', roles=['access_user', 'reporting_user'])
    assert not again['changed'] and again.calls == [('GET', TEAM + 'groups/readers')]
    assert 'members' not in again['group']


def test_a_group_synced_from_okta_keeps_its_members_and_says_why(run, sim, bots):
    refused = run(asa_group, name='okta-engineers', members=['bot-a'])
    assert refused['failed'] and 'synced from Okta' in refused['msg'] and 'change them in Okta' in refused['msg']
    assert sim.state.groups['okta-engineers']['_members'] == ['jason.compson']
    roles = run(asa_group, name='okta-engineers', roles=['access_user', 'reporting_user'])
    assert roles['changed'] and not roles.get('failed')


def test_a_federated_group_is_refused_before_any_write(run, sim, bots):
    sim.state.add_group('partners', federated_from_team='other-team')
    refused = run(asa_group, name='partners', members=['bot-a'])
    assert refused['failed'] and "team 'other-team'" in refused['msg'] and refused.writes == []


def test_group_member_that_does_not_exist_is_named(run):
    failed = run(asa_group, name='automation', members=['ghost'])
    assert failed['failed'] and "no user 'ghost'" in failed['msg']


def test_group_delete_and_check_mode(run, sim, bots):
    predicted = run(asa_group, name='automation', roles=['access_admin'], members=['bot-a'], check_mode=True)
    assert predicted['changed'] and predicted.writes == [] and predicted['group']['members'] == ['bot-a']
    run(asa_group, name='automation', roles=['access_admin'])
    assert run(asa_group, name='automation', state='absent', check_mode=True).writes == []
    deleted = run(asa_group, name='automation', state='absent')
    assert deleted['changed'] and deleted.writes == [('DELETE', TEAM + 'groups/automation')]
    assert not run(asa_group, name='automation', state='absent')['changed']


def test_a_service_user_gets_its_api_roles_from_its_groups(run, sim, bots):
    """What the simulator does with groups is what ASA does: roles come from groups."""
    key = sim.state.add_key('bot-a', secret='bot-a-secret')
    denied = run(asa_project_info, key_id=key['id'], key_secret='bot-a-secret')
    assert denied['failed'] and denied['status'] == 403
    run(asa_group, name='readers', roles=['reporting_user'], members=['bot-a'])
    assert not run(asa_project_info, key_id=key['id'], key_secret='bot-a-secret').get('failed')


# -- asa_project_group -------------------------------------------------------------------------------

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
    assert missing['failed'] and 'group ghosts not found' in missing['msg']


# -- asa_enrollment_token ----------------------------------------------------------------------------

def test_enrollment_token_created_once_returned_every_time_deleted(run, sim):
    tokens = TEAM + 'projects/web/server_enrollment_tokens'
    created = run(asa_enrollment_token, project='web', description='fleet')
    assert created['changed'] and created.writes == [('POST', tokens)] and created['enrollment_token']['token']
    again = run(asa_enrollment_token, project='web', description='fleet')
    assert not again['changed'] and again.calls == [('GET', tokens)]
    assert again['enrollment_token']['token'] == created['enrollment_token']['token']
    assert run(asa_enrollment_token, project='web', description='fleet', state='absent', check_mode=True).writes == []
    deleted = run(asa_enrollment_token, project='web', description='fleet', state='absent')
    assert deleted.writes == [('DELETE', tokens + '/' + created['enrollment_token']['id'])]
    assert sim.state.enrollment_tokens == {}


def test_enrollment_token_check_mode_predicts_no_token(run, sim):
    predicted = run(asa_enrollment_token, project='web', description='fleet', check_mode=True)
    assert predicted['changed'] and predicted.writes == [] and predicted['enrollment_token'] == {'description': 'fleet'}
    missing = run(asa_enrollment_token, project='nope', description='fleet')
    assert missing['failed'] and 'project nope not found' in missing['msg']


# -- asa_server --------------------------------------------------------------------------------------

def test_server_labels_are_compared_after_the_api_prefix(run, sim):
    item = TEAM + 'projects/web/servers/' + WEB1
    labelled = run(asa_server, project='web', hostname='web-1', labels={'env': 'prod', 'api.tier': '1'}, diff=True)
    assert labelled['changed'] and labelled.writes == [('PUT', item)]
    assert sim.state.servers[WEB1]['labels'] == {'role': 'web', 'api.env': 'prod', 'api.tier': '1'}  # role kept
    assert labelled['diff']['after']['labels'] == sim.state.servers[WEB1]['labels']
    again = run(asa_server, project='web', id=WEB1.upper(), labels={'api.env': 'prod', 'tier': 1})
    assert not again['changed'] and again.calls == [('GET', item)]
    cleared = run(asa_server, project='web', id=WEB1, labels={})
    assert cleared['changed'] and sim.state.servers[WEB1]['labels'] == {'role': 'web'}


def test_unmanaged_server_added_once_then_removed(run, sim):
    servers = TEAM + 'projects/web/servers'
    predicted = run(asa_server, project='web', hostname='bastion', access_address='203.0.113.10', check_mode=True)
    assert predicted['changed'] and predicted.writes == []
    added = run(asa_server, project='web', hostname='bastion', access_address='203.0.113.10', alt_names=['b'],
                labels={'role': 'bastion'})
    assert added['changed'] and added['server']['managed'] is False
    assert added.writes == [('POST', servers), ('PUT', servers + '/' + added['server']['id'])]
    assert not run(asa_server, project='web', hostname='bastion', access_address='203.0.113.10', alt_names=['b'],
                   labels={'role': 'bastion'})['changed']
    moved = run(asa_server, project='web', hostname='bastion', access_address='203.0.113.99')
    assert moved['failed'] and 'access_address cannot change' in moved['msg'] and moved.writes == []
    removed = run(asa_server, project='web', hostname='bastion', state='absent')
    assert removed['changed'] and removed.writes == [('DELETE', servers + '/' + added['server']['id'])]
    assert not run(asa_server, project='web', hostname='bastion', state='absent')['changed']


def test_a_server_by_id_cannot_be_created_and_two_of_a_name_need_an_id(run, sim):
    missing = run(asa_server, project='web', id='11111111-2222-4333-8444-555555555555', labels={'a': 'b'})
    assert missing['failed'] and 'only a server named by hostname' in missing['msg'] and missing.writes == []
    sim.state.add_server('web', 'web-1')
    twice = run(asa_server, project='web', hostname='web-1', labels={})
    assert twice['failed'] and 'name the one to manage by id' in twice['msg']


# -- the info modules --------------------------------------------------------------------------------

def test_server_side_info_modules(run, sim):
    assert [p['name'] for p in run(asa_project_info)['projects']] == ['web', 'data']
    assert run(asa_project_info, name='nope')['projects'] == []
    sim.state.add_group('automation', roles=['access_admin'])
    groups = run(asa_group_info, contains='auto', members=True)['groups']
    assert [(g['name'], g['members']) for g in groups] == [('automation', [])]
    run(asa_project_group, project='web', group='automation', server_access=True)
    assert [g['group'] for g in run(asa_project_group_info, project='web')['project_groups']] == ['automation']
    assert run(asa_project_group_info, project='web', group='nope')['project_groups'] == []
    run(asa_enrollment_token, project='web', description='fleet')
    assert [t['description'] for t in run(asa_enrollment_token_info, project='web')['enrollment_tokens']] == ['fleet']
    servers = run(asa_server_info, project='data')
    assert [s['hostname'] for s in servers['servers']] == ['db-1', 'win-1']  # old-1 was removed
    assert 'project_name=data' in servers.requests[-1]['query']
    assert [s['hostname'] for s in run(asa_server_info, selector='role=web')['servers']] == ['web-1', 'web-2']
