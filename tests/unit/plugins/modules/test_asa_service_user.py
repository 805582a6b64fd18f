# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""asa_service_user: every branch of converge, against the simulator in-process."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

from ansible_collections.okta.asa.plugins.modules import asa_service_user as module
from ansible_collections.okta.asa.tests.unit.plugins.modules.harness import race

USERS = '/v1/teams/acme/service_users'


def test_absent_and_missing_is_ok_with_one_read(run):
    done = run(module, name='bot', state='absent')
    assert not done['changed'] and done['service_user'] == {}
    assert done.calls == [('GET', USERS + '/bot')]


def test_create_then_unchanged(run):
    created = run(module, name='bot')
    assert created['changed'] and created['service_user']['status'] == 'ACTIVE'
    assert created.writes == [('POST', USERS)]
    again = run(module, name='bot')
    assert not again['changed'] and again.writes == []
    assert again['service_user']['id'] == created['service_user']['id']


def test_create_disabled_is_a_post_and_a_put(run):
    created = run(module, name='bot', status='DISABLED')
    assert created['service_user']['status'] == 'DISABLED'
    assert created.writes == [('POST', USERS), ('PUT', USERS + '/bot')]


def test_update_status(run):
    run(module, name='bot')
    disabled = run(module, name='bot', status='DISABLED', diff=True)
    assert disabled['changed'] and disabled.writes == [('PUT', USERS + '/bot')]
    assert disabled['diff']['before']['status'] == 'ACTIVE' and disabled['diff']['after']['status'] == 'DISABLED'


def test_delete_is_status_deleted_and_a_rerun_is_ok(run, sim):
    run(module, name='bot')
    deleted = run(module, name='bot', state='absent', diff=True)
    assert deleted['changed'] and deleted['service_user'] == {}
    assert deleted['diff']['after'] == {} and deleted['diff']['before']['name'] == 'bot'
    assert sim.state.service_users['bot']['status'] == 'DELETED'
    assert not run(module, name='bot', state='absent')['changed']


def test_check_mode_predicts_and_writes_nothing(run, sim):
    create = run(module, name='bot', status='DISABLED', check_mode=True, diff=True)
    assert create['changed'] and create.writes == []
    assert create['service_user'] == {'name': 'bot', 'user_type': 'service', 'deleted_at': None, 'status': 'DISABLED'}
    assert create['diff']['before'] == {}
    run(module, name='bot')
    for options in ({'status': 'DISABLED'}, {'state': 'absent'}):
        predicted = run(module, name='bot', check_mode=True, **options)
        assert predicted['changed'] and predicted.writes == []
    assert sim.state.service_users['bot']['status'] == 'ACTIVE'


def test_a_deleted_name_cannot_come_back(run):
    run(module, name='bot')
    run(module, name='bot', state='absent')
    refused = run(module, name='bot')
    assert refused['failed'] and 'never reuses a deleted name' in refused['msg'] and refused.writes == []


def test_a_create_that_lost_a_race_converges(run, sim):
    """Another host created the user between this task's read and its POST: no failure, one user."""
    race(sim, 'POST', '/service_users', lambda: sim.state.add_service_user('bot'))
    done = run(module, name='bot', status='DISABLED')
    assert not done.get('failed') and done['changed'] and done['service_user']['status'] == 'DISABLED'
    assert done.writes == [('POST', USERS), ('PUT', USERS + '/bot')]
