// End-to-end: the app shell against the built dist/, in Debian chromium.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { fill, openApp, useBrowser, reveal } from './harness.mjs';

useBrowser();

const VIEWS = [
  { hash: '#/plan', heading: 'Instalment plan' },
  { hash: '#/discount', heading: 'Early-settlement discount' },
  { hash: '#/timeline', heading: 'Reminder timeline' },
  { hash: '#/message', heading: 'Reminder text' },
];
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

describe('app shell', () => {
  test('the loading box is replaced by the app', async () => {
    const { page, check } = await openApp();
    assert.equal(await page.locator('#boot').count(), 0);
    assert.match(await page.title(), /Tactful/);
    await check();
  });

  for (const view of VIEWS) {
    test(`${view.hash} renders its tool and passes axe (WCAG 2.2 AA)`, async () => {
      const { page, check } = await openApp(view.hash);
      await page.getByRole('heading', { level: 2, name: view.heading }).waitFor();
      const current = page.locator('nav.tabs a[aria-current=page]');
      assert.equal(await current.textContent(), view.heading);
      // Fill the invoice so the view shows its derived content, then audit it.
      await fill(page, 'Amount due', '4,800');
      await fill(page, 'Due date', '2026-10-01');
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.help}`), []);
      await check();
    });
  }

  test('the tab bar switches views through the URL fragment', async () => {
    const { page, check } = await openApp('#/plan');
    await page.getByRole('link', { name: 'Reminder timeline' }).click();
    await page.locator('[data-view=timeline] #tool-title').waitFor(); // the tool, not its placeholder
    assert.match(page.url(), /#\/timeline$/);
    await page.goBack();
    await page.locator('[data-view=plan] #tool-title').waitFor(); // the tool, not its placeholder
    await check();
  });

  test('typing in the invoice panel updates what depends on it, on every view', async () => {
    const { page, check } = await openApp('#/discount');
    const summary = page.locator('[data-testid=invoice-summary]');
    assert.match(await summary.textContent(), /Enter the amount/);
    await fill(page, "Client's business name", 'Acme Ltd');
    await fill(page, 'Invoice number', 'INV-042');
    await fill(page, 'Amount due', '4,800');
    await fill(page, 'Due date', '2020-03-02');
    await assert.doesNotReject(summary.filter({ hasText: '£4,800.00 from Acme Ltd (INV-042) was due on Monday 2 March 2020' }).waitFor());
    await (await reveal(page.locator('#currency'))).selectOption('JPY');
    await summary.filter({ hasText: '¥4,800 from Acme Ltd' }).waitFor();
    await page.getByRole('link', { name: 'Reminder text' }).click();
    await page.locator('[data-view=message] [data-testid=invoice-summary]').filter({ hasText: '¥4,800' }).waitFor();
    await check();
  });

  test('bad input gets a plain-words message next to its field', async () => {
    const { page, check } = await openApp();
    await fill(page, 'Amount due', '12.345');
    const error = page.locator('#amount-error');
    await error.filter({ hasText: 'at most 2 decimal places' }).waitFor();
    assert.equal(await page.locator('#amount').getAttribute('aria-invalid'), 'true');
    await fill(page, 'Payment link', 'javascript:alert(1)');
    await page.locator('#payment-link-error').filter({ hasText: 'https://' }).waitFor();
    await fill(page, 'Amount due', '12.34');
    // Cleared: the line is empty (and takes no room).
    await error.filter({ hasText: /^$/ }).waitFor({ state: 'attached' });
    assert.equal(await page.locator('#amount').getAttribute('aria-invalid'), 'false');
    await check();
  });

  test('the layout fits a 360 px wide screen without sideways scrolling', async () => {
    const { page, check } = await openApp('#/plan', { contextOptions: { viewport: { width: 360, height: 740 } } });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
    await check();
  });
});
