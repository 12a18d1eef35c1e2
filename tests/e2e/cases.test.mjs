// End-to-end: saved work. Cases persist in localStorage and survive a reload; several can
// be kept; damaged, future or unavailable storage never breaks the app; share links carry
// a case in the URL fragment; everything exports to and imports from a JSON file.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fill, localDay, openApp, useBrowser, reveal } from './harness.mjs';

useBrowser();

async function withInvoice(page, client = 'Acme Ltd', number = 'INV-2041') {
  await fill(page, "Client's business name", client);
  await fill(page, 'Invoice number', number);
  await fill(page, 'Amount due', '4,800');
  await fill(page, 'Due date', '2030-03-01');
}

const value = (page, label) => page.getByLabel(label, { exact: true }).inputValue();
const storedJson = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('tactful')));
const note = (page) => page.getByTestId('store-note');

describe('saved work', () => {
  test('the invoice and the tools’ inputs survive a reload', async () => {
    const { page, check } = await openApp('#/discount');
    await withInvoice(page);
    await fill(page, 'Gross margin on this sale', '35.5');
    await (await reveal(page.getByLabel('Language', { exact: true }))).selectOption('de');
    // German is a part of the app: the interface switches (and saves) once it is loaded.
    await page.locator('html[lang=de]').waitFor();
    await page.reload();
    await page.locator('[data-testid=invoice-summary]').waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'de');
    // Switching to German re-wrote the typed numbers in German format.
    assert.equal(await page.locator('#amount').inputValue(), '4.800');
    assert.equal(await page.locator('#client-business').inputValue(), 'Acme Ltd');
    const saved = await storedJson(page);
    assert.equal(saved.schema, 1);
    assert.equal(saved.lang, 'de');
    assert.equal(saved.cases[0].fields['discount.gross_margin'], '35,5');
    await check();
  });

  test('cases: new, switch, duplicate, rename, delete', async () => {
    const { page, check } = await openApp('#/plan');
    await withInvoice(page, 'Acme Ltd', 'INV-1');
    await page.getByRole('button', { name: 'New case' }).click();
    assert.equal(await page.locator('#amount').inputValue(), '');
    await withInvoice(page, 'Globex', 'INV-2');
    const select = page.getByLabel('Open case', { exact: true });
    assert.deepEqual(await select.locator('option').allTextContents(), ['Acme Ltd · INV-1', 'Globex · INV-2']);
    await select.selectOption({ label: 'Acme Ltd · INV-1' });
    assert.equal(await page.locator('#client-business').inputValue(), 'Acme Ltd');
    await page.getByRole('button', { name: 'Duplicate' }).click();
    // A copy of a case named after its invoice is named after its own invoice: no stale
    // "(copy)" once the invoice changes.
    assert.equal(await value(page, 'Name of this case'), '');
    assert.deepEqual(await select.locator('option').allTextContents(),
      ['Acme Ltd · INV-1', 'Globex · INV-2', 'Acme Ltd · INV-1']);
    await fill(page, 'Invoice number', 'INV-3');
    assert.deepEqual(await select.locator('option').allTextContents(),
      ['Acme Ltd · INV-1', 'Globex · INV-2', 'Acme Ltd · INV-3']);
    await fill(page, 'Name of this case', 'Acme second job');
    assert.deepEqual(await select.locator('option').allTextContents(),
      ['Acme Ltd · INV-1', 'Globex · INV-2', 'Acme second job']);
    await page.getByRole('button', { name: 'Delete…' }).click();
    await page.getByRole('alertdialog').filter({ hasText: 'Delete “Acme second job” from this browser?' }).waitFor();
    await page.getByTestId('confirm-delete').click();
    assert.deepEqual(await select.locator('option').allTextContents(), ['Acme Ltd · INV-1', 'Globex · INV-2']);
    await page.reload();
    await page.locator('[data-testid=invoice-summary]').waitFor();
    // The saved cases' menu may fill in a moment after the invoice: wait for its options.
    const options = page.getByLabel('Open case', { exact: true }).locator('option');
    await options.nth(1).waitFor({ state: 'attached' });
    assert.deepEqual(await options.allTextContents(), ['Acme Ltd · INV-1', 'Globex · INV-2']);
    await check();
  });

  test('edited templates are saved per language', async () => {
    const { page, check } = await openApp('#/message');
    await withInvoice(page);
    await (await reveal(page.getByLabel('Edit the template code'))).check();
    await (await reveal(page.locator('#body-source'))).fill('Hello {{ client_contact | default("there") }}, a kind word.');
    await (await reveal(page.getByLabel('Language of the message'))).selectOption('fr');
    // French is a part of the app: its templates are there once it is loaded.
    await page.waitForFunction(() => /Bonjour/.test(document.querySelector('#body-source').value));
    await page.reload();
    await page.locator('[data-testid=invoice-summary]').waitFor();
    assert.equal(await page.getByLabel('Language of the message').inputValue(), 'fr');
    await (await reveal(page.getByLabel('Language of the message'))).selectOption('en-GB');
    // The words view is the default again after a reload; the code is kept as written.
    assert.equal(await page.locator('#body-words').inputValue(), 'Hello [Client’s contact name, “there”], a kind word.');
    await (await reveal(page.getByLabel('Edit the template code'))).check();
    assert.equal(await page.locator('#body-source').inputValue(), 'Hello {{ client_contact | default("there") }}, a kind word.');
    await check();
  });
});

describe('storage faults never break the app', () => {
  const hostile = [
    ['truncated JSON', '{"schema":1,"cases":[{"id":"c1","fields":{"invoice.amount":"12'],
    ['not JSON', '<img src=x onerror="window.__pwned=1">'],
    ['wrong shape', '{"schema":1,"cases":"everything"}'],
  ];
  for (const [what, raw] of hostile) {
    test(`${what}: backed up, started clean, and the user is told`, async () => {
      const { page, check } = await openApp('#/plan', {
        initScript: `if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1'); localStorage.setItem('tactful', ${JSON.stringify(raw)}); }`,
      });
      await note(page).filter({ hasText: 'Your saved work could not be read' }).waitFor();
      await note(page).filter({ hasText: 'tactful.backup.1' }).waitFor();
      assert.equal(await page.evaluate(() => localStorage.getItem('tactful.backup.1')), raw);
      await withInvoice(page);
      await page.getByRole('heading', { name: 'The plan', exact: true }).first().waitFor();
      assert.equal(await page.evaluate(() => window.__pwned), undefined);
      assert.equal((await storedJson(page)).cases[0].fields['invoice.amount'], '4,800');
      await check();
    });
  }

  test('a newer schema is kept and not overwritten blindly', async () => {
    const raw = '{"schema":7,"cases":[]}';
    const { page, check } = await openApp('#/plan', {
      initScript: `if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1'); localStorage.setItem('tactful', ${JSON.stringify(raw)}); }`,
    });
    await note(page).filter({ hasText: 'written by a newer version of Tactful' }).waitFor();
    assert.equal(await page.evaluate(() => localStorage.getItem('tactful.backup.1')), raw);
    await check();
  });

  test('storage switched off: the app works and says it cannot save', async () => {
    const { page, check } = await openApp('#/discount', {
      initScript: () => {
        Object.defineProperty(window, 'localStorage', {
          get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
        });
      },
    });
    await note(page).filter({ hasText: 'not letting Tactful save your work' }).waitFor();
    await withInvoice(page);
    await page.getByRole('heading', { name: 'What the discount really costs' }).waitFor();
    await check();
  });

  test('storage full: the app works and says the latest changes are not saved', async () => {
    const { page, check } = await openApp('#/plan', {
      initScript: () => {
        Storage.prototype.setItem = function setItem() {
          throw new DOMException('Quota exceeded', 'QuotaExceededError');
        };
      },
    });
    await note(page).filter({ hasText: 'storage for Tactful is full' }).waitFor();
    await withInvoice(page);
    assert.equal(await page.locator('#amount').inputValue(), '4,800');
    await check();
  });
});

describe('share links', () => {
  const clipboard = { contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] } };

  test('copy a link, open it elsewhere: the case arrives unsaved until kept', async () => {
    const first = await openApp('#/timeline', clipboard);
    await withInvoice(first.page, 'Acme <b>Ltd</b>', 'INV-7');
    await first.page.getByTestId('copy-link').click();
    await first.page.getByTestId('link-status').filter({ hasText: 'Link copied.' }).waitFor();
    const link = await first.page.evaluate(() => navigator.clipboard.readText());
    assert.match(link, /#share=1\.[A-Za-z0-9_-]+$/);
    assert.ok(link.length < 1500, `a typical link is short (${link.length})`);
    await first.check();

    const second = await openApp('', clipboard);
    await second.page.goto(link);
    await second.page.getByTestId('unsaved-case').waitFor();
    assert.equal(await second.page.locator('#client-business').inputValue(), 'Acme <b>Ltd</b>');
    assert.match(second.page.url(), /#\/timeline$/);
    assert.equal(await second.page.locator('b').count(), 0);
    // Not saved until kept.
    let saved = await storedJson(second.page);
    assert.ok(!saved.cases.some((c) => c.fields['invoice.number'] === 'INV-7'));
    await second.page.getByRole('button', { name: 'Save it' }).click();
    saved = await storedJson(second.page);
    assert.ok(saved.cases.some((c) => c.fields['invoice.number'] === 'INV-7'));
    await second.check();
  });

  test('a damaged or hostile link is refused with a message', async () => {
    const bad = [
      '#share=1.',
      '#share=1.%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
      `#share=1.${Buffer.from('{"case":{"id":"<x>","fields":{"invoice.amount":"{{7*7}}"}}').toString('base64url')}x`,
      '#share=9.e30',
    ];
    for (const hash of bad) {
      const { page, check } = await openApp(hash);
      await note(page).filter({ hasText: /could not be opened|newer version/ }).waitFor();
      assert.equal(await page.locator('#amount').inputValue(), '');
      await check();
    }
  });

  test('a link with hostile text shows it as text', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">{{7*7}}\u202e';
    const json = JSON.stringify({ route: 'message', case: { id: '', fields: { 'invoice.client_contact': hostile, 'invoice.amount': '100', 'invoice.due_date': '2030-01-01' } } });
    const { page, check } = await openApp(`#share=1.${Buffer.from(json).toString('base64url')}`);
    await page.getByTestId('unsaved-case').waitFor();
    await page.getByTestId('preview-body').filter({ hasText: hostile }).waitFor();
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    await check();
  });
});

describe('export and import', () => {
  test('all cases export to JSON and import into another browser', async () => {
    const first = await openApp('#/plan');
    await withInvoice(first.page, 'Acme Ltd', 'INV-1');
    await first.page.getByRole('button', { name: 'New case' }).click();
    await withInvoice(first.page, 'Globex', 'INV-2');
    await first.page.getByText('Export or import').click();
    const [download] = await Promise.all([
      first.page.waitForEvent('download'),
      first.page.getByTestId('export').click(),
    ]);
    // Named by today's date in the local calendar.
    assert.equal(download.suggestedFilename(), `tactful-cases-${localDay()}.json`);
    // The download is deleted with its browser context: keep a copy for the second browser.
    const file = join(await mkdtemp(join(tmpdir(), 'tactful-')), 'export.json');
    await download.saveAs(file);
    const exported = JSON.parse(await readFile(file, 'utf8'));
    assert.equal(exported.schema, 1);
    assert.equal(exported.cases.length, 2);
    await first.check();

    const second = await openApp('#/plan');
    await second.page.getByText('Export or import').click();
    await second.page.getByLabel('Import cases from a file').setInputFiles(file);
    await note(second.page).filter({ hasText: 'Cases imported: 2.' }).waitFor();
    const options = await second.page.getByLabel('Open case', { exact: true }).locator('option').allTextContents();
    assert.deepEqual(options, ['Untitled case', 'Acme Ltd · INV-1', 'Globex · INV-2']);
    assert.equal(await second.page.locator('#client-business').inputValue(), 'Acme Ltd');
    await second.check();
  });

  test('a file that is not an export is refused with a clear message', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tactful-'));
    const { page, check } = await openApp('#/plan');
    await page.getByText('Export or import').click();
    for (const [name, contents, message] of [
      ['bad.json', '{"schema":1,"cases":[{"id":1}]}', 'not a Tactful export'],
      ['newer.json', '{"schema":3}', 'newer version of Tactful'],
      ['text.json', 'hello', 'not a Tactful export'],
    ]) {
      const path = join(dir, name);
      await writeFile(path, contents);
      await page.getByLabel('Import cases from a file').setInputFiles(path);
      await note(page).filter({ hasText: message }).waitFor();
    }
    assert.deepEqual(await page.getByLabel('Open case', { exact: true }).locator('option').allTextContents(), ['Untitled case']);
    await check();
  });
});
