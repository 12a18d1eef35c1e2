// End-to-end: the early-settlement discount analyzer.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fill, localDay, openApp, useBrowser, reveal } from './harness.mjs';
import {
  add, addDays, dayMonthYear, daysBetween, div, frac, longDate, money, mul, pct, plainScaled, rescale, roundFrac,
  simpleInterest, sub,
} from './figures.mjs';

useBrowser();

// The app's "today" is the browser's local date. Tests about an invoice not yet due fix it
// (`today: TODAY`): the statutory claim counted by default needs a reference rate for the
// days after the due date, and a fixed day keeps them inside the built-in tables whenever
// the suite runs. Tests about a late invoice run on the real date (`localDay()`), with a due
// date whose UK rate is fixed for the life of the debt.
const TODAY = '2026-09-01';
const DUE = '2026-10-01'; // 30 days after TODAY: the normal terms of 30 days end on it.

// A date `days` from `today` as YYYY-MM-DD and as the app writes it.
const dayFrom = (today, days) => ({ iso: addDays(today, days), words: longDate(addDays(today, days)) });

async function withInvoice(page) {
  await fill(page, 'Amount due', '4,800');
  await fill(page, 'Due date', DUE);
}

// The analysis as the engine defines it (engine/src/discount/mod.rs), with the form's
// defaults: 2 % off within 7 days, payment expected in 60 days, 10 % chance it is never paid
// of which 50 % is recovered 180 days later, 8 % cost of capital (simple interest, 365-day
// year), 10 % chance of an agency at 15 %, 5 % of court, no staff cost, no yearly profit.
// Amounts are pence; `claim` is the statutory claim counted if paid (pence); `percent`, the
// discount, a fraction.
function analysis(amount, claim, { percent = frac(2n), within = 7n, expected = 60n } = {}) {
  const a = frac(amount);
  const r = frac(8n, 100n);
  const growth = (days) => add(frac(1n), mul(r, frac(days, 365n)));
  const paid = frac(9n, 10n);
  const full = div(mul(paid, a), growth(expected));
  const statutory = div(mul(paid, frac(claim)), growth(expected));
  const recovery = div(mul(frac(1n, 20n), a), growth(expected + 180n)); // 10 % × 50 %
  // (10 % agency − 5 % court) × 15 % × (90 % + 10 % × 50 % collected) of the amount.
  const agency = mul(frac(5n * 15n * 95n, 100n ** 3n), a);
  const waiting = sub(add(add(full, statutory), recovery), agency);
  const offer = div(sub(a, mul(a, div(percent, frac(100n)))), growth(within));
  const breakEven = sub(a, mul(waiting, growth(within)));
  const pence = (q) => roundFrac(q, 0);
  return {
    full: pence(full), statutory: pence(statutory), recovery: pence(recovery), agency: pence(agency),
    waiting: pence(waiting), offer: pence(offer), difference: pence(sub(offer, waiting)),
    breakEven: pence(breakEven),
    // Percent rounded to 4 decimals by the engine, then to 2 by the sentence.
    breakEvenPct: plainScaled(rescale(roundFrac(mul(div(breakEven, a), frac(100n)), 4), 4, 2), 2),
  };
}

// The UK claim on a GBP invoice due in the second half of 2026: interest from the day after
// at Bank Rate on 30 June 2026 (3.75 %) + 8 points, fixed for the life of the debt; £70 for
// £1,000 to £9,999.99, £100 from £10,000.
const ukClaim = (principal, days) => simpleInterest(principal, 1175n, days);

describe('discount analyzer', () => {
  test('asks for the invoice first, then analyses the default offer', async () => {
    const { page, check } = await openApp('#/discount', { today: TODAY });
    // An empty case: the start panel asks for the invoice, and the tool does not ask again
    // (its notice is there, hidden, until the start panel goes).
    await page.getByTestId('start-panel').waitFor();
    const asks = page.getByText('Enter the invoice amount, currency and due date under “The invoice”');
    await asks.waitFor({ state: 'attached' });
    assert.equal(await asks.isVisible(), false);
    await withInvoice(page);
    const offer = page.getByTestId('offer');
    await offer.filter({ hasText: '2% off is £96.00: you would receive £4,704.00 within 7 days.' }).waitFor();
    // 2/98 × 365/(30 − 7) = 32.39 % simple; (1 + 2/98)^(365/23) − 1 = 37.8 % compounded.
    assert.equal(await page.getByTestId('annualised').textContent(),
      'Equivalent to borrowing at 32.39% a year (37.8% compounded). That is dearer than your 8% cost of capital.');
    assert.equal(await page.getByTestId('late-note').count(), 0, 'not late: the normal terms count');
    // £96 of a 30 % margin on £4,800 (£1,440).
    assert.equal(await page.getByTestId('margin').textContent(), 'This discount gives away 6.7% of your profit on this job.');
    // The claim counted by default: the due date to the expected payment (today + 60 days),
    // 30 days late: 4,800 × 11.75 % × 30 / 365 = 46.356… → £46.36, plus £70.
    const claim = ukClaim(480_000n, 30) + 7_000n;
    assert.equal(claim, 11_636n);
    const a = analysis(480_000n, claim);
    assert.equal(await page.getByTestId('offer-value').textContent(), money(a.offer));
    assert.equal(await page.getByTestId('waiting-value').textContent(), money(a.waiting));
    assert.equal(await page.getByTestId('difference').textContent(), money(a.difference));
    assert.equal(await page.getByTestId('break-even').textContent(),
      `The largest discount still worth offering is ${a.breakEvenPct}% (${money(a.breakEven)}). To keep 50% of your margin, offer at most 15% (£720.00).`);
    assert.equal(await page.locator('svg[data-testid=sensitivity-chart] title').textContent(),
      'Net value of offering a discount, from 0% to 15%');
    await check();
  });

  test('the recommendation flips at the break-even discount', async () => {
    const { page, check } = await openApp('#/discount', { today: TODAY });
    await withInvoice(page);
    const claim = ukClaim(480_000n, 30) + 7_000n;
    const a = analysis(480_000n, claim);
    // The largest discount worth offering: £4,800 less the value of waiting carried to the
    // end of the discount period, 4.8313 % (£231.90).
    assert.deepEqual([a.breakEven, a.breakEvenPct], [23_190n, '4.83']);
    await page.getByTestId('break-even').filter({ hasText: 'The largest discount still worth offering is 4.83% (£231.90).' }).waitFor();
    const recommendation = page.getByTestId('recommendation');
    await fill(page, 'Discount (%)', '4.5');
    const below = analysis(480_000n, claim, { percent: frac(45n, 10n) });
    await recommendation.filter({ hasText: 'Offering 4.5% is worth it' }).waitFor();
    assert.equal(await recommendation.textContent(),
      `Offering 4.5% is worth it: you are about ${money(below.difference)} better off than chasing the full amount, and the client is spared further reminders.`);
    await fill(page, 'Discount (%)', '5');
    await recommendation.filter({ hasText: 'costs more than chasing the full amount' }).waitFor();
    assert.equal(await recommendation.textContent(),
      'A 5% discount costs more than chasing the full amount would. A smaller offer of up to 4.8% (£231.90) would still leave you better off.');
    await check();
  });

  test('a valuable relationship is called out', async () => {
    const { page, check } = await openApp('#/discount', { today: TODAY });
    await withInvoice(page);
    await fill(page, 'Gross profit from this client per year', '20,000');
    await page.getByTestId('relationship').filter({ hasText: '£20,000.00 of gross profit a year' }).waitFor();
    await check();
  });

  test('impossible inputs get a message at the field, never NaN', async () => {
    const { page, check } = await openApp('#/discount', { today: TODAY });
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
    const { page, check } = await openApp('#/discount', { today: TODAY });
    await withInvoice(page);
    await (await reveal(page.getByLabel('an amount'))).check();
    await fill(page, 'Discount amount', '240');
    await page.getByTestId('offer').filter({ hasText: '5% off is £240.00' }).waitFor();
    await page.getByRole('link', { name: 'Reminder text' }).click();
    await page.getByRole('link', { name: 'Early-settlement discount' }).click();
    await page.getByTestId('offer').filter({ hasText: '5% off is £240.00' }).waitFor();
    await check();
  });

  test('the deadline can be a date: days derived, shown in the results and in the offer sent to the composer', async () => {
    const { page, check } = await openApp('#/discount', { today: TODAY });
    await withInvoice(page);
    await (await reveal(page.getByLabel('a date', { exact: true }))).check();
    const deadline = dayFrom(TODAY, 12);
    assert.deepEqual(deadline, { iso: '2026-09-13', words: 'Sunday 13 September 2026' });
    await fill(page, 'Pay by (date)', deadline.iso);
    await page.getByTestId('pay-by-days').filter({ hasText: 'That is 12 days from today.' }).waitFor();
    assert.equal(await page.getByTestId('offer').textContent(), '2% off is £96.00: you would receive £4,704.00 within 12 days.');
    assert.equal(await page.getByTestId('deadline').textContent(), `The offer is open until ${deadline.words}.`);
    await page.getByTestId('write-offer').click();
    const body = page.getByTestId('preview-body');
    await body.filter({ hasText: '£4,704.00' }).waitFor();
    assert.ok((await body.textContent()).includes(dayMonthYear(deadline.iso)), 'the composer quotes the chosen date');
    assert.ok(!(await body.textContent()).includes(dayMonthYear(dayFrom(TODAY, 7).iso)), 'not the default 7 days');
    await check();
  });

  test('a deadline date in the past, or not before the normal terms end, is refused at the field', async () => {
    const { page, check } = await openApp('#/discount', { today: TODAY });
    await withInvoice(page);
    await (await reveal(page.getByLabel('a date', { exact: true }))).check();
    // Before a date is typed, the results say what is missing (the empty field is not
    // highlighted yet, so "check the highlighted fields" would point at nothing).
    await page.getByText('please enter the last day the client can pay and still get the discount').waitFor();
    assert.equal(await page.getByText('Please check the highlighted fields').count(), 0);
    await fill(page, 'Pay by (date)', dayFrom(TODAY, -1).iso);
    const error = page.locator('#pay-by-date-error');
    await error.filter({ hasText: 'This date has already passed' }).waitFor();
    await page.getByText('Please check the highlighted fields').waitFor();
    await fill(page, 'Pay by (date)', dayFrom(TODAY, 30).iso);
    await error.filter({ hasText: 'Please choose a date before' }).waitFor();
    assert.equal(await error.textContent(), `Please choose a date before ${dayFrom(TODAY, 30).words}, when your normal terms `
      + 'of 30 days end: paying on or after that day is not early, so there would be nothing to reward.');
    await fill(page, 'Pay by (date)', dayFrom(TODAY, 29).iso);
    await page.getByTestId('pay-by-days').filter({ hasText: 'That is 29 days from today.' }).waitFor();
    assert.equal(await error.textContent(), '');
    assert.doesNotMatch(await page.locator('main').textContent(), /NaN|Infinity|undefined/);
    await check();
  });

  test('"compute it" is the default: the claim under the law in force, its breakdown, and what it adds to waiting', async () => {
    const { page, check } = await openApp('#/discount');
    await fill(page, 'Amount due', '10,000');
    // Due on 1 October 2026 and still unpaid: late whatever day the suite runs, with the UK
    // rate fixed for the life of the debt (Bank Rate on 30 June 2026, 3.75 %, + 8 points).
    await fill(page, 'Due date', '2026-10-01');
    const late = daysBetween('2026-10-01', localDay());
    const expected = localDay(60);
    const days = late + 60; // the days late today, and the 60 until the expected payment
    assert.equal(daysBetween('2026-10-01', expected), days);
    const interest = ukClaim(1_000_000n, days);
    const claim = interest + 10_000n; // £100 from £10,000
    assert.ok(await page.getByLabel('compute it', { exact: true }).isChecked(), 'worked out by default');
    const automatic = 'United Kingdom: Late Payment of Commercial Debts (Interest) Act 1998 (follows the currency and the message language)';
    assert.equal(await page.locator('#discount-law option:checked').textContent(), automatic);
    // The claim is worked out under "What chasing costs", whose summary says how.
    const costs = page.locator('details[data-section=discount-costs] > summary');
    assert.match(await costs.innerText(), /Statutory interest and compensation: compute it/);
    await costs.click();
    const computed = page.getByTestId('statutory-computed');
    await computed.filter({ hasText: 'fixed compensation £100.00' }).waitFor();
    assert.equal(await computed.textContent(),
      `United Kingdom: Late Payment of Commercial Debts (Interest) Act 1998: 11.75% a year for ${days} days, `
      + `from the due date to the expected payment on ${longDate(expected)}, on £10,000.00: `
      + `interest ${money(interest)} and fixed compensation £100.00. Counted in the analysis: ${money(claim)}.`);
    // The same claim line by line: one period (UK: one rate for the whole delay).
    await page.locator('[data-view=discount] details.claim summary').click();
    const rows = await page.getByTestId('discount-claim').locator('tbody tr, tfoot tr')
      .evaluateAll((trs) => trs.map((r) => [...r.children].map((c) => c.textContent)));
    assert.deepEqual(rows, [
      [longDate('2026-10-02'), longDate(expected), String(days), pct(375n), '8', pct(1175n), money(interest)],
      ['Statutory interest', money(interest)], ['Fixed compensation', '£100.00'], ['Total claim', money(claim)],
    ]);
    // Already late: the discount buys payment now instead of in 60 days, so its cost is
    // annualised over 60 − 7 = 53 days: 2/98 × 365/53 = 14.05 % (14.93 % compounded).
    // The note is one click away (a disclosure button).
    const lateMore = page.getByRole('button', { name: 'The invoice is late: what that changes' });
    assert.equal(await lateMore.getAttribute('aria-expanded'), 'false');
    assert.equal(await page.getByTestId('late-note').isVisible(), false, 'the note starts folded');
    await page.emulateMedia({ media: 'print' });
    assert.ok(await page.getByTestId('late-note').isVisible(), 'printed open');
    await page.emulateMedia({ media: 'screen' });
    await lateMore.click();
    await page.getByTestId('late-note').waitFor();
    assert.equal(await lateMore.getAttribute('aria-expanded'), 'true');
    assert.equal(await page.getByTestId('late-note').textContent(),
      ` The invoice is already ${late} days late, so the normal terms are past: the discount’s yearly cost is measured from today to the payment you expect in 60 days.`);
    assert.equal(await page.getByTestId('annualised').textContent(),
      'Equivalent to borrowing at 14.05% a year (14.93% compounded). That is dearer than your 8% cost of capital.'
      + (await page.getByTestId('late-note').textContent()));
    // The claim counts in the comparison (if paid, 90 %, in today's money).
    const withClaim = analysis(1_000_000n, claim);
    const row = page.locator('tr.breakdown', { hasText: 'Statutory interest and compensation, if paid' }).locator('td');
    assert.equal(await row.textContent(), money(withClaim.statutory));
    assert.equal(await page.getByTestId('waiting-value').textContent(), money(withClaim.waiting));
    assert.equal(await page.getByTestId('difference').textContent(), money(withClaim.difference));
    await page.getByText('Claiming is your choice').waitFor();
    // "none": nothing counted, waiting is worth that much less.
    await (await reveal(page.getByLabel('none', { exact: true }))).check();
    const without = analysis(1_000_000n, 0n);
    await page.getByTestId('waiting-value').filter({ hasText: money(without.waiting) }).waitFor();
    assert.equal(await row.textContent(), '£0.00');
    assert.equal(await page.getByTestId('difference').textContent(), money(without.difference));
    assert.equal(await computed.count(), 0);
    // One choice of law: chosen here, it is the timeline's.
    await (await reveal(page.getByLabel('compute it', { exact: true }))).check();
    await (await reveal(page.locator('#discount-law'))).selectOption('uk');
    await page.getByRole('link', { name: 'Reminder timeline' }).click();
    assert.equal(await page.locator('#law').inputValue(), 'uk');
    assert.equal(await page.getByTestId('law-in-force').textContent(), 'United Kingdom: Late Payment of Commercial Debts (Interest) Act 1998');
    await check();
  });

  test('the deadline date and the statutory choice survive a reload', async () => {
    const { page, check } = await openApp('#/discount');
    await fill(page, 'Amount due', '10,000');
    await fill(page, 'Due date', '2026-10-01');
    await (await reveal(page.getByLabel('a date', { exact: true }))).check();
    const deadline = localDay(5);
    await fill(page, 'Pay by (date)', deadline);
    await page.getByTestId('pay-by-days').filter({ hasText: 'That is 5 days from today.' }).waitFor();
    assert.equal(await page.getByTestId('deadline').textContent(), `The offer is open until ${longDate(deadline)}.`);
    // Already late, the bound is the expected payment (today + 60 days), not the terms.
    await fill(page, 'Pay by (date)', localDay(60));
    await page.locator('#pay-by-date-error').filter({
      hasText: `Please choose a date before ${longDate(localDay(60))}, when you expect to be paid anyway: `
        + 'paying on or after that day is not early, so there would be nothing to reward.',
    }).waitFor();
    await fill(page, 'Pay by (date)', deadline);
    await page.getByTestId('pay-by-days').filter({ hasText: 'That is 5 days from today.' }).waitFor();
    await (await reveal(page.locator('#discount-law'))).selectOption('uk');
    const days = daysBetween('2026-10-01', localDay(60));
    const interest = ukClaim(1_000_000n, days);
    const sentence = `United Kingdom: Late Payment of Commercial Debts (Interest) Act 1998: 11.75% a year for ${days} days, `
      + `from the due date to the expected payment on ${longDate(localDay(60))}, on £10,000.00: `
      + `interest ${money(interest)} and fixed compensation £100.00. Counted in the analysis: ${money(interest + 10_000n)}.`;
    await page.getByTestId('statutory-computed').filter({ hasText: sentence }).waitFor();
    await page.waitForFunction(() => (localStorage.getItem('tactful') ?? '').includes('"timeline.law":"uk"'));
    await page.reload();
    await page.locator('[data-testid=invoice-summary]').waitFor();
    assert.ok(await page.getByLabel('a date', { exact: true }).isChecked());
    assert.equal(await page.locator('#pay-by-date').inputValue(), deadline);
    assert.ok(await page.getByLabel('compute it', { exact: true }).isChecked());
    assert.equal(await page.locator('#discount-law').inputValue(), 'uk');
    await page.getByTestId('pay-by-days').filter({ hasText: 'That is 5 days from today.' }).waitFor();
    assert.equal(await page.getByTestId('statutory-computed').textContent(), sentence);
    assert.equal(await page.getByTestId('deadline').textContent(), `The offer is open until ${longDate(deadline)}.`);
    await check();
  });
});
