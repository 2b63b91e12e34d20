//! The summary bar above the results: how many claim groups have each status, how many
//! divergences of each type (and how many are material), and the "Divergences only" filter.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::results::status_badge;
use crate::engine::{Comparison, Status};

/// What each status means, shown as a tooltip on its count.
fn status_help(status: Status) -> &'static str {
    match status {
        Status::Identical => "Every account says it in the same words.",
        Status::Minor => "Every account says it; only small wording changes.",
        Status::Paraphrase => "Every account says it in different words, with no material divergence.",
        Status::Conflicting => "The accounts that say it disagree on something material.",
        Status::Partial => "Several accounts say it; others are silent.",
        Status::Unique => "Only one account says it.",
    }
}

/// Counts per status and per divergence type, and the filter toggle.
/// A function, not a component: it keeps no state.
pub fn summary(
    comparison: &Comparison,
    divergences_only: bool,
    on_divergences_only: &Callback<bool>,
) -> Html {
    let statuses = comparison.status_counts().into_iter().map(|(status, count)| {
        html! {
            <li class="status-count" data-status={status.as_str()} title={status_help(status)}>
                { status_badge(status) }
                <span class="count">{ count }</span>
            </li>
        }
    });
    let types: Vec<Html> = comparison
        .divergence_counts()
        .into_iter()
        .filter(|&(_, all, _)| all > 0)
        .map(|(kind, all, material)| {
            html! {
                <li class="type-count" data-type={kind.as_str()}>
                    <span class="divergence-type" data-type={kind.as_str()}>{ kind.label() }</span>
                    <span class="count">{ all }</span>
                    <span class="material">
                        { "(" }<span class="material-count">{ material }</span>{ " material)" }
                    </span>
                </li>
            }
        })
        .collect();
    let on_change =
        on_divergences_only.reform(|e: Event| e.target_unchecked_into::<HtmlInputElement>().checked());

    html! {
        <section id="summary" aria-labelledby="summary-title">
            <h3 id="summary-title" class="visually-hidden">{ "Summary" }</h3>
            <p class="summary-total">
                { format!(
                    "{} claim groups across {} accounts.",
                    comparison.groups.len(),
                    comparison.accounts.len()
                ) }
            </p>
            <div class="summary-line">
                <span class="summary-heading" id="summary-statuses">{ "Claims" }</span>
                <ul class="status-counts" aria-labelledby="summary-statuses">{ for statuses }</ul>
            </div>
            <div class="summary-line">
                <span class="summary-heading" id="summary-types">{ "Divergences" }</span>
                if types.is_empty() {
                    <p class="type-counts-empty">{ "None found." }</p>
                } else {
                    <ul class="type-counts" aria-labelledby="summary-types">{ for types }</ul>
                }
            </div>
            <label class="filter">
                <input
                    type="checkbox"
                    id="divergences-only"
                    checked={divergences_only}
                    onchange={on_change}
                />
                { " Divergences only" }
                <span class="filter-hint">{ " (hide identical, minor-wording and paraphrase rows)" }</span>
            </label>
        </section>
    }
}
