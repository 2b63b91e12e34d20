#!/usr/bin/env bash
# Installs what is missing, then runs every check: formatting, lints, native tests (engine, CLI,
# segmentation and alignment benchmarks' gold), browser tests (wasm-bindgen-test in headless
# Chromium), the release build (from an empty cargo cache, as on a new machine) with its size budget,
# and the end-to-end suite (Playwright + node) on that build.
set -euo pipefail
source "$(dirname "$0")/setup.sh"
export TRUNK_OFFLINE=true          # no tool downloads, no update check; cargo runs offline too

step() { printf '\n==> %s\n' "$*"; }

step "fetch crates"
cargo fetch --locked
step "format"
cargo fmt --check
step "lint (native and wasm32)"
cargo clippy --locked --all-targets -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown --all-targets -- -D warnings
step "native tests"
cargo test --locked
step "browser tests (headless Chromium)"
cargo test --locked --target wasm32-unknown-unknown
step "release build from an empty cargo cache (as on a new machine), and its size budget"
"$(dirname "$0")/check-fresh-cache.sh" dist
step "end-to-end tests"
npm test --prefix e2e
