// Starts the WebAssembly app. Kept out of index.html because the Content-Security-Policy
// allows no inline script. If the module cannot start, say so in the loading box.
import init, { showPanicScreen } from './pkg/tactful.js';

// The release build aborts on a panic without unwinding or a message (smaller code,
// scripts/build): the WebAssembly traps, and the trap reaches the page as an uncaught
// WebAssembly.RuntimeError. Show the panic screen then (src/panic_screen.rs): what was
// typed is already saved, and Reload brings it back.
// (A trap can only come from running WebAssembly, so the module's exports are there.)
const onTrap = (error) => {
  if (!(error instanceof WebAssembly.RuntimeError)) return false;
  console.error('Tactful stopped on an internal error:', error);
  try {
    showPanicScreen();
  } catch (_) {
    // The module cannot draw it: the page stays as it is.
  }
  return true;
};
window.addEventListener('error', (event) => onTrap(event.error));
window.addEventListener('unhandledrejection', (event) => onTrap(event.reason));

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

// Once index.html's header is painted (www/paint.js), the module starts after that frame,
// so the app's same header in the same place is no new largest contentful paint. The module
// is downloading meanwhile (index.html preloads it); a hidden tab, with no frames, waits not.
const painted = document.documentElement.hasAttribute('data-paint') && document.visibilityState !== 'hidden';
const afterPaint = () => new Promise((resolve) => {
  requestAnimationFrame(() => setTimeout(resolve, 0));
  setTimeout(resolve, 100);
});

(painted ? afterPaint() : Promise.resolve()).then(() => init()).catch((error) => {
  // A panic while starting (restoring saved work, say) is a trap too.
  if (onTrap(error)) return;
  const box = document.getElementById('boot');
  if (box) {
    box.textContent = 'Tactful could not start in this browser. Please use a current version of Firefox, Chrome, Edge or Safari.';
  }
  console.error(error);
});
