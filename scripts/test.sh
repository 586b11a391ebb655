#!/usr/bin/env bash
# The one test command: installs what is missing, then checks formatting and lints and runs every
# test: Rust unit and integration tests (the server's and the fault trials on SQLite and on a
# PostgreSQL started here), the UI's unit tests, and the end-to-end stories in the real app window
# under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/setup.sh
. scripts/setup.sh

ensure_rust
# A clean clone builds everything once: incremental caches would only add gigabytes to the disk.
export CARGO_INCREMENTAL="${CARGO_INCREMENTAL:-0}"
ensure_build_tools
ensure_app_libraries
ensure_e2e_tools
python_test_venv okta-sdk
python_test_venv schemathesis
echo "== UI build"
build_ui
node scripts/ui-size.mjs

echo "== cargo fmt"
cargo fmt --all -- --check
echo "== cargo clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings
echo "== cargo test"
# Every cargo test here selects the whole workspace, so each one reuses the same build: selecting one
# package unifies dependency features differently and compiles everything again (twice the disk).
cargo test --workspace --locked
echo "== the system keystore: cache keys and tokens in a real Secret Service (gnome-keyring on a session bus)"
dbus-run-session -- bash -c 'printf okta-hr-tests | gnome-keyring-daemon --unlock --components=secrets >/dev/null &&
    OKTA_HR_KEYSTORE=system cargo test --workspace --locked -- --ignored system_keystore'
echo "== Okta's Python SDK against the server"
# target/debug/okta-hr-server is the one the tests above built.
target/okta-sdk-venv/bin/python crates/server/tests/python/test_okta_sdk.py
echo "== schemathesis against /api/openapi.json, anonymous, as an employee and as HR"
target/schemathesis-venv/bin/python crates/server/tests/python/fuzz_openapi.py
echo "== again on PostgreSQL: the Rust tests (the server's and the core's against it, the fault trials), Okta's SDK and schemathesis"
(
    # In a subshell: the PostgreSQL started here is stopped and removed when it ends.
    start_test_postgres
    cargo test --workspace --locked
    target/okta-sdk-venv/bin/python crates/server/tests/python/test_okta_sdk.py
    target/schemathesis-venv/bin/python crates/server/tests/python/fuzz_openapi.py
)
echo "== UI unit tests"
(cd ui && npm run check && npm test)
echo "== end-to-end stories in the real window"
cargo build --locked -p okta-hr-app
xvfb-run -a --server-args="-screen 0 1400x1000x24" node --test --test-concurrency=1 tests/e2e/
