//! libFuzzer target for `claimdiff::engine::segment::segment`: on any UTF-8 input it must not
//! panic, and its sentences must tile the text (non-empty, on char boundaries, trimmed, only
//! whitespace around them) and be deterministic.
//!
//! Needs nightly and cargo-fuzz: `cd fuzz && cargo +nightly fuzz run segment`. On stable, the
//! equivalent is the ignored test `fuzz_segment_invariants` in `tests/segmentation_props.rs`
//! (`cargo test --release --test segmentation_props -- --ignored`).
#![no_main]

use claimdiff::engine::segment::segment;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let ranges = segment(text);
    let mut previous_end = 0;
    for range in &ranges {
        assert!(previous_end <= range.start && range.start < range.end);
        assert!(text.is_char_boundary(range.start) && text.is_char_boundary(range.end));
        assert!(text[previous_end..range.start].chars().all(char::is_whitespace));
        let sentence = &text[range.clone()];
        assert_eq!(sentence.trim(), sentence);
        previous_end = range.end;
    }
    assert!(text[previous_end..].chars().all(char::is_whitespace));
    assert_eq!(segment(text), ranges);
});
