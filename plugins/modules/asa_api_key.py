#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: asa_api_key
short_description: Manage the API keys of an Okta ASA service user
version_added: 0.1.0
description:
  - Ensure a service user of an Okta Advanced Server Access (ASA) team has a usable API key, rotate keys on a
    schedule, prune expired keys, or delete a key.
  - A key is usable when its C(expires_at) is unset (null or Go's zero time C(0001-01-01T00:00:00Z)) or in the future.
  - Creating a key is what ASA calls rotating. B(ASA then sets an expiry on every other key of the service user),
    so the old keys stop working after a grace period; switch your automation to the new secret before then.
  - "The new key's secret (RV(api_key.secret)) is returned only by the task that created it and can never be read
    again. Protect it: put C(no_log: true) on the task, and store the secret in a vault or in a file with mode
    C(0600), as the examples show."
  - "Keys have no name: two hosts running the same O(state=present) task at the same time can each create a key.
    Run this module once per play (on C(localhost), or with C(run_once)), as the roles of this collection do."
  - "Requests per task: one C(GET) of the keys (plus one token request unless O(bearer_token) is given) when
    nothing changes; a creation adds one C(POST) and one C(GET) to read the keys as they now stand (rotation
    changed their expiry); each deleted key adds one C(DELETE)."
  - "Role: the service user the task authenticates as needs C(access_admin) (granted through one of its groups),
    for reading as well as for writing."
author:
  - okta.asa maintainers (@okta-asa)
options:
  service_user:
    description: Name of the service user that owns the keys.
    type: str
    required: true
  id:
    description:
      - ID of one key. Required with O(state=absent).
      - With O(state=present), the task fails unless that key exists (keys cannot be created with a chosen id).
    type: str
  state:
    description:
      - V(present) creates a key only when the user has no usable key, or when the newest usable key is older than
        O(max_age).
      - V(rotated) always creates a key (the task always reports a change).
      - V(absent) deletes the key O(id).
    type: str
    choices: [present, rotated, absent]
    default: present
  max_age:
    description:
      - With O(state=present), create a new key when the newest usable key was issued longer ago than this.
      - A number and a unit, V(s), V(m), V(h), V(d) or V(w), for example V(90d) or V(12h); at least V(1h).
    type: str
  prune_expired:
    description: Delete the keys whose C(expires_at) has passed.
    type: bool
    default: false
  force:
    description:
      - With O(state=absent), delete the key even when it is the one the task authenticates with (O(key_id)).
        Without it, such a task fails before any request, since the deletion would lock the run out.
    type: bool
    default: false
extends_documentation_fragment:
  - okta.asa.connection
  - okta.asa.attributes
'''

EXAMPLES = r'''
- name: Ensure deploy-bot has a key no older than 90 days, and drop expired ones
  okta.asa.asa_api_key:
    service_user: deploy-bot
    max_age: 90d
    prune_expired: true
  register: key
  no_log: true  # the result holds the new secret

- name: Store a new secret in a file only root can read
  ansible.builtin.copy:
    content: "{{ key.api_key.secret }}"
    dest: /etc/deploy-bot/asa-key-secret
    mode: "0600"
  when: key.api_key.secret is defined
  no_log: true

- name: Rotate now, whatever the age of the current key
  okta.asa.asa_api_key:
    service_user: deploy-bot
    state: rotated
  register: rotated
  no_log: true

- name: Delete one key
  okta.asa.asa_api_key:
    service_user: deploy-bot
    id: f37fadfc-fa03-4f46-a390-ce202772cff4
    state: absent
'''

RETURN = r'''
api_key:
  description:
    - The key created by this task, with its C(secret); otherwise the newest usable key (no secret), or the key
      O(id). V({}) when there is none, or after O(state=absent).
    - In check mode, a creation returns the predicted key without C(id) or C(secret).
  returned: always
  type: dict
  contains:
    id:
      description: The key's id; use it as O(key_id) of the connection options.
      type: str
      sample: ba7ffbe9-c8e4-45c9-bc07-45729711c952
    issued_at:
      description: When the key was issued.
      type: str
      sample: '2026-11-23T12:00:00Z'
    expires_at:
      description: When the key expires; V(0001-01-01T00:00:00Z) or null means never.
      type: str
      sample: '0001-01-01T00:00:00Z'
    last_used:
      description: When the key was last used.
      type: str
      sample: null
    secret:
      description: The key's secret. Only when this task created the key; it cannot be read again.
      type: str
      returned: when a key was created
      sample: NOvsvBg0g9mFXdHbLxEJcEFpu+LZjQSKsYezqMALq5WbGZTpUsxoS4vBqqHOO9O3xrhOq03B+oLf7bSTShbudw==
api_keys:
  description: The service user's keys as they now stand (no secrets).
  returned: always
  type: list
  elements: dict
  sample:
    - id: c6de9d40-1e6c-4033-88cb-992367d162eb
      issued_at: '2026-08-01T00:00:00Z'
      expires_at: '2026-11-24T12:00:00Z'
      last_used: '2026-11-20T08:00:00Z'
    - id: ba7ffbe9-c8e4-45c9-bc07-45729711c952
      issued_at: '2026-11-23T12:00:00Z'
      expires_at: '0001-01-01T00:00:00Z'
      last_used: null
'''

import time

from ansible_collections.okta.asa.plugins.module_utils._base import (
    AsaModuleError,
    AsaPlanModule,
    Change,
    parse_duration,
    parse_time,
)
from ansible_collections.okta.asa.plugins.module_utils._client import AsaApiError

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


class ApiKeyModule(AsaPlanModule):
    """The set of keys of one service user: create (rotate) at most one, delete any number."""

    options = dict(
        service_user=dict(type='str', required=True),
        id=dict(type='str'),
        state=dict(type='str', choices=['present', 'rotated', 'absent'], default='present'),
        max_age=dict(type='str'),
        prune_expired=dict(type='bool', default=False),
        force=dict(type='bool', default=False),
    )
    names = {'service_user': 'path'}
    module_kwargs = dict(
        required_if=[('state', 'absent', ['id'])],
        mutually_exclusive=[('id', 'max_age')],
    )

    def check_params(self):
        self.require_uuid('id')
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
        if self.params['state'] == 'absent' and self.params['id'] == (self.params['key_id'] or '').lower() \
                and not self.params['force']:
            raise AsaModuleError('id %s is the key this task authenticates with: deleting it would lock this run (and '
                                 'everything using that key) out. Authenticate with another key, or set force=true'
                                 % self.params['id'])
        self.now = time.time()

    def keys_path(self, *more):
        return self.client.path('service_users', self.params['service_user'], 'keys', *more)

    def read(self):
        try:
            return {'api_keys': self.client.list(self.keys_path())}
        except AsaApiError as exc:
            if exc.status == 404:
                raise AsaModuleError('service user %r not found: create it first with okta.asa.asa_service_user'
                                     % self.params['service_user'], status=404, error_code=exc.code)
            raise

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
                created = self.client.post(self.keys_path(), reconcile=lambda: self.lost_key(keys))
            else:
                self.client.delete(self.keys_path(change.current['id']))
        if created:
            # Rotating changes the expiry of the other keys: read them as they now stand.
            after = self.client.list(self.keys_path())
        else:
            gone = [c.current for c in changes]
            after = [k for k in keys if k not in gone]
        return {'api_keys': after, 'created': created}

    def lost_key(self, known):
        """After a rotation whose answer was lost: None if no key was made (rotate again), else fail: the secret is
        gone."""
        known_ids = set(k['id'] for k in known)
        new = [k for k in self.client.list(self.keys_path()) if k['id'] not in known_ids]
        if new:
            raise AsaModuleError('a new API key (%s) was created but the answer with its secret was lost in transit; '
                                 'delete that key (state=absent, id=%s) and rotate again' % (new[0]['id'], new[0]['id']))
        return None

    def result(self, after):
        api_key = {}
        if self.params['state'] != 'absent':
            api_key = after.get('created') or self.decide(after['api_keys'])[2] or {}
        return {'api_key': api_key, 'api_keys': after['api_keys']}

    def diff(self, before, after):
        return {'before': {'api_keys': before['api_keys']}, 'after': {'api_keys': after['api_keys']}}


def main():
    ApiKeyModule.main()


if __name__ == '__main__':
    main()
