// The JavaScript API in the browser: in the app's own page, import api/tactful_api.js (a
// module of its own, which the app never loads), initialise it and run every README example, then check that nothing
// went wrong (console errors, CSP violations, off-origin requests).
//
// The page's Content-Security-Policy forbids eval, so each example is sent as the
// expression of page.evaluate (run by the browser's debugging protocol, not by page script).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, useBrowser } from './harness.mjs';
import { exampleSource, readmeExamples } from './api-examples.mjs';

useBrowser();

/** An expression that imports the module in the page and runs `body(api)`. */
function inPage(origin, source) {
  const url = JSON.stringify(`${origin}/api/tactful_api.js`);
  return `(async () => { const api = await import(${url}); await api.default(); return (${source})(api); })()`;
}

describe('JavaScript API in the browser', () => {
  test('every README example runs in the app page, alongside the UI', async () => {
    const { page, check, origin } = await openApp('#/plan');
    const examples = readmeExamples();
    assert.ok(examples.length >= 10, `README examples found: ${examples.length}`);
    for (const example of examples) {
      const source = `async (api) => { await (${exampleSource(example.code)})(api); return 'ok'; }`;
      assert.equal(await page.evaluate(inPage(origin, source)), 'ok', example.name);
    }
    // The UI is still there and working after the API calls.
    await page.getByTestId('invoice-summary').waitFor();
    await check();
  });

  test('errors are TactfulInputErrors in the page too, and the module keeps working', async () => {
    const { page, check, origin } = await openApp();
    const result = await page.evaluate(inPage(origin, `async (api) => {
      const caught = [];
      for (const input of [undefined, null, 42, 'x', [], {}, { debt: '1e400' }, { size: { kind: 5 } }]) {
        try {
          api.planInstalments(input);
          caught.push('no error');
        } catch (error) {
          caught.push([error instanceof Error, error.name, typeof error.field, error.code, error.errors.length > 0].join());
        }
      }
      const plan = api.planInstalments({ debt: '1000.000', currency: 'KWD', first_due_date: '2025-01-31', size: 3 });
      return { caught, amounts: plan.rows.map((row) => row.amount) };
    }`));
    for (const line of result.caught) assert.match(line, /^true,TactfulInputError,string,[a-z_]+,true$/);
    assert.deepEqual(result.amounts, ['333.333', '333.333', '333.334']);
    await check();
  });
});
