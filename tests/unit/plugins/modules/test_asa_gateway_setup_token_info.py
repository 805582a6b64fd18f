# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""asa_gateway_setup_token_info: the tokens with their labels, never their values, in one read."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

from ansible_collections.okta.asa.plugins.modules import asa_gateway_setup_token, asa_gateway_setup_token_info


def test_tokens_with_labels_and_without_values(run, sim):
    assert run(asa_gateway_setup_token_info)['gateway_setup_tokens'] == []
    run(asa_gateway_setup_token, description='eu', labels={'region': 'eu'})
    run(asa_gateway_setup_token, description='plain')
    listed = run(asa_gateway_setup_token_info)
    assert not listed['changed'] and listed.calls == [('GET', '/v1/teams/acme/gateway_setup_tokens')]
    shown = [(t['description'], t['labels']) for t in listed['gateway_setup_tokens']]
    assert shown == [('eu', {'region': 'eu'}), ('plain', {})]
    assert not any(value in repr(listed.result) for value in sim.state.issued_gateway_tokens)
