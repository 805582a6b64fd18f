# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""What asa_api_key decides to do for a given set of keys."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

from ansible_collections.okta.asa.plugins.module_utils.base import parse_time
from ansible_collections.okta.asa.plugins.modules.asa_api_key import plan, split_keys

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
