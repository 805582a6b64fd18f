#!/usr/bin/env bash
# The benchmark (not part of `make test`): 10,000 servers in 50 projects in the simulator, then hacking/bench.py;
# then the bulk benchmark, hacking/bench_bulk.py, and the whole team's, hacking/bench_team.py, on a fresh simulator
# per scenario. `bash hacking/bench.sh team` (or inventory, bulk; team_export: the team's export rows alone) runs one.
# shellcheck source=hacking/common.sh
source "$(dirname "$0")/common.sh"

ensure_venv
sync_tree
export ANSIBLE_COLLECTIONS_PATH="$COLLECTIONS" BENCH_VARS="$BUILD/bench-vars.json"
simulators="$BUILD/bench-simulators.txt"
pids=()
# A simulator of its own for each variant of a scenario ($@), listed in $simulators ("variant url key_secret"); and
# their end, which also removes the file that holds their secrets, whatever happens.
start_scenario() {
    (umask 077 && : > "$simulators")
    pids=()
    for variant in "$@"; do
        SIM_NAME=bench-$variant start_simulator
        pids+=("$SIM_PID")
        echo "$variant $SIM_URL $SIM_KEY_SECRET" >> "$simulators"
    done
    trap stop_scenario EXIT
    export_connection
}
stop_scenario() { kill "${pids[@]}" 2>/dev/null || true; rm -f "$simulators"; }

inventory() {
    start_simulator --no-default-seed --servers 10000 --projects 50
    export_connection
    "$VENV/bin/python" "$ROOT/hacking/bench.py"
    stop_simulator
}

# The bulk modules' benchmark: the reference workload's three variants, each against a fresh simulator of its own (the
# default small team) and rerun in turns; then the bulk module at scale, a fresh simulator per size.
bulk() {
    export ROWS_FILE="$BUILD/bench-bulk-rows.jsonl"
    rm -f "$ROWS_FILE"
    start_scenario uri singular bulk
    "$VENV/bin/python" "$ROOT/hacking/bench_bulk.py" reference "$simulators"
    stop_scenario
    for count in 100 1000 3000; do
        start_simulator
        export_connection
        "$VENV/bin/python" "$ROOT/hacking/bench_bulk.py" scale "$count"
        stop_simulator
    done
    "$VENV/bin/python" "$ROOT/hacking/bench_bulk.py" table
}

# The whole team: the team workload converged three ways (uri, bulk modules, asa_team), each against a simulator of
# its own, without and with 50 ms before each answer; then the export of a team of 100, 1,000 and 5,000 objects of
# each kind, a fresh simulator per size.
team() {
    export ROWS_FILE="$BUILD/bench-team-rows.jsonl"
    rm -f "$ROWS_FILE"
    for latency in 0 0.05; do
        start_scenario team_uri team_bulk team
        "$VENV/bin/python" "$ROOT/hacking/bench_team.py" workload "$simulators" "$latency"
        stop_scenario
    done
    team_export
}

# The export at scale (its rows are added to the team's). 5,000 of each kind is some 30,000 requests, three hours of
# ASA's 10,000 an hour: the simulator's limit is raised for it.
team_export() {
    export ROWS_FILE="$BUILD/bench-team-rows.jsonl"
    for count in 100 1000 5000; do
        start_simulator --rate-limit 1000000
        export_connection
        "$VENV/bin/python" "$ROOT/hacking/bench_team.py" export "$count"
        stop_simulator
    done
    "$VENV/bin/python" "$ROOT/hacking/bench_team.py" table
}

for part in ${1:-inventory bulk team}; do
    "$part"
done
