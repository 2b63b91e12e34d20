//! Alignment and divergence quality on the project's own gold (tests/fixtures/events), scored
//! the way `../shared/bench/alignment/score.py pair` scores: link precision/recall/F1, omission
//! accuracy, material divergences found on both sides, and wording wrongly flagged material.
//! Thresholds sit just under what the engine reaches, so a regression fails. Also: grouping is
//! invariant to the order accounts are given, and no input makes the engine lose a sentence.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};

use claimdiff::{compare, AccountInput, Comparison, Options};
use serde::Deserialize;

fn events_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/events")
}

#[derive(Deserialize)]
struct GoldPair {
    a: String,
    b: String,
    links: Vec<GoldLink>,
    a_only: Vec<String>,
    b_only: Vec<String>,
}

#[derive(Deserialize)]
struct GoldLink {
    a: String,
    b: String,
    divergences: Vec<GoldDivergence>,
}

#[derive(Deserialize)]
struct GoldDivergence {
    a: String,
    b: String,
    material: bool,
}

/// A half-open char range.
type Range = (usize, usize);

#[derive(Debug, Default)]
struct Scores {
    link_precision: f64,
    link_recall: f64,
    link_f1: f64,
    omission_accuracy: Option<f64>,
    material_recall: Option<f64>,
    wording_flagged_material: Option<f64>,
}

/// One account's text with char-offset lookups.
struct Text {
    text: String,
}

impl Text {
    fn chars_before(&self, byte: usize) -> usize {
        self.text[..byte].chars().count()
    }

    /// Char range of the only occurrence of `needle`.
    fn unique(&self, needle: &str) -> Range {
        let found: Vec<usize> = self.text.match_indices(needle).map(|(i, _)| i).collect();
        assert_eq!(found.len(), 1, "anchor must occur once: {needle:?}");
        self.char_range(found[0], needle)
    }

    /// Char range of `needle` inside `within` (or anywhere, like score.py).
    fn inside(&self, within: Range, needle: &str) -> Range {
        let start_byte = self.text.char_indices().nth(within.0).map_or(self.text.len(), |(b, _)| b);
        let found =
            self.text[start_byte..].find(needle).map(|i| i + start_byte).or_else(|| self.text.find(needle));
        self.char_range(found.unwrap_or_else(|| panic!("span not found: {needle:?}")), needle)
    }

    fn char_range(&self, byte: usize, needle: &str) -> Range {
        let start = self.chars_before(byte);
        (start, start + needle.chars().count())
    }

    /// Gold sentences from a `sentences-N.txt` list (index, tab, sentence), located in order.
    fn gold_sentences(&self, list: &Path) -> Vec<Range> {
        let listing = std::fs::read_to_string(list).unwrap_or_else(|e| panic!("{}: {e}", list.display()));
        let mut from = 0;
        listing
            .lines()
            .filter_map(|line| line.split_once('\t').map(|(_, s)| s))
            .map(|sentence| {
                let at = self.text[from..].find(sentence).map(|i| i + from).expect("gold sentence in text");
                from = at + sentence.len();
                self.char_range(at, sentence)
            })
            .collect()
    }
}

fn overlap(a: Range, b: Range) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

/// The gold sentence holding most of `span`.
fn sentence_of(sentences: &[Range], span: Range) -> usize {
    (0..sentences.len()).max_by_key(|&i| (overlap(sentences[i], span), std::cmp::Reverse(i))).unwrap_or(0)
}

/// For each predicted sentence, the gold sentences it mostly covers or that mostly cover it.
fn map_to_gold(predicted: &[Range], gold: &[Range]) -> Vec<HashSet<usize>> {
    predicted
        .iter()
        .map(|&p| {
            (0..gold.len())
                .filter(|&g| {
                    let shorter = (p.1 - p.0).min(gold[g].1 - gold[g].0).max(1);
                    overlap(p, gold[g]) * 2 >= shorter
                })
                .collect()
        })
        .collect()
}

fn ratio(hit: usize, total: usize) -> Option<f64> {
    (total > 0).then(|| hit as f64 / total as f64)
}

/// Mirrors `score.py pair` with A as account 0 and B as account 1.
fn score_pair(
    gold: &GoldPair,
    a: &Text,
    b: &Text,
    gold_a: &[Range],
    gold_b: &[Range],
    cmp: &Comparison,
) -> Scores {
    let sentences = |account: usize| -> Vec<Range> {
        cmp.accounts[account].sentences.iter().map(|s| (s.start, s.end)).collect()
    };
    let (map_a, map_b) = (map_to_gold(&sentences(0), gold_a), map_to_gold(&sentences(1), gold_b));
    let mut gold_links: HashMap<(usize, usize), Vec<&GoldLink>> = HashMap::new();
    for link in &gold.links {
        let key = (sentence_of(gold_a, a.unique(&link.a)), sentence_of(gold_b, b.unique(&link.b)));
        gold_links.entry(key).or_default().push(link);
    }
    let mut predicted = Vec::new();
    for (g, group) in cmp.groups.iter().enumerate() {
        let of = |account: usize| -> Vec<usize> {
            group.members.iter().filter(|m| m.account == account).flat_map(|m| m.sentences.clone()).collect()
        };
        for x in of(0) {
            for y in of(1) {
                predicted.push((x, y, g));
            }
        }
    }
    let mut correct = 0;
    let mut recalled = HashSet::new();
    let mut groups_of: HashMap<(usize, usize), HashSet<usize>> = HashMap::new();
    for &(x, y, g) in &predicted {
        let pairs: Vec<(usize, usize)> =
            map_a[x].iter().flat_map(|&u| map_b[y].iter().map(move |&v| (u, v))).collect();
        let hits: Vec<&(usize, usize)> = pairs.iter().filter(|p| gold_links.contains_key(p)).collect();
        correct += usize::from(!hits.is_empty());
        recalled.extend(hits.into_iter().copied());
        pairs.into_iter().for_each(|p| {
            groups_of.entry(p).or_default().insert(g);
        });
    }
    let precision = ratio(correct, predicted.len()).unwrap_or(0.0);
    let recall = ratio(recalled.len(), gold_links.len()).unwrap_or(0.0);
    let f1 = if precision + recall > 0.0 { 2.0 * precision * recall / (precision + recall) } else { 0.0 };

    let linked_a: HashSet<usize> = predicted.iter().flat_map(|&(x, _, _)| map_a[x].clone()).collect();
    let linked_b: HashSet<usize> = predicted.iter().flat_map(|&(_, y, _)| map_b[y].clone()).collect();
    let unlinked_a =
        gold.a_only.iter().filter(|s| !linked_a.contains(&sentence_of(gold_a, a.unique(s)))).count();
    let unlinked_b =
        gold.b_only.iter().filter(|s| !linked_b.contains(&sentence_of(gold_b, b.unique(s)))).count();

    let (mut material, mut material_found, mut wording, mut wording_flagged) = (0, 0, 0, 0);
    for (key, links) in &gold_links {
        for divergence in links.iter().flat_map(|l| &l.divergences) {
            let span_a = a.inside(gold_a[key.0], &divergence.a);
            let span_b = b.inside(gold_b[key.1], &divergence.b);
            let flagged = groups_of.get(key).into_iter().flatten().any(|&g| {
                cmp.groups[g].divergences.iter().filter(|d| d.material).any(|d| {
                    let on = |account: usize, span: Range| {
                        d.spans.iter().any(|s| s.account == account && overlap((s.start, s.end), span) > 0)
                    };
                    on(0, span_a) && on(1, span_b)
                })
            });
            if divergence.material {
                material += 1;
                material_found += usize::from(flagged);
            } else {
                wording += 1;
                wording_flagged += usize::from(flagged);
            }
        }
    }
    Scores {
        link_precision: precision,
        link_recall: recall,
        link_f1: f1,
        omission_accuracy: ratio(unlinked_a + unlinked_b, gold.a_only.len() + gold.b_only.len()),
        material_recall: ratio(material_found, material),
        wording_flagged_material: ratio(wording_flagged, wording),
    }
}

fn account_file(event: &Path, id: &str) -> PathBuf {
    std::fs::read_dir(event)
        .expect("event directory")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| {
            let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            name.starts_with(&format!("{id}-")) && name.ends_with(".txt")
        })
        .unwrap_or_else(|| panic!("no account {id} in {}", event.display()))
}

fn score_fixture(event: &str, pair: &str) -> Scores {
    let dir = events_dir().join(event);
    let gold: GoldPair =
        serde_json::from_str(&std::fs::read_to_string(dir.join(format!("pair-{pair}.json"))).unwrap())
            .expect("gold pair JSON");
    let read = |id: &str| Text { text: std::fs::read_to_string(account_file(&dir, id)).unwrap() };
    let (a, b) = (read(&gold.a), read(&gold.b));
    let gold_a = a.gold_sentences(&dir.join(format!("sentences-{}.txt", gold.a)));
    let gold_b = b.gold_sentences(&dir.join(format!("sentences-{}.txt", gold.b)));
    let inputs = [
        AccountInput { label: gold.a.clone(), text: a.text.clone() },
        AccountInput { label: gold.b.clone(), text: b.text.clone() },
    ];
    let cmp = compare(&inputs, &Options::default());
    let scores = score_pair(&gold, &a, &b, &gold_a, &gold_b, &cmp);
    println!("{event} {pair}: {scores:?}");
    scores
}

fn assert_at_least(what: &str, value: Option<f64>, floor: f64) {
    let value = value.unwrap_or(1.0);
    assert!(value >= floor, "{what} = {value:.3}, expected ≥ {floor}");
}

fn assert_at_most(what: &str, value: Option<f64>, ceiling: f64) {
    let value = value.unwrap_or(0.0);
    assert!(value <= ceiling, "{what} = {value:.3}, expected ≤ {ceiling}");
}

#[test]
fn harbour_fire_wire_against_rival() {
    let s = score_fixture("harbour-fire", "1-2");
    assert_at_least("link F1", Some(s.link_f1), 0.99);
    assert_at_least("link precision", Some(s.link_precision), 0.99);
    assert_at_least("omission accuracy", s.omission_accuracy, 0.99);
    assert_at_least("material recall", s.material_recall, 0.99);
    assert_at_most("wording flagged material", s.wording_flagged_material, 0.05);
}

#[test]
fn harbour_fire_wire_against_spun_copy() {
    let s = score_fixture("harbour-fire", "1-3");
    assert_at_least("link F1", Some(s.link_f1), 0.99);
    assert_at_least("material recall", s.material_recall, 0.99);
    // 1 of 10: the spinner's "The corporate stated" for "The company said" credits another
    // source as far as any general lexicon can tell ("corporate" is no synonym of "company").
    assert_at_most("wording flagged material", s.wording_flagged_material, 0.10);
}

#[test]
fn border_talks_wire_against_readout() {
    let s = score_fixture("border-talks", "1-2");
    assert_at_least("link F1", Some(s.link_f1), 0.88);
    assert_at_least("link precision", Some(s.link_precision), 0.99);
    assert_at_least("link recall", Some(s.link_recall), 0.79);
    assert_at_least("omission accuracy", s.omission_accuracy, 0.99);
    // 5 of 6: the lead ("cut tariffs on farm goods and … reopen … the crossing") shares the
    // tariff claim's group since "cut" and "reduce" are synonyms, and the one-sided "all" of "all
    // agricultural goods" is then set against the lead's "farm goods" (a real difference too)
    // instead of the body's "grain and dairy", which the gold divergence names.
    assert_at_least("material recall", s.material_recall, 0.83);
    assert_at_most("wording flagged material", s.wording_flagged_material, 0.05);
}

#[test]
fn border_talks_wire_against_rival() {
    let s = score_fixture("border-talks", "1-3");
    assert_at_least("link F1", Some(s.link_f1), 0.94);
    assert_at_least("link precision", Some(s.link_precision), 0.99);
    assert_at_least("omission accuracy", s.omission_accuracy, 0.99);
    assert_at_least("material recall", s.material_recall, 0.99);
    assert_at_most("wording flagged material", s.wording_flagged_material, 0.05);
}

/// Each event's accounts, labelled by file name.
fn event_accounts(event: &str) -> Vec<AccountInput> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(events_dir().join(event))
        .expect("event directory")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name().is_some_and(|n| n.to_string_lossy().starts_with(|c: char| c.is_ascii_digit()))
        })
        .collect();
    files.sort();
    files
        .iter()
        .map(|f| AccountInput {
            label: f.file_name().unwrap_or_default().to_string_lossy().into_owned(),
            text: std::fs::read_to_string(f).unwrap(),
        })
        .collect()
}

/// Groups as sets of (label, sentence text): independent of account order.
fn grouping(inputs: &[AccountInput], cmp: &Comparison) -> BTreeSet<BTreeSet<(String, String)>> {
    cmp.groups
        .iter()
        .map(|g| {
            g.members
                .iter()
                .flat_map(|m| {
                    m.sentences.iter().map(move |&s| {
                        (inputs[m.account].label.clone(), cmp.accounts[m.account].sentences[s].text.clone())
                    })
                })
                .collect()
        })
        .collect()
}

fn permutations(n: usize) -> Vec<Vec<usize>> {
    if n == 0 {
        return vec![Vec::new()];
    }
    permutations(n - 1)
        .into_iter()
        .flat_map(|p| {
            (0..n).map(move |at| {
                let mut q = p.clone();
                q.insert(at, n - 1);
                q
            })
        })
        .collect()
}

#[test]
fn grouping_does_not_depend_on_account_order() {
    for event in ["harbour-fire", "border-talks"] {
        let accounts = event_accounts(event);
        for reference_label in accounts.iter().map(|a| a.label.clone()) {
            let mut expected = None;
            for order in permutations(accounts.len()) {
                let inputs: Vec<AccountInput> = order.iter().map(|&i| accounts[i].clone()).collect();
                let reference = inputs.iter().position(|a| a.label == reference_label).unwrap_or(0);
                let cmp = compare(&inputs, &Options { reference, ..Options::default() });
                let groups = grouping(&inputs, &cmp);
                let expected = expected.get_or_insert_with(|| groups.clone());
                assert_eq!(&groups, expected, "{event}: order {order:?} changed the grouping");
            }
        }
    }
}

#[test]
fn groups_stay_single_claims() {
    for event in ["harbour-fire", "border-talks"] {
        let accounts = event_accounts(event);
        let cmp = compare(&accounts, &Options::default());
        for group in &cmp.groups {
            assert!(
                group.members.iter().all(|m| m.sentences.len() <= 3),
                "{event}: oversized group {group:?}"
            );
        }
        assert!(
            cmp.groups.iter().any(|g| g.members.len() == accounts.len()),
            "{event}: no claim shared by all"
        );
    }
}

#[test]
fn material_divergences_mark_every_account_they_contrast() {
    for event in ["harbour-fire", "border-talks"] {
        let cmp = compare(&event_accounts(event), &Options::default());
        for d in cmp.groups.iter().flat_map(|g| &g.divergences).filter(|d| d.material) {
            let accounts: HashSet<usize> = d.spans.iter().map(|s| s.account).collect();
            assert!(accounts.len() >= 2, "{event}: one-sided material divergence {d:?}");
            assert!(!d.summary.is_empty());
        }
    }
}

/// Every sentence of every account is in exactly one group.
fn assert_complete(cmp: &Comparison) {
    let mut seen = HashSet::new();
    for g in &cmp.groups {
        for m in &g.members {
            for &s in &m.sentences {
                assert!(seen.insert((m.account, s)), "sentence {s} of account {} twice", m.account);
            }
        }
    }
    let total: usize = cmp.accounts.iter().map(|a| a.sentences.len()).sum();
    assert_eq!(seen.len(), total, "a sentence is in no group");
}

#[test]
fn odd_inputs_never_panic_or_lose_sentences() {
    let input = |text: &str| AccountInput { label: String::new(), text: text.to_string() };
    assert!(compare(&[], &Options::default()).groups.is_empty());
    assert_complete(&compare(&[input(""), input("  \n ")], &Options { reference: 7, ..Options::default() }));
    assert_complete(&compare(&[input("Only one account."), input("")], &Options::default()));
    let huge = "word ".repeat(30_000) + "and 175 prisoners each “quoted";
    assert_complete(&compare(
        &[input(&huge), input(&huge[..5_000]), input("¿¡“”‘’—…$%")],
        &Options::default(),
    ));
    let many: Vec<AccountInput> = (0..40)
        .map(|i| {
            input(&format!("Drones hit the port of Odesa on Monday. Officials said {i} people were hurt."))
        })
        .collect();
    let cmp = compare(&many, &Options { reference: 39, ..Options::default() });
    assert_complete(&cmp);
    assert!(cmp.groups.iter().all(|g| g.members.iter().all(|m| m.sentences.len() <= 3)));
}

#[test]
fn a_chain_of_partly_overlapping_sentences_does_not_collapse_into_one_group() {
    // B's sentence states both A's claim and C's; A and C have nothing in common. Linking A–B
    // and B–C must not make A and C one claim.
    let input = |text: &str| AccountInput { label: String::new(), text: text.to_string() };
    let accounts = [
        input("Floodwater closed the Riverside bridge on Tuesday morning, stranding commuters."),
        input(
            "Floodwater closed the Riverside bridge on Tuesday, and the mayor ordered an inquiry \
             into the harbour dredging contract.",
        ),
        input("The mayor ordered an inquiry into the harbour dredging contract after a council vote."),
    ];
    let cmp = compare(&accounts, &Options::default());
    assert_complete(&cmp);
    let group_of = |account: usize| {
        cmp.groups
            .iter()
            .position(|g| g.members.iter().any(|m| m.account == account && m.sentences.contains(&0)))
    };
    assert_ne!(group_of(0), group_of(2), "two claims collapsed into one group: {:?}", cmp.groups);
    assert!(
        group_of(1) == group_of(0) || group_of(1) == group_of(2),
        "the bridging sentence links to one of its claims: {:?}",
        cmp.groups
    );
}
