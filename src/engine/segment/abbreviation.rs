//! Finding the abbreviation a token ends with: "U.S." (single letters joined by periods),
//! "Mr." (a table word), "E." (an initial), or the last part of "Tuesday.Mr.".

use super::language::{Abbreviation, Languages};
use super::tokens::Folded;

/// The longest stretch of letters and periods read when looking for an abbreviation.
const MAX_KEY_CHARS: usize = 24;

/// The abbreviation that `stem` (a token without its final period) ends with; `previous` is
/// the token before it, for abbreviations spelt with a space ("т. д.", "z. B."). Addresses
/// ("x@example.co.") are the caller's to exclude.
pub(super) fn ending_abbreviation(previous: &str, stem: &str, languages: &Languages) -> Option<Abbreviation> {
    let key = trailing_key(stem)?;
    if let Some(spaced) = spaced_pair(previous, key).and_then(|pair| languages.abbreviation(pair.as_str())) {
        return Some(spaced);
    }
    if is_letters_with_periods(key) {
        return Some(languages.abbreviation(key).unwrap_or(Abbreviation::MaybeFinal));
    }
    let word = key.rsplit('.').next().unwrap_or(key);
    languages.abbreviation(word).or_else(|| is_single_letter(word).then_some(Abbreviation::MaybeFinal))
}

/// The trailing run of letters and periods of `stem` ("U.S", "Mr", "N°"), unless it is glued
/// to a digit ("5th"). Only the last `MAX_KEY_CHARS` chars are read, so that scanning a long
/// run of glued words ("x.Abx.Abx.Ab…") stays linear; of a longer run only the whole parts
/// after its first period in that window are kept.
fn trailing_key(stem: &str) -> Option<&str> {
    let is_key_char = |c: char| c.is_alphabetic() || c == '.' || c == '°';
    let mut start = stem.len();
    for (count, (i, c)) in stem.char_indices().rev().enumerate() {
        if !is_key_char(c) {
            break;
        }
        if count == MAX_KEY_CHARS {
            let window = &stem[start..];
            return window.find('.').map(|dot| &window[dot + 1..]).filter(|key| !key.is_empty());
        }
        start = i;
    }
    let key = stem[start..].trim_start_matches('.');
    let glued_to_digit = stem[..start].chars().next_back().is_some_and(|c| c.is_alphanumeric());
    (!key.is_empty() && !glued_to_digit).then_some(key)
}

/// "U.S", "a.m", "Ph.D", "z.B": two or more parts of one or two letters.
fn is_letters_with_periods(key: &str) -> bool {
    key.contains('.') && key.split('.').all(|part| (1..=2).contains(&part.chars().count()))
}

fn is_single_letter(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_alphabetic) && chars.next().is_none()
}

/// "т." + "д" → "т.д": two single letters each with a period, written apart.
fn spaced_pair(previous: &str, key: &str) -> Option<Folded> {
    let first = previous.strip_suffix('.')?;
    if !(is_single_letter(first) && is_single_letter(key)) {
        return None;
    }
    let mut pair = [0u8; 10];
    let len = first.len() + 1 + key.len();
    pair[..first.len()].copy_from_slice(first.as_bytes());
    pair[first.len()] = b'.';
    pair[first.len() + 1..len].copy_from_slice(key.as_bytes());
    Folded::new(std::str::from_utf8(&pair[..len]).ok()?)
}
