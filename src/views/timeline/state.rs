//! The escalation timeline's inputs and the dated ladder derived from them.

use leptos::prelude::*;
use rust_decimal::Decimal;
use tactful_engine::amount::{parse_number, NumberError, NumberLocale};
use tactful_engine::calendar::BusinessCalendar;
use tactful_engine::dates::{parse_date, DateParseError};
use tactful_engine::holidays::HolidayRegion;
use tactful_engine::invoice::Invoice;
use tactful_engine::statutory::{Regime, StatutoryInput};
use tactful_engine::timeline::{
    build_timeline, Dispute, IssueField, IssueKind, Policy, PresetName, Severity, StatutoryOptions,
    Timeline, TimelineInput, TimelineIssue,
};

use crate::context::{FieldState, InvoiceState, Today};
use crate::i18n::Lang;

/// A form field of the timeline view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimelineField {
    PromiseDate,
    DisputeOpened,
    DisputeResolved,
    PaidOn,
    RateOverride,
    /// Problems that belong to no single field (shown above the list).
    General,
}

/// Why a field's value cannot be used.
#[derive(Clone, Debug, PartialEq)]
pub enum TimelineProblem {
    Date(DateParseError),
    Number(NumberError),
    Engine(IssueKind),
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
    pub regime: RwSignal<Option<Regime>>,
    pub claim: RwSignal<bool>,
    pub rate_override: FieldState,
}

/// The ladder, or what stops it, plus warnings worth showing.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineOutcome {
    pub timeline: Option<Timeline>,
    pub problems: Vec<(TimelineField, TimelineProblem)>,
    pub warnings: Vec<(TimelineField, TimelineProblem)>,
    pub invoice_ready: bool,
}

impl TimelineOutcome {
    /// The error to show next to `field`, if any.
    pub fn problem(&self, field: TimelineField) -> Option<&TimelineProblem> {
        self.problems
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, p)| p)
    }
}

/// Form plus derived ladder, shared through context.
#[derive(Clone, Copy)]
pub struct TimelineState {
    pub form: TimelineForm,
    pub outcome: Memo<TimelineOutcome>,
}

impl TimelineState {
    /// The Standard approach with England & Wales holidays, no events, statutory figures off.
    pub fn new(lang: RwSignal<Lang>, invoice: InvoiceState, today: Today) -> Self {
        let form = TimelineForm {
            preset: RwSignal::new(PresetName::Standard),
            region: RwSignal::new(Some(HolidayRegion::EnglandWales)),
            promise_date: FieldState::new(""),
            dispute_opened: FieldState::new(""),
            dispute_resolved: FieldState::new(""),
            paid_on: FieldState::new(""),
            regime: RwSignal::new(None),
            claim: RwSignal::new(false),
            rate_override: FieldState::new(""),
        };
        let outcome = Memo::new(move |_| derive(&form, lang.get(), invoice, today));
        TimelineState { form, outcome }
    }

    /// The statutory rules chosen here, which the discount analyzer and the composer use
    /// too (one choice, so every view agrees): `None` while no regime is chosen, else the
    /// regime and the reference-rate override typed here (`Ok(None)` when left blank).
    pub fn statutory_choice(
        self,
        locale: NumberLocale,
    ) -> Option<(Regime, Result<Option<Decimal>, NumberError>)> {
        let regime = self.form.regime.get()?;
        Some((regime, rate_override(self.form.rate_override, locale)))
    }
}

/// The reference-rate override as typed: `Ok(None)` when blank.
fn rate_override(field: FieldState, locale: NumberLocale) -> Result<Option<Decimal>, NumberError> {
    let text = field.value.get();
    if text.trim().is_empty() {
        Ok(None)
    } else {
        parse_number(&text, locale).map(Some)
    }
}

/// The statutory claim's input for `inv` under `regime`, with interest from the day after
/// the due date up to `until` (the timeline's own ladder uses the engine's
/// `StatutoryOptions` instead).
pub fn statutory_input(
    regime: Regime,
    reference_rate_override: Option<Decimal>,
    inv: &Invoice,
    until: chrono::NaiveDate,
) -> StatutoryInput {
    StatutoryInput {
        regime,
        principal: inv.amount,
        currency: inv.currency.code.to_owned(),
        due_date: inv.due_date,
        interest_start: None,
        until,
        reference_rate_override,
        eu_margin: None,
    }
}

fn optional_date(
    state: FieldState,
    field: TimelineField,
    problems: &mut Vec<(TimelineField, TimelineProblem)>,
) -> Option<chrono::NaiveDate> {
    let text = state.value.get();
    if text.trim().is_empty() {
        return None;
    }
    parse_date(&text)
        .map_err(|e| problems.push((field, TimelineProblem::Date(e))))
        .ok()
}

fn field_of(issue: &TimelineIssue) -> TimelineField {
    match issue.field {
        IssueField::PromiseToPay | IssueField::PromiseMadeOn => TimelineField::PromiseDate,
        IssueField::DisputeOpened => TimelineField::DisputeOpened,
        IssueField::DisputeResolved => TimelineField::DisputeResolved,
        IssueField::PaidOn => TimelineField::PaidOn,
        IssueField::Statutory => TimelineField::RateOverride,
        _ => TimelineField::General,
    }
}

fn derive(
    form: &TimelineForm,
    lang: Lang,
    invoice: InvoiceState,
    Today(today): Today,
) -> TimelineOutcome {
    let mut problems = Vec::new();
    let promise = optional_date(form.promise_date, TimelineField::PromiseDate, &mut problems);
    let opened = optional_date(
        form.dispute_opened,
        TimelineField::DisputeOpened,
        &mut problems,
    );
    let resolved = optional_date(
        form.dispute_resolved,
        TimelineField::DisputeResolved,
        &mut problems,
    );
    let paid_on = optional_date(form.paid_on, TimelineField::PaidOn, &mut problems);
    let rate_override = rate_override(form.rate_override, lang.number_locale())
        .map_err(|e| problems.push((TimelineField::RateOverride, TimelineProblem::Number(e))))
        .ok()
        .flatten();
    let Ok(inv) = invoice.parsed.get() else {
        return TimelineOutcome {
            timeline: None,
            problems,
            warnings: Vec::new(),
            invoice_ready: false,
        };
    };
    let mut policy = Policy::preset(form.preset.get());
    policy.calendar = BusinessCalendar {
        region: form.region.get(),
        ..policy.calendar
    };
    let mut input = TimelineInput::new(policy, inv.due_date, today);
    input.amount = inv.amount;
    inv.currency.code.clone_into(&mut input.currency);
    input.promise_to_pay = promise;
    input.dispute = opened.map(|opened| Dispute { opened, resolved });
    input.paid_on = paid_on;
    input.statutory = form.regime.get().map(|regime| {
        let mut options = StatutoryOptions::new(regime);
        options.claim = form.claim.get();
        options.reference_rate_override = rate_override;
        options
    });
    if !problems.is_empty() {
        return TimelineOutcome {
            timeline: None,
            problems,
            warnings: Vec::new(),
            invoice_ready: true,
        };
    }
    let as_pair =
        |issue: &TimelineIssue| (field_of(issue), TimelineProblem::Engine(issue.kind.clone()));
    match build_timeline(&input) {
        Ok(timeline) => {
            let warnings = timeline.warnings.iter().map(as_pair).collect();
            TimelineOutcome {
                timeline: Some(timeline),
                problems,
                warnings,
                invoice_ready: true,
            }
        }
        Err(issues) => {
            let (errors, warnings): (Vec<_>, Vec<_>) = issues
                .iter()
                .partition(|issue| issue.severity == Severity::Error);
            TimelineOutcome {
                timeline: None,
                problems: errors.into_iter().map(as_pair).collect(),
                warnings: warnings.into_iter().map(as_pair).collect(),
                invoice_ready: true,
            }
        }
    }
}
