#!/usr/bin/env bash
# Installs what is missing, builds Claimdiff and serves it on http://127.0.0.1:8080/ (or $PORT).
set -euo pipefail
source "$(dirname "$0")/setup.sh"
cargo fetch --locked   # the build runs offline: trunk may not download anything of its own
TRUNK_OFFLINE=true exec trunk serve --release --locked --address 127.0.0.1 --port "${PORT:-8080}"
