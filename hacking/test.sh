#!/usr/bin/env bash
# Every test: ansible-test sanity, units and integration (against the simulator) on the supported ansible-core
# range, lint, docs, the AWX/EE checks and the Galaxy tarball.
# Usage: hacking/test.sh [all|sanity|units|lint|docs|awx|galaxy|cores|integration|faults]
# TARGETS="asa_service asa_client" limits the integration runs to those targets.
#
# The steps run side by side, TEST_JOBS at a time (default: the machine's cores), each in a copy of the tree of its
# own, with a simulator of its own; a step's output goes to $BUILD/logs/STEP.log and is printed when the step ends.
# Every step runs even when another failed (one that needs a failed step is reported as failed without running);
# the summary lists each step's duration and ends with "N passed, M failed".
# shellcheck source=hacking/common.sh
source "$(dirname "$0")/common.sh"

what=${1:-all}
JOBS=${TEST_JOBS:-$(nproc)}
LOGS="$BUILD/logs"
# The supported range besides the main ansible-core (2.19, in .venv): the oldest claimed one, and the newest
# installable (it needs Python 3.12). name|Python|pip requirement
CORES=("core216-py3.11|$PYTHON|ansible-core>=2.16,<2.17" "core221-py3.12|python3.12|ansible-core>=2.21,<2.22")

# -- the steps ------------------------------------------------------------------------------------------------------

sanity() {
    log "ansible-test sanity"
    ansible-test sanity --venv --python 3.11 --color no
}

units() {
    log "ansible-test units"
    ansible-test units --venv --python 3.11 --color no
}

python312() {
    local found=("$HOME"/.pyenv/versions/3.12*/bin/python3.12)
    if [ -x "${found[0]}" ]; then echo "${found[0]}"; else command -v python3.12 || true; fi
}

core_version() {
    "$1/bin/python" -c 'from ansible.release import __version__; print(__version__)'
}

# Make the venvs of the other ansible-cores (before the steps that share them start).
core_setup() {
    local entry name python spec
    for entry in "${CORES[@]}"; do
        IFS='|' read -r name python spec <<< "$entry"
        if [ "$python" = python3.12 ]; then
            python=$(python312)
            if [ -z "$python" ] || ! "$python" --version >/dev/null 2>&1; then
                echo "no Python 3.12 on this machine, so the newest ansible-core cannot be tested" >&2
                return 1
            fi
        fi
        make_venv "$(venv_dir "$name")" "$python" "" "$spec" -r "$ROOT/requirements.txt"
        ensure_pip_bootstrap "$(venv_dir "$name")"
    done
}

# Sanity and units on another ansible-core: $1 its name.
core_run() {
    local name=$1 venv
    venv=$(venv_dir "$name")
    log "ansible-test sanity and units on ansible-core $(core_version "$venv"), Python ${name##*-py}"
    local rc=0
    PATH="$venv/bin:$PATH" ansible-test sanity --venv --python "${name##*-py}" --color no || rc=1
    PATH="$venv/bin:$PATH" ansible-test units --venv --python "${name##*-py}" --color no || rc=1
    return $rc
}

# The integration targets on another ansible-core, against a simulator of its own: $1 its name. Destructive
# targets (role_server_agent installs a package on this machine) run only in the main run.
core_integration() {
    local name=$1 venv output="$BUILD/integration-$1.log"
    venv=$(venv_dir "$name")
    start_simulator
    write_integration_config "$TREE/tests/integration/integration_config.yml" false
    log "ansible-test integration on ansible-core $(core_version "$venv") (log: $output)"
    # shellcheck disable=SC2086 # TARGETS is a list of target names
    if ! PATH="$venv/bin:$PATH" ansible-test integration --venv --python "${name##*-py}" --color no ${TARGETS:-} \
            > "$output" 2>&1; then
        grep -E '^Running .* integration test' "$output" || true
        tail -n 100 "$output"
        echo "integration on $name failed; the whole log is $output" >&2
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
    venv=$(venv_dir lint)
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
    ANSIBLE_COLLECTIONS_PATH="$COLLECTIONS" PATH="$(venv_dir docs)/bin:$PATH" bash "$ROOT/hacking/docs.sh" "$TREE" "$BUILD/docsite"
}

awx() {
    local venv
    tool_venv awx
    venv=$(venv_dir awx)
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
    venv=$(venv_dir galaxy)
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

# -- the schedule ---------------------------------------------------------------------------------------------------

# step NAME MAKE-TARGET NEEDS COMMAND...: in the order they start when a place is free (the longest first).
declare -A STEP_CMD STEP_NEEDS STEP_TARGET STEP_STATE STEP_START STEP_SECONDS
STEPS=()
step() {
    STEPS+=("$1")
    STEP_TARGET[$1]=$2
    STEP_NEEDS[$1]=$3
    shift 3
    STEP_CMD[${STEPS[-1]}]="$*"
}
step "integration (faults)"        faults      "integration (clean)" faults
step "integration (clean)"         integration ""                    integration_run clean
step "integration on 2.16"         cores       ""                    core_integration core216-py3.11
step "integration on 2.21"         cores       ""                    core_integration core221-py3.12
step docs                          docs        ""                    docs
step "sanity and units on 2.16"    cores       ""                    core_run core216-py3.11
step "sanity and units on 2.21"    cores       ""                    core_run core221-py3.12
step sanity                        sanity      ""                    sanity
step galaxy                        galaxy      ""                    galaxy
step awx                           awx         ""                    awx
step units                         units       ""                    units
step lint                          lint        ""                    lint

wanted() {
    [ "$what" = all ] || [ "$what" = "${STEP_TARGET[$1]}" ] || { [ "$what" = faults ] && [ "$1" = "integration (clean)" ]; }
}

# Run step $1 in the background: a tree, a simulator name and a log of its own.
start_step() {
    local name=$1 slug
    slug=$(printf '%s' "$name" | tr -c 'a-z0-9.' '-')
    STEP_START[$name]=$SECONDS
    STEP_STATE[$name]=running
    # shellcheck disable=SC2086 # the command is a function name and its words
    (
        COLLECTIONS="$BUILD/trees/$slug"
        TREE="$COLLECTIONS/ansible_collections/okta/asa"
        SIM_NAME=$slug
        sync_tree "$TREE"
        cd "$TREE"
        set -e
        ${STEP_CMD[$name]}
    ) > "$LOGS/$slug.log" 2>&1 &
    RUNNING[$!]=$name
    printf '\n==> %s started (%d running; %d s in)\n' "$name" "${#RUNNING[@]}" "$SECONDS"
}

# Wait for one running step to end; print its log.
finish_step() {
    local pid rc=0 name slug
    wait -n -p pid "${!RUNNING[@]}" || rc=$?
    name=${RUNNING[$pid]}
    unset "RUNNING[$pid]"
    slug=$(printf '%s' "$name" | tr -c 'a-z0-9.' '-')
    STEP_SECONDS[$name]=$((SECONDS - STEP_START[$name]))
    if [ $rc = 0 ]; then STEP_STATE[$name]=ok; else STEP_STATE[$name]=FAILED; fi
    printf '\n======== %s: %s in %d s (%d s in; log %s) ========\n' "$name" "${STEP_STATE[$name]}" \
        "${STEP_SECONDS[$name]}" "$SECONDS" "$LOGS/$slug.log"
    cat "$LOGS/$slug.log"
}

# Start what can start; a step whose need failed fails without running.
start_ready() {
    local name need
    for name in "${STEPS[@]}"; do
        [ "${STEP_STATE[$name]:-}" = waiting ] || continue
        need=${STEP_NEEDS[$name]}
        if [ -n "$need" ] && [ "${STEP_STATE[$need]:-ok}" = FAILED ]; then
            STEP_STATE[$name]=FAILED
            STEP_SECONDS[$name]=0
            echo "==> $name not run: it needs $need, which failed"
            continue
        fi
        if [ -n "$need" ] && [ "${STEP_STATE[$need]:-ok}" != ok ]; then
            continue
        fi
        [ ${#RUNNING[@]} -lt "$JOBS" ] || return 0
        start_step "$name"
    done
}

ensure_venv
mkdir -p "$LOGS"
rm -f "$BUILD/integration-clean.json" "$BUILD"/simulator-*.port
declare -A RUNNING=()
prepared=ok
log "preparing: the pip bootstraps, the other cores' venvs, the test SSH key, Debian tools ($JOBS steps at a time)"
ensure_pip_bootstrap || prepared=FAILED
case $what in
    all|cores) core_setup || prepared=FAILED ;;
esac
case $what in
    all|cores|integration|faults) { ensure_test_ssh_key && ensure_apt_tools; } || prepared=FAILED ;;
esac
for name in "${STEPS[@]}"; do
    wanted "$name" && STEP_STATE[$name]=waiting
done
if [ $prepared != ok ]; then
    for name in "${!STEP_STATE[@]}"; do STEP_STATE[$name]=FAILED; STEP_SECONDS[$name]=0; done
fi
started=$SECONDS
while :; do
    start_ready
    [ ${#RUNNING[@]} -gt 0 ] || break
    finish_step
done

log "summary"
passed=0 failed=0
for name in "${STEPS[@]}"; do
    [ -n "${STEP_STATE[$name]:-}" ] || continue
    printf '%-28s %-6s %5d s\n' "$name" "${STEP_STATE[$name]}" "${STEP_SECONDS[$name]}"
    if [ "${STEP_STATE[$name]}" = ok ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
done
echo "wall time: $((SECONDS - started)) s for the steps, $JOBS at a time, after $started s of preparation"
echo "$passed passed, $failed failed"
[ $failed = 0 ]
