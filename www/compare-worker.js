// The comparison worker (a module worker started by src/web/worker.rs). It loads the app's own
// wasm-bindgen module (already in the HTTP cache: no extra download, no second wasm bundle) and
// calls its `comparePacked` export, so long comparisons never block the page. The app's entry
// point does nothing here (there is no window). Messages in: {id, js, wasm, accounts, options};
// out: {id, packed} (the comparison as bytes, src/pack.rs; its buffer is transferred, not
// copied) or {id, error, aborted}: `aborted` when the engine itself aborted (a panic is a
// WebAssembly.RuntimeError in release builds), after which this worker's wasm is not usable.
// Before its first comparison it also fetches the synonym table (wordnet-synonyms.txt, beside the
// wasm binary; see src/engine/synonyms.rs) and installs it; without it (offline before the first
// visit cached it, or a host that lacks the file) comparisons run on the engine's own thesaurus.
let bindings = null;

const installSynonyms = async (module, wasm) => {
  try {
    const response = await fetch(new URL('wordnet-synonyms.txt', new URL(wasm, self.location.href)));
    if (response.ok) module.installSynonyms(await response.text());
  } catch (error) {
    console.warn('Claimdiff compares without its synonym table:', error);
  }
};

self.onmessage = async ({ data }) => {
  const { id, js, wasm, accounts, options } = data;
  try {
    if (!bindings) {
      const module = await import(js);
      await module.default({ module_or_path: wasm });
      await installSynonyms(module, wasm);
      bindings = module;
    }
    const packed = bindings.comparePacked(accounts, options);
    self.postMessage({ id, packed }, [packed.buffer]);
  } catch (error) {
    const aborted = error instanceof WebAssembly.RuntimeError;
    self.postMessage({ id, error: String(error?.message ?? error), aborted });
  }
};
