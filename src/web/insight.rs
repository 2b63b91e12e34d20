//! Figures the result views derive from a comparison: which members were moved, what each
//! account's claims meet in the others, and how often each pair of accounts agrees. Pure
//! functions over the model (which sentence is in which group is the model's own
//! `Comparison::sentence_groups`).

use crate::engine::sorting::sort_values;
use crate::engine::{Comparison, Divergence, Group};

/// The `(group, account)` members that are "moved": read in the table's order (the reference's
/// reading order), an account's sentences go up and down; the longest run that keeps the
/// account's own order stays in place, and every other member is moved (the same claim in
/// another position), rather than deleted here and inserted there. Sorted, for
/// [`is_moved`].
pub fn moved_members(comparison: &Comparison) -> Vec<(usize, usize)> {
    let mut moved = Vec::new();
    for account in 0..comparison.accounts.len() {
        let positions: Vec<(usize, usize)> = comparison
            .groups
            .iter()
            .enumerate()
            .filter_map(|(g, group)| {
                let first = group.members.iter().find(|m| m.account == account)?.sentences.first()?;
                Some((g, *first))
            })
            .collect();
        let keep = longest_increasing(&positions.iter().map(|&(_, s)| s).collect::<Vec<_>>());
        for (i, &(g, _)) in positions.iter().enumerate() {
            if !keep[i] && comparison.groups[g].members.len() > 1 {
                moved.push((g, account));
            }
        }
    }
    sort_values(&mut moved);
    moved
}

/// Whether the member of `group` from `account` is among the sorted `moved` members.
pub fn is_moved(moved: &[(usize, usize)], group: usize, account: usize) -> bool {
    moved.binary_search(&(group, account)).is_ok()
}

/// For each index of `values`, whether it is in one longest strictly increasing subsequence
/// (O(n log n)).
fn longest_increasing(values: &[usize]) -> Vec<bool> {
    let mut tails: Vec<usize> = Vec::new(); // index of the smallest tail of each length
    let mut previous = vec![usize::MAX; values.len()];
    for (i, &value) in values.iter().enumerate() {
        let length = tails.partition_point(|&t| values[t] < value);
        if length > 0 {
            previous[i] = tails[length - 1];
        }
        if length == tails.len() {
            tails.push(i);
        } else {
            tails[length] = i;
        }
    }
    let mut keep = vec![false; values.len()];
    let mut at = tails.last().copied().unwrap_or(usize::MAX);
    while at != usize::MAX {
        keep[at] = true;
        at = previous[at];
    }
    keep
}

/// Does a material divergence of `group` involve every one of `accounts`?
fn contradicts(group: &Group, accounts: &[usize]) -> bool {
    let involves = |d: &Divergence, a: usize| d.spans.iter().any(|s| s.account == a);
    group.divergences.iter().any(|d| d.material && accounts.iter().all(|&a| involves(d, a)))
}

fn has_member(group: &Group, account: usize) -> bool {
    group.members.iter().any(|m| m.account == account)
}

/// What became of one account's claims in the other accounts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Claim groups the account takes part in.
    pub claims: usize,
    /// Shared with another account, with no material divergence involving this account.
    pub confirmed: usize,
    /// Shared, but a material divergence involves this account.
    pub contradicted: usize,
    /// Made by this account alone: the others omit it.
    pub alone: usize,
    /// Claims two or more other accounts share that this account omits.
    pub omits: usize,
}

/// One tally per account.
pub fn tallies(comparison: &Comparison) -> Vec<Tally> {
    (0..comparison.accounts.len())
        .map(|account| {
            let mut tally = Tally::default();
            for group in &comparison.groups {
                if !has_member(group, account) {
                    tally.omits += (group.members.len() >= 2) as usize;
                    continue;
                }
                tally.claims += 1;
                if group.members.len() < 2 {
                    tally.alone += 1;
                } else if contradicts(group, &[account]) {
                    tally.contradicted += 1;
                } else {
                    tally.confirmed += 1;
                }
            }
            tally
        })
        .collect()
}

/// For accounts `a` and `b`: `(agree, shared)`, the claim groups both make and how many of
/// them no material divergence between the two sets apart.
pub fn agreement(comparison: &Comparison, a: usize, b: usize) -> (usize, usize) {
    comparison
        .groups
        .iter()
        .filter(|g| has_member(g, a) && has_member(g, b))
        .fold((0, 0), |(agree, shared), g| (agree + !contradicts(g, &[a, b]) as usize, shared + 1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn longest_increasing_keeps_the_in_order_run() {
        let keep = longest_increasing(&[0, 1, 5, 2, 3, 4]);
        assert_eq!(keep, [true, true, false, true, true, true]);
        assert!(longest_increasing(&[]).is_empty());
    }
}
