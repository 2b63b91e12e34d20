//! Turning files and clipboard content into account text, the parts that need no browser.
//!
//! - [`FileKind`]: which files an account can be filled from (`.txt`, `.md`, `.html`).
//! - [`markdown`]: Markdown to plain prose.
//! - [`Paragraphs`]: the text of an HTML page's blocks, one paragraph each, with whitespace
//!   collapsed; the web app's DOM walker (`web::files`) feeds it.
//! - [`disarmed`]: HTML made quiet to parse under the page's Content-Security-Policy.
//! - [`looks_binary`], [`label`], [`placements`]: rejecting binary files, an account label for
//!   a file, and which accounts several opened files fill.
//!
//! Everything here is pure Rust, so it is tested natively.

pub mod markdown;

/// The kinds of file an account can be filled from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Text,
    Markdown,
    Html,
}

impl FileKind {
    /// The kind of a file, from its name's extension, else from its MIME type; `None` for
    /// files Claimdiff does not open.
    pub fn detect(name: &str, mime: &str) -> Option<FileKind> {
        let extension = split_extension(name).1.to_ascii_lowercase();
        match (extension.as_str(), mime) {
            ("txt" | "text", _) => Some(FileKind::Text),
            ("md" | "markdown", _) => Some(FileKind::Markdown),
            ("html" | "htm" | "xhtml", _) => Some(FileKind::Html),
            (_, "text/plain") => Some(FileKind::Text),
            (_, "text/markdown") => Some(FileKind::Markdown),
            (_, "text/html") => Some(FileKind::Html),
            _ => None,
        }
    }
}

/// A file name's stem and extension (empty when it has none). Byte searches, here and in
/// [`find`], keep `str`'s pattern searchers out of the web bundle.
fn split_extension(name: &str) -> (&str, &str) {
    match name.bytes().rposition(|b| b == b'.') {
        Some(dot) => (&name[..dot], &name[dot + 1..]),
        None => (name, ""),
    }
}

/// Where `needle` (not empty) first occurs in `text`.
fn find(text: &str, needle: &str) -> Option<usize> {
    text.as_bytes().windows(needle.len()).position(|window| window == needle.as_bytes())
}

/// True when decoded file content is not text: it holds NUL characters, or more than one
/// character in a hundred is a control character or a decoding replacement (U+FFFD).
pub fn looks_binary(text: &str) -> bool {
    let odd = |c: char| c == '\u{fffd}' || (c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'));
    let (mut chars, mut odd_chars) = (0usize, 0usize);
    for c in text.chars() {
        if c == '\0' {
            return true;
        }
        chars += 1;
        odd_chars += odd(c) as usize;
    }
    odd_chars * 100 > chars
}

/// Longest account label (the label field's `maxlength`).
pub const MAX_LABEL_CHARS: usize = 80;

/// An account label for a file: its title when it has one (an HTML `<title>`), else its name
/// without the extension; whitespace collapsed, at most [`MAX_LABEL_CHARS`] characters.
pub fn label(title: &str, file_name: &str) -> String {
    let stem = split_extension(file_name).0;
    let chosen = if title.trim().is_empty() { stem } else { title };
    let mut label = Paragraphs::default();
    label.text(chosen);
    label.finish().chars().take(MAX_LABEL_CHARS).collect::<String>().trim_end().to_string()
}

/// HTML with its inline styles and event handlers disarmed: `style` elements and `style` and
/// `on…` attributes are renamed (`data-style`, `data-onclick`). The browser checks these against
/// the page's Content-Security-Policy even in a parsed, inert document, and would report a
/// violation for each. Text outside tags is left alone.
pub fn disarmed(html: &str) -> String {
    let mut out = String::with_capacity(html.len() + 64);
    let (mut in_tag, mut previous) = (false, ' ');
    for (i, c) in html.char_indices() {
        in_tag = (in_tag || c == '<') && c != '>';
        let starts = |name: &[u8]| {
            html.as_bytes().get(i..i + name.len()).is_some_and(|w| w.eq_ignore_ascii_case(name))
        };
        let attribute = previous == '/' || previous.is_ascii_whitespace();
        let style = (attribute || previous == '<') && starts(b"style");
        if in_tag && (style || (attribute && starts(b"on"))) {
            out.push_str("data-");
        }
        out.push(c);
        previous = c;
    }
    out
}

/// Which accounts `count` opened files fill: the first the account they were opened in
/// (`target`), the others the empty accounts after it (`empty` says which accounts are empty),
/// then new accounts (indices from `empty.len()` on), up to `max` accounts in all. `None` for
/// the files left without an account.
pub fn placements(target: usize, empty: &[bool], count: usize, max: usize) -> Vec<Option<usize>> {
    let mut slots = vec![target];
    slots.extend((target + 1..empty.len()).filter(|&i| empty[i]));
    slots.extend(empty.len()..max);
    (0..count).map(|i| slots.get(i).copied()).collect()
}

/// Builds text out of blocks (paragraphs, headings, list items): text pushed between two block
/// ends becomes one paragraph with its whitespace collapsed to single spaces; paragraphs are
/// separated by a blank line, and empty ones are dropped.
#[derive(Debug, Default)]
pub struct Paragraphs {
    done: String,
    current: String,
}

impl Paragraphs {
    /// Adds text to the current paragraph.
    pub fn text(&mut self, text: &str) {
        for c in text.chars() {
            if !c.is_whitespace() {
                self.current.push(c);
            } else if !self.current.is_empty() && !self.current.ends_with(' ') {
                self.current.push(' ');
            }
        }
    }

    /// Ends the current paragraph (a block starts or ends).
    pub fn end_block(&mut self) {
        let paragraph = self.current.trim_end();
        if !paragraph.is_empty() {
            if !self.done.is_empty() {
                self.done.push_str("\n\n");
            }
            self.done.push_str(paragraph);
        }
        self.current.clear();
    }

    /// The paragraphs, separated by blank lines.
    pub fn finish(mut self) -> String {
        self.end_block();
        self.done
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_kinds_come_from_the_extension_then_the_mime_type() {
        assert_eq!(FileKind::detect("Report.HTM", ""), Some(FileKind::Html));
        assert_eq!(FileKind::detect("notes.md", "application/octet-stream"), Some(FileKind::Markdown));
        assert_eq!(FileKind::detect("story.txt", "text/html"), Some(FileKind::Text));
        assert_eq!(FileKind::detect("clip", "text/html"), Some(FileKind::Html));
        assert_eq!(FileKind::detect("photo.jpg", "image/jpeg"), None);
        assert_eq!(FileKind::detect("report.pdf", ""), None);
    }

    #[test]
    fn styles_and_handlers_are_renamed_inside_tags_only() {
        assert_eq!(
            disarmed("<STYLE>p{}</style><p class=x style=\"color:red\">A style of stylish <b\tStyle='x'>text</b>"),
            "<data-STYLE>p{}</data-style><p class=x data-style=\"color:red\">A style of stylish <b\tdata-Style='x'>text</b>"
        );
        assert_eq!(
            disarmed("<link rel=stylesheet data-style=1>é style"),
            "<link rel=stylesheet data-style=1>é style"
        );
        assert_eq!(
            disarmed("<img src=x onerror=\"go()\"><option ONCLICK=x>on and on</option>"),
            "<img src=x data-onerror=\"go()\"><option data-ONCLICK=x>on and on</option>"
        );
    }

    #[test]
    fn binary_content_is_recognised() {
        assert!(looks_binary("PK\u{3}\u{4}\0\0rest"));
        assert!(looks_binary(&"\u{fffd}\u{fffd}abc".repeat(10)));
        assert!(!looks_binary("Line one.\r\n\tLine two, with é and “quotes”.\u{c}"));
        assert!(!looks_binary(""));
    }

    #[test]
    fn labels_prefer_the_title_and_fit_the_field() {
        assert_eq!(label("  Fire at the\n harbour  ", "page.html"), "Fire at the harbour");
        assert_eq!(label("", "harbor-wire.final.txt"), "harbor-wire.final");
        assert_eq!(label(" ", "README"), "README");
        assert_eq!(label(&"word ".repeat(30), "x.html").chars().count(), 79);
    }

    #[test]
    fn opened_files_fill_the_target_then_empty_accounts_then_new_ones() {
        let empty = [false, true, false, true];
        assert_eq!(placements(1, &empty, 1, 12), [Some(1)]);
        assert_eq!(placements(0, &empty, 4, 12), [Some(0), Some(1), Some(3), Some(4)]);
        assert_eq!(placements(2, &empty, 4, 5), [Some(2), Some(3), Some(4), None]);
        assert_eq!(placements(3, &empty, 0, 12), []);
    }

    #[test]
    fn paragraphs_collapse_whitespace_and_drop_empty_blocks() {
        let mut p = Paragraphs::default();
        p.end_block();
        p.text("\n  Fire  broke\tout ");
        p.text("at ");
        p.text("dawn.");
        p.end_block();
        p.text("   ");
        p.end_block();
        p.text("Crews\u{a0}arrived.");
        assert_eq!(p.finish(), "Fire broke out at dawn.\n\nCrews arrived.");
        assert_eq!(Paragraphs::default().finish(), "");
    }

    #[test]
    fn inline_text_joins_without_added_spaces() {
        let mut p = Paragraphs::default();
        for part in ["The council ", "approved", " the ", "budget", "."] {
            p.text(part);
        }
        assert_eq!(p.finish(), "The council approved the budget.");
    }
}
