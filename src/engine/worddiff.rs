//! The word diff shared by claim groups (`diverge`) and quotes in the fact sheet (`facts`).

use similar::algorithms::{myers, Capture, Replace};
use similar::DiffOp;

use super::hashing::FastMap;

/// A shortest edit script between two word sequences: `similar`'s Myers diff in its raw form,
/// without the speed heuristics that may give up minimality. Sentences are short, so speed is
/// not at stake; and calling this one algorithm directly, rather than through `similar`'s
/// runtime `Algorithm` switch or its Patience front end, keeps the other algorithms, their
/// preflight passes and their hashing out of the wasm bundle (Patience gave byte-identical
/// comparisons on every fixture and sample, for 18 KB more gzip). The words are diffed as
/// numbers (equal words, equal numbers), so the generic code compares integers, not strings.
/// `similar`'s `Compact` hook (which slides edits to merge them) is left out: it brought two
/// copies of its shifting code (3.1 KB gzip), and the semantic cleanup of `word_alignment` merges
/// the changes a reader sees. On the five samples and six real multi-outlet comparisons it
/// changed one highlighted range, none of the divergences.
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
    let mut hook = Replace::new(Capture::new());
    // The hooks never fail: their error type is `Infallible`.
    let Ok(()) = myers::diff_deadline_raw(&mut hook, &old, 0..old.len(), &new, 0..new.len(), None);
    hook.into_inner().into_ops()
}

#[cfg(test)]
mod tests {
    use super::*;

    include!("../../tests/support/xorshift.rs");

    /// The length of a longest common subsequence, by the textbook dynamic programme.
    fn lcs_len(old: &[&str], new: &[&str]) -> usize {
        let mut row = vec![0; new.len() + 1];
        for o in old {
            let mut diagonal = 0;
            for (j, n) in new.iter().enumerate() {
                let above = row[j + 1];
                row[j + 1] = if o == n { diagonal + 1 } else { above.max(row[j]) };
                diagonal = above;
            }
        }
        row[new.len()]
    }

    /// Checks that `ops` turn `old` into `new` and keep as many words as any edit script can.
    fn assert_shortest_script(old: &[&str], new: &[&str]) {
        let ops = word_diff(old, new);
        let (mut rebuilt, mut kept, mut old_at) = (Vec::new(), 0, 0);
        for op in &ops {
            assert_eq!(op.old_range().start, old_at, "ops cover old in order: {old:?} vs {new:?}");
            old_at = op.old_range().end;
            if let DiffOp::Equal { old_index, len, .. } = *op {
                assert_eq!(old[op.old_range()], new[op.new_range()], "{old:?} vs {new:?}");
                kept += len;
                rebuilt.extend_from_slice(&old[old_index..old_index + len]);
            } else {
                rebuilt.extend_from_slice(&new[op.new_range()]);
            }
        }
        assert_eq!(old_at, old.len(), "{old:?} vs {new:?}");
        assert_eq!(rebuilt, new, "the script rebuilds the new side: {old:?} vs {new:?}");
        assert_eq!(kept, lcs_len(old, new), "the script is shortest: {old:?} vs {new:?}");
    }

    #[test]
    fn word_diff_is_a_shortest_edit_script() {
        let pairs: [(&[&str], &[&str]); 5] = [
            (&["a", "b", "c", "d"], &["a", "x", "c", "d", "e"]),
            (&["the", "talks", "lasted", "two", "hours"], &["talks", "lasted", "about", "two", "hours"]),
            (&[], &["only", "new"]),
            (&["only", "old"], &[]),
            (&["x", "y", "x", "y"], &["y", "x", "y", "x"]),
        ];
        for (old, new) in pairs {
            assert_shortest_script(old, new);
        }
        // Random word sequences with many repeats, where a heuristic could settle for a longer
        // script.
        let words = ["a", "b", "c", "d", "e", "the", "of", "x"];
        let mut random = XorShift(0x2545_f491_4f6c_dd1d);
        for _ in 0..2_000 {
            let alphabet = 2 + random.below(7);
            let old: Vec<&str> = (0..random.below(40)).map(|_| words[random.below(alphabet)]).collect();
            let mut new = old.clone();
            for _ in 0..random.below(8) {
                match random.below(3) {
                    0 if !new.is_empty() => drop(new.remove(random.below(new.len()))),
                    1 => new.insert(random.below(new.len() + 1), words[random.below(alphabet)]),
                    _ => new = (0..random.below(40)).map(|_| words[random.below(alphabet)]).collect(),
                }
            }
            assert_shortest_script(&old, &new);
        }
    }
}
