//! A client account's lines as typed: the invoices after the first (whose fields are the
//! invoice panel's own), the payments received, the first invoice's note and the way
//! payments are applied; and their saved form, one value under `invoice.account`.
//!
//! # Saved form, version 1
//!
//! JSON text with every name written out, so a later version can read it:
//!
//! ```text
//! {"allocation":"oldest_first","first_note":"Design, phase 1",
//!  "invoices":[{"amount":"3,400","due_date":"2026-10-31","issue_date":"","note":"","number":"INV-102"}],
//!  "payments":[{"amount":"1,000","date":"2026-11-20","invoice":""}],"version":1}
//! ```
//!
//! (names in alphabetical order, as written; a reader takes them in any order.)
//!
//! - `allocation` is the engine's name of the rule ([`AllocationRule`]: `oldest_first`,
//!   `named`, `statutory_order`);
//! - every field is the text as typed (amounts in the interface language's format, like
//!   the panel's own amount; re-written when it changes, [`AccountLines::relocalized`]);
//!   `invoice` of a payment is the number of the invoice it names, empty for "on account";
//! - an account of one invoice without payments is saved as nothing (empty text), so a
//!   case of one invoice is saved exactly as before accounts existed, and a case saved then
//!   opens as an account of its one invoice.
//!
//! Read back as untrusted input ([`AccountLines::decode`]): anything that is not version 1
//! of this form reads as no extra lines; a line that is not an object is left out, a field
//! that is not text is empty; at most [`MAX_INVOICES`] − 1 further invoices and
//! [`MAX_PAYMENTS_RECEIVED`] payments; each text cut to the engine's limit for it
//! ([`MAX_TEXT_CHARS`], [`MAX_NOTE_CHARS`], [`MAX_AMOUNT_INPUT_CHARS`]); an unknown
//! allocation name reads as oldest first. Never panics.

use serde_json::{Map, Value};
use tactful_engine::account::{
    AllocationRule, MAX_INVOICES, MAX_NOTE_CHARS, MAX_PAYMENTS_RECEIVED,
};
use tactful_engine::amount::{format_number, parse_number, NumberLocale};
use tactful_engine::limits::{MAX_AMOUNT_INPUT_CHARS, MAX_TEXT_CHARS};

/// The saved-work key of the account's lines.
pub const SAVED_KEY: &str = "invoice.account";

/// The version of the saved form this build writes.
pub const VERSION: u64 = 1;

/// The longest saved text read back, in characters: room for the largest account the
/// limits allow (every field at its limit), twice over for JSON escapes.
pub const MAX_SAVED_CHARS: usize = 2
    * (MAX_NOTE_CHARS
        + MAX_INVOICES * (4 * MAX_TEXT_CHARS + MAX_AMOUNT_INPUT_CHARS + MAX_NOTE_CHARS + 100)
        + MAX_PAYMENTS_RECEIVED * (2 * MAX_TEXT_CHARS + MAX_AMOUNT_INPUT_CHARS + 60)
        + 200);

/// One invoice after the first, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct InvoiceLine {
    /// A key for the list on screen (not saved: given again by position when read back).
    pub id: u32,
    /// The invoice number.
    pub number: String,
    /// `YYYY-MM-DD`, or empty.
    pub issue_date: String,
    /// `YYYY-MM-DD`.
    pub due_date: String,
    /// The amount as typed.
    pub amount: String,
    /// A note (what it was for).
    pub note: String,
}

/// One payment received, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PaymentLine {
    /// A key for the list on screen (not saved).
    pub id: u32,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// The amount as typed.
    pub amount: String,
    /// The number of the invoice it names; empty: on account.
    pub invoice: String,
}

/// The account's lines beyond the invoice panel's own invoice.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AccountLines {
    /// The note of the first invoice (the panel's).
    pub first_note: String,
    /// The invoices after the first, in the order shown.
    pub invoices: Vec<InvoiceLine>,
    /// The payments received, in the order shown.
    pub payments: Vec<PaymentLine>,
    /// How payments are applied.
    pub allocation: AllocationRule,
}

/// A text as saved: at most `max` characters.
fn cut(text: &str, max: usize) -> String {
    text.chars().take(max).collect()
}

/// The engine's name of an allocation rule.
pub fn allocation_name(rule: AllocationRule) -> &'static str {
    match rule {
        AllocationRule::OldestFirst => "oldest_first",
        AllocationRule::Named => "named",
        AllocationRule::StatutoryOrder => "statutory_order",
    }
}

fn allocation_from_name(name: &str) -> AllocationRule {
    match name {
        "named" => AllocationRule::Named,
        "statutory_order" => AllocationRule::StatutoryOrder,
        _ => AllocationRule::OldestFirst,
    }
}

impl AccountLines {
    /// Whether the case is a client account: more than the one invoice, or a payment.
    pub fn is_account(&self) -> bool {
        !self.invoices.is_empty() || !self.payments.is_empty()
    }

    /// An id no line has yet.
    pub fn next_id(&self) -> u32 {
        self.invoices
            .iter()
            .map(|line| line.id)
            .chain(self.payments.iter().map(|line| line.id))
            .max()
            .map_or(0, |id| id.saturating_add(1))
    }

    /// The saved form (see the module documentation); empty text for an account of the
    /// one invoice with nothing else saved.
    ///
    /// ```
    /// use tactful::account_lines::{AccountLines, InvoiceLine};
    ///
    /// assert_eq!(AccountLines::default().encode(), "");
    /// let mut lines = AccountLines::default();
    /// lines.invoices.push(InvoiceLine { number: "INV-2".into(), amount: "3,400".into(), ..InvoiceLine::default() });
    /// let text = lines.encode();
    /// assert!(text.starts_with(r#"{"allocation":"oldest_first","#));
    /// assert!(text.ends_with(r#","version":1}"#));
    /// assert_eq!(AccountLines::decode(&text), lines);
    /// ```
    pub fn encode(&self) -> String {
        if *self == AccountLines::default() {
            return String::new();
        }
        let text = |value: &str| Value::String(value.to_owned());
        let object = |pairs: Vec<(&str, Value)>| {
            Value::Object(
                pairs
                    .into_iter()
                    .map(|(key, value)| (key.to_owned(), value))
                    .collect::<Map<String, Value>>(),
            )
        };
        let invoices = self
            .invoices
            .iter()
            .map(|line| {
                object(vec![
                    ("number", text(&line.number)),
                    ("issue_date", text(&line.issue_date)),
                    ("due_date", text(&line.due_date)),
                    ("amount", text(&line.amount)),
                    ("note", text(&line.note)),
                ])
            })
            .collect();
        let payments = self
            .payments
            .iter()
            .map(|line| {
                object(vec![
                    ("date", text(&line.date)),
                    ("amount", text(&line.amount)),
                    ("invoice", text(&line.invoice)),
                ])
            })
            .collect();
        let saved = object(vec![
            ("version", Value::from(VERSION)),
            ("first_note", text(&self.first_note)),
            ("allocation", text(allocation_name(self.allocation))),
            ("invoices", Value::Array(invoices)),
            ("payments", Value::Array(payments)),
        ]);
        serde_json::to_string(&saved).unwrap_or_default()
    }

    /// Reads saved text (untrusted; see the module documentation). Ids are given by
    /// position.
    ///
    /// ```
    /// use tactful::account_lines::AccountLines;
    ///
    /// for junk in ["", "null", "{", "[1]", r#"{"version":2,"invoices":[{}]}"#] {
    ///     assert_eq!(AccountLines::decode(junk), AccountLines::default());
    /// }
    /// let read = AccountLines::decode(r#"{"version":1,"invoices":[5,{"number":7,"amount":"800"}],"allocation":"?"}"#);
    /// assert_eq!(read.invoices.len(), 1);
    /// assert_eq!((read.invoices[0].number.as_str(), read.invoices[0].amount.as_str()), ("", "800"));
    /// ```
    pub fn decode(text: &str) -> AccountLines {
        if text.trim().is_empty() {
            return AccountLines::default();
        }
        let Ok(Value::Object(saved)) = serde_json::from_str::<Value>(text) else {
            return AccountLines::default();
        };
        if saved.get("version").and_then(Value::as_u64) != Some(VERSION) {
            return AccountLines::default();
        }
        let field = |line: &Map<String, Value>, key: &str, max: usize| {
            line.get(key)
                .and_then(Value::as_str)
                .map(|value| cut(value, max))
                .unwrap_or_default()
        };
        let lines = |key: &str, max: usize| -> Vec<&Map<String, Value>> {
            saved
                .get(key)
                .and_then(Value::as_array)
                .map(|items| {
                    items
                        .iter()
                        .filter_map(Value::as_object)
                        .take(max)
                        .collect()
                })
                .unwrap_or_default()
        };
        let invoices = lines("invoices", MAX_INVOICES.saturating_sub(1))
            .into_iter()
            .zip(0..)
            .map(|(line, id)| InvoiceLine {
                id,
                number: field(line, "number", MAX_TEXT_CHARS),
                issue_date: field(line, "issue_date", MAX_TEXT_CHARS),
                due_date: field(line, "due_date", MAX_TEXT_CHARS),
                amount: field(line, "amount", MAX_AMOUNT_INPUT_CHARS),
                note: field(line, "note", MAX_NOTE_CHARS),
            })
            .collect::<Vec<_>>();
        let first_id = u32::try_from(invoices.len()).unwrap_or(u32::MAX);
        let payments = lines("payments", MAX_PAYMENTS_RECEIVED)
            .into_iter()
            .zip(first_id..)
            .map(|(line, id)| PaymentLine {
                id,
                date: field(line, "date", MAX_TEXT_CHARS),
                amount: field(line, "amount", MAX_AMOUNT_INPUT_CHARS),
                invoice: field(line, "invoice", MAX_TEXT_CHARS),
            })
            .collect();
        AccountLines {
            first_note: field(&saved, "first_note", MAX_NOTE_CHARS),
            invoices,
            payments,
            allocation: allocation_from_name(
                saved
                    .get("allocation")
                    .and_then(Value::as_str)
                    .unwrap_or_default(),
            ),
        }
    }

    /// The saved text with its typed amounts re-written from `from`'s number format to
    /// `to`'s, keeping the decimals typed (`3,400.50` → `3.400,50`); an amount that does
    /// not read as a number in `from` is left as typed. `None` when nothing changes.
    ///
    /// ```
    /// use tactful::account_lines::{AccountLines, PaymentLine};
    /// use tactful_engine::amount::NumberLocale;
    ///
    /// let mut lines = AccountLines::default();
    /// lines.payments.push(PaymentLine { amount: "1,000.50".into(), ..PaymentLine::default() });
    /// let german = AccountLines::relocalized(&lines.encode(), NumberLocale::EnGb, NumberLocale::De).unwrap();
    /// assert_eq!(AccountLines::decode(&german).payments[0].amount, "1.000,50");
    /// ```
    pub fn relocalized(text: &str, from: NumberLocale, to: NumberLocale) -> Option<String> {
        if from == to || text.trim().is_empty() {
            return None;
        }
        let mut lines = AccountLines::decode(text);
        let rewrite = |amount: &mut String| {
            if let Ok(n) = parse_number(amount, from) {
                *amount = format_number(n, n.scale(), to);
            }
        };
        lines
            .invoices
            .iter_mut()
            .for_each(|line| rewrite(&mut line.amount));
        lines
            .payments
            .iter_mut()
            .for_each(|line| rewrite(&mut line.amount));
        let again = lines.encode();
        (again != text).then_some(again)
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn full_account() -> AccountLines {
        let tricky = "\"quoted\", {braces} | pipes \\ back, ünïcode — 🙂";
        AccountLines {
            first_note: format!("first {tricky}"),
            invoices: (0..2)
                .map(|n| InvoiceLine {
                    id: n,
                    number: format!("INV-10{}", n + 2),
                    issue_date: "2026-09-01".into(),
                    due_date: "2026-10-31".into(),
                    amount: "3,400.00".into(),
                    note: tricky.into(),
                })
                .collect(),
            payments: (2..5)
                .map(|n| PaymentLine {
                    id: n,
                    date: "2026-11-20".into(),
                    amount: "1,000".into(),
                    invoice: if n == 2 {
                        String::new()
                    } else {
                        "INV-102".into()
                    },
                })
                .collect(),
            allocation: AllocationRule::Named,
        }
    }

    #[test]
    fn lines_survive_saving_with_their_names_and_version() {
        let lines = full_account();
        let text = lines.encode();
        assert_eq!(AccountLines::decode(&text), lines);
        let value: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
        assert_eq!(value["version"], 1);
        assert_eq!(value["allocation"], "named");
        assert_eq!(value["invoices"][0]["due_date"], "2026-10-31");
        assert_eq!(value["payments"][1]["invoice"], "INV-102");
    }

    #[test]
    fn the_largest_account_fits_the_saved_limit_and_reads_back() {
        let long = |n: usize| "\"x".repeat(n / 2);
        let lines = AccountLines {
            first_note: long(MAX_NOTE_CHARS),
            invoices: (0..MAX_INVOICES - 1)
                .map(|n| InvoiceLine {
                    id: u32::try_from(n).unwrap_or(0),
                    number: long(MAX_TEXT_CHARS),
                    issue_date: long(MAX_TEXT_CHARS),
                    due_date: long(MAX_TEXT_CHARS),
                    amount: long(MAX_AMOUNT_INPUT_CHARS),
                    note: long(MAX_NOTE_CHARS),
                })
                .collect(),
            payments: (0..MAX_PAYMENTS_RECEIVED)
                .map(|n| PaymentLine {
                    id: u32::try_from(n + MAX_INVOICES - 1).unwrap_or(0),
                    date: long(MAX_TEXT_CHARS),
                    amount: long(MAX_AMOUNT_INPUT_CHARS),
                    invoice: long(MAX_TEXT_CHARS),
                })
                .collect(),
            allocation: AllocationRule::StatutoryOrder,
        };
        let text = lines.encode();
        assert!(text.chars().count() <= MAX_SAVED_CHARS, "{}", text.len());
        assert_eq!(AccountLines::decode(&text), lines);
    }

    #[test]
    fn untrusted_text_is_cut_to_the_limits() {
        let many = format!(
            r#"{{"version":1,"first_note":"{}","invoices":[{}],"payments":[{}]}}"#,
            "n".repeat(MAX_NOTE_CHARS + 10),
            vec![format!(r#"{{"number":"{}"}}"#, "9".repeat(MAX_TEXT_CHARS + 1)); MAX_INVOICES + 3]
                .join(","),
            vec![r#"{"amount":"1"}"#; MAX_PAYMENTS_RECEIVED + 3].join(","),
        );
        let read = AccountLines::decode(&many);
        assert_eq!(read.first_note.chars().count(), MAX_NOTE_CHARS);
        assert_eq!(read.invoices.len(), MAX_INVOICES - 1);
        assert_eq!(read.invoices[0].number.chars().count(), MAX_TEXT_CHARS);
        assert_eq!(read.payments.len(), MAX_PAYMENTS_RECEIVED);
        // Ids are unique across both lists.
        assert_eq!(
            read.payments[0].id,
            u32::try_from(MAX_INVOICES - 1).unwrap_or(0)
        );
    }

    #[test]
    fn amounts_are_rewritten_in_another_format_and_other_text_is_not() {
        let mut lines = full_account();
        lines.payments[0].amount = "not a number".into();
        let german =
            AccountLines::relocalized(&lines.encode(), NumberLocale::EnGb, NumberLocale::De)
                .expect("changed");
        let read = AccountLines::decode(&german);
        assert_eq!(read.invoices[0].amount, "3.400,00");
        assert_eq!(read.payments[1].amount, "1.000");
        assert_eq!(read.payments[0].amount, "not a number");
        assert_eq!(read.invoices[0].number, "INV-102");
        assert_eq!(read.invoices[0].due_date, "2026-10-31");
        assert_eq!(
            AccountLines::relocalized("", NumberLocale::EnGb, NumberLocale::De),
            None
        );
    }

    proptest! {
        #[test]
        fn any_text_reads_without_panic_and_a_read_account_saves_and_reads_the_same(text in ".{0,300}") {
            let read = AccountLines::decode(&text);
            prop_assert!(read.invoices.len() < MAX_INVOICES);
            prop_assert_eq!(AccountLines::decode(&read.encode()), read);
        }

        #[test]
        fn typed_lines_read_back_as_typed(
            note in "\\PC{0,40}",
            numbers in prop::collection::vec("\\PC{0,20}", 0..5),
            amounts in prop::collection::vec("\\PC{0,20}", 0..5),
        ) {
            let lines = AccountLines {
                first_note: note,
                invoices: numbers.iter().zip(0..).map(|(number, id)| InvoiceLine {
                    id, number: number.clone(), ..InvoiceLine::default()
                }).collect(),
                payments: amounts.iter().zip(u32::try_from(numbers.len()).unwrap_or(0)..).map(|(amount, id)| PaymentLine {
                    id, amount: amount.clone(), ..PaymentLine::default()
                }).collect(),
                allocation: AllocationRule::OldestFirst,
            };
            prop_assert_eq!(AccountLines::decode(&lines.encode()), lines);
        }
    }
}
