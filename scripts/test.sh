#!/usr/bin/env bash
# The one test command: installs what is missing, then checks formatting and lints and runs every
# test: Rust unit and integration tests, the UI's unit tests, and the end-to-end stories in the real
# app window under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/setup.sh
. scripts/setup.sh

ensure_rust
ensure_build_tools
ensure_app_libraries
ensure_e2e_tools
ensure_okta_sdk
echo "== UI build"
build_ui

echo "== cargo fmt"
cargo fmt --all -- --check
echo "== cargo clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings
echo "== cargo test"
cargo test --workspace --locked
echo "== Okta's Python SDK against the server"
cargo build --locked -p okta-hr-server
"$OKTA_SDK_VENV/bin/python" crates/server/tests/okta_sdk/test_okta_sdk.py
echo "== UI unit tests"
(cd ui && npm run check && npm test)
echo "== end-to-end stories in the real window"
cargo build --locked -p okta-hr-app
(cd ui && xvfb-run -a --server-args="-screen 0 1400x1000x24" npm run e2e)
