//! Month stepping, payment frequencies, day counts and parsing the dates people type.
//!
//! Every function here is pure: "today" is always an argument, never read from a clock.
//! Dates are [`chrono::NaiveDate`] (a calendar day with no time zone), and every
//! operation that could leave chrono's range returns `None` or an error instead of
//! panicking.
//!
//! Month arithmetic follows one rule everywhere: the k-th date of a series is computed
//! from the anchor (`anchor + k months`), never by stepping from the previous date, so
//! a 31st that is clamped to 28 February comes back to the 31st in March.

use std::fmt;

use chrono::{Datelike, Days, NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

/// The earliest year [`parse_date`] accepts, and the first year with public holidays.
pub const EARLIEST_YEAR: i32 = 1990;

/// The latest year [`parse_date`] accepts, and the last year with public holidays.
pub const LATEST_YEAR: i32 = 2100;

/// The most dates [`schedule_dates`] produces in one call; more is [`DateError::TooMany`].
pub const MAX_SCHEDULE_DATES: usize = 10_000;

/// Why a schedule of dates could not be computed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum DateError {
    /// [`Frequency::EveryNDays`] was given `0`: a schedule must move forward.
    ZeroInterval,
    /// More than [`MAX_SCHEDULE_DATES`] dates were requested.
    TooMany {
        /// How many dates were asked for.
        requested: usize,
        /// The limit, [`MAX_SCHEDULE_DATES`].
        max: usize,
    },
    /// A date of the schedule would fall outside chrono's supported range
    /// (about 262,000 years either side of year 0).
    OutOfRange,
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::ZeroInterval => f.write_str("interval must be at least one day"),
            Self::TooMany { requested, max } => {
                write!(f, "too many dates: {requested} requested, at most {max}")
            }
            Self::OutOfRange => f.write_str("date outside the supported range"),
        }
    }
}

impl std::error::Error for DateError {}

/// Why the text someone typed is not a usable date (see [`parse_date`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum DateParseError {
    /// Nothing but white space was typed.
    Empty,
    /// The text is not an ISO `YYYY-MM-DD` date, or names a day that does not exist
    /// (such as `2023-02-29`).
    Invalid,
    /// A real date whose year is outside [`EARLIEST_YEAR`]`..=`[`LATEST_YEAR`].
    OutOfRange,
}

impl fmt::Display for DateParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => f.write_str("enter a date"),
            Self::Invalid => f.write_str("not a valid date, use YYYY-MM-DD"),
            Self::OutOfRange => write!(f, "year must be between {EARLIEST_YEAR} and {LATEST_YEAR}"),
        }
    }
}

impl std::error::Error for DateParseError {}

/// How often the dates of a schedule recur.
///
/// Serialized with an adjacent tag, readable in JSON: `{"kind": "weekly"}`,
/// `{"kind": "fortnightly"}`, `{"kind": "semi_monthly_1st_15th"}`,
/// `{"kind": "semi_monthly_15th_last"}`, `{"kind": "monthly"}`, `{"kind": "bi_monthly"}`,
/// `{"kind": "quarterly"}` and `{"kind": "every_n_days", "days": 10}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", content = "days")]
pub enum Frequency {
    /// Every 7 days.
    #[serde(rename = "weekly")]
    Weekly,
    /// Every 14 days.
    #[serde(rename = "fortnightly")]
    Fortnightly,
    /// Twice a month, on the 1st and the 15th.
    #[serde(rename = "semi_monthly_1st_15th")]
    SemiMonthly1st15th,
    /// Twice a month, on the 15th and the month's last day.
    #[serde(rename = "semi_monthly_15th_last")]
    SemiMonthly15thLast,
    /// Every calendar month, on the anchor's day of the month (clamped to short months).
    #[serde(rename = "monthly")]
    Monthly,
    /// Every two calendar months (not twice a month: that is a semi-monthly frequency).
    #[serde(rename = "bi_monthly")]
    BiMonthly,
    /// Every three calendar months.
    #[serde(rename = "quarterly")]
    Quarterly,
    /// Every `n` days; `n` must be at least 1.
    #[serde(rename = "every_n_days")]
    EveryNDays(u16),
}

/// Options for [`schedule_dates`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct ScheduleOptions {
    /// For monthly, bi-monthly and quarterly schedules whose first date is the last day
    /// of its month: keep every date on its month's last day (30 April, 31 May, 30 June…)
    /// instead of on the same day number (30 April, 30 May, 30 June…). Default `false`.
    pub stick_to_month_end: bool,
}

/// The number of days in `month` (1–12) of `year`, or `None` if the month is not 1–12 or
/// the year is outside chrono's range.
///
/// ```
/// use tactful_engine::dates::days_in_month;
///
/// assert_eq!(days_in_month(2024, 2), Some(29)); // leap year
/// assert_eq!(days_in_month(2100, 2), Some(28)); // centuries are leap only every 400 years
/// assert_eq!(days_in_month(2000, 2), Some(29));
/// assert_eq!(days_in_month(2023, 4), Some(30));
/// assert_eq!(days_in_month(2023, 13), None);
/// ```
pub fn days_in_month(year: i32, month: u32) -> Option<u32> {
    NaiveDate::from_ymd_opt(year, month, 1)?;
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    match month {
        2 if leap => Some(29),
        2 => Some(28),
        4 | 6 | 9 | 11 => Some(30),
        _ => Some(31),
    }
}

/// Whether `date` is the last day of its month.
///
/// ```
/// use chrono::NaiveDate;
/// use tactful_engine::dates::is_last_day_of_month;
///
/// let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// assert!(is_last_day_of_month(date(2024, 2, 29)));
/// assert!(!is_last_day_of_month(date(2024, 2, 28)));
/// assert!(is_last_day_of_month(date(2023, 2, 28)));
/// assert!(is_last_day_of_month(date(2023, 4, 30)));
/// ```
pub fn is_last_day_of_month(date: NaiveDate) -> bool {
    days_in_month(date.year(), date.month()) == Some(date.day())
}

/// `date` plus `months` calendar months (negative goes back), or `None` when the result
/// is outside chrono's range.
///
/// Rules:
/// - The day of the month is kept, clamped to the target month's last day:
///   31 January plus one month is 28 February (29 in a leap year).
/// - With `stick_to_month_end`, a `date` on the last day of its month always lands on the
///   last day of the target month: 30 April plus one month is 31 May, and 28 February
///   2023 plus one month is 31 March. A date that is not a month end is unaffected.
/// - Month arithmetic is not reversible: 31 January plus one month minus one month is
///   28 (or 29) January. Schedules therefore step every date from the anchor.
///
/// ```
/// use chrono::NaiveDate;
/// use tactful_engine::dates::add_months;
///
/// let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
///
/// // 2024-01-31 plus one month is 2024-02-29, plus two months is 2024-03-31:
/// // each is computed from the anchor.
/// assert_eq!(add_months(date(2024, 1, 31), 1, false), Some(date(2024, 2, 29)));
/// assert_eq!(add_months(date(2024, 1, 31), 2, false), Some(date(2024, 3, 31)));
/// assert_eq!(add_months(date(2023, 1, 31), 1, false), Some(date(2023, 2, 28)));
///
/// // Not reversible: back from 29 February is 29 January, not 31 January.
/// assert_eq!(add_months(date(2024, 2, 29), -1, false), Some(date(2024, 1, 29)));
///
/// // Sticking to the month end.
/// assert_eq!(add_months(date(2024, 4, 30), 1, false), Some(date(2024, 5, 30)));
/// assert_eq!(add_months(date(2024, 4, 30), 1, true), Some(date(2024, 5, 31)));
/// assert_eq!(add_months(date(2023, 2, 28), 1, true), Some(date(2023, 3, 31)));
/// assert_eq!(add_months(date(2024, 4, 29), 1, true), Some(date(2024, 5, 29)));
///
/// // Across years, both ways.
/// assert_eq!(add_months(date(2024, 11, 15), 3, false), Some(date(2025, 2, 15)));
/// assert_eq!(add_months(date(2024, 1, 15), -13, false), Some(date(2022, 12, 15)));
///
/// // Beyond chrono's range: no panic.
/// assert_eq!(add_months(NaiveDate::MAX, 1, false), None);
/// assert_eq!(add_months(date(2024, 1, 1), i32::MAX, false), None);
/// ```
pub fn add_months(date: NaiveDate, months: i32, stick_to_month_end: bool) -> Option<NaiveDate> {
    let month_index = i64::from(date.year()) * 12 + i64::from(date.month0()) + i64::from(months);
    let year = i32::try_from(month_index.div_euclid(12)).ok()?;
    let month = u32::try_from(month_index.rem_euclid(12)).ok()? + 1;
    let last_day = days_in_month(year, month)?;
    let day = if stick_to_month_end && is_last_day_of_month(date) {
        last_day
    } else {
        date.day().min(last_day)
    };
    NaiveDate::from_ymd_opt(year, month, day)
}

/// `count` dates recurring at `frequency`, the first on (or, for semi-monthly
/// frequencies, snapped forward from) `first`.
///
/// Rules:
/// - Date k is computed from the anchor (`first + k × interval`), never from date k − 1,
///   so clamping in a short month does not drift: monthly from 31 January gives
///   31 January, 29 February, 31 March, 30 April…
/// - Weekly, fortnightly and every-n-days schedules start on `first` exactly.
/// - Monthly, bi-monthly and quarterly schedules start on `first` and keep its day of the
///   month, clamped to short months; see [`ScheduleOptions::stick_to_month_end`] for
///   anchors on a month's last day.
/// - Semi-monthly schedules contain only their two days of the month (the 1st and 15th,
///   or the 15th and last day). When `first` is one of them the schedule starts on it;
///   otherwise it snaps forward to the next one, so no date is ever before `first`:
///   1st/15th from 10 January starts 15 January, from 20 January starts 1 February;
///   15th/last from 20 January 2024 starts 31 January, then 15 February, 29 February.
///   [`ScheduleOptions::stick_to_month_end`] does not affect them.
/// - The dates strictly increase. `count == 0` gives an empty schedule.
///
/// # Errors
/// - [`DateError::ZeroInterval`] for [`Frequency::EveryNDays`]`(0)`;
/// - [`DateError::TooMany`] when `count` exceeds [`MAX_SCHEDULE_DATES`];
/// - [`DateError::OutOfRange`] when a date would fall outside chrono's range.
///
/// ```
/// use chrono::NaiveDate;
/// use tactful_engine::dates::{schedule_dates, DateError, Frequency, ScheduleOptions};
///
/// let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let plain = ScheduleOptions::default();
///
/// // Monthly from 31 January 2024: clamped in February, back to the 31st in March.
/// assert_eq!(
///     schedule_dates(date(2024, 1, 31), Frequency::Monthly, 4, plain),
///     Ok(vec![date(2024, 1, 31), date(2024, 2, 29), date(2024, 3, 31), date(2024, 4, 30)])
/// );
///
/// // Monthly from 30 April, sticking to the month end or not.
/// let stick = ScheduleOptions { stick_to_month_end: true };
/// assert_eq!(
///     schedule_dates(date(2024, 4, 30), Frequency::Monthly, 3, stick),
///     Ok(vec![date(2024, 4, 30), date(2024, 5, 31), date(2024, 6, 30)])
/// );
/// assert_eq!(
///     schedule_dates(date(2024, 4, 30), Frequency::Monthly, 3, plain),
///     Ok(vec![date(2024, 4, 30), date(2024, 5, 30), date(2024, 6, 30)])
/// );
///
/// // Quarterly and fortnightly.
/// assert_eq!(
///     schedule_dates(date(2024, 11, 30), Frequency::Quarterly, 3, plain),
///     Ok(vec![date(2024, 11, 30), date(2025, 2, 28), date(2025, 5, 30)])
/// );
/// assert_eq!(
///     schedule_dates(date(2024, 12, 20), Frequency::Fortnightly, 3, plain),
///     Ok(vec![date(2024, 12, 20), date(2025, 1, 3), date(2025, 1, 17)])
/// );
///
/// // Semi-monthly snaps forward to its own days.
/// assert_eq!(
///     schedule_dates(date(2024, 1, 10), Frequency::SemiMonthly1st15th, 3, plain),
///     Ok(vec![date(2024, 1, 15), date(2024, 2, 1), date(2024, 2, 15)])
/// );
/// assert_eq!(
///     schedule_dates(date(2024, 1, 20), Frequency::SemiMonthly15thLast, 3, plain),
///     Ok(vec![date(2024, 1, 31), date(2024, 2, 15), date(2024, 2, 29)])
/// );
///
/// // Errors.
/// assert_eq!(
///     schedule_dates(date(2024, 1, 1), Frequency::EveryNDays(0), 3, plain),
///     Err(DateError::ZeroInterval)
/// );
/// assert_eq!(
///     schedule_dates(date(2024, 1, 1), Frequency::Weekly, 10_001, plain),
///     Err(DateError::TooMany { requested: 10_001, max: 10_000 })
/// );
/// assert_eq!(
///     schedule_dates(NaiveDate::MAX, Frequency::Weekly, 2, plain),
///     Err(DateError::OutOfRange)
/// );
/// ```
pub fn schedule_dates(
    first: NaiveDate,
    frequency: Frequency,
    count: usize,
    options: ScheduleOptions,
) -> Result<Vec<NaiveDate>, DateError> {
    if count > MAX_SCHEDULE_DATES {
        return Err(DateError::TooMany {
            requested: count,
            max: MAX_SCHEDULE_DATES,
        });
    }
    let step = match frequency {
        Frequency::EveryNDays(0) => return Err(DateError::ZeroInterval),
        Frequency::EveryNDays(days) => Step::Days(u64::from(days)),
        Frequency::Weekly => Step::Days(7),
        Frequency::Fortnightly => Step::Days(14),
        Frequency::Monthly => Step::Months(1),
        Frequency::BiMonthly => Step::Months(2),
        Frequency::Quarterly => Step::Months(3),
        Frequency::SemiMonthly1st15th => Step::HalfMonths(SemiMonthlyDays::FirstAndFifteenth),
        Frequency::SemiMonthly15thLast => Step::HalfMonths(SemiMonthlyDays::FifteenthAndLast),
    };
    (0..count)
        .map(|k| {
            step.nth_date(first, k, options)
                .ok_or(DateError::OutOfRange)
        })
        .collect()
}

/// How a frequency moves from the anchor to date k.
#[derive(Clone, Copy)]
enum Step {
    Days(u64),
    Months(i32),
    HalfMonths(SemiMonthlyDays),
}

/// The two days of the month of a semi-monthly schedule.
#[derive(Clone, Copy)]
enum SemiMonthlyDays {
    FirstAndFifteenth,
    FifteenthAndLast,
}

impl Step {
    /// Date `k` of the schedule anchored on `first`, or `None` outside chrono's range.
    fn nth_date(self, first: NaiveDate, k: usize, options: ScheduleOptions) -> Option<NaiveDate> {
        match self {
            Self::Days(days) => {
                let offset = days.checked_mul(u64::try_from(k).ok()?)?;
                first.checked_add_days(Days::new(offset))
            }
            Self::Months(months) => {
                let offset = months.checked_mul(i32::try_from(k).ok()?)?;
                add_months(first, offset, options.stick_to_month_end)
            }
            Self::HalfMonths(days) => {
                let slot = days
                    .first_slot(first)?
                    .checked_add(i64::try_from(k).ok()?)?;
                days.slot_date(slot)
            }
        }
    }
}

impl SemiMonthlyDays {
    /// The slot (two per month, counted from year 0) of the first schedule day on or
    /// after `date`.
    fn first_slot(self, date: NaiveDate) -> Option<i64> {
        let month_slot = (i64::from(date.year()) * 12 + i64::from(date.month0())) * 2;
        let day = date.day();
        let offset = match self {
            Self::FirstAndFifteenth if day == 1 => 0,
            Self::FirstAndFifteenth if day <= 15 => 1,
            Self::FirstAndFifteenth => 2,
            Self::FifteenthAndLast if day <= 15 => 0,
            Self::FifteenthAndLast => 1,
        };
        month_slot.checked_add(offset)
    }

    /// The date of a slot counted by [`Self::first_slot`].
    fn slot_date(self, slot: i64) -> Option<NaiveDate> {
        let month_index = slot.div_euclid(2);
        let second_half = slot.rem_euclid(2) == 1;
        let year = i32::try_from(month_index.div_euclid(12)).ok()?;
        let month = u32::try_from(month_index.rem_euclid(12)).ok()? + 1;
        let day = match (self, second_half) {
            (Self::FirstAndFifteenth, false) => 1,
            (Self::FirstAndFifteenth, true) | (Self::FifteenthAndLast, false) => 15,
            (Self::FifteenthAndLast, true) => days_in_month(year, month)?,
        };
        NaiveDate::from_ymd_opt(year, month, day)
    }
}

/// The signed number of days from `from` to `to` (`to − from`): positive when `to` is
/// later, negative when it is earlier, 0 on the same day. Never overflows: the span of
/// chrono's whole range fits in an `i64`.
///
/// ```
/// use chrono::NaiveDate;
/// use tactful_engine::dates::days_between;
///
/// let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// assert_eq!(days_between(date(2024, 2, 1), date(2024, 3, 1)), 29); // leap February
/// assert_eq!(days_between(date(2023, 2, 1), date(2023, 3, 1)), 28);
/// assert_eq!(days_between(date(2024, 3, 1), date(2024, 2, 1)), -29);
/// assert_eq!(days_between(date(2024, 3, 1), date(2024, 3, 1)), 0);
/// assert!(days_between(NaiveDate::MIN, NaiveDate::MAX) > 0);
/// ```
pub fn days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    to.signed_duration_since(from).num_days()
}

/// How many days an invoice due on `due` is overdue on `today`: 0 on or before the due
/// date, 1 on the day after it, and so on. Never negative.
///
/// ```
/// use chrono::NaiveDate;
/// use tactful_engine::dates::days_overdue;
///
/// let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let due = date(2024, 2, 28);
/// assert_eq!(days_overdue(due, date(2024, 2, 1)), 0); // not yet due
/// assert_eq!(days_overdue(due, date(2024, 2, 28)), 0); // due today
/// assert_eq!(days_overdue(due, date(2024, 2, 29)), 1); // the day after
/// assert_eq!(days_overdue(due, date(2024, 3, 1)), 2);
/// ```
pub fn days_overdue(due: NaiveDate, today: NaiveDate) -> i64 {
    days_between(due, today).max(0)
}

/// `date` as `YYYY-MM-DD`, the form every saved and exported date takes: what
/// [`parse_date`] reads back. Written out rather than with chrono's `format`, whose
/// formatter would be carried by every caller's WebAssembly.
///
/// ```
/// use chrono::NaiveDate;
/// use tactful_engine::dates::{iso_date, parse_date};
///
/// let day = NaiveDate::from_ymd_opt(2026, 3, 5).unwrap();
/// assert_eq!(iso_date(day), "2026-03-05");
/// assert_eq!(parse_date(&iso_date(day)), Ok(day));
/// ```
pub fn iso_date(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// Parses a date typed by a person, as ISO `YYYY-MM-DD` (what `<input type=date>` gives).
///
/// Rules:
/// - Leading and trailing white space is ignored.
/// - The year has exactly four ASCII digits; the month and day have one or two
///   (`2024-3-5` is accepted as 5 March 2024). Nothing else: no `/`, no time, no sign.
/// - The day must exist: `2023-02-29` is invalid, `2024-02-29` is fine.
/// - The year must be within [`EARLIEST_YEAR`]`..=`[`LATEST_YEAR`]; a well-formed date
///   outside it (month 1–12, day 1–31), including a 5- or 6-digit year such as browsers
///   allow, is [`DateParseError::OutOfRange`].
///
/// # Errors
/// [`DateParseError::Empty`] ("enter a date"), [`DateParseError::Invalid`] ("not a valid
/// date, use YYYY-MM-DD") or [`DateParseError::OutOfRange`] ("year must be between 1990
/// and 2100").
///
/// ```
/// use chrono::NaiveDate;
/// use tactful_engine::dates::{parse_date, DateParseError};
///
/// let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// assert_eq!(parse_date("2024-02-29"), Ok(date(2024, 2, 29)));
/// assert_eq!(parse_date("  2024-3-5 \n"), Ok(date(2024, 3, 5)));
/// assert_eq!(parse_date("   "), Err(DateParseError::Empty));
/// assert_eq!(parse_date("2023-02-29"), Err(DateParseError::Invalid));
/// assert_eq!(parse_date("29/02/2024"), Err(DateParseError::Invalid));
/// assert_eq!(parse_date("2024-02-29T10:00"), Err(DateParseError::Invalid));
/// assert_eq!(parse_date("1989-12-31"), Err(DateParseError::OutOfRange));
/// assert_eq!(parse_date("2101-01-01"), Err(DateParseError::OutOfRange));
/// assert_eq!(parse_date("20240-01-01"), Err(DateParseError::OutOfRange));
/// assert_eq!(parse_date("002024-01-01"), Err(DateParseError::OutOfRange));
/// assert_eq!(parse_date("2101-01-01").unwrap_err().to_string(), "year must be between 1990 and 2100");
/// ```
pub fn parse_date(input: &str) -> Result<NaiveDate, DateParseError> {
    let text = input.trim();
    if text.is_empty() {
        return Err(DateParseError::Empty);
    }
    let mut parts = text.split('-');
    let (Some(year), Some(month), Some(day), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(DateParseError::Invalid);
    };
    let digits = |part: &str, lengths: std::ops::RangeInclusive<usize>| {
        if lengths.contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit()) {
            part.parse::<u32>().ok()
        } else {
            None
        }
    };
    let four_digits = year.len() == 4;
    let (Some(year), Some(month), Some(day)) = (
        digits(year, 4..=6),
        digits(month, 1..=2),
        digits(day, 1..=2),
    ) else {
        return Err(DateParseError::Invalid);
    };
    match i32::try_from(year) {
        // `002024` is not 2024: a year of five or six digits is out of range, not padded.
        Ok(year) if four_digits && (EARLIEST_YEAR..=LATEST_YEAR).contains(&year) => {
            NaiveDate::from_ymd_opt(year, month, day).ok_or(DateParseError::Invalid)
        }
        // A year out of range with a plausible month and day: say what is wrong with it.
        _ if (1..=12).contains(&month) && (1..=31).contains(&day) => {
            Err(DateParseError::OutOfRange)
        }
        _ => Err(DateParseError::Invalid),
    }
}

/// Why a typed time of day could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimeParseError {
    /// Not `H:MM`, `HH:MM` or `HH:MM:SS` on a 24-hour clock.
    Invalid,
}

impl fmt::Display for TimeParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not a time like 10:00 (24-hour clock)")
    }
}

impl std::error::Error for TimeParseError {}

/// Reads a time of day on a 24-hour clock: `H:MM`, `HH:MM` or `HH:MM:SS` (`9:30`, `09:30`,
/// `23:59:59`), surrounding white space ignored. ASCII digits only; hours 0–23, minutes and
/// seconds 00–59 (two digits each). The one parser of send times, for the app and the
/// JavaScript API.
///
/// # Errors
/// [`TimeParseError::Invalid`] for anything else (`24:00`, `9.30`, `10:5`, `noon`, `+1:00`).
///
/// ```
/// use chrono::NaiveTime;
/// use tactful_engine::dates::{parse_time_of_day, TimeParseError};
///
/// assert_eq!(parse_time_of_day(" 7:05 "), Ok(NaiveTime::from_hms_opt(7, 5, 0).unwrap()));
/// assert_eq!(parse_time_of_day("23:59:59"), Ok(NaiveTime::from_hms_opt(23, 59, 59).unwrap()));
/// assert_eq!(parse_time_of_day("24:00"), Err(TimeParseError::Invalid));
/// assert_eq!(parse_time_of_day("10:5"), Err(TimeParseError::Invalid));
/// ```
pub fn parse_time_of_day(input: &str) -> Result<NaiveTime, TimeParseError> {
    let digits = |part: Option<&str>, len: std::ops::RangeInclusive<usize>| {
        let part = part?;
        (len.contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit()))
            .then(|| part.parse::<u32>().ok())
            .flatten()
    };
    let mut parts = input.trim().split(':');
    let hour = digits(parts.next(), 1..=2);
    let minute = digits(parts.next(), 2..=2);
    let second = match parts.next() {
        None => Some(0),
        some => digits(some, 2..=2),
    };
    if parts.next().is_some() {
        return Err(TimeParseError::Invalid);
    }
    NaiveTime::from_hms_opt(
        hour.ok_or(TimeParseError::Invalid)?,
        minute.ok_or(TimeParseError::Invalid)?,
        second.ok_or(TimeParseError::Invalid)?,
    )
    .ok_or(TimeParseError::Invalid)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_of_day_are_hours_minutes_and_optional_seconds() {
        let at = |h, m, s| NaiveTime::from_hms_opt(h, m, s).unwrap_or_default();
        for (text, time) in [
            ("09:30", at(9, 30, 0)),
            (" 7:05 ", at(7, 5, 0)),
            ("00:00", at(0, 0, 0)),
            ("23:59:59", at(23, 59, 59)),
            ("10:00:00", at(10, 0, 0)),
        ] {
            assert_eq!(parse_time_of_day(text), Ok(time), "{text:?}");
        }
        for bad in [
            "",
            "24:00",
            "9.30",
            "noon",
            "10:60",
            "10",
            "10:5",
            "+1:00",
            "10:00:60",
            "10:00:0",
            "10:00:00:00",
            "١٠:٠٠",
            "123:00",
            ":30",
            "10:",
        ] {
            assert_eq!(
                parse_time_of_day(bad),
                Err(TimeParseError::Invalid),
                "{bad:?}"
            );
        }
    }

    fn date(year: i32, month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, month, day).unwrap()
    }

    #[test]
    fn add_months_table() {
        let cases = [
            // (anchor, months, stick, expected)
            (date(2024, 1, 31), 1, false, Some(date(2024, 2, 29))),
            (date(2023, 1, 31), 1, false, Some(date(2023, 2, 28))),
            (date(2024, 1, 31), 3, false, Some(date(2024, 4, 30))),
            (date(2024, 1, 31), 12, false, Some(date(2025, 1, 31))),
            (date(2024, 2, 29), 12, false, Some(date(2025, 2, 28))),
            (date(2024, 2, 29), 12, true, Some(date(2025, 2, 28))),
            (date(2024, 2, 29), 48, false, Some(date(2028, 2, 29))),
            (date(2023, 2, 28), 12, true, Some(date(2024, 2, 29))),
            (date(2023, 2, 28), 12, false, Some(date(2024, 2, 28))),
            (date(2024, 4, 30), 1, true, Some(date(2024, 5, 31))),
            (date(2024, 4, 30), -1, true, Some(date(2024, 3, 31))),
            (date(2024, 3, 31), -1, false, Some(date(2024, 2, 29))),
            (date(2024, 3, 15), 0, true, Some(date(2024, 3, 15))),
            (date(2024, 3, 31), 0, true, Some(date(2024, 3, 31))),
            (date(2024, 1, 1), -1, false, Some(date(2023, 12, 1))),
            (date(2024, 12, 31), 1, false, Some(date(2025, 1, 31))),
            (NaiveDate::MAX, 0, false, Some(NaiveDate::MAX)),
            (NaiveDate::MAX, 1, false, None),
            (NaiveDate::MIN, -1, false, None),
            (date(2024, 1, 1), i32::MIN, false, None),
        ];
        for (anchor, months, stick, expected) in cases {
            assert_eq!(
                add_months(anchor, months, stick),
                expected,
                "{anchor} + {months} months (stick {stick})"
            );
        }
    }

    #[test]
    fn schedule_table() {
        let plain = ScheduleOptions::default();
        let cases = [
            (
                date(2024, 1, 31),
                Frequency::BiMonthly,
                vec![date(2024, 1, 31), date(2024, 3, 31), date(2024, 5, 31)],
            ),
            (
                date(2024, 2, 27),
                Frequency::Weekly,
                vec![date(2024, 2, 27), date(2024, 3, 5), date(2024, 3, 12)],
            ),
            (
                date(2024, 2, 27),
                Frequency::EveryNDays(3),
                vec![date(2024, 2, 27), date(2024, 3, 1), date(2024, 3, 4)],
            ),
            (
                date(2024, 1, 1),
                Frequency::SemiMonthly1st15th,
                vec![date(2024, 1, 1), date(2024, 1, 15), date(2024, 2, 1)],
            ),
            (
                date(2024, 1, 15),
                Frequency::SemiMonthly1st15th,
                vec![date(2024, 1, 15), date(2024, 2, 1), date(2024, 2, 15)],
            ),
            (
                date(2024, 12, 16),
                Frequency::SemiMonthly1st15th,
                vec![date(2025, 1, 1), date(2025, 1, 15), date(2025, 2, 1)],
            ),
            (
                date(2024, 1, 1),
                Frequency::SemiMonthly15thLast,
                vec![date(2024, 1, 15), date(2024, 1, 31), date(2024, 2, 15)],
            ),
            (
                date(2023, 2, 28),
                Frequency::SemiMonthly15thLast,
                vec![date(2023, 2, 28), date(2023, 3, 15), date(2023, 3, 31)],
            ),
        ];
        for (first, frequency, expected) in cases {
            assert_eq!(
                schedule_dates(first, frequency, expected.len(), plain),
                Ok(expected),
                "{frequency:?} from {first}"
            );
        }
    }

    #[test]
    fn schedule_limits() {
        let plain = ScheduleOptions::default();
        assert_eq!(
            schedule_dates(date(2024, 1, 1), Frequency::Monthly, 0, plain),
            Ok(vec![])
        );
        assert_eq!(
            schedule_dates(
                date(2024, 1, 1),
                Frequency::Monthly,
                MAX_SCHEDULE_DATES,
                plain
            )
            .map(|dates| dates.len()),
            Ok(MAX_SCHEDULE_DATES)
        );
        assert_eq!(
            schedule_dates(date(2024, 1, 1), Frequency::EveryNDays(0), 0, plain),
            Err(DateError::ZeroInterval)
        );
        assert_eq!(
            schedule_dates(NaiveDate::MAX, Frequency::SemiMonthly1st15th, 1, plain),
            Err(DateError::OutOfRange)
        );
        assert_eq!(
            schedule_dates(NaiveDate::MAX, Frequency::SemiMonthly15thLast, 1, plain),
            Ok(vec![NaiveDate::MAX])
        );
    }

    #[test]
    fn parse_table() {
        use DateParseError::*;
        let cases = [
            ("2024-01-05", Ok(date(2024, 1, 5))),
            ("1990-01-01", Ok(date(1990, 1, 1))),
            ("2100-12-31", Ok(date(2100, 12, 31))),
            ("\t2024-1-5 ", Ok(date(2024, 1, 5))),
            ("", Err(Empty)),
            (" \n ", Err(Empty)),
            ("2024-01", Err(Invalid)),
            ("2024-01-05-", Err(Invalid)),
            ("2024-13-01", Err(Invalid)),
            ("2024-00-10", Err(Invalid)),
            ("2024-04-31", Err(Invalid)),
            ("2024-001-01", Err(Invalid)),
            ("24-01-05", Err(Invalid)),
            ("+2024-01-05", Err(Invalid)),
            ("2024-+1-05", Err(Invalid)),
            ("２０２４-01-05", Err(Invalid)),
            ("2024 01 05", Err(Invalid)),
            ("2023-02-29", Err(Invalid)),
            ("1900-02-31", Err(OutOfRange)),
            ("1900-13-01", Err(Invalid)),
            ("1989-12-31", Err(OutOfRange)),
            ("2101-01-01", Err(OutOfRange)),
            ("0000-01-01", Err(OutOfRange)),
            ("275760-09-13", Err(OutOfRange)),
            ("999999-12-31", Err(OutOfRange)),
        ];
        for (input, expected) in cases {
            assert_eq!(parse_date(input), expected, "{input:?}");
        }
    }

    /// Found while writing the `date_parser` fuzz target's properties (the input is kept
    /// as `engine/fuzz/regressions/date_parser/padded-year`): a six-digit year with
    /// leading zeros was read as the four-digit year, although only four digits are
    /// accepted.
    #[test]
    fn a_zero_padded_year_is_out_of_range() {
        for input in ["002024-01-05", "02024-01-05", "001990-1-1"] {
            assert_eq!(
                parse_date(input),
                Err(DateParseError::OutOfRange),
                "{input:?}"
            );
        }
    }

    #[test]
    fn error_messages_are_short_and_lowercase() {
        assert_eq!(DateParseError::Empty.to_string(), "enter a date");
        assert_eq!(
            DateParseError::Invalid.to_string(),
            "not a valid date, use YYYY-MM-DD"
        );
        assert_eq!(
            DateError::TooMany {
                requested: 20_000,
                max: 10_000
            }
            .to_string(),
            "too many dates: 20000 requested, at most 10000"
        );
        assert_eq!(
            DateError::ZeroInterval.to_string(),
            "interval must be at least one day"
        );
    }

    #[test]
    fn frequencies_deserialize_from_their_tagged_form() {
        use serde::de::value::{Error, MapDeserializer};
        let from_kind = |kind: &str| {
            let map = MapDeserializer::<_, Error>::new([("kind", kind)].into_iter());
            Frequency::deserialize(map).ok()
        };
        assert_eq!(from_kind("weekly"), Some(Frequency::Weekly));
        assert_eq!(from_kind("fortnightly"), Some(Frequency::Fortnightly));
        assert_eq!(
            from_kind("semi_monthly_1st_15th"),
            Some(Frequency::SemiMonthly1st15th)
        );
        assert_eq!(
            from_kind("semi_monthly_15th_last"),
            Some(Frequency::SemiMonthly15thLast)
        );
        assert_eq!(from_kind("monthly"), Some(Frequency::Monthly));
        assert_eq!(from_kind("bi_monthly"), Some(Frequency::BiMonthly));
        assert_eq!(from_kind("quarterly"), Some(Frequency::Quarterly));
        assert_eq!(from_kind("Monthly"), None);
    }
}
