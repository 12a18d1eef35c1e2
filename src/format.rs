//! Dates written for people, in the interface language. Amounts are formatted by the
//! engine (`tactful_engine::amount::format_amount`), which knows each currency's minor unit.

use chrono::{Datelike, NaiveDate};

use crate::i18n::Lang;

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

/// A long date such as "Tuesday 1 December 2026" (British English order: weekday, day,
/// month, year).
///
/// ```
/// use chrono::NaiveDate;
/// use tactful::{format::long_date, i18n::Lang};
/// let date = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
/// assert_eq!(long_date(Lang::EnGb, date), "Tuesday 1 December 2026");
/// ```
pub fn long_date(lang: Lang, date: NaiveDate) -> String {
    match lang {
        Lang::EnGb => format!(
            "{} {} {} {}",
            EN_WEEKDAYS[date.weekday().num_days_from_monday() as usize],
            date.day(),
            EN_MONTHS[date.month0() as usize],
            date.year()
        ),
    }
}
