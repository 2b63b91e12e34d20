//! Checks shared by the engine's integration tests and the cargo-fuzz targets (`fuzz/`, which
//! include this file by path): the invariants every segmentation and comparison must keep.
#![allow(dead_code)] // each test crate uses its own subset

use claimdiff::engine::segment::segment;
use claimdiff::engine::{compare, AccountInput, Comparison, Options};

/// Accounts labelled "A", "B", … with the given texts.
pub fn accounts(texts: &[&str]) -> Vec<AccountInput> {
    texts
        .iter()
        .enumerate()
        .map(|(i, t)| AccountInput {
            label: format!("{}", (b'A' + (i % 26) as u8) as char),
            text: t.to_string(),
        })
        .collect()
}

/// Panics with a description unless `comparison` keeps the engine's invariants for `inputs`:
/// sentences tile each text in order with only whitespace between them, every sentence is in
/// exactly one group, related links join sentences of two accounts in two groups, every span lies inside its account's text, and the JSON round-trips.
pub fn assert_invariants(inputs: &[AccountInput], comparison: &Comparison) {
    assert_eq!(comparison.accounts.len(), inputs.len());
    for (input, account) in inputs.iter().zip(&comparison.accounts) {
        assert_sentences_tile(&input.text, account);
    }
    let mut seen: Vec<Vec<u32>> = comparison.accounts.iter().map(|a| vec![0; a.sentences.len()]).collect();
    for group in &comparison.groups {
        assert!(!group.members.is_empty(), "a group without members");
        for member in &group.members {
            for &s in &member.sentences {
                seen[member.account][s] += 1;
            }
        }
        let spans = group.changes.iter().chain(group.divergences.iter().flat_map(|d| &d.spans));
        for span in spans {
            let len = inputs[span.account].text.chars().count();
            assert!(span.start <= span.end && span.end <= len, "span {span:?} outside a text of {len} chars");
        }
    }
    for (account, counts) in seen.iter().enumerate() {
        for (sentence, &n) in counts.iter().enumerate() {
            assert_eq!(n, 1, "sentence {sentence} of account {account} is in {n} groups");
        }
    }
    assert_fact_sheet(inputs, comparison);
    assert_related_links(comparison);
    let json = serde_json::to_string(comparison).expect("serialises");
    let back: Comparison = serde_json::from_str(&json).expect("valid JSON that parses back");
    assert_eq!(&back, comparison);
}

/// The fact sheet's invariants: every value's span lies inside its sentence and holds its text,
/// a row has at most one value per account and a pair for every two of them (`a` < `b`), its
/// verdict is `partial` exactly when one account reports it and otherwise the worst of its
/// pairs', and rows come conflicting first.
pub fn assert_fact_sheet(inputs: &[AccountInput], comparison: &Comparison) {
    use claimdiff::engine::FactVerdict;
    for row in &comparison.facts {
        let mut accounts: Vec<usize> = row.values.iter().map(|v| v.account).collect();
        for value in &row.values {
            let chars: Vec<char> = inputs[value.account].text.chars().collect();
            let sentence = &comparison.accounts[value.account].sentences[value.sentence];
            assert!(
                value.start <= value.end && value.end <= chars.len(),
                "fact value {value:?} outside its text"
            );
            assert!(
                sentence.start <= value.start && value.end <= sentence.end,
                "fact value {value:?} outside its sentence"
            );
            assert_eq!(chars[value.start..value.end].iter().collect::<String>(), value.text);
        }
        accounts.dedup();
        assert_eq!(accounts.len(), row.values.len(), "one value per account, in account order: {row:?}");
        let n = row.values.len();
        assert_eq!(row.pairs.len(), n * n.saturating_sub(1) / 2, "a pair for every two values: {row:?}");
        for pair in &row.pairs {
            assert!(pair.a < pair.b && accounts.contains(&pair.a) && accounts.contains(&pair.b), "{pair:?}");
        }
        let worst = row.pairs.iter().map(|p| p.verdict).min().unwrap_or(FactVerdict::Partial);
        assert_eq!(row.verdict, worst, "{row:?}");
    }
    assert!(comparison.facts.windows(2).all(|w| w[0].verdict <= w[1].verdict), "fact rows conflicting first");
}

/// Related links join two existing sentences of different accounts in different groups, once each.
fn assert_related_links(comparison: &Comparison) {
    let group_of = |account: usize, sentence: usize| {
        comparison
            .groups
            .iter()
            .position(|g| g.members.iter().any(|m| m.account == account && m.sentences.contains(&sentence)))
    };
    let mut seen = std::collections::HashSet::new();
    for link in &comparison.related {
        assert_eq!(link.members.len(), 2, "a related link names two sentences: {link:?}");
        let (x, y) = (link.members[0], link.members[1]);
        assert!(x.account < y.account, "related ends in ascending account order: {link:?}");
        for end in [x, y] {
            let sentences = comparison.accounts.get(end.account).map_or(0, |a| a.sentences.len());
            assert!(end.sentence < sentences, "related end outside its account: {link:?}");
        }
        assert_ne!(group_of(x.account, x.sentence), group_of(y.account, y.sentence), "{link:?} in one group");
        assert!((0.0..=1.0).contains(&link.score), "score out of range: {link:?}");
        assert!(seen.insert((x, y)), "related link twice: {link:?}");
    }
}

fn assert_sentences_tile(text: &str, account: &claimdiff::engine::Account) {
    let chars: Vec<char> = text.chars().collect();
    let mut at = 0;
    for sentence in &account.sentences {
        assert!(sentence.start >= at && sentence.start < sentence.end && sentence.end <= chars.len());
        assert!(chars[at..sentence.start].iter().all(|c| c.is_whitespace()), "non-space text dropped");
        assert_eq!(chars[sentence.start..sentence.end].iter().collect::<String>(), sentence.text);
        at = sentence.end;
    }
    assert!(chars[at..].iter().all(|c| c.is_whitespace()), "text after the last sentence dropped");
}

/// Panics with a description unless `segment(text)` tiles `text`: its ranges are non-empty, in
/// order, on char boundaries, trimmed, with only whitespace before, between and after them (so
/// every other char is in exactly one sentence), and segmenting again gives the same ranges.
pub fn assert_segmentation(text: &str) {
    let ranges = segment(text);
    let mut previous_end = 0;
    for range in &ranges {
        assert!(range.start < range.end, "empty range {range:?} in {text:?}");
        assert!(previous_end <= range.start, "ranges out of order in {text:?}: {ranges:?}");
        assert!(
            text.is_char_boundary(range.start) && text.is_char_boundary(range.end),
            "range {range:?} off char boundaries in {text:?}"
        );
        assert!(
            is_whitespace(&text[previous_end..range.start]),
            "non-whitespace between sentences in {text:?}"
        );
        let sentence = &text[range.clone()];
        assert_eq!(
            sentence.trim(),
            sentence,
            "sentence {range:?} starts or ends with whitespace in {text:?}"
        );
        previous_end = range.end;
    }
    assert!(is_whitespace(&text[previous_end..]), "non-whitespace after the last sentence in {text:?}");
    assert_eq!(segment(text), ranges, "segmenting {text:?} twice differs");
}

fn is_whitespace(text: &str) -> bool {
    text.chars().all(char::is_whitespace)
}

/// The groups as a sorted list of sorted (account text, sentence) lists, for comparing runs
/// with the accounts in different orders (`given`: the accounts in the order that run had).
/// Accounts are known by their text, not their position: two accounts with the same text are
/// interchangeable, and a run may put either one's sentence in a group.
pub fn group_sets<'a>(comparison: &Comparison, given: &'a [AccountInput]) -> Vec<Vec<(&'a str, usize)>> {
    let mut groups: Vec<Vec<(&str, usize)>> = comparison
        .groups
        .iter()
        .map(|g| {
            let mut members: Vec<(&str, usize)> = g
                .members
                .iter()
                .flat_map(|m| m.sentences.iter().map(move |&s| (given[m.account].text.as_str(), s)))
                .collect();
            members.sort();
            members
        })
        .collect();
    groups.sort();
    groups
}

/// The byte that separates accounts in a fuzz input of the `compare` target.
const FUZZ_SEPARATOR: u8 = 0xFF;

/// A `compare` fuzz input as accounts and a reference: the bytes split at 0xFF (never part of
/// UTF-8) into accounts, each decoded as UTF-8 with invalid sequences replaced; the first byte
/// picks the reference.
pub fn fuzz_accounts(data: &[u8]) -> (Vec<AccountInput>, usize) {
    let accounts: Vec<AccountInput> = data
        .split(|&b| b == FUZZ_SEPARATOR)
        .enumerate()
        .map(|(i, part)| AccountInput {
            label: format!("Account {}", i + 1),
            text: String::from_utf8_lossy(part).into_owned(),
        })
        .collect();
    let reference = data.first().map_or(0, |&b| usize::from(b) % accounts.len());
    (accounts, reference)
}

/// Groups do not depend on the order of the accounts, only on which one is the reference
/// (accounts with the same text are interchangeable: see [`group_sets`]).
pub fn assert_reversed_order_groups_alike(
    accounts: &[AccountInput],
    reference: usize,
    comparison: &Comparison,
) {
    let reversed: Vec<AccountInput> = accounts.iter().rev().cloned().collect();
    let again =
        compare(&reversed, &Options { reference: accounts.len() - 1 - reference, ..Options::default() });
    assert_eq!(group_sets(comparison, accounts), group_sets(&again, &reversed));
}
