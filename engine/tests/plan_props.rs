//! Property tests of the instalment plan engine (`tactful_engine::plan`).
//!
//! Each test's name states the invariant. Oracles are independent of the engine: sums and
//! balances are recomputed in `i128` minor units, dates are checked against the calendar
//! directly, flat interest is recomputed with integer arithmetic, and the CSV is read back
//! with a small RFC 4180 reader written here. Plans are kept to at most 60 installments
//! (targets may need more) so 10,000 cases run quickly. `PROPTEST_CASES` sets the number of
//! cases (default 256).

use std::str::FromStr;

use chrono::{Datelike, Days, NaiveDate};
use proptest::prelude::*;
use rust_decimal::Decimal;
use tactful_engine::amount::NumberLocale;
use tactful_engine::calendar::{BusinessCalendar, Roll, Weekend};
use tactful_engine::currency::{all_currencies, currency, Currency};
use tactful_engine::dates::Frequency;
use tactful_engine::holidays::HolidayRegion;
use tactful_engine::plan::{
    build_plan, missed, to_csv, DayCount, Distribution, DownPayment, Interest, MissedTerms, Plan,
    PlanErrorKind, PlanField, PlanFieldError, PlanInput, PlanSize,
};

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(256)
}

// ---------------------------------------------------------------------------------------
// Strategies
// ---------------------------------------------------------------------------------------

fn any_currency() -> BoxedStrategy<&'static Currency> {
    let all: Vec<&'static Currency> = all_currencies().iter().collect();
    prop::sample::select(all).boxed()
}

fn any_frequency() -> BoxedStrategy<Frequency> {
    prop_oneof![
        Just(Frequency::Weekly),
        Just(Frequency::Fortnightly),
        Just(Frequency::SemiMonthly1st15th),
        Just(Frequency::SemiMonthly15thLast),
        Just(Frequency::Monthly),
        Just(Frequency::BiMonthly),
        Just(Frequency::Quarterly),
        (1u16..=60).prop_map(Frequency::EveryNDays),
    ]
    .boxed()
}

fn any_roll() -> BoxedStrategy<Roll> {
    prop::sample::select(vec![
        Roll::Following,
        Roll::ModifiedFollowing,
        Roll::Preceding,
        Roll::ModifiedPreceding,
        Roll::None,
    ])
    .boxed()
}

fn any_calendar() -> BoxedStrategy<BusinessCalendar> {
    let regions: Vec<Option<HolidayRegion>> = std::iter::once(None)
        .chain(HolidayRegion::all().iter().copied().map(Some))
        .collect();
    (
        prop::sample::select(vec![Weekend::SatSun, Weekend::FriSat, Weekend::SunOnly]),
        prop::sample::select(regions),
    )
        .prop_map(|(weekend, region)| BusinessCalendar {
            weekend,
            region,
            extra_holidays: Vec::new(),
        })
        .boxed()
}

/// A date from 2000 to about 2080.
fn any_date() -> BoxedStrategy<NaiveDate> {
    (0u64..=29_000)
        .prop_map(|days| {
            NaiveDate::from_ymd_opt(2000, 1, 1)
                .and_then(|d| d.checked_add_days(Days::new(days)))
                .expect("in range")
        })
        .boxed()
}

/// An annual rate in percent, 0 to 100 with two decimals.
fn any_rate() -> BoxedStrategy<Decimal> {
    prop_oneof![
        Just(Decimal::ZERO),
        Just(Decimal::ONE_HUNDRED),
        (0i64..=10_000).prop_map(|n| Decimal::new(n, 2)),
    ]
    .boxed()
}

fn any_interest() -> BoxedStrategy<Interest> {
    let day_count = prop::sample::select(vec![
        DayCount::Actual365,
        DayCount::Thirty360,
        DayCount::Actual360,
    ]);
    prop_oneof![
        Just(Interest::None),
        any_rate().prop_map(|annual_rate_pct| Interest::Flat { annual_rate_pct }),
        (any_rate(), day_count).prop_map(|(annual_rate_pct, day_count)| Interest::Amortized {
            annual_rate_pct,
            day_count
        }),
    ]
    .boxed()
}

/// Seasonal weights 0–5, at least one month above 0.
fn any_weights() -> BoxedStrategy<[Decimal; 12]> {
    (prop::array::uniform12(0i64..=5), 0usize..12)
        .prop_map(|(raw, forced)| {
            let mut weights = raw.map(Decimal::from);
            if weights.iter().all(Decimal::is_zero) {
                weights[forced] = Decimal::ONE;
            }
            weights
        })
        .boxed()
}

/// `count` positive percentages with two decimals summing to exactly 100.
fn any_percents(count: usize) -> BoxedStrategy<Vec<Decimal>> {
    prop::collection::btree_set(1i64..10_000, count.saturating_sub(1))
        .prop_map(|cuts| {
            let mut points: Vec<i64> = vec![0];
            points.extend(cuts);
            points.push(10_000);
            points
                .windows(2)
                .map(|pair| Decimal::new(pair[1] - pair[0], 2))
                .collect()
        })
        .boxed()
}

/// A valid-looking plan input: every field within its documented rules, so the only
/// refusals left are the schedule-level ones (see [`acceptable_refusal`]).
fn any_input() -> BoxedStrategy<PlanInput> {
    let money = (any_currency(), 1i64..=1_000_000_000_000);
    let shape = (1u32..=60, 0u8..6, any_weights(), 0u8..4);
    let schedule = (any_date(), any_frequency(), any_roll(), any_calendar());
    let extras = (
        any_interest(),
        0u8..4,
        0i64..=100_000,
        0u8..3,
        0u32..=60,
        (0u32..=1_000, 0u8..5),
    );
    (money, shape, schedule, extras)
        .prop_flat_map(|(money, shape, schedule, extras)| {
            let (count, _, _, _) = shape;
            (
                Just((money, shape, schedule, extras)),
                any_percents(usize::try_from(count).unwrap_or(1)),
            )
        })
        .prop_map(
            |(
                ((cur, units), (count, distribution_kind, weights, size_kind), schedule, extras),
                percents,
            )| {
                let (first_due, frequency, roll, calendar) = schedule;
                let (interest, down_kind, fee_units, start_kind, start_back, (salt, first_kind)) =
                    extras;
                let scale = cur.minor_units;
                let debt = Decimal::new(units, scale);
                let distribution = match distribution_kind {
                    0..=2 => Distribution::Equal,
                    3 | 4 => Distribution::Seasonal { weights },
                    _ => Distribution::CustomPercent(percents),
                };
                let size = if size_kind == 0 && distribution == Distribution::Equal {
                    // About `count` installments of the target.
                    let per = units / i64::from(count) + i64::from(salt);
                    PlanSize::TargetAmount(Decimal::new(per.max(1), scale))
                } else {
                    PlanSize::Count(count)
                };
                let mut input = PlanInput::new(debt, cur.code, first_due, size);
                input.frequency = frequency;
                input.roll = roll;
                input.calendar = calendar;
                input.distribution = distribution;
                input.interest = interest;
                input.down_payment = match down_kind {
                    1 => Some(DownPayment::Amount(Decimal::new(
                        units * i64::from(salt % 100) / 100,
                        scale,
                    ))),
                    2 => Some(DownPayment::Percent(Decimal::new(i64::from(salt % 100), 0))),
                    _ => None,
                };
                input.setup_fee = (fee_units > 50_000).then(|| Decimal::new(fee_units, scale));
                input.start_date = match start_kind {
                    1 => first_due.checked_sub_days(Days::new(u64::from(start_back))),
                    _ => None,
                };
                let custom = matches!(input.distribution, Distribution::CustomPercent(_));
                if first_kind == 0 && !custom && count >= 2 {
                    let first = (units / 3).max(1);
                    input.first_payment = Some(Decimal::new(first, scale));
                }
                input.invoice_date = first_due.checked_sub_days(Days::new(u64::from(salt)));
                input.missed_terms = MissedTerms {
                    grace_days: salt % 30,
                    late_fee_flat: Decimal::new(i64::from(salt), scale),
                    late_fee_pct: Decimal::new(i64::from(salt % 20), 0),
                    accelerate_after: (salt % 4 != 0).then_some(salt % 4),
                };
                input
            },
        )
        .boxed()
}

/// Refusals that depend on the schedule and that generated inputs may legitimately hit.
fn acceptable_refusal(errors: &[PlanFieldError]) -> bool {
    errors.iter().all(|error| {
        matches!(
            (error.field, &error.kind),
            (
                PlanField::TargetAmount | PlanField::FirstPayment,
                PlanErrorKind::InstallmentTooSmall { .. }
            ) | (
                PlanField::TargetAmount,
                PlanErrorKind::TooManyInstallments { .. }
            ) | (
                PlanField::FirstPayment,
                PlanErrorKind::MustBeLessThan { .. }
            ) | (
                PlanField::DownPaymentAmount | PlanField::DownPaymentPercent,
                PlanErrorKind::MustBeLessThan { .. }
            ) | (
                // A bi-monthly schedule on odd months with weights on even months.
                PlanField::SeasonalWeights,
                PlanErrorKind::TooFewPayingDates { .. }
            )
        )
    })
}

/// Builds the plan, or `None` for an acceptable refusal (any other error fails).
fn plan_of(input: &PlanInput) -> Result<Option<Plan>, TestCaseError> {
    match build_plan(input) {
        Ok(plan) => Ok(Some(plan)),
        Err(errors) if acceptable_refusal(&errors) => Ok(None),
        Err(errors) => Err(TestCaseError::fail(format!("{errors:?} for {input:?}"))),
    }
}

// ---------------------------------------------------------------------------------------
// Oracles
// ---------------------------------------------------------------------------------------

/// The amount as a count of minor units; fails unless it has exactly the currency's
/// decimals.
fn units(value: Decimal, cur: &Currency) -> Result<i128, TestCaseError> {
    if value.scale() != cur.minor_units {
        return Err(TestCaseError::fail(format!(
            "{value} does not have {} decimals",
            cur.minor_units
        )));
    }
    Ok(value.mantissa())
}

/// `numerator / denominator` rounded half up, for non-negative integers.
fn div_half_up(numerator: i128, denominator: i128) -> i128 {
    (2 * numerator + denominator) / (2 * denominator)
}

// ---------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn every_plan_sums_exactly_to_debt_plus_interest_plus_fees_in_every_currency(
        input in any_input()
    ) {
        let Some(plan) = plan_of(&input)? else { return Ok(()) };
        let cur = currency(&input.currency).expect("generated from the table");
        let mut amounts = 0i128;
        let mut principal = 0i128;
        let mut interest = 0i128;
        let mut fees = 0i128;
        for row in &plan.rows {
            let (a, p, i, f) = (
                units(row.amount, cur)?,
                units(row.principal, cur)?,
                units(row.interest, cur)?,
                units(row.fees, cur)?,
            );
            prop_assert_eq!(a, p + i + f, "row {:?}", row);
            prop_assert!(p >= 0 && i >= 0 && f >= 0, "row {:?}", row);
            amounts += a;
            principal += p;
            interest += i;
            fees += f;
        }
        let debt = input.debt.mantissa() * 10i128.pow(cur.minor_units - input.debt.scale());
        prop_assert_eq!(principal, debt);
        let fee = input.setup_fee.map_or(0, |fee| fee.mantissa());
        prop_assert_eq!(fees, fee);
        prop_assert_eq!(amounts, debt + interest + fees);
        prop_assert_eq!(units(plan.totals.total_paid, cur)?, amounts);
        prop_assert_eq!(units(plan.totals.total_interest, cur)?, interest);
        prop_assert_eq!(units(plan.totals.total_fees, cur)?, fees);
    }

    #[test]
    fn balances_never_go_negative_and_end_at_zero(input in any_input()) {
        let Some(plan) = plan_of(&input)? else { return Ok(()) };
        let cur = plan.currency;
        let mut balance = units(plan.debt, cur)?;
        for row in &plan.rows {
            balance -= units(row.principal, cur)?;
            prop_assert!(balance >= 0, "row {:?}", row);
            prop_assert_eq!(units(row.balance_after, cur)?, balance, "row {:?}", row);
        }
        prop_assert_eq!(balance, 0);
        prop_assert_eq!(plan.rows.last().map(|row| row.balance_after.is_zero()), Some(true));
    }

    #[test]
    fn due_dates_strictly_increase_unless_a_roll_collision_is_flagged(input in any_input()) {
        let Some(plan) = plan_of(&input)? else { return Ok(()) };
        let installments = plan.installments();
        for pair in installments.windows(2) {
            let (before, after) = (&pair[0], &pair[1]);
            prop_assert!(
                after.due_date > before.due_date || (before.same_day && after.same_day),
                "{:?} then {:?}", before, after
            );
        }
        for row in installments {
            prop_assert_eq!(row.weekday, row.due_date.weekday());
            if input.roll != Roll::None {
                prop_assert!(input.calendar.is_business_day(row.due_date), "{:?}", row);
            } else {
                prop_assert_eq!(row.due_date, row.scheduled_date);
            }
            if let Distribution::Seasonal { weights } = &input.distribution {
                let weight = weights[row.due_date.month0() as usize];
                prop_assert!(!weight.is_zero(), "{:?} in a closed month", row);
            }
        }
        let flagged: usize = installments.iter().filter(|row| row.same_day).count();
        let warned: usize = plan.warnings.iter().map(|w| match w {
            tactful_engine::plan::PlanWarning::SameDay { installments, .. } => installments.len(),
            _ => 0,
        }).sum();
        prop_assert_eq!(flagged, warned);
        if let Some(down) = plan.down_payment() {
            prop_assert!(down.due_date <= installments[0].due_date);
        }
    }

    #[test]
    fn a_plan_without_interest_or_fees_has_an_apr_of_exactly_zero(input in any_input()) {
        let mut input = input;
        input.interest = Interest::None;
        input.setup_fee = None;
        let Some(plan) = plan_of(&input)? else { return Ok(()) };
        let apr = plan.apr.expect("a zero APR is representable");
        prop_assert!(apr.nominal_pct.is_zero(), "{:?}", apr);
        prop_assert!(apr.periodic_pct.is_zero(), "{:?}", apr);
        prop_assert_eq!(apr.effective_pct.map(|e| e.is_zero()), Some(true));
    }

    /// Within 0.01 point for rates up to 25 % and 6+ installments: shorter plans at higher
    /// rates drift further (simple interest on 28–31-day months against compounding over
    /// actual days; see the plan module's APR section).
    #[test]
    fn a_monthly_amortized_plan_has_an_apr_within_a_hundredth_of_a_point_of_its_rate(
        code in prop::sample::select(vec!["GBP", "EUR", "USD", "JPY", "KWD", "CHF"]),
        debt_units in 10_000_000i64..=100_000_000_000,
        count in 6u32..=60,
        rate_bp in 1i64..=2_500,
        first_due in any_date(),
        day_count in prop::sample::select(vec![DayCount::Actual365, DayCount::Actual360]),
    ) {
        let cur = currency(code).expect("known");
        let rate = Decimal::new(rate_bp, 2);
        let mut input = PlanInput::new(
            Decimal::new(debt_units, cur.minor_units),
            code,
            first_due,
            PlanSize::Count(count),
        );
        input.roll = Roll::None;
        input.interest = Interest::Amortized { annual_rate_pct: rate, day_count };
        let plan = build_plan(&input).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        let apr = plan.apr.expect("an APR");
        // Actual/360 charges 365/360 of the rate per actual year.
        let expected = match day_count {
            DayCount::Actual360 => rate * Decimal::from(365) / Decimal::from(360),
            _ => rate,
        };
        prop_assert!(
            (apr.nominal_pct - expected).abs() <= Decimal::new(1, 2),
            "APR {:?} for {}% ({:?}) over {} months from {}", apr, rate, day_count, count, first_due
        );
    }

    #[test]
    fn flat_interest_is_the_rate_times_the_term_on_the_financed_principal(
        code in prop::sample::select(vec!["GBP", "JPY", "KWD"]),
        debt_units in 1i64..=1_000_000_000_000,
        count in 1u32..=60,
        rate in any_rate(),
        frequency in any_frequency(),
        first_due in any_date(),
        down_pct in 0i64..=90,
    ) {
        let cur = currency(code).expect("known");
        let mut input = PlanInput::new(
            Decimal::new(debt_units, cur.minor_units),
            code,
            first_due,
            PlanSize::Count(count),
        );
        input.frequency = frequency;
        input.interest = Interest::Flat { annual_rate_pct: rate };
        input.down_payment = Some(DownPayment::Percent(Decimal::from(down_pct)));
        let Some(plan) = plan_of(&input)? else { return Ok(()) };
        let down = div_half_up(i128::from(debt_units) * i128::from(down_pct), 100);
        let financed = i128::from(debt_units) - down;
        // I = P × rate/100 × n / periods per year, periods per year = num / den; the rate
        // has two decimals, so in hundredths of a percent: P × h × n × den / (10000 × num).
        let (num, den): (i128, i128) = match frequency {
            Frequency::Weekly => (52, 1),
            Frequency::Fortnightly => (26, 1),
            Frequency::SemiMonthly1st15th | Frequency::SemiMonthly15thLast => (24, 1),
            Frequency::Monthly => (12, 1),
            Frequency::BiMonthly => (6, 1),
            Frequency::Quarterly => (4, 1),
            Frequency::EveryNDays(n) => (365, i128::from(n)),
        };
        let mut hundredths = rate * Decimal::ONE_HUNDRED;
        hundredths.rescale(0);
        let expected = div_half_up(
            financed * hundredths.mantissa() * i128::from(count) * den,
            10_000 * num,
        );
        prop_assert_eq!(units(plan.totals.total_interest, cur)?, expected);
    }

    #[test]
    fn the_csv_has_one_line_per_row_plus_a_header_and_reads_back(
        input in any_input(),
        locale in prop::sample::select(NumberLocale::ALL.to_vec()),
    ) {
        let Some(plan) = plan_of(&input)? else { return Ok(()) };
        let csv = to_csv(&plan, locale);
        prop_assert!(csv.ends_with("\r\n"));
        let records = read_csv(&csv).map_err(TestCaseError::fail)?;
        prop_assert_eq!(records.len(), plan.rows.len() + 1);
        prop_assert_eq!(csv.matches("\r\n").count(), plan.rows.len() + 1);
        prop_assert!(!csv.replace("\r\n", "").contains('\n'));
        for (record, row) in records.iter().skip(1).zip(&plan.rows) {
            prop_assert_eq!(record.len(), 9);
            prop_assert_eq!(&record[0], &row.number.to_string());
            prop_assert_eq!(NaiveDate::from_str(&record[1]).ok(), Some(row.due_date));
            let figures = [row.amount, row.principal, row.interest, row.fees, row.balance_after];
            for (cell, value) in record[3..8].iter().zip(figures) {
                prop_assert_eq!(Decimal::from_str(cell).ok(), Some(value), "{}", cell);
            }
        }
    }

    #[test]
    fn a_missed_installment_costs_its_fee_and_acceleration_adds_up(
        input in any_input(),
        pick in 0usize..1_000,
    ) {
        let Some(plan) = plan_of(&input)? else { return Ok(()) };
        let index = pick % plan.rows.len();
        let row = &plan.rows[index];
        let terms = plan.terms;
        let outcome = missed(&plan, row.number, &terms)
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        let cur = plan.currency;
        let fee_of = |amount: Decimal| -> i128 {
            let flat = terms.late_fee_flat.mantissa()
                * 10i128.pow(cur.minor_units - terms.late_fee_flat.scale());
            let pct = terms.late_fee_pct.mantissa();
            flat + div_half_up(amount.mantissa() * pct, 100)
        };
        prop_assert_eq!(units(outcome.late_fee, cur)?, fee_of(row.amount));
        prop_assert_eq!(outcome.total_then_due, row.amount + outcome.late_fee);
        prop_assert_eq!(
            outcome.grace_ends,
            row.due_date + Days::new(u64::from(terms.grace_days))
        );
        match (terms.accelerate_after, outcome.acceleration) {
            (Some(n), Some(acceleration)) => {
                let missed_rows = &plan.rows[index..index + n as usize];
                let amounts: Decimal = missed_rows.iter().map(|r| r.amount).sum();
                let fees: i128 = missed_rows.iter().map(|r| fee_of(r.amount)).sum();
                prop_assert_eq!(acceleration.missed_amounts, amounts);
                prop_assert_eq!(units(acceleration.late_fees, cur)?, fees);
                let trigger = &missed_rows[missed_rows.len() - 1];
                prop_assert_eq!(acceleration.trigger_installment, trigger.number);
                prop_assert_eq!(
                    acceleration.total_due,
                    amounts + acceleration.late_fees + trigger.balance_after
                );
            }
            (Some(n), None) => prop_assert!(index + n as usize > plan.rows.len()),
            (None, acceleration) => prop_assert_eq!(acceleration, None),
        }
    }

    #[test]
    fn building_a_plan_never_panics_whatever_the_input(
        debt in any::<(u32, u32, u32, bool, u8)>(),
        count in prop_oneof![0u32..=700, any::<u32>()],
        target in any::<(u32, u32, u8)>(),
        rate in any::<(i32, u8)>(),
        first_due in prop_oneof![any_date(), Just(NaiveDate::MIN), Just(NaiveDate::MAX)],
        frequency in prop_oneof![any_frequency(), any::<u16>().prop_map(Frequency::EveryNDays)],
        roll in any_roll(),
        kind in 0u8..6,
        weights in prop::array::uniform12(any::<(i32, u8)>()),
    ) {
        let decimal = |(lo, mid, hi, negative, scale): (u32, u32, u32, bool, u8)| {
            Decimal::from_parts(lo, mid, hi, negative, u32::from(scale % 29))
        };
        let mut input = PlanInput::new(
            decimal(debt),
            "KWD",
            first_due,
            if kind % 2 == 0 {
                PlanSize::Count(count)
            } else {
                PlanSize::TargetAmount(Decimal::new(i64::from(target.0), u32::from(target.2 % 5)))
            },
        );
        input.frequency = frequency;
        input.roll = roll;
        let rate = Decimal::new(i64::from(rate.0), u32::from(rate.1 % 10));
        input.interest = match kind {
            0 | 1 => Interest::Amortized { annual_rate_pct: rate, day_count: DayCount::Actual365 },
            2 => Interest::Flat { annual_rate_pct: rate },
            _ => Interest::None,
        };
        if kind >= 4 {
            input.distribution = Distribution::Seasonal {
                weights: weights.map(|(w, s)| Decimal::new(i64::from(w), u32::from(s % 28))),
            };
        }
        input.first_payment = (target.1 % 3 == 0).then(|| Decimal::new(i64::from(target.1), 3));
        let _ = build_plan(&input);
    }
}

/// Reads RFC 4180 CSV: records end with CRLF; fields are separated by commas; a quoted
/// field may hold commas, CRLF and doubled quotes.
fn read_csv(text: &str) -> Result<Vec<Vec<String>>, String> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    let mut at_field_start = true;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                other => field.push(other),
            }
            continue;
        }
        match c {
            '"' if at_field_start => {
                quoted = true;
                at_field_start = false;
            }
            '"' => return Err("a quote inside an unquoted field".into()),
            ',' => {
                record.push(std::mem::take(&mut field));
                at_field_start = true;
            }
            '\r' => {
                if chars.next() != Some('\n') {
                    return Err("CR without LF".into());
                }
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
                at_field_start = true;
            }
            '\n' => return Err("LF without CR".into()),
            other => {
                field.push(other);
                at_field_start = false;
            }
        }
    }
    if quoted || !field.is_empty() || !record.is_empty() {
        return Err("the last record does not end with CRLF".into());
    }
    Ok(records)
}

#[test]
fn the_csv_reader_reads_quotes_and_refuses_bare_line_feeds() {
    assert_eq!(
        read_csv("a,\"b,\"\"c\"\"\"\r\n\"x\r\ny\",\r\n"),
        Ok(vec![
            vec!["a".to_string(), "b,\"c\"".to_string()],
            vec!["x\r\ny".to_string(), String::new()],
        ])
    );
    assert!(read_csv("a\nb\r\n").is_err());
    assert!(read_csv("a,b").is_err());
}
