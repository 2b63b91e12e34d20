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
//!
//! This file holds the component's state and its messages; the rest is split by what it owns:
//! - `comparing`: the comparison lifecycle: preparing the accounts, debouncing, running the
//!   comparison in the worker or on the main thread, cancelling, and taking the outcome.
//! - `accounts`: editing the list of accounts: moving, opening files, renumbering what is kept
//!   per account, and the confirmed actions (clear all, load the example).
//! - `page`: the page's markup (layout, progress, result views, confirmation, notices), and
//!   going to a claim's row in the table.

mod accounts;
mod comparing;
mod page;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use web_sys::{File, HtmlElement};
use yew::prelude::*;

use super::editors::Edit;
use super::files::Opened;
use super::filters::Filters;
use super::offline;
use super::results::row_id;
use super::snapshot::Snapshot;
use super::storage::{self, StorageProblem, Workspace};
use super::views::View;
use super::worker::{CompareWorker, Outcome};
use crate::engine::corrections::Correction;
use crate::engine::{AccountInput, Comparison};
use comparing::{label, Running};

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
    /// The example's accounts, fetched (`None` when they could not be).
    ExampleLoaded(Option<Vec<AccountInput>>),
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
    /// The service worker stored the app's files: it works offline.
    OfflineReady,
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
    /// Whether the app works offline (see [`super::offline`]), and what tells it when it does.
    offline_ready: bool,
    _offline_listener: EventListener,
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
            offline_ready: offline::offline_ready(),
            _offline_listener: {
                let link = ctx.link().clone();
                offline::when_ready(move || link.send_message(Msg::OfflineReady))
            },
        };
        app.refresh(ctx);
        app
    }

    fn update(&mut self, ctx: &Context<Self>, msg: Msg) -> bool {
        if !matches!(msg, Msg::Debounced | Msg::Edit(..) | Msg::OfflineReady) {
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
            Msg::ExampleLoaded(example) => self.place_example(ctx, example),
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
            Msg::OfflineReady => self.offline_ready = true,
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
        self.view_page(ctx)
    }
}
