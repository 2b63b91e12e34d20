//! The web front end (wasm32 only): a thin Yew layer over the engine.
//!
//! - [`app`]: the top component: accounts, comparison runs (debounced), notices, confirmations.
//! - [`editors`]: one editor per account (label, text, counts).
//! - [`summary`]: counts per status and divergence type, and the "Divergences only" filter.
//! - [`results`]: the results table with highlighted changes and divergences.
//! - [`storage`]: saving the workspace in `localStorage`.
//! - [`examples`]: the built-in example accounts (`www/examples/*.txt`).
//!
//! User text is only ever rendered as text nodes or form values, never as HTML.

pub mod app;
pub mod editors;
pub mod examples;
pub mod results;
pub mod storage;
pub mod summary;

pub use app::App;

use wasm_bindgen::JsCast;

/// Mounts the app into the page's `#app` element (or the body if there is none).
pub fn start() {
    std::panic::set_hook(Box::new(report_panic));
    let document = gloo::utils::document();
    let root = document.get_element_by_id("app").unwrap_or_else(|| gloo::utils::body().into());
    root.set_text_content(None);
    yew::Renderer::<App>::with_root(root).render();
}

/// Logs a panic to the console for developers and shows users a plain message (the page's
/// `#fatal` element) instead of Rust's panic text.
fn report_panic(info: &std::panic::PanicHookInfo) {
    gloo::console::error!(info.to_string());
    if let Some(fatal) = gloo::utils::document()
        .get_element_by_id("fatal")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        fatal.set_hidden(false);
    }
}
