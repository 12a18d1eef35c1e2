//! The `date_parser` fuzz target: the properties it checks are in `checks/mod.rs` (`checks::date_parser`),
//! shared with the regression test that replays `regressions/date_parser/`.
#![no_main]

#[allow(dead_code)]
#[path = "../checks/mod.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::date_parser(data));
