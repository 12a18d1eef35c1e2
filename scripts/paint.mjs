// Writes the header's lines into dist/index.html, so the page paints the header the server
// sends (brand, tagline, privacy line) before the WebAssembly app has started, in the
// language the app will start in. The texts are read from the app's own i18n files
// (src/i18n/*.rs: `AppName`, `Tagline`, `PrivacyNote`): never copied by hand.
//
// index.html holds the header (`#boot-header`) with `{AppName}` in its brand and the marker
// `<!-- paint: lines -->` where each language's tagline and privacy line go, as
// `<p … data-langs="de">`; languages with the same lines share one pair. `www/paint.js`
// (run before the first paint) puts the language the app will start in on <html>
// (`data-paint`), and style.css shows that language's pair only; `style.css` must have a
// rule for every language (checked here).
//
//   node scripts/paint.mjs [dist]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));

/** Each interface language (`Lang::tag`) and its i18n file(s), first the one that wins. */
export const LANGS = [
  { tag: 'en-GB', files: ['en.rs'] },
  // American English: only the messages whose spelling differs, the rest is British.
  { tag: 'en-US', files: ['en_us.rs', 'en.rs'] },
  { tag: 'de', files: ['de.rs'] },
  { tag: 'fr', files: ['fr.rs'] },
  { tag: 'es', files: ['es.rs'] },
  { tag: 'nl', files: ['nl.rs'] },
];

/** The value of a Rust string literal's body (the escapes the i18n files can use). */
function unescapeRust(body) {
  return body.replace(/\\(u\{([0-9a-fA-F]{1,6})\}|.)/g, (_, esc, hex) => {
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    const simple = { n: '\n', t: '\t', r: '\r', '0': '\0', '\\': '\\', '"': '"', "'": "'" }[esc];
    if (simple === undefined) throw new Error(`paint: unknown escape \\${esc}`);
    return simple;
  });
}

/** `msg`'s text in one i18n file, or null when the file does not have it. */
function textIn(source, msg, file) {
  const matches = [...source.matchAll(new RegExp(`^\\s*${msg}\\s*=>\\s*"((?:[^"\\\\]|\\\\.)*)"\\s*,`, 'gm'))];
  if (matches.length > 1) throw new Error(`paint: ${msg} appears ${matches.length} times in ${file}`);
  if (matches.length === 1) return unescapeRust(matches[0][1]);
  // Written some other way (a macro, a constant): refuse rather than guess.
  if (new RegExp(`^\\s*${msg}\\s*=>`, 'm').test(source)) throw new Error(`paint: ${msg} in ${file} is not a plain string literal`);
  return null;
}

/** The header's texts of every language: `[{ tag, appName, tagline, privacy }]`. */
export function headerTexts(root = repo) {
  const sources = new Map();
  const read = (file) => {
    if (!sources.has(file)) sources.set(file, readFileSync(join(root, 'src/i18n', file), 'utf8'));
    return sources.get(file);
  };
  const pick = (files, msg) => {
    for (const file of files) {
      const text = textIn(read(file), msg, file);
      if (text !== null) return text;
    }
    throw new Error(`paint: no ${msg} in ${files.join(', ')}`);
  };
  return LANGS.map(({ tag, files }) => ({
    tag,
    appName: pick(files, 'AppName'),
    tagline: pick(files, 'Tagline'),
    privacy: pick(files, 'PrivacyNote'),
  }));
}

const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** The lines to put at the marker: one tagline and privacy pair per distinct wording. */
export function headerLines(texts) {
  const groups = [];
  for (const t of texts) {
    const same = groups.find((g) => g.tagline === t.tagline && g.privacy === t.privacy);
    if (same) same.tags.push(t.tag);
    else groups.push({ tags: [t.tag], tagline: t.tagline, privacy: t.privacy });
  }
  return groups.flatMap(({ tags, tagline, privacy }) => {
    // The text's language: the languages' common primary subtag (`en` for both Englishes).
    const primaries = new Set(tags.map((tag) => tag.split('-')[0]));
    const lang = tags.length === 1 ? tags[0] : primaries.size === 1 ? [...primaries][0] : tags[0];
    const attrs = `lang="${lang}" data-langs="${tags.join(' ')}"`;
    return [
      `<p class="tagline" ${attrs}>${escapeHtml(tagline)}</p>`,
      `<p class="privacy" ${attrs}>${escapeHtml(privacy)}</p>`,
    ];
  });
}

/** index.html with the header's texts written in. */
export function paintedHtml(html, texts) {
  const names = new Set(texts.map((t) => t.appName));
  if (names.size !== 1) throw new Error(`paint: the app's name differs between languages (${[...names].join(', ')}); the brand is painted in one`);
  const marker = /^([ \t]*)<!-- paint: lines -->$/m;
  const found = html.match(marker);
  if (!found) throw new Error('paint: index.html has no "<!-- paint: lines -->" line');
  if (!html.includes('{AppName}')) throw new Error('paint: index.html has no {AppName}');
  const indent = found[1];
  return html
    .replace(marker, headerLines(texts).map((line) => indent + line).join('\n'))
    .replace('{AppName}', escapeHtml([...names][0]));
}

/** Every language must have its rule in style.css, or its lines would never show. */
export function checkStyle(css, texts) {
  for (const { tag } of texts) {
    const rule = `:root[data-paint="${tag}"] .boot-header [data-langs~="${tag}"]`;
    if (!css.includes(rule)) throw new Error(`paint: style.css has no rule ${rule}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dist = process.argv[2] ?? 'dist';
  const texts = headerTexts();
  checkStyle(readFileSync(join(dist, 'style.css'), 'utf8'), texts);
  const path = join(dist, 'index.html');
  writeFileSync(path, paintedHtml(readFileSync(path, 'utf8'), texts));
  console.log(`${path}: the header painted before the app, in ${texts.length} languages`);
}
