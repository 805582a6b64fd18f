"""Where an integration run's time went: `junit_times.py DIR [N]` reads the JUnit files ansible-test wrote to DIR
(tests/output/junit: one per target, and one per playbook a target runs itself) and prints the N slowest with
their task seconds and task counts."""

import glob
import os
import sys
import xml.etree.ElementTree as ET


def main(directory, count=8):
    targets = []
    for path in glob.glob(os.path.join(directory, '*.xml')):
        root = ET.parse(path).getroot()
        for suite in root.iter('testsuite'):
            name = suite.get('name', '').rsplit('-', 1)[0]
            targets.append((float(suite.get('time', 0)), int(suite.get('tests', 0)), name))
    targets.sort(reverse=True)
    # A target that runs a playbook of its own counts that playbook's time too: the times are not to be added up.
    print('the slowest of %d playbooks (targets, and playbooks a target runs), by task time:' % len(targets))
    for seconds, tasks, name in targets[:count]:
        print('  %-24s %5.0f s  %4d tasks' % (name, seconds, tasks))


if __name__ == '__main__':
    main(sys.argv[1], *[int(a) for a in sys.argv[2:3]])
