//! Business days: weekends, public holidays, roll conventions and business-day counts.
//!
//! A [`BusinessCalendar`] is plain data (a weekend kind, an optional holiday region and
//! extra closing days). Holiday lookups go through a table computed once per region (see
//! [`crate::holidays::is_public_holiday`]), so checking a date is a bit test, and rolling a
//! 600-date schedule on every keystroke costs tens of microseconds.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

use crate::dates::{days_between, EARLIEST_YEAR, LATEST_YEAR};
use crate::holidays::{holidays, holidays_of_year, is_public_holiday, Holiday, HolidayRegion};

/// How far [`BusinessCalendar::roll`] searches for a business day before giving up:
/// 366 days. Public holidays never close more than a few days in a row; only a long run
/// of extra holidays can exhaust it.
pub const ROLL_SEARCH_LIMIT_DAYS: u64 = 366;

/// The name given to a calendar's extra holidays in [`BusinessCalendar::holidays_in_year`].
pub const EXTRA_HOLIDAY_NAME: &str = "Additional closing day";

/// Which days of the week are not business days.
///
/// Serialized as `"sat_sun"`, `"fri_sat"` or `"sun_only"`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Weekend {
    /// Saturday and Sunday (the default; Europe, the Americas…).
    #[default]
    SatSun,
    /// Friday and Saturday (much of the Middle East).
    FriSat,
    /// Sunday only (six-day working weeks).
    SunOnly,
}

impl Weekend {
    /// Whether `weekday` is part of this weekend.
    ///
    /// ```
    /// use chrono::Weekday;
    /// use tactful_engine::calendar::Weekend;
    ///
    /// assert!(Weekend::SatSun.is_weekend(Weekday::Sat));
    /// assert!(!Weekend::FriSat.is_weekend(Weekday::Sun));
    /// assert!(!Weekend::SunOnly.is_weekend(Weekday::Sat));
    /// ```
    pub fn is_weekend(self, weekday: Weekday) -> bool {
        match self {
            Self::SatSun => matches!(weekday, Weekday::Sat | Weekday::Sun),
            Self::FriSat => matches!(weekday, Weekday::Fri | Weekday::Sat),
            Self::SunOnly => weekday == Weekday::Sun,
        }
    }

    /// How many working days a week without holidays has: 5, or 6 for [`Weekend::SunOnly`].
    ///
    /// ```
    /// use tactful_engine::calendar::Weekend;
    ///
    /// assert_eq!(Weekend::SatSun.working_days_per_week(), 5);
    /// assert_eq!(Weekend::SunOnly.working_days_per_week(), 6);
    /// ```
    pub fn working_days_per_week(self) -> u64 {
        match self {
            Self::SatSun | Self::FriSat => 5,
            Self::SunOnly => 6,
        }
    }
}

/// How a date that is not a business day is moved (a "business day convention").
///
/// Serialized as `"following"`, `"modified_following"`, `"preceding"`,
/// `"modified_preceding"` or `"none"`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Roll {
    /// The next business day (the default: a payment is never due earlier than agreed).
    #[default]
    Following,
    /// The next business day, unless it is in the next month: then the previous one.
    /// Keeps month-end dates in their month.
    ModifiedFollowing,
    /// The previous business day.
    Preceding,
    /// The previous business day, unless it is in the previous month: then the next one.
    ModifiedPreceding,
    /// Leave the date as it is.
    None,
}

/// Which days are business days: not a weekend day, not a public holiday of `region`,
/// and not one of `extra_holidays`.
///
/// The default has a Saturday–Sunday weekend, no region and no extra holidays.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct BusinessCalendar {
    /// The weekly days off.
    pub weekend: Weekend,
    /// Whose public holidays are days off, if anyone's.
    pub region: Option<HolidayRegion>,
    /// Further days off (a company's closing days, bank-only holidays…), in any order,
    /// duplicates allowed. Checked one by one: meant for a handful of dates.
    pub extra_holidays: Vec<NaiveDate>,
}

impl BusinessCalendar {
    /// Whether the calendar lists more extra closing days than
    /// [`MAX_EXTRA_HOLIDAYS`](crate::limits::MAX_EXTRA_HOLIDAYS) allows: the one check of that
    /// limit, for plans, timelines and messages alike.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use tactful_engine::calendar::BusinessCalendar;
    /// use tactful_engine::limits::MAX_EXTRA_HOLIDAYS;
    ///
    /// let day = NaiveDate::from_ymd_opt(2027, 1, 4).unwrap();
    /// let mut calendar = BusinessCalendar::default();
    /// calendar.extra_holidays = vec![day; MAX_EXTRA_HOLIDAYS];
    /// assert!(!calendar.has_too_many_holidays());
    /// calendar.extra_holidays.push(day);
    /// assert!(calendar.has_too_many_holidays());
    /// ```
    pub fn has_too_many_holidays(&self) -> bool {
        self.extra_holidays.len() > crate::limits::MAX_EXTRA_HOLIDAYS
    }

    /// A calendar with the Saturday–Sunday weekend and `region`'s public holidays.
    ///
    /// ```
    /// use tactful_engine::calendar::{BusinessCalendar, Weekend};
    /// use tactful_engine::holidays::HolidayRegion;
    ///
    /// let calendar = BusinessCalendar::for_region(HolidayRegion::France);
    /// assert_eq!(calendar.weekend, Weekend::SatSun);
    /// assert_eq!(calendar.region, Some(HolidayRegion::France));
    /// assert!(calendar.extra_holidays.is_empty());
    /// ```
    pub fn for_region(region: HolidayRegion) -> Self {
        Self {
            weekend: Weekend::SatSun,
            region: Some(region),
            extra_holidays: Vec::new(),
        }
    }

    /// Whether `date` is a holiday of this calendar: a public holiday of its region or
    /// one of its extra holidays (whatever the day of the week).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use tactful_engine::calendar::BusinessCalendar;
    /// use tactful_engine::holidays::HolidayRegion;
    ///
    /// let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let mut calendar = BusinessCalendar::for_region(HolidayRegion::Germany);
    /// calendar.extra_holidays.push(date(2024, 12, 24));
    /// assert!(calendar.is_holiday(date(2024, 10, 3))); // Day of German Unity
    /// assert!(calendar.is_holiday(date(2024, 12, 24))); // extra
    /// assert!(!calendar.is_holiday(date(2024, 10, 5))); // a Saturday, but no holiday
    /// ```
    pub fn is_holiday(&self, date: NaiveDate) -> bool {
        self.region
            .is_some_and(|region| is_public_holiday(region, date))
            || self.extra_holidays.contains(&date)
    }

    /// Whether `date` is a business day: not a weekend day and not a holiday.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use tactful_engine::calendar::{BusinessCalendar, Weekend};
    /// use tactful_engine::holidays::HolidayRegion;
    ///
    /// let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let england = BusinessCalendar::for_region(HolidayRegion::EnglandWales);
    /// assert!(england.is_business_day(date(2024, 3, 28))); // Thursday
    /// assert!(!england.is_business_day(date(2024, 3, 29))); // Good Friday
    /// assert!(!england.is_business_day(date(2024, 3, 30))); // Saturday
    ///
    /// let six_days = BusinessCalendar { weekend: Weekend::SunOnly, ..BusinessCalendar::default() };
    /// assert!(six_days.is_business_day(date(2024, 3, 30))); // Saturday is worked
    /// ```
    pub fn is_business_day(&self, date: NaiveDate) -> bool {
        !self.weekend.is_weekend(date.weekday()) && !self.is_holiday(date)
    }

    /// `date` moved to a business day by the convention `roll`; a business day is
    /// returned unchanged by every convention.
    ///
    /// Returns `None` only when no business day is found within
    /// [`ROLL_SEARCH_LIMIT_DAYS`] (a long run of extra holidays) or before the edge of
    /// chrono's range. [`Roll::None`] always returns `Some(date)`.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use tactful_engine::calendar::{BusinessCalendar, Roll};
    /// use tactful_engine::holidays::HolidayRegion;
    ///
    /// let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let england = BusinessCalendar::for_region(HolidayRegion::EnglandWales);
    ///
    /// // Good Friday 2024 (29 March) is followed by a weekend and Easter Monday.
    /// let good_friday = date(2024, 3, 29);
    /// assert_eq!(england.roll(good_friday, Roll::Following), Some(date(2024, 4, 2)));
    /// assert_eq!(england.roll(good_friday, Roll::Preceding), Some(date(2024, 3, 28)));
    /// assert_eq!(england.roll(good_friday, Roll::None), Some(good_friday));
    ///
    /// // Saturday 30 March 2024: following would leave March, so modified following
    /// // goes back to Thursday 28 March.
    /// let saturday = date(2024, 3, 30);
    /// assert_eq!(england.roll(saturday, Roll::Following), Some(date(2024, 4, 2)));
    /// assert_eq!(england.roll(saturday, Roll::ModifiedFollowing), Some(date(2024, 3, 28)));
    ///
    /// // Sunday 1 September 2024: preceding would leave September.
    /// let sunday = date(2024, 9, 1);
    /// assert_eq!(england.roll(sunday, Roll::Preceding), Some(date(2024, 8, 30)));
    /// assert_eq!(england.roll(sunday, Roll::ModifiedPreceding), Some(date(2024, 9, 2)));
    ///
    /// // At the edge of chrono's range there is nowhere to go.
    /// let closed_at_the_end = BusinessCalendar { extra_holidays: vec![NaiveDate::MAX], ..england };
    /// assert_eq!(closed_at_the_end.roll(NaiveDate::MAX, Roll::Following), None);
    /// ```
    pub fn roll(&self, date: NaiveDate, roll: Roll) -> Option<NaiveDate> {
        let same_month =
            |rolled: NaiveDate| rolled.year() == date.year() && rolled.month() == date.month();
        match roll {
            Roll::None => Some(date),
            Roll::Following => self.search(date, Direction::Forward),
            Roll::Preceding => self.search(date, Direction::Backward),
            Roll::ModifiedFollowing => self
                .search(date, Direction::Forward)
                .filter(|rolled| same_month(*rolled))
                .or_else(|| self.search(date, Direction::Backward)),
            Roll::ModifiedPreceding => self
                .search(date, Direction::Backward)
                .filter(|rolled| same_month(*rolled))
                .or_else(|| self.search(date, Direction::Forward)),
        }
    }

    /// The business day `n` business days after `date` (before it when `n` is negative).
    ///
    /// Rules:
    /// - Counting starts from the day after (or before) `date`, so `date` itself need not
    ///   be a business day: one business day after a Saturday is the Monday.
    /// - `n == 0` returns `date` unchanged, even when it is not a business day (use
    ///   [`roll`](Self::roll) to move it).
    /// - The result is always a business day when `n != 0`, and
    ///   [`business_days_between`](Self::business_days_between)`(date, result) == n`.
    /// - `None` when the result would be outside chrono's range. Outside 1990–2100 (and
    ///   away from extra holidays) whole weeks are skipped at once, so even a huge `n` is
    ///   quick.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use tactful_engine::calendar::BusinessCalendar;
    /// use tactful_engine::holidays::HolidayRegion;
    ///
    /// let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let england = BusinessCalendar::for_region(HolidayRegion::EnglandWales);
    ///
    /// // Thursday 28 March 2024 plus one business day skips Good Friday, the weekend and
    /// // Easter Monday.
    /// assert_eq!(england.add_business_days(date(2024, 3, 28), 1), Some(date(2024, 4, 2)));
    /// assert_eq!(england.add_business_days(date(2024, 4, 2), -1), Some(date(2024, 3, 28)));
    /// // From a Saturday.
    /// assert_eq!(england.add_business_days(date(2024, 3, 9), 1), Some(date(2024, 3, 11)));
    /// assert_eq!(england.add_business_days(date(2024, 3, 9), -1), Some(date(2024, 3, 8)));
    /// // Zero leaves the date alone, weekend or not.
    /// assert_eq!(england.add_business_days(date(2024, 3, 9), 0), Some(date(2024, 3, 9)));
    /// // Ten business days over Christmas 2024 (25 and 26 December and 1 January are
    /// // holidays).
    /// assert_eq!(england.add_business_days(date(2024, 12, 20), 10), Some(date(2025, 1, 8)));
    /// // Too far.
    /// assert_eq!(england.add_business_days(NaiveDate::MAX, 1), None);
    /// ```
    pub fn add_business_days(&self, date: NaiveDate, n: i32) -> Option<NaiveDate> {
        let direction = if n < 0 {
            Direction::Backward
        } else {
            Direction::Forward
        };
        let per_week = self.weekend.working_days_per_week();
        let window = self.holiday_window();
        let mut remaining = u64::from(n.unsigned_abs());
        let mut current = date;
        while remaining > 0 {
            let free_weeks = holiday_free_weeks(current, direction, window);
            let weeks = free_weeks.min((remaining - 1) / per_week);
            if weeks > 0 {
                current = direction.step(current, weeks.checked_mul(7)?)?;
                remaining -= weeks * per_week;
            }
            current = direction.step(current, 1)?;
            if self.is_business_day(current) {
                remaining -= 1;
            }
        }
        Some(current)
    }

    /// The signed number of business days from `from` to `to`: how many business days
    /// [`add_business_days`](Self::add_business_days) must move from `from` to reach `to`.
    ///
    /// Rules:
    /// - When `to` is later, the business days after `from` up to and including `to`;
    ///   when `to` is earlier, minus the business days from `to` up to but excluding
    ///   `from`; 0 when they are equal.
    /// - So `add_business_days(from, business_days_between(from, to)) == Some(to)`
    ///   whenever `to` is a business day, and swapping two business days flips the sign.
    /// - Fast over any span: weeks are counted arithmetically and holidays looked up per
    ///   year.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use tactful_engine::calendar::BusinessCalendar;
    /// use tactful_engine::holidays::HolidayRegion;
    ///
    /// let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let england = BusinessCalendar::for_region(HolidayRegion::EnglandWales);
    ///
    /// // Monday to Friday of an ordinary week: 4.
    /// assert_eq!(england.business_days_between(date(2024, 3, 4), date(2024, 3, 8)), 4);
    /// assert_eq!(england.business_days_between(date(2024, 3, 8), date(2024, 3, 4)), -4);
    /// // Thursday before Easter to the Tuesday after: 1 (Good Friday and Easter Monday
    /// // are holidays).
    /// assert_eq!(england.business_days_between(date(2024, 3, 28), date(2024, 4, 2)), 1);
    /// // Friday to the Saturday after: nothing to count.
    /// assert_eq!(england.business_days_between(date(2024, 3, 8), date(2024, 3, 9)), 0);
    /// // A whole year: 2024 has 262 weekdays, 8 of them bank holidays in England.
    /// assert_eq!(england.business_days_between(date(2023, 12, 31), date(2024, 12, 31)), 254);
    /// ```
    pub fn business_days_between(&self, from: NaiveDate, to: NaiveDate) -> i64 {
        let count = |first: Option<NaiveDate>, last: Option<NaiveDate>| match (first, last) {
            (Some(first), Some(last)) => {
                i64::try_from(self.count_business_days(first, last)).unwrap_or(i64::MAX)
            }
            _ => 0,
        };
        if from < to {
            count(from.succ_opt(), Some(to))
        } else if to < from {
            -count(Some(to), from.pred_opt())
        } else {
            0
        }
    }

    /// The holidays of this calendar whose day off falls in `year`, sorted by date: the
    /// region's public holidays (see [`crate::holidays::holidays`]) and the extra
    /// holidays, which are named [`EXTRA_HOLIDAY_NAME`]. An extra holiday on a date the
    /// region already lists, or listed twice, appears once. Weekend days are not listed
    /// unless they are holidays.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use tactful_engine::calendar::{BusinessCalendar, EXTRA_HOLIDAY_NAME};
    /// use tactful_engine::holidays::HolidayRegion;
    ///
    /// let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let mut calendar = BusinessCalendar::for_region(HolidayRegion::Germany);
    /// calendar.extra_holidays = vec![date(2024, 12, 24), date(2024, 12, 25), date(2025, 1, 2)];
    /// let holidays = calendar.holidays_in_year(2024);
    /// assert_eq!(holidays.len(), 10); // nine nationwide holidays and Christmas Eve
    /// assert_eq!(holidays[7].date, date(2024, 12, 24));
    /// assert_eq!(holidays[7].name, EXTRA_HOLIDAY_NAME);
    /// assert_eq!(holidays[8].name, "Christmas Day");
    ///
    /// assert!(BusinessCalendar::default().holidays_in_year(2024).is_empty());
    /// ```
    pub fn holidays_in_year(&self, year: i32) -> Vec<Holiday> {
        let mut list = self
            .region
            .map(|region| holidays(region, year))
            .unwrap_or_default();
        let mut extras: Vec<NaiveDate> = self
            .extra_holidays
            .iter()
            .copied()
            .filter(|date| date.year() == year)
            .filter(|date| !list.iter().any(|holiday| holiday.date == *date))
            .collect();
        extras.sort_unstable();
        extras.dedup();
        list.extend(extras.into_iter().map(|date| Holiday {
            date,
            name: EXTRA_HOLIDAY_NAME,
        }));
        list.sort_by_key(|holiday| holiday.date);
        list
    }

    /// The first business day on or after (forward) or on or before (backward) `date`,
    /// searching at most [`ROLL_SEARCH_LIMIT_DAYS`] days.
    fn search(&self, date: NaiveDate, direction: Direction) -> Option<NaiveDate> {
        let mut current = date;
        for _ in 0..=ROLL_SEARCH_LIMIT_DAYS {
            if self.is_business_day(current) {
                return Some(current);
            }
            current = direction.step(current, 1)?;
        }
        None
    }

    /// The business days in `first..=last` (`first <= last`).
    fn count_business_days(&self, first: NaiveDate, last: NaiveDate) -> u64 {
        let Ok(days) = u64::try_from(days_between(first, last) + 1) else {
            return 0;
        };
        let per_week = self.weekend.working_days_per_week();
        let mut weekday = first.weekday();
        let mut count = days / 7 * per_week;
        for _ in 0..days % 7 {
            if !self.weekend.is_weekend(weekday) {
                count += 1;
            }
            weekday = weekday.succ();
        }
        count.saturating_sub(self.weekday_holidays_in(first, last))
    }

    /// How many distinct holidays in `first..=last` fall on a working day of the week.
    fn weekday_holidays_in(&self, first: NaiveDate, last: NaiveDate) -> u64 {
        let mut dates: Vec<NaiveDate> = Vec::new();
        if let Some(region) = self.region {
            let years = first.year().max(EARLIEST_YEAR)..=last.year().min(LATEST_YEAR);
            for year in years {
                dates.extend(
                    holidays_of_year(region, year)
                        .iter()
                        .map(|holiday| holiday.date),
                );
            }
        }
        dates.extend(self.extra_holidays.iter().copied());
        dates.retain(|date| {
            (first..=last).contains(date) && !self.weekend.is_weekend(date.weekday())
        });
        dates.sort_unstable();
        dates.dedup();
        u64::try_from(dates.len()).unwrap_or(u64::MAX)
    }

    /// The first and last day on which this calendar can have a holiday, if any.
    fn holiday_window(&self) -> Option<(NaiveDate, NaiveDate)> {
        let region_window = self.region.and_then(|_| {
            Some((
                NaiveDate::from_ymd_opt(EARLIEST_YEAR, 1, 1)?,
                NaiveDate::from_ymd_opt(LATEST_YEAR, 12, 31)?,
            ))
        });
        let extras_window = self
            .extra_holidays
            .iter()
            .min()
            .zip(self.extra_holidays.iter().max())
            .map(|(first, last)| (*first, *last));
        match (region_window, extras_window) {
            (Some((a, b)), Some((c, d))) => Some((a.min(c), b.max(d))),
            (window, None) | (None, window) => window,
        }
    }
}

/// Which way a search or a count moves.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Direction {
    Forward,
    Backward,
}

impl Direction {
    /// `date` moved `days` days this way, or `None` outside chrono's range.
    fn step(self, date: NaiveDate, days: u64) -> Option<NaiveDate> {
        match self {
            Self::Forward => date.checked_add_days(Days::new(days)),
            Self::Backward => date.checked_sub_days(Days::new(days)),
        }
    }
}

/// How many whole weeks can be skipped from `current` (exclusive) in `direction` without
/// passing a day of the holiday window.
fn holiday_free_weeks(
    current: NaiveDate,
    direction: Direction,
    window: Option<(NaiveDate, NaiveDate)>,
) -> u64 {
    let Some((first, last)) = window else {
        return u64::MAX;
    };
    let weeks_until = |gap_days: i64| u64::try_from((gap_days - 1) / 7).unwrap_or(0);
    match direction {
        Direction::Forward if current >= last => u64::MAX,
        Direction::Forward if current < first => weeks_until(days_between(current, first)),
        Direction::Backward if current <= first => u64::MAX,
        Direction::Backward if current > last => weeks_until(days_between(last, current)),
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(year: i32, month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, month, day).unwrap()
    }

    #[test]
    fn roll_table() {
        let england = BusinessCalendar::for_region(HolidayRegion::EnglandWales);
        let gulf = BusinessCalendar {
            weekend: Weekend::FriSat,
            ..BusinessCalendar::default()
        };
        let cases = [
            // Christmas 2021: Saturday; substitutes Monday 27 and Tuesday 28.
            (
                &england,
                date(2021, 12, 25),
                Roll::Following,
                date(2021, 12, 29),
            ),
            (
                &england,
                date(2021, 12, 25),
                Roll::Preceding,
                date(2021, 12, 24),
            ),
            (
                &england,
                date(2021, 12, 27),
                Roll::ModifiedPreceding,
                date(2021, 12, 24),
            ),
            // Month end on a Sunday.
            (
                &england,
                date(2024, 6, 30),
                Roll::ModifiedFollowing,
                date(2024, 6, 28),
            ),
            (
                &england,
                date(2024, 6, 30),
                Roll::Following,
                date(2024, 7, 1),
            ),
            // A business day stays.
            (
                &england,
                date(2024, 6, 28),
                Roll::Preceding,
                date(2024, 6, 28),
            ),
            (
                &england,
                date(2024, 6, 28),
                Roll::ModifiedFollowing,
                date(2024, 6, 28),
            ),
            // Friday–Saturday weekend.
            (&gulf, date(2024, 3, 1), Roll::Following, date(2024, 3, 3)),
            (&gulf, date(2024, 3, 2), Roll::Preceding, date(2024, 2, 29)),
            (
                &gulf,
                date(2024, 3, 2),
                Roll::ModifiedPreceding,
                date(2024, 3, 3),
            ),
        ];
        for (calendar, input, roll, expected) in cases {
            assert_eq!(
                calendar.roll(input, roll),
                Some(expected),
                "{input} {roll:?}"
            );
        }
    }

    #[test]
    fn roll_gives_up_after_the_search_limit() {
        let start = date(2024, 1, 1);
        let closed_for_two_years = BusinessCalendar {
            extra_holidays: (0..731)
                .filter_map(|d| start.checked_add_days(Days::new(d)))
                .collect(),
            ..BusinessCalendar::default()
        };
        assert_eq!(
            closed_for_two_years.roll(date(2024, 6, 3), Roll::Following),
            None
        );
        assert_eq!(
            closed_for_two_years.roll(date(2025, 12, 1), Roll::Following),
            Some(date(2026, 1, 1))
        );
        // add_business_days is not limited.
        assert_eq!(
            closed_for_two_years.add_business_days(date(2024, 6, 3), 1),
            Some(date(2026, 1, 1))
        );
    }

    #[test]
    fn add_business_days_table() {
        let us = BusinessCalendar::for_region(HolidayRegion::UnitedStates);
        let plain = BusinessCalendar::default();
        let sunday_only = BusinessCalendar {
            weekend: Weekend::SunOnly,
            ..BusinessCalendar::default()
        };
        let cases = [
            // 4 July 2024 is a Thursday.
            (&us, date(2024, 7, 3), 1, date(2024, 7, 5)),
            (&us, date(2024, 7, 5), -1, date(2024, 7, 3)),
            // Thanksgiving 2024: 28 November.
            (&us, date(2024, 11, 27), 2, date(2024, 12, 2)),
            (&plain, date(2024, 1, 1), 5, date(2024, 1, 8)),
            (&plain, date(2024, 1, 1), 260, date(2024, 12, 30)),
            (&plain, date(2024, 1, 1), -5, date(2023, 12, 25)),
            (&sunday_only, date(2024, 1, 1), 6, date(2024, 1, 8)),
            (&sunday_only, date(2024, 1, 6), 1, date(2024, 1, 8)),
            // Far outside the holiday years: skipped week by week, same result as a walk.
            (&us, date(3000, 1, 1), 1_000_000, date(6833, 1, 26)),
            (&plain, date(3000, 1, 1), 1_000_000, date(6833, 1, 26)),
        ];
        for (calendar, input, n, expected) in cases {
            assert_eq!(
                calendar.add_business_days(input, n),
                Some(expected),
                "{input} {n}"
            );
            assert_eq!(
                calendar.business_days_between(input, expected),
                i64::from(n)
            );
        }
        assert_eq!(plain.add_business_days(NaiveDate::MIN, -1), None);
        assert!(plain
            .add_business_days(date(2024, 1, 1), i32::MAX)
            .is_none());
        assert!(plain
            .add_business_days(date(2024, 1, 1), i32::MIN)
            .is_none());
    }

    #[test]
    fn skipping_weeks_agrees_with_walking_day_by_day() {
        // Across the edges of the holiday years and of extra holidays.
        let mut calendar = BusinessCalendar::for_region(HolidayRegion::Scotland);
        calendar.extra_holidays = vec![date(2150, 3, 3), date(1900, 6, 6)];
        for (start, n) in [
            (date(1985, 1, 1), 2000),
            (date(2098, 6, 1), 700),
            (date(2105, 6, 1), -2000),
            (date(1880, 1, 1), 8000),
            (date(2160, 1, 1), -5000_i32),
        ] {
            let mut walked = start;
            let mut left = n.unsigned_abs();
            while left > 0 {
                walked = if n > 0 {
                    walked.succ_opt().unwrap()
                } else {
                    walked.pred_opt().unwrap()
                };
                if calendar.is_business_day(walked) {
                    left -= 1;
                }
            }
            assert_eq!(
                calendar.add_business_days(start, n),
                Some(walked),
                "{start} {n}"
            );
        }
    }

    #[test]
    fn business_days_between_counts_holidays_once() {
        let mut calendar = BusinessCalendar::for_region(HolidayRegion::EnglandWales);
        // Christmas Day again, a Saturday, and a real extra day.
        calendar.extra_holidays = vec![
            date(2024, 12, 25),
            date(2024, 12, 28),
            date(2024, 12, 27),
            date(2024, 12, 27),
        ];
        // 23 Dec 2024 (Mon) to 31 Dec (Tue): business days 24, 30, 31 after the 23rd.
        assert_eq!(
            calendar.business_days_between(date(2024, 12, 23), date(2024, 12, 31)),
            3
        );
        assert_eq!(
            calendar.business_days_between(date(2024, 12, 31), date(2024, 12, 23)),
            -3
        );
    }

    #[test]
    fn business_days_between_extremes_do_not_overflow() {
        let calendar = BusinessCalendar::for_region(HolidayRegion::Germany);
        let forward = calendar.business_days_between(NaiveDate::MIN, NaiveDate::MAX);
        assert!(forward > 0);
        assert_eq!(
            calendar.business_days_between(NaiveDate::MAX, NaiveDate::MIN),
            -forward
        );
    }

    #[test]
    fn weekends_and_rolls_deserialize_from_snake_case_names() {
        use serde::de::{value::StrDeserializer, IntoDeserializer};
        fn from_name<T: serde::de::DeserializeOwned>(name: &str) -> Option<T> {
            let deserializer: StrDeserializer<'_, serde::de::value::Error> =
                name.into_deserializer();
            T::deserialize(deserializer).ok()
        }
        assert_eq!(from_name("sat_sun"), Some(Weekend::SatSun));
        assert_eq!(from_name("fri_sat"), Some(Weekend::FriSat));
        assert_eq!(from_name("sun_only"), Some(Weekend::SunOnly));
        assert_eq!(from_name("following"), Some(Roll::Following));
        assert_eq!(
            from_name("modified_following"),
            Some(Roll::ModifiedFollowing)
        );
        assert_eq!(from_name("preceding"), Some(Roll::Preceding));
        assert_eq!(
            from_name("modified_preceding"),
            Some(Roll::ModifiedPreceding)
        );
        assert_eq!(from_name("none"), Some(Roll::None));
        assert_eq!(from_name::<Roll>("Following"), None);
    }
}
