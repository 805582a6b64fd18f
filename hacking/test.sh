#!/usr/bin/env bash
# Every test: ansible-test sanity, units (HTTP layer, modules, simulator) and integration (against the simulator).
# Usage: hacking/test.sh [all|sanity|units|lint|docs|awx|galaxy|cores|integration|faults]
# TARGETS="asa_service asa_client" limits integration (and the fault run) to those targets.
# Every step runs even when an earlier one failed; the last line is "N passed, M failed" over the steps.
# shellcheck source=hacking/common.sh
source "$(dirname "$0")/common.sh"

what=${1:-all}
ensure_venv
sync_tree
ensure_pip_bootstrap
cd "$TREE"

PASSED=()
FAILED=()
TIMES=()

# Run step $1 (a name) as the command that follows, in a subshell that stops at its first error.
run_step() {
    local name=$1 started=$SECONDS rc
    shift
    set +e
    (set -e; "$@")
    rc=$?
    set -e
    TIMES+=("$(printf '%-28s %-6s %5d s' "$name" "$([ $rc = 0 ] && echo ok || echo FAILED)" $((SECONDS - started)))")
    if [ $rc = 0 ]; then PASSED+=("$name"); else FAILED+=("$name"); fi
}

wanted() { [ "$what" = all ] || [ "$what" = "$1" ]; }

sanity() {
    log "ansible-test sanity"
    ansible-test sanity --venv --python 3.11 --color no
}

units() {
    log "ansible-test units"
    ansible-test units --venv --python 3.11 --color no
}

# Another ansible-core's venv and tree: $1 a Python, $2 the pip requirement, $3 a name (core216-py3.11).
core_setup() {
    local python=$1 spec=$2 name=$3
    local venv="$BUILD/venv-$name"
    if [ ! -x "$venv/bin/ansible-test" ]; then
        "$python" -m venv "$venv"
        "$venv/bin/pip" install --quiet --disable-pip-version-check "$spec" -r "$ROOT/requirements.txt"
    fi
    sync_tree "$BUILD/core-$name/ansible_collections/okta/asa"
    ensure_pip_bootstrap "$venv"
}

core_version() {
    "$1/bin/python" -c 'from ansible.release import __version__; print(__version__)'
}

# Sanity and units on another ansible-core (set up by core_setup): $1 its name.
core_run() {
    local name=$1 venv="$BUILD/venv-$1"
    log "ansible-test sanity and units on ansible-core $(core_version "$venv"), Python ${name##*-py}"
    cd "$BUILD/core-$name/ansible_collections/okta/asa" || return 1
    local rc=0
    PATH="$venv/bin:$PATH" ansible-test sanity --venv --python "${name##*-py}" --color no || rc=1
    PATH="$venv/bin:$PATH" ansible-test units --venv --python "${name##*-py}" --color no || rc=1
    return $rc
}

# The integration targets on another ansible-core, against a simulator of its own: $1 its name. Destructive
# targets (role_server_agent installs a package on this machine) run only in the main run.
core_integration() {
    local name=$1 venv="$BUILD/venv-$1" output="$BUILD/integration-$1.log"
    local tree="$BUILD/core-$name/ansible_collections/okta/asa"
    SIM_NAME=$name start_simulator || return 1
    write_integration_config "$tree/tests/integration/integration_config.yml" false
    cd "$tree" || return 1
    # shellcheck disable=SC2086 # TARGETS is a list of target names
    if ! PATH="$venv/bin:$PATH" ansible-test integration --venv --python "${name##*-py}" --color no ${TARGETS:-} \
            > "$output" 2>&1; then
        grep -E '^Running .* integration test' "$output" || true
        tail -n 100 "$output"
        echo "integration on $name failed; the whole log is $output" >&2
        return 1
    fi
    echo "integration on ansible-core $(core_version "$venv"): $(grep -cE '^Running .* integration test' "$output") targets passed"
    stop_simulator
}

# The supported range: the oldest claimed ansible-core and the newest installable (it needs Python 3.12):
# sanity and units on each, then their integration runs side by side.
cores() {
    local python312
    python312=$(python312)
    if [ -z "$python312" ] || ! "$python312" --version >/dev/null 2>&1; then
        echo "no Python 3.12 on this machine, so the newest ansible-core cannot be tested" >&2
        return 1
    fi
    core_setup "$PYTHON" 'ansible-core>=2.16,<2.17' core216-py3.11
    core_setup "$python312" 'ansible-core>=2.21,<2.22' core221-py3.12
    local failed=0 first second
    (core_run core216-py3.11) || failed=1
    (core_run core221-py3.12) || failed=1
    log "integration on ansible-core 2.16 and 2.21, side by side"
    (core_integration core216-py3.11) &
    first=$!
    (core_integration core221-py3.12) &
    second=$!
    wait "$first" || failed=1
    wait "$second" || failed=1
    return $failed
}

# One integration run against a fresh simulator: $1 is "clean" or "faults", the rest are simulator options.
integration_run() {
    local run=$1 started
    shift
    ensure_apt_tools
    start_simulator "$@"
    write_integration_config "$TREE/tests/integration/integration_config.yml" "$([ "$run" = faults ] && echo true || echo false)"
    local output="$BUILD/integration-$run.log"
    local verbosity=()
    # The clean run is logged at -vvvv and scanned for every secret the simulator handed out.
    [ "$run" = clean ] && verbosity=(-vvvv)
    log "ansible-test integration ($run run; log: $output)"
    started=$SECONDS
    # shellcheck disable=SC2086 # TARGETS is a list of target names
    # --allow-destructive: role_server_agent installs a stand-in package on this machine (and removes it again).
    if ! ansible-test integration --venv --python 3.11 --color no --allow-destructive "${verbosity[@]}" ${TARGETS:-} > "$output" 2>&1; then
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

lint() {
    tool_venv lint
    log "antsibull-changelog lint; ansible-lint --profile production on the roles, playbooks, extensions and meta"
    "$BUILD/venv-lint/bin/antsibull-changelog" lint
    ANSIBLE_COLLECTIONS_PATH="$COLLECTIONS" PATH="$BUILD/venv-lint/bin:$PATH" \
        ansible-lint --profile production --offline --nocolor roles/ playbooks/ extensions/ meta/
    log "the GitHub Actions workflow against GitHub's workflow schema"
    "$BUILD/venv-lint/bin/check-jsonschema" --builtin-schema vendor.github-workflows .github/workflows/*.yml
}

docs() {
    tool_venv docs
    log "ansible-doc of every plugin and role; antsibull-docs lint-collection-docs; the docsite build"
    ANSIBLE_COLLECTIONS_PATH="$COLLECTIONS" PATH="$BUILD/venv-docs/bin:$PATH" bash "$ROOT/hacking/docs.sh" "$TREE" "$BUILD/docsite"
}

awx() {
    tool_venv awx
    log "execution environment: ansible-builder create, then its galaxy and introspection stages"
    rm -rf "$BUILD/awx" && mkdir -p "$BUILD/awx/dist"
    ansible-galaxy collection build --output-path "$BUILD/awx/dist" >/dev/null
    local tarball=("$BUILD"/awx/dist/okta-asa-*.tar.gz)
    PATH="$BUILD/venv-awx/bin:$PATH" "$BUILD/venv-awx/bin/python" "$ROOT/hacking/awx_check.py" ee \
        --tarball "${tarball[0]}" --work "$BUILD/awx"
    # The job's Python: the base image's (ansible-core, ansible-runner) plus what introspection found.
    local ee_venv="$BUILD/awx/venv-ee"
    "$PYTHON" -m venv "$ee_venv"
    "$ee_venv/bin/pip" install --quiet --disable-pip-version-check -r "$ROOT/hacking/ee-base-requirements.txt"
    if "$ee_venv/bin/python" -c 'import requests' 2>/dev/null; then
        echo "the execution environment's base already has requests: the check below would prove nothing" >&2
        return 1
    fi
    "$ee_venv/bin/pip" install --quiet --disable-pip-version-check -r "$BUILD/awx/ee-requirements.txt"
    log "an AWX-style job: playbooks/demo.yml through ansible-runner with the Okta ASA credential injected"
    start_simulator
    AWX_CHECK_KEY_SECRET="$SIM_KEY_SECRET" PATH="$ee_venv/bin:$PATH" "$ee_venv/bin/python" "$ROOT/hacking/awx_check.py" runner \
        --collections "$BUILD/awx/ee-collections" --playbook "$ROOT/playbooks/demo.yml" --team acme \
        --key-id "$SIM_KEY_ID" --api-url "$SIM_URL" --work "$BUILD/awx/runner" --output "$BUILD/awx/job-output.txt"
    log "secret leak scan of the jobs' stdout and events"
    "$VENV/bin/python" "$ROOT/hacking/leakscan.py" "$SIM_URL" "$BUILD/awx/job-output.txt"
    stop_simulator
}

# The tarball Galaxy and Automation Hub would get: a release copy with its changelog, built, then checked by
# galaxy-importer (no error, no warning) and for its size and contents.
galaxy() {
    tool_venv galaxy
    local release="$BUILD/release/ansible_collections/okta/asa" dist="$BUILD/release/dist" tarball importer_log
    log "the release tarball: changelog, ansible-galaxy collection build, galaxy-importer, size and contents"
    sync_tree "$release"
    rm -rf "$dist" && mkdir -p "$dist"
    (cd "$release" && "$BUILD/venv-galaxy/bin/antsibull-changelog" release \
        && PATH="$BUILD/venv-galaxy/bin:$PATH" ansible-galaxy collection build --output-path "$dist" >/dev/null)
    tarball=$(echo "$dist"/okta-asa-*.tar.gz)
    importer_log=$dist/importer.log
    (cd "$dist" && GALAXY_IMPORTER_CONFIG="$ROOT/hacking/galaxy.cfg" PATH="$BUILD/venv-galaxy/bin:$PATH" \
        "$BUILD/venv-galaxy/bin/python" -m galaxy_importer.main "$tarball" > "$importer_log" 2>&1)
    if grep -E 'WARNING|ERROR' "$importer_log"; then
        echo "galaxy-importer warned (above); its log is $importer_log" >&2
        return 1
    fi
    echo "galaxy-importer: no warning; content items: $(grep -cE '^Loading (module|role|inventory|lookup|playbook) ' "$importer_log")"
    "$VENV/bin/python" "$ROOT/hacking/tarball_check.py" "$tarball"
}

python312() {
    local found=("$HOME"/.pyenv/versions/3.12*/bin/python3.12)
    if [ -x "${found[0]}" ]; then echo "${found[0]}"; else command -v python3.12 || true; fi
}

faults() {
    [ -f "$BUILD/integration-clean.json" ] || integration_run clean
    # 429 every 5th request (Retry-After 0.2 s, which the client honours before X-RateLimit-Reset), 5% 503,
    # 2% dropped connections, tokens that live 5 s.
    integration_run faults --token-ttl 5 --fault-429-every 5 --fault-reset-seconds 1 --fault-retry-after 0.2 \
        --fault-503-rate 0.05 --fault-drop-rate 0.02 --fault-seed 7
    log "fault run against clean run"
    "$VENV/bin/python" "$ROOT/hacking/simreport.py" compare "$BUILD/integration-clean.json" "$BUILD/integration-faults.json"
    echo "wall time: clean $(cat "$BUILD/integration-clean.seconds") s, with faults $(cat "$BUILD/integration-faults.seconds") s"
}

rm -f "$BUILD/integration-clean.json"
wanted sanity && run_step sanity sanity
wanted units && run_step units units
wanted lint && run_step lint lint
wanted docs && run_step docs docs
wanted awx && run_step awx awx
wanted galaxy && run_step galaxy galaxy
wanted cores && run_step "cores 2.16 and 2.21" cores
wanted integration && run_step "integration (clean)" integration_run clean
wanted faults && run_step "integration (faults)" faults

log "summary"
printf '%s\n' "${TIMES[@]}"
[ ${#FAILED[@]} = 0 ] || echo "failed: ${FAILED[*]}"
echo "${#PASSED[@]} passed, ${#FAILED[@]} failed"
[ ${#FAILED[@]} = 0 ]
