// Size report for dist/: raw, gzip (level 9) and brotli (quality 11) bytes per file and in
// total, as a markdown table, compared with size-budget.json. The total is the app (every
// file but dist/api/); the JavaScript API module, which the app never loads, is reported
// on its own line and is not part of the budget:
// - the target (the product's goal): a miss is reported loudly on every run;
// - the ceiling (a regression guard): above it this exits 1, failing ./scripts/test.
// Sizes are deterministic, so this runs in ./scripts/test.
//
//   node scripts/size.mjs [dist] [--out FILE]
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = outIndex >= 0 ? args.splice(outIndex, 2)[1] : null;
const root = args[0] ?? 'dist';
const budget = JSON.parse(readFileSync(new URL('../size-budget.json', import.meta.url), 'utf8'));

function* files(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

const rows = [];
for (const path of files(root)) {
  const body = readFileSync(path);
  rows.push({
    file: relative(root, path),
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length,
  });
}
const isApi = (r) => r.file.split(/[\/]/)[0] === 'api';
const sum = (list) => list.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }),
  { raw: 0, gzip: 0, brotli: 0 });
const apiTotal = sum(rows.filter(isApi));
const total = rows.filter((r) => !isApi(r)).reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }),
  { raw: 0, gzip: 0, brotli: 0 });
const kb = (n) => (n / 1000).toFixed(1);
const lines = [
  '| file | raw KB | gzip KB | brotli KB |',
  '|---|---:|---:|---:|',
  ...rows.filter((r) => !isApi(r)).map((r) => `| ${r.file} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`),
  `| **total (the app)** | **${kb(total.raw)}** | **${kb(total.gzip)}** | **${kb(total.brotli)}** |`,
  `| api/ (JavaScript API module, loaded only by pages that import it; not in the total) | ${kb(apiTotal.raw)} | ${kb(apiTotal.gzip)} | ${kb(apiTotal.brotli)} |`,
  '',
  `Target: gzip total ≤ ${kb(budget.target_gzip_bytes)} KB — ${total.gzip <= budget.target_gzip_bytes ? 'met' : `**MISSED by ${kb(total.gzip - budget.target_gzip_bytes)} KB**`}.`,
  `Ceiling (regression guard): ${kb(budget.ceiling_gzip_bytes)} KB. KB = 1000 bytes; budgets in size-budget.json.`,
];
const report = lines.join('\n');
console.log(report);
if (out) writeFileSync(out, report + '\n');
if (total.gzip > budget.target_gzip_bytes) {
  console.log(`\nsize target MISSED: gzip total ${total.gzip} B > target ${budget.target_gzip_bytes} B (reported, not failing)`);
}
if (total.gzip > budget.ceiling_gzip_bytes) {
  console.error(`\nSIZE CEILING EXCEEDED: gzip total ${total.gzip} B > ceiling ${budget.ceiling_gzip_bytes} B`);
  process.exit(1);
}
console.log(`size ceiling: ok (gzip ${total.gzip} B of ${budget.ceiling_gzip_bytes} B)`);
