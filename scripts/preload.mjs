// Writes the landing part's files into dist/boot.js, so the page fetches them beside the
// main module instead of after it has started (a waterfall of one round trip and the
// main module's start-up otherwise). The list replaces `const LANDING_FILES = [];`.
//
//   node scripts/preload.mjs [dist]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANDING, readSplitLoader } from './split-loader.mjs';

const root = process.argv[2] ?? 'dist';
const loader = join(root, 'pkg/__wasm_split.js');
const bootPath = join(root, 'boot.js');
const files = existsSync(loader) ? [...(readSplitLoader(readFileSync(loader, 'utf8')).get(LANDING) ?? [])] : [];
if (existsSync(loader) && files.length === 0) throw new Error(`preload: no part named ${LANDING} in ${loader}`);
const boot = readFileSync(bootPath, 'utf8');
const placeholder = 'const LANDING_FILES = [];';
if (!boot.includes(placeholder)) throw new Error(`preload: ${bootPath} has no "${placeholder}"`);
writeFileSync(bootPath, boot.replace(placeholder, `const LANDING_FILES = ${JSON.stringify(files.sort())};`));
console.log(`${bootPath}: ${files.length} files of ${LANDING} preloaded when the app opens on it`);
