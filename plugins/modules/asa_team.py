#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: asa_team
short_description: Manage a whole Okta ASA team in one task, or read it as configuration
version_added: 0.1.0
description:
  - Converge an Okta Advanced Server Access (ASA) team to one configuration in one task (its projects, service users,
    groups with their roles, members and attributes, project groups, sudo entitlements, services, servers, enrollment
    and gateway setup tokens, cloud accounts, preauthorizations, team settings and users), or read it in that shape.
    Each item takes the options of the kind's singular module and is compared as that module compares it.
  - One token for the task; every list is read once (the team-wide lists side by side, then the lists of each
    project); every item is checked, and every change planned, before the first write. Writes go in dependency order
    (projects, service users, groups, project groups, sudo entitlements, services, servers, tokens, cloud accounts,
    preauthorizations, team settings, users), a few at a time, and deletions in the reverse order.
  - Check mode predicts across kinds; an item may refer to an object the same configuration creates (a project group
    of a new project and a new group; a new service user as a group member). A reference to an object that exists
    neither in the team nor in the configuration fails the task, naming it, before any write (in check mode too).
  - O(state=overridden) also deletes the objects of each kind given in O(config) that it does not list, but never the
    service user the task authenticates as, the groups it is a member of or their project access (it warns about what
    it spares), never a human user (ASA removes them when Okta does) and never a server an agent enrolled (only
    those added through the API go). A project that still has servers is deleted only with O(force=true); what goes
    with it is listed first.
  - "Requests when nothing changes: one token request (unless O(bearer_token) is given) and one C(GET) per page of
    each list: the team-wide list of each kind, and each project's list of the kinds in projects; groups whose
    items list members or attributes add one C(GET) each for them."
  - "Role: reading needs C(access_user), C(access_admin) or C(reporting_user); changes need C(access_admin)."
  - The playbooks C(okta.asa.export) and C(okta.asa.team_as_code) export a team to a directory of YAML files and
    converge it from one; see the guide "Adopting an existing team".
author:
  - okta.asa maintainers (@okta-asa)
options:
  # config: written by hacking/team_docs.py
  config:
    description:
    - The team, one key per kind. A kind left out is not touched; an empty list of a kind is none of it
      (with O(state=overridden), every object of it goes, but those the task spares).
    type: dict
    default: {}
    suboptions:
      projects:
        description:
        - The projects, each item with the options of M(okta.asa.asa_project) (without O(okta.asa.asa_project#module:state)).
        - Left out, the task does not touch them.
        type: list
        suboptions:
          client_config_options:
            description:
            - As O(okta.asa.asa_project#module:client_config_options) of M(okta.asa.asa_project).
            type: dict
          create_server_users:
            description:
            - As O(okta.asa.asa_project#module:create_server_users) of M(okta.asa.asa_project).
            type: bool
          force:
            description:
            - As O(okta.asa.asa_project#module:force) of M(okta.asa.asa_project).
            type: bool
            default: false
          force_shared_ssh_users:
            description:
            - As O(okta.asa.asa_project#module:force_shared_ssh_users) of M(okta.asa.asa_project).
            type: bool
          forward_traffic:
            description:
            - As O(okta.asa.asa_project#module:forward_traffic) of M(okta.asa.asa_project).
            type: bool
          gateway_selector:
            description:
            - As O(okta.asa.asa_project#module:gateway_selector) of M(okta.asa.asa_project).
            type: str
          name:
            description:
            - As O(okta.asa.asa_project#module:name) of M(okta.asa.asa_project).
            type: str
            required: true
          next_unix_gid:
            description:
            - As O(okta.asa.asa_project#module:next_unix_gid) of M(okta.asa.asa_project).
            type: int
          next_unix_uid:
            description:
            - As O(okta.asa.asa_project#module:next_unix_uid) of M(okta.asa.asa_project).
            type: int
          purge_client_config_options:
            description:
            - As O(okta.asa.asa_project#module:purge_client_config_options) of M(okta.asa.asa_project).
            type: bool
            default: false
          rdp_session_recording:
            description:
            - As O(okta.asa.asa_project#module:rdp_session_recording) of M(okta.asa.asa_project).
            type: bool
          require_preauth_for_creds:
            description:
            - As O(okta.asa.asa_project#module:require_preauth_for_creds) of M(okta.asa.asa_project).
            type: bool
          shared_admin_user_name:
            description:
            - As O(okta.asa.asa_project#module:shared_admin_user_name) of M(okta.asa.asa_project).
            type: str
          shared_standard_user_name:
            description:
            - As O(okta.asa.asa_project#module:shared_standard_user_name) of M(okta.asa.asa_project).
            type: str
          ssh_certificate_type:
            description:
            - As O(okta.asa.asa_project#module:ssh_certificate_type) of M(okta.asa.asa_project).
            type: str
            choices:
            - CERT_TYPE_ED25519_01
            - CERT_TYPE_RSA_01
            - CERT_TYPE_ECDSA_521_01
            - CERT_TYPE_ECDSA_384_01
            - CERT_TYPE_ECDSA_256_01
          ssh_session_recording:
            description:
            - As O(okta.asa.asa_project#module:ssh_session_recording) of M(okta.asa.asa_project).
            type: bool
          user_on_demand_period:
            description:
            - As O(okta.asa.asa_project#module:user_on_demand_period) of M(okta.asa.asa_project).
            type: int
        elements: dict
      service_users:
        description:
        - The service users, each item with the options of M(okta.asa.asa_service_user) (without O(okta.asa.asa_service_user#module:state)).
        - Left out, the task does not touch them.
        type: list
        suboptions:
          name:
            description:
            - As O(okta.asa.asa_service_user#module:name) of M(okta.asa.asa_service_user).
            type: str
            required: true
          status:
            description:
            - As O(okta.asa.asa_service_user#module:status) of M(okta.asa.asa_service_user).
            type: str
            choices:
            - ACTIVE
            - DISABLED
        elements: dict
      groups:
        description:
        - The groups, each item with the options of M(okta.asa.asa_group) (without O(okta.asa.asa_group#module:state)).
        - Left out, the task does not touch them.
        type: list
        suboptions:
          attributes:
            description:
            - As O(okta.asa.asa_group#module:attributes) of M(okta.asa.asa_group).
            type: dict
          members:
            description:
            - As O(okta.asa.asa_group#module:members) of M(okta.asa.asa_group).
            type: list
            elements: str
          name:
            description:
            - As O(okta.asa.asa_group#module:name) of M(okta.asa.asa_group).
            type: str
            required: true
          purge_members:
            description:
            - As O(okta.asa.asa_group#module:purge_members) of M(okta.asa.asa_group).
            type: bool
            default: false
          roles:
            description:
            - As O(okta.asa.asa_group#module:roles) of M(okta.asa.asa_group).
            type: list
            elements: str
            choices:
            - access_user
            - access_admin
            - reporting_user
        elements: dict
      project_groups:
        description:
        - The project groups, each item with the options of M(okta.asa.asa_project_group) (without O(okta.asa.asa_project_group#module:state)).
        - Left out, the task does not touch them.
        type: list
        suboptions:
          create_server_group:
            description:
            - As O(okta.asa.asa_project_group#module:create_server_group) of M(okta.asa.asa_project_group).
            type: bool
          group:
            description:
            - As O(okta.asa.asa_project_group#module:group) of M(okta.asa.asa_project_group).
            type: str
            required: true
          project:
            description:
            - As O(okta.asa.asa_project_group#module:project) of M(okta.asa.asa_project_group).
            type: str
            required: true
          server_access:
            description:
            - As O(okta.asa.asa_project_group#module:server_access) of M(okta.asa.asa_project_group).
            type: bool
          server_admin:
            description:
            - As O(okta.asa.asa_project_group#module:server_admin) of M(okta.asa.asa_project_group).
            type: bool
          server_group_name:
            description:
            - As O(okta.asa.asa_project_group#module:server_group_name) of M(okta.asa.asa_project_group).
            type: str
          servers_selector:
            description:
            - As O(okta.asa.asa_project_group#module:servers_selector) of M(okta.asa.asa_project_group).
            type: str
          unix_gid:
            description:
            - As O(okta.asa.asa_project_group#module:unix_gid) of M(okta.asa.asa_project_group).
            type: int
        elements: dict
      sudo_entitlements:
        description:
        - The sudo entitlements, each item with the options of M(okta.asa.asa_sudo_entitlement) (without
          O(okta.asa.asa_sudo_entitlement#module:state)).
        - Left out, the task does not touch them.
        type: list
        suboptions:
          add_env:
            description:
            - As O(okta.asa.asa_sudo_entitlement#module:add_env) of M(okta.asa.asa_sudo_entitlement).
            type: list
            elements: str
          description:
            description:
            - As O(okta.asa.asa_sudo_entitlement#module:description) of M(okta.asa.asa_sudo_entitlement).
            type: str
          name:
            description:
            - As O(okta.asa.asa_sudo_entitlement#module:name) of M(okta.asa.asa_sudo_entitlement).
            type: str
            required: true
          opt_no_exec:
            description:
            - As O(okta.asa.asa_sudo_entitlement#module:opt_no_exec) of M(okta.asa.asa_sudo_entitlement).
            type: bool
          opt_no_passwd:
            description:
            - As O(okta.asa.asa_sudo_entitlement#module:opt_no_passwd) of M(okta.asa.asa_sudo_entitlement).
            type: bool
          opt_run_as:
            description:
            - As O(okta.asa.asa_sudo_entitlement#module:opt_run_as) of M(okta.asa.asa_sudo_entitlement).
            type: str
          opt_set_env:
            description:
            - As O(okta.asa.asa_sudo_entitlement#module:opt_set_env) of M(okta.asa.asa_sudo_entitlement).
            type: bool
          structured_commands:
            description:
            - As O(okta.asa.asa_sudo_entitlement#module:structured_commands) of M(okta.asa.asa_sudo_entitlement).
            type: list
            elements: dict
            suboptions:
              args:
                description:
                - As O(okta.asa.asa_sudo_entitlement#module:structured_commands[].args) of M(okta.asa.asa_sudo_entitlement).
                type: str
              args_type:
                description:
                - As O(okta.asa.asa_sudo_entitlement#module:structured_commands[].args_type) of M(okta.asa.asa_sudo_entitlement).
                type: str
                choices:
                - none
                - any
                - custom
              command:
                description:
                - As O(okta.asa.asa_sudo_entitlement#module:structured_commands[].command) of M(okta.asa.asa_sudo_entitlement).
                type: str
                required: true
              command_type:
                description:
                - As O(okta.asa.asa_sudo_entitlement#module:structured_commands[].command_type) of M(okta.asa.asa_sudo_entitlement).
                type: str
                choices:
                - executable
                - directory
                - raw
                required: true
          sub_env:
            description:
            - As O(okta.asa.asa_sudo_entitlement#module:sub_env) of M(okta.asa.asa_sudo_entitlement).
            type: list
            elements: str
        elements: dict
      services:
        description:
        - The services, each item with the options of M(okta.asa.asa_service) (without O(okta.asa.asa_service#module:state)).
        - Left out, the task does not touch them.
        type: list
        suboptions:
          allow_root_uid:
            description:
            - As O(okta.asa.asa_service#module:allow_root_uid) of M(okta.asa.asa_service).
            type: bool
            default: false
          project:
            description:
            - As O(okta.asa.asa_service#module:project) of M(okta.asa.asa_service).
            type: str
            required: true
          server_id:
            description:
            - As O(okta.asa.asa_service#module:server_id) of M(okta.asa.asa_service).
            type: str
            required: true
          server_uid:
            description:
            - As O(okta.asa.asa_service#module:server_uid) of M(okta.asa.asa_service).
            type: str
            required: true
          service_user:
            description:
            - As O(okta.asa.asa_service#module:service_user) of M(okta.asa.asa_service).
            type: str
            required: true
        elements: dict
      servers:
        description:
        - The servers, each item with the options of M(okta.asa.asa_server) (without O(okta.asa.asa_server#module:state)).
        - Left out, the task does not touch them.
        type: list
        suboptions:
          access_address:
            description:
            - As O(okta.asa.asa_server#module:access_address) of M(okta.asa.asa_server).
            type: str
          alt_names:
            description:
            - As O(okta.asa.asa_server#module:alt_names) of M(okta.asa.asa_server).
            type: list
            elements: str
          hostname:
            description:
            - As O(okta.asa.asa_server#module:hostname) of M(okta.asa.asa_server).
            type: str
          id:
            description:
            - As O(okta.asa.asa_server#module:id) of M(okta.asa.asa_server).
            type: str
          labels:
            description:
            - As O(okta.asa.asa_server#module:labels) of M(okta.asa.asa_server).
            type: dict
          project:
            description:
            - As O(okta.asa.asa_server#module:project) of M(okta.asa.asa_server).
            type: str
            required: true
        elements: dict
      enrollment_tokens:
        description:
        - The enrollment tokens, each item with the options of M(okta.asa.asa_enrollment_token) (without
          O(okta.asa.asa_enrollment_token#module:state)).
        - Left out, the task does not touch them.
        type: list
        suboptions:
          description:
            description:
            - As O(okta.asa.asa_enrollment_token#module:description) of M(okta.asa.asa_enrollment_token).
            type: str
            required: true
          project:
            description:
            - As O(okta.asa.asa_enrollment_token#module:project) of M(okta.asa.asa_enrollment_token).
            type: str
            required: true
          token_file:
            description:
            - As O(okta.asa.asa_enrollment_token#module:token_file) of M(okta.asa.asa_enrollment_token).
            type: path
        elements: dict
      gateway_setup_tokens:
        description:
        - The gateway setup tokens, each item with the options of M(okta.asa.asa_gateway_setup_token) (without
          O(okta.asa.asa_gateway_setup_token#module:state)).
        - Left out, the task does not touch them.
        type: list
        suboptions:
          description:
            description:
            - As O(okta.asa.asa_gateway_setup_token#module:description) of M(okta.asa.asa_gateway_setup_token).
            type: str
            required: true
          labels:
            description:
            - As O(okta.asa.asa_gateway_setup_token#module:labels) of M(okta.asa.asa_gateway_setup_token).
            type: dict
          token_file:
            description:
            - As O(okta.asa.asa_gateway_setup_token#module:token_file) of M(okta.asa.asa_gateway_setup_token).
            type: path
        elements: dict
      cloud_accounts:
        description:
        - The cloud accounts, each item with the options of M(okta.asa.asa_cloud_account) (without O(okta.asa.asa_cloud_account#module:state)).
        - Left out, the task does not touch them.
        type: list
        suboptions:
          account_id:
            description:
            - As O(okta.asa.asa_cloud_account#module:account_id) of M(okta.asa.asa_cloud_account).
            type: str
            required: true
          description:
            description:
            - As O(okta.asa.asa_cloud_account#module:description) of M(okta.asa.asa_cloud_account).
            type: str
          project:
            description:
            - As O(okta.asa.asa_cloud_account#module:project) of M(okta.asa.asa_cloud_account).
            type: str
            required: true
          provider:
            description:
            - As O(okta.asa.asa_cloud_account#module:provider) of M(okta.asa.asa_cloud_account).
            type: str
            choices:
            - aws
            - gce
            required: true
        elements: dict
      preauthorizations:
        description:
        - The preauthorizations, each item with the options of M(okta.asa.asa_preauthorization) (without
          O(okta.asa.asa_preauthorization#module:state)).
        - Left out, the task does not touch them.
        type: list
        suboptions:
          duration:
            description:
            - As O(okta.asa.asa_preauthorization#module:duration) of M(okta.asa.asa_preauthorization).
            type: str
          expires_at:
            description:
            - As O(okta.asa.asa_preauthorization#module:expires_at) of M(okta.asa.asa_preauthorization).
            type: str
          project:
            description:
            - As O(okta.asa.asa_preauthorization#module:project) of M(okta.asa.asa_preauthorization).
            type: str
            required: true
          user_name:
            description:
            - As O(okta.asa.asa_preauthorization#module:user_name) of M(okta.asa.asa_preauthorization).
            type: str
            required: true
        elements: dict
      users:
        description:
        - The team settings, with the options of M(okta.asa.asa_user).
        - Left out, the task does not touch them.
        type: list
        suboptions:
          attributes:
            description:
            - As O(okta.asa.asa_user#module:attributes) of M(okta.asa.asa_user).
            type: dict
          name:
            description:
            - As O(okta.asa.asa_user#module:name) of M(okta.asa.asa_user).
            type: str
            required: true
          status:
            description:
            - As O(okta.asa.asa_user#module:status) of M(okta.asa.asa_user).
            type: str
            choices:
            - ACTIVE
            - DISABLED
            - DELETED
        elements: dict
      team_settings:
        description:
        - The team settings, with the options of M(okta.asa.asa_team_settings).
        - Left out, the task does not touch them.
        type: dict
        suboptions:
          approve_device_without_interaction:
            description:
            - As O(okta.asa.asa_team_settings#module:approve_device_without_interaction) of M(okta.asa.asa_team_settings).
            type: bool
          client_session_duration:
            description:
            - As O(okta.asa.asa_team_settings#module:client_session_duration) of M(okta.asa.asa_team_settings).
            type: int
          include_user_sid:
            description:
            - As O(okta.asa.asa_team_settings#module:include_user_sid) of M(okta.asa.asa_team_settings).
            type: str
            choices:
            - Never
            - If_Available
            - Always
          post_device_enrollment_url:
            description:
            - As O(okta.asa.asa_team_settings#module:post_device_enrollment_url) of M(okta.asa.asa_team_settings).
            type: str
          post_login_url:
            description:
            - As O(okta.asa.asa_team_settings#module:post_login_url) of M(okta.asa.asa_team_settings).
            type: str
          post_logout_url:
            description:
            - As O(okta.asa.asa_team_settings#module:post_logout_url) of M(okta.asa.asa_team_settings).
            type: str
          reactivate_users_via_idp:
            description:
            - As O(okta.asa.asa_team_settings#module:reactivate_users_via_idp) of M(okta.asa.asa_team_settings).
            type: bool
          web_session_duration:
            description:
            - As O(okta.asa.asa_team_settings#module:web_session_duration) of M(okta.asa.asa_team_settings).
            type: int
  # end of config
  state:
    description:
      - V(merged) creates the objects of O(config) that are missing and updates the options each item sets; an option an
        item leaves out is not managed.
      - V(overridden) also deletes every object of each kind in O(config) that it does not list (see above for what
        it spares); the listed items are compared as with V(merged).
      - V(gathered) writes nothing and returns the team as RV(gathered), in the shape of O(config).
    type: str
    choices: [merged, overridden, gathered]
    default: merged
  kinds:
    description:
      - With O(state=gathered), the kinds to read, as the keys of O(config) (by default all of them).
    type: list
    elements: str
    choices: [projects, service_users, groups, project_groups, sudo_entitlements, services, servers, enrollment_tokens,
              gateway_setup_tokens, cloud_accounts, preauthorizations, users, team_settings]
  concurrency:
    description:
      - How many writes of a kind run at once, from V(1) to V(16). Reads are not affected.
      - When the answers say that little of the hourly rate limit is left (C(X-RateLimit-Remaining) under a tenth of
        C(X-RateLimit-Limit)), the writes slow down on their own so that the rest lasts until the limit resets.
    type: int
    default: 4
  force:
    description:
      - Allow a change that takes access_admin from the user the task authenticates as (it has that role only through
        the groups the change strips, deletes or removes it from), and, with O(state=overridden), the deletion of
        projects that still have servers. Without it, either fails the task before any write, in check mode too.
    type: bool
    default: false
notes:
  - When a write fails, the other writes of its kind still finish; the task then fails, naming each failed change, and
    returns the RV(changes) that were made. Later kinds are not written.
  - Token values and key secrets are never read or returned; tokens are configuration by their description and
    labels. Clients (devices) and API keys (secrets) are not part of the configuration.
extends_documentation_fragment:
  - okta.asa.connection
  - okta.asa.attributes
'''

EXAMPLES = r'''
- name: Converge the team to its configuration
  okta.asa.asa_team:
    config:
      projects:
        - name: web
          create_server_users: true
      service_users:
        - name: deploy-bot
      groups:
        - name: web-admins
          roles: [access_user]
          members: [deploy-bot]
      project_groups:
        - project: web
          group: web-admins
          server_access: true
          server_admin: true
      team_settings:
        client_session_duration: 36000

- name: Read the whole team in the shape of config
  okta.asa.asa_team:
    state: gathered
  register: team

- name: Only its projects and groups
  okta.asa.asa_team:
    state: gathered
    kinds: [projects, groups]

- name: Make the projects and their groups exactly these (others are deleted)
  okta.asa.asa_team:
    config:
      projects:
        - name: web
      project_groups:
        - project: web
          group: web-admins
          server_access: true
    state: overridden
'''

RETURN = r'''
changes:
  description: The writes made (or, in check mode, that would be), in the order made, each with its C(kind) (a key of
    O(config)), its C(action) (C(create), C(update), C(delete)) and what names the object.
  returned: always
  type: list
  elements: dict
  sample: [{kind: projects, action: create, name: web}, {kind: project_groups, action: create, project: web, group: ops}]
gathered:
  description: With O(state=gathered), the team in the shape of O(config), one key per kind read, each a list sorted by
    what names its objects (C(team_settings) a dict). No token value or key secret.
  returned: when O(state=gathered)
  type: dict
  sample: {projects: [{name: web, create_server_users: true}], groups: [{name: ops, roles: [access_user], members: []}]}
'''

from ansible_collections.okta.asa.plugins.module_utils._team import AsaTeamModule


def main():
    AsaTeamModule.main()


if __name__ == '__main__':
    main()
