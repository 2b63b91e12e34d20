//! How alike two sentences are, robust to paraphrase and spun synonyms.
//!
//! Each sentence becomes a weighted bag of concepts (stems, strong synonyms of WordNet's folded
//! into one: see [`strong_synonyms`]), each weighted by its inverse document frequency over all sentences of all accounts, with anchors a
//! spinner cannot change (numbers, names) weighted up. Two sentences score by a blend of cosine
//! (same claim, same size) and containment (one sentence holds the other, as in a split), plus
//! soft matches of leftover words by character trigrams (inflections, spelling variants:
//! "Zelensky"/"Zelenskyy"); a hyphenated compound whose closed spelling is a word of the corpus
//! ("cease-fire"/"ceasefire") is one term, that word's. The noun a number counts is a term of its own ("175 prisoners" and
//! "372 prisoners" both count prisoners), so reports of one count meet even when their numbers
//! disagree. An inverted index proposes candidate pairs so that cost grows with
//! the text, not with the square of the number of sentences. Each candidate pair also gets an
//! [`Overlap`]: its shared weight with a milder length penalty, and how many of the concepts it
//! shares are ordinary words rather than names or numbers (related links read it). A sentence
//! that opens on an earlier event ("In 1981, …") is like no sentence about today's.

use super::analyse::{AnalysedAccount, AnalysedSentence, Token, TokenKind};
use super::eras::sentence_era;
use super::hashing::FastMap;
use super::lexicon;
use super::openings::openings;
use super::quantity::QuantityKind;
use super::segment::Language;
use super::sorting::{sort_by, sort_values};
use super::synonyms::Senses;
use super::tuning::knob;

/// A sentence's address: (account, sentence index).
pub type SentenceId = (usize, usize);

/// Weight multiplier for numbers, which spinners and paraphrase leave intact.
const NUMBER_BOOST: f64 = 1.6;
/// Weight multiplier for the noun a number counts: two reports of how many prisoners were
/// exchanged report one claim even when their numbers differ.
const COUNTED_NOUN_BOOST: f64 = 2.2;
/// Weight multiplier for capitalised, name-like words.
const NAME_BOOST: f64 = 1.0;
/// Weight multiplier for "-ly" adverbs.
const ADVERB_WEIGHT: f64 = 0.5;
/// A term in more sentences than this many per account (and than `COMMON_TERM_MIN`) is too
/// common to propose candidates; a fixed bound keeps candidate generation linear in the text.
const COMMON_TERM_PER_ACCOUNT: usize = 4;
const COMMON_TERM_MIN: usize = 16;
/// A sentence with only common terms still proposes candidates through its rarest term if that
/// term is in at most this many times `common_cutoff` sentences.
const FALLBACK_TERM_FACTOR: usize = 4;
/// Candidates kept per sentence and other account, best first: as many sentences as one account
/// may put in a group, so candidate lists stay short on repetitive text.
const CANDIDATES_PER_ACCOUNT: usize = 3;
/// How much a sentence must share with another, as a share of its own weight, to be a candidate.
const CANDIDATE_MIN_SHARE: f64 = 0.04;

/// A content word as soft matching sees it.
#[derive(Clone, Debug)]
struct SoftWord {
    concept: u32,
    weight: f64,
    shape: WordShape,
    senses: Senses,
}

/// Concepts two sentences must share to be similar at all: one rare word in common is a
/// coincidence, not a claim.
const MIN_SHARED_TERMS: usize = 2;
/// The same for two sentences that open their accounts (see `super::openings`): they state
/// the main claim, so one word in common is the claim, however differently the rest is said
/// ("Germany knocked out after 0-2 against South Korea", "Historic exit for Germany").
const OPENINGS_MIN_SHARED_TERMS: usize = 1;
/// Words per sentence considered for soft matches: bounds the cost of huge sentences.
const SOFT_MATCH_WORDS: usize = 48;

/// A sentence as a weighted bag of concept ids, sorted by id.
#[derive(Clone, Debug, Default)]
pub struct Profile {
    terms: Vec<(u32, f64)>,
    /// Distinct content words, for soft matching (at most `SOFT_MATCH_WORDS`).
    words: Vec<SoftWord>,
    /// The synonym sets of `words` (set, index in `words`), sorted: all of them, and the main
    /// senses only; synonyms between two sentences are found by merging these, not word by word.
    sets: Vec<(u32, u16)>,
    main_sets: Vec<(u32, u16)>,
    squared_norm: f64,
    /// For a sentence that opens its account (see `super::openings`), the concepts of its words
    /// that are one word of a longer name ("Federal" of "Federal Aviation Administration"): alone
    /// in common, such a word may join two different names.
    opening_names: Option<Vec<u32>>,
}

/// What two sentences share besides their similarity, for related links (see `super::related`);
/// nothing when they share fewer than `MIN_SHARED_TERMS` concepts.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Overlap {
    /// The weight they share (soft matches included) over the fourth root of the product of
    /// their squared norms: long sentences share more by chance, but less so than the cosine
    /// (the square root) assumes.
    pub weight: f64,
    /// Shared concepts that are ordinary words on both sides (not names, not numbers).
    pub shared_words: usize,
}

/// Profiles of every sentence of every account, with an index from concept to sentences.
pub struct Corpus {
    pub profiles: Vec<Vec<Profile>>,
    postings: Vec<Vec<SentenceId>>,
    common_cutoff: usize,
    /// Whether each concept is written as a name or a number somewhere ("Putin" opening a
    /// sentence, where every word is capitalised, is still a name): shared, such concepts say
    /// who or what sentences are about, not what they claim happened.
    anchor: Vec<bool>,
    /// Whether each sentence is about an earlier event (see `super::eras`): a sentence that
    /// opens on one ("In 1981, 11 people were killed when a plane crashed") tells that event,
    /// not today's, however many words the two share. Two recalls of an earlier event may be
    /// one claim even when their years differ: that is a divergence to show.
    earlier: Vec<Vec<bool>>,
}

impl Corpus {
    pub fn new(accounts: &[AnalysedAccount]) -> Self {
        let ids = concept_ids(accounts);
        let counted = counted_ids(accounts, ids.len());
        let acronyms = acronyms(accounts, &ids);
        let term_ids: Vec<Vec<Vec<(u32, &Token)>>> = accounts
            .iter()
            .map(|a| {
                let heads = a.language == Language::German;
                let terms = |s| {
                    let mut terms = sentence_terms(s, &ids, &counted, heads);
                    terms.extend(spelled_out(s, &a.text, &acronyms));
                    terms
                };
                a.sentences.iter().map(terms).collect()
            })
            .collect();
        let mut postings: Vec<Vec<SentenceId>> = vec![Vec::new(); ids.len() + counted.len()];
        for (account, sentences) in term_ids.iter().enumerate() {
            for (sentence, terms) in sentences.iter().enumerate() {
                let mut unique: Vec<u32> = terms.iter().map(|&(id, _)| id).collect();
                sort_values(&mut unique);
                unique.dedup();
                unique.into_iter().for_each(|id| postings[id as usize].push((account, sentence)));
            }
        }
        let total: usize = term_ids.iter().map(Vec::len).sum();
        let idf: Vec<f64> =
            postings.iter().map(|p| (1.0 + total as f64 / p.len().max(1) as f64).ln()).collect();
        let first_counted = ids.len() as u32;
        let mut anchor = vec![false; ids.len()];
        for &(id, token) in term_ids.iter().flatten().flatten() {
            if id < first_counted && (token.is_name() || is_numeric(token)) {
                anchor[id as usize] = true;
            }
        }
        let mut profiles: Vec<Vec<Profile>> = term_ids
            .iter()
            .map(|sentences| sentences.iter().map(|terms| profile(terms, &idf, first_counted)).collect())
            .collect();
        // A claim every account makes puts its words in one sentence per account at least.
        let common_cutoff = (COMMON_TERM_PER_ACCOUNT * accounts.len()).max(COMMON_TERM_MIN);
        let earlier = accounts
            .iter()
            .map(|a| a.sentences.iter().map(|s| sentence_era(&s.tokens).is_earlier()).collect())
            .collect();
        for (a, account) in accounts.iter().enumerate() {
            for s in openings(account) {
                profiles[a][s].opening_names =
                    Some(longer_name_words(&term_ids[a][s], &account.sentences[s].tokens));
            }
        }
        Corpus { profiles, postings, common_cutoff, anchor, earlier }
    }

    pub fn profile(&self, (account, sentence): SentenceId) -> &Profile {
        &self.profiles[account][sentence]
    }

    /// Similarity of two sentences in [0, 1] (cosine blended with containment, with soft
    /// matches), and their [`Overlap`], computed together.
    pub fn similarity(&self, x: SentenceId, y: SentenceId) -> (f64, Overlap) {
        let (a, b) = (self.profile(x), self.profile(y));
        if a.squared_norm == 0.0 || b.squared_norm == 0.0 || self.earlier[x.0][x.1] != self.earlier[y.0][y.1]
        {
            return (0.0, Overlap::default());
        }
        let shared = shared_weight(a, b, &self.anchor);
        // Two openings may meet on one word, unless it is a word of a longer name ("Federal
        // Reserve", "Federal Aviation Administration").
        let opening_without =
            |p: &Profile, id: u32| p.opening_names.as_ref().is_some_and(|n| !n.contains(&id));
        let openings = shared.last.is_some_and(|id| opening_without(a, id) && opening_without(b, id));
        let min_shared = if openings { OPENINGS_MIN_SHARED_TERMS } else { MIN_SHARED_TERMS };
        if (shared.terms as f64) < knob("MIN_SHARED", min_shared as f64) {
            return (0.0, Overlap::default());
        }
        // Soft matching is one-sided; averaging both ways keeps the score symmetric.
        let dot = shared.weight + 0.5 * (soft_weight(a, b) + soft_weight(b, a));
        let root_of_norms = (a.squared_norm * b.squared_norm).sqrt();
        let cosine = dot / root_of_norms;
        let containment = dot / a.squared_norm.min(b.squared_norm);
        let cw = knob("COS_W", 0.55);
        let score = cw * cosine + (1.0 - cw) * containment.min(1.0) * size_confidence(a, b);
        let overlap = Overlap { weight: dot / root_of_norms.sqrt(), shared_words: shared.words };
        (score.min(1.0), overlap)
    }

    /// Candidate pairs: for each sentence, the sentences of other accounts sharing enough of
    /// its uncommon concepts, best few per account. Each pair comes once per direction found.
    pub fn candidate_pairs(&self) -> Vec<(SentenceId, SentenceId)> {
        let ids: Vec<SentenceId> = self
            .profiles
            .iter()
            .enumerate()
            .flat_map(|(account, sentences)| (0..sentences.len()).map(move |s| (account, s)))
            .collect();
        let mut first_of_account = Vec::with_capacity(self.profiles.len());
        let mut next = 0;
        for sentences in &self.profiles {
            first_of_account.push(next);
            next += sentences.len();
        }
        let mut shared = vec![0.0f64; ids.len()];
        let mut touched: Vec<usize> = Vec::new();
        let mut pairs = Vec::new();
        for &id in &ids {
            let profile = self.profile(id);
            for (term, weight) in self.anchor_terms(profile) {
                for &other in self.postings[term as usize].iter().filter(|o| o.0 != id.0) {
                    let slot = first_of_account[other.0] + other.1;
                    if shared[slot] == 0.0 {
                        touched.push(slot);
                    }
                    shared[slot] += weight * weight;
                }
            }
            let floor = profile.squared_norm * CANDIDATE_MIN_SHARE;
            let mut ranked: Vec<(SentenceId, f64)> =
                touched.iter().map(|&slot| (ids[slot], shared[slot])).filter(|&(_, w)| w >= floor).collect();
            sort_by(&mut ranked, |x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
            let mut per_account = vec![0usize; self.profiles.len()];
            for (other, _) in ranked {
                per_account[other.0] += 1;
                if per_account[other.0] <= CANDIDATES_PER_ACCOUNT {
                    pairs.push((id, other));
                }
            }
            touched.drain(..).for_each(|slot| shared[slot] = 0.0);
        }
        pairs
    }

    /// The terms that propose candidates: those in at most `common_cutoff` sentences, or the
    /// rarest one when all are common but it is not too common either (a bound that keeps the
    /// cost linear even when accounts repeat themselves).
    fn anchor_terms(&self, profile: &Profile) -> Vec<(u32, f64)> {
        let df = |term: u32| self.postings[term as usize].len();
        let uncommon: Vec<(u32, f64)> =
            profile.terms.iter().copied().filter(|&(term, _)| df(term) <= self.common_cutoff).collect();
        if !uncommon.is_empty() {
            return uncommon;
        }
        let rarest = profile.terms.iter().copied().min_by_key(|&(term, _)| df(term));
        rarest
            .filter(|&(term, _)| df(term) <= FALLBACK_TERM_FACTOR * self.common_cutoff)
            .into_iter()
            .collect()
    }
}

/// An id for every content concept, numbered in sorted order: ids (and so every sum taken in
/// id order) do not depend on the order in which accounts are given. Strong synonyms share an
/// id (see [`strong_synonyms`]).
fn concept_ids(accounts: &[AnalysedAccount]) -> FastMap<&str, u32> {
    let terms = || accounts.iter().flat_map(|a| &a.sentences).flat_map(|s| &s.tokens).filter(|t| is_term(t));
    // Distinct concepts first (hashing is linear in the text), then sort only those.
    let distinct: FastMap<&str, ()> = terms().map(|t| (t.concept.as_str(), ())).collect();
    let mut concepts: Vec<&str> = distinct.into_keys().collect();
    sort_values(&mut concepts);
    let mut ids: FastMap<&str, u32> =
        concepts.iter().enumerate().map(|(id, &concept)| (concept, id as u32)).collect();
    if knob("FOLD", 1.0) > 0.0 {
        let senses = terms().map(|t| (ids[t.concept.as_str()], t.senses));
        let read_as = strong_synonyms(concepts.len(), senses);
        ids.values_mut().for_each(|id| *id = read_as[*id as usize]);
    }
    ids
}

/// For each of `count` concept ids, the id it is read as: the smallest id it shares a synonym
/// set with that is a main sense of both ("halt" and "stop"; "vitality" and "energy" only if
/// "energy" has that sense as a main one, "say" never "suppose"), or itself. One step, not the
/// closure: chained through every word's main senses, WordNet links "stop" to thousands of words.
fn strong_synonyms(count: usize, senses: impl Iterator<Item = (u32, Senses)>) -> Vec<u32> {
    let mut members: Vec<(u32, u32)> =
        senses.flat_map(|(id, s)| s.main_sets().map(move |set| (set, id))).collect();
    sort_values(&mut members);
    let mut read_as: Vec<u32> = (0..count as u32).collect();
    for run in members.chunk_by(|x, y| x.0 == y.0) {
        for &(_, id) in run {
            read_as[id as usize] = read_as[id as usize].min(run[0].1);
        }
    }
    read_as
}

/// The counted nouns of a sentence's counts, each with the token that names it. Small counts
/// ("the two leaders", "three regions") describe more than they report, so only counts from
/// [`lexicon::REPORTED_COUNT`] on count.
fn counted_nouns(sentence: &AnalysedSentence) -> impl Iterator<Item = (&str, &Token)> {
    sentence
        .quantities
        .iter()
        .filter(|q| q.kind == QuantityKind::Count && !q.unit.is_empty() && q.value >= lexicon::REPORTED_COUNT)
        .filter_map(|q| Some((q.unit.as_str(), sentence.tokens.get(q.tokens.end.checked_sub(1)?)?)))
}

/// Acronyms the comparison spells out ("msa" for "Maritime Safety Authority", "boe" for "Bank
/// of England"), each with the concept ids of the capitalised words it stands for: the initials
/// of every run of two to six capitalised words in a sentence (a function word between them
/// counted or not; a word in capitals is an acronym itself, not part of a name spelled out).
/// An acronym spelled out in several ways stands for all of them. Sorted by acronym, for
/// [`spelled_out`] to search by bisection (a hash map of this type would cost the web bundle a
/// copy of the hash table's code).
fn acronyms(accounts: &[AnalysedAccount], ids: &FastMap<&str, u32>) -> Vec<(String, Vec<u32>)> {
    let mut acronyms = Vec::new();
    for account in accounts {
        let name_word =
            |t: &Token| t.capitalised && t.kind == TokenKind::Word && !written_in_capitals(t, &account.text);
        for tokens in account.sentences.iter().map(|s| &s.tokens) {
            for start in (0..tokens.len()).filter(|&i| name_word(&tokens[i])) {
                let (mut with_joins, mut without, mut words) = (String::new(), String::new(), Vec::new());
                for token in &tokens[start..] {
                    let initial = token.norm.chars().next().unwrap_or(' ');
                    if name_word(token) {
                        with_joins.push(initial);
                        without.push(initial);
                        words.extend(ids.get(token.concept.as_str()));
                    } else if lexicon::one_of(&token.norm, ACRONYM_JOINS) && !words.is_empty() {
                        with_joins.push(initial);
                        continue;
                    } else {
                        break;
                    }
                    if words.len() > ACRONYM_LONGEST {
                        break;
                    }
                    if words.len() >= 2 {
                        acronyms.push((with_joins.clone(), words.clone()));
                        acronyms.push((without.clone(), words.clone()));
                    }
                }
            }
        }
    }
    sort_by(&mut acronyms, |a, b| a.0.cmp(&b.0));
    acronyms.dedup_by(|later, kept| {
        let same = later.0 == kept.0;
        if same {
            kept.1.append(&mut later.1);
        }
        same
    });
    acronyms
}

fn written_in_capitals(token: &Token, text: &str) -> bool {
    let surface = text.get(token.range.clone()).unwrap_or("");
    surface.len() >= 2 && surface.chars().all(|c| c.is_ascii_uppercase())
}

/// Function words inside a name that its acronym may or may not spell ("Bank of England").
const ACRONYM_JOINS: &str = "of and for the";
const ACRONYM_LONGEST: usize = 6;

/// The terms an acronym written in capitals ("MSA") stands for, where the comparison spells it
/// out: an account that writes only the acronym shares the name with one that writes it in full.
fn spelled_out<'a>(
    sentence: &'a AnalysedSentence,
    text: &str,
    acronyms: &[(String, Vec<u32>)],
) -> Vec<(u32, &'a Token)> {
    let expansion = |norm: &str| {
        let at = acronyms.binary_search_by(|(acronym, _)| acronym.as_str().cmp(norm)).ok()?;
        Some(&acronyms[at].1)
    };
    sentence
        .tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word && written_in_capitals(t, text))
        .filter_map(|t| Some((expansion(&t.norm)?, t)))
        .flat_map(|(words, t)| words.iter().map(move |&id| (id, t)))
        .collect()
}

/// An id for every counted noun, numbered after the concepts in sorted order.
fn counted_ids(accounts: &[AnalysedAccount], first: usize) -> FastMap<&str, u32> {
    let mut units: Vec<&str> =
        accounts.iter().flat_map(|a| &a.sentences).flat_map(|s| counted_nouns(s).map(|(u, _)| u)).collect();
    sort_values(&mut units);
    units.dedup();
    units.into_iter().enumerate().map(|(i, unit)| (unit, (first + i) as u32)).collect()
}

/// The concepts of a sentence's terms (`terms`, of its `tokens`) that are one word of a name of
/// several ("Federal" of "Federal Reserve"; not "Germany" alone).
fn longer_name_words(terms: &[(u32, &Token)], tokens: &[Token]) -> Vec<u32> {
    let mut words = Vec::new();
    for (i, pair) in tokens.windows(2).enumerate() {
        if pair[0].is_name() && pair[1].is_name() {
            for &(id, token) in terms {
                if std::ptr::eq(token, &tokens[i]) || std::ptr::eq(token, &tokens[i + 1]) {
                    words.push(id);
                }
            }
        }
    }
    words
}

fn is_term(token: &Token) -> bool {
    token.content && token.kind != TokenKind::Punct
}

/// The concept ids of a sentence's terms, each with its token; with `compound_heads`, a closed
/// compound noun's head too (see `compound_head`).
fn sentence_terms<'a>(
    sentence: &'a AnalysedSentence,
    ids: &FastMap<&str, u32>,
    counted: &FastMap<&str, u32>,
    compound_heads: bool,
) -> Vec<(u32, &'a Token)> {
    let tokens = &sentence.tokens;
    let mut terms = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        if let Some((id, end)) = compound_at(tokens, i, ids) {
            terms.push((id, &tokens[i]));
            i = end;
            continue;
        }
        let t = &tokens[i];
        if let Some(&id) = ids.get(t.concept.as_str()).filter(|_| is_term(t)) {
            terms.push((id, t));
            if let Some(head) = compound_heads.then(|| compound_head(t, ids)).flatten() {
                terms.push((head, t));
            }
        }
        i += 1;
    }
    terms.extend(counted_nouns(sentence).filter_map(|(unit, t)| Some((*counted.get(unit)?, t))));
    terms
}

/// Modifiers that are German verb prefixes, not words: "Entscheidung" (decision) is no kind of
/// "Scheidung" (divorce), nor "Verhandlung" a kind of "Handlung".
const GERMAN_VERB_PREFIXES: &str = "be ge er ver zer ent emp miss";
/// The shortest head and modifier of a compound split by `compound_head`, in chars.
const COMPOUND_HEAD_MIN: usize = 4;
const COMPOUND_MODIFIER_MIN: usize = 3;

/// The head of a closed compound noun, as German writes them ("Bahnstrecke" is a "Strecke",
/// "Zugunglück" an "Unglück"), when the comparison has the head as a word of its own: the
/// longest proper suffix of the noun's concept that is a concept of the corpus. One account's
/// compound then shares a term with another's plain noun.
fn compound_head(token: &Token, ids: &FastMap<&str, u32>) -> Option<u32> {
    if !token.capitalised && !token.common_noun {
        return None;
    }
    let concept = token.concept.as_str();
    let chars = concept.chars().count();
    concept
        .char_indices()
        .skip(COMPOUND_MODIFIER_MIN)
        .take((chars + 1).saturating_sub(COMPOUND_MODIFIER_MIN + COMPOUND_HEAD_MIN))
        .filter(|&(at, _)| !lexicon::one_of(&concept[..at], GERMAN_VERB_PREFIXES))
        .find_map(|(at, _)| ids.get(&concept[at..]).copied())
}

/// A hyphenated compound starting at token `i` ("cease-fire", "intelligence-sharing") whose
/// closed spelling is a word of the corpus ("ceasefire"): its concept id and the token index
/// after it. Writers differ on hyphens; the parts of a compound mean less on their own.
fn compound_at(tokens: &[Token], i: usize, ids: &FastMap<&str, u32>) -> Option<(u32, usize)> {
    if knob("COMPOUND", 1.0) == 0.0 {
        return None;
    }
    let word = |j: usize| tokens.get(j).filter(|t| t.kind == TokenKind::Word);
    let glued = |j: usize| tokens[j].range.end == tokens[j + 1].range.start;
    word(i)?;
    let mut end = i + 1;
    while end + 1 < tokens.len()
        && tokens[end].norm == "-"
        && glued(end - 1)
        && glued(end)
        && word(end + 1).is_some()
    {
        end += 2;
    }
    if end == i + 1 {
        return None;
    }
    let closed: String =
        tokens[i..end].iter().filter(|t| t.kind == TokenKind::Word).map(|t| t.norm.as_str()).collect();
    let stem = lexicon::stem(&closed);
    let id = *ids.get(lexicon::concept(&stem))?;
    Some((id, end))
}

/// A sentence's profile; ids from `first_counted` on are counted nouns.
fn profile(terms_in: &[(u32, &Token)], idf: &[f64], first_counted: u32) -> Profile {
    let mut terms: Vec<(u32, f64)> = Vec::with_capacity(terms_in.len());
    let mut words: Vec<SoftWord> = Vec::new();
    for &(id, token) in terms_in {
        let boost =
            if id >= first_counted { knob("COUNTED", COUNTED_NOUN_BOOST) } else { anchor_boost(token) };
        let weight = idf[id as usize] * boost;
        terms.push((id, weight));
        if words.len() < SOFT_MATCH_WORDS && words.iter().all(|w| w.concept != id) {
            words.push(SoftWord {
                concept: id,
                weight,
                shape: WordShape::new(&token.norm),
                senses: token.senses,
            });
        }
    }
    // One entry per concept, with its highest weight.
    sort_by(&mut terms, |a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)));
    terms.dedup_by_key(|&mut (id, _)| id);
    let squared_norm = terms.iter().map(|&(_, w)| w * w).sum();
    let indexed = |pick: fn(Senses) -> Vec<u32>| {
        let mut sets: Vec<(u32, u16)> = words
            .iter()
            .enumerate()
            .flat_map(|(i, w)| pick(w.senses).into_iter().map(move |s| (s, i as u16)))
            .collect();
        sort_values(&mut sets);
        sets
    };
    let (sets, main_sets) = (indexed(|s| s.sets().collect()), indexed(|s| s.main_sets().collect()));
    Profile { terms, words, sets, main_sets, squared_norm, opening_names: None }
}

fn anchor_boost(token: &Token) -> f64 {
    if is_numeric(token) {
        knob("NUM", NUMBER_BOOST)
    } else if token.is_name() {
        knob("NAME", NAME_BOOST)
    } else if is_manner_adverb(&token.norm) {
        ADVERB_WEIGHT
    } else {
        1.0
    }
}

/// A number, in digits or in words ("fourteen", whose concept is "14").
fn is_numeric(token: &Token) -> bool {
    token.kind == TokenKind::Number || token.concept.as_bytes().first().is_some_and(u8::is_ascii_digit)
}

/// "-ly" adverbs ("repeatedly", "quickly") colour a claim but rarely identify it.
fn is_manner_adverb(norm: &str) -> bool {
    norm.len() > 5 && norm.ends_with("ly")
}

/// Containment of a tiny sentence in a long one says little: trust it by the smaller size.
fn size_confidence(a: &Profile, b: &Profile) -> f64 {
    let smaller = a.squared_norm.min(b.squared_norm);
    (smaller / knob("SIZE_CONF", 40.0)).min(1.0)
}

/// What two profiles share: weight, concepts, and concepts that are ordinary words on both
/// sides; and the last concept shared.
struct Shared {
    weight: f64,
    terms: usize,
    words: usize,
    last: Option<u32>,
}

/// `anchor` tells, by concept id, which concepts are names or numbers (see [`Corpus`]).
fn shared_weight(a: &Profile, b: &Profile, anchor: &[bool]) -> Shared {
    let (mut i, mut j) = (0, 0);
    let mut shared = Shared { weight: 0.0, terms: 0, words: 0, last: None };
    while i < a.terms.len() && j < b.terms.len() {
        match a.terms[i].0.cmp(&b.terms[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                let id = a.terms[i].0;
                shared.weight += a.terms[i].1 * b.terms[j].1;
                shared.terms += 1;
                shared.words += usize::from(anchor.get(id as usize) != Some(&true));
                shared.last = Some(id);
                i += 1;
                j += 1;
            }
        }
    }
    shared
}

/// Words of `a` with no shared concept in `b`, matched to a look-alike word of `b`.
fn soft_weight(a: &Profile, b: &Profile) -> f64 {
    let has = |p: &Profile, id: u32| p.terms.binary_search_by_key(&id, |&(t, _)| t).is_ok();
    // Look-alikes are rare and `dice` rejects most words by their first chars; synonyms come
    // from merging set lists (see `Profile::sets`).
    let threshold = knob("DICE", 0.5);
    a.words
        .iter()
        .enumerate()
        .filter(|(_, w)| !has(b, w.concept))
        .filter_map(|(i, w)| {
            let look_alikes = b.words.iter().filter_map(|other| {
                let dice = w.shape.dice(&other.shape);
                (dice >= threshold).then_some((dice, other))
            });
            let synonyms = synonyms_in(a, i, b).map(|j| (knob("SYNONYM", 1.0), &b.words[j]));
            look_alikes
                .chain(synonyms)
                .filter(|(_, other)| !has(a, other.concept))
                .map(|(similar, other)| similar * w.weight * other.weight)
                .max_by(f64::total_cmp)
        })
        .sum::<f64>()
        * knob("SOFT", 0.7)
}

/// The words of `b` that word `i` of `a` is a synonym of: one reads as the other through one of
/// its main senses (see `synonyms`).
fn synonyms_in<'p>(a: &'p Profile, i: usize, b: &'p Profile) -> impl Iterator<Item = usize> + 'p {
    let in_list = |list: &'p [(u32, u16)], set: u32| {
        let start = list.partition_point(|&(s, _)| s < set);
        list[start..].iter().take_while(move |&&(s, _)| s == set).map(|&(_, j)| usize::from(j))
    };
    let senses = a.words[i].senses;
    let ours = senses.main_sets().flat_map(move |set| in_list(&b.sets, set));
    let theirs = senses.sets().flat_map(move |set| in_list(&b.main_sets, set));
    ours.chain(theirs)
}

/// Dice coefficient of the character trigram sets of two words (padded); 0 for short words
/// and for words that do not start alike.
pub fn trigram_dice(a: &str, b: &str) -> f64 {
    WordShape::new(a).dice(&WordShape::new(b))
}

/// A word's spelling as look-alike matching sees it: its first two chars and its trigrams.
/// Inflections and spelling variants ("Ukraine"/"Ukrainian", "Zelensky"/"Zelenskyy") start
/// alike, so words that do not are never compared, which keeps matching cheap.
#[derive(Clone, Debug)]
pub struct WordShape {
    start: [char; 2],
    grams: Vec<[char; 3]>,
}

impl WordShape {
    pub fn new(word: &str) -> Self {
        let mut chars = word.chars();
        let start = [chars.next().unwrap_or(' '), chars.next().unwrap_or(' ')];
        WordShape { start, grams: trigrams(word) }
    }

    /// Dice coefficient of the trigram sets, 0 unless both words start alike.
    pub fn dice(&self, other: &WordShape) -> f64 {
        if self.start != other.start || self.grams.is_empty() || other.grams.is_empty() {
            return 0.0;
        }
        let common = count_common(&self.grams, &other.grams);
        2.0 * common as f64 / (self.grams.len() + other.grams.len()) as f64
    }
}

/// Sorted, distinct trigrams of a padded word; none for words under four bytes.
fn trigrams(word: &str) -> Vec<[char; 3]> {
    if word.len() < 4 {
        return Vec::new();
    }
    let chars: Vec<char> = format!(" {word} ").chars().collect();
    let mut set: Vec<[char; 3]> = chars.windows(3).map(|w| [w[0], w[1], w[2]]).collect();
    sort_values(&mut set);
    set.dedup();
    set
}

/// Size of the intersection of two sorted sets (one merge pass).
fn count_common(a: &[[char; 3]], b: &[[char; 3]]) -> usize {
    let (mut i, mut j, mut common) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    common
}

/// Writes "account sentence account sentence similarity candidate overlap-weight shared-words"
/// for every pair of sentences of different accounts to the file `CD_DUMP` names (feature
/// `tuning` only).
#[cfg(feature = "tuning")]
pub fn dump_scores(corpus: &Corpus, scores: &FastMap<(SentenceId, SentenceId), f64>) {
    let Ok(path) = std::env::var("CD_DUMP") else { return };
    let mut out = String::new();
    for (a, pa) in corpus.profiles.iter().enumerate() {
        for (b, pb) in corpus.profiles.iter().enumerate().skip(a + 1) {
            for s in 0..pa.len() {
                for t in 0..pb.len() {
                    let (sim, overlap) = corpus.similarity((a, s), (b, t));
                    let candidate = u8::from(scores.contains_key(&((a, s), (b, t))));
                    let (weight, words) = (overlap.weight, overlap.shared_words);
                    out.push_str(&format!("{a} {s} {b} {t} {sim:.4} {candidate} {weight:.4} {words}\n"));
                }
            }
        }
    }
    let _ = std::fs::write(path, out);
}

#[cfg(test)]
mod tests {
    use super::super::analyse::analyse_account;
    use super::*;

    fn corpus(texts: &[&str]) -> Corpus {
        let accounts: Vec<AnalysedAccount> =
            texts.iter().map(|t| analyse_account(t, std::slice::from_ref(&(0..t.len())))).collect();
        Corpus::new(&accounts)
    }

    #[test]
    fn names_shared_are_not_shared_words() {
        // "Mayor" opens the first sentence, but the second writes it as a name.
        let c = corpus(&[
            "Mayor Ilse Brandt opened the new Varno clinic after a long delay.",
            "On Friday Mayor Ilse Brandt visited Varno.",
            "The new clinic opened after a long delay, the council said.",
        ]);
        let (_, names_only) = c.similarity((0, 0), (1, 0));
        let (_, same_event) = c.similarity((0, 0), (2, 0));
        assert_eq!(names_only.shared_words, 0, "{names_only:?}");
        assert_eq!(same_event.shared_words, 5, "new, clinic, opened, long, delay: {same_event:?}");
    }

    #[test]
    fn spun_paraphrase_scores_above_an_unrelated_sentence() {
        let c = corpus(&[
            "The ministry called the vigor of the recovery a first sign of strength.",
            "The ministry known as the energy of the recovery a primary sign of strength.",
            "The ministry known as the pace of the recovery a primary sign of strength.",
            "Floods closed three schools in the northern province on Monday.",
        ]);
        let spun = c.similarity((0, 0), (1, 0)).0;
        let other_word = c.similarity((0, 0), (2, 0)).0;
        let unrelated = c.similarity((0, 0), (3, 0)).0;
        // "vigor" and "energy" share a synonym set in the general table; "pace" does not.
        assert!(spun > other_word + 0.05 && spun > 0.3 && unrelated < 0.1, "{spun} {other_word} {unrelated}");
    }

    #[test]
    fn openings_meet_on_one_word_unless_it_is_part_of_a_name() {
        let texts = [
            "Varno out of the cup after a 0-2 defeat\n\nThe coach resigned. Fans left early. The club said little.",
            "A historic exit for Varno\n\nThe coach resigned. Fans left early. The club said little. Varno lost the match.",
            "The Federal Aviation Board examines the crash\n\nRain fell.",
            "Federal Reserve raises its rate\n\nRain fell.",
        ];
        let accounts: Vec<AnalysedAccount> =
            texts.iter().map(|t| analyse_account(t, &super::super::segment::segment(t))).collect();
        let c = Corpus::new(&accounts);
        let headlines = c.similarity((0, 0), (1, 0)).0;
        assert!(headlines > 0.0, "two headlines meet on the name they share: {headlines}");
        assert_eq!(c.similarity((0, 0), (1, 4)).0, 0.0, "a headline and a later sentence do not");
        assert_eq!(c.similarity((2, 0), (3, 0)).0, 0.0, "a word of two different names does not");
    }

    #[test]
    fn a_sentence_on_an_earlier_event_is_like_none_on_todays() {
        let c = corpus(&[
            "A cargo plane crashed near Varno on Friday, killing 12 crew members.",
            "In 1994, 12 crew members were killed when a cargo plane crashed near Varno.",
            "Twelve crew members were killed when the cargo plane crashed near Varno.",
            "The 1994 crash near Varno killed 12 crew members of a cargo plane.",
        ]);
        assert_eq!(c.similarity((0, 0), (1, 0)).0, 0.0);
        assert!(c.similarity((0, 0), (2, 0)).0 > 0.5);
        let recalls = c.similarity((1, 0), (3, 0)).0;
        assert!(recalls > 0.3, "two recalls of one earlier year meet: {recalls}");
        let c = corpus(&[
            "In 1994, 12 crew members were killed when a cargo plane crashed near Varno.",
            "In 1996, 12 crew members were killed when a cargo plane crashed near Varno.",
        ]);
        assert!(c.similarity((0, 0), (1, 0)).0 > 0.5, "one recall, the year diverging");
    }

    #[test]
    fn the_noun_a_number_counts_is_a_term_of_its_own() {
        let text = "Moscow and Kyiv exchanged 372 prisoners in a swap.";
        let account = analyse_account(text, std::slice::from_ref(&(0..text.len())));
        let nouns: Vec<&str> = counted_nouns(&account.sentences[0]).map(|(unit, _)| unit).collect();
        assert_eq!(nouns, [lexicon_concept("prisoners")]);
        let c = corpus(&[
            "Moscow and Kyiv exchanged 372 prisoners in a goodwill gesture.",
            "Moscow and Kyiv exchanged prisoners in a goodwill gesture.",
        ]);
        let (counted, plain) = (c.profile((0, 0)).terms.len(), c.profile((1, 0)).terms.len());
        assert_eq!(counted, plain + 2, "the number and the counted noun");
    }

    fn lexicon_concept(word: &str) -> String {
        super::super::lexicon::concept(&super::super::lexicon::stem(word)).to_string()
    }

    #[test]
    fn a_number_in_words_meets_it_in_digits() {
        let c = corpus(&[
            "Divers found fourteen survivors near the reef on Sunday.",
            "Divers found 14 survivors near the reef on Sunday.",
            "Divers found 15 survivors near the reef on Sunday.",
        ]);
        let (words, digits, other) = (c.profile((0, 0)), c.profile((1, 0)), c.profile((2, 0)));
        let ids = |p: &Profile| p.terms.iter().map(|&(id, _)| id).collect::<Vec<_>>();
        assert_eq!(ids(words), ids(digits));
        assert_ne!(ids(words), ids(other));
        assert!(c.similarity((0, 0), (1, 0)).0 > c.similarity((0, 0), (2, 0)).0 + 0.2);
    }

    #[test]
    fn a_german_compound_meets_its_head_as_a_word_of_its_own() {
        let bridge = "Die Brücke ist nach dem Sturm weiter für den Verkehr gesperrt.";
        let similarity = |compound: &str| corpus(&[compound, bridge]).similarity((0, 0), (1, 0)).0;
        let head = similarity("Die Hafenbrücke bleibt nach dem Sturm für den Verkehr gesperrt.");
        let other = similarity("Die Hafenmauer bleibt nach dem Sturm für den Verkehr gesperrt.");
        assert!(head > other + 0.05, "{head} {other}");
        // A verb's prefix is no modifier: an "Entscheidung" is no kind of "Scheidung".
        let divorce = "Die Scheidung wurde am Montag im Rathaus besiegelt.";
        let similarity = |noun: &str| corpus(&[noun, divorce]).similarity((0, 0), (1, 0)).0;
        let decision = similarity("Die Entscheidung fiel am Montag im Rathaus.");
        let meeting = similarity("Die Sitzung fiel am Montag im Rathaus.");
        assert_eq!(decision, meeting);
    }

    #[test]
    fn an_acronym_meets_the_name_it_stands_for() {
        let c = corpus(&[
            "The Coastal Water Board will inspect the dam, port officials said.",
            "The CWB and the navy are inspecting the dam.",
            "The CWP and the navy are inspecting the dam.",
            "The Bank of Ruritania raised rates.",
            "The BOR raised rates again.",
            "The BXR raised rates again.",
        ]);
        let acronym = c.similarity((0, 0), (1, 0)).0;
        let other_letters = c.similarity((0, 0), (2, 0)).0;
        assert!(acronym > other_letters + 0.1, "{acronym} {other_letters}");
        let (with_join, unrelated) = (c.similarity((3, 0), (4, 0)).0, c.similarity((3, 0), (5, 0)).0);
        assert!(with_join > unrelated + 0.1, "a function word's initial may count: {with_join} {unrelated}");
    }

    #[test]
    fn a_hyphenated_compound_meets_its_closed_spelling() {
        let c = corpus(&[
            "The ceasefire talks with the envoys resumed in Jeddah.",
            "The cease-fire talks with the envoys resumed in Jeddah.",
        ]);
        let (a, b) = (c.profile((0, 0)), c.profile((1, 0)));
        assert_eq!(
            a.terms.iter().map(|t| t.0).collect::<Vec<_>>(),
            b.terms.iter().map(|t| t.0).collect::<Vec<_>>()
        );
    }

    #[test]
    fn strong_synonyms_are_one_term_and_weaker_ones_are_not() {
        let c = corpus(&[
            "The rebels signed a truce with the army in Arbel.",
            "The rebels signed a ceasefire with the army in Arbel.",
            "The rebels felt vitality near the army in Arbel.",
            "The rebels felt energy near the army in Arbel.",
        ]);
        let terms = |id: SentenceId| c.profile(id).terms.iter().map(|t| t.0).collect::<Vec<_>>();
        assert_eq!(terms((0, 0)), terms((1, 0)));
        assert_ne!(terms((2, 0)), terms((3, 0)));
    }

    #[test]
    fn inflections_match_softly() {
        assert!(trigram_dice("zelensky", "zelenskyy") > 0.7);
        assert!(trigram_dice("energy", "flood") < 0.2);
    }

    #[test]
    fn candidates_come_from_other_accounts() {
        let c = corpus(&["Drones hit Odesa port.", "Odesa port was hit by drones.", "Nothing here."]);
        let from_first: Vec<_> = c.candidate_pairs().into_iter().filter(|p| p.0 == (0, 0)).collect();
        assert_eq!(from_first, vec![((0, 0), (1, 0))]);
    }
}
