//! The top component: the accounts being edited, the latest comparison and the notices.
//!
//! Every edit is saved to `localStorage` at once and schedules a comparison after a short
//! pause in typing; "Compare" runs it immediately. The comparison runs on the main thread,
//! so inputs above [`MAX_TOTAL_CHARS`] are refused with an explanation instead.

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use web_sys::HtmlElement;
use yew::prelude::*;

use super::editors::{default_label, AccountEditor, Edit};
use super::examples;
use super::results::ResultsTable;
use super::storage::{self, StorageProblem, Workspace};
use super::summary::Summary;
use crate::engine::limits::{check_inputs, InputProblem};
use crate::engine::{compare, AccountInput, Comparison, Options};

/// Accounts a comparison needs, and the fewest editors shown.
pub const MIN_ACCOUNTS: usize = 2;
/// Most account editors.
pub const MAX_ACCOUNTS: usize = 12;
/// Largest total input (characters over all accounts) compared in the page: far below the
/// engine's own limit, because the comparison runs on the main thread. About 50,000 words:
/// long enough for many full articles, short enough not to freeze the tab.
pub const MAX_TOTAL_CHARS: usize = 300_000;
/// Pause in typing after which the comparison updates.
const DEBOUNCE_MS: u32 = 400;

/// An action that discards text and so asks first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Confirm {
    ClearAll,
    ReplaceWithExample,
}

pub enum Msg {
    Edit(usize, Edit),
    Add,
    Remove(usize),
    Example,
    ClearAll,
    Confirmed,
    Cancelled,
    /// The user pressed Compare.
    Compare,
    /// Typing paused.
    Debounced,
    DivergencesOnly(bool),
}

pub struct App {
    accounts: Vec<AccountInput>,
    divergences_only: bool,
    comparison: Option<Rc<Comparison>>,
    /// Why there is no comparison, or what was left out of it.
    input_notice: Option<String>,
    /// The answer to the last button pressed (e.g. why an account cannot be removed).
    action_notice: Option<String>,
    storage_problem: Option<StorageProblem>,
    confirm: Option<Confirm>,
    /// Move focus to the confirmation's "Cancel" after the next render.
    focus_confirm: bool,
    pending: Option<Timeout>,
    confirm_cancel: NodeRef,
    results: NodeRef,
}

impl App {
    fn workspace(&self) -> Workspace {
        Workspace { accounts: self.accounts.clone(), divergences_only: self.divergences_only }
    }

    fn save(&mut self) {
        self.storage_problem = storage::save(&self.workspace()).err();
    }

    fn schedule_compare(&mut self, ctx: &Context<Self>) {
        let link = ctx.link().clone();
        self.pending = Some(Timeout::new(DEBOUNCE_MS, move || link.send_message(Msg::Debounced)));
    }

    fn run_compare(&mut self) {
        self.pending = None;
        match checked_compare(&self.accounts) {
            Ok((comparison, note)) => {
                self.comparison = Some(Rc::new(comparison));
                self.input_notice = note;
            }
            Err(message) => {
                self.comparison = None;
                self.input_notice = Some(message);
            }
        }
    }

    /// Compares again after accounts were removed: quietly shows nothing if no text is left.
    fn refresh(&mut self) {
        if self.has_text() {
            self.run_compare();
        } else {
            self.pending = None;
            self.comparison = None;
            self.input_notice = None;
        }
    }

    fn has_text(&self) -> bool {
        self.accounts.iter().any(|a| !a.text.trim().is_empty())
    }

    fn ask(&mut self, confirm: Confirm) {
        self.confirm = Some(confirm);
        self.focus_confirm = true;
    }

    fn apply(&mut self, confirm: Confirm) {
        match confirm {
            Confirm::ClearAll => {
                self.accounts = vec![AccountInput::default(); MIN_ACCOUNTS];
                self.refresh();
                self.action_notice = Some("Cleared all accounts.".into());
            }
            Confirm::ReplaceWithExample => {
                self.accounts = examples::accounts();
                self.action_notice = Some(examples::DESCRIPTION.into());
                self.run_compare();
            }
        }
        self.save();
    }
}

/// Compares the accounts that have text, or says why it cannot (the engine's input checks,
/// with this page's lower size limit). Returns the comparison and a note about empty accounts
/// left out of it.
fn checked_compare(accounts: &[AccountInput]) -> Result<(Comparison, Option<String>), String> {
    check_inputs(accounts, MAX_TOTAL_CHARS).map_err(|problem| match problem {
        InputProblem::TooMuchText { chars, limit } => format!(
            "The accounts add up to {} characters; this page compares at most {} characters in total \
             (about 50,000 words). The comparison runs inside this browser tab, and longer texts would \
             freeze the page. Shorten or remove an account.",
            thousands(chars),
            thousands(limit)
        ),
        other => other.to_string(),
    })?;
    let label = |index: usize, account: &AccountInput| {
        let label = account.label.trim();
        if label.is_empty() {
            default_label(index)
        } else {
            label.to_string()
        }
    };
    let (filled, empty): (Vec<_>, Vec<_>) =
        accounts.iter().enumerate().partition(|(_, account)| !account.text.trim().is_empty());
    let inputs: Vec<AccountInput> = filled
        .iter()
        .map(|&(index, account)| AccountInput { label: label(index, account), text: account.text.clone() })
        .collect();
    let note = (!empty.is_empty()).then(|| {
        let names: Vec<String> = empty.iter().map(|&(index, account)| label(index, account)).collect();
        let verb = if names.len() == 1 { "is" } else { "are" };
        format!("{} {verb} empty and left out of the comparison.", names.join(", "))
    });
    Ok((compare(&inputs, &Options::default()), note))
}

/// A button that sends the message `msg` makes. When `disabled`, it stays focusable and
/// clickable (`aria-disabled`), so that pressing it can explain why nothing happens.
fn action_button(
    ctx: &Context<App>,
    id: &'static str,
    class: &'static str,
    label: &'static str,
    disabled: bool,
    msg: fn() -> Msg,
) -> Html {
    html! {
        <button
            type="button"
            {id}
            {class}
            aria-disabled={disabled.to_string()}
            onclick={ctx.link().callback(move |_: MouseEvent| msg())}
        >
            { label }
        </button>
    }
}

/// `300000` → `"300,000"`.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

impl Component for App {
    type Message = Msg;
    type Properties = ();

    fn create(_ctx: &Context<Self>) -> Self {
        let (workspace, storage_problem) = match storage::load() {
            Ok(saved) => (saved.unwrap_or_default(), None),
            Err(problem) => (Workspace::default(), Some(problem)),
        };
        let mut accounts = workspace.accounts;
        accounts.truncate(MAX_ACCOUNTS);
        accounts.resize_with(accounts.len().max(MIN_ACCOUNTS), AccountInput::default);
        let mut app = App {
            accounts,
            divergences_only: workspace.divergences_only,
            comparison: None,
            input_notice: None,
            action_notice: None,
            storage_problem,
            confirm: None,
            focus_confirm: false,
            pending: None,
            confirm_cancel: NodeRef::default(),
            results: NodeRef::default(),
        };
        app.refresh();
        app
    }

    fn update(&mut self, ctx: &Context<Self>, msg: Msg) -> bool {
        if !matches!(msg, Msg::Debounced | Msg::Edit(..)) {
            self.action_notice = None;
        }
        match msg {
            Msg::Edit(index, edit) => {
                let Some(account) = self.accounts.get_mut(index) else { return false };
                match edit {
                    Edit::Label(label) => account.label = label,
                    Edit::Text(text) => account.text = text,
                }
                self.save();
                self.schedule_compare(ctx);
            }
            Msg::Add if self.accounts.len() >= MAX_ACCOUNTS => {
                self.action_notice =
                    Some(format!("Claimdiff compares at most {MAX_ACCOUNTS} accounts at a time."));
            }
            Msg::Add => {
                self.accounts.push(AccountInput::default());
                self.save();
            }
            Msg::Remove(_) if self.accounts.len() <= MIN_ACCOUNTS => {
                self.action_notice = Some(format!(
                    "A comparison needs at least {MIN_ACCOUNTS} accounts, so this one cannot be removed. \
                     To start over, use \u{201c}Clear all\u{201d}."
                ));
            }
            Msg::Remove(index) if index < self.accounts.len() => {
                self.accounts.remove(index);
                self.save();
                self.refresh();
            }
            Msg::Remove(_) => return false,
            Msg::Example if self.has_text() => self.ask(Confirm::ReplaceWithExample),
            Msg::Example => self.apply(Confirm::ReplaceWithExample),
            Msg::ClearAll => self.ask(Confirm::ClearAll),
            Msg::Confirmed => {
                if let Some(confirm) = self.confirm.take() {
                    self.apply(confirm);
                }
            }
            Msg::Cancelled => self.confirm = None,
            Msg::Compare => {
                self.run_compare();
                if let (Some(_), Some(results)) = (&self.comparison, self.results.cast::<HtmlElement>()) {
                    results.scroll_into_view();
                }
            }
            Msg::Debounced => self.run_compare(),
            Msg::DivergencesOnly(on) => {
                self.divergences_only = on;
                self.save();
            }
        }
        true
    }

    fn rendered(&mut self, _ctx: &Context<Self>, _first_render: bool) {
        if std::mem::take(&mut self.focus_confirm) {
            if let Some(cancel) = self.confirm_cancel.cast::<HtmlElement>() {
                let _ = cancel.focus();
            }
        }
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        let link = ctx.link();
        let on_edit = link.callback(|(index, edit)| Msg::Edit(index, edit));
        let on_remove = link.callback(Msg::Remove);
        let removable = self.accounts.len() > MIN_ACCOUNTS;
        let can_add = self.accounts.len() < MAX_ACCOUNTS;
        let total_chars: usize = self.accounts.iter().map(|a| a.text.chars().count()).sum();
        let over_limit = total_chars > MAX_TOTAL_CHARS;
        let editors = self.accounts.iter().enumerate().map(|(index, account)| {
            html! {
                <AccountEditor
                    key={index}
                    {index}
                    account={account.clone()}
                    on_edit={on_edit.clone()}
                    on_remove={on_remove.clone()}
                    {removable}
                />
            }
        });

        html! {
            <>
                <header class="site-header">
                    <h1>{ "Claimdiff" }</h1>
                    <p class="tagline">
                        { "Paste several news accounts of one event and read, claim by claim, what they agree on, \
                           where they diverge and what only some of them report." }
                    </p>
                    <p class="privacy">
                        <strong>{ "Private by design. " }</strong>
                        { "Your text never leaves this browser: the comparison runs on this device, and drafts \
                           are kept only in this browser\u{2019}s local storage." }
                    </p>
                </header>
                <main>
                    <section class="editors" aria-labelledby="accounts-title">
                        <h2 id="accounts-title">{ "Accounts" }</h2>
                        <div id="accounts">{ for editors }</div>
                        <div class="toolbar">
                            { action_button(ctx, "add-account", "secondary", "+ Add account", !can_add, || Msg::Add) }
                            { action_button(ctx, "example", "secondary", "Load example", false, || Msg::Example) }
                            { action_button(ctx, "clear-all", "secondary danger", "Clear all", false, || Msg::ClearAll) }
                            <span class="toolbar-spacer"></span>
                            <span class={classes!("auto-hint", over_limit.then_some("over-limit"))}>
                                { format!(
                                    "{} of {} characters. Results update as you type.",
                                    thousands(total_chars),
                                    thousands(MAX_TOTAL_CHARS)
                                ) }
                            </span>
                            { action_button(ctx, "compare", "primary", "Compare", false, || Msg::Compare) }
                        </div>
                        { self.view_confirm(ctx) }
                        { self.view_notice() }
                    </section>
                    <section id="results" ref={self.results.clone()} aria-labelledby="results-title" tabindex="-1">
                        <h2 id="results-title">{ "Results" }</h2>
                        if let Some(comparison) = &self.comparison {
                            <Summary
                                comparison={comparison.clone()}
                                divergences_only={self.divergences_only}
                                on_divergences_only={link.callback(Msg::DivergencesOnly)}
                            />
                            <ResultsTable comparison={comparison.clone()} divergences_only={self.divergences_only} />
                        } else {
                            <p class="empty-state">
                                { "Results appear here once at least two accounts have text." }
                            </p>
                        }
                    </section>
                </main>
                <footer class="site-footer">
                    <p>{ "Claimdiff highlights differences for a human to check; it does not decide which account is right." }</p>
                </footer>
            </>
        }
    }
}

impl App {
    fn view_confirm(&self, ctx: &Context<Self>) -> Html {
        let Some(confirm) = self.confirm else { return html! {} };
        let (question, action) = match confirm {
            Confirm::ClearAll => {
                ("Delete the labels and text of all accounts? This cannot be undone.", "Clear all")
            }
            Confirm::ReplaceWithExample => {
                ("Replace your accounts with the example? Your current text will be lost.", "Load example")
            }
        };
        let link = ctx.link();
        html! {
            <div class="confirm" role="alertdialog" aria-labelledby="confirm-question">
                <p id="confirm-question">{ question }</p>
                { action_button(ctx, "confirm-yes", "danger", action, false, || Msg::Confirmed) }
                <button
                    type="button"
                    id="confirm-no"
                    class="secondary"
                    ref={self.confirm_cancel.clone()}
                    onclick={link.callback(|_: MouseEvent| Msg::Cancelled)}
                >
                    { "Cancel" }
                </button>
            </div>
        }
    }

    fn view_notice(&self) -> Html {
        let warning = self.storage_problem.map(StorageProblem::message);
        html! {
            <div id="notice" role="status" aria-live="polite">
                if let Some(text) = warning {
                    <p class="notice warning"><span aria-hidden="true">{ "⚠ " }</span>{ text }</p>
                }
                if let Some(text) = &self.action_notice {
                    <p class="notice">{ text.clone() }</p>
                }
                if let Some(text) = &self.input_notice {
                    <p class="notice">{ text.clone() }</p>
                }
            </div>
        }
    }
}
