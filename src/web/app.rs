//! The top component: the accounts being edited, the latest comparison, the result views and
//! the notices.
//!
//! Accounts are filled by typing, pasting or opening files ([`super::files`]), reordered, and
//! one of them is the reference; whatever is kept per account (corrections, the reference, the
//! side-by-side pair, the account filter) follows its account when accounts move or go.
//!
//! Every edit is saved to `localStorage` at once and schedules a comparison after a short
//! pause in typing; "Compare" runs it immediately. Comparisons run in a Web Worker
//! ([`CompareWorker`]) with progress shown and a Cancel button; a newer comparison replaces a
//! running one. Where no worker can run, the comparison runs on the main thread instead.

use gloo::timers::callback::Timeout;
use web_sys::{File, HtmlElement};
use yew::prelude::*;

use super::editors::{default_label, move_button_id, AccountEditor, Edit};
use super::examples;
use super::export::ExportBar;
use super::facts::FactSheet;
use super::files::{self, Opened};
use super::filters::{FilterBar, Filters};
use super::offline::OfflineNote;
use super::overview::Overview;
use super::permalink::{ShareLink, Shared, SharedNotice};
use super::results::{row_id, ClaimTable};
use super::side_by_side::SideBySide;
use super::size::{thousands, MAX_TOTAL_CHARS};
use super::snapshot::Snapshot;
use super::source::{correction_tools, SourceView};
use super::storage::{self, StorageProblem, Workspace};
use super::summary::Summary;
use super::views::{View, ViewTabs};
use super::worker::{CompareWorker, Failure, Outcome};
use crate::engine::corrections::Correction;
use crate::engine::limits::{check_inputs, InputProblem};
use crate::engine::sorting::sort_values;
use crate::engine::{compare, AccountInput, Comparison, Options};
use crate::ingest;

/// Accounts a comparison needs, and the fewest editors shown.
pub const MIN_ACCOUNTS: usize = 2;
/// Most account editors.
pub const MAX_ACCOUNTS: usize = 12;
/// Pause in typing after which the comparison updates.
const DEBOUNCE_MS: u32 = 400;
/// Shown when the engine aborted on the accounts (in the worker, so the page lives on).
const ABORTED_NOTICE: &str = "Claimdiff hit an internal error on these accounts and could not compare them. \
    Your text is kept. Editing it may get past the error; please report the accounts that caused it.";

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
    /// Move the account at the first index to the second.
    Move(usize, usize),
    /// Make the account at this index the reference.
    Reference(usize),
    /// Files picked or dropped on the account at this index.
    Open(usize, Vec<File>),
    /// The files of `Open`, read.
    Opened(usize, Vec<Result<Opened, String>>),
    Example,
    ClearAll,
    Confirmed,
    Cancelled,
    /// The user pressed Compare.
    Compare,
    /// Typing paused.
    Debounced,
    DivergencesOnly(bool),
    View(View),
    Filters(Filters),
    Pair((usize, usize)),
    /// The worker finished a job.
    Done(Outcome),
    /// The user cancelled the running comparison.
    Cancel,
    /// Show a claim group's row in the claim table.
    GoToRow(usize),
    /// A sentence correction, addressed by the comparison's account index.
    Correct(Correction),
    UndoCorrection,
    ClearCorrections,
}

/// A comparison in progress in the worker.
struct Running {
    inputs: Vec<AccountInput>,
    options: Options,
    /// The editor index of each compared account.
    compared: Vec<usize>,
    words: usize,
}

/// The accounts ready to compare: those with text, with their labels filled in.
struct Prepared {
    inputs: Vec<AccountInput>,
    /// The editor index of each input.
    compared: Vec<usize>,
    /// Which accounts were left out as empty.
    note: Option<String>,
}

pub struct App {
    accounts: Vec<AccountInput>,
    divergences_only: bool,
    /// The result view the user chose, if they chose one.
    view: Option<View>,
    filters: Filters,
    /// Corrections made by hand, addressed by editor index.
    corrections: Vec<Correction>,
    /// The editor index of the reference account.
    reference: usize,
    pair: (usize, usize),
    comparison: Option<Snapshot<Comparison>>,
    /// The editor index of each account in `comparison`.
    compared: Vec<usize>,
    worker: Option<CompareWorker>,
    /// False once the worker failed: compare on the main thread from then on.
    worker_usable: bool,
    /// The id of the latest job sent to the worker.
    job: u32,
    running: Option<Running>,
    /// A row to show and focus in the claim table after the next render.
    focus_row: Option<usize>,
    /// A row the claim table must render (the last one linked to).
    reveal: Option<usize>,
    /// Why there is no comparison, or what was left out of it.
    input_notice: Option<String>,
    /// The answer to the last button pressed (e.g. why an account cannot be removed).
    action_notice: Option<String>,
    storage_problem: Option<StorageProblem>,
    confirm: Option<Confirm>,
    /// Move focus to the confirmation's "Cancel" after the next render.
    focus_confirm: bool,
    /// The id of an element to focus after the next render (a moved account's button).
    focus_id: Option<String>,
    pending: Option<Timeout>,
    confirm_cancel: NodeRef,
    results: NodeRef,
}

impl App {
    fn workspace(&self) -> Workspace {
        Workspace {
            accounts: self.accounts.clone(),
            divergences_only: self.divergences_only,
            view: self.view,
            filters: self.filters.clone(),
            corrections: self.corrections.clone(),
            pair: self.pair,
            reference: self.reference,
        }
    }

    fn save(&mut self) {
        self.storage_problem = storage::save(&self.workspace()).err();
    }

    fn schedule_compare(&mut self, ctx: &Context<Self>) {
        let link = ctx.link().clone();
        self.pending = Some(Timeout::new(DEBOUNCE_MS, move || link.send_message(Msg::Debounced)));
    }

    fn run_compare(&mut self, ctx: &Context<Self>) {
        self.pending = None;
        let prepared = match prepare(&self.accounts) {
            Ok(prepared) => prepared,
            Err(message) => {
                self.stop_worker();
                self.comparison = None;
                self.input_notice = Some(message);
                return;
            }
        };
        self.input_notice = prepared.note;
        let corrections = self
            .corrections
            .iter()
            .filter_map(|c| c.map_accounts(|a| prepared.compared.iter().position(|&e| e == a)))
            .collect();
        // An empty reference account is left out: the first compared account stands in.
        let reference = prepared.compared.iter().position(|&e| e == self.reference).unwrap_or(0);
        let options = Options { reference, corrections };
        if self.running.is_some() {
            self.stop_worker(); // it is busy with an outdated job
        }
        if self.worker.is_none() && self.worker_usable {
            self.worker = CompareWorker::spawn(ctx.link().callback(Msg::Done)).ok();
        }
        self.job = self.job.wrapping_add(1);
        let started =
            self.worker.as_ref().is_some_and(|w| w.start(self.job, &prepared.inputs, &options).is_ok());
        let words = prepared.inputs.iter().map(|a| a.text.split_whitespace().count()).sum();
        let running = Running { inputs: prepared.inputs, options, compared: prepared.compared, words };
        if started {
            self.running = Some(running);
        } else {
            self.finish_here(running);
        }
    }

    /// Compares on the main thread (no worker available).
    fn finish_here(&mut self, running: Running) {
        self.comparison = Some(Snapshot::new(compare(&running.inputs, &running.options)));
        self.compared = running.compared;
    }

    /// Terminates the worker (and the comparison it runs); a fresh one starts on demand.
    fn stop_worker(&mut self) {
        self.worker = None;
        self.running = None;
    }

    fn done(&mut self, (id, outcome): Outcome) {
        if id != self.job {
            return; // an outdated job
        }
        let Some(running) = self.running.take() else { return };
        match outcome {
            Ok(comparison) => {
                self.comparison = Some(Snapshot::new(comparison));
                self.compared = running.compared;
            }
            Err(Failure::Aborted) => {
                self.stop_worker();
                self.comparison = None;
                self.input_notice = Some(ABORTED_NOTICE.into());
            }
            Err(Failure::Unavailable(error)) => {
                gloo::console::warn!(format!("Comparing on the main thread: the worker failed ({error})"));
                self.worker = None;
                self.worker_usable = false;
                self.finish_here(running);
            }
        }
    }

    /// Compares again after accounts were removed: quietly shows nothing if no text is left.
    fn refresh(&mut self, ctx: &Context<Self>) {
        if self.has_text() {
            self.run_compare(ctx);
        } else {
            self.stop_worker();
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

    fn apply(&mut self, ctx: &Context<Self>, confirm: Confirm) {
        self.corrections.clear();
        self.reference = 0;
        match confirm {
            Confirm::ClearAll => {
                self.accounts = vec![AccountInput::default(); MIN_ACCOUNTS];
                self.refresh(ctx);
                self.action_notice = Some("Cleared all accounts.".into());
            }
            Confirm::ReplaceWithExample => {
                self.accounts = examples::accounts();
                self.action_notice = Some(examples::DESCRIPTION.into());
                self.run_compare(ctx);
            }
        }
        self.save();
    }

    /// Renumbers what is kept per account after accounts moved or one was removed:
    /// `new_index[i]` is the new index of the editor that was at `i`, `None` for the removed one.
    fn renumber(&mut self, new_index: &[Option<usize>]) {
        let map = |i: usize| new_index.get(i).copied().flatten();
        self.corrections = self.corrections.iter().filter_map(|c| c.map_accounts(map)).collect();
        self.reference = map(self.reference).unwrap_or(0);
        // The pair and the account filter count the compared accounts, which keep editor order.
        let mut compared: Vec<usize> = self.compared.iter().filter_map(|&e| map(e)).collect();
        sort_values(&mut compared);
        let renumbered = |i: usize| {
            let editor = map(*self.compared.get(i)?)?;
            compared.iter().position(|&e| e == editor)
        };
        self.pair = (renumbered(self.pair.0).unwrap_or(0), renumbered(self.pair.1).unwrap_or(1));
        self.filters.account = self.filters.account.and_then(renumbered);
    }

    /// Swaps the accounts at `from` and `to`, next to each other, keeping focus on the button
    /// that moved it.
    fn move_account(&mut self, ctx: &Context<Self>, from: usize, to: usize) {
        self.accounts.swap(from, to);
        let mut new_index: Vec<_> = (0..self.accounts.len()).map(Some).collect();
        new_index.swap(from, to);
        self.renumber(&new_index);
        self.focus_id = Some(move_button_id(to, if to < from { "up" } else { "down" }));
        self.save();
        self.refresh(ctx);
    }

    /// Reads files picked or dropped on the account at `index`, then fills accounts with them.
    fn open_files(ctx: &Context<Self>, index: usize, picked: Vec<File>) {
        let link = ctx.link().clone();
        yew::platform::spawn_local(async move {
            let mut opened = Vec::with_capacity(picked.len());
            for file in picked {
                opened.push(files::open(file).await);
            }
            link.send_message(Msg::Opened(index, opened));
        });
    }

    /// Fills accounts with opened files (see [`ingest::placements`]) and says what happened.
    fn place_files(&mut self, ctx: &Context<Self>, target: usize, opened: Vec<Result<Opened, String>>) {
        let target = target.min(self.accounts.len() - 1); // its account may be gone since
        let mut notes = Vec::new();
        let files: Vec<Opened> =
            opened.into_iter().filter_map(|r| r.map_err(|e| notes.push(e)).ok()).collect();
        let empty: Vec<bool> = self.accounts.iter().map(|a| a.text.trim().is_empty()).collect();
        let slots = ingest::placements(target, &empty, files.len(), MAX_ACCOUNTS);
        let mut filled = Vec::new();
        for (file, slot) in files.into_iter().zip(slots) {
            let Some(index) = slot else {
                notes.push(format!(
                    "\u{201c}{}\u{201d} was not opened: Claimdiff compares at most {MAX_ACCOUNTS} accounts.",
                    file.name
                ));
                continue;
            };
            if index == self.accounts.len() {
                self.accounts.push(AccountInput::default());
            }
            filled.push(format!("\u{201c}{}\u{201d}", file.name));
            self.accounts[index] = AccountInput { label: file.label, text: file.text };
            self.corrections.retain(|c| !c.involves(index));
        }
        if !filled.is_empty() {
            notes.insert(0, format!("Opened {}.", filled.join(", ")));
            self.save();
            self.schedule_compare(ctx);
        }
        self.action_notice = Some(notes.join(" "));
    }
}

/// The accounts that have text, ready to compare, or why they cannot be compared (the engine's
/// input checks, with this page's lower size limit).
fn prepare(accounts: &[AccountInput]) -> Result<Prepared, String> {
    check_inputs(accounts, MAX_TOTAL_CHARS).map_err(|problem| match problem {
        InputProblem::TooMuchText { chars, limit } => format!(
            "The accounts add up to {} characters; this page compares at most {} characters in total \
             (about 170,000 words), so that your text can be saved in this browser and the results stay \
             readable. Shorten or remove an account.",
            thousands(chars),
            thousands(limit)
        ),
        other => other.to_string(),
    })?;
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
    let compared = filled.iter().map(|&(index, _)| index).collect();
    Ok(Prepared { inputs, compared, note })
}

/// The label shown for `account`, the editor at `index`: its own, else the default.
fn label(index: usize, account: &AccountInput) -> String {
    let label = account.label.trim();
    if label.is_empty() {
        default_label(index)
    } else {
        label.to_string()
    }
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

impl Component for App {
    type Message = Msg;
    type Properties = ();

    fn create(ctx: &Context<Self>) -> Self {
        let (workspace, storage_problem) = match storage::load() {
            Ok(saved) => (saved.unwrap_or_default(), None),
            Err(problem) => (Workspace::default(), Some(problem)),
        };
        let mut accounts = workspace.accounts;
        accounts.truncate(MAX_ACCOUNTS);
        accounts.resize_with(accounts.len().max(MIN_ACCOUNTS), AccountInput::default);
        let reference = workspace.reference.min(accounts.len() - 1);
        let mut app = App {
            accounts,
            divergences_only: workspace.divergences_only,
            view: workspace.view,
            filters: workspace.filters,
            corrections: workspace.corrections,
            pair: workspace.pair,
            reference,
            comparison: None,
            compared: Vec::new(),
            worker: None,
            worker_usable: true,
            job: 0,
            running: None,
            focus_row: None,
            reveal: None,
            input_notice: None,
            action_notice: None,
            storage_problem,
            confirm: None,
            focus_confirm: false,
            focus_id: None,
            pending: None,
            confirm_cancel: NodeRef::default(),
            results: NodeRef::default(),
        };
        app.refresh(ctx);
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
                    Edit::Text(text) => {
                        account.text = text;
                        // Corrections point into the old text.
                        self.corrections.retain(|c| !c.involves(index));
                    }
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
                let new_index: Vec<_> = (0..self.accounts.len())
                    .map(|i| (i != index).then(|| i - usize::from(i > index)))
                    .collect();
                self.accounts.remove(index);
                self.renumber(&new_index);
                self.save();
                self.refresh(ctx);
            }
            Msg::Remove(_) => return false,
            Msg::Move(from, to) if from < self.accounts.len() && to < self.accounts.len() => {
                self.move_account(ctx, from, to);
            }
            Msg::Move(from, _) => {
                let Some(account) = self.accounts.get(from) else { return false };
                let end = if from == 0 { "first" } else { "last" };
                self.action_notice = Some(format!("{} is already the {end} account.", label(from, account)));
            }
            Msg::Reference(index) => {
                self.reference = index;
                self.save();
                self.refresh(ctx);
            }
            Msg::Open(index, picked) => Self::open_files(ctx, index, picked),
            Msg::Opened(index, opened) => self.place_files(ctx, index, opened),
            Msg::Example if self.has_text() => self.ask(Confirm::ReplaceWithExample),
            Msg::Example => self.apply(ctx, Confirm::ReplaceWithExample),
            Msg::ClearAll => self.ask(Confirm::ClearAll),
            Msg::Confirmed => {
                if let Some(confirm) = self.confirm.take() {
                    self.apply(ctx, confirm);
                }
            }
            Msg::Cancelled => self.confirm = None,
            Msg::Compare => {
                self.run_compare(ctx);
                let has_results = self.comparison.is_some() || self.running.is_some();
                if let (true, Some(results)) = (has_results, self.results.cast::<HtmlElement>()) {
                    results.scroll_into_view();
                }
            }
            Msg::Debounced => self.run_compare(ctx),
            Msg::DivergencesOnly(on) => {
                self.divergences_only = on;
                self.save();
            }
            Msg::View(view) => {
                self.view = Some(view);
                self.save();
            }
            Msg::Filters(filters) => {
                self.filters = filters;
                self.save();
            }
            Msg::Pair(pair) => {
                self.pair = pair;
                self.save();
            }
            Msg::Done(outcome) => self.done(outcome),
            Msg::Cancel => {
                self.stop_worker();
                self.worker = CompareWorker::spawn(ctx.link().callback(Msg::Done)).ok();
                self.action_notice = Some(
                    "Comparison cancelled. The results below are from before your latest change; \
                     press Compare to run it again."
                        .into(),
                );
            }
            Msg::GoToRow(row) => self.go_to_row(row),
            Msg::Correct(correction) => {
                let Some(correction) = correction.map_accounts(|a| self.compared.get(a).copied()) else {
                    return false;
                };
                self.corrections.push(correction);
                self.save();
                self.run_compare(ctx);
            }
            Msg::UndoCorrection => {
                self.corrections.pop();
                self.save();
                self.run_compare(ctx);
            }
            Msg::ClearCorrections => {
                self.corrections.clear();
                self.save();
                self.run_compare(ctx);
            }
        }
        true
    }

    fn rendered(&mut self, _ctx: &Context<Self>, _first_render: bool) {
        if let Some(id) = self.focus_id.take() {
            if let Some(element) = gloo::utils::document().get_element_by_id(&id) {
                let _ = wasm_bindgen::JsCast::unchecked_into::<HtmlElement>(element).focus();
            }
        }
        if std::mem::take(&mut self.focus_confirm) {
            if let Some(cancel) = self.confirm_cancel.cast::<HtmlElement>() {
                let _ = cancel.focus();
            }
        }
        if let Some(row) = self.focus_row.take() {
            if let Some(element) = gloo::utils::document().get_element_by_id(&row_id(row)) {
                element.scroll_into_view();
                let _ = wasm_bindgen::JsCast::unchecked_into::<HtmlElement>(element).focus();
            }
        }
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        let link = ctx.link();
        let on_edit = link.callback(|(index, edit)| Msg::Edit(index, edit));
        let on_remove = link.callback(Msg::Remove);
        let removable = self.accounts.len() > MIN_ACCOUNTS;
        let go = link.callback(Msg::GoToRow);
        let can_add = self.accounts.len() < MAX_ACCOUNTS;
        let total_chars: usize = self.accounts.iter().map(|a| a.text.chars().count()).sum();
        let over_limit = total_chars > MAX_TOTAL_CHARS;
        let on_move = link.callback(|(from, to)| Msg::Move(from, to));
        let on_reference = link.callback(Msg::Reference);
        let on_files = link.callback(|(index, files)| Msg::Open(index, files));
        let view = self
            .comparison
            .as_deref()
            .map_or(View::Table, |c| self.view.unwrap_or_else(|| View::automatic(c)));
        let last = self.accounts.len() - 1;
        let editors = self.accounts.iter().enumerate().map(|(index, account)| {
            html! {
                <AccountEditor
                    key={index}
                    {index}
                    account={account.clone()}
                    last={index == last}
                    reference={index == self.reference}
                    on_edit={on_edit.clone()}
                    on_remove={on_remove.clone()}
                    {removable}
                    on_move={on_move.clone()}
                    on_reference={on_reference.clone()}
                    on_files={on_files.clone()}
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
                            <ShareLink shared={Shared {
                                accounts: self.accounts.clone(),
                                reference: self.reference,
                                corrections: self.corrections.clone(),
                            }} />
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
                        { self.view_progress(ctx) }
                        if let Some(comparison) = &self.comparison {
                            <div class="results-body" aria-busy={self.running.is_some().to_string()}>
                                <Summary
                                    comparison={comparison.clone()}
                                    divergences_only={self.divergences_only}
                                    on_divergences_only={link.callback(Msg::DivergencesOnly)}
                                />
                                <ExportBar comparison={comparison.clone()} />
                                <ViewTabs current={view} on_change={link.callback(Msg::View)} />
                                <div class="view-panel" role="tabpanel" id={view.panel_id()}
                                    aria-labelledby={view.tab_id()} data-view={view.id()}>
                                    { self.view_results(ctx, comparison, view, go) }
                                </div>
                            </div>
                        } else if self.running.is_none() {
                            <p class="empty-state">
                                { "Results appear here once at least two accounts have text." }
                            </p>
                        }
                    </section>
                </main>
                <footer class="site-footer">
                    <p>{ "Claimdiff highlights differences for a human to check; it does not decide which account is right." }</p>
                    <p><a href="docs.html">{ "Embedding, share links and the JavaScript API" }</a></p>
                    <OfflineNote />
                </footer>
            </>
        }
    }
}

impl App {
    /// Switches to the claim table and focuses `row` there, clearing filters that hide it.
    fn go_to_row(&mut self, row: usize) {
        let Some(comparison) = &self.comparison else { return };
        let Some(group) = comparison.groups.get(row) else { return };
        let hidden = (self.divergences_only && super::results::is_agreement(group.status))
            || !self.filters.matches(comparison, group);
        if hidden {
            self.divergences_only = false;
            self.filters = Filters::default();
            self.action_notice = Some(format!("Filters cleared to show claim {}.", row + 1));
        }
        self.view = Some(View::Table);
        self.focus_row = Some(row);
        self.reveal = Some(row);
        self.save();
    }

    fn view_progress(&self, ctx: &Context<Self>) -> Html {
        let Some(running) = &self.running else { return html! {} };
        html! {
            <div class="progress" id="progress">
                <span class="spinner" aria-hidden="true"></span>
                <span role="status">
                    { format!(
                        "Comparing\u{2026} {} accounts, {} words",
                        running.inputs.len(),
                        thousands(running.words)
                    ) }
                </span>
                <button type="button" id="cancel-compare" class="secondary"
                    onclick={ctx.link().callback(|_: MouseEvent| Msg::Cancel)}>
                    { "Cancel" }
                </button>
            </div>
        }
    }

    fn view_results(
        &self,
        ctx: &Context<Self>,
        comparison: &Snapshot<Comparison>,
        view: View,
        go: Callback<usize>,
    ) -> Html {
        let link = ctx.link();
        let (on_undo, on_clear) =
            (link.callback(|()| Msg::UndoCorrection), link.callback(|()| Msg::ClearCorrections));
        match view {
            View::Facts => html! { <FactSheet comparison={comparison.clone()} on_go={go} /> },
            View::Overview => html! { <Overview comparison={comparison.clone()} on_go={go} /> },
            View::Table => html! {
                <>
                    <FilterBar comparison={comparison.clone()} filters={self.filters.clone()}
                        on_change={link.callback(Msg::Filters)} />
                    if !self.corrections.is_empty() {
                        <div class="src-tools">{ correction_tools(self.corrections.len(), &on_undo, &on_clear) }</div>
                    }
                    <ClaimTable comparison={comparison.clone()} divergences_only={self.divergences_only}
                        filters={self.filters.clone()} reveal={self.reveal} copyable=true
                        on_correct={link.callback(Msg::Correct)} on_go={go} />
                </>
            },
            View::SideBySide => html! {
                <SideBySide comparison={comparison.clone()} pair={self.pair}
                    on_pair={link.callback(Msg::Pair)} on_go={go} />
            },
            View::Source => html! {
                <SourceView comparison={comparison.clone()} on_go={go}
                    on_correct={link.callback(Msg::Correct)} corrections={self.corrections.len()}
                    {on_undo} {on_clear} />
            },
        }
    }

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
                <SharedNotice />
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
