//! What a bounded value admits, and the verdict between two values of one slot.
//!
//! Analysis reads the words around a number into a [`Bound`] (`quantity`); this module owns
//! what the bound means. Each value becomes an interval of true values it admits, in the
//! slot's base unit, and two values are:
//! - `same`: both exact and equal (after units: 90 minutes = 1.5 hours; after per-party counts:
//!   175 each = 350 in all), or the same bound on the same value ("over 70" and "more than 70");
//! - `compatible`: their intervals meet ("over 90 minutes" and 1.5 hours; "about two hours" and
//!   2 hours; "dozens" and 40);
//! - `conflicting`: their intervals are disjoint ("more than two hours" and 1.5 hours; "over 70"
//!   and 60; 175 each and 372 in all).
//!
//! The intervals: exact v = [v, v]; about/some/around v = [0.85 v, 1.15 v]; nearly/almost v =
//! [0.85 v, v]; over/more than v and at least v = [v, 1.5 v] (news writes "over 120" for a
//! figure a little above 120, not for 200), and for a count at least up to v + 10 (a small
//! count is a floor: "at least one passenger" killed is consistent with "four passengers");
//! under/fewer than v and up to/at most v = [0, v] (a
//! ceiling only); a range or vague plural ("dozens" = 24 to 99) = [low, high]. Strict bounds are
//! closed on purpose: reported values are rounded, so a value lying on a bound is compatible
//! with it — "over 90 minutes" and "1.5 hours" can both be true of a 95-minute call — and only
//! a value beyond the bound conflicts.
//!
//! An exact, "about" or "nearly" value also has a point: the value it names. Two values are
//! consistent when the point of one lies in the other's interval ("about 2 hours" and "over 2
//! hours"; "some 200" and "more than 120" are not: 200 is beyond what "more than 120" admits),
//! or, when neither has a point (two bounds or ranges), when their intervals overlap ("3 to 4
//! hours" and "over 2 hours").
//! A per-party count ("175 each") meets a total as twice its value: the exchanges news counts
//! are between two sides.

use crate::engine::model::FactVerdict;
use crate::engine::quantity::{format_number, Bound, Quantity, QuantityKind};
use crate::engine::{decimal, lexicon};

/// How far from an "about" value the true value may lie, as a share of it.
pub const ABOUT_TOLERANCE: f64 = 0.15;
/// How far above an "over" value the true value may lie, as a multiple of it.
pub const OVER_REACH: f64 = 1.5;
/// How far above an "over" or "at least" count the true count may lie however small it is:
/// "at least one passenger" is a floor, and four passengers lie within it.
const SMALL_COUNT_REACH: f64 = 10.0;
/// Parties a per-party count is multiplied by to meet a total.
const PARTIES: f64 = 2.0;

/// The interval `[low, high]` of true values a quantity admits (per party when `each`).
pub fn interval(q: &Quantity) -> (f64, f64) {
    let v = q.value;
    match q.bound {
        Bound::Exact => (v, v),
        Bound::About => (v * (1.0 - ABOUT_TOLERANCE), v * (1.0 + ABOUT_TOLERANCE)),
        Bound::Nearly => (v * (1.0 - ABOUT_TOLERANCE), v),
        Bound::Over | Bound::AtLeast if q.kind == QuantityKind::Count => {
            (v, (v * OVER_REACH).max(v + SMALL_COUNT_REACH))
        }
        Bound::Over | Bound::AtLeast => (v, v * OVER_REACH),
        Bound::Under | Bound::AtMost => (0.0, v),
        Bound::Between | Bound::Vague | Bound::Tally => (v, q.high.max(v)),
    }
}

/// The value an exact, "about" or "nearly" quantity names; bounds and ranges name none.
fn point(q: &Quantity) -> Option<f64> {
    matches!(q.bound, Bound::Exact | Bound::About | Bound::Nearly).then_some(q.value)
}

/// The verdict between two values of one slot, and one line saying why. A per-party count
/// against a plain one is read both ways, the plain one as a total and as one side's count
/// ("175 each" and "Ukraine got back 175"), and the reading that agrees best is kept.
pub fn relate(a: &Quantity, b: &Quantity) -> (FactVerdict, String) {
    let as_total = relate_read(a, b);
    if a.each == b.each || as_total.0 == FactVerdict::Same {
        return as_total;
    }
    // Verdicts order conflicting < compatible < same (`relate` never says partial).
    let per_side = relate_per_side(a, b);
    if per_side.0 > as_total.0 {
        per_side
    } else {
        as_total
    }
}

/// Two tallies agree when both numbers do; written from the other side ("3-1", "1-3") they
/// may be one result. A tally is no count.
fn relate_tallies(a: &Quantity, b: &Quantity) -> (FactVerdict, String) {
    let (x, y) = (a.describe_bounded(), b.describe_bounded());
    if a.bound != b.bound {
        (FactVerdict::Compatible, "a tally and a count are different kinds of value".to_string())
    } else if a.value == b.value && a.high == b.high {
        (FactVerdict::Same, format!("both give {x}"))
    } else if a.value == b.high && a.high == b.value {
        (FactVerdict::Compatible, format!("{x} and {y} may be one tally written from each side"))
    } else {
        (FactVerdict::Conflicting, format!("{x} ≠ {y}"))
    }
}

/// Whether one value is the other rounded to the decimals it is written with ("50.9%" and
/// "50.88%", "$94.9 billion" and "$94.93 billion", "51%" and "50.9%"; not "2 hours" and "2.4
/// hours"), and close enough for a reader to take it as such: "3%" is no rounding of a policy
/// rate of "3.25%" (see [`ROUNDING_TOLERANCE`]).
fn rounds_to(a: &Quantity, b: &Quantity) -> bool {
    // The number as a reader sees it, with its scale word ("94.93 billion").
    let written = |q: &Quantity| {
        let text = q.describe();
        let number: String = text.chars().filter(|c| c.is_ascii_digit() || *c == '.').collect();
        let decimals = number.split_once('.').map_or(0, |(_, d)| d.len());
        let scale = text.split_whitespace().find(|w| lexicon::scale_word(w).is_some()).map(str::to_string);
        (decimal::parse(&number), decimals, scale)
    };
    let ((Some(x), dx, sx), (Some(y), dy, sy)) = (written(a), written(b)) else { return false };
    let decimals = dx.min(dy);
    let scale = [1.0, 10.0, 100.0, 1000.0, 10000.0][decimals.min(4)];
    let round = |v: f64| (v * scale).round_ties_even();
    // Whole percentages and amounts in a scale are rounded too ("51%", "$95 billion"); whole
    // hours or counts are not ("2 hours" is no rounding of "2.4 hours").
    let rounded_whole = matches!(a.kind, QuantityKind::Percent | QuantityKind::Money);
    let close = (x - y).abs() <= ROUNDING_TOLERANCE * x.abs().max(y.abs());
    sx == sy && (decimals >= 1 || rounded_whole) && dx != dy && round(x) == round(y) && close
}

/// The largest difference, relative to the larger value, that rounding explains: "51%" for
/// "50.88%" (0.2%) and "$95 billion" for "$94.93 billion" (0.1%) are roundings; "3%" for
/// "3.25%" (8%) and "5%" for "5.25%" (5%) are other values, a quarter point apart.
const ROUNDING_TOLERANCE: f64 = 0.025;

/// [`relate`] with a per-party count against a plain one read as one side's count.
pub fn relate_per_side(a: &Quantity, b: &Quantity) -> (FactVerdict, String) {
    let per_side = |q: &Quantity| Quantity { each: false, ..q.clone() };
    let (verdict, why) = relate_read(&per_side(a), &per_side(b));
    if a.each == b.each {
        (verdict, why)
    } else {
        (verdict, format!("read as one side's count: {why}"))
    }
}

/// [`relate`] with a per-party count against a plain one read as a total.
fn relate_read(a: &Quantity, b: &Quantity) -> (FactVerdict, String) {
    if a.bound == Bound::Tally || b.bound == Bound::Tally {
        return relate_tallies(a, b);
    }
    let (a_total, b_total, arithmetic) = totals(a, b);
    let (x, y) = (a.describe_bounded(), b.describe_bounded());
    let both_exact = a.bound == Bound::Exact && b.bound == Bound::Exact;
    let (la, ha) = scaled(interval(a), a_total);
    let (lb, hb) = scaled(interval(b), b_total);
    let same_bound = a.bound == b.bound && close(la, lb) && close(ha, hb);
    if both_exact || same_bound {
        if close(la, lb) && close(ha, hb) {
            let why = match arithmetic {
                Some(sum) => sum + ": the same count",
                None if x == y => format!("both give {x}"),
                None => format!("{x} = {y}"),
            };
            return (FactVerdict::Same, why);
        }
        if arithmetic.is_none() && a.each == b.each && rounds_to(a, b) {
            return (
                FactVerdict::Compatible,
                format!("{x} and {y} are consistent: one is the other rounded"),
            );
        }
        let why = match &arithmetic {
            Some(sum) => format!("{sum}, not {}", other_value(a, b, a_total)),
            None => format!("{x} ≠ {y}"),
        };
        return (FactVerdict::Conflicting, why);
    }
    let within = |p: f64, low: f64, high: f64| p >= low * (1.0 - 1e-9) && p <= high * (1.0 + 1e-9);
    let factor = |total: bool| if total { PARTIES } else { 1.0 };
    let pa = point(a).map(|p| p * factor(a_total));
    let pb = point(b).map(|p| p * factor(b_total));
    let meet = match (pa, pb) {
        (None, None) => la <= hb * (1.0 + 1e-9) && lb <= ha * (1.0 + 1e-9),
        _ => pa.is_some_and(|p| within(p, lb, hb)) || pb.is_some_and(|p| within(p, la, ha)),
    };
    let prefix = arithmetic.map(|sum| sum + "; ").unwrap_or_default();
    if meet {
        (FactVerdict::Compatible, format!("{prefix}{x} and {y} are consistent: {}", how_they_meet(a, b)))
    } else {
        (FactVerdict::Conflicting, prefix + &why_not((a, &x), (b, &y), (la, ha), (lb, hb)))
    }
}

/// Whether each side is to be doubled (a per-party count against a total), and the arithmetic.
fn totals(a: &Quantity, b: &Quantity) -> (bool, bool, Option<String>) {
    match (a.each, b.each) {
        (true, false) => (true, false, Some(doubled(a))),
        (false, true) => (false, true, Some(doubled(b))),
        _ => (false, false, None),
    }
}

fn doubled(each: &Quantity) -> String {
    format!(
        "{} each × {} = {} in all",
        format_number(each.value_in_unit()),
        format_number(PARTIES),
        format_number(each.value_in_unit() * PARTIES)
    )
}

fn other_value(a: &Quantity, b: &Quantity, a_is_each: bool) -> String {
    let total = if a_is_each { b } else { a };
    format_number(total.value_in_unit())
}

fn scaled((low, high): (f64, f64), total: bool) -> (f64, f64) {
    if total {
        (low * PARTIES, high * PARTIES)
    } else {
        (low, high)
    }
}

fn close(a: f64, b: f64) -> bool {
    a == b || (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// Why two values whose intervals meet are consistent.
fn how_they_meet(a: &Quantity, b: &Quantity) -> String {
    let lies = |p: &Quantity, q: &Quantity| {
        let (low, high) = interval(q);
        let (l, h) = if p.each != q.each && p.each { (low / PARTIES, high / PARTIES) } else { (low, high) };
        point(p).is_some_and(|v| v >= l * (1.0 - 1e-9) && v <= h * (1.0 + 1e-9))
    };
    let (inside, bounding) = match (a.bound == Bound::Exact, b.bound == Bound::Exact) {
        (true, false) => (a, b),
        (false, true) => (b, a),
        _ if lies(a, b) => (a, b),
        _ if lies(b, a) => (b, a),
        _ => return "the ranges they admit overlap".to_string(),
    };
    format!("{} lies within \"{}\"", inside.describe(), bounding.describe_bounded())
}

/// Why two values (with their descriptions) whose intervals are disjoint conflict.
fn why_not(
    (a, x): (&Quantity, &str),
    (b, y): (&Quantity, &str),
    (la, ha): (f64, f64),
    (lb, hb): (f64, f64),
) -> String {
    // The exact value, the bounded one, and where the exact value lies: below the bounded
    // one's interval when its own ends before that interval starts.
    let (exact, bounded, below) = match (a.bound == Bound::Exact, b.bound == Bound::Exact) {
        (true, false) => (a, y, ha < lb),
        (false, true) => (b, x, hb < la),
        _ => return format!("\"{x}\" and \"{y}\" admit no common value"),
    };
    let side = if below { "below" } else { "above" };
    format!("{} is {side} \"{bounded}\"", exact.describe())
}

#[cfg(test)]
mod tests {
    use super::super::super::analyse::analyse_sentence;
    use super::*;

    fn q(text: &str) -> Quantity {
        let found = analyse_sentence(text, 0..text.len()).quantities;
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        found.into_iter().next().unwrap_or_else(|| unreachable!())
    }

    fn verdict(a: &str, b: &str) -> FactVerdict {
        let (v, why) = relate(&q(a), &q(b));
        let (back, _) = relate(&q(b), &q(a));
        assert_eq!(v, back, "the verdict is symmetric: {a} / {b}");
        assert!(!why.is_empty());
        v
    }

    use FactVerdict::{Compatible as C, Conflicting as X, Same as S};

    /// Every bound word against a value below, inside and above what it admits.
    #[test]
    fn every_bound_word_against_values_below_inside_and_above() {
        // (phrase with 100 prisoners, a value below, inside, above; expected verdicts)
        let cases: &[(&str, [(&str, FactVerdict); 3])] = &[
            ("over 100 prisoners", [("90 prisoners", X), ("120 prisoners", C), ("151 prisoners", X)]),
            ("more than 100 prisoners", [("90 prisoners", X), ("150 prisoners", C), ("200 prisoners", X)]),
            ("at least 100 prisoners", [("99 prisoners", X), ("100 prisoners", C), ("300 prisoners", X)]),
            ("up to 100 prisoners", [("50 prisoners", C), ("100 prisoners", C), ("101 prisoners", X)]),
            ("fewer than 100 prisoners", [("50 prisoners", C), ("99 prisoners", C), ("120 prisoners", X)]),
            ("under 100 prisoners", [("10 prisoners", C), ("100 prisoners", C), ("140 prisoners", X)]),
            ("nearly 100 prisoners", [("80 prisoners", X), ("95 prisoners", C), ("105 prisoners", X)]),
            ("almost 100 prisoners", [("70 prisoners", X), ("99 prisoners", C), ("101 prisoners", X)]),
            ("about 100 prisoners", [("80 prisoners", X), ("110 prisoners", C), ("120 prisoners", X)]),
            ("some 100 prisoners", [("84 prisoners", X), ("90 prisoners", C), ("116 prisoners", X)]),
            ("dozens of prisoners", [("20 prisoners", X), ("40 prisoners", C), ("100 prisoners", X)]),
            ("hundreds of prisoners", [("150 prisoners", X), ("400 prisoners", C), ("1000 prisoners", X)]),
            ("100 or more prisoners", [("90 prisoners", X), ("100 prisoners", C), ("500 prisoners", X)]),
            ("80 to 100 prisoners", [("70 prisoners", X), ("90 prisoners", C), ("110 prisoners", X)]),
            ("mehr als 100 Gefangene", [("90 prisoners", X), ("100 prisoners", C), ("160 prisoners", X)]),
            ("mindestens 100 Gefangene", [("99 prisoners", X), ("150 prisoners", C), ("300 prisoners", X)]),
            ("bis zu 100 Gefangene", [("50 prisoners", C), ("100 prisoners", C), ("101 prisoners", X)]),
            ("weniger als 100 Gefangene", [("50 prisoners", C), ("99 prisoners", C), ("120 prisoners", X)]),
            ("fast 100 Gefangene", [("80 prisoners", X), ("95 prisoners", C), ("105 prisoners", X)]),
            ("etwa 100 Gefangene", [("80 prisoners", X), ("110 prisoners", C), ("120 prisoners", X)]),
            ("более 100 пленных", [("90 prisoners", X), ("100 prisoners", C), ("160 prisoners", X)]),
            ("не менее 100 пленных", [("99 prisoners", X), ("100 prisoners", C), ("300 prisoners", X)]),
            ("до 100 пленных", [("50 prisoners", C), ("100 prisoners", C), ("101 prisoners", X)]),
            ("менее 100 пленных", [("50 prisoners", C), ("99 prisoners", C), ("120 prisoners", X)]),
            ("почти 100 пленных", [("80 prisoners", X), ("95 prisoners", C), ("105 prisoners", X)]),
            ("около 100 пленных", [("80 prisoners", X), ("110 prisoners", C), ("120 prisoners", X)]),
            ("at least 1 prisoner", [("0 prisoners", X), ("4 prisoners", C), ("12 prisoners", X)]),
            ("more than 4 prisoners", [("3 prisoners", X), ("14 prisoners", C), ("15 prisoners", X)]),
        ];
        for (bounded, values) in cases {
            for (value, expected) in values {
                assert_eq!(verdict(bounded, value), *expected, "{bounded} / {value}");
            }
        }
    }

    #[test]
    fn units_and_per_party_counts() {
        assert_eq!(verdict("90 minutes", "1.5 hours"), S);
        assert_eq!(verdict("two and a half hours", "150 minutes"), S);
        assert_eq!(verdict("over 90 minutes", "1.5 hours"), C);
        assert_eq!(verdict("about two hours", "2 hours"), C);
        assert_eq!(verdict("more than two hours", "1.5 hours"), X);
        assert_eq!(verdict("over 70 dead", "60 dead"), X);
        assert_eq!(verdict("175 prisoners each", "350 prisoners"), S);
        assert_eq!(verdict("175 prisoners each", "372 prisoners"), X);
        assert_eq!(verdict("175 prisoners each", "175 prisoners"), S, "one side's count");
        assert_eq!(verdict("about 175 prisoners", "175 prisoners each"), C);
        assert_eq!(verdict("175 prisoners each", "over 300 prisoners"), C, "a total over 300");
        assert_eq!(verdict("175 prisoners each", "200 prisoners"), X);
        assert_eq!(verdict("over 70 dead", "more than 70 dead"), S);
        assert_eq!(verdict("3 to 4 hours", "over two hours"), C);
        assert_eq!(verdict("more than 120 firefighters", "some 200 firefighters"), X);
        assert_eq!(verdict("about 2 hours", "over two hours"), C);
        assert_eq!(verdict("over 90 minutes", "90 minutes"), C, "a value on a strict bound is compatible");
        let (_, why) = relate(&q("175 prisoners each"), &q("372 prisoners"));
        assert_eq!(why, "175 each × 2 = 350 in all, not 372");
        let (_, why) = relate(&q("1.5 hours"), &q("more than two hours"));
        assert_eq!(why, "1.5 hours is below \"over 2 hours\"");
    }
}
