//! General lexical knowledge: the synonym sets of WordNet 3.1 (`www/wordnet-synonyms.txt`, built
//! by `scripts/wordnet-table.py`), so that a synonym swap, human or machine-"spun" ("vitality"
//! for "energy"), is recognised without a list of the swaps seen in any sample.
//!
//! The table is installed once per process: native builds (CLI, tests, benchmarks) embed it;
//! the web app's worker fetches it as a separate asset (it would not fit the bundle budget) and
//! installs it with [`install`]. Until then the comparison runs without it.
//!
//! Similarity matches a word of one sentence that has no counterpart in the other with a synonym
//! there, softly, as it does look-alike spellings ([`Senses`]). A word may be read only as a
//! synonym of one of its main senses (marked in the table): "vitality" as "energy", never "say"
//! as "suppose".

use std::sync::OnceLock;

use super::hashing::FastMap;
use super::lexicon;

/// The synonym sets each Snowball stem belongs to, by set number, each with whether it is one of
/// the word's main senses.
#[derive(Debug, Default)]
pub struct SynonymTable {
    sets_of: FastMap<String, Vec<Membership>>,
}

/// A word's place in one synonym set.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Membership {
    set: u32,
    main_sense: bool,
}

impl SynonymTable {
    /// Reads the table's text: '#' comment lines, then one synonym set per line, its words
    /// separated by spaces, a word for whom the set is a main sense marked with a trailing '+'.
    pub fn parse(text: &str) -> Self {
        let mut sets_of: FastMap<String, Vec<Membership>> = FastMap::default();
        let sets = text.lines().filter(|line| !line.starts_with('#') && !line.trim().is_empty());
        for (set, words) in sets.enumerate() {
            for word in words.split_whitespace() {
                let main_sense = word.ends_with('+');
                let memberships = sets_of.entry(lexicon::stem(word.trim_end_matches('+'))).or_default();
                match memberships.last_mut() {
                    // Two words of one set with one stem ("fighting", "fight").
                    Some(last) if last.set == set as u32 => last.main_sense |= main_sense,
                    _ => memberships.push(Membership { set: set as u32, main_sense }),
                }
            }
        }
        SynonymTable { sets_of }
    }

    fn memberships(&self, stem: &str) -> &[Membership] {
        self.sets_of.get(stem).map_or(&[], Vec::as_slice)
    }
}

/// Whether a word with synonym sets `word` may be read as one with `other`: they share a set
/// that is one of `word`'s main senses ("vitality" as "energy", but not "say" as "suppose").
fn reads_as(word: &[Membership], other: &[Membership]) -> bool {
    word.iter().filter(|m| m.main_sense).any(|m| other.binary_search_by_key(&m.set, |t| t.set).is_ok())
}

/// A word's synonym sets in the installed table, kept beside the word by soft matching.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Senses(&'static [Membership]);

impl Senses {
    /// The senses of a stem; none before the table is installed or for a word it lacks.
    pub fn of(stem: &str) -> Self {
        Senses(table().map_or(&[], |table| table.memberships(stem)))
    }

    /// Whether the word has no synonym set (or no table is installed).
    pub fn is_empty(self) -> bool {
        self.0.is_empty()
    }

    /// Whether either word may be read as the other.
    pub fn synonymous(self, other: Senses) -> bool {
        reads_as(self.0, other.0) || reads_as(other.0, self.0)
    }
}

static TABLE: OnceLock<SynonymTable> = OnceLock::new();

/// Installs the table from its text; the first installation wins (returns whether this one did).
pub fn install(text: &str) -> bool {
    TABLE.set(SynonymTable::parse(text)).is_ok()
}

/// The installed table: native builds install the embedded one on first use.
pub fn table() -> Option<&'static SynonymTable> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        Some(TABLE.get_or_init(|| SynonymTable::parse(include_str!("../../www/wordnet-synonyms.txt"))))
    }
    #[cfg(target_arch = "wasm32")]
    {
        TABLE.get()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TABLE: &str = "# a comment\nenergy vim+ vitality+\ncall name+\nname+ figure\nsay suppose+\n";

    fn reads_as(table: &SynonymTable, word: &str, other: &str) -> bool {
        super::reads_as(table.memberships(&lexicon::stem(word)), table.memberships(&lexicon::stem(other)))
    }

    #[test]
    fn a_word_reads_as_a_synonym_of_its_main_senses() {
        let table = SynonymTable::parse(TABLE);
        assert!(reads_as(&table, "vitality", "energy") && !reads_as(&table, "energy", "vitality"));
        assert!(reads_as(&table, "names", "calling"));
        assert!(reads_as(&table, "supposed", "say") && !reads_as(&table, "says", "suppose"));
        assert!(!reads_as(&table, "call", "figure") && !reads_as(&table, "unknown", "energy"));
    }

    #[test]
    fn the_embedded_table_knows_general_synonyms() {
        let table = table().expect("native builds embed the table");
        assert!(reads_as(table, "vitality", "energy"));
        assert!(reads_as(table, "halt", "stop"));
        assert!(!reads_as(table, "energy", "war") && !reads_as(table, "say", "suppose"));
    }
}
