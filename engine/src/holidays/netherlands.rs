//! The Netherlands' official public holidays (nationale feestdagen, as listed by the
//! Dutch government).
//!
//! - Good Friday is an official holiday, though many employers stay open; it is listed
//!   (the euro payment system TARGET2 is closed on it too).
//! - King's Day is 27 April since 2014 (Queen's Day, 30 April, before); when it falls on
//!   a Sunday it is held on the Saturday before.
//! - Liberation Day (5 May) is a national holiday every year, but a general day off only
//!   every fifth year (1990, 1995, … 2025, 2030); it is listed in those years only, as the
//!   Python `holidays` package our fixtures come from does.
//! - Easter Sunday and Whit Sunday are listed; they fall on Sundays.

use chrono::{Datelike, Weekday};

use super::rules::{shift, YearHolidays};
use super::Holiday;

/// The Netherlands.
pub(super) fn netherlands(year: i32) -> Vec<Holiday> {
    let mut list = YearHolidays::new(year);
    list.fixed(1, 1, "New Year's Day");
    list.add(list.easter(-2), "Good Friday");
    list.add(list.easter(0), "Easter Sunday");
    list.add(list.easter(1), "Easter Monday");
    let (royal_day, name) = if year >= 2014 {
        (list.ymd(4, 27), "King's Day")
    } else {
        (list.ymd(4, 30), "Queen's Day")
    };
    let royal_day = royal_day.and_then(|date| {
        if date.weekday() == Weekday::Sun {
            shift(date, -1)
        } else {
            Some(date)
        }
    });
    list.add(royal_day, name);
    if year % 5 == 0 {
        list.fixed(5, 5, "Liberation Day");
    }
    list.add(list.easter(39), "Ascension Day");
    list.add(list.easter(49), "Whit Sunday");
    list.add(list.easter(50), "Whit Monday");
    list.fixed(12, 25, "Christmas Day");
    list.fixed(12, 26, "Second Day of Christmas");
    list.finish()
}
