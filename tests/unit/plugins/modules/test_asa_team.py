# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""asa_team: the whole team in one task; what it reads, predicts, writes, refuses and spares."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

from ansible_collections.okta.asa.plugins.modules import asa_project, asa_team as module

TEAM = '/v1/teams/acme/'

CONFIG = {
    'projects': [{'name': 'web', 'create_server_users': True}, {'name': 'ops'}],
    'service_users': [{'name': 'deploy-bot'}],
    'groups': [{'name': 'ops-admins', 'roles': ['access_user'], 'members': ['deploy-bot', 'jason.compson']}],
    'project_groups': [{'project': 'ops', 'group': 'ops-admins', 'server_access': True, 'server_admin': True}],
    'sudo_entitlements': [{'name': 'restart-web', 'structured_commands': [
        {'command': '/bin/systemctl restart nginx', 'command_type': 'raw'}]}],
    'servers': [{'project': 'web', 'hostname': 'web-2', 'labels': {'role': 'web', 'tier': 'front'}}],
    'enrollment_tokens': [{'project': 'ops', 'description': 'ops servers'}],
    'gateway_setup_tokens': [{'description': 'eu gateways', 'labels': {'region': 'eu'}}],
    'team_settings': {'client_session_duration': 28800},
}


def test_cold_converge_in_dependency_order_then_the_rerun_only_reads_each_list(run):
    done = run(module, config=CONFIG)
    assert not done.get('failed'), done.get('msg')
    kinds = [c['kind'] for c in done['changes']]
    assert kinds.index('projects') < kinds.index('service_users') < kinds.index('groups') < kinds.index('project_groups')
    assert {'kind': 'project_groups', 'action': 'create', 'project': 'ops', 'group': 'ops-admins'} in done['changes']
    assert {'kind': 'team_settings', 'action': 'update'} in done['changes']
    again = run(module, config=CONFIG)
    assert not again.get('failed'), again.get('msg')
    assert not again['changed'] and again.writes == [] and again['changes'] == []
    # the floor: one read of each list (the members of the group whose item lists them; the lists of the project
    # the items are in), and no list of users, which only a change that adds members needs
    assert sorted(again.calls) == [('GET', TEAM + path) for path in (
        'entitlements/sudo', 'gateway_setup_tokens', 'groups', 'groups/ops-admins/users', 'projects',
        'projects/ops/groups', 'projects/ops/server_enrollment_tokens', 'servers', 'service_users', 'settings')]
    tokens = [r for r in again.requests if r['path'].endswith('/service_token')]
    assert len(tokens) == 1


def test_check_mode_predicts_across_kinds_and_writes_nothing(run):
    done = run(module, config=CONFIG, check_mode=True, diff=True)
    assert not done.get('failed'), done.get('msg')
    assert done['changed'] and done.writes == []
    shown = done['diff']['prepared']
    assert 'projects:\n' in shown and "  + 'ops'" in shown
    assert '  + group=ops-admins, project=ops (' in shown and 'server_admin: True' in shown
    assert 'team_settings:\n  ~ client_session_duration: ' in shown


def test_a_reference_neither_in_the_team_nor_in_the_plan_fails_before_any_write(run):
    for check_mode in (True, False):
        config = dict(CONFIG, project_groups=[{'project': 'ops', 'group': 'nobody-made-it', 'server_access': True}])
        done = run(module, config=config, check_mode=check_mode)
        assert done['failed'] and done.writes == []
        assert done['msg'].startswith("config.project_groups[0]: group 'nobody-made-it' is neither in team 'acme' nor "
                                      "in config.groups")
        config = dict(CONFIG, groups=None, project_groups=config['project_groups'])
        done = run(module, config=config, check_mode=check_mode)
        assert done['failed'] and done.writes == []
        assert "group 'nobody-made-it' not found" in done['msg']  # the kind's own check, from one read of the groups
        config = dict(CONFIG, enrollment_tokens=[{'project': 'nowhere', 'description': 'x'}])
        done = run(module, config=config, check_mode=check_mode)
        assert done['failed'] and done.writes == []
        assert done['msg'].startswith("config.enrollment_tokens[0]: project 'nowhere' is neither in team 'acme' nor")


def test_bad_item_names_its_place_before_any_request(run):
    done = run(module, config={'groups': [{'name': 'ok'}, {'name': 'x', 'attributes': {'unix_gid': 5}}]})
    assert done['failed'] and done.requests == []
    assert done['msg'].startswith('config.groups[1]: attributes: unix_gid must be a number from 100')
    done = run(module, config={'team_settings': {'client_session_duration': 1}})
    assert done['failed'] and done['msg'].startswith('config.team_settings: client_session_duration must be')
    done = run(module, kinds=['projects'])
    assert done['failed'] and 'kinds says which kinds state=gathered reads' in done['msg']


def test_gathered_is_config_and_converging_it_writes_nothing(run):
    run(module, config=CONFIG)
    gathered = run(module, state='gathered')
    team = gathered['gathered']
    assert sorted(team) == ['cloud_accounts', 'enrollment_tokens', 'gateway_setup_tokens', 'groups', 'preauthorizations',
                            'project_groups', 'projects', 'servers', 'service_users', 'services', 'sudo_entitlements',
                            'team_settings', 'users']
    assert not gathered['changed'] and gathered.writes == []
    web = next(p for p in team['projects'] if p['name'] == 'web')
    assert web['create_server_users'] and 'next_unix_uid' not in web and 'next_unix_gid' not in web  # counters ASA moves
    ops = next(g for g in team['groups'] if g['name'] == 'ops-admins')
    assert ops['members'] == ['deploy-bot', 'jason.compson'] and ops['roles'] == ['access_user']
    assert {'project': 'ops', 'description': 'ops servers'} in team['enrollment_tokens']
    assert all(sorted(token) == ['description', 'project'] for token in team['enrollment_tokens'])  # never a value
    again = run(module, config=team)
    assert not again.get('failed'), again.get('msg')
    assert again.writes == [] and not again['changed']
    only = run(module, state='gathered', kinds=['projects'])
    assert list(only['gathered']) == ['projects'] and only.calls == [('GET', TEAM + 'projects')]


def test_overridden_deletes_what_config_drops_and_spares_the_caller(run, sim):
    run(module, config=CONFIG)
    team = run(module, state='gathered')['gathered']
    admins = run(module, config={'groups': [{'name': 'admins', 'roles': ['access_admin'], 'members': [sim.admin_user]}],
                                 'project_groups': [{'project': 'web', 'group': 'admins', 'server_access': True}]})
    assert not admins.get('failed'), admins.get('msg')
    config = dict(team, groups=[g for g in team['groups'] if g['name'] != 'ops-admins'],
                  project_groups=[], service_users=[u for u in team['service_users'] if u['name'] != 'deploy-bot'])
    done = run(module, config=config, state='overridden')
    assert not done.get('failed'), done.get('msg')
    deleted = sorted((c['kind'], c.get('name') or c.get('group')) for c in done['changes'] if c['action'] == 'delete')
    assert ('groups', 'ops-admins') in deleted and ('service_users', 'deploy-bot') in deleted
    assert ('project_groups', 'ops-admins') in deleted
    assert ('groups', 'admins') not in deleted and ('project_groups', 'admins') not in deleted
    assert any('spares' in w and 'admins' in w for w in done['warnings'])
    kinds = [c['kind'] for c in done['changes']]
    assert kinds.index('project_groups') < kinds.index('groups') < kinds.index('service_users')  # reverse order
    humans = [c for c in done['changes'] if c['kind'] == 'users']
    assert humans == []


def test_an_item_that_refers_to_what_the_plan_deletes_fails_before_any_write(run):
    run(module, config=CONFIG)
    config = {'groups': [], 'project_groups': CONFIG['project_groups']}
    done = run(module, config=config, state='overridden', check_mode=True)
    assert done['failed'] and done.writes == []
    assert done['msg'].startswith("config.project_groups[0]: group 'ops-admins' is neither in team 'acme' nor in "
                                  "config.groups (or this task deletes it)")


def test_overridden_refuses_a_project_with_servers_unless_forced(run):
    done = run(module, config={'projects': [{'name': 'web'}]}, state='overridden')
    assert done['failed'] and done.writes == []
    assert "project 'data' still has" in done['msg'] and 'force=true' in done['msg']


def test_every_kind_converges_and_reruns_without_a_write(run, sim):
    web_1 = '5a3af768-063f-4a12-a056-8ef24e555556'
    config = dict(
        CONFIG,
        projects=CONFIG['projects'] + [{'name': 'vault', 'require_preauth_for_creds': True}],
        services=[{'project': 'web', 'server_id': web_1, 'service_user': 'deploy-bot', 'server_uid': '9001'}],
        cloud_accounts=[{'project': 'ops', 'provider': 'aws', 'account_id': '123456789012', 'description': 'prod'}],
        preauthorizations=[{'project': 'vault', 'user_name': 'caddy.compson', 'expires_at': '2031-01-01T00:00:00Z'}],
        users=[{'name': 'caddy.compson', 'attributes': {'unix_uid': 4242}}],
    )
    done = run(module, config=config)
    assert not done.get('failed'), done.get('msg')
    made = set(c['kind'] for c in done['changes'])
    assert made >= {'services', 'cloud_accounts', 'preauthorizations', 'users'}
    again = run(module, config=config)
    assert not again.get('failed'), again.get('msg')
    assert again.writes == [] and not again['changed']
    team = run(module, state='gathered')['gathered']
    assert {'project': 'web', 'server_id': web_1, 'service_user': 'deploy-bot', 'server_uid': '9001'} in team['services']
    caddy = next(u for u in team['users'] if u['name'] == 'caddy.compson')
    assert caddy['attributes']['unix_uid'] == 4242
    exported = run(module, config=team)
    assert not exported.get('failed'), exported.get('msg')
    assert exported.writes == []


def test_a_failed_write_names_it_and_returns_what_was_done(run, sim):
    config = {'projects': [{'name': 'new-one'}], 'service_users': [{'name': 'bot-a'}],
              'groups': [{'name': 'g', 'members': ['bot-a']}]}
    real = sim.exchange

    def exchange(verb, target, headers, raw_body=b'', base_url=''):
        if verb == 'POST' and target.split('?')[0].endswith('/groups'):
            return (500, {}, b'{"message": "boom"}', 'application/json')
        return real(verb, target, headers, raw_body, base_url)
    sim.exchange = exchange
    done = run(module, config=config)
    assert done['failed'] and '1 of 1 changes failed: create name=g' in done['msg']
    assert [c['kind'] for c in done['changes']] == ['projects', 'service_users'] and done['changed']
    forced = run(module, config={'projects': [{'name': 'web'}]}, state='overridden', force=True, check_mode=True)
    assert not forced.get('failed'), forced.get('msg')
    assert {'kind': 'projects', 'action': 'delete', 'name': 'data'} in forced['changes'] and forced.writes == []


def test_overridden_leaves_enrolled_servers_and_deletes_unmanaged_ones(run, sim):
    added = run(module, config={'servers': [{'project': 'web', 'hostname': 'by-api', 'access_address': '10.0.0.99'}]})
    assert not added.get('failed'), added.get('msg')
    done = run(module, config={'servers': []}, state='overridden')
    assert not done.get('failed'), done.get('msg')
    assert [(c['action'], c['project']) for c in done['changes']] == [('delete', 'web')]
    assert any('leaves 4 enrolled server(s)' in w and 'web-1' in w for w in done['warnings'])
    again = run(module, config={'servers': []}, state='overridden')
    assert again.writes == [] and not again['changed']


def test_servers_of_a_deleted_project_are_no_configuration(run, sim):
    sim.state.add_project('closed')
    sim.state.add_server('closed', 'left-behind')
    assert run(asa_project, name='closed', state='absent', force=True)['changed']
    team = run(module, state='gathered', kinds=['projects', 'servers'])['gathered']
    assert 'closed' not in [p['name'] for p in team['projects']]
    assert 'left-behind' not in [s['hostname'] for s in team['servers']]
    again = run(module, config=team)
    assert not again.get('failed'), again.get('msg')
    assert again.writes == []
