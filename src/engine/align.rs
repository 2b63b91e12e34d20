//! Alignment of sentences across accounts into claim groups. PLACEHOLDER: every sentence is
//! its own group; to be replaced by the real aligner.

use super::analyse::AnalysedAccount;
use super::model::Member;

/// Claim groups (each a list of members in account order), ordered to follow the reference
/// account's reading order. Every sentence of every account is in exactly one group.
pub fn align(accounts: &[AnalysedAccount], _reference: usize) -> Vec<Vec<Member>> {
    accounts
        .iter()
        .enumerate()
        .flat_map(|(account, a)| {
            (0..a.sentences.len()).map(move |s| vec![Member { account, sentences: vec![s] }])
        })
        .collect()
}
