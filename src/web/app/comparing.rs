//! The comparison lifecycle: which accounts are compared and under which labels, the pause in
//! typing before a comparison, running it in the worker (or on the main thread where no worker
//! can run), stopping it, and taking its outcome.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::{App, Msg, ABORTED_NOTICE, DEBOUNCE_MS};
use crate::engine::limits::{check_inputs, InputProblem};
use crate::engine::{compare, AccountInput, Options};
use crate::web::editors::default_label;
use crate::web::size::{thousands, MAX_TOTAL_CHARS};
use crate::web::snapshot::Snapshot;
use crate::web::worker::{CompareWorker, Failure, Outcome};

/// A comparison in progress in the worker.
pub(super) struct Running {
    pub(super) inputs: Vec<AccountInput>,
    options: Options,
    /// The editor index of each compared account.
    compared: Vec<usize>,
    pub(super) words: usize,
}

/// The accounts ready to compare: those with text, with their labels filled in.
struct Prepared {
    inputs: Vec<AccountInput>,
    /// The editor index of each input.
    compared: Vec<usize>,
    /// Which accounts were left out as empty.
    note: Option<String>,
}

impl App {
    pub(super) fn schedule_compare(&mut self, ctx: &Context<Self>) {
        let link = ctx.link().clone();
        self.pending = Some(Timeout::new(DEBOUNCE_MS, move || link.send_message(Msg::Debounced)));
    }

    pub(super) fn run_compare(&mut self, ctx: &Context<Self>) {
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
    pub(super) fn stop_worker(&mut self) {
        self.worker = None;
        self.running = None;
    }

    pub(super) fn done(&mut self, (id, outcome): Outcome) {
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
    pub(super) fn refresh(&mut self, ctx: &Context<Self>) {
        if self.has_text() {
            self.run_compare(ctx);
        } else {
            self.stop_worker();
            self.pending = None;
            self.comparison = None;
            self.input_notice = None;
        }
    }

    pub(super) fn has_text(&self) -> bool {
        self.accounts.iter().any(|a| !a.text.trim().is_empty())
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
pub(super) fn label(index: usize, account: &AccountInput) -> String {
    let label = account.label.trim();
    if label.is_empty() {
        default_label(index)
    } else {
        label.to_string()
    }
}
