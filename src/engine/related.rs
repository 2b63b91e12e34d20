//! Related links: many-to-many links between sentences that share a claim but sit in different
//! claim groups.
//!
//! Claim groups are a partition (every sentence in exactly one), so a headline that sums up
//! three body sentences of another account, or a sentence that merges two claims another
//! account tells separately, can join at most one of them. Related links carry the rest: after
//! grouping (and the links made by hand), every candidate pair that alignment scored is
//! considered, and a pair of sentences of two accounts in two different groups is related
//! when its similarity reaches [`RELATED_THRESHOLD`] and each end is among the other's few best
//! partners in its account (a precision guard: a sentence relates to several, not to every
//! sentence that shares a name with it). The fact sheet adds the links that similarity misses:
//! two sentences that give one quote or one count of one thing share that claim.
//!
//! Links come out sorted by their ends (account, then sentence), lower account first.

use super::align::{Pair, Scores};
use super::analyse::AnalysedAccount;
use super::hashing::FastMap;
use super::model::{FactKind, FactRow, Member, Related, SentenceRef};
use super::similarity::SentenceId;
use super::sorting::sort_by;

/// Similarity from which two sentences in different groups are related.
const RELATED_THRESHOLD: f64 = 0.35;
/// A sentence relates to at most this many sentences of one other account (its best ones),
/// and only to sentences for which it is among their best as many.
const RELATED_PER_ACCOUNT: usize = 2;

/// Related links between the sentences of `groups` (the final claim groups), drawn from the
/// candidate `scores` of alignment.
pub fn related<'a>(
    accounts: &[AnalysedAccount],
    scores: &Scores,
    facts: &[FactRow],
    groups: impl IntoIterator<Item = &'a Vec<Member>>,
) -> Vec<Related> {
    let mut group_of: FastMap<SentenceId, usize> = FastMap::default();
    for (g, members) in groups.into_iter().enumerate() {
        for m in members {
            m.sentences.iter().for_each(|&s| {
                group_of.insert((m.account, s), g);
            });
        }
    }
    let in_range = |(a, s): SentenceId| accounts.get(a).is_some_and(|acc| s < acc.sentences.len());
    let threshold = super::tuning::knob("REL_T", RELATED_THRESHOLD);
    let per_account = super::tuning::knob("REL_K", RELATED_PER_ACCOUNT as f64) as usize;
    let mut eligible: Vec<(Pair, f64)> = scores
        .iter()
        .filter(|&(&(x, y), &score)| {
            score >= threshold
                && x.0 != y.0
                && in_range(x)
                && in_range(y)
                && group_of.get(&x).is_some_and(|g| group_of.get(&y) != Some(g))
        })
        .map(|(&pair, &score)| (pair, score))
        .collect();
    sort_by(&mut eligible, |(p, s), (q, t)| t.total_cmp(s).then(p.cmp(q)));
    // Rank of each pair among each end's partners in the other end's account, best first.
    let mut taken: FastMap<(SentenceId, usize), usize> = FastMap::default();
    let mut ranks: Vec<(usize, usize)> = Vec::with_capacity(eligible.len());
    for &((x, y), _) in &eligible {
        let mut rank_of = |key| {
            let n = taken.entry(key).or_insert(0);
            *n += 1;
            *n
        };
        ranks.push((rank_of((x, y.0)), rank_of((y, x.0))));
    }
    let mut links: Vec<(Pair, f64)> = eligible
        .into_iter()
        .zip(ranks)
        .filter(|&(_, (rx, ry))| rx <= per_account && ry <= per_account)
        .map(|(link, _)| link)
        .collect();
    links.extend(fact_links(facts, scores, &group_of));
    sort_by(&mut links, |(p, _), (q, _)| p.cmp(q));
    links.dedup_by(|(p, _), (q, _)| p == q);
    links
        .into_iter()
        .map(|((x, y), score)| Related {
            members: vec![
                SentenceRef { account: x.0, sentence: x.1 },
                SentenceRef { account: y.0, sentence: y.1 },
            ],
            score: (score * 1000.0).round() / 1000.0,
        })
        .collect()
}

/// Links from the fact sheet: two sentences of different groups that give one fact (one quote,
/// one count of one thing) share that claim, however differently the rest of them is worded.
/// Durations and dates are left out: they name an event many claims mention ("the 30-day
/// ceasefire"), and on the development pairs the links they added were wrong.
fn fact_links(facts: &[FactRow], scores: &Scores, group_of: &FastMap<SentenceId, usize>) -> Vec<(Pair, f64)> {
    let mut links = Vec::new();
    for row in facts.iter().filter(|row| matches!(row.kind, FactKind::Quote | FactKind::Quantity)) {
        for (i, a) in row.values.iter().enumerate() {
            for b in &row.values[i + 1..] {
                let (x, y) = ((a.account, a.sentence), (b.account, b.sentence));
                let (Some(gx), Some(gy)) = (group_of.get(&x), group_of.get(&y)) else { continue };
                if x.0 != y.0 && gx != gy {
                    let pair = if x < y { (x, y) } else { (y, x) };
                    links.push((pair, scores.get(&pair).copied().unwrap_or(0.0)));
                }
            }
        }
    }
    links
}

#[cfg(test)]
mod tests {
    use super::super::align::align_scored;
    use super::super::analyse::analyse_account;
    use super::super::segment::segment;
    use super::*;

    fn analysed(texts: &[&str]) -> Vec<AnalysedAccount> {
        texts.iter().map(|t| analyse_account(t, &segment(t))).collect()
    }

    #[test]
    fn a_lead_relates_to_the_body_sentences_its_group_cannot_hold() {
        let accounts = analysed(&[
            "Floods closed the Dunmore river port, cut the Selby rail line, shut Ripon schools and \
             flooded Tadcaster homes on Monday.",
            "Floods closed the Dunmore river port on Monday. Floods cut the Selby rail line on Monday. \
             Floods shut Ripon schools on Monday. Floods flooded Tadcaster homes on Monday. Farmers \
             counted their losses.",
        ]);
        let (groups, scores) = align_scored(&accounts, 0);
        let links = related(&accounts, &scores, &[], &groups);
        let lead_group =
            groups.iter().find(|g| g.iter().any(|m| m.account == 0)).cloned().unwrap_or_default();
        let body_in_group: Vec<usize> =
            lead_group.iter().filter(|m| m.account == 1).flat_map(|m| m.sentences.clone()).collect();
        assert!(!body_in_group.is_empty() && body_in_group.len() < 4, "{groups:?}");
        let mut related_body: Vec<usize> = links
            .iter()
            .filter(|l| l.members[0] == SentenceRef { account: 0, sentence: 0 })
            .map(|l| l.members[1].sentence)
            .collect();
        related_body.extend(body_in_group);
        related_body.sort_unstable();
        assert!(related_body.len() >= 3 && !related_body.contains(&4), "{links:?} {groups:?}");
    }

    fn fact_row(kind: FactKind, values: &[(usize, usize)]) -> FactRow {
        let value = |&(account, sentence): &(usize, usize)| super::super::model::FactValue {
            account,
            sentence,
            start: 0,
            end: 0,
            text: String::new(),
            value: String::new(),
        };
        FactRow {
            kind,
            slot: String::new(),
            verdict: super::super::model::FactVerdict::Same,
            explanation: String::new(),
            values: values.iter().map(value).collect(),
            pairs: Vec::new(),
            diff: Vec::new(),
        }
    }

    #[test]
    fn one_quote_or_count_in_two_groups_relates_its_sentences() {
        // Groups: 0 = {(0,0), (1,0)}, 1 = {(1,1)}, 2 = {(2,0)}, 3 = {(0,1)}.
        let group_of: FastMap<SentenceId, usize> =
            [((0, 0), 0), ((1, 0), 0), ((1, 1), 1), ((2, 0), 2), ((0, 1), 3)].into_iter().collect();
        let facts = [
            fact_row(FactKind::Quote, &[(0, 0), (1, 1), (2, 0)]),
            fact_row(FactKind::Quantity, &[(1, 0), (0, 0)]),
            fact_row(FactKind::Duration, &[(0, 1), (1, 1)]),
            fact_row(FactKind::Date, &[(0, 1), (2, 0)]),
        ];
        let mut scores = Scores::default();
        scores.insert(((0, 0), (1, 1)), 0.25);
        let mut links = fact_links(&facts, &scores, &group_of);
        sort_by(&mut links, |(p, _), (q, _)| p.cmp(q));
        let expected = vec![(((0, 0), (1, 1)), 0.25), (((0, 0), (2, 0)), 0.0), (((1, 1), (2, 0)), 0.0)];
        assert_eq!(
            links, expected,
            "the quote's three sentences pairwise; one group's count, durations and dates add none"
        );
    }

    #[test]
    fn sentences_of_one_group_or_unrelated_ones_are_not_related() {
        let accounts = analysed(&["A fire hit the port. Schools reopened.", "A fire hit the port."]);
        let (groups, scores) = align_scored(&accounts, 0);
        assert!(related(&accounts, &scores, &[], &groups).is_empty());
    }
}
