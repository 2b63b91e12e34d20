//! Quantities in a sentence, normalised so that accounts can be compared as numbers:
//! "two-and-a-half hours" = 2.5 h, "a third of the homes" = 33.3%, "30-day" = 30 days, "$180
//! billion" = 1.8e11 USD, "1,300", "175 prisoners … each", in English, German and Russian
//! ("zweieinhalb Stunden", "полтора часа", "175 военнопленных"). Durations are kept in hours; a
//! share of a whole is a percentage; an age ("46-year-old", "aged 46") is a count of [`AGE`];
//! the unit of any other count is the concept of the noun it counts: the head of the noun phrase after the number
//! ("23 badly wounded soldiers" counts soldiers), German and Russian nouns mapped to the English
//! concept. The words bounding a number ("over", "up to", "mindestens", "около", "or more",
//! "three to four") are read into a [`Bound`]; what a bound admits is `facts::bounds`' business.

use std::ops::Range;

use super::token::{Token, TokenKind};
use super::{decimal, lexicon};

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

/// Whether the token at `start` is part of a number written with hyphens or a colon
/// ("2017-09-22", "3-2", "6:30"), a date, a score or a clock time, or of a name ("COVID-19"):
/// not a quantity of its own.
fn continues_a_number(tokens: &[Token], start: usize) -> bool {
    let glued = |a: &Token, b: &Token| a.range.end == b.range.start;
    let joined = |number: &Token, mark: &Token, this: &Token, marks: &str| {
        number.kind == TokenKind::Number
            && lexicon::one_of(&mark.norm, marks)
            && glued(number, mark)
            && glued(mark, this)
    };
    let rest = match start.checked_sub(2).and_then(|i| tokens.get(i..=start)) {
        Some([number, mark, this]) => joined(number, mark, this, "- :"),
        _ => false,
    };
    // "COVID-19", "F-16", "Су-35": a number glued by a hyphen to a word is part of a name; not
    // to a scale's word ("magnitude-6.4").
    let named = match start.checked_sub(2).and_then(|i| tokens.get(i..=start)) {
        Some([word, mark, this]) => {
            word.kind == TokenKind::Word
                && mark.norm == "-"
                && glued(word, mark)
                && glued(mark, this)
                && !lexicon::is_measure_word(&word.norm)
        }
        _ => false,
    };
    // "6:30 p.m.": the hour of a clock time (not the first number of a score, "2:0").
    rest || named || clock_time(tokens, start).is_some()
}

/// Every quantity in the tokens of one sentence, in order.
pub fn find_quantities(tokens: &[Token]) -> Vec<Quantity> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match parse_quantity(tokens, i) {
            Some(q) => {
                i = q.tokens.end.max(i + 1);
                found.push(q);
            }
            None => i += 1,
        }
    }
    found
}

fn parse_quantity(tokens: &[Token], start: usize) -> Option<Quantity> {
    if continues_a_number(tokens, start) {
        return None;
    }
    if let Some(share) = share_of_whole(tokens, start) {
        return Some(share);
    }
    let (value, after_number) = parse_number(tokens, start)?;
    if names_or_tells_time(tokens, start) {
        return None;
    }
    if let Some(tally) = tally(tokens, start) {
        return Some(tally);
    }
    let (value, after_scale) = apply_scales(tokens, after_number, value);
    // "$300m", "£40k": after a currency sign, "m" and "k" are scales, not metres or thousands of
    // anything else.
    let money = start.checked_sub(1).is_some_and(|i| currency_sign(&tokens[i].norm).is_some());
    let (value, after_scale) = match tokens.get(after_scale).map(|t| t.norm.as_str()) {
        Some("m") if money => (value * 1e6, after_scale + 1),
        Some("k") if money => (value * 1e3, after_scale + 1),
        _ => (value, after_scale),
    };
    let (high, after_range) = match range_end(tokens, start, after_scale) {
        Some((high, after)) if high > value => (Some(high), after),
        _ => (None, after_scale),
    };
    let currency = start.checked_sub(1).and_then(|i| currency_sign(&tokens[i].norm));
    // "100 or more prisoners": the bound between the number and its noun.
    let early_bound = bound_after(tokens, after_range)
        .filter(|(_, at)| tokens.get(*at).is_some_and(|t| t.kind == TokenKind::Word && t.content));
    let unit_from = early_bound.map_or(after_range, |(_, at)| at);
    let (kind, unit, end) = classify_unit(tokens, start, unit_from, currency, value > 1.0);
    let scale = match kind {
        QuantityKind::Duration => lexicon::duration_hours(&unit).unwrap_or(1.0),
        QuantityKind::Percent if basis_points(tokens, unit_from) => 0.01,
        _ => 1.0,
    };
    // "an hour and a half", "two days and a half": the fraction after the unit.
    let (value, end) = match and_a_fraction(tokens, end) {
        Some((fraction, after)) if kind == QuantityKind::Duration && high.is_none() => {
            (value + fraction, after)
        }
        _ => (value, end),
    };
    // "two hours and 30 minutes", "11 years and three months", "1 час 15 минут".
    let (value, end) = match smaller_duration_after(tokens, end, scale) {
        Some((hours, after)) if kind == QuantityKind::Duration && high.is_none() => {
            (value + hours / scale, after)
        }
        _ => (value, end),
    };
    let vague = lexicon::vague_number(&tokens[start].norm).filter(|_| after_number == start + 1);
    let (before, hedge) = match bound_before(tokens, start - usize::from(currency.is_some())) {
        Some((bound, first)) => (bound, Some(first)),
        None => (Bound::Exact, None),
    };
    // "возросло до 15": a change's end point after a verb in the past tense, not "up to".
    let (before, hedge) = match hedge {
        Some(first) if tokens[first].norm == "до" && follows_past_verb(tokens, first) => {
            (Bound::Exact, None)
        }
        _ => (before, hedge),
    };
    // "phased in over three years": "over" a period, not a bound; "lasted over two hours",
    // "for over a week", "more than two hours" are bounds.
    let (before, hedge) = match hedge {
        Some(first)
            if kind == QuantityKind::Duration
                && tokens[first].norm == "over"
                && !bounds_duration(tokens, first) =>
        {
            (Bound::Exact, None)
        }
        _ => (before, hedge),
    };
    let after = early_bound.or_else(|| bound_after(tokens, end));
    let (bound, high) = match (high, vague, after) {
        (Some(high), _, _) => (Bound::Between, high),
        (None, Some(high), _) => (Bound::Vague, high),
        (None, None, Some((bound, _))) if before == Bound::Exact => (bound, value),
        _ => (before, value),
    };
    let end = if early_bound.is_some() { end } else { after.map_or(end, |(_, after_end)| after_end) };
    Some(Quantity {
        value: value * scale,
        high: high * scale,
        bound,
        kind,
        each: says_each(tokens, start, end),
        hedge,
        number: start,
        tokens: hedge.unwrap_or(start)..end,
        unit,
    })
}

/// Whether the number at `start` names something ("train no. 13174", "Nr. 5", "№ 3") or is
/// a time of day (see [`clock_time`]), not a quantity.
fn names_or_tells_time(tokens: &[Token], start: usize) -> bool {
    let before = |back: usize| start.checked_sub(back).map(|i| tokens[i].norm.as_str());
    let named = before(1) == Some("№")
        || before(1) == Some(".") && before(2).is_some_and(|w| lexicon::one_of(w, "no nr nos"));
    named || clock_time(tokens, start).is_some()
}

/// A score or a vote's tally at `start` ("won 3-1", "voted 7-2", "52-48", "2:0"): two whole
/// numbers glued by a hyphen, the second no higher than the first (a range rises: "10-15
/// people"), or by a colon, the second of two digits at most; neither a year ("2017-09-22") nor part of a longer chain.
fn tally(tokens: &[Token], start: usize) -> Option<Quantity> {
    let whole = |i: usize| {
        tokens.get(i).filter(|t| t.kind == TokenKind::Number && t.norm.bytes().all(|b| b.is_ascii_digit()))
    };
    let (first, mark, second) = (whole(start)?, tokens.get(start + 1)?, whole(start + 2)?);
    let glued = first.range.end == mark.range.start && mark.range.end == second.range.start;
    let (value, high) = (decimal::parse(&first.stem)?, decimal::parse(&second.stem)?);
    // "52:48", not a scale's "1:100".
    let joined = mark.norm == ":" && second.norm.len() <= 2 || mark.norm == "-" && high <= value;
    let chained = tokens
        .get(start + 3)
        .is_some_and(|t| lexicon::one_of(&t.norm, "- :") && t.range.start == second.range.end);
    (glued && joined && !chained && !is_year(tokens, start)).then(|| Quantity {
        value,
        high,
        bound: Bound::Tally,
        kind: QuantityKind::Count,
        unit: String::new(),
        each: false,
        hedge: None,
        number: start,
        tokens: start..start + 3,
    })
}

/// How a clock time writes its hour and minutes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum TimeForm {
    /// "10"
    Hour,
    /// "10:25" (three tokens)
    Colon,
    /// "9.30": a point before two digits of minutes
    Dotted,
    /// "1025": four digits
    Compact,
}

/// The time of day starting at token `i`, in minutes after midnight, and the token after it.
/// A clock time is an hour with what marks it as one: "a.m." or "pm" ("10 a.m.", "11 pm"),
/// "Uhr" or "o'clock", a time zone ("1025 GMT", "9.30 UTC", "0645 local time", "21.30 по
/// московскому времени"), or a Russian hour after "в" ("в 9 часов утра"); minutes after a colon
/// make one alone ("10:25"), and so do minutes after a point in German or Russian, after a
/// preposition of time ("um 9.30", "в 21.30"; English "at 10.25" may be a decimal).
pub fn clock_time(tokens: &[Token], i: usize) -> Option<(u16, usize)> {
    let (hour, minute, at, form) = written_time(tokens, i)?;
    let norm = |j: usize| tokens.get(j).map_or("", |t| t.norm.as_str());
    let before = i.checked_sub(1).map_or("", |j| tokens[j].norm.as_str());
    let meridiem = meridiem(tokens, at).filter(|_| (1..=12).contains(&hour) && form != TimeForm::Compact);
    let (hour, end) = if let Some((pm, end)) = meridiem {
        (hour % 12 + if pm { 12 } else { 0 }, end)
    } else if lexicon::one_of(norm(at), "uhr o'clock") {
        (hour, at + 1)
    } else if form == TimeForm::Hour && before == "в" && lexicon::one_of(norm(at), "час часа часов")
    {
        // "в 9 часов вечера": the part of the day after the hour.
        let afternoon = lexicon::one_of(norm(at + 1), "дня вечера") && hour < 12;
        let part = lexicon::one_of(norm(at + 1), "утра дня вечера ночи");
        (hour + if afternoon { 12 } else { 0 }, at + 1 + usize::from(part))
    } else if time_zone_end(tokens, at).is_some()
        || form == TimeForm::Colon
        || form == TimeForm::Dotted && lexicon::one_of(before, "um gegen ab bis в к с до")
    {
        (hour, at)
    } else {
        return None;
    };
    let minutes = hour * 60 + minute;
    (minutes < 24 * 60).then(|| (minutes, time_zone_end(tokens, end).unwrap_or(end)))
}

/// The hour and minutes written at token `i` ("10", "10:25", "9.30", "1025"), the token after
/// them and their form.
fn written_time(tokens: &[Token], i: usize) -> Option<(u16, u16, usize, TimeForm)> {
    let t = tokens.get(i).filter(|t| t.kind == TokenKind::Number)?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let colon_minutes = tokens
        .get(i + 2)
        .filter(|m| tokens[i + 1].norm == ":" && m.norm.len() == 2 && digits(&m.norm) && digits(&t.norm));
    let norm = t.norm.as_str();
    let (h, m, at, form) = match (norm.split_once('.'), colon_minutes) {
        (Some((h, m)), _) if h.len() <= 2 && m.len() == 2 && digits(h) && digits(m) => {
            (h, m, i + 1, TimeForm::Dotted)
        }
        (None, Some(m)) => (norm, m.norm.as_str(), i + 3, TimeForm::Colon),
        (None, None) if norm.len() == 4 && digits(norm) => (&norm[..2], &norm[2..], i + 1, TimeForm::Compact),
        (None, None) if norm.len() <= 2 && digits(norm) => (norm, "0", i + 1, TimeForm::Hour),
        _ => return None,
    };
    // One integer type parsed in the bundle (see `facts::extract`'s dates).
    let (hour, minute) = (h.parse::<i32>().ok()?, m.parse::<i32>().ok()?);
    ((0..=24).contains(&hour) && (0..60).contains(&minute)).then_some((hour as u16, minute as u16, at, form))
}

/// "am", "pm", or "a.m.", "p.m." at token `at`: whether it is after noon, and the token after it.
fn meridiem(tokens: &[Token], at: usize) -> Option<(bool, usize)> {
    let norm = |j: usize| tokens.get(j).map_or("", |t| t.norm.as_str());
    let (pm, end) = match norm(at) {
        "am" | "pm" => (norm(at) == "pm", at + 1),
        "a" | "p" if norm(at + 1) == "." && norm(at + 2) == "m" => (norm(at) == "p", at + 3),
        _ => return None,
    };
    Some((pm, end + usize::from(norm(end) == ".")))
}

/// The token after a time zone at `at`: an abbreviation ("GMT", "MEZ", "мск"), "local time",
/// "Ortszeit", or "по … времени" ("по московскому времени").
fn time_zone_end(tokens: &[Token], at: usize) -> Option<usize> {
    let norm = |j: usize| tokens.get(j).map_or("", |t| t.norm.as_str());
    if lexicon::is_time_zone(norm(at)) || norm(at) == "ortszeit" {
        Some(at + 1)
    } else if norm(at) == "local" && norm(at + 1) == "time" {
        Some(at + 2)
    } else {
        (norm(at) == "по" && norm(at + 2) == "времени").then_some(at + 3)
    }
}

/// A fraction of a whole, as a share in percent: "a third of the homes", "one-quarter of",
/// "two-thirds of", "half of", "zwei Drittel der", "die Hälfte der", "треть домов". The
/// fraction needs a numerator (an article or a number word) and what it is a share of after
/// it, so "the first quarter" and "half an hour" are none.
fn share_of_whole(tokens: &[Token], start: usize) -> Option<Quantity> {
    let first = &tokens[start];
    if first.kind != TokenKind::Word {
        return None;
    }
    let numerator = match lexicon::number_word(&first.norm) {
        Some(n) if (1.0..10.0).contains(&n) => Some(n),
        _ if lexicon::one_of(&first.norm, "a an one ein eine die") => Some(1.0),
        _ => None,
    };
    // "half of", "треть домов": the fraction opens the quantity on its own.
    let (numerator, at) = match numerator {
        Some(n) => (n, start + 1 + usize::from(tokens.get(start + 1).is_some_and(|t| t.norm == "-"))),
        None if lexicon::one_of(&first.norm, "half hälfte") || !first.norm.is_ascii() => (1.0, start),
        None => return None,
    };
    let fraction = tokens.get(at)?;
    let denominator = lexicon::fraction_denominator(&fraction.norm)?;
    let whole = tokens.get(at + 1)?;
    // Of a unit ("half of an hour", "a quarter of a percentage point") it is an amount of the
    // unit, not a share.
    let unit = |t: &Token| {
        lexicon::duration_unit(&t.norm).is_some()
            || lexicon::one_of(&t.norm, "percentage point points percent")
    };
    // "the second half of the match": a part, not a share.
    let ordinal_before =
        start.checked_sub(1).is_some_and(|i| lexicon::one_of(&tokens[i].norm, "the first second final last"));
    let of_a_whole = if fraction.norm.is_ascii() {
        lexicon::one_of(&whole.norm, "of der des aller")
            && !ordinal_before
            && tokens.get(at + 2).is_some_and(|t| !unit(t))
            && tokens.get(at + 3).is_none_or(|t| !unit(t))
    } else {
        whole.kind == TokenKind::Word && whole.content && lexicon::duration_unit(&whole.norm).is_none()
    };
    if !of_a_whole {
        return None;
    }
    let value = 100.0 * numerator / denominator;
    Some(Quantity {
        value,
        high: value,
        bound: Bound::Exact,
        kind: QuantityKind::Percent,
        unit: "percent".to_string(),
        each: false,
        hedge: None,
        number: start,
        tokens: start..at + 1,
    })
}

/// The rest of a duration written in two units, after the first ("… and 30 minutes", "… und
/// 15 Minuten", "… 15 минут"): its length in hours and the token index after it, when its
/// unit is shorter than the first's (`unit_hours`).
fn smaller_duration_after(tokens: &[Token], at: usize, unit_hours: f64) -> Option<(f64, usize)> {
    let at = at + usize::from(tokens.get(at).is_some_and(|t| lexicon::one_of(&t.norm, "and und и ,")));
    if tokens.get(at).is_none_or(|t| t.kind == TokenKind::Punct) {
        return None;
    }
    let (value, after) = parse_number(tokens, at)?;
    let unit = lexicon::duration_unit(&tokens.get(after)?.norm)?;
    let hours = lexicon::duration_hours(unit)?;
    (hours < unit_hours).then_some((value * hours, after + 1))
}

/// Whether the word before token `at` is a Russian verb in the past tense ("возросло",
/// "выросла", "увеличились").
fn follows_past_verb(tokens: &[Token], at: usize) -> bool {
    let previous = at.checked_sub(1).map_or("", |i| tokens[i].norm.as_str());
    ["ло", "ла", "ли", "лся", "лась", "лось", "лись"].iter().any(|ending| previous.ends_with(ending))
}

/// Whether "over" at `over`, before a duration, bounds it: after a verb of lasting, "for",
/// "of", "in", "took", or opening a clause.
fn bounds_duration(tokens: &[Token], over: usize) -> bool {
    let Some(previous) = over.checked_sub(1).map(|i| &tokens[i]) else { return true };
    lexicon::one_of(previous.norm.as_str(), ", ; : ( -")
        || lexicon::is_lasting_verb(&previous.norm)
        || lexicon::one_of(previous.norm.as_str(), "for of in just well after to")
}

/// "$", "€", "£" before a number: the currency it is in.
fn currency_sign(norm: &str) -> Option<&'static str> {
    match norm {
        "$" | "usd" => Some("usd"),
        "€" | "eur" => Some("eur"),
        "£" | "gbp" => Some("gbp"),
        _ => None,
    }
}

/// Whether the words at `at` name basis points ("25bps", "50 basis points"), hundredths of a
/// percentage point.
fn basis_points(tokens: &[Token], at: usize) -> bool {
    let unit = tokens.get(at).map_or("", |t| t.norm.as_str());
    unit == "bps"
        || unit == "basis" && tokens.get(at + 1).is_some_and(|t| lexicon::one_of(&t.norm, "point points"))
}

/// The high end of a range after a number: "three to four", "3-4", "3 bis 4", "3–4", "two or
/// three". Not after "from" ("rose from 60 to 72" is a change, not a range) nor after "by"
/// ("raised by 0.25% to 4.75%" is a change, then a level).
fn range_end(tokens: &[Token], start: usize, at: usize) -> Option<(f64, usize)> {
    // "5% to 5.25%": the unit may stand after each end.
    let at = if tokens.get(at).is_some_and(|t| t.norm == "%") { at + 1 } else { at };
    let joiner = tokens.get(at)?.norm.as_str();
    let from = start.checked_sub(1).map(|i| tokens[i].norm.as_str());
    // "between 5 and 5.25", "a range of 5.00 and 5.25".
    let between = from.is_some_and(|f| lexicon::one_of(f, "between zwischen между"))
        || (from == Some("of") && start.checked_sub(2).is_some_and(|i| tokens[i].norm == "range"));
    let joins =
        lexicon::one_of(joiner, "to - bis or oder или") || between && lexicon::one_of(joiner, "and und и");
    if !joins {
        return None;
    }
    if from.is_some_and(|f| lexicon::one_of(f, "from von с от by um на"))
        && !lexicon::one_of(joiner, "- or oder или")
    {
        return None;
    }
    if joiner == "-" && tokens.get(at + 1).is_some_and(|t| t.range.start != tokens[at].range.end) {
        return None;
    }
    let next = tokens.get(at + 1)?;
    if next.kind == TokenKind::Punct {
        return None;
    }
    let (high, after) = parse_number(tokens, at + 1)?;
    // "49.1% or 57,976,538 votes": a share and a count, not a range.
    let percent_low = tokens.get(at - 1).is_some_and(|t| t.norm == "%");
    if percent_low && tokens.get(after).is_none_or(|t| t.norm != "%" && !lexicon::is_percent_word(&t.norm)) {
        return None;
    }
    Some(apply_scales(tokens, after, high))
}

/// A number written with digits or words, with an optional "and a half" / "and a quarter".
fn parse_number(tokens: &[Token], start: usize) -> Option<(f64, usize)> {
    let token = &tokens[start];
    let (mut value, mut next) = match token.kind {
        TokenKind::Number => mixed_number(tokens, start)?,
        TokenKind::Word => word_number(tokens, start)?,
        TokenKind::Punct => return None,
    };
    if let Some((fraction, after)) = and_a_fraction(tokens, next) {
        value += fraction;
        next = after;
    }
    Some((value, next))
}

/// A number in digits, with the fraction that may follow a whole one: "22 1/2" is 22.5.
fn mixed_number(tokens: &[Token], start: usize) -> Option<(f64, usize)> {
    let (whole, next) = digits_or_fraction(tokens, start)?;
    if next == start + 1
        && whole.fract() == 0.0
        && tokens.get(next).is_some_and(|t| t.kind == TokenKind::Number)
    {
        if let Some((part, after)) =
            digits_or_fraction(tokens, next).filter(|&(part, after)| after == next + 3 && part < 1.0)
        {
            return Some((whole + part, after));
        }
    }
    Some((whole, next))
}

/// "1,300", "2.5", or a fraction written "1/4".
fn digits_or_fraction(tokens: &[Token], start: usize) -> Option<(f64, usize)> {
    let value = decimal::parse(&tokens[start].stem)?;
    let glued = |i: usize| tokens.get(i).filter(|t| t.range.start == tokens[i - 1].range.end);
    match (glued(start + 1), glued(start + 2)) {
        (Some(slash), Some(denominator)) if slash.norm == "/" && denominator.kind == TokenKind::Number => {
            let below = decimal::parse(&denominator.stem).filter(|&d| d > 0.0)?;
            Some((value / below, start + 3))
        }
        _ => Some((value, start + 1)),
    }
}

/// "two", "twenty-five", "a quarter", "a dozen", "half".
fn word_number(tokens: &[Token], start: usize) -> Option<(f64, usize)> {
    let norm = tokens[start].norm.as_str();
    if article_before_unit(tokens, start) {
        // "about an hour", "for a day", "etwa eine Stunde": one unit, the article standing for
        // the number.
        return Some((1.0, start + 1));
    }
    if norm == "a" || norm == "an" {
        let next = tokens.get(start + 1)?;
        let value = match lexicon::scale_word(&next.norm) {
            Some(scale) => scale,
            None => lexicon::number_word(&next.norm).filter(|&v| v < 1.0 || v == 12.0)?,
        };
        return Some((value, start + 2));
    }
    let value = lexicon::number_word(norm)?;
    // "half an hour", "half a day": the article belongs to the unit.
    let article_then_unit = tokens.get(start + 1).is_some_and(|t| lexicon::one_of(&t.norm, "a an"))
        && tokens.get(start + 2).is_some_and(|t| lexicon::duration_unit(&t.norm).is_some());
    if norm == "half" && article_then_unit {
        return Some((value, start + 2));
    }
    let pronoun_one = norm == "one" && !next_is_number_like(tokens, start);
    if pronoun_one || value < 1.0 && !preceded_by_article(tokens, start) {
        return None;
    }
    let units = |t: &Token| lexicon::number_word(&t.norm).filter(|&u| (1.0..10.0).contains(&u));
    let tens = (20.0..100.0).contains(&value) && (value / 10.0).fract() == 0.0;
    match (tokens.get(start + 1), tokens.get(start + 2)) {
        // "twenty-five"
        (Some(dash), Some(unit)) if dash.norm == "-" && tens => match units(unit) {
            Some(u) => Some((value + u, start + 3)),
            None => Some((value, start + 1)),
        },
        // "twenty five", "двадцать пять"
        (Some(unit), _) if tens && unit.kind == TokenKind::Word => match units(unit) {
            Some(u) => Some((value + u, start + 2)),
            None => Some((value, start + 1)),
        },
        _ => Some((value, start + 1)),
    }
}

/// An indefinite article before a unit of time, read as "one" only after a bound or a verb
/// of lasting ("about an hour", "lasted a day", "etwa eine Stunde"): "an hour later" is no
/// quantity.
fn article_before_unit(tokens: &[Token], start: usize) -> bool {
    let article = lexicon::one_of(tokens[start].norm.as_str(), "a an ein eine einer einen один одна одну");
    if !article {
        return false;
    }
    // "a second time", "a second round": an ordinal, not a unit.
    let ordinal =
        tokens.get(start + 2).is_some_and(|t| lexicon::one_of(&t.norm, "time round term half place"));
    let unit = tokens.get(start + 1).is_some_and(|t| lexicon::duration_unit(&t.norm).is_some()) && !ordinal;
    let before = start.checked_sub(1).map_or("", |i| tokens[i].norm.as_str());
    let lasting = lexicon::is_lasting_verb(before) || lexicon::one_of(before, "for für на");
    unit && (lasting || bound_before(tokens, start).is_some())
}

/// "one hour", "one-and-a-half": "one" counts only when a unit or fraction follows it.
fn next_is_number_like(tokens: &[Token], start: usize) -> bool {
    let unit = |t: &Token| t.kind == TokenKind::Word && lexicon::duration_unit(&t.norm).is_some();
    // "one-and-a-half", "one-hour"; not "one-time", "one-sided".
    let hyphened = |t: &Token| t.norm == "and" || unit(t) || lexicon::number_word(&t.norm).is_some();
    match (tokens.get(start + 1), tokens.get(start + 2)) {
        (Some(dash), Some(next)) if dash.norm == "-" => hyphened(next),
        (Some(t), _) => unit(t),
        _ => false,
    }
}

fn preceded_by_article(tokens: &[Token], start: usize) -> bool {
    start > 0 && lexicon::one_of(tokens[start - 1].norm.as_str(), "a an one")
}

/// "and a half", "-and-a-half", "and a quarter" after a number.
fn and_a_fraction(tokens: &[Token], at: usize) -> Option<(f64, usize)> {
    // The first three words from `at` (hyphens skipped), within six tokens.
    let mut words = [(0, ""); 3];
    let mut found = 0;
    for (i, token) in tokens.iter().enumerate().take(at + 6).skip(at) {
        if found < 3 && token.norm != "-" {
            words[found] = (i, token.norm.as_str());
            found += 1;
        }
    }
    match &words[..found] {
        [(_, "and"), (_, "a"), (last, fraction @ ("half" | "quarter"))] => {
            Some((lexicon::number_word(fraction)?, last + 1))
        }
        [(_, "с"), (last, "половиной"), ..] => Some((0.5, last + 1)),
        _ => None,
    }
}

/// "180 billion", "2 million": multiplies by scale words.
fn apply_scales(tokens: &[Token], mut at: usize, mut value: f64) -> (f64, usize) {
    while let Some(scale) = tokens.get(at).and_then(|t| lexicon::scale_word(&t.norm)) {
        value *= scale;
        // The period of an abbreviated scale ("1,5 Mio. Euro", "5 тыс. человек").
        let period =
            tokens.get(at + 1).is_some_and(|t| t.norm == "." && t.range.start == tokens[at].range.end);
        at += 1 + usize::from(period && tokens.get(at + 2).is_some());
    }
    (value, at)
}

/// The kind and unit of a number from what follows it ("hours", "-day", "%", "percent",
/// "prisoners", "Stunden", "процентов") or precedes it (a month name makes a date).
fn classify_unit(
    tokens: &[Token],
    start: usize,
    at: usize,
    currency: Option<&str>,
    plural_count: bool,
) -> (QuantityKind, String, usize) {
    if let Some(currency) = currency {
        return (QuantityKind::Money, currency.to_string(), at);
    }
    let after_year_word =
        start.checked_sub(1).is_some_and(|i| lexicon::one_of(&tokens[i].norm, BEFORE_A_YEAR));
    if after_time_word(tokens, start) || after_year_word && is_year(tokens, start) {
        return (QuantityKind::Date, String::new(), at);
    }
    let unit_at = if tokens.get(at).is_some_and(|t| t.norm == "-") { at + 1 } else { at };
    // "18. März": a day number, its dot, then the month.
    let month_at = if tokens.get(unit_at).is_some_and(|t| t.norm == ".") { unit_at + 1 } else { unit_at };
    if tokens.get(month_at).is_some_and(|t| lexicon::month_of(&t.norm).is_some()) {
        return (QuantityKind::Date, String::new(), at);
    }
    // "dozens of prisoners", "175 of the prisoners", "сотни из": the noun after "of".
    let of = tokens.get(unit_at).is_some_and(|t| lexicon::one_of(t.norm.as_str(), "of из"));
    let unit_at = if of {
        let after_of = unit_at + 1;
        after_of
            + usize::from(
                tokens.get(after_of).is_some_and(|t| lexicon::one_of(t.norm.as_str(), "the these those")),
            )
    } else {
        unit_at
    };
    if after_age_word(tokens, start) && !of {
        return (QuantityKind::Count, AGE.to_string(), at);
    }
    let Some(unit) = tokens.get(unit_at) else {
        return bare_number(tokens, start, at);
    };
    let norm = unit.norm.as_str();
    if norm == "%" || lexicon::is_percent_word(norm) || norm == "per" && next_is(tokens, unit_at, "cent") {
        let end = unit_at + 1 + usize::from(norm == "per");
        return (QuantityKind::Percent, "percent".to_string(), end);
    }
    if basis_points(tokens, unit_at) {
        let end = unit_at + 1 + usize::from(norm == "basis");
        return (QuantityKind::Percent, "percent".to_string(), end);
    }
    if unit.kind != TokenKind::Word || !unit.content && lexicon::duration_unit(norm).is_none() {
        return bare_number(tokens, start, at);
    }
    if let Some(canonical) = lexicon::duration_unit(norm).filter(|_| !of) {
        if let Some(end) = years_old(tokens, canonical, unit_at) {
            return (QuantityKind::Count, AGE.to_string(), end);
        }
        return (QuantityKind::Duration, canonical.to_string(), unit_at + 1);
    }
    let head = head_noun(tokens, unit_at, plural_count);
    let word = &tokens[head];
    if of && word.capitalised && lexicon::counted_concept(&word.norm).is_none() {
        // "a quarter of Ukraine": a share of a place, not a count.
        return bare_number(tokens, start, at);
    }
    if let Some(currency) = lexicon::currency_word(&word.norm) {
        return (QuantityKind::Money, currency.to_string(), head + 1);
    }
    let foreign = !word.norm.is_ascii() || word.capitalised;
    let concept =
        lexicon::counted_concept(&word.norm).filter(|_| foreign).unwrap_or_else(|| word.concept.clone());
    (QuantityKind::Count, concept, head + 1)
}

/// The unit of a count that is someone's age in years ("a 46-year-old driver", "aged 46").
pub const AGE: &str = "age";

/// Whether a number follows a word that says it is an age: "aged 46", "age 46", "im Alter
/// von 46", "в возрасте 46 лет".
fn after_age_word(tokens: &[Token], start: usize) -> bool {
    let before = |back: usize| start.checked_sub(back).map(|i| tokens[i].norm.as_str());
    before(1).is_some_and(lexicon::is_age_word)
        || before(1) == Some("von") && before(2).is_some_and(lexicon::is_age_word)
}

/// The token index after the words that make a number of years an age: "46-year-old", "46
/// years old", "46 Jahre alt", "der 46-Jährige" (the noun; the lower-case adjective may be a
/// duration, "der 30-jährige Krieg").
fn years_old(tokens: &[Token], unit: &str, unit_at: usize) -> Option<usize> {
    if unit != "year" {
        return None;
    }
    if tokens[unit_at].capitalised && tokens[unit_at].norm.starts_with("jährig") {
        return Some(unit_at + 1);
    }
    let old_at = unit_at + 1 + usize::from(tokens.get(unit_at + 1).is_some_and(|t| t.norm == "-"));
    tokens.get(old_at).filter(|t| lexicon::one_of(&t.norm, "old alt")).map(|_| old_at + 1)
}

/// Content words after a number read for its head noun.
const HEAD_WORDS: usize = 4;

/// The head of the noun phrase starting at `at`: modifiers before it are skipped ("badly
/// wounded soldiers", "critically injured Ukrainian troops", "ukrainische Gefangene",
/// "тяжелораненых военнослужащих"). A modifier is an adverb in "-ly", a participle in "-ed"
/// or "-ing", a capitalised nationality-like word, a lower-case German word before a capitalised
/// noun, or a Russian adjective form; each only when another content word follows it. After a
/// count above one, an English noun used as a modifier too ("two riverside villages").
fn head_noun(tokens: &[Token], at: usize, plural_count: bool) -> usize {
    let mut head = at;
    for _ in 0..HEAD_WORDS {
        let Some(next) = tokens.get(head + 1) else { break };
        let word = &tokens[head];
        let next_is_word =
            next.kind == TokenKind::Word && next.content && !lexicon::is_speech_verb(&next.norm);
        if !next_is_word || !is_modifier(word, next, plural_count) {
            break;
        }
        head += 1;
    }
    head
}

fn is_modifier(word: &Token, next: &Token, plural_count: bool) -> bool {
    let norm = word.norm.as_str();
    let ascii = norm.is_ascii();
    let measure = lexicon::one_of(norm, "square cubic metric nautical");
    let english_modifier = ascii
        && (norm.ends_with("ly") || norm.ends_with("ed") || norm.ends_with("ing") && norm.len() > 5)
        && norm.len() > 3;
    let nationality =
        word.capitalised && ["ian", "ese", "ish", "ean", "an"].iter().any(|s| norm.ends_with(s));
    let lower_before_noun = |t: &Token, n: &Token| {
        let surface_upper = |t: &Token| t.capitalised;
        !surface_upper(t) && surface_upper(n) && lexicon::is_german_adjective(&t.norm)
    };
    let russian_adjective = lexicon::is_russian_adjective(norm)
        && next.norm.chars().next().is_some_and(|c| ('а'..='я').contains(&c) || c == 'ё')
        && next.norm.chars().count() > 3;
    // Many of a thing are named by a plural: a singular word before a plural one, after a count
    // above one, is a noun that modifies it ("30 energy facilities", "two riverside villages").
    let noun_adjunct = plural_count
        && ascii
        && !word.capitalised
        && !next.capitalised
        && next.norm.is_ascii()
        && !looks_plural(norm)
        && looks_plural(&next.norm);
    measure
        || english_modifier
        || nationality
        || noun_adjunct
        || lower_before_noun(word, next)
        || russian_adjective
}

/// An English word with a plural's ending ("villages", "facilities"; not "glass", "status").
fn looks_plural(norm: &str) -> bool {
    norm.len() > 3
        && norm.ends_with('s')
        && !norm.ends_with("ss")
        && !norm.ends_with("us")
        && !norm.ends_with("is")
}

fn next_is(tokens: &[Token], at: usize, norm: &str) -> bool {
    tokens.get(at + 1).is_some_and(|t| t.norm == norm)
}

/// "Feb. 28 White House meeting": a number right after a month name is a date, whatever word
/// follows it (after a day's name it is not: "said Monday 12 people died"; "Tuesday 18 March"
/// is a date by its month).
fn after_time_word(tokens: &[Token], start: usize) -> bool {
    tokens[..start].iter().rev().find(|t| t.norm != ".").is_some_and(|t| lexicon::month_of(&t.norm).is_some())
}

fn bare_number(tokens: &[Token], start: usize, at: usize) -> (QuantityKind, String, usize) {
    let kind = if is_year(tokens, start) { QuantityKind::Date } else { QuantityKind::Count };
    (kind, String::new(), at)
}

/// Whether a number is written like a year of our times ("1998", "2024").
pub fn is_year(tokens: &[Token], start: usize) -> bool {
    tokens[start].kind == TokenKind::Number
        && tokens[start].norm.len() == 4
        && (1900.0..2100.0).contains(&decimal::parse(&tokens[start].stem).unwrap_or(0.0))
}

/// Prepositions, and the word "year", after which a year-like number is a year, whatever word
/// follows it ("a storm in 1998 killed…", "seit 2014", "с 2014 года", "im Jahr 2010 waren").
const BEFORE_A_YEAR: &str =
    "in since until by before after during im seit bis vor nach в с до после year jahr";

/// Bound phrases before a number, longest first: (words, separated by spaces; bound).
const BOUNDS_BEFORE: &[(&str, Bound)] = &[
    ("a maximum of", Bound::AtMost),
    ("a minimum of", Bound::AtLeast),
    ("no more than", Bound::AtMost),
    ("not more than", Bound::AtMost),
    ("no fewer than", Bound::AtLeast),
    ("no less than", Bound::AtLeast),
    ("not less than", Bound::AtLeast),
    ("as many as", Bound::AtMost),
    ("as much as", Bound::AtMost),
    ("more than", Bound::Over),
    ("upwards of", Bound::Over),
    ("in excess of", Bound::Over),
    ("at least", Bound::AtLeast),
    ("at most", Bound::AtMost),
    ("up to", Bound::AtMost),
    ("fewer than", Bound::Under),
    ("less than", Bound::Under),
    ("close to", Bound::Nearly),
    ("just over", Bound::Over),
    ("just under", Bound::Under),
    ("well over", Bound::Over),
    ("an estimated", Bound::About),
    ("mehr als", Bound::Over),
    ("weniger als", Bound::Under),
    ("bis zu", Bound::AtMost),
    ("более чем", Bound::Over),
    ("больше чем", Bound::Over),
    ("менее чем", Bound::Under),
    ("меньше чем", Bound::Under),
    ("не менее", Bound::AtLeast),
    ("не меньше", Bound::AtLeast),
    ("как минимум", Bound::AtLeast),
    ("не более", Bound::AtMost),
    ("не больше", Bound::AtMost),
    ("over", Bound::Over),
    ("above", Bound::Over),
    ("exceeding", Bound::Over),
    ("about", Bound::About),
    ("around", Bound::About),
    ("roughly", Bound::About),
    ("approximately", Bound::About),
    ("approx", Bound::About),
    ("some", Bound::About),
    ("circa", Bound::About),
    ("estimated", Bound::About),
    ("nearly", Bound::Nearly),
    ("almost", Bound::Nearly),
    ("under", Bound::Under),
    ("below", Bound::Under),
    ("über", Bound::Over),
    ("gut", Bound::Over),
    ("mindestens", Bound::AtLeast),
    ("wenigstens", Bound::AtLeast),
    ("höchstens", Bound::AtMost),
    ("maximal", Bound::AtMost),
    ("unter", Bound::Under),
    ("fast", Bound::Nearly),
    ("beinahe", Bound::Nearly),
    ("knapp", Bound::Nearly),
    ("nahezu", Bound::Nearly),
    ("etwa", Bound::About),
    ("rund", Bound::About),
    ("ungefähr", Bound::About),
    ("zirka", Bound::About),
    ("ca", Bound::About),
    ("более", Bound::Over),
    ("больше", Bound::Over),
    ("свыше", Bound::Over),
    ("минимум", Bound::AtLeast),
    ("до", Bound::AtMost),
    ("максимум", Bound::AtMost),
    ("менее", Bound::Under),
    ("меньше", Bound::Under),
    ("почти", Bound::Nearly),
    ("около", Bound::About),
    ("примерно", Bound::About),
    ("приблизительно", Bound::About),
    ("порядка", Bound::About),
];

/// Bound phrases after a number (and its unit): "or more", "or so", "plus".
const BOUNDS_AFTER: &[(&str, Bound)] = &[
    ("or more", Bound::AtLeast),
    ("or so", Bound::About),
    ("or fewer", Bound::AtMost),
    ("or less", Bound::AtMost),
    ("oder mehr", Bound::AtLeast),
    ("und mehr", Bound::AtLeast),
    ("или более", Bound::AtLeast),
    ("и более", Bound::AtLeast),
    ("с лишним", Bound::Over),
    ("plus", Bound::Over),
];

/// The bound phrase right before the number at `start` (an abbreviation's "." skipped, "ca."),
/// and its first token.
fn bound_before(tokens: &[Token], start: usize) -> Option<(Bound, usize)> {
    let before = &tokens[..start.min(tokens.len())];
    let skip_dot = usize::from(before.last().is_some_and(|t| t.norm == "."));
    let before = &before[..before.len() - skip_dot];
    BOUNDS_BEFORE.iter().find_map(|&(phrase, bound)| {
        let first = before.len().checked_sub(phrase.split(' ').count())?;
        let dotted_alone = skip_dot == 1 && !lexicon::one_of(phrase, "ca approx");
        (says(&before[first..], phrase) && !dotted_alone).then_some((bound, first))
    })
}

/// The bound phrase right after the quantity ending at `end`, and the token after it.
fn bound_after(tokens: &[Token], end: usize) -> Option<(Bound, usize)> {
    let at = if tokens.get(end).is_some_and(|t| t.norm == "-") { end + 1 } else { end };
    BOUNDS_AFTER.iter().find_map(|&(phrase, bound)| {
        let end = at + phrase.split(' ').count();
        says(tokens.get(at..end)?, phrase).then_some((bound, end))
    })
}

/// Whether `tokens` are the words of `phrase` (separated by spaces), one for one.
fn says(tokens: &[Token], phrase: &str) -> bool {
    tokens.iter().zip(phrase.split(' ')).all(|(t, w)| t.norm == w)
}

/// "each", "apiece", "per side", "a piece" near the number, within its clause.
fn says_each(tokens: &[Token], start: usize, end: usize) -> bool {
    let clause = |range: Range<usize>| -> bool {
        let window = &tokens[range];
        window.iter().any(|t| lexicon::one_of(t.norm.as_str(), "each apiece jeweils jede каждая"))
            || window.windows(2).any(|w| {
                let side = lexicon::one_of(w[1].norm.as_str(), "side sides party country");
                side && lexicon::one_of(w[0].norm.as_str(), "per every all either")
            })
    };
    let before_start = (start.saturating_sub(4)..start)
        .rev()
        .take_while(|&i| tokens[i].kind != TokenKind::Punct)
        .last()
        .unwrap_or(start);
    let after_end = (end..tokens.len().min(end + 5))
        .take_while(|&i| tokens[i].kind != TokenKind::Punct)
        .last()
        .map_or(end, |i| i + 1);
    // "je 150 Gefangene", "по 150 военнопленных": a distributive word right before the number.
    let distributive =
        start.checked_sub(1).is_some_and(|i| lexicon::one_of(tokens[i].norm.as_str(), "je по"));
    distributive || clause(before_start..start) || clause(end..after_end)
}

#[cfg(test)]
mod tests {
    use super::super::analyse::analyse_sentence;
    use super::*;

    fn quantities(text: &str) -> Vec<Quantity> {
        analyse_sentence(text, 0..text.len()).quantities
    }

    fn one(text: &str) -> Quantity {
        let found = quantities(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        found.into_iter().next().unwrap_or_else(|| unreachable!())
    }

    #[test]
    fn word_numbers_and_fractions() {
        let q = one("The call lasted two-and-a-half hours.");
        assert_eq!((q.value, q.kind), (2.5, QuantityKind::Duration));
        let q = one("It produces a quarter of the power.");
        assert_eq!((q.value, q.kind), (25.0, QuantityKind::Percent));
        assert_eq!(one("Some twenty-five people came.").value, 25.0);
        assert_eq!(one("a dozen drones").value, 12.0);
        assert_eq!(one("roughly 1/4 of exports").value, 0.25);
    }

    #[test]
    fn shares_of_a_whole_are_percentages() {
        let share = |text: &str| {
            let q = one(text);
            (q.kind, (q.value * 100.0).round() / 100.0)
        };
        assert_eq!(share("Two-thirds of the homes were lost."), (QuantityKind::Percent, 66.67));
        assert_eq!(share("A third of the homes were lost."), (QuantityKind::Percent, 33.33));
        assert_eq!(share("Half of the staff left."), (QuantityKind::Percent, 50.0));
        assert_eq!(share("Ein Drittel der Häuser ist zerstört."), (QuantityKind::Percent, 33.33));
        assert_eq!(share("Треть домов разрушена."), (QuantityKind::Percent, 33.33));
        // A part of an hour, or of a year, is a duration or nothing.
        let q = one("The talks took half an hour.");
        assert_eq!((q.kind, q.value), (QuantityKind::Duration, 0.5));
        assert!(quantities("Sales rose in the first quarter of the year.").is_empty());
        assert!(quantities("He spent half of the day in court.")
            .iter()
            .all(|q| q.kind != QuantityKind::Percent));
    }

    #[test]
    fn numbers_as_german_and_russian_write_them() {
        let value = |text: &str| one(text).value;
        assert_eq!(value("Etwa 3.000 Menschen wurden nach dem Brand evakuiert."), 3000.0);
        assert_eq!(value("Die Stadt hat 1.500.000 Einwohner."), 1_500_000.0);
        assert_eq!(value("Das Gespräch dauerte rund 2,5 Stunden."), 2.5);
        assert_eq!(value("Эвакуированы 2,7 тысячи человек."), 2700.0);
        assert_eq!(value("Эвакуированы 3 000 человек."), 3000.0);
        assert_eq!(value("Magnitude 8,8 nach der Skala."), 8.8);
        // English keeps its separators, and a year next to a count stays two numbers.
        assert_eq!(value("About 3,000 people were evacuated."), 3000.0);
        assert_eq!(value("The rate is 5.125 percent."), 5.125);
        assert_eq!(quantities("In 2023 100 people were evacuated.").len(), 2);
        // A time of day is no quantity.
        assert!(quantities("Der Zug entgleiste gegen 18.10 Uhr.").is_empty());
    }

    #[test]
    fn glued_units_codes_and_abbreviated_scales() {
        let money = |text: &str| {
            let q = one(text);
            (q.kind, q.unit.clone(), q.value)
        };
        assert_eq!(money("Losses reached £7.5bn."), (QuantityKind::Money, "gbp".to_string(), 7.5e9));
        assert_eq!(money("It raised $300m last year."), (QuantityKind::Money, "usd".to_string(), 3e8));
        assert_eq!(
            money("Revenue rose to USD94.9 billion."),
            (QuantityKind::Money, "usd".to_string(), 9.49e10)
        );
        assert_eq!(
            money("Der Verlust lag bei 1,5 Mio. Euro."),
            (QuantityKind::Money, "eur".to_string(), 1.5e6)
        );
        let q = one("The bank raised rates by 25bps.");
        assert_eq!((q.kind, q.value), (QuantityKind::Percent, 0.25));
        assert_eq!(one("The bank raised rates by 50 basis points.").value, 0.5);
        assert_eq!(one("Эвакуированы 5 тыс. человек.").value, 5000.0);
        // Other mixes of letters and digits are words.
        assert!(quantities("The 4G network and the F16 jets.").is_empty());
    }

    #[test]
    fn numbers_that_are_no_quantities() {
        let kinds = |text: &str| quantities(text).iter().map(|q| (q.kind, q.value)).collect::<Vec<_>>();
        assert_eq!(
            kinds("A storm in 1998 killed 300 people."),
            [(QuantityKind::Date, 1998.0), (QuantityKind::Count, 300.0)]
        );
        assert_eq!(kinds("Hospitals treated 40 COVID-19 patients."), [(QuantityKind::Count, 40.0)]);
        assert_eq!(kinds("Im Jahr 1999 waren es weniger."), [(QuantityKind::Date, 1999.0)]);
        assert!(kinds("It was a one-time payment.").is_empty());
        assert!(kinds("Rossi scored for a second time.").is_empty());
        assert_eq!(kinds("The talks lasted one-and-a-half hours."), [(QuantityKind::Duration, 1.5)]);
    }

    #[test]
    fn bounds_of_sentences_and_maximums() {
        let q = one("He was sentenced to over 11 years in prison.");
        assert_eq!((q.bound, q.value / 8766.0), (Bound::Over, 11.0));
        assert_eq!(one("The crime carries a maximum of 20 years.").bound, Bound::AtMost);
    }

    #[test]
    fn number_words_in_three_languages() {
        let value = |text: &str| one(text).value;
        assert_eq!(value("В результате аварии погибли двадцать пять человек."), 25.0);
        assert_eq!(value("Es starben einundzwanzig Menschen."), 21.0);
        assert_eq!(value("Es starben siebzehn Menschen."), 17.0);
        assert_eq!(value("Погибли трое рабочих."), 3.0);
        assert_eq!(value("Twenty five people were hurt."), 25.0);
        assert_eq!(value("Эвакуированы двести человек."), 200.0);
    }

    #[test]
    fn durations_in_two_units_add_up() {
        let hours = |text: &str| {
            let q = one(text);
            assert_eq!(q.kind, QuantityKind::Duration, "{text}");
            (q.value * 100.0).round() / 100.0
        };
        assert_eq!(hours("The call lasted two hours and 30 minutes."), 2.5);
        assert_eq!(hours("Разговор длился 1 час 15 минут."), 1.25);
        assert_eq!(hours("Das Gespräch dauerte eine Stunde und 15 Minuten."), 1.25);
        assert_eq!(hours("He was sentenced to 11 years and three months.") / 8766.0, 11.25);
        // Two durations of two things stay two.
        assert_eq!(quantities("It took 30 minutes and 2 hours later it ended.").len(), 2);
    }

    #[test]
    fn ages_are_counts_of_years_of_age() {
        let age = |text: &str| {
            let q = one(text);
            (q.kind, q.unit.clone(), q.value)
        };
        let expected = |v: f64| (QuantityKind::Count, AGE.to_string(), v);
        assert_eq!(age("The 46-year-old driver was held."), expected(46.0));
        assert_eq!(age("The driver, aged 47, was held."), expected(47.0));
        assert_eq!(age("The driver is 48 years old."), expected(48.0));
        assert_eq!(age("Der 46-Jährige wurde festgenommen."), expected(46.0));
        assert_eq!(age("Er starb im Alter von 81 Jahren."), expected(81.0));
        // A span of years is still a duration.
        assert_eq!(one("He served 20 years in prison.").kind, QuantityKind::Duration);
        assert_eq!(one("der 30-jährige Krieg").kind, QuantityKind::Duration);
    }

    #[test]
    fn digits_units_and_scales() {
        let q = one("a 30-day ceasefire");
        assert_eq!((q.value, q.kind), (720.0, QuantityKind::Duration));
        assert_eq!(q.describe(), "30 days");
        let q = one("more than $180 billion in aid");
        assert_eq!((q.value, q.kind), (1.8e11, QuantityKind::Money));
        assert!(q.hedge.is_some());
        let q = one("about 1,300 square kilometers");
        assert_eq!((q.value, q.unit.as_str()), (1300.0, "kilomet"), "the head noun, not its modifier");
        assert_eq!(one("up 4.5% on the year").kind, QuantityKind::Percent);
        assert_eq!(one("on Feb. 28 they met").kind, QuantityKind::Date);
        let q = one("after the Feb. 28 White House meeting");
        assert_eq!((q.kind, q.unit.as_str()), (QuantityKind::Date, ""), "a date, not 28 of a White House");
    }

    #[test]
    fn a_noun_modifying_the_counted_noun_is_skipped() {
        let unit = |text: &str| one(text).unit;
        assert_eq!(unit("Water reached two riverside villages."), unit("Water reached two villages."));
        assert_eq!(unit("Drones hit 30 energy facilities."), unit("Drones hit 30 facilities."));
        // A plural after the counted noun is another word; a singular count has no such plural.
        assert_eq!(unit("Crews saved 12 homes tonight."), unit("Crews saved 12 homes."));
        assert_eq!(unit("Only 1 man dies there."), unit("Only 1 man."));
        assert_eq!(unit("They met 3 glass makers."), unit("They met 3 makers."));
    }

    #[test]
    fn the_rest_of_a_hyphenated_date_or_score_is_no_quantity() {
        assert_eq!(quantities("Posted 2017-09-22 Crowds gathered at dawn.").len(), 1, "the year only");
        assert_eq!(quantities("Varno won 3-2 at home.").len(), 1);
        let range = quantities("Between 10-15 people were hurt.");
        assert_eq!((range.len(), range[0].value, range[0].high), (1, 10.0, 15.0));
    }

    #[test]
    fn mixed_fractions_ranges_with_and_and_clock_times() {
        assert_eq!(one("He got 22 1/2 years.").value, 22.5 * 8766.0);
        let range = one("The rate is between 5% and 5.25%.");
        assert_eq!((range.value, range.high, range.kind), (5.0, 5.25, QuantityKind::Percent));
        let range = one("A range of 5.00 and 5.25 percent.");
        assert_eq!((range.value, range.high), (5.0, 5.25));
        assert!(quantities("The jet crashed around 6:30 p.m.").is_empty());
        assert_eq!(quantities("They freed 175 and 200 were held.").len(), 2, "no range without between");
    }

    #[test]
    fn scores_and_tallies_are_one_pair() {
        let tally = |text: &str| {
            let q = one(text);
            (q.bound, q.value, q.high, q.describe_bounded())
        };
        assert_eq!(tally("The jury voted 9-3 to acquit."), (Bound::Tally, 9.0, 3.0, "9-3".to_string()));
        assert_eq!(tally("Varno drew 2-2 at home."), (Bound::Tally, 2.0, 2.0, "2-2".to_string()));
        assert_eq!(tally("Das Spiel endete 0:1."), (Bound::Tally, 0.0, 1.0, "0-1".to_string()));
        // A rising pair is a range, and a date no tally.
        assert_eq!(one("Between 10-15 people were hurt.").bound, Bound::Between);
        assert!(quantities("Posted 2017-09-22 by staff.").iter().all(|q| q.bound != Bound::Tally));
    }

    #[test]
    fn clock_times_are_no_quantities() {
        let clock = |text: &str, at: usize| {
            let s = analyse_sentence(text, 0..text.len());
            clock_time(&s.tokens, at).map(|(minutes, _)| minutes)
        };
        assert_eq!(clock("Doors open at 0540 GMT.", 3), Some(5 * 60 + 40));
        assert_eq!(clock("Doors open at 7.15 p.m. daily.", 3), Some(19 * 60 + 15));
        assert_eq!(clock("Der Markt öffnet um 7.15 Uhr.", 4), Some(7 * 60 + 15));
        assert_eq!(clock("Рынок открылся в 21.05 по местному времени.", 3), Some(21 * 60 + 5));
        assert_eq!(clock("Рынок открылся в 8 часов вечера.", 3), Some(20 * 60));
        assert_eq!(clock("The index stood at 10.25 on Friday.", 4), None, "an English decimal");
        assert_eq!(clock("Doors open at 2540 GMT.", 3), None, "no hour 25");
        assert_eq!(one("The ferry sank at 0540 GMT with 12 crew aboard.").value, 12.0);
        assert!(quantities("Der Markt öffnete um 7.15 Uhr.").is_empty());
        assert!(quantities("Рынок открылся в 8 часов утра.").is_empty());
        assert!(quantities("Doors opened at 11.40 UTC.").is_empty());
        // Hours that are no time of day stay durations, and decimals numbers.
        assert_eq!(one("Рынок работал 8 часов.").kind, QuantityKind::Duration);
        assert_eq!(one("The index stood at 10.25 on Friday.").value, 10.25);
    }

    #[test]
    fn each_marks_per_party_counts() {
        assert!(one("They will exchange 175 prisoners of war each.").each);
        assert!(one("They had each swapped 175 prisoners.").each);
        assert!(one("a trade of 175 prisoners from all sides").each);
        assert!(!one("They swapped 372 prisoners, and each side cheered.").each);
    }

    #[test]
    fn hedges_attach_to_numbers() {
        let q = one("The talks lasted over two hours.");
        assert_eq!(q.hedge, Some(3));
        assert_eq!(q.value, 2.0);
        assert!(one("The talks lasted two hours.").hedge.is_none());
    }

    #[test]
    fn plain_words_are_not_numbers() {
        assert!(quantities("Half of them left; one said no.").len() <= 1);
        assert!(quantities("A house on the hill.").is_empty());
        assert!(quantities("It was one of the largest.").is_empty());
        assert_eq!(one("It took one hour.").value, 1.0);
    }
}
