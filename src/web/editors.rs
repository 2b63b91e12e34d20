//! The account editors: one card per account with a label input, a plain-text area and live
//! word and sentence counts. Text is only ever shown through form values and text nodes.

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

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
    /// Called with the account's index and the edit.
    pub on_edit: Callback<(usize, Edit)>,
    /// Called with the account's index when "Remove" is pressed.
    pub on_remove: Callback<usize>,
    /// False when removing would leave fewer accounts than a comparison needs; the button
    /// then stays focusable and explains why instead of removing.
    pub removable: bool,
}

/// The default label of the account at `index`, also used when the label is left empty.
pub fn default_label(index: usize) -> String {
    format!("Account {}", index + 1)
}

/// One account: label, text and counts.
#[function_component(AccountEditor)]
pub fn account_editor(props: &AccountEditorProps) -> Html {
    let AccountEditorProps { index, account, on_edit, on_remove, removable } = props;
    let index = *index;
    let counts =
        use_memo(account.text.clone(), |text| (text.split_whitespace().count(), segment(text).len()));
    let (words, sentences) = *counts;

    let on_label = on_edit.reform(move |e: InputEvent| {
        (index, Edit::Label(e.target_unchecked_into::<HtmlInputElement>().value()))
    });
    let on_text = on_edit.reform(move |e: InputEvent| {
        (index, Edit::Text(e.target_unchecked_into::<HtmlTextAreaElement>().value()))
    });
    let on_remove = on_remove.reform(move |_: MouseEvent| index);

    let name = default_label(index);
    let shown_name = if account.label.trim().is_empty() { name.clone() } else { account.label.clone() };
    let label_id = format!("account-{index}-label");
    let text_id = format!("account-{index}-text");
    let stats_id = format!("account-{index}-stats");

    html! {
        <section class="account" data-account={index.to_string()} aria-label={shown_name.clone()}>
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
            <label class="visually-hidden" for={text_id.clone()}>{ format!("Text of {shown_name}") }</label>
            <textarea
                id={text_id}
                class="account-text"
                rows="10"
                spellcheck="false"
                placeholder="Paste the text of this account here."
                aria-describedby={stats_id.clone()}
                value={account.text.clone()}
                oninput={on_text}
            />
            <p class="account-stats" id={stats_id}>
                { format!("{} · {}", plural(words, "word"), plural(sentences, "sentence")) }
            </p>
        </section>
    }
}

fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}
