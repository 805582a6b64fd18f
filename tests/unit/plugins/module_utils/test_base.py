# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""Connection checks, soft deletes, time and duration parsing."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

import pytest

from ansible_collections.okta.asa.plugins.module_utils._common import is_deleted, is_unset, parse_duration, parse_time
from ansible_collections.okta.asa.plugins.module_utils._connection import check_connection, transport_warning

KEY_ID = '6052868b-1b04-4a14-8288-e6496d7f2f4b'
GOOD = {'team': 'acme', 'key_id': KEY_ID, 'key_secret': 'KEY-SECRET-123', 'api_url': 'https://app.scaleft.com', 'timeout': 30}


@pytest.mark.parametrize('change, words', [
    ({'team': None}, ['team is required', 'ASA_TEAM']),
    ({'team': 'Acme'}, ['lower-case']),
    ({'team': 'acme\n'}, ['lower-case']),
    ({'key_id': KEY_ID + '\n'}, ['key_id', 'UUID']),
    ({'key_secret': None}, ['key_secret is missing', 'ASA_KEY_SECRET']),
    ({'key_id': None}, ['key_id is missing', 'ASA_KEY_ID']),
    ({'key_id': None, 'key_secret': None}, ['no credentials', 'bearer_token']),
    ({'key_id': 'abc'}, ['key_id', 'UUID']),
    ({'api_url': 'app.scaleft.com'}, ['api_url', 'https://']),
    ({'timeout': 0}, ['timeout', 'from 1 to 3600']),
    ({'timeout': 1000000000000}, ['timeout', 'from 1 to 3600']),
    ({'api_url': 'ftp://user:hunter2-pass@asa.test'}, ['api_url', 'ftp://asa.test']),
])
def test_connection_problems_name_the_option_and_the_fix(change, words):
    options = dict(GOOD, **change)
    message = check_connection(options)
    assert message and all(w in message for w in words)
    assert 'KEY-SECRET-123' not in message and 'hunter2-pass' not in message


def test_good_connection_options_pass():
    assert check_connection(GOOD) is None
    assert check_connection(dict(GOOD, key_id=None, key_secret=None, bearer_token='t')) is None


@pytest.mark.parametrize('value', [None, '', '0001-01-01T00:00:00Z', '0001-01-01T00:00:00.000000000Z'])
def test_unset_times(value):
    assert is_unset(value) and parse_time(value) is None


@pytest.mark.parametrize('obj, deleted', [
    ({'status': 'ACTIVE', 'deleted_at': None}, False),
    ({'state': 'PENDING', 'deleted_at': '0001-01-01T00:00:00Z'}, False),
    ({'name': 'web'}, False),
    ({'status': 'DELETED'}, True),  # a service user
    ({'state': 'DELETED', 'deleted_at': None}, True),  # a client
    ({'state': 'ACTIVE', 'deleted_at': '2020-04-07T02:00:00Z'}, True),  # a server or a project
])
def test_soft_deleted_objects(obj, deleted):
    assert is_deleted(obj) is deleted


@pytest.mark.parametrize('text, stamp', [
    ('2020-04-07T02:00:00Z', 1586224800.0),
    ('2020-04-07T02:00:00.123456789Z', 1586224800.123456789),  # Go's nanoseconds
    ('2020-04-07T04:00:00+02:00', 1586224800.0),
    ('2020-04-06T21:30:00-04:30', 1586224800.0),
])
def test_rfc3339_times(text, stamp):
    assert parse_time(text) == pytest.approx(stamp)


def test_bad_time_is_an_error():
    with pytest.raises(ValueError):
        parse_time('yesterday')


@pytest.mark.parametrize('text, seconds', [('90d', 7776000), ('12h', 43200), ('30m', 1800), ('45s', 45), ('2w', 1209600),
                                           (' 1d ', 86400)])
def test_durations(text, seconds):
    assert parse_duration(text) == seconds


@pytest.mark.parametrize('text', ['90', 'd', '1.5d', '90 days', '-1d', 'soon', ''])
def test_bad_durations(text):
    with pytest.raises(ValueError):
        parse_duration(text)


@pytest.mark.parametrize('url, warns', [
    ('http://asa.example.com', True), ('http://user:pw@10.0.0.5:8080', True), ('https://asa.example.com', False),
    ('http://127.0.0.1:8000', False), ('http://localhost', False), ('http://[::1]:80', False),
])
def test_plain_http_to_another_machine_is_warned_about(url, warns):
    warning = transport_warning(dict(GOOD, api_url=url))
    assert bool(warning) == warns
    assert 'pw@' not in (warning or '')
