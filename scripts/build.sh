#!/usr/bin/env bash
# Installs what is missing, then writes the release build (the static site to deploy) to dist/.
set -euo pipefail
source "$(dirname "$0")/setup.sh"
build_release
