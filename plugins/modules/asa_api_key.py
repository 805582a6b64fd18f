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
  secret_file:
    description:
      - When the task creates a key, write its secret to this file (mode 0600, in a directory that exists) instead
        of returning it; RV(api_key.secret_file) names the file. The task then needs no C(no_log).
      - The file is written only when a key is created, so it always holds the newest key's secret.
    type: path
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

- name: The same, with a new secret going straight to a file only root can read (no no_log needed)
  okta.asa.asa_api_key:
    service_user: deploy-bot
    max_age: 90d
    secret_file: /etc/deploy-bot/asa-key-secret

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
      returned: when a key was created, without O(secret_file)
      sample: NOvsvBg0g9mFXdHbLxEJcEFpu+LZjQSKsYezqMALq5WbGZTpUsxoS4vBqqHOO9O3xrhOq03B+oLf7bSTShbudw==
    secret_file:
      description: The file the new key's secret was written to.
      type: str
      returned: when a key was created, with O(secret_file)
      sample: /etc/deploy-bot/asa-key-secret
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

from ansible_collections.okta.asa.plugins.module_utils._base import AsaKindModule
from ansible_collections.okta.asa.plugins.module_utils._kinds.api_key import ApiKey


class ApiKeyModule(AsaKindModule):
    kind = ApiKey


def main():
    ApiKeyModule.main()


if __name__ == '__main__':
    main()
