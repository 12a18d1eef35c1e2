//! Unit tests of the plan module: known schedules, errors, warnings, missed payments,
//! comparisons and exports.

use chrono::{NaiveDate, Weekday};
use rust_decimal::prelude::MathematicalOps;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use super::*;
use crate::amount::NumberLocale;
use crate::calendar::{BusinessCalendar, Roll};
use crate::dates::{Frequency, ScheduleOptions};
use crate::holidays::HolidayRegion;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A plan input without rolling, so dates are the schedule's.
fn input(debt: Decimal, currency: &str, first: NaiveDate, size: PlanSize) -> PlanInput {
    let mut input = PlanInput::new(debt, currency, first, size);
    input.roll = Roll::None;
    input
}

fn amounts(plan: &Plan) -> Vec<Decimal> {
    plan.rows.iter().map(|row| row.amount).collect()
}

fn dates(plan: &Plan) -> Vec<NaiveDate> {
    plan.rows.iter().map(|row| row.due_date).collect()
}

fn amortized(pct: Decimal, day_count: DayCount) -> Interest {
    Interest::Amortized {
        annual_rate_pct: pct,
        day_count,
    }
}

/// The invariants every plan must keep.
fn assert_consistent(plan: &Plan) {
    let minor = plan.currency.minor_units;
    let mut balance = plan.debt;
    for row in &plan.rows {
        assert_eq!(
            row.amount,
            row.principal + row.interest + row.fees,
            "{row:?}"
        );
        for value in [
            row.amount,
            row.principal,
            row.interest,
            row.fees,
            row.balance_after,
        ] {
            assert!(value >= Decimal::ZERO, "{row:?}");
            assert_eq!(value.scale(), minor, "{value} in {row:?}");
        }
        balance -= row.principal;
        assert_eq!(row.balance_after, balance, "{row:?}");
    }
    assert_eq!(balance, Decimal::ZERO);
    let paid: Decimal = plan.rows.iter().map(|row| row.amount).sum();
    assert_eq!(paid, plan.totals.total_paid);
    assert_eq!(
        paid,
        plan.debt + plan.totals.total_interest + plan.totals.total_fees
    );
    assert_eq!(plan.totals.total_principal, plan.debt);
}

#[test]
fn equal_splits_put_the_remainder_on_the_last_installment() {
    let cases = [
        (
            "GBP",
            dec!(1000),
            3,
            vec![dec!(333.33), dec!(333.33), dec!(333.34)],
        ),
        (
            "JPY",
            dec!(10000),
            3,
            vec![dec!(3333), dec!(3333), dec!(3334)],
        ),
        (
            "KWD",
            dec!(1000),
            3,
            vec![dec!(333.333), dec!(333.333), dec!(333.334)],
        ),
        ("KWD", dec!(0.002), 3, vec![dec!(0), dec!(0), dec!(0.002)]),
        ("EUR", dec!(100), 1, vec![dec!(100.00)]),
        ("USD", dec!(0.05), 2, vec![dec!(0.02), dec!(0.03)]),
    ];
    for (code, debt, count, expected) in cases {
        let plan = build_plan(&input(
            debt,
            code,
            date(2025, 1, 10),
            PlanSize::Count(count),
        ))
        .unwrap();
        assert_eq!(amounts(&plan), expected, "{debt} {code} in {count}");
        assert_consistent(&plan);
    }
}

#[test]
fn monthly_dates_step_from_the_anchor() {
    let plan = build_plan(&input(
        dec!(400),
        "GBP",
        date(2024, 1, 31),
        PlanSize::Count(4),
    ))
    .unwrap();
    assert_eq!(
        dates(&plan),
        [
            date(2024, 1, 31),
            date(2024, 2, 29),
            date(2024, 3, 31),
            date(2024, 4, 30)
        ]
    );
    let plan = build_plan(&input(
        dec!(300),
        "GBP",
        date(2023, 1, 31),
        PlanSize::Count(3),
    ))
    .unwrap();
    assert_eq!(
        dates(&plan),
        [date(2023, 1, 31), date(2023, 2, 28), date(2023, 3, 31)]
    );
    let weekdays: Vec<Weekday> = plan.rows.iter().map(|row| row.weekday).collect();
    assert_eq!(weekdays, [Weekday::Tue, Weekday::Tue, Weekday::Fri]);
}

#[test]
fn rolling_follows_holidays_and_keeps_the_scheduled_date() {
    // 29 March 2024 is Good Friday in England: following → Tuesday 2 April.
    let mut plan_input = input(dec!(300), "GBP", date(2024, 1, 29), PlanSize::Count(3));
    plan_input.roll = Roll::Following;
    plan_input.calendar = BusinessCalendar::for_region(HolidayRegion::EnglandWales);
    let plan = build_plan(&plan_input).unwrap();
    assert_eq!(
        dates(&plan),
        [date(2024, 1, 29), date(2024, 2, 29), date(2024, 4, 2)]
    );
    assert_eq!(plan.rows[2].scheduled_date, date(2024, 3, 29));
    assert!(plan.rows[2].was_moved());
    assert!(!plan.rows[2].same_day);
    assert!(plan.warnings.is_empty());
}

#[test]
fn a_roll_that_merges_days_keeps_both_rows_and_warns() {
    // Daily from Friday 7 March 2025: Saturday and Sunday roll to Monday 10 March.
    let mut plan_input = input(dec!(500), "EUR", date(2025, 3, 7), PlanSize::Count(5));
    plan_input.frequency = Frequency::EveryNDays(1);
    plan_input.roll = Roll::Following;
    let plan = build_plan(&plan_input).unwrap();
    assert_eq!(
        dates(&plan),
        [
            date(2025, 3, 7),
            date(2025, 3, 10),
            date(2025, 3, 10),
            date(2025, 3, 10),
            date(2025, 3, 11)
        ]
    );
    let flags: Vec<bool> = plan.rows.iter().map(|row| row.same_day).collect();
    assert_eq!(flags, [false, true, true, true, false]);
    assert_eq!(
        plan.warnings,
        [PlanWarning::SameDay {
            date: date(2025, 3, 10),
            installments: vec![2, 3, 4]
        }]
    );
    assert_consistent(&plan);
}

#[test]
fn seasonal_weights_skip_closed_months_and_share_by_weight() {
    // A ski school: December to March, January and February count double.
    let mut weights = [dec!(0); 12];
    weights[0] = dec!(2);
    weights[1] = dec!(2);
    weights[2] = dec!(1);
    weights[11] = dec!(1);
    let mut plan_input = input(dec!(6000), "CHF", date(2025, 10, 15), PlanSize::Count(4));
    plan_input.distribution = Distribution::Seasonal { weights };
    let plan = build_plan(&plan_input).unwrap();
    assert_eq!(
        dates(&plan),
        [
            date(2025, 12, 15),
            date(2026, 1, 15),
            date(2026, 2, 15),
            date(2026, 3, 15)
        ]
    );
    assert_eq!(
        amounts(&plan),
        [dec!(1000.00), dec!(2000.00), dec!(2000.00), dec!(1000.00)]
    );
    assert_consistent(&plan);

    // Pennies that do not divide go on the last paying installment.
    plan_input.debt = dec!(100);
    let plan = build_plan(&plan_input).unwrap();
    assert_eq!(
        amounts(&plan),
        [dec!(16.66), dec!(33.33), dec!(33.33), dec!(16.68)]
    );

    // The count is of paying installments: 6 reach into the next winter.
    plan_input.size = PlanSize::Count(6);
    let plan = build_plan(&plan_input).unwrap();
    assert_eq!(plan.rows[4].due_date, date(2026, 12, 15));
    assert_eq!(plan.rows[5].due_date, date(2027, 1, 15));
    assert_consistent(&plan);

    // With an annuity, the weights shape the installments and interest runs through the
    // closed months.
    plan_input.size = PlanSize::Count(6);
    plan_input.debt = dec!(6000);
    plan_input.interest = amortized(dec!(10), DayCount::Actual365);
    let plan = build_plan(&plan_input).unwrap();
    assert_eq!(plan.rows[1].amount, plan.rows[2].amount);
    assert!(plan.rows[1].amount > plan.rows[0].amount * dec!(1.9));
    // March to December: nine months of interest on what is left after March.
    assert!(plan.rows[4].interest > plan.rows[3].interest);
    assert_consistent(&plan);
}

#[test]
fn custom_percentages_share_exactly() {
    let cases = [
        (
            dec!(1000),
            vec![dec!(50), dec!(30), dec!(20)],
            vec![dec!(500.00), dec!(300.00), dec!(200.00)],
        ),
        (
            dec!(10),
            vec![dec!(33.3), dec!(33.3), dec!(33.4)],
            vec![dec!(3.33), dec!(3.33), dec!(3.34)],
        ),
        (
            dec!(0.07),
            vec![dec!(12.5), dec!(87.5)],
            vec![dec!(0.00), dec!(0.07)],
        ),
    ];
    for (debt, percents, expected) in cases {
        let count = u32::try_from(percents.len()).unwrap();
        let mut plan_input = input(debt, "GBP", date(2025, 2, 3), PlanSize::Count(count));
        plan_input.distribution = Distribution::CustomPercent(percents.clone());
        let plan = build_plan(&plan_input).unwrap();
        assert_eq!(amounts(&plan), expected, "{debt} by {percents:?}");
        assert_consistent(&plan);
    }
}

#[test]
fn the_documented_annuity_example() {
    let mut plan_input = input(dec!(1000), "GBP", date(2025, 1, 15), PlanSize::Count(3));
    plan_input.interest = amortized(dec!(12), DayCount::Thirty360);
    let plan = build_plan(&plan_input).unwrap();
    assert_eq!(plan.start_date, date(2024, 12, 15));
    assert_eq!(amounts(&plan), [dec!(340.02), dec!(340.02), dec!(340.03)]);
    let interest: Vec<Decimal> = plan.rows.iter().map(|row| row.interest).collect();
    assert_eq!(interest, [dec!(10.00), dec!(6.70), dec!(3.37)]);
    let principal: Vec<Decimal> = plan.rows.iter().map(|row| row.principal).collect();
    assert_eq!(principal, [dec!(330.02), dec!(333.32), dec!(336.66)]);
    assert_eq!(plan.totals.total_interest, dec!(20.07));
    assert_consistent(&plan);
    // 30/360 charges 1 % a month, but the actual months are 31, 31 and 28 days and the
    // larger balances run over the longer ones: the APR, on actual days, is a bit lower.
    let apr = plan.apr.unwrap();
    assert_eq!(apr.periods_per_year, dec!(12));
    assert_eq!(apr.nominal_pct, dec!(11.9679));
    assert_eq!(apr.periodic_pct, dec!(0.9973));
    assert_eq!(apr.effective_pct, Some(dec!(12.6467)));
}

#[test]
fn the_level_payment_is_the_closed_form_annuity() {
    let cases = [
        (dec!(1000), dec!(12), 3, Frequency::Monthly),
        (dec!(25000), dec!(7.9), 36, Frequency::Monthly),
        (dec!(5000), dec!(19.99), 24, Frequency::Fortnightly),
        (dec!(100000), dec!(5), 20, Frequency::Quarterly),
        (dec!(1234.56), dec!(100), 52, Frequency::Weekly),
    ];
    for (debt, pct, count, frequency) in cases {
        let mut plan_input = input(debt, "EUR", date(2025, 1, 6), PlanSize::Count(count));
        plan_input.frequency = frequency;
        plan_input.interest = amortized(pct, DayCount::Thirty360);
        let plan = build_plan(&plan_input).unwrap();
        let r = pct / Decimal::ONE_HUNDRED / periods_per_year(frequency);
        let v_n = (Decimal::ONE + r).powi(-i64::from(count));
        let exact = debt * r / (Decimal::ONE - v_n);
        let expected =
            exact.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
        assert_eq!(
            plan.rows[0].amount, expected,
            "{debt} at {pct} over {count} {frequency:?}"
        );
        assert_consistent(&plan);
    }
}

#[test]
fn flat_interest_is_spread_like_the_principal() {
    let mut plan_input = input(dec!(1200), "GBP", date(2025, 1, 15), PlanSize::Count(12));
    plan_input.interest = Interest::Flat {
        annual_rate_pct: dec!(10),
    };
    let plan = build_plan(&plan_input).unwrap();
    assert_eq!(plan.totals.total_interest, dec!(120.00));
    assert!(plan.rows.iter().all(|row| row.amount == dec!(110.00)));
    assert!(plan.rows.iter().all(|row| row.interest == dec!(10.00)));
    assert_consistent(&plan);

    // Six months at 10 %: half a year.
    plan_input.size = PlanSize::Count(6);
    let plan = build_plan(&plan_input).unwrap();
    assert_eq!(plan.totals.total_interest, dec!(60.00));
    assert_eq!(amounts(&plan), vec![dec!(210.00); 6]);

    // An exact half penny rounds up: 0.01 × 100 % × 6/12 = 0.005.
    plan_input.debt = dec!(0.01);
    plan_input.interest = Interest::Flat {
        annual_rate_pct: dec!(100),
    };
    let plan = build_plan(&plan_input).unwrap();
    assert_eq!(plan.totals.total_interest, dec!(0.01));
    assert_consistent(&plan);
}

#[test]
fn down_payments_become_row_zero() {
    let mut plan_input = input(dec!(1000), "GBP", date(2025, 3, 14), PlanSize::Count(3));
    plan_input.down_payment = Some(DownPayment::Percent(dec!(10)));
    let plan = build_plan(&plan_input).unwrap();
    assert_eq!(
        amounts(&plan),
        [dec!(100.00), dec!(300.00), dec!(300.00), dec!(300.00)]
    );
    assert_eq!(plan.rows[0].number, 0);
    assert_eq!(plan.rows[0].due_date, date(2025, 3, 14));
    assert_eq!(plan.rows[0].balance_after, dec!(900.00));
    assert_eq!(plan.totals.installments, 3);
    assert_consistent(&plan);

    // An explicit date before the first installment; a percentage that needs rounding.
    plan_input.down_payment = Some(DownPayment::Percent(dec!(33.333)));
    plan_input.down_payment_date = Some(date(2025, 3, 1));
    let plan = build_plan(&plan_input).unwrap();
    assert_eq!(plan.rows[0].amount, dec!(333.33));
    assert_eq!(plan.rows[0].due_date, date(2025, 3, 1));
    assert_eq!(
        &amounts(&plan)[1..],
        [dec!(222.22), dec!(222.22), dec!(222.23)]
    );

    // After the first installment: refused.
    plan_input.down_payment_date = Some(date(2025, 3, 15));
    assert_eq!(
        build_plan(&plan_input).unwrap_err(),
        [PlanFieldError::new(
            PlanField::DownPaymentDate,
            PlanErrorKind::MustNotBeAfter {
                date: date(2025, 3, 14),
                other: PlanField::FirstDueDate
            }
        )]
    );

    // Zero is no down payment.
    plan_input.down_payment = Some(DownPayment::Amount(dec!(0)));
    plan_input.down_payment_date = None;
    let plan = build_plan(&plan_input).unwrap();
    assert!(plan.down_payment().is_none());
}

#[test]
fn a_fixed_first_payment_leaves_the_rest_to_share() {
    let mut plan_input = input(dec!(1000), "GBP", date(2025, 3, 14), PlanSize::Count(4));
    plan_input.first_payment = Some(dec!(400));
    let plan = build_plan(&plan_input).unwrap();
    assert_eq!(
        amounts(&plan),
        [dec!(400.00), dec!(200.00), dec!(200.00), dec!(200.00)]
    );

    // With an annuity: the first is fixed, the others are level, the last absorbs.
    plan_input.interest = amortized(dec!(12), DayCount::Thirty360);
    let plan = build_plan(&plan_input).unwrap();
    assert_eq!(plan.rows[0].amount, dec!(400.00));
    assert_eq!(plan.rows[0].interest, dec!(10.00));
    // 610.00 left, over 3 months at 1 %: 207.41.
    assert_eq!(plan.rows[1].amount, dec!(207.41));
    assert_eq!(plan.rows[2].amount, dec!(207.41));
    assert!((plan.rows[3].amount - dec!(207.41)).abs() <= dec!(0.02));
    assert_consistent(&plan);
}

#[test]
fn a_set_up_fee_goes_on_the_first_installment_and_into_the_apr() {
    let mut plan_input = input(dec!(1200), "GBP", date(2025, 3, 14), PlanSize::Count(12));
    plan_input.setup_fee = Some(dec!(25));
    plan_input.down_payment = Some(DownPayment::Amount(dec!(200)));
    let plan = build_plan(&plan_input).unwrap();
    assert_eq!(plan.rows[0].fees, dec!(0.00));
    assert_eq!(plan.rows[1].fees, dec!(25.00));
    assert_eq!(plan.rows[1].amount, dec!(108.33));
    assert_eq!(plan.totals.total_fees, dec!(25.00));
    assert_eq!(plan.totals.total_paid, dec!(1225.00));
    assert!(
        plan.apr.as_ref().unwrap().nominal_pct > dec!(1),
        "{:?}",
        plan.apr
    );
    assert_consistent(&plan);
}

#[test]
fn target_amounts_fix_every_installment_but_the_last() {
    let cases = [
        // (debt, target, amounts, tiny last?)
        (
            dec!(1000),
            dec!(300),
            vec![dec!(300.00), dec!(300.00), dec!(300.00), dec!(100.00)],
            false,
        ),
        (
            dec!(1000),
            dec!(320),
            vec![dec!(320.00), dec!(320.00), dec!(320.00), dec!(40.00)],
            true,
        ),
        (dec!(1000), dec!(1000), vec![dec!(1000.00)], false),
        (dec!(1000), dec!(5000), vec![dec!(1000.00)], false),
        (dec!(1000), dec!(250), vec![dec!(250.00); 4], false),
    ];
    for (debt, target, expected, tiny) in cases {
        let plan = build_plan(&input(
            debt,
            "GBP",
            date(2025, 1, 15),
            PlanSize::TargetAmount(target),
        ))
        .unwrap();
        assert_eq!(amounts(&plan), expected, "{debt} at {target}");
        assert_eq!(
            plan.warnings
                .iter()
                .any(|w| matches!(w, PlanWarning::TinyLastInstallment { .. })),
            tiny,
            "{debt} at {target}: {:?}",
            plan.warnings
        );
        assert_consistent(&plan);
    }
}

#[test]
fn target_amounts_with_interest() {
    // Annuity: the target repaid until the rest fits in one installment.
    let mut plan_input = input(
        dec!(1000),
        "GBP",
        date(2025, 1, 15),
        PlanSize::TargetAmount(dec!(350)),
    );
    plan_input.interest = amortized(dec!(12), DayCount::Thirty360);
    let plan = build_plan(&plan_input).unwrap();
    assert_eq!(amounts(&plan), [dec!(350.00), dec!(350.00), dec!(319.77)]);
    assert!(plan.warnings.is_empty());
    // The level payment of 3 as a target: the rounding penny needs a fourth, tiny one.
    plan_input.size = PlanSize::TargetAmount(dec!(340.02));
    let plan = build_plan(&plan_input).unwrap();
    assert_eq!(
        amounts(&plan),
        [dec!(340.02), dec!(340.02), dec!(340.02), dec!(0.01)]
    );
    assert_eq!(
        plan.warnings,
        [PlanWarning::TinyLastInstallment {
            amount: dec!(0.01),
            reference: dec!(340.02)
        }]
    );
    assert_consistent(&plan);

    // Flat: 1200 at 12 %, 110 a month: n months cost 12·n interest, 110·n ≥ 1200 + 12·n → 13.
    plan_input.interest = Interest::Flat {
        annual_rate_pct: dec!(12),
    };
    plan_input.debt = dec!(1200);
    plan_input.size = PlanSize::TargetAmount(dec!(110));
    let plan = build_plan(&plan_input).unwrap();
    assert_eq!(plan.totals.installments, 13);
    assert_eq!(plan.totals.total_interest, dec!(156.00));
    assert_eq!(plan.rows[12].amount, dec!(36.00));
    assert_consistent(&plan);
}

#[test]
fn a_target_that_never_repays_the_interest_is_refused() {
    let mut plan_input = input(
        dec!(1000),
        "GBP",
        date(2025, 1, 15),
        PlanSize::TargetAmount(dec!(10)),
    );
    plan_input.interest = amortized(dec!(12), DayCount::Thirty360);
    assert_eq!(
        build_plan(&plan_input).unwrap_err(),
        [PlanFieldError::new(
            PlanField::TargetAmount,
            PlanErrorKind::InstallmentTooSmall {
                interest: dec!(10.00)
            }
        )]
    );
    // Just above the interest: repays, but too slowly.
    plan_input.size = PlanSize::TargetAmount(dec!(10.01));
    assert_eq!(
        build_plan(&plan_input).unwrap_err()[0].kind,
        PlanErrorKind::TooManyInstallments { max: 600 }
    );
    // Flat interest: 10 a month.
    plan_input.interest = Interest::Flat {
        annual_rate_pct: dec!(12),
    };
    plan_input.size = PlanSize::TargetAmount(dec!(10));
    assert_eq!(
        build_plan(&plan_input).unwrap_err()[0].kind,
        PlanErrorKind::InstallmentTooSmall {
            interest: dec!(10.00)
        }
    );
    // No interest, too many.
    plan_input.interest = Interest::None;
    plan_input.size = PlanSize::TargetAmount(dec!(1));
    assert_eq!(
        build_plan(&plan_input).unwrap_err()[0],
        PlanFieldError::new(
            PlanField::TargetAmount,
            PlanErrorKind::TooManyInstallments { max: 600 }
        )
    );
}

#[test]
fn every_field_error_is_reported_at_once() {
    let mut plan_input = input(dec!(-5), "XYZ", date(2025, 1, 15), PlanSize::Count(601));
    plan_input.down_payment = Some(DownPayment::Percent(dec!(100)));
    plan_input.first_payment = Some(dec!(0));
    plan_input.frequency = Frequency::EveryNDays(0);
    plan_input.interest = Interest::Flat {
        annual_rate_pct: dec!(101),
    };
    plan_input.setup_fee = Some(dec!(-1));
    plan_input.start_date = Some(date(2025, 2, 1));
    plan_input.missed_terms = MissedTerms {
        grace_days: 400,
        late_fee_flat: dec!(-1),
        late_fee_pct: dec!(150),
        accelerate_after: Some(0),
    };
    let fields: Vec<PlanField> = plan_input
        .validate()
        .unwrap_err()
        .into_iter()
        .map(|error| error.field)
        .collect();
    assert_eq!(
        fields,
        [
            PlanField::Debt,
            PlanField::Currency,
            PlanField::DownPaymentPercent,
            PlanField::FirstPayment,
            PlanField::InstallmentCount,
            PlanField::Frequency,
            PlanField::InterestRate,
            PlanField::SetupFee,
            PlanField::StartDate,
            PlanField::GraceDays,
            PlanField::LateFeeFlat,
            PlanField::LateFeePct,
            PlanField::AccelerateAfter,
        ]
    );
}

#[test]
fn field_errors_table() {
    use PlanErrorKind as K;
    use PlanField as F;
    let base = || input(dec!(1000), "GBP", date(2025, 1, 15), PlanSize::Count(3));
    type Edit = fn(&mut PlanInput);
    let cases: Vec<(Edit, F, K)> = vec![
        (|i| i.debt = dec!(0), F::Debt, K::MustBePositive),
        (
            |i| i.debt = dec!(10.001),
            F::Debt,
            K::TooManyDecimals { decimals: 2 },
        ),
        (
            |i| i.debt = dec!(2e15),
            F::Debt,
            K::TooLarge { max: MAX_AMOUNT },
        ),
        (
            |i| {
                i.currency = "JPY".into();
                i.debt = dec!(10.5);
            },
            F::Debt,
            K::TooManyDecimals { decimals: 0 },
        ),
        (
            |i| i.down_payment = Some(DownPayment::Amount(dec!(1000))),
            F::DownPaymentAmount,
            K::MustBeLessThan {
                limit: dec!(1000),
                other: Some(F::Debt),
            },
        ),
        (
            |i| i.down_payment = Some(DownPayment::Amount(dec!(-1))),
            F::DownPaymentAmount,
            K::MustNotBeNegative,
        ),
        (
            |i| i.down_payment = Some(DownPayment::Percent(dec!(-1))),
            F::DownPaymentPercent,
            K::MustNotBeNegative,
        ),
        (
            |i| i.down_payment_date = Some(date(1900, 1, 1)),
            F::DownPaymentDate,
            K::YearOutOfRange {
                min: 1990,
                max: 2100,
            },
        ),
        (
            |i| i.first_payment = Some(dec!(1000)),
            F::FirstPayment,
            K::MustBeLessThan {
                limit: dec!(1000),
                other: None,
            },
        ),
        (
            |i| {
                i.first_payment = Some(dec!(100));
                i.size = PlanSize::Count(1);
            },
            F::FirstPayment,
            K::NeedsTwoInstallments,
        ),
        (
            |i| i.size = PlanSize::Count(0),
            F::InstallmentCount,
            K::ZeroInstallments,
        ),
        (
            |i| i.size = PlanSize::Count(601),
            F::InstallmentCount,
            K::TooManyInstallments { max: 600 },
        ),
        (
            |i| i.size = PlanSize::TargetAmount(dec!(-3)),
            F::TargetAmount,
            K::MustBePositive,
        ),
        (
            |i| {
                i.size = PlanSize::TargetAmount(dec!(300));
                i.distribution = Distribution::Seasonal {
                    weights: [dec!(1); 12],
                };
            },
            F::TargetAmount,
            K::NeedsEqualDistribution,
        ),
        (
            |i| {
                i.size = PlanSize::TargetAmount(dec!(300));
                i.distribution = Distribution::CustomPercent(vec![dec!(100)]);
            },
            F::TargetAmount,
            K::NotWithCustomPercentages,
        ),
        (
            |i| {
                i.first_payment = Some(dec!(300));
                i.distribution = Distribution::CustomPercent(vec![dec!(50), dec!(25), dec!(25)]);
            },
            F::FirstPayment,
            K::NotWithCustomPercentages,
        ),
        (
            |i| i.distribution = Distribution::CustomPercent(vec![dec!(50), dec!(50)]),
            F::InstallmentCount,
            K::CountMismatch { expected: 2 },
        ),
        (
            |i| i.distribution = Distribution::CustomPercent(vec![dec!(50), dec!(0), dec!(50)]),
            F::CustomPercent { index: 1 },
            K::MustBePositive,
        ),
        (
            |i| i.distribution = Distribution::CustomPercent(vec![]),
            F::CustomPercents,
            K::ZeroInstallments,
        ),
        (
            |i| {
                i.distribution = Distribution::Seasonal {
                    weights: [dec!(0); 12],
                }
            },
            F::SeasonalWeights,
            K::WeightsSumToZero,
        ),
        (
            |i| {
                let mut weights = [dec!(1); 12];
                weights[11] = dec!(-1);
                i.distribution = Distribution::Seasonal { weights };
            },
            F::SeasonalWeight { month: 12 },
            K::MustNotBeNegative,
        ),
        (
            |i| {
                i.interest = Interest::Amortized {
                    annual_rate_pct: dec!(-2),
                    day_count: DayCount::Actual365,
                }
            },
            F::InterestRate,
            K::MustNotBeNegative,
        ),
        (
            |i| i.start_date = Some(date(2025, 1, 16)),
            F::StartDate,
            K::MustNotBeAfter {
                date: date(2025, 1, 15),
                other: F::FirstDueDate,
            },
        ),
        (
            |i| i.first_due_date = date(2101, 1, 1),
            F::FirstDueDate,
            K::YearOutOfRange {
                min: 1990,
                max: 2100,
            },
        ),
    ];
    for (edit, field, kind) in cases {
        let mut plan_input = base();
        edit(&mut plan_input);
        let errors = build_plan(&plan_input).unwrap_err();
        assert_eq!(
            errors,
            [PlanFieldError::new(field, kind.clone())],
            "{field:?} {kind:?}"
        );
    }
}

#[test]
fn schedule_level_errors() {
    // A first payment with flat interest must stay below principal plus interest.
    let mut plan_input = input(dec!(1200), "GBP", date(2025, 1, 15), PlanSize::Count(12));
    plan_input.interest = Interest::Flat {
        annual_rate_pct: dec!(10),
    };
    plan_input.first_payment = Some(dec!(1250));
    let plan = build_plan(&plan_input).unwrap();
    assert_eq!(plan.rows[0].amount, dec!(1250.00));
    assert_consistent(&plan);
    plan_input.first_payment = Some(dec!(1320));
    assert_eq!(
        build_plan(&plan_input).unwrap_err()[0],
        PlanFieldError::new(
            PlanField::FirstPayment,
            PlanErrorKind::MustBeLessThan {
                limit: dec!(1320.00),
                other: None
            }
        )
    );

    // An annuity's fixed first payment must beat its period's interest.
    let mut plan_input = input(dec!(1000), "GBP", date(2025, 1, 15), PlanSize::Count(3));
    plan_input.interest = amortized(dec!(12), DayCount::Thirty360);
    plan_input.first_payment = Some(dec!(10));
    assert_eq!(
        build_plan(&plan_input).unwrap_err()[0],
        PlanFieldError::new(
            PlanField::FirstPayment,
            PlanErrorKind::InstallmentTooSmall {
                interest: dec!(10.00)
            }
        )
    );

    // A calendar closed for more than a year cannot roll.
    let mut plan_input = input(dec!(100), "GBP", date(2025, 1, 15), PlanSize::Count(1));
    plan_input.roll = Roll::Following;
    let start = date(2025, 1, 1);
    plan_input.calendar.extra_holidays = (0..800).map(|d| start + chrono::Days::new(d)).collect();
    assert_eq!(
        build_plan(&plan_input).unwrap_err()[0].kind,
        PlanErrorKind::NoBusinessDay {
            date: date(2025, 1, 15)
        }
    );
}

#[test]
fn warnings_table() {
    let mut plan_input = input(dec!(1000), "GBP", date(2025, 1, 15), PlanSize::Count(3));
    plan_input.invoice_date = Some(date(2025, 2, 1));
    let plan = build_plan(&plan_input).unwrap();
    assert_eq!(
        plan.warnings,
        [PlanWarning::FirstDueBeforeInvoiceDate {
            first_due: date(2025, 1, 15),
            invoice_date: date(2025, 2, 1)
        }]
    );

    // An annuity starting long before its first due date: the last absorbs a lot, and the
    // tiny-last warning compares it with the level payment.
    let mut plan_input = input(dec!(1000), "GBP", date(2025, 1, 15), PlanSize::Count(3));
    plan_input.interest = amortized(dec!(12), DayCount::Thirty360);
    plan_input.start_date = Some(date(2025, 1, 15));
    let plan = build_plan(&plan_input).unwrap();
    assert_eq!(plan.rows[0].interest, dec!(0.00));
    assert!(plan.rows[2].amount < dec!(340.02));
    assert_consistent(&plan);
}

#[test]
fn interest_free_plans_have_an_apr_of_exactly_zero() {
    let mut plan_input = PlanInput::new(dec!(999.99), "GBP", date(2025, 1, 15), PlanSize::Count(7));
    plan_input.down_payment = Some(DownPayment::Amount(dec!(100)));
    let apr = build_plan(&plan_input).unwrap().apr.unwrap();
    assert!(apr.nominal_pct.is_zero());
    assert!(apr.effective_pct.unwrap().is_zero());
    assert!(apr.periodic_pct.is_zero());
}

#[test]
fn amortized_aprs_match_their_rates() {
    // (frequency, rate, day count, tolerance in points). High rates drift further: the
    // months are charged simple interest on 28–31 days, the APR compounds daily.
    let cases = [
        (Frequency::Monthly, dec!(8), DayCount::Actual365, dec!(0.01)),
        (
            Frequency::Monthly,
            dec!(19.9),
            DayCount::Actual365,
            dec!(0.01),
        ),
        (
            Frequency::Monthly,
            dec!(100),
            DayCount::Actual365,
            dec!(0.05),
        ),
        (Frequency::Monthly, dec!(5), DayCount::Thirty360, dec!(0.02)),
        (
            Frequency::Quarterly,
            dec!(12),
            DayCount::Thirty360,
            dec!(0.05),
        ),
        (Frequency::Weekly, dec!(10), DayCount::Actual365, dec!(0.01)),
        (
            Frequency::EveryNDays(10),
            dec!(10),
            DayCount::Actual365,
            dec!(0.01),
        ),
    ];
    for (frequency, pct, day_count, tolerance) in cases {
        for month in 1..=12 {
            let first = date(2025, month, 15);
            let mut plan_input = input(dec!(100000), "EUR", first, PlanSize::Count(24));
            plan_input.frequency = frequency;
            plan_input.interest = amortized(pct, day_count);
            let plan = build_plan(&plan_input).unwrap();
            let apr = plan.apr.unwrap();
            assert!(
                (apr.nominal_pct - pct).abs() <= tolerance,
                "{frequency:?} {pct} {day_count:?} from {first}: {apr:?}"
            );
        }
    }
}

#[test]
fn semi_monthly_and_month_end_schedules() {
    let mut plan_input = input(dec!(400), "USD", date(2024, 1, 20), PlanSize::Count(4));
    plan_input.frequency = Frequency::SemiMonthly15thLast;
    let plan = build_plan(&plan_input).unwrap();
    assert_eq!(
        dates(&plan),
        [
            date(2024, 1, 31),
            date(2024, 2, 15),
            date(2024, 2, 29),
            date(2024, 3, 15)
        ]
    );
    assert_eq!(plan.start_date, date(2024, 1, 15));

    let mut plan_input = input(dec!(300), "USD", date(2024, 4, 30), PlanSize::Count(3));
    plan_input.schedule_options = ScheduleOptions {
        stick_to_month_end: true,
    };
    let plan = build_plan(&plan_input).unwrap();
    assert_eq!(
        dates(&plan),
        [date(2024, 4, 30), date(2024, 5, 31), date(2024, 6, 30)]
    );
}

#[test]
fn missed_payment_scenarios() {
    let mut plan_input = input(dec!(1000), "GBP", date(2025, 6, 2), PlanSize::Count(4));
    plan_input.down_payment = Some(DownPayment::Amount(dec!(200)));
    plan_input.missed_terms = MissedTerms {
        grace_days: 0,
        late_fee_flat: dec!(0),
        late_fee_pct: dec!(10),
        accelerate_after: Some(1),
    };
    let plan = build_plan(&plan_input).unwrap();
    assert_eq!(plan.terms, plan_input.missed_terms);

    // Acceleration at the first miss: everything still owed, plus the fee.
    let outcome = missed(&plan, 0, &plan.terms).unwrap();
    assert_eq!(outcome.late_fee, dec!(20.00));
    assert_eq!(outcome.late_from, date(2025, 6, 3));
    let acceleration = outcome.acceleration.unwrap();
    assert_eq!(acceleration.trigger_installment, 0);
    assert_eq!(acceleration.total_due, dec!(1020.00));

    let outcome = missed(&plan, 3, &plan.terms).unwrap();
    assert_eq!(outcome.amount, dec!(200.00));
    let acceleration = outcome.acceleration.unwrap();
    assert_eq!(acceleration.remaining_principal, dec!(200.00));
    assert_eq!(acceleration.total_due, dec!(420.00));

    // No acceleration terms.
    let terms = MissedTerms::default();
    let outcome = missed(&plan, 3, &terms).unwrap();
    assert_eq!(outcome.late_fee, dec!(0.00));
    assert_eq!(outcome.grace_ends, outcome.due_date);
    assert_eq!(outcome.acceleration, None);

    // Errors.
    assert_eq!(
        missed(&plan, 5, &terms),
        Err(MissedError::NoSuchInstallment {
            installment: 5,
            last: 4
        })
    );
    let bad = MissedTerms {
        late_fee_flat: dec!(0.001),
        ..terms
    };
    assert!(matches!(
        missed(&plan, 1, &bad),
        Err(MissedError::InvalidTerms(errors)) if errors[0].field == PlanField::LateFeeFlat
    ));

    // A hand-made plan with absurd figures: an error, not a panic.
    let mut absurd = plan.clone();
    absurd.rows[1].amount = Decimal::MAX;
    absurd.rows[1].due_date = NaiveDate::MAX;
    let terms = MissedTerms {
        accelerate_after: Some(2),
        ..MissedTerms::default()
    };
    assert_eq!(missed(&absurd, 1, &terms), Err(MissedError::DateOutOfRange));
    absurd.rows[1].due_date = date(2025, 6, 2);
    absurd.rows[2].amount = Decimal::MAX;
    assert_eq!(
        missed(&absurd, 1, &terms),
        Err(MissedError::TooLargeToCompute)
    );
}

#[test]
fn compare_refuses_too_many_and_names_invalid_options() {
    let good = input(dec!(1000), "GBP", date(2025, 1, 15), PlanSize::Count(3));
    let mut bad = good.clone();
    bad.size = PlanSize::Count(0);
    assert_eq!(
        compare(&[good.clone(), good.clone(), good.clone(), good.clone()]),
        Err(CompareError::TooManyOptions { given: 4, max: 3 })
    );
    match compare(&[good.clone(), bad.clone(), bad]) {
        Err(CompareError::InvalidOptions(options)) => {
            let positions: Vec<usize> = options.iter().map(|(position, _)| *position).collect();
            assert_eq!(positions, [1, 2]);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(compare(&[]), Ok(vec![]));
    let summaries = compare(&[good]).unwrap();
    assert_eq!(summaries[0].regular_installment, dec!(333.33));
    assert_eq!(summaries[0].largest_installment, dec!(333.34));
    assert_eq!(summaries[0].apr_pct, Some(dec!(0)));
}

#[test]
fn csv_fields_are_quoted_only_when_needed() {
    assert_eq!(export_csv_field("plain"), "plain");
    assert_eq!(export_csv_field("a,b"), "\"a,b\"");
    assert_eq!(export_csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
    assert_eq!(export_csv_field("two\r\nlines"), "\"two\r\nlines\"");
}

fn export_csv_field(field: &str) -> String {
    super::export::csv_field(field)
}

#[test]
fn exports_in_other_locales() {
    let mut plan_input = PlanInput::new(dec!(1234.5), "EUR", date(2025, 3, 1), PlanSize::Count(2));
    plan_input.down_payment = Some(DownPayment::Amount(dec!(34.5)));
    let plan = build_plan(&plan_input).unwrap();
    let csv = to_csv(&plan, NumberLocale::Fr);
    let lines: Vec<&str> = csv.split_terminator("\r\n").collect();
    assert_eq!(lines.len(), 4);
    assert!(lines[0].starts_with("N°,Échéance,Jour,Montant (EUR)"));
    // Saturday 1 March rolled to Monday 3 March; the down payment is on that day too.
    assert_eq!(
        lines[1],
        "0,2025-03-03,lun.,34.50,34.50,0.00,0.00,1200.00,Acompte"
    );
    assert_eq!(
        lines[2],
        "1,2025-03-03,lun.,600.00,600.00,0.00,0.00,600.00,décalée du 2025-03-01"
    );

    let table = to_text_table(&plan, NumberLocale::Fr);
    let widths: Vec<usize> = table
        .lines()
        .filter(|line| line.starts_with("--"))
        .map(|line| line.chars().count())
        .collect();
    assert_eq!(widths.len(), 2);
    // Every full line is as wide as the rule (amounts use U+202F and U+00A0: one char each).
    for line in table.lines().take(4) {
        assert!(line.chars().count() <= widths[0], "{line}");
    }
    assert!(table.contains("1\u{202f}234,50\u{a0}€"));

    let tsv = to_tsv(&plan, NumberLocale::Nl);
    assert!(tsv.lines().nth(2).unwrap().contains("\t600,00\t"));
}

#[test]
fn balance_series_merges_same_days() {
    let mut plan_input = input(dec!(300), "GBP", date(2025, 3, 7), PlanSize::Count(3));
    plan_input.frequency = Frequency::EveryNDays(1);
    plan_input.roll = Roll::Following;
    let plan = build_plan(&plan_input).unwrap();
    // Friday, then Saturday and... all on: 7 March, then 10 March (twice).
    assert_eq!(
        balance_series(&plan),
        [
            (date(2025, 3, 6), dec!(300.00)),
            (date(2025, 3, 7), dec!(200.00)),
            (date(2025, 3, 10), dec!(0.00)),
        ]
    );
}

#[test]
fn big_plans_run_under_the_limit_free_builder() {
    let mut plan_input = input(
        dec!(1000000),
        "GBP",
        date(2025, 1, 15),
        PlanSize::Count(10_000),
    );
    plan_input.frequency = Frequency::Weekly;
    plan_input.interest = amortized(dec!(6), DayCount::Actual365);
    assert_eq!(
        build_plan(&plan_input).unwrap_err()[0].kind,
        PlanErrorKind::TooManyInstallments { max: 600 }
    );
    let plan = build_plan_with_limit(&plan_input, 10_000).unwrap();
    assert_eq!(plan.totals.installments, 10_000);
    assert_consistent(&plan);
    assert!(build_plan_with_limit(&plan_input, 20_000).is_ok());
}
