//! Boundaries at a single line break after a line without final punctuation: a headline, a
//! byline, a section heading or a list item ends there; hard-wrapped prose does not.
//!
//! The evidence, in order: a line ending in a comma, a dash or a function word ("of", "the")
//! continues; a next line in lower case continues the sentence unless the sentence itself
//! began in lower case (a lower-case list: "features / contact manager") or with a list bullet
//! or marker (an item ends with its line); before a capital, a
//! line is a heading when the sentence began at the start of that line and the line is short,
//! in title case, followed by a typical sentence opening ("The…", a quote, a DATELINE),
//! followed by a line much longer than itself (hard-wrapped lines have about equal lengths), or
//! followed by a much shorter line that neither ends a sentence nor visibly goes on (a page's
//! line of its own: "Share this article").

use super::lists::Marker;
use super::tokens::{is_bullet, is_line_bullet, is_opening_quote, leading_word, Ending, Start, Terminal};
use super::Segmenter;

/// A line shorter than this (in chars) with no final punctuation is a heading.
const MAX_SHORT_HEADING_CHARS: usize = 50;

/// A hard-wrapped line is at most this much longer than the line before it; a paragraph
/// after a headline usually is much longer.
const WRAP_SLACK_CHARS: usize = 12;

/// Chars that, ending a line, show that the sentence goes on.
const CONTINUING_LINE_ENDS: [char; 14] =
    [',', ';', '-', '‐', '–', '—', '/', '&', '(', '[', '“', '„', '«', '‘'];

impl Segmenter<'_> {
    /// Token `next` starts a line: is it a list item ("- ", "* ", "2.", "b)")?
    pub(super) fn line_opens_list_item(&self, next: usize) -> bool {
        let token = self.tokens.get(next);
        is_line_bullet(token) || Marker::parse(token).is_some()
    }

    /// Does the line ending with token `i` end the sentence, given a single line break after
    /// it and no final punctuation?
    pub(super) fn unpunctuated_line_ends_sentence(&self, i: usize) -> bool {
        if self.sentence_is_parenthetical(i) {
            return true;
        }
        if self.line_continues_after(i) {
            return false;
        }
        match Start::of(self.tokens.get(i + 1)) {
            Start::Lower => self.sentence_starts_lowercase() || self.sentence_is_list_item(),
            Start::Punct => false,
            Start::Upper | Start::Digit | Start::Uncased => self.line_is_heading(i),
        }
    }

    /// Does the line ending with token `i` visibly continue: a trailing comma or dash, a
    /// function word, or a dateline waiting for its dash ("KYIV, Ukraine (AP)")?
    pub(super) fn line_continues_after(&self, i: usize) -> bool {
        let token = self.tokens.get(i);
        if token.ends_with(CONTINUING_LINE_ENDS) {
            return true;
        }
        let is_word = !token.is_empty() && token.chars().all(char::is_alphabetic);
        (is_word && self.languages.is_function_word(token))
            || (token.ends_with(')') && self.sentence_opens_with_dateline())
    }

    /// "(Photo/Ines Varga)": a credit after a caption, the whole sentence in parentheses.
    fn sentence_is_parenthetical(&self, i: usize) -> bool {
        !self.sentence.starts_mid_token
            && self.tokens.get(self.sentence.first_token).starts_with('(')
            && self.tokens.get(i).ends_with(')')
    }

    /// "KYIV, Ukraine (AP)": the sentence opens with a place name in capitals.
    fn sentence_opens_with_dateline(&self) -> bool {
        !self.sentence.starts_mid_token
            && is_all_caps_word(leading_word(self.tokens.get(self.sentence.first_token)).0)
    }

    /// Did the sentence begin a line with a list bullet or marker ("• Mexico earthquake")? An
    /// item without final punctuation ends with its line.
    fn sentence_is_list_item(&self) -> bool {
        let first = self.sentence.first_token;
        !self.sentence.starts_mid_token
            && self.tokens.starts_line(first)
            && (self.line_opens_list_item(first) || self.tokens.get(first).starts_with(is_bullet))
    }

    /// Did the sentence begin with a lower-case word (not "iPhone")?
    fn sentence_starts_lowercase(&self) -> bool {
        let (word, _) = leading_word(self.tokens.get(self.sentence.first_token));
        !self.sentence.starts_mid_token
            && word.chars().next().is_some_and(char::is_lowercase)
            && !word.chars().any(char::is_uppercase)
    }

    /// Is the line ending with token `i` (no final punctuation, a capital after it) a heading?
    fn line_is_heading(&self, i: usize) -> bool {
        let first = self.sentence.first_token;
        if self.sentence.spans_lines || self.sentence.starts_mid_token || !self.tokens.starts_line(first) {
            return false;
        }
        let line_chars = self.tokens.span(first, i).chars().count();
        line_chars < MAX_SHORT_HEADING_CHARS
            || self.is_title_case(first, i)
            || self.opens_sentence_visibly(i + 1)
            || self.line_chars_from(i + 1) > line_chars + WRAP_SLACK_CHARS
            || self.next_line_is_short_and_bare(i + 1, line_chars)
    }

    /// Is the line from token `j` much shorter than `line_chars`, without final punctuation, and
    /// not visibly going on (no function word at its end)? Hard-wrapped prose goes on in a line
    /// about as long, or ends its paragraph with a full stop; a shorter bare line is a page's
    /// line of its own ("Share this article", "By Ana Ruiz"), and the line before it a heading.
    fn next_line_is_short_and_bare(&self, j: usize, line_chars: usize) -> bool {
        let line = self.line_from(j).trim_end();
        let last_word = line.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        line.chars().count() + WRAP_SLACK_CHARS < line_chars
            && !last_word.is_empty()
            && !self.languages.is_function_word(last_word)
    }

    /// The length in chars of the line from token `j` to its end.
    fn line_chars_from(&self, j: usize) -> usize {
        self.line_from(j).chars().count()
    }

    /// The text of the line from token `j` to its end.
    fn line_from(&self, j: usize) -> &str {
        let rest = self.tokens.rest_from(j);
        rest.split(['\n', '\r', '\u{2028}', '\u{2029}']).next().unwrap_or("")
    }

    /// Are at least three quarters of the content words of tokens `first..=last` capitalised?
    fn is_title_case(&self, first: usize, last: usize) -> bool {
        let (mut content_words, mut capitalised) = (0usize, 0usize);
        for k in first..=last {
            let (word, _) = leading_word(self.tokens.get(k));
            if word.is_empty() || self.languages.is_function_word(word) {
                continue;
            }
            content_words += 1;
            capitalised += usize::from(word.chars().next().is_some_and(char::is_uppercase));
        }
        content_words >= 2 && capitalised * 4 >= content_words * 3
    }

    /// Does token `j` look like the opening of a sentence: a common starter, a quote, or a
    /// dateline in capitals ("KYIV,")?
    fn opens_sentence_visibly(&self, j: usize) -> bool {
        let token = self.tokens.get(j);
        token.starts_with(is_opening_quote)
            || self.next_is_sentence_starter(j)
            || (is_all_caps_word(leading_word(token).0) && Ending::of(token).terminal() == Terminal::None)
    }
}

/// A word of two or more letters, all capitals.
fn is_all_caps_word(word: &str) -> bool {
    word.chars().nth(1).is_some() && word.chars().all(char::is_uppercase)
}
