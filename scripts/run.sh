#!/usr/bin/env bash
# The one run command: installs what is missing, builds the UI and the app, and opens Okta HR signed
# in to the embedded demo company (as the employee; sign out to try the manager or HR).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/setup.sh
. scripts/setup.sh

ensure_rust
ensure_build_tools
ensure_app_libraries
build_ui
cargo build --release --locked -p okta-hr-app

export OKTA_HR_DEMO_ROLE="${OKTA_HR_DEMO_ROLE:-employee}"
# A desktop has no GPS: put it at the demo company's HQ unless told otherwise.
export OKTA_HR_LOCATION="${OKTA_HR_LOCATION:-52.520008,13.404954,10}"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: starting the app under Xvfb (install a desktop to see the window)."
    ensure_packages xvfb xauth
    exec xvfb-run -a target/release/okta-hr-app
fi
exec target/release/okta-hr-app
