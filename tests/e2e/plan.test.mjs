// End-to-end: the instalment plan.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { fill, openApp, useBrowser, reveal } from './harness.mjs';
import { add, daysBetween, div, frac, money, mul, roundDiv, roundFrac } from './figures.mjs';

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

// An amortised plan worked out by hand as the plan tool defines it: level instalments
// P / Σ vᵏ (v = 1 / (1 + annual rate / periods a year)) rounded to the penny; each row's
// interest is the balance × rate × days since the previous date (the first from one period
// before the first instalment) / the year of the day count, rounded to the penny; the last
// row pays off what is left. Pence; `dates` as rolled to business days.
function thirty360(from, to) {
  const [y1, m1, d1] = from.split('-').map(Number);
  const [y2, m2, d2] = to.split('-').map(Number);
  const start = Math.min(d1, 30);
  const end = d2 === 31 && start === 30 ? 30 : d2;
  return (y2 - y1) * 360 + (m2 - m1) * 30 + (end - start);
}
function amortised(principal, annualPct, perYear, start, dates, dayCount = 'actual/365') {
  const v = div(frac(1n), add(frac(1n), frac(annualPct, 100n * perYear)));
  let factor = frac(1n);
  let sum = frac(0n);
  for (const _ of dates) {
    factor = mul(factor, v);
    sum = add(sum, factor);
  }
  const level = roundFrac(div(frac(principal), sum), 0);
  let balance = principal;
  let previous = start;
  const rows = dates.map((date, i) => {
    const days = dayCount === '30/360' ? thirty360(previous, date) : daysBetween(previous, date);
    const interest = roundDiv(balance * annualPct * BigInt(days), 100n * (dayCount === '30/360' ? 360n : 365n));
    const repaid = i + 1 === dates.length ? balance : level - interest;
    balance -= repaid;
    previous = date;
    return { date, amount: repaid + interest, interest };
  });
  return { level, rows, interest: rows.reduce((sum, row) => sum + row.interest, 0n) };
}

// The APR as the plan tool defines it: the daily rate d at which the instalments, discounted
// to the start, repay the debt (their internal rate of return, by bisection here); nominal =
// ((1 + d)^(365/12) − 1) × 12, effective = (1 + d)^365 − 1, in percent.
function apr(debt, start, flows) {
  const value = (d) => flows.reduce((sum, [date, amount]) => sum + amount * (1 + d) ** -daysBetween(start, date), -debt);
  let [low, high] = [0, 0.01];
  for (let i = 0; i < 200; i += 1) {
    const mid = (low + high) / 2;
    if (value(mid) > 0) low = mid; else high = mid;
  }
  const d = (low + high) / 2;
  return { nominal: ((1 + d) ** (365 / 12) - 1) * 1200, effective: ((1 + d) ** 365 - 1) * 100 };
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
    // An empty case: the start panel asks for the invoice, and the tool does not ask again
    // (its notice is there, hidden, until the start panel goes).
    await page.getByTestId('start-panel').waitFor();
    const asks = page.getByText('Enter the invoice amount, currency and due date under “The invoice”, or choose a remaining balance');
    await asks.waitFor({ state: 'attached' });
    assert.equal(await asks.isVisible(), false);
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
    await (await reveal(page.getByRole('radio', { name: 'on the reducing balance', includeHidden: true }))).check();
    await fill(page, 'Annual interest rate (%)', '12');
    await (await reveal(page.getByLabel('Day count'))).selectOption({ label: '30/360' });
    // 1 % a month: level instalments of 1,000 / (v + v² + v³), v = 1/1.01: £340.02. Interest
    // from 2 May (one month before the first) on 1,000, 669.98 and, for 2 July to 4 August
    // (32 days in 30/360), 336.66 × 12 % × 32/360 = 3.59: the last instalment is £340.25.
    const plan = amortised(100_000n, 12n, 12n, '2025-05-02', ['2025-06-02', '2025-07-02', '2025-08-04'], '30/360');
    assert.deepEqual(plan.rows.map((row) => [row.amount, row.interest]), [[34_002n, 1_000n], [34_002n, 670n], [34_025n, 359n]]);
    assert.equal(plan.interest, 2_029n);
    // APR: 11.9031 % nominal, 12.5745 % effective, shown with at most two decimals.
    const rate = apr(1000, '2025-05-02', plan.rows.map((row) => [row.date, Number(row.amount) / 100]));
    assert.deepEqual([rate.nominal.toFixed(4), rate.effective.toFixed(4)], ['11.9031', '12.5745']);
    const shown = `${Number(rate.nominal.toFixed(2))}% a year nominal (${Number(rate.effective.toFixed(2))}% effective)`;
    assert.equal(shown, '11.9% a year nominal (12.57% effective)');
    await page.getByTestId('plan-totals').filter({ hasText: shown }).waitFor();
    assert.equal(await figure(page, 'APR'), shown);
    assert.equal(await figure(page, 'Interest'), money(plan.interest));
    assert.equal(await figure(page, 'Total paid'), money(100_000n + plan.interest));
    assert.deepEqual(await amounts(page), plan.rows.map((row) => money(row.amount)));
    assert.deepEqual(await page.getByTestId('plan-schedule').locator('tbody tr td:nth-of-type(4)').allTextContents(),
      [...plan.rows.map((row) => money(row.interest)), money(plan.interest)]);
    await check();
  });

  test('missing an instalment says what it costs and when the balance falls due', async () => {
    const { page, check } = await openApp('#/plan');
    await threeInstalments(page);
    await fill(page, 'Grace period (days)', '7');
    await fill(page, 'Late fee (fixed)', '10');
    await fill(page, 'Late fee (% of the instalment)', '2');
    await fill(page, 'Whole balance due after this many missed instalments in a row', '2');
    await (await reveal(page.getByLabel('Payment missed'))).selectOption('2');
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

  test('the calendar export is valid iCalendar with one event per instalment, as the API writes it', async () => {
    const { page, check, origin } = await openApp('#/plan');
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
    // The JavaScript API's planCalendar writes the same file for the same plan and DTSTAMP.
    const [, y, mo, d, h, mi, se] = ics.text.match(/^DTSTAMP:(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z\r$/m);
    const input = {
      debt: '1000', currency: 'GBP', first_due_date: '2025-06-02', size: 3, reference: 'INV-042',
      lang: 'en-GB', dtstamp: `${y}-${mo}-${d}T${h}:${mi}:${se}Z`,
    };
    const fromApi = await page.evaluate(`(async () => {
      const api = await import(${JSON.stringify(`${origin}/api/tactful_api.js`)});
      await api.default();
      return api.planCalendar(${JSON.stringify(input)});
    })()`);
    assert.equal(fromApi, ics.text);
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
    await (await reveal(page.getByRole('radio', { name: 'an amount', exact: true, includeHidden: true }))).check();
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

  test('custom percentages and a remaining balance', async () => {
    const { page, check } = await openApp('#/plan');
    await threeInstalments(page);
    await (await reveal(page.getByRole('radio', { name: 'a remaining balance', includeHidden: true }))).check();
    await fill(page, 'Balance still owed', '600');
    await (await reveal(page.getByRole('radio', { name: 'custom percentages', includeHidden: true }))).check();
    await fill(page, 'Percentages, in order', '50, 30, 20');
    await page.getByTestId('plan-schedule').filter({ hasText: '£300.00' }).waitFor();
    assert.deepEqual(await amounts(page), ['£300.00', '£180.00', '£120.00']);
    await fill(page, 'Percentages, in order', '50, 30');
    await page.locator('#plan-custom-error').filter({ hasText: 'add up to 80' }).waitFor();
    await check();
  });

  test('options that differ in number and frequency are compared side by side', async () => {
    const { page, check } = await openApp('#/plan');
    await threeInstalments(page);
    await fill(page, 'Option 1: number of instalments', '6');
    await fill(page, 'Option 2: number of instalments', '12');
    await (await reveal(page.locator('#plan-compare-2-frequency'))).selectOption({ label: 'Every two weeks' });
    await fill(page, 'Option 3: number of instalments', '2');
    await (await reveal(page.locator('#plan-compare-3-frequency'))).selectOption({ label: 'Every three months' });
    const compare = page.getByTestId('plan-compare');
    await compare.filter({ hasText: '12 instalments · Every two weeks' }).waitFor();
    assert.deepEqual(await compare.locator('thead th').allTextContents(),
      ['Figure', '6 instalments · Every month', '12 instalments · Every two weeks', '2 instalments · Every three months']);
    assert.deepEqual(await compare.locator('tbody th').allTextContents(),
      ['Regular instalment', 'Total paid', 'Interest', 'Fees', 'APR', 'Last payment', 'Length']);
    const row = async (n) => compare.locator('tbody tr').nth(n).locator('td').allTextContents();
    assert.deepEqual(await row(0), ['£166.66', '£83.33', '£500.00']);
    assert.deepEqual(await row(1), ['£1,000.00', '£1,000.00', '£1,000.00']);
    assert.deepEqual(await row(4), ['0%', '0%', '0%']);
    // 6 monthly from Monday 2 June end on Sunday 2 November, moved to Monday 3 November;
    // 12 fortnightly end 154 days on, the same Monday; 2 quarterly end on Tuesday 2 September.
    assert.deepEqual(await row(5), ['Monday 3 November 2025', 'Monday 3 November 2025', 'Tuesday 2 September 2025']);
    assert.deepEqual(await row(6), ['154 days', '154 days', '92 days']);
    // With interest (12 % a year, actual/365), each option amortised on its own dates (rolled
    // past weekends and the August bank holiday, Monday 25 August 2025), from one period
    // before its first instalment.
    await (await reveal(page.getByRole('radio', { name: 'on the reducing balance', includeHidden: true }))).check();
    await fill(page, 'Annual interest rate (%)', '12');
    await compare.locator('tbody tr').nth(2).filter({ hasNotText: '£0.00' }).waitFor();
    const monthly = amortised(100_000n, 12n, 12n, '2025-05-02',
      ['2025-06-02', '2025-07-02', '2025-08-04', '2025-09-02', '2025-10-02', '2025-11-03']);
    const fortnightly = amortised(100_000n, 12n, 26n, '2025-05-19', ['2025-06-02', '2025-06-16', '2025-06-30',
      '2025-07-14', '2025-07-28', '2025-08-11', '2025-08-26', '2025-09-08', '2025-09-22', '2025-10-06', '2025-10-20', '2025-11-03']);
    const quarterly = amortised(100_000n, 12n, 4n, '2025-03-02', ['2025-06-02', '2025-09-02']);
    const options = [monthly, fortnightly, quarterly];
    assert.deepEqual(await row(0), options.map((o) => money(o.level)));
    assert.deepEqual(await row(1), options.map((o) => money(100_000n + o.interest)));
    assert.deepEqual(await row(2), options.map((o) => money(o.interest)));
    // The sooner the money comes back, the less interest: fortnightly, monthly, quarterly.
    assert.deepEqual(await row(2), ['£35.76', '£30.19', '£45.60']);
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.help}`), []);
    // Each option's problem shows at its own field; the others wait.
    await fill(page, 'Option 2: number of instalments', '601');
    await page.locator('#plan-compare-2-error')
      .filter({ hasText: 'The option with 601 instalments cannot be worked out: A plan can have at most 600 instalments.' }).waitFor();
    await fill(page, 'Option 3: number of instalments', 'two');
    await page.locator('#plan-compare-3-error').filter({ hasText: "This doesn't look like a number." }).waitFor();
    assert.match(await page.locator('#plan-compare-2-error').textContent(), /at most 600 instalments/);
    assert.equal(await page.locator('#plan-compare-1-error').textContent(), '');
    assert.equal(await compare.count(), 0);
    await fill(page, 'Option 2: number of instalments', '');
    await fill(page, 'Option 3: number of instalments', '');
    await compare.waitFor();
    assert.deepEqual(await compare.locator('thead th').allTextContents(), ['Figure', '6 instalments · Every month']);
    await check();
  });

  test('a list of counts saved by an earlier version opens as options', async () => {
    const saved = {
      schema: 1,
      current: 'c1',
      cases: [{ id: 'c1', fields: {
        'invoice.amount': '1,000', 'invoice.due_date': '2025-05-30', 'plan.first_due': '2025-06-02',
        'plan.frequency': 'Fortnightly', 'plan.compare': '3, 6',
      } }],
    };
    const { page, check } = await openApp('#/plan', {
      initScript: `localStorage.setItem('tactful', ${JSON.stringify(JSON.stringify(saved))});`,
    });
    const compare = page.getByTestId('plan-compare');
    await compare.waitFor();
    assert.deepEqual(await compare.locator('thead th').allTextContents(),
      ['Figure', '3 instalments · Every two weeks', '6 instalments · Every two weeks']);
    assert.equal(await page.locator('#plan-compare-1').inputValue(), '3');
    assert.equal(await page.locator('#plan-compare-2').inputValue(), '6');
    assert.equal(await page.locator('#plan-compare-3').inputValue(), '');
    const fields = await page.evaluate(() => JSON.parse(localStorage.getItem('tactful')).cases[0].fields);
    assert.equal(fields['plan.compare'], undefined);
    assert.equal(fields['plan.compare.2.count'], '6');
    assert.equal(fields['plan.compare.2.frequency'], 'Fortnightly');
    await check();
  });

  test('closing days and the roll convention move due dates', async () => {
    const { page, check } = await openApp('#/plan');
    await threeInstalments(page);
    const dates = () => page.getByTestId('plan-schedule').locator('tbody tr td:nth-of-type(1)').allTextContents();
    await fill(page, 'Other days off', '2025-07-02');
    await page.getByTestId('plan-schedule').filter({ hasText: 'Thursday 3 July 2025' }).waitFor();
    assert.deepEqual((await dates()).slice(0, 3), ['Monday 2 June 2025',
      'Thursday 3 July 2025 (moved from Wednesday 2 July 2025)',
      'Monday 4 August 2025 (moved from Saturday 2 August 2025)']);
    assert.deepEqual(await amounts(page), ['£333.33', '£333.33', '£333.34']);
    // Every date that cannot be read is named by its position.
    await fill(page, 'Other days off', '2025-07-02, 2025-12-25, 31/02/2027, 2101-01-01');
    await page.locator('#plan-holidays-error').filter({ hasText: 'Date 3:' }).waitFor();
    assert.equal(await page.locator('#plan-holidays-error').textContent(),
      'Date 3: 31/02/2027 is not a date (please use YYYY-MM-DD). '
      + 'Date 4: 2101-01-01 is not between 1990 and 2100.');
    assert.equal(await page.locator('#plan-holidays').getAttribute('aria-invalid'), 'true');
    await page.getByText('Please check the highlighted fields to see the plan.').waitFor();
    // Spaces and semicolons separate dates too (a pasted column of dates reads as a list).
    await fill(page, 'Other days off', '2025-07-02 soon');
    await page.locator('#plan-holidays-error')
      .filter({ hasText: 'Date 2: soon is not a date (please use YYYY-MM-DD).' }).waitFor();
    await fill(page, 'Other days off', '2025-07-02; 2025-07-03');
    await page.getByTestId('plan-schedule').filter({ hasText: 'Friday 4 July 2025 (moved from Wednesday 2 July 2025)' }).waitFor();
    // The business day before, and a Sunday-only weekend.
    await (await reveal(page.getByLabel('A due date on a day off moves to'))).selectOption({ label: 'the business day before' });
    await page.getByTestId('plan-schedule').filter({ hasText: 'Friday 1 August 2025 (moved from Saturday 2 August 2025)' }).waitFor();
    assert.equal((await dates())[1], 'Tuesday 1 July 2025 (moved from Wednesday 2 July 2025)');
    await (await reveal(page.locator('#plan-weekend'))).selectOption({ label: 'Sunday only' });
    await page.getByTestId('plan-schedule').filter({ hasNotText: 'Friday 1 August 2025' }).waitFor();
    assert.equal((await dates())[2], 'Saturday 2 August 2025');
    await (await reveal(page.getByLabel('A due date on a day off moves to'))).selectOption({ label: 'nowhere: the date stays as it is' });
    await page.getByTestId('plan-schedule').filter({ hasNotText: 'moved from' }).waitFor();
    assert.deepEqual((await dates()).slice(0, 3), ['Monday 2 June 2025', 'Wednesday 2 July 2025', 'Saturday 2 August 2025']);
    await check();
  });

  test('month-end dates stay on month ends when asked', async () => {
    const { page, check } = await openApp('#/plan');
    await threeInstalments(page);
    const dates = async () => (await page.getByTestId('plan-schedule').locator('tbody tr td:nth-of-type(1)').allTextContents()).slice(0, -1);
    // 31 January: the same day number is the month's end anyway (28 February, 31 March).
    await fill(page, 'First instalment due on', '2025-01-31');
    await page.getByTestId('plan-schedule').filter({ hasText: 'Friday 31 January 2025' }).waitFor();
    assert.deepEqual(await dates(), ['Friday 31 January 2025', 'Friday 28 February 2025', 'Monday 31 March 2025']);
    // 30 April: the 30th of each month, unless month ends are kept.
    await fill(page, 'First instalment due on', '2025-04-30');
    await page.getByTestId('plan-schedule').filter({ hasText: 'Friday 30 May 2025' }).waitFor();
    assert.deepEqual(await dates(), ['Wednesday 30 April 2025', 'Friday 30 May 2025', 'Monday 30 June 2025']);
    await (await reveal(page.getByRole('radio', { name: 'the last day of each month', includeHidden: true }))).check();
    await page.getByTestId('plan-schedule').filter({ hasText: 'Saturday 31 May 2025' }).waitFor();
    assert.deepEqual(await dates(), ['Wednesday 30 April 2025',
      'Monday 2 June 2025 (moved from Saturday 31 May 2025)', 'Monday 30 June 2025']);
    // Modified following keeps the payment in May.
    await (await reveal(page.getByLabel('A due date on a day off moves to')))
      .selectOption({ label: 'the next business day, but not into the next month' });
    await page.getByTestId('plan-schedule').filter({ hasText: 'Friday 30 May 2025 (moved from Saturday 31 May 2025)' }).waitFor();
    await check();
  });

  test('a fixed first instalment is row 1 and the rest still sums exactly', async () => {
    const { page, check } = await openApp('#/plan');
    await threeInstalments(page);
    await fill(page, 'Fixed first instalment', '100');
    await page.getByTestId('plan-schedule').filter({ hasText: '£450.00' }).waitFor();
    assert.deepEqual(await amounts(page), ['£100.00', '£450.00', '£450.00']);
    assert.equal(await figure(page, 'Total paid'), '£1,000.00');
    await fill(page, 'Fixed first instalment', '99.99');
    await page.getByTestId('plan-schedule').filter({ hasText: '£450.01' }).waitFor();
    assert.deepEqual(await amounts(page), ['£99.99', '£450.00', '£450.01']);
    await fill(page, 'Fixed first instalment', '1,000');
    await page.locator('#plan-first-payment-error').filter({ hasText: 'This must be less than £1,000.00.' }).waitFor();
    await fill(page, 'Fixed first instalment', '100');
    await fill(page, 'Number of instalments', '1');
    await page.locator('#plan-first-payment-error').filter({ hasText: 'This needs at least 2 instalments.' }).waitFor();
    await check();
  });

  test('the down payment is due on its own date', async () => {
    const { page, check } = await openApp('#/plan');
    await threeInstalments(page);
    await (await reveal(page.getByRole('radio', { name: 'an amount', exact: true, includeHidden: true }))).check();
    await fill(page, 'Down payment amount', '100');
    const first = page.getByTestId('plan-schedule').locator('tbody tr').first();
    await first.locator('th', { hasText: 'Down payment' }).waitFor();
    assert.equal(await first.locator('td').first().textContent(), 'Monday 2 June 2025');
    await fill(page, 'Down payment due on', '2025-05-20');
    await first.filter({ hasText: 'Tuesday 20 May 2025' }).waitFor();
    assert.deepEqual(await amounts(page), ['£100.00', '£300.00', '£300.00', '£300.00']);
    await fill(page, 'Down payment due on', '2025-06-10');
    await page.locator('#plan-down-date-error').filter({ hasText: 'This date must not be after Monday 2 June 2025.' }).waitFor();
    await check();
  });

  test('every impossible or odd request is explained at its field', async () => {
    const { page, check } = await openApp('#/plan');
    await threeInstalments(page);
    // Weights that sum to zero.
    await (await reveal(page.getByRole('radio', { name: 'by season', includeHidden: true }))).check();
    for (let month = 1; month <= 12; month += 1) await (await reveal(page.locator(`#weight-${month}`))).fill('0');
    await page.locator('#plan-weights-error').filter({ hasText: 'Please give at least one month a weight above 0.' }).waitFor();
    await (await reveal(page.getByRole('radio', { name: 'equal', exact: true, includeHidden: true }))).check();
    // An instalment too small to ever repay the interest.
    await (await reveal(page.getByRole('radio', { name: 'on the reducing balance', includeHidden: true }))).check();
    await fill(page, 'Annual interest rate (%)', '12');
    await (await reveal(page.getByRole('radio', { name: 'their amount', includeHidden: true }))).check();
    await fill(page, 'Amount of each instalment', '5');
    await page.locator('#plan-target-error')
      .filter({ hasText: 'Each instalment must be more than the interest of its period (£10.19), or nothing would be repaid.' }).waitFor();
    // The first period, 2 May to 2 June (31 days) on £1,000 at 12 %, actual/365: 10.19.
    assert.equal(roundDiv(100_000n * 12n * 31n, 36_500n), 1_019n);
    assert.equal(await page.locator('#plan-target-error').textContent(),
      'Each instalment must be more than the interest of its period (£10.19), or nothing would be repaid.');
    await (await reveal(page.getByRole('radio', { name: 'their number', includeHidden: true }))).check();
    await (await reveal(page.locator('input[name=plan-interest]').first())).check();
    // A first due date before the invoice date: a warning, and the plan still shows.
    await fill(page, 'Issue date', '2025-05-01');
    await fill(page, 'First instalment due on', '2025-04-22');
    await page.locator('#plan-first-due-warning')
      .filter({ hasText: 'The first instalment is due before the invoice date (Thursday 1 May 2025).' }).waitFor();
    assert.equal(await page.locator('#plan-first-due').getAttribute('aria-invalid'), 'false');
    assert.match(await page.locator('#plan-first-due').getAttribute('aria-describedby'), /plan-first-due-warning/);
    assert.equal(await amounts(page).then((a) => a.length), 3);
    // A roll that puts three instalments on one Monday: explained, order kept.
    await (await reveal(page.locator('#plan-frequency'))).selectOption({ label: 'Every so many days' });
    await fill(page, 'Days between instalments', '1');
    await fill(page, 'First instalment due on', '2025-06-07');
    // The warning is at "Other days off", under Business days, whose summary says to look.
    const days = page.locator('details[data-section=plan-business-days]');
    await days.locator('.section-problem').filter({ hasText: 'please check' }).waitFor();
    await days.locator('summary').click();
    await page.locator('#plan-holidays-warning')
      .filter({ hasText: 'Instalments 1, 2, 3 fall on the same day, Monday 9 June 2025, once weekends and holidays are avoided.' }).waitFor();
    assert.deepEqual(await page.getByTestId('plan-schedule').locator('tbody th').allTextContents(), ['1', '2', '3', 'Total']);
    assert.equal(await page.locator('#plan-first-due-warning').textContent(), '');
    await check();
  });

  test('the new inputs survive a reload', async () => {
    const { page, check } = await openApp('#/plan');
    await threeInstalments(page);
    await (await reveal(page.getByRole('radio', { name: 'an amount', exact: true, includeHidden: true }))).check();
    await fill(page, 'Down payment amount', '100');
    await fill(page, 'Down payment due on', '2025-05-20');
    await fill(page, 'Fixed first instalment', '200');
    await (await reveal(page.getByRole('radio', { name: 'the last day of each month', includeHidden: true }))).check();
    await (await reveal(page.getByLabel('A due date on a day off moves to'))).selectOption({ label: 'the business day before' });
    await (await reveal(page.locator('#plan-weekend'))).selectOption({ label: 'Friday and Saturday' });
    await fill(page, 'Other days off', '2025-07-02, 2025-07-03');
    await fill(page, 'Option 1: number of instalments', '6');
    await fill(page, 'Option 2: number of instalments', '12');
    await (await reveal(page.locator('#plan-compare-2-frequency'))).selectOption({ label: 'Every two weeks' });
    await page.getByTestId('plan-compare').waitFor();
    const before = await page.getByTestId('plan-schedule').textContent();
    await page.reload();
    await page.getByTestId('plan-compare').waitFor();
    assert.equal(await page.locator('#plan-down-date').inputValue(), '2025-05-20');
    assert.equal(await page.locator('#plan-first-payment').inputValue(), '200');
    assert.equal(await page.getByRole('radio', { name: 'the last day of each month', includeHidden: true }).isChecked(), true);
    assert.equal(await page.locator('#plan-roll option:checked').textContent(), 'the business day before');
    assert.equal(await page.locator('#plan-weekend option:checked').textContent(), 'Friday and Saturday');
    assert.equal(await page.locator('#plan-holidays').inputValue(), '2025-07-02, 2025-07-03');
    assert.equal(await page.locator('#plan-compare-1').inputValue(), '6');
    assert.equal(await page.locator('#plan-compare-2').inputValue(), '12');
    assert.equal(await page.locator('#plan-compare-2-frequency option:checked').textContent(), 'Every two weeks');
    assert.equal(await page.getByTestId('plan-schedule').textContent(), before);
    assert.deepEqual(await page.getByTestId('plan-compare').locator('thead th').allTextContents(),
      ['Figure', '6 instalments · Every month', '12 instalments · Every two weeks']);
    await check();
  });
});
