//! Dates in words: the `date` filter's three styles, per language, behind a trait the UI
//! can replace (for example with the browser's `Intl.DateTimeFormat`).
//!
//! Each language is one [`DateNames`] table: month and weekday names plus three patterns.
//! Adding German, French, Spanish or Dutch is adding a table and a line in
//! [`DateNames::for_locale`]; nothing else changes. Until then those locales get
//! [`ISO_DATES`] (`2026-12-01`), which reads the same in every language.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// How a date is written: the argument of the `date` filter.
///
/// | style | en-GB | en-US |
/// |---|---|---|
/// | `long` (the default) | 1 December 2026 | December 1, 2026 |
/// | `short` | 01/12/2026 | 12/01/2026 |
/// | `weekday` | Tuesday 1 December 2026 | Tuesday, December 1, 2026 |
///
/// Serialized as `"long"`, `"short"`, `"weekday"`.
///
/// ```
/// use tactful_engine::message::DateStyle;
///
/// assert_eq!(DateStyle::from_name("weekday"), Some(DateStyle::Weekday));
/// assert_eq!(DateStyle::from_name("Long"), None);
/// assert_eq!(DateStyle::Short.name(), "short");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateStyle {
    /// Day, month name and year.
    #[default]
    Long,
    /// Digits only, in the locale's order.
    Short,
    /// The weekday, then the long date.
    Weekday,
}

impl DateStyle {
    /// The style named `name` in a template (`"long"`, `"short"`, `"weekday"`; exact).
    ///
    /// ```
    /// use tactful_engine::message::DateStyle;
    ///
    /// assert_eq!(DateStyle::from_name("short"), Some(DateStyle::Short));
    /// assert_eq!(DateStyle::from_name("iso"), None);
    /// ```
    pub fn from_name(name: &str) -> Option<DateStyle> {
        match name {
            "long" => Some(DateStyle::Long),
            "short" => Some(DateStyle::Short),
            "weekday" => Some(DateStyle::Weekday),
            _ => None,
        }
    }

    /// The name used in templates; [`DateStyle::from_name`] reads it back.
    ///
    /// ```
    /// use tactful_engine::message::DateStyle;
    ///
    /// assert_eq!(DateStyle::Weekday.name(), "weekday");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            DateStyle::Long => "long",
            DateStyle::Short => "short",
            DateStyle::Weekday => "weekday",
        }
    }
}

/// Writes a date in words. The engine's own tables ([`DateNames`]) implement it; the UI
/// may inject another implementation.
///
/// ```
/// use chrono::NaiveDate;
/// use tactful_engine::message::{DateFormat, DateStyle, EN_GB_DATES};
///
/// let date = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
/// assert_eq!(EN_GB_DATES.format(date, DateStyle::Long), "1 December 2026");
/// ```
pub trait DateFormat {
    /// `date` written in `style`.
    fn format(&self, date: NaiveDate, style: DateStyle) -> String;
}

/// One language's date words and patterns.
///
/// Patterns are literal text with these fields: `{d}` day, `{d1er}` day with `er` after
/// the first (French: `1er décembre`, `2 décembre`), `{dd}` two-digit day, `{mm}`
/// two-digit month, `{month}` month name, `{yyyy}` year (four digits), `{weekday}` weekday
/// name. An unknown field is copied as written.
///
/// ```
/// use chrono::NaiveDate;
/// use tactful_engine::message::{DateFormat, DateNames, DateStyle, EN_GB_DATES};
///
/// let dutch_like = DateNames { long: "{d}-{mm}-{yyyy}", ..EN_GB_DATES };
/// let date = NaiveDate::from_ymd_opt(2026, 3, 9).unwrap();
/// assert_eq!(dutch_like.format(date, DateStyle::Long), "9-03-2026");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct DateNames {
    /// January to December.
    pub months: [&'static str; 12],
    /// Monday to Sunday.
    pub weekdays: [&'static str; 7],
    /// The [`DateStyle::Long`] pattern.
    pub long: &'static str,
    /// The [`DateStyle::Short`] pattern.
    pub short: &'static str,
    /// The [`DateStyle::Weekday`] pattern.
    pub weekday: &'static str,
}

const EN_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const EN_WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// British English: `1 December 2026`, `01/12/2026`, `Tuesday 1 December 2026`.
///
/// ```
/// use chrono::NaiveDate;
/// use tactful_engine::message::{DateFormat, DateStyle, EN_GB_DATES};
///
/// let date = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
/// assert_eq!(EN_GB_DATES.format(date, DateStyle::Short), "01/12/2026");
/// assert_eq!(EN_GB_DATES.format(date, DateStyle::Weekday), "Tuesday 1 December 2026");
/// ```
pub const EN_GB_DATES: DateNames = DateNames {
    months: EN_MONTHS,
    weekdays: EN_WEEKDAYS,
    long: "{d} {month} {yyyy}",
    short: "{dd}/{mm}/{yyyy}",
    weekday: "{weekday} {d} {month} {yyyy}",
};

/// American English: `December 1, 2026`, `12/01/2026`, `Tuesday, December 1, 2026`.
///
/// ```
/// use chrono::NaiveDate;
/// use tactful_engine::message::{DateFormat, DateStyle, EN_US_DATES};
///
/// let date = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
/// assert_eq!(EN_US_DATES.format(date, DateStyle::Long), "December 1, 2026");
/// assert_eq!(EN_US_DATES.format(date, DateStyle::Short), "12/01/2026");
/// ```
pub const EN_US_DATES: DateNames = DateNames {
    months: EN_MONTHS,
    weekdays: EN_WEEKDAYS,
    long: "{month} {d}, {yyyy}",
    short: "{mm}/{dd}/{yyyy}",
    weekday: "{weekday}, {month} {d}, {yyyy}",
};

/// ISO 8601 in every style (`2026-12-01`): the stand-in for languages without a table yet.
///
/// ```
/// use chrono::NaiveDate;
/// use tactful_engine::message::{DateFormat, DateStyle, ISO_DATES};
///
/// let date = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
/// assert_eq!(ISO_DATES.format(date, DateStyle::Weekday), "2026-12-01");
/// ```
pub const ISO_DATES: DateNames = DateNames {
    months: EN_MONTHS,
    weekdays: EN_WEEKDAYS,
    long: "{yyyy}-{mm}-{dd}",
    short: "{yyyy}-{mm}-{dd}",
    weekday: "{yyyy}-{mm}-{dd}",
};

impl DateFormat for DateNames {
    fn format(&self, date: NaiveDate, style: DateStyle) -> String {
        let pattern = match style {
            DateStyle::Long => self.long,
            DateStyle::Short => self.short,
            DateStyle::Weekday => self.weekday,
        };
        let mut out = String::with_capacity(32);
        let mut rest = pattern;
        while let Some(open) = rest.find('{') {
            let (text, tail) = rest.split_at(open);
            out.push_str(text);
            let Some(close) = tail.find('}') else {
                rest = tail;
                break;
            };
            let (field, after) = tail.split_at(close + 1);
            match field {
                "{d}" => push_number(&mut out, i64::from(date.day()), 1),
                "{d1er}" => {
                    push_number(&mut out, i64::from(date.day()), 1);
                    if date.day() == 1 {
                        out.push_str("er");
                    }
                }
                "{dd}" => push_number(&mut out, i64::from(date.day()), 2),
                "{mm}" => push_number(&mut out, i64::from(date.month()), 2),
                "{yyyy}" => push_number(&mut out, i64::from(date.year()), 4),
                "{month}" => out.push_str(name(&self.months, date.month0())),
                "{weekday}" => {
                    out.push_str(name(&self.weekdays, date.weekday().num_days_from_monday()))
                }
                other => out.push_str(other),
            }
            rest = after;
        }
        out.push_str(rest);
        out
    }
}

fn name(names: &[&'static str], index: u32) -> &'static str {
    usize::try_from(index)
        .ok()
        .and_then(|i| names.get(i))
        .copied()
        .unwrap_or("")
}

/// Appends `n` in decimal, zero-padded to `width` digits (a minus sign comes first).
pub(crate) fn push_number(out: &mut String, n: i64, width: usize) {
    if n < 0 {
        out.push('-');
    }
    let mut digits = [0u8; 20];
    let mut len = 0;
    let mut value = n.unsigned_abs();
    loop {
        if let Some(slot) = digits.get_mut(len) {
            // `value % 10` is below 10: the cast keeps it exactly.
            *slot = b'0' + (value % 10) as u8;
        }
        len += 1;
        value /= 10;
        if value == 0 || len >= digits.len() {
            break;
        }
    }
    for _ in len..width {
        out.push('0');
    }
    for &digit in digits.iter().take(len).rev() {
        out.push(char::from(digit));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    const FRENCH_LIKE: DateNames = DateNames {
        long: "{d1er} {month} {yyyy}",
        ..EN_GB_DATES
    };

    #[test]
    fn styles_in_british_and_american_english() {
        let cases = [
            (
                &EN_GB_DATES,
                DateStyle::Long,
                date(2026, 12, 1),
                "1 December 2026",
            ),
            (
                &EN_GB_DATES,
                DateStyle::Short,
                date(2026, 12, 1),
                "01/12/2026",
            ),
            (
                &EN_GB_DATES,
                DateStyle::Weekday,
                date(2026, 12, 1),
                "Tuesday 1 December 2026",
            ),
            (
                &EN_GB_DATES,
                DateStyle::Long,
                date(2024, 2, 29),
                "29 February 2024",
            ),
            (
                &EN_US_DATES,
                DateStyle::Long,
                date(2026, 12, 1),
                "December 1, 2026",
            ),
            (
                &EN_US_DATES,
                DateStyle::Short,
                date(2026, 12, 1),
                "12/01/2026",
            ),
            (
                &EN_US_DATES,
                DateStyle::Weekday,
                date(2026, 1, 4),
                "Sunday, January 4, 2026",
            ),
            (&ISO_DATES, DateStyle::Long, date(2026, 1, 4), "2026-01-04"),
            (
                &FRENCH_LIKE,
                DateStyle::Long,
                date(2026, 12, 1),
                "1er December 2026",
            ),
            (
                &FRENCH_LIKE,
                DateStyle::Long,
                date(2026, 12, 2),
                "2 December 2026",
            ),
            (
                &EN_GB_DATES,
                DateStyle::Long,
                date(900, 1, 4),
                "4 January 0900",
            ),
            (
                &EN_GB_DATES,
                DateStyle::Short,
                date(-44, 3, 15),
                "15/03/-0044",
            ),
        ];
        for (names, style, day, expected) in cases {
            assert_eq!(names.format(day, style), expected, "{day} {style:?}");
        }
    }

    #[test]
    fn a_broken_pattern_is_copied_not_a_panic() {
        let odd = DateNames {
            long: "{d} {nope} {yyyy",
            ..EN_GB_DATES
        };
        assert_eq!(
            odd.format(date(2026, 5, 7), DateStyle::Long),
            "7 {nope} {yyyy"
        );
    }

    #[test]
    fn numbers_are_padded() {
        for (n, width, expected) in [(0, 1, "0"), (7, 2, "07"), (2026, 4, "2026"), (-5, 2, "-05")] {
            let mut out = String::new();
            push_number(&mut out, n, width);
            assert_eq!(out, expected);
        }
        let mut out = String::new();
        push_number(&mut out, i64::MIN, 1);
        assert_eq!(out, i64::MIN.to_string());
    }
}
