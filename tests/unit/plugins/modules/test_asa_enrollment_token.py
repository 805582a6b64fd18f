# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""asa_enrollment_token: created once and returned every run, deleted, check mode, a missing project."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

from ansible_collections.okta.asa.plugins.modules import asa_enrollment_token

TEAM = '/v1/teams/acme/'


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
