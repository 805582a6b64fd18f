# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""asa_cloud_account and its info module: added once, removed by id, never changed; account ids checked."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

import pytest

from ansible_collections.okta.asa.plugins.modules import asa_cloud_account as module, asa_cloud_account_info

CLOUD = '/v1/teams/acme/projects/web/cloud_accounts'
AWS = dict(project='web', provider='aws', account_id='123456789012', description='Production AWS')


def test_added_once_listed_removed_once(run, sim):
    predicted = run(module, check_mode=True, **AWS)
    assert predicted['changed'] and predicted.writes == [] and predicted['cloud_account']['provider'] == 'aws'
    added = run(module, diff=True, **AWS)
    assert added['changed'] and added.writes == [('POST', CLOUD)] and added['cloud_account']['id']
    assert added.bodies('POST', CLOUD) == [{'provider': 'aws', 'account_id': '123456789012',
                                            'description': 'Production AWS'}]
    again = run(module, **AWS)
    assert not again['changed'] and again.calls == [('GET', CLOUD)]
    listed = run(asa_cloud_account_info, project='web')['cloud_accounts']
    assert [(a['provider'], a['account_id']) for a in listed] == [('aws', '123456789012')]
    removed = run(module, state='absent', **AWS)
    assert removed.writes == [('DELETE', CLOUD + '/' + added['cloud_account']['id'])]
    assert not run(module, state='absent', **AWS)['changed']


def test_a_description_cannot_change(run):
    run(module, **AWS)
    refused = run(module, **dict(AWS, description='other'))
    assert refused['failed'] and refused.writes == [] and 'description cannot change' in refused['msg']


@pytest.mark.parametrize('provider, account_id', [('aws', '1234'), ('aws', 'my-project'), ('gce', 'A!')])
def test_an_account_id_the_provider_has_none_like_is_refused_before_any_request(run, provider, account_id):
    refused = run(module, project='web', provider=provider, account_id=account_id)
    assert refused['failed'] and refused.requests == [] and 'account_id' in refused['msg']


def test_a_missing_project_is_predicted_in_check_mode_and_refused_otherwise(run):
    predicted = run(module, check_mode=True, **dict(AWS, project='new'))
    assert predicted['changed'] and "project 'new' not found" in predicted['warnings'][0]
    refused = run(module, **dict(AWS, project='new'))
    assert refused['failed'] and refused.writes == []
