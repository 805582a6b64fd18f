# Shared by hacking/*.sh: the venv, the ansible_collections/okta/asa tree, the pip bootstrap, the simulator.
# shellcheck shell=bash
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PYTHON=${PYTHON:-python3.11}
command -v "$PYTHON" >/dev/null 2>&1 || PYTHON=python3
VENV="$ROOT/.venv"
# Outside the repo: ansible-test would otherwise find the repo's .git and see the copy as ignored.
BUILD=${OKTA_ASA_BUILD:-$HOME/.cache/okta-asa/$(printf '%s' "$ROOT" | sha1sum | cut -c1-10)}
COLLECTIONS="$BUILD/collections"
TREE="$COLLECTIONS/ansible_collections/okta/asa"
VENVS=${OKTA_ASA_VENVS:-$HOME/.cache/okta-asa/venvs}
SIM_PID=""

log() { printf '\n==> %s\n' "$*"; }

# A requirements file and the files it includes with -r, one a line.
requirements_files() {
    echo "$1"
    sed -n 's/^-r *//p' "$1" | while read -r included; do requirements_files "$(dirname "$1")/$included"; done
}

# A short digest of what a venv is made from: each argument's content when it is a requirements file (with the
# files it includes), else the argument itself (a pip requirement such as "ansible-core>=2.16,<2.17").
venv_digest() {
    local arg
    for arg in "$@"; do
        if [ -f "$arg" ]; then requirements_files "$arg" | while read -r file; do cat "$file"; done; else echo "$arg"; fi
    done | sha256sum | cut -c1-12
}

# A venv at $1 made with Python $2 from the requirements file $3 (or, with none, "") and the pip arguments after
# it, unless it is there and made from the same. A venv is complete once .requirements.sha is written.
make_venv() {
    local venv=$1 python=$2 requirements=$3 want
    shift 3
    want=$(venv_digest ${requirements:+"$requirements"} "$@")
    if [ ! -x "$venv/bin/python" ] || [ "$(cat "$venv/.requirements.sha" 2>/dev/null)" != "$want" ]; then
        log "creating $venv with $("$python" --version) from ${requirements:+${requirements#"$ROOT"/} }$*"
        rm -rf "$venv"
        "$python" -m venv "$venv"
        "$venv/bin/pip" install --quiet --disable-pip-version-check --upgrade pip
        "$venv/bin/pip" install --quiet --disable-pip-version-check ${requirements:+-r "$requirements"} "$@"
        echo "$want" > "$venv/.requirements.sha"
    fi
}

ensure_venv() {
    make_venv "$VENV" "$PYTHON" "$ROOT/hacking/requirements.txt"
    export PATH="$VENV/bin:$PATH"
}

# The tools' venvs live outside the clone, under a name made from what they are made from, so that another clone
# with the same requirements (CI's fresh clone on a developer's machine) finds them made; a changed requirements
# file makes a new venv for the tools that use it, and only for those. $1 the name, then what venv_digest takes.
venv_dir() {
    local name=$1
    shift
    echo "$VENVS/$name-$(venv_digest "$@")"
}

# The venv of a tool step ($1: lint, docs, awx, galaxy) from hacking/$1-requirements.txt.
tool_venv() {
    local requirements="$ROOT/hacking/$1-requirements.txt"
    TOOL_VENV=$(venv_dir "$1" "$requirements")
    make_venv "$TOOL_VENV" "$PYTHON" "$requirements"
}

# ansible-test makes ~/.ansible/test/id_rsa the first time it runs integration tests; two runs side by side on a
# new machine would both try (and one fails, asked whether to overwrite). Make it first, the way ansible-test does.
ensure_test_ssh_key() {
    local key="$HOME/.ansible/test/id_rsa"
    [ -f "$key" ] && return 0
    mkdir -p "$(dirname "$key")"
    ssh-keygen -m PEM -q -t rsa -N '' -f "$key"
}

# Copy the files git knows (tracked, plus new ones not ignored) to ansible_collections/okta/asa
# (to $TREE, or to the directory given).
sync_tree() {
    local dest=${1:-$TREE}
    rm -rf "$dest"
    mkdir -p "$dest"
    (cd "$ROOT" && git ls-files -z -co --exclude-standard | while IFS= read -r -d '' f; do
        [ -e "$f" ] && printf '%s\0' "$f"; done | tar --null -T - -cf - | tar -xf - -C "$dest")
}

# ansible-test --venv downloads get-pip from a host this machine cannot reach: place a bootstrap that
# uses ensurepip instead, for the pip version this ansible-test wants, unless one is already there.
ensure_pip_bootstrap() {
    local venv=${1:-$VENV} pyreq version target
    pyreq=$("$venv/bin/python" -c 'import ansible_test, os; print(os.path.join(os.path.dirname(ansible_test.__file__), "_internal", "python_requirements.py"))')
    version=$(sed -n "s/^ *pip='\([0-9.]*\)',\$/\1/p" "$pyreq" | head -n 1)
    [ -n "$version" ] || { echo "cannot tell which pip ansible-test wants (from $pyreq)" >&2; return 1; }
    target="$HOME/.ansible/test/cache/get_pip_${version//./_}.py"
    [ -f "$target" ] && return 0
    mkdir -p "$(dirname "$target")"
    cat > "$target" <<'PY'
"""Offline stand-in for get-pip.py: ensurepip, then pip install the requested packages."""
import subprocess
import sys

args = [a for a in sys.argv[1:] if a not in ('--no-setuptools', '--no-wheel')]
subprocess.check_call([sys.executable, '-m', 'ensurepip', '--upgrade', '--default-pip'])
subprocess.check_call([sys.executable, '-m', 'pip', 'install'] + args)
PY
    log "placed the pip $version bootstrap at $target"
}

# The Debian tools the server agent role's test builds its stand-in repository with (dpkg-dev, gnupg).
ensure_apt_tools() {
    command -v dpkg-scanpackages >/dev/null && command -v gpg >/dev/null && return 0
    log "installing dpkg-dev and gnupg (the server agent role's test builds a signed package repository)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dpkg-dev gnupg >/dev/null
}

# A self-signed certificate for the simulator's HTTPS port (what validate_certs must refuse).
ensure_tls_cert() {
    TLS_DIR="$BUILD/tls"
    [ -s "$TLS_DIR/cert.pem" ] && return 0
    mkdir -p "$TLS_DIR"
    openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 \
        -keyout "$TLS_DIR/key.pem" -out "$TLS_DIR/cert.pem" 2>/dev/null
}

# Start the simulator in the background (HTTP, and HTTPS with a self-signed certificate); sets SIM_URL,
# SIM_TLS_URL and SIM_KEY_SECRET (the seeded admin key's secret, a fresh random one, not exported).
start_simulator() {
    local portfile="$BUILD/simulator${SIM_NAME:+-$SIM_NAME}.port"
    rm -f "$portfile"
    mkdir -p "$BUILD"
    ensure_tls_cert
    SIM_KEY_ID=6052868b-1b04-4a14-8288-e6496d7f2f4b
    SIM_KEY_SECRET=$("$VENV/bin/python" -c 'import secrets; print(secrets.token_urlsafe(32))')
    ASA_SIM_KEY_SECRET="$SIM_KEY_SECRET" ${SIM_DETACH:+setsid} "$VENV/bin/python" "$ROOT/tests/simulator/asa_simulator.py" \
        --port-file "$portfile" --tls-cert "$TLS_DIR/cert.pem" --tls-key "$TLS_DIR/key.pem" "$@" \
        > "$BUILD/simulator${SIM_NAME:+-$SIM_NAME}.log" 2>&1 &
    SIM_PID=$!
    echo "$SIM_PID" > "$BUILD/simulator${SIM_NAME:+-$SIM_NAME}.pid"
    for _ in $(seq 1 100); do
        [ -s "$portfile" ] && break
        kill -0 "$SIM_PID" 2>/dev/null || { cat "$BUILD/simulator${SIM_NAME:+-$SIM_NAME}.log" >&2; return 1; }
        sleep 0.1
    done
    read -r SIM_PORT SIM_TLS_URL < "$portfile"
    SIM_URL="http://127.0.0.1:$SIM_PORT"
    [ -n "${SIM_DETACH:-}" ] || trap stop_simulator EXIT
    log "simulator listening on $SIM_URL (and $SIM_TLS_URL)"
}

# The integration config for the running simulator, from the committed template, at $1; $2 is true for the
# fault run.
write_integration_config() {
    sed -e "s|@SIM_URL@|$SIM_URL|g" -e "s|@SIM_TLS_URL@|$SIM_TLS_URL|g" -e "s|@SIM_KEY_ID@|$SIM_KEY_ID|g" \
        -e "s|@SIM_KEY_SECRET@|$SIM_KEY_SECRET|g" -e "s|@FAULTS@|${2:-false}|g" \
        "$ROOT/tests/integration/integration_config.yml.template" > "$1"
}

# For the demo and the benchmark: the connection options as the ASA_* environment variables.
export_connection() {
    export SIM_URL ASA_TEAM=acme ASA_API_URL="$SIM_URL" ASA_KEY_ID="$SIM_KEY_ID" ASA_KEY_SECRET="$SIM_KEY_SECRET"
}

stop_simulator() {
    if [ -n "$SIM_PID" ]; then
        kill "$SIM_PID" 2>/dev/null || true
        wait "$SIM_PID" 2>/dev/null || true
        SIM_PID=""
        rm -f "$BUILD/simulator${SIM_NAME:+-$SIM_NAME}.pid"
    fi
}

# Stop the simulator whose pid file is $1, if that process is still the simulator (a pid is soon reused).
stop_simulator_of() {
    local pid
    pid=$(cat "$1" 2>/dev/null) || return 0
    if [ -n "$pid" ] && tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q 'asa_simulator\.py'; then
        kill "$pid" 2>/dev/null || true
    fi
    rm -f "$1"
}
