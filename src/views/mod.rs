//! The four tool views, one file each, and what they share.

pub mod account;
pub mod discount;
pub mod law;
pub mod message;
pub mod plan;
pub mod timeline;
pub mod today;

use leptos::prelude::*;
use tactful_engine::amount::format_amount;
use tactful_engine::dates::days_overdue;

use crate::context::{use_i18n, use_invoice, I18n, InvoiceState, Today};
use crate::format::long_date;
use crate::i18n::Msg;
use crate::route::Route;

/// A public-holiday region's name for people.
pub fn region_msg(region: tactful_engine::holidays::HolidayRegion) -> Msg {
    use tactful_engine::holidays::HolidayRegion as R;
    match region {
        R::EnglandWales => Msg::RegionEnglandWales,
        R::Scotland => Msg::RegionScotland,
        R::NorthernIreland => Msg::RegionNorthernIreland,
        R::Ireland => Msg::RegionIreland,
        R::UnitedStates => Msg::RegionUnitedStates,
        R::Germany => Msg::RegionGermany,
        R::France => Msg::RegionFrance,
        R::Netherlands => Msg::RegionNetherlands,
        R::Spain => Msg::RegionSpain,
    }
}

/// The heading of a tool view, its one-paragraph purpose and the invoice it works on.
#[component]
pub fn ToolHeader(route: Route) -> impl IntoView {
    view! {
        <ToolTitle route=route />
        <InvoiceSummary />
    }
}

/// The heading of a tool view and its one-paragraph purpose: also the tool's placeholder
/// while its part loads (src/parts.rs), as index.html paints it on a first visit.
#[component]
pub fn ToolTitle(route: Route) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h2 id="tool-title" tabindex="-1">{move || i18n.t(route.title())}</h2>
        <p class="tool-summary">{move || i18n.t(route.summary())}</p>
    }
}

/// One sentence saying which invoice the tool is working on and where it stands today,
/// or what is still missing. Every tool shows it, so the invoice is never typed twice.
#[component]
pub fn InvoiceSummary() -> impl IntoView {
    let i18n = use_i18n();
    let invoice = use_invoice();
    let Today(today) = expect_context::<Today>();
    let sentence = move || {
        let lang = i18n.lang.get();
        if invoice.is_account() {
            return account_sentence(i18n, invoice, today);
        }
        invoice.parsed.with(|parsed| match parsed {
            Err(_) => i18n.t(Msg::InvoiceIncomplete).to_owned(),
            Ok(inv) => {
                let amount = format_amount(inv.amount, inv.currency, lang.number_locale());
                let client = if inv.client_business.is_empty() {
                    i18n.t(Msg::SummaryClientFallback).to_owned()
                } else {
                    inv.client_business.clone()
                };
                let number = if inv.invoice_number.is_empty() {
                    i18n.t(Msg::SummaryNoNumber).to_owned()
                } else {
                    inv.invoice_number.clone()
                };
                let due = long_date(lang, inv.due_date);
                let overdue = days_overdue(inv.due_date, today);
                let until_due = (inv.due_date - today).num_days();
                let (msg, days) = if overdue > 0 {
                    (Msg::SummaryOverdue, overdue)
                } else if until_due == 0 {
                    (Msg::SummaryDueToday, 0)
                } else {
                    (Msg::SummaryDueIn, until_due)
                };
                i18n.t_with(
                    msg,
                    &[
                        ("amount", &amount),
                        ("client", &client),
                        ("number", &number),
                        ("due", &due),
                        ("days", &days.to_string()),
                    ],
                )
            }
        })
    };
    view! {
        <p class="invoice-summary" data-testid="invoice-summary" aria-live="polite">{sentence}</p>
    }
}

/// What the tools work on when the case is a client account: how many invoices, what is
/// outstanding and since when; or what is still missing.
fn account_sentence(i18n: I18n, invoice: InvoiceState, today: chrono::NaiveDate) -> String {
    let Some(report) = invoice.account_report() else {
        return i18n.t(Msg::AccountIncomplete).to_owned();
    };
    let lang = i18n.lang.get();
    let client = invoice.form.client_business.value.get().trim().to_owned();
    let client = if client.is_empty() {
        i18n.t(Msg::SummaryClientFallback).to_owned()
    } else {
        client
    };
    let count = report.invoices.len().to_string();
    let balance = format_amount(
        report.principal_owed(),
        report.currency,
        lang.number_locale(),
    );
    match report.oldest_unpaid_due_date() {
        None => i18n.t_with(
            Msg::SummaryAccountPaid,
            &[("count", &count), ("client", &client)],
        ),
        Some(due) => {
            let overdue = days_overdue(due, today);
            let msg = if overdue > 0 {
                Msg::SummaryAccountOverdue
            } else {
                Msg::SummaryAccountNotDue
            };
            i18n.t_with(
                msg,
                &[
                    ("count", &count),
                    ("client", &client),
                    ("balance", &balance),
                    ("due", &long_date(lang, due)),
                    ("days", &overdue.to_string()),
                ],
            )
        }
    }
}

/// The honest placeholder of a tool still being built: it says what the tool will do and
/// shows no numbers it cannot compute yet.
#[component]
pub fn ComingNext() -> impl IntoView {
    let i18n = use_i18n();
    view! { <p class="coming-next">{move || i18n.t(Msg::ComingNext)}</p> }
}
