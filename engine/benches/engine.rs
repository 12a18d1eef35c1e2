//! Engine benchmarks (criterion). One `bench_<area>` function per area, all registered in
//! `criterion_group!` below; add yours beside them.
//!
//! Run: `cargo bench -p tactful-engine --bench engine -- --warm-up-time 1 --measurement-time 3`

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};
use tactful_engine::calendar::{BusinessCalendar, Roll};
use tactful_engine::dates::{schedule_dates, Frequency, ScheduleOptions};
use tactful_engine::holidays::HolidayRegion;

/// Monthly dates from `first`, each rolled to the following business day.
fn rolled_monthly_schedule(
    calendar: &BusinessCalendar,
    first: NaiveDate,
    count: usize,
) -> Vec<NaiveDate> {
    schedule_dates(first, Frequency::Monthly, count, ScheduleOptions::default())
        .expect("a valid schedule")
        .into_iter()
        .filter_map(|date| calendar.roll(date, Roll::Following))
        .collect()
}

/// Dates, business-day calendars and holidays.
fn bench_dates(c: &mut Criterion) {
    let calendar = BusinessCalendar::for_region(HolidayRegion::EnglandWales);
    let first = NaiveDate::from_ymd_opt(2024, 1, 31).expect("a valid date");
    // Build the holiday table outside the measurement, as a running app has.
    black_box(calendar.is_business_day(first));

    c.bench_function("computing 10,000 monthly dates with holiday rolling", |b| {
        b.iter(|| rolled_monthly_schedule(black_box(&calendar), black_box(first), 10_000))
    });
    c.bench_function("computing 600 monthly dates with holiday rolling", |b| {
        b.iter(|| rolled_monthly_schedule(black_box(&calendar), black_box(first), 600))
    });
    c.bench_function("computing 600 monthly dates without rolling", |b| {
        b.iter(|| {
            schedule_dates(
                black_box(first),
                Frequency::Monthly,
                600,
                ScheduleOptions::default(),
            )
        })
    });
    c.bench_function("adding 600 business days in England and Wales", |b| {
        b.iter(|| calendar.add_business_days(black_box(first), 600))
    });
    c.bench_function(
        "counting business days over 50 years in England and Wales",
        |b| {
            let last = NaiveDate::from_ymd_opt(2074, 1, 31).expect("a valid date");
            b.iter(|| calendar.business_days_between(black_box(first), black_box(last)))
        },
    );
}

/// Escalation timelines: the Standard policy over England and Wales holidays, with UK
/// statutory interest accrued at every stage.
fn bench_timeline(c: &mut Criterion) {
    use tactful_engine::statutory::Regime;
    use tactful_engine::timeline::{build_timeline, Policy, StatutoryOptions, TimelineInput};

    let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).expect("a valid date");
    let policy = Policy {
        calendar: BusinessCalendar::for_region(HolidayRegion::EnglandWales),
        ..Policy::standard()
    };
    let mut input = TimelineInput::new(policy, date(2025, 12, 20), date(2026, 1, 12));
    input.amount = rust_decimal::Decimal::new(480_000, 2);
    input.currency = "GBP".into();
    input.statutory = Some(StatutoryOptions::new(Regime::Uk));
    // Build the holiday table outside the measurement, as a running app has.
    black_box(build_timeline(&input).expect("a valid timeline"));

    c.bench_function(
        "building the Standard timeline with statutory accrual",
        |b| b.iter(|| build_timeline(black_box(&input))),
    );
}

criterion_group!(benches, bench_dates, bench_timeline);
criterion_main!(benches);
