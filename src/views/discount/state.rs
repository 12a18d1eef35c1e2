//! The discount analyzer's inputs as typed text, and the analysis derived from them.
//!
//! Each field keeps exactly what the user typed; one `Memo` parses every field with the
//! engine's parsers, runs `tactful_engine::discount::analyze`, and collects every problem
//! next to the field it belongs to. Nothing here computes money.

use chrono::NaiveDate;
use leptos::prelude::*;
use rust_decimal::Decimal;
use tactful_engine::amount::{
    parse_amount_or_zero, parse_number, AmountError, NumberError, NumberLocale,
};
use tactful_engine::currency::{currency, Currency};
use tactful_engine::dates::{parse_date, DateParseError};
use tactful_engine::discount::{
    analyze, pay_within_days_until, AgencyFee, DeadlineError, DiscountAnalysis, DiscountErrorKind,
    DiscountField, DiscountInput, DiscountOffer, YearBasis, MAX_DAYS,
};
use tactful_engine::invoice::Invoice;
use tactful_engine::statutory::{statutory_claim, StatutoryClaim, StatutoryError};

use crate::context::{FieldState, InvoiceState, Lazy, Today};
use crate::format::plain_number;
use crate::i18n::Lang;
use crate::views::timeline::state::{statutory_input, TimelineState, UnreadableFigure};

/// Whether the discount is typed as a percentage or as an amount.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OfferKind {
    Percent,
    Amount,
}

/// Whether the discount deadline is typed as a number of days or as a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeadlineKind {
    Days,
    Date,
}

/// Where the statutory claim counted in the analysis comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StatutoryMode {
    /// Worked out by the statutory-interest engine with the timeline's rules.
    Compute,
    /// Typed by hand.
    Typed,
    /// Not claimed: counted as zero.
    NoClaim,
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
    /// A date the date parser refused (the discount deadline).
    Date(DateParseError),
    /// The deadline date is in the past or not before the end of the normal terms.
    Deadline(DeadlineError),
    /// "Compute it" while no statutory rules (UK or EU) are chosen.
    NoRegime,
    /// A statutory figure typed in the timeline (reference rate, EU margin) is not a number.
    TimelineFigure(UnreadableFigure),
    /// The statutory-interest engine cannot compute the claim.
    Statutory(StatutoryError),
}

/// Every field of the discount form.
#[derive(Clone, Copy)]
pub struct DiscountForm {
    pub offer_kind: RwSignal<OfferKind>,
    pub discount_percent: FieldState,
    pub discount_amount: FieldState,
    pub pay_within_days: FieldState,
    pub deadline_kind: RwSignal<DeadlineKind>,
    pub pay_by_date: FieldState,
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
    pub statutory_mode: RwSignal<StatutoryMode>,
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
    /// The last day to pay and get the discount (today + pay-within days), when readable.
    pub deadline: Option<NaiveDate>,
    /// The statutory claim worked out for "compute it", when it could be.
    pub statutory: Option<StatutoryClaim>,
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
    lang: RwSignal<Lang>,
    invoice: InvoiceState,
    today: Today,
    timeline: TimelineState,
    outcome: Lazy<Memo<DiscountOutcome>>,
}

impl DiscountState {
    /// A form holding the engine's documented defaults (`DiscountInput::example`), written in
    /// the conventions of `defaults_in`, the language the app starts in.
    pub fn new(
        lang: RwSignal<Lang>,
        defaults_in: NumberLocale,
        invoice: InvoiceState,
        today: Today,
        timeline: TimelineState,
    ) -> Self {
        let defaults = DiscountInput::example(Decimal::ONE_HUNDRED, "GBP");
        let locale = defaults_in;
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
            deadline_kind: RwSignal::new(DeadlineKind::Days),
            pay_by_date: FieldState::new(""),
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
            statutory_mode: RwSignal::new(StatutoryMode::Typed),
            statutory_claim: text(defaults.statutory_claim),
        };
        DiscountState {
            form,
            lang,
            invoice,
            today,
            timeline,
            outcome: Lazy::new(),
        }
    }

    /// The analysis derived from the form, the invoice and the timeline's statutory rules
    /// (made when a view first asks).
    pub fn outcome(self) -> Memo<DiscountOutcome> {
        let DiscountState {
            form,
            lang,
            invoice,
            today,
            timeline,
            outcome,
        } = self;
        outcome.get_or_make(|| {
            Memo::new(move |_| {
                let locale = lang.get().number_locale();
                let invoice = invoice.parsed.get().ok();
                let fallback_currency =
                    invoice_currency_or_gbp(&invoice.as_ref().map(|i| i.currency));
                let mut reader = Reader {
                    locale,
                    currency: fallback_currency,
                    problems: Vec::new(),
                    today: today.0,
                    deadline: None,
                    statutory: None,
                };
                let input = read_input(&form, &mut reader, invoice.as_ref(), timeline);
                let (deadline, statutory) = (reader.deadline, reader.statutory.take());
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
                    deadline,
                    statutory,
                }
            })
        })
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
    today: NaiveDate,
    /// Set by [`Reader::pay_within`].
    deadline: Option<NaiveDate>,
    /// Set by [`Reader::statutory`].
    statutory: Option<StatutoryClaim>,
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

    /// Today plus `days`, when both are in range.
    fn days_from_today(&self, days: i64) -> Option<NaiveDate> {
        (0..=MAX_DAYS)
            .contains(&days)
            .then(|| {
                self.today
                    .checked_add_days(chrono::Days::new(days.unsigned_abs()))
            })
            .flatten()
    }

    /// The pay-within days, typed or worked out from the deadline date; remembers the
    /// deadline. Date problems are reported on [`DiscountField::PayWithinDays`], which the
    /// view shows next to whichever field is in use.
    fn pay_within(&mut self, form: &DiscountForm, net_days: Option<i64>) -> i64 {
        let field = DiscountField::PayWithinDays;
        let days = match form.deadline_kind.get() {
            DeadlineKind::Days => self.days(form.pay_within_days, field),
            DeadlineKind::Date => match parse_date(&form.pay_by_date.value.get()) {
                Err(e) => {
                    self.problems.push((field, Problem::Date(e)));
                    return 0;
                }
                // Net days unreadable or out of range: that field says so; 0 keeps the
                // engine's rules quiet here.
                Ok(date) => match net_days.map(|n| pay_within_days_until(self.today, date, n)) {
                    Some(Ok(days)) => days,
                    Some(Err(DeadlineError::OutOfRange)) | None => return 0,
                    Some(Err(e)) => {
                        self.problems.push((field, Problem::Deadline(e)));
                        return 0;
                    }
                },
            },
        };
        self.deadline = self.days_from_today(days);
        days
    }

    /// The statutory claim `S`: typed, computed with the timeline's rules from the due date
    /// to the expected payment date (today + `expected_days`), or none.
    fn statutory(
        &mut self,
        form: &DiscountForm,
        invoice: Option<&Invoice>,
        timeline: TimelineState,
        expected_days: i64,
    ) -> Decimal {
        let field = DiscountField::StatutoryClaim;
        match form.statutory_mode.get() {
            StatutoryMode::Typed => self.money(form.statutory_claim, field),
            StatutoryMode::NoClaim => Decimal::ZERO,
            StatutoryMode::Compute => {
                let Some((regime, figures)) = timeline.statutory_choice(self.locale) else {
                    self.problems.push((field, Problem::NoRegime));
                    return Decimal::ZERO;
                };
                let figures = match figures {
                    Ok(figures) => figures,
                    Err(which) => {
                        self.problems.push((field, Problem::TimelineFigure(which)));
                        return Decimal::ZERO;
                    }
                };
                // Without an invoice or a usable expected date there is nothing to compute
                // (and the expected-days field says why).
                let (Some(inv), Some(until)) = (invoice, self.days_from_today(expected_days))
                else {
                    return Decimal::ZERO;
                };
                match statutory_claim(&statutory_input(
                    regime,
                    figures.rate_override,
                    figures.eu_margin,
                    inv,
                    until,
                )) {
                    Ok(claim) => {
                        let value = claim.claimable();
                        self.statutory = Some(claim);
                        value
                    }
                    Err(e) => {
                        self.problems.push((field, Problem::Statutory(e)));
                        Decimal::ZERO
                    }
                }
            }
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
    invoice: Option<&Invoice>,
    timeline: TimelineState,
) -> Option<DiscountInput> {
    use DiscountField as F;
    let problems_before = r.problems.len();
    let net_days = r.days(form.net_days, F::NetDays);
    let net_readable = r.problems.len() == problems_before;
    let pay_within_days = r.pay_within(form, net_readable.then_some(net_days));
    let expected_days = r.days(form.expected_days, F::ExpectedDaysToPayment);
    let statutory = r.statutory(form, invoice, timeline, expected_days);
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
        pay_within_days,
        net_days,
        year_basis: form.year_basis.get(),
        expected_days_to_payment: expected_days,
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
        statutory_claim: statutory,
        keep_margin_share_pct: r.number(form.keep_margin, F::KeepMarginSharePct),
    };
    invoice.map(|_| input)
}
