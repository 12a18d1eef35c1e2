// Makes dist/api/ an npm package (run by scripts/build after the API module is copied
// there): the hand-written types (api/tactful_api.d.ts), the Node.js entry
// (api/js/tactful_api_node.js), a package.json whose version and description are the api
// crate's (api/Cargo.toml), and a README.md that is the root README's "JavaScript API"
// section, so the package documents exactly what the tests run.
//
//   node scripts/api-package.mjs dist/api
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const out = process.argv[2];
if (!out) throw new Error('usage: node scripts/api-package.mjs <dir>');

/** `key = "value"` of the [package] table of a Cargo.toml. */
function cargoField(toml, key) {
  const table = toml.split(/^\[/m).find((part) => part.startsWith('package]'));
  const found = table?.match(new RegExp(`^${key}\\s*=\\s*"([^"]*)"`, 'm'));
  if (!found) throw new Error(`api/Cargo.toml has no [package] ${key}`);
  return found[1];
}

/** The "## JavaScript API" section of README.md, one heading level up. */
function apiSection(readme) {
  const lines = readme.split('\n');
  const start = lines.findIndex((line) => line === '## JavaScript API');
  if (start < 0) throw new Error('README.md has no "## JavaScript API" section');
  let end = lines.findIndex((line, index) => index > start && /^## /.test(line));
  if (end < 0) end = lines.length;
  let fenced = false;
  return lines.slice(start + 1, end).map((line) => {
    if (line.startsWith('```')) fenced = !fenced;
    return !fenced && /^###+ /.test(line) ? line.slice(1) : line;
  }).join('\n').trim();
}

const cargo = read('api/Cargo.toml');
const version = cargoField(cargo, 'version');
const description = cargoField(cargo, 'description');
const files = ['tactful_api.js', 'tactful_api_bg.wasm', 'tactful_api.d.ts', 'tactful_api_node.js', 'README.md'];

const pkg = {
  name: 'tactful-api',
  version,
  description,
  license: 'MIT',
  type: 'module',
  // Bundlers and browsers take the web module (init() fetches the .wasm beside it); Node.js
  // takes the entry that loads the .wasm from disk when imported. Both have the same exports.
  exports: {
    '.': {
      types: './tactful_api.d.ts',
      browser: './tactful_api.js',
      node: './tactful_api_node.js',
      default: './tactful_api.js',
    },
    './tactful_api.js': { types: './tactful_api.d.ts', default: './tactful_api.js' },
    './tactful_api_bg.wasm': './tactful_api_bg.wasm',
    './package.json': './package.json',
  },
  module: './tactful_api.js',
  types: './tactful_api.d.ts',
  files,
  sideEffects: ['./tactful_api_node.js'],
  engines: { node: '>=20' },
  keywords: ['invoice', 'late payment', 'instalment plan', 'statutory interest', 'icalendar', 'webassembly'],
};

copyFileSync(new URL('api/tactful_api.d.ts', root), join(out, 'tactful_api.d.ts'));
copyFileSync(new URL('api/js/tactful_api_node.js', root), join(out, 'tactful_api_node.js'));
writeFileSync(join(out, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
writeFileSync(join(out, 'README.md'), `# tactful-api ${version}\n\n${description}. Licence: MIT.\n\n${apiSection(read('README.md'))}\n`);
