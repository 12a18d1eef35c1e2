// End-to-end: every flow works with the keyboard alone. No clicks and no `fill()`: focus
// moves with Tab (and Shift+Tab), buttons and links are pressed with Enter or Space,
// radio groups change with the arrow keys, and text is typed key by key.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, useBrowser } from './harness.mjs';

useBrowser();

/** Presses Tab until the focused element matches `selector`; fails after `max` presses. */
async function tabTo(page, selector, max = 250) {
  for (let i = 0; i < max; i += 1) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${selector}`);
}

async function typeInto(page, selector, text) {
  await tabTo(page, selector);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

const focused = (page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent?.trim());

describe('keyboard only', () => {
  test('enter an invoice and build an instalment plan', async () => {
    const { page, check } = await openApp('#/plan');
    await typeInto(page, '#amount', '1,200');
    await typeInto(page, '#due-date', '01012030');
    // The order of a date field's parts follows the browser's own language (month first in
    // Chromium's default en-US), not the page's: a day equal to its month reads the same
    // either way.
    await typeInto(page, '#plan-first-due', '06062030');
    assert.equal(await page.locator('#plan-first-due').inputValue(), '2030-06-06');
    await page.getByTestId('plan-schedule').waitFor();
    // £1,200 in the default three monthly instalments from Thursday 6 June 2030; 6 July is a
    // Saturday, paid on the Monday.
    const cells = (n) => page.getByTestId('plan-schedule').locator(`tbody tr td:nth-of-type(${n})`).allTextContents();
    assert.deepEqual(await cells(2), ['£400.00', '£400.00', '£400.00', '£1,200.00']);
    assert.deepEqual(await cells(1), ['Thursday 6 June 2030', 'Monday 8 July 2030 (moved from Saturday 6 July 2030)',
      'Tuesday 6 August 2030', '']);
    await check();
  });

  test('switch tools from the tab bar and change a radio choice with the arrow keys', async () => {
    const { page, check } = await openApp('#/plan');
    await typeInto(page, '#amount', '4,800');
    await typeInto(page, '#due-date', '01012030');
    await tabTo(page, '#tab-discount');
    await page.keyboard.press('Enter');
    await page.locator('[data-view=discount] #tool-title').waitFor(); // the tool, not its placeholder
    await tabTo(page, 'input[type=radio][name=offer-kind]:checked');
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.locator('input[name=offer-kind]:checked').evaluate((e) => e.labels[0].textContent.trim()), 'an amount');
    await check();
  });

  test('write a reminder from the timeline and copy it', async () => {
    const { page, check } = await openApp('#/timeline', { contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] } });
    await typeInto(page, '#amount', '4,800');
    // The invoice number is under "More about the invoice": Enter on its summary opens it.
    await tabTo(page, 'details[data-section=invoice-more] > summary');
    await page.keyboard.press('Enter');
    await typeInto(page, '#invoice-number', 'INV-9');
    await typeInto(page, '#due-date', '01012020');
    await tabTo(page, '[data-action=final-notice] a');
    await page.keyboard.press('Enter');
    await page.locator('[data-view=message] #tool-title').waitFor(); // the tool, not its placeholder
    for (let i = 0; i < 250 && (await focused(page)) !== 'Copy both'; i += 1) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Copied.' }).waitFor();
    assert.match(await page.evaluate(() => navigator.clipboard.readText()), /INV-9/);
    await check();
  });

  test('cases: new, and delete with the confirmation, by keyboard', async () => {
    const { page, check } = await openApp('#/plan');
    await typeInto(page, '#client-business', 'Acme Ltd');
    for (let i = 0; i < 250 && (await focused(page)) !== 'New case'; i += 1) await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('#client-business').inputValue(), '');
    await tabTo(page, '#case-select');
    assert.equal(await page.locator('#case-select option').count(), 2);
    for (let i = 0; i < 50 && (await focused(page)) !== 'Delete…'; i += 1) await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await tabTo(page, '[data-testid=confirm-delete]', 20);
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('#case-select option').count(), 1);
    assert.equal(await page.locator('#client-business').inputValue(), 'Acme Ltd');
    await check();
  });
});
