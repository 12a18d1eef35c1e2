//! The tools on an account: which invoices an instalment plan over the account clears, the
//! account as the one debt a tool works on ([`account_invoice`]), the account as it stood
//! or will stand on another day ([`account_report_on`]) and a timeline's statutory
//! accruals worked out invoice by invoice ([`account_accruals`]). (The balance to plan
//! over is [`AccountTotals::plan_balance`](super::AccountTotals), the date the timeline
//! keys to [`AccountReport::oldest_unpaid_due_date`].)

use std::fmt;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use super::errors::AccountFieldError;
use super::input::{Account, AccountTerms};
use super::report::AccountReport;
use crate::decimal_ops::DecimalOps;
use crate::invoice::Invoice;
use crate::plan::Plan;
use crate::timeline::{Accrual, Timeline};

/// What one plan row pays on one invoice.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct InstalmentPart {
    /// The invoice's position in the account, from 0.
    #[serde(rename = "invoice")]
    pub invoice: usize,
    /// Its number.
    #[serde(rename = "number")]
    pub number: String,
    /// How much of the row's principal goes to it.
    #[serde(rename = "amount")]
    pub amount: Decimal,
}

/// Which invoices one row of a plan over the account pays and clears.
///
/// `principal = Σ parts.amount + beyond`, exactly.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct InstalmentClears {
    /// The plan row's number (0: the down payment).
    #[serde(rename = "number")]
    pub number: u32,
    /// Its due date.
    #[serde(rename = "due_date")]
    pub due_date: NaiveDate,
    /// The row's principal: what it pays off the account (the plan's own interest and
    /// fees are the plan's).
    #[serde(rename = "principal")]
    pub principal: Decimal,
    /// The invoices it pays, oldest due first.
    #[serde(rename = "parts")]
    pub parts: Vec<InstalmentPart>,
    /// The numbers of the invoices it pays off completely.
    #[serde(rename = "clears")]
    pub clears: Vec<String>,
    /// Principal no invoice needs (a plan over more than the account owes).
    #[serde(rename = "beyond")]
    pub beyond: Decimal,
}

/// The plan is in another currency than the account.
///
/// ```
/// use tactful_engine::account::PlanCurrencyDiffers;
///
/// let error = PlanCurrencyDiffers { plan: "EUR", account: "GBP" };
/// assert_eq!(error.code(), "plan_currency_differs");
/// assert_eq!(error.to_string(), "the plan is in EUR, the account in GBP");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PlanCurrencyDiffers {
    /// The plan's currency.
    pub plan: &'static str,
    /// The account's.
    pub account: &'static str,
}

impl PlanCurrencyDiffers {
    /// A stable snake-case code: `"plan_currency_differs"`.
    pub fn code(&self) -> &'static str {
        "plan_currency_differs"
    }
}

impl fmt::Display for PlanCurrencyDiffers {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the plan is in {}, the account in {}",
            self.plan, self.account
        )
    }
}

impl std::error::Error for PlanCurrencyDiffers {}

/// Which invoices each row of `plan` pays and clears, for a plan over the account
/// (normally over [`AccountReport::plan_balance`]).
///
/// Each invoice owes its balance plus, when the statutory figures are claimed, its
/// statutory total (its interest alone when the compensation is in another currency), as
/// in the plan balance. The account's credit pays those debts first, then the plan's rows
/// in order, each row's principal going to the invoice due first (ties: the one given
/// first) until it is paid off, then to the next. Exact: every row's principal is shared
/// out to the minor unit; what no invoice needs is `beyond`. A plan over less than the
/// account owes leaves the newest invoices uncleared.
///
/// # Errors
/// [`PlanCurrencyDiffers`] when the plan is in another currency than the account.
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::account::{account_report, check_account, instalments_clear, AccountInput, AccountTerms, InvoiceInput};
/// use tactful_engine::plan::{build_plan, PlanInput, PlanSize};
/// use tactful_engine::statutory::Jurisdiction;
///
/// let day = |text: &str| text.parse().unwrap();
/// let account = check_account(&AccountInput {
///     invoices: vec![
///         InvoiceInput::new("A", day("2026-09-30"), dec!(1200), "GBP"),
///         InvoiceInput::new("B", day("2026-10-31"), dec!(800), "GBP"),
///     ],
///     payments: vec![],
/// }).unwrap();
/// let report = account_report(&account, &AccountTerms::new(Jurisdiction::Uk, false), day("2026-12-07")).unwrap();
/// assert_eq!(report.plan_balance(), dec!(2000.00));
/// let plan = build_plan(&PlanInput::new(report.plan_balance(), "GBP", day("2027-01-04"), PlanSize::Count(4))).unwrap();
/// let rows = instalments_clear(&report, &plan).unwrap();
/// let cleared: Vec<Vec<String>> = rows.iter().map(|row| row.clears.clone()).collect();
/// // £500 a month: A (£1,200) is cleared by the third, B by the fourth.
/// assert_eq!(cleared, [vec![], vec![], vec!["A".to_string()], vec!["B".to_string()]]);
/// assert_eq!(rows[2].parts.iter().map(|p| p.amount).collect::<Vec<_>>(), [dec!(200.00), dec!(300.00)]);
/// ```
pub fn instalments_clear(
    report: &AccountReport,
    plan: &Plan,
) -> Result<Vec<InstalmentClears>, PlanCurrencyDiffers> {
    if plan.currency.code != report.currency.code {
        return Err(PlanCurrencyDiffers {
            plan: plan.currency.code,
            account: report.currency.code,
        });
    }
    let claimed = report.claim;
    let mut order: Vec<&super::InvoiceStanding> = report.invoices.iter().collect();
    order.sort_by_key(|invoice| (invoice.due_date, invoice.index));
    let mut debts: Vec<Decimal> = order
        .iter()
        .map(|invoice| {
            let on_top = match (claimed, invoice.statutory_total) {
                (false, _) => Decimal::ZERO,
                (true, Some(total)) => total,
                (true, None) => invoice.interest_outstanding,
            };
            invoice.balance.plus(on_top).unwrap_or(invoice.balance)
        })
        .collect();
    let mut credit = report.totals.credit;
    for debt in &mut debts {
        let paid = credit.min(*debt);
        *debt = debt.minus(paid).unwrap_or(*debt);
        credit = credit.minus(paid).unwrap_or(Decimal::ZERO);
    }
    let zero = crate::money::round_to_minor(
        Decimal::ZERO,
        report.currency,
        crate::money::Rounding::HalfUp,
    );
    let mut rows = Vec::with_capacity(plan.rows.len());
    for row in &plan.rows {
        let mut left = row.principal;
        let mut parts = Vec::new();
        let mut clears = Vec::new();
        for (invoice, debt) in order.iter().zip(debts.iter_mut()) {
            if left <= Decimal::ZERO {
                break;
            }
            if *debt <= Decimal::ZERO {
                continue;
            }
            let amount = left.min(*debt);
            *debt = debt.minus(amount).unwrap_or(Decimal::ZERO);
            left = left.minus(amount).unwrap_or(Decimal::ZERO);
            parts.push(InstalmentPart {
                invoice: invoice.index,
                number: invoice.number.clone(),
                amount,
            });
            if *debt <= Decimal::ZERO {
                clears.push(invoice.number.clone());
            }
        }
        rows.push(InstalmentClears {
            number: row.number,
            due_date: row.due_date,
            principal: row.principal,
            parts,
            clears,
            beyond: if left > Decimal::ZERO { left } else { zero },
        });
    }
    Ok(rows)
}

/// The account as the one debt of a tool that works on one invoice (the instalment plan,
/// the discount analysis, the escalation timeline, the composer), owing `amount`:
///
/// - the parties and payment link are those of `parties` (the account's client);
/// - the currency is the account's;
/// - the due date is the oldest unpaid invoice's
///   ([`AccountReport::oldest_unpaid_due_date`]), or the last due date when every invoice
///   is paid; no issue date;
/// - the number lists the open invoices' numbers, oldest due first, separated by `, `
///   (every invoice's when none is open).
///
/// `amount` is what the tool works on: [`AccountReport::plan_balance`] for a plan over the
/// account, [`AccountReport::principal_owed`] for the discount analysis and the timeline.
/// `None` when it is not positive: nothing is owed.
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::account::{account_invoice, account_report, check_account, AccountInput, AccountTerms, InvoiceInput, PaymentInput};
/// use tactful_engine::amount::NumberLocale;
/// use tactful_engine::invoice::{parse_invoice, InvoiceDraft};
/// use tactful_engine::statutory::Jurisdiction;
///
/// let day = |text: &str| text.parse().unwrap();
/// let account = check_account(&AccountInput {
///     invoices: vec![
///         InvoiceInput::new("INV-101", day("2026-09-30"), dec!(1200), "GBP"),
///         InvoiceInput::new("INV-102", day("2026-10-31"), dec!(3400), "GBP"),
///     ],
///     payments: vec![PaymentInput::on_account(day("2026-11-20"), dec!(1200))],
/// }).unwrap();
/// let report = account_report(&account, &AccountTerms::new(Jurisdiction::Uk, false), day("2026-12-07")).unwrap();
/// let parties = parse_invoice(&InvoiceDraft {
///     client_business: "Northwind".into(), amount: "1200".into(), currency: "GBP".into(),
///     due_date: "2026-09-30".into(), ..InvoiceDraft::default()
/// }, NumberLocale::EnGb).unwrap();
/// let debt = account_invoice(&report, &parties, report.principal_owed()).unwrap();
/// assert_eq!((debt.invoice_number.as_str(), debt.amount), ("INV-102", dec!(3400.00)));
/// assert_eq!((debt.due_date, debt.client_business.as_str()), (day("2026-10-31"), "Northwind"));
/// ```
pub fn account_invoice(
    report: &AccountReport,
    parties: &Invoice,
    amount: Decimal,
) -> Option<Invoice> {
    if amount <= Decimal::ZERO {
        return None;
    }
    let mut order: Vec<&super::InvoiceStanding> = report.invoices.iter().collect();
    order.sort_by_key(|invoice| (invoice.due_date, invoice.index));
    let open: Vec<&str> = order
        .iter()
        .filter(|invoice| invoice.balance > Decimal::ZERO)
        .map(|invoice| invoice.number.as_str())
        .collect();
    let numbers = if open.is_empty() {
        order
            .iter()
            .map(|invoice| invoice.number.as_str())
            .collect()
    } else {
        open
    };
    let due_date = report
        .oldest_unpaid_due_date()
        .or_else(|| order.last().map(|invoice| invoice.due_date))?;
    Some(Invoice {
        invoice_number: numbers.join(", "),
        amount,
        currency: report.currency,
        issue_date: None,
        due_date,
        ..parties.clone()
    })
}

/// The account as it stood, or will stand, on `day`: the payments received after it are
/// left out (they had not arrived), every figure runs to `day`. On a day after the last
/// payment this is [`account_report`](super::account_report) on that day.
///
/// # Errors
/// As [`account_report`](super::account_report) (payments are never after `day` here).
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::account::{account_report_on, check_account, AccountInput, AccountTerms, InvoiceInput, PaymentInput};
/// use tactful_engine::statutory::Jurisdiction;
///
/// let day = |text: &str| text.parse().unwrap();
/// let account = check_account(&AccountInput {
///     invoices: vec![InvoiceInput::new("INV-101", day("2026-09-30"), dec!(1200), "GBP")],
///     payments: vec![PaymentInput::on_account(day("2026-11-20"), dec!(1000))],
/// }).unwrap();
/// let terms = AccountTerms::new(Jurisdiction::Uk, true);
/// // On 31 October nothing had been paid yet: £1,200 at 11.75 % for 31 days.
/// let then = account_report_on(&account, &terms, day("2026-10-31")).unwrap();
/// assert_eq!((then.totals.paid, then.totals.interest), (dec!(0), dec!(11.98)));
/// ```
pub fn account_report_on(
    account: &Account,
    terms: &AccountTerms,
    day: NaiveDate,
) -> Result<AccountReport, Vec<AccountFieldError>> {
    if account.payments.iter().all(|payment| payment.date <= day) {
        return super::account_report(account, terms, day);
    }
    let mut then = account.clone();
    then.payments.retain(|payment| payment.date <= day);
    super::account_report(&then, terms, day)
}

/// Replaces the statutory accrual of each step of `timeline` (which the timeline works out
/// on one invoice: the account lumped into one debt from its oldest due date) by the
/// account's, invoice by invoice, as it stands on the day the step's accrual runs to
/// ([`account_report_on`]): the interest earned on each invoice's unpaid principal, each
/// invoice's compensation, the Dutch collection costs. `days` is the days of interest of
/// the oldest invoice. A step whose accrual cannot be worked out loses it.
///
/// ```
/// use chrono::NaiveDate;
/// use rust_decimal_macros::dec;
/// use tactful_engine::account::{account_accruals, check_account, AccountInput, AccountTerms, InvoiceInput};
/// use tactful_engine::statutory::{Jurisdiction, Regime};
/// use tactful_engine::timeline::{build_timeline, Policy, PresetName, StatutoryOptions, TimelineInput};
///
/// let day = |text: &str| text.parse::<NaiveDate>().unwrap();
/// let account = check_account(&AccountInput {
///     invoices: vec![
///         InvoiceInput::new("INV-101", day("2026-09-30"), dec!(1200), "GBP"),
///         InvoiceInput::new("INV-103", day("2026-11-15"), dec!(800), "GBP"),
///     ],
///     payments: vec![],
/// }).unwrap();
/// let mut input = TimelineInput::new(Policy::preset(PresetName::Standard), day("2026-09-30"), day("2026-12-07"));
/// input.amount = dec!(2000);
/// input.currency = "GBP".into();
/// input.statutory = Some(StatutoryOptions::new(Regime::Uk));
/// let mut timeline = build_timeline(&input).unwrap();
/// account_accruals(&mut timeline, &account, &AccountTerms::new(Jurisdiction::Uk, true));
/// let last = timeline.stages.iter().rev().find_map(|s| s.accrual.as_ref()).unwrap();
/// // £70 for INV-101 and £40 for INV-103 once both are late: not one £70 on £2,000.
/// assert_eq!(last.compensation, dec!(110.00));
/// ```
pub fn account_accruals(timeline: &mut Timeline, account: &Account, terms: &AccountTerms) {
    let first_interest = account
        .invoices
        .iter()
        .map(|invoice| invoice.due_date)
        .min()
        .and_then(|due| due.succ_opt());
    for stage in &mut timeline.stages {
        let Some(until) = stage.accrual.as_ref().map(|accrual| accrual.until) else {
            continue;
        };
        stage.accrual = account_report_on(account, terms, until).ok().map(|report| {
            let totals = &report.totals;
            let days = first_interest.map_or(0, |start| {
                (until.signed_duration_since(start).num_days() + 1).max(0)
            });
            let total_claim = (!totals.compensation_currency_differs)
                .then(|| {
                    totals
                        .interest
                        .plus(totals.compensation)
                        .and_then(|sum| sum.plus(totals.collection_costs))
                })
                .flatten();
            Accrual {
                until,
                days,
                interest: totals.interest,
                currency: report.currency.code.to_owned(),
                compensation: totals.compensation,
                compensation_currency: totals.compensation_currency.to_owned(),
                total_claim,
                collection_costs: totals.collection_costs,
            }
        });
    }
}
