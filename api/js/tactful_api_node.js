// The package's Node.js entry (package.json, exports "node"): loads the WebAssembly module
// from the file beside this one when imported, so the functions are ready at once and
// `await init()` is a harmless no-op, as the same code needs in a browser.
import { readFileSync } from 'node:fs';
import { initSync } from './tactful_api.js';

const wasm = initSync({ module: readFileSync(new URL('./tactful_api_bg.wasm', import.meta.url)) });

export * from './tactful_api.js';

/** The module is loaded already: resolves to its exports, like the browser's `init()`. */
export default async function init() {
  return wasm;
}
