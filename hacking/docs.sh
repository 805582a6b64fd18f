#!/usr/bin/env bash
# The docs step of `make test`: ansible-doc renders every plugin and role, antsibull-docs lints the collection's
# docs (plugins, roles, docs/docsite/ and its references), and the Sphinx docsite builds with no warning other
# than those of this offline machine (docs.ansible.com's intersphinx inventories cannot be fetched, so
# references into Ansible's own docs stay unresolved).
# Usage: hacking/docs.sh <collection tree> <output dir>; ANSIBLE_COLLECTIONS_PATH must find the tree.
set -euo pipefail
tree=$1 out=$2

count=0
for type in module inventory lookup role; do
    names=$(ansible-doc -t "$type" -l okta.asa --json | python3 -c 'import json, sys; print(" ".join(sorted(json.load(sys.stdin))))')
    for name in $names; do
        ansible-doc -t "$type" "$name" > "$out.ansible-doc.txt" 2>&1 || { cat "$out.ansible-doc.txt" >&2; exit 1; }
        grep -q "$name" "$out.ansible-doc.txt" || { echo "ansible-doc -t $type $name rendered nothing" >&2; exit 1; }
        count=$((count + 1))
    done
done
rm -f "$out.ansible-doc.txt"
echo "ansible-doc rendered $count modules, plugins and roles"
plugin_files=("$tree"/plugins/modules/*.py "$tree"/plugins/inventory/*.py "$tree"/plugins/lookup/*.py "$tree"/roles/*/meta/main.yml)
expected=${#plugin_files[@]}
[ "$count" -eq "$expected" ] || { echo "ansible-doc listed $count plugins and roles, the tree has $expected" >&2; exit 1; }

# The "team as code" guide shows playbooks/team_as_code.yml, which the tests run: the two must not drift apart.
python3 - "$tree" <<'PY'
import sys
tree = sys.argv[1]
play = open(tree + '/playbooks/team_as_code.yml').read().rstrip('\n')
guide = open(tree + '/docs/docsite/rst/guide_team_as_code.rst').read()
shown = '\n'.join(('    ' + line) if line else '' for line in play.split('\n'))
if shown not in guide:
    sys.exit('docs/docsite/rst/guide_team_as_code.rst does not show playbooks/team_as_code.yml as it is')
PY

antsibull-docs lint-collection-docs --plugin-docs --check-extra-docs-refs --validate-collection-refs all \
    --disallow-unknown-collection-refs "$tree"

rm -rf "$out"
mkdir -p "$(dirname "$out")"
mkdir -m 700 "$out"  # antsibull-docs wants a directory only its owner can write to
antsibull-docs sphinx-init --use-current --fail-on-error --dest-dir "$out" okta.asa > /dev/null
cd "$out"
antsibull-docs --config-file antsibull-docs.cfg collection --cleanup everything --fail-on-error --use-current \
    --dest-dir rst okta.asa > /dev/null
sphinx-build -M html rst build -c . --keep-going -q -w warnings.txt 2> sphinx.log || true
offline="failed to reach any of the inventories|^intersphinx inventory '[^']*' not (fetchable|readable)|undefined label: '(common_return_values|ansible_configuration_settings)'|'envvar' reference target not found: ANSIBLE_"
if grep -vE "$offline" warnings.txt | grep -q .; then
    grep -vE "$offline" warnings.txt >&2
    echo "the docsite build warned (above)" >&2
    exit 1
fi
grep -oE 'guide_[a-z_]+' "$tree/docs/docsite/extra-docs.yml" | while read -r guide; do
    page=build/html/collections/okta/asa/docsite/$guide.html
    [ -s "$page" ] || { cat sphinx.log >&2; echo "the docsite has no $page" >&2; exit 1; }
done
echo "docsite built: $out/build/html/index.html ($(grep -cE "$offline" warnings.txt) lines of warnings about unreachable intersphinx inventories and the references they would resolve)"
