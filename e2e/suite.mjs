// The shared set-up of the e2e test files that drive the app: importing this module serves the
// release build (DIST, default ../dist) and launches Debian's Chromium before the file's tests,
// and closes both after them. `server` and `browser` are live bindings, set once `before` ran.
import { before, after } from 'node:test';
import { mkdirSync } from 'node:fs';
import { serve } from './serve.mjs';
import { launch, watchedPage } from './browser.mjs';

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

/** The app in a new watched page (see `watchedPage`), once its editors have rendered. */
export async function openApp(viewport, options) {
  const watched = await watchedPage(browser, viewport, options);
  await watched.page.goto(server.url);
  await watched.page.waitForSelector('#accounts textarea.account-text');
  return watched;
}

/** Types `accounts` (`{ label, text }`) into the editors, adding editors as needed. */
export async function fillAccounts(page, accounts) {
  for (const [i, { label, text }] of accounts.entries()) {
    if (i >= (await page.locator('.account').count())) await page.click('#add-account');
    await page.locator('input.account-label').nth(i).fill(label);
    await page.locator('textarea.account-text').nth(i).fill(text);
  }
}

/** axe-core's violations in the element `selector` names, or the whole page; the page must be
 * opened with `bypassCSP` so that axe-core can be injected. */
export async function axeViolations(page, selector) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async (selector) => {
    const context = selector ? document.querySelector(selector) : document;
    const result = await window.axe.run(context, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  }, selector);
}
