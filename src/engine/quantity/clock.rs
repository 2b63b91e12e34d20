//! Numbers joined by a hyphen or a colon that are one thing, not two quantities: a score or a
//! vote's tally ("won 3-1", "voted 7-2", "52-48", "2:0"), read as one [`Bound::Tally`]
//! quantity, and a time of day ("10 a.m.", "11 pm", "10:25", "1025 GMT", "9.30 UTC", "um 9.30
//! Uhr", "в 9 часов утра", "21.30 по московскому времени"), which is no quantity and which
//! the fact sheet reads as a time.

use super::units::is_year;
use super::value::{Bound, Quantity, QuantityKind};
use crate::engine::token::{glued, norm_at, Token, TokenKind};
use crate::engine::{decimal, lexicon};

/// A score or a vote's tally at `start` ("won 3-1", "voted 7-2", "52-48", "2:0"): two whole
/// numbers glued by a hyphen, the second no higher than the first (a range rises: "10-15
/// people"), or by a colon, the second of two digits at most; neither a year ("2017-09-22") nor part of a longer chain.
pub(super) fn tally(tokens: &[Token], start: usize) -> Option<Quantity> {
    let whole = |i: usize| {
        tokens.get(i).filter(|t| t.kind == TokenKind::Number && t.norm.bytes().all(|b| b.is_ascii_digit()))
    };
    let (first, mark, second) = (whole(start)?, tokens.get(start + 1)?, whole(start + 2)?);
    let (value, high) = (decimal::parse(&first.stem)?, decimal::parse(&second.stem)?);
    // "52:48", not a scale's "1:100".
    let joined = mark.norm == ":" && second.norm.len() <= 2 || mark.norm == "-" && high <= value;
    let chained = tokens
        .get(start + 3)
        .is_some_and(|t| lexicon::one_of(&t.norm, "- :") && t.range.start == second.range.end);
    (glued(tokens, start + 1) && joined && !chained && !is_year(tokens, start)).then(|| Quantity {
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
    let before = i.checked_sub(1).map_or("", |j| tokens[j].norm.as_str());
    let meridiem = meridiem(tokens, at).filter(|_| (1..=12).contains(&hour) && form != TimeForm::Compact);
    let (hour, end) = if let Some((pm, end)) = meridiem {
        (hour % 12 + if pm { 12 } else { 0 }, end)
    } else if lexicon::one_of(norm_at(tokens, at), "uhr o'clock") {
        (hour, at + 1)
    } else if form == TimeForm::Hour
        && before == "в"
        && lexicon::one_of(norm_at(tokens, at), "час часа часов")
    {
        // "в 9 часов вечера": the part of the day after the hour.
        let afternoon = lexicon::one_of(norm_at(tokens, at + 1), "дня вечера") && hour < 12;
        let part = lexicon::one_of(norm_at(tokens, at + 1), "утра дня вечера ночи");
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
    let (pm, end) = match norm_at(tokens, at) {
        "am" | "pm" => (norm_at(tokens, at) == "pm", at + 1),
        "a" | "p" if norm_at(tokens, at + 1) == "." && norm_at(tokens, at + 2) == "m" => {
            (norm_at(tokens, at) == "p", at + 3)
        }
        _ => return None,
    };
    Some((pm, end + usize::from(norm_at(tokens, end) == ".")))
}

/// The token after a time zone at `at`: an abbreviation ("GMT", "MEZ", "мск"), "local time",
/// "Ortszeit", or "по … времени" ("по московскому времени").
fn time_zone_end(tokens: &[Token], at: usize) -> Option<usize> {
    if lexicon::is_time_zone(norm_at(tokens, at)) || norm_at(tokens, at) == "ortszeit" {
        Some(at + 1)
    } else if norm_at(tokens, at) == "local" && norm_at(tokens, at + 1) == "time" {
        Some(at + 2)
    } else {
        (norm_at(tokens, at) == "по" && norm_at(tokens, at + 2) == "времени").then_some(at + 3)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{one, quantities};
    use super::*;
    use crate::engine::analyse::analyse_sentence;

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
}
