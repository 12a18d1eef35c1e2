#!/usr/bin/env node
// A golden fixture of a saved contact log (`timeline.contacts`, issue #19), produced by
// driving the real app through its interface, like a user, in Debian's chromium, on a fixed
// day (Monday 7 December 2026).
//
//   node tests/golden/make-contacts-golden.mjs
//
// Environment:
//   APP_DIR        the checkout whose dist/ is served (default: this checkout; build it
//                  first with scripts/build)
//   OUT_DIR        where the fixture goes (default: this script's directory)
//   CHROMIUM_PATH  (default /usr/bin/chromium)
//
// Writes contacts-v1-export.json: the cases panel's "export all" download, one case whose
// log has every kind of entry (a step sent on another day, a call of your own with a note
// full of the saved form's separators, a promise, a query raised and resolved, a part
// payment, a step sent today), entered through the timeline's contact log.
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const APP = process.env.APP_DIR ?? join(HERE, '../..');
const OUT = process.env.OUT_DIR ?? HERE;
const { chromium } = await import(pathToFileURL(join(APP, 'node_modules/playwright-core/index.mjs')).href);
const { startServer } = await import(pathToFileURL(join(APP, 'scripts/static-server.mjs')).href);

const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

const server = await startServer({ root: join(APP, 'dist'), port: 0 });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  const context = await browser.newContext({ locale: 'en-GB' });
  await context.clock.setFixedTime(new Date(2026, 11, 7, 12, 0, 0));
  const page = await context.newPage();
  await page.goto(`${server.url}#/timeline`);
  await page.locator('[data-testid=invoice-summary]').waitFor();
  const type = (selector, text) => page.locator(selector).fill(text);
  await type('#your-business', 'Northwind Design Ltd');
  await type('#client-business', 'Acme Widgets GmbH');
  await type('#client-contact', 'Sam Patel');
  await type('#invoice-number', 'INV-2041');
  await type('#amount', '4,800.50');
  await type('#due-date', '2026-10-30');
  await page.getByTestId('send-now-step').waitFor();
  const add = () => page.locator('#contact-add').click();
  const count = (n) => page.waitForFunction((want) => document.querySelectorAll('[data-testid=contact-log-list] > li').length === want, n);

  // The first reminder, sent on the day it was planned (Monday 2 November).
  await page.locator('[data-action=friendly-overdue]').getByRole('button', { name: 'Friendly reminder: sent on another day' }).click();
  await add();
  await count(1);
  // A call of your own, with a note that holds every separator of the saved form.
  await page.locator('#contact-step').selectOption('own');
  await page.locator('#contact-channel').selectOption('phone_call');
  await type('#contact-date', '2026-11-20');
  await type('#contact-note', 'Voicemail for Sam | 100% sure, "Friday, maybe"');
  await add();
  await count(2);
  // A promise to pay, made on 23 November for 4 December.
  await page.locator('#contact-kind').selectOption('promise_to_pay');
  await type('#contact-date', '2026-11-23');
  await type('#contact-pay-by', '2026-12-04');
  await type('#contact-note', 'Sam, by phone');
  await add();
  await count(3);
  // A query raised and resolved.
  await page.locator('#contact-kind').selectOption('query_opened');
  await type('#contact-date', '2026-11-25');
  await add();
  await count(4);
  await page.locator('#contact-kind').selectOption('query_resolved');
  await type('#contact-date', '2026-11-27');
  await add();
  await count(5);
  // A part payment of £1,200.50.
  await page.locator('#contact-kind').selectOption('part_payment');
  await type('#contact-date', '2026-12-01');
  await type('#contact-amount', '1,200.50');
  await add();
  await count(6);
  // The step due today, sent today.
  const today = page.locator('[data-testid=timeline-steps] > li.status-today').first();
  await today.getByRole('button', { name: /: sent today$/ }).click();
  await count(7);

  await page.getByText('Export or import').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
  const file = join(await mkdtemp(join(tmpdir(), 'tactful-golden-')), 'export.json');
  await download.saveAs(file);
  const exported = await readFile(file, 'utf8');
  await writeFile(join(OUT, 'contacts-v1-export.json'), exported);
  const saved = JSON.parse(exported);
  console.log(saved.cases[0].fields['timeline.contacts']);
  console.log(await page.locator('[data-testid=contact-log-list] > li .contact-what').allTextContents());
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
