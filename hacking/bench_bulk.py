"""Benchmark of issue 13: the reference workload three ways, and bulk entitlements at scale.

`make bench` runs it against a fresh simulator per scenario: ``bench_bulk.py reference <uri|singular|bulk>`` and
``bench_bulk.py scale <count>`` each add rows to ROWS_FILE (cold run, then the unchanged rerun); ``bench_bulk.py
table`` prints them. Not part of the tests.
"""

import json
import os
import subprocess
import sys
import time

import requests

HERE = os.path.dirname(os.path.abspath(__file__))
USERS, ENTITLEMENTS, SERVICES, CLIENTS = 20, 20, 20, 5
WEB1 = '5a3af768-063f-4a12-a056-8ef24e555556'  # a server of the simulator's default seed, in project web
TARGETS = {'reference rerun requests (bulk)': 30, 'reference rerun time vs uri (bulk)': 0.7,
           '1000 entitlements rerun requests': 11}


def reference_vars():
    users = ['ref-bot-%02d' % i for i in range(USERS)]
    clients = ['00000000-0000-4000-8000-%012d' % i for i in range(CLIENTS)]
    return {
        'users': users,
        'user_config': [{'name': name} for name in users],
        'entitlements': [{'name': 'ref-ent-%02d' % i, 'description': 'entitlement %d' % i,
                          'structured_commands': [{'command': '/bin/systemctl', 'command_type': 'executable',
                                                   'args_type': 'custom', 'args': 'restart app-%d' % i}],
                          'opt_no_passwd': True} for i in range(ENTITLEMENTS)],
        'services': [{'project': 'web', 'server_id': WEB1, 'service_user': users[i], 'server_uid': str(9000 + i)}
                     for i in range(SERVICES)],
        'clients': clients,
    }


def requests_since(sim, mark):
    return requests.get(sim + '/_sim/requests', params={'since': mark}).json()['requests']


def mark(sim):
    return requests.get(sim + '/_sim/requests', params={'since': 10 ** 9}).json()['last']


def playbook(sim, path, extra):
    """(requests, seconds) of one ansible-playbook run."""
    with open(os.environ['BENCH_VARS'], 'w') as handle:
        json.dump(extra, handle)
    start_mark = mark(sim)
    start = time.perf_counter()
    subprocess.run(['ansible-playbook', '-i', 'localhost,', path, '-e', '@' + os.environ['BENCH_VARS'],
                    '-e', 'ansible_python_interpreter=' + sys.executable], check=True, stdout=subprocess.DEVNULL)
    seconds = time.perf_counter() - start
    return len(requests_since(sim, start_mark)), seconds


def add_rows(rows):
    with open(os.environ['ROWS_FILE'], 'a') as handle:
        for row in rows:
            handle.write(json.dumps(row) + '\n')


def reference(sim, variant):
    requests.post(sim + '/_sim/seed', json={'clients': [{'id': cid, 'hostname': 'laptop-%d' % i}
                                                        for i, cid in enumerate(reference_vars()['clients'])]})
    path = os.path.join(HERE, 'bench', variant + '.yml')
    cold = playbook(sim, path, reference_vars())
    rerun = playbook(sim, path, reference_vars())
    add_rows([{'scenario': 'reference, %s' % variant, 'cold': cold, 'rerun': rerun}])


def scale(sim, count):
    config = [{'name': 'scale-%05d' % i, 'description': 'entitlement %d' % i, 'opt_no_passwd': True}
              for i in range(count)]
    path = os.path.join(HERE, 'bench', 'scale.yml')
    cold = playbook(sim, path, {'scale_config': config})
    rerun = playbook(sim, path, {'scale_config': config})
    add_rows([{'scenario': '%d sudo entitlements, bulk' % count, 'cold': cold, 'rerun': rerun}])


def table():
    with open(os.environ['ROWS_FILE']) as handle:
        rows = [json.loads(line) for line in handle]
    uri = next(r for r in rows if r['scenario'] == 'reference, uri')
    print('\n| scenario | cold requests | cold time | rerun requests | rerun time | rerun time vs uri |')
    print('| --- | ---: | ---: | ---: | ---: | ---: |')
    for row in rows:
        ratio = '%.2fx' % (row['rerun'][1] / uri['rerun'][1]) if row['scenario'].startswith('reference') else ''
        values = (row['scenario'], row['cold'][0], row['cold'][1], row['rerun'][0], row['rerun'][1], ratio)
        print('| %s | %d | %.1f s | %d | %.1f s | %s |' % values)
    bulk = next(r for r in rows if r['scenario'] == 'reference, bulk')
    thousand = next((r for r in rows if r['scenario'].startswith('1000 ')), None)
    measured = {'reference rerun requests (bulk)': bulk['rerun'][0],
                'reference rerun time vs uri (bulk)': round(bulk['rerun'][1] / uri['rerun'][1], 3)}
    if thousand:
        measured['1000 entitlements rerun requests'] = thousand['rerun'][0]
    print('\n| target | measured | limit | met |')
    print('| --- | ---: | ---: | --- |')
    for name, value in measured.items():
        print('| %s | %s | %s | %s |' % (name, value, TARGETS[name], 'yes' if value <= TARGETS[name] else 'NO'))


def main():
    what = sys.argv[1]
    if what == 'table':
        table()
    elif what == 'reference':
        reference(os.environ['SIM_URL'], sys.argv[2])
    else:
        scale(os.environ['SIM_URL'], int(sys.argv[2]))


if __name__ == '__main__':
    main()
