//! Word lists the analysis relies on: function words, hedges, negations, speech verbs, scope and
//! time qualifiers, number words, the word classes the fact sheet and the detectors read (words
//! of change, of stopping, of conditions), and the one concept each of the words a toll is given
//! in ("killed", "deaths"). Synonymy in general is WordNet's ([`super::synonyms`]), not a hand
//! list's: a hand list learns the vocabulary of the texts it was written against. Lists hold
//! lower-case surface forms; concepts are keyed by Snowball stems.

use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};

use super::hashing::{FastMap, FastSet};
use super::segment;
use super::sorting::sort_values;

/// Word lists are looked up for every token: a fast hash (the keys are fixed lists and words
/// of the text, which decide nothing but a lookup) instead of SipHash.
type WordSet = FastSet<&'static str>;
type WordMap<V> = FastMap<&'static str, V>;

/// Function words: they carry no claim of their own.
const STOP_WORDS: &str = words![
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "excluding",
    "including",
    "each",
    "even",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "may",
    "me",
    "might",
    "more",
    "most",
    "must",
    "my",
    "myself",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "same",
    "shall",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "upon",
    "us",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "would",
    "you",
    "your",
    "yours",
    "yet",
    "said",
    "says",
    "say",
    "told",
    "mentioned",
    "according",
    "added",
    "however",
    "also",
    "would",
    "'s",
    "s",
    "t",
    "mr",
    "mrs",
    "ms",
    "dr",
    "there's",
    "it's",
    "that's",
    "he's",
    "she's",
    "they're",
];

/// Words that make a claim less certain or a quantity less precise.
const HEDGES: &str = words![
    "about",
    "around",
    "roughly",
    "approximately",
    "nearly",
    "almost",
    "over",
    "some",
    "estimated",
    "may",
    "might",
    "could",
    "possibly",
    "perhaps",
    "probably",
    "likely",
    "unlikely",
    "reportedly",
    "allegedly",
    "apparently",
    "seemingly",
    "suspected",
    "hopes",
    "hoped",
    "hope",
    "expected",
    "predicted",
    "anticipated",
    "forecast",
    "believed",
    "appears",
    "appeared",
    "seems",
    "seemed",
    "unconfirmed",
    "potential",
    "potentially",
    "vermutlich",
    "wahrscheinlich",
    "möglicherweise",
    "angeblich",
    "offenbar",
    "mutmaßlich",
    "soll",
    "sollen",
    "вероятно",
    "возможно",
    "якобы",
    "предположительно",
    "по-видимому",
    "up",
    "least",
    "than",
];

/// Hedges that only hedge when followed by a number ("over 20"), not as ordinary words.
const NUMBER_ONLY_HEDGES: &str = words!["over", "about", "some", "around", "up", "least", "than"];

/// Words that negate the claim they sit in.
const NEGATIONS: &str = words![
    "not",
    "no",
    "never",
    "none",
    "nothing",
    "neither",
    "nor",
    "without",
    "refused",
    "refuses",
    "refuse",
    "rejected",
    "rejects",
    "reject",
    "denied",
    "denies",
    "deny",
    "declined",
    "declines",
    "fail",
    "failed",
    "fails",
    "cannot",
    "unable",
    "nobody",
    "nicht",
    "kein",
    "keine",
    "keinen",
    "keinem",
    "keiner",
    "keines",
    "nie",
    "niemals",
    "niemand",
    "nichts",
    "weder",
    "не",
    "нет",
    "ни",
    "никогда",
    "никто",
    "ничего",
    "отказался",
    "отказалась",
    "отказались",
    "отказалось",
];

/// Verbs and phrases that credit a source ("X said", "according to X").
const SPEECH_VERBS: &str = words![
    "said",
    "says",
    "say",
    "told",
    "tells",
    "stated",
    "states",
    "announced",
    "announces",
    "claimed",
    "claims",
    "reported",
    "reports",
    "added",
    "adds",
    "mentioned",
    "confirmed",
    "confirms",
    "insisted",
    "warned",
    "noted",
    "wrote",
    "tweeted",
    "posted",
    "according",
    "declared",
    "acknowledged",
    "argued",
    "explained",
    "stressed",
    "emphasised",
    "emphasized",
    "cautioned",
    "saying",
    "adding",
];

/// Words that widen or narrow what a noun phrase covers.
const SCOPE_WORDS: &str = words![
    "some",
    "all",
    "only",
    "partial",
    "partially",
    "full",
    "limited",
    "restricted",
    "entire",
    "most",
    "several",
    "every",
    "certain",
    "any",
    "both",
    "whole",
    "complete",
    "mostly",
    "largely",
    "gesamte",
    "gesamten",
    "ganze",
    "ganzen",
    "teil",
    "teilweise",
    "весь",
    "вся",
    "всё",
    "все",
    "целиком",
    "часть",
    "частично",
];

/// Words that count a noun without a number ("*several* chances", "*many* people"), and nouns
/// that do so before "of" ("a *series* of chances", "a *handful* of people").
const VAGUE_COUNTS: &str = words![
    "several",
    "many",
    "numerous",
    "multiple",
    "few",
    "various",
    "countless",
    "mehrere",
    "viele",
    "einige",
    "zahlreiche",
    "несколько",
    "много",
    "многие",
];
const COUNTING_NOUNS: &str = words![
    "series",
    "number",
    "host",
    "handful",
    "couple",
    "string",
    "lot",
    "lots",
    "plenty",
    "dozens",
    "hundreds",
    "thousands",
    "reihe",
    "menge",
    "ряд",
];

/// Words that place a claim in time.
const TIME_WORDS: &str = words![
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "yesterday",
    "today",
    "tomorrow",
    "tonight",
    "overnight",
    "morning",
    "evening",
    "afternoon",
    "night",
    "weekend",
    "last",
    "next",
    "earlier",
    "later",
    "temporary",
    "temporarily",
    "permanent",
    "permanently",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "will",
    "set",
    "plans",
    "planned",
    "scheduled",
    "upcoming",
    "previously",
    "formerly",
    "recently",
    "uhr",
    "o'clock",
];

/// Concept groups: the words a toll is given in ("killed", "deaths", "dead"; "injured",
/// "wounded", "hurt"; "survivors", "survived", "alive", "rescued"), one concept each, so that the
/// fact sheet's conditions and similarity read "eight deaths" and "eight people died" alike, and
/// "two people were rescued" and "two survivors". General synonymy is WordNet's (see
/// [`super::synonyms`]): a hand list of synonyms learns the vocabulary of the texts it was
/// written against, which is why this one holds nothing else.
const THESAURUS: &[&str] = &[
    words!["kill", "dead", "death", "die", "fatality"],
    words!["injure", "injured", "injury", "wound", "wounded", "hurt"],
    words!["survive", "survivor", "alive", "rescue"],
];

/// Small number words, English, German and Russian, grouped by their value (a group is a
/// [`words!`] list: a pair per word would store a pointer and a length per word).
const NUMBER_WORDS: &[(f64, &str)] = &[
    (0.0, words!["zero"]),
    (1.0, words!["one"]),
    (2.0, words!["two", "zwei", "два", "две", "двух", "двое"]),
    (3.0, words!["three", "drei", "три", "трех", "трёх", "трое"]),
    (4.0, words!["four", "vier", "четыре", "четырех", "четырёх", "четверо"]),
    (5.0, words!["five", "fünf", "пять", "пяти", "пятеро"]),
    (6.0, words!["six", "sechs", "шесть", "шестеро"]),
    (7.0, words!["seven", "sieben", "семь"]),
    (8.0, words!["eight", "acht", "восемь"]),
    (9.0, words!["nine", "neun", "девять"]),
    (10.0, words!["ten", "zehn", "десять"]),
    (11.0, words!["eleven", "elf", "одиннадцать"]),
    (12.0, words!["twelve", "dozen", "zwölf", "dutzend", "двенадцать"]),
    (13.0, words!["thirteen", "dreizehn", "тринадцать"]),
    (14.0, words!["fourteen", "vierzehn", "четырнадцать"]),
    (15.0, words!["fifteen", "fünfzehn", "пятнадцать"]),
    (16.0, words!["sixteen", "sechzehn", "шестнадцать"]),
    (17.0, words!["seventeen", "siebzehn", "семнадцать"]),
    (18.0, words!["eighteen", "achtzehn", "восемнадцать"]),
    (19.0, words!["nineteen", "neunzehn", "девятнадцать"]),
    (20.0, words!["twenty", "zwanzig", "двадцать", "десятки"]),
    (30.0, words!["thirty", "dreißig", "тридцать"]),
    (40.0, words!["forty", "vierzig", "сорок"]),
    (50.0, words!["fifty", "fünfzig", "пятьдесят"]),
    (60.0, words!["sixty", "sechzig", "шестьдесят"]),
    (70.0, words!["seventy", "siebzig", "семьдесят"]),
    (80.0, words!["eighty", "achtzig", "восемьдесят"]),
    (90.0, words!["ninety", "neunzig", "девяносто"]),
    (24.0, words!["dozens", "dutzende"]),
    (0.5, words!["half"]),
    (0.25, words!["quarter"]),
    (200.0, words!["hundreds", "hunderte", "сотни"]),
    (2000.0, words!["thousands", "tausende", "тысячи"]),
    (100.0, words!["hundert", "сто"]),
    (200.0, words!["zweihundert", "двести"]),
    (300.0, words!["dreihundert", "триста"]),
    (400.0, words!["vierhundert", "четыреста"]),
    (500.0, words!["fünfhundert", "пятьсот"]),
    (1.5, words!["eineinhalb", "anderthalb", "полтора", "полторы"]),
    (2.5, words!["zweieinhalb"]),
    (3.5, words!["dreieinhalb"]),
];

/// The highest value vague plurals ("dozens", "hundreds") still cover, and the plurals.
const VAGUE_NUMBERS: &[(f64, &str)] = &[
    (99.0, words!["dozens", "dutzende", "десятки"]),
    (999.0, words!["hundreds", "hunderte", "сотни"]),
    (9999.0, words!["thousands", "tausende", "тысячи"]),
];

/// Scale words multiplying the number before them, grouped by the factor.
const SCALE_WORDS: &[(f64, &str)] = &[
    (1e2, words!["hundred"]),
    (1e3, words!["thousand", "tausend", "tsd", "тысяча", "тысячи", "тысяч", "тыс"]),
    // Indian English: a lakh is a hundred thousand, a crore ten million.
    (1e5, words!["lakh", "lakhs"]),
    (1e7, words!["crore", "crores"]),
    (1e6, words!["million", "millions", "mn", "millionen", "mio", "миллион", "миллиона", "миллионов", "млн"]),
    (
        1e9,
        words![
            "billion",
            "bn",
            "milliarde",
            "milliarden",
            "mrd",
            "миллиард",
            "миллиарда",
            "миллиардов",
            "млрд"
        ],
    ),
    (1e12, words!["trillion"]),
];

/// Units of duration in German and Russian (by the start of the word, so that the inflected
/// forms and the adjectives of "30-tägige", "двухчасовой" count), after the English unit; the
/// first that matches counts.
const FOREIGN_DURATION_UNITS: &[(&str, &str)] = &[
    ("second", words!["sekunde"]),
    ("minute", words!["minute", "minüt"]),
    ("hour", words!["stunde", "stündig"]),
    ("day", words!["tag", "tägig"]),
    ("week", words!["woche", "wöchig"]),
    ("month", words!["monat"]),
    ("year", words!["jahr", "jährig"]),
    ("second", words!["секунд"]),
    ("minute", words!["минут"]),
    ("hour", words!["час"]),
    ("day", words!["дневн", "дн", "день", "сут"]),
    ("week", words!["недел"]),
    ("month", words!["месяц", "месячн"]),
    ("year", words!["год", "лет"]),
];

/// German and Russian nouns commonly counted in news, by the start of the word, after the
/// English word whose concept they share (no start is the start of another group's).
const FOREIGN_COUNTED: &[(&str, &str)] = &[
    (
        "prisoner",
        words!["kriegsgefangene", "gefangene", "häftling", "военнопленн", "пленн", "заключенн", "заключённ"],
    ),
    ("hostage", words!["geisel", "заложник"]),
    ("soldier", words!["soldat", "солдат", "военнослужащ"]),
    ("people", words!["menschen", "personen", "einwohner", "человек", "жител"]),
    ("civilian", words!["zivilist", "мирных"]),
    ("dead", words!["tote", "todesopfer", "getötet", "starben", "погиб", "убит"]),
    ("injured", words!["verletzt", "пострада"]),
    ("missing", words!["vermisst", "пропал", "пропавш"]),
    ("wounded", words!["verwundete", "раненн", "ранен"]),
    ("child", words!["kinder", "дет"]),
    ("drone", words!["drohne", "беспилотник", "дрон"]),
    ("missile", words!["rakete", "ракет"]),
    ("refugee", words!["flüchtling", "беженц"]),
];

/// German and Russian nouns of the events news measures or dates (by the start of the word),
/// after the English word whose concept they share (no start is the start of another group's).
const FOREIGN_EVENTS: &[(&str, &str)] = &[
    ("call", words!["telefonat", "telefongespräch", "gespräch", "anruf", "разговор", "звонок", "звонк"]),
    ("ceasefire", words!["waffenruhe", "waffenstillstand", "feuerpause", "перемири"]),
    ("meeting", words!["treffen", "встреч"]),
    ("talks", words!["verhandlung", "переговор"]),
    ("summit", words!["gipfel", "саммит"]),
    ("exchange", words!["gefangenenaustausch", "austausch", "обмен"]),
    ("handover", words!["übergabe", "передач"]),
    ("attack", words!["angriff", "атак"]),
    ("pause", words!["пауз"]),
];

/// The concept of a German or Russian event noun ("Telefonat", "перемирие": the concept of
/// "call", "ceasefire"), `None` for other words.
pub fn event_concept(norm: &str) -> Option<String> {
    static CONCEPTS: OnceLock<(Prefixes, Vec<String>)> = OnceLock::new();
    prefixed_concept(&CONCEPTS, FOREIGN_EVENTS, norm)
}

/// The concept of the English word of the `table` group with a prefix starting `norm` (no
/// prefix starts another group's); the prefixes are sorted and the concepts worked out once.
fn prefixed_concept(
    cache: &'static OnceLock<(Prefixes, Vec<String>)>,
    table: &'static [(&'static str, &'static str)],
    norm: &str,
) -> Option<String> {
    let (prefixes, concepts) = cache.get_or_init(|| {
        (Prefixes::new(table), table.iter().map(|&(word, _)| concept(&stem(word)).to_string()).collect())
    });
    prefixes.group_of(norm, &|_| true).map(|group| concepts[group].clone())
}

/// The prefixes of a table's groups (`(name, prefixes)` pairs) in sorted order, each with its
/// group's position: the prefixes a word starts with are found by a binary search, not by
/// trying every prefix (which took a tenth of a comparison's time, as these lookups run for
/// every word).
struct Prefixes(Vec<(&'static str, usize)>);

impl Prefixes {
    fn new(table: &'static [(&'static str, &'static str)]) -> Self {
        let mut all: Vec<(&'static str, usize)> = Vec::new();
        for (group, &(_, list)) in table.iter().enumerate() {
            all.extend(list_words(list).map(|prefix| (prefix, group)));
        }
        sort_values(&mut all);
        Prefixes(all)
    }

    /// The group of the longest prefix of `word` that `accept`s. Every prefix of `word` sorts
    /// at or before it, after any entry with another first byte.
    fn group_of(&self, word: &str, accept: &dyn Fn(&str) -> bool) -> Option<usize> {
        let end = self.0.partition_point(|&(prefix, _)| prefix <= word);
        let first_byte = word.as_bytes().first();
        for &(prefix, group) in self.0[..end].iter().rev() {
            if prefix.as_bytes().first() != first_byte {
                break;
            }
            if word.starts_with(prefix) && accept(prefix) {
                return Some(group);
            }
        }
        None
    }
}

/// Month names and abbreviations in English, German and Russian (Russian by the start of the
/// word, for its cases), January's first.
const MONTHS: [&str; 12] = [
    words!["january", "jan", "januar", "jänner", "январ"],
    words!["february", "feb", "februar", "феврал"],
    words!["march", "mar", "märz", "март"],
    words!["april", "apr", "апрел"],
    words!["may", "mai", "мая", "май", "мае"],
    words!["june", "jun", "juni", "июн"],
    words!["july", "jul", "juli", "июл"],
    words!["august", "aug", "август"],
    words!["september", "sep", "sept", "сентябр"],
    words!["october", "oct", "oktober", "октябр"],
    words!["november", "nov", "ноябр"],
    words!["december", "dec", "dezember", "декабр"],
];

/// Weekday names in English, German and Russian, Monday's first.
const WEEKDAYS: [&str; 7] = [
    words!["monday", "montag", "понедельник"],
    words!["tuesday", "dienstag", "вторник"],
    words!["wednesday", "mittwoch", "среда", "среду", "среды", "среде"],
    words!["thursday", "donnerstag", "четверг"],
    words!["friday", "freitag", "пятниц"],
    words!["saturday", "samstag", "sonnabend", "суббот"],
    words!["sunday", "sonntag", "воскресень"],
];

/// Verbs that state how long something lasted.
const LASTING_VERBS: &str = words![
    "last",
    "lasted",
    "lasting",
    "lasts",
    "took",
    "dauerte",
    "dauerten",
    "dauert",
    "длился",
    "длилась",
    "длилось",
    "длились",
    "длится",
    "продлился",
    "продлилась",
    "продлилось",
    "продлились",
    "продолжался",
    "продолжалась",
    "продолжалось",
    "шел",
    "шёл",
    "шла",
];

/// Units of duration, with their length in hours.
const DURATION_UNITS: &[(&str, f64)] = &[
    ("second", 1.0 / 3600.0),
    ("minute", 1.0 / 60.0),
    ("hour", 1.0),
    ("day", 24.0),
    ("week", 168.0),
    ("month", 730.5),
    ("year", 8766.0),
];

/// Words that, at the start of a noun phrase, only point at a source ("he said").
/// Verbs that frame a claim as a fear, a warning or a forecast rather than state it.
const FORECAST_VERBS: &str =
    words!["warn", "alert", "fear", "worry", "caution", "expect", "anticipate", "predict", "forecast"];

/// Words that say something rose or fell, with the irregular forms no stem folds.
const CHANGE_WORDS: &str = words![
    "increase", "rise", "rose", "risen", "climb", "jump", "soar", "surge", "grow", "grew", "grown", "boost",
    "raise", "decrease", "fall", "fell", "fallen", "drop", "reduce", "decline", "lower", "tumble", "plunge",
    "slump", "sink", "sank", "sunk", "dip", "slide", "slid",
];

/// Words that tell of stopping something ("a halt in strikes", "agreed to pause attacks").
const STOPPING_WORDS: &str = words!["halt", "stop", "pause", "cease", "cessation", "suspend", "freeze"];

/// Conditions a count of people or things reports them in ("413 people dead", "2,500
/// injured", "30 missing", "57 rescued"): one word each, the toll words' concepts giving the
/// others ("killed", "deaths"; "wounded", "injuries"), and "die" beside "dead" for the verb's
/// synonyms ("perish", see `facts::extract::words`).
const CONDITION_WORDS: &str = words![
    "dead",
    "die",
    "injured",
    "missing",
    "alive",
    "rescued",
    "evacuated",
    "displaced",
    "homeless",
    "arrested",
    "detained",
    "hospitalized",
    "hospitalised",
    "trapped"
];

const PRONOUNS: &str = words!["he", "she", "they", "it", "we", "i", "you", "who", "which", "that"];

/// Whether `word` is one of the space-separated words of `list` (a [`words!`] list, or a
/// literal such as `"for für на"`): one shared loop, where a `matches!` on string literals
/// compiles a comparison per word at every call site.
pub fn one_of(word: &str, list: &str) -> bool {
    list_words(list).any(|w| w == word)
}

/// The words of a space-separated list: split at the byte ' ' (which the lists are joined with)
/// rather than at any Unicode white space, which decodes every character and made the lookups
/// of the lexicon a tenth of a comparison's time.
fn list_words(list: &str) -> impl Iterator<Item = &str> {
    list.split(' ').filter(|w| !w.is_empty())
}

/// Whether `word` is in `list`, through a hash set built on first use.
fn listed(set: &'static OnceLock<WordSet>, list: &'static str, word: &str) -> bool {
    set.get_or_init(|| list_words(list).collect()).contains(word)
}

/// Whether `concept_of_word` is the concept of a word of `list`, through the sorted list of
/// their concepts built on first use (a few words: no hash table of its own in the bundle).
fn listed_concept(
    concepts: &'static OnceLock<Vec<String>>,
    list: &'static str,
    concept_of_word: &str,
) -> bool {
    let concepts = concepts.get_or_init(|| {
        let mut concepts: Vec<String> =
            list_words(list).map(|word| concept(&stem(word)).to_string()).collect();
        sort_values(&mut concepts);
        concepts
    });
    concepts.binary_search_by(|c| c.as_str().cmp(concept_of_word)).is_ok()
}

/// The value of `word` in `table`, through a hash map (of its group's number) built on first
/// use.
fn looked_up(
    map: &'static OnceLock<WordMap<u8>>,
    table: &'static [(f64, &'static str)],
    word: &str,
) -> Option<f64> {
    let map = map.get_or_init(|| numbered(table.len(), &|i| table[i].1));
    map.get(word).map(|&number| table[usize::from(number) - 1].0)
}

/// Each word of the `count` word lists `words(0)`, `words(1)`, … with the number (from 1) of
/// its list: every table is looked up through this one hash map type.
fn numbered(count: usize, words: &dyn Fn(usize) -> &'static str) -> WordMap<u8> {
    let mut map = WordMap::default();
    for (number, i) in (1..).zip(0..count) {
        for w in list_words(words(i)) {
            map.insert(w, number);
        }
    }
    map
}

/// The number (from 1) of the first group of `groups` with a word that `matches`.
fn group_number(groups: &'static [&'static str], matches: impl Fn(&str) -> bool) -> Option<u8> {
    (1..).zip(groups).find(|(_, words)| list_words(words).any(&matches)).map(|(number, _)| number)
}

pub fn is_stop_word(norm: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    listed(&SET, STOP_WORDS, norm)
}

pub fn is_hedge(norm: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    listed(&SET, HEDGES, norm)
}

/// A hedge that only counts before a number ("over 20").
pub fn is_number_only_hedge(norm: &str) -> bool {
    one_of(norm, NUMBER_ONLY_HEDGES)
}

pub fn is_negation(norm: &str) -> bool {
    is_negation_word(norm) || norm.ends_with("n't") || is_negated_participle(norm)
}

/// A negation word of the list ("not", "refused"), not a contraction or an "un-" word.
pub fn is_negation_word(norm: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    listed(&SET, NEGATIONS, norm)
}

/// "unresolved", "unconfirmed", "unable": an "un-" word that negates a participle or adjective.
fn is_negated_participle(norm: &str) -> bool {
    let suffixed = ["ed", "able", "ible", "ful"].iter().any(|s| norm.ends_with(s));
    let not_negative = norm.starts_with("under") || norm.starts_with("unif") || norm.starts_with("unit");
    norm.starts_with("un") && !not_negative && norm.chars().count() >= 7 && suffixed
}

pub fn is_speech_verb(norm: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    listed(&SET, SPEECH_VERBS, norm)
}

pub fn is_scope_word(norm: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    listed(&SET, SCOPE_WORDS, norm)
}

pub fn is_time_word(norm: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    listed(&SET, TIME_WORDS, norm)
}

/// Whether `concept_of_word` is that of a verb framing a claim as a fear, warning or forecast
/// ("warned", "fear", "expected"); the concepts are worked out once.
pub fn is_forecast_concept(concept_of_word: &str) -> bool {
    static CONCEPTS: OnceLock<Vec<String>> = OnceLock::new();
    listed_concept(&CONCEPTS, FORECAST_VERBS, concept_of_word)
}

/// The words of the conditions a count reports people or things in ("dead", "die", "injured",
/// "missing"…).
pub fn condition_words() -> impl Iterator<Item = &'static str> {
    list_words(CONDITION_WORDS)
}

/// Whether `concept_of_word` is that of death ("killed", "deaths", "dead", "fatalities").
pub fn is_death_concept(concept_of_word: &str) -> bool {
    concept_of_word == death_concept()
}

/// The concept of "dead", which every word of dying shares.
pub fn death_concept() -> String {
    concept(&stem("dead")).to_string()
}

/// Whether `concept_of_word` is that of a condition a count reports people or things in
/// ("killed", "deaths", "injuries", "missing"), worked out once.
pub fn is_condition_concept(concept_of_word: &str) -> bool {
    static CONCEPTS: OnceLock<Vec<String>> = OnceLock::new();
    listed_concept(&CONCEPTS, CONDITION_WORDS, concept_of_word)
}

/// Whether `concept_of_word` is that of a word saying something rose or fell ("rise", "jump",
/// "rose", "drop", "fell"), worked out once.
pub fn is_change_concept(concept_of_word: &str) -> bool {
    static CONCEPTS: OnceLock<Vec<String>> = OnceLock::new();
    listed_concept(&CONCEPTS, CHANGE_WORDS, concept_of_word)
}

/// Whether `concept_of_word` is that of a verb or noun of stopping ("halt", "stop", "cease",
/// "suspend"…), worked out once.
pub fn is_stopping_concept(concept_of_word: &str) -> bool {
    static CONCEPTS: OnceLock<Vec<String>> = OnceLock::new();
    listed_concept(&CONCEPTS, STOPPING_WORDS, concept_of_word)
}

pub fn is_pronoun(norm: &str) -> bool {
    one_of(norm, PRONOUNS)
}

/// The smallest count that reports rather than describes: "the two leaders" and "three years of
/// war" are descriptions, "372 prisoners" and "fourteen dead" are what a story reports.
pub const REPORTED_COUNT: f64 = 10.0;

pub fn number_word(norm: &str) -> Option<f64> {
    listed_number(norm).or_else(|| german_compound_number(norm))
}

/// A word of [`NUMBER_WORDS`]'s value.
fn listed_number(norm: &str) -> Option<f64> {
    static MAP: OnceLock<WordMap<u8>> = OnceLock::new();
    looked_up(&MAP, NUMBER_WORDS, norm)
}

/// A German number of units and tens written as one word ("einundzwanzig" = 21).
fn german_compound_number(norm: &str) -> Option<f64> {
    let (units, tens) = norm.split_once("und")?;
    let units = if units == "ein" { 1.0 } else { listed_number(units)? };
    let tens = listed_number(tens)?;
    let valid = (1.0..10.0).contains(&units) && (20.0..100.0).contains(&tens) && (tens / 10.0).fract() == 0.0;
    valid.then_some(tens + units)
}

pub fn scale_word(norm: &str) -> Option<f64> {
    static MAP: OnceLock<WordMap<u8>> = OnceLock::new();
    looked_up(&MAP, SCALE_WORDS, norm)
}

/// The high end of a vague plural ("hundreds": up to 999).
/// Whether `norm`, followed by `next`, counts what follows without a number: "several", or
/// "a series of" (read at "series").
pub fn counts_vaguely(norm: &str, next: &str) -> bool {
    one_of(norm, VAGUE_COUNTS) || (one_of(norm, COUNTING_NOUNS) && one_of(next, "of von der из"))
}

pub fn vague_number(norm: &str) -> Option<f64> {
    VAGUE_NUMBERS.iter().find(|(_, words)| one_of(norm, words)).map(|&(v, _)| v)
}

/// The English unit ("hour", "day") of a word naming a unit of duration in English ("hours",
/// "minutes", "hrs"), German ("Stunden", "30-tägige") or Russian ("часа", "дней").
pub fn duration_unit(norm: &str) -> Option<&'static str> {
    const UNITS: [&str; 7] = ["second", "minute", "hour", "day", "week", "month", "year"];
    const ENGLISH: [&str; 7] = [
        words!["second", "seconds", "sec", "secs"],
        words!["minute", "minutes", "min", "mins"],
        words!["hour", "hours", "hr", "hrs"],
        words!["day", "days"],
        words!["week", "weeks"],
        words!["month", "months"],
        words!["year", "years"],
    ];
    static FORMS: OnceLock<WordMap<u8>> = OnceLock::new();
    let forms = FORMS.get_or_init(|| numbered(ENGLISH.len(), &|i| ENGLISH[i]));
    let english = forms.get(norm).map(|&number| UNITS[usize::from(number) - 1]);
    if english.is_some() || norm.starts_with("minute") && norm.len() <= 7 {
        return english.or(Some("minute"));
    }
    if norm.is_ascii() {
        // German forms written in ASCII start with their unit ("Stunden", "Tage", "Jahre");
        // the compounds ("zweistündige") are not ASCII.
        static PREFIXES: OnceLock<Prefixes> = OnceLock::new();
        let prefixes = PREFIXES.get_or_init(|| Prefixes::new(FOREIGN_DURATION_UNITS));
        let group = prefixes.group_of(norm, &|prefix| foreign_unit_matches(norm, prefix));
        return group.map(|group| FOREIGN_DURATION_UNITS[group].0);
    }
    FOREIGN_DURATION_UNITS
        .iter()
        .find(|(_, prefixes)| list_words(prefixes).any(|prefix| foreign_unit_matches(norm, prefix)))
        .map(|&(unit, _)| unit)
}

/// Whether a German or Russian word is a form of the unit starting `prefix`: the prefix begins
/// the word or follows a number word in it ("двухчасовой", "zweistündige"), and the rest is a
/// short ending.
fn foreign_unit_matches(norm: &str, prefix: &str) -> bool {
    let Some(at) = norm.find(prefix) else { return false };
    let rest = norm[at + prefix.len()..].chars().count();
    let starts =
        at == 0 || norm[..at].ends_with("х") || norm[..at].ends_with("ти") || norm[..at].ends_with("ei");
    let short_word = one_of(prefix, "tag час дн год лет сут");
    // A short stem alone takes a case ending ("Tagen", "годами", not "Tagung"); after a number
    // word it is an adjective's ("двухчасовой").
    let max_rest = match (short_word && at == 0, prefix.is_ascii()) {
        (true, true) => 2,
        (true, false) => 3,
        (false, _) => 5,
    };
    starts && rest <= max_rest && !(prefix == "час" && norm.starts_with("част"))
}

/// The English word a German or Russian counted noun stands for ("Gefangene", "пленных": the
/// concept of "prisoner").
pub fn counted_concept(norm: &str) -> Option<String> {
    static CONCEPTS: OnceLock<(Prefixes, Vec<String>)> = OnceLock::new();
    prefixed_concept(&CONCEPTS, FOREIGN_COUNTED, norm)
}

/// The currency a word after a number names ("dollars", "Euro", "долларов").
pub fn currency_word(norm: &str) -> Option<&'static str> {
    if one_of(norm, "dollar dollars usd") || norm.starts_with("доллар") {
        Some("usd")
    } else if one_of(norm, "euro euros eur евро") {
        Some("eur")
    } else if one_of(norm, "sterling gbp") {
        Some("gbp")
    } else if one_of(norm, "ruble rubles rouble roubles rub руб") || norm.starts_with("рубл") {
        Some("rub")
    } else if one_of(norm, "yen jpy иен иены") {
        Some("jpy")
    } else if one_of(norm, "yuan renminbi cny") || norm.starts_with("юан") {
        Some("cny")
    } else if one_of(norm, "rupee rupees inr") {
        Some("inr")
    } else {
        None
    }
}

/// Whether `norm` is a time zone's abbreviation a clock time is given in ("10:25 GMT", "1025
/// UTC", "9 Uhr MEZ", "21:00 мск").
pub fn is_time_zone(norm: &str) -> bool {
    one_of(norm, "gmt utc cet cest mez mesz msk мск est edt cst cdt pst pdt bst")
}

/// Whether `norm` names a scale a number is a reading on ("magnitude 7.1", "category 4",
/// "eine Stärke von 6,2", "магнитудой 6,1"), a German compound of "Stärke" too ("eine
/// Bebenstärke von 7,2").
pub fn is_measure_word(norm: &str) -> bool {
    one_of(norm, "magnitude category level magnitudo магнитуда магнитудой магнитуды магнитуду магнитуде")
        || german_scale(norm).is_some()
}

/// The German scale a word names, itself or as the last part of a compound: "Stärke" and
/// "Bebenstärke" are both readings of "stärke".
pub fn german_scale(norm: &str) -> Option<&'static str> {
    norm.ends_with("stärke").then_some("stärke")
}

/// Whether a counted noun's concept (its Snowball stem) is a unit of measure of length, area,
/// volume or weight: "kilometers" ("kilomet"), "km" as read by [`unit_word`], "metres"
/// ("metr"), "square miles", "liters", "kilograms", "tonnes" ("tonn").
pub fn is_unit_of_measure(concept: &str) -> bool {
    "met meter metr mile liter litr gram ton tonn barrel feet foot inch acr hectar"
        .split(' ')
        .any(|unit| concept.ends_with(unit))
}

/// The period of the calendar a word names, in English: "quarter" (also "Quartal"), "year"
/// ("Jahr"), "month" ("Monat"), "week" ("Woche"), "half" ("Halbjahr").
pub fn period_length(norm: &str) -> Option<&'static str> {
    const ENGLISH: [&str; 5] = ["quarter", "year", "month", "week", "half"];
    const GERMAN: [&str; 5] = ["quartal", "jahr", "monat", "woche", "halbjahr"];
    for k in 0..ENGLISH.len() {
        if norm == ENGLISH[k] || norm.starts_with(GERMAN[k]) && norm.len() <= GERMAN[k].len() + 2 {
            return Some(ENGLISH[k]);
        }
    }
    None
}

/// Whether a word names the dimension a length measures ("a 400-metre-long ship", "a
/// 30-metre-wide channel").
pub fn is_dimension_word(norm: &str) -> bool {
    one_of(norm, "long wide deep high tall thick")
}

/// The word a unit's abbreviation stands for, in the form the account's stemmer reduces like
/// the written-out word ("km" and "kilometers", "км" and "километров"), and the American
/// spelling of a British unit ("kilometres" as "kilometers"), so that both meet in one slot.
pub fn unit_word(norm: &str, german: bool) -> Option<String> {
    let spelled = match norm {
        "km" if german => "kilometer",
        "km" => "kilometers",
        "kg" if german => "kilogramm",
        "kg" => "kilograms",
        "mi" => "miles",
        // Barrels per day: the rate's "per day" is a unit of time, which no slot reads.
        "bpd" => "barrels",
        "км" => "километр",
        "кг" => "килограмм",
        _ if !german && (norm.contains("metre") || norm.contains("litre")) => {
            return Some(norm.replace("metre", "meter").replace("litre", "liter"));
        }
        _ => return None,
    };
    Some(spelled.to_string())
}

/// Fractions of a whole by their denominator ("a third", "zwei Drittel", "четверть").
const FRACTION_WORDS: &[(f64, &str)] = &[
    (2.0, words!["half", "halves", "hälfte", "половина", "половину", "половины"]),
    (3.0, words!["third", "thirds", "drittel", "треть", "трети"]),
    (4.0, words!["quarter", "quarters", "viertel", "четверть", "четверти"]),
    (5.0, words!["fifth", "fifths", "fünftel", "пятая", "пятую"]),
    (10.0, words!["tenth", "tenths", "zehntel", "десятая", "десятую"]),
];

/// The denominator of a word naming a fraction of a whole ("third": 3, "Viertel": 4).
pub fn fraction_denominator(norm: &str) -> Option<f64> {
    static MAP: OnceLock<WordMap<u8>> = OnceLock::new();
    looked_up(&MAP, FRACTION_WORDS, norm)
}

/// Words that say how old someone is: "aged 46", "age 46", "im Alter von 46", "в возрасте 46".
pub fn is_age_word(norm: &str) -> bool {
    one_of(norm, "aged age alter возрасте")
}

/// Whether one list of words (lower case) holds the acronym of the other: the initials of its
/// words but for function words ("ecb" and "european central bank", "fomc" and "federal open
/// market committee").
pub fn abbreviates_either(a: &[String], b: &[String]) -> bool {
    let initials = |words: &[String]| -> String {
        words.iter().filter(|w| !one_of(w, ACRONYM_FUNCTION_WORDS)).filter_map(|w| w.chars().next()).collect()
    };
    let holds_acronym = |short: &[String], long: &[String]| {
        let long = initials(long);
        long.chars().count() >= 2 && short.contains(&long)
    };
    holds_acronym(a, b) || holds_acronym(b, a)
}

/// Whether `acronym` (lower case) is spelled out by consecutive words of `words`, function
/// words aside: their initials are the acronym, or all of it but its last letter ("ceo" and
/// "chief executive of", written without "officer").
pub fn spelled_out(acronym: &str, words: &[&str]) -> bool {
    let letters = acronym.as_bytes();
    if !(2..=6).contains(&letters.len()) || !acronym.bytes().all(|b| b.is_ascii_lowercase()) {
        return false;
    }
    let needed = (letters.len() - 1).max(2);
    for start in 0..words.len() {
        let mut matched = 0;
        for word in &words[start..] {
            if matched == letters.len() {
                break;
            }
            if one_of(word, ACRONYM_FUNCTION_WORDS) && matched > 0 {
                continue;
            }
            if word.as_bytes().first() != Some(&letters[matched]) {
                break;
            }
            matched += 1;
        }
        if matched >= needed {
            return true;
        }
    }
    false
}

/// Words an acronym leaves out ("European Central Bank" is "ECB" without "of the").
const ACRONYM_FUNCTION_WORDS: &str = "of the and for de der des die du la le";

/// Whether a word names a compass direction, alone or joined ("north", "northeast",
/// "northern", "westward"; German "nördlich", "südwestlich").
pub fn is_compass_direction(norm: &str) -> bool {
    const ENGLISH: [&str; 4] = ["north", "south", "east", "west"];
    const GERMAN: [&str; 4] = ["nord", "süd", "ost", "west"];
    let english = ENGLISH.iter().find_map(|d| norm.strip_prefix(d));
    let german = GERMAN.iter().find_map(|d| norm.strip_prefix(d));
    english.is_some_and(|rest| rest.is_empty() || ENGLISH.contains(&rest) || rest == "ern" || rest == "ward")
        || german.is_some_and(|rest| rest.ends_with("lich"))
}

/// "percent", "Prozent", "процентов".
pub fn is_percent_word(norm: &str) -> bool {
    one_of(norm, "percent pct prozent") || norm.starts_with("процент")
}

/// The month (1–12) a word names, in English, German or Russian.
pub fn month_of(norm: &str) -> Option<u8> {
    static EXACT: OnceLock<WordMap<u8>> = OnceLock::new();
    let exact = EXACT.get_or_init(|| numbered(MONTHS.len(), &|i| MONTHS[i]));
    if norm.is_ascii() {
        return if (3..=9).contains(&norm.len()) { exact.get(norm).copied() } else { None };
    }
    if let Some(&m) = exact.get(norm) {
        return Some(m);
    }
    if norm.len() > 24 {
        return None;
    }
    group_number(&MONTHS, |w| !w.is_ascii() && w.chars().count() >= 3 && norm.starts_with(w))
}

/// The weekday (Monday = 1) a word names, in English, German or Russian.
pub fn weekday_of(norm: &str) -> Option<u8> {
    static EXACT: OnceLock<WordMap<u8>> = OnceLock::new();
    let exact = EXACT.get_or_init(|| numbered(WEEKDAYS.len(), &|i| WEEKDAYS[i]));
    if norm.is_ascii() {
        // "Sonntagabend", "Montagmorgen": the day and its part in one German word.
        let compound = || {
            ["abend", "morgen", "nachmittag", "vormittag", "mittag", "nacht"]
                .iter()
                .find_map(|part| norm.strip_suffix(part))
        };
        let day = if norm.len() > 10 { compound().unwrap_or(norm) } else { norm };
        return if (6..=10).contains(&day.len()) { exact.get(day).copied() } else { None };
    }
    if let Some(&d) = exact.get(norm) {
        return Some(d);
    }
    if norm.len() > 32 {
        return None;
    }
    group_number(&WEEKDAYS, |w| !w.is_ascii() && !w.starts_with("сред") && norm.starts_with(w))
}

/// "lasted", "took", "dauerte", "длился": a verb stating how long something lasted.
pub fn is_lasting_verb(norm: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    listed(&SET, LASTING_VERBS, norm)
}

/// A lower-case German word with an adjective ending, before a capitalised noun
/// ("ukrainische Gefangene", "verletzte Soldaten").
pub fn is_german_adjective(norm: &str) -> bool {
    norm.chars().count() > 3 && ["e", "en", "er", "es", "em"].iter().any(|e| norm.ends_with(e))
}

/// A Russian word with an adjective (or participle) ending ("тяжелораненых", "украинских").
pub fn is_russian_adjective(norm: &str) -> bool {
    const ENDINGS: [&str; 16] =
        ["ых", "их", "ые", "ие", "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ую", "ого", "его", "ыми", "ими"];
    norm.chars().count() > 3
        && norm.chars().next().is_some_and(|c| ('а'..='я').contains(&c))
        && ENDINGS.iter().any(|e| norm.ends_with(e))
}

/// Hours in one unit of duration, for a stem such as "hour" or "day".
pub fn duration_hours(stem: &str) -> Option<f64> {
    DURATION_UNITS.iter().find(|(w, _)| *w == stem).map(|&(_, v)| v)
}

/// Inflectional endings of Russian and Ukrainian words, longest first (a light stemmer: the
/// forms of one noun or adjective meet, "дома", "домов", "дом").
const CYRILLIC_ENDINGS: &str =
    "иями ями ами ого его ому ему ыми ими иях ах ях ов ев ей ой ий ый ая яя ое ее ые ие ам ям ом \
     ем ую юю а я ы и у ю е о ь й";
/// Inflectional endings of German words, longest first ("Abgeordnete", "Abgeordneten").
const GERMAN_ENDINGS: &str = "ern en er es em e n s";

/// A German or Cyrillic word without its inflectional ending, when at least `min` letters of
/// stem remain; other words as they are.
pub fn light_stem(norm: &str, german: bool) -> String {
    let (endings, min) = match norm.chars().next() {
        Some(c) if segment::is_cyrillic(c) => (CYRILLIC_ENDINGS, 3),
        Some(_) if german => (GERMAN_ENDINGS, 4),
        _ => return norm.to_string(),
    };
    let stem = list_words(endings)
        .filter_map(|ending| norm.strip_suffix(ending))
        .find(|stem| stem.chars().count() >= min)
        .unwrap_or(norm);
    stem.to_string()
}

/// Snowball stem of a lower-case word.
pub fn stem(norm: &str) -> String {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    STEMMER.get_or_init(|| Stemmer::create(Algorithm::English)).stem(norm).into_owned()
}

/// The concept a stem stands for: the first stem of its group of toll words, or the stem itself.
pub fn concept(stem: &str) -> &str {
    static CONCEPTS: OnceLock<FastMap<String, String>> = OnceLock::new();
    let concepts = CONCEPTS.get_or_init(|| {
        let mut map = FastMap::default();
        for group in THESAURUS {
            let head = self::stem(list_words(group).next().unwrap_or_default());
            for word in list_words(group) {
                map.entry(self::stem(word)).or_insert_with(|| head.clone());
            }
        }
        map
    });
    concepts.get(stem).map_or(stem, String::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_acronym_is_spelled_out_by_the_initials_of_its_words() {
        assert!(spelled_out("ceo", &["the", "chief", "executive", "of", "dalmar"]));
        assert!(spelled_out("ecb", &["european", "central", "bank"]));
        assert!(!spelled_out("ceo", &["danish", "towing", "company"]));
        assert!(!spelled_out("ceo", &["chief", "of", "dalmar"]), "one initial spells no acronym");
    }

    #[test]
    fn the_words_of_a_toll_share_a_concept() {
        assert_eq!(concept(&stem("deaths")), concept(&stem("killed")));
        assert_eq!(concept(&stem("fatalities")), concept(&stem("died")));
        assert_eq!(concept(&stem("wounded")), concept(&stem("injuries")));
        assert_ne!(concept(&stem("killed")), concept(&stem("injured")));
        // Other synonyms are WordNet's, read by similarity: none is a concept of the lexicon.
        assert_ne!(concept(&stem("electricity")), concept(&stem("energy")));
    }

    #[test]
    fn word_classes_of_the_fact_sheet_and_the_detectors() {
        let of = |word: &str| concept(&stem(word)).to_string();
        assert!(is_change_concept(&of("soared")) && is_change_concept(&of("declined")));
        assert!(is_change_concept(&of("rose")) && !is_change_concept(&of("said")));
        assert!(is_stopping_concept(&of("suspended")) && is_stopping_concept(&of("halt")));
        assert!(!is_stopping_concept(&of("continued")));
        assert!(is_condition_concept(&of("evacuated")) && is_condition_concept(&of("deaths")));
        assert!(is_forecast_concept(&of("anticipated")) && !is_forecast_concept(&of("reported")));
    }

    #[test]
    fn foreign_nouns_are_found_by_the_start_of_the_word() {
        let call = Some(concept(&stem("call")).to_string());
        assert_eq!(event_concept("telefonats"), call);
        assert_eq!(event_concept("звонка"), call);
        assert_eq!(event_concept("gefangenenaustausch"), Some(concept(&stem("exchange")).to_string()));
        // Words that sort next to a prefix without starting with it.
        assert_eq!(event_concept("telefon"), None);
        assert_eq!(event_concept("telegram"), None);
        assert_eq!(event_concept("a"), None);
        assert_eq!(event_concept(""), None);
        assert_eq!(counted_concept("kriegsgefangenen"), Some(concept(&stem("prisoner")).to_string()));
    }

    #[test]
    fn duration_units_in_three_languages() {
        assert_eq!(duration_unit("hrs"), Some("hour"));
        assert_eq!(duration_unit("stunden"), Some("hour"));
        assert_eq!(duration_unit("tage"), Some("day"));
        assert_eq!(duration_unit("дней"), Some("day"));
        assert_eq!(duration_unit("двухчасовой"), Some("hour"));
        assert_eq!(duration_unit("tagung"), None);
        assert_eq!(duration_unit("hourly"), None);
    }

    #[test]
    fn word_lists_split_into_their_words() {
        assert!(is_stop_word("a") && is_stop_word("they're") && !is_stop_word(""));
        assert!(is_number_only_hedge("over") && is_number_only_hedge("than") && is_pronoun("that"));
        assert!(THESAURUS.iter().all(|group| list_words(group).count() >= 2));
    }

    #[test]
    fn negations_include_contractions() {
        assert!(is_negation("didn't"));
        assert!(is_negation("refused"));
        assert!(!is_negation("agreed"));
        assert!(is_negation("unresolved") && is_negation("unable"));
        assert!(!is_negation("united") && !is_negation("unified") && !is_negation("understood"));
    }
}
