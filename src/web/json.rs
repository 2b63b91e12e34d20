//! JSON text in the web layer, written and read by the browser's own `JSON` object through
//! `serde-wasm-bindgen`'s serializer and the app's reader, `crate::js_value`. It gives the same JSON as `serde_json` would, without putting a second
//! JSON implementation into the wasm bundle (about 20 KB gzip).

use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::JsValue;

/// `value` as compact JSON, `None` if it cannot be represented.
pub fn to_string<T: Serialize>(value: &T) -> Option<String> {
    js_sys::JSON::stringify(&to_js(value)?).ok().map(String::from)
}

/// `value` as JSON indented by two spaces, `None` if it cannot be represented.
pub fn to_string_pretty<T: Serialize>(value: &T) -> Option<String> {
    let text =
        js_sys::JSON::stringify_with_replacer_and_space(&to_js(value)?, &JsValue::NULL, &JsValue::from(2));
    text.ok().map(String::from)
}

/// The value in JSON `text`, `None` if the text is not JSON of that shape.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Option<T> {
    crate::js_value::from_value(js_sys::JSON::parse(text).ok()?).ok()
}

fn to_js<T: Serialize>(value: &T) -> Option<JsValue> {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).ok()
}
