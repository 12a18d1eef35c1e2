//! Memory regression check in headless Chromium (`wasm-pack test --headless --chrome --
//! --test leak`): recomputing a long instalment plan must not keep anything.
//!
//! Leptos 0.8 leaves a dropped `RenderEffect` subscribed to every signal it read until that
//! signal next changes (see ARCHITECTURE.md). The plan results used to build one reactive
//! `selected` closure per row of the missed-payment select inside the re-rendered results,
//! so each recomputation left one dead effect per row behind, subscribed to the choice (a
//! signal that does not change): ~75 KB of WebAssembly memory per recomputation of a
//! 600-instalment plan. WebAssembly memory never shrinks and only grows when the allocator
//! runs out, so after a warm-up it must stay the same size however often the plan is
//! recomputed. (A counting allocator would be finer, but needs `unsafe`, which the
//! workspace forbids.)
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use leptos::task::tick;
use tactful::app::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

mod common;
use common::type_into;

wasm_bindgen_test_configure!(run_in_browser);

const ROWS: usize = 240;
/// One 64 KiB page: the allocator may still settle after the warm-up; the leak grew the
/// memory by ~30 KB per recomputation of this plan (about 14 pages over the checked runs).
const TOLERANCE: u32 = 65_536;

fn last_row(host: &web_sys::HtmlElement) -> String {
    host.query_selector("[data-testid=plan-schedule] tbody tr:last-child")
        .unwrap()
        .map(|row| row.text_content().unwrap_or_default())
        .unwrap_or_default()
}

/// The size of this module's linear memory, in bytes.
fn wasm_memory() -> u32 {
    let memory: js_sys::WebAssembly::Memory = wasm_bindgen::memory().unchecked_into();
    memory
        .buffer()
        .unchecked_into::<js_sys::ArrayBuffer>()
        .byte_length()
}

/// Changes the amount (1000 ↔ 1001) and waits until the schedule shows the new plan.
async fn recompute(host: &web_sys::HtmlElement, n: usize) {
    let before = last_row(host);
    type_into(host, "#amount", if n % 2 == 1 { "1001" } else { "1000" });
    for _ in 0..20 {
        tick().await;
        if last_row(host) != before {
            return;
        }
    }
    panic!("recomputation {n} did not update the schedule");
}

#[wasm_bindgen_test]
async fn recomputing_a_long_plan_keeps_no_memory() {
    let host = common::new_host();
    window().location().set_hash("#/plan").unwrap();
    let handle = leptos::mount::mount_to(host.clone(), App);
    tick().await;
    type_into(&host, "#amount", "1000");
    type_into(&host, "#due-date", "2025-05-30");
    type_into(&host, "#plan-first-due", "2025-06-02");
    type_into(&host, "#plan-count", &ROWS.to_string());
    tick().await;
    let rows = host
        .query_selector_all("[data-testid=plan-schedule] tbody tr")
        .unwrap()
        .length();
    assert_eq!(rows as usize, ROWS + 1, "the plan and its totals row");

    for n in 1..=10 {
        recompute(&host, n).await;
    }
    let warm = wasm_memory();
    for n in 11..=40 {
        recompute(&host, n).await;
    }
    let grown = wasm_memory().saturating_sub(warm);
    assert!(
        grown <= TOLERANCE,
        "WebAssembly memory grew by {grown} bytes over 30 recomputations of a {ROWS}-instalment plan"
    );
    drop(handle);
    host.remove();
}
