//! The discount analyzer's inputs as typed text, and the analysis derived from them.
//!
//! Each field keeps exactly what the user typed; one `Memo` parses every field with the
//! engine's parsers, runs `tactful_engine::discount::analyze`, and collects every problem
//! next to the field it belongs to. Nothing here computes money.

use leptos::prelude::*;
use rust_decimal::Decimal;
use tactful_engine::amount::{
    parse_amount_or_zero, parse_number, AmountError, NumberError, NumberLocale,
};
use tactful_engine::currency::{currency, Currency};
use tactful_engine::discount::{
    analyze, AgencyFee, DiscountAnalysis, DiscountErrorKind, DiscountField, DiscountInput,
    DiscountOffer, YearBasis,
};

use crate::context::{FieldState, InvoiceState};
use crate::format::plain_number;
use crate::i18n::Lang;

/// Whether the discount is typed as a percentage or as an amount.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OfferKind {
    Percent,
    Amount,
}

/// Whether the agency charges a share of what it recovers or a flat fee.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FeeKind {
    Contingency,
    Flat,
}

/// Why a field's value cannot be used.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// A money field the amount parser refused.
    Amount(AmountError),
    /// A plain number the parser refused.
    Number(NumberError),
    /// Days must be a whole number.
    WholeDays,
    /// The engine's rule for this field (range, ordering between fields).
    Rule(DiscountErrorKind),
}

/// Every field of the discount form.
#[derive(Clone, Copy)]
pub struct DiscountForm {
    pub offer_kind: RwSignal<OfferKind>,
    pub discount_percent: FieldState,
    pub discount_amount: FieldState,
    pub pay_within_days: FieldState,
    pub net_days: FieldState,
    pub year_basis: RwSignal<YearBasis>,
    pub gross_margin: FieldState,
    pub keep_margin: FieldState,
    pub expected_days: FieldState,
    pub unpaid_probability: FieldState,
    pub recovery_rate: FieldState,
    pub recovery_delay: FieldState,
    pub yearly_profit: FieldState,
    pub churn: FieldState,
    pub cost_of_capital: FieldState,
    pub chasing_hours: FieldState,
    pub hourly_cost: FieldState,
    pub agency_probability: FieldState,
    pub fee_kind: RwSignal<FeeKind>,
    pub agency_contingency: FieldState,
    pub agency_flat_fee: FieldState,
    pub legal_probability: FieldState,
    pub legal_costs: FieldState,
    pub statutory_claim: FieldState,
}

/// The analysis, or what stops it.
#[derive(Clone, Debug, PartialEq)]
pub struct DiscountOutcome {
    /// Problems, each with the field to show it next to.
    pub problems: Vec<(DiscountField, Problem)>,
    /// The analysis and the input it was computed from, when the invoice and every field
    /// are usable.
    pub analysis: Option<(DiscountInput, DiscountAnalysis)>,
    /// False while the invoice itself (amount, currency, due date) is incomplete.
    pub invoice_ready: bool,
}

impl DiscountOutcome {
    /// The problem to show next to `field`, if any.
    pub fn problem(&self, field: DiscountField) -> Option<&Problem> {
        self.problems
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, p)| p)
    }
}

/// The form and its derived analysis, shared through context so the inputs survive a
/// switch to another tool and back.
#[derive(Clone, Copy)]
pub struct DiscountState {
    pub form: DiscountForm,
    pub outcome: Memo<DiscountOutcome>,
}

impl DiscountState {
    /// A form holding the engine's documented defaults (`DiscountInput::example`), written in
    /// the conventions of the language in use when the app starts.
    pub fn new(lang: RwSignal<Lang>, invoice: InvoiceState) -> Self {
        let defaults = DiscountInput::example(Decimal::ONE_HUNDRED, "GBP");
        let locale = lang.get_untracked().number_locale();
        let text = |value: Decimal| FieldState::new(&plain_number(value, 28, locale));
        let (contingency, flat) = match defaults.agency_fee {
            AgencyFee::ContingencyPercent(p) => (p, Decimal::ZERO),
            AgencyFee::Flat(f) => (Decimal::ZERO, f),
        };
        let (percent, amount) = match defaults.offer {
            DiscountOffer::Percent(p) => (p, Decimal::ZERO),
            DiscountOffer::Amount(a) => (Decimal::ZERO, a),
        };
        let form = DiscountForm {
            offer_kind: RwSignal::new(OfferKind::Percent),
            discount_percent: text(percent),
            discount_amount: text(amount),
            pay_within_days: text(defaults.pay_within_days.into()),
            net_days: text(defaults.net_days.into()),
            year_basis: RwSignal::new(defaults.year_basis),
            gross_margin: text(defaults.gross_margin_pct),
            keep_margin: text(defaults.keep_margin_share_pct),
            expected_days: text(defaults.expected_days_to_payment.into()),
            unpaid_probability: text(defaults.unpaid_probability_pct),
            recovery_rate: text(defaults.recovery_rate_pct),
            recovery_delay: text(defaults.recovery_delay_days.into()),
            yearly_profit: text(defaults.yearly_client_profit),
            churn: text(defaults.churn_probability_pct),
            cost_of_capital: text(defaults.cost_of_capital_pct),
            chasing_hours: text(defaults.chasing_hours),
            hourly_cost: text(defaults.hourly_cost),
            agency_probability: text(defaults.agency_probability_pct),
            fee_kind: RwSignal::new(FeeKind::Contingency),
            agency_contingency: text(contingency),
            agency_flat_fee: text(flat),
            legal_probability: text(defaults.legal_probability_pct),
            legal_costs: text(defaults.legal_costs),
            statutory_claim: text(defaults.statutory_claim),
        };
        let outcome = Memo::new(move |_| {
            let locale = lang.get().number_locale();
            let invoice = invoice.parsed.get().ok();
            let fallback_currency = invoice_currency_or_gbp(&invoice.as_ref().map(|i| i.currency));
            let mut reader = Reader {
                locale,
                currency: fallback_currency,
                problems: Vec::new(),
            };
            let input = read_input(&form, &mut reader, invoice.as_ref());
            let mut problems = reader.problems;
            // The engine's rules run even while some field is unreadable, so every problem
            // shows at once; a rule about a field that is already flagged is not repeated.
            let analysis = input.and_then(|input| match analyze(&input) {
                Ok(analysis) if problems.is_empty() => Some((input, analysis)),
                Ok(_) => None,
                Err(errors) => {
                    for error in errors {
                        if !problems.iter().any(|(field, _)| *field == error.field) {
                            problems.push((error.field, Problem::Rule(error.kind)));
                        }
                    }
                    None
                }
            });
            DiscountOutcome {
                problems,
                analysis,
                invoice_ready: invoice.is_some(),
            }
        });
        DiscountState { form, outcome }
    }
}

fn invoice_currency_or_gbp(currency_of_invoice: &Option<&'static Currency>) -> &'static Currency {
    match currency_of_invoice {
        Some(c) => c,
        None => currency("GBP").unwrap_or(&tactful_engine::currency::all_currencies()[0]),
    }
}

/// Parses fields one by one, remembering every problem.
struct Reader {
    locale: NumberLocale,
    currency: &'static Currency,
    problems: Vec<(DiscountField, Problem)>,
}

impl Reader {
    fn number(&mut self, state: FieldState, field: DiscountField) -> Decimal {
        match parse_number(&state.value.get(), self.locale) {
            Ok(value) => value,
            Err(e) => {
                self.problems.push((field, Problem::Number(e)));
                Decimal::ZERO
            }
        }
    }

    fn days(&mut self, state: FieldState, field: DiscountField) -> i64 {
        let value = self.number(state, field);
        if value.fract().is_zero() {
            i64::try_from(value.trunc()).unwrap_or(i64::MAX)
        } else {
            self.problems.push((field, Problem::WholeDays));
            0
        }
    }

    fn money(&mut self, state: FieldState, field: DiscountField) -> Decimal {
        match parse_amount_or_zero(&state.value.get(), self.currency, self.locale) {
            Ok(value) => value,
            Err(e) => {
                self.problems.push((field, Problem::Amount(e)));
                Decimal::ZERO
            }
        }
    }
}

fn read_input(
    form: &DiscountForm,
    r: &mut Reader,
    invoice: Option<&tactful_engine::invoice::Invoice>,
) -> Option<DiscountInput> {
    use DiscountField as F;
    let offer = match form.offer_kind.get() {
        OfferKind::Percent => {
            DiscountOffer::Percent(r.number(form.discount_percent, F::DiscountPercent))
        }
        OfferKind::Amount => {
            DiscountOffer::Amount(r.money(form.discount_amount, F::DiscountAmount))
        }
    };
    let agency_fee = match form.fee_kind.get() {
        FeeKind::Contingency => AgencyFee::ContingencyPercent(
            r.number(form.agency_contingency, F::AgencyContingencyPct),
        ),
        FeeKind::Flat => AgencyFee::Flat(r.money(form.agency_flat_fee, F::AgencyFlatFee)),
    };
    let input = DiscountInput {
        invoice_amount: invoice.map(|i| i.amount).unwrap_or_default(),
        currency: r.currency.code.to_owned(),
        gross_margin_pct: r.number(form.gross_margin, F::GrossMarginPct),
        offer,
        pay_within_days: r.days(form.pay_within_days, F::PayWithinDays),
        net_days: r.days(form.net_days, F::NetDays),
        year_basis: form.year_basis.get(),
        expected_days_to_payment: r.days(form.expected_days, F::ExpectedDaysToPayment),
        unpaid_probability_pct: r.number(form.unpaid_probability, F::UnpaidProbabilityPct),
        recovery_rate_pct: r.number(form.recovery_rate, F::RecoveryRatePct),
        recovery_delay_days: r.days(form.recovery_delay, F::RecoveryDelayDays),
        yearly_client_profit: r.money(form.yearly_profit, F::YearlyClientProfit),
        churn_probability_pct: r.number(form.churn, F::ChurnProbabilityPct),
        cost_of_capital_pct: r.number(form.cost_of_capital, F::CostOfCapitalPct),
        chasing_hours: r.number(form.chasing_hours, F::ChasingHours),
        hourly_cost: r.money(form.hourly_cost, F::HourlyCost),
        agency_probability_pct: r.number(form.agency_probability, F::AgencyProbabilityPct),
        agency_fee,
        legal_probability_pct: r.number(form.legal_probability, F::LegalProbabilityPct),
        legal_costs: r.money(form.legal_costs, F::LegalCosts),
        statutory_claim: r.money(form.statutory_claim, F::StatutoryClaim),
        keep_margin_share_pct: r.number(form.keep_margin, F::KeepMarginSharePct),
    };
    invoice.map(|_| input)
}
