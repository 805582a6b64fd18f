# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""asa_service_users: the set comparison of every state, against the simulator in-process."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

import json

from ansible_collections.okta.asa.plugins.modules import asa_service_users as module
from ansible_collections.okta.asa.tests.unit.plugins.modules.harness import SECRET

USERS = '/v1/teams/acme/service_users'


def names(run_result, key='after'):
    return [(u['name'], u.get('status')) for u in run_result[key]]


def test_merged_creates_the_missing_with_one_list_read(run, sim):
    done = run(module, config=[{'name': 'a'}, {'name': 'b', 'status': 'DISABLED'}])
    assert done['changed']
    changes = sorted(done['changes'], key=lambda c: c['name'])
    assert changes == [{'action': 'create', 'name': 'a'}, {'action': 'create', 'name': 'b'}]
    assert sorted(done.writes) == [('POST', USERS), ('POST', USERS), ('PUT', USERS + '/b')]
    assert ('b', 'DISABLED') in names(done) and ('a', 'ACTIVE') in names(done)
    again = run(module, config=[{'name': 'a'}, {'name': 'b', 'status': 'DISABLED'}])
    assert not again['changed'] and again['changes'] == [] and again.writes == []
    assert again.calls == [('GET', USERS)]
    assert again['before'] == again['after'] == done['after']


def test_merged_leaves_an_unset_status_alone_and_replaced_resets_it(run, sim):
    run(module, config=[{'name': 'a', 'status': 'DISABLED'}])
    merged = run(module, config=[{'name': 'a'}])
    assert not merged['changed'] and merged.writes == []
    replaced = run(module, config=[{'name': 'a'}], state='replaced', diff=True)
    assert replaced['changes'] == [{'action': 'update', 'name': 'a'}]
    assert replaced.writes == [('PUT', USERS + '/a')]
    assert sim.state.service_users['a']['status'] == 'ACTIVE'
    assert {'name': 'a', 'status': 'DISABLED'} in replaced['diff']['before']['service_users']
    assert {'name': 'a', 'status': 'ACTIVE'} in replaced['diff']['after']['service_users']


def test_overridden_deletes_exactly_the_unlisted_and_spares_its_own_user(run, sim):
    run(module, config=[{'name': 'a'}, {'name': 'b'}, {'name': 'c'}])
    predicted = run(module, config=[{'name': 'b'}], state='overridden', check_mode=True)
    assert predicted.writes == []
    assert sorted(c['name'] for c in predicted['changes']) == ['a', 'c']
    assert all(c['action'] == 'delete' for c in predicted['changes'])
    assert sim.admin_user not in [c['name'] for c in predicted['changes']]
    assert len(predicted['warnings']) == 1 and "spares service user '%s'" % sim.admin_user in predicted['warnings'][0]
    done = run(module, config=[{'name': 'b'}], state='overridden')
    assert done['changes'] == predicted['changes']
    # To find the user it authenticates as, only the keys of the unlisted users were read, until found (not the
    # list again): a, then ansible-admin.
    assert [c for c in done.calls if c[0] == 'GET'] == [('GET', USERS), ('GET', USERS + '/a/keys'),
                                                        ('GET', USERS + '/%s/keys' % sim.admin_user)]
    assert sorted(done.writes) == [('PUT', USERS + '/a'), ('PUT', USERS + '/c')]
    assert sim.state.service_users['a']['status'] == 'DELETED'
    assert sim.state.service_users[sim.admin_user]['status'] == 'ACTIVE'
    assert [u['name'] for u in done['after']] == sorted(['b', sim.admin_user])
    assert not run(module, config=[{'name': 'b'}], state='overridden')['changed']


def test_overridden_with_a_bearer_token_alone_refuses_to_delete(run, sim):
    run(module, config=[{'name': 'a'}])
    status, dummy, payload, dummy = sim.exchange('POST', USERS.replace('service_users', 'service_token'),
                                                 {'Content-Type': 'application/json'}, json.dumps(
        {'key_id': sim.admin_key['id'], 'key_secret': SECRET}).encode())
    assert status == 200
    token = json.loads(payload)['bearer_token']
    refused = run(module, config=[{'name': 'a'}], state='overridden', key_id=None, key_secret=None, bearer_token=token)
    assert refused['failed'] and refused.writes == []
    assert 'would delete 1 service user(s)' in refused['msg'] and 'set key_id and key_secret' in refused['msg']
    nothing_to_delete = run(module, config=[{'name': 'a'}, {'name': sim.admin_user}], state='overridden',
                            key_id=None, key_secret=None, bearer_token=token)
    assert not nothing_to_delete['changed']


def test_deleted_needs_a_config_and_deletes_only_the_listed(run, sim):
    refused = run(module, config=[], state='deleted')
    assert refused['failed'] and 'empty config is refused' in refused['msg'] and refused.requests == []
    run(module, config=[{'name': 'a'}, {'name': 'b'}])
    done = run(module, config=[{'name': 'a'}, {'name': 'gone-already'}], state='deleted')
    assert done['changes'] == [{'action': 'delete', 'name': 'a'}]
    assert sim.state.service_users['b']['status'] == 'ACTIVE'
    assert not run(module, config=[{'name': 'a'}], state='deleted')['changed']


def test_gathered_round_trips_into_merged_as_a_no_op(run):
    run(module, config=[{'name': 'a'}, {'name': 'b', 'status': 'DISABLED'}])
    gathered = run(module, state='gathered')
    assert not gathered['changed'] and gathered.writes == []
    assert {'name': 'b', 'status': 'DISABLED'} in gathered['gathered']
    for state in ('merged', 'replaced', 'overridden'):
        again = run(module, config=gathered['gathered'], state=state)
        assert not again['changed'] and again.writes == [], state


def test_a_deleted_name_bad_name_or_duplicate_fails_before_any_write(run):
    run(module, config=[{'name': 'old'}])
    run(module, config=[{'name': 'old'}], state='deleted')
    reused = run(module, config=[{'name': 'new'}, {'name': 'old'}])
    assert reused['failed'] and reused.writes == []
    assert reused['msg'] == "service user 'old' was deleted, and ASA never reuses a deleted name: choose another name"
    bad = run(module, config=[{'name': 'ok'}, {'name': 'no/slash'}])
    assert bad['failed'] and bad['msg'].startswith('config[1]: name ') and bad.requests == []
    twice = run(module, config=[{'name': 'x'}, {'name': 'y'}, {'name': 'x'}])
    assert twice['failed'] and 'config[0] and config[2] both name name=x' in twice['msg'] and twice.requests == []
    lots = run(module, config=[{'name': 'x'}], concurrency=0)
    assert lots['failed'] and 'concurrency must be' in lots['msg']
