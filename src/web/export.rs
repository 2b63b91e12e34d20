//! Exports: downloads of the comparison (JSON in the `claimdiff.comparison/1` schema, Markdown,
//! CSV of the claim rows, a standalone HTML report), built by `engine::report` and saved through
//! a Blob and an object URL (nothing leaves the browser), and copying a row as a quotable snippet.

use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};
use yew::prelude::*;

use super::json;
use super::snapshot::Snapshot;
use crate::engine::report::{member_text, to_csv, to_html, to_markdown};
use crate::engine::{Comparison, Group};

/// An export format: button id and label, file extension, MIME type and writer.
struct Format {
    id: &'static str,
    label: &'static str,
    extension: &'static str,
    mime: &'static str,
    write: fn(&Comparison) -> String,
}

static FORMATS: [Format; 4] = [
    Format {
        id: "export-json",
        label: "JSON",
        extension: "json",
        mime: "application/json",
        write: comparison_json,
    },
    Format { id: "export-md", label: "Markdown", extension: "md", mime: "text/markdown", write: to_markdown },
    Format { id: "export-csv", label: "CSV", extension: "csv", mime: "text/csv", write: to_csv },
    Format { id: "export-html", label: "HTML report", extension: "html", mime: "text/html", write: to_html },
];

/// The comparison in the `claimdiff.comparison/1` JSON schema (the same text as
/// `engine::report::to_json`, written by the browser's `JSON`).
fn comparison_json(comparison: &Comparison) -> String {
    json::to_string_pretty(comparison).unwrap_or_default()
}

/// Offers `content` as a download named `name`. Returns false if the browser refused.
pub fn download(name: &str, mime: &str, content: &str) -> bool {
    let save = || -> Option<()> {
        let options = BlobPropertyBag::new();
        options.set_type(&format!("{mime};charset=utf-8"));
        let parts = js_sys::Array::of1(&content.into());
        let blob = Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        let url = Url::create_object_url_with_blob(&blob).ok()?;
        let link: HtmlAnchorElement = gloo::utils::document().create_element("a").ok()?.dyn_into().ok()?;
        link.set_href(&url);
        link.set_download(name);
        link.click();
        // Revoke later: the download may start after this task.
        Timeout::new(30_000, move || {
            let _ = Url::revoke_object_url(&url);
        })
        .forget();
        Some(())
    };
    save().is_some()
}

/// Copies `text` to the clipboard (asynchronously; the browser may ask or refuse).
pub fn copy_text(text: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.navigator().clipboard().write_text(text);
    }
}

/// A claim group as a quotable snippet: each account's label and its sentences.
pub fn snippet(comparison: &Comparison, group: &Group, number: usize) -> String {
    let mut out = format!("Claim {number} ({}):\n", group.status.label());
    for (account, info) in comparison.accounts.iter().enumerate() {
        let text = member_text(comparison, group, account);
        let line =
            if text.is_empty() { "(not reported)".to_string() } else { format!("\u{201c}{text}\u{201d}") };
        out.push_str(&format!("{}: {line}\n", info.label));
    }
    out
}

/// The download buttons (a function, not a component: it keeps no state).
pub fn export_bar(comparison: &Snapshot<Comparison>) -> Html {
    let buttons = FORMATS.iter().map(|format| {
        let comparison = comparison.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            let name = format!("claimdiff-comparison.{}", format.extension);
            download(&name, format.mime, &(format.write)(&comparison));
        });
        html! { <button type="button" class="secondary" id={format.id} {onclick}>{ format.label }</button> }
    });
    html! {
        <div class="export-bar" role="group" aria-labelledby="export-title">
            <span class="summary-heading" id="export-title">{ "Export" }</span>
            { for buttons }
        </div>
    }
}
