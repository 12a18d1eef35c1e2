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
// It also writes the first screen under the header, shown when the case the app will open
// is empty (a first visit): the tool tabs, the start panel and the tool's heading and
// purpose (`<!-- paint: first screen -->`), each text in every language (`data-langs`)
// and, for the tool's, every tool (`data-route`); paint.js puts the tool the address names
// on <html> (`data-paint-route`) and marks the empty case (`data-paint-first`). The app's own
// first screen (its tabs, start panel and the tool's placeholder, src/parts.rs) takes
// their place without moving; this painted text is what Lighthouse's LCP sees.
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

/** `msgs`' texts in every language: `[{ tag, [msg]: text }]`. */
export function texts(msgs, root = repo) {
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
  return LANGS.map(({ tag, files }) => Object.fromEntries([['tag', tag], ...msgs.map((msg) => [msg, pick(files, msg)])]));
}

/** The header's texts of every language: `[{ tag, appName, tagline, privacy }]`. */
export function headerTexts(root = repo) {
  return texts(['AppName', 'Tagline', 'PrivacyNote'], root)
    .map((t) => ({ tag: t.tag, appName: t.AppName, tagline: t.Tagline, privacy: t.PrivacyNote }));
}

/** The tools, as src/route.rs names them: id (`Route::id`), title and purpose messages. */
export const TOOLS = [
  { id: 'plan', title: 'ToolPlan', summary: 'ToolPlanSummary' },
  { id: 'discount', title: 'ToolDiscount', summary: 'ToolDiscountSummary' },
  { id: 'timeline', title: 'ToolTimeline', summary: 'ToolTimelineSummary' },
  { id: 'message', title: 'ToolMessage', summary: 'ToolMessageSummary' },
];

/** The messages of the painted first screen. */
export const FIRST_SCREEN_MSGS = ['StartText', 'StartExample', 'StartFill', ...TOOLS.flatMap((t) => [t.title, t.summary])];

const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/**
 * `all` grouped by the wording `wording(t)` gives (languages with the same text share one
 * element): `[{ tags, first, attrs }]`, `first` the group's first entry and `attrs` its
 * `lang` (the languages' common primary subtag: `en` for both Englishes) and `data-langs`.
 */
function byWording(all, wording) {
  const groups = [];
  for (const t of all) {
    const same = groups.find((g) => wording(g.first) === wording(t));
    if (same) same.tags.push(t.tag);
    else groups.push({ tags: [t.tag], first: t });
  }
  return groups.map(({ tags, first }) => {
    const primaries = new Set(tags.map((tag) => tag.split('-')[0]));
    const lang = tags.length === 1 ? tags[0] : primaries.size === 1 ? [...primaries][0] : tags[0];
    return { tags, first, attrs: `lang="${lang}" data-langs="${tags.join(' ')}"` };
  });
}

/** The lines to put at the marker: one tagline and privacy pair per distinct wording. */
export function headerLines(texts) {
  return byWording(texts, (t) => `${t.tagline}\n${t.privacy}`).flatMap(({ first: { tagline, privacy }, attrs }) => [
    `<p class="tagline" ${attrs}>${escapeHtml(tagline)}</p>`,
    `<p class="privacy" ${attrs}>${escapeHtml(privacy)}</p>`,
  ]);
}

/**
 * One span per distinct wording of `msg` (languages with the same text share one), shown
 * by style.css for the painted language; `route` marks a tool's own text.
 */
export function spans(all, msg, route = null) {
  const routeAttr = route ? ` data-route="${route}"` : '';
  return byWording(all, (t) => t[msg])
    .map(({ first, attrs }) => `<span ${attrs}${routeAttr}>${escapeHtml(first[msg])}</span>`)
    .join('');
}

/**
 * The first screen under the header, as the app draws it on a first visit (src/app.rs
 * tabs, src/start_panel.rs, src/views/mod.rs ToolTitle in src/parts.rs' placeholder):
 * same classes, so the same boxes; hidden from assistive technology (the "Loading…" status
 * speaks) and out of the tab order until the app takes over.
 */
export function firstScreen(all, indent = '') {
  const tabs = TOOLS.map((t) => `<li><a href="#/${t.id}" data-tab="${t.id}" tabindex="-1">${spans(all, t.title)}</a></li>`);
  const lines = [
    '<div class="tabs boot-first" id="boot-tabs" aria-hidden="true">',
    `  <ul>${tabs.join('')}</ul>`,
    '</div>',
    '<div class="layout boot-first" id="boot-main" aria-hidden="true">',
    '  <section class="start-panel">',
    `    <p>${spans(all, 'StartText')}</p>`,
    `    <p class="actions start-actions"><button type="button" class="action" tabindex="-1">${spans(all, 'StartExample')}</button><button type="button" class="secondary" tabindex="-1">${spans(all, 'StartFill')}</button></p>`,
    '  </section>',
    '  <section class="panel tool part-loading">',
    `    <h2>${TOOLS.map((t) => spans(all, t.title, t.id)).join('')}</h2>`,
    `    <p class="tool-summary">${TOOLS.map((t) => spans(all, t.summary, t.id)).join('')}</p>`,
    '  </section>',
    '</div>',
  ];
  return lines.map((line) => indent + line).join('\n');
}

/** index.html with the header's texts written in. */
export function paintedHtml(html, texts, first = null) {
  const names = new Set(texts.map((t) => t.appName));
  if (names.size !== 1) throw new Error(`paint: the app's name differs between languages (${[...names].join(', ')}); the brand is painted in one`);
  const marker = /^([ \t]*)<!-- paint: lines -->$/m;
  const found = html.match(marker);
  if (!found) throw new Error('paint: index.html has no "<!-- paint: lines -->" line');
  if (!html.includes('{AppName}')) throw new Error('paint: index.html has no {AppName}');
  const indent = found[1];
  let painted = html
    .replace(marker, headerLines(texts).map((line) => indent + line).join('\n'))
    .replace('{AppName}', escapeHtml([...names][0]));
  if (first) {
    const firstMarker = /^([ \t]*)<!-- paint: first screen -->$/m;
    const at = painted.match(firstMarker);
    if (!at) throw new Error('paint: index.html has no "<!-- paint: first screen -->" line');
    painted = painted.replace(firstMarker, firstScreen(first, at[1]));
  }
  return painted;
}

/** Every language must have its rule in style.css, or its lines would never show. */
export function checkStyle(css, texts) {
  for (const { tag } of texts) {
    for (const rule of [`:root[data-paint="${tag}"] .boot-header [data-langs~="${tag}"]`, `:root[data-paint="${tag}"] .boot-first [data-langs~="${tag}"]`]) {
      if (!css.includes(rule)) throw new Error(`paint: style.css has no rule ${rule}`);
    }
  }
  for (const { id } of TOOLS) {
    for (const rule of [`:root:not([data-paint-route="${id}"]) .boot-first [data-route="${id}"]`, `:root[data-paint-route="${id}"] .boot-first a[data-tab="${id}"]`]) {
      if (!css.includes(rule)) throw new Error(`paint: style.css has no rule ${rule}`);
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dist = process.argv[2] ?? 'dist';
  const header = headerTexts();
  checkStyle(readFileSync(join(dist, 'style.css'), 'utf8'), header);
  const path = join(dist, 'index.html');
  writeFileSync(path, paintedHtml(readFileSync(path, 'utf8'), header, texts(FIRST_SCREEN_MSGS)));
  console.log(`${path}: the header and a first visit's first screen painted before the app, in ${header.length} languages`);
}
