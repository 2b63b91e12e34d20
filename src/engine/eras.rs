//! Which event the words of a sentence are about: the one the accounts report, or an earlier
//! one their background recalls ("the 1985 quake, which killed 5,000 people", "a tremor that
//! killed nearly 100 people two weeks ago", "In 1981, 11 people were killed when…"). Counts of
//! two events are different facts however alike their slots, so the fact sheet does not set
//! them against each other; and a sentence that opens on an earlier event tells that event,
//! so alignment does not take it for a report of today's, however many words they share.
//!
//! A sentence marks an earlier event in these ways:
//! - a year (not one inside a full date such as "March 18, 2025", which dates a day of the
//!   story): the facts after it in the sentence are of that year's event. A year after "since"
//!   is a reference point ("the deadliest since 1985"), unless a clause about it follows
//!   ("since 1989, when a jet crashed, killing 20");
//! - a span of time back from the present ("two weeks ago", "три года назад"): the facts of its
//!   clause are of that time's event, and, when the clause opens the sentence, the facts of the
//!   whole sentence;
//! - German "vor 20 Jahren" dates the words after it; "damals" (back then) opening a sentence,
//!   the whole sentence;
//! - "another" before a word that is no number ("another massive quake that left thousands
//!   dead"; but "another 30 children were missing" adds to a count of this event): the facts
//!   after it are of that other event.

use super::lexicon;
use super::quantity;
use super::token::{glued, Token, TokenKind};

/// The event a fact is of.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Era {
    /// The event the accounts report.
    #[default]
    Reported,
    /// An earlier event, dated by its year.
    Year(i32),
    /// An earlier event with no year ("two weeks ago").
    Earlier,
}

impl Era {
    /// Whether the era is of an earlier event, dated or not.
    pub fn is_earlier(self) -> bool {
        self != Era::Reported
    }
}

/// Words saying a span of time reaches back from the present, or that what follows happened
/// then ("damals").
const AGO: &str = "ago назад damals";
/// Words that introduce another event of the kind reported.
const ANOTHER: &str = "another";
/// Words after which a year is a reference point, not the time of what follows.
const SINCE: &str = "since seit с";
/// Words that open a clause about the year before them ("since 1989, when…").
const CLAUSE_ABOUT_THE_YEAR: &str = "when als когда";

/// Tokens at the start of a sentence within which a mark that dates the rest of the sentence
/// makes the whole sentence about its event ("In 1981, …", "Two years ago, …").
const OPENING_TOKENS: usize = 4;

/// The era of every token of a sentence, in one pass (a sentence may be a whole pasted page):
/// a year or "another" dates the tokens after it, until a later mark; "ago" dates its clause
/// up to it, and the rest of the sentence too when that clause opens the sentence.
pub fn token_eras(tokens: &[Token]) -> Vec<Era> {
    let mut eras = vec![Era::Reported; tokens.len()];
    let mut current = Era::Reported;
    let mut next: Option<(usize, Era)> = None;
    let (mut clause, mut dated_up_to) = (0, 0);
    for (at, token) in tokens.iter().enumerate() {
        if let Some((_, era)) = next.filter(|&(start, _)| start == at) {
            current = era;
            next = None;
        }
        eras[at] = current;
        if ends_clause(token) {
            clause = at + 1;
        } else if let Some(mark) = forward_mark(tokens, at) {
            // "the largest since a 7.3-magnitude quake in 1999": the words from "since" to the
            // year tell that year's event too.
            if let Era::Year(_) = mark.1 {
                let since = (dated_up_to..at)
                    .rev()
                    .take_while(|&i| !ends_clause(&tokens[i]) || glued(tokens, i))
                    .find(|&i| lexicon::one_of(&tokens[i].norm, SINCE));
                if let Some(since) = since {
                    eras[since + 1..at].fill(mark.1);
                }
            }
            next = Some(mark);
        } else if lexicon::one_of(&token.norm, AGO) {
            for era in &mut eras[clause.max(dated_up_to)..=at] {
                *era = Era::Earlier;
            }
            dated_up_to = at + 1;
            if clause == 0 {
                current = Era::Earlier;
            }
        }
    }
    eras
}

/// The era a whole sentence is about: that of a mark among its first few tokens which dates
/// everything after it ("In 1981, 11 people were killed…"); the reported event otherwise.
pub fn sentence_era(tokens: &[Token]) -> Era {
    for (at, token) in tokens.iter().enumerate().take(OPENING_TOKENS) {
        if ends_clause(token) {
            return Era::Reported;
        }
        if let Some((_, era)) = forward_mark(tokens, at) {
            return era;
        }
        if lexicon::one_of(&token.norm, AGO) {
            return Era::Earlier;
        }
    }
    Era::Reported
}

/// A mark at token `at` that dates what follows it: the token where its scope begins and its
/// era. A year (not one of a full date) dates what follows it; "another" before a word that
/// is no number, an earlier event.
fn forward_mark(tokens: &[Token], at: usize) -> Option<(usize, Era)> {
    let token = &tokens[at];
    if quantity::is_year(tokens, at) && !in_full_date(tokens, at) {
        let start = year_scope_start(tokens, at)?;
        return Some((start, Era::Year(token.norm.parse().unwrap_or_default())));
    }
    let another =
        lexicon::one_of(&token.norm, ANOTHER) && tokens.get(at + 1).is_some_and(|t| !quantity::is_number(t));
    (another || german_ago(tokens, at)).then_some((at + 1, Era::Earlier))
}

/// "vor 20 Jahren", "vor zwei Wochen": German says "ago" before the span, and the words of
/// its clause follow it.
fn german_ago(tokens: &[Token], at: usize) -> bool {
    tokens[at].norm == "vor"
        && tokens.get(at + 1).is_some_and(quantity::is_number)
        && tokens.get(at + 2).is_some_and(|t| lexicon::duration_unit(&t.norm).is_some())
}

/// Whether the year at token `year` ends a date that also names its month and day ("March 18,
/// 2025", "18 March 2025"): such a date is of a day of the story.
fn in_full_date(tokens: &[Token], year: usize) -> bool {
    let before = &tokens[year.saturating_sub(3)..year];
    let month = before.iter().any(|t| lexicon::month_of(&t.norm).is_some());
    let day = before
        .iter()
        .any(|t| t.kind == TokenKind::Number && t.norm.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d)));
    month && day
}

/// Where the facts of the year at token `year` begin: right after it, or, after "since", at
/// a clause about that year that follows within a few words; `None` when none does.
fn year_scope_start(tokens: &[Token], year: usize) -> Option<usize> {
    let after_since = year.checked_sub(1).is_some_and(|p| lexicon::one_of(&tokens[p].norm, SINCE))
        || year.checked_sub(2).is_some_and(|p| {
            lexicon::one_of(&tokens[p].norm, SINCE) && lexicon::month_of(&tokens[p + 1].norm).is_some()
        });
    if !after_since {
        return Some(year + 1);
    }
    let near = (year + 1..tokens.len().min(year + 4))
        .find(|&t| lexicon::one_of(&tokens[t].norm, CLAUSE_ABOUT_THE_YEAR));
    near.map(|t| t + 1)
}

/// Whether the token ends a clause: a comma, semicolon, colon, dash or bracket.
fn ends_clause(token: &Token) -> bool {
    token.kind == TokenKind::Punct && lexicon::one_of(&token.norm, ", ; : ( ) - — –")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::analyse::analyse_sentence;

    /// The era of the fact whose first word is `word`.
    fn era_of(text: &str, word: &str) -> Era {
        let sentence = analyse_sentence(text, 0..text.len());
        let at = sentence.tokens.iter().position(|t| t.norm == word).expect("word in sentence");
        token_eras(&sentence.tokens)[at]
    }

    #[test]
    fn a_year_dates_the_facts_after_it() {
        let text = "The storm came on the anniversary of the 1962 flood, which drowned 300 cattle.";
        assert_eq!(era_of(text, "300"), Era::Year(1962));
        let text = "In 2003, 40 miners were trapped when a shaft gave way.";
        assert_eq!(era_of(text, "40"), Era::Year(2003));
        let text = "Some 120 homes were flooded, more than in 1998.";
        assert_eq!(era_of(text, "120"), Era::Reported);
    }

    #[test]
    fn a_year_after_since_is_a_reference_point_unless_a_clause_tells_its_event() {
        let text = "It was the worst flood since 1998, leaving 120 homes under water.";
        assert_eq!(era_of(text, "120"), Era::Reported);
        let text = "It was the worst flood since May 1998, when a dam burst, drowning 300 cattle.";
        assert_eq!(era_of(text, "300"), Era::Year(1998));
        // The event after "since" dated by a year after it: its words are of that year.
        let text = "It was the worst flood since a 4.2-metre surge in 1998 drowned 300 cattle.";
        assert_eq!(era_of(text, "4.2"), Era::Year(1998));
        assert_eq!(era_of(text, "300"), Era::Year(1998));
        let text = "Rents have risen 12 percent since the reform, the highest rise in 2024.";
        assert_eq!(era_of(text, "12"), Era::Reported);
    }

    #[test]
    fn a_full_date_dates_the_story_not_an_earlier_event() {
        let text = "On March 3, 2021, rescuers freed 12 miners.";
        assert_eq!(era_of(text, "12"), Era::Reported);
        let text = "On 3 March 2021 rescuers freed 12 miners.";
        assert_eq!(era_of(text, "12"), Era::Reported);
    }

    #[test]
    fn a_sentence_is_about_the_earlier_event_it_opens_on() {
        let era = |text: &str| sentence_era(&analyse_sentence(text, 0..text.len()).tokens);
        assert_eq!(era("In 2003, 40 miners were trapped when a shaft gave way."), Era::Year(2003));
        assert_eq!(era("Three years ago, a blast killed 30 workers."), Era::Earlier);
        assert_eq!(era("Rescue teams were formed after the 2003 collapse."), Era::Reported);
        assert_eq!(era("It was the worst collapse since 2003, when 40 miners died."), Era::Reported);
        assert_eq!(era("On March 3, 2021, rescuers freed 12 miners."), Era::Reported);
    }

    #[test]
    fn ago_marks_its_clause_or_the_whole_sentence_it_opens() {
        let text = "Rescuers freed 12 miners on Sunday; a blast there killed 30 workers three years ago.";
        assert_eq!(era_of(text, "12"), Era::Reported);
        assert_eq!(era_of(text, "30"), Era::Earlier);
        let text = "Two years ago, a blast killed 30 workers at the mine.";
        assert_eq!(era_of(text, "30"), Era::Earlier);
    }

    #[test]
    fn german_ago_and_back_then() {
        let text = "Die Region wurde vor 20 Jahren von einem Beben getroffen, bei dem 84 Menschen starben.";
        assert_eq!(era_of(text, "84"), Era::Earlier);
        let text = "Damals starben 1.728 Menschen.";
        assert_eq!(era_of(text, "1.728"), Era::Earlier);
        let text = "Vor dem Rathaus versammelten sich 300 Menschen.";
        assert_eq!(era_of(text, "300"), Era::Reported);
    }

    #[test]
    fn another_event_but_not_another_number() {
        let text = "The flood drowned 300 cattle, a year after another flood that drowned 2,000.";
        assert_eq!(era_of(text, "300"), Era::Reported);
        assert_eq!(era_of(text, "2,000"), Era::Earlier);
        let text = "Rescuers freed 12 miners, and another 30 were still missing.";
        assert_eq!(era_of(text, "30"), Era::Reported);
    }
}
