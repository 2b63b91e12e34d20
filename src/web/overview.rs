//! The overview: the material divergences first (by type, each a link to its row), then per
//! account how many of its claims the others confirm, contradict or omit, then how often each
//! pair of accounts agrees on the claims they share.

use yew::prelude::*;

use super::insight::{agreement, tallies};
use crate::engine::{Comparison, DivergenceType};

/// The overview of a comparison; `on_go` is called with a claim group's index to show its row in
/// the claim table. A function, not a component: it keeps no state, and it is small enough to
/// render again with its parent (a component carries its own copy of yew's lifecycle code).
pub fn overview(comparison: &Comparison, on_go: &Callback<usize>) -> Html {
    html! {
        <div class="overview">
            { material_list(comparison, on_go) }
            { tally_table(comparison) }
            { agreement_matrix(comparison) }
        </div>
    }
}

/// The material divergences, grouped by type.
fn material_list(comparison: &Comparison, on_go: &Callback<usize>) -> Html {
    let sections: Vec<Html> = DivergenceType::ALL
        .iter()
        .filter_map(|&kind| {
            let items: Vec<Html> = comparison
                .groups
                .iter()
                .enumerate()
                .flat_map(|(g, group)| group.divergences.iter().map(move |d| (g, d)))
                .filter(|(_, d)| d.material && d.kind == kind)
                .map(|(g, d)| {
                    let onclick = on_go.reform(move |e: MouseEvent| {
                        e.prevent_default();
                        g
                    });
                    html! {
                        <li>
                            <a href={format!("#{}", super::results::row_id(g))} class="go-row" data-group={g.to_string()} {onclick}>
                                { format!("Claim {}", g + 1) }
                            </a>
                            { ": " }{ d.summary.clone() }
                        </li>
                    }
                })
                .collect();
            (!items.is_empty()).then(|| {
                html! {
                    <section class="material-type" data-type={kind.as_str()}>
                        <h4><span class="divergence-type" data-type={kind.as_str()}>{ kind.label() }</span>
                            { format!(" {}", items.len()) }</h4>
                        <ul>{ for items }</ul>
                    </section>
                }
            })
        })
        .collect();
    html! {
        <section class="overview-part" id="material-divergences" aria-labelledby="material-title">
            <h3 id="material-title">{ "Material divergences" }</h3>
            if sections.is_empty() {
                <p class="empty-state">{ "No material divergence: where the accounts share a claim, they agree on its facts." }</p>
            } else {
                { for sections }
            }
        </section>
    }
}

/// Per account: claims, confirmed, contradicted, made alone, and omitted.
fn tally_table(comparison: &Comparison) -> Html {
    let rows = tallies(comparison).into_iter().zip(&comparison.accounts).map(|(t, account)| {
        html! {
            <tr>
                <th scope="row">{ account.label.clone() }</th>
                <td>{ t.claims }</td>
                <td data-col="confirmed">{ t.confirmed }</td>
                <td data-col="contradicted">{ t.contradicted }</td>
                <td data-col="alone">{ t.alone }</td>
                <td data-col="omits">{ t.omits }</td>
            </tr>
        }
    });
    html! {
        <section class="overview-part" aria-labelledby="tally-title">
            <h3 id="tally-title">{ "What the others make of each account\u{2019}s claims" }</h3>
            <div class="table-wrap scroll-wrap" tabindex="0" role="region" aria-label="Tallies per account">
                <table class="tally-table">
                    <thead>
                        <tr>
                            <th scope="col">{ "Account" }</th>
                            <th scope="col">{ "Claims" }</th>
                            <th scope="col" title="Another account makes the claim, with no material divergence">{ "Confirmed" }</th>
                            <th scope="col" title="Another account makes the claim, but a material divergence involves this one">{ "Contradicted" }</th>
                            <th scope="col" title="Only this account makes the claim">{ "Others omit" }</th>
                            <th scope="col" title="Claims two or more others share that this account does not make">{ "This omits" }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        </section>
    }
}

/// Account by account: of the claims both make, how many they agree on.
fn agreement_matrix(comparison: &Comparison) -> Html {
    let labels: Vec<&str> = comparison.accounts.iter().map(|a| a.label.as_str()).collect();
    let cell = |a: usize, b: usize| {
        if a == b {
            return html! { <td class="self"><span aria-label="same account">{ "—" }</span></td> };
        }
        let (agree, shared) = agreement(comparison, a, b);
        let percent = (agree * 100).checked_div(shared);
        let level = match percent {
            None => "none",
            Some(p) if p >= 90 => "high",
            Some(p) if p >= 60 => "mid",
            Some(_) => "low",
        };
        html! {
            <td class="agreement" data-level={level} title={format!("{} and {} share {shared} claims and agree on {agree}", labels[a], labels[b])}>
                { percent.map_or("no shared claim".to_string(), |p| format!("{p}%")) }
                <span class="agreement-detail">{ format!(" ({agree}/{shared})") }</span>
            </td>
        }
    };
    html! {
        <section class="overview-part" aria-labelledby="matrix-title">
            <h3 id="matrix-title">{ "Agreement between accounts" }</h3>
            <p class="hint">{ "Of the claims two accounts share, the share with no material divergence between them." }</p>
            <div class="table-wrap scroll-wrap" tabindex="0" role="region" aria-label="Agreement between accounts, table">
                <table class="agreement-matrix">
                    <thead>
                        <tr>
                            <td></td>
                            { for labels.iter().map(|l| html! { <th scope="col">{ *l }</th> }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for (0..labels.len()).map(|a| html! {
                            <tr>
                                <th scope="row">{ labels[a] }</th>
                                { for (0..labels.len()).map(|b| cell(a, b)) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}
