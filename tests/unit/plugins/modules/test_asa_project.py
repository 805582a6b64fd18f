# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""asa_project: create, unchanged, update, delete, deleted names, creation-only fields, check mode, bad input."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

from ansible_collections.okta.asa.plugins.modules import asa_project

TEAM = '/v1/teams/acme/'


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


def test_a_project_with_servers_is_deleted_only_with_force_and_says_what_goes_with_it(run, sim):
    from ansible_collections.okta.asa.plugins.modules import asa_enrollment_token, asa_group, asa_project_group

    run(asa_group, name='ops')
    run(asa_project_group, project='web', group='ops', server_access=True)
    run(asa_enrollment_token, project='web', description='fleet')
    refused = run(asa_project, name='web', state='absent', check_mode=True)
    assert refused['failed'] and refused.writes == []
    assert refused['msg'].startswith("project 'web' still has 1 enrollment tokens (fleet); 1 project groups (ops); "
                                     "2 servers (web-1, web-2): deleting it removes them")
    assert 'force=true' in refused['msg'] and refused['deleted_with']['servers'] == ['web-1', 'web-2']
    assert run(asa_project, name='web', state='absent')['failed'] and sim.state.projects['web']['deleted_at'] == \
        '0001-01-01T00:00:00Z'
    predicted = run(asa_project, name='web', state='absent', force=True, check_mode=True, diff=True)
    assert predicted['changed'] and predicted.writes == []
    assert predicted['diff']['before']['servers'] == ['web-1', 'web-2'] and predicted['diff']['after'] == {}
    assert predicted['deleted_with'] == {'servers': ['web-1', 'web-2'], 'project_groups': ['ops'],
                                         'enrollment_tokens': ['fleet']}
    deleted = run(asa_project, name='web', state='absent', force=True)
    assert deleted['changed'] and deleted.writes == [('DELETE', TEAM + 'projects/web')]


def test_an_empty_project_needs_no_force(run):
    run(asa_project, name='ops')
    deleted = run(asa_project, name='ops', state='absent')
    assert deleted['changed'] and deleted['deleted_with'] == {'servers': [], 'project_groups': [],
                                                              'enrollment_tokens': []}


def test_client_config_options_are_posted_and_a_changed_one_is_deleted_and_posted_again(run, sim):
    options = TEAM + 'projects/web/client_config_options'
    done = run(asa_project, name='web', client_config_options={'ssh.port_forward_method': 'netcat'})
    assert done['changed'] and done.writes == [('POST', options)]
    assert done['project']['client_config_options'] == {'ssh.port_forward_method': 'netcat'}
    again = run(asa_project, name='web', client_config_options={'ssh.port_forward_method': 'netcat'})
    assert not again['changed'] and again.calls == [('GET', TEAM + 'projects/web'), ('GET', options)]
    (first,) = sim.state.projects['web']['_client_config_options']
    wanted = {'ssh.port_forward_method': 'direct', 'ssh.insecure_forward_agent': 'host'}
    changed = run(asa_project, name='web', client_config_options=wanted)
    assert sorted(changed.writes) == [('DELETE', options + '/' + first), ('POST', options), ('POST', options)]
    kept = run(asa_project, name='web', client_config_options={'ssh.insecure_forward_agent': 'host'})
    assert not kept['changed']  # the others are kept without purge
    purged = run(asa_project, name='web', client_config_options={'ssh.insecure_forward_agent': 'host'},
                 purge_client_config_options=True, check_mode=True)
    assert purged['changed'] and purged.writes == [] and purged['project']['client_config_options'] == {
        'ssh.insecure_forward_agent': 'host'}


def test_a_gateway_selector_is_set_and_an_empty_one_removes_it(run, sim):
    done = run(asa_project, name='web', gateway_selector='region=eu')
    assert done['changed'] and sim.state.projects['web']['gateway_selector'] == 'region=eu'
    assert not run(asa_project, name='web', gateway_selector='region=eu')['changed']
    removed = run(asa_project, name='web', gateway_selector='')
    assert removed['changed'] and sim.state.projects['web']['gateway_selector'] is None
    assert not run(asa_project, name='web', gateway_selector='')['changed']
    created = run(asa_project, name='eu', gateway_selector='region=eu', client_config_options={'ssh.x_y': 'z'})
    assert created['changed'] and sim.state.projects['eu']['gateway_selector'] == 'region=eu'
    assert [o['config_key'] for o in sim.state.projects['eu']['_client_config_options'].values()] == ['ssh.x_y']
