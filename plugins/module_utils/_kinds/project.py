# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""Internal to okta.asa: projects, which hold servers; the groups added to a project decide who may log in."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

from ansible_collections.okta.asa.plugins.module_utils._common import AsaModuleError
from ansible_collections.okta.asa.plugins.module_utils._kind import Kind

BOOLEANS = ('create_server_users', 'force_shared_ssh_users', 'forward_traffic', 'rdp_session_recording',
            'require_preauth_for_creds', 'ssh_session_recording')
PUT_FIELDS = ('create_server_users', 'forward_traffic', 'next_unix_gid', 'next_unix_uid', 'rdp_session_recording',
              'require_preauth_for_creds', 'ssh_certificate_type', 'ssh_session_recording', 'user_on_demand_period',
              'gateway_selector')
CREATE_ONLY = ('force_shared_ssh_users', 'shared_admin_user_name', 'shared_standard_user_name')
CERT_TYPES = ['CERT_TYPE_ED25519_01', 'CERT_TYPE_RSA_01', 'CERT_TYPE_ECDSA_521_01', 'CERT_TYPE_ECDSA_384_01',
              'CERT_TYPE_ECDSA_256_01']
NUMBERS = ('next_unix_gid', 'next_unix_uid', 'user_on_demand_period')


class Project(Kind):
    resource_key = 'project'
    plural = 'projects'
    options = dict(
        name=dict(type='str', required=True),
        create_server_users=dict(type='bool'),
        force_shared_ssh_users=dict(type='bool'),
        forward_traffic=dict(type='bool'),
        next_unix_gid=dict(type='int'),
        next_unix_uid=dict(type='int'),
        rdp_session_recording=dict(type='bool'),
        require_preauth_for_creds=dict(type='bool'),
        shared_admin_user_name=dict(type='str'),
        shared_standard_user_name=dict(type='str'),
        ssh_certificate_type=dict(type='str', choices=CERT_TYPES),
        ssh_session_recording=dict(type='bool'),
        user_on_demand_period=dict(type='int'),
        gateway_selector=dict(type='str'),
        client_config_options=dict(type='dict'),
        purge_client_config_options=dict(type='bool', default=False),
        force=dict(type='bool', default=False),
    )
    module_kwargs = dict(required_if=[('force_shared_ssh_users', True,
                                       ['shared_admin_user_name', 'shared_standard_user_name'])])
    fields = PUT_FIELDS + CREATE_ONLY + ('client_config_options',)
    create_only = CREATE_ONLY
    write_only = ('ssh_certificate_type',)
    names = {'name': 'path', 'shared_admin_user_name': 'path', 'shared_standard_user_name': 'path'}
    list_path = 'projects'
    item_path = 'projects/{name}'
    options_path = 'projects/{name}/client_config_options'
    option_path = 'projects/{name}/client_config_options/{option_id}'
    key = {'name': 'name'}
    deleted_name = 'project %(name)r was deleted, and ASA never reuses a deleted project\'s name: choose another name'

    # What a deletion takes with it, read before a project is deleted: (result key, path, what names each one).
    CONTENTS = (('servers', 'projects/{name}/servers', 'hostname'),
                ('project_groups', 'projects/{name}/groups', 'group'),
                ('enrollment_tokens', 'projects/{name}/server_enrollment_tokens', 'description'))

    @classmethod
    def to_config(cls, obj):
        """A project as configuration, without the next UID and GID: ASA advances them as it creates server users,
        so a configuration that holds them would later move them back (a task may still set them)."""
        item = super(Project, cls).to_config(obj)
        for counter in ('next_unix_gid', 'next_unix_uid'):
            item.pop(counter, None)
        return item

    @classmethod
    def normalize(cls, field, value):
        if field == 'gateway_selector':
            return value or None  # ASA keeps no selector as null; '' removes it
        if field == 'client_config_options':
            return dict(value or {})
        return value

    def find(self):
        project = super(Project, self).find()
        if project is not None and self.params['client_config_options'] is not None:
            self.listed = dict((o['config_key'], o) for o in self.client.list(self.path_of(self.options_path)))
            project['client_config_options'] = dict((k, o['config_value']) for k, o in self.listed.items())
        return project

    def wanted(self, current):
        wanted = super(Project, self).wanted(current)
        if 'client_config_options' in wanted and current is not None and not self.params['purge_client_config_options']:
            wanted['client_config_options'] = dict(current.get('client_config_options', {}),
                                                   **wanted['client_config_options'])  # only those listed
        return wanted

    def set_options(self, have, want):
        """Make the project's client configuration options ``want``: ASA has no PUT for them, so a changed value is a
        DELETE and a POST."""
        for key in sorted(have):
            if key not in want or have[key] != want[key]:
                self.client.delete(self.path_of(self.option_path, {'option_id': self.listed[key]['id']}))
        for key in sorted(want):
            if key not in have or have[key] != want[key]:
                self.client.post(self.path_of(self.options_path), {'config_key': key, 'config_value': want[key]})

    def create(self, wanted):
        project = super(Project, self).create(dict((k, v) for k, v in wanted.items() if k != 'client_config_options'))
        if 'client_config_options' in wanted:
            self.listed = {}
            self.set_options({}, wanted['client_config_options'])
            project['client_config_options'] = wanted['client_config_options']
        return project

    def update(self, current, changes):
        put = dict((k, v) for k, v in changes.items() if k != 'client_config_options')
        after = super(Project, self).update(current, put) if put else dict(current)
        if 'client_config_options' in changes:
            self.set_options(current.get('client_config_options', {}), changes['client_config_options'])
            after = dict(after, client_config_options=changes['client_config_options'])
        return after

    contents = None  # what a deletion takes with it, once read

    def read_contents(self):
        self.contents = dict((key, sorted(str(obj.get(field)) for obj in self.client.paginate(self.path_of(path))
                                          if not self.gone(obj)))
                             for key, path, field in self.CONTENTS)

    def read(self):
        project = self.find()
        if project is not None and self.params['state'] == 'absent':
            self.read_contents()
        return project

    def plan(self, current):
        changes = super(Project, self).plan(current)
        if changes and changes[0].action == 'delete' and self.contents is None:
            self.read_contents()  # a set's deletion (overridden): read only for the projects it deletes
        if changes and changes[0].action == 'delete' and self.contents['servers'] and not self.params['force']:
            raise AsaModuleError('project %r still has %s: deleting it removes them, its access grants and tokens too, '
                                 'and ASA never gives its name out again. Set force=true to delete it anyway'
                                 % (self.params['name'], self.shown_contents()),
                                 deleted_with=self.contents)
        return changes

    def shown_contents(self):
        return '; '.join('%d %s (%s)' % (len(names), key.replace('_', ' '), ', '.join(names))
                         for key, names in sorted(self.contents.items()) if names) or 'nothing in it'

    def result(self, after):
        result = super(Project, self).result(after)
        if self.contents is not None:
            result['deleted_with'] = self.contents
        return result

    def diff(self, before, after):
        diff = super(Project, self).diff(before, after)
        if self.contents is not None:
            diff['before'] = dict(diff['before'], **self.contents)  # what goes with the project, for a reviewer
        return diff

    def check_params(self):
        for option in NUMBERS:
            if self.params[option] is not None and not 0 < self.params[option] < 2 ** 32:
                raise AsaModuleError('%s must be a positive number below 4294967296, not %s'
                                     % (option, self.params[option]))

    def create_body(self, wanted):
        body = dict((flag, False) for flag in BOOLEANS)  # false booleans are sent, not left out
        body.update(wanted, name=self.params['name'])
        if 'gateway_selector' in body:
            body['gateway_selector'] = body['gateway_selector'] or None
        return body

    def update_body(self, current, changes):
        # A PUT replaces what it names: the current writable fields, merged with the changes.
        after = dict(current, **changes)
        body = dict((field, after[field]) for field in PUT_FIELDS if field in after)
        if self.params['ssh_certificate_type']:
            body['ssh_certificate_type'] = self.params['ssh_certificate_type']
        return body

    def build(self, current, changes):
        after = dict(current or {'name': self.params['name'], 'team': self.client.team, 'deleted_at': None,
                                 'user_on_demand_period': None})
        if current is None:
            after.update((flag, False) for flag in BOOLEANS)
        after.update((k, v) for k, v in changes.items() if k not in self.write_only)
        return after
