//! Sentence segmentation: this module owns where one sentence of an account ends and the next
//! begins, for news prose in English, German, Russian and Ukrainian (and the full stops of
//! CJK, Arabic and other scripts).
//!
//! One pass splits the text into tokens (runs of non-whitespace); every whitespace gap between
//! two tokens is then judged a boundary or not from a few tokens of context, and a few
//! boundaries are found inside tokens ("world.Today", "好。然后"). Sentences are the text between
//! boundaries, trimmed, so they always tile the text. The judgements:
//! - `rules`: final punctuation — abbreviations, initials, numbers, quotes, ellipses;
//! - `lines`: line breaks — blank lines, headlines and bylines, hard-wrapped prose;
//! - `lists`: bulleted and numbered list items;
//! - `language`: the word lists of each language, and which ones a text uses.

mod abbreviation;
mod language;
mod lines;
mod lists;
mod rules;
mod tokens;

use std::ops::Range;

pub use language::is_cyrillic;
use language::Languages;
use lists::Marker;
use tokens::{is_bullet, line_breaks, tokenize, Ending, Terminal};

/// Byte ranges of the sentences of `text`, in order. They tile the text: only whitespace lies
/// between consecutive ranges (and before the first and after the last), and no range is
/// empty or starts/ends with whitespace. Never panics; deterministic.
pub fn segment(text: &str) -> Vec<Range<usize>> {
    let tokens = tokenize(text);
    let languages = Languages::detect(text, &tokens);
    let cuts = Segmenter::new(Tokens { text, ranges: &tokens }, languages).cuts();
    sentences_between(text, &cuts)
}

/// The language a text's words are in, as far as the engine's rules tell them apart.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Language {
    English,
    German,
    /// Russian or Ukrainian: most of the letters are Cyrillic.
    Cyrillic,
}

/// The language of `text`: Cyrillic when most of its letters are, else German when German
/// function words outnumber English ones, else English.
pub fn language_of(text: &str) -> Language {
    let (cyrillic, letters) = text
        .chars()
        .filter(|c| c.is_alphabetic())
        .take(language::DETECTION_SAMPLE * 4)
        .fold((0usize, 0usize), |(cyrillic, letters), c| {
            (cyrillic + usize::from(language::is_cyrillic(c)), letters + 1)
        });
    if 2 * cyrillic > letters {
        Language::Cyrillic
    } else if Languages::detect(text, &tokenize(text)).is_german() {
        Language::German
    } else {
        Language::English
    }
}

/// Whether `word` (folded to lower case) is a function word of `language` ("der", "und", "в",
/// "что"): Cyrillic words by the Russian and Ukrainian list in any text, Latin-script words by
/// the German list in a German text (English function words are the analysis' own list).
pub fn is_function_word(language: Language, word: &str) -> bool {
    listed_for(language, word, Languages::is_function_word)
}

/// Whether `word` is a verb of attribution of `language` ("sagte", "сказал"), by the same rule
/// of scripts as [`is_function_word`].
pub fn is_speech_verb(language: Language, word: &str) -> bool {
    listed_for(language, word, Languages::is_speech_verb)
}

/// Whether the list `listed` reads is in `language`'s lexicon for `word`'s script and holds it;
/// English words are never looked up (the analysis has its own English lists).
fn listed_for(language: Language, word: &str, listed: fn(&Languages, &str) -> bool) -> bool {
    let german = language == Language::German;
    (german || !word.is_ascii()) && listed(&Languages::of_language(german), word)
}

/// Trims the pieces of `text` between consecutive cuts and keeps the non-empty ones.
fn sentences_between(text: &str, cuts: &[usize]) -> Vec<Range<usize>> {
    let mut sentences = Vec::with_capacity(cuts.len() + 1);
    let mut start = 0;
    for end in cuts.iter().copied().chain([text.len()]) {
        let piece = &text[start..end];
        let lead = piece.len() - piece.trim_start().len();
        let len = piece.trim().len();
        if len > 0 {
            sentences.push(start + lead..start + lead + len);
        }
        start = end;
    }
    sentences
}

/// The tokens of one text, with the whitespace between them.
#[derive(Clone, Copy)]
struct Tokens<'a> {
    text: &'a str,
    ranges: &'a [Range<usize>],
}

impl<'a> Tokens<'a> {
    fn len(&self) -> usize {
        self.ranges.len()
    }

    /// The text of token `i`, or "" past the end.
    fn get(&self, i: usize) -> &'a str {
        self.ranges.get(i).map_or("", |r| &self.text[r.clone()])
    }

    /// The whitespace before token `i` (1 ≤ i < len).
    fn gap_before(&self, i: usize) -> &'a str {
        &self.text[self.ranges[i - 1].end..self.ranges[i].start]
    }

    /// Does token `i` begin a line (or the text)?
    fn starts_line(&self, i: usize) -> bool {
        i == 0 || line_breaks(self.gap_before(i)) > 0
    }

    /// The text from the start of token `j` to the end of the text.
    fn rest_from(&self, j: usize) -> &'a str {
        self.ranges.get(j).map_or("", |r| &self.text[r.start..])
    }

    /// The text from the start of token `first` to the end of token `last`.
    fn span(&self, first: usize, last: usize) -> &'a str {
        &self.text[self.ranges[first].start..self.ranges[last].end]
    }
}

/// Walks the tokens of one text, deciding boundaries.
struct Segmenter<'a> {
    tokens: Tokens<'a>,
    languages: Languages,
    sentence: Sentence,
    cuts: Vec<usize>,
}

/// What is known about the sentence being built.
struct Sentence {
    first_token: usize,
    /// It began inside `first_token` (after "world." in "world.Today").
    starts_mid_token: bool,
    /// A single line break inside it was judged a hard wrap.
    spans_lines: bool,
    /// The list marker it opens with, and that marker's token.
    item: Option<(Marker, usize)>,
}

impl<'a> Segmenter<'a> {
    fn new(tokens: Tokens<'a>, languages: Languages) -> Self {
        Segmenter { tokens, languages, sentence: Sentence::starting_at(tokens, 0), cuts: Vec::new() }
    }

    /// Byte offsets where sentences begin (other than the first), ascending.
    fn cuts(mut self) -> Vec<usize> {
        for i in 0..self.tokens.len() {
            self.cut_inside_token(i);
            if i + 1 < self.tokens.len() {
                let breaks = line_breaks(self.tokens.gap_before(i + 1));
                if self.is_boundary_after(i, breaks) {
                    self.cuts.push(self.tokens.ranges[i + 1].start);
                    self.sentence = Sentence::starting_at(self.tokens, i + 1);
                } else if breaks > 0 {
                    self.sentence.spans_lines = true;
                }
            }
        }
        self.cuts
    }

    /// Is the gap after token `i` (holding `breaks` line breaks) a sentence boundary?
    fn is_boundary_after(&self, i: usize, breaks: usize) -> bool {
        if breaks == 0 && self.is_plain_word_gap(i) {
            return false;
        }
        let next = i + 1;
        if breaks >= 2 || self.tokens.get(next).starts_with(is_bullet) || self.continues_list(next) {
            return true;
        }
        if breaks == 1 && self.line_opens_list_item(next) && !self.line_continues_after(i) {
            return true;
        }
        if self.sentence.item.is_some_and(|(_, marker_token)| marker_token == i) {
            return false;
        }
        let ending = Ending::of(self.tokens.get(i));
        match ending.terminal() {
            Terminal::None => breaks == 1 && self.unpunctuated_line_ends_sentence(i),
            terminal => self.punctuation_ends_sentence(i, &ending, terminal, breaks == 1),
        }
    }

    /// The common case, decided from two bytes: a space between a word (or a word and a
    /// comma) and a word, outside a list.
    fn is_plain_word_gap(&self, i: usize) -> bool {
        let last = self.tokens.get(i).as_bytes().last();
        let first = self.tokens.get(i + 1).as_bytes().first();
        self.sentence.item.is_none()
            && last.is_some_and(|&b| b.is_ascii_alphanumeric() || b == b',')
            && first.is_some_and(u8::is_ascii_alphanumeric)
    }

    /// Is token `next` the marker of the next item of the list the sentence is part of?
    fn continues_list(&self, next: usize) -> bool {
        self.sentence
            .item
            .and_then(|(marker, _)| marker.successor())
            .is_some_and(|expected| Marker::parse(self.tokens.get(next)) == Some(expected))
    }

    /// Cuts inside token `i` after a full stop glued to the next sentence ("world.Today",
    /// "好。然后").
    fn cut_inside_token(&mut self, i: usize) {
        let start = self.tokens.ranges[i].start;
        for offset in rules::InnerBoundaries::new(self.tokens.get(i), &self.languages) {
            self.cuts.push(start + offset);
            self.sentence = Sentence::inside_token(i);
        }
    }
}

impl Sentence {
    /// A sentence starting at token `first`, with its list marker if it opens with one
    /// (possibly after a lone bullet: "• 9. The first item").
    fn starting_at(tokens: Tokens, first: usize) -> Self {
        let is_lone_bullet = |t: &str| !t.is_empty() && t.chars().all(is_bullet);
        let marker_token = if is_lone_bullet(tokens.get(first)) { first + 1 } else { first };
        let item = Marker::parse(tokens.get(marker_token)).map(|marker| (marker, marker_token));
        Sentence { first_token: first, starts_mid_token: false, spans_lines: false, item }
    }

    fn inside_token(token: usize) -> Self {
        Sentence { first_token: token, starts_mid_token: true, spans_lines: false, item: None }
    }
}
