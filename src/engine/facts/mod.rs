//! The fact sheet: every quantity, duration, date and quote of every account, lined up across
//! the accounts by slot, whatever claim groups their sentences are in; the groups only add that
//! a duration alone in its sentence is of the same event as one alone in a sentence of its claim
//! ("searched the mud for 90 minutes", "rescuers worked for 1.5 hours").
//!
//! - [`extract`] reads each account's facts from the analysed sentences: quantities with what
//!   they count, durations with the event they measure, dates with their occasion, quotes with
//!   their speaker;
//! - [`slots`] decides whether two facts fill the same slot (the prisoners exchanged, the length
//!   of the call) and names the slot;
//! - [`bounds`] says what a bounded value admits and gives the verdict between two values;
//! - this module builds the rows: facts joined by slot, a verdict for every pair of accounts
//!   and for the row, one line of explanation each.
//!
//! Claim groups' number and time divergences (`divergence`) use [`slots`] and [`bounds`] too,
//! so a group and the fact sheet never disagree on what conflicts.
//! Offsets here are bytes; `compare` converts them to chars.

pub mod bounds;
pub mod extract;
pub mod slots;

use super::analyse::AnalysedAccount;
use super::claims::Claims;
use super::model::{DiffToken, WordOp};
use super::model::{FactKind, FactPair, FactRow, FactValue, FactVerdict};
use super::quantity::Quantity;
use super::sorting::{sort_by, sort_values};
use super::worddiff::word_diff;
use extract::{Fact, Quote, Value};

/// The fact sheet of analysed accounts: rows sorted conflicting first, then in the reading order
/// of the reference account (then the others). Values' offsets are bytes.
///
/// A row holds at most one value per account. Its verdict is the worst of its pairs' verdicts
/// (`conflicting`, then `compatible`, then `same`) when two or more accounts report the fact,
/// and `partial` when only one does: there is nothing to compare it with. A date that only one
/// account gives is left out (every sentence has one); every other fact of one account is a
/// `partial` row. `claims` gives each sentence's claim group: the durations of one claim
/// share a row even when they name their event differently.
pub fn fact_sheet(accounts: &[AnalysedAccount], reference: usize, claims: &Claims) -> Vec<FactRow> {
    let mut facts: Vec<Fact> = Vec::new();
    if let Some(account) = accounts.get(reference) {
        facts.append(&mut extract::account_facts(account, reference));
    }
    for (a, account) in accounts.iter().enumerate() {
        if a != reference {
            facts.append(&mut extract::account_facts(account, a));
        }
    }
    mark_lone_durations_and_dates(&mut facts, claims);
    let mut built: Vec<(FactRow, usize)> = Vec::new();
    for (position, members) in join(&facts).into_iter().enumerate() {
        if members.len() < 2 && facts[members[0]].kind == FactKind::Date {
            continue;
        }
        let mut row: Vec<&Fact> = members.iter().map(|&i| &facts[i]).collect();
        let label = slots::label(&row);
        sort_by(&mut row, |a, b| a.account.cmp(&b.account));
        built.push((build_row(accounts, &row, label), position));
    }
    sort_by(&mut built, |(a, pa), (b, pb)| a.verdict.cmp(&b.verdict).then(pa.cmp(pb)));
    let mut rows = Vec::with_capacity(built.len());
    for (row, _) in built {
        rows.push(row);
    }
    rows
}

/// Gives each duration, and each date of an event (not of a statement: "officials said on
/// Monday"), that is the only one of its kind in its sentence the claim group of that sentence. An account's facts come sentence by sentence, so each
/// sentence's are one run.
fn mark_lone_durations_and_dates(facts: &mut [Fact], claims: &Claims) {
    for sentence in facts.chunk_by_mut(|a, b| a.account == b.account && a.sentence == b.sentence) {
        for kind in [FactKind::Duration, FactKind::Date] {
            let mut of_kind = sentence.iter_mut().filter(|f| f.kind == kind && !f.dates_a_statement);
            if let (Some(lone), None) = (of_kind.next(), of_kind.next()) {
                lone.claim = claims.of((lone.account, lone.sentence));
            }
        }
    }
}

/// Rows of one key looked at for a new fact: bounds the cost on long texts that repeat a slot.
const ROWS_PER_KEY: usize = 16;

/// Facts joined into rows (indices into `facts`), in the order of their first fact. Candidate
/// rows come from an index of slot keys (a fact can only join a row sharing one), so the cost
/// grows with the facts, not with their pairs. The index is a list sorted by key, searched by
/// bisection: no hash table of its own in the wasm bundle.
fn join(facts: &[Fact]) -> Vec<Vec<usize>> {
    let mut rows: Vec<Vec<usize>> = Vec::new();
    let mut index: Vec<(String, Vec<usize>)> = Vec::new();
    for (i, fact) in facts.iter().enumerate() {
        let keys = slots::keys(fact);
        let mut candidates: Vec<usize> = Vec::new();
        for key in &keys {
            if let Ok(at) = find_key(&index, key) {
                let bucket = &index[at].1;
                candidates.extend_from_slice(&bucket[bucket.len().saturating_sub(ROWS_PER_KEY)..]);
            }
        }
        sort_values(&mut candidates);
        candidates.dedup();
        // A repeat of a value the account already gave for this slot.
        let repeat = candidates.iter().any(|&r| {
            rows[r].iter().any(|&m| {
                let other = &facts[m];
                other.account == fact.account && slots::same_slot(other, fact) && same_value(other, fact)
            })
        });
        if repeat {
            continue;
        }
        let best = best_row(facts, &rows, &candidates, fact);
        let r = match best {
            Some(r) => {
                rows[r].push(i);
                r
            }
            None => {
                rows.push(vec![i]);
                rows.len() - 1
            }
        };
        for key in keys {
            let at = find_key(&index, &key).unwrap_or_else(|at| {
                index.insert(at, (key, Vec::new()));
                at
            });
            let bucket = &mut index[at].1;
            if bucket.last() != Some(&r) {
                bucket.push(r);
            }
        }
    }
    rows
}

/// Where `key` is in the sorted index, or where it would go.
fn find_key(index: &[(String, Vec<usize>)], key: &str) -> Result<usize, usize> {
    index.binary_search_by(|(k, _)| k.as_str().cmp(key))
}

/// The candidate row `fact` fits best: one whose values it agrees with before one it would
/// conflict with (two amounts in one sentence are often given in another order elsewhere),
/// then one whose facts measure what it measures, then the most context words (the first of
/// them when several tie; `candidates` are sorted).
fn best_row(facts: &[Fact], rows: &[Vec<usize>], candidates: &[usize], fact: &Fact) -> Option<usize> {
    let mut best: Option<((bool, usize, usize), usize)> = None;
    for &r in candidates {
        let row = &rows[r];
        let open = row.iter().all(|&m| facts[m].account != fact.account && slots::same_slot(&facts[m], fact));
        if !open || !fits(facts, row, fact) {
            continue;
        }
        let agrees = row.iter().all(|&m| verdict(&facts[m], fact).0 != FactVerdict::Conflicting);
        let (mut measures, mut context) = (0, 0);
        for &m in row {
            measures += usize::from(fact.measure.is_some() && facts[m].measure == fact.measure);
            context += slots::shared(&facts[m].context, &fact.context);
        }
        let score = (agrees, measures, context);
        if best.is_none_or(|(most, _)| score > most) {
            best = Some((score, r));
        }
    }
    best.map(|(_, r)| r)
}

/// Whether `fact` may join `row`: it may join at least one member by [`slots::may_join`], and
/// every member it conflicts with is linked to it directly or through a member both are linked
/// to (a conflict needs a chain of the stronger links, not the slot alone).
fn fits(facts: &[Fact], row: &[usize], fact: &Fact) -> bool {
    let joins: Vec<bool> = row.iter().map(|&m| slots::may_join(&facts[m], fact)).collect();
    if !joins.contains(&true) {
        return false;
    }
    for (&m, &joined) in row.iter().zip(&joins) {
        if joined || verdict(&facts[m], fact).0 != FactVerdict::Conflicting {
            continue;
        }
        let linked =
            row.iter().zip(&joins).any(|(&k, &j)| j && k != m && slots::may_join(&facts[k], &facts[m]));
        if !linked {
            return false;
        }
    }
    occasions_agree(facts, row, fact)
}

/// Durations and dates of different days may be of different occasions (a call on Tuesday, a
/// call on Wednesday): such values are not set against each other as a conflict, unless each
/// is the only one of its kind in a sentence of one claim group ("the plant closed on April
/// 27" and "… on April 26"). Values that agree may share a row whatever their days.
fn occasions_agree(facts: &[Fact], row: &[usize], fact: &Fact) -> bool {
    if !matches!(fact.kind, FactKind::Duration | FactKind::Date) {
        return true;
    }
    row.iter().all(|&m| {
        let other = &facts[m];
        let different_days = matches!((other.occasion, fact.occasion), (Some(a), Some(b)) if a.differs(&b));
        let one_claim = fact.claim.is_some() && other.claim == fact.claim;
        !different_days || one_claim || verdict(other, fact).0 != FactVerdict::Conflicting
    })
}

fn same_value(a: &Fact, b: &Fact) -> bool {
    match (&a.value, &b.value) {
        (Value::Quote(x), Value::Quote(y)) => x.norms == y.norms,
        _ => verdict(a, b).0 == FactVerdict::Same,
    }
}

/// The verdict between two values of one slot, and why.
pub fn verdict(a: &Fact, b: &Fact) -> (FactVerdict, String) {
    match (&a.value, &b.value) {
        (Value::Amount(x), Value::Amount(y)) if one_sides_count(a, x, b, y) => bounds::relate_per_side(x, y),
        (Value::Amount(x), Value::Amount(y)) => bounds::relate(x, y),
        (Value::Date(x), Value::Date(y)) => {
            let (dx, dy) = (x.describe(), y.describe());
            if x.differs(y) {
                (FactVerdict::Conflicting, format!("{dx} ≠ {dy}"))
            } else if x == y {
                (FactVerdict::Same, format!("both give {dx}"))
            } else {
                let why = format!("{dx} and {dy} name the day differently but do not contradict each other");
                (FactVerdict::Compatible, why)
            }
        }
        (Value::Quote(x), Value::Quote(y)) => quote_verdict(x, y),
        _ => (FactVerdict::Compatible, "different kinds of value".to_string()),
    }
}

/// Whether a plain count is of one of the parties a per-party count is of: it names some of
/// the per-party count's names and no other ("90 households in each of Brenn and Ostvik" and
/// "180 households in Brenn": Brenn's count, not the total).
fn one_sides_count(a: &Fact, x: &Quantity, b: &Fact, y: &Quantity) -> bool {
    let (each, plain) = match (x.each, y.each) {
        (true, false) => (a, b),
        (false, true) => (b, a),
        _ => return false,
    };
    !plain.names.is_empty()
        && plain.names.len() < each.names.len()
        && plain.names.iter().all(|n| each.names.contains(n))
}

fn quote_verdict(a: &Quote, b: &Quote) -> (FactVerdict, String) {
    if a.norms == b.norms {
        return (FactVerdict::Same, "the same words".to_string());
    }
    let contains = |long: &[String], short: &[String]| {
        !short.is_empty() && long.windows(short.len()).any(|w| w == short)
    };
    if contains(&a.norms, &b.norms) || contains(&b.norms, &a.norms) {
        return (FactVerdict::Compatible, "one quotes a shorter part of the other's words".to_string());
    }
    if a.negated != b.negated {
        return (FactVerdict::Conflicting, "only one wording negates: they say opposite things".to_string());
    }
    if !a.numbers.is_empty() && !b.numbers.is_empty() && a.numbers != b.numbers {
        return (
            FactVerdict::Conflicting,
            format!("the quoted numbers differ: {} vs {}", a.numbers.join(", "), b.numbers.join(", ")),
        );
    }
    // Each word of either quote is one of the other's or a synonym of one.
    if slots::unmatched_concepts(a, b, true) == 0 && slots::unmatched_concepts(b, a, true) == 0 {
        return (FactVerdict::Compatible, "the same quote, worded with synonyms".to_string());
    }
    (
        FactVerdict::Compatible,
        "the same quote in other words (a translation or a paraphrase): see the word diff".to_string(),
    )
}

fn build_row(accounts: &[AnalysedAccount], row: &[&Fact], slot: String) -> FactRow {
    let name = |a: usize| accounts.get(a).map_or_else(String::new, |acc| acc.name(a));
    let values: Vec<FactValue> = row.iter().map(|f| value_of(accounts, f)).collect();
    let mut pairs = Vec::new();
    let mut notes = Vec::new();
    for (i, a) in row.iter().enumerate() {
        for b in &row[i + 1..] {
            let (verdict, why) = verdict(a, b);
            let mut explanation = format!(
                "{} {} vs {} {}: {why}",
                name(a.account),
                values[i].value,
                name(b.account),
                value_text(&values, b)
            );
            if verdict == FactVerdict::Conflicting && a.kind == FactKind::Quantity {
                if let Some(note) = change_over_time(a, b) {
                    explanation.push_str("; ");
                    explanation.push_str(&note);
                    notes.push(note);
                }
            }
            pairs.push(FactPair { a: a.account, b: b.account, verdict, explanation });
        }
    }
    let verdict = pairs.iter().map(|p| p.verdict).min().unwrap_or(FactVerdict::Partial);
    let reporting = row.len();
    let silent = accounts.len().saturating_sub(reporting);
    let explanation = match verdict {
        FactVerdict::Partial => format!("Only {} reports it.", name(row[0].account)),
        FactVerdict::Same => {
            let value = values.first().map_or("", |v| v.value.as_str());
            let tail = match silent {
                0 => String::new(),
                1 => " (1 other account is silent)".to_string(),
                _ => format!(" ({silent} other accounts are silent)"),
            };
            format!("The {reporting} accounts that report it agree: {value}{tail}.")
        }
        worst => {
            let count = pairs.iter().filter(|p| p.verdict == worst).count();
            let first = pairs.iter().find(|p| p.verdict == worst).map_or("", |p| p.explanation.as_str());
            let more = if count > 1 { format!(" ({count} pairs {})", worst.as_str()) } else { String::new() };
            // The pair's explanation opens with an account's label, kept as the user wrote it.
            format!("{first}{more}.")
        }
    };
    let diff = match (row.first().map(|f| &f.value), row.get(1).map(|f| &f.value)) {
        (Some(Value::Quote(a)), Some(Value::Quote(b))) => quote_diff(a, b),
        _ => Vec::new(),
    };
    FactRow { kind: row[0].kind, slot, verdict, explanation, values, pairs, diff }
}

fn value_text<'a>(values: &'a [FactValue], fact: &Fact) -> &'a str {
    values.iter().find(|v| v.account == fact.account).map_or("", |v| v.value.as_str())
}

/// When two conflicting counts come from sentences dated differently, the note saying so.
fn change_over_time(a: &Fact, b: &Fact) -> Option<String> {
    let (x, y) = (a.occasion?, b.occasion?);
    (a.dated_here && b.dated_here && x.differs(&y)).then(|| {
        format!(
            "the texts date them differently ({} vs {}), so the value may have changed over time, but the accounts still disagree",
            x.describe(),
            y.describe()
        )
    })
}

fn value_of(accounts: &[AnalysedAccount], fact: &Fact) -> FactValue {
    let account = accounts.get(fact.account);
    let sentence = account.and_then(|a| a.sentences.get(fact.sentence));
    let tokens = sentence.map(|s| s.tokens.as_slice()).unwrap_or_default();
    let start = tokens.get(fact.tokens.start).map_or(0, |t| t.range.start);
    let end = fact.tokens.end.checked_sub(1).and_then(|i| tokens.get(i)).map_or(start, |t| t.range.end);
    let text = account.and_then(|a| a.text.get(start..end)).unwrap_or_default().to_string();
    FactValue { account: fact.account, sentence: fact.sentence, start, end, text, value: fact.describe() }
}

/// The word diff between two wordings of a quote, as runs of words.
fn quote_diff(a: &Quote, b: &Quote) -> Vec<DiffToken> {
    let old: Vec<&str> = a.norms.iter().map(String::as_str).collect();
    let new: Vec<&str> = b.norms.iter().map(String::as_str).collect();
    let mut tokens: Vec<DiffToken> = Vec::new();
    let mut push = |op: WordOp, words: &[String]| {
        if words.is_empty() {
            return;
        }
        let text = words.join(" ");
        match tokens.last_mut() {
            Some(last) if last.op == op => {
                last.text.push(' ');
                last.text.push_str(&text);
            }
            _ => tokens.push(DiffToken { op, text }),
        }
    };
    for op in word_diff(&old, &new) {
        let (o, n) = (op.old_range(), op.new_range());
        match op {
            similar::DiffOp::Equal { .. } => push(WordOp::Same, &a.words[o]),
            _ => {
                push(WordOp::Removed, &a.words[o]);
                push(WordOp::Added, &b.words[n]);
            }
        }
    }
    tokens
}
