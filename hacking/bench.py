"""Benchmark: requests and wall time of the inventory and of module tasks against the simulator.

Run with `make bench` (it sets up the venv and the collection tree). Prints a table; not part of the tests.
"""

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

import requests

RUNS = 5
SERVERS, PROJECTS, SERVICES, TASKS = 10000, 50, 2000, 50


def sim_log_mark(sim):
    return requests.get(sim + '/_sim/requests', params={'since': 10 ** 9}).json()['last']


def sim_requests_since(sim, mark):
    return requests.get(sim + '/_sim/requests', params={'since': mark}).json()['requests']


def measure(sim, action, runs=RUNS):
    """(requests of one run, median seconds) of ``action`` over ``runs`` runs."""
    times, counts = [], []
    for dummy in range(runs):
        mark = sim_log_mark(sim)
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
        counts.append(len(sim_requests_since(sim, mark)))
    assert len(set(counts)) == 1, 'request counts differ between runs: %s' % counts
    return counts[0], statistics.median(times)


def floor(sim, env):
    """What a careful hand-written client needs: one token, then every page of servers and of services."""
    session = requests.Session()
    base = sim + '/v1/teams/' + env['ASA_TEAM'] + '/'
    token = session.post(base + 'service_token', json={'key_id': env['ASA_KEY_ID'],
                                                       'key_secret': env['ASA_KEY_SECRET']}).json()['bearer_token']
    headers = {'Authorization': 'Bearer ' + token}
    items = 0
    for path, params in (('servers', {'state': 'ACTIVE', 'count': 100}), ('services', {'count': 100})):
        answer = session.get(base + path, params=params, headers=headers)
        items += len(answer.json()['list'])
        while 'next' in answer.links:
            answer = session.get(answer.links['next']['url'], headers=headers)
            items += len(answer.json()['list'])
    assert items == SERVERS + SERVICES, items


def plugin_in_process(source, collections):
    """The inventory plugin's own cost: parse the source in this process (no CLI start-up)."""
    from ansible.inventory.manager import InventoryManager
    from ansible.parsing.dataloader import DataLoader
    from ansible.plugins.loader import init_plugin_loader
    init_plugin_loader([collections])

    def run():
        inventory = InventoryManager(loader=DataLoader(), sources=[source])
        assert len(inventory.hosts) == SERVERS, len(inventory.hosts)
    return run


def main():
    sim, collections = os.environ['SIM_URL'], os.environ['ANSIBLE_COLLECTIONS_PATH']
    env = dict(os.environ)
    workdir = tempfile.mkdtemp(prefix='okta-asa-bench-')
    cache_dir = os.path.join(workdir, 'cache')
    source = os.path.join(workdir, 'bench.asa.yml')
    cached = os.path.join(workdir, 'cached.asa.yml')
    with open(source, 'w') as handle:
        handle.write('plugin: okta.asa.asa\n')
    with open(cached, 'w') as handle:
        handle.write('plugin: okta.asa.asa\ncache: true\ncache_plugin: ansible.builtin.jsonfile\n'
                     'cache_connection: %s\ncache_timeout: 3600\n' % cache_dir)

    # Service users and services to join: SERVICES services over the first servers.
    admin = requests.Session()
    token = admin.post(sim + '/v1/teams/acme/service_token',
                       json={'key_id': env['ASA_KEY_ID'], 'key_secret': env['ASA_KEY_SECRET']}).json()
    admin.headers['Authorization'] = 'Bearer ' + token['bearer_token']
    for i in range(TASKS):
        admin.post(sim + '/v1/teams/acme/service_users', json={'name': 'bench-%02d' % i})
    servers = [s['id'] for s in admin.get(sim + '/v1/teams/acme/servers', params={'count': 100}).json()['list']]
    requests.post(sim + '/_sim/seed', json={'services': [
        {'server_id': servers[i % len(servers)], 'service_user': 'bench-%02d' % (i % TASKS), 'server_uid': 9000 + i}
        for i in range(SERVICES)]})

    def cli(path):
        return lambda: subprocess.run(['ansible-inventory', '-i', path, '--list', '--output', os.devnull],
                                      check=True, env=env, stdout=subprocess.DEVNULL)

    rows = []
    floor_requests, floor_time = measure(sim, lambda: floor(sim, env))
    rows.append(('floor: plain requests loop (token + pages)', floor_requests, floor_time))
    rows.append(('inventory plugin, cold (parse in-process)',) + measure(sim, plugin_in_process(source, collections)))
    rows.append(('ansible-inventory --list, cold (CLI start-up included)',) + measure(sim, cli(source), runs=3))
    cli(cached)()  # fill the cache
    rows.append(('ansible-inventory --list, from cache',) + measure(sim, cli(cached), runs=3))

    playbook = os.path.join(workdir, 'tasks.yml')
    play = [{'name': 'Module tasks', 'hosts': 'localhost', 'connection': 'local', 'gather_facts': False,
             'vars': {'ansible_python_interpreter': sys.executable}, 'tasks': [
                 {'name': 'Get one token (pattern only)', 'when': 'one_token | bool', 'no_log': True,
                  'ansible.builtin.set_fact': {'run_token': "{{ lookup('okta.asa.asa_token') }}"}},
                 {'name': 'Unchanged service users', 'loop': '{{ range(%d) | list }}' % TASKS,
                  'okta.asa.asa_service_user': {'name': "bench-{{ '%02d' | format(item) }}",
                                                'bearer_token': "{{ run_token | default(omit) }}"}}]}]
    with open(playbook, 'w') as handle:
        json.dump(play, handle)

    def tasks(one_token):
        return lambda: subprocess.run(['ansible-playbook', '-i', 'localhost,', playbook, '-e', 'one_token=%s' % one_token],
                                      check=True, env=env, stdout=subprocess.DEVNULL)
    rows.append(('%d module tasks, key pair in each task' % TASKS,) + measure(sim, tasks(False), runs=3))
    rows.append(('%d module tasks, one-token pattern' % TASKS,) + measure(sim, tasks(True), runs=3))

    print('\n%d servers in %d projects, %d services; median of %d runs (3 for CLI and playbooks)\n'
          % (SERVERS, PROJECTS, SERVICES, RUNS))
    print('| scenario | requests | median wall time | vs floor |')
    print('| --- | ---: | ---: | ---: |')
    for name, count, seconds in rows:
        ratio = '%.2fx' % (seconds / floor_time) if 'inventory' in name or 'floor' in name else ''
        print('| %s | %d | %.2f s | %s |' % (name, count, seconds, ratio))


if __name__ == '__main__':
    main()
