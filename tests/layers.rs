//! The app's modules are layered, and a lower layer never imports a higher one (the way
//! `engine/tests/no_web_deps.rs` keeps the engine free of web crates):
//!
//! | layer | modules |
//! |---|---|
//! | 0 building blocks | `account_lines`, `i18n`, `context`, `field`, `format`, `route`, `langs`, `part`, `error_text`, `embed`, `saved`, `share`, `theme`, `today`, `clipboard`, `download`, `sw` |
//! | 1 tool state | `views::*::state` |
//! | 2 saved work | `store` |
//! | 3 views | `views` (but the state files), `invoice_panel`, `cases_panel`, `start_panel`, `embed_page`, `panic_screen` |
//! | 4 parts registry | `parts` |
//! | 5 the app | `app`, `lib` |
//!
//! Each file's `crate::…` and `super::…` paths are resolved to the module they name; the
//! test fails, naming the file and the path, when one points to a higher layer. A module
//! missing from the table fails too, so a new file is placed on purpose.

use std::fs;
use std::path::{Path, PathBuf};

/// The layer of the module at `path` (`["views", "plan", "state"]`).
fn layer(path: &[String]) -> Option<u8> {
    let first = path.first().map(String::as_str).unwrap_or("lib");
    Some(match first {
        "account_lines" | "i18n" | "context" | "field" | "format" | "route" | "langs" | "part"
        | "error_text" | "embed" | "saved" | "share" | "theme" | "today" | "clipboard"
        | "download" | "sw" => 0,
        "views" if path.len() >= 3 && path[2] == "state" => 1,
        "views" => 3,
        "store" => 2,
        "invoice_panel" | "cases_panel" | "start_panel" | "embed_page" | "panic_screen" => 3,
        "parts" => 4,
        "app" | "lib" => 5,
        _ => return None,
    })
}

/// Every `.rs` file under `dir`.
fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The module path of a file under `src/` (`src/views/plan/state.rs` → views::plan::state;
/// `mod.rs` is its folder; `lib.rs` is the crate root).
fn module_of(src: &Path, file: &Path) -> Vec<String> {
    let relative = file.strip_prefix(src).unwrap_or(file).with_extension("");
    let mut path: Vec<String> = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if path.last().is_some_and(|last| last == "mod") {
        path.pop();
    }
    if path == ["lib"] {
        path.clear();
    }
    path
}

/// The module paths a file refers to: `crate::a::b` and `super::c` (resolved), as the
/// first segments that name a module.
fn references(module: &[String], text: &str) -> Vec<(String, Vec<String>)> {
    let mut found = Vec::new();
    // Inline modules (`mod tests { … }`): their names and the brace depth they opened at,
    // so `super::` inside them resolves to the file's own module.
    let mut inline: Vec<(String, i32)> = Vec::new();
    let mut depth = 0i32;
    for line in text.lines() {
        let code = line.split("//").next().unwrap_or("");
        let trimmed = code.trim_start();
        let declaration = trimmed
            .strip_prefix("pub ")
            .unwrap_or(trimmed)
            .strip_prefix("mod ");
        if let Some(rest) = declaration.filter(|rest| rest.trim_end().ends_with('{')) {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            inline.push((name, depth));
        }
        depth += i32::try_from(code.matches('{').count()).unwrap_or(0);
        depth -= i32::try_from(code.matches('}').count()).unwrap_or(0);
        while inline.last().is_some_and(|(_, opened)| depth <= *opened) {
            inline.pop();
        }
        let here: Vec<String> = module
            .iter()
            .cloned()
            .chain(inline.iter().map(|(name, _)| name.clone()))
            .collect();
        for (start, _) in code.match_indices("crate::") {
            let rest = &code[start + "crate::".len()..];
            let path: Vec<String> = rest
                .split("::")
                .map(|segment| {
                    segment
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                        .collect::<String>()
                })
                .take_while(|segment| {
                    !segment.is_empty() && segment.chars().next().is_some_and(char::is_lowercase)
                })
                .collect();
            if !path.is_empty() {
                found.push((format!("crate::{rest}"), path));
            }
        }
        for (start, _) in code.match_indices("super::") {
            // `super::super::x` is handled by counting the leading supers.
            if code[..start].ends_with("super::") {
                continue;
            }
            let mut rest = &code[start..];
            // A file `x.rs` is module `x`; its `super` is its parent. A `mod.rs` is its
            // folder's module, whose `super` is the folder's parent.
            let mut base: Vec<String> = here.clone();
            while let Some(after) = rest.strip_prefix("super::") {
                base.pop();
                rest = after;
            }
            let next: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if next.chars().next().is_some_and(char::is_lowercase) {
                base.push(next);
            }
            found.push((code[start..].trim().to_owned(), base));
        }
    }
    found
}

#[test]
fn no_module_imports_a_higher_layer() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut all = Vec::new();
    files(&src, &mut all);
    assert!(all.len() > 30, "found the sources");
    let mut problems = Vec::new();
    for file in &all {
        let module = module_of(&src, file);
        let Some(own) = layer(&module) else {
            problems.push(format!("{}: not in the layer table", file.display()));
            continue;
        };
        let text = fs::read_to_string(file).unwrap_or_default();
        for (written, target) in references(&module, &text) {
            // A path into the module itself or below it is inside one layer.
            if target.starts_with(&module) && !module.is_empty() {
                continue;
            }
            match layer(&target) {
                Some(theirs) if theirs > own => problems.push(format!(
                    "{} (layer {own}) uses {written} (layer {theirs})",
                    file.display()
                )),
                Some(_) => {}
                None => {}
            }
        }
    }
    assert!(
        problems.is_empty(),
        "layering broken:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_layering_check_sees_a_lower_layer_importing_a_higher_one() {
    let module = vec!["format".to_owned()];
    let refs = references(&module, "use crate::store::Store; // a mistake");
    let (_, target) = &refs[0];
    assert_eq!(layer(&module), Some(0));
    assert_eq!(layer(target), Some(2));
    let nested = vec!["views".to_owned(), "plan".to_owned(), "results".to_owned()];
    let refs = references(&nested, "use super::state::PlanState;");
    assert_eq!(refs[0].1, ["views", "plan", "state"]);
    assert_eq!(layer(&refs[0].1), Some(1));
    assert_eq!(layer(&nested), Some(3));
    // Inside an inline test module, `super` is the file's own module.
    let refs = references(
        &module,
        "mod tests {\n    use super::*;\n}\nuse super::app;",
    );
    assert_eq!(refs[0].1, ["format"]);
    assert_eq!(refs[1].1, ["app"]);
}
