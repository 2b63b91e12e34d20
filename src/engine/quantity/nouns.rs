//! The counted noun: the head of the noun phrase after a count, past its modifiers ("23 badly
//! wounded soldiers" counts soldiers, "two riverside villages" villages), in English, German
//! and Russian.

use crate::engine::lexicon;
use crate::engine::token::{glued, Token, TokenKind};

/// Content words after a number read for its head noun.
const HEAD_WORDS: usize = 4;

/// The head of the noun phrase starting at `at`: modifiers before it are skipped ("badly
/// wounded soldiers", "critically injured Ukrainian troops", "ukrainische Gefangene",
/// "тяжелораненых военнослужащих"). A modifier is an adverb in "-ly", a participle in "-ed"
/// or "-ing", a capitalised nationality-like word, a lower-case German word before a capitalised
/// noun, or a Russian adjective form; each only when another content word follows it. After a
/// count above one, an English noun used as a modifier too ("two riverside villages").
pub(super) fn head_noun(tokens: &[Token], at: usize, plural_count: bool) -> usize {
    if plural_count {
        if let Some(plural) = plural_ahead(tokens, at) {
            return plural;
        }
    }
    let mut head = at;
    for _ in 0..HEAD_WORDS {
        let Some(next) = tokens.get(head + 1) else { break };
        let word = &tokens[head];
        // A unit is the head of its measure's dimension: "a 400-metre-long ship" measures metres.
        let dimension = lexicon::is_unit_of_measure(&word.concept)
            && tokens.get(head + 2).is_some_and(|t| lexicon::is_dimension_word(&t.norm));
        // "weather-related deaths", "long-range missiles": a compound glued by a hyphen
        // modifies the word after it, whose own modifiers are read on.
        if next.norm == "-"
            && glued(tokens, head + 1)
            && !dimension
            && tokens.get(head + 3).is_some_and(|t| t.kind == TokenKind::Word && t.content)
        {
            head += 2;
            continue;
        }
        let next_is_word =
            next.kind == TokenKind::Word && next.content && !lexicon::is_speech_verb(&next.norm);
        if !next_is_word || !is_modifier(word, next, plural_count) {
            break;
        }
        head += 1;
    }
    head
}

fn is_modifier(word: &Token, next: &Token, plural_count: bool) -> bool {
    let norm = word.norm.as_str();
    let ascii = norm.is_ascii();
    // "square metres", and "a nine-strong committee" (of nine members; not before a name, whose
    // head is its last word).
    let measure =
        lexicon::one_of(norm, "square cubic metric nautical") || norm == "strong" && !next.capitalised;
    let english_modifier = ascii
        && (norm.ends_with("ly") || norm.ends_with("ed") || norm.ends_with("ing") && norm.len() > 5)
        && norm.len() > 3;
    let nationality =
        word.capitalised && ["ian", "ese", "ish", "ean", "an"].iter().any(|s| norm.ends_with(s));
    let lower_before_noun = |t: &Token, n: &Token| {
        let surface_upper = |t: &Token| t.capitalised;
        !surface_upper(t) && surface_upper(n) && lexicon::is_german_adjective(&t.norm)
    };
    let russian_adjective = lexicon::is_russian_adjective(norm)
        && next.norm.chars().next().is_some_and(|c| ('а'..='я').contains(&c) || c == 'ё')
        && next.norm.chars().count() > 3;
    // Many of a thing are named by a plural: a singular word before a plural one, after a count
    // above one, is a noun that modifies it ("30 energy facilities", "two riverside villages").
    let noun_adjunct = plural_count
        && ascii
        && !word.capitalised
        && !next.capitalised
        && next.norm.is_ascii()
        && !looks_plural(norm)
        && looks_plural(&next.norm);
    measure
        || english_modifier
        || nationality
        || noun_adjunct
        || lower_before_noun(word, next)
        || russian_adjective
}

/// After a count above one, the first plural among the lower-case English words that follow
/// `at` without a break or a participle, when `at` itself is singular: the words before it
/// modify it ("two serious knee injuries", "three separate pitch invaders").
fn plural_ahead(tokens: &[Token], at: usize) -> Option<usize> {
    // Not a participle that may take an object: "15 people including hostages".
    let plain = |t: &Token| {
        t.kind == TokenKind::Word
            && t.content
            && !t.capitalised
            && t.norm.is_ascii()
            && !t.norm.ends_with("ing")
            && !lexicon::is_speech_verb(&t.norm)
    };
    if !tokens.get(at).is_some_and(|t| plain(t) && !looks_plural(&t.norm)) {
        return None;
    }
    let mut i = at + 1;
    while i < tokens.len() && i <= at + HEAD_WORDS && plain(&tokens[i]) {
        if looks_plural(&tokens[i].norm) {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// An English word with a plural's ending ("villages", "facilities"; not "glass", "status").
fn looks_plural(norm: &str) -> bool {
    norm.len() > 3
        && norm.ends_with('s')
        && !norm.ends_with("ss")
        && !norm.ends_with("us")
        && !norm.ends_with("is")
}

#[cfg(test)]
mod tests {
    use super::super::tests::one;

    #[test]
    fn a_noun_modifying_the_counted_noun_is_skipped() {
        let unit = |text: &str| one(text).unit;
        assert_eq!(unit("Water reached two riverside villages."), unit("Water reached two villages."));
        assert_eq!(unit("Drones hit 30 energy facilities."), unit("Drones hit 30 facilities."));
        // A plural after the counted noun is another word; a singular count has no such plural.
        assert_eq!(unit("Crews saved 12 homes tonight."), unit("Crews saved 12 homes."));
        assert_eq!(unit("Only 1 man dies there."), unit("Only 1 man."));
        assert_eq!(unit("They met 3 glass makers."), unit("They met 3 makers."));
        // A hyphenated compound before the noun modifies it.
        assert_eq!(unit("Officials confirmed seven weather-related deaths."), unit("Seven deaths."));
        assert_eq!(unit("The army fired 40 long-range missiles."), unit("It fired 40 missiles."));
        assert_eq!(unit("Ships took 12 well-known routes."), unit("Ships took 12 routes."));
        // Adjectives and nouns that modify a plural head, however many.
        assert_eq!(unit("He had two serious knee injuries."), unit("He had two injuries."));
        assert_eq!(unit("Three separate pitch invaders ran on."), unit("Three invaders ran on."));
        assert_eq!(unit("It held 15 people including hostages."), unit("It held 15 people."));
        // A word that adds them does not end the noun phrase.
        assert_eq!(unit("They created two more big chances."), unit("They created two chances."));
        assert_eq!(unit("Three other people were hurt."), unit("Three people were hurt."));
    }
}
