//! Native tests of the API's request parsing and error mapping (everything but the copy
//! out of JavaScript and the serialization, which the end-to-end tests cover).

use super::*;
use rust_decimal_macros::dec;
use serde_json::json;
use tactful_engine::message::lang::LangPack;
use tactful_engine::message::MissingField;
use tactful_engine::plan::PlanErrorKind;
use tactful_engine::timeline::{Channel, Contact, ContactEvent, StageAction};

/// A JSON literal as the [`Value`] JavaScript would give.
fn v(json: serde_json::Value) -> Value {
    match json {
        serde_json::Value::Null => Value::Null,
        serde_json::Value::Bool(flag) => Value::Bool(flag),
        serde_json::Value::Number(number) => Value::Number(number.as_f64().unwrap_or(f64::NAN)),
        serde_json::Value::String(text) => Value::String(text),
        serde_json::Value::Array(items) => Value::Array(items.into_iter().map(v).collect()),
        serde_json::Value::Object(entries) => {
            Value::Object(entries.into_iter().map(|(k, item)| (k, v(item))).collect())
        }
    }
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// `(field, code)` of every error.
fn codes(errors: &[ApiError]) -> Vec<(&str, &str)> {
    errors
        .iter()
        .map(|e| (e.field.as_str(), e.code.as_str()))
        .collect()
}

fn plan_errors_of(json: serde_json::Value) -> Vec<ApiError> {
    plan_request(&v(json)).unwrap_err()
}

#[test]
fn decimals_are_strict_strings_or_whole_numbers() {
    assert_eq!(parse_decimal("-12.50"), Ok(dec!(-12.50)));
    assert_eq!(parse_decimal("0"), Ok(dec!(0)));
    for bad in [
        "", "-", ".5", "5.", "1e3", "1E3", " 1", "1 ", "+1", "1,000", "1_000", "0x10", "NaN", "١٢",
    ] {
        assert_eq!(parse_decimal(bad), Err(DecimalError::Syntax), "{bad:?}");
    }
    assert_eq!(
        parse_decimal("79228162514264337593543950335"),
        Ok(Decimal::MAX)
    );
    for big in [
        "99999999999999999999999999999",
        "0.00000000000000000000000000001",
        &"9".repeat(10_000),
    ] {
        assert_eq!(parse_decimal(big), Err(DecimalError::TooLarge), "{big:.30}");
    }
    let mut errors = Vec::new();
    assert_eq!(
        decimal(&v(json!(4800)), "debt", &mut errors),
        Some(dec!(4800))
    );
    assert_eq!(decimal(&v(json!(-3)), "debt", &mut errors), Some(dec!(-3)));
    assert!(errors.is_empty());
    for (value, code) in [
        (json!(12.5), "inexact_number"),
        (json!(1e300), "inexact_number"),
        (json!("1e400"), "not_a_number"),
        (json!("12,5"), "not_a_number"),
        (json!(true), "invalid_type"),
        (json!([]), "invalid_type"),
        (json!({}), "invalid_type"),
    ] {
        let mut errors = Vec::new();
        assert_eq!(decimal(&v(value.clone()), "debt", &mut errors), None);
        assert_eq!(codes(&errors), [("debt", code)], "{value}");
    }
    let mut errors = Vec::new();
    decimal(&Value::Number(f64::INFINITY), "debt", &mut errors);
    decimal(&Value::Number(f64::NAN), "debt", &mut errors);
    assert_eq!(
        codes(&errors),
        [("debt", "not_a_number"), ("debt", "not_a_number")]
    );
    let mut errors = Vec::new();
    decimal(&v(json!(0.1)), "rate", &mut errors);
    assert_eq!(
        errors[0].message,
        "\"rate\" must be a decimal string like \"4800.00\": a JavaScript number with decimals is not exact, so only whole numbers may be passed as numbers."
    );
}

#[test]
fn dates_are_real_and_in_range() {
    let mut errors = Vec::new();
    assert_eq!(
        date(&v(json!("2024-02-29")), "d", &mut errors),
        Some(day(2024, 2, 29))
    );
    assert!(errors.is_empty());
    for bad in [
        "2026-02-30",
        "2026-13-01",
        "31/12/2026",
        "",
        "2026-01-01T00:00",
        "1989-12-31",
        "2101-01-01",
    ] {
        let mut errors = Vec::new();
        assert_eq!(date(&v(json!(bad)), "due_date", &mut errors), None);
        assert_eq!(codes(&errors), [("due_date", "invalid_date")], "{bad}");
    }
    let mut errors = Vec::new();
    date(
        &Value::Unsupported("a Date object"),
        "due_date",
        &mut errors,
    );
    assert_eq!(
        errors[0].message,
        "\"due_date\" must be a date string like \"2026-03-31\", not a Date object (pass dates as \"YYYY-MM-DD\" strings)."
    );
}

#[test]
fn a_minimal_plan_uses_the_engine_defaults() {
    let input = plan_request(&v(json!({
        "debt": "1000.00", "currency": "GBP", "first_due_date": "2025-06-02", "size": 3
    })))
    .unwrap();
    let expected = PlanInput::new(dec!(1000.00), "GBP", day(2025, 6, 2), PlanSize::Count(3));
    assert_eq!(input, expected);
    let plan = build_plan(&input).unwrap();
    let amounts: Vec<Decimal> = plan.rows.iter().map(|row| row.amount).collect();
    assert_eq!(amounts, [dec!(333.33), dec!(333.33), dec!(333.34)]);
}

#[test]
fn every_plan_field_is_read() {
    let input = plan_request(&v(json!({
        "debt": "6000", "currency": "eur", "first_due_date": "2025-01-31",
        "size": { "kind": "target_amount", "value": "1000.00" },
        "down_payment": { "kind": "percent", "value": "10" },
        "down_payment_date": "2025-01-15",
        "frequency": { "kind": "every_n_days", "days": 30 },
        "schedule_options": { "stick_to_month_end": true },
        "roll": "modified_following",
        "calendar": { "weekend": "fri_sat", "region": "de", "extra_holidays": ["2025-12-24"] },
        "interest": { "kind": "amortized", "annual_rate_pct": "8", "day_count": "thirty360" },
        "setup_fee": "25", "start_date": "2025-01-01", "invoice_date": "2024-12-01",
        "missed_terms": { "grace_days": 7, "late_fee_flat": "10", "late_fee_pct": "2", "accelerate_after": 2 },
        "first_payment": null
    })))
    .unwrap();
    assert_eq!(input.size, PlanSize::TargetAmount(dec!(1000.00)));
    assert_eq!(input.down_payment, Some(DownPayment::Percent(dec!(10))));
    assert_eq!(input.frequency, Frequency::EveryNDays(30));
    assert!(input.schedule_options.stick_to_month_end);
    assert_eq!(input.roll, Roll::ModifiedFollowing);
    assert_eq!(input.calendar.weekend, Weekend::FriSat);
    assert_eq!(input.calendar.region, Some(HolidayRegion::Germany));
    assert_eq!(input.calendar.extra_holidays, [day(2025, 12, 24)]);
    assert_eq!(
        input.interest,
        Interest::Amortized {
            annual_rate_pct: dec!(8),
            day_count: DayCount::Thirty360
        }
    );
    assert_eq!(input.setup_fee, Some(dec!(25)));
    assert_eq!(input.first_payment, None);
    assert_eq!(input.missed_terms.accelerate_after, Some(2));

    let shorthands = plan_request(&v(json!({
        "debt": "100", "currency": "JPY", "first_due_date": "2025-01-31", "size": 2,
        "frequency": "quarterly", "interest": "none", "distribution": "equal", "calendar": "gb-eaw"
    })))
    .unwrap();
    assert_eq!(shorthands.frequency, Frequency::Quarterly);
    assert_eq!(
        shorthands.calendar,
        BusinessCalendar::for_region(HolidayRegion::EnglandWales)
    );

    let seasonal = plan_request(&v(json!({
        "debt": "100", "currency": "EUR", "first_due_date": "2025-01-31", "size": 2,
        "distribution": { "kind": "seasonal", "value": { "weights": ["1","1","1","0","0","0","0","0","0","0","0","1"] } }
    })))
    .unwrap();
    assert!(matches!(
        seasonal.distribution,
        Distribution::Seasonal { .. }
    ));
}

#[test]
fn plan_problems_are_all_reported_with_their_paths() {
    let errors = plan_errors_of(json!({}));
    assert_eq!(
        codes(&errors),
        [
            ("debt", "missing_field"),
            ("currency", "missing_field"),
            ("first_due_date", "missing_field"),
            ("size", "missing_field"),
        ]
    );
    assert_eq!(errors[0].message, "\"debt\" is required.");

    let errors = plan_errors_of(json!({
        "debt": 12.5, "currency": 3, "first_due_date": "2026-02-30", "size": -1,
        "frequncy": "monthly",
        "frequency": { "kind": "every_n_days" },
        "calendar": { "region": "mars", "extra_holidays": ["2025-01-01", "nope"] },
        "distribution": { "kind": "seasonal", "value": { "weights": ["1"] } },
        "interest": { "kind": "flat" },
        "missed_terms": { "grace_days": "7", "late_fee_pct": "x", "extra": 1 },
        "down_payment": { "kind": "amount", "value": [] }
    }));
    assert_eq!(
        codes(&errors),
        [
            ("debt", "inexact_number"),
            ("currency", "invalid_type"),
            ("first_due_date", "invalid_date"),
            ("size", "out_of_range"),
            ("down_payment.value", "invalid_type"),
            ("frequency.days", "missing_field"),
            ("calendar.region", "unknown_value"),
            ("calendar.extra_holidays.1", "invalid_date"),
            ("distribution.value.weights", "out_of_range"),
            ("interest.annual_rate_pct", "missing_field"),
            ("missed_terms.late_fee_pct", "not_a_number"),
            ("missed_terms.extra", "unknown_field"),
            ("frequncy", "unknown_field"),
        ]
    );
    let region = errors
        .iter()
        .find(|e| e.field == "calendar.region")
        .unwrap();
    assert!(
        region
            .message
            .starts_with("\"calendar.region\": unknown value \"mars\", expected one of \"gb-eaw\""),
        "{}",
        region.message
    );
}

#[test]
fn tagged_values_explain_their_kinds() {
    let errors = plan_errors_of(json!({
        "debt": "1", "currency": "GBP", "first_due_date": "2025-01-01",
        "size": { "kind": "dozen", "value": 12 },
        "frequency": "hourly", "interest": "flat", "distribution": { "kind": "custom_percent" }
    }));
    assert_eq!(
        codes(&errors),
        [
            ("size.kind", "unknown_value"),
            ("frequency", "unknown_value"),
            ("distribution.value", "missing_field"),
            ("interest", "missing_field"),
        ]
    );
    assert_eq!(
        errors[1].message,
        "\"frequency\": unknown value \"hourly\", expected one of \"weekly\", \"fortnightly\", \"semi_monthly_1st_15th\", \"semi_monthly_15th_last\", \"monthly\", \"bi_monthly\", \"quarterly\", \"every_n_days\"."
    );
}

#[test]
fn engine_plan_errors_point_at_the_input() {
    let mut input = PlanInput::new(dec!(10.005), "GBP", day(2025, 1, 1), PlanSize::Count(0));
    input.missed_terms.grace_days = 400;
    input.distribution = Distribution::CustomPercent(vec![dec!(50), dec!(-1)]);
    let errors = plan_errors(build_plan(&input).unwrap_err());
    let found = codes(&errors);
    assert!(found.contains(&("debt", "too_many_decimals")), "{found:?}");
    assert!(
        found.contains(&("size", "zero_installments"))
            || found.contains(&("size", "count_mismatch")),
        "{found:?}"
    );
    assert!(
        found.contains(&("distribution.value.1", "must_be_positive")),
        "{found:?}"
    );
    assert!(
        found.contains(&("missed_terms.grace_days", "too_large")),
        "{found:?}"
    );
    let debt = errors.iter().find(|e| e.field == "debt").unwrap();
    assert_eq!(debt.message, "Debt: must have at most 2 decimals.");
}

#[test]
fn discount_defaults_and_errors() {
    let input =
        discount_request(&v(json!({ "invoice_amount": "4800", "currency": "GBP" }))).unwrap();
    assert_eq!(input, DiscountInput::example(dec!(4800), "GBP"));

    let input = discount_request(&v(json!({
        "invoice_amount": "1000", "currency": "GBP", "discount_amount": "20", "year_basis": 360,
        "pay_within_days": 10, "agency_flat_fee": "150", "hourly_cost": "50"
    })))
    .unwrap();
    assert_eq!(input.offer, DiscountOffer::Amount(dec!(20)));
    assert_eq!(input.year_basis, YearBasis::Days360);
    assert_eq!(input.agency_fee, AgencyFee::Flat(dec!(150)));

    let errors = discount_request(&v(json!({
        "invoice_amount": "1000", "currency": "GBP", "discount_amount": "20", "discount_percent": "2",
        "year_basis": 364, "net_days": 1.5
    })))
    .unwrap_err();
    assert_eq!(
        codes(&errors),
        [
            ("discount_amount", "conflicting_fields"),
            ("net_days", "not_a_number"),
            ("year_basis", "out_of_range")
        ]
    );

    let mut input = DiscountInput::example(dec!(1000), "GBP");
    input.unpaid_probability_pct = dec!(120);
    input.pay_within_days = 30;
    let errors = discount_errors(analyze(&input).unwrap_err());
    assert_eq!(
        codes(&errors),
        [
            ("pay_within_days", "must_be_less_than"),
            ("unpaid_probability_pct", "out_of_range")
        ]
    );
    assert_eq!(
        errors[1].message,
        "Probability unpaid: must be between 0 and 100."
    );
}

#[test]
fn statutory_interest_matches_the_hand_computed_figure() {
    let input = statutory_request(&v(json!({
        "regime": "uk", "principal": "4800.00", "currency": "GBP",
        "due_date": "2025-03-31", "until": "2025-05-15"
    })))
    .unwrap();
    let claim = late_payment_claim(&input).unwrap();
    // Bank Rate 4.75 % on 31 Dec 2024 + 8 = 12.75 %; 45 days: 4800 × 12.75 % × 45/365.
    assert_eq!(claim.annual_rate, dec!(12.75));
    assert_eq!(claim.days, 45);
    assert_eq!(claim.interest, dec!(75.45));
    assert_eq!(claim.total_claim, Some(dec!(145.45)));

    let errors = statutory_request(&v(json!({ "regime": "us", "principal": "0" }))).unwrap_err();
    assert_eq!(
        codes(&errors),
        [
            ("regime", "unknown_value"),
            ("currency", "missing_field"),
            ("due_date", "missing_field"),
            ("until", "missing_field"),
        ]
    );
    let error = statutory_error(StatutoryError::NonPositivePrincipal { principal: dec!(0) });
    assert_eq!(
        codes(std::slice::from_ref(&error)),
        [("principal", "non_positive_principal")]
    );
    assert_eq!(error.message, "Principal must be positive, got 0.");
    let error = statutory_error(StatutoryError::NoReferenceRate {
        date: day(2027, 6, 30),
    });
    assert_eq!(error.field, "reference_rate_override");
    assert_eq!(
        error.message,
        "No reference rate known for 2027-06-30; pass it in \"reference_rates\" as \
         { \"date\": \"2027-06-30\", \"rate\": … }, or as \"reference_rate_override\" for the whole claim."
    );
}

#[test]
fn statutory_interest_output_keeps_the_old_keys_and_adds_the_breakdown_and_the_law() {
    let input = statutory_request(&v(json!({
        "jurisdiction": "nl", "principal": "10000", "currency": "EUR",
        "due_date": "2023-12-31", "until": "2025-03-31"
    })))
    .unwrap();
    let claim = late_payment_claim(&input).unwrap();
    let out = serde_json::to_value(ClaimOutput::of(&claim)).unwrap();
    for key in [
        "regime",
        "currency",
        "principal",
        "interest_start",
        "until",
        "days",
        "reference_date",
        "reference_rate",
        "margin",
        "annual_rate",
        "daily_interest",
        "interest",
        "compensation",
        "compensation_currency",
        "compensation_currency_differs",
        "total_claim",
        "total_due",
        "periods",
        "rate_source",
        "rate_overridden",
        "rates_as_of",
        "notes",
        "jurisdiction",
        "options",
        "rate_rule",
        "rate_table",
        "compensation_items",
        "collection_costs",
        "collection_costs_detail",
        "capitalisations",
        "law",
    ] {
        assert!(out.get(key).is_some(), "{key}");
    }
    assert_eq!(out["regime"], "eu");
    assert_eq!(out["jurisdiction"], "nl");
    assert_eq!(out["collection_costs"], "875.00");
    assert_eq!(out["collection_costs_detail"]["basis"], "bik_staffel");
    assert_eq!(out["capitalisations"][0]["date"], "2025-01-01");
    assert_eq!(
        out["options"],
        json!({ "payment_day": "counted", "day_basis": "actual_365", "rounding": "once", "ie_rate_date": "interest_start" })
    );
    assert_eq!(out["rate_table"], "ecb_mro");
    assert_eq!(out["rate_rule"], "per_half_year");
    assert_eq!(out["periods"][0]["base"], "10000");
    assert_eq!(out["periods"][0]["year_days"], 365);
    assert_eq!(out["law"]["interest"][0], "artikel 6:119a BW");
    assert_eq!(out["law"]["jurisdiction"], "nl");
}

#[test]
fn timelines_take_a_jurisdiction_for_their_accruals() {
    let read = |statutory: serde_json::Value| {
        timeline_request(&v(json!({
            "due_date": "2025-03-31", "today": "2025-04-10", "amount": "4800", "currency": "EUR",
            "statutory": statutory
        })))
    };
    let request = read(json!({ "jurisdiction": "de", "claim": true })).unwrap();
    let options = request.input.statutory.unwrap();
    assert_eq!(
        (options.jurisdiction, options.regime),
        (Some(Jurisdiction::De), Regime::Eu)
    );
    let request = read(json!({ "regime": "eu" })).unwrap();
    assert_eq!(request.input.statutory.unwrap().jurisdiction, None);
    // Both, when they agree (as the engine writes them): the jurisdiction.
    let request = read(json!({ "jurisdiction": "de", "regime": "eu" })).unwrap();
    assert_eq!(
        request.input.statutory.unwrap().jurisdiction,
        Some(Jurisdiction::De)
    );
    assert_eq!(
        codes(&read(json!({ "jurisdiction": "de", "regime": "uk" })).unwrap_err()),
        [("statutory.regime", "conflicting_fields")]
    );
    assert_eq!(
        codes(&read(json!({ "claim": true })).unwrap_err()),
        [("statutory.jurisdiction", "missing_field")]
    );
}

#[test]
fn statutory_interest_takes_a_jurisdiction_or_a_regime_both_only_when_they_agree() {
    let read = |json: serde_json::Value| statutory_request(&v(json));
    let base = json!({ "principal": "1000", "due_date": "2025-03-31", "until": "2025-05-15" });
    let with = |extra: serde_json::Value| {
        let mut object = base.clone();
        for (key, value) in extra.as_object().unwrap() {
            object[key] = value.clone();
        }
        object
    };
    // Neither: UK for pounds, the EU minimum otherwise (what `regime` callers had).
    let jurisdiction = |json| read(json).unwrap().jurisdiction;
    assert_eq!(
        jurisdiction(with(json!({ "currency": "GBP" }))),
        Jurisdiction::Uk
    );
    assert_eq!(
        jurisdiction(with(json!({ "currency": " gbp " }))),
        Jurisdiction::Uk
    );
    assert_eq!(
        jurisdiction(with(json!({ "currency": "EUR" }))),
        Jurisdiction::Eu
    );
    assert_eq!(
        jurisdiction(with(json!({ "currency": "EUR", "regime": "uk" }))),
        Jurisdiction::Uk
    );
    for (name, expected) in [
        ("uk", Jurisdiction::Uk),
        ("ie", Jurisdiction::Ie),
        ("de", Jurisdiction::De),
        ("fr", Jurisdiction::Fr),
        ("nl", Jurisdiction::Nl),
        ("es", Jurisdiction::Es),
        ("eu", Jurisdiction::Eu),
    ] {
        assert_eq!(
            jurisdiction(with(json!({ "currency": "EUR", "jurisdiction": name }))),
            expected
        );
    }
    // Both keys agreeing is the jurisdiction; disagreeing is refused.
    assert_eq!(
        jurisdiction(with(
            json!({ "currency": "EUR", "jurisdiction": "de", "regime": "eu" })
        )),
        Jurisdiction::De
    );
    let errors = read(with(
        json!({ "currency": "EUR", "jurisdiction": "de", "regime": "uk" }),
    ))
    .unwrap_err();
    assert_eq!(codes(&errors), [("regime", "conflicting_fields")]);
    let errors = read(with(json!({ "currency": "EUR", "jurisdiction": "at" }))).unwrap_err();
    assert_eq!(codes(&errors), [("jurisdiction", "unknown_value")]);
    assert!(errors[0]
        .message
        .contains("\"uk\", \"ie\", \"de\", \"fr\", \"nl\", \"es\", \"eu\""));
}

#[test]
fn statutory_interest_reads_every_option_and_list() {
    let input = statutory_request(&v(json!({
        "jurisdiction": "de", "principal": "1200", "currency": "EUR",
        "due_date": "2026-11-30", "until": "2027-02-15", "interest_start": "2026-12-05",
        "reference_rates": [{ "date": "2027-01-01", "rate": "1.77" }],
        "instalments": [{ "date": "2026-11-30", "amount": "600" }, { "date": "2026-12-31", "amount": "600" }],
        "payment_day": "not_counted", "day_basis": "actual_actual", "rounding": "per_period",
        "ie_rate_date": "due_date", "collection_costs_agreed": "50"
    })))
    .unwrap();
    assert_eq!(input.interest_start, Some(day(2026, 12, 5)));
    assert_eq!(
        input.reference_rates,
        [EnteredRate {
            reference_date: day(2027, 1, 1),
            rate: dec!(1.77)
        }]
    );
    assert_eq!(input.instalments.len(), 2);
    assert_eq!(
        input.instalments[1],
        Instalment {
            due_date: day(2026, 12, 31),
            amount: dec!(600)
        }
    );
    assert_eq!(input.collection_costs_agreed, Some(dec!(50)));
    let options = input.options;
    assert_eq!(
        (
            options.payment_day,
            options.day_basis,
            options.rounding,
            options.ie_rate_date
        ),
        (
            PaymentDay::NotCounted,
            DayBasis::ActualActual,
            InterestRounding::PerPeriod,
            IrishRateDate::DueDate
        )
    );
    let claim = late_payment_claim(&input).unwrap();
    assert_eq!(claim.compensation, dec!(80)); // two late instalments, € 40 each
    assert!(claim.periods.last().unwrap().rate_entered);

    let errors = statutory_request(&v(json!({
        "principal": "1", "currency": "EUR", "due_date": "2025-01-01", "until": "2025-02-01",
        "reference_rates": [{ "date": "2025-01-01" }, { "rate": "2", "when": "x" }],
        "instalments": [{ "date": "2025-01-01" }], "rounding": "sometimes"
    })))
    .unwrap_err();
    assert_eq!(
        codes(&errors),
        [
            ("reference_rates.0.rate", "missing_field"),
            ("reference_rates.1.date", "missing_field"),
            ("reference_rates.1.when", "unknown_field"),
            ("instalments.0.amount", "missing_field"),
            ("rounding", "unknown_value"),
        ]
    );
}

#[test]
fn claim_errors_point_at_the_entered_rate() {
    let claim_errors = |json| {
        let input = statutory_request(&v(json)).unwrap();
        let error = late_payment_claim(&input).unwrap_err();
        let api = claim_error(error, &input);
        (api.field, api.code)
    };
    let field = |field: &str, code: &str| (field.to_owned(), code.to_owned());
    assert_eq!(
        claim_errors(json!({
            "jurisdiction": "fr", "principal": "1", "currency": "EUR", "due_date": "2025-01-01", "until": "2025-02-01",
            "reference_rates": [{ "date": "2025-01-01", "rate": "2" }, { "date": "2025-07-01", "rate": "200" }]
        })),
        field("reference_rates.1.rate", "invalid_reference_rate")
    );
    assert_eq!(
        claim_errors(json!({
            "jurisdiction": "fr", "principal": "1", "currency": "EUR", "due_date": "2025-01-01", "until": "2025-02-01",
            "reference_rates": [{ "date": "2025-01-02", "rate": "2" }]
        })),
        field("reference_rates.0.date", "invalid_rate_date")
    );
    assert_eq!(
        claim_errors(json!({
            "jurisdiction": "nl", "principal": "1", "currency": "EUR", "due_date": "2025-01-01", "until": "2025-02-01",
            "reference_rates": [{ "date": "2025-01-01", "rate": "2" }, { "date": "2025-01-01", "rate": "3" }]
        })),
        field("reference_rates.1.date", "duplicate_rate_date")
    );
    assert_eq!(
        claim_errors(json!({
            "jurisdiction": "de", "principal": "1", "currency": "EUR", "due_date": "2025-01-01", "until": "2025-02-01",
            "instalments": [{ "date": "2025-01-01", "amount": "1" }, { "date": "2025-01-15", "amount": "0" }]
        })),
        field("instalments.1", "invalid_instalment")
    );
    assert_eq!(
        claim_errors(json!({
            "jurisdiction": "nl", "principal": "1", "currency": "EUR", "due_date": "2025-01-01", "until": "2025-02-01",
            "collection_costs_agreed": "-1"
        })),
        field("collection_costs_agreed", "invalid_collection_costs")
    );
    assert_eq!(
        claim_errors(json!({
            "jurisdiction": "es", "principal": "1", "currency": "EUR", "due_date": "2026-12-01", "until": "2027-02-01"
        })),
        field("reference_rate_override", "no_reference_rate")
    );
    assert_eq!(
        claim_errors(json!({
            "regime": "uk", "principal": "1", "currency": "GBP", "due_date": "2025-01-01", "until": "2025-02-01",
            "reference_rate_override": "101"
        })),
        field("reference_rate_override", "invalid_reference_rate")
    );
}

#[test]
fn timelines_take_presets_custom_ladders_and_events() {
    let request = timeline_request(&v(json!({
        "policy": "firm", "due_date": "2025-03-03", "today": "2025-03-07",
        "promise_to_pay": "2025-03-14"
    })))
    .unwrap();
    assert_eq!(request.input.policy, Policy::firm());
    assert!(!request.custom_stages);
    let timeline = build_timeline(&request.input).unwrap();
    assert_eq!(timeline.stages[3].action, StageAction::PromiseMissed);
    assert_eq!(timeline.stages[3].date, Some(day(2025, 3, 17)));

    let request = timeline_request(&v(json!({
        "policy": {
            "preset": "gentle", "calendar": "gb-eaw", "send_time": "09:30",
            "stages": [
                { "offset_days": 7, "channel": "email", "tone": "friendly", "action": "friendly_overdue" },
                { "offset_days": 10, "offset_kind": "business_days", "channel": "email", "tone": "firm", "action": "final_notice" }
            ]
        },
        "due_date": "2025-03-03", "today": "2025-03-07",
        "amount": "4800", "currency": "GBP",
        "statutory": { "regime": "uk", "claim": true },
        "dispute": { "opened": "2025-03-08" }
    })))
    .unwrap();
    assert!(request.custom_stages);
    assert_eq!(request.input.policy.stages.len(), 2);
    assert_eq!(
        request.input.policy.send_time,
        NaiveTime::from_hms_opt(9, 30, 0)
    );
    let errors = timeline_errors(build_timeline(&request.input).unwrap_err(), true);
    assert_eq!(codes(&errors), [("dispute.opened", "in_future")]);
    assert_eq!(
        errors[0].message,
        "Dispute opened: after today (2025-03-07)."
    );

    let mut input = request.input.clone();
    input.dispute = None;
    input.policy.stages.swap(0, 1);
    let errors = timeline_errors(build_timeline(&input).unwrap_err(), true);
    assert!(
        errors.iter().all(|e| e.field.starts_with("policy.stages.")),
        "{errors:?}"
    );

    let errors = timeline_request(&v(json!({
        "policy": { "stages": [{ "offset_days": "x", "channel": "fax" }] },
        "due_date": "2025-03-03",
        "installments": [{ "date": "2025-04-01", "amount": "100" }, { "date": "2025-05-01" }]
    })))
    .unwrap_err();
    assert_eq!(
        codes(&errors),
        [
            ("policy.stages.0.offset_days", "not_a_number"),
            ("policy.stages.0.channel", "unknown_value"),
            ("policy.stages.0.tone", "missing_field"),
            ("policy.stages.0.action", "missing_field"),
            ("today", "missing_field"),
            ("installments.1.amount", "missing_field"),
        ]
    );
}

#[test]
fn plan_calendars_read_the_plan_and_the_calendar_keys() {
    let request = plan_calendar_request(&v(json!({
        "debt": "1000.00", "currency": "EUR", "first_due_date": "2025-06-02", "size": 3,
        "reference": "INV-042 · Acme", "alarm_days_before": 2, "lang": "de",
        "dtstamp": "2026-12-07T10:00:00.123Z"
    })))
    .unwrap();
    let plan_only = plan_request(&v(json!({
        "debt": "1000.00", "currency": "EUR", "first_due_date": "2025-06-02", "size": 3
    })))
    .unwrap();
    assert_eq!(request.input, plan_only);
    assert_eq!(
        request.options,
        IcsOptions {
            reference: "INV-042 · Acme".to_owned(),
            locale: NumberLocale::De,
            alarm_days_before: Some(2),
        }
    );
    assert_eq!(
        request.dtstamp,
        day(2026, 12, 7).and_hms_opt(10, 0, 0).unwrap()
    );
    // The same text as the engine's export, which the app downloads.
    let plan = build_plan(&request.input).unwrap();
    let ics = to_ics(&plan, &request.options, request.dtstamp);
    assert!(
        ics.contains("SUMMARY:Rate 1/3: 333\\,33\u{a0}€ · INV-042 · Acme\r\n"),
        "{ics}"
    );
    assert!(ics.contains("DTSTAMP:20261207T100000Z\r\n"));
    assert!(ics.contains("TRIGGER:-P2D\r\n"));

    let defaults = plan_calendar_request(&v(json!({
        "debt": "1000.00", "currency": "EUR", "first_due_date": "2025-06-02", "size": 3,
        "dtstamp": "2026-12-07T10:00:00Z"
    })))
    .unwrap();
    assert_eq!(defaults.options, IcsOptions::default());

    // Every problem together: the plan's, the calendar's, and a key of neither.
    let errors = plan_calendar_request(&v(json!({
        "debt": 12.5, "currency": "GBP", "first_due_date": "2025-06-02", "size": 3,
        "alarm_days_before": 366, "lang": "xx", "reference": 7, "invoice_label": "INV-1"
    })))
    .unwrap_err();
    assert_eq!(
        codes(&errors),
        [
            ("debt", "inexact_number"),
            ("reference", "invalid_type"),
            ("lang", "unknown_value"),
            ("alarm_days_before", "out_of_range"),
            ("dtstamp", "missing_field"),
            ("invoice_label", "unknown_field"),
        ]
    );
}

#[test]
fn calendar_stamps_are_utc_times_to_the_second() {
    for (text, (y, mo, d, h, mi, se)) in [
        ("2026-12-07T10:00:00Z", (2026, 12, 7, 10, 0, 0)),
        ("1990-01-01T00:00:00Z", (1990, 1, 1, 0, 0, 0)),
        ("2100-12-31T23:59:59.999999999Z", (2100, 12, 31, 23, 59, 59)),
    ] {
        let want = day(y, mo, d).and_hms_opt(h, mi, se).unwrap();
        assert_eq!(parse_utc_stamp(text), Some(want), "{text}");
    }
    for bad in [
        "",
        "2026-12-07",
        "2026-12-07T10:00:00",
        "2026-12-07T10:00:00z",
        "2026-12-07t10:00:00Z",
        "2026-12-07T10:00Z",
        "2026-12-07T1:00:00Z",
        "2026-12-07T10:00:60Z",
        "2026-12-07T24:00:00Z",
        "2026-12-07T10:00:00.Z",
        "2026-12-07T10:00:00.1234567890Z",
        "2026-12-07T10:00:00+00:00",
        "2026-02-30T10:00:00Z",
        "1989-12-31T23:59:59Z",
        "+2026-12-07T10:00:00Z",
        "2026-12-07T10:00:00ZZ",
        "2026-12-07T-1:00:00Z",
    ] {
        assert_eq!(parse_utc_stamp(bad), None, "{bad}");
    }
    let mut errors = Vec::new();
    utc_stamp(&v(json!("2026-12-07 10:00")), "dtstamp", &mut errors);
    utc_stamp(&v(json!(1_765_101_600_000u64)), "dtstamp", &mut errors);
    assert_eq!(
        codes(&errors),
        [("dtstamp", "invalid_date"), ("dtstamp", "invalid_type")]
    );
    assert_eq!(
        errors[0].message,
        "\"dtstamp\" must be a UTC time written YYYY-MM-DDTHH:MM:SSZ, like \"2026-12-07T10:00:00Z\", with a date from 1990 to 2100, not \"2026-12-07 10:00\"."
    );
}

#[test]
fn timeline_calendars_speak_the_language_asked_for() {
    // Three reminders sent: the final notice is the fifth step (the pre-due reminder,
    // not sent, is not in the calendar).
    let input = json!({
        "policy": { "preset": "standard", "calendar": "gb-eaw" }, "due_date": "2025-11-14",
        "today": "2025-12-01", "amount": "4800", "currency": "EUR",
        "statutory": { "regime": "eu" },
        "contacts": [
            { "date": "2025-11-12", "kind": "sent", "action": "pre_due_reminder" },
            { "date": "2025-11-17", "kind": "sent", "action": "friendly_overdue", "channel": "email" },
            { "date": "2025-11-21", "kind": "sent", "action": "second_follow_up" },
            { "date": "2025-11-28", "kind": "sent", "action": "firm_follow_up", "channel": "phone_call" }
        ],
        "invoice_label": "INV-7", "lang": "fr", "dtstamp": "2026-12-07T10:00:00Z"
    });
    let request = timeline_calendar_request(&v(input.clone())).unwrap();
    assert_eq!(request.invoice_label, "INV-7");
    assert_eq!(request.locale, NumberLocale::Fr);
    let mut plain = input.clone();
    for key in ["invoice_label", "lang", "dtstamp"] {
        plain.as_object_mut().unwrap().remove(key);
    }
    assert_eq!(request.timeline, timeline_request(&v(plain)).unwrap());
    let timeline = build_timeline(&request.timeline.input).unwrap();
    let events = timeline_ics_events(
        &timeline,
        &request.invoice_label,
        LangPack::builtin(request.locale),
    );
    let final_notice = &events[4];
    assert_eq!(final_notice.summary, "Dernière relance (courrier): INV-7");
    assert!(
        final_notice
            .description
            .starts_with("formel\n31\u{a0}jours de retard\n"),
        "{}",
        final_notice.description
    );

    let errors = timeline_calendar_request(&v(json!({
        "due_date": "2025-11-14", "today": "2025-12-01", "reference": "INV-7",
        "lang": "klingon", "dtstamp": "2026-12-07"
    })))
    .unwrap_err();
    assert_eq!(
        codes(&errors),
        [
            ("lang", "unknown_value"),
            ("dtstamp", "invalid_date"),
            ("reference", "unknown_field"),
        ]
    );
}

#[test]
fn messages_render_shipped_and_custom_wording() {
    let request = message_request(&v(json!({
        "template": "final_notice", "locale": "en-GB",
        "amount": "4800", "currency": "GBP", "due_date": "2026-12-01", "today": "2026-12-15",
        "client_business": "Northwind Traders", "client_contact": "Sam",
        "invoice_number": "INV-2041", "your_business": "Brightside Design Ltd"
    })))
    .unwrap();
    let message = render(&request);
    assert_eq!(message.subject, "Final reminder: invoice INV-2041");
    assert!(message
        .body
        .contains("by 25 December 2026, we will pass the account"));
    assert!(message.errors.is_empty());

    let errors = message_request(&v(json!({
        "template": "thank_you", "tone": "firm", "amount": "1", "currency": "XXY",
        "due_date": "2026-12-01", "today": "2026-12-15"
    })))
    .unwrap_err();
    assert_eq!(
        codes(&errors),
        [
            ("tone", "tone_not_available"),
            ("currency", "unknown_currency")
        ]
    );
    assert_eq!(
        errors[0].message,
        "The template \"thank_you\" has no \"firm\" tone; use one of: warm, neutral."
    );

    let request = message_request(&v(json!({
        "subject": "Facture {{ invoice_number }}", "body": "Déjà dû : {{ amount }} {{ clinet }}",
        "locale": "fr", "amount": "1234.5", "currency": "EUR", "invoice_number": "F-7",
        "due_date": "2026-12-01", "today": "2026-12-15",
        "discount": { "percent": "2", "amount": "24.69", "net": "1209.81", "deadline": "2026-12-22" }
    })))
    .unwrap();
    let message = render(&request);
    assert_eq!(message.subject, "Facture F-7");
    assert!(
        message.body.starts_with("Déjà dû : 1\u{202f}234,50\u{a0}€"),
        "{}",
        message.body
    );
    // "Déjà dû : " is 10 UTF-16 code units before "{{ amount }}" (12): the error starts at 23.
    assert_eq!(
        (message.errors[0].error.start, message.errors[0].error.end),
        (23, 35)
    );

    let errors = message_request(&v(json!({
        "template": "thank_you", "subject": "x", "amount": "1", "currency": "GBP",
        "due_date": "2026-12-01", "today": "2026-12-15", "plan": { "rows": [{ "date": "2026-13-01", "amount": "1" }] }
    })))
    .unwrap_err();
    assert_eq!(
        codes(&errors),
        [
            ("template", "conflicting_fields"),
            ("body", "missing_field"),
            ("plan.rows.0.date", "invalid_date")
        ]
    );
}

#[test]
fn a_message_takes_a_client_accounts_summary() {
    let request = message_request(&v(json!({
        "subject": "{{ open_invoice_count }} open",
        "body": "{% if account %}{{ open_invoices }}{% endif %}{% if paid_so_far %}Thank you for {{ paid_so_far }} on {{ last_payment_date }}.{% endif %}",
        "amount": "5400", "currency": "GBP", "due_date": "2026-09-30", "today": "2026-12-07",
        "account": {
            "invoice_count": 3,
            "open_invoices": "Invoice INV-102 · due 31 October 2026 · £3,400.00 · outstanding £3,400.00\n",
            "open_invoice_count": 1,
            "paid_so_far": "1000",
            "last_payment": { "date": "2026-11-20", "amount": "1000" }
        }
    })))
    .unwrap();
    let message = render(&request);
    assert_eq!(message.subject, "1 open");
    assert_eq!(
        message.body,
        "Invoice INV-102 · due 31 October 2026 · £3,400.00 · outstanding £3,400.00\n\
         Thank you for £1,000.00 on 20 November 2026."
    );
    assert!(message.errors.is_empty());

    let errors = message_request(&v(json!({
        "subject": "x", "body": "y", "amount": "1", "currency": "GBP",
        "due_date": "2026-12-01", "today": "2026-12-15",
        "account": { "open_invoice_count": -1, "paid": "3", "last_payment": { "date": "2026-11-20" } }
    })))
    .unwrap_err();
    assert_eq!(
        codes(&errors),
        [
            ("account.invoice_count", "missing_field"),
            ("account.open_invoice_count", "out_of_range"),
            ("account.last_payment.amount", "missing_field"),
            ("account.paid", "unknown_field"),
        ]
    );
}

#[test]
fn tone_kinds_keep_their_javascript_names() {
    use tactful_engine::message::ToneKind;
    let names: Vec<serde_json::Value> = ToneKind::ALL
        .iter()
        .map(|kind| serde_json::to_value(kind).unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "accusatory",
            "threatening",
            "shaming",
            "passive_aggressive",
            "shouting",
            "exclamations",
            "urgency",
            "insult",
            "sarcasm",
            "guilt_trip",
        ]
    );
    let findings = tone_findings(
        "As I'm sure you know, your excuses are ridiculous.",
        NumberLocale::EnGb,
    );
    let json = serde_json::to_value(&findings).unwrap();
    assert_eq!(json[0]["kind"], "sarcasm");
    assert_eq!(json[1]["kind"], "insult");
    let findings = tone_findings("Nach allem, was wir für Sie getan haben!", NumberLocale::De);
    assert_eq!(
        serde_json::to_value(&findings).unwrap()[0]["kind"],
        "guilt_trip"
    );
}

#[test]
fn tone_findings_use_javascript_string_offsets() {
    let (text, locale) = tone_request(&v(json!("Café bill — PAY NOW!!")), &Value::Null).unwrap();
    assert_eq!(locale, NumberLocale::EnGb);
    let findings = tone_findings(&text, locale);
    let utf16: Vec<u16> = text.encode_utf16().collect();
    assert!(!findings.is_empty());
    for finding in &findings {
        let slice = utf16.get(finding.start..finding.end).unwrap();
        assert_eq!(String::from_utf16(slice).unwrap(), finding.phrase);
    }
    assert_eq!(
        tone_request(&v(json!("x")), &v(json!("de-AT"))).unwrap().1,
        NumberLocale::De
    );
    let errors = tone_request(&v(json!(42)), &v(json!("klingon"))).unwrap_err();
    assert_eq!(
        codes(&errors),
        [("text", "invalid_type"), ("lang", "unknown_value")]
    );
}

#[test]
fn codes_are_the_engine_variants_in_snake_case() {
    assert_eq!(variant(&PlanErrorKind::MustBePositive), "must_be_positive");
    assert_eq!(
        variant(&PlanField::SeasonalWeight { month: 3 }),
        "seasonal_weight"
    );
    assert_eq!(variant(&IssueField::Stage(2)), "stage");
    assert_eq!(variant(&StatutoryError::Overflow), "overflow");
    assert_eq!(variant(&dec!(1)), "");
}

/// The codes and field names the API reports come from the engine's explicit `code()` and
/// `key()` tables; they are the same strings the API reported when it derived them from the
/// Rust variant names, so no caller sees a change.
#[test]
fn the_engines_stable_codes_are_the_codes_callers_already_know() {
    use tactful_engine::discount::{DiscountErrorKind as DK, DiscountField as DF};
    let d = dec!(1);
    let date = day(2026, 1, 1);
    let plan_kinds = [
        PlanErrorKind::MustBePositive,
        PlanErrorKind::MustNotBeNegative,
        PlanErrorKind::TooLarge { max: d },
        PlanErrorKind::TooManyDecimals { decimals: 2 },
        PlanErrorKind::UnknownCurrency,
        PlanErrorKind::MustBeLessThan {
            limit: d,
            other: None,
        },
        PlanErrorKind::ZeroInstallments,
        PlanErrorKind::TooManyInstallments { max: 1 },
        PlanErrorKind::InstallmentTooSmall { interest: d },
        PlanErrorKind::NeedsTwoInstallments,
        PlanErrorKind::NotWithCustomPercentages,
        PlanErrorKind::NeedsEqualDistribution,
        PlanErrorKind::CountMismatch { expected: 1 },
        PlanErrorKind::WeightsSumToZero,
        PlanErrorKind::PercentagesMustSum100 { actual: d },
        PlanErrorKind::MustNotBeAfter {
            date,
            other: PlanField::Debt,
        },
        PlanErrorKind::YearOutOfRange { min: 1, max: 2 },
        PlanErrorKind::ZeroInterval,
        PlanErrorKind::NoBusinessDay { date },
        PlanErrorKind::TooFewPayingDates { found: 1 },
        PlanErrorKind::TooManyDates { max: 1 },
        PlanErrorKind::TooLargeToCompute,
    ];
    for kind in &plan_kinds {
        assert_eq!(kind.code(), variant(kind));
    }
    let plan_fields = [
        PlanField::Debt,
        PlanField::Currency,
        PlanField::DownPaymentAmount,
        PlanField::DownPaymentPercent,
        PlanField::DownPaymentDate,
        PlanField::FirstPayment,
        PlanField::InstallmentCount,
        PlanField::TargetAmount,
        PlanField::Frequency,
        PlanField::FirstDueDate,
        PlanField::Calendar,
        PlanField::SeasonalWeights,
        PlanField::SeasonalWeight { month: 1 },
        PlanField::CustomPercents,
        PlanField::CustomPercent { index: 0 },
        PlanField::InterestRate,
        PlanField::SetupFee,
        PlanField::StartDate,
        PlanField::GraceDays,
        PlanField::LateFeeFlat,
        PlanField::LateFeePct,
        PlanField::AccelerateAfter,
    ];
    for field in &plan_fields {
        assert_eq!(field.key(), variant(field));
    }
    for kind in [
        DK::OutOfRange { min: d, max: d },
        DK::MustBePositive { max: d },
        DK::MustNotBeNegative,
        DK::MustBeLessThan {
            limit: d,
            other: None,
        },
        DK::MustNotExceed {
            limit: d,
            other: DF::NetDays,
        },
        DK::UnknownCurrency,
        DK::TooManyDecimals { decimals: 2 },
        DK::TooLargeToCompute,
    ] {
        assert_eq!(kind.code(), variant(&kind));
    }
    for field in [
        DF::InvoiceAmount,
        DF::Currency,
        DF::GrossMarginPct,
        DF::DiscountPercent,
        DF::DiscountAmount,
        DF::PayWithinDays,
        DF::NetDays,
        DF::ExpectedDaysToPayment,
        DF::UnpaidProbabilityPct,
        DF::RecoveryRatePct,
        DF::RecoveryDelayDays,
        DF::YearlyClientProfit,
        DF::ChurnProbabilityPct,
        DF::CostOfCapitalPct,
        DF::ChasingHours,
        DF::HourlyCost,
        DF::AgencyProbabilityPct,
        DF::AgencyContingencyPct,
        DF::AgencyFlatFee,
        DF::LegalProbabilityPct,
        DF::LegalCosts,
        DF::StatutoryClaim,
        DF::KeepMarginSharePct,
    ] {
        assert_eq!(field.key(), variant(&field));
    }
    for error in [
        StatutoryError::NonPositivePrincipal { principal: d },
        StatutoryError::UnknownCurrency { code: "X".into() },
        StatutoryError::NoReferenceRate { date },
        StatutoryError::InvalidReferenceRate { rate: d },
        StatutoryError::InvalidMargin { margin: d },
        StatutoryError::PeriodTooLong { days: 1 },
        StatutoryError::DateOutOfRange,
        StatutoryError::Overflow,
    ] {
        assert_eq!(error.code(), variant(&error));
        let issue = IssueKind::Statutory(error.clone());
        assert_eq!(issue.code(), variant(&error));
    }
    for field in [
        IssueField::Policy,
        IssueField::Stage(1),
        IssueField::DueDate,
        IssueField::Amount,
        IssueField::Currency,
        IssueField::Statutory,
        IssueField::PromiseToPay,
        IssueField::PromiseMadeOn,
        IssueField::DisputeOpened,
        IssueField::DisputeResolved,
        IssueField::PaidOn,
        IssueField::Installments,
        IssueField::Installment(1),
    ] {
        assert_eq!(field.key(), variant(&field));
    }
    assert_eq!(IssueKind::NoStages.code(), variant(&IssueKind::NoStages));
}

/// Values a careless or hostile caller might pass.
fn hostile() -> Vec<Value> {
    let long = "x".repeat(10_000);
    let mut deep = Value::Unsupported(TOO_DEEP);
    for _ in 0..40 {
        deep = Value::Object(vec![("debt".to_owned(), deep)]);
    }
    let mut values = vec![
        Value::Null,
        v(json!(42)),
        v(json!("x")),
        v(json!([])),
        v(json!({})),
        v(json!(true)),
        Value::Number(f64::NAN),
        Value::Unsupported("a function"),
        Value::Unsupported(TOO_LARGE),
        v(json!({ "": "" })),
        v(json!([{ "debt": "1" }])),
        deep,
        Value::String(long.clone()),
    ];
    let keys = [
        "debt",
        "currency",
        "first_due_date",
        "size",
        "invoice_amount",
        "principal",
        "regime",
        "jurisdiction",
        "reference_rates",
        "instalments",
        "collection_costs_agreed",
        "payment_day",
        "day_basis",
        "rounding",
        "ie_rate_date",
        "due_date",
        "until",
        "today",
        "template",
        "tone",
        "amount",
        "policy",
        "installments",
        "calendar",
        "interest",
        "frequency",
        "distribution",
        "down_payment",
        "missed_terms",
        "statutory",
        "dispute",
        "plan",
        "discount",
        "subject",
        "body",
        "locale",
        "invoices",
        "payments",
        "claim",
        "allocation",
        "lang",
    ];
    let odd = [
        json!(null),
        json!(1e300),
        json!(-1),
        json!(0.5),
        json!("1e400"),
        json!("99999999999999999999999999999"),
        json!("2026-02-30"),
        json!([]),
        json!({}),
        json!({ "kind": 5 }),
        json!([[[[]]]]),
        json!(long),
        json!(true),
    ];
    for value in odd {
        values.push(Value::Object(
            keys.iter()
                .map(|k| ((*k).to_owned(), v(value.clone())))
                .collect(),
        ));
    }
    values.push(Value::Object(vec![(long, Value::Null)]));
    values
}

#[test]
fn hostile_input_is_refused_with_a_reason_never_a_panic() {
    for value in hostile() {
        let results = [
            plan_request(&value).err(),
            discount_request(&value).err(),
            statutory_request(&value).err(),
            timeline_request(&value).err(),
            message_request(&value).err(),
            plan_calendar_request(&value).err(),
            timeline_calendar_request(&value).err(),
            account_request(&value).err(),
            tone_request(&value, &value)
                .err()
                .filter(|_| !matches!(value, Value::String(_))),
        ];
        for errors in results.into_iter().flatten() {
            assert!(!errors.is_empty());
            for error in &errors {
                assert!(
                    !error.code.is_empty() && error.message.ends_with('.'),
                    "{error:?}"
                );
                assert!(error.message.len() < 400, "{error:?}");
            }
        }
    }
}

#[test]
fn engine_runs_on_every_accepted_hostile_variant() {
    // Valid shapes with extreme values: the engine answers with errors, never a panic.
    for debt in [
        "79228162514264337593543950335",
        "-1",
        "0",
        "0.0000000000000000000000000001",
    ] {
        for size in [json!(0), json!(600), json!(601), json!(4294967295u32)] {
            let request = plan_request(&v(json!({
                "debt": debt, "currency": "KWD", "first_due_date": "2100-12-31", "size": size,
                "interest": { "kind": "amortized", "annual_rate_pct": "100" },
                "setup_fee": debt
            })));
            if let Ok(input) = request {
                if let Err(errors) = build_plan(&input) {
                    assert!(!plan_errors(errors).is_empty());
                }
            }
        }
    }
    let input = statutory_request(&v(json!({
        "regime": "eu", "principal": "79228162514264337593543950335", "currency": "EUR",
        "due_date": "1990-01-01", "until": "2100-12-31", "reference_rate_override": "100", "eu_margin": "100"
    })))
    .unwrap();
    if let Err(error) = late_payment_claim(&input) {
        assert!(!claim_error(error, &input).code.is_empty());
    }
    // Accounts at the edges of the limits and the calendar: errors, never a panic.
    for amount in ["1000000000000", "0.01", "79228162514264337593543950335"] {
        for (due, today) in [("1990-01-01", "2100-12-31"), ("2100-12-31", "2100-12-31")] {
            let request = account_request(&v(json!({
                "invoices": [
                    { "number": "A", "due_date": due, "amount": amount, "currency": "KWD" },
                    { "number": "B", "due_date": "1990-01-01", "amount": amount, "currency": "KWD" },
                ],
                "payments": [{ "date": "1990-01-01", "amount": amount, "invoice": "B" }],
                "today": today, "jurisdiction": "nl", "claim": true,
                "reference_rate_override": "100", "allocation": "named",
            })))
            .unwrap();
            if let Err(errors) = account_run(&request) {
                assert!(errors
                    .iter()
                    .all(|e| !e.code.is_empty() && e.message.ends_with('.')));
            }
        }
    }
}

#[test]
fn send_times_are_hours_and_minutes() {
    let mut errors = Vec::new();
    assert_eq!(
        time(&v(json!("09:30")), "t", &mut errors),
        NaiveTime::from_hms_opt(9, 30, 0)
    );
    assert_eq!(
        time(&v(json!("23:59:59")), "t", &mut errors),
        NaiveTime::from_hms_opt(23, 59, 59)
    );
    // The app's form takes one-digit hours too: one parser for both.
    assert_eq!(
        time(&v(json!("9:30")), "t", &mut errors),
        NaiveTime::from_hms_opt(9, 30, 0)
    );
    assert!(errors.is_empty());
    for bad in [
        "24:00",
        "09:60",
        "",
        "10",
        "10:00:00:00",
        "a:b",
        "１０:００",
    ] {
        let mut errors = Vec::new();
        assert_eq!(time(&v(json!(bad)), "t", &mut errors), None, "{bad}");
        assert_eq!(codes(&errors), [("t", "invalid_value")], "{bad}");
    }
}

#[test]
fn shipped_templates_need_their_language() {
    let request = |locale: &str| {
        message_request(&v(json!({
            "template": "thank_you", "locale": locale, "amount": "1", "currency": "EUR",
            "due_date": "2026-12-01", "today": "2026-12-15"
        })))
    };
    assert!(request("en-US").is_ok());
    for locale in ["de", "fr", "es", "nl"] {
        let shipped = template(
            TemplateId::ThankYou,
            ToneVariant::Neutral,
            LangPack::builtin(NumberLocale::from_tag(locale).unwrap()),
        );
        match request(locale) {
            Ok(request) => assert!(shipped.is_some() && !render(&request).body.is_empty()),
            Err(errors) => {
                assert!(shipped.is_none());
                assert_eq!(codes(&errors), [("locale", "template_not_available")]);
            }
        }
    }
}

#[test]
fn depth_and_size_limits_say_so() {
    let mut deep = Value::Unsupported(TOO_DEEP);
    for _ in 0..3 {
        deep = Value::Object(vec![("debt".to_owned(), deep)]);
    }
    let errors = plan_request(&Value::Object(vec![("debt".to_owned(), deep)])).unwrap_err();
    assert_eq!(errors[0].code, "invalid_type");
    let errors = plan_request(&v(
        json!({ "debt": "1", "calendar": { "extra_holidays": [] } }),
    ))
    .unwrap_err();
    assert!(errors.iter().all(|e| e.code == "missing_field"));
    let error = type_error("plan.rows", "an array", &Value::Unsupported(TOO_DEEP));
    assert_eq!(
        (error.code.as_str(), error.message.as_str()),
        (
            "too_deep",
            "\"plan.rows\" is nested too deeply (more than 16 levels)."
        )
    );
    let error = type_error("", "an object", &Value::Unsupported(TOO_LARGE));
    assert_eq!(error.code, "too_large");
    assert!(
        error.message.starts_with("The input is too large"),
        "{}",
        error.message
    );
}

/// The issue's three UK invoices and the £1,000 on 20 November 2026, on 7 December.
fn uk_account() -> serde_json::Value {
    json!({
        "invoices": [
            { "number": "INV-101", "due_date": "2026-09-30", "amount": "1200.00", "currency": "GBP" },
            { "number": "INV-102", "due_date": "2026-10-31", "amount": "3400.00", "currency": "GBP",
              "issue_date": "2026-10-01", "note": "Design, phase 2" },
            { "number": "INV-103", "due_date": "2026-11-15", "amount": 800, "currency": "GBP" },
        ],
        "payments": [{ "date": "2026-11-20", "amount": "1000.00" }],
        "today": "2026-12-07", "jurisdiction": "uk", "claim": true,
    })
}

#[test]
fn account_statements_match_the_hand_computed_figures() {
    let request = account_request(&v(uk_account())).unwrap();
    assert_eq!(request.terms.allocation, AllocationRule::OldestFirst);
    assert_eq!(request.locale, NumberLocale::EnGb);
    assert_eq!(request.input.invoices[1].note, "Design, phase 2");
    let report = account_run(&request).unwrap();
    // 11.75 % a year (Bank Rate 3.75 % on 30 June 2026 + 8): INV-101 16.42 + 4.38,
    // INV-102 40.50, INV-103 5.67 (engine/tests/account_fixtures.rs shows the arithmetic).
    assert_eq!(report.totals.interest, dec!(66.97));
    assert_eq!(report.totals.compensation, dec!(180));
    assert_eq!(report.totals.total_due, Some(dec!(4646.97)));

    let out = serde_json::to_value(StatementOutput::of(&report, NumberLocale::EnGb)).unwrap();
    for key in [
        "today",
        "currency",
        "jurisdiction",
        "allocation",
        "claim",
        "invoices",
        "payments",
        "buckets",
        "collection_costs",
        "totals",
        "statement",
        "notes",
        "open_invoices_text",
    ] {
        assert!(out.get(key).is_some(), "{key}");
    }
    assert_eq!(out["currency"], "GBP");
    assert_eq!(out["jurisdiction"], "uk");
    assert_eq!(out["allocation"], "oldest_first");
    assert_eq!(out["invoices"][0]["status"], "part_paid");
    assert_eq!(out["invoices"][0]["bucket"], "days_61_90");
    assert_eq!(out["invoices"][0]["portions"][0]["interest"], "16.42");
    assert_eq!(out["invoices"][0]["portions"][1]["paid_on"], json!(null));
    assert_eq!(out["invoices"][1]["issue_date"], "2026-10-01");
    assert_eq!(out["payments"][0]["applied"][0]["number"], "INV-101");
    assert_eq!(out["payments"][0]["invoice"], json!(null));
    assert_eq!(
        out["buckets"][1],
        json!({ "bucket": "days_1_30", "invoices": 1, "outstanding": "800.00" })
    );
    assert_eq!(out["totals"]["total_due"], "4646.97");
    assert_eq!(out["totals"]["compensation_currency"], "GBP");
    // 1 October: INV-102 is issued, INV-101's compensation falls due (invoices first).
    assert_eq!(out["statement"][1]["kind"], "invoice");
    assert_eq!(out["statement"][2]["kind"], "compensation");
    assert_eq!(out["statement"][2]["debit"], "70.00");
    assert_eq!(out["collection_costs"], json!(null));
    assert!(out["open_invoices_text"]
        .as_str()
        .unwrap()
        .ends_with("Total outstanding                        £4,400.00\n"));
}

#[test]
fn account_requests_read_every_key_and_report_every_problem_with_its_path() {
    let mut input = uk_account();
    input["allocation"] = json!("statutory_order");
    input["jurisdiction"] = json!("de");
    input["lang"] = json!("de-AT");
    input["reference_rates"] = json!([{ "date": "2027-01-01", "rate": "1.5" }]);
    input["reference_rate_override"] = json!("2");
    input["eu_margin"] = json!("9");
    input["payment_day"] = json!("not_counted");
    input["day_basis"] = json!("actual_actual");
    input["rounding"] = json!("per_period");
    input["ie_rate_date"] = json!("due_date");
    input["payments"][0]["invoice"] = json!("INV-102");
    let request = account_request(&v(input)).unwrap();
    let terms = &request.terms;
    assert_eq!(
        (terms.jurisdiction, terms.allocation, terms.claim),
        (Jurisdiction::De, AllocationRule::StatutoryOrder, true)
    );
    assert_eq!(request.locale, NumberLocale::De);
    assert_eq!(terms.reference_rates[0].rate, dec!(1.5));
    assert_eq!(
        (terms.reference_rate_override, terms.eu_margin),
        (Some(dec!(2)), Some(dec!(9)))
    );
    assert_eq!(terms.options.payment_day, PaymentDay::NotCounted);
    assert_eq!(terms.options.day_basis, DayBasis::ActualActual);
    assert_eq!(terms.options.rounding, InterestRounding::PerPeriod);
    assert_eq!(terms.options.ie_rate_date, IrishRateDate::DueDate);
    assert_eq!(
        request.input.payments[0].invoice.as_deref(),
        Some("INV-102")
    );

    let errors = account_request(&v(json!({
        "invoices": [
            { "number": "A", "due_date": "2026-09-30", "amount": "1", "currency": "GBP" },
            { "number": 7, "due_date": "2026-02-30", "amount": 12.5, "currency": "GBP", "notes": "x" },
        ],
        "payments": [{ "date": "2026-11-20" }],
        "today": "2026-12-07", "jurisdiction": "gb", "allocation": "fifo",
    })))
    .unwrap_err();
    assert_eq!(
        codes(&errors),
        [
            ("invoices.1.number", "invalid_type"),
            ("invoices.1.due_date", "invalid_date"),
            ("invoices.1.amount", "inexact_number"),
            ("invoices.1.notes", "unknown_field"),
            ("payments.0.amount", "missing_field"),
            ("jurisdiction", "unknown_value"),
            ("claim", "missing_field"),
            ("allocation", "unknown_value"),
        ]
    );
    let errors = account_request(&v(json!({}))).unwrap_err();
    assert_eq!(
        codes(&errors),
        [
            ("invoices", "missing_field"),
            ("today", "missing_field"),
            ("jurisdiction", "missing_field"),
            ("claim", "missing_field"),
        ]
    );
}

#[test]
fn account_engine_errors_point_at_the_input() {
    let run = |json: serde_json::Value| account_run(&account_request(&v(json)).unwrap());
    let mut input = uk_account();
    input["invoices"][1]["currency"] = json!("EUR");
    input["invoices"][2]["number"] = json!("INV-101");
    input["payments"][0]["invoice"] = json!("INV-999");
    let errors = run(input).unwrap_err();
    assert_eq!(
        codes(&errors),
        [
            ("invoices.1.currency", "mixed_currency"),
            ("invoices.2.number", "duplicate_number"),
            ("payments.0.invoice", "unknown_invoice"),
        ]
    );
    assert_eq!(
        errors[0].message,
        "\"invoices.1.currency\": EUR is not the account's currency, GBP."
    );

    let mut input = uk_account();
    input["payments"][0]["date"] = json!("2026-12-08");
    input["allocation"] = json!("statutory_order");
    let errors = run(input).unwrap_err();
    assert_eq!(
        codes(&errors),
        [
            ("payments.0.date", "in_future"),
            ("allocation", "no_statutory_order")
        ]
    );

    // A rate the tables do not know yet: where and how to enter it.
    let errors = run(json!({
        "invoices": [{ "number": "F-1", "due_date": "2026-12-15", "amount": "1000", "currency": "EUR" }],
        "today": "2027-01-15", "jurisdiction": "es", "claim": true,
    }))
    .unwrap_err();
    assert_eq!(codes(&errors), [("reference_rates", "no_reference_rate")]);
    assert!(errors[0]
        .message
        .starts_with("No reference rate known for 2027-01-01;"));

    // Lists longer than the engine's limits are refused whole, before their items are read.
    let invoice = json!({ "number": 1 });
    let errors = account_request(&v(json!({
        "invoices": vec![invoice; MAX_INVOICES + 1],
        "payments": vec![json!({}); MAX_PAYMENTS_RECEIVED + 1],
        "today": "2026-12-07", "jurisdiction": "uk", "claim": false,
    })))
    .unwrap_err();
    assert_eq!(
        codes(&errors),
        [
            ("invoices", "too_many_invoices"),
            ("payments", "too_many_payments")
        ]
    );
    let errors = run(json!({
        "invoices": [], "today": "2026-12-07", "jurisdiction": "uk", "claim": false,
    }))
    .unwrap_err();
    assert_eq!(codes(&errors), [("invoices", "no_invoices")]);
}

#[test]
fn account_csv_speaks_the_language_asked_for() {
    let mut input = uk_account();
    input["lang"] = json!("fr");
    let request = account_request(&v(input)).unwrap();
    let report = account_run(&request).unwrap();
    let csv = statement_csv(&report, LangPack::builtin(request.locale));
    assert!(csv.starts_with(
        "Date,Type,Facture,Échéance,Remarque,Débit (GBP),Crédit (GBP),Solde (GBP)\r\n"
    ));
    assert!(
        csv.contains("\r\n01/10/2026,Facture,INV-102,31/10/2026,\"Design, phase 2\",\"3400,00\",,")
    );
    assert!(csv.ends_with("07/12/2026,Solde dû,,,,,,\"4646,97\"\r\n"));
}

#[test]
fn contacts_read_into_the_engine_s_log_with_every_kind() {
    let request = timeline_request(&v(json!({
        "due_date": "2026-10-30", "today": "2026-12-07",
        "contacts": [
            { "date": "2026-11-02", "kind": "sent", "action": "friendly_overdue", "channel": "email" },
            { "date": "2026-11-20", "kind": "sent", "action": null, "channel": "phone_call", "note": "Left a voicemail" },
            { "date": "2026-11-23", "kind": "promise_to_pay", "pay_by": "2026-11-30" },
            { "date": "2026-12-01", "kind": "query_opened", "note": "Wrong PO number" },
            { "date": "2026-12-03", "kind": "query_resolved" },
            { "date": "2026-12-04", "kind": "part_payment", "amount": "1200.00" },
            { "date": "2026-12-05", "kind": "sent", "action": "thank_you" }
        ]
    })))
    .unwrap();
    let contacts = &request.input.contacts;
    assert_eq!(contacts.len(), 7);
    assert_eq!(
        contacts[1].event,
        ContactEvent::Sent {
            action: None,
            channel: Channel::PhoneCall
        }
    );
    assert_eq!(contacts[1].note, "Left a voicemail");
    assert_eq!(
        contacts[2].event,
        ContactEvent::PromiseToPay {
            pay_by: day(2026, 11, 30)
        }
    );
    assert_eq!(
        contacts[5].event,
        ContactEvent::PartPayment {
            amount: dec!(1200.00)
        }
    );
    assert_eq!(
        contacts[6].event,
        ContactEvent::Sent {
            action: Some(StageAction::ThankYou),
            channel: Channel::Email
        }
    );
    // The JSON shape is the engine's serde shape: one flat object with a kind.
    let engine: Vec<serde_json::Value> = contacts
        .iter()
        .map(|c| serde_json::to_value(c).unwrap())
        .collect();
    assert_eq!(
        engine[2],
        json!({ "date": "2026-11-23", "kind": "promise_to_pay", "pay_by": "2026-11-30", "note": "" })
    );
    assert_eq!(
        engine[5],
        json!({ "date": "2026-12-04", "kind": "part_payment", "amount": "1200.00", "note": "" })
    );
    assert_eq!(
        engine[0],
        json!({ "date": "2026-11-02", "kind": "sent", "action": "friendly_overdue", "channel": "email", "note": "" })
    );
    for value in &engine {
        let back: Contact = serde_json::from_value(value.clone()).unwrap();
        assert!(contacts.contains(&back));
    }

    let errors = timeline_request(&v(json!({
        "due_date": "2026-10-30", "today": "2026-12-07",
        "contacts": [
            { "date": "2026-11-02", "kind": "sent", "amount": "5", "action": "nudge" },
            { "date": "2026-11-02", "kind": "shouted", "pay_by": "2026-11-03" },
            { "kind": "promise_to_pay" },
            { "date": "2026-11-02", "kind": "part_payment", "amount": 12.5, "colour": "red" }
        ]
    })))
    .unwrap_err();
    assert_eq!(
        codes(&errors),
        [
            ("contacts.0.amount", "unknown_field"),
            ("contacts.0.action", "unknown_value"),
            ("contacts.1.kind", "unknown_value"),
            ("contacts.2.date", "missing_field"),
            ("contacts.2.pay_by", "missing_field"),
            ("contacts.3.amount", "inexact_number"),
            ("contacts.3.colour", "unknown_field"),
        ]
    );
    assert_eq!(
        errors[0].message,
        "\"contacts.0.amount\" is not a key of a \"sent\" contact."
    );
}

#[test]
fn contact_log_mistakes_point_at_the_entry_and_its_key() {
    let request = timeline_request(&v(json!({
        "due_date": "2026-10-30", "today": "2026-12-07",
        "contacts": [
            { "date": "2026-12-08", "kind": "sent", "action": "friendly_overdue" },
            { "date": "2026-12-01", "kind": "promise_to_pay", "pay_by": "2026-11-30" },
            { "date": "2026-12-01", "kind": "part_payment", "amount": "0" },
            { "date": "2026-12-01", "kind": "sent", "channel": "letter" },
            { "date": "2026-12-02", "kind": "query_resolved" }
        ]
    })))
    .unwrap();
    let errors = timeline_errors(build_timeline(&request.input).unwrap_err(), false);
    assert_eq!(
        codes(&errors),
        [
            ("contacts.1.pay_by", "promise_before_made"),
            ("contacts.2.amount", "invalid_part_payment"),
            ("contacts.3.note", "empty_contact"),
            ("contacts.4.kind", "no_query_to_resolve"),
            ("contacts.0.date", "in_future"),
        ]
    );
}

#[test]
fn next_step_says_what_to_send_now_and_why() {
    // The issue's late starter: £4,800 due 30 October 2026, nothing sent by 7 December.
    let mut input = json!({
        "policy": { "preset": "standard", "calendar": "gb-eaw" },
        "due_date": "2026-10-30", "today": "2026-12-07", "amount": "4800", "currency": "GBP"
    });
    let request = timeline_request(&v(input.clone())).unwrap();
    let next = serde_json::to_value(next_step(&request.input).unwrap()).unwrap();
    assert_eq!(
        next["step"],
        json!({
            "action": "second_follow_up", "template": "second_follow_up", "tone": "neutral",
            "stage_tone": "neutral", "channel": "email", "date": "2026-12-07", "due_now": true,
            "stage": 2
        })
    );
    assert_eq!(
        next["reason"],
        json!({ "kind": "first_contact_while_overdue", "days": 38 })
    );
    assert_eq!(next["days_overdue"], json!(38));
    assert_eq!(next["history"]["reminders_sent"], json!(0));
    // Logged as sent today: the firm follow-up call a week later.
    input["contacts"] =
        json!([{ "date": "2026-12-07", "kind": "sent", "action": "second_follow_up" }]);
    let request = timeline_request(&v(input)).unwrap();
    let next = serde_json::to_value(next_step(&request.input).unwrap()).unwrap();
    assert_eq!(next["step"]["action"], json!("firm_follow_up"));
    assert_eq!(next["step"]["date"], json!("2026-12-14"));
    assert_eq!(next["step"]["due_now"], json!(false));
    assert_eq!(next["step"]["tone"], json!("firm"));
    assert_eq!(
        next["reason"],
        json!({ "kind": "no_reply_to_reminder", "sent_on": "2026-12-07", "action": "second_follow_up" })
    );
    assert_eq!(next["history"]["last_sent_on"], json!("2026-12-07"));
}

#[test]
fn messages_take_the_history_values() {
    let request = message_request(&v(json!({
        "subject": "x",
        "body": "{% if reminders_sent %}{{ reminders_sent }} since {{ last_sent_on }}{% endif %}; {{ promise_broken_on }}; {{ part_paid }}",
        "amount": "4800", "currency": "GBP", "due_date": "2026-10-30", "today": "2026-12-07",
        "reminders_sent": 2, "last_sent_on": "2026-11-20", "promise_broken_on": "2026-12-01",
        "part_paid": "1200.00"
    })))
    .unwrap();
    assert_eq!(
        render(&request).body,
        "2 since 20 November 2026; 1 December 2026; £1,200.00"
    );
}

#[test]
fn a_message_names_what_it_needs_and_never_shows_template_code() {
    // The statutory notice without a claim, the promise confirmation without a date: the
    // text is written around them, and `missing` names them.
    for (template, missing) in [
        ("statutory_interest_notice", MissingField::Statutory),
        ("promise_confirmation", MissingField::PromiseDate),
        ("installment_missed", MissingField::Plan),
    ] {
        let request = message_request(&v(json!({
            "template": template, "tone": "neutral", "locale": "de",
            "amount": "4800", "currency": "EUR", "due_date": "2026-12-01", "today": "2026-12-15"
        })))
        .unwrap();
        let message = render(&request);
        assert_eq!(message.missing, [missing], "{template}");
        assert!(message.errors.is_empty(), "{template}");
        assert!(!message.body.contains("{{") && !message.subject.contains("{{"));
    }
    // A plan with a down payment: counted apart, listed as plain text.
    let request = message_request(&v(json!({
        "template": "payment_plan_proposal", "tone": "neutral", "locale": "en-GB",
        "amount": "4800", "currency": "GBP", "due_date": "2026-12-01", "today": "2026-12-15",
        "plan": { "down_payment": true, "rows": [
            { "date": "2026-12-22", "amount": "1200" },
            { "date": "2027-01-05", "amount": "1800" },
            { "date": "2027-02-05", "amount": "1800" }
        ] }
    })))
    .unwrap();
    let message = render(&request);
    assert!(message.ready(), "{:?}", message.missing);
    assert!(message.body.contains(
        "We propose a down payment of £1,200.00 followed by 2 instalments, as follows:\n\n\
         - 22 December 2026: £1,200.00 (down payment)\n- 5 January 2027: £1,800.00\n- 5 February 2027: £1,800.00\n\n\
         Could you let us know by 18 December 2026 whether"
    ), "{}", message.body);
    // Your own wording: a placeholder with no value names its field.
    let request = message_request(&v(json!({
        "subject": "Invoice {{ invoice_number }}", "body": "{{ sign_off }}",
        "amount": "1", "currency": "GBP", "due_date": "2026-12-01", "today": "2026-12-15"
    })))
    .unwrap();
    assert_eq!(
        render(&request).missing,
        [MissingField::InvoiceNumber, MissingField::SenderName]
    );
}

#[test]
fn the_formal_demand_is_each_countrys_letter_in_the_firm_tone() {
    // No tone given: the formal demand's only tone. A sole trader in England and Wales:
    // the Pre-Action Protocol for Debt Claims.
    let request = message_request(&v(json!({
        "template": "formal_demand", "locale": "en-GB", "client_sole_trader": true,
        "amount": "4800", "currency": "GBP", "due_date": "2026-12-01", "today": "2026-12-15",
        "statutory": { "jurisdiction": "uk", "rate": "11.75", "interest": "21.63",
                       "compensation": "70", "total": "91.63" }
    })))
    .unwrap();
    assert_eq!(
        request.source,
        MessageSource::Shipped(TemplateId::FormalDemand, ToneVariant::Firm)
    );
    let message = render(&request);
    assert!(
        message.ready(),
        "{:?} {:?}",
        message.errors,
        message.missing
    );
    assert_eq!(
        message.subject,
        "Letter before claim: our £4,800.00 invoice"
    );
    assert!(message
        .body
        .contains("This is a letter of claim under the Pre-Action Protocol for Debt Claims."));
    assert!(message
        .body
        .contains("within 30 days of the date of this letter, 15 December 2026"));
    // Without the claim, the letter cannot go out.
    let request = message_request(&v(json!({
        "template": "formal_demand", "locale": "de",
        "amount": "4800", "currency": "EUR", "due_date": "2026-12-01", "today": "2026-12-15"
    })))
    .unwrap();
    assert_eq!(render(&request).missing, [MissingField::Statutory]);
    let errors = message_request(&v(json!({
        "template": "formal_demand", "tone": "warm", "client_sole_trader": "yes",
        "amount": "1", "currency": "EUR", "due_date": "2026-12-01", "today": "2026-12-15"
    })))
    .unwrap_err();
    assert_eq!(
        codes(&errors),
        [
            ("tone", "tone_not_available"),
            ("client_sole_trader", "invalid_type")
        ]
    );
}
