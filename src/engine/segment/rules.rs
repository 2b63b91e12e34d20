//! Boundaries at final punctuation: whether a `.`, `!`, `?` or `…` ending a token ends the
//! sentence, judged from the token (abbreviation? number? quote?) and the next token (capital?
//! sentence starter? attribution?); and boundaries glued inside a token.

use super::abbreviation::ending_abbreviation;
use super::language::{continues_clock_time, opens_time_phrase, Abbreviation, Languages};
use super::tokens::{
    is_address, is_closer, is_terminal, is_unspaced_terminal, leading_word, line_breaks, Ending, Start,
    Terminal,
};
use super::Segmenter;

/// How many tokens after a quote ending in `?`/`!` may name the speaker before the speech verb
/// ("“Why now?” Ukrainian President Volodymyr Zelensky asked.").
const MAX_SPEAKER_TOKENS: usize = 5;

/// How many tokens a fronted time phrase may have ("At 5 a.m." is three).
const MAX_TIME_PHRASE_TOKENS: usize = 4;

impl Segmenter<'_> {
    /// Does the final punctuation of token `i` end the sentence?
    /// After a line break, a line opening with punctuation ("___", "— Why?") counts as a
    /// capitalised start.
    pub(super) fn punctuation_ends_sentence(
        &self,
        i: usize,
        ending: &Ending,
        terminal: Terminal,
        line_break: bool,
    ) -> bool {
        let next = match Start::of(self.tokens.get(i + 1)) {
            Start::Punct if line_break => Start::Upper,
            start => start,
        };
        if is_dots(self.tokens.get(i + 1)) {
            return terminal == Terminal::Period
                && !ending.stem.is_empty()
                && self.spaced_ellipsis_opens_sentence(i + 1);
        }
        if ending.stem.is_empty() && is_dots(self.tokens.get(i)) {
            return self.spaced_ellipsis_ends_sentence(i, next);
        }
        match terminal {
            Terminal::None => false,
            Terminal::Strong => self.strong_terminal_ends_sentence(i, ending, next),
            Terminal::Ellipsis => next.is_capital_or_uncased() && !is_omission_mark(ending),
            Terminal::Period => self.period_ends_sentence(i, ending, next),
        }
    }

    /// `!` and `?` end a sentence unless a lower-case word follows ("Yahoo! in", "“Why?” she
    /// asked") or a quote is followed by its attribution ("“Why now?” Zelensky asked.").
    fn strong_terminal_ends_sentence(&self, i: usize, ending: &Ending, next: Start) -> bool {
        match next {
            Start::Lower | Start::Punct => false,
            _ => !(ending.closes_quote() && self.attribution_follows(i + 1)),
        }
    }

    /// A period ends a sentence before a capital, a digit or an uncased letter, unless the
    /// token is an abbreviation that does not end sentences there.
    fn period_ends_sentence(&self, i: usize, ending: &Ending, next: Start) -> bool {
        if matches!(next, Start::Lower | Start::Punct) {
            return false;
        }
        if ending.closes_quote() {
            return true;
        }
        let token = self.tokens.get(i);
        if self.languages.has_ordinal_dots() && is_short_number(ending.stem) {
            return self.next_is_sentence_starter(i + 1);
        }
        let previous = if i > 0 { self.tokens.get(i - 1) } else { "" };
        let Some(abbreviation) = ending_abbreviation(previous, ending.stem, &self.languages) else {
            return true;
        };
        if is_address(token) {
            return true;
        }
        match abbreviation {
            Abbreviation::NeverFinal => false,
            Abbreviation::BeforeNumber => next != Start::Digit,
            Abbreviation::MaybeFinal => next != Start::Digit && self.next_is_sentence_starter(i + 1),
            Abbreviation::Time => {
                next != Start::Digit && !self.continues_clock_time(i + 1) && !self.in_time_phrase(i)
            }
            Abbreviation::UsuallyFinal => next != Start::Digit,
        }
    }

    /// Does token `j` begin with a word that commonly starts a sentence ("The", "He", "Затем")?
    pub(super) fn next_is_sentence_starter(&self, j: usize) -> bool {
        let (word, then_period) = leading_word(self.tokens.get(j));
        !then_period && self.languages.is_sentence_starter(word)
    }

    /// "10 a.m. Eastern", "9 p.m. Moscow time", "8 a.m. Tuesday".
    fn continues_clock_time(&self, j: usize) -> bool {
        continues_clock_time(leading_word(self.tokens.get(j)).0)
            || leading_word(self.tokens.get(j + 1)).0 == "time"
    }

    /// Is token `i` the end of a short fronted time phrase ("At 5 a.m.")?
    fn in_time_phrase(&self, i: usize) -> bool {
        let first = self.sentence.first_token;
        !self.sentence.starts_mid_token
            && i - first < MAX_TIME_PHRASE_TOKENS
            && opens_time_phrase(leading_word(self.tokens.get(first)).0)
    }

    /// Do the tokens from `j` name a speaker and a speech verb ("Zelensky asked.")? A capitalised
    /// pronoun or article opens a new sentence instead ("“When?” He left.").
    fn attribution_follows(&self, j: usize) -> bool {
        for k in j..(j + MAX_SPEAKER_TOKENS).min(self.tokens.len()) {
            if k > j && line_breaks(self.tokens.gap_before(k)) > 0 {
                return false;
            }
            let token = self.tokens.get(k);
            let (word, _) = leading_word(token);
            match Start::of(word) {
                Start::Lower => return self.languages.is_speech_verb(word),
                Start::Upper
                    if !self.languages.is_sentence_starter(word)
                        && matches!(Ending::of(token).terminal(), Terminal::None | Terminal::Period) => {}
                _ => return false,
            }
        }
        false
    }

    /// "compounds. . . . The": a word with its period, then a spaced three-dot ellipsis that
    /// opens the next sentence. Token `j` is the first dot.
    fn spaced_ellipsis_opens_sentence(&self, j: usize) -> bool {
        let end = self.dots_run_end(j);
        dot_count(&self.tokens, j, end) == 3
            && end < self.tokens.len()
            && Start::of(self.tokens.get(end)).is_capital_or_uncased()
    }

    /// After a spaced ellipsis ending at token `i`: four dots end the sentence before a
    /// capital ("period . . . . Next"), three do not ("is . . . I didn’t"), one or two are a
    /// detached period.
    fn spaced_ellipsis_ends_sentence(&self, i: usize, next: Start) -> bool {
        let mut first = i;
        while first > 0 && is_dots(self.tokens.get(first - 1)) {
            first -= 1;
        }
        match dot_count(&self.tokens, first, i + 1) {
            3 => false,
            _ => next.is_capital_or_uncased() || next == Start::Digit,
        }
    }

    /// The index after the run of dot-only tokens starting at `j`.
    fn dots_run_end(&self, j: usize) -> usize {
        (j..self.tokens.len()).find(|&k| !is_dots(self.tokens.get(k))).unwrap_or(self.tokens.len())
    }
}

/// Total periods (an `…` counts three) in tokens `first..end`.
fn dot_count(tokens: &super::Tokens, first: usize, end: usize) -> usize {
    (first..end)
        .map(|k| {
            tokens.get(k).chars().map(|c| if c == '…' { 3 } else { usize::from(c == '.') }).sum::<usize>()
        })
        .sum()
}

/// A token made only of periods/ellipses (and closing quotes): one piece of ". . .".
fn is_dots(token: &str) -> bool {
    let core = token.trim_end_matches(is_closer);
    !core.is_empty() && core.chars().all(|c| c == '.' || c == '…')
}

/// "[...]" or "(…)": an omission inside a quote, never a boundary.
fn is_omission_mark(ending: &Ending) -> bool {
    ending.stem.ends_with(['[', '('])
}

/// One to three digits, or the end of a range of them: "3." may be an ordinal ("am 3. März",
/// "im 1.–3. Jahrhundert").
fn is_short_number(stem: &str) -> bool {
    let short = |digits: &str| (1..=3).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit());
    match stem.rsplit_once(['-', '–']) {
        Some((from, to)) => short(to) && (from.is_empty() || short(from.trim_end_matches('.'))),
        None => short(stem),
    }
}

/// Offsets inside one token where a sentence begins with no space before it: after a CJK
/// full stop ("好。然后"), or after `.`/`!`/`?` between a lower-case word or number and a
/// capitalised word ("world.Today", "1,000.That"), except in addresses and after abbreviations.
pub(super) struct InnerBoundaries<'a> {
    token: &'a str,
    languages: &'a Languages,
    position: usize,
    /// Whether the token is an e-mail address or URL, found out when first needed.
    is_address: Option<bool>,
}

impl<'a> InnerBoundaries<'a> {
    pub(super) fn new(token: &'a str, languages: &'a Languages) -> Self {
        let may_hold_one = token.len() > 1
            && token.as_bytes()[..token.len() - 1]
                .iter()
                .any(|&b| b >= 0x80 || matches!(b, b'.' | b'!' | b'?'));
        InnerBoundaries {
            token,
            languages,
            position: if may_hold_one { 0 } else { token.len() },
            is_address: None,
        }
    }

    /// Is there a boundary after the terminal run `token[run_start..run_end]` and its closers
    /// (`token[..after_closers]`)?
    fn is_boundary(&mut self, run_start: usize, run_end: usize, after_closers: usize) -> bool {
        let run = &self.token[run_start..run_end];
        if run.chars().any(is_unspaced_terminal) {
            return true;
        }
        if !run.starts_with(['.', '!', '?']) || *self.is_address.get_or_insert_with(|| is_address(self.token))
        {
            return false;
        }
        let before = &self.token[..run_start];
        let glued_to_word = before.chars().next_back().is_some_and(|c| c.is_lowercase() || c.is_numeric());
        let mut after = self.token[after_closers..].chars();
        let starts_word =
            after.next().is_some_and(char::is_uppercase) && after.next().is_some_and(char::is_lowercase);
        glued_to_word
            && starts_word
            && (run != "." || ending_abbreviation("", before, self.languages).is_none())
    }
}

impl Iterator for InnerBoundaries<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        while self.position < self.token.len() {
            let rest = &self.token[self.position..];
            let run_start = self.position + rest.find(is_terminal)?;
            let run_end = end_of_run(self.token, run_start, is_terminal);
            let after_closers = end_of_run(self.token, run_end, closes_glued_sentence);
            self.position = after_closers;
            if after_closers < self.token.len() && self.is_boundary(run_start, run_end, after_closers) {
                return Some(after_closers);
            }
        }
        None
    }
}

/// The end of the run of chars matching `belongs` that starts at `start`.
fn end_of_run(text: &str, start: usize, belongs: impl Fn(char) -> bool) -> usize {
    text[start..].find(|c: char| !belongs(c)).map_or(text.len(), |offset| start + offset)
}

/// Closers that may end a sentence glued to the next: not `“`, `«` and `‹`, which open the
/// next sentence in Chinese, Russian and French ("好。“然后").
fn closes_glued_sentence(c: char) -> bool {
    is_closer(c) && !matches!(c, '“' | '«' | '‹')
}
