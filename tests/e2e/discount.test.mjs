// End-to-end: the early-settlement discount analyzer.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fill, openApp, useBrowser } from './harness.mjs';

useBrowser();

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
});
