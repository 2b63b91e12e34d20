// End-to-end tests of the fact sheet (issue 14) on the release build: the Facts view opens first
// when facts conflict, shows each account's value with a verdict, links each value to its claim
// row, reaches the exports, and passes axe-core at desktop and phone widths.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SHOTS, openApp, fillAccounts, axeViolations } from './suite.mjs';

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 375, height: 800 };

// Three invented reports of one landslide. The toll conflicts between the two accounts that are
// not the reference (72 against 60; the reference's "more than 70" agrees with 72 only); the
// length of the rescue is the same in hours and in minutes.
const ACCOUNTS = [
  {
    label: 'Valley Post',
    text:
      'More than 70 people died when a landslide buried the village of Orrin on Sunday, officials said. ' +
      'Rescue teams searched the mud for 90 minutes before the rain forced them back. ' +
      '"We will not stop until everyone is found," the regional governor said.',
  },
  {
    label: 'Hill Radio',
    text:
      'A landslide buried the village of Orrin on Sunday, killing 72 people, officials said. ' +
      'Rescuers worked for 1.5 hours before heavy rain stopped the search. ' +
      '"We will not stop until every person is found," the regional governor said.',
  },
  {
    label: 'Coast Daily',
    text:
      'Officials said 60 people died after a landslide buried the village of Orrin on Sunday. ' +
      'Rescuers dug through the mud for an hour and a half until rain halted the work.',
  },
];

async function comparedApp(viewport, options) {
  const watched = await openApp(viewport, options);
  await fillAccounts(watched.page, ACCOUNTS);
  await watched.page.waitForSelector('#results .view-tabs');
  return watched;
}

const factRows = (page) =>
  page.locator('#facts-table tr.fact-row').evaluateAll((rows) =>
    rows.map((r) => ({
      verdict: r.dataset.verdict,
      kind: r.dataset.kind,
      cells: [...r.querySelectorAll('td.fact-value, td.fact-missing')].map((c) => c.innerText.trim()),
      explanation: r.querySelector('.fact-explanation')?.innerText ?? '',
    })),
  );

test('facts: the fact sheet opens first when facts conflict, conflicts first, values per account', async () => {
  const { page, context, seen } = await comparedApp(DESKTOP);
  await page.waitForSelector('#facts-table');
  assert.equal(await page.getAttribute('#tab-facts', 'aria-selected'), 'true', 'Facts is the first view shown');
  const rows = await factRows(page);
  assert.ok(rows.length >= 2, `fact rows: ${JSON.stringify(rows)}`);
  assert.equal(rows[0].verdict, 'conflicting', 'conflicting rows come first');

  const toll = rows.find((r) => r.cells.some((c) => /\b72\b/.test(c)));
  assert.ok(toll, 'a row lines up the death toll');
  assert.equal(toll.verdict, 'conflicting');
  assert.match(toll.cells[0], /70/);
  assert.match(toll.cells[2], /60/);
  assert.ok(toll.explanation.length > 0, 'the verdict is explained');

  const rescue = rows.find((r) => r.cells.some((c) => /90 minutes/.test(c)));
  assert.ok(rescue, 'a row lines up the length of the search');
  assert.ok(['same', 'compatible'].includes(rescue.verdict), `90 minutes vs 1.5 hours: ${rescue.verdict}`);
  assert.ok(rescue.cells.some((c) => /1\.5 hours/.test(c)));

  // A value links to the claim row of its sentence.
  await page.locator('#facts-table tr.fact-row').first().locator('a.go-row').first().click();
  await page.waitForSelector('#tab-table[aria-selected="true"]');
  const focused = await page.evaluate(() => document.activeElement?.id ?? '');
  assert.match(focused, /^claim-\d+$/, 'the linked claim row has focus');

  // The user's choice of view is kept: Facts is no longer forced on them after a reload.
  await page.reload();
  await page.waitForSelector('#panel-table');
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test('facts: the dead and the injured are rows of their own; a toll meets the count of the dead', async () => {
  const { page, context, seen } = await openApp(DESKTOP);
  await fillAccounts(page, [
    {
      label: 'Wire',
      text: 'The death toll from the Kerr landslide has risen to 41, officials said. More than 120 people were injured.',
    },
    { label: 'Radio', text: 'The landslide in Kerr left 41 people dead and 130 people injured, the mayor said.' },
  ]);
  await page.locator('#tab-facts').click();
  await page.waitForSelector('#facts-table');
  const rows = await factRows(page);
  const dead = rows.find((r) => r.cells.every((c) => /\b41\b/.test(c)));
  assert.ok(dead, `one row holds both tolls: ${JSON.stringify(rows)}`);
  assert.equal(dead.verdict, 'same');
  const injured = rows.find((r) => r.cells.some((c) => /130/.test(c)));
  assert.ok(injured && injured.cells.some((c) => /120/.test(c)), `the injured: ${JSON.stringify(rows)}`);
  assert.equal(injured.verdict, 'compatible', 'more than 120 admits 130');
  assert.ok(!rows.some((r) => r.cells.some((c) => /\b41\b/.test(c)) && r.cells.some((c) => /130/.test(c))));
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test('facts: the exports carry the fact sheet', async () => {
  const { page, context } = await comparedApp(DESKTOP);
  await page.waitForSelector('#facts-table');
  const sections = { '#export-md': /^## Facts$/m, '#export-csv': /^"fact","verdict"/m, '#export-html': /<h2>Facts<\/h2>/ };
  for (const [id, section] of Object.entries(sections)) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(id)]);
    const text = readFileSync(await download.path(), 'utf8');
    assert.match(text, section, `${id} has a fact section`);
    assert.match(text, /conflicting/i, `${id} gives the verdicts`);
  }
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  const json = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.ok(json.facts.some((f) => f.verdict === 'conflicting' && f.values.length === 3));
  await context.close();
});

test('facts: the view passes axe-core at desktop and phone widths, with screenshots', async () => {
  for (const [name, viewport] of [['1280', DESKTOP], ['375', PHONE]]) {
    const { page, context, seen } = await comparedApp(viewport, { bypassCSP: true });
    await page.waitForSelector('#facts-table');
    await page.locator('#facts-table details.fact-details').first().evaluate((d) => (d.open = true));
    await page.screenshot({ path: `${SHOTS}/facts-sheet-${name}.png`, fullPage: true });
    assert.deepEqual(await axeViolations(page), [], `axe violations in the fact sheet at ${name}px`);
    assert.deepEqual(seen.errors, []);
    await context.close();
  }
});

test('facts: the synonym table loads beside the app, and a quote reworded with synonyms is one row', async () => {
  const { page, context, seen } = await openApp(DESKTOP);
  await fillAccounts(page, [
    { label: 'Valley Post', text: 'Mayor Dana Holt called the flood plan "a brave choice for the valley" on Friday.' },
    { label: 'Hill Radio', text: 'Mayor Dana Holt called the flood plan "a courageous choice for the valley" on Friday.' },
  ]);
  await page.waitForSelector('#results .view-tabs');
  await page.locator('#tab-facts').click();
  await page.waitForSelector('#facts-table');
  const quotes = (await factRows(page)).filter((r) => r.kind === 'quote');
  assert.equal(quotes.length, 1, JSON.stringify(quotes));
  // "brave" and "courageous" share a WordNet synonym set: the worker has fetched and installed
  // the table (a separate, same-origin asset) before comparing.
  assert.match(quotes[0].explanation, /synonyms/, JSON.stringify(quotes[0]));
  assert.ok(seen.requests.some((u) => u.endsWith('/wordnet-synonyms.txt')), 'the table was fetched from the app\'s origin');
  await context.close();
});
