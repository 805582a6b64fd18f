# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""asa_project_groups: grants of whole projects, scoped to the projects config names."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

from ansible_collections.okta.asa.plugins.modules import asa_groups, asa_project_groups as module

WEB = '/v1/teams/acme/projects/web/groups'


def setup(run):
    run(asa_groups, config=[{'name': 'ops'}, {'name': 'devs'}])


def test_merged_rerun_reads_one_list_per_project(run):
    setup(run)
    config = [{'project': 'web', 'group': 'ops', 'server_access': True, 'server_admin': True},
              {'project': 'data', 'group': 'ops', 'server_access': True}]
    done = run(module, config=config)
    assert done['changed'] and sorted(done.writes) == [('POST', '/v1/teams/acme/projects/data/groups'), ('POST', WEB)]
    again = run(module, config=config)
    assert not again['changed'] and sorted(again.calls) == [('GET', '/v1/teams/acme/projects/data/groups'), ('GET', WEB)]
    assert {'project': 'web', 'group': 'ops', 'server_access': True, 'server_admin': True,
            'create_server_group': False, 'servers_selector': None, 'server_group_name': None,
            'unix_gid': None} in again['after']


def test_overridden_touches_only_the_listed_projects(run, sim):
    setup(run)
    run(module, config=[{'project': 'web', 'group': 'ops', 'server_access': True},
                        {'project': 'web', 'group': 'devs', 'server_access': True},
                        {'project': 'data', 'group': 'devs', 'server_access': True}])
    check = run(module, config=[{'project': 'web', 'group': 'ops', 'server_access': True}], state='overridden',
                check_mode=True)
    assert check.writes == [] and check['changes'] == [{'action': 'delete', 'project': 'web', 'group': 'devs'}]
    done = run(module, config=[{'project': 'web', 'group': 'ops', 'server_access': True}], state='overridden')
    assert done.writes == [('DELETE', WEB + '/devs')]
    assert ('data', 'devs') in sim.state.project_groups
    gathered = run(module, state='gathered')['gathered']
    assert sorted((g['project'], g['group']) for g in gathered) == [('data', 'devs'), ('web', 'ops')]
    assert not run(module, config=gathered, state='replaced')['changed']


def test_an_unknown_project_is_named(run):
    missing = run(module, config=[{'project': 'nope', 'group': 'ops'}])
    assert missing['failed'] and missing['msg'].startswith("config: project 'nope' not found") and missing.writes == []


def test_a_misspelled_group_or_project_is_predicted_in_check_mode_and_refused_before_any_write(run, sim):
    config = [{'project': 'web', 'group': 'ghosts', 'server_access': True},
              {'project': 'new', 'group': 'ghosts', 'server_access': True}]
    predicted = run(module, config=config, check_mode=True)
    assert predicted['changed'] and predicted.writes == [] and len(predicted['changes']) == 2
    assert any("project 'new' not found" in w for w in predicted['warnings'])
    assert any("group 'ghosts' not found" in w for w in predicted['warnings'])
    refused = run(module, config=config[:1])
    assert refused['failed'] and refused.writes == [] and "group 'ghosts' not found" in refused['msg']


def test_overridden_warns_when_it_takes_the_server_access_of_the_tasks_own_group(run, sim):
    from ansible_collections.okta.asa.plugins.modules import asa_group

    run(asa_group, name='ops')
    run(asa_group, name='mine', members=[sim.admin_user])
    run(module, config=[{'project': 'web', 'group': 'ops', 'server_access': True},
                        {'project': 'web', 'group': 'mine', 'server_access': True}])
    done = run(module, config=[{'project': 'web', 'group': 'ops', 'server_access': True}], state='overridden')
    assert done.writes == [('DELETE', WEB + '/mine')]
    assert done['warnings'] == ["state=overridden removes the server access of mine in web, a group that "
                                "'ansible-admin' (the user this task authenticates as) is a member of: it can no "
                                "longer log in to those servers through it"]
