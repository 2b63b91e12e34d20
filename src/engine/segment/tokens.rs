//! Tokens (maximal runs of non-whitespace), the whitespace gaps between them, and the
//! character classes the boundary rules look at.

use std::ops::Range;

use crate::engine::case;

/// Byte ranges of the maximal runs of non-whitespace chars of `text`, in order.
pub(super) fn tokenize(text: &str) -> Vec<Range<usize>> {
    let mut tokens = Vec::with_capacity(text.len() / 6 + 1);
    let mut start = None;
    for (i, &byte) in text.as_bytes().iter().enumerate() {
        let is_space = match byte {
            0..=0x7F => byte == b' ' || (b'\t'..=b'\r').contains(&byte),
            // A continuation byte belongs to the char whose lead byte was just judged.
            0x80..=0xBF => continue,
            _ => text[i..].chars().next().is_some_and(char::is_whitespace),
        };
        match (is_space, start) {
            (true, Some(s)) => {
                tokens.push(s..i);
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        tokens.push(s..text.len());
    }
    tokens
}

/// How many line breaks a whitespace gap holds; a page or paragraph separator counts as two
/// (a blank line) and `\r\n` as one.
pub(super) fn line_breaks(gap: &str) -> usize {
    // Every line break char is, or begins with, one of these bytes (U+0085 with 0xC2,
    // U+2028 and U+2029 with 0xE2).
    if !gap.bytes().any(|b| matches!(b, b'\n' | b'\r' | 0x0B | 0x0C | 0xC2 | 0xE2)) {
        return 0;
    }
    let mut breaks = 0;
    let mut after_cr = false;
    for c in gap.chars() {
        breaks += match c {
            '\n' if after_cr => 0,
            '\n' | '\r' | '\u{0B}' | '\u{85}' | '\u{2028}' => 1,
            '\u{0C}' | '\u{2029}' => 2,
            _ => 0,
        };
        after_cr = c == '\r';
    }
    breaks
}

/// `.`, `…` and the strong terminals.
pub(super) fn is_terminal(c: char) -> bool {
    c == '.' || c == '…' || is_strong_terminal(c)
}

/// Marks that end a sentence whatever precedes them: `!`, `?` and the full stops and
/// question marks of other scripts (CJK, Arabic, Devanagari, Armenian, Ethiopic).
pub(super) fn is_strong_terminal(c: char) -> bool {
    matches!(
        c,
        '!' | '?'
            | '‼'
            | '⁇'
            | '⁈'
            | '⁉'
            | '؟'
            | '۔'
            | '。'
            | '！'
            | '？'
            | '｡'
            | '।'
            | '॥'
            | '։'
            | '።'
            | '፧'
    )
}

/// Full stops of scripts written without spaces between sentences: they end a sentence even
/// inside a token.
pub(super) fn is_unspaced_terminal(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '｡')
}

/// Closing quotes and brackets that may follow a sentence's final punctuation.
pub(super) fn is_closer(c: char) -> bool {
    is_closing_quote(c)
        || matches!(c, ')' | ']' | '}' | '」' | '』' | '）' | '》' | '〉' | '】' | '〕' | '］' | '｝')
}

/// Quotation marks that may close a quote (`“` closes German „quotes“, `«` closes »these«).
pub(super) fn is_closing_quote(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '“' | '»' | '«' | '›' | '‹')
}

/// Quotation marks that may open a quote.
pub(super) fn is_opening_quote(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '‘' | '„' | '‚' | '«' | '»' | '‹' | '›' | '「' | '『')
}

/// List bullets: a token starting with one always starts a new sentence.
pub(super) fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '•' | '◦'
            | '‣'
            | '⁃'
            | '▪'
            | '▫'
            | '●'
            | '○'
            | '■'
            | '□'
            | '►'
            | '▶'
            | '▸'
            | '➢'
            | '➤'
            | '✓'
            | '✔'
            | '·'
    )
}

/// A dash or star standing alone at the start of a line marks a list item (or a line of dialogue).
pub(super) fn is_line_bullet(token: &str) -> bool {
    matches!(token, "-" | "*" | "+" | "–" | "—")
}

/// The end of a token split into its stem, its run of final punctuation and the closing
/// quotes or brackets after that: `great."` → `great`, `.`, `"`.
pub(super) struct Ending<'a> {
    pub stem: &'a str,
    pub terminal: &'a str,
    pub closers: &'a str,
}

/// What kind of final punctuation a token has.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Terminal {
    None,
    /// One or two periods.
    Period,
    /// `…` or three or more periods.
    Ellipsis,
    /// `!`, `?` or another strong terminal, possibly mixed with periods.
    Strong,
}

impl<'a> Ending<'a> {
    pub(super) fn of(token: &'a str) -> Self {
        let without_closers = token.trim_end_matches(is_closer);
        let stem = without_closers.trim_end_matches(is_terminal);
        Ending { stem, terminal: &without_closers[stem.len()..], closers: &token[without_closers.len()..] }
    }

    pub(super) fn terminal(&self) -> Terminal {
        if self.terminal.is_empty() {
            Terminal::None
        } else if self.terminal.chars().any(is_strong_terminal) {
            Terminal::Strong
        } else if self.terminal.contains('…') || self.terminal.len() >= 3 {
            Terminal::Ellipsis
        } else {
            Terminal::Period
        }
    }

    pub(super) fn closes_quote(&self) -> bool {
        self.closers.chars().any(is_closing_quote)
    }
}

/// How a token begins, judged by its first letter or digit.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Start {
    Upper,
    Lower,
    Digit,
    /// A letter of a script without case (CJK, Arabic, Hebrew…).
    Uncased,
    /// No letter or digit at all.
    Punct,
}

impl Start {
    pub(super) fn of(token: &str) -> Self {
        let mut letters = token.chars().skip_while(|c| !c.is_alphanumeric());
        let (first, second) = (letters.next(), letters.next());
        // "iPhone", "eBay", "iOS": a name whose brand writes its first letter small starts a
        // sentence as a capital would.
        let brand = first.is_some_and(char::is_lowercase) && second.is_some_and(char::is_uppercase);
        match first {
            None => Start::Punct,
            Some(c) if c.is_uppercase() || brand => Start::Upper,
            Some(c) if c.is_lowercase() => Start::Lower,
            Some(c) if c.is_numeric() => Start::Digit,
            Some(_) => Start::Uncased,
        }
    }

    /// Could a sentence begin here?
    pub(super) fn is_capital_or_uncased(self) -> bool {
        matches!(self, Start::Upper | Start::Uncased)
    }
}

/// The first word of a token (its letters after any opening punctuation), and whether a
/// period follows it directly (`"В."` is an initial, not the preposition `В`).
pub(super) fn leading_word(token: &str) -> (&str, bool) {
    let rest = token.trim_start_matches(|c: char| !c.is_alphanumeric());
    let word_len = rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len());
    (&rest[..word_len], rest[word_len..].starts_with('.'))
}

/// E-mail addresses and URLs keep their inner periods.
pub(super) fn is_address(token: &str) -> bool {
    token.contains('@')
        || token.contains("://")
        || token.trim_start_matches(is_opening_quote).starts_with("www.")
}

/// A word folded to lower case in a stack buffer, for table look-ups without allocating.
pub(super) struct Folded {
    buf: [u8; 48],
    len: usize,
}

impl Folded {
    /// `None` when the word is too long to be in any table.
    pub(super) fn new(word: &str) -> Option<Self> {
        let mut folded = Folded { buf: [0; 48], len: 0 };
        if word.is_ascii() {
            let bytes = folded.buf.get_mut(..word.len())?;
            bytes.copy_from_slice(word.as_bytes());
            bytes.make_ascii_lowercase();
            folded.len = word.len();
            return Some(folded);
        }
        for c in word.chars().map(case::lower_char) {
            let end = folded.len + c.len_utf8();
            if end > folded.buf.len() {
                return None;
            }
            c.encode_utf8(&mut folded.buf[folded.len..end]);
            folded.len = end;
        }
        Some(folded)
    }

    pub(super) fn as_str(&self) -> &str {
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or_default()
    }
}
