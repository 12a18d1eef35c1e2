//! What a plan is: rows, totals, the APR and warnings. Plain data.

use std::fmt;

use chrono::{NaiveDate, Weekday};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::input::{Interest, MissedTerms};
use crate::currency::Currency;
use crate::dates::Frequency;

/// One payment of the plan.
///
/// Row 0 is the down payment, when there is one: all principal (`interest` and `fees` are
/// 0), on the down-payment date. Rows 1 to n are the installments.
///
/// Invariants (for every plan [`build_plan`](super::build_plan) returns):
/// `amount = principal + interest + fees`; every figure is ≥ 0 and a whole number of minor
/// units; `balance_after` is the principal still owed after this payment (never
/// negative, 0 after the last row).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanRow {
    /// 0 for the down payment, then 1, 2, … for the installments.
    pub number: u32,
    /// When it is due (after rolling to a business day).
    pub due_date: NaiveDate,
    /// The weekday of `due_date` (serialized as `"Mon"`, `"Tue"`, …).
    pub weekday: Weekday,
    /// The date before rolling; equal to `due_date` when it was not moved (and always for
    /// the down payment).
    pub scheduled_date: NaiveDate,
    /// What is paid: `principal + interest + fees`.
    pub amount: Decimal,
    /// The part that repays the debt.
    pub principal: Decimal,
    /// The interest part.
    pub interest: Decimal,
    /// Fees (the set-up fee, on installment 1 only).
    pub fees: Decimal,
    /// The principal still owed after this payment.
    pub balance_after: Decimal,
    /// A roll put this installment on the same day as another one (see
    /// [`PlanWarning::SameDay`]). Both keep their own row, in schedule order.
    pub same_day: bool,
}

impl PlanRow {
    /// Whether this row is the down payment (row 0).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use rust_decimal_macros::dec;
    /// use tactful_engine::plan::{build_plan, DownPayment, PlanInput, PlanSize};
    ///
    /// let first = NaiveDate::from_ymd_opt(2025, 3, 14).unwrap();
    /// let mut input = PlanInput::new(dec!(1000), "GBP", first, PlanSize::Count(2));
    /// input.down_payment = Some(DownPayment::Amount(dec!(200)));
    /// let plan = build_plan(&input).unwrap();
    /// assert!(plan.rows[0].is_down_payment());
    /// assert!(!plan.rows[1].is_down_payment());
    /// ```
    pub fn is_down_payment(&self) -> bool {
        self.number == 0
    }

    /// Whether a roll moved this row away from its scheduled date.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use rust_decimal_macros::dec;
    /// use tactful_engine::plan::{build_plan, PlanInput, PlanSize};
    ///
    /// // Saturday 15 March 2025 rolls to Monday 17 March.
    /// let first = NaiveDate::from_ymd_opt(2025, 3, 15).unwrap();
    /// let plan = build_plan(&PlanInput::new(dec!(100), "EUR", first, PlanSize::Count(1))).unwrap();
    /// assert!(plan.rows[0].was_moved());
    /// assert_eq!(plan.rows[0].due_date, NaiveDate::from_ymd_opt(2025, 3, 17).unwrap());
    /// ```
    pub fn was_moved(&self) -> bool {
        self.due_date != self.scheduled_date
    }
}

/// The plan's totals.
///
/// `total_paid = total_principal + total_interest + total_fees` exactly, and
/// `total_principal` is the debt.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanTotals {
    /// Number of installments (rows 1 to n; the down payment is not counted).
    pub installments: u32,
    /// Everything paid, down payment included.
    pub total_paid: Decimal,
    /// All principal: the debt.
    pub total_principal: Decimal,
    /// All interest.
    pub total_interest: Decimal,
    /// All fees.
    pub total_fees: Decimal,
    /// The first installment's due date (row 1).
    pub first_due_date: NaiveDate,
    /// The last installment's due date.
    pub last_payment_date: NaiveDate,
    /// Days from the first installment's due date to the last's (0 for one installment).
    pub plan_length_days: i64,
}

/// The plan's annual percentage rate: what the whole plan costs, fees included, as a
/// yearly rate (see the [module documentation](super) for the method).
///
/// Percentages are rounded half-up to [`RATE_DECIMALS`](super::RATE_DECIMALS) decimals. A
/// plan without interest or fees has exactly 0 everywhere.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Apr {
    /// The nominal annual rate: `periodic_pct × periods_per_year`.
    pub nominal_pct: Decimal,
    /// The rate per period of `365 / periods_per_year` days.
    pub periodic_pct: Decimal,
    /// The frequency's periods per year (see [`periods_per_year`](super::periods_per_year)).
    pub periods_per_year: Decimal,
    /// The effective annual rate `(1 + periodic)^periods_per_year − 1`; `None` when too
    /// large to represent.
    pub effective_pct: Option<Decimal>,
}

/// Something about the plan worth telling the user; the plan is still valid.
///
/// `Display` is a short lowercase developer message.
///
/// ```
/// use chrono::NaiveDate;
/// use rust_decimal_macros::dec;
/// use tactful_engine::plan::PlanWarning;
///
/// let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let warning = PlanWarning::SameDay { date: date(2025, 3, 17), installments: vec![2, 3] };
/// assert_eq!(warning.to_string(), "installments 2, 3 are all due on 2025-03-17 after rolling");
/// let tiny = PlanWarning::TinyLastInstallment { amount: dec!(20), reference: dec!(500) };
/// assert_eq!(tiny.to_string(), "last installment 20 is less than 25% of 500");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlanWarning {
    /// The first installment's due date (before rolling) is before the invoice date.
    FirstDueBeforeInvoiceDate {
        /// The first due date typed.
        first_due: NaiveDate,
        /// The invoice date.
        invoice_date: NaiveDate,
    },
    /// Rolling to business days put these installments on the same day. They keep their
    /// order and their own rows, each flagged [`PlanRow::same_day`].
    SameDay {
        /// The shared due date.
        date: NaiveDate,
        /// The installment numbers, in order.
        installments: Vec<u32>,
    },
    /// The last installment is less than 25 % of `reference`: the target amount, or the
    /// regular installment of an equal plan whose last installment absorbed a difference.
    TinyLastInstallment {
        /// The last installment (principal and interest).
        amount: Decimal,
        /// What it is compared with.
        reference: Decimal,
    },
}

impl fmt::Display for PlanWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PlanWarning::FirstDueBeforeInvoiceDate {
                first_due,
                invoice_date,
            } => write!(
                f,
                "first due date {first_due} is before the invoice date {invoice_date}"
            ),
            PlanWarning::SameDay { date, installments } => {
                let numbers: Vec<String> = installments.iter().map(u32::to_string).collect();
                write!(
                    f,
                    "installments {} are all due on {date} after rolling",
                    numbers.join(", ")
                )
            }
            PlanWarning::TinyLastInstallment { amount, reference } => write!(
                f,
                "last installment {amount} is less than 25% of {reference}"
            ),
        }
    }
}

/// An instalment plan: what [`build_plan`](super::build_plan) returns.
///
/// The rows are in payment order (row 0, the down payment, first when there is one). The
/// sums are exact: `Σ amount = debt + total interest + total fees`, to the minor unit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    /// The debt's currency (serialized as its ISO code).
    #[serde(with = "crate::currency::by_code")]
    pub currency: &'static Currency,
    /// The debt: down payment plus financed principal.
    pub debt: Decimal,
    /// When the credit starts (the input's, or one period before the first due date).
    pub start_date: NaiveDate,
    /// The installments' frequency.
    pub frequency: Frequency,
    /// The interest charged (a rate of 0 is reported as [`Interest::None`]).
    pub interest: Interest,
    /// The payments: the down payment (row 0) if any, then the installments.
    pub rows: Vec<PlanRow>,
    /// Totals.
    pub totals: PlanTotals,
    /// The APR; `None` only when astronomically high (fees far above a short plan's
    /// principal), beyond what can be represented.
    pub apr: Option<Apr>,
    /// Things to tell the user.
    pub warnings: Vec<PlanWarning>,
    /// What happens when an installment is missed (see [`missed`](super::missed)).
    pub terms: MissedTerms,
}

impl Plan {
    /// The installments (rows 1 to n), without the down payment.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use rust_decimal_macros::dec;
    /// use tactful_engine::plan::{build_plan, DownPayment, PlanInput, PlanSize};
    ///
    /// let first = NaiveDate::from_ymd_opt(2025, 3, 14).unwrap();
    /// let mut input = PlanInput::new(dec!(900), "GBP", first, PlanSize::Count(2));
    /// input.down_payment = Some(DownPayment::Percent(dec!(10)));
    /// let plan = build_plan(&input).unwrap();
    /// assert_eq!(plan.rows.len(), 3);
    /// assert_eq!(plan.installments().len(), 2);
    /// assert_eq!(plan.installments()[0].amount, dec!(405.00));
    /// ```
    pub fn installments(&self) -> &[PlanRow] {
        match self.rows.first() {
            Some(row) if row.is_down_payment() => self.rows.get(1..).unwrap_or(&[]),
            _ => &self.rows,
        }
    }

    /// The down payment row, if any.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use rust_decimal_macros::dec;
    /// use tactful_engine::plan::{build_plan, PlanInput, PlanSize};
    ///
    /// let first = NaiveDate::from_ymd_opt(2025, 3, 14).unwrap();
    /// let plan = build_plan(&PlanInput::new(dec!(900), "GBP", first, PlanSize::Count(2))).unwrap();
    /// assert!(plan.down_payment().is_none());
    /// ```
    pub fn down_payment(&self) -> Option<&PlanRow> {
        self.rows.first().filter(|row| row.is_down_payment())
    }
}

/// One option of a [`compare`](super::compare): the figures people weigh.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanSummary {
    /// Number of installments (without the down payment).
    pub installments: u32,
    /// The down payment (0 when none).
    pub down_payment: Decimal,
    /// The regular installment (principal and interest): the amount of the first
    /// installment that is not a fixed first payment. Seasonal and custom plans vary
    /// around it; see `largest_installment`.
    pub regular_installment: Decimal,
    /// The largest installment, fees included.
    pub largest_installment: Decimal,
    /// Everything paid.
    pub total_paid: Decimal,
    /// All interest.
    pub total_interest: Decimal,
    /// All fees.
    pub total_fees: Decimal,
    /// The first installment's due date.
    pub first_due_date: NaiveDate,
    /// The last installment's due date.
    pub last_payment_date: NaiveDate,
    /// Days from the first installment to the last.
    pub plan_length_days: i64,
    /// The nominal APR in percent (`None`: astronomically high).
    pub apr_pct: Option<Decimal>,
    /// How many warnings the plan carries.
    pub warnings: usize,
}
