# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""asa_gateway_setup_token and the gateway info modules: made by description with labels, never changed, the value
returned or written to a 0600 file and never in a diff."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

from ansible_collections.okta.asa.plugins.modules import asa_gateway_setup_token as module, asa_gateway_setup_token_info

TOKENS = '/v1/teams/acme/gateway_setup_tokens'
TASK = dict(description='EU gateways', labels={'region': 'eu', 'env': 'prod'})


def test_created_once_with_its_labels_and_its_value_every_run_but_never_in_a_diff(run, sim):
    predicted = run(module, check_mode=True, **TASK)
    assert predicted['changed'] and predicted.writes == [] and 'token' not in predicted['gateway_setup_token']
    created = run(module, diff=True, **TASK)
    token = created['gateway_setup_token']
    assert created['changed'] and created.writes == [('POST', TOKENS)] and token['labels'] == TASK['labels']
    assert created.bodies('POST', TOKENS) == [{'description': 'EU gateways', 'registration_type': 'gateway-agent',
                                               'details': {'labels': {'region': 'eu', 'env': 'prod'}}}]
    assert token['token'] == sim.state.issued_gateway_tokens[0] and token['token'] not in repr(created['diff'])
    again = run(module, **TASK)
    assert not again['changed'] and again.calls == [('GET', TOKENS), ('GET', TOKENS + '/' + token['id'] + '/token')]
    listed = run(asa_gateway_setup_token_info)['gateway_setup_tokens']
    assert [t['labels'] for t in listed] == [TASK['labels']] and token['token'] not in repr(listed)
    refused = run(module, description='EU gateways', labels={'region': 'us'})
    assert refused['failed'] and refused.writes == [] and 'labels cannot change' in refused['msg']
    deleted = run(module, description='EU gateways', state='absent')
    assert deleted.writes == [('DELETE', TOKENS + '/' + token['id'])] and deleted['gateway_setup_token'] == {}


def test_a_token_file_holds_the_value_and_the_result_does_not(run, sim, tmp_path):
    path = tmp_path / 'gw.token'
    created = run(module, token_file=str(path), **TASK)
    assert created['changed'] and path.read_text() == sim.state.issued_gateway_tokens[0]
    assert oct(path.stat().st_mode & 0o777) == '0o600' and 'token' not in created['gateway_setup_token']
    assert not run(module, token_file=str(path), **TASK)['changed']
