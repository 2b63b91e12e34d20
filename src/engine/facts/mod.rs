//! The fact sheet: every quantity, duration, date and quote of every account, lined up across
//! the accounts by slot, whatever claim groups their sentences are in; the groups only add that
//! a duration alone in its sentence is of the same event as one alone in a sentence of its claim
//! ("searched the mud for 90 minutes", "rescuers worked for 1.5 hours").
//!
//! - [`extract`] reads each account's facts from the analysed sentences: quantities with what
//!   they count, durations with the event they measure, dates with their occasion, quotes with
//!   their speaker. Its entry points and the facts' context are in `extract/mod.rs`; the slot
//!   of an amount in `amounts.rs`, a duration's event in `durations.rs`, the `Fact` type in
//!   `fact.rs`, quotes and speakers in `quotes.rs`, days and dates in `days.rs`, and how a
//!   token is written in `words.rs`, each importing only the ones after it in this list;
//! - [`slots`] decides whether two facts fill the same slot (the prisoners exchanged, the length
//!   of the call) and names the slot;
//! - [`bounds`] says what a bounded value admits and gives the verdict between two values;
//! - this module builds the rows: facts joined by slot (pair by pair, the best-fitting pair
//!   first, so the rows do not depend on the order of the accounts), a verdict for every pair
//!   of accounts and for the row, one line of explanation each.
//!
//! Claim groups' number and time divergences (`divergence`) use [`slots`] and [`bounds`] too,
//! so a group and the fact sheet never disagree on what conflicts.
//! Offsets here are bytes; `compare` converts them to chars.

pub mod bounds;
pub mod extract;
pub mod slots;

use super::analyse::AnalysedAccount;
use super::claims::Claims;
use super::hashing::fingerprint;
use super::model::{DiffToken, WordOp};
use super::model::{FactKind, FactPair, FactRow, FactValue, FactVerdict};
use super::quantity::Quantity;
use super::similarity::SentenceId;
use super::sorting::{sort_by, sort_values};
use super::worddiff::word_diff;
use extract::{Fact, Quote, Value};

/// The fact sheet of analysed accounts: rows sorted conflicting first, then in the reading order
/// of the reference account (then the others), each with the sentences that restate its values
/// (see [`FactSheet`]). Values' offsets are bytes.
///
/// A row holds at most one value per account. Its verdict is the worst of its pairs' verdicts
/// (`conflicting`, then `compatible`, then `same`) when two or more accounts report the fact,
/// and `partial` when only one does: there is nothing to compare it with. A date that only one
/// account gives is left out (every sentence has one); every other fact of one account is a
/// `partial` row. `claims` gives each sentence's claim group: the durations of one claim
/// share a row even when they name their event differently.
pub fn fact_sheet(accounts: &[AnalysedAccount], reference: usize, claims: &Claims) -> FactSheet {
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
    // Ties between pairs of facts are broken by position and text, never by account order.
    let fingerprints: Vec<u64> = accounts.iter().map(|a| fingerprint(&a.text)).collect();
    let ties: Vec<(usize, usize, u64)> =
        facts.iter().map(|f| (f.sentence, f.tokens.start, fingerprints[f.account])).collect();
    let (joined, repeat_of) = join(&facts, &ties);
    let mut restated_in = restatements(&facts, &joined, &repeat_of);
    let mut built: Vec<(FactRow, Vec<SentenceId>, usize)> = Vec::new();
    for (position, members) in joined.into_iter().enumerate() {
        if members.len() < 2 && facts[members[0]].kind == FactKind::Date {
            continue;
        }
        let restated_in = std::mem::take(&mut restated_in[position]);
        let mut row: Vec<&Fact> = members.iter().map(|&i| &facts[i]).collect();
        let label = slots::label(&row);
        sort_by(&mut row, |a, b| a.account.cmp(&b.account));
        built.push((build_row(accounts, &row, label), restated_in, position));
    }
    sort_by(&mut built, |(a, _, pa), (b, _, pb)| a.verdict.cmp(&b.verdict).then(pa.cmp(pb)));
    let mut sheet = FactSheet { rows: Vec::with_capacity(built.len()), restated_in: Vec::new() };
    for (row, restated_in, _) in built {
        sheet.rows.push(row);
        sheet.restated_in.push(restated_in);
    }
    sheet
}

/// Restatements of a row's values kept per account: a long text that repeats a figure
/// throughout relates a few of its sentences through it, not all of them.
const RESTATEMENTS_PER_ACCOUNT: usize = 3;

/// For each row of `joined`, the sentences of the facts that repeat one of its members (the
/// first [`RESTATEMENTS_PER_ACCOUNT`] of each account).
fn restatements(facts: &[Fact], joined: &[Vec<usize>], repeat_of: &[Option<usize>]) -> Vec<Vec<SentenceId>> {
    let mut row_of = vec![usize::MAX; facts.len()];
    for (row, members) in joined.iter().enumerate() {
        members.iter().for_each(|&m| row_of[m] = row);
    }
    let mut restated = vec![Vec::new(); joined.len()];
    for (fact, repeated) in facts.iter().zip(repeat_of) {
        let Some(row) = repeated.map(|m| row_of[m]).filter(|&row| row != usize::MAX) else { continue };
        let of_account = restated[row].iter().filter(|&&(account, _)| account == fact.account).count();
        if of_account < RESTATEMENTS_PER_ACCOUNT {
            restated[row].push((fact.account, fact.sentence));
        }
    }
    restated
}

/// The fact sheet's rows, and for each row the sentences that restate one of its values (the
/// same value for the same slot, given again further on by the same account: "killing 11
/// people" in the headline, "a total of 11 people were on board" in the body). A row shows the
/// first; related links read them all.
#[derive(Default)]
pub struct FactSheet {
    pub rows: Vec<FactRow>,
    pub restated_in: Vec<Vec<SentenceId>>,
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

/// Facts of one account kept under one key for meeting the others': bounds the cost on long
/// texts that repeat a slot.
const FACTS_PER_KEY: usize = 16;

/// Facts joined into rows (indices into `facts`), in the order of their first fact. Two facts
/// join pair by pair, the best-fitting pair first (see [`fit`]), so that a row is decided by
/// both of its values and not by whichever account's fact happened to choose first: taking
/// facts one by one, each into its best row so far, made the rows (and the related links drawn
/// from them) depend on the order the accounts were given. `ties` ranks facts for pairs that
/// fit equally well without using account order (see [`fact_sheet`]).
fn join(facts: &[Fact], ties: &[(usize, usize, u64)]) -> (Vec<Vec<usize>>, Vec<Option<usize>>) {
    let keys: Vec<Vec<String>> = facts.iter().map(slots::keys).collect();
    let (index, repeat_of) = key_index(facts, &keys);
    let kept: Vec<bool> = repeat_of.iter().map(Option::is_none).collect();
    let mut pairs: Vec<((usize, usize), Fit)> =
        candidate_pairs(facts, &keys, &index, &kept).into_iter().map(|p| (p, fit(facts, p))).collect();
    let tie = |(i, j): (usize, usize)| (ties[i].min(ties[j]), ties[i].max(ties[j]));
    sort_by(&mut pairs, |(p, x), (q, y)| y.cmp(x).then_with(|| tie(*p).cmp(&tie(*q))));
    let mut row_of: Vec<usize> = (0..facts.len()).collect();
    let mut rows: Vec<Vec<usize>> = (0..facts.len()).map(|i| vec![i]).collect();
    for ((i, j), _) in pairs {
        let (r, s) = (row_of[i], row_of[j]);
        if r != s && mergeable(facts, &rows[r], &rows[s]) {
            let moved = std::mem::take(&mut rows[s]);
            moved.iter().for_each(|&m| row_of[m] = r);
            rows[r].extend(moved);
        }
    }
    // Each row once, at its first fact; repeats stay out.
    let mut joined = Vec::new();
    for i in (0..facts.len()).filter(|&i| kept[i]) {
        let mut row = std::mem::take(&mut rows[row_of[i]]);
        if !row.is_empty() {
            sort_values(&mut row);
            joined.push(row);
        }
    }
    (joined, repeat_of)
}

/// Slot keys, sorted, each with the facts under it.
type KeyIndex = Vec<(String, Vec<usize>)>;

/// Slot keys (sorted, searched by bisection: no hash table of its own in the wasm bundle), each
/// with the first [`FACTS_PER_KEY`] facts of each account under it, and which facts repeat
/// another: a fact that repeats a value its account already gave for the slot, of the same
/// event, is not kept, and the fact it repeats is given. `keys` holds each fact's slot keys
/// (`slots::keys`).
fn key_index(facts: &[Fact], keys: &[Vec<String>]) -> (KeyIndex, Vec<Option<usize>>) {
    let mut index: Vec<(String, Vec<usize>)> = Vec::new();
    let mut repeat_of = vec![None; facts.len()];
    for (i, fact) in facts.iter().enumerate() {
        let ours =
            |bucket: &[usize]| bucket.iter().copied().filter(|&m| facts[m].account == fact.account).count();
        let repeats = |&m: &usize| {
            let other = &facts[m];
            other.account == fact.account
                && other.era == fact.era
                && slots::same_slot(other, fact)
                && same_value(other, fact)
        };
        let repeated = keys[i]
            .iter()
            .filter_map(|key| find_key(&index, key).ok())
            .find_map(|at| index[at].1.iter().copied().find(repeats));
        if repeated.is_some() {
            repeat_of[i] = repeated;
            continue;
        }
        for key in &keys[i] {
            let at = find_key(&index, key).unwrap_or_else(|at| {
                index.insert(at, (key.clone(), Vec::new()));
                at
            });
            let bucket = &mut index[at].1;
            if ours(bucket) < FACTS_PER_KEY && bucket.last() != Some(&i) {
                bucket.push(i);
            }
        }
    }
    (index, repeat_of)
}

/// Pairs `(i, j)`, `i < j`, of kept facts of different accounts that meet under a key (one of
/// them is among the first of its account there) and may share a row.
fn candidate_pairs(
    facts: &[Fact],
    keys: &[Vec<String>],
    index: &[(String, Vec<usize>)],
    kept: &[bool],
) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    for (i, fact) in facts.iter().enumerate().filter(|&(i, _)| kept[i]) {
        for key in &keys[i] {
            let Ok(at) = find_key(index, key) else { continue };
            let others = index[at].1.iter().copied().filter(|&j| facts[j].account != fact.account);
            pairs.extend(others.map(|j| (i.min(j), i.max(j))));
        }
    }
    sort_values(&mut pairs);
    pairs.dedup();
    pairs.retain(|&(i, j)| slots::may_join(&facts[i], &facts[j]));
    pairs
}

/// How well two facts fit one row: (values agree, one measure, shared context words).
type Fit = (bool, bool, usize);

/// How well two facts fit one row, better first when greater: values that agree before values
/// that would conflict (two amounts in one sentence are often given in another order
/// elsewhere), then facts that measure one thing, then the most context words shared.
fn fit(facts: &[Fact], (i, j): (usize, usize)) -> Fit {
    let (a, b) = (&facts[i], &facts[j]);
    let agrees = verdict(a, b).0 != FactVerdict::Conflicting;
    (agrees, a.measure.is_some() && a.measure == b.measure, slots::shared(&a.context, &b.context))
}

/// Where `key` is in the sorted index, or where it would go.
fn find_key(index: &[(String, Vec<usize>)], key: &str) -> Result<usize, usize> {
    index.binary_search_by(|(k, _)| k.as_str().cmp(key))
}

/// Whether rows `a` and `b` may become one: no account in both, every value of one the other's
/// slot, their occasions agree, and every conflict between them is bridged: the two values may
/// join directly or both may join a third of the row (a conflict needs a chain of the stronger
/// links, not the slot alone).
fn mergeable(facts: &[Fact], a: &[usize], b: &[usize]) -> bool {
    let merged: Vec<&Fact> = a.iter().chain(b).map(|&m| &facts[m]).collect();
    let bridged = |x: &Fact, y: &Fact| {
        slots::may_join(x, y)
            || verdict(x, y).0 != FactVerdict::Conflicting
            || merged.iter().any(|k| slots::may_join(k, x) && slots::may_join(k, y))
    };
    a.iter().all(|&m| {
        b.iter().all(|&k| {
            let (x, y) = (&facts[m], &facts[k]);
            x.account != y.account && slots::same_slot(x, y) && occasions_agree(x, y) && bridged(x, y)
        })
    })
}

/// Durations and dates of different days may be of different occasions (a call on Tuesday, a
/// call on Wednesday): such values are not set against each other as a conflict, unless each
/// is the only one of its kind in a sentence of one claim group ("the plant closed on April
/// 27" and "… on April 26"). Values that agree may share a row whatever their days.
fn occasions_agree(other: &Fact, fact: &Fact) -> bool {
    if !matches!(fact.kind, FactKind::Duration | FactKind::Date) {
        return true;
    }
    let different_days = matches!((other.occasion, fact.occasion), (Some(a), Some(b)) if a.differs(&b));
    let one_claim = fact.claim.is_some() && other.claim == fact.claim;
    !different_days || one_claim || verdict(other, fact).0 != FactVerdict::Conflicting
}

/// Whether two facts give one value: the same quote, or values that agree. An account that
/// gives one number with a hedge and without ("at least eight people", "eight people … perished")
/// gives one value.
fn same_value(a: &Fact, b: &Fact) -> bool {
    match (&a.value, &b.value) {
        (Value::Quote(x), Value::Quote(y)) => x.norms == y.norms,
        (Value::Amount(x), Value::Amount(y)) if x.value == y.value && x.each == y.each => {
            verdict(a, b).0 != FactVerdict::Conflicting
        }
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

#[cfg(test)]
mod tests {
    use super::super::{compare, AccountInput, Comparison, Options};

    const FIRST: &str = "Floods in the Selby valley have killed at least 40 people, officials said, as \
                         rescuers dug through mud and rubble. By Tuesday evening at least 45 people had \
                         been killed.";
    const SECOND: &str = "Officials said the floods have killed more than 40 people in the Selby valley \
                          by Tuesday. Rescuers dug through mud and rubble after the floods killed at \
                          least 50 people.";

    fn compared(texts: [&str; 2]) -> Comparison {
        let input = |text: &str| AccountInput { label: String::new(), text: text.to_string() };
        compare(&[input(texts[0]), input(texts[1])], &Options::default())
    }

    /// Pairs of values sharing a fact row, and pairs of related sentences.
    type Seen = (Vec<(String, String)>, Vec<(usize, usize)>);

    /// The fact rows' pairs of values, as (value of `FIRST`, value of `SECOND`), and the related
    /// links, as (sentence of `FIRST`, sentence of `SECOND`), when `FIRST` is account `first`.
    fn pairs_and_links(cmp: &Comparison, first: usize) -> Seen {
        let mut pairs: Vec<(String, String)> = cmp
            .facts
            .iter()
            .filter_map(|row| {
                let value = |a: usize| row.values.iter().find(|v| v.account == a).map(|v| v.text.clone());
                Some((value(first)?, value(1 - first)?))
            })
            .collect();
        let mut links: Vec<(usize, usize)> = cmp
            .related
            .iter()
            .map(|r| {
                let end =
                    |a: usize| r.members.iter().find(|m| m.account == a).map_or(usize::MAX, |m| m.sentence);
                (end(first), end(1 - first))
            })
            .collect();
        pairs.sort_unstable();
        links.sort_unstable();
        (pairs, links)
    }

    #[test]
    fn rows_and_related_links_do_not_depend_on_the_order_of_the_accounts() {
        // Taken fact by fact, "more than 40" joined the first row it fitted best, whichever
        // account came first; pair by pair, the two counts sharing the most context words
        // (rescuers, mud, rubble) meet first, whatever the order.
        let forward = pairs_and_links(&compared([FIRST, SECOND]), 0);
        let backward = pairs_and_links(&compared([SECOND, FIRST]), 1);
        assert_eq!(forward, backward);
        let counts: Vec<(&str, &str)> = forward
            .0
            .iter()
            .filter(|(a, _)| a.contains("people"))
            .map(|(a, b)| (a.as_str(), b.as_str()))
            .collect();
        assert_eq!(
            counts,
            [("at least 40 people", "at least 50 people"), ("at least 45 people", "more than 40 people")]
        );
    }
}
