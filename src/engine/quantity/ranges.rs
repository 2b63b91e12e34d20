//! Ranges: the high end of a range after a number ("three to four", "3-4", "3 bis 4", "3–4",
//! "two or three", "between 5% and 5.25%", "between 2.25 percent and 2.5 percent"), not after a
//! change's "from" or "by".

use super::numbers::{apply_scales, parse_number};
use super::units::percent_sign_len;
use crate::engine::lexicon;
use crate::engine::token::{Token, TokenKind};

/// The high end of a range after a number: "three to four", "3-4", "3 bis 4", "3–4", "two or
/// three". Not after "from" ("rose from 60 to 72" is a change, not a range) nor after "by"
/// ("raised by 0.25% to 4.75%" is a change, then a level).
pub(super) fn range_end(tokens: &[Token], start: usize, at: usize) -> Option<(f64, usize)> {
    // "5% to 5.25%", "between 2.25 percent and 2.5 percent": the unit may stand after each end.
    let low_percent_sign = percent_sign_len(tokens, at);
    let at = at + low_percent_sign;
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
    if low_percent_sign > 0 && percent_sign_len(tokens, after) == 0 {
        return None;
    }
    Some(apply_scales(tokens, after, high))
}
