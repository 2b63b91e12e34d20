//! Inside one claim group: the word diff of each member against the group's reference member,
//! the typed divergences between them (see [`super::divergence`]; numbers, durations and dates
//! between every pair of members) and the group's status.
//!
//! The diff runs with `similar`'s Myers algorithm (a shortest edit script) over normalised word
//! tokens (punctuation and whitespace are not tokens), then a semantic cleanup merges changes
//! separated only by one or two function words, so that changes read as phrases rather than
//! confetti.
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

use std::collections::HashSet;
use std::ops::Range;

use similar::DiffOp;

use super::analyse::{AnalysedAccount, AnalysedSentence, Token, TokenKind};
use super::divergence;
use super::model::{Group, Member, Span, Status};
use super::similarity::WordShape;
use super::sorting::sort_values;
use super::worddiff::word_diff;

/// Equal runs of at most this many function words between two changes are absorbed into them.
const CLEANUP_GAP: usize = 2;
/// Distinct words of a side checked for look-alikes: bounds the cost of huge sentences.
const LOOK_ALIKE_WORDS: usize = 256;
/// Trigram similarity from which two words are spellings of one ("Zelensky", "Zelenskyy").
pub const LOOK_ALIKE_DICE: f64 = 0.6;
/// Most novel content words a member may have for the group to count as minor wording.
const MINOR_NOVEL_WORDS: usize = 2;
/// Most share of a member's content words that may be novel for minor wording.
const MINOR_NOVEL_SHARE: f64 = 0.15;

/// One member's words, flattened across its sentences.
pub struct Side<'a> {
    pub account: usize,
    pub label: String,
    pub text: &'a str,
    /// Word and number tokens in reading order.
    pub words: Vec<&'a Token>,
    /// For each sentence of the member: its tokens, and the index in `words` of each word token.
    pub sentences: Vec<(&'a AnalysedSentence, Vec<Option<usize>>)>,
    /// For each word: whether analysis found it to hedge (see `AnalysedSentence::hedges`).
    pub hedged: Vec<bool>,
    /// For each word: whether analysis found it to negate (see `AnalysedSentence::negations`).
    pub negated: Vec<bool>,
    /// Concepts of the content words.
    pub concepts: HashSet<&'a str>,
    /// Trigrams of distinct content words (at most `LOOK_ALIKE_WORDS`), for spelling variants.
    pub look_alikes: Vec<WordShape>,
}

impl<'a> Side<'a> {
    fn new(accounts: &'a [AnalysedAccount], member: &Member) -> Self {
        let account = &accounts[member.account];
        let mut words = Vec::new();
        let mut sentences = Vec::new();
        for sentence in member.sentences.iter().filter_map(|&s| account.sentences.get(s)) {
            let index: Vec<Option<usize>> = sentence
                .tokens
                .iter()
                .map(|t| {
                    (t.kind != TokenKind::Punct).then(|| {
                        words.push(t);
                        words.len() - 1
                    })
                })
                .collect();
            sentences.push((sentence, index));
        }
        let flags = |pick: fn(&AnalysedSentence) -> &Vec<usize>| {
            let mut flags = vec![false; words.len()];
            for (sentence, index) in &sentences {
                for &t in pick(sentence) {
                    if let Some(&Some(w)) = index.get(t) {
                        flags[w] = true;
                    }
                }
            }
            flags
        };
        let (hedged, negated) = (flags(|s| &s.hedges), flags(|s| &s.negations));
        let concepts = words.iter().filter(|t| t.content).map(|t| t.concept.as_str()).collect();
        let look_alikes = distinct_look_alikes(&words);
        Side {
            account: member.account,
            label: account.name(member.account),
            text: &account.text,
            words,
            sentences,
            hedged,
            negated,
            concepts,
            look_alikes,
        }
    }

    /// Whether `token` says something this side does not: a content word whose concept it lacks
    /// and that looks like none of its words.
    pub fn lacks(&self, token: &Token) -> bool {
        if !token.content || self.concepts.contains(token.concept.as_str()) {
            return false;
        }
        let shape = WordShape::new(&token.norm);
        !self.look_alikes.iter().any(|other| shape.dice(other) >= LOOK_ALIKE_DICE)
    }

    /// Byte span (as a model span) covering words `range` (clamped, never empty when words exist).
    pub fn span(&self, range: Range<usize>) -> Option<Span> {
        let last = self.words.len().checked_sub(1)?;
        let start = range.start.min(last);
        let end = range.end.clamp(start + 1, last + 1);
        Some(Span {
            account: self.account,
            start: self.words[start].range.start,
            end: self.words[end - 1].range.end,
        })
    }

    /// The text of words `range`, as written.
    pub fn quote(&self, range: Range<usize>) -> String {
        match self.span(range) {
            Some(span) => self.text[span.start..span.end].to_string(),
            None => String::new(),
        }
    }
}

fn distinct_look_alikes(words: &[&Token]) -> Vec<WordShape> {
    let mut seen = HashSet::new();
    words
        .iter()
        .filter(|t| t.content && seen.insert(t.norm.as_str()))
        .take(LOOK_ALIKE_WORDS)
        .map(|t| WordShape::new(&t.norm))
        .collect()
}

/// A change between the reference side and another: word ranges on each side.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub reference: Range<usize>,
    pub other: Range<usize>,
}

/// The aligned words of two sides: changes, and a map of equal words.
pub struct Alignment {
    pub changes: Vec<Change>,
    /// For each reference word, the other side's equal word.
    equal_to_other: Vec<Option<usize>>,
    equal_to_reference: Vec<Option<usize>>,
}

impl Alignment {
    /// The other side's words that correspond to reference words `range`.
    pub fn other_of(&self, range: Range<usize>, other_len: usize) -> Range<usize> {
        counterpart(range, &self.changes, &self.equal_to_other, |c| (&c.reference, &c.other), other_len)
    }

    /// The reference words that correspond to other-side words `range`.
    pub fn reference_of(&self, range: Range<usize>, reference_len: usize) -> Range<usize> {
        counterpart(
            range,
            &self.changes,
            &self.equal_to_reference,
            |c| (&c.other, &c.reference),
            reference_len,
        )
    }
}

fn counterpart(
    range: Range<usize>,
    changes: &[Change],
    equal: &[Option<usize>],
    sides: impl Fn(&Change) -> (&Range<usize>, &Range<usize>),
    target_len: usize,
) -> Range<usize> {
    let mut hits: Vec<Range<usize>> = Vec::new();
    for i in range.clone() {
        if let Some(&Some(j)) = equal.get(i) {
            hits.push(j..j + 1);
        }
    }
    for change in changes {
        let (from, to) = sides(change);
        let touches =
            from.start < range.end.max(range.start + 1) && range.start < from.end.max(from.start + 1);
        if touches {
            hits.push(widen_empty(to.clone(), target_len));
        }
    }
    let start = hits.iter().map(|r| r.start).min().unwrap_or(0);
    let end = hits.iter().map(|r| r.end).max().unwrap_or(target_len.min(1));
    start..end.max(start)
}

/// An empty range (an insertion point) widened to the word after it, or before it at the end.
fn widen_empty(range: Range<usize>, len: usize) -> Range<usize> {
    if !range.is_empty() || len == 0 {
        return range;
    }
    if range.start < len {
        range.start..range.start + 1
    } else {
        len - 1..len
    }
}

/// Word-level diff of two sides with semantic cleanup.
pub fn align_words(reference: &Side, other: &Side) -> Alignment {
    let (old, new) = (diff_keys(reference), diff_keys(other));
    let ops = word_diff(&old, &new);
    let mut equal_to_other = vec![None; old.len()];
    let mut equal_to_reference = vec![None; new.len()];
    let mut raw = Vec::new();
    for op in &ops {
        match *op {
            DiffOp::Equal { old_index, new_index, len } => {
                for k in 0..len {
                    equal_to_other[old_index + k] = Some(new_index + k);
                    equal_to_reference[new_index + k] = Some(old_index + k);
                }
            }
            _ => raw.push(Change { reference: op.old_range(), other: op.new_range() }),
        }
    }
    let changes = cleanup(raw, reference);
    for change in &changes {
        change.reference.clone().for_each(|i| equal_to_other[i] = None);
        change.other.clone().for_each(|j| equal_to_reference[j] = None);
    }
    Alignment { changes, equal_to_other, equal_to_reference }
}

fn diff_keys<'a>(side: &Side<'a>) -> Vec<&'a str> {
    side.words.iter().map(|t| t.norm.as_str()).collect()
}

/// Merges changes separated by a short run of equal function words.
fn cleanup(changes: Vec<Change>, reference: &Side) -> Vec<Change> {
    let mut merged: Vec<Change> = Vec::new();
    for change in changes {
        if let Some(last) = merged.last_mut() {
            let gap = last.reference.end..change.reference.start;
            let only_function_words = reference.words[gap.clone()].iter().all(|t| !t.content);
            if gap.len() <= CLEANUP_GAP && only_function_words {
                last.reference.end = change.reference.end;
                last.other.end = change.other.end;
                continue;
            }
        }
        merged.push(change);
    }
    merged
}

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
