# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""asa_service_info: what it reads, with which requests; it never changes anything."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

from ansible_collections.okta.asa.plugins.modules import asa_service_info

TEAM = '/v1/teams/acme/'
WEB1 = '5a3af768-063f-4a12-a056-8ef24e555556'


def test_per_server_and_team_wide(run, sim):
    sim.state.add_service_user('bot')
    sim.seed({'services': [{'server_id': WEB1, 'service_user': 'bot', 'server_uid': '9001'}]})
    on_server = run(asa_service_info, project='web', server_id=WEB1.upper())
    team = run(asa_service_info)
    assert on_server['services'] == team['services'] and len(team['services']) == 1 and not team['changed']
    assert on_server.calls == [('GET', TEAM + 'projects/web/servers/%s/services' % WEB1)]
    assert team.calls == [('GET', TEAM + 'services')]


def test_project_goes_with_server_id(run):
    failed = run(asa_service_info, project='web')
    assert failed['failed'] and 'server_id' in failed['msg'] and failed.requests == []
