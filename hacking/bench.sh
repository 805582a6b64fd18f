#!/usr/bin/env bash
# The benchmark (not part of `make test`): 10,000 servers in 50 projects in the simulator, then hacking/bench.py;
# then the bulk benchmark, hacking/bench_bulk.py, on a fresh simulator per scenario.
# shellcheck source=hacking/common.sh
source "$(dirname "$0")/common.sh"

ensure_venv
sync_tree
export ANSIBLE_COLLECTIONS_PATH="$COLLECTIONS"
start_simulator --no-default-seed --servers 10000 --projects 50
export_connection
"$VENV/bin/python" "$ROOT/hacking/bench.py"
stop_simulator

# Issue 13's benchmark: a fresh simulator (the default small team) per scenario, rows collected in one file.
export ROWS_FILE="$BUILD/bench-bulk-rows.jsonl" BENCH_VARS="$BUILD/bench-vars.json"
rm -f "$ROWS_FILE"
for scenario in "reference uri" "reference singular" "reference bulk" "scale 100" "scale 1000" "scale 3000"; do
    start_simulator
    export_connection
    # shellcheck disable=SC2086  # two words: what and which
    "$VENV/bin/python" "$ROOT/hacking/bench_bulk.py" $scenario
    stop_simulator
done
"$VENV/bin/python" "$ROOT/hacking/bench_bulk.py" table
