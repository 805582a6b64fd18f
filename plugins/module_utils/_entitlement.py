# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""Internal to okta.asa (not a public API; it may change in any release): sudo entitlements compared the way
the API stores them, so that an unchanged re-run is ok."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

BOOL_FIELDS = ('opt_no_exec', 'opt_no_passwd', 'opt_set_env')
LIST_FIELDS = ('add_env', 'sub_env')
STRING_FIELDS = ('description', 'opt_run_as')
FIELDS = ('description', 'structured_commands') + LIST_FIELDS + BOOL_FIELDS + ('opt_run_as',)


def find_by_name(client, name):
    """The sudo entitlement called ``name``, or None; pages only until it is found."""
    for ent in client.paginate(client.path('entitlements', 'sudo')):
        if ent.get('name') == name:
            return ent
    return None


def normalize_command(cmd):
    """One structured command as the API stores it: directories have no args_type, executables default to
    ``none``, and args exist only for ``custom``."""
    ctype = cmd.get('command_type')
    args_type = cmd.get('args_type')
    if ctype == 'directory':
        args_type = None
    elif ctype == 'executable' and args_type is None:
        args_type = 'none'
    args = cmd.get('args') or None
    if args_type != 'custom':
        args = None
    return {'command': cmd.get('command'), 'command_type': ctype, 'args_type': args_type, 'args': args}


def normalize(field, value):
    """A field's value in a form where equal meanings compare equal (null vs [] vs '', list order of env)."""
    if field == 'structured_commands':
        return [normalize_command(c) for c in value or []]
    if field in LIST_FIELDS:
        return sorted(value or [])
    if field in STRING_FIELDS:
        return value or ''
    if field in BOOL_FIELDS:
        return bool(value)
    return value


def command_problems(commands):
    """Messages for structured commands the API would reject or silently change."""
    problems = []
    for index, cmd in enumerate(commands or []):
        where = 'structured_commands[%d]' % index
        args_type = cmd.get('args_type')
        if cmd.get('command_type') == 'directory' and args_type not in (None, 'none'):
            problems.append('%s: args_type does not apply to command_type directory; remove it' % where)
        if args_type == 'custom' and not cmd.get('args'):
            problems.append('%s: args_type custom needs args (the allowed arguments)' % where)
        if cmd.get('args') and args_type != 'custom':
            problems.append('%s: args are only used with args_type custom; set args_type: custom or remove args'
                            % where)
    return problems


def request_body(name, fields):
    """A full create/update body: every field present, false booleans sent explicitly (NOTES.md)."""
    body = {'name': name}
    for field in FIELDS:
        body[field] = normalize(field, fields.get(field))
    return body
