#!/usr/bin/env bash
# Start the ASA simulator in the background and write tests/integration/integration_config.yml for it, so that
# `ansible-test integration [TARGET] --venv` runs from ansible_collections/okta/asa the standard way.
# Usage: hacking/simulator.sh [start|stop]   (make simulator / make simulator-stop)
# shellcheck source=hacking/common.sh
source "$(dirname "$0")/common.sh"

stop_running() {
    stop_simulator_of "$BUILD/simulator.pid"
}

case ${1:-start} in
    start)
        ensure_venv
        stop_running
        # shellcheck disable=SC2119 # no extra simulator options
        SIM_DETACH=1 start_simulator
        write_integration_config "$ROOT/tests/integration/integration_config.yml" false
        sync_tree
        cat <<EOF

The simulator is an ASA team "acme" on $SIM_URL: an admin service user with an API key, projects web and data
with five servers (one deleted), three human users, three clients (two pending), and the Okta-synced group
okta-engineers. Use it from this shell with:

  export ASA_TEAM=acme ASA_API_URL=$SIM_URL ASA_KEY_ID=$SIM_KEY_ID ASA_KEY_SECRET=$SIM_KEY_SECRET
  export ANSIBLE_COLLECTIONS_PATH=$COLLECTIONS PATH=$VENV/bin:\$PATH

then, for example: ansible-doc okta.asa.asa_group; ansible localhost -m okta.asa.asa_project_info
It also wrote $ROOT/tests/integration/integration_config.yml, for ansible-test integration TARGET.
Stop it with: make simulator-stop
EOF
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
