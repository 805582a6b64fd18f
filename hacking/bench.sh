#!/usr/bin/env bash
# The benchmark (not part of `make test`): 10,000 servers in 50 projects in the simulator, then hacking/bench.py.
# shellcheck source=hacking/common.sh
source "$(dirname "$0")/common.sh"

ensure_venv
sync_tree
export ANSIBLE_COLLECTIONS_PATH="$COLLECTIONS"
start_simulator --no-default-seed --servers 10000 --projects 50
export_connection
"$VENV/bin/python" "$ROOT/hacking/bench.py"
stop_simulator
