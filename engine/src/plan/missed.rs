//! What happens when an installment is missed: late fee, grace, acceleration.

use crate::decimal_ops::DecimalOps;
use std::fmt;

use chrono::{Days, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::errors::{PlanErrorKind, PlanField, PlanFieldError};
use super::input::MissedTerms;
use super::output::{Plan, PlanRow};
use super::{MAX_AMOUNT, MAX_GRACE_DAYS};
use crate::money::{round_to_minor, Rounding};

/// The scenario "installment `k` is missed, and so is every following one" under some
/// [`MissedTerms`], as [`missed`] computes it.
///
/// - Paying by `grace_ends` (the due date plus the grace days) costs nothing extra; from
///   `late_from` (the day after) the late fee is added: `total_then_due = amount +
///   late_fee`.
/// - With [`MissedTerms::accelerate_after`] `= Some(n)`, when `n` installments in a row
///   are missed (rows `k` to `k + n − 1`), the whole outstanding balance becomes due (see
///   [`Acceleration`]); `acceleration` is `None` when there are no terms for it or the
///   plan ends before the `n`-th missed installment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MissedOutcome {
    /// The row missed (0 is the down payment).
    pub installment: u32,
    /// Its due date.
    pub due_date: NaiveDate,
    /// Its amount.
    pub amount: Decimal,
    /// The last day it can be paid without a late fee: `due_date + grace_days`.
    pub grace_ends: NaiveDate,
    /// The first day the late fee applies: the day after `grace_ends`.
    pub late_from: NaiveDate,
    /// `late_fee_flat + amount × late_fee_pct / 100`, rounded half-up.
    pub late_fee: Decimal,
    /// `amount + late_fee`.
    pub total_then_due: Decimal,
    /// When and how the whole balance becomes due, if the terms say so.
    pub acceleration: Option<Acceleration>,
}

/// The whole balance falling due after `after_missed` installments in a row are missed.
///
/// `total_due = missed_amounts + late_fees + remaining_principal`. The interest of future
/// periods (and, for flat interest, the part of the flat interest allocated to later
/// installments) is not charged: only principal still outstanding is accelerated. No
/// default interest is modelled; the late fees are the cost of missing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Acceleration {
    /// `n` of [`MissedTerms::accelerate_after`].
    pub after_missed: u32,
    /// The `n`-th missed row, whose grace period ending triggers acceleration.
    pub trigger_installment: u32,
    /// The day the whole balance is due: the trigger row's `late_from`.
    pub due_on: NaiveDate,
    /// The missed rows' amounts, `k` to the trigger.
    pub missed_amounts: Decimal,
    /// Their late fees.
    pub late_fees: Decimal,
    /// Principal of the later rows, not yet due without acceleration: the trigger row's
    /// `balance_after`.
    pub remaining_principal: Decimal,
    /// Everything due on `due_on`.
    pub total_due: Decimal,
}

/// Why [`missed`] could not answer.
///
/// ```
/// use tactful_engine::plan::MissedError;
///
/// let error = MissedError::NoSuchInstallment { installment: 9, last: 6 };
/// assert_eq!(error.to_string(), "no installment 9: the plan's rows go up to 6");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum MissedError {
    /// The plan has no row with this number.
    NoSuchInstallment {
        /// The number asked for.
        installment: u32,
        /// The last row's number.
        last: u32,
    },
    /// The terms break the rules of [`MissedTerms`] (every problem, by field).
    InvalidTerms(Vec<PlanFieldError>),
    /// A date would leave chrono's range (not possible for plans the engine builds).
    DateOutOfRange,
    /// A figure exceeded [`Decimal`]'s range (not possible for plans the engine builds).
    TooLargeToCompute,
}

impl fmt::Display for MissedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MissedError::NoSuchInstallment { installment, last } => write!(
                f,
                "no installment {installment}: the plan's rows go up to {last}"
            ),
            MissedError::InvalidTerms(errors) => {
                let parts: Vec<String> = errors.iter().map(ToString::to_string).collect();
                write!(f, "invalid terms: {}", parts.join("; "))
            }
            MissedError::DateOutOfRange => f.write_str("date outside the supported range"),
            MissedError::TooLargeToCompute => f.write_str("too large to compute"),
        }
    }
}

impl std::error::Error for MissedError {}

/// What happens if row `k` of `plan` is missed (and, for acceleration, the ones after it
/// too), under `terms` (usually `plan.terms`).
///
/// Rules, with `grace` = `terms.grace_days`:
/// - the late fee of a row is `late_fee_flat + amount × late_fee_pct / 100`, rounded
///   half-up to the minor unit; it applies from the day after `due date + grace`;
/// - with `accelerate_after = Some(n)`, the trigger is row `k + n − 1`; on the day after
///   its grace ends, everything missed so far (with their fees) plus the principal still
///   outstanding after it is due at once. Rows count in order, the down payment (row 0)
///   included. If the plan has fewer rows, there is no acceleration.
///
/// # Errors
/// [`MissedError::NoSuchInstallment`] when `k` is not a row of the plan,
/// [`MissedError::InvalidTerms`] when the terms break their rules, and, only for a
/// hand-made plan with absurd figures or dates, [`MissedError::TooLargeToCompute`] or
/// [`MissedError::DateOutOfRange`]. Never panics.
///
/// ```
/// use chrono::NaiveDate;
/// use rust_decimal_macros::dec;
/// use tactful_engine::plan::{build_plan, missed, MissedTerms, PlanInput, PlanSize};
///
/// let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// // 1,000.00 in 4 monthly installments of 250.00 from Monday 2 June 2025.
/// let input = PlanInput::new(dec!(1000), "GBP", date(2025, 6, 2), PlanSize::Count(4));
/// let plan = build_plan(&input).unwrap();
/// let terms = MissedTerms {
///     grace_days: 7,
///     late_fee_flat: dec!(10),
///     late_fee_pct: dec!(2),
///     accelerate_after: Some(2),
/// };
///
/// let outcome = missed(&plan, 2, &terms).unwrap(); // due Wednesday 2 July
/// assert_eq!(outcome.grace_ends, date(2025, 7, 9));
/// assert_eq!(outcome.late_from, date(2025, 7, 10));
/// assert_eq!(outcome.late_fee, dec!(15.00)); // 10 + 2 % of 250
/// assert_eq!(outcome.total_then_due, dec!(265.00));
///
/// // Missing installment 3 (4 August) too makes everything due on 12 August.
/// let acceleration = outcome.acceleration.unwrap();
/// assert_eq!(acceleration.trigger_installment, 3);
/// assert_eq!(acceleration.due_on, date(2025, 8, 12));
/// assert_eq!(acceleration.missed_amounts, dec!(500.00));
/// assert_eq!(acceleration.late_fees, dec!(30.00));
/// assert_eq!(acceleration.remaining_principal, dec!(250.00));
/// assert_eq!(acceleration.total_due, dec!(780.00));
///
/// // Missing the last one: nothing left to accelerate.
/// assert_eq!(missed(&plan, 4, &terms).unwrap().acceleration, None);
/// ```
pub fn missed(plan: &Plan, k: u32, terms: &MissedTerms) -> Result<MissedOutcome, MissedError> {
    let errors = terms_errors(terms, plan);
    if !errors.is_empty() {
        return Err(MissedError::InvalidTerms(errors));
    }
    let last = plan.rows.last().map_or(0, |row| row.number);
    let position =
        plan.rows
            .iter()
            .position(|row| row.number == k)
            .ok_or(MissedError::NoSuchInstallment {
                installment: k,
                last,
            })?;
    let rows = plan.rows.get(position..).unwrap_or(&[]);
    let Some(row) = rows.first() else {
        return Err(MissedError::NoSuchInstallment {
            installment: k,
            last,
        });
    };
    let fee = |row: &PlanRow| late_fee(plan, row, terms);
    let (grace_ends, late_from) = grace(row.due_date, terms.grace_days)?;
    let late_fee = fee(row)?;

    let acceleration = match terms.accelerate_after {
        Some(n) if n >= 1 => match rows.get(usize::try_from(n - 1).unwrap_or(usize::MAX)) {
            Some(trigger) => {
                let missed_rows = rows
                    .get(..=usize::try_from(n - 1).unwrap_or(0))
                    .unwrap_or(&[]);
                let mut missed_amounts = Decimal::ZERO;
                let mut late_fees = Decimal::ZERO;
                for missed_row in missed_rows {
                    missed_amounts = add(missed_amounts, missed_row.amount)?;
                    late_fees = add(late_fees, fee(missed_row)?)?;
                }
                let (_, due_on) = grace(trigger.due_date, terms.grace_days)?;
                Some(Acceleration {
                    after_missed: n,
                    trigger_installment: trigger.number,
                    due_on,
                    missed_amounts,
                    late_fees,
                    remaining_principal: trigger.balance_after,
                    total_due: add(add(missed_amounts, late_fees)?, trigger.balance_after)?,
                })
            }
            None => None,
        },
        _ => None,
    };

    Ok(MissedOutcome {
        installment: row.number,
        due_date: row.due_date,
        amount: row.amount,
        grace_ends,
        late_from,
        late_fee,
        total_then_due: add(row.amount, late_fee)?,
        acceleration,
    })
}

/// `a + b`, or [`MissedError::TooLargeToCompute`] (a hand-made plan may hold any amount).
fn add(a: Decimal, b: Decimal) -> Result<Decimal, MissedError> {
    a.plus(b).ok_or(MissedError::TooLargeToCompute)
}

/// The end of the grace period and the day after.
fn grace(due: NaiveDate, grace_days: u32) -> Result<(NaiveDate, NaiveDate), MissedError> {
    let ends = due
        .checked_add_days(Days::new(u64::from(grace_days)))
        .ok_or(MissedError::DateOutOfRange)?;
    let late = ends.succ_opt().ok_or(MissedError::DateOutOfRange)?;
    Ok((ends, late))
}

/// The late fee of `row`: flat plus percent of its amount, rounded half-up.
fn late_fee(plan: &Plan, row: &PlanRow, terms: &MissedTerms) -> Result<Decimal, MissedError> {
    row.amount
        .times(terms.late_fee_pct)
        .and_then(|x| x.divided_by(Decimal::ONE_HUNDRED))
        .and_then(|x| x.plus(terms.late_fee_flat))
        .map(|x| round_to_minor(x, plan.currency, Rounding::HalfUp))
        .ok_or(MissedError::TooLargeToCompute)
}

/// The terms' problems, checked like [`PlanInput::validate`](super::PlanInput::validate)
/// does.
fn terms_errors(terms: &MissedTerms, plan: &Plan) -> Vec<PlanFieldError> {
    use PlanErrorKind as K;
    let mut errors = Vec::new();
    if terms.grace_days > MAX_GRACE_DAYS {
        errors.push(PlanFieldError::new(
            PlanField::GraceDays,
            K::TooLarge {
                max: Decimal::from(MAX_GRACE_DAYS),
            },
        ));
    }
    let flat = terms.late_fee_flat;
    let flat_kind = if flat < Decimal::ZERO {
        Some(K::MustNotBeNegative)
    } else if flat > MAX_AMOUNT {
        Some(K::TooLarge { max: MAX_AMOUNT })
    } else if flat.normalize().scale() > plan.currency.minor_units {
        Some(K::TooManyDecimals {
            decimals: plan.currency.minor_units,
        })
    } else {
        None
    };
    if let Some(kind) = flat_kind {
        errors.push(PlanFieldError::new(PlanField::LateFeeFlat, kind));
    }
    if terms.late_fee_pct < Decimal::ZERO {
        errors.push(PlanFieldError::new(
            PlanField::LateFeePct,
            K::MustNotBeNegative,
        ));
    } else if terms.late_fee_pct > Decimal::ONE_HUNDRED {
        errors.push(PlanFieldError::new(
            PlanField::LateFeePct,
            K::TooLarge {
                max: Decimal::ONE_HUNDRED,
            },
        ));
    }
    if terms.accelerate_after == Some(0) {
        errors.push(PlanFieldError::new(
            PlanField::AccelerateAfter,
            K::MustBePositive,
        ));
    }
    errors
}
