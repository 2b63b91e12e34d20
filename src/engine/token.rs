//! The token, the unit every later stage reads: a leaf module (but for the synonym sets it
//! carries), so that the analysis and the quantity parser it calls both use it without importing
//! each other.

use std::ops::Range;

use super::synonyms::Senses;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    Punct,
}

/// A token: a byte range of the account text and its normalised forms.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    pub range: Range<usize>,
    /// Lower case, quotes and dashes folded, possessive dropped.
    pub norm: String,
    /// Snowball stem of `norm` (numbers: digits only; punctuation: the mark as written).
    pub stem: String,
    /// Concept of `stem`: the stem itself, or its group's for the words of a toll ("killed",
    /// "deaths"; see `lexicon::concept`).
    pub concept: String,
    pub kind: TokenKind,
    /// A word or number that carries meaning (not a function word, not punctuation).
    pub content: bool,
    /// Starts with a capital letter and is not a function word: a likely name.
    pub capitalised: bool,
    /// A common noun written with a capital, as German writes every noun ("dem Unfall").
    pub common_noun: bool,
    /// The English content word's synonym sets, from the general table (see `synonyms`).
    pub senses: Senses,
}

/// Whether the token at `mark` (a hyphen, a slash, a dot) touches the tokens on both its sides,
/// with no space: "weather-related", "28/02".
pub fn glued(tokens: &[Token], mark: usize) -> bool {
    mark > 0
        && tokens.get(mark + 1).is_some_and(|next| {
            tokens[mark - 1].range.end == tokens[mark].range.start
                && tokens[mark].range.end == next.range.start
        })
}

/// The normalised form of the token at `at`, or "" past either end: lets a parser look around a
/// token without bounds checks.
pub fn norm_at(tokens: &[Token], at: usize) -> &str {
    tokens.get(at).map_or("", |t| t.norm.as_str())
}

impl Token {
    /// Whether the token is likely a name: capitalised, and not a common noun that its
    /// language capitalises.
    pub fn is_name(&self) -> bool {
        self.capitalised && !self.common_noun
    }
}
