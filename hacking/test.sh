#!/usr/bin/env bash
# Every test: ansible-test sanity, units (HTTP layer, modules, simulator) and integration (against the simulator).
# Usage: hacking/test.sh [all|sanity|units|integration]
# shellcheck source=hacking/common.sh
source "$(dirname "$0")/common.sh"

what=${1:-all}
ensure_venv
sync_tree
ensure_pip_bootstrap
cd "$TREE"

if [ "$what" = all ] || [ "$what" = sanity ]; then
    log "ansible-test sanity"
    ansible-test sanity --venv --python 3.11 --color no
fi

if [ "$what" = all ] || [ "$what" = units ]; then
    log "ansible-test units"
    ansible-test units --venv --python 3.11 --color no
fi

if [ "$what" = all ] || [ "$what" = integration ]; then
    start_simulator
    cat > "$TREE/tests/integration/integration_config.yml" <<YAML
---
asa_sim_url: $SIM_URL
asa_team: $ASA_TEAM
asa_api_url: $ASA_API_URL
asa_key_id: $ASA_KEY_ID
asa_key_secret: $ASA_KEY_SECRET
YAML
    log "ansible-test integration"
    ansible-test integration --venv --python 3.11 --color no
    stop_simulator
fi
log "all requested tests passed"
