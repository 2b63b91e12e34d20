//! The results table: one row per claim group (in the engine's order), one column per account,
//! a status cell, and under each row its typed divergences. Inside the sentences, the words in
//! `group.changes` are marked (`.chg`) and the words a divergence involves are outlined (`.dv`).
//! All user text is rendered as text nodes.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::{Comparison, Divergence, DivergenceType, Group, Sentence, Span, Status};

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
pub struct ResultsTableProps {
    pub comparison: Rc<Comparison>,
    pub divergences_only: bool,
}

/// The table of claim groups.
#[function_component(ResultsTable)]
pub fn results_table(props: &ResultsTableProps) -> Html {
    let comparison = &*props.comparison;
    let labels: Vec<&str> = comparison.accounts.iter().map(|a| a.label.as_str()).collect();
    let shown: Vec<(usize, &Group)> = comparison
        .groups
        .iter()
        .enumerate()
        .filter(|(_, g)| !(props.divergences_only && is_agreement(g.status)))
        .collect();

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

    html! {
        <>
            <p class="results-count">
                { format!("Showing {} of {} claim groups.", shown.len(), comparison.groups.len()) }
            </p>
            if shown.is_empty() {
                <p class="empty-state">
                    { if props.divergences_only {
                        "No claim group diverges: every claim is reported alike by the accounts that make it."
                    } else {
                        "No sentences to show."
                    } }
                </p>
            } else {
                <div class="table-wrap">
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
                        { for shown.into_iter().map(|(row, group)| group_rows(comparison, &labels, row, group)) }
                    </table>
                </div>
            }
        </>
    }
}

/// One claim group: its row of sentences, then (if any) its divergences.
fn group_rows(comparison: &Comparison, labels: &[&str], row: usize, group: &Group) -> Html {
    let status = group.status.as_str();
    let columns = labels.len() + 2;
    html! {
        <tbody class="group" data-status={status}>
            <tr class="row" data-status={status} data-group={row.to_string()}>
                <th scope="row" class="row-number">{ row + 1 }</th>
                <td class="status">{ status_badge(group.status) }</td>
                { for labels.iter().enumerate().map(|(account, label)| member_cell(comparison, group, account, label)) }
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
        </tbody>
    }
}

/// The cell of one account in a group: its sentences with marks, or "not reported".
fn member_cell(comparison: &Comparison, group: &Group, account: usize, label: &str) -> Html {
    let sentences: Vec<&Sentence> = group
        .members
        .iter()
        .filter(|m| m.account == account)
        .flat_map(|m| &m.sentences)
        .filter_map(|&s| comparison.accounts.get(account)?.sentences.get(s))
        .collect();
    let is_reference = group.reference == account && group.members.len() > 1;
    let classes = classes!("member", sentences.is_empty().then_some("silent"), is_reference.then_some("ref"));
    html! {
        <td class={classes} data-account={account.to_string()} data-label={label.to_string()}>
            if sentences.is_empty() {
                <span class="not-reported">{ "— not reported —" }</span>
            } else {
                { for sentences.into_iter().map(|s| sentence_html(s, group, account)) }
            }
        </td>
    }
}

/// A divergence span's tag: what kind, and whether it is material.
type DivergenceTag = (DivergenceType, bool);

/// One sentence, split into runs of changed / unchanged words, with divergence outlines inside.
fn sentence_html(sentence: &Sentence, group: &Group, account: usize) -> Html {
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
    edges.sort_unstable();
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
    accounts.sort_unstable();
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
