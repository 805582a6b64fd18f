"""Write every example response body of Okta's ASA API pages to tests/unit/fixtures/, one JSON file per operation
named PAGE-OPERATION.json (the operation's title in lower case, words joined by "_"). Answers without a body (204) are left out.

Usage: python3 hacking/page_fixtures.py PAGES_DIR [FIXTURES_DIR] [PAGE ...]
PAGES_DIR holds the pages (*.md, and *.txt in the pages' plain-text form); with PAGE names, only those pages.
The unit tests (tests/unit/plugins/module_utils/test_kinds.py) read every kind's fixtures.
"""

import json
import os
import re
import sys

METHOD_RE = re.compile(r'^(GET|POST|PUT|DELETE|PATCH) https://')


def slug(title):
    return re.sub(r'[^a-z0-9]+', '_', title.lower()).strip('_')


def markdown_examples(text):
    """(title, body) of each ```json block: the title of its operation (### heading), or the paragraph before it."""
    title, last_line, in_json, block = None, '', False, []
    for line in text.splitlines():
        if in_json:
            if line.startswith('```'):
                in_json = False
                yield title or last_line.rstrip(':'), '\n'.join(block)
            else:
                block.append(line)
        elif line.startswith('### '):
            title = line[4:].strip()
        elif line.startswith('```json'):
            in_json, block = True, []
        elif line.strip() and not line.startswith('#'):
            last_line = line.strip()


def text_examples(text):
    """(title, body) of each "Response" paragraph of the plain-text pages; the title is the line before the
    operation's METHOD URL line."""
    lines = text.splitlines()
    title = None
    for index, line in enumerate(lines):
        if METHOD_RE.match(line):
            title = next((prev for prev in reversed(lines[:index]) if prev.strip()), None)
        elif line.strip() == 'Response' and title:
            rest = '\n'.join(lines[index + 1:]).lstrip()
            if rest.startswith(('{', '[')):
                body, dummy = json.JSONDecoder().raw_decode(rest)
                yield title, json.dumps(body)


def main(argv):
    pages_dir = argv[1]
    out = argv[2] if len(argv) > 2 else os.path.join(os.path.dirname(__file__), '..', 'tests', 'unit', 'fixtures')
    pages = argv[3:] or sorted(n for n in os.listdir(pages_dir) if n.endswith(('.md', '.txt')))
    for page in pages:
        with open(os.path.join(pages_dir, page)) as handle:
            text = handle.read()
        examples = markdown_examples(text) if page.endswith('.md') else text_examples(text)
        for title, raw in examples:
            if not raw.strip().startswith(('{', '[')):
                continue  # no body: "HTTP 204 No Content", or nothing
            name = '%s-%s.json' % (os.path.splitext(page)[0], slug(title))
            with open(os.path.join(out, name), 'w') as handle:
                json.dump(json.loads(raw), handle, indent=2, sort_keys=True)
                handle.write('\n')
            print(name)


if __name__ == '__main__':
    main(sys.argv)
