#!/usr/bin/env bash
# The morning rush through okta-hr-server processes: one instance on SQLite against two on one PostgreSQL
# database (crates/server/benches/instances.rs), with a PostgreSQL of its own from Debian's packages.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/setup.sh
. scripts/setup.sh
ensure_rust
start_test_postgres
cargo bench --locked -p okta-hr-server --bench instances
