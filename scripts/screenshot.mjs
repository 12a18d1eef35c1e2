// Regenerates docs/screenshot.png (the README's picture) from the built dist/.
//   scripts/build && node scripts/screenshot.mjs
import { chromium } from 'playwright-core';
import { startServer } from './static-server.mjs';
import { CHROMIUM_ARGS } from '../tests/e2e/harness.mjs';

const server = await startServer({ root: 'dist', port: 0 });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 760 }, locale: 'en-GB' });
  await page.goto(`${server.url}#/plan`);
  await page.locator('[data-testid=invoice-summary]').waitFor();
  const example = {
    '#your-business': 'Northwind Design',
    '#client-business': 'Acme Ltd',
    '#client-contact': 'Sam Patel',
    '#invoice-number': 'INV-2041',
    '#amount': '4,800',
    '#issue-date': '2026-09-22',
    '#due-date': '2026-10-22',
  };
  for (const [selector, value] of Object.entries(example)) await page.fill(selector, value);
  await page.screenshot({ path: 'docs/screenshot.png' });
  console.log('wrote docs/screenshot.png');
} finally {
  await browser.close();
  await server.close();
}
