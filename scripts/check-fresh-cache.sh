#!/usr/bin/env bash
# Builds the release bundle as a new machine would: from an empty cargo cache (a new CARGO_HOME,
# deleted afterwards), with the tools setup.sh installed already on the PATH. A step that only
# works because this machine's cache holds something (a crate nobody fetched, a tool nobody
# installed) fails here, loudly, instead of on the next fresh machine. The test command runs it.
# Usage: scripts/check-fresh-cache.sh [DIST]   (default: a temporary folder, deleted afterwards)
set -euo pipefail
source "$(dirname "$0")/setup.sh"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export CARGO_HOME="$scratch/cargo-home"
echo "check-fresh-cache: building with an empty cargo cache, CARGO_HOME=$CARGO_HOME"
build_release "${1:-$scratch/dist}"
