//! The sentence segmenter against the pragmatic_segmenter "Golden Rules" (read at run time
//! from the shared benchmark) and against the hazards of news prose, in sentences written for
//! these tests.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;
use std::time::{Duration, Instant};

use claimdiff::engine::segment::segment;
use serde::Deserialize;

/// The sentences of `text`, as slices.
fn sentences(text: &str) -> Vec<&str> {
    segment(text).into_iter().map(|range| &text[range]).collect()
}

#[track_caller]
fn assert_sentences(text: &str, expected: &[&str]) {
    assert_eq!(sentences(text), expected, "segmenting {text:?}");
}

// ---------------------------------------------------------------------------------------------
// Golden Rules

#[derive(Deserialize)]
struct GoldenCase {
    id: String,
    text: String,
    expected: Vec<String>,
    #[serde(default)]
    flags: Vec<String>,
}

fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Does the segmenter pass `case`? Sentences are compared trimmed; for the cases flagged
/// `ws_normalized` (the expected sentence replaces a newline by a space) runs of whitespace
/// are collapsed first.
fn passes(case: &GoldenCase) -> bool {
    let lenient = case.flags.iter().any(|f| f == "ws_normalized");
    let normalise = |s: &str| if lenient { collapse_whitespace(s) } else { s.trim().to_string() };
    let got: Vec<String> = sentences(&case.text).into_iter().map(normalise).collect();
    let expected: Vec<String> = case.expected.iter().map(|s| normalise(s)).collect();
    got == expected
}

#[test]
fn passes_every_english_golden_rule() {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/bench/segmentation/golden_rules_en.json");
    let Ok(json) = std::fs::read_to_string(&path) else {
        eprintln!("note: {} is absent; skipping the Golden Rules benchmark", path.display());
        return;
    };
    let cases: Vec<GoldenCase> = serde_json::from_str(&json).expect("the golden rules file parses");
    let failures: Vec<String> = cases
        .iter()
        .filter(|case| !passes(case))
        .map(|case| {
            format!(
                "{}: {:?}\n  got      {:?}\n  expected {:?}",
                case.id,
                case.text,
                sentences(&case.text),
                case.expected
            )
        })
        .collect();
    println!("Golden Rules (en): {}/{} pass", cases.len() - failures.len(), cases.len());
    assert_eq!(cases.len(), 52, "the benchmark holds 52 cases");
    assert!(failures.is_empty(), "failing Golden Rules:\n{}", failures.join("\n"));
}

// ---------------------------------------------------------------------------------------------
// Titles, abbreviations, initials

#[test]
fn honorifics_and_military_titles_do_not_end_sentences() {
    assert_sentences(
        "Mr. Okafor and Mrs. Lindqvist met Ms. Abara, Dr. Rask and Gen. Tamm. Lt. Col. Brandt arrived later. \
         Sen. Hale, Rep. Ortiz and Gov. Reyes spoke after Sgt. Mills. The mass was held at St. Anne's.",
        &[
            "Mr. Okafor and Mrs. Lindqvist met Ms. Abara, Dr. Rask and Gen. Tamm.",
            "Lt. Col. Brandt arrived later.",
            "Sen. Hale, Rep. Ortiz and Gov. Reyes spoke after Sgt. Mills.",
            "The mass was held at St. Anne's.",
        ],
    );
}

#[test]
fn us_and_un_stay_inside_a_sentence_and_end_one_before_a_sentence_starter() {
    assert_sentences(
        "The U.S. Senate and the U.N. Security Council met. Washington pledged aid to the U.S. The next day \
         officials flew to the U.N. He did not go.",
        &[
            "The U.S. Senate and the U.N. Security Council met.",
            "Washington pledged aid to the U.S.",
            "The next day officials flew to the U.N.",
            "He did not go.",
        ],
    );
    assert_sentences(
        "Talks moved to the U.N. in Geneva on Monday.",
        &["Talks moved to the U.N. in Geneva on Monday."],
    );
}

#[test]
fn months_and_times_do_not_end_sentences() {
    assert_sentences(
        "The ceasefire began on Feb. 28 and held until Sept. 4 at 10 a.m. Eastern time. Shelling resumed at \
         6 p.m. The mayor spoke at 9 p.m. Moscow time on Oct. 3.",
        &[
            "The ceasefire began on Feb. 28 and held until Sept. 4 at 10 a.m. Eastern time.",
            "Shelling resumed at 6 p.m.",
            "The mayor spoke at 9 p.m. Moscow time on Oct. 3.",
        ],
    );
}

#[test]
fn a_fronted_time_phrase_does_not_end_a_sentence() {
    assert_sentences(
        "By 7 a.m. Rescue teams had reached the village. They left at 3 p.m. Officials said nothing.",
        &[
            "By 7 a.m. Rescue teams had reached the village.",
            "They left at 3 p.m.",
            "Officials said nothing.",
        ],
    );
}

#[test]
fn initials_do_not_end_sentences() {
    assert_sentences(
        "J.D. Vance met George W. Bush and T. S. Okoro in Ohio. The meeting was brief.",
        &["J.D. Vance met George W. Bush and T. S. Okoro in Ohio.", "The meeting was brief."],
    );
}

#[test]
fn numbers_keep_their_periods_and_commas() {
    assert_sentences(
        "The package is worth $180 billion. About 1,300 troops and No. 2 battalion stayed. Prices rose 3.5 percent. \
         2,000 people left.",
        &[
            "The package is worth $180 billion.",
            "About 1,300 troops and No. 2 battalion stayed.",
            "Prices rose 3.5 percent.",
            "2,000 people left.",
        ],
    );
}

#[test]
fn etc_and_ie_inside_and_at_the_end_of_sentences() {
    assert_sentences(
        "They brought food, water, blankets, etc. The convoy, i.e. the second one, left at dawn, e.g. before the \
         curfew. Fuel, tents etc. were short.",
        &[
            "They brought food, water, blankets, etc.",
            "The convoy, i.e. the second one, left at dawn, e.g. before the curfew.",
            "Fuel, tents etc. were short.",
        ],
    );
}

#[test]
fn company_and_state_abbreviations() {
    assert_sentences(
        "Acme Corp. Chief Executive Dana Ruiz and Sen. Pike (R-Fla.) disagreed. Pike spoke for Acme Inc. It \
         declined to comment.",
        &[
            "Acme Corp. Chief Executive Dana Ruiz and Sen. Pike (R-Fla.) disagreed.",
            "Pike spoke for Acme Inc.",
            "It declined to comment.",
        ],
    );
}

// ---------------------------------------------------------------------------------------------
// Quotes, ellipses, parentheses, addresses

#[test]
fn sentence_final_quotes_end_sentences() {
    assert_sentences(
        "She said, \"We will rebuild.\" He said, “We will return.” They asked, “When?” He shouted, ‘Enough!’ It \
         was late.",
        &[
            "She said, \"We will rebuild.\"",
            "He said, “We will return.”",
            "They asked, “When?”",
            "He shouted, ‘Enough!’",
            "It was late.",
        ],
    );
}

#[test]
fn a_quoted_question_with_its_attribution_is_one_sentence() {
    assert_sentences(
        "“Why now?” she asked. “Who ordered it?” asked the reporter. “Where are the buses?” Mayor Lena Holt \
         asked. “Stop!” he shouted.",
        &[
            "“Why now?” she asked.",
            "“Who ordered it?” asked the reporter.",
            "“Where are the buses?” Mayor Lena Holt asked.",
            "“Stop!” he shouted.",
        ],
    );
    assert_sentences("“Why now?” The question hung there.", &["“Why now?”", "The question hung there."]);
}

#[test]
fn ellipses_inside_and_at_the_end_of_sentences() {
    assert_sentences(
        "The statement said the talks were … productive. He paused… Then he left. “We will see...” she said.",
        &[
            "The statement said the talks were … productive.",
            "He paused…",
            "Then he left.",
            "“We will see...” she said.",
        ],
    );
}

#[test]
fn parentheses_and_credits() {
    assert_sentences(
        "The ministry (which declined to comment.) said little. Forty people were hurt (most of them lightly). The \
         rest were safe.",
        &[
            "The ministry (which declined to comment.) said little.",
            "Forty people were hurt (most of them lightly).",
            "The rest were safe.",
        ],
    );
}

#[test]
fn urls_and_email_addresses_keep_their_periods() {
    assert_sentences(
        "Read the report at https://example.org/reports/v2.1/index.html. Write to press.office@example.gov.ua. \
         Also see www.example.com/Update.Today for updates.",
        &[
            "Read the report at https://example.org/reports/v2.1/index.html.",
            "Write to press.office@example.gov.ua.",
            "Also see www.example.com/Update.Today for updates.",
        ],
    );
}

// ---------------------------------------------------------------------------------------------
// Layout: headlines, bylines, datelines, captions, wrapping, paragraphs, lists

#[test]
fn headline_byline_and_dateline() {
    assert_sentences(
        "Flooding Forces Thousands From Homes in River Valley\nBy Amira Sato and Jon Feld\n\
         VALENCIA, Spain (AP) — Rising water forced thousands from their homes on Tuesday. Rescuers used boats.",
        &[
            "Flooding Forces Thousands From Homes in River Valley",
            "By Amira Sato and Jon Feld",
            "VALENCIA, Spain (AP) — Rising water forced thousands from their homes on Tuesday.",
            "Rescuers used boats.",
        ],
    );
}

#[test]
fn a_sentence_case_headline_before_the_story() {
    assert_sentences(
        "Water levels keep rising as regional officials order more evacuations\nThe river rose again overnight.",
        &["Water levels keep rising as regional officials order more evacuations", "The river rose again overnight."],
    );
}

#[test]
fn a_sentence_case_headline_before_a_lede_that_opens_with_a_name() {
    assert_sentences(
        "Water levels keep rising as regional officials order more evacuations\nRegional Governor Marta Illes \
         said the river would crest on Thursday and that soldiers had been sent to help fill sandbags.",
        &[
            "Water levels keep rising as regional officials order more evacuations",
            "Regional Governor Marta Illes said the river would crest on Thursday and that soldiers had been sent to \
             help fill sandbags.",
        ],
    );
}

#[test]
fn a_long_headline_before_a_page_line_of_its_own() {
    assert_sentences(
        "Floodwater cuts off three valley towns as the river keeps rising overnight\nShare this story\nUpdated \
         2 hours ago\n\nThe river burst its banks near Kell on Monday.",
        &[
            "Floodwater cuts off three valley towns as the river keeps rising overnight",
            "Share this story",
            "Updated 2 hours ago",
            "The river burst its banks near Kell on Monday.",
        ],
    );
}

#[test]
fn a_wrapped_line_ending_before_a_name_is_not_a_headline() {
    assert_sentences(
        "Emergency crews worked through the night alongside Mayor\nLena Holt and dozens of volunteers from\nnearby \
         towns.",
        &["Emergency crews worked through the night alongside Mayor\nLena Holt and dozens of volunteers from\nnearby \
           towns."],
    );
}

#[test]
fn a_section_heading_between_paragraphs() {
    assert_sentences(
        "The vote is on Sunday.\n\nWhat happens next\nThe new council meets in March.",
        &["The vote is on Sunday.", "What happens next", "The new council meets in March."],
    );
}

#[test]
fn photo_captions_and_credit_lines() {
    assert_sentences(
        "Volunteers clear debris in the town square on Feb. 28, 2026. (AP Photo/Ines Varga)\n\
         Residents queue for water in the old quarter\nPhotograph: Ines Varga/Agency\nThe queues grew.",
        &[
            "Volunteers clear debris in the town square on Feb. 28, 2026.",
            "(AP Photo/Ines Varga)",
            "Residents queue for water in the old quarter",
            "Photograph: Ines Varga/Agency",
            "The queues grew.",
        ],
    );
}

#[test]
fn hard_wrapped_prose_is_not_split_at_line_breaks() {
    assert_sentences(
        "The regional governor said on Tuesday that the\nevacuation of the lower districts would continue\n\
         through the weekend, and that schools would stay\nclosed. Officials in the capital\nagreed.",
        &[
            "The regional governor said on Tuesday that the\nevacuation of the lower districts would continue\n\
             through the weekend, and that schools would stay\nclosed.",
            "Officials in the capital\nagreed.",
        ],
    );
}

#[test]
fn a_dateline_wrapped_before_its_dash_stays_with_its_sentence() {
    assert_sentences(
        "KYIV, Ukraine (AP)\n— Drones struck the port overnight. Two people were hurt.",
        &["KYIV, Ukraine (AP)\n— Drones struck the port overnight.", "Two people were hurt."],
    );
}

#[test]
fn a_line_opening_with_punctuation_after_a_finished_sentence_is_a_new_sentence() {
    assert_sentences(
        "“We will stay.”\n___ Reporting by Ana Lind in Riga.\n— Why?\n— Because.",
        &["“We will stay.”", "___ Reporting by Ana Lind in Riga.", "— Why?", "— Because."],
    );
}

#[test]
fn blank_lines_always_end_sentences() {
    assert_sentences(
        "The first paragraph has no final stop\n\nthe second starts in lower case\r\n\r\nAnd a third.",
        &["The first paragraph has no final stop", "the second starts in lower case", "And a third."],
    );
}

#[test]
fn lower_case_lines_of_a_list_are_separate() {
    assert_sentences(
        "sandbags\nbottled water\nfirst aid kits\n",
        &["sandbags", "bottled water", "first aid kits"],
    );
}

#[test]
fn bulleted_and_numbered_lists() {
    assert_sentences(
        "Key points:\n- Two bridges closed\n- Schools reopen Monday\n• Power restored in the north\n\
         1. Register online\n2. Bring an ID\n3) Wait for the text message",
        &[
            "Key points:",
            "- Two bridges closed",
            "- Schools reopen Monday",
            "• Power restored in the north",
            "1. Register online",
            "2. Bring an ID",
            "3) Wait for the text message",
        ],
    );
}

#[test]
fn a_list_item_ends_with_its_line_before_a_lower_case_line() {
    assert_sentences(
        "More on this story\n  • Varno floods\nvideo caption\"Crews clear the bridge\"\n\nThe river fell overnight.",
        &["More on this story", "• Varno floods", "video caption\"Crews clear the bridge\"", "The river fell overnight."],
    );
}

#[test]
fn missing_space_after_a_full_stop() {
    assert_sentences(
        "The bridge reopened.Traffic was light.Mr. Amadi said 4,000 cars crossed.That was fewer.",
        &[
            "The bridge reopened.",
            "Traffic was light.",
            "Mr. Amadi said 4,000 cars crossed.",
            "That was fewer.",
        ],
    );
}

#[test]
fn a_brand_written_with_a_small_first_letter_starts_a_sentence() {
    assert_sentences(
        "\"The launch went well,\" the chief executive added. iPhone sales rose 2 per cent. eBay fell.",
        &[
            "\"The launch went well,\" the chief executive added.",
            "iPhone sales rose 2 per cent.",
            "eBay fell.",
        ],
    );
    assert_sentences("Prices fell, e.g. in May. Sales rose.", &["Prices fell, e.g. in May.", "Sales rose."]);
}

// ---------------------------------------------------------------------------------------------
// Other languages and scripts

#[test]
fn russian_abbreviations_and_initials() {
    assert_sentences(
        "В. В. Путин провел встречу в г. Москве, т.е. в Кремле. Это было в 2024 г. Затем делегация уехала на ул. \
         Тверскую, им. Пушкина и т. д. Переговоры продолжатся.",
        &[
            "В. В. Путин провел встречу в г. Москве, т.е. в Кремле.",
            "Это было в 2024 г.",
            "Затем делегация уехала на ул. Тверскую, им. Пушкина и т. д.",
            "Переговоры продолжатся.",
        ],
    );
}

#[test]
fn ukrainian_sentences_and_quotes() {
    assert_sentences(
        "«Чому зараз?» — запитала вона. Засідання відбулося на вул. Хрещатик у Києві. Він пообіцяв 5 млн. грн. \
         Рішення ухвалили ввечері!",
        &[
            "«Чому зараз?» — запитала вона.",
            "Засідання відбулося на вул. Хрещатик у Києві.",
            "Він пообіцяв 5 млн. грн.",
            "Рішення ухвалили ввечері!",
        ],
    );
}

#[test]
fn german_abbreviations_and_ordinals() {
    assert_sentences(
        "Am 3. März sprach Dr. Weber mit der Polizei, z.B. über Nr. 5 der Liste bzw. die Kosten. Die Stadt zahlte \
         ca. 2 Mio. Euro, Möbel usw. Die Einigung kam am 24. Februar. Der Rat tagte am 2. Die Sitzung war kurz.",
        &[
            "Am 3. März sprach Dr. Weber mit der Polizei, z.B. über Nr. 5 der Liste bzw. die Kosten.",
            "Die Stadt zahlte ca. 2 Mio. Euro, Möbel usw.",
            "Die Einigung kam am 24. Februar.",
            "Der Rat tagte am 2.",
            "Die Sitzung war kurz.",
        ],
    );
}

#[test]
fn german_degrees_confessions_and_ordinal_ranges_do_not_end_sentences() {
    assert_sentences(
        "Die Klinik leitet Dr. med. Anja Sorel, die Schule ist eine ev. Grundschule. Laut Prof. Dr. rer. nat. \
         Kurt Halm gilt die Regel bzgl. der Kosten. Die Mauer stammt aus dem 2.–4. Jahrhundert. Die Stadt prüft \
         das.",
        &[
            "Die Klinik leitet Dr. med. Anja Sorel, die Schule ist eine ev. Grundschule.",
            "Laut Prof. Dr. rer. nat. Kurt Halm gilt die Regel bzgl. der Kosten.",
            "Die Mauer stammt aus dem 2.–4. Jahrhundert.",
            "Die Stadt prüft das.",
        ],
    );
}

#[test]
fn russian_addresses_do_not_end_sentences() {
    assert_sentences(
        "Штаб находится в пгт. Ольховка, кв. 12 в доме на наб. Реки. Спасатели прибыли утром.",
        &["Штаб находится в пгт. Ольховка, кв. 12 в доме на наб. Реки.", "Спасатели прибыли утром."],
    );
}

#[test]
fn german_rules_do_not_apply_to_english_text() {
    assert_sentences(
        "The team finished in place No. 3. The coach left. They scored 2. Then it rained.",
        &["The team finished in place No. 3.", "The coach left.", "They scored 2.", "Then it rained."],
    );
}

#[test]
fn cjk_and_arabic_full_stops() {
    assert_sentences(
        "会议结束了。代表们离开了！明天会继续吗？是的。",
        &["会议结束了。", "代表们离开了！", "明天会继续吗？", "是的。"],
    );
    assert_sentences("会谈很顺利。“我们会回来。”他说。", &["会谈很顺利。", "“我们会回来。”", "他说。"]);
    assert_sentences("هل انتهى الاجتماع؟ نعم انتهى.", &["هل انتهى الاجتماع؟", "نعم انتهى."]);
}

// ---------------------------------------------------------------------------------------------
// Edge cases and regressions from the fuzz test

#[test]
fn empty_and_whitespace_only_texts_have_no_sentences() {
    assert!(segment("").is_empty());
    assert!(segment(" \n\t\u{a0}\u{2029} ").is_empty());
}

#[test]
fn ranges_tile_text_with_surrounding_whitespace() {
    let text = "\u{a0} One. Two!\u{2028}Three? ";
    let ranges = segment(text);
    assert_eq!(ranges.iter().map(|r| &text[r.clone()]).collect::<Vec<_>>(), ["One.", "Two!", "Three?"]);
    assert_eq!(ranges[0].start, text.find('O').unwrap());
}

/// Found by timing adversarial inputs: glued words scanned back to the token start made
/// "x.Abx.Ab…" quadratic (minutes for 200 KB). Each input here must take linear time.
#[test]
fn adversarial_inputs_are_segmented_in_linear_time() {
    let inputs = [
        "x.Ab".repeat(50_000),
        format!("{}word. {}", ". ".repeat(50_000), ". ".repeat(50_000)),
        "a.b.c.d.e.f.g.h.i.j.".repeat(10_000),
        "Mr. ".repeat(50_000),
        "“Why?” ".repeat(30_000),
        "好。".repeat(50_000),
        "line without a stop\n".repeat(10_000),
    ];
    for text in &inputs {
        let start = Instant::now();
        let sentences = segment(text);
        assert!(!sentences.is_empty());
        assert!(start.elapsed() < Duration::from_secs(3), "{} bytes took {:?}", text.len(), start.elapsed());
    }
}
