//! United States federal holidays (5 U.S.C. 6103) with the federal observance rule: a
//! holiday on a Saturday is observed on the Friday before, on a Sunday on the Monday
//! after. Inauguration Day is not listed: it is a holiday only around Washington, D.C.

use chrono::{Datelike, NaiveDate, Weekday};

use super::rules::{last_weekday, nth_weekday, shift, YearHolidays};
use super::Holiday;

/// The day a federal holiday on `date` is observed.
fn observed(date: NaiveDate) -> Option<NaiveDate> {
    match date.weekday() {
        Weekday::Sat => shift(date, -1),
        Weekday::Sun => shift(date, 1),
        _ => Some(date),
    }
}

/// United States (federal).
pub(super) fn united_states(year: i32) -> Vec<Holiday> {
    /// Adds the observed day of a fixed-date holiday of `year`.
    fn fixed_observed(
        list: &mut YearHolidays,
        year: i32,
        month: u32,
        day: u32,
        name: &'static str,
        observed_name: &'static str,
    ) {
        let own = NaiveDate::from_ymd_opt(year, month, day);
        let day_off = own.and_then(observed);
        list.add(day_off, if day_off == own { name } else { observed_name });
    }

    let mut list = YearHolidays::new(year);
    // New Year's Day on a Saturday is observed on 31 December of the year before, which
    // is why each year looks at its own and the next New Year's Day.
    fixed_observed(
        &mut list,
        year,
        1,
        1,
        "New Year's Day",
        "New Year's Day (observed)",
    );
    fixed_observed(
        &mut list,
        year.saturating_add(1),
        1,
        1,
        "New Year's Day",
        "New Year's Day (observed)",
    );
    list.add(
        nth_weekday(year, 1, Weekday::Mon, 3),
        "Martin Luther King Jr. Day",
    );
    list.add(
        nth_weekday(year, 2, Weekday::Mon, 3),
        "Washington's Birthday",
    );
    list.add(last_weekday(year, 5, Weekday::Mon), "Memorial Day");
    if year >= 2021 {
        fixed_observed(
            &mut list,
            year,
            6,
            19,
            "Juneteenth National Independence Day",
            "Juneteenth National Independence Day (observed)",
        );
    }
    fixed_observed(
        &mut list,
        year,
        7,
        4,
        "Independence Day",
        "Independence Day (observed)",
    );
    list.add(nth_weekday(year, 9, Weekday::Mon, 1), "Labor Day");
    list.add(nth_weekday(year, 10, Weekday::Mon, 2), "Columbus Day");
    fixed_observed(
        &mut list,
        year,
        11,
        11,
        "Veterans Day",
        "Veterans Day (observed)",
    );
    list.add(nth_weekday(year, 11, Weekday::Thu, 4), "Thanksgiving Day");
    fixed_observed(
        &mut list,
        year,
        12,
        25,
        "Christmas Day",
        "Christmas Day (observed)",
    );
    list.finish()
}
