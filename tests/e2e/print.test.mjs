// End-to-end: every view prints its results on white paper, without forms, buttons, tabs
// or the saved-cases strip, in the dark theme too.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fill, openApp, useBrowser } from './harness.mjs';

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
      await page.getByLabel('Colours', { exact: true }).selectOption('dark');
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
});
