//! Germany's nationwide public holidays (holidays set by every state alike). Holidays of
//! only some states, such as Corpus Christi, Epiphany or Reformation Day, are not listed.

use chrono::Weekday;

use super::rules::{weekday_on_or_before, YearHolidays};
use super::Holiday;

/// Germany (nationwide).
pub(super) fn germany(year: i32) -> Vec<Holiday> {
    let mut list = YearHolidays::new(year);
    list.fixed(1, 1, "New Year's Day");
    list.add(list.easter(-2), "Good Friday");
    list.add(list.easter(1), "Easter Monday");
    list.fixed(5, 1, "Labour Day");
    list.add(list.easter(39), "Ascension Day");
    list.add(list.easter(50), "Whit Monday");
    list.fixed(10, 3, "Day of German Unity");
    if year == 2017 {
        list.fixed(10, 31, "Reformation Day (500th anniversary)");
    }
    if year <= 1994 {
        // Repentance and Prayer Day, the Wednesday before 23 November, was nationwide
        // until 1994 (abolished from 1995 everywhere but Saxony).
        let wednesday = list
            .ymd(11, 22)
            .and_then(|date| weekday_on_or_before(date, Weekday::Wed));
        list.add(wednesday, "Repentance and Prayer Day");
    }
    list.fixed(12, 25, "Christmas Day");
    list.fixed(12, 26, "Second Day of Christmas");
    list.finish()
}
