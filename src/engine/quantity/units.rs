//! Units and kinds: what a number measures, from the words after it ("hours", "-day", "%",
//! "percent", "basis points", "prisoners", "Stunden", "процентов") or before it (a currency
//! sign, a month, a preposition before a year, "aged"): money, percentages, durations (also
//! written in two units, "two hours and 30 minutes"), ages ("46-year-old", "aged 46"), dates
//! and years, or a count of the noun after it (its head read in [`super::nouns`]).

use super::nouns::head_noun;
use super::numbers::parse_number;
use super::value::QuantityKind;
use crate::engine::token::{glued, norm_at, Token, TokenKind};
use crate::engine::{decimal, lexicon};

/// The kind and unit of a number from what follows it ("hours", "-day", "%", "percent",
/// "prisoners", "Stunden", "процентов") or precedes it (a month name makes a date).
pub(super) fn classify_unit(
    tokens: &[Token],
    start: usize,
    at: usize,
    currency: Option<&str>,
    plural_count: bool,
) -> (QuantityKind, String, usize) {
    if let Some(currency) = currency {
        return (QuantityKind::Money, currency.to_string(), at);
    }
    if appositive_age(tokens, start, at) {
        return (QuantityKind::Count, AGE.to_string(), at);
    }
    let after_year_word =
        start.checked_sub(1).is_some_and(|i| lexicon::one_of(&tokens[i].norm, BEFORE_A_YEAR));
    if after_time_word(tokens, start) || after_year_word && is_year(tokens, start) {
        return (QuantityKind::Date, String::new(), at);
    }
    // "a 30-day truce": the unit after a hyphen; not after a dash set off by spaces ("about 130
    // – giving him a majority").
    let unit_at = if norm_at(tokens, at) == "-" && glued(tokens, at) { at + 1 } else { at };
    // "18. März": a day number, its dot, then the month.
    let month_at = if tokens.get(unit_at).is_some_and(|t| t.norm == ".") { unit_at + 1 } else { unit_at };
    if tokens.get(month_at).is_some_and(|t| lexicon::month_of(&t.norm).is_some()) {
        return (QuantityKind::Date, String::new(), at);
    }
    // "(2358 Tuesday GMT)": a clock time before a weekday, no count of Tuesdays.
    if lexicon::weekday_of(norm_at(tokens, unit_at)).is_some() {
        return bare_number(tokens, start, at);
    }
    // "dozens of prisoners", "175 of the prisoners", "сотни из": the noun after "of"; past a
    // hedge, a number ("about 60 of the roughly 77 trapped": a part of a count, no count).
    let of = tokens.get(unit_at).is_some_and(|t| lexicon::one_of(t.norm.as_str(), "of из"));
    let unit_at = if of {
        let mut after_of = unit_at + 1;
        after_of += usize::from(lexicon::one_of(norm_at(tokens, after_of), "the these those"));
        after_of + usize::from(lexicon::is_hedge(norm_at(tokens, after_of)))
    } else {
        unit_at
    };
    // "two more chances", "three other people": the noun phrase goes on after the word that
    // adds them (not "two more than last year").
    let adds = lexicon::one_of(norm_at(tokens, unit_at), "more other further additional weitere другие");
    let unit_at = if adds && norm_at(tokens, unit_at + 1) != "than" { unit_at + 1 } else { unit_at };
    if after_age_word(tokens, start) && !of {
        return (QuantityKind::Count, AGE.to_string(), at);
    }
    let Some(unit) = tokens.get(unit_at) else {
        return bare_number(tokens, start, at);
    };
    let norm = unit.norm.as_str();
    let percent = percent_sign_len(tokens, unit_at);
    if percent > 0 {
        return (QuantityKind::Percent, "percent".to_string(), unit_at + percent);
    }
    if let Some((len, _)) = percent_points(tokens, unit_at) {
        return (QuantityKind::Percent, "percent".to_string(), unit_at + len);
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

/// How many tokens at `at` write "percent": "%", "percent", "Prozent", "per cent" (0 if none).
pub(super) fn percent_sign_len(tokens: &[Token], at: usize) -> usize {
    if norm_at(tokens, at) == "%" || lexicon::is_percent_word(norm_at(tokens, at)) {
        1
    } else if norm_at(tokens, at) == "per" && norm_at(tokens, at + 1) == "cent" {
        2
    } else {
        0
    }
}

/// "$", "€", "£", "¥", "₹" or "Rs" before a number: the currency it is in.
pub(super) fn currency_sign(norm: &str) -> Option<&'static str> {
    match norm {
        "$" | "usd" => Some("usd"),
        "€" | "eur" => Some("eur"),
        "£" | "gbp" => Some("gbp"),
        "¥" | "jpy" => Some("jpy"),
        "₹" | "rs" | "inr" => Some("inr"),
        "₽" => Some("rub"),
        _ => None,
    }
}

/// The words at `at` that name a difference of percentages, as their length and their size in
/// percentage points: basis points ("25bps", "50 basis points", "75 Basispunkte": hundredths)
/// or percentage points ("0.5 percentage points", "0,5 Prozentpunkte", "0,5 процентного
/// пункта").
pub(super) fn percent_points(tokens: &[Token], at: usize) -> Option<(usize, f64)> {
    let (unit, next) = (norm_at(tokens, at), norm_at(tokens, at + 1));
    let points = lexicon::one_of(next, "point points");
    match unit {
        "bps" => Some((1, 0.01)),
        "basis" if points => Some((2, 0.01)),
        "percentage" if points => Some((2, 1.0)),
        _ if unit.starts_with("basispunkt") => Some((1, 0.01)),
        _ if unit.starts_with("prozentpunkt") => Some((1, 1.0)),
        _ if unit.starts_with("процентн") && next.starts_with("пункт") => Some((2, 1.0)),
        _ => None,
    }
}

/// The rest of a duration written in two units, after the first ("… and 30 minutes", "… und
/// 15 Minuten", "… 15 минут"): its length in hours and the token index after it, when its
/// unit is shorter than the first's (`unit_hours`).
pub(super) fn smaller_duration_after(tokens: &[Token], at: usize, unit_hours: f64) -> Option<(f64, usize)> {
    let at = at + usize::from(tokens.get(at).is_some_and(|t| lexicon::one_of(&t.norm, "and und и ,")));
    if tokens.get(at).is_none_or(|t| t.kind == TokenKind::Punct) {
        return None;
    }
    let (value, after) = parse_number(tokens, at)?;
    let unit = lexicon::duration_unit(&tokens.get(after)?.norm)?;
    let hours = lexicon::duration_hours(unit)?;
    (hours < unit_hours).then_some((value * hours, after + 1))
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

/// Most digits of an age set off after a name.
const AGE_DIGITS: usize = 3;

/// Whether the number at `start` (ending before `at`) is the age of the name before it, set off
/// by commas as news writes it: "Sugawara, 57, told reporters", "…shot Gaige Grosskreutz, 27.". A name opening the sentence
/// counts, though a sentence's first word is not marked as capitalised.
pub fn appositive_age(tokens: &[Token], start: usize, at: usize) -> bool {
    let Some(name) = start.checked_sub(2) else { return false };
    let whole_years =
        tokens[start].norm.len() <= AGE_DIGITS && tokens[start].norm.bytes().all(|b| b.is_ascii_digit());
    let named = tokens[name].kind == TokenKind::Word
        && tokens[name].content
        && (tokens[name].capitalised || name == 0);
    let set_off = lexicon::one_of(norm_at(tokens, at), ", . ) ;") || at == tokens.len();
    whole_years && at == start + 1 && norm_at(tokens, start - 1) == "," && set_off && named
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

#[cfg(test)]
mod tests {
    use super::super::tests::{one, quantities};
    use super::*;

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
        let inr = |v: f64| (QuantityKind::Money, "inr".to_string(), v);
        assert_eq!(money("Each family will get Rs 10 lakh."), inr(1e6));
        assert_eq!(money("Each family will get Rs. 500 today."), inr(500.0));
        assert_eq!(money("The bridge cost ₹5 crore."), inr(5e7));
        assert_eq!(money("He gave ¥20,000 to the family."), (QuantityKind::Money, "jpy".to_string(), 2e4));
        let q = one("The bank raised rates by 25bps.");
        assert_eq!((q.kind, q.value), (QuantityKind::Percent, 0.25));
        assert_eq!(one("The bank raised rates by 50 basis points.").value, 0.5);
        for text in
            ["It raised rates by 0.5 percentage points.", "It raised rates by half a percentage point."]
        {
            assert_eq!((one(text).kind, one(text).value), (QuantityKind::Percent, 0.5), "{text}");
        }
        assert_eq!(one("Эвакуированы 5 тыс. человек.").value, 5000.0);
        // Other mixes of letters and digits are words.
        assert!(quantities("The 4G network and the F16 jets.").is_empty());
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
}
