//! Property tests for parsing and formatting amounts and numbers.

use proptest::prelude::*;
use rust_decimal::Decimal;
use tactful_engine::amount::{
    format_amount, format_number, parse_amount, parse_amount_or_zero, parse_number, AmountError,
    NumberLocale, MAX_PARSED_VALUE,
};
use tactful_engine::currency::{all_currencies, currency, Currency};

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(256)
}

/// A sample that covers 0, 2 and 3 minor units, prefix and suffix symbols,
/// symbols made of letters, with dots, with spaces, and shared symbols.
const SAMPLE: [&str; 16] = [
    "GBP", "EUR", "USD", "JPY", "KWD", "IQD", "CHF", "XOF", "XAF", "XCG", "SEK", "INR", "BRL",
    "CLP", "ZAR", "PLN",
];

fn sample_currency() -> impl Strategy<Value = &'static Currency> {
    prop::sample::select(SAMPLE.to_vec()).prop_map(|code| currency(code).expect("sample code"))
}

fn any_currency() -> impl Strategy<Value = &'static Currency> {
    prop::sample::select(all_currencies()).prop_map(|c| currency(c.code).expect("table code"))
}

/// A positive amount with at most the currency's decimals, up to 10^12.
fn positive_amount(currency: &Currency, raw: u64) -> Decimal {
    let factor = 10u64.pow(currency.minor_units);
    let max_units = 1_000_000_000_000u64 * factor;
    Decimal::from_i128_with_scale(i128::from(raw % max_units + 1), currency.minor_units)
}

fn all_parsers_run(input: &str) {
    for locale in NumberLocale::ALL {
        for code in SAMPLE {
            let c = currency(code).expect("sample code");
            let _ = parse_amount(input, c, locale);
            let _ = parse_amount_or_zero(input, c, locale);
        }
        let _ = parse_number(input, locale);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn formatted_amounts_parse_back_to_the_same_amount_in_every_locale(
        c in sample_currency(),
        raw in any::<u64>(),
    ) {
        let amount = positive_amount(c, raw);
        for locale in NumberLocale::ALL {
            let text = format_amount(amount, c, locale);
            prop_assert_eq!(parse_amount(&text, c, locale), Ok(amount), "{:?} {:?}", text, locale);
        }
    }

    #[test]
    fn formatted_amounts_of_any_currency_parse_back(
        c in any_currency(),
        raw in any::<u64>(),
    ) {
        let amount = positive_amount(c, raw);
        for locale in NumberLocale::ALL {
            let text = format_amount(amount, c, locale);
            prop_assert_eq!(parse_amount(&text, c, locale), Ok(amount), "{:?} {:?}", text, locale);
        }
    }

    #[test]
    fn small_amounts_parse_back_from_their_formatting(c in sample_currency(), raw in 0u64..100_000) {
        let amount = positive_amount(c, raw);
        for locale in NumberLocale::ALL {
            let text = format_amount(amount, c, locale);
            prop_assert_eq!(parse_amount(&text, c, locale), Ok(amount), "{:?}", text);
        }
    }

    #[test]
    fn formatting_then_parsing_gives_the_half_up_rounded_amount(
        c in sample_currency(),
        mantissa in 0i64..1_000_000_000_000,
        scale in 0u32..=6,
    ) {
        let value = Decimal::new(mantissa, scale);
        let rounded = tactful_engine::money::round_to_minor(value, c, tactful_engine::money::Rounding::HalfUp);
        for locale in NumberLocale::ALL {
            let text = format_amount(value, c, locale);
            prop_assert_eq!(parse_amount_or_zero(&text, c, locale), Ok(rounded), "{:?}", text);
        }
    }

    #[test]
    fn negative_amounts_format_with_a_leading_minus_and_are_refused(
        c in sample_currency(),
        raw in any::<u64>(),
    ) {
        let amount = positive_amount(c, raw);
        for locale in NumberLocale::ALL {
            let text = format_amount(-amount, c, locale);
            prop_assert!(text.starts_with('-'), "{:?}", text);
            prop_assert_eq!(parse_amount(&text, c, locale), Err(AmountError::NotPositive));
            prop_assert_eq!(parse_amount_or_zero(&text, c, locale), Err(AmountError::Negative));
        }
    }

    #[test]
    fn formatted_numbers_parse_back_to_the_rounded_number(
        (scale, mantissa) in (0u32..=10).prop_flat_map(|scale| {
            let bound = 10i128.pow(12 + scale);
            (Just(scale), -bound..=bound)
        }),
        decimals in 0u32..=8,
    ) {
        // |value| <= 10^12, so the rounded value is accepted too
        let value = Decimal::from_i128_with_scale(mantissa, scale);
        let rounded = tactful_engine::money::Rounding::HalfUp.round(value, decimals);
        for locale in NumberLocale::ALL {
            let text = format_number(value, decimals, locale);
            prop_assert_eq!(parse_number(&text, locale), Ok(rounded), "{:?}", text);
        }
    }

    #[test]
    fn parsed_amounts_are_positive_at_most_a_trillion_and_whole_minor_units(
        input in "[-+]?[£€$]?[0-9., \u{a0}\u{202f}]{1,20}[€£]?",
        c in sample_currency(),
    ) {
        for locale in NumberLocale::ALL {
            if let Ok(value) = parse_amount(&input, c, locale) {
                prop_assert!(value > Decimal::ZERO && value <= MAX_PARSED_VALUE);
                prop_assert!(value.scale() == c.minor_units);
                // whatever was accepted formats and parses back to itself
                prop_assert_eq!(parse_amount(&format_amount(value, c, locale), c, locale), Ok(value));
            }
        }
    }

    #[test]
    fn the_parsers_never_panic_on_arbitrary_strings(input in ".*") {
        all_parsers_run(&input);
    }

    #[test]
    fn the_parsers_never_panic_on_number_like_strings(input in "[0-9., \u{a0}\u{202f}£€$-]{0,40}") {
        all_parsers_run(&input);
    }

    #[test]
    fn the_parsers_never_panic_on_long_number_like_strings(input in "[0-9.,%+ -]{60,70}") {
        all_parsers_run(&input);
    }

    #[test]
    fn plain_digits_parse_like_the_standard_decimal_parser(
        integer in "[1-9][0-9]{0,11}",
        fraction in "[0-9]{0,2}",
    ) {
        let gbp = currency("GBP").expect("GBP");
        let english = if fraction.is_empty() { integer.clone() } else { format!("{integer}.{fraction}") };
        let german = if fraction.is_empty() { integer.clone() } else { format!("{integer},{fraction}") };
        let expected: Decimal = english.parse().expect("valid decimal");
        prop_assert_eq!(parse_amount(&english, gbp, NumberLocale::EnGb), Ok(expected));
        prop_assert_eq!(parse_amount(&german, gbp, NumberLocale::De), Ok(expected));
        prop_assert_eq!(parse_number(&german, NumberLocale::Fr), Ok(expected));
    }
}
