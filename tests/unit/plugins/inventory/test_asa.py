# -*- coding: utf-8 -*-
# Copyright: okta.asa contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

"""Host names, group names and the services join of the okta.asa.asa inventory."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

import pytest

from ansible_collections.okta.asa.plugins.inventory.asa import InventoryModule, group_name, host_name, services_by_server

try:
    from ansible.template import trust_as_template  # ansible-core 2.19 and newer: a file's expressions are trusted
except ImportError:
    def trust_as_template(value):  # before 2.19 every string may be a template
        return value

SERVER = {'id': '0a49a1cf-c747-47a0-bb14-94b1edb9f3ee', 'hostname': 'harvard', 'canonical_name': None,
          'access_address': '10.0.0.1', 'project_name': 'the-sound-and-the-fury'}


@pytest.mark.parametrize('server, preferences, expected', [
    (SERVER, ['canonical_name', 'hostname'], 'harvard'),
    (dict(SERVER, canonical_name='harvard.example.com'), ['canonical_name', 'hostname'], 'harvard.example.com'),
    (dict(SERVER, canonical_name=''), ['canonical_name', 'hostname'], 'harvard'),
    (SERVER, ['access_address', 'hostname'], '10.0.0.1'),
    (SERVER, ['id'], '0a49a1cf-c747-47a0-bb14-94b1edb9f3ee'),
    (dict(SERVER, hostname=None), ['canonical_name', 'hostname'], None),
    (SERVER, ['no_such_field', 'hostname'], 'harvard'),
])
def test_host_name_takes_the_first_field_set(server, preferences, expected):
    assert host_name(server, preferences) == expected


@pytest.mark.parametrize('project, group', [
    ('web', 'asa_web'),
    ('the-sound-and-the-fury', 'asa_the_sound_and_the_fury'),
    ('Prod EU.1', 'asa_Prod_EU_1'),
    ('ünïcode', 'asa__n_code'),
    (None, 'asa_none'),
])
def test_group_names_are_safe(project, group):
    assert group_name(project) == group


def test_services_are_joined_by_server():
    services = [
        {'id': 's1', 'server_id': 'a', 'server_uid': '9001', 'service_user_id': 'u', 'service_user_name': 'bot'},
        {'id': 's2', 'server_id': 'b', 'server_uid': '9002', 'service_user_id': 'u', 'service_user_name': 'bot'},
        {'id': 's3', 'server_id': 'a', 'server_uid': '9003', 'service_user_id': 'v', 'service_user_name': 'ci'},
    ]
    joined = services_by_server(services)
    assert joined['a'] == [{'service_user_name': 'bot', 'server_uid': '9001', 'id': 's1'},
                           {'service_user_name': 'ci', 'server_uid': '9003', 'id': 's3'}]
    assert [s['id'] for s in joined['b']] == ['s2']


@pytest.mark.parametrize('path, accepted', [
    ('prod.asa.yml', True), ('asa.yaml', True), ('inventory/team-asa.yml', True),
    ('prod.yml', False), ('asa.yml.bak', False), ('prod.asa.json', False),
])
def test_verify_file_takes_only_asa_yaml(tmp_path, path, accepted):
    target = tmp_path / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text('plugin: okta.asa.asa\n')
    assert InventoryModule().verify_file(str(target)) is accepted


def populated(monkeypatch, servers, duplicate_names='skip'):
    from ansible.inventory.data import InventoryData

    plugin = InventoryModule()
    plugin.inventory = InventoryData()
    options = {'strict': False, 'hostnames': ['canonical_name', 'hostname'], 'include_services': True,
               'compose': {}, 'groups': {}, 'keyed_groups': [], 'duplicate_names': duplicate_names, 'sft_proxy': False}
    monkeypatch.setattr(plugin, 'get_option', options.get)
    errors = []
    monkeypatch.setattr(plugin.display, 'error', errors.append)
    plugin.populate({'servers': servers, 'services': []})
    return plugin.inventory, errors


def test_two_servers_with_one_name_never_become_one_host(monkeypatch):
    """A sandbox server named like a production one must not take over its address or project."""
    servers = [dict(SERVER, id='a1', project_name='web', access_address='10.0.0.1'),
               dict(SERVER, id='b2', project_name='sandbox', access_address='192.0.2.66'),
               dict(SERVER, id='c3', hostname='benjy', project_name='web')]
    inventory, errors = populated(monkeypatch, servers)
    assert sorted(inventory.hosts) == ['benjy']
    assert [h.name for h in inventory.groups['asa_web'].get_hosts()] == ['benjy']
    assert len(errors) == 1
    assert "a1 (project web), b2 (project sandbox) are all named 'harvard'" in errors[0] and 'hostnames' in errors[0]


def test_two_projects_with_one_group_name_never_share_a_group(monkeypatch):
    servers = [dict(SERVER, id='a1', hostname='h1', project_name='web-1'),
               dict(SERVER, id='b2', hostname='h2', project_name='web_1'),
               dict(SERVER, id='c3', hostname='h3', project_name='data')]
    inventory, errors = populated(monkeypatch, servers)
    assert sorted(inventory.hosts) == ['h3'] and 'asa_web_1' not in inventory.groups
    assert "projects 'web-1', 'web_1' all make the group asa_web_1" in errors[0]


def test_duplicate_names_fail_makes_the_inventory_fail(monkeypatch):
    from ansible.errors import AnsibleError

    servers = [dict(SERVER, id='a1', project_name='web'), dict(SERVER, id='b2', project_name='sandbox')]
    with pytest.raises(AnsibleError, match="all named 'harvard'"):
        populated(monkeypatch, servers, duplicate_names='fail')


def test_hostvars_from_the_server_and_the_sft_proxy(monkeypatch):
    from ansible.inventory.data import InventoryData

    plugin = InventoryModule()
    plugin.inventory = InventoryData()
    options = {'strict': False, 'hostnames': ['canonical_name', 'hostname'], 'include_services': False,
               'compose': {}, 'groups': {}, 'keyed_groups': [], 'duplicate_names': 'skip', 'sft_proxy': True,
               'sft_path': '/usr/local/bin/sft', 'team': 'acme'}
    monkeypatch.setattr(plugin, 'get_option', options.get)
    server = dict(SERVER, canonical_name='harvard.example.com', alt_names=['h1'], bastion='gate.example.com',
                  cloud_provider='aws', instance_details={'region': 'us-east-1', 'instance_id': 'i-0abc'})
    plugin.populate({'servers': [server, dict(SERVER, id='b2', hostname='benjy', canonical_name=None)],
                     'services': []})
    harvard = plugin.inventory.get_host('harvard.example.com').vars
    assert harvard['asa_canonical_name'] == 'harvard.example.com' and harvard['asa_alt_names'] == ['h1']
    assert harvard['asa_bastion'] == 'gate.example.com' and harvard['asa_cloud_provider'] == 'aws'
    assert harvard['asa_instance_details'] == {'region': 'us-east-1', 'instance_id': 'i-0abc'}
    assert harvard['ansible_ssh_common_args'] == ('-o ProxyCommand="/usr/local/bin/sft proxycommand --team acme '
                                                  'harvard.example.com"')
    benjy = plugin.inventory.get_host('benjy').vars
    assert benjy['ansible_ssh_common_args'].endswith('--team acme benjy"') and benjy['asa_instance_details'] == {}


@pytest.mark.parametrize('name', ['x" -o ProxyCommand="touch /tmp/pwned', 'web 1', '-oProxyCommand=x', "a'b", '', 'web-1\n', 'web-1\n-oProxyCommand=x'])
def test_a_spoofed_server_name_never_reaches_the_proxy_command(monkeypatch, name):
    from ansible.inventory.data import InventoryData

    plugin = InventoryModule()
    plugin.inventory = InventoryData()
    options = {'strict': False, 'hostnames': ['id'], 'include_services': False, 'compose': {}, 'groups': {},
               'keyed_groups': [], 'duplicate_names': 'skip', 'sft_proxy': True, 'sft_path': 'sft', 'team': 'acme'}
    monkeypatch.setattr(plugin, 'get_option', options.get)
    errors = []
    monkeypatch.setattr(plugin.display, 'error', errors.append)
    plugin.populate({'servers': [dict(SERVER, id='evil', canonical_name=name, hostname=name or None),
                                 dict(SERVER, id='good', canonical_name='web-1.example.com')], 'services': []})
    assert sorted(plugin.inventory.hosts) == ['good'] and 'asa_the_sound_and_the_fury' in plugin.inventory.groups
    assert len(errors) == 1 and 'evil' in errors[0] and 'no plain host name' in errors[0]


@pytest.mark.parametrize('name', ['all', 'ungrouped', 'localhost', 'LOCALHOST', '127.0.0.1', '127.8.9.1', '::1',
                                  '-oProxyCommand=x', 'web 1', '{{ 7 * 7 }}'])
def test_a_server_never_takes_a_name_ansible_reserves_or_would_read_as_more(monkeypatch, name):
    servers = [dict(SERVER, id='evil', canonical_name=name), dict(SERVER, id='good', hostname='benjy')]
    inventory, errors = populated(monkeypatch, servers)
    assert sorted(inventory.hosts) == ['benjy']
    assert len(errors) == 1 and 'server evil (project the-sound-and-the-fury)' in errors[0] and repr(name) in errors[0]


def test_a_server_never_takes_the_name_of_another_sources_host(monkeypatch):
    from ansible.errors import AnsibleError
    from ansible.inventory.data import InventoryData

    plugin = InventoryModule()
    plugin.inventory = InventoryData()
    plugin.inventory.add_host('bastion.example.com')
    plugin.inventory.set_variable('bastion.example.com', 'ansible_host', '10.9.9.9')
    options = {'strict': False, 'hostnames': ['canonical_name', 'hostname'], 'include_services': False,
               'compose': {}, 'groups': {}, 'keyed_groups': [], 'duplicate_names': 'skip', 'sft_proxy': True,
               'sft_path': 'sft', 'team': 'acme'}
    monkeypatch.setattr(plugin, 'get_option', options.get)
    errors = []
    monkeypatch.setattr(plugin.display, 'error', errors.append)
    plugin.populate({'servers': [dict(SERVER, id='twin', canonical_name='bastion.example.com')], 'services': []})
    host = plugin.inventory.get_host('bastion.example.com')
    assert 'ansible_ssh_common_args' not in host.vars and host.vars['ansible_host'] == '10.9.9.9'
    assert 'another inventory source' in errors[0]
    options['duplicate_names'] = 'fail'
    with pytest.raises(AnsibleError, match='another inventory source'):
        plugin.populate({'servers': [dict(SERVER, id='twin', canonical_name='bastion.example.com')], 'services': []})


def test_what_a_server_reports_is_never_templated(monkeypatch, tmp_path):
    """A label holding a template must stay text, in keyed_groups, compose and hostvars alike."""
    from ansible.inventory.data import InventoryData

    marker = tmp_path / 'ran'
    template = "{{ lookup('pipe', 'touch %s') }}" % marker
    plugin = InventoryModule()
    plugin.inventory = InventoryData()
    if not hasattr(plugin, 'templar'):  # parse() gives a plugin its templar before ansible-core 2.19
        from ansible.parsing.dataloader import DataLoader
        from ansible.template import Templar
        plugin.templar = Templar(loader=DataLoader())
    options = {'strict': False, 'hostnames': ['canonical_name', 'hostname'], 'include_services': True,
               'compose': {'asa_role': trust_as_template('asa_labels.role')}, 'groups': {},
               'keyed_groups': [{'key': trust_as_template('asa_labels.role'), 'prefix': 'role'},
                                {'key': trust_as_template('asa_os'), 'prefix': 'os'}],
               'duplicate_names': 'skip', 'sft_proxy': False}
    monkeypatch.setattr(plugin, 'get_option', options.get)
    plugin.populate({'servers': [dict(SERVER, labels={'role': template}, os=template)],
                     'services': [{'server_id': SERVER['id'], 'service_user_name': template, 'server_uid': '1'}]})
    assert not marker.exists()
    host = plugin.inventory.get_host('harvard')
    assert host.vars['asa_labels']['role'] == template and host.vars['asa_role'] == template


def inventory_file(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text)
    return str(path)


def test_an_unknown_option_fails_naming_the_likely_one(tmp_path):
    from ansible.errors import AnsibleError
    from ansible.inventory.data import InventoryData
    from ansible.parsing.dataloader import DataLoader

    from ansible.plugins.loader import inventory_loader

    plugin = inventory_loader.get('okta.asa.asa')  # loaded as Ansible loads it: with every documented option
    path = inventory_file(tmp_path, 'prod.asa.yml', 'plugin: okta.asa.asa\nteam: acme\nkeyed_group: []\n')
    with pytest.raises(AnsibleError, match=r'unknown option keyed_group \(did you mean keyed_groups\?\); see'):
        plugin.parse(InventoryData(), DataLoader(), path, cache=False)


def test_a_wrongly_named_file_says_what_the_name_must_be(tmp_path, monkeypatch):
    plugin = InventoryModule()
    warnings = []
    monkeypatch.setattr(plugin.display, 'warning', warnings.append)
    assert not plugin.verify_file(inventory_file(tmp_path, 'prod.yml', 'plugin: okta.asa.asa\nteam: acme\n'))
    assert len(warnings) == 1 and 'must end in asa.yml or asa.yaml' in warnings[0]
    assert not plugin.verify_file(inventory_file(tmp_path, 'other.yml', 'plugin: amazon.aws.aws_ec2\n'))
    assert len(warnings) == 1  # another plugin's file is none of this plugin's business


def test_gateways_are_hosts_of_their_own_group_with_unsafe_values(monkeypatch):
    from ansible.inventory.data import InventoryData
    from ansible.utils.unsafe_proxy import wrap_var

    plugin = InventoryModule()
    plugin.inventory = InventoryData()
    options = {'strict': False, 'hostnames': ['canonical_name', 'hostname'], 'include_services': False,
               'compose': {}, 'groups': {}, 'keyed_groups': [], 'duplicate_names': 'skip', 'sft_proxy': False}
    monkeypatch.setattr(plugin, 'get_option', options.get)
    errors = []
    monkeypatch.setattr(plugin.display, 'error', errors.append)
    gateways = [{'id': 'g1', 'name': 'gw-eu-1', 'labels': {'region': 'eu'}, 'access_address': '10.0.9.1'},
                {'id': 'g2', 'name': 'harvard', 'labels': None, 'access_address': None}]
    plugin.populate({'servers': [SERVER], 'services': [], 'gateways': gateways})
    assert [h.name for h in plugin.inventory.groups['asa_gateways'].get_hosts()] == ['gw-eu-1']
    gateway = plugin.inventory.get_host('gw-eu-1').vars
    assert gateway['asa_gateway'] is True and gateway['asa_labels'] == {'region': 'eu'}
    assert gateway['asa_access_address'] == '10.0.9.1' and gateway['asa_id'] == 'g1'
    # unsafe as the running core marks it: AnsibleUnsafeText before 2.19, a plain (untrusted) str since
    assert type(gateway['asa_labels']['region']) is type(wrap_var('eu'))
    assert "all named 'harvard'" in errors[0]  # a gateway never takes a server's host, nor the other way round
