// Starts the app. This replaces Trunk's inline loader script, so the page's Content-Security-Policy
// can forbid inline scripts (script-src 'self'). Trunk.toml's pattern_script writes the hashed file
// names of the wasm-bindgen module and the wasm binary into this script element's data attributes.
const boot = document.querySelector('script[data-js][data-wasm]');
const bindings = await import(boot.dataset.js);
const wasm = await bindings.default({ module_or_path: boot.dataset.wasm });
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
