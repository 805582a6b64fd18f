# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""asa_user_info: human users by default, service users on request, by name, with attributes."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

from ansible_collections.okta.asa.plugins.modules import asa_user_info

USERS = '/v1/teams/acme/users'


def test_human_users_by_default_service_users_on_request(run, sim):
    humans = run(asa_user_info)
    assert [u['name'] for u in humans['users']] == ['jason.compson', 'quentin.compson', 'caddy.compson']
    assert humans.calls == [('GET', USERS)] and not humans['changed']
    everyone = run(asa_user_info, include_service_users=True, contains='compson')
    assert len(everyone['users']) == 3 and 'include_service_users=true' in everyone.requests[-1]['query']
    assert sim.admin_user in [u['name'] for u in run(asa_user_info, include_service_users=True)['users']]


def test_one_by_name_with_its_attributes(run):
    one = run(asa_user_info, name='jason.compson', attributes=True)
    assert [u['name'] for u in one['users']] == ['jason.compson']
    assert one['users'][0]['attributes']['unix_user_name'] == 'jason_compson'
    assert one.calls == [('GET', USERS + '/jason.compson'), ('GET', USERS + '/jason.compson/attributes')]
    assert run(asa_user_info, name='nobody')['users'] == []
