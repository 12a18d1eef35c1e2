// End-to-end: tables that fit (issue #21, "Tables that fit"). Where a table's column is
// narrower than the table needs — a 390 px phone, or the results column beside the inputs
// on a 1280 px desktop — each row becomes a card of "label  value" lines (style.css), so no
// figure is off-screen and nothing scrolls sideways. Bounding boxes, not pixels.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { fill, openApp, useBrowser } from './harness.mjs';

useBrowser();

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SIZES = [{ width: 390, height: 844 }, { width: 1280, height: 900 }];

/** Every cell of `table`'s body rows: its text, column label and box. */
const cells = (table) => table.locator('tbody tr td').evaluateAll((tds) => tds.map((td) => {
  const box = td.getBoundingClientRect();
  return { text: td.textContent, label: td.dataset.label ?? null, left: box.left, right: box.right, width: box.width };
}));

/** What scrolls sideways: the page, and each table's region. */
const sideways = (page) => page.evaluate(() => ({
  page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  regions: [...document.querySelectorAll('.table-scroll')]
    .filter((r) => r.offsetParent !== null)
    .map((r) => r.scrollWidth - r.clientWidth),
}));

describe('tables that fit', () => {
  for (const viewport of SIZES) {
    test(`the payment schedule at ${viewport.width}×${viewport.height}: every row's date and amount inside the screen, nothing scrolls sideways`, async () => {
      const { page, check } = await openApp('#/plan', { contextOptions: { viewport } });
      await fill(page, 'Amount due', '4,800');
      await fill(page, 'Due date', '2026-10-22');
      await fill(page, 'Number of instalments', '6');
      await fill(page, 'First instalment due on', '2026-12-15');
      const schedule = page.getByTestId('plan-schedule');
      await schedule.filter({ hasText: 'Tuesday 15 December 2026' }).waitFor();
      const found = await cells(schedule);
      // 6 instalments and the total row, 3 cells each: the date, the amount and the balance
      // (without interest or fees the schedule leaves out principal, interest and fees).
      assert.equal(found.length, 7 * 3);
      const dates = found.filter((c) => c.label === 'Due date');
      const amounts = found.filter((c) => c.label === 'Amount');
      assert.deepEqual(dates.map((c) => c.text).slice(0, 3),
        ['Tuesday 15 December 2026', 'Friday 15 January 2027', 'Monday 15 February 2027']);
      assert.deepEqual(amounts.map((c) => c.text), [...Array(6).fill('£800.00'), '£4,800.00']);
      for (const cell of [...dates.slice(0, 6), ...amounts]) {
        assert.ok(cell.left >= 0 && cell.right <= viewport.width, `${cell.label} ${cell.text}: ${cell.left}–${cell.right} of ${viewport.width}`);
      }
      assert.deepEqual(await sideways(page), { page: 0, regions: [0] });
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.help}`), []);
      await check();
    });
  }

  test('the statutory claim at 390×844: each period a card with its labelled figures', async () => {
    const viewport = { width: 390, height: 844 };
    const { page, check } = await openApp('#/timeline', { contextOptions: { viewport }, today: '2026-10-30' });
    await fill(page, 'Amount due', '4,800');
    await fill(page, 'Due date', '2026-03-31');
    await page.getByTestId('timeline-claim-details').locator('summary').click();
    const claim = page.getByTestId('timeline-claim');
    await claim.locator('table').waitFor();
    const found = await cells(claim);
    assert.ok(found.length >= 7, 'one period at least');
    assert.deepEqual(found.slice(0, 7).map((c) => c.label),
      ['From', 'To', 'Days', 'Reference rate', 'Margin (points)', 'Rate a year', 'Interest']);
    for (const cell of found) {
      assert.ok(cell.left >= 0 && cell.right <= viewport.width, `${cell.label} ${cell.text}: ${cell.left}–${cell.right}`);
    }
    assert.equal((await sideways(page)).page, 0);
    await check();
  });
});
