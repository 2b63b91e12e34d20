//! Checks shared by the engine's integration tests: the invariants every comparison must keep.
#![allow(dead_code)] // each test crate uses its own subset

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
