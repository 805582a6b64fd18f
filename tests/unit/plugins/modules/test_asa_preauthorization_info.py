# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""asa_preauthorization_info: live ones by default, expired ones on request, one user's."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

from ansible_collections.okta.asa.plugins.modules import asa_preauthorization, asa_preauthorization_info


def test_live_by_default_expired_on_request(run, sim):
    run(asa_preauthorization, project='data', user_name='jason.compson', duration='2h')
    run(asa_preauthorization, project='data', user_name='quentin.compson', expires_at='2000-01-01T00:00:00Z')
    live = run(asa_preauthorization_info, project='data')
    assert [p['user_name'] for p in live['preauthorizations']] == ['jason.compson'] and not live['changed']
    everyone = run(asa_preauthorization_info, project='data', include_expired=True)
    assert sorted(p['user_name'] for p in everyone['preauthorizations']) == ['jason.compson', 'quentin.compson']
    assert 'include_expired=true' in everyone.requests[-1]['query']
    one = run(asa_preauthorization_info, project='data', user_name='quentin.compson', include_expired=True)
    assert [p['user_name'] for p in one['preauthorizations']] == ['quentin.compson']
