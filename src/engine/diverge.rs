//! Inside one claim group: word diff against the reference member, typed divergences, status.
//! PLACEHOLDER: status from membership only.

use super::analyse::AnalysedAccount;
use super::model::{Group, Member, Status};

/// Describes a claim group. Spans in the result are byte offsets (converted by the caller).
pub fn describe(accounts: &[AnalysedAccount], members: Vec<Member>, reference: usize) -> Group {
    let status = match members.len() {
        1 => Status::Unique,
        n if n < accounts.len() => Status::Partial,
        _ => Status::Paraphrase,
    };
    let group_reference = members
        .iter()
        .map(|m| m.account)
        .find(|&a| a == reference)
        .or_else(|| members.first().map(|m| m.account))
        .unwrap_or(reference);
    Group { status, reference: group_reference, members, divergences: Vec::new(), changes: Vec::new() }
}
