#!/usr/bin/env bash
# Installs what is missing, then writes the release build (the static site to deploy) to dist/.
set -euo pipefail
source "$(dirname "$0")/setup.sh"
export TRUNK_OFFLINE=true
env "${RELEASE_ENV[@]}" trunk build --release --locked
node e2e/size-budget.mjs dist
