//! The client account worked out: one `Memo` over the account's draft (the invoice panel's
//! invoice and the other lines, `InvoiceState::account_draft`) and the case's law (the
//! timeline's statutory choice and "I intend to claim it", shared by every tool), handed to
//! `tactful_engine::account::evaluate_account`. Nothing here parses or computes.
//!
//! The memo is made by the account's part (`views::account`), so the engine's account
//! code is fetched with it and not with the first load; the tools read it through
//! `InvoiceState::worked` and wait until it is there.

use leptos::prelude::*;
use tactful_engine::account::{evaluate_account, parse_account, AccountTerms, AllocationRule};
use tactful_engine::amount::NumberLocale;
use tactful_engine::statutory::ClaimOptions;
use tactful_engine::timeline::StatutoryFigures;

use crate::context::{AccountWorked, InvoiceState, Today};
use crate::i18n::Lang;
use crate::views::timeline::state::TimelineState;

/// The terms of the account's report: the law in force and its figures (as the timeline,
/// the discount analysis and the composer use them; a figure that cannot be read counts as
/// the built-in one, and the timeline flags it), whether it is claimed, and `allocation`.
/// Tracked.
pub fn terms(
    timeline: TimelineState,
    locale: NumberLocale,
    allocation: AllocationRule,
) -> AccountTerms {
    let choice = timeline.statutory_choice(locale);
    let figures = choice.figures.unwrap_or(StatutoryFigures {
        rate_override: None,
        eu_margin: None,
    });
    AccountTerms {
        jurisdiction: choice.jurisdiction,
        claim: timeline.form.claim.get(),
        allocation,
        options: ClaimOptions::default(),
        reference_rates: Vec::new(),
        reference_rate_override: figures.rate_override,
        eu_margin: figures.eu_margin,
    }
}

/// The account worked out on `today`, amounts read in the interface language's format:
/// made the first time (under the app's owner) and shared.
pub fn worked(
    invoice: InvoiceState,
    timeline: TimelineState,
    lang: RwSignal<Lang>,
    today: Today,
) -> Memo<AccountWorked> {
    let Today(today) = today;
    invoice.worked.get_or_make(|| {
        Memo::new(move |_| {
            let locale = lang.get().number_locale();
            let draft = invoice.account_draft();
            let allocation = invoice.account.with(|lines| lines.allocation);
            let terms = terms(timeline, locale, allocation);
            let outcome = evaluate_account(&draft, &terms, today, locale);
            let account = outcome
                .report
                .is_some()
                .then(|| parse_account(&draft, locale).ok())
                .flatten();
            AccountWorked {
                account,
                terms,
                outcome,
            }
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::account_lines::{InvoiceLine, PaymentLine};
    use crate::views::plan::state::PlanState;

    fn dec(text: &str) -> rust_decimal::Decimal {
        text.parse().unwrap_or_default()
    }

    #[test]
    fn the_account_is_worked_out_once_made_and_the_tools_see_it() {
        let owner = Owner::new();
        owner.with(|| {
            let lang = RwSignal::new(Lang::EnGb);
            let today = Today(chrono::NaiveDate::from_ymd_opt(2026, 12, 7).unwrap_or_default());
            let invoice = InvoiceState::new(lang);
            let plan = PlanState::new(lang, invoice, today);
            let timeline = TimelineState::new(lang, RwSignal::new(None), invoice, today, plan);
            let f = invoice.form;
            f.invoice_number.value.set("INV-101".into());
            f.amount.value.set("1,200".into());
            f.due_date.value.set("2026-09-30".into());
            invoice.account.update(|lines| {
                lines.invoices.push(InvoiceLine {
                    id: 0,
                    number: "INV-102".into(),
                    due_date: "2026-10-31".into(),
                    amount: "3,400".into(),
                    ..InvoiceLine::default()
                });
                lines.payments.push(PaymentLine {
                    id: 1,
                    date: "2026-11-20".into(),
                    amount: "1,000".into(),
                    invoice: String::new(),
                });
            });
            timeline.form.claim.set(true);
            // Before the account's part made it, the tools wait.
            assert!(untrack(|| invoice.debt(|r| r.plan_balance())).is_none());
            let memo = worked(invoice, timeline, lang, today);
            let report = untrack(|| memo.with(|w| w.outcome.report.clone())).expect("a report");
            // UK law (the currency): £70 + £70 and interest on each invoice's unpaid part.
            assert_eq!(report.totals.compensation, dec("140.00"));
            assert_eq!(report.principal_owed(), dec("3600.00"));
            let debt = untrack(|| invoice.debt(|r| r.principal_owed())).expect("a debt");
            assert_eq!(
                (debt.invoice_number.as_str(), debt.amount),
                ("INV-101, INV-102", dec("3600.00"))
            );
            let plan_debt = untrack(|| invoice.debt(|r| r.plan_balance())).expect("a debt");
            assert_eq!(plan_debt.amount, report.plan_balance());
            // A line that does not read: no report, every problem at its field.
            invoice
                .account
                .update(|lines| lines.invoices[0].number.clear());
            let problems = untrack(|| memo.with(|w| w.outcome.problems.clone()));
            assert_eq!(problems[0].field.key(), "invoices.1.number");
            assert!(untrack(|| invoice.debt(|r| r.plan_balance())).is_none());
        });
    }
}
