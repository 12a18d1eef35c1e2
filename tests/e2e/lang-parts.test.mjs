// End-to-end: each language other than English is a part of the app fetched on demand
// (src/split.rs, `Langs`). English visitors fetch none; a language's part is fetched once,
// when it is chosen; nothing is ever shown in a language whose text is not there yet.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fill, localDay, openApp, useBrowser, reveal } from './harness.mjs';
import { daysBetween } from './figures.mjs';

useBrowser();

const PART = /\/split_(german|french|spanish|dutch)_part[^/]*\.wasm$/;

/** Each language's templates and tone phrases: a part of their own, fetched for the composer. */
const MESSAGES = /\/split_(german|french|spanish|dutch)_messages_part[^/]*\.wasm$/;
const messageParts = (page) => page.evaluate((source) => performance.getEntriesByType('resource')
  .map((e) => e.name).filter((name) => new RegExp(source).test(name)), MESSAGES.source);

/** The language parts the page itself fetched (its resource timing; not the worker's precache). */
const languageParts = (page) => page.evaluate((source) => performance.getEntriesByType('resource')
  .map((e) => e.name).filter((name) => new RegExp(source).test(name)), PART.source);

/** Holds back every request for `name`'s part until `release()`; counts them. */
async function holdPart(context, name) {
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  const hits = [];
  await context.route(new RegExp(`/split_${name}_part[^/]*\\.wasm$`), async (route) => {
    hits.push(route.request().url());
    await gate;
    await route.continue();
  });
  return { release, hits };
}

/** Fails the first `times` requests for `name`'s part (offline, no offline copy); counts all. */
async function failPart(context, name, times = 1) {
  const hits = [];
  await context.route(new RegExp(`/split_${name}_part[^/]*\\.wasm$`), async (route) => {
    hits.push(route.request().url());
    if (hits.length <= times) await route.abort('internetdisconnected');
    else await route.continue();
  });
  return hits;
}

/** The console errors a failed fetch of a part leaves (the browser's and the loader's). */
const FETCH_FAILED = /ERR_INTERNET_DISCONNECTED|Failed to fetch|TypeError/;

async function withInvoice(page) {
  await fill(page, "Client's business name", 'Acme Ltd');
  await fill(page, 'Invoice number', 'INV-7');
  await fill(page, 'Amount due', '4,800');
  await fill(page, 'Due date', '2026-03-02');
}

// Without the service worker (the app skips it when the browser has none), so the page's
// requests reach the network, where a test can hold them back.
const noWorker = "Object.defineProperty(Navigator.prototype, 'serviceWorker', { get: () => undefined });";

describe('languages are parts fetched on demand', () => {
  test('an English visit fetches no language part', async () => {
    const { page, check } = await openApp('#/message');
    await withInvoice(page);
    await page.getByTestId('preview-subject').waitFor();
    await page.locator('#tab-timeline').click();
    await page.getByRole('heading', { name: 'The steps, dated' }).waitFor();
    assert.equal(await page.locator('#boot').count(), 0, 'the loading box is gone');
    assert.deepEqual(await languageParts(page), []);
    await check();
  });

  test('switching to German waits for its part, then shows German text and dates', async () => {
    const { page, context, check } = await openApp('#/plan', { initScript: noWorker });
    await withInvoice(page);
    const summary = page.getByTestId('invoice-summary');
    await summary.filter({ hasText: 'March 2026' }).waitFor();
    const held = await holdPart(context, 'german');
    await (await reveal(page.locator('#ui-lang'))).selectOption('de');
    await new Promise((resolve) => setTimeout(resolve, 600));
    // While the part is on its way, everything stays English: no mix.
    assert.equal(held.hits.length, 1);
    assert.equal(await page.locator('html').getAttribute('lang'), 'en-GB');
    assert.equal(await page.locator('#tool-title').textContent(), 'Instalment plan');
    const late = daysBetween('2026-03-02', localDay());
    assert.equal(await summary.textContent(), `£4,800.00 from Acme Ltd (INV-7) was due on Monday 2 March 2026: ${late} days overdue today.`);
    assert.equal(await page.getByText('Die Rechnung').count(), 0);
    held.release();
    await page.locator('html[lang=de]').waitFor();
    assert.equal(await page.locator('#tool-title').textContent(), 'Ratenplan');
    assert.equal(await summary.textContent(),
      `4.800,00\u00a0£ von Acme Ltd (INV-7) war am Montag, 2. März 2026 fällig: heute ${late} Tage überfällig.`);
    assert.equal(await page.locator('#amount').inputValue(), '4.800');
    // Back to English and to German again: the part is not fetched a second time.
    await (await reveal(page.locator('#ui-lang'))).selectOption('en-GB');
    await page.locator('html[lang=en-GB]').waitFor();
    await (await reveal(page.locator('#ui-lang'))).selectOption('de');
    await page.locator('html[lang=de]').waitFor();
    assert.equal(held.hits.length, 1);
    assert.equal((await languageParts(page)).length, 1);
    assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem('tactful')).lang), 'de');
    await check();
  });

  test('a language whose part cannot be fetched: the interface stays, the header says so, trying again works', async () => {
    const { page, context, check } = await openApp('#/plan', { initScript: noWorker });
    const hits = await failPart(context, 'german');
    await (await reveal(page.locator('#ui-lang'))).selectOption('de');
    const note = page.getByTestId('lang-failed');
    await note.filter({ hasText: 'Deutsch could not be loaded' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en-GB');
    assert.equal(await page.locator('#ui-lang').inputValue(), 'en-GB', 'the menu shows the language in use');
    assert.equal(await page.locator('#tool-title').textContent(), 'Instalment plan');
    await note.getByRole('button', { name: 'Try again' }).click();
    await page.locator('html[lang=de]').waitFor();
    assert.equal(await note.count(), 0, 'the note goes once the language is there');
    assert.equal(await page.locator('#ui-lang').inputValue(), 'de');
    assert.equal(hits.length, 2);
    await check({ allowErrors: FETCH_FAILED });
  });

  test('a German browser whose German part cannot be fetched starts in English and says so', async () => {
    const { page, context, check } = await openApp('#/plan', { contextOptions: { locale: 'de-DE' }, initScript: noWorker });
    await page.locator('html[lang=de]').waitFor();
    // The next visit finds no connection and no offline copy (routing bypasses the cache).
    const hits = await failPart(context, 'german');
    await page.reload();
    const note = page.getByTestId('lang-failed');
    await note.filter({ hasText: 'Deutsch could not be loaded' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en-GB');
    assert.equal(await page.locator('#boot').count(), 0, 'the app is there, not the loading box');
    await page.getByTestId('invoice-summary').first().waitFor();
    await note.getByRole('button', { name: 'Try again' }).click();
    await page.locator('html[lang=de]').waitFor();
    await page.getByRole('heading', { name: 'Die Rechnung' }).waitFor();
    assert.equal(hits.length, 2);
    await check({ allowErrors: FETCH_FAILED });
  });

  // The French part (interface text and pack) and the French letters (templates and tone
  // phrases) are fetched one after the other; either can fail.
  for (const [part, what] of [['french', 'the French part'], ['french_messages', 'the French letters']]) {
    test(`the composer says when ${what} cannot be fetched, and tries again`, async () => {
      const { page, context, check } = await openApp('#/message', { initScript: noWorker });
      await withInvoice(page);
      await page.getByTestId('preview-subject').waitFor();
      const hits = await failPart(context, part);
      await (await reveal(page.getByLabel('Language of the message'))).selectOption('fr');
      const note = page.getByTestId('message-lang-failed');
      await note.filter({ hasText: 'Français could not be loaded' }).waitFor();
      assert.equal(await page.locator('#body-words').isDisabled(), true, 'no English passed off as French');
      // The letters are the composer's alone: the header's language note is not shown.
      if (part === 'french_messages') assert.equal(await page.getByTestId('lang-failed').count(), 0);
      await note.getByRole('button', { name: 'Try again' }).click();
      await page.getByTestId('preview-subject').waitFor();
      assert.match(await page.locator('#body-words').inputValue(), /Bonjour/);
      assert.equal(hits.length, 2, 'fetched again');
      await check({ allowErrors: FETCH_FAILED });
    });
  }

  const englishSeen = `
      window.__englishSeen = [];
      const english = ['The invoice', 'Get overdue invoices paid', 'Instalment plan'];
      new MutationObserver(() => {
        // What is rendered (innerText): index.html carries the painted header's lines in
        // every language, all but the visitor's hidden (www/paint.js).
        const text = document.body ? document.body.innerText : '';
        for (const e of english) if (text.includes(e)) window.__englishSeen.push(e);
      }).observe(document, { childList: true, subtree: true, characterData: true });`;

  test('a German browser sees German from the first painted frame', async () => {
    const { page, check } = await openApp('#/plan', {
      contextOptions: { locale: 'de-DE' },
      initScript: noWorker + englishSeen,
    });
    assert.equal(await page.locator('html').getAttribute('lang'), 'de');
    await page.getByRole('heading', { name: 'Die Rechnung' }).waitFor();
    assert.deepEqual(await page.evaluate(() => window.__englishSeen), []);
    assert.deepEqual((await languageParts(page)).map((u) => u.match(PART)[1]), ['german']);
    await check();
  });

  test('saved German work opens in German from the first frame, its numbers untouched', async () => {
    const saved = JSON.stringify({ schema: 1, lang: 'de', cases: [{ id: 'c1', fields: { 'invoice.amount': '4.800,50' } }] });
    const { page, check } = await openApp('#/plan', {
      initScript: `${noWorker}${englishSeen}
        if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1'); localStorage.setItem('tactful', ${JSON.stringify(saved)}); }`,
    });
    assert.equal(await page.locator('html').getAttribute('lang'), 'de');
    await page.getByRole('heading', { name: 'Die Rechnung' }).waitFor();
    assert.equal(await page.locator('#amount').inputValue(), '4.800,50');
    assert.deepEqual(await page.evaluate(() => window.__englishSeen), []);
    assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem('tactful')).lang), 'de');
    await check();
  });

  test('the composer in French under an English interface waits for the French pack', async () => {
    const { page, context, check } = await openApp('#/message', { initScript: noWorker });
    await withInvoice(page);
    await page.getByTestId('preview-subject').waitFor();
    const held = await holdPart(context, 'french');
    await (await reveal(page.getByLabel('Language of the message'))).selectOption('fr');
    await new Promise((resolve) => setTimeout(resolve, 600));
    assert.equal(held.hits.length, 1);
    // No English template passed off as French while waiting.
    assert.equal(await page.locator('#body-words').inputValue(), '');
    assert.equal(await page.locator('#body-words').isDisabled(), true);
    assert.equal(await page.getByTestId('preview-subject').count(), 0);
    held.release();
    await page.getByTestId('preview-subject').waitFor();
    assert.match(await page.locator('#body-words').inputValue(), /Bonjour/);
    assert.ok((await page.getByTestId('preview').textContent()).includes('2 mars 2026'), 'the due date in French');
    assert.equal(await page.locator('#body-words').isDisabled(), false);
    // The interface stays English.
    assert.equal(await page.locator('html').getAttribute('lang'), 'en-GB');
    assert.equal(await page.locator('#tool-title').textContent(), 'Reminder text');
    await check();
  });

  test('a German visitor downloads the German letters only when the composer first writes in German', async () => {
    const { page, context, check } = await openApp('#/plan', {
      contextOptions: { locale: 'de-DE' },
      initScript: noWorker,
    });
    await page.getByRole('heading', { name: 'Die Rechnung' }).waitFor();
    await (await reveal(page.locator('#amount'))).fill('4800');
    await (await reveal(page.locator('#due-date'))).fill('2026-03-02');
    await page.getByTestId('invoice-summary').filter({ hasText: 'März 2026' }).waitFor();
    assert.deepEqual((await languageParts(page)).map((u) => u.match(PART)[1]), ['german']);
    assert.deepEqual(await messageParts(page), [], 'the plan needs no letters');
    const held = await holdPart(context, 'german_messages');
    await page.locator('#tab-message').click();
    await page.locator('[data-view=message]').waitFor();
    await new Promise((resolve) => setTimeout(resolve, 600));
    assert.equal(held.hits.length, 1);
    // Nothing to copy, and no English passed off as German, while the letters are on their way.
    assert.equal(await page.getByTestId('preview-subject').count(), 0);
    assert.equal(await page.locator('#body-words').isDisabled(), true);
    held.release();
    await page.getByTestId('preview-subject').waitFor();
    assert.match(await page.getByTestId('preview-subject').textContent(), /Rechnung/);
    assert.ok((await page.getByTestId('preview').textContent()).includes('2. März 2026'), 'the due date in German');
    assert.deepEqual((await messageParts(page)).map((u) => u.match(MESSAGES)[1]), ['german']);
    await check();
  });
});
