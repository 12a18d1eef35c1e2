//! The `import_json` fuzz target: the properties it checks are in `checks/mod.rs` (`checks::import_json`),
//! shared with the regression test that replays `regressions/import_json/`.
#![no_main]

#[allow(dead_code)]
#[path = "../checks/mod.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::import_json(data));
