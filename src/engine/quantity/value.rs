//! The quantity type: what a quantity measures ([`QuantityKind`]), what the words around its
//! number say about the true value ([`Bound`]), the [`Quantity`] found in a sentence, and its
//! value as a reader would write it ("over 2 hours", "3 to 4 hours", "$180 billion", "175
//! each"). A leaf: the other modules of `quantity` import it, it imports none of them.

use std::ops::Range;

use crate::engine::{decimal, lexicon};

/// What a quantity measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuantityKind {
    /// A count of things (unit: the thing), or a bare number.
    Count,
    /// Money, in dollars.
    Money,
    /// A share, in percent.
    Percent,
    /// A length of time, in hours.
    Duration,
    /// A calendar year or day of month.
    Date,
}

/// What the words around a number say about the true value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bound {
    /// No bound word: the value as stated.
    Exact,
    /// "about", "some", "around", "roughly", "etwa", "около", "or so".
    About,
    /// "nearly", "almost", "fast", "почти": a little below the value.
    Nearly,
    /// "over", "more than", "über", "более", "-plus": above the value.
    Over,
    /// "at least", "no fewer than", "or more", "mindestens", "не менее".
    AtLeast,
    /// "under", "fewer than", "less than", "weniger als", "менее": below the value.
    Under,
    /// "up to", "at most", "as many as", "bis zu", "до", "не более".
    AtMost,
    /// A range, "three to four hours", "3-4": from `value` to `high`.
    Between,
    /// A vague plural, "dozens", "hundreds", "Hunderte", "сотни": from `value` to `high`.
    Vague,
    /// A score or a vote's tally, "3-1", "52-48", "2:0": `value` against `high`, one fact.
    Tally,
}

/// A quantity found in a sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct Quantity {
    /// The value in the kind's base unit (hours for durations); the low end of a range.
    pub value: f64,
    /// The high end of a range or vague plural, in the same unit (`value` otherwise).
    pub high: f64,
    /// The words bounding the value.
    pub bound: Bound,
    pub kind: QuantityKind,
    /// Concept of the counted noun ("prisoner"), empty when none follows.
    pub unit: String,
    /// The number counts per party ("175 each"), so a total is a multiple of it.
    pub each: bool,
    /// Token index of a hedge before the number ("over", "about", "more than").
    pub hedge: Option<usize>,
    /// Token index of the number itself (after any hedge or currency sign).
    pub number: usize,
    /// Token indices the quantity spans (hedge, number words, unit).
    pub tokens: Range<usize>,
}

impl Quantity {
    /// The value as a reader would write it, in the quantity's base unit.
    pub fn describe(&self) -> String {
        self.describe_value(self.value)
    }

    /// The value in the unit it was written in (90 for "90 minutes").
    pub fn value_in_unit(&self) -> f64 {
        match (self.kind, lexicon::duration_hours(&self.unit)) {
            (QuantityKind::Duration, Some(hours)) => self.value / hours,
            _ => self.value,
        }
    }

    /// `value` (in the base unit) written like this quantity's value.
    pub fn describe_value(&self, value: f64) -> String {
        let number = format_large(value);
        match self.kind {
            QuantityKind::Money => {
                let sign = match self.unit.as_str() {
                    "usd" => "$",
                    "eur" => "€",
                    "gbp" => "£",
                    "jpy" => "¥",
                    "rub" => "RUB ",
                    "cny" => "CNY ",
                    "inr" => "₹",
                    _ => "",
                };
                format!("{sign}{number}")
            }
            QuantityKind::Percent => number + "%",
            QuantityKind::Duration => self.describe_duration(value),
            QuantityKind::Count | QuantityKind::Date => number,
        }
    }

    /// The value with its bound, as a reader would write it: "over 2 hours", "3 to 4 hours",
    /// "175 each".
    pub fn describe_bounded(&self) -> String {
        let value = self.describe();
        let mut text = match self.bound {
            Bound::Between => format!("{value} to {}", self.describe_value(self.high)),
            Bound::Tally => format!("{value}-{}", self.describe_value(self.high)),
            Bound::Vague => {
                format!("{} ({value} to {})", vague_word(self.value), self.describe_value(self.high))
            }
            bound => bound_word(bound).to_string() + &value,
        };
        if self.each {
            text.push_str(" each");
        }
        text
    }
}

impl Quantity {
    /// A duration (`value` in hours) in the unit a reader would use for its length, so that
    /// values written in different units read alike: "90 minutes" is "1.5 hours", "a 30-day"
    /// pause "30 days", "18 months" "18 months".
    fn describe_duration(&self, value: f64) -> String {
        let unit = match value {
            v if v < 1.0 => "minute",
            v if v < 48.0 => "hour",
            v if v < 1460.0 => "day",
            v if v < 2.0 * 8766.0 && (v / 730.0).fract() == 0.0 => "month",
            v if v < 8766.0 => "day",
            _ if (value / 8766.0).fract() == 0.0 || (value / 730.0).fract() != 0.0 => "year",
            _ => "month",
        };
        let count = value / lexicon::duration_hours(unit).unwrap_or(1.0);
        let plural = if count == 1.0 { "" } else { "s" };
        format!("{} {unit}{plural}", format_number(count))
    }
}

/// The words a reader would write before a value with this bound ("over ", "up to "); none
/// for an exact value or a range.
fn bound_word(bound: Bound) -> &'static str {
    match bound {
        Bound::About => "about ",
        Bound::Nearly => "nearly ",
        Bound::Over => "over ",
        Bound::AtLeast => "at least ",
        Bound::Under => "under ",
        Bound::AtMost => "up to ",
        Bound::Exact | Bound::Between | Bound::Vague | Bound::Tally => "",
    }
}

/// The English word of a vague plural by its lowest value ("dozens" for 24).
fn vague_word(low: f64) -> &'static str {
    match low {
        v if v < 24.0 => "tens",
        v if v < 200.0 => "dozens",
        v if v < 2000.0 => "hundreds",
        _ => "thousands",
    }
}

/// Formats a value with a scale word when it is large ("180 billion", "2.5 million").
pub fn format_large(value: f64) -> String {
    const SCALES: [(f64, &str); 3] = [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")];
    match SCALES.iter().find(|(scale, _)| value.abs() >= *scale) {
        Some((scale, word)) => format!("{} {word}", format_number(value / scale)),
        None => format_number(value),
    }
}

/// Formats a value without trailing zeros ("2.5", "175", "180000000000").
pub fn format_number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        decimal::fixed_2(value).trim_end_matches('0').trim_end_matches('.').to_string()
    }
}
