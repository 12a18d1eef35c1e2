// Turns criterion's text output (stdin) into the markdown table of scripts/bench, then
// states how the cost grows with size for the benchmarks that come in sizes.
//
//   cargo bench -p tactful-engine --bench engine | node scripts/engine-table.mjs
import { readFileSync } from 'node:fs';

const UNIT = { ps: 1e-3, ns: 1, 'µs': 1e3, us: 1e3, ms: 1e6, s: 1e9 };

/** [{ name, ns, text }] from criterion's output ("name\n  time: [lo est hi]" or one line). */
export function parse(output) {
  const rows = [];
  let previous = '';
  for (const raw of output.split('\n')) {
    const line = raw.trim();
    const time = line.match(/time:\s*\[([^\]]*)\]/);
    if (time) {
      const name = line.startsWith('time:') ? previous : line.replace(/\s+time:.*/, '');
      const [, , value, unit] = time[1].trim().split(/\s+/); // [low unit estimate unit high unit]
      rows.push({ name, ns: Number(value) * (UNIT[unit] ?? NaN), text: `${value} ${unit}` });
    } else if (line) {
      previous = line;
    }
  }
  return rows;
}

// Pairs of benchmarks (small, large) and how many times more work the large one does.
const GROWTH = [
  ['plan: 600 amortized monthly installments with holiday rolling',
    'plan: 10000 amortized monthly installments (limit-free builder)', 'plan, 600 → 10,000 installments'],
  ['plan: 2000 amortized monthly installments (limit-free builder)',
    'plan: 10000 amortized monthly installments (limit-free builder)', 'plan, 2,000 → 10,000 installments'],
  ['plan: 60 amortized monthly installments with holiday rolling',
    'plan: 600 amortized monthly installments with holiday rolling', 'plan, 60 → 600 installments'],
  ['computing 600 monthly dates with holiday rolling',
    'computing 10,000 monthly dates with holiday rolling', 'dates with rolling, 600 → 10,000'],
  ['message: payment plan proposal with 12 installments',
    'message: payment plan proposal with 600 installments', 'template render, 12 → 600 plan rows'],
];
const SIZE = (name) => Number((name.match(/(\d[\d,]*) (amortized|monthly|installments)/)?.[1] ?? 'NaN').replace(/,/g, ''));

export function table(rows) {
  const lines = ['| benchmark | time |', '|---|---:|', ...rows.map((r) => `| ${r.name} | ${r.text} |`), ''];
  const byName = new Map(rows.map((r) => [r.name, r]));
  const growth = [];
  for (const [small, large, label] of GROWTH) {
    const a = byName.get(small);
    const b = byName.get(large);
    if (!a || !b) continue;
    const size = SIZE(large) / SIZE(small);
    const time = b.ns / a.ns;
    const kind = time < size * 0.6 ? 'sub-linear' : time <= size * 1.5 ? 'linear' : 'super-linear';
    growth.push(`| ${label} | ×${size.toFixed(1)} | ×${time.toFixed(1)} | ${kind} |`);
  }
  if (growth.length) {
    lines.push('Growth with size (time ratio against size ratio; "linear" = within ×0.6–×1.5 of it):', '',
      '| benchmark | size | time | growth |', '|---|---:|---:|---|', ...growth);
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(table(parse(readFileSync(0, 'utf8'))));
}
