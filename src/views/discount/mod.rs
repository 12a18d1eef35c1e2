//! The early-settlement discount analyzer (`#/discount`): "should I offer 3% off if they
//! pay this week?" The form is on the left of the results; every figure comes from
//! `tactful_engine::discount::analyze`.

mod chart;
mod results;
pub mod state;

use leptos::prelude::*;
use tactful_engine::amount::format_amount;
use tactful_engine::currency::currency;
use tactful_engine::discount::{DiscountField, YearBasis};
use tactful_engine::statutory::ClaimNote;

use super::ToolHeader;
use crate::context::{use_i18n, FieldState, I18n, Today};
use crate::error_text::discount_problem;
use crate::field::{label_of, labelled, values_line, Choice, Control, Field, Section};
use crate::format::long_date;
use crate::i18n::Msg;
use crate::route::Route;
use crate::views::law::FixedSum;
use state::{DeadlineKind, DiscountState, FeeKind, OfferKind, StatutoryMode};

/// The year bases and the ways to count the statutory claim, as their radio buttons and
/// their sections' summary lines name them.
const YEAR_BASES: &[(YearBasis, Msg)] = &[
    (YearBasis::Days365, Msg::YearBasis365),
    (YearBasis::Days360, Msg::YearBasis360),
];
const STATUTORY_MODES: &[(StatutoryMode, Msg)] = &[
    (StatutoryMode::Compute, Msg::StatutoryModeCompute),
    (StatutoryMode::Typed, Msg::StatutoryModeTyped),
    (StatutoryMode::NoClaim, Msg::StatutoryModeNone),
];

/// The early-settlement discount view.
#[component]
pub fn DiscountView() -> impl IntoView {
    let state = expect_context::<DiscountState>();
    let form = state.form;
    let i18n = use_i18n();
    let error_of = move |which: DiscountField| {
        Signal::derive(move || {
            state.outcome().with(|o| {
                o.problem(which)
                    .map(|p| discount_problem(i18n.lang.get(), p))
            })
        })
    };
    // Whether a field of a collapsed section has a problem.
    let problem_in = move |fields: &'static [DiscountField]| {
        Signal::derive(move || {
            state
                .outcome()
                .with(|o| fields.iter().any(|f| o.problem(*f).is_some()))
        })
    };
    // A field wired to its problem in the derived outcome.
    let field =
        move |id: &'static str, label: Msg, hint: Msg, value: FieldState, which: DiscountField| {
            let error = error_of(which);
            view! {
                <Field id=id label=label hint=hint state=value error=error
                    control=Control::Text { inputmode: "decimal" } />
            }
        };

    view! {
        <section class="panel tool" aria-labelledby="tool-title" data-view="discount">
            <ToolHeader route=Route::Discount />
            <div class="tool-grid">
                <results::DiscountResults />
                <form class="tool-form" novalidate on:submit=|ev| ev.prevent_default()>
                    // Two pairs side by side where there is room: how the discount is given
                    // and its figure, how the deadline is given and its value.
                    <fieldset class="group essentials discount-essentials">
                        <legend>{move || i18n.t(Msg::DiscountOfferLegend)}</legend>
                        <div class="pair">
                            <Choice name="offer-kind" legend=Msg::DiscountKindLabel value=form.offer_kind
                                options=vec![(OfferKind::Percent, Msg::DiscountKindPercent), (OfferKind::Amount, Msg::DiscountKindAmount)] />
                            {move || match form.offer_kind.get() {
                                OfferKind::Percent => field("discount-percent", Msg::FieldDiscountPercent, Msg::HintDiscount,
                                    form.discount_percent, DiscountField::DiscountPercent).into_any(),
                                OfferKind::Amount => field("discount-amount", Msg::FieldDiscountAmount, Msg::HintDiscount,
                                    form.discount_amount, DiscountField::DiscountAmount).into_any(),
                            }}
                        </div>
                        <div class="pair">
                            <Choice name="deadline-kind" legend=Msg::DeadlineKindLabel value=form.deadline_kind
                                options=vec![(DeadlineKind::Days, Msg::DeadlineKindDays), (DeadlineKind::Date, Msg::DeadlineKindDate)] />
                            {move || match form.deadline_kind.get() {
                                DeadlineKind::Days => field("pay-within", Msg::FieldPayWithinDays, Msg::HintPayWithinDays,
                                    form.pay_within_days, DiscountField::PayWithinDays).into_any(),
                                DeadlineKind::Date => view! {
                                    <Field id="pay-by-date" label=Msg::FieldPayByDate hint=Msg::HintPayByDate state=form.pay_by_date
                                        error=error_of(DiscountField::PayWithinDays) control=Control::Date />
                                    <p class="hint derived" data-testid="pay-by-days">{move || derived_days(i18n, state)}</p>
                                }.into_any(),
                            }}
                        </div>
                    </fieldset>
                    <Section id="discount-terms" title=Msg::DiscountTermsLegend problem=problem_in(&[DiscountField::NetDays])
                        values=Box::new(move || {
                            let basis = label_of(YEAR_BASES, &form.year_basis.get()).map_or("", |m| i18n.t(m));
                            let days = values_line(i18n, &[(Msg::FieldNetDays, form.net_days)]);
                            let basis = labelled(i18n.t(Msg::YearBasisLabel), basis);
                            if days.is_empty() { basis } else { format!("{days} · {basis}") }
                        })>
                        {field("net-days", Msg::FieldNetDays, Msg::HintNetDays, form.net_days, DiscountField::NetDays)}
                        <Choice name="year-basis" legend=Msg::YearBasisLabel value=form.year_basis
                            options=YEAR_BASES.to_vec() />
                    </Section>
                    <Section id="discount-margin" title=Msg::MarginLegend problem=problem_in(&[DiscountField::GrossMarginPct, DiscountField::KeepMarginSharePct])
                        values=Box::new(move || values_line(i18n, &[(Msg::FieldGrossMargin, form.gross_margin), (Msg::FieldKeepMargin, form.keep_margin)]))>
                        {field("gross-margin", Msg::FieldGrossMargin, Msg::HintGrossMargin, form.gross_margin, DiscountField::GrossMarginPct)}
                        {field("keep-margin", Msg::FieldKeepMargin, Msg::HintKeepMargin, form.keep_margin, DiscountField::KeepMarginSharePct)}
                    </Section>
                    <Section id="discount-waiting" title=Msg::WaitingLegend problem=problem_in(&[DiscountField::ExpectedDaysToPayment, DiscountField::UnpaidProbabilityPct, DiscountField::RecoveryRatePct, DiscountField::RecoveryDelayDays])
                        values=Box::new(move || values_line(i18n, &[(Msg::FieldExpectedDays, form.expected_days), (Msg::FieldUnpaidProbability, form.unpaid_probability), (Msg::FieldRecoveryRate, form.recovery_rate), (Msg::FieldRecoveryDelay, form.recovery_delay)]))>
                        {field("expected-days", Msg::FieldExpectedDays, Msg::HintExpectedDays, form.expected_days, DiscountField::ExpectedDaysToPayment)}
                        {field("unpaid-probability", Msg::FieldUnpaidProbability, Msg::HintUnpaidProbability, form.unpaid_probability, DiscountField::UnpaidProbabilityPct)}
                        {field("recovery-rate", Msg::FieldRecoveryRate, Msg::HintRecoveryRate, form.recovery_rate, DiscountField::RecoveryRatePct)}
                        {field("recovery-delay", Msg::FieldRecoveryDelay, Msg::HintRecoveryDelay, form.recovery_delay, DiscountField::RecoveryDelayDays)}
                    </Section>
                    <Section id="discount-relationship" title=Msg::RelationshipLegend problem=problem_in(&[DiscountField::YearlyClientProfit, DiscountField::ChurnProbabilityPct])
                        values=Box::new(move || values_line(i18n, &[(Msg::FieldYearlyProfit, form.yearly_profit), (Msg::FieldChurn, form.churn)]))>
                        {field("yearly-profit", Msg::FieldYearlyProfit, Msg::HintYearlyProfit, form.yearly_profit, DiscountField::YearlyClientProfit)}
                        {field("churn", Msg::FieldChurn, Msg::HintChurn, form.churn, DiscountField::ChurnProbabilityPct)}
                    </Section>
                    <Section id="discount-costs" title=Msg::CostsLegend problem=problem_in(&[DiscountField::CostOfCapitalPct, DiscountField::ChasingHours,
                            DiscountField::HourlyCost, DiscountField::AgencyProbabilityPct, DiscountField::AgencyContingencyPct, DiscountField::AgencyFlatFee,
                            DiscountField::LegalProbabilityPct, DiscountField::LegalCosts, DiscountField::StatutoryClaim])
                        values=Box::new(move || {
                            let figures = values_line(i18n, &[(Msg::FieldCostOfCapital, form.cost_of_capital), (Msg::FieldChasingHours, form.chasing_hours),
                                (Msg::FieldHourlyCost, form.hourly_cost), (Msg::FieldAgencyProbability, form.agency_probability),
                                (Msg::FieldLegalProbability, form.legal_probability), (Msg::FieldLegalCosts, form.legal_costs)]);
                            let mode = label_of(STATUTORY_MODES, &form.statutory_mode.get()).map_or("", |m| i18n.t(m));
                            let mode = labelled(i18n.t(Msg::StatutoryModeLabel), mode);
                            if figures.is_empty() { mode } else { format!("{figures} · {mode}") }
                        })>
                        {field("cost-of-capital", Msg::FieldCostOfCapital, Msg::HintCostOfCapital, form.cost_of_capital, DiscountField::CostOfCapitalPct)}
                        {field("chasing-hours", Msg::FieldChasingHours, Msg::HintChasingHours, form.chasing_hours, DiscountField::ChasingHours)}
                        {field("hourly-cost", Msg::FieldHourlyCost, Msg::HintHourlyCost, form.hourly_cost, DiscountField::HourlyCost)}
                        {field("agency-probability", Msg::FieldAgencyProbability, Msg::HintAgencyProbability, form.agency_probability, DiscountField::AgencyProbabilityPct)}
                        <Choice name="fee-kind" legend=Msg::AgencyFeeKindLabel value=form.fee_kind
                            options=vec![(FeeKind::Contingency, Msg::AgencyFeeContingency), (FeeKind::Flat, Msg::AgencyFeeFlat)] />
                        {move || match form.fee_kind.get() {
                            FeeKind::Contingency => field("agency-contingency", Msg::FieldAgencyContingency, Msg::HintAgencyFee,
                                form.agency_contingency, DiscountField::AgencyContingencyPct).into_any(),
                            FeeKind::Flat => field("agency-flat-fee", Msg::FieldAgencyFlatFee, Msg::HintAgencyFee,
                                form.agency_flat_fee, DiscountField::AgencyFlatFee).into_any(),
                        }}
                        {field("legal-probability", Msg::FieldLegalProbability, Msg::HintLegalProbability, form.legal_probability, DiscountField::LegalProbabilityPct)}
                        {field("legal-costs", Msg::FieldLegalCosts, Msg::HintLegalCosts, form.legal_costs, DiscountField::LegalCosts)}
                        <Choice name="statutory-mode" legend=Msg::StatutoryModeLabel value=form.statutory_mode
                            options=STATUTORY_MODES.to_vec() />
                        {move || match form.statutory_mode.get() {
                            StatutoryMode::Typed => field("statutory-claim", Msg::FieldStatutoryClaim, Msg::HintStatutoryClaim,
                                form.statutory_claim, DiscountField::StatutoryClaim).into_any(),
                            StatutoryMode::Compute => statutory_computed(i18n, state, error_of(DiscountField::StatutoryClaim)).into_any(),
                            StatutoryMode::NoClaim => ().into_any(),
                        }}
                        <p class="hint">{move || i18n.t(Msg::StatutoryChoiceNote)}</p>
                    </Section>
                </form>
            </div>
        </section>
    }
}

/// "That is 7 days from today." under the deadline date, once it is usable.
fn derived_days(i18n: I18n, state: DiscountState) -> Option<String> {
    let Today(today) = expect_context::<Today>();
    state.outcome().with(|o| {
        let deadline = o
            .deadline
            .filter(|_| o.problem(DiscountField::PayWithinDays).is_none())?;
        let days = deadline.signed_duration_since(today).num_days();
        Some(i18n.t_with(Msg::PayByDaysDerived, &[("days", &days.to_string())]))
    })
}

/// "Compute it" for a client account: the claim invoice by invoice on the expected payment.
fn account_computed(i18n: I18n, report: &tactful_engine::account::AccountReport) -> String {
    let lang = i18n.lang.get();
    let locale = lang.number_locale();
    let totals = &report.totals;
    let comp_cur = currency(totals.compensation_currency).unwrap_or(report.currency);
    let money = |value| format_amount(value, report.currency, locale);
    let total = totals
        .statutory_total
        .unwrap_or(totals.interest_outstanding);
    let sum = FixedSum::of(totals.compensation_outstanding, totals.collection_costs);
    i18n.t_with(
        sum.msg(
            Msg::DiscountAccountComputed,
            Msg::DiscountAccountComputedCosts,
        ),
        &[
            (
                "rules",
                i18n.t(crate::views::law::law_msg(report.jurisdiction)),
            ),
            ("until", &long_date(lang, report.today)),
            ("interest", &money(totals.interest_outstanding)),
            (sum.key(), &format_amount(sum.amount(), comp_cur, locale)),
            ("total", &money(total)),
        ],
    )
}

/// "Compute it": the rules (the timeline's own choice, shared), the claim worked out by the
/// statutory-interest engine with its rate, days and amounts, or why it cannot be.
fn statutory_computed(
    i18n: I18n,
    state: DiscountState,
    error: Signal<Option<String>>,
) -> impl IntoView {
    let figures = move || {
        let lang = i18n.lang.get();
        let locale = lang.number_locale();
        state.outcome().with(|o| {
            if let Some(report) = &o.account_statutory {
                let mut text = account_computed(i18n, report);
                if let Some(assumed) = crate::views::law::rate_assumed(i18n, &o.assumed_rates) {
                    text.push(' ');
                    text.push_str(&assumed);
                }
                return Some(text);
            }
            let claim = o.statutory.as_ref()?;
            let cur = currency(&claim.currency).ok()?;
            let comp_cur = currency(&claim.compensation_currency).ok()?;
            let until = long_date(lang, claim.until);
            if claim.notes.contains(&ClaimNote::NotYetLate) {
                return Some(i18n.t_with(Msg::StatutoryNotLate, &[("until", &until)]));
            }
            let rules = crate::views::law::law_msg(claim.jurisdiction);
            let sum = FixedSum::of(claim.compensation, claim.collection_costs);
            let fixed = format_amount(sum.amount(), comp_cur, locale);
            let mut text = i18n.t_with(
                sum.msg(Msg::StatutoryComputed, Msg::StatutoryComputedCosts),
                &[
                    ("rules", i18n.t(rules)),
                    // A claim across a 1 January or 1 July reset has more than one rate:
                    // their range ("10.27–10.52"), never the first alone.
                    ("rate", &rate_range(claim, locale)),
                    ("days", &claim.days.to_string()),
                    ("until", &until),
                    ("principal", &format_amount(claim.principal, cur, locale)),
                    ("interest", &format_amount(claim.interest, cur, locale)),
                    (sum.key(), &fixed),
                    ("total", &format_amount(claim.claimable(), cur, locale)),
                ],
            );
            if claim.compensation_currency_differs {
                text.push(' ');
                text.push_str(
                    &i18n.t_with(Msg::StatutoryOtherCurrency, &[("compensation", &fixed)]),
                );
            }
            // A half-year after today whose rate is not published yet: the engine carried
            // the latest known rate forward; say so, with the day it starts.
            if let Some(assumed) = crate::views::law::rate_assumed(i18n, &o.assumed_rates) {
                text.push(' ');
                text.push_str(&assumed);
            }
            Some(text)
        })
    };
    view! {
        <crate::views::law::LawSelect id="discount-law" />
        <p class="hint">{move || i18n.t(Msg::DiscountRegimeShared)}</p>
        <p class="statutory-figures" data-testid="statutory-computed" aria-live="polite">{figures}</p>
        {move || state.outcome().with(|o| o.statutory.as_ref().map(|claim| view! {
            <details class="claim">
                <summary>{i18n.t(Msg::ClaimTitle)}</summary>
                {crate::views::law::claim_breakdown(i18n, claim, "discount-claim")}
            </details>
        }))}
        {move || state.outcome().with(|o| o.account_statutory.as_ref().map(|report| view! {
            <details class="claim">
                <summary>{i18n.t(Msg::AccountClaimTitle)}</summary>
                {crate::views::law::account_claim_breakdown(i18n, report, "discount-account-claim")}
            </details>
        }))}
        <p class="field-error" id="statutory-compute-error" aria-live="polite">{move || error.get()}</p>
    }
}

/// The statutory rate of `claim` as a sentence states it: one figure, or the lowest and
/// highest of its periods ("10.27–10.52") when a reset changed it.
fn rate_range(
    claim: &tactful_engine::statutory::StatutoryClaim,
    locale: tactful_engine::amount::NumberLocale,
) -> String {
    let rates = claim.periods.iter().map(|period| period.annual_rate);
    let low = rates.clone().min().unwrap_or(claim.annual_rate);
    let high = rates.max().unwrap_or(claim.annual_rate);
    let plain = |rate| crate::format::plain_number(rate, 4, locale);
    if low == high {
        plain(low)
    } else {
        format!("{}–{}", plain(low), plain(high))
    }
}
