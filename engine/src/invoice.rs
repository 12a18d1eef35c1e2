//! The invoice context every tool shares: who owes whom how much, and since when.
//!
//! The UI keeps the raw text of each field in an [`InvoiceDraft`]; [`parse_invoice`] turns it
//! into a typed [`Invoice`] or into one [`FieldError`] per problem, so each message can be
//! shown next to its field. Names are free text (trimmed, capped in length); the amount,
//! currency and dates go through the engine's parsers; the payment link must be a plain
//! `https://` (or `http://`) address, because it ends up in emails and links.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::amount::{parse_amount, AmountError, NumberLocale};
use crate::currency::{currency, Currency, UnknownCurrency};
use crate::dates::{parse_date, DateParseError};

pub use crate::limits::{MAX_LINK_CHARS, MAX_TEXT_CHARS};

/// The invoice fields exactly as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct InvoiceDraft {
    /// Your (the creditor's) business name. Optional.
    pub your_business: String,
    /// The client's (the debtor's) business name. Optional.
    pub client_business: String,
    /// The person at the client you write to. Optional.
    pub client_contact: String,
    /// The invoice number. Optional.
    pub invoice_number: String,
    /// The amount due, as typed (`4,800.00`, `£4.800`, ...). Required.
    pub amount: String,
    /// ISO 4217 code such as `GBP`. Required.
    pub currency: String,
    /// `YYYY-MM-DD`. Optional; when given it must not be after the due date.
    pub issue_date: String,
    /// `YYYY-MM-DD`. Required.
    pub due_date: String,
    /// Where the client can pay. Optional.
    pub payment_link: String,
}

/// A checked invoice.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Invoice {
    /// Your business name (trimmed; may be empty).
    pub your_business: String,
    /// The client's business name (trimmed; may be empty).
    pub client_business: String,
    /// The client contact's name (trimmed; may be empty).
    pub client_contact: String,
    /// The invoice number (trimmed; may be empty).
    pub invoice_number: String,
    /// The amount due: positive, with at most the currency's minor-unit decimals.
    pub amount: Decimal,
    /// The invoice currency.
    pub currency: &'static Currency,
    /// When the invoice was issued, if known.
    pub issue_date: Option<NaiveDate>,
    /// When payment was due.
    pub due_date: NaiveDate,
    /// Where the client can pay, if given.
    pub payment_link: Option<String>,
}

/// Which field a problem belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InvoiceField {
    YourBusiness,
    ClientBusiness,
    ClientContact,
    InvoiceNumber,
    Amount,
    Currency,
    IssueDate,
    DueDate,
    PaymentLink,
}

/// What is wrong with one field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InvoiceError {
    /// The amount could not be read.
    Amount(AmountError),
    /// The currency code is not an active ISO 4217 code.
    Currency(UnknownCurrency),
    /// A date could not be read.
    Date(DateParseError),
    /// The due date is before the issue date.
    DueBeforeIssue,
    /// The payment link is not a web address.
    LinkNotAnAddress,
    /// The payment link uses a scheme other than `https` or `http` (e.g. `javascript:`).
    LinkScheme,
    /// The text is longer than `max` characters.
    TooLong {
        /// The limit, in characters.
        max: usize,
    },
}

impl std::fmt::Display for InvoiceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            InvoiceError::Amount(e) => write!(f, "{e}"),
            InvoiceError::Currency(e) => write!(f, "{e}"),
            InvoiceError::Date(e) => write!(f, "{e}"),
            InvoiceError::DueBeforeIssue => write!(f, "due date is before the issue date"),
            InvoiceError::LinkNotAnAddress => write!(f, "not a web address"),
            InvoiceError::LinkScheme => write!(f, "link must start with https:// or http://"),
            InvoiceError::TooLong { max } => write!(f, "longer than {max} characters"),
        }
    }
}

impl std::error::Error for InvoiceError {}

/// A problem with one field of the draft.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    /// The field the message belongs next to.
    pub field: InvoiceField,
    /// What is wrong.
    pub error: InvoiceError,
}

/// Checks every field of `draft` and returns the invoice, or every problem found.
///
/// Amounts are read with the conventions of `locale` (`1,234.56` in English, `1.234,56` in
/// German). All problems are reported at once, in field order.
///
/// # Errors
///
/// One [`FieldError`] per field that is missing (amount, currency, due date), unreadable,
/// too long, or inconsistent (due date before issue date).
///
/// # Examples
///
/// ```
/// use tactful_engine::amount::NumberLocale;
/// use tactful_engine::invoice::{parse_invoice, InvoiceDraft, InvoiceField};
///
/// let mut draft = InvoiceDraft {
///     client_business: " Acme Ltd ".into(),
///     amount: "4,800".into(),
///     currency: "GBP".into(),
///     due_date: "2026-11-02".into(),
///     ..InvoiceDraft::default()
/// };
/// let invoice = parse_invoice(&draft, NumberLocale::EnGb).unwrap();
/// assert_eq!(invoice.amount.to_string(), "4800.00"); // scaled to the minor unit
/// assert_eq!(invoice.client_business, "Acme Ltd");
///
/// draft.amount = "4,800.001".into();
/// draft.payment_link = "javascript:alert(1)".into();
/// let errors = parse_invoice(&draft, NumberLocale::EnGb).unwrap_err();
/// let fields: Vec<_> = errors.iter().map(|e| e.field).collect();
/// assert_eq!(fields, [InvoiceField::Amount, InvoiceField::PaymentLink]);
/// ```
pub fn parse_invoice(
    draft: &InvoiceDraft,
    locale: NumberLocale,
) -> Result<Invoice, Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut fail = |field, error| errors.push(FieldError { field, error });

    let your_business = checked_text(&draft.your_business, MAX_TEXT_CHARS)
        .map_err(|e| fail(InvoiceField::YourBusiness, e));
    let client_business = checked_text(&draft.client_business, MAX_TEXT_CHARS)
        .map_err(|e| fail(InvoiceField::ClientBusiness, e));
    let client_contact = checked_text(&draft.client_contact, MAX_TEXT_CHARS)
        .map_err(|e| fail(InvoiceField::ClientContact, e));
    let invoice_number = checked_text(&draft.invoice_number, MAX_TEXT_CHARS)
        .map_err(|e| fail(InvoiceField::InvoiceNumber, e));
    let currency = currency(&draft.currency)
        .map_err(|e| fail(InvoiceField::Currency, InvoiceError::Currency(e)));
    // Without a known currency the amount cannot be checked for decimals; GBP's two
    // decimals are the neutral choice for reporting other problems meanwhile.
    let amount_currency = match &currency {
        Ok(c) => *c,
        Err(()) => currency_or_gbp(),
    };
    let amount = parse_amount(&draft.amount, amount_currency, locale)
        .map_err(|e| fail(InvoiceField::Amount, InvoiceError::Amount(e)));
    let issue_date = if draft.issue_date.trim().is_empty() {
        Ok(None)
    } else {
        parse_date(&draft.issue_date)
            .map(Some)
            .map_err(|e| fail(InvoiceField::IssueDate, InvoiceError::Date(e)))
    };
    let due_date =
        parse_date(&draft.due_date).map_err(|e| fail(InvoiceField::DueDate, InvoiceError::Date(e)));
    if let (Ok(Some(issued)), Ok(due)) = (&issue_date, &due_date) {
        if due < issued {
            fail(InvoiceField::DueDate, InvoiceError::DueBeforeIssue);
        }
    }
    let payment_link =
        checked_link(&draft.payment_link).map_err(|e| fail(InvoiceField::PaymentLink, e));

    match (
        your_business,
        client_business,
        client_contact,
        invoice_number,
        amount,
        currency,
        issue_date,
        due_date,
        payment_link,
    ) {
        (
            Ok(your_business),
            Ok(client_business),
            Ok(client_contact),
            Ok(invoice_number),
            Ok(amount),
            Ok(currency),
            Ok(issue_date),
            Ok(due_date),
            Ok(payment_link),
        ) if errors.is_empty() => Ok(Invoice {
            your_business,
            client_business,
            client_contact,
            invoice_number,
            amount,
            currency,
            issue_date,
            due_date,
            payment_link,
        }),
        _ => {
            errors.sort_by_key(|e| e.field as u8);
            Err(errors)
        }
    }
}

fn currency_or_gbp() -> &'static Currency {
    // GBP is in the table; the fallback to the first entry only guards against a table edit.
    match currency("GBP") {
        Ok(c) => c,
        Err(_) => &crate::currency::all_currencies()[0],
    }
}

fn checked_text(input: &str, max: usize) -> Result<String, InvoiceError> {
    let text = input.trim();
    if text.chars().count() > max {
        return Err(InvoiceError::TooLong { max });
    }
    Ok(text.to_owned())
}

/// An empty link is fine (none given); otherwise it must be `http(s)://host...` with no
/// spaces or control characters.
fn checked_link(input: &str) -> Result<Option<String>, InvoiceError> {
    let link = input.trim();
    if link.is_empty() {
        return Ok(None);
    }
    if link.chars().count() > MAX_LINK_CHARS {
        return Err(InvoiceError::TooLong {
            max: MAX_LINK_CHARS,
        });
    }
    let lower = link.to_ascii_lowercase();
    let rest = if let Some(rest) = lower.strip_prefix("https://") {
        rest
    } else if let Some(rest) = lower.strip_prefix("http://") {
        rest
    } else if lower.contains(':') {
        return Err(InvoiceError::LinkScheme);
    } else {
        return Err(InvoiceError::LinkNotAnAddress);
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let valid_host = !host.is_empty()
        && host.contains('.')
        && host
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | ':' | '@' | '[' | ']' | '_'));
    if !valid_host || link.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(InvoiceError::LinkNotAnAddress);
    }
    Ok(Some(link.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> InvoiceDraft {
        InvoiceDraft {
            amount: "100".into(),
            currency: "EUR".into(),
            due_date: "2026-01-31".into(),
            ..InvoiceDraft::default()
        }
    }

    fn fields(result: Result<Invoice, Vec<FieldError>>) -> Vec<InvoiceField> {
        result
            .err()
            .unwrap_or_default()
            .iter()
            .map(|e| e.field)
            .collect()
    }

    #[test]
    fn an_empty_draft_asks_for_amount_currency_and_due_date() {
        let result = parse_invoice(&InvoiceDraft::default(), NumberLocale::EnGb);
        assert_eq!(
            fields(result),
            [
                InvoiceField::Amount,
                InvoiceField::Currency,
                InvoiceField::DueDate
            ]
        );
    }

    #[test]
    fn due_date_before_issue_date_is_an_error_on_the_due_date() {
        let mut d = draft();
        d.issue_date = "2026-02-01".into();
        let errors = parse_invoice(&d, NumberLocale::EnGb).unwrap_err();
        assert_eq!(errors[0].field, InvoiceField::DueDate);
        assert_eq!(errors[0].error, InvoiceError::DueBeforeIssue);
    }

    #[test]
    fn payment_links_must_be_plain_web_addresses() {
        let cases = [
            ("https://pay.example.com/inv/42", true),
            ("http://example.org", true),
            ("HTTPS://EXAMPLE.COM", true),
            ("javascript:alert(1)", false),
            ("data:text/html,hi", false),
            ("example.com", false),
            ("https://", false),
            ("https://exa mple.com", false),
            ("https://localhost", false),
        ];
        for (link, ok) in cases {
            let mut d = draft();
            d.payment_link = link.into();
            assert_eq!(parse_invoice(&d, NumberLocale::EnGb).is_ok(), ok, "{link}");
        }
    }

    #[test]
    fn names_are_trimmed_and_capped() {
        let mut d = draft();
        d.client_contact = "  Ana  ".into();
        assert_eq!(
            parse_invoice(&d, NumberLocale::EnGb)
                .unwrap()
                .client_contact,
            "Ana"
        );
        d.client_contact = "x".repeat(MAX_TEXT_CHARS + 1);
        assert_eq!(
            fields(parse_invoice(&d, NumberLocale::EnGb)),
            [InvoiceField::ClientContact]
        );
    }

    #[test]
    fn the_amount_follows_the_currency_minor_unit() {
        let mut d = draft();
        d.currency = "JPY".into();
        d.amount = "100.5".into();
        assert_eq!(
            fields(parse_invoice(&d, NumberLocale::EnGb)),
            [InvoiceField::Amount]
        );
        d.amount = "100".into();
        assert!(parse_invoice(&d, NumberLocale::EnGb).is_ok());
    }
}
