//! Instalment plans: "let's split it" into payments that fit the debtor's business cycle,
//! sum exactly, and say what happens if one is missed.
//!
//! [`build_plan`] turns a [`PlanInput`] (plain, already-parsed data) into a [`Plan`]: dated
//! rows with principal, interest, fees and the balance after each, totals, the APR and
//! warnings. Every input problem comes back at once as [`PlanFieldError`]s naming their
//! [`PlanField`]. [`missed`] tells what missing an installment costs, [`compare`] sets up to
//! three options side by side, and the exports write CSV ([`to_csv`]), TSV ([`to_tsv`]), a
//! text table for emails ([`to_text_table`]), calendar events ([`ics_events`], [`to_ics`])
//! and the chart's [`balance_series`].
//!
//! # Exact sums
//!
//! Every figure is a whole number of the currency's minor units (0 decimals for JPY, 3 for
//! KWD), and `Σ amounts = debt + total interest + total fees` exactly. Rounding is half-up
//! (through [`crate::money`]), and whatever rounding leaves over goes on the **last**
//! installment: 1,000.00 in 3 is `333.33, 333.33, 333.34`.
//!
//! # Schedule
//!
//! Due dates come from [`crate::dates::schedule_dates`] (each date stepped from the first
//! due date, never from the previous one: monthly from 31 January is 29 February, then 31
//! March), then are moved to business days by `roll` and `calendar`. A roll never changes
//! the order; when it puts two installments on the same day both stay, in order, flagged
//! ([`PlanRow::same_day`], [`PlanWarning::SameDay`]). Interest runs on the rolled dates.
//! A seasonal plan skips dates in months of weight 0 (see [`Distribution`]).
//!
//! The down payment, if any, is row 0, due on `down_payment_date` (default: installment
//! 1's due date); it is all principal and is taken off the debt before interest: interest
//! runs on the **financed principal** `P = debt − down payment` from the start date.
//!
//! # Amounts
//!
//! Without interest or with flat interest, the amount to repay `T = P + flat interest` is
//! shared with [`crate::money::allocate_equal`] (equal) or
//! [`crate::money::allocate_by_weights`] (seasonal weights, custom percentages), the last
//! share taking the remainder. With a fixed first payment `X`, installment 1 is `X` and the
//! others share `T − X`. Flat interest is then spread like the principal: in proportion to
//! each installment's amount (largest remainder), so each row's interest is its share.
//! With a target amount, each installment is the target except the last.
//!
//! **Amortized** (annuity) plans, with `r = annual rate / 100 / periods per year`
//! ([`periods_per_year`]; `R·n/36500` for every-`n`-days) and `v = 1/(1 + r)`:
//!
//! 1. The level payment is the standard annuity payment `A = P·r / (1 − (1 + r)^−n)`,
//!    rounded half-up to the minor unit. It is computed as `P / Σ v^t_j`, where `t_j` is
//!    installment `j`'s position in the schedule (1, 2, … n for an equal plan, which is
//!    exactly the formula above). Seasonal weights and custom percentages shape it:
//!    installment `j` is `c·w_j` with `c = P / Σ w_j·v^t_j` (weights scaled so the largest
//!    is 1; skipped months still count in `t`). A fixed first payment `X` is taken out
//!    first: `c = (P − X·v^t_1) / Σ_{j≥2} w_j·v^t_j`.
//! 2. The schedule is then run on the actual dates: each period's interest is
//!    `balance × rate × days / basis` with the [`DayCount`], from the start date (then from
//!    the previous due date) to the due date, rounded half-up; the principal part is the
//!    installment minus that interest (never below 0: an installment is never smaller
//!    than its period's interest, and never more than what is owed).
//! 3. The **last installment absorbs every difference** (rounding, month lengths, rolled
//!    dates, an irregular first period): it is the remaining balance plus its interest,
//!    so the balance ends at exactly 0.
//!
//! Example: 1,000.00 GBP at 12 % a year in 3 monthly installments, 30/360: `r = 0.01`,
//! `A = 1000 × 0.01 / (1 − 1.01^−3) = 340.0221…` → 340.02. Interest 10.00, 6.70, 3.37;
//! principal 330.02, 333.32, and the last installment is the remaining 336.66 plus 3.37 =
//! 340.03.
//!
//! The payment formula treats every period as regular; with the default start date (one
//! period before the first due date) it is. An explicit start date far earlier makes the
//! first period's interest larger and the last installment with it.
//!
//! With a target amount, installments of the target are paid until the balance plus
//! interest fits in one; a target that does not exceed its first period's interest is
//! [`PlanErrorKind::InstallmentTooSmall`].
//!
//! # APR
//!
//! The lender gives the debt on the start date and receives every row (down payment,
//! installments, fees) on its due date. The APR is the internal rate of return of these
//! dated cash flows, solved as a daily rate `δ` with `Σ amount × (1 + δ)^−days = 0` (days
//! from the start date, actual calendar days): safeguarded Newton steps in [`Decimal`],
//! falling back to bisection, until the daily rate moves by at most [`IRR_TOLERANCE`]
//! (10⁻²⁰; the APR is then exact to far more than its 4 decimals). Then:
//!
//! - effective annual rate `EAR = (1 + δ)^365 − 1`;
//! - periodic rate `i = (1 + EAR)^(1/k) − 1` with `k` = [`periods_per_year`] (for
//!   every-`n`-days, `i = (1 + δ)^n − 1`);
//! - nominal APR `= i × k`, so `EAR = (1 + i)^k − 1`.
//!
//! A plan that repays exactly the debt (no interest, no fees) has an APR of exactly 0.
//! Fees, an earlier start date, a down payment due after the start, or rolled dates move
//! the APR away from the typed rate, which is the point of an APR.
//!
//! With the default start date, a monthly amortized plan's APR is its rate within 0.01
//! point for rates up to 25 % and 6 or more installments. The gap that remains is the day
//! count at work: each month is charged simple interest on its 28 to 31 actual days, while
//! the APR compounds daily over a 365/12-day period. It grows with the rate and shrinks as
//! the months average out (largest gaps found over every start month and day 1, 15, 28,
//! 31 of 2025, Actual/365, in points):
//!
//! | rate | 1 installment | 2–5 | 6–11 | 12–23 | 24–60 |
//! |---|---|---|---|---|---|
//! | 10 % | 0.0033 | 0.0018 | 0.0007 | 0.0002 | 0.0001 |
//! | 25 % | 0.0206 | 0.0115 | 0.0044 | 0.0016 | 0.0009 |
//! | 50 % | 0.0818 | 0.0462 | 0.0180 | 0.0070 | 0.0037 |
//! | 100 % | 0.3236 | 0.1849 | 0.0748 | 0.0324 | 0.0191 |
//!
//! 30/360 plans show the same kind of gap (every month counts 30 days, the calendar does
//! not): 1,000.00 at 12 % over January–March is an APR of 11.9679 %.
//!
//! # Limits and cost
//!
//! [`build_plan`] makes at most [`MAX_INSTALLMENTS`] (600) installments. For benchmarks,
//! [`build_plan_with_limit`] accepts up to 10,000 (the schedule's limit). The cost is
//! linear in the number of installments and dominated by the APR (about four evaluations
//! of the cash flows' present value for an amortized plan): natively, in release, on a
//! shared two-core machine, about 40 µs for 12 amortized monthly installments with
//! holiday rolling, 1–1.3 ms for 600 and 10–17 ms for 10,000 (`bench_plan` in
//! `engine/benches/engine.rs`).

mod apr;
mod build;
mod draft;
mod errors;
mod export;
mod input;
mod interest;
mod missed;
mod output;
mod schedule;
#[cfg(test)]
mod tests;
mod validate;

use rust_decimal::Decimal;

pub use draft::{
    evaluate_plan, parse_holidays, shown_at, BadDate, CompareDraft, Compared, DebtSource,
    DownPaymentKind, FrequencyKind, InterestKind, PlanContext, PlanDraft, PlanNotice, PlanOutcome,
    PlanProblem, ShareKind, SizeKind,
};
pub use errors::{PlanErrorKind, PlanField, PlanFieldError};
pub use export::{
    balance_series, ics_events, table_words, to_csv, to_ics, to_text_table, to_tsv, IcsOptions,
};
pub use input::{DayCount, Distribution, DownPayment, Interest, MissedTerms, PlanInput, PlanSize};
pub use interest::periods_per_year;
pub use missed::{missed, Acceleration, MissedError, MissedOutcome};
pub use output::{Apr, Plan, PlanRow, PlanSummary, PlanTotals, PlanWarning};

use crate::dates::MAX_SCHEDULE_DATES;

pub use crate::limits::{MAX_AMOUNT, MAX_COMPARE, MAX_GRACE_DAYS, MAX_INSTALLMENTS};

/// The largest annual interest rate accepted: 100 %.
pub const MAX_RATE_PCT: Decimal = Decimal::ONE_HUNDRED;

/// The largest seasonal weight accepted: 1,000,000.
pub const MAX_WEIGHT: Decimal = Decimal::from_parts(1_000_000, 0, 0, false, 0);

/// The tiny-last-installment warning fires below this percentage of the reference: 25 %.
pub const TINY_LAST_SHARE_PCT: Decimal = Decimal::from_parts(25, 0, 0, false, 0);

/// Decimals of every rate in [`Apr`] (percent), rounded half-up: 4.
pub const RATE_DECIMALS: u32 = 4;

/// The APR solver stops when the daily rate moves by at most this: 10⁻²⁰.
pub const IRR_TOLERANCE: Decimal = Decimal::from_parts(1, 0, 0, false, 20);

/// The highest daily rate the APR solver looks for: 1 (100 % a day). Above it the APR is
/// `None`.
pub const MAX_DAILY_RATE: Decimal = Decimal::ONE;

/// Builds the plan described by `input`.
///
/// # Errors
/// Every field problem at once (see [`PlanInput::validate`]); then, if the fields are fine,
/// the first problem that needs the schedule (a down-payment date after installment 1, an
/// installment that does not exceed its period's interest, too many installments for a
/// target amount, a calendar that cannot roll).
///
/// ```
/// use chrono::{NaiveDate, Weekday};
/// use rust_decimal_macros::dec;
/// use tactful_engine::calendar::Roll;
/// use tactful_engine::plan::{build_plan, PlanInput, PlanSize};
///
/// let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let mut input = PlanInput::new(dec!(1000), "GBP", date(2024, 1, 31), PlanSize::Count(3));
/// input.roll = Roll::None;
/// let plan = build_plan(&input).unwrap();
///
/// let amounts: Vec<_> = plan.rows.iter().map(|row| row.amount).collect();
/// assert_eq!(amounts, [dec!(333.33), dec!(333.33), dec!(333.34)]);
/// let dates: Vec<_> = plan.rows.iter().map(|row| row.due_date).collect();
/// assert_eq!(dates, [date(2024, 1, 31), date(2024, 2, 29), date(2024, 3, 31)]);
/// assert_eq!(plan.rows[2].weekday, Weekday::Sun);
/// assert_eq!(plan.totals.total_paid, dec!(1000.00));
/// assert_eq!(plan.totals.plan_length_days, 60);
/// assert_eq!(plan.apr.unwrap().nominal_pct, dec!(0));
/// ```
pub fn build_plan(input: &PlanInput) -> Result<Plan, Vec<PlanFieldError>> {
    build::build(input, MAX_INSTALLMENTS)
}

/// [`build_plan`] with a different installment limit, `max_installments` (capped at
/// 10,000, [`crate::dates::MAX_SCHEDULE_DATES`]): for benchmarks and tests of big plans.
/// The app uses [`build_plan`].
///
/// ```
/// use chrono::NaiveDate;
/// use rust_decimal_macros::dec;
/// use tactful_engine::plan::{build_plan, build_plan_with_limit, PlanInput, PlanSize};
///
/// let first = NaiveDate::from_ymd_opt(2025, 1, 6).unwrap();
/// let input = PlanInput::new(dec!(10000), "EUR", first, PlanSize::Count(2000));
/// assert!(build_plan(&input).is_err());
/// assert_eq!(build_plan_with_limit(&input, 10_000).unwrap().totals.installments, 2000);
/// ```
pub fn build_plan_with_limit(
    input: &PlanInput,
    max_installments: u32,
) -> Result<Plan, Vec<PlanFieldError>> {
    let cap = u32::try_from(MAX_SCHEDULE_DATES).unwrap_or(u32::MAX);
    build::build(input, max_installments.min(cap))
}

/// Why [`compare`] could not compare.
///
/// ```
/// use tactful_engine::plan::CompareError;
///
/// assert_eq!(
///     CompareError::TooManyOptions { given: 4, max: 3 }.to_string(),
///     "4 options given, at most 3"
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum CompareError {
    /// More than [`MAX_COMPARE`] options.
    TooManyOptions {
        /// How many were given.
        given: usize,
        /// The limit.
        max: usize,
    },
    /// Some options are invalid: for each, its position (from 0) and its field errors.
    InvalidOptions(Vec<(usize, Vec<PlanFieldError>)>),
}

impl std::fmt::Display for CompareError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CompareError::TooManyOptions { given, max } => {
                write!(f, "{given} options given, at most {max}")
            }
            CompareError::InvalidOptions(options) => {
                let positions: Vec<String> = options
                    .iter()
                    .map(|(position, _)| (position + 1).to_string())
                    .collect();
                write!(f, "invalid options: {}", positions.join(", "))
            }
        }
    }
}

impl std::error::Error for CompareError {}

/// Builds up to [`MAX_COMPARE`] options (say 3, 6 and 12 months) and sums each up, in the
/// order given.
///
/// # Errors
/// [`CompareError::TooManyOptions`] for more than 3; [`CompareError::InvalidOptions`] with
/// every invalid option's errors.
///
/// ```
/// use chrono::NaiveDate;
/// use rust_decimal_macros::dec;
/// use tactful_engine::plan::{compare, DayCount, Interest, PlanInput, PlanSize};
///
/// let first = NaiveDate::from_ymd_opt(2025, 6, 2).unwrap();
/// let option = |months| {
///     let mut input = PlanInput::new(dec!(6000), "EUR", first, PlanSize::Count(months));
///     input.interest = Interest::Amortized { annual_rate_pct: dec!(8), day_count: DayCount::Thirty360 };
///     input
/// };
/// let summaries = compare(&[option(3), option(6), option(12)]).unwrap();
/// assert_eq!(summaries.len(), 3);
/// assert_eq!(summaries[0].regular_installment, dec!(2026.73));
/// assert_eq!(summaries[2].regular_installment, dec!(521.93));
/// // Longer plans: smaller installments, more interest.
/// assert!(summaries[0].total_interest < summaries[1].total_interest);
/// assert!(summaries[1].total_interest < summaries[2].total_interest);
/// ```
pub fn compare(inputs: &[PlanInput]) -> Result<Vec<PlanSummary>, CompareError> {
    if inputs.len() > MAX_COMPARE {
        return Err(CompareError::TooManyOptions {
            given: inputs.len(),
            max: MAX_COMPARE,
        });
    }
    let mut summaries = Vec::with_capacity(inputs.len());
    let mut invalid = Vec::new();
    for (position, input) in inputs.iter().enumerate() {
        match build_plan(input) {
            Ok(plan) => summaries.push(summarize(&plan, input.first_payment.is_some())),
            Err(errors) => invalid.push((position, errors)),
        }
    }
    if invalid.is_empty() {
        Ok(summaries)
    } else {
        Err(CompareError::InvalidOptions(invalid))
    }
}

/// The summary of one plan; `fixed_first` says installment 1 is a fixed first payment.
fn summarize(plan: &Plan, fixed_first: bool) -> PlanSummary {
    let installments = plan.installments();
    let skip = usize::from(fixed_first && installments.len() > 1);
    let regular = installments
        .get(skip)
        .map_or(Decimal::ZERO, |row| row.principal + row.interest);
    let largest = installments
        .iter()
        .map(|row| row.amount)
        .max()
        .unwrap_or(Decimal::ZERO);
    PlanSummary {
        installments: plan.totals.installments,
        down_payment: plan.down_payment().map_or(Decimal::ZERO, |row| row.amount),
        regular_installment: regular,
        largest_installment: largest,
        total_paid: plan.totals.total_paid,
        total_interest: plan.totals.total_interest,
        total_fees: plan.totals.total_fees,
        first_due_date: plan.totals.first_due_date,
        last_payment_date: plan.totals.last_payment_date,
        plan_length_days: plan.totals.plan_length_days,
        apr_pct: plan.apr.as_ref().map(|apr| apr.nominal_pct),
        warnings: plan.warnings.len(),
    }
}
