// Starts the WebAssembly app. Kept out of index.html because the Content-Security-Policy
// allows no inline script. If the module cannot start, say so in the loading box.
import init from './pkg/tactful.js';

init().catch((error) => {
  const box = document.getElementById('boot');
  if (box) {
    box.textContent = 'Tactful could not start in this browser. Please use a current version of Firefox, Chrome, Edge or Safari.';
  }
  console.error(error);
});
