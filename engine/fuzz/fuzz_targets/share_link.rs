//! The `share_link` fuzz target: the properties it checks are in `checks/mod.rs` (`checks::share_link`),
//! shared with the regression test that replays `regressions/share_link/`.
#![no_main]

#[allow(dead_code)]
#[path = "../checks/mod.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::share_link(data));
