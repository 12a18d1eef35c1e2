//! The panic hook: logs the panic to the console (as `console_error_panic_hook` does), then
//! covers the page with a plain "Something went wrong — your work is saved" screen and a
//! Reload button, instead of leaving a frozen page. In the release build a panic aborts at
//! once (no hook, no message: smaller code); there `boot.js` catches the WebAssembly trap
//! and shows the same screen through [`show_panic_screen`].
//!
//! The claim is true because the store writes localStorage on every change (`store.rs`:
//! the effect over `Store::live`), so what was typed before the panic is already stored.
//! When it is not (storage refused or full, or an unsaved shared case:
//! `store::work_is_stored`), the screen says so and asks to copy what is needed first.
//!
//! The screen is built with plain DOM calls and static text (`i18n::text` in the language
//! of `<html lang>`, which the app keeps up to date): a panic may come from anywhere,
//! including the middle of a reactive update, so the hook touches no Leptos signal, and
//! it sets no HTML from text.
//!
//! Test-only trigger: the address `#/__panic` ([`TEST_HASH`]) panics on purpose when the
//! router reads it. Harmless in production: it shows this screen, nothing is lost, and
//! Reload opens the app without the trigger.

use wasm_bindgen::prelude::*;

use crate::i18n::{text, Lang, Msg};

/// The location hash that panics deliberately (for the end-to-end test of this screen).
pub const TEST_HASH: &str = "#/__panic";

/// The id of the screen's element, so a second panic does not draw it twice.
const SCREEN_ID: &str = "panic-screen";

/// Installs the hook (once; later calls replace it with the same hook).
#[cfg_attr(tactful_split, allow(dead_code))]
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        let _ = show();
    }));
}

/// Shows the screen from JavaScript. The release build aborts at once on a panic
/// (`-Cpanic=immediate-abort`, scripts/build): no hook runs and the WebAssembly traps;
/// `boot.js` catches the trap (an uncaught `WebAssembly.RuntimeError`) and calls this.
/// It touches no Leptos signal and borrows nothing a trap could have left borrowed: the
/// DOM, the static text and [`crate::store::work_is_stored`], a `Cell`.
#[wasm_bindgen(js_name = showPanicScreen)]
pub fn show_panic_screen() {
    let _ = show();
}

/// Panics if `hash` is the test trigger.
pub fn test_trigger(hash: &str) {
    if hash == TEST_HASH {
        panic!("deliberate panic: the address is {TEST_HASH} (test of the panic screen)");
    }
}

fn show() -> Option<()> {
    let window = web_sys::window()?;
    let document = window.document()?;
    if document.get_element_by_id(SCREEN_ID).is_some() {
        return Some(());
    }
    let root = document.document_element()?;
    let lang = root
        .get_attribute("lang")
        .as_deref()
        .and_then(Lang::from_tag)
        .unwrap_or_default();
    let body = document.body()?;

    let screen = document.create_element("div").ok()?;
    screen.set_id(SCREEN_ID);
    screen.set_class_name("panic-screen");
    screen.set_attribute("role", "alert").ok()?;
    let title = document.create_element("h1").ok()?;
    let (heading, explanation) = if crate::store::work_is_stored() {
        (Msg::PanicTitle, Msg::PanicBody)
    } else {
        (Msg::PanicTitleUnsaved, Msg::PanicBodyUnsaved)
    };
    title.set_text_content(Some(text(lang, heading)));
    let message = document.create_element("p").ok()?;
    message.set_text_content(Some(text(lang, explanation)));
    let button = document.create_element("button").ok()?;
    button.set_attribute("type", "button").ok()?;
    button.set_class_name("panic-reload");
    button.set_text_content(Some(text(lang, Msg::PanicReload)));
    let reload = Closure::<dyn Fn()>::new(reload);
    button
        .add_event_listener_with_callback("click", reload.as_ref().unchecked_ref())
        .ok()?;
    reload.forget();
    screen.append_child(&title).ok()?;
    screen.append_child(&message).ok()?;
    screen.append_child(&button).ok()?;

    // The app underneath is dead: hide it from eyes and assistive technology.
    if let Some(app) = document.get_element_by_id(crate::MOUNT_POINT_ID) {
        let _ = app.set_attribute("hidden", "");
        let _ = app.set_attribute("inert", "");
    }
    body.append_child(&screen).ok()?;
    if let Ok(button) = button.dyn_into::<web_sys::HtmlElement>() {
        let _ = button.focus();
    }
    Some(())
}

/// Reloads the page; from the test trigger, opens the app without it (a reload would
/// panic again).
fn reload() {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return;
    };
    if location.hash().as_deref() == Ok(TEST_HASH) {
        let path = location.pathname().unwrap_or_default();
        let search = location.search().unwrap_or_default();
        // A URL without a fragment is a real navigation, not a jump within the page.
        let _ = location.replace(&format!("{path}{search}"));
    } else {
        let _ = location.reload();
    }
}
