//! Invariants of the sentence segmenter, checked by property tests over arbitrary Unicode and
//! over news-like text built from hazardous fragments, plus an `#[ignore]`d long-running fuzz
//! test: `cargo test --release --test segmentation_props -- --ignored` (set
//! `CLAIMDIFF_FUZZ_SECS`, default 60). The invariants: no panic; sentences are non-empty,
//! on char boundaries, start and end with non-whitespace, and only whitespace lies before,
//! between and after them; segmenting is deterministic.
#![cfg(not(target_arch = "wasm32"))]

use std::time::{Duration, Instant};

use claimdiff::engine::segment::segment;
use proptest::prelude::*;

mod support;
#[path = "support/xorshift.rs"]
mod xorshift;
use support::assert_segmentation;
use xorshift::XorShift;

/// Pieces of news text that exercise the segmenter's rules, to be glued in any order.
const FRAGMENTS: &[&str] = &[
    "Mr.",
    "Mrs. ",
    "Lt. Col.",
    "U.S.",
    "U.N. ",
    "a.m.",
    "P.M.",
    "Feb.",
    "Sept. 4",
    "No.",
    " 2",
    "$180",
    "1,300",
    "3.5",
    "J.D.",
    "W.",
    "etc.",
    "i.e.",
    "e.g.",
    "Inc.",
    "St.",
    "The",
    " the",
    "He",
    " she asked",
    "said",
    "Zelensky",
    "KYIV, Ukraine (AP) —",
    "(AP Photo/X)",
    "By Jane Roe",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\t",
    "\u{a0}",
    "\u{2028}",
    "\u{2029}",
    "\u{85}",
    "\u{0b}",
    "\u{0c}",
    ".",
    "..",
    "...",
    "....",
    "…",
    " . . . ",
    "!",
    "?",
    "?!",
    "“",
    "”",
    "\"",
    "'",
    "’",
    "‘",
    "„",
    "«",
    "»",
    "(",
    ")",
    "[",
    "]",
    "[...]",
    "• ",
    "⁃",
    "- ",
    "* ",
    "1.",
    "2.)",
    "3)",
    "(4)",
    "a.",
    "b)",
    "https://example.org/a.b?c=d.",
    "x.y@example.com",
    "www.example.com.",
    "world.Today",
    "1,000.That",
    "。",
    "！",
    "？",
    "؟",
    "«Чому?» — ",
    "В. В. ",
    "г. ",
    "т.е.",
    "т. д.",
    "z.B.",
    "z. B.",
    "Nr.",
    "3.",
    "März",
    "usw.",
    "грн.",
    "好",
    "هل",
    "é",
    "İ",
    "ß",
    "ǅ",
    "\u{301}",
    "\u{200d}",
    "🇺🇦",
    "x",
    "A",
    "Q:",
];

fn news_like() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(FRAGMENTS), 0..60).prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn invariants_hold_on_arbitrary_unicode(text in any::<String>()) {
        assert_segmentation(&text);
    }

    #[test]
    fn invariants_hold_on_arbitrary_chars_and_whitespace(
        chars in prop::collection::vec(prop_oneof![any::<char>(), Just(' '), Just('\n'), Just('.')], 0..300)
    ) {
        assert_segmentation(&chars.into_iter().collect::<String>());
    }

    #[test]
    fn invariants_hold_on_news_like_text(text in news_like()) {
        assert_segmentation(&text);
    }

    #[test]
    fn sentences_cover_every_non_whitespace_char(text in news_like()) {
        let covered: usize = segment(&text).into_iter().map(|r| text[r].chars().filter(|c| !c.is_whitespace()).count()).sum();
        prop_assert_eq!(covered, text.chars().filter(|c| !c.is_whitespace()).count());
    }
}

/// Random chars and texts for the fuzz test.
trait RandomText {
    fn char(&mut self) -> char;
    fn text(&mut self) -> String;
}

impl RandomText for XorShift {
    /// A random char, biased towards whitespace, punctuation and letters of several scripts.
    fn char(&mut self) -> char {
        const INTERESTING: &[char] =
            &[' ', '\n', '.', '!', '?', '"', '”', '(', ')', 'a', 'Z', 'я', 'Ж', '。', '…'];
        match self.below(4) {
            0 => INTERESTING[self.below(INTERESTING.len())],
            1 => char::from_u32(self.below(0x80) as u32).unwrap_or(' '),
            2 => char::from_u32(self.below(0x3000) as u32).unwrap_or('\u{fffd}'),
            _ => char::from_u32(self.below(0x11_0000) as u32).unwrap_or('\u{fffd}'),
        }
    }

    /// A text of up to ~80 pieces, each a hazardous fragment or a random char.
    fn text(&mut self) -> String {
        let mut text = String::new();
        for _ in 0..self.below(80) {
            if self.below(3) == 0 {
                text.push(self.char());
            } else {
                text.push_str(FRAGMENTS[self.below(FRAGMENTS.len())]);
            }
        }
        text
    }
}

#[test]
#[ignore = "long-running fuzz test; run with --release -- --ignored"]
fn fuzz_segment_invariants() {
    let seconds = std::env::var("CLAIMDIFF_FUZZ_SECS").ok().and_then(|s| s.parse().ok()).unwrap_or(60);
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    let mut cases = 0u64;
    while Instant::now() < deadline {
        for _ in 0..1_000 {
            let text = rng.text();
            assert_segmentation(&text);
        }
        cases += 1_000;
    }
    println!("fuzzed {cases} texts for {seconds} s");
}
