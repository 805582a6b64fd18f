"""Stand-in for the ASA server agent (sftd), built by okta.asa's tests; never shipped.

Like the agent, it reads /etc/sft/sftd.yaml, enrolls the server with the enrollment token (here: with the
simulator at the URL the token carries), deletes the token file, keeps a device token, and stays up. It records
what it read (the token file's mode and digest, never the token) in /var/lib/sftd/standin.json.
"""

import base64
import hashlib
import json
import os
import socket
import stat
import time
import urllib.request

import yaml

STATE = '/var/lib/sftd'
with open('/etc/sft/sftd.yaml') as handle:
    conf = yaml.safe_load(handle) or {}
token_file = conf.get('EnrollmentTokenFile', STATE + '/enrollment.token')
device = STATE + '/device.token'
if not os.path.exists(device) and os.path.exists(token_file):
    mode = stat.S_IMODE(os.stat(token_file).st_mode)
    with open(token_file) as handle:
        token = handle.read().strip()
    url = json.loads(base64.b64decode(token))['u']
    body = {'enrollment_token': token, 'hostname': socket.gethostname(), 'canonical_name': conf.get('CanonicalName'),
            'access_address': conf.get('AccessAddress'), 'alt_names': conf.get('AltNames') or [],
            'bastion': conf.get('Bastion'), 'labels': conf.get('Labels') or {}, 'os': 'Debian 12 (stand-in)',
            'os_type': 'linux', 'sftd_version': '0.0.0-stand-in'}
    request = urllib.request.Request(url + '/v1/server_enrollment', data=json.dumps(body).encode(), method='POST',
                                     headers={'Content-Type': 'application/json'})
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    for dummy in range(30):  # like the agent, try again until ASA answers (the fault run drops some calls)
        try:
            server = json.load(opener.open(request, timeout=30))
            break
        except (OSError, ValueError):
            time.sleep(1)
    else:
        raise SystemExit('sftd stand-in: could not enroll')
    with open(device, 'w') as handle:
        handle.write(server['id'])
    os.chmod(device, 0o600)
    with open(STATE + '/standin.json', 'w') as handle:
        json.dump({'token_mode': '%04o' % mode, 'token_sha256': hashlib.sha256(token.encode()).hexdigest(),
                   'config': conf, 'server_id': server['id']}, handle)
    os.remove(token_file)
while True:
    time.sleep(3600)
