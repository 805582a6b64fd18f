# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""asa_enrollment_token_info: what it reads, with which requests; it never changes anything."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

from ansible_collections.okta.asa.plugins.modules import asa_enrollment_token, asa_enrollment_token_info

TEAM = '/v1/teams/acme/'


def test_the_tokens_with_their_values(run, sim):
    created = run(asa_enrollment_token, project='web', description='fleet')
    listed = run(asa_enrollment_token_info, project='web')
    assert [t['token'] for t in listed['enrollment_tokens']] == [created['enrollment_token']['token']]
    assert listed.calls == [('GET', TEAM + 'projects/web/server_enrollment_tokens')] and not listed['changed']
    assert run(asa_enrollment_token_info, project='nope')['failed']
