//! Component tests in headless Chromium (`wasm-pack test --headless --chrome`): mount the
//! app shell into a fresh element and check that the DOM reacts to input.
#![cfg(target_arch = "wasm32")]

use leptos::task::tick;
use tactful::app::App;
use wasm_bindgen_test::*;

mod common;
use common::{choose, type_into};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts a fresh app (with empty saved work).
fn mount_app() -> web_sys::HtmlElement {
    let host = common::new_host();
    leptos::mount::mount_to(host.clone(), App).forget();
    host
}

fn text_of(host: &web_sys::HtmlElement, selector: &str) -> String {
    host.query_selector(selector)
        .unwrap()
        .expect(selector)
        .text_content()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_shell_renders_the_invoice_panel_and_four_tools() {
    let host = mount_app();
    tick().await;
    assert!(host.query_selector("#amount").unwrap().is_some());
    assert!(host.query_selector("#currency").unwrap().is_some());
    let tabs = host.query_selector_all("nav.tabs a").unwrap();
    assert_eq!(tabs.length(), 4);
    assert!(text_of(&host, "[data-testid=invoice-summary]").contains("Enter the amount"));
    host.remove();
}

/// The fieldset of the invoice's "More about the invoice" section.
fn more_fields(host: &web_sys::HtmlElement) -> web_sys::Element {
    host.query_selector("details[data-section=invoice-more] > fieldset")
        .unwrap()
        .expect("the section's fieldset")
}

/// Clicks the summary of "More about the invoice" (opens or closes it), then lets the app
/// react.
async fn click_more_summary(host: &web_sys::HtmlElement) {
    use wasm_bindgen::JsCast;
    host.query_selector("details[data-section=invoice-more] > summary")
        .unwrap()
        .expect("the summary")
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
    tick().await;
}

/// Resolves after `ms` milliseconds (idle callbacks and timeouts run meanwhile).
async fn wait(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .expect("a window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

#[wasm_bindgen_test]
async fn a_collapsed_section_builds_its_fields_when_it_is_opened() {
    use wasm_bindgen::JsCast;
    let host = mount_app();
    // The start-up render leaves them out (checked before any await: no idle moment yet);
    // the summary line is there, from the invoice's state.
    assert!(host.query_selector("#your-business").unwrap().is_none());
    assert_eq!(
        more_fields(&host).get_attribute("aria-busy").as_deref(),
        Some("true")
    );
    assert!(text_of(&host, "details[data-section=invoice-more] summary")
        .contains("More about the invoice"));
    click_more_summary(&host).await;
    assert!(host.query_selector("#your-business").unwrap().is_some());
    assert_eq!(more_fields(&host).get_attribute("aria-busy"), None);
    // Closing and opening again keeps the fields (built once) and what was typed.
    type_into(&host, "#your-business", "Northwind Design");
    for _ in 0..2 {
        click_more_summary(&host).await;
    }
    let input = host
        .query_selector("#your-business")
        .unwrap()
        .expect("still there")
        .unchecked_into::<web_sys::HtmlInputElement>();
    assert_eq!(input.value(), "Northwind Design");
    host.remove();
}

#[wasm_bindgen_test]
async fn a_section_never_opened_is_built_in_an_idle_moment() {
    let host = mount_app();
    assert!(host.query_selector("#your-business").unwrap().is_none());
    // Earlier tests' apps (never unmounted) may have sections queued before this one.
    for _ in 0..50 {
        if host.query_selector("#your-business").unwrap().is_some() {
            break;
        }
        wait(100).await;
    }
    assert!(host.query_selector("#your-business").unwrap().is_some());
    assert_eq!(more_fields(&host).get_attribute("aria-busy"), None);
    host.remove();
}

#[wasm_bindgen_test]
async fn typing_an_invoice_updates_the_summary() {
    let host = mount_app();
    tick().await;
    // The currency starts from the browser's language (en-US here: dollars); choose pounds.
    choose(&host, "#currency", "GBP");
    type_into(&host, "#client-business", "Acme Ltd");
    type_into(&host, "#amount", "4,800");
    type_into(&host, "#due-date", "2025-01-15");
    tick().await;
    let summary = text_of(&host, "[data-testid=invoice-summary]");
    assert!(
        summary.starts_with("£4,800.00 from Acme Ltd (no invoice number yet) was due on "),
        "{summary}"
    );
    assert!(summary.contains("days overdue"), "{summary}");
    host.remove();
}

#[wasm_bindgen_test]
async fn a_bad_amount_shows_a_message_next_to_the_field() {
    let host = mount_app();
    tick().await;
    type_into(&host, "#amount", "12.345");
    tick().await;
    let error = text_of(&host, "#amount-error");
    assert!(error.contains("at most 2 decimal places"), "{error}");
    let input = host.query_selector("#amount").unwrap().unwrap();
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    host.remove();
}
