//! The source view: each account's full text, its sentences coloured by the status of their
//! claim group (with the status icon too, so colour is never the only cue). Pressing a sentence
//! opens its row in the claim table; in correction mode it selects the sentence instead, to
//! split it before a word or merge it with the next sentence.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::results::status_icon;
use super::snapshot::Snapshot;
use crate::engine::corrections::Correction;
use crate::engine::{Comparison, Sentence};

#[derive(Properties, PartialEq)]
pub struct SourceViewProps {
    pub comparison: Snapshot<Comparison>,
    /// Called with a claim group's index to show its row in the claim table.
    pub on_go: Callback<usize>,
    /// Called with a correction, in the comparison's account indices.
    pub on_correct: Callback<Correction>,
    /// How many corrections are in force.
    pub corrections: usize,
    pub on_undo: Callback<()>,
    pub on_clear: Callback<()>,
}

#[function_component(SourceView)]
pub fn source_view(props: &SourceViewProps) -> Html {
    let comparison = &*props.comparison;
    let groups = use_memo(props.comparison.clone(), |c| c.sentence_groups());
    let correcting = use_state(|| false);
    let selected = use_state(|| None::<(usize, usize)>);

    let on_mode = {
        let (correcting, selected) = (correcting.clone(), selected.clone());
        Callback::from(move |e: Event| {
            correcting.set(e.target_unchecked_into::<HtmlInputElement>().checked());
            selected.set(None);
        })
    };
    let accounts = comparison.accounts.iter().enumerate().map(|(account, info)| {
        let sentences = info.sentences.iter().enumerate().map(|(i, sentence)| {
            let g = groups[account].get(i).copied().flatten().unwrap_or(usize::MAX);
            let status = comparison.groups.get(g).map(|gr| gr.status);
            let is_selected = *selected == Some((account, i));
            let onclick = if *correcting {
                let selected = selected.clone();
                Callback::from(move |_: MouseEvent| selected.set(Some((account, i))))
            } else {
                props.on_go.reform(move |_: MouseEvent| g)
            };
            html! {
                <>
                    <button type="button" class={classes!("sent", "src-sent", is_selected.then_some("selected"))}
                        data-status={status.map(|s| s.as_str())} data-group={g.to_string()}
                        aria-pressed={(*correcting).then(|| is_selected.to_string())} {onclick}>
                        if let Some(status) = status {
                            <span class="src-icon" aria-hidden="true">{ status_icon(status) }</span>
                            <span class="visually-hidden">{ format!("{}: ", status.label()) }</span>
                        }
                        { sentence.text.clone() }
                    </button>
                    { " " }
                    if is_selected {
                        { correction_panel(props, account, sentence, info.sentences.get(i + 1)) }
                    }
                </>
            }
        });
        html! {
            <div class="src-account">
                <h3>{ info.label.clone() }</h3>
                <div class="src-text">{ for sentences }</div>
            </div>
        }
    });

    html! {
        <div class="source-view">
            <div class="src-tools">
                <label class="filter-check" for="correct-mode">
                    <input type="checkbox" id="correct-mode" checked={*correcting} onchange={on_mode} />
                    { " Correct sentence boundaries" }
                </label>
                <span class="hint">
                    { if *correcting { "Press a sentence to split or merge it." } else { "Press a sentence to open its row in the claim table." } }
                </span>
                { correction_tools(props.corrections, &props.on_undo, &props.on_clear) }
            </div>
            { for accounts }
        </div>
    }
}

/// How many corrections (of any kind) are in force, with "Undo last correction" and "Clear
/// corrections"; nothing when there are none. The claim table shows them too.
pub fn correction_tools(count: usize, on_undo: &Callback<()>, on_clear: &Callback<()>) -> Html {
    if count == 0 {
        return html! {};
    }
    html! {
        <>
            <span class="corrections-count" id="corrections-count">{ format!("{count} correction{} in force.", if count == 1 { "" } else { "s" }) }</span>
            <button type="button" class="secondary" id="undo-correction" onclick={on_undo.reform(|_: MouseEvent| ())}>{ "Undo last correction" }</button>
            <button type="button" class="secondary" id="clear-corrections" onclick={on_clear.reform(|_: MouseEvent| ())}>{ "Clear corrections" }</button>
        </>
    }
}

/// Split points (before each word but the first) and "merge with next" for one sentence.
fn correction_panel(
    props: &SourceViewProps,
    account: usize,
    sentence: &Sentence,
    next: Option<&Sentence>,
) -> Html {
    let words = word_starts(sentence);
    let splits = words.iter().enumerate().map(|(i, &(at, word))| {
        let word = word.to_string();
        if i == 0 {
            return html! { <span class="word">{ word }</span> };
        }
        let onclick = props.on_correct.reform(move |_: MouseEvent| Correction::Split { account, at });
        html! {
            <>
                { " " }
                <button type="button" class="split-here" aria-label={format!("Split before \u{201c}{word}\u{201d}")} {onclick}>
                    <span aria-hidden="true">{ "✂" }</span>
                </button>
                <span class="word">{ word }</span>
            </>
        }
    });
    html! {
        <div class="correction-panel" role="group" aria-label="Correct this sentence">
            <p class="hint">{ "Split the sentence before a word:" }</p>
            <p class="split-words">{ for splits }</p>
            if let Some(next) = next {
                <button type="button" class="secondary merge-next"
                    onclick={props.on_correct.reform({ let at = next.start; move |_: MouseEvent| Correction::Merge { account, at } })}>
                    { "Merge with the next sentence" }
                </button>
            }
        </div>
    }
}

/// Each word of a sentence with the char offset (into its account's text) where it starts.
fn word_starts(sentence: &Sentence) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start: Option<(usize, usize)> = None; // (char offset, byte offset)
    for (chars, (byte, c)) in sentence.text.char_indices().enumerate() {
        match (c.is_whitespace(), start) {
            (false, None) => start = Some((sentence.start + chars, byte)),
            (true, Some((at, from))) => {
                out.push((at, &sentence.text[from..byte]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some((at, from)) = start {
        out.push((at, &sentence.text[from..]));
    }
    out
}
