//! Durations and the event they measure: the noun a compound modifies ("a 30-day ceasefire",
//! "a two-and-a-half-hour call"), the subject of a verb of lasting ("the call, which lasted
//! over two hours", also in the sentence before when the segmenter split a parenthesis), the
//! noun after "of" ("90 minutes of talks"), the words before "for" ("halt strikes for 30
//! days"), the verb that sets a term ("sentenced to 22 years") or the place it is spent in
//! ("20 years in prison"). A duration that places something in time rather than measuring it
//! ("two weeks ago", "an hour later", "in three days") has no event, and is no fact.

use super::words::concept_of;
use crate::engine::analyse::{Token, TokenKind};
use crate::engine::lexicon;
use crate::engine::quantity::Quantity;
use crate::engine::token::{glued, norm_at};

/// Content words before "for" that name what a duration is of.
const FOR_EVENT_WORDS: usize = 2;
/// Words back from a verb of lasting searched for a German or Russian subject.
const FOREIGN_SUBJECT_WORDS: usize = 5;

/// The concepts and words of tokens `indices`. A word that opens a hyphenated compound stands
/// for the compound's closed spelling ("cease-fire": "ceasefire"), as house styles differ.
fn named(tokens: &[Token], indices: &[usize]) -> (Vec<String>, Vec<String>) {
    let (mut concepts, mut words) = (Vec::new(), Vec::new());
    for &i in indices {
        let Some(t) = tokens.get(i) else { continue };
        match tokens.get(i + 2).filter(|_| tokens[i + 1].norm == "-" && glued(tokens, i + 1)) {
            Some(next) => {
                let closed = format!("{}{}", t.norm, next.norm);
                concepts.push(lexicon::concept(&lexicon::stem(&closed)).to_string());
                words.push(closed);
            }
            None => {
                concepts.push(concept_of(t));
                words.push(t.norm.clone());
            }
        }
    }
    (concepts, words)
}

/// Whether a word is written in another language than English: Cyrillic, or a capitalised
/// German noun the event list knows.
fn is_foreign(token: &Token) -> bool {
    !token.norm.is_ascii() || lexicon::event_concept(&token.norm).is_some()
}

/// The concepts and words naming the event a duration measures (`previous`: the sentence
/// before, for a subject the segmenter left there).
pub(super) fn duration_event(
    tokens: &[Token],
    previous: Option<&[Token]>,
    q: &Quantity,
) -> Option<(Vec<String>, Vec<String>)> {
    let end = q.tokens.end;
    let before = q.tokens.start;
    if is_record_span(tokens, before) {
        return None;
    }
    if is_offset(tokens, before, end) {
        return None;
    }
    // "a 30-day ceasefire", "two-and-a-half-hour telephone call": the unit glued by a hyphen.
    let hyphenated = end >= 2 && norm_at(tokens, end - 2) == "-" && glued(tokens, end - 2);
    if hyphenated {
        // The noun the compound modifies: its first word ("30-day ceasefire proposal": the
        // ceasefire).
        if tokens.get(end).is_some_and(is_event_word) {
            return Some(named(tokens, &[end]));
        }
    }
    // "90 minutes of talks", "zwei Stunden Gespräche" are rare; "of" is the common form. Not
    // "of my life", "of his time": a span of someone's, not of an event.
    if lexicon::one_of(norm_at(tokens, end), "of von")
        && !lexicon::one_of(norm_at(tokens, end + 1), "my his her our your their")
    {
        if let Some(i) = (end + 1..tokens.len().min(end + 3)).find(|&i| is_event_word(&tokens[i])) {
            return Some(named(tokens, &[i]));
        }
    }
    // "the call lasted over two hours", "the conversation, which lasted about an hour".
    let verb =
        (before.saturating_sub(2)..before).rev().find(|&i| lexicon::is_lasting_verb(norm_at(tokens, i)));
    if let Some(verb) = verb {
        return match subject_before(tokens, verb) {
            Subject::At(i) => Some(named(tokens, &[i])),
            Subject::None => None,
            Subject::Before(open) => {
                let previous = previous?;
                let i = subject_in_previous(previous, open)?;
                Some(named(previous, &[i]))
            }
        };
    }
    // "halt strikes on energy infrastructure for 30 days": the words before "for".
    if matches!(norm_at(tokens, before.wrapping_sub(1)), "for" | "für" | "на") && before >= 1 {
        let mut words: Vec<usize> = Vec::new();
        for i in (0..before - 1).rev() {
            if words.len() == FOR_EVENT_WORDS
                || tokens[i].kind == TokenKind::Punct
                || lexicon::is_speech_verb(norm_at(tokens, i))
            {
                break;
            }
            if is_event_word(&tokens[i]) {
                words.push(i);
            }
        }
        words.reverse();
        if !words.is_empty() {
            return Some(named(tokens, &words));
        }
    }
    // "sentenced to 22 years", "sentenced him to 22 years in prison", "cut to five days": the
    // verb the term is set by, and the place it is spent in ("20 years in prison").
    let to = before.checked_sub(1).filter(|&t| norm_at(tokens, t) == "to");
    // One word between the verb and "to" may be its object: a pronoun or a name.
    let object = |o: usize| lexicon::one_of(norm_at(tokens, o), "him her them") || tokens[o].capitalised;
    let verb = to.and_then(|t| t.checked_sub(1)).and_then(|v| {
        if norm_at(tokens, v).ends_with("ed") {
            Some(v)
        } else {
            v.checked_sub(1).filter(|_| object(v))
        }
    });
    let setter = verb.filter(|&v| norm_at(tokens, v).ends_with("ed") && is_event_word(&tokens[v]));
    let place = (lexicon::one_of(norm_at(tokens, end), "in behind")
        && tokens.get(end + 1).is_some_and(is_event_word))
    .then_some(end + 1);
    let events: Vec<usize> = setter.into_iter().chain(place).collect();
    if !events.is_empty() {
        return Some(named(tokens, &events));
    }
    None
}

/// "Spain's worst earthquake for 50 years", "the deadliest crash in nearly three decades": a
/// duration after "for" or "in" that follows a superlative and its noun in its clause is the
/// span of a record, not the length of the event; no fact a reader would line up with one.
fn is_record_span(tokens: &[Token], start: usize) -> bool {
    let Some(preposition) = start.checked_sub(1).filter(|&i| lexicon::one_of(&tokens[i].norm, "for in"))
    else {
        return false;
    };
    let clause = (preposition.saturating_sub(RECORD_WORDS)..preposition).rev();
    let superlative =
        clause.take_while(|&i| tokens[i].kind != TokenKind::Punct).find(|&i| is_superlative(tokens, i));
    superlative.is_some_and(|s| (s + 1..preposition).any(|i| is_event_word(&tokens[i])))
}

/// Words back from a record span's "for" searched for the superlative.
const RECORD_WORDS: usize = 6;

/// A superlative after "the", a possessive pronoun or a name, whose possessive "'s" the
/// tokens drop ("the worst", "Spain's deadliest"): "worst", "best", "most", "least", or a word
/// in "-est". Nouns so spelled ("the protest for three days") are let through by
/// [`is_record_span`], which wants the record's noun after the superlative.
fn is_superlative(tokens: &[Token], i: usize) -> bool {
    let determined = i.checked_sub(1).is_some_and(|d| {
        lexicon::one_of(&tokens[d].norm, "the its their his her our") || tokens[d].is_name()
    });
    let word = &tokens[i].norm;
    let in_est = word.len() > 5 && word.ends_with("est");
    let superlative = lexicon::one_of(word, "worst best most least") || in_est;
    determined && superlative && tokens[i].kind == TokenKind::Word
}

/// A duration placing something in time rather than measuring it: "two weeks ago", "an hour
/// later", "in three days", "within a week", "vor drei Tagen", "через два дня".
fn is_offset(tokens: &[Token], start: usize, end: usize) -> bool {
    let after = norm_at(tokens, end);
    let before = start.checked_sub(1).map_or("", |i| norm_at(tokens, i));
    // "searched for three hours before nightfall" measures; "three hours before" alone places.
    let measured = lexicon::one_of(before, "for für на") || lexicon::is_lasting_verb(before);
    !measured && lexicon::one_of(after, "ago later earlier after before from old назад спустя später")
        || lexicon::one_of(before, "in within after vor nach innerhalb через после спустя every each")
}

/// A word that can name an event: a content word that is no number, name, unit or speech verb;
/// in German or Russian, a noun the event list knows ("Telefonat", "перемирие").
fn is_event_word(token: &Token) -> bool {
    if is_foreign(token) {
        return token.kind == TokenKind::Word && lexicon::event_concept(&token.norm).is_some();
    }
    token.kind == TokenKind::Word
        && token.content
        && !token.capitalised
        && lexicon::duration_unit(&token.norm).is_none()
        && !lexicon::is_speech_verb(&token.norm)
        && lexicon::number_word(&token.norm).is_none()
}

/// Where the subject of a verb of lasting is.
enum Subject {
    At(usize),
    None,
    /// Before the opening mark of a parenthesis begun in the previous sentence.
    Before(&'static str),
}

/// The noun a verb of lasting is said of: back from the verb over "which"/"that", commas and a
/// parenthesis set off by dashes, to the nearest event word.
fn subject_before(tokens: &[Token], verb: usize) -> Subject {
    let mut i = verb;
    while i > 0 {
        i -= 1;
        let t = &tokens[i];
        if lexicon::one_of(&t.norm, "which that , der die das который которая которое") {
            continue;
        }
        if t.norm == "-" || t.norm == ")" {
            let open = if t.norm == ")" { "(" } else { "-" };
            match (0..i).rev().find(|&j| tokens[j].norm == open) {
                Some(opening) => {
                    i = opening;
                    continue;
                }
                // The parenthesis opened in the sentence before (the segmenter split it at an
                // abbreviation such as "10 a.m."): its subject is there.
                None => return Subject::Before(open),
            }
        }
        if is_event_word(t) {
            return Subject::At(i);
        }
        // A German or Russian clause: look further back for a noun the event list knows.
        if t.kind == TokenKind::Word
            && (!t.norm.is_ascii() || t.capitalised)
            && verb - i <= FOREIGN_SUBJECT_WORDS
        {
            continue;
        }
        return Subject::None;
    }
    Subject::None
}

/// The event word right before the last `open` mark of the previous sentence.
fn subject_in_previous(previous: &[Token], open: &str) -> Option<usize> {
    let opening = (0..previous.len()).rev().find(|&j| previous[j].norm == open)?;
    (0..opening)
        .rev()
        .take_while(|&j| previous[j].kind != TokenKind::Punct)
        .find(|&j| is_event_word(&previous[j]))
}
