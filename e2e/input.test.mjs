// End-to-end tests of filling accounts (issue 5, "Input"): opening and dropping files, pasting
// HTML, reordering accounts, choosing the reference, and "Clear all" asking first. Release build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, fillAccounts, axeViolations } from './suite.mjs';

const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;


/** Waits until the text area of account `i` holds `needle` (Yew renders asynchronously). */
const textIncludes = (page, i, needle) =>
  page.waitForFunction(([i, needle]) => document.querySelector(`#account-${i}-text`)?.value.includes(needle), [i, needle]);

const value = (page, selector) => page.locator(selector).inputValue();

/** Drops files (`[name, content, type]`) on account `i` with a synthetic DataTransfer. */
async function dropFiles(page, i, files) {
  return page.evaluate(([i, files]) => {
    const data = new DataTransfer();
    for (const [name, content, type] of files) data.items.add(new File([content], name, { type }));
    const zone = document.querySelector(`.account[data-account="${i}"]`);
    const init = { dataTransfer: data, bubbles: true, cancelable: true };
    zone.dispatchEvent(new DragEvent('dragover', init));
    const accepted = !zone.dispatchEvent(new DragEvent('drop', init));
    return accepted;
  }, [i, files]);
}

test('input: an HTML file picked into an account gives its article text and title, without page furniture', async () => {
  const { page, context, seen } = await openApp();
  await page.setInputFiles('#account-0-file', [`${FIXTURES}ferry-page.html`, `${FIXTURES}ferry-notes.md`]);
  await textIncludes(page, 0, 'quiet crossings');
  const text = await value(page, '#account-0-text');
  assert.equal(
    text,
    'Night ferry returns to Lake Orrin\n\n' +
      'The night ferry between Orrin Quay and Pellby resumed on Tuesday after a six-week pause for hull repairs, the operator said.\n\n' +
      'Crossings will run every 90 minutes until midnight.\n\nFares are unchanged.\n\nBicycles travel free.\n\n' +
      'We missed the quiet crossings, said one commuter.',
  );
  for (const furniture of ['Navigation', 'SCRIPT', 'Header slogan', 'aside newsletter', 'Hidden share', 'Search form', 'Button text', 'Noscript', 'Footer', 'ran']) {
    assert.ok(!text.includes(furniture), `no "${furniture}" in the account text`);
  }
  assert.equal(await value(page, '#account-0-label'), 'Night ferry returns to Lake Orrin | Lakeside Courier');
  // The second file filled the next (empty) account, as prose.
  await textIncludes(page, 1, 'night ferry');
  assert.equal(await value(page, '#account-1-text'), 'Ferry notes\n\nThe night ferry resumed on Tuesday.\n\nCrossings every 90 minutes');
  assert.equal(await value(page, '#account-1-label'), 'ferry-notes');
  assert.equal(await page.evaluate(() => [window.__ferryScriptRan, document.body.dataset.inline]).then(String), ',');
  await page.waitForSelector('#notice :text("Opened")');
  // Both survive a reload.
  await page.reload();
  await textIncludes(page, 0, 'quiet crossings');
  assert.equal(await value(page, '#account-1-label'), 'ferry-notes');
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test('input: dropped files fill accounts; unsupported and binary files are refused and nothing typed is lost', async () => {
  const { page, context, seen } = await openApp();
  await fillAccounts(page, [{ label: 'Typed', text: 'Text typed by hand stays.' }]);
  const accepted = await dropFiles(page, 1, [['wire-story.txt', 'The dam held overnight.\nWater levels fell by noon.', 'text/plain']]);
  assert.ok(accepted, 'the drop is handled by the page');
  await textIncludes(page, 1, 'The dam held');
  assert.equal(await value(page, '#account-1-label'), 'wire-story');

  await dropFiles(page, 0, [['photo.png', 'PNG', 'image/png'], ['data.txt', 'PK\u0003\u0004\u0000\u0000binary', 'text/plain']]);
  await page.waitForSelector('#notice :text("photo.png")');
  const notice = await page.locator('#notice').innerText();
  assert.match(notice, /“photo\.png” was not opened: Claimdiff opens text \(\.txt\), Markdown \(\.md\) and web page \(\.html\) files/);
  assert.match(notice, /“data\.txt” was not opened: it does not hold text/);
  assert.equal(await value(page, '#account-0-text'), 'Text typed by hand stays.');
  assert.equal(await value(page, '#account-0-label'), 'Typed');

  // Dragging files over a card highlights it.
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['x'], 'x.txt', { type: 'text/plain' }));
    document.querySelector('.account[data-account="0"]').dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await page.waitForSelector('.account.dropping[data-account="0"]');
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test('input: HTML on the clipboard is pasted as clean paragraphs at the cursor and saved like typing', async () => {
  const { page, context, seen } = await openApp();
  await fillAccounts(page, [{ label: 'A', text: 'Before. XX After.' }]);
  const pasted = await page.evaluate(() => {
    const area = document.querySelector('#account-0-text');
    area.focus();
    area.setSelectionRange(8, 10); // "XX"
    const data = new DataTransfer();
    data.setData('text/plain', 'plain version');
    data.setData('text/html', '<meta charset="utf-8"><nav>Menu link</nav><h2 style="margin: 0">Pasted   title</h2><img src="x" onerror="window.__pasted = 2"><p>First <b style="color: red">pasted</b>\n paragraph.</p><script>window.__pasted = 1</script><p>Second one.</p>');
    return !area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  assert.ok(pasted, 'the page handled the paste');
  const expected = 'Before. Pasted title\n\nFirst pasted paragraph.\n\nSecond one. After.';
  await textIncludes(page, 0, 'Second one.');
  assert.equal(await value(page, '#account-0-text'), expected);
  assert.equal(await page.evaluate(() => document.querySelector('#account-0-text').selectionStart), expected.indexOf(' After.'));
  await page.waitForSelector('#account-0-stats:text("9 words")');
  await page.reload();
  await textIncludes(page, 0, 'Second one.');
  assert.equal(await value(page, '#account-0-text'), expected);
  assert.equal(await page.evaluate(() => window.__pasted), undefined);
  assert.ok(!seen.requests.some((url) => url.endsWith('/x')), 'nothing in the pasted HTML loads');
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test('input: moving an account keeps its label, text and reference together; the reference survives a reload', async () => {
  const { page, context, seen } = await openApp();
  await fillAccounts(page, [
    { label: 'Harbor Wire', text: 'The bridge reopened on Monday. Traffic was light.' },
    { label: 'City Desk', text: 'The bridge reopened on Tuesday. Traffic was heavy.' },
    { label: 'Radio North', text: 'Officials said the bridge reopened this week.' },
  ]);
  await page.check('.account[data-account="2"] .reference-radio');
  await page.click('#tab-table');
  await page.waitForSelector('#results th[data-account="2"] .reference-tag');

  await page.click('button[aria-label="Move Radio North up"]');
  await page.waitForFunction(() => document.querySelector('#account-1-label').value === 'Radio North');
  assert.equal(await value(page, '#account-1-text'), 'Officials said the bridge reopened this week.');
  assert.equal(await value(page, '#account-2-label'), 'City Desk');
  assert.equal(await value(page, '#account-2-text'), 'The bridge reopened on Tuesday. Traffic was heavy.');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'account-1-up', 'focus follows the moved account');
  assert.ok(await page.isChecked('.account[data-account="1"] .reference-radio'), 'the reference moved with its account');
  await page.waitForSelector('#results th[data-account="1"] .reference-tag');
  assert.match(await page.locator('#results th[data-account="1"]').innerText(), /Radio North/);

  // At the top, "Move up" explains instead of moving.
  await page.focus('button[aria-label="Move Harbor Wire up"]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#notice :text("Harbor Wire is already the first account.")');

  await page.reload();
  await page.waitForSelector('#results th[data-account="1"] .reference-tag');
  assert.ok(await page.isChecked('.account[data-account="1"] .reference-radio'));
  assert.equal(await value(page, '#account-1-label'), 'Radio North');
  // Removing an account before the reference keeps the reference on the same account.
  await page.click('button[aria-label="Remove Harbor Wire"]');
  await page.waitForFunction(() => document.querySelector('#account-0-label').value === 'Radio North');
  assert.ok(await page.isChecked('.account[data-account="0"] .reference-radio'));
  await page.waitForSelector('#results th[data-account="0"] .reference-tag');
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test('input: "Clear all" asks first; cancelling keeps everything, confirming clears', async () => {
  const { page, context } = await openApp();
  await fillAccounts(page, [{ label: 'Kept', text: 'Keep this text.' }, { label: 'Also', text: 'And this.' }]);
  await page.click('#clear-all');
  await page.waitForSelector('.confirm[role="alertdialog"]');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'confirm-no');
  await page.click('#confirm-no');
  await page.waitForFunction(() => !document.querySelector('.confirm'));
  assert.equal(await value(page, '#account-0-text'), 'Keep this text.');
  assert.equal(await value(page, '#account-1-label'), 'Also');

  await page.click('#clear-all');
  await page.click('#confirm-yes');
  await page.waitForFunction(() => [...document.querySelectorAll('textarea.account-text')].every((t) => t.value === ''));
  assert.equal(await value(page, '#account-0-label'), '');
  await page.reload();
  await page.waitForSelector('#accounts textarea.account-text');
  assert.equal(await value(page, '#account-0-text'), '');
  await context.close();
});

test('input: the editors with their file, order and reference controls pass axe-core', async () => {
  const { page, context } = await openApp(undefined, { bypassCSP: true });
  await page.setInputFiles('#account-0-file', `${FIXTURES}ferry-page.html`);
  await textIncludes(page, 0, 'quiet crossings');
  await page.focus('#account-0-file');
  assert.deepEqual(await axeViolations(page, '.editors'), []);
  // The file control is reachable from the keyboard and named after its account.
  assert.equal(await page.evaluate(() => document.activeElement.id), 'account-0-file');
  const name = await page.evaluate(() => document.querySelector('#account-0-file').labels[0].textContent);
  assert.match(name, /Open file… into Night ferry returns/);
  await context.close();
});
