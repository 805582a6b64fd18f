# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""asa_groups: roles and members of a set of groups, and what overridden spares."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

from ansible_collections.okta.asa.plugins.modules import asa_groups as module, asa_service_users

GROUPS = '/v1/teams/acme/groups'


def test_merged_then_rerun_reads_the_list_and_only_the_listed_members(run):
    run(asa_service_users, config=[{'name': 'bot'}])
    config = [{'name': 'ops', 'roles': ['access_user'], 'members': ['bot']}, {'name': 'audit', 'roles': ['reporting_user']}]
    done = run(module, config=config)
    assert sorted(c['name'] for c in done['changes']) == ['audit', 'ops']
    assert ('POST', GROUPS + '/ops/users') in done.writes
    again = run(module, config=config)
    assert not again['changed'] and again.writes == []
    assert again.calls == [('GET', GROUPS), ('GET', GROUPS + '/ops/users')]
    ops = next(g for g in again['after'] if g['name'] == 'ops')
    assert ops == {'name': 'ops', 'roles': ['access_user'], 'members': ['bot']}
    assert 'members' not in next(g for g in again['after'] if g['name'] == 'audit')


def test_replaced_makes_roles_and_listed_members_exact(run, sim):
    run(asa_service_users, config=[{'name': 'bot'}, {'name': 'bot2'}])
    run(module, config=[{'name': 'ops', 'roles': ['access_user', 'reporting_user'], 'members': ['bot', 'bot2']}])
    merged = run(module, config=[{'name': 'ops', 'members': ['bot']}])
    assert not merged['changed']  # merged adds listed members and keeps the others
    replaced = run(module, config=[{'name': 'ops', 'members': ['bot']}], state='replaced')
    assert sorted(replaced.writes) == [('DELETE', GROUPS + '/ops/users/bot2'), ('PUT', GROUPS + '/ops')]
    assert replaced['after'][[g['name'] for g in replaced['after']].index('ops')] == {
        'name': 'ops', 'roles': [], 'members': ['bot']}


def test_overridden_spares_everyone_and_the_groups_of_its_own_user(run, sim):
    sim.state.add_group('everyone', roles=[])
    run(module, config=[{'name': 'admins', 'roles': ['access_admin'], 'members': [sim.admin_user]},
                        {'name': 'old', 'roles': []}, {'name': 'keep', 'roles': ['access_user']}])
    done = run(module, config=[{'name': 'keep', 'roles': ['access_user']}], state='overridden')
    deleted = sorted(c['name'] for c in done['changes'] if c['action'] == 'delete')
    assert deleted == ['okta-engineers', 'old']
    assert len(done['warnings']) == 1 and 'spares group(s) admins' in done['warnings'][0]
    assert sorted(g['name'] for g in done['after']) == ['admins', 'everyone', 'keep']


def test_a_deleted_group_name_is_sent_and_the_409_explained(run):
    run(module, config=[{'name': 'gone'}])
    run(module, config=[{'name': 'gone'}], state='deleted')
    again = run(module, config=[{'name': 'fresh'}, {'name': 'gone'}])
    # the pages do not say ASA keeps a deleted group's name: the create is sent, and ASA's 409 explained
    assert again['failed'] and ('POST', GROUPS) in again.writes and again['changed']
    assert "create name=gone: ASA refused to create group 'gone'" in again['msg']
    assert 'keeps the names of deleted objects' in again['msg'] and 'HTTP 409' in again['msg']


def test_unknown_members_are_read_once_predicted_in_check_mode_and_refused_before_any_write(run, sim):
    run(asa_service_users, config=[{'name': 'bot'}])
    config = [{'name': 'ops', 'members': ['bot', 'ghost']}, {'name': 'dev', 'members': ['jason.compson']}]
    predicted = run(module, config=config, check_mode=True)
    assert predicted['changed'] and predicted.writes == [] and len(predicted['warnings']) == 1
    assert "members: no user 'ghost' in the team" in predicted['warnings'][0]
    assert predicted.calls.count(('GET', '/v1/teams/acme/users')) == 1  # every addition checked from one read
    refused = run(module, config=config)
    assert refused['failed'] and refused.writes == [] and "no user 'ghost'" in refused['msg']


def test_bulk_changes_that_take_the_tasks_own_access_admin_are_refused(run, sim):
    from ansible_collections.okta.asa.plugins.modules import asa_group

    sim.state.add_service_user('deploy-bot')
    key = sim.state.add_key('deploy-bot', secret='deploy-bot-secret')
    run(asa_group, name='automation', roles=['access_admin'], members=['deploy-bot'])
    auth = dict(key_id=key['id'], key_secret='deploy-bot-secret')
    for config, state in (([{'name': 'automation'}], 'replaced'),  # roles default to none
                          ([{'name': 'automation', 'roles': ['access_admin'], 'members': []}], 'replaced'),
                          ([{'name': 'automation'}], 'deleted'),
                          ([{'name': 'automation', 'roles': ['reporting_user']}], 'overridden')):
        refused = run(module, config=config, state=state, **auth)
        assert refused['failed'] and refused.writes == [], state
        assert "takes access_admin from 'deploy-bot'" in refused['msg']
    assert sim.state.groups['automation']['roles'] == ['access_admin']


def test_bulk_group_attributes_are_read_only_for_the_items_that_list_them(run, sim):
    config = [{'name': 'ops', 'attributes': {'unix_gid': 6000}}, {'name': 'dev'}]
    done = run(module, config=config)
    assert done['changed'] and sim.state.groups['ops']['_attributes']['unix_gid']['attribute_value'] == 6000
    again = run(module, config=config)
    assert not again['changed'] and again.calls == [('GET', GROUPS), ('GET', GROUPS + '/ops/attributes')]
    ops = next(g for g in again['after'] if g['name'] == 'ops')
    assert ops['attributes']['unix_gid'] == 6000 and 'attributes' not in next(g for g in again['after']
                                                                              if g['name'] == 'dev')
