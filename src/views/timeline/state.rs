//! The escalation timeline's inputs and the dated ladder derived from them.

use chrono::{NaiveDate, NaiveTime, Timelike};
use leptos::prelude::*;
use rust_decimal::Decimal;
use tactful_engine::amount::{parse_number, NumberError, NumberLocale};
use tactful_engine::calendar::{BusinessCalendar, Roll};
use tactful_engine::dates::{parse_date, DateParseError};
use tactful_engine::holidays::HolidayRegion;
use tactful_engine::invoice::Invoice;
use tactful_engine::statutory::{statutory_claim, Regime, StatutoryError, StatutoryInput};
use tactful_engine::timeline::{
    build_timeline, Channel, Dispute, IssueField, IssueKind, OffsetKind, Policy, PresetName,
    Severity, Stage, StageAction, StatutoryOptions, Timeline, TimelineInput, TimelineIssue, Tone,
    DEFAULT_MIN_GAP_DAYS, MAX_STAGES,
};

use crate::context::{FieldState, InvoiceState, Lazy, Today};
use crate::i18n::Lang;
use crate::views::plan::state::{PlanOutcome, PlanState};

/// The longest offset text kept from saved work (a day count is a few characters).
const MAX_OFFSET_CHARS: usize = 12;

/// The channels, tones and ladder actions a custom step may have, in the order shown (and
/// saved: a saved step names each by its index here).
pub const CHANNELS: &[Channel] = &[
    Channel::Email,
    Channel::PhoneCall,
    Channel::Letter,
    Channel::Sms,
];
pub const TONES: &[Tone] = &[Tone::Friendly, Tone::Neutral, Tone::Firm, Tone::Final];
pub const LADDER_ACTIONS: &[StageAction] = StageAction::LADDER;

/// The index of `value` in `all` (0 when absent).
pub fn index_in<T: PartialEq>(all: &[T], value: &T) -> usize {
    all.iter().position(|v| v == value).unwrap_or(0)
}

/// One step of the user's own policy, as edited: the offset as typed, the rest chosen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftStage {
    /// A key for the list on screen (not saved; given again when read back).
    pub id: u32,
    /// Days from the due date, as typed ("-3", "14").
    pub offset: String,
    /// The offset counts business days.
    pub business: bool,
    pub channel: Channel,
    pub tone: Tone,
    pub action: StageAction,
}

/// The user's own policy ("Customise" copies a preset into one).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CustomPolicy {
    pub stages: Vec<DraftStage>,
    /// Move dates that fall on a weekend or holiday (per policy, as in the engine).
    pub business_days_only: bool,
    /// The send time as typed ("10:00"); empty for none (all-day calendar events).
    pub send_time: String,
}

/// Typed text as saved: without the separators of the saved form, at most
/// [`MAX_OFFSET_CHARS`] characters.
fn saved_text(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '|' | ','))
        .take(MAX_OFFSET_CHARS)
        .collect()
}

impl CustomPolicy {
    /// A copy of `preset` to edit.
    pub fn from_preset(preset: PresetName) -> Self {
        let policy = Policy::preset(preset);
        CustomPolicy {
            stages: policy
                .stages
                .iter()
                .zip(0..)
                .map(|(stage, id)| DraftStage {
                    id,
                    offset: stage.offset_days.to_string(),
                    business: stage.offset_kind == OffsetKind::BusinessDays,
                    channel: stage.channel,
                    tone: stage.tone,
                    action: stage.action,
                })
                .collect(),
            business_days_only: policy.business_days_only,
            send_time: policy
                .send_time
                .map(|t| format!("{:02}:{:02}", t.hour(), t.minute()))
                .unwrap_or_default(),
        }
    }

    /// An id no stage has yet.
    pub fn next_id(&self) -> u32 {
        self.stages
            .iter()
            .map(|s| s.id)
            .max()
            .map_or(0, |id| id.saturating_add(1))
    }

    /// Where the stage with `id` is in the list.
    pub fn position(&self, id: u32) -> Option<usize> {
        self.stages.iter().position(|s| s.id == id)
    }

    /// Saved-work text, one key: `1|<business days only 0/1>|<send time>|<step>|<step>…`,
    /// each step `<offset>,<business 0/1>,<channel>,<tone>,<action>` (the last three are
    /// indices into [`CHANNELS`], [`TONES`], [`LADDER_ACTIONS`]). `None` is empty text.
    pub fn encode(custom: &Option<CustomPolicy>) -> String {
        let Some(custom) = custom else {
            return String::new();
        };
        let mut out = format!(
            "1|{}|{}",
            u8::from(custom.business_days_only),
            saved_text(&custom.send_time)
        );
        for stage in &custom.stages {
            out.push_str(&format!(
                "|{},{},{},{},{}",
                saved_text(&stage.offset),
                u8::from(stage.business),
                index_in(CHANNELS, &stage.channel),
                index_in(TONES, &stage.tone),
                index_in(LADDER_ACTIONS, &stage.action)
            ));
        }
        out
    }

    /// Reads saved-work text (untrusted): anything unreadable is `None` (the presets); a
    /// step that does not read is left out; at most [`MAX_STAGES`] steps, short texts.
    pub fn decode(text: &str) -> Option<CustomPolicy> {
        let mut parts = text.split('|');
        if parts.next() != Some("1") {
            return None;
        }
        let flag = |part: Option<&str>| match part {
            Some("0") => Some(false),
            Some("1") => Some(true),
            _ => None,
        };
        let business_days_only = flag(parts.next())?;
        let send_time = saved_text(parts.next()?);
        let pick = |len: usize, part: Option<&str>| -> Option<usize> {
            part?.parse::<usize>().ok().filter(|i| *i < len)
        };
        let stages = parts
            .filter_map(|step| {
                let mut fields = step.split(',');
                let offset = saved_text(fields.next()?);
                let business = flag(fields.next())?;
                let channel = CHANNELS[pick(CHANNELS.len(), fields.next())?];
                let tone = TONES[pick(TONES.len(), fields.next())?];
                let action = LADDER_ACTIONS[pick(LADDER_ACTIONS.len(), fields.next())?];
                fields
                    .next()
                    .is_none()
                    .then_some((offset, business, channel, tone, action))
            })
            .take(MAX_STAGES)
            .zip(0..)
            .map(
                |((offset, business, channel, tone, action), id)| DraftStage {
                    id,
                    offset,
                    business,
                    channel,
                    tone,
                    action,
                },
            )
            .collect();
        Some(CustomPolicy {
            stages,
            business_days_only,
            send_time,
        })
    }
}

/// A typed day offset: a whole number, with an optional sign (`+7`, `-3`, `−3`).
/// A number too large for the engine is reported as out of range by the engine's rule.
pub fn parse_offset(text: &str) -> Result<i32, TimelineProblem> {
    let trimmed = text.trim().replace('\u{2212}', "-");
    let (negative, body) = match (trimmed.strip_prefix('+'), trimmed.strip_prefix('-')) {
        (Some(rest), _) => (false, rest),
        (_, Some(rest)) => (true, rest),
        _ => (false, trimmed.as_str()),
    };
    if body.is_empty() || !body.chars().all(|c| c.is_ascii_digit()) {
        return Err(TimelineProblem::OffsetNotWhole);
    }
    let magnitude = body.parse::<i64>().unwrap_or(i64::MAX);
    let value = if negative { -magnitude } else { magnitude };
    Ok(i32::try_from(value).unwrap_or(if negative { i32::MIN } else { i32::MAX }))
}

/// A typed send time, `HH:MM` on a 24-hour clock; empty is none.
pub fn parse_send_time(text: &str) -> Result<Option<NaiveTime>, TimelineProblem> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let digits = |part: &str, len: std::ops::RangeInclusive<usize>| {
        (len.contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit()))
            .then(|| part.parse::<u32>().ok())
            .flatten()
    };
    text.split_once(':')
        .and_then(|(h, m)| NaiveTime::from_hms_opt(digits(h, 1..=2)?, digits(m, 2..=2)?, 0))
        .map(Some)
        .ok_or(TimelineProblem::SendTime)
}

/// A form field of the timeline view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimelineField {
    PromiseDate,
    DisputeOpened,
    DisputeResolved,
    PaidOn,
    RateOverride,
    EuMargin,
    /// A stage of the custom policy, by position.
    Stage(usize),
    SendTime,
    /// Problems that belong to no single field (shown above the list).
    General,
}

/// Why a field's value cannot be used.
#[derive(Clone, Debug, PartialEq)]
pub enum TimelineProblem {
    Date(DateParseError),
    Number(NumberError),
    Engine(IssueKind),
    /// A stage offset that is not a whole number of days.
    OffsetNotWhole,
    /// A send time that is not `HH:MM`.
    SendTime,
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
    /// The EU margin in percentage points, as typed (default 8).
    pub eu_margin: FieldState,
    /// The user's own policy; `None` uses `preset`.
    pub custom: RwSignal<Option<CustomPolicy>>,
    /// Follow the payment plan's instalments (when #/plan has a valid plan).
    pub follow_plan: RwSignal<bool>,
}

/// The statutory rate in force on the first day of interest, for a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RateShown {
    pub reference: Decimal,
    pub margin: Decimal,
    pub annual: Decimal,
}

/// The ladder, or what stops it, plus warnings worth showing.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineOutcome {
    pub timeline: Option<Timeline>,
    pub problems: Vec<(TimelineField, TimelineProblem)>,
    pub warnings: Vec<(TimelineField, TimelineProblem)>,
    pub invoice_ready: bool,
    /// The statutory rate, when statutory figures are shown and can be computed.
    pub rate: Option<RateShown>,
    /// The timeline follows the payment plan's instalments.
    pub following_plan: bool,
}

impl TimelineOutcome {
    /// The error to show next to `field`, if any.
    pub fn problem(&self, field: TimelineField) -> Option<&TimelineProblem> {
        self.problems
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, p)| p)
    }

    /// The warning to show next to `field`, if any.
    pub fn warning(&self, field: TimelineField) -> Option<&TimelineProblem> {
        self.warnings
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, p)| p)
    }
}

/// A payment plan's payments: `(date, amount)`.
pub type Payments = Vec<(NaiveDate, Decimal)>;

/// Form plus derived ladder, shared through context.
#[derive(Clone, Copy)]
pub struct TimelineState {
    pub form: TimelineForm,
    lang: RwSignal<Lang>,
    invoice: InvoiceState,
    today: Today,
    plan: PlanState,
    outcome: Lazy<Memo<TimelineOutcome>>,
    installments: Lazy<Memo<Option<Payments>>>,
}

impl TimelineState {
    /// The Standard approach with England & Wales holidays, no events, statutory figures off.
    pub fn new(lang: RwSignal<Lang>, invoice: InvoiceState, today: Today, plan: PlanState) -> Self {
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
            eu_margin: FieldState::new("8"),
            custom: RwSignal::new(None),
            follow_plan: RwSignal::new(false),
        };
        TimelineState {
            form,
            lang,
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
            today,
            ..
        } = self;
        self.outcome.get_or_make(|| {
            Memo::new(move |_| {
                let plan = if form.follow_plan.get() {
                    self.installments().get()
                } else {
                    None
                };
                derive(&form, lang.get(), invoice, today, plan)
            })
        })
    }

    /// The statutory rules chosen here, which the discount analyzer and the composer use
    /// too (one choice, so every view agrees): `None` while no regime is chosen, else the
    /// regime and the figures typed here, or which of them cannot be read (the timeline
    /// flags it at its field; the other tools say so and leave statutory interest out).
    pub fn statutory_choice(
        self,
        locale: NumberLocale,
    ) -> Option<(Regime, Result<StatutoryFigures, UnreadableFigure>)> {
        let regime = self.form.regime.get()?;
        let figures = match (
            rate_override(self.form.rate_override, locale),
            eu_margin(&self.form, Some(regime), locale),
        ) {
            (Err(_), _) => Err(UnreadableFigure::Rate),
            (_, Err(_)) => Err(UnreadableFigure::Margin),
            (Ok(rate_override), Ok(eu_margin)) => Ok(StatutoryFigures {
                rate_override,
                eu_margin,
            }),
        };
        Some((regime, figures))
    }
}

/// The statutory figures typed in the timeline (`None`: blank, the built-in value).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StatutoryFigures {
    /// The reference-rate override.
    pub rate_override: Option<Decimal>,
    /// The EU margin (only with the EU rules; `None`: the Directive's 8 points).
    pub eu_margin: Option<Decimal>,
}

/// A statutory figure typed in the timeline that is not a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnreadableFigure {
    /// "Reference rate (%)".
    Rate,
    /// "Margin over the ECB rate (points)".
    Margin,
}

impl UnreadableFigure {
    /// The label of the field it was typed in.
    pub fn label(self) -> crate::i18n::Msg {
        match self {
            UnreadableFigure::Rate => crate::i18n::Msg::FieldRateOverride,
            UnreadableFigure::Margin => crate::i18n::Msg::FieldEuMargin,
        }
    }
}

/// The EU margin as typed: `Ok(None)` when blank or when the EU rules are not chosen.
fn eu_margin(
    form: &TimelineForm,
    regime: Option<Regime>,
    locale: NumberLocale,
) -> Result<Option<Decimal>, NumberError> {
    let text = form.eu_margin.value.get();
    if regime != Some(Regime::Eu) || text.trim().is_empty() {
        Ok(None)
    } else {
        parse_number(&text, locale).map(Some)
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
    eu_margin: Option<Decimal>,
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
        eu_margin,
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

/// Every payment of a valid plan (the down payment too: it is a date to pay by), one per
/// day: a roll can put two rows on one day, and one reminder covers both.
fn installments_of(outcome: &PlanOutcome) -> Option<Vec<(NaiveDate, Decimal)>> {
    let plan = outcome.plan.as_ref()?;
    let mut out: Vec<(NaiveDate, Decimal)> = Vec::with_capacity(plan.rows.len());
    for row in &plan.rows {
        if out.last().is_none_or(|(last, _)| row.due_date > *last) {
            out.push((row.due_date, row.amount));
        }
    }
    (!out.is_empty()).then_some(out)
}

/// The user's policy as the engine's, or the problems of its typed fields.
fn custom_policy(
    custom: &CustomPolicy,
    problems: &mut Vec<(TimelineField, TimelineProblem)>,
) -> Policy {
    let mut stages = Vec::with_capacity(custom.stages.len());
    for (index, draft) in custom.stages.iter().enumerate() {
        match parse_offset(&draft.offset) {
            Ok(offset_days) => stages.push(Stage {
                offset_days,
                offset_kind: if draft.business {
                    OffsetKind::BusinessDays
                } else {
                    OffsetKind::CalendarDays
                },
                channel: draft.channel,
                tone: draft.tone,
                action: draft.action,
            }),
            Err(problem) => problems.push((TimelineField::Stage(index), problem)),
        }
    }
    let send_time = parse_send_time(&custom.send_time)
        .map_err(|p| problems.push((TimelineField::SendTime, p)))
        .unwrap_or(None);
    Policy {
        name: String::new(),
        stages,
        business_days_only: custom.business_days_only,
        min_gap_days: DEFAULT_MIN_GAP_DAYS,
        send_time,
        calendar: BusinessCalendar::default(),
        roll: Roll::Following,
    }
}

fn field_of(issue: &TimelineIssue) -> TimelineField {
    match issue.field {
        IssueField::Stage(index) => TimelineField::Stage(index),
        IssueField::Statutory
            if matches!(
                issue.kind,
                IssueKind::Statutory(StatutoryError::InvalidMargin { .. })
            ) =>
        {
            TimelineField::EuMargin
        }
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
    installments: Option<Vec<(NaiveDate, Decimal)>>,
) -> TimelineOutcome {
    let mut problems = Vec::new();
    let following_plan = installments.is_some();
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
    let regime = form.regime.get();
    let eu_margin = eu_margin(form, regime, lang.number_locale())
        .map_err(|e| problems.push((TimelineField::EuMargin, TimelineProblem::Number(e))))
        .ok()
        .flatten();
    let policy = form.custom.with(|custom| match custom {
        Some(custom) => custom_policy(custom, &mut problems),
        None => Policy::preset(form.preset.get()),
    });
    let Ok(inv) = invoice.parsed.get() else {
        return TimelineOutcome {
            timeline: None,
            problems,
            warnings: Vec::new(),
            invoice_ready: false,
            rate: None,
            following_plan,
        };
    };
    let mut policy = policy;
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
    input.installments = installments;
    input.statutory = regime.map(|regime| {
        let mut options = StatutoryOptions::new(regime);
        options.claim = form.claim.get();
        options.reference_rate_override = rate_override;
        options.eu_margin = eu_margin;
        options
    });
    if !problems.is_empty() {
        return TimelineOutcome {
            timeline: None,
            problems,
            warnings: Vec::new(),
            invoice_ready: true,
            rate: None,
            following_plan,
        };
    }
    let as_pair =
        |issue: &TimelineIssue| (field_of(issue), TimelineProblem::Engine(issue.kind.clone()));
    match build_timeline(&input) {
        Ok(timeline) => {
            let warnings = timeline.warnings.iter().map(as_pair).collect();
            let rate = input.statutory.as_ref().and_then(|options| {
                let claim = statutory_claim(&StatutoryInput {
                    regime: options.regime,
                    principal: input.amount,
                    currency: input.currency.clone(),
                    due_date: input.due_date,
                    interest_start: options.interest_start,
                    until: input.due_date.max(today),
                    reference_rate_override: options.reference_rate_override,
                    eu_margin: options.eu_margin,
                })
                .ok()?;
                Some(RateShown {
                    reference: claim.reference_rate,
                    margin: claim.margin,
                    annual: claim.annual_rate,
                })
            });
            TimelineOutcome {
                timeline: Some(timeline),
                problems,
                warnings,
                invoice_ready: true,
                rate,
                following_plan,
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
                rate: None,
                following_plan,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_are_whole_numbers_with_an_optional_sign() {
        assert_eq!(parse_offset("7"), Ok(7));
        assert_eq!(parse_offset(" +14 "), Ok(14));
        assert_eq!(parse_offset("-3"), Ok(-3));
        assert_eq!(parse_offset("\u{2212}3"), Ok(-3));
        // Too large for the engine: kept out of range, so the engine's rule reports it.
        assert_eq!(parse_offset("99999999999"), Ok(i32::MAX));
        assert_eq!(parse_offset("-99999999999"), Ok(i32::MIN));
        for bad in ["", " ", "+", "-", "1.5", "7d", "--3", "+-3", "٣"] {
            assert_eq!(
                parse_offset(bad),
                Err(TimelineProblem::OffsetNotWhole),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn send_times_are_hours_and_minutes() {
        assert_eq!(parse_send_time(""), Ok(None));
        assert_eq!(
            parse_send_time(" 09:30 "),
            Ok(NaiveTime::from_hms_opt(9, 30, 0))
        );
        assert_eq!(
            parse_send_time("7:05"),
            Ok(NaiveTime::from_hms_opt(7, 5, 0))
        );
        for bad in [
            "24:00",
            "9.30",
            "noon",
            "10:60",
            "10",
            "10:5",
            "+1:00",
            "10:00:00",
            "١٠:٠٠",
        ] {
            assert_eq!(
                parse_send_time(bad),
                Err(TimelineProblem::SendTime),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn a_custom_policy_survives_saving_and_untrusted_text_falls_back() {
        let mut custom = CustomPolicy::from_preset(PresetName::Firm);
        custom.stages.swap(0, 1);
        custom.stages[0].offset = "abc".into();
        custom.send_time = "08:15".into();
        let text = CustomPolicy::encode(&Some(custom.clone()));
        // Ids are keys for the list on screen, given again by position when read back.
        for (stage, id) in custom.stages.iter_mut().zip(0..) {
            stage.id = id;
        }
        assert_eq!(CustomPolicy::decode(&text), Some(custom));
        assert_eq!(CustomPolicy::encode(&None), "");
        for junk in ["", "null", "{", "[]", "2|1|", "1|x|", "1|1", "\u{0}"] {
            assert_eq!(CustomPolicy::decode(junk), None, "{junk:?}");
        }
        // Steps that do not read are left out; at most MAX_STAGES steps, short offsets.
        let read = CustomPolicy::decode("1|0||7,0,0,0,9|7,2,0,0,0|7,0,0,0|x,0,3,2,5,1|-3,1,3,2,5")
            .expect("readable");
        assert_eq!(read.stages.len(), 1);
        assert_eq!(
            read.stages[0],
            DraftStage {
                id: 0,
                offset: "-3".into(),
                business: true,
                channel: Channel::Sms,
                tone: Tone::Firm,
                action: StageAction::FinalNotice,
            }
        );
        let many = format!(
            "1|1|10:00{}",
            "|1234567890123456789,0,1,2,3".repeat(MAX_STAGES + 5)
        );
        let read = CustomPolicy::decode(&many).expect("readable");
        assert_eq!(read.stages.len(), MAX_STAGES);
        assert_eq!(read.stages[0].offset.chars().count(), MAX_OFFSET_CHARS);
        assert_eq!(
            read.stages[MAX_STAGES - 1].id,
            u32::try_from(MAX_STAGES - 1).unwrap_or(0)
        );
        // Separators typed into a field do not break the saved form.
        let mut odd = CustomPolicy::from_preset(PresetName::Gentle);
        odd.stages[0].offset = "1|2,3".into();
        let read = CustomPolicy::decode(&CustomPolicy::encode(&Some(odd))).expect("readable");
        assert_eq!(read.stages.len(), 6);
        assert_eq!(read.stages[0].offset, "123");
    }

    #[test]
    fn a_customised_preset_is_the_preset() {
        for preset in PresetName::all() {
            let mut problems = Vec::new();
            let policy = custom_policy(&CustomPolicy::from_preset(*preset), &mut problems);
            assert!(problems.is_empty());
            assert_eq!(
                Policy {
                    name: Policy::preset(*preset).name,
                    ..policy
                },
                Policy::preset(*preset)
            );
        }
    }
}
