"""The bulk modules' benchmark: the reference workload three ways, and bulk entitlements at scale.

`make bench` runs it against fresh simulators: ``bench_bulk.py reference SIMULATORS`` runs the three variants of the
reference workload, each against a simulator of its own, and ``bench_bulk.py scale <count>`` the bulk module at
scale; each adds rows to ROWS_FILE (the cold run, and an unchanged rerun made RERUNS times: its requests and median
time); ``bench_bulk.py table`` prints them. Not part of the tests.
"""

import json
import os
import statistics
import subprocess
import sys
import time

import requests

HERE = os.path.dirname(os.path.abspath(__file__))
USERS, ENTITLEMENTS, SERVICES, CLIENTS = 20, 20, 20, 5
WEB1 = '5a3af768-063f-4a12-a056-8ef24e555556'  # a server of the simulator's default seed, in project web
RERUNS = 3  # an unchanged rerun is timed this many times; the table shows the median
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


def run_playbook(sim, path, extra, env=None):
    """(the requests it made, seconds) of one ansible-playbook run against the simulator at sim."""
    with open(os.environ['BENCH_VARS'], 'w') as handle:
        json.dump(extra, handle)
    start_mark = mark(sim)
    start = time.perf_counter()
    subprocess.run(['ansible-playbook', '-i', 'localhost,', path, '-e', '@' + os.environ['BENCH_VARS'],
                    '-e', 'ansible_python_interpreter=' + sys.executable], check=True, stdout=subprocess.DEVNULL,
                   env=dict(os.environ, **(env or {})))
    seconds = time.perf_counter() - start
    return requests_since(sim, start_mark), seconds


def playbook(sim, path, extra, env=None):
    """(requests, seconds) of one ansible-playbook run against the simulator at sim."""
    made, seconds = run_playbook(sim, path, extra, env)
    return len(made), seconds


def add_rows(rows):
    with open(os.environ['ROWS_FILE'], 'a') as handle:
        for row in rows:
            handle.write(json.dumps(row) + '\n')


def median_rerun(runs, what):
    """The requests of an unchanged rerun (the same every time) and the median of its wall times."""
    if len(set(count for count, dummy in runs)) != 1:
        raise SystemExit('the reruns of %s made different numbers of requests: %s' % (what, runs))
    return runs[0][0], statistics.median(seconds for dummy, seconds in runs)


def reference(simulators):
    """The three variants, each against a simulator of its own (SIMULATORS: lines "variant url key_secret"): the
    cold runs, then RERUNS rounds of one unchanged rerun of each, interleaved so that a slower moment of the machine
    weighs on all three alike."""
    variants = {}
    with open(simulators) as handle:
        for line in handle:
            variant, url, secret = line.split()
            variants[variant] = (url, {'ASA_API_URL': url, 'ASA_KEY_SECRET': secret})
    clients = [{'id': cid, 'hostname': 'laptop-%d' % i} for i, cid in enumerate(reference_vars()['clients'])]
    path = dict((variant, os.path.join(HERE, 'bench', variant + '.yml')) for variant in variants)
    cold, runs = {}, dict((variant, []) for variant in variants)
    for variant, (url, env) in variants.items():
        requests.post(url + '/_sim/seed', json={'clients': clients})
        cold[variant] = playbook(url, path[variant], reference_vars(), env)
    for dummy in range(RERUNS):
        for variant, (url, env) in variants.items():
            runs[variant].append(playbook(url, path[variant], reference_vars(), env))
    add_rows([{'scenario': 'reference, %s' % variant, 'cold': cold[variant],
               'rerun': median_rerun(runs[variant], variant)} for variant in variants])


def scale(sim, count):
    config = [{'name': 'scale-%05d' % i, 'description': 'entitlement %d' % i, 'opt_no_passwd': True}
              for i in range(count)]
    path = os.path.join(HERE, 'bench', 'scale.yml')
    cold = playbook(sim, path, {'scale_config': config})
    runs = [playbook(sim, path, {'scale_config': config}) for dummy in range(RERUNS)]
    add_rows([{'scenario': '%d sudo entitlements, bulk' % count, 'cold': cold,
               'rerun': median_rerun(runs, '%d entitlements' % count)}])


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
        reference(sys.argv[2])
    else:
        scale(os.environ['SIM_URL'], int(sys.argv[2]))


if __name__ == '__main__':
    main()
