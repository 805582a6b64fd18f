# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""A bulk module documents each item option as its singular module does: the same type, choices and suboptions,
and the singular's description lines first (with O(config[].x) for O(x)); it may add lines on its states."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

import importlib
import re

import pytest
import yaml

BULK = {'asa_groups': 'asa_group', 'asa_project_groups': 'asa_project_group', 'asa_service_users': 'asa_service_user',
        'asa_services': 'asa_service', 'asa_sudo_entitlements': 'asa_sudo_entitlement'}


def documented(module):
    name = 'ansible_collections.okta.asa.plugins.modules.' + module
    return yaml.safe_load(importlib.import_module(name).DOCUMENTATION)['options']


def lines(spec):
    text = spec.get('description') or []
    return [re.sub(r'O\(config\[\]\.', 'O(', line) for line in ([text] if isinstance(text, str) else text)]


def drift(bulk, singular, where, kind):
    """What differs between a bulk item option and the singular option, as messages."""
    problems = []
    if lines(bulk)[:len(lines(singular))] != lines(singular):
        problems.append('%s: the description does not start with the singular one: %r vs %r'
                        % (where, lines(bulk), lines(singular)))
    for key in ('type', 'elements', 'choices', 'required', 'no_log'):
        if bulk.get(key) != singular.get(key):
            problems.append('%s: %s is %r, the singular says %r' % (where, key, bulk.get(key), singular.get(key)))
    if bulk.get('default') != singular.get('default') and kind != 'field':
        problems.append('%s: default is %r, the singular says %r' % (where, bulk.get('default'), singular.get('default')))
    subs, singular_subs = bulk.get('suboptions') or {}, singular.get('suboptions') or {}
    if set(subs) != set(singular_subs):
        problems.append('%s: suboptions %s, the singular has %s' % (where, sorted(subs), sorted(singular_subs)))
    for name in set(subs) & set(singular_subs):
        problems.extend(drift(subs[name], singular_subs[name], '%s.%s' % (where, name), 'option'))
    return problems


@pytest.mark.parametrize('bulk', sorted(BULK))
def test_bulk_item_options_are_documented_as_the_singular_options(bulk):
    module = importlib.import_module('ansible_collections.okta.asa.plugins.modules.' + bulk)
    items = documented(bulk)['config']['suboptions']
    kind = next(v for v in vars(module).values() if isinstance(v, type) and issubclass(v, module.AsaSetModule)
                and v.kind).kind
    fields = kind.fields
    # the task's own options (a group's force) are the bulk module's, beside config
    singular = dict((k, v) for k, v in documented(BULK[bulk]).items() if k != 'state' and k not in kind.task_options)
    assert set(items) == set(singular)
    for option in kind.task_options:
        assert drift(documented(bulk)[option], documented(BULK[bulk])[option], '%s %s' % (bulk, option),
                     'option') == []
    problems = []
    for name in sorted(items):
        # A field an item leaves out is not managed, so a bulk item has no default for it.
        kind = 'field' if name in fields else 'option'
        problems.extend(drift(items[name], singular[name], '%s config[].%s' % (bulk, name), kind))
    assert problems == []


def test_drift_is_found():
    singular = {'description': 'Name of the service user; the module resolves it to its id.', 'type': 'str'}
    assert drift({'description': 'Name of the service user.', 'type': 'str'}, singular, 'x', 'option')
    assert drift(dict(singular, choices=['a']), singular, 'x', 'option')
    assert not drift(dict(singular, description=[singular['description'], 'More on O(state=replaced).']), singular,
                     'x', 'option')
