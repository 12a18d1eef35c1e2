// Starts the WebAssembly app. Kept out of index.html because the Content-Security-Policy
// allows no inline script. If the module cannot start, say so in the loading box.
import init from './pkg/tactful.js';

// The plan's part and the shared pieces it needs (scripts/preload.mjs writes the list at
// build time): when the full app opens on the plan, they are fetched now, beside the
// main module, rather than once it has started and asked for them (src/parts.rs).
const LANDING_FILES = [];
const opensOnPlan = ['', '#', '#/', '#/plan'].includes(window.location.hash)
  && !new URLSearchParams(window.location.search).has('embed');
if (opensOnPlan) {
  for (const file of LANDING_FILES) {
    const link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.type = 'application/wasm';
    link.crossOrigin = 'anonymous';
    link.href = file;
    document.head.append(link);
  }
}

init().catch((error) => {
  const box = document.getElementById('boot');
  if (box) {
    box.textContent = 'Tactful could not start in this browser. Please use a current version of Firefox, Chrome, Edge or Safari.';
  }
  console.error(error);
});
