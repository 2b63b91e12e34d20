//! Quantities in a sentence, normalised so that accounts can be compared as numbers:
//! "two-and-a-half hours" = 2.5 h, "a quarter" = 0.25, "30-day" = 30 days, "$180 billion" =
//! 1.8e11 USD, "1,300", "175 prisoners … each". Durations are kept in hours; the unit of a
//! count is the concept of the noun it counts.

use std::ops::Range;

use super::analyse::{Token, TokenKind};
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

/// A quantity found in a sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct Quantity {
    /// The value in the kind's base unit (hours for durations).
    pub value: f64,
    pub kind: QuantityKind,
    /// Concept of the counted noun ("prisoner"), empty when none follows.
    pub unit: String,
    /// The number counts per party ("175 each"), so a total is a multiple of it.
    pub each: bool,
    /// Token index of a hedge before the number ("over", "about").
    pub hedge: Option<usize>,
    /// Token indices the quantity spans (hedge, number words, unit).
    pub tokens: Range<usize>,
}

impl Quantity {
    /// The value as a reader would write it, in the quantity's base unit.
    pub fn describe(&self) -> String {
        let value = format_number(self.value);
        match self.kind {
            QuantityKind::Money => format!("${value}"),
            QuantityKind::Percent => format!("{value}%"),
            QuantityKind::Duration => self.describe_duration(),
            QuantityKind::Count | QuantityKind::Date => value,
        }
    }
}

impl Quantity {
    /// A duration in the unit it was written in ("3 years"), hours when it has none.
    fn describe_duration(&self) -> String {
        match lexicon::duration_hours(&self.unit) {
            Some(hours) => {
                let count = self.value / hours;
                let plural = if count == 1.0 { "" } else { "s" };
                format!("{} {}{plural}", format_number(count), self.unit)
            }
            None => format!("{} h", format_number(self.value)),
        }
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
    let (value, after_number) = parse_number(tokens, start)?;
    let (value, after_scale) = apply_scales(tokens, after_number, value);
    let money = start > 0 && tokens[start - 1].norm == "$";
    let (kind, unit, end) = classify_unit(tokens, start, after_scale, money);
    let value = match kind {
        QuantityKind::Duration => value * lexicon::duration_hours(&unit).unwrap_or(1.0),
        _ => value,
    };
    let hedge = hedge_before(tokens, start - usize::from(money));
    Some(Quantity {
        value,
        kind,
        each: says_each(tokens, start, end),
        hedge,
        tokens: hedge.unwrap_or(start)..end,
        unit,
    })
}

/// A number written with digits or words, with an optional "and a half" / "and a quarter".
fn parse_number(tokens: &[Token], start: usize) -> Option<(f64, usize)> {
    let token = &tokens[start];
    let (mut value, mut next) = match token.kind {
        TokenKind::Number => digits_or_fraction(tokens, start)?,
        TokenKind::Word => word_number(tokens, start)?,
        TokenKind::Punct => return None,
    };
    if let Some((fraction, after)) = and_a_fraction(tokens, next) {
        value += fraction;
        next = after;
    }
    Some((value, next))
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
    if norm == "a" || norm == "an" {
        let next = tokens.get(start + 1)?;
        let value = match lexicon::scale_word(&next.norm) {
            Some(scale) => scale,
            None => lexicon::number_word(&next.norm).filter(|&v| v < 1.0 || v == 12.0)?,
        };
        return Some((value, start + 2));
    }
    let value = lexicon::number_word(norm)?;
    let pronoun_one = norm == "one" && !next_is_number_like(tokens, start);
    if pronoun_one || value < 1.0 && !preceded_by_article(tokens, start) {
        return None;
    }
    match (tokens.get(start + 1), tokens.get(start + 2)) {
        (Some(dash), Some(unit)) if dash.norm == "-" && (20.0..100.0).contains(&value) => {
            match lexicon::number_word(&unit.norm).filter(|&u| (1.0..10.0).contains(&u)) {
                Some(u) => Some((value + u, start + 3)),
                None => Some((value, start + 1)),
            }
        }
        _ => Some((value, start + 1)),
    }
}

/// "one hour", "one-and-a-half": "one" counts only when a unit or fraction follows it.
fn next_is_number_like(tokens: &[Token], start: usize) -> bool {
    tokens.get(start + 1).is_some_and(|t| {
        t.norm == "-" || t.content && t.kind == TokenKind::Word && lexicon::duration_hours(&t.stem).is_some()
    })
}

fn preceded_by_article(tokens: &[Token], start: usize) -> bool {
    start > 0 && matches!(tokens[start - 1].norm.as_str(), "a" | "an" | "one")
}

/// "and a half", "-and-a-half", "and a quarter" after a number.
fn and_a_fraction(tokens: &[Token], at: usize) -> Option<(f64, usize)> {
    let words: Vec<(usize, &str)> = (at..tokens.len().min(at + 6))
        .map(|i| (i, tokens[i].norm.as_str()))
        .filter(|&(_, w)| w != "-")
        .take(3)
        .collect();
    match words.as_slice() {
        [(_, "and"), (_, "a"), (last, fraction @ ("half" | "quarter"))] => {
            Some((lexicon::number_word(fraction)?, last + 1))
        }
        _ => None,
    }
}

/// "180 billion", "2 million": multiplies by scale words.
fn apply_scales(tokens: &[Token], mut at: usize, mut value: f64) -> (f64, usize) {
    while let Some(scale) = tokens.get(at).and_then(|t| lexicon::scale_word(&t.norm)) {
        value *= scale;
        at += 1;
    }
    (value, at)
}

/// The kind and unit of a number from what follows it ("hours", "-day", "%", "percent",
/// "prisoners") or precedes it (a month name makes a date).
fn classify_unit(tokens: &[Token], start: usize, at: usize, money: bool) -> (QuantityKind, String, usize) {
    if money {
        return (QuantityKind::Money, "usd".to_string(), at);
    }
    if after_time_word(tokens, start) {
        return (QuantityKind::Date, String::new(), at);
    }
    let unit_at = if tokens.get(at).is_some_and(|t| t.norm == "-") { at + 1 } else { at };
    let Some(unit) = tokens.get(unit_at) else {
        return bare_number(tokens, start, at);
    };
    if unit.norm == "%" || unit.norm == "percent" || unit.norm == "per" && next_is(tokens, unit_at, "cent") {
        return (QuantityKind::Percent, "percent".to_string(), unit_at + 1);
    }
    if unit.kind != TokenKind::Word || !unit.content {
        return bare_number(tokens, start, at);
    }
    if lexicon::duration_hours(&unit.stem).is_some() {
        return (QuantityKind::Duration, unit.stem.clone(), unit_at + 1);
    }
    (QuantityKind::Count, unit.concept.clone(), unit_at + 1)
}

fn next_is(tokens: &[Token], at: usize, norm: &str) -> bool {
    tokens.get(at + 1).is_some_and(|t| t.norm == norm)
}

/// "Feb. 28 White House meeting": a number right after a month or day name is a date, whatever
/// word follows it.
fn after_time_word(tokens: &[Token], start: usize) -> bool {
    tokens[..start].iter().rev().find(|t| t.norm != ".").is_some_and(|t| lexicon::is_time_word(&t.norm))
}

fn bare_number(tokens: &[Token], start: usize, at: usize) -> (QuantityKind, String, usize) {
    let year_like = tokens[start].kind == TokenKind::Number
        && tokens[start].norm.len() == 4
        && (1900.0..2100.0).contains(&decimal::parse(&tokens[start].stem).unwrap_or(0.0));
    let kind = if year_like { QuantityKind::Date } else { QuantityKind::Count };
    (kind, String::new(), at)
}

/// A hedge word (or "more than", "at least", "up to") right before the number.
fn hedge_before(tokens: &[Token], start: usize) -> Option<usize> {
    let previous = start.checked_sub(1)?;
    let word = tokens[previous].norm.as_str();
    let two_word = matches!(word, "than" | "least" | "to") && previous > 0;
    if two_word && matches!(tokens[previous - 1].norm.as_str(), "more" | "less" | "fewer" | "at" | "up") {
        return Some(previous - 1);
    }
    (lexicon::is_hedge(word) && !two_word).then_some(previous)
}

/// "each", "apiece", "per side", "a piece" near the number, within its clause.
fn says_each(tokens: &[Token], start: usize, end: usize) -> bool {
    let clause = |range: Range<usize>| -> bool {
        let window = &tokens[range];
        window.iter().any(|t| matches!(t.norm.as_str(), "each" | "apiece"))
            || window.windows(2).any(|w| {
                let side = matches!(w[1].norm.as_str(), "side" | "sides" | "party" | "country");
                side && matches!(w[0].norm.as_str(), "per" | "every" | "all" | "either")
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
    clause(before_start..start) || clause(end..after_end)
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
        assert_eq!(one("It produces a quarter of the power.").value, 0.25);
        assert_eq!(one("Some twenty-five people came.").value, 25.0);
        assert_eq!(one("a dozen drones").value, 12.0);
        assert_eq!(one("roughly 1/4 of exports").value, 0.25);
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
        assert_eq!((q.value, q.unit.as_str()), (1300.0, "squar"));
        assert_eq!(one("up 4.5% on the year").kind, QuantityKind::Percent);
        assert_eq!(one("on Feb. 28 they met").kind, QuantityKind::Date);
        let q = one("after the Feb. 28 White House meeting");
        assert_eq!((q.kind, q.unit.as_str()), (QuantityKind::Date, ""), "a date, not 28 of a White House");
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
