//! Typed divergences between members of a claim group.
//!
//! Each detector compares one kind of fact and explains what it found in one sentence a reader
//! can check against the text; a material divergence carries a span in both accounts.
//! Numbers, durations and dates are compared between every pair of members ([`find_facts`]),
//! the rest between the group's reference member and each other member ([`find`]).
//! - number and time (facts): the members' facts (`facts::extract`) of the same slot
//!   (`facts::slots::same_slot`: a count only with a count of the same noun, a duration only
//!   with one of the same event, a date only with one naming the same fields) and the verdict
//!   of `facts::bounds`, the fact sheet's own: conflicting values are material ("175 each × 2 =
//!   350 in all, not 372"; "1.5 hours is below \"over 2 hours\""), consistent values that
//!   differ in precision or counting are not;
//! - time: also a time qualifier ("temporary", "scheduled") only one says;
//!   (time qualifiers, hedges and scope words count only where they qualify words both members
//!   have: a qualifier of a claim only one makes is an omission, not a divergence);
//! - quote: quotations of the same words that differ in more than synonyms (one quoting more
//!   of the same words is not material);
//! - attribution: different sources credited for the claim;
//! - negation: one account negates what the other affirms;
//! - hedge: one account hedges ("may", "reportedly") what the other states flatly;
//! - scope: a scope word ("some", "only", "limited") or a conjunction ("energy and
//!   infrastructure") only one side has, or consequences of the same action that share no
//!   concept ("doing so would endanger lives" vs "such a move would weaken Ukraine");
//! - name: different names in the same place of the claim (days and months are dates);
//! - wording: synonym swaps and rephrasing, never material.
//!
//! Layout: this module holds the entry points and the pair of members being compared with the
//! helpers every detector shares (spans, explanations, where a word sits in the word diff);
//! [`detectors`] has one detector per kind of claim divergence, [`features`] reads what a
//! detector looks for off a member (quotes, sources, consequences, time, hedge and scope words),
//! and [`facts`] compares numbers, durations and dates through the fact sheet's slots.

mod detectors;
mod facts;
mod features;
#[cfg(test)]
mod tests;

use std::ops::Range;

use super::analyse::Token;
use super::case;
use super::model::{Divergence, DivergenceType, Span};
use super::similarity::trigram_dice;
use super::word_alignment::{Alignment, Side, LOOK_ALIKE_DICE};

pub use facts::{find_facts, side_facts, SideFact};

/// Words quoted at most in an explanation.
const EXCERPT_WORDS: usize = 12;

/// All divergences between `reference` and `other` but those of numbers, durations and dates,
/// which [`find_facts`] finds between every pair of members.
pub fn find(reference: &Side, other: &Side, alignment: &Alignment) -> Vec<Divergence> {
    let pair = Pair { reference, other, alignment };
    let mut found = Vec::new();
    found.extend(pair.times());
    found.extend(pair.quotes());
    found.extend(pair.attribution());
    found.extend(pair.negation());
    found.extend(pair.hedges());
    found.extend(pair.scope());
    found.extend(pair.names());
    if found.is_empty() {
        found.extend(pair.wording());
    }
    found
}

/// (novel content words of the more novel side, content words of the smaller side): how much
/// of what one member says the other does not say at all, even with synonyms.
pub fn novel_content(reference: &Side, other: &Side) -> (usize, usize) {
    let novel_in =
        |side: &Side, against: &Side| (0..side.words.len()).filter(|&i| is_novel(side, i, against)).count();
    let content = |side: &Side| side.words.iter().filter(|t| t.content).count();
    (novel_in(reference, other).max(novel_in(other, reference)), content(reference).min(content(other)))
}

fn is_novel(side: &Side, i: usize, against: &Side) -> bool {
    against.lacks(side.words[i])
}

fn same_word(a: &Token, b: &Token) -> bool {
    a.concept == b.concept
        || trigram_dice(&a.norm, &b.norm) >= LOOK_ALIKE_DICE
        || a.senses.synonymous(b.senses)
}

struct Pair<'s, 'a> {
    reference: &'s Side<'a>,
    other: &'s Side<'a>,
    alignment: &'s Alignment,
}

impl Pair<'_, '_> {
    fn divergence(
        &self,
        kind: DivergenceType,
        material: bool,
        summary: String,
        ref_words: Range<usize>,
        other_words: Range<usize>,
    ) -> Option<Divergence> {
        let spans: Vec<Span> =
            self.reference.span(ref_words).into_iter().chain(self.other.span(other_words)).collect();
        (spans.len() == 2).then_some(Divergence { kind, material, summary, spans })
    }

    fn labels(&self) -> (&str, &str) {
        (&self.reference.label, &self.other.label)
    }

    fn contrast(&self, what: &str, ref_words: &Range<usize>, other_words: &Range<usize>) -> String {
        let (a, b) = self.labels();
        format!(
            "{what}: \"{}\" ({a}) vs \"{}\" ({b})",
            excerpt(self.reference, ref_words.clone()),
            excerpt(self.other, other_words.clone())
        )
    }

    /// One sentence a reader can check: what differs, the two excerpts, and why.
    fn explain(&self, what: &str, ref_words: &Range<usize>, other_words: &Range<usize>, why: &str) -> String {
        format!("{}; {}", self.contrast(what, ref_words, other_words), lower_first(why))
    }

    fn other_of(&self, words: Range<usize>) -> Range<usize> {
        self.alignment.other_of(words, self.other.words.len())
    }

    fn reference_of(&self, words: Range<usize>) -> Range<usize> {
        self.alignment.reference_of(words, self.reference.words.len())
    }

    /// Whether `word` lies in a change where the other side says something else (not in a
    /// passage only one side has).
    fn in_replacement(&self, word: usize, of_reference: bool) -> bool {
        self.alignment.changes.iter().any(|c| {
            let (own, theirs) =
                if of_reference { (&c.reference, &c.other) } else { (&c.other, &c.reference) };
            own.contains(&word) && !theirs.is_empty()
        })
    }

    /// Whether `word` lies in a passage only its side has that holds nothing but negations,
    /// hedges and function words: "Die Regierung billigte den Plan *nicht*" negates, and "Lee
    /// *allegedly* took the money" hedges, the other side's claim although the other side has
    /// nothing in its place.
    fn in_bare_qualifier(&self, word: usize, of_reference: bool) -> bool {
        let side = if of_reference { self.reference } else { self.other };
        self.alignment.changes.iter().any(|c| {
            let (own, theirs) =
                if of_reference { (&c.reference, &c.other) } else { (&c.other, &c.reference) };
            own.contains(&word)
                && theirs.is_empty()
                && own.clone().all(|i| side.negated[i] || side.hedged[i] || !side.words[i].content)
        })
    }

    fn placed(&self, word: usize, of_reference: bool, placement: Placement) -> bool {
        match placement {
            Placement::InChange => self.in_change(word, of_reference),
            Placement::Replaced => {
                self.in_replacement(word, of_reference) || self.in_bare_qualifier(word, of_reference)
            }
        }
    }

    fn in_change(&self, word: usize, of_reference: bool) -> bool {
        self.alignment.changes.iter().any(|c| {
            if of_reference {
                c.reference.contains(&word)
            } else {
                c.other.contains(&word)
            }
        })
    }
}

/// Where a word must sit to count.
#[derive(Clone, Copy)]
enum Placement {
    /// In any change, including a passage only one side has.
    InChange,
    /// In a change where the other side says something else, or in a passage of its side that
    /// holds nothing but qualifiers (see `Pair::in_bare_qualifier`).
    Replaced,
}

/// A few words around word `i`, for a span and an excerpt.
fn context(i: usize, len: usize) -> Range<usize> {
    i..(i + 3).min(len).max(i + 1)
}

/// `text` with its first letter lowercased ("Only…" → "only…"), to follow a semicolon.
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| std::iter::once(case::lower_char(c)).chain(chars).collect()).unwrap_or_default()
}

fn excerpt(side: &Side, words: Range<usize>) -> String {
    let end = words.end.min(words.start + EXCERPT_WORDS);
    let text = side.quote(words.start..end);
    if end < words.end {
        format!("{text} …")
    } else {
        text
    }
}
