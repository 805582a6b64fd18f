# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""An in-memory simulator of the Okta ASA API (the subset okta.asa uses), for tests and the demo.

It serves the endpoints of the reference pages in ../shared/asa-api with their status codes and
fields, paginates with ``count`` and an opaque ``offset`` in Link headers, sends X-RateLimit-*
headers, answers errors with ASA error codes, and can inject faults (429 every Nth request, a share
of 503s, dropped connections, scripted answers), all before a request is processed.

Admin calls under ``/_sim/`` (no auth) read the request log, expire tokens, set faults, seed
objects and dump the state. Run ``python asa_simulator.py --help`` for the CLI.
"""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

import argparse
import base64
import datetime
import hashlib
import json
import os
import random
import re
import secrets
import socket
import ssl
import sys
import threading
import time
import uuid

from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit

ZERO_TIME = '0001-01-01T00:00:00Z'
ENROLL_PATH = '/v1/server_enrollment'  # the agent's enrollment call (not a public API: the simulator's own)
GATEWAY_ENROLL_PATH = '/v1/gateway_enrollment'  # the same for the gateway agent
MAX_PAGE = 100
READ_ROLES = ('access_admin', 'access_user', 'reporting_user')
ADMIN = ('access_admin',)
ANY_ROLE = None  # any authenticated user, with or without a role
COMMAND_TYPES = ('executable', 'directory', 'raw')
ARGS_TYPES = ('none', 'any', 'custom')


def now_ts():
    return time.time()


def rfc3339(ts, nanos=False):
    base = datetime.datetime.fromtimestamp(ts, datetime.timezone.utc)
    if nanos:  # Go marshals nanoseconds: clients must parse them
        return base.strftime('%Y-%m-%dT%H:%M:%S.') + '%09dZ' % int((ts % 1) * 1e9)
    return base.strftime('%Y-%m-%dT%H:%M:%SZ')


def parse_time(text):
    if not text or text.startswith('0001-01-01'):
        return None
    match = re.match(r'^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.\d+)?Z$', text)
    if not match:
        raise ValueError(text)
    return datetime.datetime.strptime(match.group(1), '%Y-%m-%dT%H:%M:%S').replace(
        tzinfo=datetime.timezone.utc).timestamp()


class ApiError(Exception):
    def __init__(self, status, code, message, shape='code', errors=None):
        super(ApiError, self).__init__(message)
        self.status, self.code, self.message, self.shape, self.errors = status, code, message, shape, errors

    def body(self):
        if self.shape == 'errors':
            return {'message': self.message, 'errors': self.errors or []}
        if self.shape == 'error_cause':
            return {'error': self.code, 'error_cause': [self.message]}
        return {'code': self.code, 'message': self.message}


def not_found(what):
    return ApiError(404, 'resource_does_not_exist', '%s not found' % what)


def invalid(path, message):
    return ApiError(400, 'invalid_request', 'invalid request body', shape='errors',
                    errors=[{'path': path, 'message': message}])


class State:
    """Everything the simulated team holds. Every collection is a dict in creation order."""

    def __init__(self, team):
        self.team = team
        self.seq = 0
        self.projects = {}
        self.servers = {}
        self.service_users = {}
        self.keys = {}  # user name -> {key id: key}
        self.services = {}
        self.entitlements = {}
        self.assignments = {}  # entitlement id -> [project names]
        self.clients = {}
        self.humans = {}  # name -> a human ASA user (groups.md's user object)
        self.groups = {}  # name -> group; _members: [user names], _scim: members managed by Okta
        self.project_groups = {}  # (project, group) -> project group
        self.enrollment_tokens = {}  # id -> token, with _project
        # teams.md, "Fetch Team settings"; include_user_sid as public clients send it
        self.settings = {'approve_device_without_interaction': False, 'client_session_duration': 36000,
                         'post_device_enrollment_url': None, 'post_login_url': None, 'post_logout_url': None,
                         'reactivate_users_via_idp': False, 'team': team, 'user_provisioning_exact_username': None,
                         'web_session_duration': 36000, 'include_user_sid': 'Never'}
        self.tokens = {}  # token -> {'user': name, 'expires': ts}
        self.issued_tokens = []  # every token ever issued, for leak scans
        self.issued_key_secrets = []  # every API key secret ever issued, deleted keys' too
        self.issued_enrollment_tokens = []  # every server enrollment token ever created
        self.audits = []  # audits.md: events, oldest first; their references are keys of related objects
        self.gateways = {}  # id -> gateway (gateways.md: read only through the API)
        self.gateway_setup_tokens = {}  # id -> setup token, with its _token value
        self.issued_gateway_tokens = []  # every gateway setup token value ever made, for leak scans

    def next_seq(self):
        self.seq += 1
        return self.seq

    def add_project(self, name, **fields):
        project = {
            '_seq': self.next_seq(), 'id': str(uuid.uuid4()), 'name': name, 'team': self.team,
            'deleted_at': ZERO_TIME, 'create_server_users': False, 'force_shared_ssh_users': False,
            'forward_traffic': False, 'next_unix_gid': 63001, 'next_unix_uid': 60001,
            'rdp_session_recording': False, 'require_preauth_for_creds': False,
            'shared_admin_user_name': None, 'shared_standard_user_name': None,
            'ssh_session_recording': False, 'user_on_demand_period': None, 'gateway_selector': None,
            '_ssh_certificate_type': 'CERT_TYPE_ED25519_01',  # accepted by POST and PUT, never returned
            '_client_config_options': {},  # id -> option (projects.md: POST, list and DELETE; no PUT)
            '_cloud_accounts': {},  # id -> cloud account (POST 200 with it, DELETE; no PUT)
            '_preauthorizations': {},  # id -> preauthorization (POST 204, PUT 204; no DELETE)
        }
        project.update(fields)
        self.projects[name] = project
        return project

    def add_group(self, name, roles=None, scim=False, federated_from_team=None):
        self.groups[name] = {
            '_seq': self.next_seq(), 'id': str(uuid.uuid4()), 'name': name, 'roles': list(roles or []),
            'deleted_at': ZERO_TIME, 'federated_from_team': federated_from_team, 'federation_approved_at': None,
            '_members': [], '_scim': scim,
        }
        self.groups[name]['_attributes'] = self.new_attributes(
            {'unix_group_name': name.replace(' ', '_'), 'unix_gid': 63000 + self.seq, 'windows_group_name': name})
        return self.groups[name]

    def new_attributes(self, values, managed=False):
        """A user's or group's attributes as ASA gives them on creation (attributes.md): one each, with an id."""
        return dict((name, {'attribute_name': name, 'attribute_value': value, 'id': str(uuid.uuid4()),
                            'managed': managed}) for name, value in values.items())

    def user_attributes(self, name, managed=False):
        return self.new_attributes({'unix_user_name': name.replace('.', '_'), 'unix_uid': 60000 + self.seq,
                                    'unix_gid': 60000 + self.seq, 'windows_user_name': name}, managed)

    def add_human(self, name):
        self.humans[name] = {
            '_seq': self.next_seq(), 'id': str(uuid.uuid4()), 'name': name, 'status': 'ACTIVE', 'user_type': 'human',
            'details': {'first_name': name.split('.')[0].title(), 'last_name': name.split('.')[-1].title(),
                        'full_name': name.replace('.', ' ').title(), 'email': name + '@example.com'},
            'deleted_at': None, 'oauth_client_application_id': None, 'role_grants': None,
        }
        self.humans[name]['_attributes'] = self.user_attributes(name)
        return self.humans[name]

    def add_gateway(self, name, labels=None, access_address=None):
        gateway = {'_seq': self.next_seq(), 'id': str(uuid.uuid4()), 'name': name, 'description': '',
                   'access_address': access_address, 'default_address': access_address, 'cloud_provider': None,
                   'refuse_connections': False, 'labels': labels}
        self.gateways[gateway['id']] = gateway
        return gateway

    def audit(self, kind, actor=None, client=None, at=None):
        """Record an audit event (auditsV2) whose actor and client are referred to by opaque keys."""
        details = {'type': kind, 'team_name': self.team, 'session_type': 'authenticated_client', 'via': None,
                   'trace_id': secrets.token_urlsafe(6), 'target_server': '', 'team_id': ''}
        related = {}
        for field, (obj, obj_type) in (('actor', (actor, 'user')), ('client', (client, 'client'))):
            if obj is not None:
                key = base64.b64encode(hashlib.sha256((obj_type + obj['id']).encode()).digest()).decode()
                details[field] = key
                related[key] = {'type': obj_type, 'object': public(obj)}
        self.audits.append({'_seq': self.next_seq(), '_related': related, 'details': details,
                            'id': base64.b64encode(uuid.uuid4().bytes).decode(),
                            'timestamp': rfc3339(at if at is not None else now_ts(), nanos=True)})

    def any_user(self, name):
        """A human or service user by name, or None."""
        return self.humans.get(name) or self.service_users.get(name)

    def roles_of(self, user):
        """A user's roles: its own grants and those of every group it is a member of (introduction.md, Roles)."""
        roles = set(user.get('role_grants') or [])
        for group in self.groups.values():
            if user['name'] in group['_members'] and group['deleted_at'] == ZERO_TIME:
                roles.update(group['roles'])
        return roles

    def add_server(self, project, hostname, **fields):
        server = {
            '_seq': self.next_seq(), 'id': fields.pop('id', None) or str(uuid.uuid4()), 'hostname': hostname,
            'canonical_name': None, 'access_address': None, 'alt_names': [], 'bastion': None,
            'cloud_provider': None, 'deleted_at': ZERO_TIME, 'instance_details': None, 'labels': {},
            'last_seen': rfc3339(now_ts()), 'managed': True, 'os': 'Ubuntu 22.04', 'os_type': 'linux',
            'project_name': project, 'registered_at': rfc3339(now_ts()), 'services': ['ssh'],
            'sftd_version': '1.80.1', 'ssh_host_keys': None, 'state': 'ACTIVE', 'team_name': self.team,
        }
        server.update(fields)
        self.servers[server['id']] = server
        return server

    def add_service_user(self, name, roles=None):
        user = {
            '_seq': self.next_seq(), 'deleted_at': None, 'details': None, 'id': str(uuid.uuid4()), 'name': name,
            'oauth_client_application_id': None, 'role_grants': roles, 'status': 'ACTIVE', 'user_type': 'service',
        }
        user['_attributes'] = self.user_attributes(name)
        self.service_users[name] = user
        self.keys[name] = {}
        return user

    def add_key(self, user, key_id=None, secret=None, issued_at=None, expires_at=ZERO_TIME):
        key = {
            '_seq': self.next_seq(), 'id': key_id or str(uuid.uuid4()),
            'issued_at': issued_at or rfc3339(now_ts(), nanos=True), 'expires_at': expires_at, 'last_used': None,
            '_secret': secret or base64.b64encode(secrets.token_bytes(48)).decode(),
        }
        self.keys[user][key['id']] = key
        self.issued_key_secrets.append(key['_secret'])
        return key

    def add_client(self, **fields):
        client = {
            '_seq': self.next_seq(), 'id': fields.pop('id', None) or str(uuid.uuid4()), 'deleted_at': None,
            'description': 'laptop', 'encrypted': True, 'hostname': 'laptop', 'os': 'macOS 14.1',
            'state': 'PENDING', 'user_name': None,
        }
        client.update(fields)
        self.clients[client['id']] = client
        return client


def public(obj):
    return dict((k, v) for k, v in obj.items() if not k.startswith('_'))


class Simulator:
    """The simulated service. ``start()`` serves it on 127.0.0.1 in a background thread."""

    def __init__(self, team='acme', admin_user='ansible-admin', admin_key_id=None, admin_key_secret=None,
                 token_ttl=3600.0, rate_limit=10000, key_grace=86400.0, seed=1):
        self.lock = threading.RLock()
        self.state = State(team)
        self.token_ttl = token_ttl
        self.rate_limit = rate_limit
        self.key_grace = key_grace
        self.log = []
        self.hour_count = {}
        self.faults = {}
        self.latency = 0.0  # seconds before each API answer (PUT /_sim/latency)
        self.fault_counter = 0
        self.rng = random.Random(seed)
        self.server = None
        self.tls_server = None
        self.scheme = 'http'
        self.admin_user = admin_user
        self.state.add_service_user(admin_user, roles=['access_admin'])
        self.admin_key = self.state.add_key(admin_user, key_id=admin_key_id, secret=admin_key_secret)

    # -- lifecycle ------------------------------------------------------------------------------

    def _serve(self, port, tls_cert=None, tls_key=None):
        handler = type('BoundHandler', (Handler,), {'sim': self})
        server = ThreadingHTTPServer(('127.0.0.1', port), handler)
        server.daemon_threads = True
        if tls_cert:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(tls_cert, tls_key)
            server.socket = context.wrap_socket(server.socket, server_side=True)
        thread = threading.Thread(target=server.serve_forever, kwargs={'poll_interval': 0.2})
        thread.daemon = True
        thread.start()
        return server

    def start(self, port=0, tls_cert=None, tls_key=None):
        """Serve on 127.0.0.1 (HTTPS with a certificate); the same team can also be served over TLS by start_tls."""
        self.server = self._serve(port, tls_cert, tls_key)
        self.scheme = 'https' if tls_cert else 'http'
        return self

    def start_tls(self, tls_cert, tls_key, port=0):
        """Also serve the same team over HTTPS; returns the URL."""
        self.tls_server = self._serve(port, tls_cert, tls_key)
        return 'https://127.0.0.1:%d' % self.tls_server.server_address[1]

    @property
    def port(self):
        return self.server.server_address[1]

    @property
    def url(self):
        return '%s://127.0.0.1:%d' % (self.scheme, self.port)

    def stop(self):
        for server in (self.server, self.tls_server):
            if server:
                server.shutdown()
                server.server_close()
        self.server = self.tls_server = None

    # -- seeding --------------------------------------------------------------------------------

    def seed_default(self):
        """A small team: two projects with servers, clients, and an entitlement-free start."""
        with self.lock:
            state = self.state
            for project in ('web', 'data'):
                state.add_project(project)
            state.add_server('web', 'web-1', id='5a3af768-063f-4a12-a056-8ef24e555556', labels={'role': 'web'},
                             canonical_name='web-1.example.com', access_address='10.0.0.11')
            state.add_server('web', 'web-2', labels={'role': 'web'}, access_address='10.0.0.12')
            state.add_server('data', 'db-1', labels={'role': 'db', 'env': 'prod'}, access_address='10.0.1.21',
                             cloud_provider='aws')
            state.add_server('data', 'win-1', os='Windows Server 2022', os_type='windows', services=['rdp'],
                             state='INACTIVE')
            state.add_server('data', 'old-1', deleted_at=rfc3339(now_ts() - 86400))
            state.add_client(id='9c199afe-0ca5-427a-baac-c4341707d82b', hostname='LightInAugust',
                             description='Work laptop', user_name='jason.compson')
            state.add_client(id='5e9d8179-2fca-4905-8405-3cd3e0c5280e', hostname='Absalom', state='ACTIVE',
                             description='Personal laptop', user_name='jason.compson')
            state.add_client(id='0f3b8ec6-45c4-4f9e-9a3c-2a4c2c1f4d10', hostname='Unassigned', user_name=None)
            for human in ('jason.compson', 'quentin.compson', 'caddy.compson'):
                state.add_human(human)
            for attr in state.humans['jason.compson']['_attributes'].values():
                attr['managed'] = True  # synced from Okta (SCIM)
            jason, laptop = state.humans['jason.compson'], state.clients['5e9d8179-2fca-4905-8405-3cd3e0c5280e']
            for hours_ago in (72, 30, 2):  # Jason logged in from his laptop three times
                state.audit('auth_token.issue', actor=jason, client=laptop, at=now_ts() - hours_ago * 3600)
            state.add_gateway('gw-eu-1', labels={'region': 'eu', 'env': 'prod'}, access_address='10.0.9.1')
            okta_group = state.add_group('okta-engineers', roles=['access_user'], scim=True)
            okta_group['_members'] = ['jason.compson']

    def seed_scale(self, servers, projects):
        """``servers`` servers spread over ``projects`` projects, deterministic names."""
        with self.lock:
            names = ['project-%03d' % i for i in range(projects)]
            for name in names:
                if name not in self.state.projects:
                    self.state.add_project(name)
            for i in range(servers):
                project = names[i % projects]
                self.state.add_server(project, 'host-%05d' % i, id=str(uuid.UUID(int=i + 1)),
                                      labels={'shard': str(i % 10)}, access_address='10.%d.%d.%d' % (
                                          i // 65536 % 256, i // 256 % 256, i % 256))

    def seed(self, data):
        """Add objects from a JSON document (the /_sim/seed call)."""
        with self.lock:
            for name in data.get('projects', []):
                self.state.add_project(name)
            for server in data.get('servers', []):
                server = dict(server)
                self.state.add_server(server.pop('project_name'), server.pop('hostname'), **server)
            for client in data.get('clients', []):
                self.state.add_client(**client)
            for user in data.get('service_users', []):
                self.state.add_service_user(user['name'], roles=user.get('role_grants'))
            for key in data.get('keys', []):
                key = dict(key)
                self.state.add_key(key.pop('service_user'), **key)
            for service in data.get('services', []):
                user = self.state.service_users[service['service_user']]
                svc = {'_seq': self.state.next_seq(), 'id': str(uuid.uuid4()), 'server_id': service['server_id'],
                       'server_uid': str(service['server_uid']), 'service_user_id': user['id'],
                       'service_user_name': user['name']}
                self.state.services[svc['id']] = svc
            for group in data.get('groups', []):
                group = dict(group)
                members = group.pop('members', [])
                self.state.add_group(group.pop('name'), **group)['_members'] = list(members)
            # Through the API's own handlers, as the admin: project groups and sudo entitlements.
            api = Exchange(self, 'POST', '/_sim/seed', {}, b'', '')
            api.user_name = self.admin_user
            for access in data.get('project_groups', []):
                access = dict(access)
                api.pg_create(['projects', access.pop('project'), 'groups'], {}, access)
            for entitlement in data.get('sudo_entitlements', []):
                api.ent_create(['entitlements', 'sudo'], {}, entitlement)
            for assignment in data.get('entitlement_assignments', []):
                self.state.assignments.setdefault(assignment['entitlement_id'], []).append(assignment['project'])

    def dump(self):
        """The team's state without volatile fields, for comparing two runs."""
        with self.lock:
            state = self.state
            return {
                'service_users': sorted((u['name'], u['status']) for u in state.service_users.values()),
                'keys': dict((n, len(k)) for n, k in sorted(state.keys.items())),
                'services': sorted((s['server_id'], s['service_user_name'], s['server_uid'])
                                   for s in state.services.values()),
                'entitlements': sorted(json.dumps(dict((k, v) for k, v in public(e).items()
                                                       if k not in ('id', 'created_at', 'updated_at')), sort_keys=True)
                                       for e in state.entitlements.values()),
                'clients': sorted((c['id'], c['state'], c['user_name']) for c in state.clients.values()),
                'projects': sorted((p['name'], p['deleted_at'] != ZERO_TIME) for p in state.projects.values()),
                'groups': sorted((g['name'], g['deleted_at'] != ZERO_TIME, ','.join(g['roles']),
                                  ','.join(sorted(g['_members']))) for g in state.groups.values()),
                'project_groups': sorted((k[0], k[1], g['server_access'], g['server_admin'], g['create_server_group'],
                                          g['servers_selector'] or '') for k, g in state.project_groups.items()),
                'enrollment_tokens': sorted((t['_project'], t['description']) for t in state.enrollment_tokens.values()),
                'servers': sorted((s['project_name'], s['hostname'], s['deleted_at'] != ZERO_TIME,
                                   json.dumps(s['labels'], sort_keys=True)) for s in state.servers.values()),
                'settings': json.dumps(state.settings, sort_keys=True),
                'users': sorted((u['name'], u['status']) for u in state.humans.values()),
                'gateway_setup_tokens': sorted((t['description'], json.dumps(t['details'], sort_keys=True))
                                               for t in state.gateway_setup_tokens.values()),
                'cloud_accounts': sorted((p['name'], a['provider'], a['account_id'], a['description'] or '')
                                         for p in state.projects.values() for a in p['_cloud_accounts'].values()),
                'preauthorizations': sorted((p['name'], a['user_name'], a['disabled'])
                                            for p in state.projects.values() for a in p['_preauthorizations'].values()),
                'client_config_options': sorted((p['name'], o['config_key'], str(o['config_value']))
                                                for p in state.projects.values()
                                                for o in p['_client_config_options'].values()),
                'attributes': sorted((owner['name'], a['attribute_name'], str(a['attribute_value']))
                                     for owner in list(state.humans.values()) + list(state.service_users.values())
                                     + list(state.groups.values()) for a in owner['_attributes'].values()),
            }

    # -- request handling -----------------------------------------------------------------------

    def exchange(self, method, target, headers, raw_body=b'', base_url='http://127.0.0.1'):
        """Answer one request in-process: (status, headers, payload, content type), or DROP.
        ``target`` is the path with its query string; ``headers`` a mapping with ``get`` and ``in``."""
        exchange = Exchange(self, method, target, headers, raw_body, base_url)
        exchange.dispatch()
        return exchange.answer

    def rate_headers(self, user):
        window = int(now_ts() // 3600)
        key = (user, window)
        used = self.hour_count.get(key, 0)
        return used, {
            'X-RateLimit-Limit': str(self.rate_limit),
            'X-RateLimit-Remaining': str(max(0, self.rate_limit - used)),
            'X-RateLimit-Reset': str((window + 1) * 3600),
        }

    def injected_fault(self):
        """A fault to answer with instead of processing, or None. Deterministic for a given seed."""
        faults = self.faults
        script = faults.get('script')
        if script:
            step = script[0]
            step['count'] = step.get('count', 1) - 1
            if step['count'] <= 0:
                script.pop(0)
            return None if step.get('pass') else dict(step)
        self.fault_counter += 1
        every = faults.get('rate_limit_every')
        if every and self.fault_counter % every == 0:
            return {'status': 429, 'reset_in': faults.get('reset_seconds', 2), 'retry_after': faults.get('retry_after')}
        roll = self.rng.random()
        if roll < faults.get('drop_rate', 0):
            return {'drop': True}
        if roll < faults.get('drop_rate', 0) + faults.get('error_503_rate', 0):
            return {'status': 503, 'body': '<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>'}
        return None


DROP = 'drop'  # an answer that is no answer: the connection is closed unanswered


class Exchange:
    """One request and its answer, with or without a socket: ``answer`` is (status, headers, payload,
    content type), or DROP. The HTTP handler below serves it; tests may call ``Simulator.exchange``."""

    def __init__(self, sim, method, target, headers, raw_body, base_url):
        self.sim = sim
        self.method = method
        self.path = target
        self.headers = headers
        self.raw_body = raw_body
        self.base_url = base_url
        self.answer = None
        self.user_name = None  # the authenticated user of an API call

    def send(self, status, body=None, headers=None, raw=None, content_type='application/json'):
        payload = b''
        if raw is not None:
            payload = raw.encode()
        elif body is not None:
            payload = json.dumps(body).encode()
        self.answer = (status, dict(headers or {}), payload, content_type)

    def dispatch(self):
        method = self.method
        url = urlsplit(self.path)
        query = parse_qs(url.query, keep_blank_values=True)
        raw_body = self.raw_body
        if url.path.startswith('/_sim/'):
            return self.admin(method, url.path, query, raw_body)
        sim = self.sim
        entry = {'method': method, 'path': url.path, 'query': url.query, 'authorized': 'Authorization' in self.headers,
                 'write': method in ('POST', 'PUT', 'DELETE') and not url.path.endswith('/service_token')}
        if sim.latency and not url.path.endswith('/service_token'):
            time.sleep(sim.latency)  # outside the lock: parallel clients overlap, as they do against the real API
        with sim.lock:
            entry['seq'] = len(sim.log) + 1
            sim.log.append(entry)
            fault = sim.injected_fault()
        if fault:
            entry['fault'] = fault.get('status', 'drop')
            entry['status'] = fault.get('status')
            if fault.get('drop'):
                self.answer = DROP
                return None
            headers = dict(fault.get('headers') or {})
            # A server or gateway that quotes the request in its error: its Authorization header, or its body.
            if fault.get('echo_authorization'):
                return self.send(fault['status'], {'code': 'invalid_request', 'message': 'bad header Authorization: %s'
                                                   % self.headers.get('Authorization')}, headers=headers)
            if fault.get('echo_body'):
                return self.send(fault['status'], {'code': 'invalid_request', 'message': 'cannot parse body %s'
                                                   % raw_body.decode('utf-8', 'replace')}, headers=headers)
            if fault['status'] == 429:
                headers['X-RateLimit-Reset'] = str(int(now_ts() + fault.get('reset_in', 2)) + 1)
                headers['X-RateLimit-Limit'] = str(sim.rate_limit)
                headers['X-RateLimit-Remaining'] = '0'
                if fault.get('retry_after') is not None:
                    headers['Retry-After'] = str(fault['retry_after'])
                return self.send(429, {'error': 'too_many_requests', 'error_cause': ['rate limit exceeded']},
                                 headers=headers)
            if 'body' in fault:
                return self.send(fault['status'], raw=fault['body'], content_type='text/html')
            return self.send(fault['status'], {'code': fault.get('code', 'unknown_error'),
                                               'message': fault.get('message', 'injected fault')}, headers=headers)
        try:
            if url.path == ENROLL_PATH and method == 'POST':
                status, body, headers = self.enroll(raw_body)
            elif url.path == GATEWAY_ENROLL_PATH and method == 'POST':
                status, body, headers = self.enroll_gateway(raw_body)
            else:
                status, body, headers = self.api(method, url.path, query, raw_body)
        except ApiError as err:
            status, body, headers = err.status, err.body(), {}
        except Exception as exc:  # pylint: disable=broad-exception-caught
            status, body, headers = 500, {'code': 'unknown_error', 'message': 'simulator bug: %r' % exc}, {}
        entry['status'] = status
        self.send(status, body, headers)
        return None

    def enroll(self, raw_body):
        """What the server agent does with an enrollment token: register the server in the token's project. The
        answer is the server object of teams.md (the agent keeps its id as its device token)."""
        body = agent_body(raw_body, 'hostname')
        with self.sim.lock:
            tokens = [t for t in self.sim.state.enrollment_tokens.values() if t['token'] == body.get('enrollment_token')]
            if not tokens:
                raise ApiError(401, 'authentication_error', 'invalid enrollment token')
            hostname = body['hostname']
            fields = dict((k, body.get(k)) for k in ('canonical_name', 'access_address', 'bastion', 'os', 'os_type',
                                                     'sftd_version') if body.get(k))
            fields.update(alt_names=list(body.get('alt_names') or []),
                          labels=dict((str(k), str(v)) for k, v in (body.get('labels') or {}).items()))
            server = self.sim.state.add_server(tokens[0]['_project'], hostname, **fields)
            return 201, public(server), {}

    def enroll_gateway(self, raw_body):
        """What the gateway agent does with a setup token: register the gateway, with the token's labels."""
        body = agent_body(raw_body, 'name')
        with self.sim.lock:
            tokens = [t for t in self.sim.state.gateway_setup_tokens.values() if t['_token'] == body.get('setup_token')]
            if not tokens:
                raise ApiError(401, 'authentication_error', 'invalid gateway setup token')
            name = body['name']
            existing = [g for g in self.sim.state.gateways.values() if g['name'] == name]
            gateway = existing[0] if existing else self.sim.state.add_gateway(name)
            gateway.update(labels=(tokens[0]['details'] or {}).get('labels'), access_address=body.get('access_address'),
                           default_address=body.get('access_address'))
            return 201, public(gateway), {}

    def authenticate(self, team):
        sim = self.sim
        auth = self.headers.get('Authorization') or ''
        if not auth.startswith('Bearer '):
            raise ApiError(401, 'authentication_error', 'missing bearer token')
        token = sim.state.tokens.get(auth[7:])
        if not token or token['expires'] <= now_ts():
            raise ApiError(401, 'authentication_error', 'token is invalid or expired')
        if team != sim.state.team:
            raise ApiError(401, 'authorization_error', 'token is not valid for team %s' % team)
        user = sim.state.service_users.get(token['user'])
        if not user or user['status'] != 'ACTIVE':
            raise ApiError(401, 'authentication_error', 'service user is not active')
        return user

    def api(self, method, path, query, raw_body):
        sim = self.sim
        match = re.match(r'^/v1/teams/([^/]+)/(.*)$', path)
        if not match:
            raise ApiError(404, 'resource_does_not_exist', 'no such endpoint')
        team, rest = match.group(1), match.group(2).rstrip('/')
        parts = rest.split('/')
        body = None
        if method in ('POST', 'PUT') and raw_body:
            if 'application/json' not in (self.headers.get('Content-Type') or ''):
                raise ApiError(415, 'unsupported_content_type', 'request body must be JSON (Content-Type: application/json)')
            try:
                body = json.loads(raw_body)
            except ValueError:
                raise ApiError(415, 'unsupported_content_type', 'request body is not a JSON object')
            if not isinstance(body, dict):
                raise ApiError(415, 'unsupported_content_type', 'request body is not a JSON object')
        with sim.lock:
            if rest == 'service_token' and method == 'POST':
                return self.issue_token(team, body or {})
            user = self.authenticate(team)
            used, headers = sim.rate_headers(user['name'])
            if used >= sim.rate_limit:
                raise ApiError(429, 'too_many_requests', 'hourly rate limit exceeded', shape='error_cause')
            sim.hour_count[(user['name'], int(now_ts() // 3600))] = used + 1
            headers['X-RateLimit-Remaining'] = str(max(0, sim.rate_limit - used - 1))
            roles = sim.state.roles_of(user)
            route = next((r[2:] for r in ROUTES if r[0] == method and r[1].match(rest)), None)
            if route is None:
                raise ApiError(404, 'resource_does_not_exist', 'no such endpoint: %s %s' % (method, path))
            handler, allowed = route
            if allowed is not ANY_ROLE and not set(roles) & set(allowed):
                raise ApiError(403, 'forbidden_error', 'service user %s lacks the role for this call' % user['name'])
            self.user_name = user['name']
            status, result, extra = handler(self, parts, query, body)
            headers.update(extra or {})
            return status, result, headers

    def page(self, items, query):
        """Paginate ``items`` (dicts with _seq) with count + opaque offset, and a Link to the next page."""
        try:
            count = int(query.get('count', [MAX_PAGE])[0])
        except ValueError:
            raise invalid('count', 'count must be a number')
        count = max(1, min(MAX_PAGE, count))
        descending = query.get('descending', ['false'])[0].lower() == 'true'
        items = sorted(items, key=lambda i: i['_seq'], reverse=descending)
        offset = query.get('offset', [None])[0]
        if offset:
            try:
                after = int(base64.urlsafe_b64decode(offset.encode()).decode().split(':')[1])
            except (ValueError, IndexError):
                raise invalid('offset', 'offset is not valid')
            items = [i for i in items if (i['_seq'] < after if descending else i['_seq'] > after)]
        chunk = items[:count]
        headers = {}
        if len(items) > count:
            params = dict((k, v[0]) for k, v in query.items() if k != 'offset')
            params['count'] = str(count)
            params['offset'] = base64.urlsafe_b64encode(('o:%d' % chunk[-1]['_seq']).encode()).decode()
            url = '%s%s?%s' % (self.base_url, urlsplit(self.path).path, urlencode(params))
            headers['Link'] = '<%s>; rel="next"' % url
        return 200, {'list': [public(i) for i in chunk]}, headers

    # -- endpoints ------------------------------------------------------------------------------

    def issue_token(self, team, body):
        sim = self.sim
        if team != sim.state.team:
            raise ApiError(401, 'authentication_error', 'invalid key')
        key_id, secret = body.get('key_id'), body.get('key_secret')
        for name, keys in sim.state.keys.items():
            key = keys.get(key_id)
            if key and secrets.compare_digest(key['_secret'], secret or ''):
                expires = parse_time(key['expires_at'])
                user = sim.state.service_users[name]
                if (expires and expires <= now_ts()) or user['status'] != 'ACTIVE':
                    break
                token = 'sim.' + secrets.token_urlsafe(32)
                sim.state.tokens[token] = {'user': name, 'expires': now_ts() + sim.token_ttl}
                sim.state.issued_tokens.append(token)
                sim.state.audit('auth_token.issue', actor=user)
                key['last_used'] = rfc3339(now_ts())
                return 200, {'bearer_token': token, 'expires_at': rfc3339(now_ts() + sim.token_ttl),
                             'team_name': sim.state.team}, {}
        raise ApiError(401, 'authentication_error', 'invalid key id or secret')

    def filtered_users(self, users, query):
        """A page of users, filtered by status (default ACTIVE and DISABLED), contains and starts_with."""
        statuses = [s for v in query.get('status', []) for s in v.split(',') if s] or ['ACTIVE', 'DISABLED']
        contains = query.get('contains', [''])[0]
        starts = query.get('starts_with', [''])[0]
        users = [u for u in users if u['status'] in statuses and contains in u['name'] and u['name'].startswith(starts)]
        return self.page(users, query)

    def su_list(self, parts, query, body):
        return self.filtered_users(self.sim.state.service_users.values(), query)

    # users (users.md): human and service users alike; service users only with include_service_users
    def users_list(self, parts, query, body):
        with_service = query.get('include_service_users', [''])[0].lower() == 'true'
        users = list(self.sim.state.humans.values()) + (list(self.sim.state.service_users.values()) if with_service
                                                        else [])
        return self.filtered_users(users, query)

    # team settings and stats (teams.md): a partial PUT, 204; null unsets a URL
    def settings_fetch(self, parts, query, body):
        return 200, dict(self.sim.state.settings), {}

    def settings_update(self, parts, query, body):
        settings = self.sim.state.settings
        for field, value in (body or {}).items():
            if field == 'team':
                continue
            if field not in settings or field == 'user_provisioning_exact_username':
                raise invalid(field, 'unknown setting')
            kind = SETTING_TYPES[field]
            if value is None and kind is str:
                pass
            elif not isinstance(value, kind) or isinstance(value, bool) != (kind is bool):
                raise invalid(field, 'must be a %s' % kind.__name__)
            if field in SETTING_RANGES and not SETTING_RANGES[field][0] <= value <= SETTING_RANGES[field][1]:
                raise invalid(field, 'must be from %d to %d seconds' % SETTING_RANGES[field])
            if field == 'include_user_sid' and value not in ('Never', 'If_Available', 'Always'):
                raise invalid(field, 'must be Never, If_Available or Always')
        settings.update((k, v) for k, v in (body or {}).items() if k != 'team')
        return 204, None, {}

    def team_stats(self, parts, query, body):
        state = self.sim.state
        live = [s for s in state.servers.values() if s['deleted_at'] == ZERO_TIME]
        return 200, {'num_clients': len(state.clients), 'num_gateways': 0,
                     'num_groups': len([g for g in state.groups.values() if g['deleted_at'] == ZERO_TIME]),
                     'num_human_users': len(state.humans),
                     'num_projects': len([p for p in state.projects.values() if p['deleted_at'] == ZERO_TIME]),
                     'num_servers': len(live),
                     'num_service_users': len([u for u in state.service_users.values() if u['status'] != 'DELETED'])}, {}

    def current_user(self, parts, query, body):
        user = self.sim.state.service_users[self.user_name]
        return 200, {'id': user['id'], 'name': user['name'], 'team_name': self.sim.state.team}, {}

    def user_groups(self, parts, query, body):
        if not self.sim.state.any_user(parts[1]):
            raise not_found('user %s' % parts[1])
        groups = [g for g in self.sim.state.groups.values() if parts[1] in g['_members'] and g['deleted_at'] == ZERO_TIME]
        return self.page(groups, query)

    def attribute_owner(self, parts):
        if parts[0] == 'groups':
            return self.group(parts[1])
        user = self.sim.state.any_user(parts[1])
        if not user:
            raise not_found('user %s' % parts[1])
        return user

    def attributes_list(self, parts, query, body):
        attrs = self.attribute_owner(parts)['_attributes'].values()
        return 200, {'list': [dict(a) for a in sorted(attrs, key=lambda a: a['attribute_name'])]}, {}

    def attribute(self, parts):
        found = [a for a in self.attribute_owner(parts)['_attributes'].values() if a['id'] == parts[3]]
        if not found:
            raise not_found('attribute %s' % parts[3])
        return found[0]

    def attribute_fetch(self, parts, query, body):
        return 200, dict(self.attribute(parts)), {}

    def attribute_update(self, parts, query, body):
        attr = self.attribute(parts)
        body = body or {}
        if body.get('attribute_name') != attr['attribute_name']:
            raise invalid('attribute_name', 'must be %s, the attribute of this id' % attr['attribute_name'])
        if attr['managed']:
            raise invalid('attribute_value', '%s is managed through SCIM or SAML' % attr['attribute_name'])
        value = body.get('attribute_value')
        if attr['attribute_name'] in ('unix_uid', 'unix_gid'):
            if not isinstance(value, int) or isinstance(value, bool) or not 100 <= value <= 2147483647:
                raise invalid('attribute_value', 'must be a number from 100 to 2147483647')
        elif not isinstance(value, str) or len(value) > 255:
            raise invalid('attribute_value', 'must be a string of 0 to 255 characters')
        attr['attribute_value'] = value
        return 204, None, {}

    def user_update(self, parts, query, body):
        user = self.sim.state.any_user(parts[1])
        if not user:
            raise not_found('user %s' % parts[1])
        status = (body or {}).get('status')
        if status not in ('ACTIVE', 'DISABLED', 'DELETED'):
            raise invalid('status', 'must be ACTIVE, DISABLED or DELETED')
        if parts[1] == self.user_name and status != user['status']:
            raise invalid('status', 'a user cannot change its own status')
        user['status'] = status
        user['deleted_at'] = rfc3339(now_ts()) if status == 'DELETED' else None
        return 204, None, {}

    def user_fetch(self, parts, query, body):
        user = self.sim.state.any_user(parts[1])
        if not user:
            raise not_found('user %s' % parts[1])
        return 200, dict(public(user), team_name=self.sim.state.team), {}

    def su_create(self, parts, query, body):
        name = (body or {}).get('name')
        if not name or not re.match(r'^[A-Za-z0-9._-]{1,64}$', name):
            raise invalid('name', 'name is required: 1-64 letters, digits, ".", "_" or "-"')
        if name in self.sim.state.service_users:
            raise ApiError(409, 'resource_already_exists', 'a user named %s exists or existed' % name)
        return 201, public(self.sim.state.add_service_user(name)), {}

    def su_fetch(self, parts, query, body):
        return 200, public(self.user(parts[1], include_deleted=True)), {}

    def user(self, name, include_deleted=False):
        user = self.sim.state.service_users.get(name)
        if not user or (user['status'] == 'DELETED' and not include_deleted):
            raise not_found('service user %s' % name)
        return user

    def su_update(self, parts, query, body):
        user = self.user(parts[1], include_deleted=True)
        status = (body or {}).get('status')
        if status not in ('ACTIVE', 'DISABLED', 'DELETED'):
            raise invalid('status', 'status must be ACTIVE, DISABLED or DELETED')
        if user['status'] == 'DELETED':
            raise ApiError(400, 'invalid_request', 'service user %s is deleted' % user['name'])
        if user['name'] == self.sim.admin_user and status != 'ACTIVE':
            raise ApiError(400, 'invalid_request', "ASA Users can't disable or delete their own ASA User")
        user['status'] = status
        if status == 'DELETED':
            user['deleted_at'] = rfc3339(now_ts())
        return 200, public(user), {}

    def keys_list(self, parts, query, body):
        self.user(parts[1])
        return self.page(self.sim.state.keys[parts[1]].values(), query)

    def keys_rotate(self, parts, query, body):
        self.user(parts[1])
        deadline = now_ts() + self.sim.key_grace
        for key in self.sim.state.keys[parts[1]].values():
            expires = parse_time(key['expires_at'])
            if expires is None or expires > deadline:
                key['expires_at'] = rfc3339(deadline)
        key = self.sim.state.add_key(parts[1])
        shown = public(key)
        shown['secret'] = key['_secret']
        return 200, shown, {}

    def keys_delete(self, parts, query, body):
        self.user(parts[1])
        if self.sim.state.keys[parts[1]].pop(parts[3], None) is None:
            raise not_found('API key %s' % parts[3])
        return 204, None, {}

    def projects_list(self, parts, query, body):
        return self.page(self.sim.state.projects.values(), query)

    def project(self, name, include_deleted=False):
        project = self.sim.state.projects.get(name)
        if not project or (project['deleted_at'] != ZERO_TIME and not include_deleted):
            raise not_found('project %s' % name)
        return project

    def project_fetch(self, parts, query, body):
        return 200, public(self.project(parts[1], include_deleted=True)), {}  # soft delete: 200, deleted_at set

    def project_create(self, parts, query, body):
        body = body or {}
        name = body.get('name')
        if not isinstance(name, str) or not re.match(r'^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$', name):
            raise invalid('name', 'name is required: 1-64 letters, digits, ".", "_" or "-"')
        if name in self.sim.state.projects:
            raise ApiError(409, 'resource_already_exists', 'a project named %s exists or existed; deleted project '
                                                           'names cannot be reused' % name)
        fields = validate_project(body, PROJECT_POST_FIELDS)
        if fields.get('force_shared_ssh_users') and not (fields.get('shared_admin_user_name')
                                                         and fields.get('shared_standard_user_name')):
            raise invalid('shared_admin_user_name', 'force_shared_ssh_users needs both shared user names')
        project = self.sim.state.add_project(name, **fields)
        return 201, public(project), {}

    def project_update(self, parts, query, body):
        project = self.project(parts[1])
        project.update(validate_project(body or {}, PROJECT_PUT_FIELDS))  # POST-only fields are not taken
        return 204, None, {}

    def project_delete(self, parts, query, body):
        project = self.project(parts[1])
        project['deleted_at'] = rfc3339(now_ts())
        for key in [k for k in self.sim.state.project_groups if k[0] == project['name']]:
            del self.sim.state.project_groups[key]
        return 204, None, {}

    # gateways and their setup tokens (gateways.md)
    def gateways_list(self, parts, query, body):
        contains = query.get('contains', [''])[0]
        return self.page([g for g in self.sim.state.gateways.values() if contains in g['name']], query)

    def gst_list(self, parts, query, body):
        return self.page(list(self.sim.state.gateway_setup_tokens.values()), query)

    def gst(self, token_id):
        found = self.sim.state.gateway_setup_tokens.get(token_id)
        if not found:
            raise not_found('gateway setup token %s' % token_id)
        return found

    def gst_create(self, parts, query, body):
        body = body or {}
        description = body.get('description')
        if not isinstance(description, str) or not 1 <= len(description) <= 1024:
            raise invalid('description', 'description is required: 1 to 1024 characters')
        if body.get('registration_type') != 'gateway-agent':
            raise invalid('registration_type', 'registration_type is required and must be gateway-agent')
        details = body.get('details')
        labels = (details or {}).get('labels') if isinstance(details, dict) else None
        if labels is not None and (not isinstance(labels, dict) or
                                   not all(isinstance(v, str) for v in labels.values())):
            raise invalid('details.labels', 'labels must be an object of strings')
        token_id = str(uuid.uuid4())
        value = base64.b64encode(json.dumps({'s': token_id, 'u': self.base_url, 'g': secrets.token_urlsafe(24)})
                                 .encode()).decode()
        token = {'_seq': self.sim.state.next_seq(), '_token': value, 'id': token_id, 'description': description,
                 'registration_type': 'gateway-agent', 'details': {'labels': labels} if labels else None,
                 'created_at': rfc3339(now_ts())}
        self.sim.state.gateway_setup_tokens[token_id] = token
        self.sim.state.issued_gateway_tokens.append(value)
        return 201, public(token), {}

    def gst_fetch(self, parts, query, body):
        return 200, public(self.gst(parts[1])), {}

    def gst_token(self, parts, query, body):
        return 200, {'token': self.gst(parts[1])['_token']}, {}

    def gst_delete(self, parts, query, body):
        self.gst(parts[1])
        del self.sim.state.gateway_setup_tokens[parts[1]]
        return 204, None, {}

    # audits (audits.md): pages of events with the objects their keys refer to
    def audits(self, parts, query, body):
        status, page, headers = self.page(self.sim.state.audits, query)
        seqs = set(e['_seq'] for e in self.sim.state.audits if e['id'] in set(p['id'] for p in page['list']))
        page['related_objects'] = dict((k, v) for e in self.sim.state.audits if e['_seq'] in seqs
                                       for k, v in e['_related'].items())
        return status, page, headers

    # server users (projects.md): who the project's groups let in, admin when a group grants server_admin
    def server_users(self, parts, query, body):
        state = self.sim.state
        project = self.project(parts[1])
        users = {}
        for (name, group_name), pg in sorted(state.project_groups.items()):
            group = state.groups.get(group_name)
            if name != project['name'] or not group or not (pg['server_access'] or pg['server_admin']):
                continue
            for member in group['_members']:
                user = state.any_user(member)
                if user:
                    users.setdefault(member, [user, False])[1] |= pg['server_admin']
        listed = []
        for member, (user, admin) in sorted(users.items(), key=lambda item: item[1][0]['_seq']):
            attrs = dict((a['attribute_name'], a['attribute_value']) for a in user['_attributes'].values())
            listed.append({'_seq': user['_seq'], 'admin': admin, 'id': user['id'], 'status': user['status'],
                           'server_user_name': attrs['unix_user_name'], 'type': user['user_type'],
                           'unix_uid': attrs['unix_uid'], 'unix_gid': attrs['unix_gid'], 'user_name': member,
                           'windows_server_user_name': attrs['windows_user_name']})
        return self.page(listed, query)

    # cloud accounts (projects.md, NOTES: the POST body is provider, account_id, description)
    def cloud_list(self, parts, query, body):
        return 200, {'list': [dict(a) for a in self.project(parts[1])['_cloud_accounts'].values()]}, {}

    def cloud_create(self, parts, query, body):
        accounts = self.project(parts[1])['_cloud_accounts']
        body = body or {}
        if body.get('provider') not in ('aws', 'gce'):
            raise invalid('provider', 'provider must be aws or gce')
        if not isinstance(body.get('account_id'), str) or not body['account_id']:
            raise invalid('account_id', 'account_id is required')
        if any(a['provider'] == body['provider'] and a['account_id'] == body['account_id'] for a in accounts.values()):
            raise ApiError(409, 'resource_already_exists', 'the account is in the project already')
        account = {'id': str(uuid.uuid4()), 'provider': body['provider'], 'account_id': body['account_id'],
                   'description': body.get('description')}
        accounts[account['id']] = account
        return 200, dict(account), {}

    def project_child_delete(self, parts, store, what):
        children = self.project(parts[1])[store]
        if parts[3] not in children:
            raise not_found('%s %s' % (what, parts[3]))
        del children[parts[3]]
        return 204, None, {}

    def cloud_delete(self, parts, query, body):
        return self.project_child_delete(parts, '_cloud_accounts', 'cloud account')

    # preauthorizations (projects.md; its pages swap the two GETs' titles): expired ones hidden unless asked
    def preauth_list(self, parts, query, body):
        preauths = self.project(parts[1])['_preauthorizations'].values()
        if query.get('include_expired', ['false'])[0].lower() != 'true':
            preauths = [p for p in preauths if parse_time(p['expires_at']) > now_ts()]
        return self.page(preauths, query)

    def preauth(self, parts):
        found = self.project(parts[1])['_preauthorizations'].get(parts[3])
        if not found:
            raise not_found('preauthorization %s' % parts[3])
        return found

    def preauth_fetch(self, parts, query, body):
        return 200, public(self.preauth(parts)), {}

    def preauth_fields(self, body, project):
        body = body or {}
        user = self.sim.state.any_user(body.get('user_name')) if isinstance(body.get('user_name'), str) else None
        if not user:
            raise invalid('user_name', 'user_name must name a user of the team')
        try:
            expires = parse_time(body.get('expires_at'))
        except (AttributeError, TypeError, ValueError):
            expires = None
        if expires is None:
            raise invalid('expires_at', 'expires_at must be an RFC 3339 time')
        if body.get('projects') not in (None, [project]):
            raise invalid('projects', 'projects must be [%s] on this endpoint' % project)
        return {'user_name': user['name'], 'expires_at': rfc3339(expires), 'disabled': bool(body.get('disabled')),
                'projects': [project], 'servers': None}

    def preauth_create(self, parts, query, body):
        project = self.project(parts[1])
        fields = self.preauth_fields(body, parts[1])
        preauth = dict(fields, _seq=self.sim.state.next_seq(), id=str(uuid.uuid4()))
        project['_preauthorizations'][preauth['id']] = preauth
        return 204, None, {}

    def preauth_update(self, parts, query, body):
        preauth = self.preauth(parts)
        preauth.update(self.preauth_fields(body, parts[1]))
        return 204, None, {}

    # client configuration options (projects.md): no PUT; a changed value is a DELETE and a POST
    def cco_list(self, parts, query, body):
        options = self.project(parts[1])['_client_config_options'].values()
        return 200, {'list': [dict(o) for o in options]}, {}

    def cco_create(self, parts, query, body):
        options = self.project(parts[1])['_client_config_options']
        key, value = (body or {}).get('config_key'), (body or {}).get('config_value')
        if not isinstance(key, str) or not re.match(r'^[a-z_]+\.[a-z_]+$', key):
            raise invalid('config_key', 'config_key is required, such as ssh.port_forward_method')
        if value is None:
            raise invalid('config_value', 'config_value is required')
        if any(o['config_key'] == key for o in options.values()):
            raise ApiError(409, 'resource_already_exists', 'option %s is set; delete it first' % key)
        option = {'config_key': key, 'config_value': value, 'id': str(uuid.uuid4())}
        options[option['id']] = option
        return 200, dict(option), {}

    def cco_delete(self, parts, query, body):
        return self.project_child_delete(parts, '_client_config_options', 'client configuration option')

    # project groups (projects.md): writes answer 204 without a body
    def project_group(self, project, group):
        self.project(project)
        found = self.sim.state.project_groups.get((project, group))
        if not found:
            raise not_found('group %s in project %s' % (group, project))
        return found

    def pg_list(self, parts, query, body):
        self.project(parts[1])
        return self.page([g for (p, n), g in self.sim.state.project_groups.items() if p == parts[1]], query)

    def pg_fetch(self, parts, query, body):
        return 200, public(self.project_group(parts[1], parts[3])), {}

    def pg_create(self, parts, query, body):
        self.project(parts[1])
        body = body or {}
        name = body.get('group') or body.get('name')
        group = self.group(name) if isinstance(name, str) else None
        if group is None:
            raise invalid('group', 'group is required')
        if (parts[1], name) in self.sim.state.project_groups:
            raise ApiError(409, 'resource_already_exists', 'group %s is already in project %s' % (name, parts[1]))
        fields = validate_project_group(body)
        pg = dict(fields, _seq=self.sim.state.next_seq(), id=str(uuid.uuid4()), group=name, name=name,
                  group_id=group['id'], project=parts[1], deleted_at=None, removed_at=None, unix_gid=fields.get('unix_gid'),
                  profile_attributes={'unix_gid': 63000 + len(self.sim.state.project_groups),
                                      'unix_group_name': 'sft_' + name, 'windows_group_name': 'sft_' + name})
        if not fields.get('server_group_name'):
            pg['server_group_name'] = ('sft_' + name) if fields['create_server_group'] else None
        self.sim.state.project_groups[(parts[1], name)] = pg
        return 204, None, {}

    def pg_update(self, parts, query, body):
        pg = self.project_group(parts[1], parts[3])
        fields = validate_project_group(body or {})
        pg.update(fields)
        if not pg.get('server_group_name') and pg['create_server_group']:
            pg['server_group_name'] = 'sft_' + pg['group']
        return 204, None, {}

    def pg_delete(self, parts, query, body):
        self.project_group(parts[1], parts[3])
        del self.sim.state.project_groups[(parts[1], parts[3])]
        return 204, None, {}

    # enrollment tokens (projects.md): the list returns the token values
    def et_list(self, parts, query, body):
        self.project(parts[1])
        return self.page([t for t in self.sim.state.enrollment_tokens.values() if t['_project'] == parts[1]], query)

    def et_create(self, parts, query, body):
        self.project(parts[1])
        description = (body or {}).get('description')
        if not isinstance(description, str) or not description.strip():
            raise invalid('description', 'description is required')
        token_id = str(uuid.uuid4())
        # Like ASA's, the token carries the URL of the instance that issued it: the agent enrolls there.
        value = base64.b64encode(json.dumps({'s': token_id, 'u': self.base_url,
                                             'k': secrets.token_urlsafe(24)}).encode()).decode()
        token = {'_seq': self.sim.state.next_seq(), '_project': parts[1], 'id': token_id, 'token': value,
                 'created_by_user': self.user_name, 'issued_at': rfc3339(now_ts(), nanos=True),
                 'description': description}
        self.sim.state.enrollment_tokens[token_id] = token
        self.sim.state.issued_enrollment_tokens.append(value)
        return 201, public(token), {}

    def enrollment_token(self, project, token_id):
        self.project(project)
        token = self.sim.state.enrollment_tokens.get(token_id)
        if not token or token['_project'] != project:
            raise not_found('server enrollment token %s' % token_id)
        return token

    def et_fetch(self, parts, query, body):
        return 200, public(self.enrollment_token(parts[1], parts[3])), {}

    def et_delete(self, parts, query, body):
        self.enrollment_token(parts[1], parts[3])
        del self.sim.state.enrollment_tokens[parts[3]]
        return 204, None, {}

    # project servers (projects.md, teams.md)
    def project_servers(self, parts, query, body):
        self.project(parts[1])
        return self.page([s for s in self.sim.state.servers.values() if s['project_name'] == parts[1]], query)

    def project_server_fetch(self, parts, query, body):
        return 200, public(self.project_server(parts[1], parts[3])), {}

    def server_create(self, parts, query, body):
        self.project(parts[1])
        body = body or {}
        hostname = body.get('hostname')
        if not isinstance(hostname, str) or not hostname:
            raise invalid('hostname', 'hostname is required')
        alt_names = body.get('alt_names')
        if alt_names is not None and not (isinstance(alt_names, list) and all(isinstance(n, str) for n in alt_names)):
            raise invalid('alt_names', 'alt_names must be a list of names')
        server = self.sim.state.add_server(parts[1], hostname, access_address=body.get('access_address'),
                                           alt_names=alt_names, managed=False, os='', os_type=None, services=[],
                                           sftd_version=None, last_seen=ZERO_TIME, registered_at=ZERO_TIME)
        return 200, public(server), {}  # this create answers 200 (projects.md)

    def server_update(self, parts, query, body):
        server = self.project_server(parts[1], parts[3])
        labels = (body or {}).get('labels')
        if labels is None:
            labels = {}
        if not isinstance(labels, dict) or not all(isinstance(v, str) for v in labels.values()):
            raise invalid('labels', 'labels must be an object of strings')
        others = dict((k, v) for k, v in (server['labels'] or {}).items() if not k.startswith('api.'))
        # "These labels will overwrite all labels previously supplied through the API ... If you don't supply
        # the prefix 'api.', it is automatically prepended."
        others.update(dict((k if k.startswith('api.') else 'api.' + k, v) for k, v in labels.items()))
        server['labels'] = others
        return 204, None, {}

    def server_delete(self, parts, query, body):
        server = self.project_server(parts[1], parts[3])
        server['deleted_at'] = rfc3339(now_ts())
        return 204, None, {}

    # groups (groups.md)
    def group(self, name, include_deleted=False):
        group = self.sim.state.groups.get(name)
        if not group or (group['deleted_at'] != ZERO_TIME and not include_deleted):
            raise not_found('group %s' % name)
        return group

    def groups_list(self, parts, query, body):
        contains = query.get('contains', [''])[0]
        return self.page([g for g in self.sim.state.groups.values() if contains in g['name']], query)

    def group_create(self, parts, query, body):
        body = body or {}
        name = body.get('name')
        if not isinstance(name, str) or not re.match(r'^[A-Za-z0-9][A-Za-z0-9._ -]{0,63}$', name):
            raise invalid('name', 'name is required: 1-64 letters, digits, spaces, ".", "_" or "-"')
        if name in self.sim.state.groups:
            raise ApiError(409, 'resource_already_exists', 'a group named %s exists or existed' % name)
        group = self.sim.state.add_group(name, roles=validate_roles(body.get('roles')))
        return 201, public(group), {}

    def group_fetch(self, parts, query, body):
        return 200, public(self.group(parts[1], include_deleted=True)), {}

    def group_update(self, parts, query, body):
        group = self.group(parts[1])
        group['roles'] = validate_roles((body or {}).get('roles'))
        return 204, None, {}

    def group_delete(self, parts, query, body):
        group = self.group(parts[1])
        group['deleted_at'] = rfc3339(now_ts())
        for key in [k for k in self.sim.state.project_groups if k[1] == group['name']]:
            del self.sim.state.project_groups[key]  # "Remove a group from the team (and from every project)"
        return 204, None, {}

    def members_list(self, parts, query, body):
        group = self.group(parts[1])
        users = [self.sim.state.any_user(n) for n in group['_members']]
        user_type = query.get('user_type', [''])[0]
        return self.page([u for u in users if u and (not user_type or u['user_type'] == user_type)], query)

    def member_changes_allowed(self, group):
        if group['_scim'] or group['federated_from_team']:
            raise ApiError(400, 'invalid_request', 'the membership of group %s is managed by %s and cannot change in '
                                                   'ASA' % (group['name'], 'Okta' if group['_scim'] else 'team %s'
                                                            % group['federated_from_team']))

    def member_add(self, parts, query, body):
        group = self.group(parts[1])
        self.member_changes_allowed(group)
        name = (body or {}).get('name')
        user = self.sim.state.any_user(name) if isinstance(name, str) else None
        if not user or user['status'] == 'DELETED':
            raise not_found('user %s' % name)
        if name not in group['_members']:
            group['_members'].append(name)
        return 204, None, {}

    def member_delete(self, parts, query, body):
        group = self.group(parts[1])
        self.member_changes_allowed(group)
        if parts[3] not in group['_members']:
            raise not_found('user %s in group %s' % (parts[3], parts[1]))
        group['_members'].remove(parts[3])
        return 204, None, {}

    def project_server(self, project, server_id):
        self.project(project)
        server = self.sim.state.servers.get(server_id)
        if not server or server['project_name'] != project or server['deleted_at'] != ZERO_TIME:
            raise not_found('server %s in project %s' % (server_id, project))
        return server

    def team_servers(self, parts, query, body):
        servers = list(self.sim.state.servers.values())
        for field in ('project_name', 'hostname', 'canonical_name', 'state', 'cloud_provider', 'bastion'):
            if query.get(field, [''])[0]:
                servers = [s for s in servers if s.get(field) == query[field][0]]
        if query.get('alt_names_contains', [''])[0]:
            servers = [s for s in servers if any(query['alt_names_contains'][0] in n for n in s['alt_names'] or [])]
        if query.get('selector', [''])[0]:
            match = selector_matcher(query['selector'][0])
            servers = [s for s in servers if match(s.get('labels') or {})]
        return self.page(servers, query)

    def svc_list_server(self, parts, query, body):
        server = self.project_server(parts[1], parts[3])
        return self.page([s for s in self.sim.state.services.values() if s['server_id'] == server['id']], query)

    def svc_create(self, parts, query, body):
        server = self.project_server(parts[1], parts[3])
        body = body or {}
        uid, user_id = body.get('server_uid'), body.get('service_user_id')
        if not uid or not user_id:
            raise invalid('server_uid' if not uid else 'service_user_id', 'is required')
        users = [u for u in self.sim.state.service_users.values() if u['id'] == user_id and u['status'] != 'DELETED']
        if not users:
            raise not_found('service user %s' % user_id)
        for svc in self.sim.state.services.values():
            if svc['server_id'] == server['id'] and svc['service_user_id'] == user_id and svc['server_uid'] == uid:
                raise ApiError(409, 'resource_already_exists', 'service exists')
        svc = {'_seq': self.sim.state.next_seq(), 'id': str(uuid.uuid4()), 'server_id': server['id'],
               'server_uid': str(uid), 'service_user_id': user_id, 'service_user_name': users[0]['name']}
        self.sim.state.services[svc['id']] = svc
        shown = public(svc)
        del shown['service_user_name']  # the create answer has no name (services.md)
        return 201, shown, {}

    def svc_delete_server(self, parts, query, body):
        server = self.project_server(parts[1], parts[3])
        svc = self.sim.state.services.get(parts[5])
        if not svc or svc['server_id'] != server['id']:
            raise not_found('service %s' % parts[5])
        del self.sim.state.services[parts[5]]
        return 204, None, {}

    def svc_list_team(self, parts, query, body):
        return self.page(self.sim.state.services.values(), query)

    def ent_list(self, parts, query, body):
        return self.page(self.sim.state.entitlements.values(), query)

    def entitlement(self, ent_id):
        ent = self.sim.state.entitlements.get(ent_id)
        if not ent:
            raise not_found('sudo entitlement %s' % ent_id)
        return ent

    def ent_create(self, parts, query, body):
        fields = validate_entitlement(body or {})
        if any(e['name'] == fields['name'] for e in self.sim.state.entitlements.values()):
            raise ApiError(409, 'resource_already_exists', 'a sudo entitlement named %s exists' % fields['name'])
        stamp = rfc3339(now_ts())
        ent = dict(fields, _seq=self.sim.state.next_seq(), id=str(uuid.uuid4()), created_at=stamp, updated_at=stamp)
        self.sim.state.entitlements[ent['id']] = ent
        return 201, public(ent), {}

    def ent_update(self, parts, query, body):
        ent = self.entitlement(parts[2])
        fields = validate_entitlement(body or {})
        if any(e['name'] == fields['name'] and e['id'] != ent['id'] for e in self.sim.state.entitlements.values()):
            raise ApiError(409, 'resource_already_exists', 'a sudo entitlement named %s exists' % fields['name'])
        ent.update(fields)
        ent['updated_at'] = rfc3339(now_ts())
        return 204, None, {}

    def ent_delete(self, parts, query, body):
        ent = self.entitlement(parts[2])
        projects = self.sim.state.assignments.get(ent['id'])
        if projects:
            raise ApiError(400, 'invalid_request', 'sudo entitlement is assigned to project(s) %s and cannot be '
                                                   'deleted' % ', '.join(projects))
        del self.sim.state.entitlements[ent['id']]
        return 204, None, {}

    def clients_list(self, parts, query, body):
        clients = list(self.sim.state.clients.values())
        if query.get('all', ['false'])[0].lower() != 'true':
            if 'username' in query:
                wanted = query['username'][0] or None
                clients = [c for c in clients if c['user_name'] == wanted]
            else:  # the requesting user's own clients: a service user has none
                clients = []
        if query.get('state', [''])[0]:
            clients = [c for c in clients if c['state'] == query['state'][0]]
        return self.page(clients, query)

    def client(self, client_id):
        client = self.sim.state.clients.get(client_id)
        if not client:
            raise not_found('client %s' % client_id)
        return client

    def client_fetch(self, parts, query, body):
        return 200, public(self.client(parts[1])), {}

    def client_update(self, parts, query, body):
        client = self.client(parts[1])
        body = body or {}
        if body.get('state') not in ('ACTIVE', 'PENDING', 'DELETED'):
            raise invalid('state', 'state must be ACTIVE, PENDING or DELETED')
        if client['state'] == 'DELETED':
            raise ApiError(400, 'invalid_request', 'client %s is revoked' % client['id'])
        if 'user_name' in body:  # a string (clients.txt): null is not a user name
            if not isinstance(body['user_name'], str) or not re.match(r'^[A-Za-z0-9._@-]{1,100}$', body['user_name']):
                raise invalid('user_name', 'user_name must be the name of an ASA user')
            client['user_name'] = body['user_name']
        client['state'] = body['state']
        if body['state'] == 'DELETED':
            client['deleted_at'] = rfc3339(now_ts())
        return 204, None, {}

    def client_delete(self, parts, query, body):
        client = self.client(parts[1])
        if client['state'] == 'DELETED':
            raise not_found('client %s' % client['id'])
        client['state'] = 'DELETED'
        client['deleted_at'] = rfc3339(now_ts())
        return 204, None, {}

    # -- admin ----------------------------------------------------------------------------------

    def admin(self, method, path, query, raw_body):
        sim = self.sim
        try:
            body = json.loads(raw_body) if raw_body else {}
        except ValueError:
            return self.send(400, {'message': 'admin calls take JSON'})
        with sim.lock:
            if path == '/_sim/requests' and method == 'GET':
                since = int(query.get('since', ['0'])[0])
                entries = [e for e in sim.log if e['seq'] > since]
                return self.send(200, {'requests': entries, 'last': len(sim.log),
                                       'writes': sum(1 for e in entries if e['write']),
                                       'tokens': sum(1 for e in entries if e['path'].endswith('/service_token'))})
            if path == '/_sim/expire_tokens' and method == 'POST':
                sim.state.tokens.clear()
                return self.send(204)
            if path == '/_sim/faults' and method == 'PUT':
                sim.faults = body
                sim.fault_counter = 0
                sim.rng = random.Random(body.get('seed', 1))
                return self.send(204)
            if path == '/_sim/script' and method == 'PUT':
                # Scripted answers only: the random faults configured by /_sim/faults stay as they are.
                sim.faults = dict(sim.faults, script=list(body.get('script') or []))
                return self.send(204)
            if path == '/_sim/latency' and method == 'PUT':
                sim.latency = float(body.get('seconds', 0))
                return self.send(204)
            if path == '/_sim/seed' and method == 'POST':
                sim.seed(body)
                return self.send(204)
            if path == '/_sim/secrets' and method == 'GET':
                return self.send(200, {
                    'tokens': sim.state.issued_tokens,
                    'key_secrets': sim.state.issued_key_secrets,
                    'admin_key_secret': sim.admin_key['_secret'],
                    'enrollment_tokens': sim.state.issued_enrollment_tokens,
                    'gateway_tokens': sim.state.issued_gateway_tokens,
                })
            if path == '/_sim/state' and method == 'GET':
                return self.send(200, sim.dump())
        return self.send(404, {'message': 'no such admin call'})


def agent_body(raw_body, name_field):
    """An agent's enrollment call: a JSON object naming the host (or gateway) in ``name_field``."""
    try:
        body = json.loads(raw_body or b'{}')
    except ValueError:
        raise ApiError(415, 'unsupported_content_type', 'request body is not a JSON object')
    if not isinstance(body, dict) or not isinstance(body.get(name_field), str) or not body[name_field]:
        raise invalid(name_field, '%s is required' % name_field)
    return body


def validate_entitlement(body):
    """Check and normalise a sudo entitlement body the way the API does."""
    name = body.get('name')
    if not name or not isinstance(name, str):
        raise invalid('name', 'name is required')
    commands = []
    for i, cmd in enumerate(body.get('structured_commands') or []):
        if not isinstance(cmd, dict) or not cmd.get('command'):
            raise invalid('structured_commands[%d].command' % i, 'command is required')
        ctype = cmd.get('command_type')
        if ctype not in COMMAND_TYPES:
            raise invalid('structured_commands[%d].command_type' % i, 'must be one of %s' % ', '.join(COMMAND_TYPES))
        args_type = cmd.get('args_type')
        if args_type not in ARGS_TYPES + (None,):
            raise invalid('structured_commands[%d].args_type' % i, 'must be one of %s' % ', '.join(ARGS_TYPES))
        if ctype == 'raw' and (args_type == 'custom' or cmd.get('args')):
            raise invalid('structured_commands[%d].args_type' % i, 'a raw command takes no arguments of its own')
        if ctype in ('directory', 'raw'):
            args_type = None  # ASA stores null for both, whatever was sent
        elif ctype == 'executable' and args_type is None:
            args_type = 'none'
        args = cmd.get('args') or None
        if args_type == 'custom' and not args:
            raise invalid('structured_commands[%d].args' % i, 'args are required when args_type is custom')
        if args_type != 'custom':
            args = None
        commands.append({'command': cmd['command'], 'command_type': ctype, 'args_type': args_type, 'args': args,
                         'rendered_command': ''})
    fields = {'name': name, 'description': body.get('description') or '', 'structured_commands': commands,
              'add_env': list(body.get('add_env') or []), 'sub_env': list(body.get('sub_env') or []),
              'opt_run_as': body.get('opt_run_as') or ''}
    for flag in ('opt_no_exec', 'opt_no_passwd', 'opt_set_env'):
        fields[flag] = bool(body.get(flag, False))
    return fields


SETTING_TYPES = {'approve_device_without_interaction': bool, 'client_session_duration': int,
                 'web_session_duration': int, 'post_device_enrollment_url': str, 'post_login_url': str,
                 'post_logout_url': str, 'reactivate_users_via_idp': bool, 'include_user_sid': str}
SETTING_RANGES = {'client_session_duration': (3600, 90000), 'web_session_duration': (1800, 90000)}
PROJECT_PUT_FIELDS = {
    'create_server_users': bool, 'forward_traffic': bool, 'next_unix_gid': int, 'next_unix_uid': int,
    'rdp_session_recording': bool, 'require_preauth_for_creds': bool, 'ssh_certificate_type': str,
    'ssh_session_recording': bool, 'user_on_demand_period': int, 'gateway_selector': str,
}
PROJECT_POST_FIELDS = dict(PROJECT_PUT_FIELDS, force_shared_ssh_users=bool, shared_admin_user_name=str,
                           shared_standard_user_name=str)
CERT_TYPES = ('CERT_TYPE_ED25519_01', 'CERT_TYPE_RSA_01', 'CERT_TYPE_ECDSA_521_01', 'CERT_TYPE_ECDSA_384_01',
              'CERT_TYPE_ECDSA_256_01')
ROLES = ('access_user', 'access_admin', 'reporting_user')


def validate_project(body, allowed):
    """The project fields of a POST or PUT body that ``allowed`` takes, type-checked; others are ignored."""
    fields = {}
    for name, kind in allowed.items():
        if name not in body or body[name] is None:
            if name in ('user_on_demand_period', 'gateway_selector') and name in body:
                fields[name] = None
            continue
        value = body[name]
        if kind is int and (isinstance(value, bool) or not isinstance(value, int)):
            raise invalid(name, '%s must be a number' % name)
        if kind is not int and not isinstance(value, kind):
            raise invalid(name, '%s must be a %s' % (name, 'boolean' if kind is bool else 'string'))
        if name == 'ssh_certificate_type':
            if value not in CERT_TYPES:
                raise invalid(name, 'ssh_certificate_type must be one of %s' % ', '.join(CERT_TYPES))
            name = '_ssh_certificate_type'
        fields[name] = value
    return fields


def validate_project_group(body):
    """The writable fields of a project group; booleans default to false, as a missing boolean does in Go."""
    fields = {}
    for flag in ('server_access', 'server_admin', 'create_server_group'):
        value = body.get(flag, False)
        if not isinstance(value, bool):
            raise invalid(flag, '%s must be a boolean' % flag)
        fields[flag] = value
    selector = body.get('servers_selector')
    if selector is not None and not isinstance(selector, str):
        raise invalid('servers_selector', 'servers_selector must be a string')
    fields['servers_selector'] = selector or None
    if 'server_group_name' in body:  # NOTES: project groups also take these on POST and PUT
        name = body['server_group_name']
        if name is not None and (not isinstance(name, str) or len(name) > 255):
            raise invalid('server_group_name', 'server_group_name must be a name')
        fields['server_group_name'] = name or None
    if 'unix_gid' in body:
        gid = body['unix_gid']
        if gid is not None and (not isinstance(gid, int) or isinstance(gid, bool) or not 100 <= gid <= 2147483647):
            raise invalid('unix_gid', 'unix_gid must be a number from 100 to 2147483647')
        fields['unix_gid'] = gid
    return fields


def validate_roles(roles):
    if roles is None:
        return []
    if not isinstance(roles, list) or any(r not in ROLES for r in roles):
        raise invalid('roles', 'roles must be a list of %s' % ', '.join(ROLES))
    return sorted(set(roles))


def selector_matcher(selector):
    """A predicate over labels for a Kubernetes-style selector: k=v, k==v, k!=v, k, !k, k in (a,b), k notin (a,b)."""
    terms = []
    for term in re.findall(r'[^,(]+(?:\([^)]*\))?', selector):
        term = term.strip()
        if not term:
            continue
        found = re.match(r'^([\w./-]+)\s+(in|notin)\s+\(([^)]*)\)$', term)
        if found:
            values = set(v.strip() for v in found.group(3).split(','))
            terms.append((found.group(1), found.group(2), values))
            continue
        found = re.match(r'^([\w./-]+)\s*(==|=|!=)\s*([\w./-]*)$', term)
        if found:
            terms.append((found.group(1), '!=' if found.group(2) == '!=' else '=', found.group(3)))
        elif term.startswith('!'):
            terms.append((term[1:].strip(), 'absent', None))
        else:
            terms.append((term, 'exists', None))

    def match(labels):
        for key, op, value in terms:
            have = labels.get(key)
            if (op == '=' and have != value) or (op == '!=' and have == value) or (op == 'exists' and key not in labels) \
                    or (op == 'absent' and key in labels) or (op == 'in' and have not in value) \
                    or (op == 'notin' and have in value):
                return False
        return True
    return match


class Handler(BaseHTTPRequestHandler):
    """Serves Exchanges over HTTP(S)."""

    protocol_version = 'HTTP/1.1'
    server_version = 'asa-simulator'
    sim = None  # bound by Simulator.start

    def log_message(self, format, *args):  # pylint: disable=redefined-builtin
        """Quiet: the simulator's log is /_sim/requests."""

    def do_GET(self):
        self.serve('GET')

    def do_POST(self):
        self.serve('POST')

    def do_PUT(self):
        self.serve('PUT')

    def do_DELETE(self):
        self.serve('DELETE')

    def serve(self, method):
        length = int(self.headers.get('Content-Length') or 0)
        raw_body = self.rfile.read(length) if length else b''
        scheme = 'https' if isinstance(self.connection, ssl.SSLSocket) else 'http'
        base_url = '%s://127.0.0.1:%d' % (scheme, self.server.server_address[1])
        answer = self.sim.exchange(method, self.path, self.headers, raw_body, base_url)
        if answer == DROP:
            self.close_connection = True
            try:
                self.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            return
        status, headers, payload, content_type = answer
        self.send_response(status)
        if payload:
            self.send_header('Content-Type', content_type)
        self.send_header('Content-Length', str(len(payload)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        if payload:
            self.wfile.write(payload)


ROUTES = []


def _route(method, template, handler, roles):
    """Register a path template under /v1/teams/{team}/; '*' stands for one path segment."""
    pattern = re.compile('^%s$' % '/'.join('[^/]+' if p == '*' else re.escape(p) for p in template.split('/')))
    ROUTES.append((method, pattern, handler, roles))


_route('GET', 'service_users', Exchange.su_list, ADMIN)
_route('POST', 'service_users', Exchange.su_create, ADMIN)
_route('GET', 'service_users/*', Exchange.su_fetch, ADMIN)
_route('PUT', 'service_users/*', Exchange.su_update, ADMIN)
_route('GET', 'service_users/*/keys', Exchange.keys_list, ADMIN)
_route('POST', 'service_users/*/keys', Exchange.keys_rotate, ADMIN)
_route('DELETE', 'service_users/*/keys/*', Exchange.keys_delete, ADMIN)
_route('GET', 'users', Exchange.users_list, READ_ROLES)
_route('GET', 'users/*', Exchange.user_fetch, READ_ROLES)
_route('GET', 'users/*/groups', Exchange.user_groups, READ_ROLES)
_route('PUT', 'users/*', Exchange.user_update, ADMIN)
_route('GET', 'users/*/attributes', Exchange.attributes_list, READ_ROLES)
_route('GET', 'users/*/attributes/*', Exchange.attribute_fetch, READ_ROLES)
_route('PUT', 'users/*/attributes/*', Exchange.attribute_update, ADMIN)
_route('GET', 'groups/*/attributes', Exchange.attributes_list, READ_ROLES)
_route('GET', 'groups/*/attributes/*', Exchange.attribute_fetch, READ_ROLES)
_route('PUT', 'groups/*/attributes/*', Exchange.attribute_update, ADMIN)
_route('GET', 'current_user', Exchange.current_user, ANY_ROLE)
_route('GET', 'settings', Exchange.settings_fetch, ('access_admin', 'access_user'))
_route('PUT', 'settings', Exchange.settings_update, ADMIN)
_route('GET', 'team_stats', Exchange.team_stats, ADMIN)
_route('GET', 'projects', Exchange.projects_list, READ_ROLES)
_route('POST', 'projects', Exchange.project_create, ADMIN)
_route('GET', 'projects/*', Exchange.project_fetch, READ_ROLES)
_route('PUT', 'projects/*', Exchange.project_update, ADMIN)
_route('DELETE', 'projects/*', Exchange.project_delete, ADMIN)
_route('GET', 'projects/*/server_users', Exchange.server_users, READ_ROLES)
_route('GET', 'projects/*/cloud_accounts', Exchange.cloud_list, ('access_user', 'access_admin'))
_route('POST', 'projects/*/cloud_accounts', Exchange.cloud_create, ADMIN)
_route('DELETE', 'projects/*/cloud_accounts/*', Exchange.cloud_delete, ADMIN)
_route('GET', 'projects/*/preauthorizations', Exchange.preauth_list, ADMIN)
_route('GET', 'projects/*/preauthorizations/*', Exchange.preauth_fetch, ADMIN)
_route('POST', 'projects/*/preauthorizations', Exchange.preauth_create, ADMIN)
_route('PUT', 'projects/*/preauthorizations/*', Exchange.preauth_update, ADMIN)
_route('GET', 'auditsV2', Exchange.audits, READ_ROLES)
_route('GET', 'gateways', Exchange.gateways_list, READ_ROLES)
_route('GET', 'gateway_setup_tokens', Exchange.gst_list, ADMIN)
_route('POST', 'gateway_setup_tokens', Exchange.gst_create, ADMIN)
_route('GET', 'gateway_setup_tokens/*', Exchange.gst_fetch, ADMIN)
_route('GET', 'gateway_setup_tokens/*/token', Exchange.gst_token, ADMIN)
_route('DELETE', 'gateway_setup_tokens/*', Exchange.gst_delete, ADMIN)
_route('GET', 'projects/*/client_config_options', Exchange.cco_list, ('access_user', 'access_admin'))
_route('POST', 'projects/*/client_config_options', Exchange.cco_create, ADMIN)
_route('DELETE', 'projects/*/client_config_options/*', Exchange.cco_delete, ADMIN)
_route('GET', 'projects/*/groups', Exchange.pg_list, READ_ROLES)
_route('POST', 'projects/*/groups', Exchange.pg_create, ADMIN)
_route('GET', 'projects/*/groups/*', Exchange.pg_fetch, READ_ROLES)
_route('PUT', 'projects/*/groups/*', Exchange.pg_update, ADMIN)
_route('DELETE', 'projects/*/groups/*', Exchange.pg_delete, ADMIN)
_route('GET', 'projects/*/server_enrollment_tokens', Exchange.et_list, ('access_user', 'access_admin'))
_route('POST', 'projects/*/server_enrollment_tokens', Exchange.et_create, ('access_user', 'access_admin'))
_route('GET', 'projects/*/server_enrollment_tokens/*', Exchange.et_fetch, ('access_user', 'access_admin'))
_route('DELETE', 'projects/*/server_enrollment_tokens/*', Exchange.et_delete, ADMIN)
_route('GET', 'projects/*/servers', Exchange.project_servers, ('access_admin', 'access_user'))
_route('POST', 'projects/*/servers', Exchange.server_create, ADMIN)
_route('GET', 'projects/*/servers/*', Exchange.project_server_fetch, ('access_admin', 'access_user'))
_route('PUT', 'projects/*/servers/*', Exchange.server_update, ADMIN)
_route('DELETE', 'projects/*/servers/*', Exchange.server_delete, ADMIN)
_route('GET', 'groups', Exchange.groups_list, READ_ROLES)
_route('POST', 'groups', Exchange.group_create, ADMIN)
_route('GET', 'groups/*', Exchange.group_fetch, READ_ROLES)
_route('PUT', 'groups/*', Exchange.group_update, ADMIN)
_route('DELETE', 'groups/*', Exchange.group_delete, ADMIN)
_route('GET', 'groups/*/users', Exchange.members_list, READ_ROLES)
_route('POST', 'groups/*/users', Exchange.member_add, ADMIN)
_route('DELETE', 'groups/*/users/*', Exchange.member_delete, ADMIN)
_route('GET', 'projects/*/servers/*/services', Exchange.svc_list_server, READ_ROLES)
_route('POST', 'projects/*/servers/*/services', Exchange.svc_create, ADMIN)
_route('DELETE', 'projects/*/servers/*/services/*', Exchange.svc_delete_server, ADMIN)
_route('GET', 'servers', Exchange.team_servers, READ_ROLES)
_route('GET', 'services', Exchange.svc_list_team, READ_ROLES)
_route('GET', 'entitlements/sudo', Exchange.ent_list, ADMIN)
_route('POST', 'entitlements/sudo', Exchange.ent_create, ADMIN)
_route('PUT', 'entitlements/sudo/*', Exchange.ent_update, ADMIN)
_route('DELETE', 'entitlements/sudo/*', Exchange.ent_delete, ADMIN)
_route('GET', 'clients', Exchange.clients_list, READ_ROLES)
_route('GET', 'clients/*', Exchange.client_fetch, READ_ROLES)
_route('PUT', 'clients/*', Exchange.client_update, ADMIN)
_route('DELETE', 'clients/*', Exchange.client_delete, ADMIN)


def main(argv=None):
    parser = argparse.ArgumentParser(description='Okta ASA API simulator (127.0.0.1 only).')
    parser.add_argument('--port', type=int, default=0, help='port to listen on (0: any free port)')
    parser.add_argument('--team', default='acme')
    parser.add_argument('--admin-key-id', default='6052868b-1b04-4a14-8288-e6496d7f2f4b')
    parser.add_argument('--admin-key-secret', default=None,
                        help='secret of the seeded admin key (default: $ASA_SIM_KEY_SECRET or a fixed test value)')
    parser.add_argument('--token-ttl', type=float, default=3600.0, help='bearer token lifetime in seconds')
    parser.add_argument('--rate-limit', type=int, default=10000, help='requests per hour per service user')
    parser.add_argument('--servers', type=int, default=0, help='generate N servers (scale tests)')
    parser.add_argument('--projects', type=int, default=1, help='spread generated servers over P projects')
    parser.add_argument('--no-default-seed', action='store_true', help='start without the small default team')
    parser.add_argument('--tls-cert', help='also serve HTTPS with this certificate (PEM), on another port')
    parser.add_argument('--tls-key', help='private key for --tls-cert (PEM)')
    parser.add_argument('--port-file', help='also write the port to this file once listening')
    parser.add_argument('--fault-429-every', type=int, default=0, help='answer every Nth API request with 429')
    parser.add_argument('--fault-reset-seconds', type=float, default=2, help='how far ahead a fault 429 resets')
    parser.add_argument('--fault-retry-after', type=float, default=None,
                        help='also send Retry-After (seconds, may be fractional) with a fault 429')
    parser.add_argument('--fault-503-rate', type=float, default=0, help='share of API requests answered 503')
    parser.add_argument('--fault-drop-rate', type=float, default=0, help='share of API requests dropped unanswered')
    parser.add_argument('--fault-seed', type=int, default=1, help='seed of the fault sequence')
    args = parser.parse_args(argv)
    secret = args.admin_key_secret or os.environ.get('ASA_SIM_KEY_SECRET') or 'simulator-admin-secret'
    sim = Simulator(team=args.team, admin_key_id=args.admin_key_id, admin_key_secret=secret,
                    token_ttl=args.token_ttl, rate_limit=args.rate_limit)
    if not args.no_default_seed:
        sim.seed_default()
    if args.servers:
        sim.seed_scale(args.servers, args.projects)
    sim.faults = {'rate_limit_every': args.fault_429_every, 'reset_seconds': args.fault_reset_seconds,
                  'retry_after': args.fault_retry_after,
                  'error_503_rate': args.fault_503_rate, 'drop_rate': args.fault_drop_rate}
    sim.rng = random.Random(args.fault_seed)
    sim.start(port=args.port)
    tls_url = sim.start_tls(args.tls_cert, args.tls_key) if args.tls_cert else None
    if args.port_file:
        with open(args.port_file + '.tmp', 'w') as handle:
            handle.write('%d %s\n' % (sim.port, tls_url or ''))
        os.rename(args.port_file + '.tmp', args.port_file)
    print(json.dumps({'port': sim.port, 'url': sim.url, 'tls_url': tls_url, 'team': args.team}), flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        sim.stop()
    return 0


if __name__ == '__main__':
    sys.exit(main())
