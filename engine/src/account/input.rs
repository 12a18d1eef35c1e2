//! What a client account is made of: the input as given ([`AccountInput`]: typed values,
//! what the JavaScript API reads JSON into), the checked [`Account`], and the terms a
//! report is made under ([`AccountTerms`]: the law, whether the statutory figures are
//! claimed, the [`AllocationRule`]).

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::errors::{AccountError, AccountField, AccountFieldError, InvoicePart, PaymentPart};
use crate::amount::AmountError;
use crate::currency::{currency, Currency};
use crate::limits::{
    MAX_AMOUNT, MAX_INVOICES, MAX_NOTE_CHARS, MAX_PAYMENTS_RECEIVED, MAX_TEXT_CHARS,
};
use crate::statutory::{ClaimOptions, EnteredRate, Jurisdiction};

/// One invoice as given: typed values, not yet checked.
///
/// - `number`: required, unique in the account (payments name it), at most
///   [`MAX_TEXT_CHARS`] characters after trimming.
/// - `issue_date`: optional; when given, not after `due_date`.
/// - `due_date`: statutory interest runs from the day after it.
/// - `amount`: positive, at most [`MAX_AMOUNT`], with at most the currency's decimals as
///   written (`84.880` EUR is refused).
/// - `currency`: an ISO 4217 code, the same for every invoice of the account.
/// - `note`: free text, at most [`MAX_NOTE_CHARS`] characters (may be empty).
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::account::InvoiceInput;
///
/// let invoice = InvoiceInput::new("INV-101", "2026-09-30".parse().unwrap(), dec!(1200), "GBP");
/// assert_eq!((invoice.issue_date, invoice.note.as_str()), (None, ""));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvoiceInput {
    /// The invoice number.
    pub number: String,
    /// When it was issued, if known.
    pub issue_date: Option<NaiveDate>,
    /// When payment was due.
    pub due_date: NaiveDate,
    /// The amount invoiced.
    pub amount: Decimal,
    /// ISO 4217 code.
    pub currency: String,
    /// A note (what the invoice was for); may be empty.
    pub note: String,
}

impl InvoiceInput {
    /// An invoice without issue date or note.
    pub fn new(number: &str, due_date: NaiveDate, amount: Decimal, currency: &str) -> Self {
        InvoiceInput {
            number: number.to_owned(),
            issue_date: None,
            due_date,
            amount,
            currency: currency.to_owned(),
            note: String::new(),
        }
    }
}

/// One payment received as given.
///
/// - `date`: the day the money arrived; not after the day the account is looked at.
/// - `amount`: positive, in the account's currency, at most its decimals.
/// - `invoice`: the number of the invoice the client said it pays, or `None` for a
///   payment "on account" (what the [`AllocationRule`] does with it is the rule's).
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::account::PaymentInput;
///
/// let payment = PaymentInput::on_account("2026-11-20".parse().unwrap(), dec!(1000));
/// assert_eq!(payment.invoice, None);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaymentInput {
    /// When the money arrived.
    pub date: NaiveDate,
    /// How much.
    pub amount: Decimal,
    /// The invoice number it names; `None`: on account.
    pub invoice: Option<String>,
}

impl PaymentInput {
    /// A payment that names no invoice.
    pub fn on_account(date: NaiveDate, amount: Decimal) -> Self {
        PaymentInput {
            date,
            amount,
            invoice: None,
        }
    }

    /// A payment of the invoice numbered `number`.
    pub fn of_invoice(date: NaiveDate, amount: Decimal, number: &str) -> Self {
        PaymentInput {
            date,
            amount,
            invoice: Some(number.to_owned()),
        }
    }
}

/// A client account as given: its invoices (at least one, at most [`MAX_INVOICES`]) and
/// the payments received (at most [`MAX_PAYMENTS_RECEIVED`]), each list in the order
/// shown (errors and results refer to positions in it).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountInput {
    /// The invoices.
    pub invoices: Vec<InvoiceInput>,
    /// The payments received.
    pub payments: Vec<PaymentInput>,
}

/// A checked invoice of an account.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AccountInvoice {
    /// The invoice number (trimmed, unique in the account).
    pub number: String,
    /// When it was issued, if known (not after `due_date`).
    pub issue_date: Option<NaiveDate>,
    /// When payment was due.
    pub due_date: NaiveDate,
    /// The amount: positive, with exactly the currency's decimals.
    pub amount: Decimal,
    /// The note (trimmed; may be empty).
    pub note: String,
}

/// A checked payment received.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PaymentReceived {
    /// When the money arrived.
    pub date: NaiveDate,
    /// How much: positive, with exactly the currency's decimals.
    pub amount: Decimal,
    /// The position of the invoice the payment names; `None`: on account.
    pub invoice: Option<usize>,
}

/// A checked client account: one currency, its invoices and the payments received.
/// Made by [`check_account`] (typed values) or [`parse_account`](super::parse_account)
/// (a form's text).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Account {
    /// The currency of every invoice and payment (serialized as its ISO code).
    #[serde(with = "crate::currency::by_code")]
    pub currency: &'static Currency,
    /// The invoices, in the order given.
    pub invoices: Vec<AccountInvoice>,
    /// The payments, in the order given.
    pub payments: Vec<PaymentReceived>,
}

/// Which payment goes to which invoice, and within an invoice to what. Serialized as
/// `"oldest_first"` (the default), `"named"`, `"statutory_order"`. The rules, and the
/// law behind the statutory one, are in the [module documentation](super).
///
/// ```
/// use tactful_engine::account::AllocationRule;
///
/// assert_eq!(AllocationRule::default(), AllocationRule::OldestFirst);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AllocationRule {
    /// Every payment to the invoice due first (then the next), principal only.
    #[default]
    #[serde(rename = "oldest_first")]
    OldestFirst,
    /// A payment to the invoice it names, principal only; what it does not need, and
    /// payments on account, oldest first.
    #[serde(rename = "named")]
    Named,
    /// The law's order: Germany, §§ 366, 367 BGB (costs, then interest, then principal).
    #[serde(rename = "statutory_order")]
    StatutoryOrder,
}

/// The terms a report is made under.
///
/// - `jurisdiction`: the law of the statutory interest, compensation and collection
///   costs ([`Jurisdiction`]).
/// - `claim`: whether the statutory figures are claimed. They are computed either way;
///   when `false` the totals claim nothing on top of the principal and no payment goes
///   to interest or costs.
/// - `allocation`: the [`AllocationRule`].
/// - `options`, `reference_rates`, `reference_rate_override`, `eu_margin`: as in
///   [`ClaimInput`](crate::statutory::ClaimInput), for every invoice's claim.
///
/// ```
/// use tactful_engine::account::{AccountTerms, AllocationRule};
/// use tactful_engine::statutory::Jurisdiction;
///
/// let terms = AccountTerms::new(Jurisdiction::Uk, true);
/// assert_eq!(terms.allocation, AllocationRule::OldestFirst);
/// assert!(terms.reference_rates.is_empty());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountTerms {
    /// The law.
    pub jurisdiction: Jurisdiction,
    /// The statutory figures are claimed.
    pub claim: bool,
    /// How payments are allocated.
    pub allocation: AllocationRule,
    /// The points the law leaves open.
    pub options: ClaimOptions,
    /// Rates entered for single reference dates.
    pub reference_rates: Vec<EnteredRate>,
    /// One reference rate replacing the tables everywhere.
    pub reference_rate_override: Option<Decimal>,
    /// Margin of `Eu` claims (8 to 20); `None` is 8.
    pub eu_margin: Option<Decimal>,
}

impl AccountTerms {
    /// Terms under `jurisdiction`, claimed or not, with the default allocation (oldest
    /// first), the default options and no entered rate.
    pub fn new(jurisdiction: Jurisdiction, claim: bool) -> Self {
        AccountTerms {
            jurisdiction,
            claim,
            allocation: AllocationRule::default(),
            options: ClaimOptions::default(),
            reference_rates: Vec::new(),
            reference_rate_override: None,
            eu_margin: None,
        }
    }
}

/// One invoice read so far: `None` where the field has a problem (already reported).
pub(super) struct InvoiceLine {
    pub(super) number: Option<String>,
    pub(super) issue_date: Option<Option<NaiveDate>>,
    pub(super) due_date: Option<NaiveDate>,
    pub(super) amount: Option<Decimal>,
    pub(super) note: Option<String>,
}

/// One payment read so far: `None` where the field has a problem (already reported).
pub(super) struct PaymentLine {
    pub(super) date: Option<NaiveDate>,
    pub(super) amount: Option<Decimal>,
    /// The number named (trimmed), or `None` on account.
    pub(super) invoice: Option<String>,
}

/// Checks every field of `input` and returns the account, or every problem found, each at
/// its field (`invoices.2.due_date`…), in the order of the input.
///
/// Rules: at least one invoice and at most [`MAX_INVOICES`]; at most
/// [`MAX_PAYMENTS_RECEIVED`] payments; each invoice's number given, unique and at most
/// [`MAX_TEXT_CHARS`] characters; its currency a known code, the same as the first
/// invoice's with a known code (else `mixed_currency` at that invoice's currency); amounts
/// positive, at most [`MAX_AMOUNT`], with at most the currency's decimals as written; due
/// date not before the issue date; note at most [`MAX_NOTE_CHARS`] characters; a payment's
/// invoice, when named, one of the account's numbers. Whether a payment is dated after
/// "today" is checked by the report, which knows the day.
///
/// # Errors
/// Every [`AccountFieldError`] found.
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::account::{check_account, AccountInput, InvoiceInput, PaymentInput};
///
/// let day = |text: &str| text.parse().unwrap();
/// let mut input = AccountInput {
///     invoices: vec![
///         InvoiceInput::new("INV-101", day("2026-09-30"), dec!(1200), "GBP"),
///         InvoiceInput::new("INV-102", day("2026-10-31"), dec!(3400), "GBP"),
///     ],
///     payments: vec![PaymentInput::of_invoice(day("2026-11-20"), dec!(1000), "INV-102")],
/// };
/// let account = check_account(&input).unwrap();
/// assert_eq!(account.currency.code, "GBP");
/// assert_eq!(account.invoices[0].amount.to_string(), "1200.00");
/// assert_eq!(account.payments[0].invoice, Some(1));
///
/// input.invoices[1].currency = "EUR".into();
/// input.payments[0].invoice = Some("INV-999".into());
/// let errors = check_account(&input).unwrap_err();
/// let fields: Vec<String> = errors.iter().map(|e| e.field.key()).collect();
/// assert_eq!(fields, ["invoices.1.currency", "payments.0.invoice"]);
/// assert_eq!(errors[0].error.code(), "mixed_currency");
/// ```
pub fn check_account(input: &AccountInput) -> Result<Account, Vec<AccountFieldError>> {
    let mut errors = Vec::new();
    if !counts_fit(input.invoices.len(), input.payments.len(), &mut errors) {
        return Err(errors);
    }
    let codes: Vec<&str> = input.invoices.iter().map(|i| i.currency.as_str()).collect();
    let (account_currency, own) = currencies(&codes, &mut errors);
    let amount_currency = account_currency.unwrap_or_else(fallback_currency);
    let mut lines = Vec::with_capacity(input.invoices.len());
    for (index, (invoice, own)) in input.invoices.iter().zip(own).enumerate() {
        let field = |part| AccountField::Invoice { index, part };
        let mut fail = |part, error| errors.push(AccountFieldError::new(field(part), error));
        let number = required_text(&invoice.number, MAX_TEXT_CHARS)
            .map_err(|e| fail(InvoicePart::Number, e));
        let amount = checked_amount(invoice.amount, own.unwrap_or(amount_currency))
            .map_err(|e| fail(InvoicePart::Amount, AccountError::Amount(e)));
        if let Some(issued) = invoice.issue_date {
            if invoice.due_date < issued {
                fail(InvoicePart::DueDate, AccountError::DueBeforeIssue);
            }
        }
        let note =
            checked_text(&invoice.note, MAX_NOTE_CHARS).map_err(|e| fail(InvoicePart::Note, e));
        lines.push(InvoiceLine {
            number: number.ok(),
            issue_date: Some(invoice.issue_date),
            due_date: Some(invoice.due_date),
            amount: amount.ok(),
            note: note.ok(),
        });
    }
    let mut payments = Vec::with_capacity(input.payments.len());
    for (index, payment) in input.payments.iter().enumerate() {
        let amount = checked_amount(payment.amount, amount_currency).map_err(|e| {
            errors.push(AccountFieldError::new(
                AccountField::Payment {
                    index,
                    part: PaymentPart::Amount,
                },
                AccountError::Amount(e),
            ));
        });
        payments.push(PaymentLine {
            date: Some(payment.date),
            amount: amount.ok(),
            invoice: payment
                .invoice
                .as_deref()
                .map(str::trim)
                .filter(|number| !number.is_empty())
                .map(str::to_owned),
        });
    }
    assemble(account_currency, lines, payments, errors)
}

/// Whether the lists fit the limits; the problems otherwise.
pub(super) fn counts_fit(
    invoices: usize,
    payments: usize,
    errors: &mut Vec<AccountFieldError>,
) -> bool {
    if invoices == 0 {
        errors.push(AccountFieldError::new(
            AccountField::Invoices,
            AccountError::NoInvoices,
        ));
    }
    if invoices > MAX_INVOICES {
        errors.push(AccountFieldError::new(
            AccountField::Invoices,
            AccountError::TooManyInvoices { max: MAX_INVOICES },
        ));
    }
    if payments > MAX_PAYMENTS_RECEIVED {
        errors.push(AccountFieldError::new(
            AccountField::Payments,
            AccountError::TooManyPayments {
                max: MAX_PAYMENTS_RECEIVED,
            },
        ));
    }
    errors.is_empty()
}

/// The account's currency (the first known code) and each invoice's own known currency;
/// reports unknown codes and codes other than the account's.
pub(super) fn currencies(
    codes: &[&str],
    errors: &mut Vec<AccountFieldError>,
) -> (Option<&'static Currency>, Vec<Option<&'static Currency>>) {
    let mut account: Option<&'static Currency> = None;
    let mut own = Vec::with_capacity(codes.len());
    for (index, code) in codes.iter().enumerate() {
        let field = AccountField::Invoice {
            index,
            part: InvoicePart::Currency,
        };
        match currency(code) {
            Ok(found) => {
                match account {
                    None => account = Some(found),
                    Some(expected) if expected.code != found.code => {
                        errors.push(AccountFieldError::new(
                            field,
                            AccountError::MixedCurrency {
                                expected: expected.code,
                                found: found.code,
                            },
                        ));
                    }
                    Some(_) => {}
                }
                own.push(Some(found));
            }
            Err(unknown) => {
                errors.push(AccountFieldError::new(
                    field,
                    AccountError::Currency(unknown),
                ));
                own.push(None);
            }
        }
    }
    (account, own)
}

/// GBP's two decimals: the neutral choice for checking amounts while no currency is known
/// (as [`parse_invoice`](crate::invoice::parse_invoice) does).
pub(super) fn fallback_currency() -> &'static Currency {
    match currency("GBP") {
        Ok(c) => c,
        Err(_) => &crate::currency::all_currencies()[0],
    }
}

/// Trimmed text of at most `max` characters.
pub(super) fn checked_text(input: &str, max: usize) -> Result<String, AccountError> {
    let text = input.trim();
    if text.chars().count() > max {
        return Err(AccountError::TooLong { max });
    }
    Ok(text.to_owned())
}

/// Trimmed, non-empty text of at most `max` characters.
pub(super) fn required_text(input: &str, max: usize) -> Result<String, AccountError> {
    let text = checked_text(input, max)?;
    if text.is_empty() {
        return Err(AccountError::Empty);
    }
    Ok(text)
}

/// A typed amount: positive, at most [`MAX_AMOUNT`], at most the currency's decimals as
/// written; returned with exactly the currency's decimals.
pub(super) fn checked_amount(amount: Decimal, currency: &Currency) -> Result<Decimal, AmountError> {
    if amount <= Decimal::ZERO {
        return Err(AmountError::NotPositive);
    }
    if amount > MAX_AMOUNT {
        return Err(AmountError::TooLarge);
    }
    if amount.scale() > currency.minor_units {
        return Err(AmountError::TooManyDecimals {
            max: currency.minor_units,
            currency: currency.code,
        });
    }
    let mut scaled = amount;
    scaled.rescale(currency.minor_units);
    Ok(scaled)
}

/// The account from lines read so far: checks the numbers are unique and resolves the
/// invoices payments name; every problem, sorted by field, when there is any.
pub(super) fn assemble(
    currency: Option<&'static Currency>,
    lines: Vec<InvoiceLine>,
    payments: Vec<PaymentLine>,
    mut errors: Vec<AccountFieldError>,
) -> Result<Account, Vec<AccountFieldError>> {
    for (index, line) in lines.iter().enumerate() {
        let Some(number) = &line.number else { continue };
        let earlier = lines
            .get(..index)
            .unwrap_or_default()
            .iter()
            .any(|other| other.number.as_ref() == Some(number));
        if earlier {
            errors.push(AccountFieldError::new(
                AccountField::Invoice {
                    index,
                    part: InvoicePart::Number,
                },
                AccountError::DuplicateNumber,
            ));
        }
    }
    let mut resolved = Vec::with_capacity(payments.len());
    for (index, payment) in payments.iter().enumerate() {
        let invoice = match &payment.invoice {
            None => Some(None),
            Some(named) => {
                let found = lines
                    .iter()
                    .position(|line| line.number.as_ref() == Some(named));
                if found.is_none() {
                    errors.push(AccountFieldError::new(
                        AccountField::Payment {
                            index,
                            part: PaymentPart::Invoice,
                        },
                        AccountError::UnknownInvoice,
                    ));
                }
                found.map(Some)
            }
        };
        resolved.push(invoice);
    }
    let (Some(currency), true) = (currency, errors.is_empty()) else {
        errors.sort_by_key(|e| field_order(&e.field));
        return Err(errors);
    };
    let mut invoices = Vec::with_capacity(lines.len());
    for line in lines {
        let (Some(number), Some(issue_date), Some(due_date), Some(amount), Some(note)) = (
            line.number,
            line.issue_date,
            line.due_date,
            line.amount,
            line.note,
        ) else {
            return Err(errors);
        };
        invoices.push(AccountInvoice {
            number,
            issue_date,
            due_date,
            amount,
            note,
        });
    }
    let mut received = Vec::with_capacity(payments.len());
    for (payment, invoice) in payments.into_iter().zip(resolved) {
        let (Some(date), Some(amount), Some(invoice)) = (payment.date, payment.amount, invoice)
        else {
            return Err(errors);
        };
        received.push(PaymentReceived {
            date,
            amount,
            invoice,
        });
    }
    Ok(Account {
        currency,
        invoices,
        payments: received,
    })
}

/// Sorts problems as the form shows its fields: the lists, then invoice by invoice
/// (fields in order), then payment by payment, then the terms.
pub(super) fn field_order(field: &AccountField) -> (u8, usize, u8) {
    match field {
        AccountField::Invoices => (0, 0, 0),
        AccountField::Invoice { index, part } => (1, *index, *part as u8),
        AccountField::Payments => (2, 0, 0),
        AccountField::Payment { index, part } => (3, *index, *part as u8),
        AccountField::Today => (4, 0, 0),
        AccountField::Jurisdiction => (5, 0, 0),
        AccountField::Allocation => (6, 0, 0),
        AccountField::ReferenceRates => (7, 0, 0),
        AccountField::ReferenceRateOverride => (8, 0, 0),
        AccountField::EuMargin => (9, 0, 0),
    }
}
