//! Where the account stands: each invoice's status, days overdue, what the payments paid
//! on it (costs, interest, principal), its balance, statutory interest and compensation
//! under the case's law; the balances by how long they are overdue; the totals; where each
//! payment went.

use leptos::prelude::*;
use rust_decimal::Decimal;
use tactful_engine::account::{
    AccountField, AccountReport, AgingBucket, InvoiceStatus, PaymentAllocation,
};
use tactful_engine::amount::format_amount;
use tactful_engine::currency::{currency, Currency};

use crate::context::{use_i18n, AccountWorked, I18n};
use crate::error_text::account_error;
use crate::format::long_date;
use crate::i18n::Msg;
use crate::views::timeline::state::TimelineState;

/// The words of an invoice's status.
pub fn status_msg(status: InvoiceStatus) -> Msg {
    match status {
        InvoiceStatus::Paid => Msg::AccountStatusPaid,
        InvoiceStatus::PartPaid => Msg::AccountStatusPartPaid,
        InvoiceStatus::Open => Msg::AccountStatusOpen,
        InvoiceStatus::NotYetDue => Msg::AccountStatusNotYetDue,
    }
}

fn bucket_msg(bucket: AgingBucket) -> Msg {
    match bucket {
        AgingBucket::NotYetDue => Msg::AgingNotYetDue,
        AgingBucket::Days1To30 => Msg::Aging1To30,
        AgingBucket::Days31To60 => Msg::Aging31To60,
        AgingBucket::Days61To90 => Msg::Aging61To90,
        AgingBucket::Over90 => Msg::AgingOver90,
    }
}

/// The account's law and claim, and where it stands (or what is still wrong).
#[component]
pub fn Standing(worked: Memo<AccountWorked>) -> impl IntoView {
    let i18n = use_i18n();
    let claim = expect_context::<TimelineState>().form.claim;
    // Static text inside: it is drawn again as a whole when the account changes.
    let body = move || {
        let lang = i18n.lang.get();
        worked.with(|w| match &w.outcome.report {
            Some(report) => standing_view(i18n, report).into_any(),
            None => {
                // Problems at a field are shown there; the others here.
                let others = w
                    .outcome
                    .problems
                    .iter()
                    .filter(|p| {
                        !matches!(
                            p.field,
                            AccountField::Invoice { .. }
                                | AccountField::Payment { .. }
                                | AccountField::Invoices
                                | AccountField::Payments
                                | AccountField::Allocation
                        )
                    })
                    .map(|p| view! { <li>{account_error(lang, &p.error)}</li> })
                    .collect_view();
                view! {
                    <p class="notice">{i18n.t(Msg::AccountFix)}</p>
                    <ul class="warnings">{others}</ul>
                }
                .into_any()
            }
        })
    };
    view! {
        <section class="account-standing" aria-labelledby="account-standing-title">
            <h3 id="account-standing-title">{move || i18n.t(Msg::AccountStandingTitle)}</h3>
            <crate::views::law::LawSelect id="account-law" />
            <label class="choice-option">
                <input type="checkbox" id="account-claim-statutory" prop:checked=move || claim.get()
                    on:change=move |ev| claim.set(event_target_checked(&ev)) />
                {move || i18n.t(Msg::StatutoryClaimToggle)}
            </label>
            <div data-testid="account-standing">{body}</div>
        </section>
    }
}

/// Money in the account's currency and in the compensation's, for the interface language.
struct Money {
    locale: tactful_engine::amount::NumberLocale,
    account: &'static Currency,
    compensation: &'static Currency,
}

impl Money {
    fn of(i18n: I18n, report: &AccountReport) -> Money {
        Money {
            locale: i18n.lang.get().number_locale(),
            account: report.currency,
            compensation: currency(report.totals.compensation_currency).unwrap_or(report.currency),
        }
    }

    fn amount(&self, value: Decimal) -> String {
        format_amount(value, self.account, self.locale)
    }

    fn compensation(&self, value: Decimal) -> String {
        format_amount(value, self.compensation, self.locale)
    }
}

/// A table in a scrollable region that keyboard users can reach.
fn table(
    caption: String,
    test_id: &'static str,
    head: Vec<String>,
    rows: Vec<Vec<String>>,
    foot: Vec<String>,
) -> impl IntoView {
    // Each cell names its column (`data-label`): in a narrow column the rows become cards
    // (style.css, "Tables that fit").
    let labels: Vec<String> = head.iter().skip(1).cloned().collect();
    let head = head
        .into_iter()
        .map(|h| view! { <th scope="col" role="columnheader">{h}</th> })
        .collect_view();
    let row = |cells: Vec<String>| {
        let mut cells = cells.into_iter();
        let name = cells.next().unwrap_or_default();
        let rest = cells
            .zip(labels.iter().cloned())
            .map(|(c, label)| view! { <td role="cell" data-label=label>{c}</td> })
            .collect_view();
        view! { <tr role="row"><th scope="row" role="rowheader">{name}</th>{rest}</tr> }
    };
    let rows = rows.into_iter().map(row).collect_view();
    let foot = (!foot.is_empty()).then(|| view! { <tfoot role="rowgroup">{row(foot)}</tfoot> });
    let label = caption.clone();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=label>
            <table role="table" class=format!("{test_id} cards") data-testid=test_id>
                <caption>{caption}</caption>
                <thead role="rowgroup"><tr role="row">{head}</tr></thead>
                <tbody role="rowgroup">{rows}</tbody>
                {foot}
            </table>
        </div>
    }
}

/// Where the account stands: static text.
fn standing_view(i18n: I18n, report: &AccountReport) -> impl IntoView {
    let lang = i18n.lang.get();
    let t = |msg| i18n.t(msg).to_owned();
    let money = Money::of(i18n, report);
    let date = |d| long_date(lang, d);
    let totals = &report.totals;
    // Columns for what payments paid to costs and interest only when any did (the law's
    // order of allocation, Germany).
    let split = totals.paid_costs > Decimal::ZERO || totals.paid_interest > Decimal::ZERO;
    let mut head = vec![
        t(Msg::AccountColInvoice),
        t(Msg::AccountColDue),
        t(Msg::AccountColStatus),
        t(Msg::AccountColDays),
        t(Msg::AccountColAmount),
    ];
    if split {
        head.extend([t(Msg::AccountColPaidCosts), t(Msg::AccountColPaidInterest)]);
    }
    head.extend([
        t(Msg::AccountColPaid),
        t(Msg::AccountColBalance),
        t(Msg::AccountColInterest),
        t(Msg::AccountColCompensation),
    ]);
    let rows = report
        .invoices
        .iter()
        .map(|inv| {
            let mut cells = vec![
                inv.number.clone(),
                date(inv.due_date),
                t(status_msg(inv.status)),
                inv.days_overdue.to_string(),
                money.amount(inv.amount),
            ];
            if split {
                cells.extend([
                    money.amount(inv.paid_costs),
                    money.amount(inv.paid_interest),
                ]);
            }
            cells.extend([
                money.amount(inv.paid_principal),
                money.amount(inv.balance),
                money.amount(inv.interest),
                money.compensation(inv.compensation),
            ]);
            cells
        })
        .collect();
    let mut foot = vec![
        t(Msg::PlanTotalRow),
        String::new(),
        String::new(),
        String::new(),
        money.amount(totals.invoiced),
    ];
    if split {
        foot.extend([
            money.amount(totals.paid_costs),
            money.amount(totals.paid_interest),
        ]);
    }
    foot.extend([
        money.amount(totals.paid_principal),
        money.amount(totals.outstanding),
        money.amount(totals.interest),
        money.compensation(totals.compensation),
    ]);
    let caption = i18n.t_with(
        Msg::AccountStandingCaption,
        &[("date", &date(report.today))],
    );
    let invoices = table(caption, "account-invoices", head, rows, foot);

    let buckets = report
        .buckets
        .iter()
        .map(|b| {
            vec![
                t(bucket_msg(b.bucket)),
                b.invoices.to_string(),
                money.amount(b.outstanding),
            ]
        })
        .collect();
    let aging = table(
        t(Msg::AgingTitle),
        "account-aging",
        vec![
            t(Msg::AgingColAge),
            t(Msg::AgingColInvoices),
            t(Msg::AccountColBalance),
        ],
        buckets,
        Vec::new(),
    );

    let mut figures: Vec<(Msg, String)> = vec![
        (Msg::AccountTotalInvoiced, money.amount(totals.invoiced)),
        (Msg::AccountTotalPaid, money.amount(totals.paid)),
        (
            Msg::AccountTotalOutstanding,
            money.amount(totals.outstanding),
        ),
        (
            Msg::AccountTotalInterest,
            money.amount(totals.interest_outstanding),
        ),
        (
            Msg::AccountTotalCompensation,
            money.compensation(totals.compensation_outstanding),
        ),
    ];
    if !totals.collection_costs.is_zero() {
        figures.push((
            Msg::ClaimCostsRow,
            money.compensation(totals.collection_costs),
        ));
    }
    if totals.credit > Decimal::ZERO {
        figures.push((Msg::AccountTotalCredit, money.amount(totals.credit)));
    }
    if let Some(due) = totals.total_due {
        figures.push((Msg::AccountTotalDue, money.amount(due)));
    }
    let figures = figures
        .into_iter()
        .map(|(label, value)| view! { <div><dt>{i18n.t(label)}</dt><dd>{value}</dd></div> })
        .collect_view();
    let claim_note = (!totals.claimed)
        .then(|| view! { <p class="hint">{i18n.t(Msg::AccountNotClaimedNote)}</p> });
    let other_currency = totals.compensation_currency_differs.then(|| {
        view! { <p class="hint">{i18n.t_with(Msg::AccountCompensationCurrency, &[("currency", totals.compensation_currency)])}</p> }
    });
    let payments = report
        .payments
        .iter()
        .map(|p| view! { <li>{payment_sentence(i18n, &money, p)}</li> })
        .collect_view();
    let payments = (!report.payments.is_empty()).then(|| {
        view! {
            <h4>{i18n.t(Msg::AccountPaymentsApplied)}</h4>
            <ul class="applied" data-testid="account-payments-applied">{payments}</ul>
        }
    });
    view! {
        {invoices}
        <dl class="figures" data-testid="account-totals">{figures}</dl>
        {claim_note}
        {other_currency}
        {aging}
        {payments}
    }
}

/// Where one payment went: "£1,000.00 received on 20 November 2026, on account: INV-101
/// (£1,000.00 to the invoice amount)."
fn payment_sentence(i18n: I18n, money: &Money, payment: &PaymentAllocation) -> String {
    let lang = i18n.lang.get();
    let parts: Vec<String> = payment
        .applied
        .iter()
        .map(|a| {
            let mut pieces = Vec::new();
            if !a.costs.is_zero() {
                pieces.push(i18n.t_with(Msg::AppliedCosts, &[("amount", &money.amount(a.costs))]));
            }
            if !a.interest.is_zero() {
                pieces.push(i18n.t_with(
                    Msg::AppliedInterest,
                    &[("amount", &money.amount(a.interest))],
                ));
            }
            if !a.principal.is_zero() {
                pieces.push(i18n.t_with(
                    Msg::AppliedPrincipal,
                    &[("amount", &money.amount(a.principal))],
                ));
            }
            format!("{} ({})", a.number, pieces.join(", "))
        })
        .chain((!payment.credit.is_zero()).then(|| {
            i18n.t_with(
                Msg::AppliedCredit,
                &[("amount", &money.amount(payment.credit))],
            )
        }))
        .collect();
    let amount = money.amount(payment.amount);
    let date = long_date(lang, payment.date);
    let parts = parts.join("; ");
    match &payment.invoice {
        Some(named) => i18n.t_with(
            Msg::AccountPaymentApplied,
            &[
                ("amount", &amount),
                ("date", &date),
                ("named", named),
                ("parts", &parts),
            ],
        ),
        None => i18n.t_with(
            Msg::AccountPaymentAppliedOnAccount,
            &[("amount", &amount), ("date", &date), ("parts", &parts)],
        ),
    }
}
