#!/usr/bin/env bash
# The one run command: installs what is missing, builds, and starts Okta HR with the demo companies.
# Until the desktop app lands this serves the API on http://127.0.0.1:8080 (Ctrl-C stops it).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/setup.sh
. scripts/setup.sh

ensure_rust
ensure_build_tools

data_dir="${OKTA_HR_DATA_DIR:-$HOME/.local/share/okta-hr}"
mkdir -p "$data_dir"
cargo build --release --locked -p okta-hr-server
echo "Demo: sign in as employee@acme.test, manager@acme.test or hr@acme.test with password 'password'."
exec target/release/okta-hr-server --database "sqlite://$data_dir/demo.sqlite" serve --demo \
    --bind "${OKTA_HR_BIND:-127.0.0.1:8080}"
