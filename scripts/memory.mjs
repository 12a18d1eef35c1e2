// Memory of the built app in Debian's chromium (part of scripts/bench, not of the test run):
// a 600-installment plan (#/plan) is recomputed by changing "Amount due" (1000 ↔ 1001), and
// after 1, 10 and 100 recomputations we read, after a forced garbage collection (CDP
// HeapProfiler.collectGarbage):
//   - the JS heap in use (CDP Runtime.getHeapUsage);
//   - the WebAssembly linear memory (`memory.buffer.byteLength` of the app's module).
// The Wasm memory is reached without changing the app: page.evaluate imports the module
// boot.js already loaded (same URL, so the same module instance) and calls its wasm-bindgen
// init again, which returns the existing exports (init returns early once instantiated).
// Linear memory never shrinks, so its size is the allocator's high-water mark: no growth
// between 10 and 100 recomputations means the app does not keep what each one allocates.
//
//   node scripts/memory.mjs [dist] [--json FILE]
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fill, launch, openPage, planOf } from './latency.mjs';

const CHECKPOINTS = [1, 10, 100];
const ROWS = 600;
/** One WebAssembly page: linear memory grows in these steps. */
const PAGE = 65536;

/** Samples after each of `checkpoints` recomputations of a `rows`-installment plan. */
export async function measureMemory(env, { rows = ROWS, checkpoints = CHECKPOINTS } = {}) {
  const results = [];
  const { page, context, done } = await openPage(env, '#/plan');
  await planOf(page, rows);
  const cdp = await context.newCDPSession(page);
  const totals = page.locator('[data-testid=plan-schedule] tbody tr:last-child');
  const sample = async (recomputations) => {
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const wasm = await page.evaluate(async () => {
      const module = await import(new URL('pkg/tactful.js', document.baseURI).href);
      const exports = await module.default();
      return exports.memory.buffer.byteLength;
    });
    results.push({ recomputations, js_heap_used: heap.usedSize, js_heap_total: heap.totalSize, wasm_memory: wasm });
    console.error(`memory: after ${recomputations}: JS heap ${heap.usedSize} B, Wasm ${wasm} B`);
  };
  for (let n = 1; n <= checkpoints.at(-1); n++) {
    const before = await totals.textContent();
    await fill(page, 'Amount due', n % 2 ? '1001' : '1000');
    await page.waitForFunction((old) => document.querySelector('[data-testid=plan-schedule] tbody tr:last-child')?.textContent !== old, before);
    if (checkpoints.includes(n)) await sample(n);
  }
  await done();
  return results;
}

async function main() {
  const args = process.argv.slice(2);
  const i = args.indexOf('--json');
  const jsonOut = i >= 0 ? args.splice(i, 2)[1] : null;
  const root = args[0] ?? fileURLToPath(new URL('../dist', import.meta.url));
  const env = await launch(root);
  let results;
  try {
    results = await measureMemory(env);
  } finally {
    await env.close();
  }
  const mb = (b) => `${(b / 1e6).toFixed(2)} MB`;
  const delta = (b) => `${b >= 0 ? '+' : '−'}${(Math.abs(b) / 1e3).toFixed(Math.abs(b) < 1e4 ? 1 : 0)} KB`;
  const first = results[0];
  const last = results.at(-1);
  const tenth = results.find((r) => r.recomputations === 10);
  console.log([
    `| recomputations of a ${ROWS}-installment plan | JS heap used (after GC) | Wasm linear memory |`,
    '|---:|---:|---:|',
    ...results.map((r) => `| ${r.recomputations} | ${mb(r.js_heap_used)} | ${mb(r.wasm_memory)} |`),
    `| growth 1 → ${last.recomputations} | ${delta(last.js_heap_used - first.js_heap_used)} | ${delta(last.wasm_memory - first.wasm_memory)} |`,
    `| growth 10 → ${last.recomputations} | ${delta(last.js_heap_used - tenth.js_heap_used)} | ${delta(last.wasm_memory - tenth.wasm_memory)} |`,
    `| per recomputation, 10 → ${last.recomputations} | ${delta((last.js_heap_used - tenth.js_heap_used) / (last.recomputations - 10))} | ${delta((last.wasm_memory - tenth.wasm_memory) / (last.recomputations - 10))} |`,
    '',
    `KB = 1000 bytes. Wasm linear memory never shrinks (it is the allocator's high-water mark); ${last.wasm_memory - tenth.wasm_memory <= PAGE ? 'from 10 to 100 recomputations it grew by at most one 64 KiB page (the allocator settling; tests/leak.rs allows the same): no leak in Wasm' : '**it grew by more than one 64 KiB page from 10 to 100 recomputations: look for a leak**'}.`,
  ].join('\n'));
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify(results, null, 2) + '\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await main();
}
