//! Inside one claim group: the word diff of each member against the group's reference member
//! (see [`super::word_alignment`]), the typed divergences between them (see
//! [`super::divergence`]; numbers, durations and dates between every pair of members) and the
//! group's status.
//!
//! Status precedence, first match wins:
//! 1. `unique`: one account only;
//! 2. `conflicting`: any material divergence (even when some accounts are silent: a conflict is
//!    what a fact-checker must see first);
//! 3. `partial`: several but not all accounts;
//! 4. `identical`: every member has the reference's words (case, quotes and dashes folded);
//! 5. `minor`: only punctuation, function words, synonyms of the same concept, or at most
//!    two novel content words per member that are a small share of the sentence;
//! 6. `paraphrase`: otherwise.

use super::analyse::AnalysedAccount;
use super::divergence;
use super::model::{Group, Member, Span, Status};
use super::sorting::sort_values;
use super::word_alignment::{align_words, Alignment, Side};

/// Most novel content words a member may have for the group to count as minor wording.
const MINOR_NOVEL_WORDS: usize = 2;
/// Most share of a member's content words that may be novel for minor wording.
const MINOR_NOVEL_SHARE: f64 = 0.15;

/// Describes a claim group. Spans in the result are byte offsets (converted by the caller).
pub fn describe(accounts: &[AnalysedAccount], mut members: Vec<Member>, reference: usize) -> Group {
    members.retain(|m| m.account < accounts.len());
    let group_reference = members
        .iter()
        .map(|m| m.account)
        .find(|&a| a == reference)
        .or_else(|| members.first().map(|m| m.account))
        .unwrap_or(reference);
    let Some(reference_member) = members.iter().find(|m| m.account == group_reference) else {
        return Group {
            status: Status::Unique,
            reference: group_reference,
            members,
            divergences: vec![],
            changes: vec![],
            by_hand: None,
        };
    };
    let reference_side = Side::new(accounts, reference_member);
    let others: Vec<Side> =
        members.iter().filter(|m| m.account != group_reference).map(|m| Side::new(accounts, m)).collect();
    let mut changes = Vec::new();
    let mut divergences = Vec::new();
    for other in &others {
        let alignment = align_words(&reference_side, other);
        changes.extend(change_spans(&reference_side, other, &alignment));
        divergences.extend(divergence::find(&reference_side, other, &alignment));
    }
    // Numbers, durations and dates between every pair of members, not only against the reference.
    let sides: Vec<&Side> = std::iter::once(&reference_side).chain(&others).collect();
    let facts: Vec<Vec<divergence::SideFact>> = sides.iter().map(|s| divergence::side_facts(s)).collect();
    for (i, a) in sides.iter().enumerate() {
        for (j, b) in sides.iter().enumerate().skip(i + 1) {
            divergences.extend(divergence::find_facts(a, &facts[i], b, &facts[j]));
        }
    }
    sort_values(&mut changes);
    changes.dedup();
    let status = match membership_status(members.len(), accounts.len()) {
        Some(Status::Unique) => Status::Unique,
        _ if divergences.iter().any(|d| d.material) => Status::Conflicting,
        Some(partial) => partial,
        None => wording_status(&reference_side, &others),
    };
    Group { status, reference: group_reference, members, divergences, changes, by_hand: None }
}

fn change_spans(reference: &Side, other: &Side, alignment: &Alignment) -> Vec<Span> {
    let mut spans = Vec::new();
    for change in &alignment.changes {
        if !change.reference.is_empty() {
            spans.extend(reference.span(change.reference.clone()));
        }
        if !change.other.is_empty() {
            spans.extend(other.span(change.other.clone()));
        }
    }
    spans
}

/// `Unique` for one member, `Partial` for some but not all accounts, `None` for all.
fn membership_status(member_count: usize, account_count: usize) -> Option<Status> {
    match member_count {
        0 | 1 => Some(Status::Unique),
        n if n < account_count => Some(Status::Partial),
        _ => None,
    }
}

/// How far every member's words are from the reference's: identical, minor or paraphrase.
fn wording_status(reference: &Side, others: &[Side]) -> Status {
    let same_words =
        |other: &Side| other.words.iter().map(|t| &t.norm).eq(reference.words.iter().map(|t| &t.norm));
    if others.iter().all(same_words) {
        return Status::Identical;
    }
    let minor = others.iter().all(|other| {
        let (novel, content) = divergence::novel_content(reference, other);
        novel <= MINOR_NOVEL_WORDS && (novel as f64) <= MINOR_NOVEL_SHARE * content.max(1) as f64
    });
    if minor {
        Status::Minor
    } else {
        Status::Paraphrase
    }
}
