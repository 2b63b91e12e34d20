//! Hostile and odd inputs: each is compared without panic, keeps every invariant, and, where a
//! user needs one, gets a clear message from the input check.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use claimdiff::engine::limits::{check_inputs, InputProblem, MAX_ACCOUNTS, MAX_TOTAL_CHARS};
use claimdiff::engine::{compare, Options, Status};
use support::{accounts, assert_invariants};

fn compare_checked(texts: &[&str]) -> claimdiff::engine::Comparison {
    let inputs = accounts(texts);
    let comparison = compare(&inputs, &Options::default());
    assert_invariants(&inputs, &comparison);
    comparison
}

const STORY: &str = "The river rose two metres overnight. Schools in the valley stayed closed on Thursday. \
                     The regional governor said 300 homes were flooded.";

#[test]
fn empty_and_whitespace_only_accounts_get_a_message() {
    for texts in [vec!["", ""], vec![" \n\t ", "\r\n"], vec![STORY, "   "]] {
        let problem = check_inputs(&accounts(&texts), MAX_TOTAL_CHARS).unwrap_err();
        assert!(matches!(problem, InputProblem::TooFewAccounts { .. }), "{problem:?}");
        let comparison = compare_checked(&texts);
        assert!(comparison.groups.iter().all(|g| g.members.len() == 1));
    }
}

#[test]
fn one_account_alone_is_all_unique() {
    let comparison = compare_checked(&[STORY]);
    assert_eq!(comparison.accounts[0].sentences.len(), 3);
    assert!(comparison.groups.iter().all(|g| g.status == Status::Unique));
}

#[test]
fn too_many_accounts_are_refused_with_the_limit() {
    let texts = vec![STORY; MAX_ACCOUNTS + 1];
    let problem = check_inputs(&accounts(&texts), MAX_TOTAL_CHARS).unwrap_err();
    assert!(problem.to_string().contains(&MAX_ACCOUNTS.to_string()));
    assert_eq!(check_inputs(&accounts(&texts[..MAX_ACCOUNTS]), MAX_TOTAL_CHARS), Ok(()));
}

#[test]
fn the_same_text_twice_is_identical_throughout() {
    let comparison = compare_checked(&[STORY, STORY]);
    assert_eq!(comparison.groups.len(), 3);
    assert!(comparison.groups.iter().all(|g| g.status == Status::Identical && g.divergences.is_empty()));
}

#[test]
fn texts_with_nothing_in_common_stay_apart() {
    let other = "Quarterly profits at the chipmaker beat forecasts. Its shares closed higher in Tokyo.";
    let comparison = compare_checked(&[STORY, other]);
    assert!(comparison.groups.iter().all(|g| g.status == Status::Unique), "{:#?}", comparison.groups);
}

#[test]
fn a_long_line_without_punctuation_is_one_sentence() {
    let line = "word ".repeat(40_000);
    let comparison = compare_checked(&[&line, STORY]);
    assert_eq!(comparison.accounts[0].sentences.len(), 1);
    // Years, "ago" and "another" date the words after them or their clause: read in one pass,
    // however many a sentence holds.
    let line = "in 1990 some 40 homes burned two years ago and another fire ".repeat(8_000);
    let comparison = compare_checked(&[&line, STORY]);
    assert_eq!(comparison.accounts[0].sentences.len(), 1);
}

#[test]
fn binary_junk_and_nul_bytes() {
    let junk: String = (0u32..4000).filter_map(|i| char::from_u32((i * 7919) % 0x3000)).collect();
    compare_checked(&[&junk, "\0\0\0 NUL\0bytes. \u{1}\u{7f}", STORY]);
}

#[test]
fn right_to_left_scripts() {
    let arabic = "ارتفع منسوب النهر مترين خلال الليل. أغلقت المدارس في الوادي يوم الخميس؟ قال المحافظ إن 300 منزل غمرتها المياه.";
    let hebrew = "מפלס הנהר עלה בשני מטרים במהלך הלילה. בתי הספר בעמק נסגרו ביום חמישי.";
    let comparison = compare_checked(&[arabic, hebrew, arabic]);
    assert!(comparison.accounts[0].sentences.len() >= 3);
    assert!(comparison.groups.iter().any(|g| g.members.len() == 2), "the repeated Arabic text aligns");
}

#[test]
fn cjk_without_spaces() {
    let chinese = "河水一夜上涨两米。山谷里的学校周四停课。州长说有300所房屋被淹！";
    let japanese = "川の水位が一晩で2メートル上昇した。谷の学校は木曜日に休校となった。";
    let comparison = compare_checked(&[chinese, japanese, chinese]);
    assert_eq!(comparison.accounts[0].sentences.len(), 3);
}

#[test]
fn emoji_combining_marks_and_mixed_line_endings() {
    let text = "Cafe\u{301} owners 👩🏽‍🍳 reopened.\r\nThe street fair 🎉 returns in May.\rZalgo t\u{336}e\u{334}x\u{335}t here.\n";
    let comparison = compare_checked(&[text, "The street fair returns in May."]);
    assert!(comparison.groups.iter().any(|g| g.members.len() == 2));
}

#[test]
fn pasted_html_is_plain_text_to_the_engine() {
    let html = "<p>The river rose <b>two metres</b> overnight.</p><script>alert(1)</script><img src=x onerror=alert(2)>";
    let comparison = compare_checked(&[html, STORY]);
    let all: String = comparison.accounts[0].sentences.iter().map(|s| s.text.as_str()).collect();
    assert!(all.contains("<script>alert(1)</script>"), "markup is kept verbatim as text");
}

#[test]
fn a_five_megabyte_paste_is_compared() {
    let big = format!("{STORY} ").repeat(5_000_000 / STORY.len());
    assert!(big.len() >= 4_900_000);
    let comparison = compare_checked(&[&big, STORY]);
    assert!(comparison.accounts[0].sentences.len() > 90_000);
}
