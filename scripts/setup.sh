# Installs what this project needs and the machine lacks. Sourced by run.sh and test.sh.
# Debian packages come from apt (as root, or through sudo); nothing is downloaded any other way.

set -euo pipefail

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_updated=false

# ensure_packages PKG...: installs the Debian packages that are not installed yet.
ensure_packages() {
    local missing=()
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    if [ "$apt_updated" = false ]; then
        as_root apt-get update -qq
        apt_updated=true
    fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# ensure_rust: the workspace needs Rust 1.95 with cargo, rustfmt and clippy.
ensure_rust() {
    if [ -f "$HOME/.cargo/env" ]; then
        # shellcheck disable=SC1091
        . "$HOME/.cargo/env"
    fi
    if ! command -v cargo >/dev/null 2>&1; then
        echo "error: cargo not found. Install Rust 1.95 or newer (rustup), then run this again." >&2
        exit 1
    fi
    local version
    version=$(rustc --version | awk '{print $2}')
    if [ "$(printf '%s\n' "1.95.0" "$version" | sort -V | head -n1)" != "1.95.0" ]; then
        echo "error: Rust $version is too old; this workspace needs 1.95 or newer." >&2
        exit 1
    fi
}

ensure_build_tools() {
    ensure_packages build-essential pkg-config ca-certificates curl wget file libxml2-utils
}

# What Tauri 2 needs on Linux to build the app and open its window.
ensure_app_libraries() {
    ensure_packages libwebkit2gtk-4.1-dev libxdo-dev libssl-dev libayatana-appindicator3-dev librsvg2-dev
}

ensure_node() {
    if ! command -v node >/dev/null 2>&1 || [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 20 ]; then
        ensure_packages nodejs npm
    fi
    if [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 20 ]; then
        echo "error: the UI needs Node.js 20 or newer." >&2
        exit 1
    fi
}

# The UI is compiled into the app binary, so it is built before the Rust workspace.
build_ui() {
    ensure_node
    # npm install rather than npm ci: npm 11 leaves other platforms' optional rollup builds out of the
    # lock file and then refuses it in npm ci; install still honours the locked versions.
    (cd ui && npm install --no-audit --no-fund --loglevel=error && npm run build)
}

# The real-window end-to-end tests: a display, the WebKit WebDriver and tauri-driver.
ensure_e2e_tools() {
    # gnome-keyring: a real Secret Service for the test of the system keystore the core keeps keys in.
    ensure_packages xvfb xauth webkit2gtk-driver gnome-keyring
    if ! command -v tauri-driver >/dev/null 2>&1; then
        cargo install tauri-driver --locked --version "^2"
    fi
    # The language story runs the app as a German device: the web view takes its language from the
    # system's locale, which must be installed to count.
    ensure_packages locales
    if ! locale -a | grep -qix 'de_DE.utf8'; then
        as_root sed -i 's/^# *\(de_DE.UTF-8 UTF-8\)/\1/' /etc/locale.gen
        as_root locale-gen
    fi
}

# A virtualenv under target/ with the PyPI packages a test of the server needs, from a requirements file
# in crates/server/tests/python/: Okta's published SDK, schemathesis.
python_test_venv() {
    local venv="target/$1-venv"
    if ! python3 -m venv --help >/dev/null 2>&1; then
        ensure_packages python3 python3-venv
    fi
    if [ ! -x "$venv/bin/python" ]; then
        python3 -m venv "$venv"
    fi
    "$venv/bin/pip" install --quiet --disable-pip-version-check -r "crates/server/tests/python/$1-requirements.txt"
}


# A PostgreSQL server of the test run's own, from Debian's packages: a new cluster in a temporary folder
# on a free local port, owned by the `postgres` account when run as root, stopped and removed when the
# calling script exits. Exports OKTA_HR_TEST_POSTGRES, on which each test makes a database of its own,
# and OKTA_HR_TEST_POSTGRES_CA, the CA of the certificate it answers TLS with.
start_test_postgres() {
    ensure_packages postgresql openssl
    local bin port dir
    bin=$(find /usr/lib/postgresql -maxdepth 2 -name bin -type d | sort -V | tail -n 1)
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    dir=$(mktemp -d "${TMPDIR:-/tmp}/okta-hr-postgres.XXXXXX")
    # TLS with a certificate for 127.0.0.1 from a CA of the tests' own, which the server's tests trust
    # or not (`OKTA_HR_TEST_POSTGRES_CA`); connections that do not ask for TLS stay plain.
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Okta HR test CA" \
        -keyout "$dir/ca.key" -out "$dir/ca.crt" 2>/dev/null
    openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" -keyout "$dir/server.key" \
        -out "$dir/server.csr" 2>/dev/null
    openssl x509 -req -in "$dir/server.csr" -CA "$dir/ca.crt" -CAkey "$dir/ca.key" -CAcreateserial -days 2 \
        -extfile <(printf 'subjectAltName=IP:127.0.0.1') -out "$dir/server.crt" 2>/dev/null
    chmod 600 "$dir/server.key"
    local as_owner=()
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres "$dir" "$dir/server.key" "$dir/server.crt"
        as_owner=(runuser -u postgres --)
    fi
    "${as_owner[@]}" "$bin/initdb" --pgdata="$dir/data" --auth=trust --username=okta_hr --encoding=UTF8 \
        --no-sync >/dev/null
    "${as_owner[@]}" "$bin/pg_ctl" --pgdata="$dir/data" --log="$dir/server.log" --wait \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=400 -c ssl=on \
            -c ssl_cert_file=$dir/server.crt -c ssl_key_file=$dir/server.key" start >/dev/null
    # shellcheck disable=SC2064 # the folder and owner are fixed now
    trap "${as_owner[*]} '$bin/pg_ctl' --pgdata='$dir/data' --mode=immediate stop >/dev/null 2>&1; rm -rf '$dir'" EXIT
    export OKTA_HR_TEST_POSTGRES="postgres://okta_hr@127.0.0.1:$port/postgres"
    export OKTA_HR_TEST_POSTGRES_CA="$dir/ca.crt"
    echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') for the tests on 127.0.0.1:$port"
}
