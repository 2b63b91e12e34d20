//! Each account's facts, read from its analysed sentences:
//! - quantities (counts, money, percentages) with what they count: the head noun after the
//!   number, from `quantity`; for a count also the condition its predicate gives what it counts
//!   ("413 people dead", "2,500 were injured", "killing 273 people":
//!   `lexicon::is_condition_concept`), the scale a reading is on ("magnitude 7.1"), the tally a
//!   bare number reaches ("the death toll rose to 273") and the place it is of ("137 deaths in
//!   Mexico City"); a figure the account reports as replaced ("initially reported nine dead") is
//!   no fact;
//! - durations with the event they measure: the noun a compound modifies ("a 30-day
//!   ceasefire", "a two-and-a-half-hour call"), the subject of a verb of lasting ("the call,
//!   which lasted over two hours"), the noun after "of" ("90 minutes of talks"), the words
//!   before "for" ("halt strikes for 30 days"), the verb that sets a term ("sentenced to 22
//!   years") or the place it is spent in ("20 years in prison"); a duration with no event ("two
//!   weeks ago", "an hour later", "in three days") is no fact;
//! - dates and times of day in English, German and Russian ("Tuesday", "March 18, 2025",
//!   "18. März", "18 марта 2025 года", "2025-03-18", "18.03.2025", "10 a.m.", "10:30") with the
//!   content words of their clause as their event;
//! - quotes of two words or more with their speaker: the source of an attribution in the
//!   sentence, else in the nearest sentence (up to two away) that credits one.
//!
//! Every fact also carries its context (the content words of its sentence besides its own) and
//! its occasion (the day its sentence, or one of the two before, names), which [`super::slots`]
//! uses to tell apart two facts of one kind.

use super::super::synonyms::Senses;
use std::ops::Range;

use crate::engine::analyse::{AnalysedAccount, AnalysedSentence, Attribution, Token, TokenKind};
use crate::engine::case;
use crate::engine::decimal;
use crate::engine::lexicon;
use crate::engine::model::FactKind;
use crate::engine::quantity::{self, format_number, Bound, Quantity, QuantityKind, AGE};
use crate::engine::sorting::sort_values;

/// Words of a quotation, all capitalised, that make a name or a title rather than a quote.
const NAME_WORDS: usize = 3;
/// Sentences before a fact searched for the day it belongs to.
const OCCASION_SENTENCES: usize = 2;
/// Sentences before a quote searched for its speaker when its own credits no one.
const SPEAKER_SENTENCES: usize = 2;
/// Sentences after a quote left open searched for the one that closes it.
const OPEN_QUOTE_SENTENCES: usize = 4;
/// Content words before "for" that name what a duration is of.
const FOR_EVENT_WORDS: usize = 2;
/// Words back from a verb of lasting searched for a German or Russian subject.
const FOREIGN_SUBJECT_WORDS: usize = 5;

/// A day, a date or a time of day, as far as the text gives it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Day {
    pub year: Option<i32>,
    pub month: Option<u8>,
    pub day: Option<u8>,
    pub weekday: Option<u8>,
    /// Minutes after midnight.
    pub minutes: Option<u16>,
}

impl Day {
    /// Whether two days share a field that differs ("Tuesday" and "Wednesday"; "March 18" and
    /// "March 19"). Days with no field in common ("January", "Tuesday") never differ.
    pub fn differs(&self, other: &Day) -> bool {
        fn differ<T: PartialEq>(a: Option<T>, b: Option<T>) -> bool {
            matches!((a, b), (Some(a), Some(b)) if a != b)
        }
        differ(self.year, other.year)
            || differ(self.month, other.month)
            || differ(self.day, other.day) && self.month.is_some() == other.month.is_some()
            || differ(self.weekday, other.weekday)
            || differ(self.minutes, other.minutes)
    }

    /// Whether two days share at least one field.
    pub fn comparable(&self, other: &Day) -> bool {
        let both = |a: bool, b: bool| a && b;
        both(self.year.is_some(), other.year.is_some())
            || both(self.month.is_some(), other.month.is_some())
            || both(self.weekday.is_some(), other.weekday.is_some())
            || both(self.minutes.is_some(), other.minutes.is_some())
    }

    /// The day as a reader would write it: "Tuesday, March 18, 2025, 10:00".
    pub fn describe(&self) -> String {
        const MONTHS: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        const WEEKDAYS: [&str; 7] =
            ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
        let mut parts = Vec::new();
        if let Some(w) = self.weekday.and_then(|w| WEEKDAYS.get(usize::from(w).checked_sub(1)?)) {
            parts.push(w.to_string());
        }
        let month = self.month.and_then(|m| MONTHS.get(usize::from(m).checked_sub(1)?));
        match (month, self.day) {
            (Some(m), Some(d)) => parts.push(format!("{m} {d}")),
            (Some(m), None) => parts.push(m.to_string()),
            _ => {}
        }
        if let Some(y) = self.year {
            parts.push(y.to_string());
        }
        if let Some(m) = self.minutes {
            parts.push(format!("{}:{:02}", m / 60, m % 60));
        }
        parts.join(", ")
    }

    fn is_empty(&self) -> bool {
        *self == Day::default()
    }
}

/// A quotation and who said it.
#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    /// The quoted words as written.
    pub words: Vec<String>,
    /// Their normalised forms.
    pub norms: Vec<String>,
    /// Concepts of the quoted content words, sorted, each once.
    pub concepts: Vec<String>,
    /// The quoted content words that have synonym sets: each one's concept and sets.
    pub synonyms: Vec<(String, Senses)>,
    /// Whether the quote holds a negation.
    pub negated: bool,
    /// Numbers in the quote, normalised.
    pub numbers: Vec<String>,
    /// The speaker as written ("the Kremlin"), empty when none was found.
    pub speaker: String,
}

/// What a fact says.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Amount(Quantity),
    Date(Day),
    Quote(Quote),
}

/// One fact of one account.
#[derive(Clone, Debug, PartialEq)]
pub struct Fact {
    pub kind: FactKind,
    pub account: usize,
    pub sentence: usize,
    /// Token range of the fact's words in its sentence.
    pub tokens: Range<usize>,
    pub value: Value,
    /// What the value is of, as concepts: the counted noun (counts), the event's nouns
    /// (durations), the clause's content words (dates), the speaker's words (quotes).
    pub slot: Vec<String>,
    /// The words of `slot` as written, for a reader.
    pub slot_words: Vec<String>,
    /// Concepts of the sentence's other content words (names, numbers and dates left out).
    pub context: Vec<String>,
    /// What an amount of money or a share measures, when its clause says: the noun after "of"
    /// or "in" ("50.9% of the vote", "$46 billion in iPhone sales"), or else the clause's first
    /// ordinary content word ("revenue rose to $95 billion, while iPhone sales reached…").
    pub measure: Option<String>,
    /// The day the fact's sentence names, or else one of the two sentences before it.
    pub occasion: Option<Day>,
    /// Whether `occasion` is named in the fact's own sentence.
    pub dated_here: bool,
    /// The names in the fact's sentence (capitalised words after its first), sorted, each once:
    /// the parties or places a count may be of.
    pub names: Vec<String>,
    /// The place a count is of, when a name follows it ("137 deaths in Mexico City": "mexico").
    pub place: Option<String>,
    /// The claim group of the fact's sentence, for a duration or a date that is its sentence's
    /// only one: two such durations of one claim are of one event however each names it
    /// ("searched for 90 minutes", "rescuers worked for 1.5 hours"), and two such dates may
    /// conflict. Set by the fact sheet.
    pub claim: Option<usize>,
    /// For a date: whether it dates a statement ("officials said on Monday"), which accounts
    /// published at different times may date differently, rather than the event.
    pub dates_a_statement: bool,
}

impl Fact {
    /// The value normalised for a reader: "1.5 hours", "over 70", "175 each", "March 18".
    pub fn describe(&self) -> String {
        match &self.value {
            Value::Amount(q) => q.describe_bounded(),
            Value::Date(day) => day.describe(),
            Value::Quote(q) => format!("\"{}\"", q.words.join(" ")),
        }
    }
}

/// Every fact of one account (index `account`), in reading order.
pub fn account_facts(account: &AnalysedAccount, index: usize) -> Vec<Fact> {
    let account_names = written_names(account);
    let mut days: Vec<Vec<(Range<usize>, Day)>> = Vec::with_capacity(account.sentences.len());
    for s in &account.sentences {
        days.push(sentence_days(&account.text, &s.tokens));
    }
    let first_day = |j: usize| days[j].first().map(|(_, d)| *d);
    let mut facts = Vec::new();
    for (i, sentence) in account.sentences.iter().enumerate() {
        let own = first_day(i);
        let mut occasion = own;
        for j in (i.saturating_sub(OCCASION_SENTENCES)..i).rev() {
            occasion = occasion.or_else(|| first_day(j));
        }
        let has_facts = !sentence.quantities.is_empty() || !days[i].is_empty() || !sentence.quotes.is_empty();
        // The sentence's context words, worked out once for all its facts.
        let mut candidates: Vec<(usize, String)> = Vec::new();
        if has_facts {
            for t in context_words(sentence, &(0..0)) {
                candidates.push((t, concept_of(&sentence.tokens[t])));
            }
        }
        let names = if has_facts { sentence_names(&sentence.tokens) } else { Vec::new() };
        let base = |kind, tokens: Range<usize>, value, slot: Vec<String>, slot_words: Vec<String>| Fact {
            kind,
            account: index,
            sentence: i,
            context: context(&candidates, &tokens),
            measure: None,
            tokens,
            value,
            slot,
            slot_words,
            occasion,
            dated_here: own.is_some(),
            names: names.clone(),
            place: None,
            claim: None,
            dates_a_statement: false,
        };
        for q in &sentence.quantities {
            let previous = i.checked_sub(1).and_then(|p| account.sentences.get(p));
            if let Some((kind, slot, words)) = amount_slot(sentence, previous, q) {
                let place = count_place(&sentence.tokens, q);
                let measure = match q.kind {
                    QuantityKind::Money | QuantityKind::Percent => measured(&candidates, q, &sentence.tokens),
                    _ => None,
                };
                facts.push(Fact {
                    place,
                    measure,
                    ..base(kind, q.tokens.clone(), Value::Amount(q.clone()), slot, words)
                });
            }
        }
        for (range, day) in &days[i] {
            let mut named: Vec<(String, String)> = Vec::new();
            for t in context_words(sentence, range) {
                named.push((concept_of(&sentence.tokens[t]), sentence.tokens[t].norm.clone()));
            }
            // Sorted by concept (for a linear-time comparison), each concept once.
            sort_values(&mut named);
            named.dedup_by(|a, b| a.0 == b.0);
            let (mut slot, mut written) = (Vec::new(), Vec::new());
            for (concept, word) in named {
                slot.push(concept);
                written.push(word);
            }
            facts.push(Fact {
                dates_a_statement: follows_speech_verb(&sentence.tokens, range.start),
                ..base(FactKind::Date, range.clone(), Value::Date(*day), slot, written)
            });
        }
        for range in &sentence.quotes {
            if let Some(quote) = quote_fact(account, &account_names, i, range.clone()) {
                let (slot, words) = speaker_slot(&quote.speaker);
                facts.push(base(FactKind::Quote, range.clone(), Value::Quote(quote), slot, words));
            }
        }
    }
    facts
}

/// The facts of one sentence alone (no occasion, no speaker from other sentences, no context):
/// what claim groups compare.
pub fn sentence_facts(text: &str, sentence: &AnalysedSentence) -> Vec<Fact> {
    let mut facts = Vec::new();
    let names = if sentence.quantities.is_empty() { Vec::new() } else { sentence_names(&sentence.tokens) };
    for q in &sentence.quantities {
        let in_group = match q.kind {
            // Inside a claim group the claim is the slot: a duration needs no event there.
            QuantityKind::Duration => {
                amount_slot(sentence, None, q).or_else(|| Some((FactKind::Duration, Vec::new(), Vec::new())))
            }
            _ => amount_slot(sentence, None, q),
        };
        if let Some((kind, slot, words)) = in_group {
            facts.push(Fact {
                kind,
                account: 0,
                sentence: 0,
                context: Vec::new(),
                measure: None,
                tokens: q.tokens.clone(),
                value: Value::Amount(q.clone()),
                slot,
                slot_words: words,
                occasion: None,
                dated_here: false,
                names: names.clone(),
                place: count_place(&sentence.tokens, q),
                claim: None,
                dates_a_statement: false,
            });
        }
    }
    for (range, day) in sentence_days(text, &sentence.tokens) {
        facts.push(Fact {
            kind: FactKind::Date,
            account: 0,
            sentence: 0,
            context: Vec::new(),
            measure: None,
            tokens: range,
            value: Value::Date(day),
            slot: Vec::new(),
            slot_words: Vec::new(),
            occasion: Some(day),
            dated_here: true,
            names: Vec::new(),
            place: None,
            claim: None,
            dates_a_statement: false,
        });
    }
    facts
}

/// Whether the date starting at token `start` follows a speech verb ("said on Monday", "sagte
/// am Montag", "заявил в понедельник").
fn follows_speech_verb(tokens: &[Token], start: usize) -> bool {
    let before = tokens[..start].iter().rev().find(|t| !lexicon::one_of(&t.norm, "on at late early am в во"));
    before.is_some_and(|t| lexicon::is_speech_verb(&t.norm))
}

/// The words an account writes as names somewhere (see `Token::is_name`), sorted, each once.
fn written_names(account: &AnalysedAccount) -> Vec<&str> {
    let mut names: Vec<&str> = account
        .sentences
        .iter()
        .flat_map(|s| &s.tokens)
        .filter(|t| t.is_name())
        .map(|t| t.norm.as_str())
        .collect();
    sort_values(&mut names);
    names.dedup();
    names
}

/// The capitalised words of a sentence after its first word, but for names of days and months,
/// sorted, each once.
fn sentence_names(tokens: &[Token]) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let words = tokens.iter().filter(|t| t.kind == TokenKind::Word);
    for t in words.skip(1).filter(|t| t.is_name()) {
        if lexicon::weekday_of(&t.norm).is_none() && lexicon::month_of(&t.norm).is_none() {
            names.push(t.norm.clone());
        }
    }
    sort_values(&mut names);
    names.dedup();
    names
}

// --- quantities and durations -----------------------------------------------------------------

/// The kind and slot of a quantity, or `None` when it fills no slot a reader could name (a bare
/// number, a year, a duration with no event).
fn amount_slot(
    sentence: &AnalysedSentence,
    previous: Option<&AnalysedSentence>,
    q: &Quantity,
) -> Option<(FactKind, Vec<String>, Vec<String>)> {
    let tokens = &sentence.tokens;
    // A count, sum or share: its one slot concept and the word naming it.
    let (concept, word) = match q.kind {
        QuantityKind::Date => return None,
        // "Officials initially reported nine dead", "an earlier count of 350": not the figure
        // the account gives now.
        QuantityKind::Count if superseded(tokens, q) => return None,
        // "the 7.1 magnitude quake": a reading, even after "the".
        QuantityKind::Count if measure_word(tokens, q).is_some() => {
            let scale = measure_word(tokens, q)?;
            (scale.concept.clone(), scale.norm.clone())
        }
        // "the 46-year-old driver": an age, even after "the", and whose it is when the
        // sentence names it by a noun (a driver's age is not a victim's).
        QuantityKind::Count if q.unit == AGE => {
            let Some(person) = aged_person(tokens, q) else {
                return Some((FactKind::Quantity, vec![AGE.to_string()], vec![AGE.to_string()]));
            };
            return Some((
                FactKind::Quantity,
                vec![AGE.to_string(), concept_of(person)],
                vec![format!("{AGE}:"), person.norm.clone()],
            ));
        }
        // "voted 7-2", "won 3-1": a tally, one fact of both numbers.
        QuantityKind::Count if q.bound == Bound::Tally => ("tally".to_string(), "tally".to_string()),
        QuantityKind::Count if q.value < 1.0 || is_reference(tokens, q) => return None,
        QuantityKind::Count if lexicon::is_condition_concept(&q.unit) => {
            // "273 deaths", "2,500 injuries": the condition is what is counted.
            let head = tokens.get(q.tokens.end.checked_sub(1)?)?;
            (q.unit.clone(), head.norm.clone())
        }
        QuantityKind::Count if counts_no_noun(q) || reaches_tally_with_no_noun(tokens, q) => {
            // "16 were hurt", "injuring 14 others", "the death toll rose to 273": what the
            // number counts is in its predicate or its subject.
            // The tally first: German puts the verb last ("ist auf sieben gestiegen").
            let (i, written) = match tallied(tokens, q) {
                Some(found) => found,
                None => predicate(tokens, q).map(|i| (i, tokens[i].norm.clone()))?,
            };
            let (mut slot, mut words) = (vec![concept_of(&tokens[i])], vec![written]);
            add_severity(tokens, i, &mut slot, &mut words);
            return Some((FactKind::Quantity, slot, words));
        }
        QuantityKind::Count => {
            let head = tokens.get(q.tokens.end.checked_sub(1)?)?;
            let (noun, written) = match compound_noun(tokens, q) {
                // "a 15-kilometre stretch": the length of the stretch, not any distance.
                Some(noun) => {
                    (format!("{} {}", q.unit, noun.concept), format!("{} {}", head.norm, noun.norm))
                }
                None => (q.unit.clone(), head.norm.clone()),
            };
            // "413 people dead" and "2,500 people injured" count people in different states.
            let Some(state) = count_state(tokens, q) else {
                return Some((FactKind::Quantity, vec![noun], vec![written]));
            };
            let (mut slot, mut words) =
                (vec![noun, concept_of(&tokens[state])], vec![written, tokens[state].norm.clone()]);
            add_severity(tokens, state, &mut slot, &mut words);
            return Some((FactKind::Quantity, slot, words));
        }
        // "raised by 0.25%" tells a change, "raised to 4.75%" a level: two slots.
        QuantityKind::Money if tells_a_change(tokens, q) => {
            (format!("{} change", q.unit), format!("change in {}", money_label(&q.unit)))
        }
        QuantityKind::Money => (q.unit.clone(), money_label(&q.unit)),
        QuantityKind::Percent if tells_a_change(tokens, q) => {
            ("percent change".to_string(), "change in percent".to_string())
        }
        QuantityKind::Percent => ("percent".to_string(), "percent".to_string()),
        QuantityKind::Duration => {
            let (slot, words) = duration_event(tokens, previous.map(|p| p.tokens.as_slice()), q)?;
            return Some((FactKind::Duration, slot, words));
        }
    };
    Some((FactKind::Quantity, vec![concept], vec![word]))
}

/// Whether an amount is the size of a change: after "by" and a word ("raised rates by 0.25%",
/// "um 0,25 Prozentpunkte gesenkt", "повысил на 0,5%").
fn tells_a_change(tokens: &[Token], q: &Quantity) -> bool {
    let before = |back: usize| q.tokens.start.checked_sub(back).and_then(|i| tokens.get(i));
    before(1).is_some_and(|t| lexicon::one_of(&t.norm, "by um на"))
        && before(2).is_some_and(|t| t.kind == TokenKind::Word)
}

/// The common noun whose age a count of [`AGE`] gives: the one after "46-year-old", or the
/// one before ", aged 46".
fn aged_person<'t>(tokens: &'t [Token], q: &Quantity) -> Option<&'t Token> {
    let noun = |t: &&Token| t.kind == TokenKind::Word && t.content && !t.capitalised;
    let after = tokens.get(q.tokens.end).filter(noun);
    let before = || {
        let age_word = tokens.get(q.number.checked_sub(1)?)?;
        let comma = tokens.get(q.number.checked_sub(2)?)?;
        let words_before = lexicon::is_age_word(&age_word.norm) && comma.norm == ",";
        tokens.get(q.number.checked_sub(3)?).filter(noun).filter(|_| words_before)
    };
    after.or_else(before)
}

/// The noun a count modifies when it is written as a compound ("a 15-kilometre stretch", "a
/// 10-mile queue"): number, hyphen, unit, then a lower-case content word.
fn compound_noun<'t>(tokens: &'t [Token], q: &Quantity) -> Option<&'t Token> {
    let unit_at = q.tokens.end.checked_sub(1)?;
    let hyphenated = unit_at.checked_sub(1).and_then(|i| tokens.get(i)).is_some_and(|t| t.norm == "-");
    let noun = tokens.get(q.tokens.end)?;
    (hyphenated && noun.kind == TokenKind::Word && noun.content && !noun.capitalised).then_some(noun)
}

/// Whether a count names no noun of its own: a bare number ("16 were hurt") or one whose noun
/// stands for the counted thing named elsewhere ("14 others", "20 more"). Its slot is then
/// the state its predicate gives it.
fn counts_no_noun(q: &Quantity) -> bool {
    q.unit.is_empty() || lexicon::one_of(&q.unit, "other others more andere weitere других ещё еще")
}

/// Whether a count's slot is a condition or a scale rather than a noun: it names no noun of
/// its own (see [`counts_no_noun`]), counts a condition ("273 deaths") or is a reading on a
/// scale ("magnitude 7.1 earthquake", whose noun is not what the number is of).
pub(super) fn counts_a_condition(fact: &Fact, q: &Quantity) -> bool {
    counts_no_noun(q)
        || lexicon::is_condition_concept(&q.unit)
        || fact.slot_words.first().is_some_and(|w| lexicon::is_measure_word(w))
        // "die Zahl der Toten ist auf sieben gestiegen": the tally's word.
        || fact.slot.first().is_some_and(|c| lexicon::is_condition_concept(c))
}

/// Words between a counted noun and the state its predicate gives it ("413 people *were
/// confirmed* dead", "14 people *are believed to be* alive", "30 *remain* missing").
const STATE_LINKS: &str = "were was are is have has had been be also still now reportedly confirmed \
     reported believed feared known presumed to remain remains who suffered wurden были был была";

/// The word naming the condition a count's things are in (see `lexicon::is_condition_concept`):
/// after the noun, past the words of `STATE_LINKS` ("230 people were killed", "413 people
/// dead", "2,500 people injured in the quake", "1,819 people who suffered injuries"), or the
/// verb right before the count ("killing 273 people", "starben 15 Menschen"). Any other predicate leaves the
/// noun alone ("175 prisoners exchanged" meets "175 prisoners swapped").
fn count_state(tokens: &[Token], q: &Quantity) -> Option<usize> {
    let noun_end = if compound_noun(tokens, q).is_some() { q.tokens.end + 1 } else { q.tokens.end };
    let i = past_severity(tokens, past_links(tokens, noun_end));
    let condition = |t: &&Token| {
        t.kind == TokenKind::Word && !t.capitalised && lexicon::is_condition_concept(&concept_of(t))
    };
    // "394 lawmakers voted against", "207 Abgeordnete stimmten dafür": the side they took.
    let side = tokens.get(i + 1).filter(|t| lexicon::one_of(&t.norm, SIDES_TAKEN));
    if side.is_some() && tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && t.content) {
        return Some(i + 1);
    }
    // An object after the word makes it an action: "soldiers killed 30 rebels".
    let ends_predicate = tokens.get(i + 1).is_none_or(|next| !next.content);
    if tokens.get(i).filter(condition).is_some() && (i > noun_end || ends_predicate) {
        return Some(i);
    }
    // "killing 273 people", and the verbs before a count in German and Russian, whatever
    // their form ("starben 15 Menschen", "погибли 15 человек").
    let before = verb_form_before(tokens, q)
        .or_else(|| q.tokens.start.checked_sub(1).filter(|_| counts_foreign_noun(tokens, q)));
    before.filter(|&b| condition(&&tokens[b]))
}

/// Words that grade a condition ("12 people *seriously* injured", "*schwer* verletzt"): a count
/// so graded is of some of the injured, not of them all.
const SEVERITY: &str = "seriously severely critically badly gravely fatally lightly slightly mildly \
     moderately schwer schwerst lebensgefährlich leicht тяжело легко серьезно серьёзно";

/// Whether `word` grades a condition (see [`SEVERITY`]).
pub(super) fn grades_a_condition(word: &str) -> bool {
    lexicon::one_of(word, SEVERITY)
}

/// The index after a word of [`SEVERITY`] at `at`, else `at`.
fn past_severity(tokens: &[Token], at: usize) -> usize {
    at + usize::from(tokens.get(at).is_some_and(|t| grades_a_condition(&t.norm)))
}

/// Adds to a count's slot the grade of its condition, the word of [`SEVERITY`] right before the
/// condition word at `state`: "12 seriously injured" and "25 injured" are different slots.
fn add_severity(tokens: &[Token], state: usize, slot: &mut Vec<String>, words: &mut Vec<String>) {
    let grade =
        state.checked_sub(1).and_then(|i| tokens.get(i)).filter(|t| lexicon::one_of(&t.norm, SEVERITY));
    if let Some(grade) = grade {
        slot.push(grade.norm.clone());
        words.push(grade.norm.clone());
    }
}

/// Whether a count's noun is written in German or Russian (non-ASCII, or capitalised).
fn counts_foreign_noun(tokens: &[Token], q: &Quantity) -> bool {
    q.tokens
        .end
        .checked_sub(1)
        .and_then(|i| tokens.get(i))
        .is_some_and(|noun| !noun.norm.is_ascii() || noun.capitalised)
}

/// Words after a verb that say which side a count took ("voted for", "stimmten dagegen",
/// "проголосовали против"): counts of the two sides are of two slots.
const SIDES_TAKEN: &str = "for against dafür dagegen für gegen за против";

/// The scale a number is a reading on, when its word stands right before or after the number
/// ("magnitude 7.1", "a 7.1-magnitude quake", "7.1 magnitude", "category 4", "level 3",
/// "magnitude-6.4", "a magnitude of 6.1", "eine Stärke von 6,2", "магнитудой 6,1"): the number is
/// that measure, whatever noun follows.
fn measure_word<'t>(tokens: &'t [Token], q: &Quantity) -> Option<&'t Token> {
    let is_scale = |i: usize| tokens.get(i).filter(|t| lexicon::is_measure_word(&t.norm));
    let after =
        if tokens.get(q.number + 1).is_some_and(|t| t.norm == "-") { q.number + 2 } else { q.number + 1 };
    // A hyphen or "of" may stand between the scale and the number.
    let joined = q
        .number
        .checked_sub(1)
        .and_then(|i| tokens.get(i))
        .is_some_and(|t| lexicon::one_of(&t.norm, "- of von"));
    let before = q.number.checked_sub(1 + usize::from(joined));
    before.and_then(is_scale).or_else(|| is_scale(after))
}

/// Whether a count is one the account reports as replaced: "initially", "previously" or "at
/// first", or "earlier" before a tally noun ("an earlier count of 350"), in the words of its
/// clause before it.
fn superseded(tokens: &[Token], q: &Quantity) -> bool {
    let clause = tokens[..q.tokens.start]
        .iter()
        .rev()
        .take(SUPERSEDED_WORDS)
        .take_while(|t| t.kind != TokenKind::Punct);
    let mut next = "";
    for t in clause {
        let earlier_tally = t.norm == "earlier" && lexicon::one_of(next, "count toll figure estimate tally");
        if lexicon::one_of(&t.norm, "initially previously")
            || (t.norm == "at" && next == "first")
            || earlier_tally
        {
            return true;
        }
        next = &t.norm;
    }
    false
}

/// Words before a count searched for a sign that it was replaced.
const SUPERSEDED_WORDS: usize = 8;

/// The place a count is of: the name after "in", "from" or "at" within the few words after
/// it, in its clause ("137 deaths in Mexico City", "57 people rescued from buildings in Mexico
/// City"); none for a count of anything else.
fn count_place(tokens: &[Token], q: &Quantity) -> Option<String> {
    if q.kind != QuantityKind::Count {
        return None;
    }
    let after = tokens.iter().skip(q.tokens.end).take(PLACE_WORDS).take_while(|t| t.kind != TokenKind::Punct);
    let mut previous = "";
    for t in after {
        if t.capitalised && lexicon::one_of(previous, "in from at im aus в во из") {
            return Some(t.norm.clone());
        }
        previous = &t.norm;
    }
    None
}

/// Words after a count searched for its place.
const PLACE_WORDS: usize = 8;

/// The subject of a count that a tally reaches ("the death toll rose to 273", "the death toll
/// from the landslide has risen to 41", "the number of injured reached 2,500", "die Zahl der
/// Toten stieg auf 15", "число погибших возросло до 15"): the number after "to", "at",
/// "reached", "auf" or "до", and a tally noun up to `TALLY_SUBJECT_WORDS` words back in its
/// clause; then the word it tallies, before it ("death toll"), after "of" or "der" ("number of
/// injured"), or after a Russian tally noun, with the words naming it.
fn tallied(tokens: &[Token], q: &Quantity) -> Option<(usize, String)> {
    let norm = |i: usize| tokens.get(i).map_or("", |t| t.norm.as_str());
    // "rose to about 273", "возросло до 15" (whose "до" may have been read as a bound).
    let reaches = |i: usize| lexicon::one_of(norm(i), "to at reached auf erreichte до достигло достигла");
    let before =
        [q.tokens.start, q.number].into_iter().filter_map(|i| i.checked_sub(1)).find(|&i| reaches(i))?;
    let clause = (before.saturating_sub(TALLY_SUBJECT_WORDS)..before).rev();
    let tally = clause
        .take_while(|&j| tokens[j].kind != TokenKind::Punct)
        .find(|&j| lexicon::one_of(norm(j), "toll tally count number total zahl число количество"))?;
    let content = |j: usize| tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word && t.content);
    let (word, written) = if lexicon::one_of(norm(tally + 1), "of der des") {
        // "the number of injured", "die Zahl der Toten"
        (tally + 2, [norm(tally), norm(tally + 1), norm(tally + 2)].join(" "))
    } else if !norm(tally).is_ascii() {
        // "число погибших": the tallied word follows in the genitive.
        (tally + 1, [norm(tally), norm(tally + 1)].join(" "))
    } else {
        (tally.checked_sub(1)?, norm(tally - 1).to_string() + " " + norm(tally))
    };
    content(word).then_some((word, written))
}

/// Whether a count reaches a tally written with a capital ("die Zahl der Toten ist auf sieben
/// gestiegen") and the word after it is lower-case: where nouns are capitalised, that word (the
/// participle of a verb put last) is no counted noun.
fn reaches_tally_with_no_noun(tokens: &[Token], q: &Quantity) -> bool {
    let word =
        tokens.get(q.tokens.end - 1).filter(|t| t.kind == TokenKind::Word && q.tokens.end > q.number + 1);
    let tally = tallied(tokens, q).and_then(|(i, _)| tokens.get(i));
    word.is_some_and(|w| !w.capitalised) && tally.is_some_and(|t| t.capitalised)
}

/// Words before a count searched for the tally it reaches ("toll *from the landslide has
/// risen* to").
const TALLY_SUBJECT_WORDS: usize = 8;

/// The word of a bare number's predicate that says what it counts: the word after the words
/// of `STATE_LINKS` ("16 were hurt", "14 others have been rescued"), else the word right before
/// the number when it is a verb form in "-ing" or "-ed" ("injuring 14 others", "killed 3").
fn predicate(tokens: &[Token], q: &Quantity) -> Option<usize> {
    let at = past_severity(tokens, past_links(tokens, q.tokens.end));
    let word = tokens.get(at).is_some_and(|t| t.kind == TokenKind::Word && t.content && !t.capitalised);
    if at > q.tokens.end && word {
        return Some(at);
    }
    verb_form_before(tokens, q)
}

/// The first token from `at` on that is not one of `STATE_LINKS`.
fn past_links(tokens: &[Token], mut at: usize) -> usize {
    while tokens.get(at).is_some_and(|t| lexicon::one_of(&t.norm, STATE_LINKS)) {
        at += 1;
    }
    at
}

/// The word right before a count when it is a lower-case verb form in "-ing" or "-ed"
/// ("injuring 14 others", "killed 3").
fn verb_form_before(tokens: &[Token], q: &Quantity) -> Option<usize> {
    let before = q.tokens.start.checked_sub(1)?;
    let t = tokens.get(before)?;
    let verb_form = t.norm.ends_with("ing") || t.norm.ends_with("ed");
    let word = t.kind == TokenKind::Word && t.content && !t.capitalised && t.norm.is_ascii();
    (word && verb_form).then_some(before)
}

/// "the two leaders", "both sides", "these 20 homes": a number after a determiner names things
/// already known rather than reporting how many there are.
fn is_reference(tokens: &[Token], q: &Quantity) -> bool {
    let before = q.tokens.start.checked_sub(1).and_then(|i| tokens.get(i)).map_or("", |t| t.norm.as_str());
    lexicon::one_of(
        before,
        "the these those both its their his her our my your die der den beiden эти этих оба обе",
    )
}

fn money_label(currency: &str) -> String {
    let name = match currency {
        "usd" => "dollars",
        "eur" => "euros",
        "gbp" => "pounds",
        "rub" => "rubles",
        "jpy" => "yen",
        "cny" => "yuan",
        other => other,
    };
    format!("amount in {name}")
}

/// The concepts and words of tokens `indices`.
fn named(tokens: &[Token], indices: &[usize]) -> (Vec<String>, Vec<String>) {
    let (mut concepts, mut words) = (Vec::new(), Vec::new());
    for t in indices.iter().filter_map(|&i| tokens.get(i)) {
        concepts.push(concept_of(t));
        words.push(t.norm.clone());
    }
    (concepts, words)
}

/// A token's concept, German and Russian event and counted nouns mapped to the English
/// concept, so that accounts in different languages share slots and context.
fn concept_of(token: &Token) -> String {
    lexicon::event_concept(&token.norm)
        .or_else(|| lexicon::counted_concept(&token.norm))
        .unwrap_or_else(|| token.concept.clone())
}

/// Whether a word is written in another language than English: Cyrillic, or a capitalised
/// German noun the event list knows.
fn is_foreign(token: &Token) -> bool {
    !token.norm.is_ascii() || lexicon::event_concept(&token.norm).is_some()
}

/// The concepts and words naming the event a duration measures (`previous`: the sentence
/// before, for a subject the segmenter left there).
fn duration_event(
    tokens: &[Token],
    previous: Option<&[Token]>,
    q: &Quantity,
) -> Option<(Vec<String>, Vec<String>)> {
    let end = q.tokens.end;
    let before = q.tokens.start;
    let norm = |i: usize| tokens.get(i).map_or("", |t| t.norm.as_str());
    if is_offset(tokens, before, end) {
        return None;
    }
    // "a 30-day ceasefire", "two-and-a-half-hour telephone call": the unit glued by a hyphen.
    let hyphenated = end >= 2 && norm(end - 2) == "-" && glued(tokens, end - 2);
    if hyphenated {
        // The noun the compound modifies: its first word ("30-day ceasefire proposal": the
        // ceasefire).
        if tokens.get(end).is_some_and(is_event_word) {
            return Some(named(tokens, &[end]));
        }
    }
    // "90 minutes of talks", "zwei Stunden Gespräche" are rare; "of" is the common form.
    if lexicon::one_of(norm(end), "of von") {
        if let Some(i) = (end + 1..tokens.len().min(end + 3)).find(|&i| is_event_word(&tokens[i])) {
            return Some(named(tokens, &[i]));
        }
    }
    // "the call lasted over two hours", "the conversation, which lasted about an hour".
    let verb = (before.saturating_sub(2)..before).rev().find(|&i| lexicon::is_lasting_verb(norm(i)));
    if let Some(verb) = verb {
        return match subject_before(tokens, verb) {
            Subject::At(i) => Some(named(tokens, &[i])),
            Subject::None => None,
            Subject::Before(open) => {
                let previous = previous?;
                let i = subject_in_previous(previous, open)?;
                Some(named(previous, &[i]))
            }
        };
    }
    // "halt strikes on energy infrastructure for 30 days": the words before "for".
    if matches!(norm(before.wrapping_sub(1)), "for" | "für" | "на") && before >= 1 {
        let mut words: Vec<usize> = Vec::new();
        for i in (0..before - 1).rev() {
            if words.len() == FOR_EVENT_WORDS
                || tokens[i].kind == TokenKind::Punct
                || lexicon::is_speech_verb(norm(i))
            {
                break;
            }
            if is_event_word(&tokens[i]) {
                words.push(i);
            }
        }
        words.reverse();
        if !words.is_empty() {
            return Some(named(tokens, &words));
        }
    }
    // "sentenced to 22 years", "sentenced him to 22 years in prison", "cut to five days": the
    // verb the term is set by, and the place it is spent in ("20 years in prison").
    let to = before.checked_sub(1).filter(|&t| norm(t) == "to");
    // One word between the verb and "to" may be its object: a pronoun or a name.
    let object = |o: usize| lexicon::one_of(norm(o), "him her them") || tokens[o].capitalised;
    let verb = to.and_then(|t| t.checked_sub(1)).and_then(|v| {
        if norm(v).ends_with("ed") {
            Some(v)
        } else {
            v.checked_sub(1).filter(|_| object(v))
        }
    });
    let setter = verb.filter(|&v| norm(v).ends_with("ed") && is_event_word(&tokens[v]));
    let place = (lexicon::one_of(norm(end), "in behind") && tokens.get(end + 1).is_some_and(is_event_word))
        .then_some(end + 1);
    let events: Vec<usize> = setter.into_iter().chain(place).collect();
    if !events.is_empty() {
        return Some(named(tokens, &events));
    }
    None
}

fn glued(tokens: &[Token], dash: usize) -> bool {
    dash > 0
        && tokens.get(dash + 1).is_some_and(|next| {
            tokens[dash - 1].range.end == tokens[dash].range.start
                && tokens[dash].range.end == next.range.start
        })
}

/// A duration placing something in time rather than measuring it: "two weeks ago", "an hour
/// later", "in three days", "within a week", "vor drei Tagen", "через два дня".
fn is_offset(tokens: &[Token], start: usize, end: usize) -> bool {
    let after = tokens.get(end).map_or("", |t| t.norm.as_str());
    let before = start.checked_sub(1).and_then(|i| tokens.get(i)).map_or("", |t| t.norm.as_str());
    // "searched for three hours before nightfall" measures; "three hours before" alone places.
    let measured = lexicon::one_of(before, "for für на") || lexicon::is_lasting_verb(before);
    !measured && lexicon::one_of(after, "ago later earlier after before from old назад спустя später")
        || lexicon::one_of(before, "in within after vor nach innerhalb через после спустя every each")
}

/// A word that can name an event: a content word that is no number, name, unit or speech verb;
/// in German or Russian, a noun the event list knows ("Telefonat", "перемирие").
fn is_event_word(token: &Token) -> bool {
    if is_foreign(token) {
        return token.kind == TokenKind::Word && lexicon::event_concept(&token.norm).is_some();
    }
    token.kind == TokenKind::Word
        && token.content
        && !token.capitalised
        && lexicon::duration_unit(&token.norm).is_none()
        && !lexicon::is_speech_verb(&token.norm)
        && lexicon::number_word(&token.norm).is_none()
}

/// Where the subject of a verb of lasting is.
enum Subject {
    At(usize),
    None,
    /// Before the opening mark of a parenthesis begun in the previous sentence.
    Before(&'static str),
}

/// The noun a verb of lasting is said of: back from the verb over "which"/"that", commas and a
/// parenthesis set off by dashes, to the nearest event word.
fn subject_before(tokens: &[Token], verb: usize) -> Subject {
    let mut i = verb;
    while i > 0 {
        i -= 1;
        let t = &tokens[i];
        if lexicon::one_of(&t.norm, "which that , der die das который которая которое") {
            continue;
        }
        if t.norm == "-" || t.norm == ")" {
            let open = if t.norm == ")" { "(" } else { "-" };
            match (0..i).rev().find(|&j| tokens[j].norm == open) {
                Some(opening) => {
                    i = opening;
                    continue;
                }
                // The parenthesis opened in the sentence before (the segmenter split it at an
                // abbreviation such as "10 a.m."): its subject is there.
                None => return Subject::Before(open),
            }
        }
        if is_event_word(t) {
            return Subject::At(i);
        }
        // A German or Russian clause: look further back for a noun the event list knows.
        if t.kind == TokenKind::Word
            && (!t.norm.is_ascii() || t.capitalised)
            && verb - i <= FOREIGN_SUBJECT_WORDS
        {
            continue;
        }
        return Subject::None;
    }
    Subject::None
}

/// The event word right before the last `open` mark of the previous sentence.
fn subject_in_previous(previous: &[Token], open: &str) -> Option<usize> {
    let opening = (0..previous.len()).rev().find(|&j| previous[j].norm == open)?;
    (0..opening)
        .rev()
        .take_while(|&j| previous[j].kind != TokenKind::Punct)
        .find(|&j| is_event_word(&previous[j]))
}

// --- dates -------------------------------------------------------------------------------------

/// The days, dates and times a sentence names, with their token ranges.
pub fn sentence_days(text: &str, tokens: &[Token]) -> Vec<(Range<usize>, Day)> {
    let mut found: Vec<(Range<usize>, Day)> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match day_at(text, tokens, i) {
            Some((end, day)) if !day.is_empty() => {
                // "Tuesday, March 18": one date.
                let joins = found.last().is_some_and(|(r, d)| {
                    let gap = tokens[r.end..i].iter().all(|t| t.norm == "," || t.norm == "the");
                    gap && (d.weekday.is_some() != day.weekday.is_some()
                        || d.minutes.is_some() != day.minutes.is_some())
                });
                match found.last_mut() {
                    Some((range, previous)) if joins => {
                        range.end = end;
                        merge(previous, &day);
                    }
                    _ => found.push((i..end, day)),
                }
                i = end.max(i + 1);
            }
            _ => i += 1,
        }
    }
    found
}

fn merge(into: &mut Day, from: &Day) {
    into.year = into.year.or(from.year);
    into.month = into.month.or(from.month);
    into.day = into.day.or(from.day);
    into.weekday = into.weekday.or(from.weekday);
    into.minutes = into.minutes.or(from.minutes);
}

/// Whether the token is written as a name: with a capital, and no common noun of German.
fn is_written_name(text: &str, token: &Token) -> bool {
    written_capitalised(text, token) && !token.common_noun
}

/// Whether the token is written with a capital (a month or weekday name in English or German).
fn written_capitalised(text: &str, token: &Token) -> bool {
    text.get(token.range.clone()).and_then(|s| s.chars().next()).is_some_and(char::is_uppercase)
}

fn number_at(tokens: &[Token], i: usize) -> Option<f64> {
    let t = tokens.get(i)?;
    (t.kind == TokenKind::Number).then(|| decimal::parse(&t.stem)).flatten()
}

fn day_of_month(tokens: &[Token], i: usize) -> Option<u8> {
    let v = number_at(tokens, i)?;
    let whole = v.fract() == 0.0 && (1.0..=31.0).contains(&v) && !tokens[i].norm.contains(['.', ',']);
    whole.then_some(v as u8)
}

fn year_at(tokens: &[Token], i: usize) -> Option<i32> {
    let v = number_at(tokens, i)?;
    quantity::is_year(tokens, i).then_some(v as i32)
}

/// A month name the text really uses as one: capitalised in English and German ("March", not
/// "march" or "may"), any case in Russian.
fn month_token(text: &str, tokens: &[Token], i: usize) -> Option<u8> {
    let t = tokens.get(i)?;
    let month = lexicon::month_of(&t.norm)?;
    (!t.norm.is_ascii() && !t.norm.starts_with("m") || written_capitalised(text, t)).then_some(month)
}

/// The date or time starting at token `i`, and the token after it.
fn day_at(text: &str, tokens: &[Token], i: usize) -> Option<(usize, Day)> {
    let t = &tokens[i];
    let norm = |j: usize| tokens.get(j).map_or("", |t| t.norm.as_str());
    if let Some(weekday) = lexicon::weekday_of(&t.norm) {
        let capital_ok = !t.norm.is_ascii() || written_capitalised(text, t);
        return capital_ok.then_some((i + 1, Day { weekday: Some(weekday), ..Day::default() }));
    }
    if let Some(month) = month_token(text, tokens, i) {
        // "March 18, 2025", "Feb. 28", "March 2025", "March".
        let mut at = i + 1 + usize::from(norm(i + 1) == ".");
        let mut day = Day { month: Some(month), ..Day::default() };
        if let Some(d) = day_of_month(tokens, at) {
            day.day = Some(d);
            at += 1;
            let comma = usize::from(norm(at) == ",");
            if let Some(y) = year_at(tokens, at + comma) {
                day.year = Some(y);
                at += comma + 1;
            }
        } else if let Some(y) = year_at(tokens, at) {
            day.year = Some(y);
            at += 1;
        } else {
            // "in July.": the period ends the sentence, not an abbreviation.
            at = i + 1;
        }
        return Some((at, day));
    }
    if t.kind != TokenKind::Number {
        return None;
    }
    // "2025-03-18"
    if let (Some(y), true, Some(m), true, Some(d)) = (
        year_at(tokens, i),
        norm(i + 1) == "-",
        day_of_month(tokens, i + 2),
        norm(i + 3) == "-",
        day_of_month(tokens, i + 4),
    ) {
        if m <= 12 && glued(tokens, i + 1) && glued(tokens, i + 3) {
            return Some((i + 5, Day { year: Some(y), month: Some(m), day: Some(d), ..Day::default() }));
        }
    }
    // "18.03.2025" (one token)
    if let Some(day) = dotted_date(&t.norm) {
        return Some((i + 1, day));
    }
    // "18 March 2025", "18. März", "18 марта 2025 года"
    let dot = usize::from(norm(i + 1) == ".");
    if let (Some(d), Some(month)) = (day_of_month(tokens, i), month_token(text, tokens, i + 1 + dot)) {
        let mut at = i + 2 + dot;
        let mut day = Day { day: Some(d), month: Some(month), ..Day::default() };
        if let Some(y) = year_at(tokens, at) {
            day.year = Some(y);
            at += 1;
            if lexicon::one_of(norm(at), "года г") {
                at += 1;
            }
        }
        return Some((at, day));
    }
    // "10 a.m.", "10:30", "9.30 Uhr", "1930 GMT" (no year)
    if let Some((minutes, end)) = quantity::clock_time(tokens, i) {
        return Some((end, Day { minutes: Some(minutes), ..Day::default() }));
    }
    // "in 2019", "since 2017", "im Jahr 2019", "в 2019 году"
    if let Some(y) = year_at(tokens, i) {
        let before = i.checked_sub(1).map_or("", |j| tokens[j].norm.as_str());
        let after = norm(i + 1);
        let dated = lexicon::one_of(before, "in since until by from of im seit bis jahr в с до")
            || lexicon::one_of(after, "года году год г");
        if dated {
            let end = i + 1 + usize::from(lexicon::one_of(after, "года году год г"));
            return Some((end, Day { year: Some(y), ..Day::default() }));
        }
    }
    None
}

fn dotted_date(norm: &str) -> Option<Day> {
    let mut parts = norm.split('.');
    // All three parts parsed as one integer type: one parser in the bundle.
    let mut next = || parts.next()?.parse::<i32>().ok();
    let (d, m, y) = (next()?, next()?, next()?);
    let valid = (1..=31).contains(&d) && (1..=12).contains(&m) && (1900..2100).contains(&y);
    let day = Day { year: Some(y), month: Some(m as u8), day: Some(d as u8), ..Day::default() };
    (valid && parts.next().is_none()).then_some(day)
}

// --- quotes ------------------------------------------------------------------------------------

/// `names`: the words the account writes as names anywhere, sorted (see [`written_names`]).
fn quote_fact(
    account: &AnalysedAccount,
    names: &[&str],
    sentence: usize,
    range: Range<usize>,
) -> Option<Quote> {
    let s = account.sentences.get(sentence)?;
    let tokens = s.tokens.get(range.clone())?;
    let (mut words, mut norms, mut concepts, mut synonyms) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut negated = false;
    for t in tokens.iter().filter(|t| t.kind != TokenKind::Punct) {
        words.push(account.text.get(t.range.clone()).unwrap_or_default().to_string());
        norms.push(t.norm.clone());
        if t.content {
            concepts.push(t.concept.clone());
            if !t.senses.is_empty() {
                synonyms.push((t.concept.clone(), t.senses));
            }
        }
        negated |= lexicon::is_negation(&t.norm);
    }
    // A short run of capitalised words in quotation marks is a name or a title ("the \"Blue
    // Line\" task force"), not a quote.
    let name =
        words.len() <= NAME_WORDS && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase));
    if words.len() < 2 || name {
        return None;
    }
    // Sorted, each once: compared in one merge.
    sort_values(&mut concepts);
    concepts.dedup();
    let mut numbers = Vec::new();
    for q in &s.quantities {
        if q.tokens.start >= range.start && q.tokens.end <= range.end {
            numbers.push(format_number(q.value));
        }
    }
    let speaker = speaker(account, names, sentence, &range);
    Some(Quote { words, norms, concepts, synonyms, negated, numbers, speaker })
}

/// The source credited in the sentence (the one nearest the quote, by its names or else its
/// words), else the name the sentence opens with ("The White House hailed it as…", "Mayor Berg
/// visited the dam and said…"), else the source credited in the nearest sentence that credits
/// one. A verb of speech inside quotation marks is the quoted speaker's word, and credits no one.
/// A source is named by its names when its head is one ("Kremlin spokesman Dmitry Peskov"), else
/// by its words ("the Dutch minister"); in another sentence than the quote's it must hold a name.
fn speaker(
    account: &AnalysedAccount,
    written_names: &[&str],
    sentence: usize,
    quote: &Range<usize>,
) -> String {
    let text = &account.text;
    // The words of `indices` that may name a speaker: names only, or (`named_only` false, for a
    // source such as "the regional governor") every word but function words.
    let words_of = |s: &AnalysedSentence, indices: &[usize], named_only: bool| -> Option<String> {
        let mut words: Vec<&str> = Vec::new();
        for t in indices.iter().filter_map(|&t| s.tokens.get(t)) {
            // "He briefly told…": an adverb is no part of a source.
            let name = t.kind == TokenKind::Word
                && (!named_only || is_written_name(text, t))
                && t.content
                && !t.norm.ends_with("ly");
            if let Some(word) = text.get(t.range.clone()).filter(|_| name) {
                words.push(word);
            }
        }
        (!words.is_empty()).then(|| words.join(" "))
    };
    let names = |s: &AnalysedSentence, indices: &[usize]| words_of(s, indices, true);
    // Its names when the last of its words is one, else its words.
    let source = |s: &AnalysedSentence, indices: &[usize]| {
        let head_named =
            indices.last().and_then(|&t| s.tokens.get(t)).is_some_and(|t| is_written_name(text, t));
        words_of(s, indices, head_named)
    };
    let source_of = |i: usize, named_only: bool| -> Option<String> {
        let s = account.sentences.get(i)?;
        credits(s).into_iter().find_map(|a| {
            let named = !named_only || names(s, &a.source).is_some();
            source(s, &a.source).filter(|_| named)
        })
    };
    if let Some(s) = account.sentences.get(sentence) {
        let credits = credits(s);
        // The credited source nearest the quote ("According to the Kremlin, Putin said: '…'").
        let gap = |source: &[usize]| {
            let (first, last) = (source.first().copied().unwrap_or(0), source.last().copied().unwrap_or(0));
            first.saturating_sub(quote.end).max(quote.start.saturating_sub(last))
        };
        // "the mayor said, according to a Reuters reporter" is the mayor's.
        let nearest = credits.iter().filter(|a| !a.source.is_empty()).min_by_key(|a| gap(&a.source));
        if let Some(found) = nearest.and_then(|a| source(s, &a.source)) {
            return found;
        }
        // The sentence's opening name, when it stands before the quote and no verb of speech
        // credits someone else ("In Paris, he said…" is not Paris's), or one credits the
        // subject of a verb before it ("Berg looked tired and said…", "und sagte", "и сказал").
        let coordinated = credits.iter().any(|a| {
            a.source.is_empty()
                && a.cue.checked_sub(1).is_some_and(|i| lexicon::one_of(&s.tokens[i].norm, "and und и"))
        });
        let end = if credits.is_empty() || coordinated { quote.start.min(s.tokens.len()) } else { 0 };
        let mut start = 0;
        while start < end && lexicon::one_of(s.tokens[start].norm.as_str(), "the a an") {
            start += 1;
        }
        let mut opening = Vec::new();
        for i in start..end {
            if s.tokens[i].kind != TokenKind::Word || !written_capitalised(text, &s.tokens[i]) {
                break;
            }
            opening.push(i);
        }
        // "Instead, the FOMC will…": an opening word set off by a comma is an adverbial ("Anna
        // Berg, the minister, said…" is a name and its apposition).
        if opening.len() == 1 && s.tokens.get(opening[0] + 1).is_some_and(|t| t.norm == ",") {
            opening.clear();
        }
        // A sentence's first word is capitalised anyway: it is a name only if the account
        // writes it as one elsewhere ("Putin"; not "Zudem" or "Moreover").
        if opening.first() == Some(&0) && written_names.binary_search(&s.tokens[0].norm.as_str()).is_err() {
            opening.remove(0);
        }
        if let Some(found) = names(s, &opening) {
            return found;
        }
    }
    // A quote left open at its sentence's end goes on in the next sentences, which have no
    // quotation marks of their own, to the one that closes it: its source is credited there
    // ("“I found my house like this. What am I going to do? … nothing,” a resident said").
    let open = account.sentences.get(sentence).is_some_and(|s| quote.end >= s.tokens.len());
    for next in (sentence + 1..=sentence + OPEN_QUOTE_SENTENCES).take_while(|_| open) {
        let Some(s) = account.sentences.get(next) else { break };
        // Where it closes, the source is the quote's own: a name is not needed.
        if let Some(found) = source_of(next, s.quotes.is_empty()) {
            return found;
        }
        if !s.quotes.is_empty() {
            break;
        }
    }
    // A quote closed in a sentence crediting no one is the source's of a sentence before in its
    // paragraph ("X said on Monday. “…”"), not of one after.
    let starts_paragraph = |i: usize| {
        let (Some(previous), Some(this)) =
            (account.sentences.get(i.wrapping_sub(1)), account.sentences.get(i))
        else {
            return true;
        };
        text.get(previous.range.end..this.range.start).is_some_and(|gap| gap.matches('\n').count() > 1)
    };
    let mut at = sentence;
    for _ in 0..SPEAKER_SENTENCES {
        if starts_paragraph(at) {
            break;
        }
        at -= 1;
        if let Some(found) = source_of(at, true) {
            return found;
        }
    }
    String::new()
}

/// The attributions of a sentence whose verb of speech stands outside its quotes.
fn credits(s: &AnalysedSentence) -> Vec<&Attribution> {
    let quoted = |cue: usize| s.quotes.iter().any(|q| q.contains(&cue));
    s.attributions.iter().filter(|a| !quoted(a.cue)).collect()
}

/// The slot of a quote: its speaker's words, lower-cased, with titles and function words left
/// out ("Kremlin spokesman Dmitry Peskov": kremlin, dmitry, peskov).
fn speaker_slot(speaker: &str) -> (Vec<String>, Vec<String>) {
    let mut words: Vec<String> = Vec::new();
    for w in speaker.split_whitespace() {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if w.chars().next().is_some_and(char::is_uppercase) {
            let lower = case::lower(w);
            if !lexicon::is_stop_word(&lower) {
                words.push(lower);
            }
        }
    }
    if words.is_empty() {
        // An unnamed source ("regional governor"): all its words.
        words = speaker.split_whitespace().map(case::lower).collect();
    }
    let written = if speaker.is_empty() { Vec::new() } else { vec![speaker.to_string()] };
    (words, written)
}

// --- context -----------------------------------------------------------------------------------

/// Token indices of the sentence's content words outside `own`: no names, numbers, dates, units
/// or speech verbs.
fn context_words(sentence: &AnalysedSentence, own: &Range<usize>) -> Vec<usize> {
    let mut words = Vec::new();
    for (i, t) in sentence.tokens.iter().enumerate() {
        let context = !own.contains(&i)
            && t.kind == TokenKind::Word
            && t.content
            && (!t.is_name() || lexicon::event_concept(&t.norm).is_some())
            && !lexicon::is_speech_verb(&t.norm)
            && !lexicon::is_time_word(&t.norm)
            && lexicon::weekday_of(&t.norm).is_none()
            && lexicon::month_of(&t.norm).is_none()
            && lexicon::number_word(&t.norm).is_none()
            && lexicon::duration_unit(&t.norm).is_none();
        if context {
            words.push(i);
        }
    }
    words
}

/// What an amount or a share at `q` measures (see [`Fact::measure`]), from the context words
/// (`candidates`) of its sentence: the one right after "of" or "in" after it, or the first in
/// its clause (which ends at a comma, semicolon, colon, bracket or dash, and at "while",
/// "whereas" or "but").
fn measured(candidates: &[(usize, String)], q: &Quantity, tokens: &[Token]) -> Option<String> {
    let context_at = |i: usize| candidates.iter().find(|(t, _)| *t == i).map(|(_, c)| c.clone());
    let end = q.tokens.end;
    let of = tokens.get(end).is_some_and(|t| lexicon::one_of(&t.norm, "of in von der des"));
    if of {
        let article = tokens.get(end + 1).is_some_and(|t| lexicon::one_of(&t.norm, "the a an"));
        if let Some(noun) = context_at(end + 1 + usize::from(article)) {
            return Some(noun);
        }
    }
    let ends_clause =
        |t: &Token| lexicon::one_of(&t.norm, ", ; : ( ) - while whereas but während aber а но пока");
    let start = tokens[..q.tokens.start].iter().rposition(ends_clause).map_or(0, |i| i + 1);
    candidates.iter().find(|(t, _)| (start..q.tokens.start).contains(t)).map(|(_, c)| c.clone())
}

fn context(candidates: &[(usize, String)], own: &Range<usize>) -> Vec<String> {
    let mut concepts: Vec<String> = Vec::new();
    for (t, c) in candidates {
        if !own.contains(t) {
            concepts.push(c.clone());
        }
    }
    sort_values(&mut concepts);
    concepts.dedup();
    concepts
}
