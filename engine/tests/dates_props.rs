//! Property tests of `tactful_engine::dates`: schedules, month stepping, day counts and
//! parsing, each against an independent oracle where one exists.

use chrono::{Datelike, Days, NaiveDate};
use proptest::prelude::*;
use tactful_engine::dates::{
    add_months, days_between, days_overdue, parse_date, schedule_dates, DateError, DateParseError,
    Frequency, ScheduleOptions, MAX_SCHEDULE_DATES,
};

/// Cases per property: `PROPTEST_CASES` from the environment (CI sets 10000), else 256.
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(256)
}

/// Any date from 1800 to 2300.
fn ordinary_date() -> impl Strategy<Value = NaiveDate> {
    let start = NaiveDate::from_ymd_opt(1800, 1, 1).expect("a valid date");
    (0_u64..182_621).prop_map(move |offset| start + Days::new(offset))
}

/// Mostly ordinary dates, sometimes dates near the ends of chrono's range.
fn any_date() -> impl Strategy<Value = NaiveDate> {
    prop_oneof![
        8 => ordinary_date(),
        1 => (0_u64..2_000).prop_map(|offset| NaiveDate::MAX - Days::new(offset)),
        1 => (0_u64..2_000).prop_map(|offset| NaiveDate::MIN + Days::new(offset)),
    ]
}

fn frequency() -> impl Strategy<Value = Frequency> {
    prop_oneof![
        Just(Frequency::Weekly),
        Just(Frequency::Fortnightly),
        Just(Frequency::SemiMonthly1st15th),
        Just(Frequency::SemiMonthly15thLast),
        Just(Frequency::Monthly),
        Just(Frequency::BiMonthly),
        Just(Frequency::Quarterly),
        (1_u16..=u16::MAX).prop_map(Frequency::EveryNDays),
    ]
}

/// Days in a month by the textbook rule, independent of the engine and of chrono.
fn oracle_days_in_month(year: i64, month: i64) -> u32 {
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// `anchor + months` by integer arithmetic on (year, month), clamping the day.
fn oracle_add_months(
    anchor: NaiveDate,
    months: i64,
    stick_to_month_end: bool,
) -> Option<NaiveDate> {
    let index = i64::from(anchor.year()) * 12 + i64::from(anchor.month()) - 1 + months;
    let year = index.div_euclid(12);
    let month = index.rem_euclid(12) + 1;
    let last = oracle_days_in_month(year, month);
    let anchor_is_month_end =
        anchor.day() == oracle_days_in_month(i64::from(anchor.year()), i64::from(anchor.month()));
    let day = if stick_to_month_end && anchor_is_month_end {
        last
    } else {
        anchor.day().min(last)
    };
    NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, u32::try_from(month).ok()?, day)
}

/// Whether `date` is one of the two days of a semi-monthly frequency.
fn is_semi_monthly_day(frequency: Frequency, date: NaiveDate) -> bool {
    let last = oracle_days_in_month(i64::from(date.year()), i64::from(date.month()));
    match frequency {
        Frequency::SemiMonthly1st15th => date.day() == 1 || date.day() == 15,
        Frequency::SemiMonthly15thLast => date.day() == 15 || date.day() == last,
        _ => false,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn schedule_dates_strictly_increase_for_every_frequency(
        first in any_date(),
        frequency in frequency(),
        count in 0_usize..300,
        stick_to_month_end in any::<bool>(),
    ) {
        let options = ScheduleOptions { stick_to_month_end };
        match schedule_dates(first, frequency, count, options) {
            Ok(dates) => {
                prop_assert_eq!(dates.len(), count);
                for pair in dates.windows(2) {
                    prop_assert!(pair[0] < pair[1], "{:?} not increasing", pair);
                }
            }
            // Only a date beyond chrono's range can fail here.
            Err(error) => prop_assert_eq!(error, DateError::OutOfRange),
        }
    }

    #[test]
    fn month_stepping_from_the_anchor_equals_integer_arithmetic_with_clamping(
        anchor in any_date(),
        months in -40_000_i32..40_000,
        stick_to_month_end in any::<bool>(),
    ) {
        prop_assert_eq!(
            add_months(anchor, months, stick_to_month_end),
            oracle_add_months(anchor, i64::from(months), stick_to_month_end)
        );
    }

    #[test]
    fn every_monthly_schedule_date_is_the_anchor_plus_k_months(
        first in ordinary_date(),
        step in prop_oneof![Just((Frequency::Monthly, 1)), Just((Frequency::BiMonthly, 2)), Just((Frequency::Quarterly, 3))],
        count in 0_usize..200,
        stick_to_month_end in any::<bool>(),
    ) {
        let (frequency, months) = step;
        let dates = schedule_dates(first, frequency, count, ScheduleOptions { stick_to_month_end }).unwrap();
        for (k, date) in dates.iter().enumerate() {
            let expected = oracle_add_months(first, months * k as i64, stick_to_month_end);
            prop_assert_eq!(Some(*date), expected, "date {}", k);
        }
    }

    #[test]
    fn every_day_based_schedule_date_is_the_anchor_plus_k_intervals(
        first in ordinary_date(),
        frequency in prop_oneof![Just(Frequency::Weekly), Just(Frequency::Fortnightly), (1_u16..500).prop_map(Frequency::EveryNDays)],
        count in 0_usize..200,
    ) {
        let interval = match frequency {
            Frequency::Weekly => 7,
            Frequency::Fortnightly => 14,
            Frequency::EveryNDays(days) => i64::from(days),
            _ => unreachable!(),
        };
        let dates = schedule_dates(first, frequency, count, ScheduleOptions::default()).unwrap();
        for (k, date) in dates.iter().enumerate() {
            prop_assert_eq!(days_between(first, *date), interval * k as i64);
        }
    }

    #[test]
    fn semi_monthly_schedules_hold_every_qualifying_day_from_the_first_on_or_after_the_anchor(
        first in ordinary_date(),
        frequency in prop_oneof![Just(Frequency::SemiMonthly1st15th), Just(Frequency::SemiMonthly15thLast)],
        count in 1_usize..100,
    ) {
        // Oracle: walk day by day from the anchor, keeping the qualifying days.
        let mut expected = Vec::new();
        let mut day = first;
        while expected.len() < count {
            if is_semi_monthly_day(frequency, day) {
                expected.push(day);
            }
            day = day.succ_opt().unwrap();
        }
        prop_assert_eq!(schedule_dates(first, frequency, count, ScheduleOptions::default()), Ok(expected));
    }

    #[test]
    fn schedules_never_panic_and_reject_only_what_the_rules_reject(
        first in any_date(),
        frequency in prop_oneof![frequency(), Just(Frequency::EveryNDays(0))],
        count in prop_oneof![0_usize..50, 9_990_usize..10_010, Just(usize::MAX)],
        stick_to_month_end in any::<bool>(),
    ) {
        let result = schedule_dates(first, frequency, count, ScheduleOptions { stick_to_month_end });
        if count > MAX_SCHEDULE_DATES {
            prop_assert_eq!(result, Err(DateError::TooMany { requested: count, max: MAX_SCHEDULE_DATES }));
        } else if frequency == Frequency::EveryNDays(0) {
            prop_assert_eq!(result, Err(DateError::ZeroInterval));
        } else if let Err(error) = result {
            prop_assert_eq!(error, DateError::OutOfRange);
        }
    }

    #[test]
    fn days_overdue_is_zero_until_the_due_date_then_counts_each_day(
        due in ordinary_date(),
        offset in -5_000_i64..5_000,
    ) {
        let today = due.checked_add_signed(chrono::TimeDelta::days(offset)).unwrap();
        prop_assert_eq!(days_between(due, today), offset);
        prop_assert_eq!(days_between(today, due), -offset);
        prop_assert_eq!(days_overdue(due, today), offset.max(0));
    }

    #[test]
    fn parse_date_never_panics_on_arbitrary_strings(input in any::<String>()) {
        let _ = parse_date(&input);
    }

    #[test]
    fn parse_date_never_panics_on_near_miss_dates(
        input in "[ \t]{0,2}[0-9+-]{0,7}-[0-9]{0,3}-[0-9]{0,3}[ \tT:0-9]{0,3}",
    ) {
        match parse_date(&input) {
            Ok(date) => prop_assert!((1990..=2100).contains(&date.year())),
            Err(error) => prop_assert!(!error.to_string().is_empty()),
        }
    }

    #[test]
    fn parse_date_reads_back_every_formatted_date_and_rejects_years_out_of_range(
        date in ordinary_date(),
        padding in "[ \t\n]{0,3}",
    ) {
        let text = format!("{padding}{}{padding}", date.format("%Y-%m-%d"));
        let expected = if (1990..=2100).contains(&date.year()) {
            Ok(date)
        } else {
            Err(DateParseError::OutOfRange)
        };
        prop_assert_eq!(parse_date(&text), expected);
    }
}
