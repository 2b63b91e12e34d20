//! Whether two facts fill the same slot, and the slot's name for a reader.
//!
//! A slot is what a value is of, never just its kind: a count is of its counted noun's concept
//! ("175 prisoners" and "372 POWs"; "two leaders" never meets "175 prisoners") and of the
//! condition it reports them in ("413 people dead" meets "the death toll rose to 413", never
//! "2,500 people injured"), in its place ("137 deaths in Mexico City" is not "73 deaths in
//! Morelos"), money of its
//! currency, a share of "percent", a duration of its event ("a 30-day ceasefire" and "a truce
//! for 30 days"), a date of its clause's content words, a quote of its speaker and words.
//!
//! Sharing a slot is necessary but, across accounts, not enough: two counts of prisoners in two
//! stories may be two different exchanges. [`may_join`] also asks that counts share a content
//! word of their sentences besides the number ("exchange", "swap"), or agree; that durations
//! that conflict do not belong to different days (a call on Tuesday and a call on Wednesday may
//! be two calls); that amounts are of one event (not one reported and one of an earlier year
//! the sentence recalls: "the 1985 quake killed 5,000"); and that quotes share
//! most of their words. Claim groups, whose sentences are already the same claim, use
//! [`same_slot`] alone.

use crate::engine::eras::Era;
use crate::engine::lexicon;
use crate::engine::model::{FactKind, FactVerdict};
use crate::engine::quantity::{Quantity, QuantityKind, AGE};
use crate::engine::similarity::trigram_dice;
use crate::engine::sorting::sort_values;
use crate::engine::synonyms::{self, Senses};

use super::bounds;
use super::extract::{self, Fact, Quote, Value};

/// Trigram similarity from which two speaker words are spellings of one name.
const SPEAKER_DICE: f64 = 0.6;
/// Share of the shorter quote's content words the other must share to be the same quote.
const QUOTE_SHARE: f64 = 0.5;
/// Content words two dates' clauses must share to be the date of one event.
const DATE_SHARED_WORDS: usize = 2;
/// Share of the smaller clause those shared words must make up.
const DATE_SHARE: f64 = 0.4;

/// Whether two facts are values of one slot.
pub fn same_slot(a: &Fact, b: &Fact) -> bool {
    if a.kind != b.kind {
        return false;
    }
    match (&a.value, &b.value) {
        (Value::Amount(x), Value::Amount(y)) => {
            x.kind == y.kind
                && match x.kind {
                    QuantityKind::Duration => {
                        let one_claim = a.claim.is_some() && a.claim == b.claim;
                        a.slot.is_empty() || b.slot.is_empty() || intersects(&a.slot, &b.slot) || one_claim
                    }
                    // "12 seriously injured" counts some of "25 injured": another slot.
                    QuantityKind::Count => {
                        same_count(count_of(a, x), count_of(b, y))
                            && !differ(a.place.as_deref(), b.place.as_deref())
                            && !differ(a.period, b.period)
                            && grade(a) == grade(b)
                    }
                    _ => a.slot.first() == b.slot.first() && !a.slot.is_empty(),
                }
        }
        (Value::Date(x), Value::Date(y)) => x.comparable(y) || x == y,
        (Value::Quote(x), Value::Quote(y)) => same_speaker(&a.slot, &b.slot) && same_quote(x, y),
        _ => false,
    }
}

/// The word grading a count's condition ("seriously" injured), if its slot has one.
fn grade(fact: &Fact) -> Option<&str> {
    fact.slot.iter().map(String::as_str).find(|w| extract::grades_a_condition(w))
}

/// Keys under which a fact may meet the facts of its slot: two facts of one slot always share
/// a key (the converse is [`same_slot`]'s to decide).
pub fn keys(fact: &Fact) -> Vec<String> {
    let kind = fact.kind.as_str();
    let mut keys = Vec::new();
    let mut key = |word: &str| keys.push(format!("{kind}:{word}"));
    match &fact.value {
        Value::Amount(q) if q.kind == QuantityKind::Duration => {
            if fact.slot.is_empty() {
                key("");
            }
            if let Some(claim) = fact.claim {
                key(&format!("claim {claim}"));
            }
            for c in &fact.slot {
                key(c);
                // Strong synonyms ("truce", "ceasefire") meet under a main sense they share.
                Senses::of(c).main_sets().for_each(|set| key(&format!("set {set}")));
            }
        }
        Value::Amount(q) if q.kind == QuantityKind::Count => {
            let (noun, state) = count_of(fact, q);
            noun.into_iter().chain(state).for_each(&mut key);
        }
        Value::Amount(q) => {
            // The kind by its number: the key only has to tell kinds apart.
            key(&format!("{}:{}", q.kind as u8, fact.slot.first().map_or("", String::as_str)));
        }
        Value::Date(day) => {
            if day.weekday.is_some() {
                key("weekday");
            }
            if day.month.is_some() {
                key("month");
            }
            if day.year.is_some() {
                key("year");
            }
            if day.minutes.is_some() {
                key("time");
            }
        }
        Value::Quote(q) => {
            // A quote's concepts are sorted, each once.
            for c in &q.concepts {
                key(c);
            }
            if q.concepts.is_empty() {
                key(&q.norms.join(" "));
            }
        }
    }
    keys
}

/// Whether two facts of different accounts belong in one fact row.
pub fn may_join(a: &Fact, b: &Fact) -> bool {
    if !same_slot(a, b) {
        return false;
    }
    let different_days = matches!((a.occasion, b.occasion), (Some(x), Some(y)) if x.differs(&y));
    match (&a.value, &b.value) {
        (Value::Amount(x), Value::Amount(y)) => match x.kind {
            _ if !one_event(a, b) => false,
            QuantityKind::Duration => !different_days || bounds::relate(x, y).0 != FactVerdict::Conflicting,
            kind => {
                let needed = if kind == QuantityKind::Count { 1 } else { 2 };
                let agree = bounds::relate(x, y).0 != FactVerdict::Conflicting;
                // Amounts and shares of different things ("revenue" and "iPhone sales",
                // "unemployment" and "inflation") are not set against each other.
                let measures_apart = differ(a.measure.as_deref(), b.measure.as_deref());
                // A count in some state ("41 people injured", "the number of injured", "eight
                // deaths") is not one of no state ("three people lost their lives") unless they
                // agree.
                let in_state = |f: &Fact| f.slot.iter().any(|s| lexicon::is_condition_concept(s));
                let one_state = kind == QuantityKind::Count && in_state(a) != in_state(b);
                // An age whose person is unknown ("a 29-year-old man") is not set against a
                // named person's ("Huber, 26") unless they agree: a story gives many ages.
                let one_person_unknown = x.unit == AGE && a.slot.len() != b.slot.len();
                agree
                    || (shared(&a.context, &b.context) >= needed
                        && !one_place(a, b)
                        && !measures_apart
                        && !one_state
                        && !one_person_unknown)
            }
        },
        (Value::Date(_), Value::Date(_)) => {
            let common = shared(&a.slot, &b.slot);
            let smaller = a.slot.len().min(b.slot.len()).max(1);
            common >= DATE_SHARED_WORDS && common as f64 >= DATE_SHARE * smaller as f64
        }
        (Value::Quote(_), Value::Quote(_)) => true,
        _ => false,
    }
}

/// Whether one of two amounts is told of one place and the other of none: a count in one place
/// is not a count of the whole unless they agree ("137 deaths in Mexico City" and "273 dead").
pub fn one_place(a: &Fact, b: &Fact) -> bool {
    a.place.is_some() != b.place.is_some()
}

/// Whether two amounts are of one event as their sentences date them: both of the reported
/// event, or both of one earlier year ("the 1985 quake"). Two amounts of earlier events with
/// no year ("a tremor two weeks ago") may be of two events. Even amounts that agree stay apart
/// otherwise: "at least 22 dead" today admits the 5,000 dead of 1985, but is no report of them.
fn one_event(a: &Fact, b: &Fact) -> bool {
    a.era == b.era && a.era != Era::Earlier
}

/// How many concepts two concept lists share (each counted once). Lists sorted without
/// repeats (contexts, dates' clauses) are compared in one merge; others pairwise.
pub fn shared(a: &[String], b: &[String]) -> usize {
    let strictly_sorted = |l: &[String]| l.windows(2).all(|w| w[0] < w[1]);
    if strictly_sorted(a) && strictly_sorted(b) {
        let (mut i, mut j, mut n) = (0, 0, 0);
        while i < a.len() && j < b.len() {
            match a[i].cmp(&b[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    n += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        return n;
    }
    let mut common: Vec<&String> = Vec::new();
    for c in a {
        if b.contains(c) {
            common.push(c);
        }
    }
    sort_values(&mut common);
    common.dedup();
    common.len()
}

/// What a count counts: its noun ("people"; none for "16 were hurt") and the state its
/// predicate gives them ("dead", "injured"; none for "175 prisoners from all sides").
fn count_of<'f>(fact: &'f Fact, q: &Quantity) -> (Option<&'f str>, Option<&'f str>) {
    let first = fact.slot.first().map(String::as_str);
    if extract::counts_a_condition(fact, q) {
        (None, first)
    } else {
        (first, fact.slot.get(1).map(String::as_str))
    }
}

/// Whether both name something and name different things.
fn differ(a: Option<&str>, b: Option<&str>) -> bool {
    matches!((a, b), (Some(x), Some(y)) if x != y)
}

/// Counts of one slot: nothing they both name differs (noun, state), and they share one of
/// them ("413 people dead" meets "the death toll rose to 413", not "2,500 people injured").
fn same_count(
    (noun_a, state_a): (Option<&str>, Option<&str>),
    (noun_b, state_b): (Option<&str>, Option<&str>),
) -> bool {
    let meet = |x: Option<&str>, y: Option<&str>| x.is_some() && x == y;
    !differ(noun_a, noun_b) && !differ(state_a, state_b) && (meet(noun_a, noun_b) || meet(state_a, state_b))
}

fn intersects(a: &[String], b: &[String]) -> bool {
    a.iter().any(|c| b.iter().any(|d| c == d || synonyms::strongly_synonymous(c, d)))
}

/// Speakers match when one is unknown, they share a name ("Zelensky", "Zelenskyy") or one is
/// the other's acronym ("ECB", "European Central Bank").
fn same_speaker(a: &[String], b: &[String]) -> bool {
    a.is_empty()
        || b.is_empty()
        || a.iter().any(|x| b.iter().any(|y| x == y || trigram_dice(x, y) >= SPEAKER_DICE))
        || lexicon::abbreviates_either(a, b)
}

/// Two quotations of the same words: most of the shorter one's content concepts are in the
/// other, or (short quotes) the same words. Between quotes of about one length (two renderings of
/// one quote) a synonym counts as the same word; a short quote is not matched to a much longer
/// one by synonyms alone ("trying" and "efforts").
pub fn same_quote(a: &Quote, b: &Quote) -> bool {
    if a.norms == b.norms {
        return true;
    }
    // A quote's concepts are sorted, each once: their number is that of distinct concepts.
    let (smaller, larger) = if a.concepts.len() <= b.concepts.len() { (a, b) } else { (b, a) };
    let renderings = larger.concepts.len() <= 2 * smaller.concepts.len();
    let common = smaller.concepts.len() - unmatched_concepts(smaller, larger, renderings);
    // A quote under half another's length is an excerpt of it, word for word ("convene without
    // delay"), or another quote of the same speaker on the same matter.
    let excerpt = || larger.norms.windows(smaller.norms.len().max(1)).any(|words| words == smaller.norms);
    smaller.concepts.len() >= 2
        && common >= 2
        && common as f64 >= QUOTE_SHARE * smaller.concepts.len() as f64
        && (renderings || excerpt())
}

/// How many of `a`'s content concepts `b` lacks: has neither as a concept nor (when
/// `synonyms` count) as a synonym.
pub fn unmatched_concepts(a: &Quote, b: &Quote, synonyms: bool) -> usize {
    let only_a: Vec<&String> = a.concepts.iter().filter(|c| b.concepts.binary_search(c).is_err()).collect();
    let synonym_in_b = |concept: &String| {
        synonyms
            && a.synonyms.iter().filter(|(c, _)| c == concept).any(|&(_, senses)| {
                b.synonyms
                    .iter()
                    .any(|&(ref c, other)| a.concepts.binary_search(c).is_err() && senses.synonymous(other))
            })
    };
    only_a.into_iter().filter(|c| !synonym_in_b(c)).count()
}

/// The slot's name for a reader, from the row's facts (the first one leading): a count's noun
/// ("prisoners"), "length of the call", "date: talks, ended", "quote: Kremlin".
pub fn label(facts: &[&Fact]) -> String {
    // A quote's row is named by a speaker one of its accounts names.
    let named = facts.iter().find(|f| matches!(&f.value, Value::Quote(q) if !q.speaker.is_empty()));
    let Some(first) = named.or(facts.first()) else { return String::new() };
    // The first fact's slot words that the second shares (all of them when it is alone).
    let mut shared: Vec<&str> = Vec::new();
    for (c, w) in first.slot.iter().zip(&first.slot_words) {
        if facts.get(1).is_none_or(|second| intersects(std::slice::from_ref(c), &second.slot)) {
            shared.push(w);
        }
    }
    let label = match (&first.value, first.kind) {
        (Value::Quote(q), _) if q.speaker.is_empty() => "quote: unknown speaker".to_string(),
        (Value::Quote(q), _) => {
            let mut speaker = q.speaker.as_str();
            while let Some(rest) = speaker.strip_prefix("the ") {
                speaker = rest;
            }
            format!("quote: {speaker}")
        }
        (Value::Date(_), _) => {
            format!("date: {}", shared[..shared.len().min(3)].join(", "))
        }
        (Value::Amount(_), FactKind::Duration) => match shared.as_slice() {
            // "length: sentenced", not "length of the sentenced".
            [word] if word.ends_with("ed") => format!("length: {word}"),
            [word] => format!("length of the {word}"),
            [] => format!("length: {}", first.slot_words.join(" ")),
            several => format!("length: {}", several.join(" ")),
        },
        (Value::Amount(_), _) => first.slot_words.join(" "),
    };
    // Amounts of an earlier event say so: "people killed (1985)" is no count of today's.
    match first.era {
        Era::Year(year) => format!("{label} ({year})"),
        Era::Earlier => format!("{label} (an earlier event)"),
        Era::Reported => label,
    }
}
