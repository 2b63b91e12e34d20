//! Runs comparisons in a Web Worker, so that the page stays responsive however long they take.
//!
//! The worker (`www/compare-worker.js`, a module worker) imports the app's own wasm-bindgen
//! module and calls its `comparePacked` export (`src/api.rs`): the engine ships once, and the
//! worker costs no extra download (the files are already in the HTTP cache) and almost nothing in
//! the bundle budget. The comparison comes back as bytes ([`crate::pack`]), which take much less
//! code to read than a JavaScript object through `serde-wasm-bindgen`. Cancelling terminates the
//! worker; the app then starts a fresh one.
//! Where no worker can run (no module workers, or the page was not started by `boot.js`, as in
//! the wasm unit tests), [`CompareWorker::spawn`] fails and the app compares on the main thread.
//! If the engine itself aborts in the worker ([`Failure::Aborted`]), the app says so and does not
//! try again on the main thread, where the same abort would stop the page.

use std::cell::Cell;
use std::rc::Rc;

use js_sys::Reflect;
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Url, Worker, WorkerOptions, WorkerType};
use yew::Callback;

use crate::engine::{AccountInput, Comparison, Options};

/// The worker script, next to `index.html`.
const WORKER_URL: &str = "compare-worker.js";

/// A finished job: its id and the comparison, or why it failed.
pub type Outcome = (u32, Result<Comparison, Failure>);

/// Why a job brought no comparison.
pub enum Failure {
    /// The engine aborted on these accounts (a bug in Claimdiff). The same comparison on the
    /// main thread would abort the page, and the worker's wasm is unusable after it.
    Aborted,
    /// The worker could not run the job (it could not start, or the result did not come back).
    Unavailable(String),
}

/// What the worker is asked to do.
#[derive(Serialize)]
struct Job<'a> {
    id: u32,
    js: &'a str,
    wasm: &'a str,
    accounts: &'a [AccountInput],
    options: &'a Options,
}

/// One running worker. Dropping it terminates the worker, and with it any comparison in flight.
pub struct CompareWorker {
    worker: Worker,
    /// The app's module and wasm URLs, passed to the worker with every job.
    bundle: (String, String),
    /// The id of the latest job, reported if the worker dies.
    current: Rc<Cell<u32>>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

impl CompareWorker {
    /// Starts a worker whose results go to `on_done`.
    pub fn spawn(on_done: Callback<Outcome>) -> Result<Self, String> {
        let bundle = bundle_urls().ok_or("the page was not started by boot.js")?;
        let options = WorkerOptions::new();
        options.set_type(WorkerType::Module);
        let worker = Worker::new_with_options(WORKER_URL, &options).map_err(|e| js_error_text(&e))?;
        let current = Rc::new(Cell::new(0));
        let done = on_done.clone();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            done.emit(read_reply(&event.data()));
        });
        let job = current.clone();
        let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
            event.prevent_default();
            on_done
                .emit((job.get(), Err(Failure::Unavailable("the comparison worker could not start".into()))));
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Ok(CompareWorker { worker, bundle, current, _on_message: on_message, _on_error: on_error })
    }

    /// Sends a comparison job; its outcome arrives through `on_done` with the same `id`.
    pub fn start(&self, id: u32, accounts: &[AccountInput], options: &Options) -> Result<(), String> {
        self.current.set(id);
        let (js, wasm) = (&self.bundle.0, &self.bundle.1);
        let job = Job { id, js, wasm, accounts, options };
        let message =
            job.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(|e| e.to_string())?;
        self.worker.post_message(&message).map_err(|e| js_error_text(&e))
    }
}

impl Drop for CompareWorker {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}

fn read_reply(data: &JsValue) -> Outcome {
    let field = |name: &str| Reflect::get(data, &name.into()).unwrap_or(JsValue::UNDEFINED);
    let id = field("id").as_f64().unwrap_or(0.0) as u32;
    if field("aborted").is_truthy() {
        return (id, Err(Failure::Aborted));
    }
    let error = field("error");
    if !error.is_undefined() {
        return (id, Err(Failure::Unavailable(js_error_text(&error))));
    }
    let comparison = match field("packed").dyn_into::<js_sys::Uint8Array>() {
        Ok(bytes) => crate::pack::from_bytes(&bytes.to_vec()).map_err(|_| "the comparison came back damaged"),
        Err(_) => Err("the comparison worker sent no comparison"),
    };
    (id, comparison.map_err(|e| Failure::Unavailable(e.into())))
}

/// A thrown JavaScript value as text: an `Error`'s message, or the value itself if it is a string.
/// (Not `Debug`, whose text is meant for developers, not for a notice.)
fn js_error_text(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "unknown error".into())
}

/// The absolute URLs of the app's wasm-bindgen module and wasm binary, read from the data
/// attributes of `boot.js`'s script element (Trunk.toml's `pattern_script`).
fn bundle_urls() -> Option<(String, String)> {
    let document = gloo::utils::document();
    let boot = document.query_selector("script[data-js][data-wasm]").ok()??;
    let base = document.base_uri().ok()??;
    let resolve = |name: &str| Some(Url::new_with_base(&boot.get_attribute(name)?, &base).ok()?.href());
    Some((resolve("data-js")?, resolve("data-wasm")?))
}
