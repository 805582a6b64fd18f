#!/usr/bin/env bash
# The steps of `make test`, and what they need made first. The Makefile says which step needs what and runs them
# side by side (make -j, each step's output printed when it ends); this file says what each one does.
#   steps.sh prepare WHAT      venv | core-2.16 | core-2.21 | ssh-key: made once, before the steps that need it
#   steps.sh run STEP          one step, in a copy of the tree of its own, with a simulator of its own
#   steps.sh reset STEP...     forget the results of earlier runs of these steps
#   steps.sh summary STEP...   each step's result and duration, then "N passed, M failed"
# TARGETS="asa_service asa_client" limits the integration runs to those targets.
# shellcheck source=hacking/common.sh
source "$(dirname "$0")/common.sh"

RESULTS="$BUILD/results"
# The cores besides the main one (2.19, in .venv): the oldest claimed, and the newest (it needs Python 3.12).
declare -A CORE_SPEC=([2.16]="ansible-core>=2.16,<2.17" [2.21]="ansible-core>=2.21,<2.22")
declare -A CORE_PYTHON=([2.16]=3.11 [2.21]=3.12)

core_venv() {
    venv_dir "core-$1" "${CORE_SPEC[$1]}" "$ROOT/requirements.txt"
}

python_for() {
    if [ "$1" = 3.11 ]; then echo "$PYTHON"; return; fi
    local found=("$HOME"/.pyenv/versions/"$1"*/bin/python"$1")
    if [ -x "${found[0]}" ]; then echo "${found[0]}"; else command -v "python$1" || true; fi
}

# -- what steps need made first --------------------------------------------------------------------------------------

prepare_venv() { ensure_venv && ensure_pip_bootstrap; }

prepare_core() {
    local version=$1 python venv
    python=$(python_for "${CORE_PYTHON[$version]}")
    if [ -z "$python" ] || ! "$python" --version >/dev/null 2>&1; then
        echo "no Python ${CORE_PYTHON[$version]} on this machine, so ansible-core $version cannot be tested" >&2
        return 1
    fi
    venv=$(core_venv "$version")
    make_venv "$venv" "$python" "" "${CORE_SPEC[$version]}" -r "$ROOT/requirements.txt"
    ensure_pip_bootstrap "$venv"
}

prepare_ssh_key() { ensure_test_ssh_key; }

# -- the steps ---------------------------------------------------------------------------------------------------------

sanity() {
    log "ansible-test sanity"
    ansible-test sanity --venv --python 3.11 --color no
}

units() {
    log "ansible-test units"
    ansible-test units --venv --python 3.11 --color no
}

core_version() {
    "$1/bin/python" -c 'from ansible.release import __version__; print(__version__)'
}

# Sanity and units on another ansible-core: $1 its version.
core_run() {
    local venv python=${CORE_PYTHON[$1]} rc=0
    venv=$(core_venv "$1")
    log "ansible-test sanity and units on ansible-core $(core_version "$venv"), Python $python"
    PATH="$venv/bin:$PATH" ansible-test sanity --venv --python "$python" --color no || rc=1
    PATH="$venv/bin:$PATH" ansible-test units --venv --python "$python" --color no || rc=1
    return $rc
}

# The integration targets on another ansible-core, against a simulator of its own: $1 its version. Destructive
# targets (role_server_agent installs a package on this machine) run only in the main run.
core_integration() {
    local venv python=${CORE_PYTHON[$1]} output="$BUILD/integration-$1.log"
    venv=$(core_venv "$1")
    start_simulator
    write_integration_config "$TREE/tests/integration/integration_config.yml" false
    log "ansible-test integration on ansible-core $(core_version "$venv") (log: $output)"
    # shellcheck disable=SC2086 # TARGETS is a list of target names
    if ! PATH="$venv/bin:$PATH" ansible-test integration --venv --python "$python" --color no ${TARGETS:-} \
            > "$output" 2>&1; then
        grep -E '^Running .* integration test' "$output" || true
        tail -n 100 "$output"
        echo "integration on ansible-core $1 failed; the whole log is $output" >&2
        return 1
    fi
    echo "integration on ansible-core $(core_version "$venv"): $(grep -cE '^Running .* integration test' "$output") targets passed"
    "$VENV/bin/python" "$ROOT/hacking/junit_times.py" tests/output/junit 5
    stop_simulator
}

# One integration run on the main ansible-core against a fresh simulator: $1 is "clean" or "faults", the rest are
# simulator options.
integration_run() {
    local run=$1 started
    shift
    start_simulator "$@"
    write_integration_config "$TREE/tests/integration/integration_config.yml" "$([ "$run" = faults ] && echo true || echo false)"
    local output="$BUILD/integration-$run.log"
    local verbosity=()
    # The clean run is logged at -vvvv and scanned for every secret the simulator handed out.
    [ "$run" = clean ] && verbosity=(-vvvv)
    log "ansible-test integration ($run run; log: $output)"
    # The destructive targets install and remove packages of this machine: a second checkout's run waits.
    exec {host_lock}>"${TMPDIR:-/tmp}/okta-asa-destructive-targets.lock"
    flock -n "$host_lock" || { echo "waiting for another checkout's integration run on this machine"; flock "$host_lock"; }
    started=$SECONDS
    # --allow-destructive: role_server_agent installs a stand-in package on this machine (and removes it again);
    # the clean and the fault run never run side by side (the fault run needs the clean run's state).
    # shellcheck disable=SC2086 # TARGETS is a list of target names
    if ! ansible-test integration --venv --python 3.11 --color no --allow-destructive "${verbosity[@]}" ${TARGETS:-} > "$output" 2>&1; then
        grep -E '^Running .* integration test' "$output" || true
        tail -n 150 "$output"
        echo "integration ($run run) failed; the whole log is $output" >&2
        return 1
    fi
    echo $((SECONDS - started)) > "$BUILD/integration-$run.seconds"
    grep -E '^Running .* integration test|^testhost +:' "$output"
    "$VENV/bin/python" "$ROOT/hacking/junit_times.py" tests/output/junit 5
    "$VENV/bin/python" "$ROOT/hacking/simreport.py" dump "$SIM_URL" "$BUILD/integration-$run.json"
    if [ "$run" = clean ]; then
        log "secret leak scan of the -vvvv log"
        "$VENV/bin/python" "$ROOT/hacking/leakscan.py" "$SIM_URL" "$output"
    fi
    stop_simulator
}

faults() {
    # 429 every 5th request (Retry-After 0.05 s, which the client honours before X-RateLimit-Reset), 5% 503,
    # 2% dropped connections, tokens that live 5 s.
    integration_run faults --token-ttl 5 --fault-429-every 5 --fault-reset-seconds 1 --fault-retry-after 0.05 \
        --fault-503-rate 0.05 --fault-drop-rate 0.02 --fault-seed 7
    log "fault run against clean run"
    "$VENV/bin/python" "$ROOT/hacking/simreport.py" compare "$BUILD/integration-clean.json" "$BUILD/integration-faults.json"
    echo "wall time: clean $(cat "$BUILD/integration-clean.seconds") s, with faults $(cat "$BUILD/integration-faults.seconds") s"
}

lint() {
    local venv
    tool_venv lint
    venv=$TOOL_VENV
    log "antsibull-changelog lint; ansible-lint --profile production on the roles, playbooks, extensions and meta"
    "$venv/bin/antsibull-changelog" lint
    ANSIBLE_COLLECTIONS_PATH="$COLLECTIONS" PATH="$venv/bin:$PATH" \
        ansible-lint --profile production --offline --nocolor roles/ playbooks/ extensions/ meta/
    log "the GitHub Actions workflow against GitHub's workflow schema"
    "$venv/bin/check-jsonschema" --builtin-schema vendor.github-workflows .github/workflows/*.yml
}

docs() {
    tool_venv docs
    log "ansible-doc of every plugin and role; antsibull-docs lint-collection-docs; the docsite build"
    ANSIBLE_COLLECTIONS_PATH="$COLLECTIONS" PATH="$TOOL_VENV/bin:$PATH" bash "$ROOT/hacking/docs.sh" "$TREE" "$BUILD/docsite"
}

awx() {
    local venv
    tool_venv awx
    venv=$TOOL_VENV
    log "execution environment: ansible-builder create, then its galaxy and introspection stages"
    rm -rf "$BUILD/awx" && mkdir -p "$BUILD/awx/dist"
    ansible-galaxy collection build --output-path "$BUILD/awx/dist" >/dev/null
    local tarball=("$BUILD"/awx/dist/okta-asa-*.tar.gz)
    PATH="$venv/bin:$PATH" "$venv/bin/python" "$ROOT/hacking/awx_check.py" ee \
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
    local venv release="$BUILD/release/ansible_collections/okta/asa" dist="$BUILD/release/dist" tarball importer_log
    tool_venv galaxy
    venv=$TOOL_VENV
    log "the release tarball: changelog, ansible-galaxy collection build, galaxy-importer, size and contents"
    sync_tree "$release"
    rm -rf "$dist" && mkdir -p "$dist"
    (cd "$release" && "$venv/bin/antsibull-changelog" release \
        && PATH="$venv/bin:$PATH" ansible-galaxy collection build --output-path "$dist" >/dev/null)
    tarball=$(echo "$dist"/okta-asa-*.tar.gz)
    importer_log=$dist/importer.log
    (cd "$dist" && GALAXY_IMPORTER_CONFIG="$ROOT/hacking/galaxy.cfg" PATH="$venv/bin:$PATH" \
        "$venv/bin/python" -m galaxy_importer.main "$tarball" > "$importer_log" 2>&1)
    if grep -E 'WARNING|ERROR' "$importer_log"; then
        echo "galaxy-importer warned (above); its log is $importer_log" >&2
        return 1
    fi
    echo "galaxy-importer: no warning; content items: $(grep -cE '^Loading (module|role|inventory|lookup|playbook) ' "$importer_log")"
    "$VENV/bin/python" "$ROOT/hacking/tarball_check.py" "$tarball"
}

# -- running a step ----------------------------------------------------------------------------------------------------

run_step() {
    local name=$1 started=$SECONDS rc=0
    export PATH="$VENV/bin:$PATH"
    COLLECTIONS="$BUILD/trees/$name"
    TREE="$COLLECTIONS/ansible_collections/okta/asa"
    SIM_NAME=$name
    mkdir -p "$RESULTS"
    printf '\n======== %s ========\n' "$name"
    sync_tree "$TREE"
    # In the background and waited for: a subshell on the left of || would run without set -e.
    (cd "$TREE"; "step_${name//[.-]/_}") &
    wait $! || rc=$?
    printf '%s %d\n' "$([ $rc = 0 ] && echo ok || echo FAILED)" $((SECONDS - started)) > "$RESULTS/$name"
    printf '======== %s: %s in %d s ========\n' "$name" "$([ $rc = 0 ] && echo ok || echo FAILED)" $((SECONDS - started))
    return $rc
}

# What each step runs (the Makefile's step names).
step_sanity() { sanity; }
step_units() { units; }
step_lint() { lint; }
step_docs() { docs; }
step_awx() { awx; }
step_galaxy() { galaxy; }
step_integration() { ensure_apt_tools && integration_run clean; }
step_faults() { ensure_apt_tools && faults; }
step_sanity_2_16() { core_run 2.16; }
step_sanity_2_21() { core_run 2.21; }
step_integration_2_16() { core_integration 2.16; }
step_integration_2_21() { core_integration 2.21; }

summary() {
    local name passed=0 failed=0 state seconds
    log "summary"
    for name in "$@"; do
        if [ -s "$RESULTS/$name" ]; then
            read -r state seconds < "$RESULTS/$name"
            seconds="$seconds s"
        else
            state=FAILED seconds="not run (what it needs failed)"
        fi
        printf '%-18s %-6s %s\n' "$name" "$state" "$seconds"
        if [ "$state" = ok ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
    done
    echo "$passed passed, $failed failed"
    [ $failed = 0 ]
}

case ${1:-} in
    prepare)
        case $2 in
            core-*) prepare_core "${2#core-}" ;;
            *) "prepare_${2//-/_}" ;;
        esac ;;
    run) run_step "$2" ;;
    reset) shift; for name in "$@"; do rm -f "$RESULTS/$name"; done ;;
    summary) shift; summary "$@" ;;
    *) echo "usage: $0 prepare WHAT | run STEP | reset STEP... | summary STEP..." >&2; exit 2 ;;
esac
