// Starts the app. This replaces Trunk's inline loader script, so the page's Content-Security-Policy
// can forbid inline scripts (script-src 'self'). Trunk.toml's pattern_script writes the hashed file
// names of the wasm-bindgen module and the wasm binary into this script element's data attributes.
const boot = document.querySelector('script[data-js][data-wasm]');

// A panic in the app aborts its wasm (release builds use panic = "abort", so no Rust code runs
// after it); the page sees a WebAssembly.RuntimeError. Users then get the page's plain
// message: their accounts are in localStorage and survive a reload.
const showFatal = (error) => {
  if (error instanceof WebAssembly.RuntimeError) document.getElementById('fatal')?.removeAttribute('hidden');
};
addEventListener('error', (event) => showFatal(event.error));
addEventListener('unhandledrejection', (event) => showFatal(event.reason));

// The synonym table (src/engine/synonyms.rs), for comparisons made in the page itself (the embed
// page, or where no worker can start; the comparison worker fetches its own): fetched while the
// wasm loads, installed as soon as both are there.
const synonyms = fetch(new URL('wordnet-synonyms.txt', new URL(boot.dataset.wasm, location.href))).then((response) =>
  response.ok ? response.text() : Promise.reject(new Error(`${response.status} ${response.statusText}`)),
);
const bindings = await import(boot.dataset.js);
const wasm = await bindings.default({ module_or_path: boot.dataset.wasm });
window.wasmBindings = bindings;
synonyms
  .then((text) => bindings.installSynonyms(text))
  .catch((error) => console.warn('Claimdiff compares without its synonym table:', error));
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));

// Offline use: the service worker (sw.js, made from www/sw.js at build time) keeps the app's files.
// Only over http(s) (service workers need it) and only when the page's CSP allows it (worker-src).
// Once it is active, the app says "Available offline" (src/web/offline.rs).
if ('serviceWorker' in navigator && /^https?:$/.test(location.protocol)) {
  navigator.serviceWorker
    .register('sw.js')
    .then(() => navigator.serviceWorker.ready)
    .then(() => {
      document.documentElement.dataset.offline = 'ready';
      dispatchEvent(new CustomEvent('claimdiff:offline-ready'));
    })
    .catch((error) => console.warn('Claimdiff cannot work offline here:', error));
}
