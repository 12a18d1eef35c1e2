// End-to-end: one client, several invoices (issue #20). The case: £1,200 due
// 30 September 2026, £3,400 due 31 October and £800 due 15 November, £1,000 received on
// 20 November, today 7 December 2026, UK law, the statutory figures claimed.
//
// Figures worked out by hand (the API test `account_statements_match_the_hand_computed_figures`
// has the working): statutory interest at 3.75 % + 8 = 11.75 % a year, actual days / 365,
// on each invoice's unpaid principal: INV-101 £1,200 for 51 days (1 October to 20 November)
// = 19.70…, of which the £1,000 paid earned 16.42, then £200 for 17 days = 1.09… — the
// engine's split gives 16.42 + 4.38 = £20.80 (the paid part's interest stops on the payment
// day, the rest runs on to today); INV-102 £3,400 for 37 days = 40.50; INV-103 £800 for 22
// days = 5.67; together £66.97. Compensation per invoice (s. 5A of the 1998 Act): £70 +
// £70 + £40 = £180. The £1,000 goes to the oldest invoice first: INV-101 has £200 left.
// Total due: £4,400 + £66.97 + £180 = £4,646.97.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { fill, openApp, useBrowser, reveal } from './harness.mjs';

useBrowser();

const TODAY = '2026-12-07';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axe(page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target).join(' ')}`), []);
}

/** The rows of a table as arrays of cell texts (header cells included). */
const rows = (table) => table.locator('tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));

/** Fills the account: the panel's invoice, "Add another invoice" once, two lines, a payment. */
async function withAccount(page, { claim = true } = {}) {
  await fill(page, 'Your business name', 'Northwind Design Ltd');
  await fill(page, "Client's business name", 'Acme Widgets Ltd');
  await fill(page, 'Invoice number', 'INV-101');
  await fill(page, 'Amount due', '1,200');
  await fill(page, 'Due date', '2026-09-30');
  // One click makes the case an account: the first invoice's fields move into its lines.
  await page.locator('#add-invoice').click();
  await page.getByTestId('account').waitFor();
  assert.equal(await page.locator('#inv-first-number').inputValue(), 'INV-101');
  assert.equal(await page.locator('#inv-first-amount').inputValue(), '1,200');
  assert.equal(await page.locator('#inv-first-due').inputValue(), '2026-09-30');
  // The new line has the cursor.
  await page.waitForFunction(() => document.activeElement?.id === 'inv-0-number');
  await (await reveal(page.locator('#inv-0-number'))).fill('INV-102');
  await (await reveal(page.locator('#inv-0-due'))).fill('2026-10-31');
  await (await reveal(page.locator('#inv-0-amount'))).fill('3,400');
  await page.locator('#account-add-invoice').click();
  await (await reveal(page.locator('#inv-1-number'))).fill('INV-103');
  await (await reveal(page.locator('#inv-1-due'))).fill('2026-11-15');
  await (await reveal(page.locator('#inv-1-amount'))).fill('800');
  await page.locator('#account-add-payment').click();
  await (await reveal(page.locator('#pay-2-date'))).fill('2026-11-20');
  await (await reveal(page.locator('#pay-2-amount'))).fill('1,000');
  if (claim) await (await reveal(page.locator('#account-claim-statutory'))).check();
  await page.getByTestId('account-invoices').waitFor();
}

describe('client account', () => {
  test('one invoice stays as simple as before: its own fields, one button for a second', async () => {
    const { page, check } = await openApp('#/plan', { today: TODAY });
    for (const id of ['#amount', '#due-date']) {
      assert.ok(await page.locator(id).isVisible(), `${id} is shown`);
    }
    // The invoice's number and date are one click away, under "More about the invoice".
    await page.locator('details[data-section=invoice-more] > summary').click();
    for (const id of ['#invoice-number', '#issue-date']) {
      assert.ok(await page.locator(id).isVisible(), `${id} is shown`);
    }
    assert.equal(await page.getByTestId('account').count(), 0);
    assert.equal(await page.locator('#add-invoice').textContent(), 'Add another invoice');
    await check();
  });

  test("the issue's three invoices: where each stands, per-invoice interest and compensation, the statement", async () => {
    const { page, check } = await openApp('#/plan', { today: TODAY });
    await withAccount(page);
    assert.deepEqual(await rows(page.getByTestId('account-invoices')), [
      ['Invoice', 'Due date', 'Status', 'Days overdue', 'Amount', 'Paid', 'Balance', 'Statutory interest', 'Compensation'],
      ['INV-101', 'Wednesday 30 September 2026', 'part-paid', '68', '£1,200.00', '£1,000.00', '£200.00', '£20.80', '£70.00'],
      ['INV-102', 'Saturday 31 October 2026', 'open', '37', '£3,400.00', '£0.00', '£3,400.00', '£40.50', '£70.00'],
      ['INV-103', 'Sunday 15 November 2026', 'open', '22', '£800.00', '£0.00', '£800.00', '£5.67', '£40.00'],
      ['Total', '', '', '', '£5,400.00', '£1,000.00', '£4,400.00', '£66.97', '£180.00'],
    ]);
    const totals = await page.getByTestId('account-totals').locator('div').evaluateAll((divs) => divs.map((d) => d.innerText.replace(/\s*\n\s*/g, ': ')));
    assert.deepEqual(totals, [
      'Invoiced: £5,400.00',
      'Received: £1,000.00',
      'Outstanding (the invoices’ amounts): £4,400.00',
      'Statutory interest outstanding: £66.97',
      'Compensation outstanding: £180.00',
      'Total due: £4,646.97',
    ]);
    // Aging buckets: INV-103 22 days, INV-102 37, INV-101 68 days overdue.
    assert.deepEqual(await rows(page.getByTestId('account-aging')), [
      ['Overdue', 'Invoices', 'Balance'],
      ['Not yet due', '0', '£0.00'],
      ['1–30 days', '1', '£800.00'],
      ['31–60 days', '1', '£3,400.00'],
      ['61–90 days', '1', '£200.00'],
      ['Over 90 days', '0', '£0.00'],
    ]);
    // The allocation rule is shown, and where the payment went.
    assert.equal(await page.getByRole('radio', { name: 'To the oldest invoice first' }).isChecked(), true);
    assert.deepEqual(await page.getByTestId('account-payments-applied').locator('li').allTextContents(), [
      '£1,000.00 received on Friday 20 November 2026, on account: INV-101 (£1,000.00 to the invoice amount).',
    ]);

    // The statement, in the message language (English), with both names and every line.
    const statement = page.getByTestId('statement');
    assert.equal(await statement.locator('h4').textContent(), 'Statement of account');
    assert.deepEqual(await statement.locator('p').allTextContents(), [
      'From: Northwind Design Ltd', 'To: Acme Widgets Ltd', 'As of 7 December 2026',
    ]);
    assert.deepEqual(await rows(page.getByTestId('statement-table')), [
      ['Date', 'Type', 'Invoice', 'Due date', 'Debit', 'Credit', 'Balance'],
      ['30 September 2026', 'Invoice', 'INV-101', '30 September 2026', '£1,200.00', '', '£1,200.00'],
      ['1 October 2026', 'Compensation', 'INV-101', '', '£70.00', '', '£1,270.00'],
      ['31 October 2026', 'Invoice', 'INV-102', '31 October 2026', '£3,400.00', '', '£4,670.00'],
      ['1 November 2026', 'Compensation', 'INV-102', '', '£70.00', '', '£4,740.00'],
      ['15 November 2026', 'Invoice', 'INV-103', '15 November 2026', '£800.00', '', '£5,540.00'],
      ['16 November 2026', 'Compensation', 'INV-103', '', '£40.00', '', '£5,580.00'],
      ['20 November 2026', 'Payment', '', '', '', '£1,000.00', '£4,580.00'],
      ['7 December 2026', 'Statutory interest', 'INV-101', '', '£20.80', '', '£4,600.80'],
      ['7 December 2026', 'Statutory interest', 'INV-102', '', '£40.50', '', '£4,641.30'],
      ['7 December 2026', 'Statutory interest', 'INV-103', '', '£5.67', '', '£4,646.97'],
      ['Balance due', '£4,646.97'],
    ]);

    // It downloads as CSV, a line per entry, in the message language's conventions.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the statement (CSV)' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'statement-of-account.csv');
    const csv = await readFile(await download.path(), 'utf8');
    assert.deepEqual(csv.split('\r\n'), [
      'Date,Type,Invoice,Due date,Note,Debit (GBP),Credit (GBP),Balance (GBP)',
      '30/09/2026,Invoice,INV-101,30/09/2026,,1200.00,,1200.00',
      '01/10/2026,Compensation,INV-101,,,70.00,,1270.00',
      '31/10/2026,Invoice,INV-102,31/10/2026,,3400.00,,4670.00',
      '01/11/2026,Compensation,INV-102,,,70.00,,4740.00',
      '15/11/2026,Invoice,INV-103,15/11/2026,,800.00,,5540.00',
      '16/11/2026,Compensation,INV-103,,,40.00,,5580.00',
      '20/11/2026,Payment,,,,,1000.00,4580.00',
      '07/12/2026,Statutory interest,INV-101,,,20.80,,4600.80',
      '07/12/2026,Statutory interest,INV-102,,,40.50,,4641.30',
      '07/12/2026,Statutory interest,INV-103,,,5.67,,4646.97',
      '07/12/2026,Balance due,,,,,,4646.97',
      '',
    ]);

    // It prints on its own (window.print stubbed so the test does not block).
    await page.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });
    await page.getByRole('button', { name: 'Print the statement' }).click();
    assert.equal(await page.evaluate(() => window.__printed), 1);
    assert.equal(await page.locator('html').getAttribute('data-print'), 'statement');
    await page.emulateMedia({ media: 'print' });
    assert.ok(await page.getByTestId('statement-table').isVisible(), 'the statement is printed');
    for (const hidden of ['.tabs', '.cases-panel', '[data-view=plan]', '[data-testid=account-invoices]', '#inv-first-number', '.statement-section .actions']) {
      const shown = await page.locator(hidden).evaluateAll((els) => els.some((e) => e.checkVisibility()));
      assert.equal(shown, false, `${hidden} is not printed`);
    }
    const colours = await page.evaluate(() => [getComputedStyle(document.body).color, getComputedStyle(document.body).backgroundColor]);
    assert.deepEqual(colours, ['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
    await page.emulateMedia({ media: 'screen' });
    await axe(page);
    await check();
  });

  test('one plan covers the balance, each instalment showing the invoices it clears', async () => {
    const { page, check } = await openApp('#/plan', { today: TODAY });
    await withAccount(page);
    await fill(page, 'First instalment due on', '2027-01-04');
    // £4,646.97 in 3 monthly instalments of £1,548.99, oldest invoice first, each with its
    // claims: INV-101 £200 + £20.80 + £70 = £290.80, INV-102 £3,510.50, INV-103 £845.67.
    await page.getByTestId('plan-clears-balance').filter({ hasText: '£4,646.97' }).waitFor();
    assert.equal(await page.getByTestId('plan-clears-balance').textContent(), 'This plan covers the account’s balance: £4,646.97.');
    assert.deepEqual(await rows(page.getByTestId('plan-clears-table')), [
      ['No.', 'Due date', 'Goes to', 'Clears'],
      ['1', 'Monday 4 January 2027', 'INV-101 £290.80, INV-102 £1,258.19', 'INV-101'],
      ['2', 'Thursday 4 February 2027', 'INV-102 £1,548.99', ''],
      ['3', 'Thursday 4 March 2027', 'INV-102 £703.32, INV-103 £845.67', 'INV-102, INV-103'],
    ]);
    const amounts = await page.locator('[data-view=plan] [data-testid=plan-schedule] tbody tr').evaluateAll((trs) => trs.map((tr) => tr.children[2].textContent.trim()));
    // The schedule's rows and its total row.
    assert.deepEqual(amounts, ['£1,548.99', '£1,548.99', '£1,548.99', '£4,646.97']);
    await axe(page);
    await check();
  });

  test('one message lists the open invoices as a table and thanks for the part payment', async () => {
    const { page, check } = await openApp('#/plan', { today: TODAY });
    await withAccount(page);
    await page.locator('#tab-message').click();
    await (await reveal(page.locator('#template'))).selectOption('friendly-overdue');
    const body = page.getByTestId('preview-body');
    await body.filter({ hasText: 'still open' }).waitFor();
    const text = await body.textContent();
    assert.ok(text.includes([
      'Thank you for the £1,000.00 we have received from you so far, most recently on 20 November 2026.',
      '',
      'The following invoices are still open:',
      '',
      'Invoice  Due date              Amount  Outstanding',
      '-------  -----------------  ---------  -----------',
      'INV-101  30 September 2026  £1,200.00      £200.00',
      'INV-102  31 October 2026    £3,400.00    £3,400.00',
      'INV-103  15 November 2026     £800.00      £800.00',
      '-------  -----------------  ---------  -----------',
      'Total outstanding                        £4,400.00',
      '',
    ].join('\n')), text);
    // One message for the account, in the plural: the open invoices' balance, due since the oldest.
    assert.ok(text.includes('Our records show that invoices INV-101, INV-102, INV-103 for a total of £4,400.00, the oldest due on 30 September 2026, are still open.'), text);
    await check();
  });

  test('the account is saved with the case and comes back after a reload', async () => {
    const { page, check } = await openApp('#/plan', { today: TODAY });
    await withAccount(page);
    await page.waitForFunction(() => (localStorage.getItem('tactful') ?? '').includes('INV-103'));
    await page.reload();
    await page.getByTestId('account-invoices').waitFor();
    assert.equal(await page.locator('#inv-first-number').inputValue(), 'INV-101');
    assert.equal(await page.locator('#inv-1-number').inputValue(), 'INV-103');
    assert.equal(await page.locator('#pay-2-amount').inputValue(), '1,000');
    await page.getByTestId('account-totals').filter({ hasText: 'Total due£4,646.97' }).waitFor();
    // Exported with the case, the lines under one key in their own saved form.
    await page.getByText('Export or import').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
    const file = join(await mkdtemp(join(tmpdir(), 'tactful-')), 'export.json');
    await download.saveAs(file);
    const exported = JSON.parse(await readFile(file, 'utf8'));
    const golden = JSON.parse(await readFile(new URL('../golden/account-v1-export.json', import.meta.url), 'utf8'));
    assert.deepEqual(exported.cases[0].fields, golden.cases[0].fields);
    await check();
  });

  test('an embed holds an account too', async () => {
    const { page, check } = await openApp('?embed=1&tools=plan,message', { today: TODAY });
    await withAccount(page);
    await page.getByTestId('account-totals').filter({ hasText: 'Total due£4,646.97' }).waitFor();
    await page.waitForFunction(() => (localStorage.getItem('tactful.embed') ?? '').includes('INV-103'));
    await axe(page);
    await check();
  });
});
