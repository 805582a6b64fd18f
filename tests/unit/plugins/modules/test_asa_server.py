# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""asa_server: API labels after the api. prefix, unmanaged servers, removal, ids and host names."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

from ansible_collections.okta.asa.plugins.modules import asa_server

TEAM = '/v1/teams/acme/'
WEB1 = '5a3af768-063f-4a12-a056-8ef24e555556'


def test_server_labels_are_compared_after_the_api_prefix(run, sim):
    item = TEAM + 'projects/web/servers/' + WEB1
    labelled = run(asa_server, project='web', hostname='web-1', labels={'env': 'prod', 'api.tier': '1'}, diff=True)
    assert labelled['changed'] and labelled.writes == [('PUT', item)]
    assert sim.state.servers[WEB1]['labels'] == {'role': 'web', 'api.env': 'prod', 'api.tier': '1'}  # role kept
    assert labelled['diff']['after']['labels'] == sim.state.servers[WEB1]['labels']
    again = run(asa_server, project='web', id=WEB1.upper(), labels={'api.env': 'prod', 'tier': 1})
    assert not again['changed'] and again.calls == [('GET', item)]
    cleared = run(asa_server, project='web', id=WEB1, labels={})
    assert cleared['changed'] and sim.state.servers[WEB1]['labels'] == {'role': 'web'}


def test_unmanaged_server_added_once_then_removed(run, sim):
    servers = TEAM + 'projects/web/servers'
    predicted = run(asa_server, project='web', hostname='bastion', access_address='203.0.113.10', check_mode=True)
    assert predicted['changed'] and predicted.writes == []
    added = run(asa_server, project='web', hostname='bastion', access_address='203.0.113.10', alt_names=['b'],
                labels={'role': 'bastion'})
    assert added['changed'] and added['server']['managed'] is False
    assert added.writes == [('POST', servers), ('PUT', servers + '/' + added['server']['id'])]
    assert not run(asa_server, project='web', hostname='bastion', access_address='203.0.113.10', alt_names=['b'],
                   labels={'role': 'bastion'})['changed']
    moved = run(asa_server, project='web', hostname='bastion', access_address='203.0.113.99')
    assert moved['failed'] and 'access_address cannot change' in moved['msg'] and moved.writes == []
    removed = run(asa_server, project='web', hostname='bastion', state='absent')
    assert removed['changed'] and removed.writes == [('DELETE', servers + '/' + added['server']['id'])]
    assert not run(asa_server, project='web', hostname='bastion', state='absent')['changed']


def test_a_server_by_id_cannot_be_created_and_two_of_a_name_need_an_id(run, sim):
    missing = run(asa_server, project='web', id='11111111-2222-4333-8444-555555555555', labels={'a': 'b'})
    assert missing['failed'] and 'only a server named by hostname' in missing['msg'] and missing.writes == []
    sim.state.add_server('web', 'web-1')
    twice = run(asa_server, project='web', hostname='web-1', labels={})
    assert twice['failed'] and 'name the one to manage by id' in twice['msg']


def test_a_server_whose_creation_answer_was_lost_is_found_not_added_twice(run, sim):
    from ansible_collections.okta.asa.tests.simulator.asa_simulator import DROP
    real = sim.exchange

    def exchange(verb, target, headers, raw_body=b'', base_url=''):
        answer = real(verb, target, headers, raw_body, base_url)
        if verb == 'POST' and target.endswith('/projects/web/servers') and sim.exchange is exchange:
            sim.exchange = real
            return DROP  # the server was added; its answer never came back
        return answer
    sim.exchange = exchange
    done = run(asa_server, project='web', hostname='lost-answer', access_address='10.0.0.77')
    assert not done.get('failed'), done.get('msg')
    assert done['changed'] and done['server']['hostname'] == 'lost-answer'
    assert [s['hostname'] for s in sim.state.servers.values()].count('lost-answer') == 1
    assert done.writes == [('POST', TEAM + 'projects/web/servers')]
