# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""asa_team documents each kind's item options as the kind's singular module does (hacking/team_docs.py writes
them): the same options, types, choices and suboptions, and a pointer to the singular option."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

import importlib

import pytest
import yaml

from ansible_collections.okta.asa.plugins.module_utils._bulk import KindSet
from ansible_collections.okta.asa.plugins.module_utils._team import KINDS, SETTINGS


def documented(module):
    name = 'ansible_collections.okta.asa.plugins.modules.' + module
    return yaml.safe_load(importlib.import_module(name).DOCUMENTATION)['options']


def differences(team, singular, argspec, module, path):
    problems = []
    for key in ('type', 'elements', 'choices', 'required'):
        if team.get(key) != singular.get(key):
            problems.append('%s: %s is %r, %s says %r' % (path, key, team.get(key), module, singular.get(key)))
    if team.get('default') != argspec.get('default'):
        problems.append('%s: default is %r, the item takes %r' % (path, team.get('default'), argspec.get('default')))
    if 'O(okta.asa.%s#module:%s)' % (module, path) not in ' '.join(team['description']):
        problems.append('%s: the description does not point to the option of %s' % (path, module))
    subs, singular_subs = team.get('suboptions') or {}, singular.get('suboptions') or {}
    if set(subs) != set(singular_subs):
        problems.append('%s: suboptions %s, %s has %s' % (path, sorted(subs), module, sorted(singular_subs)))
    for name in set(subs) & set(singular_subs):
        problems.extend(differences(subs[name], singular_subs[name], argspec['options'][name], module,
                                    '%s[].%s' % (path, name)))
    return problems


@pytest.mark.parametrize('kind', KINDS + (SETTINGS,), ids=lambda kind: kind.plural)
def test_item_options_are_the_singular_options(kind):
    module = 'asa_' + kind.resource_key
    team = documented('asa_team')['config']['suboptions'][kind.plural]['suboptions']
    items = kind.options if kind is SETTINGS else KindSet.item_options(kind)
    assert set(team) == set(items), 'run hacking/team_docs.py'
    singular = documented(module)
    problems = []
    for name in sorted(items):
        problems.extend(differences(team[name], singular[name], items[name], module, name))
    assert problems == [], 'run hacking/team_docs.py: %s' % problems


def test_a_difference_is_found():
    singular = {'type': 'str', 'choices': ['a', 'b']}
    team = {'type': 'str', 'choices': ['a'], 'description': ['As O(okta.asa.asa_x#module:y) of M(okta.asa.asa_x).']}
    assert differences(team, singular, {}, 'asa_x', 'y') == ["y: choices is ['a'], asa_x says ['a', 'b']"]
    assert differences(dict(team, choices=['a', 'b']), singular, {'default': 'a'}, 'asa_x', 'y') == [
        "y: default is None, the item takes 'a'"]
