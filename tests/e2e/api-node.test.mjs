// The JavaScript API in Node.js 20: no browser, no DOM. Loads the built module from dist/
// with initSync and the wasm bytes, runs every README example, checks each function's
// figures, then throws hostile input at every function: each call must fail with a
// TactfulInputError (never a WebAssembly trap) and the module must keep working.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as api from '../../dist/api/tactful_api.js';
import { exampleSource, readmeExamples } from './api-examples.mjs';

const wasm = readFileSync(new URL('../../dist/api/tactful_api_bg.wasm', import.meta.url));
api.initSync({ module: wasm });

/** Whole minor units of a decimal string ("333.33" → 33333n), for exact sums. */
function minor(amount, decimals) {
  const [whole, fraction = ''] = amount.split('.');
  assert.equal(fraction.length, decimals, `${amount} has ${decimals} decimals`);
  return BigInt(whole + fraction);
}

/** Calls `run` and returns the TactfulInputError it must throw. */
function refusal(run, label) {
  let thrown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  assert.ok(thrown, `${label}: must throw`);
  assert.ok(thrown instanceof Error, `${label}: an Error, got ${thrown}`);
  assert.equal(thrown.name, 'TactfulInputError', `${label}: ${thrown.name}: ${thrown.message}`);
  assert.equal(typeof thrown.field, 'string', label);
  assert.match(thrown.code, /^[a-z][a-z0-9_]*$/, label);
  assert.match(thrown.message, /^\S.*\.$/s, `${label}: a sentence`);
  assert.ok(Array.isArray(thrown.errors) && thrown.errors.length > 0, label);
  assert.deepEqual(thrown.errors[0], { field: thrown.field, code: thrown.code, message: thrown.message }, label);
  for (const error of thrown.errors) {
    assert.deepEqual(Object.keys(error).sort(), ['code', 'field', 'message'], label);
  }
  return thrown;
}

const PLAN = { debt: '1000.00', currency: 'GBP', first_due_date: '2025-06-02', size: 3 };
const ACCOUNT = {
  invoices: [{ number: 'INV-1', due_date: '2026-09-30', amount: '1200', currency: 'GBP' }],
  today: '2026-12-07', jurisdiction: 'uk', claim: true,
};

describe('JavaScript API in Node.js (initSync, no DOM)', () => {
  test('the module loads without a document and says its version', () => {
    assert.equal(typeof globalThis.document, 'undefined');
    const cargo = readFileSync(new URL('../../Cargo.toml', import.meta.url), 'utf8');
    const version = cargo.match(/\[package\][^[]*?version = "([^"]+)"/)[1];
    assert.equal(api.apiVersion(), version);
  });

  describe('README examples', () => {
    const examples = readmeExamples();
    test('the README has an example for every function', () => {
      const code = examples.map((e) => e.code).join('\n');
      for (const name of ['planInstalments', 'planCalendar', 'analyzeDiscount', 'buildTimeline', 'nextStep', 'timelineCalendar',
        'statutoryInterest', 'accountStatement', 'accountStatementCsv', 'renderMessage', 'toneCheck', 'apiVersion',
        'isTactfulInputError', 'TactfulInputError']) {
        assert.ok(code.includes(name), `an example uses ${name}`);
      }
    });
    for (const example of examples) {
      test(example.name, async () => {
        const run = (0, eval)(`(${exampleSource(example.code)})`);
        await run(api);
      });
    }
  });

  test('plans add up to the minor unit in GBP, JPY and KWD', () => {
    for (const [debt, currency, count, decimals] of [
      ['1000.00', 'GBP', 3, 2], ['100000', 'JPY', 7, 0], ['1000.000', 'KWD', 3, 3], ['0.07', 'GBP', 6, 2],
    ]) {
      const plan = api.planInstalments({ debt, currency, first_due_date: '2025-01-31', size: count });
      assert.equal(plan.rows.length, count);
      assert.equal(plan.currency, currency);
      const sum = plan.rows.reduce((total, row) => total + minor(row.amount, decimals), 0n);
      assert.equal(sum, minor(debt, decimals), `${debt} ${currency} in ${count}`);
      assert.equal(plan.totals.total_paid, debt);
    }
    const kwd = api.planInstalments({ debt: '1000.000', currency: 'KWD', first_due_date: '2025-01-31', size: 3 });
    assert.deepEqual(kwd.rows.map((r) => r.amount), ['333.333', '333.333', '333.334']);
    const amortized = api.planInstalments({
      ...PLAN, first_due_date: '2025-01-15', roll: 'none',
      interest: { kind: 'amortized', annual_rate_pct: '12', day_count: 'thirty360' },
    });
    // The engine's worked example: A = 1000 × 0.01 / (1 − 1.01^−3) = 340.02; last 340.03.
    assert.deepEqual(amortized.rows.map((r) => r.amount), ['340.02', '340.02', '340.03']);
    assert.deepEqual(amortized.rows.map((r) => r.interest), ['10.00', '6.70', '3.37']);
    assert.equal(typeof amortized.totals.plan_length_days, 'number');
  });

  test('timelines date the ladder on business days, from what was sent', () => {
    const input = { policy: { preset: 'standard', calendar: 'gb-eaw' }, due_date: '2025-11-14', today: '2025-12-01' };
    const contacts = [
      { date: '2025-11-17', kind: 'sent', action: 'friendly_overdue' },
      { date: '2025-11-21', kind: 'sent', action: 'second_follow_up' },
      { date: '2025-11-28', kind: 'sent', action: 'firm_follow_up', channel: 'phone_call' },
    ];
    const timeline = api.buildTimeline({ ...input, contacts });
    const { today_summary: today, stages } = timeline;
    assert.equal(today.days_overdue, 17);
    assert.equal(stages[today.current_stage].action, 'firm_follow_up');
    assert.deepEqual(stages.map((s) => s.status), ['skipped', 'sent', 'sent', 'sent', 'next', 'upcoming', 'upcoming']);
    const next = stages[today.next_stage];
    assert.deepEqual([next.action, next.date, next.weekday, next.status], ['final_notice', '2025-12-15', 'Mon', 'next']);
    assert.equal(next.send_at, '2025-12-15T10:00:00');
    assert.ok(stages.every((s) => !['Sat', 'Sun'].includes(s.weekday)));
    // Nothing sent: never "past" as if done; a clear overdue notice today, the rest from it.
    const late = api.buildTimeline(input);
    assert.deepEqual(late.stages.map((s) => `${s.action} ${s.status}`).slice(0, 4),
      ['pre_due_reminder skipped', 'friendly_overdue skipped', 'second_follow_up today', 'firm_follow_up next']);
    assert.equal(late.stages[3].date, '2025-12-08');
    assert.ok(late.stages.every((s) => !['agency_referral', 'legal_review'].includes(s.action) || s.date > '2025-12-20'));
  });

  test('nextStep never suggests an escalation before a final notice was sent', () => {
    const input = { due_date: '2025-01-06', today: '2026-01-06' };
    const first = api.nextStep(input);
    assert.deepEqual([first.step.action, first.step.date, first.reason.kind], ['firm_follow_up', '2026-01-06', 'first_contact_while_overdue']);
    const contacts = [{ date: '2026-01-06', kind: 'sent', action: 'firm_follow_up', channel: 'phone_call' }];
    const second = api.nextStep({ ...input, today: '2026-01-22', contacts });
    assert.deepEqual([second.step.action, second.step.date], ['final_notice', '2026-01-22']);
    contacts.push({ date: '2026-01-22', kind: 'sent', action: 'final_notice', channel: 'letter' });
    const third = api.nextStep({ ...input, today: '2026-01-23', contacts });
    assert.deepEqual([third.step.action, third.step.date, third.step.template], ['agency_referral', '2026-02-06', 'agency_referral']);
    contacts.push({ date: '2026-01-23', kind: 'paid_in_full' });
    const paid = api.nextStep({ ...input, today: '2026-01-26', contacts });
    assert.deepEqual([paid.step.action, paid.step.due_now, paid.reason.kind], ['thank_you', true, 'paid']);
    contacts.push({ date: '2026-01-26', kind: 'sent', action: 'thank_you' });
    const done = api.nextStep({ ...input, today: '2026-01-26', contacts });
    assert.deepEqual([done.step, done.reason], [null, { kind: 'paid', paid_on: '2026-01-23' }]);
  });

  test('statutory interest matches a hand computation', () => {
    const claim = api.statutoryInterest({
      regime: 'uk', principal: '4800.00', currency: 'GBP', due_date: '2025-03-31', until: '2025-05-15',
    });
    // Bank Rate on 31 Dec 2024 was 4.75 %: 12.75 % a year. 45 days (1 April to 15 May):
    // 4800 × 12.75 % × 45 / 365 = 75.452… → 75.45; compensation £70 (£1,000–£9,999.99).
    const exact = (4800n * 1275n * 45n * 1000n) / (10000n * 365n); // in thousandths
    assert.equal(exact, 75452n);
    assert.equal(claim.annual_rate, '12.75');
    assert.equal(claim.days, 45);
    assert.equal(claim.interest, '75.45');
    assert.equal(claim.compensation, '70.00');
    assert.equal(claim.total_claim, '145.45');
    assert.equal(claim.total_due, '4945.45');
    assert.deepEqual(claim.notes, []);
    const eu = api.statutoryInterest({
      regime: 'eu', principal: '10000', currency: 'EUR', due_date: '2024-11-30', until: '2025-02-28',
    });
    assert.deepEqual(eu.periods.map((p) => p.days), [31, 59]);
    // Without regime or jurisdiction the law follows the currency: the same two claims.
    const { regime, ...noLaw } = { regime: 'uk', principal: '4800.00', currency: 'GBP', due_date: '2025-03-31', until: '2025-05-15' };
    assert.equal(regime, 'uk');
    const byCurrency = api.statutoryInterest(noLaw);
    assert.deepEqual([byCurrency.jurisdiction, byCurrency.regime, byCurrency.total_claim], ['uk', 'uk', '145.45']);
    const euro = api.statutoryInterest({ principal: '10000', currency: 'EUR', due_date: '2024-11-30', until: '2025-02-28' });
    assert.deepEqual([euro.jurisdiction, euro.interest], ['eu', eu.interest]);
    // Both, when they agree (as the engine writes them): the same claim; when they do not, refused.
    const both = api.statutoryInterest({ ...noLaw, regime: 'uk', jurisdiction: 'uk' });
    assert.deepEqual([both.jurisdiction, both.regime, both.total_claim], ['uk', 'uk', '145.45']);
    const conflict = refusal(() => api.statutoryInterest({ ...noLaw, regime: 'eu', jurisdiction: 'uk' }), 'conflicting');
    assert.deepEqual([conflict.field, conflict.code], ['regime', 'conflicting_fields']);
  });

  test('messages render in British English and other languages', () => {
    const context = {
      amount: '4800', currency: 'GBP', due_date: '2026-12-01', today: '2026-12-15',
      client_business: 'Northwind Traders', client_contact: 'Sam', invoice_number: 'INV-2041',
      your_business: 'Brightside Design Ltd',
    };
    const gb = api.renderMessage({ template: 'final_notice', tone: 'neutral', locale: 'en-GB', ...context });
    assert.equal(gb.subject, 'Final reminder: invoice INV-2041');
    assert.match(gb.body, /by 25 December 2026, we will pass the account/);
    assert.match(gb.body, /£4,800\.00/);
    assert.deepEqual(gb.errors, []);
    assert.deepEqual(api.toneCheck(gb.body, 'en-GB'), []);
    const us = api.renderMessage({ template: 'payment_plan_proposal', locale: 'en-US', ...context, currency: 'USD' });
    assert.match(us.body, /installments/);
    for (const locale of ['de', 'fr', 'es', 'nl']) {
      // Translated templates render; a language whose templates are not written yet is
      // refused with its own code rather than rendering an empty message.
      let message;
      try {
        message = api.renderMessage({ template: 'friendly_overdue', tone: 'warm', locale, ...context, currency: 'EUR' });
      } catch (error) {
        assert.deepEqual([error.name, error.field, error.code], ['TactfulInputError', 'locale', 'template_not_available']);
        continue;
      }
      assert.ok(message.subject.includes('INV-2041'), locale);
      assert.deepEqual(message.errors, [], locale);
    }
    const own = api.renderMessage({ subject: '{{ invoice_number }}', body: '{{ amount }}', locale: 'de', ...context, currency: 'EUR' });
    assert.deepEqual([own.subject, own.body], ['INV-2041', '4.800,00\u00a0€']);
    const custom = api.renderMessage({ subject: 'Re: {{ invoice_number }}', body: 'Café: {{ amonut }}', ...context });
    assert.equal(custom.body, 'Café: {{ amonut }}');
    assert.deepEqual(custom.errors.map((e) => [e.part, e.error.kind, e.error.start, e.error.end]),
      [['body', 'unknown_placeholder', 6, 18]]);
    assert.equal(custom.body.slice(6, 18), '{{ amonut }}');
  });

  test('calendars take their DTSTAMP from the input, never from the clock', () => {
    const plan = api.planCalendar({ ...PLAN, dtstamp: '2026-12-07T10:00:00.000Z' });
    assert.equal(plan, api.planCalendar({ ...PLAN, dtstamp: '2026-12-07T10:00:00Z' }));
    assert.equal((plan.match(/^DTSTAMP:20261207T100000Z\r$/gm) ?? []).length, 3);
    const timeline = api.timelineCalendar({ due_date: '2025-11-14', today: '2025-12-01', dtstamp: '2030-01-02T03:04:05Z' });
    // Seven steps, the two not sent (passed over) left out.
    assert.equal((timeline.match(/^DTSTAMP:20300102T030405Z\r$/gm) ?? []).length, 5);
    const error = refusal(() => api.planCalendar({ ...PLAN, dtstamp: new Date() }), 'Date object');
    assert.deepEqual([error.field, error.code], ['dtstamp', 'invalid_type']);
    assert.equal(api.isTactfulInputError(error), true);
    assert.equal(api.isTactfulInputError(new Error('x')), false);
    assert.equal(api.isTactfulInputError({ name: 'TactfulInputError' }), false);
  });

  test('account statements allocate every payment exactly once, to the minor unit', () => {
    const invoices = [
      { number: 'A', due_date: '2026-07-31', amount: '1000', currency: 'EUR' },
      { number: 'B', due_date: '2026-07-31', amount: '3000', currency: 'EUR' },
      { number: 'C', due_date: '2026-08-31', amount: '0.07', currency: 'EUR' },
    ];
    const payments = [
      { date: '2026-08-15', amount: '1000.01', invoice: 'C' },
      { date: '2026-09-30', amount: '2500' },
      { date: '2026-10-01', amount: '99.99', invoice: 'B' },
    ];
    for (const [jurisdiction, allocation] of [['de', 'statutory_order'], ['fr', 'named'], ['nl', 'oldest_first']]) {
      const statement = api.accountStatement({ invoices, payments, today: '2026-11-30', jurisdiction, claim: true, allocation });
      for (const payment of statement.payments) {
        const parts = payment.applied.reduce((sum, a) => sum + minor(a.costs, 2) + minor(a.interest, 2) + minor(a.principal, 2), 0n);
        assert.equal(parts + minor(payment.credit, 2), minor(payment.amount, 2), `${jurisdiction} payment ${payment.index}`);
      }
      const balances = statement.invoices.reduce((sum, i) => sum + minor(i.balance, 2), 0n);
      assert.equal(balances, minor(statement.totals.outstanding, 2));
      assert.equal(statement.statement.at(-1).balance, statement.totals.total_due);
      const csv = api.accountStatementCsv({ invoices, payments, today: '2026-11-30', jurisdiction, claim: true, allocation, lang: 'nl' });
      assert.equal(csv.split('\r\n').length, statement.statement.length + 3);
      assert.ok(csv.startsWith('Datum,Soort,Factuur,Vervaldatum,'));
    }
  });

  test('tone-check offsets are JavaScript string indexes', () => {
    const text = 'Ciao 👋 — as per my last email, PAY NOW!!';
    const findings = api.toneCheck(text, 'en-GB');
    // UTF-16 indexes: the emoji counts two, the dash one ("as" starts at 10, not at 13 as in UTF-8).
    assert.deepEqual(findings.map((f) => [f.phrase, f.start, f.end, f.kind]), [
      ['as per my last email', 10, 30, 'passive_aggressive'], ['PAY NOW', 32, 39, 'urgency'], ['!!', 39, 41, 'exclamations'],
    ]);
    for (const finding of findings) {
      assert.equal(text.slice(finding.start, finding.end), finding.phrase);
      assert.equal(typeof finding.reason, 'string');
    }
    assert.deepEqual(api.toneCheck('Thank you for your help.'), []);
  });

  describe('hostile input', () => {
    const long = 'x'.repeat(10_000);
    let deep = {};
    for (let i = 0; i < 100_000; i += 1) deep = { debt: deep, size: [deep] };
    const cyclic = { debt: '1', currency: 'GBP' };
    cyclic.self = cyclic;
    cyclic.size = cyclic;
    const throwing = new Proxy({}, { ownKeys() { throw new Error('no keys'); } });
    const getter = Object.defineProperty({}, 'debt', { enumerable: true, get() { throw new Error('no'); } });
    const wide = Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`k${i}`, i]));
    const values = [
      undefined, null, 42, 'x', [], {}, true, NaN, Infinity, -0, 10n, Symbol('s'), () => 1,
      new Date(), new Map([['debt', '1']]), new Uint8Array(8), long, [long], { [long]: long },
      deep, cyclic, throwing, getter, wide, Array.from({ length: 200_000 }, () => ({})),
    ];
    const keys = ['debt', 'currency', 'first_due_date', 'size', 'invoice_amount', 'principal', 'regime',
      'jurisdiction', 'reference_rates', 'instalments', 'day_basis', 'due_date',
      'until', 'today', 'template', 'tone', 'amount', 'policy', 'installments', 'calendar', 'interest', 'frequency',
      'distribution', 'down_payment', 'missed_terms', 'statutory', 'dispute', 'plan', 'discount', 'subject', 'body',
      'locale', 'net_days', 'pay_within_days', 'invoices', 'payments', 'claim', 'allocation', 'lang',
      'contacts'];
    for (const odd of [null, 42, -1, 0.5, 1e308, 2 ** 53, '1e400', '99999999999999999999999999999', '2026-02-30',
      '', long, true, [], {}, { kind: 5 }, [[[[[]]]]], new Date(), 10n, () => 1]) {
      values.push(Object.fromEntries(keys.map((k) => [k, odd])));
    }
    // Valid shapes with hostile leaves, one field at a time.
    const valid = {
      planInstalments: PLAN,
      analyzeDiscount: { invoice_amount: '4800', currency: 'GBP' },
      buildTimeline: { due_date: '2025-11-14', today: '2025-12-01' },
      statutoryInterest: { regime: 'uk', principal: '4800', currency: 'GBP', due_date: '2025-03-31', until: '2025-05-15' },
      renderMessage: { template: 'thank_you', amount: '1', currency: 'GBP', due_date: '2026-12-01', today: '2026-12-15' },
      planCalendar: { ...PLAN, dtstamp: '2026-12-07T10:00:00Z' },
      timelineCalendar: { due_date: '2025-11-14', today: '2025-12-01', dtstamp: '2026-12-07T10:00:00Z' },
      accountStatement: ACCOUNT,
      accountStatementCsv: ACCOUNT,
      nextStep: { due_date: '2025-11-14', today: '2025-12-01', contacts: [{ date: '2025-11-17', kind: 'sent', action: 'friendly_overdue' }] },
    };
    const leaves = ['1e400', '99999999999999999999999999999', '2026-02-30', 12.5, long, [], {}, true, -1, 2 ** 60];
    const functions = {
      planInstalments: api.planInstalments,
      analyzeDiscount: api.analyzeDiscount,
      buildTimeline: api.buildTimeline,
      statutoryInterest: api.statutoryInterest,
      renderMessage: api.renderMessage,
      planCalendar: api.planCalendar,
      timelineCalendar: api.timelineCalendar,
      accountStatement: api.accountStatement,
      accountStatementCsv: api.accountStatementCsv,
      nextStep: api.nextStep,
    };

    for (const [name, run] of Object.entries(functions)) {
      test(`${name} refuses hostile input with a TactfulInputError`, () => {
        values.forEach((value, index) => refusal(() => run(value), `${name} #${index}`));
        for (const [key, good] of Object.entries(valid[name])) {
          for (const leaf of leaves) {
            const input = { ...valid[name], [key]: leaf };
            let result;
            try {
              result = run(input);
            } catch (error) {
              assert.equal(error.name, 'TactfulInputError', `${name}.${key} = ${String(leaf).slice(0, 20)}: ${error}`);
              continue;
            }
            const expected = name.endsWith('Calendar') || name.endsWith('Csv') ? 'string' : 'object';
            assert.equal(typeof result, expected, `${name}.${key} = ${good}`);
          }
        }
        refusal(() => run({ ...valid[name], no_such_field: 1 }), `${name} unknown field`);
        for (const key of Object.keys(valid[name])) {
          // Optional with a default: a statutory claim's law follows its currency.
          if (['tone', 'regime', 'contacts'].includes(key)) continue;
          const input = { ...valid[name] };
          delete input[key];
          const error = refusal(() => run(input), `${name} without ${key}`);
          assert.deepEqual([error.field, error.code], [key, 'missing_field']);
        }
      });
    }

    test('toneCheck refuses what is not text', () => {
      for (const value of values) {
        if (typeof value === 'string') continue;
        refusal(() => api.toneCheck(value), `toneCheck(${typeof value})`);
      }
      for (const lang of ['klingon', 42, {}, long]) refusal(() => api.toneCheck('x', lang), `lang ${typeof lang}`);
    });

    test('a contact log with hostile entries is refused entry by entry', () => {
      for (const leaf of leaves.concat([null, undefined, { kind: 'sent' }, [{}], 'sent'])) {
        refusal(() => api.nextStep({ due_date: '2025-11-14', today: '2025-12-01', contacts: [leaf] }), `contacts [${String(leaf).slice(0, 20)}]`);
      }
      const error = refusal(() => api.nextStep({
        due_date: '2025-11-14', today: '2025-12-01',
        contacts: [
          { date: '2025-12-02', kind: 'sent', action: 'friendly_overdue' },
          { date: '2025-11-20', kind: 'part_payment', amount: '-5' },
          { date: '2025-11-20', kind: 'sent', pay_by: '2025-12-01' },
        ],
      }), 'contacts');
      assert.deepEqual(error.errors.map((e) => [e.field, e.code]), [['contacts.2.pay_by', 'unknown_field']]);
      const engine = refusal(() => api.nextStep({
        due_date: '2025-11-14', today: '2025-12-01',
        contacts: [
          { date: '2025-12-02', kind: 'sent', action: 'friendly_overdue' },
          { date: '2025-11-20', kind: 'part_payment', amount: '-5' },
          { date: '2025-11-20', kind: 'sent', channel: 'letter' },
        ],
      }), 'contacts');
      assert.deepEqual(engine.errors.map((e) => [e.field, e.code]), [
        ['contacts.1.amount', 'invalid_part_payment'], ['contacts.2.note', 'empty_contact'], ['contacts.0.date', 'in_future'],
      ]);
      const many = refusal(() => api.nextStep({ due_date: '2025-11-14', today: '2025-12-01', contacts: Array(201).fill({ date: '2025-11-17', kind: 'query_opened' }) }), 'many');
      assert.deepEqual([many.field, many.code], ['contacts', 'too_many_contacts']);
    });

    test('names the field, and reports every problem', () => {
      const error = refusal(() => api.planInstalments({
        debt: 12.5, currency: 'GBP', first_due_date: '2026-02-30', size: 3,
        missed_terms: { grace_days: 'seven' }, frequncy: 'monthly',
      }), 'plan');
      assert.deepEqual(error.errors.map((e) => [e.field, e.code]), [
        ['debt', 'inexact_number'], ['first_due_date', 'invalid_date'],
        ['missed_terms.grace_days', 'not_a_number'], ['frequncy', 'unknown_field'],
      ]);
      const deepError = refusal(() => api.planInstalments(deep), 'deep');
      assert.equal(deepError.field, 'debt');
      const engine = refusal(() => api.planInstalments({ ...PLAN, debt: '10.005', size: 0 }), 'engine');
      assert.deepEqual(engine.errors.map((e) => [e.field, e.code]),
        [['debt', 'too_many_decimals'], ['size', 'zero_installments']]);
      assert.equal(engine.message, 'Debt: must have at most 2 decimals.');
    });

    test('the module still works afterwards', () => {
      const plan = api.planInstalments(PLAN);
      assert.deepEqual(plan.rows.map((r) => r.amount), ['333.33', '333.33', '333.34']);
      assert.deepEqual(api.toneCheck('PAY NOW!!').map((f) => f.kind), ['urgency', 'exclamations']);
    });
  });
});
