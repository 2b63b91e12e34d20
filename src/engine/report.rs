//! Exports of a `Comparison` for people and other tools: JSON (the stable schema), Markdown,
//! CSV (one row per claim group, then one per fact row) and a standalone HTML report (one file,
//! inline CSS, no script, nothing fetched, every piece of user text HTML-escaped). Each export
//! carries the fact sheet ("Facts": slot, each account's value, verdict, explanation) when the
//! comparison has one, before the claim groups in the reports people read.

use super::model::{Comparison, FactRow, Group};

/// The comparison as pretty-printed `claimdiff.comparison/1` JSON.
pub fn to_json(comparison: &Comparison) -> String {
    serde_json::to_string_pretty(comparison).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

/// The non-zero status counts, e.g. "Conflicting 2, Unique 5" (shared by the Markdown and HTML reports).
fn status_summary(comparison: &Comparison) -> String {
    let counts: Vec<String> = comparison
        .status_counts()
        .into_iter()
        .filter(|&(_, n)| n > 0)
        .map(|(status, n)| format!("{} {n}", status.label()))
        .collect();
    counts.join(", ")
}

/// The comparison as a Markdown report: a summary, then one table row per claim group.
pub fn to_markdown(comparison: &Comparison) -> String {
    let mut out = String::from("# Claimdiff comparison\n\n");
    out.push_str(&format!("Claim groups: {}. {}.\n\n", comparison.groups.len(), status_summary(comparison)));
    let labels: Vec<String> = comparison.accounts.iter().map(|a| escape_cell(&a.label)).collect();
    if !comparison.facts.is_empty() {
        out.push_str(&format!("## Facts\n\n{}.\n\n", fact_summary(comparison)));
        out.push_str(&format!("| Fact | {} | Verdict | Explanation |\n", labels.join(" | ")));
        out.push_str(&format!("|---|{}---|---|\n", "---|".repeat(labels.len())));
        for row in &comparison.facts {
            let cells: Vec<String> =
                (0..comparison.accounts.len()).map(|a| escape_cell(&fact_value(row, a))).collect();
            out.push_str(&format!(
                "| {} | {} | {} | {} |\n",
                escape_cell(&row.slot),
                cells.join(" | "),
                row.verdict.label(),
                escape_cell(&row.explanation)
            ));
        }
        out.push_str("\n## Claim groups\n\n");
    }
    out.push_str(&format!("| # | Status | {} | Divergences |\n", labels.join(" | ")));
    out.push_str(&format!("|---|---|{}---|\n", "---|".repeat(labels.len())));
    let related = comparison.related_groups();
    for (row, group) in comparison.groups.iter().enumerate() {
        out.push_str(&markdown_row(comparison, row + 1, group, &related[row]));
    }
    out
}

fn markdown_row(comparison: &Comparison, number: usize, group: &Group, related: &[usize]) -> String {
    let cells: Vec<String> = (0..comparison.accounts.len())
        .map(|account| escape_cell(&member_text(comparison, group, account)))
        .collect();
    let mut divergences: Vec<String> = group
        .divergences
        .iter()
        .map(|d| {
            let weight = if d.material { "**material**" } else { "wording" };
            format!("{} ({weight}): {}", d.kind.label(), escape_cell(&d.summary))
        })
        .collect();
    divergences.extend(related_line(related));
    format!(
        "| {number} | {} | {} | {} |\n",
        group.status.label(),
        cells.join(" | "),
        divergences.join("<br>")
    )
}

/// The text of an account's sentences in a group, joined by spaces ("" when it is silent).
pub fn member_text(comparison: &Comparison, group: &Group, account: usize) -> String {
    group
        .members
        .iter()
        .filter(|m| m.account == account)
        .flat_map(|m| &m.sentences)
        .filter_map(|&s| comparison.accounts.get(account)?.sentences.get(s))
        .map(|s| s.text.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The fact rows' verdict counts, e.g. "Facts: 12 (Conflicting 1, Same 3, Reported by some 8)".
fn fact_summary(comparison: &Comparison) -> String {
    use super::model::FactVerdict;
    let counts: Vec<String> =
        [FactVerdict::Conflicting, FactVerdict::Compatible, FactVerdict::Same, FactVerdict::Partial]
            .iter()
            .map(|&v| (v, comparison.facts.iter().filter(|r| r.verdict == v).count()))
            .filter(|&(_, n)| n > 0)
            .map(|(v, n)| format!("{} {n}", v.label()))
            .collect();
    format!("Facts: {} ({})", comparison.facts.len(), counts.join(", "))
}

/// An account's value in a fact row: the value normalised, then the words as written ("" when
/// the account does not report the fact).
pub fn fact_value(row: &FactRow, account: usize) -> String {
    row.values
        .iter()
        .find(|v| v.account == account)
        .map(|v| if v.text == v.value { v.value.clone() } else { format!("{} (\"{}\")", v.value, v.text) })
        .unwrap_or_default()
}

fn escape_cell(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ").replace('|', "\\|")
}

/// The claim groups as CSV (RFC 4180: every field quoted, quotes doubled, CRLF line ends): the
/// row number, status, one column per account and the divergences.
pub fn to_csv(comparison: &Comparison) -> String {
    let mut header = vec!["claim".to_string(), "status".to_string()];
    header.extend(comparison.accounts.iter().map(|a| a.label.clone()));
    header.push("divergences".to_string());
    let mut out = csv_line(&header);
    let related = comparison.related_groups();
    for (row, group) in comparison.groups.iter().enumerate() {
        let mut fields = vec![(row + 1).to_string(), group.status.as_str().to_string()];
        fields.extend((0..comparison.accounts.len()).map(|a| member_text(comparison, group, a)));
        fields.push(group_notes(group, &related[row]).join("\n"));
        out.push_str(&csv_line(&fields));
    }
    if !comparison.facts.is_empty() {
        // The fact sheet: a second header, the same number of columns.
        let mut header = vec!["fact".to_string(), "verdict".to_string()];
        header.extend(comparison.accounts.iter().map(|a| a.label.clone()));
        header.push("explanation".to_string());
        out.push_str(&csv_line(&header));
        for row in &comparison.facts {
            let mut fields = vec![row.slot.clone(), row.verdict.as_str().to_string()];
            fields.extend((0..comparison.accounts.len()).map(|a| fact_value(row, a)));
            fields.push(row.explanation.clone());
            out.push_str(&csv_line(&fields));
        }
    }
    out
}

fn csv_line(fields: &[String]) -> String {
    let quoted: Vec<String> = fields.iter().map(|f| format!("\"{}\"", f.replace('"', "\"\""))).collect();
    format!("{}\r\n", quoted.join(","))
}

/// "Number (material): …" for each divergence of a group, then where else its claims are
/// reported.
fn group_notes(group: &Group, related: &[usize]) -> Vec<String> {
    let mut notes: Vec<String> = group
        .divergences
        .iter()
        .map(|d| {
            let weight = if d.material { "material" } else { "wording" };
            format!("{} ({weight}): {}", d.kind.label(), d.summary)
        })
        .collect();
    notes.extend(related_line(related));
    notes
}

/// "Also reported in claim 3, 7." for a group with related links to other groups (numbered
/// from 1, as the reports number them).
pub fn related_line(related: &[usize]) -> Option<String> {
    let numbers: Vec<String> = related.iter().map(|g| (g + 1).to_string()).collect();
    let noun = if numbers.len() == 1 { "claim" } else { "claims" };
    (!numbers.is_empty()).then(|| format!("Also reported in {noun} {}.", numbers.join(", ")))
}

/// Escapes text for HTML element content and quoted attribute values.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

const HTML_STYLE: &str = "body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:80rem;padding:0 1rem;\
color:#1b1b1b;background:#fff}table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;\
padding:.4rem .6rem;vertical-align:top;text-align:left}thead th{background:#f0efeb}td.silent{color:#666;\
font-style:italic}.st{font-weight:700;white-space:nowrap}tr[data-status=conflicting] .st{color:#a33f00}\
ul{margin:.3rem 0;padding-left:1.2rem}@media (prefers-color-scheme:dark){body{background:#141518;\
color:#ebe9e4}thead th{background:#25282d}th,td{border-color:#3a3e45}tr[data-status=conflicting] .st{color:#ff9a57}}";

/// A standalone HTML report: summary, then the claim table with each row's divergences. One
/// file with inline CSS and no script or external reference, so it opens offline anywhere.
pub fn to_html(comparison: &Comparison) -> String {
    let mut out = String::from("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str("<title>Claimdiff comparison</title>\n<style>");
    out.push_str(HTML_STYLE);
    out.push_str("</style>\n</head>\n<body>\n<h1>Claimdiff comparison</h1>\n");
    out.push_str(&format!(
        "<p>{} claim groups across {} accounts. {}.</p>\n",
        comparison.groups.len(),
        comparison.accounts.len(),
        status_summary(comparison)
    ));
    if !comparison.facts.is_empty() {
        out.push_str(&html_facts(comparison));
        out.push_str("<h2>Claim groups</h2>\n");
    }
    out.push_str("<table>\n<thead><tr><th scope=\"col\">#</th><th scope=\"col\">Status</th>");
    for account in &comparison.accounts {
        out.push_str(&format!("<th scope=\"col\">{}</th>", escape_html(&account.label)));
    }
    out.push_str("<th scope=\"col\">Divergences</th></tr></thead>\n<tbody>\n");
    let related = comparison.related_groups();
    for (row, group) in comparison.groups.iter().enumerate() {
        out.push_str(&html_row(comparison, row + 1, group, &related[row]));
    }
    out.push_str(
        "</tbody>\n</table>\n<p>Made with Claimdiff. It highlights differences for a human to check; \
it does not decide which account is right.</p>\n</body>\n</html>\n",
    );
    out
}

/// The fact sheet as an HTML section: one row per fact, a cell per account.
fn html_facts(comparison: &Comparison) -> String {
    let mut out = format!(
        "<h2>Facts</h2>\n<p>{}.</p>\n<table>\n<thead><tr><th scope=\"col\">Fact</th>",
        escape_html(&fact_summary(comparison))
    );
    for account in &comparison.accounts {
        out.push_str(&format!("<th scope=\"col\">{}</th>", escape_html(&account.label)));
    }
    out.push_str("<th scope=\"col\">Verdict</th><th scope=\"col\">Explanation</th></tr></thead>\n<tbody>\n");
    for row in &comparison.facts {
        out.push_str(&format!(
            "<tr data-status=\"{}\"><th scope=\"row\">{}</th>",
            row.verdict.as_str(),
            escape_html(&row.slot)
        ));
        for account in 0..comparison.accounts.len() {
            let value = fact_value(row, account);
            if value.is_empty() {
                out.push_str("<td class=\"silent\">not reported</td>");
            } else {
                out.push_str(&format!("<td>{}</td>", escape_html(&value)));
            }
        }
        out.push_str(&format!(
            "<td class=\"st\">{}</td><td>{}</td></tr>\n",
            row.verdict.label(),
            escape_html(&row.explanation)
        ));
    }
    out.push_str("</tbody>\n</table>\n");
    out
}

fn html_row(comparison: &Comparison, number: usize, group: &Group, related: &[usize]) -> String {
    let mut row = format!(
        "<tr data-status=\"{}\"><th scope=\"row\">{number}</th><td class=\"st\">{}</td>",
        group.status.as_str(),
        group.status.label()
    );
    for account in 0..comparison.accounts.len() {
        let text = member_text(comparison, group, account);
        if text.is_empty() {
            row.push_str("<td class=\"silent\">not reported</td>");
        } else {
            row.push_str(&format!("<td>{}</td>", escape_html(&text)));
        }
    }
    let items: String =
        group_notes(group, related).iter().map(|line| format!("<li>{}</li>", escape_html(line))).collect();
    if items.is_empty() {
        row.push_str("<td></td></tr>\n");
    } else {
        row.push_str(&format!("<td><ul>{items}</ul></td></tr>\n"));
    }
    row
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{compare, AccountInput, Options};

    fn hostile() -> Comparison {
        let accounts = [
            AccountInput {
                label: "<script>alert(1)</script>".into(),
                text: "He said \"12 people\" were hurt. <img src=x onerror='boom()'> happened.".into(),
            },
            AccountInput { label: "B, \"quoted\"".into(), text: "He said \"15 people\" were hurt.".into() },
        ];
        compare(&accounts, &Options::default())
    }

    #[test]
    fn html_report_escapes_user_text() {
        let html = to_html(&hostile());
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(html.contains("&quot;12 people&quot;"));
        assert!(html.contains("onerror=&#39;boom()&#39;"));
        assert!(!html.contains("http"), "no external reference");
    }

    #[test]
    fn escape_html_covers_markup_and_quotes() {
        assert_eq!(
            escape_html(r#"<a href="x">'&'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
    }

    #[test]
    fn csv_quotes_every_field_and_doubles_quotes() {
        let csv = to_csv(&hostile());
        let header = csv.lines().next().unwrap();
        assert_eq!(header, r#""claim","status","<script>alert(1)</script>","B, ""quoted""","divergences""#);
        assert!(csv.contains(r#""He said ""15 people"" were hurt.""#), "{csv}");
        assert!(csv.ends_with("\r\n"));
        let cmp = hostile();
        let fact_lines = if cmp.facts.is_empty() { 0 } else { 1 + cmp.facts.len() };
        assert_eq!(csv.matches("\r\n").count(), 1 + cmp.groups.len() + fact_lines);
    }

    fn with_facts() -> Comparison {
        let accounts = [
            AccountInput {
                label: "<b>Wire</b>".into(),
                text:
                    "The talks lasted more than two hours. <i>Officials</i> said it went \"very, very well\"."
                        .into(),
            },
            AccountInput { label: "Desk".into(), text: "The talks lasted 90 minutes.".into() },
        ];
        compare(&accounts, &Options::default())
    }

    #[test]
    fn exports_carry_the_fact_sheet() {
        let cmp = with_facts();
        let row = cmp.facts.iter().find(|r| r.slot == "length of the talks").expect("the talks' length");
        assert_eq!(row.verdict, crate::engine::FactVerdict::Conflicting);
        let markdown = to_markdown(&cmp);
        assert!(markdown.contains("## Facts"), "{markdown}");
        assert!(markdown.contains("| length of the talks | over 2 hours (\"more than two hours\") | 1.5 hours (\"90 minutes\") | Conflicting |"), "{markdown}");
        let csv = to_csv(&cmp);
        assert!(csv.contains("\"fact\",\"verdict\",\"<b>Wire</b>\",\"Desk\",\"explanation\"\r\n"), "{csv}");
        assert!(csv.contains("\"length of the talks\",\"conflicting\""), "{csv}");
        let html = to_html(&cmp);
        assert!(html.contains("<h2>Facts</h2>"), "{html}");
        assert!(!html.contains("<b>") && !html.contains("<i>"), "{html}");
        assert!(html.contains("&lt;b&gt;Wire&lt;/b&gt;"), "{html}");
    }

    /// Three unrelated claims in two accounts, and a related link from the first account's first
    /// sentence to wherever the second account's third sentence was grouped.
    fn with_related_link() -> (Comparison, usize, usize) {
        let accounts = [
            AccountInput {
                label: "North".into(),
                text:
                    "The ferry left port at dawn. Gulls circled the harbour. A bakery opened on Main Street."
                        .into(),
            },
            AccountInput {
                label: "South".into(),
                text:
                    "Gulls circled the harbour. A bakery opened on Main Street. The ferry left port at dawn."
                        .into(),
            },
        ];
        let mut cmp = compare(&accounts, &Options::default());
        let group_of = |account: usize, sentence: usize| {
            cmp.groups
                .iter()
                .position(|g| {
                    g.members.iter().any(|m| m.account == account && m.sentences.contains(&sentence))
                })
                .unwrap()
        };
        let (from, to) = (group_of(0, 1), group_of(1, 1));
        assert_ne!(from, to, "{:?}", cmp.groups);
        let link = |account, sentence| crate::engine::model::SentenceRef { account, sentence };
        cmp.related = vec![
            crate::engine::model::Related { members: vec![link(0, 1), link(1, 1)], score: 0.5 },
            // The same pair of groups again, a link inside one group, and one to no sentence.
            crate::engine::model::Related { members: vec![link(0, 1), link(1, 1)], score: 0.4 },
            crate::engine::model::Related { members: vec![link(0, 0), link(1, 2)], score: 0.9 },
            crate::engine::model::Related { members: vec![link(0, 2), link(1, 99)], score: 0.9 },
        ];
        (cmp, from, to)
    }

    #[test]
    fn sentence_groups_name_the_group_holding_each_sentence() {
        let (cmp, _, _) = with_related_link();
        let groups = cmp.sentence_groups();
        assert_eq!(groups.len(), cmp.accounts.len());
        for (account, sentences) in groups.iter().enumerate() {
            assert_eq!(sentences.len(), cmp.accounts[account].sentences.len());
            for (sentence, group) in sentences.iter().enumerate() {
                let holder = group.and_then(|g| cmp.groups.get(g));
                let holds = |g: &Group| {
                    g.members.iter().any(|m| m.account == account && m.sentences.contains(&sentence))
                };
                assert!(holder.is_some_and(holds), "account {account} sentence {sentence}: {group:?}");
            }
        }
    }

    #[test]
    fn related_groups_pair_distinct_groups_both_ways_once() {
        let (cmp, from, to) = with_related_link();
        let related = cmp.related_groups();
        assert_eq!(related.len(), cmp.groups.len());
        for (group, others) in related.iter().enumerate() {
            let expected = if group == from {
                vec![to]
            } else if group == to {
                vec![from]
            } else {
                vec![]
            };
            assert_eq!(*others, expected, "group {group}");
        }
    }

    #[test]
    fn exports_say_where_else_a_claim_is_reported() {
        let (cmp, from, to) = with_related_link();
        let line = format!("Also reported in claim {}.", to + 1);
        let back = format!("Also reported in claim {}.", from + 1);
        for (name, text) in [("markdown", to_markdown(&cmp)), ("csv", to_csv(&cmp)), ("html", to_html(&cmp))]
        {
            assert!(text.contains(&line) && text.contains(&back), "{name}: {text}");
            assert_eq!(text.matches("Also reported in").count(), 2, "{name}: {text}");
        }
        assert_eq!(related_line(&[2, 6]).as_deref(), Some("Also reported in claims 3, 7."));
        assert_eq!(related_line(&[]), None);
    }
}
