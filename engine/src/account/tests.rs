//! Unit tests of the account's checks, errors and edge cases (the worked examples are in
//! `engine/tests/account_fixtures.rs`, the properties in `engine/tests/account_props.rs`).

use chrono::NaiveDate;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use super::*;
use crate::amount::{AmountError, NumberLocale};
use crate::dates::DateParseError;
use crate::statutory::{EnteredRate, Jurisdiction, StatutoryError};

fn d(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn one_invoice(due: &str, amount: Decimal, currency: &str) -> AccountInput {
    AccountInput {
        invoices: vec![InvoiceInput::new("A-1", d(due), amount, currency)],
        payments: vec![],
    }
}

fn keys_and_codes(errors: &[AccountFieldError]) -> Vec<(String, &'static str)> {
    errors
        .iter()
        .map(|e| (e.field.key(), e.error.code()))
        .collect()
}

#[test]
fn every_typed_problem_is_reported_at_its_field() {
    let mut bad = InvoiceInput::new("  ", d("2026-03-31"), dec!(-5), "GBP");
    bad.issue_date = Some(d("2026-04-01"));
    bad.note = "x".repeat(MAX_NOTE_CHARS + 1);
    let input = AccountInput {
        invoices: vec![
            InvoiceInput::new("A-1", d("2026-03-31"), dec!(100.005), "GBP"),
            bad,
            InvoiceInput::new("A-1", d("2026-03-31"), dec!(100), "XYZ"),
            InvoiceInput::new("A-4", d("2026-03-31"), dec!(1000000000000.01), "GBP"),
        ],
        payments: vec![
            PaymentInput::on_account(d("2026-04-01"), dec!(0)),
            PaymentInput::of_invoice(d("2026-04-01"), dec!(1), "A-9"),
            PaymentInput::of_invoice(d("2026-04-01"), dec!(1), "  "),
        ],
    };
    let errors = check_account(&input).unwrap_err();
    assert_eq!(
        keys_and_codes(&errors),
        [
            ("invoices.0.amount".to_string(), "too_many_decimals"),
            ("invoices.1.number".to_string(), "empty"),
            ("invoices.1.due_date".to_string(), "due_before_issue"),
            ("invoices.1.amount".to_string(), "must_be_positive"),
            ("invoices.1.note".to_string(), "too_long"),
            ("invoices.2.number".to_string(), "duplicate_number"),
            ("invoices.2.currency".to_string(), "unknown_currency"),
            ("invoices.3.amount".to_string(), "too_large"),
            ("payments.0.amount".to_string(), "must_be_positive"),
            ("payments.1.invoice".to_string(), "unknown_invoice"),
        ]
    );
    // A blank invoice name on a payment is "on account".
    assert!(!errors.iter().any(|e| e.field.key() == "payments.2.invoice"));
}

#[test]
fn one_currency_per_account() {
    let input = AccountInput {
        invoices: vec![
            InvoiceInput::new("A", d("2026-03-31"), dec!(100), "XYZ"),
            InvoiceInput::new("B", d("2026-03-31"), dec!(100), " gbp "),
            InvoiceInput::new("C", d("2026-03-31"), dec!(100), "EUR"),
            InvoiceInput::new("D", d("2026-03-31"), dec!(100), "GBP"),
        ],
        payments: vec![],
    };
    let errors = check_account(&input).unwrap_err();
    assert_eq!(
        errors,
        [
            AccountFieldError::new(
                AccountField::Invoice {
                    index: 0,
                    part: InvoicePart::Currency
                },
                AccountError::Currency(crate::currency::UnknownCurrency { code: "XYZ".into() })
            ),
            AccountFieldError::new(
                AccountField::Invoice {
                    index: 2,
                    part: InvoicePart::Currency
                },
                AccountError::MixedCurrency {
                    expected: "GBP",
                    found: "EUR"
                }
            ),
        ]
    );
    // Yen amounts have no decimals; the account's currency decides a payment's.
    let mut yen = one_invoice("2026-03-31", dec!(1000), "JPY");
    yen.payments = vec![PaymentInput::on_account(d("2026-04-01"), dec!(10.5))];
    let errors = check_account(&yen).unwrap_err();
    assert_eq!(
        errors[0].error,
        AccountError::Amount(AmountError::TooManyDecimals {
            max: 0,
            currency: "JPY"
        })
    );
}

#[test]
fn the_lists_are_bounded() {
    let none = check_account(&AccountInput::default()).unwrap_err();
    assert_eq!(
        keys_and_codes(&none),
        [("invoices".to_string(), "no_invoices")]
    );
    let mut many = one_invoice("2026-03-31", dec!(1), "GBP");
    many.invoices = (0..=MAX_INVOICES)
        .map(|i| InvoiceInput::new(&format!("N{i}"), d("2026-03-31"), dec!(1), "GBP"))
        .collect();
    many.payments =
        vec![PaymentInput::on_account(d("2026-04-01"), dec!(1)); MAX_PAYMENTS_RECEIVED + 1];
    assert_eq!(
        keys_and_codes(&check_account(&many).unwrap_err()),
        [
            ("invoices".to_string(), "too_many_invoices"),
            ("payments".to_string(), "too_many_payments"),
        ]
    );
    many.invoices.pop();
    many.payments.pop();
    assert!(check_account(&many).is_ok());
}

#[test]
fn drafts_report_what_cannot_be_read() {
    let draft = AccountDraft {
        invoices: vec![
            InvoiceDraftLine {
                number: "R-1".into(),
                issue_date: "2026-13-01".into(),
                due_date: "".into(),
                amount: "1.5".into(),
                currency: "EUR".into(),
                note: " Beratung ".into(),
            },
            InvoiceDraftLine {
                number: "R-2".into(),
                due_date: "2026-08-31".into(),
                amount: "$5".into(),
                currency: "EUR".into(),
                ..InvoiceDraftLine::default()
            },
        ],
        payments: vec![PaymentDraftLine {
            date: "30.09.2026".into(),
            amount: "".into(),
            invoice: "R-2".into(),
        }],
    };
    let errors = parse_account(&draft, NumberLocale::De).unwrap_err();
    assert_eq!(
        keys_and_codes(&errors),
        [
            ("invoices.0.issue_date".to_string(), "invalid_date"),
            ("invoices.0.due_date".to_string(), "empty"),
            ("invoices.0.amount".to_string(), "misplaced_group_separator"),
            ("invoices.1.amount".to_string(), "wrong_currency_symbol"),
            ("payments.0.date".to_string(), "invalid_date"),
            ("payments.0.amount".to_string(), "empty"),
        ]
    );
    assert_eq!(errors[1].error, AccountError::Date(DateParseError::Empty));
    assert_eq!(
        errors[0].to_string(),
        "invoices.0.issue_date: not a valid date, use YYYY-MM-DD"
    );
}

#[test]
fn drafts_and_typed_inputs_give_the_same_account() {
    let draft = AccountDraft {
        invoices: vec![InvoiceDraftLine {
            number: " R-1 ".into(),
            issue_date: "2026-07-01".into(),
            due_date: "2026-07-31".into(),
            amount: "2.000,5".into(),
            currency: "eur".into(),
            note: " Beratung ".into(),
        }],
        payments: vec![PaymentDraftLine {
            date: "2026-09-30".into(),
            amount: "100".into(),
            invoice: " R-1 ".into(),
        }],
    };
    let mut typed = one_invoice("2026-07-31", dec!(2000.5), "EUR");
    typed.invoices[0].number = "R-1".into();
    typed.invoices[0].issue_date = Some(d("2026-07-01"));
    typed.invoices[0].note = "Beratung".into();
    typed.payments = vec![PaymentInput::of_invoice(d("2026-09-30"), dec!(100), "R-1")];
    let account = parse_account(&draft, NumberLocale::De).unwrap();
    assert_eq!(account, check_account(&typed).unwrap());
    assert_eq!(account.invoices[0].amount.to_string(), "2000.50");
    assert_eq!(account.payments[0].invoice, Some(0));
}

#[test]
fn evaluate_account_gives_the_report_or_every_problem_in_form_order() {
    let draft = AccountDraft {
        invoices: vec![InvoiceDraftLine {
            number: "A".into(),
            due_date: "2026-09-30".into(),
            amount: "100".into(),
            currency: "GBP".into(),
            ..InvoiceDraftLine::default()
        }],
        payments: vec![],
    };
    let terms = AccountTerms::new(Jurisdiction::Uk, true);
    let outcome = evaluate_account(&draft, &terms, d("2026-10-30"), NumberLocale::EnGb);
    let report = outcome.report.unwrap();
    assert_eq!(report.invoices[0].status, InvoiceStatus::Open);
    assert!(outcome.problems.is_empty());
    let mut broken = draft.clone();
    broken.invoices[0].amount = "abc".into();
    let outcome = evaluate_account(&broken, &terms, d("2026-10-30"), NumberLocale::EnGb);
    assert!(outcome.report.is_none());
    let field = AccountField::Invoice {
        index: 0,
        part: InvoicePart::Amount,
    };
    assert_eq!(
        outcome.problem(&field).map(|p| p.error.code()),
        Some("not_a_number")
    );
}

#[test]
fn statutory_problems_point_at_the_term_to_change() {
    // The first half of 2027 is not in the tables: enter its rate.
    let account = check_account(&one_invoice("2026-12-15", dec!(1000), "EUR")).unwrap();
    let mut terms = AccountTerms::new(Jurisdiction::Es, true);
    let errors = account_report(&account, &terms, d("2027-01-15")).unwrap_err();
    assert_eq!(
        errors,
        [AccountFieldError::new(
            AccountField::ReferenceRates,
            AccountError::Statutory(StatutoryError::NoReferenceRate {
                date: d("2027-01-01")
            })
        )]
    );
    terms.reference_rates = vec![EnteredRate {
        reference_date: d("2027-01-01"),
        rate: dec!(2.40),
    }];
    // 31 days at 10.40 %: 8.83, as statutoryInterest's README example.
    let report = account_report(&account, &terms, d("2027-01-15")).unwrap();
    assert_eq!(report.totals.interest, dec!(8.83));
    // A margin only matters under the Directive's minimum; out of range there, it is
    // reported at `eu_margin` once an invoice is late.
    let mut eu = AccountTerms::new(Jurisdiction::Eu, true);
    eu.eu_margin = Some(dec!(7));
    let early = account_report(&account, &eu, d("2026-12-01"));
    assert!(early.is_ok(), "nothing is late yet: no claim, no check");
    let errors = account_report(&account, &eu, d("2026-12-20")).unwrap_err();
    assert_eq!(
        keys_and_codes(&errors),
        [("eu_margin".to_string(), "invalid_margin")]
    );
    eu.eu_margin = None;
    eu.reference_rate_override = Some(dec!(101));
    let errors = account_report(&account, &eu, d("2026-12-20")).unwrap_err();
    assert_eq!(
        keys_and_codes(&errors),
        [(
            "reference_rate_override".to_string(),
            "invalid_reference_rate"
        )]
    );
}

#[test]
fn error_messages_are_short_and_lowercase() {
    let cases = [
        (AccountError::Empty, "required"),
        (
            AccountError::Amount(AmountError::NotPositive),
            "must be greater than zero",
        ),
        (
            AccountError::MixedCurrency {
                expected: "GBP",
                found: "EUR",
            },
            "EUR is not the account's currency, GBP",
        ),
        (
            AccountError::DueBeforeIssue,
            "due date is before the issue date",
        ),
        (
            AccountError::TooLong { max: 500 },
            "longer than 500 characters",
        ),
        (
            AccountError::DuplicateNumber,
            "another invoice has this number",
        ),
        (
            AccountError::UnknownInvoice,
            "no invoice of the account has this number",
        ),
        (
            AccountError::NoInvoices,
            "an account needs at least one invoice",
        ),
        (
            AccountError::TooManyInvoices { max: 100 },
            "more than 100 invoices",
        ),
        (
            AccountError::TooManyPayments { max: 500 },
            "more than 500 payments",
        ),
        (
            AccountError::InFuture {
                today: d("2026-12-07"),
            },
            "after today (2026-12-07)",
        ),
        (
            AccountError::NoStatutoryOrder {
                jurisdiction: Jurisdiction::Fr,
            },
            "no statutory order of allocation is implemented for fr; only for germany (de)",
        ),
        (AccountError::TooLargeToCompute, "too large to compute"),
    ];
    for (error, message) in cases {
        assert_eq!(error.to_string(), message);
        assert!(error
            .code()
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b == b'_'));
    }
}

#[test]
fn a_payment_on_the_due_date_is_on_time() {
    // Paid in full on the due date: never late, no interest, no compensation, even
    // under German § 367 with a claim.
    let mut input = one_invoice("2026-07-31", dec!(500), "EUR");
    input.payments = vec![PaymentInput::on_account(d("2026-07-31"), dec!(500))];
    let account = check_account(&input).unwrap();
    let mut terms = AccountTerms::new(Jurisdiction::De, true);
    terms.allocation = AllocationRule::StatutoryOrder;
    let report = account_report(&account, &terms, d("2026-10-01")).unwrap();
    let invoice = &report.invoices[0];
    assert_eq!(invoice.status, InvoiceStatus::Paid);
    assert_eq!((invoice.interest, invoice.compensation), (dec!(0), dec!(0)));
    assert_eq!(invoice.annual_rate, None);
    assert_eq!(report.totals.total_due, Some(dec!(0)));
}

#[test]
fn an_invoice_not_yet_due_needs_no_rate() {
    // Due in 2027: the tables do not know its rate, and none is needed yet.
    let account = check_account(&one_invoice("2027-03-31", dec!(500), "GBP")).unwrap();
    let report = account_report(
        &account,
        &AccountTerms::new(Jurisdiction::Uk, true),
        d("2026-12-07"),
    )
    .unwrap();
    let invoice = &report.invoices[0];
    assert_eq!(invoice.status, InvoiceStatus::NotYetDue);
    assert_eq!(invoice.bucket, Some(AgingBucket::NotYetDue));
    assert_eq!(report.buckets[0].outstanding, dec!(500));
}

#[test]
fn the_largest_account_is_worked_out_quickly() {
    // 100 invoices and 500 part payments under § 367, every payment crossing several
    // invoices: a guard that the limits keep the report instant (well under a second
    // natively; the app runs it on every keystroke).
    let invoices: Vec<InvoiceInput> = (0..MAX_INVOICES)
        .map(|i| {
            let due = d("2024-07-31") + chrono::Days::new(u64::try_from(i).unwrap() * 7);
            InvoiceInput::new(&format!("R-{i}"), due, dec!(1000), "EUR")
        })
        .collect();
    let payments: Vec<PaymentInput> = (0..MAX_PAYMENTS_RECEIVED)
        .map(|k| {
            let date = d("2024-09-01") + chrono::Days::new(u64::try_from(k).unwrap());
            PaymentInput::on_account(date, dec!(199.99))
        })
        .collect();
    let account = check_account(&AccountInput { invoices, payments }).unwrap();
    let mut terms = AccountTerms::new(Jurisdiction::De, true);
    terms.allocation = AllocationRule::StatutoryOrder;
    let started = std::time::Instant::now();
    let report = account_report(&account, &terms, d("2026-06-30")).unwrap();
    let took = started.elapsed();
    assert_eq!(report.payments.len(), MAX_PAYMENTS_RECEIVED);
    assert!(
        report.totals.paid_interest > Decimal::ZERO && report.totals.paid_costs > Decimal::ZERO
    );
    assert!(report.payments.iter().any(|p| p.applied.len() > 1));
    assert!(took.as_secs() < 5, "took {took:?}");
}

/// The report on `today` of one invoice under `jurisdiction`, claiming the statutory sums.
fn one_invoice_report(
    due: &str,
    amount: Decimal,
    currency: &str,
    jurisdiction: Jurisdiction,
    today: &str,
) -> AccountReport {
    let account = check_account(&one_invoice(due, amount, currency)).unwrap();
    account_report(&account, &AccountTerms::new(jurisdiction, true), d(today)).unwrap()
}

#[test]
fn the_latest_rate_is_the_one_in_force_today_and_letters_state_it() {
    // €12,345.67 due Sunday 30 November 2025 under German law, looked at on 30 October
    // 2026: interest from 1 December 2025 at the Basiszinssatz + 9 of each half-year,
    // 1.27 % then 1.52 % from 1 July 2026 (Bundesbank).
    let report = one_invoice_report(
        "2025-11-30",
        dec!(12345.67),
        "EUR",
        Jurisdiction::De,
        "2026-10-30",
    );
    let invoice = &report.invoices[0];
    assert_eq!(invoice.annual_rate, Some(dec!(10.27)));
    assert_eq!(invoice.latest_rate, Some(dec!(10.52)));
    // 107.68 + 628.74 + 434.11, as in the e2e law test.
    assert_eq!(invoice.interest, dec!(1170.53));
    let details = crate::message::StatutoryDetails::from_account(&report, true).unwrap();
    assert_eq!(details.rate, dec!(10.52));

    // UK law fixes the rate for the life of the debt: both are the same.
    let report = one_invoice_report(
        "2025-11-30",
        dec!(4800),
        "GBP",
        Jurisdiction::Uk,
        "2026-10-30",
    );
    let invoice = &report.invoices[0];
    assert_eq!(invoice.latest_rate, invoice.annual_rate);
    assert!(invoice.latest_rate.is_some());

    // Never late: neither.
    let report = one_invoice_report(
        "2026-12-31",
        dec!(100),
        "EUR",
        Jurisdiction::De,
        "2026-10-30",
    );
    assert_eq!(report.invoices[0].latest_rate, None);
}
