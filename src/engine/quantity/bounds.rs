//! Bound words around a number, read into a [`Bound`]: before it ("over", "up to", "more than",
//! "mindestens", "около"; not a period's "over" nor a change's "до") and after it ("or more",
//! "or so", "plus"), and the words that make a count one per party ("each", "per side", "je",
//! "по"). What a bound admits is `facts::bounds`' business.

use std::ops::Range;

use super::value::Bound;
use crate::engine::lexicon;
use crate::engine::token::{Token, TokenKind};

/// Bound phrases before a number, longest first: (words, separated by spaces; bound).
const BOUNDS_BEFORE: &[(&str, Bound)] = &[
    ("a maximum of", Bound::AtMost),
    ("a minimum of", Bound::AtLeast),
    ("no more than", Bound::AtMost),
    ("not more than", Bound::AtMost),
    ("no fewer than", Bound::AtLeast),
    ("no less than", Bound::AtLeast),
    ("not less than", Bound::AtLeast),
    ("as many as", Bound::AtMost),
    ("as much as", Bound::AtMost),
    ("more than", Bound::Over),
    ("upwards of", Bound::Over),
    ("in excess of", Bound::Over),
    ("at least", Bound::AtLeast),
    ("at most", Bound::AtMost),
    ("up to", Bound::AtMost),
    ("fewer than", Bound::Under),
    ("less than", Bound::Under),
    ("close to", Bound::Nearly),
    ("just over", Bound::Over),
    ("just under", Bound::Under),
    ("well over", Bound::Over),
    ("an estimated", Bound::About),
    ("mehr als", Bound::Over),
    ("weniger als", Bound::Under),
    ("bis zu", Bound::AtMost),
    ("более чем", Bound::Over),
    ("больше чем", Bound::Over),
    ("менее чем", Bound::Under),
    ("меньше чем", Bound::Under),
    ("не менее", Bound::AtLeast),
    ("не меньше", Bound::AtLeast),
    ("как минимум", Bound::AtLeast),
    ("не более", Bound::AtMost),
    ("не больше", Bound::AtMost),
    ("over", Bound::Over),
    ("above", Bound::Over),
    ("exceeding", Bound::Over),
    ("about", Bound::About),
    ("around", Bound::About),
    ("roughly", Bound::About),
    ("approximately", Bound::About),
    ("approx", Bound::About),
    ("some", Bound::About),
    ("circa", Bound::About),
    ("estimated", Bound::About),
    ("nearly", Bound::Nearly),
    ("almost", Bound::Nearly),
    ("under", Bound::Under),
    ("below", Bound::Under),
    ("über", Bound::Over),
    ("gut", Bound::Over),
    ("mindestens", Bound::AtLeast),
    ("wenigstens", Bound::AtLeast),
    ("höchstens", Bound::AtMost),
    ("maximal", Bound::AtMost),
    ("unter", Bound::Under),
    ("fast", Bound::Nearly),
    ("beinahe", Bound::Nearly),
    ("knapp", Bound::Nearly),
    ("nahezu", Bound::Nearly),
    ("etwa", Bound::About),
    ("rund", Bound::About),
    ("ungefähr", Bound::About),
    ("zirka", Bound::About),
    ("ca", Bound::About),
    ("более", Bound::Over),
    ("больше", Bound::Over),
    ("свыше", Bound::Over),
    ("минимум", Bound::AtLeast),
    ("до", Bound::AtMost),
    ("максимум", Bound::AtMost),
    ("менее", Bound::Under),
    ("меньше", Bound::Under),
    ("почти", Bound::Nearly),
    ("около", Bound::About),
    ("примерно", Bound::About),
    ("приблизительно", Bound::About),
    ("порядка", Bound::About),
];

/// Bound phrases after a number (and its unit): "or more", "or so", "plus".
const BOUNDS_AFTER: &[(&str, Bound)] = &[
    ("or more", Bound::AtLeast),
    ("or so", Bound::About),
    ("or fewer", Bound::AtMost),
    ("or less", Bound::AtMost),
    ("oder mehr", Bound::AtLeast),
    ("und mehr", Bound::AtLeast),
    ("или более", Bound::AtLeast),
    ("и более", Bound::AtLeast),
    ("с лишним", Bound::Over),
    ("plus", Bound::Over),
];

/// The bound phrase right before the number at `start` (an abbreviation's "." skipped, "ca."),
/// and its first token.
pub(super) fn bound_before(tokens: &[Token], start: usize) -> Option<(Bound, usize)> {
    let before = &tokens[..start.min(tokens.len())];
    let skip_dot = usize::from(before.last().is_some_and(|t| t.norm == "."));
    let before = &before[..before.len() - skip_dot];
    BOUNDS_BEFORE.iter().find_map(|&(phrase, bound)| {
        let first = before.len().checked_sub(phrase.split(' ').count())?;
        let dotted_alone = skip_dot == 1 && !lexicon::one_of(phrase, "ca approx");
        let risen_to = phrase == "up to"
            && first.checked_sub(1).is_some_and(|b| lexicon::one_of(&before[b].norm, RISEN));
        (says(&before[first..], phrase) && !dotted_alone && !risen_to).then_some((bound, first))
    })
}

/// Forms of "be" after which "up to" tells a rise, not a ceiling: "net income was up to $8.72
/// billion" (but "could be up to 100" is a ceiling).
const RISEN: &str = "was were is are";

/// The bound phrase right after the quantity ending at `end`, and the token after it.
pub(super) fn bound_after(tokens: &[Token], end: usize) -> Option<(Bound, usize)> {
    let at = if tokens.get(end).is_some_and(|t| t.norm == "-") { end + 1 } else { end };
    BOUNDS_AFTER.iter().find_map(|&(phrase, bound)| {
        let end = at + phrase.split(' ').count();
        says(tokens.get(at..end)?, phrase).then_some((bound, end))
    })
}

/// Whether `tokens` are the words of `phrase` (separated by spaces), one for one.
fn says(tokens: &[Token], phrase: &str) -> bool {
    tokens.iter().zip(phrase.split(' ')).all(|(t, w)| t.norm == w)
}

/// Whether the word before token `at` is a Russian verb in the past tense ("возросло",
/// "выросла", "увеличились").
pub(super) fn follows_past_verb(tokens: &[Token], at: usize) -> bool {
    let previous = at.checked_sub(1).map_or("", |i| tokens[i].norm.as_str());
    ["ло", "ла", "ли", "лся", "лась", "лось", "лись"].iter().any(|ending| previous.ends_with(ending))
}

/// Whether "over" at `over`, before a duration, bounds it: after a verb of lasting, "for",
/// "of", "in", "took", or opening a clause.
pub(super) fn bounds_duration(tokens: &[Token], over: usize) -> bool {
    let Some(previous) = over.checked_sub(1).map(|i| &tokens[i]) else { return true };
    lexicon::one_of(previous.norm.as_str(), ", ; : ( -")
        || lexicon::is_lasting_verb(&previous.norm)
        || lexicon::one_of(previous.norm.as_str(), "for of in just well after to")
}

/// "each", "apiece", "per side", "a piece" near the number, within its clause.
pub(super) fn says_each(tokens: &[Token], start: usize, end: usize) -> bool {
    let clause = |range: Range<usize>| -> bool {
        let window = &tokens[range];
        window.iter().any(|t| lexicon::one_of(t.norm.as_str(), "each apiece jeweils jede каждая"))
            || window.windows(2).any(|w| {
                let side = lexicon::one_of(w[1].norm.as_str(), "side sides party country");
                side && lexicon::one_of(w[0].norm.as_str(), "per every all either")
            })
    };
    let before_start = (start.saturating_sub(4)..start)
        .rev()
        .take_while(|&i| tokens[i].kind != TokenKind::Punct)
        .last()
        .unwrap_or(start);
    let after_end = (end..tokens.len().min(end + 5))
        .take_while(|&i| tokens[i].kind != TokenKind::Punct)
        .last()
        .map_or(end, |i| i + 1);
    // "je 150 Gefangene", "по 150 военнопленных": a distributive word right before the number.
    let distributive =
        start.checked_sub(1).is_some_and(|i| lexicon::one_of(tokens[i].norm.as_str(), "je по"));
    distributive || clause(before_start..start) || clause(end..after_end)
}

#[cfg(test)]
mod tests {
    use super::super::tests::one;
    use super::*;

    #[test]
    fn bounds_of_sentences_and_maximums() {
        let q = one("He was sentenced to over 11 years in prison.");
        assert_eq!((q.bound, q.value / 8766.0), (Bound::Over, 11.0));
        assert_eq!(one("The crime carries a maximum of 20 years.").bound, Bound::AtMost);
        assert_eq!(one("The toll could be up to 40 people.").bound, Bound::AtMost);
        assert_eq!(one("Net income was up to $8.7 billion.").bound, Bound::Exact);
    }

    #[test]
    fn each_marks_per_party_counts() {
        assert!(one("They will exchange 175 prisoners of war each.").each);
        assert!(one("They had each swapped 175 prisoners.").each);
        assert!(one("a trade of 175 prisoners from all sides").each);
        assert!(!one("They swapped 372 prisoners, and each side cheered.").each);
    }

    #[test]
    fn hedges_attach_to_numbers() {
        let q = one("The talks lasted over two hours.");
        assert_eq!(q.hedge, Some(3));
        assert_eq!(q.value, 2.0);
        assert!(one("The talks lasted two hours.").hedge.is_none());
    }
}
