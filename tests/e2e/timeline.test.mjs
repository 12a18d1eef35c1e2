// End-to-end: the escalation timeline.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fill, openApp, useBrowser } from './harness.mjs';

useBrowser();

// A due date 20 days ago, so the invoice is overdue whatever day the test runs.
function isoDaysAgo(days) {
  const d = new Date();
  d.setDate(d.getDate() - days);
  return d.toISOString().slice(0, 10);
}

describe('escalation timeline', () => {
  test('a preset gives dated steps and says where the invoice stands today', async () => {
    const { page, check } = await openApp('#/timeline');
    await page.getByText('Enter the invoice amount, currency and due date above to see the dated steps.').waitFor();
    await fill(page, 'Amount due', '4,800');
    await fill(page, 'Due date', isoDaysAgo(20));
    const today = page.getByTestId('timeline-today');
    await today.filter({ hasText: 'Today: day 20 overdue.' }).waitFor();
    const steps = page.getByTestId('timeline-steps').locator('li');
    assert.equal(await steps.count(), 7, 'Standard has seven steps');
    assert.equal(await steps.first().getAttribute('data-action'), 'pre-due-reminder');
    await page.getByLabel('Gentle — a long, valued relationship').check();
    await page.getByTestId('timeline-steps').locator('li').nth(5).waitFor();
    assert.equal(await page.getByTestId('timeline-steps').locator('li').count(), 6, 'Gentle has six steps');
    await check();
  });

  test('a promise to pay moves the ladder and adds a confirmation', async () => {
    const { page, check } = await openApp('#/timeline');
    await fill(page, 'Amount due', '4,800');
    await fill(page, 'Due date', isoDaysAgo(20));
    const before = await page.getByTestId('timeline-steps').textContent();
    const promise = new Date();
    promise.setDate(promise.getDate() + 10);
    await fill(page, 'Client promised to pay by', promise.toISOString().slice(0, 10));
    await page.locator('[data-action=promise-confirmation]').waitFor();
    await page.locator('[data-action=promise-missed]').waitFor();
    assert.notEqual(await page.getByTestId('timeline-steps').textContent(), before);
    await check();
  });

  test('payment ends the ladder with a thank-you', async () => {
    const { page, check } = await openApp('#/timeline');
    await fill(page, 'Amount due', '4,800');
    await fill(page, 'Due date', isoDaysAgo(20));
    await fill(page, 'Paid on', isoDaysAgo(1));
    await page.locator('[data-action=thank-you]').waitFor();
    await page.getByTestId('timeline-today').filter({ hasText: 'Paid' }).waitFor();
    await check();
  });

  test('statutory interest figures appear per step when asked for', async () => {
    const { page, check } = await openApp('#/timeline');
    await fill(page, 'Amount due', '4,800');
    await fill(page, 'Due date', isoDaysAgo(20));
    await page.getByLabel('UK (Late Payment of Commercial Debts Act 1998)').check();
    await fill(page, 'Reference rate (%)', '3.75');
    await page.locator('.step-accrual').first().filter({ hasText: 'Statutory interest by then' }).waitFor();
    await fill(page, 'Reference rate (%)', 'abc');
    await page.locator('#rate-override-error').filter({ hasText: "doesn't look like a number" }).waitFor();
    await check();
  });

  test('the calendar export is valid iCalendar', async () => {
    const { page, check } = await openApp('#/timeline');
    await fill(page, 'Amount due', '4,800');
    await fill(page, 'Invoice number', 'INV-7');
    await fill(page, 'Due date', isoDaysAgo(20));
    await page.getByTestId('timeline-steps').locator('li').first().waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download calendar (.ics)' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'tactful-reminders.ics');
    const ics = await readFile(await download.path(), 'utf8');
    assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
    assert.match(ics, /END:VCALENDAR\r\n$/);
    const lines = ics.split('\r\n');
    assert.ok(lines.every((l) => Buffer.byteLength(l) <= 75), 'lines folded at 75 octets');
    assert.ok(!/[^\r]\n/.test(ics), 'every line ends with CRLF');
    const events = ics.split('BEGIN:VEVENT').length - 1;
    assert.equal(events, 7);
    assert.equal((ics.match(/^UID:/gm) ?? []).length, events);
    assert.equal((ics.match(/^DTSTAMP:\d{8}T\d{6}Z/gm) ?? []).length, events);
    assert.match(ics, /^SUMMARY:Final notice \(letter\): INV-7\r$/m);
    await check();
  });

  test('the calendar speaks the interface language', async () => {
    const { page, check } = await openApp('#/timeline');
    await fill(page, 'Amount due', '4,800');
    await fill(page, 'Invoice number', 'INV-7');
    await fill(page, 'Due date', isoDaysAgo(20));
    await page.getByLabel('Language', { exact: true }).selectOption('de');
    await page.getByTestId('timeline-steps').locator('li').first().waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Kalender herunterladen (.ics)' }).click(),
    ]);
    const ics = await readFile(await download.path(), 'utf8');
    const unfolded = ics.replace(/\r\n[ \t]/g, '');
    assert.match(unfolded, /^SUMMARY:Letzte Zahlungsaufforderung \(Brief\): INV-7\r$/m);
    assert.doesNotMatch(unfolded, /^SUMMARY:Final notice/m);
    await check();
  });
});
