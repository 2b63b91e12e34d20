//! The page: its layout (header, account editors and toolbar, results, footer) and the pieces
//! it is drawn from (the progress of a comparison, the result views, the confirmation, the
//! notices), and going to a claim's row in the table.

use yew::prelude::*;

use super::{App, Confirm, Msg, MAX_ACCOUNTS, MIN_ACCOUNTS};
use crate::engine::Comparison;
use crate::web::editors::AccountEditor;
use crate::web::export::export_bar;
use crate::web::facts::fact_sheet;
use crate::web::filters::{filter_bar, Filters};
use crate::web::offline::offline_note;
use crate::web::overview::overview;
use crate::web::permalink::{shared_notice, ShareLink, Shared};
use crate::web::results::ClaimTable;
use crate::web::side_by_side::SideBySide;
use crate::web::size::{thousands, MAX_TOTAL_CHARS};
use crate::web::snapshot::Snapshot;
use crate::web::source::{correction_tools, SourceView};
use crate::web::storage::StorageProblem;
use crate::web::summary::summary;
use crate::web::views::{view_tabs, View};

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

impl App {
    /// The whole page: the header, the account editors with their toolbar, the results and the
    /// footer.
    pub(super) fn view_page(&self, ctx: &Context<Self>) -> Html {
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
                                { summary(comparison, self.divergences_only, &link.callback(Msg::DivergencesOnly)) }
                                { export_bar(comparison) }
                                { view_tabs(view, &link.callback(Msg::View)) }
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
                    { offline_note(self.offline_ready) }
                </footer>
            </>
        }
    }

    /// Switches to the claim table and focuses `row` there, clearing filters that hide it.
    pub(super) fn go_to_row(&mut self, row: usize) {
        let Some(comparison) = &self.comparison else { return };
        let Some(group) = comparison.groups.get(row) else { return };
        let hidden = (self.divergences_only && crate::web::results::is_agreement(group.status))
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
            View::Facts => fact_sheet(comparison, &go),
            View::Overview => overview(comparison, &go),
            View::Table => html! {
                <>
                    { filter_bar(comparison, &self.filters, &link.callback(Msg::Filters)) }
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
                { shared_notice() }
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
