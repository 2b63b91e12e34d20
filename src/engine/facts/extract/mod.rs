//! Each account's facts, read from its analysed sentences: quantities (counts, money,
//! percentages) with what they count, durations with the event they measure, dates and times of
//! day with the content words of their clause as their event, and quotes with their speaker.
//!
//! Every fact also carries its context (the content words of its sentence besides its own) and
//! its occasion (the day its sentence, or one of the two before, names), which [`super::slots`]
//! uses to tell apart two facts of one kind.
//!
//! Layout, data flowing one way (each module imports only modules listed after it):
//! - this module: the entry points, every fact of an account ([`account_facts`]) and of one
//!   sentence alone ([`sentence_facts`]), and what a fact takes from its sentence (context
//!   words, names, occasion);
//! - `amounts`: the slot of a quantity (what a count, a sum or a share is of) and what an
//!   amount measures;
//! - `durations`: the event a duration measures;
//! - `fact`: the [`Fact`] type and its [`Value`];
//! - `quotes`: quotes and their speakers;
//! - `days`: days, dates and times of day, and whether a date dates a statement;
//! - `words`: how a token is written and the concept it stands for, shared by all.

mod amounts;
mod days;
mod durations;
mod fact;
mod quotes;
mod words;

use std::ops::Range;

use crate::engine::analyse::{AnalysedAccount, AnalysedSentence, Token, TokenKind};
use crate::engine::eras::{token_eras, Era};
use crate::engine::lexicon;
use crate::engine::model::FactKind;
use crate::engine::quantity::QuantityKind;
use crate::engine::sorting::sort_values;
use amounts::{amount_slot, count_period, count_place, measured};
use days::{follows_speech_verb, sentence_days};
use quotes::{quote_fact, speaker_slot, written_names};
use words::concept_of;

pub(super) use amounts::{counts_a_condition, grades_a_condition};
pub use days::Day;
pub use fact::{Fact, Value};
pub use quotes::Quote;

/// Sentences before a fact searched for the day it belongs to.
const OCCASION_SENTENCES: usize = 2;

/// Every fact of one account (index `account`), in reading order.
pub fn account_facts(account: &AnalysedAccount, index: usize) -> Vec<Fact> {
    let account_names = written_names(account);
    let mut days: Vec<Vec<(Range<usize>, Day)>> = Vec::with_capacity(account.sentences.len());
    for s in &account.sentences {
        days.push(sentence_days(&account.text, &s.tokens));
    }
    let first_day = |j: usize| days[j].first().map(|(_, d)| *d);
    let mut facts = Vec::new();
    for (i, sentence) in account.sentences.iter().enumerate() {
        let own = first_day(i);
        let mut occasion = own;
        for j in (i.saturating_sub(OCCASION_SENTENCES)..i).rev() {
            occasion = occasion.or_else(|| first_day(j));
        }
        let has_facts = !sentence.quantities.is_empty() || !days[i].is_empty() || !sentence.quotes.is_empty();
        // The sentence's context words, worked out once for all its facts.
        let mut candidates: Vec<(usize, String)> = Vec::new();
        if has_facts {
            for t in context_words(sentence, &(0..sentence.tokens.len()), &(0..0)) {
                candidates.push((t, concept_of(&sentence.tokens[t])));
            }
        }
        let names = if has_facts { sentence_names(&sentence.tokens) } else { Vec::new() };
        let eras = if has_facts { token_eras(&sentence.tokens) } else { Vec::new() };
        let base = |kind, tokens: Range<usize>, value, slot: Vec<String>, slot_words: Vec<String>| Fact {
            era: eras.get(tokens.start).copied().unwrap_or_default(),
            kind,
            account: index,
            sentence: i,
            context: context(&candidates, &tokens),
            measure: None,
            tokens,
            value,
            slot,
            slot_words,
            occasion,
            dated_here: own.is_some(),
            names: names.clone(),
            place: None,
            period: None,
            claim: None,
            dates_a_statement: false,
        };
        for q in &sentence.quantities {
            let previous = i.checked_sub(1).and_then(|p| account.sentences.get(p));
            if let Some((kind, slot, words)) = amount_slot(sentence, previous, q) {
                let place = count_place(&sentence.tokens, q);
                let measure = match q.kind {
                    QuantityKind::Money | QuantityKind::Percent => measured(&candidates, q, &sentence.tokens),
                    _ => None,
                };
                facts.push(Fact {
                    place,
                    period: count_period(&sentence.tokens, q),
                    measure,
                    ..base(kind, q.tokens.clone(), Value::Amount(q.clone()), slot, words)
                });
            }
        }
        for (range, day) in &days[i] {
            let mut named: Vec<(String, String)> = Vec::new();
            for t in context_words(sentence, &near(range, sentence.tokens.len()), range) {
                named.push((concept_of(&sentence.tokens[t]), sentence.tokens[t].norm.clone()));
            }
            // Sorted by concept (for a linear-time comparison), each concept once.
            sort_values(&mut named);
            named.dedup_by(|a, b| a.0 == b.0);
            let (mut slot, mut written) = (Vec::new(), Vec::new());
            for (concept, word) in named {
                slot.push(concept);
                written.push(word);
            }
            facts.push(Fact {
                dates_a_statement: follows_speech_verb(&sentence.tokens, range.start),
                ..base(FactKind::Date, range.clone(), Value::Date(*day), slot, written)
            });
        }
        for range in &sentence.quotes {
            if let Some(quote) = quote_fact(account, &account_names, i, range.clone()) {
                let (slot, words) = speaker_slot(&quote.speaker);
                facts.push(base(FactKind::Quote, range.clone(), Value::Quote(quote), slot, words));
            }
        }
    }
    facts
}

/// The facts of one sentence alone (no occasion, no speaker from other sentences, no context):
/// what claim groups compare.
pub fn sentence_facts(text: &str, sentence: &AnalysedSentence) -> Vec<Fact> {
    let mut facts = Vec::new();
    let names = if sentence.quantities.is_empty() { Vec::new() } else { sentence_names(&sentence.tokens) };
    for q in &sentence.quantities {
        let in_group = match q.kind {
            // Inside a claim group the claim is the slot: a duration needs no event there.
            QuantityKind::Duration => {
                amount_slot(sentence, None, q).or_else(|| Some((FactKind::Duration, Vec::new(), Vec::new())))
            }
            _ => amount_slot(sentence, None, q),
        };
        if let Some((kind, slot, words)) = in_group {
            facts.push(Fact {
                kind,
                account: 0,
                sentence: 0,
                context: Vec::new(),
                measure: None,
                tokens: q.tokens.clone(),
                value: Value::Amount(q.clone()),
                slot,
                slot_words: words,
                occasion: None,
                dated_here: false,
                names: names.clone(),
                place: count_place(&sentence.tokens, q),
                period: count_period(&sentence.tokens, q),
                claim: None,
                dates_a_statement: false,
                era: Era::Reported,
            });
        }
    }
    for (range, day) in sentence_days(text, &sentence.tokens) {
        facts.push(Fact {
            kind: FactKind::Date,
            account: 0,
            sentence: 0,
            context: Vec::new(),
            measure: None,
            tokens: range,
            value: Value::Date(day),
            slot: Vec::new(),
            slot_words: Vec::new(),
            occasion: Some(day),
            dated_here: true,
            names: Vec::new(),
            place: None,
            period: None,
            claim: None,
            dates_a_statement: false,
            era: Era::Reported,
        });
    }
    facts
}

/// The capitalised words of a sentence after its first word, but for names of days and months,
/// sorted, each once.
fn sentence_names(tokens: &[Token]) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let words = tokens.iter().filter(|t| t.kind == TokenKind::Word);
    for t in words.skip(1).filter(|t| t.is_name()) {
        if lexicon::weekday_of(&t.norm).is_none() && lexicon::month_of(&t.norm).is_none() {
            names.push(t.norm.clone());
        }
    }
    sort_values(&mut names);
    names.dedup();
    names
}

/// Tokens on each side of a fact whose words are its context: every word of a sentence as
/// news writes them, but a bound on a sentence that is a whole pasted page, whose facts would
/// each read all of it.
const CONTEXT_REACH: usize = 80;

/// The tokens within [`CONTEXT_REACH`] of the fact at `own` in a sentence of `len` tokens.
fn near(own: &Range<usize>, len: usize) -> Range<usize> {
    own.start.saturating_sub(CONTEXT_REACH)..own.end.saturating_add(CONTEXT_REACH).min(len)
}

/// Token indices of the sentence's content words in `within` and outside `own`: no names,
/// numbers, dates, units or speech verbs.
fn context_words(sentence: &AnalysedSentence, within: &Range<usize>, own: &Range<usize>) -> Vec<usize> {
    let mut words = Vec::new();
    for (i, t) in sentence.tokens.iter().enumerate().take(within.end).skip(within.start) {
        let context = !own.contains(&i)
            && t.kind == TokenKind::Word
            && t.content
            && (!t.is_name() || lexicon::event_concept(&t.norm).is_some())
            && !lexicon::is_speech_verb(&t.norm)
            && !lexicon::is_time_word(&t.norm)
            && lexicon::weekday_of(&t.norm).is_none()
            && lexicon::month_of(&t.norm).is_none()
            && lexicon::number_word(&t.norm).is_none()
            && lexicon::duration_unit(&t.norm).is_none();
        if context {
            words.push(i);
        }
    }
    words
}

/// The concepts of the context words (`candidates`, in token order) near a fact at `own`,
/// sorted, each once.
fn context(candidates: &[(usize, String)], own: &Range<usize>) -> Vec<String> {
    let within = near(own, usize::MAX);
    let first = candidates.partition_point(|(t, _)| *t < within.start);
    let end = candidates.partition_point(|(t, _)| *t < within.end);
    let mut concepts: Vec<String> = Vec::new();
    for (t, c) in &candidates[first..end] {
        if !own.contains(t) {
            concepts.push(c.clone());
        }
    }
    sort_values(&mut concepts);
    concepts.dedup();
    concepts
}
