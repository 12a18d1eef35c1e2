//! Typed input errors, each naming the field it belongs to.

use std::fmt;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// The input field an error belongs to, so the UI can show the message next to it.
///
/// One variant per field of [`PlanInput`](super::PlanInput); the down payment, the size
/// and the distribution have one variant per form, and single seasonal weights and custom
/// percentages are named by position. `Display` writes a short lowercase name.
///
/// ```
/// use tactful_engine::plan::PlanField;
///
/// assert_eq!(PlanField::DownPaymentAmount.to_string(), "down payment");
/// assert_eq!(PlanField::SeasonalWeight { month: 12 }.to_string(), "weight for month 12");
/// assert_eq!(PlanField::CustomPercent { index: 0 }.to_string(), "percentage 1");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlanField {
    /// [`PlanInput::debt`](super::PlanInput::debt).
    Debt,
    /// [`PlanInput::currency`](super::PlanInput::currency).
    Currency,
    /// [`DownPayment::Amount`](super::DownPayment::Amount).
    DownPaymentAmount,
    /// [`DownPayment::Percent`](super::DownPayment::Percent).
    DownPaymentPercent,
    /// [`PlanInput::down_payment_date`](super::PlanInput::down_payment_date).
    DownPaymentDate,
    /// [`PlanInput::first_payment`](super::PlanInput::first_payment).
    FirstPayment,
    /// [`PlanSize::Count`](super::PlanSize::Count).
    InstallmentCount,
    /// [`PlanSize::TargetAmount`](super::PlanSize::TargetAmount).
    TargetAmount,
    /// [`PlanInput::frequency`](super::PlanInput::frequency).
    Frequency,
    /// [`PlanInput::first_due_date`](super::PlanInput::first_due_date).
    FirstDueDate,
    /// [`PlanInput::calendar`](super::PlanInput::calendar) with
    /// [`PlanInput::roll`](super::PlanInput::roll).
    Calendar,
    /// [`Distribution::Seasonal`](super::Distribution::Seasonal) as a whole.
    SeasonalWeights,
    /// One seasonal weight; `month` is 1 (January) to 12.
    SeasonalWeight {
        /// 1 (January) to 12 (December).
        month: u32,
    },
    /// [`Distribution::CustomPercent`](super::Distribution::CustomPercent) as a whole.
    CustomPercents,
    /// One custom percentage; `index` counts from 0 (shown from 1).
    CustomPercent {
        /// Position in the list, from 0.
        index: usize,
    },
    /// The annual rate of [`PlanInput::interest`](super::PlanInput::interest).
    InterestRate,
    /// [`PlanInput::setup_fee`](super::PlanInput::setup_fee).
    SetupFee,
    /// [`PlanInput::start_date`](super::PlanInput::start_date).
    StartDate,
    /// [`MissedTerms::grace_days`](super::MissedTerms::grace_days).
    GraceDays,
    /// [`MissedTerms::late_fee_flat`](super::MissedTerms::late_fee_flat).
    LateFeeFlat,
    /// [`MissedTerms::late_fee_pct`](super::MissedTerms::late_fee_pct).
    LateFeePct,
    /// [`MissedTerms::accelerate_after`](super::MissedTerms::accelerate_after).
    AccelerateAfter,
}

impl PlanField {
    /// The stable snake-case name of the field (`"grace_days"`). Never changes when the message or the Rust name does.
    pub fn key(&self) -> &'static str {
        match self {
            PlanField::Debt => "debt",
            PlanField::Currency => "currency",
            PlanField::DownPaymentAmount => "down_payment_amount",
            PlanField::DownPaymentPercent => "down_payment_percent",
            PlanField::DownPaymentDate => "down_payment_date",
            PlanField::FirstPayment => "first_payment",
            PlanField::InstallmentCount => "installment_count",
            PlanField::TargetAmount => "target_amount",
            PlanField::Frequency => "frequency",
            PlanField::FirstDueDate => "first_due_date",
            PlanField::Calendar => "calendar",
            PlanField::SeasonalWeights => "seasonal_weights",
            PlanField::SeasonalWeight { .. } => "seasonal_weight",
            PlanField::CustomPercents => "custom_percents",
            PlanField::CustomPercent { .. } => "custom_percent",
            PlanField::InterestRate => "interest_rate",
            PlanField::SetupFee => "setup_fee",
            PlanField::StartDate => "start_date",
            PlanField::GraceDays => "grace_days",
            PlanField::LateFeeFlat => "late_fee_flat",
            PlanField::LateFeePct => "late_fee_pct",
            PlanField::AccelerateAfter => "accelerate_after",
        }
    }
}

impl fmt::Display for PlanField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = match self {
            PlanField::Debt => "debt",
            PlanField::Currency => "currency",
            PlanField::DownPaymentAmount => "down payment",
            PlanField::DownPaymentPercent => "down payment percent",
            PlanField::DownPaymentDate => "down payment date",
            PlanField::FirstPayment => "first payment",
            PlanField::InstallmentCount => "number of installments",
            PlanField::TargetAmount => "installment amount",
            PlanField::Frequency => "frequency",
            PlanField::FirstDueDate => "first due date",
            PlanField::Calendar => "business calendar",
            PlanField::SeasonalWeights => "seasonal weights",
            PlanField::SeasonalWeight { month } => return write!(f, "weight for month {month}"),
            PlanField::CustomPercents => "percentages",
            PlanField::CustomPercent { index } => {
                return write!(f, "percentage {}", index.saturating_add(1))
            }
            PlanField::InterestRate => "interest rate",
            PlanField::SetupFee => "set-up fee",
            PlanField::StartDate => "start date",
            PlanField::GraceDays => "grace days",
            PlanField::LateFeeFlat => "late fee",
            PlanField::LateFeePct => "late fee percent",
            PlanField::AccelerateAfter => "missed installments before the balance is due",
        };
        f.write_str(name)
    }
}

/// What is wrong with a field's value. `Display` is a short lowercase developer message;
/// the UI translates the variant and its data.
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::plan::PlanErrorKind;
///
/// let kind = PlanErrorKind::PercentagesMustSum100 { actual: dec!(99.5) };
/// assert_eq!(kind.to_string(), "must add up to 100, not 99.5");
/// assert_eq!(
///     PlanErrorKind::TooManyInstallments { max: 600 }.to_string(),
///     "would need more than 600 installments"
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlanErrorKind {
    /// Must be greater than 0.
    MustBePositive,
    /// Must not be below 0.
    MustNotBeNegative,
    /// Must not exceed `max`.
    TooLarge {
        /// The largest allowed value.
        max: Decimal,
    },
    /// Has more decimals than the currency's minor unit allows.
    TooManyDecimals {
        /// The currency's number of decimals.
        decimals: u32,
    },
    /// Not a known ISO 4217 currency code.
    UnknownCurrency,
    /// Must be strictly less than `limit`: another field's value when `other` names it
    /// (down payment `<` debt), else a computed or fixed bound (first payment `<` the amount
    /// to repay, down payment percent `<` 100).
    MustBeLessThan {
        /// The bound, exclusive.
        limit: Decimal,
        /// The field the bound comes from, if any.
        other: Option<PlanField>,
    },
    /// A count of 0 installments (or an empty list of percentages).
    ZeroInstallments,
    /// More than `max` installments asked for, or needed to repay at the target amount.
    TooManyInstallments {
        /// The limit, [`MAX_INSTALLMENTS`](super::MAX_INSTALLMENTS) for plans the app makes.
        max: u32,
    },
    /// The installment (target or first payment) does not exceed the interest of its
    /// period, so it would never repay anything.
    InstallmentTooSmall {
        /// The interest of that period, in the debt's currency.
        interest: Decimal,
    },
    /// A fixed first payment needs at least two installments.
    NeedsTwoInstallments,
    /// Not possible with custom percentages (a fixed first payment, a target amount).
    NotWithCustomPercentages,
    /// A target amount needs the equal distribution.
    NeedsEqualDistribution,
    /// The count must equal the number of custom percentages.
    CountMismatch {
        /// The number of percentages.
        expected: u32,
    },
    /// Every seasonal weight is 0: nothing could ever be due.
    WeightsSumToZero,
    /// The custom percentages do not add up to exactly 100.
    PercentagesMustSum100 {
        /// What they add up to.
        actual: Decimal,
    },
    /// The date must not be after `date`, the value of field `other`.
    MustNotBeAfter {
        /// The bound, inclusive.
        date: NaiveDate,
        /// The field the bound comes from.
        other: PlanField,
    },
    /// The year must be within `min..=max` (1990–2100).
    YearOutOfRange {
        /// The earliest year.
        min: i32,
        /// The latest year.
        max: i32,
    },
    /// `EveryNDays(0)`: a schedule must move forward.
    ZeroInterval,
    /// Rolling a due date found no business day within a year (a calendar closed for
    /// more than a year).
    NoBusinessDay {
        /// The due date that could not be rolled.
        date: NaiveDate,
    },
    /// A seasonal plan found only `found` paying dates among the first 10,000 dates of its
    /// schedule (the weighted months are never hit).
    TooFewPayingDates {
        /// How many paying dates were found.
        found: u32,
    },
    /// More extra closing days than [`MAX_EXTRA_HOLIDAYS`](crate::limits::MAX_EXTRA_HOLIDAYS).
    TooManyDates {
        /// The limit.
        max: usize,
    },
    /// A figure exceeded [`Decimal`]'s range or precision. Cannot happen within the
    /// documented bounds; kept as a typed error instead of a panic.
    TooLargeToCompute,
}

impl PlanErrorKind {
    /// A stable snake-case code for programs (the JavaScript API's `code`): it never
    /// changes when the message or the Rust name does.
    ///
    /// ```
    /// use tactful_engine::plan::PlanErrorKind;
    ///
    /// assert_eq!(PlanErrorKind::TooManyInstallments { max: 600 }.code(), "too_many_installments");
    /// ```
    pub fn code(&self) -> &'static str {
        match self {
            PlanErrorKind::MustBePositive => "must_be_positive",
            PlanErrorKind::MustNotBeNegative => "must_not_be_negative",
            PlanErrorKind::TooLarge { .. } => "too_large",
            PlanErrorKind::TooManyDecimals { .. } => "too_many_decimals",
            PlanErrorKind::UnknownCurrency => "unknown_currency",
            PlanErrorKind::MustBeLessThan { .. } => "must_be_less_than",
            PlanErrorKind::ZeroInstallments => "zero_installments",
            PlanErrorKind::TooManyInstallments { .. } => "too_many_installments",
            PlanErrorKind::InstallmentTooSmall { .. } => "installment_too_small",
            PlanErrorKind::NeedsTwoInstallments => "needs_two_installments",
            PlanErrorKind::NotWithCustomPercentages => "not_with_custom_percentages",
            PlanErrorKind::NeedsEqualDistribution => "needs_equal_distribution",
            PlanErrorKind::CountMismatch { .. } => "count_mismatch",
            PlanErrorKind::WeightsSumToZero => "weights_sum_to_zero",
            PlanErrorKind::PercentagesMustSum100 { .. } => "percentages_must_sum100",
            PlanErrorKind::MustNotBeAfter { .. } => "must_not_be_after",
            PlanErrorKind::YearOutOfRange { .. } => "year_out_of_range",
            PlanErrorKind::ZeroInterval => "zero_interval",
            PlanErrorKind::NoBusinessDay { .. } => "no_business_day",
            PlanErrorKind::TooFewPayingDates { .. } => "too_few_paying_dates",
            PlanErrorKind::TooManyDates { .. } => "too_many_dates",
            PlanErrorKind::TooLargeToCompute => "too_large_to_compute",
        }
    }
}

impl fmt::Display for PlanErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PlanErrorKind::MustBePositive => f.write_str("must be greater than 0"),
            PlanErrorKind::MustNotBeNegative => f.write_str("must not be negative"),
            PlanErrorKind::TooLarge { max } => write!(f, "must be at most {max}"),
            PlanErrorKind::TooManyDecimals { decimals: 0 } => f.write_str("must be a whole number"),
            PlanErrorKind::TooManyDecimals { decimals } => {
                write!(f, "must have at most {decimals} decimals")
            }
            PlanErrorKind::UnknownCurrency => f.write_str("unknown currency code"),
            PlanErrorKind::MustBeLessThan { limit, other } => match other {
                Some(field) => write!(f, "must be less than {limit} ({field})"),
                None => write!(f, "must be less than {limit}"),
            },
            PlanErrorKind::ZeroInstallments => f.write_str("must be at least 1 installment"),
            PlanErrorKind::TooManyInstallments { max } => {
                write!(f, "would need more than {max} installments")
            }
            PlanErrorKind::InstallmentTooSmall { interest } => {
                write!(f, "must be more than the period's interest of {interest}")
            }
            PlanErrorKind::NeedsTwoInstallments => f.write_str("needs at least 2 installments"),
            PlanErrorKind::NotWithCustomPercentages => {
                f.write_str("not possible with custom percentages")
            }
            PlanErrorKind::NeedsEqualDistribution => f.write_str("needs equal installments"),
            PlanErrorKind::CountMismatch { expected } => {
                write!(f, "must be {expected}, the number of percentages")
            }
            PlanErrorKind::WeightsSumToZero => f.write_str("weights must not all be 0"),
            PlanErrorKind::PercentagesMustSum100 { actual } => {
                write!(f, "must add up to 100, not {actual}")
            }
            PlanErrorKind::MustNotBeAfter { date, other } => {
                write!(f, "must not be after {date} ({other})")
            }
            PlanErrorKind::YearOutOfRange { min, max } => {
                write!(f, "year must be between {min} and {max}")
            }
            PlanErrorKind::ZeroInterval => f.write_str("interval must be at least one day"),
            PlanErrorKind::NoBusinessDay { date } => {
                write!(f, "no business day within a year of {date}")
            }
            PlanErrorKind::TooFewPayingDates { found } => {
                write!(f, "only {found} due dates fall in weighted months")
            }
            PlanErrorKind::TooManyDates { max } => write!(f, "at most {max} dates"),
            PlanErrorKind::TooLargeToCompute => f.write_str("too large to compute"),
        }
    }
}

/// One problem with one input field. `Display`: `"<field>: <kind>"`.
///
/// ```
/// use tactful_engine::plan::{PlanErrorKind, PlanField, PlanFieldError};
///
/// let error = PlanFieldError {
///     field: PlanField::InstallmentCount,
///     kind: PlanErrorKind::ZeroInstallments,
/// };
/// assert_eq!(error.to_string(), "number of installments: must be at least 1 installment");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanFieldError {
    /// The field to show the message next to.
    pub field: PlanField,
    /// What is wrong.
    pub kind: PlanErrorKind,
}

impl PlanFieldError {
    /// Pairs a field with what is wrong with it.
    pub(crate) fn new(field: PlanField, kind: PlanErrorKind) -> Self {
        PlanFieldError { field, kind }
    }
}

impl fmt::Display for PlanFieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.kind)
    }
}

impl std::error::Error for PlanFieldError {}
