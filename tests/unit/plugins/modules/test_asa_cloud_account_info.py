# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""asa_cloud_account_info: a project's cloud accounts in one read; a missing project named."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

from ansible_collections.okta.asa.plugins.modules import asa_cloud_account, asa_cloud_account_info


def test_a_projects_cloud_accounts(run):
    assert run(asa_cloud_account_info, project='web')['cloud_accounts'] == []
    run(asa_cloud_account, project='web', provider='gce', account_id='my-project-1')
    listed = run(asa_cloud_account_info, project='web')
    assert [(a['provider'], a['account_id']) for a in listed['cloud_accounts']] == [('gce', 'my-project-1')]
    assert listed.calls == [('GET', '/v1/teams/acme/projects/web/cloud_accounts')] and not listed['changed']
    missing = run(asa_cloud_account_info, project='nope')
    assert missing['failed'] and 'nope' in missing['msg']
