# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""asa_client: approve, assign, revoke; a client cannot be created."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

from ansible_collections.okta.asa.plugins.modules import asa_client as module

PENDING = '9c199afe-0ca5-427a-baac-c4341707d82b'
ACTIVE = '5e9d8179-2fca-4905-8405-3cd3e0c5280e'
UNASSIGNED = '0f3b8ec6-45c4-4f9e-9a3c-2a4c2c1f4d10'


def path(client_id):
    return '/v1/teams/acme/clients/' + client_id


def test_approve_then_unchanged(run, sim):
    approved = run(module, id=PENDING, diff=True)
    assert approved['changed'] and approved.writes == [('PUT', path(PENDING))]
    assert approved.bodies('PUT', path(PENDING)) == [{'state': 'ACTIVE', 'user_name': 'jason.compson'}]
    assert approved['diff']['before']['state'] == 'PENDING' and approved['client']['state'] == 'ACTIVE'
    again = run(module, id=PENDING)
    assert not again['changed'] and again.calls == [('GET', path(PENDING))]


def test_approve_an_unassigned_client_sends_no_null_user(run, sim):
    approved = run(module, id=UNASSIGNED)
    assert not approved.get('failed'), approved.get('msg')
    assert approved.bodies('PUT', path(UNASSIGNED)) == [{'state': 'ACTIVE'}]
    assert sim.state.clients[UNASSIGNED]['state'] == 'ACTIVE'


def test_assign(run, sim):
    assigned = run(module, id=ACTIVE, user_name='quentin')
    assert assigned['changed'] and assigned['client']['user_name'] == 'quentin'
    assert sim.state.clients[ACTIVE]['user_name'] == 'quentin'


def test_revoke_then_absent(run, sim):
    revoked = run(module, id=ACTIVE, state='absent')
    assert revoked['changed'] and revoked.writes == [('DELETE', path(ACTIVE))] and revoked['client'] == {}
    again = run(module, id=ACTIVE, state='absent')
    assert not again['changed'] and again.writes == []


def test_a_missing_or_revoked_client_cannot_be_approved(run):
    run(module, id=ACTIVE, state='absent')
    for client_id in (ACTIVE, '11111111-2222-4333-8444-555555555555'):
        failed = run(module, id=client_id)
        assert failed['failed'] and 'clients enroll from the device' in failed['msg'] and failed.writes == []


def test_check_mode_writes_nothing(run, sim):
    predicted = run(module, id=UNASSIGNED, user_name='quentin', check_mode=True)
    assert predicted['changed'] and predicted['client']['state'] == 'ACTIVE' and predicted.writes == []
    assert run(module, id=ACTIVE, state='absent', check_mode=True).writes == []
    assert sim.state.clients[UNASSIGNED]['state'] == 'PENDING' and sim.state.clients[ACTIVE]['state'] == 'ACTIVE'


def test_a_bad_id_makes_no_request(run):
    failed = run(module, id='laptop')
    assert failed['failed'] and 'UUID' in failed['msg'] and failed.requests == []
