//! The web front end (wasm32 only): a thin Yew layer over the engine.
//!
//! - [`app`]: the top component: accounts, comparison runs (debounced), notices, confirmations.
//! - [`worker`]: runs comparisons in a Web Worker (`www/compare-worker.js`), off the main thread.
//! - [`editors`]: one editor per account (label, text, counts, reference, order, open file).
//! - [`files`]: accounts from files and from HTML on the clipboard (article text extraction).
//! - [`summary`]: counts per status and divergence type, and the "Divergences only" filter.
//! - [`views`]: the tabs that switch between the result views.
//! - [`facts`]: the fact sheet: numbers, durations, dates and quotes lined up, with verdicts.
//! - [`overview`]: per-account tallies, the agreement matrix, the material divergences.
//! - [`results`]: the claim table with highlighted changes, divergences and moved sentences,
//!   and the links and unlinks of sentences made by hand.
//! - [`side_by_side`]: two accounts' full texts with aligned sentences linked.
//! - [`source`]: each account's text coloured by status, and sentence-boundary corrections.
//! - [`filters`]: status, divergence type, material, account and text filters of the table.
//! - [`export`]: downloads (JSON, Markdown, CSV, HTML) and the clipboard.
//! - [`size`]: the app's limit on pasted text, and counts written with thousands separators.
//! - [`snapshot`]: the comparison the views share, compared by identity.
//! - [`insight`]: figures the views derive from a comparison (moved members, tallies, agreement).
//! - [`storage`]: saving the workspace in `localStorage`.
//! - [`json`]: JSON text through the browser's `JSON` (keeps `serde_json` out of the bundle).
//! - [`permalink`]: share links that carry the accounts, the reference and the corrections in
//!   the URL fragment.
//! - [`embed`]: the read-only results view for embeds, and the iframe embed page (`?embed`).
//! - [`offline`]: the "Available offline" note (the service worker itself is `www/sw.js`).
//! - [`examples`]: the built-in example accounts (`www/examples/*.txt`, fetched when asked for).
//!
//! User text is only ever rendered as text nodes or form values, never as HTML.

pub mod app;
pub mod editors;
pub mod embed;
pub mod examples;
pub mod export;
pub mod facts;
pub mod files;
pub mod filters;
pub mod insight;
pub mod json;
pub mod offline;
pub mod overview;
pub mod permalink;
pub mod results;
pub mod side_by_side;
pub mod size;
pub mod snapshot;
pub mod source;
pub mod storage;
pub mod summary;
pub mod views;
pub mod worker;

pub use app::App;

/// Mounts the app, or with `?embed` the iframe embed page, into the page's
/// `#app[data-claimdiff-app]` element. Does nothing elsewhere: inside the comparison worker, which
/// loads the same module only for its `compare` export, and on host pages, where the script embed
/// loads it for the JavaScript API (`mount`).
pub fn start() {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("#app[data-claimdiff-app]").ok().flatten())
    else {
        return;
    };
    #[cfg(debug_assertions)]
    std::panic::set_hook(Box::new(log_panic));
    root.set_text_content(None);
    if embed::is_embed_page() {
        embed::start_page(root);
    } else {
        yew::platform::spawn_local(async move {
            permalink::open_from_location().await;
            yew::Renderer::<App>::with_root(root).render();
        });
    }
}

/// Logs a panic's message to the console, in debug builds. Release builds abort on a panic
/// (`panic = "abort"`, the `wasm-release` profile) without logging it. In both, the abort
/// reaches the page as a `WebAssembly.RuntimeError`, and www/boot.js then shows users the page's
/// plain `#fatal` message.
#[cfg(debug_assertions)]
fn log_panic(info: &std::panic::PanicHookInfo) {
    gloo::console::error!(info.to_string());
}
