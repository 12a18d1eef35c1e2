// Writes <dist>/sw.js from the template www/sw.js: the list of files to precache (every
// file in <dist> except sw.js and the JavaScript API module in api/, which the app never
// loads) and a version that changes whenever any of them changes.
// Run by scripts/build after dist/ is assembled; the end-to-end tests call it on a copy.
//
// The version is the first 16 hex digits of a SHA-256 over, for each file in sorted path
// order, its path, a NUL, its byte length, a NUL and its bytes; then the template's bytes.
//
//   node scripts/precache.mjs [dist]
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TEMPLATE = fileURLToPath(new URL('../www/sw.js', import.meta.url));
const WORKER = 'sw.js';

function* walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

/** Fills the template for `dist`; returns `{ version, files }` and writes `dist/sw.js`. */
export function writeServiceWorker(dist, template = TEMPLATE) {
  const files = [...walk(dist)]
    .map((path) => relative(dist, path).split(sep).join('/'))
    .filter((file) => file !== WORKER && !file.startsWith('api/'))
    .sort();
  const source = readFileSync(template, 'utf8');
  const hash = createHash('sha256');
  for (const file of files) {
    const body = readFileSync(join(dist, file));
    hash.update(`${file}\0${body.length}\0`).update(body);
  }
  hash.update(source);
  const version = hash.digest('hex').slice(0, 16);

  let filled = source;
  for (const [pattern, line] of [
    [/^const VERSION = .*;$/m, `const VERSION = ${JSON.stringify(version)};`],
    [/^const FILES = .*;$/m, `const FILES = ${JSON.stringify(files)};`],
  ]) {
    if (!pattern.test(filled)) throw new Error(`${template}: no line matching ${pattern}`);
    filled = filled.replace(pattern, () => line);
  }
  writeFileSync(join(dist, WORKER), filled);
  return { version, files };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? 'dist';
  const { version, files } = writeServiceWorker(dist);
  console.log(`${dist}/${WORKER}: version ${version}, ${files.length} files precached`);
}
