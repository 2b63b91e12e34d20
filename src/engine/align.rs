//! Alignment of sentences across accounts into claim groups.
//!
//! 1. Candidates: each sentence's likely partners in every other account, from the inverted
//!    index of [`super::similarity::Corpus`] (near-linear in the text, not all pairs).
//! 2. Scores: [`Corpus::similarity`] of each candidate pair, plus position-aware support: a pair
//!    whose neighbours (previous with previous, next with next) also match is likelier a link.
//! 3. Decoding: links above a threshold are taken best first into groups (union-find) under two
//!    guards against giant transitive clusters: an account puts at most three sentences in a
//!    group (1:2 and 1:3 splits, 2:1 merges: one account's summary sentence often covers what
//!    another tells in several), and two groups merge only when most of their cross-account
//!    pairs are similar on their own and every member is similar to one across the merge. A
//!    sentence that points back to its predecessor ("It was restored…") needs a stronger link
//!    to go anywhere but near where the predecessor went. Then gap filling: weaker pairs that
//!    sit in order between two nearby links and prefer each other link too (see
//!    [`fill_gaps`]). Sentences with no link stay unique…
//! 4. …unless they continue their predecessor ("He said doing so would…") and the
//!    predecessor's group supports it: a 2:1 merge (see [`join_continuations`]).
//! 5. Order: groups follow the reference account; a group without it sits right after the group
//!    of its previous sentence in its own account.
//!
//! Nothing depends on the order accounts are given except which one is the reference: scores
//! are symmetric and summed in an order fixed by the words themselves, and ties are broken by
//! sentence text, sentence position and a fingerprint of the account's text, never by account
//! index.

use std::cmp::Ordering;

use super::analyse::AnalysedAccount;
use super::hashing::{fingerprint, FastMap};
use super::model::Member;
use super::similarity::{Corpus, SentenceId};
use super::sorting::{sort_by, sort_values};

/// Score from which two sentences are taken to report the same claim.
const LINK_THRESHOLD: f64 = 0.24;
/// Weight of the best neighbouring pair's score added to a pair's own.
const NEIGHBOUR_SUPPORT: f64 = 0.15;
/// A pair needs this much similarity of its own before neighbours can lift it.
const SUPPORT_FLOOR: f64 = 0.18;
/// Extra score a link needs when one end points back ("It…") to a predecessor that is
/// aligned to a sentence not next to the other end.
const DISPLACED_MARGIN: f64 = 0.1;
/// Similarity from which a sentence pointing back joins its predecessor's group.
const CONTINUATION_FLOOR: f64 = 0.15;
/// Most sentences one account contributes to one group.
const MAX_PER_ACCOUNT: usize = 3;
/// When two groups merge, this share of their cross-account pairs must be similar on their own,
/// and every member must be similar to some member of the other group from another account…
const COHERENT_SHARE: f64 = 0.75;
/// …at this similarity.
const COHERENT_PAIR: f64 = 0.2;
/// Score from which a pair in a gap between links, in order, may link (see [`fill_gaps`]).
const GAP_FLOOR: f64 = 0.1;
/// How far (in sentences) the links around a gap may lie for gap filling.
const MAX_GAP: usize = 3;

/// A candidate link between two sentences of different accounts, `a < b`.
pub type Pair = (SentenceId, SentenceId);

/// Claim groups (each a list of members in account order), ordered to follow the reference
/// account's reading order. Every sentence of every account is in exactly one group.
pub fn align(accounts: &[AnalysedAccount], reference: usize) -> Vec<Vec<Member>> {
    align_scored(accounts, reference).0
}

/// Similarity of candidate pairs of sentences (of different accounts), keyed `(a, b)` with
/// `a < b`: what [`align_scored`] decoded the groups from.
pub type Scores = FastMap<Pair, f64>;
/// The [`Overlap`](super::similarity::Overlap) of the same candidate pairs, as two lists in
/// step (they are only ever read whole): each pair with its overlap weight, and its shared
/// ordinary words.
#[derive(Default)]
pub struct Overlaps {
    pub weights: Vec<(Pair, f64)>,
    pub shared_words: Vec<usize>,
}

/// The claim groups of [`align`], with the candidate scores they were decoded from and the
/// candidates' overlaps (related links are drawn from both, see [`super::related`]).
pub fn align_scored(accounts: &[AnalysedAccount], reference: usize) -> (Vec<Vec<Member>>, Scores, Overlaps) {
    let corpus = Corpus::new(accounts);
    let (scores, overlaps) = score_candidates(&corpus);
    #[cfg(feature = "tuning")]
    super::similarity::dump_scores(&corpus, &scores);
    let links = supported_links(accounts, &scores);
    let mut groups = decode(accounts, &scores, links);
    fill_gaps(accounts, &scores, &mut groups);
    let groups = join_continuations(accounts, &scores, groups.into_lists());
    (order_groups(accounts, groups, reference), scores, overlaps)
}

fn ordered(x: SentenceId, y: SentenceId) -> Pair {
    if x < y {
        (x, y)
    } else {
        (y, x)
    }
}

fn score_candidates(corpus: &Corpus) -> (Scores, Overlaps) {
    let (mut scores, mut overlaps) = (Scores::default(), Overlaps::default());
    for (x, y) in corpus.candidate_pairs() {
        let pair = ordered(x, y);
        if let std::collections::hash_map::Entry::Vacant(slot) = scores.entry(pair) {
            let (score, overlap) = corpus.similarity(x, y);
            slot.insert(score);
            overlaps.weights.push((pair, overlap.weight));
            overlaps.shared_words.push(overlap.shared_words);
        }
    }
    (scores, overlaps)
}

/// Pairs whose score plus neighbour support reaches the threshold (raised for a sentence that
/// points back to a predecessor aligned elsewhere), with that total.
fn supported_links(accounts: &[AnalysedAccount], scores: &FastMap<Pair, f64>) -> Vec<(Pair, f64)> {
    let mut strong: FastMap<SentenceId, Vec<SentenceId>> = FastMap::default();
    for (&(x, y), &score) in scores {
        if score >= LINK_THRESHOLD {
            strong.entry(x).or_default().push(y);
            strong.entry(y).or_default().push(x);
        }
    }
    // "It was restored…" belongs with what its predecessor says: linking it far from where
    // the predecessor links needs more evidence.
    let anchored_elsewhere = |x: SentenceId, y: SentenceId| -> bool {
        if !accounts[x.0].sentences[x.1].anaphoric || x.1 == 0 {
            return false;
        }
        let mut partners =
            strong.get(&(x.0, x.1 - 1)).into_iter().flatten().filter(|p| p.0 == y.0).peekable();
        partners.peek().is_some() && partners.all(|p| p.1.abs_diff(y.1) > 1)
    };
    scores
        .iter()
        .filter(|&(_, &own)| own >= super::tuning::knob("SUP_FLOOR", SUPPORT_FLOOR))
        .map(|(&pair, &own)| (pair, own + neighbour_support(scores, pair)))
        .filter(|&((x, y), total)| {
            let displaced = anchored_elsewhere(x, y) || anchored_elsewhere(y, x);
            total
                >= super::tuning::knob("LINK_T", LINK_THRESHOLD)
                    + if displaced { DISPLACED_MARGIN } else { 0.0 }
        })
        .collect()
}

/// The better of the previous pair's and the next pair's scores, weighted.
fn neighbour_support(scores: &FastMap<Pair, f64>, (x, y): Pair) -> f64 {
    let score_of = |x: SentenceId, y: SentenceId| scores.get(&ordered(x, y)).copied().unwrap_or(0.0);
    let previous = match (x.1.checked_sub(1), y.1.checked_sub(1)) {
        (Some(px), Some(py)) => score_of((x.0, px), (y.0, py)),
        _ => 0.0,
    };
    let next = score_of((x.0, x.1 + 1), (y.0, y.1 + 1));
    super::tuning::knob("NEIGH", NEIGHBOUR_SUPPORT) * previous.max(next)
}

/// Groups of sentences, built from links best first.
fn decode(accounts: &[AnalysedAccount], scores: &FastMap<Pair, f64>, links: Vec<(Pair, f64)>) -> Groups {
    let mut groups = Groups::new(accounts);
    for (x, y) in best_first(accounts, links) {
        groups.try_merge(x, y, scores, super::tuning::knob("COHERENT", COHERENT_PAIR));
    }
    groups
}

/// The pairs of `links`, highest score first, ties broken by the sentences' tie ranks.
fn best_first(accounts: &[AnalysedAccount], mut links: Vec<(Pair, f64)>) -> Vec<Pair> {
    let ranks = tie_ranks(accounts);
    let tie_key = |(x, y): Pair| {
        let (kx, ky) = (ranks[x.0][x.1], ranks[y.0][y.1]);
        (kx.min(ky), kx.max(ky))
    };
    sort_by(&mut links, |(p, s), (q, t)| t.total_cmp(s).then_with(|| tie_key(*p).cmp(&tie_key(*q))));
    links.into_iter().map(|(pair, _)| pair).collect()
}

/// Gap filling, the second pass of decoding: a pair too weak to link on its own links when it
/// is sandwiched between links of its two accounts, in order, and each is the other's best
/// such partner. Rewrites keep most claims in order, so a short gap between two aligned
/// stretches usually holds the same claims told in other words. All gap links are found
/// against the groups as the first pass left them, then taken best first.
fn fill_gaps(accounts: &[AnalysedAccount], scores: &FastMap<Pair, f64>, groups: &mut Groups) {
    let anchors = Anchors::new(groups);
    let lengths =
        |x: SentenceId, y: SentenceId| (accounts[x.0].sentences.len(), accounts[y.0].sentences.len());
    let unlinked = |x: SentenceId, y: SentenceId| !groups.has_account(x, y.0) && !groups.has_account(y, x.0);
    let eligible: Vec<(Pair, f64)> = scores
        .iter()
        .filter(|&(&(x, y), &score)| {
            score >= super::tuning::knob("GAP_FLOOR", GAP_FLOOR)
                && unlinked(x, y)
                && anchors.sandwiched(x, y, lengths(x, y))
        })
        .map(|(&pair, &score)| (pair, score))
        .collect();
    let mut best: FastMap<(SentenceId, usize), f64> = FastMap::default();
    for &((x, y), score) in &eligible {
        for key in [(x, y.0), (y, x.0)] {
            let entry = best.entry(key).or_insert(score);
            *entry = entry.max(score);
        }
    }
    let mutual: Vec<(Pair, f64)> = eligible
        .into_iter()
        .filter(|&((x, y), score)| best[&(x, y.0)] == score && best[&(y, x.0)] == score)
        .collect();
    for (x, y) in best_first(accounts, mutual) {
        groups.try_merge(x, y, scores, GAP_FLOOR);
    }
}

/// For each ordered pair of accounts, the linked sentence pairs between them, sorted.
struct Anchors(FastMap<(usize, usize), Vec<(usize, usize)>>);

impl Anchors {
    fn new(groups: &Groups) -> Self {
        let mut links: FastMap<(usize, usize), Vec<(usize, usize)>> = FastMap::default();
        for members in &groups.members {
            for &(a, x) in members {
                for &(b, y) in members.iter().filter(|m| m.0 != a) {
                    links.entry((a, b)).or_default().push((x, y));
                }
            }
        }
        links.values_mut().for_each(|pairs| sort_values(pairs));
        Anchors(links)
    }

    /// Whether `x` and `y` are sandwiched between links of their two accounts: a link lies a
    /// few sentences before both (or both are near the start of their texts) and another a
    /// few sentences after both (or both are near the end).
    fn sandwiched(&self, x: SentenceId, y: SentenceId, lengths: (usize, usize)) -> bool {
        let empty = Vec::new();
        let links = self.0.get(&(x.0, y.0)).unwrap_or(&empty);
        let near = |from: usize, to: usize| from < to && to - from <= MAX_GAP;
        let start = x.1 < MAX_GAP && y.1 < MAX_GAP;
        let end = lengths.0 - x.1 <= MAX_GAP && lengths.1 - y.1 <= MAX_GAP;
        let split = links.partition_point(|&(lx, _)| lx < x.1);
        let before =
            start || links[..split].iter().rev().take_while(|l| near(l.0, x.1)).any(|l| near(l.1, y.1));
        let after = end
            || links[split..]
                .iter()
                .take_while(|l| l.0 <= x.1 + MAX_GAP)
                .any(|l| near(x.1, l.0) && near(y.1, l.1));
        before && after
    }
}

/// 2:1 merges of continuations: a sentence left alone that points back to its predecessor
/// ("He said doing so would…") joins the predecessor's group when that group holds another
/// account and a member of it supports the continuation: it is similar enough on its own, or
/// it states the consequence of an action ("such a move would…") that the continuation also
/// states and the predecessor does not. Support is judged against the group as decoding left
/// it, and an account's joins touch only its own members, so the result does not depend on
/// account order.
fn join_continuations(
    accounts: &[AnalysedAccount],
    scores: &FastMap<Pair, f64>,
    mut groups: Vec<Vec<SentenceId>>,
) -> Vec<Vec<SentenceId>> {
    let mut group_of: FastMap<SentenceId, usize> = FastMap::default();
    for (g, ids) in groups.iter().enumerate() {
        ids.iter().for_each(|&id| {
            group_of.insert(id, g);
        });
    }
    let decoded = groups.clone();
    let sentence = |(a, s): SentenceId| &accounts[a].sentences[s];
    let score_of = |x: SentenceId, y: SentenceId| scores.get(&ordered(x, y)).copied().unwrap_or(0.0);
    for (account, analysed) in accounts.iter().enumerate() {
        for s in 1..analysed.sentences.len() {
            let id = (account, s);
            let candidate = sentence(id);
            if !(candidate.anaphoric || candidate.consequence.is_some()) || groups[group_of[&id]].len() != 1 {
                continue;
            }
            let predecessor = (account, s - 1);
            let target = group_of[&predecessor];
            let own = groups[target].iter().filter(|m| m.0 == account).count();
            let partners: Vec<SentenceId> =
                decoded[target].iter().copied().filter(|m| m.0 != account).collect();
            let supported = partners.iter().any(|&q| {
                score_of(id, q) >= CONTINUATION_FLOOR
                    || candidate.consequence.is_some()
                        && sentence(q).consequence.is_some()
                        && sentence(predecessor).consequence.is_none()
            });
            if own < MAX_PER_ACCOUNT && supported {
                let alone = group_of[&id];
                groups[alone].clear();
                groups[target].push(id);
                group_of.insert(id, target);
            }
        }
    }
    groups.retain(|g| !g.is_empty());
    groups
}

/// Each sentence's rank in the order of (sentence text, sentence position, fingerprint of its
/// account's text): ranking once lets the link sort break ties by comparing integers instead
/// of texts, in the same order.
fn tie_ranks(accounts: &[AnalysedAccount]) -> Vec<Vec<usize>> {
    let fingerprints: Vec<u64> = accounts.iter().map(|a| fingerprint(&a.text)).collect();
    let mut ids: Vec<SentenceId> = accounts
        .iter()
        .enumerate()
        .flat_map(|(a, account)| (0..account.sentences.len()).map(move |s| (a, s)))
        .collect();
    let key = |&(a, s): &SentenceId| {
        (&accounts[a].text[accounts[a].sentences[s].range.clone()], s, fingerprints[a])
    };
    sort_by(&mut ids, |x, y| key(x).cmp(&key(y)));
    let mut ranks: Vec<Vec<usize>> = accounts.iter().map(|a| vec![0; a.sentences.len()]).collect();
    let mut rank = 0;
    for (i, id) in ids.iter().enumerate() {
        if i > 0 && key(&ids[i - 1]) != key(id) {
            rank = i;
        }
        ranks[id.0][id.1] = rank;
    }
    ranks
}

/// Union-find over sentences, keeping each group's members.
struct Groups {
    group_of: Vec<Vec<usize>>,
    members: Vec<Vec<SentenceId>>,
}

impl Groups {
    fn new(accounts: &[AnalysedAccount]) -> Self {
        let mut group_of = Vec::with_capacity(accounts.len());
        let mut members = Vec::new();
        for (account, a) in accounts.iter().enumerate() {
            group_of.push((0..a.sentences.len()).map(|s| members.len() + s).collect());
            members.extend((0..a.sentences.len()).map(|s| vec![(account, s)]));
        }
        Groups { group_of, members }
    }

    fn group(&self, (a, s): SentenceId) -> usize {
        self.group_of[a][s]
    }

    /// Whether the group of `x` holds a sentence of `account`.
    fn has_account(&self, x: SentenceId, account: usize) -> bool {
        self.members[self.group(x)].iter().any(|m| m.0 == account)
    }

    /// Merges the groups of `x` and `y` if they stay one claim, judging pairs similar from
    /// `coherent_pair`.
    fn try_merge(&mut self, x: SentenceId, y: SentenceId, scores: &FastMap<Pair, f64>, coherent_pair: f64) {
        let (gx, gy) = (self.group(x), self.group(y));
        if gx == gy || !self.may_merge(gx, gy, scores, coherent_pair) {
            return;
        }
        let moved = std::mem::take(&mut self.members[gy]);
        for &(a, s) in &moved {
            self.group_of[a][s] = gx;
        }
        self.members[gx].extend(moved);
    }

    fn may_merge(&self, gx: usize, gy: usize, scores: &FastMap<Pair, f64>, coherent_pair: f64) -> bool {
        let (mx, my) = (&self.members[gx], &self.members[gy]);
        let mut per_account = vec![0usize; self.group_of.len()];
        for &(a, _) in mx.iter().chain(my) {
            per_account[a] += 1;
        }
        if per_account.iter().any(|&n| n > MAX_PER_ACCOUNT) {
            return false;
        }
        let score_of = |p: SentenceId, q: SentenceId| scores.get(&ordered(p, q)).copied().unwrap_or(0.0);
        let (mut cross, mut coherent) = (0usize, 0usize);
        for &p in mx {
            for &q in my.iter().filter(|q| q.0 != p.0) {
                cross += 1;
                coherent += usize::from(score_of(p, q) >= coherent_pair);
            }
        }
        // Every member with a counterpart in another account must be similar to one of them on
        // its own: a chain A–B–C of partly-overlapping sentences is not one claim.
        let supported = |member: SentenceId, others: &[SentenceId]| {
            let mut counterparts = others.iter().filter(|q| q.0 != member.0).peekable();
            counterparts.peek().is_none() || counterparts.any(|&q| score_of(member, q) >= coherent_pair)
        };
        coherent as f64 >= COHERENT_SHARE * cross as f64
            && mx.iter().all(|&p| supported(p, my))
            && my.iter().all(|&q| supported(q, mx))
    }

    fn into_lists(self) -> Vec<Vec<SentenceId>> {
        self.members.into_iter().filter(|m| !m.is_empty()).collect()
    }
}

/// Where a group goes in reading order: (position in the reference account, then 0 for a
/// group the reference is in or 1 + the account that placed it, then that account's sentence).
type OrderKey = (f64, usize, usize);

/// Orders groups to follow the reference account; other groups follow the group of the
/// previous sentence of their account (or lead when there is none). Members come out in
/// account order with ascending sentence indices.
pub(super) fn order_groups(
    accounts: &[AnalysedAccount],
    groups: Vec<Vec<SentenceId>>,
    reference: usize,
) -> Vec<Vec<Member>> {
    let mut group_of: FastMap<SentenceId, usize> = FastMap::default();
    for (g, ids) in groups.iter().enumerate() {
        ids.iter().for_each(|&id| {
            group_of.insert(id, g);
        });
    }
    let mut keys: Vec<Option<OrderKey>> = groups
        .iter()
        .map(|ids| {
            ids.iter().filter(|id| id.0 == reference).map(|id| (id.1 as f64, 0, 0)).min_by(compare_keys)
        })
        .collect();
    for account in account_visit_order(accounts.len(), reference) {
        let mut previous: OrderKey = (-1.0, 0, 0);
        for sentence in 0..accounts[account].sentences.len() {
            let g = group_of[&(account, sentence)];
            previous = *keys[g].get_or_insert((previous.0, account + 1, sentence));
        }
    }
    let mut ordered: Vec<(OrderKey, Vec<SentenceId>)> =
        keys.into_iter().map(|k| k.unwrap_or((f64::MAX, usize::MAX, usize::MAX))).zip(groups).collect();
    sort_by(&mut ordered, |(a, _), (b, _)| compare_keys(a, b));
    ordered.into_iter().map(|(_, ids)| members_of(ids)).collect()
}

fn compare_keys(a: &OrderKey, b: &OrderKey) -> Ordering {
    a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2))
}

/// The reference first, then the other accounts in index order.
fn account_visit_order(count: usize, reference: usize) -> Vec<usize> {
    std::iter::once(reference).filter(|&r| r < count).chain((0..count).filter(|&a| a != reference)).collect()
}

fn members_of(mut ids: Vec<SentenceId>) -> Vec<Member> {
    sort_values(&mut ids);
    let mut members: Vec<Member> = Vec::new();
    for (account, sentence) in ids {
        match members.last_mut() {
            Some(m) if m.account == account => m.sentences.push(sentence),
            _ => members.push(Member { account, sentences: vec![sentence] }),
        }
    }
    members
}

#[cfg(test)]
mod tests {
    use super::super::analyse::analyse_account;
    use super::super::segment::segment;
    use super::*;

    fn analysed(texts: &[&str]) -> Vec<AnalysedAccount> {
        texts.iter().map(|t| analyse_account(t, &segment(t))).collect()
    }

    #[test]
    fn every_sentence_lands_in_exactly_one_group() {
        let accounts =
            analysed(&["A fire hit the port. Two people died.", "", "Two people died in a port fire."]);
        let groups = align(&accounts, 0);
        let mut seen: Vec<SentenceId> =
            groups.iter().flatten().flat_map(|m| m.sentences.iter().map(move |&s| (m.account, s))).collect();
        seen.sort_unstable();
        assert_eq!(seen, vec![(0, 0), (0, 1), (2, 0)]);
    }

    fn group_of(groups: &[Vec<Member>], id: SentenceId) -> Vec<SentenceId> {
        let group = groups
            .iter()
            .find(|g| g.iter().any(|m| m.account == id.0 && m.sentences.contains(&id.1)))
            .cloned()
            .unwrap_or_default();
        group.iter().flat_map(|m| m.sentences.iter().map(move |&s| (m.account, s))).collect()
    }

    #[test]
    fn a_continuation_joins_its_predecessor_as_a_two_to_one_merge() {
        let accounts = analysed(&[
            "Zelenskyy rejected Putin's demand to halt military aid to Ukraine. He said doing so \
             would endanger lives. Grain prices rose in Chicago on Friday.",
            "Zelenskyy rejected Putin's demand for halting military aid to Ukraine, warning that \
             such a move would weaken Ukraine.",
        ]);
        let groups = align(&accounts, 0);
        assert_eq!(group_of(&groups, (0, 1)), vec![(0, 0), (0, 1), (1, 0)]);
        assert_eq!(group_of(&groups, (0, 2)), vec![(0, 2)], "an unrelated sentence stays unique");
    }

    #[test]
    fn an_unsupported_pronoun_sentence_stays_unique() {
        let accounts = analysed(&[
            "Zelenskyy rejected Putin's demand to halt military aid to Ukraine. He later praised \
             the cooks of Lyon.",
            "Zelenskyy rejected Putin's demand for halting military aid to Ukraine.",
        ]);
        let groups = align(&accounts, 0);
        assert_eq!(group_of(&groups, (0, 1)), vec![(0, 1)]);
    }

    #[test]
    fn a_weak_pair_between_two_links_fills_the_gap() {
        let accounts = analysed(&[
            "Storms flooded the river port of Dunmore on Monday. Crews worked through the night \
             to clear mud from the quays. The mayor said the port would reopen on Friday.",
            "Monday's storms flooded Dunmore's river port. Teams toiled overnight shovelling mud \
             off the quays. The port will reopen on Friday, the mayor said.",
        ]);
        let groups = align(&accounts, 0);
        assert_eq!(group_of(&groups, (0, 0)), vec![(0, 0), (1, 0)]);
        assert_eq!(group_of(&groups, (0, 2)), vec![(0, 2), (1, 2)]);
        assert_eq!(group_of(&groups, (0, 1)), vec![(0, 1), (1, 1)], "the middle pair fills the gap");
    }

    #[test]
    fn a_weak_pair_outside_any_gap_stays_apart() {
        let accounts = analysed(&[
            "Crews worked through the night to clear mud from the quays. Storms flooded the river \
             port of Dunmore on Monday. The mayor said the port would reopen on Friday. Insurers expect \
             claims to rise. Rail lines were also cut. Schools stayed shut.",
            "Monday's storms flooded Dunmore's river port. The port will reopen on Friday, the \
             mayor said. Farmers counted their losses. Tourists left early. Teams toiled overnight \
             shovelling mud off the quays.",
        ]);
        let groups = align(&accounts, 0);
        assert_eq!(group_of(&groups, (0, 0)), vec![(0, 0)], "no links around it, far from its match");
    }

    #[test]
    fn reports_of_one_count_group_even_when_their_numbers_differ() {
        let accounts = analysed(&[
            "Rescuers working through the weekend in Selby and its villages said 214 homes were \
             damaged when the Ouse burst its banks. The county closed two bridges. Schools \
             reopened on Thursday.",
            "Schools reopened on Thursday. The flood ruined 340 homes, officials said.",
        ]);
        let groups = align(&accounts, 0);
        assert_eq!(group_of(&groups, (0, 0)), vec![(0, 0), (1, 1)]);
    }

    #[test]
    fn no_accounts_no_groups() {
        assert!(align(&[], 0).is_empty());
        assert!(align(&analysed(&[""]), 3).is_empty());
    }
}
