//! Per-sentence analysis: tokens with their normalised forms. PLACEHOLDER to be extended with
//! stems, quantities, quotes, hedges and negations.

use std::ops::Range;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    Punct,
}

/// A token: a byte range of the account text and its normalised form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    pub range: Range<usize>,
    pub norm: String,
    pub kind: TokenKind,
}

/// A sentence with its tokens.
#[derive(Clone, Debug)]
pub struct AnalysedSentence {
    pub range: Range<usize>,
    pub tokens: Vec<Token>,
}

/// An account's text and its analysed sentences.
#[derive(Clone, Debug)]
pub struct AnalysedAccount {
    pub text: String,
    pub sentences: Vec<AnalysedSentence>,
}

/// Analyses every sentence (given as byte ranges of `text`).
pub fn analyse_account(text: &str, sentences: &[Range<usize>]) -> AnalysedAccount {
    AnalysedAccount {
        text: text.to_string(),
        sentences: sentences
            .iter()
            .map(|r| AnalysedSentence { range: r.clone(), tokens: tokenize(text, r.clone()) })
            .collect(),
    }
}

fn tokenize(text: &str, range: Range<usize>) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut word_start = None;
    let slice = &text[range.clone()];
    let push_word = |tokens: &mut Vec<Token>, s: usize, e: usize| {
        let word = &text[s..e];
        let kind = if word.chars().any(|c| c.is_ascii_digit()) { TokenKind::Number } else { TokenKind::Word };
        tokens.push(Token { range: s..e, norm: word.to_lowercase(), kind });
    };
    for (i, c) in slice.char_indices() {
        let at = range.start + i;
        if c.is_alphanumeric() {
            word_start.get_or_insert(at);
            continue;
        }
        if let Some(s) = word_start.take() {
            push_word(&mut tokens, s, at);
        }
        if !c.is_whitespace() {
            tokens.push(Token { range: at..at + c.len_utf8(), norm: c.to_string(), kind: TokenKind::Punct });
        }
    }
    if let Some(s) = word_start {
        push_word(&mut tokens, s, range.end);
    }
    tokens
}
