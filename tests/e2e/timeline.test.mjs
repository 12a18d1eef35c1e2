// End-to-end: the escalation timeline.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { fill, localDay, openApp, useBrowser } from './harness.mjs';

useBrowser();

// A date `days` ago in the local calendar (the app's today).
const isoDaysAgo = (days) => localDay(-days);

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const rows = (page) => page.locator('[data-testid=stage-editor] > li');
const rowMessage = (page, n) => rows(page).nth(n).locator('[id$=-message]');
const offsets = (page) => rows(page).locator('[id$=-offset]').evaluateAll((els) => els.map((e) => e.value));
const until = (page, fn, arg) => page.waitForFunction(fn, arg, { timeout: 5000 });
const focused = (page, id) => until(page, (want) => document.activeElement?.id === want, id);
const actionsAre = (page, want) => until(page, (w) => {
  const got = [...document.querySelectorAll('[data-testid=stage-editor] > li [id$=-action]')].map((e) => e.selectedOptions[0].textContent);
  return JSON.stringify(got.slice(5)) === JSON.stringify(w);
}, want);
const actions = (page) => rows(page).locator('[id$=-action]').evaluateAll((els) => els.map((e) => e.selectedOptions[0].textContent));

async function download(page, button = 'Download calendar (.ics)') {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return readFile(await file.path(), 'utf8');
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
    await fill(page, 'Client promised to pay by', localDay(10));
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
    // Nothing is logged as sent: the two steps already missed (the pre-due reminder, the
    // first reminder) are passed over, so five of the seven steps are in the calendar.
    const events = ics.split('BEGIN:VEVENT').length - 1;
    assert.equal(events, 5);
    assert.equal((ics.match(/^UID:/gm) ?? []).length, events);
    assert.equal((ics.match(/^DTSTAMP:\d{8}T\d{6}Z/gm) ?? []).length, events);
    assert.match(ics, /^SUMMARY:Final notice \(letter\): INV-7\r$/m);
    await check();
  });

  test('the calendar speaks the interface language, in the same words as the API', async () => {
    const { page, check, origin } = await openApp('#/timeline');
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
    assert.match(unfolded, /^DESCRIPTION:[^\r]*\\n\d+ Tage überfällig/m);
    // One engine function writes both: the JavaScript API's timelineCalendar, given the same
    // invoice, policy and DTSTAMP, returns the very same file.
    const [, y, mo, d, h, mi, se] = ics.match(/^DTSTAMP:(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z\r$/m);
    const input = {
      policy: { preset: 'standard', calendar: 'gb-eaw' }, due_date: isoDaysAgo(20), amount: '4800', currency: 'GBP',
      invoice_label: 'INV-7', lang: 'de', dtstamp: `${y}-${mo}-${d}T${h}:${mi}:${se}Z`,
    };
    const fromApi = await page.evaluate(`(async () => {
      const api = await import(${JSON.stringify(`${origin}/api/tactful_api.js`)});
      await api.default();
      const now = new Date();
      const today = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
      return api.timelineCalendar({ ...${JSON.stringify(input)}, today });
    })()`);
    assert.equal(fromApi, ics);
    await check();
  });

  test('a customised preset: edit, warn, refuse, reorder, remove, add, and keep it after a reload', async () => {
    const { page, check } = await openApp('#/timeline');
    await fill(page, 'Amount due', '4,800');
    await fill(page, 'Due date', isoDaysAgo(20));
    await page.getByRole('button', { name: 'Customise this plan' }).click();
    assert.equal(await rows(page).count(), 7, 'a copy of Standard');
    assert.deepEqual(await offsets(page), ['-3', '1', '7', '14', '30', '45', '75']);
    await focused(page, 'stage-0-offset');
    // Plain calendar days, so the gaps below do not depend on the weekday the test runs.
    await page.getByLabel('Move steps that fall on a weekend or public holiday to the next business day').uncheck();

    // Edit: the second follow-up two days before the call is a warning, not an error.
    await page.locator('#stage-2-offset').fill('12');
    await rowMessage(page, 3).filter({ hasText: 'Two steps are only 2 days apart' }).waitFor();
    assert.equal(await rowMessage(page, 3).getAttribute('class'), 'field-warning');
    assert.equal(await page.getByTestId('timeline-steps').locator('li').count(), 7, 'a warning does not stop the ladder');

    // Two steps on one day: an error at the later one.
    await page.locator('#stage-2-offset').fill('14');
    await rowMessage(page, 3).filter({ hasText: 'same day as step 3' }).waitFor();
    await page.getByText('Please check the highlighted fields to see the dated steps.').waitFor();
    await page.locator('#stage-2-offset').fill('12');

    // Offsets outside -90..365, and text that is not a number.
    await page.locator('#stage-6-offset').fill('400');
    await rowMessage(page, 6).filter({ hasText: 'Please choose a day from -90 to 365 days from the due date.' }).waitFor();
    assert.equal(await page.locator('#stage-6-offset').getAttribute('aria-invalid'), 'true');
    await page.locator('#stage-6-offset').fill('soon');
    await rowMessage(page, 6).filter({ hasText: 'whole number of days' }).waitFor();
    await page.locator('#stage-6-offset').fill('75');

    // A legal step before any final notice is refused at the step.
    await page.locator('#stage-4-action').selectOption({ label: 'Legal review (internal)' });
    await rowMessage(page, 4).filter({ hasText: 'An agency or legal step needs a final notice before it.' }).waitFor();
    assert.equal(await rowMessage(page, 4).getAttribute('class'), 'field-error');
    await page.locator('#stage-4-action').selectOption({ label: 'Final notice' });
    await until(page, () => document.querySelectorAll('[data-testid=stage-editor] > li')[4].querySelector('[id$=-message]').textContent === '');

    // Reorder with the keyboard-reachable buttons; focus stays on the button pressed.
    await page.getByRole('button', { name: 'Move up: step 7' }).click();
    await actionsAre(page, ['Legal review (internal)', 'Referral to a collection agency']);
    await focused(page, 'stage-6-up');
    await rowMessage(page, 6).filter({ hasText: 'comes before the one above it' }).waitFor();
    await page.keyboard.press('Tab'); // to "Move down", then Enter moves it back
    await focused(page, 'stage-6-down');
    await page.keyboard.press('Enter');
    await actionsAre(page, ['Referral to a collection agency', 'Legal review (internal)']);
    await page.getByTestId('timeline-steps').waitFor();

    // Remove the pre-due reminder, add a step at the end and make it a text message.
    await page.getByRole('button', { name: 'Remove: step 1' }).click();
    await until(page, () => document.querySelectorAll('[data-testid=stage-editor] > li').length === 6);
    await focused(page, 'stage-add');
    await page.getByRole('button', { name: 'Add a step' }).click();
    await until(page, () => document.querySelectorAll('[data-testid=stage-editor] > li').length === 7);
    assert.equal((await offsets(page))[6], '82');
    await rows(page).nth(6).locator('[id$=-channel]').selectOption({ label: 'text message' });
    const steps = page.getByTestId('timeline-steps').locator('li');
    await steps.last().filter({ hasText: 'text message' }).waitFor();
    assert.equal(await steps.count(), 7);
    assert.equal(await steps.first().getAttribute('data-action'), 'friendly-overdue');

    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.help}`), []);

    await page.reload();
    await page.locator('[data-testid=invoice-summary]').waitFor();
    assert.deepEqual(await offsets(page), ['1', '12', '14', '30', '45', '75', '82']);
    assert.equal(await rows(page).nth(6).locator('[id$=-channel] option:checked').textContent(), 'text message');
    assert.equal(await page.getByLabel('Move steps that fall on a weekend or public holiday to the next business day').isChecked(), false);
    await page.getByTestId('timeline-steps').locator('li').last().filter({ hasText: 'text message' }).waitFor();
    // Back to the presets: the ready-made ladder again.
    await page.getByRole('button', { name: 'Back to the ready-made plans' }).click();
    await page.getByTestId('timeline-steps').locator('li[data-action=pre-due-reminder]').waitFor();
    await focused(page, 'customise-policy');
    await check();
  });

  test('the reminders can follow a payment plan built in the plan tool', async () => {
    const { page, check } = await openApp('#/timeline');
    await fill(page, 'Amount due', '1,200');
    await fill(page, 'Due date', isoDaysAgo(20));
    await page.getByText('Once the instalment plan tool has a valid plan').waitFor();
    await page.getByRole('link', { name: 'Instalment plan' }).click();
    await fill(page, 'First instalment due on', isoDaysAgo(-10));
    await page.locator('[data-view=plan] table').first().waitFor();
    await page.getByRole('link', { name: 'Reminder timeline' }).click();
    await page.getByLabel('Follow the payment plan').check();
    const steps = page.getByTestId('timeline-steps').locator('li');
    await page.getByText('Following the payment plan:').waitFor();
    await until(page, () => document.querySelectorAll('[data-testid=timeline-steps] > li').length === 6);
    assert.equal(await page.locator('[data-testid=timeline-steps] [data-action=installment-due-soon]').count(), 3);
    assert.equal(await page.locator('[data-testid=timeline-steps] [data-action=installment-missed]').count(), 3);
    // A promise makes no sense with a plan: said at the field.
    await fill(page, 'Client promised to pay by', isoDaysAgo(-5));
    await page.locator('#promise-date-error').filter({ hasText: 'promises and disputes are not used' }).waitFor();
    await fill(page, 'Client promised to pay by', '');
    await page.getByLabel('Follow the payment plan').uncheck();
    await page.locator('[data-testid=timeline-steps] [data-action=final-notice]').waitFor();
    await check();
  });

  test('the ladder picture has a text alternative and marks today and the current step', async () => {
    const { page, check } = await openApp('#/timeline');
    await fill(page, 'Amount due', '4,800');
    await fill(page, 'Due date', isoDaysAgo(20));
    const chart = page.getByTestId('timeline-chart');
    await chart.waitFor();
    assert.equal(await chart.getAttribute('role'), 'img');
    const labelled = await chart.getAttribute('aria-labelledby');
    const name = await page.evaluate((ids) => ids.split(' ').map((id) => document.getElementById(id).textContent).join(' '), labelled);
    assert.match(name, /^The steps at a glance 7 steps from .+ to .+\. Today: day 20 overdue\./);
    assert.equal(await chart.locator('circle.ladder-dot').count(), 7);
    assert.equal(await chart.locator('circle.current').count(), 1);
    assert.equal(await chart.locator('circle.current').getAttribute('r'), '9');
    assert.equal(await chart.locator('line.ladder-today').count(), 1);
    await check();
  });

  test('the EU margin is at least 8 points and changes the rate shown', async () => {
    const { page, check } = await openApp('#/timeline');
    await fill(page, 'Amount due', '4,800');
    await page.locator('#currency').selectOption('EUR');
    await fill(page, 'Due date', isoDaysAgo(20));
    await page.getByLabel('EU (Late Payment Directive 2011/7/EU)').check();
    await fill(page, 'Reference rate (%)', '2');
    const rate = page.getByTestId('statutory-rate');
    await rate.filter({ hasText: 'Statutory interest rate: 10% a year (reference rate 2% + 8 points).' }).waitFor();
    const before = await page.locator('.step-accrual').last().textContent();
    await fill(page, 'Margin over the ECB rate (points)', '10.5');
    await rate.filter({ hasText: '12.5% a year (reference rate 2% + 10.5 points)' }).waitFor();
    assert.notEqual(await page.locator('.step-accrual').last().textContent(), before, 'the accrual follows the margin');
    for (const bad of ['7', '25']) {
      await fill(page, 'Margin over the ECB rate (points)', bad);
      await page.locator('#eu-margin-error').filter({ hasText: 'Please enter a margin from 8 to 20 points.' }).waitFor();
    }
    await fill(page, 'Margin over the ECB rate (points)', 'lots');
    await page.locator('#eu-margin-error').filter({ hasText: "doesn't look like a number" }).waitFor();
    // The UK margin is fixed by law: no field.
    await page.getByLabel('UK (Late Payment of Commercial Debts Act 1998)').check();
    assert.equal(await page.locator('#eu-margin').count(), 0);
    await check();
  });

  test('a statutory figure that is not a number is left out of the message, and the composer says so', async () => {
    const { page, check } = await openApp('#/timeline');
    await fill(page, 'Amount due', '4,800');
    await fill(page, 'Due date', isoDaysAgo(20));
    await page.getByLabel('UK (Late Payment of Commercial Debts Act 1998)').check();
    await fill(page, 'Reference rate (%)', '3.75');
    await page.goto(new URL('#/message', page.url()).href);
    await page.locator('#template').selectOption('statutory-interest-notice');
    const body = page.getByTestId('preview-body');
    await body.filter({ hasText: '11.75%' }).waitFor();
    const note = page.getByTestId('statutory-left-out');
    assert.equal(await note.count(), 0, 'no note while the figures read');
    // Not a number: no statutory figures from a rate nobody typed, and the note says why.
    await page.goto(new URL('#/timeline', page.url()).href);
    await fill(page, 'Reference rate (%)', 'abc');
    await page.goto(new URL('#/message', page.url()).href);
    await note.filter({ hasText: 'the “Reference rate (%)” in the reminder timeline is not a number' }).waitFor();
    assert.doesNotMatch(await body.textContent(), /11\.75%|8\.\d+%/, 'no rate quoted');
    await note.getByRole('link', { name: 'Reminder timeline' }).click();
    await page.locator('#rate-override').waitFor();
    await fill(page, 'Reference rate (%)', '3.75');
    await page.goto(new URL('#/message', page.url()).href);
    await body.filter({ hasText: '11.75%' }).waitFor();
    assert.equal(await note.count(), 0, 'the note goes once the rate reads');
    await check();
  });

  test('the calendar export starts each event at the send time', async () => {
    const { page, check } = await openApp('#/timeline');
    await fill(page, 'Amount due', '4,800');
    await fill(page, 'Invoice number', 'INV-7');
    await fill(page, 'Due date', isoDaysAgo(20));
    await page.getByRole('button', { name: 'Customise this plan' }).click();
    await fill(page, 'Send at', '25:00');
    await page.locator('#send-time-error').filter({ hasText: '24-hour time such as 10:00' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Download calendar (.ics)' }).isDisabled(), true);
    await fill(page, 'Send at', '08:30');
    await page.getByTestId('timeline-steps').locator('li').first().waitFor();
    let ics = await download(page);
    assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
    assert.match(ics, /END:VCALENDAR\r\n$/);
    assert.ok(ics.split('\r\n').every((l) => Buffer.byteLength(l) <= 75), 'lines folded at 75 octets');
    assert.ok(!/[^\r]\n/.test(ics), 'every line ends with CRLF');
    const events = ics.split('BEGIN:VEVENT').length - 1;
    assert.equal(events, 5, 'the two missed steps are not in the calendar');
    assert.equal((ics.match(/^DTSTART:\d{8}T083000\r$/gm) ?? []).length, events, 'timed at 08:30, floating local time');
    assert.equal((ics.match(/^DURATION:PT30M\r$/gm) ?? []).length, events);
    assert.equal((ics.match(/^UID:/gm) ?? []).length, events);
    assert.equal((ics.match(/^DTSTAMP:\d{8}T\d{6}Z\r$/gm) ?? []).length, events);
    assert.equal((ics.match(/^TRIGGER:-P1D\r$/gm) ?? []).length, events);
    // No send time: all-day events.
    await fill(page, 'Send at', '');
    await page.getByTestId('timeline-steps').locator('li').first().waitFor();
    ics = await download(page);
    assert.equal((ics.match(/^DTSTART;VALUE=DATE:\d{8}\r$/gm) ?? []).length, 5);
    assert.equal((ics.match(/^DTEND;VALUE=DATE:\d{8}\r$/gm) ?? []).length, 5);
    await check();
  });
});

