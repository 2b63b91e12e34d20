// In-browser benchmark: times the WASM comparison of the release build in headless Chromium on
// the native benchmark's workloads, and, in the same page and run, jsdiff's `diffWords` (npm
// `diff`, the usual choice of web diff tools) of every account's whole text against the first.
// Two ways in: `compare`, the JS API, which returns the comparison as JavaScript objects (their
// creation through serde-wasm-bindgen is part of its time), and `comparePacked`, what the app's
// worker calls, which returns it as bytes (src/pack.rs). The ratios are jsdiff's time over each.
// Usage (from the repository root, after `trunk build --release`):
//   CLAIMDIFF_BENCH_DUMP=target/bench-inputs.json cargo bench --bench compare
//   node e2e/bench.mjs target/bench-inputs.json
import { readFileSync } from 'node:fs';
import { serve } from './serve.mjs';
import { launch } from './browser.mjs';

const RUNS = 5;
const JSDIFF_TIMEOUT_MS = 60_000;
const inputs = JSON.parse(readFileSync(process.argv[2] ?? 'target/bench-inputs.json', 'utf8'));
const jsdiff = readFileSync(new URL('./node_modules/diff/dist/diff.min.js', import.meta.url), 'utf8');

const server = await serve(new URL('../dist', import.meta.url).pathname);
const browser = await launch();
try {
  const context = await browser.newContext({ bypassCSP: true }); // to add jsdiff beside the app
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => window.wasmBindings?.compare);
  await page.addScriptTag({ content: jsdiff });
  console.log('workload | words | compare (JS objects) | comparePacked (the app) | jsdiff diffWords vs first account | ratio (objects / app)');
  for (const { name, accounts } of inputs.workloads) {
    const words = accounts.reduce((n, a) => n + a.text.split(/\s+/).filter(Boolean).length, 0);
    const median = (entry) => page.evaluate(({ accounts, runs, entry }) => {
      const times = [];
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        window.wasmBindings[entry](accounts);
        times.push(performance.now() - start);
      }
      return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
    }, { accounts, runs: RUNS, entry });
    const objects = await median('compare');
    const packed = await median('comparePacked');
    const theirs = await page.evaluate(({ accounts, timeout }) => {
      const start = performance.now();
      let timedOut = false;
      for (const other of accounts.slice(1)) {
        const left = timeout - (performance.now() - start);
        if (left <= 0 || window.Diff.diffWords(accounts[0].text, other.text, { timeout: left }) === undefined) {
          timedOut = true;
          break;
        }
      }
      return { ms: performance.now() - start, timedOut };
    }, { accounts, timeout: JSDIFF_TIMEOUT_MS });
    const jsdiffText = theirs.timedOut ? `> ${JSDIFF_TIMEOUT_MS} ms (gave up)` : `${theirs.ms.toFixed(1)} ms`;
    const plus = theirs.timedOut ? '+' : '';
    const ratio = (ours) => `×${(theirs.ms / ours).toFixed(1)}${plus}`;
    console.log(`${name} | ${words} | ${objects.toFixed(1)} ms | ${packed.toFixed(1)} ms | ${jsdiffText} | ${ratio(objects)} / ${ratio(packed)}`);
  }
} finally {
  await browser.close();
  await server.close();
}
