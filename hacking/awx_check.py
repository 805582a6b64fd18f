"""The AWX / AAP checks of `make test`.

ee:     build an execution environment context from extensions/ee/ with ansible-builder, then do what its
        galaxy and builder stages would do (no container engine here): install the collections of the context,
        and run the context's own introspection, which must find the collection's Python requirements.
runner: run a playbook the way an AWX job does, through ansible-runner, with the "Okta ASA" credential type of
        extensions/awx/ injected as AWX injects it (its env injectors rendered in a Jinja sandbox from the
        credential's inputs, handed to the job in env/envvars), twice: the first run must change one thing,
        the second nothing.
"""

import argparse
import hashlib
import importlib.util
import json
import os
import shutil
import subprocess
import sys

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CREDENTIAL_TYPE = os.path.join(ROOT, 'extensions', 'awx', 'asa_credential_type.yml')
CONNECTION_FRAGMENT = os.path.join(ROOT, 'plugins', 'doc_fragments', 'connection.py')


def fail(msg):
    sys.exit('awx_check: ' + msg)


def sha256(path):
    with open(path, 'rb') as f:
        return hashlib.sha256(f.read()).hexdigest()


def run(cmd, cwd=None):
    print('+ ' + ' '.join(cmd), flush=True)
    subprocess.run(cmd, cwd=cwd, check=True)


def check_ee(args):
    work = os.path.abspath(args.work)
    definition, context = os.path.join(work, 'definition'), os.path.join(work, 'context')
    collections = os.path.join(work, 'ee-collections')
    for path in (definition, context, collections):
        shutil.rmtree(path, ignore_errors=True)
    shutil.copytree(os.path.join(ROOT, 'extensions', 'ee'), definition)
    shutil.copy(args.tarball, os.path.join(definition, 'okta-asa.tar.gz'))

    run(['ansible-builder', 'create', '--file', 'execution-environment.yml', '--context', context], cwd=definition)

    build = os.path.join(context, '_build')
    containerfile = [os.path.join(context, name) for name in ('Containerfile', 'Dockerfile')
                     if os.path.exists(os.path.join(context, name))]
    if not containerfile:
        fail('ansible-builder wrote no Containerfile or Dockerfile in %s' % context)
    with open(containerfile[0]) as f:
        steps = f.read()
    if 'ansible-galaxy collection install' not in steps or 'requirements.yml' not in steps:
        fail('%s does not install the collections of requirements.yml' % containerfile[0])
    copied = os.path.join(build, 'collections', 'okta-asa.tar.gz')
    if not os.path.exists(copied) or sha256(copied) != sha256(args.tarball):
        fail('the context does not hold the collection tarball that was built (%s)' % copied)

    # The galaxy stage: ansible-galaxy collection install -r requirements.yml, from _build.
    run(['ansible-galaxy', 'collection', 'install', '-r', 'requirements.yml', '--collections-path', collections],
        cwd=build)
    if not os.path.exists(os.path.join(collections, 'ansible_collections', 'okta', 'asa', 'MANIFEST.json')):
        fail('okta.asa was not installed from the context')

    # The builder stage: the context's own introspection of the installed collections.
    pip_file = os.path.join(work, 'ee-requirements.txt')
    run([sys.executable, os.path.join(build, 'scripts', 'introspect.py'), 'introspect', collections,
         '--write-pip', pip_file, '--write-bindep', os.path.join(work, 'ee-bindep.txt')])
    with open(pip_file) as f:
        wanted = [line.split('#')[0].strip() for line in f if line.strip() and not line.startswith('#')]
    with open(os.path.join(ROOT, 'requirements.txt')) as f:
        declared = [line.strip() for line in f if line.strip() and not line.startswith('#')]
    if sorted(wanted) != sorted(declared):
        fail('the execution environment would install %s, the collection declares %s' % (wanted, declared))
    print('execution environment context: %s; Python requirements found by introspection: %s'
          % (containerfile[0], ', '.join(wanted)))


def connection_env_names():
    """Option name -> environment variable, from the connection doc fragment's sources for the plugins."""
    spec = importlib.util.spec_from_file_location('okta_asa_connection_fragment', CONNECTION_FRAGMENT)
    fragment = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fragment)
    options = yaml.safe_load(fragment.ModuleDocFragment.PLUGINS)['options']
    return dict((name, spec['env'][0]['name']) for name, spec in options.items() if spec.get('env'))


def injected_env(inputs):
    """The environment AWX gives a job that has an Okta ASA credential with these inputs."""
    from jinja2 import StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    with open(CREDENTIAL_TYPE) as f:
        ctype = yaml.safe_load(f)
    fields = dict((field['id'], field) for field in ctype['inputs']['fields'])
    missing = [name for name in ctype['inputs'].get('required', []) if name not in inputs]
    if missing:
        fail('the credential lacks the required inputs %s' % missing)
    if not fields['key_secret'].get('secret'):
        fail('key_secret is not a secret input: AWX would show it')
    namespace = dict((name, field['default']) for name, field in fields.items() if 'default' in field)
    namespace.update(inputs)
    sandbox = SandboxedEnvironment(undefined=StrictUndefined)
    env = dict((var, sandbox.from_string(template).render(**namespace))
               for var, template in ctype['injectors']['env'].items())

    wanted = connection_env_names()
    for name in fields:
        if wanted.get(name) not in env:
            fail('input %s is not injected as %s, the variable the collection reads' % (name, wanted.get(name)))
    return env


def check_runner(args):
    import ansible_runner  # pylint: disable=import-error

    inputs = {'team': args.team, 'key_id': args.key_id, 'key_secret': os.environ['AWX_CHECK_KEY_SECRET']}
    if injected_env(inputs)['ASA_API_URL'] != 'https://app.scaleft.com':
        fail('a credential without an API URL does not default to https://app.scaleft.com')
    inputs['api_url'] = args.api_url
    env = injected_env(inputs)
    env['ANSIBLE_COLLECTIONS_PATH'] = os.path.abspath(args.collections)
    env['ANSIBLE_NOCOLOR'] = '1'

    pdd = os.path.abspath(args.work)
    shutil.rmtree(pdd, ignore_errors=True)
    for sub in ('project', 'inventory', 'env'):
        os.makedirs(os.path.join(pdd, sub))
    shutil.copy(args.playbook, os.path.join(pdd, 'project', 'main.yml'))
    with open(os.path.join(pdd, 'inventory', 'hosts'), 'w') as f:
        f.write('localhost ansible_connection=local\n')
    with open(os.path.join(pdd, 'env', 'envvars'), 'w') as f:
        yaml.safe_dump(env, f)
    os.chmod(os.path.join(pdd, 'env', 'envvars'), 0o600)

    for attempt, want_changed in ((1, 1), (2, 0)):
        result = ansible_runner.run(private_data_dir=pdd, playbook='main.yml', ident='job-%d' % attempt, quiet=True)
        changed = (result.stats or {}).get('changed', {}).get('localhost', 0)
        print('ansible-runner job %d: status %s, rc %s, changed %s' % (attempt, result.status, result.rc, changed))
        if result.status != 'successful' or result.rc != 0:
            sys.stdout.write(result.stdout.read())
            fail('job %d did not succeed' % attempt)
        if changed != want_changed:
            sys.stdout.write(result.stdout.read())
            fail('job %d changed %d things, expected %d' % (attempt, changed, want_changed))
        users = [event['event_data']['res']['service_user'] for event in result.events
                 if event.get('event') == 'runner_on_ok' and 'service_user' in event['event_data'].get('res', {})]
        if [u.get('name') for u in users] != ['demo-deploy-bot']:
            fail('job %d did not return the service user demo-deploy-bot: %s' % (attempt, json.dumps(users)))

    # What AWX shows of a job: its stdout and its events. The leak scan reads this file.
    with open(args.output, 'w') as out:
        for ident in ('job-1', 'job-2'):
            artifacts = os.path.join(pdd, 'artifacts', ident)
            with open(os.path.join(artifacts, 'stdout')) as f:
                out.write(f.read())
            events = os.path.join(artifacts, 'job_events')
            for name in sorted(os.listdir(events)):
                with open(os.path.join(events, name)) as f:
                    out.write(f.read() + '\n')


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest='command', required=True)
    ee = sub.add_parser('ee')
    ee.add_argument('--tarball', required=True, help='the collection tarball (ansible-galaxy collection build)')
    ee.add_argument('--work', required=True, help='a directory for the definition, the context and the results')
    runner = sub.add_parser('runner', help='the key secret comes from $AWX_CHECK_KEY_SECRET')
    runner.add_argument('--collections', required=True, help='the collections path of the execution environment')
    runner.add_argument('--playbook', required=True)
    runner.add_argument('--team', required=True)
    runner.add_argument('--key-id', required=True)
    runner.add_argument('--api-url', required=True)
    runner.add_argument('--work', required=True, help='the private data directory (recreated)')
    runner.add_argument('--output', required=True, help='where to write the jobs\' stdout and events')
    args = parser.parse_args()
    if args.command == 'ee':
        check_ee(args)
    else:
        check_runner(args)


if __name__ == '__main__':
    main()
