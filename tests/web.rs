//! Browser tests of the web app in headless Chromium:
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown`.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use claimdiff::engine::corrections::Correction;
use claimdiff::engine::{
    Account, AccountInput, Comparison, Divergence, DivergenceType, Group, Member, Sentence, Span, Status,
    SCHEMA,
};
use claimdiff::web::permalink::{self, Shared};
use claimdiff::web::results::{ClaimTable, ClaimTableProps};
use claimdiff::web::snapshot::Snapshot;
use claimdiff::web::App;
use gloo::storage::{LocalStorage, Storage};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Lets Yew's scheduler render.
async fn tick() {
    yew::platform::time::sleep(Duration::from_millis(30)).await;
}

fn new_root() -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    root
}

async fn mount_app() -> (Element, yew::AppHandle<App>) {
    let root = new_root();
    let handle = yew::Renderer::<App>::with_root(root.clone()).render();
    tick().await;
    (root, handle)
}

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no element matches {selector}"))
}

fn find_all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length()).map(|i| list.get(i).unwrap().dyn_into().unwrap()).collect()
}

fn text(element: &Element) -> String {
    element.text_content().unwrap_or_default()
}

/// An element's text without the screen-reader markers (`.visually-hidden`) around changed words.
fn shown_text(element: &Element) -> String {
    let copy: Element = element.clone_node_with_deep(true).unwrap().dyn_into().unwrap();
    let markers = copy.query_selector_all(".visually-hidden").unwrap();
    for i in 0..markers.length() {
        markers.get(i).unwrap().dyn_into::<Element>().unwrap().remove();
    }
    text(&copy)
}

/// Sets a form field's value the way typing or pasting does: value, then a bubbling input event.
fn type_into(field: &Element, value: &str) {
    if let Some(area) = field.dyn_ref::<HtmlTextAreaElement>() {
        area.set_value(value);
    } else {
        field.dyn_ref::<HtmlInputElement>().unwrap().set_value(value);
    }
    let init = web_sys::InputEventInit::new();
    init.set_bubbles(true);
    field.dispatch_event(&web_sys::InputEvent::new_with_event_init_dict("input", &init).unwrap()).unwrap();
}

fn click(root: &Element, selector: &str) {
    find(root, selector).dyn_into::<HtmlElement>().unwrap().click();
}

async fn fill_accounts(root: &Element, texts: &[&str]) {
    for (area, value) in find_all(root, "textarea.account-text").iter().zip(texts) {
        type_into(area, value);
    }
    tick().await;
}

#[wasm_bindgen_test]
async fn compares_accounts_into_rows() {
    LocalStorage::clear();
    let (root, app) = mount_app().await;
    assert_eq!(find_all(&root, "#accounts .account").len(), 2);
    type_into(&find(&root, ".account[data-account=\"0\"] input.account-label"), "AP");
    fill_accounts(
        &root,
        &["The bridge closed on Monday. Traffic was diverted.", "The bridge closed on Monday."],
    )
    .await;
    assert!(
        text(&find(&root, ".account[data-account=\"0\"] .account-stats")).contains("8 words · 2 sentences")
    );
    click(&root, "#compare");
    tick().await;

    let rows = find_all(&root, "#results tr.row");
    assert!(!rows.is_empty());
    for row in &rows {
        let status = row.get_attribute("data-status").unwrap();
        assert!(Status::ALL.iter().any(|s| s.as_str() == status), "unknown status {status}");
        assert_eq!(find_all(row, "td.member").len(), 2);
    }
    assert!(text(&find(&root, "#results th[data-account=\"0\"]")).starts_with("AP"));
    let member_text: String = find_all(&root, "td.member[data-account=\"1\"]").iter().map(text).collect();
    assert!(member_text.contains("The bridge closed on Monday."));
    let counted: usize = find_all(&root, "#summary .status-count .count")
        .iter()
        .map(|c| text(c).parse::<usize>().unwrap())
        .sum();
    assert_eq!(counted, rows.len());
    app.destroy();
}

#[wasm_bindgen_test]
async fn pasted_html_stays_text() {
    LocalStorage::clear();
    let (root, app) = mount_app().await;
    let payload = "<img src=x onerror=alert(1)> Officials met.";
    type_into(&find(&root, ".account[data-account=\"0\"] input.account-label"), "<b>bold</b>");
    fill_accounts(&root, &[payload, "Officials met on Friday."]).await;
    click(&root, "#compare");
    tick().await;
    assert!(root.query_selector("img").unwrap().is_none(), "an <img> element was created from pasted text");
    assert!(root.query_selector("#results b").unwrap().is_none());
    let cells: String = find_all(&root, "td.member[data-account=\"0\"]").iter().map(shown_text).collect();
    assert!(cells.contains("<img src=x onerror=alert(1)>"), "cell text: {cells}");
    assert!(text(&find(&root, "#results thead")).contains("<b>bold</b>"));
    app.destroy();
}

#[wasm_bindgen_test]
async fn accounts_and_filter_survive_a_reload() {
    LocalStorage::clear();
    let (root, app) = mount_app().await;
    click(&root, "#add-account");
    tick().await;
    type_into(&find(&root, ".account[data-account=\"2\"] input.account-label"), "Kremlin readout");
    fill_accounts(&root, &["First account.", "Second account.", "Third account."]).await;
    click(&root, "#compare");
    tick().await;
    click(&root, "#divergences-only");
    tick().await;
    let saved = LocalStorage::raw().get_item("claimdiff.workspace.v1").unwrap().unwrap();
    assert!(saved.contains("Kremlin readout") && saved.contains("Third account."), "saved: {saved}");
    app.destroy();

    let (root, app) = mount_app().await;
    let areas = find_all(&root, "textarea.account-text");
    assert_eq!(areas.len(), 3);
    let area = areas[2].dyn_ref::<HtmlTextAreaElement>().unwrap();
    assert_eq!(area.value(), "Third account.");
    let label = find(&root, ".account[data-account=\"2\"] input.account-label");
    assert_eq!(label.dyn_into::<HtmlInputElement>().unwrap().value(), "Kremlin readout");
    let filter = find(&root, "#divergences-only").dyn_into::<HtmlInputElement>().unwrap();
    assert!(filter.checked());
    app.destroy();
    LocalStorage::clear();
}

#[wasm_bindgen_test]
async fn bad_input_gets_a_clear_message() {
    LocalStorage::clear();
    let (root, app) = mount_app().await;
    click(&root, "#compare");
    tick().await;
    assert!(
        text(&find(&root, "#notice")).contains("at least two accounts"),
        "{}",
        text(&find(&root, "#notice"))
    );

    fill_accounts(&root, &["Only this one.", "   \n\t "]).await;
    click(&root, "#compare");
    tick().await;
    assert!(text(&find(&root, "#notice")).contains("Only one account has text"));
    assert!(find_all(&root, "tr.row").is_empty());

    click(&root, ".remove-account");
    tick().await;
    assert_eq!(find_all(&root, ".account").len(), 2);
    assert!(text(&find(&root, "#notice")).contains("at least 2 accounts"));

    fill_accounts(&root, &["x".repeat(500_001).as_str(), "y".repeat(500_000).as_str()]).await;
    click(&root, "#compare");
    tick().await;
    assert!(text(&find(&root, "#notice")).contains("at most 1,000,000 characters"));
    app.destroy();
    LocalStorage::clear();
}

/// The test server has no `examples/` beside its page, so the example's fetch fails here (the
/// end-to-end tests load it from a real build): the user is told, and nothing they typed goes.
#[wasm_bindgen_test]
async fn an_example_that_cannot_be_fetched_leaves_the_accounts_alone() {
    LocalStorage::clear();
    let (root, app) = mount_app().await;
    fill_accounts(&root, &["Mine, typed by hand.", ""]).await;
    click(&root, "#example");
    tick().await;
    click(&root, "#confirm-yes");
    let mut waited = 0;
    while !text(&find(&root, "#notice")).contains("could not be loaded") && waited < 100 {
        tick().await;
        waited += 1;
    }
    assert!(text(&find(&root, "#notice")).contains("Your accounts are unchanged"));
    let first = find(&root, "textarea.account-text").dyn_into::<HtmlTextAreaElement>().unwrap();
    assert_eq!(first.value(), "Mine, typed by hand.");
    app.destroy();
    LocalStorage::clear();
}

#[wasm_bindgen_test]
async fn clear_all_asks_first() {
    LocalStorage::clear();
    let (root, app) = mount_app().await;
    click(&root, "#add-account");
    tick().await;
    fill_accounts(&root, &["The bridge closed.", "The bridge closed on Monday.", "Traffic was diverted."])
        .await;
    click(&root, "#compare");
    tick().await;
    assert!(!find_all(&root, "#results tr.row").is_empty());

    click(&root, "#clear-all");
    tick().await;
    assert_eq!(find_all(&root, ".account").len(), 3, "cleared without asking");
    click(&root, "#confirm-yes");
    tick().await;
    assert_eq!(find_all(&root, ".account").len(), 2);
    assert!(find_all(&root, "textarea.account-text").iter().all(|a| a
        .dyn_ref::<HtmlTextAreaElement>()
        .unwrap()
        .value()
        .is_empty()));
    assert!(find_all(&root, "tr.row, tr.fact-row").is_empty());
    app.destroy();
    LocalStorage::clear();
}

/// A hand-made comparison with the parts the engine fills in: changes and divergences.
fn sample_comparison() -> Comparison {
    let a = "Police said 175 people were hurt. The mayor resigned.";
    let b = "Officials said 372 people were hurt.";
    let sentence =
        |text: &str, start: usize, end: usize| Sentence { start, end, text: text[start..end].into() };
    Comparison {
        schema: SCHEMA.into(),
        reference: 0,
        accounts: vec![
            Account { label: "Wire".into(), sentences: vec![sentence(a, 0, 33), sentence(a, 34, 53)] },
            Account { label: "Ministry".into(), sentences: vec![sentence(b, 0, 36)] },
        ],
        groups: vec![
            Group {
                status: Status::Conflicting,
                reference: 0,
                members: vec![
                    Member { account: 0, sentences: vec![0] },
                    Member { account: 1, sentences: vec![0] },
                ],
                divergences: vec![Divergence {
                    kind: DivergenceType::Number,
                    material: true,
                    summary: "Wire says 175 people were hurt; Ministry says 372.".into(),
                    spans: vec![
                        Span { account: 0, start: 12, end: 15 },
                        Span { account: 1, start: 15, end: 18 },
                    ],
                }],
                changes: vec![
                    Span { account: 0, start: 0, end: 6 },
                    Span { account: 0, start: 12, end: 15 },
                    Span { account: 1, start: 0, end: 9 },
                    Span { account: 1, start: 15, end: 18 },
                ],
                by_hand: None,
            },
            Group {
                status: Status::Unique,
                reference: 0,
                members: vec![Member { account: 0, sentences: vec![1] }],
                divergences: vec![],
                changes: vec![],
                by_hand: None,
            },
        ],
        facts: vec![],
        related: vec![],
    }
}

#[wasm_bindgen_test]
async fn results_mark_changes_and_divergences() {
    let root = new_root();
    let props = yew::props!(ClaimTableProps {
        comparison: Snapshot::new(sample_comparison()),
        divergences_only: false
    });
    let table = yew::Renderer::<ClaimTable>::with_root_and_props(root.clone(), props).render();
    tick().await;

    let rows = find_all(&root, "tr.row");
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0].get_attribute("data-status").as_deref(), Some("conflicting"));
    assert!(text(&find(&rows[0], "td.status")).contains("Conflicting"));
    let changed: Vec<String> =
        find_all(&root, "td.member[data-account=\"1\"] .chg").iter().map(text).collect();
    assert_eq!(changed, ["Officials", "372"]);
    let changed: Vec<String> =
        find_all(&root, "td.member[data-account=\"0\"] .chg").iter().map(text).collect();
    assert_eq!(changed, ["Police", "175"]);
    assert_eq!(text(&find(&root, "td.member[data-account=\"1\"] .dv[data-type=\"number\"]")), "372");
    let divergence = find(&root, ".divergence[data-type=\"number\"][data-material=\"true\"]");
    assert!(text(&divergence).contains("Ministry says 372"));
    assert!(text(&divergence).contains("material"));
    assert_eq!(text(&find(&rows[1], "td.member[data-account=\"1\"]")), "— not reported —");
    let spoken: Vec<String> =
        find_all(&rows[0], "td.member[data-account=\"0\"] .visually-hidden").iter().map(text).collect();
    assert_eq!(spoken, ["[changed: ", "]", "[changed: ", "]"]);
    table.destroy();

    let root = new_root();
    let mut comparison = sample_comparison();
    comparison.groups[1].status = Status::Paraphrase;
    let props =
        yew::props!(ClaimTableProps { comparison: Snapshot::new(comparison), divergences_only: true });
    let table = yew::Renderer::<ClaimTable>::with_root_and_props(root.clone(), props).render();
    tick().await;
    let statuses: Vec<String> =
        find_all(&root, "tr.row").iter().map(|r| r.get_attribute("data-status").unwrap()).collect();
    assert_eq!(statuses, ["conflicting"]);
    table.destroy();
}

#[wasm_bindgen_test]
async fn share_links_carry_the_reference_and_the_corrections() {
    let shared = Shared {
        accounts: vec![
            AccountInput { label: "Wire".into(), text: "A ferry sank. Nine were saved.".into() },
            AccountInput { label: "Desk".into(), text: "Nine people were rescued.".into() },
        ],
        reference: 1,
        corrections: vec![
            Correction::Split { account: 0, at: 14 },
            Correction::Link { account: 1, at: 0, other: 0, other_at: 14 },
            Correction::Unlink { account: 0, at: 0, other: 1, other_at: 3 },
        ],
    };
    let fragment = permalink::fragment_for(&shared).await.unwrap();
    assert!(fragment.starts_with("#c1="), "{fragment}");
    assert_eq!(permalink::read(&fragment).await.unwrap().unwrap(), shared);
}

#[wasm_bindgen_test]
async fn a_full_storage_is_reported_not_ignored() {
    LocalStorage::clear();
    let (root, app) = mount_app().await;
    // Fill this origin's localStorage to its quota, in ever smaller pieces.
    let storage = LocalStorage::raw();
    let (mut size, mut key) = (1usize << 20, 0);
    while size >= 16 && key < 1000 {
        if storage.set_item(&format!("filler-{key}"), &"x".repeat(size)).is_ok() {
            key += 1;
        } else {
            size /= 2;
        }
    }
    assert!(size < 16, "localStorage never filled up");
    fill_accounts(&root, &["An account that no longer fits.", "Second."]).await;
    let notice = find(&root, "#notice .warning");
    assert!(text(&notice).contains("could not be saved"), "{}", text(&notice));
    LocalStorage::clear();
    type_into(&find(&root, "textarea.account-text"), "Short again.");
    tick().await;
    assert!(root.query_selector("#notice .warning").unwrap().is_none());
    app.destroy();
    LocalStorage::clear();
}

#[wasm_bindgen_test]
async fn an_older_save_loads_and_moving_accounts_keeps_corrections_and_the_reference() {
    LocalStorage::clear();
    // Saved before the reference was stored: it loads with the first account as the reference.
    let older = r#"{"accounts":[{"label":"A","text":"One. Two."},{"label":"B","text":"Three four. Five."}],
        "corrections":[{"kind":"split","account":1,"at":6}]}"#;
    LocalStorage::raw().set_item("claimdiff.workspace.v1", older).unwrap();
    let (root, app) = mount_app().await;
    let radios = find_all(&root, "input.reference-radio");
    assert!(radios[0].dyn_ref::<HtmlInputElement>().unwrap().checked());
    radios[1].dyn_ref::<HtmlElement>().unwrap().click();
    tick().await;
    click(&root, "button[aria-label=\"Move B up\"]");
    tick().await;
    let label = find(&root, ".account[data-account=\"0\"] input.account-label");
    assert_eq!(label.dyn_into::<HtmlInputElement>().unwrap().value(), "B");
    let saved: serde_json::Value =
        serde_json::from_str(&LocalStorage::raw().get_item("claimdiff.workspace.v1").unwrap().unwrap())
            .unwrap();
    assert_eq!(saved["reference"], 0, "the reference moved with B: {saved}");
    assert_eq!(saved["corrections"][0]["account"], 0, "B's correction moved with it: {saved}");
    assert!(text(&find(&root, "#results th[data-account=\"0\"]")).contains("reference"));
    app.destroy();
    LocalStorage::clear();
}

#[wasm_bindgen_test]
fn html_text_keeps_the_article_paragraphs_only() {
    let page = "<title> Fire  report </title><nav>Home</nav><main><h1>Fire</h1><p style=\"x\">Crews <b>came</b>\n \
                at dawn.</p><aside>Ad</aside><ul><li>One</li><li hidden>Gone</li></ul></main><footer>(c)</footer>";
    let (title, text) = claimdiff::web::files::html_text(page).unwrap();
    assert_eq!(title, "Fire report");
    assert_eq!(text, "Fire\n\nCrews came at dawn.\n\nOne");
}

/// Reads a JavaScript value written as JSON, as the API's arguments and stored state are read.
fn read_js<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, claimdiff::js_value::Error> {
    claimdiff::js_value::from_value(js_sys::JSON::parse(json).unwrap())
}

#[wasm_bindgen_test]
fn javascript_values_read_into_the_app_types_with_messages_that_say_what_is_wrong() {
    let options: claimdiff::Options =
        read_js(r#"{"reference": 2, "unknown": [1.5, {"x": null}], "corrections": [{"kind": "split", "account": 1, "at": 40}]}"#)
            .unwrap();
    assert_eq!(options.reference, 2);
    assert_eq!(options.corrections, vec![Correction::Split { account: 1, at: 40 }]);
    let shared: Shared = read_js(r#"{"accounts": [{"label": "A", "text": "Crews came."}]}"#).unwrap();
    assert_eq!(shared.accounts, vec![AccountInput { label: "A".into(), text: "Crews came.".into() }]);
    assert_eq!(shared.reference, 0, "a missing field with a default takes it");
    let statuses: Vec<Option<Status>> = read_js(r#"["identical", null]"#).unwrap();
    assert_eq!(statuses, vec![Some(Status::Identical), None]);
    let pair: (usize, usize) = read_js("[3, 0]").unwrap();
    assert_eq!(pair, (3, 0));

    let fraction = read_js::<claimdiff::Options>(r#"{"reference": 1.5}"#).unwrap_err().to_string();
    assert!(fraction.contains("found number"), "{fraction}");
    let text_as_number =
        read_js::<Vec<AccountInput>>(r#"[{"label": "A", "text": 7}]"#).unwrap_err().to_string();
    assert!(text_as_number.contains("expected a string, found number"), "{text_as_number}");
    let missing = read_js::<Vec<AccountInput>>(r#"[{"label": "A"}]"#).unwrap_err().to_string();
    assert!(missing.contains("missing field `text`"), "{missing}");
    assert!(read_js::<Vec<AccountInput>>(r#"{"label": "A"}"#).is_err(), "an object is no list");
    assert!(read_js::<Status>(r#""invented""#).is_err(), "an unknown choice is an error");
}
