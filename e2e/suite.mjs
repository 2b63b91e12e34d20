// The shared set-up of the e2e test files that drive the app: importing this module serves the
// release build (DIST, default ../dist) and launches Debian's Chromium before the file's tests,
// and closes both after them. `server` and `browser` are live bindings, set once `before` ran.
import { before, after } from 'node:test';
import { mkdirSync } from 'node:fs';
import { serve } from './serve.mjs';
import { launch } from './browser.mjs';

export const DIST = process.env.DIST ?? new URL('../dist', import.meta.url).pathname;
export const SHOTS = new URL('./screenshots/', import.meta.url).pathname;
export const AXE = new URL('./node_modules/axe-core/axe.min.js', import.meta.url).pathname;

export let server, browser;

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serve(DIST);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});
