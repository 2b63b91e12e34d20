//! Editing the list of accounts: renumbering what is kept per account when accounts move or go,
//! moving an account, filling accounts from opened files, and the confirmed actions that replace
//! them all (clearing, loading the example).

use web_sys::File;
use yew::prelude::*;

use super::{App, Confirm, Msg, MAX_ACCOUNTS, MIN_ACCOUNTS};
use crate::engine::sorting::sort_values;
use crate::engine::AccountInput;
use crate::ingest;
use crate::web::editors::move_button_id;
use crate::web::examples;
use crate::web::files::{self, Opened};

impl App {
    pub(super) fn ask(&mut self, confirm: Confirm) {
        self.confirm = Some(confirm);
        self.focus_confirm = true;
    }

    pub(super) fn apply(&mut self, ctx: &Context<Self>, confirm: Confirm) {
        match confirm {
            Confirm::ClearAll => {
                self.replace_accounts(vec![AccountInput::default(); MIN_ACCOUNTS]);
                self.refresh(ctx);
                self.action_notice = Some("Cleared all accounts.".into());
            }
            Confirm::ReplaceWithExample => {
                let link = ctx.link().clone();
                yew::platform::spawn_local(async move {
                    link.send_message(Msg::ExampleLoaded(examples::accounts().await));
                });
            }
        }
    }

    /// Puts the fetched example in place of the accounts and compares it; if it did not
    /// arrive, says so and leaves the accounts alone.
    pub(super) fn place_example(&mut self, ctx: &Context<Self>, example: Option<Vec<AccountInput>>) {
        let Some(accounts) = example else {
            self.action_notice = Some(examples::UNAVAILABLE.into());
            return;
        };
        self.replace_accounts(accounts);
        self.action_notice = Some(examples::DESCRIPTION.into());
        self.run_compare(ctx);
    }

    /// Replaces every account, with nothing kept per account, and saves.
    fn replace_accounts(&mut self, accounts: Vec<AccountInput>) {
        self.corrections.clear();
        self.reference = 0;
        self.accounts = accounts;
        self.save();
    }

    /// Renumbers what is kept per account after accounts moved or one was removed:
    /// `new_index[i]` is the new index of the editor that was at `i`, `None` for the removed one.
    pub(super) fn renumber(&mut self, new_index: &[Option<usize>]) {
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
    pub(super) fn move_account(&mut self, ctx: &Context<Self>, from: usize, to: usize) {
        self.accounts.swap(from, to);
        let mut new_index: Vec<_> = (0..self.accounts.len()).map(Some).collect();
        new_index.swap(from, to);
        self.renumber(&new_index);
        self.focus_id = Some(move_button_id(to, if to < from { "up" } else { "down" }));
        self.save();
        self.refresh(ctx);
    }

    /// Reads files picked or dropped on the account at `index`, then fills accounts with them.
    pub(super) fn open_files(ctx: &Context<Self>, index: usize, picked: Vec<File>) {
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
    pub(super) fn place_files(
        &mut self,
        ctx: &Context<Self>,
        target: usize,
        opened: Vec<Result<Opened, String>>,
    ) {
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
