//! Dates written for people, in the interface language. The words and patterns live in the
//! engine (`tactful_engine::message::DateNames`), shared with the message templates, so a
//! language's month names are written once. Amounts are formatted by the engine too
//! (`tactful_engine::amount::format_amount`).

use chrono::NaiveDate;
use tactful_engine::message::{DateFormat, DateNames, DateStyle};

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
    DateNames::for_locale(lang.number_locale()).format(date, DateStyle::Weekday)
}
