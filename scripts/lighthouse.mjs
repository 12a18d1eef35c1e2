// Lighthouse for the built app (part of scripts/bench, not of the test run). Serves dist/
// with brotli/gzip from scripts/static-server.mjs on loopback, launches Debian's chromium
// (headless, through chrome-launcher, which the npm `lighthouse` package brings) and runs
// Lighthouse's node API with its mobile defaults (simulated slow 4G, 4x CPU slowdown,
// Moto G Power screen) RUNS times for the main page and the embed page (`?embed=1`).
// Prints a markdown table of the medians: the four category scores and FCP, LCP, TBT, CLS.
//
//   node scripts/lighthouse.mjs [dist] [--runs N] [--json FILE]
//   CHROME_PATH=/path/to/chromium overrides /usr/bin/chromium.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
// A dependency of `lighthouse` (hoisted by npm from the committed package-lock.json).
import * as chromeLauncher from 'chrome-launcher';
import { startServer } from './static-server.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : fallback;
};
const runs = Number(option('--runs', '3'));
const jsonOut = option('--json', null);
const root = args[0] ?? fileURLToPath(new URL('../dist', import.meta.url));

export const PAGES = [
  { name: 'main page', path: '' },
  { name: 'embed page (`?embed=1`)', path: '?embed=1' },
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = [
  ['first-contentful-paint', 'FCP', (v) => `${(v / 1000).toFixed(2)} s`],
  ['largest-contentful-paint', 'LCP', (v) => `${(v / 1000).toFixed(2)} s`],
  ['total-blocking-time', 'TBT', (v) => `${Math.round(v)} ms`],
  ['cumulative-layout-shift', 'CLS', (v) => v.toFixed(3)],
];

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function main() {
  const server = await startServer({ root, port: 0, compress: true });
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    logLevel: 'silent',
  });
  const results = [];
  try {
    for (const page of PAGES) {
      const samples = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(`${server.url}${page.path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: CATEGORIES,
        });
        const { lhr } = result;
        if (lhr.runtimeError) throw new Error(`${page.name}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        const sample = { scores: {}, metrics: {} };
        for (const c of CATEGORIES) sample.scores[c] = Math.round((lhr.categories[c]?.score ?? NaN) * 100);
        for (const [id] of METRICS) sample.metrics[id] = lhr.audits[id]?.numericValue ?? NaN;
        samples.push(sample);
        console.error(`lighthouse: ${page.name} run ${run + 1}/${runs}: performance ${sample.scores.performance}`);
      }
      const med = { name: page.name, scores: {}, metrics: {}, runs };
      for (const c of CATEGORIES) med.scores[c] = median(samples.map((s) => s.scores[c]));
      for (const [id] of METRICS) med.metrics[id] = median(samples.map((s) => s.metrics[id]));
      results.push(med);
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  const lines = [
    `| page | performance | accessibility | best practices | SEO | ${METRICS.map(([, label]) => label).join(' | ')} |`,
    `|---|---:|---:|---:|---:|${METRICS.map(() => '---:').join('|')}|`,
    ...results.map((r) => `| ${r.name} | ${CATEGORIES.map((c) => r.scores[c]).join(' | ')} | ${METRICS.map(([id, , fmt]) => fmt(r.metrics[id])).join(' | ')} |`),
    '',
    `Median of ${runs} runs each; Lighthouse ${lighthouseVersion()} mobile defaults (simulated throttling), served with brotli from loopback.`,
  ];
  console.log(lines.join('\n'));
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify(results, null, 2) + '\n');
}

function lighthouseVersion() {
  try {
    return JSON.parse(readFileSync(new URL('../node_modules/lighthouse/package.json', import.meta.url), 'utf8')).version;
  } catch {
    return '';
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await main();
}
