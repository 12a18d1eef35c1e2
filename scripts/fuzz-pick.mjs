// Chooses the committed fuzz regression inputs by coverage (used by `scripts/fuzz minimise`):
// reads a libFuzzer merge control file (-merge=1 -merge_control_file=F, which lists every
// input and the code it covers) and copies at most N inputs into OUT, picked greedily —
// each time the input that covers the most code not yet covered (then the most new
// features, then the smallest) — named by their SHA-1 like libFuzzer's own.
//
//   node scripts/fuzz-pick.mjs <control-file> <out-dir> [N = 50]
import { copyFileSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const [control, out, limit = '50'] = process.argv.slice(2);
const lines = readFileSync(control, 'utf8').split('\n');
const count = Number(lines[0]);
const files = lines.slice(2, 2 + count);
const cov = new Map();
const ft = new Map();
for (const line of lines.slice(2 + count)) {
  const [kind, index, ...items] = line.split(' ').filter(Boolean);
  if (kind === 'COV') cov.set(Number(index), new Set(items));
  if (kind === 'FT') ft.set(Number(index), new Set(items));
}
const total = new Set([...cov.values()].flatMap((s) => [...s])).size;
const covered = new Set();
const features = new Set();
const picked = [];
const gain = (set, seen) => { let n = 0; for (const x of set ?? []) if (!seen.has(x)) n += 1; return n; };
while (picked.length < Number(limit)) {
  let best = null;
  let bestKey = null;
  for (const [i, set] of cov) {
    const key = [gain(set, covered), gain(ft.get(i), features), -statSync(files[i]).size];
    if (bestKey === null || key[0] > bestKey[0] || (key[0] === bestKey[0] && (key[1] > bestKey[1] || (key[1] === bestKey[1] && key[2] > bestKey[2])))) {
      best = i;
      bestKey = key;
    }
  }
  if (best === null || (bestKey[0] === 0 && bestKey[1] === 0)) break;
  picked.push(best);
  for (const x of cov.get(best)) covered.add(x);
  for (const x of ft.get(best) ?? []) features.add(x);
  cov.delete(best);
}
mkdirSync(out, { recursive: true });
for (const i of picked) {
  const name = createHash('sha1').update(readFileSync(files[i])).digest('hex');
  copyFileSync(files[i], join(out, name));
}
console.log(`picked ${picked.length} inputs covering ${covered.size} of ${total} code locations`);
