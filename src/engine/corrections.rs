//! Corrections of sentence boundaries made by hand: split a sentence at a point, or merge a
//! sentence with the one before it. `compare` applies them right after segmentation, to the
//! segmenter's byte ranges, so every later stage sees the corrected sentences.
//!
//! Corrections are addressed by account index and char offset into that account's text (the
//! offsets of the public model), so they survive a reload. A correction that no longer fits
//! the text (its offset is not inside a sentence, or not at a sentence start) is ignored.
//! The tiling invariant holds after every step: sentences stay in order, never overlap, never
//! start or end with whitespace, and only whitespace lies between them.

use std::ops::Range;

use serde::{Deserialize, Serialize};

/// One correction of one account's sentence boundaries, `{"kind": "split" | "merge", account, at}`
/// in JSON.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", from = "Flat")]
pub enum Correction {
    /// Split the sentence containing char offset `at`: the second part starts at `at`.
    Split { account: usize, at: usize },
    /// Merge the sentence starting at char offset `at` into the sentence before it.
    Merge { account: usize, at: usize },
}

/// The same JSON read as a plain struct. Serde reads an internally tagged enum by buffering
/// each value in its generic `Content` tree first, which costs the wasm bundle about 5 KB.
#[derive(Deserialize)]
struct Flat {
    kind: Kind,
    account: usize,
    at: usize,
}

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum Kind {
    Split,
    Merge,
}

impl From<Flat> for Correction {
    fn from(Flat { kind, account, at }: Flat) -> Correction {
        match kind {
            Kind::Split => Correction::Split { account, at },
            Kind::Merge => Correction::Merge { account, at },
        }
    }
}

impl Correction {
    /// The account it corrects.
    pub fn account(&self) -> usize {
        match *self {
            Correction::Split { account, .. } | Correction::Merge { account, .. } => account,
        }
    }

    /// The same correction, addressed to another account index.
    pub fn with_account(&self, account: usize) -> Correction {
        match *self {
            Correction::Split { at, .. } => Correction::Split { account, at },
            Correction::Merge { at, .. } => Correction::Merge { account, at },
        }
    }

    /// Its char offset into the account's text.
    pub fn at(&self) -> usize {
        match *self {
            Correction::Split { at, .. } | Correction::Merge { at, .. } => at,
        }
    }
}

/// Applies, in order, the corrections of `account` to `ranges`, the byte ranges of its
/// sentences in `text`.
pub fn apply(
    text: &str,
    mut ranges: Vec<Range<usize>>,
    corrections: &[Correction],
    account: usize,
) -> Vec<Range<usize>> {
    for correction in corrections.iter().filter(|c| c.account() == account) {
        let Some(at) = byte_of_char(text, correction.at()) else { continue };
        match correction {
            Correction::Split { .. } => split(text, &mut ranges, at),
            Correction::Merge { .. } => merge(&mut ranges, at),
        }
    }
    ranges
}

/// The byte offset of char `index` (the text's length for the index just past its end).
fn byte_of_char(text: &str, index: usize) -> Option<usize> {
    text.char_indices().map(|(byte, _)| byte).chain(std::iter::once(text.len())).nth(index)
}

fn split(text: &str, ranges: &mut Vec<Range<usize>>, at: usize) {
    let Some(i) = ranges.iter().position(|r| r.start < at && at < r.end) else { return };
    let range = ranges[i].clone();
    let head_end = range.start + text[range.start..at].trim_end().len();
    let tail = &text[at..range.end];
    let tail_start = at + (tail.len() - tail.trim_start().len());
    if head_end == range.start || tail_start == range.end {
        return; // one side would be only whitespace
    }
    ranges[i] = range.start..head_end;
    ranges.insert(i + 1, tail_start..range.end);
}

fn merge(ranges: &mut Vec<Range<usize>>, at: usize) {
    let Some(i) = ranges.iter().position(|r| r.start == at) else { return };
    if i == 0 {
        return;
    }
    ranges[i - 1].end = ranges[i].end;
    ranges.remove(i);
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Fire broke out at dawn. Crews – 40 of them – arrived. Nobody was hurt.";

    fn sentences(text: &str, ranges: &[Range<usize>]) -> Vec<String> {
        ranges.iter().map(|r| text[r.clone()].to_string()).collect()
    }

    fn initial() -> Vec<Range<usize>> {
        let first = TEXT.find("Crews").unwrap();
        let second = TEXT.find("Nobody").unwrap();
        vec![0..first - 1, first..second - 1, second..TEXT.len()]
    }

    fn char_of(needle: &str) -> usize {
        TEXT[..TEXT.find(needle).unwrap()].chars().count()
    }

    /// Sorted, non-overlapping, trimmed, whitespace only between: the tiling invariant.
    fn assert_tiles(text: &str, ranges: &[Range<usize>]) {
        let mut covered = 0;
        for r in ranges {
            assert!(r.start < r.end && r.start >= covered, "{ranges:?}");
            assert!(text[covered..r.start].trim().is_empty(), "{ranges:?}");
            let s = &text[r.clone()];
            assert_eq!(s.trim(), s);
            covered = r.end;
        }
        assert!(text[covered..].trim().is_empty());
    }

    #[test]
    fn split_cuts_a_sentence_and_trims_whitespace() {
        let at = char_of("40"); // after a multi-byte dash
        let ranges = apply(TEXT, initial(), &[Correction::Split { account: 0, at: at - 1 }], 0);
        assert_eq!(
            sentences(TEXT, &ranges),
            ["Fire broke out at dawn.", "Crews –", "40 of them – arrived.", "Nobody was hurt."]
        );
        assert_tiles(TEXT, &ranges);
    }

    #[test]
    fn merge_joins_a_sentence_with_the_previous_one() {
        let corrections = [Correction::Merge { account: 2, at: char_of("Nobody") }];
        let ranges = apply(TEXT, initial(), &corrections, 2);
        assert_eq!(
            sentences(TEXT, &ranges),
            ["Fire broke out at dawn.", "Crews – 40 of them – arrived. Nobody was hurt."]
        );
        assert_tiles(TEXT, &ranges);
    }

    #[test]
    fn split_then_merge_restores_the_sentence() {
        let at = char_of("arrived");
        let corrections = [Correction::Split { account: 0, at }, Correction::Merge { account: 0, at }];
        assert_eq!(apply(TEXT, initial(), &corrections, 0), initial());
    }

    #[test]
    fn corrections_that_do_not_fit_are_ignored() {
        let corrections = [
            Correction::Split { account: 0, at: 0 }, // at a sentence start
            Correction::Split { account: 0, at: char_of("Crews") - 1 }, // between sentences
            Correction::Split { account: 0, at: 10_000 }, // past the end
            Correction::Merge { account: 0, at: 0 }, // the first sentence
            Correction::Merge { account: 0, at: char_of("broke") }, // not a sentence start
            Correction::Split { account: 1, at: char_of("broke") }, // another account
        ];
        assert_eq!(apply(TEXT, initial(), &corrections, 0), initial());
    }

    #[test]
    fn corrections_round_trip_through_json() {
        let correction = Correction::Split { account: 1, at: 42 };
        let json = serde_json::to_string(&correction).unwrap();
        assert_eq!(json, r#"{"kind":"split","account":1,"at":42}"#);
        assert_eq!(serde_json::from_str::<Correction>(&json).unwrap(), correction);
        let merge = r#"{"at":3,"account":0,"note":"unknown fields are ignored","kind":"merge"}"#;
        assert_eq!(
            serde_json::from_str::<Correction>(merge).unwrap(),
            Correction::Merge { account: 0, at: 3 }
        );
        assert!(serde_json::from_str::<Correction>(r#"{"kind":"join","account":0,"at":3}"#).is_err());
        assert!(serde_json::from_str::<Correction>(r#"{"account":0,"at":3}"#).is_err());
    }
}
