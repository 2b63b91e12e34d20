#!/usr/bin/env bash
# Installs what is missing, builds Claimdiff and serves it on http://127.0.0.1:8080/ (or $PORT).
set -euo pipefail
source "$(dirname "$0")/setup.sh"
exec env "${RELEASE_ENV[@]}" trunk serve --release --address 127.0.0.1 --port "${PORT:-8080}"
