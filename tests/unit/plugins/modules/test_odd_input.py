# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""Names and values that would reach URLs or servers: refused before any request, with the rule; UUIDs in any case."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

import pytest

from ansible_collections.okta.asa.plugins.modules import (
    asa_api_key,
    asa_client,
    asa_service,
    asa_service_user,
    asa_service_user_info,
    asa_sudo_entitlement,
)

WEB1 = '5a3af768-063f-4a12-a056-8ef24e555556'
BAD_PATH_NAMES = ['.', '..', 'a/b', 'a%2Fb', '%2e%2e', 'a b', 'bot\n', 'bot\x1b', '', '-bot', 'x' * 65, 'b\u00f6t']


@pytest.mark.parametrize('name', BAD_PATH_NAMES)
@pytest.mark.parametrize('module, option, extra', [
    (asa_service_user, 'name', {}),
    (asa_service_user, 'name', {'state': 'absent'}),
    (asa_service_user_info, 'name', {}),
    (asa_api_key, 'service_user', {}),
    (asa_service, 'service_user', {'project': 'web', 'server_id': WEB1, 'server_uid': '9001'}),
    (asa_service, 'project', {'service_user': 'bot', 'server_id': WEB1, 'server_uid': '9001'}),
], ids=lambda v: getattr(v, '__name__', None))
def test_names_that_go_into_a_path_are_checked_before_any_request(run, module, option, extra, name):
    failed = run(module, **dict(extra, **{option: name}))
    assert failed['failed'] and failed.requests == []
    assert '%s %r is not a valid name' % (option, name) in failed['msg'] and 'letters, digits' in failed['msg']


def test_a_nul_in_a_name_is_refused_before_any_request(run):
    """ansible-core 2.21 refuses it itself (it cannot log the arguments); older cores reach the name rule."""
    failed = run(asa_service_user, name='bot\x00')
    assert failed['failed'] and failed.requests == []


@pytest.mark.parametrize('name', ['', '   ', 'ls\x1b[31m', 'a\nb', 'x' * 256])
def test_entitlement_names_without_control_characters(run, name):
    failed = run(asa_sudo_entitlement, name=name)
    assert failed['failed'] and failed.requests == [] and 'control characters' in failed['msg']


@pytest.mark.parametrize('uid', ['\uff19\uff10\uff10\uff11', '9\u00b2', '4294967295', '99999999999', '-1', '+9', ' 9', 'nine'])
def test_server_uid_is_ascii_digits_within_the_uid_range(run, uid):
    failed = run(asa_service, project='web', server_id=WEB1, service_user='bot', server_uid=uid)
    assert failed['failed'] and failed.requests == [] and 'from 1 to 4294967294' in failed['msg']


def test_root_needs_to_be_asked_for(run, sim):
    sim.state.add_service_user('bot')
    task = dict(project='web', server_id=WEB1.upper(), service_user='bot', server_uid='0')
    refused = run(asa_service, **task)
    assert refused['failed'] and 'allow_root_uid' in refused['msg'] and refused.requests == []
    created = run(asa_service, allow_root_uid=True, **dict(task, server_uid='000'))
    assert created['changed'] and created['service']['server_uid'] == '0' and created['service']['server_id'] == WEB1
    assert not run(asa_service, allow_root_uid=True, **task)['changed']


@pytest.mark.parametrize('max_age', ['0d', '0s', '59m', '3599s'])
def test_a_max_age_under_an_hour_is_refused(run, max_age):
    failed = run(asa_api_key, service_user='bot', max_age=max_age)
    assert failed['failed'] and failed.requests == [] and 'less than 1h' in failed['msg']


def test_the_key_the_task_authenticates_with_is_not_deleted_without_force(run, sim):
    own = sim.admin_key['id']
    refused = run(asa_api_key, service_user='ansible-admin', id=own.upper(), state='absent')
    assert refused['failed'] and 'authenticates with' in refused['msg'] and refused.requests == []
    assert own in sim.state.keys['ansible-admin']
    other = sim.state.add_key('ansible-admin')
    assert run(asa_api_key, service_user='ansible-admin', id=other['id'], state='absent')['changed']
    forced = run(asa_api_key, service_user='ansible-admin', id=own, state='absent', force=True)
    assert forced['changed'] and own not in sim.state.keys['ansible-admin']


def test_an_upper_case_client_id_is_the_same_client(run, sim):
    pending = '9c199afe-0ca5-427a-baac-c4341707d82b'
    approved = run(asa_client, id=pending.upper())
    assert approved['changed'] and approved.writes == [('PUT', '/v1/teams/acme/clients/' + pending)]
    assert sim.state.clients[pending]['state'] == 'ACTIVE'
    assert not run(asa_client, id=pending.upper())['changed']
