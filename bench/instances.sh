#!/usr/bin/env bash
# The morning rush through okta-hr-server processes: one instance on SQLite against one and two on one
# PostgreSQL database, four companies at once, and a company's rush during its 10,000-line payroll run
# (crates/server/benches/instances.rs), with a PostgreSQL
# of its own from Debian's packages. PostgreSQL's own ceiling on this machine comes first, from the same
# cluster: pgbench's simple-update script (-N: no row shared between clients, as check-ins of different
# people share none) with 64 clients, the rush's concurrency.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/setup.sh
. scripts/setup.sh
ensure_rust
start_test_postgres
cargo bench --locked -p okta-hr-server --bench instances --no-run
bin=$(find /usr/lib/postgresql -maxdepth 2 -name bin -type d | sort -V | tail -n 1)
port=${OKTA_HR_TEST_POSTGRES##*:}
port=${port%%/*}
connect=(-h 127.0.0.1 -p "$port" -U okta_hr)
"$bin/createdb" "${connect[@]}" pgbench
"$bin/pgbench" "${connect[@]}" -i -q -s 10 pgbench >/dev/null 2>&1
echo "pgbench -N, 64 clients, 20 s on the same PostgreSQL:"
"$bin/pgbench" "${connect[@]}" -N -c 64 -j 2 -T 20 pgbench 2>/dev/null | tee /tmp/okta-hr-pgbench.txt | grep -E '^(tps|latency)'
OKTA_HR_PGBENCH_TPS=$(awk '/^tps/ {print $3}' /tmp/okta-hr-pgbench.txt)
export OKTA_HR_PGBENCH_TPS
"$bin/dropdb" "${connect[@]}" pgbench
cargo bench --locked -p okta-hr-server --bench instances
