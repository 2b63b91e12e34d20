//! libFuzzer target for the whole comparison: the input is split at 0xFF bytes (never part of
//! UTF-8) into accounts, each decoded as UTF-8 with invalid sequences replaced, and its first
//! byte picks the reference. Inputs the engine's input check refuses for their size (more than
//! 40 accounts, too much text) are skipped; everything else is compared with default options.
//! It must not panic, must keep every invariant of `tests/support` (every char in one sentence,
//! every sentence in one group, spans inside their texts, JSON that parses back), export to
//! every report format, and group the same sentences when the accounts are given in reverse
//! order (with the same reference account).
//!
//! Run with `scripts/fuzz.sh` (cargo-fuzz on the stable toolchain). The invariant checks come
//! from `tests/support`, which the property tests use too.
#![no_main]

#[path = "../../tests/support/mod.rs"]
mod support;

use claimdiff::engine::limits::{check_inputs, InputProblem, MAX_TOTAL_CHARS};
use claimdiff::engine::{compare, report, Comparison, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (accounts, reference) = support::fuzz_accounts(data);
    if let Err(InputProblem::TooManyAccounts { .. } | InputProblem::TooMuchText { .. }) =
        check_inputs(&accounts, MAX_TOTAL_CHARS)
    {
        return;
    }
    let comparison = compare(&accounts, &Options { reference, ..Options::default() });
    support::assert_invariants(&accounts, &comparison);
    assert_reports_render(&comparison);
    support::assert_reversed_order_groups_alike(&accounts, reference, &comparison);
});

fn assert_reports_render(comparison: &Comparison) {
    assert!(report::to_markdown(comparison).starts_with("# Claimdiff comparison"));
    assert!(report::to_csv(comparison).lines().count() > comparison.groups.len());
    assert!(report::to_html(comparison).contains("</html>"));
}
