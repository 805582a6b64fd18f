# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""asa_services: one team-wide read, names resolved once, checks before the first write."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

from ansible_collections.okta.asa.plugins.modules import asa_service_users, asa_services as module

WEB1 = '5a3af768-063f-4a12-a056-8ef24e555556'
SERVICES = '/v1/teams/acme/services'


def web2(sim):
    return next(s['id'] for s in sim.state.servers.values() if s['hostname'] == 'web-2')


def config(sim, users=('a', 'b')):
    return [{'project': 'web', 'server_id': server, 'service_user': user, 'server_uid': str(9000 + i)}
            for server in (WEB1, web2(sim)) for i, user in enumerate(users)]


def test_creates_resolve_each_name_once_and_a_rerun_is_one_read(run, sim):
    run(asa_service_users, config=[{'name': 'a'}, {'name': 'b'}])
    done = run(module, config=config(sim))
    assert done['changed'] and len(done.writes) == 4
    reads = [c for c in done.calls if c[0] == 'GET']
    assert reads.count(('GET', '/v1/teams/acme/service_users')) == 1 and reads.count(('GET', SERVICES)) == 1
    assert len(reads) == 4  # the list, the users, and each of the two servers once
    again = run(module, config=config(sim))
    assert not again['changed'] and again.calls == [('GET', SERVICES)]
    assert again['after'] == sorted(again['after'], key=lambda s: (s['project'], s['server_id'],
                                                                   s['service_user'], s['server_uid']))
    assert len(again['after']) == 4 and again['after'][0]['project'] == 'web'


def test_check_mode_predicts_services_of_users_an_earlier_task_creates(run, sim):
    predicted = run(module, config=config(sim, users=('nobody',)), check_mode=True)
    assert predicted['changed'] and predicted.writes == [] and len(predicted['changes']) == 2
    assert predicted['warnings'] and all("service user 'nobody' not found" in w for w in predicted['warnings'])


def test_an_unknown_user_or_server_fails_before_any_write(run, sim):
    run(asa_service_users, config=[{'name': 'a'}])
    unknown_user = run(module, config=config(sim, users=('a', 'nobody')))
    assert unknown_user['failed'] and "service user 'nobody' not found" in unknown_user['msg']
    assert unknown_user.writes == []
    bad_server = config(sim, users=('a',)) + [{'project': 'web', 'server_id': '11111111-2222-4333-8444-555555555555',
                                               'service_user': 'a', 'server_uid': '9000'}]
    missing = run(module, config=bad_server)
    assert missing['failed'] and 'server 11111111-2222-4333-8444-555555555555 not found' in missing['msg']
    assert missing.writes == []
    split = [dict(config(sim, users=('a',))[0]), dict(config(sim, users=('a',))[0], project='data', server_uid='1')]
    refused = run(module, config=split)
    assert refused['failed'] and 'config[1]: server %s is in project ' % WEB1 in refused['msg']
    assert refused.requests == []


def test_overridden_deletes_only_on_the_listed_servers(run, sim):
    run(asa_service_users, config=[{'name': 'a'}, {'name': 'b'}])
    run(module, config=config(sim))
    keep = [c for c in config(sim) if c['server_id'] == WEB1 and c['service_user'] == 'a']
    done = run(module, config=keep, state='overridden')
    assert done['changes'] == [{'action': 'delete', 'project': 'web', 'server_id': WEB1, 'service_user': 'b',
                                'server_uid': '9001'}]
    gathered = run(module, state='gathered')['gathered']
    assert len(gathered) == 3 and all(g['project'] == 'web' for g in gathered)
    assert not run(module, config=gathered, state='overridden')['changed']
    deleted = run(module, config=gathered, state='deleted')
    assert len(deleted['changes']) == 3 and deleted['after'] == []
