//! Embedding: the read-only results view ([`EmbedView`]) and the iframe embed page ([`EmbedPage`]).
//!
//! The embed page is the app's own `index.html` opened with `?embed` (see [`is_embed_page`]): one
//! build, one wasm binary and one cache serve both the app and its embeds. Its accounts come from
//! the URL fragment (a share link, [`super::permalink`]) or from the host page by `postMessage`:
//! `{type: "claimdiff:accounts", accounts: [{label, text}]}`.
//!
//! Origin policy: a message is accepted only if its `source` is this frame's parent window (never
//! another frame, a popup or the page itself), and, when the embed URL has a `parentOrigin`
//! parameter, only if it comes from exactly that origin. The accounts are only ever shown as text
//! and never leave the browser, so by default any page may embed Claimdiff and show its own
//! accounts in it. Once listening, the page sends `{type: "claimdiff:ready"}` to its parent.
//!
//! The page reports its height to the parent whenever it changes (a `ResizeObserver`), in the
//! Pym.js format (`pymxPYMx{childId}xPYMxheightxPYMx{px}`, `childId` from the query) and the AMP
//! format (`{sentinel: "amp", type: "embed-size", height}`); `www/embed/claimdiff-resize.js`
//! (or Pym.js, or AMP's `amp-iframe`) resizes the iframe from them.
//!
//! The JavaScript API's `mount` (`src/api.rs`) renders the same [`EmbedView`] into any element,
//! which is how the script embed (`www/embed/claimdiff-embed.js`) shows it inside a shadow root.

use gloo::events::EventListener;
use serde::Deserialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, MessageEvent, ResizeObserver, UrlSearchParams, Window};
use yew::prelude::*;

use super::editors::default_label;
use super::facts::fact_sheet;
use super::permalink::{self, Shared};
use super::results::ClaimTable;
use super::size::MAX_TOTAL_CHARS;
use super::snapshot::Snapshot;
use super::summary::summary;
use crate::engine::limits::{check_inputs, InputProblem};
use crate::engine::{compare, AccountInput, Comparison, Options};

/// Whether this page is the iframe embed: `index.html?embed`.
pub fn is_embed_page() -> bool {
    query().map(|q| q.has("embed")).unwrap_or(false)
}

fn query() -> Option<UrlSearchParams> {
    let search = gloo::utils::window().location().search().ok()?;
    UrlSearchParams::new_with_str(&search).ok()
}

/// Compares accounts for display: empty accounts are left out, blank labels get the app's
/// default ones, and the page's size limit applies (the comparison runs in the page). The
/// options' account indices count all the accounts given.
pub fn compare_for_view(accounts: &[AccountInput], options: &Options) -> Result<Comparison, InputProblem> {
    check_inputs(accounts, MAX_TOTAL_CHARS)?;
    let kept: Vec<usize> = (0..accounts.len()).filter(|&i| !accounts[i].text.trim().is_empty()).collect();
    let shown: Vec<AccountInput> = kept
        .iter()
        .map(|&i| AccountInput {
            label: if accounts[i].label.trim().is_empty() {
                default_label(i)
            } else {
                accounts[i].label.clone()
            },
            text: accounts[i].text.clone(),
        })
        .collect();
    let position = |a: usize| kept.iter().position(|&k| k == a);
    let reference = position(options.reference).unwrap_or(0);
    let corrections = options.corrections.iter().filter_map(|c| c.map_accounts(position)).collect();
    Ok(compare(&shown, &Options { reference, corrections }))
}

#[derive(Properties, PartialEq)]
pub struct EmbedViewProps {
    pub comparison: Snapshot<Comparison>,
    /// A share link that opens these accounts in the full app.
    #[prop_or_default]
    pub open_link: Option<AttrValue>,
}

/// The read-only results: summary (with its "Divergences only" filter), the fact sheet when
/// there are facts, and the claim table.
#[function_component(EmbedView)]
pub fn embed_view(props: &EmbedViewProps) -> Html {
    let root = use_node_ref();
    let divergences_only = use_state(|| false);
    // Inside a shadow root a `#claim-N` link cannot scroll by itself: find the row from the root.
    let on_go = {
        let root = root.clone();
        Callback::from(move |row: usize| {
            let selector = format!("#{}", super::results::row_id(row));
            let target =
                root.cast::<web_sys::Element>().and_then(|r| r.query_selector(&selector).ok().flatten());
            if let Some(target) = target {
                target.scroll_into_view();
            }
        })
    };
    let on_divergences_only = {
        let divergences_only = divergences_only.clone();
        Callback::from(move |on: bool| divergences_only.set(on))
    };
    let labels: Vec<&str> = props.comparison.accounts.iter().map(|a| a.label.as_str()).collect();
    html! {
        <div class="claimdiff-root claimdiff-embed" ref={root}>
            <p class="embed-title">
                <strong>{ "Claimdiff" }</strong>
                { format!(": {} compared claim by claim", labels.join(", ")) }
            </p>
            { summary(&props.comparison, *divergences_only, &on_divergences_only) }
            if !props.comparison.facts.is_empty() {
                <h2 class="embed-heading">{ "Facts" }</h2>
                { fact_sheet(&props.comparison, &on_go) }
                <h2 class="embed-heading">{ "Claims" }</h2>
            }
            <ClaimTable comparison={props.comparison.clone()} divergences_only={*divergences_only} />
            if let Some(link) = &props.open_link {
                <p class="embed-open">
                    <a href={link.clone()} target="_blank" rel="noopener">{ "Open this comparison in Claimdiff" }</a>
                </p>
            }
        </div>
    }
}

/// Shown when the embed page is opened on its own without a share link.
const NO_ACCOUNTS: &str =
    "This embed shows the accounts of a Claimdiff share link, and this address carries none. \
                           Make a share link in Claimdiff and use it here.";

/// What the embed page shows.
#[derive(Clone, PartialEq)]
enum Content {
    Waiting,
    Shown(Snapshot<Comparison>, Option<AttrValue>),
    Problem(String),
}

/// A message from the host page.
#[derive(Deserialize)]
struct HostMessage {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    accounts: Vec<AccountInput>,
}

/// Mounts the iframe embed page into `root`.
pub fn start_page(root: web_sys::Element) {
    if let Some(html) = gloo::utils::document().document_element() {
        let _ = html.class_list().add_1("embed-page");
    }
    yew::Renderer::<EmbedPage>::with_root(root).render();
}

/// Shows what `shared` carries (with a link to open it in the app, made from `fragment` or afresh).
fn show(content: UseStateHandle<Content>, shared: Shared, fragment: Option<String>) {
    let options = Options { reference: shared.reference, corrections: shared.corrections.clone() };
    match compare_for_view(&shared.accounts, &options) {
        Err(problem) => content.set(Content::Problem(problem.to_string())),
        Ok(comparison) => {
            let comparison = Snapshot::new(comparison);
            yew::platform::spawn_local(async move {
                let fragment = match fragment {
                    Some(fragment) => Some(fragment),
                    None => permalink::fragment_for(&shared).await.ok(),
                };
                let link = fragment.map(|f| AttrValue::from(format!("./{f}")));
                content.set(Content::Shown(comparison, link));
            });
        }
    }
}

/// The parent window, if this page is framed.
fn parent_window() -> Option<Window> {
    let window = gloo::utils::window();
    let parent = window.parent().ok().flatten()?;
    (JsValue::from(&parent) != JsValue::from(&window)).then_some(parent)
}

/// The iframe embed: reads the share link in the fragment, listens to its parent, reports its height.
#[function_component(EmbedPage)]
fn embed_page() -> Html {
    let content = use_state(|| Content::Waiting);
    {
        let content = content.clone();
        use_effect_with((), move |_| {
            let fragment = permalink::current_fragment();
            let from_link = content.clone();
            let parent = parent_window();
            let framed = parent.is_some();
            yew::platform::spawn_local(async move {
                match permalink::read(&fragment).await {
                    Some(Ok(shared)) => show(from_link, shared, Some(fragment)),
                    Some(Err(problem)) => from_link.set(Content::Problem(problem)),
                    None if !framed => from_link.set(Content::Problem(NO_ACCOUNTS.into())),
                    None => {}
                }
            });
            let listener = parent.clone().map(|parent| listen_to_parent(parent, content));
            let observer = parent.and_then(report_height);
            move || {
                drop(listener);
                if let Some((observer, _callback)) = observer {
                    observer.disconnect();
                }
            }
        });
    }
    html! {
        match &*content {
            Content::Shown(comparison, link) => html! {
                <EmbedView comparison={comparison.clone()} open_link={link.clone()} />
            },
            Content::Problem(problem) => html! {
                <div class="claimdiff-root claimdiff-embed">
                    <p class="notice embed-problem" role="alert">{ problem.clone() }</p>
                </div>
            },
            Content::Waiting => html! {
                <div class="claimdiff-root claimdiff-embed">
                    <p class="empty-state">{ "Waiting for accounts to compare\u{2026}" }</p>
                </div>
            },
        }
    }
}

/// Accepts `claimdiff:accounts` messages from `parent` (and, with `?parentOrigin=`, only from that
/// origin), then tells the parent that the embed is ready.
fn listen_to_parent(parent: Window, content: UseStateHandle<Content>) -> EventListener {
    let required_origin = query().and_then(|q| q.get("parentOrigin"));
    let source = JsValue::from(&parent);
    let listener = EventListener::new(&gloo::utils::window(), "message", move |event| {
        let Some(event) = event.dyn_ref::<MessageEvent>() else { return };
        let from_parent = event.source().map(JsValue::from).is_some_and(|s| s == source);
        let origin_ok = required_origin.as_ref().is_none_or(|origin| *origin == event.origin());
        if !(from_parent && origin_ok) {
            return;
        }
        if let Ok(message) = crate::js_value::from_value::<HostMessage>(event.data()) {
            if message.kind == "claimdiff:accounts" {
                show(content.clone(), Shared { accounts: message.accounts, ..Shared::default() }, None);
            }
        }
    });
    let ready = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&ready, &"type".into(), &"claimdiff:ready".into());
    let target = query().and_then(|q| q.get("parentOrigin")).unwrap_or_else(|| "*".into());
    let _ = parent.post_message(&ready, &target);
    listener
}

/// Posts the page's height to `parent` now and whenever it changes. The observer stops when the
/// returned pair is dropped.
fn report_height(parent: Window) -> Option<(ResizeObserver, Closure<dyn FnMut()>)> {
    let html: HtmlElement = gloo::utils::document().document_element()?.dyn_into().ok()?;
    let child_id = query().and_then(|q| q.get("childId")).unwrap_or_default();
    let target = query().and_then(|q| q.get("parentOrigin")).unwrap_or_else(|| "*".into());
    let observed = html.clone();
    let mut last = -1;
    let callback = Closure::<dyn FnMut()>::new(move || {
        let height = observed.offset_height();
        if height == last {
            return;
        }
        last = height;
        let pym = format!("pymxPYMx{child_id}xPYMxheightxPYMx{height}");
        let _ = parent.post_message(&pym.into(), &target);
        let amp = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&amp, &"sentinel".into(), &"amp".into());
        let _ = js_sys::Reflect::set(&amp, &"type".into(), &"embed-size".into());
        let _ = js_sys::Reflect::set(&amp, &"height".into(), &height.into());
        let _ = parent.post_message(&amp, &target);
    });
    let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(&html);
    Some((observer, callback))
}
