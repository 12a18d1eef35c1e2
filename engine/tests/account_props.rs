//! Property tests of client accounts: money is conserved, the parts add up to the whole,
//! one invoice is exactly the single-invoice statutory claim, and the allocation rules do
//! what they say. Oracles are sums over the report's own parts and the statutory engine's
//! single-invoice claim.

use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use rust_decimal::Decimal;
use tactful_engine::account::{
    account_report, check_account, instalments_clear, parse_account, statement_csv, AccountDraft,
    AccountInput, AccountReport, AccountTerms, AllocationRule, InvoiceDraftLine, InvoiceInput,
    PaymentDraftLine, PaymentInput, StatementKind,
};
use tactful_engine::amount::{format_number, NumberLocale};
use tactful_engine::message::lang::LangPack;
use tactful_engine::plan::{build_plan, PlanInput, PlanSize};
use tactful_engine::statutory::{
    late_payment_claim, ClaimInput, ClaimOptions, DayBasis, InterestRounding, IrishRateDate,
    Jurisdiction, PaymentDay,
};

/// Number of cases per property: env `PROPTEST_CASES`, 256 by default.
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(256)
}

fn day(offset: u64) -> NaiveDate {
    // Due dates from 2015 to 2024 and days up to the end of 2026: every rate needed is in
    // the tables (Bank Rate to 30 June 2026, ECB and Basiszinssatz, from its first row in
    // July 2014, to the end of 2026).
    NaiveDate::from_ymd_opt(2015, 1, 1).unwrap() + Days::new(offset)
}

/// Any of the options the law leaves open.
fn options() -> impl Strategy<Value = ClaimOptions> {
    (
        prop::sample::select(vec![PaymentDay::Counted, PaymentDay::NotCounted]),
        prop::sample::select(vec![DayBasis::Actual365, DayBasis::ActualActual]),
        prop::sample::select(vec![InterestRounding::Once, InterestRounding::PerPeriod]),
        prop::sample::select(vec![
            IrishRateDate::InterestStart,
            IrishRateDate::DueDate,
            IrishRateDate::PaymentDate,
            IrishRateDate::PerHalfYear,
        ]),
    )
        .prop_map(
            |(payment_day, day_basis, rounding, ie_rate_date)| ClaimOptions {
                payment_day,
                day_basis,
                rounding,
                ie_rate_date,
            },
        )
}

fn jurisdiction() -> impl Strategy<Value = Jurisdiction> {
    prop::sample::select(Jurisdiction::ALL.to_vec())
}

/// The law's own currency most of the time, another one sometimes.
fn currency_for(jurisdiction: Jurisdiction, other: bool) -> &'static str {
    match (jurisdiction, other) {
        (_, true) => "USD",
        (Jurisdiction::Uk, false) => "GBP",
        (_, false) => "EUR",
    }
}

/// Amounts from 0.01 to 100,000.00, small ones often.
fn amount() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        (1i64..=10_000).prop_map(|cents| Decimal::new(cents, 2)),
        (1i64..=10_000_000).prop_map(|cents| Decimal::new(cents, 2)),
    ]
}

#[derive(Clone, Debug)]
struct Case {
    input: AccountInput,
    terms: AccountTerms,
    today: NaiveDate,
}

prop_compose! {
    fn invoice(currency: &'static str)(
        due in 0u64..3_653, // 2015-01-01 to 2024-12-31
        issued_before in proptest::option::of(0u64..90),
        amount in amount(),
    ) -> (u64, InvoiceInput) {
        let mut invoice = InvoiceInput::new("", day(due), amount, currency);
        invoice.issue_date = issued_before.map(|before| day(due.saturating_sub(before)));
        (due, invoice)
    }
}

fn case_with(rules: Vec<AllocationRule>) -> impl Strategy<Value = Case> {
    (jurisdiction(), prop::bool::weighted(0.1), any::<bool>())
        .prop_flat_map(move |(law, other, claim)| {
            let currency = currency_for(law, other);
            let rules = rules.clone();
            (
                Just(law),
                Just(claim),
                prop::collection::vec(invoice(currency), 1..=6),
                prop::sample::select(rules),
            )
        })
        .prop_flat_map(|(law, claim, invoices, rule)| {
            let first_due = invoices.iter().map(|(due, _)| *due).min().unwrap_or(0);
            let last_due = invoices.iter().map(|(due, _)| *due).max().unwrap_or(0);
            let count = invoices.len();
            (
                Just((law, claim, rule)),
                Just(invoices),
                0u64..700,
                prop::collection::vec((0u64..900, amount(), proptest::option::of(0..count)), 0..=8),
                Just((first_due, last_due)),
            )
        })
        .prop_map(
            |((law, claim, rule), invoices, after, payments, (first_due, last_due))| {
                let today_offset = last_due + after;
                let invoices: Vec<InvoiceInput> = invoices
                    .into_iter()
                    .enumerate()
                    .map(|(index, (_, mut invoice))| {
                        invoice.number = format!("INV-{index}");
                        invoice
                    })
                    .collect();
                let payments = payments
                    .into_iter()
                    .map(|(offset, amount, named)| PaymentInput {
                        // From 60 days before the first due date up to today.
                        date: day((first_due.saturating_sub(60) + offset).min(today_offset)),
                        amount,
                        invoice: named.map(|index| format!("INV-{index}")),
                    })
                    .collect();
                let mut terms = AccountTerms::new(law, claim);
                terms.allocation = rule;
                Case {
                    input: AccountInput { invoices, payments },
                    terms,
                    today: day(today_offset),
                }
            },
        )
        .prop_flat_map(|case| {
            (
                Just(case),
                prop_oneof![Just(ClaimOptions::default()), options()],
                proptest::option::of((800i64..=2_000).prop_map(|m| Decimal::new(m, 2))),
            )
        })
        .prop_map(|(mut case, options, margin)| {
            case.terms.options = options;
            case.terms.eu_margin = margin;
            // The statutory order exists for Germany only.
            if case.terms.allocation == AllocationRule::StatutoryOrder {
                case.terms.jurisdiction = Jurisdiction::De;
                for invoice in &mut case.input.invoices {
                    if invoice.currency != "USD" {
                        invoice.currency = "EUR".into();
                    }
                }
            }
            case
        })
}

fn any_case() -> impl Strategy<Value = Case> {
    case_with(vec![
        AllocationRule::OldestFirst,
        AllocationRule::Named,
        AllocationRule::StatutoryOrder,
    ])
}

fn run(case: &Case) -> AccountReport {
    let account = check_account(&case.input).expect("generated accounts are valid");
    account_report(&account, &case.terms, case.today).expect("rates are in the tables")
}

fn sum(values: impl Iterator<Item = Decimal>) -> Decimal {
    values.fold(Decimal::ZERO, |a, b| a + b)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn money_is_conserved_every_payment_allocated_exactly_once(case in any_case()) {
        let report = run(&case);
        prop_assert_eq!(report.payments.len(), case.input.payments.len());
        for (allocation, payment) in report.payments.iter().zip(&case.input.payments) {
            prop_assert_eq!(allocation.amount, payment.amount);
            let applied = sum(allocation.applied.iter().map(|a| a.costs + a.interest + a.principal));
            prop_assert_eq!(applied + allocation.credit, allocation.amount);
            prop_assert!(allocation.credit >= Decimal::ZERO);
            for a in &allocation.applied {
                prop_assert!(a.costs >= Decimal::ZERO && a.interest >= Decimal::ZERO && a.principal >= Decimal::ZERO);
                prop_assert!(a.costs + a.interest + a.principal > Decimal::ZERO);
            }
        }
        // Each invoice's record of what it received is the allocations' record.
        for invoice in &report.invoices {
            let from_payments: Vec<_> = report.payments.iter().flat_map(|p| {
                p.applied.iter().filter(|a| a.invoice == invoice.index)
                    .map(move |a| (p.index, a.costs, a.interest, a.principal))
            }).collect();
            let mut recorded: Vec<_> = invoice.payments.iter()
                .map(|a| (a.payment, a.costs, a.interest, a.principal)).collect();
            let mut expected = from_payments.clone();
            recorded.sort();
            expected.sort();
            prop_assert_eq!(recorded, expected);
            prop_assert_eq!(invoice.paid_principal, sum(invoice.payments.iter().map(|a| a.principal)));
            prop_assert_eq!(invoice.paid_interest, sum(invoice.payments.iter().map(|a| a.interest)));
            prop_assert_eq!(invoice.paid_costs, sum(invoice.payments.iter().map(|a| a.costs)));
        }
        let t = &report.totals;
        prop_assert_eq!(t.paid, sum(case.input.payments.iter().map(|p| p.amount)));
        prop_assert_eq!(t.paid, t.paid_principal + t.paid_interest + t.paid_costs + t.credit);
    }

    #[test]
    fn balances_sum_to_invoices_minus_payments_credit_included(case in any_case()) {
        let report = run(&case);
        let t = &report.totals;
        let balances = sum(report.invoices.iter().map(|i| i.balance));
        prop_assert_eq!(balances, t.outstanding);
        prop_assert_eq!(t.invoiced, sum(case.input.invoices.iter().map(|i| i.amount)));
        // What went to interest and costs is not principal; the rest of every payment
        // either reduced a balance or is a credit.
        prop_assert_eq!(balances - t.credit, t.invoiced - t.paid + t.paid_interest + t.paid_costs);
        if case.terms.allocation != AllocationRule::StatutoryOrder || !case.terms.claim {
            prop_assert_eq!(t.paid_interest + t.paid_costs, Decimal::ZERO);
            prop_assert_eq!(balances - t.credit, t.invoiced - t.paid);
        }
        for invoice in &report.invoices {
            prop_assert!(invoice.balance >= Decimal::ZERO);
            prop_assert_eq!(invoice.balance, invoice.amount - invoice.paid_principal);
        }
        // A credit only when every principal is paid.
        if t.credit > Decimal::ZERO {
            prop_assert_eq!(t.outstanding, Decimal::ZERO);
        }
        prop_assert_eq!(sum(report.buckets.iter().map(|b| b.outstanding)), t.outstanding);
    }

    #[test]
    fn per_invoice_claims_sum_to_the_accounts_claim(case in any_case()) {
        let report = run(&case);
        let t = &report.totals;
        let parts: Option<Vec<Decimal>> = report.invoices.iter().map(|i| i.statutory_total).collect();
        prop_assert_eq!(parts.map(|p| sum(p.into_iter())), t.statutory_total);
        prop_assert_eq!(sum(report.invoices.iter().map(|i| i.interest)), t.interest);
        prop_assert_eq!(sum(report.invoices.iter().map(|i| i.interest_outstanding)), t.interest_outstanding);
        prop_assert_eq!(sum(report.invoices.iter().map(|i| i.compensation)), t.compensation);
        prop_assert_eq!(sum(report.invoices.iter().map(|i| i.collection_costs)), t.collection_costs);
        prop_assert_eq!(
            report.collection_costs.as_ref().map_or(Decimal::ZERO, |c| c.amount),
            t.collection_costs
        );
        for invoice in &report.invoices {
            prop_assert_eq!(sum(invoice.portions.iter().map(|p| p.interest)), invoice.interest);
            prop_assert_eq!(sum(invoice.portions.iter().map(|p| p.principal)), invoice.amount);
            prop_assert!(invoice.portions.iter().all(|p| p.interest >= Decimal::ZERO));
        }
        if case.terms.claim {
            prop_assert_eq!(t.total_claim, t.statutory_total);
        } else {
            prop_assert_eq!(t.total_claim, Some(Decimal::ZERO));
        }
        prop_assert_eq!(t.total_due, t.total_claim.map(|claim| t.outstanding - t.credit + claim));
        let per_invoice_due: Option<Vec<Decimal>> = report.invoices.iter().map(|i| i.total_due).collect();
        prop_assert_eq!(per_invoice_due.map(|d| sum(d.into_iter()) - t.credit), t.total_due);
        // The statement's running balance ends on what is due (when it can be added up).
        if let Some(due) = t.total_due {
            prop_assert_eq!(report.statement.last().map(|l| l.balance), Some(due));
        }
        prop_assert_eq!(
            report.statement.iter().filter(|l| l.kind == StatementKind::Payment).count(),
            case.input.payments.len()
        );
        let csv = statement_csv(&report, LangPack::BRITISH);
        prop_assert_eq!(csv.split_terminator("\r\n").count(), report.statement.len() + 2);
    }

    #[test]
    fn one_invoice_without_payments_is_exactly_the_single_invoice_claim(
        law in jurisdiction(),
        due in 0u64..3_653,
        after in 0u64..700,
        amount in amount(),
        options in options(),
    ) {
        let currency = currency_for(law, false);
        let mut terms = AccountTerms::new(law, true);
        terms.options = options;
        let case = Case {
            input: AccountInput {
                invoices: vec![InvoiceInput::new("ONE", day(due), amount, currency)],
                payments: vec![],
            },
            terms,
            today: day(due + after),
        };
        let report = run(&case);
        let mut input = ClaimInput::new(law, amount, currency, day(due), case.today);
        input.options = options;
        let claim = late_payment_claim(&input).unwrap();
        let invoice = &report.invoices[0];
        prop_assert_eq!(invoice.interest, claim.interest);
        prop_assert_eq!(invoice.compensation, claim.compensation);
        prop_assert_eq!(invoice.collection_costs, claim.collection_costs);
        prop_assert_eq!(report.totals.statutory_total, claim.total_claim);
        prop_assert_eq!(report.totals.total_due, claim.total_due);
    }

    #[test]
    fn allocation_never_gives_an_invoice_more_than_its_debt(case in any_case()) {
        let report = run(&case);
        for invoice in &report.invoices {
            prop_assert!(invoice.paid_principal <= invoice.amount);
            prop_assert!(invoice.paid_interest <= invoice.interest);
            prop_assert!(invoice.interest_outstanding >= Decimal::ZERO);
            if report.totals.compensation_currency_differs {
                prop_assert_eq!(invoice.paid_costs, Decimal::ZERO);
            } else {
                prop_assert!(invoice.paid_costs <= invoice.compensation);
            }
            prop_assert!(invoice.compensation_outstanding >= Decimal::ZERO);
        }
    }

    #[test]
    fn oldest_first_never_pays_a_later_invoice_while_an_earlier_one_is_open(
        case in case_with(vec![AllocationRule::OldestFirst]),
    ) {
        let report = run(&case);
        let invoices = &case.input.invoices;
        let mut balance: Vec<Decimal> = invoices.iter().map(|i| i.amount).collect();
        let mut order: Vec<usize> = (0..case.input.payments.len()).collect();
        order.sort_by_key(|&k| (case.input.payments[k].date, k));
        for k in order {
            let allocation = &report.payments[k];
            for a in &allocation.applied {
                balance[a.invoice] -= a.principal;
            }
            for a in &allocation.applied {
                let rank = (invoices[a.invoice].due_date, a.invoice);
                for (earlier, invoice) in invoices.iter().enumerate() {
                    if (invoice.due_date, earlier) < rank {
                        prop_assert_eq!(balance[earlier], Decimal::ZERO,
                            "payment {} paid {} while {} was open", k, a.invoice, earlier);
                    }
                }
            }
            // And a credit only once everything is paid.
            if allocation.credit > Decimal::ZERO {
                prop_assert!(balance.iter().all(|b| b.is_zero()));
            }
        }
    }

    #[test]
    fn a_plans_rows_clear_the_invoices_exactly(case in any_case(), count in 1u32..=12) {
        let report = run(&case);
        if report.plan_balance() <= Decimal::ZERO {
            return Ok(()); // nothing to plan: everything paid, or the client in credit
        }
        let Ok(plan) = build_plan(&PlanInput::new(
            report.plan_balance(),
            report.currency.code,
            case.today + Days::new(30),
            PlanSize::Count(count),
        )) else {
            return Ok(()); // a balance too small for that many instalments
        };
        let rows = instalments_clear(&report, &plan).unwrap();
        for (row, cleared) in plan.rows.iter().zip(&rows) {
            prop_assert_eq!(sum(cleared.parts.iter().map(|p| p.amount)) + cleared.beyond, row.principal);
        }
        // A plan over the whole balance clears every invoice that owes something, and
        // needs nothing beyond it.
        prop_assert!(rows.iter().all(|row| row.beyond.is_zero()));
        let cleared: usize = rows.iter().map(|row| row.clears.len()).sum();
        let total: Decimal = sum(rows.iter().flat_map(|row| row.parts.iter().map(|p| p.amount)));
        prop_assert_eq!(total, report.plan_balance());
        prop_assert!(cleared <= report.invoices.len());
    }

    #[test]
    fn a_draft_written_from_an_account_reads_back_as_the_same_account(
        case in any_case(),
        locale in prop::sample::select(NumberLocale::ALL.to_vec()),
    ) {
        let account = check_account(&case.input).unwrap();
        let decimals = account.currency.minor_units;
        let draft = AccountDraft {
            invoices: case.input.invoices.iter().map(|invoice| InvoiceDraftLine {
                number: invoice.number.clone(),
                issue_date: invoice.issue_date.map(|d| d.to_string()).unwrap_or_default(),
                due_date: invoice.due_date.to_string(),
                amount: format_number(invoice.amount, decimals, locale),
                currency: invoice.currency.clone(),
                note: invoice.note.clone(),
            }).collect(),
            payments: case.input.payments.iter().map(|payment| PaymentDraftLine {
                date: payment.date.to_string(),
                amount: format_number(payment.amount, decimals, locale),
                invoice: payment.invoice.clone().unwrap_or_default(),
            }).collect(),
        };
        prop_assert_eq!(parse_account(&draft, locale), Ok(account));
    }
}
