//! Where an account stands on a day: plain data, every serde name written out (they are
//! the JavaScript API's JSON contract).

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use super::input::AllocationRule;
use crate::currency::Currency;
use crate::decimal_ops::DecimalOps;
use crate::statutory::{ClaimNote, CollectionCosts, Jurisdiction};

/// Where an invoice stands. Serialized as `"paid"`, `"part_paid"`, `"open"`,
/// `"not_yet_due"`.
///
/// - `Paid`: its principal is paid in full (statutory interest or compensation may still
///   be claimed on top: see [`InvoiceStanding::statutory_total`]).
/// - `NotYetDue`: something is owed, and today is on or before the due date.
/// - `PartPaid`: overdue, and a payment went to it (principal, interest or costs).
/// - `Open`: overdue, and nothing was paid on it.
///
/// ```
/// use tactful_engine::account::InvoiceStatus;
///
/// assert_ne!(InvoiceStatus::Open, InvoiceStatus::PartPaid);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum InvoiceStatus {
    /// The principal is paid in full.
    #[serde(rename = "paid")]
    Paid,
    /// Overdue, with something paid on it.
    #[serde(rename = "part_paid")]
    PartPaid,
    /// Overdue, nothing paid.
    #[serde(rename = "open")]
    Open,
    /// Owed, not due yet.
    #[serde(rename = "not_yet_due")]
    NotYetDue,
}

/// How long an unpaid balance has been overdue. Serialized as `"not_yet_due"`,
/// `"days_1_30"`, `"days_31_60"`, `"days_61_90"`, `"over_90"`.
///
/// ```
/// use tactful_engine::account::AgingBucket;
///
/// assert_eq!(AgingBucket::for_days_overdue(0), AgingBucket::NotYetDue);
/// assert_eq!(AgingBucket::for_days_overdue(30), AgingBucket::Days1To30);
/// assert_eq!(AgingBucket::for_days_overdue(31), AgingBucket::Days31To60);
/// assert_eq!(AgingBucket::for_days_overdue(90), AgingBucket::Days61To90);
/// assert_eq!(AgingBucket::for_days_overdue(91), AgingBucket::Over90);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum AgingBucket {
    /// Not overdue (0 days).
    #[serde(rename = "not_yet_due")]
    NotYetDue,
    /// 1 to 30 days overdue.
    #[serde(rename = "days_1_30")]
    Days1To30,
    /// 31 to 60 days overdue.
    #[serde(rename = "days_31_60")]
    Days31To60,
    /// 61 to 90 days overdue.
    #[serde(rename = "days_61_90")]
    Days61To90,
    /// More than 90 days overdue.
    #[serde(rename = "over_90")]
    Over90,
}

impl AgingBucket {
    /// Every bucket, youngest first.
    pub const ALL: [AgingBucket; 5] = [
        AgingBucket::NotYetDue,
        AgingBucket::Days1To30,
        AgingBucket::Days31To60,
        AgingBucket::Days61To90,
        AgingBucket::Over90,
    ];

    /// The bucket of a balance `days` overdue ([`days_overdue`](crate::dates::days_overdue)).
    pub fn for_days_overdue(days: i64) -> AgingBucket {
        match days {
            ..=0 => AgingBucket::NotYetDue,
            1..=30 => AgingBucket::Days1To30,
            31..=60 => AgingBucket::Days31To60,
            61..=90 => AgingBucket::Days61To90,
            _ => AgingBucket::Over90,
        }
    }
}

/// The statutory interest earned by one part of an invoice's principal: the part paid
/// on `paid_on`, earning interest from the invoice's first day of interest to that day,
/// or (last, `paid_on` `None`) the part still unpaid, earning interest up to today.
///
/// Each part's interest is the statutory claim on the principal unpaid before the
/// payment minus the claim on the principal unpaid after it, both up to the payment day
/// (see the [module documentation](super)): the parts add up to the invoice's interest,
/// and each one is what [`late_payment_claim`](crate::statutory::late_payment_claim)
/// gives for that much principal up to that day, within the rounding of the two claims.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct InterestPortion {
    /// The part of the principal.
    #[serde(rename = "principal")]
    pub principal: Decimal,
    /// The day it was paid; `None` for the part unpaid today.
    #[serde(rename = "paid_on")]
    pub paid_on: Option<NaiveDate>,
    /// The day its interest runs to (the payment day, or today).
    #[serde(rename = "until")]
    pub until: NaiveDate,
    /// Days of interest (0 when paid before interest started).
    #[serde(rename = "days")]
    pub days: i64,
    /// Its statutory interest.
    #[serde(rename = "interest")]
    pub interest: Decimal,
}

/// What one payment paid on one invoice.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AppliedPayment {
    /// The payment's position in the input, from 0.
    #[serde(rename = "payment")]
    pub payment: usize,
    /// The payment's date.
    #[serde(rename = "date")]
    pub date: NaiveDate,
    /// To costs (the fixed compensation), in the account's currency.
    #[serde(rename = "costs")]
    pub costs: Decimal,
    /// To statutory interest.
    #[serde(rename = "interest")]
    pub interest: Decimal,
    /// To principal.
    #[serde(rename = "principal")]
    pub principal: Decimal,
}

/// One invoice of the account as it stands on `today`.
///
/// Money is in the account's currency, except `compensation` and
/// `compensation_outstanding`, which are in the law's compensation currency (GBP under
/// UK law, EUR elsewhere; [`AccountTotals::compensation_currency`]), never converted.
///
/// Invariants: `balance = amount − paid_principal`; `interest_outstanding = interest −
/// paid_interest`; `compensation_outstanding = compensation − paid_costs` (costs are paid
/// only when the currencies are the same); `interest` is the sum of the `portions`'
/// interest; the `payments`' parts add up to the `paid_*` figures.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct InvoiceStanding {
    /// Its position in the input, from 0.
    #[serde(rename = "index")]
    pub index: usize,
    /// The invoice number.
    #[serde(rename = "number")]
    pub number: String,
    /// When it was issued, if known.
    #[serde(rename = "issue_date")]
    pub issue_date: Option<NaiveDate>,
    /// When it was due.
    #[serde(rename = "due_date")]
    pub due_date: NaiveDate,
    /// The amount invoiced.
    #[serde(rename = "amount")]
    pub amount: Decimal,
    /// The note.
    #[serde(rename = "note")]
    pub note: String,
    /// Where it stands.
    #[serde(rename = "status")]
    pub status: InvoiceStatus,
    /// Days the balance is overdue today (0 when paid or not yet due).
    #[serde(rename = "days_overdue")]
    pub days_overdue: i64,
    /// The aging bucket of the balance; `None` when paid.
    #[serde(rename = "bucket")]
    pub bucket: Option<AgingBucket>,
    /// The day the principal was paid in full, if it was.
    #[serde(rename = "paid_on")]
    pub paid_on: Option<NaiveDate>,
    /// Paid to its principal.
    #[serde(rename = "paid_principal")]
    pub paid_principal: Decimal,
    /// Paid to its statutory interest.
    #[serde(rename = "paid_interest")]
    pub paid_interest: Decimal,
    /// Paid to its costs (the fixed compensation).
    #[serde(rename = "paid_costs")]
    pub paid_costs: Decimal,
    /// The principal still owed.
    #[serde(rename = "balance")]
    pub balance: Decimal,
    /// The first day of statutory interest: the day after the due date.
    #[serde(rename = "interest_start")]
    pub interest_start: NaiveDate,
    /// The statutory rate on the first day of interest, percent a year; `None` when it
    /// never became late.
    #[serde(rename = "annual_rate")]
    pub annual_rate: Option<Decimal>,
    /// The statutory rate on the last day of interest (today, or the day the principal was
    /// paid), percent a year: the rate interest goes on accruing at, which letters state.
    /// Differs from `annual_rate` when the claim crosses a 1 January or 1 July reset (not
    /// under UK law, whose rate is fixed for the debt); `None` when it never became late.
    #[serde(rename = "latest_rate")]
    pub latest_rate: Option<Decimal>,
    /// Statutory interest earned, up to the day the principal was paid or today.
    #[serde(rename = "interest")]
    pub interest: Decimal,
    /// Of that, not paid.
    #[serde(rename = "interest_outstanding")]
    pub interest_outstanding: Decimal,
    /// The fixed compensation (0 if it never became late, and under Dutch law), in the
    /// compensation currency.
    #[serde(rename = "compensation")]
    pub compensation: Decimal,
    /// Of that, not paid.
    #[serde(rename = "compensation_outstanding")]
    pub compensation_outstanding: Decimal,
    /// Its share of the account's Dutch collection costs (0 elsewhere), in the
    /// compensation currency.
    #[serde(rename = "collection_costs")]
    pub collection_costs: Decimal,
    /// Interest, compensation and collection costs outstanding: what the law adds to
    /// this invoice's balance; `None` when the compensation is in another currency.
    /// Computed whether or not it is claimed.
    #[serde(rename = "statutory_total")]
    pub statutory_total: Option<Decimal>,
    /// The balance plus `statutory_total` when claimed (the balance alone when not);
    /// `None` when the compensation is in another currency and claimed.
    #[serde(rename = "total_due")]
    pub total_due: Option<Decimal>,
    /// The interest of each part of the principal, paid parts first.
    #[serde(rename = "portions")]
    pub portions: Vec<InterestPortion>,
    /// What each payment paid on it, in the order applied.
    #[serde(rename = "payments")]
    pub payments: Vec<AppliedPayment>,
}

/// One payment's share for one invoice.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Application {
    /// The invoice's position, from 0.
    #[serde(rename = "invoice")]
    pub invoice: usize,
    /// Its number.
    #[serde(rename = "number")]
    pub number: String,
    /// To costs (the fixed compensation).
    #[serde(rename = "costs")]
    pub costs: Decimal,
    /// To statutory interest.
    #[serde(rename = "interest")]
    pub interest: Decimal,
    /// To principal.
    #[serde(rename = "principal")]
    pub principal: Decimal,
}

/// How one payment was allocated: `amount = Σ applied (costs + interest + principal) +
/// credit`, exactly.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PaymentAllocation {
    /// Its position in the input, from 0.
    #[serde(rename = "index")]
    pub index: usize,
    /// When it arrived.
    #[serde(rename = "date")]
    pub date: NaiveDate,
    /// How much.
    #[serde(rename = "amount")]
    pub amount: Decimal,
    /// The invoice number it named; `None`: on account.
    #[serde(rename = "invoice")]
    pub invoice: Option<String>,
    /// Where it went, in the order applied.
    #[serde(rename = "applied")]
    pub applied: Vec<Application>,
    /// What nothing was owed for: a credit in the client's favour.
    #[serde(rename = "credit")]
    pub credit: Decimal,
}

/// The unpaid balances of one aging bucket.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct BucketTotal {
    /// The bucket.
    #[serde(rename = "bucket")]
    pub bucket: AgingBucket,
    /// How many invoices have a balance in it.
    #[serde(rename = "invoices")]
    pub invoices: usize,
    /// Their balances (principal).
    #[serde(rename = "outstanding")]
    pub outstanding: Decimal,
}

/// What a line of the statement is. Serialized as `"invoice"`, `"payment"`,
/// `"interest"`, `"compensation"`, `"collection_costs"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum StatementKind {
    /// An invoice (debit).
    #[serde(rename = "invoice")]
    Invoice,
    /// A payment received (credit).
    #[serde(rename = "payment")]
    Payment,
    /// Statutory interest on an invoice (debit, when claimed).
    #[serde(rename = "interest")]
    Interest,
    /// The fixed compensation of an invoice (debit, when claimed).
    #[serde(rename = "compensation")]
    Compensation,
    /// Dutch collection costs of the account (debit, when claimed).
    #[serde(rename = "collection_costs")]
    CollectionCosts,
}

/// One line of the statement of account: a debit or a credit and the running balance.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct StatementLine {
    /// Its date: an invoice's issue date (its due date when none is known), a payment's
    /// date, the day interest ran to, the first day of lateness (compensation), today
    /// (collection costs).
    #[serde(rename = "date")]
    pub date: NaiveDate,
    /// What it is.
    #[serde(rename = "kind")]
    pub kind: StatementKind,
    /// The invoice it is about (a payment: the one it named), if any.
    #[serde(rename = "invoice")]
    pub invoice: Option<String>,
    /// The invoice's due date (invoice lines only).
    #[serde(rename = "due_date")]
    pub due_date: Option<NaiveDate>,
    /// What it adds to the balance.
    #[serde(rename = "debit")]
    pub debit: Decimal,
    /// What it takes off.
    #[serde(rename = "credit")]
    pub credit: Decimal,
    /// The balance after it (negative: the client is in credit).
    #[serde(rename = "balance")]
    pub balance: Decimal,
}

/// The account's totals.
///
/// Identities (exact): `paid = paid_principal + paid_interest + paid_costs + credit`;
/// `outstanding = invoiced − paid_principal` = the sum of the invoices' balances and of
/// the buckets; `interest`, `interest_outstanding`, `compensation`,
/// `compensation_outstanding`, `collection_costs` and `statutory_total` are the sums of
/// the invoices' figures; `total_due = outstanding − credit + total_claim`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AccountTotals {
    /// How many invoices.
    #[serde(rename = "invoices")]
    pub invoices: usize,
    /// Everything invoiced.
    #[serde(rename = "invoiced")]
    pub invoiced: Decimal,
    /// Everything received.
    #[serde(rename = "paid")]
    pub paid: Decimal,
    /// Of that, to principal.
    #[serde(rename = "paid_principal")]
    pub paid_principal: Decimal,
    /// To statutory interest.
    #[serde(rename = "paid_interest")]
    pub paid_interest: Decimal,
    /// To costs.
    #[serde(rename = "paid_costs")]
    pub paid_costs: Decimal,
    /// Received beyond everything owed: in the client's favour.
    #[serde(rename = "credit")]
    pub credit: Decimal,
    /// Principal still owed.
    #[serde(rename = "outstanding")]
    pub outstanding: Decimal,
    /// Statutory interest earned.
    #[serde(rename = "interest")]
    pub interest: Decimal,
    /// Of that, not paid.
    #[serde(rename = "interest_outstanding")]
    pub interest_outstanding: Decimal,
    /// Fixed compensation, in `compensation_currency`.
    #[serde(rename = "compensation")]
    pub compensation: Decimal,
    /// Of that, not paid.
    #[serde(rename = "compensation_outstanding")]
    pub compensation_outstanding: Decimal,
    /// Dutch collection costs, in `compensation_currency` (0 elsewhere).
    #[serde(rename = "collection_costs")]
    pub collection_costs: Decimal,
    /// The law's currency of the compensation and collection costs: `"GBP"` or `"EUR"`.
    #[serde(rename = "compensation_currency")]
    pub compensation_currency: &'static str,
    /// It is not the account's currency: compensation is never converted, and the
    /// totals that would add it are `None`.
    #[serde(rename = "compensation_currency_differs")]
    pub compensation_currency_differs: bool,
    /// Interest, compensation and collection costs outstanding, computed whether or not
    /// claimed; `None` when the compensation is in another currency.
    #[serde(rename = "statutory_total")]
    pub statutory_total: Option<Decimal>,
    /// The statutory figures are claimed (the terms' `claim`).
    #[serde(rename = "claimed")]
    pub claimed: bool,
    /// What is claimed on top of the principal: `statutory_total` when claimed, else 0.
    #[serde(rename = "total_claim")]
    pub total_claim: Option<Decimal>,
    /// What the client owes: `outstanding − credit + total_claim` (negative: in credit).
    #[serde(rename = "total_due")]
    pub total_due: Option<Decimal>,
    /// What one instalment plan over the account should cover: `total_due`, or, when the
    /// compensation is in another currency, the principal and interest alone; never
    /// below 0 (see [`AccountReport::plan_balance`]).
    #[serde(rename = "plan_balance")]
    pub plan_balance: Decimal,
    /// The due date of the oldest invoice with a balance (the timeline keys to it).
    #[serde(rename = "oldest_unpaid_due_date")]
    pub oldest_unpaid_due_date: Option<NaiveDate>,
}

/// Where a client account stands on `today`: what [`account_report`](super::account_report)
/// returns.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AccountReport {
    /// The day it is made for.
    #[serde(rename = "today")]
    pub today: NaiveDate,
    /// The account's currency (serialized as its ISO code).
    #[serde(rename = "currency", with = "crate::currency::by_code")]
    pub currency: &'static Currency,
    /// The law.
    #[serde(rename = "jurisdiction")]
    pub jurisdiction: Jurisdiction,
    /// How payments were allocated.
    #[serde(rename = "allocation")]
    pub allocation: AllocationRule,
    /// The statutory figures are claimed.
    #[serde(rename = "claim")]
    pub claim: bool,
    /// Every invoice, in the order given.
    #[serde(rename = "invoices")]
    pub invoices: Vec<InvoiceStanding>,
    /// Every payment, in the order given, with where it went.
    #[serde(rename = "payments")]
    pub payments: Vec<PaymentAllocation>,
    /// The five aging buckets, youngest first (empty ones included).
    #[serde(rename = "buckets")]
    pub buckets: Vec<BucketTotal>,
    /// How the Dutch collection costs were set (`None` elsewhere, and when no balance is
    /// overdue).
    #[serde(rename = "collection_costs")]
    pub collection_costs: Option<CollectionCosts>,
    /// Totals.
    #[serde(rename = "totals")]
    pub totals: AccountTotals,
    /// The statement of account: every invoice, payment and (when claimed) statutory
    /// item, in date order, with the running balance.
    #[serde(rename = "statement")]
    pub statement: Vec<StatementLine>,
    /// What the user should know about the statutory figures (from the claims: a
    /// compensation not converted, a tier assumed…).
    #[serde(rename = "notes")]
    pub notes: Vec<ClaimNote>,
}

impl AccountReport {
    /// The balance to plan over: one instalment plan covering the account's outstanding
    /// total ([`AccountTotals::plan_balance`]).
    pub fn plan_balance(&self) -> Decimal {
        self.totals.plan_balance
    }

    /// The principal still owed, less what the client has in credit; never below 0: the
    /// balance a discount is offered on and the escalation timeline chases.
    ///
    /// ```
    /// use rust_decimal_macros::dec;
    /// use tactful_engine::account::{account_report, check_account, AccountInput, AccountTerms, InvoiceInput, PaymentInput};
    /// use tactful_engine::statutory::Jurisdiction;
    ///
    /// let day = |text: &str| text.parse().unwrap();
    /// let account = check_account(&AccountInput {
    ///     invoices: vec![InvoiceInput::new("A", day("2026-09-30"), dec!(1200), "GBP")],
    ///     payments: vec![PaymentInput::on_account(day("2026-11-20"), dec!(1000))],
    /// }).unwrap();
    /// let report = account_report(&account, &AccountTerms::new(Jurisdiction::Uk, true), day("2026-12-07")).unwrap();
    /// assert_eq!(report.principal_owed(), dec!(200.00));
    /// ```
    pub fn principal_owed(&self) -> Decimal {
        self.totals
            .outstanding
            .minus(self.totals.credit)
            .unwrap_or(Decimal::ZERO)
            .max(Decimal::ZERO)
    }

    /// The due date of the oldest invoice whose principal is not paid in full (by due
    /// date, then position); `None` when every invoice is paid. The escalation timeline
    /// keys to it.
    pub fn oldest_unpaid_due_date(&self) -> Option<NaiveDate> {
        self.totals.oldest_unpaid_due_date
    }
}
