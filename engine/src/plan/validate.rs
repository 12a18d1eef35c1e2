//! Field-level validation of a [`PlanInput`]: every problem at once.

use crate::decimal_ops::DecimalOps;
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use super::errors::{PlanErrorKind, PlanField, PlanFieldError};
use super::input::{DayCount, Distribution, DownPayment, Interest, PlanInput, PlanSize};
use super::schedule::default_start_date;
use super::{MAX_AMOUNT, MAX_GRACE_DAYS, MAX_INSTALLMENTS, MAX_RATE_PCT, MAX_WEIGHT};
use crate::currency::{currency, Currency};
use crate::dates::{Frequency, EARLIEST_YEAR, LATEST_YEAR};
use crate::limits::MAX_EXTRA_HOLIDAYS;
use crate::money::{round_to_minor, Rounding};

/// The interest of a checked input; a rate of 0 is `None`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Rate {
    None,
    /// Annual percent.
    Flat(Decimal),
    /// Annual percent and day count.
    Amortized(Decimal, DayCount),
}

impl Rate {
    /// As the public [`Interest`].
    pub(super) fn as_interest(self) -> Interest {
        match self {
            Rate::None => Interest::None,
            Rate::Flat(annual_rate_pct) => Interest::Flat { annual_rate_pct },
            Rate::Amortized(annual_rate_pct, day_count) => Interest::Amortized {
                annual_rate_pct,
                day_count,
            },
        }
    }
}

/// A checked size.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Size {
    Count(usize),
    Target(Decimal),
}

/// An input whose every field passed the field-level rules.
#[derive(Clone, Debug)]
pub(super) struct Checked<'a> {
    pub input: &'a PlanInput,
    pub currency: &'static Currency,
    pub debt: Decimal,
    /// 0 when there is no down payment.
    pub down: Decimal,
    /// Debt minus down payment.
    pub financed: Decimal,
    pub first_payment: Option<Decimal>,
    pub setup_fee: Decimal,
    pub rate: Rate,
    pub size: Size,
    pub start: NaiveDate,
    /// The installment limit in force.
    pub max: u32,
}

impl PlanInput {
    /// Checks every field against the rules in the table on [`PlanInput`] and returns all
    /// the problems at once, in field order.
    ///
    /// These are the rules that need no schedule. [`build_plan`](super::build_plan) also
    /// reports the few that do: a down-payment date after the first (rolled) installment, a
    /// target amount or first payment that does not exceed its period's interest, a target
    /// amount that would need more than 600 installments, a flat-interest first payment not
    /// below the amount to repay, a calendar that cannot roll.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use rust_decimal_macros::dec;
    /// use tactful_engine::plan::{
    ///     Distribution, DownPayment, PlanErrorKind, PlanField, PlanInput, PlanSize,
    /// };
    ///
    /// let first = NaiveDate::from_ymd_opt(2025, 3, 31).unwrap();
    /// let mut input = PlanInput::new(dec!(1000), "GBP", first, PlanSize::Count(0));
    /// input.down_payment = Some(DownPayment::Amount(dec!(1000)));
    /// input.distribution = Distribution::CustomPercent(vec![dec!(50), dec!(40)]);
    /// let errors = input.validate().unwrap_err();
    /// assert_eq!(errors.len(), 3);
    /// assert_eq!(errors[0].field, PlanField::DownPaymentAmount);
    /// assert_eq!(errors[0].to_string(), "down payment: must be less than 1000 (debt)");
    /// assert_eq!(errors[1].kind, PlanErrorKind::ZeroInstallments);
    /// assert_eq!(errors[2].kind, PlanErrorKind::PercentagesMustSum100 { actual: dec!(90) });
    /// ```
    pub fn validate(&self) -> Result<(), Vec<PlanFieldError>> {
        check(self, MAX_INSTALLMENTS).map(|_| ())
    }
}

/// Field-level validation with `max` installments allowed.
pub(super) fn check(input: &PlanInput, max: u32) -> Result<Checked<'_>, Vec<PlanFieldError>> {
    use PlanErrorKind as K;
    use PlanField as F;
    let mut errors: Vec<PlanFieldError> = Vec::new();
    let mut push = |field, kind| errors.push(PlanFieldError::new(field, kind));

    // Debt and currency.
    let cur = currency(&input.currency).ok();
    let debt = input.debt;
    let debt_error = money_error(debt, cur, false);
    let debt_ok = debt_error.is_none();
    if let Some(kind) = debt_error {
        push(F::Debt, kind);
    }
    if cur.is_none() {
        push(F::Currency, K::UnknownCurrency);
    }

    // Down payment.
    let mut down = Decimal::ZERO;
    match input.down_payment {
        None => {}
        Some(DownPayment::Amount(amount)) => {
            if let Some(kind) = money_error(amount, cur, true) {
                push(F::DownPaymentAmount, kind);
            } else if debt_ok && amount >= debt {
                push(
                    F::DownPaymentAmount,
                    K::MustBeLessThan {
                        limit: debt,
                        other: Some(F::Debt),
                    },
                );
            } else {
                down = amount;
            }
        }
        Some(DownPayment::Percent(pct)) => {
            if pct < Decimal::ZERO {
                push(F::DownPaymentPercent, K::MustNotBeNegative);
            } else if pct >= Decimal::ONE_HUNDRED {
                push(
                    F::DownPaymentPercent,
                    K::MustBeLessThan {
                        limit: Decimal::ONE_HUNDRED,
                        other: None,
                    },
                );
            } else if let (true, Some(cur)) = (debt_ok, cur) {
                let amount = debt
                    .times(pct)
                    .and_then(|x| x.divided_by(Decimal::ONE_HUNDRED))
                    .map(|x| round_to_minor(x, cur, Rounding::HalfUp));
                match amount {
                    Some(amount) if amount < debt => down = amount,
                    Some(_) => push(
                        F::DownPaymentPercent,
                        K::MustBeLessThan {
                            limit: debt,
                            other: Some(F::Debt),
                        },
                    ),
                    None => push(F::DownPaymentPercent, K::TooLargeToCompute),
                }
            }
        }
    }
    if let Some(kind) = input.down_payment_date.and_then(year_error) {
        push(F::DownPaymentDate, kind);
    }
    let financed = debt - down; // both within 0..=MAX_AMOUNT: cannot overflow

    // Interest (needed by the first-payment rule).
    let rate_pct = input.interest.annual_rate_pct();
    let rate_error = if rate_pct < Decimal::ZERO {
        Some(K::MustNotBeNegative)
    } else if rate_pct > MAX_RATE_PCT {
        Some(K::TooLarge { max: MAX_RATE_PCT })
    } else {
        None
    };
    let rate = match input.interest {
        _ if rate_pct.is_zero() => Rate::None,
        Interest::None => Rate::None,
        Interest::Flat { annual_rate_pct } => Rate::Flat(annual_rate_pct),
        Interest::Amortized {
            annual_rate_pct,
            day_count,
        } => Rate::Amortized(annual_rate_pct, day_count),
    };

    // First payment.
    let custom = matches!(input.distribution, Distribution::CustomPercent(_));
    if let Some(first) = input.first_payment {
        if let Some(kind) = money_error(first, cur, false) {
            push(F::FirstPayment, kind);
        } else if custom {
            push(F::FirstPayment, K::NotWithCustomPercentages);
        } else if input.size == PlanSize::Count(1) {
            push(F::FirstPayment, K::NeedsTwoInstallments);
        } else if debt_ok && !matches!(rate, Rate::Flat(_)) && first >= financed {
            push(
                F::FirstPayment,
                K::MustBeLessThan {
                    limit: financed,
                    other: None,
                },
            );
        }
    }

    // Size.
    let mut size = Size::Count(1);
    match input.size {
        PlanSize::Count(0) => push(F::InstallmentCount, K::ZeroInstallments),
        PlanSize::Count(n) if n > max => push(F::InstallmentCount, K::TooManyInstallments { max }),
        PlanSize::Count(n) => {
            if let Distribution::CustomPercent(percents) = &input.distribution {
                let len = u32::try_from(percents.len()).unwrap_or(u32::MAX);
                if len != n && (1..=max).contains(&len) {
                    push(F::InstallmentCount, K::CountMismatch { expected: len });
                }
            }
            size = Size::Count(usize::try_from(n).unwrap_or(usize::MAX));
        }
        PlanSize::TargetAmount(target) => {
            if let Some(kind) = money_error(target, cur, false) {
                push(F::TargetAmount, kind);
            } else if custom {
                push(F::TargetAmount, K::NotWithCustomPercentages);
            } else if input.distribution != Distribution::Equal {
                push(F::TargetAmount, K::NeedsEqualDistribution);
            }
            size = Size::Target(target);
        }
    }

    // Schedule.
    if input.frequency == Frequency::EveryNDays(0) {
        push(F::Frequency, K::ZeroInterval);
    }
    if input.calendar.has_too_many_holidays() {
        push(
            F::Calendar,
            K::TooManyDates {
                max: MAX_EXTRA_HOLIDAYS,
            },
        );
    }
    let first_due_error = year_error(input.first_due_date);
    let first_due_ok = first_due_error.is_none();
    if let Some(kind) = first_due_error {
        push(F::FirstDueDate, kind);
    }

    // Distribution.
    match &input.distribution {
        Distribution::Equal => {}
        Distribution::Seasonal { weights } => {
            let mut all_fine = true;
            for (month, weight) in (1u32..).zip(weights.iter()) {
                let kind = if *weight < Decimal::ZERO {
                    Some(K::MustNotBeNegative)
                } else if *weight > MAX_WEIGHT {
                    Some(K::TooLarge { max: MAX_WEIGHT })
                } else {
                    None
                };
                if let Some(kind) = kind {
                    all_fine = false;
                    push(F::SeasonalWeight { month }, kind);
                }
            }
            if all_fine && weights.iter().all(Decimal::is_zero) {
                push(F::SeasonalWeights, K::WeightsSumToZero);
            }
        }
        Distribution::CustomPercent(percents) => {
            if percents.is_empty() {
                push(F::CustomPercents, K::ZeroInstallments);
            } else if percents.len() > usize::try_from(max).unwrap_or(usize::MAX) {
                push(F::CustomPercents, K::TooManyInstallments { max });
            } else {
                let mut all_fine = true;
                for (index, pct) in percents.iter().enumerate() {
                    let kind = if *pct <= Decimal::ZERO {
                        Some(K::MustBePositive)
                    } else if *pct > Decimal::ONE_HUNDRED {
                        Some(K::TooLarge {
                            max: Decimal::ONE_HUNDRED,
                        })
                    } else {
                        None
                    };
                    if let Some(kind) = kind {
                        all_fine = false;
                        push(F::CustomPercent { index }, kind);
                    }
                }
                if all_fine {
                    // At most 10,000 values of at most 100: no overflow.
                    let sum: Decimal = percents.iter().copied().sum();
                    if sum != Decimal::ONE_HUNDRED {
                        push(
                            F::CustomPercents,
                            K::PercentagesMustSum100 {
                                actual: sum.normalize(),
                            },
                        );
                    }
                }
            }
        }
    }
    if let Some(kind) = rate_error {
        push(F::InterestRate, kind);
    }

    // Fees and dates.
    let mut setup_fee = Decimal::ZERO;
    if let Some(fee) = input.setup_fee {
        match money_error(fee, cur, true) {
            Some(kind) => push(F::SetupFee, kind),
            None => setup_fee = fee,
        }
    }
    let mut start = None;
    match input.start_date {
        Some(date) => {
            if let Some(kind) = year_error(date) {
                push(F::StartDate, kind);
            } else if first_due_ok && date > input.first_due_date {
                push(
                    F::StartDate,
                    K::MustNotBeAfter {
                        date: input.first_due_date,
                        other: F::FirstDueDate,
                    },
                );
            } else {
                start = Some(date);
            }
        }
        None => {
            if first_due_ok {
                start = default_start_date(
                    input.first_due_date,
                    input.frequency,
                    input.schedule_options,
                );
            }
        }
    }

    // Missed-payment terms.
    let terms = &input.missed_terms;
    if terms.grace_days > MAX_GRACE_DAYS {
        push(
            F::GraceDays,
            K::TooLarge {
                max: Decimal::from(MAX_GRACE_DAYS),
            },
        );
    }
    if let Some(kind) = money_error(terms.late_fee_flat, cur, true) {
        push(F::LateFeeFlat, kind);
    }
    if terms.late_fee_pct < Decimal::ZERO {
        push(F::LateFeePct, K::MustNotBeNegative);
    } else if terms.late_fee_pct > Decimal::ONE_HUNDRED {
        push(
            F::LateFeePct,
            K::TooLarge {
                max: Decimal::ONE_HUNDRED,
            },
        );
    }
    if terms.accelerate_after == Some(0) {
        push(F::AccelerateAfter, K::MustBePositive);
    }

    match (cur, start) {
        (Some(currency), Some(start)) if errors.is_empty() => Ok(Checked {
            input,
            currency,
            debt,
            down,
            financed,
            first_payment: input.first_payment,
            setup_fee,
            rate,
            size,
            start,
            max,
        }),
        _ => {
            if errors.is_empty() {
                // The default start date fell outside chrono's range: only possible for
                // dates far outside the accepted years, which are refused above.
                errors.push(PlanFieldError::new(F::FirstDueDate, K::TooLargeToCompute));
            }
            Err(errors)
        }
    }
}

/// The problem with a money amount, if any: negative (or zero when `allow_zero` is
/// false), above [`MAX_AMOUNT`], or more decimals than the currency has.
fn money_error(
    value: Decimal,
    cur: Option<&'static Currency>,
    allow_zero: bool,
) -> Option<PlanErrorKind> {
    if value.is_zero() && !allow_zero {
        Some(PlanErrorKind::MustBePositive)
    } else if value < Decimal::ZERO {
        Some(if allow_zero {
            PlanErrorKind::MustNotBeNegative
        } else {
            PlanErrorKind::MustBePositive
        })
    } else if value > MAX_AMOUNT {
        Some(PlanErrorKind::TooLarge { max: MAX_AMOUNT })
    } else {
        match cur {
            // As written: `84.880` euros has a decimal too many, as when it is typed.
            Some(cur) if value.scale() > cur.minor_units => Some(PlanErrorKind::TooManyDecimals {
                decimals: cur.minor_units,
            }),
            _ => None,
        }
    }
}

/// The problem with a date, if its year is outside 1990–2100.
fn year_error(date: NaiveDate) -> Option<PlanErrorKind> {
    if (EARLIEST_YEAR..=LATEST_YEAR).contains(&date.year()) {
        None
    } else {
        Some(PlanErrorKind::YearOutOfRange {
            min: EARLIEST_YEAR,
            max: LATEST_YEAR,
        })
    }
}
