# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
name: asa
short_description: Okta ASA servers as an Ansible inventory
version_added: 0.1.0
author:
  - okta.asa maintainers (@okta-asa)
description:
  - One host per server enrolled in an Okta Advanced Server Access (ASA) team; servers ASA has deleted are left out.
  - Every host is in the group C(asa_<project>) (the project name with every character other than letters, digits
    and C(_) replaced by C(_)), and has the host variables C(asa_id), C(asa_project), C(asa_hostname),
    C(asa_canonical_name), C(asa_alt_names), C(asa_bastion), C(asa_os), C(asa_os_type), C(asa_labels), C(asa_state),
    C(asa_access_address), C(asa_cloud_provider), C(asa_instance_details) (what the cloud provider reports, such as
    the region and instance id; V({}) when none) and, with O(include_services), C(asa_services). All can be used
    in C(compose), C(groups) and C(keyed_groups).
  - "Requests: one token, one C(GET) per page of 100 servers (per project when O(projects) is set, fetched in
    parallel), and one C(GET) per page of 100 services for the whole team, fetched in parallel with the servers.
    A cache hit makes no request at all. The token is never cached."
  - Two servers named alike (the same host name in two projects) never make one host, and two projects whose
    group names are alike never one group; see O(duplicate_names).
  - "A server never becomes a host whose name Ansible reserves or gives another meaning (C(all), C(ungrouped),
    C(localhost), a loopback address), a name starting with C(-) or holding white space, C(%), C({) or C(}), nor a
    host another inventory source already has (its address or ProxyCommand would replace that host's); such a server
    is left out with an error naming it, or the inventory fails with O(duplicate_names=fail)."
  - "Every host variable that comes from ASA (labels, names, addresses, instance details, services) is marked unsafe:
    what a server reports about itself is data, and Ansible never evaluates it as a template, in C(compose),
    C(keyed_groups) or a play."
  - The inventory file name must end in C(asa.yml) or C(asa.yaml); a file that names this plugin under another name
    gets a warning saying so. An option this plugin does not have (a typo) fails the inventory, naming it.
  - Ansible turns a failing inventory source into a warning that names the reason. To make a failure (bad
    credentials, missing permission) stop the run, set C(unparsed_is_failed = true) in the C([inventory]) section
    of C(ansible.cfg), or E(ANSIBLE_INVENTORY_UNPARSED_FAILED=true).
extends_documentation_fragment:
  - okta.asa.connection
  - okta.asa.connection.plugins
  - ansible.builtin.constructed
  - ansible.builtin.inventory_cache
options:
  plugin:
    description: The name of this plugin; makes the file an okta.asa inventory source.
    type: str
    required: true
    choices: [okta.asa.asa]
  projects:
    description: Only servers of these projects (each is fetched in parallel). Default, all projects.
    type: list
    elements: str
    default: []
  state:
    description: Only servers in this state; V(all) for every state.
    type: str
    choices: [ACTIVE, INACTIVE, all]
    default: ACTIVE
  selector:
    description: Only servers whose labels match this selector, in Kubernetes label selector syntax (C(role=web,env!=dev)).
    type: str
  hostnames:
    description:
      - The server fields to name hosts by, in order of preference; the first one set on a server is used.
      - Any server field, such as V(canonical_name), V(hostname), V(access_address) or V(id).
    type: list
    elements: str
    default: [canonical_name, hostname]
  include_services:
    description: Add C(asa_services), the services (service user, server UID, id) of each server.
    type: bool
    default: true
  include_gateways:
    description:
      - Add each gateway of the team as a host (named by the gateway's name) in the group C(asa_gateways), with the
        host variables C(asa_id), C(asa_labels), C(asa_access_address) and C(asa_gateway) (V(true)), so that a play
        can target them (the C(okta.asa.gateway_agent) role, for one). One more C(GET) per page of 100 gateways,
        fetched beside the servers.
    type: bool
    default: false
  sft_proxy:
    description:
      - Reach every host through ASA. Each host gets C(ansible_ssh_common_args) with an SSH C(ProxyCommand) of
        C(sft proxycommand --team <team> <name>), where the name is the server's canonical name (else its host name),
        so that C(ansible) connects the way C(sft ssh) does.
      - The machine that runs Ansible needs the ASA client C(sft), enrolled in the team (C(sft enroll --team)) and
        logged in (C(sft login)); the user it logs in as is the ASA user's server user, so set C(ansible_user) to
        it (see the inventory guide).
      - Set O(hostnames) or C(compose) as usual; C(ansible_host) is not needed, sft resolves the name.
      - A server whose name (as it reports it) is no plain host name is left out, with an error, rather than put
        into the ProxyCommand.
    type: bool
    default: false
  sft_path:
    description: The ASA client command, for O(sft_proxy). A path if it is not on the C(PATH).
    type: str
    default: sft
  duplicate_names:
    description:
      - What to do when two servers would get the same host name (the same canonical name in two projects, say),
        two projects the same group (V(web-1) and V(web_1) both make C(asa_web_1)), or a server a name that is
        reserved or held by another inventory source.
      - Such servers never become one host, and such projects never one group, since either would give a host
        another server's address or project. V(skip) leaves all of them out with an error message naming them;
        V(fail) fails the inventory.
      - To keep them, make the names unique with O(hostnames), for example V([id]).
    type: str
    choices: [skip, fail]
    default: skip
  max_workers:
    description: How many lists to fetch at the same time.
    type: int
    default: 4
'''

EXAMPLES = r'''
# prod.asa.yml: every active server of the team, grouped by project
plugin: okta.asa.asa
team: acme

# web.asa.yml: two projects, connect by IP, group by a label, cache for an hour
plugin: okta.asa.asa
team: acme
projects: [web, web-staging]
selector: env=prod
hostnames: [access_address, canonical_name, hostname]
keyed_groups:
  - key: asa_labels.role | default('none')
    prefix: role
compose:
  ansible_host: asa_access_address
cache: true
cache_plugin: ansible.builtin.jsonfile
cache_connection: ~/.cache/ansible-asa-inventory
cache_timeout: 3600

# via-asa.asa.yml: connect to every server through ASA (sft proxycommand), grouped by cloud region
plugin: okta.asa.asa
team: acme
sft_proxy: true
keyed_groups:
  - key: asa_instance_details.region | default('none')
    prefix: region
'''

import difflib
import hashlib
import ipaddress
import json
import re
from concurrent.futures import ThreadPoolExecutor

from ansible.errors import AnsibleError
from ansible.plugins.inventory import BaseInventoryPlugin, Cacheable, Constructable
from ansible.utils.unsafe_proxy import wrap_var

from ansible_collections.okta.asa.plugins.module_utils._client import AsaApiError
from ansible_collections.okta.asa.plugins.module_utils._connection import new_client, plugin_connection, transport_warning
from ansible_collections.okta.asa.plugins.module_utils._kinds.gateway import Gateway
from ansible_collections.okta.asa.plugins.module_utils._kinds.server import Server
from ansible_collections.okta.asa.plugins.module_utils._kinds.service import Service


def group_name(project):
    """The group of a project: asa_ and the name with anything but letters, digits and _ made _."""
    return 'asa_' + re.sub(r'[^A-Za-z0-9_]', '_', project or 'none')


def host_name(server, preferences):
    """The first of the preferred fields that the server has set."""
    for field in preferences:
        value = server.get(field)
        if value not in (None, ''):
            return str(value)
    return None


def services_by_server(services):
    by_server = {}
    for svc in services:
        by_server.setdefault(svc.get('server_id'), []).append(
            {'service_user_name': svc.get('service_user_name'), 'server_uid': svc.get('server_uid'), 'id': svc.get('id')})
    return by_server


def host_vars(server):
    return {
        'asa_id': server.get('id'),
        'asa_project': server.get('project_name'),
        'asa_hostname': server.get('hostname'),
        'asa_canonical_name': server.get('canonical_name'),
        'asa_alt_names': server.get('alt_names') or [],
        'asa_bastion': server.get('bastion'),
        'asa_os': server.get('os'),
        'asa_os_type': server.get('os_type'),
        'asa_labels': server.get('labels') or {},
        'asa_state': server.get('state'),
        'asa_access_address': server.get('access_address'),
        'asa_cloud_provider': server.get('cloud_provider'),
        'asa_instance_details': server.get('instance_details') or {},
    }


SAFE_NAME_RE = re.compile(r'^[A-Za-z0-9][A-Za-z0-9._-]{0,252}$')
# Names that mean something to Ansible already: a server calling itself so must not become that host.
RESERVED_NAMES = ('all', 'ungrouped', 'localhost', 'localhost.localdomain', 'localhost6', 'localhost6.localdomain6')
UNSAFE_NAME_RE = re.compile(r'[{}\s%]|^-')  # templates, white space, and what ssh would read as an option


def name_problem(name):
    """Why a server's host name cannot be a host of this inventory, or None."""
    if name.lower() in RESERVED_NAMES:
        return 'the name %r is one Ansible reserves' % name
    try:
        if ipaddress.ip_address(name.strip('[]')).is_loopback:
            return 'the name %r is a loopback address (this machine)' % name
    except ValueError:
        pass
    if UNSAFE_NAME_RE.search(name):
        return 'the name %r starts with "-" or holds white space, "%%", "{" or "}"' % name
    return None


def sft_proxy_args(server, sft_path, team):
    """SSH arguments that reach the server through ASA: sft proxycommand, for the team, to the server's ASA name;
    None when that name, which the server reports itself, is no plain host name (it would go into a command)."""
    name = server.get('canonical_name') or server.get('hostname') or ''
    if not SAFE_NAME_RE.fullmatch(name):  # fullmatch: "$" would let a trailing newline through
        return None
    return '-o ProxyCommand="%s proxycommand --team %s %s"' % (sft_path, team, name)


class InventoryModule(BaseInventoryPlugin, Constructable, Cacheable):
    NAME = 'okta.asa.asa'

    def verify_file(self, path):
        if not super(InventoryModule, self).verify_file(path):
            return False
        if path.endswith(('asa.yml', 'asa.yaml')):
            return True
        if path.endswith(('.yml', '.yaml')):
            try:
                with open(path) as handle:
                    declares = re.search(r'^plugin:\s*[\'"]?okta\.asa\.asa[\'"]?\s*$', handle.read(4096), re.M)
            except (IOError, OSError, UnicodeDecodeError):
                declares = None
            if declares:
                self.display.warning('%s says plugin: okta.asa.asa, but an okta.asa.asa inventory file\'s name must '
                                     'end in asa.yml or asa.yaml (such as prod.asa.yml): rename it' % path)
        return False

    def parse(self, inventory, loader, path, cache=True):
        super(InventoryModule, self).parse(inventory, loader, path, cache)
        config = self._read_config_data(path)
        self.refuse_unknown_options(path, config)
        key = '%s_%s' % (self.get_cache_key(path), self._query_digest())
        use_cache = self.get_option('cache') and cache
        data = None
        if use_cache:
            try:
                data = self._cache[key]
            except KeyError:
                data = None
        if data is None:
            data = self.fetch()
            if self.get_option('cache'):
                self._cache[key] = data
        self.populate(data)

    def refuse_unknown_options(self, path, config):
        """Fail on an option this plugin does not have (a typo such as keyed_group would be ignored)."""
        known = set(self._options) | {'plugin'}
        unknown = sorted(set(config or {}) - known)
        if unknown:
            hints = ['%s (did you mean %s?)' % (name, ' or '.join(difflib.get_close_matches(name, sorted(known), 2)))
                     if difflib.get_close_matches(name, sorted(known), 2) else name for name in unknown]
            raise AnsibleError('okta.asa.asa inventory %s: unknown option %s; see ansible-doc -t inventory okta.asa.asa'
                               % (path, ', '.join(hints)))

    def _query_digest(self):
        """What decides the answer (never a credential): part of the cache key."""
        query = [self.get_option(o) for o in ('team', 'api_url', 'projects', 'state', 'selector', 'include_services',
                                              'include_gateways')]
        return hashlib.sha256(json.dumps(query, sort_keys=True).encode()).hexdigest()[:16]

    def fetch(self):
        options, problem = plugin_connection(self.get_option)
        if problem:
            raise AnsibleError('okta.asa.asa inventory: %s' % problem)
        warning = transport_warning(options)
        if warning:
            self.display.warning('okta.asa.asa inventory: %s' % warning)
        client = new_client(options)
        state = self.get_option('state')
        query = {'state': None if state == 'all' else state, 'selector': self.get_option('selector')}
        projects = self.get_option('projects') or [None]
        try:
            client.token()  # one token, before the workers share it
            workers = max(1, min(self.get_option('max_workers'), len(projects) + 1))
            with ThreadPoolExecutor(max_workers=workers) as pool:
                services = pool.submit(client.list, Service.path(client, Service.team_path)) if self.get_option('include_services') else None
                gateways = pool.submit(client.list, Gateway.path(client, Gateway.list_path)) if self.get_option('include_gateways') else None
                server_lists = [pool.submit(client.list, Server.path(client, Server.team_path), dict(query, project_name=project))
                                for project in projects]
                servers = [server for future in server_lists for server in future.result()]
                return {'servers': servers, 'services': services.result() if services else [],
                        'gateways': gateways.result() if gateways else []}
        except AsaApiError as exc:
            raise AnsibleError('okta.asa.asa inventory could not list the servers of team %r: %s' % (options['team'], exc))

    def populate(self, data):
        strict = self.get_option('strict')
        preferences = self.get_option('hostnames')
        services = services_by_server(data['services'])
        include_services = self.get_option('include_services')
        servers = []
        for server in data['servers']:
            if Server.gone(server):
                continue
            name = host_name(server, preferences)
            if name is None:
                self.display.warning('okta.asa.asa: server %s has none of the hostnames fields %s; it is left out'
                                     % (server.get('id'), ', '.join(preferences)))
                continue
            servers.append((name, server))
        for gateway in data.get('gateways') or []:
            servers.append((gateway.get('name') or '', dict(gateway, _gateway=True, project_name=None)))
        for name, server in self.without_clashes(servers):
            if server.get('_gateway'):
                self.add_gateway(name, server)
                continue
            variables = wrap_var(host_vars(server))  # what a server reports is data, never a template
            if self.get_option('sft_proxy'):
                proxy = sft_proxy_args(server, self.get_option('sft_path'), self.get_option('team'))
                if proxy is None:
                    self.display.error('okta.asa.asa: server %s reports the name %r, which is no plain host name; it '
                                       'is left out of the inventory rather than put into an SSH ProxyCommand'
                                       % (server.get('id'), server.get('canonical_name') or server.get('hostname')))
                    continue
                variables['ansible_ssh_common_args'] = proxy
            group = self.inventory.add_group(group_name(server.get('project_name')))
            self.inventory.add_host(name, group=group)
            if include_services:
                variables['asa_services'] = wrap_var(services.get(server.get('id'), []))
            for var, value in variables.items():
                self.inventory.set_variable(name, var, value)
            self._set_composite_vars(self.get_option('compose'), variables, name, strict=strict)
            self._add_host_to_composed_groups(self.get_option('groups'), variables, name, strict=strict)
            self._add_host_to_keyed_groups(self.get_option('keyed_groups'), variables, name, strict=strict)

    def add_gateway(self, name, gateway):
        """A gateway as a host of the group asa_gateways; every value from ASA unsafe."""
        group = self.inventory.add_group('asa_gateways')
        self.inventory.add_host(name, group=group)
        variables = wrap_var({'asa_id': gateway.get('id'), 'asa_labels': gateway.get('labels') or {},
                              'asa_access_address': gateway.get('access_address')})
        variables['asa_gateway'] = True
        for var, value in variables.items():
            self.inventory.set_variable(name, var, value)

    def without_clashes(self, servers):
        """The (name, server) pairs that are safe to add: two servers never become one host, two projects never
        one group. The servers of a clash are left out with an error (or the inventory fails, with
        O(duplicate_names=fail)), since any choice between them could give one server's host another's address."""
        by_name, by_group = {}, {}
        problems, left_out = [], set()
        for name, server in servers:
            by_name.setdefault(name, []).append(server)
            if not server.get('_gateway'):
                by_group.setdefault(group_name(server.get('project_name')), set()).add(server.get('project_name'))
            problem = name_problem(name)
            if problem is None and name in self.inventory.hosts:
                problem = 'the name %r is a host of another inventory source' % name
            if problem:
                problems.append('server %s (project %s): %s' % (server.get('id'), server.get('project_name'), problem))
                left_out.add(id(server))
        for name, clash in sorted(by_name.items()):
            if len(clash) > 1:
                problems.append('servers %s are all named %r' % (', '.join(
                    '%s (project %s)' % (s.get('id'), s.get('project_name')) for s in clash), name))
                left_out.update(id(s) for s in clash)
        for group, projects in sorted(by_group.items()):
            if len(projects) > 1:
                projects = sorted(projects, key=str)
                problems.append('projects %s all make the group %s' % (', '.join(repr(p) for p in projects), group))
                left_out.update(id(s) for n, s in servers if s.get('project_name') in projects)
        if problems:
            message = ('okta.asa.asa: %s. Those servers are left out; set hostnames (for example [id], or '
                       '[canonical_name, id]) or rename the servers or projects to tell them apart'
                       % '; '.join(problems))
            if self.get_option('duplicate_names') == 'fail':
                raise AnsibleError(message)
            self.display.error(message)
        return [(n, s) for n, s in servers if id(s) not in left_out]
