//! Conversion of byte offsets (used inside the engine) to char offsets (used in the model).

/// Maps byte offsets of one text to char offsets.
pub struct CharIndex {
    /// Byte offset of every char boundary, in order, ending with the text's length.
    boundaries: Vec<usize>,
}

impl CharIndex {
    pub fn new(text: &str) -> Self {
        let boundaries = text.char_indices().map(|(i, _)| i).chain(std::iter::once(text.len())).collect();
        CharIndex { boundaries }
    }

    /// The char offset of a byte offset; a byte inside a char maps to that char's start.
    pub fn char_of(&self, byte: usize) -> usize {
        match self.boundaries.binary_search(&byte) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_multibyte_text() {
        let index = CharIndex::new("aé“b”");
        assert_eq!(index.char_of(0), 0);
        assert_eq!(index.char_of(1), 1);
        assert_eq!(index.char_of(3), 2);
        assert_eq!(index.char_of(6), 3);
        assert_eq!(index.char_of(10), 5);
    }
}
