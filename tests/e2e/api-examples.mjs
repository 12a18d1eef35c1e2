// The README's JavaScript API examples (```js api-example blocks), shared by the Node and
// the browser tests so that both run exactly what the README shows.
import { readFileSync } from 'node:fs';

const README = new URL('../../README.md', import.meta.url);

/** Every ```js api-example block of README.md, named after the heading above it. */
export function readmeExamples() {
  const lines = readFileSync(README, 'utf8').split('\n');
  const examples = [];
  let heading = 'README';
  let code = null;
  for (const line of lines) {
    if (code === null) {
      if (line.startsWith('#')) heading = line.replace(/^#+\s*/, '');
      else if (line.trim() === '```js api-example') code = [];
    } else if (line.trim() === '```') {
      const count = examples.filter((e) => e.heading === heading).length;
      examples.push({ heading, name: count ? `${heading} (${count + 1})` : heading, code: code.join('\n') });
      code = null;
    } else {
      code.push(line);
    }
  }
  return examples;
}

/**
 * The source of an async function `(api) => …` that runs one example with `api` (the
 * module's namespace) and `assert(condition, message)` in scope.
 */
export function exampleSource(code) {
  return `async (api) => {
    const assert = (condition, message) => {
      if (!condition) throw new Error('README example assertion failed: ' + (message ?? ''));
    };
    ${code}
  }`;
}
