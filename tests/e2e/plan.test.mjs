// End-to-end: the instalment plan.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { fill, openApp, useBrowser } from './harness.mjs';

useBrowser();

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// £1,000.00 in 3 monthly instalments from Monday 2 June 2025 (England and Wales holidays).
async function threeInstalments(page) {
  await fill(page, 'Amount due', '1,000');
  await fill(page, 'Due date', '2025-05-30');
  await fill(page, 'Number of instalments', '3');
  await fill(page, 'First instalment due on', '2025-06-02');
  await page.getByTestId('plan-schedule').waitFor();
}

// The amount column of every row but the last (the totals).
const amounts = async (page) => (await page.getByTestId('plan-schedule').locator('tbody tr td:nth-of-type(2)').allTextContents()).slice(0, -1);
const figure = (page, name) => page.getByTestId('plan-totals').locator('div', { hasText: name }).locator('dd').textContent();

async function download(page, button) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

describe('instalment plan', () => {
  test('asks for what it needs, then splits £1,000.00 into three exact instalments', async () => {
    const { page, check } = await openApp('#/plan');
    await page.getByText('Enter the invoice amount, currency and due date above, or choose a remaining balance').waitFor();
    await fill(page, 'Amount due', '1,000');
    await fill(page, 'Due date', '2025-05-30');
    await page.getByText('Enter the first due date to see the plan.').waitFor();
    await threeInstalments(page);
    assert.deepEqual(await amounts(page), ['£333.33', '£333.33', '£333.34']);
    const dates = await page.getByTestId('plan-schedule').locator('tbody tr td:nth-of-type(1)').allTextContents();
    assert.deepEqual(dates, ['Monday 2 June 2025', 'Wednesday 2 July 2025',
      'Monday 4 August 2025 (moved from Saturday 2 August 2025)', '']);
    const total = page.getByTestId('plan-schedule').locator('tbody tr').last();
    assert.equal(await total.locator('th').textContent(), 'Total');
    assert.equal(await total.locator('td').nth(1).textContent(), '£1,000.00');
    assert.equal(await figure(page, 'Total paid'), '£1,000.00');
    assert.equal(await figure(page, 'Interest'), '£0.00');
    assert.equal(await figure(page, 'APR'), '0% a year nominal (0% effective)');
    assert.equal(await figure(page, 'Last payment'), 'Monday 4 August 2025');
    assert.equal(await figure(page, 'Length'), '63 days from the first instalment to the last');
    assert.match(await page.locator('svg[data-testid=plan-chart] desc').textContent(),
      /falls from £1,000\.00 on Friday 2 May 2025 to nothing on Monday 4 August 2025/);
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.help}`), []);
    await check();
  });

  test('amortised interest shows the APR and interest per row', async () => {
    const { page, check } = await openApp('#/plan');
    await threeInstalments(page);
    await page.getByRole('radio', { name: 'on the reducing balance' }).check();
    await fill(page, 'Annual interest rate (%)', '12');
    await page.getByLabel('Day count').selectOption({ label: '30/360' });
    await page.getByTestId('plan-totals').filter({ hasText: /APR\s*1\d(\.\d+)?% a year nominal/ }).waitFor();
    assert.match(await figure(page, 'APR'), /^1\d(\.\d{1,2})?% a year nominal \(1\d(\.\d{1,2})?% effective\)$/);
    assert.notEqual(await figure(page, 'Interest'), '£0.00');
    const rows = await amounts(page);
    assert.equal(rows.length, 3);
    assert.ok(rows.every((a) => /^£34\d\.\d\d$/.test(a)), `level instalments: ${rows}`);
    await check();
  });

  test('missing an instalment says what it costs and when the balance falls due', async () => {
    const { page, check } = await openApp('#/plan');
    await threeInstalments(page);
    await fill(page, 'Grace period (days)', '7');
    await fill(page, 'Late fee (fixed)', '10');
    await fill(page, 'Late fee (% of the instalment)', '2');
    await fill(page, 'Whole balance due after this many missed instalments in a row', '2');
    await page.getByLabel('Payment missed').selectOption('2');
    const outcome = page.getByTestId('plan-missed');
    await outcome.filter({ hasText: 'a late fee of £16.67 is added, making £350.00 due' }).waitFor();
    const sentence = await outcome.textContent();
    assert.match(sentence, /^If instalment 2 \(£333\.33, due Wednesday 2 July 2025\) is missed, it can still be paid without extra charge until Wednesday 9 July 2025\. From Thursday 10 July 2025/);
    assert.match(sentence, /If 2 payments in a row are missed \(up to number 3\), the whole balance falls due on Tuesday 12 August 2025: £700\.01/);
    await check();
  });

  test('the CSV download has a header and one CRLF line per instalment', async () => {
    const { page, check } = await openApp('#/plan');
    await threeInstalments(page);
    const csv = await download(page, 'Download CSV');
    assert.equal(csv.name, 'instalment-plan.csv');
    assert.ok(csv.text.endsWith('\r\n') && !/[^\r]\n/.test(csv.text), 'every line ends with CRLF');
    const lines = csv.text.split('\r\n').slice(0, -1);
    assert.deepEqual(lines, [
      'No.,Due date,Day,Amount (GBP),Principal (GBP),Interest (GBP),Fees (GBP),Balance (GBP),Note',
      '1,2025-06-02,Mon,333.33,333.33,0.00,0.00,666.67,',
      '2,2025-07-02,Wed,333.33,333.33,0.00,0.00,333.34,',
      '3,2025-08-04,Mon,333.34,333.34,0.00,0.00,0.00,moved from 2025-08-02',
    ]);
    await check();
  });

  test('the calendar export is valid iCalendar with one event per instalment', async () => {
    const { page, check } = await openApp('#/plan');
    await fill(page, 'Invoice number', 'INV-042');
    await threeInstalments(page);
    const ics = await download(page, 'Download calendar (.ics)');
    assert.equal(ics.name, 'instalment-plan.ics');
    assert.match(ics.text, /^BEGIN:VCALENDAR\r\n/);
    assert.match(ics.text, /END:VCALENDAR\r\n$/);
    assert.ok(!/[^\r]\n/.test(ics.text), 'every line ends with CRLF');
    assert.equal(ics.text.split('BEGIN:VEVENT').length - 1, 3);
    assert.equal((ics.text.match(/^UID:/gm) ?? []).length, 3);
    assert.equal((ics.text.match(/^DTSTAMP:\d{8}T\d{6}Z\r$/gm) ?? []).length, 3);
    assert.match(ics.text, /SUMMARY:Instalment 3\/3: £333\.34 · INV-042\r\n/);
    await check();
  });

  test('the schedule can be copied as text and as a table', async () => {
    const { page, check } = await openApp('#/plan', {
      contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] },
    });
    await threeInstalments(page);
    const status = page.getByTestId('plan-copy-status');
    await page.getByRole('button', { name: 'Copy schedule as text' }).click();
    await status.filter({ hasText: 'Copied to the clipboard.' }).waitFor();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(text, /^No\. +Due date/);
    assert.match(text, /\n +3 +2025-08-04 +Mon +£333\.34 /);
    assert.match(text, /Total +£1,000\.00/);
    await page.getByRole('button', { name: 'Copy as table (for spreadsheets)' }).click();
    await page.waitForFunction(async () => (await navigator.clipboard.readText()).includes('\t'));
    const tsv = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(tsv.split('\n')[1], '1\t2025-06-02\tMon\t333.33\t333.33\t0.00\t0.00\t666.67\t');
    await check();
  });

  test('impossible inputs get a message at the field, never NaN', async () => {
    const { page, check } = await openApp('#/plan');
    await threeInstalments(page);
    await fill(page, 'Number of instalments', '0');
    await page.locator('#plan-count-error').filter({ hasText: 'Please enter at least 1 instalment.' }).waitFor();
    await fill(page, 'Number of instalments', '601');
    await page.locator('#plan-count-error').filter({ hasText: 'A plan can have at most 600 instalments.' }).waitFor();
    assert.equal(await page.locator('#plan-count').getAttribute('aria-invalid'), 'true');
    await page.getByText('Please check the highlighted fields to see the plan.').waitFor();
    await fill(page, 'Number of instalments', '3');
    await page.getByRole('radio', { name: 'an amount', exact: true }).check();
    await fill(page, 'Down payment amount', '1,000');
    await page.locator('#plan-down-amount-error')
      .filter({ hasText: 'The down payment must be less than the amount owed (£1,000.00).' }).waitFor();
    await fill(page, 'Down payment amount', 'abc');
    await page.locator('#plan-down-amount-error').filter({ hasText: "doesn't look like an amount" }).waitFor();
    await fill(page, 'Down payment amount', '100');
    await page.getByTestId('plan-schedule').locator('tbody th', { hasText: 'Down payment' }).waitFor();
    assert.deepEqual(await amounts(page), ['£100.00', '£300.00', '£300.00', '£300.00']);
    assert.doesNotMatch(await page.locator('main').textContent(), /NaN|Infinity|undefined/);
    await check();
  });

  test('custom percentages, a remaining balance and a comparison of options', async () => {
    const { page, check } = await openApp('#/plan');
    await threeInstalments(page);
    await page.getByRole('radio', { name: 'a remaining balance' }).check();
    await fill(page, 'Balance still owed', '600');
    await page.getByRole('radio', { name: 'custom percentages' }).check();
    await fill(page, 'Percentages, in order', '50, 30, 20');
    await page.getByTestId('plan-schedule').filter({ hasText: '£300.00' }).waitFor();
    assert.deepEqual(await amounts(page), ['£300.00', '£180.00', '£120.00']);
    await fill(page, 'Percentages, in order', '50, 30');
    await page.locator('#plan-custom-error').filter({ hasText: 'add up to 80' }).waitFor();
    await page.getByRole('radio', { name: 'equal', exact: true }).check();
    await fill(page, 'Numbers of instalments to compare', '3, 6, 12');
    const compare = page.getByTestId('plan-compare');
    await compare.waitFor();
    assert.deepEqual(await compare.locator('thead th').allTextContents(),
      ['Figure', '3 instalments', '6 instalments', '12 instalments']);
    assert.deepEqual(await compare.locator('tbody tr').first().locator('td').allTextContents(),
      ['£200.00', '£100.00', '£50.00']);
    await fill(page, 'Numbers of instalments to compare', '3, 6, 12, 24');
    await page.locator('#plan-compare-error').filter({ hasText: 'Please enter at most 3 options.' }).waitFor();
    await check();
  });
});
