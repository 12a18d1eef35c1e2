// End-to-end (issue #19): the contact log and "What to send now". A late starter — £4,800
// due on Friday 30 October 2026, nothing sent by Monday 7 December (38 days late) — is told
// to send the overdue notice today; the composer opens on it and its copied text has no
// placeholder; once it is logged as sent, the next step is dated from it (a week later).
// The log survives a reload, an export and import, and a share link; replies and their
// problems are entered in a few clicks, each problem next to its field in plain words.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { fill, openApp, reveal, sectionsBuilt, useBrowser } from './harness.mjs';

useBrowser();

const TODAY = '2026-12-07'; // a Monday; no bank holiday in England and Wales nearby
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const clipboard = { permissions: ['clipboard-read', 'clipboard-write'] };

async function lateStarter(page) {
  await fill(page, 'Your business name', 'Northwind Design');
  await fill(page, "Client's business name", 'Acme Ltd');
  await fill(page, 'Client contact name', 'Sam Patel');
  await fill(page, 'Invoice number', 'INV-2041');
  await fill(page, 'Amount due', '4,800');
  await fill(page, 'Due date', '2026-10-30');
}

const panel = (page) => page.getByTestId('send-now');
const panelSays = async (page, step, why) => {
  await page.getByTestId('send-now-step').filter({ hasText: step }).waitFor();
  assert.equal(await page.getByTestId('send-now-step').textContent(), step);
  assert.equal(await page.getByTestId('send-now-why').textContent(), why);
};
// Each step of the dated list: its action, its date and its status.
const steps = (page) => page.locator('[data-testid=timeline-steps] > li').evaluateAll((lis) => lis.map((li) => [
  li.dataset.action, li.querySelector('.step-when strong').textContent, li.querySelector('.badge').textContent]));
// Each entry of the contact log as shown.
// The log is in a collapsed section, built when opened or in an idle moment (field.rs).
const entries = async (page) => {
  await sectionsBuilt(page);
  return page.locator('[data-testid=contact-log-list] > li .contact-what').allTextContents();
};
const stepButton = (page, action, name) => page.locator(`[data-testid=timeline-steps] > li[data-action=${action}]`)
  .getByRole('button', { name });
const storedLog = (page) => page.evaluate(() => {
  const saved = JSON.parse(localStorage.getItem('tactful'));
  return saved.cases.find((c) => c.id === saved.current).fields['timeline.contacts'];
});
const axe = async (page) => {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`), []);
};

// Standard, nothing sent, 38 days late on 7 December: the courtesy note (Tuesday
// 27 October) and the first reminder (Saturday 31 October, rolled to Monday 2 November)
// were not sent; the second follow-up is today; the rest keep the ladder's gaps from today
// (7, 16, 15 and 30 days), on business days: Saturday 13 February 2027 rolls to Monday 15.
const NOTHING_SENT = [
  ['pre-due-reminder', 'Tuesday 27 October 2026', 'not sent'],
  ['friendly-overdue', 'Monday 2 November 2026', 'not sent'],
  ['second-follow-up', 'Monday 7 December 2026', 'today'],
  ['firm-follow-up', 'Monday 14 December 2026', 'next'],
  ['final-notice', 'Wednesday 30 December 2026', 'upcoming'],
  ['agency-referral', 'Thursday 14 January 2027', 'upcoming'],
  ['legal-review', 'Monday 15 February 2027', 'upcoming'],
];

describe('what to send now, and the contact log', () => {
  test('a late starter sends the overdue notice today; logged as sent, the next step is a week later; a reload keeps it', async () => {
    const { page, check } = await openApp('#/timeline', { today: TODAY, contextOptions: clipboard });
    await lateStarter(page);
    await panelSays(page, 'To do today: Second follow-up, by email.',
      'Nothing has been sent yet and the invoice is 38 days overdue, so the first message is the one that fits how late it is; the earlier steps are passed over.');
    assert.equal(await page.getByTestId('contact-log-empty').textContent(),
      'Nothing sent yet: the steps start from how late the invoice is today.');
    assert.deepEqual(await steps(page), NOTHING_SENT);
    // Steps not sent show as not sent, and never as "next" in the past.
    await axe(page);

    // The one action opens the composer on that step's template and tone.
    await panel(page).getByRole('link', { name: 'Write this message' }).click();
    await page.locator('[data-view=message] #tool-title').waitFor(); // the tool, not its placeholder
    assert.equal(await page.locator('#template').inputValue(), 'second-follow-up');
    assert.equal(await page.getByRole('radio', { name: 'neutral' }).isChecked(), true);
    await page.getByTestId('composer-follows').waitFor();
    const subject = page.getByTestId('preview-subject');
    await subject.filter({ hasText: 'INV-2041' }).waitFor();
    // A first contact: worded as one (nothing was sent before), clear and courteous.
    assert.equal(await subject.textContent(), 'Payment reminder: invoice INV-2041');
    await page.getByRole('button', { name: 'Copy both' }).click();
    await page.getByRole('status').filter({ hasText: 'Copied.' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(copied, /^Payment reminder: invoice INV-2041\n\nDear Sam Patel,\n\n/);
    assert.ok(copied.includes('We are writing to you about invoice INV-2041 for £4,800.00, which was due on 30 October 2026.'), copied);
    assert.doesNotMatch(copied, /\{\{|\}\}|\{%|%\}/, 'no placeholder leaves the app');

    // Logged as sent today: the next step is dated from it, a week later, by the policy's gap.
    await page.getByRole('link', { name: 'Reminder timeline' }).click();
    await stepButton(page, 'second-follow-up', 'Second follow-up: sent today').click();
    await panelSays(page, 'Next: Firm follow-up, by phone call, on Monday 14 December 2026.',
      "Last message sent: Second follow-up, on Monday 7 December 2026. The invoice is still unpaid, so the next step follows at the plan's interval.");
    assert.deepEqual(await entries(page), ['Monday 7 December 2026 · Second follow-up, by email']);
    assert.deepEqual(await steps(page), [
      ...NOTHING_SENT.slice(0, 2),
      ['second-follow-up', 'Monday 7 December 2026', 'sent'],
      ...NOTHING_SENT.slice(3),
    ]);
    assert.equal(await stepButton(page, 'second-follow-up', /sent today/).count(), 0, 'a sent step is not logged twice');
    assert.equal(await storedLog(page), '1|2026-12-07,sent,second_follow_up,email,');
    // Nothing is due today: the composer follows the next step, worded from the log (one
    // reminder sent).
    await page.getByRole('link', { name: 'Reminder text' }).click();
    assert.equal(await page.locator('#template').inputValue(), 'firm-follow-up');
    await page.getByTestId('preview-body')
      .filter({ hasText: 'Invoice INV-2041 for £4,800.00 was due on 30 October 2026 and remains outstanding. We have sent you one reminder and would now like to agree a way forward.' })
      .waitFor();
    await axe(page);

    await page.reload();
    await page.locator('[data-testid=invoice-summary]').waitFor();
    await page.getByRole('link', { name: 'Reminder timeline' }).click();
    await panelSays(page, 'Next: Firm follow-up, by phone call, on Monday 14 December 2026.',
      "Last message sent: Second follow-up, on Monday 7 December 2026. The invoice is still unpaid, so the next step follows at the plan's interval.");
    assert.deepEqual(await entries(page), ['Monday 7 December 2026 · Second follow-up, by email']);

    // In German, the same advice in German.
    await (await reveal(page.getByLabel('Language', { exact: true }))).selectOption('de');
    await page.locator('html[lang=de]').waitFor();
    await panelSays(page, 'Als Nächstes: Bestimmte Nachfrage (Anruf) am Montag, 14. Dezember 2026.',
      'Zuletzt gesendet: Zweite Zahlungserinnerung am Montag, 7. Dezember 2026. Die Rechnung ist noch offen, daher folgt der nächste Schritt im vom Plan vorgesehenen Abstand.');
    // Removed, the log is empty again: the overdue notice is due today once more.
    await (await reveal(page.getByRole('button', { name: 'Entfernen: Montag, 7. Dezember 2026, Zweite Zahlungserinnerung (E-Mail)', includeHidden: true }))).click();
    await panelSays(page, 'Heute zu tun: Zweite Zahlungserinnerung (E-Mail).',
      'Bisher wurde nichts gesendet, und die Rechnung ist seit 38 Tagen überfällig: Die erste Nachricht ist deshalb die, die zu diesem Rückstand passt; die früheren Schritte entfallen.');
    assert.equal(await page.getByTestId('contact-log-empty').count(), 1);
    await check();
  });

  test('replies in a few clicks: a promise, a part payment, a query; each problem at its field in plain words', async () => {
    const { page, check } = await openApp('#/timeline', { today: TODAY });
    await lateStarter(page);
    await page.getByTestId('send-now-step').waitFor();
    const kind = page.locator('#contact-kind');
    const add = page.getByRole('button', { name: 'Add to the log' });
    const error = (id) => page.locator(`#${id}-error`);

    // A message of your own needs a note saying what it was.
    await (await reveal(page.locator('#contact-step'))).selectOption('own');
    await (await reveal(page.locator('#contact-channel'))).selectOption('phone_call');
    await add.click();
    await error('contact-note').filter({ hasText: 'Please say in the note what you sent.' }).waitFor();
    // A day that has not come yet.
    await (await reveal(page.locator('#contact-date'))).fill('2026-12-08');
    await error('contact-date').filter({ hasText: 'This date is in the future.' }).waitFor();
    assert.equal(await page.locator('#contact-date').getAttribute('aria-invalid'), 'true');
    await (await reveal(page.locator('#contact-date'))).fill('2026-12-04');
    await (await reveal(page.locator('#contact-note'))).fill('Left a voicemail for Sam, 100% friendly, no reply');
    await add.click();
    await page.getByTestId('contact-log-list').waitFor();
    assert.deepEqual(await entries(page), ['Friday 4 December 2026 · Your own message, by phone call']);
    assert.equal(await page.locator('.contact-note').textContent(), 'Left a voicemail for Sam, 100% friendly, no reply');
    // The form is ready for the next entry: the note cleared, no problem shown.
    assert.equal(await page.locator('#contact-note').inputValue(), '');
    assert.equal(await error('contact-note').textContent(), '');

    // A promise to pay, dated before it was made, then right.
    await kind.selectOption('promise_to_pay');
    await (await reveal(page.locator('#contact-date'))).fill(TODAY);
    await (await reveal(page.locator('#contact-pay-by'))).fill('2026-12-01');
    await error('contact-pay-by').filter({ hasText: 'The promised date is before the promise was made.' }).waitFor();
    await (await reveal(page.locator('#contact-pay-by'))).fill('2026-12-18');
    await add.click();
    await page.locator('[data-testid=contact-log-list] > li').nth(1).waitFor();
    // The promise is confirmed today; the reminders wait until it is missed.
    await panelSays(page, 'To do today: Confirm the promised payment date, by email.',
      'The client promised to pay by Friday 18 December 2026: the reminders wait until then.');

    // A part payment: zero is refused, £1,200 is acknowledged.
    await kind.selectOption('part_payment');
    await (await reveal(page.locator('#contact-amount'))).fill('0');
    await error('contact-amount').filter({ hasText: 'The amount must be greater than zero.' }).waitFor();
    await (await reveal(page.locator('#contact-amount'))).fill('1,200');
    await add.click();
    await page.locator('[data-testid=contact-log-list] > li').nth(2).waitFor();
    assert.deepEqual(await entries(page), [
      'Friday 4 December 2026 · Your own message, by phone call',
      'Monday 7 December 2026 · Promised to pay by Friday 18 December 2026',
      'Monday 7 December 2026 · Part payment of £1,200.00',
    ]);

    // A query resolved when none is open: added, and refused at its entry in plain words.
    await kind.selectOption('query_resolved');
    await add.click();
    const resolved = page.locator('[data-testid=contact-log-list] > li[data-kind=query_resolved]');
    await resolved.locator('.field-error').filter({ hasText: 'No query is open on this day, so there is none to resolve.' }).waitFor();
    await page.getByText('Please check the highlighted fields to see the dated steps.').waitFor();
    assert.equal(await panel(page).count(), 0, 'no advice from a log that does not read');
    await axe(page);
    await resolved.getByRole('button', { name: 'Remove: Monday 7 December 2026, Query resolved' }).click();
    await page.getByTestId('send-now-step').waitFor();
    assert.equal(await page.locator('[data-testid=contact-log-list] > li').count(), 3);
    assert.equal(await storedLog(page), '1|2026-12-04,sent,,phone_call,Left a voicemail for Sam%2C 100%25 friendly%2C no reply'
      + '|2026-12-07,promise_to_pay,2026-12-18,|2026-12-07,part_payment,1200.00,');
    await check();
  });

  test('"Sent on another day" from a step; the log travels in an export and in a share link', async () => {
    const first = await openApp('#/timeline', { today: TODAY, contextOptions: clipboard });
    const { page } = first;
    await lateStarter(page);
    // The first reminder went out after all, on the Monday it was planned for: the form
    // starts on that step, its channel and its day.
    await stepButton(page, 'friendly-overdue', 'Friendly reminder: sent on another day').click();
    await page.waitForFunction(() => document.activeElement?.id === 'contact-date');
    assert.equal(await page.locator('#contact-kind').inputValue(), 'sent');
    assert.equal(await page.locator('#contact-step').inputValue(), 'friendly-overdue');
    assert.equal(await page.locator('#contact-channel').inputValue(), 'email');
    assert.equal(await page.locator('#contact-date').inputValue(), '2026-11-02');
    await page.getByRole('button', { name: 'Add to the log' }).click();
    await page.getByTestId('contact-log-list').waitFor();
    assert.deepEqual(await entries(page), ['Monday 2 November 2026 · Friendly reminder, by email']);
    // Five weeks without a reply: the second follow-up is due today.
    await panelSays(page, 'To do today: Second follow-up, by email.',
      "Last message sent: Friendly reminder, on Monday 2 November 2026. The invoice is still unpaid, so the next step follows at the plan's interval.");
    const log = '1|2026-11-02,sent,friendly_overdue,email,';
    assert.equal(await storedLog(page), log);

    // A share link carries it.
    await page.getByTestId('copy-link').click();
    await page.getByTestId('link-status').filter({ hasText: 'Link copied.' }).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    // And so does the export file (kept: the download goes with its browser context).
    await page.getByText('Export or import').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
    const file = join(await mkdtemp(join(tmpdir(), 'tactful-')), 'export.json');
    await download.saveAs(file);
    const exported = JSON.parse(await readFile(file, 'utf8'));
    assert.equal(exported.cases[0].fields['timeline.contacts'], log);
    const advice = await page.getByTestId('send-now-step').textContent();
    await first.check();

    const second = await openApp('', { today: TODAY });
    await second.page.goto(link);
    await second.page.getByTestId('unsaved-case').waitFor();
    assert.match(second.page.url(), /#\/timeline$/);
    await second.page.getByTestId('contact-log-list').waitFor({ state: 'attached' });
    assert.deepEqual(await entries(second.page), ['Monday 2 November 2026 · Friendly reminder, by email']);
    await second.page.getByTestId('send-now-step').filter({ hasText: advice }).waitFor();
    await second.check();

    const third = await openApp('#/timeline', { today: TODAY });
    await third.page.getByText('Export or import').click();
    await third.page.getByLabel('Import cases from a file').setInputFiles(file);
    await third.page.getByTestId('store-note').filter({ hasText: 'Cases imported: 1.' }).waitFor();
    await third.page.getByTestId('contact-log-list').waitFor({ state: 'attached' });
    assert.deepEqual(await entries(third.page), ['Monday 2 November 2026 · Friendly reminder, by email']);
    await third.page.getByTestId('send-now-step').filter({ hasText: advice }).waitFor();
    assert.equal(await storedLog(third.page), log);
    await third.check();
  });
});
