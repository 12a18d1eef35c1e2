//! Saved work is untrusted (hand-edited, truncated, another version's): reading it must
//! never panic, and what it reads must be within the limits and read back to itself.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tactful::saved::{read_str, MAX_CASES};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok((saved, _)) = read_str(text) {
        assert!(saved.cases.len() <= MAX_CASES);
        let json = serde_json_text(&saved);
        let (again, dropped) = read_str(&json).unwrap_or_default();
        assert!(dropped.is_empty());
        assert_eq!(again, saved);
    }
});

fn serde_json_text(saved: &tactful::saved::Saved) -> String {
    tactful::saved::to_json(saved)
}
