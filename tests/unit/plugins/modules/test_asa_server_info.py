# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""asa_server_info: what it reads, with which requests; it never changes anything."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

from ansible_collections.okta.asa.plugins.modules import asa_server_info

TEAM = '/v1/teams/acme/'
WEB1 = '5a3af768-063f-4a12-a056-8ef24e555556'


def test_filters_go_to_asa_and_removed_servers_are_left_out(run, sim):
    servers = run(asa_server_info, project='data')
    assert [s['hostname'] for s in servers['servers']] == ['db-1', 'win-1']  # old-1 was removed
    assert servers.calls == [('GET', TEAM + 'servers')] and 'project_name=data' in servers.requests[-1]['query']
    assert [s['hostname'] for s in run(asa_server_info, selector='role=web')['servers']] == ['web-1', 'web-2']
    assert [s['id'] for s in run(asa_server_info, hostname='web-1')['servers']] == [WEB1]
