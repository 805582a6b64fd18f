# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""asa_preauthorization and its info module: one live one per user and project, duration only on creation,
absent disables it (no DELETE)."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

import pytest

from ansible_collections.okta.asa.plugins.modules import asa_preauthorization as module, asa_preauthorization_info

PREAUTHS = '/v1/teams/acme/projects/data/preauthorizations'
TASK = dict(project='data', user_name='jason.compson')


def test_a_duration_creates_one_and_a_rerun_changes_nothing(run, sim):
    predicted = run(module, duration='4h', check_mode=True, **TASK)
    assert predicted['changed'] and predicted.writes == [] and predicted['preauthorization']['expires_at']
    created = run(module, duration='4h', **TASK)
    assert created['changed'] and created.writes == [('POST', PREAUTHS)] and created['preauthorization']['id']
    (body,) = created.bodies('POST', PREAUTHS)
    assert body['user_name'] == 'jason.compson' and body['projects'] == ['data'] and body['disabled'] is False
    again = run(module, duration='4h', **TASK)
    assert not again['changed'] and again.calls == [('GET', PREAUTHS)]  # duration only when creating
    assert again['preauthorization']['id'] == created['preauthorization']['id']


def test_expires_at_moves_the_live_one_and_absent_disables_it(run, sim):
    created = run(module, expires_at='2099-01-01T00:00:00Z', **TASK)
    item = PREAUTHS + '/' + created['preauthorization']['id']
    assert not run(module, expires_at='2099-01-01T00:00:00.000Z', **TASK)['changed']  # compared as a time
    moved = run(module, expires_at='2099-06-01T00:00:00Z', **TASK)
    assert moved['changed'] and moved.writes == [('PUT', item)]
    disabled = run(module, state='absent', **TASK)
    assert disabled['changed'] and disabled.writes == [('PUT', item)] and disabled['preauthorization'] == {}
    assert disabled.bodies('PUT', item)[0]['disabled'] is True
    assert not run(module, state='absent', **TASK)['changed']
    listed = run(asa_preauthorization_info, project='data', user_name='jason.compson')['preauthorizations']
    assert [p['disabled'] for p in listed] == [True]


def test_a_user_asa_does_not_know_is_refused_before_any_write(run):
    refused = run(module, project='data', user_name='benjy.compson', duration='1h')
    assert refused['failed'] and refused.writes == [] and "user 'benjy.compson' not found" in refused['msg']


@pytest.mark.parametrize('options, words', [
    ({'duration': '1s'}, ['duration', 'a minute or more']),
    ({'duration': 'soon'}, ['duration']),
    ({'expires_at': 'tomorrow'}, ['expires_at', 'RFC 3339']),
    ({}, ['state is present but any of the following are missing', 'expires_at', 'duration']),
])
def test_bad_input_is_refused_before_any_request(run, options, words):
    refused = run(module, **dict(TASK, **options))
    assert refused['failed'] and refused.requests == [] and all(w in refused['msg'] for w in words)
