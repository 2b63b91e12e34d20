// End-to-end tests of related links (issue 13) on the release build: a lead that sums up four
// body sentences can share a claim group with only some of them; the rest are related to it. The
// claim table says "Also reported in claim N" with a link to that row, and side by side outlines
// the related sentences of the one in focus and tags them "related in", not "not in".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SHOTS, openApp, fillAccounts } from './suite.mjs';
import { showClaimTable } from './browser.mjs';

// Invented reports of one storm: a lead that tells four claims at once, and a report that tells
// each in a sentence of its own.
const ACCOUNTS = [
  {
    label: 'Lead',
    text:
      'Gales closed the Harlow ferry terminal, cut the Brigg coast road, shut Lunsford schools and ' +
      'flooded Tarrow homes on Friday. Fishing crews stayed in port.',
  },
  {
    label: 'Body',
    text:
      'Gales closed the Harlow ferry terminal on Friday. Gales cut the Brigg coast road on Friday. ' +
      'Gales shut Lunsford schools on Friday. Gales flooded Tarrow homes on Friday. ' +
      'Insurers expect large claims.',
  },
];

async function comparedApp() {
  const watched = await openApp({ width: 1280, height: 900 });
  await fillAccounts(watched.page, ACCOUNTS);
  await showClaimTable(watched.page);
  return watched;
}

test('related: the claim table links a row to the row its related sentence is in', async () => {
  const { page, context, seen } = await comparedApp();
  const line = page.locator('#results tr.related').first();
  await line.waitFor();
  assert.match(await line.innerText(), /Also reported in claim \d+/);
  const link = line.locator('a').first();
  const target = (await link.getAttribute('href')).slice(1);
  await link.click();
  await page.waitForFunction((id) => document.activeElement?.id === id, target);
  assert.match(await page.locator(`#${target}`).innerText(), /Lunsford schools/);
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test('related: side by side outlines the related sentences of the one in focus', async () => {
  const { page, context, seen } = await comparedApp();
  await page.click('#tab-side-by-side');
  await page.waitForSelector('#panel-side-by-side');
  const right = page.locator('.sbs-col[data-side="1"]');
  const tagged = right.locator('.sent', { hasText: 'Lunsford' });
  assert.match(await tagged.locator('.only-tag').textContent(), /^related in Lead$/);
  assert.equal(await right.locator('.sent.related-active').count(), 0, 'nothing outlined before a sentence is in focus');
  await page.locator('.sbs-col[data-side="0"] .sent').first().focus();
  const outlined = right.locator('.sent.related-active');
  await outlined.first().waitFor();
  assert.equal(await outlined.count(), 1);
  assert.match(await outlined.innerText(), /Lunsford schools/);
  assert.ok((await right.locator('.sent.active').count()) >= 1, 'the grouped body sentences light up as before');
  await page.screenshot({ path: `${SHOTS}/related-side-by-side.png` });
  assert.deepEqual(seen.errors, []);
  await context.close();
});

// Two invented reports written independently: the wire's headline sums up the call in words of
// its own, and the rival's lead shares few of them ("pause strikes on the power grid", "a 30-day
// pause of strikes on energy infrastructure"). The headline stays a claim of its own but is
// related to the rival's lead, which the wire's second sentence shares a group with.
const INDEPENDENT = [
  {
    label: 'Wire',
    text:
      "Norland agrees to pause strikes on the power grid after a long call with Vesta's leader.\n\n" +
      "Premier Anna Lind agreed on Tuesday to stop attacks on Vesta's energy plants for 30 days, her " +
      'office said after a 90-minute phone call with President Joao Ruiz. The leaders also discussed ' +
      'the safety of shipping in the Amber Sea.',
  },
  {
    label: 'Rival',
    text:
      'Officials in Kalder and Porto agreed to a 30-day pause of strikes on energy infrastructure, the ' +
      'presidency said after a call that lasted an hour and a half. Talks on navigation security in ' +
      'the Amber Sea will begin soon. Rescue teams cleared roads in the north.',
  },
];

test("related: a headline in words of its own is related to the other account's lead", async () => {
  const { page, context, seen } = await openApp({ width: 1280, height: 900 });
  await fillAccounts(page, INDEPENDENT);
  await showClaimTable(page);
  const headline = page.locator('#results tbody tr', { hasText: 'Norland agrees to pause strikes' }).first();
  await headline.waitFor();
  const line = page.locator('#results tr.related', { hasText: 'Also reported in claim' }).first();
  await line.waitFor();
  const target = (await line.locator('a').first().getAttribute('href')).slice(1);
  assert.match(await page.locator(`#${target}`).innerText(), /Officials in Kalder and Porto/);
  const roads = page.locator('#results tbody tr', { hasText: 'Rescue teams cleared roads' }).first();
  assert.doesNotMatch(await roads.innerText(), /Also reported/, 'a claim no other account makes stays unrelated');
  await headline.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/related-headline.png` });
  assert.deepEqual(seen.errors, []);
  await context.close();
});
