//! Exports of a `Comparison` for people and other tools: JSON (the stable schema), Markdown,
//! CSV (one row per claim group) and a standalone HTML report (one file, inline CSS, no script,
//! nothing fetched, every piece of user text HTML-escaped).

use super::model::{Comparison, Group};

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
    out.push_str(&format!("| # | Status | {} | Divergences |\n", labels.join(" | ")));
    out.push_str(&format!("|---|---|{}---|\n", "---|".repeat(labels.len())));
    for (row, group) in comparison.groups.iter().enumerate() {
        out.push_str(&markdown_row(comparison, row + 1, group));
    }
    out
}

fn markdown_row(comparison: &Comparison, number: usize, group: &Group) -> String {
    let cells: Vec<String> = (0..comparison.accounts.len())
        .map(|account| escape_cell(&member_text(comparison, group, account)))
        .collect();
    let divergences: Vec<String> = group
        .divergences
        .iter()
        .map(|d| {
            let weight = if d.material { "**material**" } else { "wording" };
            format!("{} ({weight}): {}", d.kind.label(), escape_cell(&d.summary))
        })
        .collect();
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
    for (row, group) in comparison.groups.iter().enumerate() {
        let mut fields = vec![(row + 1).to_string(), group.status.as_str().to_string()];
        fields.extend((0..comparison.accounts.len()).map(|a| member_text(comparison, group, a)));
        fields.push(divergence_lines(group).join("\n"));
        out.push_str(&csv_line(&fields));
    }
    out
}

fn csv_line(fields: &[String]) -> String {
    let quoted: Vec<String> = fields.iter().map(|f| format!("\"{}\"", f.replace('"', "\"\""))).collect();
    format!("{}\r\n", quoted.join(","))
}

/// "Number (material): …" for each divergence of a group.
fn divergence_lines(group: &Group) -> Vec<String> {
    group
        .divergences
        .iter()
        .map(|d| {
            let weight = if d.material { "material" } else { "wording" };
            format!("{} ({weight}): {}", d.kind.label(), d.summary)
        })
        .collect()
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
    out.push_str("<table>\n<thead><tr><th scope=\"col\">#</th><th scope=\"col\">Status</th>");
    for account in &comparison.accounts {
        out.push_str(&format!("<th scope=\"col\">{}</th>", escape_html(&account.label)));
    }
    out.push_str("<th scope=\"col\">Divergences</th></tr></thead>\n<tbody>\n");
    for (row, group) in comparison.groups.iter().enumerate() {
        out.push_str(&html_row(comparison, row + 1, group));
    }
    out.push_str(
        "</tbody>\n</table>\n<p>Made with Claimdiff. It highlights differences for a human to check; \
it does not decide which account is right.</p>\n</body>\n</html>\n",
    );
    out
}

fn html_row(comparison: &Comparison, number: usize, group: &Group) -> String {
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
        divergence_lines(group).iter().map(|line| format!("<li>{}</li>", escape_html(line))).collect();
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
        assert_eq!(csv.matches("\r\n").count(), 1 + hostile().groups.len());
    }
}
