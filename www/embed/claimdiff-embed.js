// Claimdiff script embed. On a host page:
//
//   <div data-claimdiff data-label-1="AP" data-text-1="…" data-label-2="Reuters" data-text-2="…"></div>
//   <script type="module" src="https://tools.example.org/claimdiff/embed/claimdiff-embed.js"></script>
//
// or with the accounts inline, one child each (which keeps long texts readable in the CMS):
//   <div data-claimdiff><template data-label="AP">…</template><script type="text/plain" data-label="Reuters">…</script></div>
//
// This module finds the app's files relative to its own URL (import.meta.url), so Claimdiff can be
// deployed under any path. It reads the hashed file names from the app's index.html, loads the
// wasm once, and renders each `[data-claimdiff]` element's comparison with the JavaScript API's
// `mount` into a shadow root, with the app's stylesheets inside it: the host page's styles do not
// reach the comparison and the app's styles do not reach the host page.
//
// Served from another origin than the host page, the app's files need the header
// `Access-Control-Allow-Origin: *` (module scripts, the wasm and the stylesheets are fetched with
// CORS). A host page with its own Content-Security-Policy must allow the app's origin in
// script-src, style-src and connect-src, and 'wasm-unsafe-eval' in script-src.
const APP = new URL('../', import.meta.url);

/** The app's JavaScript API and stylesheet URLs, loaded once for all embeds on the page. */
const app = (async () => {
  const page = new URL('index.html', APP);
  const html = await (await fetch(page)).text();
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const boot = doc.querySelector('script[data-js][data-wasm]');
  const styles = [...doc.querySelectorAll('link[rel="stylesheet"]')].map((l) => new URL(l.getAttribute('href'), page).href);
  const api = await import(new URL(boot.dataset.js, page).href);
  await api.default({ module_or_path: new URL(boot.dataset.wasm, page) });
  // The synonym table (src/engine/synonyms.rs), beside the wasm; without it embeds still compare.
  try {
    const synonyms = await fetch(new URL('wordnet-synonyms.txt', new URL(boot.dataset.wasm, page)));
    if (synonyms.ok) api.installSynonyms(await synonyms.text());
  } catch (error) {
    console.warn('Claimdiff compares without its synonym table:', error);
  }
  return { api, styles };
})();

/** The accounts an element declares: child <template>/<script type="text/plain">, else data-label-N/data-text-N. */
export function accountsOf(element) {
  const inline = [...element.children].filter((c) => c.matches('template, script[type="text/plain"]'));
  if (inline.length > 0) {
    return inline.map((c) => ({
      label: c.dataset.label ?? '',
      text: (c instanceof HTMLTemplateElement ? c.content.textContent : c.textContent).trim(),
    }));
  }
  const accounts = [];
  for (let n = 1; element.hasAttribute(`data-text-${n}`); n++) {
    accounts.push({ label: element.getAttribute(`data-label-${n}`) ?? '', text: element.getAttribute(`data-text-${n}`) });
  }
  return accounts;
}

/** Loads a stylesheet into `shadow`; the palette's `:root` rules become `:host` rules there. */
function addStyle(shadow, href) {
  return new Promise((resolve) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href, crossOrigin: 'anonymous' });
    link.onload = () => {
      const hostify = (rules) => {
        for (const rule of rules) {
          if (rule.selectorText === ':root') rule.selectorText = ':host';
          else if (rule.cssRules) hostify(rule.cssRules);
        }
      };
      try {
        hostify(link.sheet.cssRules);
      } catch {
        // Rules are unreadable without CORS: the comparison then shows without the app's palette.
      }
      resolve();
    };
    link.onerror = resolve;
    shadow.append(link);
  });
}

/** Renders the comparison `element` declares into a shadow root on it (once). */
export async function embed(element) {
  if (element.shadowRoot) return element.shadowRoot;
  const accounts = accountsOf(element);
  const shadow = element.attachShadow({ mode: 'open' });
  const { api, styles } = await app;
  await Promise.all(styles.map((href) => addStyle(shadow, href)));
  const root = document.createElement('div');
  shadow.append(root);
  try {
    api.mount(root, accounts);
  } catch (error) {
    root.className = 'claimdiff-root';
    root.textContent = `Claimdiff: ${error.message}`;
    root.dataset.error = error.code ?? 'internal';
  }
  return shadow;
}

/** Every `[data-claimdiff]` element on the page, rendered; resolves when all are. */
export const ready = Promise.all([...document.querySelectorAll('[data-claimdiff]')].map(embed));

/** The JavaScript API (compare, segment, mount), once loaded. */
export const api = app.then(({ api }) => api);
