//! Which sentences open an account: its first (a headline or a lead), then the prose sentences
//! after it. A news account states its main claim first, in the headline and again in the lead,
//! so the openings of two accounts of one event share it even in words that have little else in
//! common. `similarity` lets two openings meet on fewer shared terms than other sentences, and
//! `related` links them.

use super::analyse::{AnalysedAccount, AnalysedSentence};
use super::lexicon;

/// The sentences that open an account: a headline, the lead and the sentence after it, or a
/// lead and the two after it. Calibrated on both development sets (docs/alignment-calibration.md).
const OPENING_SENTENCES: usize = 3;

/// The sentences that open `account`: its first, then the prose sentences after it (those that
/// end as sentences do, with a full stop, a question or an exclamation mark), up to
/// [`OPENING_SENTENCES`] in all. Lines a web page puts between a headline and its lead (a
/// byline, "Updated 10:32 GMT", "Share this article") do not count.
pub fn openings(account: &AnalysedAccount) -> Vec<usize> {
    let count = super::tuning::knob("OPENING", OPENING_SENTENCES as f64) as usize;
    let prose = |s: &&AnalysedSentence| {
        let last = s.tokens.iter().rev().find(|t| !lexicon::one_of(&t.norm, "\" ' ) ”"));
        last.is_some_and(|t| lexicon::one_of(&t.norm, ". ! ?"))
    };
    let after_first = account.sentences.iter().enumerate().skip(1).filter(|(_, s)| prose(s)).map(|(i, _)| i);
    (0..account.sentences.len().min(1)).chain(after_first).take(count).collect()
}

#[cfg(test)]
mod tests {
    use super::super::analyse::analyse_account;
    use super::super::segment::segment;
    use super::*;

    #[test]
    fn an_account_opens_with_its_first_sentence_and_the_prose_after_it() {
        let text = "Floods close the Selby rail line\nBy Jane Roe, rail reporter\nUpdated 10:32 GMT\n\nFloods closed \
                    the Selby rail line on Monday. Crews worked through the night. Farmers counted their losses.";
        let account = analyse_account(text, &segment(text));
        let texts: Vec<&str> = account.sentences.iter().map(|s| &account.text[s.range.clone()]).collect();
        assert_eq!(texts.len(), 6, "{texts:?}");
        assert_eq!(openings(&account), [0, 3, 4], "{texts:?}");
    }
}
