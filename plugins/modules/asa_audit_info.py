#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: asa_audit_info
short_description: Read the audit trail of an Okta ASA team
version_added: 0.1.0
description:
  - Read the audit events of an Okta Advanced Server Access (ASA) team, newest first, such as every token issued
    to a user or a client, with the user (C(actor)), the client and the other objects each event refers to.
  - The API filters neither by time nor by type; the module reads pages newest first and stops as soon as it passes
    O(since), or once it has O(limit) events.
  - "Requests: one C(GET) per page of 100 events back to O(since) (or to the O(limit)-th event), plus one token
    request unless O(bearer_token) is given."
  - "Role: C(access_user), C(access_admin) or C(reporting_user)."
author:
  - okta.asa maintainers (@okta-asa)
options:
  since:
    description:
      - Only events from this time on, as an RFC 3339 time (V(2026-11-30T00:00:00Z)) or a duration back from now
        (V(24h), V(7d), V(30m)).
      - Unset, events back to the O(limit)-th one.
    type: str
  types:
    description: Only events of these types (their C(type), such as V(auth_token.issue)).
    type: list
    elements: str
  limit:
    description: At most this many events (the newest ones).
    type: int
    default: 1000
extends_documentation_fragment:
  - okta.asa.connection
  - okta.asa.attributes.info
'''

EXAMPLES = r'''
- name: Who got credentials in the last day, and from which device
  okta.asa.asa_audit_info:
    since: 24h
    types: [auth_token.issue]
  register: audit

- name: Show them
  ansible.builtin.debug:
    msg: "{{ audit.events | map(attribute='actor.name') | list }}"
'''

RETURN = r'''
events:
  description:
    - The events, newest first. Each has the fields of its C(details) at the top level (C(type), C(actor), C(client),
      C(session_type), ...) with each reference resolved into the object it names, and its C(id) and C(timestamp).
  returned: always
  type: list
  elements: dict
  sample:
    - actor: {id: e4c22cba-f8ec-4beb-98f4-b1a03725b204, name: jason.compson, status: ACTIVE, user_type: human}
      client: {hostname: Absalom, id: 65d9e9d0-b0e5-48d9-aea6-420b9da6d1a3, os: macOS 10.14.6, state: ACTIVE}
      id: UD5pqjIhjKVQPmmqMiGMpQ==
      session_type: authenticated_client
      team_name: acme
      timestamp: '2026-11-30T19:06:35.889892998Z'
      type: auth_token.issue
'''

import time

from ansible_collections.okta.asa.plugins.module_utils._base import AsaInfoModule
from ansible_collections.okta.asa.plugins.module_utils._common import AsaModuleError, parse_duration, parse_time
from ansible_collections.okta.asa.plugins.module_utils._kinds.audit import AuditEvent


class AuditInfoModule(AsaInfoModule):
    kind = AuditEvent
    options = dict(since=dict(type='str'), types=dict(type='list', elements='str'),
                   limit=dict(type='int', default=1000))

    def check_params(self):
        since = self.params['since']
        self.since = None
        if since:
            try:
                self.since = parse_time(since)
            except ValueError:
                try:
                    self.since = time.time() - parse_duration(since)
                except ValueError:
                    raise AsaModuleError('since %r is neither an RFC 3339 time (2026-11-30T00:00:00Z) nor a duration '
                                         'back from now (24h, 7d, 30m)' % since)
        if self.params['limit'] < 1:
            raise AsaModuleError('limit must be 1 or more, not %s' % self.params['limit'])

    def read(self):
        return AuditEvent.newest(self.client, self.since, self.params['types'], self.params['limit'])


def main():
    AuditInfoModule.main()


if __name__ == '__main__':
    main()
