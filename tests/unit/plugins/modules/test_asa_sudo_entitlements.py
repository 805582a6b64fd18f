# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""asa_sudo_entitlements: the set comparison, its cost, partial failures and pacing."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

from ansible_collections.okta.asa.plugins.modules import asa_sudo_entitlement, asa_sudo_entitlements as module
from ansible_collections.okta.asa.tests.simulator.asa_simulator import now_ts

ENTS = '/v1/teams/acme/entitlements/sudo'
RESTART = {'name': 'restart', 'description': 'restarts', 'opt_no_passwd': True, 'add_env': ['B', 'A'],
           'structured_commands': [{'command': '/bin/systemctl', 'command_type': 'executable',
                                    'args_type': 'custom', 'args': 'restart *'}]}


def many(count):
    return [{'name': 'ent-%04d' % i, 'description': 'number %d' % i} for i in range(count)]


def test_a_thousand_cost_one_list_read_per_hundred_on_a_rerun(run):
    cold = run(module, config=many(1000), concurrency=8)
    assert cold['changed'] and len(cold.writes) == 1000 and len(cold['changes']) == 1000
    assert [c for c in cold.calls if c[0] == 'GET'] == [('GET', ENTS)] * 1  # the list was empty: one page
    rerun = run(module, config=many(1000))
    assert not rerun['changed'] and rerun.writes == []
    assert len(rerun.requests) == 11  # one token and ten pages of 100
    assert len(rerun['after']) == 1000


def test_values_compare_as_asa_stores_them_and_singular_and_bulk_agree(run):
    run(asa_sudo_entitlement, **RESTART)
    same = dict(RESTART, add_env=['A', 'B'], structured_commands=[dict(RESTART['structured_commands'][0])])
    assert not run(module, config=[same])['changed']
    changed = run(module, config=[dict(same, description='other')], diff=True)
    assert changed['changes'] == [{'action': 'update', 'name': 'restart'}]
    body = changed.bodies('PUT', changed.writes[0][1])[0]
    assert body['add_env'] == ['A', 'B'] and body['opt_no_passwd'] is True  # merged keeps what the item leaves out
    assert not run(asa_sudo_entitlement, name='restart', description='other')['changed']


def test_replaced_resets_what_an_item_leaves_out(run):
    run(module, config=[RESTART])
    replaced = run(module, config=[{'name': 'restart', 'description': 'restarts'}], state='replaced')
    body = replaced.bodies('PUT', replaced.writes[0][1])[0]
    assert body['opt_no_passwd'] is False and body['add_env'] == [] and body['structured_commands'] == []
    assert replaced['after'] == [{'name': 'restart', 'description': 'restarts', 'structured_commands': [],
                                  'add_env': [], 'sub_env': [], 'opt_no_exec': False, 'opt_no_passwd': False,
                                  'opt_run_as': '', 'opt_set_env': False}]


def test_overridden_deletes_the_unlisted_and_gathered_round_trips(run, sim):
    run(module, config=many(5))
    gathered = run(module, state='gathered')['gathered']
    assert len(gathered) == 5 and not run(module, config=gathered, state='overridden')['changed']
    check = run(module, config=gathered[:2], state='overridden', check_mode=True)
    assert check.writes == [] and [c['action'] for c in check['changes']] == ['delete'] * 3
    done = run(module, config=gathered[:2], state='overridden')
    assert sorted(done.writes)[0][0] == 'DELETE' and len(done.writes) == 3
    assert sorted(e['name'] for e in sim.state.entitlements.values()) == ['ent-0000', 'ent-0001']


def test_a_failed_write_lets_the_others_finish_and_names_itself(run, sim):
    run(module, config=many(3))
    # token, list, first DELETE pass; the second DELETE gets a 400; the third passes
    sim.faults = {'script': [{'pass': True, 'count': 3}, {'status': 400}]}
    failed = run(module, config=many(3), state='deleted', concurrency=1)
    assert failed['failed'] and failed['msg'].startswith('1 of 3 changes failed: delete name=ent-0001: ')
    assert failed['changes'] == [{'action': 'delete', 'name': 'ent-0000'}, {'action': 'delete', 'name': 'ent-0002'}]
    assert failed['changed'] is True  # two writes landed: handlers fire, the recap counts a change
    assert sorted(e['name'] for e in sim.state.entitlements.values()) == ['ent-0001']


def test_a_task_whose_only_write_failed_changed_nothing(run, sim):
    run(module, config=many(1))
    sim.faults = {'script': [{'pass': True, 'count': 2}, {'status': 400}]}
    failed = run(module, config=many(1), state='deleted')
    assert failed['failed'] and failed['changes'] == [] and failed['changed'] is False


def test_writes_slow_down_when_little_of_the_rate_limit_is_left(run, sim, monkeypatch):
    from ansible_collections.okta.asa.plugins.module_utils import _client
    slept, clock = [], [now_ts()]

    def sleep(seconds):
        slept.append(seconds)
        clock[0] += seconds

    monkeypatch.setattr(_client.time, 'sleep', sleep)
    monkeypatch.setattr(_client.time, 'time', lambda: clock[0])
    sim.rate_limit = 100
    sim.hour_count[(sim.admin_user, int(now_ts() // 3600))] = 88  # 11 left after the list read: 10% is 10
    done = run(module, config=many(8), concurrency=1)
    assert done['changed'] and len(done.writes) == 8
    # 7 writes are paced: the first of them goes at once, each other one waits its share of the time to the reset
    assert len(slept) == 6 and all(0 < s <= _client.MAX_PACE for s in slept)
    sim.hour_count.clear()
    slept[:] = []
    assert not run(module, config=many(8))['changed'] and slept == []


def test_bad_items_fail_before_any_request(run):
    bad = run(module, config=[RESTART, {'name': 'x', 'structured_commands': [
        {'command': '/bin/', 'command_type': 'directory', 'args_type': 'any'}]}])
    assert bad['failed'] and bad['msg'].startswith('config[1]: structured_commands[0]: args_type does not apply')
    assert bad.requests == []


def test_gathered_commands_leave_out_what_does_not_apply(run):
    run(module, config=[{'name': 'dirs', 'structured_commands': [{'command': '/opt/bin/', 'command_type': 'directory'}]}])
    gathered = run(module, state='gathered')['gathered']
    assert gathered[0]['structured_commands'] == [{'command': '/opt/bin/', 'command_type': 'directory'}]
