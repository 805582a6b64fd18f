# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""Internal to okta.asa (not a public API; it may change in any release): the module bases.

- ``AsaModule``: the connection options, their checks, an ``AsaClient`` as ``self.client``, and ``run()``, which
  turns an ``AsaModuleError`` or ``AsaApiError`` raised anywhere below it into the task's failure.
- ``AsaKindModule``: the singular module of a kind (``_kinds/``): one object, read, planned, written (or predicted
  in check mode), with ``changed`` and ``--diff``.
- ``AsaInfoModule``: the read-only module of a kind: its own filter options, the kind's paths and soft-delete rule.
The bulk modules' base is in ``_bulk.py``.
"""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

from ansible.module_utils.basic import AnsibleModule, env_fallback, missing_required_lib

from ansible_collections.okta.asa.plugins.module_utils._client import HAS_REQUESTS, REQUESTS_IMPORT_ERROR, AsaApiError
from ansible_collections.okta.asa.plugins.module_utils._common import AsaModuleError, check_names
from ansible_collections.okta.asa.plugins.module_utils._connection import (
    OPTIONS,
    check_connection,
    new_client,
    transport_warning,
)
from ansible_collections.okta.asa.plugins.module_utils._kind import Context


def connection_argument_spec():
    """The connection options of every module, with their environment fallbacks."""
    spec = {}
    for name, (kind, env, default, secret) in OPTIONS.items():
        spec[name] = dict(type=kind, no_log=secret, fallback=(env_fallback, [env]))
        if default is not None:
            spec[name]['default'] = default
    return spec


class AsaModule(AnsibleModule):
    """AnsibleModule with the connection options, input checks, ``self.client``, and ``run()``.

    A subclass declares ``options`` (its own argument spec; the connection options are added), ``module_kwargs``
    (``required_if`` and the like) and ``names`` (option -> NAME_RULES key), refuses bad input in
    ``check_params()`` and does its work in ``execute()``, which returns the result. Both raise
    ``AsaModuleError`` (or let ``AsaApiError`` through) to fail; ``run()`` turns either into the failure.
    """

    options = {}
    module_kwargs = {}
    names = {}

    def __init__(self):
        spec = connection_argument_spec()
        spec.update(self.argument_spec_of_module())
        kwargs = dict(self.module_kwargs)
        kwargs.setdefault('supports_check_mode', True)
        super(AsaModule, self).__init__(argument_spec=spec, **kwargs)
        if not HAS_REQUESTS:
            self.fail_json(msg=missing_required_lib('requests'), exception=REQUESTS_IMPORT_ERROR)
        problem = check_connection(self.params)
        if problem:
            self.fail_json(msg=problem)
        warning = transport_warning(self.params)
        if warning:
            self.warn(warning)
        self.client = new_client(self.params, on_token=self.no_log_values.add)
        self.context = Context(self.warn, self.check_mode, self.params['key_id'], options=self.params)

    @classmethod
    def main(cls):
        cls().run()

    def argument_spec_of_module(self):
        return dict(self.options)

    def run(self):
        try:
            check_names(self.params, self.names)
            self.check_params()
            result = self.execute()
        except AsaModuleError as exc:
            self.fail_json(msg=str(exc), **exc.details)
        except AsaApiError as exc:
            self.fail_json(msg=str(exc), status=exc.status, error_code=exc.code)
        self.exit_json(**result)

    def check_params(self):
        """Refuse input that cannot work, before any request, by raising AsaModuleError."""

    def execute(self):
        """Do the task's work and return the module's result."""
        raise NotImplementedError('%s must define execute()' % type(self).__name__)


class AsaKindModule(AsaModule):
    """The singular module of ``kind``: its options and ``state``, the object under the kind's ``resource_key``."""

    kind = None

    def __init__(self):
        self.module_kwargs = self.kind.module_kwargs
        super(AsaKindModule, self).__init__()
        self.params.setdefault('state', 'present')  # a kind without states (the team's settings) is always present
        self.entity = self.kind(self.client, self.params, self.context)

    def argument_spec_of_module(self):
        spec = dict(self.kind.options, **self.kind.task_options)
        if self.kind.states:
            spec['state'] = dict(type='str', choices=list(self.kind.states), default=self.kind.states[0])
        return spec

    def check_params(self):
        self.entity.check()

    def execute(self):
        entity = self.entity
        current = entity.read()
        changes = entity.plan(current)
        entity.check_references(changes)
        if not changes:
            after = current
        elif self.check_mode:
            after = entity.predict(current, changes)
        else:
            after = entity.apply(current, changes)
        result = entity.result(after)
        result.update(changed=bool(changes) or entity.wrote_locally, diff=entity.diff(current, after))
        return result


class AsaInfoModule(AsaModule):
    """The read-only module of ``kind``: ``read()`` returns the objects, returned under ``result_key`` (by default
    the kind's ``plural``); never changed. ``visible()`` applies the kind's soft-delete rule."""

    kind = None
    result_key = None

    def read(self):
        raise NotImplementedError('%s must define read()' % type(self).__name__)

    def visible(self, objects):
        """The objects that exist (None for a GET that found nothing), by the kind's soft-delete rule."""
        return [o for o in objects if o is not None and (self.kind.shown_when_gone or not self.kind.gone(o))]

    def path(self, template, **values):
        return self.kind.path(self.client, template, values)

    def execute(self):
        return {'changed': False, self.result_key or self.kind.plural: self.read()}
