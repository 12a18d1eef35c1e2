//! Property tests of the early-settlement discount analyzer (`tactful_engine::discount`).
//!
//! Each test's name states the invariant. Inputs are generated within the documented bounds
//! (see `DiscountInput`), except in the "never panics" test, which mixes in arbitrary
//! `Decimal`s and days. `PROPTEST_CASES` sets the number of cases (default 256).

use proptest::prelude::*;
use rust_decimal::prelude::MathematicalOps;
use rust_decimal::{Decimal, RoundingStrategy};
use rust_decimal_macros::dec;
use tactful_engine::currency::currency;
use tactful_engine::discount::{
    analyze, annualised_cost, pay_within_days_until, AgencyFee, BreakEven, DiscountInput,
    DiscountOffer, YearBasis, MAX_DAYS, MAX_HOURS, MAX_MONEY, SENSITIVITY_POINTS,
};
use tactful_engine::money::{minor_unit, round_to_minor, Rounding};

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(256)
}

const CURRENCIES: [&str; 6] = ["GBP", "EUR", "USD", "JPY", "KWD", "CHF"];

/// A percentage in `0..=100` with two decimals.
fn pct() -> BoxedStrategy<Decimal> {
    prop_oneof![
        Just(Decimal::ZERO),
        Just(Decimal::ONE_HUNDRED),
        (0i64..=10_000).prop_map(|n| Decimal::new(n, 2)),
    ]
    .boxed()
}

/// A money amount in `0..=MAX_MONEY`, mostly of everyday size.
fn money_amount() -> BoxedStrategy<Decimal> {
    prop_oneof![
        3 => (0i64..=10_000_000).prop_map(|n| Decimal::new(n, 2)),
        1 => (0i64..=100_000_000_000_000).prop_map(|n| Decimal::new(n, 2)),
        1 => Just(Decimal::ZERO),
        1 => Just(MAX_MONEY),
    ]
    .boxed()
}

/// Days in `0..=MAX_DAYS`, mostly under a year.
fn days() -> BoxedStrategy<i64> {
    prop_oneof![3 => 0i64..=400, 1 => 0i64..=MAX_DAYS].boxed()
}

/// `(pay_within_days, net_days)` with `D < N`, both within bounds.
fn terms() -> BoxedStrategy<(i64, i64)> {
    prop_oneof![
        3 => (0i64..=60, 1i64..=120).prop_map(|(d, gap)| (d, d + gap)),
        1 => (0i64..MAX_DAYS).prop_flat_map(|d| (Just(d), (d + 1)..=MAX_DAYS)),
    ]
    .boxed()
}

/// An invoice amount in the currency's minor units, `0 < A ≤ MAX_MONEY`.
fn invoice_amount(minor: u32) -> BoxedStrategy<Decimal> {
    let max_minor = 1_000_000_000_000_i64 * 10_i64.pow(minor);
    prop_oneof![
        3 => (1i64..=10_000_000).prop_map(move |n| Decimal::new(n, minor)),
        1 => (1i64..=max_minor).prop_map(move |n| Decimal::new(n, minor)),
        1 => (1i64..=100).prop_map(move |n| Decimal::new(n, minor)),
    ]
    .boxed()
}

/// A discount offer valid for `amount`: a percent `0 ≤ p < 100` or an amount `0 ≤ a < A`.
fn offer(amount: Decimal) -> BoxedStrategy<DiscountOffer> {
    prop_oneof![
        (0i64..10_000).prop_map(|n| DiscountOffer::Percent(Decimal::new(n, 2))),
        (0i64..1_000_000).prop_map(move |n| {
            // a = A × n / 10^6 < A
            let a = amount * Decimal::new(n, 6);
            DiscountOffer::Amount(a)
        }),
    ]
    .boxed()
}

fn agency_fee() -> BoxedStrategy<AgencyFee> {
    prop_oneof![
        pct().prop_map(AgencyFee::ContingencyPercent),
        money_amount().prop_map(AgencyFee::Flat),
    ]
    .boxed()
}

fn year_basis() -> BoxedStrategy<YearBasis> {
    prop_oneof![Just(YearBasis::Days365), Just(YearBasis::Days360)].boxed()
}

/// Any input within every documented bound (so `analyze` must succeed).
fn valid_input() -> BoxedStrategy<DiscountInput> {
    (0..CURRENCIES.len())
        .prop_flat_map(|index| {
            let code = CURRENCIES[index];
            let minor = currency(code).map(|c| c.minor_units).unwrap_or(2);
            (Just(code), invoice_amount(minor))
        })
        .prop_flat_map(|(code, amount)| {
            let head = (
                Just(code),
                Just(amount),
                pct(),
                offer(amount),
                terms(),
                year_basis(),
                days(),
                pct(),
                pct(),
                days(),
            );
            let relationship_and_costs = (
                money_amount(),
                pct(),
                pct(),
                prop_oneof![
                    Just(Decimal::ZERO),
                    (0i64..=1_000_000).prop_map(|n| Decimal::new(n, 1))
                ],
                money_amount(),
                (pct(), pct()),
                agency_fee(),
                money_amount(),
                money_amount(),
                pct(),
            );
            (head, relationship_and_costs)
        })
        .prop_map(|(head, rest)| {
            let (code, amount, margin, offer, (d, n), basis, t, p, recovery, delay) = head;
            let (profit, churn, capital, hours, hourly, (q1, q2), fee, legal, statutory, keep) =
                rest;
            // Money is written in the currency's minor units (a yen has no decimals).
            let minor = currency(code).map(|c| c.minor_units).unwrap_or(2);
            let m = |x: Decimal| x.round_dp_with_strategy(minor, RoundingStrategy::ToZero);
            let offer = match offer {
                DiscountOffer::Amount(a) => DiscountOffer::Amount(m(a)),
                percent => percent,
            };
            let fee = match fee {
                AgencyFee::Flat(f) => AgencyFee::Flat(m(f)),
                contingency => contingency,
            };
            let (profit, hourly, legal, statutory) = (m(profit), m(hourly), m(legal), m(statutory));
            DiscountInput {
                invoice_amount: amount,
                currency: code.to_string(),
                gross_margin_pct: margin,
                offer,
                pay_within_days: d,
                net_days: n,
                year_basis: basis,
                expected_days_to_payment: t,
                unpaid_probability_pct: p,
                recovery_rate_pct: recovery,
                recovery_delay_days: delay,
                yearly_client_profit: profit,
                churn_probability_pct: churn,
                cost_of_capital_pct: capital,
                chasing_hours: hours,
                hourly_cost: hourly,
                agency_probability_pct: q1.max(q2),
                agency_fee: fee,
                legal_probability_pct: q1.min(q2),
                legal_costs: legal,
                statutory_claim: statutory,
                keep_margin_share_pct: keep,
            }
        })
        .boxed()
}

/// Any `Decimal` at all, including negative, huge and 28-decimal values.
fn any_decimal() -> BoxedStrategy<Decimal> {
    any::<(u32, u32, u32, bool, u32)>()
        .prop_map(|(lo, mid, hi, negative, scale)| {
            Decimal::from_parts(lo, mid, hi, negative, scale % 29)
        })
        .boxed()
}

/// A value that is sometimes in range and sometimes anything.
fn wild(strategy: BoxedStrategy<Decimal>) -> BoxedStrategy<Decimal> {
    prop_oneof![2 => strategy, 1 => any_decimal()].boxed()
}

fn wild_days() -> BoxedStrategy<i64> {
    prop_oneof![2 => days(), 1 => any::<i64>()].boxed()
}

/// A valid input with some fields replaced by arbitrary values.
fn wild_input() -> BoxedStrategy<DiscountInput> {
    (
        valid_input(),
        (
            wild(invoice_amount(2)),
            wild(pct()),
            prop_oneof![
                wild(pct()).prop_map(DiscountOffer::Percent),
                wild(money_amount()).prop_map(DiscountOffer::Amount),
            ],
            (wild_days(), wild_days(), wild_days(), wild_days()),
            (wild(pct()), wild(pct()), wild(pct()), wild(pct())),
        ),
        (
            wild(money_amount()),
            wild(pct()),
            wild(money_amount()),
            wild(money_amount()),
            prop_oneof![
                wild(pct()).prop_map(AgencyFee::ContingencyPercent),
                wild(money_amount()).prop_map(AgencyFee::Flat),
            ],
            (wild(pct()), wild(pct())),
            wild(money_amount()),
            prop_oneof![Just("GBP"), Just("JPY"), Just("kwd"), Just("XXX"), Just("")],
        ),
        any::<u16>(),
    )
        .prop_map(|(base, a, b, mask)| {
            let mut input = base;
            let (amount, margin, offer, (d, n, t, delay), (p, recovery, churn, capital)) = a;
            let (profit, hours, hourly, legal, fee, (qa, ql), statutory, code) = b;
            // Each bit of `mask` decides whether a group of fields goes wild.
            let bit = |k: u16| mask & (1 << k) != 0;
            if bit(0) {
                input.invoice_amount = amount;
            }
            if bit(1) {
                input.gross_margin_pct = margin;
                input.keep_margin_share_pct = capital;
            }
            if bit(2) {
                input.offer = offer;
            }
            if bit(3) {
                input.pay_within_days = d;
                input.net_days = n;
            }
            if bit(4) {
                input.expected_days_to_payment = t;
                input.recovery_delay_days = delay;
            }
            if bit(5) {
                input.unpaid_probability_pct = p;
                input.recovery_rate_pct = recovery;
            }
            if bit(6) {
                input.churn_probability_pct = churn;
                input.cost_of_capital_pct = capital;
            }
            if bit(7) {
                input.yearly_client_profit = profit;
                input.chasing_hours = hours;
                input.hourly_cost = hourly;
            }
            if bit(8) {
                input.legal_costs = legal;
                input.agency_fee = fee;
            }
            if bit(9) {
                input.agency_probability_pct = qa;
                input.legal_probability_pct = ql;
            }
            if bit(10) {
                input.statutory_claim = statutory;
                input.currency = code.to_string();
            }
            input
        })
        .boxed()
}

/// Which collection cost to raise, and by how much (a non-negative step).
#[derive(Clone, Copy, Debug)]
enum Raise {
    Hours(Decimal),
    HourlyCost(Decimal),
    ContingencyPct(Decimal),
    FlatFee(Decimal),
    AgencyProbability(Decimal),
    LegalCosts(Decimal),
    ChurnProbability(Decimal),
    YearlyProfit(Decimal),
}

fn raise() -> BoxedStrategy<Raise> {
    prop_oneof![
        (0i64..=100_000).prop_map(|n| Raise::Hours(Decimal::new(n, 1))),
        money_amount().prop_map(Raise::HourlyCost),
        pct().prop_map(Raise::ContingencyPct),
        money_amount().prop_map(Raise::FlatFee),
        pct().prop_map(Raise::AgencyProbability),
        money_amount().prop_map(Raise::LegalCosts),
        pct().prop_map(Raise::ChurnProbability),
        money_amount().prop_map(Raise::YearlyProfit),
    ]
    .boxed()
}

/// `input` with one collection cost raised (capped at its bound, so still valid).
fn raised(input: &DiscountInput, raise: Raise) -> DiscountInput {
    let hundred = Decimal::ONE_HUNDRED;
    let mut more = input.clone();
    // Money steps in the currency's minor units, like every money amount.
    let minor = currency(&input.currency)
        .map(|c| c.minor_units)
        .unwrap_or(2);
    let raise = match raise {
        Raise::HourlyCost(step) => {
            Raise::HourlyCost(step.round_dp_with_strategy(minor, RoundingStrategy::ToZero))
        }
        Raise::FlatFee(step) => {
            Raise::FlatFee(step.round_dp_with_strategy(minor, RoundingStrategy::ToZero))
        }
        Raise::LegalCosts(step) => {
            Raise::LegalCosts(step.round_dp_with_strategy(minor, RoundingStrategy::ToZero))
        }
        Raise::YearlyProfit(step) => {
            Raise::YearlyProfit(step.round_dp_with_strategy(minor, RoundingStrategy::ToZero))
        }
        other => other,
    };
    match raise {
        Raise::Hours(step) => more.chasing_hours = (more.chasing_hours + step).min(MAX_HOURS),
        Raise::HourlyCost(step) => more.hourly_cost = (more.hourly_cost + step).min(MAX_MONEY),
        Raise::ContingencyPct(step) => {
            if let AgencyFee::ContingencyPercent(f) = more.agency_fee {
                more.agency_fee = AgencyFee::ContingencyPercent((f + step).min(hundred));
            }
        }
        Raise::FlatFee(step) => {
            if let AgencyFee::Flat(fee) = more.agency_fee {
                more.agency_fee = AgencyFee::Flat((fee + step).min(MAX_MONEY));
            }
        }
        Raise::AgencyProbability(step) => {
            more.agency_probability_pct = (more.agency_probability_pct + step).min(hundred);
        }
        Raise::LegalCosts(step) => more.legal_costs = (more.legal_costs + step).min(MAX_MONEY),
        Raise::ChurnProbability(step) => {
            more.churn_probability_pct = (more.churn_probability_pct + step).min(hundred);
        }
        Raise::YearlyProfit(step) => {
            more.yearly_client_profit = (more.yearly_client_profit + step).min(MAX_MONEY);
        }
    }
    more
}

/// The value of waiting recomputed from the formula in the module documentation, written
/// out independently of the engine's code.
fn waiting_oracle(input: &DiscountInput) -> Decimal {
    let hundred = Decimal::ONE_HUNDRED;
    let year = Decimal::from(input.year_basis.days());
    let r = input.cost_of_capital_pct / hundred;
    let discount_factor =
        |days: i64| Decimal::ONE / (Decimal::ONE + r * Decimal::from(days) / year);
    let a = input.invoice_amount;
    let p = input.unpaid_probability_pct / hundred;
    let recovered = input.recovery_rate_pct / hundred;
    let qa = input.agency_probability_pct / hundred;
    let ql = input.legal_probability_pct / hundred;
    let agency = match input.agency_fee {
        AgencyFee::ContingencyPercent(f) => {
            (qa - ql) * (f / hundred) * ((Decimal::ONE - p) + p * recovered) * a
        }
        AgencyFee::Flat(fee) => qa * fee,
    };
    let t = input.expected_days_to_payment;
    (Decimal::ONE - p) * (a + input.statutory_claim) * discount_factor(t)
        + p * recovered * a * discount_factor(t + input.recovery_delay_days)
        - input.chasing_hours * input.hourly_cost
        - agency
        - ql * input.legal_costs
        - input.churn_probability_pct / hundred * input.yearly_client_profit
}

fn unit(input: &DiscountInput) -> Decimal {
    currency(&input.currency)
        .map(minor_unit)
        .unwrap_or(Decimal::ONE)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn a_deadline_date_is_accepted_exactly_when_its_days_are_valid_pay_within_days(
        today_offset in 0i64..=40_000,
        deadline_offset in -400i64..=400,
        net_days in 0i64..=365,
    ) {
        let base = chrono::NaiveDate::from_ymd_opt(1990, 1, 1).unwrap();
        let today = base + chrono::Days::new(today_offset.unsigned_abs());
        let deadline = today
            .checked_add_signed(chrono::TimeDelta::days(deadline_offset))
            .unwrap();
        let mut input = DiscountInput::example(dec!(1000), "GBP");
        input.net_days = net_days;
        match pay_within_days_until(today, deadline, net_days) {
            Ok(days) => {
                prop_assert_eq!(days, deadline_offset);
                input.pay_within_days = days;
                prop_assert!(input.validate().is_ok());
            }
            Err(_) => {
                prop_assert!(deadline_offset < 0 || deadline_offset >= net_days);
            }
        }
    }

    #[test]
    fn analysis_never_errors_for_any_input_within_the_documented_bounds(input in valid_input()) {
        let result = analyze(&input);
        prop_assert!(result.is_ok(), "{:?}", result.err());
    }

    #[test]
    fn analysis_never_panics_and_any_rejection_names_at_least_one_field(input in wild_input()) {
        match analyze(&input) {
            Ok(analysis) => prop_assert_eq!(analysis.sensitivity.points.len(), SENSITIVITY_POINTS),
            Err(errors) => prop_assert!(!errors.is_empty()),
        }
        // Validation agrees with the analysis about whether the input is acceptable.
        prop_assert_eq!(input.validate().is_ok(), analyze(&input).is_ok());
    }

    #[test]
    fn the_break_even_discount_makes_offering_and_waiting_equal_within_one_minor_unit(
        input in valid_input()
    ) {
        let analysis = analyze(&input).unwrap();
        if let BreakEven::UpTo { amount, .. } = analysis.break_even {
            let rounded_invoice = round_to_minor(input.invoice_amount, currency(&input.currency).unwrap(), Rounding::HalfUp);
            prop_assume!(amount < input.invoice_amount && amount < rounded_invoice);
            let mut at_break_even = input.clone();
            at_break_even.offer = DiscountOffer::Amount(amount);
            let there = analyze(&at_break_even).unwrap();
            prop_assert!(
                there.net_value_of_offer.abs() <= unit(&input),
                "net value {} at break-even {}", there.net_value_of_offer, amount
            );
        }
    }

    #[test]
    fn more_collection_cost_never_lowers_the_break_even(input in valid_input(), step in raise()) {
        let before = analyze(&input).unwrap().break_even.percent();
        let after = analyze(&raised(&input, step)).unwrap().break_even.percent();
        prop_assert!(after >= before, "{:?}: {} -> {}", step, before, after);
    }

    #[test]
    fn the_value_of_waiting_matches_an_independent_recomputation_of_the_formula(
        input in valid_input()
    ) {
        let analysis = analyze(&input).unwrap();
        let cur = currency(&input.currency).unwrap();
        let oracle = round_to_minor(waiting_oracle(&input), cur, Rounding::HalfUp);
        prop_assert!((analysis.waiting.total - oracle).abs() <= minor_unit(cur));
    }

    #[test]
    fn the_recommendation_agrees_with_the_sign_of_the_net_value_of_offering(input in valid_input()) {
        use tactful_engine::discount::Recommendation;
        let analysis = analyze(&input).unwrap();
        let u = unit(&input);
        match analysis.recommendation {
            Recommendation::Offer { gain } => {
                prop_assert!(gain >= Decimal::ZERO);
                prop_assert_eq!(gain, analysis.net_value_of_offer);
            }
            Recommendation::OfferSmaller { max_amount, .. } => {
                prop_assert!(analysis.net_value_of_offer <= u);
                prop_assert!(max_amount <= analysis.discount_amount);
            }
            Recommendation::DoNotOffer => prop_assert!(analysis.net_value_of_offer <= u),
        }
    }

    #[test]
    fn the_discount_and_the_net_received_add_up_to_the_rounded_invoice(input in valid_input()) {
        let analysis = analyze(&input).unwrap();
        let cur = currency(&input.currency).unwrap();
        prop_assert_eq!(
            analysis.discount_amount + analysis.net_received,
            round_to_minor(input.invoice_amount, cur, Rounding::HalfUp)
        );
    }

    #[test]
    fn the_sensitivity_series_falls_in_a_straight_line_through_the_break_even(
        input in valid_input()
    ) {
        let analysis = analyze(&input).unwrap();
        let u = unit(&input);
        let points = &analysis.sensitivity.points;
        prop_assert_eq!(points.len(), SENSITIVITY_POINTS);
        let steps: Vec<Decimal> = points.windows(2).map(|w| w[0].net_value - w[1].net_value).collect();
        for step in &steps {
            prop_assert!(*step >= -u);
            prop_assert!((*step - steps[0]).abs() <= u * Decimal::TWO);
        }
        let tolerance = dec!(0.0001);
        for point in points {
            match analysis.break_even {
                BreakEven::NoDiscountWorthOffering => prop_assert!(point.net_value <= Decimal::ZERO),
                BreakEven::AnyDiscount => prop_assert!(point.net_value >= Decimal::ZERO),
                BreakEven::UpTo { percent, .. } => {
                    if point.discount_pct + tolerance < percent {
                        prop_assert!(point.net_value >= Decimal::ZERO);
                    } else if point.discount_pct > percent + tolerance {
                        prop_assert!(point.net_value <= Decimal::ZERO);
                    }
                }
            }
        }
    }

    #[test]
    fn the_simple_annualised_rate_never_exceeds_the_compound_rate_for_discounts_below_half_within_a_year(
        discount in (1i64..5_000).prop_map(|n| Decimal::new(n, 2)),
        (d, span) in (0i64..=100, 1i64..=360),
        basis in year_basis(),
    ) {
        let cost = annualised_cost(discount, d, d + span, basis).unwrap();
        if let (Some(simple), Some(compound)) = (cost.simple_pct, cost.compound_pct) {
            prop_assert!(simple <= compound, "{} > {}", simple, compound);
        }
    }

    #[test]
    fn investing_the_discounted_price_at_the_simple_rate_grows_back_to_the_full_price(
        discount in (1i64..5_000).prop_map(|n| Decimal::new(n, 2)),
        (d, n) in terms(),
        basis in year_basis(),
    ) {
        let cost = annualised_cost(discount, d, n, basis).unwrap();
        let simple = cost.simple_pct.unwrap() / Decimal::ONE_HUNDRED;
        let span_years = Decimal::from(n - d) / Decimal::from(basis.days());
        let grown = (Decimal::ONE - discount / Decimal::ONE_HUNDRED) * (Decimal::ONE + simple * span_years);
        // The rate is rounded to 1e-6 (as a fraction), so the error is at most 5e-7 per year.
        prop_assert!((grown - Decimal::ONE).abs() <= dec!(0.0000005) * span_years.max(Decimal::ONE));
    }

    #[test]
    fn compounding_the_compound_rate_over_the_credit_period_reproduces_the_discounts_growth(
        discount in (1i64..=1_000).prop_map(|n| Decimal::new(n, 2)),
        (d, span) in (0i64..=60, 1i64..=365),
        basis in year_basis(),
    ) {
        // (1 + c)^(span/Y) = 1/(1 − d)  ⇔  (1 + c)^span = (1/(1 − d))^Y: integer powers only,
        // so this checks the ln/exp route of `powd` against plain repeated multiplication.
        let cost = annualised_cost(discount, d, d + span, basis).unwrap();
        let compound = cost.compound_pct.unwrap() / Decimal::ONE_HUNDRED;
        let span_u64 = u64::try_from(span).unwrap();
        let left = (Decimal::ONE + compound).checked_powu(span_u64).unwrap();
        let growth = Decimal::ONE / (Decimal::ONE - discount / Decimal::ONE_HUNDRED);
        let right = growth.checked_powu(u64::from(basis.days())).unwrap();
        // Rounding c to 1e-6 moves (1 + c)^span by at most span × 5e-7 relatively.
        let tolerance = right * Decimal::from(span) * dec!(0.0000006);
        prop_assert!((left - right).abs() <= tolerance, "{} vs {}", left, right);
    }
}
