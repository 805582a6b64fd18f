#!/usr/bin/env bash
# Start the ASA simulator in the background and write tests/integration/integration_config.yml for it, so that
# `ansible-test integration [TARGET] --venv` runs from ansible_collections/okta/asa the standard way.
# Usage: hacking/simulator.sh [start|stop]   (make simulator / make simulator-stop)
# shellcheck source=hacking/common.sh
source "$(dirname "$0")/common.sh"

stop_running() {
    if [ -s "$BUILD/simulator.pid" ]; then
        kill "$(cat "$BUILD/simulator.pid")" 2>/dev/null || true
        rm -f "$BUILD/simulator.pid"
    fi
}

case ${1:-start} in
    start)
        ensure_venv
        stop_running
        # shellcheck disable=SC2119 # no extra simulator options
        SIM_DETACH=1 start_simulator
        write_integration_config "$ROOT/tests/integration/integration_config.yml" false
        echo "wrote $ROOT/tests/integration/integration_config.yml; stop the simulator with: make simulator-stop"
        ;;
    stop)
        stop_running
        rm -f "$ROOT/tests/integration/integration_config.yml"
        ;;
    *)
        echo "usage: $0 [start|stop]" >&2
        exit 2
        ;;
esac
