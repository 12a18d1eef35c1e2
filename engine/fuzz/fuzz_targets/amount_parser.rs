//! Feeds arbitrary UTF-8 to the amount and number parsers of every locale,
//! for currencies with 0, 2 and 3 minor units and assorted symbols, and
//! checks what they accept: amounts are positive (or zero where allowed),
//! at most 10^12, whole minor units, and round-trip through the formatters.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rust_decimal::Decimal;
use tactful_engine::amount::{
    format_amount, format_number, parse_amount, parse_amount_or_zero, parse_number, NumberLocale,
    MAX_PARSED_VALUE,
};
use tactful_engine::currency::currency;

const CODES: [&str; 10] = [
    "GBP", "EUR", "USD", "JPY", "KWD", "CHF", "XOF", "XCG", "SEK", "BRL",
];

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else {
        return;
    };
    for locale in NumberLocale::ALL {
        for code in CODES {
            let Ok(c) = currency(code) else {
                panic!("{code} missing from the table");
            };
            if let Ok(value) = parse_amount(input, c, locale) {
                assert!(
                    value > Decimal::ZERO && value <= MAX_PARSED_VALUE,
                    "{input:?} -> {value}"
                );
                assert_eq!(value.scale(), c.minor_units, "{input:?}");
                let text = format_amount(value, c, locale);
                assert_eq!(
                    parse_amount(&text, c, locale),
                    Ok(value),
                    "{input:?} -> {text:?}"
                );
            }
            if let Ok(value) = parse_amount_or_zero(input, c, locale) {
                assert!(
                    value >= Decimal::ZERO && value <= MAX_PARSED_VALUE,
                    "{input:?} -> {value}"
                );
                let text = format_amount(value, c, locale);
                assert_eq!(
                    parse_amount_or_zero(&text, c, locale),
                    Ok(value),
                    "{input:?} -> {text:?}"
                );
            }
        }
        if let Ok(value) = parse_number(input, locale) {
            assert!(value.abs() <= MAX_PARSED_VALUE, "{input:?} -> {value}");
            let text = format_number(value, value.scale(), locale);
            assert_eq!(
                parse_number(&text, locale),
                Ok(value),
                "{input:?} -> {text:?}"
            );
        }
    }
});
