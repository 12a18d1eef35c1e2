// Interaction latency of the built app in Debian's chromium (part of scripts/bench, not of
// the test run): keystroke to updated DOM, from the Performance API, for
//   (a) a 360-installment plan (#/plan): typing in "Amount due" until the schedule's last
//       installment row and its totals row both show the new figures;
//   (b) the discount sensitivity chart (#/discount): typing in "Discount (%)" until the
//       chart's line and offer mark are redrawn;
//   (c) the message preview (#/message): typing in "Client contact name" until the preview
//       shows it.
// Each keystroke is a real key press (CDP Input events). A capture-phase `input` listener
// on the document puts a `performance.mark` before the app sees the event; a
// MutationObserver puts a second mark when every watched text has changed (the DOM is
// updated), and a requestAnimationFrame callback after that a third (the next frame can be
// painted). The two `performance.measure`s are the figures. Installed with page.evaluate
// (no script is added to the page, the CSP stays untouched). Alternating key presses (a
// digit, then Backspace) make every keystroke change the result. The first WARM_UP presses
// are not counted. Run with and without 4x CPU throttling (CDP
// Emulation.setCPUThrottlingRate). Prints a markdown table of median and p95.
//
//   node scripts/latency.mjs [dist] [--keys N] [--json FILE]
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from './static-server.mjs';

export const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];
const WARM_UP = 5;

/** Serves `root` with compression and launches chromium; returns { server, browser, close }. */
export async function launch(root) {
  const server = await startServer({ root, port: 0, compress: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  return { server, browser, close: async () => { await browser.close(); await server.close(); } };
}

/**
 * Opens `hash` in a fresh context; `done()` closes it and fails on console errors, uncaught
 * exceptions, CSP violations and off-origin requests (as the end-to-end harness does).
 */
export async function openPage(env, hash) {
  const context = await env.browser.newContext({ locale: 'en-GB' });
  await context.addInitScript(() => {
    window.__benchCsp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__benchCsp.push(e.violatedDirective));
  });
  const page = await context.newPage();
  const problems = [];
  const origin = new URL(env.server.url).origin;
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.push(`off-origin request: ${url}`);
  });
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console: ${msg.text()}`); });
  page.on('pageerror', (error) => problems.push(`page error: ${error}`));
  await page.goto(`${env.server.url}${hash}`);
  await page.locator('[data-testid=invoice-summary]').first().waitFor();
  return {
    page,
    context,
    async done() {
      const csp = await page.evaluate(() => window.__benchCsp);
      problems.push(...csp.map((d) => `CSP violation: ${d}`));
      await context.close();
      if (problems.length) throw new Error(`${hash}: ${problems.join('; ')}`);
    },
  };
}

// The exact label first ("Due date" is the invoice's, not the plan's "A due date on a day
// off moves to"), and the field's collapsed section opened, as a visitor would.
export const fill = async (page, label, value) => {
  const exact = page.getByLabel(label, { exact: true });
  const input = (await exact.count()) > 0 ? exact.first() : page.getByLabel(label, { exact: false }).first();
  await input.evaluate((el) => {
    for (let d = el.closest('details:not([open])'); d; d = d.parentElement?.closest('details:not([open])')) d.open = true;
  });
  await input.fill(value);
};

/** A 360-installment (or `count`) monthly plan of £1,000.00 from 2 June 2025. */
export async function planOf(page, count) {
  await fill(page, 'Amount due', '1000');
  await fill(page, 'Due date', '2025-05-30');
  await fill(page, 'First instalment due on', '2025-06-02');
  await fill(page, 'Number of instalments', String(count));
  await page.locator(`[data-testid=plan-schedule] tbody tr:nth-child(${count})`).waitFor();
}

// What each scenario watches (`watch`: a reader in `instrument`, giving one or more texts)
// must change after every keystroke; the DOM counts as updated when every text has.
export const SCENARIOS = [
  {
    name: '360-installment plan: "Amount due" → last row and totals of the schedule',
    hash: '#/plan',
    async setUp(page) {
      await planOf(page, 360);
      return 'Amount due';
    },
    keys: ['5', 'Backspace'],
    watch: 'plan-last-rows',
  },
  {
    name: 'discount: "Discount (%)" → sensitivity chart',
    hash: '#/discount',
    async setUp(page) {
      await fill(page, 'Amount due', '4,800');
      await fill(page, 'Due date', '2026-10-01');
      await fill(page, 'Discount (%)', '1');
      await page.locator('svg[data-testid=sensitivity-chart] polyline').waitFor();
      return 'Discount (%)';
    },
    keys: ['2', 'Backspace'],
    watch: 'sensitivity-chart',
  },
  {
    name: 'message: "Client contact name" → preview',
    hash: '#/message',
    async setUp(page) {
      await fill(page, 'Amount due', '4,800');
      await fill(page, 'Due date', '2026-10-01');
      await fill(page, "Client's business name", 'Acme Ltd');
      await fill(page, 'Client contact name', 'Sam Patel');
      await page.getByTestId('preview-body').filter({ hasText: 'Sam Patel' }).waitFor();
      return 'Client contact name';
    },
    keys: ['x', 'Backspace'],
    watch: 'preview-body',
  },
];

/** Installs the marks in the page. */
async function instrument(page, reader) {
  await page.evaluate((name) => {
    // No eval in the page (the CSP forbids it): the readers are written out here.
    const text = (selector) => document.querySelector(selector)?.textContent;
    const readers = {
      // the last installment and the totals row (every amount changes with "Amount due")
      'plan-last-rows': () => [text('[data-testid=plan-schedule] tbody tr:nth-last-child(2)'),
        text('[data-testid=plan-schedule] tbody tr:last-child')],
      // the line and the mark of the offered discount
      'sensitivity-chart': () => {
        const svg = document.querySelector('svg[data-testid=sensitivity-chart]');
        return [svg && `${svg.querySelector('polyline')?.getAttribute('points')} ${svg.querySelector('circle')?.getAttribute('cx')}`];
      },
      'preview-body': () => [text('[data-testid=preview-body]')],
    };
    const watch = readers[name];
    const changed = (before, now) => now.every((value, i) => value != null && value !== before[i]);
    let pending = null;
    document.addEventListener('input', () => {
      if (!pending) return;
      pending.started = true;
      performance.mark('bench-input');
    }, true);
    const observer = new MutationObserver(() => {
      if (!pending || !pending.started || pending.domDone) return;
      if (!changed(pending.before, watch())) return;
      pending.domDone = true;
      performance.mark('bench-dom');
      const dom = performance.measure('bench-keystroke-to-dom', 'bench-input', 'bench-dom').duration;
      requestAnimationFrame(() => {
        performance.mark('bench-frame');
        const frame = performance.measure('bench-keystroke-to-frame', 'bench-input', 'bench-frame').duration;
        const done = pending.resolve;
        pending = null;
        done({ dom, frame });
      });
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    window.__bench = {
      arm() {
        let resolve;
        const result = new Promise((ok) => { resolve = ok; });
        pending = { before: watch(), started: false, domDone: false, resolve };
        window.__benchResult = result;
      },
    };
  }, reader);
}

/** Runs one scenario `keys` times at CPU slowdown `rate`; returns the samples (ms). */
export async function measure(env, scenario, { keys, rate, warmUp = WARM_UP }) {
  const { page, context, done } = await openPage(env, scenario.hash);
  const label = await scenario.setUp(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await instrument(page, scenario.watch);
  const field = page.getByLabel(label, { exact: false }).first();
  await field.focus();
  await page.keyboard.press('End');
  const dom = [];
  const frame = [];
  for (let i = 0; i < keys + warmUp; i++) {
    await page.evaluate(() => window.__bench.arm());
    await page.keyboard.press(scenario.keys[i % scenario.keys.length]);
    const sample = await page.evaluate(() => Promise.race([
      window.__benchResult,
      new Promise((_, fail) => setTimeout(() => fail(new Error('the watched text did not change within 20 s')), 20000)),
    ]));
    if (i >= warmUp) { dom.push(sample.dom); frame.push(sample.frame); }
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await done();
  return { dom, frame };
}

export const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index];
};

async function main() {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? args.splice(i, 2)[1] : fallback;
  };
  const keys = Number(option('--keys', '50'));
  const jsonOut = option('--json', null);
  const root = args[0] ?? fileURLToPath(new URL('../dist', import.meta.url));
  const env = await launch(root);
  const version = env.browser.version();
  const results = [];
  try {
    for (const scenario of SCENARIOS) {
      for (const rate of [1, 4]) {
        const { dom, frame } = await measure(env, scenario, { keys, rate });
        const row = {
          scenario: scenario.name,
          cpu: rate === 1 ? 'none' : `${rate}x slower`,
          keystrokes: dom.length,
          dom_median: quantile(dom, 0.5),
          dom_p95: quantile(dom, 0.95),
          frame_median: quantile(frame, 0.5),
          frame_p95: quantile(frame, 0.95),
        };
        results.push(row);
        console.error(`latency: ${row.scenario}, CPU ${row.cpu}: median ${row.dom_median.toFixed(1)} ms, p95 ${row.dom_p95.toFixed(1)} ms`);
      }
    }
  } finally {
    await env.close();
  }
  const ms = (v) => `${v.toFixed(1)} ms`;
  console.log([
    '| interaction | CPU throttling | keystrokes | to DOM: median | to DOM: p95 | to next frame: median | to next frame: p95 |',
    '|---|---|---:|---:|---:|---:|---:|',
    ...results.map((r) => `| ${r.scenario} | ${r.cpu} | ${r.keystrokes} | ${ms(r.dom_median)} | ${ms(r.dom_p95)} | ${ms(r.frame_median)} | ${ms(r.frame_p95)} |`),
    '',
    `Chromium ${version}, headless; \`input\` event → every watched text changed (MutationObserver), and → the next requestAnimationFrame; ${WARM_UP} warm-up keystrokes not counted.`,
  ].join('\n'));
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify(results, null, 2) + '\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await main();
}
