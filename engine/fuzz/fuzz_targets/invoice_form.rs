//! The `invoice_form` fuzz target: the properties it checks are in `checks/mod.rs` (`checks::invoice_form`),
//! shared with the regression test that replays `regressions/invoice_form/`.
#![no_main]

#[allow(dead_code)]
#[path = "../checks/mod.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::invoice_form(data));
