# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""Sudo entitlements compare equal when the API would store them the same."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

import pytest

from ansible_collections.okta.asa.plugins.module_utils._kind import Context
from ansible_collections.okta.asa.plugins.module_utils._kinds.sudo_entitlement import (
    SudoEntitlement,
    command_problems,
    normalize,
    request_body,
)

# What the API answers (entitlements.txt): args null, args_type null for a directory, rendered_command.
API_COMMANDS = [
    {'args': None, 'args_type': 'none', 'command': '/bin/ls', 'command_type': 'executable', 'rendered_command': ''},
    {'args': None, 'args_type': None, 'command': '/bin/', 'command_type': 'directory', 'rendered_command': ''},
]


@pytest.mark.parametrize('task', [
    [{'command': '/bin/ls', 'command_type': 'executable'}, {'command': '/bin/', 'command_type': 'directory'}],
    [{'command': '/bin/ls', 'command_type': 'executable', 'args_type': 'none', 'args': None},
     {'command': '/bin/', 'command_type': 'directory', 'args_type': None}],
    [{'command': '/bin/ls', 'command_type': 'executable', 'args_type': 'none', 'args': ''},
     {'command': '/bin/', 'command_type': 'directory', 'args_type': 'none'}],
])
def test_commands_compare_as_the_api_stores_them(task):
    assert normalize('structured_commands', task) == normalize('structured_commands', API_COMMANDS)


def test_command_order_and_args_matter():
    assert normalize('structured_commands', list(reversed(API_COMMANDS))) != normalize('structured_commands', API_COMMANDS)
    custom = [{'command': '/bin/systemctl', 'command_type': 'executable', 'args_type': 'custom', 'args': 'restart *'}]
    other = [dict(custom[0], args='stop *')]
    assert normalize('structured_commands', custom) != normalize('structured_commands', other)


@pytest.mark.parametrize('field, a, b', [
    ('add_env', None, []),
    ('sub_env', ['B', 'A'], ['A', 'B']),
    ('opt_run_as', None, ''),
    ('description', None, ''),
    ('opt_no_exec', None, False),
])
def test_null_empty_and_order_quirks(field, a, b):
    assert normalize(field, a) == normalize(field, b)


def test_real_differences_stay_different():
    assert normalize('add_env', ['A']) != normalize('add_env', [])
    assert normalize('opt_no_passwd', True) != normalize('opt_no_passwd', False)
    assert normalize('opt_run_as', 'deploy') != normalize('opt_run_as', '')


def test_request_body_sends_every_field_and_false_explicitly():
    body = request_body('ls', {'structured_commands': [{'command': '/bin/ls', 'command_type': 'executable'}]})
    assert body == {
        'name': 'ls', 'description': '', 'add_env': [], 'sub_env': [], 'opt_run_as': '',
        'opt_no_exec': False, 'opt_no_passwd': False, 'opt_set_env': False,
        'structured_commands': [{'command': '/bin/ls', 'command_type': 'executable', 'args_type': 'none', 'args': None}],
    }


@pytest.mark.parametrize('commands, problem', [
    ([{'command': '/x/', 'command_type': 'directory', 'args_type': 'any'}], 'does not apply to command_type directory'),
    ([{'command': '/x', 'command_type': 'executable', 'args_type': 'custom'}], 'custom needs args'),
    ([{'command': '/x', 'command_type': 'executable', 'args': '-v'}], 'only used with args_type custom'),
])
def test_commands_the_api_would_reject_or_change(commands, problem):
    problems = command_problems(commands)
    assert len(problems) == 1 and problems[0].startswith('structured_commands[0]: ') and problem in problems[0]


def test_good_commands_have_no_problems():
    assert command_problems(API_COMMANDS) == []
    assert command_problems(None) == []


class PagedClient:
    """Two pages of entitlements; counts the items it handed out."""

    def __init__(self):
        self.handed = 0

    def path(self, *parts):
        return '/'.join(parts)

    def paginate(self, path, params=None):
        for ent in [{'name': 'a'}, {'name': 'b'}, {'name': 'c'}]:
            self.handed += 1
            yield ent


def find_by_name(client, name):
    return SudoEntitlement(client, {'name': name, 'state': 'present'}, Context(warn=None)).find()


def test_find_by_name_stops_paging_when_found():
    client = PagedClient()
    assert find_by_name(client, 'b') == {'name': 'b'} and client.handed == 2
    assert find_by_name(PagedClient(), 'z') is None
