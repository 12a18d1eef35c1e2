//! Tactful's browser app: a thin Leptos shell over `tactful_engine`.
//!
//! The UI parses input into signals and derives everything else with `Memo`s; it never
//! computes money itself. See ARCHITECTURE.md for the map.

pub mod account_lines;
pub mod app;
pub mod cases_panel;
pub mod clipboard;
pub mod context;
pub mod download;
pub mod embed;
pub mod embed_page;
pub mod error_text;
pub mod field;
pub mod format;
pub mod i18n;
pub mod invoice_panel;
pub mod langs;
pub mod panic_screen;
mod part;
pub mod parts;
pub mod route;
pub mod saved;
pub mod share;
pub mod start_panel;
pub mod store;
pub mod sw;
pub mod theme;
pub mod today;
pub mod views;

use wasm_bindgen::prelude::*;

/// The id of the element the app mounts into.
pub const MOUNT_POINT_ID: &str = "app";

/// Called by wasm-bindgen when the module is initialised. Mounts the app only when the
/// page has the mount point, so the module can load on any page (and in a test runner)
/// without a UI. The JavaScript API is a separate module: the `tactful-api` crate.
#[wasm_bindgen(start)]
pub fn start() {
    // Logs a panic to the console, then shows "Something went wrong — your work is saved".
    // Not in the release build: there a panic aborts at once (`-Cpanic=immediate-abort`,
    // scripts/build), no hook ever runs, and boot.js shows the screen; installing the hook
    // would only bring its panic-message formatting into the first load.
    #[cfg(not(tactful_split))]
    panic_screen::install();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(mount_point) = document.get_element_by_id(MOUNT_POINT_ID) else {
        return;
    };
    // index.html's "Loading…" box (and the header painted above it) stays until the app is
    // shown ([`remove_boot_box`]).
    if let Ok(element) = mount_point.dyn_into::<web_sys::HtmlElement>() {
        leptos::mount::mount_to(element, app::App).forget();
    }
}

/// Removes the "Loading…" box that index.html shows until the app is there, the header it
/// painted above it (`#boot-header`, www/paint.js) and, on a first visit, the first screen
/// painted under it (`#boot-tabs`, `#boot-main`: tabs, start panel, the tool's heading and
/// purpose): the app calls it once it is shown (at once, or when its language's text has
/// been loaded), in the same task as it drew its own, which take their place without
/// moving (the tool's placeholder has the same heading and purpose, src/parts.rs).
pub fn remove_boot_box() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    for id in ["boot-header", "boot-tabs", "boot-main", "boot"] {
        if let Some(element) = document.get_element_by_id(id) {
            element.remove();
        }
    }
}
