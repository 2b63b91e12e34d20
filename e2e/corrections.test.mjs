// End-to-end tests of the links made by hand (issue 5): unlink a pair, link two sentences from
// the keyboard, keep them on reload, carry them in a share link. Release build (DIST, default
// ../dist) in headless Chromium; the accounts are written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { server, browser, axeViolations } from './suite.mjs';
import { watchedPage } from './browser.mjs';

const ACCOUNTS = [
  {
    label: 'Harbor Wire',
    text: 'The bakery on Mill Street reopened on Friday after the flood. Its owner thanked the volunteers ' +
      'who cleaned the shop. A new oven arrived from Lyon.',
  },
  {
    label: 'City Desk',
    text: 'The Mill Street bakery reopened on Friday after the flood. Customers queued in the rain before dawn. ' +
      'The owner thanked volunteers who cleaned the shop.',
  },
];


/** A fresh browser context (CSP bypassed so that axe-core can be injected) and page. */
async function freshPage() {
  const { context, page, seen } = await watchedPage(browser, undefined, { bypassCSP: true });
  return { context, page, errors: seen.errors };
}

/** The claim table of ACCOUNTS, saved as the workspace and compared. */
async function tablePage() {
  const opened = await freshPage();
  await opened.page.goto(server.url);
  await opened.page.evaluate((accounts) => {
    localStorage.setItem('claimdiff.workspace.v1', JSON.stringify({ accounts, view: 'table' }));
  }, ACCOUNTS);
  await opened.page.reload();
  await opened.page.waitForSelector('#results tr.row');
  return opened;
}

const rowCount = (page) => page.locator('#results tr.row').count();
const waitForRows = (page, n) =>
  page.waitForFunction((n) => document.querySelectorAll('#results tr.row').length === n, n);

/** The row of the sentence that `name` ("<label>’s “<first words>") names, found by its "Link…" button. */
const rowOf = (page, name) =>
  page.locator('#results tr.row').filter({ has: page.getByRole('button', { name: `Link ${name}`, exact: false }) });
const statusOf = (page, name) => rowOf(page, name).getAttribute('data-status');
const HARBOR_OPENS = 'Harbor Wire’s “The bakery on Mill Street';
const DESK_OPENS = 'City Desk’s “The Mill Street bakery';

test('unlink: a pair becomes two unique claims, marked, kept on reload, undone', async () => {
  const { context, page, errors } = await tablePage();
  const before = await rowCount(page);
  assert.equal(await rowOf(page, DESK_OPENS).getAttribute('id'), await rowOf(page, HARBOR_OPENS).getAttribute('id'));
  await page.getByRole('button', { name: /^Unlink City Desk’s “The Mill Street bakery/ }).click();
  await waitForRows(page, before + 1);
  assert.equal(await statusOf(page, HARBOR_OPENS), 'unique');
  assert.equal(await statusOf(page, DESK_OPENS), 'unique');
  assert.equal(await page.locator('.badge.by-hand', { hasText: 'unlinked by hand' }).count(), 2);
  assert.match(await page.locator('#corrections-count').innerText(), /^1 correction in force/);

  await page.reload();
  await waitForRows(page, before + 1);
  assert.equal(await statusOf(page, DESK_OPENS), 'unique');
  await page.click('#undo-correction');
  await waitForRows(page, before);
  assert.equal(await page.locator('.badge.by-hand').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('link by keyboard: Link…, announced, Escape cancels, Link here joins two unique sentences; a share link carries it', async () => {
  const { context, page, errors } = await tablePage();
  const before = await rowCount(page);
  assert.equal(await statusOf(page, 'Harbor Wire’s “A new oven'), 'unique');
  assert.equal(await statusOf(page, 'City Desk’s “Customers queued'), 'unique');
  const pick = page.getByRole('button', { name: /^Link Harbor Wire’s “A new oven arrived from Lyon\.” to another claim/ });
  await pick.focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('#link-status:has-text("Linking Harbor Wire’s “A new oven")');
  assert.deepEqual(await axeViolations(page), [], 'axe in linking mode');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.getElementById('link-status').textContent === '');
  assert.equal(await page.locator('.link-here').count(), 0);

  await pick.focus();
  await page.keyboard.press('Enter');
  const here = page.getByRole('button', { name: /^Link here, with City Desk’s “Customers queued/ });
  await here.focus();
  await page.keyboard.press('Enter');
  await waitForRows(page, before - 1);
  assert.ok(await page.evaluate(() => document.activeElement.matches('tr.row')), 'the focus stays in the table, on a row');
  const joined = page.locator('#results tr.row').filter({ has: page.locator('td[data-account="0"]', { hasText: 'new oven' }) });
  assert.match(await joined.locator('td[data-account="1"]').innerText(), /Customers queued/);
  assert.notEqual(await joined.getAttribute('data-status'), 'unique');
  assert.match(await joined.locator('td.status').innerText(), /linked by hand/);

  await page.reload();
  await waitForRows(page, before - 1);
  await page.click('#share-link');
  const link = await page.locator('#share-url').inputValue();
  assert.deepEqual(errors, []);
  await context.close();

  // A fresh browser opens the link with the link by hand in force.
  const fresh = await freshPage();
  await fresh.page.goto(link);
  await fresh.page.waitForSelector('#results tr.row');
  await waitForRows(fresh.page, before - 1);
  assert.match(await fresh.page.locator('#corrections-count').innerText(), /^1 correction in force/);
  assert.deepEqual(fresh.errors, []);
  await fresh.context.close();
});

test('share links made before corrections existed still open', async () => {
  const { context, page, errors } = await freshPage();
  await page.goto(server.url);
  await page.waitForSelector('#accounts textarea.account-text');
  // The version 1 payload as it was first made: only the accounts.
  const fragment = await page.evaluate(async (accounts) => {
    const stream = new Blob([JSON.stringify({ accounts })]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    return '#c1=' + btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }, ACCOUNTS);
  await page.goto(server.url + fragment);
  await page.waitForSelector('#results tr.row');
  assert.equal(await page.locator('textarea.account-text').nth(1).inputValue(), ACCOUNTS[1].text);
  assert.equal(await page.locator('#corrections-count').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});
