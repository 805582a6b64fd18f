# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""asa_team_settings: only the settings a task sets are compared and sent; '' unsets a URL; ranges checked."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

import pytest

from ansible_collections.okta.asa.plugins.modules import asa_team_settings as module

SETTINGS = '/v1/teams/acme/settings'


def test_only_what_the_task_sets_is_compared_and_sent(run, sim):
    done = run(module, client_session_duration=28800, post_login_url='https://intranet.example.com', diff=True)
    assert done['changed'] and done.writes == [('PUT', SETTINGS)]
    assert done.bodies('PUT', SETTINGS) == [{'client_session_duration': 28800,
                                             'post_login_url': 'https://intranet.example.com'}]
    assert done['team_settings']['client_session_duration'] == 28800 and done['team_settings']['team'] == 'acme'
    assert done['diff']['before']['client_session_duration'] == 36000
    assert sim.state.settings['web_session_duration'] == 36000  # not managed, not sent, not changed
    again = run(module, client_session_duration=28800, post_login_url='https://intranet.example.com')
    assert not again['changed'] and again.calls == [('GET', SETTINGS)]


def test_an_empty_url_unsets_it_and_check_mode_writes_nothing(run, sim):
    run(module, post_logout_url='https://bye.example.com')
    predicted = run(module, post_logout_url='', check_mode=True)
    assert predicted['changed'] and predicted.writes == [] and predicted['team_settings']['post_logout_url'] is None
    unset = run(module, post_logout_url='')
    assert unset['changed'] and unset.bodies('PUT', SETTINGS) == [{'post_logout_url': None}]
    assert sim.state.settings['post_logout_url'] is None
    assert not run(module, post_logout_url='')['changed']


def test_a_task_that_sets_nothing_reads_and_changes_nothing(run):
    done = run(module)
    assert not done['changed'] and done.calls == [('GET', SETTINGS)] and done['team_settings']['team'] == 'acme'


@pytest.mark.parametrize('options, words', [
    ({'client_session_duration': 600}, ['client_session_duration', 'from 3600 to 90000', '1 h', '25 h']),
    ({'web_session_duration': 100000}, ['web_session_duration', 'from 1800 to 90000']),
    ({'post_login_url': 'intranet'}, ['post_login_url', 'not a URL', "''"]),
])
def test_bad_settings_are_refused_before_any_request(run, options, words):
    refused = run(module, **options)
    assert refused['failed'] and refused.requests == [] and all(w in refused['msg'] for w in words)
