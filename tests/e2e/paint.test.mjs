// End-to-end: the header is in the HTML the server sends and is painted before the
// WebAssembly app starts (index.html `#boot-header`, www/paint.js, scripts/paint.mjs), in
// the language the app will start in and never another; the app's header then takes its
// place without moving it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { isOffOrigin, useBrowser } from './harness.mjs';
import { headerTexts } from '../../scripts/paint.mjs';

const state = useBrowser();
const TEXTS = Object.fromEntries(headerTexts().map((t) => [t.tag, t]));

// Runs in the page before anything else: before every frame, the taglines about to be
// painted; and the layout shifts the page has had.
const recorder = () => {
  window.__paintedTaglines = [];
  const look = () => {
    for (const p of document.querySelectorAll('.tagline')) {
      if (p.checkVisibility() && !window.__paintedTaglines.includes(p.textContent)) {
        window.__paintedTaglines.push(p.textContent);
      }
    }
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
  window.__shifts = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
  });
};

/**
 * Opens the page at `path` with the WebAssembly held back until `release()`: what shows
 * then is what the HTML, the CSS and paint.js painted. `saved` goes into localStorage first.
 */
async function openHeld(path = '', { locale = 'en-GB', saved = null, viewport = undefined } = {}) {
  const origin = new URL(state.server.url).origin;
  const context = await state.browser.newContext({ locale, ...(viewport ? { viewport } : {}) });
  const offOrigin = [];
  const errors = [];
  context.on('request', (r) => { if (isOffOrigin(r.url(), origin)) offOrigin.push(r.url()); });
  // No service worker: every request reaches the network, where the test holds it.
  await context.addInitScript("Object.defineProperty(Navigator.prototype, 'serviceWorker', { get: () => undefined });");
  await context.addInitScript(recorder);
  if (saved !== null) {
    await context.addInitScript((raw) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('tactful', raw);
        sessionStorage.setItem('seeded', '1');
      }
    }, saved);
  }
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  let held = 0;
  await context.route(/\.wasm$/, async (route) => {
    held += 1;
    await gate;
    await route.continue();
  });
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${state.server.url}${path}`, { waitUntil: 'domcontentloaded' });
  // (paint.js, a classic script in <head>, has run by now.)
  for (let waited = 0; held === 0 && waited < 5000; waited += 50) await new Promise((r) => setTimeout(r, 50));
  assert.ok(held >= 1, 'the main module is held back');
  async function check() {
    assert.deepEqual(offOrigin, [], 'no request leaves the origin');
    assert.deepEqual(errors, [], 'no console error');
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], 'no CSP violation');
    await context.close();
  }
  return { page, context, release, check };
}

/** The texts of the visible elements matching `selector`. */
const visibleTexts = (page, selector) => page.locator(selector).evaluateAll(
  (els) => els.filter((e) => e.checkVisibility()).map((e) => e.textContent),
);
const box = (page, selector) => page.locator(selector).evaluateAll((els) => {
  const e = els.find((el) => el.checkVisibility());
  if (!e) return null;
  const r = e.getBoundingClientRect();
  return { x: r.x, y: r.y, width: r.width, height: r.height };
});
const appUp = (page) => page.locator('[data-testid=invoice-summary]').first().waitFor();

describe('the header is painted before the app', () => {
  test('the served HTML carries the header in every language, and no marker', async () => {
    const html = await (await fetch(state.server.url)).text();
    assert.match(html, /<header class="app-header boot-header" id="boot-header">\s*<h1 class="brand">Tactful<\/h1>/);
    for (const { tag, tagline, privacy } of Object.values(TEXTS)) {
      assert.ok(html.includes(`>${tagline}</p>`), `${tag} tagline`);
      assert.ok(html.includes(`>${privacy}</p>`), `${tag} privacy line`);
    }
    assert.doesNotMatch(html, /\{AppName\}|paint: lines/);
    assert.match(html, /<script src="paint\.js"><\/script>/);
  });

  test('an English visitor sees the English header and the loading status before the WebAssembly', async () => {
    const { page, release, check } = await openHeld();
    assert.equal(await page.locator('html').getAttribute('data-paint'), 'en-GB');
    assert.deepEqual(await visibleTexts(page, 'h1'), ['Tactful']);
    assert.deepEqual(await visibleTexts(page, '.tagline'), [TEXTS['en-GB'].tagline]);
    assert.deepEqual(await visibleTexts(page, '.privacy'), [TEXTS['en-GB'].privacy]);
    // The loading status is still there for screen readers; its own title gives way to the header.
    const status = page.getByRole('status');
    assert.equal(await status.getAttribute('aria-live'), 'polite');
    assert.match(await status.textContent(), /Loading…/);
    assert.deepEqual(await visibleTexts(page, '.boot-title'), []);
    // The app has not started: nothing of it is there.
    assert.equal(await page.locator('.tabs, .layout').count(), 0);
    release();
    await appUp(page);
    assert.equal(await page.locator('#boot, #boot-header').count(), 0, 'the painted header and the loading box are gone');
    assert.deepEqual(await visibleTexts(page, '.tagline'), [TEXTS['en-GB'].tagline]);
    await check();
  });

  for (const viewport of [{ width: 1280, height: 720 }, { width: 360, height: 740 }]) {
    test(`the app's header takes the painted one's place without moving it (${viewport.width} px)`, async () => {
      const { page, release, check } = await openHeld('#/plan', { viewport });
      const before = {};
      for (const s of ['.brand', '.tagline', '.privacy']) before[s] = await box(page, s);
      assert.ok(before['.tagline'].width > 0);
      release();
      await appUp(page);
      assert.equal(await page.locator('#boot-header').count(), 0);
      for (const s of ['.brand', '.tagline', '.privacy']) {
        assert.deepEqual(await box(page, `header.app-header ${s}`), before[s], `${s} stays where it was painted`);
      }
      assert.equal(await page.evaluate(() => window.__shifts), 0, 'no layout shift');
      await check();
    });
  }

  test('a German visitor sees the German header at once and never the English one', async () => {
    const { page, release, check } = await openHeld('', { locale: 'de-DE', viewport: { width: 360, height: 740 } });
    assert.deepEqual(await visibleTexts(page, '.tagline'), [TEXTS.de.tagline]);
    assert.deepEqual(await visibleTexts(page, '.privacy'), [TEXTS.de.privacy]);
    assert.equal(await page.locator('.tagline[lang=de]').count(), 1);
    const before = await box(page, '.tagline');
    release();
    // The app waits for its German text (a part of its own), then shows its own header.
    await page.locator('html[lang=de]').waitFor();
    await appUp(page);
    assert.equal(await page.locator('#boot-header').count(), 0);
    assert.deepEqual(await box(page, 'header.app-header .tagline'), before, 'the tagline stays in place');
    assert.deepEqual(await page.evaluate(() => window.__paintedTaglines), [TEXTS.de.tagline],
      'no frame ever showed another tagline');
    assert.equal(await page.evaluate(() => window.__shifts), 0, 'no layout shift');
    await check();
  });

  test('the language saved with the work wins over the browser\'s, from the first paint', async () => {
    const { page, release, check } = await openHeld('', { locale: 'en-GB', saved: '{"schema":1,"lang":"fr","theme":"dark","cases":[]}' });
    assert.deepEqual(await visibleTexts(page, '.tagline'), [TEXTS.fr.tagline]);
    assert.equal(await page.locator('html').getAttribute('data-theme'), 'dark', 'the saved theme, before the app');
    release();
    await page.locator('html[lang=fr]').waitFor();
    await appUp(page);
    assert.deepEqual(await page.evaluate(() => window.__paintedTaglines), [TEXTS.fr.tagline]);
    assert.equal(await page.locator('html').getAttribute('data-theme'), 'dark');
    await check();
  });

  test('saved work the script cannot be sure of: no header is painted, only the loading box', async () => {
    // A newer version's work: the app keeps it as a backup and starts in the browser's language.
    const { page, release, check } = await openHeld('', { locale: 'de-DE', saved: '{"schema":2,"lang":"fr"}' });
    assert.equal(await page.locator('html').getAttribute('data-paint'), null);
    assert.deepEqual(await visibleTexts(page, 'h1, .tagline, .privacy'), []);
    assert.deepEqual(await visibleTexts(page, '.boot-title'), ['Tactful']);
    release();
    await page.locator('html[lang=de]').waitFor();
    await appUp(page);
    assert.deepEqual(await page.evaluate(() => window.__paintedTaglines), [TEXTS.de.tagline]);
    await check();
  });

  test('the embed page paints no full header: its own compact one comes with the app', async () => {
    const { page, release, check } = await openHeld('?embed=1&lang=de');
    assert.equal(await page.locator('html').getAttribute('data-paint'), null);
    assert.deepEqual(await visibleTexts(page, 'h1, .tagline, .privacy'), []);
    assert.match(await page.getByRole('status').textContent(), /Loading…/);
    release();
    await page.locator('.embed-header').waitFor();
    await appUp(page);
    assert.deepEqual(await page.evaluate(() => window.__paintedTaglines), [], 'no tagline ever');
    await check();
  });
});
