//! libFuzzer target for the segmenter: any bytes, decoded as UTF-8 with invalid sequences
//! replaced, are segmented. It must not panic; the byte ranges of `segment` must tile the text
//! (non-empty, in order, trimmed, only whitespace outside them, deterministic), and
//! `segment_text` must give the same sentences in char offsets.
//!
//! Run with `scripts/fuzz.sh` (cargo-fuzz on the stable toolchain). The tiling check is
//! `assert_segmentation` of `tests/support`, which the property tests use too.
#![no_main]

#[path = "../../tests/support/mod.rs"]
mod support;

use claimdiff::engine::segment::segment;
use claimdiff::segment_text;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    support::assert_segmentation(&text);
    assert_char_offsets_agree(&text);
});

/// `segment_text`'s sentences are `segment`'s ranges converted to char offsets.
fn assert_char_offsets_agree(text: &str) {
    let chars: Vec<char> = text.chars().collect();
    let sentences = segment_text(text);
    let ranges = segment(text);
    assert_eq!(sentences.len(), ranges.len());
    for (sentence, range) in sentences.iter().zip(ranges) {
        assert_eq!(sentence.text, text[range]);
        assert_eq!(chars[sentence.start..sentence.end].iter().collect::<String>(), sentence.text);
    }
}
