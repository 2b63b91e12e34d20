//! Exports of a `Comparison` for people and other tools: JSON (the stable schema) and Markdown.

use super::model::{Comparison, Group};

/// The comparison as pretty-printed `claimdiff.comparison/1` JSON.
pub fn to_json(comparison: &Comparison) -> String {
    serde_json::to_string_pretty(comparison).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

/// The comparison as a Markdown report: a summary, then one table row per claim group.
pub fn to_markdown(comparison: &Comparison) -> String {
    let mut out = String::from("# Claimdiff comparison\n\n");
    let counts: Vec<String> = comparison
        .status_counts()
        .into_iter()
        .filter(|&(_, n)| n > 0)
        .map(|(status, n)| format!("{} {n}", status.label()))
        .collect();
    out.push_str(&format!("Claim groups: {}. {}.\n\n", comparison.groups.len(), counts.join(", ")));
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
