#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: asa_preauthorization
short_description: Give a user temporary access to an Okta ASA project, or take it back
version_added: 0.1.0
description:
  - Ensure a user has a live preauthorization for a project of an Okta Advanced Server Access (ASA) team, or none.
    A project with C(require_preauth_for_creds) (see M(okta.asa.asa_project)) gives credentials for its servers only
    to users with one; this is break-glass access, given for a while and written down.
  - A user has one live preauthorization per project (not disabled, not expired). O(duration) counts from now and
    applies only when a new one is created, so a rerun of the task changes nothing; O(expires_at) moves the expiry of
    the live one.
  - There is no DELETE in the API; O(state=absent) disables the live preauthorization.
  - "Requests per task: one C(GET) per page of 100 of the project's live preauthorizations (plus one token request
    unless O(bearer_token) is given); a creation adds one C(GET) of the user and one C(POST) (and one C(GET) to find
    the new one, which ASA answers without), a change or a disable one C(PUT)."
  - "Role: C(access_admin)."
author:
  - okta.asa maintainers (@okta-asa)
options:
  project:
    description: Name of the project.
    type: str
    required: true
  user_name:
    description: Name of the user (human or service) who gets the access.
    type: str
    required: true
  expires_at:
    description: When the access ends, as an RFC 3339 time (V(2026-12-24T18:00:00Z)).
    type: str
  duration:
    description:
      - How long the access lasts from now, such as V(8h) or V(2d), when a new preauthorization is created; it
        does not extend a live one (use O(expires_at) for that).
    type: str
extends_documentation_fragment:
  - okta.asa.connection
  - okta.asa.attributes
  - okta.asa.state
'''

EXAMPLES = r'''
- name: Break glass - jason may get credentials for the data servers for the next 4 hours
  okta.asa.asa_preauthorization:
    project: data
    user_name: jason.compson
    duration: 4h

- name: Take it back before it ends
  okta.asa.asa_preauthorization:
    project: data
    user_name: jason.compson
    state: absent
'''

RETURN = r'''
preauthorization:
  description: The live preauthorization as it now stands (as it would in check mode); V({}) when there is none.
  returned: always
  type: dict
  sample:
    disabled: false
    expires_at: '2026-12-01T22:00:00Z'
    id: 566b0fa9-f3ef-4825-a390-16d1766764a0
    projects: [data]
    servers: null
    user_name: jason.compson
'''

from ansible_collections.okta.asa.plugins.module_utils._base import AsaKindModule
from ansible_collections.okta.asa.plugins.module_utils._kinds.preauthorization import Preauthorization


class PreauthorizationModule(AsaKindModule):
    kind = Preauthorization


def main():
    PreauthorizationModule.main()


if __name__ == '__main__':
    main()
