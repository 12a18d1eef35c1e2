// End-to-end: the early-settlement discount analyzer.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fill, openApp, useBrowser } from './harness.mjs';

useBrowser();

// A date `days` from today in the browser's (local) calendar, as YYYY-MM-DD, and the
// "3 December 2026" part of how the app writes it.
function dayFromToday(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n) => String(n).padStart(2, '0');
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
    'September', 'October', 'November', 'December'];
  return {
    iso: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
    words: `${d.getDate()} ${months[d.getMonth()]} ${d.getFullYear()}`,
  };
}

const pounds = (pence) => `£${(pence / 100).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

async function withInvoice(page) {
  await fill(page, 'Amount due', '4,800');
  await fill(page, 'Due date', '2026-10-01');
}

describe('discount analyzer', () => {
  test('asks for the invoice first, then analyses the default offer', async () => {
    const { page, check } = await openApp('#/discount');
    await page.getByText('Enter the invoice amount, currency and due date above').waitFor();
    await withInvoice(page);
    const offer = page.getByTestId('offer');
    await offer.filter({ hasText: '2% off is £96.00: you would receive £4,704.00 within 7 days.' }).waitFor();
    assert.match(await page.getByTestId('annualised').textContent(), /Equivalent to borrowing at 32\.39% a year \(37\.8% compounded\)/);
    assert.match(await page.getByTestId('margin').textContent(), /gives away 6\.7% of your profit/);
    assert.equal(await page.locator('svg[data-testid=sensitivity-chart] title').textContent(),
      'Net value of offering a discount, from 0% to 15%');
    await check();
  });

  test('the recommendation flips at the break-even discount', async () => {
    const { page, check } = await openApp('#/discount');
    await withInvoice(page);
    const breakEven = await page.getByTestId('break-even').textContent();
    const match = breakEven.match(/largest discount still worth offering is ([\d.]+)%/);
    assert.ok(match, `break-even sentence: ${breakEven}`);
    const limit = Number(match[1]);
    const recommendation = page.getByTestId('recommendation');
    await fill(page, 'Discount (%)', String(Math.max(0.1, Math.floor((limit - 0.5) * 10) / 10)));
    await recommendation.filter({ hasText: 'is worth it' }).waitFor();
    await fill(page, 'Discount (%)', String(Math.ceil((limit + 0.5) * 10) / 10));
    await recommendation.filter({ hasText: 'costs more than chasing the full amount' }).waitFor();
    await check();
  });

  test('a valuable relationship is called out', async () => {
    const { page, check } = await openApp('#/discount');
    await withInvoice(page);
    await fill(page, 'Gross profit from this client per year', '20,000');
    await page.getByTestId('relationship').filter({ hasText: '£20,000.00 of gross profit a year' }).waitFor();
    await check();
  });

  test('impossible inputs get a message at the field, never NaN', async () => {
    const { page, check } = await openApp('#/discount');
    await withInvoice(page);
    await fill(page, 'Pay within (days)', '30');
    await page.locator('#pay-within-error').filter({ hasText: 'shorter than your normal terms (30 days)' }).waitFor();
    await fill(page, 'Pay within (days)', '7');
    await fill(page, 'Discount (%)', '100');
    await page.locator('#discount-percent-error').filter({ hasText: 'less than 100' }).waitFor();
    await fill(page, 'Discount (%)', 'abc');
    await page.locator('#discount-percent-error').filter({ hasText: "doesn't look like a number" }).waitFor();
    await fill(page, 'Chance it goes to court (%)', '50');
    await page.locator('#legal-probability-error').filter({ hasText: 'cannot be higher than the chance of an agency' }).waitFor();
    const text = await page.locator('main').textContent();
    assert.doesNotMatch(text, /NaN|Infinity|undefined/);
    await check();
  });

  test('the discount can be typed as an amount, and inputs survive a tool switch', async () => {
    const { page, check } = await openApp('#/discount');
    await withInvoice(page);
    await page.getByLabel('an amount').check();
    await fill(page, 'Discount amount', '240');
    await page.getByTestId('offer').filter({ hasText: '5% off is £240.00' }).waitFor();
    await page.getByRole('link', { name: 'Reminder text' }).click();
    await page.getByRole('link', { name: 'Early-settlement discount' }).click();
    await page.getByTestId('offer').filter({ hasText: '5% off is £240.00' }).waitFor();
    await check();
  });

  test('the deadline can be a date: days derived, shown in the results and in the offer sent to the composer', async () => {
    const { page, check } = await openApp('#/discount');
    await withInvoice(page);
    await page.getByLabel('a date', { exact: true }).check();
    const deadline = dayFromToday(12);
    await fill(page, 'Pay by (date)', deadline.iso);
    await page.getByTestId('pay-by-days').filter({ hasText: 'That is 12 days from today.' }).waitFor();
    await page.getByTestId('offer').filter({ hasText: 'you would receive £4,704.00 within 12 days.' }).waitFor();
    assert.match(await page.getByTestId('deadline').textContent(), new RegExp(`open until .*${deadline.words}`));
    await page.getByTestId('write-offer').click();
    const body = page.getByTestId('preview-body');
    await body.filter({ hasText: '£4,704.00' }).waitFor();
    assert.match(await body.textContent(), new RegExp(deadline.words), 'the composer quotes the chosen date');
    assert.doesNotMatch(await body.textContent(), new RegExp(dayFromToday(7).words), 'not the default 7 days');
    await check();
  });

  test('a deadline date in the past, or not before the normal terms end, is refused at the field', async () => {
    const { page, check } = await openApp('#/discount');
    await withInvoice(page);
    await page.getByLabel('a date', { exact: true }).check();
    // Before a date is typed, the results say what is missing (the empty field is not
    // highlighted yet, so "check the highlighted fields" would point at nothing).
    await page.getByText('please enter the last day the client can pay and still get the discount').waitFor();
    assert.equal(await page.getByText('Please check the highlighted fields').count(), 0);
    await fill(page, 'Pay by (date)', dayFromToday(-1).iso);
    const error = page.locator('#pay-by-date-error');
    await error.filter({ hasText: 'This date has already passed' }).waitFor();
    await page.getByText('Please check the highlighted fields').waitFor();
    await fill(page, 'Pay by (date)', dayFromToday(30).iso);
    await error.filter({ hasText: `Please choose a date before` }).waitFor();
    assert.match(await error.textContent(), new RegExp(`${dayFromToday(30).words}, when your normal terms of 30 days end`));
    await fill(page, 'Pay by (date)', dayFromToday(29).iso);
    await page.getByTestId('pay-by-days').filter({ hasText: 'That is 29 days from today.' }).waitFor();
    assert.equal(await error.textContent(), '');
    assert.doesNotMatch(await page.locator('main').textContent(), /NaN|Infinity|undefined/);
    await check();
  });

  test('"compute it" works out the statutory claim with the timeline\'s rules and feeds the analysis', async () => {
    const { page, check } = await openApp('#/discount');
    await fill(page, 'Amount due', '10,000');
    await fill(page, 'Due date', dayFromToday(-60).iso);
    const waiting = page.getByTestId('waiting-value');
    await waiting.waitFor();
    const before = await waiting.textContent();
    const difference = await page.getByTestId('difference').textContent();
    await page.getByLabel('compute it', { exact: true }).check();
    await page.locator('#statutory-compute-error').filter({ hasText: 'Please choose the UK or EU rules' }).waitFor();
    await page.getByLabel('UK (Late Payment', { exact: false }).check();
    const computed = page.getByTestId('statutory-computed');
    await computed.filter({ hasText: 'fixed compensation £100.00' }).waitFor();
    const text = await computed.textContent();
    const m = text.match(/: ([\d.]+)% a year for (\d+) days/);
    assert.ok(m, text);
    const [rate, days] = [Number(m[1]), Number(m[2])];
    // 60 days overdue today + 60 expected days until payment (the default).
    assert.equal(days, 120);
    // Bank Rate + 8 points: at least 8%.
    assert.ok(rate >= 8 && rate < 30, `rate ${rate}`);
    const interest = Math.round((10000 * rate * days) / 365); // pence: £10,000 × r% × d/365
    assert.match(text, new RegExp(`interest ${pounds(interest).replace('.', '\\.')} and fixed compensation £100\\.00`));
    assert.match(text, new RegExp(`Counted in the analysis: ${pounds(interest + 10000).replace('.', '\\.')}`));
    await page.getByText('Claiming is your choice').waitFor();
    // The claim counts in the comparison: waiting is worth more, the offer's difference less.
    await page.waitForFunction((old) => document.querySelector('[data-testid=waiting-value]').textContent !== old, before);
    assert.notEqual(await page.getByTestId('difference').textContent(), difference);
    const row = page.locator('tr.breakdown', { hasText: 'Statutory interest and compensation, if paid' });
    assert.notEqual(await row.locator('td').textContent(), '£0.00');
    // One choice of rules: the timeline shows UK too.
    await page.getByRole('link', { name: 'Reminder timeline' }).click();
    assert.ok(await page.getByLabel('UK (Late Payment', { exact: false }).isChecked());
    await check();
  });

  test('the deadline date and the statutory choice survive a reload', async () => {
    const { page, check } = await openApp('#/discount');
    await fill(page, 'Amount due', '10,000');
    await fill(page, 'Due date', dayFromToday(-60).iso);
    await page.getByLabel('a date', { exact: true }).check();
    const deadline = dayFromToday(5);
    await fill(page, 'Pay by (date)', deadline.iso);
    await page.getByLabel('compute it', { exact: true }).check();
    await page.getByLabel('UK (Late Payment', { exact: false }).check();
    await page.getByTestId('statutory-computed').filter({ hasText: 'fixed compensation £100.00' }).waitFor();
    await page.waitForFunction(() => (localStorage.getItem('tactful') ?? '').includes('discount.statutory_mode'));
    await page.reload();
    await page.locator('[data-testid=invoice-summary]').waitFor();
    assert.ok(await page.getByLabel('a date', { exact: true }).isChecked());
    assert.equal(await page.locator('#pay-by-date').inputValue(), deadline.iso);
    assert.ok(await page.getByLabel('compute it', { exact: true }).isChecked());
    await page.getByTestId('statutory-computed').filter({ hasText: 'fixed compensation £100.00' }).waitFor();
    await page.getByTestId('pay-by-days').filter({ hasText: 'That is 5 days from today.' }).waitFor();
    await check();
  });
});
