# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""The module tests' harness: a module's main() run in-process against the simulator, through a fake
requests session (no socket).

``run_module(sim, module, check_mode=False, diff=False, **options)`` returns a ``Run``: the module's result
(``failed`` set when it failed), the API requests the simulator received and the bodies that were sent.
"""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

import contextlib
import json
from unittest import mock
from urllib.parse import urlencode, urlsplit

import requests
from requests.structures import CaseInsensitiveDict

from ansible.module_utils import basic
from ansible_collections.okta.asa.plugins.module_utils import _client
from ansible_collections.okta.asa.tests.simulator.asa_simulator import DROP


SECRET = 'unit-test-admin-secret'
API_URL = 'https://asa.test'


class FakeSession:
    """What AsaClient needs of requests.Session, answered by the simulator in-process."""

    def __init__(self, sim):
        self.sim = sim
        self.headers = CaseInsensitiveDict()
        self.verify = True
        self.calls = []

    def request(self, method, url, params=None, json=None, headers=None, **kwargs):  # pylint: disable=redefined-outer-name
        parts = urlsplit(url)
        self.calls.append(dict(kwargs, method=method, path=parts.path, body=json))
        query = parts.query
        if params:
            query = urlencode(dict((k, v) for k, v in params.items() if v is not None), doseq=True)
        sent = CaseInsensitiveDict(self.headers)
        sent.update(headers or {})
        raw = b''
        if json is not None:
            raw = _dumps(json)
            sent['Content-Type'] = 'application/json'
        answer = self.sim.exchange(method, parts.path + ('?' + query if query else ''), sent, raw,
                                   base_url='%s://%s' % (parts.scheme, parts.netloc))
        if answer == DROP:
            raise requests.exceptions.ConnectionError('Connection aborted.')
        status, answer_headers, payload, content_type = answer
        resp = requests.Response()
        resp.status_code = status
        resp.headers = CaseInsensitiveDict(answer_headers)
        if payload:
            resp.headers['Content-Type'] = content_type
        resp._content = payload  # pylint: disable=protected-access
        resp.encoding = 'utf-8'
        resp.url = url
        return resp


def _dumps(body):
    return json.dumps(body).encode()


class ModuleExit(Exception):
    def __init__(self, result):
        super(ModuleExit, self).__init__(result)
        self.result = result


def _exit_json(module, **result):
    raise ModuleExit(dict(result, changed=result.get('changed', False), warnings=module.__dict__.get('warned', [])))


def _fail_json(module, **result):
    raise ModuleExit(dict(result, failed=True, warnings=module.__dict__.get('warned', [])))


def _warn(module, warning):
    """The run's warnings as the user sees them in the result (ansible-core routes them differently on the
    controller, where the plugin tests run)."""
    module.__dict__.setdefault('warned', []).append(warning)


@contextlib.contextmanager
def module_args(args):
    """The module's arguments, the way the running ansible-core reads them."""
    try:
        from ansible.module_utils.testing import patch_module_args  # ansible-core 2.19 and newer
    except ImportError:
        with mock.patch.object(basic, '_ANSIBLE_ARGS', json.dumps({'ANSIBLE_MODULE_ARGS': args}).encode()):
            yield
    else:
        with patch_module_args(args):
            yield


class Run:
    """A module's result and the requests it sent."""

    def __init__(self, result, requests_made, sessions):
        self.result = result
        self.requests = requests_made
        self.sent = [call for session in sessions for call in session.calls]

    def __getitem__(self, key):
        return self.result[key]

    def get(self, key, default=None):
        return self.result.get(key, default)

    @property
    def writes(self):
        return [(r['method'], r['path']) for r in self.requests if r['write']]

    def bodies(self, method, path):
        """The bodies sent with ``method`` to ``path``."""
        return [c['body'] for c in self.sent if c['method'] == method and c['path'] == path]

    @property
    def calls(self):
        """(method, path) of every API request but the token exchange."""
        return [(r['method'], r['path']) for r in self.requests if not r['path'].endswith('/service_token')]


def race(sim, method, path_end, effect):
    """Make ``effect()`` happen just before the first ``method`` request to a path ending in ``path_end``, as
    another host running the same task would."""
    real_exchange = sim.exchange

    def exchange(verb, target, headers, raw_body=b'', base_url=''):
        if verb == method and target.split('?')[0].endswith(path_end) and sim.exchange is exchange:
            sim.exchange = real_exchange
            effect()
        return real_exchange(verb, target, headers, raw_body, base_url)

    sim.exchange = exchange


def run_module(sim, module, check_mode=False, diff=False, **options):
    """Run ``module.main()`` with ``options`` (and the connection to ``sim``); return a ``Run``."""
    args = dict(team='acme', api_url=API_URL, key_id=sim.admin_key['id'], key_secret=SECRET)
    args.update(options)
    args.update(_ansible_check_mode=check_mode, _ansible_diff=diff)
    mark = len(sim.log)
    sessions = []

    def new_session():
        sessions.append(FakeSession(sim))
        return sessions[-1]

    with module_args(args), \
            mock.patch.object(_client.requests, 'Session', new_session), \
            mock.patch.object(basic.AnsibleModule, 'exit_json', _exit_json), \
            mock.patch.object(basic.AnsibleModule, 'fail_json', _fail_json), \
            mock.patch.object(basic.AnsibleModule, 'warn', _warn):
        try:
            module.main()
        except ModuleExit as done:
            return Run(done.result, sim.log[mark:], sessions)
    raise AssertionError('%s.main() returned without exit_json or fail_json' % module.__name__)
