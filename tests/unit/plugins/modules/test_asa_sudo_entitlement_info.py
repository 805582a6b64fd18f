# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""asa_sudo_entitlement_info: what it reads, with which requests; it never changes anything."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

from ansible_collections.okta.asa.plugins.modules import asa_sudo_entitlement, asa_sudo_entitlement_info


def test_all_or_one_by_name(run, sim):
    assert run(asa_sudo_entitlement_info)['sudo_entitlements'] == []
    run(asa_sudo_entitlement, name='ls', structured_commands=[{'command': '/bin/ls', 'command_type': 'executable'}])
    everything = run(asa_sudo_entitlement_info)
    assert [e['name'] for e in everything['sudo_entitlements']] == ['ls'] and not everything['changed']
    assert [e['name'] for e in run(asa_sudo_entitlement_info, name='ls')['sudo_entitlements']] == ['ls']
    assert run(asa_sudo_entitlement_info, name='ghost')['sudo_entitlements'] == []
