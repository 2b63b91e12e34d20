//! Calibration hooks: with the `tuning` cargo feature (never in the web bundle), alignment's
//! constants can be overridden by environment variables `CD_<NAME>` and the similarity of every
//! pair of sentences dumped to the file named by `CD_DUMP`, which is how
//! `scripts/calibrate-alignment.py` measures leave-one-pair-out figures without rebuilding.
//! Without the feature, [`knob`] is the constant itself and [`dump_scores`] does nothing.

#[cfg(feature = "tuning")]
use super::similarity::{similarity, Corpus, FastMap, SentenceId};

/// The value of constant `name`: `default`, or (feature `tuning`) `CD_<name>` when set.
#[cfg(not(feature = "tuning"))]
#[inline(always)]
pub fn knob(_name: &str, default: f64) -> f64 {
    default
}

/// The value of constant `name`: `default`, or (feature `tuning`) `CD_<name>` when set.
#[cfg(feature = "tuning")]
pub fn knob(name: &str, default: f64) -> f64 {
    std::env::var(format!("CD_{name}")).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// Writes "account sentence account sentence similarity candidate" for every pair of sentences
/// of different accounts to the file `CD_DUMP` names (feature `tuning` only).
#[cfg(feature = "tuning")]
pub fn dump_scores(corpus: &Corpus, scores: &FastMap<(SentenceId, SentenceId), f64>) {
    let Ok(path) = std::env::var("CD_DUMP") else { return };
    let mut out = String::new();
    for (a, pa) in corpus.profiles.iter().enumerate() {
        for (b, pb) in corpus.profiles.iter().enumerate().skip(a + 1) {
            for (s, ps) in pa.iter().enumerate() {
                for (t, pt) in pb.iter().enumerate() {
                    let sim = similarity(ps, pt);
                    let candidate = scores.contains_key(&((a, s), (b, t)));
                    out.push_str(&format!("{a} {s} {b} {t} {sim:.4} {}\n", u8::from(candidate)));
                }
            }
        }
    }
    let _ = std::fs::write(path, out);
}
