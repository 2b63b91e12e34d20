//! How a token is written and what it stands for, as every kind of fact reads it: its concept
//! across languages and through a condition's strong synonyms, and whether it is written with a
//! capital or as a name (whether a hyphen is glued to its neighbours is `token::glued`). A leaf:
//! the other modules of `extract` import it, it imports none of them.

use std::sync::OnceLock;

use crate::engine::analyse::Token;
use crate::engine::lexicon;
use crate::engine::synonyms::Senses;

/// A token's concept, German and Russian event and counted nouns mapped to the English
/// concept, so that accounts in different languages share slots and context, and a strong
/// synonym of a condition's word read as that condition.
pub(super) fn concept_of(token: &Token) -> String {
    lexicon::event_concept(&token.norm)
        .or_else(|| lexicon::counted_concept(&token.norm))
        .or_else(|| condition_read_as(token))
        .unwrap_or_else(|| token.concept.clone())
}

/// The condition a word reads as when it is a strong synonym (WordNet) of one of the
/// conditions' words: "perished" and "deceased" as "died", so that "eight people perished" is a
/// toll, not a count of people in no state.
fn condition_read_as(token: &Token) -> Option<String> {
    static STEMS: OnceLock<Vec<String>> = OnceLock::new();
    if token.senses.is_empty() || lexicon::is_condition_concept(&token.concept) {
        return None;
    }
    let stems = STEMS.get_or_init(|| lexicon::condition_words().map(lexicon::stem).collect());
    let stem = stems.iter().find(|stem| Senses::of(stem).strongly_synonymous(token.senses))?;
    Some(lexicon::concept(stem).to_string())
}

/// Whether the token is written as a name: with a capital, and no common noun of German.
pub(super) fn is_written_name(text: &str, token: &Token) -> bool {
    written_capitalised(text, token) && !token.common_noun
}

/// Whether the token is written with a capital (a month or weekday name in English or German).
pub(super) fn written_capitalised(text: &str, token: &Token) -> bool {
    text.get(token.range.clone()).and_then(|s| s.chars().next()).is_some_and(char::is_uppercase)
}
