# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""asa_sudo_entitlement: every branch of converge, against the simulator in-process."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

from ansible_collections.okta.asa.plugins.modules import asa_sudo_entitlement as module
from ansible_collections.okta.asa.tests.unit.plugins.modules.harness import race

SUDO = '/v1/teams/acme/entitlements/sudo'
COMMANDS = [{'command': '/bin/systemctl', 'command_type': 'executable', 'args_type': 'custom', 'args': 'restart *'},
            {'command': '/usr/local/ops/bin/', 'command_type': 'directory'},
            {'command': '/bin/ls', 'command_type': 'executable'}]
TASK = dict(name='restart', description='restarts', structured_commands=COMMANDS, opt_no_passwd=True,
            add_env=['HTTP_PROXY', 'NO_PROXY'])


def only(sim):
    (ent,) = sim.state.entitlements.values()
    return ent


def test_absent_and_missing_is_one_read(run):
    done = run(module, name='restart', state='absent')
    assert not done['changed'] and done['sudo_entitlement'] == {} and done.calls == [('GET', SUDO)]


def test_create_sends_every_field_then_a_rerun_in_another_order_is_ok(run, sim):
    created = run(module, **TASK)
    assert created['changed'] and created.writes == [('POST', SUDO)]
    assert created['warnings'] == []  # opt_no_passwd is a sudo flag: no "did not set no_log" warning
    (body,) = created.bodies('POST', SUDO)
    assert body['opt_no_exec'] is False and body['sub_env'] == [] and body['add_env'] == ['HTTP_PROXY', 'NO_PROXY']
    assert only(sim)['structured_commands'][2]['args_type'] == 'none'
    again = run(module, **dict(TASK, add_env=['NO_PROXY', 'HTTP_PROXY']))
    assert not again['changed'] and again.calls == [('GET', SUDO)]


def test_update_keeps_what_the_task_leaves_out(run, sim):
    run(module, **TASK)
    updated = run(module, name='restart', description='restarts units', diff=True)
    ent_path = SUDO + '/' + only(sim)['id']
    assert updated['changed'] and updated.writes == [('PUT', ent_path)]
    assert updated['diff']['before']['description'] == 'restarts'
    assert updated['diff']['after']['description'] == 'restarts units'
    assert only(sim)['add_env'] == ['HTTP_PROXY', 'NO_PROXY'] and only(sim)['opt_no_passwd'] is True
    assert not run(module, name='restart', description='restarts units')['changed']


def test_delete_then_absent(run, sim):
    run(module, **TASK)
    ent_id = only(sim)['id']
    deleted = run(module, name='restart', state='absent')
    assert deleted['changed'] and deleted.writes == [('DELETE', SUDO + '/' + ent_id)]
    assert sim.state.entitlements == {}


def test_an_assigned_entitlement_is_not_deleted_and_the_message_says_why(run, sim):
    run(module, **TASK)
    sim.seed({'entitlement_assignments': [{'entitlement_id': only(sim)['id'], 'project': 'web'}]})
    refused = run(module, name='restart', state='absent')
    assert refused['failed'] and 'still assigned to a project' in refused['msg'] and refused['status'] == 400


def test_check_mode_writes_nothing(run, sim):
    predicted = run(module, check_mode=True, diff=True, **TASK)
    assert predicted['changed'] and predicted.writes == [] and predicted['sudo_entitlement']['opt_no_exec'] is False
    run(module, **TASK)
    for options in ({'description': 'other'}, {'state': 'absent'}):
        assert run(module, name='restart', check_mode=True, **options).writes == []
    assert only(sim)['description'] == 'restarts'


def test_commands_the_api_would_change_are_refused_before_any_request(run):
    failed = run(module, name='x', structured_commands=[{'command': '/bin/', 'command_type': 'directory',
                                                         'args_type': 'any'}])
    assert failed['failed'] and 'structured_commands[0]' in failed['msg'] and failed.requests == []


def test_a_create_that_lost_a_race_converges(run, sim):
    other = dict(TASK, description='from another host')

    def create_elsewhere():
        run(module, **other)

    race(sim, 'POST', '/entitlements/sudo', create_elsewhere)
    done = run(module, **TASK)
    assert not done.get('failed') and done['changed'] and only(sim)['description'] == 'restarts'
    # the other host's POST, this task's (refused with 409), and its update of what it found
    assert done.writes == [('POST', SUDO), ('POST', SUDO), ('PUT', SUDO + '/' + only(sim)['id'])]


def test_a_raw_command_converges_whatever_args_type_it_names(run, sim):
    raw = [{'command': 'systemctl restart nginx', 'command_type': 'raw', 'args_type': 'any'}]
    created = run(module, name='raw', structured_commands=raw)
    assert created['changed'] and created['sudo_entitlement']['structured_commands'][0]['args_type'] is None
    assert only(sim)['structured_commands'][0]['args_type'] is None  # what ASA keeps
    again = run(module, name='raw', structured_commands=raw)
    assert not again['changed'] and again.writes == []


def test_a_raw_command_with_custom_args_is_refused_before_any_request(run):
    raw = [{'command': 'systemctl', 'command_type': 'raw', 'args_type': 'custom', 'args': 'restart *'}]
    refused = run(module, name='raw', structured_commands=raw)
    assert refused['failed'] and refused.requests == []
    assert refused['msg'].startswith('structured_commands[0]: a raw command takes no args_type custom or args')
