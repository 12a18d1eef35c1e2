//! Property tests for exact money: rounding and allocation.
//!
//! Oracles are written independently of the engine: integer arithmetic on
//! `i128` minor units, with the largest-remainder method done by repeated
//! selection instead of sorting.

use proptest::prelude::*;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use tactful_engine::currency::{all_currencies, Currency};
use tactful_engine::money::{
    allocate_by_weights, allocate_equal, minor_unit, round_to_minor, Remainder, Rounding,
};

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(256)
}

const ROUNDINGS: [Rounding; 4] = [
    Rounding::HalfUp,
    Rounding::HalfEven,
    Rounding::TowardZero,
    Rounding::AwayFromZero,
];

const REMAINDERS: [Remainder; 3] = [Remainder::Last, Remainder::First, Remainder::Spread];

fn amount(units: i128, currency: &Currency) -> Decimal {
    Decimal::from_i128_with_scale(units, currency.minor_units)
}

/// The amount as a count of minor units (test helper; panics on a bad amount).
fn units_of(value: Decimal, currency: &Currency) -> i128 {
    let mut rescaled = value;
    rescaled.rescale(currency.minor_units);
    assert_eq!(rescaled, value, "{value} is not whole {}", currency.code);
    rescaled.mantissa()
}

/// Largest-remainder oracle over integer weights: floors first, then one unit
/// at a time to the part with the largest remaining fraction (first wins ties).
fn largest_remainder_oracle(units: i128, weights: &[i128]) -> Vec<i128> {
    let sum: i128 = weights.iter().sum();
    let mut parts: Vec<i128> = weights.iter().map(|w| units * w / sum).collect();
    let mut fractions: Vec<i128> = weights.iter().map(|w| units * w % sum).collect();
    let mut left = units - parts.iter().sum::<i128>();
    while left > 0 {
        let mut best = 0;
        for i in 1..fractions.len() {
            if fractions[i] > fractions[best] {
                best = i;
            }
        }
        parts[best] += 1;
        fractions[best] = -1;
        left -= 1;
    }
    parts
}

/// Rounding oracle on integers: `mantissa / 10^scale` rounded to `places`.
fn rounding_oracle(mantissa: i128, scale: u32, places: u32, rounding: Rounding) -> Decimal {
    if scale <= places {
        return Decimal::from_i128_with_scale(mantissa, scale);
    }
    let divisor = 10i128.pow(scale - places);
    let magnitude = mantissa.abs();
    let (quotient, remainder) = (magnitude / divisor, magnitude % divisor);
    let up = match rounding {
        Rounding::TowardZero => false,
        Rounding::AwayFromZero => remainder > 0,
        Rounding::HalfUp => 2 * remainder >= divisor,
        Rounding::HalfEven => {
            2 * remainder > divisor || (2 * remainder == divisor && quotient % 2 == 1)
        }
    };
    let rounded = quotient + i128::from(up);
    Decimal::from_i128_with_scale(if mantissa < 0 { -rounded } else { rounded }, places)
}

#[test]
fn rounding_table_for_every_strategy_including_negatives_and_ties() {
    use Rounding::*;
    let gbp = tactful_engine::currency::currency("GBP").expect("GBP");
    // (amount, HalfUp, HalfEven, TowardZero, AwayFromZero) at 2 decimals
    let table = [
        (dec!(0.125), dec!(0.13), dec!(0.12), dec!(0.12), dec!(0.13)),
        (dec!(0.135), dec!(0.14), dec!(0.14), dec!(0.13), dec!(0.14)),
        (
            dec!(-0.125),
            dec!(-0.13),
            dec!(-0.12),
            dec!(-0.12),
            dec!(-0.13),
        ),
        (
            dec!(-0.135),
            dec!(-0.14),
            dec!(-0.14),
            dec!(-0.13),
            dec!(-0.14),
        ),
        (dec!(2.5), dec!(2.5), dec!(2.5), dec!(2.5), dec!(2.5)),
        (dec!(1.0049), dec!(1.00), dec!(1.00), dec!(1.00), dec!(1.01)),
        (dec!(1.0051), dec!(1.01), dec!(1.01), dec!(1.00), dec!(1.01)),
        (
            dec!(-1.0051),
            dec!(-1.01),
            dec!(-1.01),
            dec!(-1.00),
            dec!(-1.01),
        ),
        (dec!(-0.001), dec!(0), dec!(0), dec!(0), dec!(-0.01)),
        (
            dec!(999.995),
            dec!(1000),
            dec!(1000),
            dec!(999.99),
            dec!(1000),
        ),
    ];
    for (value, half_up, half_even, toward_zero, away) in table {
        for (rounding, expected) in [
            (HalfUp, half_up),
            (HalfEven, half_even),
            (TowardZero, toward_zero),
            (AwayFromZero, away),
        ] {
            assert_eq!(
                round_to_minor(value, gbp, rounding),
                expected,
                "{value} {rounding:?}"
            );
        }
    }
    let jpy = tactful_engine::currency::currency("JPY").expect("JPY");
    for (value, half_up, half_even) in [
        (dec!(0.5), dec!(1), dec!(0)),
        (dec!(1.5), dec!(2), dec!(2)),
        (dec!(-2.5), dec!(-3), dec!(-2)),
    ] {
        assert_eq!(round_to_minor(value, jpy, HalfUp), half_up, "{value}");
        assert_eq!(round_to_minor(value, jpy, HalfEven), half_even, "{value}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn rounding_matches_an_integer_oracle(
        mantissa in -10i128.pow(20)..10i128.pow(20),
        scale in 0u32..=8,
        places in 0u32..=4,
    ) {
        let value = Decimal::from_i128_with_scale(mantissa, scale);
        for rounding in ROUNDINGS {
            prop_assert_eq!(rounding.round(value, places), rounding_oracle(mantissa, scale, places, rounding), "{:?}", rounding);
        }
    }

    #[test]
    fn rounding_is_symmetric_around_zero(mantissa in any::<i64>(), scale in 0u32..=10) {
        let value = Decimal::new(mantissa, scale);
        for currency in all_currencies() {
            for rounding in ROUNDINGS {
                prop_assert_eq!(round_to_minor(-value, currency, rounding), -round_to_minor(value, currency, rounding));
            }
        }
    }

    #[test]
    fn rounded_amounts_are_whole_minor_units_within_one_unit_of_the_input(mantissa in any::<i64>(), scale in 0u32..=10) {
        let value = Decimal::new(mantissa, scale);
        for currency in all_currencies() {
            for rounding in ROUNDINGS {
                let rounded = round_to_minor(value, currency, rounding);
                prop_assert_eq!((rounded / minor_unit(currency)).fract(), Decimal::ZERO);
                prop_assert!((rounded - value).abs() < minor_unit(currency));
            }
        }
    }

    #[test]
    fn equal_allocation_sums_to_the_original_amount_without_negative_parts(
        units in 0i128..10i128.pow(16),
        parts in 1usize..60,
    ) {
        for currency in all_currencies() {
            let total = amount(units, currency);
            for remainder in REMAINDERS {
                let allocated = allocate_equal(total, parts, currency, remainder);
                prop_assert!(allocated.is_ok(), "{} {:?}", currency.code, allocated);
                let allocated = allocated.unwrap_or_default();
                prop_assert_eq!(allocated.len(), parts);
                prop_assert!(allocated.iter().all(|p| !p.is_sign_negative() || p.is_zero()));
                prop_assert_eq!(allocated.iter().sum::<Decimal>(), total, "{}", currency.code);
            }
        }
    }

    #[test]
    fn equal_parts_differ_by_at_most_one_minor_unit_when_spread(
        units in 0i128..10i128.pow(16),
        parts in 1usize..60,
    ) {
        for currency in all_currencies() {
            let allocated = allocate_equal(amount(units, currency), parts, currency, Remainder::Spread).unwrap_or_default();
            let as_units: Vec<i128> = allocated.iter().map(|p| units_of(*p, currency)).collect();
            let (min, max) = (as_units.iter().min(), as_units.iter().max());
            prop_assert!(matches!((min, max), (Some(a), Some(b)) if b - a <= 1));
            // the larger parts come first
            prop_assert!(as_units.windows(2).all(|w| w[0] >= w[1]));
        }
    }

    #[test]
    fn equal_parts_put_the_whole_remainder_on_one_end_when_asked(
        units in 0i128..10i128.pow(12),
        parts in 1usize..60,
    ) {
        let base = units / parts as i128;
        let left = units % parts as i128;
        for currency in all_currencies() {
            let total = amount(units, currency);
            let last = allocate_equal(total, parts, currency, Remainder::Last).unwrap_or_default();
            let first = allocate_equal(total, parts, currency, Remainder::First).unwrap_or_default();
            for (index, (l, f)) in last.iter().zip(&first).enumerate() {
                let expected_last = if index == parts - 1 { base + left } else { base };
                let expected_first = if index == 0 { base + left } else { base };
                prop_assert_eq!(units_of(*l, currency), expected_last);
                prop_assert_eq!(units_of(*f, currency), expected_first);
            }
        }
    }

    #[test]
    fn weighted_allocation_sums_to_the_original_amount_without_negative_parts(
        units in 0i128..10i128.pow(16),
        weights in prop::collection::vec(0i64..1_000_000, 1..30),
        weight_scale in 0u32..=6,
    ) {
        prop_assume!(weights.iter().any(|w| *w > 0));
        let weights: Vec<Decimal> = weights.iter().map(|w| Decimal::new(*w, weight_scale)).collect();
        for currency in all_currencies() {
            let total = amount(units, currency);
            for remainder in REMAINDERS {
                let allocated = allocate_by_weights(total, &weights, currency, remainder);
                prop_assert!(allocated.is_ok(), "{} {:?}", currency.code, allocated);
                let allocated = allocated.unwrap_or_default();
                prop_assert_eq!(allocated.len(), weights.len());
                prop_assert!(allocated.iter().all(|p| !p.is_sign_negative() || p.is_zero()));
                prop_assert_eq!(allocated.iter().sum::<Decimal>(), total);
                for (part, weight) in allocated.iter().zip(&weights) {
                    if weight.is_zero() {
                        prop_assert!(part.is_zero(), "zero weight got {}", part);
                    }
                }
            }
        }
    }

    #[test]
    fn weighted_allocation_matches_an_integer_largest_remainder_oracle(
        units in 0i128..10i128.pow(16),
        weights in prop::collection::vec(0i64..1_000_000, 1..30),
        weight_scale in 0u32..=6,
    ) {
        prop_assume!(weights.iter().any(|w| *w > 0));
        let integer_weights: Vec<i128> = weights.iter().map(|w| i128::from(*w)).collect();
        let expected = largest_remainder_oracle(units, &integer_weights);
        let decimal_weights: Vec<Decimal> = weights.iter().map(|w| Decimal::new(*w, weight_scale)).collect();
        for currency in all_currencies() {
            let allocated = allocate_by_weights(amount(units, currency), &decimal_weights, currency, Remainder::Spread)
                .unwrap_or_default();
            let as_units: Vec<i128> = allocated.iter().map(|p| units_of(*p, currency)).collect();
            prop_assert_eq!(&as_units, &expected, "{}", currency.code);
        }
    }

    #[test]
    fn every_weighted_part_is_within_one_minor_unit_of_its_exact_share(
        units in 0i128..10i128.pow(16),
        weights in prop::collection::vec(0i64..1_000_000, 1..30),
    ) {
        prop_assume!(weights.iter().any(|w| *w > 0));
        let sum: i128 = weights.iter().map(|w| i128::from(*w)).sum();
        let gbp = tactful_engine::currency::currency("GBP").expect("GBP");
        let decimal_weights: Vec<Decimal> = weights.iter().map(|w| Decimal::from(*w)).collect();
        let allocated = allocate_by_weights(amount(units, gbp), &decimal_weights, gbp, Remainder::Spread).unwrap_or_default();
        for (part, weight) in allocated.iter().zip(&weights) {
            // |part - units*w/sum| < 1  <=>  |part*sum - units*w| < sum
            let gap = units_of(*part, gbp) * sum - units * i128::from(*weight);
            prop_assert!(gap.abs() < sum);
        }
    }

    #[test]
    fn weighted_remainder_goes_to_the_first_or_last_non_zero_weight(
        units in 0i128..10i128.pow(16),
        weights in prop::collection::vec(0i64..1_000, 1..20),
    ) {
        prop_assume!(weights.iter().any(|w| *w > 0));
        let integer_weights: Vec<i128> = weights.iter().map(|w| i128::from(*w)).collect();
        let sum: i128 = integer_weights.iter().sum();
        let floors: Vec<i128> = integer_weights.iter().map(|w| units * w / sum).collect();
        let left = units - floors.iter().sum::<i128>();
        let first_index = weights.iter().position(|w| *w > 0).unwrap_or(0);
        let last_index = weights.iter().rposition(|w| *w > 0).unwrap_or(0);
        let gbp = tactful_engine::currency::currency("GBP").expect("GBP");
        let decimal_weights: Vec<Decimal> = weights.iter().map(|w| Decimal::from(*w)).collect();
        for (remainder, target) in [(Remainder::First, first_index), (Remainder::Last, last_index)] {
            let allocated = allocate_by_weights(amount(units, gbp), &decimal_weights, gbp, remainder).unwrap_or_default();
            for (index, part) in allocated.iter().enumerate() {
                let expected = floors[index] + if index == target { left } else { 0 };
                prop_assert_eq!(units_of(*part, gbp), expected);
            }
        }
    }

    #[test]
    fn scaling_every_weight_by_the_same_factor_changes_nothing(
        units in 0i128..10i128.pow(14),
        weights in prop::collection::vec(0i64..10_000, 1..20),
        factor in 1i64..1_000,
    ) {
        prop_assume!(weights.iter().any(|w| *w > 0));
        let gbp = tactful_engine::currency::currency("GBP").expect("GBP");
        let plain: Vec<Decimal> = weights.iter().map(|w| Decimal::from(*w)).collect();
        let scaled: Vec<Decimal> = weights.iter().map(|w| Decimal::new(w * factor, 3)).collect();
        for remainder in REMAINDERS {
            prop_assert_eq!(
                allocate_by_weights(amount(units, gbp), &plain, gbp, remainder),
                allocate_by_weights(amount(units, gbp), &scaled, gbp, remainder)
            );
        }
    }

    #[test]
    fn allocation_never_panics_on_any_decimal(
        total in (any::<i64>(), 0u32..=28),
        weights in prop::collection::vec((any::<i64>(), 0u32..=28), 0..8),
        parts in 0usize..100,
    ) {
        let total = Decimal::new(total.0, total.1);
        let weights: Vec<Decimal> = weights.iter().map(|(m, s)| Decimal::new(*m, *s)).collect();
        for currency in all_currencies().iter().take(20) {
            for remainder in REMAINDERS {
                let _ = allocate_by_weights(total, &weights, currency, remainder);
                let _ = allocate_equal(total, parts, currency, remainder);
            }
        }
    }
}
