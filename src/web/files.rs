//! Filling accounts from files and from HTML on the clipboard, with the browser's own tools:
//! `Blob.text()` reads a file, and `DOMParser` parses HTML into an inert document (no script
//! runs, nothing loads). This module decides which part of a page is the article; the text
//! handling itself (paragraphs, Markdown, labels, binary checks) is the pure-Rust
//! [`crate::ingest`].

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ClipboardEvent, DomParser, Element, Event, File, FileList, Node, SupportedType};

use super::size::{thousands, MAX_TOTAL_CHARS};
use crate::ingest::{self, FileKind, Paragraphs};

/// What the file input offers to pick.
pub const ACCEPT: &str = ".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html";

/// Elements that hold no article text: code, navigation, page furniture, controls, hidden parts.
/// (`data-style` is a `style` element renamed by [`ingest::disarmed`].)
const DROPPED: &str = "script,data-style,noscript,template,nav,header,footer,aside,form,iframe,svg,button,\
                       [aria-hidden=true],[hidden]";

/// Where the article is, best first (a parsed page always has a body).
const ARTICLE: [&str; 4] = ["article", "main", "[role=main]", "body"];

/// Elements that start and end a paragraph of their own.
const BLOCKS: &[&str] = &[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "pre",
    "div",
    "section",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "table",
    "tr",
    "td",
    "th",
    "figure",
    "figcaption",
    "br",
    "hr",
    "address",
    "details",
    "summary",
];

/// A file read into an account.
pub struct Opened {
    /// The file's name.
    pub name: String,
    pub label: String,
    pub text: String,
}

/// The files of a file input or a drop.
pub fn list(files: Option<FileList>) -> Vec<File> {
    files.map_or_else(Vec::new, |files| (0..files.length()).filter_map(|i| files.get(i)).collect())
}

/// Reads `file` into an account, or says why it cannot be used.
pub async fn open(file: File) -> Result<Opened, String> {
    let name = file.name();
    let not_opened = |why: &str| format!("\u{201c}{name}\u{201d} was not opened: {why}");
    let kind = FileKind::detect(&name, &file.type_()).ok_or_else(|| {
        not_opened("Claimdiff opens text (.txt), Markdown (.md) and web page (.html) files.")
    })?;
    let too_long = || {
        not_opened(&format!(
            "it holds more than the {} characters this page compares in all (about 170,000 words), the \
             most that can be saved in this browser.",
            thousands(MAX_TOTAL_CHARS)
        ))
    };
    // A UTF-8 character takes at most 4 bytes.
    if file.size() > (4 * MAX_TOTAL_CHARS) as f64 {
        return Err(too_long());
    }
    let content = JsFuture::from(file.text()).await.ok().and_then(|v| v.as_string());
    let content = content.ok_or_else(|| not_opened("this browser could not read it."))?;
    if ingest::looks_binary(&content) {
        return Err(not_opened("it does not hold text."));
    }
    let (title, text) = match kind {
        FileKind::Text => (String::new(), content),
        FileKind::Markdown => (String::new(), ingest::markdown::to_text(&content)),
        FileKind::Html => html_text(&content).unwrap_or_default(),
    };
    if text.trim().is_empty() {
        return Err(not_opened("it holds no text."));
    }
    if text.chars().count() > MAX_TOTAL_CHARS {
        return Err(too_long());
    }
    Ok(Opened { label: ingest::label(&title, &name), name, text })
}

/// The clean text of the HTML on the clipboard of `event`, a paste event; `None` when the
/// clipboard holds no HTML (or HTML without text), so that the browser pastes as usual.
pub fn pasted_html(event: &Event) -> Option<String> {
    let data = event.unchecked_ref::<ClipboardEvent>().clipboard_data()?;
    let html = data.get_data("text/html").ok().filter(|html| !html.is_empty())?;
    html_text(&html).map(|(_, text)| text).filter(|text| !text.is_empty())
}

/// A page's title and article text: its paragraphs, headings, list items and quotes, one
/// paragraph each.
pub fn html_text(html: &str) -> Option<(String, String)> {
    let html = ingest::disarmed(html);
    let document = DomParser::new().ok()?.parse_from_string(&html, SupportedType::TextHtml).ok()?;
    while let Some(dropped) = document.query_selector(DROPPED).ok().flatten() {
        dropped.parent_node()?.remove_child(&dropped).ok()?;
    }
    let root = ARTICLE.iter().find_map(|s| document.query_selector(s).ok().flatten())?;
    Some((document.title(), paragraphs(&root)))
}

/// The text under `root`, walked in document order, a paragraph for each block.
fn paragraphs(root: &Node) -> String {
    let mut text = Paragraphs::default();
    let mut next = root.first_child();
    while let Some(node) = next {
        if node.node_type() == Node::TEXT_NODE {
            text.text(&node.node_value().unwrap_or_default());
        }
        end_if_block(&node, &mut text);
        next = node.first_child().or_else(|| leave(node, root, &mut text));
    }
    text.finish()
}

/// The node after `node` and its descendants, ending the blocks this steps out of.
fn leave(mut node: Node, root: &Node, text: &mut Paragraphs) -> Option<Node> {
    loop {
        end_if_block(&node, text);
        if let Some(sibling) = node.next_sibling() {
            return Some(sibling);
        }
        node = node.parent_node().filter(|parent| parent != root)?;
    }
}

fn end_if_block(node: &Node, text: &mut Paragraphs) {
    if node.dyn_ref::<Element>().is_some_and(|e| BLOCKS.contains(&e.local_name().as_str())) {
        text.end_block();
    }
}
