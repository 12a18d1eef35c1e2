//! The APR: the internal rate of return of the plan's dated cash flows.

use crate::decimal_ops::DecimalOps;
use chrono::NaiveDate;
use rust_decimal::prelude::MathematicalOps;
use rust_decimal::Decimal;

use super::interest::periods_per_year;
use super::output::{Apr, PlanRow};
use super::{IRR_TOLERANCE, MAX_DAILY_RATE, RATE_DECIMALS};
use crate::dates::{days_between, Frequency};
use crate::money::Rounding;

/// Iterations of the safeguarded Newton solver; bisection alone needs about 70 to reach
/// the tolerance from the widest bracket.
const MAX_ITERATIONS: usize = 200;

/// The APR of a plan whose credit of `debt` starts on `start` and is repaid by `rows`.
///
/// `hint` is a first guess of the daily rate, if the caller has one (an amortized plan's
/// annual rate / 36500).
///
/// `None` when the daily rate would exceed [`MAX_DAILY_RATE`], or the effective rate
/// cannot be represented (rates of thousands of percent a year).
pub(super) fn plan_apr(
    start: NaiveDate,
    debt: Decimal,
    rows: &[PlanRow],
    frequency: Frequency,
    hint: Option<Decimal>,
) -> Option<Apr> {
    let ppy = periods_per_year(frequency);
    let paid = rows
        .iter()
        .try_fold(Decimal::ZERO, |sum, row| sum.plus(row.amount))?;
    if paid == debt {
        let zero = Rounding::HalfUp.round(Decimal::ZERO, RATE_DECIMALS);
        return Some(Apr {
            nominal_pct: zero,
            periodic_pct: zero,
            periods_per_year: ppy,
            effective_pct: Some(zero),
        });
    }
    let flows = cash_flows(start, debt, rows)?;
    let daily = solve_daily_rate(&flows, hint)?;
    let growth = Decimal::ONE.plus(daily)?;
    let year = growth.checked_powu(365)?;
    let periodic = match frequency {
        Frequency::EveryNDays(n) => growth.checked_powu(u64::from(n))? - Decimal::ONE,
        _ => {
            let k = periods(frequency);
            kth_root_minus_one(year, k)?
        }
    };
    let pct = |fraction: Decimal| {
        fraction
            .times(Decimal::ONE_HUNDRED)
            .map(|value| Rounding::HalfUp.round(value, RATE_DECIMALS))
    };
    Some(Apr {
        nominal_pct: pct(periodic.times(ppy)?)?,
        periodic_pct: pct(periodic)?,
        periods_per_year: ppy,
        effective_pct: pct(year - Decimal::ONE),
    })
}

/// Whole periods per year for the calendar-based frequencies (the every-`n`-days case is
/// handled separately).
fn periods(frequency: Frequency) -> u64 {
    match frequency {
        Frequency::Weekly => 52,
        Frequency::Fortnightly => 26,
        Frequency::SemiMonthly1st15th | Frequency::SemiMonthly15thLast => 24,
        Frequency::Monthly => 12,
        Frequency::BiMonthly => 6,
        Frequency::Quarterly => 4,
        Frequency::EveryNDays(_) => 1,
    }
}

/// One dated cash flow: days from the start (as an integer and as a [`Decimal`] for the
/// derivative) and the amount (negative: paid out).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Flow {
    day: i64,
    day_decimal: Decimal,
    amount: Decimal,
}

/// The cash flows: the credit out (negative) at day 0, each payment in; sorted by day,
/// one entry per day.
fn cash_flows(start: NaiveDate, debt: Decimal, rows: &[PlanRow]) -> Option<Vec<Flow>> {
    let mut flows: Vec<(i64, Decimal)> = Vec::with_capacity(rows.len() + 1);
    flows.push((0, -debt));
    flows.extend(
        rows.iter()
            .map(|row| (days_between(start, row.due_date), row.amount)),
    );
    flows.sort_by_key(|(day, _)| *day);
    let mut merged: Vec<Flow> = Vec::with_capacity(flows.len());
    for (day, amount) in flows {
        match merged.last_mut() {
            Some(last) if last.day == day => last.amount = last.amount.plus(amount)?,
            _ => merged.push(Flow {
                day,
                day_decimal: Decimal::from(day),
                amount,
            }),
        }
    }
    Some(merged)
}

/// The net present value of `flows` at the daily rate `rate`, and its derivative.
///
/// `NPV(δ) = Σ amount × (1 + δ)^−day`, `NPV'(δ) = −Σ day × amount × (1 + δ)^(−day−1)`.
/// Powers are built from the gaps between consecutive days (few distinct values), so one
/// evaluation costs a few multiplications per flow; once the discount factor underflows
/// to 0 the later (later-dated) flows add nothing and are skipped.
fn npv(flows: &[Flow], rate: Decimal) -> Option<(Decimal, Decimal)> {
    let growth = Decimal::ONE.plus(rate)?;
    let discount = Decimal::ONE.divided_by(growth)?;
    let power = |days: i64| -> Option<Decimal> {
        if days >= 0 {
            discount.checked_powu(days.unsigned_abs())
        } else {
            growth.checked_powu(days.unsigned_abs())
        }
    };
    let mut cache: Vec<(i64, Decimal)> = Vec::new();
    let mut value = Decimal::ZERO;
    let mut weighted = Decimal::ZERO;
    let mut factor = Decimal::ONE;
    let mut previous_day = 0i64;
    for (index, flow) in flows.iter().enumerate() {
        if index == 0 {
            factor = power(flow.day)?;
        } else {
            let gap = flow.day - previous_day;
            let step = match cache.iter().find(|(g, _)| *g == gap) {
                Some((_, step)) => *step,
                None => {
                    let step = power(gap)?;
                    cache.push((gap, step));
                    step
                }
            };
            factor = factor.times(step)?;
        }
        if factor.is_zero() && flow.day > 0 {
            break;
        }
        previous_day = flow.day;
        let term = flow.amount.times(factor)?;
        value = value.plus(term)?;
        weighted = weighted.plus(term.times(flow.day_decimal)?)?;
    }
    let derivative = -(weighted.times(discount)?);
    Some((value, derivative))
}

/// The daily rate δ ≥ 0 at which the flows' NPV is 0, to within [`IRR_TOLERANCE`].
///
/// The NPV of a credit repaid with at least its amount is ≥ 0 at δ = 0; it is convex and
/// (with every payment after the start) decreasing, so Newton steps from any point land
/// at or below the root and then climb to it. Steps that would leave the bracket known so
/// far fall back to bisection (or to doubling while no upper bound is known), so the
/// solver also ends for unusual flows (payments before the start).
fn solve_daily_rate(flows: &[Flow], hint: Option<Decimal>) -> Option<Decimal> {
    let at_zero = flows
        .iter()
        .try_fold(Decimal::ZERO, |sum, flow| sum.plus(flow.amount))?;
    if at_zero <= Decimal::ZERO {
        return Some(Decimal::ZERO);
    }
    // Without a hint, simple interest: extra paid / Σ amount × day.
    let exposure = flows
        .iter()
        .filter(|flow| flow.day > 0 && flow.amount > Decimal::ZERO)
        .try_fold(Decimal::ZERO, |sum, flow| {
            sum.plus(flow.amount.times(flow.day_decimal)?)
        })?;
    let usable = |guess: &Decimal| *guess > Decimal::ZERO && *guess < MAX_DAILY_RATE;
    let guess = hint
        .filter(usable)
        .or_else(|| at_zero.divided_by(exposure).filter(usable))
        .unwrap_or(Decimal::new(1, 4));

    let mut low = Decimal::ZERO;
    let mut high: Option<Decimal> = None;
    let mut rate = guess;
    for _ in 0..MAX_ITERATIONS {
        let (value, derivative) = npv(flows, rate)?;
        if value.is_zero() {
            return Some(rate);
        }
        if value > Decimal::ZERO {
            low = rate;
        } else {
            high = Some(rate);
        }
        let newton = if derivative < Decimal::ZERO {
            value
                .divided_by(derivative)
                .and_then(|step| rate.minus(step))
        } else {
            None
        };
        if let Some(next) = newton {
            if (next - rate).abs() <= IRR_TOLERANCE {
                return Some(next.max(Decimal::ZERO));
            }
        }
        let mut next = match (newton, high) {
            (Some(next), Some(high)) if next > low && next < high => next,
            (Some(next), None) if next > low => next,
            (_, Some(high)) => (low + high) / Decimal::TWO,
            (_, None) => rate.times(Decimal::TWO)?,
        };
        if next > MAX_DAILY_RATE {
            if rate >= MAX_DAILY_RATE {
                return None;
            }
            next = MAX_DAILY_RATE;
        }
        if high.is_some_and(|high| high - low <= IRR_TOLERANCE) {
            return Some(next);
        }
        rate = next;
    }
    Some(rate)
}

/// `u` with `(1 + u)^k = y`, for `y ≥ 1` (Newton's method from above, which converges
/// monotonically because the power is convex).
fn kth_root_minus_one(y: Decimal, k: u64) -> Option<Decimal> {
    let excess = y - Decimal::ONE;
    if excess <= Decimal::ZERO || k == 0 {
        return Some(Decimal::ZERO);
    }
    let k_decimal = Decimal::from(k);
    let mut u = excess.divided_by(k_decimal)?;
    for _ in 0..MAX_ITERATIONS {
        let base = Decimal::ONE.plus(u)?;
        let below = base.checked_powu(k - 1)?;
        let value = below.times(base)? - y;
        let step = value.divided_by(k_decimal.times(below)?)?;
        u -= step;
        if step.abs() <= IRR_TOLERANCE {
            break;
        }
    }
    Some(u)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn kth_roots() {
        let u = kth_root_minus_one(dec!(1.1025), 2).unwrap();
        assert!((u - dec!(0.05)).abs() < dec!(1e-20), "{u}");
        let u = kth_root_minus_one(dec!(1.12682503013196972096), 12).unwrap();
        assert!((u - dec!(0.01)).abs() < dec!(1e-18), "{u}");
        assert_eq!(kth_root_minus_one(Decimal::ONE, 12), Some(Decimal::ZERO));
    }

    fn flows(list: &[(i64, Decimal)]) -> Vec<Flow> {
        list.iter()
            .map(|&(day, amount)| Flow {
                day,
                day_decimal: Decimal::from(day),
                amount,
            })
            .collect()
    }

    #[test]
    fn a_single_repayment_gives_its_daily_rate() {
        // 1000 out, 1100 back 10 days later: (1 + δ)^10 = 1.1.
        let flows = flows(&[(0, dec!(-1000)), (10, dec!(1100))]);
        let daily = solve_daily_rate(&flows, None).unwrap();
        let back = (Decimal::ONE + daily).checked_powu(10).unwrap();
        assert!((back - dec!(1.1)).abs() < dec!(1e-15), "{back}");
    }

    #[test]
    fn flows_on_the_start_day_and_before_are_handled() {
        // A payment before the start (negative day) and one on it.
        let flows = flows(&[(-5, dec!(100)), (0, dec!(-900)), (30, dec!(850))]);
        let daily = solve_daily_rate(&flows, None).unwrap();
        let (value, _) = npv(&flows, daily).unwrap();
        assert!(value.abs() < dec!(1e-10), "{value}");
        assert!(daily > Decimal::ZERO);
    }

    #[test]
    fn an_astronomical_rate_is_none() {
        // Double the money back the next day: 100 % a day.
        let flows = flows(&[(0, dec!(-1)), (1, dec!(3))]);
        assert_eq!(solve_daily_rate(&flows, None), None);
        assert_eq!(solve_daily_rate(&flows, Some(dec!(0.5))), None);
    }

    #[test]
    fn hints_do_not_change_the_answer() {
        let flows = flows(&[
            (0, dec!(-1000)),
            (31, dec!(340.02)),
            (62, dec!(340.02)),
            (90, dec!(340.03)),
        ]);
        let plain = solve_daily_rate(&flows, None).unwrap();
        for hint in [dec!(0.000001), dec!(0.0003), dec!(0.01), dec!(0.9)] {
            let hinted = solve_daily_rate(&flows, Some(hint)).unwrap();
            assert!(
                (hinted - plain).abs() <= dec!(1e-18),
                "{hint}: {hinted} vs {plain}"
            );
        }
    }
}
