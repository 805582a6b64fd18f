#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: asa_project
short_description: Manage Okta ASA projects
version_added: 0.1.0
description:
  - Create, update and delete the projects of an Okta Advanced Server Access (ASA) team. A project holds servers,
    and the groups added to it (M(okta.asa.asa_project_group)) decide who may log in to them.
  - Options left unset are not managed. Option names are the API's field names.
  - "ASA keeps a deleted project, and never reuses its name: a task that would create a project of that name fails,
    saying so."
  - "Deleting a project is final and takes its servers, their access grants (project groups) and its enrollment
    tokens with it: before a deletion the module reads them (three more C(GET)s), returns them in RV(deleted_with),
    shows them in C(--diff), and refuses to delete a project that still has servers unless O(force=true)."
  - O(force_shared_ssh_users), O(shared_admin_user_name) and O(shared_standard_user_name) are taken only when the
    project is created; a task that would change them on an existing project fails, naming the field, and writes
    nothing.
  - "ASA does not return O(ssh_certificate_type): it is sent when the project is created and with every update, but
    a difference alone is not detected."
  - "Requests per task: one C(GET) (plus one token request unless O(bearer_token) is given) when nothing changes;
    a change adds one C(POST), C(PUT) or C(DELETE)."
  - "Role: reading needs C(access_user), C(access_admin) or C(reporting_user); changes need C(access_admin)."
author:
  - okta.asa maintainers (@okta-asa)
options:
  name:
    description: Name of the project.
    type: str
    required: true
  create_server_users:
    description: Whether ASA creates a server user on the project's servers for each ASA user with access.
    type: bool
  force_shared_ssh_users:
    description:
      - Whether all ASA users share one standard and one admin server user instead of one each. Needs
        O(shared_admin_user_name) and O(shared_standard_user_name). Only on creation.
    type: bool
  forward_traffic:
    description: Whether all traffic to the project's servers must go through its gateways.
    type: bool
  next_unix_gid:
    description: The GID ASA gives the next server group it creates. ASA advances it as it creates groups.
    type: int
  next_unix_uid:
    description: The UID ASA gives the next server user it creates. ASA advances it as it creates users.
    type: int
  rdp_session_recording:
    description: Whether RDP sessions on the project's servers are recorded (reserved by ASA for future use).
    type: bool
  require_preauth_for_creds:
    description: Whether users need a preauthorization before they get credentials.
    type: bool
  shared_admin_user_name:
    description: Name of the shared admin server user (with O(force_shared_ssh_users)). Only on creation.
    type: str
  shared_standard_user_name:
    description: Name of the shared standard server user (with O(force_shared_ssh_users)). Only on creation.
    type: str
  ssh_certificate_type:
    description: The signature algorithm of the SSH certificates ASA issues for the project's servers.
    type: str
    choices: [CERT_TYPE_ED25519_01, CERT_TYPE_RSA_01, CERT_TYPE_ECDSA_521_01, CERT_TYPE_ECDSA_384_01,
              CERT_TYPE_ECDSA_256_01]
  ssh_session_recording:
    description: Whether SSH sessions on the project's servers are recorded.
    type: bool
  user_on_demand_period:
    description:
      - Seconds an on-demand server user exists after an access request. ASA leaves the feature off (null) unless
        this is set.
    type: int
  gateway_selector:
    description:
      - The gateways the project's traffic goes through, by their labels, as a Kubernetes-style selector
        (C(env=prod,region=eu)); see M(okta.asa.asa_gateway_setup_token) for the labels a gateway gets. An empty
        string removes it.
    type: str
  client_config_options:
    description:
      - Settings ASA passes to every client that logs in to the project's servers, by C(config_key), such as
        C(ssh.port_forward_method) (V(netcat)) or C(ssh.insecure_forward_agent) (V(host)).
      - The listed keys are managed; the others are kept unless O(purge_client_config_options=true). ASA has no
        update for them, so a changed value is a C(DELETE) and a C(POST).
    type: dict
  purge_client_config_options:
    description: Also remove the client configuration options that O(client_config_options) does not list.
    type: bool
    default: false
  force:
    description:
      - With O(state=absent), delete the project even when it still has servers (they go with it). Without it, such
        a task fails before any write, naming what it would delete.
    type: bool
    default: false
extends_documentation_fragment:
  - okta.asa.connection
  - okta.asa.attributes
  - okta.asa.state
'''

EXAMPLES = r'''
- name: A project whose servers get a server user per ASA user, with SSH session recording
  okta.asa.asa_project:
    name: web
    create_server_users: true
    ssh_session_recording: true

- name: A project reached through the EU gateways, whose clients forward ports with netcat
  okta.asa.asa_project:
    name: eu-web
    gateway_selector: region=eu
    client_config_options:
      ssh.port_forward_method: netcat

- name: A project where everybody logs in as one of two shared users
  okta.asa.asa_project:
    name: legacy
    force_shared_ssh_users: true
    shared_admin_user_name: ops-admin
    shared_standard_user_name: ops

- name: Delete it, servers and all (its name can never be used again)
  okta.asa.asa_project:
    name: legacy
    state: absent
    force: true
'''

RETURN = r'''
project:
  description:
    - The project as it now stands (as it would in check mode); V({}) when absent.
    - With O(client_config_options) set, C(client_config_options) holds all of the project's, by key.
  returned: always
  type: dict
  sample:
    create_server_users: true
    deleted_at: '0001-01-01T00:00:00Z'
    force_shared_ssh_users: false
    forward_traffic: false
    gateway_selector: null
    id: 47534a0d-ba28-4a8b-b427-3a9fb276c033
    name: web
    next_unix_gid: 63001
    next_unix_uid: 60001
    rdp_session_recording: false
    require_preauth_for_creds: false
    shared_admin_user_name: null
    shared_standard_user_name: null
    ssh_session_recording: true
    team: acme
    user_on_demand_period: null
deleted_with:
  description: With O(state=absent), what goes with the project (or went, or would go in check mode), by name.
  returned: when O(state=absent) and the project existed
  type: dict
  contains:
    servers:
      description: The host names of its servers.
      type: list
      elements: str
    project_groups:
      description: The groups that had access to its servers.
      type: list
      elements: str
    enrollment_tokens:
      description: The descriptions of its enrollment tokens.
      type: list
      elements: str
  sample: {servers: [web-1, web-2], project_groups: [web-admins], enrollment_tokens: [web fleet (Ansible)]}
'''

from ansible_collections.okta.asa.plugins.module_utils._base import AsaKindModule
from ansible_collections.okta.asa.plugins.module_utils._kinds.project import Project


class ProjectModule(AsaKindModule):
    kind = Project


def main():
    ProjectModule.main()


if __name__ == '__main__':
    main()
