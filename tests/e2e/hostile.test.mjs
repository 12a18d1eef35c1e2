// End-to-end: hostile text (XSS sweep). Every editable text field of every view — found by
// walking the DOM, so a new field is swept without editing this file — gets each hostile
// string typed into it; so do a share link and an imported file carrying the same text.
// Each time: the text is kept as typed, shown as text where the app echoes it (invoice
// summary, case menu, message preview), no element of the payload exists, the flag the
// payload would set stays unset, and the harness check passes.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fill, openApp, useBrowser, reveal, sectionsBuilt } from './harness.mjs';

useBrowser();

const LONG = `${'N'.repeat(9_990)}<b>end</b>`;
const PAYLOADS = [
  ['an image with onerror', '<img src=x onerror="window.__pwned=1">'],
  ['template syntax', '{{7*7}}'],
  ['a textarea breakout', '</textarea><script>window.__pwned=2</script>'],
  ['an attribute breakout', '"><svg onload="window.__pwned=3">'],
  ['a right-to-left override', 'Acme \u202Efdp.exe\u202C Ltd'],
  ['a 10,000-character name', LONG],
];
const VIEWS = ['#/plan', '#/discount', '#/timeline', '#/message', '#/embed'];
// Editable text: what a person can type free text into.
const TEXT_FIELDS = ['input[type=text]', 'input[type=url]', 'input[type=search]', 'input:not([type])', 'textarea']
  .map((s) => `${s}:not([readonly]):not([disabled])`).join(', ');

/** Marks and returns the visible editable text fields (`data-sweep` indexes). */
async function textFields(page) {
  return page.evaluate((selector) => {
    const visible = (el) => el.offsetParent !== null || el.getClientRects().length > 0;
    return [...document.querySelectorAll(selector)].filter(visible).map((el, i) => {
      el.dataset.sweep = String(i);
      return { index: i, id: el.id, maxLength: el.maxLength };
    });
  }, TEXT_FIELDS);
}

/** Nothing from a payload became markup, and nothing ran (in the page and its frames). */
async function assertInert(page, where) {
  for (const frame of page.frames()) await assertInertIn(frame, `${where} (${frame.url()})`);
}

async function assertInertIn(frame, where) {
  const found = await frame.evaluate(() => ({
    pwned: window.__pwned,
    images: document.querySelectorAll('img[src="x"]').length,
    svgs: document.querySelectorAll('svg[onload]').length,
    handlers: document.querySelectorAll('[onerror], [onload]').length,
    inlineScripts: document.querySelectorAll('script:not([src])').length,
    bold: [...document.querySelectorAll('b')].filter((b) => b.textContent === 'end').length,
  }));
  assert.deepEqual(found, { pwned: undefined, images: 0, svgs: 0, handlers: 0, inlineScripts: 0, bold: 0 }, where);
}

/** Puts back the fields a hostile text makes invalid (the amount and the payment link). */
async function validInvoice(page) {
  await (await reveal(page.locator('#amount'))).fill('4,800');
  await (await reveal(page.locator('#payment-link'))).fill('');
}

const kept = (payload, maxLength) => (maxLength > 0 ? payload.slice(0, maxLength) : payload);

async function sweep(page, view, payload) {
  // Every collapsed section open, so every field of the view is reached.
  await page.locator('details.section').evaluateAll((all) => all.forEach((d) => { d.open = true; }));
  await sectionsBuilt(page); // their fields are built on opening (field.rs), a task later
  const fields = await textFields(page);
  assert.ok(fields.length >= 1, `${view} has text fields`);
  for (const field of fields) {
    const input = page.locator(`[data-sweep="${field.index}"]`);
    if (!(await input.isVisible())) continue; // hidden by a field typed before it
    await input.fill(payload);
    assert.equal(await input.inputValue(), kept(payload, field.maxLength), `${view} #${field.id} keeps the text as typed`);
  }
  return fields;
}

describe('hostile text in every field of every view', () => {
  for (const [what, payload] of PAYLOADS) {
    test(`${what}: kept as text, nothing runs`, async () => {
      const { page, check, origin } = await openApp('#/plan');
      // The embed generator's logo field takes a path on this site: the hostile text is
      // such a path, so its preview asks this site for an image that is not there (a 404,
      // logged by the browser). That is the only failed request allowed.
      const missing = [];
      page.on('response', (r) => { if (r.status() >= 400) missing.push({ url: r.url(), type: r.request().resourceType() }); });
      const logged404 = [];
      page.on('console', (m) => { if (/status of 404/.test(m.text())) logged404.push(m.text()); });
      await fill(page, 'Due date', '2030-03-01');
      const short = payload.length <= 200;
      for (const view of VIEWS) {
        await page.goto(new URL(view, page.url()).href);
        await page.locator('[data-testid=invoice-summary], .embed-page').first().waitFor();
        const fields = await sweep(page, view, payload);
        if (view !== '#/embed') {
          assert.ok(fields.some((f) => f.id === 'client-business'), `${view} shows the invoice panel`);
          // A valid amount and link again, so the summary echoes the (hostile) names.
          await validInvoice(page);
          const summary = page.locator('[data-view] [data-testid=invoice-summary]').first();
          if (short) {
            await summary.filter({ hasText: payload }).waitFor();
          } else {
            await page.locator('#client-business-error').filter({ hasText: '200' }).waitFor();
          }
          // The case name (renamed to the payload) is listed as text in the case menu.
          const names = await page.getByLabel('Open case', { exact: true }).locator('option').allTextContents();
          assert.ok(names.includes(payload.slice(0, 200)), `${view}: case menu shows the name as text`);
        }
        if (view === '#/message') {
          const preview = page.getByTestId('preview-body');
          // (A name over 200 characters leaves no valid invoice, hence no preview.)
          if (short && !payload.includes('{{')) await preview.filter({ hasText: payload }).waitFor();
          // The shipped wording fills in the hostile names as text, never as markup or code.
          await (await reveal(page.getByRole('button', { name: 'Back to the original wording', includeHidden: true }))).click();
          if (short) {
            await preview.filter({ hasText: payload }).waitFor();
            assert.ok(!(await preview.textContent()).includes('49'), 'template syntax in a value is not evaluated');
          }
        }
        await assertInert(page, `${view} with ${what}`);
      }
      // The embed preview reloads on every field typed; wait for its last load to finish
      // (the app there built, its logo loaded or failed), so any 404 has happened.
      await page.waitForFunction(() => {
        const frame = document.querySelector('[data-testid=embed-preview]');
        const doc = frame?.contentDocument;
        // (The app's own header: index.html also carries a painted one, `.boot-header`,
        // there before the app is built.)
        return !!doc && doc.location.href === frame.src && !!doc.querySelector('.app-header:not(.boot-header)')
          && [...doc.images].every((img) => img.complete);
      });
      // The browser may log a 404 before its response event arrives, or the other way
      // round: give both up to 5 s to agree, so the checks below see every failed request.
      for (let i = 0; i < 50 && missing.length !== logged404.length; i += 1) await page.waitForTimeout(100);
      assert.equal(logged404.length, missing.length, 'each logged 404 is a response seen here');
      for (const { url, type } of missing) {
        assert.equal(type, 'image', `only the logo may be missing: ${url}`);
        assert.ok(url.startsWith(`${origin}/`), url);
      }
      await check({ allowErrors: missing.length ? /^Failed to load resource: the server responded with a status of 404/ : null });
    });
  }
});

/** The open case with every field it stores set to `payload`, as the app saved it. */
async function hostileCase(payload) {
  const { page, check } = await openApp('#/message');
  await fill(page, 'Due date', '2030-03-01');
  for (const view of VIEWS.slice(0, 4)) {
    await page.goto(new URL(view, page.url()).href);
    await page.locator('[data-testid=invoice-summary]').first().waitFor();
    await sweep(page, view, payload);
  }
  // A valid amount and the shipped wording, so the message shows the hostile names.
  await validInvoice(page);
  await (await reveal(page.getByRole('button', { name: 'Back to the original wording', includeHidden: true }))).click();
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('tactful')));
  await check();
  const current = saved.cases.find((c) => c.id === saved.current) ?? saved.cases[0];
  assert.ok(Object.keys(current.fields).length >= 10, 'the sweep reached the stored fields');
  return { saved, current };
}

describe('hostile text arriving from outside', () => {
  const payload = PAYLOADS.slice(0, 5).map(([, p]) => p).join(' ');

  test('a share link carrying hostile text in every field shows it as text', async () => {
    const { current } = await hostileCase(payload);
    const json = JSON.stringify({ route: 'message', lang: 'en-GB', case: { id: '', name: current.name, fields: current.fields, templates: current.templates } });
    const { page, check } = await openApp(`#share=1.${Buffer.from(json).toString('base64url')}`);
    await page.getByTestId('unsaved-case').waitFor();
    assert.equal(await page.locator('#client-business').inputValue(), payload);
    await page.locator('[data-view] [data-testid=invoice-summary]').first().filter({ hasText: payload }).waitFor();
    await page.getByTestId('preview-body').filter({ hasText: payload }).waitFor();
    await assertInert(page, 'share link');
    await check();
  });

  test('an imported file carrying hostile text in every field shows it as text', async () => {
    const { saved } = await hostileCase(payload);
    const file = join(await mkdtemp(join(tmpdir(), 'tactful-')), 'hostile.json');
    await writeFile(file, JSON.stringify({ ...saved, current: undefined }));
    const { page, check } = await openApp('#/message');
    await page.getByText('Export or import').click();
    await page.getByLabel('Import cases from a file').setInputFiles(file);
    await page.getByTestId('store-note').filter({ hasText: 'Cases imported' }).waitFor();
    assert.equal(await page.locator('#client-business').inputValue(), payload);
    const names = await page.getByLabel('Open case', { exact: true }).locator('option').allTextContents();
    assert.ok(names.includes(payload.slice(0, 200)), 'the imported case is listed by its name, as text');
    await page.locator('[data-view] [data-testid=invoice-summary]').first().filter({ hasText: payload }).waitFor();
    await page.getByTestId('preview-body').filter({ hasText: payload }).waitFor();
    await assertInert(page, 'imported file');
    await check();
  });
});
