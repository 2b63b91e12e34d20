//! libFuzzer target for `claimdiff::compare`: the input is split at NUL bytes into up to 40
//! accounts; the comparison must not panic, must keep every sentence in exactly one group,
//! keep every span inside its text, and serialise to JSON that parses back.
//!
//! Needs nightly and cargo-fuzz: `cd fuzz && cargo +nightly fuzz run compare`. On stable, the
//! property tests in `tests/compare_props.rs` check the same invariants over random inputs.
#![no_main]

use claimdiff::engine::{compare, AccountInput, Comparison, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let accounts: Vec<AccountInput> = text
        .split('\0')
        .take(40)
        .map(|part| AccountInput { label: String::new(), text: part.to_string() })
        .collect();
    let reference = data.first().map_or(0, |&b| b as usize % accounts.len());
    let comparison = compare(&accounts, &Options { reference, ..Options::default() });
    let mut seen: Vec<Vec<u8>> = comparison.accounts.iter().map(|a| vec![0; a.sentences.len()]).collect();
    for group in &comparison.groups {
        for member in &group.members {
            for &sentence in &member.sentences {
                seen[member.account][sentence] += 1;
            }
        }
        for span in group.changes.iter().chain(group.divergences.iter().flat_map(|d| &d.spans)) {
            assert!(span.start <= span.end && span.end <= accounts[span.account].text.chars().count());
        }
    }
    assert!(seen.iter().flatten().all(|&n| n == 1));
    let json = serde_json::to_string(&comparison).unwrap();
    assert_eq!(serde_json::from_str::<Comparison>(&json).unwrap(), comparison);
});
