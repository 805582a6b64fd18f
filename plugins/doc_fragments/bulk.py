# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function

__metaclass__ = type


class ModuleDocFragment(object):
    """The options every bulk module shares (the bulk module base declares them)."""

    DOCUMENTATION = r'''
options:
  state:
    description:
      - What to do with the set. V(merged) creates the objects of O(config) that are missing and updates the options
        each item sets; an option an item leaves out is not managed.
      - V(replaced) gives the listed objects exactly the listed options; a managed option an item leaves out goes back
        to the value ASA gives a new object.
      - V(overridden) is V(replaced), and also deletes the objects of the module's scope that O(config) does not list
        (an empty O(config) deletes them all). Check mode and C(changes) name each one first.
      - V(deleted) deletes the listed objects; an empty O(config) is refused.
      - V(gathered) writes nothing and returns the current set as RV(gathered), in the shape of O(config).
    type: str
    choices: [merged, replaced, overridden, deleted, gathered]
    default: merged
  concurrency:
    description:
      - How many writes run at once, from V(1) to V(16). Reads are not affected.
      - When the answers say that little of the hourly rate limit is left (C(X-RateLimit-Remaining) under a tenth of
        C(X-RateLimit-Limit)), the writes slow down on their own so that the rest lasts until the limit resets.
    type: int
    default: 4
notes:
  - The task reads the whole set once, compares in memory and writes only the differences. Every item is checked and
    every comparison made before the first write, so bad input fails the task without a partial write.
  - When a write fails, the other writes still finish; the task then fails, naming each failed change, and returns the
    C(changes) that were made.
'''
