//! Quotes and their speakers: a quotation of two words or more (a short run of capitalised
//! words is a name or a title), its words, concepts, synonyms, negation and numbers, and who
//! said it: the source of an attribution in the sentence, else the name the sentence opens
//! with, else the source credited where a quote left open closes, or in the nearest sentence
//! before (up to two away, in its paragraph) that credits one; and the speaker's words as the
//! quote's slot.

use std::ops::Range;

use super::words::{is_written_name, written_capitalised};
use crate::engine::analyse::{AnalysedAccount, AnalysedSentence, Attribution, TokenKind};
use crate::engine::case;
use crate::engine::lexicon;
use crate::engine::quantity::format_number;
use crate::engine::sorting::sort_values;
use crate::engine::synonyms::Senses;

/// Words of a quotation, all capitalised, that make a name or a title rather than a quote.
const NAME_WORDS: usize = 3;

/// Sentences before a quote searched for its speaker when its own credits no one.
const SPEAKER_SENTENCES: usize = 2;
/// Sentences after a quote left open searched for the one that closes it.
const OPEN_QUOTE_SENTENCES: usize = 4;
/// Sentences before "he said" searched for the person it stands for.
const PRONOUN_SENTENCES: usize = 3;
/// Pronouns that stand for one person named before them.
const PERSONAL_PRONOUNS: &str = "he she er sie он она";

/// A quotation and who said it.
#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    /// The quoted words as written.
    pub words: Vec<String>,
    /// Their normalised forms.
    pub norms: Vec<String>,
    /// Concepts of the quoted content words, sorted, each once.
    pub concepts: Vec<String>,
    /// The quoted content words that have synonym sets: each one's concept and sets.
    pub synonyms: Vec<(String, Senses)>,
    /// Whether the quote holds a negation.
    pub negated: bool,
    /// Numbers in the quote, normalised.
    pub numbers: Vec<String>,
    /// The speaker as written ("the Kremlin"), empty when none was found.
    pub speaker: String,
}

/// The words an account writes as names somewhere (see `Token::is_name`), sorted, each once.
pub(super) fn written_names(account: &AnalysedAccount) -> Vec<&str> {
    let mut names: Vec<&str> = account
        .sentences
        .iter()
        .flat_map(|s| &s.tokens)
        .filter(|t| t.is_name())
        .map(|t| t.norm.as_str())
        .collect();
    sort_values(&mut names);
    names.dedup();
    names
}

/// `names`: the words the account writes as names anywhere, sorted (see [`written_names`]).
pub(super) fn quote_fact(
    account: &AnalysedAccount,
    names: &[&str],
    sentence: usize,
    range: Range<usize>,
) -> Option<Quote> {
    let s = account.sentences.get(sentence)?;
    let tokens = s.tokens.get(range.clone())?;
    let (mut words, mut norms, mut concepts, mut synonyms) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut negated = false;
    for t in tokens.iter().filter(|t| t.kind != TokenKind::Punct) {
        words.push(account.text.get(t.range.clone()).unwrap_or_default().to_string());
        norms.push(t.norm.clone());
        if t.content {
            concepts.push(t.concept.clone());
            if !t.senses.is_empty() {
                synonyms.push((t.concept.clone(), t.senses));
            }
        }
        negated |= lexicon::is_negation(&t.norm);
    }
    // A short run of capitalised words in quotation marks is a name or a title ("the \"Blue
    // Line\" task force"), not a quote.
    let name =
        words.len() <= NAME_WORDS && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase));
    if words.len() < 2 || name {
        return None;
    }
    // Sorted, each once: compared in one merge.
    sort_values(&mut concepts);
    concepts.dedup();
    let mut numbers = Vec::new();
    for q in &s.quantities {
        if q.tokens.start >= range.start && q.tokens.end <= range.end {
            numbers.push(format_number(q.value));
        }
    }
    let speaker = speaker(account, names, sentence, &range);
    Some(Quote { words, norms, concepts, synonyms, negated, numbers, speaker })
}

/// The source credited in the sentence (the one nearest the quote, by its names or else its
/// words), else the name the sentence opens with ("The White House hailed it as…", "Mayor Berg
/// visited the dam and said…"), else the source credited in the nearest sentence that credits
/// one. A verb of speech inside quotation marks is the quoted speaker's word, and credits no one.
/// A source is named by its names when its head is one ("Kremlin spokesman Dmitry Peskov"), else
/// by its words ("the Dutch minister"); in another sentence than the quote's it must hold a name.
fn speaker(
    account: &AnalysedAccount,
    written_names: &[&str],
    sentence: usize,
    quote: &Range<usize>,
) -> String {
    let text = &account.text;
    // The words of `indices` that may name a speaker: names only, or (`named_only` false, for a
    // source such as "the regional governor") every word but function words.
    // Words joined by a hyphen in the text stay joined ("EZB-Präsidentin", "Chang Yu-lin").
    let words_of = |s: &AnalysedSentence, indices: &[usize], named_only: bool| -> Option<String> {
        let mut words = String::new();
        let mut last_end = None;
        for t in indices.iter().filter_map(|&t| s.tokens.get(t)) {
            // "He briefly told…": an adverb is no part of a source.
            let name = t.kind == TokenKind::Word
                && (!named_only || is_written_name(text, t))
                && t.content
                && !t.norm.ends_with("ly");
            if let Some(word) = text.get(t.range.clone()).filter(|_| name) {
                let hyphen = last_end.is_some_and(|end| text.get(end..t.range.start) == Some("-"));
                if !words.is_empty() {
                    words.push(if hyphen { '-' } else { ' ' });
                }
                words.push_str(word);
                last_end = Some(t.range.end);
            }
        }
        (!words.is_empty()).then_some(words)
    };
    let names = |s: &AnalysedSentence, indices: &[usize]| words_of(s, indices, true);
    // Its names when the last of its words is one, else its words.
    let source = |s: &AnalysedSentence, indices: &[usize]| {
        let head_named =
            indices.last().and_then(|&t| s.tokens.get(t)).is_some_and(|t| is_written_name(text, t));
        words_of(s, indices, head_named)
    };
    let source_of = |i: usize, named_only: bool| -> Option<String> {
        let s = account.sentences.get(i)?;
        credits(s).into_iter().find_map(|a| {
            let named = !named_only || names(s, &a.source).is_some();
            source(s, &a.source).filter(|_| named)
        })
    };
    // "Mr Berg spoke on Monday. He said: “…”": a personal pronoun before a verb of speech
    // credits the person named last before it, in the sentences just before.
    let credits_a_pronoun = |i: usize| {
        account.sentences.get(i).is_some_and(|s| {
            credits(s).iter().any(|a| {
                a.source.is_empty()
                    && a.cue
                        .checked_sub(1)
                        .is_some_and(|p| lexicon::one_of(&s.tokens[p].norm, PERSONAL_PRONOUNS))
            })
        })
    };
    let antecedent = |i: usize| {
        let named_before = (i.saturating_sub(PRONOUN_SENTENCES)..i).rev().find_map(|k| source_of(k, true));
        named_before.filter(|_| credits_a_pronoun(i))
    };
    if let Some(s) = account.sentences.get(sentence) {
        let credits = credits(s);
        // The credited source nearest the quote ("According to the Kremlin, Putin said: '…'").
        let gap = |source: &[usize]| {
            let (first, last) = (source.first().copied().unwrap_or(0), source.last().copied().unwrap_or(0));
            first.saturating_sub(quote.end).max(quote.start.saturating_sub(last))
        };
        // "Berg resigned, saying “…” after aides told him": a participle of speech right before
        // the quote (or a comma before it) credits the subject of its clause, which the
        // sentence opens with.
        let participle = credits.iter().any(|a| {
            a.source.is_empty()
                && s.tokens[a.cue].norm.ends_with("ing")
                && (a.cue..a.cue + 4).contains(&quote.start)
        });
        // "the mayor said, according to a Reuters reporter" is the mayor's.
        let nearest =
            credits.iter().filter(|a| !a.source.is_empty() && !participle).min_by_key(|a| gap(&a.source));
        if let Some(found) = nearest.and_then(|a| source(s, &a.source)).or_else(|| antecedent(sentence)) {
            return found;
        }
        // The sentence's opening name, when it stands before the quote and no verb of speech
        // credits someone else ("In Paris, he said…" is not Paris's), or one credits the
        // subject of a verb before it ("Berg looked tired and said…", "und sagte", "и сказал").
        let coordinated = participle
            || credits.iter().any(|a| {
                a.source.is_empty()
                    && a.cue.checked_sub(1).is_some_and(|i| lexicon::one_of(&s.tokens[i].norm, "and und и"))
            });
        let end = if credits.is_empty() || coordinated { quote.start.min(s.tokens.len()) } else { 0 };
        // The capitalised words from `start` on.
        let opening_names = |mut start: usize| {
            while start < end && lexicon::one_of(s.tokens[start].norm.as_str(), "the a an") {
                start += 1;
            }
            let mut opening = Vec::new();
            for i in start..end {
                if s.tokens[i].kind != TokenKind::Word || !written_capitalised(text, &s.tokens[i]) {
                    break;
                }
                opening.push(i);
            }
            // "Instead, the FOMC will…": an opening word set off by a comma is an adverbial
            // ("Anna Berg, the minister, said…" is a name and its apposition).
            if opening.len() == 1 && s.tokens.get(opening[0] + 1).is_some_and(|t| t.norm == ",") {
                opening.clear();
            }
            // A sentence's first word is capitalised anyway: it is a name only if the account
            // writes it as one elsewhere ("Putin"; not "Zudem" or "Moreover").
            if opening.first() == Some(&0) && written_names.binary_search(&s.tokens[0].norm.as_str()).is_err()
            {
                opening.remove(0);
            }
            names(s, &opening)
        };
        // "Reflecting on the results, Berg said…": the subject after an opening participle's
        // clause.
        let after_participle = || {
            let participle = s.tokens.first().is_some_and(|t| t.norm.ends_with("ing"));
            let comma = (0..end).find(|&i| s.tokens[i].norm == ",").filter(|_| participle)?;
            opening_names(comma + 1)
        };
        if let Some(found) = opening_names(0).or_else(after_participle) {
            return found;
        }
    }
    // A quote left open at its sentence's end goes on in the next sentences, which have no
    // quotation marks of their own, to the one that closes it: its source is credited there
    // ("“I found my house like this. What am I going to do? … nothing,” a resident said").
    let open = account.sentences.get(sentence).is_some_and(|s| quote.end >= s.tokens.len());
    for next in (sentence + 1..=sentence + OPEN_QUOTE_SENTENCES).take_while(|_| open) {
        let Some(s) = account.sentences.get(next) else { break };
        // Where it closes, the source is the quote's own: a name is not needed.
        if let Some(found) = source_of(next, s.quotes.is_empty()) {
            return found;
        }
        if !s.quotes.is_empty() {
            break;
        }
    }
    // A quote closed in a sentence crediting no one is the source's of a sentence before in its
    // paragraph ("X said on Monday. “…”"), not of one after.
    let starts_paragraph = |i: usize| {
        let (Some(previous), Some(this)) =
            (account.sentences.get(i.wrapping_sub(1)), account.sentences.get(i))
        else {
            return true;
        };
        text.get(previous.range.end..this.range.start).is_some_and(|gap| gap.matches('\n').count() > 1)
    };
    // A paragraph that opens with a quotation mark after one whose quote is left open goes on
    // with that quote (“… / “And I have agreed …”).
    let quote_open_at_end = |i: usize| {
        account.sentences.get(i).is_some_and(|s| s.quotes.last().is_some_and(|q| q.end >= s.tokens.len()))
    };
    let goes_on_with_a_quote = |i: usize| {
        let opens_quoted =
            account.sentences.get(i).is_some_and(|s| s.quotes.first().is_some_and(|q| q.start <= 1));
        opens_quoted && i > 0 && quote_open_at_end(i - 1)
    };
    let mut at = sentence;
    for _ in 0..SPEAKER_SENTENCES {
        if starts_paragraph(at) && !goes_on_with_a_quote(at) {
            break;
        }
        at -= 1;
        if let Some(found) = source_of(at, true).or_else(|| antecedent(at)) {
            return found;
        }
    }
    String::new()
}

/// The attributions of a sentence whose verb of speech stands outside its quotes.
fn credits(s: &AnalysedSentence) -> Vec<&Attribution> {
    let quoted = |cue: usize| s.quotes.iter().any(|q| q.contains(&cue));
    s.attributions.iter().filter(|a| !quoted(a.cue)).collect()
}

/// The slot of a quote: its speaker's words, lower-cased, with titles and function words left
/// out ("Kremlin spokesman Dmitry Peskov": kremlin, dmitry, peskov).
pub(super) fn speaker_slot(speaker: &str) -> (Vec<String>, Vec<String>) {
    let mut words: Vec<String> = Vec::new();
    for w in speaker.split(|c: char| c.is_whitespace() || c == '-') {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if w.chars().next().is_some_and(char::is_uppercase) {
            let lower = case::lower(w);
            if !lexicon::is_stop_word(&lower) {
                words.push(lower);
            }
        }
    }
    if words.is_empty() {
        // An unnamed source ("regional governor"): all its words.
        words = speaker.split_whitespace().map(case::lower).collect();
    }
    let written = if speaker.is_empty() { Vec::new() } else { vec![speaker.to_string()] };
    (words, written)
}
