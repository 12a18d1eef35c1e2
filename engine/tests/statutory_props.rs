//! Property tests for statutory late-payment interest and compensation.

use chrono::{Datelike, NaiveDate};
use proptest::prelude::*;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use tactful_engine::statutory::{
    accrued_at, claim_accrued_at, ie_fixed_compensation, late_payment_claim, nl_collection_costs,
    statutory_claim, uk_fixed_compensation, uk_reference_date, ClaimInput, ClaimOptions, DayBasis,
    EnteredRate, Instalment, InterestRounding, IrishRateDate, Jurisdiction, PaymentDay, Regime,
    StatutoryInput,
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

// ---------------------------------------------------------------------------------
// Every jurisdiction
// ---------------------------------------------------------------------------------

fn jurisdiction() -> impl Strategy<Value = Jurisdiction> {
    proptest::sample::select(Jurisdiction::ALL.to_vec())
}

/// The jurisdictions whose rate moves per half-year (Ireland with that option).
fn per_half_year_jurisdiction() -> impl Strategy<Value = Jurisdiction> {
    proptest::sample::select(vec![
        Jurisdiction::Ie,
        Jurisdiction::De,
        Jurisdiction::Fr,
        Jurisdiction::Es,
        Jurisdiction::Eu,
    ])
}

fn options() -> impl Strategy<Value = ClaimOptions> {
    (
        prop_oneof![Just(PaymentDay::Counted), Just(PaymentDay::NotCounted)],
        prop_oneof![Just(DayBasis::Actual365), Just(DayBasis::ActualActual)],
        prop_oneof![
            Just(InterestRounding::Once),
            Just(InterestRounding::PerPeriod)
        ],
        prop_oneof![
            Just(IrishRateDate::InterestStart),
            Just(IrishRateDate::DueDate),
            Just(IrishRateDate::PaymentDate),
            Just(IrishRateDate::PerHalfYear)
        ],
    )
        .prop_map(
            |(payment_day, day_basis, rounding, ie_rate_date)| ClaimOptions {
                payment_day,
                day_basis,
                rounding,
                ie_rate_date,
            },
        )
}

/// A due date from 2015 to 2020: with up to 2,000 days of interest every rate needed
/// is in the tables (Basiszinssatz from 2014 H2, all tables to 2026 H2).
fn date_in_all_tables() -> impl Strategy<Value = NaiveDate> {
    let first = NaiveDate::from_ymd_opt(2015, 1, 1).unwrap();
    let last = NaiveDate::from_ymd_opt(2020, 12, 31).unwrap();
    (0..=(last - first).num_days()).prop_map(move |offset| first + chrono::Days::new(offset as u64))
}

fn currency_for(jurisdiction: Jurisdiction) -> &'static str {
    if jurisdiction == Jurisdiction::Uk {
        "GBP"
    } else {
        "EUR"
    }
}

fn late_claim(
    jurisdiction: Jurisdiction,
    principal: Decimal,
    due: NaiveDate,
    until: NaiveDate,
    options: ClaimOptions,
) -> ClaimInput {
    let mut input = ClaimInput::new(
        jurisdiction,
        principal,
        currency_for(jurisdiction),
        due,
        until,
    );
    input.options = options;
    input
}

fn after(date: NaiveDate, days: i64) -> NaiveDate {
    date + chrono::Days::new(days as u64)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn never_panics_for_any_jurisdiction_options_entered_rates_and_instalments(
        jurisdiction in jurisdiction(),
        mantissa in any::<i64>(),
        scale in 0u32..=28,
        due in any::<i32>(),
        until in any::<i32>(),
        start in proptest::option::of(any::<i32>()),
        options in options(),
        rate in proptest::option::of(any::<i64>().prop_map(|m| Decimal::new(m, 4))),
        entered in proptest::collection::vec((any::<i32>(), any::<i64>()), 0..4),
        parts in proptest::collection::vec((any::<i32>(), any::<i64>()), 0..4),
        agreed in proptest::option::of(any::<i64>().prop_map(|m| Decimal::new(m, 2))),
        currency in prop_oneof![Just("GBP"), Just("EUR"), Just("JPY"), Just("SEK"), Just("XYZ")],
    ) {
        let day = |n: i32| NaiveDate::from_num_days_from_ce_opt(n % 95_000_000).unwrap_or(NaiveDate::MIN);
        let mut input = ClaimInput::new(jurisdiction, Decimal::new(mantissa, scale), currency, day(due), day(until));
        input.interest_start = start.map(day);
        input.options = options;
        input.reference_rate_override = rate;
        input.reference_rates = entered
            .iter()
            .map(|(date, rate)| EnteredRate { reference_date: day(*date), rate: Decimal::new(*rate, 4) })
            .collect();
        input.instalments = parts
            .iter()
            .map(|(date, amount)| Instalment { due_date: day(*date), amount: Decimal::new(*amount, 2) })
            .collect();
        input.collection_costs_agreed = agreed;
        let _ = late_payment_claim(&input);
    }

    #[test]
    fn every_jurisdiction_computes_for_dates_its_tables_know_with_any_options(
        jurisdiction in jurisdiction(),
        principal in principal(),
        due in date_in_all_tables(),
        days in 0i64..=2_000,
        options in options(),
    ) {
        let claim = late_payment_claim(&late_claim(jurisdiction, principal, due, after(due, days), options));
        prop_assert!(claim.is_ok(), "{:?}", claim);
    }

    #[test]
    fn periods_tile_the_interest_period_and_their_interest_adds_up_to_the_total(
        jurisdiction in jurisdiction(),
        principal in principal(),
        due in date_in_all_tables(),
        days in 0i64..=2_000,
        options in options(),
    ) {
        let claim = late_payment_claim(&late_claim(jurisdiction, principal, due, after(due, days), options)).unwrap();
        prop_assert_eq!(claim.periods.iter().map(|p| p.days).sum::<i64>(), claim.days);
        prop_assert_eq!(claim.periods.iter().map(|p| p.interest).sum::<Decimal>(), claim.interest);
        if let Some(first) = claim.periods.first() {
            prop_assert_eq!(first.start, claim.interest_start);
        }
        for pair in claim.periods.windows(2) {
            prop_assert_eq!(pair[0].end.succ_opt(), Some(pair[1].start));
        }
        for period in &claim.periods {
            prop_assert_eq!(period.days, (period.end - period.start).num_days() + 1);
            prop_assert_eq!(period.annual_rate, period.reference_rate + period.margin);
            if options.day_basis == DayBasis::ActualActual {
                prop_assert_eq!(period.start.year(), period.end.year());
            }
        }
    }

    #[test]
    fn interest_grows_weakly_with_the_days_except_under_the_irish_payment_date_reading(
        jurisdiction in jurisdiction(),
        principal in principal(),
        due in date_in_all_tables(),
        earlier in -100i64..=1_500,
        extra in 0i64..=400,
        options in options(),
    ) {
        // Under the Irish "payment date" reading one rate, the one of the payment's
        // half-year, applies to every day: a later payment in a half-year with a lower
        // rate can owe less. Every other rule only adds days.
        prop_assume!(!(jurisdiction == Jurisdiction::Ie && options.ie_rate_date == IrishRateDate::PaymentDate));
        let input = late_claim(jurisdiction, principal, due, due, options);
        let at = |offset: i64| {
            let date = if offset >= 0 { after(due, offset) } else { due - chrono::Days::new(offset.unsigned_abs()) };
            claim_accrued_at(&input, date).unwrap()
        };
        let (first, second) = (at(earlier), at(earlier + extra));
        prop_assert!(first.interest >= Decimal::ZERO);
        prop_assert!(second.interest >= first.interest, "{} then {}", first.interest, second.interest);
        prop_assert!(second.days >= first.days);
    }

    #[test]
    fn splitting_a_claim_at_a_half_year_start_equals_the_sum_of_the_two_parts(
        jurisdiction in per_half_year_jurisdiction(),
        principal in principal(),
        due in date_in_all_tables(),
        days in 2i64..=2_000,
        cut in any::<proptest::sample::Index>(),
        day_basis in prop_oneof![Just(DayBasis::Actual365), Just(DayBasis::ActualActual)],
    ) {
        // Per-period rounding: the parts' periods are the whole's periods, so the sums
        // are equal exactly; rounded once, they differ by at most one minor unit.
        let until = after(due, days);
        let start = after(due, 1);
        let resets: Vec<NaiveDate> = (start.year()..=until.year())
            .flat_map(|year| [1, 7].map(|month| NaiveDate::from_ymd_opt(year, month, 1).unwrap()))
            .filter(|reset| *reset > start && *reset <= until)
            .collect();
        prop_assume!(!resets.is_empty());
        let reset = *cut.get(&resets);
        for rounding in [InterestRounding::PerPeriod, InterestRounding::Once] {
            let options = ClaimOptions { day_basis, rounding, ie_rate_date: IrishRateDate::PerHalfYear, ..ClaimOptions::default() };
            let whole = late_payment_claim(&late_claim(jurisdiction, principal, due, until, options)).unwrap();
            let head = late_payment_claim(&late_claim(jurisdiction, principal, due, reset.pred_opt().unwrap(), options)).unwrap();
            let mut tail_input = late_claim(jurisdiction, principal, due, until, options);
            tail_input.interest_start = Some(reset);
            let tail = late_payment_claim(&tail_input).unwrap();
            prop_assert_eq!(head.days + tail.days, whole.days);
            prop_assert_eq!(head.periods.len() + tail.periods.len(), whole.periods.len());
            let difference = (whole.interest - head.interest - tail.interest).abs();
            match rounding {
                InterestRounding::PerPeriod => prop_assert_eq!(difference, Decimal::ZERO),
                InterestRounding::Once => prop_assert!(difference <= PENNY, "{}", difference),
            }
        }
    }

    #[test]
    fn uk_never_splits_with_the_default_day_basis(
        principal in principal(),
        due in date_1990_2100(),
        days in 1i64..=4_000,
        rate in rate(),
        payment_day in prop_oneof![Just(PaymentDay::Counted), Just(PaymentDay::NotCounted)],
        rounding in prop_oneof![Just(InterestRounding::Once), Just(InterestRounding::PerPeriod)],
    ) {
        let options = ClaimOptions { payment_day, rounding, ..ClaimOptions::default() };
        let mut input = late_claim(Jurisdiction::Uk, principal, due, after(due, days), options);
        input.reference_rate_override = Some(rate);
        let claim = late_payment_claim(&input).unwrap();
        prop_assert!(claim.periods.len() <= 1);
        prop_assert_eq!(claim.periods.len(), usize::from(claim.days > 0));
    }

    #[test]
    fn dutch_interest_joins_the_base_after_each_full_year(
        principal in principal(),
        due in date_in_all_tables(),
        days in 0i64..=2_000,
        options in options(),
    ) {
        let claim = late_payment_claim(&late_claim(Jurisdiction::Nl, principal, due, after(due, days), options)).unwrap();
        let mut base = principal;
        let mut year_start = claim.interest_start;
        for added in &claim.capitalisations {
            // The year's periods all run on the year's base; their interest is what joins it.
            let year: Vec<_> = claim.periods.iter().filter(|p| p.start >= year_start && p.end < added.date).collect();
            prop_assert!(!year.is_empty());
            prop_assert!(year.iter().all(|p| p.base == base));
            prop_assert_eq!(year.iter().map(|p| p.interest).sum::<Decimal>(), added.interest_added);
            prop_assert_eq!(added.base_before, base);
            prop_assert_eq!(added.base_after, base + added.interest_added);
            // A full year: the anniversary is one calendar year after the year's start.
            prop_assert_eq!(added.date.year(), year_start.year() + 1);
            base = added.base_after;
            year_start = added.date;
        }
        prop_assert!(claim.periods.iter().filter(|p| p.start >= year_start).all(|p| p.base == base));
        // No full year is left without its capitalisation: the next one would fall
        // after the last day of interest.
        if let Some(last) = claim.periods.last() {
            let next = NaiveDate::from_ymd_opt(year_start.year() + 1, year_start.month(), year_start.day())
                .unwrap_or_else(|| NaiveDate::from_ymd_opt(year_start.year() + 1, 3, 1).unwrap());
            prop_assert!(next > last.end, "{} {}", next, last.end);
        }
    }

    #[test]
    fn compensation_and_collection_costs_never_depend_on_the_days(
        jurisdiction in jurisdiction(),
        principal in principal(),
        due in date_in_all_tables(),
        first_days in 1i64..=1_000,
        second_days in 1i64..=1_000,
        options in options(),
    ) {
        let at = |days| late_payment_claim(&late_claim(jurisdiction, principal, due, after(due, days), options)).unwrap();
        let (one, two) = (at(first_days), at(second_days));
        prop_assert_eq!(one.compensation, two.compensation);
        prop_assert_eq!(&one.compensation_items, &two.compensation_items);
        prop_assert_eq!(one.collection_costs, two.collection_costs);
        prop_assert!(one.compensation > Decimal::ZERO || one.collection_costs >= dec!(40));
    }

    #[test]
    fn irish_compensation_never_decreases_with_the_amount(
        smaller in principal(),
        extra in principal(),
    ) {
        let low = ie_fixed_compensation(smaller);
        prop_assert!(low <= ie_fixed_compensation(smaller + extra));
        prop_assert!([dec!(40), dec!(70), dec!(100)].contains(&low));
    }

    #[test]
    fn dutch_collection_costs_stay_between_40_and_6775_and_never_decrease_with_the_principal(
        smaller in principal(),
        extra in principal(),
    ) {
        let low = nl_collection_costs(smaller).unwrap().amount;
        let high = nl_collection_costs(smaller + extra).unwrap().amount;
        prop_assert!(low >= dec!(40) && high <= dec!(6775));
        prop_assert!(low <= high);
    }
}
