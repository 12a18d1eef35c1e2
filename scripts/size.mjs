// Size report for dist/: raw, gzip (level 9) and brotli (quality 11) bytes per file, and
// what a visitor downloads, compared with size-budget.json.
//
// The app is a main module plus parts fetched on first use (src/parts.rs, src/langs.rs). Which files a
// part needs is read from pkg/__wasm_split.js, the loader wasm-split-cli writes: each
// `__wasm_split_load_<name>` export fetches its split_<name>.wasm after the shared
// chunk_N.wasm files it lists. So:
// - **first load**: every file of dist/ except the JavaScript API module (dist/api/, which
//   the app never loads) and the parts, plus the default tool's part (the plan) with its
//   chunks — what opening the app in English downloads. For each interface language with a
//   part of its own, opening the app in it adds that part; the budget is checked against
//   the largest of these (all languages included);
// - **each other part**: the bytes it adds when first opened after the first load.
// The target (the product's goal) is reported loudly when missed; above the ceiling (a
// regression guard) this exits 1, failing ./scripts/test. Sizes are deterministic.
//
//   node scripts/size.mjs [dist] [--out FILE]
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import { LANDING, readSplitLoader } from './split-loader.mjs';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = outIndex >= 0 ? args.splice(outIndex, 2)[1] : null;
const root = args[0] ?? 'dist';
const budget = JSON.parse(readFileSync(new URL('../size-budget.json', import.meta.url), 'utf8'));
/** Parts that hold one interface language's text, by the language's name. */
const LANGUAGE_PART = /^(german|french|spanish|dutch)_part$/;

function* files(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

const rows = new Map();
for (const path of files(root)) {
  const body = readFileSync(path);
  rows.set(relative(root, path).split(/[\\/]/).join('/'), {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length,
  });
}
const loaderPath = join(root, 'pkg/__wasm_split.js');
const parts = existsSync(loaderPath) ? readSplitLoader(readFileSync(loaderPath, 'utf8')) : new Map();
const partFiles = new Set([...parts.values()].flatMap((s) => [...s]));
const isApi = (file) => file.startsWith('api/');
const sum = (list) => list.reduce((t, f) => {
  const r = rows.get(f);
  if (!r) throw new Error(`${root}/${f} is missing`);
  return { raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli };
}, { raw: 0, gzip: 0, brotli: 0 });

const base = [...rows.keys()].filter((f) => !isApi(f) && !partFiles.has(f));
if (parts.size > 0 && !parts.has(LANDING)) throw new Error(`no part named ${LANDING} in ${loaderPath}`);
const landing = [...(parts.get(LANDING) ?? [])];
const firstLoad = [...new Set([...base, ...landing])];
const first = sum(firstLoad);
const languages = [...parts.keys()].filter((n) => LANGUAGE_PART.test(n)).sort();
const withLanguage = languages.map((name) => {
  const extra = [...parts.get(name)].filter((f) => !firstLoad.includes(f));
  const lang = name.replace(/_part$/, '');
  return { name: lang[0].toUpperCase() + lang.slice(1), extra, total: sum([...firstLoad, ...extra]) };
});
const worst = withLanguage.reduce((w, l) => (l.total.gzip > w.gzip ? l.total : w), first);
const others = [...parts.keys()].filter((n) => n !== LANDING && !LANGUAGE_PART.test(n)).sort();

const kb = (n) => (n / 1000).toFixed(1);
const row = (label, t) => `| ${label} | ${kb(t.raw)} | ${kb(t.gzip)} | ${kb(t.brotli)} |`;
const lines = [
  '| file | raw KB | gzip KB | brotli KB |',
  '|---|---:|---:|---:|',
  ...[...rows.keys()].filter((f) => !isApi(f)).map((f) => row(f, rows.get(f))),
  '',
  '| what a visitor downloads | raw KB | gzip KB | brotli KB |',
  '|---|---:|---:|---:|',
  row(`**first load** (the app opening on the plan, in English: ${firstLoad.length} files)`, first),
  ...withLanguage.map((l) => row(`first load in ${l.name} (+ ${l.extra.length} files)`, l.total)),
  ...others.map((name) => {
    const extra = [...parts.get(name)].filter((f) => !firstLoad.includes(f));
    const messages = /^(\w+)_messages_part$/.exec(name);
    const label = messages
      ? `writing a message in ${messages[1][0].toUpperCase() + messages[1].slice(1)} later adds (its templates and tone phrases: ${extra.length} files)`
      : `opening ${name.replace(/_part$/, '').replace(/_/g, ' ')} later adds (${extra.length} files)`;
    return row(label, sum(extra));
  }),
  row('everything the service worker stores for offline use (all but api/)', sum([...rows.keys()].filter((f) => !isApi(f)))),
  row('api/ (JavaScript API module, loaded only by pages that import it)', sum([...rows.keys()].filter(isApi))),
  '',
  `Target: first load (largest over languages) ≤ ${kb(budget.target_gzip_bytes)} KB gzip — ${worst.gzip <= budget.target_gzip_bytes ? 'met' : `**MISSED by ${kb(worst.gzip - budget.target_gzip_bytes)} KB** (${kb(worst.gzip)} KB)`}.`,
  `Ceiling (regression guard): ${kb(budget.ceiling_gzip_bytes)} KB. KB = 1000 bytes; budgets in size-budget.json.`,
];
const report = lines.join('\n');
console.log(report);
if (out) writeFileSync(out, report + '\n');
if (worst.gzip > budget.target_gzip_bytes) {
  console.log(`\nsize target MISSED: first load ${worst.gzip} B gzip > target ${budget.target_gzip_bytes} B (reported, not failing)`);
}
if (worst.gzip > budget.ceiling_gzip_bytes) {
  console.error(`\nSIZE CEILING EXCEEDED: first load ${worst.gzip} B gzip > ceiling ${budget.ceiling_gzip_bytes} B`);
  process.exit(1);
}
console.log(`size ceiling: ok (first load ${worst.gzip} B gzip of ${budget.ceiling_gzip_bytes} B)`);
