"""The whole team's benchmark: the team workload converged three ways, and the export of a large team.

`make bench` runs it against fresh simulators:
  bench_team.py workload SIMULATORS LATENCY   the team workload (20 each of service users, sudo entitlements,
                                             services, projects, groups with two members, project groups and labelled
                                             servers) by the careful uri playbook, the bulk modules and one asa_team
                                             task, each against a simulator of its own (SIMULATORS: lines "variant
                                             url key_secret"), with LATENCY seconds before each answer: the cold run,
                                             then RERUNS unchanged reruns of each in turns;
  bench_team.py export COUNT                 COUNT objects of each kind seeded, then okta.asa.export;
  bench_team.py table                        the rows and the targets.
Each adds rows to ROWS_FILE. Not part of the tests.
"""

import json
import os
import statistics
import sys
import tempfile

import requests

from bench_bulk import add_rows, run_playbook

HERE = os.path.dirname(os.path.abspath(__file__))
EACH = 20
RERUNS = 3
HUMANS = ['jason.compson', 'quentin.compson', 'caddy.compson']  # the default seed's people


def server_id(i):
    return '00000000-0000-4000-9000-%012d' % i


def workload():
    """The team workload's config (20 of each kind) and the servers to seed (they enroll; the config labels them)."""
    bots = ['team-bot-%02d' % i for i in range(EACH)]
    team = {
        'projects': [{'name': 'team-p%02d' % i, 'create_server_users': True} for i in range(EACH)],
        'service_users': [{'name': name} for name in bots],
        'groups': [{'name': 'team-g%02d' % i, 'roles': ['access_user'],
                    'members': [bots[i], HUMANS[i % len(HUMANS)]]} for i in range(EACH)],
        'project_groups': [{'project': 'team-p%02d' % i, 'group': 'team-g%02d' % i, 'server_access': True,
                            'server_admin': i % 2 == 0} for i in range(EACH)],
        'sudo_entitlements': [{'name': 'team-ent-%02d' % i, 'description': 'entitlement %d' % i,
                               'structured_commands': [{'command': '/bin/systemctl', 'command_type': 'executable',
                                                        'args_type': 'custom', 'args': 'restart app-%d' % i}],
                               'opt_no_passwd': True} for i in range(EACH)],
        'services': [{'project': 'web', 'server_id': server_id(i), 'service_user': bots[i],
                      'server_uid': str(9100 + i)} for i in range(EACH)],
        'servers': [{'project': 'web', 'id': server_id(i), 'labels': {'role': 'app', 'shard': str(i % 4)}}
                    for i in range(EACH)],
    }
    seed = {'servers': [{'project_name': 'web', 'hostname': 'team-host-%02d' % i, 'id': server_id(i)}
                        for i in range(EACH)]}
    return team, seed


def playbook(sim, path, extra, env=None):
    """(requests, seconds, writes) of one ansible-playbook run against the simulator at sim."""
    made, seconds = run_playbook(sim, path, extra, env)
    return len(made), seconds, sum(1 for r in made if r['write'])


def floor(team):
    """The fewest requests an unchanged rerun can make: one token and one read per list page (the team-wide lists,
    each group's members, each project's project groups)."""
    lists = ['projects', 'service_users', 'groups', 'entitlements/sudo', 'services', 'servers']
    return 1 + len(lists) + len(team['groups']) + len(set(pg['project'] for pg in team['project_groups']))


def converge(simulators, latency):
    variants = {}
    with open(simulators) as handle:
        for line in handle:
            variant, url, secret = line.split()
            variants[variant] = (url, {'ASA_API_URL': url, 'ASA_KEY_SECRET': secret})
    team, seed = workload()
    path = dict((variant, os.path.join(HERE, 'bench', variant + '.yml')) for variant in variants)
    cold, runs = {}, dict((variant, []) for variant in variants)
    for variant, (url, env) in variants.items():
        requests.post(url + '/_sim/seed', json=seed)
        requests.put(url + '/_sim/latency', json={'seconds': latency})
        cold[variant] = playbook(url, path[variant], {'team': team}, env)
    for dummy in range(RERUNS):
        for variant, (url, env) in variants.items():
            runs[variant].append(playbook(url, path[variant], {'team': team}, env))
    rows = []
    for variant in variants:
        counts = set((count, writes) for count, dummy, writes in runs[variant])
        if len(counts) != 1 or list(counts)[0][1]:
            raise SystemExit('the reruns of %s were not unchanged reruns: %s' % (variant, runs[variant]))
        rows.append({'scenario': 'team, %s, %d ms' % (variant.replace('team_', '').replace('team', 'asa_team'),
                                                      latency * 1000),
                     'variant': variant, 'latency': latency, 'cold': cold[variant][:2],
                     'rerun': [runs[variant][0][0], statistics.median(seconds for d, seconds, w in runs[variant])],
                     'floor': floor(team)})
    add_rows(rows)


def large_team(count):
    """``count`` objects of each kind, for the export."""
    bots = ['big-bot-%05d' % i for i in range(count)]
    return {
        'projects': ['big-p%05d' % i for i in range(count)],
        'service_users': [{'name': name} for name in bots],
        'groups': [{'name': 'big-g%05d' % i, 'roles': ['access_user'], 'members': [bots[i]]} for i in range(count)],
        'project_groups': [{'project': 'big-p%05d' % i, 'group': 'big-g%05d' % i, 'server_access': True}
                           for i in range(count)],
        'sudo_entitlements': [{'name': 'big-ent-%05d' % i, 'description': 'entitlement %d' % i}
                              for i in range(count)],
        'servers': [{'project_name': 'big-p%05d' % i, 'hostname': 'big-host-%05d' % i, 'labels': {'shard': str(i % 10)}}
                    for i in range(count)],
    }


def export(sim, count):
    requests.post(sim + '/_sim/seed', json=large_team(count))
    with tempfile.TemporaryDirectory() as work:
        made, seconds = run_playbook(sim, 'okta.asa.export', {'asa_team_dir': work + '/team'})
    reads = [(r['path'], r['query']) for r in made if r['method'] == 'GET']
    lists = len(set(path for path, query in reads))
    reread = sorted(set('%s?%s' % read for read in reads if reads.count(read) > 1))  # the same page read again
    add_rows([{'scenario': 'export, %d of each kind' % count, 'export': [len(made), seconds], 'lists': lists,
               'reread': reread}])


def table():
    with open(os.environ['ROWS_FILE']) as handle:
        rows = [json.loads(line) for line in handle]
    print('\n| scenario | cold requests | cold time | rerun requests | floor | rerun time | rerun time vs uri | '
          'cold time vs uri |')
    print('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
    targets = []
    for row in rows:
        if 'variant' not in row:
            continue
        uri = next(r for r in rows if r.get('variant') == 'team_uri' and r['latency'] == row['latency'])
        rerun_ratio, cold_ratio = row['rerun'][1] / uri['rerun'][1], row['cold'][1] / uri['cold'][1]
        print('| %s | %d | %.1f s | %d | %d | %.1f s | %.2fx | %.2fx |' % (
            row['scenario'], row['cold'][0], row['cold'][1], row['rerun'][0], row['floor'], row['rerun'][1],
            rerun_ratio, cold_ratio))
        if row['variant'] == 'team':
            ms = '%d ms' % (row['latency'] * 1000)
            targets += [('asa_team rerun requests = floor, %s' % ms, row['rerun'][0], row['floor'],
                         row['rerun'][0] == row['floor']),
                        ('asa_team rerun time vs uri, %s' % ms, '%.2fx' % rerun_ratio, '0.15x', rerun_ratio <= 0.15),
                        ('asa_team cold time vs uri, %s' % ms, '%.2fx' % cold_ratio, '0.25x', cold_ratio <= 0.25)]
    print('\n| export | requests | time | lists read | lists read twice |')
    print('| --- | ---: | ---: | ---: | --- |')
    for row in rows:
        if 'export' in row:
            print('| %s | %d | %.1f s | %d | %s |' % (row['scenario'], row['export'][0], row['export'][1], row['lists'],
                                                      ', '.join(row['reread']) or 'none'))
            if row['scenario'].startswith('export, 1000 '):
                targets += [('export of 1,000 of each kind, time', '%.1f s' % row['export'][1], '30 s',
                             row['export'][1] < 30),
                            ('export of 1,000 of each kind, each list read once', len(row['reread']), 0,
                             not row['reread'])]
    exports = sorted((int(r['scenario'].split()[1]), r['export']) for r in rows if 'export' in r)
    if len(exports) > 1:
        (small, first), (big, last) = exports[0], exports[-1]
        growth = (last[0] / float(first[0])) / (big / float(small))
        targets.append(('export requests per object, %d vs %d' % (big, small), '%.2fx' % growth, '1.1x',
                        growth <= 1.1))
    print('\n| target | measured | limit | met |')
    print('| --- | ---: | ---: | --- |')
    for name, value, limit, met in targets:
        print('| %s | %s | %s | %s |' % (name, value, limit, 'yes' if met else 'NO'))


def main():
    what = sys.argv[1]
    if what == 'table':
        table()
    elif what == 'workload':
        converge(sys.argv[2], float(sys.argv[3]))
    else:
        export(os.environ['SIM_URL'], int(sys.argv[2]))


if __name__ == '__main__':
    main()
