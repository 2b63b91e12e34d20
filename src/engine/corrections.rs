//! Corrections made by hand. Two kinds fix sentence boundaries: split a sentence at a point,
//! or merge a sentence with the one before it; `compare` applies them here, right after
//! segmentation, to the segmenter's byte ranges, so every later stage sees the corrected
//! sentences. Two kinds fix claim groups: link two sentences into one group, or unlink them;
//! `compare` applies those after alignment ([`super::manual_links`]).
//!
//! Corrections are addressed by account index and char offset into that account's text (the
//! offsets of the public model), so they survive a reload. A correction that no longer fits
//! the text (its offset is not inside a sentence, or not at a sentence start) is ignored.
//! The tiling invariant holds after every step: sentences stay in order, never overlap, never
//! start or end with whitespace, and only whitespace lies between them.

use std::ops::Range;

use serde::{Deserialize, Serialize};

/// One correction made by hand. In JSON: `{"kind":"split","account":0,"at":12}`, and for links
/// `{"kind":"link","account":0,"at":12,"other":1,"other_at":40}` (docs/schema.md).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", try_from = "Flat")]
pub enum Correction {
    /// Split the sentence containing char offset `at`: the second part starts at `at`.
    Split { account: usize, at: usize },
    /// Merge the sentence starting at char offset `at` into the sentence before it.
    Merge { account: usize, at: usize },
    /// Put the sentence containing char `other_at` of account `other` into the claim group of
    /// the sentence containing char `at` of `account`.
    Link { account: usize, at: usize, other: usize, other_at: usize },
    /// Take the sentence containing char `other_at` of account `other` out of the claim group
    /// it shares with the sentence containing char `at` of `account`, into a group of its own.
    Unlink { account: usize, at: usize, other: usize, other_at: usize },
}

impl Correction {
    /// Whether it addresses `account`'s text.
    pub fn involves(&self, account: usize) -> bool {
        match *self {
            Correction::Split { account: a, .. } | Correction::Merge { account: a, .. } => a == account,
            Correction::Link { account: a, other, .. } | Correction::Unlink { account: a, other, .. } => {
                a == account || other == account
            }
        }
    }

    /// The same correction with its account indices renumbered by `map`; `None` if `map` has
    /// no number for one of them.
    pub fn map_accounts(&self, map: impl Fn(usize) -> Option<usize>) -> Option<Correction> {
        Some(match *self {
            Correction::Split { account, at } => Correction::Split { account: map(account)?, at },
            Correction::Merge { account, at } => Correction::Merge { account: map(account)?, at },
            Correction::Link { account, at, other, other_at } => {
                Correction::Link { account: map(account)?, at, other: map(other)?, other_at }
            }
            Correction::Unlink { account, at, other, other_at } => {
                Correction::Unlink { account: map(account)?, at, other: map(other)?, other_at }
            }
        })
    }
}

/// The JSON of every kind of correction read as one flat struct: serde's reader of an
/// internally tagged enum costs the wasm bundle several KB more.
#[derive(Deserialize)]
struct Flat {
    kind: String,
    account: usize,
    at: usize,
    other: Option<usize>,
    other_at: Option<usize>,
}

impl TryFrom<Flat> for Correction {
    type Error = &'static str;

    fn try_from(flat: Flat) -> Result<Self, Self::Error> {
        let Flat { kind, account, at, other, other_at } = flat;
        let pair = || other.zip(other_at).ok_or("a link names two sentences");
        Ok(match kind.as_str() {
            "split" => Correction::Split { account, at },
            "merge" => Correction::Merge { account, at },
            "link" => {
                let (other, other_at) = pair()?;
                Correction::Link { account, at, other, other_at }
            }
            "unlink" => {
                let (other, other_at) = pair()?;
                Correction::Unlink { account, at, other, other_at }
            }
            _ => return Err("unknown kind of correction"),
        })
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
    for correction in corrections {
        match *correction {
            Correction::Split { account: a, at } if a == account => {
                if let Some(at) = byte_of_char(text, at) {
                    split(text, &mut ranges, at);
                }
            }
            Correction::Merge { account: a, at } if a == account => {
                if let Some(at) = byte_of_char(text, at) {
                    merge(&mut ranges, at);
                }
            }
            _ => {}
        }
    }
    ranges
}

/// The byte offset of char `index` (the text's length for the index just past its end).
pub(super) fn byte_of_char(text: &str, index: usize) -> Option<usize> {
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
        let link = Correction::Link { account: 0, at: 3, other: 2, other_at: 9 };
        let json = serde_json::to_string(&link).unwrap();
        assert_eq!(json, r#"{"kind":"link","account":0,"at":3,"other":2,"other_at":9}"#);
        assert_eq!(serde_json::from_str::<Correction>(&json).unwrap(), link);
        assert!(serde_json::from_str::<Correction>(r#"{"kind":"link","account":0,"at":3}"#).is_err());
        assert!(serde_json::from_str::<Correction>(r#"{"kind":"join","account":0,"at":3}"#).is_err());
    }

    #[test]
    fn links_leave_boundaries_alone_and_renumber_both_accounts() {
        let link = Correction::Unlink { account: 0, at: 0, other: 1, other_at: 0 };
        assert_eq!(apply(TEXT, initial(), std::slice::from_ref(&link), 0), initial());
        assert!(link.involves(1) && !link.involves(2));
        let moved = Correction::Unlink { account: 5, at: 0, other: 6, other_at: 0 };
        assert_eq!(link.map_accounts(|a| Some(a + 5)), Some(moved));
        assert_eq!(link.map_accounts(|a| (a == 0).then_some(0)), None);
    }
}
