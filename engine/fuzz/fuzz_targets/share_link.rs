//! The share-link decoder must refuse or accept any fragment without panicking, and what it
//! accepts must encode and decode back to itself.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tactful::share::{decode, encode};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for fragment in [text.to_owned(), format!("#share=1.{text}")] {
        if let Ok(shared) = decode(&fragment) {
            let again = decode(&encode(&shared));
            assert_eq!(again.map(|s| s.case.fields), Ok(shared.case.fields));
        }
    }
});
