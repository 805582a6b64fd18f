"""Scan a -vvvv log for every secret the simulator handed out.

`leakscan.py URL LOG`: the admin key secret and every bearer token must never appear; a new API key's secret
may appear only as the `"secret": ...` of the task result that created it (the documented exception, which
the docs tell users to hide with no_log). Prints what it checked; exits 1 on a leak.
"""

import re
import sys

import requests


def main(url, log_path):
    secrets = requests.get(url + '/_sim/secrets', timeout=30).json()
    with open(log_path, encoding='utf-8', errors='replace') as handle:
        lines = handle.readlines()
    text = ''.join(lines)
    leaks = []
    for name, values in (('admin key secret', [secrets['admin_key_secret']]), ('bearer token', secrets['tokens']),
                         ('server enrollment token', secrets['enrollment_tokens']),
                         ('gateway setup token', secrets['gateway_tokens'])):
        for value in values:
            if value in text:
                leaks.append('%s %s...' % (name, value[:6]))
    allowed = re.compile(r'^\s*"secret": "')
    returned = 0
    for value in secrets['key_secrets']:
        if value == secrets['admin_key_secret']:
            continue
        for line in lines:
            if value in line:
                if allowed.match(line):
                    returned += 1
                else:
                    leaks.append('key secret %s... in: %s' % (value[:6], line.strip()[:120]))
    print('leak scan of %s (%d lines): %d bearer tokens, %d server enrollment tokens, %d gateway setup tokens, %d key '
          'secrets and the admin key secret looked for; %d new-key secrets shown only as api_key.secret; %d leaks'
          % (log_path, len(lines), len(secrets['tokens']), len(secrets['enrollment_tokens']),
             len(secrets['gateway_tokens']), len(secrets['key_secrets']), returned, len(leaks)))
    for leak in leaks:
        print('LEAK: ' + leak)
    return 1 if leaks else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1], sys.argv[2]))
