"""Check the collection tarball for its size and what it holds: `tarball_check.py TARBALL`."""

import sys
import tarfile

MAX_BYTES = 2 * 1024 * 1024
MUST = ['MANIFEST.json', 'FILES.json', 'README.md', 'COPYING', 'CHANGELOG.rst', 'changelogs/changelog.yaml',
        'meta/runtime.yml', 'plugins/module_utils/_base.py', 'plugins/module_utils/_kinds/group.py', 'plugins/modules/asa_project.py',
        'plugins/inventory/asa.py', 'plugins/lookup/asa_token.py', 'roles/server_agent/tasks/main.yml',
        'playbooks/team_as_code.yml', 'playbooks/export.yml', 'docs/examples/team/groups.yml', 'docs/docsite/extra-docs.yml']
MUST_NOT = ['tests/output/', '.venv/', '.github/', '__pycache__/', '.pytest_cache/', '.cache/', '.tar.gz']
MUST_NOT_EXACT = ['tests/integration/integration_config.yml']  # a local config with a simulator's secret


def main(path):
    with tarfile.open(path) as tar:
        members = tar.getmembers()
    names = [m.name for m in members]
    size = sum(m.size for m in members)
    problems = ['missing: %s' % name for name in MUST if name not in names]
    problems += ['should not be there: %s' % name for name in names
                 if any(bad in name for bad in MUST_NOT) or name in MUST_NOT_EXACT]
    with open(path, 'rb') as handle:
        compressed = len(handle.read())
    if compressed > MAX_BYTES:
        problems.append('the tarball has %d bytes, more than %d' % (compressed, MAX_BYTES))
    print('tarball %s: %d files, %d bytes unpacked, %d bytes packed; %d problems'
          % (path, len(names), size, compressed, len(problems)))
    for problem in problems:
        print('  ' + problem)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1]))
