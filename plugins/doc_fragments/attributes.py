# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function

__metaclass__ = type


class ModuleDocFragment(object):
    """Attributes of okta.asa modules: DOCUMENTATION for modules that write, INFO for read-only ones."""

    DOCUMENTATION = r'''
attributes:
  check_mode:
    description: Can run in check mode and return the predicted result without writing anything.
    support: full
    details:
      - An object the task refers to that does not exist yet (the project of an enrollment token, the group of a
        project group, a member, a service user) is predicted in check mode with a warning naming it, since an
        earlier task of the play may create it; a real run fails naming it, before any write.
  diff_mode:
    description: Returns the object before and after the change when run with C(--diff).
    support: full
  action_group:
    description: Use C(group/okta.asa.asa) in C(module_defaults) to set the connection options once.
    support: full
    membership:
      - okta.asa.asa
notes:
  - The module changes ASA, not the host it runs for. Run it once per play (on C(localhost), or with
    C(run_once)); when several hosts run the same task at once anyway, a creation that finds the object created
    in the meantime converges on it instead of failing.
'''

    INFO = r'''
attributes:
  check_mode:
    description: Only reads; runs the same in check mode.
    support: full
    details: This module never changes anything.
  diff_mode:
    description: Nothing changes, so there is nothing to diff.
    support: N/A
  action_group:
    description: Use C(group/okta.asa.asa) in C(module_defaults) to set the connection options once.
    support: full
    membership:
      - okta.asa.asa
'''
