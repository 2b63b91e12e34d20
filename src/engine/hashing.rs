//! Hashing for the engine's own keys (concept ids, sentence ids, words of its tables): a fast
//! non-cryptographic hash, as the keys come from the engine, not from an adversary. A leaf
//! module, so that the lexicon and the similarity both use it without importing each other.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A hash map keyed by small integers or the engine's words.
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<IntHasher>>;
/// A hash set of the same keys.
pub type FastSet<K> = HashSet<K, BuildHasherDefault<IntHasher>>;

/// Multiply-rotate hashing of integer keys (the scheme of rustc's FxHasher).
#[derive(Default)]
pub struct IntHasher(u64);

impl Hasher for IntHasher {
    fn write(&mut self, bytes: &[u8]) {
        bytes.iter().for_each(|&b| self.add(u64::from(b)));
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }

    fn finish(&self) -> u64 {
        // The last multiply leaves the low bits (which pick the bucket) poorly mixed: rotate
        // the well-mixed high bits down, or keys that differ only in high bits collide.
        self.0.rotate_left(26)
    }
}

impl IntHasher {
    fn add(&mut self, value: u64) {
        self.0 = (self.0.rotate_left(5) ^ value).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

/// A hash of an account's text: tells accounts apart in ties without using their order (the
/// alignment's link ties, the fact sheet's pair ties).
pub fn fingerprint(text: &str) -> u64 {
    let mut hasher = IntHasher::default();
    hasher.write(text.as_bytes());
    hasher.finish()
}
