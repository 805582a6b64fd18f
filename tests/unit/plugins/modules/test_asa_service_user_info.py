# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""asa_service_user_info: what it reads, with which requests; it never changes anything."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

from ansible_collections.okta.asa.plugins.modules import asa_service_user_info

TEAM = '/v1/teams/acme/'


def test_a_list_filtered_by_asa(run, sim):
    sim.state.add_service_user('bot')
    sim.state.add_service_user('other')
    listed = run(asa_service_user_info, starts_with='b')
    assert not listed['changed'] and [u['name'] for u in listed['service_users']] == ['bot']
    assert listed.calls == [('GET', TEAM + 'service_users')] and 'starts_with=b' in listed.requests[-1]['query']


def test_one_by_name_is_one_get_and_missing_is_empty(run, sim):
    sim.state.add_service_user('bot')
    one = run(asa_service_user_info, name='bot')
    assert [u['name'] for u in one['service_users']] == ['bot'] and one.calls == [('GET', TEAM + 'service_users/bot')]
    assert run(asa_service_user_info, name='ghost')['service_users'] == []
    assert run(asa_service_user_info, name='bot', status=['DISABLED'])['service_users'] == []


def test_a_bad_name_makes_no_request(run):
    failed = run(asa_service_user_info, name='../x')
    assert failed['failed'] and failed.requests == []
