//! The account editors: one card per account with a label input, a plain-text area, live word
//! and sentence counts, the "Reference account" radio, "Move up"/"Move down", and an
//! "Open file…" control that also takes files dropped anywhere on the card. HTML pasted into
//! the text area becomes clean text ([`super::files`]). Text is only ever shown through form
//! values and text nodes.

use wasm_bindgen::JsValue;
use web_sys::{DragEvent, File, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::files::{self, ACCEPT};
use crate::engine::{segment::segment, AccountInput};

/// Which field of an account changed, with its new value.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    Label(String),
    Text(String),
}

#[derive(Properties, PartialEq)]
pub struct AccountEditorProps {
    /// Position of the account in the editor list (0-based).
    pub index: usize,
    pub account: AccountInput,
    /// Whether it is the last editor (it cannot move down).
    pub last: bool,
    /// Whether it is the reference account.
    pub reference: bool,
    /// Called with the account's index and the edit.
    pub on_edit: Callback<(usize, Edit)>,
    /// Called with the account's index when "Remove" is pressed.
    pub on_remove: Callback<usize>,
    /// False when removing would leave fewer accounts than a comparison needs; the button
    /// then stays focusable and explains why instead of removing.
    pub removable: bool,
    /// Called with `(from, to)` when "Move up" or "Move down" is pressed; at either end `to`
    /// is out of range and the app explains why nothing moved.
    pub on_move: Callback<(usize, usize)>,
    /// Called with the account's index when it is chosen as the reference.
    pub on_reference: Callback<usize>,
    /// Called with the account's index and the files picked or dropped on it.
    pub on_files: Callback<(usize, Vec<File>)>,
}

/// The default label of the account at `index`, also used when the label is left empty.
pub fn default_label(index: usize) -> String {
    format!("Account {}", index + 1)
}

/// One account: label, text and counts.
#[function_component(AccountEditor)]
pub fn account_editor(props: &AccountEditorProps) -> Html {
    let AccountEditorProps { index, account, on_edit, on_remove, removable, .. } = props;
    let index = *index;
    let counts =
        use_memo(account.text.clone(), |text| (text.split_whitespace().count(), segment(text).len()));
    let (words, sentences) = *counts;
    let dropping = use_state_eq(|| false);

    let on_label = on_edit.reform(move |e: InputEvent| {
        (index, Edit::Label(e.target_unchecked_into::<HtmlInputElement>().value()))
    });
    let on_text = on_edit.reform(move |e: InputEvent| {
        (index, Edit::Text(e.target_unchecked_into::<HtmlTextAreaElement>().value()))
    });
    let on_paste = {
        let on_edit = on_edit.clone();
        Callback::from(move |e: Event| {
            if let Some(text) = files::pasted_html(&e) {
                e.prevent_default();
                let area = e.target_unchecked_into::<HtmlTextAreaElement>();
                insert(&area, &text);
                on_edit.emit((index, Edit::Text(area.value())));
            }
        })
    };
    let on_remove = on_remove.reform(move |_: MouseEvent| index);

    let name = default_label(index);
    let shown_name = if account.label.trim().is_empty() { name.clone() } else { account.label.clone() };
    let id = |part: &str| format!("account-{index}-{part}");
    let (label_id, text_id, stats_id, file_id) = (id("label"), id("text"), id("stats"), id("file"));

    html! {
        <section
            class={classes!("account", dropping.then_some("dropping"))}
            data-account={index.to_string()}
            aria-label={shown_name.clone()}
            ondragover={drag_over(&dropping)}
            ondragleave={drag_leave(&dropping)}
            ondrop={drop_files(&dropping, props.on_files.clone(), index)}
        >
            <div class="account-head">
                <label class="field-label" for={label_id.clone()}>{ "Label" }</label>
                <input
                    id={label_id}
                    class="account-label"
                    type="text"
                    maxlength="80"
                    autocomplete="off"
                    placeholder={name}
                    value={account.label.clone()}
                    oninput={on_label}
                />
                <button
                    type="button"
                    class="remove-account secondary"
                    aria-disabled={(!removable).to_string()}
                    aria-label={format!("Remove {shown_name}")}
                    onclick={on_remove}
                >
                    { "Remove" }
                </button>
            </div>
            <div class="account-tools">
                <label class="reference-choice">
                    <input
                        type="radio"
                        name="reference-account"
                        class="reference-radio"
                        checked={props.reference}
                        onchange={props.on_reference.reform(move |_: Event| index)}
                    />
                    { "Reference" }
                    <span class="visually-hidden">{ format!(" account: {shown_name}") }</span>
                </label>
                { move_button(props, true, &shown_name) }
                { move_button(props, false, &shown_name) }
                <input
                    type="file"
                    id={file_id.clone()}
                    class="file-input visually-hidden"
                    multiple=true
                    accept={ACCEPT}
                    onchange={pick_files(props.on_files.clone(), index)}
                />
                <label class="open-file" for={file_id}>
                    { "Open file\u{2026}" }
                    <span class="visually-hidden">{ format!(" into {shown_name} (.txt, .md, .html)") }</span>
                </label>
            </div>
            <label class="visually-hidden" for={text_id.clone()}>{ format!("Text of {shown_name}") }</label>
            <textarea
                id={text_id}
                class="account-text"
                rows="10"
                spellcheck="false"
                placeholder="Paste the text of this account here, or drop a file on this card."
                aria-describedby={stats_id.clone()}
                value={account.text.clone()}
                oninput={on_text}
                onpaste={on_paste}
            />
            <p class="account-stats" id={stats_id}>
                { format!("{} · {}", plural(words, "word"), plural(sentences, "sentence")) }
            </p>
        </section>
    }
}

/// "Move up" (`up`) or "Move down" for the account called `name`: it stays focusable at the
/// end it cannot pass (`aria-disabled`), so that pressing it explains why nothing moves.
fn move_button(props: &AccountEditorProps, up: bool, name: &str) -> Html {
    let from = props.index;
    let (direction, arrow, to, at_end) = if up {
        ("up", "\u{2191}", from.wrapping_sub(1), from == 0)
    } else {
        ("down", "\u{2193}", from + 1, props.last)
    };
    html! {
        <button
            type="button"
            id={move_button_id(from, direction)}
            class="move-account secondary"
            aria-disabled={at_end.to_string()}
            aria-label={format!("Move {name} {direction}")}
            onclick={props.on_move.reform(move |_: MouseEvent| (from, to))}
        >
            { arrow }
        </button>
    }
}

/// The id of the "Move up" (`direction` "up") or "Move down" button of the editor at `index`.
pub fn move_button_id(index: usize, direction: &str) -> String {
    format!("account-{index}-{direction}")
}

/// Replaces the selection in `area` with `text` and puts the cursor after it, as typing does.
fn insert(area: &HtmlTextAreaElement, text: &str) {
    let start = area.selection_start().ok().flatten().unwrap_or(0);
    let end = area.selection_end().ok().flatten().unwrap_or(start);
    let _ = area.set_range_text_with_start_and_end_and_mode(text, start, end, "end");
}

/// Whether a drag carries files (not text dragged inside the page).
fn carries_files(e: &DragEvent) -> bool {
    e.data_transfer().is_some_and(|data| data.types().includes(&JsValue::from_str("Files"), 0))
}

fn drag_over(dropping: &UseStateHandle<bool>) -> Callback<DragEvent> {
    let dropping = dropping.clone();
    Callback::from(move |e: DragEvent| {
        if carries_files(&e) {
            e.prevent_default(); // accept the drop
            dropping.set(true);
        }
    })
}

fn drag_leave(dropping: &UseStateHandle<bool>) -> Callback<DragEvent> {
    let dropping = dropping.clone();
    Callback::from(move |_: DragEvent| dropping.set(false))
}

fn drop_files(
    dropping: &UseStateHandle<bool>,
    on_files: Callback<(usize, Vec<File>)>,
    index: usize,
) -> Callback<DragEvent> {
    let dropping = dropping.clone();
    Callback::from(move |e: DragEvent| {
        dropping.set(false);
        if carries_files(&e) {
            e.prevent_default(); // not the browser's "open the file in this tab"
            on_files.emit((index, files::list(e.data_transfer().and_then(|data| data.files()))));
        }
    })
}

fn pick_files(on_files: Callback<(usize, Vec<File>)>, index: usize) -> Callback<Event> {
    Callback::from(move |e: Event| {
        let input = e.target_unchecked_into::<HtmlInputElement>();
        let picked = files::list(input.files());
        input.set_value(""); // picking the same file again is a change too
        if !picked.is_empty() {
            on_files.emit((index, picked));
        }
    })
}

fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}
