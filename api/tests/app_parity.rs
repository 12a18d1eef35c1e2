//! The app and the JavaScript API give the same answer for the same input.
//!
//! Each property builds one random input twice: as the app's form would hold it (text typed
//! in a language's number format, read by the engine's `evaluate_*` over a draft) and as a
//! JavaScript caller would pass it (JSON, read by the API's `*_request`), then checks that
//! both accept it or both refuse it, and that accepted inputs give identical figures. The
//! values are drawn across and beyond the limits of `tactful_engine::limits`, so refusals
//! are exercised as much as results.

use chrono::NaiveDate;
use proptest::prelude::*;
use rust_decimal::Decimal;
use serde_json::{json, Value as Json};
use tactful_api::{discount_request, plan_request, timeline_request, Value};
use tactful_engine::amount::{format_number, NumberLocale};
use tactful_engine::calendar::{Roll, Weekend};
use tactful_engine::discount::{
    analyze, evaluate_discount, DiscountContext, DiscountDraft, FeeKind, OfferKind, StatutoryMode,
    YearBasis,
};
use tactful_engine::holidays::HolidayRegion;
use tactful_engine::invoice::{parse_invoice, Invoice, InvoiceDraft};
use tactful_engine::limits::{MAX_AMOUNT, MAX_EXTRA_HOLIDAYS, MAX_INSTALLMENTS};
use tactful_engine::plan::{
    build_plan, evaluate_plan, DayCount, DebtSource, DownPaymentKind, FrequencyKind, InterestKind,
    PlanContext, PlanDraft, ShareKind, SizeKind,
};
use tactful_engine::statutory::Jurisdiction;
use tactful_engine::timeline::{
    build_timeline, evaluate_timeline, law_for, next_step_of, Channel, Contact, ContactEvent,
    CustomPolicyDraft, DraftStage, Policy, PresetName, StageAction, TimelineContext, TimelineDraft,
    Tone,
};

/// A JSON value as JavaScript would pass it.
fn js(json: Json) -> Value {
    match json {
        Json::Null => Value::Null,
        Json::Bool(flag) => Value::Bool(flag),
        Json::Number(number) => Value::Number(number.as_f64().unwrap_or(f64::NAN)),
        Json::String(text) => Value::String(text),
        Json::Array(items) => Value::Array(items.into_iter().map(js).collect()),
        Json::Object(entries) => {
            Value::Object(entries.into_iter().map(|(k, item)| (k, js(item))).collect())
        }
    }
}

/// `value` as someone types it in `locale` (`1,234.5` or `1.234,5`).
fn typed(value: Decimal, locale: NumberLocale) -> String {
    format_number(value, value.scale(), locale)
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

/// A money amount in minor units: ordinary, or (`wild`) sometimes zero, negative, at or
/// just over the limit, or with a decimal too many.
fn money(wild: bool) -> BoxedStrategy<Decimal> {
    if !wild {
        return (1i64..=2_000_000).prop_map(|n| Decimal::new(n, 2)).boxed();
    }
    prop_oneof![
        6 => (1i64..=2_000_000).prop_map(|n| Decimal::new(n, 2)),
        1 => Just(Decimal::ZERO),
        1 => (1i64..=1000).prop_map(|n| Decimal::new(-n, 2)),
        1 => Just(MAX_AMOUNT),
        1 => Just(MAX_AMOUNT + Decimal::ONE),
        1 => (1i64..=99_999).prop_map(|n| Decimal::new(n, 3)),
    ]
    .boxed()
}

/// A percentage: 0–100, or (`wild`) sometimes out of range.
fn percent(wild: bool) -> BoxedStrategy<Decimal> {
    if !wild {
        return (0i64..=10_000).prop_map(|n| Decimal::new(n, 2)).boxed();
    }
    prop_oneof![
        6 => (0i64..=10_000).prop_map(|n| Decimal::new(n, 2)),
        1 => (-500i64..=-1).prop_map(|n| Decimal::new(n, 1)),
        1 => (1001i64..=2000).prop_map(|n| Decimal::new(n, 1)),
    ]
    .boxed()
}

/// A whole count: small, or (`wild`) sometimes 0 or around a limit.
fn count(max: u32, wild: bool) -> BoxedStrategy<u32> {
    if !wild {
        return (1u32..=24).boxed();
    }
    prop_oneof![5 => 1u32..=24, 1 => Just(0u32), 1 => (max - 2)..=(max + 2)].boxed()
}

fn day_in_range() -> BoxedStrategy<NaiveDate> {
    (2024i32..=2028, 1u32..=12, 1u32..=28)
        .prop_map(|(y, m, d)| date(y, m, d))
        .boxed()
}

fn locale() -> BoxedStrategy<NumberLocale> {
    prop_oneof![
        Just(NumberLocale::EnGb),
        Just(NumberLocale::De),
        Just(NumberLocale::Fr),
        Just(NumberLocale::Nl),
    ]
    .boxed()
}

const FREQUENCIES: [(FrequencyKind, &str); 7] = [
    (FrequencyKind::Weekly, "weekly"),
    (FrequencyKind::Fortnightly, "fortnightly"),
    (FrequencyKind::SemiMonthly1st15th, "semi_monthly_1st_15th"),
    (FrequencyKind::SemiMonthly15thLast, "semi_monthly_15th_last"),
    (FrequencyKind::Monthly, "monthly"),
    (FrequencyKind::BiMonthly, "bi_monthly"),
    (FrequencyKind::Quarterly, "quarterly"),
];
const ROLLS: [(Roll, &str); 5] = [
    (Roll::Following, "following"),
    (Roll::ModifiedFollowing, "modified_following"),
    (Roll::Preceding, "preceding"),
    (Roll::ModifiedPreceding, "modified_preceding"),
    (Roll::None, "none"),
];
const WEEKENDS: [(Weekend, &str); 3] = [
    (Weekend::SatSun, "sat_sun"),
    (Weekend::FriSat, "fri_sat"),
    (Weekend::SunOnly, "sun_only"),
];
const REGIONS: [(Option<HolidayRegion>, &str); 4] = [
    (None, ""),
    (Some(HolidayRegion::EnglandWales), "gb-eaw"),
    (Some(HolidayRegion::Germany), "de"),
    (Some(HolidayRegion::France), "fr"),
];

/// One plan, drawn once and written both ways.
#[derive(Clone, Debug)]
struct PlanCase {
    locale: NumberLocale,
    debt: Decimal,
    down: Option<(bool, Decimal)>,
    by_target: Option<Decimal>,
    count: u32,
    frequency: usize,
    every_days: Option<u32>,
    first_due: NaiveDate,
    first_payment: Option<Decimal>,
    month_end: bool,
    roll: usize,
    weekend: usize,
    region: usize,
    holidays: usize,
    share: u8,
    custom: Vec<Decimal>,
    weights: [Decimal; 12],
    interest: u8,
    rate: Decimal,
    day_count: u8,
    setup_fee: Option<Decimal>,
    grace: Option<u32>,
    late_flat: Option<Decimal>,
    late_pct: Option<Decimal>,
    accelerate: Option<u32>,
}

fn plan_case(wild: bool) -> impl Strategy<Value = PlanCase> {
    let money_parts = (
        locale(),
        money(wild),
        prop::option::of((any::<bool>(), prop_oneof![money(wild), percent(wild)])),
        prop::option::of(money(wild)),
        count(MAX_INSTALLMENTS, wild),
        0usize..FREQUENCIES.len(),
        prop::option::of(if wild {
            prop_oneof![0u32..=40, Just(65_535u32), Just(65_536u32)].boxed()
        } else {
            (1u32..=40).boxed()
        }),
        day_in_range(),
    );
    let calendar_parts = (
        prop::option::of(money(wild)),
        any::<bool>(),
        0usize..ROLLS.len(),
        0usize..WEEKENDS.len(),
        0usize..REGIONS.len(),
        if wild {
            prop_oneof![8 => 0usize..=3, 1 => Just(MAX_EXTRA_HOLIDAYS), 1 => Just(MAX_EXTRA_HOLIDAYS + 1)].boxed()
        } else {
            (0usize..=3).boxed()
        },
    );
    let share_parts = (
        0u8..3,
        if wild {
            prop::collection::vec(percent(wild), 0..5).boxed()
        } else {
            // Percentages that add up to 100: cut points of 0..100 in hundredths.
            prop::collection::btree_set(1i64..10_000, 0..4)
                .prop_map(|cuts| {
                    let mut edges: Vec<i64> = cuts.into_iter().collect();
                    edges.push(10_000);
                    let mut last = 0;
                    edges
                        .into_iter()
                        .map(|edge| {
                            let part = Decimal::new(edge - last, 2);
                            last = edge;
                            part
                        })
                        .collect()
                })
                .boxed()
        },
        prop::array::uniform12((0i64..=300).prop_map(|n| Decimal::new(n, 2))),
    );
    let cost_parts = (
        0u8..3,
        if wild {
            percent(wild)
        } else {
            (0i64..=3000).prop_map(|n| Decimal::new(n, 2)).boxed()
        },
        0u8..3,
        prop::option::of(money(wild)),
        prop::option::of(if wild {
            prop_oneof![0u32..=30, Just(366u32)].boxed()
        } else {
            (0u32..=30).boxed()
        }),
        prop::option::of(money(wild)),
        prop::option::of(percent(wild)),
        prop::option::of(if wild {
            (0u32..=4).boxed()
        } else {
            (1u32..=4).boxed()
        }),
    );
    (money_parts, calendar_parts, share_parts, cost_parts).prop_map(
        move |(
            (locale, debt, down, by_target, count, frequency, every_days, first_due),
            (first_payment, month_end, roll, weekend, region, holidays),
            (share, custom, weights),
            (interest, rate, day_count, setup_fee, grace, late_flat, late_pct, accelerate),
        )| {
            // With custom percentages the count is their number (unless the case is wild).
            let count = if share == 2 && !wild {
                u32::try_from(custom.len()).unwrap_or(1)
            } else {
                count
            };
            PlanCase {
                locale,
                debt,
                down,
                by_target,
                count,
                frequency,
                every_days,
                first_due,
                first_payment,
                month_end,
                roll,
                weekend,
                region,
                holidays,
                share,
                custom,
                weights,
                interest,
                rate,
                day_count,
                setup_fee,
                grace,
                late_flat,
                late_pct,
                accelerate,
            }
        },
    )
}

const DAY_COUNTS: [(DayCount, &str); 3] = [
    (DayCount::Actual365, "actual365"),
    (DayCount::Thirty360, "thirty360"),
    (DayCount::Actual360, "actual360"),
];

impl PlanCase {
    fn holidays(&self) -> Vec<NaiveDate> {
        (0..self.holidays)
            .map(|n| date(2027, 1, 1) + chrono::Days::new(u64::try_from(n % 700).unwrap_or(0)))
            .collect()
    }

    /// The form as the app holds it.
    fn draft(&self) -> PlanDraft {
        let l = self.locale;
        let t = |value: Decimal| typed(value, l);
        let separator = if l == NumberLocale::EnGb { ", " } else { "; " };
        PlanDraft {
            source: DebtSource::Balance,
            balance: t(self.debt),
            down_payment: match self.down {
                None => DownPaymentKind::None,
                Some((true, _)) => DownPaymentKind::Amount,
                Some((false, _)) => DownPaymentKind::Percent,
            },
            down_amount: self.down.map(|(_, v)| t(v)).unwrap_or_default(),
            down_percent: self.down.map(|(_, v)| t(v)).unwrap_or_default(),
            size: if self.by_target.is_some() {
                SizeKind::Target
            } else {
                SizeKind::Count
            },
            count: self.count.to_string(),
            target: self.by_target.map(t).unwrap_or_default(),
            frequency: if self.every_days.is_some() {
                FrequencyKind::EveryNDays
            } else {
                FREQUENCIES[self.frequency].0
            },
            every_days: self.every_days.unwrap_or(10).to_string(),
            first_due: self.first_due.to_string(),
            down_date: String::new(),
            first_payment: self.first_payment.map(t).unwrap_or_default(),
            stick_to_month_end: self.month_end,
            roll: ROLLS[self.roll].0,
            weekend: WEEKENDS[self.weekend].0,
            holidays: self
                .holidays()
                .iter()
                .map(NaiveDate::to_string)
                .collect::<Vec<_>>()
                .join("\n"),
            region: REGIONS[self.region].0,
            share: [ShareKind::Equal, ShareKind::Seasonal, ShareKind::Custom]
                [usize::from(self.share)],
            weights: self.weights.map(t),
            custom: self
                .custom
                .iter()
                .map(|p| t(*p))
                .collect::<Vec<_>>()
                .join(separator),
            interest: [
                InterestKind::None,
                InterestKind::Flat,
                InterestKind::Amortized,
            ][usize::from(self.interest)],
            rate: t(self.rate),
            day_count: DAY_COUNTS[usize::from(self.day_count)].0,
            setup_fee: self.setup_fee.map(t).unwrap_or_default(),
            grace_days: self.grace.map(|g| g.to_string()).unwrap_or_default(),
            late_fee_flat: self.late_flat.map(t).unwrap_or_default(),
            late_fee_pct: self.late_pct.map(t).unwrap_or_default(),
            accelerate_after: self.accelerate.map(|a| a.to_string()).unwrap_or_default(),
            compare: Default::default(),
        }
    }

    /// The same plan as a JavaScript caller passes it to `planInstalments`.
    fn json(&self) -> Json {
        let s = |value: Decimal| json!(value.to_string());
        let mut input = json!({
            "debt": s(self.debt),
            "currency": "EUR",
            "first_due_date": self.first_due.to_string(),
            "size": match self.by_target {
                Some(target) => json!({ "kind": "target_amount", "value": target.to_string() }),
                None => json!(self.count),
            },
            "frequency": match self.every_days {
                Some(days) => json!({ "kind": "every_n_days", "days": days }),
                None => json!(FREQUENCIES[self.frequency].1),
            },
            "schedule_options": { "stick_to_month_end": self.month_end },
            "roll": ROLLS[self.roll].1,
            "calendar": {
                "weekend": WEEKENDS[self.weekend].1,
                "extra_holidays": self.holidays().iter().map(NaiveDate::to_string).collect::<Vec<_>>(),
            },
        });
        if !REGIONS[self.region].1.is_empty() {
            input["calendar"]["region"] = json!(REGIONS[self.region].1);
        }
        if let Some((is_amount, value)) = self.down {
            input["down_payment"] = json!({
                "kind": if is_amount { "amount" } else { "percent" },
                "value": value.to_string(),
            });
        }
        if let Some(first) = self.first_payment {
            input["first_payment"] = s(first);
        }
        match self.share {
            1 => {
                input["distribution"] = json!({
                    "kind": "seasonal",
                    "value": { "weights": self.weights.iter().map(|w| w.to_string()).collect::<Vec<_>>() },
                });
            }
            2 => {
                input["distribution"] = json!({
                    "kind": "custom_percent",
                    "value": self.custom.iter().map(|p| p.to_string()).collect::<Vec<_>>(),
                });
            }
            _ => {}
        }
        match self.interest {
            1 => {
                input["interest"] =
                    json!({ "kind": "flat", "annual_rate_pct": self.rate.to_string() })
            }
            2 => {
                input["interest"] = json!({
                    "kind": "amortized",
                    "annual_rate_pct": self.rate.to_string(),
                    "day_count": DAY_COUNTS[usize::from(self.day_count)].1,
                });
            }
            _ => {}
        }
        if let Some(fee) = self.setup_fee {
            input["setup_fee"] = s(fee);
        }
        let mut missed = json!({});
        if let Some(grace) = self.grace {
            missed["grace_days"] = json!(grace);
        }
        if let Some(flat) = self.late_flat {
            missed["late_fee_flat"] = s(flat);
        }
        if let Some(pct) = self.late_pct {
            missed["late_fee_pct"] = s(pct);
        }
        if let Some(after) = self.accelerate {
            missed["accelerate_after"] = json!(after);
        }
        input["missed_terms"] = missed;
        input
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(256).min(2_000)
    ))]

    #[test]
    fn the_app_and_the_api_accept_the_same_plans_and_work_out_the_same_schedule(case in prop_oneof![plan_case(false), plan_case(true)]) {
        let today = date(2026, 12, 7);
        let app = evaluate_plan(
            &case.draft(),
            &PlanContext { invoice: None, currency_code: "EUR", locale: case.locale, today },
        );
        let api = plan_request(&js(case.json())).map_err(|_| ()).and_then(|input| build_plan(&input).map_err(|_| ()));
        prop_assert_eq!(app.plan.is_some(), api.is_ok(), "app problems: {:?}", app.problems);
        if let (Some(app_plan), Ok(api_plan)) = (app.plan, api) {
            prop_assert_eq!(app_plan, api_plan);
        }
    }
}

/// One discount analysis, drawn once and written both ways.
#[derive(Clone, Debug)]
struct DiscountCase {
    locale: NumberLocale,
    amount: Decimal,
    offer: (bool, Decimal),
    pay_within: i64,
    net: i64,
    year_360: bool,
    margin: Decimal,
    keep: Decimal,
    expected: i64,
    unpaid: Decimal,
    recovery: Decimal,
    delay: i64,
    profit: Decimal,
    churn: Decimal,
    capital: Decimal,
    hours: Decimal,
    hourly: Decimal,
    agency: Decimal,
    fee: (bool, Decimal),
    legal: Decimal,
    legal_costs: Decimal,
    statutory: Decimal,
}

fn days(wild: bool) -> BoxedStrategy<i64> {
    if !wild {
        return (0i64..=120).boxed();
    }
    prop_oneof![6 => 0i64..=120, 1 => Just(-1i64), 1 => 36_499i64..=36_501].boxed()
}

fn discount_case(wild: bool) -> impl Strategy<Value = DiscountCase> {
    (
        (
            locale(),
            money(wild),
            (
                any::<bool>(),
                if wild {
                    prop_oneof![percent(wild), money(wild)].boxed()
                } else {
                    (0i64..=500).prop_map(|n| Decimal::new(n, 2)).boxed()
                },
            ),
            days(wild),
            days(wild),
            any::<bool>(),
            percent(wild),
            percent(wild),
        ),
        (
            days(wild),
            percent(wild),
            percent(wild),
            days(wild),
            money(wild),
            percent(wild),
            percent(wild),
        ),
        (
            (0i64..=1000).prop_map(|n| Decimal::new(n, 1)),
            money(wild),
            percent(wild),
            (any::<bool>(), prop_oneof![percent(wild), money(wild)]),
            percent(wild),
            money(wild),
            money(wild),
        ),
    )
        .prop_map(
            move |(
                (locale, amount, offer, pay_within, net, year_360, margin, keep),
                (expected, unpaid, recovery, delay, profit, churn, capital),
                (hours, hourly, agency, fee, legal, legal_costs, statutory),
            )| {
                // Legal action follows a failed agency attempt; a discount comes within the
                // terms (unless the case is wild).
                let (legal, pay_within, net) = if wild {
                    (legal, pay_within, net)
                } else {
                    (
                        legal.min(agency),
                        pay_within.min(net),
                        net.max(pay_within) + 1,
                    )
                };
                DiscountCase {
                    locale,
                    amount,
                    offer,
                    pay_within,
                    net,
                    year_360,
                    margin,
                    keep,
                    expected,
                    unpaid,
                    recovery,
                    delay,
                    profit,
                    churn,
                    capital,
                    hours,
                    hourly,
                    agency,
                    fee,
                    legal,
                    legal_costs,
                    statutory,
                }
            },
        )
}

impl DiscountCase {
    fn invoice(&self) -> Option<Invoice> {
        parse_invoice(
            &InvoiceDraft {
                amount: typed(self.amount, self.locale),
                currency: "EUR".into(),
                due_date: "2026-12-31".into(),
                ..InvoiceDraft::default()
            },
            self.locale,
        )
        .ok()
    }

    fn draft(&self) -> DiscountDraft {
        let t = |value: Decimal| typed(value, self.locale);
        DiscountDraft {
            offer: if self.offer.0 {
                OfferKind::Amount
            } else {
                OfferKind::Percent
            },
            discount_percent: t(self.offer.1),
            discount_amount: t(self.offer.1),
            pay_within_days: self.pay_within.to_string(),
            net_days: self.net.to_string(),
            year_basis: if self.year_360 {
                YearBasis::Days360
            } else {
                YearBasis::Days365
            },
            gross_margin: t(self.margin),
            keep_margin: t(self.keep),
            expected_days: self.expected.to_string(),
            unpaid_probability: t(self.unpaid),
            recovery_rate: t(self.recovery),
            recovery_delay: self.delay.to_string(),
            yearly_profit: t(self.profit),
            churn: t(self.churn),
            cost_of_capital: t(self.capital),
            chasing_hours: t(self.hours),
            hourly_cost: t(self.hourly),
            agency_probability: t(self.agency),
            fee: if self.fee.0 {
                FeeKind::Flat
            } else {
                FeeKind::Contingency
            },
            agency_contingency: t(self.fee.1),
            agency_flat_fee: t(self.fee.1),
            legal_probability: t(self.legal),
            legal_costs: t(self.legal_costs),
            statutory_mode: StatutoryMode::Typed,
            statutory_claim: t(self.statutory),
            ..DiscountDraft::defaults_in(self.locale)
        }
    }

    fn json(&self) -> Json {
        let s = |value: Decimal| json!(value.to_string());
        let mut input = json!({
            "invoice_amount": s(self.amount),
            "currency": "EUR",
            "pay_within_days": self.pay_within,
            "net_days": self.net,
            "year_basis": if self.year_360 { 360 } else { 365 },
            "gross_margin_pct": s(self.margin),
            "keep_margin_share_pct": s(self.keep),
            "expected_days_to_payment": self.expected,
            "unpaid_probability_pct": s(self.unpaid),
            "recovery_rate_pct": s(self.recovery),
            "recovery_delay_days": self.delay,
            "yearly_client_profit": s(self.profit),
            "churn_probability_pct": s(self.churn),
            "cost_of_capital_pct": s(self.capital),
            "chasing_hours": s(self.hours),
            "hourly_cost": s(self.hourly),
            "agency_probability_pct": s(self.agency),
            "legal_probability_pct": s(self.legal),
            "legal_costs": s(self.legal_costs),
            "statutory_claim": s(self.statutory),
        });
        if self.offer.0 {
            input["discount_amount"] = s(self.offer.1);
        } else {
            input["discount_percent"] = s(self.offer.1);
        }
        if self.fee.0 {
            input["agency_flat_fee"] = s(self.fee.1);
        } else {
            input["agency_contingency_pct"] = s(self.fee.1);
        }
        input
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(256).min(2_000)
    ))]

    #[test]
    fn the_app_and_the_api_accept_the_same_discounts_and_give_the_same_analysis(case in prop_oneof![discount_case(false), discount_case(true)]) {
        let invoice = case.invoice();
        let app = evaluate_discount(
            &case.draft(),
            &DiscountContext {
                invoice: invoice.as_ref(),
                locale: case.locale,
                today: date(2026, 12, 7),
                statutory: None,
                account: None,
            },
        );
        let api = discount_request(&js(case.json())).map_err(|_| ()).and_then(|input| analyze(&input).map_err(|_| ()));
        prop_assert_eq!(app.analysis.is_some(), api.is_ok(), "app problems: {:?}", app.problems);
        if let (Some((_, app_analysis)), Ok(api_analysis)) = (app.analysis, api) {
            prop_assert_eq!(app_analysis, api_analysis);
        }
    }
}

const CHANNELS: [(Channel, &str); 4] = [
    (Channel::Email, "email"),
    (Channel::PhoneCall, "phone_call"),
    (Channel::Letter, "letter"),
    (Channel::Sms, "sms"),
];
const TONES: [(Tone, &str); 4] = [
    (Tone::Friendly, "friendly"),
    (Tone::Neutral, "neutral"),
    (Tone::Firm, "firm"),
    (Tone::Final, "final"),
];

/// One timeline with the user's own policy, drawn once and written both ways.
#[derive(Clone, Debug)]
struct TimelineCase {
    due: NaiveDate,
    today: NaiveDate,
    amount: Decimal,
    stages: Vec<(i32, bool, usize, usize, usize)>,
    business_days_only: bool,
    send_time: Option<String>,
    region: usize,
    promise: Option<NaiveDate>,
    dispute: Option<(NaiveDate, Option<NaiveDate>)>,
    paid_on: Option<NaiveDate>,
    statutory: Option<(bool, bool, Option<Decimal>)>,
    /// The contact log: `(kind, days before today, days after, action, channel)`.
    log: Vec<(u8, i64, i64, usize, usize)>,
}

fn timeline_case(wild: bool) -> impl Strategy<Value = TimelineCase> {
    let stage = (
        if wild {
            prop_oneof![8 => -10i32..=90, 1 => Just(-91i32), 1 => Just(366i32)].boxed()
        } else {
            (-10i32..=90).boxed()
        },
        any::<bool>(),
        0usize..CHANNELS.len(),
        0usize..TONES.len(),
        0usize..StageAction::LADDER.len(),
    );
    let send_time = prop_oneof![
        Just(None),
        Just(Some("9:30".to_owned())),
        Just(Some("10:00:00".to_owned())),
        Just(Some("23:59:59".to_owned())),
        Just(Some("24:00".to_owned())),
        Just(Some("7.05".to_owned())),
    ];
    let log = prop::collection::vec(
        (
            0u8..6,
            if wild {
                (-3i64..60).boxed()
            } else {
                (0i64..60).boxed()
            },
            0i64..40,
            0usize..StageAction::ALL.len(),
            0usize..CHANNELS.len(),
        ),
        0..6,
    );
    (
        (day_in_range(), day_in_range(), money(wild)),
        (
            if wild {
                prop::collection::vec(stage, 0..9).boxed()
            } else {
                // A preset's ladder with its channels and day kinds redrawn: a policy that
                // passes the ladder's checks, so the dates are compared.
                (
                    prop::sample::select(PresetName::all().to_vec()),
                    prop::collection::vec((any::<bool>(), 0usize..CHANNELS.len()), 8),
                )
                    .prop_map(|(preset, redraw)| {
                        Policy::preset(preset)
                            .stages
                            .iter()
                            .zip(redraw)
                            .map(|(stage, (business, channel))| {
                                let tone = TONES
                                    .iter()
                                    .position(|(t, _)| *t == stage.tone)
                                    .unwrap_or(0);
                                let action = StageAction::LADDER
                                    .iter()
                                    .position(|a| *a == stage.action)
                                    .unwrap_or(0);
                                (stage.offset_days, business, channel, tone, action)
                            })
                            .collect()
                    })
                    .boxed()
            },
            any::<bool>(),
            send_time,
            0usize..REGIONS.len(),
        ),
        if wild {
            (
                prop::option::of(day_in_range()),
                prop::option::of((day_in_range(), prop::option::of(day_in_range()))),
                prop::option::of(day_in_range()),
                prop::option::of((
                    any::<bool>(),
                    any::<bool>(),
                    prop::option::of(percent(wild)),
                )),
            )
                .boxed()
        } else {
            (
                Just(None),
                Just(None),
                Just(None),
                prop::option::of((any::<bool>(), any::<bool>(), Just(None))),
            )
                .boxed()
        },
        log,
    )
        .prop_map(
            |(
                (due, today, amount),
                (stages, business_days_only, send_time, region),
                (promise, dispute, paid_on, statutory),
                log,
            )| TimelineCase {
                due,
                today,
                amount,
                stages,
                business_days_only,
                send_time,
                region,
                promise,
                dispute,
                paid_on,
                statutory,
                log,
            },
        )
}

impl TimelineCase {
    fn invoice(&self) -> Option<Invoice> {
        parse_invoice(
            &InvoiceDraft {
                amount: self.amount.to_string(),
                currency: "EUR".into(),
                due_date: self.due.to_string(),
                ..InvoiceDraft::default()
            },
            NumberLocale::EnGb,
        )
        .ok()
    }

    /// The log, dated from today (within the dates the app's form accepts).
    fn contacts(&self) -> Vec<Contact> {
        let shift = |day: NaiveDate, days: i64| {
            day.checked_add_signed(chrono::TimeDelta::days(days))
                .unwrap_or(day)
                .clamp(date(1990, 1, 1), date(2100, 12, 31))
        };
        self.log
            .iter()
            .map(|&(kind, ago, after, action, channel)| {
                let day = shift(self.today, -ago);
                let channel = CHANNELS[channel].0;
                let event = match kind {
                    0 => ContactEvent::Sent {
                        action: Some(StageAction::ALL[action]),
                        channel,
                    },
                    1 => ContactEvent::Sent {
                        action: None,
                        channel,
                    },
                    2 => ContactEvent::PromiseToPay {
                        pay_by: shift(day, after),
                    },
                    3 => ContactEvent::QueryOpened,
                    4 => ContactEvent::QueryResolved,
                    _ => ContactEvent::PartPayment {
                        amount: Decimal::from(after + 1),
                    },
                };
                let mut contact = Contact::new(day, event);
                if kind == 1 {
                    contact.note = "Called accounts".into();
                }
                contact
            })
            .collect()
    }

    fn draft(&self) -> TimelineDraft {
        let text = |d: Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
        TimelineDraft {
            contacts: self.contacts(),
            region: REGIONS[self.region].0,
            promise_date: text(self.promise),
            dispute_opened: text(self.dispute.map(|(opened, _)| opened)),
            dispute_resolved: text(self.dispute.and_then(|(_, resolved)| resolved)),
            paid_on: text(self.paid_on),
            law: self.statutory.map(|(uk, _, _)| {
                if uk {
                    Jurisdiction::Uk
                } else {
                    Jurisdiction::Eu
                }
            }),
            claim: self.statutory.is_some_and(|(_, claim, _)| claim),
            rate_override: self
                .statutory
                .and_then(|(_, _, rate)| rate)
                .map(|r| r.to_string())
                .unwrap_or_default(),
            eu_margin: String::new(),
            custom: Some(CustomPolicyDraft {
                stages: self
                    .stages
                    .iter()
                    .zip(0..)
                    .map(
                        |(&(offset, business, channel, tone, action), id)| DraftStage {
                            id,
                            offset: offset.to_string(),
                            business,
                            channel: CHANNELS[channel].0,
                            tone: TONES[tone].0,
                            action: StageAction::LADDER[action],
                        },
                    )
                    .collect(),
                business_days_only: self.business_days_only,
                send_time: self.send_time.clone().unwrap_or_default(),
            }),
            ..TimelineDraft::default()
        }
    }

    fn json(&self) -> Json {
        let mut policy = json!({
            "name": "",
            "stages": self.stages.iter().map(|&(offset, business, channel, tone, action)| json!({
                "offset_days": offset,
                "offset_kind": if business { "business_days" } else { "calendar_days" },
                "channel": CHANNELS[channel].1,
                "tone": TONES[tone].1,
                "action": StageAction::LADDER[action].name(),
            })).collect::<Vec<_>>(),
            "business_days_only": self.business_days_only,
            "roll": "following",
            "calendar": {},
        });
        // `null`: no send time (all-day events), as an empty field in the app.
        policy["send_time"] = match &self.send_time {
            Some(time) => json!(time),
            None => Json::Null,
        };
        if !REGIONS[self.region].1.is_empty() {
            policy["calendar"]["region"] = json!(REGIONS[self.region].1);
        }
        let mut input = json!({
            "policy": policy,
            "due_date": self.due.to_string(),
            "today": self.today.to_string(),
            "amount": self.amount.to_string(),
            "currency": "EUR",
        });
        if let Some(promise) = self.promise {
            input["promise_to_pay"] = json!(promise.to_string());
        }
        if let Some((opened, resolved)) = self.dispute {
            input["dispute"] = json!({ "opened": opened.to_string() });
            if let Some(resolved) = resolved {
                input["dispute"]["resolved"] = json!(resolved.to_string());
            }
        }
        if let Some(paid) = self.paid_on {
            input["paid_on"] = json!(paid.to_string());
        }
        // The engine's own serde shape is the API's.
        input["contacts"] = serde_json::to_value(self.contacts()).unwrap_or(Json::Null);
        // The app always works out the statutory claim: under the law chosen, or the one
        // that follows from the currency and the message language (EUR in British English:
        // Ireland).
        let law = match self.statutory {
            Some((true, _, _)) => Jurisdiction::Uk,
            Some((false, _, _)) => Jurisdiction::Eu,
            None => law_for(None, "EUR", NumberLocale::EnGb),
        };
        let claim = self.statutory.is_some_and(|(_, claim, _)| claim);
        input["statutory"] = json!({ "jurisdiction": law.name(), "claim": claim });
        if let Some(rate) = self.statutory.and_then(|(_, _, rate)| rate) {
            input["statutory"]["reference_rate_override"] = json!(rate.to_string());
        }
        input
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(256).min(2_000)
    ))]

    #[test]
    fn the_app_and_the_api_accept_the_same_timelines_and_date_the_same_steps(case in prop_oneof![timeline_case(false), timeline_case(true)]) {
        // An invoice the app refuses (an amount out of range) has no timeline in the app;
        // the API refuses it too only when statutory figures need the amount, so compare
        // the ladder where the invoice is usable.
        let Some(invoice) = case.invoice() else { return Ok(()); };
        let app = evaluate_timeline(
            &case.draft(),
            &TimelineContext { invoice: Some(&invoice), locale: NumberLocale::EnGb, today: case.today, installments: None, message_locale: NumberLocale::EnGb },
        );
        let api = timeline_request(&js(case.json()))
            .map_err(|_| ())
            .and_then(|request| {
                let timeline = build_timeline(&request.input).map_err(|_| ())?;
                Ok((next_step_of(&request.input, &timeline), timeline))
            });
        prop_assert_eq!(app.timeline.is_some(), api.is_ok(), "app problems: {:?}", app.problems);
        if let (Some(app_timeline), Ok((api_next, api_timeline))) = (app.timeline, api) {
            prop_assert_eq!(app_timeline, api_timeline);
            prop_assert_eq!(app.next_step, Some(api_next));
        }
    }
}

/// Every engine input the API accepts, written back as JSON with the engine's own serde
/// names (`serde_json::to_value`), reads back as the same value: the API's names and the
/// engine's are one contract.
mod round_trip {
    use super::*;

    fn again<T: serde::Serialize>(value: &T) -> Value {
        js(serde_json::to_value(value).unwrap_or(Json::Null))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(
            std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(256).min(2_000)
        ))]

        #[test]
        fn a_plan_input_written_as_json_reads_back_the_same(case in plan_case(false)) {
            if let Ok(input) = plan_request(&js(case.json())) {
                prop_assert_eq!(plan_request(&again(&input)), Ok(input));
            }
        }

        #[test]
        fn a_discount_input_written_as_json_reads_back_the_same(case in discount_case(false)) {
            if let Ok(input) = discount_request(&js(case.json())) {
                prop_assert_eq!(discount_request(&again(&input)), Ok(input));
            }
        }

        #[test]
        fn a_timeline_input_written_as_json_reads_back_the_same(case in timeline_case(false)) {
            if let Ok(request) = timeline_request(&js(case.json())) {
                let read = timeline_request(&again(&request.input)).map(|r| r.input);
                prop_assert_eq!(read, Ok(request.input));
            }
        }
    }
}
