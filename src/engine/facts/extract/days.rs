//! Days, dates and times of day as a sentence writes them, in English, German and Russian
//! ("Tuesday", "March 18, 2025", "18. März", "18 марта 2025 года", "2025-03-18", "18.03.2025",
//! "10 a.m.", "10:30"): the [`Day`] type (what two days share, whether they differ, how a reader
//! writes one), the days of a sentence with their token ranges, and whether a date follows a
//! speech verb and so dates a statement ("officials said on Monday") rather than the event.

use std::ops::Range;

use super::words::written_capitalised;
use crate::engine::analyse::{Token, TokenKind};
use crate::engine::decimal;
use crate::engine::lexicon;
use crate::engine::quantity;
use crate::engine::token::{glued, norm_at};

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
            // As u32, whose printing the bundle has anyway (u16's would be code of its own).
            let m = u32::from(m);
            parts.push(format!("{}:{:02}", m / 60, m % 60));
        }
        parts.join(", ")
    }

    fn is_empty(&self) -> bool {
        *self == Day::default()
    }
}

/// Whether the date starting at token `start` follows a speech verb ("said on Monday", "sagte
/// am Montag", "заявил в понедельник").
pub(super) fn follows_speech_verb(tokens: &[Token], start: usize) -> bool {
    let before = tokens[..start].iter().rev().find(|t| !lexicon::one_of(&t.norm, "on at late early am в во"));
    before.is_some_and(|t| lexicon::is_speech_verb(&t.norm))
}

/// The days, dates and times a sentence names, with their token ranges.
pub(super) fn sentence_days(text: &str, tokens: &[Token]) -> Vec<(Range<usize>, Day)> {
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
    if let Some(weekday) = lexicon::weekday_of(&t.norm) {
        let capital_ok = !t.norm.is_ascii() || written_capitalised(text, t);
        return capital_ok.then_some((i + 1, Day { weekday: Some(weekday), ..Day::default() }));
    }
    if let Some(month) = month_token(text, tokens, i) {
        // "March 18, 2025", "Feb. 28", "March 2025", "March".
        let mut at = i + 1 + usize::from(norm_at(tokens, i + 1) == ".");
        let mut day = Day { month: Some(month), ..Day::default() };
        if let Some(d) = day_of_month(tokens, at) {
            day.day = Some(d);
            at += 1;
            let comma = usize::from(norm_at(tokens, at) == ",");
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
        norm_at(tokens, i + 1) == "-",
        day_of_month(tokens, i + 2),
        norm_at(tokens, i + 3) == "-",
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
    let dot = usize::from(norm_at(tokens, i + 1) == ".");
    if let (Some(d), Some(month)) = (day_of_month(tokens, i), month_token(text, tokens, i + 1 + dot)) {
        let mut at = i + 2 + dot;
        let mut day = Day { day: Some(d), month: Some(month), ..Day::default() };
        if let Some(y) = year_at(tokens, at) {
            day.year = Some(y);
            at += 1;
            if lexicon::one_of(norm_at(tokens, at), "года г") {
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
        let after = norm_at(tokens, i + 1);
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
