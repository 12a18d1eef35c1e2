//! Rates per period, interest between dates, and discount factors.

use crate::decimal_ops::DecimalOps;
use chrono::NaiveDate;
use rust_decimal::prelude::MathematicalOps;
use rust_decimal::Decimal;

use super::input::DayCount;
use crate::currency::Currency;
use crate::dates::Frequency;
use crate::money::{round_to_minor, Rounding};

/// How many periods of `frequency` make a year, for turning an annual rate into a
/// periodic one and back.
///
/// | frequency | periods per year |
/// |---|---|
/// | weekly | 52 |
/// | fortnightly | 26 |
/// | both semi-monthly | 24 |
/// | monthly | 12 |
/// | bi-monthly | 6 |
/// | quarterly | 4 |
/// | every `n` days | `365 / n` (not a whole number in general) |
///
/// `EveryNDays(0)` (refused by plan validation) gives 0.
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::dates::Frequency;
/// use tactful_engine::plan::periods_per_year;
///
/// assert_eq!(periods_per_year(Frequency::Monthly), dec!(12));
/// assert_eq!(periods_per_year(Frequency::SemiMonthly15thLast), dec!(24));
/// assert_eq!(periods_per_year(Frequency::EveryNDays(5)), dec!(73));
/// assert_eq!(periods_per_year(Frequency::EveryNDays(0)), dec!(0));
/// ```
pub fn periods_per_year(frequency: Frequency) -> Decimal {
    match frequency {
        Frequency::Weekly => Decimal::from(52),
        Frequency::Fortnightly => Decimal::from(26),
        Frequency::SemiMonthly1st15th | Frequency::SemiMonthly15thLast => Decimal::from(24),
        Frequency::Monthly => Decimal::from(12),
        Frequency::BiMonthly => Decimal::from(6),
        Frequency::Quarterly => Decimal::from(4),
        Frequency::EveryNDays(0) => Decimal::ZERO,
        Frequency::EveryNDays(n) => Decimal::from(365)
            .divided_by(Decimal::from(n))
            .unwrap_or(Decimal::ZERO),
    }
}

/// The periodic rate as a fraction `multiplier / divisor` of the annual percentage:
/// `r = annual_pct × multiplier / divisor`, with divisor `100 × periods per year`
/// (`n / 36500` for every-`n`-days schedules), so callers can multiply first and divide
/// once, keeping exact results exact (a half-unit tie stays a tie).
pub(super) fn periodic_fraction(frequency: Frequency) -> (Decimal, Decimal) {
    let divisor = match frequency {
        Frequency::Weekly => 5200,
        Frequency::Fortnightly => 2600,
        Frequency::SemiMonthly1st15th | Frequency::SemiMonthly15thLast => 2400,
        Frequency::Monthly => 1200,
        Frequency::BiMonthly => 600,
        Frequency::Quarterly => 400,
        Frequency::EveryNDays(n) => return (Decimal::from(n), Decimal::from(36_500)),
    };
    (Decimal::ONE, Decimal::from(divisor))
}

/// The periodic rate as a fraction: `annual_pct / 100 / periods_per_year`.
pub(super) fn periodic_rate(annual_pct: Decimal, frequency: Frequency) -> Option<Decimal> {
    let (multiplier, divisor) = periodic_fraction(frequency);
    annual_pct.times(multiplier)?.divided_by(divisor)
}

/// Interest on `balance` from `from` to `to` at `annual_pct` with `day_count`:
/// `balance × annual_pct/100 × days/basis`, rounded half-up to the minor unit. A period
/// that does not move forward (a roll that put two dates together, or a date rolled before
/// the start) has no interest.
pub(super) fn period_interest(
    balance: Decimal,
    annual_pct: Decimal,
    day_count: DayCount,
    from: NaiveDate,
    to: NaiveDate,
    currency: &Currency,
) -> Option<Decimal> {
    let days = day_count.days(from, to).max(0);
    let exact = balance
        .times(annual_pct)?
        .times(Decimal::from(days))?
        .divided_by(Decimal::from(100 * day_count.basis()))?;
    Some(round_to_minor(exact, currency, Rounding::HalfUp))
}

/// `v^position` for each position (which must not decrease), with `v = 1/(1 + rate)`:
/// the discount factors of the annuity. Factors too small for [`Decimal`] become 0.
pub(super) fn discount_factors(rate: Decimal, positions: &[u32]) -> Option<Vec<Decimal>> {
    let v = Decimal::ONE.divided_by(Decimal::ONE.plus(rate)?)?;
    let mut factor = Decimal::ONE;
    let mut previous = 0u32;
    let mut out = Vec::with_capacity(positions.len());
    for &position in positions {
        let gap = position.checked_sub(previous)?;
        let step = if gap == 1 {
            v
        } else {
            v.checked_powu(u64::from(gap))?
        };
        factor = factor.times(step)?;
        previous = position;
        out.push(factor);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn periodic_rates_table() {
        let cases = [
            (Frequency::Monthly, dec!(12), dec!(0.01)),
            (Frequency::Quarterly, dec!(8), dec!(0.02)),
            (Frequency::Weekly, dec!(5.2), dec!(0.001)),
            (Frequency::Fortnightly, dec!(2.6), dec!(0.001)),
            (Frequency::SemiMonthly1st15th, dec!(24), dec!(0.01)),
            (Frequency::BiMonthly, dec!(6), dec!(0.01)),
            (Frequency::EveryNDays(73), dec!(10), dec!(0.02)),
        ];
        for (frequency, annual, expected) in cases {
            assert_eq!(
                periodic_rate(annual, frequency),
                Some(expected),
                "{frequency:?}"
            );
        }
    }

    #[test]
    fn period_interest_table() {
        let gbp = crate::currency::currency("GBP").unwrap();
        let jpy = crate::currency::currency("JPY").unwrap();
        let cases = [
            // 1000 at 10 % for 31 days on Actual/365: 8.4931… → 8.49.
            (
                dec!(1000),
                DayCount::Actual365,
                date(2024, 1, 1),
                date(2024, 2, 1),
                gbp,
                dec!(8.49),
            ),
            // Actual/360: 8.6111… → 8.61.
            (
                dec!(1000),
                DayCount::Actual360,
                date(2024, 1, 1),
                date(2024, 2, 1),
                gbp,
                dec!(8.61),
            ),
            // 30/360: one month is 1/12 exactly: 8.3333… → 8.33.
            (
                dec!(1000),
                DayCount::Thirty360,
                date(2024, 1, 1),
                date(2024, 2, 1),
                gbp,
                dec!(8.33),
            ),
            // Half a yen rounds up: 365 × 10 % × 5 days / 365 = 0.5 → 1.
            (
                dec!(365),
                DayCount::Actual365,
                date(2024, 1, 1),
                date(2024, 1, 6),
                jpy,
                dec!(1),
            ),
            // No time, no interest; backwards counts as no time.
            (
                dec!(1000),
                DayCount::Actual365,
                date(2024, 1, 1),
                date(2024, 1, 1),
                gbp,
                dec!(0),
            ),
            (
                dec!(1000),
                DayCount::Actual365,
                date(2024, 2, 1),
                date(2024, 1, 1),
                gbp,
                dec!(0),
            ),
        ];
        for (balance, day_count, from, to, currency, expected) in cases {
            assert_eq!(
                period_interest(balance, dec!(10), day_count, from, to, currency),
                Some(expected),
                "{balance} {day_count:?} {from}..{to}"
            );
        }
    }

    #[test]
    fn discount_factors_follow_positions() {
        let factors = discount_factors(dec!(0.25), &[1, 2, 4]).unwrap();
        assert_eq!(factors, vec![dec!(0.8), dec!(0.64), dec!(0.4096)]);
        // Positions must not go backwards.
        assert_eq!(discount_factors(dec!(0.1), &[2, 1]), None);
    }

    #[test]
    fn thirty_360_bond_basis_table() {
        let cases = [
            (date(2024, 1, 31), date(2024, 2, 29), 29),
            (date(2024, 2, 29), date(2024, 3, 31), 32),
            (date(2024, 1, 30), date(2024, 3, 31), 60),
            (date(2024, 1, 15), date(2025, 1, 15), 360),
            (date(2023, 12, 31), date(2024, 1, 31), 30),
        ];
        for (from, to, expected) in cases {
            assert_eq!(DayCount::Thirty360.days(from, to), expected, "{from}..{to}");
        }
    }
}
