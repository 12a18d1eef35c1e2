//! Replays every committed fuzz input (`engine/fuzz/regressions/<target>/`: the
//! coverage-minimised corpus of each cargo-fuzz target, plus any input that once failed)
//! through the same checks the fuzz targets run (`engine/fuzz/checks/mod.rs`), so
//! `cargo test` keeps what the fuzzer learned without running it. Native only.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../engine/fuzz/checks/mod.rs"]
mod checks;

use std::path::PathBuf;

fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("engine/fuzz/regressions")
        .join(target);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        panic!("{} is missing", dir.display());
    };
    let mut files: Vec<(String, Vec<u8>)> = entries
        .filter_map(Result::ok)
        .map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let data = std::fs::read(e.path()).unwrap_or_else(|err| panic!("{name}: {err}"));
            (name, data)
        })
        .collect();
    files.sort();
    files
}

#[test]
fn every_target_has_committed_inputs_and_they_all_pass() {
    for target in checks::TARGETS {
        let files = inputs(target);
        assert!(!files.is_empty(), "no regression inputs for {target}");
        for (name, data) in files {
            let outcome = std::panic::catch_unwind(|| checks::check(target, &data));
            assert!(outcome.is_ok(), "{target}/{name} fails its checks");
        }
    }
}

/// The one input that has failed a fuzz target's checks so far, by name: a zero-padded
/// year (`002024-01-05` was read as 2024; now out of range, like any longer year).
#[test]
fn date_parser_padded_year() {
    let files = inputs("date_parser");
    let Some((_, data)) = files.iter().find(|(name, _)| name == "padded-year") else {
        panic!("regressions/date_parser/padded-year is missing");
    };
    checks::date_parser(data);
}
