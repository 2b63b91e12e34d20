//! What the detectors look for on one member: its quotes, named sources and consequences as
//! word ranges, how much two ranges share, and tests of single words (time qualifiers, hedges of
//! the claim, scope words).

use std::ops::Range;

use super::super::hashing::FastSet;
use super::super::lexicon;
use super::super::quantity;
use super::super::word_alignment::Side;
use super::same_word;

/// Maps a token range of one of the side's sentences to the side's word range.
pub(super) fn word_range(index: &[Option<usize>], tokens: Range<usize>) -> Option<Range<usize>> {
    let inside = index.get(tokens.start..tokens.end.min(index.len()))?;
    let first = inside.iter().flatten().next()?;
    let last = inside.iter().flatten().last()?;
    Some(*first..last + 1)
}

pub(super) fn consequence_ranges(side: &Side) -> Vec<Range<usize>> {
    side.sentences
        .iter()
        .filter_map(|(sentence, index)| word_range(index, sentence.consequence.clone()?))
        .collect()
}

pub(super) fn quote_ranges(side: &Side) -> Vec<Range<usize>> {
    side.sentences
        .iter()
        .flat_map(|(sentence, index)| sentence.quotes.iter().filter_map(|q| word_range(index, q.clone())))
        .filter(|r| r.len() >= 2)
        .collect()
}

/// The named sources of the side's attributions: the words from source to cue (for a span),
/// and the source's own words.
pub(super) fn sources(side: &Side) -> Vec<(Range<usize>, Vec<usize>)> {
    side.sentences
        .iter()
        .flat_map(|(sentence, index)| {
            sentence.attributions.iter().filter(|a| !a.source.is_empty()).filter_map(|a| {
                let first = *a.source.first()?;
                let last = *a.source.last()?;
                let span = word_range(index, first.min(a.cue)..last.max(a.cue) + 1)?;
                Some((span, a.source.iter().filter_map(|&t| index.get(t).copied().flatten()).collect()))
            })
        })
        .collect()
}

/// Longest name after a title ("Prime Minister *Shinzo Abe*").
const TITLED_NAME_WORDS: usize = 3;

/// Whether `lower` (a text in lower case, as `case::lower` writes it) writes `title` (words, each
/// followed by a space) right before a name of at most [`TITLED_NAME_WORDS`] words that include
/// `name`: "prime minister shinzo abe" for the title "prime minister " and the name "abe".
pub(super) fn writes_title(lower: &str, title: &str, name: &str) -> bool {
    for (at, _) in lower.match_indices(title) {
        for word in lower[at + title.len()..].split(' ').take(TITLED_NAME_WORDS) {
            if word.starts_with(name) && !word[name.len()..].starts_with(char::is_alphanumeric) {
                return true;
            }
        }
    }
    false
}

pub(super) fn content_count(side: &Side, r: &Range<usize>) -> usize {
    side.words[r.clone()].iter().filter(|t| t.content).count()
}

pub(super) fn shared_concepts(a: &Side, ra: &Range<usize>, b: &Side, rb: &Range<usize>) -> usize {
    let theirs: FastSet<&str> =
        b.words[rb.clone()].iter().filter(|t| t.content).map(|t| t.concept.as_str()).collect();
    a.words[ra.clone()].iter().filter(|t| t.content && theirs.contains(t.concept.as_str())).count()
}

pub(super) fn same_norms(a: &Side, ra: &Range<usize>, b: &Side, rb: &Range<usize>) -> bool {
    a.words[ra.clone()].iter().map(|t| &t.norm).eq(b.words[rb.clone()].iter().map(|t| &t.norm))
}

/// Whether every content word of either range is the same word as one of the other's (a
/// synonym or a look-alike counts: see [`same_word`]).
pub(super) fn differ_only_by_synonyms(a: &Side, ra: &Range<usize>, b: &Side, rb: &Range<usize>) -> bool {
    let covered = |from: &Side, rf: &Range<usize>, by: &Side, rb: &Range<usize>| {
        from.words[rf.clone()]
            .iter()
            .filter(|t| t.content)
            .all(|x| by.words[rb.clone()].iter().any(|y| y.content && same_word(x, y)))
    };
    covered(a, ra, b, rb) && covered(b, rb, a, ra)
}

/// Whether one range's words, in order, are a run of the other's: a quote in part.
pub(super) fn quotes_part_of(a: &Side, ra: &Range<usize>, b: &Side, rb: &Range<usize>) -> bool {
    let (x, y) = (norms(a, ra), norms(b, rb));
    let (short, long) = if x.len() <= y.len() { (x, y) } else { (y, x) };
    !short.is_empty() && long.windows(short.len()).any(|w| w == short.as_slice())
}

/// The normalised forms of words `r`.
fn norms<'s>(side: &Side<'s>, r: &Range<usize>) -> Vec<&'s str> {
    side.words[r.clone()].iter().map(|t| t.norm.as_str()).collect()
}

/// Whether words `r` are all numbers, number words, days or months: a fact's value.
pub(super) fn names_a_fact(side: &Side, r: &Range<usize>) -> bool {
    side.words[r.clone()].iter().all(|t| {
        quantity::is_number(t)
            || lexicon::weekday_of(&t.norm).is_some()
            || lexicon::month_of(&t.norm).is_some()
    })
}

// --- word tests ------------------------------------------------------------------------------

/// A word that places a claim in time: how long it holds, or that it is scheduled.
pub(super) fn is_time_qualifier(side: &Side, i: usize) -> bool {
    is_lasting_qualifier(side, i) || is_scheduling(side, i)
}

/// "Temporary", "permanent" and their adverbs.
pub(super) fn is_lasting_qualifier(side: &Side, i: usize) -> bool {
    is_temporary(side, i) || matches!(side.words[i].norm.as_str(), "permanent" | "permanently")
}

/// "Temporary" and "temporarily": the claim holds for a while.
pub(super) fn is_temporary(side: &Side, i: usize) -> bool {
    matches!(side.words[i].norm.as_str(), "temporary" | "temporarily")
}

/// "Set to" or "scheduled": the claim is about what is to come.
pub(super) fn is_scheduling(side: &Side, i: usize) -> bool {
    let words = &side.words;
    let set_to = words[i].norm == "set" && words.get(i + 1).is_some_and(|t| t.norm == "to");
    set_to || words[i].norm == "scheduled"
}

/// Whether a side tells of what is to come: scheduled, or with a future modal.
pub(super) fn tells_what_is_to_come(side: &Side) -> bool {
    (0..side.words.len()).any(|i| {
        is_scheduling(side, i) || matches!(side.words[i].norm.as_str(), "will" | "would" | "shall" | "'ll")
    })
}

/// Whether a side frames its claim as a fear, warning or forecast ("warned", "fear", "expect").
pub(super) fn frames_as_forecast(side: &Side) -> bool {
    side.concepts.iter().any(|concept| lexicon::is_forecast_concept(concept))
}

/// A hedge of the claim itself (analysis marks it), not of a number ("over 20").
pub(super) fn is_claim_hedge(side: &Side, i: usize) -> bool {
    let words = &side.words;
    let before_number = words[i + 1..].iter().take(3).any(|t| quantity::is_number(t));
    side.hedged[i] && !lexicon::is_number_only_hedge(&words[i].norm) && !before_number
}

/// A word that widens or narrows the claim; not one counting per party ("from all sides" is
/// "each", compared with the number it follows), one before a number, nor the "most" of a
/// superlative.
pub(super) fn is_scope_word(side: &Side, i: usize) -> bool {
    let words = &side.words;
    let norm = words[i].norm.as_str();
    let next = words.get(i + 1);
    // "only two people", "all 14 coaches": the number's, which the fact sheet compares.
    let before_number = next.is_some_and(|t| quantity::is_number(t));
    let per_party = next.is_some_and(|t| matches!(t.norm.as_str(), "side" | "sides" | "party" | "parties"));
    let superlative = norm == "most" && is_superlative(side, i);
    lexicon::is_scope_word(norm)
        && !before_number
        && !per_party
        && !superlative
        && !matches!(norm, "any" | "both")
}

/// "the most lethal earthquake", "Mexico's most agonizing search": "most" after a determiner or
/// a possessive makes a superlative; it does not say how much of something ("most aid").
fn is_superlative(side: &Side, i: usize) -> bool {
    let Some(before) = i.checked_sub(1).map(|b| side.words[b]) else { return false };
    let written = &side.text[before.range.clone()];
    lexicon::one_of(&before.norm, "the its their his her our my your")
        || written.ends_with("'s")
        || written.ends_with("’s")
        || coordinated_superlative(side, i)
}

/// Whether "most" at word `i` is the second of two coordinated superlatives ("the world's
/// largest and most accident-prone", "the most costly or most deadly").
fn coordinated_superlative(side: &Side, i: usize) -> bool {
    if i < 2 || !lexicon::one_of(&side.words[i - 1].norm, "and or") {
        return false;
    }
    let first = &side.words[i - 2].norm;
    let superlative_ending = first.len() > 4 && first.ends_with("est");
    let after_most = i >= 3 && side.words[i - 3].norm == "most" && is_superlative(side, i - 3);
    superlative_ending || after_most
}
