//! The comparison data model: what the engine produces and every consumer (UI, CLI, JS API,
//! exports) reads. It is serialised as the stable `claimdiff.comparison/1` JSON schema
//! (see `docs/schema.md`). All offsets are counted in Unicode scalar values (chars) into the
//! account's text exactly as it was given.

use serde::{Deserialize, Serialize};

/// Identifier written into every serialised comparison.
pub const SCHEMA: &str = "claimdiff.comparison/1";

/// One account of the event, as the user pasted it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountInput {
    pub label: String,
    pub text: String,
}

/// How to compare.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Options {
    /// Index of the reference account: rows follow its reading order and diffs are against it.
    pub reference: usize,
    /// Corrections made by hand, applied in order: sentence boundaries right after segmentation,
    /// links and unlinks of sentences right after alignment.
    pub corrections: Vec<super::corrections::Correction>,
}

/// A half-open range `[start, end)` of chars in one account's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    pub account: usize,
    pub start: usize,
    pub end: usize,
}

/// A sentence: a char range of its account's text, and the text of that range.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// An account after segmentation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Account {
    pub label: String,
    pub sentences: Vec<Sentence>,
}

/// How the accounts in a claim group relate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Every account says it in the same words.
    Identical,
    /// Every account says it; only small wording changes (punctuation, a function word, a synonym).
    Minor,
    /// Every account says it, in different words, with no material divergence.
    Paraphrase,
    /// The accounts that say it disagree on something material.
    Conflicting,
    /// Several accounts say it, others are silent.
    Partial,
    /// Only one account says it.
    Unique,
}

impl Status {
    pub const ALL: [Status; 6] = [
        Status::Identical,
        Status::Minor,
        Status::Paraphrase,
        Status::Conflicting,
        Status::Partial,
        Status::Unique,
    ];

    /// The name used in JSON and CSS classes.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Identical => "identical",
            Status::Minor => "minor",
            Status::Paraphrase => "paraphrase",
            Status::Conflicting => "conflicting",
            Status::Partial => "partial",
            Status::Unique => "unique",
        }
    }

    /// A reader-facing label.
    pub fn label(self) -> &'static str {
        match self {
            Status::Identical => "Identical",
            Status::Minor => "Minor wording",
            Status::Paraphrase => "Paraphrase",
            Status::Conflicting => "Conflicting",
            Status::Partial => "Partial",
            Status::Unique => "Unique",
        }
    }
}

/// What kind of divergence two accounts show inside a claim group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DivergenceType {
    /// A quantity differs ("175 each" vs "372").
    Number,
    /// A date, day or duration differs.
    Time,
    /// A word added or dropped changes what the claim covers.
    Scope,
    /// The words inside quotation marks differ.
    Quote,
    /// A different source is credited ("the Kremlin said" vs "the White House said").
    Attribution,
    /// A different person, place or organisation is named.
    Name,
    /// Certainty differs ("about", "over", "may").
    Hedge,
    /// One account negates what the other affirms.
    Negation,
    /// Only the wording differs.
    Wording,
}

impl DivergenceType {
    pub const ALL: [DivergenceType; 9] = [
        DivergenceType::Number,
        DivergenceType::Time,
        DivergenceType::Scope,
        DivergenceType::Quote,
        DivergenceType::Attribution,
        DivergenceType::Name,
        DivergenceType::Hedge,
        DivergenceType::Negation,
        DivergenceType::Wording,
    ];

    /// The name used in JSON and CSS classes.
    pub fn as_str(self) -> &'static str {
        match self {
            DivergenceType::Number => "number",
            DivergenceType::Time => "time",
            DivergenceType::Scope => "scope",
            DivergenceType::Quote => "quote",
            DivergenceType::Attribution => "attribution",
            DivergenceType::Name => "name",
            DivergenceType::Hedge => "hedge",
            DivergenceType::Negation => "negation",
            DivergenceType::Wording => "wording",
        }
    }

    /// A reader-facing label.
    pub fn label(self) -> &'static str {
        match self {
            DivergenceType::Number => "Number",
            DivergenceType::Time => "Time",
            DivergenceType::Scope => "Scope",
            DivergenceType::Quote => "Quote",
            DivergenceType::Attribution => "Attribution",
            DivergenceType::Name => "Name",
            DivergenceType::Hedge => "Hedge",
            DivergenceType::Negation => "Negation",
            DivergenceType::Wording => "Wording",
        }
    }
}

/// One account's part in a claim group: the indices of its sentences (ascending).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    pub account: usize,
    pub sentences: Vec<usize>,
}

/// A typed difference between accounts inside a claim group.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Divergence {
    #[serde(rename = "type")]
    pub kind: DivergenceType,
    /// Would a reader call it a different fact?
    pub material: bool,
    /// One plain sentence saying what differs, checkable by a reader.
    pub summary: String,
    /// The words involved, one or more spans in each account it contrasts.
    pub spans: Vec<Span>,
}

/// How a correction by hand ([`super::corrections::Correction`]) changed a claim group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ByHand {
    /// A sentence was linked into it.
    Linked,
    /// A sentence was unlinked from it, or it is the sentence unlinked.
    Unlinked,
}

/// Sentences across accounts that report the same claim.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Group {
    pub status: Status,
    /// The account whose sentence the others are diffed against.
    pub reference: usize,
    /// One entry per account that makes the claim, in account order.
    pub members: Vec<Member>,
    pub divergences: Vec<Divergence>,
    /// Word-level differences against the reference member: in each member, the char ranges
    /// of words that the reference does not share (and, in the reference, the words that some
    /// other member does not share).
    pub changes: Vec<Span>,
    /// Set when a link or unlink made by hand changed the group (absent otherwise).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by_hand: Option<ByHand>,
}

/// The result of comparing accounts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Comparison {
    pub schema: String,
    pub reference: usize,
    pub accounts: Vec<Account>,
    /// Claim groups, ordered so that reading down follows the reference account.
    pub groups: Vec<Group>,
    /// The fact sheet: every quantity, duration, date and quote lined up across the accounts
    /// by slot, conflicting rows first (absent when no account states a fact).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub facts: Vec<FactRow>,
    /// Related links: pairs of sentences of different accounts, in different groups, that share
    /// at least one claim (a lead and the body sentences it sums up; a sentence that merges two
    /// claims told separately elsewhere). Groups stay a partition; these links cross them
    /// (absent when there are none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<Related>,
}

/// One sentence named by a related link.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct SentenceRef {
    pub account: usize,
    /// Index of the sentence in that account's `sentences`.
    pub sentence: usize,
}

/// Two sentences in different groups (and accounts) that share at least one claim.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Related {
    /// Exactly two sentences, of two different accounts, the lower account first.
    pub members: Vec<SentenceRef>,
    /// How similar the two sentences are, in [0, 1] (rounded to three decimals).
    pub score: f64,
}

// Scores are finite (similarities in [0, 1]), so equality is an equivalence.
impl Eq for Related {}

/// What a fact row lines up.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FactKind {
    /// A count or amount of something ("175 prisoners", "3%", "$2 billion").
    Quantity,
    /// A length of time ("90 minutes", "30 days").
    Duration,
    /// A date or time of day ("March 18", "Tuesday").
    Date,
    /// Words in quotation marks, with their speaker.
    Quote,
}

impl FactKind {
    /// The name used in JSON and CSS classes.
    pub fn as_str(self) -> &'static str {
        match self {
            FactKind::Quantity => "quantity",
            FactKind::Duration => "duration",
            FactKind::Date => "date",
            FactKind::Quote => "quote",
        }
    }
}

/// How the accounts' values of one fact relate. The order is the display order: conflicts first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FactVerdict {
    /// Two values cannot both be true ("more than two hours" and "1.5 hours").
    Conflicting,
    /// A bound or approximation consistent with the value ("over 90 minutes" and "1.5 hours").
    Compatible,
    /// The same value, perhaps in other units or counted otherwise ("90 minutes" and "1.5 hours").
    Same,
    /// Only some accounts report the fact (a row: fewer than all accounts hold a value).
    Partial,
}

impl FactVerdict {
    /// The name used in JSON and CSS classes.
    pub fn as_str(self) -> &'static str {
        match self {
            FactVerdict::Conflicting => "conflicting",
            FactVerdict::Compatible => "compatible",
            FactVerdict::Same => "same",
            FactVerdict::Partial => "partial",
        }
    }

    /// A reader-facing label.
    pub fn label(self) -> &'static str {
        match self {
            FactVerdict::Conflicting => "Conflicting",
            FactVerdict::Compatible => "Compatible",
            FactVerdict::Same => "Same",
            FactVerdict::Partial => "Reported by some",
        }
    }
}

/// One account's value of a fact.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FactValue {
    pub account: usize,
    /// Index of the sentence in that account's `sentences`.
    pub sentence: usize,
    /// Char range of the value's words in the account's text.
    pub start: usize,
    pub end: usize,
    /// The span's text, as written.
    pub text: String,
    /// The value normalised for reading: "1.5 hours", "over 70", "175 each".
    pub value: String,
}

/// The verdict between two accounts' values of one fact (`a` < `b`, account indices).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FactPair {
    pub a: usize,
    pub b: usize,
    pub verdict: FactVerdict,
    /// One plain line saying why.
    pub explanation: String,
}

/// How a word of a quote's diff relates the two wordings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WordOp {
    /// In both wordings.
    Same,
    /// Only in the first wording.
    Removed,
    /// Only in the second wording.
    Added,
}

/// A run of words of a quote's word diff.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiffToken {
    pub op: WordOp,
    pub text: String,
}

/// One fact lined up across the accounts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FactRow {
    pub kind: FactKind,
    /// What the fact is about, for a reader: "prisoners", "length of the call", "quote: Putin".
    pub slot: String,
    /// The row's verdict: the worst of its pairs' verdicts (conflicting before compatible before
    /// same), or `partial` when only one account reports it.
    pub verdict: FactVerdict,
    /// One plain line saying why.
    pub explanation: String,
    /// One value per account that reports the fact (at most one per account), in account order.
    pub values: Vec<FactValue>,
    /// A verdict for every pair of accounts that hold a value.
    pub pairs: Vec<FactPair>,
    /// Quotes only: the word diff between the first two wordings.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub diff: Vec<DiffToken>,
}

impl Comparison {
    /// How many groups have each status, in `Status::ALL` order.
    pub fn status_counts(&self) -> Vec<(Status, usize)> {
        Status::ALL.iter().map(|&s| (s, self.groups.iter().filter(|g| g.status == s).count())).collect()
    }

    /// For every account, the claim group of each of its sentences (`None` for a sentence no
    /// group holds, which only a malformed comparison has).
    pub fn sentence_groups(&self) -> Vec<Vec<Option<usize>>> {
        let mut group_of: Vec<Vec<Option<usize>>> =
            self.accounts.iter().map(|a| vec![None; a.sentences.len()]).collect();
        for (index, group) in self.groups.iter().enumerate() {
            for member in &group.members {
                for &sentence in &member.sentences {
                    if let Some(slot) = group_of.get_mut(member.account).and_then(|a| a.get_mut(sentence)) {
                        *slot = Some(index);
                    }
                }
            }
        }
        group_of
    }

    /// For each claim group, the other groups that its related links reach, in group order:
    /// where else a claim of the group is also reported ("also reported in claim 7").
    pub fn related_groups(&self) -> Vec<Vec<usize>> {
        let group_of = self.sentence_groups();
        let mut related = vec![Vec::new(); self.groups.len()];
        for link in &self.related {
            let mut ends = link.members.iter().filter_map(|m| *group_of.get(m.account)?.get(m.sentence)?);
            if let (Some(a), Some(b)) = (ends.next(), ends.next()) {
                if a != b {
                    related[a].push(b);
                    related[b].push(a);
                }
            }
        }
        for groups in &mut related {
            crate::engine::sorting::sort_values(groups);
            groups.dedup();
        }
        related
    }

    /// How many divergences of each type, and how many of them are material.
    pub fn divergence_counts(&self) -> Vec<(DivergenceType, usize, usize)> {
        DivergenceType::ALL
            .iter()
            .map(|&t| {
                let of_type = self.groups.iter().flat_map(|g| &g.divergences).filter(|d| d.kind == t);
                let (all, material) = of_type.fold((0, 0), |(a, m), d| (a + 1, m + d.material as usize));
                (t, all, material)
            })
            .collect()
    }
}
