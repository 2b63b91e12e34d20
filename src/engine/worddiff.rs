//! The word diff shared by claim groups (`diverge`) and quotes in the fact sheet (`facts`).

use similar::algorithms::{myers, Capture, Compact, Replace};
use similar::DiffOp;

use super::hashing::FastMap;

/// A shortest edit script between two word sequences: `similar`'s Myers diff in its raw form,
/// without the speed heuristics that may give up minimality. Sentences are short, so speed is
/// not at stake; and calling this one algorithm directly, rather than through `similar`'s
/// runtime `Algorithm` switch or its Patience front end, keeps the other algorithms, their
/// preflight passes and their hashing out of the wasm bundle (Patience gave byte-identical
/// comparisons on every fixture and sample, for 18 KB more gzip). The words are diffed as
/// numbers (equal words, equal numbers), so the generic code compares integers, not strings.
pub fn word_diff<'a>(old: &[&'a str], new: &[&'a str]) -> Vec<DiffOp> {
    // `u32` ids: the map's type is the one `similarity` numbers concepts with, so the two
    // share one copy of the hash table's code.
    let mut ids: FastMap<&'a str, u32> = FastMap::default();
    let mut number = |words: &[&'a str]| -> Vec<u32> {
        let mut numbers = Vec::with_capacity(words.len());
        for &w in words {
            let next = ids.len() as u32;
            numbers.push(*ids.entry(w).or_insert(next));
        }
        numbers
    };
    let (old, new) = (number(old), number(new));
    let mut hook = Compact::new(Replace::new(Capture::new()), &old, &new);
    // The hooks never fail: their error type is `Infallible`.
    let Ok(()) = myers::diff_deadline_raw(&mut hook, &old, 0..old.len(), &new, 0..new.len(), None);
    hook.into_inner().into_inner().into_ops()
}
