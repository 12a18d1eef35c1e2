//! The `amount_parser` fuzz target: the properties it checks are in `checks/mod.rs` (`checks::amount_parser`),
//! shared with the regression test that replays `regressions/amount_parser/`.
#![no_main]

#[allow(dead_code)]
#[path = "../checks/mod.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::amount_parser(data));
