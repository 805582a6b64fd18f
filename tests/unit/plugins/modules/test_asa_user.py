# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""asa_user: a user's status and attributes; users come from Okta; managed attributes and one's own status stay."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

import pytest

from ansible_collections.okta.asa.plugins.modules import asa_user as module

USERS = '/v1/teams/acme/users/'


def attribute_ids(sim, name):
    return dict((a['attribute_name'], a['id']) for a in sim.state.any_user(name)['_attributes'].values())


def test_attributes_listed_are_set_by_id_and_compared_as_asa_stores_them(run, sim):
    ids = attribute_ids(sim, 'quentin.compson')
    done = run(module, name='quentin.compson', attributes={'unix_user_name': 'qcompson', 'unix_uid': '4200'},
               diff=True)
    assert done['changed'] and sorted(done.writes) == sorted([
        ('PUT', USERS + 'quentin.compson/attributes/' + ids['unix_uid']),
        ('PUT', USERS + 'quentin.compson/attributes/' + ids['unix_user_name'])])
    assert done.bodies('PUT', USERS + 'quentin.compson/attributes/' + ids['unix_uid']) == [
        {'attribute_name': 'unix_uid', 'attribute_value': 4200}]  # a number, as ASA takes it
    assert done['user']['attributes']['unix_user_name'] == 'qcompson'
    assert done['diff']['before']['attributes']['unix_uid'] != 4200
    again = run(module, name='quentin.compson', attributes={'unix_user_name': 'qcompson', 'unix_uid': 4200})
    assert not again['changed'] and again.calls == [('GET', USERS + 'quentin.compson'),
                                                    ('GET', USERS + 'quentin.compson/attributes')]


def test_status_changes_with_the_whole_user_and_check_mode_writes_nothing(run, sim):
    predicted = run(module, name='caddy.compson', status='DISABLED', check_mode=True)
    assert predicted['changed'] and predicted.writes == [] and predicted['user']['status'] == 'DISABLED'
    done = run(module, name='caddy.compson', status='DISABLED')
    assert done.writes == [('PUT', USERS + 'caddy.compson')]
    (body,) = done.bodies('PUT', USERS + 'caddy.compson')
    assert body['status'] == 'DISABLED' and body['name'] == 'caddy.compson' and body['user_type'] == 'human'
    assert sim.state.humans['caddy.compson']['status'] == 'DISABLED'
    assert not run(module, name='caddy.compson', status='DISABLED')['changed']
    assert not run(module, name='caddy.compson')['changed']  # status unset: not managed


def test_a_user_asa_does_not_know_fails_saying_where_users_come_from(run):
    missing = run(module, name='benjy.compson', status='ACTIVE')
    assert missing['failed'] and missing.writes == []
    assert "user 'benjy.compson' not found in the team: ASA creates human users from Okta" in missing['msg']


def test_an_attribute_from_okta_is_refused_by_name_before_any_write(run):
    refused = run(module, name='jason.compson', attributes={'unix_user_name': 'jc', 'windows_user_name': 'jc'})
    assert refused['failed'] and refused.writes == []
    assert refused['msg'].startswith("attributes: unix_user_name of user 'jason.compson' comes from Okta")


def test_a_user_cannot_change_its_own_status(run, sim):
    refused = run(module, name=sim.admin_user, status='DISABLED')
    assert refused['failed'] and refused.writes == [] and 'its own status' in refused['msg']


@pytest.mark.parametrize('attributes, words', [
    ({'unix_uid': 99}, ['unix_uid', 'from 100 to 2147483647']),
    ({'unix_uid': 'many'}, ['unix_uid', 'number']),
    ({'unix_group_name': 'x'}, ["'unix_group_name' is no attribute here", 'unix_user_name']),
    ({'unix_user_name': 'x' * 256}, ['unix_user_name', '255']),
])
def test_bad_attributes_are_refused_before_any_request(run, attributes, words):
    refused = run(module, name='quentin.compson', attributes=attributes)
    assert refused['failed'] and refused.requests == [] and all(w in refused['msg'] for w in words)
