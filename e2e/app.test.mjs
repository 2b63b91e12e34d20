// End-to-end tests of the release build (dist/) in headless Chromium: what a user does and sees.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { serve } from './serve.mjs';
import { server, browser, DIST, SHOTS, openApp, fillAccounts } from './suite.mjs';
import { watchedPage, foreignRequests, showClaimTable } from './browser.mjs';

const fixture = (name) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');


const FIRE = [
  { label: 'Harbor Wire', text: fixture('harbor-wire.txt') },
  { label: 'City Desk', text: fixture('city-desk.txt') },
];

test('pasted accounts are compared into claim rows with typed divergences', async () => {
  const { page, context, seen } = await openApp();
  await fillAccounts(page, FIRE);
  await page.click('#compare');
  await showClaimTable(page);

  const statuses = await page.locator('#results tr.row').evaluateAll((rows) => rows.map((r) => r.dataset.status));
  assert.ok(statuses.includes('identical'), `an identical row among ${statuses}`);
  assert.ok(statuses.includes('conflicting'), `a conflicting row among ${statuses}`);
  assert.ok(statuses.filter((s) => s === 'unique').length >= 2, `unique rows among ${statuses}`);
  // Reading down follows the first account: its first sentence opens the table.
  assert.match(await page.locator('#results tr.row').first().locator('td.member[data-account="0"]').innerText(), /Firefighters contained/);

  const conflict = page.locator('#results tbody.group[data-status="conflicting"]').first();
  assert.equal(await conflict.locator('.divergence[data-type="number"][data-material="true"]').count(), 1);
  assert.match(await conflict.locator('.divergence[data-type="number"]').innerText(), /12.*15|15.*12/);
  assert.deepEqual(await conflict.locator('td.member[data-account="0"] .chg').allInnerTexts(), ['12']);
  assert.deepEqual(await conflict.locator('td.member[data-account="1"] .chg').allInnerTexts(), ['15']);

  const summary = page.locator('#summary');
  assert.equal(await summary.locator('[data-status="conflicting"] .count').innerText(), '1');

  await page.check('#divergences-only');
  await page.waitForFunction(() => !document.querySelector('#results tr.row[data-status="identical"]'));
  const filtered = await page.locator('#results tr.row').evaluateAll((rows) => rows.map((r) => r.dataset.status));
  assert.ok(!filtered.includes('identical') && filtered.includes('conflicting'), `filtered rows ${filtered}`);

  await page.screenshot({ path: `${SHOTS}/compare-desktop.png`, fullPage: true });
  assert.deepEqual(foreignRequests(seen.requests, new URL(server.url).origin), []);
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test('accounts and labels survive a reload', async () => {
  const { page, context } = await openApp();
  await fillAccounts(page, FIRE);
  await page.waitForTimeout(600); // the debounce that saves and compares
  await page.reload();
  await page.waitForSelector('#accounts textarea.account-text');
  assert.equal(await page.locator('textarea.account-text').nth(1).inputValue(), FIRE[1].text);
  assert.equal(await page.locator('input.account-label').nth(0).inputValue(), 'Harbor Wire');
  await context.close();
});

test('pasted HTML is shown as text and never runs', async () => {
  const { page, context } = await openApp();
  const hostile = '<img src=x onerror="window.__pwned=1"> The council <b>approved</b> the budget. <script>window.__pwned=2</script>';
  await fillAccounts(page, [
    { label: '<i>A</i>', text: hostile },
    { label: 'B', text: 'The council approved the budget on Monday.' },
  ]);
  await page.click('#compare');
  await page.waitForSelector('#results tr.row');
  assert.equal(await page.locator('#results img, #results script, #results b').count(), 0);
  // The row's text, without the screen-reader markers the inline diff puts around changed words.
  const shown = await page.evaluate(() => {
    const copy = document.querySelector('#results').cloneNode(true);
    copy.querySelectorAll('.visually-hidden').forEach((marker) => marker.remove());
    return copy.textContent;
  });
  assert.match(shown, /<img src=x onerror="window.__pwned=1"> The council <b>approved<\/b>/);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  await context.close();
});

test('a single account gets a clear message instead of a comparison', async () => {
  const { page, context } = await openApp();
  await fillAccounts(page, [{ label: 'Only', text: 'One account is not enough to compare.' }, { label: 'Empty', text: '   ' }]);
  await page.click('#compare');
  await page.waitForSelector('#notice:not(:empty)');
  assert.match(await page.locator('#notice').innerText(), /second account|two accounts/i);
  await context.close();
});

test('an abort inside the app shows the plain error message, and the accounts survive it', async () => {
  const { page, context } = await openApp();
  await fillAccounts(page, FIRE);
  await page.waitForTimeout(600); // the debounce that saves
  assert.equal(await page.locator('#fatal').isVisible(), false);
  // A real abort in the app's own wasm: an allocation larger than any Rust layout allows, which
  // wasm-bindgen's allocator answers with an abort, from a task of its own as an event handler runs.
  await page.evaluate(async () => {
    const exports = await window.wasmBindings.default(); // already started: its exports
    setTimeout(() => exports.__wbindgen_malloc(0xffff_fff0, 8));
  });
  await page.waitForSelector('#fatal', { state: 'visible' });
  await page.reload();
  await page.waitForSelector('#accounts textarea.account-text');
  assert.equal(await page.locator('textarea.account-text').nth(0).inputValue(), FIRE[0].text);
  await context.close();
});

test('an engine abort in the worker gives a clear message, and the page and the text live on', async () => {
  const { page, context } = await watchedPage(browser);
  // The worker as it answers when the engine aborts (www/compare-worker.js sets `aborted` for a
  // WebAssembly.RuntimeError): no input is known to make the engine abort.
  await context.route('**/compare-worker.js', (route) => route.fulfill({
    contentType: 'text/javascript',
    body: "self.onmessage = ({ data }) => self.postMessage({ id: data.id, error: 'unreachable', aborted: true });",
  }));
  await page.goto(server.url);
  await page.waitForSelector('#accounts textarea.account-text');
  await fillAccounts(page, FIRE);
  await page.click('#compare');
  await page.waitForFunction(() => /internal error/.test(document.querySelector('#notice')?.textContent));
  assert.equal(await page.locator('#results tr.row').count(), 0);
  assert.equal(await page.locator('#fatal').isVisible(), false);
  assert.equal(await page.locator('textarea.account-text').nth(1).inputValue(), FIRE[1].text);
  await page.click('#add-account'); // the page still answers
  assert.equal(await page.locator('.account').count(), 3);
  await context.close();
});

test('the example loads and compares, on a phone-sized screen too', async () => {
  for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 375, height: 800 }]]) {
    const { page, context, seen } = await openApp(viewport);
    await page.click('#example');
    await page.waitForSelector('#facts-table');
    assert.equal(await page.getAttribute('#tab-facts', 'aria-selected'), 'true', 'the example has a conflicting fact');
    await page.screenshot({ path: `${SHOTS}/example-facts-${name}.png`, fullPage: true });
    await showClaimTable(page);
    assert.ok((await page.locator('.account').count()) >= 2);
    assert.ok((await page.locator('#results .divergence[data-material="true"]').count()) >= 1);
    await page.screenshot({ path: `${SHOTS}/example-${name}.png`, fullPage: true });
    assert.deepEqual(foreignRequests(seen.requests, new URL(server.url).origin), []);
    await context.close();
  }
});

test('the release build works under a sub-path with relative URLs only', async () => {
  const nested = await serve(DIST, '/tools/claimdiff/');
  try {
    const { page, context } = await watchedPage(browser);
    await page.goto(nested.url);
    await page.waitForSelector('#accounts textarea.account-text');
    assert.ok(nested.requests.every((path) => path.startsWith('/tools/claimdiff/')), nested.requests.join(' '));
    await context.close();
  } finally {
    await nested.close();
  }
});
