//! General lexical knowledge: the synonym sets of WordNet 3.1 (`www/wordnet-synonyms.txt`, built
//! by `scripts/wordnet-table.py`), so that a synonym swap, human or machine-"spun" ("vitality"
//! for "energy"), is recognised without a list of the swaps seen in any sample. The table also
//! holds WordNet's derivations from a verb to the noun of its act as sets of two ("suspend" /
//! "suspension", "decide" / "decision"): a paraphrase that nominalises a verb reads as one.
//!
//! The table is installed once per process: native builds (CLI, tests, benchmarks) embed it;
//! the web app's worker fetches it as a separate asset (it would not fit the bundle budget) and
//! installs it with [`install`]. Until then the comparison runs without it.
//!
//! Strong synonyms ([`strongly_synonymous`]: a set that is a main sense of both words) are one
//! concept for similarity and one slot for the fact sheet's durations. Similarity matches a word
//! of one sentence that has no counterpart in the other with a weaker synonym there, softly, as
//! it does look-alike spellings ([`Senses`]). A word may be read only as a
//! synonym of one of its main senses (marked in the table): "vitality" as "energy", never "say"
//! as "suppose".

use std::sync::OnceLock;

use super::hashing::FastMap;

/// The synonym sets each Snowball stem of the table belongs to, by set number, each with whether
/// it is one of the word's main senses. The table is written in stems (the generator stems
/// WordNet's words) and read in place: installing it stems and copies nothing (about 7 ms
/// natively, against 30 ms when it stemmed 35,000 words).
#[derive(Debug, Default)]
pub struct SynonymTable {
    /// Each stem's index in `memberships` (a map of the value type the similarity's concept
    /// ids use, so the bundle carries no second copy of the hash map's code).
    index_of: FastMap<&'static str, u32>,
    memberships: Vec<Vec<Membership>>,
}

/// A word's place in one synonym set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Membership {
    set: u32,
    main_sense: bool,
}

impl SynonymTable {
    /// Reads the table's text: '#' comment lines, then one synonym set per line, the stems of its
    /// words separated by spaces, a stem for whom the set is a main sense marked with a
    /// trailing '+'.
    pub fn parse(text: &'static str) -> Self {
        // About three words a line: reserving spares the map its rehashing while it grows.
        let mut index_of: FastMap<&'static str, u32> = FastMap::default();
        index_of.reserve(text.len() / 12);
        let mut memberships: Vec<Vec<Membership>> = Vec::new();
        let sets = text.lines().filter(|line| !line.starts_with('#') && !line.trim().is_empty());
        for (set, words) in sets.enumerate() {
            for word in words.split_whitespace() {
                let main_sense = word.ends_with('+');
                let index = *index_of.entry(word.trim_end_matches('+')).or_insert_with(|| {
                    memberships.push(Vec::new());
                    memberships.len() as u32 - 1
                });
                memberships[index as usize].push(Membership { set: set as u32, main_sense });
            }
        }
        SynonymTable { index_of, memberships }
    }

    /// The memberships of a Snowball stem.
    fn memberships(&self, stem: &str) -> &[Membership] {
        self.index_of.get(stem).map_or(&[], |&i| self.memberships[i as usize].as_slice())
    }
}

/// Whether a word with synonym sets `word` may be read as one with `other`: they share a set
/// that is one of `word`'s main senses ("vitality" as "energy", but not "say" as "suppose").
fn reads_as(word: &[Membership], other: &[Membership]) -> bool {
    word.iter().filter(|m| m.main_sense).any(|m| other.binary_search_by_key(&m.set, |t| t.set).is_ok())
}

/// Whether two Snowball stems are strong synonyms: they share a synonym set that is a main
/// sense of both ("truce" and "ceasefire", "halt" and "stop"), so either reads as the other.
pub fn strongly_synonymous(a: &str, b: &str) -> bool {
    Senses::of(a).strongly_synonymous(Senses::of(b))
}

/// A word's synonym sets in the installed table, looked up once per token by the analysis.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Senses(&'static [Membership]);

impl Senses {
    /// The senses of a Snowball stem; none before the table is installed or for a word it lacks.
    pub fn of(stem: &str) -> Self {
        Senses(table().map_or(&[], |table| table.memberships(stem)))
    }

    /// The word's synonym sets, in increasing order.
    pub fn sets(self) -> impl Iterator<Item = u32> {
        self.0.iter().map(|m| m.set)
    }

    /// The sets that are the word's main senses, in increasing order: those it may be read by.
    pub fn main_sets(self) -> impl Iterator<Item = u32> {
        self.0.iter().filter(|m| m.main_sense).map(|m| m.set)
    }

    /// Whether the word has no synonym set (or no table is installed).
    pub fn is_empty(self) -> bool {
        self.0.is_empty()
    }

    /// Whether the two words share a set that is a main sense of both (see
    /// [`strongly_synonymous`]).
    pub fn strongly_synonymous(self, other: Senses) -> bool {
        self.main_sets().any(|set| other.main_sets().any(|theirs| theirs == set))
    }

    /// Whether either word may be read as the other.
    pub fn synonymous(self, other: Senses) -> bool {
        reads_as(self.0, other.0) || reads_as(other.0, self.0)
    }
}

static TABLE: OnceLock<SynonymTable> = OnceLock::new();

/// Installs the table from its text; the first installation wins (returns whether this one did).
/// The text lives as long as the process, as the table reads it in place.
pub fn install(text: String) -> bool {
    TABLE.get().is_none() && TABLE.set(SynonymTable::parse(Box::leak(text.into_boxed_str()))).is_ok()
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
    use super::super::lexicon;
    use super::*;

    const TABLE: &str = "# a comment\nenergi vim+ vital+\ncall name+\nname+ figur\nsay suppos+\n";

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

    #[test]
    fn strong_synonyms_share_a_main_sense_of_both_words() {
        let strong = |a: &str, b: &str| strongly_synonymous(&lexicon::stem(a), &lexicon::stem(b));
        // An untagged set of common words with no other sense, and a closed spelling.
        assert!(strong("truce", "ceasefire") && strong("armistice", "cease-fire"));
        assert!(strong("halt", "stop"));
        // "vitality" reads as "energy", but that sense is no main one of "energy".
        assert!(!strong("vitality", "energy") && !strong("say", "suppose") && !strong("truce", "treaty"));
    }

    #[test]
    fn the_embedded_table_links_a_verb_to_the_noun_of_its_act_but_not_of_its_doer() {
        let table = table().expect("native builds embed the table");
        for (verb, noun) in [("suspend", "suspension"), ("decide", "decision"), ("invade", "invasion")] {
            assert!(reads_as(table, verb, noun) || reads_as(table, noun, verb), "{verb} / {noun}");
        }
        assert!(!reads_as(table, "lead", "leader") && !reads_as(table, "leader", "lead"));
        assert!(!reads_as(table, "kill", "killer") && !reads_as(table, "killer", "kill"));
    }
}
