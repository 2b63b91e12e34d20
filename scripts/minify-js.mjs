// Trunk post-build hook (Trunk.toml), run after sw-precache.sh: minifies the build's own top-level
// JavaScript (wasm-bindgen's glue, boot.js, compare-worker.js, sw.js) with terser, from e2e's npm
// packages, and updates the Subresource Integrity hashes trunk wrote into the HTML for them. All
// are ES modules, so their exports keep their names. Comments and whitespace are what the browser
// would otherwise download; the sources in www/ stay readable.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const { minify } = createRequire(new URL('../e2e/package.json', import.meta.url))('terser');
const dir = process.env.TRUNK_STAGING_DIR;
const sri = (text) => `sha384-${createHash('sha384').update(text).digest('base64')}`;

const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));
let html = Object.fromEntries(pages.map((page) => [page, readFileSync(join(dir, page), 'utf8')]));
for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
  const source = readFileSync(join(dir, file), 'utf8');
  const { code } = await minify(source, { module: true, compress: true, mangle: true });
  writeFileSync(join(dir, file), code);
  for (const page of pages) html[page] = html[page].replaceAll(sri(source), sri(code));
}
for (const page of pages) writeFileSync(join(dir, page), html[page]);
