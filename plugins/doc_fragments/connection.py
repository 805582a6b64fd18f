# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function

__metaclass__ = type


class ModuleDocFragment(object):
    """The connection options of every okta.asa module and plugin (DOCUMENTATION), and their other sources for the
    plugins (PLUGINS)."""

    DOCUMENTATION = r'''
options:
  team:
    description:
      - Name of the ASA team (lower-case).
      - Required. If not set, the value of the E(ASA_TEAM) environment variable is used.
    type: str
  key_id:
    description:
      - ID of an API key of an ASA service user, exchanged for a bearer token.
      - Goes together with O(key_secret).
      - If not set, the value of the E(ASA_KEY_ID) environment variable is used.
    type: str
  key_secret:
    description:
      - Secret of the API key O(key_id). Never logged.
      - If not set, the value of the E(ASA_KEY_SECRET) environment variable is used.
    type: str
  bearer_token:
    description:
      - A bearer token to use instead of exchanging the key pair, for example one fetched once per run with
        P(okta.asa.asa_token#lookup).
      - When the token is rejected (tokens may expire at any time) and O(key_id)/O(key_secret) are also set, a new
        token is issued once and the call retried once.
      - If not set, the value of the E(ASA_BEARER_TOKEN) environment variable is used.
    type: str
  api_url:
    description:
      - Base URL of the ASA API, such as V(https://app.scaleft.com); a trailing C(/v1) is taken as the same.
      - If not set, the value of the E(ASA_API_URL) environment variable is used.
    type: str
    default: https://app.scaleft.com
  validate_certs:
    description:
      - Whether to verify the API's TLS certificate. Only turn this off for a test endpoint.
      - If not set, the value of the E(ASA_VALIDATE_CERTS) environment variable is used.
    type: bool
    default: true
  timeout:
    description:
      - Seconds each HTTP request may take in all (connecting, the headers and the whole body), however slowly the
        server answers.
      - If not set, the value of the E(ASA_TIMEOUT) environment variable is used.
    type: int
    default: 30
requirements:
  - requests
notes:
  - Requests that ASA answers with 429, 502, 503 or 504, and connection failures, are retried with backoff,
    honouring C(X-RateLimit-Reset) and C(Retry-After), for at most 6 attempts and 90 seconds of waiting in all.
    A write (POST) is only repeated when it certainly did not reach ASA. A refused connection fails at once.
'''

    # Added to DOCUMENTATION for the inventory and lookup plugins (okta.asa.connection.plugins): where else
    # they read each option. Descriptions stay in DOCUMENTATION, the one place that documents the options.
    PLUGINS = r'''
options:
  team:
    env:
      - name: ASA_TEAM
    ini:
      - section: okta_asa
        key: team
    vars:
      - name: asa_team
  key_id:
    env:
      - name: ASA_KEY_ID
    ini:
      - section: okta_asa
        key: key_id
    vars:
      - name: asa_key_id
  key_secret:
    env:
      - name: ASA_KEY_SECRET
    ini:
      - section: okta_asa
        key: key_secret
    vars:
      - name: asa_key_secret
  bearer_token:
    env:
      - name: ASA_BEARER_TOKEN
    vars:
      - name: asa_bearer_token
  api_url:
    env:
      - name: ASA_API_URL
    ini:
      - section: okta_asa
        key: api_url
    vars:
      - name: asa_api_url
  validate_certs:
    env:
      - name: ASA_VALIDATE_CERTS
    ini:
      - section: okta_asa
        key: validate_certs
    vars:
      - name: asa_validate_certs
  timeout:
    env:
      - name: ASA_TIMEOUT
    ini:
      - section: okta_asa
        key: timeout
'''
