//! Property tests of `compare` over arbitrary Unicode and news-like accounts (0 to 40 of them):
//! no panic, nothing lost, every sentence in one group, valid JSON, and groups that do not
//! depend on the order in which the non-reference accounts are given; the same invariants under
//! any corrections made by hand.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use claimdiff::engine::corrections::Correction;
use claimdiff::engine::{compare, AccountInput, Options};
use proptest::prelude::*;
use support::{accounts, assert_invariants, group_sets};

const CLAUSES: &[&str] = &[
    "The ferry left the harbour at 6 a.m. on Monday.",
    "Officials said 42 passengers were on board.",
    "The port authority said about 40 passengers were aboard.",
    "Captain Ana Ribeiro told reporters, \"We turned back because of the wind.\"",
    "\"We turned around because the wind was too strong,\" the captain said.",
    "Nobody was injured, the coast guard said.",
    "Two people were treated for minor injuries.",
    "Mr. Duarte, the mayor, did not comment.",
    "Service will resume on Wednesday, weather permitting.",
    "The company may resume service on Tuesday.",
    "Gusts reached 90 km/h along the coast.",
    "Fishermen stayed in port.",
];

fn news_text() -> impl Strategy<Value = String> {
    prop::collection::vec((0..CLAUSES.len(), prop::sample::select(vec![" ", "\n", "\n\n", "  "])), 0..10)
        .prop_map(|parts| parts.into_iter().map(|(i, sep)| format!("{}{sep}", CLAUSES[i])).collect())
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![news_text(), any::<String>(), "[a-zA-Z .,!?\"“”'\n0-9-]{0,200}"]
}

/// Any correction, aimed at accounts and offsets that may or may not exist.
fn any_correction() -> impl Strategy<Value = Correction> {
    (0..4u8, 0usize..5, 0usize..400, 0usize..5, 0usize..400).prop_map(
        |(kind, account, at, other, other_at)| match kind {
            0 => Correction::Split { account, at },
            1 => Correction::Merge { account, at },
            2 => Correction::Link { account, at, other, other_at },
            _ => Correction::Unlink { account, at, other, other_at },
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn keeps_invariants_on_any_input(texts in prop::collection::vec(any_text(), 0..8), reference in 0usize..8) {
        let inputs: Vec<AccountInput> = accounts(&texts.iter().map(String::as_str).collect::<Vec<_>>());
        let comparison = compare(&inputs, &Options { reference, ..Options::default() });
        assert_invariants(&inputs, &comparison);
    }

    #[test]
    fn keeps_invariants_under_any_corrections(
        texts in prop::collection::vec(news_text(), 1..5),
        corrections in prop::collection::vec(any_correction(), 0..24),
        reference in 0usize..5,
    ) {
        let inputs = accounts(&texts.iter().map(String::as_str).collect::<Vec<_>>());
        let comparison = compare(&inputs, &Options { reference, corrections });
        assert_invariants(&inputs, &comparison);
    }

    #[test]
    fn groups_do_not_depend_on_the_order_of_other_accounts(
        texts in prop::collection::vec(news_text(), 3..6),
        rotation in 1usize..5,
    ) {
        let inputs = accounts(&texts.iter().map(String::as_str).collect::<Vec<_>>());
        // Keep the reference (account 0) first; rotate the others.
        let mut order: Vec<usize> = (1..inputs.len()).collect();
        let len = order.len();
        order.rotate_left(rotation % len);
        order.insert(0, 0);
        let permuted: Vec<AccountInput> = order.iter().map(|&i| inputs[i].clone()).collect();
        let original = compare(&inputs, &Options::default());
        let shuffled = compare(&permuted, &Options::default());
        prop_assert_eq!(group_sets(&original, &inputs), group_sets(&shuffled, &permuted));
    }
}

#[test]
fn forty_accounts_keep_invariants() {
    let texts: Vec<String> = (0..40)
        .map(|i| CLAUSES.iter().cycle().skip(i).take(5).copied().collect::<Vec<_>>().join(" "))
        .collect();
    let inputs = accounts(&texts.iter().map(String::as_str).collect::<Vec<_>>());
    assert_invariants(&inputs, &compare(&inputs, &Options { reference: 7, ..Options::default() }));
}

/// Inputs the `compare` fuzz target once failed on (`tests/fixtures/fuzz/compare/`), replayed with
/// the target's own checks. `duplicate-accounts.bin` gives two accounts the same text: reversing
/// the accounts then puts the other copy's sentence in a group, which is the same comparison.
#[test]
fn compare_fuzz_findings_stay_fixed() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fuzz/compare");
    let mut replayed = 0;
    for entry in std::fs::read_dir(dir).expect("the fuzz findings folder") {
        let data = std::fs::read(entry.expect("a fuzz finding").path()).expect("a readable finding");
        let (inputs, reference) = support::fuzz_accounts(&data);
        let comparison = compare(&inputs, &Options { reference, ..Options::default() });
        assert_invariants(&inputs, &comparison);
        support::assert_reversed_order_groups_alike(&inputs, reference, &comparison);
        replayed += 1;
    }
    assert!(replayed > 0);
}
