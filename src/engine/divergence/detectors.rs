//! One detector per kind of claim divergence between the reference member and another member
//! (time qualifiers, quotes, attribution, negation, hedges, scope, names, wording), each a method
//! of [`Pair`] reading the word diff of the two.

use std::ops::Range;

use super::super::analyse::{AnalysedSentence, Token};
use super::super::case;
use super::super::hashing::FastSet;
use super::super::lexicon;
use super::super::model::{Divergence, DivergenceType};
use super::super::quantity;
use super::super::similarity::trigram_dice;
use super::super::tuning::knob;
use super::super::word_alignment::Side;
use super::features::{
    consequence_ranges, content_count, differ_only_by_synonyms, frames_as_forecast, is_claim_hedge,
    is_lasting_qualifier, is_scope_word, is_temporary, is_time_qualifier, names_a_fact, quote_ranges,
    quotes_part_of, same_norms, shared_concepts, sources, tells_what_is_to_come, writes_title,
};
use super::*;

/// Longest change (in words, on either side) read as a swap of names.
const NAME_SWAP_WORDS: usize = 6;
/// Trigram likeness (see `similarity::trigram_dice`) from which two names are one spelled two
/// ways, as similarity matches look-alike words.
const LOOK_ALIKE: f64 = 0.5;
/// Content words after a negation that it governs ("did not resolve the row").
const NEGATION_SCOPE_WORDS: usize = 5;
/// Negations that are determiners: they negate the noun phrase they open.
const NEGATING_DETERMINERS: &str = "no kein keine keinen keinem keiner keines никакого никакой никаких";
/// Words before a negation searched for its subject ("the cause was not…").
const NEGATION_SUBJECT_WORDS: usize = 3;
/// Content words after a qualifier searched for a word both sides have.
const QUALIFIER_REACH: usize = 4;
/// Words before a word searched for a number that counts it.
const QUANTIFIER_REACH: usize = 3;
/// Wording swaps listed at most per member.
const WORDING_EXAMPLES: usize = 3;

impl Pair<'_, '_> {
    // --- time ----------------------------------------------------------------------------

    /// Time qualifiers only one side has ("temporary", "scheduled"); dates are facts, compared
    /// between every pair of members by [`find_facts`].
    pub(super) fn times(&self) -> Vec<Divergence> {
        // "Set to swap" against "will swap" (or "would"): both tell of what is to come.
        let both_ahead = tells_what_is_to_come(self.reference) && tells_what_is_to_come(self.other);
        self.one_sided(
            (if both_ahead { is_lasting_qualifier } else { is_time_qualifier }, bears_on_open_length),
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
        (test, bears): (WordTest, Bearing),
        placement: Placement,
        kind: DivergenceType,
        what: &str,
        verb: &str,
    ) -> Vec<Divergence> {
        let mut found = Vec::new();
        let (reference, other) = (self.reference, self.other);
        if let Some(i) = first_unmatched(reference, other, test, |i| {
            self.placed(i, true, placement) && bears(reference, i, other)
        }) {
            let (r, o) = (context(i, self.reference.words.len()), self.other_of(i..i + 1));
            let summary = self.only_one(what, verb, &r, &o, self.reference, i);
            found.extend(self.divergence(kind, true, summary, r, o));
        }
        if let Some(j) = first_unmatched(other, reference, test, |j| {
            self.placed(j, false, placement) && bears(other, j, reference)
        }) {
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

    pub(super) fn quotes(&self) -> Vec<Divergence> {
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
                // "anticipates that…" within "the Committee anticipates that…": one quotes more of it.
                let part = quotes_part_of(self.reference, &ours, self.other, best);
                let material = !part && !differ_only_by_synonyms(self.reference, &ours, self.other, best);
                let why = if part {
                    "One account quotes more of the same words."
                } else if material {
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

    pub(super) fn attribution(&self) -> Option<Divergence> {
        let ours = sources(self.reference);
        let theirs = sources(self.other);
        let ((r, _), (o, _)) = (ours.first()?, theirs.first()?);
        let credited_alike = ours.iter().flat_map(|(_, words)| words).any(|&i| {
            theirs
                .iter()
                .flat_map(|(_, words)| words)
                .any(|&j| same_word(self.reference.words[i], self.other.words[j]))
        });
        let words_of = |side: &Side, sources: &[(Range<usize>, Vec<usize>)]| {
            norms(side, sources.iter().flat_map(|(_, words)| words))
        };
        // "the ECB" and "the European Central Bank" credit one source.
        let abbreviated =
            lexicon::abbreviates_either(&words_of(self.reference, &ours), &words_of(self.other, &theirs));
        // "the prime minister said" and "Abe told": one source, when an account writes the one
        // as the other's title ("Prime Minister Shinzo Abe").
        let titled = titles_either(self.reference, &ours, self.other, &theirs)
            || titles_either(self.other, &theirs, self.reference, &ours);
        if credited_alike || abbreviated || titled {
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
    pub(super) fn negation(&self) -> Option<Divergence> {
        let count = |side: &Side| side.negated.iter().filter(|&&n| n).count();
        let (ours, theirs) = (count(self.reference), count(self.other));
        // "failed to deploy" twice against "fail to deploy" once: one account repeats its
        // negation, the other still has it.
        let negates_alike = |against: &Side, word: &Token| {
            (0..against.words.len()).any(|j| against.negated[j] && against.words[j].concept == word.concept)
        };
        let negated_and_replaced = |side: &Side, of_reference: bool, against: &Side| {
            (0..side.words.len()).find(|&i| {
                side.negated[i]
                    && !in_condition(side, i)
                    && !negates_alike(against, side.words[i])
                    && self.placed(i, of_reference, Placement::Replaced)
                    && negates_shared(side, i, against)
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

    pub(super) fn hedges(&self) -> Vec<Divergence> {
        // "warned it could cost them" against "fear the deal will cost them": both frame the
        // claim as a fear or a forecast, so neither states it flatly.
        if frames_as_forecast(self.reference) && frames_as_forecast(self.other) {
            return Vec::new();
        }
        // "would probably raise" against "would likely raise", "may have caused the gear to
        // fail" against "the gear apparently failed": each hedges what it tells, in its own
        // words and place.
        // "the media said he had given gifts" against "the gift was allegedly given": a claim
        // an account credits to a source, where the other credits none, is not told flatly
        // either.
        let attributed = |side: &Side| side.sentences.iter().any(|(s, _)| !s.attributions.is_empty());
        let (ours, theirs) = (attributed(self.reference), attributed(self.other));
        let hedges = |side: &Side, credits_alone: bool| {
            credits_alone || (0..side.words.len()).any(|i| is_claim_hedge(side, i))
        };
        if hedges(self.reference, ours && !theirs) && hedges(self.other, theirs && !ours) {
            return Vec::new();
        }
        self.one_sided(
            (is_claim_hedge, bears_on_shared_claim),
            Placement::Replaced,
            DivergenceType::Hedge,
            "Certainty differs",
            "hedges the claim",
        )
    }

    // --- scope ---------------------------------------------------------------------------

    pub(super) fn scope(&self) -> Vec<Divergence> {
        let mut found = self.one_sided(
            (is_scope_word, bears_on_unquantified),
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
            // "two-and-a-half" joins numbers, not noun phrases.
            let numeric = |i: usize| side.words.get(i).is_some_and(|w| quantity::is_number(w));
            // "$8.72 billion, or $1.67 per share" says the same figure another way.
            let restates = |i: usize| side.words[i].norm == "or" && (i + 1..i + 4).any(numeric);
            let joins =
                |i: usize| matches!(side.words[i].norm.as_str(), "and" | "or" | "nor") && !restates(i);
            let in_number = r.clone().chain(r.start.checked_sub(1)).any(numeric);
            (1..=3).contains(&r.len()) && (joins(r.start) || joins(r.end - 1)) && !in_number
        };
        self.alignment
            .changes
            .iter()
            .filter_map(|c| {
                let (r, o) = if c.reference.is_empty()
                    && is_conjunction(self.other, &c.other)
                    && !same_list(self.other, &c.other, self.reference, c.reference.start)
                {
                    (
                        c.reference.start.saturating_sub(1)..c.reference.start + 1,
                        c.other.start.saturating_sub(1)..c.other.end + 1,
                    )
                } else if c.other.is_empty()
                    && is_conjunction(self.reference, &c.reference)
                    && !same_list(self.reference, &c.reference, self.other, c.other.start)
                {
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
    pub(super) fn names(&self) -> Option<Divergence> {
        self.alignment
            .changes
            .iter()
            .filter(|c| c.reference.len().max(c.other.len()) <= NAME_SWAP_WORDS)
            .find_map(|c| {
                // Days and months are dates, which the facts compare ("Tuesday ≠ Wednesday").
                let is_name = |t: &Token| {
                    t.is_name()
                        && lexicon::weekday_of(&t.norm).is_none()
                        && lexicon::month_of(&t.norm).is_none()
                };
                // "CEO" for "chief executive of": an acronym the other side spells out.
                let names = |side: &Side, r: &Range<usize>, against: &Side, theirs: &Range<usize>| {
                    let spelled: Vec<&str> =
                        against.words[theirs.clone()].iter().map(|t| t.norm.as_str()).collect();
                    r.clone()
                        .filter(|&i| is_name(side.words[i]) && is_novel(side, i, against))
                        .filter(|&i| !lexicon::spelled_out(&side.words[i].norm, &spelled))
                        .collect::<Vec<usize>>()
                };
                let ours = names(self.reference, &c.reference, self.other, &c.other);
                let theirs = names(self.other, &c.other, self.reference, &c.reference);
                // "ECB" for "European Central Bank": one name, abbreviated; "Zelenskyy" for
                // "Zelensky", "Coumty" for "County": one name, spelled two ways.
                let alike = |i: usize, j: usize| {
                    trigram_dice(&self.reference.words[i].norm, &self.other.words[j].norm) >= LOOK_ALIKE
                };
                let spelled_alike = ours.iter().all(|&i| theirs.iter().any(|&j| alike(i, j)))
                    || theirs.iter().all(|&j| ours.iter().any(|&i| alike(i, j)));
                if spelled_alike
                    || lexicon::abbreviates_either(&norms(self.reference, &ours), &norms(self.other, &theirs))
                {
                    return None;
                }
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

    pub(super) fn wording(&self) -> Option<Divergence> {
        let swaps: Vec<&super::super::word_alignment::Change> = self
            .alignment
            .changes
            .iter()
            .filter(|c| !c.reference.is_empty() && !c.other.is_empty())
            // Numbers, days and months are facts, compared between every pair of members.
            .filter(|c| !names_a_fact(self.reference, &c.reference) && !names_a_fact(self.other, &c.other))
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

/// The normalised forms of words `indices` of `side`.
/// Words that open a condition: a negation inside one ("may carry rifles as long as they are
/// not short-barreled") states when something holds, not that it does not.
const CONDITION_OPENERS: &str = "if unless long provided providing wenn falls sofern если";

/// Whether word `i` of `side` stands in a condition's clause: a word of [`CONDITION_OPENERS`]
/// comes before it with no clause break between.
fn in_condition(side: &Side, i: usize) -> bool {
    let mut w = i;
    while w > 0 && !side.clause_break_before(w) {
        w -= 1;
        if lexicon::one_of(&side.words[w].norm, CONDITION_OPENERS) {
            return true;
        }
    }
    false
}

/// Whether `described` credits its sources by description only ("the prime minister") and
/// either side's account writes that description as the title of a name that `named` credits
/// ("Prime Minister Shinzo Abe" for "Abe").
fn titles_either(
    described: &Side,
    described_sources: &[(Range<usize>, Vec<usize>)],
    named: &Side,
    named_sources: &[(Range<usize>, Vec<usize>)],
) -> bool {
    let mut title = String::new();
    for &i in described_sources.iter().flat_map(|(_, words)| words) {
        let word = described.words[i];
        if word.is_name() {
            return false;
        }
        if word.content {
            title.push_str(&word.norm);
            title.push(' ');
        }
    }
    if title.is_empty() {
        return false;
    }
    // Both accounts in lower case, once for all the names.
    let texts = [case::lower(described.text), case::lower(named.text)];
    // A name opening its sentence is capitalised but not marked a name.
    named_sources.iter().flat_map(|(_, words)| words).any(|&i| {
        let name = named.words[i];
        named.text[name.range.clone()].starts_with(char::is_uppercase)
            && texts.iter().any(|lower| writes_title(lower, &title, &name.norm))
    })
}

fn norms<'i>(side: &Side, indices: impl IntoIterator<Item = &'i usize>) -> Vec<String> {
    indices.into_iter().map(|&i| side.words[i].norm.clone()).collect()
}

/// Whether negation `i` of `side` negates something `against` affirms: a content word it
/// governs ("did not *resolve* the *row*"), the subject right before it ("the *cause* was not yet
/// known"), or the stem of an "un-" word ("*un*resolved") is a concept `against` has and does
/// not negate too ([`negates_too`]), and `against` does not put it the other way round with a
/// verb of stopping ("agreed not to target" = "agreed to halt strikes").
fn negates_shared(side: &Side, i: usize, against: &Side) -> bool {
    let word = side.words[i];
    let shared = |t: &Token| !against.lacks(t);
    let un_word = word
        .norm
        .strip_prefix("un")
        .filter(|_| !lexicon::is_negation_word(&word.norm) && !word.norm.ends_with("n't"));
    let negated_shared = match un_word {
        Some(rest) => against.concepts.contains(lexicon::concept(&lexicon::stem(rest))),
        None => {
            // "no" and "kein" negate the noun phrase they open ("no visible reaction"), not what
            // it is a reaction to; "not" governs a few words on ("did not resolve the row").
            let determiner = lexicon::one_of(&word.norm, NEGATING_DETERMINERS);
            // "not" reaches to its clause's end ("not to be able to deliver, blaming the herd"), a
            // determiner to its noun phrase's.
            let mut reach = i + 1;
            while reach < side.words.len()
                && !side.clause_break_before(reach)
                && (!determiner || side.words[reach].content)
            {
                reach += 1;
            }
            let mut governed = side.words[i + 1..reach]
                .iter()
                .filter(|t| t.content && !lexicon::is_negation(&t.norm))
                .take(NEGATION_SCOPE_WORDS);
            let subject =
                side.words[i.saturating_sub(NEGATION_SUBJECT_WORDS)..i].iter().rev().find(|t| t.content);
            // "no survivors": a negating determiner negates its noun phrase, not the subject.
            let affirmed = |t: &Token| shared(t) && !negates_too(against, &t.concept);
            // A negation negates a predicate, not the name of who or what it bears on.
            governed.any(|t| !t.is_name() && affirmed(t))
                || (!determiner && subject.is_some_and(|t| affirmed(t)))
        }
    };
    negated_shared && !against.concepts.iter().any(|c| lexicon::is_stopping_concept(c))
}

/// Whether `against` negates a word of `concept` too: a negation stands among the
/// [`NEGATION_SCOPE_WORDS`] words before one of its words of that concept, which it governs
/// ("convene without delay" in both), or after it, which is its subject ("the gear failed to
/// deploy" against "the gear did not deploy").
fn negates_too(against: &Side, concept: &str) -> bool {
    (0..against.words.len()).any(|j| {
        let near =
            j.saturating_sub(NEGATION_SCOPE_WORDS)..(j + NEGATION_SCOPE_WORDS).min(against.words.len());
        against.words[j].concept == concept && against.negated[near].contains(&true)
    })
}

/// Whether words `inserted` of `side`, a conjunction with perhaps a word or two, list what
/// `against` lists at word `at` too: only the conjunction, where `against` separates the items
/// with a comma ("homicide, two counts" and "homicide and two counts"), or with words `against`
/// has elsewhere in its list ("Iran, Venezuela and Libya" against "Iran, Libya and Venezuela").
fn same_list(side: &Side, inserted: &Range<usize>, against: &Side, at: usize) -> bool {
    let mut items = 0;
    for i in inserted.clone() {
        if side.words[i].content {
            if against.lacks(side.words[i]) {
                return false;
            }
            items += 1;
        }
    }
    items > 0 || at > 0 && at < against.words.len() && against.between(at).contains(',')
}

/// Whether time qualifier `i` of `side` bears on what both sides tell in a way `against` leaves
/// open. "Temporary closure for 24 hours" against "a 24-hour shutdown": where the qualifier's
/// sentence and the other side both state a length, "temporary" says nothing the other leaves
/// out (the fact sheet compares the lengths).
fn bears_on_open_length(side: &Side, i: usize, against: &Side) -> bool {
    let states_length = |sentence: &AnalysedSentence| {
        sentence.quantities.iter().any(|q| q.kind == quantity::QuantityKind::Duration)
    };
    let bounded_alike = is_temporary(side, i)
        && side.sentences.iter().any(|(sentence, index)| index.contains(&Some(i)) && states_length(sentence))
        && against.sentences.iter().any(|(sentence, _)| states_length(sentence));
    !bounded_alike && bears_on_shared_claim(side, i, against)
}

/// Whether word `i` of `side` (a qualifier) bears on what both sides tell: one of the
/// `QUALIFIER_REACH` content words after it in its clause, which it qualifies ("a *temporary*
/// halt in strikes", "*some* military aid", "*hopes* to get a ceasefire"; not "*temporary*,
/// giving the Fed room"), is an ordinary word (not a name, not itself a hedge) that `against`
/// has too. A qualifier of a claim only one side makes ("temporarily cut off aid" in a
/// sentence whose counterpart tells only of the meeting before) is an omission, not a divergence.
fn bears_on_shared_claim(side: &Side, i: usize, against: &Side) -> bool {
    qualified_words(side, i).any(|w| !side.words[w].is_name() && !against.lacks(side.words[w]))
}

/// The content words qualifier `i` of `side` qualifies: the first `QUALIFIER_REACH` after it in
/// its clause that are no hedges.
fn qualified_words<'s>(side: &'s Side, i: usize) -> impl Iterator<Item = usize> + 's {
    let reach = knob("QUALIFIER_REACH", QUALIFIER_REACH as f64) as usize;
    let phrase_end =
        (i + 1..side.words.len()).find(|&w| side.clause_break_before(w)).unwrap_or(side.words.len());
    (i + 1..phrase_end).filter(|&w| side.words[w].content && !side.hedged[w]).take(reach)
}

/// Whether scope word `i` of `side` bears on what both sides tell in a way `against` leaves
/// open: a word of the noun phrase it opens stands in `against` as an ordinary word (no name:
/// "all counties" is not about "Sharkey County"), and `against` counts none of them. "All the
/// 14 coaches" against "fourteen coaches", "most passengers" against "173 of the 175
/// passengers" and "several chances" against "a series of chances" give one scope in two ways;
/// the numbers are the fact sheet's to compare.
fn bears_on_unquantified(side: &Side, i: usize, against: &Side) -> bool {
    let counted = |j: usize| {
        (j.saturating_sub(QUANTIFIER_REACH)..j).any(|k| {
            quantity::is_number(against.words[k])
                || lexicon::counts_vaguely(&against.words[k].norm, &against.words[k + 1].norm)
        })
    };
    // The noun phrase it opens ("all the *14 coaches* of the train", "most of the *passengers*"),
    // past the function words before it; "all 14": a number gives the scope itself.
    let mut w = i + 1;
    while w < side.words.len() && !side.words[w].content {
        w += 1;
    }
    let start = w;
    let mut bears = false;
    while w < side.words.len()
        && w < start + QUALIFIER_REACH
        && side.words[w].content
        && (w == start || !side.clause_break_before(w))
    {
        // Whether `against` has the word as an ordinary word, and whether it counts it there.
        let ours = side.words[w];
        w += 1;
        if ours.is_name() || quantity::is_number(ours) {
            continue;
        }
        for (j, theirs) in against.words.iter().enumerate() {
            let same = theirs.concept == ours.concept || ours.senses.synonymous(theirs.senses);
            if same && !theirs.is_name() {
                if counted(j) {
                    return false;
                }
                bears = true;
            }
        }
    }
    bears
}

/// A test of word `i` of a side's words.
type WordTest = fn(&Side, usize) -> bool;

/// A test of whether word `i` of a side bears on what both sides tell (the side, `i`, the other
/// side).
type Bearing = fn(&Side, usize, &Side) -> bool;

/// The first word of `side` passing `test` and `changed` whose concept no word of `against`
/// has (so "lasting" answers "permanent").
fn first_unmatched(
    side: &Side,
    against: &Side,
    test: WordTest,
    changed: impl Fn(usize) -> bool,
) -> Option<usize> {
    let theirs: FastSet<&str> = against.words.iter().map(|t| t.concept.as_str()).collect();
    (0..side.words.len())
        .find(|&i| test(side, i) && changed(i) && !theirs.contains(side.words[i].concept.as_str()))
}
