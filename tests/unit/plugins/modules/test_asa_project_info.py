# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""asa_project_info: what it reads, with which requests; it never changes anything."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

from ansible_collections.okta.asa.plugins.modules import asa_project, asa_project_info

TEAM = '/v1/teams/acme/'


def test_all_or_one_and_deleted_ones_left_out(run, sim):
    listed = run(asa_project_info)
    assert [p['name'] for p in listed['projects']] == ['web', 'data'] and not listed['changed']
    assert listed.calls == [('GET', TEAM + 'projects')]
    assert run(asa_project_info, name='nope')['projects'] == []
    run(asa_project, name='old')
    run(asa_project, name='old', state='absent')
    assert run(asa_project_info, name='old')['projects'] == []
    assert [p['name'] for p in run(asa_project_info)['projects']] == ['web', 'data']
