//! Compares the engine's holiday rules with fixtures from the Python `holidays` package
//! (tests/fixtures/holidays, 2020–2030), date by date. Every difference is listed; each
//! must be one of the deliberate exceptions below, explained in the fixtures' README,
//! and every exception must still be a real difference.

use std::collections::BTreeSet;

use chrono::{Datelike, NaiveDate, Weekday};
use tactful_engine::holidays::{holidays, HolidayRegion};

const FIRST_YEAR: i32 = 2020;
const LAST_YEAR: i32 = 2030;

/// The fixture CSV (`date,name`) of a region.
fn fixture(region: HolidayRegion) -> &'static str {
    match region {
        HolidayRegion::EnglandWales => include_str!("fixtures/holidays/gb-eaw.csv"),
        HolidayRegion::Scotland => include_str!("fixtures/holidays/gb-sct.csv"),
        HolidayRegion::NorthernIreland => include_str!("fixtures/holidays/gb-nir.csv"),
        HolidayRegion::Ireland => include_str!("fixtures/holidays/ie.csv"),
        HolidayRegion::UnitedStates => include_str!("fixtures/holidays/us.csv"),
        HolidayRegion::Germany => include_str!("fixtures/holidays/de.csv"),
        HolidayRegion::France => include_str!("fixtures/holidays/fr.csv"),
        HolidayRegion::Netherlands => include_str!("fixtures/holidays/nl.csv"),
        HolidayRegion::Spain => include_str!("fixtures/holidays/es.csv"),
    }
}

/// Which side has a date the other lacks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Side {
    /// The package lists it; the engine does not.
    OnlyInPackage,
    /// The engine lists it; the package does not.
    OnlyInEngine,
}

/// A deliberate difference: region code, date, which side has it, and why.
struct Exception {
    region: &'static str,
    date: &'static str,
    side: Side,
    why: &'static str,
}

/// The package lists the weekend date of a holiday as well as its substitute or observed
/// weekday; the engine lists only the day off (README, "Weekend dates of moved holidays").
/// The test checks each such exception: a Saturday or Sunday, with an engine day off
/// named "(substitute day)" or "(observed)" within three days.
const WEEKEND_DATE_OF_MOVED_HOLIDAY: &str = "weekend date of a holiday whose day off is moved";

const fn moved(region: &'static str, date: &'static str) -> Exception {
    Exception {
        region,
        date,
        side: Side::OnlyInPackage,
        why: WEEKEND_DATE_OF_MOVED_HOLIDAY,
    }
}

/// Every deliberate difference, region by region (the package's name after the date).
const EXCEPTIONS: &[Exception] = &[
    moved("gb-eaw", "2020-12-26"), // Sat Boxing Day
    moved("gb-eaw", "2021-12-25"), // Sat Christmas Day
    moved("gb-eaw", "2021-12-26"), // Sun Boxing Day
    moved("gb-eaw", "2022-01-01"), // Sat New Year's Day
    moved("gb-eaw", "2022-12-25"), // Sun Christmas Day
    moved("gb-eaw", "2023-01-01"), // Sun New Year's Day
    moved("gb-eaw", "2026-12-26"), // Sat Boxing Day
    moved("gb-eaw", "2027-12-25"), // Sat Christmas Day
    moved("gb-eaw", "2027-12-26"), // Sun Boxing Day
    moved("gb-eaw", "2028-01-01"), // Sat New Year's Day
    moved("gb-sct", "2020-12-26"), // Sat Boxing Day
    moved("gb-sct", "2021-01-02"), // Sat New Year Holiday
    moved("gb-sct", "2021-12-25"), // Sat Christmas Day
    moved("gb-sct", "2021-12-26"), // Sun Boxing Day
    moved("gb-sct", "2022-01-01"), // Sat New Year's Day
    moved("gb-sct", "2022-01-02"), // Sun New Year Holiday
    moved("gb-sct", "2022-12-25"), // Sun Christmas Day
    moved("gb-sct", "2023-01-01"), // Sun New Year's Day
    moved("gb-sct", "2024-11-30"), // Sat Saint Andrew's Day
    moved("gb-sct", "2025-11-30"), // Sun Saint Andrew's Day
    moved("gb-sct", "2026-12-26"), // Sat Boxing Day
    moved("gb-sct", "2027-01-02"), // Sat New Year Holiday
    moved("gb-sct", "2027-12-25"), // Sat Christmas Day
    moved("gb-sct", "2027-12-26"), // Sun Boxing Day
    moved("gb-sct", "2028-01-01"), // Sat New Year's Day
    moved("gb-sct", "2028-01-02"), // Sun New Year Holiday
    moved("gb-sct", "2030-11-30"), // Sat Saint Andrew's Day
    moved("gb-nir", "2020-07-12"), // Sun Battle of the Boyne
    moved("gb-nir", "2020-12-26"), // Sat Boxing Day
    moved("gb-nir", "2021-12-25"), // Sat Christmas Day
    moved("gb-nir", "2021-12-26"), // Sun Boxing Day
    moved("gb-nir", "2022-01-01"), // Sat New Year's Day
    moved("gb-nir", "2022-12-25"), // Sun Christmas Day
    moved("gb-nir", "2023-01-01"), // Sun New Year's Day
    moved("gb-nir", "2024-03-17"), // Sun Saint Patrick's Day
    moved("gb-nir", "2025-07-12"), // Sat Battle of the Boyne
    moved("gb-nir", "2026-07-12"), // Sun Battle of the Boyne
    moved("gb-nir", "2026-12-26"), // Sat Boxing Day
    moved("gb-nir", "2027-12-25"), // Sat Christmas Day
    moved("gb-nir", "2027-12-26"), // Sun Boxing Day
    moved("gb-nir", "2028-01-01"), // Sat New Year's Day
    moved("gb-nir", "2029-03-17"), // Sat Saint Patrick's Day
    moved("gb-nir", "2030-03-17"), // Sun Saint Patrick's Day
    moved("us", "2020-07-04"),     // Sat Independence Day
    moved("us", "2021-06-19"),     // Sat Juneteenth National Independence Day
    moved("us", "2021-07-04"),     // Sun Independence Day
    moved("us", "2021-12-25"),     // Sat Christmas Day
    moved("us", "2022-01-01"),     // Sat New Year's Day
    moved("us", "2022-06-19"),     // Sun Juneteenth National Independence Day
    moved("us", "2022-12-25"),     // Sun Christmas Day
    moved("us", "2023-01-01"),     // Sun New Year's Day
    moved("us", "2023-11-11"),     // Sat Veterans Day
    moved("us", "2026-07-04"),     // Sat Independence Day
    moved("us", "2027-06-19"),     // Sat Juneteenth National Independence Day
    moved("us", "2027-07-04"),     // Sun Independence Day
    moved("us", "2027-12-25"),     // Sat Christmas Day
    moved("us", "2028-01-01"),     // Sat New Year's Day
    moved("us", "2028-11-11"),     // Sat Veterans Day
    moved("us", "2029-11-11"),     // Sun Veterans Day
];

fn parse_fixture(text: &str) -> Vec<(NaiveDate, String)> {
    text.lines()
        .skip(1)
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let (date, name) = line.split_once(',').expect("a date,name line");
            let date = NaiveDate::parse_from_str(date, "%Y-%m-%d").expect("an ISO date");
            (date, name.trim_matches('"').to_string())
        })
        .collect()
}

#[test]
fn every_difference_from_the_python_holidays_package_is_a_listed_exception() {
    let mut differences = Vec::new();
    for &region in HolidayRegion::all() {
        let package = parse_fixture(fixture(region));
        for year in FIRST_YEAR..=LAST_YEAR {
            let package_dates: BTreeSet<NaiveDate> = package
                .iter()
                .map(|(date, _)| *date)
                .filter(|date| date.year() == year)
                .collect();
            let engine = holidays(region, year);
            let engine_dates: BTreeSet<NaiveDate> =
                engine.iter().map(|holiday| holiday.date).collect();
            for date in package_dates.difference(&engine_dates) {
                let name = package
                    .iter()
                    .find(|(d, _)| d == date)
                    .map_or("", |(_, n)| n.as_str());
                differences.push((region.code(), *date, Side::OnlyInPackage, name.to_string()));
            }
            for date in engine_dates.difference(&package_dates) {
                let name = engine
                    .iter()
                    .find(|h| h.date == *date)
                    .map_or("", |h| h.name);
                differences.push((region.code(), *date, Side::OnlyInEngine, name.to_string()));
            }
        }
    }

    let mut unexplained = Vec::new();
    println!(
        "{} differences from the Python holidays package:",
        differences.len()
    );
    for (region, date, side, name) in &differences {
        let exception = EXCEPTIONS.iter().find(|exception| {
            exception.region == *region
                && exception.date == date.to_string()
                && exception.side == *side
        });
        match exception {
            Some(exception) => println!(
                "  {region} {date} {} {side:?} {name:?}: {}",
                date.format("%a"),
                exception.why
            ),
            None => {
                println!(
                    "  {region} {date} {} {side:?} {name:?}: UNEXPLAINED",
                    date.format("%a")
                );
                unexplained.push(format!("{region} {date} {side:?} {name:?}"));
            }
        }
    }
    let stale: Vec<String> = EXCEPTIONS
        .iter()
        .filter(|exception| {
            !differences.iter().any(|(region, date, side, _)| {
                exception.region == *region
                    && exception.date == date.to_string()
                    && exception.side == *side
            })
        })
        .map(|exception| {
            format!(
                "{} {} {:?}",
                exception.region, exception.date, exception.side
            )
        })
        .collect();
    assert!(
        unexplained.is_empty(),
        "differences not in EXCEPTIONS:\n{}",
        unexplained.join("\n")
    );
    assert!(
        stale.is_empty(),
        "exceptions that are no longer differences:\n{}",
        stale.join("\n")
    );
}

#[test]
fn every_weekend_date_left_out_has_a_moved_day_off_within_three_days() {
    for exception in EXCEPTIONS
        .iter()
        .filter(|exception| exception.why == WEEKEND_DATE_OF_MOVED_HOLIDAY)
    {
        let region = HolidayRegion::from_code(exception.region).expect("a region code");
        let date = NaiveDate::parse_from_str(exception.date, "%Y-%m-%d").expect("an ISO date");
        assert!(
            matches!(date.weekday(), Weekday::Sat | Weekday::Sun),
            "{} {date} is not a weekend day",
            exception.region
        );
        let moved_nearby = [date.year() - 1, date.year(), date.year() + 1]
            .into_iter()
            .flat_map(|year| holidays(region, year))
            .any(|holiday| {
                (holiday.name.ends_with("(substitute day)") || holiday.name.ends_with("(observed)"))
                    && (holiday.date - date).num_days().abs() <= 3
            });
        assert!(
            moved_nearby,
            "{} {date}: no substitute or observed day nearby",
            exception.region
        );
    }
}
