//! The result views and the tab list that switches between them (WAI-ARIA tabs: arrow keys,
//! Home and End move between tabs; the chosen view is saved with the workspace).

use serde::{Deserialize, Serialize};
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};
use yew::prelude::*;

use crate::engine::{Comparison, FactVerdict};

/// A way of looking at a comparison.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum View {
    Facts,
    Overview,
    #[default]
    Table,
    SideBySide,
    Source,
}

impl View {
    pub const ALL: [View; 5] = [View::Facts, View::Overview, View::Table, View::SideBySide, View::Source];

    /// The view shown until the user picks one: the fact sheet when facts conflict (the first
    /// thing a fact-checker asks), else the claim table.
    pub fn automatic(comparison: &Comparison) -> View {
        let conflicts = comparison.facts.iter().any(|f| f.verdict == FactVerdict::Conflicting);
        if conflicts {
            View::Facts
        } else {
            View::Table
        }
    }

    /// Used in element ids and the tabs' `data-view`.
    pub fn id(self) -> &'static str {
        match self {
            View::Facts => "facts",
            View::Overview => "overview",
            View::Table => "table",
            View::SideBySide => "side-by-side",
            View::Source => "source",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            View::Facts => "Facts",
            View::Overview => "Overview",
            View::Table => "Claim table",
            View::SideBySide => "Side by side",
            View::Source => "Source",
        }
    }

    /// The id of the tab panel that shows this view.
    pub fn panel_id(self) -> String {
        format!("panel-{}", self.id())
    }

    /// The id of this view's tab.
    pub fn tab_id(self) -> String {
        format!("tab-{}", self.id())
    }
}

/// The tab list (a function, not a component: it keeps no state, and a component costs bundle
/// bytes).
pub fn view_tabs(current: View, on_change: &Callback<View>) -> Html {
    let position = View::ALL.iter().position(|&v| v == current).unwrap_or(0);
    let on_key = {
        let on_change = on_change.clone();
        Callback::from(move |e: KeyboardEvent| {
            let last = View::ALL.len() - 1;
            let next = match e.key().as_str() {
                "ArrowRight" => (position + 1) % View::ALL.len(),
                "ArrowLeft" => position.checked_sub(1).unwrap_or(last),
                "Home" => 0,
                "End" => last,
                _ => return,
            };
            e.prevent_default();
            let view = View::ALL[next];
            on_change.emit(view);
            if let Some(tab) = gloo::utils::document().get_element_by_id(&view.tab_id()) {
                let _ = tab.unchecked_into::<HtmlElement>().focus();
            }
        })
    };
    let tabs = View::ALL.iter().map(|&view| {
        let selected = view == current;
        let onclick = on_change.reform(move |_: MouseEvent| view);
        html! {
            <button
                type="button"
                role="tab"
                id={view.tab_id()}
                class="view-tab"
                data-view={view.id()}
                aria-selected={selected.to_string()}
                aria-controls={selected.then(|| view.panel_id())}
                tabindex={if selected { "0" } else { "-1" }}
                {onclick}
            >
                { view.label() }
            </button>
        }
    });
    html! {
        <div class="view-tabs" role="tablist" aria-label="Result views" onkeydown={on_key}>{ for tabs }</div>
    }
}
