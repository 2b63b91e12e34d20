//! Saving the workspace (account labels and texts, the reference account, the view, the filters
//! and the sentence corrections) in this browser's `localStorage`, so that nothing is lost on
//! reload. Nothing is ever sent anywhere.
//!
//! Every failure is returned to the caller, which shows it: text must never be lost silently.

use gloo::storage::{LocalStorage, Storage};

use super::json;
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
    /// The result view the user chose; `None` until they choose one (see `View::automatic`).
    pub view: Option<View>,
    pub filters: Filters,
    /// Corrections made by hand (boundaries, links); their account indices count the editors.
    pub corrections: Vec<Correction>,
    /// The two accounts of the side-by-side view.
    pub pair: (usize, usize),
    /// The editor index of the reference account (added later: older saves load it as 0).
    pub reference: usize,
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
    read_json(KEY)
}

/// The value saved as JSON under `key`, `Ok(None)` if nothing is saved there.
pub fn read_json<T: serde::de::DeserializeOwned>(key: &str) -> Result<Option<T>, StorageProblem> {
    match LocalStorage::raw().get_item(key) {
        Ok(None) => Ok(None),
        Ok(Some(text)) => json::from_str(&text).map(Some).ok_or(StorageProblem::Unreadable),
        Err(_) => Err(StorageProblem::Unavailable),
    }
}

/// Saves `value` as JSON under `key`, replacing what was saved there.
pub fn write_json<T: Serialize>(key: &str, value: &T) -> Result<(), StorageProblem> {
    let text = json::to_string(value).ok_or(StorageProblem::WriteFailed)?;
    LocalStorage::raw().set_item(key, &text).map_err(|_| StorageProblem::WriteFailed)
}

/// Saves the workspace, replacing what was saved before.
pub fn save(workspace: &Workspace) -> Result<(), StorageProblem> {
    if !available() {
        return Err(StorageProblem::Unavailable);
    }
    write_json(KEY, workspace)
}
