//! Date rules shared by the regions: Easter, "n-th weekday of a month", weekend
//! substitutes, and the list a region's rules add to.

use chrono::{Datelike, NaiveDate, Weekday};

use super::Holiday;

/// Easter Sunday of `year` in the Gregorian calendar (the anonymous Gregorian algorithm,
/// also known as Meeus/Jones/Butcher), or `None` outside chrono's range.
pub(super) fn easter_sunday(year: i32) -> Option<NaiveDate> {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b.div_euclid(4);
    let e = b.rem_euclid(4);
    let f = (b + 8).div_euclid(25);
    let g = (b - f + 1).div_euclid(3);
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c.div_euclid(4);
    let k = c.rem_euclid(4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l).div_euclid(451);
    let month = (h + l - 7 * m + 114).div_euclid(31);
    let day = (h + l - 7 * m + 114).rem_euclid(31) + 1;
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// `date` moved by `days` (negative goes back), or `None` outside chrono's range.
pub(super) fn shift(date: NaiveDate, days: i64) -> Option<NaiveDate> {
    date.checked_add_signed(chrono::TimeDelta::try_days(days)?)
}

/// The `n`-th (1-based) `weekday` of `month`, such as the first Monday of May.
pub(super) fn nth_weekday(year: i32, month: u32, weekday: Weekday, n: u8) -> Option<NaiveDate> {
    NaiveDate::from_weekday_of_month_opt(year, month, weekday, n)
}

/// The last `weekday` of `month`, such as the last Monday of May.
pub(super) fn last_weekday(year: i32, month: u32, weekday: Weekday) -> Option<NaiveDate> {
    let last_day = NaiveDate::from_ymd_opt(year, month, crate::dates::days_in_month(year, month)?)?;
    weekday_on_or_before(last_day, weekday)
}

/// The latest `weekday` on or before `date`.
pub(super) fn weekday_on_or_before(date: NaiveDate, weekday: Weekday) -> Option<NaiveDate> {
    let back = (7 + date.weekday().num_days_from_monday() - weekday.num_days_from_monday()) % 7;
    shift(date, -i64::from(back))
}

/// The Monday after a Saturday or Sunday; any other day is returned as it is.
pub(super) fn next_monday_if_weekend(date: NaiveDate) -> Option<NaiveDate> {
    match date.weekday() {
        Weekday::Sat => shift(date, 2),
        Weekday::Sun => shift(date, 1),
        _ => Some(date),
    }
}

/// A holiday's day off, and whether it is a substitute for the holiday's own date.
#[derive(Clone, Copy)]
pub(super) struct DayOff {
    pub(super) date: NaiveDate,
    pub(super) substitute: bool,
}

/// Two consecutive holidays (Christmas and Boxing Day; 1 and 2 January in Scotland)
/// under the UK substitution rule: a holiday on a Saturday or Sunday moves to the next
/// weekday that is not already a holiday. Christmas on a Friday: Friday and Monday;
/// on a Saturday: Monday and Tuesday; on a Sunday: Tuesday (substitute) and Monday.
pub(super) fn consecutive_pair(first: NaiveDate) -> Option<[DayOff; 2]> {
    let second = shift(first, 1)?;
    let own = |date| DayOff {
        date,
        substitute: false,
    };
    let moved = |days| {
        Some(DayOff {
            date: shift(first, days)?,
            substitute: true,
        })
    };
    Some(match first.weekday() {
        Weekday::Fri => [own(first), moved(3)?],
        Weekday::Sat => [moved(2)?, moved(3)?],
        Weekday::Sun => [moved(2)?, own(second)],
        _ => [own(first), own(second)],
    })
}

/// The holidays of one region in one year, as the rules add them.
pub(super) struct YearHolidays {
    year: i32,
    list: Vec<Holiday>,
}

impl YearHolidays {
    pub(super) fn new(year: i32) -> Self {
        Self {
            year,
            list: Vec::with_capacity(16),
        }
    }

    pub(super) fn year(&self) -> i32 {
        self.year
    }

    /// Easter Sunday of this year moved by `days`.
    pub(super) fn easter(&self, days: i64) -> Option<NaiveDate> {
        shift(easter_sunday(self.year)?, days)
    }

    /// `day` of `month` of this year.
    pub(super) fn ymd(&self, month: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year, month, day)
    }

    /// Adds a holiday on `date` if there is one and it falls in this year (an observed day
    /// can move into the previous or next year: that year's list holds it).
    pub(super) fn add(&mut self, date: Option<NaiveDate>, name: &'static str) {
        if let Some(date) = date.filter(|date| date.year() == self.year) {
            self.list.push(Holiday { date, name });
        }
    }

    /// Adds a fixed-date holiday, `day` of `month`.
    pub(super) fn fixed(&mut self, month: u32, day: u32, name: &'static str) {
        self.add(self.ymd(month, day), name);
    }

    /// Adds a day off that may be a substitute, with the matching name.
    pub(super) fn day_off(
        &mut self,
        day: Option<DayOff>,
        name: &'static str,
        substitute_name: &'static str,
    ) {
        if let Some(day) = day {
            self.add(
                Some(day.date),
                if day.substitute {
                    substitute_name
                } else {
                    name
                },
            );
        }
    }

    /// The list, sorted by date (holidays sharing a date keep the order they were added).
    pub(super) fn finish(mut self) -> Vec<Holiday> {
        self.list.sort_by_key(|holiday| holiday.date);
        self.list
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(year: i32, month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, month, day).unwrap()
    }

    #[test]
    fn last_weekday_table() {
        let cases = [
            (2024, 5, Weekday::Mon, date(2024, 5, 27)),
            (2024, 8, Weekday::Mon, date(2024, 8, 26)),
            (2021, 5, Weekday::Mon, date(2021, 5, 31)),
            (2024, 2, Weekday::Thu, date(2024, 2, 29)),
            (2024, 2, Weekday::Fri, date(2024, 2, 23)),
            (2024, 12, Weekday::Tue, date(2024, 12, 31)),
        ];
        for (year, month, weekday, expected) in cases {
            assert_eq!(last_weekday(year, month, weekday), Some(expected));
        }
    }

    #[test]
    fn consecutive_pair_table() {
        let pair = |d: NaiveDate| {
            consecutive_pair(d).map(|[a, b]| (a.date, a.substitute, b.date, b.substitute))
        };
        // Christmas on each day of the week.
        assert_eq!(
            pair(date(2023, 12, 25)),
            Some((date(2023, 12, 25), false, date(2023, 12, 26), false))
        );
        assert_eq!(
            pair(date(2020, 12, 25)),
            Some((date(2020, 12, 25), false, date(2020, 12, 28), true))
        );
        assert_eq!(
            pair(date(2021, 12, 25)),
            Some((date(2021, 12, 27), true, date(2021, 12, 28), true))
        );
        assert_eq!(
            pair(date(2022, 12, 25)),
            Some((date(2022, 12, 27), true, date(2022, 12, 26), false))
        );
        assert_eq!(pair(NaiveDate::MAX), None);
    }
}
