# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""meta/runtime.yml's action group okta.asa.asa holds exactly the collection's modules."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

import os

import yaml

ROOT = os.path.join(os.path.dirname(__file__), '..', '..')


def test_action_group_lists_every_module_and_nothing_else():
    with open(os.path.join(ROOT, 'meta', 'runtime.yml')) as handle:
        runtime = yaml.safe_load(handle)
    modules = sorted(name[:-3] for name in os.listdir(os.path.join(ROOT, 'plugins', 'modules'))
                     if name.endswith('.py') and name != '__init__.py')
    assert modules, 'no modules found'
    assert sorted(runtime['action_groups']['asa']) == modules


def test_requires_ansible_is_declared():
    with open(os.path.join(ROOT, 'meta', 'runtime.yml')) as handle:
        assert yaml.safe_load(handle)['requires_ansible'] == '>=2.16.0'
