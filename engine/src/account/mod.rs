//! One client, several invoices: where a client account stands on a day, with each
//! invoice's statutory interest and compensation, the payments received allocated by a
//! stated rule, aging buckets, totals, a statement of account and the tools an
//! instalment plan over the account needs.
//!
//! Late payers are rarely late on one invoice. Lumping £1,200 (due 30 September), £3,400
//! (due 31 October) and £800 (due 15 November) into £5,400 "due 30 September" over-states
//! the statutory interest and under-states the fixed compensation, which is per invoice
//! (UK: £70 + £70 + £40). Here every invoice keeps its own due date, its own principal
//! over time and its own compensation.
//!
//! # Inputs
//!
//! - An account ([`AccountInput`], checked by [`check_account`] into an [`Account`]; or a
//!   form's text, [`AccountDraft`], read by [`parse_account`]): one or more invoices
//!   (number, optional issue date, due date, amount, currency, optional note) and the
//!   payments received (date, amount, the invoice it names or none: "on account"). One
//!   currency per account. Limits: [`MAX_INVOICES`], [`MAX_PAYMENTS_RECEIVED`],
//!   [`MAX_NOTE_CHARS`](crate::limits::MAX_NOTE_CHARS) (in [`crate::limits`]).
//! - The terms ([`AccountTerms`]): the law ([`Jurisdiction`]), whether the statutory
//!   figures are claimed, the [`AllocationRule`], and the statutory options and entered
//!   rates of [`ClaimInput`](crate::statutory::ClaimInput).
//! - `today`, always an argument: the engine has no clock. A payment dated after it is an
//!   error (`in_future`).
//!
//! [`account_report`] returns an [`AccountReport`]; [`evaluate_account`] does the same
//! from a draft, collecting every problem for the form.
//!
//! # Allocation of payments
//!
//! Payments are allocated one by one in date order (payments of one day in the order
//! given). The rule is an input ([`AllocationRule`]), by default `oldest_first`:
//!
//! - **`oldest_first`** (the default): each payment goes to the principal of the invoice
//!   due first (ties: the one given first), then to the next, whatever invoice it names.
//!   Interest and compensation are never paid by it: they stay claimed on top.
//! - **`named`**: a payment that names an invoice goes to that invoice's principal; what
//!   that invoice does not need (an overpayment of it) and payments on account go
//!   oldest first, as above. Principal only.
//! - **`statutory_order`**: the order the law sets, where the engine has it: **Germany**
//!   (Bürgerliches Gesetzbuch, as of
//!   [`LAWS_CHECKED_AS_OF`](crate::statutory::LAWS_CHECKED_AS_OF)):
//!   1. *Which debt* (§ 366 BGB): the invoice the debtor names when paying (§ 366 Abs.
//!      1, "Tilgungsbestimmung"); otherwise, and for what the named one does not need,
//!      § 366 Abs. 2: "zunächst die fällige Schuld, unter mehreren fälligen Schulden
//!      diejenige, welche dem Gläubiger geringere Sicherheit bietet, unter mehreren
//!      gleich sicheren die dem Schuldner lästigere, unter mehreren gleich lästigen die
//!      ältere Schuld und bei gleichem Alter jede Schuld verhältnismäßig". Implemented:
//!      invoices due on the payment day or before come first; security is not known to
//!      the engine, so all invoices count as equally secured; an invoice already bearing
//!      default interest (the payment day is after its due date, § 288 BGB) is more
//!      burdensome than one that does not yet; then the older, by issue date (by due date
//!      when no issue date is given); invoices equal on all of these share the payment in
//!      proportion to what each owes (largest remainder, exact to the cent).
//!   2. *Within a debt* (§ 367 Abs. 1 BGB): "zunächst auf die Kosten, dann auf die Zinsen
//!      und zuletzt auf die Hauptleistung": first the costs (the €40 Pauschale of § 288
//!      Abs. 5 BGB, due once the invoice is late, and paid only when the account is in
//!      euro), then the statutory interest accrued up to the payment day, then the
//!      principal. (A debtor's own different order under § 367 Abs. 2, which the
//!      creditor may refuse, is not modelled.)
//!
//!   With `claim: false` no costs or interest are owed, so § 367 puts everything on the
//!   principal, in the § 366 order. Other laws have rules of their own (France: articles
//!   1342-10 and 1343-1 du Code civil; the Netherlands: artikelen 6:43 and 6:44 BW;
//!   Spain: artículos 1172 to 1174 del Código Civil; the UK has common-law appropriation,
//!   no statute): they are not implemented, and `statutory_order` under them is refused
//!   ([`AccountError::NoStatutoryOrder`]).
//!
//! Money is conserved exactly: every payment is allocated once, each part a whole number
//! of minor units, and what no invoice needs is reported as the payment's `credit`, in the
//! client's favour ([`PaymentAllocation`]); no invoice ever receives more than it owes.
//!
//! # Statutory interest on what is unpaid
//!
//! Each invoice's interest runs on its own principal from the day after its due date, and
//! only on what is unpaid: after a part payment, on less. The statutory engine
//! ([`late_payment_claim`](crate::statutory::late_payment_claim)) computes every figure,
//! with the account's law, options and entered rates; nothing is re-implemented here.
//! Where the principal changes the claim is split at the payment dates, as differences of
//! whole claims: a part of the principal paid on day *t* earns
//!
//! `claim(principal before the payment, up to t) − claim(principal after it, up to t)`,
//!
//! and what is still unpaid earns `claim(unpaid principal, up to today)`. Every claim
//! starts on the invoice's own first day of interest, so each law's rate rule holds
//! unchanged (the UK rate fixed by the day interest starts, Ireland's one rate, each
//! half-year's rate elsewhere, the Dutch yearly capitalisation), and the parts
//! ([`InterestPortion`]) add up exactly to the invoice's interest. An invoice without
//! payments gets exactly the claim of
//! [`late_payment_claim`](crate::statutory::late_payment_claim) on it up to today.
//! Interest stops the day the principal is paid in full.
//!
//! Compensation and costs follow each law's rule, per invoice, from the claim on the
//! invoice's amount up to the day it was paid (or today), so it is owed only when the
//! invoice was late: UK £40/£70/£100 by the invoice amount (s. 5A of the 1998 Act),
//! Ireland €40/€70/€100 with its own boundaries, Germany, France, Spain and the Directive
//! €40 per invoice. The Netherlands has no fixed sum per invoice: its collection costs
//! (art. 6:96 BW, the BIK scale, at least €40) are worked out once on the principal of
//! every overdue balance of the account together, and shared among those invoices in
//! proportion to their balances. Compensation and costs are in the law's currency (GBP or
//! EUR) and never converted: on an account in another currency they are shown, the totals
//! that would add them are `None`, and no payment goes to them.
//!
//! The figures are computed whether or not they are claimed; `claim` says whether the
//! totals add them ([`AccountTotals::total_claim`], [`AccountTotals::total_due`]).
//!
//! # Where each invoice stands
//!
//! Status ([`InvoiceStatus`]), days overdue, the aging bucket of its balance
//! ([`AgingBucket`]: not yet due, 1–30, 31–60, 61–90, over 90 days overdue), what was paid
//! to its costs, interest and principal and by which payments, its balance, interest,
//! compensation and (Netherlands) share of the collection costs. The buckets add up the
//! balances (principal) of the unpaid invoices.
//!
//! # Statement, exports and tools
//!
//! [`AccountReport::statement`] is the statement of account as data (every invoice,
//! payment and, when claimed, interest, compensation and collection costs, in date order
//! with the running balance); [`statement_csv`] writes it as CSV in a language's
//! conventions; [`open_invoices_text`] is the plain-text list of open invoices for a
//! message. [`AccountTotals::plan_balance`] is what one instalment plan over the account
//! should cover, [`instalments_clear`] says which invoices each of the plan's instalments
//! clears, and [`AccountReport::oldest_unpaid_due_date`] is the day the escalation
//! timeline keys to.
//!
//! # Example
//!
//! ```
//! use rust_decimal_macros::dec;
//! use tactful_engine::account::{
//!     account_report, check_account, AccountInput, AccountTerms, InvoiceInput, InvoiceStatus,
//!     PaymentInput,
//! };
//! use tactful_engine::statutory::Jurisdiction;
//!
//! let day = |text: &str| text.parse().unwrap();
//! let account = check_account(&AccountInput {
//!     invoices: vec![
//!         InvoiceInput::new("INV-101", day("2026-09-30"), dec!(1200), "GBP"),
//!         InvoiceInput::new("INV-102", day("2026-10-31"), dec!(3400), "GBP"),
//!         InvoiceInput::new("INV-103", day("2026-11-15"), dec!(800), "GBP"),
//!     ],
//!     payments: vec![PaymentInput::on_account(day("2026-11-20"), dec!(1000))],
//! })
//! .unwrap();
//! let report = account_report(&account, &AccountTerms::new(Jurisdiction::Uk, true), day("2026-12-07"))
//!     .unwrap();
//! // The £1,000 went to INV-101, due first: £200 of it is still owed.
//! assert_eq!(report.invoices[0].balance, dec!(200.00));
//! assert_eq!(report.invoices[0].status, InvoiceStatus::PartPaid);
//! // Compensation per invoice: £70 + £70 + £40.
//! assert_eq!(report.totals.compensation, dec!(180.00));
//! // Interest at 3.75 % + 8 on each invoice's unpaid principal (worked out in the tests).
//! assert_eq!(report.totals.interest, dec!(66.97));
//! assert_eq!(report.totals.total_due, Some(dec!(4646.97)));
//! ```

mod draft;
mod errors;
mod export;
mod input;
mod ledger;
mod report;
#[cfg(test)]
mod tests;
mod tools;

use chrono::NaiveDate;

pub use crate::limits::{MAX_INVOICES, MAX_NOTE_CHARS, MAX_PAYMENTS_RECEIVED};
pub use draft::{
    evaluate_account, parse_account, AccountDraft, AccountOutcome, InvoiceDraftLine,
    PaymentDraftLine,
};
pub use errors::{AccountError, AccountField, AccountFieldError, InvoicePart, PaymentPart};
pub use export::{open_invoices_text, statement_csv, statement_kind_word, statement_words};
pub use input::{
    check_account, Account, AccountInput, AccountInvoice, AccountTerms, AllocationRule,
    InvoiceInput, PaymentInput, PaymentReceived,
};
pub use report::{
    AccountReport, AccountTotals, AgingBucket, Application, AppliedPayment, BucketTotal,
    InterestPortion, InvoiceStanding, InvoiceStatus, PaymentAllocation, StatementKind,
    StatementLine,
};
pub use tools::{
    account_accruals, account_invoice, account_report_on, instalments_clear, InstalmentClears,
    InstalmentPart, PlanCurrencyDiffers,
};

#[cfg(doc)]
use crate::statutory::Jurisdiction;

/// Where `account` stands on `today` under `terms`: every payment allocated by the rule,
/// each invoice's status, balance, statutory interest (on its unpaid principal over time)
/// and compensation, the Dutch collection costs, the aging buckets, the totals and the
/// statement. See the [module documentation](self) for the rules.
///
/// # Errors
/// - `payments.N.date` `in_future`: a payment dated after `today` (all of them reported);
/// - `allocation` `no_statutory_order`: the statutory order under a law other than
///   Germany's;
/// - the statutory engine's problems ([`AccountError::Statutory`]), at the term to change:
///   `reference_rates` for a rate the tables do not know (`no_reference_rate`, with the
///   reference date to enter a rate for) or an entered rate that cannot be used,
///   `reference_rate_override`, `eu_margin`. Rates are needed only for invoices that are
///   late, so these appear only then.
///
/// Never panics.
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::account::{
///     account_report, check_account, AccountInput, AccountTerms, AllocationRule, InvoiceInput,
///     PaymentInput,
/// };
/// use tactful_engine::statutory::Jurisdiction;
///
/// let day = |text: &str| text.parse().unwrap();
/// let account = check_account(&AccountInput {
///     invoices: vec![InvoiceInput::new("R-1", day("2026-07-31"), dec!(2000), "EUR")],
///     payments: vec![PaymentInput::on_account(day("2026-12-01"), dec!(100))],
/// })
/// .unwrap();
/// let mut terms = AccountTerms::new(Jurisdiction::Fr, true);
/// terms.allocation = AllocationRule::StatutoryOrder;
/// let errors = account_report(&account, &terms, day("2026-11-30")).unwrap_err();
/// let found: Vec<(String, &str)> = errors.iter().map(|e| (e.field.key(), e.error.code())).collect();
/// assert_eq!(found, [
///     ("payments.0.date".to_string(), "in_future"),
///     ("allocation".to_string(), "no_statutory_order"),
/// ]);
/// ```
pub fn account_report(
    account: &Account,
    terms: &AccountTerms,
    today: NaiveDate,
) -> Result<AccountReport, Vec<AccountFieldError>> {
    let mut ledger = ledger::Ledger::new(account, terms, today)?;
    ledger.allocate_payments().map_err(|error| vec![error])?;
    ledger.report().map_err(|error| vec![error])
}
