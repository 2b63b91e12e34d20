// The service worker: after the first visit, Claimdiff works offline. At build time
// scripts/sw-precache.sh puts VERSION and FILES (every file of the build, relative to this
// script) above this text. Registered by boot.js, over http(s) only.
//
// - install: stores every file in the cache `claimdiff-VERSION`;
// - activate: deletes the caches of other versions and takes control of open pages;
// - fetch: the app's own files come from that cache first (the network only for what it lacks).
//   Pages (`index.html?embed`, `docs.html`) are matched without their query. Nothing else is
//   touched: the app makes no other requests.
const CACHE = `claimdiff-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('claimdiff-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  const ignoreSearch = request.mode === 'navigate';
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(request, { ignoreSearch }).then((hit) => hit ?? fetch(request))),
  );
});
