//! Saving the workspace (account labels and texts, the view, the filters and the sentence
//! corrections) in this browser's `localStorage`, so that nothing is lost on reload. Nothing is
//! ever sent anywhere.
//!
//! Every failure is returned to the caller, which shows it: text must never be lost silently.

use gloo::storage::{LocalStorage, Storage};
use serde::{Deserialize, Serialize};

use super::filters::Filters;
use super::views::View;
use crate::engine::corrections::Correction;
use crate::engine::AccountInput;

/// The `localStorage` key; the suffix is the format version.
const KEY: &str = "claimdiff.workspace.v1";

/// Everything the user would be upset to lose on reload.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Workspace {
    pub accounts: Vec<AccountInput>,
    pub divergences_only: bool,
    pub view: View,
    pub filters: Filters,
    /// Sentence-boundary corrections; their account indices count the editors.
    pub corrections: Vec<Correction>,
    /// The two accounts of the side-by-side view.
    pub pair: (usize, usize),
}

/// Why the workspace could not be read or written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageProblem {
    /// `localStorage` is missing or blocked (some private modes, blocked site data).
    Unavailable,
    /// Writing failed, usually because the storage quota is full.
    WriteFailed,
    /// Something is saved but it cannot be read as a workspace.
    Unreadable,
}

impl StorageProblem {
    /// A message for the user: what happened and what it means for their text.
    pub fn message(self) -> &'static str {
        match self {
            StorageProblem::Unavailable => {
                "This browser does not allow Claimdiff to save your accounts (site storage is blocked \
                 or unavailable, for example in some private windows). Your text stays on this page, \
                 but it will be lost if you reload or close the tab."
            }
            StorageProblem::WriteFailed => {
                "Your latest changes could not be saved in this browser (its storage may be full). \
                 Your text is still on this page, but it will be lost if you reload or close the tab: \
                 copy it somewhere safe."
            }
            StorageProblem::Unreadable => {
                "Previously saved accounts could not be read, so Claimdiff started with empty accounts."
            }
        }
    }
}

/// `gloo`'s `LocalStorage` panics when the browser refuses access to `localStorage`,
/// so check that it is reachable first.
fn available() -> bool {
    web_sys::window().and_then(|window| window.local_storage().ok().flatten()).is_some()
}

/// The saved workspace, `Ok(None)` if nothing is saved yet.
pub fn load() -> Result<Option<Workspace>, StorageProblem> {
    if !available() {
        return Err(StorageProblem::Unavailable);
    }
    match LocalStorage::raw().get_item(KEY) {
        Ok(None) => Ok(None),
        Ok(Some(_)) => LocalStorage::get(KEY).map(Some).map_err(|_| StorageProblem::Unreadable),
        Err(_) => Err(StorageProblem::Unavailable),
    }
}

/// Saves the workspace, replacing what was saved before.
pub fn save(workspace: &Workspace) -> Result<(), StorageProblem> {
    if !available() {
        return Err(StorageProblem::Unavailable);
    }
    LocalStorage::set(KEY, workspace).map_err(|_| StorageProblem::WriteFailed)
}
