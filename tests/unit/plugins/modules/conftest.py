# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""Fixtures of the module tests: ``sim``, a simulator with the default team, and ``run``, harness.run_module on it."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

import functools

import pytest

from ansible_collections.okta.asa.tests.simulator.asa_simulator import Simulator
from ansible_collections.okta.asa.tests.unit.plugins.modules.harness import SECRET, run_module


@pytest.fixture()
def sim():
    simulator = Simulator(admin_key_secret=SECRET)
    simulator.seed_default()
    return simulator


@pytest.fixture()
def run(sim):
    return functools.partial(run_module, sim)
