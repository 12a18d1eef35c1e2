// The benchmark scripts (scripts/bench is not part of the test run): a cheap check that
// they still parse, that their table helpers compute what they say, and that the latency
// and memory probes still find what they watch in the app (one keystroke, two
// recomputations: no figures are asserted, only that measurements come back).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parse, table } from '../../scripts/engine-table.mjs';
import { launch, measure, quantile, SCENARIOS } from '../../scripts/latency.mjs';
import { measureMemory } from '../../scripts/memory.mjs';

const script = (name) => fileURLToPath(new URL(`../../scripts/${name}`, import.meta.url));
const dist = fileURLToPath(new URL('../../dist', import.meta.url));

describe('benchmark scripts', () => {
  test('parse (node --check, bash -n)', () => {
    for (const name of ['lighthouse.mjs', 'latency.mjs', 'memory.mjs', 'engine-table.mjs', 'size.mjs']) {
      execFileSync(process.execPath, ['--check', script(name)]);
    }
    execFileSync('bash', ['-n', script('bench')]);
  });

  test('the engine table reads criterion output and states the growth', () => {
    const rows = parse([
      'plan: 600 amortized monthly installments with holiday rolling',
      '                        time:   [900.00 µs 1.0000 ms 1.1000 ms]',
      'plan: 10000 amortized monthly installments (limit-free builder) time:   [15.000 ms 16.700 ms 17.000 ms]',
      'plan: 2000 amortized monthly installments (limit-free builder)',
      '                        time:   [0.9 ms 1.0 ms 1.1 ms]',
    ].join('\n'));
    assert.deepEqual(rows.map((r) => [r.name, r.ns, r.text]), [
      ['plan: 600 amortized monthly installments with holiday rolling', 1e6, '1.0000 ms'],
      ['plan: 10000 amortized monthly installments (limit-free builder)', 16.7e6, '16.700 ms'],
      ['plan: 2000 amortized monthly installments (limit-free builder)', 1e6, '1.0 ms'],
    ]);
    const text = table(rows);
    assert.match(text, /\| plan, 600 → 10,000 installments \| ×16\.7 \| ×16\.7 \| linear \|/);
    assert.match(text, /\| plan, 2,000 → 10,000 installments \| ×5\.0 \| ×16\.7 \| super-linear \|/);
  });

  test('p95 is the nearest-rank quantile', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    assert.equal(quantile(values, 0.5), 50);
    assert.equal(quantile(values, 0.95), 95);
    assert.equal(quantile([3], 0.95), 3);
  });

  test('the latency and memory probes still find what they watch', async () => {
    const env = await launch(dist);
    try {
      for (const scenario of SCENARIOS) {
        const { dom, frame } = await measure(env, scenario, { keys: 1, rate: 1, warmUp: 0 });
        assert.equal(dom.length, 1, scenario.name);
        assert.ok(Number.isFinite(dom[0]) && dom[0] >= 0 && frame[0] >= dom[0], scenario.name);
      }
      const memory = await measureMemory(env, { rows: 24, checkpoints: [1, 2] });
      assert.deepEqual(memory.map((m) => m.recomputations), [1, 2]);
      assert.ok(memory.every((m) => m.js_heap_used > 0 && m.wasm_memory >= 65536 && m.wasm_memory % 65536 === 0));
    } finally {
      await env.close();
    }
  });
});
