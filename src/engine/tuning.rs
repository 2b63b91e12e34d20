//! Calibration hooks: with the `tuning` cargo feature (never in the web bundle), alignment's
//! constants can be overridden by environment variables `CD_<NAME>` and the similarity of every
//! pair of sentences dumped to the file named by `CD_DUMP`, which is how
//! `scripts/calibrate-alignment.py` measures leave-one-pair-out figures without rebuilding.
//! Without the feature, [`knob`] is the constant itself. The dump is
//! `similarity::dump_scores`, which exists with the feature only.

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
