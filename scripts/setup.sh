#!/usr/bin/env bash
# Installs what building and testing Claimdiff needs, skipping whatever is already there:
# Debian's chromium + chromium-driver, the wasm32 target (rustup), trunk, wasm-bindgen-cli (the
# exact version Cargo.lock pins) and the npm packages of e2e/ (playwright-core, binaryen's wasm-opt,
# axe-core, terser for the release build's JavaScript). Nothing is downloaded from outside crates.io, the npm registry and Debian's archive.
# Meant to be sourced by build.sh, serve.sh, test.sh and check-fresh-cache.sh; it leaves e2e/node_modules/.bin first on PATH.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=$(sed -n '/^name = "wasm-bindgen"$/{n;s/^version = "\(.*\)"$/\1/p}' Cargo.lock)

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  echo "setup: installing Debian's chromium and chromium-driver"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver
fi

rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  echo "setup: installing trunk $TRUNK_VERSION (a few minutes)"
  # trunk's own release profile (fat LTO, one codegen unit) takes 14 min on 2 cores; this takes 4.
  env CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  echo "setup: installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (a few minutes)"
  # Not --locked: its lockfile pins a webpki-roots release the registry does not carry.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

[ -x e2e/node_modules/.bin/wasm-opt ] && [ e2e/node_modules/.package-lock.json -nt e2e/package-lock.json ] \
  || npm ci --prefix e2e --no-audit --no-fund

# npm's binaryen first on PATH: trunk runs wasm-opt on release builds, and Debian's binaryen is too
# old to read Rust 1.95 wasm. trunk must never try to download a tool of its own.
export PATH="$PWD/e2e/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER=/usr/bin/chromedriver

# Writes the release build to DIST (default dist/) and checks its size against the budget
# (build.sh, test.sh, check-fresh-cache.sh). It fetches the crates it needs first, so that it works
# from an empty cargo cache, then builds offline: trunk may not download anything of its own.
build_release() {
  cargo fetch --locked
  # Source paths end up in the wasm (panic locations): each registry folder is renamed "crates",
  # and the standard library's sources named as in rustup's own build of it (/rustc/<commit>), so
  # that the bundle is the same size wherever the cargo cache and the toolchain live (a fresh
  # CARGO_HOME under /tmp made it 0.7 KB bigger) and a little smaller everywhere.
  local registry flags=()
  for registry in "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/; do
    flags+=("--remap-path-prefix=${registry%/}=crates")
  done
  flags+=("--remap-path-prefix=$(rustc --print sysroot)/lib/rustlib/src/rust=/rustc/$(rustc -vV | sed -n 's/^commit-hash: //p')")
  local IFS=$'\x1f'
  CARGO_ENCODED_RUSTFLAGS="${flags[*]}" TRUNK_OFFLINE=true trunk build --release --locked --dist "${1:-dist}"
  node e2e/size-budget.mjs "${1:-dist}"
}
