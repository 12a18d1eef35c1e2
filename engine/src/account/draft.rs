//! The client account's form as typed: [`AccountDraft`] holds the raw text of every field
//! of every invoice and payment line; [`parse_account`] reads it into an [`Account`] (or
//! one problem per field, like [`parse_invoice`](crate::invoice::parse_invoice)), and
//! [`evaluate_account`] goes on to the report, so the app keeps one `Memo` over it. The
//! JavaScript API reads JSON into [`AccountInput`](super::AccountInput) and runs the same
//! checks ([`check_account`](super::check_account)).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::errors::{AccountError, AccountField, AccountFieldError, InvoicePart, PaymentPart};
use super::input::{
    assemble, checked_text, counts_fit, currencies, fallback_currency, field_order, required_text,
    Account, AccountTerms, InvoiceLine, PaymentLine,
};
use super::report::AccountReport;
use crate::amount::{parse_amount, NumberLocale};
use crate::dates::parse_date;
use crate::limits::{MAX_NOTE_CHARS, MAX_TEXT_CHARS};

/// One invoice line of the form, exactly as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct InvoiceDraftLine {
    /// The invoice number. Required.
    pub number: String,
    /// `YYYY-MM-DD`. Optional.
    pub issue_date: String,
    /// `YYYY-MM-DD`. Required.
    pub due_date: String,
    /// The amount as typed (`1,200.00`, `£1.200,00`…). Required.
    pub amount: String,
    /// ISO 4217 code. Required; the same on every line.
    pub currency: String,
    /// A note. Optional.
    pub note: String,
}

/// One payment line of the form, exactly as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PaymentDraftLine {
    /// `YYYY-MM-DD`. Required.
    pub date: String,
    /// The amount as typed. Required.
    pub amount: String,
    /// The number of the invoice it pays; empty: on account.
    pub invoice: String,
}

/// The client account's form: its invoice lines and payment lines, in the order shown.
///
/// ```
/// use tactful_engine::account::{AccountDraft, InvoiceDraftLine};
///
/// let draft = AccountDraft {
///     invoices: vec![InvoiceDraftLine { number: "INV-1".into(), ..InvoiceDraftLine::default() }],
///     payments: vec![],
/// };
/// assert_eq!(draft.invoices[0].currency, "");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AccountDraft {
    /// The invoice lines.
    pub invoices: Vec<InvoiceDraftLine>,
    /// The payment lines.
    pub payments: Vec<PaymentDraftLine>,
}

/// Reads every field of `draft` and returns the account, or every problem found, each at
/// its field (`invoices.1.amount`), in the order of the form.
///
/// Amounts are read with the conventions of `locale` (`1,234.56` in English, `1.234,56` in
/// German) and the account's currency (the first line's known code); dates are
/// `YYYY-MM-DD`; an empty issue date is none, an empty payment invoice is "on account".
/// Then the rules of [`check_account`](super::check_account) apply.
///
/// # Errors
/// Every [`AccountFieldError`] found.
///
/// ```
/// use tactful_engine::account::{parse_account, AccountDraft, InvoiceDraftLine, PaymentDraftLine};
/// use tactful_engine::amount::NumberLocale;
///
/// let line = |number: &str, due: &str, amount: &str| InvoiceDraftLine {
///     number: number.into(),
///     due_date: due.into(),
///     amount: amount.into(),
///     currency: "EUR".into(),
///     ..InvoiceDraftLine::default()
/// };
/// let mut draft = AccountDraft {
///     invoices: vec![line("R-1", "2026-07-31", "2.000,00"), line("R-2", "2026-08-31", "5.000")],
///     payments: vec![PaymentDraftLine { date: "2026-09-30".into(), amount: "3.000".into(), invoice: "".into() }],
/// };
/// let account = parse_account(&draft, NumberLocale::De).unwrap();
/// assert_eq!(account.invoices[1].amount.to_string(), "5000.00");
/// assert_eq!(account.payments[0].invoice, None);
///
/// draft.invoices[1].due_date = "2026-02-30".into();
/// draft.payments[0].invoice = "R-3".into();
/// let errors = parse_account(&draft, NumberLocale::De).unwrap_err();
/// let fields: Vec<String> = errors.iter().map(|e| e.field.key()).collect();
/// assert_eq!(fields, ["invoices.1.due_date", "payments.0.invoice"]);
/// ```
pub fn parse_account(
    draft: &AccountDraft,
    locale: NumberLocale,
) -> Result<Account, Vec<AccountFieldError>> {
    let mut errors = Vec::new();
    if !counts_fit(draft.invoices.len(), draft.payments.len(), &mut errors) {
        return Err(errors);
    }
    let codes: Vec<&str> = draft.invoices.iter().map(|i| i.currency.as_str()).collect();
    let (account_currency, own) = currencies(&codes, &mut errors);
    let amount_currency = account_currency.unwrap_or_else(fallback_currency);
    let mut lines = Vec::with_capacity(draft.invoices.len());
    for (index, (line, own)) in draft.invoices.iter().zip(own).enumerate() {
        let mut fail = |part, error| {
            errors.push(AccountFieldError::new(
                AccountField::Invoice { index, part },
                error,
            ));
        };
        let number = required_text(&line.number, MAX_TEXT_CHARS)
            .map_err(|e| fail(InvoicePart::Number, e))
            .ok();
        let issue_date = if line.issue_date.trim().is_empty() {
            Some(None)
        } else {
            parse_date(&line.issue_date)
                .map(Some)
                .map_err(|e| fail(InvoicePart::IssueDate, AccountError::Date(e)))
                .ok()
        };
        let due_date = parse_date(&line.due_date)
            .map_err(|e| fail(InvoicePart::DueDate, AccountError::Date(e)))
            .ok();
        if let (Some(Some(issued)), Some(due)) = (issue_date, due_date) {
            if due < issued {
                fail(InvoicePart::DueDate, AccountError::DueBeforeIssue);
            }
        }
        let amount = parse_amount(&line.amount, own.unwrap_or(amount_currency), locale)
            .map_err(|e| fail(InvoicePart::Amount, AccountError::Amount(e)))
            .ok();
        let note = checked_text(&line.note, MAX_NOTE_CHARS)
            .map_err(|e| fail(InvoicePart::Note, e))
            .ok();
        lines.push(InvoiceLine {
            number,
            issue_date,
            due_date,
            amount,
            note,
        });
    }
    let mut payments = Vec::with_capacity(draft.payments.len());
    for (index, line) in draft.payments.iter().enumerate() {
        let mut fail = |part, error| {
            errors.push(AccountFieldError::new(
                AccountField::Payment { index, part },
                error,
            ));
        };
        let date = parse_date(&line.date)
            .map_err(|e| fail(PaymentPart::Date, AccountError::Date(e)))
            .ok();
        let amount = parse_amount(&line.amount, amount_currency, locale)
            .map_err(|e| fail(PaymentPart::Amount, AccountError::Amount(e)))
            .ok();
        let named = line.invoice.trim();
        payments.push(PaymentLine {
            date,
            amount,
            invoice: (!named.is_empty()).then(|| named.to_owned()),
        });
    }
    assemble(account_currency, lines, payments, errors)
}

/// What the account form shows: the report when everything reads, and every problem
/// next to its field.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AccountOutcome {
    /// The report; `None` while any problem stands.
    pub report: Option<AccountReport>,
    /// Every problem, in the order of the form.
    pub problems: Vec<AccountFieldError>,
}

impl AccountOutcome {
    /// The first problem at `field`, if any.
    pub fn problem(&self, field: &AccountField) -> Option<&AccountFieldError> {
        self.problems.iter().find(|problem| problem.field == *field)
    }
}

/// The account form worked out: [`parse_account`], then
/// [`account_report`](super::account_report) under `terms` on `today`, every problem of
/// either collected in form order.
///
/// ```
/// use tactful_engine::account::{
///     evaluate_account, AccountDraft, AccountTerms, InvoiceDraftLine, PaymentDraftLine,
/// };
/// use tactful_engine::amount::NumberLocale;
/// use tactful_engine::statutory::Jurisdiction;
///
/// let draft = AccountDraft {
///     invoices: vec![InvoiceDraftLine {
///         number: "INV-7".into(), due_date: "2026-09-30".into(),
///         amount: "800".into(), currency: "GBP".into(), ..InvoiceDraftLine::default()
///     }],
///     payments: vec![PaymentDraftLine { date: "2026-12-24".into(), amount: "100".into(), invoice: "".into() }],
/// };
/// let terms = AccountTerms::new(Jurisdiction::Uk, true);
/// let outcome = evaluate_account(&draft, &terms, "2026-12-07".parse().unwrap(), NumberLocale::EnGb);
/// assert!(outcome.report.is_none());
/// assert_eq!(outcome.problems[0].field.key(), "payments.0.date");
/// assert_eq!(outcome.problems[0].error.code(), "in_future");
/// ```
pub fn evaluate_account(
    draft: &AccountDraft,
    terms: &AccountTerms,
    today: NaiveDate,
    locale: NumberLocale,
) -> AccountOutcome {
    let result = parse_account(draft, locale)
        .and_then(|account| super::account_report(&account, terms, today));
    match result {
        Ok(report) => AccountOutcome {
            report: Some(report),
            problems: Vec::new(),
        },
        Err(mut problems) => {
            problems.sort_by_key(|problem| field_order(&problem.field));
            AccountOutcome {
                report: None,
                problems,
            }
        }
    }
}
