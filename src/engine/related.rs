//! Related links: many-to-many links between sentences that share a claim but sit in different
//! claim groups.
//!
//! Claim groups are a partition (every sentence in exactly one), so a headline that sums up
//! three body sentences of another account, or a sentence that merges two claims another
//! account tells separately, can join at most one of them. Related links carry the rest: after
//! grouping (and the links made by hand), every candidate pair that alignment scored is
//! considered, and a pair of sentences of two accounts in two different groups is related
//! when
//! - its similarity reaches [`RELATED_THRESHOLD`] and each end is among the other's two best
//!   partners in its account (a precision guard: a sentence relates to several, not to every
//!   sentence that shares a name with it), or
//! - the two are each other's best counterparts by [`Overlap`](super::similarity::Overlap)
//!   weight (one the other's best, the other among its two best) and share at least
//!   [`COUNTERPART_SHARED_WORDS`] ordinary words: independently written accounts of one claim
//!   share few words, but among the words they do share are the ones that say what happened,
//!   not just who was involved. When neither end has a counterpart yet (each is in a group of
//!   its own account only), the link is all that says the claim is shared at all, so each end
//!   must be the other's best. Both must name the same years, if any: a sentence dated "in
//!   2009" recalls an earlier event, whose words are the kind of event, not the claim.
//!
//! Sentences that open their accounts (headline and lead) are related when they share any terms
//! (see [`opening_pairs`]), and any two sentences when they share four ordinary words (see
//! [`shared_wording`]).
//!
//! The fact sheet adds the links that similarity misses: two sentences that give one quote or
//! one count of one thing share that claim, and so do the sentences where an account gives the
//! value again.
//!
//! Links come out sorted by their ends (account, then sentence), lower account first.

use super::align::{Overlaps, Pair, Scores};
use super::analyse::{AnalysedAccount, AnalysedSentence};
use super::claims::Claims;
use super::facts::FactSheet;
use super::hashing::FastMap;
use super::model::{FactKind, Related, SentenceRef};
use super::openings::openings;
use super::quantity::QuantityKind;
use super::similarity::SentenceId;
use super::sorting::{sort_by, sort_values};

/// Similarity from which two sentences in different groups are related.
const RELATED_THRESHOLD: f64 = 0.35;

/// Shared ordinary words (not names or numbers) two best counterparts need to be related.
const COUNTERPART_SHARED_WORDS: usize = 3;

/// Shared ordinary words from which two sentences are related whatever their ranks, and the
/// similarity they need besides (see [`shared_wording`]).
const WORDING_SHARED_WORDS: usize = 4;
const WORDING_FLOOR: f64 = 0.1;

/// Related links between sentences of different claim groups (`claims`), drawn from the
/// candidate scores and overlaps of alignment and from the fact sheet (`sheet`).
pub fn related(
    accounts: &[AnalysedAccount],
    (scores, overlaps): (&Scores, &Overlaps),
    sheet: &FactSheet,
    claims: &Claims,
) -> Vec<Related> {
    let in_range = |(a, s): SentenceId| accounts.get(a).is_some_and(|acc| s < acc.sentences.len());
    let apart = |&(x, y): &Pair| {
        x.0 != y.0 && in_range(x) && in_range(y) && claims.of(x).is_some_and(|g| claims.of(y) != Some(g))
    };
    let mut links = similar_pairs(scores, apart);
    // Neither end is in a group with a sentence of another account.
    let alone = |(x, y): Pair| [x, y].iter().all(|&end| claims.of(end).is_none_or(|g| !claims.is_shared(g)));
    let years = |(a, s): SentenceId| years_named(&accounts[a].sentences[s]);
    links.extend(opening_pairs(accounts, scores, apart));
    links.extend(shared_wording(overlaps, scores, apart));
    links.extend(
        best_counterparts(overlaps, alone)
            .into_iter()
            .filter(apart)
            .filter(|&(x, y)| years(x) == years(y))
            .map(|pair| (pair, scores.get(&pair).copied().unwrap_or(0.0))),
    );
    links.extend(fact_links(sheet, scores, claims));
    sort_by(&mut links, |(p, _), (q, _)| p.cmp(q));
    links.dedup_by(|(p, _), (q, _)| p == q);
    links
        .into_iter()
        .map(|((x, y), score)| Related {
            members: vec![
                SentenceRef { account: x.0, sentence: x.1 },
                SentenceRef { account: y.0, sentence: y.1 },
            ],
            score: (score * 1000.0).round_ties_even() / 1000.0,
        })
        .collect()
}

/// Pairs `apart` whose similarity reaches [`RELATED_THRESHOLD`], each end among the other's
/// two best partners in its account (a sentence relates to several, not to every sentence
/// that shares a name with it), with their similarity.
fn similar_pairs(scores: &Scores, apart: impl Fn(&Pair) -> bool) -> Vec<(Pair, f64)> {
    let threshold = super::tuning::knob("REL_T", RELATED_THRESHOLD);
    let eligible: Vec<(Pair, f64)> = scores
        .iter()
        .filter(|&(pair, &score)| score >= threshold && apart(pair))
        .map(|(&p, &s)| (p, s))
        .collect();
    let ranks = ranks_in_accounts(&eligible);
    eligible.into_iter().zip(ranks).filter(|&(_, (rx, ry))| rx.max(ry) <= 2).map(|(link, _)| link).collect()
}

/// Pairs `apart` of sentences that open their accounts (see [`openings`]) and that alignment
/// scored at all (they share some of their terms), with their similarity. A news account states
/// its main claim first, in the headline and again in the lead, so two accounts of one event
/// share it there even in words that have little else in common ("bumps up rates" and "hoists
/// its target rate"), and scores well below [`RELATED_THRESHOLD`]. Further down, an account's
/// sentences carry claims of their own.
fn opening_pairs(
    accounts: &[AnalysedAccount],
    scores: &Scores,
    apart: impl Fn(&Pair) -> bool,
) -> Vec<(Pair, f64)> {
    let openings: Vec<Vec<usize>> = accounts.iter().map(openings).collect();
    let opens = |(a, s): SentenceId| openings.get(a).is_some_and(|o| o.contains(&s));
    scores
        .iter()
        .filter(|&(&(x, y), &score)| score > 0.0 && opens(x) && opens(y) && apart(&(x, y)))
        .map(|(&pair, &score)| (pair, score))
        .collect()
}

/// Candidate pairs `apart` that share at least [`WORDING_SHARED_WORDS`] ordinary words and score
/// at least [`WORDING_FLOOR`], with their similarity. Four words that say what happened, the
/// same in two sentences, are one claim told twice, however much else either sentence tells
/// (a lead that sums up the deal and a body sentence that gives its terms), and whatever other
/// sentences share with them.
fn shared_wording(overlaps: &Overlaps, scores: &Scores, apart: impl Fn(&Pair) -> bool) -> Vec<(Pair, f64)> {
    let min_words = super::tuning::knob("WORDY", WORDING_SHARED_WORDS as f64) as usize;
    let floor = super::tuning::knob("WORDY_T", WORDING_FLOOR);
    let mut links = Vec::new();
    for (&(pair, _), &words) in overlaps.weights.iter().zip(&overlaps.shared_words) {
        let score = scores.get(&pair).copied().unwrap_or(0.0);
        if words >= min_words && score >= floor && apart(&pair) {
            links.push((pair, score));
        }
    }
    links
}

/// Candidate pairs whose ends are each other's best counterparts in their accounts by overlap
/// weight (one end the other's best, the other end's best or second best; both ends each
/// other's best when `alone` says neither end has a counterpart in another account yet)
/// and share at least [`COUNTERPART_SHARED_WORDS`] ordinary words.
fn best_counterparts(overlaps: &Overlaps, alone: impl Fn(Pair) -> bool) -> Vec<Pair> {
    let min_words = super::tuning::knob("REL_WORDS", COUNTERPART_SHARED_WORDS as f64) as usize;
    let ranks = ranks_in_accounts(&overlaps.weights);
    overlaps
        .weights
        .iter()
        .zip(&overlaps.shared_words)
        .zip(ranks)
        .filter(|&((&(pair, _), &words), (rx, ry))| {
            // Second best one way only for ends that have a counterpart already.
            words >= min_words && rx.min(ry) == 1 && (rx.max(ry) == 1 || (rx.max(ry) == 2 && !alone(pair)))
        })
        .map(|((&(pair, _), _), _)| pair)
        .collect()
}

/// The calendar years a sentence names ("in 2009", "since 2014"), sorted. Two best counterparts
/// that name different years, or a year and none, tell of two events (a crash and an earlier
/// crash on the same road): the words they share are the kind of event, not the claim.
fn years_named(sentence: &AnalysedSentence) -> Vec<u32> {
    let mut years: Vec<u32> = sentence
        .quantities
        .iter()
        .filter(|q| q.kind == QuantityKind::Date && q.value >= FIRST_YEAR)
        .map(|q| q.value as u32)
        .collect();
    sort_values(&mut years);
    years.dedup();
    years
}

/// The smallest date value that is a year rather than a day of the month.
const FIRST_YEAR: f64 = 1000.0;

/// For each pair, its ends' ranks among their partners in the other end's account, by value:
/// 1 for the best (ties included), 2 for the second best, 3 for any other.
fn ranks_in_accounts(pairs: &[(Pair, f64)]) -> Vec<(usize, usize)> {
    // The best and second best value per end and account (maps of the type gap filling keeps
    // too: one copy of their code in the wasm bundle serves both).
    let mut first: FastMap<(SentenceId, usize), f64> = FastMap::default();
    let mut second: FastMap<(SentenceId, usize), f64> = FastMap::default();
    for &((x, y), value) in pairs {
        for key in [(x, y.0), (y, x.0)] {
            let best = first.entry(key).or_insert(f64::NEG_INFINITY);
            let runner_up = second.entry(key).or_insert(f64::NEG_INFINITY);
            if value > *best {
                *runner_up = *best;
                *best = value;
            } else if value > *runner_up {
                *runner_up = value;
            }
        }
    }
    let rank = |key, value: f64| 1 + usize::from(value < first[&key]) + usize::from(value < second[&key]);
    pairs.iter().map(|&((x, y), value)| (rank((x, y.0), value), rank((y, x.0), value))).collect()
}

/// Links from the fact sheet: two sentences of different groups that give one fact (one quote,
/// one count of one thing) share that claim, however differently the rest of them is worded;
/// so do the sentences where an account restates the value.
/// Durations and dates are left out: they name an event many claims mention ("the 30-day
/// ceasefire"), and on the development pairs the links they added were wrong.
fn fact_links(sheet: &FactSheet, scores: &Scores, claims: &Claims) -> Vec<(Pair, f64)> {
    let mut links = Vec::new();
    for (row, restated_in) in sheet.rows.iter().zip(&sheet.restated_in) {
        if !matches!(row.kind, FactKind::Quote | FactKind::Quantity) {
            continue;
        }
        let mut mentions: Vec<SentenceId> = row.values.iter().map(|v| (v.account, v.sentence)).collect();
        mentions.extend(restated_in);
        for (i, &x) in mentions.iter().enumerate() {
            for &y in &mentions[i + 1..] {
                let (Some(gx), Some(gy)) = (claims.of(x), claims.of(y)) else { continue };
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
    use super::super::model::Member;
    use super::super::segment::segment;
    use super::*;

    /// The claims of `groups` over `accounts`.
    fn claims_of(accounts: &[AnalysedAccount], groups: &[Vec<Member>]) -> Claims {
        let sentences: Vec<usize> = accounts.iter().map(|a| a.sentences.len()).collect();
        Claims::new(&sentences, groups)
    }

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
        let (groups, scores, overlaps) = align_scored(&accounts, 0);
        let links =
            related(&accounts, (&scores, &overlaps), &FactSheet::default(), &claims_of(&accounts, &groups));
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

    #[test]
    fn an_earlier_event_of_the_same_kind_is_not_related() {
        let text_a = "A ferry capsized near the Orlen islands on Friday, drowning 9 passengers, the navy \
                      said. The captain was rescued.";
        let text_b = |earlier: &str| {
            format!(
                "The navy said 9 passengers drowned when a ferry capsized off Orlen on Friday. The captain \
                 was found alive. Divers searched the bay until dusk. {earlier} 22 passengers drowned when a \
                 cargo boat capsized near the same islands."
            )
        };
        let related_to_earlier = |earlier: &str| {
            let accounts = analysed(&[text_a, &text_b(earlier)]);
            let (groups, scores, overlaps) = align_scored(&accounts, 0);
            let links = related(
                &accounts,
                (&scores, &overlaps),
                &FactSheet::default(),
                &claims_of(&accounts, &groups),
            );
            links.iter().any(|l| l.members[1] == SentenceRef { account: 1, sentence: 3 })
        };
        // Undated, the earlier capsizing shares the words of the event; dated, it is another one.
        assert!(related_to_earlier("Last time,"));
        assert!(!related_to_earlier("In 2011,"));
    }

    #[test]
    fn sentences_sharing_four_ordinary_words_relate_whatever_else_they_share() {
        let pairs = [((0, 1), (1, 4)), ((0, 2), (1, 3)), ((0, 3), (1, 5)), ((0, 4), (1, 6))];
        let mut scores = Scores::default();
        for (pair, score) in pairs.iter().zip([0.15, 0.15, 0.05, 0.3]) {
            scores.insert(*pair, score);
        }
        let overlaps = Overlaps {
            weights: pairs.iter().map(|&pair| (pair, 1.0)).collect(),
            // Four words, three, four below the floor, four in one group.
            shared_words: vec![4, 3, 4, 4],
        };
        let in_one_group = pairs[3];
        let links = shared_wording(&overlaps, &scores, |&pair| pair != in_one_group);
        assert_eq!(links, vec![(pairs[0], 0.15)]);
    }

    #[test]
    fn the_openings_of_two_accounts_relate_when_they_share_any_terms() {
        // Account 0's sentences 0-2 open it, account 1's sentences 0-2 open it; (0, 3) does not.
        let mut scores = Scores::default();
        scores.insert(((0, 0), (1, 2)), 0.12);
        scores.insert(((0, 1), (1, 1)), 0.0);
        scores.insert(((0, 3), (1, 0)), 0.3);
        scores.insert(((0, 2), (1, 0)), 0.2);
        let same_group = ((0, 2), (1, 0));
        let accounts = analysed(&[
            "Rain fell. Roads flooded. Schools shut. Trains stopped.",
            "Storms hit. Rivers rose. Crews worked.",
        ]);
        let mut links = opening_pairs(&accounts, &scores, |&pair| pair != same_group);
        sort_by(&mut links, |(p, _), (q, _)| p.cmp(q));
        assert_eq!(links, vec![(((0, 0), (1, 2)), 0.12)]);
    }

    fn fact_row(kind: FactKind, values: &[(usize, usize)]) -> super::super::model::FactRow {
        let value = |&(account, sentence): &(usize, usize)| super::super::model::FactValue {
            account,
            sentence,
            start: 0,
            end: 0,
            text: String::new(),
            value: String::new(),
        };
        super::super::model::FactRow {
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
        let member = |account, sentences: &[usize]| Member { account, sentences: sentences.to_vec() };
        let groups = [
            vec![member(0, &[0]), member(1, &[0])],
            vec![member(1, &[1])],
            vec![member(2, &[0])],
            vec![member(0, &[1])],
        ];
        let claims = Claims::new(&[2, 2, 1], &groups);
        let sheet = FactSheet {
            rows: vec![
                fact_row(FactKind::Quote, &[(0, 0), (1, 1), (2, 0)]),
                fact_row(FactKind::Quantity, &[(1, 0), (0, 0)]),
                fact_row(FactKind::Duration, &[(0, 1), (1, 1)]),
                fact_row(FactKind::Date, &[(0, 1), (2, 0)]),
            ],
            // The count is given again in sentence 1 of account 0.
            restated_in: vec![vec![], vec![(0, 1)], vec![], vec![]],
        };
        let mut scores = Scores::default();
        scores.insert(((0, 0), (1, 1)), 0.25);
        let mut links = fact_links(&sheet, &scores, &claims);
        sort_by(&mut links, |(p, _), (q, _)| p.cmp(q));
        let expected = vec![
            (((0, 0), (1, 1)), 0.25),
            (((0, 0), (2, 0)), 0.0),
            (((0, 1), (1, 0)), 0.0),
            (((1, 1), (2, 0)), 0.0),
        ];
        assert_eq!(
            links, expected,
            "the quote's three sentences pairwise, the count restated with the other account's \
             count; one group's count, durations and dates add none"
        );
    }

    fn overlaps(pairs: &[(Pair, f64, usize)]) -> Overlaps {
        Overlaps {
            weights: pairs.iter().map(|&(pair, weight, _)| (pair, weight)).collect(),
            shared_words: pairs.iter().map(|&(_, _, words)| words).collect(),
        }
    }

    #[test]
    fn best_counterparts_sharing_ordinary_words_are_related() {
        let overlaps = overlaps(&[
            // (0,0)'s best in account 1 is (1,0), and (1,0)'s second best in account 0.
            (((0, 0), (1, 0)), 5.0, 3),
            (((0, 0), (1, 1)), 2.0, 3), // second best both ways: not related
            (((0, 3), (1, 1)), 3.0, 3),
            (((0, 1), (1, 0)), 6.0, 3),
            // Best both ways, but sharing only two ordinary words (the rest names).
            (((0, 2), (1, 2)), 9.0, 2),
        ]);
        let mut found = best_counterparts(&overlaps, |_| false);
        found.sort_unstable();
        assert_eq!(found, vec![((0, 0), (1, 0)), ((0, 1), (1, 0)), ((0, 3), (1, 1))]);
    }

    #[test]
    fn sentences_with_no_other_link_must_be_each_others_best() {
        let overlaps = overlaps(&[
            (((0, 0), (1, 0)), 5.0, 3),
            (((0, 1), (1, 0)), 6.0, 3), // (1,0)'s best is (0,1): (0,0)-(1,0) is best one way only
            (((0, 2), (1, 2)), 5.0, 3),
            (((0, 2), (1, 3)), 4.0, 3), // (1,3)'s best, (0,2)'s second best
        ]);
        let mut alone = best_counterparts(&overlaps, |_| true);
        alone.sort_unstable();
        assert_eq!(alone, vec![((0, 1), (1, 0)), ((0, 2), (1, 2))]);
        let mut linked_elsewhere = best_counterparts(&overlaps, |_| false);
        linked_elsewhere.sort_unstable();
        assert_eq!(
            linked_elsewhere,
            vec![((0, 0), (1, 0)), ((0, 1), (1, 0)), ((0, 2), (1, 2)), ((0, 2), (1, 3))],
            "ends that have counterparts need only be among each other's best two"
        );
    }

    #[test]
    fn sentences_of_one_group_or_unrelated_ones_are_not_related() {
        let accounts = analysed(&["A fire hit the port. Schools reopened.", "A fire hit the port."]);
        let (groups, scores, overlaps) = align_scored(&accounts, 0);
        assert!(related(
            &accounts,
            (&scores, &overlaps),
            &FactSheet::default(),
            &claims_of(&accounts, &groups)
        )
        .is_empty());
    }
}
