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
use tactful_engine::message::lang::LangPack;

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

/// Instalment plans: amortized (Actual/365) monthly plans rolled over England and Wales
/// holidays, from 12 to 10,000 installments (above 600 through the limit-free builder),
/// and the exports of a 600-installment plan.
fn bench_plan(c: &mut Criterion) {
    use tactful_engine::amount::NumberLocale;
    use tactful_engine::plan::{
        build_plan, build_plan_with_limit, to_csv, to_text_table, DayCount, Interest, PlanInput,
        PlanSize,
    };

    let first = NaiveDate::from_ymd_opt(2025, 1, 31).expect("a valid date");
    let input = |count: u32| {
        let mut input = PlanInput::new(
            rust_decimal::Decimal::new(25_000_000, 2),
            "GBP",
            first,
            PlanSize::Count(count),
        );
        input.calendar = BusinessCalendar::for_region(HolidayRegion::EnglandWales);
        input.roll = Roll::Following;
        input.interest = Interest::Amortized {
            annual_rate_pct: rust_decimal::Decimal::new(79, 1),
            day_count: DayCount::Actual365,
        };
        input
    };
    // Build the holiday table outside the measurement, as a running app has.
    black_box(build_plan(&input(600)).expect("a valid plan"));

    for count in [12u32, 60, 600] {
        let plan_input = input(count);
        c.bench_function(
            &format!("plan: {count} amortized monthly installments with holiday rolling"),
            |b| b.iter(|| build_plan(black_box(&plan_input))),
        );
    }
    for count in [2_000u32, 10_000] {
        let plan_input = input(count);
        c.bench_function(
            &format!("plan: {count} amortized monthly installments (limit-free builder)"),
            |b| b.iter(|| build_plan_with_limit(black_box(&plan_input), 10_000)),
        );
    }
    let plan = build_plan(&input(600)).expect("a valid plan");
    c.bench_function("plan: CSV export of 600 installments", |b| {
        b.iter(|| to_csv(black_box(&plan), NumberLocale::EnGb))
    });
    c.bench_function("plan: text table of 600 installments", |b| {
        b.iter(|| to_text_table(black_box(&plan), NumberLocale::EnGb))
    });
}

/// Message templates: the shipped "payment plan proposal" (English, neutral tone), which
/// embeds the plan's text table, rendered for plans of 12 and 600 installments.
fn bench_message(c: &mut Criterion) {
    use tactful_engine::amount::NumberLocale;
    use tactful_engine::currency::currency;
    use tactful_engine::message::{
        render_message, MessageContext, PlanDetails, PlanRow, TemplateId, ToneVariant,
    };
    use tactful_engine::plan::{build_plan, to_text_table, PlanInput, PlanSize};

    let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).expect("a valid date");
    let amount = rust_decimal::Decimal::new(480_000, 2);
    let context = |count: u32| {
        let plan_input = PlanInput::new(amount, "GBP", date(2026, 1, 30), PlanSize::Count(count));
        let plan = build_plan(&plan_input).expect("a valid plan");
        let gbp = currency("GBP").expect("a known currency");
        let mut ctx = MessageContext::new(amount, gbp, date(2025, 12, 1), date(2026, 1, 12));
        ctx.your_business = "Northwind Design".into();
        ctx.client_business = "Acme Ltd".into();
        ctx.client_contact = "Sam Patel".into();
        ctx.invoice_number = "INV-2041".into();
        ctx.plan = Some(PlanDetails {
            rows: plan
                .rows
                .iter()
                .map(|row| PlanRow {
                    date: row.due_date,
                    amount: row.amount,
                })
                .collect(),
            table_text: to_text_table(&plan, NumberLocale::EnGb),
            next: None,
            down_payment: plan.rows.first().is_some_and(|row| row.is_down_payment()),
        });
        ctx
    };
    for count in [12u32, 600] {
        let ctx = context(count);
        c.bench_function(
            &format!("message: payment plan proposal with {count} installments"),
            |b| {
                b.iter(|| {
                    render_message(
                        TemplateId::PaymentPlanProposal,
                        ToneVariant::Neutral,
                        LangPack::BRITISH,
                        black_box(&ctx),
                    )
                })
            },
        );
    }
}

criterion_group!(
    benches,
    bench_dates,
    bench_timeline,
    bench_plan,
    bench_message
);
criterion_main!(benches);
