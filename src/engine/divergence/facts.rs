//! Numbers, durations and dates between every pair of members: facts of the same slot, paired
//! best first, with the fact sheet's verdict.

use std::ops::Range;

use super::super::facts::extract::{self, Fact, Value};
use super::super::facts::{slots, verdict};
use super::super::model::{Divergence, DivergenceType, FactKind, FactVerdict, Span};
use super::super::quantity::{Bound, QuantityKind};
use super::super::sorting;
use super::super::word_alignment::Side;
use super::excerpt;
use super::features::word_range;

/// The number, duration and date divergences between two members (any two, not only the
/// reference and another). Facts of the same slot are paired best first: values that agree,
/// then slots that share their event or counted noun, then durations in the same unit; a pair
/// with none of these links (two durations of unknown events in different units) is never a
/// conflict, nor is one of several equally good candidates (which pairs with which is unknown).
pub fn find_facts(a: &Side, ours: &[SideFact], b: &Side, theirs: &[SideFact]) -> Vec<Divergence> {
    let mut scored: Vec<(usize, usize, usize)> = Vec::new();
    for (i, (fact, _)) in ours.iter().enumerate() {
        for (k, (other, _)) in theirs.iter().enumerate() {
            // "at least 21 people" of the whole storm, "at least five … in Arkansas" of a part.
            let part_and_whole =
                || slots::one_place(fact, other) && verdict(fact, other).0 == FactVerdict::Conflicting;
            if slots::same_slot(fact, other) && !part_and_whole() {
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
