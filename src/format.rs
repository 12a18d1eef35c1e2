//! Dates written for people, in the interface language. The words and patterns live in the
//! engine (`tactful_engine::message::DateNames`), shared with the message templates, so a
//! language's month names are written once. Amounts are formatted by the engine too
//! (`tactful_engine::amount::format_amount`).

use chrono::NaiveDate;
use tactful_engine::message::{DateFormat, DateStyle, ISO_DATES};

use crate::i18n::Lang;

/// A long date with its weekday, such as "Tuesday 1 December 2026".
///
/// ```
/// use chrono::NaiveDate;
/// use tactful::{format::long_date, i18n::Lang};
/// let date = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
/// assert_eq!(long_date(Lang::EnGb, date), "Tuesday 1 December 2026");
/// ```
pub fn long_date(lang: Lang, date: NaiveDate) -> String {
    // The interface language is always loaded when shown; ISO dates stand in otherwise.
    crate::i18n::message_pack(lang)
        .map_or(&ISO_DATES, |pack| pack.dates())
        .format(date, DateStyle::Weekday)
}

/// A number for people with at most `max_decimals` decimals (rounded half up) and no
/// trailing zeros, in the conventions of `locale`: `2`, `0.5`, `37.24`. Used for
/// percentages, rates and the limits quoted in error messages.
///
/// ```
/// use rust_decimal::Decimal;
/// use tactful::format::plain_number;
/// use tactful_engine::amount::NumberLocale;
/// let value = Decimal::new(372_449, 4); // 37.2449
/// assert_eq!(plain_number(value, 2, NumberLocale::EnGb), "37.24");
/// assert_eq!(plain_number(Decimal::new(200, 2), 2, NumberLocale::De), "2");
/// ```
pub fn plain_number(
    value: rust_decimal::Decimal,
    max_decimals: u32,
    locale: tactful_engine::amount::NumberLocale,
) -> String {
    let rounded = tactful_engine::money::Rounding::HalfUp
        .round(value, max_decimals)
        .normalize();
    tactful_engine::amount::format_number(rounded, rounded.scale(), locale)
}

/// An SVG coordinate: one decimal, half up, no trailing zeros (`12.5`, `40`).
pub fn svg_coordinate(value: rust_decimal::Decimal) -> String {
    tactful_engine::money::Rounding::HalfUp
        .round(value, 1)
        .normalize()
        .to_string()
}
