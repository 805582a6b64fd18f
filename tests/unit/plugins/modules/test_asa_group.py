# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""asa_group: roles, members and purge_members, SCIM and federated groups, delete, check mode, roles from groups."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

import pytest

from ansible_collections.okta.asa.plugins.modules import (
    asa_group,
    asa_project_info,
)

TEAM = '/v1/teams/acme/'


@pytest.fixture()
def bots(sim):
    return [sim.state.add_service_user(name) for name in ('bot-a', 'bot-b', 'bot-c')]


def test_group_with_roles_and_members(run, sim, bots):
    created = run(asa_group, name='automation', roles=['access_admin'], members=['bot-a', 'jason.compson'], diff=True)
    assert created['changed'] and created['group']['members'] == ['bot-a', 'jason.compson']
    assert created.writes == [('POST', TEAM + 'groups'), ('POST', TEAM + 'groups/automation/users'),
                              ('POST', TEAM + 'groups/automation/users')]
    again = run(asa_group, name='automation', roles=['access_admin'], members=['jason.compson', 'bot-a'])
    assert not again['changed'] and again.calls == [('GET', TEAM + 'groups/automation'),
                                                    ('GET', TEAM + 'groups/automation/users')]
    added = run(asa_group, name='automation', members=['bot-b'])  # purge_members false: the others stay
    assert added['changed'] and added['group']['members'] == ['bot-a', 'bot-b', 'jason.compson']
    assert added.writes == [('POST', TEAM + 'groups/automation/users')]
    purged = run(asa_group, name='automation', members=['bot-b'], purge_members=True, roles=['reporting_user'])
    assert purged['group']['members'] == ['bot-b'] and purged['group']['roles'] == ['reporting_user']
    assert sorted(purged.writes) == sorted([('PUT', TEAM + 'groups/automation'),
                                            ('DELETE', TEAM + 'groups/automation/users/bot-a'),
                                            ('DELETE', TEAM + 'groups/automation/users/jason.compson')])
    assert sim.state.groups['automation']['_members'] == ['bot-b']


def test_group_roles_in_another_order_are_unchanged_and_members_unmanaged_cost_no_read(run, sim):
    run(asa_group, name='readers', roles=['reporting_user', 'access_user'])
    again = run(asa_group, name='readers', roles=['access_user', 'reporting_user'])
    assert not again['changed'] and again.calls == [('GET', TEAM + 'groups/readers')]
    assert 'members' not in again['group']


def test_a_group_synced_from_okta_keeps_its_members_and_says_why(run, sim, bots):
    refused = run(asa_group, name='okta-engineers', members=['bot-a'])
    assert refused['failed'] and 'synced from Okta' in refused['msg'] and 'change them in Okta' in refused['msg']
    assert sim.state.groups['okta-engineers']['_members'] == ['jason.compson']
    roles = run(asa_group, name='okta-engineers', roles=['access_user', 'reporting_user'])
    assert roles['changed'] and not roles.get('failed')


def test_a_federated_group_is_refused_before_any_write(run, sim, bots):
    sim.state.add_group('partners', federated_from_team='other-team')
    refused = run(asa_group, name='partners', members=['bot-a'])
    assert refused['failed'] and "team 'other-team'" in refused['msg'] and refused.writes == []


def test_group_member_that_does_not_exist_is_named(run):
    failed = run(asa_group, name='automation', members=['ghost'])
    assert failed['failed'] and "no user 'ghost'" in failed['msg']


def test_group_delete_and_check_mode(run, sim, bots):
    predicted = run(asa_group, name='automation', roles=['access_admin'], members=['bot-a'], check_mode=True)
    assert predicted['changed'] and predicted.writes == [] and predicted['group']['members'] == ['bot-a']
    run(asa_group, name='automation', roles=['access_admin'])
    assert run(asa_group, name='automation', state='absent', check_mode=True).writes == []
    deleted = run(asa_group, name='automation', state='absent')
    assert deleted['changed'] and deleted.writes == [('DELETE', TEAM + 'groups/automation')]
    assert not run(asa_group, name='automation', state='absent')['changed']


def test_a_deleted_groups_name_is_tried_and_asas_refusal_explained(run):
    run(asa_group, name='gone')
    run(asa_group, name='gone', state='absent')
    predicted = run(asa_group, name='gone', check_mode=True)
    assert predicted['changed'] and predicted.writes == []
    assert predicted['warnings'] == ["group 'gone' was deleted; ASA may refuse to give its name to a new one"]
    refused = run(asa_group, name='gone')
    assert refused['failed'] and refused.writes == [('POST', TEAM + 'groups')] and refused['status'] == 409
    assert refused['msg'].startswith("ASA refused to create group 'gone' (POST /v1/teams/acme/groups: HTTP 409")
    assert refused['msg'].endswith('ASA keeps the names of deleted objects. Choose another name')


def test_a_service_user_gets_its_api_roles_from_its_groups(run, sim, bots):
    """What the simulator does with groups is what ASA does: roles come from groups."""
    key = sim.state.add_key('bot-a', secret='bot-a-secret')
    denied = run(asa_project_info, key_id=key['id'], key_secret='bot-a-secret')
    assert denied['failed'] and denied['status'] == 403
    run(asa_group, name='readers', roles=['reporting_user'], members=['bot-a'])
    assert not run(asa_project_info, key_id=key['id'], key_secret='bot-a-secret').get('failed')


def test_a_403_on_a_member_change_is_missing_permission_not_scim(run, sim, bots):
    key = sim.state.add_key('bot-a', secret='bot-a-secret')
    run(asa_group, name='readers', roles=['access_user'], members=['bot-a'])
    denied = run(asa_group, name='readers', members=['bot-b'], key_id=key['id'], key_secret='bot-a-secret')
    assert denied['failed'] and denied['status'] == 403
    assert 'SCIM' not in denied['msg'] and 'access_admin' in denied['msg']


def test_an_unknown_member_is_predicted_in_check_mode_and_refused_before_any_write(run, sim, bots):
    predicted = run(asa_group, name='new', members=['bot-a', 'nobody'], check_mode=True)
    assert predicted['changed'] and predicted.writes == [] and predicted['group']['members'] == ['bot-a', 'nobody']
    assert len(predicted['warnings']) == 1 and "members: no user 'nobody' in the team" in predicted['warnings'][0]
    refused = run(asa_group, name='new', members=['bot-a', 'nobody'])
    assert refused['failed'] and refused.writes == [] and "no user 'nobody'" in refused['msg']
    assert 'new' not in sim.state.groups
    humans = run(asa_group, name='new', members=['bot-a', 'jason.compson'])
    assert humans['changed'] and humans['group']['members'] == ['bot-a', 'jason.compson']
    again = run(asa_group, name='new', members=['bot-a', 'jason.compson'])
    assert not again['changed'] and again.calls == [('GET', TEAM + 'groups/new'), ('GET', TEAM + 'groups/new/users')]


@pytest.fixture()
def automation(run, sim):
    """A bot whose access_admin comes from its group only, as in ASA; its key for the tasks below."""
    sim.state.add_service_user('deploy-bot')
    key = sim.state.add_key('deploy-bot', secret='deploy-bot-secret')
    run(asa_group, name='automation', roles=['access_admin'], members=['deploy-bot'])
    return dict(key_id=key['id'], key_secret='deploy-bot-secret')


@pytest.mark.parametrize('change', [
    {'members': [], 'purge_members': True},
    {'roles': ['access_user']},
    {'state': 'absent'},
])
def test_a_change_that_takes_the_tasks_own_access_admin_is_refused_before_any_write(run, sim, automation, change):
    for check_mode in (True, False):
        refused = run(asa_group, name='automation', check_mode=check_mode, **dict(automation, **change))
        assert refused['failed'] and refused.writes == []
        assert refused['msg'].startswith("this change takes access_admin from 'deploy-bot', the user this task "
                                         "authenticates as: it has that role only through group(s) automation")
        assert 'force=true' in refused['msg']
    assert sim.state.groups['automation']['roles'] == ['access_admin']
    forced = run(asa_group, name='automation', force=True, **dict(automation, **change))
    assert forced['changed'] and len(forced['warnings']) == 1 and 'force=true lets it go ahead' in forced['warnings'][0]


def test_another_path_to_access_admin_lets_the_change_go_ahead(run, sim, automation):
    run(asa_group, name='admins', roles=['access_admin'], members=['deploy-bot'])
    done = run(asa_group, name='automation', roles=['access_user'], **automation)
    assert done['changed'] and not done.get('failed') and done['warnings'] == []


def test_an_unchanged_rerun_reads_nothing_more_for_the_guard(run, automation):
    again = run(asa_group, name='automation', roles=['access_admin'], members=['deploy-bot'], **automation)
    assert not again['changed'] and again.calls == [('GET', TEAM + 'groups/automation'),
                                                    ('GET', TEAM + 'groups/automation/users')]


def test_group_attributes_listed_are_set_and_a_rerun_is_ok(run, sim):
    run(asa_group, name='web-admins')
    ids = dict((a['attribute_name'], a['id']) for a in sim.state.groups['web-admins']['_attributes'].values())
    done = run(asa_group, name='web-admins', attributes={'unix_group_name': 'webadm', 'unix_gid': 5000})
    assert done['changed'] and sorted(done.writes) == sorted([
        ('PUT', TEAM + 'groups/web-admins/attributes/' + ids['unix_gid']),
        ('PUT', TEAM + 'groups/web-admins/attributes/' + ids['unix_group_name'])])
    assert done['group']['attributes'] == {'unix_group_name': 'webadm', 'unix_gid': 5000,
                                           'windows_group_name': 'web-admins'}
    again = run(asa_group, name='web-admins', attributes={'unix_gid': '5000'})
    assert not again['changed'] and again.writes == []
    created = run(asa_group, name='web-ops', roles=['access_user'], attributes={'unix_gid': 5100})
    assert created['changed'] and created['group']['attributes']['unix_gid'] == 5100
    assert sim.state.groups['web-ops']['_attributes']['unix_gid']['attribute_value'] == 5100
    bad = run(asa_group, name='web-ops', attributes={'unix_user_name': 'x'})
    assert bad['failed'] and bad.requests == [] and "'unix_user_name' is no attribute here" in bad['msg']
