//! The `embed_query` fuzz target: the properties it checks are in `checks/mod.rs` (`checks::embed_query`),
//! shared with the regression test that replays `regressions/embed_query/`.
#![no_main]

#[allow(dead_code)]
#[path = "../checks/mod.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::embed_query(data));
