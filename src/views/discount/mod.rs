//! The early-settlement discount analyzer (`#/discount`): "should I offer 3% off if they
//! pay this week?" The form is on the left of the results; every figure comes from
//! `tactful_engine::discount::analyze`.

mod chart;
mod results;
pub mod state;

use leptos::prelude::*;
use tactful_engine::discount::{DiscountField, YearBasis};

use super::ToolHeader;
use crate::context::{use_i18n, FieldState};
use crate::error_text::discount_problem;
use crate::field::{Choice, Control, Field};
use crate::i18n::Msg;
use crate::route::Route;
use state::{DiscountState, FeeKind, OfferKind};

/// The early-settlement discount view.
#[component]
pub fn DiscountView() -> impl IntoView {
    let state = expect_context::<DiscountState>();
    let form = state.form;
    let i18n = use_i18n();
    // A field wired to its problem in the derived outcome.
    let field =
        move |id: &'static str, label: Msg, hint: Msg, value: FieldState, which: DiscountField| {
            let error = Signal::derive(move || {
                state.outcome.with(|o| {
                    o.problem(which)
                        .map(|p| discount_problem(i18n.lang.get(), p))
                })
            });
            view! {
                <Field id=id label=label hint=hint state=value error=error
                    control=Control::Text { inputmode: "decimal" } />
            }
        };

    view! {
        <section class="panel tool" aria-labelledby="tool-title" data-view="discount">
            <ToolHeader route=Route::Discount summary=Msg::ToolDiscountSummary />
            <div class="tool-grid">
                <form class="tool-form" novalidate on:submit=|ev| ev.prevent_default()>
                    <fieldset class="group">
                        <legend>{move || i18n.t(Msg::DiscountOfferLegend)}</legend>
                        <Choice name="offer-kind" legend=Msg::DiscountKindLabel value=form.offer_kind
                            options=vec![(OfferKind::Percent, Msg::DiscountKindPercent), (OfferKind::Amount, Msg::DiscountKindAmount)] />
                        {move || match form.offer_kind.get() {
                            OfferKind::Percent => field("discount-percent", Msg::FieldDiscountPercent, Msg::HintDiscount,
                                form.discount_percent, DiscountField::DiscountPercent).into_any(),
                            OfferKind::Amount => field("discount-amount", Msg::FieldDiscountAmount, Msg::HintDiscount,
                                form.discount_amount, DiscountField::DiscountAmount).into_any(),
                        }}
                        {field("pay-within", Msg::FieldPayWithinDays, Msg::HintPayWithinDays, form.pay_within_days, DiscountField::PayWithinDays)}
                        {field("net-days", Msg::FieldNetDays, Msg::HintNetDays, form.net_days, DiscountField::NetDays)}
                        <Choice name="year-basis" legend=Msg::YearBasisLabel value=form.year_basis
                            options=vec![(YearBasis::Days365, Msg::YearBasis365), (YearBasis::Days360, Msg::YearBasis360)] />
                    </fieldset>
                    <fieldset class="group">
                        <legend>{move || i18n.t(Msg::MarginLegend)}</legend>
                        {field("gross-margin", Msg::FieldGrossMargin, Msg::HintGrossMargin, form.gross_margin, DiscountField::GrossMarginPct)}
                        {field("keep-margin", Msg::FieldKeepMargin, Msg::HintKeepMargin, form.keep_margin, DiscountField::KeepMarginSharePct)}
                    </fieldset>
                    <fieldset class="group">
                        <legend>{move || i18n.t(Msg::WaitingLegend)}</legend>
                        {field("expected-days", Msg::FieldExpectedDays, Msg::HintExpectedDays, form.expected_days, DiscountField::ExpectedDaysToPayment)}
                        {field("unpaid-probability", Msg::FieldUnpaidProbability, Msg::HintUnpaidProbability, form.unpaid_probability, DiscountField::UnpaidProbabilityPct)}
                        {field("recovery-rate", Msg::FieldRecoveryRate, Msg::HintRecoveryRate, form.recovery_rate, DiscountField::RecoveryRatePct)}
                        {field("recovery-delay", Msg::FieldRecoveryDelay, Msg::HintRecoveryDelay, form.recovery_delay, DiscountField::RecoveryDelayDays)}
                    </fieldset>
                    <fieldset class="group">
                        <legend>{move || i18n.t(Msg::RelationshipLegend)}</legend>
                        {field("yearly-profit", Msg::FieldYearlyProfit, Msg::HintYearlyProfit, form.yearly_profit, DiscountField::YearlyClientProfit)}
                        {field("churn", Msg::FieldChurn, Msg::HintChurn, form.churn, DiscountField::ChurnProbabilityPct)}
                    </fieldset>
                    <fieldset class="group">
                        <legend>{move || i18n.t(Msg::CostsLegend)}</legend>
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
                        {field("statutory-claim", Msg::FieldStatutoryClaim, Msg::HintStatutoryClaim, form.statutory_claim, DiscountField::StatutoryClaim)}
                    </fieldset>
                </form>
                <results::DiscountResults />
            </div>
        </section>
    }
}
