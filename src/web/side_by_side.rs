//! Side by side: two accounts' full texts in reading order. Each sentence is a button; pointing
//! at or focusing one lights up its counterpart in the other text and scrolls it into view, and
//! pressing it opens its row in the claim table. Sentences related to it (a claim shared across
//! groups: a headline and the body sentences it sums up) are outlined. Divergent words are
//! marked in place, and sentences the other account does not share are marked as such, or as
//! related when they share a claim with one of its sentences in another group.

use web_sys::{HtmlSelectElement, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

use super::results::sentence_html;
use super::snapshot::Snapshot;
use crate::engine::Comparison;

#[derive(Properties, PartialEq)]
pub struct SideBySideProps {
    pub comparison: Snapshot<Comparison>,
    /// The two accounts shown (indices into the comparison's accounts).
    pub pair: (usize, usize),
    pub on_pair: Callback<(usize, usize)>,
    /// Called with a claim group's index to show its row in the claim table.
    pub on_go: Callback<usize>,
}

#[function_component(SideBySide)]
pub fn side_by_side(props: &SideBySideProps) -> Html {
    let comparison = &*props.comparison;
    let count = comparison.accounts.len();
    let (a, b) = props.pair;
    let (a, b) = if a < count && b < count && a != b { (a, b) } else { (0, 1.min(count.saturating_sub(1))) };
    let active = use_state(|| None::<usize>);
    let groups = use_memo(props.comparison.clone(), |c| c.sentence_groups());
    let related = comparison.related_groups();
    let has_member_of = |g: usize, account: usize| {
        comparison.groups.get(g).is_some_and(|gr| gr.members.iter().any(|m| m.account == account))
    };

    let chooser = |side: usize, id: &'static str, label: &'static str| {
        let on_pair = props.on_pair.clone();
        let onchange = Callback::from(move |e: Event| {
            let chosen = e.target_unchecked_into::<HtmlSelectElement>().selected_index() as usize;
            let pair = match side {
                0 if chosen == b => (b, a),
                0 => (chosen, b),
                _ if chosen == a => (b, a),
                _ => (a, chosen),
            };
            on_pair.emit(pair);
        });
        let current = if side == 0 { a } else { b };
        html! {
            <label class="filter-field" for={id}>
                <span class="filter-name">{ label }</span>
                <select {id} {onchange}>
                    { for comparison.accounts.iter().enumerate().map(|(i, acc)| html! {
                        <option value={i.to_string()} selected={i == current}>{ acc.label.clone() }</option>
                    }) }
                </select>
            </label>
        }
    };

    let column = |side: usize, account: usize, other: usize| {
        let label = &comparison.accounts[account].label;
        let other_label = &comparison.accounts[other].label;
        let sentences = comparison.accounts[account].sentences.iter().enumerate().map(|(i, sentence)| {
            let g = groups[account].get(i).copied().flatten().unwrap_or(usize::MAX);
            let group = comparison.groups.get(g);
            let linked = has_member_of(g, other);
            let related_here = related.get(g).map_or(&[][..], Vec::as_slice);
            // The group whose sentence to show in the other column: this one's, or else the
            // first related group there.
            let counterpart = if linked {
                Some(g)
            } else {
                related_here.iter().copied().find(|&h| has_member_of(h, other))
            };
            let related_to_active = active.is_some_and(|a| a != g && related_here.contains(&a));
            let hover = {
                let active = active.clone();
                move || {
                    active.set(Some(g));
                    if let Some(shown) = counterpart {
                        reveal_counterpart(1 - side, shown);
                    }
                }
            };
            let (on_enter, on_focus) = {
                let h = hover.clone();
                (Callback::from(move |_: MouseEvent| h()), Callback::from(move |_: FocusEvent| hover()))
            };
            let onclick = props.on_go.reform(move |_: MouseEvent| g);
            let classes = classes!(
                "sent",
                if linked { "linked" } else { "unlinked" },
                (*active == Some(g) && group.is_some()).then_some("active"),
                related_to_active.then_some("related-active")
            );
            html! {
                <button type="button" class={classes} data-group={g.to_string()}
                    data-status={group.map(|gr| gr.status.as_str())}
                    onmouseenter={on_enter} onfocus={on_focus} {onclick}>
                    if !linked {
                        <span class="only-tag">{ if counterpart.is_some() { "related in " } else { "not in " } }{ other_label }</span>{ " " }
                    }
                    { match group {
                        Some(gr) => sentence_html(sentence, gr, account),
                        None => html! { sentence.text.clone() },
                    } }
                </button>
            }
        });
        html! {
            <div class="sbs-col" data-side={side.to_string()}>
                <h3 class="sbs-title">{ label.clone() }</h3>
                <div class="sbs-text">{ for sentences }</div>
            </div>
        }
    };

    html! {
        <div class="side-by-side">
            <div class="sbs-choose" role="group" aria-label="Accounts to compare">
                { chooser(0, "sbs-left", "Left") }
                { chooser(1, "sbs-right", "Right") }
                <p class="hint">{ "Point at or focus a sentence to light up its counterpart (related sentences are outlined); press it to open its row." }</p>
            </div>
            <div class="sbs-columns">
                { column(0, a, b) }
                { column(1, b, a) }
            </div>
        </div>
    }
}

/// Scrolls the first sentence of group `g` in column `side` into view (within its column).
fn reveal_counterpart(side: usize, g: usize) {
    let selector = format!(".sbs-col[data-side=\"{side}\"] .sent[data-group=\"{g}\"]");
    if let Ok(Some(element)) = gloo::utils::document().query_selector(&selector) {
        let options = ScrollIntoViewOptions::new();
        options.set_block(ScrollLogicalPosition::Nearest);
        options.set_inline(ScrollLogicalPosition::Nearest);
        element.scroll_into_view_with_scroll_into_view_options(&options);
    }
}
