# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
name: asa_token
short_description: A bearer token for the Okta ASA API
version_added: 0.1.0
author:
  - okta.asa maintainers (@okta-asa)
description:
  - Exchanges an API key of a service user for a bearer token of an Okta Advanced Server Access (ASA) team, with
    one request, and returns it.
  - Fetch it once per run into a fact (with C(no_log)) and hand it to the modules through C(module_defaults) with the
    key pair, so that every task uses that one token and renews it only if ASA rejects it. See the examples.
  - With only O(bearer_token) set (no key pair), that token is returned as it is.
  - The token and the key secret are never logged; an error message never contains them.
extends_documentation_fragment:
  - okta.asa.connection
  - okta.asa.connection.plugins
options:
  _terms:
    description: Not used.
    required: false
'''

EXAMPLES = r'''
# One token for the whole run: fetch it once into a fact, then hand it to every okta.asa task.
- name: Get an ASA token (the key pair comes from ASA_TEAM, ASA_KEY_ID and ASA_KEY_SECRET)
  ansible.builtin.set_fact:
    asa_token: "{{ lookup('okta.asa.asa_token') }}"
  no_log: true

- name: Every okta.asa task below uses it, and renews it once if it expires
  module_defaults:
    group/okta.asa.asa:
      bearer_token: "{{ asa_token }}"
  block:
    - name: Ensure the service users
      okta.asa.asa_service_user:
        name: "{{ item }}"
      loop: [deploy-bot, backup-bot]

- name: A token for an ad-hoc API call
  ansible.builtin.uri:
    url: https://app.scaleft.com/v1/teams/acme/projects
    headers:
      Authorization: "Bearer {{ lookup('okta.asa.asa_token', team='acme', key_id=asa_key_id, key_secret=asa_key_secret) }}"
  no_log: true
'''

RETURN = r'''
_raw:
  description: The bearer token, one string in a list.
  type: list
  elements: str
'''

from ansible.errors import AnsibleLookupError
from ansible.plugins.lookup import LookupBase

from ansible.utils.display import Display

from ansible_collections.okta.asa.plugins.module_utils._connection import new_client, plugin_connection, transport_warning
from ansible_collections.okta.asa.plugins.module_utils._client import AsaApiError


class LookupModule(LookupBase):

    def run(self, terms, variables=None, **kwargs):
        self.set_options(var_options=variables, direct=kwargs)
        options, problem = plugin_connection(self.get_option)
        if problem:
            raise AnsibleLookupError('okta.asa.asa_token: %s' % problem)
        warning = transport_warning(options)
        if warning:
            Display().warning('okta.asa.asa_token: %s' % warning)
        if not options['key_id']:
            return [options['bearer_token']]
        options['bearer_token'] = None  # exchange the key pair: that is what was asked for
        try:
            return [new_client(options).token()]
        except AsaApiError as exc:
            raise AnsibleLookupError('okta.asa.asa_token could not get a token for team %r: %s' % (options['team'], exc))
