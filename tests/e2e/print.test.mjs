// End-to-end: every view prints its results on white paper, without forms, buttons, tabs
// or the saved-cases strip, in the dark theme too.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fill, openApp, useBrowser, reveal } from './harness.mjs';
import { money, simpleInterest } from './figures.mjs';

useBrowser();

const views = [
  ['#/plan', '[data-view=plan] table'],
  ['#/discount', '[data-view=discount] .results'],
  ['#/timeline', '[data-testid=timeline-steps]'],
  ['#/message', '[data-testid=preview]'],
];

describe('print', () => {
  for (const [hash, results] of views) {
    test(`${hash} prints its results only`, async () => {
      const { page, check } = await openApp(hash);
      await fill(page, 'Amount due', '4,800');
      await fill(page, 'Invoice number', 'INV-3');
      await fill(page, 'Due date', '2030-01-01');
      if (hash === '#/plan') await fill(page, 'First instalment due on', '2030-02-01');
      await (await reveal(page.getByLabel('Colours', { exact: true }))).selectOption('dark');
      await page.locator(results).first().waitFor();
      await page.emulateMedia({ media: 'print' });
      for (const hidden of ['.tabs', '.tool-form', '.actions', '.cases-panel', '.invoice-panel', '.prefs']) {
        const shown = await page.locator(hidden).evaluateAll((els) => els.some((e) => getComputedStyle(e).display !== 'none'));
        assert.equal(shown, false, `${hidden} is hidden in print`);
      }
      assert.ok(await page.locator(results).first().isVisible(), 'results are printed');
      const colours = await page.evaluate(() => [getComputedStyle(document.body).color, getComputedStyle(document.body).backgroundColor]);
      assert.deepEqual(colours, ['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
      await check();
    });
  }

  test('#/timeline prints a one-page summary: context, today, the dated steps with their figures', async () => {
    // On the due date, Monday 6 January 2025: every step after it is still to come.
    const { page, check } = await openApp('#/timeline', { today: '2025-01-06' });
    await fill(page, 'Amount due', '4,800');
    await fill(page, 'Invoice number', 'INV-3');
    await fill(page, 'Due date', '2025-01-06');
    await (await reveal(page.locator('#law'))).selectOption('uk');
    await fill(page, 'Reference rate (%)', '4');
    await (await reveal(page.locator('#customise-policy'))).click();
    await page.locator('[data-testid=timeline-steps] .step-accrual').first().waitFor();
    // The button prints (window.print, stubbed here so the test does not block).
    await page.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });
    await page.getByRole('button', { name: 'Print summary' }).click();
    assert.equal(await page.evaluate(() => window.__printed), 1);
    // The printable width of A4 with 12 mm margins, at 96 px per inch.
    await page.setViewportSize({ width: Math.round((210 - 24) / 25.4 * 96), height: 1000 });
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['[data-testid=stage-editor]', '.step-link', '.step-log', '.actions', '.tool-form']) {
      const shown = await page.locator(hidden).evaluateAll((els) => els.some((e) => e.checkVisibility()));
      assert.equal(shown, false, `${hidden} is not printed`);
    }
    for (const shown of ['[data-testid=invoice-summary]', '[data-testid=timeline-today]', '[data-testid=timeline-chart]', '[data-testid=statutory-rate]']) {
      assert.ok(await page.locator(shown).isVisible(), `${shown} is printed`);
    }
    const steps = page.locator('[data-testid=timeline-steps] > li');
    assert.equal(await steps.count(), 7);
    const last = await steps.last().innerText();
    // Day 75 is Saturday 22 March 2025, moved to Monday 24 March: day 77. Interest by then at
    // 4 % + 8 points: 4,800 × 12 % × 77 / 365 = 121.512… → £121.51; £70 compensation.
    assert.equal(simpleInterest(480_000n, 1200n, 77), 12_151n);
    // The day and its status; what is sent; the facts of the day in one line.
    assert.deepEqual(last.split(/\n+/), [
      'Monday 24 March 2025 upcoming',
      'Legal review (internal) — letter, final',
      `day 77 overdue · moved to the next business day · Statutory interest by then: ${money(12_151n)}; compensation £70.00.`,
    ]);
    // One A4 page: the printed content fits 297 mm less the margins (at 96 px per inch).
    await page.setViewportSize({ width: Math.round((210 - 24) / 25.4 * 96), height: 100 });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    assert.ok(height <= Math.round((297 - 24) / 25.4 * 96), `fits one page (${height}px)`);
    await check();
  });
});

