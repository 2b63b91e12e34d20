//! The JavaScript API (wasm32 only), over the same engine as the app and the CLI.
//!
//! Trunk exposes these exports as `window.wasmBindings` on the app's page:
//! `compare(accounts, options?)` returns the `claimdiff.comparison/1` object (docs/schema.md);
//! `segment(text)` returns `[{start, end, text}]`. Bad input throws an `Error` whose `name` is
//! `"ClaimdiffInputError"` and whose `code` is stable (`bad_arguments`, `too_few_accounts`,
//! `too_many_accounts`, `too_much_text`), with a message written for people.

use wasm_bindgen::prelude::*;

use crate::engine::limits::{check_inputs, MAX_TOTAL_CHARS};
use crate::engine::{compare as compare_accounts, segment_text, AccountInput, Options};

/// Compares accounts given as `[{label, text}]`, with optional `{reference}`.
#[wasm_bindgen(js_name = compare)]
pub fn compare_js(accounts: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let accounts: Vec<AccountInput> = serde_wasm_bindgen::from_value(accounts).map_err(|e| {
        input_error("bad_arguments", &format!("accounts must be an array of {{label, text}} strings: {e}"))
    })?;
    let options: Options = if options.is_undefined() || options.is_null() {
        Options::default()
    } else {
        serde_wasm_bindgen::from_value(options)
            .map_err(|e| input_error("bad_arguments", &format!("options must be {{reference: number}}: {e}")))?
    };
    if options.reference >= accounts.len().max(1) {
        let message = format!("reference {} is not an account index", options.reference);
        return Err(input_error("bad_arguments", &message));
    }
    check_inputs(&accounts, MAX_TOTAL_CHARS).map_err(|p| input_error(p.code(), &p.to_string()))?;
    to_js(&compare_accounts(&accounts, &options))
}

/// The sentences of `text` as `[{start, end, text}]` (char offsets).
#[wasm_bindgen(js_name = segment)]
pub fn segment_js(text: &str) -> Result<JsValue, JsValue> {
    to_js(&segment_text(text))
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
