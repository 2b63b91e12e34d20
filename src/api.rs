//! The JavaScript API (wasm32 only), over the same engine as the app and the CLI.
//!
//! Trunk exposes these exports as `window.wasmBindings` on the app's page, and the script embed
//! (`www/embed/claimdiff-embed.js`) imports the same module on any page:
//! - `compare(accounts, options?)` returns the `claimdiff.comparison/1` object (docs/schema.md);
//! - `segment(text)` returns `[{start, end, text}]`;
//! - `mount(element, accounts, options?)` renders the read-only results view into `element` and
//!   returns a `ClaimdiffView` with `update(accounts, options?)` and `unmount()`.
//!
//! `accounts` is `[{label, text}]`; `options` is `{reference, corrections}` (the index of the
//! reference account, and corrections made by hand as in docs/schema.md; both optional). Bad
//! input throws an `Error` whose `name` is `"ClaimdiffInputError"` and whose `code` is stable
//! (`bad_arguments`, `too_few_accounts`, `too_many_accounts`, `too_much_text`), with a message
//! written for people. `mount` compares in the page, so it accepts at most the app's
//! page limit of text (`web::size::MAX_TOTAL_CHARS`); `compare` accepts up to the engine's limit.
//!
//! `installSynonyms(text)` is internal too: the worker and the page hand it the synonym table
//! (`wordnet-synonyms.txt`, a separate asset; see `engine::synonyms`) once they have fetched it.
//!
//! `comparePacked(accounts, options)` is internal, for the app's comparison worker
//! (`www/compare-worker.js`): `compare`'s result packed into a `Uint8Array` ([`crate::pack`]),
//! which the page reads back into a `Comparison` with less code than a JS object needs. It is not
//! part of the documented API and may change with any build.

use wasm_bindgen::prelude::*;
use yew::AppHandle;

use crate::engine::limits::{check_inputs, MAX_TOTAL_CHARS};
use crate::engine::{compare as compare_accounts, segment_text, AccountInput, Comparison, Options};
use crate::web::embed::{compare_for_view, EmbedView, EmbedViewProps};
use crate::web::snapshot::Snapshot;

/// Compares accounts given as `[{label, text}]`, with optional `{reference}`.
#[wasm_bindgen(js_name = compare)]
pub fn compare_js(accounts: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    to_js(&compare_checked(accounts, options)?)
}

// `compare`, packed into bytes for the app's comparison worker (internal: a `//` comment, so
// that it stays out of the JS glue's doc comments).
#[wasm_bindgen(js_name = comparePacked)]
pub fn compare_packed_js(accounts: JsValue, options: JsValue) -> Result<Vec<u8>, JsValue> {
    let comparison = compare_checked(accounts, options)?;
    crate::pack::to_bytes(&comparison).map_err(|e| input_error("internal", &e.to_string()))
}

// Installs the synonym table from its text (internal; see the module docs). Whether this call
// installed it: only the first installation counts.
#[wasm_bindgen(js_name = installSynonyms)]
pub fn install_synonyms_js(text: String) -> bool {
    crate::engine::synonyms::install(text)
}

fn compare_checked(accounts: JsValue, options: JsValue) -> Result<Comparison, JsValue> {
    let (accounts, options) = read_input(accounts, options)?;
    check_inputs(&accounts, MAX_TOTAL_CHARS).map_err(|p| input_error(p.code(), &p.to_string()))?;
    Ok(compare_accounts(&accounts, &options))
}

/// The sentences of `text` as `[{start, end, text}]` (char offsets).
#[wasm_bindgen(js_name = segment)]
pub fn segment_js(text: &str) -> Result<JsValue, JsValue> {
    to_js(&segment_text(text))
}

/// Renders the read-only results view of `accounts` into `element` (replacing its content).
#[wasm_bindgen(js_name = mount)]
pub fn mount_js(element: JsValue, accounts: JsValue, options: JsValue) -> Result<ClaimdiffView, JsValue> {
    let element: web_sys::Element = element
        .dyn_into()
        .map_err(|_| input_error("bad_arguments", "mount needs a DOM element to render into"))?;
    let props = view_props(accounts, options)?;
    element.set_text_content(None);
    let handle = yew::Renderer::<EmbedView>::with_root_and_props(element, props).render();
    Ok(ClaimdiffView { handle: Some(handle) })
}

/// A results view rendered by `mount`.
#[wasm_bindgen]
pub struct ClaimdiffView {
    handle: Option<AppHandle<EmbedView>>,
}

#[wasm_bindgen]
impl ClaimdiffView {
    /// Shows other accounts in the same place.
    pub fn update(&mut self, accounts: JsValue, options: JsValue) -> Result<(), JsValue> {
        let props = view_props(accounts, options)?;
        match &mut self.handle {
            Some(handle) => handle.update(props),
            None => return Err(input_error("bad_arguments", "this view was unmounted")),
        }
        Ok(())
    }

    /// Removes the view from its element.
    pub fn unmount(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
    }
}

fn view_props(accounts: JsValue, options: JsValue) -> Result<EmbedViewProps, JsValue> {
    let (accounts, options) = read_input(accounts, options)?;
    let comparison =
        compare_for_view(&accounts, &options).map_err(|p| input_error(p.code(), &p.to_string()))?;
    Ok(EmbedViewProps { comparison: Snapshot::new(comparison), open_link: None })
}

/// Reads `accounts` and `options` (absent options are the defaults).
fn read_input(accounts: JsValue, options: JsValue) -> Result<(Vec<AccountInput>, Options), JsValue> {
    let accounts: Vec<AccountInput> = crate::js_value::from_value(accounts).map_err(|e| {
        input_error("bad_arguments", &format!("accounts must be an array of {{label, text}} strings: {e}"))
    })?;
    let options: Options = if options.is_undefined() || options.is_null() {
        Options::default()
    } else {
        crate::js_value::from_value(options).map_err(|e| {
            input_error("bad_arguments", &format!("options must be {{reference: number}}: {e}"))
        })?
    };
    if options.reference >= accounts.len().max(1) {
        let message = format!("reference {} is not an account index", options.reference);
        return Err(input_error("bad_arguments", &message));
    }
    Ok((accounts, options))
}

fn to_js<T: serde::Serialize>(value: &T) -> Result<JsValue, JsValue> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    value.serialize(&serializer).map_err(|e| input_error("internal", &e.to_string()))
}

fn input_error(code: &str, message: &str) -> JsValue {
    let error = js_sys::Error::new(message);
    error.set_name("ClaimdiffInputError");
    // Setting a property on a fresh Error object cannot fail.
    let _ = js_sys::Reflect::set(&error, &"code".into(), &code.into());
    error.into()
}
