// Launching Debian's Chromium for the e2e suite (never a downloaded browser), and watching a
// page for requests that leave its origin, console errors and CSP violations.
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Opens a page that records every request URL, console error and page error. `bypassCSP` lets
 * a test inject axe-core into the page. */
export async function watchedPage(browser, viewport = { width: 1280, height: 900 }, { bypassCSP = false } = {}) {
  const context = await browser.newContext({ viewport, bypassCSP });
  const page = await context.newPage();
  const seen = { requests: [], errors: [] };
  page.on('request', (r) => seen.requests.push(r.url()));
  page.on('console', (m) => { if (m.type() === 'error') seen.errors.push(m.text()); });
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  return { page, context, seen };
}

/** Requests that went anywhere but `origin` (blob: URLs of that origin count as the origin's own). */
export function foreignRequests(requests, origin) {
  return requests.filter((u) => !(u.startsWith(origin + '/') || u.startsWith(`blob:${origin}/`) || u.startsWith('data:')));
}

/** Once a comparison is shown, opens its claim table: the app opens on the fact sheet instead
 * when facts conflict. */
export async function showClaimTable(page, timeout) {
  await page.waitForSelector('#results .view-panel', { timeout });
  if ((await page.locator('#panel-table').count()) === 0) await page.click('#tab-table');
  await page.waitForSelector('#results tr.row', { timeout });
}
