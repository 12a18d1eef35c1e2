//! Helpers shared by the wasm-bindgen component tests (`shell.rs`, `leak.rs`).
// Each test file uses its own subset of these.
#![allow(dead_code)]

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A fresh element appended to the page, to mount an app into. Saved work is cleared
/// first: the apps of earlier tests share this page's localStorage, and a new app
/// restores what they saved.
pub fn new_host() -> web_sys::HtmlElement {
    if let Ok(Some(storage)) = window().local_storage() {
        storage.clear().unwrap();
    }
    let document = document();
    let host: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    host
}

/// Types `value` into the input at `selector` as a user would (value + `input` event).
pub fn type_into(host: &web_sys::HtmlElement, selector: &str, value: &str) {
    let input: web_sys::HtmlInputElement = host
        .query_selector(selector)
        .unwrap()
        .expect(selector)
        .unchecked_into();
    input.set_value(value);
    let event = web_sys::Event::new("input").unwrap();
    input.dispatch_event(&event).unwrap();
}

/// Picks `value` in the select at `selector` as a user would (value + `change` event).
pub fn choose(host: &web_sys::HtmlElement, selector: &str, value: &str) {
    let select: web_sys::HtmlSelectElement = host
        .query_selector(selector)
        .unwrap()
        .expect(selector)
        .unchecked_into();
    select.set_value(value);
    let event = web_sys::Event::new("change").unwrap();
    select.dispatch_event(&event).unwrap();
}
