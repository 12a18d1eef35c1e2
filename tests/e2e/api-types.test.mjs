// The JavaScript API's TypeScript types (dist/api/tactful_api.d.ts, hand-written in
// api/tactful_api.d.ts) checked two ways:
// 1. `tsc --strict` (TypeScript pinned in package.json) compiles every README example, and
//    a list of wrong calls each marked `// @ts-expect-error`: a wrong call that compiles
//    leaves an unused directive, which tsc reports, so the test fails.
// 2. The declared results against the real module: every value the README examples and
//    the calls below get back is walked with the type checker of the same declarations,
//    key by key (a missing key, an extra key, a wrong type or an unknown choice fails), and
//    the module's runtime exports must be exactly the declared functions. So the types
//    cannot drift from the Rust serde output unnoticed.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import * as api from '../../dist/api/tactful_api.js';
import { readmeExamples } from './api-examples.mjs';

const dts = fileURLToPath(new URL('../../dist/api/tactful_api.d.ts', import.meta.url));
const tsc = fileURLToPath(new URL('../../node_modules/typescript/bin/tsc', import.meta.url));
api.initSync({ module: readFileSync(new URL('../../dist/api/tactful_api_bg.wasm', import.meta.url)) });

/** Deliberately wrong calls: each must be a type error. */
const WRONG = [
  ['a missing required key', "api.planInstalments({ debt: '1000', currency: 'GBP', size: 3 });"],
  ['a misspelt key', "api.planInstalments({ debt: '1000', currency: 'GBP', first_due_date: '2025-06-02', size: 3, frequncy: 'monthly' });"],
  ['an unknown frequency', "api.planInstalments({ debt: '1000', currency: 'GBP', first_due_date: '2025-06-02', size: 3, frequency: 'yearly' });"],
  ['every_n_days without its days', "api.planInstalments({ debt: '1000', currency: 'GBP', first_due_date: '2025-06-02', size: 3, frequency: { kind: 'every_n_days' } });"],
  ['a boolean amount', "api.planInstalments({ debt: true, currency: 'GBP', first_due_date: '2025-06-02', size: 3 });"],
  ['a Date object', "api.planInstalments({ debt: '1000', currency: 'GBP', first_due_date: new Date(), size: 3 });"],
  ['an unknown roll', "api.planInstalments({ debt: '1000', currency: 'GBP', first_due_date: '2025-06-02', size: 3, roll: 'forward' });"],
  ['an unknown region', "api.planInstalments({ debt: '1000', currency: 'GBP', first_due_date: '2025-06-02', size: 3, calendar: 'uk' });"],
  ['a calendar without dtstamp', "api.planCalendar({ debt: '1000', currency: 'GBP', first_due_date: '2025-06-02', size: 3 });"],
  ['an unknown language', "api.planCalendar({ debt: '1000', currency: 'GBP', first_due_date: '2025-06-02', size: 3, dtstamp: '2026-12-07T10:00:00Z', lang: 'it' });"],
  ['a timeline key in a plan calendar', "api.planCalendar({ debt: '1000', currency: 'GBP', first_due_date: '2025-06-02', size: 3, dtstamp: '2026-12-07T10:00:00Z', invoice_label: 'x' });"],
  ['a plan key in a timeline calendar', "api.timelineCalendar({ due_date: '2025-11-14', today: '2025-12-01', dtstamp: '2026-12-07T10:00:00Z', reference: 'x' });"],
  ['an unknown preset', "api.buildTimeline({ policy: 'strict', due_date: '2025-11-14', today: '2025-12-01' });"],
  ['an event action in a ladder', "api.buildTimeline({ policy: { stages: [{ offset_days: 1, channel: 'email', tone: 'friendly', action: 'thank_you' }] }, due_date: '2025-11-14', today: '2025-12-01' });"],
  ['an unknown channel', "api.buildTimeline({ policy: { stages: [{ offset_days: 1, channel: 'fax', tone: 'friendly', action: 'due_today' }] }, due_date: '2025-11-14', today: '2025-12-01' });"],
  ['a year basis of 364', "api.analyzeDiscount({ invoice_amount: '1000', currency: 'GBP', year_basis: 364 });"],
  ['an unknown regime', "api.statutoryInterest({ regime: 'us', principal: '1', currency: 'USD', due_date: '2025-03-31', until: '2025-05-15' });"],
  ['an unknown jurisdiction', "api.statutoryInterest({ jurisdiction: 'it', principal: '1', currency: 'EUR', due_date: '2025-03-31', until: '2025-05-15' });"],
  ['a jurisdiction given as the regime', "api.statutoryInterest({ regime: 'de', principal: '1', currency: 'EUR', due_date: '2025-03-31', until: '2025-05-15' });"],
  ['both jurisdiction and regime', "api.statutoryInterest({ jurisdiction: 'de', regime: 'eu', principal: '1', currency: 'EUR', due_date: '2025-03-31', until: '2025-05-15' });"],
  ['reference_rates as one object', "api.statutoryInterest({ jurisdiction: 'es', principal: '1', currency: 'EUR', due_date: '2026-12-15', until: '2027-01-15', reference_rates: { date: '2027-01-01', rate: '2.40' } });"],
  ['a reference rate keyed as in Rust', "api.statutoryInterest({ jurisdiction: 'es', principal: '1', currency: 'EUR', due_date: '2026-12-15', until: '2027-01-15', reference_rates: [{ reference_date: '2027-01-01', rate: '2.40' }] });"],
  ['a reference rate without its date', "api.statutoryInterest({ jurisdiction: 'es', principal: '1', currency: 'EUR', due_date: '2026-12-15', until: '2027-01-15', reference_rates: [{ rate: '2.40' }] });"],
  ['a boolean reference rate', "api.statutoryInterest({ jurisdiction: 'es', principal: '1', currency: 'EUR', due_date: '2026-12-15', until: '2027-01-15', reference_rates: [{ date: '2027-01-01', rate: true }] });"],
  ['an instalment keyed as in Rust', "api.statutoryInterest({ jurisdiction: 'de', principal: '800', currency: 'EUR', due_date: '2025-03-31', until: '2025-06-30', instalments: [{ due_date: '2025-04-30', amount: '400' }] });"],
  ['an unknown day basis', "api.statutoryInterest({ jurisdiction: 'de', principal: '1', currency: 'EUR', due_date: '2025-03-31', until: '2025-05-15', day_basis: 'actual_360' });"],
  ['an unknown Irish rate date', "api.statutoryInterest({ jurisdiction: 'ie', principal: '1', currency: 'EUR', due_date: '2025-03-31', until: '2025-05-15', ie_rate_date: 'today' });"],
  ['a boolean payment day', "api.statutoryInterest({ jurisdiction: 'fr', principal: '1', currency: 'EUR', due_date: '2025-03-31', until: '2025-05-15', payment_day: false });"],
  ['the options nested in statutoryInterest', "api.statutoryInterest({ jurisdiction: 'ie', principal: '1', currency: 'EUR', due_date: '2025-03-31', until: '2025-05-15', claim_options: { ie_rate_date: 'due_date' } });"],
  ['a timeline claim without a law', "api.buildTimeline({ due_date: '2025-11-14', today: '2025-12-01', amount: '1', currency: 'EUR', statutory: { claim: true } });"],
  ['an unknown jurisdiction in a timeline', "api.buildTimeline({ due_date: '2025-11-14', today: '2025-12-01', amount: '1', currency: 'EUR', statutory: { jurisdiction: 'be' } });"],
  ['a timeline option outside claim_options', "api.buildTimeline({ due_date: '2025-11-14', today: '2025-12-01', amount: '1', currency: 'EUR', statutory: { jurisdiction: 'ie', ie_rate_date: 'due_date' } });"],
  ['an unknown rounding in claim_options', "api.timelineCalendar({ due_date: '2025-11-14', today: '2025-12-01', amount: '1', currency: 'EUR', statutory: { jurisdiction: 'nl', claim_options: { rounding: 'per_day' } }, dtstamp: '2026-12-07T10:00:00Z' });"],
  ['a send time as a number', "api.buildTimeline({ policy: { preset: 'gentle', send_time: 10 }, due_date: '2025-11-14', today: '2025-12-01' });"],
  ['a template and your own wording', "api.renderMessage({ template: 'thank_you', subject: 'x', body: 'y', amount: '1', currency: 'GBP', due_date: '2026-12-01', today: '2026-12-15' });"],
  ['a tone without a template', "api.renderMessage({ tone: 'warm', subject: 'x', body: 'y', amount: '1', currency: 'GBP', due_date: '2026-12-01', today: '2026-12-15' });"],
  ['an unknown template', "api.renderMessage({ template: 'reminder', amount: '1', currency: 'GBP', due_date: '2026-12-01', today: '2026-12-15' });"],
  ['a number as text', 'api.toneCheck(42);'],
  ['an unknown kind in a result', "const kinds: 'shouting'[] = api.toneCheck('x').map((f) => f.kind);"],
  ['an amount read as a number', "const paid: number = api.planInstalments({ debt: '1', currency: 'GBP', first_due_date: '2025-06-02', size: 1 }).totals.total_paid;"],
  ['Dutch collection costs read unchecked', "api.statutoryInterest({ jurisdiction: 'nl', principal: '1', currency: 'EUR', due_date: '2025-03-31', until: '2025-05-15' }).collection_costs_detail.amount;"],
  ['an unknown option in a result', "const basis: 'actual_360' = api.statutoryInterest({ principal: '1', currency: 'EUR', due_date: '2025-03-31', until: '2025-05-15' }).options.day_basis;"],
  ['a contact of an unknown kind', "api.nextStep({ due_date: '2025-11-14', today: '2025-12-01', contacts: [{ date: '2025-11-17', kind: 'shouted' }] });"],
  ['a promise without its date', "api.buildTimeline({ due_date: '2025-11-14', today: '2025-12-01', contacts: [{ date: '2025-11-17', kind: 'promise_to_pay' }] });"],
  ['a key of another kind of contact', "api.nextStep({ due_date: '2025-11-14', today: '2025-12-01', contacts: [{ date: '2025-11-17', kind: 'sent', amount: '5' }] });"],
  ['a suggested step used without checking there is one', "api.nextStep({ due_date: '2025-11-14', today: '2025-12-01' }).step.date;"],
  ['a nullable stage index used unchecked', "const t = api.buildTimeline({ due_date: '2025-11-14', today: '2025-12-01' }); t.stages[t.today_summary.next_stage];"],
  ['a calendar read as an object', "api.planCalendar({ debt: '1', currency: 'GBP', first_due_date: '2025-06-02', size: 1, dtstamp: '2026-12-07T10:00:00Z' }).rows;"],
  ['an account without claim', "api.accountStatement({ invoices: [{ number: 'A', due_date: '2026-09-30', amount: '1', currency: 'GBP' }], today: '2026-12-07', jurisdiction: 'uk' });"],
  ['an unknown allocation rule', "api.accountStatement({ invoices: [{ number: 'A', due_date: '2026-09-30', amount: '1', currency: 'GBP' }], today: '2026-12-07', jurisdiction: 'uk', claim: true, allocation: 'fifo' });"],
  ['an account invoice without currency', "api.accountStatement({ invoices: [{ number: 'A', due_date: '2026-09-30', amount: '1' }], today: '2026-12-07', jurisdiction: 'uk', claim: true });"],
  ['an account payment naming an invoice by position', "api.accountStatement({ invoices: [{ number: 'A', due_date: '2026-09-30', amount: '1', currency: 'GBP' }], payments: [{ date: '2026-10-01', amount: '1', invoice: 0 }], today: '2026-12-07', jurisdiction: 'uk', claim: true });"],
  ['a statement CSV read as an object', "api.accountStatementCsv({ invoices: [{ number: 'A', due_date: '2026-09-30', amount: '1', currency: 'GBP' }], today: '2026-12-07', jurisdiction: 'uk', claim: true }).totals;"],
  ['an unknown aging bucket', "const b: 'days_91_120' = api.accountStatement({ invoices: [{ number: 'A', due_date: '2026-09-30', amount: '1', currency: 'GBP' }], today: '2026-12-07', jurisdiction: 'uk', claim: true }).buckets[0].bucket;"],
  ['a wrong error field', "try { api.apiVersion(); } catch (error) { if (api.isTactfulInputError(error)) { const n: number = error.field; } }"],
];

/** Compiles `files` (name → source) beside a copy of the declarations; tsc's output. */
function compile(files) {
  const dir = mkdtempSync(join(tmpdir(), 'tactful-types-'));
  try {
    copyFileSync(dts, join(dir, 'tactful_api.d.ts'));
    for (const [name, source] of Object.entries(files)) writeFileSync(join(dir, name), source);
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
      compilerOptions: {
        strict: true, noEmit: true, target: 'es2022', module: 'node16', moduleResolution: 'node16',
        lib: ['es2022', 'dom'], types: [], skipLibCheck: false,
      },
      files: Object.keys(files),
    }));
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }');
    try {
      execFileSync(process.execPath, [tsc, '-p', '.', '--pretty', 'false'], { cwd: dir, encoding: 'utf8' });
      return { ok: true, output: '' };
    } catch (error) {
      return { ok: false, output: `${error.stdout}${error.stderr}` };
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const HEADER = `import * as api from './tactful_api.js';
declare function assert(condition: unknown, message?: string): asserts condition;
`;

describe('TypeScript types', () => {
  test('every README example compiles with tsc --strict, and every wrong call fails', () => {
    const examples = readmeExamples()
      .map((example, index) => `// ${example.name}\nexport async function example${index}(): Promise<void> {\n${example.code}\n}\n`)
      .join('\n');
    const wrong = WRONG.map(([why, code], index) => `export function wrong${index}(): void {\n  // ${why}\n  // @ts-expect-error\n  ${code}\n}\n`).join('\n');
    const result = compile({ 'examples.ts': HEADER + examples, 'wrong.ts': HEADER + wrong });
    assert.ok(result.ok, result.output);
    // The check has teeth: a correct call marked as wrong is reported.
    const control = compile({ 'control.ts': `${HEADER}// @ts-expect-error\napi.apiVersion();\n` });
    assert.ok(!control.ok && /TS2578/.test(control.output), control.output);
    // And each wrong call, alone in a file without the directive, is an error of its own.
    const alone = compile(Object.fromEntries(WRONG.map(([, code], index) => [`alone${index}.ts`, `${HEADER}export function f(): void {\n${code}\n}\n`])));
    assert.ok(!alone.ok);
    WRONG.forEach(([why, code], index) => {
      assert.match(alone.output, new RegExp(`^alone${index}\\.ts\\(`, 'm'), `${why} must not compile: ${code}`);
    });
  });

  describe('declared results match the real module', () => {
    const program = ts.createProgram([dts], { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'], types: [] });
    const checker = program.getTypeChecker();
    const declared = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(dts)));
    const symbol = (name) => declared.find((s) => s.name === name) ?? assert.fail(`no export ${name}`);
    const typeOf = (sym) => checker.getTypeOfSymbolAtLocation(sym, sym.valueDeclaration ?? sym.declarations[0]);
    const returnType = (name) => typeOf(symbol(name)).getCallSignatures()[0].getReturnType();
    const declaredType = (name) => checker.getDeclaredTypeOfSymbol(symbol(name));

    /** Every way `value` does not fit `type`, as "path: why". */
    function mismatches(value, type, path = 'result') {
      const text = () => checker.typeToString(type);
      const shown = () => JSON.stringify(value)?.slice(0, 80);
      if (type.isUnion()) {
        const fits = type.types.some((member) => mismatches(value, member, path).length === 0);
        return fits ? [] : [`${path}: ${shown()} is none of ${text()}`];
      }
      const flags = type.flags;
      const expect = (ok) => (ok ? [] : [`${path}: ${shown()} is not ${text()}`]);
      if (flags & ts.TypeFlags.StringLiteral || flags & ts.TypeFlags.NumberLiteral) return expect(value === type.value);
      if (flags & ts.TypeFlags.BooleanLiteral) return expect(value === (text() === 'true'));
      if (flags & ts.TypeFlags.String) return expect(typeof value === 'string');
      if (flags & ts.TypeFlags.Number) return expect(typeof value === 'number' && Number.isFinite(value));
      if (flags & ts.TypeFlags.Null) return expect(value === null);
      if (flags & ts.TypeFlags.Undefined) return expect(value === undefined);
      if (checker.isArrayType(type)) {
        if (!Array.isArray(value)) return expect(false);
        const [item] = checker.getTypeArguments(type);
        return value.flatMap((element, index) => mismatches(element, item, `${path}.${index}`));
      }
      if (flags & ts.TypeFlags.Object) {
        if (value === null || typeof value !== 'object' || Array.isArray(value)) return expect(false);
        const problems = [];
        const properties = checker.getPropertiesOfType(type);
        for (const property of properties) {
          const optional = (property.flags & ts.SymbolFlags.Optional) !== 0;
          if (!(property.name in value)) {
            if (!optional) problems.push(`${path}.${property.name}: missing`);
            continue;
          }
          problems.push(...mismatches(value[property.name], typeOf(property), `${path}.${property.name}`));
        }
        for (const key of Object.keys(value)) {
          if (!properties.some((p) => p.name === key)) problems.push(`${path}.${key}: not declared`);
        }
        return problems;
      }
      return [`${path}: cannot check ${text()}`];
    }

    const results = [];
    /** The module, recording every result (and every thrown error) with its function. */
    const recorder = new Proxy(api, {
      get(target, name) {
        const value = target[name];
        if (typeof value !== 'function' || name === 'default' || name === 'initSync') return value;
        return (...args) => {
          try {
            const result = value(...args);
            results.push({ name, result });
            return result;
          } catch (error) {
            results.push({ name: 'TactfulInputError', result: error });
            throw error;
          }
        };
      },
    });

    test('the module exports exactly the declared functions', () => {
      const values = declared.filter((s) => s.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Variable)).map((s) => s.name);
      assert.deepEqual(Object.keys(api).sort(), values.sort());
    });

    test('every result of the README examples and of richer calls has the declared shape', async () => {
      for (const example of readmeExamples()) {
        const run = (0, eval)(`(async (api) => {
          const assert = (condition, message) => { if (!condition) throw new Error('assertion failed: ' + (message ?? '')); };
          ${example.code}
        })`);
        await run(recorder);
      }
      // Variants the examples do not reach: every warning, note and optional value filled.
      recorder.planInstalments({
        debt: '6000', currency: 'EUR', first_due_date: '2025-06-01', size: 12, invoice_date: '2025-07-01',
        down_payment: { kind: 'percent', value: '10' }, frequency: { kind: 'every_n_days', days: 10 },
        interest: { kind: 'flat', annual_rate_pct: '5' }, missed_terms: { grace_days: 3, accelerate_after: 2 },
      });
      recorder.planInstalments({ debt: '1000.01', currency: 'GBP', first_due_date: '2025-01-31', size: { kind: 'target_amount', value: '333' } });
      recorder.analyzeDiscount({ invoice_amount: '1000', currency: 'GBP', gross_margin_pct: '0', discount_percent: '40' });
      recorder.analyzeDiscount({ invoice_amount: '1000', currency: 'GBP', unpaid_probability_pct: '0', cost_of_capital_pct: '0', agency_probability_pct: '0', legal_probability_pct: '0', churn_probability_pct: '0', chasing_hours: '0' });
      recorder.buildTimeline({
        policy: { preset: 'standard', calendar: 'gb-eaw' }, due_date: '2025-11-14', today: '2025-12-01',
        amount: '4800', currency: 'GBP', statutory: { regime: 'uk', claim: true }, promise_to_pay: '2025-12-20',
      });
      recorder.buildTimeline({ policy: 'gentle', due_date: '2025-03-03', today: '2025-03-20', dispute: { opened: '2025-03-10' } });
      recorder.buildTimeline({ due_date: '2025-03-03', today: '2025-04-20', amount: '100', currency: 'USD', statutory: { regime: 'eu' }, paid_on: '2025-04-01' });
      recorder.buildTimeline({ due_date: '2025-03-03', today: '2025-04-20', installments: [{ date: '2025-03-03', amount: '50' }, { date: '2025-04-03', amount: '50' }] });
      // Every kind of contact, and a next step for every reason.
      const log = [
        { date: '2025-11-17', kind: 'sent', action: 'friendly_overdue', channel: 'email', note: 'x' },
        { date: '2025-11-18', kind: 'sent', action: null, channel: 'phone_call', note: 'Called' },
        { date: '2025-11-19', kind: 'promise_to_pay', pay_by: '2025-11-25' },
        { date: '2025-11-20', kind: 'part_payment', amount: '100' },
        { date: '2025-11-21', kind: 'query_opened' },
        { date: '2025-11-22', kind: 'query_resolved', note: null },
      ];
      recorder.buildTimeline({ due_date: '2025-11-14', today: '2025-12-01', contacts: log });
      recorder.nextStep({ due_date: '2025-11-14', today: '2025-12-01', contacts: log });
      recorder.nextStep({ due_date: '2025-11-14', today: '2025-11-10' });
      recorder.nextStep({ due_date: '2025-11-14', today: '2025-12-01' });
      recorder.nextStep({ due_date: '2025-11-14', today: '2025-12-01', promise_to_pay: '2025-12-10' });
      recorder.nextStep({ due_date: '2025-11-14', today: '2025-12-01', promise_made_on: '2025-11-20', promise_to_pay: '2025-11-25' });
      recorder.nextStep({ due_date: '2025-11-14', today: '2025-12-01', contacts: [{ date: '2025-11-28', kind: 'query_opened' }, { date: '2025-11-28', kind: 'sent', action: 'dispute_acknowledgement' }] });
      recorder.nextStep({ due_date: '2025-11-14', today: '2025-12-01', paid_on: '2025-11-28' });
      recorder.nextStep({ due_date: '2025-11-14', today: '2025-12-01', installments: [{ date: '2025-12-20', amount: '10' }] });
      recorder.nextStep({ due_date: '2025-01-14', today: '2025-12-01', contacts: ['pre_due_reminder', 'friendly_overdue', 'second_follow_up', 'firm_follow_up', 'final_notice', 'agency_referral', 'legal_review'].map((action) => ({ date: '2025-11-01', kind: 'sent', action })) });
      recorder.statutoryInterest({ regime: 'eu', principal: '10000', currency: 'USD', due_date: '2024-11-30', until: '2025-02-28' });
      // Each law, every note, every option away from its default, and the parts only some laws fill.
      const invoice = { principal: '10000', due_date: '2024-11-30', until: '2025-02-28' };
      recorder.statutoryInterest({ ...invoice, currency: 'GBP' });
      recorder.statutoryInterest({ ...invoice, currency: 'GBP', until: '2024-11-15' });
      recorder.statutoryInterest({ ...invoice, jurisdiction: 'uk', currency: 'EUR', reference_rate_override: 5 });
      recorder.statutoryInterest({ ...invoice, jurisdiction: 'ie', currency: 'USD', ie_rate_date: 'payment_date' });
      recorder.statutoryInterest({
        ...invoice, jurisdiction: 'de', currency: 'EUR', payment_day: 'not_counted', day_basis: 'actual_actual', rounding: 'per_period',
        instalments: [{ date: '2024-11-30', amount: '5000' }, { date: '2024-12-31', amount: 5000 }],
      });
      recorder.statutoryInterest({ ...invoice, jurisdiction: 'fr', currency: 'EUR', instalments: [{ date: '2024-12-31', amount: '5000' }] });
      recorder.statutoryInterest({ ...invoice, jurisdiction: 'nl', currency: 'EUR', due_date: '2023-06-30', collection_costs_agreed: '500' });
      recorder.statutoryInterest({ ...invoice, jurisdiction: 'nl', currency: 'USD', principal: '1000000', day_basis: 'actual_actual' });
      recorder.statutoryInterest({ ...invoice, jurisdiction: 'es', currency: 'EUR', interest_start: '2024-12-05' });
      recorder.statutoryInterest({ ...invoice, jurisdiction: 'eu', currency: 'SEK', eu_margin: '9' });
      recorder.buildTimeline({
        policy: { preset: 'firm', send_time: null }, due_date: '2024-11-30', today: '2025-02-28', amount: '10000', currency: 'EUR',
        statutory: { jurisdiction: 'nl', claim: true, claim_options: { payment_day: 'not_counted', day_basis: 'actual_actual', rounding: 'per_period' } },
      });
      recorder.buildTimeline({
        policy: { preset: 'gentle', send_time: '9:05' }, due_date: '2024-11-30', today: '2025-02-28', amount: '10000', currency: 'USD',
        statutory: { jurisdiction: 'ie', claim_options: { ie_rate_date: 'per_half_year' } },
      });
      recorder.buildTimeline({
        policy: { send_time: '17:30:15' }, due_date: '2026-11-30', today: '2027-02-28', amount: '1000', currency: 'EUR', statutory: { regime: 'eu' },
      });
      recorder.timelineCalendar({
        policy: { preset: 'standard', send_time: null }, due_date: '2024-11-30', today: '2025-02-28', amount: '10000', currency: 'EUR',
        statutory: { jurisdiction: 'de', claim_options: { day_basis: 'actual_actual' } }, dtstamp: '2026-12-07T10:00:00Z',
      });
      recorder.renderMessage({ subject: '{{ x }}', body: '{% if %}', amount: '1', currency: 'GBP', due_date: '2025-01-01', today: '2025-01-02' });
      // Accounts: Dutch collection costs (a detail with bands), a compensation in another
      // currency (nulls), a credit, every option.
      recorder.accountStatement({
        invoices: [
          { number: 'F-1', issue_date: '2026-06-01', due_date: '2026-06-30', amount: '2000', currency: 'EUR', note: 'x' },
          { number: 'F-2', due_date: '2026-12-31', amount: '3000', currency: 'EUR', note: null },
        ],
        payments: [{ date: '2026-07-15', amount: '500', invoice: 'F-1' }, { date: '2026-08-01', amount: '10', invoice: null }],
        today: '2026-09-30', jurisdiction: 'nl', claim: true, allocation: 'named', lang: 'nl',
        payment_day: 'not_counted', day_basis: 'actual_actual', rounding: 'per_period', ie_rate_date: 'due_date',
        reference_rates: null, reference_rate_override: null, eu_margin: null,
      });
      recorder.accountStatement({
        invoices: [{ number: 'X', due_date: '2026-07-31', amount: '2000', currency: 'GBP' }],
        payments: [{ date: '2026-09-01', amount: '2500' }],
        today: '2026-09-30', jurisdiction: 'de', claim: true, allocation: 'statutory_order',
      });
      recorder.accountStatement({
        invoices: [{ number: 'Y', due_date: '2026-07-31', amount: '2000', currency: 'USD' }],
        today: '2026-09-30', jurisdiction: 'eu', claim: false, eu_margin: '9', reference_rates: [{ date: '2026-07-01', rate: '2.4' }],
      });
      recorder.accountStatementCsv({
        invoices: [{ number: 'Z', due_date: '2026-07-31', amount: '2000', currency: 'GBP' }],
        today: '2026-09-30', jurisdiction: 'uk', claim: true, lang: 'en-US',
      });
      assert.throws(() => recorder.planInstalments({ debt: 12.5, currency: 'GBP', first_due_date: '2025-02-30', size: 0 }));

      const seen = new Set(results.map((r) => r.name));
      for (const name of ['planInstalments', 'planCalendar', 'analyzeDiscount', 'buildTimeline', 'nextStep', 'timelineCalendar',
        'statutoryInterest', 'accountStatement', 'accountStatementCsv', 'renderMessage', 'toneCheck', 'apiVersion',
        'isTactfulInputError', 'TactfulInputError']) {
        assert.ok(seen.has(name), `a result of ${name} is checked`);
      }
      const problems = results.flatMap(({ name, result }) => (name === 'TactfulInputError'
        ? mismatches({ name: result.name, message: result.message, field: result.field, code: result.code, errors: result.errors },
          checker.getApparentType(declaredType('TactfulInputError')), name).filter((p) => !/\.(stack|cause): missing/.test(p))
        : mismatches(result, returnType(name), name)));
      assert.deepEqual(problems, []);
      // Own keys of a thrown error are declared too.
      const error = results.find((r) => r.name === 'TactfulInputError').result;
      const props = checker.getPropertiesOfType(declaredType('TactfulInputError')).map((p) => p.name);
      for (const key of Object.keys(error)) assert.ok(props.includes(key), `error.${key} is declared`);
    });

    test('the checker finds drift', () => {
      // A stand-in for a Rust change not made in the .d.ts: a renamed, a missing and a new key.
      const plan = api.planInstalments({ debt: '1000.00', currency: 'GBP', first_due_date: '2025-06-02', size: 3 });
      const { totals, ...rest } = plan;
      const drifted = { ...rest, total: totals, rows: plan.rows.map((row) => ({ ...row, weekday: 'Monday' })) };
      const problems = mismatches(drifted, returnType('planInstalments'), 'plan');
      assert.ok(problems.includes('plan.totals: missing'), problems.join('\n'));
      assert.ok(problems.includes('plan.total: not declared'), problems.join('\n'));
      assert.ok(problems.some((p) => p.startsWith('plan.rows.0.weekday:')), problems.join('\n'));
    });
  });
});
