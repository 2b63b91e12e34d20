//! The built-in example: three fictional accounts of one event (a barge running aground on an
//! invented river), written for Claimdiff. They share claims in a different order and differ
//! in a number (90 households "in each of" two villages, so 180 in all, against 180 "in Brenn"
//! alone), in scope, in a quote's wording, in attribution and in hedging, and each makes a
//! claim the others do not.
//!
//! The texts are files of the build (`www/examples/*.txt`, copied beside the page), fetched
//! when the user asks for them rather than compiled into the bundle (0.2 KB gzip less); the
//! service worker keeps them for offline use like every other file of the build.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

use crate::engine::AccountInput;

/// A one-line description shown when the example is loaded.
pub const DESCRIPTION: &str =
    "Loaded the example: three fictional accounts of a fertiliser barge running aground on the Orla River.";

/// Shown when the example's files cannot be fetched; the user's accounts are left as they were.
pub const UNAVAILABLE: &str =
    "The example could not be loaded (its files did not arrive). Your accounts are unchanged.";

/// Each account's label and its file, in reading order (the wire story is the reference).
const ACCOUNTS: [(&str, &str); 3] = [
    ("Northwire", "examples/wire.txt"),
    ("Harbour Gazette", "examples/gazette.txt"),
    ("Ministry readout", "examples/ministry.txt"),
];

/// The example accounts, fetched from beside the page; `None` when any file is missing.
pub async fn accounts() -> Option<Vec<AccountInput>> {
    let mut accounts = Vec::with_capacity(ACCOUNTS.len());
    for (label, path) in ACCOUNTS {
        let text = fetch_text(path).await?;
        accounts.push(AccountInput { label: label.to_string(), text: text.trim_end().to_string() });
    }
    Some(accounts)
}

/// The text of a same-origin file at `path`, relative to the page.
async fn fetch_text(path: &str) -> Option<String> {
    let response = JsFuture::from(web_sys::window()?.fetch_with_str(path)).await.ok()?;
    let response: Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}
