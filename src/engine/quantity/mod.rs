//! Quantities in a sentence, normalised so that accounts can be compared as numbers:
//! "two-and-a-half hours" = 2.5 h, "a third of the homes" = 33.3%, "30-day" = 30 days, "$180
//! billion" = 1.8e11 USD, "1,300", "175 prisoners … each", in English, German and Russian
//! ("zweieinhalb Stunden", "полтора часа", "175 военнопленных"). Durations are kept in hours; a
//! share of a whole is a percentage; an age ("46-year-old", "aged 46") is a count of [`AGE`];
//! the unit of any other count is the concept of the noun it counts: the head of the noun phrase after the number
//! ("23 badly wounded soldiers" counts soldiers), German and Russian nouns mapped to the English
//! concept. The words bounding a number ("over", "up to", "mindestens", "около", "or more",
//! "three to four") are read into a [`Bound`]; what a bound admits is `facts::bounds`' business.
//!
//! Layout, data flowing one way (each module imports only modules listed after it):
//! - this module: the entry point, every quantity of a sentence ([`find_quantities`]), one
//!   quantity read from its number (its scales, range, unit, bounds and "each"), and the
//!   numbers that are no quantity of their own (the rest of a date, a score or a clock time,
//!   a name's number: "COVID-19", "Nr. 5");
//! - `clock`: tallies ("won 3-1", "52-48", "2:0") and clock times ("10 a.m.", "10:25",
//!   "1025 GMT", "um 9.30 Uhr", "в 9 часов утра");
//! - `ranges`: the high end of a range after a number ("three to four", "3-4", "between 5% and
//!   5.25%");
//! - `units`: the kind and unit of a number from the words after or before it: money,
//!   percentages and basis points, durations (also in two units), ages, dates and years;
//! - `nouns`: the head of the noun phrase a count counts, past its modifiers;
//! - `numbers`: a number as written (digits, fractions, number words, "and a half", scale
//!   words), and a fraction of a whole as a share;
//! - `bounds`: the bound words before and after a number, and "each";
//! - `value`: the [`Quantity`] type, its [`QuantityKind`] and [`Bound`], and its value as a
//!   reader would write it.

mod bounds;
mod clock;
mod nouns;
mod numbers;
mod ranges;
mod units;
mod value;

use crate::engine::lexicon;
use crate::engine::token::{self, norm_at, Token, TokenKind};
use bounds::{bound_after, bound_before, bounds_duration, follows_past_verb, says_each};
use clock::tally;
use numbers::{and_a_fraction, apply_scales, parse_number, share_of_whole};
use ranges::range_end;
use units::{classify_unit, percent_points, smaller_duration_after};

pub use clock::clock_time;
pub use units::{appositive_age, is_year, AGE};
pub use value::{format_large, format_number, Bound, Quantity, QuantityKind};

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

/// Whether a token is a number, in digits or in words ("14", "fourteen").
pub fn is_number(token: &Token) -> bool {
    token.kind == TokenKind::Number || lexicon::number_word(&token.norm).is_some()
}

/// Whether a quantity is counted in points, which measure a difference between two percentages
/// ("25 basis points", "a half-percentage point", "0,5 Prozentpunkte").
pub fn counted_in_points(tokens: &[Token], q: &Quantity) -> bool {
    q.tokens.clone().any(|i| percent_points(tokens, i).is_some())
}

/// The quantities of a sentence, in order; a conversion in brackets after one ("20,000 yen
/// ($185)", "60 miles (96 km)") is no quantity of its own: it restates the one before in
/// another unit, rounded as the writer chose, and two accounts' roundings are no conflict.
pub fn find_quantities(tokens: &[Token]) -> Vec<Quantity> {
    let mut found: Vec<Quantity> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match parse_quantity(tokens, i) {
            Some(mut q) => {
                i = q.tokens.end.max(i + 1);
                if let Some(unit) = elided_unit(tokens, &found, &q) {
                    q.unit = unit;
                }
                if !found.last().is_some_and(|before| converts(tokens, before, &q)) {
                    found.push(q);
                }
            }
            None => i += 1,
        }
    }
    found
}

/// The noun a count leaves out because the count before it names it: "Labour is expected to
/// win 410 seats, with the Conservatives on 144" counts seats. Only a count that names nothing,
/// after "on" and at the end of its clause, as results are written ("Arsenal on 80").
fn elided_unit(tokens: &[Token], found: &[Quantity], q: &Quantity) -> Option<String> {
    let names_nothing = q.kind == QuantityKind::Count && q.unit.is_empty();
    let after_on = q.tokens.start.checked_sub(1).is_some_and(|i| tokens[i].norm == "on");
    let ends_clause = tokens.get(q.tokens.end).is_none_or(|t| t.kind == TokenKind::Punct);
    if !(names_nothing && after_on && ends_clause) {
        return None;
    }
    let earlier = found.iter().rev().find(|p| p.kind == QuantityKind::Count && !p.unit.is_empty())?;
    Some(earlier.unit.clone())
}

/// Whether `q` stands in brackets right after `before`, of its kind in another unit.
fn converts(tokens: &[Token], before: &Quantity, q: &Quantity) -> bool {
    let opens_at = before.tokens.end;
    let bracketed = norm_at(tokens, opens_at) == "("
        && (opens_at + 1..q.number).all(|k| tokens[k].kind == TokenKind::Punct);
    bracketed && q.kind == before.kind && q.unit != before.unit
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
    let currency = currency_before(tokens, start);
    let money = currency.is_some();
    let (value, after_scale) = match tokens.get(after_scale).map(|t| t.norm.as_str()) {
        Some("m") if money => (value * 1e6, after_scale + 1),
        Some("k") if money => (value * 1e3, after_scale + 1),
        _ => (value, after_scale),
    };
    let (high, after_range) = match range_end(tokens, start, after_scale) {
        Some((high, after)) if high > value => (Some(high), after),
        _ => (None, after_scale),
    };
    // "100 or more prisoners": the bound between the number and its noun.
    let early_bound = bound_after(tokens, after_range)
        .filter(|(_, at)| tokens.get(*at).is_some_and(|t| t.kind == TokenKind::Word && t.content));
    let unit_from = early_bound.map_or(after_range, |(_, at)| at);
    let (kind, unit, end) = classify_unit(tokens, start, unit_from, currency, value > 1.0);
    let scale = match kind {
        QuantityKind::Duration => lexicon::duration_hours(&unit).unwrap_or(1.0),
        QuantityKind::Percent => percent_points(tokens, unit_from).map_or(1.0, |(_, scale)| scale),
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

/// The currency of the sign or code before the number at `start` ("$300", "Rs 10 lakh", "Rs.
/// 500", with the abbreviation's dot).
fn currency_before(tokens: &[Token], start: usize) -> Option<&'static str> {
    let sign = start.checked_sub(1)?;
    let sign = if tokens[sign].norm == "." { sign.checked_sub(1)? } else { sign };
    units::currency_sign(&tokens[sign].norm).filter(|_| sign + 1 == start || tokens[sign].norm == "rs")
}

/// Whether the number at `start` names something ("train no. 13174", "Nr. 5", "№ 3", "Flight
/// 1712", "Resolution 2334", German's "die deutsche Elf", the team) or is a time of day (see
/// [`clock_time`]), not a quantity.
fn names_or_tells_time(tokens: &[Token], start: usize) -> bool {
    let before = |back: usize| start.checked_sub(back).map(|i| tokens[i].norm.as_str());
    let named = before(1) == Some("№")
        || before(1) == Some(".") && before(2).is_some_and(|w| lexicon::one_of(w, "no nr nos"))
        || before(1).is_some_and(|w| lexicon::one_of(w, NUMBERED_NOUNS))
        || is_number_noun(tokens, start);
    named || clock_time(tokens, start).is_some()
}

/// A number word written as a noun: capitalised after a German determiner ("die Elf", a team;
/// "eine Zwei", a mark) or as the capitalised end of a compound ("DFB-Elf"; not "Forty-One").
fn is_number_noun(tokens: &[Token], start: usize) -> bool {
    let word = &tokens[start];
    let compound_end = word.capitalised
        && start >= 2
        && token::glued(tokens, start - 1)
        && tokens[start - 1].norm == "-"
        && lexicon::number_word(&tokens[start - 2].norm).is_none();
    word.kind == TokenKind::Word && (word.common_noun || compound_end)
}

/// Nouns a number right after names one of ("Flight 1712 crashed", "Article 5 guarantees",
/// "Route 66", "Number 10"): the number is an identifier, not a count of the word after it.
const NUMBERED_NOUNS: &str =
    "number flight route highway interstate gate platform terminal runway chapter article \
                              section resolution amendment proposition flug artikel absatz рейс статья";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::analyse::analyse_sentence;

    pub(super) fn quantities(text: &str) -> Vec<Quantity> {
        analyse_sentence(text, 0..text.len()).quantities
    }

    pub(super) fn one(text: &str) -> Quantity {
        let found = quantities(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        found.into_iter().next().unwrap_or_else(|| unreachable!())
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
        assert_eq!(
            kinds("In 1989 Flight 212 crashed, killing 20 people."),
            [(QuantityKind::Date, 1989.0), (QuantityKind::Count, 20.0)]
        );
        assert!(kinds("The vote on Resolution 2334 failed; Article 5 guarantees stand.").is_empty());
        assert!(kinds("Critics want him out of Number 10 immediately.").is_empty());
    }

    #[test]
    fn a_conversion_in_brackets_is_no_quantity_of_its_own() {
        let units =
            |text: &str| quantities(text).iter().map(|q| (q.unit.clone(), q.value)).collect::<Vec<_>>();
        assert_eq!(units("He gave 20,000 yen ($185) to the family."), [("jpy".to_string(), 2e4)]);
        assert_eq!(units("The town lies 60 miles (96 km) north of Orle.").len(), 1);
        // Brackets holding another figure of the same unit are not a conversion.
        assert_eq!(units("Losses rose to $5 million ($2 million last year).").len(), 2);
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
        for written in ["between 2.25 percent and 2.5 percent", "between 2.25 per cent and 2.5 per cent"] {
            let range = one(&format!("The bank set its rate at {written}."));
            assert_eq!(
                (range.value, range.high, range.kind),
                (2.25, 2.5, QuantityKind::Percent),
                "{written}"
            );
        }
        assert_eq!(quantities("Turnout was 49.1 percent or 57,976,538 votes.").len(), 2);
        assert!(quantities("The jet crashed around 6:30 p.m.").is_empty());
        assert_eq!(quantities("They freed 175 and 200 were held.").len(), 2, "no range without between");
    }
}
