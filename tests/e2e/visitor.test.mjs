// End-to-end: what a new visitor starts with, and that an embed offers only actions it can
// carry out. A German browser starts in euros with German holidays (region names in
// German); a duplicated case follows its invoice; an embed without the composer has no
// "write this message" action anywhere.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fill, localDay, openApp, useBrowser } from './harness.mjs';

useBrowser();

describe('defaults from the visitor', () => {
  test('a German browser starts in euros with German public holidays, named in German', async () => {
    const { page, check } = await openApp('#/plan', { contextOptions: { locale: 'de-DE' } });
    assert.equal(await page.locator('#currency').inputValue(), 'EUR');
    const region = page.locator('#plan-region');
    assert.equal(await region.inputValue(), 'de');
    assert.equal((await region.locator('option:checked').textContent()).trim(), 'Deutschland');
    await page.getByRole('link', { name: 'Erinnerungsplan' }).click();
    assert.equal(await page.locator('#holiday-region').inputValue(), 'de');
    // The law follows the currency and the language: Germany, shown by name.
    await fill(page, 'Fälliger Betrag', '12.500');
    await fill(page, 'Fälligkeitsdatum', localDay(-30));
    await page.getByTestId('law-in-force').filter({ hasText: 'Deutschland: §§ 286, 288 BGB' }).waitFor();
    await check();
  });

  test('an Irish English browser starts in euros with Irish holidays, in British English', async () => {
    const { page, check } = await openApp('#/plan', { contextOptions: { locale: 'en-IE' } });
    assert.equal(await page.locator('#currency').inputValue(), 'EUR');
    assert.equal(await page.locator('#plan-region').inputValue(), 'ie');
    await check();
  });

  test('a British browser keeps pounds and England and Wales', async () => {
    const { page, check } = await openApp('#/plan');
    assert.equal(await page.locator('#currency').inputValue(), 'GBP');
    assert.equal(await page.locator('#plan-region').inputValue(), 'gb-eaw');
    await check();
  });

  test("an embed's language and currency set the defaults", async () => {
    const { page, check } = await openApp('?embed=1&tools=plan&lang=nl&currency=EUR');
    assert.equal(await page.locator('#currency').inputValue(), 'EUR');
    assert.equal(await page.locator('#plan-region').inputValue(), 'nl');
    assert.equal((await page.locator('#plan-region option:checked').textContent()).trim(), 'Nederland');
    await check();
  });
});

describe('an embed offers only what it contains', () => {
  test('tools=plan,discount shows no action that leads to the composer', async () => {
    const { page, check } = await openApp('?embed=1&tools=plan,discount');
    await fill(page, 'Amount due', '4,800');
    await fill(page, 'Due date', localDay(-20));
    await fill(page, 'First instalment due on', localDay(10));
    await page.getByTestId('plan-schedule').waitFor();
    assert.equal(await page.locator('a[href="#/message"]').count(), 0);
    assert.equal(await page.getByTestId('propose-plan').count(), 0);
    await page.locator('#tab-discount').click();
    await page.getByTestId('waiting-value').waitFor();
    assert.equal(await page.getByTestId('write-offer').count(), 0);
    assert.equal(await page.locator('a[href="#/message"]').count(), 0);
    await check();
  });

  test('with the composer, the plan proposes itself in place', async () => {
    const { page, check } = await openApp('?embed=1&tools=plan,message');
    await fill(page, 'Amount due', '4,800');
    await fill(page, 'Due date', localDay(-20));
    await fill(page, 'First instalment due on', localDay(10));
    await page.getByTestId('propose-plan').click();
    assert.equal(await page.locator('#template').inputValue(), 'payment-plan-proposal');
    await check();
  });
});
