// Tactful embed helper, for the page that embeds Tactful (not for Tactful itself).
//
//   <iframe src="https://tactful.example/?embed=1" data-tactful title="…"
//           sandbox="allow-scripts allow-same-origin allow-popups"></iframe>
//   <script src="https://tactful.example/embed.js" defer></script>
//
// It does one thing: it sets the height of each `iframe[data-tactful]` to the height of
// its content, which the embedded app posts as `{ type: 'tactful:height', height }`. A
// message counts only if it comes from that iframe's window (`event.source`) and from the
// origin of its `src` (`event.origin`); the height is kept between 200 and 10,000 px.
// It sends nothing, reads nothing else and loads nothing.
(() => {
  'use strict';
  const MIN = 200;
  const MAX = 10000;

  const originOf = (frame) => {
    try {
      return new URL(frame.getAttribute('src') || '', document.baseURI).origin;
    } catch {
      return null;
    }
  };

  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'tactful:height') return;
    const height = Number(data.height);
    if (!Number.isFinite(height)) return;
    for (const frame of document.querySelectorAll('iframe[data-tactful]')) {
      if (event.source === null || event.source !== frame.contentWindow) continue;
      const origin = originOf(frame);
      if (origin === null || origin === 'null' || event.origin !== origin) continue;
      frame.style.height = `${Math.min(MAX, Math.max(MIN, Math.ceil(height)))}px`;
    }
  });
})();
