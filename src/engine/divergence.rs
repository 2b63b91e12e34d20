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
//! - quote: quotations of the same words that differ in more than synonyms;
//! - attribution: different sources credited for the claim;
//! - negation: one account negates what the other affirms;
//! - hedge: one account hedges ("may", "reportedly") what the other states flatly;
//! - scope: a scope word ("some", "only", "limited") or a conjunction ("energy and
//!   infrastructure") only one side has, or consequences of the same action that share no
//!   concept ("doing so would endanger lives" vs "such a move would weaken Ukraine");
//! - name: different names in the same place of the claim;
//! - wording: synonym swaps and rephrasing, never material.

use std::collections::HashSet;
use std::ops::Range;

use super::analyse::{Token, TokenKind};
use super::facts::extract::{self, Fact, Value};
use super::facts::{slots, verdict};
use super::lexicon;
use super::model::{Divergence, DivergenceType, FactKind, FactVerdict, Span};
use super::quantity::{Bound, QuantityKind};
use super::similarity::trigram_dice;
use super::sorting;
use super::word_alignment::{Alignment, Side, LOOK_ALIKE_DICE};

/// Longest change (in words, on either side) read as a swap of names.
const NAME_SWAP_WORDS: usize = 6;
/// Words quoted at most in an explanation.
const EXCERPT_WORDS: usize = 12;
/// Content words after a negation that it governs ("did not resolve the row").
const NEGATION_SCOPE_WORDS: usize = 5;
/// Words before a negation searched for its subject ("the cause was not…").
const NEGATION_SUBJECT_WORDS: usize = 3;
/// Wording swaps listed at most per member.
const WORDING_EXAMPLES: usize = 3;

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
    a.concept == b.concept || trigram_dice(&a.norm, &b.norm) >= LOOK_ALIKE_DICE
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

    fn placed(&self, word: usize, of_reference: bool, placement: Placement) -> bool {
        match placement {
            Placement::InChange => self.in_change(word, of_reference),
            Placement::Replaced => self.in_replacement(word, of_reference),
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

    // --- time ----------------------------------------------------------------------------

    /// Time qualifiers only one side has ("temporary", "scheduled"); dates are facts, compared
    /// between every pair of members by [`find_facts`].
    fn times(&self) -> Vec<Divergence> {
        // "Set to swap" against "will swap" (or "would"): both tell of what is to come.
        let both_ahead = tells_what_is_to_come(self.reference) && tells_what_is_to_come(self.other);
        self.one_sided(
            if both_ahead { is_lasting_qualifier } else { is_time_qualifier },
            Placement::InChange,
            DivergenceType::Time,
            "Timing differs",
            "places it in time",
        )
    }

    /// Words matching `test` that sit in a change on one side while the other side has no word
    /// of the same concept passing `test`: reported once per side, material.
    fn one_sided(
        &self,
        test: WordTest,
        placement: Placement,
        kind: DivergenceType,
        what: &str,
        verb: &str,
    ) -> Vec<Divergence> {
        let mut found = Vec::new();
        if let Some(i) =
            first_unmatched(self.reference, self.other, test, |i| self.placed(i, true, placement))
        {
            let (r, o) = (context(i, self.reference.words.len()), self.other_of(i..i + 1));
            let summary = self.only_one(what, verb, &r, &o, self.reference, i);
            found.extend(self.divergence(kind, true, summary, r, o));
        }
        if let Some(j) =
            first_unmatched(self.other, self.reference, test, |j| self.placed(j, false, placement))
        {
            let (o, r) = (context(j, self.other.words.len()), self.reference_of(j..j + 1));
            let summary = self.only_one(what, verb, &r, &o, self.other, j);
            found.extend(self.divergence(kind, true, summary, r, o));
        }
        found
    }

    fn only_one(
        &self,
        what: &str,
        verb: &str,
        r: &Range<usize>,
        o: &Range<usize>,
        side: &Side,
        word: usize,
    ) -> String {
        let why = format!("only {} {verb} with \"{}\".", side.label, side.words[word].norm);
        self.explain(what, r, o, &why)
    }

    // --- quotes --------------------------------------------------------------------------

    fn quotes(&self) -> Vec<Divergence> {
        let theirs = quote_ranges(self.other);
        quote_ranges(self.reference)
            .into_iter()
            .filter_map(|ours| {
                let best =
                    theirs.iter().max_by_key(|t| shared_concepts(self.reference, &ours, self.other, t))?;
                let shared = shared_concepts(self.reference, &ours, self.other, best);
                // The same quotation, reworded: most of the longer one's words are shared.
                let larger = content_count(self.reference, &ours).max(content_count(self.other, best));
                if shared * 2 < larger.max(1) || same_norms(self.reference, &ours, self.other, best) {
                    return None;
                }
                let material = !differ_only_by_synonyms(self.reference, &ours, self.other, best);
                let why = if material {
                    "The quoted words differ."
                } else {
                    "The quoted words differ only by synonyms."
                };
                let summary = self.explain("Quotes differ", &ours, best, why);
                self.divergence(DivergenceType::Quote, material, summary, ours, best.clone())
            })
            .collect()
    }

    // --- attribution -----------------------------------------------------------------------

    fn attribution(&self) -> Option<Divergence> {
        let ours = sources(self.reference);
        let theirs = sources(self.other);
        let ((r, _), (o, _)) = (ours.first()?, theirs.first()?);
        let credited_alike = ours.iter().flat_map(|(_, words)| words).any(|&i| {
            theirs
                .iter()
                .flat_map(|(_, words)| words)
                .any(|&j| same_word(self.reference.words[i], self.other.words[j]))
        });
        if credited_alike {
            return None;
        }
        let summary = self.explain("Attribution differs", r, o, "different sources are credited.");
        let spans = ours
            .iter()
            .filter_map(|(r, _)| self.reference.span(r.clone()))
            .chain(theirs.iter().filter_map(|(o, _)| self.other.span(o.clone())))
            .collect();
        Some(Divergence { kind: DivergenceType::Attribution, material: true, summary, spans })
    }

    // --- negation and hedges -----------------------------------------------------------------

    /// One account negates what the other affirms: a negation inside a passage the other
    /// account words differently (not in a clause only one account has), of a predicate the
    /// other account states (see [`negates_shared`]).
    fn negation(&self) -> Option<Divergence> {
        let count = |side: &Side| side.negated.iter().filter(|&&n| n).count();
        let (ours, theirs) = (count(self.reference), count(self.other));
        let negated_and_replaced = |side: &Side, of_reference: bool, against: &Side| {
            (0..side.words.len()).find(|&i| {
                side.negated[i] && self.in_replacement(i, of_reference) && negates_shared(side, i, against)
            })
        };
        let (r, o) = match ours.cmp(&theirs) {
            std::cmp::Ordering::Equal => return None,
            std::cmp::Ordering::Greater => {
                let i = negated_and_replaced(self.reference, true, self.other)?;
                (context(i, self.reference.words.len()), self.other_of(i..i + 1))
            }
            std::cmp::Ordering::Less => {
                let j = negated_and_replaced(self.other, false, self.reference)?;
                (self.reference_of(j..j + 1), context(j, self.other.words.len()))
            }
        };
        let summary = self.explain("Negation differs", &r, &o, "one account negates what the other affirms.");
        self.divergence(DivergenceType::Negation, true, summary, r, o)
    }

    fn hedges(&self) -> Vec<Divergence> {
        // "warned it could cost them" against "fear the deal will cost them": both frame the
        // claim as a fear or a forecast, so neither states it flatly.
        if frames_as_forecast(self.reference) && frames_as_forecast(self.other) {
            return Vec::new();
        }
        self.one_sided(
            is_claim_hedge,
            Placement::Replaced,
            DivergenceType::Hedge,
            "Certainty differs",
            "hedges the claim",
        )
    }

    // --- scope ---------------------------------------------------------------------------

    fn scope(&self) -> Vec<Divergence> {
        let mut found = self.one_sided(
            is_scope_word,
            Placement::InChange,
            DivergenceType::Scope,
            "Scope differs",
            "qualifies it",
        );
        found.extend(self.conjunctions());
        found.extend(self.consequences());
        found
    }

    /// Both sides state what an action would lead to, in words that share no concept.
    fn consequences(&self) -> Option<Divergence> {
        let ours = consequence_ranges(self.reference);
        let theirs = consequence_ranges(self.other);
        let (r, o) = ours.iter().find_map(|r| {
            let o = theirs.iter().find(|o| {
                let shared = shared_concepts(self.reference, r, self.other, o);
                shared == 0 && content_count(self.reference, r) > 0 && content_count(self.other, o) > 0
            })?;
            Some((r.clone(), o.clone()))
        })?;
        let summary =
            self.explain("Consequence differs", &r, &o, "the accounts give different consequences.");
        self.divergence(DivergenceType::Scope, true, summary, r, o)
    }

    /// "energy infrastructure" vs "energy and infrastructure": a conjunction inserted between
    /// words both sides share.
    fn conjunctions(&self) -> Vec<Divergence> {
        let is_conjunction = |side: &Side, r: &Range<usize>| {
            let joins = |i: usize| matches!(side.words[i].norm.as_str(), "and" | "or" | "nor");
            // "two-and-a-half" joins numbers, not noun phrases.
            let numeric = |i: usize| {
                side.words[i].kind == TokenKind::Number || lexicon::number_word(&side.words[i].norm).is_some()
            };
            let in_number = r.clone().chain(r.start.checked_sub(1)).any(numeric);
            (1..=3).contains(&r.len()) && (joins(r.start) || joins(r.end - 1)) && !in_number
        };
        self.alignment
            .changes
            .iter()
            .filter_map(|c| {
                let (r, o) = if c.reference.is_empty() && is_conjunction(self.other, &c.other) {
                    (
                        c.reference.start.saturating_sub(1)..c.reference.start + 1,
                        c.other.start.saturating_sub(1)..c.other.end + 1,
                    )
                } else if c.other.is_empty() && is_conjunction(self.reference, &c.reference) {
                    (
                        c.reference.start.saturating_sub(1)..c.reference.end + 1,
                        c.other.start.saturating_sub(1)..c.other.start + 1,
                    )
                } else {
                    return None;
                };
                let summary =
                    self.explain("Scope differs", &r, &o, "the conjunction changes what the claim covers.");
                self.divergence(DivergenceType::Scope, true, summary, r, o)
            })
            .collect()
    }

    // --- names and wording -------------------------------------------------------------------

    /// Different names in the same place: a short change (a swap, not a rewrite) whose two
    /// sides each name something the other account does not. A one-word name on either side
    /// ("Lviv" for "Lutsk", "Kremlin" for "White House") is material; two descriptive phrases
    /// ("Oval Office" vs "White House") are reported but not material, and so are parties named
    /// another way ("Premier Lind" against "Kalder and Porto": who acted, counted differently,
    /// not one name put for another).
    fn names(&self) -> Option<Divergence> {
        self.alignment
            .changes
            .iter()
            .filter(|c| c.reference.len().max(c.other.len()) <= NAME_SWAP_WORDS)
            .find_map(|c| {
                let names = |side: &Side, r: &Range<usize>, against: &Side| -> Vec<usize> {
                    r.clone().filter(|&i| side.words[i].capitalised && is_novel(side, i, against)).collect()
                };
                let ours = names(self.reference, &c.reference, self.other);
                let theirs = names(self.other, &c.other, self.reference);
                let (r, o) = (*ours.first()?..*ours.last()? + 1, *theirs.first()?..*theirs.last()? + 1);
                let coordinated = |side: &Side, r: &Range<usize>| {
                    r.clone().any(|i| matches!(side.words[i].norm.as_str(), "and" | "or"))
                };
                let one_for_one =
                    !coordinated(self.reference, &c.reference) && !coordinated(self.other, &c.other);
                let material = one_for_one && (ours.len() == 1 || theirs.len() == 1);
                let summary = format!("{}.", self.contrast("Names differ", &r, &o));
                self.divergence(DivergenceType::Name, material, summary, r, o)
            })
    }

    fn wording(&self) -> Option<Divergence> {
        let swaps: Vec<&super::word_alignment::Change> = self
            .alignment
            .changes
            .iter()
            .filter(|c| !c.reference.is_empty() && !c.other.is_empty())
            .take(WORDING_EXAMPLES)
            .collect();
        let first = swaps.first()?;
        let mut spans = Vec::new();
        for c in &swaps {
            spans.extend(self.reference.span(c.reference.clone()));
            spans.extend(self.other.span(c.other.clone()));
        }
        let more = if swaps.len() > 1 { " (and other rewordings)" } else { "" };
        let summary = format!(
            "{}{more}; the claim is the same.",
            self.contrast("Wording differs", &first.reference, &first.other)
        );
        Some(Divergence { kind: DivergenceType::Wording, material: false, summary, spans })
    }
}

/// Whether negation `i` of `side` negates something `against` affirms: a content word it
/// governs ("did not *resolve* the *row*"), the subject right before it ("the *cause* was not yet
/// known"), or the stem of an "un-" word ("*un*resolved") is a concept `against` has, and
/// `against` does not put it the other way round with a verb of stopping ("agreed not to
/// target" = "agreed to halt strikes").
fn negates_shared(side: &Side, i: usize, against: &Side) -> bool {
    let word = side.words[i];
    let shared = |t: &Token| against.concepts.contains(t.concept.as_str());
    let un_word = word
        .norm
        .strip_prefix("un")
        .filter(|_| !lexicon::is_negation_word(&word.norm) && !word.norm.ends_with("n't"));
    let negated_shared = match un_word {
        Some(rest) => against.concepts.contains(lexicon::concept(&lexicon::stem(rest))),
        None => {
            let mut governed = side.words[i + 1..]
                .iter()
                .filter(|t| t.content && !lexicon::is_negation(&t.norm))
                .take(NEGATION_SCOPE_WORDS);
            let subject =
                side.words[i.saturating_sub(NEGATION_SUBJECT_WORDS)..i].iter().rev().find(|t| t.content);
            governed.any(|t| shared(t)) || subject.is_some_and(|t| shared(t))
        }
    };
    negated_shared && !against.concepts.contains(lexicon::stopping_concept())
}

/// A test of word `i` of a side's words.
type WordTest = fn(&Side, usize) -> bool;

/// Where a word must sit to count.
#[derive(Clone, Copy)]
enum Placement {
    /// In any change, including a passage only one side has.
    InChange,
    /// In a change where the other side says something else.
    Replaced,
}

/// The first word of `side` passing `test` and `changed` whose concept no word of `against`
/// has (so "lasting" answers "permanent").
fn first_unmatched(
    side: &Side,
    against: &Side,
    test: WordTest,
    changed: impl Fn(usize) -> bool,
) -> Option<usize> {
    let theirs: HashSet<&str> = against.words.iter().map(|t| t.concept.as_str()).collect();
    (0..side.words.len())
        .find(|&i| test(side, i) && changed(i) && !theirs.contains(side.words[i].concept.as_str()))
}

// --- feature extraction on a side -----------------------------------------------------------

/// Maps a token range of one of the side's sentences to the side's word range.
fn word_range(index: &[Option<usize>], tokens: Range<usize>) -> Option<Range<usize>> {
    let inside = index.get(tokens.start..tokens.end.min(index.len()))?;
    let first = inside.iter().flatten().next()?;
    let last = inside.iter().flatten().last()?;
    Some(*first..last + 1)
}

fn consequence_ranges(side: &Side) -> Vec<Range<usize>> {
    side.sentences
        .iter()
        .filter_map(|(sentence, index)| word_range(index, sentence.consequence.clone()?))
        .collect()
}

fn quote_ranges(side: &Side) -> Vec<Range<usize>> {
    side.sentences
        .iter()
        .flat_map(|(sentence, index)| sentence.quotes.iter().filter_map(|q| word_range(index, q.clone())))
        .filter(|r| r.len() >= 2)
        .collect()
}

/// The named sources of the side's attributions: the words from source to cue (for a span),
/// and the source's own words.
fn sources(side: &Side) -> Vec<(Range<usize>, Vec<usize>)> {
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

fn content_count(side: &Side, r: &Range<usize>) -> usize {
    side.words[r.clone()].iter().filter(|t| t.content).count()
}

fn shared_concepts(a: &Side, ra: &Range<usize>, b: &Side, rb: &Range<usize>) -> usize {
    let theirs: HashSet<&str> =
        b.words[rb.clone()].iter().filter(|t| t.content).map(|t| t.concept.as_str()).collect();
    a.words[ra.clone()].iter().filter(|t| t.content && theirs.contains(t.concept.as_str())).count()
}

fn same_norms(a: &Side, ra: &Range<usize>, b: &Side, rb: &Range<usize>) -> bool {
    a.words[ra.clone()].iter().map(|t| &t.norm).eq(b.words[rb.clone()].iter().map(|t| &t.norm))
}

fn differ_only_by_synonyms(a: &Side, ra: &Range<usize>, b: &Side, rb: &Range<usize>) -> bool {
    let concepts = |s: &Side, r: &Range<usize>| -> HashSet<String> {
        s.words[r.clone()].iter().filter(|t| t.content).map(|t| t.concept.clone()).collect()
    };
    concepts(a, ra) == concepts(b, rb)
}

// --- word tests ------------------------------------------------------------------------------

/// A word that places a claim in time: how long it holds, or that it is scheduled.
fn is_time_qualifier(side: &Side, i: usize) -> bool {
    is_lasting_qualifier(side, i) || is_scheduling(side, i)
}

/// "Temporary", "permanent" and their adverbs.
fn is_lasting_qualifier(side: &Side, i: usize) -> bool {
    matches!(side.words[i].norm.as_str(), "temporary" | "temporarily" | "permanent" | "permanently")
}

/// "Set to" or "scheduled": the claim is about what is to come.
fn is_scheduling(side: &Side, i: usize) -> bool {
    let words = &side.words;
    let set_to = words[i].norm == "set" && words.get(i + 1).is_some_and(|t| t.norm == "to");
    set_to || words[i].norm == "scheduled"
}

/// Whether a side tells of what is to come: scheduled, or with a future modal.
fn tells_what_is_to_come(side: &Side) -> bool {
    (0..side.words.len()).any(|i| {
        is_scheduling(side, i) || matches!(side.words[i].norm.as_str(), "will" | "would" | "shall" | "'ll")
    })
}

/// Whether a side frames its claim as a fear, warning or forecast ("warned", "fear", "expect").
fn frames_as_forecast(side: &Side) -> bool {
    side.concepts.iter().any(|concept| lexicon::is_forecast_concept(concept))
}

/// A hedge of the claim itself (analysis marks it), not of a number ("over 20").
fn is_claim_hedge(side: &Side, i: usize) -> bool {
    let words = &side.words;
    let before_number = words[i + 1..]
        .iter()
        .take(3)
        .any(|t| t.kind == TokenKind::Number || lexicon::number_word(&t.norm).is_some());
    side.hedged[i] && !lexicon::is_number_only_hedge(&words[i].norm) && !before_number
}

/// A word that widens or narrows the claim; not one counting per party ("from all sides" is
/// "each", compared with the number it follows) nor one before a number.
fn is_scope_word(side: &Side, i: usize) -> bool {
    let words = &side.words;
    let norm = words[i].norm.as_str();
    let next = words.get(i + 1);
    let before_number = next.is_some_and(|t| t.kind == TokenKind::Number);
    let per_party = next.is_some_and(|t| matches!(t.norm.as_str(), "side" | "sides" | "party" | "parties"));
    lexicon::is_scope_word(norm) && !before_number && !per_party && !matches!(norm, "any" | "both")
}

// --- facts: numbers, durations, dates, between every pair of members ---------------------------

/// The number, duration and date divergences between two members (any two, not only the
/// reference and another). Facts of the same slot are paired best first: values that agree,
/// then slots that share their event or counted noun, then durations in the same unit; a pair
/// with none of these links (two durations of unknown events in different units) is never a
/// conflict, nor is one of several equally good candidates (which pairs with which is unknown).
pub fn find_facts(a: &Side, ours: &[SideFact], b: &Side, theirs: &[SideFact]) -> Vec<Divergence> {
    let mut scored: Vec<(usize, usize, usize)> = Vec::new();
    for (i, (fact, _)) in ours.iter().enumerate() {
        for (k, (other, _)) in theirs.iter().enumerate() {
            if slots::same_slot(fact, other) {
                scored.push((pairing_score(fact, other), i, k));
            }
        }
    }
    sorting::sort_by(&mut scored, |x, y| y.0.cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    let (mut used_ours, mut used_theirs) = (vec![false; ours.len()], vec![false; theirs.len()]);
    let mut found = Vec::new();
    for &(score, i, k) in &scored {
        if used_ours[i] || used_theirs[k] || score == 0 {
            continue;
        }
        let rivals = scored
            .iter()
            .filter(|&&(s, x, y)| s == score && (x == i) != (y == k) && !used_ours[x] && !used_theirs[y]);
        let ambiguous = score < AGREEING && rivals.count() > 0;
        used_ours[i] = true;
        used_theirs[k] = true;
        if !ambiguous {
            let ((fact, words), (other, other_words)) = (&ours[i], &theirs[k]);
            found.extend(fact_divergence(a, fact, words, b, other, other_words));
        }
    }
    found
}

/// Pairing score of values that agree: above any link of slots.
const AGREEING: usize = 4;

/// How strongly two facts of one slot are linked: agreement, a shared event or noun, the same
/// unit of time.
fn pairing_score(a: &Fact, b: &Fact) -> usize {
    let agree = verdict(a, b).0 != FactVerdict::Conflicting;
    let shared_slot = !a.slot.is_empty() && slots::shared(&a.slot, &b.slot) > 0;
    let same_unit = match (&a.value, &b.value) {
        (Value::Amount(x), Value::Amount(y)) => x.kind != QuantityKind::Duration || x.unit == y.unit,
        _ => true,
    };
    usize::from(agree) * AGREEING + usize::from(shared_slot) * 2 + usize::from(same_unit)
}

fn fact_divergence(
    a: &Side,
    fact: &Fact,
    words: &Range<usize>,
    b: &Side,
    other: &Fact,
    other_words: &Range<usize>,
) -> Option<Divergence> {
    let (verdict, why) = verdict(fact, other);
    let kind = match fact.kind {
        FactKind::Quantity => DivergenceType::Number,
        _ => DivergenceType::Time,
    };
    let (material, kind, what) = match verdict {
        FactVerdict::Conflicting => (
            true,
            kind,
            if kind == DivergenceType::Number {
                "Numbers differ"
            } else if fact.kind == FactKind::Date {
                "Dates differ"
            } else {
                "Durations differ"
            },
        ),
        FactVerdict::Compatible => (false, DivergenceType::Hedge, "Precision differs"),
        FactVerdict::Same if differ_in_writing(fact, other) => {
            (false, DivergenceType::Hedge, "Precision differs")
        }
        _ => return None,
    };
    let summary = format!(
        "{what}: \"{}\" ({}) vs \"{}\" ({}); {}.",
        excerpt(a, words.clone()),
        a.label,
        excerpt(b, other_words.clone()),
        b.label,
        why
    );
    let spans: Vec<Span> = a.span(words.clone()).into_iter().chain(b.span(other_words.clone())).collect();
    (spans.len() == 2).then_some(Divergence { kind, material, summary, spans })
}

/// Whether two values that agree are written with a different bound or count ("over 70" and
/// "more than 70" do not; "175 each" and "350" do).
fn differ_in_writing(a: &Fact, b: &Fact) -> bool {
    match (&a.value, &b.value) {
        (Value::Amount(x), Value::Amount(y)) => {
            (x.bound == Bound::Exact) != (y.bound == Bound::Exact) || x.each != y.each
        }
        _ => false,
    }
}

/// A member's fact and the member's word range of it.
pub type SideFact = (Fact, Range<usize>);

/// The member's number, duration and date facts, with the member's word range of each.
pub fn side_facts(side: &Side) -> Vec<SideFact> {
    let mut facts = Vec::new();
    for (sentence, index) in &side.sentences {
        for fact in extract::sentence_facts(side.text, sentence) {
            let date_number = matches!(&fact.value, Value::Amount(q) if q.kind == QuantityKind::Date);
            if fact.kind == FactKind::Quote || date_number {
                continue;
            }
            if let Some(words) = word_range(index, fact.tokens.clone()) {
                facts.push((fact, words));
            }
        }
    }
    facts
}

// --- helpers -------------------------------------------------------------------------------

/// A few words around word `i`, for a span and an excerpt.
fn context(i: usize, len: usize) -> Range<usize> {
    i..(i + 3).min(len).max(i + 1)
}

/// `text` with its first letter lowercased ("Only…" → "only…"), to follow a semicolon.
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_lowercase().chain(chars).collect()).unwrap_or_default()
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

#[cfg(test)]
mod tests {
    use super::super::model::{AccountInput, Group, Options, Status};
    use super::super::{compare, Comparison};
    use super::*;

    /// Compares two one-claim accounts and returns the group holding both.
    fn group_of(a: &str, b: &str) -> (Comparison, Group) {
        let input =
            |label: &str, text: &str| AccountInput { label: label.to_string(), text: text.to_string() };
        let cmp = compare(&[input("A", a), input("B", b)], &Options::default());
        let group = cmp.groups.iter().find(|g| g.members.len() == 2).cloned();
        let group = group.unwrap_or_else(|| panic!("not aligned: {a:?} / {b:?}"));
        (cmp, group)
    }

    fn material(group: &Group, kind: DivergenceType) -> Option<&Divergence> {
        group.divergences.iter().find(|d| d.material && d.kind == kind)
    }

    #[test]
    fn each_against_a_total_shows_the_arithmetic() {
        let (_, g) = group_of(
            "Russia and Ukraine will exchange 175 prisoners of war each on Wednesday.",
            "Russia and Ukraine will exchange 372 prisoners of war on Wednesday.",
        );
        let d = material(&g, DivergenceType::Number).expect("number divergence");
        assert!(d.summary.contains("175 each × 2 = 350 in all, not 372"), "{}", d.summary);
        assert_eq!(d.spans.iter().map(|s| s.account).collect::<HashSet<_>>().len(), 2);
        assert_eq!(g.status, Status::Conflicting);
    }

    #[test]
    fn one_name_for_another_is_material_parties_named_another_way_are_not() {
        let names = |a: &str, b: &str| {
            let (_, g) = group_of(a, b);
            g.divergences.iter().find(|d| d.kind == DivergenceType::Name).map(|d| d.material)
        };
        assert_eq!(
            names(
                "Floods closed the main bridge in Tarrow on Monday, police said.",
                "Floods closed the main bridge in Lunsford on Monday, police said.",
            ),
            Some(true)
        );
        assert_eq!(
            names(
                "Premier Anna Lind agreed to stop attacks on the energy plants of Vesta.",
                "Kalder and Porto agreed to stop attacks on the energy plants of Vesta.",
            ),
            Some(false)
        );
    }

    #[test]
    fn scheduled_against_a_future_modal_is_the_same_time() {
        let time =
            |a: &str, b: &str| group_of(a, b).1.divergences.iter().any(|d| d.kind == DivergenceType::Time);
        assert!(!time(
            "The two sides will swap 40 detained fishermen at the Orlen border post.",
            "The two sides are set to swap 40 detained fishermen at the Orlen border post.",
        ));
        assert!(!time(
            "Officials said the two sides would swap 40 detained fishermen at the Orlen border post.",
            "Officials said the two sides were set to swap 40 detained fishermen at the Orlen border post.",
        ));
        assert!(
            time(
                "The two sides swapped 40 detained fishermen at the Orlen border post.",
                "The two sides are set to swap 40 detained fishermen at the Orlen border post.",
            ),
            "done against scheduled is a timing divergence"
        );
    }

    #[test]
    fn each_consistent_with_a_total_is_not_material() {
        let (_, g) = group_of(
            "Russia and Ukraine exchanged 175 prisoners of war each on Wednesday.",
            "Russia and Ukraine exchanged 350 prisoners of war on Wednesday.",
        );
        assert!(g.divergences.iter().all(|d| !d.material), "{:?}", g.divergences);
    }

    #[test]
    fn hedged_numbers_that_agree_differ_only_in_precision() {
        let (_, g) = group_of(
            "The two leaders spoke by phone for over two hours on Tuesday.",
            "The two leaders spoke by phone for two-and-a-half hours on Tuesday.",
        );
        assert!(g.divergences.iter().all(|d| !d.material), "{:?}", g.divergences);
        assert!(g.divergences.iter().any(|d| d.kind == DivergenceType::Hedge));
    }

    #[test]
    fn a_conjunction_widens_the_scope() {
        let (_, g) = group_of(
            "Putin agreed to halt strikes on energy infrastructure for 30 days.",
            "Putin agreed to halt strikes on energy and infrastructure for 30 days.",
        );
        assert!(material(&g, DivergenceType::Scope).is_some(), "{:?}", g.divergences);
    }

    #[test]
    fn a_scope_word_narrows_the_claim() {
        let (_, g) = group_of(
            "Trump cut off intelligence sharing and military aid to Ukraine after the meeting.",
            "Trump cut off some intelligence sharing and military aid to Ukraine after the meeting.",
        );
        assert!(material(&g, DivergenceType::Scope).is_some(), "{:?}", g.divergences);
    }

    #[test]
    fn quotes_are_compared_word_for_word_but_synonyms_are_wording() {
        let (_, g) = group_of(
            "Varga called the deal \"a fair and lasting settlement for both our peoples.\"",
            "Varga called the deal \"a fair and lasting settlement for our two peoples.\"",
        );
        assert!(material(&g, DivergenceType::Quote).is_some(), "{:?}", g.divergences);
        let (_, spun) = group_of(
            "The White House called it a first step in a “movement to peace” in the region.",
            "The White Home called it a first step in a “motion to peace” in the region.",
        );
        assert!(spun.divergences.iter().all(|d| !d.material), "{:?}", spun.divergences);
    }

    #[test]
    fn different_sources_are_an_attribution_divergence() {
        let (_, g) = group_of(
            "Putin demanded an end to foreign military aid to Ukraine, the Kremlin said.",
            "Putin demanded an end to foreign military aid to Ukraine, the White House said.",
        );
        let d = material(&g, DivergenceType::Attribution).expect("attribution divergence");
        assert!(d.summary.contains("Kremlin") && d.summary.contains("White House"), "{}", d.summary);
    }

    #[test]
    fn negation_against_affirmation() {
        let (_, g) = group_of(
            "The talks resolved the row over fishing rights in the Gulf of Mera.",
            "The talks did not resolve the row over fishing rights in the Gulf of Mera.",
        );
        assert!(material(&g, DivergenceType::Negation).is_some(), "{:?}", g.divergences);
    }

    #[test]
    fn a_hedge_against_a_flat_statement() {
        let (_, g) = group_of(
            "The two leaders will meet again in Estrel in the autumn.",
            "The two leaders may meet again in Estrel in the autumn.",
        );
        assert!(material(&g, DivergenceType::Hedge).is_some(), "{:?}", g.divergences);
    }

    #[test]
    fn a_fear_against_a_warning_is_no_certainty_divergence() {
        let (_, g) = group_of(
            "Dairy farmers in Estrel warned the deal could cost them customers in the north.",
            "Dairy farmers in Estrel fear the deal will cost them customers in the north.",
        );
        assert!(material(&g, DivergenceType::Hedge).is_none(), "{:?}", g.divergences);
    }

    #[test]
    fn spun_synonyms_are_wording_never_material() {
        let (_, g) = group_of(
            "The White House described the call between Trump and Putin as a first step toward peace.",
            "The White Home described the name between Trump and Putin as a primary step towards peace.",
        );
        assert!(g.divergences.iter().all(|d| !d.material), "{:?}", g.divergences);
        assert_ne!(g.status, Status::Conflicting);
    }

    #[test]
    fn different_consequences_of_one_action_are_material() {
        let (_, g) = group_of(
            "Zelenskyy rejected Putin's demand to halt military aid, warning that doing so would weaken Ukraine.",
            "Zelenskyy rejected Putin's demand to halt military aid, warning that such a move would endanger lives.",
        );
        let d = material(&g, DivergenceType::Scope).expect("consequence divergence");
        assert!(d.summary.contains("would weaken Ukraine") && d.summary.contains("would endanger lives"));
        let (_, same) = group_of(
            "Zelenskyy rejected Putin's demand to halt military aid, warning that doing so would weaken Ukraine.",
            "Zelenskyy rejected Putin's demand to halt military aid, warning that such a move would weaken Ukraine.",
        );
        assert!(material(&same, DivergenceType::Scope).is_none(), "{:?}", same.divergences);
    }

    #[test]
    fn statuses_follow_the_documented_precedence() {
        let (_, same) =
            group_of("Drones hit the port of Odesa on Monday.", "Drones hit the port of Odesa on Monday!");
        assert_eq!(same.status, Status::Identical);
        let (_, minor) = group_of(
            "Drones hit the port of Odesa on Monday night, officials said.",
            "Drones struck the port of Odesa on Monday night, officials said.",
        );
        assert_eq!(minor.status, Status::Minor);
    }
}
