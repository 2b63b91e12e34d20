//! A number as written: digits ("1,300", "2.5"), fractions ("1/4", "22 1/2"), number words
//! in English, German and Russian ("twenty-five", "a dozen", "einundzwanzig", "двадцать
//! пять"), an article standing for "one" before a unit of time ("about an hour"), "and a
//! half", and scale words ("180 billion", "5 тыс."); and a fraction of a whole, read as a
//! share in percent ("a third of the homes", "zwei Drittel der", "треть домов").

use super::bounds::bound_before;
use super::value::{Bound, Quantity, QuantityKind};
use crate::engine::token::{Token, TokenKind};
use crate::engine::{decimal, lexicon};

/// A fraction of a whole, as a share in percent: "a third of the homes", "one-quarter of",
/// "two-thirds of", "half of", "zwei Drittel der", "die Hälfte der", "треть домов". The
/// fraction needs a numerator (an article or a number word) and what it is a share of after
/// it, so "the first quarter" and "half an hour" are none.
pub(super) fn share_of_whole(tokens: &[Token], start: usize) -> Option<Quantity> {
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

/// A number written with digits or words, with an optional "and a half" / "and a quarter".
pub(super) fn parse_number(tokens: &[Token], start: usize) -> Option<(f64, usize)> {
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
    // "half an hour", "half a percentage point": the article belongs to the unit.
    let article_then_unit = tokens.get(start + 1).is_some_and(|t| lexicon::one_of(&t.norm, "a an"))
        && tokens
            .get(start + 2)
            .is_some_and(|t| lexicon::duration_unit(&t.norm).is_some() || t.norm == "percentage");
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
pub(super) fn and_a_fraction(tokens: &[Token], at: usize) -> Option<(f64, usize)> {
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
pub(super) fn apply_scales(tokens: &[Token], mut at: usize, mut value: f64) -> (f64, usize) {
    while let Some(scale) = tokens.get(at).and_then(|t| lexicon::scale_word(&t.norm)) {
        value *= scale;
        // The period of an abbreviated scale ("1,5 Mio. Euro", "5 тыс. человек").
        let period =
            tokens.get(at + 1).is_some_and(|t| t.norm == "." && t.range.start == tokens[at].range.end);
        at += 1 + usize::from(period && tokens.get(at + 2).is_some());
    }
    (value, at)
}

#[cfg(test)]
mod tests {
    use super::super::tests::{one, quantities};
    use super::*;

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
    fn plain_words_are_not_numbers() {
        assert!(quantities("Half of them left; one said no.").len() <= 1);
        assert!(quantities("A house on the hill.").is_empty());
        assert!(quantities("It was one of the largest.").is_empty());
        assert_eq!(one("It took one hour.").value, 1.0);
    }

    #[test]
    fn a_number_word_written_as_a_noun_counts_nothing() {
        assert!(quantities("Die deutsche Elf verlor am Mittwoch in Kasan gegen Südkorea.").is_empty());
        assert!(quantities("Damit ist die DFB-Elf bei der WM in Russland ausgeschieden.").is_empty());
        assert_eq!(one("Elf Menschen starben bei dem Unfall in der Nacht.").value, 11.0);
        assert_eq!(one("Storm Kills Forty-One In Varno").value, 41.0);
    }
}
