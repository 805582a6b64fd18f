# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""What asa_api_key decides to do for a given set of keys."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

from ansible_collections.okta.asa.plugins.module_utils._common import parse_time
from ansible_collections.okta.asa.plugins.modules import asa_api_key as module
from ansible_collections.okta.asa.plugins.module_utils._kinds.api_key import plan, split_keys

NOW = parse_time('2026-11-23T12:00:00Z')
DAY = 86400


def key(key_id, issued, expires='0001-01-01T00:00:00Z'):
    return {'id': key_id, 'issued_at': issued, 'expires_at': expires, 'last_used': None}


NEVER = key('never', '2026-11-01T00:00:00Z')
NULL = key('null', '2026-10-01T00:00:00Z', None)
FUTURE = key('future', '2026-09-01T00:00:00Z', '2026-11-24T00:00:00.5Z')
EXPIRED = key('expired', '2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z')


def test_usable_means_unset_zero_time_or_future_expiry():
    usable, expired = split_keys([NEVER, NULL, FUTURE, EXPIRED], NOW)
    assert [k['id'] for k in usable] == ['never', 'null', 'future']
    assert [k['id'] for k in expired] == ['expired']


def test_present_creates_only_without_a_usable_key():
    assert plan([EXPIRED], 'present', NOW) == (True, [], None)
    assert plan([], 'present', NOW) == (True, [], None)
    assert plan([FUTURE, EXPIRED], 'present', NOW) == (False, [], FUTURE)


def test_present_returns_the_newest_usable_key():
    assert plan([FUTURE, NEVER, NULL], 'present', NOW)[2] is NEVER


def test_max_age_rotates_when_the_newest_usable_key_is_older():
    assert plan([NEVER], 'present', NOW, max_age=30 * DAY)[0] is False  # 22 days old
    assert plan([NEVER], 'present', NOW, max_age=21 * DAY)[0] is True
    assert plan([NULL, EXPIRED], 'present', NOW, max_age=90 * DAY)[0] is False


def test_rotated_always_creates():
    assert plan([NEVER], 'rotated', NOW)[0] is True


def test_prune_deletes_only_expired_keys():
    create, delete, chosen = plan([NEVER, EXPIRED, FUTURE], 'present', NOW, prune_expired=True)
    assert (create, [k['id'] for k in delete], chosen) == (False, ['expired'], NEVER)


def test_absent_deletes_the_key_once():
    assert plan([NEVER, FUTURE], 'absent', NOW, key_id='future') == (False, [FUTURE], None)
    assert plan([NEVER], 'absent', NOW, key_id='future') == (False, [], None)
    assert plan([EXPIRED], 'absent', NOW, key_id='expired', prune_expired=True) == (False, [EXPIRED], None)


def test_present_with_id_picks_that_key():
    assert plan([NEVER, NULL], 'present', NOW, key_id='null') == (False, [], NULL)
    assert plan([NEVER], 'present', NOW, key_id='other') == (False, [], None)


# -- the module, against the simulator in-process --------------------------------------------------

KEYS = '/v1/teams/acme/service_users/bot/keys'


def test_present_creates_a_key_once_and_returns_its_secret_once(run, sim):
    sim.state.add_service_user('bot')
    created = run(module, service_user='bot', diff=True)
    assert created['changed'] and created.writes == [('POST', KEYS)]
    assert created['api_key']['secret'] and created['api_keys'][0]['id'] == created['api_key']['id']
    assert created['diff'] == {'before': {'api_keys': []}, 'after': {'api_keys': created['api_keys']}}
    again = run(module, service_user='bot')
    assert not again['changed'] and again.calls == [('GET', KEYS)]
    assert again['api_key']['id'] == created['api_key']['id'] and 'secret' not in again['api_key']


def test_rotated_rereads_the_keys_whose_expiry_it_changed(run, sim):
    sim.state.add_service_user('bot')
    old = sim.state.add_key('bot')
    rotated = run(module, service_user='bot', state='rotated')
    assert rotated.calls == [('GET', KEYS), ('POST', KEYS), ('GET', KEYS)]
    (before,) = [k for k in rotated['api_keys'] if k['id'] == old['id']]
    assert not before['expires_at'].startswith('0001')


def test_absent_deletes_one_key_and_prunes_expired_ones(run, sim):
    sim.state.add_service_user('bot')
    keep = sim.state.add_key('bot')
    gone = sim.state.add_key('bot')
    expired = sim.state.add_key('bot', expires_at='2020-01-01T00:00:00Z')
    deleted = run(module, service_user='bot', id=gone['id'], state='absent', prune_expired=True)
    assert deleted['changed'] and deleted['api_key'] == {}
    assert sorted(deleted.writes) == sorted([('DELETE', KEYS + '/' + gone['id']), ('DELETE', KEYS + '/' + expired['id'])])
    assert [k['id'] for k in deleted['api_keys']] == [keep['id']] and list(sim.state.keys['bot']) == [keep['id']]


def test_check_mode_predicts_a_key_without_id_or_secret(run, sim):
    sim.state.add_service_user('bot')
    predicted = run(module, service_user='bot', state='rotated', check_mode=True)
    assert predicted['changed'] and predicted.writes == [] and sim.state.keys['bot'] == {}
    assert 'id' not in predicted['api_key'] and 'secret' not in predicted['api_key']


def test_a_missing_user_or_key_is_named(run, sim):
    missing = run(module, service_user='ghost')
    assert missing['failed'] and "service user 'ghost' not found" in missing['msg'] and missing.writes == []
    sim.state.add_service_user('bot')
    no_key = run(module, service_user='bot', id='11111111-2222-4333-8444-555555555555')
    assert no_key['failed'] and 'keys cannot be created with a chosen id' in no_key['msg'] and no_key.writes == []


def test_bad_input_makes_no_request(run):
    for options, words in (({'state': 'rotated', 'id': '11111111-2222-4333-8444-555555555555'}, 'state=rotated'),
                           ({'max_age': 'soon'}, 'max_age'), ({'id': 'key-1'}, 'UUID')):
        failed = run(module, service_user='bot', **options)
        assert failed['failed'] and words in failed['msg'] and failed.requests == []


def test_a_secret_file_takes_the_new_secret_out_of_the_result(run, sim, tmp_path):
    sim.state.add_service_user('bot')
    path = tmp_path / 'bot.secret'
    created = run(module, service_user='bot', secret_file=str(path))
    secret = path.read_text()
    assert created['changed'] and secret and oct(path.stat().st_mode & 0o777) == '0o600'
    assert 'secret' not in created['api_key'] and created['api_key']['secret_file'] == str(path)
    assert secret not in repr(created.result)
    again = run(module, service_user='bot', secret_file=str(path))
    assert not again['changed'] and 'secret_file' not in again['api_key'] and path.read_text() == secret
    rotated = run(module, service_user='bot', secret_file=str(path), state='rotated')
    newest = path.read_text()
    assert rotated['changed'] and newest not in (secret, '') and newest not in repr(rotated.result)
    predicted = run(module, service_user='bot', secret_file=str(path), state='rotated', check_mode=True)
    assert predicted['changed'] and predicted.writes == [] and path.read_text() == newest


def test_a_secret_file_in_a_missing_directory_is_refused_before_any_request(run, tmp_path):
    refused = run(module, service_user='bot', secret_file=str(tmp_path / 'no' / 'secret'))
    assert refused['failed'] and refused.requests == [] and 'secret_file' in refused['msg']


def test_check_mode_predicts_the_key_of_a_service_user_an_earlier_task_creates(run):
    predicted = run(module, service_user='new-bot', check_mode=True)
    assert predicted['changed'] and predicted.writes == [] and predicted['api_keys'][0]['last_used'] is None
    assert predicted['warnings'] == ["service user 'new-bot' not found: create it first with "
                                     "okta.asa.asa_service_user; check mode goes on as if an earlier task creates it"]
