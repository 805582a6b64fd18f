#!/usr/bin/env bash
# Every test: ansible-test sanity, units (HTTP layer, modules, simulator) and integration (against the simulator).
# Usage: hacking/test.sh [all|sanity|units|lint|cores|integration|faults]
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

# Sanity and units on another ansible-core: $1 a Python, $2 the pip requirement, $3 a name.
core_run() {
    local python=$1 spec=$2 name=$3
    local venv="$BUILD/venv-$name" tree="$BUILD/core-$name/ansible_collections/okta/asa"
    if [ ! -x "$venv/bin/ansible-test" ]; then
        "$python" -m venv "$venv"
        "$venv/bin/pip" install --quiet --disable-pip-version-check "$spec" requests
    fi
    sync_tree "$tree"
    ensure_pip_bootstrap "$venv"
    log "ansible-test sanity and units on $("$venv/bin/ansible" --version | head -n 1) with $("$python" --version)"
    (cd "$tree" && PATH="$venv/bin:$PATH" ansible-test sanity --venv --python "${name##*-py}" --color no \
        && PATH="$venv/bin:$PATH" ansible-test units --venv --python "${name##*-py}" --color no)
}

# One integration run against a fresh simulator: $1 is "clean" or "faults", the rest are simulator options.
integration_run() {
    local run=$1 started
    shift
    start_simulator "$@"
    cat > "$TREE/tests/integration/integration_config.yml" <<YAML
---
asa_sim_url: $SIM_URL
asa_tls_url: $SIM_TLS_URL
asa_team: acme
asa_api_url: $SIM_URL
asa_key_id: $SIM_KEY_ID
asa_key_secret: $SIM_KEY_SECRET
asa_faults: $([ "$run" = faults ] && echo true || echo false)
YAML
    local output="$BUILD/integration-$run.log"
    local verbosity=()
    # The clean run is logged at -vvvv and scanned for every secret the simulator handed out.
    [ "$run" = clean ] && verbosity=(-vvvv)
    log "ansible-test integration ($run run; log: $output)"
    started=$SECONDS
    if ! ansible-test integration --venv --python 3.11 --color no "${verbosity[@]}" > "$output" 2>&1; then
        grep -E '^Running .* integration test' "$output" || true
        tail -n 150 "$output"
        echo "integration ($run run) failed; the whole log is $output" >&2
        return 1
    fi
    echo $((SECONDS - started)) > "$BUILD/integration-$run.seconds"
    grep -E '^Running .* integration test|^testhost +:' "$output"
    "$VENV/bin/python" "$ROOT/hacking/simreport.py" dump "$SIM_URL" "$BUILD/integration-$run.json"
    if [ "$run" = clean ]; then
        log "secret leak scan of the -vvvv log"
        "$VENV/bin/python" "$ROOT/hacking/leakscan.py" "$SIM_URL" "$output"
    fi
    stop_simulator
}

if [ "$what" = all ] || [ "$what" = lint ]; then
    lint_venv="$BUILD/venv-lint"
    if [ ! -x "$lint_venv/bin/ansible-lint" ]; then
        "$PYTHON" -m venv "$lint_venv"
        "$lint_venv/bin/pip" install --quiet --disable-pip-version-check -r "$ROOT/hacking/lint-requirements.txt"
    fi
    log "antsibull-changelog lint; ansible-lint --profile production on the roles and playbooks"
    (cd "$TREE" && "$lint_venv/bin/antsibull-changelog" lint \
        && ANSIBLE_COLLECTIONS_PATH="$COLLECTIONS" PATH="$lint_venv/bin:$PATH" \
            ansible-lint --profile production --offline --nocolor roles/ playbooks/)
fi

if [ "$what" = all ] || [ "$what" = cores ]; then
    # The supported range: the oldest claimed ansible-core, and the newest one installable (it needs Python 3.12).
    core_run "$PYTHON" 'ansible-core>=2.16,<2.17' core216-py3.11
    python312=$(ls "$HOME"/.pyenv/versions/3.12*/bin/python3.12 2>/dev/null | head -n 1 || true)
    [ -n "$python312" ] || python312=$(command -v python3.12 || true)
    if [ -n "$python312" ] && "$python312" --version >/dev/null 2>&1; then
        core_run "$python312" 'ansible-core>=2.21,<2.22' core221-py3.12
    else
        echo "NOT TESTED: no Python 3.12 on this machine, so ansible-core 2.21 was not tested" >&2
    fi
fi

if [ "$what" = all ] || [ "$what" = integration ]; then
    integration_run clean
fi

if [ "$what" = all ] || [ "$what" = faults ]; then
    [ -f "$BUILD/integration-clean.json" ] || integration_run clean
    # 429 every 5th request (resetting 1 s ahead), 5% 503, 2% dropped connections, tokens that live 5 s.
    integration_run faults --token-ttl 5 --fault-429-every 5 --fault-reset-seconds 1 \
        --fault-503-rate 0.05 --fault-drop-rate 0.02 --fault-seed 7
    log "fault run against clean run"
    "$VENV/bin/python" "$ROOT/hacking/simreport.py" compare "$BUILD/integration-clean.json" "$BUILD/integration-faults.json"
    echo "wall time: clean $(cat "$BUILD/integration-clean.seconds") s, with faults $(cat "$BUILD/integration-faults.seconds") s"
fi

log "all requested tests passed"
