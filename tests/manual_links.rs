//! Links and unlinks made by hand: `compare` puts two linked sentences in one claim group and
//! separates two unlinked ones, computes the corrected groups' status as usual, marks them,
//! and ignores corrections that no longer fit the text.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use claimdiff::engine::corrections::Correction;
use claimdiff::engine::{compare, ByHand, Comparison, Group, Options, Status};
use support::{accounts, assert_invariants};

const HARBOR: &str = "The bakery on Mill Street reopened on Friday after the flood. \
    Its owner thanked the volunteers who cleaned the shop. A new oven arrived from Lyon.";
const DESK: &str = "The Mill Street bakery reopened on Friday after the flood. \
    Customers queued in the rain before dawn. The owner thanked volunteers who cleaned the shop.";

fn run(corrections: Vec<Correction>) -> Comparison {
    let inputs = accounts(&[HARBOR, DESK]);
    let comparison = compare(&inputs, &Options { corrections, ..Options::default() });
    assert_invariants(&inputs, &comparison);
    comparison
}

/// The char offset where `needle` starts in `text`.
fn at(text: &str, needle: &str) -> usize {
    text[..text.find(needle).unwrap()].chars().count()
}

/// The group holding the sentence of `account` that contains char `offset`.
fn group_at(comparison: &Comparison, account: usize, offset: usize) -> &Group {
    let sentence = comparison.accounts[account]
        .sentences
        .iter()
        .position(|s| s.start <= offset && offset < s.end)
        .unwrap();
    comparison
        .groups
        .iter()
        .find(|g| g.members.iter().any(|m| m.account == account && m.sentences.contains(&sentence)))
        .unwrap()
}

fn link(a: usize, b: usize) -> Correction {
    Correction::Link { account: 0, at: a, other: 1, other_at: b }
}

fn unlink(a: usize, b: usize) -> Correction {
    Correction::Unlink { account: 0, at: a, other: 1, other_at: b }
}

#[test]
fn unlink_separates_an_aligned_pair_into_unique_claims() {
    let before = run(vec![]);
    assert_eq!(group_at(&before, 0, 0), group_at(&before, 1, 0), "the reopening is one claim");
    let after = run(vec![unlink(0, 0)]);
    let (harbor, desk) = (group_at(&after, 0, 0), group_at(&after, 1, 0));
    assert_ne!(harbor, desk);
    assert_eq!((harbor.status, desk.status), (Status::Unique, Status::Unique));
    assert_eq!((harbor.by_hand, desk.by_hand), (Some(ByHand::Unlinked), Some(ByHand::Unlinked)));
    assert_eq!(after.groups.len(), before.groups.len() + 1);
}

#[test]
fn link_puts_two_unique_sentences_in_one_group_with_a_status() {
    let (oven, queue) = (at(HARBOR, "A new oven"), at(DESK, "Customers"));
    let before = run(vec![]);
    assert_eq!(group_at(&before, 0, oven).status, Status::Unique);
    assert_eq!(group_at(&before, 1, queue).status, Status::Unique);
    // Any char inside a sentence addresses it.
    let after = run(vec![link(oven + 4, queue + 10)]);
    let group = group_at(&after, 0, oven);
    assert_eq!(group, group_at(&after, 1, queue));
    assert_eq!(group.members.len(), 2);
    assert!(matches!(group.status, Status::Paraphrase | Status::Conflicting), "{:?}", group.status);
    assert_eq!(group.by_hand, Some(ByHand::Linked));
    assert_eq!(after.groups.len(), before.groups.len() - 1);
}

#[test]
fn link_into_a_group_that_has_the_account_already_makes_a_one_to_two_group() {
    let queue = at(DESK, "Customers");
    let after = run(vec![link(0, queue)]);
    let group = group_at(&after, 0, 0);
    let desk = group.members.iter().find(|m| m.account == 1).unwrap();
    assert_eq!(desk.sentences, vec![0, 1]);
}

#[test]
fn the_later_correction_wins() {
    let (oven, queue) = (at(HARBOR, "A new oven"), at(DESK, "Customers"));
    let separated = run(vec![link(oven, queue), unlink(oven, queue)]);
    assert_ne!(group_at(&separated, 0, oven), group_at(&separated, 1, queue));
    let joined = run(vec![unlink(0, 0), link(0, 0)]);
    assert_eq!(group_at(&joined, 0, 0), group_at(&joined, 1, 0));
}

#[test]
fn corrections_that_no_longer_fit_are_ignored() {
    let between = at(HARBOR, "Its owner") - 1; // the space between two sentences
    let stale = vec![
        link(10_000, 0),
        unlink(between, 0),
        Correction::Link { account: 0, at: 0, other: 7, other_at: 0 },
        Correction::Unlink { account: 0, at: 0, other: 0, other_at: 5 }, // one sentence
        unlink(at(HARBOR, "A new oven"), 0),                             // not in one group
    ];
    let unchanged = run(vec![]);
    let corrected = run(stale);
    assert_eq!(corrected, unchanged);
    assert!(corrected.groups.iter().all(|g| g.by_hand.is_none()));
}

#[test]
fn marks_stay_out_of_the_json_of_uncorrected_groups() {
    let json = serde_json::to_string(&run(vec![unlink(0, 0)])).unwrap();
    assert_eq!(json.matches(r#""by_hand":"unlinked""#).count(), 2);
    assert!(!serde_json::to_string(&run(vec![])).unwrap().contains("by_hand"));
}
