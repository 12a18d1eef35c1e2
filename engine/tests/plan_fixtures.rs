//! Compares amortized plans with annuity schedules computed outside the engine
//! (tests/fixtures/plan: Python `decimal` for the exact rounded schedule, numpy-financial's
//! `pmt`/`ipmt` for an independent floating-point check). See the fixtures' README.

use std::collections::BTreeMap;
use std::str::FromStr;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use tactful_engine::calendar::Roll;
use tactful_engine::currency::currency;
use tactful_engine::dates::Frequency;
use tactful_engine::money::minor_unit;
use tactful_engine::plan::{build_plan, DayCount, Interest, PlanInput, PlanSize};

const FIXTURE: &str = include_str!("fixtures/plan/schedules.csv");

/// One fixture row, by column name.
struct Row(BTreeMap<String, String>);

impl Row {
    fn text(&self, column: &str) -> &str {
        self.0
            .get(column)
            .unwrap_or_else(|| panic!("no column {column}"))
    }

    fn decimal(&self, column: &str) -> Decimal {
        let text = self.text(column);
        Decimal::from_str(text)
            .or_else(|_| Decimal::from_scientific(text))
            .unwrap_or_else(|_| panic!("{column}: {text}"))
    }

    fn date(&self, column: &str) -> NaiveDate {
        NaiveDate::parse_from_str(self.text(column), "%Y-%m-%d").expect("an ISO date")
    }
}

/// The fixture rows grouped by scenario, in file order.
fn scenarios() -> Vec<(String, Vec<Row>)> {
    let mut lines = FIXTURE.lines();
    let header: Vec<&str> = lines.next().expect("a header").split(',').collect();
    let mut out: Vec<(String, Vec<Row>)> = Vec::new();
    for line in lines.filter(|line| !line.is_empty()) {
        let row = Row(header
            .iter()
            .zip(line.split(','))
            .map(|(name, value)| (name.to_string(), value.to_string()))
            .collect());
        let name = row.text("scenario").to_string();
        match out.last_mut() {
            Some((last, rows)) if *last == name => rows.push(row),
            _ => out.push((name, vec![row])),
        }
    }
    out
}

#[test]
fn amortized_plans_match_the_annuity_fixtures_to_the_minor_unit() {
    let all = scenarios();
    assert_eq!(all.len(), 8, "eight scenarios");
    for (name, rows) in all {
        let first = &rows[0];
        let code = first.text("currency");
        let cur = currency(code).expect("a known currency");
        let count = u32::try_from(rows.len()).expect("a small count");
        assert_eq!(first.text("count"), count.to_string(), "{name}");
        let frequency = match first.text("frequency") {
            "monthly" => Frequency::Monthly,
            "bi_monthly" => Frequency::BiMonthly,
            "quarterly" => Frequency::Quarterly,
            other => panic!("{name}: frequency {other}"),
        };
        let mut input = PlanInput::new(
            first.decimal("principal"),
            code,
            first.date("first_due"),
            PlanSize::Count(count),
        );
        input.frequency = frequency;
        input.roll = Roll::None;
        input.interest = Interest::Amortized {
            annual_rate_pct: first.decimal("annual_rate_pct"),
            day_count: DayCount::Thirty360,
        };
        let plan = build_plan(&input).unwrap_or_else(|errors| panic!("{name}: {errors:?}"));
        assert_eq!(plan.rows.len(), rows.len(), "{name}");

        let unit = minor_unit(cur);
        let pmt = first.decimal("npf_pmt");
        assert!(
            (plan.rows[0].amount - pmt).abs() <= unit / Decimal::TWO,
            "{name}: payment {} vs numpy-financial {pmt}",
            plan.rows[0].amount
        );
        for (row, expected) in plan.rows.iter().zip(&rows) {
            let period = expected.text("period");
            assert_eq!(row.number.to_string(), period, "{name}");
            assert_eq!(row.due_date, expected.date("due_date"), "{name} #{period}");
            assert_eq!(
                row.amount,
                expected.decimal("payment"),
                "{name} #{period} payment"
            );
            assert_eq!(
                row.interest,
                expected.decimal("interest"),
                "{name} #{period} interest"
            );
            assert_eq!(
                row.principal,
                expected.decimal("principal_part"),
                "{name} #{period} principal"
            );
            assert_eq!(
                row.balance_after,
                expected.decimal("balance_after"),
                "{name} #{period} balance"
            );
            let ipmt = expected.decimal("npf_ipmt").abs();
            assert!(
                (row.interest - ipmt).abs() <= unit,
                "{name} #{period}: interest {} vs numpy-financial {ipmt}",
                row.interest
            );
        }
        let interest: Decimal = rows.iter().map(|row| row.decimal("interest")).sum();
        assert_eq!(plan.totals.total_interest, interest, "{name}");
    }
}
