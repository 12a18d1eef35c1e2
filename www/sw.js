// Tactful's service worker: makes the app work offline and updates it as one piece.
//
// This file is a template: scripts/build (scripts/precache.mjs) writes dist/sw.js from it,
// filling VERSION (a hash of every file in dist/ and of this template) and FILES (every
// file in dist/ but this one). Do not edit those two lines by hand.
//
// - install: caches every file of this version, bypassing the HTTP cache. It does NOT call
//   skipWaiting: a new version waits until the page asks (message SKIP_WAITING, sent when
//   the person presses "Reload"), so an open page never mixes old JS with new Wasm.
// - activate: deletes this app's caches of other versions, then controls open pages.
// - fetch: same-origin GETs of precached files are answered from the cache (navigations to
//   the app's own path get index.html whatever the query), anything else goes to the
//   network untouched. Cross-origin requests are never looked at.
const VERSION = 'development';
const FILES = ['index.html'];

// The scope keeps two copies of the app on one origin (different paths) out of each
// other's caches.
const PREFIX = `tactful:${self.registration.scope}:`;
const CACHE = PREFIX + VERSION;
const INDEX = new URL('index.html', self.registration.scope).href;
const PRECACHED = new Set(FILES.map((file) => new URL(file, self.registration.scope).href));

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache.addAll([...PRECACHED].map((url) => new Request(url, { cache: 'reload' })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names
        .filter((name) => name.startsWith(PREFIX) && name !== CACHE)
        .map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const path = url.origin + url.pathname;
  let key = null;
  if (request.mode === 'navigate' && (path === self.registration.scope || path === INDEX)) {
    key = INDEX;
  } else if (PRECACHED.has(path) && url.search === '') {
    key = request;
  }
  if (key === null) return;
  event.respondWith(
    caches.open(CACHE)
      .then((cache) => cache.match(key, { ignoreVary: true }))
      .then((hit) => hit || fetch(request)),
  );
});
