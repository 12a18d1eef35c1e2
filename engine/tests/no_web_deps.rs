//! The engine must stay free of web dependencies (ARCHITECTURE.md): it is tested natively
//! and reused by the JS API in Node. This test fails if a web crate ever creeps in.

use std::fs;
use std::path::Path;

const FORBIDDEN: [&str; 6] = [
    "leptos",
    "web_sys",
    "web-sys",
    "js_sys",
    "js-sys",
    "wasm_bindgen",
];

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).expect("readable source folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn the_engine_manifest_names_no_web_crate() {
    let manifest = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml"))
        .expect("engine Cargo.toml");
    for line in manifest
        .lines()
        .filter(|l| !l.trim_start().starts_with('#'))
    {
        for name in FORBIDDEN {
            assert!(
                !line.contains(name),
                "engine/Cargo.toml mentions {name}: {line}"
            );
        }
    }
}

#[test]
fn the_engine_sources_import_no_web_crate() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    assert!(!files.is_empty());
    for file in files {
        let source = fs::read_to_string(&file).expect("readable source");
        for name in FORBIDDEN.iter().filter(|n| !n.contains('-')) {
            for pattern in [
                format!("use {name}"),
                format!("{name}::"),
                format!("extern crate {name}"),
            ] {
                assert!(!source.contains(&pattern), "{} uses {name}", file.display());
            }
        }
    }
}
