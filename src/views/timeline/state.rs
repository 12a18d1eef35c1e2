//! The escalation timeline's inputs and the dated ladder derived from them.
//!
//! Each field keeps exactly what the user typed; one `Memo` hands them to the engine as a
//! [`TimelineDraft`] and shows what `tactful_engine::timeline::evaluate_timeline` makes of
//! it. Nothing here parses or computes.

use chrono::NaiveDate;
use leptos::prelude::*;
use rust_decimal::Decimal;
use tactful_engine::account::{account_accruals, AccountReport};
use tactful_engine::amount::NumberLocale;
use tactful_engine::holidays::HolidayRegion;
use tactful_engine::statutory::Jurisdiction;
use tactful_engine::timeline::{
    evaluate_timeline, PresetName, StatutoryChoice, TimelineContext, TimelineDraft,
};

pub use tactful_engine::timeline::{
    CustomPolicyDraft as CustomPolicy, DraftStage, TimelineField, TimelineOutcome, TimelineProblem,
    UnreadableFigure,
};

use crate::context::{FieldState, InvoiceState, Lazy, Today};
use crate::i18n::Lang;
use crate::views::plan::state::{PlanOutcome, PlanState};

/// The label of the field a statutory figure that cannot be read was typed in.
pub fn unreadable_label(figure: UnreadableFigure) -> crate::i18n::Msg {
    match figure {
        UnreadableFigure::Rate => crate::i18n::Msg::FieldRateOverride,
        UnreadableFigure::Margin => crate::i18n::Msg::FieldEuMargin,
    }
}

/// The inputs, as typed or chosen.
#[derive(Clone, Copy)]
pub struct TimelineForm {
    pub preset: RwSignal<PresetName>,
    pub region: RwSignal<Option<HolidayRegion>>,
    pub promise_date: FieldState,
    pub dispute_opened: FieldState,
    pub dispute_resolved: FieldState,
    pub paid_on: FieldState,
    /// The law chosen; `None` follows the invoice currency and the message language.
    pub law: RwSignal<Option<Jurisdiction>>,
    pub claim: RwSignal<bool>,
    pub rate_override: FieldState,
    /// The EU margin in percentage points, as typed (default 8).
    pub eu_margin: FieldState,
    /// The user's own policy; `None` uses `preset`.
    pub custom: RwSignal<Option<CustomPolicy>>,
    /// Follow the payment plan's instalments (when #/plan has a valid plan).
    pub follow_plan: RwSignal<bool>,
}

impl TimelineForm {
    /// The form as the engine's draft (reads every field: tracked).
    pub fn draft(&self) -> TimelineDraft {
        TimelineDraft {
            preset: self.preset.get(),
            region: self.region.get(),
            promise_date: self.promise_date.value.get(),
            dispute_opened: self.dispute_opened.value.get(),
            dispute_resolved: self.dispute_resolved.value.get(),
            paid_on: self.paid_on.value.get(),
            law: self.law.get(),
            claim: self.claim.get(),
            rate_override: self.rate_override.value.get(),
            eu_margin: self.eu_margin.value.get(),
            custom: self.custom.get(),
            contacts: Vec::new(),
        }
    }
}

/// A payment plan's payments: `(date, amount)`.
pub type Payments = Vec<(NaiveDate, Decimal)>;

/// Form plus derived ladder, shared through context.
#[derive(Clone, Copy)]
pub struct TimelineState {
    pub form: TimelineForm,
    lang: RwSignal<Lang>,
    /// The message language chosen in the composer (`None`: the interface's): with the
    /// invoice currency it gives the law when none is chosen.
    message_lang: RwSignal<Option<Lang>>,
    invoice: InvoiceState,
    today: Today,
    plan: PlanState,
    outcome: Lazy<Memo<TimelineOutcome>>,
    installments: Lazy<Memo<Option<Payments>>>,
}

impl TimelineState {
    /// The engine's defaults ([`TimelineDraft::default`]): the Standard approach with
    /// England & Wales holidays, no events, statutory figures off.
    pub fn new(
        lang: RwSignal<Lang>,
        message_lang: RwSignal<Option<Lang>>,
        invoice: InvoiceState,
        today: Today,
        plan: PlanState,
    ) -> Self {
        let d = TimelineDraft::default();
        let text = |value: &str| FieldState::new(value);
        let form = TimelineForm {
            preset: RwSignal::new(d.preset),
            region: RwSignal::new(d.region),
            promise_date: text(&d.promise_date),
            dispute_opened: text(&d.dispute_opened),
            dispute_resolved: text(&d.dispute_resolved),
            paid_on: text(&d.paid_on),
            law: RwSignal::new(d.law),
            claim: RwSignal::new(d.claim),
            rate_override: text(&d.rate_override),
            eu_margin: text(&d.eu_margin),
            custom: RwSignal::new(d.custom),
            follow_plan: RwSignal::new(false),
        };
        TimelineState {
            form,
            lang,
            message_lang,
            invoice,
            today,
            plan,
            outcome: Lazy::new(),
            installments: Lazy::new(),
        }
    }

    /// The payment plan's payments `(date, amount)`, when #/plan has a valid plan: derived
    /// from the plan's outcome, never copied.
    pub fn installments(self) -> Memo<Option<Payments>> {
        let plan = self.plan;
        self.installments
            .get_or_make(|| Memo::new(move |_| plan.outcome().with(installments_of)))
    }

    /// The dated ladder derived from the form, the invoice and (when followed) the plan.
    pub fn outcome(self) -> Memo<TimelineOutcome> {
        let TimelineState {
            form,
            lang,
            invoice,
            today: Today(today),
            ..
        } = self;
        let message_lang = self.message_lang;
        self.outcome.get_or_make(|| {
            Memo::new(move |_| {
                let plan = if form.follow_plan.get() {
                    self.installments().get()
                } else {
                    None
                };
                // A client account: keyed to its oldest unpaid invoice, the balance owed.
                let debt = invoice.debt(AccountReport::principal_owed);
                let mut outcome = evaluate_timeline(
                    &form.draft(),
                    &TimelineContext {
                        invoice: debt.as_ref(),
                        locale: lang.get().number_locale(),
                        today,
                        installments: plan.as_deref(),
                        message_locale: message_lang
                            .get()
                            .unwrap_or_else(|| lang.get())
                            .number_locale(),
                    },
                );
                // Its statutory figures invoice by invoice, never on the lumped balance: each
                // step's accrual is the account's, and the breakdown is the account's
                // (`InvoiceState::account_report`).
                if let Some((account, terms)) = invoice.account_basis() {
                    if let Some(timeline) = outcome.timeline.as_mut() {
                        account_accruals(timeline, &account, &terms);
                    }
                    outcome.claim = None;
                }
                outcome
            })
        })
    }

    /// The statutory rules in force, which the discount analyzer and the composer use too
    /// (one choice, so every view agrees): the law chosen here, or the one following the
    /// invoice currency and the message language, with the figures typed here.
    pub fn statutory_choice(self, locale: NumberLocale) -> StatutoryChoice {
        let form = self.form;
        let message = self
            .message_lang
            .get()
            .unwrap_or_else(|| self.lang.get())
            .number_locale();
        let currency = self.invoice.form.currency.value.get();
        TimelineDraft {
            law: form.law.get(),
            rate_override: form.rate_override.value.get(),
            eu_margin: form.eu_margin.value.get(),
            ..TimelineDraft::default()
        }
        .statutory_choice(locale, &currency, message)
    }
}

/// Every payment of a valid plan (the down payment too: it is a date to pay by), one per
/// day: a roll can put two rows on one day, and one reminder covers both.
fn installments_of(outcome: &PlanOutcome) -> Option<Payments> {
    let plan = outcome.plan.as_ref()?;
    let mut out: Vec<(NaiveDate, Decimal)> = Vec::with_capacity(plan.rows.len());
    for row in &plan.rows {
        if out.last().is_none_or(|(last, _)| row.due_date > *last) {
            out.push((row.due_date, row.amount));
        }
    }
    (!out.is_empty()).then_some(out)
}
