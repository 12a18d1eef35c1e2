//! Property tests of `tactful_engine::calendar`: rolling, business-day stepping and
//! counting, for every holiday region and weekend kind, against day-by-day oracles.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use proptest::prelude::*;
use tactful_engine::calendar::{BusinessCalendar, Roll, Weekend};
use tactful_engine::holidays::{holidays, is_public_holiday, HolidayRegion};

/// Cases per property: `PROPTEST_CASES` from the environment (CI sets 10000), else 256.
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(256)
}

/// Dates from 1985 to 2105, a little past the holiday years on both sides.
fn date() -> impl Strategy<Value = NaiveDate> {
    let start = NaiveDate::from_ymd_opt(1985, 1, 1).expect("a valid date");
    (0_u64..44_195).prop_map(move |offset| start + Days::new(offset))
}

fn weekend() -> impl Strategy<Value = Weekend> {
    prop_oneof![
        Just(Weekend::SatSun),
        Just(Weekend::FriSat),
        Just(Weekend::SunOnly)
    ]
}

fn region() -> impl Strategy<Value = HolidayRegion> {
    proptest::sample::select(HolidayRegion::all().to_vec())
}

/// A calendar with every region (or none) and weekend kind, and sometimes a few extra
/// holidays around 2024.
fn calendar() -> impl Strategy<Value = BusinessCalendar> {
    let extra = (0_u64..1_000)
        .prop_map(|offset| NaiveDate::from_ymd_opt(2023, 1, 1).unwrap() + Days::new(offset));
    (
        weekend(),
        proptest::option::weighted(0.9, region()),
        proptest::collection::vec(extra, 0..4),
    )
        .prop_map(|(weekend, region, extra_holidays)| BusinessCalendar {
            weekend,
            region,
            extra_holidays,
        })
}

/// A business day by an independent reading of the rules: the weekend as a list of days,
/// holidays searched in the yearly list.
fn oracle_is_business_day(calendar: &BusinessCalendar, date: NaiveDate) -> bool {
    let weekend: &[Weekday] = match calendar.weekend {
        Weekend::SatSun => &[Weekday::Sat, Weekday::Sun],
        Weekend::FriSat => &[Weekday::Fri, Weekday::Sat],
        Weekend::SunOnly => &[Weekday::Sun],
    };
    let public = calendar.region.is_some_and(|region| {
        holidays(region, date.year())
            .iter()
            .any(|holiday| holiday.date == date)
    });
    !weekend.contains(&date.weekday()) && !public && !calendar.extra_holidays.contains(&date)
}

fn rolling() -> impl Strategy<Value = Roll> {
    prop_oneof![
        Just(Roll::Following),
        Just(Roll::ModifiedFollowing),
        Just(Roll::Preceding),
        Just(Roll::ModifiedPreceding),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn rolled_dates_are_never_weekends_or_holidays(calendar in calendar(), date in date(), roll in rolling()) {
        let rolled = calendar.roll(date, roll).expect("a business day nearby");
        prop_assert!(oracle_is_business_day(&calendar, rolled), "{} rolled {:?} to {}", date, roll, rolled);
        prop_assert!(calendar.is_business_day(rolled));
    }

    #[test]
    fn following_and_preceding_roll_to_the_nearest_business_day_in_their_direction(
        calendar in calendar(),
        date in date(),
    ) {
        let following = calendar.roll(date, Roll::Following).unwrap();
        let preceding = calendar.roll(date, Roll::Preceding).unwrap();
        prop_assert!(following >= date && preceding <= date);
        for day in date.iter_days().take_while(|day| *day < following) {
            prop_assert!(!oracle_is_business_day(&calendar, day), "{} skipped", day);
        }
        for day in preceding.iter_days().skip(1).take_while(|day| *day <= date) {
            prop_assert!(!oracle_is_business_day(&calendar, day), "{} skipped", day);
        }
        prop_assert_eq!(calendar.roll(date, Roll::None), Some(date));
    }

    #[test]
    fn modified_following_and_modified_preceding_never_leave_the_month(
        weekend in weekend(),
        region in proptest::option::of(region()),
        date in date(),
        roll in prop_oneof![Just(Roll::ModifiedFollowing), Just(Roll::ModifiedPreceding)],
    ) {
        let calendar = BusinessCalendar { weekend, region, extra_holidays: Vec::new() };
        let rolled = calendar.roll(date, roll).unwrap();
        prop_assert_eq!((rolled.year(), rolled.month()), (date.year(), date.month()));
    }

    #[test]
    fn add_business_days_lands_on_a_business_day_exactly_n_business_days_later(
        calendar in calendar(),
        date in date(),
        n in prop_oneof![-600_i32..=600, Just(1), Just(-1)],
    ) {
        let result = calendar.add_business_days(date, n).unwrap();
        if n == 0 {
            prop_assert_eq!(result, date);
        } else {
            // Oracle: walk day by day, counting business days after (or before) `date`.
            let mut walked = date;
            let mut left = n.unsigned_abs();
            while left > 0 {
                walked = if n > 0 { walked.succ_opt().unwrap() } else { walked.pred_opt().unwrap() };
                if oracle_is_business_day(&calendar, walked) {
                    left -= 1;
                }
            }
            prop_assert_eq!(result, walked);
            prop_assert!(oracle_is_business_day(&calendar, result));
        }
        prop_assert_eq!(calendar.business_days_between(date, result), i64::from(n));
    }

    #[test]
    fn business_days_between_equals_a_day_by_day_count(
        calendar in calendar(),
        from in date(),
        span in -1_500_i64..1_500,
    ) {
        let to = from.checked_add_signed(chrono::TimeDelta::days(span)).unwrap();
        let (first, last, sign) = if from <= to {
            (from.succ_opt().unwrap(), to, 1)
        } else {
            (to, from.pred_opt().unwrap(), -1)
        };
        let counted = first
            .iter_days()
            .take_while(|day| *day <= last)
            .filter(|day| oracle_is_business_day(&calendar, *day))
            .count() as i64;
        prop_assert_eq!(calendar.business_days_between(from, to), sign * counted);
    }

    #[test]
    fn the_holiday_lookup_table_agrees_with_the_yearly_lists(region in region(), date in date()) {
        let listed = holidays(region, date.year()).iter().any(|holiday| holiday.date == date);
        prop_assert_eq!(is_public_holiday(region, date), listed);
    }

    #[test]
    fn yearly_holiday_lists_are_sorted_and_inside_their_year(region in region(), year in 1980_i32..2120) {
        let list = holidays(region, year);
        prop_assert_eq!(list.is_empty(), !(1990..=2100).contains(&year));
        prop_assert!(list.windows(2).all(|pair| pair[0].date <= pair[1].date));
        prop_assert!(list.iter().all(|holiday| holiday.date.year() == year));
    }

    #[test]
    fn no_calendar_operation_panics_at_the_edges_of_chrono_range(
        calendar in calendar(),
        offset in 0_u64..30,
        at_end in any::<bool>(),
        n in any::<i32>(),
        roll in prop_oneof![rolling(), Just(Roll::None)],
    ) {
        let date = if at_end { NaiveDate::MAX - Days::new(offset) } else { NaiveDate::MIN + Days::new(offset) };
        let _ = calendar.roll(date, roll);
        let _ = calendar.add_business_days(date, n % 1_000);
        let _ = calendar.business_days_between(date, NaiveDate::MAX);
        let _ = calendar.business_days_between(date, NaiveDate::MIN);
        let _ = calendar.holidays_in_year(date.year());
    }
}
