//! Claim groups corrected by hand: `Link` and `Unlink` corrections
//! ([`super::corrections::Correction`]). `compare` applies them after `align` and before
//! `diverge`, so the corrected groups get their status and divergences like any other.
//!
//! Each of the two sentences is addressed by account index and the char offset of any char
//! inside it (usually its start), so a link survives a reload and boundary corrections made
//! before it. Link(a, b) moves b's sentence into a's group, which may then hold two sentences
//! of b's account (as groups do for 1:2 splits). Unlink(a, b), when a and b share a group,
//! moves b's sentence alone out of it into a group of its own; a's group keeps everything
//! else. Both move one sentence, so what the user pointed at is what moves. Corrections apply
//! in order, so a later one wins over an earlier one about the same sentences. One that no
//! longer fits the text (an offset outside every sentence, an account that is not there, both
//! ends in one sentence) is ignored. Every sentence stays in exactly one group; the groups
//! are then ordered again as `align` orders them, and the groups changed are marked
//! ([`ByHand`]).

use super::align::order_groups;
use super::analyse::AnalysedAccount;
use super::corrections::{byte_of_char, Correction};
use super::hashing::FastMap;
use super::model::{ByHand, Member};
use super::similarity::SentenceId;

/// A link or unlink resolved to sentences: (link?, a, b).
type Resolved = (bool, SentenceId, SentenceId);

/// Claim groups after the link corrections, in reading order, with the mark of each group
/// a correction changed.
pub fn apply(
    accounts: &[AnalysedAccount],
    groups: Vec<Vec<Member>>,
    corrections: &[Correction],
    reference: usize,
) -> Vec<(Vec<Member>, Option<ByHand>)> {
    let resolved: Vec<Resolved> = corrections.iter().filter_map(|c| resolve(accounts, c)).collect();
    if resolved.is_empty() {
        return groups.into_iter().map(|g| (g, None)).collect();
    }
    let mut groups = Groups::new(groups);
    let mut marks: Vec<(SentenceId, ByHand)> = Vec::new();
    for (link, a, b) in resolved {
        let moved = if link { groups.link(a, b) } else { groups.unlink(a, b) };
        if moved {
            let mark = if link { ByHand::Linked } else { ByHand::Unlinked };
            marks.retain(|&(id, _)| id != a && id != b);
            marks.extend([(a, mark), (b, mark)]);
        }
    }
    let ordered = order_groups(accounts, groups.into_lists(), reference);
    ordered
        .into_iter()
        .map(|members| {
            let mark = mark_of(&members, &marks);
            (members, mark)
        })
        .collect()
}

/// The sentences a link correction names, if both are there.
fn resolve(accounts: &[AnalysedAccount], correction: &Correction) -> Option<Resolved> {
    let (link, account, at, other, other_at) = match *correction {
        Correction::Link { account, at, other, other_at } => (true, account, at, other, other_at),
        Correction::Unlink { account, at, other, other_at } => (false, account, at, other, other_at),
        _ => return None,
    };
    let a = (account, sentence_at(accounts.get(account)?, at)?);
    let b = (other, sentence_at(accounts.get(other)?, other_at)?);
    (a != b).then_some((link, a, b))
}

/// The index of the sentence that holds char `at` of the account's text.
fn sentence_at(account: &AnalysedAccount, at: usize) -> Option<usize> {
    let byte = byte_of_char(&account.text, at)?;
    let i = account.sentences.partition_point(|s| s.range.end <= byte);
    account.sentences.get(i).filter(|s| s.range.start <= byte).map(|_| i)
}

/// A group changed by hand is `Linked` if a link touched one of its sentences, else
/// `Unlinked` if an unlink did.
fn mark_of(members: &[Member], marks: &[(SentenceId, ByHand)]) -> Option<ByHand> {
    let holds = |&(account, sentence): &SentenceId| {
        members.iter().any(|m| m.account == account && m.sentences.contains(&sentence))
    };
    let mut found = marks.iter().filter(|(id, _)| holds(id)).map(|&(_, mark)| mark);
    found.clone().find(|&m| m == ByHand::Linked).or_else(|| found.next())
}

/// Groups as lists of sentences, with the group of each sentence.
struct Groups {
    lists: Vec<Vec<SentenceId>>,
    group_of: FastMap<SentenceId, usize>,
}

impl Groups {
    fn new(groups: Vec<Vec<Member>>) -> Self {
        let lists: Vec<Vec<SentenceId>> = groups
            .into_iter()
            .map(|g| {
                g.into_iter().flat_map(|m| m.sentences.into_iter().map(move |s| (m.account, s))).collect()
            })
            .collect();
        let group_of =
            lists.iter().enumerate().flat_map(|(g, ids)| ids.iter().map(move |&id| (id, g))).collect();
        Groups { lists, group_of }
    }

    /// Moves `b` into `a`'s group; false if it was there already.
    fn link(&mut self, a: SentenceId, b: SentenceId) -> bool {
        let Some(&to) = self.group_of.get(&a) else { return false };
        self.move_to(b, to)
    }

    /// Moves `b` out of the group it shares with `a` into a new group; false if they did not share one.
    fn unlink(&mut self, a: SentenceId, b: SentenceId) -> bool {
        match (self.group_of.get(&a), self.group_of.get(&b)) {
            (Some(x), Some(y)) if x == y => {}
            _ => return false,
        }
        self.lists.push(Vec::new());
        self.move_to(b, self.lists.len() - 1)
    }

    fn move_to(&mut self, id: SentenceId, to: usize) -> bool {
        let Some(&from) = self.group_of.get(&id) else { return false };
        if from == to {
            return false;
        }
        self.group_of.insert(id, to);
        self.lists[from].retain(|&x| x != id);
        self.lists[to].push(id);
        true
    }

    /// The non-empty groups.
    fn into_lists(self) -> Vec<Vec<SentenceId>> {
        self.lists.into_iter().filter(|ids| !ids.is_empty()).collect()
    }
}
