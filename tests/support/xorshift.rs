/// A small deterministic xorshift generator shared by the random tests and the benchmarks, so a
/// failing case or a workload can be replayed from its seed. Unit tests `include!` this file,
/// integration tests and benchmarks load it as a module.
pub struct XorShift(pub u64);

impl XorShift {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}
