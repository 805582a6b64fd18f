# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""The _info modules: what they read, with which requests, and that they never change anything."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

from ansible_collections.okta.asa.plugins.modules import (
    asa_api_key_info,
    asa_client_info,
    asa_service_info,
    asa_service_user_info,
    asa_sudo_entitlement_info,
)

TEAM = '/v1/teams/acme/'
WEB1 = '5a3af768-063f-4a12-a056-8ef24e555556'


def test_service_user_info(run, sim):
    sim.state.add_service_user('bot')
    listed = run(asa_service_user_info, starts_with='b')
    assert not listed['changed'] and [u['name'] for u in listed['service_users']] == ['bot']
    assert listed.calls == [('GET', TEAM + 'service_users')]
    one = run(asa_service_user_info, name='bot')
    assert [u['name'] for u in one['service_users']] == ['bot'] and one.calls == [('GET', TEAM + 'service_users/bot')]
    assert run(asa_service_user_info, name='ghost')['service_users'] == []


def test_api_key_info(run, sim):
    sim.state.add_service_user('bot')
    key = sim.state.add_key('bot')
    listed = run(asa_api_key_info, service_user='bot')
    assert [k['id'] for k in listed['api_keys']] == [key['id']] and 'secret' not in listed['api_keys'][0]
    missing = run(asa_api_key_info, service_user='ghost')
    assert missing['failed'] and missing['status'] == 404


def test_service_info_per_server_and_team_wide(run, sim):
    sim.state.add_service_user('bot')
    sim.seed({'services': [{'server_id': WEB1, 'service_user': 'bot', 'server_uid': '9001'}]})
    on_server = run(asa_service_info, project='web', server_id=WEB1)
    team = run(asa_service_info)
    assert on_server['services'] == team['services'] and len(team['services']) == 1
    assert team.calls == [('GET', TEAM + 'services')]
    assert run(asa_service_info, project='web')['failed']  # project goes with server_id


def test_sudo_entitlement_info(run, sim):
    assert run(asa_sudo_entitlement_info)['sudo_entitlements'] == []
    assert run(asa_sudo_entitlement_info, name='ghost')['sudo_entitlements'] == []


def test_client_info_queries(run):
    everyone = run(asa_client_info)
    assert len(everyone['clients']) == 3 and everyone.requests[-1]['query'] == 'all=true&count=100'
    mine = run(asa_client_info, user_name='jason.compson', state='ACTIVE')
    assert [c['hostname'] for c in mine['clients']] == ['Absalom']
