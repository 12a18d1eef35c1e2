//! The discount analyzer's inputs as typed text, and the analysis derived from them.
//!
//! Each field keeps exactly what the user typed; one `Memo` hands them to the engine as a
//! [`DiscountDraft`] and shows what `tactful_engine::discount::evaluate_discount` makes of
//! it (the analysis, the deadline, the statutory claim, every problem next to its field).
//! Nothing here parses or computes.

use leptos::prelude::*;
use tactful_engine::account::AccountReport;
use tactful_engine::amount::NumberLocale;
use tactful_engine::discount::{
    evaluate_discount, DiscountContext, DiscountDraft, DiscountOutcome, YearBasis,
};

pub use tactful_engine::discount::{
    DeadlineKind, DiscountProblem as Problem, FeeKind, OfferKind, StatutoryMode,
};

use crate::context::{FieldState, InvoiceState, Lazy, Today};
use crate::i18n::Lang;
use crate::views::timeline::state::TimelineState;

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

impl DiscountForm {
    /// The form as the engine's draft (reads every field: tracked).
    pub fn draft(&self) -> DiscountDraft {
        let text = |field: FieldState| field.value.get();
        DiscountDraft {
            offer: self.offer_kind.get(),
            discount_percent: text(self.discount_percent),
            discount_amount: text(self.discount_amount),
            deadline: self.deadline_kind.get(),
            pay_within_days: text(self.pay_within_days),
            pay_by_date: text(self.pay_by_date),
            net_days: text(self.net_days),
            year_basis: self.year_basis.get(),
            gross_margin: text(self.gross_margin),
            keep_margin: text(self.keep_margin),
            expected_days: text(self.expected_days),
            unpaid_probability: text(self.unpaid_probability),
            recovery_rate: text(self.recovery_rate),
            recovery_delay: text(self.recovery_delay),
            yearly_profit: text(self.yearly_profit),
            churn: text(self.churn),
            cost_of_capital: text(self.cost_of_capital),
            chasing_hours: text(self.chasing_hours),
            hourly_cost: text(self.hourly_cost),
            agency_probability: text(self.agency_probability),
            fee: self.fee_kind.get(),
            agency_contingency: text(self.agency_contingency),
            agency_flat_fee: text(self.agency_flat_fee),
            legal_probability: text(self.legal_probability),
            legal_costs: text(self.legal_costs),
            statutory_mode: self.statutory_mode.get(),
            statutory_claim: text(self.statutory_claim),
        }
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
    /// A form holding the engine's documented defaults ([`DiscountDraft::defaults_in`]),
    /// written in the conventions of `defaults_in`, the language the app starts in.
    pub fn new(
        lang: RwSignal<Lang>,
        defaults_in: NumberLocale,
        invoice: InvoiceState,
        today: Today,
        timeline: TimelineState,
    ) -> Self {
        let d = DiscountDraft::defaults_in(defaults_in);
        let text = |value: &str| FieldState::new(value);
        let form = DiscountForm {
            offer_kind: RwSignal::new(d.offer),
            discount_percent: text(&d.discount_percent),
            discount_amount: text(&d.discount_amount),
            pay_within_days: text(&d.pay_within_days),
            deadline_kind: RwSignal::new(d.deadline),
            pay_by_date: text(&d.pay_by_date),
            net_days: text(&d.net_days),
            year_basis: RwSignal::new(d.year_basis),
            gross_margin: text(&d.gross_margin),
            keep_margin: text(&d.keep_margin),
            expected_days: text(&d.expected_days),
            unpaid_probability: text(&d.unpaid_probability),
            recovery_rate: text(&d.recovery_rate),
            recovery_delay: text(&d.recovery_delay),
            yearly_profit: text(&d.yearly_profit),
            churn: text(&d.churn),
            cost_of_capital: text(&d.cost_of_capital),
            chasing_hours: text(&d.chasing_hours),
            hourly_cost: text(&d.hourly_cost),
            agency_probability: text(&d.agency_probability),
            fee_kind: RwSignal::new(d.fee),
            agency_contingency: text(&d.agency_contingency),
            agency_flat_fee: text(&d.agency_flat_fee),
            legal_probability: text(&d.legal_probability),
            legal_costs: text(&d.legal_costs),
            statutory_mode: RwSignal::new(d.statutory_mode),
            statutory_claim: text(&d.statutory_claim),
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
            today: Today(today),
            timeline,
            outcome,
        } = self;
        outcome.get_or_make(|| {
            Memo::new(move |_| {
                let locale = lang.get().number_locale();
                // A client account: the balance owed, its statutory claim invoice by invoice.
                let debt = invoice.debt(AccountReport::principal_owed);
                let account = invoice.account_basis();
                evaluate_discount(
                    &form.draft(),
                    &DiscountContext {
                        invoice: debt.as_ref(),
                        locale,
                        today,
                        statutory: Some(timeline.statutory_choice(locale)),
                        account: account.as_ref().map(|(account, terms)| (account, terms)),
                    },
                )
            })
        })
    }
}
