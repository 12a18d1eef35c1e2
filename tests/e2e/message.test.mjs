// End-to-end: the reminder composer, reached from the timeline and the discount analyzer.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fill, localDay, openApp, useBrowser, reveal } from './harness.mjs';

useBrowser();

// A date `days` ago in the local calendar (the app's today).
const isoDaysAgo = (days) => localDay(-days);

async function withInvoice(page) {
  await fill(page, 'Your business name', 'Northwind Design');
  await fill(page, "Client's business name", 'Acme Ltd');
  await fill(page, 'Client contact name', 'Sam Patel');
  await fill(page, 'Invoice number', 'INV-2041');
  await fill(page, 'Amount due', '4,800');
  await fill(page, 'Due date', isoDaysAgo(20));
}

const clipboard = { contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] } };

describe('reminder composer', () => {
  test('a timeline step opens the composer with its template; edit, copy and read the clipboard', async () => {
    const { page, check } = await openApp('#/timeline', clipboard);
    await withInvoice(page);
    const finalNotice = page.locator('[data-action=final-notice]');
    await finalNotice.getByRole('link', { name: 'Write this message' }).click();
    await page.locator('[data-view=message] #tool-title').waitFor(); // the tool, not its placeholder
    assert.equal(await page.locator('#template').inputValue(), 'final-notice');
    const subject = page.getByTestId('preview-subject');
    await subject.filter({ hasText: 'INV-2041' }).waitFor();
    const body = page.getByTestId('preview-body');
    assert.match(await body.textContent(), /£4,800\.00/);
    assert.doesNotMatch(await body.textContent(), /\{\{|\}\}|\{%/);
    await page.getByTestId('tone-check').filter({ hasText: 'Nothing here should sour the relationship.' }).waitFor();

    // Edit the wording: the preview follows, the tone check flags a harsh phrase.
    // The wording is edited under "Edit the wording", whose summary says it is the shipped one.
    const edit = page.locator('details[data-section=message-edit] > summary');
    assert.match(await edit.innerText(), /the ready-made wording/);
    await edit.click();
    const source = page.locator('#body-words');
    await source.fill('Dear [Client’s contact name],\n\nPlease pay immediately.\n');
    await body.filter({ hasText: 'Dear Sam Patel,' }).waitFor();
    await page.getByTestId('tone-check').filter({ hasText: '“immediately”' }).waitFor();

    await page.getByRole('button', { name: 'Copy both' }).click();
    await page.getByRole('status').filter({ hasText: 'Copied.' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(copied, /^Final notice: invoice INV-2041\n\nDear Sam Patel,/);

    // Back to the shipped wording.
    await (await reveal(page.getByRole('button', { name: 'Back to the original wording', includeHidden: true }))).click();
    await page.getByTestId('tone-check').filter({ hasText: 'Nothing here should sour the relationship.' }).waitFor();
    await check();
  });

  test('the wording reads in words; a detail goes in where the cursor is; the code is one switch away', async () => {
    const { page, check } = await openApp('#/message');
    await withInvoice(page);
    await page.locator('details[data-section=message-edit] > summary').click();
    const words = page.locator('#body-words');
    await page.getByTestId('preview-subject').waitFor();
    assert.doesNotMatch(await words.inputValue(), /\{\{|\}\}|\{%|%\}/, 'no template code in the words');
    assert.match(await words.inputValue(), /\[Invoice number\]/);
    assert.equal(await page.locator('#body-source').count(), 0, 'the code is behind its switch');
    await words.fill('Dear [Client’s contact name],\n\nInvoice  is open.');
    // The cursor after "Invoice " (line 3), then a detail from the menu.
    await words.evaluate((el) => { const at = el.value.indexOf('Invoice ') + 'Invoice '.length; el.focus(); el.setSelectionRange(at, at); });
    await (await reveal(page.getByLabel('Insert a detail'))).selectOption('invoice_number');
    assert.equal(await words.inputValue(), 'Dear [Client’s contact name],\n\nInvoice [Invoice number] is open.');
    assert.equal(await page.getByLabel('Insert a detail').inputValue(), '', 'the menu is ready for the next detail');
    await page.getByTestId('preview-body').filter({ hasText: 'Invoice INV-2041 is open.' }).waitFor();
    assert.match(await page.getByTestId('preview-body').textContent(), /^Dear Sam Patel,\s+Invoice INV-2041 is open\./);
    // The same wording as template code.
    await (await reveal(page.getByLabel('Edit the template code'))).check();
    assert.equal(await page.locator('#body-source').inputValue(), 'Dear {{ client_contact }},\n\nInvoice {{ invoice_number }} is open.');
    assert.equal(await words.count(), 0);
    await check();
  });

  test('template mistakes point at the place and the rest still previews', async () => {
    const { page, check } = await openApp('#/message');
    await withInvoice(page);
    await (await reveal(page.getByLabel('Edit the template code'))).check();
    await (await reveal(page.locator('#body-source'))).fill('Hello {{ client_contact }},\n\nAbout {{ clinet_name }} and {{ amount | money }}.');
    const errors = page.getByTestId('template-errors');
    await errors.filter({ hasText: 'Text, line 3, column 7: this placeholder does not exist ({{ clinet_name }})' }).waitFor();
    await page.getByTestId('preview-body').filter({ hasText: 'Hello Sam Patel,' }).waitFor();
    await check();
  });

  test('a message that needs a value names it, links to it, and cannot be copied until it is given', async () => {
    const { page, check } = await openApp('#/message', clipboard);
    await fill(page, 'Amount due', '4,800');
    await fill(page, 'Due date', isoDaysAgo(20));
    await (await reveal(page.locator('#template'))).selectOption('promise-confirmation');
    const subject = page.getByTestId('preview-subject');
    const body = page.getByTestId('preview-body');
    await body.filter({ hasText: 'you will pay £4,800.00 for our invoice.' }).waitFor();
    assert.doesNotMatch(`${await subject.textContent()}\n${await body.textContent()}`, /\{\{|\{%|\}\}|%\}/);
    const blocked = page.getByTestId('message-blocked');
    await blocked.filter({ hasText: 'This message needs more before it can be copied or sent:' }).waitFor();
    await blocked.getByRole('link', { name: 'Client promised to pay by' }).waitFor();
    assert.ok(await page.getByRole('button', { name: 'Copy both' }).isDisabled());
    assert.equal(await page.getByRole('link', { name: 'Open in email app' }).count(), 0);
    // No invoice number, contact or sender: a reminder still reads whole and can go out.
    await (await reveal(page.locator('#template'))).selectOption('friendly-overdue');
    await subject.filter({ hasText: 'A quick note about our £4,800.00 invoice' }).waitFor();
    assert.ok((await body.textContent()).startsWith('Hi there,'));
    assert.equal(await blocked.count(), 0);
    assert.ok(await page.getByRole('button', { name: 'Copy both' }).isEnabled());
    await check();
  });

  test('hostile input is shown as text and nothing runs', async () => {
    const { page, check } = await openApp('#/message');
    await withInvoice(page);
    await fill(page, 'Client contact name', '<img src=x onerror="window.__pwned=1">{{7*7}}</textarea>');
    await page.getByTestId('preview-body').filter({ hasText: '<img src=x onerror="window.__pwned=1">{{7*7}}</textarea>' }).waitFor();
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.equal(await page.locator('[data-testid=preview] img').count(), 0);
    await check();
  });

  test('the discount analyzer sends its offer to the composer', async () => {
    const { page, check } = await openApp('#/discount');
    await withInvoice(page);
    await page.getByTestId('write-offer').click();
    await page.locator('[data-view=message] #tool-title').waitFor(); // the tool, not its placeholder
    assert.equal(await page.locator('#template').inputValue(), 'settlement-offer');
    await page.getByTestId('preview-body').filter({ hasText: '£96.00' }).waitFor();
    const mailto = await page.getByRole('link', { name: 'Open in email app' }).getAttribute('href');
    assert.match(mailto, /^mailto:\?subject=/);
    await check();
  });
});

describe('reminder composer and the plan', () => {
  test('the plan view proposes its schedule through the composer', async () => {
    const { page, check } = await openApp('#/plan', clipboard);
    await withInvoice(page);
    await fill(page, 'First instalment due on', '2030-01-15');
    await page.getByTestId('propose-plan').click();
    await page.locator('[data-view=message] #tool-title').waitFor(); // the tool, not its placeholder
    assert.equal(await page.locator('#template').inputValue(), 'payment-plan-proposal');
    const body = page.getByTestId('preview-body');
    await body.filter({ hasText: '£1,600.00' }).waitFor();
    assert.doesNotMatch(await body.textContent(), /\{\{|\}\}/);

    // Rich text: the schedule pastes as a list; plain text travels alongside, as a plain
    // list that reads the same in any email font (no table).
    await page.getByRole('button', { name: 'Copy as rich text' }).click();
    await page.getByRole('status').filter({ hasText: 'Copied.' }).waitFor();
    const copied = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const read = async (type) => (await item.getType(type)).text();
      return { html: await read('text/html'), text: await read('text/plain') };
    });
    // £4,800 in the default three monthly instalments from 15 January 2030.
    const instalments = ['15 January 2030', '15 February 2030', '15 March 2030'];
    assert.ok(copied.html.includes('<p>We would be happy for you to pay in 3 instalments, like this:</p>\n<ul>'
      + instalments.map((date) => `<li>${date}: £1,600.00</li>`).join('') + '</ul>'), copied.html);
    assert.ok(copied.text.includes(['We would be happy for you to pay in 3 instalments, like this:', '',
      ...instalments.map((date) => `- ${date}: £1,600.00`)].join('\n')), copied.text);
    assert.doesNotMatch(copied.text, /\|/);
    await check();
  });
});
