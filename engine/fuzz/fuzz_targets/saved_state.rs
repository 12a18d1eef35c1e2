//! The `saved_state` fuzz target: the properties it checks are in `checks/mod.rs` (`checks::saved_state`),
//! shared with the regression test that replays `regressions/saved_state/`.
#![no_main]

#[allow(dead_code)]
#[path = "../checks/mod.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::saved_state(data));
