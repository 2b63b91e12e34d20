// End-to-end tests of the result views, filters, exports, corrections and the comparison worker
// (issue 5), on the release build. DIST (default ../dist) picks the build to test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { server, browser, SHOTS, openApp, axeViolations } from './suite.mjs';
import { watchedPage, foreignRequests, showClaimTable } from './browser.mjs';

const VIEWS = ['facts', 'overview', 'table', 'side-by-side', 'source'];
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 375, height: 800 };


/** A page with the example loaded and compared. `bypassCSP` lets axe-core be injected. */
async function exampleApp(viewport = DESKTOP, { bypassCSP = false } = {}) {
  const watched = await openApp(viewport, { bypassCSP });
  const { page } = watched;
  await page.click('#example');
  await page.waitForSelector('#results .view-tabs');
  return watched;
}

async function showView(page, view) {
  await page.click(`#tab-${view}`);
  await page.waitForSelector(`#panel-${view}`);
}

/** Waits until Yew has rendered what the last input event changed (its render runs after a frame at most). */
const settle = (page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));

const tableStatuses = (page) =>
  page.locator('#results tr.row').evaluateAll((rows) => rows.map((r) => r.dataset.status));

test('views: every view renders and passes axe-core at desktop and phone widths, with screenshots', async () => {
  for (const [name, viewport] of [['1280', DESKTOP], ['375', PHONE]]) {
    const { page, context, seen } = await exampleApp(viewport, { bypassCSP: true });
    for (const view of VIEWS) {
      await showView(page, view);
      assert.equal(await page.getAttribute(`#tab-${view}`, 'aria-selected'), 'true');
      await page.screenshot({ path: `${SHOTS}/view-${view}-${name}.png`, fullPage: true });
      assert.deepEqual(await axeViolations(page), [], `axe violations in ${view} at ${name}px`);
    }
    assert.deepEqual(seen.errors, []);
    await context.close();
  }
});

test('views: tabs work from the keyboard and the chosen view survives a reload', async () => {
  const { page, context } = await exampleApp();
  await showView(page, 'table'); // the example opens on the fact sheet: it has a conflicting fact
  await page.focus('#tab-table');
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('#tab-side-by-side[aria-selected="true"]'); // Yew renders asynchronously
  await page.waitForFunction(() => document.activeElement?.id === 'tab-side-by-side'); // focus follows the tab
  await page.keyboard.press('Home');
  await page.waitForSelector('#tab-facts[aria-selected="true"]'); // Yew renders asynchronously
  await page.keyboard.press('ArrowLeft');
  await page.waitForSelector('#tab-source[aria-selected="true"]'); // Yew renders asynchronously
  await page.reload();
  await page.waitForSelector('#panel-source');
  await context.close();
});

test('overview: tallies, agreement matrix and material divergences that link to their rows', async () => {
  const { page, context } = await exampleApp();
  await showView(page, 'overview');
  assert.equal(await page.locator('.tally-table tbody tr').count(), 3);
  assert.equal(await page.locator('.agreement-matrix tbody tr').count(), 3);
  const link = page.locator('#material-divergences a.go-row').first();
  const group = await link.getAttribute('data-group');
  await link.click();
  await page.waitForSelector('#panel-table');
  assert.equal(await page.evaluate(() => document.activeElement.id), `claim-${Number(group) + 1}`);
  assert.equal(await page.evaluate(() => location.hash), '', 'the link does not touch the URL fragment');
  await context.close();
});

test('claim table: moved claims are badged, rows copy as quotable snippets', async () => {
  const { page, context } = await exampleApp();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
  await showView(page, 'table');
  assert.ok((await page.locator('#results td.member .badge.moved').count()) >= 1, 'a moved member');
  // The first row that Northwire (the reference) reports.
  const row = page.locator('#results tr.row').filter({ has: page.locator('td.member[data-account="0"]:not(.silent)') }).first();
  await row.locator('.copy-row').click();
  await row.locator('text=Copied').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /^Claim \d+ \(/);
  assert.match(copied, /Northwire: “/);
  await context.close();
});

test('side by side: focusing a sentence lights up its counterpart; unique sentences are marked', async () => {
  const { page, context } = await exampleApp();
  await showView(page, 'side-by-side');
  await page.selectOption('#sbs-right', { index: 2 });
  assert.equal(await page.locator('.sbs-col[data-side="1"] .sbs-title').innerText(), 'Ministry readout');
  const left = page.locator('.sbs-col[data-side="0"] .sent.linked').nth(1);
  const group = await left.getAttribute('data-group');
  await left.focus();
  const lit = page.locator(`.sbs-col[data-side="1"] .sent.active`);
  assert.ok((await lit.count()) >= 1);
  assert.equal(await lit.first().getAttribute('data-group'), group);
  assert.ok((await page.locator('.sent.unlinked .only-tag').count()) >= 1, 'unique sentences marked');
  assert.ok((await page.locator('.sbs-col .dv, .sbs-col mark.chg').count()) >= 1, 'divergences marked in place');
  await context.close();
});

test('source view: sentences carry their status; pressing one opens its row', async () => {
  const { page, context } = await exampleApp();
  await showView(page, 'source');
  assert.equal(await page.locator('.src-account').count(), 3);
  const sentence = page.locator('.src-sent[data-status="conflicting"]').first();
  assert.match(await sentence.innerText(), /^≠/);
  const group = await sentence.getAttribute('data-group');
  await sentence.press('Enter');
  await page.waitForSelector('#panel-table');
  assert.equal(await page.evaluate(() => document.activeElement.id), `claim-${Number(group) + 1}`);
  await context.close();
});

test('filters: status, divergence type, material only, account and search narrow the table', async () => {
  const { page, context } = await exampleApp();
  await showView(page, 'table');
  const all = (await tableStatuses(page)).length;
  await page.selectOption('#filter-status', { label: 'Unique' });
  await settle(page);
  const unique = await tableStatuses(page);
  assert.ok(unique.length > 0 && unique.every((s) => s === 'unique'), `${unique}`);
  await page.click('#filter-reset');
  await settle(page);
  assert.equal((await tableStatuses(page)).length, all);

  await page.selectOption('#filter-type', { label: 'Quote' });
  await settle(page);
  const quoted = page.locator('#results tbody.group');
  assert.ok((await quoted.count()) >= 1);
  for (const group of await quoted.all()) assert.ok((await group.locator('.divergence[data-type="quote"]').count()) >= 1);
  await page.click('#filter-reset');
  await settle(page);

  await page.check('#filter-material');
  await settle(page);
  for (const group of await page.locator('#results tbody.group').all()) {
    assert.ok((await group.locator('.divergence[data-material="true"]').count()) >= 1);
  }
  await page.uncheck('#filter-material');
  await settle(page);

  await page.selectOption('#filter-account', { label: 'Ministry readout' });
  await settle(page);
  const silent = await page.locator('#results td.member.silent[data-account="2"]').count();
  assert.equal(silent, 0, 'every row shown has a Ministry readout sentence');
  await page.click('#filter-reset');
  await settle(page);

  await page.fill('#filter-search', 'barge');
  await settle(page);
  const texts = await page.locator('#results tr.row').allInnerTexts();
  assert.ok(texts.length >= 1 && texts.length < all);
  assert.ok(texts.every((t) => /barge/i.test(t)));
  await page.reload();
  await page.waitForSelector('#results tr.row');
  assert.equal(await page.inputValue('#filter-search'), 'barge', 'filters survive a reload');
  await page.click('#filter-reset');
  await settle(page);

  await page.check('#divergences-only');
  await settle(page);
  const divergent = await tableStatuses(page);
  assert.ok(divergent.every((s) => !['identical', 'minor', 'paraphrase'].includes(s)));
  await context.close();
});

test('exports: JSON, Markdown, CSV and HTML report download', async () => {
  const { page, context } = await exampleApp();
  const get = async (id) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(id)]);
    return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
  };
  const json = await get('#export-json');
  assert.equal(json.name, 'claimdiff-comparison.json');
  const parsed = JSON.parse(json.text);
  assert.equal(parsed.schema, 'claimdiff.comparison/1');
  assert.equal(parsed.accounts.length, 3);
  const md = await get('#export-md');
  assert.match(md.text, /^# Claimdiff comparison/);
  const csv = await get('#export-csv');
  assert.match(csv.text, /^"claim","status","Northwire","Harbour Gazette","Ministry readout","divergences"\r\n/);
  assert.equal(csv.name, 'claimdiff-comparison.csv');
  const html = await get('#export-html');
  assert.match(html.text, /^<!DOCTYPE html>/);
  assert.doesNotMatch(html.text, /<script|<link|src=/i);
  await context.close();
});

test('corrections: split and merge update the comparison and survive a reload', async () => {
  const { page, context } = await exampleApp();
  await showView(page, 'source');
  const first = page.locator('.src-account').first();
  const before = await first.locator('.src-sent').count();
  await page.check('#correct-mode');
  await first.locator('.src-sent').first().click();
  await page.locator('.correction-panel .split-here').nth(2).click();
  await page.waitForSelector('#corrections-count');
  await page.waitForFunction((n) => document.querySelector('.src-account').querySelectorAll('.src-sent').length === n + 1, before);
  await page.reload();
  await page.waitForSelector('#corrections-count');
  assert.equal(await page.locator('.src-account').first().locator('.src-sent').count(), before + 1);
  await page.check('#correct-mode');
  await page.locator('.src-account').first().locator('.src-sent').first().click();
  await page.click('.correction-panel .merge-next');
  await page.waitForSelector('#corrections-count:has-text("2 corrections")');
  // The count shows at once; the sentences change when the worker's comparison arrives.
  await page.waitForFunction((n) => document.querySelector('.src-account').querySelectorAll('.src-sent').length === n, before);
  await page.click('#undo-correction');
  await page.waitForFunction((n) => document.querySelector('.src-account').querySelectorAll('.src-sent').length === n + 1, before);
  await page.click('#clear-corrections');
  await page.waitForFunction((n) => document.querySelector('.src-account').querySelectorAll('.src-sent').length === n, before);
  assert.equal(await page.locator('#corrections-count').count(), 0);
  await context.close();
});

/** `n` accounts of about `words` words: one story, each account reordering and changing some of it. */
function bigAccounts(n, words) {
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const vocabulary = ('officials residents river barge council police fire station bridge harbour ministry ' +
    'report said confirmed announced evacuated closed opened damaged crews workers families hospital ' +
    'morning evening tuesday village district road power water flood storm spokesman statement').split(' ');
  const base = [];
  for (let w = 0; w < words; ) {
    const length = 8 + Math.floor(random() * 10);
    const sentence = Array.from({ length }, (_, i) => (i === 3 ? String(Math.floor(random() * 500)) : vocabulary[Math.floor(random() * vocabulary.length)]));
    base.push(sentence[0][0].toUpperCase() + sentence.join(' ').slice(1) + '.');
    w += length;
  }
  return Array.from({ length: n }, (_, a) => {
    const sentences = base.map((s) => (random() < 0.1 ? s.replace(/\d+/, String(Math.floor(random() * 500))) : s));
    for (let i = 0; i < sentences.length / 20; i++) {
      const [x, y] = [Math.floor(random() * sentences.length), Math.floor(random() * sentences.length)];
      [sentences[x], sentences[y]] = [sentences[y], sentences[x]];
    }
    return { label: `Outlet ${a + 1}`, text: sentences.join(' ') };
  });
}

test('worker: 10 × 5,000 words compare off the main thread; typing stays responsive; cancel works', async () => {
  const { page, context, seen } = await watchedPage(browser, DESKTOP);
  await page.goto(server.url);
  await page.waitForSelector('#accounts textarea.account-text');
  const accounts = bigAccounts(10, 5000);
  await page.evaluate((accounts) => {
    localStorage.setItem('claimdiff.workspace.v1', JSON.stringify({ accounts }));
  }, accounts);
  await page.reload();
  const started = Date.now();
  await page.waitForSelector('#progress');
  assert.match(await page.locator('#progress').innerText(), /Comparing… 10 accounts, [\d,]+ words/);

  // Input delay: from each keydown (its event timestamp) to the next frame, while the worker runs.
  await page.evaluate(() => {
    window.__delays = [];
    document.addEventListener('keydown', (e) => {
      const t0 = e.timeStamp;
      const running = !!document.getElementById('progress');
      requestAnimationFrame(() => window.__delays.push({ delay: performance.now() - t0, running }));
    }, true);
  });
  await page.focus('#account-0-label');
  for (let i = 0; i < 15; i++) {
    await page.keyboard.type('x');
    await page.waitForTimeout(30);
  }
  const all = await page.evaluate(() => window.__delays);
  const during = all.filter((d) => d.running).map((d) => d.delay);
  const stats = (list) => {
    const sorted = [...list].sort((a, b) => a - b);
    return `median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(1)} ms, max ${sorted.at(-1)?.toFixed(1)} ms over ${list.length} keys`;
  };
  console.log(`# input delay while the 10 × 5,000-word compare runs: ${stats(during)}`);
  console.log(`# input delay over all keys (including the results render): ${stats(all.map((d) => d.delay))}`);
  assert.equal(all.length, 15);
  assert.ok(during.length >= 3, 'keys typed while the compare ran');
  assert.ok(Math.max(...during) < 1000, 'input delay under 1 s while the compare runs');

  await showClaimTable(page, 180_000);
  await page.waitForSelector('#progress', { state: 'detached', timeout: 180_000 });
  console.log(`# 10 × 5,000-word compare in the worker, from reload to rows: ${Date.now() - started} ms`);
  assert.match(await page.locator('#results .results-count').innerText(), /Showing \d+ of \d+ claim groups/);

  // Cancel right after starting (the compare takes seconds, so it is surely still running).
  const cancelled = await page.evaluate(async () => {
    document.getElementById('compare').click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const cancel = document.getElementById('cancel-compare');
    cancel?.click();
    return !!cancel;
  });
  assert.ok(cancelled, 'the Cancel button was shown');
  await page.waitForSelector('#progress', { state: 'detached' });
  assert.match(await page.locator('#notice').innerText(), /cancelled/i);
  // The edit starts a comparison in a fresh worker. Wait for its outcome, not for the progress
  // line: on a fast machine that line can come and go between two polls of the test.
  await page.fill('#account-1-label', 'Outlet two');
  await page.waitForFunction(() => /Outlet two/.test(document.querySelector('#results thead')?.innerText ?? ''), null, {
    timeout: 180_000,
  });
  await page.waitForSelector('#progress', { state: 'detached', timeout: 180_000 });

  assert.deepEqual(foreignRequests(seen.requests, new URL(server.url).origin), []);
  assert.ok(seen.requests.some((u) => u.endsWith('/compare-worker.js')), 'the worker script was loaded');
  assert.deepEqual(seen.errors.filter((e) => /Content Security Policy|Refused/i.test(e)), [], 'no CSP violation');
  assert.deepEqual(seen.errors, []);
  await context.close();
});
