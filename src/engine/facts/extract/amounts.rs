//! Amounts and their slots: what a quantity (a count, a sum of money, a share, a duration) is
//! of, or `None` when it fills no slot a reader could name. For a count the head noun after
//! the number (from `quantity`), the condition its predicate gives what it counts ("413 people
//! dead", "2,500 were injured", "killing 273 people": `lexicon::is_condition_concept`) and how
//! gravely, the side it took ("voted against"), the scale a reading is on ("magnitude 7.1"),
//! the tally a bare number reaches ("the death toll rose to 273"), whose age it is ("the
//! 46-year-old driver") and the place it is of ("137 deaths in Mexico City"); a figure the
//! account reports as replaced ("initially reported nine dead") or a number after a determiner
//! ("the two leaders") is no fact. For money and shares whether they tell a change ("raised by
//! 0.25%") and what they measure, from the sentence's context words ("revenue rose to $95
//! billion"). The event a duration measures is read in [`super::durations`].

use super::durations::duration_event;
use super::fact::Fact;
use super::words::concept_of;
use crate::engine::analyse::{AnalysedSentence, Token, TokenKind};
use crate::engine::lexicon;
use crate::engine::model::FactKind;
use crate::engine::quantity::{self, Bound, Quantity, QuantityKind, AGE};
use crate::engine::token::norm_at;

/// The kind and slot of a quantity, or `None` when it fills no slot a reader could name (a bare
/// number, a year, a duration with no event).
pub(super) fn amount_slot(
    sentence: &AnalysedSentence,
    previous: Option<&AnalysedSentence>,
    q: &Quantity,
) -> Option<(FactKind, Vec<String>, Vec<String>)> {
    let tokens = &sentence.tokens;
    // A count, sum or share: its one slot concept and the word naming it.
    let (concept, word) = match q.kind {
        QuantityKind::Date => return None,
        // "Officials initially reported nine dead", "an earlier count of 350": not the figure
        // the account gives now.
        QuantityKind::Count if superseded(tokens, q) => return None,
        // "the 7.1 magnitude quake": a reading, even after "the".
        QuantityKind::Count if measure_word(tokens, q).is_some() => {
            let scale = measure_word(tokens, q)?;
            // "Bebenstärke" and "Stärke": a German compound of the scale is the scale.
            let concept =
                lexicon::german_scale(&scale.norm).map_or_else(|| scale.concept.clone(), str::to_string);
            (concept, scale.norm.clone())
        }
        // "the 46-year-old driver": an age, even after "the", and whose it is when the
        // sentence names it by a noun (a driver's age is not a victim's).
        QuantityKind::Count if q.unit == AGE => {
            let Some(person) = aged_person(tokens, q) else {
                return Some((FactKind::Quantity, vec![AGE.to_string()], vec![AGE.to_string()]));
            };
            return Some((
                FactKind::Quantity,
                vec![AGE.to_string(), concept_of(person)],
                vec![format!("{AGE}:"), person.norm.clone()],
            ));
        }
        // "voted 7-2", "won 3-1": a tally, one fact of both numbers.
        QuantityKind::Count if q.bound == Bound::Tally => ("tally".to_string(), "tally".to_string()),
        // "a 5.1 quake": a count is whole; a fraction with no scale word is a reading, unless
        // it measures in a unit ("a depth of 34.8 kilometers", "0.5 miles").
        QuantityKind::Count
            if (q.value < 1.0 || q.value.fract() != 0.0) && !lexicon::is_unit_of_measure(&q.unit)
                || is_reference(tokens, q)
                || is_year_of_event(tokens, q)
                || is_part_of_condition(tokens, q) =>
        {
            return None
        }
        QuantityKind::Count if lexicon::is_condition_concept(&q.unit) => {
            // "273 deaths", "2,500 injuries": the condition is what is counted.
            let head = tokens.get(q.tokens.end.checked_sub(1)?)?;
            (q.unit.clone(), head.norm.clone())
        }
        QuantityKind::Count if counts_no_noun(q) || reaches_tally_with_no_noun(tokens, q) => {
            // "16 were hurt", "injuring 14 others", "the death toll rose to 273": what the
            // number counts is in its predicate or its subject.
            // The tally first: German puts the verb last ("ist auf sieben gestiegen").
            let (i, written) = match tallied(tokens, q) {
                Some(found) => found,
                None => predicate(tokens, q)
                    .or_else(|| subject_of_change(tokens, q))
                    .map(|i| (i, tokens[i].norm.clone()))?,
            };
            let (mut slot, mut words) = (vec![concept_of(&tokens[i])], vec![written]);
            add_severity(tokens, i, &mut slot, &mut words);
            return Some((FactKind::Quantity, slot, words));
        }
        QuantityKind::Count => {
            let head = tokens.get(q.tokens.end.checked_sub(1)?)?;
            // "60 miles northeast of Jackson": where a place lies, no length of anything.
            if places_from(tokens, q.tokens.end) {
                let (slot, words) = (format!("{} away", q.unit), format!("{} away", head.norm));
                return Some((FactKind::Quantity, vec![slot], vec![words]));
            }
            let (noun, written) = match compound_noun(tokens, q) {
                _ if is_compound_measure(tokens, q) => compound_measure(tokens, q),
                // "a 23-coach train", "an 80-seat majority": the size of the train or the
                // majority, not a count of coaches or seats in some state ("six coaches derailed").
                Some(noun) => {
                    (format!("{} {}", q.unit, noun.concept), format!("{} {}", head.norm, noun.norm))
                }
                // "the 23-coach North East Express": the size of what a name names.
                None if unit_hyphenated(tokens, q) => (format!("{}-", q.unit), head.norm.clone()),
                // A noun the count leaves out ("the Conservatives on 144"): its concept.
                None if head.kind == TokenKind::Number => (q.unit.clone(), q.unit.clone()),
                None => (q.unit.clone(), head.norm.clone()),
            };
            // "413 people dead" and "2,500 people injured" count people in different states.
            let Some(state) = count_state(tokens, q) else {
                return Some((FactKind::Quantity, vec![noun], vec![written]));
            };
            let (mut slot, mut words) =
                (vec![noun, concept_of(&tokens[state])], vec![written, tokens[state].norm.clone()]);
            add_severity(tokens, state, &mut slot, &mut words);
            return Some((FactKind::Quantity, slot, words));
        }
        // "raised by 0.25%" tells a change, "raised to 4.75%" a level: two slots.
        QuantityKind::Money if tells_a_change(tokens, q) => {
            (format!("{} change", q.unit), format!("change in {}", money_label(&q.unit)))
        }
        QuantityKind::Money => (q.unit.clone(), money_label(&q.unit)),
        QuantityKind::Percent if tells_a_change(tokens, q) => {
            ("percent change".to_string(), "change in percent".to_string())
        }
        QuantityKind::Percent => ("percent".to_string(), "percent".to_string()),
        QuantityKind::Duration => {
            let (slot, words) = duration_event(tokens, previous.map(|p| p.tokens.as_slice()), q)?;
            return Some((FactKind::Duration, slot, words));
        }
    };
    Some((FactKind::Quantity, vec![concept], vec![word]))
}

/// Whether the words at `at`, after a distance, place something by it: a compass direction
/// and "of" ("northeast of Jackson", "north-east of", "nördlich von"), or "away" ("entfernt").
/// Not "from", which follows counts of people as well ("175 prisoners from each side"). A
/// conversion in brackets between them is skipped ("60 miles (96 kilometers) northeast of").
fn places_from(tokens: &[Token], mut at: usize) -> bool {
    if norm_at(tokens, at) == "(" {
        while at < tokens.len() && norm_at(tokens, at) != ")" {
            at += 1;
        }
    }
    if norm_at(tokens, at) == ")" {
        at += 1;
    }
    if lexicon::one_of(norm_at(tokens, at), "away entfernt") {
        return true;
    }
    let mut direction = at;
    while lexicon::is_compass_direction(norm_at(tokens, direction)) || norm_at(tokens, direction) == "-" {
        direction += 1;
    }
    direction > at && lexicon::one_of(norm_at(tokens, direction), "of von")
}

/// Whether an amount is the size of a change: after "by" and a word ("raised rates by 0.25%",
/// "um 0,25 Prozentpunkte gesenkt", "повысил на 0,5%") or right after a verb of change
/// ("shares soared 40%", "the stock is down 5%"), or counted in points, which measure a
/// difference between two levels ("raised its rate 25 basis points to 1.5%", "a half-percentage
/// point above").
fn tells_a_change(tokens: &[Token], q: &Quantity) -> bool {
    let before = |back: usize| q.tokens.start.checked_sub(back).and_then(|i| tokens.get(i));
    let after_by = before(1).is_some_and(|t| lexicon::one_of(&t.norm, "by um на"))
        && before(2).is_some_and(|t| t.kind == TokenKind::Word);
    // "shares soared more than 40%", "sales fell $2 billion".
    let after_change = before(1).is_some_and(says_a_change);
    after_by || after_change || quantity::counted_in_points(tokens, q)
}

/// Whether a word says something rose or fell: a verb or noun of change ("rose", "jump"), or
/// "up" or "down" ("sales were up").
fn says_a_change(t: &Token) -> bool {
    lexicon::is_change_concept(&t.concept) || lexicon::one_of(&t.norm, "up down")
}

/// The person whose age a count of [`AGE`] gives: the common noun after "46-year-old" or
/// before ", aged 46", or the name before ", 46,".
fn aged_person<'t>(tokens: &'t [Token], q: &Quantity) -> Option<&'t Token> {
    if quantity::appositive_age(tokens, q.number, q.tokens.end) {
        return q.number.checked_sub(2).and_then(|i| tokens.get(i));
    }
    let noun = |t: &&Token| t.kind == TokenKind::Word && t.content && !t.capitalised;
    // "a 29-year-old man", "a 29-year-old Black man".
    let end = q.tokens.end;
    let after = tokens
        .get(end)
        .filter(noun)
        .or_else(|| tokens.get(end).filter(|t| t.capitalised).and_then(|_| tokens.get(end + 1)).filter(noun));
    let before = || {
        let age_word = tokens.get(q.number.checked_sub(1)?)?;
        let comma = tokens.get(q.number.checked_sub(2)?)?;
        let words_before = lexicon::is_age_word(&age_word.norm) && comma.norm == ",";
        tokens.get(q.number.checked_sub(3)?).filter(noun).filter(|_| words_before)
    };
    // "the victim was 47 years old".
    let subject = || {
        let verb = tokens.get(q.number.checked_sub(1)?)?;
        let old = norm_at(tokens, end.wrapping_sub(1)) == "old";
        tokens
            .get(q.number.checked_sub(2)?)
            .filter(noun)
            .filter(|_| old && lexicon::one_of(&verb.norm, "was is"))
    };
    after.or_else(before).or_else(subject)
}

/// Whether a count is a measure written as a compound: a unit of measure after a hyphen ("a
/// 400-metre vessel", "the 220,000-tonne container ship").
fn is_compound_measure(tokens: &[Token], q: &Quantity) -> bool {
    unit_hyphenated(tokens, q) && lexicon::is_unit_of_measure(&q.unit)
}

/// The slot and label of a measure written as a compound ([`is_compound_measure`]): its unit,
/// and the dimension when it is not the length ("a 30-metre-wide channel"). Accounts name the
/// measured thing in many ways (a vessel, a container ship, its name, "the 400-metre-long
/// Marisol"), so the thing is in the label only.
fn compound_measure(tokens: &[Token], q: &Quantity) -> (String, String) {
    let unit = norm_at(tokens, q.tokens.end - 1);
    let after = norm_at(tokens, q.tokens.end + 1);
    if norm_at(tokens, q.tokens.end) == "-" && after != "long" && lexicon::is_dimension_word(after) {
        return (format!("{} {after}", q.unit), format!("{unit} {after}"));
    }
    let written =
        compound_noun(tokens, q).map_or_else(|| unit.to_string(), |noun| format!("{unit} {}", noun.norm));
    (q.unit.clone(), written)
}

/// Whether the unit of a count is glued to its number by a hyphen ("400-metre", "30-day").
fn unit_hyphenated(tokens: &[Token], q: &Quantity) -> bool {
    q.tokens.end >= 2 && norm_at(tokens, q.tokens.end - 2) == "-"
}

/// The noun a count modifies when it is written as a compound ("a 15-kilometre stretch", "a
/// 10-mile queue"): number, hyphen, unit, then a lower-case content word.
fn compound_noun<'t>(tokens: &'t [Token], q: &Quantity) -> Option<&'t Token> {
    let noun = tokens.get(q.tokens.end)?;
    (unit_hyphenated(tokens, q) && noun.kind == TokenKind::Word && noun.content && !noun.capitalised)
        .then_some(noun)
}

/// Whether a count names no noun of its own: a bare number ("16 were hurt") or one whose noun
/// stands for the counted thing named elsewhere ("14 others", "20 more"). Its slot is then
/// the state its predicate gives it.
fn counts_no_noun(q: &Quantity) -> bool {
    q.unit.is_empty() || lexicon::one_of(&q.unit, "other others more andere weitere других ещё еще")
}

/// Whether a count's slot is a condition or a scale rather than a noun: it names no noun of
/// its own (see [`counts_no_noun`]), counts a condition ("273 deaths") or is a reading on a
/// scale ("magnitude 7.1 earthquake", whose noun is not what the number is of).
pub(crate) fn counts_a_condition(fact: &Fact, q: &Quantity) -> bool {
    counts_no_noun(q)
        || lexicon::is_condition_concept(&q.unit)
        || fact.slot_words.first().is_some_and(|w| lexicon::is_measure_word(w))
        // "die Zahl der Toten ist auf sieben gestiegen": the tally's word.
        || fact.slot.first().is_some_and(|c| lexicon::is_condition_concept(c))
}

/// Words between a counted noun and the state its predicate gives it ("413 people *were
/// confirmed* dead", "14 people *are believed to be* alive", "30 *remain* missing").
const STATE_LINKS: &str = "were was are is have has had been be also still now reportedly confirmed \
     reported believed feared known presumed to remain remains who suffered wurden galten gelten gilt galt als ums были был была";

/// The word naming the condition a count's things are in (see `lexicon::is_condition_concept`):
/// after the noun, past the words of `STATE_LINKS` ("230 people were killed", "413 people
/// dead", "2,500 people injured in the quake", "1,819 people who suffered injuries"), or the
/// verb right before the count ("killing 273 people", "starben 15 Menschen"). Any other predicate leaves the
/// noun alone ("175 prisoners exchanged" meets "175 prisoners swapped").
fn count_state(tokens: &[Token], q: &Quantity) -> Option<usize> {
    let noun_end = if compound_noun(tokens, q).is_some() { q.tokens.end + 1 } else { q.tokens.end };
    let i = past_severity(tokens, past_links(tokens, past_inclusion(tokens, noun_end)));
    let condition = |t: &&Token| {
        t.kind == TokenKind::Word && !t.capitalised && lexicon::is_condition_concept(&concept_of(t))
    };
    // "394 lawmakers voted against", "207 Abgeordnete stimmten dafür": the side they took.
    let side = tokens.get(i + 1).filter(|t| lexicon::one_of(&t.norm, SIDES_TAKEN));
    if side.is_some() && tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && t.content) {
        return Some(i + 1);
    }
    // An object after the word makes it an action: "soldiers killed 30 rebels"; a participle
    // does not ("77 people trapped awaiting rescue").
    let ends_predicate = tokens.get(i + 1).is_none_or(|next| !next.content || next.norm.ends_with("ing"));
    if tokens.get(i).filter(condition).is_some() && (i > noun_end || ends_predicate) {
        return Some(i);
    }
    // "killing 273 people", and the verbs before a count in German and Russian, whatever
    // their form ("starben 15 Menschen", "погибли 15 человек").
    let before = verb_form_before(tokens, q)
        .or_else(|| q.tokens.start.checked_sub(1).filter(|_| counts_foreign_noun(tokens, q)));
    before.filter(|&b| condition(&&tokens[b]))
}

/// The index after a phrase at `at` that names some of the things counted ("eight people
/// *including a pregnant woman* died", "11 people*, including two children,* were killed"):
/// the first link of [`STATE_LINKS`], word of a condition or comma after "including", within
/// [`INCLUSION_WORDS`]; the comma is passed. Else `at`.
fn past_inclusion(tokens: &[Token], at: usize) -> usize {
    let opening = at + usize::from(tokens.get(at).is_some_and(|t| t.norm == ","));
    if !tokens.get(opening).is_some_and(|t| lexicon::one_of(&t.norm, "including darunter включая")) {
        return at;
    }
    let ends_phrase = |t: &Token| {
        t.norm == ","
            || lexicon::one_of(&t.norm, STATE_LINKS)
            || lexicon::is_condition_concept(&concept_of(t))
    };
    let window = opening + 1..(opening + 1 + INCLUSION_WORDS).min(tokens.len());
    let end = window.clone().find(|&i| ends_phrase(&tokens[i]));
    end.map_or(at, |i| i + usize::from(tokens[i].norm == ","))
}

/// Words a phrase naming some of the counted things may run to.
const INCLUSION_WORDS: usize = 8;

/// Words that grade a condition ("12 people *seriously* injured", "*schwer* verletzt"): a count
/// so graded is of some of the injured, not of them all.
const SEVERITY: &str = "seriously severely critically badly gravely fatally lightly slightly mildly \
     moderately schwer schwerst lebensgefährlich leicht тяжело легко серьезно серьёзно";

/// Whether `word` grades a condition (see [`SEVERITY`]).
pub(crate) fn grades_a_condition(word: &str) -> bool {
    lexicon::one_of(word, SEVERITY)
}

/// The index after a word of [`SEVERITY`] at `at`, else `at`.
fn past_severity(tokens: &[Token], at: usize) -> usize {
    at + usize::from(tokens.get(at).is_some_and(|t| grades_a_condition(&t.norm)))
}

/// Adds to a count's slot the grade of its condition, the word of [`SEVERITY`] right before the
/// condition word at `state`: "12 seriously injured" and "25 injured" are different slots.
fn add_severity(tokens: &[Token], state: usize, slot: &mut Vec<String>, words: &mut Vec<String>) {
    let grade =
        state.checked_sub(1).and_then(|i| tokens.get(i)).filter(|t| lexicon::one_of(&t.norm, SEVERITY));
    if let Some(grade) = grade {
        slot.push(grade.norm.clone());
        words.push(grade.norm.clone());
    }
}

/// Whether a count's noun is written in German or Russian (non-ASCII, or capitalised).
fn counts_foreign_noun(tokens: &[Token], q: &Quantity) -> bool {
    q.tokens
        .end
        .checked_sub(1)
        .and_then(|i| tokens.get(i))
        .is_some_and(|noun| !noun.norm.is_ascii() || noun.capitalised)
}

/// Words after a verb that say which side a count took ("voted for", "stimmten dagegen",
/// "проголосовали против"): counts of the two sides are of two slots.
const SIDES_TAKEN: &str = "for against dafür dagegen für gegen за против";

/// The scale a number is a reading on, when its word stands right before or after the number
/// ("magnitude 7.1", "a 7.1-magnitude quake", "7.1 magnitude", "category 4", "level 3",
/// "magnitude-6.4", "a magnitude of 6.1", "eine Stärke von 6,2", "магнитудой 6,1"): the number is
/// that measure, whatever noun follows.
fn measure_word<'t>(tokens: &'t [Token], q: &Quantity) -> Option<&'t Token> {
    let is_scale = |i: usize| tokens.get(i).filter(|t| lexicon::is_measure_word(&t.norm));
    let after =
        if tokens.get(q.number + 1).is_some_and(|t| t.norm == "-") { q.number + 2 } else { q.number + 1 };
    // A hyphen or "of" may stand between the scale and the number.
    let joined = q
        .number
        .checked_sub(1)
        .and_then(|i| tokens.get(i))
        .is_some_and(|t| lexicon::one_of(&t.norm, "- of von"));
    let before = q.number.checked_sub(1 + usize::from(joined));
    before.and_then(is_scale).or_else(|| is_scale(after))
}

/// Whether a count is one the account reports as replaced: "initially", "previously" or "at
/// first", or "earlier" before a tally noun ("an earlier count of 350"), in the words of its
/// clause before it, or the count a tally changed from ("revised the toll downward from 248",
/// "rose from 200 to 230").
fn superseded(tokens: &[Token], q: &Quantity) -> bool {
    // "revised the toll downward from 248": the figure a tally changed from.
    if q.tokens.start.checked_sub(1).is_some_and(|i| tokens[i].norm == "from") {
        for t in tokens[..q.tokens.start].iter().rev().take(SUPERSEDED_WORDS) {
            if lexicon::one_of(&t.norm, "revised downward upward toll tally count")
                || lexicon::is_change_concept(&t.concept)
            {
                return true;
            }
        }
    }
    let clause = tokens[..q.tokens.start]
        .iter()
        .rev()
        .take(SUPERSEDED_WORDS)
        .take_while(|t| t.kind != TokenKind::Punct);
    let mut next = "";
    for t in clause {
        let earlier_tally = t.norm == "earlier" && lexicon::one_of(next, "count toll figure estimate tally");
        if lexicon::one_of(&t.norm, "initially previously")
            || (t.norm == "at" && next == "first")
            || earlier_tally
        {
            return true;
        }
        next = &t.norm;
    }
    false
}

/// Words before a count searched for a sign that it was replaced.
const SUPERSEDED_WORDS: usize = 8;

/// The place a count is of: the name after "in", "from" or "at" (or "in the state of") within
/// the few words after it, in its clause ("137 deaths in Mexico City", "57 people rescued from
/// buildings in Mexico City", "72 died in the state of Morelos"); none for a count of anything
/// else.
pub(super) fn count_place(tokens: &[Token], q: &Quantity) -> Option<String> {
    if q.kind != QuantityKind::Count {
        return None;
    }
    let after = tokens.iter().skip(q.tokens.end).take(PLACE_WORDS).take_while(|t| t.kind != TokenKind::Punct);
    let preposition = |word: &str| lexicon::one_of(word, "in from at im aus в во из");
    // The four words before each: "in Morelos", or "in the state of Morelos".
    let mut before = [""; 4];
    for t in after {
        let of_place = before[0] == "of" && before[2] == "the" && preposition(before[3]);
        if t.capitalised && (preposition(before[0]) || of_place) {
            return Some(t.norm.clone());
        }
        before = [&t.norm, before[0], before[1], before[2]];
    }
    None
}

/// The span of time a count is of, when its clause says: a running total ("so far", "to
/// date", "bisher"), a period a qualifier picks out ("last quarter", "in the third quarter",
/// "this year", "im vergangenen Jahr") named by its length, or what is still to come ("needs
/// to deliver 104,800 more", "must sell"). Counts of different spans are different facts
/// ("255,200 vehicles so far" and "97,000 vehicles last quarter").
pub(super) fn count_period(tokens: &[Token], q: &Quantity) -> Option<&'static str> {
    if q.kind != QuantityKind::Count {
        return None;
    }
    let breaks = |i: usize| tokens[i].kind == TokenKind::Punct && tokens[i].norm != "-";
    // The count's clause, up to `PERIOD_WORDS` tokens either side (a clause may be a whole paste).
    let mut i = q.tokens.start;
    while i > 0 && i + PERIOD_WORDS > q.tokens.start && !breaks(i - 1) {
        i -= 1;
    }
    let end = tokens.len().min(q.tokens.end + PERIOD_WORDS);
    let mut period = None;
    while i < end && (i < q.tokens.start || !breaks(i)) {
        let (before, word) = (norm_at(tokens, i.wrapping_sub(1)), tokens[i].norm.as_str());
        // "it needs to deliver at least 104,800 vehicles": a count still to come, not one made.
        let required = word == "must" || word == "to" && lexicon::one_of(before, "need needs has have");
        if required && i < q.tokens.start && i + REQUIREMENT_WORDS >= q.tokens.start {
            return Some("to come");
        }
        let to_date = lexicon::one_of(word, "bisher bislang")
            || word == "far" && lexicon::one_of(before, "so thus")
            || word == "date" && before == "to";
        if period.is_none() && to_date {
            period = Some("to date");
        } else if period.is_none() && lexicon::one_of(before, PERIOD_QUALIFIERS) {
            period = lexicon::period_length(word);
        }
        i += 1;
    }
    period
}

/// Tokens either side of a count searched for its span of time.
const PERIOD_WORDS: usize = 12;

/// Words before a count searched for a verb of necessity.
const REQUIREMENT_WORDS: usize = 5;

/// Words that pick out one period of a length ("last quarter", "im dritten Quartal").
const PERIOD_QUALIFIERS: &str = "last this next past previous current first second third fourth final \
     fiscal letzten vergangenen diesem dieses laufenden ersten zweiten dritten vierten";

/// Words after a count searched for its place.
const PLACE_WORDS: usize = 8;

/// The subject of a count that a tally reaches ("the death toll rose to 273", "the death toll
/// from the landslide has risen to 41", "the number of injured reached 2,500", "die Zahl der
/// Toten stieg auf 15", "число погибших возросло до 15", "the number of dead is 41"): the
/// number after "to", "at", "is", "was", "reached", "auf" or "до", and a tally noun up to `TALLY_SUBJECT_WORDS` words back in its
/// clause; then the word it tallies, before it ("death toll"), after "of" or "der" ("number of
/// injured"), or after a Russian tally noun, with the words naming it.
fn tallied(tokens: &[Token], q: &Quantity) -> Option<(usize, String)> {
    // "rose to about 273", "возросло до 15" (whose "до" may have been read as a bound).
    let reaches = |i: usize| {
        lexicon::one_of(norm_at(tokens, i), "to at is was reached auf erreichte до достигло достигла")
    };
    let before =
        [q.tokens.start, q.number].into_iter().filter_map(|i| i.checked_sub(1)).find(|&i| reaches(i))?;
    let clause = (before.saturating_sub(TALLY_SUBJECT_WORDS)..before).rev();
    let tally = clause.take_while(|&j| tokens[j].kind != TokenKind::Punct).find(|&j| {
        lexicon::one_of(norm_at(tokens, j), "toll tally count number total zahl число количество")
    })?;
    let content = |j: usize| tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word && t.content);
    let (word, written) = if lexicon::one_of(norm_at(tokens, tally + 1), "of der des") {
        // "the number of injured", "die Zahl der Toten"
        (
            tally + 2,
            [norm_at(tokens, tally), norm_at(tokens, tally + 1), norm_at(tokens, tally + 2)].join(" "),
        )
    } else if !norm_at(tokens, tally).is_ascii() {
        // "число погибших": the tallied word follows in the genitive.
        (tally + 1, [norm_at(tokens, tally), norm_at(tokens, tally + 1)].join(" "))
    } else {
        (tally.checked_sub(1)?, norm_at(tokens, tally - 1).to_string() + " " + norm_at(tokens, tally))
    };
    content(word).then_some((word, written))
}

/// Whether a count reaches a tally written with a capital ("die Zahl der Toten ist auf sieben
/// gestiegen") and the word after it is lower-case: where nouns are capitalised, that word (the
/// participle of a verb put last) is no counted noun.
fn reaches_tally_with_no_noun(tokens: &[Token], q: &Quantity) -> bool {
    let word =
        tokens.get(q.tokens.end - 1).filter(|t| t.kind == TokenKind::Word && q.tokens.end > q.number + 1);
    let tally = tallied(tokens, q).and_then(|(i, _)| tokens.get(i));
    word.is_some_and(|w| !w.capitalised) && tally.is_some_and(|t| t.capitalised)
}

/// Words before a count searched for the tally it reaches ("toll *from the landslide has
/// risen* to").
const TALLY_SUBJECT_WORDS: usize = 12;

/// The word of a bare number's predicate that says what it counts: the word after the words
/// of `STATE_LINKS` ("16 were hurt", "14 others have been rescued"), else the word right before
/// the number when it is a verb form in "-ing" or "-ed" ("injuring 14 others", "killed 3").
fn predicate(tokens: &[Token], q: &Quantity) -> Option<usize> {
    let at = past_severity(tokens, past_links(tokens, q.tokens.end));
    let word = tokens.get(at).is_some_and(|t| t.kind == TokenKind::Word && t.content && !t.capitalised);
    if at > q.tokens.end && word {
        return Some(at);
    }
    verb_form_before(tokens, q)
}

/// The first token from `at` on that is not one of `STATE_LINKS`.
fn past_links(tokens: &[Token], mut at: usize) -> usize {
    while tokens.get(at).is_some_and(|t| lexicon::one_of(&t.norm, STATE_LINKS)) {
        at += 1;
    }
    at
}

/// The word right before a count when it is a lower-case verb form in "-ing" or "-ed"
/// ("injuring 14 others", "killed 3") or a word of a condition in any form (a headline's
/// "Storm Kills 41").
fn verb_form_before(tokens: &[Token], q: &Quantity) -> Option<usize> {
    let before = q.tokens.start.checked_sub(1)?;
    let t = tokens.get(before)?;
    let verb_form =
        t.norm.ends_with("ing") || t.norm.ends_with("ed") || lexicon::is_condition_concept(&concept_of(t));
    let word = t.kind == TokenKind::Word && t.content && !t.capitalised && t.norm.is_ascii();
    (word && verb_form).then_some(before)
}

/// "the two leaders", "both sides", "these 20 homes": a number after a determiner names things
/// already known rather than reporting how many there are.
fn is_reference(tokens: &[Token], q: &Quantity) -> bool {
    // "the 400-metre vessel", "the nine-strong committee", "the three-judge panel": a size
    // written as a compound describes what it names, whatever the determiner.
    let compound = norm_at(tokens, q.number + 1) == "-"
        && tokens.get(q.number + 2).is_some_and(|t| t.kind == TokenKind::Word);
    if compound {
        return false;
    }
    let before = q.tokens.start.checked_sub(1).map_or("", |i| norm_at(tokens, i));
    lexicon::one_of(
        before,
        "the these those both its their his her our my your die der den beiden эти этих оба обе",
    )
}

/// "Three of the injured were in a serious condition": some of the people in a condition, whose
/// count the account gives elsewhere, not the count of them all.
fn is_part_of_condition(tokens: &[Token], q: &Quantity) -> bool {
    let of = tokens.get(q.number + 1).is_some_and(|t| t.norm == "of");
    of && lexicon::is_condition_concept(&q.unit)
}

/// "a devastating 1985 quake": a number written like a year, with no bound, inside a
/// sentence, names the year of an event (news writes a count of that size "1,985").
fn is_year_of_event(tokens: &[Token], q: &Quantity) -> bool {
    q.bound == Bound::Exact && q.number > 0 && quantity::is_year(tokens, q.number)
}

fn money_label(currency: &str) -> String {
    let name = match currency {
        "usd" => "dollars",
        "eur" => "euros",
        "gbp" => "pounds",
        "rub" => "rubles",
        "jpy" => "yen",
        "cny" => "yuan",
        "inr" => "rupees",
        other => other,
    };
    format!("amount in {name}")
}

/// "iPhone sales rose 1.6 per cent to 41.03 million", "sales were up … to 41.03 million": a
/// count a change reached counts the change's subject, the word before its verb.
fn subject_of_change(tokens: &[Token], q: &Quantity) -> Option<usize> {
    let to = q.tokens.start.checked_sub(1).filter(|&i| tokens[i].norm == "to")?;
    let verb = (to.saturating_sub(CHANGE_REACH)..to).rev().find(|&i| says_a_change(&tokens[i]))?;
    let mut subject = verb.checked_sub(1)?;
    if lexicon::one_of(&tokens[subject].norm, "was were is are has have had") {
        subject = subject.checked_sub(1)?;
    }
    // "the death toll in the worst quake for 50 years has risen to nine": a noun a number
    // counts is inside a phrase, not the subject.
    let counted = subject.checked_sub(1).is_some_and(|i| quantity::is_number(&tokens[i]));
    let t = &tokens[subject];
    (t.kind == TokenKind::Word && t.content && !t.capitalised && !counted).then_some(subject)
}

/// Words between a verb of change and the "to" of the count it reached ("rose 1.6 per cent to").
const CHANGE_REACH: usize = 6;

/// What an amount or a share at `q` measures (see [`Fact::measure`]), from the context words
/// (`candidates`) of its sentence: the one right after "of" or "in" after it (or after a word
/// of change: "a 7.2% rise in revenue"), or the first in its clause (which ends at a comma,
/// semicolon, colon, bracket or dash, and at "while", "whereas" or "but").
pub(super) fn measured(candidates: &[(usize, String)], q: &Quantity, tokens: &[Token]) -> Option<String> {
    let context_at = |i: usize| candidates.iter().find(|(t, _)| *t == i).map(|(_, c)| c.clone());
    // "a 7.2 per cent rise in quarterly revenue": a change between the amount and what it is of.
    let change = tokens.get(q.tokens.end).is_some_and(|t| lexicon::is_change_concept(&t.concept));
    let end = q.tokens.end + usize::from(change);
    let of = tokens.get(end).is_some_and(|t| lexicon::one_of(&t.norm, "of in von der des"));
    if of {
        let article = tokens.get(end + 1).is_some_and(|t| lexicon::one_of(&t.norm, "the a an"));
        if let Some(noun) = context_at(end + 1 + usize::from(article)) {
            return Some(noun);
        }
    }
    let ends_clause =
        |t: &Token| lexicon::one_of(&t.norm, ", ; : ( ) - while whereas but während aber а но пока");
    let start = tokens[..q.tokens.start].iter().rposition(ends_clause).map_or(0, |i| i + 1);
    // "raised their prime rates, the rate most lending follows, to 4.5%": when the number opens
    // its clause, the sentence's first ordinary word before it.
    let first_before = |from: usize| candidates.iter().find(|(t, _)| (from..q.tokens.start).contains(t));
    first_before(start).or_else(|| first_before(0)).map(|(_, c)| c.clone())
}
