#!/usr/bin/env bash
# Installs what is missing, then runs every check: formatting, lints, native tests (engine, CLI,
# segmentation and alignment benchmarks' gold), browser tests (wasm-bindgen-test in headless
# Chromium), the release build with its size budget, and the end-to-end suite (Playwright + node).
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
step "release build and its size budget"
build_release
step "end-to-end tests"
npm test --prefix e2e
