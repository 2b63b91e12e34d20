#!/bin/sh
# Trunk post-build hook (Trunk.toml): writes the build's service worker, sw.js, from www/sw.js,
# preceded by the list of every file in the build and a version that changes whenever any file
# changes. A changed sw.js is what makes browsers install the new version and drop the old cache.
set -eu
cd "$TRUNK_STAGING_DIR"
files=$(find . -type f ! -name sw.js | sed 's|^\./||' | LC_ALL=C sort)
# shellcheck disable=SC2086 # the file names come from trunk's output and contain no spaces
version=$(cat $files | cksum | cut -d ' ' -f 1)
{
  echo "// Generated at build time by scripts/sw-precache.sh from www/sw.js."
  echo "const VERSION = '$version';"
  echo "const FILES = ["
  echo "  './',"
  for file in $files; do echo "  './$file',"; done
  echo "];"
  cat "$TRUNK_SOURCE_DIR/www/sw.js"
} > sw.js
