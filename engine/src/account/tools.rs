//! The tools on an account: which invoices an instalment plan over the account clears.
//! (The balance to plan over is [`AccountTotals::plan_balance`](super::AccountTotals), the
//! date the timeline keys to [`AccountReport::oldest_unpaid_due_date`].)

use std::fmt;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use super::report::AccountReport;
use crate::decimal_ops::DecimalOps;
use crate::plan::Plan;

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
