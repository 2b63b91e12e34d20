//! Claimdiff: compare several accounts of one news event.
//!
//! - [`engine`]: the pure-Rust comparison engine (segmenting, aligning, diffing, classifying).
//! - [`ingest`]: files and clipboard content turned into account text (Markdown, HTML paragraphs).
//! - [`pack`]: the compact binary serde format that carries a comparison from the worker to the page.
//! - [`cli`]: the native command-line interface over the engine.
//! - `api` (wasm32 only): the JavaScript API (`compare`, `segment`).
//! - `js_value` (wasm32 only): JavaScript values read into Rust types (the API's arguments, stored state).
//! - `web` (wasm32 only): the Yew front end, a thin layer over the engine.

pub mod engine;
pub mod ingest;
pub mod pack;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;

#[cfg(target_arch = "wasm32")]
pub mod api;
#[cfg(target_arch = "wasm32")]
pub mod js_value;
#[cfg(target_arch = "wasm32")]
pub mod web;

pub use engine::{compare, segment_text, AccountInput, Comparison, Options};
