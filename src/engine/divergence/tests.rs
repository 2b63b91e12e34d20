//! The detectors on invented one-claim accounts, through the whole comparison.

use std::collections::HashSet;

use super::super::model::{AccountInput, Group, Options, Status};
use super::super::{compare, Comparison};
use super::*;

/// Compares two one-claim accounts and returns the group holding both.
fn group_of(a: &str, b: &str) -> (Comparison, Group) {
    let input = |label: &str, text: &str| AccountInput { label: label.to_string(), text: text.to_string() };
    let cmp = compare(&[input("A", a), input("B", b)], &Options::default());
    let group = cmp.groups.iter().find(|g| g.members.len() == 2).cloned();
    let group = group.unwrap_or_else(|| panic!("not aligned: {a:?} / {b:?}"));
    (cmp, group)
}

fn material(group: &Group, kind: DivergenceType) -> Option<&Divergence> {
    group.divergences.iter().find(|d| d.material && d.kind == kind)
}

#[test]
fn each_against_a_total_shows_the_arithmetic() {
    let (_, g) = group_of(
        "Russia and Ukraine will exchange 175 prisoners of war each on Wednesday.",
        "Russia and Ukraine will exchange 372 prisoners of war on Wednesday.",
    );
    let d = material(&g, DivergenceType::Number).expect("number divergence");
    assert!(d.summary.contains("175 each × 2 = 350 in all, not 372"), "{}", d.summary);
    assert_eq!(d.spans.iter().map(|s| s.account).collect::<HashSet<_>>().len(), 2);
    assert_eq!(g.status, Status::Conflicting);
}

#[test]
fn one_name_for_another_is_material_parties_named_another_way_are_not() {
    let names = |a: &str, b: &str| {
        let (_, g) = group_of(a, b);
        g.divergences.iter().find(|d| d.kind == DivergenceType::Name).map(|d| d.material)
    };
    assert_eq!(
        names(
            "Floods closed the main bridge in Tarrow on Monday, police said.",
            "Floods closed the main bridge in Lunsford on Monday, police said.",
        ),
        Some(true)
    );
    assert_eq!(
        names(
            "Premier Anna Lind agreed to stop attacks on the energy plants of Vesta.",
            "Kalder and Porto agreed to stop attacks on the energy plants of Vesta.",
        ),
        Some(false)
    );
    // One name spelled two ways (a typo, a transliteration) is no name for another.
    assert_eq!(
        names(
            "Floods closed the main bridge in Tarrow Coumty on Monday, police said.",
            "Floods closed the main bridge in Tarrow County on Monday, police said.",
        ),
        None
    );
    // An acronym the other account spells out is no name: "Danish" is added, not swapped.
    assert_eq!(
        names(
            "\"We won!\" said Ivo Marten, CEO of Dalmar, the towing firm hired to move the barge.",
            "For days, Ivo Marten, chief executive of Danish towing company Dalmar, which was hired \
             to move the barge, had been gloomy about the chances.",
        ),
        None
    );
}

#[test]
fn scheduled_against_a_future_modal_is_the_same_time() {
    let time = |a: &str, b: &str| group_of(a, b).1.divergences.iter().any(|d| d.kind == DivergenceType::Time);
    assert!(!time(
        "The two sides will swap 40 detained fishermen at the Orlen border post.",
        "The two sides are set to swap 40 detained fishermen at the Orlen border post.",
    ));
    assert!(!time(
        "Officials said the two sides would swap 40 detained fishermen at the Orlen border post.",
        "Officials said the two sides were set to swap 40 detained fishermen at the Orlen border post.",
    ));
    assert!(
        time(
            "The two sides swapped 40 detained fishermen at the Orlen border post.",
            "The two sides are set to swap 40 detained fishermen at the Orlen border post.",
        ),
        "done against scheduled is a timing divergence"
    );
}

#[test]
fn a_count_in_one_place_is_no_conflict_with_the_whole() {
    let (_, g) = group_of(
        "Storms swept the plains on Friday, killing at least 21 people in a path of destruction.",
        "At least five people were killed in Tarland on Friday as storms swept the plains.",
    );
    assert!(material(&g, DivergenceType::Number).is_none(), "{:?}", g.divergences);
    let (_, g) = group_of(
        "Storms killed at least 21 people in Tarland on Friday.",
        "Storms killed at least five people in Tarland on Friday.",
    );
    assert!(material(&g, DivergenceType::Number).is_some(), "one place, two counts: {:?}", g.divergences);
}

#[test]
fn each_consistent_with_a_total_is_not_material() {
    let (_, g) = group_of(
        "Russia and Ukraine exchanged 175 prisoners of war each on Wednesday.",
        "Russia and Ukraine exchanged 350 prisoners of war on Wednesday.",
    );
    assert!(g.divergences.iter().all(|d| !d.material), "{:?}", g.divergences);
}

#[test]
fn hedged_numbers_that_agree_differ_only_in_precision() {
    let (_, g) = group_of(
        "The two leaders spoke by phone for over two hours on Tuesday.",
        "The two leaders spoke by phone for two-and-a-half hours on Tuesday.",
    );
    assert!(g.divergences.iter().all(|d| !d.material), "{:?}", g.divergences);
    assert!(g.divergences.iter().any(|d| d.kind == DivergenceType::Hedge));
}

#[test]
fn a_conjunction_widens_the_scope() {
    let (_, g) = group_of(
        "Putin agreed to halt strikes on energy infrastructure for 30 days.",
        "Putin agreed to halt strikes on energy and infrastructure for 30 days.",
    );
    assert!(material(&g, DivergenceType::Scope).is_some(), "{:?}", g.divergences);
}

#[test]
fn a_list_written_another_way_keeps_its_scope() {
    let scope = |a: &str, b: &str| {
        let (_, g) = group_of(a, b);
        material(&g, DivergenceType::Scope).map(|d| d.summary.clone())
    };
    // "and" where the other account separates the same items with a comma.
    assert_eq!(
        scope(
            "The court heard three charges: theft, two counts of fraud and one of arson on Monday.",
            "The court heard three charges: theft and two counts of fraud and one of arson on Monday.",
        ),
        None
    );
    // The same items in another order.
    assert_eq!(
        scope(
            "Ports in Norland, Vesta and Tarrow were closed by the storm on Monday.",
            "Ports in Norland, Tarrow and Vesta were closed by the storm on Monday.",
        ),
        None
    );
}

#[test]
fn a_count_in_other_words_is_the_same_scope() {
    for other in [
        "Rebels fired a series of heavy rockets at the Tarrow airport on Monday night.",
        "Rebels fired two more heavy rockets at the Tarrow airport on Monday night.",
    ] {
        let (_, g) =
            group_of("Rebels fired several heavy rockets at the Tarrow airport on Monday night.", other);
        assert!(material(&g, DivergenceType::Scope).is_none(), "{other}: {:?}", g.divergences);
    }
}

#[test]
fn a_scope_word_narrows_the_claim() {
    let (_, g) = group_of(
        "Trump cut off intelligence sharing and military aid to Ukraine after the meeting.",
        "Trump cut off some intelligence sharing and military aid to Ukraine after the meeting.",
    );
    assert!(material(&g, DivergenceType::Scope).is_some(), "{:?}", g.divergences);
}

#[test]
fn the_most_of_a_superlative_is_no_scope_word() {
    let scope = |a: &str, b: &str| material(&group_of(a, b).1, DivergenceType::Scope).is_some();
    assert!(!scope(
        "The flood was the most destructive in the valley since records began, officials said.",
        "The flood was the worst in the valley since records began, officials said.",
    ));
    assert!(!scope(
        "Officials said the ferry sank on one of the region's busiest and most dangerous routes on Sunday.",
        "Officials said the ferry sank on a route in the region on Sunday.",
    ));
    assert!(scope(
        "The storm cut power to most homes in the valley on Sunday, officials said.",
        "The storm cut power to homes in the valley on Sunday, officials said.",
    ));
}

#[test]
fn a_qualifier_of_a_claim_only_one_side_makes_is_no_divergence() {
    let (_, unshared) = group_of(
        "After a tense meeting with the envoy in Varno, the minister temporarily suspended grain exports to the northern region.",
        "The minister held a tense meeting with the envoy in Varno on Monday, officials said.",
    );
    assert!(material(&unshared, DivergenceType::Time).is_none(), "{:?}", unshared.divergences);
    let (_, shared) = group_of(
        "After a tense meeting with the envoy in Varno, the minister temporarily suspended grain exports to the north.",
        "The minister suspended grain exports to the north after a tense meeting with the envoy in Varno.",
    );
    assert!(material(&shared, DivergenceType::Time).is_some(), "{:?}", shared.divergences);
}

#[test]
fn a_qualifier_qualifies_words_of_its_own_clause_only() {
    // "temporary" ends its clause: the words both tell after the comma are not what it qualifies.
    let (_, other_clause) = group_of(
        "The council said the new toll on the harbour road was temporary, giving crews time to repair the old bridge.",
        "The council opened the harbour road to traffic, giving crews time to repair the old bridge.",
    );
    assert!(material(&other_clause, DivergenceType::Time).is_none(), "{:?}", other_clause.divergences);
    let (_, same_clause) = group_of(
        "The council opened a temporary harbour road, giving crews time to repair the old bridge.",
        "The council opened a harbour road, giving crews time to repair the old bridge.",
    );
    assert!(material(&same_clause, DivergenceType::Time).is_some(), "{:?}", same_clause.divergences);
}

#[test]
fn different_days_are_dates_not_names_or_wording() {
    let (_, g) = group_of("The talks in Orle ended on Tuesday.", "The talks in Orle ended on Wednesday.");
    let kinds: Vec<DivergenceType> = g.divergences.iter().map(|d| d.kind).collect();
    assert_eq!(kinds, [DivergenceType::Time], "{:?}", g.divergences);
}

#[test]
fn a_quote_in_part_is_no_material_quote_divergence() {
    let (_, g) = group_of(
        "The board said it \"expects that further rate rises may be needed this year.\"",
        "The board said \"the committee expects that further rate rises may be needed this year.\"",
    );
    let quote = g.divergences.iter().find(|d| d.kind == DivergenceType::Quote);
    let quote = quote.unwrap_or_else(|| panic!("{:?}", g.divergences));
    assert!(!quote.material && quote.summary.contains("quotes more"), "{}", quote.summary);
}

#[test]
fn quotes_are_compared_word_for_word_but_synonyms_are_wording() {
    let (_, g) = group_of(
        "Varga called the deal \"a fair and lasting settlement for both our peoples.\"",
        "Varga called the deal \"a fair and lasting settlement for our two peoples.\"",
    );
    assert!(material(&g, DivergenceType::Quote).is_some(), "{:?}", g.divergences);
    // Synonyms from the general table (WordNet), not from any list of the engine's own.
    let (_, spun) = group_of(
        "The mayor called the rescue plan “a brave choice for the whole city” on Monday.",
        "The mayor called the rescue plan “a courageous choice for the whole city” on Monday.",
    );
    assert!(spun.divergences.iter().all(|d| !d.material), "{:?}", spun.divergences);
}

#[test]
fn different_sources_are_an_attribution_divergence() {
    let (_, g) = group_of(
        "Putin demanded an end to foreign military aid to Ukraine, the Kremlin said.",
        "Putin demanded an end to foreign military aid to Ukraine, the White House said.",
    );
    let d = material(&g, DivergenceType::Attribution).expect("attribution divergence");
    assert!(d.summary.contains("Kremlin") && d.summary.contains("White House"), "{}", d.summary);
}

#[test]
fn a_title_an_account_gives_a_name_credits_that_name() {
    let attribution = |a: &str, b: &str| {
        let (_, g) = group_of(a, b);
        material(&g, DivergenceType::Attribution).map(|d| d.summary.clone())
    };
    let named = "Berg told reporters the strike at the Tarrow mill would end on Friday.";
    // Either account writes "Prime Minister" as Berg's title.
    let described = "The strike at the Tarrow mill would end on Friday, the prime minister said.";
    let titled = "Prime Minister Hanna Berg met the union on Thursday.";
    assert_eq!(attribution(&format!("{titled} {named}"), described), None);
    assert_eq!(attribution(named, &format!("{titled} {described}")), None);
    // A title no account gives the name is another source.
    assert!(
        attribution(named, "The strike at the Tarrow mill would end on Friday, the mayor said.").is_some()
    );
}

#[test]
fn negation_against_affirmation() {
    let (_, g) = group_of(
        "The talks resolved the row over fishing rights in the Gulf of Mera.",
        "The talks did not resolve the row over fishing rights in the Gulf of Mera.",
    );
    assert!(material(&g, DivergenceType::Negation).is_some(), "{:?}", g.divergences);
}

#[test]
fn a_source_who_explains_is_credited_like_one_who_reports() {
    let (_, g) = group_of(
        "Mara Lint, a spokeswoman for the coast guard, explained that boats were scarce, and \
         villagers fled in panic, local officials said.",
        "Mara Lint, a coast guard spokeswoman, reported that villagers fled in panic and boats were scarce.",
    );
    assert!(material(&g, DivergenceType::Attribution).is_none(), "{:?}", g.divergences);
}

#[test]
fn a_potential_outcome_is_hedged_like_one_that_could_happen() {
    let (_, g) = group_of(
        "The harbour closed because debris could trigger a flood in the lower town.",
        "The harbour closed, and the potential for a flood in the lower town remains a concern.",
    );
    assert!(material(&g, DivergenceType::Hedge).is_none(), "{:?}", g.divergences);
}

#[test]
fn a_length_both_state_is_as_temporary_as_temporary() {
    let timing = |ours: &str, other: &str| {
        let (_, g) = group_of(ours, other);
        material(&g, DivergenceType::Time).is_some()
    };
    let temporary = "Ash forced the temporary closure of the Varno airport for 24 hours on Friday.";
    assert!(!timing(temporary, "Ash forced a 24-hour closure of the Varno airport on Friday."));
    assert!(timing(temporary, "Ash forced the closure of the Varno airport on Friday."));
    // A length the other account gives something else leaves "temporary" one-sided.
    assert!(timing(
        "Ash forced the temporary closure of the Varno airport on Friday.",
        "Ash forced the closure of the Varno airport on Friday, a 30-day ban on flights having failed.",
    ));
    // So does a length given in another sentence of the same side.
    assert!(timing(
        "Ash forced the temporary closure of the Varno airport on Friday. A 30-day ban on flights had failed.",
        "Ash forced a 24-hour closure of the Varno airport on Friday.",
    ));
}

#[test]
fn a_claim_credited_to_a_source_is_hedged_already() {
    let (_, g) = group_of(
        "Lee gave melons to voters in his district, the weekly said.",
        "Lee allegedly gave melons to voters in his district.",
    );
    assert!(material(&g, DivergenceType::Hedge).is_none(), "{:?}", g.divergences);
    // Where both credit a source, the hedge one adds still counts.
    let (_, g) = group_of(
        "Lee gave melons to voters in his district, the weekly said.",
        "Lee allegedly gave melons to voters in his district, the weekly said.",
    );
    assert!(material(&g, DivergenceType::Hedge).is_some(), "{:?}", g.divergences);
}

#[test]
fn a_negation_in_a_condition_negates_no_claim() {
    let (_, g) = group_of(
        "The judge dropped the weapons charge against Lee on Monday, citing a law concerning \
         short-barreled rifles.",
        "The weapons charge against Lee was dropped by the judge on Monday, citing a law that lets \
         teenagers carry rifles as long as they are not unlawfully short-barreled.",
    );
    assert!(material(&g, DivergenceType::Negation).is_none(), "{:?}", g.divergences);
}

#[test]
fn no_negates_the_noun_phrase_it_opens() {
    let (_, g) = group_of(
        "In court, Hale wore a dark suit and looked on as Judge Ines Moro read the verdict.",
        "Hale, wearing a dark suit in the Tarn courthouse, showed no visible reaction to the verdict.",
    );
    assert!(material(&g, DivergenceType::Negation).is_none(), "{:?}", g.divergences);
    // The words before "no" are not what it negates.
    let (_, g) = group_of(
        "The ferry sank off Varno on Monday evening with 12 people aboard and no apparent survivors, the navy said.",
        "A small ferry sank off Varno on Monday, killing all 12 people aboard, port officials said.",
    );
    assert!(material(&g, DivergenceType::Negation).is_none(), "{:?}", g.divergences);
    let (_, g) = group_of(
        "After two days of talks a deal on fishing quotas was reached in Tarn.",
        "After two days of talks no deal on fishing quotas was reached in Tarn.",
    );
    assert!(material(&g, DivergenceType::Negation).is_some(), "{:?}", g.divergences);
}

#[test]
fn a_hedge_against_a_flat_statement() {
    let (_, g) = group_of(
        "The two leaders will meet again in Estrel in the autumn.",
        "The two leaders may meet again in Estrel in the autumn.",
    );
    assert!(material(&g, DivergenceType::Hedge).is_some(), "{:?}", g.divergences);
}

#[test]
fn a_fear_against_a_warning_is_no_certainty_divergence() {
    let (_, g) = group_of(
        "Dairy farmers in Estrel warned the deal could cost them customers in the north.",
        "Dairy farmers in Estrel fear the deal will cost them customers in the north.",
    );
    assert!(material(&g, DivergenceType::Hedge).is_none(), "{:?}", g.divergences);
}

#[test]
fn spun_synonyms_are_wording_never_material() {
    let (_, g) = group_of(
        "The union described the talks between Okafor and Lind as a first step toward a settlement.",
        "The union described the negotiations between Okafor and Lind as a primary step towards a settlement.",
    );
    assert!(g.divergences.iter().all(|d| !d.material), "{:?}", g.divergences);
    assert_ne!(g.status, Status::Conflicting);
}

#[test]
fn different_consequences_of_one_action_are_material() {
    let (_, g) = group_of(
        "Zelenskyy rejected Putin's demand to halt military aid, warning that doing so would weaken Ukraine.",
        "Zelenskyy rejected Putin's demand to halt military aid, warning that such a move would endanger lives.",
    );
    let d = material(&g, DivergenceType::Scope).expect("consequence divergence");
    assert!(d.summary.contains("would weaken Ukraine") && d.summary.contains("would endanger lives"));
    let (_, same) = group_of(
        "Zelenskyy rejected Putin's demand to halt military aid, warning that doing so would weaken Ukraine.",
        "Zelenskyy rejected Putin's demand to halt military aid, warning that such a move would weaken Ukraine.",
    );
    assert!(material(&same, DivergenceType::Scope).is_none(), "{:?}", same.divergences);
}

#[test]
fn statuses_follow_the_documented_precedence() {
    let (_, same) =
        group_of("Drones hit the port of Odesa on Monday.", "Drones hit the port of Odesa on Monday!");
    assert_eq!(same.status, Status::Identical);
    let (_, minor) = group_of(
        "Drones hit the port of Odesa on Monday night, officials said.",
        "Drones struck the port of Odesa on Monday night, officials said.",
    );
    assert_eq!(minor.status, Status::Minor);
}

#[test]
fn german_nouns_are_no_names_and_a_trailing_nicht_negates() {
    let (_, g) = group_of(
        "Die Polizei sperrte die Straße nach dem schweren Unfall.",
        "Die Polizei sperrte die Straße nach dem schweren Unglück.",
    );
    assert!(g.divergences.iter().all(|d| d.kind != DivergenceType::Name), "{:?}", g.divergences);
    let (_, g) =
        group_of("Der Rat billigte den Plan am Montag.", "Der Rat billigte den Plan am Montag nicht.");
    assert!(material(&g, DivergenceType::Negation).is_some(), "{:?}", g.divergences);
    // A German name is still one.
    let (_, g) = group_of(
        "Kanzler Scholz sprach am Montag im Bundestag.",
        "Kanzler Merz sprach am Montag im Bundestag.",
    );
    assert!(g.divergences.iter().any(|d| d.kind == DivergenceType::Name), "{:?}", g.divergences);
}

#[test]
fn sources_in_german_and_russian_acronyms_and_passives() {
    let attribution = |a: &str, b: &str| {
        let (_, g) = group_of(a, b);
        g.divergences.iter().any(|d| d.kind == DivergenceType::Attribution)
    };
    assert!(attribution(
        "Scholz sagte, die Gespräche im Rathaus seien erfolgreich gewesen.",
        "Merz sagte, die Gespräche im Rathaus seien erfolgreich gewesen."
    ));
    assert!(attribution(
        "«Переговоры в Женеве прошли успешно», — сказал Песков.",
        "«Переговоры в Женеве прошли успешно», — сказал Ушаков."
    ));
    assert!(!attribution(
        "The ECB said inflation in the bloc would stay high.",
        "The European Central Bank said inflation in the bloc would stay high."
    ));
    assert!(!attribution(
        "The king declared three days of mourning in the capital.",
        "Three days of mourning were declared in the capital."
    ));
    // A headline's passive: the deaths are what was confirmed, not who confirmed them.
    assert!(!attribution(
        "Eight deaths confirmed after earthquake in Varno",
        "Eight people died after the earthquake in Varno, officials said."
    ));
}

#[test]
fn two_hedges_and_an_adjective_participle_are_no_divergence() {
    let (_, g) = group_of(
        "The bank said it would probably raise its rates again in July.",
        "The bank said it would likely raise its rates again in July.",
    );
    assert!(material(&g, DivergenceType::Hedge).is_none(), "{:?}", g.divergences);
    let (_, g) = group_of(
        "Lee founded the failed startup that promised cheap blood tests.",
        "Lee founded the doomed startup that promised cheap blood tests.",
    );
    assert!(material(&g, DivergenceType::Negation).is_none(), "{:?}", g.divergences);
}

#[test]
fn a_lone_hedge_hedges_and_german_hedges_and_scopes_count() {
    let (_, g) =
        group_of("Lee allegedly took the money from the charity.", "Lee took the money from the charity.");
    assert!(material(&g, DivergenceType::Hedge).is_some(), "{:?}", g.divergences);
    let (_, g) = group_of(
        "Der Brand wurde vermutlich durch einen Kurzschluss verursacht.",
        "Der Brand wurde durch einen Kurzschluss verursacht.",
    );
    assert!(material(&g, DivergenceType::Hedge).is_some(), "{:?}", g.divergences);
    let (_, g) = group_of(
        "Das Feuer zerstörte die gesamte Lagerhalle.",
        "Das Feuer zerstörte einen Teil der Lagerhalle.",
    );
    assert!(material(&g, DivergenceType::Scope).is_some(), "{:?}", g.divergences);
}

/// Two accounts that both negate, both hedge or count what a scope word qualifies tell one
/// claim: a negation repeated or in another form ("failed" twice, "fail"), hedges in different
/// words and places, "all the 14 coaches" against "fourteen coaches", an example list after
/// "including", and a verb of speech coordinated with another ("welcomed it and said").
#[test]
fn alike_negations_hedges_counted_scopes_and_coordinated_sources_are_no_divergence() {
    let none = |a: &str, b: &str, kind: DivergenceType| {
        let (_, g) = group_of(a, b);
        assert!(material(&g, kind).is_none(), "{a} / {b}: {:?}", g.divergences);
    };
    none(
        "The ferry's ramp failed near Varno. The ferry's ramp failed to lower in the storm at Varno.",
        "A wave may have caused the ferry's ramp to fail to lower in the storm at Varno.",
        DivergenceType::Negation,
    );
    none(
        "The council must meet without delay on the flood plan, Mayor Rye said.",
        "Mayor Rye said the council must meet without delay on the flood plan, and not later.",
        DivergenceType::Negation,
    );
    none(
        "The storm apparently toppled the old radio mast at Kell on Sunday.",
        "The storm on Sunday may have toppled the old radio mast at Kell, engineers think.",
        DivergenceType::Hedge,
    );
    none(
        "All the 14 coaches of the night train to Varno left the track.",
        "Fourteen coaches of the night train to Varno left the track.",
        DivergenceType::Scope,
    );
    none(
        "The flood damaged homes in Kell, including a school.",
        "The flood damaged homes in Kell and a school.",
        DivergenceType::Scope,
    );
    none(
        "Mayor Ana Rye welcomed the ruling on the dam and said there would be more checks.",
        "Mayor Ana Rye said the ruling on the dam meant there would be more checks.",
        DivergenceType::Attribution,
    );
}

/// A scope word the other account leaves open still counts ("some of the aid" against "the
/// aid"), as does a lone negation of what the other affirms.
#[test]
fn an_open_scope_and_a_lone_negation_still_count() {
    let (_, g) = group_of(
        "The ministry paused some military aid to Varno on Friday.",
        "The ministry paused military aid to Varno on Friday.",
    );
    assert!(material(&g, DivergenceType::Scope).is_some(), "{:?}", g.divergences);
    let (_, g) = group_of(
        "The council did not approve the new dam at Kell on Monday.",
        "The council approved the new dam at Kell on Monday.",
    );
    assert!(material(&g, DivergenceType::Negation).is_some(), "{:?}", g.divergences);
}
