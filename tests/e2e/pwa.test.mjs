// End-to-end: the installable, offline app (web app manifest + service worker) against the
// built dist/, in Debian chromium. Each test serves its own copy or view of dist/ and records,
// on the browser context (so service-worker requests count too), what must never happen:
// requests to another origin, console errors, uncaught exceptions, CSP violations.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/static-server.mjs';
import { writeServiceWorker } from '../../scripts/precache.mjs';
import { CHROMIUM_ARGS, fill } from './harness.mjs';

const dist = fileURLToPath(new URL('../../dist', import.meta.url));
const LAUNCH = { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS };
const BANNER = 'A new version of Tactful is ready.';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The cache version written into a dist's sw.js by scripts/precache.mjs. */
async function versionOf(root) {
  const match = (await readFile(join(root, 'sw.js'), 'utf8')).match(/^const VERSION = "([0-9a-f]{16})";$/m);
  assert.ok(match, 'sw.js carries a 16-digit version');
  return match[1];
}

/**
 * Opens the app served at `url` in `context` and returns the page plus a `check()` that
 * asserts nothing bad happened (across reloads) and closes the context.
 */
async function openIn(context, url) {
  const origin = new URL(url).origin;
  const offOrigin = [];
  const consoleErrors = [];
  const pageErrors = [];
  const csp = [];
  context.on('request', (request) => {
    const target = request.url();
    if (!target.startsWith(origin) && !target.startsWith('data:') && !target.startsWith('blob:')) offOrigin.push(target);
  });
  await context.exposeBinding('__reportCsp', (_source, violation) => { csp.push(violation); });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__reportCsp(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const page = context.pages()[0] ?? await context.newPage();
  page.on('console', (msg) => { if (msg.type() === 'error') consoleErrors.push(msg.text()); });
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  await page.goto(url);
  await page.locator('[data-testid=invoice-summary]').waitFor();

  async function check() {
    assert.deepEqual(offOrigin, [], 'no request may leave the page origin');
    assert.deepEqual(consoleErrors, [], 'no console error');
    assert.deepEqual(pageErrors, [], 'no uncaught exception');
    assert.deepEqual(csp, [], 'no Content-Security-Policy violation');
    await context.close();
  }
  return { page, check };
}

/** Waits until a service worker controls the page; returns the names of the caches. */
async function controlled(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
  return page.evaluate(() => caches.keys());
}

/** Deploys a new version into the copy `root`: one file changes, sw.js gets a new version. */
function deployAgain(root) {
  appendFileSync(join(root, 'style.css'), '\n/* deployed again */\n');
  return writeServiceWorker(root).version;
}

/** Copies dist/ to a temporary directory for `body`, then removes it. */
async function withCopy(body) {
  const root = await mkdtemp(join(tmpdir(), 'tactful-update-'));
  try {
    await cp(dist, root, { recursive: true });
    await body(root);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** Serves `root` for the duration of `body`, with a browser. */
async function withSite(root, body) {
  const server = await startServer({ root, port: 0 });
  const browser = await chromium.launch(LAUNCH);
  try {
    await body(server, browser);
  } finally {
    await browser.close();
    await server.close();
  }
}

describe('installable and offline', () => {
  test('the manifest is linked and valid, and its icons load at their sizes', async () => {
    await withSite(dist, async (server, browser) => {
      const context = await browser.newContext({ locale: 'en-GB' });
      const { page, check } = await openIn(context, server.url);
      assert.equal(await page.locator('link[rel=manifest]').getAttribute('href'), 'manifest.webmanifest');
      const served = await page.evaluate(async () => {
        const response = await fetch('manifest.webmanifest');
        return { type: response.headers.get('content-type'), text: await response.text() };
      });
      assert.match(served.type, /^application\/manifest\+json/);
      const manifest = JSON.parse(served.text);

      const cdp = await context.newCDPSession(page);
      const parsed = await cdp.send('Page.getAppManifest');
      assert.deepEqual(parsed.errors, [], 'Chromium parses the manifest without errors');
      assert.equal(manifest.name, 'Tactful');
      assert.equal(manifest.short_name, 'Tactful');
      assert.equal(manifest.start_url, './');
      assert.equal(manifest.scope, './');
      assert.equal(manifest.display, 'standalone');
      assert.equal(manifest.theme_color, await page.locator('meta[name=theme-color]').getAttribute('content'));
      assert.match(manifest.background_color, /^#[0-9a-f]{6}$/);

      const pngs = manifest.icons.filter((icon) => icon.type === 'image/png');
      assert.deepEqual(pngs.map((icon) => `${icon.sizes} ${icon.purpose}`).sort(),
        ['192x192 any', '512x512 any', '512x512 maskable']);
      for (const icon of manifest.icons) {
        const loaded = await page.evaluate(async (src) => {
          const image = new Image();
          image.src = src;
          await image.decode();
          const canvas = document.createElement('canvas');
          canvas.width = image.naturalWidth;
          canvas.height = image.naturalHeight;
          const context2d = canvas.getContext('2d');
          context2d.drawImage(image, 0, 0);
          return { size: `${image.naturalWidth}x${image.naturalHeight}`, cornerAlpha: context2d.getImageData(0, 0, 1, 1).data[3] };
        }, icon.src);
        if (icon.sizes === 'any') continue; // the SVG
        assert.equal(loaded.size, icon.sizes, icon.src);
        // A maskable icon is full-bleed (the launcher cuts its shape); the others are rounded.
        assert.equal(loaded.cornerAlpha, icon.purpose === 'maskable' ? 255 : 0, `${icon.src} corner`);
      }
      await check();
    });
  });

  test('after one visit every view works offline', async () => {
    await withSite(dist, async (server, browser) => {
      const context = await browser.newContext({ locale: 'en-GB' });
      const { page, check } = await openIn(context, `${server.url}#/plan`);
      const names = await controlled(page);
      assert.deepEqual(names.map((name) => name.split(':').pop()), [await versionOf(dist)], 'one cache, this version');
      assert.equal(await page.getByText(BANNER).isVisible(), false, 'no update notice on the first visit');

      await context.setOffline(true);
      const notFromWorker = [];
      page.on('response', (response) => { if (!response.fromServiceWorker()) notFromWorker.push(response.url()); });
      page.on('requestfailed', (request) => notFromWorker.push(`failed: ${request.url()}`));
      await page.reload();
      await page.locator('[data-view=plan] #tool-title').waitFor(); // the tool, not its placeholder

      await fill(page, 'Amount due', '1,000');
      await fill(page, 'Due date', '2025-05-30');
      await fill(page, 'Number of instalments', '3');
      await fill(page, 'First instalment due on', '2025-06-02');
      const amounts = page.getByTestId('plan-schedule').locator('tbody tr td:nth-of-type(2)');
      assert.deepEqual((await amounts.allTextContents()).slice(0, -1), ['£333.33', '£333.33', '£333.34']);

      await page.getByRole('link', { name: 'Early-settlement discount' }).click();
      await page.locator('[data-view=discount] #tool-title').waitFor(); // the tool, not its placeholder
      await page.getByTestId('offer').filter({ hasText: '2% off is £20.00: you would receive £980.00 within 7 days.' }).waitFor();

      await page.getByRole('link', { name: 'Reminder timeline' }).click();
      await page.locator('[data-view=timeline] #tool-title').waitFor(); // the tool, not its placeholder
      assert.equal(await page.getByTestId('timeline-steps').locator('li').count(), 7, 'Standard has seven steps');

      await page.getByRole('link', { name: 'Reminder text' }).click();
      await page.locator('[data-view=message] #tool-title').waitFor(); // the tool, not its placeholder
      await page.getByTestId('preview-body').filter({ hasText: '£1,000.00' }).waitFor();

      // A fresh navigation with a query string still gets the cached app.
      await page.goto(`${server.url}?from=bookmark#/discount`);
      await page.locator('[data-view=discount] #tool-title').waitFor(); // the tool, not its placeholder
      assert.deepEqual(notFromWorker, [], 'offline, everything comes from the service worker');
      await check();
    });
  });

  test('Chromium finds the app installable (persistent profile)', async () => {
    const server = await startServer({ root: dist, port: 0 });
    const profile = await mkdtemp(join(tmpdir(), 'tactful-install-'));
    try {
      const context = await chromium.launchPersistentContext(profile, { ...LAUNCH, locale: 'en-GB' });
      const { page, check } = await openIn(context, server.url);
      await controlled(page);
      const cdp = await context.newCDPSession(page);
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      assert.deepEqual(installabilityErrors, []);
      await check();
    } finally {
      await server.close();
      await rm(profile, { recursive: true, force: true });
    }
  });

  test('a new deployment is announced, and Reload switches to it and drops the old cache', async () => {
    await withCopy(async (root) => {
      const before = await versionOf(root);
      await withSite(root, async (server, browser) => {
        const context = await browser.newContext({ locale: 'en-GB' });
        const { page, check } = await openIn(context, `${server.url}#/timeline`);
        assert.deepEqual((await controlled(page)).map((name) => name.split(':').pop()), [before]);

        const after = deployAgain(root);
        assert.notEqual(after, before);
        await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());

        const notice = page.getByText(BANNER);
        await notice.waitFor();
        const banner = page.getByRole('status').filter({ has: notice });
        assert.equal(await banner.count(), 1, 'the notice is in a polite status region');
        const audit = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        assert.deepEqual(audit.violations.map((v) => `${v.id}: ${v.help}`), []);
        // Until the person asks, the page stays on the old version.
        assert.ok((await page.evaluate(() => caches.keys())).some((name) => name.endsWith(`:${before}`)));
        assert.doesNotMatch(await page.evaluate(() => fetch('style.css').then((r) => r.text())), /deployed again/);

        await Promise.all([
          page.waitForEvent('load'),
          banner.getByRole('button', { name: 'Reload' }).click(),
        ]);
        await page.locator('[data-view=timeline] #tool-title').waitFor(); // the tool, not its placeholder
        const names = await page.evaluate(() => caches.keys());
        assert.deepEqual(names.map((name) => name.split(':').pop()), [after], 'only the new cache is left');
        assert.match(await page.evaluate(() => fetch('style.css').then((r) => r.text())), /deployed again/);
        assert.equal(await notice.isVisible(), false);
        await check();
      });
    });
  });

  test('a new deployment found when the page opens is announced too', async () => {
    await withCopy(async (root) => {
      await withSite(root, async (server, browser) => {
        const context = await browser.newContext({ locale: 'en-GB' });
        const { page, check } = await openIn(context, server.url);
        await controlled(page);
        deployAgain(root);
        // The browser looks for a new worker on each visit, maybe before the app registers.
        await page.reload();
        await page.getByText(BANNER).waitFor();
        assert.doesNotMatch(await page.evaluate(() => fetch('style.css').then((r) => r.text())), /deployed again/);
        await check();
      });
    });
  });
});
