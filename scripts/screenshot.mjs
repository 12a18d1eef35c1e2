// Regenerates the README's pictures from the built dist/: each tool with the example case
// ("Try an example"), at 1280×900 and 390×844, light and dark, as the first screen shows
// it (docs/screenshots/<tool>-<width>-<theme>.png), and docs/screenshot.png (the plan,
// desktop, light). The clock is fixed, so the pictures change only when the app does.
//   scripts/build && node scripts/screenshot.mjs
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startServer } from './static-server.mjs';
import { CHROMIUM_ARGS } from '../tests/e2e/harness.mjs';

const TOOLS = ['plan', 'discount', 'timeline', 'message'];
const SIZES = [{ width: 1280, height: 900 }, { width: 390, height: 844 }];
const THEMES = ['light', 'dark'];
// Noon on 7 December 2026, local time.
const NOW = new Date(2026, 11, 7, 12, 0, 0).getTime();

mkdirSync('docs/screenshots', { recursive: true });
const server = await startServer({ root: 'dist', port: 0 });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  for (const viewport of SIZES) {
    for (const colorScheme of THEMES) {
      for (const tool of TOOLS) {
        const context = await browser.newContext({ viewport, colorScheme, locale: 'en-GB', serviceWorkers: 'block' });
        await context.addInitScript((now) => {
          const Real = Date;
          globalThis.Date = class extends Real {
            constructor(...args) { if (args.length) super(...args); else super(now); }
            static now() { return now; }
          };
        }, NOW);
        const page = await context.newPage();
        await page.goto(`${server.url}#/${tool}`);
        await page.getByRole('button', { name: 'Try an example' }).click();
        await page.getByTestId('today-strip').waitFor();
        await page.getByRole('heading', { level: 3 }).first().waitFor();
        await page.waitForTimeout(300);
        const path = `docs/screenshots/${tool}-${viewport.width}-${colorScheme}.png`;
        await page.screenshot({ path });
        if (tool === 'plan' && viewport.width === 1280 && colorScheme === 'light') await page.screenshot({ path: 'docs/screenshot.png' });
        console.log(`wrote ${path}`);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
