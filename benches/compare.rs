//! Whole-comparison speed (segment → analyse → align → diverge), natively.
//!
//! Workloads: the five sample accounts in `../shared/samples` (skipped with a note when absent),
//! and accounts generated from the project's own fixture events (tests/fixtures/events):
//! 10 × 5,000 words, 2 × 50,000 words, 30 × 1,000 words, each sentence shuffled within its
//! account and perturbed (numbers changed, words dropped). Prints the median of several runs,
//! then how time grows when the input doubles (a ratio near 2 means linear cost). The generated
//! text is a worst case for that series: its ~70 fixture sentences repeat, so each doubling also
//! doubles how many near-copies every sentence has in every other account, until the per-account
//! candidate and group caps are full. At 10 × 20,000 words each fixture sentence is repeated
//! hundreds of times, every word becomes too common to propose candidates, and time stops
//! growing because most sentences are left unaligned: a limit on pathological repetition that
//! real accounts do not reach.
//!
//! Run: `cargo bench --bench compare` (uses the release profile). With
//! `CLAIMDIFF_BENCH_DUMP=FILE` it writes the workloads as JSON instead of timing them, for the
//! in-browser benchmark (`e2e/bench.mjs`) to run on the same inputs.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use claimdiff::{compare, AccountInput, Options};

#[path = "../tests/support/xorshift.rs"]
mod xorshift;
use xorshift::XorShift;

const RUNS: usize = 7;

fn main() {
    if let Ok(path) = std::env::var("CLAIMDIFF_BENCH_DUMP") {
        dump_workloads(&path);
        return;
    }
    for (name, inputs) in workloads() {
        let words: usize = inputs.iter().map(|i| i.text.split_whitespace().count()).sum();
        println!("{name} ({words} words): median {}", millis(median_time(&inputs)));
    }
    let sentences = fixture_sentences();
    if sentences.is_empty() {
        println!("no fixture sentences under tests/fixtures/events: generated workloads skipped");
        return;
    }
    println!("growth when input doubles (10 accounts):");
    let mut previous: Option<Duration> = None;
    for words in [1_250, 2_500, 5_000, 10_000, 20_000] {
        let time = median_time(&generated(&sentences, 10, words));
        let ratio =
            previous.map_or(String::new(), |p| format!("  ×{:.2}", time.as_secs_f64() / p.as_secs_f64()));
        println!("  10 × {words:>6} words: {}{ratio}", millis(time));
        previous = Some(time);
    }
}

/// The named workloads: the samples (when present) and the generated ones.
fn workloads() -> Vec<(String, Vec<AccountInput>)> {
    let mut all: Vec<(String, Vec<AccountInput>)> = Vec::new();
    let samples = sample_inputs();
    if !samples.is_empty() {
        all.push(("five samples".to_string(), samples));
    }
    let sentences = fixture_sentences();
    if !sentences.is_empty() {
        for (accounts, words) in [(10, 5_000), (2, 50_000), (30, 1_000)] {
            all.push((format!("{accounts} × {words} words"), generated(&sentences, accounts, words)));
        }
    }
    all
}

fn dump_workloads(path: &str) {
    let workloads: Vec<serde_json::Value> = workloads()
        .into_iter()
        .map(|(name, accounts)| serde_json::json!({ "name": name, "accounts": accounts }))
        .collect();
    let json = serde_json::json!({ "workloads": workloads });
    std::fs::write(path, json.to_string()).expect("the dump file is writable");
    println!("wrote {} workloads to {path}", workloads.len());
}

/// The sample accounts in `../shared/samples`, empty when that folder is absent.
fn sample_inputs() -> Vec<AccountInput> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/samples");
    let mut files: Vec<PathBuf> = match std::fs::read_dir(&dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect(),
        Err(_) => Vec::new(),
    };
    files.sort();
    files
        .iter()
        .map(|f| AccountInput {
            label: f.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
            text: std::fs::read_to_string(f).unwrap_or_default(),
        })
        .collect()
}

fn median_time(inputs: &[AccountInput]) -> Duration {
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            black_box(compare(black_box(inputs), &Options::default()));
            start.elapsed()
        })
        .collect();
    times.sort();
    times[RUNS / 2]
}

fn millis(time: Duration) -> String {
    format!("{:.2} ms", time.as_secs_f64() * 1000.0)
}

/// Every sentence (one per line) of every fixture account.
fn fixture_sentences() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/events");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&root)
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .flat_map(|event| {
            std::fs::read_dir(event).into_iter().flatten().filter_map(|e| e.ok().map(|e| e.path()))
        })
        .filter(|p| {
            let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            name.ends_with(".txt") && name.starts_with(|c: char| c.is_ascii_digit())
        })
        .collect();
    files.sort();
    files
        .iter()
        .flat_map(|f| {
            std::fs::read_to_string(f).unwrap_or_default().lines().map(str::to_string).collect::<Vec<_>>()
        })
        .filter(|l| !l.trim().is_empty())
        .collect()
}

/// `accounts` accounts of about `words` words each: fixture sentences drawn in a different
/// shuffled order per account, numbered apart and perturbed so no two accounts are copies.
fn generated(sentences: &[String], accounts: usize, words: usize) -> Vec<AccountInput> {
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    (0..accounts)
        .map(|account| {
            let mut text = String::new();
            let mut count = 0;
            while count < words {
                let sentence = &sentences[rng.below(sentences.len())];
                let perturbed = perturb(sentence, &mut rng);
                count += perturbed.split_whitespace().count();
                text.push_str(&perturbed);
                text.push(if rng.below(4) == 0 { '\n' } else { ' ' });
            }
            AccountInput { label: format!("generated {account}"), text }
        })
        .collect()
}

/// Drops about one word in ten and changes about one number in three.
fn perturb(sentence: &str, rng: &mut XorShift) -> String {
    let mut kept = Vec::new();
    for word in sentence.split_whitespace() {
        if rng.below(10) == 0 {
            continue;
        }
        let is_number = word.chars().all(|c| c.is_ascii_digit());
        kept.push(if is_number && rng.below(3) == 0 { rng.below(500).to_string() } else { word.to_string() });
    }
    kept.join(" ")
}
