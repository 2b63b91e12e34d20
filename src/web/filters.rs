//! The claim table's filters (status, divergence type, material only, account, text search)
//! and the bar that edits them. The "Divergences only" switch stays in the summary.

use serde::{Deserialize, Serialize};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::engine::case;
use crate::engine::report::member_text;
use crate::engine::{Comparison, DivergenceType, Group, Status};

/// What the claim table shows; the default shows everything.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Filters {
    pub status: Option<Status>,
    pub kind: Option<DivergenceType>,
    pub material_only: bool,
    /// Only claims this account makes (an index into the comparison's accounts).
    pub account: Option<usize>,
    /// Only claims whose text contains this (case-insensitive).
    pub search: String,
}

impl Filters {
    /// Does `group` pass every filter?
    pub fn matches(&self, comparison: &Comparison, group: &Group) -> bool {
        let kind_ok = |material_needed: bool| {
            group
                .divergences
                .iter()
                .any(|d| self.kind.is_none_or(|k| d.kind == k) && (!material_needed || d.material))
        };
        let needs_divergence = self.kind.is_some() || self.material_only;
        self.status.is_none_or(|s| group.status == s)
            && (!needs_divergence || kind_ok(self.material_only))
            && self.account.is_none_or(|a| group.members.iter().any(|m| m.account == a))
            && (self.search.trim().is_empty() || self.text_matches(comparison, group))
    }

    fn text_matches(&self, comparison: &Comparison, group: &Group) -> bool {
        let needle = case::lower(self.search.trim());
        group
            .members
            .iter()
            .any(|m| case::lower(&member_text(comparison, group, m.account)).contains(&needle))
    }

    /// Is any filter set?
    pub fn is_active(&self) -> bool {
        *self != Filters::default()
    }
}

/// A `<select>` that reads back the index of the chosen option (0 = "all").
fn select(id: &'static str, label: &'static str, options: Vec<(String, bool)>, on: Callback<usize>) -> Html {
    let onchange =
        on.reform(|e: Event| e.target_unchecked_into::<HtmlSelectElement>().selected_index() as usize);
    html! {
        <label class="filter-field" for={id}>
            <span class="filter-name">{ label }</span>
            <select {id} {onchange}>
                { for options.into_iter().enumerate().map(|(i, (text, selected))| html! {
                    <option value={i.to_string()} {selected}>{ text }</option>
                }) }
            </select>
        </label>
    }
}

/// The filter controls above the claim table (a function, not a component: it keeps no state).
pub fn filter_bar(comparison: &Comparison, filters: &Filters, on_change: &Callback<Filters>) -> Html {
    let update = |change: fn(&mut Filters, usize)| {
        let (filters, on_change) = (filters.clone(), on_change.clone());
        Callback::from(move |index: usize| {
            let mut next = filters.clone();
            change(&mut next, index);
            on_change.emit(next);
        })
    };
    let statuses = std::iter::once(("All statuses".to_string(), filters.status.is_none()))
        .chain(Status::ALL.iter().map(|&s| (s.label().to_string(), filters.status == Some(s))))
        .collect();
    let kinds = std::iter::once(("All types".to_string(), filters.kind.is_none()))
        .chain(DivergenceType::ALL.iter().map(|&k| (k.label().to_string(), filters.kind == Some(k))))
        .collect();
    let accounts = std::iter::once(("All accounts".to_string(), filters.account.is_none()))
        .chain(
            comparison
                .accounts
                .iter()
                .enumerate()
                .map(|(i, a)| (a.label.clone(), filters.account == Some(i))),
        )
        .collect();
    let on_material = {
        let (filters, on_change) = (filters.clone(), on_change.clone());
        Callback::from(move |e: Event| {
            let material_only = e.target_unchecked_into::<HtmlInputElement>().checked();
            on_change.emit(Filters { material_only, ..filters.clone() });
        })
    };
    let on_search = {
        let (filters, on_change) = (filters.clone(), on_change.clone());
        Callback::from(move |e: InputEvent| {
            let search = e.target_unchecked_into::<HtmlInputElement>().value();
            on_change.emit(Filters { search, ..filters.clone() });
        })
    };
    let on_reset = on_change.reform(|_: MouseEvent| Filters::default());

    html! {
        <div class="filter-bar" role="group" aria-label="Filter the claim table">
            { select("filter-status", "Status", statuses, update(|f, i| f.status = i.checked_sub(1).map(|i| Status::ALL[i]))) }
            { select("filter-type", "Divergence", kinds, update(|f, i| f.kind = i.checked_sub(1).map(|i| DivergenceType::ALL[i]))) }
            { select("filter-account", "Account", accounts, update(|f, i| f.account = i.checked_sub(1))) }
            <label class="filter-check" for="filter-material">
                <input type="checkbox" id="filter-material" checked={filters.material_only} onchange={on_material} />
                { " Material only" }
            </label>
            <label class="filter-field filter-search" for="filter-search">
                <span class="filter-name">{ "Search" }</span>
                <input type="search" id="filter-search" value={filters.search.clone()} oninput={on_search}
                    placeholder="Words in any account" autocomplete="off" />
            </label>
            if filters.is_active() {
                <button type="button" id="filter-reset" class="secondary" onclick={on_reset}>{ "Reset filters" }</button>
            }
        </div>
    }
}
