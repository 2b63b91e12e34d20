//! The claim table: one row per claim group (in the engine's order), one column per account,
//! a status cell, and under each row its typed divergences. Inside the sentences, the words in
//! `group.changes` are marked (`.chg`) and the words a divergence involves are outlined (`.dv`);
//! a member whose sentence sits elsewhere in its account's reading order gets a "moved" badge.
//! All user text is rendered as text nodes.
//!
//! [`ClaimTable`] given only a comparison is the read-only table the embed view shows (paged);
//! the app also gives it the filters, a row to reveal, "Copy" buttons and, with `on_correct`,
//! the links made by hand: "Unlink" on each sentence that shares its row with
//! another account, and "Link…", which enters a linking mode (announced; Escape cancels) where
//! "Link here" on a sentence of another account moves the chosen sentence into that row.
//! Rows changed by hand carry a marker.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::export::{copy_text, snippet};
use super::filters::Filters;
use super::insight::{is_moved, moved_members};
use super::snapshot::Snapshot;
use crate::engine::corrections::Correction;
use crate::engine::sorting::sort_values;
use crate::engine::{ByHand, Comparison, Divergence, DivergenceType, Group, Sentence, Span, Status};

/// Rows rendered at first (and added by "Show more"): huge comparisons stay quick to render.
const PAGE_ROWS: usize = 100;

/// The element id of claim row `index` (0-based), for links from the other views.
pub fn row_id(index: usize) -> String {
    format!("claim-{}", index + 1)
}

/// A shape and a word for a status, so that it never depends on colour alone.
pub fn status_icon(status: Status) -> &'static str {
    match status {
        Status::Identical => "=",
        Status::Minor => "≈",
        Status::Paraphrase => "~",
        Status::Conflicting => "≠",
        Status::Partial => "◐",
        Status::Unique => "①",
    }
}

/// A status badge: icon (hidden from screen readers) and label.
pub fn status_badge(status: Status) -> Html {
    html! {
        <span class="status-badge" data-status={status.as_str()}>
            <span class="status-icon" aria-hidden="true">{ status_icon(status) }</span>
            <span class="status-label">{ status.label() }</span>
        </span>
    }
}

/// Rows hidden by the "Divergences only" filter.
pub fn is_agreement(status: Status) -> bool {
    matches!(status, Status::Identical | Status::Minor | Status::Paraphrase)
}

#[derive(Properties, PartialEq)]
pub struct ClaimTableProps {
    pub comparison: Snapshot<Comparison>,
    pub divergences_only: bool,
    #[prop_or_default]
    pub filters: Filters,
    /// A row that must be rendered (the target of a link from another view).
    #[prop_or_default]
    pub reveal: Option<usize>,
    /// Show a "Copy" button on each row.
    #[prop_or_default]
    pub copyable: bool,
    /// Offer links and unlinks by hand, emitted in the comparison's account indices.
    #[prop_or_default]
    pub on_correct: Option<Callback<Correction>>,
    /// Go to a claim row (a related claim's), made visible whatever the filters and paging.
    #[prop_or_default]
    pub on_go: Option<Callback<usize>>,
}

/// The sentence chosen with "Link…": its account, its start (char offset) and its row.
#[derive(Clone, Copy, PartialEq)]
struct Picked {
    account: usize,
    at: usize,
    row: usize,
}

/// The table of claim groups, filtered and paged.
#[function_component(ClaimTable)]
pub fn claim_table(props: &ClaimTableProps) -> Html {
    let comparison = &*props.comparison;
    let limit = use_state(|| PAGE_ROWS);
    let copied = use_state(|| None::<usize>);
    let moved = use_memo(props.comparison.clone(), |c| moved_members(c));
    let related = use_memo(props.comparison.clone(), |c| c.related_groups());
    let picked = use_state(|| None::<Picked>);
    let labels: Vec<&str> = comparison.accounts.iter().map(|a| a.label.as_str()).collect();
    let shown: Vec<(usize, &Group)> = comparison
        .groups
        .iter()
        .enumerate()
        .filter(|(_, g)| !(props.divergences_only && is_agreement(g.status)))
        .filter(|(_, g)| props.filters.matches(comparison, g))
        .collect();
    let wanted = props.reveal.and_then(|r| shown.iter().position(|&(i, _)| i == r)).map_or(0, |p| p + 1);
    let visible = shown.len().min((*limit).max(wanted));

    let header = labels.iter().enumerate().map(|(account, label)| {
        html! {
            <th scope="col" data-account={account.to_string()}>
                { *label }
                if account == comparison.reference {
                    { " " }
                    <span class="reference-tag">{ "reference" }</span>
                }
            </th>
        }
    });
    let row_context = RowContext {
        comparison,
        labels: &labels,
        moved: &moved,
        related: &related,
        on_go: props.on_go.as_ref(),
        on_copy: props.copyable.then(|| {
            let (copied, comparison) = (copied.clone(), props.comparison.clone());
            Callback::from(move |row: usize| {
                copy_text(&snippet(&comparison, &comparison.groups[row], row + 1));
                copied.set(Some(row));
            })
        }),
        copied: *copied,
        links: props.on_correct.clone().map(|on_correct| Links { on_correct, picked: picked.clone() }),
    };
    // Escape from any button of the table (the chosen sentence's keeps the focus) cancels linking.
    let on_keydown = {
        let picked = picked.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                picked.set(None);
            }
        })
    };

    let more = {
        let limit = limit.clone();
        Callback::from(move |_: MouseEvent| limit.set(*limit + PAGE_ROWS))
    };

    html! {
        <>
            <p class="results-count" role="status">
                { format!("Showing {} of {} claim groups.", shown.len(), comparison.groups.len()) }
            </p>
            if shown.is_empty() {
                <p class="empty-state">
                    { if props.divergences_only || props.filters.is_active() {
                        "No claim group matches the filters."
                    } else {
                        "No sentences to show."
                    } }
                </p>
            } else {
                if props.on_correct.is_some() {
                    { linking_status(comparison, *picked) }
                }
                <div class="table-wrap" onkeydown={on_keydown}>
                    <table class="results-table">
                        <caption class="visually-hidden">
                            { "Claim groups: one row per claim, one column per account." }
                        </caption>
                        <thead>
                            <tr>
                                <th scope="col" class="col-number">{ "#" }</th>
                                <th scope="col" class="col-status">{ "Status" }</th>
                                { for header }
                            </tr>
                        </thead>
                        { for shown[..visible].iter().map(|&(row, group)| group_rows(&row_context, row, group)) }
                    </table>
                </div>
                if visible < shown.len() {
                    <button type="button" class="secondary show-more" onclick={more}>
                        { format!("Show more ({} of {} rows shown)", visible, shown.len()) }
                    </button>
                }
            }
        </>
    }
}

/// What every row needs from the table.
struct RowContext<'a> {
    comparison: &'a Comparison,
    labels: &'a [&'a str],
    moved: &'a [(usize, usize)],
    /// Per group, the other groups its related links reach.
    related: &'a [Vec<usize>],
    on_go: Option<&'a Callback<usize>>,
    on_copy: Option<Callback<usize>>,
    copied: Option<usize>,
    links: Option<Links>,
}

/// What the link and unlink buttons need.
struct Links {
    on_correct: Callback<Correction>,
    picked: UseStateHandle<Option<Picked>>,
}

/// The first words of a sentence, to name it in button labels.
fn excerpt(sentence: &Sentence) -> String {
    let words: Vec<&str> = sentence.text.split_whitespace().collect();
    let more = if words.len() > 6 { "\u{2026}" } else { "" };
    format!("\u{201c}{}{more}\u{201d}", words[..words.len().min(6)].join(" "))
}

/// The live region that announces the linking mode.
fn linking_status(comparison: &Comparison, picked: Option<Picked>) -> Html {
    let chosen = picked.and_then(|p| {
        let account = comparison.accounts.get(p.account)?;
        Some((&account.label, account.sentences.iter().find(|s| s.start == p.at)?))
    });
    html! {
        <p id="link-status" role="status">
            if let Some((label, sentence)) = chosen {
                { format!(
                    "Linking {label}\u{2019}s {}: press \u{201c}Link here\u{201d} on a sentence of another \
                     account to put it in that claim, or Escape (or \u{201c}Cancel linking\u{201d}) to cancel.",
                    excerpt(sentence)
                ) }
            }
        </p>
    }
}

/// The link and unlink buttons after one sentence (`index` of `account`) in claim `row`.
fn sentence_actions(context: &RowContext, row: usize, group: &Group, account: usize, index: usize) -> Html {
    let Some(links) = &context.links else { return html! {} };
    let comparison = context.comparison;
    let Some(sentence) = comparison.accounts[account].sentences.get(index) else { return html! {} };
    let name = format!("{}\u{2019}s {}", context.labels[account], excerpt(sentence));
    let at = sentence.start;
    let button = |class: &'static str, text: &'static str, label: String, onclick: Callback<MouseEvent>| {
        html! { <button type="button" class={classes!("link-action", class)} aria-label={label} {onclick}>{ text }</button> }
    };
    let pick = |value: Option<Picked>| {
        let picked = links.picked.clone();
        Callback::from(move |_: MouseEvent| picked.set(value))
    };
    let (first, second) = match *links.picked {
        None => {
            let other = group.members.iter().find(|m| m.account != account);
            let other_start =
                other.and_then(|m| Some(comparison.accounts[m.account].sentences.get(m.sentences[0])?.start));
            let unlink = other.zip(other_start).map(|(m, other_at)| {
                let correction =
                    Correction::Unlink { account: m.account, at: other_at, other: account, other_at: at };
                let label = format!("Unlink {name} from claim {}", row + 1);
                button("unlink", "Unlink", label, correct(links, correction))
            });
            let link = button(
                "pick",
                "Link\u{2026}",
                format!("Link {name} to another claim"),
                pick(Some(Picked { account, at, row })),
            );
            (link, unlink)
        }
        Some(p) if p.account == account && p.at == at => {
            (button("pick", "Cancel linking", format!("Cancel linking {name}"), pick(None)), None)
        }
        Some(p) if p.account != account && p.row != row => {
            let correction = Correction::Link { account, at, other: p.account, other_at: p.at };
            let onclick = correct(links, correction);
            let label = format!("Link here, with {name} in claim {}", row + 1);
            (button("link-here", "Link here", label, onclick), None)
        }
        Some(_) => (html! {}, None),
    };
    // One shape in every mode, so that the focused button is updated in place, not replaced.
    html! { <>{ first }{ for second }</> }
}

/// Emits `correction` and leaves the linking mode. The focus moves from the button, which the
/// new comparison replaces, to its row, which stays, so keyboard users keep their place.
fn correct(links: &Links, correction: Correction) -> Callback<MouseEvent> {
    let (on_correct, picked) = (links.on_correct.clone(), links.picked.clone());
    Callback::from(move |e: MouseEvent| {
        let row = e.target_dyn_into::<web_sys::Element>().and_then(|t| t.closest("tr").ok().flatten());
        if let Some(row) = row.and_then(|r| r.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = row.focus();
        }
        picked.set(None);
        on_correct.emit(correction.clone());
    })
}

/// The marker of a row changed by hand.
fn by_hand_badge(by_hand: Option<ByHand>) -> Html {
    let text = match by_hand {
        Some(ByHand::Linked) => "linked by hand",
        Some(ByHand::Unlinked) => "unlinked by hand",
        None => return html! {},
    };
    html! { <span class="badge by-hand">{ text }</span> }
}

/// One claim group: its row of sentences, then (if any) its divergences.
fn group_rows(context: &RowContext, row: usize, group: &Group) -> Html {
    let labels = context.labels;
    let status = group.status.as_str();
    let columns = labels.len() + 2;
    let copy = context.on_copy.as_ref().map(|on_copy| {
        let onclick = on_copy.reform(move |_: MouseEvent| row);
        let done = context.copied == Some(row);
        html! {
            <button type="button" class="copy-row" aria-label={format!("Copy claim {} as a quote", row + 1)} {onclick}>
                { if done { "Copied ✓" } else { "Copy" } }
            </button>
        }
    });
    html! {
        <tbody class="group" data-status={status}>
            <tr class="row" id={row_id(row)} tabindex="-1" data-status={status} data-group={row.to_string()}>
                <th scope="row" class="row-number">{ row + 1 }{ for copy }</th>
                <td class="status">{ status_badge(group.status) }{ by_hand_badge(group.by_hand) }</td>
                { for labels.iter().enumerate().map(|(account, label)| {
                    let moved = is_moved(context.moved, row, account);
                    member_cell(context, row, group, account, label, moved)
                }) }
            </tr>
            if !group.divergences.is_empty() {
                <tr class="divergences">
                    <td colspan={columns.to_string()}>
                        <ul class="divergence-list" aria-label={format!("Divergences in claim {}", row + 1)}>
                            { for group.divergences.iter().map(|d| divergence_item(d, labels)) }
                        </ul>
                    </td>
                </tr>
            }
            if let Some(others) = context.related.get(row).filter(|o| !o.is_empty()) {
                <tr class="related">
                    <td colspan={columns.to_string()}>{ related_links(others, context.on_go) }</td>
                </tr>
            }
        </tbody>
    }
}

/// "Also reported in claim 3, 7": links to the groups that share a claim with this one.
fn related_links(others: &[usize], on_go: Option<&Callback<usize>>) -> Html {
    html! {
        <>
            { if others.len() == 1 { "Also reported in claim " } else { "Also reported in claims " } }
            { for others.iter().enumerate().map(|(i, &group)| html! {
                <>{ if i == 0 { "" } else { ", " } }{ row_link(group, on_go, html! { { group + 1 } }) }</>
            }) }
        </>
    }
}

/// A link to claim row `group` around `content`: `on_go` shows the row (whatever the filters and
/// paging); without it, the plain anchor.
pub fn row_link(group: usize, on_go: Option<&Callback<usize>>, content: Html) -> Html {
    let onclick = on_go.map(|go| {
        go.reform(move |e: MouseEvent| {
            e.prevent_default();
            group
        })
    });
    html! {
        <a href={format!("#{}", row_id(group))} class="go-row" data-group={group.to_string()}
            title={format!("Claim {}", group + 1)} {onclick}>
            { content }
        </a>
    }
}

/// The cell of one account in a group: its sentences with marks, or "not reported".
fn member_cell(
    context: &RowContext,
    row: usize,
    group: &Group,
    account: usize,
    label: &str,
    moved: bool,
) -> Html {
    let sentences: Vec<(usize, &Sentence)> = group
        .members
        .iter()
        .filter(|m| m.account == account)
        .flat_map(|m| &m.sentences)
        .filter_map(|&s| Some((s, context.comparison.accounts.get(account)?.sentences.get(s)?)))
        .collect();
    let is_reference = group.reference == account && group.members.len() > 1;
    let classes = classes!("member", sentences.is_empty().then_some("silent"), is_reference.then_some("ref"));
    html! {
        <td class={classes} data-account={account.to_string()} data-label={label.to_string()}>
            if sentences.is_empty() {
                <span class="not-reported">{ "— not reported —" }</span>
            } else {
                if moved {
                    <span class="badge moved" title="The same claim sits elsewhere in this account's reading order">
                        <span aria-hidden="true">{ "↕ " }</span>{ "moved" }
                    </span>
                    { " " }
                }
                { for sentences.into_iter().map(|(i, s)| html! {
                    <>{ sentence_html(s, group, account) }{ sentence_actions(context, row, group, account, i) }</>
                }) }
            }
        </td>
    }
}

/// A divergence span's tag: what kind, and whether it is material.
type DivergenceTag = (DivergenceType, bool);

/// One sentence, split into runs of changed / unchanged words, with divergence outlines inside.
pub fn sentence_html(sentence: &Sentence, group: &Group, account: usize) -> Html {
    let changes: Vec<(usize, usize, ())> =
        group.changes.iter().filter(|s| s.account == account).map(|s| (s.start, s.end, ())).collect();
    let divergence_spans: Vec<(usize, usize, DivergenceTag)> = group
        .divergences
        .iter()
        .flat_map(|d| {
            d.spans.iter().filter(|s| s.account == account).map(|s| (s.start, s.end, (d.kind, d.material)))
        })
        .collect();
    let chars = CharSlicer::new(sentence);
    let runs = split(sentence.start, sentence.end, &changes).into_iter().map(|(start, end, changed)| {
        let inner = split(start, end, &divergence_spans)
            .into_iter()
            .map(|(start, end, tag)| divergence_html(chars.slice(start, end), tag));
        if changed.is_some() {
            html! {
                <>
                    <span class="visually-hidden">{ "[changed: " }</span>
                    <mark class="chg">{ for inner }</mark>
                    <span class="visually-hidden">{ "]" }</span>
                </>
            }
        } else {
            inner.collect::<Html>()
        }
    });
    html! { <span class="sentence">{ for runs }{ " " }</span> }
}

fn divergence_html(text: &str, tag: Option<DivergenceTag>) -> Html {
    match tag {
        None => html! { text.to_string() },
        Some((kind, material)) => html! {
            <span
                class="dv"
                data-type={kind.as_str()}
                data-material={material.to_string()}
                title={format!("{} divergence", kind.label())}
            >
                { text.to_string() }
            </span>
        },
    }
}

/// Slices a sentence's text by char offsets into its account's text.
struct CharSlicer<'a> {
    sentence: &'a Sentence,
    /// Byte index of every char of the sentence, plus the end.
    bytes: Vec<usize>,
}

impl<'a> CharSlicer<'a> {
    fn new(sentence: &'a Sentence) -> Self {
        let text = &sentence.text;
        let bytes = text.char_indices().map(|(b, _)| b).chain(std::iter::once(text.len())).collect();
        CharSlicer { sentence, bytes }
    }

    /// The text of chars `[start, end)` of the account (clamped to the sentence).
    fn slice(&self, start: usize, end: usize) -> &'a str {
        let last = self.bytes.len() - 1;
        let at = |char: usize| self.bytes[char.saturating_sub(self.sentence.start).min(last)];
        self.sentence.text.get(at(start)..at(end)).unwrap_or_default()
    }
}

/// Splits `[start, end)` at the edges of `spans` into consecutive runs, each tagged with the
/// tag of the first span covering it (`None` where no span does). Neighbouring runs with the
/// same tag are merged, so a run of changed words is one run however the spans were cut.
fn split<T: Copy + PartialEq>(
    start: usize,
    end: usize,
    spans: &[(usize, usize, T)],
) -> Vec<(usize, usize, Option<T>)> {
    let mut edges: Vec<usize> = spans
        .iter()
        .flat_map(|&(s, e, _)| [s, e])
        .filter(|&edge| edge > start && edge < end)
        .chain([start, end])
        .collect();
    sort_values(&mut edges);
    edges.dedup();
    let mut runs: Vec<(usize, usize, Option<T>)> = Vec::new();
    for pair in edges.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let tag = spans.iter().find(|&&(s, e, _)| s <= a && b <= e).map(|&(_, _, t)| t);
        match runs.last_mut() {
            Some(last) if last.2 == tag => last.1 = b,
            _ => runs.push((a, b, tag)),
        }
    }
    runs
}

/// One divergence under its row: type, "material" badge, summary, and the accounts involved.
fn divergence_item(divergence: &Divergence, labels: &[&str]) -> Html {
    let kind = divergence.kind;
    let mut accounts: Vec<usize> = divergence.spans.iter().map(|s: &Span| s.account).collect();
    sort_values(&mut accounts);
    accounts.dedup();
    let involved: Vec<&str> = accounts.iter().filter_map(|&a| labels.get(a).copied()).collect();
    html! {
        <li class="divergence" data-type={kind.as_str()} data-material={divergence.material.to_string()}>
            <span class="divergence-type" data-type={kind.as_str()}>{ kind.label() }</span>
            if divergence.material {
                <span class="badge material">{ "material" }</span>
            }
            <span class="divergence-summary">{ divergence.summary.clone() }</span>
            if !involved.is_empty() {
                <span class="divergence-accounts">{ format!("({})", involved.join(" · ")) }</span>
            }
        </li>
    }
}
