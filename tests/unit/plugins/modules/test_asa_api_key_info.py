# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""asa_api_key_info: what it reads, with which requests; it never changes anything."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

from ansible_collections.okta.asa.plugins.modules import asa_api_key_info

TEAM = '/v1/teams/acme/'


def test_the_keys_without_secrets(run, sim):
    sim.state.add_service_user('bot')
    key = sim.state.add_key('bot')
    listed = run(asa_api_key_info, service_user='bot')
    assert not listed['changed'] and [k['id'] for k in listed['api_keys']] == [key['id']]
    assert 'secret' not in listed['api_keys'][0] and listed.calls == [('GET', TEAM + 'service_users/bot/keys')]


def test_a_missing_user_fails_with_404(run):
    missing = run(asa_api_key_info, service_user='ghost')
    assert missing['failed'] and missing['status'] == 404 and 'ghost' in missing['msg']
