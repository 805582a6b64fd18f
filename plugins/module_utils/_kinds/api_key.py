# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""Internal to okta.asa: the API keys of a service user. The singular module manages the set of
one user's keys: it creates (rotates) at most one and deletes any number."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

import time

from ansible_collections.okta.asa.plugins.module_utils._client import AsaApiError
from ansible_collections.okta.asa.plugins.module_utils._common import (
    AsaModuleError,
    Change,
    check_secret_file,
    parse_duration,
    parse_time,
    require_uuid,
    write_secret_file,
)
from ansible_collections.okta.asa.plugins.module_utils._kind import Kind

ZERO_TIME = '0001-01-01T00:00:00Z'
MIN_MAX_AGE = 3600  # a shorter max_age rotates on nearly every run


def split_keys(keys, now):
    """(usable, expired) keys: usable ones never expire or expire after ``now``."""
    usable, expired = [], []
    for key in keys:
        expires = parse_time(key.get('expires_at'))
        (expired if expires is not None and expires <= now else usable).append(key)
    return usable, expired


def newest(keys):
    return max(keys, key=lambda k: parse_time(k.get('issued_at')) or 0) if keys else None


def plan(keys, state, now, key_id=None, max_age=None, prune_expired=False):
    """What to do: (create: bool, delete: [keys], chosen key or None). Pure, for unit tests."""
    usable, expired = split_keys(keys, now)
    delete = list(expired) if prune_expired else []
    if state == 'absent':
        target = [k for k in keys if k['id'] == key_id]
        return False, target + [k for k in delete if k['id'] != key_id], None
    if key_id:
        return False, delete, next((k for k in keys if k['id'] == key_id), None)
    latest = newest(usable)
    create = state == 'rotated' or latest is None
    if not create and max_age is not None:
        create = now - (parse_time(latest.get('issued_at')) or 0) > max_age
    return create, delete, latest


class ApiKey(Kind):
    resource_key = 'api_key'
    plural = 'api_keys'
    options = dict(
        service_user=dict(type='str', required=True),
        id=dict(type='str'),
        max_age=dict(type='str'),
        prune_expired=dict(type='bool', default=False),
        force=dict(type='bool', default=False),
        secret_file=dict(type='path'),
    )
    module_kwargs = dict(
        required_if=[('state', 'absent', ['id'])],
        mutually_exclusive=[('id', 'max_age')],
    )
    states = ('present', 'rotated', 'absent')
    names = {'service_user': 'path'}
    list_path = 'service_users/{service_user}/keys'
    item_path = 'service_users/{service_user}/keys/{id}'

    def check_params(self):
        require_uuid(self.params, 'id')
        check_secret_file('secret_file', self.params['secret_file'])
        if self.params['state'] == 'rotated' and self.params['id']:
            raise AsaModuleError('id cannot be used with state=rotated: rotating creates a new key; omit id')
        self.max_age = None
        if self.params['max_age'] is not None:
            try:
                self.max_age = parse_duration(self.params['max_age'])
            except ValueError:
                raise AsaModuleError('max_age %r is not a duration: use a number and a unit, such as 90d, 12h or 30m'
                                     % self.params['max_age'])
            if self.max_age < MIN_MAX_AGE:
                raise AsaModuleError('max_age %r is less than 1h: every run would create a new key (and ASA would put an '
                                     'expiry on the others); use 1h or more, such as 90d' % self.params['max_age'])
        if self.params['state'] == 'absent' and self.params['id'] == self.context.key_id and not self.params['force']:
            raise AsaModuleError('id %s is the key this task authenticates with: deleting it would lock this run (and '
                                 'everything using that key) out. Authenticate with another key, or set force=true'
                                 % self.params['id'])
        self.now = time.time()

    @classmethod
    def of_user(cls, client, service_user):
        """The keys of a service user (a 404 means there is no such user)."""
        return client.list(cls.path(client, cls.list_path, {'service_user': service_user}))

    def read(self):
        try:
            return {'api_keys': self.of_user(self.client, self.params['service_user'])}
        except AsaApiError as exc:
            if exc.status != 404:
                raise
        self.missing('service user %r not found: create it first with okta.asa.asa_service_user'
                     % self.params['service_user'])
        return {'api_keys': []}

    def decide(self, keys):
        params = self.params
        return plan(keys, params['state'], self.now, params['id'], self.max_age, params['prune_expired'])

    def plan(self, current):
        create, delete, chosen = self.decide(current['api_keys'])
        if self.params['state'] == 'present' and self.params['id'] and chosen is None:
            raise AsaModuleError('API key %s of service user %r not found: keys cannot be created with a chosen id; '
                                 'omit id to ensure the user has a usable key'
                                 % (self.params['id'], self.params['service_user']))
        return ([Change('create', None, {})] if create else []) + [Change('delete', key, {}) for key in delete]

    def predict(self, current, changes):
        gone = [c.current for c in changes if c.action == 'delete']
        keys = [k for k in current['api_keys'] if k not in gone]
        created = None
        if any(c.action == 'create' for c in changes):
            created = {'expires_at': ZERO_TIME, 'issued_at': time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime(self.now)),
                       'last_used': None}
            keys.append(created)
        return {'api_keys': keys, 'created': created}

    def apply(self, current, changes):
        keys = current['api_keys']
        created = None
        for change in changes:
            if change.action == 'create':
                created = self.client.post(self.path_of(self.list_path), reconcile=lambda: self.lost_key(keys))
            else:
                self.delete(change.current)
        if created:
            # Rotating changes the expiry of the other keys: read them as they now stand.
            after = self.of_user(self.client, self.params['service_user'])
        else:
            gone = [c.current for c in changes]
            after = [k for k in keys if k not in gone]
        return {'api_keys': after, 'created': created}

    def lost_key(self, known):
        """After a rotation whose answer was lost: None if no key was made (rotate again), else fail: the secret is
        gone."""
        known_ids = set(k['id'] for k in known)
        new = [k for k in self.of_user(self.client, self.params['service_user']) if k['id'] not in known_ids]
        if new:
            raise AsaModuleError('a new API key (%s) was created but the answer with its secret was lost in transit; '
                                 'delete that key (state=absent, id=%s) and rotate again' % (new[0]['id'], new[0]['id']))
        return None

    def result(self, after):
        api_key = {}
        if self.params['state'] != 'absent':
            api_key = after.get('created') or self.decide(after['api_keys'])[2] or {}
        path = self.params['secret_file']
        if path and after.get('created'):
            # The new secret goes to the file, never into the result (a task needs no no_log then).
            api_key = dict(api_key, secret_file=path)
            secret = api_key.pop('secret', None)
            if secret is not None:  # None in check mode: nothing was created
                write_secret_file(path, secret)
        return {'api_key': api_key, 'api_keys': after['api_keys']}

    def diff(self, before, after):
        return {'before': {'api_keys': before['api_keys']}, 'after': {'api_keys': after['api_keys']}}
