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

# The bulk modules' benchmark: the reference workload's three variants, each against a fresh simulator of its own (the
# default small team) and rerun in turns; then the bulk module at scale, a fresh simulator per size.
export ROWS_FILE="$BUILD/bench-bulk-rows.jsonl" BENCH_VARS="$BUILD/bench-vars.json"
rm -f "$ROWS_FILE"
simulators="$BUILD/bench-simulators.txt"
(umask 077 && : > "$simulators")
pids=()
for variant in uri singular bulk; do
    SIM_NAME=bench-$variant start_simulator
    pids+=("$SIM_PID")
    echo "$variant $SIM_URL $SIM_KEY_SECRET" >> "$simulators"
done
trap 'kill "${pids[@]}" 2>/dev/null || true; rm -f "$simulators"' EXIT  # the file holds the simulators' secrets
export_connection
"$VENV/bin/python" "$ROOT/hacking/bench_bulk.py" reference "$simulators"
kill "${pids[@]}"
rm -f "$simulators"
for count in 100 1000 3000; do
    start_simulator
    export_connection
    "$VENV/bin/python" "$ROOT/hacking/bench_bulk.py" scale "$count"
    stop_simulator
done
"$VENV/bin/python" "$ROOT/hacking/bench_bulk.py" table
