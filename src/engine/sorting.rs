//! Sorting with little code, for the wasm bundle.
//!
//! The standard library's sorts (driftsort, ipnsort) are fast but large, and generic over both
//! the element type and the comparison: every `sort_by` or `sort_unstable` call site linked its
//! own copy of about 2 KB of wasm, some 14 KB (gzip) in all. These helpers give the same
//! results with one copy of it:
//! - `sort_by` (stable, like `slice::sort_by`) sorts the items' positions with the standard
//!   sort through a `dyn` comparison, then moves the items into that order;
//! - `sort_values` orders `Ord` values (equal values are indistinguishable, so stability does
//!   not matter) with a heapsort of a few hundred bytes per call site, without allocating: it
//!   serves the many short sorts (a word's trigrams, a sentence's terms).

use std::cmp::Ordering;

/// Sorts values in ascending order, as `slice::sort_unstable` does.
pub fn sort_values<T: Ord>(items: &mut [T]) {
    heapsort(items, |a, b| a < b);
}

/// Sorts stably by `compare`, as `slice::sort_by` does.
pub fn sort_by<T>(items: &mut Vec<T>, mut compare: impl FnMut(&T, &T) -> Ordering) {
    let order = sorted_positions(items.len(), &mut |i, j| compare(&items[i], &items[j]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// The positions `0..len` in stable sorted order: the one copy of the standard library's
/// sort behind every `sort_by`, as it is generic over neither the items nor the comparison.
fn sorted_positions(len: usize, compare: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&i, &j| compare(i, j));
    order
}

fn heapsort<T>(items: &mut [T], mut less: impl FnMut(&T, &T) -> bool) {
    // Sifts the element at `node` down the max-heap formed by `heap`.
    let mut sift_down = |heap: &mut [T], mut node: usize| loop {
        let mut child = 2 * node + 1;
        if child >= heap.len() {
            break;
        }
        if child + 1 < heap.len() && less(&heap[child], &heap[child + 1]) {
            child += 1;
        }
        if !less(&heap[node], &heap[child]) {
            break;
        }
        heap.swap(node, child);
        node = child;
    };
    for node in (0..items.len() / 2).rev() {
        sift_down(items, node);
    }
    for end in (1..items.len()).rev() {
        items.swap(0, end);
        sift_down(&mut items[..end], 0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    include!("../../tests/support/xorshift.rs");

    fn random_vectors() -> Vec<Vec<(u8, u16)>> {
        let mut rng = XorShift(0x9e37_79b9_7f4a_7c15);
        (0..500)
            .map(|n| {
                let len = rng.below(200) * usize::from(n % 10 != 0);
                (0..len).map(|_| (rng.below(8) as u8, rng.below(1000) as u16)).collect()
            })
            .collect()
    }

    #[test]
    fn sort_values_sorts_like_the_standard_library() {
        for mut items in random_vectors() {
            let mut expected = items.clone();
            expected.sort_unstable();
            sort_values(&mut items);
            assert_eq!(items, expected);
        }
    }

    #[test]
    fn sort_by_is_stable_like_the_standard_library() {
        for mut items in random_vectors() {
            // Compare by the first field only: the second shows the order of equal elements.
            let mut expected = items.clone();
            expected.sort_by_key(|x| std::cmp::Reverse(x.0));
            sort_by(&mut items, |a, b| b.0.cmp(&a.0));
            assert_eq!(items, expected);
        }
    }
}
