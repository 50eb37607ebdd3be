// The offline shell. The app's own files are kept in a cache and served from it, so the app
// opens with no connection; each is fetched again in the background and the fresh copy is used
// from the next start. The API is never cached here: the app keeps its data in IndexedDB.
const CACHE = 'serviceaudit-shell';
const SHELL = [
  './',
  'index.html',
  'manifest.webmanifest',
  'app/app.css',
  'app/icon.svg',
  'app/api.js',
  'app/checklist.js',
  'app/dom.js',
  'app/forms.js',
  'app/i18n.js',
  'app/main.js',
  'app/messages.js',
  'app/outbox.js',
  'app/photos.js',
  'app/session.js',
  'app/store.js',
  'app/views/assign.js',
  'app/views/audits.js',
  'app/views/fill.js',
  'app/views/manager.js',
  'app/views/phone.js',
  'app/views/review.js',
  'app/views/setup.js',
  'app/views/signin.js',
];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE)
    .then((cache) => cache.addAll(SHELL.map((path) => new Request(path, { cache: 'reload' }))))
    .then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

const shell = new Set(SHELL.map((path) => new URL(path, self.registration.scope).href));

self.addEventListener('fetch', (event) => {
  if (event.request.method !== 'GET') return;
  const url = new URL(event.request.url);
  url.hash = '';
  url.search = '';
  const key = url.href;
  if (!shell.has(key)) return;
  event.respondWith(caches.open(CACHE).then(async (cache) => {
    const cached = await cache.match(key);
    const fresh = fetch(key, { cache: 'no-cache' }).then((response) => {
      if (response.ok) cache.put(key, response.clone());
      return response;
    });
    if (cached) {
      event.waitUntil(fresh.catch(() => undefined));
      return cached;
    }
    return fresh;
  }));
});
