//! The "Available offline" note. `www/boot.js` registers the service worker (`www/sw.js`), and
//! once it has stored the app's files it sets `data-offline="ready"` on the root element and fires
//! `claimdiff:offline-ready` on the window; this note appears then. The app keeps whether it is
//! ready (a component of its own would carry its own copy of yew's lifecycle code for one flag).

use gloo::events::EventListener;
use yew::prelude::*;

/// Whether the service worker has stored the app's files already.
pub fn offline_ready() -> bool {
    gloo::utils::document()
        .document_element()
        .and_then(|html| html.get_attribute("data-offline"))
        .is_some_and(|state| state == "ready")
}

/// Calls `ready` when the service worker has stored the app's files, while the listener lives.
pub fn when_ready(ready: impl Fn() + 'static) -> EventListener {
    EventListener::new(&gloo::utils::window(), "claimdiff:offline-ready", move |_| ready())
}

/// Says that the app works offline, once that is true.
pub fn offline_note(ready: bool) -> Html {
    html! {
        if ready {
            <p id="offline-note" class="offline-note">
                { "Available offline: this browser keeps Claimdiff, so it also works without a connection." }
            </p>
        }
    }
}
