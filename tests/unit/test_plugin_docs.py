# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""Every plugin's DOCUMENTATION, EXAMPLES and RETURN is YAML (sanity says so too, but later and slower)."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

import ast
import glob
import os

import pytest
import yaml

ROOT = os.path.join(os.path.dirname(__file__), '..', '..')
PLUGINS = sorted(glob.glob(os.path.join(ROOT, 'plugins', '*', '*.py')))


@pytest.mark.parametrize('path', PLUGINS, ids=lambda path: os.path.relpath(path, ROOT))
def test_docs_are_yaml(path):
    with open(path) as handle:
        tree = ast.parse(handle.read())
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and getattr(node.targets[0], 'id', '') in (
                'DOCUMENTATION', 'EXAMPLES', 'RETURN', 'PLUGINS', 'INFO'):
            yaml.safe_load(node.value.value)
