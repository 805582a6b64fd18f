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
    assert missing['failed'] and missing['msg'].startswith("project 'nope' not found in team 'acme'")
    assert missing.writes == []


def test_check_mode_predicts_a_token_of_a_project_an_earlier_task_creates(run):
    predicted = run(asa_enrollment_token, project='new', description='fleet', check_mode=True)
    assert predicted['changed'] and predicted.writes == [] and predicted['enrollment_token'] == {'description': 'fleet'}
    assert predicted['warnings'] == ["project 'new' not found in team 'acme': create it first with "
                                     "okta.asa.asa_project; check mode goes on as if an earlier task creates it"]


def test_a_token_file_takes_the_token_out_of_the_result_and_the_diff(run, tmp_path):
    path = tmp_path / 'web.token'
    predicted = run(asa_enrollment_token, project='web', description='fleet', token_file=str(path), check_mode=True,
                    diff=True)
    assert predicted['changed'] and not path.exists()
    created = run(asa_enrollment_token, project='web', description='fleet', token_file=str(path), diff=True)
    token = path.read_text()
    assert created['changed'] and token and oct(path.stat().st_mode & 0o777) == '0o600'
    assert 'token' not in created['enrollment_token'] and created['enrollment_token']['token_file'] == str(path)
    assert token not in repr(created.result)
    again = run(asa_enrollment_token, project='web', description='fleet', token_file=str(path))
    assert not again['changed'] and again.writes == []
    path.unlink()
    rewritten = run(asa_enrollment_token, project='web', description='fleet', token_file=str(path))
    assert rewritten['changed'] and rewritten.writes == [] and path.read_text() == token  # only the file was written
    deleted = run(asa_enrollment_token, project='web', description='fleet', state='absent', check_mode=True, diff=True)
    assert token not in repr(deleted.result)


def test_a_diff_never_shows_the_token(run):
    created = run(asa_enrollment_token, project='web', description='fleet', diff=True)
    token = created['enrollment_token']['token']
    assert token not in repr(created['diff'])
    deleted = run(asa_enrollment_token, project='web', description='fleet', state='absent', check_mode=True, diff=True)
    assert token not in repr(deleted['diff']) and deleted['diff']['before']['description'] == 'fleet'


def test_a_token_file_in_a_missing_directory_is_refused_before_any_request(run, tmp_path):
    refused = run(asa_enrollment_token, project='web', description='fleet', token_file=str(tmp_path / 'no' / 't'))
    assert refused['failed'] and refused.requests == [] and 'token_file' in refused['msg']
    assert 'does not exist' in refused['msg']
