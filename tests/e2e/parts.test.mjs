// End-to-end: the app's parts (src/split.rs). Each tool's view and the embed page is a
// WebAssembly part fetched the first time it is shown; these tests read the requests to
// check that only what is needed is fetched, and that a slow part never breaks the page.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, useBrowser, reveal } from './harness.mjs';

useBrowser();

// The service worker fetches every file to store it for offline use (pwa.test.mjs); here it
// is blocked, so the requests are the page's own.
const NO_WORKER = { contextOptions: { serviceWorkers: 'block' } };

/** The part files (`pkg/split_<name>_part.<hash>.wasm`) among `urls`, by name. */
const partsIn = (urls) => [...new Set(urls.map((u) => /\/pkg\/split_(\w+?)_part(?:_\d+)?\.[0-9a-f]{12}\.wasm$/.exec(u)?.[1]).filter(Boolean))].sort();

describe('parts fetched on first use', () => {
  test('opening the plan fetches the plan part only; each tool fetches its own once', async () => {
    const { page, check, requests } = await openApp('#/plan', NO_WORKER);
    await page.locator('[data-view=plan] #tool-title').waitFor(); // the tool, not its placeholder
    // The saved cases (beside the tool, under the invoice) are a part fetched once the
    // tool is on screen; nothing else.
    await page.locator('#case-select').waitFor();
    assert.deepEqual(partsIn(requests), ['cases', 'plan'], 'the first screen needs the plan part, then the saved cases');
    // boot.js fetched the plan's files beside the main module, and the split loader used
    // those responses: no file was fetched twice.
    const preloaded = await page.evaluate(() => [...document.querySelectorAll('link[rel=preload][as=fetch]')]
      .map((link) => link.href).filter((href) => !href.endsWith('/tactful_bg.wasm')));
    assert.deepEqual(partsIn(preloaded), ['plan'], 'boot.js preloads the plan part');
    const wasm = requests.filter((u) => u.endsWith('.wasm'));
    assert.ok(preloaded.every((href) => wasm.includes(href)), 'every preloaded file was used');
    assert.equal(new Set(wasm).size, wasm.length, 'no file fetched twice');

    for (const [hash, heading, name] of [
      ['#/timeline', 'Reminder timeline', 'timeline'],
      ['#/discount', 'Early-settlement discount', 'discount'],
      ['#/message', 'Reminder text', 'message'],
    ]) {
      await page.goto(new URL(hash, page.url()).href);
      await page.locator(`[data-view=${name}] #tool-title`).filter({ hasText: heading }).waitFor();
      assert.ok(partsIn(requests).includes(name), `${hash} fetched its part`);
    }
    // Back to tools already shown: nothing is fetched again.
    const before = requests.length;
    for (const hash of ['#/plan', '#/timeline', '#/discount']) {
      await page.goto(new URL(hash, page.url()).href);
      await page.locator(`[data-view="${hash.slice(2)}"]`).waitFor();
    }
    const again = requests.slice(before).filter((u) => u.endsWith('.wasm'));
    assert.deepEqual(again, [], 'a part is fetched once per page load');
    // Last, as its live preview loads the app again in a frame.
    await page.goto(new URL('#/embed', page.url()).href);
    await page.getByRole('heading', { level: 2, name: 'Embed on your site' }).waitFor();
    assert.ok(partsIn(requests).includes('embed_page'), '#/embed fetched its part');
    await check();
  });

  test('a slow part shows a busy placeholder, then the tool; switching away meanwhile is safe', async () => {
    const { page, context, check } = await openApp('#/plan', NO_WORKER);
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await context.route(/\/pkg\/split_timeline_part(?:_\d+)?\.[0-9a-f]{12}\.wasm$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(new URL('#/timeline', page.url()).href);
    const placeholder = page.locator('main .part-loading[aria-busy=true]');
    await placeholder.waitFor();
    assert.equal(await page.locator('[data-view=timeline]').count(), 0, 'no half-built view');
    // The placeholder already has the tool's heading and purpose, where the tool will have them.
    assert.equal(await placeholder.getByRole('heading', { level: 2 }).textContent(), 'Reminder timeline');
    // Leave for another tool while the timeline is still on its way, then come back.
    await page.goto(new URL('#/discount', page.url()).href);
    await page.locator('[data-view=discount]').waitFor();
    await page.goto(new URL('#/timeline', page.url()).href);
    await placeholder.waitFor();
    release();
    await page.locator('[data-view=timeline]').waitFor();
    assert.equal(await placeholder.count(), 0, 'the placeholder is gone once the part is there');
    await check();
  });

  test('a part that cannot be fetched says so and offers to try again; nothing typed is lost', async () => {
    const { page, context, check } = await openApp('#/plan', NO_WORKER);
    await (await reveal(page.locator('#client-business'))).fill('Acme Ltd');
    // The network fails the discount's part once (offline, no offline copy), then recovers.
    let failures = 0;
    await context.route(/\/pkg\/split_discount_part(?:_\d+)?\.[0-9a-f]{12}\.wasm$/, async (route) => {
      if (failures === 0) {
        failures += 1;
        await route.abort('internetdisconnected');
      } else {
        await route.continue();
      }
    });
    await page.goto(new URL('#/discount', page.url()).href);
    const failed = page.getByTestId('part-failed');
    await failed.getByRole('alert').filter({ hasText: 'could not be loaded' }).waitFor();
    assert.equal(await page.locator('[data-view=discount]').count(), 0, 'no half-built view');
    assert.equal(await page.locator('#client-business').inputValue(), 'Acme Ltd', 'the page still works');
    await failed.getByRole('button', { name: 'Try again' }).click();
    await page.locator('[data-view=discount] #tool-title').waitFor(); // the tool, not its placeholder
    assert.equal(await failed.count(), 0, 'the message is gone once the part is there');
    assert.equal(failures, 1);
    await check({ allowErrors: /ERR_INTERNET_DISCONNECTED|Failed to fetch|TypeError/ });
  });

  test('the embed page opened directly fetches its part, not the plan', async () => {
    const { page, check, requests } = await openApp('#/embed', { ...NO_WORKER, ready: '.embed-page' });
    assert.deepEqual(partsIn(requests), ['embed_page']);
    assert.equal(await page.locator('link[rel=preload][href*=split_]').count(), 0, 'nothing preloaded for the plan');
    await check();
  });
});
