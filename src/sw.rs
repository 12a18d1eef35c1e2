//! Offline support: registers the service worker (`www/sw.js`, filled in and versioned by
//! `scripts/precache.mjs`) and says when a new version is waiting.
//!
//! A new version never takes over by itself: its worker waits until the person presses
//! "Reload" ([`reload_into_update`]), then activates and the page reloads once, so the page
//! never runs old JavaScript against new WebAssembly.
//!
//! Everything here does nothing where there is no window or no service worker (Node, `file:`,
//! insecure origins) and on pages that are not Tactful's own `index.html` (it links the web
//! app manifest; a test page or a host page mounting the app does not).

use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration};

/// The worker script, relative to the page (so the app works under any path).
const SCRIPT: &str = "sw.js";

thread_local! {
    /// This page's registration, once made (kept for the "Reload" button).
    static REGISTRATION: RefCell<Option<ServiceWorkerRegistration>> = const { RefCell::new(None) };
}

/// `navigator.serviceWorker`, when this page may use one.
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    let container = js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker")).ok()?;
    (!container.is_undefined() && !container.is_null()).then(|| container.unchecked_into())
}

/// Registers the worker and sets `update_ready` when a new version is installed and waiting
/// while an older one controls this page (not on the first install).
pub fn register(update_ready: RwSignal<bool>) {
    let own_page = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("link[rel=manifest]").ok().flatten())
        .is_some();
    let Some(container) = container().filter(|_| own_page) else {
        return;
    };
    let registering = container.register(SCRIPT);
    spawn_local(async move {
        // Checked, not assumed: a browser that blocks workers may resolve with nothing.
        let registered = JsFuture::from(registering).await;
        if let Ok(registration) = registered.and_then(|r| r.dyn_into::<ServiceWorkerRegistration>())
        {
            REGISTRATION.set(Some(registration.clone()));
            watch(container, registration, update_ready);
        }
    });
}

fn watch(
    container: ServiceWorkerContainer,
    registration: ServiceWorkerRegistration,
    update_ready: RwSignal<bool>,
) {
    let check = {
        let registration = registration.clone();
        move || {
            if registration.waiting().is_some() && container.controller().is_some() {
                update_ready.set(true);
            }
        }
    };
    // A new version may already be waiting or installing (the browser checks for one on
    // every visit, often before this code runs), or be found later.
    check();
    let track = move |worker: Option<web_sys::ServiceWorker>| {
        if let Some(worker) = worker {
            let on_state_change = Closure::<dyn Fn()>::new(check.clone()).into_js_value();
            worker.set_onstatechange(Some(on_state_change.unchecked_ref()));
        }
    };
    track(registration.installing());
    let on_update_found = Closure::<dyn Fn()>::new({
        let registration = registration.clone();
        move || track(registration.installing())
    })
    .into_js_value();
    registration.set_onupdatefound(Some(on_update_found.unchecked_ref()));
}

/// Lets the waiting version take over, then reloads the page once it controls it (or at
/// once if nothing is waiting any more, e.g. another tab already switched).
pub fn reload_into_update() {
    let reload = || {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    };
    let waiting = REGISTRATION.with_borrow(|r| r.as_ref().and_then(|r| r.waiting()));
    let (Some(container), Some(worker)) = (container(), waiting) else {
        reload();
        return;
    };
    container.set_oncontrollerchange(Some(Closure::once_into_js(reload).unchecked_ref()));
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &"SKIP_WAITING".into());
    if worker.post_message(&message).is_err() {
        reload();
    }
}
