# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""asa_gateway_info: the gateways, with their labels, filtered by name."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

from ansible_collections.okta.asa.plugins.modules import asa_gateway_info


def test_gateways_are_listed_with_their_labels(run):
    gateways = run(asa_gateway_info)['gateways']
    assert [(g['name'], g['labels']) for g in gateways] == [('gw-eu-1', {'region': 'eu', 'env': 'prod'})]
    assert run(asa_gateway_info, contains='us')['gateways'] == []
