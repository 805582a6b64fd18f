# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""asa_client_info: what it reads, with which requests; it never changes anything."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

from ansible_collections.okta.asa.plugins.modules import asa_client_info


def test_everyone_by_default(run):
    everyone = run(asa_client_info)
    assert len(everyone['clients']) == 3 and not everyone['changed']
    assert everyone.requests[-1]['query'] == 'all=true&count=100'


def test_one_users_clients_in_a_state(run):
    mine = run(asa_client_info, user_name='jason.compson', state='ACTIVE')
    assert [c['hostname'] for c in mine['clients']] == ['Absalom']
    assert 'username=jason.compson' in mine.requests[-1]['query'] and 'all=' not in mine.requests[-1]['query']
