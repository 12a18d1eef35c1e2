// Shared set-up for the end-to-end tests: serves dist/ on a free loopback port, drives
// Debian's chromium through playwright-core, and records everything a test must never
// see — requests to another origin (from the page and from the service worker), console
// errors, uncaught exceptions, CSP violations.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/static-server.mjs';

export const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

const dist = fileURLToPath(new URL('../../dist', import.meta.url));
const state = { server: null, browser: null };

/** Starts the server and the browser once per test file. */
export function useBrowser() {
  before(async () => {
    state.server = await startServer({ root: dist, port: 0 });
    state.browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    });
  });
  after(async () => {
    await state.browser?.close();
    await state.server?.close();
  });
  return state;
}

/**
 * The date `days` from today in the local calendar — the app's "today" is the browser's
 * local date — as YYYY-MM-DD. (Never `toISOString()`: that is UTC, a day off east of
 * Greenwich in the morning and west of it in the evening.)
 */
export function localDay(days = 0) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * Noon on the local day `iso` (YYYY-MM-DD) as a Date: the test process and the browser share
 * the time zone (TZ is passed to the browser as its `timezoneId`), so the browser's local
 * date at that moment is `iso` whatever the zone.
 */
export function localNoon(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y, m - 1, d, 12, 0, 0);
}

/** Whether `url` leaves the page's origin (data: and blob: URLs stay in the page). */
export function isOffOrigin(url, origin) {
  return !url.startsWith(`${origin}/`) && url !== origin && !url.startsWith('data:') && !url.startsWith('blob:');
}

/**
 * Opens the app at `hash` in a fresh context and returns the page plus a `check()` that
 * asserts nothing bad happened. Every test calls `check()` at its end. `initScript` runs in
 * the page before the app (e.g. to put hostile data in localStorage). `ready` is the
 * selector that says the app is up (default: the invoice summary every tool shows).
 * `today` (YYYY-MM-DD) fixes the browser's clock at noon on that local day.
 *
 * Requests are recorded at the context, which in Chromium also sees the service worker's
 * own fetches (`request.serviceWorker()` is set for those; `swRequests` lists them); as a
 * second net, `check()` reads every service worker's resource timing entries, which list
 * every URL the worker fetched. `check({ allowErrors: /re/ })` tolerates console errors
 * and uncaught exceptions matching `re` (only the panic-screen test needs it).
 */
export async function openApp(hash = '', { contextOptions = {}, initScript = null, ready = '[data-testid=invoice-summary]', today = null } = {}) {
  const origin = new URL(state.server.url).origin;
  // The browser's clock runs in the test's time zone (TZ), so "today" agrees with localDay().
  const timezoneId = process.env.TZ && process.env.TZ.includes('/') ? process.env.TZ : undefined;
  const context = await state.browser.newContext({ locale: 'en-GB', timezoneId, ...contextOptions });
  const offOrigin = [];
  const requests = [];
  const swRequests = [];
  const consoleErrors = [];
  const pageErrors = [];
  context.on('request', (request) => {
    const url = request.url();
    requests.push(url);
    if (request.serviceWorker()) swRequests.push(url);
    if (isOffOrigin(url, origin)) offOrigin.push(url);
  });
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  if (initScript) await context.addInitScript(initScript);
  // A fixed "today" (YYYY-MM-DD, local): the clock stands still at noon that day in the
  // browser's time zone, for figures that depend on the date and on rate tables that end.
  if (today !== null) await context.clock.setFixedTime(localNoon(today));
  const page = await context.newPage();
  page.on('console', (msg) => { if (msg.type() === 'error') consoleErrors.push(msg.text()); });
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  await page.goto(`${state.server.url}${hash}`);
  await page.locator(ready).first().waitFor();

  /** Every URL each service worker of the context has fetched (its resource timing). */
  async function workerFetches() {
    const urls = [];
    for (const worker of context.serviceWorkers()) {
      const names = await worker.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name)).catch(() => []);
      urls.push(...names);
    }
    return urls;
  }

  async function check({ allowErrors = null } = {}) {
    const csp = await page.evaluate(() => window.__cspViolations);
    const allowed = (text) => allowErrors !== null && allowErrors.test(text);
    assert.deepEqual(offOrigin, [], 'no request may leave the page origin');
    assert.deepEqual((await workerFetches()).filter((url) => isOffOrigin(url, origin)), [],
      'no service worker fetch may leave the page origin');
    assert.deepEqual(consoleErrors.filter((e) => !allowed(e)), [], 'no console error');
    assert.deepEqual(pageErrors.filter((e) => !allowed(e)), [], 'no uncaught exception');
    assert.deepEqual(csp, [], 'no Content-Security-Policy violation');
    await context.close();
  }
  return { page, context, check, origin, requests, swRequests, consoleErrors, pageErrors, workerFetches };
}

/**
 * Opens the collapsed sections (`<details>`: the tools' settings past the essentials, "More
 * about the invoice") around `locator`, as a visitor opens one to reach a field. Returns
 * the locator.
 */
export async function reveal(locator) {
  await sectionsBuilt(locator.page());
  await locator.evaluate((el) => {
    for (let d = el.closest('details:not([open])'); d; d = d.parentElement?.closest('details:not([open])')) d.open = true;
  });
  return locator;
}

/**
 * Waits until every collapsed section on the page has its fields: the app builds them
 * when one is opened or in an idle moment after the first screen (field.rs, `Section`), so
 * a label looked up at once could miss one not built yet.
 */
export async function sectionsBuilt(page) {
  await page.waitForFunction(() => !document.querySelector('details.section > fieldset[aria-busy]'));
}

/** Types into the input labelled `label`, replacing its content (opening its section). */
export async function fill(page, label, value) {
  await sectionsBuilt(page);
  // The exact label first: "Due date" is the invoice's, not "A due date on a day off moves
  // to" (the plan's settings now come before the invoice on the page).
  const exact = page.getByLabel(label, { exact: true });
  const input = (await exact.count()) > 0 ? exact.first() : page.getByLabel(label, { exact: false }).first();
  await reveal(input);
  await input.fill(value);
}
