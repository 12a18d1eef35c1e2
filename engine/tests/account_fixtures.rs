//! Worked examples of client accounts, each figure worked out by hand in the comments
//! (exact arithmetic, then half-up to the penny or cent), independently of the engine.
//!
//! Rates used (engine/src/statutory/rates.rs): Bank of England Bank Rate in force on
//! 30 June 2026: 3.75 % (held since 18 December 2025), so UK statutory interest starting
//! between 1 July and 31 December 2026 runs at 3.75 + 8 = 11.75 % a year, fixed for the
//! debt. German Basiszinssatz from 1 July 2026: 1.52 %, so 1.52 + 9 = 10.52 % a year in
//! the second half of 2026 (§ 288 Abs. 2 BGB). Actual days / 365, the payment day counted.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use tactful_engine::account::{
    account_report, check_account, instalments_clear, open_invoices_text, statement_csv,
    AccountInput, AccountReport, AccountTerms, AgingBucket, AllocationRule, InvoiceInput,
    InvoiceStatus, PaymentInput, StatementKind,
};
use tactful_engine::message::lang::{dutch, french, german, spanish, LangPack};
use tactful_engine::plan::{build_plan, PlanInput, PlanSize};
use tactful_engine::statutory::{late_payment_claim, ClaimInput, Jurisdiction};

fn d(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn report(input: &AccountInput, terms: &AccountTerms, today: &str) -> AccountReport {
    let account = check_account(input).unwrap();
    account_report(&account, terms, d(today)).unwrap()
}

/// The issue's example: £1,200 due 30 Sep, £3,400 due 31 Oct, £800 due 15 Nov 2026, and
/// £1,000 received on 20 Nov 2026 naming no invoice.
fn three_uk_invoices() -> AccountInput {
    AccountInput {
        invoices: vec![
            InvoiceInput::new("INV-101", d("2026-09-30"), dec!(1200), "GBP"),
            InvoiceInput::new("INV-102", d("2026-10-31"), dec!(3400), "GBP"),
            InvoiceInput::new("INV-103", d("2026-11-15"), dec!(800), "GBP"),
        ],
        payments: vec![PaymentInput::on_account(d("2026-11-20"), dec!(1000))],
    }
}

#[test]
fn three_uk_invoices_on_7_december_2026_oldest_first() {
    let r = report(
        &three_uk_invoices(),
        &AccountTerms::new(Jurisdiction::Uk, true),
        "2026-12-07",
    );
    // Oldest first: the £1,000 pays INV-101's principal; £200 of it is left.
    let paid: Vec<_> = r.payments[0]
        .applied
        .iter()
        .map(|a| (a.number.as_str(), a.costs, a.interest, a.principal))
        .collect();
    assert_eq!(paid, [("INV-101", dec!(0), dec!(0), dec!(1000))]);
    assert_eq!(r.payments[0].credit, dec!(0));

    // INV-101: interest from 1 October. The £1,000 paid on 20 November earned 51 days
    // (31 in October + 20 in November):
    //   claim(£1,200, to 20 Nov) = 1200 × 11.75 % × 51 / 365 = 7191 / 365 = 19.7014 → 19.70
    //   claim(  £200, to 20 Nov) =  200 × 11.75 % × 51 / 365 = 1198.5 / 365 = 3.2836 → 3.28
    //   the part paid: 19.70 − 3.28 = 16.42 (exactly: 1000 × 0.1175 × 51 / 365 = 16.4178).
    // The £200 still owed earns 68 days to 7 December (31 + 30 + 7):
    //   200 × 11.75 % × 68 / 365 = 1598 / 365 = 4.3781 → 4.38.
    // Together 20.80. Compensation: £1,200 is £1,000 to under £10,000: £70.
    let a = &r.invoices[0];
    assert_eq!(a.annual_rate, Some(dec!(11.75)));
    let portions: Vec<_> = a
        .portions
        .iter()
        .map(|p| (p.principal, p.paid_on, p.days, p.interest))
        .collect();
    assert_eq!(
        portions,
        [
            (dec!(1000), Some(d("2026-11-20")), 51, dec!(16.42)),
            (dec!(200), None, 68, dec!(4.38)),
        ]
    );
    assert_eq!((a.interest, a.compensation), (dec!(20.80), dec!(70)));
    assert_eq!((a.balance, a.status), (dec!(200), InvoiceStatus::PartPaid));
    assert_eq!(
        (a.days_overdue, a.bucket),
        (68, Some(AgingBucket::Days61To90))
    );

    // INV-102: 37 days (30 in November + 7): 3400 × 11.75 % × 37 / 365 = 14781.5 / 365
    // = 40.4973 → 40.50; £70.
    let b = &r.invoices[1];
    assert_eq!((b.interest, b.compensation), (dec!(40.50), dec!(70)));
    assert_eq!(
        (b.status, b.bucket),
        (InvoiceStatus::Open, Some(AgingBucket::Days31To60))
    );

    // INV-103: 22 days (16 to 30 November + 7): 800 × 11.75 % × 22 / 365 = 2068 / 365
    // = 5.6658 → 5.67; under £1,000: £40.
    let c = &r.invoices[2];
    assert_eq!((c.interest, c.compensation), (dec!(5.67), dec!(40)));
    assert_eq!(
        (c.days_overdue, c.bucket),
        (22, Some(AgingBucket::Days1To30))
    );

    // Totals: interest 20.80 + 40.50 + 5.67 = 66.97; compensation 70 + 70 + 40 = 180;
    // principal 200 + 3,400 + 800 = 4,400; claim 246.97; due 4,646.97.
    let t = &r.totals;
    assert_eq!(
        (t.invoiced, t.paid, t.outstanding, t.credit),
        (dec!(5400), dec!(1000), dec!(4400), dec!(0))
    );
    assert_eq!((t.interest, t.compensation), (dec!(66.97), dec!(180)));
    assert_eq!(t.statutory_total, Some(dec!(246.97)));
    assert_eq!(t.total_claim, Some(dec!(246.97)));
    assert_eq!(t.total_due, Some(dec!(4646.97)));
    assert_eq!(t.plan_balance, dec!(4646.97));
    assert_eq!(t.oldest_unpaid_due_date, Some(d("2026-09-30")));
    let buckets: Vec<_> = r
        .buckets
        .iter()
        .map(|b| (b.bucket, b.invoices, b.outstanding))
        .collect();
    assert_eq!(
        buckets,
        [
            (AgingBucket::NotYetDue, 0, dec!(0)),
            (AgingBucket::Days1To30, 1, dec!(800)),
            (AgingBucket::Days31To60, 1, dec!(3400)),
            (AgingBucket::Days61To90, 1, dec!(200)),
            (AgingBucket::Over90, 0, dec!(0)),
        ]
    );
    // The statement ends on what is due.
    assert_eq!(r.statement.last().unwrap().balance, dec!(4646.97));
}

#[test]
fn lumping_the_three_invoices_overstates_interest_and_understates_compensation() {
    // £5,400 "due 30 September" with the same £1,000 on 20 November:
    //   claim(5400, to 20 Nov) = 634.5 × 51 / 365 = 88.6562 → 88.66
    //   claim(4400, to 20 Nov) = 517 × 51 / 365 = 72.2384 → 72.24; the part paid 16.42
    //   claim(4400, to 7 Dec) = 517 × 68 / 365 = 96.3178 → 96.32
    // 112.74 of interest against 66.97 per invoice, and one £70 against £180.
    let lumped = AccountInput {
        invoices: vec![InvoiceInput::new("ALL", d("2026-09-30"), dec!(5400), "GBP")],
        payments: vec![PaymentInput::on_account(d("2026-11-20"), dec!(1000))],
    };
    let r = report(
        &lumped,
        &AccountTerms::new(Jurisdiction::Uk, true),
        "2026-12-07",
    );
    assert_eq!(r.totals.interest, dec!(112.74));
    assert_eq!(r.totals.compensation, dec!(70));
}

#[test]
fn every_part_is_one_statutory_claim() {
    // The parts of INV-101 are differences of the statutory engine's own claims.
    let claim = |principal, until: &str| {
        late_payment_claim(&ClaimInput::new(
            Jurisdiction::Uk,
            principal,
            "GBP",
            d("2026-09-30"),
            d(until),
        ))
        .unwrap()
        .interest
    };
    assert_eq!(claim(dec!(1200), "2026-11-20"), dec!(19.70));
    assert_eq!(claim(dec!(200), "2026-11-20"), dec!(3.28));
    assert_eq!(claim(dec!(200), "2026-12-07"), dec!(4.38));
}

#[test]
fn a_named_payment_pays_its_invoice_and_the_rest_goes_to_the_oldest() {
    // The £1,000 names INV-103 (£800): £800 there, the £200 over to INV-101, due first.
    let mut input = three_uk_invoices();
    input.payments[0].invoice = Some("INV-103".into());
    let mut terms = AccountTerms::new(Jurisdiction::Uk, true);
    terms.allocation = AllocationRule::Named;
    let r = report(&input, &terms, "2026-12-07");
    let paid: Vec<_> = r.payments[0]
        .applied
        .iter()
        .map(|a| (a.number.as_str(), a.principal))
        .collect();
    assert_eq!(paid, [("INV-103", dec!(800)), ("INV-101", dec!(200))]);
    let c = &r.invoices[2];
    assert_eq!(
        (c.status, c.paid_on, c.bucket),
        (InvoiceStatus::Paid, Some(d("2026-11-20")), None)
    );
    // INV-103 was late from 16 November: 5 days to 20 November on £800:
    // 94 × 5 / 365 = 1.2877 → 1.29; its £40 stays owed.
    assert_eq!((c.interest, c.compensation), (dec!(1.29), dec!(40)));
    assert_eq!(c.statutory_total, Some(dec!(41.29)));
    // Oldest first ignores the name.
    terms.allocation = AllocationRule::OldestFirst;
    let r = report(&input, &terms, "2026-12-07");
    assert_eq!(r.payments[0].applied[0].number, "INV-101");
}

#[test]
fn an_overpayment_beyond_every_invoice_is_a_credit() {
    let input = AccountInput {
        invoices: vec![InvoiceInput::new("A", d("2026-09-30"), dec!(500), "GBP")],
        payments: vec![PaymentInput::on_account(d("2026-09-15"), dec!(650))],
    };
    let r = report(
        &input,
        &AccountTerms::new(Jurisdiction::Uk, true),
        "2026-10-20",
    );
    assert_eq!(r.payments[0].applied[0].principal, dec!(500));
    assert_eq!(r.payments[0].credit, dec!(150));
    // Paid before it was due: no interest, no compensation; the client is £150 in credit.
    assert_eq!(r.totals.credit, dec!(150));
    assert_eq!(r.totals.statutory_total, Some(dec!(0)));
    assert_eq!(r.totals.total_due, Some(dec!(-150)));
    assert_eq!(r.totals.plan_balance, dec!(0));
    assert_eq!(r.totals.oldest_unpaid_due_date, None);
    assert_eq!(r.invoices[0].status, InvoiceStatus::Paid);
}

/// Germany: R-1 €2,000 (issued 1 July, due 31 July 2026) and R-2 €5,000 (issued 1 August,
/// due 31 August 2026); €3,000 received on 30 September 2026 naming neither.
fn two_german_invoices() -> AccountInput {
    let mut r1 = InvoiceInput::new("R-1", d("2026-07-31"), dec!(2000), "EUR");
    r1.issue_date = Some(d("2026-07-01"));
    let mut r2 = InvoiceInput::new("R-2", d("2026-08-31"), dec!(5000), "EUR");
    r2.issue_date = Some(d("2026-08-01"));
    AccountInput {
        invoices: vec![r1, r2],
        payments: vec![PaymentInput::on_account(d("2026-09-30"), dec!(3000))],
    }
}

#[test]
fn german_payment_in_the_order_of_sections_366_and_367_bgb() {
    let mut terms = AccountTerms::new(Jurisdiction::De, true);
    terms.allocation = AllocationRule::StatutoryOrder;
    let r = report(&two_german_invoices(), &terms, "2026-11-30");
    // § 366 Abs. 2: both due and in default on 30 September, equally secured and
    // burdensome; R-1 is older, so first. § 367 Abs. 1 within it: the €40 Pauschale
    // (§ 288 Abs. 5), then interest from 1 August to 30 September (61 days):
    // 2000 × 10.52 % × 61 / 365 = 12834.4 / 365 = 35.1627 → 35.16, then the €2,000.
    // R-1 takes 2,075.16. The remaining 924.84 goes to R-2: €40, interest from 1 to 30
    // September (30 days): 5000 × 10.52 % × 30 / 365 = 15780 / 365 = 43.2329 → 43.23,
    // then 924.84 − 40 − 43.23 = 841.61 of principal.
    let paid: Vec<_> = r.payments[0]
        .applied
        .iter()
        .map(|a| (a.number.as_str(), a.costs, a.interest, a.principal))
        .collect();
    assert_eq!(
        paid,
        [
            ("R-1", dec!(40), dec!(35.16), dec!(2000)),
            ("R-2", dec!(40), dec!(43.23), dec!(841.61)),
        ]
    );
    assert_eq!(r.payments[0].credit, dec!(0));

    let r1 = &r.invoices[0];
    assert_eq!(
        (r1.status, r1.paid_on),
        (InvoiceStatus::Paid, Some(d("2026-09-30")))
    );
    assert_eq!(
        (r1.interest, r1.interest_outstanding),
        (dec!(35.16), dec!(0))
    );
    assert_eq!(
        (r1.compensation, r1.compensation_outstanding),
        (dec!(40), dec!(0))
    );

    // R-2 owes 5000 − 841.61 = 4,158.39 from 30 September. Its interest:
    //   the 841.61 paid: claim(5000, to 30 Sep) − claim(4158.39, to 30 Sep)
    //     = 43.23 − (437.462628 × 30 / 365 = 35.9558 → 35.96) = 7.27
    //   the 4,158.39 owed, 1 September to 30 November (30 + 31 + 30 = 91 days):
    //     437.462628 × 91 / 365 = 109.0660 → 109.07
    // 116.34 earned, 43.23 paid: 73.11 outstanding; the Pauschale is paid.
    let r2 = &r.invoices[1];
    let portions: Vec<_> = r2
        .portions
        .iter()
        .map(|p| (p.principal, p.days, p.interest))
        .collect();
    assert_eq!(
        portions,
        [
            (dec!(841.61), 30, dec!(7.27)),
            (dec!(4158.39), 91, dec!(109.07))
        ]
    );
    assert_eq!(r2.balance, dec!(4158.39));
    assert_eq!((r2.interest, r2.paid_interest), (dec!(116.34), dec!(43.23)));
    assert_eq!(r2.interest_outstanding, dec!(73.11));
    assert_eq!(r2.compensation_outstanding, dec!(0));
    assert_eq!(r2.status, InvoiceStatus::PartPaid);

    let t = &r.totals;
    assert_eq!(
        (t.paid_principal, t.paid_interest, t.paid_costs),
        (dec!(2841.61), dec!(78.39), dec!(80))
    );
    assert_eq!(t.outstanding, dec!(4158.39));
    assert_eq!(t.interest_outstanding, dec!(73.11));
    assert_eq!(t.total_claim, Some(dec!(73.11)));
    assert_eq!(t.total_due, Some(dec!(4231.50)));
    assert_eq!(r.statement.last().unwrap().balance, dec!(4231.50));
}

#[test]
fn the_same_german_account_oldest_first_pays_principal_only() {
    // The €3,000 pays R-1's €2,000 and €1,000 of R-2; interest and Pauschalen stay owed.
    //   35.16 (as above) and €40.
    //   the €1,000 paid: 43.23 − (4000 × 10.52 % × 30 / 365 = 34.5863 → 34.59) = 8.64;
    //        the €4,000 owed, 91 days: 420.8 × 91 / 365 = 104.9118 → 104.91; 113.55; €40.
    // Interest 148.71, Pauschalen 80: due 4,000 + 228.71 = 4,228.71.
    let r = report(
        &two_german_invoices(),
        &AccountTerms::new(Jurisdiction::De, true),
        "2026-11-30",
    );
    assert_eq!(r.invoices[1].interest, dec!(113.55));
    assert_eq!(r.totals.interest, dec!(148.71));
    assert_eq!(r.totals.compensation, dec!(80));
    assert_eq!(r.totals.total_due, Some(dec!(4228.71)));
}

#[test]
fn german_order_puts_due_debts_before_older_ones_and_names_first() {
    // R-2 issued earlier but due later: on 15 August only R-1 is due, so it comes first
    // (§ 366 Abs. 2: "zunächst die fällige Schuld"), although R-2 is older.
    let mut r1 = InvoiceInput::new("R-1", d("2026-07-31"), dec!(2000), "EUR");
    r1.issue_date = Some(d("2026-07-15"));
    let mut r2 = InvoiceInput::new("R-2", d("2026-08-31"), dec!(5000), "EUR");
    r2.issue_date = Some(d("2026-06-01"));
    let mut input = AccountInput {
        invoices: vec![r1, r2],
        payments: vec![PaymentInput::on_account(d("2026-08-15"), dec!(1000))],
    };
    let mut terms = AccountTerms::new(Jurisdiction::De, true);
    terms.allocation = AllocationRule::StatutoryOrder;
    let r = report(&input, &terms, "2026-08-20");
    // €40, then 15 days of interest (1 to 15 August): 210.4 × 15 / 365 = 8.6466 →
    // 8.65, then 951.35 of principal.
    let paid: Vec<_> = r.payments[0]
        .applied
        .iter()
        .map(|a| (a.number.as_str(), a.costs, a.interest, a.principal))
        .collect();
    assert_eq!(paid, [("R-1", dec!(40), dec!(8.65), dec!(951.35))]);
    // A debtor's own choice (§ 366 Abs. 1) wins: naming R-2, not yet due, pays its
    // principal (no costs or interest yet).
    input.payments[0].invoice = Some("R-2".into());
    let r = report(&input, &terms, "2026-08-20");
    assert_eq!(r.payments[0].applied[0].number, "R-2");
    assert_eq!(r.payments[0].applied[0].principal, dec!(1000));
}

#[test]
fn german_debts_of_equal_rank_share_a_payment_in_proportion() {
    // Two invoices of the same day: € 1,000 and € 3,000; €2,000 pays each "verhältnismäßig"
    // (§ 366 Abs. 2 last case). Without a claim only principal is owed: 500 and 1,500.
    let input = AccountInput {
        invoices: vec![
            InvoiceInput::new("A", d("2026-08-31"), dec!(1000), "EUR"),
            InvoiceInput::new("B", d("2026-08-31"), dec!(3000), "EUR"),
        ],
        payments: vec![PaymentInput::on_account(d("2026-09-30"), dec!(2000))],
    };
    let mut terms = AccountTerms::new(Jurisdiction::De, false);
    terms.allocation = AllocationRule::StatutoryOrder;
    let r = report(&input, &terms, "2026-10-01");
    let paid: Vec<_> = r.payments[0]
        .applied
        .iter()
        .map(|a| (a.number.as_str(), a.costs, a.interest, a.principal))
        .collect();
    assert_eq!(
        paid,
        [
            ("A", dec!(0), dec!(0), dec!(500)),
            ("B", dec!(0), dec!(0), dec!(1500))
        ]
    );
    // Claimed: each owes €40 and 30 days of interest on top (1000: 8.65 and 3000:
    // 315.6 × 30 / 365 = 25.9397 → 25.94): debts 1,048.65 and 3,065.94 share the €2,000
    // (to the cent, largest remainder): 2000 × 1048.65 / 4114.59 = 509.7227… → 509.72,
    // 1,490.28: A gets 461.07 of principal, B 1,424.34.
    terms.claim = true;
    let r = report(&input, &terms, "2026-10-01");
    let a = &r.payments[0].applied;
    assert_eq!(
        (a[0].costs, a[0].interest, a[0].principal),
        (dec!(40), dec!(8.65), dec!(461.07))
    );
    assert_eq!(
        (a[1].costs, a[1].interest, a[1].principal),
        (dec!(40), dec!(25.94), dec!(1424.34))
    );
}

#[test]
fn statutory_order_is_refused_where_the_engine_has_none() {
    let account = check_account(&three_uk_invoices()).unwrap();
    let mut terms = AccountTerms::new(Jurisdiction::Uk, true);
    terms.allocation = AllocationRule::StatutoryOrder;
    let errors = account_report(&account, &terms, d("2026-12-07")).unwrap_err();
    assert_eq!(errors[0].field.key(), "allocation");
    assert_eq!(errors[0].error.code(), "no_statutory_order");
}

#[test]
fn dutch_collection_costs_run_once_on_the_accounts_overdue_principal() {
    // €2,000 and €3,000 overdue: the BIK scale on €5,000 is 15 % of 2,500 + 10 % of 2,500
    // = 625 (on each invoice alone it would be 300 + 425 = 725). Shared 2 : 3: 250 and 375.
    let input = AccountInput {
        invoices: vec![
            InvoiceInput::new("F-1", d("2026-06-30"), dec!(2000), "EUR"),
            InvoiceInput::new("F-2", d("2026-07-31"), dec!(3000), "EUR"),
        ],
        payments: vec![],
    };
    let r = report(
        &input,
        &AccountTerms::new(Jurisdiction::Nl, true),
        "2026-09-30",
    );
    assert_eq!(r.totals.collection_costs, dec!(625));
    let shares: Vec<_> = r.invoices.iter().map(|i| i.collection_costs).collect();
    assert_eq!(shares, [dec!(250), dec!(375)]);
    assert_eq!(r.totals.compensation, dec!(0));
    assert!(r.collection_costs.is_some());
    assert!(r
        .statement
        .iter()
        .any(|line| line.kind == StatementKind::CollectionCosts && line.debit == dec!(625)));
}

#[test]
fn compensation_in_another_currency_is_shown_not_added() {
    // A pound account under German law: the €40 per invoice is never converted.
    let input = AccountInput {
        invoices: vec![InvoiceInput::new("X", d("2026-07-31"), dec!(2000), "GBP")],
        payments: vec![],
    };
    let r = report(
        &input,
        &AccountTerms::new(Jurisdiction::De, true),
        "2026-08-30",
    );
    let t = &r.totals;
    assert_eq!(t.compensation, dec!(40));
    assert!(t.compensation_currency_differs);
    assert_eq!(t.compensation_currency, "EUR");
    assert_eq!(
        (t.statutory_total, t.total_claim, t.total_due),
        (None, None, None)
    );
    // 30 days at 10.52 % on 2,000: 17.29; the plan covers principal and interest.
    assert_eq!(t.interest, dec!(17.29));
    assert_eq!(t.plan_balance, dec!(2017.29));
}

#[test]
fn nothing_is_claimed_unless_asked_but_everything_is_computed() {
    let r = report(
        &three_uk_invoices(),
        &AccountTerms::new(Jurisdiction::Uk, false),
        "2026-12-07",
    );
    assert_eq!(r.totals.statutory_total, Some(dec!(246.97)));
    assert_eq!(r.totals.total_claim, Some(dec!(0)));
    assert_eq!(r.totals.total_due, Some(dec!(4400)));
    assert!(r
        .statement
        .iter()
        .all(|line| matches!(line.kind, StatementKind::Invoice | StatementKind::Payment)));
    assert_eq!(r.statement.last().unwrap().balance, dec!(4400));
}

#[test]
fn a_plan_over_the_account_clears_the_invoices_oldest_first() {
    let r = report(
        &three_uk_invoices(),
        &AccountTerms::new(Jurisdiction::Uk, true),
        "2026-12-07",
    );
    // Debts with their claims: INV-101 200 + 20.80 + 70 = 290.80; INV-102 3,400 + 40.50 +
    // 70 = 3,510.50; INV-103 800 + 5.67 + 40 = 845.67; together 4,646.97 in 3 instalments
    // of 1,548.99, 1,548.99, 1,548.99.
    let plan = build_plan(&PlanInput::new(
        r.plan_balance(),
        "GBP",
        d("2027-01-04"),
        PlanSize::Count(3),
    ))
    .unwrap();
    let rows = instalments_clear(&r, &plan).unwrap();
    let parts: Vec<Vec<(String, Decimal)>> = rows
        .iter()
        .map(|row| {
            row.parts
                .iter()
                .map(|p| (p.number.clone(), p.amount))
                .collect()
        })
        .collect();
    assert_eq!(
        parts,
        [
            vec![
                ("INV-101".into(), dec!(290.80)),
                ("INV-102".into(), dec!(1258.19))
            ],
            vec![("INV-102".into(), dec!(1548.99))],
            vec![
                ("INV-102".into(), dec!(703.32)),
                ("INV-103".into(), dec!(845.67))
            ],
        ]
    );
    let clears: Vec<Vec<String>> = rows.iter().map(|row| row.clears.clone()).collect();
    assert_eq!(
        clears,
        [
            vec!["INV-101".to_string()],
            vec![],
            vec!["INV-102".to_string(), "INV-103".to_string()]
        ]
    );
    assert!(rows.iter().all(|row| row.beyond.is_zero()));
}

#[test]
fn the_open_invoices_read_in_every_language() {
    let r = report(
        &three_uk_invoices(),
        &AccountTerms::new(Jurisdiction::Uk, true),
        "2026-12-07",
    );
    assert_eq!(
        open_invoices_text(&r, LangPack::BRITISH),
        "\
Invoice  Due date              Amount  Outstanding
-------  -----------------  ---------  -----------
INV-101  30 September 2026  £1,200.00      £200.00
INV-102  31 October 2026    £3,400.00    £3,400.00
INV-103  15 November 2026     £800.00      £800.00
-------  -----------------  ---------  -----------
Total outstanding                        £4,400.00
"
    );
    // The first invoice's line and the total in each other language: its own words, dates
    // and amounts, the columns aligned by characters (a no-break space is one).
    let rows = [
        (
            german(),
            "INV-101   30. September 2026  1.200,00\u{a0}£    200,00\u{a0}£",
            "Insgesamt offen                           4.400,00\u{a0}£",
        ),
        (
            french(),
            "INV-101  30 septembre 2026  1\u{202f}200,00\u{a0}£    200,00\u{a0}£",
            "Total restant dû                        4\u{202f}400,00\u{a0}£",
        ),
        (
            spanish(),
            "INV-101  30 de septiembre de 2026  1.200,00\u{a0}£    200,00\u{a0}£",
            "Total pendiente                                4.400,00\u{a0}£",
        ),
        (
            dutch(),
            "INV-101  30 september 2026  £\u{a0}1.200,00    £\u{a0}200,00",
            "Totaal openstaand                       £\u{a0}4.400,00",
        ),
    ];
    for (lang, first, total) in rows {
        let text = open_invoices_text(&r, lang);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 7, "{:?}", lang.locale());
        assert_eq!((lines[2], lines[6]), (first, total), "{:?}", lang.locale());
        assert!(!text.contains('|') && !text.contains('*'));
    }
}

#[test]
fn the_statement_csv_lists_every_line_in_each_language() {
    let r = report(
        &three_uk_invoices(),
        &AccountTerms::new(Jurisdiction::Uk, true),
        "2026-12-07",
    );
    let csv = statement_csv(&r, LangPack::BRITISH);
    let lines: Vec<&str> = csv.split_terminator("\r\n").collect();
    assert_eq!(
        lines,
        [
            "Date,Type,Invoice,Due date,Note,Debit (GBP),Credit (GBP),Balance (GBP)",
            "30/09/2026,Invoice,INV-101,30/09/2026,,1200.00,,1200.00",
            "01/10/2026,Compensation,INV-101,,,70.00,,1270.00",
            "31/10/2026,Invoice,INV-102,31/10/2026,,3400.00,,4670.00",
            "01/11/2026,Compensation,INV-102,,,70.00,,4740.00",
            "15/11/2026,Invoice,INV-103,15/11/2026,,800.00,,5540.00",
            "16/11/2026,Compensation,INV-103,,,40.00,,5580.00",
            "20/11/2026,Payment,,,,,1000.00,4580.00",
            "07/12/2026,Statutory interest,INV-101,,,20.80,,4600.80",
            "07/12/2026,Statutory interest,INV-102,,,40.50,,4641.30",
            "07/12/2026,Statutory interest,INV-103,,,5.67,,4646.97",
            "07/12/2026,Balance due,,,,,,4646.97",
        ]
    );
    assert!(statement_csv(&r, LangPack::AMERICAN)
        .contains("\r\n09/30/2026,Invoice,INV-101,09/30/2026,"));
    let heads = [
        (
            german(),
            "Datum,Art,Rechnung,Fällig am,Hinweis,Soll (GBP),Haben (GBP),Saldo (GBP)",
            "30.09.2026,Rechnung,INV-101,30.09.2026,,\"1200,00\",,\"1200,00\"",
        ),
        (
            french(),
            "Date,Type,Facture,Échéance,Remarque,Débit (GBP),Crédit (GBP),Solde (GBP)",
            "30/09/2026,Facture,INV-101,30/09/2026,,\"1200,00\",,\"1200,00\"",
        ),
        (
            spanish(),
            "Fecha,Tipo,Factura,Vencimiento,Nota,Debe (GBP),Haber (GBP),Saldo (GBP)",
            "30/09/2026,Factura,INV-101,30/09/2026,,\"1200,00\",,\"1200,00\"",
        ),
        (
            dutch(),
            "Datum,Soort,Factuur,Vervaldatum,Opmerking,Debet (GBP),Credit (GBP),Saldo (GBP)",
            "30-09-2026,Factuur,INV-101,30-09-2026,,\"1200,00\",,\"1200,00\"",
        ),
    ];
    for (lang, head, first) in heads {
        let csv = statement_csv(&r, lang);
        let lines: Vec<&str> = csv.split_terminator("\r\n").collect();
        assert_eq!((lines[0], lines[1]), (head, first), "{:?}", lang.locale());
        assert_eq!(lines.len(), 12);
    }
}

#[test]
fn notes_with_commas_and_quotes_are_quoted() {
    let mut input = three_uk_invoices();
    input.invoices[0].note = "Design, phase \"1\"".into();
    let r = report(
        &input,
        &AccountTerms::new(Jurisdiction::Uk, false),
        "2026-12-07",
    );
    let csv = statement_csv(&r, LangPack::BRITISH);
    assert!(csv.contains("\r\n30/09/2026,Invoice,INV-101,30/09/2026,\"Design, phase \"\"1\"\"\",1200.00,,1200.00\r\n"));
}
