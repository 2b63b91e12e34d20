//! Per-language word lists (abbreviations, sentence starters, function words, speech verbs)
//! and the cheap detection that picks them: Cyrillic words always use the Russian/Ukrainian
//! lists; Latin-script words use the German lists when German function words outnumber
//! English ones in the text, the English lists otherwise. Each list is only ever consulted
//! for words of its own script/language, so no language's rule can fire on another's text.

mod cyrillic;
mod english;
mod german;

use std::ops::Range;

use super::tokens::{leading_word, Folded};

/// How an abbreviation behaves before a possible sentence boundary.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Abbreviation {
    /// Precedes a name or a phrase and never ends a sentence: "Mr.", "Gen.", "i.e.", "z.B.", "ул.".
    NeverFinal,
    /// Precedes a number ("No. 2", "Nr. 5"); otherwise an ordinary word.
    BeforeNumber,
    /// Ends a sentence only before a common sentence starter: "U.S.", "Co.", "Feb.", "J.", "г.".
    MaybeFinal,
    /// A clock time, "a.m." or "p.m.": ends a sentence before a capitalised word that does
    /// not continue the time ("10 a.m. Eastern").
    Time,
    /// Closes an enumeration and usually the sentence: "etc.", "usw.", "т.д.".
    UsuallyFinal,
}

/// A language's abbreviations, keyed without their final period ("u.s", "mr"): one list of
/// keys per [`Abbreviation`] kind, and the keys that match only when written with a capital
/// ("Calif." but not "calif.").
pub(super) struct Abbreviations {
    never_final: &'static str,
    before_number: &'static str,
    maybe_final: &'static str,
    time: &'static str,
    usually_final: &'static str,
    capitalized: &'static str,
}

impl Abbreviations {
    fn lists(&self) -> [(Abbreviation, &'static str); 5] {
        [
            (Abbreviation::NeverFinal, self.never_final),
            (Abbreviation::BeforeNumber, self.before_number),
            (Abbreviation::MaybeFinal, self.maybe_final),
            (Abbreviation::Time, self.time),
            (Abbreviation::UsuallyFinal, self.usually_final),
        ]
    }
}

/// The word lists of one language: words folded to lower case, each list sorted (in byte order)
/// and written with `words!`.
pub(super) struct Lexicon {
    abbreviations: Abbreviations,
    /// The length in bytes of the longest abbreviation, to skip longer words without a look-up.
    longest_abbreviation: usize,
    /// Words that commonly begin a sentence ("the", "he", "but").
    sentence_starters: &'static str,
    /// Articles, prepositions, conjunctions…: a line ending in one continues on the next.
    function_words: &'static str,
    /// Verbs of an attribution after a quote ("“Why now?” she asked").
    speech_verbs: &'static str,
    /// Whether "3." before a noun is an ordinal ("am 3. März").
    has_ordinal_dots: bool,
}

/// The lexicons chosen for one text.
#[derive(Clone, Copy)]
pub(super) struct Languages {
    latin: &'static Lexicon,
    /// Whether `latin` is German's.
    german: bool,
}

/// How many tokens the detection reads.
pub(super) const DETECTION_SAMPLE: usize = 2_000;

impl Languages {
    /// Picks the Latin-script lexicon by counting English and German function words.
    pub(super) fn detect(text: &str, tokens: &[Range<usize>]) -> Self {
        let (mut english_votes, mut german_votes) = (0usize, 0usize);
        for token in tokens.iter().take(DETECTION_SAMPLE) {
            let Some(word) = Folded::new(leading_word(&text[token.clone()]).0) else { continue };
            english_votes += usize::from(contains(english::LEXICON.function_words, word.as_str()));
            german_votes += usize::from(contains(german::LEXICON.function_words, word.as_str()));
        }
        Languages::of_language(german_votes > english_votes)
    }

    /// The lexicons of a text whose Latin-script words are German, or English.
    pub(super) fn of_language(german: bool) -> Self {
        let latin = if german { &german::LEXICON } else { &english::LEXICON };
        Languages { latin, german }
    }

    /// Whether the Latin-script words are German.
    pub(super) fn is_german(&self) -> bool {
        self.german
    }

    /// The lexicon for a word, by its script.
    pub(super) fn of(&self, word: &str) -> &'static Lexicon {
        match word.chars().next() {
            Some(c) if is_cyrillic(c) => &cyrillic::LEXICON,
            _ => self.latin,
        }
    }

    /// Is `word`, folded to lower case, in the table `pick` chooses from its script's lexicon?
    fn lists(&self, word: &str, pick: impl Fn(&Lexicon) -> &'static str) -> bool {
        Folded::new(word).is_some_and(|folded| contains(pick(self.of(word)), folded.as_str()))
    }

    pub(super) fn is_sentence_starter(&self, word: &str) -> bool {
        self.lists(word, |lexicon| lexicon.sentence_starters)
    }

    pub(super) fn is_function_word(&self, word: &str) -> bool {
        self.lists(word, |lexicon| lexicon.function_words)
    }

    pub(super) fn is_speech_verb(&self, word: &str) -> bool {
        self.lists(word, |lexicon| lexicon.speech_verbs)
    }

    pub(super) fn has_ordinal_dots(&self) -> bool {
        self.latin.has_ordinal_dots
    }

    /// The abbreviation `key` (letters and inner periods, no final period) is, honouring
    /// the entry's case rule.
    pub(super) fn abbreviation(&self, key: &str) -> Option<Abbreviation> {
        let lexicon = self.of(key);
        if key.len() > lexicon.longest_abbreviation {
            return None;
        }
        let folded = Folded::new(key)?;
        let abbreviations = &lexicon.abbreviations;
        let (kind, _) =
            abbreviations.lists().into_iter().find(|(_, list)| contains(list, folded.as_str()))?;
        let capitalized = key.chars().next().is_some_and(char::is_uppercase);
        (capitalized || !contains(abbreviations.capitalized, folded.as_str())).then_some(kind)
    }
}

/// Whether `word` is a word of `sorted`, words in byte order each followed by a space (as
/// `words!` writes them): a binary search on the string itself, which stores no pointer per word.
fn contains(sorted: &str, word: &str) -> bool {
    let bytes = sorted.as_bytes();
    let (mut low, mut high) = (0, bytes.len());
    while low < high {
        let middle = low + (high - low) / 2;
        let start = bytes[low..middle].iter().rposition(|&b| b == b' ').map_or(low, |space| low + space + 1);
        let end = bytes[start..].iter().position(|&b| b == b' ').map_or(bytes.len(), |space| start + space);
        match sorted[start..end].cmp(word) {
            std::cmp::Ordering::Less => low = end + 1,
            std::cmp::Ordering::Greater => high = start,
            std::cmp::Ordering::Equal => return true,
        }
    }
    false
}

/// Whether `c` is a Cyrillic letter (the Cyrillic and Cyrillic Supplement blocks).
pub fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{052F}')
}

/// Clock-time words that may follow "a.m."/"p.m." in the same sentence ("10 a.m. Eastern").
pub(super) fn continues_clock_time(word: &str) -> bool {
    Folded::new(word).is_some_and(|w| contains(english::CLOCK_TIME_WORDS, w.as_str()))
}

/// Prepositions that open a fronted time phrase ("At 5 a.m. Mr. Smith went…").
pub(super) fn opens_time_phrase(word: &str) -> bool {
    Folded::new(word).is_some_and(|w| contains(english::TIME_PHRASE_OPENERS, w.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words_of(list: &str) -> Vec<&str> {
        list.split_terminator(' ').collect()
    }

    /// Look-ups binary-search the tables: each must be sorted, unique and in lower case.
    #[test]
    fn tables_are_sorted_unique_and_folded() {
        for lexicon in [&english::LEXICON, &german::LEXICON, &cyrillic::LEXICON] {
            let abbreviations = &lexicon.abbreviations;
            let mut keys: Vec<&str> =
                abbreviations.lists().iter().flat_map(|(_, list)| words_of(list)).collect();
            assert_eq!(keys.iter().map(|key| key.len()).max(), Some(lexicon.longest_abbreviation));
            assert!(words_of(abbreviations.capitalized).iter().all(|key| keys.contains(key)));
            keys.sort_unstable();
            assert!(keys.windows(2).all(|pair| pair[0] != pair[1]), "an abbreviation of two kinds: {keys:?}");
            let lists = [
                lexicon.sentence_starters,
                lexicon.function_words,
                lexicon.speech_verbs,
                abbreviations.capitalized,
            ];
            let kinds = abbreviations.lists().map(|(_, list)| list);
            for table in lists.into_iter().chain(kinds).map(words_of) {
                assert!(table.windows(2).all(|pair| pair[0] < pair[1]), "unsorted or repeated: {table:?}");
                assert!(
                    table.iter().all(|w| !w.is_empty() && w.to_lowercase() == *w),
                    "not folded: {table:?}"
                );
            }
        }
        for table in [english::CLOCK_TIME_WORDS, english::TIME_PHRASE_OPENERS].map(words_of) {
            assert!(table.windows(2).all(|pair| pair[0] < pair[1]), "unsorted or repeated: {table:?}");
        }
    }

    /// The search finds every word of a list, first, last and between, and nothing else: no
    /// prefix, extension or neighbour of a word, in any script.
    #[test]
    fn a_sorted_list_is_searched_in_place() {
        for list in
            [german::LEXICON.speech_verbs, cyrillic::LEXICON.sentence_starters, english::CLOCK_TIME_WORDS]
        {
            let words = words_of(list);
            assert!(words.iter().all(|word| contains(list, word)), "{list}");
            for word in &words {
                let (mut shorter, longer) = (word.to_string(), format!("{word}x"));
                shorter.pop();
                assert!(
                    !contains(list, &longer)
                        && (words.contains(&shorter.as_str()) || !contains(list, &shorter))
                );
            }
        }
        assert!(
            !contains("", "a") && !contains("b d ", "a") && !contains("b d ", "c") && !contains("b d ", "e")
        );
    }
}
