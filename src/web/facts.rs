//! The fact sheet view: every number, duration, date and quote the engine lined up across the
//! accounts (`Comparison::facts`), one row per fact, conflicts first. Each value links to the
//! claim row of the sentence it stands in; a row's pairwise verdicts and a quote's word diff are
//! one click away.

use yew::prelude::*;

use super::results::row_link;
use crate::engine::{Comparison, DiffToken, FactRow, FactValue, FactVerdict, WordOp};

/// The fact sheet of a comparison; `on_go` is called with a claim group's index to show its row
/// in the claim table. A function, not a component: it keeps no state (a component carries its
/// own copy of yew's lifecycle code), and a table of facts renders again with its parent in
/// well under a frame.
pub fn fact_sheet(comparison: &Comparison, on_go: &Callback<usize>) -> Html {
    if comparison.facts.is_empty() {
        return html! {
            <p class="empty-state" id="facts-empty">
                { "No number, duration, date or quote was found in these accounts." }
            </p>
        };
    }
    let conflicts = comparison.facts.iter().filter(|f| f.verdict == FactVerdict::Conflicting).count();
    let headers = comparison.accounts.iter().map(|a| html! { <th scope="col">{ a.label.clone() }</th> });
    let rows =
        comparison.facts.iter().enumerate().map(|(index, fact)| fact_row(comparison, index, fact, on_go));
    html! {
        <div class="fact-sheet">
            <p class="facts-count" id="facts-count">{ facts_count(comparison.facts.len(), conflicts) }</p>
            <div class="table-wrap" role="region" aria-labelledby="facts-caption" tabindex="0">
                <table class="results-table facts-table" id="facts-table">
                    <caption id="facts-caption" class="visually-hidden">
                        { "Facts lined up across the accounts, conflicts first" }
                    </caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "Fact" }</th>
                            { for headers }
                            <th scope="col">{ "Verdict" }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        </div>
    }
}

fn facts_count(facts: usize, conflicts: usize) -> String {
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    match conflicts {
        0 => format!("{} lined up across the accounts; none conflicts.", plural(facts, "fact")),
        n => format!(
            "{} lined up across the accounts; {} first.",
            plural(facts, "fact"),
            plural(n, "conflict")
        ),
    }
}

/// The element id of fact row `index` (0-based).
pub fn fact_id(index: usize) -> String {
    format!("fact-{}", index + 1)
}

fn fact_row(comparison: &Comparison, index: usize, fact: &FactRow, on_go: &Callback<usize>) -> Html {
    let cells = (0..comparison.accounts.len()).map(|account| {
        match fact.values.iter().find(|v| v.account == account) {
            Some(value) => html! { <td class="fact-value">{ value_link(comparison, value, on_go) }</td> },
            None => html! { <td class="fact-missing"><span aria-label="not reported">{ "—" }</span></td> },
        }
    });
    html! {
        <tr class="fact-row" id={fact_id(index)} data-verdict={fact.verdict.as_str()} data-kind={fact.kind.as_str()}>
            <th scope="row" class="fact-slot">
                <span class="fact-kind">{ fact.kind.as_str() }</span>
                { fact.slot.clone() }
            </th>
            { for cells }
            <td class="fact-verdict">
                { verdict_badge(fact.verdict) }
                <p class="fact-explanation">{ fact.explanation.clone() }</p>
                { details(comparison, fact) }
            </td>
        </tr>
    }
}

/// A value as written, a link to the claim row of its sentence.
fn value_link(comparison: &Comparison, value: &FactValue, on_go: &Callback<usize>) -> Html {
    let text = html! {
        <>
            <span class="fact-text">{ value.text.clone() }</span>
            if value.value != value.text {
                <span class="fact-normalised">{ value.value.clone() }</span>
            }
        </>
    };
    match group_of(comparison, value.account, value.sentence) {
        Some(group) => row_link(group, Some(on_go), text),
        None => text,
    }
}

/// The claim group that holds sentence `sentence` of account `account`.
fn group_of(comparison: &Comparison, account: usize, sentence: usize) -> Option<usize> {
    comparison
        .groups
        .iter()
        .position(|g| g.members.iter().any(|m| m.account == account && m.sentences.contains(&sentence)))
}

/// The pairwise verdicts (when there are more than one pair) and a quote's word diff.
fn details(comparison: &Comparison, fact: &FactRow) -> Html {
    if fact.pairs.len() < 2 && fact.diff.is_empty() {
        return html! {};
    }
    let label =
        |account: usize| comparison.accounts.get(account).map(|a| a.label.clone()).unwrap_or_default();
    let pairs = fact.pairs.iter().map(|pair| {
        html! {
            <li data-verdict={pair.verdict.as_str()}>
                <strong>{ format!("{} – {}: ", label(pair.a), label(pair.b)) }</strong>
                { format!("{}. {}", pair.verdict.label(), pair.explanation) }
            </li>
        }
    });
    html! {
        <details class="fact-details">
            <summary>{ if fact.diff.is_empty() { "Between accounts" } else { "Wording and accounts" } }</summary>
            if !fact.diff.is_empty() {
                <p class="fact-diff">{ for fact.diff.iter().map(diff_token) }</p>
            }
            if fact.pairs.len() > 1 {
                <ul class="fact-pairs">{ for pairs }</ul>
            }
        </details>
    }
}

fn diff_token(token: &DiffToken) -> Html {
    match token.op {
        WordOp::Same => html! { <span>{ token.text.clone() }</span> },
        WordOp::Removed => html! {
            <del><span class="visually-hidden">{ "[removed: " }</span>{ token.text.clone() }
                <span class="visually-hidden">{ "]" }</span></del>
        },
        WordOp::Added => html! {
            <ins><span class="visually-hidden">{ "[added: " }</span>{ token.text.clone() }
                <span class="visually-hidden">{ "]" }</span></ins>
        },
    }
}

/// A verdict badge: icon (hidden from screen readers) and label, styled like the status badges.
pub fn verdict_badge(verdict: FactVerdict) -> Html {
    let (icon, status) = match verdict {
        FactVerdict::Conflicting => ("≠", "conflicting"),
        FactVerdict::Compatible => ("≈", "paraphrase"),
        FactVerdict::Same => ("=", "identical"),
        FactVerdict::Partial => ("◐", "partial"),
    };
    html! {
        <span class="status-badge" data-status={status}>
            <span class="status-icon" aria-hidden="true">{ icon }</span>
            <span class="status-label">{ verdict.label() }</span>
        </span>
    }
}
