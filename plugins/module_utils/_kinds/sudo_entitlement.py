# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""Internal to okta.asa: sudo entitlements, compared the way the API stores them, so that an unchanged re-run is
ok."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

from ansible_collections.okta.asa.plugins.module_utils._client import AsaApiError
from ansible_collections.okta.asa.plugins.module_utils._common import AsaModuleError
from ansible_collections.okta.asa.plugins.module_utils._kind import Kind

BOOL_FIELDS = ('opt_no_exec', 'opt_no_passwd', 'opt_set_env')
LIST_FIELDS = ('add_env', 'sub_env')
STRING_FIELDS = ('description', 'opt_run_as')
FIELDS = ('description', 'structured_commands') + LIST_FIELDS + BOOL_FIELDS + ('opt_run_as',)


def normalize_command(cmd):
    """One structured command as the API stores it: directories and raw commands have no args_type, executables
    default to ``none``, and args exist only for ``custom``."""
    ctype = cmd.get('command_type')
    args_type = cmd.get('args_type')
    if ctype in ('directory', 'raw'):
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
        if cmd.get('command_type') == 'raw' and (args_type == 'custom' or cmd.get('args')):
            problems.append('%s: a raw command takes no args_type custom or args (ASA refuses them): write the '
                            'arguments into command itself, or use command_type executable' % where)
            continue
        if args_type == 'custom' and not cmd.get('args'):
            problems.append('%s: args_type custom needs args (the allowed arguments)' % where)
        if cmd.get('args') and args_type != 'custom':
            problems.append('%s: args are only used with args_type custom; set args_type: custom or remove args'
                            % where)
    return problems


def request_body(name, fields):
    """A full create/update body: every field present, false booleans sent explicitly (ASA reads a missing
    boolean as unchanged on some endpoints)."""
    body = {'name': name}
    for field in FIELDS:
        body[field] = normalize(field, fields.get(field))
    return body


class SudoEntitlement(Kind):
    resource_key = 'sudo_entitlement'
    plural = 'sudo_entitlements'
    options = dict(
        name=dict(type='str', required=True),
        description=dict(type='str'),
        structured_commands=dict(type='list', elements='dict', options=dict(
            command=dict(type='str', required=True),
            command_type=dict(type='str', required=True, choices=['executable', 'directory', 'raw']),
            args_type=dict(type='str', choices=['none', 'any', 'custom']),
            args=dict(type='str'),
        )),
        add_env=dict(type='list', elements='str'),
        sub_env=dict(type='list', elements='str'),
        opt_no_exec=dict(type='bool'),
        opt_no_passwd=dict(type='bool', no_log=False),  # a sudo flag, not a secret (silences Ansible's no_log warning)
        opt_run_as=dict(type='str'),
        opt_set_env=dict(type='bool'),
    )
    fields = FIELDS
    names = {'name': 'text'}
    list_path = 'entitlements/sudo'
    item_path = 'entitlements/sudo/{id}'
    identity = {'name': 'name'}  # no GET by name: the list is paged until the name is found
    key = {'name': 'name'}
    defaults = dict((field, normalize(field, None)) for field in FIELDS)

    def check_params(self):
        problems = command_problems(self.params['structured_commands'])
        if problems:
            raise AsaModuleError('; '.join(problems))

    @classmethod
    def normalize(cls, field, value):
        return normalize(field, value)

    @classmethod
    def to_config(cls, obj):
        item = super(SudoEntitlement, cls).to_config(obj)
        # Ready to paste into config: a command leaves out what does not apply to it (None).
        item['structured_commands'] = [dict((k, v) for k, v in cmd.items() if v is not None)
                                       for cmd in item.get('structured_commands', [])]
        return item

    def build(self, current, changes):
        after = dict(current or {})
        after.update(request_body(self.params['name'], dict(current or {}, **changes)))
        return after

    def create_body(self, wanted):
        return request_body(self.params['name'], wanted)

    def update_body(self, current, changes):
        return request_body(self.params['name'], self.build(current, changes))  # every field, every time

    def delete(self, current):
        try:
            super(SudoEntitlement, self).delete(current)
        except AsaApiError as exc:
            if exc.status in (400, 409) and 'assign' in (exc.message or '').lower():
                raise AsaModuleError('sudo entitlement %r is still assigned to a project, and ASA deletes only '
                                     'unassigned entitlements: remove it from the project first (ASA said: %s)'
                                     % (self.params['name'], exc.message), status=exc.status, error_code=exc.code)
            raise
