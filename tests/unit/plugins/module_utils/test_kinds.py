# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""Every kind against the example answers of Okta's API pages (tests/unit/fixtures/, written by
hacking/page_fixtures.py): each parses, keys, normalises and compares as unchanged against itself, and makes its
bulk config item. The simulator and the kinds are one reading of the pages; these examples are the pages' own."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

import json
import os

import pytest

from ansible_collections.okta.asa.plugins.module_utils._common import parse_time
from ansible_collections.okta.asa.plugins.module_utils._kind import Context, Kind
from ansible_collections.okta.asa.plugins.module_utils._kinds.api_key import ApiKey, plan as plan_keys
from ansible_collections.okta.asa.plugins.module_utils._kinds.audit import AuditEvent
from ansible_collections.okta.asa.plugins.module_utils._kinds.client import Client
from ansible_collections.okta.asa.plugins.module_utils._kinds.cloud_account import CloudAccount
from ansible_collections.okta.asa.plugins.module_utils._kinds.enrollment_token import EnrollmentToken
from ansible_collections.okta.asa.plugins.module_utils._kinds.gateway import Gateway, GatewaySetupToken
from ansible_collections.okta.asa.plugins.module_utils._kinds.group import Group
from ansible_collections.okta.asa.plugins.module_utils._kinds.preauthorization import Preauthorization
from ansible_collections.okta.asa.plugins.module_utils._kinds.project import Project
from ansible_collections.okta.asa.plugins.module_utils._kinds.project_group import ProjectGroup
from ansible_collections.okta.asa.plugins.module_utils._kinds.server import Server
from ansible_collections.okta.asa.plugins.module_utils._kinds.server_user import ServerUser
from ansible_collections.okta.asa.plugins.module_utils._kinds.service import Service
from ansible_collections.okta.asa.plugins.module_utils._kinds.service_user import ServiceUser
from ansible_collections.okta.asa.plugins.module_utils._kinds.sudo_entitlement import SudoEntitlement
from ansible_collections.okta.asa.plugins.module_utils._kinds.team_settings import TeamSettings
from ansible_collections.okta.asa.plugins.module_utils._kinds.user import User

FIXTURES = os.path.join(os.path.dirname(__file__), '..', '..', 'fixtures')
KINDS = (ApiKey, AuditEvent, Client, CloudAccount, EnrollmentToken, Gateway, GatewaySetupToken, Group,
         Preauthorization, Project, ProjectGroup, Server, ServerUser, Service, ServiceUser, SudoEntitlement,
         TeamSettings, User)

# fixture -> (kind, what a task knows of each object that the answer leaves out)
READ_BY = {
    'audits-list_the_audits_for_a_team.json': (AuditEvent, {}),
    'clients-fetch_an_asa_client.json': (Client, {}),
    'clients-list_asa_clients.json': (Client, {}),
    'entitlements-create_a_sudo_entitlement.json': (SudoEntitlement, {}),
    'entitlements-fetch_a_single_sudo_entitlement.json': (SudoEntitlement, {}),
    'entitlements-list_the_sudo_entitlements_for_a_team.json': (SudoEntitlement, {}),
    'groups-example_group_as_listed.json': (Group, {}),
    'introduction-available_team_roles.json': (Group, {}),
    'projects-add_an_unmanaged_server_to_a_project.json': (Server, {}),
    'projects-add_a_cloud_account_to_a_project.json': (CloudAccount, {'project': 'web'}),
    'projects-list_cloud_accounts_in_a_project.json': (CloudAccount, {'project': 'web'}),
    'projects-fetch_a_preauthorization.json': (Preauthorization, {'project': 'the-sound-and-the-fury'}),
    'projects-list_the_preauthorizations_for_a_project.json': (Preauthorization, {'project': 'the-sound-and-the-fury'}),
    'projects-update_a_preauthorization.json': (Preauthorization, {'project': 'the-sound-and-the-fury'}),
    'projects-create_a_project.json': (Project, {}),
    'projects-create_a_server_enrollment_token_for_a_project.json': (EnrollmentToken, {'project': 'web'}),
    'projects-fetch_a_project.json': (Project, {}),
    'projects-fetch_a_server_enrollment_token_from_a_project.json': (EnrollmentToken, {'project': 'web'}),
    'projects-fetch_the_details_of_a_server_in_a_project.json': (Server, {}),
    'projects-list_all_the_asa_groups_in_a_project.json': (ProjectGroup, {}),
    'projects-list_projects_for_a_team.json': (Project, {}),
    'projects-list_server_enrollment_tokens_within_a_project.json': (EnrollmentToken, {'project': 'web'}),
    'projects-list_servers_in_a_project.json': (Server, {}),
    'projects-fetch_server_user_for_a_project.json': (ServerUser, {'project': 'web'}),
    'projects-list_server_users_in_a_project.json': (ServerUser, {'project': 'web'}),
    'projects-retrieve_asa_group_details_for_a_single_project.json': (ProjectGroup, {}),
    'service-users-create_a_service_user.json': (ServiceUser, {}),
    'service-users-fetch_a_service_user.json': (ServiceUser, {}),
    'service-users-list_the_api_keys_for_a_service_user.json': (ApiKey, {}),
    'service-users-lists_the_service_users_for_a_team.json': (ServiceUser, {}),
    'service-users-rotate_api_keys_for_a_service_user.json': (ApiKey, {}),
    'service-users-update_the_status_of_a_service_user.json': (ServiceUser, {}),
    'services-create_a_service_for_a_server.json': (Service, {'project': 'web', 'service_user_name': 'shreve'}),
    'services-fetch_a_service.json': (Service, {'project': 'web', 'service_user_name': 'shreve'}),
    'services-list_services_available_for_a_server.json': (Service, {'project': 'web'}),
    'services-list_services_for_a_team.json': (Service, {'project': 'web'}),
    'teams-fetch_team_settings.json': (TeamSettings, {}),
    'users-fetch_an_asa_user.json': (User, {}),
    'users-list_the_asa_users_for_a_team.json': (User, {}),
    'users-list_asa_groups_that_a_specific_asa_user_is_a_member_of.json': (Group, {}),
    'teams-list_servers_for_a_team.json': (Server, {}),
}
# Answers of operations no kind reads yet (the kinds to come), and answers that are no object of a kind.
NOT_A_KIND = {
    'projects-add_client_configuration_options_to_a_project.json': 'client configuration options',
    'projects-list_client_configuration_options_for_a_project.json': 'client configuration options',
    'teams-fetch_statistics_for_a_team.json': 'team statistics (asa_team_info returns them as they are)',
    'service-users-issue_a_service_user_token.json': 'a bearer token (the client reads it)',
    'attributes-fetch_a_group_attribute.json': 'attributes (test_page_attributes_are_read_as_values)',
    'attributes-fetch_a_user_attribute.json': 'attributes (test_page_attributes_are_read_as_values)',
    'attributes-list_group_attributes.json': 'attributes (test_page_attributes_are_read_as_values)',
    'attributes-list_the_attributes_for_a_user.json': 'attributes (test_page_attributes_are_read_as_values)',
}


def objects(name):
    with open(os.path.join(FIXTURES, name)) as handle:
        body = json.load(handle)
    extra = READ_BY[name][1]
    found = body.get('list', body)
    if isinstance(found, dict):  # one object, bare or (as a page's fetch example has it) under "list"
        found = [found]
    return [dict(extra, **obj) for obj in found]


def params_of(kind, item):
    """A kind's params for a config item, the way a bulk task fills them."""
    params = dict((option, None if option in kind.fields else spec.get('default')) for option, spec in kind.options.items())
    params.update((k, v) for k, v in item.items() if v is not None)
    params['state'] = kind.states[0] if kind.states else 'present'
    return params


def test_every_fixture_is_read_by_a_kind_or_named_as_none():
    names = set(n for n in os.listdir(FIXTURES) if n.endswith('.json'))
    assert names == set(READ_BY) | set(NOT_A_KIND)


@pytest.mark.parametrize('name', sorted(n for n, (kind, extra) in READ_BY.items() if kind is not ApiKey))
def test_a_page_example_is_unchanged_against_itself(name):
    kind = READ_BY[name][0]
    found = objects(name)
    assert found
    for obj in found:
        item = kind.to_config(obj)
        assert all(value not in (None, 'None') for value in kind.key_of(obj)), (name, kind.key_of(obj))
        entity = kind(None, params_of(kind, item), Context(warn=None))
        assert entity.key_of_params() == kind.key_of(obj)
        changes = entity.plan(obj)
        if kind is Client and obj['state'] != 'ACTIVE':
            # a pending client differs from what a task wants: it approves it, and changes nothing else
            assert [(c.action, c.fields) for c in changes] == [('update', {'state': 'ACTIVE'})]
        else:
            assert changes == [], (name, obj, changes)
        assert json.loads(json.dumps(item)) == item  # a config item is plain data


@pytest.mark.parametrize('name', sorted(n for n, (kind, extra) in READ_BY.items() if kind is ApiKey))
def test_page_keys_parse_and_the_newest_usable_one_is_kept(name):
    keys = objects(name)
    newest = max(parse_time(k['issued_at']) for k in keys)
    create, delete, chosen = plan_keys(keys, 'present', newest + 1)
    assert not create and delete == [] and chosen['issued_at'] == max((k['issued_at'] for k in keys))


@pytest.mark.parametrize('name', sorted(n for n in NOT_A_KIND if n.startswith('attributes-')))
def test_page_attributes_are_read_as_values_and_unchanged_against_themselves(name):
    from ansible_collections.okta.asa.plugins.module_utils._kinds import attributes

    with open(os.path.join(FIXTURES, name)) as handle:
        body = json.load(handle)
    listed = dict((a['attribute_name'], a) for a in (body['list'] if 'list' in body else [body]))
    names = attributes.GROUP if 'group' in name else attributes.USER
    wanted = attributes.check(attributes.values(listed), names)
    assert wanted and attributes.differ(listed, wanted, 'the page') == {}


@pytest.mark.parametrize('kind', KINDS, ids=lambda kind: kind.__name__)
def test_kinds_declare_what_they_manage(kind):
    """Each kind says how its object is found and written; each write it lacks has the message a task gets."""
    assert issubclass(kind, Kind) and kind.resource_key and kind.plural and 'state' not in kind.options
    assert kind.item_path or (kind.list_path and kind.identity), 'find needs item_path, or list_path with identity'
    if 'create' in kind.operations:
        assert kind.list_path
    if set(kind.operations) & {'update', 'delete'}:
        assert kind.item_path
    for operation in ('create', 'update', 'delete'):
        if operation not in kind.operations and (operation != 'update' or kind.fields):
            assert kind.unsupported[operation], operation  # a kind without fields never plans an update
    assert set(kind.fields) <= set(kind.options) and set(kind.identity) <= set(kind.options)
    assert set(kind.key) <= set(kind.options) and set(kind.refers) <= set(kind.options)
    assert set(kind.defaults) <= set(kind.fields) and set(kind.exact) <= set(kind.options)


def test_the_pages_audit_event_refers_to_its_actor_and_client_by_key():
    with open(os.path.join(FIXTURES, 'audits-list_the_audits_for_a_team.json')) as handle:
        body = json.load(handle)
    (event,) = [AuditEvent.resolved(e, body['related_objects']) for e in body['list']]
    assert event['type'] == 'auth_token.issue' and event['actor']['name'] == 'Jason.Compson.IV'
    assert event['client']['hostname'] == 'Absalom' and event['timestamp'].startswith('2022-09-14')
