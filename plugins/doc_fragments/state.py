# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function

__metaclass__ = type


class ModuleDocFragment(object):
    """The state option of modules whose objects are simply present or absent (the module base declares it)."""

    DOCUMENTATION = r'''
options:
  state:
    description:
      - V(present) creates the object, or updates the options the task sets; V(absent) deletes it.
    type: str
    choices: [present, absent]
    default: present
'''
