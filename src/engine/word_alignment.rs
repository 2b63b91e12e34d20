//! Word alignment inside a claim group: each member's words flattened into a [`Side`], and the
//! word diff of one side against the reference side ([`align_words`]) as an [`Alignment`] of
//! changes. The diff runs with `similar`'s Myers algorithm (a shortest edit script) over
//! normalised word tokens (punctuation and whitespace are not tokens), then a semantic cleanup
//! merges changes separated only by one or two function words, so that changes read as
//! phrases rather than confetti. Both the group's status (`diverge`) and its typed divergences
//! (`divergence`) read it.

use std::ops::Range;

use similar::DiffOp;

use super::analyse::{AnalysedAccount, AnalysedSentence, Token, TokenKind};
use super::hashing::FastSet;
use super::model::{Member, Span};
use super::similarity::WordShape;
use super::worddiff::word_diff;

/// Equal runs of at most this many function words between two changes are absorbed into them.
const CLEANUP_GAP: usize = 2;
/// Distinct words of a side checked for look-alikes: bounds the cost of huge sentences.
const LOOK_ALIKE_WORDS: usize = 256;
/// Trigram similarity from which two words are spellings of one ("Zelensky", "Zelenskyy").
pub const LOOK_ALIKE_DICE: f64 = 0.6;

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
    pub concepts: FastSet<&'a str>,
    /// Trigrams of distinct content words (at most `LOOK_ALIKE_WORDS`), for spelling variants.
    pub look_alikes: Vec<WordShape>,
}

impl<'a> Side<'a> {
    pub fn new(accounts: &'a [AnalysedAccount], member: &Member) -> Self {
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

    /// Whether `token` says something this side does not: a content word whose concept it lacks,
    /// that looks like none of its words and is a synonym of none.
    pub fn lacks(&self, token: &Token) -> bool {
        if !token.content || self.concepts.contains(token.concept.as_str()) {
            return false;
        }
        let shape = WordShape::new(&token.norm);
        !self.look_alikes.iter().any(|other| shape.dice(other) >= LOOK_ALIKE_DICE)
            && !self.words.iter().any(|t| t.content && token.senses.synonymous(t.senses))
    }

    /// Byte span (as a model span) covering words `range` (clamped, never empty when words exist),
    /// up to the first gap between the member's sentences: a span never takes in the sentences
    /// of the account between two of the member's.
    pub fn span(&self, range: Range<usize>) -> Option<Span> {
        let last = self.words.len().checked_sub(1)?;
        let start = range.start.min(last);
        // Between two words of one sentence, or of two adjacent ones, there is only punctuation.
        let gap = |w: usize| self.between(w).chars().any(char::is_alphanumeric);
        let mut end = start + 1;
        while end < range.end.min(last + 1) && !gap(end) {
            end += 1;
        }
        Some(Span {
            account: self.account,
            start: self.words[start].range.start,
            end: self.words[end - 1].range.end,
        })
    }

    /// Whether punctuation that ends a clause (a comma, a colon, a semicolon, a dash, a bracket,
    /// the end of a sentence) comes between word `w` and the word before it.
    pub fn clause_break_before(&self, w: usize) -> bool {
        w > 0 && self.between(w).contains([',', ';', ':', '.', '!', '?', '(', ')', '—', '–'])
    }

    /// The text between word `w` (at least 1) and the word before it.
    pub fn between(&self, w: usize) -> &str {
        &self.text[self.words[w - 1].range.end..self.words[w].range.start]
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
    let mut seen = FastSet::default();
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

#[cfg(test)]
mod tests {
    use super::super::analyse::analyse_account;
    use super::*;

    #[test]
    fn a_span_never_takes_in_the_sentences_between_a_members_own() {
        let text = "Floods closed the port. Ferries stopped. Crews cleared the quay by noon.";
        let ranges = [0..23, 24..40, 41..text.len()];
        let accounts = [analyse_account(text, &ranges)];
        let member = Member { account: 0, sentences: vec![0, 2] };
        let side = Side::new(&accounts, &member);
        let span = side.span(0..side.words.len()).expect("words");
        assert_eq!(&text[span.start..span.end], "Floods closed the port");
        let adjacent = Side::new(&accounts, &Member { account: 0, sentences: vec![0, 1] });
        let span = adjacent.span(0..adjacent.words.len()).expect("words");
        assert_eq!(&text[span.start..span.end], "Floods closed the port. Ferries stopped");
    }
}
