//! Share links: the accounts (labels and texts), the reference account and the corrections
//! made by hand, carried in the URL fragment, compressed.
//!
//! A link looks like `https://host/path/#c1=<payload>`: `c1` is the format (version 1) and the
//! payload is base64url of raw DEFLATE of the JSON
//! `{"accounts":[{"label","text"}],"reference":0,"corrections":[…]}`. `reference` and
//! `corrections` (docs/schema.md) are optional, so links made before they existed still open
//! (with none). Browsers
//! never send the fragment to a server, so a comparison is shared without one. The compression
//! runs in the browser's `CompressionStream` (`www/permalink.js`), which costs no wasm bytes;
//! a pure-Rust deflate would add tens of KB to the bundle for the same result.
//!
//! Opening a link: [`open_from_location`] runs before the app starts and makes the link's
//! accounts the saved workspace, so the app opens them like any saved draft. A draft that held
//! other text is never discarded silently: it is kept under its own key, and [`shared_notice`]
//! says so and offers to restore it. The embed page reads the same format.

use std::cell::RefCell;

use gloo::events::EventListener;
use gloo::storage::{LocalStorage, Storage};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::json;
use super::storage::{self, Workspace};
use crate::engine::corrections::Correction;
use crate::engine::AccountInput;

/// Starts the fragment of a share link (without the `#`).
pub const PREFIX: &str = "c1=";

#[wasm_bindgen(module = "/www/permalink.js")]
extern "C" {
    #[wasm_bindgen(catch)]
    async fn pack(json: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch)]
    async fn unpack(payload: &str) -> Result<JsValue, JsValue>;
}

/// Where the draft that a share link replaced is kept (the same JSON as the workspace).
const PREVIOUS_KEY: &str = "claimdiff.workspace.v1.before-share";

/// What a share link carries. Account indices (the reference's, the corrections') count all
/// the accounts, empty ones too, as the editors do.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Shared {
    pub accounts: Vec<AccountInput>,
    #[serde(default)]
    pub reference: usize,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corrections: Vec<Correction>,
}

/// The fragment (with `#`) that carries `shared`.
pub async fn fragment_for(shared: &Shared) -> Result<String, String> {
    let json = json::to_string(shared).ok_or("the accounts could not be written as JSON")?;
    let payload = pack(&json).await.map_err(|_| "this browser cannot compress the link".to_string())?;
    Ok(format!("#{PREFIX}{}", payload.as_string().unwrap_or_default()))
}

/// What a fragment (with or without `#`) carries: `None` if it is not a share link,
/// `Some(Err(..))` if it is one but damaged (e.g. cut short when copied).
pub async fn read(fragment: &str) -> Option<Result<Shared, String>> {
    let payload = fragment.trim_start_matches('#').strip_prefix(PREFIX)?;
    let damaged = || {
        "This shared link is damaged or incomplete (was it cut short when copied?), so its accounts could not be opened.".to_string()
    };
    let result = async {
        let json = unpack(payload).await.map_err(|_| damaged())?.as_string().ok_or_else(damaged)?;
        json::from_str(&json).ok_or_else(damaged)
    };
    Some(result.await)
}

/// The current page's fragment, with its `#` (empty if none).
pub fn current_fragment() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

/// Removes the fragment from the address bar without reloading, so that a reload does not
/// open the shared accounts again.
pub fn clear_fragment() {
    let window = gloo::utils::window();
    let location = window.location();
    let (Ok(path), Ok(search)) = (location.pathname(), location.search()) else { return };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&format!("{path}{search}")));
    }
}

/// What opening a share link at start did, for [`shared_notice`].
#[derive(Clone, PartialEq)]
enum Opened {
    /// The link's accounts are the workspace now; `kept_previous` if a different draft was kept.
    Accounts { count: usize, kept_previous: bool },
    /// The link could not be opened (damaged, or storage refused); the draft is untouched.
    Problem(String),
}

thread_local! {
    static OPENED: RefCell<Option<Opened>> = const { RefCell::new(None) };
}

/// If the page was opened with a share link, saves its accounts as the workspace (keeping a
/// different previous draft under [`PREVIOUS_KEY`]) and removes the fragment from the address
/// bar. Call before the app is created; later links pasted into the address bar reload the page.
pub async fn open_from_location() {
    if let Some(result) = read(&current_fragment()).await {
        clear_fragment();
        let opened = match result {
            Ok(shared) => adopt(shared),
            Err(problem) => Opened::Problem(problem),
        };
        OPENED.with(|o| *o.borrow_mut() = Some(opened));
    }
    EventListener::new(&gloo::utils::window(), "hashchange", |_| {
        if current_fragment().trim_start_matches('#').starts_with(PREFIX) {
            let _ = gloo::utils::window().location().reload();
        }
    })
    .forget();
}

/// Makes what a link carries the saved workspace, keeping a previous draft with other text.
fn adopt(shared: Shared) -> Opened {
    let cannot = |what: &str| Opened::Problem(format!("The shared accounts could not be opened: {what}"));
    let previous = match storage::load() {
        Ok(previous) => previous,
        Err(problem) => return cannot(problem.message()),
    };
    let kept_previous = previous
        .filter(|draft| {
            let same = draft.accounts == shared.accounts
                && draft.corrections == shared.corrections
                && draft.reference == shared.reference;
            draft.accounts.iter().any(|a| !a.text.trim().is_empty()) && !same
        })
        .map(|draft| storage::write_json(PREVIOUS_KEY, &draft).is_ok());
    if kept_previous == Some(false) {
        return cannot("your current accounts could not be kept aside in this browser's storage, so they were left as they are.");
    }
    let count = shared.accounts.len();
    let Shared { accounts, reference, corrections } = shared;
    match storage::save(&Workspace { accounts, reference, corrections, ..Workspace::default() }) {
        Ok(()) => Opened::Accounts { count, kept_previous: kept_previous.is_some() },
        Err(problem) => cannot(problem.message()),
    }
}

/// Puts the draft a share link replaced back, and reloads the app with it.
fn restore_previous() {
    if let Ok(Some(previous)) = storage::read_json::<Workspace>(PREVIOUS_KEY) {
        if storage::save(&previous).is_ok() {
            LocalStorage::delete(PREVIOUS_KEY);
            let _ = gloo::utils::window().location().reload();
        }
    }
}

/// Says what opening a share link did, with a button to restore the draft it replaced. A
/// function, not a component: what it shows is set once, before the app is created.
pub fn shared_notice() -> Html {
    let opened = OPENED.with(|o| o.borrow().clone());
    match &opened {
        None => html! {},
        Some(Opened::Problem(problem)) => html! { <p class="notice warning">{ problem.clone() }</p> },
        Some(Opened::Accounts { count, kept_previous }) => html! {
            <p id="shared-notice" class="notice">
                { format!("Opened {count} accounts from a shared link. ") }
                if *kept_previous {
                    { "Your previous accounts are kept in this browser. " }
                    <button type="button" id="restore-draft" class="secondary" onclick={Callback::from(|_: MouseEvent| restore_previous())}>
                        { "Restore my previous accounts" }
                    </button>
                }
            </p>
        },
    }
}

/// The page's address without query or fragment: where share links point.
fn page_address() -> String {
    let location = gloo::utils::window().location();
    format!("{}{}", location.origin().unwrap_or_default(), location.pathname().unwrap_or_default())
}

#[derive(Properties, PartialEq)]
pub struct ShareLinkProps {
    pub shared: Shared,
}

/// The "Share link" button: makes the link, copies it to the clipboard when the browser
/// allows, and always shows it in a read-only field to copy by hand.
#[function_component(ShareLink)]
pub fn share_link(props: &ShareLinkProps) -> Html {
    let link = use_state(|| None::<Result<String, String>>);
    let copied = use_state(|| false);
    let field = use_node_ref();
    let onclick = {
        let (link, copied, shared) = (link.clone(), copied.clone(), props.shared.clone());
        Callback::from(move |_: MouseEvent| {
            let (link, copied, shared) = (link.clone(), copied.clone(), shared.clone());
            yew::platform::spawn_local(async move {
                copied.set(false);
                let made = fragment_for(&shared).await.map(|fragment| page_address() + &fragment);
                link.set(Some(made.clone()));
                if let Ok(url) = made {
                    let clipboard = gloo::utils::window().navigator().clipboard();
                    copied
                        .set(wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&url)).await.is_ok());
                }
            });
        })
    };
    let select = {
        let field = field.clone();
        Callback::from(move |_: FocusEvent| {
            if let Some(input) = field.cast::<HtmlInputElement>() {
                input.select();
            }
        })
    };
    html! {
        <span class="share">
            <button type="button" id="share-link" class="secondary" {onclick}>{ "Share link" }</button>
            {
                match &*link {
                    Some(Ok(url)) => html! {
                        <>
                        <label class="share-url">
                            <span class="visually-hidden">{ "Share link (the accounts are inside it; nothing is uploaded)" }</span>
                            <input id="share-url" type="text" readonly=true value={url.clone()} ref={field} onfocus={select} />
                        </label>
                        if *copied {
                            <span class="share-copied" role="status">{ "Copied." }</span>
                        }
                        </>
                    },
                    Some(Err(problem)) => html! { <span class="share-problem" role="status">{ problem.clone() }</span> },
                    None => html! {},
                }
            }
        </span>
    }
}
