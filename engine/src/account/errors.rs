//! What can be wrong with a client account or its report, and where: one
//! [`AccountFieldError`] per problem, naming its [`AccountField`] (a dotted path such as
//! `invoices.2.due_date`, the same in the app's form and the JavaScript API) and its
//! [`AccountError`] (a stable snake-case [`code`](AccountError::code) and a lowercase
//! message for developers).

use std::fmt;

use chrono::NaiveDate;
use serde::Serialize;

use crate::amount::AmountError;
use crate::currency::UnknownCurrency;
use crate::dates::DateParseError;
use crate::statutory::{Jurisdiction, StatutoryError};

/// A field of one invoice of the account.
///
/// Serialized in snake case (`"due_date"`), each name written out.
///
/// ```
/// use tactful_engine::account::InvoicePart;
///
/// assert_eq!(InvoicePart::DueDate.key(), "due_date");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum InvoicePart {
    /// The invoice number.
    #[serde(rename = "number")]
    Number,
    /// The issue date.
    #[serde(rename = "issue_date")]
    IssueDate,
    /// The due date.
    #[serde(rename = "due_date")]
    DueDate,
    /// The amount.
    #[serde(rename = "amount")]
    Amount,
    /// The currency.
    #[serde(rename = "currency")]
    Currency,
    /// The note.
    #[serde(rename = "note")]
    Note,
}

impl InvoicePart {
    /// The field's name in the input (`"number"`, `"issue_date"`, `"due_date"`,
    /// `"amount"`, `"currency"`, `"note"`).
    pub fn key(self) -> &'static str {
        match self {
            InvoicePart::Number => "number",
            InvoicePart::IssueDate => "issue_date",
            InvoicePart::DueDate => "due_date",
            InvoicePart::Amount => "amount",
            InvoicePart::Currency => "currency",
            InvoicePart::Note => "note",
        }
    }
}

/// A field of one payment received.
///
/// Serialized as `"date"`, `"amount"`, `"invoice"`.
///
/// ```
/// use tactful_engine::account::PaymentPart;
///
/// assert_eq!(PaymentPart::Invoice.key(), "invoice");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum PaymentPart {
    /// The day the money arrived.
    #[serde(rename = "date")]
    Date,
    /// The amount received.
    #[serde(rename = "amount")]
    Amount,
    /// The invoice number the payment names (empty: on account).
    #[serde(rename = "invoice")]
    Invoice,
}

impl PaymentPart {
    /// The field's name in the input (`"date"`, `"amount"`, `"invoice"`).
    pub fn key(self) -> &'static str {
        match self {
            PaymentPart::Date => "date",
            PaymentPart::Amount => "amount",
            PaymentPart::Invoice => "invoice",
        }
    }
}

/// Where a problem belongs: the list of invoices or of payments, one field of one of
/// them (`index` from 0, in the order given), or one of the report's terms.
///
/// ```
/// use tactful_engine::account::{AccountField, InvoicePart, PaymentPart};
///
/// assert_eq!(AccountField::Invoice { index: 2, part: InvoicePart::DueDate }.key(), "invoices.2.due_date");
/// assert_eq!(AccountField::Payment { index: 0, part: PaymentPart::Invoice }.key(), "payments.0.invoice");
/// assert_eq!(AccountField::Allocation.key(), "allocation");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum AccountField {
    /// The list of invoices as a whole (none, or too many).
    #[serde(rename = "invoices")]
    Invoices,
    /// One field of one invoice.
    #[serde(rename = "invoice")]
    Invoice {
        /// The invoice's position, from 0.
        index: usize,
        /// The field.
        part: InvoicePart,
    },
    /// The list of payments as a whole (too many).
    #[serde(rename = "payments")]
    Payments,
    /// One field of one payment.
    #[serde(rename = "payment")]
    Payment {
        /// The payment's position, from 0.
        index: usize,
        /// The field.
        part: PaymentPart,
    },
    /// The day the account is looked at.
    #[serde(rename = "today")]
    Today,
    /// The law.
    #[serde(rename = "jurisdiction")]
    Jurisdiction,
    /// The allocation rule.
    #[serde(rename = "allocation")]
    Allocation,
    /// The reference rates entered per reference date.
    #[serde(rename = "reference_rates")]
    ReferenceRates,
    /// The one reference rate entered for every half-year.
    #[serde(rename = "reference_rate_override")]
    ReferenceRateOverride,
    /// The EU margin.
    #[serde(rename = "eu_margin")]
    EuMargin,
}

impl AccountField {
    /// The field's dotted path in the input: `"invoices"`, `"invoices.2.due_date"`,
    /// `"payments"`, `"payments.0.amount"`, `"today"`, `"jurisdiction"`, `"allocation"`,
    /// `"reference_rates"`, `"reference_rate_override"`, `"eu_margin"`. The JavaScript API
    /// reports problems under these paths.
    pub fn key(&self) -> String {
        match self {
            AccountField::Invoices => "invoices".to_owned(),
            AccountField::Invoice { index, part } => format!("invoices.{index}.{}", part.key()),
            AccountField::Payments => "payments".to_owned(),
            AccountField::Payment { index, part } => format!("payments.{index}.{}", part.key()),
            AccountField::Today => "today".to_owned(),
            AccountField::Jurisdiction => "jurisdiction".to_owned(),
            AccountField::Allocation => "allocation".to_owned(),
            AccountField::ReferenceRates => "reference_rates".to_owned(),
            AccountField::ReferenceRateOverride => "reference_rate_override".to_owned(),
            AccountField::EuMargin => "eu_margin".to_owned(),
        }
    }
}

impl fmt::Display for AccountField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.key())
    }
}

/// What is wrong.
///
/// ```
/// use tactful_engine::account::AccountError;
///
/// let error = AccountError::MixedCurrency { expected: "GBP", found: "EUR" };
/// assert_eq!(error.code(), "mixed_currency");
/// assert_eq!(error.to_string(), "EUR is not the account's currency, GBP");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AccountError {
    /// A required text is empty (an invoice number).
    Empty,
    /// An amount cannot be used: not a number, zero or negative, more decimals than the
    /// currency has, above [`MAX_AMOUNT`](crate::limits::MAX_AMOUNT)…
    Amount(AmountError),
    /// A date cannot be read (drafts only: typed inputs are dates already).
    Date(DateParseError),
    /// The currency code is not an active ISO 4217 code.
    Currency(UnknownCurrency),
    /// An invoice is in another currency than the account's (the first invoice's): one
    /// currency per account.
    MixedCurrency {
        /// The account's currency.
        expected: &'static str,
        /// This invoice's.
        found: &'static str,
    },
    /// The due date is before the issue date.
    DueBeforeIssue,
    /// The text is longer than `max` characters.
    TooLong {
        /// The limit, in characters.
        max: usize,
    },
    /// Two invoices have the same number (a payment could not say which it pays).
    DuplicateNumber,
    /// A payment names an invoice number the account does not hold.
    UnknownInvoice,
    /// The account has no invoice.
    NoInvoices,
    /// More invoices than [`MAX_INVOICES`](crate::limits::MAX_INVOICES).
    TooManyInvoices {
        /// The limit.
        max: usize,
    },
    /// More payments than [`MAX_PAYMENTS_RECEIVED`](crate::limits::MAX_PAYMENTS_RECEIVED).
    TooManyPayments {
        /// The limit.
        max: usize,
    },
    /// A payment is dated after the day the account is looked at.
    InFuture {
        /// That day.
        today: NaiveDate,
    },
    /// The statutory order of allocation was asked for under a law for which the engine
    /// has none (only Germany's §§ 366, 367 BGB is implemented).
    NoStatutoryOrder {
        /// The law asked for.
        jurisdiction: Jurisdiction,
    },
    /// The statutory-interest engine cannot compute a claim (a rate the tables do not
    /// know, an entered rate or margin out of range…).
    Statutory(StatutoryError),
    /// A figure exceeded [`Decimal`](rust_decimal::Decimal)'s range. Cannot happen within
    /// the limits; kept as a typed error instead of a panic.
    TooLargeToCompute,
}

impl AccountError {
    /// A stable snake-case code for programs (the JavaScript API's `code`): it never
    /// changes when the message or the Rust name does. Amount and date problems have the
    /// codes of what is wrong with them (`must_be_positive`, `too_many_decimals`,
    /// `invalid_date`…), statutory problems the statutory engine's
    /// ([`StatutoryError::code`]).
    ///
    /// ```
    /// use tactful_engine::account::AccountError;
    /// use tactful_engine::amount::AmountError;
    ///
    /// assert_eq!(AccountError::Amount(AmountError::NotPositive).code(), "must_be_positive");
    /// assert_eq!(AccountError::UnknownInvoice.code(), "unknown_invoice");
    /// ```
    pub fn code(&self) -> &'static str {
        match self {
            AccountError::Empty => "empty",
            AccountError::Amount(error) => match error {
                AmountError::Empty => "empty",
                AmountError::NotANumber => "not_a_number",
                AmountError::TooManyDecimals { .. } => "too_many_decimals",
                AmountError::NotPositive => "must_be_positive",
                AmountError::Negative => "must_not_be_negative",
                AmountError::TooLarge => "too_large",
                AmountError::WrongCurrencySymbol { .. } => "wrong_currency_symbol",
                AmountError::MisplacedGroupSeparator => "misplaced_group_separator",
            },
            AccountError::Date(error) => match error {
                DateParseError::Empty => "empty",
                DateParseError::Invalid => "invalid_date",
                DateParseError::OutOfRange => "year_out_of_range",
            },
            AccountError::Currency(_) => "unknown_currency",
            AccountError::MixedCurrency { .. } => "mixed_currency",
            AccountError::DueBeforeIssue => "due_before_issue",
            AccountError::TooLong { .. } => "too_long",
            AccountError::DuplicateNumber => "duplicate_number",
            AccountError::UnknownInvoice => "unknown_invoice",
            AccountError::NoInvoices => "no_invoices",
            AccountError::TooManyInvoices { .. } => "too_many_invoices",
            AccountError::TooManyPayments { .. } => "too_many_payments",
            AccountError::InFuture { .. } => "in_future",
            AccountError::NoStatutoryOrder { .. } => "no_statutory_order",
            AccountError::Statutory(error) => error.code(),
            AccountError::TooLargeToCompute => "too_large_to_compute",
        }
    }
}

impl fmt::Display for AccountError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AccountError::Empty => f.write_str("required"),
            AccountError::Amount(error) => write!(f, "{error}"),
            AccountError::Date(error) => write!(f, "{error}"),
            AccountError::Currency(error) => write!(f, "{error}"),
            AccountError::MixedCurrency { expected, found } => {
                write!(f, "{found} is not the account's currency, {expected}")
            }
            AccountError::DueBeforeIssue => f.write_str("due date is before the issue date"),
            AccountError::TooLong { max } => write!(f, "longer than {max} characters"),
            AccountError::DuplicateNumber => f.write_str("another invoice has this number"),
            AccountError::UnknownInvoice => {
                f.write_str("no invoice of the account has this number")
            }
            AccountError::NoInvoices => f.write_str("an account needs at least one invoice"),
            AccountError::TooManyInvoices { max } => write!(f, "more than {max} invoices"),
            AccountError::TooManyPayments { max } => write!(f, "more than {max} payments"),
            AccountError::InFuture { today } => write!(f, "after today ({today})"),
            AccountError::NoStatutoryOrder { jurisdiction } => write!(
                f,
                "no statutory order of allocation is implemented for {}; only for germany (de)",
                jurisdiction_key(*jurisdiction)
            ),
            AccountError::Statutory(error) => write!(f, "{error}"),
            AccountError::TooLargeToCompute => f.write_str("too large to compute"),
        }
    }
}

impl std::error::Error for AccountError {}

/// The jurisdiction's serde name (`"uk"`, `"de"`…), for messages.
fn jurisdiction_key(jurisdiction: Jurisdiction) -> &'static str {
    match jurisdiction {
        Jurisdiction::Uk => "uk",
        Jurisdiction::Ie => "ie",
        Jurisdiction::De => "de",
        Jurisdiction::Fr => "fr",
        Jurisdiction::Nl => "nl",
        Jurisdiction::Es => "es",
        Jurisdiction::Eu => "eu",
    }
}

/// One problem with one field. `Display`: `"<field>: <error>"`.
///
/// ```
/// use tactful_engine::account::{AccountError, AccountField, AccountFieldError, InvoicePart};
///
/// let error = AccountFieldError {
///     field: AccountField::Invoice { index: 1, part: InvoicePart::DueDate },
///     error: AccountError::DueBeforeIssue,
/// };
/// assert_eq!(error.to_string(), "invoices.1.due_date: due date is before the issue date");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AccountFieldError {
    /// The field to show the message next to.
    pub field: AccountField,
    /// What is wrong.
    pub error: AccountError,
}

impl AccountFieldError {
    pub(crate) fn new(field: AccountField, error: AccountError) -> Self {
        AccountFieldError { field, error }
    }
}

impl fmt::Display for AccountFieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.error)
    }
}

impl std::error::Error for AccountFieldError {}
