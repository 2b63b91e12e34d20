//! The comparison engine: pure Rust, no web dependency. It compiles natively (CLI, tests,
//! benchmarks) and to wasm32 (the web app), and `compare` is its one entry point.
//!
//! Data flows one way through small stages with plain data between them:
//! `segment` (sentence byte ranges) → `analyse` (tokens, numbers, quotes, hedges per sentence)
//! → `align` (claim groups across accounts) → `manual_links` (links and unlinks made by hand)
//! → `diverge` (word diff, typed divergences, status); `facts` (the fact sheet: every number,
//! duration, date and quote lined up across the accounts by slot) runs on the analysed accounts,
//! independent of the groups, and `divergence` uses its slot matching and bound logic for the
//! groups' number and time divergences. `corrections` holds the corrections made by hand and
//! applies the boundary ones right after `segment`. `related` links sentences of different groups
//! that share a claim (many-to-many, beside the partition).
//! Helpers: `lexicon` (word lists, word classes, stemming) and `quantity` (numbers with units)
//! serve `analyse`; `similarity` (weighted concept overlap, inverted index) serves `align`;
//! `eras` (whether a sentence's words tell the reported event or an earlier one it recalls)
//! serves `similarity` and `facts`; `divergence` (the typed detectors) serves `diverge`; `decimal` (number text to `f64` and back
//! without the standard library's float code) serves `quantity`; `sorting` (sorts with little
//! wasm code) serves them all.
//! Internally every stage works in byte offsets; `compare` converts them to the char offsets
//! of the public model at the end.

/// A word list, written as string literals and stored as one string of space-separated words
/// (so a word must not contain a space). An array of `&str` would store a pointer and a length
/// per word as well, 8 bytes each in the wasm bundle.
macro_rules! words {
    ($($word:literal),* $(,)?) => {
        concat!($($word, " "),*)
    };
}

pub mod align;
pub mod analyse;
pub mod case;
mod claims;
pub mod corrections;
mod decimal;
pub mod diverge;
mod divergence;
mod eras;
pub mod facts;
mod hashing;
mod lexicon;
pub mod limits;
mod manual_links;
pub mod model;
mod openings;
pub mod quantity;
mod related;
pub mod report;
pub mod segment;
mod similarity;
pub mod sorting;
pub mod synonyms;
mod text_index;
pub mod token;
mod tuning;
mod word_alignment;
mod worddiff;

pub use model::*;

use text_index::CharIndex;

/// Compares accounts of one event. Never panics; every char of every account lies in exactly
/// one sentence (sentences are separated only by whitespace) and every sentence in exactly
/// one group.
pub fn compare(accounts: &[AccountInput], options: &Options) -> Comparison {
    let reference = options.reference.min(accounts.len().saturating_sub(1));
    let analysed: Vec<analyse::AnalysedAccount> = accounts
        .iter()
        .enumerate()
        .map(|(index, a)| {
            let sentences =
                corrections::apply(&a.text, segment::segment(&a.text), &options.corrections, index);
            analyse::analyse_account(&a.text, &sentences).labelled(&a.label)
        })
        .collect();
    let (aligned, scores, overlaps) = align::align_scored(&analysed, reference);
    let member_lists = manual_links::apply(&analysed, aligned, &options.corrections, reference);
    let sentences: Vec<usize> = analysed.iter().map(|a| a.sentences.len()).collect();
    let claims = claims::Claims::new(&sentences, member_lists.iter().map(|(members, _)| members));
    let sheet = facts::fact_sheet(&analysed, reference, &claims);
    let related = related::related(&analysed, (&scores, &overlaps), &sheet, &claims);
    let mut facts = sheet.rows;
    let char_indices: Vec<CharIndex> = accounts.iter().map(|a| CharIndex::new(&a.text)).collect();
    for value in facts.iter_mut().flat_map(|row| row.values.iter_mut()) {
        if let Some(chars) = char_indices.get(value.account) {
            value.start = chars.char_of(value.start);
            value.end = chars.char_of(value.end);
        }
    }
    let groups = member_lists
        .into_iter()
        .map(|(members, by_hand)| {
            let group = Group { by_hand, ..diverge::describe(&analysed, members, reference) };
            to_char_offsets(group, &char_indices)
        })
        .collect();
    Comparison {
        schema: SCHEMA.to_string(),
        reference,
        accounts: accounts
            .iter()
            .zip(&analysed)
            .zip(&char_indices)
            .map(|((input, analysed), chars)| Account {
                label: input.label.clone(),
                sentences: analysed
                    .sentences
                    .iter()
                    .map(|s| Sentence {
                        start: chars.char_of(s.range.start),
                        end: chars.char_of(s.range.end),
                        text: input.text[s.range.clone()].to_string(),
                    })
                    .collect(),
            })
            .collect(),
        groups,
        facts,
        related,
    }
}

/// Segments one text into sentences with char offsets (what `claimdiff segment` prints).
pub fn segment_text(text: &str) -> Vec<Sentence> {
    let chars = CharIndex::new(text);
    segment::segment(text)
        .into_iter()
        .map(|r| Sentence {
            start: chars.char_of(r.start),
            end: chars.char_of(r.end),
            text: text[r].to_string(),
        })
        .collect()
}

fn to_char_offsets(mut group: Group, chars: &[CharIndex]) -> Group {
    let convert = |span: &mut Span| {
        let index = &chars[span.account];
        span.start = index.char_of(span.start);
        span.end = index.char_of(span.end);
    };
    group.changes.iter_mut().for_each(convert);
    group.divergences.iter_mut().flat_map(|d| d.spans.iter_mut()).for_each(convert);
    group
}
