//! Spain's national public holidays: the ten days every autonomous community keeps.
//!
//! Each year the communities may move some holidays (Maundy Thursday, 19 March, 25 July,
//! a Sunday holiday to the Monday after…), so the days off differ by community; only the
//! common national list is kept here, as the Python `holidays` package does for Spain
//! without a subdivision.
//!
//! A national holiday that falls on a Sunday is not listed, again as that package does:
//! it gives no national day off (Sunday is already one), and the communities decide
//! whether to move it to the Monday. Since Sunday is a weekend day in every
//! [`crate::calendar::Weekend`], this changes no business-day answer.

use chrono::{Datelike, Weekday};

use super::rules::YearHolidays;
use super::Holiday;

/// Spain (national).
pub(super) fn spain(year: i32) -> Vec<Holiday> {
    let mut list = YearHolidays::new(year);
    list.fixed(1, 1, "New Year's Day");
    list.fixed(1, 6, "Epiphany");
    list.add(list.easter(-2), "Good Friday");
    list.fixed(5, 1, "Labour Day");
    list.fixed(8, 15, "Assumption Day");
    list.fixed(10, 12, "National Day of Spain");
    list.fixed(11, 1, "All Saints' Day");
    list.fixed(12, 6, "Constitution Day");
    list.fixed(12, 8, "Immaculate Conception");
    list.fixed(12, 25, "Christmas Day");
    let mut list = list.finish();
    list.retain(|holiday| holiday.date.weekday() != Weekday::Sun);
    list
}
