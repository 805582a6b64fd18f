"""Read what a simulator run left: `simreport.py dump URL FILE` saves its state and a count of the faults it
injected; `simreport.py compare CLEAN FAULTED` checks that the faulted run ended in the clean run's state."""

import json
import sys

import requests


def dump(url, path):
    log = requests.get(url + '/_sim/requests', timeout=30).json()['requests']
    faults = {'429': 0, '503': 0, 'dropped': 0, 'scripted': 0}
    for entry in log:
        fault = entry.get('fault')
        if fault is not None:
            kind = 'dropped' if fault == 'drop' else str(fault)
            faults[kind if kind in faults else 'scripted'] += 1
    report = {
        'state': requests.get(url + '/_sim/state', timeout=30).json(),
        'requests': len(log),
        'writes': sum(1 for e in log if e['write']),
        'faults': faults,
        'expired_token_401s': sum(1 for e in log if e.get('status') == 401 and not e['path'].endswith('/service_token')),
        'tokens': sum(1 for e in log if e['path'].endswith('/service_token')),
    }
    with open(path, 'w') as handle:
        json.dump(report, handle, indent=1, sort_keys=True)


# ASA hands out unix ids in the order it creates things, and retries and concurrent bulk writes change that order:
# the runs must agree on who has which id attribute, not on the numbers.
ALLOCATED = ('unix_uid', 'unix_gid')


def without_allocated_numbers(report):
    report['state']['attributes'] = sorted([owner, name, '<allocated>' if name in ALLOCATED else value]
                                           for owner, name, value in report['state']['attributes'])
    return report


def compare(clean_path, faulted_path):
    with open(clean_path) as handle:
        clean = without_allocated_numbers(json.load(handle))
    with open(faulted_path) as handle:
        faulted = without_allocated_numbers(json.load(handle))
    print('| run | requests | writes | tokens | 429 | 503 | dropped | 401 (expired token) | scripted errors |')
    print('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
    for name, run in (('clean', clean), ('faults', faulted)):
        f = run['faults']
        row = (name, run['requests'], run['writes'], run['tokens'], f['429'], f['503'], f['dropped'],
               run['expired_token_401s'], f['scripted'])
        print('| %s | %d | %d | %d | %d | %d | %d | %d | %d |' % row)
    services = faulted['state']['services']
    duplicates = len(services) - len(set(tuple(s) for s in services))
    if faulted['state'] != clean['state'] or duplicates:
        for key in sorted(clean['state']):
            if clean['state'][key] != faulted['state'].get(key):
                print('DIFFERENT %s:\n  clean:  %s\n  faults: %s' % (key, clean['state'][key], faulted['state'].get(key)))
        print('duplicate services: %d' % duplicates)
        return 1
    state = clean['state']
    print('\nThe faulted run ended in the same state as the clean run (%d service users, %d services, %d '
          'entitlements, %d projects, %d groups, %d project groups, %d enrollment tokens, %d servers), with no '
          'duplicate object.' % (len(state['service_users']), len(services), len(state['entitlements']),
                                 len(state['projects']), len(state['groups']), len(state['project_groups']),
                                 len(state['enrollment_tokens']), len(state['servers'])))
    return 0


if __name__ == '__main__':
    if sys.argv[1] == 'dump':
        dump(sys.argv[2], sys.argv[3])
    else:
        sys.exit(compare(sys.argv[2], sys.argv[3]))
