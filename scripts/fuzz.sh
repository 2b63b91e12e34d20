#!/usr/bin/env bash
# Coverage-guided fuzzing of the engine with cargo-fuzz (libFuzzer): runs the `segment` and
# `compare` targets of fuzz/ one after the other, SECONDS each (default 60), in one process.
# Usage: scripts/fuzz.sh [SECONDS]. Installs cargo-fuzz from crates.io if it is missing.
# cargo-fuzz passes nightly-only -Z flags to rustc; RUSTC_BOOTSTRAP=1 lets the stable toolchain
# accept them, so no nightly is needed. FUZZ_SANITIZER=none skips AddressSanitizer (default
# `address`) where its runtime is missing. New corpus entries go to fuzz/corpus/TARGET (not
# committed; fuzz/seeds/TARGET holds the committed seeds), crashes to fuzz/artifacts/TARGET;
# keep each finding, once fixed, as a native test. Not part of scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds_each=${1:-60}
cargo fuzz --version >/dev/null 2>&1 || cargo install cargo-fuzz --locked
export RUSTC_BOOTSTRAP=1

for target in segment compare; do
  printf '\n==> fuzz %s for %s s\n' "$target" "$seconds_each"
  mkdir -p "fuzz/corpus/$target"
  cargo fuzz run --sanitizer "${FUZZ_SANITIZER:-address}" "$target" "fuzz/corpus/$target" "fuzz/seeds/$target" \
    -- -max_total_time="$seconds_each" -timeout=10 -print_final_stats=1
done
