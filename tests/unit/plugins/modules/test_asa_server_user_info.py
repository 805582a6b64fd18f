# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""asa_server_user_info: who the project's groups let on its servers, with sudo or not, and their UIDs."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

from ansible_collections.okta.asa.plugins.modules import asa_group, asa_project_group, asa_server_user_info


def test_server_users_follow_from_groups_and_their_access(run):
    run(asa_group, name='web-users', members=['jason.compson', 'quentin.compson'])
    run(asa_group, name='web-admins', members=['jason.compson'])
    run(asa_project_group, project='web', group='web-users', server_access=True)
    run(asa_project_group, project='web', group='web-admins', server_access=True, server_admin=True)
    done = run(asa_server_user_info, project='web')
    assert not done['changed'] and done.calls == [('GET', '/v1/teams/acme/projects/web/server_users')]
    by_name = dict((u['user_name'], u) for u in done['server_users'])
    assert sorted(by_name) == ['jason.compson', 'quentin.compson']
    assert by_name['jason.compson']['admin'] is True and by_name['quentin.compson']['admin'] is False
    assert by_name['jason.compson']['unix_uid'] >= 100 and by_name['jason.compson']['project'] == 'web'
    assert run(asa_server_user_info, project='data')['server_users'] == []


def test_a_missing_project_is_named(run):
    missing = run(asa_server_user_info, project='nope')
    assert missing['failed'] and 'nope' in missing['msg']
