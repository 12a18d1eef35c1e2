//! The discount analysis, written out: recommendation first, then the figures behind it.

use leptos::prelude::*;
use rust_decimal::Decimal;
use tactful_engine::amount::{format_amount, NumberLocale};
use tactful_engine::currency::{currency, Currency};
use tactful_engine::discount::{
    BreakEven, CapitalComparison, DiscountAnalysis, DiscountField, DiscountInput, MarginErosion,
    Recommendation,
};

use tactful_engine::message::{TemplateId, ToneVariant};

use super::chart::SensitivityChart;
use super::state::{DiscountState, Problem};
use crate::context::{use_i18n, use_invoice, I18n};
use crate::i18n::Msg;
use tactful_engine::dates::DateParseError;

/// Formats percentages and amounts of one analysis in one language.
#[derive(Clone, Copy)]
pub(super) struct Numbers {
    pub locale: NumberLocale,
    pub currency: &'static Currency,
}

impl Numbers {
    /// A percentage with up to `decimals` decimals, trailing zeros dropped: `2`, `37.24`.
    pub fn pct(self, value: Decimal, decimals: u32) -> String {
        crate::format::plain_number(value, decimals, self.locale)
    }

    /// An amount in the invoice currency: `£4,800.00`.
    pub fn money(self, value: Decimal) -> String {
        format_amount(value, self.currency, self.locale)
    }
}

/// The results panel.
#[component]
pub fn DiscountResults() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<DiscountState>();
    let invoice = use_invoice();
    let body = move || {
        state.outcome().with(|outcome| match &outcome.analysis {
            Some((input, analysis)) => {
                let numbers = Numbers {
                    locale: i18n.lang.get().number_locale(),
                    currency: currency(&analysis.currency).unwrap_or_else(|_| {
                        invoice
                            .parsed
                            .with(|p| p.as_ref().ok().map(|i| i.currency))
                            .unwrap_or(&tactful_engine::currency::all_currencies()[0])
                    }),
                };
                let deadline = outcome
                    .deadline
                    .map(|d| crate::format::long_date(i18n.lang.get(), d));
                analysis_view(i18n, input, analysis, numbers, deadline, outcome.days_late)
                    .into_any()
            }
            None if !outcome.invoice_ready => {
                view! { <p class="notice needs-invoice">{i18n.t(Msg::DiscountNeedsInvoice)}</p> }
                    .into_any()
            }
            // The deadline date is still empty (a field that shows nothing before it is
            // touched): say what is missing rather than point at highlighted fields.
            None if matches!(
                outcome.problem(DiscountField::PayWithinDays),
                Some(Problem::Date(DateParseError::Empty))
            ) =>
            {
                view! { <p class="notice">{i18n.t(Msg::DiscountNeedsPayByDate)}</p> }.into_any()
            }
            None => view! { <p class="notice">{i18n.t(Msg::DiscountFixFields)}</p> }.into_any(),
        })
    };
    view! {
        <section class="results" aria-labelledby="discount-results-title" aria-live="polite">
            <h3 id="discount-results-title">{move || i18n.t(Msg::DiscountResultsTitle)}</h3>
            {body}
        </section>
    }
}

fn analysis_view(
    i18n: I18n,
    input: &DiscountInput,
    a: &DiscountAnalysis,
    n: Numbers,
    deadline: Option<String>,
    days_late: Option<i64>,
) -> impl IntoView {
    // A late invoice: the yearly cost is measured to the expected payment (say so).
    let late_note = days_late.map(|days| {
        i18n.t_with(
            Msg::DiscountLateNote,
            &[
                ("days", &days.to_string()),
                ("expected", &input.expected_days_to_payment.to_string()),
            ],
        )
    });
    // The note one click away (a disclosure button; printed open).
    let late_open = RwSignal::new(false);
    let pct = n.pct(a.discount_pct, 2);
    let recommendation = match &a.recommendation {
        Recommendation::Offer { gain } => i18n.t_with(
            Msg::RecommendOffer,
            &[("pct", &pct), ("gain", &n.money(*gain))],
        ),
        Recommendation::OfferSmaller {
            max_percent,
            max_amount,
        } => i18n.t_with(
            Msg::RecommendOfferSmaller,
            &[
                ("pct", &pct),
                ("max", &n.pct(*max_percent, 1)),
                ("amount", &n.money(*max_amount)),
            ],
        ),
        Recommendation::DoNotOffer => i18n.t(Msg::RecommendDoNotOffer).to_owned(),
    };
    let recommendation_kind = match a.recommendation {
        Recommendation::Offer { .. } => "offer",
        Recommendation::OfferSmaller { .. } => "offer-smaller",
        Recommendation::DoNotOffer => "do-not-offer",
    };
    let relationship = a.relationship.flagged.then(|| {
        let sentence = if a.relationship.worth_more_than_invoice {
            i18n.t_with(
                Msg::RelationshipWorthMore,
                &[("profit", &n.money(input.yearly_client_profit))],
            )
        } else {
            i18n.t_with(
                Msg::RelationshipLossExceeds,
                &[
                    ("loss", &n.money(a.relationship.expected_loss)),
                    ("discount", &n.money(a.discount_amount)),
                ],
            )
        };
        view! { <p class="relationship" data-testid="relationship">{sentence}</p> }
    });

    let offer_text = i18n.t_with(
        Msg::ResultDiscountText,
        &[
            ("pct", &pct),
            ("discount", &n.money(a.discount_amount)),
            ("net", &n.money(a.net_received)),
            ("days", &input.pay_within_days.to_string()),
        ],
    );
    let deadline = deadline.map(|date| {
        let text = i18n.t_with(Msg::ResultDeadlineText, &[("date", &date)]);
        view! { " "<span data-testid="deadline">{text}</span> }
    });
    let annualised = match (a.annualised_cost.simple_pct, a.annualised_cost.compound_pct) {
        (Some(simple), Some(compound)) => i18n.t_with(
            Msg::ResultAnnualisedText,
            &[
                ("simple", &n.pct(simple, 2)),
                ("compound", &n.pct(compound, 2)),
            ],
        ),
        _ => i18n.t(Msg::ResultAnnualisedHuge).to_owned(),
    };
    let capital_msg = match a.versus_capital {
        CapitalComparison::CheaperThanCapital => Msg::CapitalCheaper,
        CapitalComparison::AboutEqual => Msg::CapitalAboutEqual,
        CapitalComparison::DearerThanCapital => Msg::CapitalDearer,
    };
    let capital = i18n.t_with(
        capital_msg,
        &[("capital", &n.pct(input.cost_of_capital_pct, 2))],
    );
    let margin = match &a.margin_erosion {
        MarginErosion::NoProfitToErode => i18n.t(Msg::MarginNone).to_owned(),
        MarginErosion::Share {
            share_pct,
            exceeds_profit: false,
        } => i18n.t_with(Msg::MarginShare, &[("share", &n.pct(*share_pct, 1))]),
        MarginErosion::Share {
            share_pct,
            exceeds_profit: true,
        } => i18n.t_with(Msg::MarginExceeds, &[("share", &n.pct(*share_pct, 1))]),
    };
    let break_even = match &a.break_even {
        BreakEven::UpTo { percent, amount } => i18n.t_with(
            Msg::BreakEvenUpTo,
            &[("pct", &n.pct(*percent, 2)), ("amount", &n.money(*amount))],
        ),
        BreakEven::NoDiscountWorthOffering => i18n.t(Msg::BreakEvenNone).to_owned(),
        BreakEven::AnyDiscount => i18n.t(Msg::BreakEvenAny).to_owned(),
    };
    let keep_margin = i18n.t_with(
        Msg::KeepMarginText,
        &[
            ("keep", &n.pct(a.keep_margin.keep_share_pct, 1)),
            ("pct", &n.pct(a.keep_margin.percent, 2)),
            ("amount", &n.money(a.keep_margin.amount)),
        ],
    );
    let w = &a.waiting;
    let rows: Vec<(Msg, Decimal, bool)> = vec![
        (Msg::WaitFullPayment, w.full_payment_pv, false),
        (Msg::WaitStatutory, w.statutory_claim_pv, false),
        (Msg::WaitRecovery, w.recovery_pv, false),
        (Msg::WaitStaff, w.staff_cost, true),
        (Msg::WaitAgency, w.agency_cost, true),
        (Msg::WaitLegal, w.legal_cost, true),
        (Msg::WaitRelationship, w.relationship_loss, true),
    ];
    let breakdown = rows
        .into_iter()
        .map(|(label, value, cost)| {
            let shown = if cost { n.money(-value) } else { n.money(value) };
            view! { <tr class="breakdown"><th scope="row">{i18n.t(label)}</th><td>{shown}</td></tr> }
        })
        .collect_view();

    view! {
        <p class=format!("recommendation {recommendation_kind}") data-testid="recommendation">{recommendation}</p>
        {relationship}
        <dl class="figures discount-figures">
            <div><dt>{i18n.t(Msg::ResultDiscountTitle)}</dt><dd><span data-testid="offer">{offer_text}</span>{deadline}</dd></div>
            <div><dt>{i18n.t(Msg::ResultAnnualisedTitle)}</dt><dd><span data-testid="annualised">{annualised}" "{capital}
                {late_note.map(|note| view! { <span class="late-note" id="late-note" data-testid="late-note" hidden=move || !late_open.get()>" "{note}</span> })}</span>
                {days_late.map(|_| view! {
                    " "<button type="button" class="late-note-toggle" aria-controls="late-note" aria-expanded=move || late_open.get().to_string()
                        on:click=move |_| late_open.update(|open| *open = !*open)>{i18n.t(Msg::DiscountLateMore)}</button>
                })}</dd></div>
            <div><dt>{i18n.t(Msg::ResultMarginTitle)}</dt><dd data-testid="margin">{margin}</dd></div>
            <div><dt>{i18n.t(Msg::ResultBreakEvenTitle)}</dt><dd data-testid="break-even">{break_even}" "{keep_margin}</dd></div>
        </dl>
        // The two values and their difference (what waiting is made of one click away), and
        // the chart: side by side where there is room.
        <div class="discount-numbers">
        <div class="discount-comparison">
        <table class="compare discount-compare">
            <caption>{i18n.t(Msg::CompareTitle)}</caption>
            <thead><tr>
                <th scope="col"><span class="visually-hidden">{i18n.t(Msg::CompareItem)}</span></th>
                <th scope="col"><span class="visually-hidden">{i18n.t(Msg::CompareValue)}</span></th>
            </tr></thead>
            <tbody>
                <tr class="total"><th scope="row">{i18n.t(Msg::CompareOfferRow)}</th><td data-testid="offer-value">{n.money(a.offer_value)}</td></tr>
                <tr class="total"><th scope="row">{i18n.t(Msg::CompareWaitingRow)}</th><td data-testid="waiting-value">{n.money(w.total)}</td></tr>
                <tr class="total difference"><th scope="row">{i18n.t(Msg::CompareDifferenceRow)}</th><td data-testid="difference">{n.money(a.net_value_of_offer)}</td></tr>
            </tbody>
        </table>
        <details class="waiting-parts">
            <summary>{i18n.t(Msg::CompareWaitingParts)}</summary>
            <table class="compare discount-compare" aria-label=i18n.t(Msg::CompareWaitingParts)>
                <tbody>
                    {breakdown}
                    <tr class="total"><th scope="row">{i18n.t(Msg::CompareWaitingRow)}</th><td>{n.money(w.total)}</td></tr>
                </tbody>
            </table>
        </details>
        </div>
        <SensitivityChart analysis=a.clone() numbers=n />
        </div>
        {crate::context::composer_shown().then(|| view! {
            <p class="actions">
                <a class="button" href="#/message" data-testid="write-offer" on:click=move |_| {
                    expect_context::<crate::views::message::state::MessageState>()
                        .open(TemplateId::SettlementOffer, ToneVariant::Warm);
                }>{i18n.t(Msg::WriteThisOffer)}</a>
            </p>
        })}
    }
}
