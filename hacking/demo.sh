#!/usr/bin/env bash
# The demo: build and install the collection, start the simulator, run playbooks/demo.yml twice
# (the second run must change nothing), stop the simulator.
# shellcheck source=hacking/common.sh
source "$(dirname "$0")/common.sh"

ensure_venv
sync_tree
log "building and installing okta.asa"
rm -rf "$BUILD/dist" "$BUILD/installed"
(cd "$TREE" && ansible-galaxy collection build --force --output-path "$BUILD/dist" >/dev/null)
ansible-galaxy collection install --force -p "$BUILD/installed" "$BUILD"/dist/okta-asa-*.tar.gz >/dev/null
export ANSIBLE_COLLECTIONS_PATH="$BUILD/installed"
export ANSIBLE_NOCOLOR=1
# shellcheck disable=SC2119 # the simulator's default options, not this script's arguments
start_simulator
export_connection

log "first run: creates the service user"
ansible-playbook -i localhost, "$ROOT/playbooks/demo.yml" | tee "$BUILD/demo-1.log"
log "second run: must change nothing"
ansible-playbook -i localhost, "$ROOT/playbooks/demo.yml" | tee "$BUILD/demo-2.log"
grep -Eq 'localhost +: ok=[0-9]+ +changed=1 ' "$BUILD/demo-1.log" || { echo "the first run should change one thing" >&2; exit 1; }
grep -Eq 'localhost +: ok=[0-9]+ +changed=0 ' "$BUILD/demo-2.log" || { echo "the rerun changed something" >&2; exit 1; }
stop_simulator
log "demo done: the first run created demo-deploy-bot, the rerun changed nothing"
cat <<EOF
To try it yourself: make simulator (it prints the ASA_* exports for its team and key), then
  export ANSIBLE_COLLECTIONS_PATH=$BUILD/installed
so that ansible-doc and ansible-playbook find the collection the demo installed.
EOF
