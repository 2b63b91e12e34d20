// End-to-end tests of share links, embedding, the JavaScript API, the CSP and offline use, in
// headless Chromium. Claimdiff (the release build, CLAIMDIFF_DIST or ../dist) is served on one
// origin, with CORS as a static host would for the script embed; host pages on a second origin
// (another port); a third origin plays a stranger that tries to talk to an embed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serve } from './serve.mjs';
import { launch, watchedPage, showClaimTable } from './browser.mjs';

const DIST = resolve(new URL('.', import.meta.url).pathname, process.env.CLAIMDIFF_DIST ?? '../dist');
const fixture = (name) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8').trim();
const FIRE = [
  { label: 'Harbor Wire', text: fixture('harbor-wire.txt') },
  { label: 'City Desk', text: fixture('city-desk.txt') },
];
const SPILL = [
  { label: 'Ministry', text: 'About 3,000 litres of ammonia leaked into the river. 180 households were evacuated.' },
  { label: 'Gazette', text: 'About 5,000 litres of ammonia leaked into the river. 180 households were evacuated.' },
];

let app, host, stranger, browser, appOrigin, hostOrigin;
const hostDir = mkdtempSync(join(tmpdir(), 'claimdiff-host-'));
const strangerDir = mkdtempSync(join(tmpdir(), 'claimdiff-stranger-'));

/** Writes a host page (on the host origin) and returns its URL. */
function hostPage(name, body, head = '') {
  writeFileSync(join(hostDir, name), `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<link rel="icon" href="data:,">${head}</head><body>${body}</body></html>`);
  return host.url + name;
}

const escapeAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

before(async () => {
  app = await serve(DIST, '/tools/claimdiff/', { cors: true });
  host = await serve(hostDir);
  stranger = await serve(strangerDir);
  appOrigin = new URL(app.url).origin;
  hostOrigin = new URL(host.url).origin;
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await Promise.all([app, host, stranger].map((s) => s?.close()));
});

/** A page that also records CSP violations in every frame, reported as console errors. */
async function cspWatchedPage() {
  const watched = await watchedPage(browser);
  await watched.context.addInitScript(() => {
    addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return watched;
}

/** Requests that went anywhere but the app's and the host's origins. */
function strayRequests(requests, origins = [appOrigin, hostOrigin]) {
  return requests.filter((u) => !origins.some((o) => u.startsWith(o + '/') || u.startsWith(`blob:${o}/`)) && !u.startsWith('data:'));
}

/** Makes a share link in the app for `accounts`. */
async function shareLink(accounts) {
  const { page, context } = await cspWatchedPage();
  await page.goto(app.url);
  await page.waitForSelector('#accounts textarea.account-text');
  for (const [i, { label, text }] of accounts.entries()) {
    if (i >= (await page.locator('.account').count())) await page.click('#add-account');
    const editor = page.locator('.account').nth(i);
    await editor.locator('input.account-label').fill(label);
    await editor.locator('textarea.account-text').fill(text);
  }
  await page.click('#share-link');
  const link = await page.locator('#share-url').inputValue();
  await context.close();
  return link;
}

test('a share link carries the accounts in its fragment and opens them, keeping a different draft', async () => {
  const link = await shareLink(FIRE);
  const url = new URL(link);
  assert.equal(url.origin + url.pathname, app.url);
  assert.match(url.hash, /^#c1=[A-Za-z0-9_-]+$/);
  assert.ok(!link.includes('Firefighters'), 'the text is compressed, not readable in the link');

  const { page, context, seen } = await cspWatchedPage();
  // A fresh browser: the link's accounts open and compare at once.
  await page.goto(link);
  await showClaimTable(page);
  assert.equal(await page.locator('input.account-label').nth(0).inputValue(), 'Harbor Wire');
  assert.equal(await page.locator('textarea.account-text').nth(1).inputValue(), FIRE[1].text);
  assert.match(await page.locator('#shared-notice').innerText(), /Opened 2 accounts/);
  assert.equal(await page.locator('#restore-draft').count(), 0, 'no previous draft to restore');
  assert.equal(new URL(page.url()).hash, '', 'the fragment is removed, so a reload does not open it again');

  // A different draft is kept when another link is opened, and can be restored.
  await page.locator('textarea.account-text').nth(0).fill('My own draft sentence. It is not shared.');
  await page.waitForTimeout(600); // the debounce that saves
  await page.goto(link);
  await page.waitForSelector('#restore-draft');
  assert.equal(await page.locator('textarea.account-text').nth(0).inputValue(), FIRE[0].text);
  await page.click('#restore-draft');
  await page.waitForFunction(() => document.querySelector('textarea.account-text')?.value.startsWith('My own draft'));

  assert.ok(!app.requests.some((r) => r.includes('c1=')), 'the fragment never reaches the server');
  assert.deepEqual(strayRequests(seen.requests), []);
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test('the iframe embed renders a share link, fits its height and reports it in Pym.js and AMP formats', async () => {
  const link = new URL(await shareLink(FIRE));
  const src = `${app.url}index.html?embed&childId=fire${link.hash}`;
  const url = hostPage(
    'iframe.html',
    `<h1>Story</h1><iframe id="embed" data-claimdiff-embed title="Claimdiff" src="${escapeAttr(src)}" style="width:900px;border:0"></iframe><p id="after">After</p>
<script src="${app.url}embed/claimdiff-resize.js"></script>`,
  );
  const { page, context, seen } = await cspWatchedPage();
  await page.addInitScript(() => {
    window.heights = [];
    addEventListener('message', (e) => window.heights.push(e.data));
  });
  await page.goto(url);
  const frame = page.frameLocator('#embed');
  await frame.locator('tr.row').first().waitFor();
  const fits = async () => {
    const inner = await page.frame({ url: /embed/ }).evaluate(() => document.documentElement.offsetHeight);
    const outer = await page.locator('#embed').evaluate((f) => f.getBoundingClientRect().height);
    return { inner, outer };
  };
  await page.waitForFunction(() => document.getElementById('embed').getBoundingClientRect().height > 300);
  let { inner, outer } = await fits();
  assert.equal(outer, inner, 'the iframe is as tall as its content');

  // The content shrinks (divergences only): the iframe follows.
  await frame.locator('#divergences-only').check();
  await page.waitForFunction((h) => document.getElementById('embed').getBoundingClientRect().height < h, outer);
  ({ inner, outer } = await fits());
  assert.equal(outer, inner);

  const messages = await page.evaluate(() => window.heights);
  assert.ok(messages.includes(`pymxPYMxfirexPYMxheightxPYMx${inner}`), 'Pym.js height message');
  assert.ok(messages.some((m) => m?.sentinel === 'amp' && m.type === 'embed-size' && m.height === inner), 'AMP message');
  assert.match(await frame.locator('.embed-open a').getAttribute('href'), /^\.\/#c1=/);
  assert.equal(await frame.locator('textarea').count(), 0, 'read-only: no editors');
  assert.deepEqual(strayRequests(seen.requests), []);
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test('the iframe embed takes accounts from its parent only, never from other windows or origins', async () => {
  const src = `${app.url}index.html?embed&childId=spill`;
  writeFileSync(
    join(strangerDir, 'stranger.html'),
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Stranger</title><link rel="icon" href="data:,"></head><body>Stranger</body></html>',
  );
  const url = hostPage(
    'parent.html',
    `<iframe id="embed" name="embed" data-claimdiff-embed title="Claimdiff" src="${src}"></iframe>
<iframe id="stranger" name="stranger" title="Another frame" src="${stranger.url}stranger.html"></iframe>
<script src="${app.url}embed/claimdiff-resize.js"></script>`,
  );
  const { page, context, seen } = await cspWatchedPage();
  await page.addInitScript(() => {
    window.ready = false;
    addEventListener('message', (e) => { if (e.data?.type === 'claimdiff:ready') window.ready = true; });
  });
  await page.goto(url);
  await page.waitForFunction(() => window.ready);
  const embed = page.frameLocator('#embed');
  await embed.locator('.empty-state').waitFor();
  const message = { type: 'claimdiff:accounts', accounts: SPILL };

  // Another origin (a sibling frame) and another window of the parent's origin (a popup).
  await page.frame({ name: 'stranger' }).evaluate((m) => parent.frames.embed.postMessage(m, '*'), message);
  const popup = await Promise.all([context.waitForEvent('page'), page.evaluate(() => { window.open(''); })]).then(([p]) => p);
  await popup.evaluate((m) => window.opener.frames.embed.postMessage(m, '*'), message);
  // Height changes from the stranger are ignored by the resize script too.
  await page.frame({ name: 'stranger' }).evaluate(() => parent.postMessage('pymxPYMxspillxPYMxheightxPYMx5', '*'));
  await page.waitForTimeout(500);
  assert.equal(await embed.locator('tr.row').count(), 0, 'messages from other windows are ignored');
  assert.notEqual(await page.locator('#embed').evaluate((f) => f.getBoundingClientRect().height), 5);

  // The parent window is heard.
  await page.evaluate((m) => document.getElementById('embed').contentWindow.postMessage(m, '*'), message);
  await embed.locator('tr.row').first().waitFor();
  assert.match(await embed.locator('.embed-title').innerText(), /Ministry, Gazette/);
  assert.equal(await embed.locator('.divergence[data-type="number"]').count(), 1);
  assert.deepEqual(strayRequests(seen.requests, [appOrigin, hostOrigin, new URL(stranger.url).origin]), []);
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test('with parentOrigin, the iframe embed ignores a parent on another origin', async () => {
  const src = `${app.url}index.html?embed&parentOrigin=${encodeURIComponent('https://news.example.org')}`;
  const url = hostPage('wrong-origin.html', `<iframe id="embed" data-claimdiff-embed title="Claimdiff" src="${src}"></iframe>`);
  const { page, context } = await cspWatchedPage();
  await page.goto(url);
  const embed = page.frameLocator('#embed');
  await embed.locator('.empty-state').waitFor();
  await page.evaluate((m) => document.getElementById('embed').contentWindow.postMessage(m, '*'), {
    type: 'claimdiff:accounts',
    accounts: SPILL,
  });
  await page.waitForTimeout(500);
  assert.equal(await embed.locator('tr.row').count(), 0);
  await context.close();
});

const HOST_STYLE_PAGE = (accountsMarkup) => `
<h2 id="host-h2">Host heading</h2>
<p class="notice" id="host-notice">Host notice</p>
<mark class="chg" id="host-mark">host mark</mark>
<table class="results-table" id="host-table"><tr><td class="member">cell</td></tr></table>
<button class="primary" id="host-button">Host button</button>
${accountsMarkup}
<script type="module" src="${app.url}embed/claimdiff-embed.js"></script>`;

const HOST_CSS = 'data:text/css,' + encodeURIComponent('* { color: red; font-family: serif; letter-spacing: 3px } :root { --text: red; --bg: black }');

/** Styles of the host's own elements that the app's stylesheet would change if it leaked. */
const hostStyles = (page) =>
  page.evaluate(() => {
    const s = (id, prop) => getComputedStyle(document.getElementById(id))[prop];
    return {
      h2: s('host-h2', 'textTransform'),
      notice: s('host-notice', 'borderLeftStyle') + s('host-notice', 'paddingLeft'),
      mark: s('host-mark', 'backgroundColor'),
      table: s('host-table', 'borderCollapse'),
      button: s('host-button', 'backgroundColor') + s('host-button', 'borderRadius'),
      color: s('host-h2', 'color'),
    };
  });

test('the script embed renders in a shadow root, with no style leaking in or out', async () => {
  const templates = FIRE.map((a) => `<template data-label="${a.label}">${a.text}</template>`).join('');
  const control = hostPage('control.html', HOST_STYLE_PAGE('').replace(/<script type="module".*<\/script>/, ''), `<link rel="stylesheet" href="${HOST_CSS}">`);
  const url = hostPage('script.html', HOST_STYLE_PAGE(`<div id="cd" data-claimdiff>${templates}</div>
<div id="cd2" data-claimdiff data-label-1="${SPILL[0].label}" data-text-1="${escapeAttr(SPILL[0].text)}" data-label-2="${SPILL[1].label}" data-text-2="${escapeAttr(SPILL[1].text)}"></div>`), `<link rel="stylesheet" href="${HOST_CSS}">`);
  const { page, context, seen } = await cspWatchedPage();
  await page.goto(control);
  const before = await hostStyles(page);
  await page.goto(url);
  await page.locator('#cd tr.row').first().waitFor(); // Playwright's CSS locators pierce open shadow roots
  await page.locator('#cd2 tr.row').first().waitFor();
  assert.deepEqual(await hostStyles(page), before, 'the app styles do not reach the host page');
  assert.equal(before.color, 'rgb(255, 0, 0)');

  const inside = await page.evaluate(() => {
    const root = document.getElementById('cd').shadowRoot;
    const title = root.querySelector('.embed-title');
    const style = getComputedStyle(title);
    return {
      color: style.color,
      font: style.fontFamily,
      spacing: style.letterSpacing,
      background: getComputedStyle(root.querySelector('.claimdiff-root')).backgroundColor,
      light: document.getElementById('cd').children.length,
    };
  });
  assert.notEqual(inside.color, 'rgb(255, 0, 0)', 'the host colour does not reach the comparison');
  assert.notEqual(inside.background, 'rgb(0, 0, 0)', "the host's custom properties do not reach the comparison");
  assert.ok(!/^serif$/.test(inside.font), inside.font);
  assert.equal(inside.spacing, 'normal');
  assert.equal(inside.light, 2, 'the host markup is left as it was');

  // The app's palette applies inside the shadow root (same colours as in the app).
  const appPage = await context.newPage();
  await appPage.goto(`${app.url}index.html?embed`);
  const appText = await appPage.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--text'));
  const shadowText = await page.evaluate(() =>
    getComputedStyle(document.getElementById('cd').shadowRoot.querySelector('.claimdiff-root')).getPropertyValue('--text'));
  assert.equal(shadowText, appText);

  // The comparison works: the number divergence of the fixtures is found and marked.
  assert.equal(await page.locator('#cd .divergence[data-type="number"][data-material="true"]').count(), 1);
  assert.deepEqual(strayRequests(seen.requests), []);
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test('the JavaScript API returns the documented data and typed errors', async () => {
  const url = hostPage('api.html', '<div id="target"></div>');
  const { page, context, seen } = await cspWatchedPage();
  await page.goto(url);
  const result = await page.evaluate(
    async ({ loader, FIRE }) => {
      const { api } = await import(loader);
      const claimdiff = await api;
      const error = (f) => {
        try {
          f();
          return null;
        } catch (e) {
          return { name: e.name, code: e.code, message: e.message, isError: e instanceof Error };
        }
      };
      const comparison = claimdiff.compare(FIRE);
      const view = claimdiff.mount(document.getElementById('target'), FIRE, { reference: 1 });
      const rows = document.querySelectorAll('#target tr.row').length;
      await new Promise((r) => setTimeout(r, 50));
      const rowsLater = document.querySelectorAll('#target tr.row').length;
      view.update([{ label: 'A', text: 'One claim here.' }, { label: 'B', text: 'One claim here.' }]);
      await new Promise((r) => setTimeout(r, 50));
      const afterUpdate = document.querySelector('#target .embed-title').textContent;
      view.unmount();
      await new Promise((r) => setTimeout(r, 50));
      return {
        schema: comparison.schema,
        labels: comparison.accounts.map((a) => a.label),
        groups: comparison.groups.length,
        statuses: comparison.groups.map((g) => g.status),
        number: comparison.groups.flatMap((g) => g.divergences).find((d) => d.type === 'number'),
        segment: claimdiff.segment('One. Two three.'),
        rows: Math.max(rows, rowsLater),
        afterUpdate,
        afterUnmount: document.getElementById('target').children.length,
        errors: {
          tooFew: error(() => claimdiff.compare([{ label: 'A', text: 'Only one.' }])),
          badShape: error(() => claimdiff.compare('not accounts')),
          badReference: error(() => claimdiff.compare(FIRE, { reference: 5 })),
          tooMany: error(() => claimdiff.compare(Array.from({ length: 41 }, (_, i) => ({ label: `${i}`, text: 'x.' })))),
          mountNoElement: error(() => claimdiff.mount(null, FIRE)),
          mountTooMuch: error(() => claimdiff.mount(document.body, [{ label: 'A', text: 'a'.repeat(600000) }, { label: 'B', text: 'b'.repeat(600000) }])),
        },
      };
    },
    { loader: `${app.url}embed/claimdiff-embed.js`, FIRE },
  );
  assert.equal(result.schema, 'claimdiff.comparison/1');
  assert.deepEqual(result.labels, ['Harbor Wire', 'City Desk']);
  assert.ok(result.groups >= 4 && result.statuses.includes('conflicting'), `${result.statuses}`);
  assert.equal(result.number.material, true);
  assert.deepEqual(result.segment.map((s) => s.text), ['One.', 'Two three.']);
  assert.deepEqual(result.segment[1], { start: 5, end: 15, text: 'Two three.' });
  assert.ok(result.rows >= 4, 'mount renders the claim table');
  assert.match(result.afterUpdate, /A, B/);
  assert.equal(result.afterUnmount, 0);
  for (const [name, e] of Object.entries(result.errors)) {
    assert.ok(e && e.isError && e.name === 'ClaimdiffInputError', `${name}: ${JSON.stringify(e)}`);
    assert.ok(!/panicked|unreachable|RuntimeError/.test(e.message), `${name}: ${e.message}`);
  }
  assert.equal(result.errors.tooFew.code, 'too_few_accounts');
  assert.equal(result.errors.badShape.code, 'bad_arguments');
  assert.equal(result.errors.badReference.code, 'bad_arguments');
  assert.equal(result.errors.tooMany.code, 'too_many_accounts');
  assert.equal(result.errors.mountNoElement.code, 'bad_arguments');
  assert.equal(result.errors.mountTooMuch.code, 'too_much_text');
  assert.deepEqual(strayRequests(seen.requests), []);
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test("the app's own pages hold their CSP and request nothing from elsewhere", async () => {
  const { page, context, seen } = await cspWatchedPage();
  for (const path of ['', 'docs.html', 'embed/example-host.html']) {
    await page.goto(app.url + path);
    await page.waitForLoadState('networkidle');
  }
  // The example host page shows all three embed forms.
  await page.frameLocator('#from-link').locator('tr.row').first().waitFor();
  await page.frameLocator('#from-host').locator('tr.row').first().waitFor();
  await page.locator('[data-claimdiff] tr.row').first().waitFor();
  for (const file of ['index.html', 'docs.html', 'embed/example-host.html']) {
    const html = readFileSync(join(DIST, file), 'utf8').replace(/<pre>[\s\S]*?<\/pre>/g, ''); // snippets are text
    assert.doesNotMatch(html, /<script(?![^>]*\ssrc=)[^>]*>|<style|\sstyle=/, `${file}: no inline scripts or styles`);
  }
  assert.deepEqual(strayRequests(seen.requests, [appOrigin]), []);
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test('the parent resize script stays under 1 KB', () => {
  const size = statSync(join(DIST, 'embed/claimdiff-resize.js')).size;
  assert.ok(size < 1024, `${size} bytes`);
});

test('after the first visit the app, its embed page and its docs work offline', async () => {
  const link = new URL(await shareLink(SPILL));
  const { page, context, seen } = await cspWatchedPage();
  await page.goto(app.url);
  await page.waitForSelector('#offline-note');
  assert.match(await page.locator('#offline-note').innerText(), /Available offline/);

  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('#accounts textarea.account-text');
  await page.click('#example');
  await showClaimTable(page);
  await page.goto(`${app.url}index.html?embed${link.hash}`);
  await page.waitForSelector('tr.row');
  await page.goto(`${app.url}docs.html`);
  assert.match(await page.locator('h1').innerText(), /Embedding Claimdiff/);
  assert.deepEqual(seen.errors, []);
  await context.close();
});
