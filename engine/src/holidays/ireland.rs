//! Public holidays of Ireland (Organisation of Working Time Act 1997, as amended).
//!
//! Irish law has no substitute days: a public holiday on a weekend gives employees
//! another benefit (a paid day off within a month, an extra day of annual leave or a
//! day's pay), not a fixed day off. Banks do close on the next weekday, but that day is
//! not a public holiday, so it is not listed (add it to a calendar's extra holidays if it
//! matters to you).

use chrono::{Datelike, Weekday};

use super::rules::{last_weekday, nth_weekday, YearHolidays};
use super::Holiday;

/// Ireland.
pub(super) fn ireland(year: i32) -> Vec<Holiday> {
    let mut list = YearHolidays::new(year);
    list.fixed(1, 1, "New Year's Day");
    if year >= 2023 {
        // The first Monday of February, or 1 February when that is a Friday.
        let first_of_february = list.ymd(2, 1);
        let day = match first_of_february {
            Some(date) if date.weekday() == Weekday::Fri => Some(date),
            _ => nth_weekday(year, 2, Weekday::Mon, 1),
        };
        list.add(day, "St Brigid's Day");
    }
    list.fixed(3, 17, "St Patrick's Day");
    if year == 2022 {
        list.fixed(3, 18, "Day of Remembrance and Recognition");
    }
    list.add(list.easter(1), "Easter Monday");
    match year {
        ..=1993 => {}
        1995 => list.fixed(5, 8, "May bank holiday"),
        _ => list.add(nth_weekday(year, 5, Weekday::Mon, 1), "May bank holiday"),
    }
    list.add(nth_weekday(year, 6, Weekday::Mon, 1), "June bank holiday");
    list.add(nth_weekday(year, 8, Weekday::Mon, 1), "August bank holiday");
    list.add(last_weekday(year, 10, Weekday::Mon), "October bank holiday");
    list.fixed(12, 25, "Christmas Day");
    list.fixed(12, 26, "St Stephen's Day");
    if year == 1999 {
        list.fixed(12, 31, "Millennium celebrations");
    }
    list.finish()
}
