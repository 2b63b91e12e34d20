//! The fact type: one fact of one account, what it says ([`Value`]: an amount, a day or a
//! quote), the slot it fills, its context, occasion, era, names and place, and the value as a
//! reader would write it.

use std::ops::Range;

use super::days::Day;
use super::quotes::Quote;
use crate::engine::eras::Era;
use crate::engine::model::FactKind;
use crate::engine::quantity::Quantity;

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
    /// The span of time a count is of, when its clause says ("97,000 vehicles last quarter":
    /// "quarter"; "255,200 so far": "to date"; "needs to deliver 104,800": "to come").
    pub period: Option<&'static str>,
    /// The claim group of the fact's sentence, for a duration or a date that is its sentence's
    /// only one: two such durations of one claim are of one event however each names it
    /// ("searched for 90 minutes", "rescuers worked for 1.5 hours"), and two such dates may
    /// conflict. Set by the fact sheet.
    pub claim: Option<usize>,
    /// For a date: whether it dates a statement ("officials said on Monday"), which accounts
    /// published at different times may date differently, rather than the event.
    pub dates_a_statement: bool,
    /// The event the fact is of: the one reported, or an earlier one the sentence recalls.
    pub era: Era,
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
