//! Share links: one case carried in the URL fragment (`#share=1.<data>`), which browsers
//! never send to a server.
//!
//! `<data>` is the case as JSON ([`SharedCase`]), base64url-encoded without padding. The
//! `1.` is the format version: a later version may compress (measured: a typical case is
//! 300–700 characters of link, so compression would not yet pay for its code). Decoding is
//! strict and total: any malformed, oversized or hostile fragment is refused with a
//! [`ShareError`], never a panic (property-tested here, fuzzed in `engine/fuzz`).

use serde::{Deserialize, Serialize};

use crate::saved::{read, Case, ReadError, SCHEMA};

/// The fragment prefix of a share link.
pub const PREFIX: &str = "#share=";

/// The longest fragment accepted, in bytes.
pub const MAX_FRAGMENT: usize = 200_000;

/// What a share link carries: the case (without its id) and the tool it was shared from.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedCase {
    /// The tool to open (`plan`, `discount`, `timeline`, `message`).
    #[serde(default)]
    pub route: String,
    /// The sender's interface language (BCP 47), in whose format the numbers were typed.
    #[serde(default)]
    pub lang: String,
    /// The case.
    pub case: Case,
}

/// Why a share link cannot be opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// Not a share link, damaged or cut short.
    Malformed,
    /// Made by a newer version of Tactful.
    Newer,
    /// Longer than [`MAX_FRAGMENT`].
    TooLong,
}

/// The fragment (with its `#`) for `shared`.
///
/// ```
/// use tactful::share::{decode, encode, SharedCase};
///
/// let mut shared = SharedCase { route: "plan".into(), ..SharedCase::default() };
/// shared.case.fields.insert("invoice.amount".into(), "4,800".into());
/// let fragment = encode(&shared);
/// assert!(fragment.starts_with("#share=1."));
/// assert_eq!(decode(&fragment).unwrap().case.fields["invoice.amount"], "4,800");
/// ```
pub fn encode(shared: &SharedCase) -> String {
    let mut shared = shared.clone();
    shared.case.id.clear();
    let json = serde_json::to_string(&shared).unwrap_or_default();
    format!("{PREFIX}1.{}", base64url_encode(json.as_bytes()))
}

/// The case in a share-link fragment (with or without its `#`), checked like saved work.
///
/// ```
/// use tactful::share::{decode, ShareError};
///
/// assert_eq!(decode("#share=1.!!!"), Err(ShareError::Malformed));
/// assert_eq!(decode("#share=2.e30"), Err(ShareError::Newer));
/// assert_eq!(decode("#/plan"), Err(ShareError::Malformed));
/// ```
pub fn decode(fragment: &str) -> Result<SharedCase, ShareError> {
    if fragment.len() > MAX_FRAGMENT {
        return Err(ShareError::TooLong);
    }
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let rest = fragment
        .strip_prefix(&PREFIX[1..])
        .ok_or(ShareError::Malformed)?;
    let (version, data) = rest.split_once('.').ok_or(ShareError::Malformed)?;
    match version.parse::<u32>() {
        Ok(1) => {}
        Ok(v) if v > 1 && version.len() < 6 => return Err(ShareError::Newer),
        _ => return Err(ShareError::Malformed),
    }
    let bytes = base64url_decode(data).ok_or(ShareError::Malformed)?;
    let json = String::from_utf8(bytes).map_err(|_| ShareError::Malformed)?;
    let value: serde_json::Value =
        serde_json::from_str(&json).map_err(|_| ShareError::Malformed)?;
    let shared = SharedCase::deserialize(&value).map_err(|_| ShareError::Malformed)?;
    // Check the case exactly as stored work is checked.
    let as_saved = serde_json::json!({ "schema": SCHEMA, "cases": [shared.case] });
    let (saved, _) = read(&as_saved).map_err(|e| match e {
        ReadError::Newer(_) => ShareError::Newer,
        ReadError::Unreadable => ShareError::Malformed,
    })?;
    let case = saved
        .cases
        .into_iter()
        .next()
        .ok_or(ShareError::Malformed)?;
    let short = |t: &str, ok: fn(u8) -> bool| t.len() <= 16 && t.bytes().all(ok);
    let route = if short(&shared.route, |b| b.is_ascii_lowercase()) {
        shared.route
    } else {
        String::new()
    };
    let lang = if short(&shared.lang, |b| b.is_ascii_alphabetic() || b == b'-') {
        shared.lang
    } else {
        String::new()
    };
    Ok(SharedCase { route, lang, case })
}

/// Whether `hash` is a share link (to be decoded) rather than a route.
pub fn is_share_link(hash: &str) -> bool {
    hash.starts_with(PREFIX)
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Base64url (RFC 4648 §5) without padding.
pub fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk.first().copied().unwrap_or(0),
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        let chars = chunk.len() + 1;
        for i in 0..chars {
            let index = (n >> (18 - 6 * i)) & 63;
            out.push(char::from(ALPHABET[index as usize]));
        }
    }
    out
}

/// Decodes base64url without padding; `None` for any other character, a length that
/// cannot occur, or non-zero trailing bits (so each text has one decoding).
pub fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    fn value(c: u8) -> Option<u32> {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' => 62,
            b'_' => 63,
            _ => return None,
        };
        Some(u32::from(v))
    }
    let bytes = text.as_bytes();
    if bytes.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(bytes.len() / 4 * 3 + 2);
    for chunk in bytes.chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            n |= value(c)? << (18 - 6 * i);
        }
        let produced = chunk.len() - 1;
        // Bits beyond the produced bytes must be zero.
        let used_bits = 8 * produced;
        if n & ((1 << (24 - used_bits)) - 1) != 0 {
            return None;
        }
        for i in 0..produced {
            out.push(((n >> (16 - 8 * i)) & 0xFF) as u8);
        }
    }
    Some(out)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn base64url_matches_rfc_4648_vectors() {
        // RFC 4648 §10, without padding.
        for (plain, coded) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64url_encode(plain.as_bytes()), coded);
            assert_eq!(base64url_decode(coded), Some(plain.as_bytes().to_vec()));
        }
        assert_eq!(base64url_encode(&[0xfb, 0xff]), "-_8");
        assert_eq!(base64url_decode("Zh"), None, "trailing bits");
        assert_eq!(base64url_decode("Z"), None);
        assert_eq!(base64url_decode("Zm9v="), None);
        assert_eq!(base64url_decode("Zm+v"), None);
    }

    #[test]
    fn hostile_fragments_are_refused() {
        let big = format!("#share=1.{}", "A".repeat(MAX_FRAGMENT));
        assert_eq!(decode(&big), Err(ShareError::TooLong));
        for bad in [
            "",
            "#",
            "#share=",
            "#share=1",
            "#share=1.",
            "#share=x.e30",
            "#share=99999999999.e30",
            "#share=-1.e30",
            "#share=1.%3Cscript%3E",
        ] {
            assert_eq!(decode(bad), Err(ShareError::Malformed), "{bad}");
        }
        let not_json = format!(
            "#share=1.{}",
            base64url_encode(b"<img src=x onerror=alert(1)>")
        );
        assert_eq!(decode(&not_json), Err(ShareError::Malformed));
        let not_utf8 = format!("#share=1.{}", base64url_encode(&[0xff, 0xfe, 0x7b]));
        assert_eq!(decode(&not_utf8), Err(ShareError::Malformed));
        let wrong_shape = format!("#share=1.{}", base64url_encode(br#"{"case": 5}"#));
        assert_eq!(decode(&wrong_shape), Err(ShareError::Malformed));
    }

    #[test]
    fn odd_keys_and_routes_are_dropped_not_trusted() {
        let json = br#"{"route": "<x>", "case": {"id": "zz", "fields": {"BAD KEY": "1", "invoice.amount": "<img src=x>"}}}"#;
        let fragment = format!("#share=1.{}", base64url_encode(json));
        let shared = decode(&fragment).unwrap_or_default();
        assert_eq!(shared.route, "");
        assert_eq!(shared.case.fields.len(), 1);
        assert_eq!(shared.case.fields["invoice.amount"], "<img src=x>");
    }

    proptest! {
        #[test]
        fn base64url_round_trips(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
            let coded = base64url_encode(&bytes);
            prop_assert_eq!(coded.len(), (bytes.len() * 4).div_ceil(3));
            prop_assert_eq!(base64url_decode(&coded), Some(bytes));
        }

        #[test]
        fn any_fragment_decodes_or_is_refused(text in "#share=1\\.[A-Za-z0-9_-]{0,64}|\\PC{0,64}") {
            let _ = decode(&text);
        }

        #[test]
        fn shared_cases_round_trip(
            fields in prop::collection::btree_map("[a-z.]{1,12}", "\\PC{0,40}", 0..8),
            name in "\\PC{0,40}",
        ) {
            let shared = SharedCase {
                route: "timeline".into(),
                lang: "de".into(),
                case: Case { id: String::new(), name, fields, templates: vec![] },
            };
            let back = decode(&encode(&shared));
            prop_assert_eq!(back.map(|s| (s.route, s.case.fields, s.case.name)),
                Ok((shared.route, shared.case.fields, shared.case.name)));
        }
    }
}
