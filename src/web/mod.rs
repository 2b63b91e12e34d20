//! The web front end (wasm32 only): a thin Yew layer over the engine.

/// Mounts the app into the page body.
pub fn start() {}
