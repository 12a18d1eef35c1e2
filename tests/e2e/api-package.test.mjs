// The JavaScript API as a developer gets it: `npm pack` of dist/api, installed offline from
// the tarball into an empty project, then used there
// - in Node.js 20 through the package name (its `node` entry): every README example;
// - from TypeScript, against the installed types (a browser and a Node.js configuration);
// - in a page without a bundler, in headless Chromium: an import map names the installed
//   module, `await init()` fetches the .wasm beside it;
// and the calendars it writes, in every language, pass an RFC 5545 parser (ical.js) and the
// line rules the app's files are held to (CRLF, at most 75 octets, UID, DTSTAMP).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/static-server.mjs';
import { CHROMIUM_ARGS, isOffOrigin } from './harness.mjs';
import { exampleSource, readmeExamples } from './api-examples.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const distApi = join(repo, 'dist', 'api');
const tsc = join(repo, 'node_modules', 'typescript', 'bin', 'tsc');
const cargo = readFileSync(join(repo, 'api', 'Cargo.toml'), 'utf8');
const VERSION = cargo.match(/^version = "([^"]+)"/m)[1];
const DTSTAMP = '2026-12-07T10:00:00Z';
const LANGS = ['en-GB', 'en-US', 'de', 'fr', 'es', 'nl'];
const PLAN = { debt: '1000.00', currency: 'EUR', first_due_date: '2025-06-02', size: 3, calendar: 'gb-eaw' };
const TIMELINE = {
  policy: { preset: 'standard', calendar: 'gb-eaw' }, due_date: '2025-11-14', today: '2025-12-01',
  amount: '4800', currency: 'GBP', statutory: { regime: 'uk', claim: true }, promise_to_pay: '2025-12-20',
  // The first two steps went out as planned (the friendly reminder on Monday 17 November:
  // the 15th was a Saturday); the rest is dated from them.
  contacts: [
    { date: '2025-11-11', kind: 'sent', action: 'pre_due_reminder' },
    { date: '2025-11-17', kind: 'sent', action: 'friendly_overdue' },
  ],
};

const env = { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
const run = (command, args, cwd) => execFileSync(command, args, { cwd, env, encoding: 'utf8' });
const state = { project: null, tarball: null, packed: null };

before(() => {
  state.project = mkdtempSync(join(tmpdir(), 'tactful-package-'));
  [state.packed] = JSON.parse(run('npm', ['pack', distApi, '--pack-destination', state.project, '--json'], state.project));
  state.tarball = state.packed.filename;
  writeFileSync(join(state.project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', `./${state.tarball}`], state.project);
});
after(() => rmSync(state.project, { recursive: true, force: true }));

/** Runs `source` as an ES module of the consumer project; its standard output. */
function node(source) {
  const file = join(state.project, 'script.mjs');
  writeFileSync(file, source);
  return run(process.execPath, [file], state.project);
}

/**
 * Checks an .ics text the way the app's files are checked, then parses it with ical.js;
 * its VEVENTs as ICAL.Components.
 */
function validCalendar(ics, label) {
  assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\n') && ics.endsWith('END:VCALENDAR\r\n'), label);
  assert.ok(!/[^\r]\n|\r[^\n]/.test(ics), `${label}: every line ends with CRLF`);
  for (const line of ics.slice(0, -2).split('\r\n')) {
    assert.ok(Buffer.byteLength(line) <= 75, `${label}: ${Buffer.byteLength(line)} octets: ${line}`);
  }
  const count = ics.split('BEGIN:VEVENT').length - 1;
  assert.equal((ics.match(/^UID:/gm) ?? []).length, count, `${label}: a UID per event`);
  assert.equal((ics.match(/^DTSTAMP:20261207T100000Z\r$/gm) ?? []).length, count, `${label}: DTSTAMP from the input`);
  const calendar = new ICAL.Component(ICAL.parse(ics));
  assert.equal(calendar.name, 'vcalendar');
  assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
  assert.ok(calendar.getFirstPropertyValue('prodid'));
  const events = calendar.getAllSubcomponents('vevent');
  assert.equal(events.length, count, label);
  const uids = new Set();
  for (const event of events) {
    const uid = event.getFirstPropertyValue('uid');
    assert.match(uid, /^[0-9a-f]{16}@tactful\.invalid$/, label);
    uids.add(uid);
    assert.equal(event.getFirstPropertyValue('dtstamp').toString(), '2026-12-07T10:00:00Z', label);
    assert.ok(event.getFirstPropertyValue('dtstart'), label);
    assert.ok(event.getFirstPropertyValue('summary'), label);
    assert.ok(event.getFirstPropertyValue('description'), label);
    for (const alarm of event.getAllSubcomponents('valarm')) {
      assert.equal(alarm.getFirstPropertyValue('action'), 'DISPLAY', label);
      assert.ok(alarm.getFirstPropertyValue('trigger'), label);
    }
  }
  assert.equal(uids.size, count, `${label}: UIDs are unique`);
  return events;
}

describe('the JavaScript API as an npm package', () => {
  test('npm pack holds the module, the types, the Node.js entry and the README, at the crate version', () => {
    assert.equal(state.tarball, `tactful-api-${VERSION}.tgz`);
    const files = state.packed.files.map((f) => f.path).sort();
    assert.deepEqual(files, ['README.md', 'package.json', 'tactful_api.d.ts', 'tactful_api.js', 'tactful_api_bg.wasm', 'tactful_api_node.js']);
    const installed = join(state.project, 'node_modules', 'tactful-api');
    const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    assert.equal(pkg.version, VERSION);
    assert.equal(pkg.license, 'MIT');
    assert.equal(pkg.type, 'module');
    assert.equal(pkg.types, './tactful_api.d.ts');
    assert.deepEqual(Object.keys(pkg.exports['.']), ['types', 'browser', 'node', 'default']);
    const readme = readFileSync(join(installed, 'README.md'), 'utf8');
    for (const name of ['planInstalments', 'planCalendar', 'timelineCalendar', 'npm install']) {
      assert.ok(readme.includes(name), `the package README mentions ${name}`);
    }
  });

  test('in Node.js, every README example runs with the installed package', () => {
    const examples = readmeExamples();
    const output = node(`import init, * as api from 'tactful-api';
      await init();
      const examples = [${examples.map((e) => exampleSource(e.code)).join(',\n')}];
      for (const example of examples) await example(api);
      console.log(JSON.stringify({ ran: examples.length, version: api.apiVersion() }));`);
    assert.deepEqual(JSON.parse(output), { ran: examples.length, version: VERSION });
  });

  test('the README package example runs as written, and init() is the same in Node.js', () => {
    const output = node(`import init, { planInstalments } from 'tactful-api';

      await init();
      const plan = planInstalments({ debt: '1000.00', currency: 'GBP', first_due_date: '2025-06-02', size: 3 });
      console.log(plan.rows.map((row) => row.amount).join(' '));`);
    assert.equal(output.trim(), '333.33 333.33 333.34');
  });

  test('TypeScript compiles against the installed types (browser and Node.js settings)', () => {
    writeFileSync(join(state.project, 'consumer.ts'), `import init, { isTactfulInputError, planCalendar, planInstalments, type Plan, type PlanInput } from 'tactful-api';

await init();
const input: PlanInput = { debt: '1000.00', currency: 'GBP', first_due_date: '2025-06-02', size: 3 };
const plan: Plan = planInstalments(input);
const ics: string = planCalendar({ ...input, lang: 'de', dtstamp: new Date().toISOString() });
export let summary = '';
try {
  planInstalments({ ...input, debt: 12.5 });
} catch (error) {
  if (isTactfulInputError(error)) summary = error.errors.map((e) => e.field + e.code + e.message).join() + plan.rows.length + ics.length;
}
// @ts-expect-error: a misspelt key
planInstalments({ ...input, frequncy: 'monthly' });
`);
    for (const options of [
      { strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2022', 'dom'], types: [], noEmit: true },
      { strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2022'], types: [], noEmit: true, skipLibCheck: true },
      { strict: true, module: 'esnext', moduleResolution: 'bundler', target: 'es2022', lib: ['es2022', 'dom'], types: [], noEmit: true },
    ]) {
      writeFileSync(join(state.project, 'tsconfig.json'), JSON.stringify({ compilerOptions: options, files: ['consumer.ts'] }));
      try {
        run(process.execPath, [tsc, '-p', '.', '--pretty', 'false'], state.project);
      } catch (error) {
        assert.fail(`${JSON.stringify(options)}\n${error.stdout}${error.stderr}`);
      }
    }
  });

  test('the calendars pass an RFC 5545 parser in every language', () => {
    const output = node(`import { planCalendar, timelineCalendar } from 'tactful-api';
      const plan = ${JSON.stringify(PLAN)};
      const timeline = ${JSON.stringify(TIMELINE)};
      const out = {};
      for (const lang of ${JSON.stringify(LANGS)}) {
        out[lang] = {
          plan: planCalendar({ ...plan, reference: 'INV-042 · Société Générale; 日本支社, Ltd', alarm_days_before: 1, lang, dtstamp: '${DTSTAMP}' }),
          timeline: timelineCalendar({ ...timeline, invoice_label: 'INV-7 — Ünïcode Trading Company Limited, Manchester', lang, dtstamp: '${DTSTAMP}' }),
        };
      }
      console.log(JSON.stringify(out));`);
    const calendars = JSON.parse(output);
    const finalNotice = {
      'en-GB': 'Final notice (letter)', 'en-US': 'Final notice (letter)', de: 'Letzte Zahlungsaufforderung (Brief)',
      fr: 'Dernière relance (courrier)', es: 'Último aviso (carta)', nl: 'Laatste aanmaning (brief)',
    };
    const firstInstalment = {
      'en-GB': 'Instalment 1/3: €333.33', 'en-US': 'Installment 1/3: €333.33', de: 'Rate 1/3: 333,33\u00a0€',
      fr: 'Échéance 1/3: 333,33\u00a0€', es: 'Plazo 1/3: 333,33\u00a0€', nl: 'Termijn 1/3: €\u00a0333,33',
    };
    for (const lang of LANGS) {
      const plan = validCalendar(calendars[lang].plan, `${lang} plan`);
      assert.equal(plan.length, 3);
      assert.equal(plan[0].getFirstPropertyValue('summary'), `${firstInstalment[lang]} · INV-042 · Société Générale; 日本支社, Ltd`);
      assert.equal(plan[2].getFirstPropertyValue('dtstart').toString(), '2025-08-04');
      const timeline = validCalendar(calendars[lang].timeline, `${lang} timeline`);
      const summaries = timeline.map((event) => event.getFirstPropertyValue('summary'));
      assert.ok(summaries.includes(`${finalNotice[lang]}: INV-7 — Ünïcode Trading Company Limited, Manchester`), `${lang}: ${summaries.join(' | ')}`);
      assert.equal(timeline[0].getFirstPropertyValue('dtstart').toString(), '2025-11-11T10:00:00');
    }
    // Counts agree with their noun: 3 days, 1 day (French: 0 and 1 are singular).
    const description = (lang, index) => validCalendar(calendars[lang].timeline, lang)[index].getFirstPropertyValue('description');
    assert.match(description('de', 1), /^freundlich\n3 Tage überfällig\nGesetzliche Verzugszinsen bis dahin: 4,83\u00a0£; Pauschale 70,00\u00a0£\.$/);
    assert.match(description('de', 3), /^bestimmt\n38 Tage überfällig\nauf den nächsten Geschäftstag verschoben\nGesetzliche Verzugszinsen bis dahin: 61,22\u00a0£; Pauschale 70,00\u00a0£\.$/);
    assert.match(description('fr', 1), /\n3\u00a0jours de retard\n/);
    assert.match(description('fr', 3), /^ferme\n38\u00a0jours de retard\nreportée au jour ouvré suivant\n/);
    assert.match(description('en-GB', 1), /^friendly\nday 3 overdue\nStatutory interest by then: £4\.83; compensation £70\.00\.$/);
    assert.match(description('en-GB', 3), /^firm\nday 38 overdue\nmoved to the next business day\nStatutory interest by then: £61\.22; compensation £70\.00\.$/);
  });

  describe('in a page without a bundler (headless Chromium)', () => {
    let server;
    let browser;
    before(async () => {
      server = await startServer({ root: state.project, port: 0 });
      browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    test('an import map names the installed module; init() fetches its .wasm', async () => {
      writeFileSync(join(state.project, 'index.html'), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>tactful-api in a page</title><link rel="icon" href="data:,">
<script type="importmap">{ "imports": { "tactful-api": "./node_modules/tactful-api/tactful_api.js" } }</script>
<script type="module">
  import init, { planInstalments, planCalendar, timelineCalendar, isTactfulInputError } from 'tactful-api';
  await init();
  const plan = planInstalments({ debt: '1000.00', currency: 'GBP', first_due_date: '2025-06-02', size: 3 });
  let refused = null;
  try { planInstalments({}); } catch (error) { refused = isTactfulInputError(error) && error.errors.map((e) => e.field).join(); }
  window.result = {
    amounts: plan.rows.map((row) => row.amount),
    refused,
    plan: planCalendar({ ...${JSON.stringify(PLAN)}, lang: 'fr', dtstamp: '${DTSTAMP}' }),
    timeline: timelineCalendar({ ...${JSON.stringify(TIMELINE)}, invoice_label: 'INV-7', lang: 'nl', dtstamp: '${DTSTAMP}' }),
  };
</script></head><body><main><h1>tactful-api</h1></main></body></html>`);
      const context = await browser.newContext();
      const page = await context.newPage();
      const problems = [];
      const requests = [];
      page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
      page.on('pageerror', (error) => problems.push(String(error)));
      page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
      context.on('request', (request) => requests.push(request.url()));
      await page.goto(`${server.url}index.html`);
      await page.waitForFunction(() => window.result !== undefined, null, { timeout: 15_000 });
      const result = await page.evaluate(() => window.result);
      assert.deepEqual(result.amounts, ['333.33', '333.33', '333.34']);
      assert.equal(result.refused, 'debt,currency,first_due_date,size');
      const origin = new URL(server.url).origin;
      assert.deepEqual(requests.filter((url) => isOffOrigin(url, origin)), []);
      assert.ok(requests.some((url) => url.endsWith('/node_modules/tactful-api/tactful_api_bg.wasm')), requests.join('\n'));
      assert.deepEqual(problems, []);
      // The same text as in Node.js.
      const inNode = JSON.parse(node(`import { planCalendar, timelineCalendar } from 'tactful-api';
        console.log(JSON.stringify([
          planCalendar({ ...${JSON.stringify(PLAN)}, lang: 'fr', dtstamp: '${DTSTAMP}' }),
          timelineCalendar({ ...${JSON.stringify(TIMELINE)}, invoice_label: 'INV-7', lang: 'nl', dtstamp: '${DTSTAMP}' }),
        ]));`));
      assert.deepEqual([result.plan, result.timeline], inNode);
      validCalendar(result.plan, 'page plan');
      const summaries = validCalendar(result.timeline, 'page timeline').map((event) => event.getFirstPropertyValue('summary'));
      assert.ok(summaries.includes('Laatste aanmaning (brief): INV-7'), summaries.join(' | '));
      await context.close();
    });
  });
});
