# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""asa_service: every branch of converge, against the simulator in-process."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

import pytest

from ansible_collections.okta.asa.plugins.modules import asa_service as module
from ansible_collections.okta.asa.tests.unit.plugins.modules.harness import race

WEB1 = '5a3af768-063f-4a12-a056-8ef24e555556'
SERVICES = '/v1/teams/acme/projects/web/servers/%s/services' % WEB1
TASK = dict(project='web', server_id=WEB1, service_user='bot', server_uid='9001')


@pytest.fixture()
def bot(sim):
    return sim.state.add_service_user('bot')


def test_absent_and_missing_is_one_read(run, bot):
    done = run(module, state='absent', **TASK)
    assert not done['changed'] and done['service'] == {} and done.calls == [('GET', SERVICES)]


def test_create_then_unchanged_then_delete(run, bot, sim):
    created = run(module, diff=True, **TASK)
    assert created['changed'] and created.writes == [('POST', SERVICES)]
    assert created.bodies('POST', SERVICES) == [{'server_uid': '9001', 'service_user_id': bot['id']}]
    assert created['service']['service_user_name'] == 'bot' and created['diff']['before'] == {}
    again = run(module, **dict(TASK, server_uid=9001))
    assert not again['changed'] and again.calls == [('GET', SERVICES)]
    deleted = run(module, state='absent', diff=True, **TASK)
    assert deleted['changed'] and deleted.writes == [('DELETE', SERVICES + '/' + created['service']['id'])]
    assert deleted['service'] == {} and deleted['diff']['before']['id'] == created['service']['id']
    assert sim.state.services == {}


def test_check_mode_resolves_the_user_and_writes_nothing(run, bot, sim):
    predicted = run(module, check_mode=True, **TASK)
    assert predicted['changed'] and predicted.writes == []
    assert predicted['service'] == {'server_id': WEB1, 'server_uid': '9001', 'service_user_id': bot['id'],
                                    'service_user_name': 'bot'}
    run(module, **TASK)
    assert run(module, check_mode=True, state='absent', **TASK).writes == []
    assert len(sim.state.services) == 1


@pytest.mark.parametrize('change, words', [
    ({'project': 'nope'}, ["project 'nope' not found"]),
    ({'project': 'data'}, ['server %s not found in project' % WEB1]),
    ({'service_user': 'ghost'}, ["service user 'ghost' not found", 'asa_service_user']),
])
def test_missing_objects_are_named(run, bot, change, words):
    failed = run(module, **dict(TASK, **change))
    assert failed['failed'] and all(w in failed['msg'] for w in words) and failed.writes == []


@pytest.mark.parametrize('change, words', [
    ({'project': 'nope'}, ["project 'nope' not found"]),
    ({'project': 'data'}, ['server %s not found in project' % WEB1]),
    ({'service_user': 'ghost'}, ["service user 'ghost' not found", 'asa_service_user']),
])
def test_check_mode_predicts_what_an_earlier_task_may_create_and_says_so(run, bot, change, words):
    predicted = run(module, check_mode=True, **dict(TASK, **change))
    assert predicted['changed'] and predicted.writes == [] and predicted['service']['server_uid'] == '9001'
    assert len(predicted['warnings']) == 1 and all(w in predicted['warnings'][0] for w in words)
    assert predicted['warnings'][0].endswith('check mode goes on as if an earlier task creates it')


@pytest.mark.parametrize('change, words', [
    ({'server_uid': 'root'}, ['server_uid', 'number']),
    ({'server_id': 'web-1'}, ['server_id', 'UUID']),
])
def test_bad_input_makes_no_request(run, change, words):
    failed = run(module, **dict(TASK, **change))
    assert failed['failed'] and all(w in failed['msg'] for w in words) and failed.requests == []


def test_a_create_that_lost_a_race_is_ok(run, bot, sim):
    race(sim, 'POST', '/services', lambda: sim.seed({'services': [
        {'server_id': WEB1, 'service_user': 'bot', 'server_uid': '9001'}]}))
    done = run(module, **TASK)
    assert not done.get('failed') and done['service']['service_user_name'] == 'bot'
    assert len(sim.state.services) == 1
