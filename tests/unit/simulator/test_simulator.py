# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""The simulator against the reference pages in shared/asa-api: paths, status codes, fields, quirks."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

import time

import pytest
import requests

from ansible_collections.okta.asa.tests.simulator.asa_simulator import Simulator

SECRET = 'simulator-test-secret'
USER_FIELDS = {'deleted_at', 'details', 'id', 'name', 'oauth_client_application_id', 'role_grants', 'status',
               'user_type'}
KEY_FIELDS = {'expires_at', 'id', 'issued_at', 'last_used'}
SERVICE_FIELDS = {'id', 'server_id', 'server_uid', 'service_user_id', 'service_user_name'}
ENTITLEMENT_FIELDS = {'add_env', 'created_at', 'description', 'id', 'name', 'opt_no_exec', 'opt_no_passwd',
                      'opt_run_as', 'opt_set_env', 'structured_commands', 'sub_env', 'updated_at'}
CLIENT_FIELDS = {'deleted_at', 'description', 'encrypted', 'hostname', 'id', 'os', 'state', 'user_name'}
SERVER_FIELDS = {'access_address', 'alt_names', 'bastion', 'canonical_name', 'cloud_provider', 'deleted_at',
                 'hostname', 'id', 'instance_details', 'labels', 'last_seen', 'managed', 'os', 'os_type',
                 'project_name', 'registered_at', 'services', 'sftd_version', 'ssh_host_keys', 'state', 'team_name'}
WEB1 = '5a3af768-063f-4a12-a056-8ef24e555556'


@pytest.fixture()
def sim():
    simulator = Simulator(admin_key_secret=SECRET)
    simulator.seed_default()
    simulator.start()
    yield simulator
    simulator.stop()


class Api:
    def __init__(self, sim):
        self.sim = sim
        self.base = sim.url + '/v1/teams/acme/'
        answer = requests.post(self.base + 'service_token', json={'key_id': sim.admin_key['id'], 'key_secret': SECRET})
        assert answer.status_code == 200
        self.token = answer.json()['bearer_token']

    def call(self, method, path, **kwargs):
        headers = {'Authorization': 'Bearer %s' % self.token}
        headers.update(kwargs.pop('headers', {}))
        return requests.request(method, self.base + path if not path.startswith('http') else path,
                                headers=headers, **kwargs)


@pytest.fixture()
def api(sim):
    return Api(sim)


def test_service_token(sim):
    answer = requests.post(sim.url + '/v1/teams/acme/service_token',
                           json={'key_id': sim.admin_key['id'], 'key_secret': SECRET})
    assert answer.status_code == 200
    assert set(answer.json()) == {'bearer_token', 'expires_at', 'team_name'}
    assert answer.json()['team_name'] == 'acme'
    bad = requests.post(sim.url + '/v1/teams/acme/service_token', json={'key_id': sim.admin_key['id'], 'key_secret': 'x'})
    assert bad.status_code == 401 and bad.json()['code'] == 'authentication_error'
    assert sim.log[0]['authorized'] is False


def test_service_users_lifecycle(api):
    created = api.call('POST', 'service_users', json={'name': 'bot'})
    assert created.status_code == 201
    assert set(created.json()) == USER_FIELDS and created.json()['status'] == 'ACTIVE'
    assert api.call('POST', 'service_users', json={'name': 'bot'}).status_code == 409
    fetched = api.call('GET', 'service_users/bot')
    assert fetched.status_code == 200 and fetched.json() == created.json()
    body = dict(fetched.json(), status='DISABLED')
    updated = api.call('PUT', 'service_users/bot', json=body)
    assert updated.status_code == 200 and updated.json()['status'] == 'DISABLED'
    listed = api.call('GET', 'service_users', params={'status': 'DISABLED'}).json()['list']
    assert [u['name'] for u in listed] == ['bot']
    api.call('PUT', 'service_users/bot', json=dict(body, status='DELETED'))
    deleted = api.call('GET', 'service_users/bot').json()
    assert deleted['status'] == 'DELETED' and deleted['deleted_at']  # soft delete: still readable
    assert api.call('POST', 'service_users', json={'name': 'bot'}).status_code == 409  # the name is never reused
    assert api.call('GET', 'service_users/nobody').status_code == 404


def test_service_user_filters(api):
    for name in ('alpha-1', 'alpha-2', 'beta-1'):
        api.call('POST', 'service_users', json={'name': name})
    names = [u['name'] for u in api.call('GET', 'service_users', params={'starts_with': 'alpha'}).json()['list']]
    assert names == ['alpha-1', 'alpha-2']
    names = [u['name'] for u in api.call('GET', 'service_users', params={'contains': '-1'}).json()['list']]
    assert names == ['alpha-1', 'beta-1']


def test_keys_rotate_list_delete(api):
    api.call('POST', 'service_users', json={'name': 'bot'})
    first = api.call('POST', 'service_users/bot/keys')
    assert first.status_code == 200 and set(first.json()) == KEY_FIELDS | {'secret'}
    assert first.json()['expires_at'] == '0001-01-01T00:00:00Z'  # Go zero time: never expires
    api.call('POST', 'service_users/bot/keys')
    keys = api.call('GET', 'service_users/bot/keys').json()['list']
    assert all(set(k) == KEY_FIELDS for k in keys)  # no secrets in the list
    old = [k for k in keys if k['id'] == first.json()['id']][0]
    assert not old['expires_at'].startswith('0001')  # rotating set an expiry on the other key
    assert api.call('DELETE', 'service_users/bot/keys/' + old['id']).status_code == 204
    assert api.call('DELETE', 'service_users/bot/keys/' + old['id']).status_code == 404
    assert len(api.call('GET', 'service_users/bot/keys').json()['list']) == 1


def test_services_per_server_and_team(api):
    user = api.call('POST', 'service_users', json={'name': 'bot'}).json()
    path = 'projects/web/servers/%s/services' % WEB1
    created = api.call('POST', path, json={'server_uid': '9001', 'service_user_id': user['id']})
    assert created.status_code == 201
    assert set(created.json()) == SERVICE_FIELDS - {'service_user_name'}
    assert api.call('POST', path, json={'server_uid': '9001', 'service_user_id': user['id']}).status_code == 409
    listed = api.call('GET', path).json()['list']
    assert set(listed[0]) == SERVICE_FIELDS and listed[0]['service_user_name'] == 'bot'
    assert api.call('GET', 'services').json()['list'] == listed
    assert api.call('DELETE', path + '/' + listed[0]['id']).status_code == 204
    assert api.call('GET', path).json()['list'] == []
    assert api.call('DELETE', path + '/' + listed[0]['id']).status_code == 404
    assert api.call('GET', 'projects/nope/servers/%s/services' % WEB1).status_code == 404
    assert api.call('GET', 'projects/data/servers/%s/services' % WEB1).status_code == 404


def test_sudo_entitlements(api, sim):
    body = {'name': 'ls', 'description': 'list', 'opt_no_passwd': True,
            'structured_commands': [{'command': '/bin/ls', 'command_type': 'executable', 'args_type': 'none'},
                                    {'command': '/bin/', 'command_type': 'directory'}]}
    created = api.call('POST', 'entitlements/sudo', json=body)
    assert created.status_code == 201 and set(created.json()) == ENTITLEMENT_FIELDS
    ent = created.json()
    assert ent['add_env'] == [] and ent['opt_run_as'] == '' and ent['opt_no_exec'] is False
    assert [c['args_type'] for c in ent['structured_commands']] == ['none', None]
    assert api.call('POST', 'entitlements/sudo', json=body).status_code == 409
    assert api.call('PUT', 'entitlements/sudo/' + ent['id'], json=dict(body, description='new')).status_code == 204
    assert api.call('GET', 'entitlements/sudo').json()['list'][0]['description'] == 'new'
    bad = api.call('POST', 'entitlements/sudo', json={'name': 'x', 'structured_commands': [
        {'command': '/bin/x', 'command_type': 'program'}]})
    assert bad.status_code == 400 and bad.json()['errors'][0]['path'] == 'structured_commands[0].command_type'
    sim.seed({'entitlement_assignments': [{'entitlement_id': ent['id'], 'project': 'web'}]})
    refused = api.call('DELETE', 'entitlements/sudo/' + ent['id'])
    assert refused.status_code == 400 and 'assigned to project' in refused.json()['message']
    sim.state.assignments.clear()
    assert api.call('DELETE', 'entitlements/sudo/' + ent['id']).status_code == 204
    assert api.call('GET', 'entitlements/sudo').json()['list'] == []


def test_raw_sudo_commands_keep_no_args_type_and_refuse_custom_args(api):
    raw = {'command': 'systemctl restart nginx', 'command_type': 'raw', 'args_type': 'any'}
    created = api.call('POST', 'entitlements/sudo', json={'name': 'raw', 'structured_commands': [raw]})
    assert created.status_code == 201 and created.json()['structured_commands'][0]['args_type'] is None
    custom = dict(raw, args_type='custom', args='restart *')
    refused = api.call('POST', 'entitlements/sudo', json={'name': 'raw2', 'structured_commands': [custom]})
    assert refused.status_code == 400


def test_users_are_human_and_with_a_flag_service_users(api, sim):
    sim.state.add_service_user('bot')
    humans = [u['name'] for u in api.call('GET', 'users').json()['list']]
    assert humans == ['jason.compson', 'quentin.compson', 'caddy.compson']
    everyone = api.call('GET', 'users', params={'include_service_users': 'true'}).json()['list']
    assert 'bot' in [u['name'] for u in everyone] and 'ansible-admin' in [u['name'] for u in everyone]
    assert api.call('GET', 'users/bot').json()['user_type'] == 'service'
    assert api.call('GET', 'users/jason.compson').json()['team_name'] == 'acme'
    assert api.call('GET', 'users/nobody').status_code == 404


def test_team_settings_take_partial_updates_and_stats_count_the_team(api, sim):
    assert api.call('GET', 'settings').json()['client_session_duration'] == 36000
    assert api.call('PUT', 'settings', json={'post_login_url': 'https://x.example.com'}).status_code == 204
    assert api.call('GET', 'settings').json()['post_login_url'] == 'https://x.example.com'
    assert api.call('PUT', 'settings', json={'post_login_url': None}).status_code == 204
    assert api.call('GET', 'settings').json()['post_login_url'] is None
    assert api.call('PUT', 'settings', json={'client_session_duration': 60}).status_code == 400
    assert api.call('PUT', 'settings', json={'web_session_duration': '1h'}).status_code == 400
    assert api.call('GET', 'team_stats').json()['num_projects'] == 2
    assert api.call('GET', 'current_user').json() == {'id': sim.state.service_users[sim.admin_user]['id'],
                                                      'name': sim.admin_user, 'team_name': 'acme'}


def test_gateway_setup_tokens_and_a_gateway_enrolling_with_one(api, sim):
    bad = api.call('POST', 'gateway_setup_tokens', json={'description': 'eu'})
    assert bad.status_code == 400  # registration_type is required
    created = api.call('POST', 'gateway_setup_tokens', json={'description': 'eu', 'registration_type': 'gateway-agent',
                                                             'details': {'labels': {'region': 'eu'}}})
    assert created.status_code == 201 and 'token' not in created.json()
    path = 'gateway_setup_tokens/' + created.json()['id']
    value = api.call('GET', path + '/token').json()['token']
    assert value == sim.state.issued_gateway_tokens[0]
    assert 'token' not in api.call('GET', 'gateway_setup_tokens').json()['list'][0]
    enrolled = requests.post(sim.url + '/v1/gateway_enrollment', json={'setup_token': value, 'name': 'gw-it-1',
                                                                       'access_address': '192.0.2.5'})
    assert enrolled.status_code == 201 and enrolled.json()['labels'] == {'region': 'eu'}
    assert requests.post(sim.url + '/v1/gateway_enrollment', json={'setup_token': 'x', 'name': 'n'}).status_code == 401
    names = [g['name'] for g in api.call('GET', 'gateways').json()['list']]
    assert names == ['gw-eu-1', 'gw-it-1']
    assert api.call('DELETE', path).status_code == 204 and api.call('GET', path).status_code == 404


def test_clients(api):
    everyone = api.call('GET', 'clients', params={'all': 'true'}).json()['list']
    assert len(everyone) == 3 and all(set(c) == CLIENT_FIELDS for c in everyone)
    assert api.call('GET', 'clients').json()['list'] == []  # a service user's own clients
    unassigned = api.call('GET', 'clients', params={'username': ''}).json()['list']
    assert [c['hostname'] for c in unassigned] == ['Unassigned']
    cid = '9c199afe-0ca5-427a-baac-c4341707d82b'
    assert api.call('PUT', 'clients/' + cid, json={'state': 'ACTIVE', 'user_name': 'quentin'}).status_code == 204
    assert api.call('GET', 'clients/' + cid).json()['state'] == 'ACTIVE'
    assert api.call('DELETE', 'clients/' + cid).status_code == 204
    revoked = api.call('GET', 'clients/' + cid)
    assert revoked.status_code == 200 and revoked.json()['state'] == 'DELETED'  # soft delete


def test_projects_and_servers(api):
    projects = api.call('GET', 'projects').json()['list']
    assert [p['name'] for p in projects] == ['web', 'data']
    assert api.call('GET', 'projects/web').json()['name'] == 'web'
    servers = api.call('GET', 'servers').json()['list']
    assert all(set(s) == SERVER_FIELDS for s in servers)
    assert any(s['deleted_at'] != '0001-01-01T00:00:00Z' for s in servers)  # soft-deleted servers are listed
    web = api.call('GET', 'servers', params={'project_name': 'web'}).json()['list']
    assert [s['hostname'] for s in web] == ['web-1', 'web-2']


PROJECT_FIELDS = {'create_server_users', 'deleted_at', 'force_shared_ssh_users', 'forward_traffic', 'id', 'name',
                  'next_unix_gid', 'next_unix_uid', 'rdp_session_recording', 'require_preauth_for_creds',
                  'shared_admin_user_name', 'shared_standard_user_name', 'ssh_session_recording', 'team',
                  'user_on_demand_period', 'gateway_selector'}  # gateway_selector is newer than the projects page
PROJECT_GROUP_FIELDS = {'create_server_group', 'deleted_at', 'group', 'group_id', 'id', 'name', 'profile_attributes',
                        'project', 'removed_at', 'server_access', 'server_admin', 'server_group_name',
                        'servers_selector', 'unix_gid'}
GROUP_FIELDS = {'deleted_at', 'federated_from_team', 'federation_approved_at', 'id', 'name', 'roles'}
TOKEN_FIELDS = {'created_by_user', 'description', 'id', 'issued_at', 'token'}


def test_projects_lifecycle(api):
    created = api.call('POST', 'projects', json={'name': 'ops', 'ssh_certificate_type': 'CERT_TYPE_RSA_01'})
    assert created.status_code == 201 and set(created.json()) == PROJECT_FIELDS  # ssh_certificate_type not returned
    assert created.json()['create_server_users'] is False  # the page's default
    assert api.call('PUT', 'projects/ops', json={'ssh_session_recording': True, 'shared_admin_user_name': 'x'}
                    ).status_code == 204
    fetched = api.call('GET', 'projects/ops').json()
    assert fetched['ssh_session_recording'] is True and fetched['shared_admin_user_name'] is None  # POST only
    assert api.call('PUT', 'projects/ops', json={'next_unix_uid': 'many'}).status_code == 400
    assert api.call('DELETE', 'projects/ops').status_code == 204
    deleted = api.call('GET', 'projects/ops')
    assert deleted.status_code == 200 and not deleted.json()['deleted_at'].startswith('0001')  # soft delete
    reused = api.call('POST', 'projects', json={'name': 'ops'})
    assert reused.status_code == 409 and 'cannot be reused' in reused.json()['message']
    shared = api.call('POST', 'projects', json={'name': 'shared', 'force_shared_ssh_users': True})
    assert shared.status_code == 400


def test_groups_members_and_roles_from_groups(sim, api):
    created = api.call('POST', 'groups', json={'name': 'automation', 'roles': ['access_admin']})
    assert created.status_code == 201 and set(created.json()) == GROUP_FIELDS
    assert api.call('PUT', 'groups/automation', json={'roles': ['reporting_user', 'nope']}).status_code == 400
    assert api.call('PUT', 'groups/automation', json={'roles': ['reporting_user']}).status_code == 204
    sim.state.add_service_user('bot')
    key = sim.state.add_key('bot', secret='bot-secret')
    token = requests.post(api.base + 'service_token', json={'key_id': key['id'], 'key_secret': 'bot-secret'}
                          ).json()['bearer_token']
    as_bot = {'Authorization': 'Bearer ' + token}
    assert requests.get(api.base + 'projects', headers=as_bot).status_code == 403  # no group, no role
    added = api.call('POST', 'groups/automation/users', json={'name': 'bot', 'user_type': 'service'})
    assert added.status_code == 204 and not added.content
    assert requests.get(api.base + 'projects', headers=as_bot).status_code == 200  # reporting_user from the group
    assert api.call('POST', 'groups/automation/users', json={'name': 'ghost'}).status_code == 404
    members = api.call('GET', 'groups/automation/users', params={'user_type': 'service'}).json()['list']
    assert [m['name'] for m in members] == ['bot']
    assert api.call('DELETE', 'groups/automation/users/bot').status_code == 204
    assert api.call('DELETE', 'groups/automation/users/bot').status_code == 404
    scim = api.call('POST', 'groups/okta-engineers/users', json={'name': 'bot'})
    assert scim.status_code == 400 and 'managed by Okta' in scim.json()['message']
    assert api.call('DELETE', 'groups/automation').status_code == 204
    assert not api.call('GET', 'groups/automation').json()['deleted_at'].startswith('0001')


def test_project_groups(sim, api):
    sim.state.add_group('automation')
    body = {'group': 'automation', 'server_access': True}
    added = api.call('POST', 'projects/web/groups', json=body)
    assert added.status_code == 204 and not added.content
    assert api.call('POST', 'projects/web/groups', json=body).status_code == 409
    assert api.call('POST', 'projects/web/groups', json={'group': 'ghosts'}).status_code == 404
    fetched = api.call('GET', 'projects/web/groups/automation').json()
    assert set(fetched) == PROJECT_GROUP_FIELDS and fetched['server_admin'] is False
    assert api.call('PUT', 'projects/web/groups/automation', json={'server_admin': True}).status_code == 204
    listed = api.call('GET', 'projects/web/groups').json()['list']
    assert [(g['group'], g['server_access'], g['server_admin']) for g in listed] == [('automation', False, True)]
    assert api.call('DELETE', 'projects/web/groups/automation').status_code == 204
    assert api.call('GET', 'projects/web/groups/automation').status_code == 404


def test_enrollment_tokens(sim, api):
    created = api.call('POST', 'projects/web/server_enrollment_tokens', json={'description': 'fleet'})
    assert created.status_code == 201 and set(created.json()) == TOKEN_FIELDS
    assert created.json()['created_by_user'] == 'ansible-admin'
    listed = api.call('GET', 'projects/web/server_enrollment_tokens').json()['list']
    assert listed == [created.json()]  # the list has the token values
    assert sim.state.issued_enrollment_tokens == [created.json()['token']]
    assert api.call('POST', 'projects/web/server_enrollment_tokens', json={}).status_code == 400
    path = 'projects/web/server_enrollment_tokens/' + created.json()['id']
    assert api.call('GET', path).json() == created.json()
    assert api.call('DELETE', path).status_code == 204 and api.call('GET', path).status_code == 404


def test_project_servers_labels_and_unmanaged_servers(sim, api):
    assert api.call('PUT', 'projects/web/servers/' + WEB1, json={'labels': {'env': 'prod', 'api.tier': '1'}}
                    ).status_code == 204
    labels = api.call('GET', 'projects/web/servers/' + WEB1).json()['labels']
    assert labels == {'role': 'web', 'api.env': 'prod', 'api.tier': '1'}
    assert api.call('PUT', 'projects/web/servers/' + WEB1, json={'labels': {}}).status_code == 204
    assert api.call('GET', 'projects/web/servers/' + WEB1).json()['labels'] == {'role': 'web'}  # other sources stay
    added = api.call('POST', 'projects/web/servers', json={'hostname': 'bastion', 'access_address': '203.0.113.1'})
    assert added.status_code == 200 and set(added.json()) == SERVER_FIELDS and added.json()['managed'] is False
    assert api.call('DELETE', 'projects/web/servers/' + added.json()['id']).status_code == 204
    assert api.call('GET', 'projects/web/servers/' + added.json()['id']).status_code == 404
    removed = [s for s in api.call('GET', 'servers').json()['list'] if s['id'] == added.json()['id']]
    assert not removed[0]['deleted_at'].startswith('0001')  # the team list still has it, as deleted


@pytest.mark.parametrize('params, hosts', [
    ({'project_name': 'data'}, ['db-1', 'win-1', 'old-1']),
    ({'state': 'INACTIVE'}, ['win-1']),
    ({'selector': 'role=web'}, ['web-1', 'web-2']),
    ({'selector': 'role in (db,web),env!=prod'}, ['web-1', 'web-2']),
    ({'selector': 'env'}, ['db-1']),
    ({'cloud_provider': 'aws'}, ['db-1']),
])
def test_team_servers_filters(api, params, hosts):
    assert [s['hostname'] for s in api.call('GET', 'servers', params=params).json()['list']] == hosts


def test_pagination_carries_count_and_filters(sim, api):
    sim.seed_scale(250, 5)
    first = api.call('GET', 'servers', params={'count': 100, 'project_name': 'project-001'})
    assert len(first.json()['list']) == 50
    answer = api.call('GET', 'servers', params={'count': 20})
    seen = [s['id'] for s in answer.json()['list']]
    pages = 1
    while 'next' in answer.links:
        assert 'count=20' in answer.links['next']['url']
        answer = api.call('GET', answer.links['next']['url'])
        seen += [s['id'] for s in answer.json()['list']]
        pages += 1
    assert pages == 13 and len(seen) == 255 and len(set(seen)) == 255
    assert 'Link' not in api.call('GET', 'projects').headers
    assert len(api.call('GET', 'servers', params={'count': 1000}).json()['list']) == 100  # page size capped


def test_rate_limit_headers_and_auth_errors(sim, api):
    answer = api.call('GET', 'projects')
    assert answer.headers['X-RateLimit-Limit'] == '10000'
    assert int(answer.headers['X-RateLimit-Remaining']) < 10000
    assert int(answer.headers['X-RateLimit-Reset']) > time.time()
    assert requests.get(api.base + 'projects').status_code == 401
    requests.post(sim.url + '/_sim/expire_tokens')
    expired = api.call('GET', 'projects')
    assert expired.status_code == 401 and expired.json()['code'] == 'authentication_error'


def test_roles_and_content_type(sim, api):
    bot = api.call('POST', 'service_users', json={'name': 'bot'}).json()
    key = api.call('POST', 'service_users/bot/keys').json()
    token = requests.post(api.base + 'service_token', json={'key_id': key['id'], 'key_secret': key['secret']}).json()
    denied = requests.post(api.base + 'service_users', json={'name': 'x'},
                           headers={'Authorization': 'Bearer ' + token['bearer_token']})
    assert denied.status_code == 403 and denied.json()['code'] == 'forbidden_error'
    assert bot['role_grants'] is None
    raw = api.call('POST', 'service_users', data='name=x', headers={'Content-Type': 'text/plain'})
    assert raw.status_code == 415 and raw.json()['code'] == 'unsupported_content_type'


def test_faults_are_injected_before_processing_and_logged(sim, api):
    requests.put(sim.url + '/_sim/faults', json={'rate_limit_every': 2, 'reset_seconds': 5})
    assert api.call('POST', 'service_users', json={'name': 'a'}).status_code == 201
    limited = api.call('POST', 'service_users', json={'name': 'b'})
    assert limited.status_code == 429 and int(limited.headers['X-RateLimit-Reset']) > time.time() + 4
    assert 'b' not in sim.state.service_users  # not processed
    requests.put(sim.url + '/_sim/faults', json={'script': [{'pass': True}, {'status': 502, 'body': '<html>bad gateway</html>'}]})
    assert api.call('GET', 'projects').status_code == 200
    gateway = api.call('GET', 'projects')
    assert gateway.status_code == 502 and gateway.text.startswith('<html>')
    requests.put(sim.url + '/_sim/faults', json={'drop_rate': 1.0})
    with pytest.raises(requests.exceptions.ConnectionError):
        api.call('POST', 'service_users', json={'name': 'c'})
    requests.put(sim.url + '/_sim/faults', json={})
    assert 'c' not in sim.state.service_users
    log = requests.get(sim.url + '/_sim/requests').json()
    assert log['writes'] == 3 and log['tokens'] == 1
    since = requests.get(sim.url + '/_sim/requests', params={'since': log['last']}).json()
    assert since['requests'] == []


def test_seeding_services_and_keys(sim, api):
    api.call('POST', 'service_users', json={'name': 'bot'})
    sim.seed({'services': [{'server_id': WEB1, 'service_user': 'bot', 'server_uid': 9001}],
              'keys': [{'service_user': 'bot', 'issued_at': '2025-01-01T00:00:00Z', 'expires_at': '2025-02-01T00:00:00Z'}]})
    services = api.call('GET', 'projects/web/servers/%s/services' % WEB1).json()['list']
    assert [(s['service_user_name'], s['server_uid']) for s in services] == [('bot', '9001')]
    keys = api.call('GET', 'service_users/bot/keys').json()['list']
    assert [k['expires_at'] for k in keys] == ['2025-02-01T00:00:00Z']


def test_secrets_it_handed_out_are_listed_for_leak_scans(sim, api):
    api.call('POST', 'service_users', json={'name': 'bot'})
    key = api.call('POST', 'service_users/bot/keys').json()
    api.call('DELETE', 'service_users/bot/keys/' + key['id'])
    secrets = requests.get(sim.url + '/_sim/secrets').json()
    assert secrets['admin_key_secret'] == SECRET
    assert api.token in secrets['tokens']
    assert key['secret'] in secrets['key_secrets']  # deleted keys' secrets too


def test_script_keeps_the_random_faults(sim, api):
    requests.put(sim.url + '/_sim/faults', json={'rate_limit_every': 1000, 'error_503_rate': 0.01})
    requests.put(sim.url + '/_sim/script', json={'script': [{'status': 409, 'code': 'resource_already_exists'}]})
    assert api.call('GET', 'projects').status_code == 409
    assert api.call('GET', 'projects').status_code == 200
    requests.put(sim.url + '/_sim/script', json={'script': []})
    assert sim.faults['rate_limit_every'] == 1000 and sim.faults['error_503_rate'] == 0.01


def test_the_agent_enrolls_with_a_token_that_carries_the_simulator_url(sim, api):
    import base64
    import json as jsonlib

    token = api.call('POST', 'projects/web/server_enrollment_tokens', json={'description': 'fleet'}).json()['token']
    assert jsonlib.loads(base64.b64decode(token))['u'] == sim.url  # like ASA's tokens: where to enroll
    body = {'enrollment_token': token, 'hostname': 'agent-1', 'canonical_name': 'agent-1.example.com',
            'labels': {'role': 'agent'}, 'alt_names': ['a1']}
    enrolled = requests.post(sim.url + '/v1/server_enrollment', json=body)
    assert enrolled.status_code == 201 and set(enrolled.json()) == SERVER_FIELDS
    assert enrolled.json()['project_name'] == 'web' and enrolled.json()['labels'] == {'role': 'agent'}
    listed = api.call('GET', 'servers', params={'canonical_name': 'agent-1.example.com'}).json()['list']
    assert [s['id'] for s in listed] == [enrolled.json()['id']]
    assert requests.post(sim.url + '/v1/server_enrollment', json=dict(body, enrollment_token='nope')).status_code == 401
