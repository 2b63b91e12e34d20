//! Which claim group each sentence is in, looked up by (account, sentence), and whether each
//! group holds sentences of more than one account: built once from the final groups (after
//! the links made by hand) and read by the fact sheet and the related links.

use super::model::Member;

/// The claim group of every sentence of every account.
pub struct Claims {
    /// `group[account][sentence]`; `NONE` for a sentence in no group.
    group: Vec<Vec<usize>>,
    /// For each group: whether it holds sentences of more than one account.
    shared: Vec<bool>,
}

const NONE: usize = usize::MAX;

impl Claims {
    /// `sentences[account]` is how many sentences the account has; `groups` are the claim
    /// groups in order.
    pub fn new<'a>(sentences: &[usize], groups: impl IntoIterator<Item = &'a Vec<Member>>) -> Self {
        let mut group: Vec<Vec<usize>> = sentences.iter().map(|&n| vec![NONE; n]).collect();
        let mut shared = Vec::new();
        for (g, members) in groups.into_iter().enumerate() {
            for m in members {
                for &s in &m.sentences {
                    if let Some(slot) = group.get_mut(m.account).and_then(|a| a.get_mut(s)) {
                        *slot = g;
                    }
                }
            }
            shared.push(members.iter().any(|m| m.account != members[0].account));
        }
        Claims { group, shared }
    }

    /// The claim group of sentence `sentence` of account `account`.
    pub fn of(&self, (account, sentence): (usize, usize)) -> Option<usize> {
        self.group.get(account)?.get(sentence).copied().filter(|&g| g != NONE)
    }

    /// Whether group `g` holds sentences of more than one account.
    pub fn is_shared(&self, g: usize) -> bool {
        self.shared.get(g).copied().unwrap_or(false)
    }
}
