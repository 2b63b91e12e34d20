//! The "Available offline" note. `www/boot.js` registers the service worker (`www/sw.js`), and
//! once it has stored the app's files it sets `data-offline="ready"` on the root element and fires
//! `claimdiff:offline-ready` on the window; this note appears then.

use gloo::events::EventListener;
use yew::prelude::*;

fn offline_ready() -> bool {
    gloo::utils::document()
        .document_element()
        .and_then(|html| html.get_attribute("data-offline"))
        .is_some_and(|state| state == "ready")
}

/// Says that the app works offline, once that is true.
#[function_component(OfflineNote)]
pub fn offline_note() -> Html {
    let ready = use_state(offline_ready);
    {
        let ready = ready.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "claimdiff:offline-ready", move |_| {
                ready.set(true);
            });
            move || drop(listener)
        });
    }
    html! {
        if *ready {
            <p id="offline-note" class="offline-note">
                { "Available offline: this browser keeps Claimdiff, so it also works without a connection." }
            </p>
        }
    }
}
