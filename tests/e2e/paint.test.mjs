// End-to-end: the header is in the HTML the server sends and is painted before the
// WebAssembly app starts (index.html `#boot-header`, www/paint.js, scripts/paint.mjs), in
// the language the app will start in and never another; the app's header then takes its
// place without moving it. On a first visit the first screen under it is painted too (the
// tabs, the start panel, the tool's heading and purpose), and the app's takes its place
// the same way.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { isOffOrigin, useBrowser } from './harness.mjs';
import { FIRST_SCREEN_MSGS, headerTexts, texts } from '../../scripts/paint.mjs';

const state = useBrowser();
const TEXTS = Object.fromEntries(headerTexts().map((t) => [t.tag, t]));
const FIRST = Object.fromEntries(texts(FIRST_SCREEN_MSGS).map((t) => [t.tag, t]));

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
  window.__shifted = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      window.__shifts += e.value;
      for (const s of e.sources) {
        const n = s.node?.nodeType === 1 ? s.node : s.node?.parentElement;
        const first = !!n?.closest('.app-header, .tabs, .start-panel, .panel.tool > h2, .panel.tool > .tool-summary');
        window.__shifted.push(first ? 'first screen' : n?.nodeName ?? '?');
      }
    }
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
/** The rendered texts (only the shown language's) of the visible elements matching `selector`. */
const shownTexts = (page, selector) => page.locator(selector).evaluateAll(
  (els) => els.filter((e) => e.checkVisibility()).map((e) => e.innerText),
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
    assert.doesNotMatch(html, /\{AppName\}|paint: lines|paint: first screen/);
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
    // The app has not started: nothing of it is there (what is, is painted).
    assert.equal(await page.locator('nav.tabs, main.layout').count(), 0);
    release();
    await appUp(page);
    assert.equal(await page.locator('#boot, #boot-header, #boot-tabs, #boot-main').count(), 0,
      'the painted header, first screen and loading box are gone');
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
    // No case saved: the app opens a new, empty one, so its start panel is painted too.
    assert.deepEqual(await shownTexts(page, '.boot-first .start-panel p:first-child'), [FIRST.fr.StartText]);
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

describe('a first visit\'s first screen is painted before the app', () => {
  /** What the first screen shows, painted or drawn: each element's visible text and box. */
  const FIRST_SCREEN = ['.tabs li:nth-child(1) a', '.tabs li:nth-child(4) a', '.start-panel p:first-child',
    '.start-actions .action', '.start-actions .secondary', '.panel.tool h2', '.panel.tool .tool-summary'];
  const shown = async (page) => {
    const all = {};
    for (const s of FIRST_SCREEN) {
      all[s] = await page.locator(s).evaluateAll((els) => {
        const e = els.find((el) => el.checkVisibility());
        if (!e) return null;
        const r = e.getBoundingClientRect();
        return { text: e.innerText, x: r.x, y: r.y, width: r.width, height: r.height };
      });
    }
    return all;
  };
  const CASES = [
    { locale: 'en-GB', tag: 'en-GB', path: '', route: 'plan', viewport: { width: 412, height: 823 } },
    { locale: 'de-DE', tag: 'de', path: '#/timeline', route: 'timeline', viewport: { width: 1280, height: 900 } },
    { locale: 'fr-FR', tag: 'fr', path: '#/discount', route: 'discount', viewport: { width: 360, height: 740 } },
    { locale: 'nl-NL', tag: 'nl', path: '#/message', route: 'message', viewport: { width: 390, height: 844 } },
  ];
  for (const { locale, tag, path, route, viewport } of CASES) {
    test(`${locale}, ${route}, ${viewport.width} px: the tabs, the start panel and the tool's heading and purpose, then the app's in their place`, async () => {
      const { page, release, check } = await openHeld(path, { locale, viewport });
      assert.equal(await page.locator('html').getAttribute('data-paint-route'), route);
      const painted = await shown(page);
      const tool = { plan: 'ToolPlan', discount: 'ToolDiscount', timeline: 'ToolTimeline', message: 'ToolMessage' }[route];
      const t = FIRST[tag];
      assert.equal(painted['.start-panel p:first-child'].text, t.StartText);
      assert.equal(painted['.start-actions .action'].text, t.StartExample);
      assert.equal(painted['.start-actions .secondary'].text, t.StartFill);
      assert.equal(painted['.panel.tool h2'].text, t[tool]);
      assert.equal(painted['.panel.tool .tool-summary'].text, t[`${tool}Summary`]);
      assert.equal(painted['.tabs li:nth-child(1) a'].text, t.ToolPlan);
      // The tool the address names is the current tab: the tabs' colours are the app's.
      const colours = (selector) => page.locator(selector).evaluateAll((as) => as.map((a) => getComputedStyle(a).backgroundColor));
      const paintedColours = await colours('.boot-first a');
      assert.equal(new Set(paintedColours).size, 2, 'one tab stands out');
      release();
      await appUp(page);
      // The app's own first screen, with its tool (not its placeholder) in place.
      await page.locator('.panel.tool:not(.part-loading)').waitFor();
      assert.equal(await page.locator('#boot-tabs, #boot-main').count(), 0, 'the painted first screen is gone');
      assert.equal(await page.locator(`#tab-${route}`).getAttribute('aria-current'), 'page');
      assert.deepEqual(await shown(page), painted, 'every painted element is where, and what, the app draws');
      assert.deepEqual(await colours('nav.tabs a'), paintedColours, 'the same tab stands out');
      // Nothing painted moves. (Below it, the timeline's and the composer's views settle
      // once after their first render, moving the footer or the composer's buttons, about
      // 0.03: it happens without the painted screen too, a known issue; the plan's first
      // screen, Lighthouse's, has no shift at all.)
      const shifted = await page.evaluate(() => window.__shifted);
      assert.ok(!shifted.includes('first screen'), `nothing painted moves: ${shifted}`);
      if (route === 'plan') assert.equal(await page.evaluate(() => window.__shifts), 0, 'no layout shift');
      await check();
    });
  }

  test('a returning visitor whose case is still empty gets the first screen painted; one with an invoice does not', async () => {
    // What the app saves on a first visit without typing: its defaults.
    const empty = '{"schema":1,"lang":"en-US","theme":"system","current":"c1","cases":[{"id":"c1","name":"","fields":{"invoice.currency":"USD","plan.region":"UnitedStates"},"templates":[]}]}';
    let { page, release, check } = await openHeld('#/discount', { locale: 'en-US', saved: empty });
    assert.equal(await page.locator('html').getAttribute('data-paint-route'), 'discount');
    assert.deepEqual(await shownTexts(page, '.boot-first .start-panel p:first-child'), [FIRST['en-US'].StartText]);
    release();
    await page.locator('[data-view=discount] #tool-title').waitFor();
    await page.getByTestId('start-panel').waitFor();
    await check();
    // The case it opens has an amount: the start panel will not show, nothing is painted under the header.
    const started = empty.replace('"invoice.currency":"USD"', '"invoice.currency":"USD","invoice.amount":"1,200"');
    ({ page, release, check } = await openHeld('#/discount', { locale: 'en-US', saved: started }));
    assert.equal(await page.locator('html').getAttribute('data-paint'), 'en-US');
    assert.equal(await page.locator('html').getAttribute('data-paint-first'), null);
    assert.deepEqual(await visibleTexts(page, '.boot-first'), []);
    release();
    await page.locator('[data-view=discount] #tool-title').waitFor();
    await check();
  });

  test('a share link paints the header only: it opens a case, not the start panel', async () => {
    const { page, release, check } = await openHeld('#share=1.AAAA');
    assert.equal(await page.locator('html').getAttribute('data-paint'), 'en-GB');
    assert.equal(await page.locator('html').getAttribute('data-paint-first'), null);
    assert.deepEqual(await visibleTexts(page, '.boot-first'), []);
    release();
    await page.locator('main.layout').waitFor();
    await check();
  });
});
