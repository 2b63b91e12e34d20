//! Sentence segmentation. PLACEHOLDER: splits after . ! ? followed by whitespace and at line
//! breaks; to be replaced by the news-grade segmenter.

use std::ops::Range;

/// Byte ranges of the sentences of `text`, in order. They tile the text: only whitespace lies
/// between consecutive ranges, and no range is empty or starts/ends with whitespace.
pub fn segment(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    let mut prev_terminal = false;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if let (Some(s), true) = (start, prev_terminal || c == '\n') {
                out.push(s..s + text[s..i].trim_end().len());
                start = None;
            }
        } else {
            start.get_or_insert(i);
        }
        prev_terminal = matches!(c, '.' | '!' | '?');
    }
    if let Some(s) = start {
        out.push(s..text.trim_end().len());
    }
    out
}
