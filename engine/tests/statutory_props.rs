//! Property tests for statutory late-payment interest and compensation.

use chrono::{Datelike, NaiveDate};
use proptest::prelude::*;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use tactful_engine::statutory::{
    accrued_at, statutory_claim, uk_fixed_compensation, uk_reference_date, Regime, StatutoryInput,
};

/// Number of cases per property: env `PROPTEST_CASES`, 256 by default (CI sets 10000).
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(256)
}

/// One minor unit of GBP/EUR.
const PENNY: Decimal = dec!(0.01);

fn regime() -> impl Strategy<Value = Regime> {
    prop_oneof![Just(Regime::Uk), Just(Regime::Eu)]
}

/// A date between 1990-01-01 and 2100-12-31.
fn date_1990_2100() -> impl Strategy<Value = NaiveDate> {
    let first = NaiveDate::from_ymd_opt(1990, 1, 1).unwrap();
    let last = NaiveDate::from_ymd_opt(2100, 12, 31).unwrap();
    (0..=(last - first).num_days()).prop_map(move |offset| first + chrono::Days::new(offset as u64))
}

/// A due date from 2009 to 2020: with up to 2,000 days of interest, every
/// reference rate needed is in both tables (UK from mid-2007, EU from 2009 to
/// mid-2026).
fn date_in_tables() -> impl Strategy<Value = NaiveDate> {
    let first = NaiveDate::from_ymd_opt(2009, 1, 1).unwrap();
    let last = NaiveDate::from_ymd_opt(2020, 12, 31).unwrap();
    (0..=(last - first).num_days()).prop_map(move |offset| first + chrono::Days::new(offset as u64))
}

/// A positive amount with two decimals, from 0.01 to 1e12.
fn principal() -> impl Strategy<Value = Decimal> {
    (1i64..=100_000_000_000_000).prop_map(|cents| Decimal::new(cents, 2))
}

/// A reference rate in percent with two decimals, 0 to 20.
fn rate() -> impl Strategy<Value = Decimal> {
    (0i64..=2_000).prop_map(|hundredths| Decimal::new(hundredths, 2))
}

fn claim_input(
    regime: Regime,
    principal: Decimal,
    currency: &str,
    due: NaiveDate,
    until: NaiveDate,
    rate: Option<Decimal>,
) -> StatutoryInput {
    StatutoryInput {
        regime,
        principal,
        currency: currency.to_string(),
        due_date: due,
        interest_start: None,
        until,
        reference_rate_override: rate,
        eu_margin: None,
    }
}

fn currency_of(regime: Regime) -> &'static str {
    match regime {
        Regime::Uk => "GBP",
        Regime::Eu => "EUR",
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn never_panics_for_principals_up_to_a_trillion_and_dates_from_1990_to_2100_with_an_override(
        regime in regime(),
        principal in principal(),
        due in date_1990_2100(),
        start in proptest::option::of(date_1990_2100()),
        until in date_1990_2100(),
        rate in rate(),
        margin in proptest::option::of((800i64..=2_000).prop_map(|m| Decimal::new(m, 2))),
        currency in prop_oneof![Just("GBP"), Just("EUR"), Just("JPY"), Just("KWD")],
    ) {
        let input = StatutoryInput {
            interest_start: start,
            eu_margin: margin,
            ..claim_input(regime, principal, currency, due, until, Some(rate))
        };
        let claim = statutory_claim(&input);
        prop_assert!(claim.is_ok(), "{:?}", claim);
    }

    #[test]
    fn never_panics_for_any_input_at_all(
        regime in regime(),
        mantissa in any::<i64>(),
        scale in 0u32..=28,
        due in any::<i32>(),
        until in any::<i32>(),
        rate in proptest::option::of(any::<i64>().prop_map(|m| Decimal::new(m, 4))),
        margin in proptest::option::of(any::<i64>().prop_map(|m| Decimal::new(m, 4))),
    ) {
        let day = |n: i32| NaiveDate::from_num_days_from_ce_opt(n % 95_000_000).unwrap_or(NaiveDate::MIN);
        let input = StatutoryInput {
            eu_margin: margin,
            ..claim_input(regime, Decimal::new(mantissa, scale), "GBP", day(due), day(until), rate)
        };
        let _ = statutory_claim(&input);
    }

    #[test]
    fn interest_is_linear_in_principal_within_one_minor_unit(
        regime in regime(),
        first in principal(),
        second in principal(),
        due in date_in_tables(),
        days in 0i64..=2_000,
    ) {
        let until = due + chrono::Days::new(days as u64);
        let interest = |principal| {
            statutory_claim(&claim_input(regime, principal, currency_of(regime), due, until, None))
                .map(|claim| claim.interest)
        };
        let (whole, a, b) = (interest(first + second).unwrap(), interest(first).unwrap(), interest(second).unwrap());
        prop_assert!((whole - a - b).abs() <= PENNY, "{} vs {} + {}", whole, a, b);
    }

    #[test]
    fn interest_is_linear_in_days_within_one_minor_unit(
        regime in regime(),
        principal in principal(),
        due in date_1990_2100(),
        first_days in 1i64..=1_000,
        second_days in 1i64..=1_000,
        rate in rate(),
    ) {
        // With a fixed (overridden) rate, interest over d1 + d2 days equals
        // interest over d1 days plus interest over the next d2 days.
        let middle = due + chrono::Days::new(first_days as u64);
        let until = middle + chrono::Days::new(second_days as u64);
        let whole = statutory_claim(&claim_input(regime, principal, "GBP", due, until, Some(rate))).unwrap();
        let head = statutory_claim(&claim_input(regime, principal, "GBP", due, middle, Some(rate))).unwrap();
        let tail = statutory_claim(&claim_input(regime, principal, "GBP", middle, until, Some(rate))).unwrap();
        prop_assert_eq!(whole.days, first_days + second_days);
        prop_assert_eq!(head.days + tail.days, whole.days);
        prop_assert!((whole.interest - head.interest - tail.interest).abs() <= PENNY);
    }

    #[test]
    fn interest_matches_principal_times_rate_times_days_over_365_within_half_a_minor_unit(
        regime in regime(),
        principal in principal(),
        due in date_1990_2100(),
        days in 0i64..=4_000,
        rate in rate(),
    ) {
        let until = due + chrono::Days::new(days as u64);
        let claim = statutory_claim(&claim_input(regime, principal, "GBP", due, until, Some(rate))).unwrap();
        let exact = principal * (rate + dec!(8)) * Decimal::from(days) / dec!(36500);
        prop_assert_eq!(claim.days, days);
        prop_assert!((claim.interest - exact).abs() <= dec!(0.005), "{} vs {}", claim.interest, exact);
    }

    #[test]
    fn interest_never_decreases_as_the_until_date_moves_later(
        regime in regime(),
        principal in principal(),
        due in date_in_tables(),
        earlier in -100i64..=1_500,
        extra in 0i64..=400,
    ) {
        let input = claim_input(regime, principal, currency_of(regime), due, due, None);
        let at = |offset: i64| {
            let date = if offset >= 0 {
                due + chrono::Days::new(offset as u64)
            } else {
                due - chrono::Days::new(offset.unsigned_abs())
            };
            accrued_at(&input, date)
        };
        let (first, second) = (at(earlier).unwrap(), at(earlier + extra).unwrap());
        prop_assert!(first.interest >= Decimal::ZERO);
        prop_assert!(second.interest >= first.interest);
        prop_assert!(second.compensation >= first.compensation);
    }

    #[test]
    fn eu_periods_tile_the_interest_period_one_half_year_each(
        principal in principal(),
        due in date_1990_2100(),
        days in 0i64..=3_000,
        rate in rate(),
    ) {
        let until = due + chrono::Days::new(days as u64);
        let claim = statutory_claim(&claim_input(Regime::Eu, principal, "EUR", due, until, Some(rate))).unwrap();
        prop_assert_eq!(claim.periods.iter().map(|p| p.days).sum::<i64>(), claim.days);
        prop_assert_eq!(claim.periods.iter().map(|p| p.interest).sum::<Decimal>(), claim.interest);
        if let (Some(first), Some(last)) = (claim.periods.first(), claim.periods.last()) {
            prop_assert_eq!(first.start, claim.interest_start);
            prop_assert_eq!(last.end, claim.until);
        }
        for pair in claim.periods.windows(2) {
            prop_assert_eq!(pair[0].end.succ_opt(), Some(pair[1].start));
        }
        for period in &claim.periods {
            let half = |d: NaiveDate| (d.year(), d.month() <= 6);
            prop_assert_eq!(half(period.start), half(period.end));
            prop_assert_eq!(half(period.reference_date), half(period.start));
            prop_assert!(period.reference_date.day() == 1);
            prop_assert!(period.reference_date.month() == 1 || period.reference_date.month() == 7);
        }
    }

    #[test]
    fn uk_reference_date_is_the_last_30_june_or_31_december_before_interest_starts(
        starts in date_1990_2100(),
    ) {
        let reference = uk_reference_date(starts).unwrap();
        prop_assert!(reference < starts);
        prop_assert!((reference.month(), reference.day()) == (6, 30) || (reference.month(), reference.day()) == (12, 31));
        prop_assert!((starts - reference).num_days() <= 184);
    }

    #[test]
    fn uk_compensation_never_decreases_with_the_debt(
        smaller in principal(),
        extra in principal(),
    ) {
        let low = uk_fixed_compensation(smaller);
        let high = uk_fixed_compensation(smaller + extra);
        prop_assert!(low <= high);
        prop_assert!([dec!(40), dec!(70), dec!(100)].contains(&low));
    }
}
