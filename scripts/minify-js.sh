#!/bin/sh
# Trunk post-build hook (Trunk.toml), run after sw-precache.sh: minifies the build's own top-level
# JavaScript (wasm-bindgen's glue, boot.js, compare-worker.js, sw.js) with terser, from e2e's npm
# packages. All are ES modules, so their exports keep their names. Comments and whitespace are
# what the browser would otherwise download; the sources in www/ stay readable.
set -eu
cd "$TRUNK_STAGING_DIR"
for file in *.js; do
  terser "$file" --module --compress --mangle --output "$file"
done
