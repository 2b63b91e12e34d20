//! Checks shared by the engine's integration tests and the cargo-fuzz targets (`fuzz/`, which
//! include this file by path): the invariants every segmentation and comparison must keep.
#![allow(dead_code)] // each test crate uses its own subset

use std::collections::BTreeSet;

use claimdiff::engine::segment::segment;
use claimdiff::engine::{AccountInput, Comparison};

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
/// exactly one group, every span lies inside its account's text, and the JSON round-trips.
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
    let json = serde_json::to_string(comparison).expect("serialises");
    let back: Comparison = serde_json::from_str(&json).expect("valid JSON that parses back");
    assert_eq!(&back, comparison);
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

/// Each group as a set of (original account, sentence), so that permuted runs can be compared:
/// `original_of[i]` is the original index of the account given at position `i`.
pub fn group_sets(comparison: &Comparison, original_of: &[usize]) -> BTreeSet<Vec<(usize, usize)>> {
    comparison
        .groups
        .iter()
        .map(|g| {
            let mut members: Vec<(usize, usize)> = g
                .members
                .iter()
                .flat_map(|m| m.sentences.iter().map(move |&s| (original_of[m.account], s)))
                .collect();
            members.sort();
            members
        })
        .collect()
}
