//! The saved-work schema: every case's raw inputs and edited templates, as stored in
//! localStorage, exported to a JSON file and carried by a share link.
//!
//! Stored data is untrusted input (hand-edited, truncated, written by another version):
//! [`read`] turns any JSON value into a usable [`Saved`] or says why it cannot, and
//! [`Saved::sanitized`] drops whatever is out of shape, reporting what it dropped. Pure
//! Rust with no web dependency, so it is tested natively; `store.rs` does the browser part.
//!
//! Field values are kept exactly as typed (`"4,800"`), keyed by stable names such as
//! `invoice.amount` (see `store.rs`), so a case restores to the same screen and a key
//! this version does not know is ignored rather than fatal. Choices are stored by their
//! Rust variant name (`"Monthly"`): renaming a variant needs a migration here.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

/// The schema this version writes. Version 1 is the first: there is nothing older to
/// migrate yet; [`read`] is where a migration from 1 to 2 will go.
pub const SCHEMA: u32 = 1;

/// At most this many cases are kept.
pub const MAX_CASES: usize = 200;
/// At most this many fields per case.
pub const MAX_FIELDS: usize = 200;
/// At most this many edited templates per case.
pub const MAX_TEMPLATES: usize = 300;
/// The longest field value kept, in characters (a template body may be longer).
pub const MAX_VALUE_CHARS: usize = 20_000;
/// The longest template subject or body kept, in characters: the engine's limit.
pub use tactful_engine::limits::MAX_TEMPLATE_CHARS;
/// The longest case name kept, in characters: the engine's limit for names.
pub use tactful_engine::limits::MAX_TEXT_CHARS as MAX_NAME_CHARS;

/// Everything saved.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Saved {
    /// [`SCHEMA`] when written by this version.
    pub schema: u32,
    /// The interface language (BCP 47 tag), once chosen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// The colour theme (`system`, `light`, `dark`), once chosen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme: Option<String>,
    /// The id of the case open last.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current: Option<String>,
    /// The saved cases, in the order shown.
    #[serde(default)]
    pub cases: Vec<Case>,
}

/// One saved invoice and the tools' inputs for it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Case {
    /// Unique among the cases (`c1`, `c2`, ...).
    pub id: String,
    /// The name the user gave it; empty means "named after the invoice".
    #[serde(default)]
    pub name: String,
    /// Raw field values by stable key.
    #[serde(default)]
    pub fields: BTreeMap<String, String>,
    /// Templates the user edited.
    #[serde(default)]
    pub templates: Vec<EditedTemplate>,
}

/// A template's wording as the user edited it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditedTemplate {
    /// The message language (BCP 47 tag).
    pub lang: String,
    /// The template, by its Rust name (`FriendlyOverdue`).
    pub template: String,
    /// The tone (`Warm`, `Neutral`, `Firm`).
    pub tone: String,
    /// The edited subject line.
    pub subject: String,
    /// The edited body.
    pub body: String,
}

/// Why saved data could not be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// Not JSON, or not the shape of saved work.
    Unreadable,
    /// Written by a newer version of Tactful (its schema number is higher).
    Newer(u32),
}

/// What [`Saved::sanitized`] had to leave out, for a message to the user.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Dropped {
    /// Cases, fields and templates left out because they were malformed or too large.
    pub items: usize,
}

impl Dropped {
    /// Whether nothing was left out.
    pub fn is_empty(&self) -> bool {
        self.items == 0
    }
}

/// Reads saved work from parsed JSON: the schema number first, then the whole, then
/// [`Saved::sanitized`].
///
/// ```
/// use tactful::saved::{read, ReadError};
///
/// let v = serde_json::json!({"schema": 1, "cases": [{"id": "c1", "fields": {"invoice.amount": "4,800"}}]});
/// let (saved, dropped) = read(&v).unwrap();
/// assert_eq!(saved.cases[0].fields["invoice.amount"], "4,800");
/// assert!(dropped.is_empty());
/// assert_eq!(read(&serde_json::json!({"schema": 9})), Err(ReadError::Newer(9)));
/// assert_eq!(read(&serde_json::json!([1, 2])), Err(ReadError::Unreadable));
/// ```
pub fn read<'de, D>(value: D) -> Result<(Saved, Dropped), ReadError>
where
    D: Copy + serde::Deserializer<'de>,
{
    #[derive(Deserialize)]
    struct Envelope {
        schema: u32,
    }
    let envelope = Envelope::deserialize(value).map_err(|_| ReadError::Unreadable)?;
    match envelope.schema {
        SCHEMA => {
            let saved = Saved::deserialize(value).map_err(|_| ReadError::Unreadable)?;
            Ok(saved.sanitized())
        }
        newer if newer > SCHEMA => Err(ReadError::Newer(newer)),
        _ => Err(ReadError::Unreadable),
    }
}

/// [`read`] from JSON text (localStorage, an imported file, a decoded share link).
///
/// ```
/// use tactful::saved::{read_str, ReadError};
///
/// assert!(read_str(r#"{"schema": 1}"#).is_ok());
/// assert_eq!(read_str(r#"{"schema": 1, "cases": [{"#), Err(ReadError::Unreadable));
/// ```
pub fn read_str(text: &str) -> Result<(Saved, Dropped), ReadError> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|_| ReadError::Unreadable)?;
    read(&value)
}

/// The JSON text of `saved` (compact), as stored and as carried by a share link.
pub fn to_json(saved: &Saved) -> String {
    serde_json::to_string(saved).unwrap_or_default()
}

/// The saved key of the plan's old list of instalment counts to compare (`"3, 6, 12"`,
/// each at the plan's frequency; `;` where `,` is the decimal separator).
pub const OLD_PLAN_COMPARE: &str = "plan.compare";

/// The saved key of the statutory rules before the seven laws (`"Uk"`, `"Eu"`).
pub const OLD_REGIME: &str = "timeline.regime";
/// The saved key of the law since.
pub const NEW_LAW: &str = "timeline.law";

/// The value of `key` in fields that an earlier build wrote (same schema: only keys
/// changed), when `fields` has no value under `key` itself. `plan.compare` became up to
/// three options, each a count and a frequency (`plan.compare.1.count`,
/// `plan.compare.1.frequency`, …); the old counts keep the plan's frequency
/// (`plan.frequency`), as they had. Fields that have any new compare key are not migrated.
pub fn migrated(fields: &BTreeMap<String, String>, key: &str) -> Option<String> {
    // `timeline.regime` ("Uk", "Eu"; missing: statutory figures not shown) became
    // `timeline.law` (a jurisdiction; missing: the law following the currency and the
    // message language).
    if key == NEW_LAW {
        return match fields.get(OLD_REGIME).map(String::as_str) {
            Some("Uk") => Some("uk".to_owned()),
            Some("Eu") => Some("eu".to_owned()),
            _ => None,
        };
    }
    let rest = key.strip_prefix("plan.compare.")?;
    let (n, part) = rest.split_once('.')?;
    let old = fields.get(OLD_PLAN_COMPARE)?;
    if fields.keys().any(|k| k.starts_with("plan.compare.")) {
        return None;
    }
    let n: usize = n.parse().ok().filter(|n| (1..=3).contains(n))?;
    let count = old
        .split([',', ';'])
        .map(str::trim)
        .filter(|piece| !piece.is_empty())
        .nth(n - 1)?;
    match part {
        "count" => Some(count.to_owned()),
        "frequency" => fields
            .get("plan.frequency")
            .filter(|f| f.as_str() != "EveryNDays")
            .cloned(),
        _ => None,
    }
}

/// `fields` as this version keeps them: every key an earlier build wrote is replaced by the
/// keys it became ([`migrated`]), and nothing else changes. (The registry reads old keys
/// the same way when a case is applied; this is the whole-case view of it.)
pub fn upgraded(fields: &BTreeMap<String, String>) -> BTreeMap<String, String> {
    let mut out = fields.clone();
    let new_keys = (1..=3)
        .flat_map(|n| ["count", "frequency"].map(|part| format!("plan.compare.{n}.{part}")))
        .chain([NEW_LAW.to_owned()]);
    for key in new_keys {
        if let (std::collections::btree_map::Entry::Vacant(slot), Some(value)) =
            (out.entry(key.clone()), migrated(fields, &key))
        {
            slot.insert(value);
        }
    }
    out.remove(OLD_PLAN_COMPARE);
    out.remove(OLD_REGIME);
    out
}

/// The longest value kept under `key`: [`MAX_VALUE_CHARS`], but for a client account's
/// lines, which may hold up to the engine's limits of invoices and payments
/// ([`crate::account_lines::MAX_SAVED_CHARS`]).
pub fn max_value_chars(key: &str) -> usize {
    if key == crate::account_lines::SAVED_KEY {
        crate::account_lines::MAX_SAVED_CHARS
    } else {
        MAX_VALUE_CHARS
    }
}

fn valid_key(key: &str) -> bool {
    !key.is_empty()
        && key.len() <= 64
        && key
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-".contains(&b))
}

fn valid_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 32 && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

fn short_tag(tag: &str) -> bool {
    !tag.is_empty()
        && tag.len() <= 32
        && tag
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

fn too_long(text: &str, max: usize) -> bool {
    text.len() > max * 4 || text.chars().count() > max
}

impl Saved {
    /// An empty store in this version's schema.
    pub fn empty() -> Self {
        Saved {
            schema: SCHEMA,
            ..Saved::default()
        }
    }

    /// The case with `id`.
    pub fn case(&self, id: &str) -> Option<&Case> {
        self.cases.iter().find(|c| c.id == id)
    }

    /// A fresh id no case has (`c1`, `c2`, ...).
    pub fn new_id(&self) -> String {
        let taken: BTreeSet<&str> = self.cases.iter().map(|c| c.id.as_str()).collect();
        (1..)
            .map(|n: u64| format!("c{n}"))
            .find(|id| !taken.contains(id.as_str()))
            .unwrap_or_default()
    }

    /// Adds the cases of an import (already [`read`]) after the existing ones, each with a
    /// fresh id, until [`MAX_CASES`]; the existing cases stay as they are. Returns the first
    /// case added (the one to open), if any. Pure: `store.rs` calls it from the import
    /// button, and the `import_json` fuzz target checks it.
    ///
    /// ```
    /// use tactful::saved::{read_str, Saved};
    ///
    /// let mut mine = read_str(r#"{"schema":1,"cases":[{"id":"c1","name":"Mine"}]}"#).unwrap().0;
    /// let theirs = read_str(r#"{"schema":1,"cases":[{"id":"c1","name":"Theirs"}]}"#).unwrap().0;
    /// let first = mine.import(theirs).unwrap();
    /// assert_eq!((first.id.as_str(), first.name.as_str()), ("c2", "Theirs"));
    /// assert_eq!(mine.cases.len(), 2);
    /// assert_eq!(mine.cases[0].name, "Mine");
    /// ```
    pub fn import(&mut self, imported: Saved) -> Option<Case> {
        let mut first = None;
        for mut case in imported.cases {
            if self.cases.len() >= MAX_CASES {
                break;
            }
            case.id = self.new_id();
            first.get_or_insert_with(|| case.clone());
            self.cases.push(case);
        }
        first
    }

    /// A copy that keeps only well-formed data within the limits: cases past
    /// [`MAX_CASES`], fields with odd keys or oversized values, malformed templates and
    /// duplicate or invalid ids are left out (a missing id is made up); `current` points
    /// at an existing case or is `None`.
    ///
    /// ```
    /// use tactful::saved::{Case, Saved};
    ///
    /// let mut saved = Saved::empty();
    /// let mut case = Case { id: "c1".into(), ..Case::default() };
    /// case.fields.insert("invoice.amount".into(), "100".into());
    /// case.fields.insert("<script>".into(), "x".into());
    /// saved.cases = vec![case.clone(), case];
    /// saved.current = Some("c9".into());
    /// let (clean, dropped) = saved.sanitized();
    /// assert_eq!(clean.cases.len(), 2);
    /// assert_ne!(clean.cases[0].id, clean.cases[1].id);
    /// assert_eq!(clean.cases[1].fields.len(), 1);
    /// assert_eq!(clean.current, None);
    /// assert_eq!(dropped.items, 3); // two odd keys and one duplicate id
    /// ```
    pub fn sanitized(self) -> (Saved, Dropped) {
        let mut dropped = Dropped::default();
        let mut out = Saved {
            schema: SCHEMA,
            lang: self.lang.filter(|l| short_tag(l)),
            theme: self.theme.filter(|t| short_tag(t)),
            current: None,
            cases: Vec::new(),
        };
        for case in self.cases {
            if out.cases.len() >= MAX_CASES {
                dropped.items += 1;
                continue;
            }
            let mut clean = Case {
                id: case.id,
                name: case.name,
                fields: BTreeMap::new(),
                templates: Vec::new(),
            };
            if too_long(&clean.name, MAX_NAME_CHARS) {
                clean.name = clean.name.chars().take(MAX_NAME_CHARS).collect();
            }
            for (key, value) in case.fields {
                if clean.fields.len() < MAX_FIELDS
                    && valid_key(&key)
                    && !too_long(&value, max_value_chars(&key))
                {
                    clean.fields.insert(key, value);
                } else {
                    dropped.items += 1;
                }
            }
            for t in case.templates {
                let ok = clean.templates.len() < MAX_TEMPLATES
                    && short_tag(&t.lang)
                    && short_tag(&t.template)
                    && short_tag(&t.tone)
                    && !too_long(&t.subject, MAX_TEMPLATE_CHARS)
                    && !too_long(&t.body, MAX_TEMPLATE_CHARS);
                if ok {
                    clean.templates.push(t);
                } else {
                    dropped.items += 1;
                }
            }
            if !valid_id(&clean.id) || out.case(&clean.id).is_some() {
                if !clean.id.is_empty() {
                    dropped.items += 1;
                }
                clean.id = out.new_id();
            }
            out.cases.push(clean);
        }
        out.current = self.current.filter(|id| out.case(id).is_some());
        (out, dropped)
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::{json, Value};

    #[test]
    fn the_first_statutory_rules_become_the_law_of_the_case() {
        let mut fields = BTreeMap::new();
        fields.insert("timeline.regime".to_owned(), "Uk".to_owned());
        fields.insert("invoice.amount".to_owned(), "100".to_owned());
        let up = upgraded(&fields);
        assert_eq!(up.get("timeline.law").map(String::as_str), Some("uk"));
        assert!(!up.contains_key("timeline.regime"));
        assert_eq!(up.get("invoice.amount").map(String::as_str), Some("100"));
        fields.insert("timeline.regime".to_owned(), "Eu".to_owned());
        assert_eq!(upgraded(&fields)["timeline.law"], "eu");
        // Not shown before: the law follows the currency and the language now.
        fields.remove("timeline.regime");
        assert!(!upgraded(&fields).contains_key("timeline.law"));
        // A law already saved wins over an old key.
        fields.insert("timeline.regime".to_owned(), "Uk".to_owned());
        fields.insert("timeline.law".to_owned(), "de".to_owned());
        assert_eq!(upgraded(&fields)["timeline.law"], "de");
    }

    #[test]
    fn the_old_list_of_counts_to_compare_becomes_options() {
        let fields = |pairs: &[(&str, &str)]| -> BTreeMap<String, String> {
            pairs
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect()
        };
        let keys = [
            "plan.compare.1.count",
            "plan.compare.1.frequency",
            "plan.compare.2.count",
            "plan.compare.2.frequency",
            "plan.compare.3.count",
            "plan.compare.4.count",
            "plan.count",
        ];
        let read = |f: &BTreeMap<String, String>| -> Vec<Option<String>> {
            keys.iter().map(|key| migrated(f, key)).collect()
        };
        let some = |s: &str| Some(s.to_owned());
        assert_eq!(
            read(&fields(&[
                ("plan.compare", "3, 6, 12, 24"),
                ("plan.count", "4")
            ])),
            [some("3"), None, some("6"), None, some("12"), None, None]
        );
        assert_eq!(
            read(&fields(&[
                ("plan.compare", "6; 12"),
                ("plan.frequency", "Fortnightly")
            ])),
            [
                some("6"),
                some("Fortnightly"),
                some("12"),
                some("Fortnightly"),
                None,
                None,
                None
            ]
        );
        let days = fields(&[("plan.compare", "6"), ("plan.frequency", "EveryNDays")]);
        assert_eq!(migrated(&days, "plan.compare.1.frequency"), None);
        let new = fields(&[("plan.compare", "3"), ("plan.compare.2.count", "9")]);
        assert_eq!(migrated(&new, "plan.compare.1.count"), None);
        assert_eq!(migrated(&fields(&[]), "plan.compare.1.count"), None);
    }

    #[test]
    fn round_trips_through_json() {
        let mut saved = Saved::empty();
        saved.lang = Some("de".into());
        let mut case = Case {
            id: "c1".into(),
            name: "Northwind".into(),
            ..Case::default()
        };
        case.fields
            .insert("invoice.amount".into(), "4.800,00".into());
        case.templates.push(EditedTemplate {
            lang: "de".into(),
            template: "friendly_overdue".into(),
            tone: "warm".into(),
            subject: "Rechnung {{ invoice_number }}".into(),
            body: "Guten Tag".into(),
        });
        saved.cases.push(case);
        saved.current = Some("c1".into());
        let text = serde_json::to_string(&saved).unwrap_or_default();
        let value: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
        assert_eq!(read(&value), Ok((saved, Dropped::default())));
    }

    #[test]
    fn wrong_shapes_are_unreadable_not_fatal() {
        for bad in [
            json!(null),
            json!("text"),
            json!(1),
            json!({}),
            json!({"schema": "1"}),
            json!({"schema": -1}),
            json!({"schema": 0}),
            json!({"schema": 1, "cases": 5}),
            json!({"schema": 1, "cases": [{"id": 5}]}),
            json!({"schema": 1, "cases": [{"id": "c1", "fields": {"a": 5}}]}),
            json!({"schema": 1, "cases": [{"id": "c1", "templates": [{"lang": "de"}]}]}),
        ] {
            assert_eq!(read(&bad), Err(ReadError::Unreadable), "{bad}");
        }
        assert_eq!(read(&json!({"schema": 2})), Err(ReadError::Newer(2)));
    }

    #[test]
    fn unknown_parts_are_ignored() {
        let v = json!({"schema": 1, "theme": "dark", "cases": [{"id": "c1", "colour": 3, "fields": {"future.key": "x"}}]});
        let (saved, dropped) = read(&v).unwrap_or_default_for_test();
        assert_eq!(saved.cases.len(), 1);
        assert_eq!(saved.cases[0].fields["future.key"], "x");
        assert!(dropped.is_empty());
    }

    #[test]
    fn a_client_accounts_lines_may_be_longer_than_other_values() {
        let mut saved = Saved::empty();
        let mut case = Case {
            id: "c1".into(),
            ..Case::default()
        };
        case.fields.insert(
            crate::account_lines::SAVED_KEY.into(),
            "x".repeat(MAX_VALUE_CHARS * 3),
        );
        case.fields.insert(
            crate::account_lines::SAVED_KEY.replace("account", "notes"),
            "x".repeat(MAX_VALUE_CHARS * 3),
        );
        saved.cases.push(case);
        let (clean, dropped) = saved.sanitized();
        assert_eq!(dropped.items, 1);
        assert!(clean.cases[0]
            .fields
            .contains_key(crate::account_lines::SAVED_KEY));
        let mut saved = clean;
        if let Some(value) = saved.cases[0]
            .fields
            .get_mut(crate::account_lines::SAVED_KEY)
        {
            *value = "x".repeat(crate::account_lines::MAX_SAVED_CHARS + 1);
        }
        assert_eq!(saved.sanitized().1.items, 1);
    }

    #[test]
    fn limits_are_enforced() {
        let mut saved = Saved::empty();
        for n in 0..MAX_CASES + 5 {
            let mut case = Case {
                id: format!("c{n}"),
                name: "n".repeat(MAX_NAME_CHARS + 10),
                ..Case::default()
            };
            case.fields
                .insert("long".into(), "x".repeat(MAX_VALUE_CHARS + 1));
            case.fields.insert("ok".into(), "y".into());
            saved.cases.push(case);
        }
        let (clean, dropped) = saved.sanitized();
        assert_eq!(clean.cases.len(), MAX_CASES);
        assert_eq!(dropped.items, 5 + MAX_CASES);
        assert!(clean
            .cases
            .iter()
            .all(|c| c.name.chars().count() == MAX_NAME_CHARS && c.fields.len() == 1));
    }

    trait OrDefault {
        fn unwrap_or_default_for_test(self) -> (Saved, Dropped);
    }
    impl OrDefault for Result<(Saved, Dropped), ReadError> {
        fn unwrap_or_default_for_test(self) -> (Saved, Dropped) {
            self.unwrap_or((Saved::empty(), Dropped { items: usize::MAX }))
        }
    }

    fn arbitrary_json() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(|n| json!(n)),
            "[a-z0-9._<>{}-]{0,12}".prop_map(Value::String),
            Just(json!(1)),
            Just(json!("c1")),
        ];
        leaf.prop_recursive(4, 32, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                prop::collection::btree_map(
                    prop_oneof![
                        Just("schema".to_owned()),
                        Just("cases".to_owned()),
                        Just("id".to_owned()),
                        Just("fields".to_owned()),
                        Just("templates".to_owned()),
                        Just("current".to_owned()),
                        Just("name".to_owned()),
                        "[a-z.]{1,8}",
                    ],
                    inner,
                    0..6
                )
                .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #[test]
        fn any_json_reads_or_is_refused_and_a_read_result_is_stable(v in arbitrary_json()) {
            if let Ok((saved, _)) = read(&v) {
                // What was read is within the limits and reads back to itself.
                prop_assert!(saved.cases.len() <= MAX_CASES);
                let ids: BTreeSet<&str> = saved.cases.iter().map(|c| c.id.as_str()).collect();
                prop_assert_eq!(ids.len(), saved.cases.len());
                let again = serde_json::to_value(&saved).unwrap_or(Value::Null);
                prop_assert_eq!(read(&again), Ok((saved, Dropped::default())));
            }
        }
    }
}
