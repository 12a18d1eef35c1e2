// End-to-end: embed mode (`?embed=1&…`), the host page's `embed.js`, and the "Embed on your
// site" page generator (`#/embed`). Options come from the query, are validated, and hostile
// values are shown as text or ignored; the embedded app only ever talks to its own origin.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { startServer } from '../../scripts/static-server.mjs';
import { fill, openApp, useBrowser, reveal } from './harness.mjs';

const state = useBrowser();
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axe(page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.help}`), []);
}

const tabIds = (page) => page.locator('nav.tabs a').evaluateAll((links) => links.map((a) => a.id));

describe('embed mode', () => {
  test('options from the query: tools, name, language, currency, accent, no powered-by', async () => {
    const { page, check } = await openApp('?embed=1&tools=discount,plan&name=Acme%20Collect&accent=%23aa3300&currency=EUR&lang=de&policy=firm&powered=0');
    assert.deepEqual(await tabIds(page), ['tab-discount', 'tab-plan']);
    // No fragment: the first chosen tool.
    await page.locator('[data-view=discount]').waitFor();
    assert.equal(await page.locator('h1').textContent(), 'Acme Collect');
    assert.equal(await page.locator('.tagline').count(), 0);
    assert.equal(await page.locator('#ui-theme').count(), 0);
    assert.equal(await page.locator('.cases-panel').count(), 0);
    assert.equal(await page.locator('#embed-page-link').count(), 0);
    assert.equal(await page.locator('.powered-by').count(), 0);
    assert.equal(await page.locator('html').getAttribute('lang'), 'de');
    assert.equal(await page.locator('#ui-lang').inputValue(), 'de');
    assert.equal(await page.locator('#tab-plan').textContent(), 'Ratenplan');
    assert.equal(await page.locator('#currency').inputValue(), 'EUR');
    const accent = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim());
    assert.equal(accent, '#aa3300');
    const tab = await page.locator('#tab-discount').evaluate((a) => [getComputedStyle(a).backgroundColor, getComputedStyle(a).color]);
    assert.deepEqual(tab, ['rgb(170, 51, 0)', 'rgb(255, 255, 255)']);
    // A tool outside the chosen ones falls back to the first chosen tool.
    await page.evaluate(() => { location.hash = '#/timeline'; });
    await page.locator('[data-view=discount]').waitFor();
    await page.locator('#tab-plan').click();
    await page.locator('[data-view=plan]').waitFor();
    // The embed keeps its work apart from the full app's saved cases.
    await fill(page, 'Fälligkeitsdatum', '2030-03-01');
    await page.waitForFunction(() => localStorage.getItem('tactful.embed') !== null);
    assert.equal(await page.evaluate(() => localStorage.getItem('tactful')), null);
    await axe(page);
    await check();
  });

  test('one tool: no tab bar; the policy and the powered-by link', async () => {
    const { page, check } = await openApp('?embed=1&tools=timeline&policy=gentle&currency=jpy');
    await page.locator('[data-view=timeline]').waitFor();
    assert.equal(await page.locator('nav.tabs').count(), 0);
    assert.equal(await page.locator('h1').textContent(), 'Tactful');
    // The policy is stated on its section's summary line, and chosen inside it.
    const policy = page.locator('details[data-section=timeline-policy]');
    assert.match(await policy.locator('summary').innerText(), /Gentle — a long, valued relationship/);
    await policy.locator('summary').click();
    assert.equal(await page.getByRole('radio', { name: /^Gentle/ }).isChecked(), true);
    assert.equal(await page.locator('#currency').inputValue(), 'JPY');
    const link = page.locator('.powered-by');
    assert.equal(await link.textContent(), 'Powered by Tactful');
    assert.equal(await link.getAttribute('target'), '_blank');
    assert.equal(await link.getAttribute('rel'), 'noopener');
    const href = await link.getAttribute('href');
    assert.equal(href, new URL('/', page.url()).href);
    await axe(page);
    await check();
  });

  test('hostile parameters are shown as text or ignored, and nothing runs', async () => {
    const q = new URLSearchParams();
    q.set('embed', '1');
    q.set('name', '<img src=x onerror="window.__pwned=1">');
    q.set('accent', 'red;background:url(//evil.example/a.png)');
    q.append('logo', 'https://evil.example/x.png');
    q.append('logo', 'javascript:window.__pwned=2');
    q.set('currency', 'XXX1');
    q.set('tools', '<script>window.__pwned=3</script>');
    q.set('lang', '"><svg onload=alert(1)>');
    const { page, check } = await openApp(`?${q}`);
    assert.equal(await page.locator('h1').textContent(), '<img src=x onerror="window.__pwned=1">');
    assert.equal(await page.locator('header img, header svg').count(), 0);
    assert.equal(await page.locator('.embed-logo').count(), 0);
    assert.deepEqual(await tabIds(page), ['tab-plan', 'tab-discount', 'tab-timeline', 'tab-message']);
    assert.equal(await page.locator('#currency').inputValue(), 'GBP');
    assert.equal(await page.evaluate(() => document.documentElement.style.getPropertyValue('--accent')), '');
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    // An agency name that is too long is left out.
    await page.goto(`${new URL(page.url()).origin}/?embed=1&name=${'A'.repeat(81)}`);
    await page.locator('[data-testid=invoice-summary]').waitFor();
    assert.equal(await page.locator('h1').textContent(), 'Tactful');
    await check();
  });

  test('a host page on another origin: embed.js sizes the iframe; forged messages are ignored', async () => {
    const appOrigin = new URL(state.server.url).origin;
    // The snippet, as the generator writes it.
    const gen = await openApp('#/embed', { ready: '#embed-code' });
    await gen.page.getByRole('checkbox', { name: 'Early-settlement discount' }).uncheck();
    await gen.page.getByRole('checkbox', { name: 'Reminder timeline' }).uncheck();
    await gen.page.getByRole('checkbox', { name: 'Reminder text' }).uncheck();
    await gen.page.locator('#embed-name').fill('Acme Collect');
    const snippet = await gen.page.locator('#embed-code').inputValue();
    await gen.check();
    assert.match(snippet, /sandbox="allow-scripts allow-same-origin allow-popups"/);
    assert.ok(snippet.includes(`<script src="${appOrigin}/embed.js" defer></script>`), snippet);

    const dir = await mkdtemp(join(tmpdir(), 'tactful-host-'));
    await writeFile(join(dir, 'host.html'), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Acme Collect</title><link rel="icon" href="data:,"></head>
<body><h1>Acme Collect</h1><p>Our free tools:</p>
${snippet}
</body></html>`);
    const host = await startServer({ root: dir, port: 0 });
    const hostOrigin = new URL(host.url).origin;
    assert.notEqual(hostOrigin, appOrigin);
    const context = await state.browser.newContext({ locale: 'en-GB' });
    const appFrameRequests = [];
    const elsewhere = [];
    const errors = [];
    await context.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    try {
      const page = await context.newPage();
      context.on('request', (request) => {
        const url = request.url();
        let frame = null;
        try { frame = request.frame(); } catch { /* a worker's request */ }
        if (frame && frame !== page.mainFrame()) appFrameRequests.push(url);
        const origin = new URL(url).origin;
        if (origin !== appOrigin && origin !== hostOrigin) elsewhere.push(url);
      });
      page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.goto(`${host.url}host.html`);
      const iframe = page.locator('iframe[data-tactful]');
      const frame = page.frameLocator('iframe[data-tactful]');
      await frame.locator('[data-view=plan]').waitFor();
      assert.equal(await frame.locator('h1').textContent(), 'Acme Collect');
      // The iframe grows to its content's height.
      const app = page.frames().find((f) => f.url().startsWith(appOrigin));
      await page.waitForFunction(async () => document.querySelector('iframe[data-tactful]').style.height !== '');
      const fits = async () => {
        const content = await app.evaluate(() => document.body.offsetHeight);
        const box = await iframe.evaluate((f) => f.clientHeight);
        return { content, box };
      };
      let sizes = await fits();
      for (let i = 0; i < 50 && sizes.box !== Math.min(10000, Math.max(200, sizes.content)); i += 1) {
        await page.waitForTimeout(100);
        sizes = await fits();
      }
      assert.equal(sizes.box, Math.min(10000, Math.max(200, sizes.content)), JSON.stringify(sizes));
      assert.ok(sizes.content > 720, `content is ${sizes.content}px tall`);
      // A message from the host page itself (not the iframe) changes nothing.
      const before = await iframe.evaluate((f) => f.style.height);
      await page.evaluate(() => window.postMessage({ type: 'tactful:height', height: 5000 }, '*'));
      await page.waitForTimeout(300);
      assert.equal(await iframe.evaluate((f) => f.style.height), before);
      // The embedded app only talks to its own origin.
      assert.ok(appFrameRequests.length > 0);
      assert.deepEqual(appFrameRequests.filter((u) => !u.startsWith(`${appOrigin}/`)), []);
      assert.deepEqual(elsewhere, []);
      assert.deepEqual(errors, []);
      assert.deepEqual(await app.evaluate(() => window.__cspViolations), []);
    } finally {
      await context.close();
      await host.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the "Embed on your site" page', () => {
  test('is linked from the footer; the snippet follows the options; the preview loads', async () => {
    const { page, check, origin } = await openApp('#/plan');
    await page.getByRole('link', { name: 'Embed on your site' }).click();
    await page.getByRole('heading', { level: 2, name: 'Embed on your site' }).waitFor();
    const code = page.locator('#embed-code');
    const initial = await code.inputValue();
    assert.ok(initial.startsWith(`<iframe src="${origin}/?embed=1&amp;currency=GBP`), initial);
    assert.match(initial, / data-tactful /);
    await (await reveal(page.getByRole('checkbox', { name: 'Reminder timeline', includeHidden: true }))).uncheck();
    await (await reveal(page.getByRole('checkbox', { name: 'Reminder text', includeHidden: true }))).uncheck();
    await (await reveal(page.locator('#embed-name'))).fill('Acme & "Co"');
    await (await reveal(page.locator('#embed-accent'))).fill('#A30');
    await (await reveal(page.locator('#embed-currency'))).selectOption('EUR');
    await (await reveal(page.locator('#embed-lang'))).selectOption('fr');
    await (await reveal(page.locator('#embed-policy'))).selectOption('firm');
    await (await reveal(page.locator('#embed-powered'))).uncheck();
    const expected = `${origin}/?embed=1&tools=plan,discount&name=Acme%20%26%20%22Co%22&accent=%23aa3300&currency=EUR&lang=fr&policy=firm&powered=0`;
    assert.ok((await code.inputValue()).startsWith(`<iframe src="${expected.replaceAll('&', '&amp;')}"`), await code.inputValue());
    const preview = page.locator('[data-testid=embed-preview]');
    assert.equal(await preview.getAttribute('src'), expected);
    assert.equal(await preview.getAttribute('sandbox'), 'allow-scripts allow-same-origin allow-popups');
    const inside = page.frameLocator('[data-testid=embed-preview]');
    await inside.locator('h1').filter({ hasText: 'Acme & "Co"' }).waitFor();
    await inside.locator('html[lang=fr]').waitFor();
    // A bad value is explained next to its field and left out of the snippet.
    await (await reveal(page.locator('#embed-accent'))).fill('tomato');
    await page.locator('#embed-accent-error').filter({ hasText: 'hex colour' }).waitFor();
    assert.ok(!(await code.inputValue()).includes('accent='));
    await (await reveal(page.locator('#embed-logo'))).fill('https://evil.example/logo.png');
    await page.locator('#embed-logo-error').filter({ hasText: 'image on this site' }).waitFor();
    await (await reveal(page.locator('#embed-accent'))).fill('#aa3300');
    await (await reveal(page.locator('#embed-logo'))).fill('icon.svg');
    await inside.locator('img.embed-logo[src="icon.svg"]').waitFor();
    await axe(page);
    await check();
  });
});
