"""Stand-in for the ASA gateway agent (sft-gatewayd), built by okta.asa's tests; never shipped.

Like the agent, it reads /etc/sft/sft-gatewayd.yaml, enrolls the gateway with the setup token (here: with the
simulator at the URL the token carries), deletes the token file, and stays up. It records what it read (the token
file's mode and digest, never the token) in /var/lib/sft-gatewayd/standin.json.
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

STATE = '/var/lib/sft-gatewayd'
with open('/etc/sft/sft-gatewayd.yaml') as handle:
    conf = yaml.safe_load(handle) or {}
token_file = conf.get('SetupTokenFile', STATE + '/setup.token')
enrolled = STATE + '/standin.json'
if not os.path.exists(enrolled) and os.path.exists(token_file):
    mode = stat.S_IMODE(os.stat(token_file).st_mode)
    with open(token_file) as handle:
        token = handle.read().strip()
    url = json.loads(base64.b64decode(token))['u']
    body = {'setup_token': token, 'name': socket.gethostname().split('.')[0], 'access_address': conf.get('AccessAddress'),
            'access_port': conf.get('AccessPort', 7234)}
    request = urllib.request.Request(url + '/v1/gateway_enrollment', data=json.dumps(body).encode(), method='POST',
                                     headers={'Content-Type': 'application/json'})
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    for dummy in range(30):  # like the agent, try again until ASA answers (the fault run drops some calls)
        try:
            gateway = json.load(opener.open(request, timeout=30))
            break
        except (OSError, ValueError):
            time.sleep(1)
    else:
        raise SystemExit('sft-gatewayd stand-in: could not enroll')
    with open(enrolled, 'w') as handle:
        json.dump({'token_mode': '%04o' % mode, 'token_sha256': hashlib.sha256(token.encode()).hexdigest(),
                   'config': conf, 'gateway_id': gateway['id']}, handle)
    os.remove(token_file)
while True:
    time.sleep(3600)
