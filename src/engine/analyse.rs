//! Per-sentence analysis: everything later stages need to know about a sentence, computed once.
//!
//! - tokens with a normalised form (lower case, curly quotes and dashes folded, possessive
//!   "'s" dropped), a Snowball stem and a concept (the toll words share one), and whether the
//!   token is a content word or a capitalised, name-like word;
//! - quantities (see [`super::quantity`]), quoted spans, hedges, negations and attributions
//!   ("X said", "according to X");
//! - discourse links to the previous sentence: whether the sentence opens by pointing back
//!   ("He…", "It…", "Such a move…"), and a consequence clause about an action named before
//!   ("doing so would…", "such a move would…"), which alignment uses to keep a split claim
//!   together and divergence detection compares.
//!
//! Offsets are bytes into the account text.

use std::ops::Range;

use super::case;
use super::hashing::FastSet;
use super::lexicon;
use super::quantity::{self, Quantity};
use super::segment::{self, Language};
use super::sorting::sort_values;
use super::synonyms::Senses;

use super::token::{glued, norm_at};
pub use super::token::{Token, TokenKind};

/// A credited source: the speech cue and the tokens naming the source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attribution {
    /// Token index of the cue ("said", "according").
    pub cue: usize,
    /// Token indices of the source's content words ("Kremlin"; empty for "he said").
    pub source: Vec<usize>,
}

/// A sentence with its analysis. Token indices in the other fields point into `tokens`.
#[derive(Clone, Debug)]
pub struct AnalysedSentence {
    pub range: Range<usize>,
    pub tokens: Vec<Token>,
    pub quantities: Vec<Quantity>,
    /// Token ranges inside quotation marks (marks excluded).
    pub quotes: Vec<Range<usize>>,
    /// Token indices of hedges ("may", "about 20").
    pub hedges: Vec<usize>,
    /// Token indices of negations ("not", "refused").
    pub negations: Vec<usize>,
    pub attributions: Vec<Attribution>,
    /// Opens with a pronoun or demonstrative that points back to the previous sentence.
    pub anaphoric: bool,
    /// Token range of a consequence of an action named earlier: from the modal of "doing so
    /// would…", "such a move could…", "this would…" to the clause end.
    pub consequence: Option<Range<usize>>,
}

/// An account's label, text and analysed sentences.
#[derive(Clone, Debug)]
pub struct AnalysedAccount {
    /// How explanations name the account (may be empty).
    pub label: String,
    pub text: String,
    /// The language its words are read in (see `segment::language_of`).
    pub language: Language,
    pub sentences: Vec<AnalysedSentence>,
}

impl AnalysedAccount {
    /// Gives the account the label explanations name it by.
    pub fn labelled(self, label: &str) -> Self {
        AnalysedAccount { label: label.trim().to_string(), ..self }
    }

    /// The label, or "account N" (1-based) when it has none.
    pub fn name(&self, index: usize) -> String {
        if self.label.is_empty() {
            format!("account {}", index + 1)
        } else {
            self.label.clone()
        }
    }
}

/// Analyses every sentence (given as byte ranges of `text`; ranges outside it are clamped).
pub fn analyse_account(text: &str, sentences: &[Range<usize>]) -> AnalysedAccount {
    let writing = Writing::of(text);
    let mut sentences: Vec<AnalysedSentence> =
        sentences.iter().map(|r| analyse_sentence_in(text, clamp(text, r.clone()), writing)).collect();
    unname_title_case(text, &mut sentences, writing.language);
    AnalysedAccount { label: String::new(), text: text.to_string(), language: writing.language, sentences }
}

/// Words of a sentence written in title case ("BoN Lifts Base Rate To 4%", a headline) are
/// capitalised by the style, not as names: there, a capitalised word is a name only if the
/// account writes it capitalised in its running text too (or all in capitals, an acronym).
/// Such a sentence is read again with its words unnamed: "Killing 4 People" reports a death
/// toll as "killing 4 people" does.
fn unname_title_case(text: &str, sentences: &mut [AnalysedSentence], language: Language) {
    let initial = |t: &Token| text[t.range.clone()].chars().next();
    let lower_case: FastSet<&str> = sentences
        .iter()
        .flat_map(|s| &s.tokens)
        .filter(|t| t.kind == TokenKind::Word && initial(t).is_some_and(char::is_lowercase))
        .map(|t| t.norm.as_str())
        .collect();
    let title_case: Vec<bool> =
        sentences.iter().map(|s| is_title_case(text, &s.tokens, &lower_case)).collect();
    // Sorted for binary search.
    let mut running_names: Vec<String> = sentences
        .iter()
        .zip(&title_case)
        .filter(|(_, &title)| !title)
        .flat_map(|(s, _)| s.tokens.iter().filter(|t| t.is_name()).map(|t| t.norm.clone()))
        .collect();
    sort_values(&mut running_names);
    let acronym =
        |t: &Token| text[t.range.clone()].chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    for (sentence, _) in sentences.iter_mut().zip(&title_case).filter(|(_, &title)| title) {
        let mut tokens = std::mem::take(&mut sentence.tokens);
        for token in tokens.iter_mut() {
            if token.is_name() && running_names.binary_search(&token.norm).is_err() && !acronym(token) {
                // German capitalises its nouns anyway: there the word stays a capitalised
                // common noun; elsewhere it is read as the lower-case word it is.
                match language {
                    Language::German => token.common_noun = true,
                    _ => token.capitalised = false,
                }
            }
        }
        *sentence = read_sentence(tokens, sentence.range.clone(), language);
    }
}

/// Whether a sentence is written in title case: four words or more, nearly all of its content
/// words starting with a capital (its short function words may not: "Ferry Capsizes off Varno"),
/// among them (after the first) a function word or a word the account writes in lower case
/// elsewhere ("To", "Rate"): a sentence full of names is not title case.
fn is_title_case(text: &str, tokens: &[Token], lower_case: &FastSet<&str>) -> bool {
    let words: Vec<&Token> = tokens.iter().filter(|t| t.kind == TokenKind::Word).collect();
    let capital = |t: &&&Token| text[t.range.clone()].chars().next().is_some_and(char::is_uppercase);
    let content: Vec<&Token> = words.iter().copied().filter(|t| t.content).collect();
    let capitalised = content.iter().filter(|t| capital(t)).count();
    let styled =
        words.iter().skip(1).filter(capital).any(|t| !t.content || lower_case.contains(t.norm.as_str()));
    words.len() >= 4 && capitalised * 10 >= content.len() * 8 && styled
}

/// How a text writes what the analysis reads, by its language: the separators of its
/// numbers, and whether its common nouns are capitalised.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Writing {
    language: Language,
}

impl Writing {
    fn of(text: &str) -> Self {
        Writing { language: segment::language_of(text) }
    }

    /// "2,5" and "3.000" or "3 000" (German, Russian), not "2.5" and "3,000" (English).
    fn decimal_comma(self) -> bool {
        self.language != Language::English
    }

    /// Every noun starts with a capital (German): a capital alone makes no name.
    fn nouns_capitalised(self) -> bool {
        self.language == Language::German
    }
}

fn clamp(text: &str, range: Range<usize>) -> Range<usize> {
    let end = floor_boundary(text, range.end.min(text.len()));
    floor_boundary(text, range.start.min(end))..end
}

fn floor_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Analyses one sentence of `text`, reading its numbers the way the sentence itself writes them.
pub fn analyse_sentence(text: &str, range: Range<usize>) -> AnalysedSentence {
    let range = clamp(text, range);
    analyse_sentence_in(text, range.clone(), Writing::of(&text[range]))
}

fn analyse_sentence_in(text: &str, range: Range<usize>, writing: Writing) -> AnalysedSentence {
    let mut tokens = tokenize(text, range.clone(), writing);
    if writing.nouns_capitalised() {
        mark_common_nouns(&mut tokens);
    }
    match writing.language {
        Language::English => join_phrasal_verbs(&mut tokens),
        Language::German => read_ums_leben(&mut tokens),
        Language::Cyrillic => {}
    }
    read_sentence(tokens, range, writing.language)
}

/// What a sentence says, read from its tokens: quantities, attributions, quotes, hedges,
/// negations.
fn read_sentence(tokens: Vec<Token>, range: Range<usize>, language: Language) -> AnalysedSentence {
    let quantities = quantity::find_quantities(&tokens);
    AnalysedSentence {
        attributions: find_attributions(&tokens, &quantities, language),
        quantities,
        quotes: find_quotes(&tokens),
        hedges: find_hedges(&tokens),
        negations: (0..tokens.len()).filter(|&i| negates(&tokens, i)).collect(),
        anaphoric: opens_anaphorically(&tokens),
        consequence: find_consequence(&tokens),
        range,
        tokens,
    }
}

/// Splits a sentence into words, numbers and punctuation. Inside a word, an apostrophe before
/// a letter continues it ("don't"); inside a number, "," and "." before a digit continue it,
/// and so does a space before a group of three digits where numbers are written "3 000"
/// (a no-break or thin space in any text).
fn tokenize(text: &str, range: Range<usize>, writing: Writing) -> Vec<Token> {
    let slice = &text[range.clone()];
    let chars: Vec<(usize, char)> = slice.char_indices().map(|(i, c)| (range.start + i, c)).collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        if c.is_alphanumeric() {
            let end = word_end(&chars, i, writing.decimal_comma());
            let end_byte = chars.get(end).map_or(range.end, |&(b, _)| b);
            let sentence_initial = tokens.is_empty() || ends_dateline(&tokens);
            tokens.push(word_token(text, at..end_byte, sentence_initial, writing));
            i = end;
        } else {
            if !c.is_whitespace() {
                tokens.push(punct_token(at..at + c.len_utf8(), c));
            }
            i += 1;
        }
    }
    tokens
}

/// Most words a dateline takes before its dash ("WASHINGTON, D.C. (AP) —").
const DATELINE_TOKENS: usize = 10;

/// Whether the tokens so far are a dateline ending in its dash ("SUEZ, Egypt —", "KYIV,
/// Ukraine (AP) —"): a place in capitals first (a sentence's first word counts as capitalised
/// only then), then a dash. The word after it opens the sentence, so its capital marks no name
/// ("SUEZ, Egypt — Salvage teams freed…").
fn ends_dateline(tokens: &[Token]) -> bool {
    tokens.len() <= DATELINE_TOKENS
        && tokens[0].capitalised
        && tokens.last().is_some_and(|t| t.kind == TokenKind::Punct && t.norm == "-")
}

fn word_end(chars: &[(usize, char)], start: usize, decimal_comma: bool) -> usize {
    let next_is = |j: usize, f: fn(char) -> bool| chars.get(j).is_some_and(|&(_, c)| f(c));
    let mut j = start;
    while j < chars.len() {
        let c = chars[j].1;
        let joins = match c {
            c if c.is_alphanumeric() => !starts_glued_unit(chars, start, j),
            '\u{a0}' | '\u{202f}' | '\u{2009}' | ' ' => {
                (c != ' ' || decimal_comma) && starts_thousands_group(chars, start, j)
            }
            // An apostrophe, also one typed as an opening mark between letters ("Japan‘s").
            '\'' | '’' | '‘' => next_is(j + 1, char::is_alphabetic) && j > start,
            ',' | '.' => {
                j > start && chars[j - 1].1.is_ascii_digit() && next_is(j + 1, |c| c.is_ascii_digit())
            }
            _ => false,
        };
        if !joins {
            break;
        }
        j += 1;
    }
    j
}

/// Units, scales and currency codes written glued to a number ("$7.5bn", "25bps", "USD94.9"):
/// a token of their own, so that the number is one.
const GLUED_UNITS: &str = "bn mn m k tn trn bps pc km kg mph pm am usd eur gbp";

/// Whether a word (starting at `start`) breaks at `j` into a number and a glued unit: letters
/// of [`GLUED_UNITS`] after digits ("7.5|bn"), or digits after such a currency code
/// ("USD|94.9"). Other mixes stay one word ("4G", "F16", "2nd", "1990s").
fn starts_glued_unit(chars: &[(usize, char)], start: usize, j: usize) -> bool {
    let Some(&(_, previous)) = j.checked_sub(1).and_then(|p| chars.get(p)).filter(|_| j > start) else {
        return false;
    };
    let c = chars[j].1;
    if previous.is_ascii_digit() && c.is_alphabetic() {
        // The units are ASCII: ASCII lower case is enough to find them.
        let letters: String = chars[j..]
            .iter()
            .map(|&(_, c)| c)
            .take_while(|c| c.is_alphabetic())
            .map(|c| c.to_ascii_lowercase())
            .collect();
        let ends_word = chars.get(j + letters.chars().count()).is_none_or(|&(_, c)| !c.is_alphanumeric());
        return ends_word && lexicon::one_of(&letters, GLUED_UNITS);
    }
    if previous.is_alphabetic() && c.is_ascii_digit() {
        let letters: String = chars[start..j].iter().map(|&(_, c)| c.to_ascii_lowercase()).collect();
        return letters.chars().all(char::is_alphabetic) && lexicon::one_of(&letters, "usd eur gbp");
    }
    false
}

/// Whether the space at `space` separates thousands in the number that starts at `start`: one
/// to three digits before it, since the number's start or the previous such space, and
/// exactly three after it ("3 000", "1 250 000"; not "in 2023 100 people").
fn starts_thousands_group(chars: &[(usize, char)], start: usize, space: usize) -> bool {
    let digit = |j: usize| chars.get(j).is_some_and(|&(_, c)| c.is_ascii_digit());
    let group_before = (start..space).rev().take_while(|&j| digit(j)).count();
    let whole_number_before =
        chars[start..space].iter().all(|&(_, c)| c.is_ascii_digit() || is_number_space(c));
    whole_number_before
        && (1..=3).contains(&group_before)
        && (1..=3).all(|k| digit(space + k))
        && !digit(space + 4)
}

fn is_number_space(c: char) -> bool {
    matches!(c, '\u{a0}' | '\u{202f}' | '\u{2009}' | ' ')
}

/// A number's digits as `decimal::parse` reads them, its separators resolved: "1,300" and
/// "1.300" (where numbers are written with a decimal comma) are 1300, "2,5" is 2.5, "1.234,5"
/// is 1234.5. A comma followed by groups of three digits separates thousands, unless the text
/// writes decimal commas and it is the only comma; several points followed by such groups do
/// too ("1.500.000"), and where decimal commas are written, one point before three digits.
fn numeral_digits(norm: &str, decimal_comma: bool) -> String {
    let norm: String = norm.chars().filter(|&c| !is_number_space(c)).collect();
    let groups_of_three = |separator: char| {
        norm.split(separator).skip(1).all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()))
    };
    let (commas, points) = (norm.matches(',').count(), norm.matches('.').count());
    match (commas, points) {
        (0, 0) => norm,
        (1, 0) if decimal_comma || !groups_of_three(',') => norm.replace(',', "."),
        (_, 0) => norm.replace(',', ""),
        (0, 1) if decimal_comma && groups_of_three('.') => norm.replace('.', ""),
        (0, n) if n > 1 && groups_of_three('.') => norm.replace('.', ""),
        (0, _) => norm,
        // Both: the last separator is the decimal one.
        _ if norm.rfind(',') > norm.rfind('.') => norm.replace('.', "").replace(',', "."),
        _ => norm.replace(',', ""),
    }
}

fn word_token(text: &str, range: Range<usize>, sentence_initial: bool, writing: Writing) -> Token {
    let surface = &text[range.clone()];
    let folded = case::lower(&surface.replace(['’', '‘'], "'"));
    let norm = folded.strip_suffix("'s").map_or(folded.clone(), str::to_string);
    let is_number = norm.chars().next().is_some_and(|c| c.is_ascii_digit());
    let german = writing.language == Language::German;
    let unit = lexicon::unit_word(&norm, german);
    let word = unit.as_deref().unwrap_or(&norm);
    let stem = if is_number {
        numeral_digits(&norm, writing.decimal_comma())
    } else if german || !word.is_ascii() {
        lexicon::light_stem(word, german)
    } else {
        lexicon::stem(word)
    };
    let concept = number_word_concept(&norm).unwrap_or_else(|| lexicon::concept(&stem).to_string());
    // A negation is never a stop word, whatever the language's function words.
    let stop = lexicon::is_stop_word(&norm)
        || segment::is_function_word(writing.language, &norm) && !lexicon::is_negation_word(&norm);
    // A sentence's first word is capitalised anyway: only an all-capitals one ("KYIV") counts.
    let capitalised = !stop
        && !is_number
        && surface.chars().next().is_some_and(char::is_uppercase)
        && (!sentence_initial || surface.chars().skip(1).all(|c| !c.is_lowercase()) && surface.len() > 1);
    let content = !stop && (is_number || norm.chars().count() > 1);
    // The synonym table is English (WordNet): looked up for English content words only.
    let english = writing.language == Language::English && content && !is_number && !capitalised;
    let senses = if english { Senses::of(&stem) } else { Senses::default() };
    Token {
        range,
        content,
        kind: if is_number { TokenKind::Number } else { TokenKind::Word },
        norm,
        stem,
        concept,
        capitalised,
        common_noun: false,
        senses,
    }
}

/// German says someone died as "kam ums Leben" (came to lose life): "Leben" after "ums" is
/// read as a word of dying, and as no noun of its own, so that "vier Menschen ums Leben
/// gekommen" counts the dead as "vier Menschen starben" does.
fn read_ums_leben(tokens: &mut [Token]) {
    for i in 1..tokens.len() {
        if tokens[i - 1].norm == "ums" && tokens[i].norm == "leben" {
            tokens[i].concept = lexicon::death_concept();
            tokens[i].capitalised = false;
            tokens[i].common_noun = false;
        }
    }
}

/// Particles that make a phrasal verb with the verb before them (as the synonym table writes
/// them: see `scripts/wordnet-table.py`).
const PARTICLES: &str = "down up off out over away back through";

/// Reads a verb and the particle after it as one word when the synonym table knows the pair
/// ("stepped down" as "step_down", which it lists with "resign"; "called off" with "cancel"):
/// the verb takes the pair's concept and senses. The particle stays a word of its own, which
/// two accounts using one phrasal verb share. Only a particle right after its verb: "called
/// the strike off" stays apart.
fn join_phrasal_verbs(tokens: &mut [Token]) {
    for i in 1..tokens.len() {
        let (verb, particle) = (&tokens[i - 1], &tokens[i]);
        if verb.kind != TokenKind::Word
            || !verb.content
            || verb.capitalised
            || !lexicon::one_of(&particle.norm, PARTICLES)
        {
            continue;
        }
        let phrasal = format!("{}_{}", verb.stem, particle.norm);
        let senses = Senses::of(&phrasal);
        if !senses.is_empty() {
            tokens[i - 1].senses = senses;
            tokens[i - 1].concept = phrasal;
        }
    }
}

/// The concept of a whole number written as a word ("fourteen", "vierzehn", "четырнадцать"):
/// its digits, the concept of "14", so that accounts that spell it differently share it. Small
/// numbers describe more than they report ("the two leaders", "three years of war"): as in
/// similarity's counted nouns, only from [`lexicon::REPORTED_COUNT`] on.
fn number_word_concept(norm: &str) -> Option<String> {
    let value = lexicon::number_word(norm).filter(|&v| v >= lexicon::REPORTED_COUNT && v.fract() == 0.0)?;
    Some((value as u64).to_string())
}

/// German determiners and the prepositions merged with one ("im", "zum"): a capitalised word
/// after one, or after one and an adjective, is a common noun ("nach dem schweren Unfall").
const GERMAN_DETERMINERS: &str =
    "der die das dem den des ein eine einen einem einer eines kein keine keinen \
     keinem keiner keines diese dieser diesem diesen dieses jede jeder jedem jeden jedes alle allen aller \
     sein seine seiner seinem seinen ihr ihre ihrer ihrem ihren unser unsere unserer unserem unseren \
     im am zum zur vom beim ins ans";

/// In German, where every noun is capitalised, a capitalised word after a determiner (and
/// any inflected adjectives) or a number (in digits or words) is a common noun, not a name: "dem Unfall" and "dem
/// Unglück" are two words for one accident, "12 Menschen" a count of people.
fn mark_common_nouns(tokens: &mut [Token]) {
    for i in 1..tokens.len() {
        if !tokens[i].capitalised {
            continue;
        }
        let before = tokens[..i]
            .iter()
            .rev()
            .find(|t| !(t.kind == TokenKind::Word && !t.capitalised && is_german_inflected(&t.norm)))
            .filter(|t| t.kind != TokenKind::Punct);
        // A number written as a word counts a noun as digits do ("sechs Hunde").
        let opens_noun_phrase = before.is_some_and(|t| {
            t.kind == TokenKind::Number
                || lexicon::one_of(&t.norm, GERMAN_DETERMINERS)
                || lexicon::number_word(&t.norm).is_some()
        });
        tokens[i].common_noun = opens_noun_phrase;
    }
}

/// A German adjective's inflected ending ("schweren", "neue", "großer"), on a word that is
/// no determiner.
fn is_german_inflected(norm: &str) -> bool {
    lexicon::is_german_adjective(norm) && !lexicon::one_of(norm, GERMAN_DETERMINERS)
}

fn punct_token(range: Range<usize>, c: char) -> Token {
    let norm = match c {
        '“' | '”' | '„' | '«' | '»' => "\"".to_string(),
        '‘' | '’' => "'".to_string(),
        '–' | '—' | '‐' | '‑' | '−' => "-".to_string(),
        c => c.to_string(),
    };
    Token {
        range,
        stem: c.to_string(),
        concept: norm.clone(),
        norm,
        kind: TokenKind::Punct,
        content: c == '$' || c == '%',
        capitalised: false,
        common_noun: false,
        senses: Senses::default(),
    }
}

/// Token ranges inside quotation marks. A quote left open runs to the sentence end; a closing
/// mark with no opening one closes a quote begun in an earlier sentence.
fn find_quotes(tokens: &[Token]) -> Vec<Range<usize>> {
    let mut quotes = Vec::new();
    let mut open: Option<usize> = None;
    for (i, t) in tokens.iter().enumerate() {
        let Some(opening) = quote_mark_direction(tokens, i, open.is_some()) else {
            continue;
        };
        match (open, opening) {
            (None, true) => open = Some(i + 1),
            (Some(start), false) => {
                quotes.push(start..i);
                open = None;
            }
            (None, false) if quotes.is_empty() && t.stem != "’" => quotes.push(0..i),
            _ => {}
        }
    }
    if let Some(start) = open {
        quotes.push(start..tokens.len());
    }
    quotes.retain(|q| q.end > q.start);
    quotes
}

/// Whether token `i` opens (`Some(true)`) or closes (`Some(false)`) a quotation, or is no
/// quotation mark. Curly marks say which way they face, but for the marks that face either
/// way by language (“ opens in English and closes in German, « and » open and close in Russian
/// and the other way round in German): they close an open quote, and with none open they face
/// the word they are glued to, so "war“, sagte" and "спокойствие», —" close a quote begun in an
/// earlier sentence. A straight mark opens unless it is glued to the word before it. A lone ’
/// is an apostrophe unless a quote is open.
fn quote_mark_direction(tokens: &[Token], i: usize, quote_open: bool) -> Option<bool> {
    let token = &tokens[i];
    if token.kind != TokenKind::Punct {
        return None;
    }
    match token.stem.as_str() {
        "‘" | "„" => Some(true),
        "“" | "«" | "»" => {
            Some(!quote_open && (!glued_to_previous(tokens, i) || glued_to_next(tokens, i)))
        }
        "”" => Some(false),
        "’" if quote_open => Some(false),
        // A straight mark opens a quote unless glued to the word before it; glued on both sides
        // ("caption\"Rescuers…") it opens one when none is open.
        "\"" => Some(!glued_to_previous(tokens, i) || (!quote_open && glued_to_next(tokens, i))),
        _ => None,
    }
}

fn glued_to_next(tokens: &[Token], i: usize) -> bool {
    tokens
        .get(i + 1)
        .is_some_and(|next| next.range.start == tokens[i].range.end && next.kind != TokenKind::Punct)
}

fn glued_to_previous(tokens: &[Token], i: usize) -> bool {
    i > 0
        && tokens[i - 1].range.end == tokens[i].range.start
        && !matches!(tokens[i - 1].norm.as_str(), "(" | "[")
}

/// Hedges: modal and evidential words anywhere, unless the word names a month ("died last
/// May"); approximators ("over", "about") only before a number.
fn find_hedges(tokens: &[Token]) -> Vec<usize> {
    (0..tokens.len())
        .filter(|&i| {
            let norm = tokens[i].norm.as_str();
            lexicon::is_hedge(norm)
                && (!lexicon::is_number_only_hedge(norm) || precedes_number(tokens, i))
                && !names_a_month(tokens, i)
                && (!lexicon::one_of(norm, EXPECTATION_PARTICIPLES) || expects_a_claim(tokens, i))
        })
        .collect()
}

/// Participles of expectation: they hedge the claim they introduce ("inflation is expected to
/// remain in check", "anticipated that rates would rise"), not a fact they describe ("a move
/// widely anticipated by economists", "as expected").
const EXPECTATION_PARTICIPLES: &str = "expected anticipated predicted forecast";

fn expects_a_claim(tokens: &[Token], i: usize) -> bool {
    tokens.get(i + 1).is_some_and(|t| lexicon::one_of(&t.norm, "to that"))
}

/// Whether token `i`, a month's name that is also a word ("May"), names the month: capitalised
/// inside the sentence, after a word that places a time ("last May", "in may"), or before a day
/// or a year ("May 3", "May 2024").
fn names_a_month(tokens: &[Token], i: usize) -> bool {
    if lexicon::month_of(&tokens[i].norm).is_none() {
        return false;
    }
    let opens_sentence = tokens[..i].iter().all(|t| t.kind == TokenKind::Punct);
    let after_time_word = i > 0
        && lexicon::one_of(&tokens[i - 1].norm, "last next this in since early late mid until through by of");
    (tokens[i].capitalised && !opens_sentence)
        || after_time_word
        || tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Number)
}

fn precedes_number(tokens: &[Token], i: usize) -> bool {
    tokens[i + 1..]
        .iter()
        .take(3)
        .take_while(|t| t.kind != TokenKind::Punct || t.norm == "$")
        .any(quantity::is_number)
}

/// Words that, opening a sentence, point back to the previous one ("He said…", "This move…").
const ANAPHORIC_OPENERS: &[&str] = &["he", "she", "it", "they", "this", "these", "those", "such"];

fn opens_anaphorically(tokens: &[Token]) -> bool {
    let mut words = tokens.iter().filter(|t| t.kind != TokenKind::Punct);
    words.next().is_some_and(|t| ANAPHORIC_OPENERS.contains(&t.norm.as_str()))
}

/// Modals that state what an action would lead to.
const CONSEQUENCE_MODALS: &[&str] = &["would", "could", "will", "might"];
/// Nouns that stand for an action named before ("such a move", "the step").
const ACTION_NOUNS: &[&str] = &["move", "step", "decision", "measure", "action"];

/// "doing so would X", "such a move could X", "this would X": the modal to the clause end.
fn find_consequence(tokens: &[Token]) -> Option<Range<usize>> {
    let modal = (1..tokens.len()).find(|&i| {
        CONSEQUENCE_MODALS.contains(&norm_at(tokens, i)) && {
            let before = norm_at(tokens, i - 1);
            let doing_so = before == "so" && i >= 2 && norm_at(tokens, i - 2) == "doing";
            let action = ACTION_NOUNS.contains(&before)
                && i >= 2
                && matches!(norm_at(tokens, i - 2), "a" | "the" | "this" | "that" | "such");
            let pointer = matches!(before, "this" | "that" | "it")
                && (i == 1 || tokens[i - 2].kind == TokenKind::Punct || norm_at(tokens, i - 2) == "and");
            doing_so || action || pointer
        }
    })?;
    let end = (modal + 1..tokens.len())
        .find(|&i| matches!(norm_at(tokens, i), "." | ";" | "!" | "?"))
        .unwrap_or(tokens.len());
    (end > modal + 1).then_some(modal..end)
}

/// Whether token `i` negates: a negation word, but not a participle used as an adjective
/// after a determiner ("the failed startup", "a rejected bid"), "not only" ("не только",
/// "nicht nur"), nor the abbreviation "no." ("train no. 13174").
fn negates(tokens: &[Token], i: usize) -> bool {
    if !lexicon::is_negation(&tokens[i].norm) {
        return false;
    }
    let next = norm_at(tokens, i + 1);
    let adjective = tokens[i].norm.ends_with("ed")
        && i.checked_sub(1)
            .is_some_and(|p| lexicon::one_of(&tokens[p].norm, "the a an its his her their this that"));
    let not_only = lexicon::one_of(next, "only just merely только лишь nur");
    let abbreviation = tokens[i].norm == "no" && next == ".";
    !adjective && !not_only && !abbreviation
}

/// Sources credited by speech verbs: "the Kremlin said", "said the Kremlin", "according to X".
fn find_attributions(tokens: &[Token], quantities: &[Quantity], language: Language) -> Vec<Attribution> {
    (0..tokens.len())
        .filter(|&i| {
            lexicon::is_speech_verb(&tokens[i].norm) || segment::is_speech_verb(language, &tokens[i].norm)
        })
        .map(|cue| Attribution { cue, source: source_of(tokens, quantities, cue, language) })
        .collect()
}

/// The source credited by the speech verb at `cue` (`quantities`: the sentence's, which say
/// where an age stands before a name).
fn source_of(tokens: &[Token], quantities: &[Quantity], cue: usize, language: Language) -> Vec<usize> {
    let phrase_after = |start: usize| noun_phrase_after(tokens, past_age(quantities, start));
    if tokens[cue].norm == "according" {
        return phrase_after(cue + 2);
    }
    // "resigned, saying Russia had…": a participle's source is its clause's subject, not the
    // words after it (the quotes' speakers read the subject).
    if tokens[cue].norm.ends_with("ing") {
        return Vec::new();
    }
    // "Three days of mourning were declared": a passive names no source but after "by".
    let passive = cue
        .checked_sub(1)
        .is_some_and(|i| lexicon::one_of(norm_at(tokens, i), "is are was were been be being"));
    if passive {
        return if norm_at(tokens, cue + 1) == "by" { phrase_after(cue + 2) } else { Vec::new() };
    }
    // "welcomed the ruling and said there would be…": the source is the subject of the verb
    // the cue is coordinated with, not the words after it (the quotes' speakers read it).
    if cue.checked_sub(1).is_some_and(|i| lexicon::one_of(norm_at(tokens, i), "and und и")) {
        return Vec::new();
    }
    let before = source_before(tokens, cue);
    // "Eight deaths confirmed in quake": a headline's passive, whose subject is what was
    // confirmed; the dead say nothing.
    if before.last().is_some_and(|&head| lexicon::is_death_concept(&tokens[head].concept)) {
        return Vec::new();
    }
    // "said after the meeting": a time or place after the verb is no source; "told reporters":
    // whom one tells is no source either.
    let adverbial =
        lexicon::one_of(norm_at(tokens, cue + 1), "after before during at on in following while when since");
    let told = lexicon::one_of(norm_at(tokens, cue), "told tells telling");
    // German puts the verb second: in "Zudem sagte der Richter" and "Mit diesen Worten begründet
    // die Richterin" the source follows it.
    let fronted_phrase = lexicon::one_of(norm_at(tokens, 0), GERMAN_PREPOSITIONS) && cue <= SOURCE_WORDS;
    let verb_second = language == Language::German && (before == [0] || fronted_phrase);
    let after = || with_named_apposition(tokens, phrase_after(cue + 1), phrase_after);
    if before.is_empty() && !previous_is_pronoun(tokens, cue) && !adverbial && !told {
        after()
    } else if verb_second {
        Some(after()).filter(|a| !a.is_empty()).unwrap_or(before)
    } else {
        before
    }
}

fn previous_is_pronoun(tokens: &[Token], cue: usize) -> bool {
    cue > 0 && lexicon::is_pronoun(&tokens[cue - 1].norm)
}

const SOURCE_WORDS: usize = 6;

/// German prepositions that open a sentence's fronted phrase ("Mit diesen Worten", "Nach
/// Angaben der Polizei").
const GERMAN_PREPOSITIONS: &str = "mit nach laut bei vor seit in im am auf aus über für gegen";

/// Content tokens of the words right before `end`, back to punctuation or a function word
/// that starts a clause.
fn noun_phrase_before(tokens: &[Token], end: usize) -> Vec<usize> {
    let mut phrase: Vec<usize> = (end.saturating_sub(SOURCE_WORDS)..end)
        .rev()
        .take_while(|&i| is_source_word(tokens, i))
        .filter(|&i| tokens[i].content)
        .collect();
    phrase.reverse();
    phrase
}

/// The source before a cue ([`noun_phrase_before`]); when an apposition set off by commas
/// stands between them ("Anna Berg, the finance minister, said"), the noun phrase before the
/// apposition, else the apposition itself ("…,” a farmer from Kell, said").
fn source_before(tokens: &[Token], cue: usize) -> Vec<usize> {
    let comma = |i: usize| is_comma(tokens, i);
    let Some(close) = cue.checked_sub(1).filter(|&c| comma(c)) else {
        return noun_phrase_before(tokens, cue);
    };
    // An apposition may be much longer than a source ("a spokesman for the state's Department
    // of Transportation", "a railroad official who was on the train at the time of the
    // accident"): the comma that opens it is looked for four times as far back.
    let window = close.saturating_sub(4 * SOURCE_WORDS + 1)..close;
    // A participle's aside ("Mr Dorn, joined by his wife, Ines, and aides, said") may hold
    // commas of its own: the source stands before it.
    let participle = |i: usize| {
        tokens.get(i + 1).is_some_and(|t| t.norm.ends_with("ed"))
            && tokens.get(i + 2).is_some_and(|t| t.norm == "by")
    };
    if let Some(aside) = window.clone().find(|&i| comma(i) && participle(i)) {
        let named = noun_phrase_before(tokens, aside);
        if !named.is_empty() {
            return named;
        }
    }
    let open = window.rev().find(|&i| tokens[i].kind == TokenKind::Punct);
    match open {
        Some(open) if comma(open) && open + 1 < close => {
            let named = noun_phrase_before(tokens, open);
            if named.is_empty() {
                noun_phrase_before(tokens, close)
            } else {
                named
            }
        }
        _ => Vec::new(),
    }
}

/// Content tokens from `start` on, to punctuation, a function word that starts a clause, or a
/// preposition that starts a time or place ("said Scholz in der Sitzung").
fn noun_phrase_after(tokens: &[Token], start: usize) -> Vec<usize> {
    let preposition =
        |t: &Token| lexicon::one_of(&t.norm, "in at on after before during im am bei nach в на после");
    (start..tokens.len().min(start + SOURCE_WORDS))
        .take_while(|&i| is_source_word(tokens, i) && !preposition(&tokens[i]))
        .filter(|&i| tokens[i].content)
        .collect()
}

/// A source and the name set off by a comma after it ("said one mother, Ana Ruiz, who…", "said
/// the president of the Tarn central bank, Jana Roth"): the name says who the source is, though
/// the title before it may run past the words a source is read in. `phrase_after` reads the
/// noun phrase from a token on.
fn with_named_apposition(
    tokens: &[Token],
    mut source: Vec<usize>,
    phrase_after: impl Fn(usize) -> Vec<usize>,
) -> Vec<usize> {
    let Some(&last) = source.last() else { return source };
    let title_end =
        (last + 1..tokens.len().min(last + 1 + SOURCE_WORDS)).find(|&i| !is_source_word(tokens, i));
    if let Some(comma) = title_end.filter(|&i| is_comma(tokens, i)) {
        let named = phrase_after(comma + 1);
        if !named.is_empty() && named.iter().all(|&i| tokens[i].is_name()) {
            source.extend(named);
        }
    }
    source
}

/// Where a noun phrase starting at `start` goes on after an age written before it ("said
/// 32-year-old Ana Ruiz": "Ana Ruiz"), as the sentence's quantities read ages.
fn past_age(quantities: &[Quantity], start: usize) -> usize {
    quantities.iter().find(|q| q.unit == quantity::AGE && q.number == start).map_or(start, |q| q.tokens.end)
}

fn is_comma(tokens: &[Token], i: usize) -> bool {
    tokens.get(i).is_some_and(|t| t.norm == ",")
}

/// Whether the token at `i` may be part of a source's noun phrase: a word that breaks no clause,
/// or the period of a title before a name ("Lt. Gen. Ivo Marten"): a period inside a sentence,
/// glued to its word and before a capital, ends an abbreviation, not the sentence.
fn is_source_word(tokens: &[Token], i: usize) -> bool {
    let token = &tokens[i];
    let title_period = token.norm == "."
        && i > 0
        && tokens[i - 1].range.end == token.range.start
        && tokens.get(i + 1).is_some_and(|next| next.capitalised);
    let clause_break = lexicon::one_of(&token.norm, "that and but which who as und aber dass и но что");
    // "EZB-Präsidentin Christine Lagarde": a compound's hyphen.
    let compound = token.norm == "-" && glued(tokens, i);
    title_period
        || compound
        || token.kind != TokenKind::Punct
            && !clause_break
            && !lexicon::is_speech_verb(&token.norm)
            && !lexicon::is_pronoun(&token.norm)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence(text: &str) -> AnalysedSentence {
        analyse_sentence(text, 0..text.len())
    }

    fn words(s: &AnalysedSentence, indices: &[usize]) -> Vec<String> {
        indices.iter().map(|&i| s.tokens[i].norm.clone()).collect()
    }

    #[test]
    fn tokens_fold_case_quotes_and_possessives() {
        let s = sentence("Kyiv’s “Energy” plan—don't worry, 1,300 km.");
        let norms: Vec<&str> = s.tokens.iter().map(|t| t.norm.as_str()).collect();
        assert_eq!(
            norms,
            ["kyiv", "\"", "energy", "\"", "plan", "-", "don't", "worry", ",", "1,300", "km", "."]
        );
        assert!(!s.tokens[0].capitalised, "a sentence's first word is capitalised anyway");
        assert!(s.tokens[2].capitalised);
        assert_eq!(s.tokens[9].kind, TokenKind::Number);
    }

    #[test]
    fn a_phrasal_verb_is_read_as_one_word() {
        let s = sentence("The minister stepped down on Friday.");
        assert_eq!(s.tokens[2].concept, "step_down");
        assert!(s.tokens[2].senses.synonymous(sentence("The minister resigned.").tokens[2].senses));
        // Not a verb and a preposition the table does not pair.
        assert_eq!(sentence("The minister stepped onto the stage.").tokens[2].concept, "step");
    }

    #[test]
    fn quotes_are_found_inside_marks_and_across_sentences() {
        let s = sentence("He called it “very good” and left.");
        assert_eq!(words(&s, &s.quotes[0].clone().collect::<Vec<_>>()), ["very", "good"]);
        // An opening mark typed between letters is an apostrophe.
        assert!(sentence("Japan‘s trade minister resigned on Friday.").quotes.is_empty());
        let closing_only = sentence("we will win,” she said.");
        assert_eq!(closing_only.quotes, vec![0..4]);
        // The marks that face either way by language close when glued to the word before.
        for tail in ["Wir bleiben hier“, sagte sie.", "Мы останемся здесь», — сказала она."]
        {
            assert_eq!(sentence(tail).quotes, vec![0..3], "{tail}");
        }
        let german = sentence("Sie sagte: „Wir bleiben“ und ging.");
        assert_eq!(words(&german, &german.quotes[0].clone().collect::<Vec<_>>()), ["wir", "bleiben"]);
        let english = sentence("She said “we stay” and left.");
        assert_eq!(words(&english, &english.quotes[0].clone().collect::<Vec<_>>()), ["we", "stay"]);
        let straight = sentence("The \"road to calm\" began.");
        assert_eq!(words(&straight, &straight.quotes[0].clone().collect::<Vec<_>>()), ["road", "to", "calm"]);
    }

    #[test]
    fn a_german_noun_after_a_number_word_is_no_name() {
        let text = "Die Retter kamen mit zwölf Suchhunden nach Varno.";
        let s = analyse_account(text, &segment::segment(text)).sentences.remove(0);
        let names: Vec<&str> = s.tokens.iter().filter(|t| t.is_name()).map(|t| t.norm.as_str()).collect();
        assert_eq!(names, ["varno"]);
    }

    #[test]
    fn the_word_after_a_dateline_opens_the_sentence_and_names_nothing() {
        let names = |text: &str| -> Vec<String> {
            let s = sentence(text);
            s.tokens.iter().filter(|t| t.is_name()).map(|t| t.norm.clone()).collect()
        };
        assert_eq!(names("KELL, Varnia — Rescue crews reached the village."), ["kell", "varnia"]);
        // As at any sentence start, the first word's capital alone makes no name.
        assert_eq!(names("KELL (Wire) — Lotte Brun reached the village."), ["kell", "wire", "brun"]);
        assert_eq!(names("Crews from Kell — Rescue Unit 4 — arrived."), ["kell", "rescue", "unit"]);
    }

    #[test]
    fn sources_skip_an_apposition_and_stop_at_a_coordinated_clause() {
        let apposition = sentence("\"The levee holds,\" Tom Rye, a builder from Kell, told reporters.");
        assert_eq!(words(&apposition, &apposition.attributions[0].source), ["tom", "rye"]);
        let named = sentence("Ilse Dorn, the new mayor, said the levee holds.");
        assert_eq!(words(&named, &named.attributions[0].source), ["ilse", "dorn"]);
        let aside =
            sentence("Mayor Dorn, joined by his wife, Ines, and two aides, said he was sad to leave.");
        assert_eq!(words(&aside, &aside.attributions[0].source), ["mayor", "dorn"]);
        let titled = sentence("The levee holds, said Lt. Gen. Ivo Marten, head of the corps.");
        assert_eq!(words(&titled, &titled.attributions[0].source), ["lt", "gen", "ivo", "marten"]);
        let coordinated = sentence("Trainer Brandt wirkte müde und sagte: „Wir lernen.“");
        assert!(coordinated.attributions[0].source.is_empty(), "{:?}", coordinated.attributions);
    }

    #[test]
    fn a_title_case_headline_capitalises_no_names_but_those_of_the_body() {
        let text = "Tarn Bank Lifts Base Rate To 4%\nThe Tarn Bank raised its base rate to 4% on Monday. \
                    On Friday Mayor Ilse Brandt visited Varno.";
        let account = analyse_account(text, &segment::segment(text));
        let names = |i: usize| -> Vec<&str> {
            account.sentences[i].tokens.iter().filter(|t| t.is_name()).map(|t| t.norm.as_str()).collect()
        };
        // "Tarn" opens the headline; "Lifts", "Base" and "Rate" are capitalised by its style.
        assert_eq!(names(0), ["bank"], "the headline's names are the body's");
        assert_eq!(
            names(2),
            ["friday", "mayor", "ilse", "brandt", "varno"],
            "a sentence full of names keeps them"
        );
    }

    #[test]
    fn a_month_named_may_is_no_hedge() {
        for text in [
            "Dana Roe died last May after a fall.",
            "The law took effect on May 3.",
            "Since may the plant has been idle.",
        ] {
            assert!(sentence(text).hedges.is_empty(), "{text}");
        }
        let modal = sentence("May the talks resume, officials may decide.");
        assert_eq!(words(&modal, &modal.hedges), ["may", "may"]);
    }

    #[test]
    fn hedges_need_a_number_for_approximators() {
        let s = sentence("The talks may last over two hours, over the weekend.");
        assert_eq!(words(&s, &s.hedges), ["may", "over"]);
    }

    #[test]
    fn negations_include_refusals_and_contractions() {
        let s = sentence("Russia refused the deal and didn't sign, not yet.");
        assert_eq!(words(&s, &s.negations), ["refused", "didn't", "not"]);
    }

    #[test]
    fn attributions_find_the_source_on_either_side() {
        let s = sentence("The deal is off, the Kremlin said.");
        assert_eq!(words(&s, &s.attributions[0].source), ["kremlin"]);
        let after = sentence("The deal is off, said Kremlin spokesman Dmitry Peskov.");
        assert_eq!(
            words(&after, &after.attributions[0].source),
            ["kremlin", "spokesman", "dmitry", "peskov"]
        );
        let according = sentence("According to the White House, the call went well.");
        assert_eq!(words(&according, &according.attributions[0].source), ["white", "house"]);
        let pronoun = sentence("The call went well, he said.");
        assert!(pronoun.attributions[0].source.is_empty());
        // German news credits quotes with more verbs than "sagte", in the past and the present
        // ("warnte", "kündigte … an", "warnt").
        for credited in [
            "„Die Lage bleibt ernst“, warnte Bürgermeisterin Anna Roth am Montag.",
            "„Die Preise werden steigen“, kündigte Bürgermeisterin Anna Roth an.",
            "„Die Preise werden steigen“, warnt Bürgermeisterin Anna Roth.",
        ] {
            let s = sentence(credited);
            assert_eq!(
                words(&s, &s.attributions[0].source),
                ["bürgermeisterin", "anna", "roth"],
                "{credited}"
            );
        }
        // Russian and Ukrainian news credit quotes with "сообщил", "подчеркнула", "заявили"….
        for credited in [
            "«Мы готовы к диалогу», — сообщил Дмитрий Песков.",
            "«Мы готовы к диалогу», — подчеркнула Анна Павлова.",
            "«Ми готові до діалогу», — наголосив Дмитро Кулеба.",
        ] {
            let s = sentence(credited);
            assert_eq!(s.attributions.first().map(|a| a.source.len()), Some(2), "{credited}");
        }
        // A fronted phrase puts the source after the verb, and a compound's hyphen is inside it.
        let fronted = sentence("Mit diesen Worten warnte die Tarn-Bürgermeisterin Anna Roth am Montag.");
        let source = words(&fronted, &fronted.attributions[0].source);
        assert_eq!(source, ["tarn", "bürgermeisterin", "anna", "roth"]);
    }

    #[test]
    fn sources_behind_long_appositions_ages_and_with_names_after_them() {
        let long = sentence(
            "Ana Ruiz, a spokeswoman for the regional Department of Roads and Bridges, said a total of 9 people were hurt.",
        );
        assert_eq!(words(&long, &long.attributions[0].source), ["ana", "ruiz"]);
        let longer = sentence(
            "Ana Ruiz, a ferry pilot who was on the bridge at the time of the collision, said most of the injuries were minor.",
        );
        assert_eq!(words(&longer, &longer.attributions[0].source), ["ana", "ruiz"]);
        let aged = sentence("\"We waited all night,\" said 41-year-old Ana Ruiz.");
        assert_eq!(words(&aged, &aged.attributions[0].source), ["ana", "ruiz"]);
        let named = sentence("\"We waited all night,\" said one driver, Ana Ruiz, who lives nearby.");
        assert_eq!(words(&named, &named.attributions[0].source), ["one", "driver", "ana", "ruiz"]);
        // A title longer than a source is read in still leads to the name after it.
        let titled =
            sentence("\"Prices will rise,\" said the head of the Tarn central rail authority, Ana Ruiz.");
        let source = words(&titled, &titled.attributions[0].source);
        assert_eq!(source[source.len() - 2..], ["ana", "ruiz"], "{source:?}");
        // …and a sentence may end inside the title.
        let untitled = sentence("\"Prices will rise,\" said the head of the Tarn central rail");
        assert_eq!(words(&untitled, &untitled.attributions[0].source), ["head", "tarn", "central"]);
    }

    #[test]
    fn expectation_hedges_the_claim_it_introduces_only() {
        let hedged = sentence("Inflation is expected to remain low, the bank said.");
        assert_eq!(words(&hedged, &hedged.hedges), ["expected"]);
        for fact in [
            "In a move widely anticipated by traders, the bank raised rates.",
            "As expected, the bank raised rates.",
        ] {
            assert!(sentence(fact).hedges.is_empty(), "{fact}");
        }
    }

    #[test]
    fn anaphoric_openings_and_consequences() {
        let s = sentence("He said that doing so would endanger lives, and prolong the war.");
        assert!(s.anaphoric);
        let clause = s.consequence.clone().expect("consequence");
        assert_eq!(s.tokens[clause.start].norm, "would");
        assert_eq!(s.tokens[clause.end - 1].norm, "war");
        let t = sentence("Kyiv warned that such a move could weaken Ukraine.");
        assert!(!t.anaphoric && t.consequence.is_some());
        let plain = sentence("The talks would resume on Monday, officials said.");
        assert!(!plain.anaphoric && plain.consequence.is_none());
        assert!(sentence("“It was restored,” she said.").anaphoric);
    }

    #[test]
    fn odd_ranges_never_panic() {
        let text = "é “unterminated";
        let backwards = std::ops::Range { start: 9, end: 3 };
        let account = analyse_account(text, &[0..1, 5..400, backwards]);
        assert_eq!(account.sentences.len(), 3);
        assert!(sentence("").tokens.is_empty());
    }
}
