//! Lower case for the scripts news is written in, without the standard library's case table.
//!
//! `str::to_lowercase` and `char::to_lowercase` link a table of every cased character of
//! Unicode (about 1,400 pairs) and its code into the wasm bundle, about 5 KB gzip. Accounts are
//! in Latin, Greek, Cyrillic or Armenian script, whose capitals map to small letters by a fixed
//! offset or, in the extended blocks, by pairs (capital even, small odd). This module does
//! those, as the standard library does (the tests check every character of these blocks against
//! it), and leaves every other character as it is: a capital of another script stays a capital,
//! which only ever makes two spellings of one word look different.

/// The lower-case form of `c`, for the scripts above; `c` itself otherwise.
pub fn lower_char(c: char) -> char {
    let code = c as u32;
    let shifted = |offset: u32| char::from_u32(code + offset).unwrap_or(c);
    // A block of pairs, capital first: its capitals sit at even (or odd) offsets from `start`.
    let paired = |start: u32, capital_parity: u32| (code - start) % 2 == capital_parity;
    match code {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => shifted(0x20),
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if paired(0x100, 0) => shifted(1),
        0x139..=0x148 | 0x179..=0x17E if paired(0x139, 0) => shifted(1),
        0x178 => 'ÿ',
        0x386 => 'ά',
        0x388..=0x38A => shifted(0x25),
        0x38C => 'ό',
        0x38E | 0x38F => shifted(0x3F),
        0x391..=0x3A1 | 0x3A3..=0x3AB => shifted(0x20),
        0x400..=0x40F => shifted(0x50),
        0x410..=0x42F => shifted(0x20),
        0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x52F if paired(0x460, 0) => shifted(1),
        0x4C0 => 'ӏ',
        0x4C1..=0x4CE if paired(0x4C1, 0) => shifted(1),
        0x531..=0x556 => shifted(0x30),
        0x1E00..=0x1E95 | 0x1EA0..=0x1EFF if paired(0x1E00, 0) => shifted(1),
        0x1E9E => 'ß',
        0xFF21..=0xFF3A => shifted(0x20),
        _ => c,
    }
}

/// `text` in lower case (see [`lower_char`]).
pub fn lower(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    text.chars().map(lower_char).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The blocks this module folds, checked character by character against the standard
    /// library (which maps "İ" to two characters; this module leaves it).
    #[test]
    fn agrees_with_the_standard_library_on_its_scripts() {
        let blocks = [0x0..0x250, 0x370..0x400, 0x400..0x530, 0x530..0x590, 0x1E00..0x1F00, 0xFF00..0xFF60];
        for code in blocks.into_iter().flatten().filter(|&c| c != 0x130) {
            let Some(c) = char::from_u32(code) else { continue };
            let expected: String = c.to_lowercase().collect();
            let in_scope = code < 0x180
                || (0x386..0x3B0).contains(&code)
                || (0x400..0x590).contains(&code)
                || code >= 0x1E00;
            if in_scope {
                assert_eq!(lower_char(c).to_string(), expected, "U+{code:04X}");
            } else {
                // Latin Extended-B and archaic Greek are left as they are.
                let folded = lower_char(c).to_string();
                assert!(folded == expected || folded == c.to_string(), "U+{code:04X}");
            }
        }
    }

    #[test]
    fn words_of_three_scripts() {
        assert_eq!(lower("Straße ÜBER Путин Zelenskyy ŁÓDŹ"), "straße über путин zelenskyy łódź");
        assert_eq!(lower("ÉLYSÉE"), "élysée");
    }
}
