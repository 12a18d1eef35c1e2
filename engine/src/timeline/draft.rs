//! The escalation timeline's form as typed, read into a [`TimelineInput`] and worked out.
//!
//! [`TimelineDraft`] holds the fields as typed (dates, figures, the user's own policy);
//! [`evaluate_timeline`] reads them, builds the timeline and sorts the engine's issues into
//! problems and warnings, each with the form field to show it next to. The app's timeline
//! view keeps one `Memo` over it; the JavaScript API reads JSON into the same
//! [`TimelineInput`] and runs the same [`build_timeline`].
//!
//! The user's own policy is edited as a [`CustomPolicyDraft`] (offsets as typed) and saved
//! as compact text ([`CustomPolicyDraft::encode`]) with stable names for channels, tones
//! and actions.

use chrono::{NaiveDate, Timelike};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::{
    build_timeline, next_step_of, Channel, Contact, Dispute, IssueField, IssueKind, NextStep,
    OffsetKind, Policy, PresetName, Severity, Stage, StageAction, StatutoryOptions, Timeline,
    TimelineInput, TimelineIssue, Tone, DEFAULT_MIN_GAP_DAYS,
};
use crate::amount::{parse_number, NumberError, NumberLocale};
use crate::calendar::{BusinessCalendar, Roll};
use crate::dates::{parse_date, parse_time_of_day, DateParseError};
use crate::holidays::HolidayRegion;
use crate::invoice::Invoice;
use crate::limits::{MAX_OFFSET_CHARS, MAX_STAGES};
use crate::statutory::{
    late_payment_claim, ClaimInput, Jurisdiction, StatutoryClaim, StatutoryError,
};

/// One step of the user's own policy, as edited: the offset as typed, the rest chosen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftStage {
    /// A key for a list on screen (not saved; given again by position when read back).
    pub id: u32,
    /// Days from the due date, as typed (`"-3"`, `"14"`).
    pub offset: String,
    /// The offset counts business days.
    pub business: bool,
    /// How the step reaches the client.
    pub channel: Channel,
    /// How it sounds.
    pub tone: Tone,
    /// What it does (a ladder action).
    pub action: StageAction,
}

/// The user's own policy ("Customise" copies a preset into one).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomPolicyDraft {
    /// The steps, in the order shown.
    pub stages: Vec<DraftStage>,
    /// Move dates that fall on a weekend or holiday.
    pub business_days_only: bool,
    /// The send time as typed (`"10:00"`); empty for none (all-day calendar events).
    pub send_time: String,
}

/// The channels a step may have, in the order the first saved form (`1|…`) numbered them.
/// Frozen: only [`CustomPolicyDraft::decode`] of old saved work reads it.
const V1_CHANNELS: [Channel; 4] = [
    Channel::Email,
    Channel::PhoneCall,
    Channel::Letter,
    Channel::Sms,
];
/// The tones, in the order the first saved form numbered them (frozen).
const V1_TONES: [Tone; 4] = [Tone::Friendly, Tone::Neutral, Tone::Firm, Tone::Final];
/// The ladder actions, in the order the first saved form numbered them (frozen).
const V1_ACTIONS: [StageAction; 8] = [
    StageAction::PreDueReminder,
    StageAction::DueToday,
    StageAction::FriendlyOverdue,
    StageAction::SecondFollowUp,
    StageAction::FirmFollowUp,
    StageAction::FinalNotice,
    StageAction::AgencyReferral,
    StageAction::LegalReview,
];

/// Typed text as saved: without the separators of the saved form, at most
/// [`MAX_OFFSET_CHARS`] characters.
fn saved_text(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '|' | ','))
        .take(MAX_OFFSET_CHARS)
        .collect()
}

impl CustomPolicyDraft {
    /// A copy of `preset` to edit.
    ///
    /// ```
    /// use tactful_engine::timeline::{CustomPolicyDraft, PresetName};
    ///
    /// let draft = CustomPolicyDraft::from_preset(PresetName::Standard);
    /// assert_eq!(draft.stages[0].offset, "-3");
    /// ```
    pub fn from_preset(preset: PresetName) -> Self {
        let policy = Policy::preset(preset);
        CustomPolicyDraft {
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

    /// Saved-work text, one line: `2|<business days only 0/1>|<send time>|<step>|<step>…`,
    /// each step `<offset>,<business 0/1>,<channel>,<tone>,<action>` with the stable names
    /// of [`Channel::name`], [`Tone::name`] and [`StageAction::name`]
    /// (`-3,0,email,friendly,pre_due_reminder`). `None` is empty text.
    ///
    /// ```
    /// use tactful_engine::timeline::{CustomPolicyDraft, PresetName};
    ///
    /// let text = CustomPolicyDraft::encode(&Some(CustomPolicyDraft::from_preset(PresetName::Gentle)));
    /// assert!(text.starts_with("2|1|10:00|-7,0,email,friendly,pre_due_reminder|0,0,email,friendly,due_today|"));
    /// ```
    pub fn encode(custom: &Option<CustomPolicyDraft>) -> String {
        let Some(custom) = custom else {
            return String::new();
        };
        let mut out = format!(
            "2|{}|{}",
            u8::from(custom.business_days_only),
            saved_text(&custom.send_time)
        );
        for stage in &custom.stages {
            out.push_str(&format!(
                "|{},{},{},{},{}",
                saved_text(&stage.offset),
                u8::from(stage.business),
                stage.channel.name(),
                stage.tone.name(),
                stage.action.name()
            ));
        }
        out
    }

    /// Reads saved-work text (untrusted): the current form (`2|…`, names) and the first
    /// one (`1|…`, where channels, tones and actions were numbered in a frozen order).
    /// Anything unreadable is `None` (the presets); a step that does not read is left out;
    /// at most [`MAX_STAGES`] steps, short texts.
    pub fn decode(text: &str) -> Option<CustomPolicyDraft> {
        let mut parts = text.split('|');
        let version = parts.next()?;
        if version != "1" && version != "2" {
            return None;
        }
        let flag = |part: Option<&str>| match part {
            Some("0") => Some(false),
            Some("1") => Some(true),
            _ => None,
        };
        let business_days_only = flag(parts.next())?;
        let send_time = saved_text(parts.next()?);
        let by_index = |len: usize, part: Option<&str>| -> Option<usize> {
            part?.parse::<usize>().ok().filter(|i| *i < len)
        };
        let stages = parts
            .filter_map(|step| {
                let mut fields = step.split(',');
                let offset = saved_text(fields.next()?);
                let business = flag(fields.next())?;
                let (channel, tone, action) = if version == "1" {
                    (
                        V1_CHANNELS[by_index(V1_CHANNELS.len(), fields.next())?],
                        V1_TONES[by_index(V1_TONES.len(), fields.next())?],
                        V1_ACTIONS[by_index(V1_ACTIONS.len(), fields.next())?],
                    )
                } else {
                    (
                        Channel::from_name(fields.next()?)?,
                        Tone::from_name(fields.next()?)?,
                        StageAction::from_name(fields.next()?).filter(|a| a.is_ladder_action())?,
                    )
                };
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
        Some(CustomPolicyDraft {
            stages,
            business_days_only,
            send_time,
        })
    }
}

/// A typed day offset: a whole number, with an optional sign (`+7`, `-3`, `−3`).
/// A number too large for the engine saturates, so the engine's range rule reports it.
///
/// # Errors
/// [`TimelineProblem::OffsetNotWhole`] for anything but an optionally signed whole number.
///
/// ```
/// use tactful_engine::timeline::{parse_offset, TimelineProblem};
///
/// assert_eq!(parse_offset(" +14 "), Ok(14));
/// assert_eq!(parse_offset("\u{2212}3"), Ok(-3));
/// assert_eq!(parse_offset("1.5"), Err(TimelineProblem::OffsetNotWhole));
/// ```
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

/// A form field of the timeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TimelineField {
    /// The promised payment date.
    PromiseDate,
    /// The day a query or dispute was raised.
    DisputeOpened,
    /// The day it was settled.
    DisputeResolved,
    /// The day payment arrived.
    PaidOn,
    /// The reference-rate override.
    RateOverride,
    /// The EU margin.
    EuMargin,
    /// A step of the custom policy, by position.
    Stage(usize),
    /// The custom policy's send time.
    SendTime,
    /// One entry of the contact log, by index into [`TimelineDraft::contacts`].
    Contact(usize),
    /// Problems that belong to no single field (shown above the list).
    General,
}

/// Why a field's value cannot be used, or what is worth a warning.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TimelineProblem {
    /// A date the parser refused.
    Date(DateParseError),
    /// A number the parser refused.
    Number(NumberError),
    /// The engine's rule.
    Engine(IssueKind),
    /// A step offset that is not a whole number of days.
    OffsetNotWhole,
    /// A send time that is not `H:MM`, `HH:MM` or `HH:MM:SS`.
    SendTime,
}

/// The statutory figures typed in the timeline (`None`: blank, the built-in value).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct StatutoryFigures {
    /// The reference-rate override.
    pub rate_override: Option<Decimal>,
    /// The EU margin (only with the EU rules; `None`: the Directive's 8 points).
    pub eu_margin: Option<Decimal>,
}

/// A statutory figure typed in the timeline that is not a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum UnreadableFigure {
    /// The reference rate.
    Rate,
    /// The margin over the ECB rate.
    Margin,
}

/// The statutory rules in force for the case, which the timeline, the discount analysis
/// and the composer all use (one choice, so every tool agrees): the law the user chose,
/// or the one that follows from the invoice currency and the message language
/// ([`Jurisdiction::default_for`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct StatutoryChoice {
    /// The law.
    pub jurisdiction: Jurisdiction,
    /// Whether it follows from the currency and the message language (not chosen).
    pub automatic: bool,
    /// The figures typed, or which of them cannot be read (the timeline flags it at its
    /// field; the other tools say so and leave statutory interest out).
    pub figures: Result<StatutoryFigures, UnreadableFigure>,
}

/// The law for a case: `chosen`, or the one that follows from the invoice currency and the
/// message language.
///
/// ```
/// use tactful_engine::amount::NumberLocale;
/// use tactful_engine::statutory::Jurisdiction;
/// use tactful_engine::timeline::law_for;
///
/// assert_eq!(law_for(None, "EUR", NumberLocale::De), Jurisdiction::De);
/// assert_eq!(law_for(None, "GBP", NumberLocale::Fr), Jurisdiction::Uk);
/// assert_eq!(law_for(Some(Jurisdiction::Nl), "GBP", NumberLocale::EnGb), Jurisdiction::Nl);
/// ```
pub fn law_for(
    chosen: Option<Jurisdiction>,
    currency: &str,
    message: NumberLocale,
) -> Jurisdiction {
    chosen.unwrap_or_else(|| Jurisdiction::default_for(currency, message))
}

impl StatutoryFigures {
    /// The statutory claim's input for `invoice` under `jurisdiction`, with interest from
    /// the day after the due date up to `until`.
    pub fn claim_input(
        self,
        jurisdiction: Jurisdiction,
        invoice: &Invoice,
        until: NaiveDate,
    ) -> ClaimInput {
        let mut input = ClaimInput::new(
            jurisdiction,
            invoice.amount,
            invoice.currency.code,
            invoice.due_date,
            until,
        );
        input.reference_rate_override = self.rate_override;
        input.eu_margin = self.eu_margin;
        input
    }
}

/// The statutory rate in force on the first day of interest, for a sentence.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RateShown {
    /// The reference rate, percent.
    pub reference: Decimal,
    /// The margin, percentage points.
    pub margin: Decimal,
    /// Their sum, percent a year.
    pub annual: Decimal,
}

/// Every field of the timeline form, as typed or chosen. The defaults are the app's: the
/// Standard approach with England and Wales holidays, no events, statutory figures off.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct TimelineDraft {
    /// The preset used while there is no custom policy.
    pub preset: PresetName,
    /// Whose public holidays are days off.
    pub region: Option<HolidayRegion>,
    /// The date the client promised to pay by, `YYYY-MM-DD` (empty: none).
    pub promise_date: String,
    /// The day a query or dispute was raised (empty: none).
    pub dispute_opened: String,
    /// The day it was settled (empty: not yet).
    pub dispute_resolved: String,
    /// The day payment in full arrived (empty: not yet).
    pub paid_on: String,
    /// The law chosen; `None` follows the invoice currency and the message language.
    pub law: Option<Jurisdiction>,
    /// The user intends to claim statutory interest.
    pub claim: bool,
    /// The reference-rate override, as typed (empty: the built-in table).
    pub rate_override: String,
    /// The EU margin in percentage points, as typed.
    pub eu_margin: String,
    /// The user's own policy; `None` uses `preset`.
    pub custom: Option<CustomPolicyDraft>,
    /// The case's contact log, entries already read ([`super::parse_contact`]); saved with
    /// [`super::encode_contacts`].
    pub contacts: Vec<Contact>,
}

impl Default for TimelineDraft {
    fn default() -> Self {
        TimelineDraft {
            preset: PresetName::Standard,
            region: Some(HolidayRegion::EnglandWales),
            promise_date: String::new(),
            dispute_opened: String::new(),
            dispute_resolved: String::new(),
            paid_on: String::new(),
            law: None,
            claim: false,
            rate_override: String::new(),
            eu_margin: "8".to_owned(),
            custom: None,
            contacts: Vec::new(),
        }
    }
}

impl TimelineDraft {
    /// The statutory rules in force, with the figures read in the conventions of `locale`;
    /// the law follows the invoice's `currency` and the message language `message` unless
    /// one was chosen. A blank figure is the built-in value; the EU margin is read only under
    /// the EU rules.
    ///
    /// ```
    /// use tactful_engine::amount::NumberLocale;
    /// use tactful_engine::statutory::Jurisdiction;
    /// use tactful_engine::timeline::{TimelineDraft, UnreadableFigure};
    ///
    /// let mut draft = TimelineDraft { law: Some(Jurisdiction::Eu), ..TimelineDraft::default() };
    /// draft.eu_margin = "9,5".into();
    /// let choice = draft.statutory_choice(NumberLocale::De, "EUR", NumberLocale::De);
    /// assert_eq!(choice.figures.unwrap().eu_margin.unwrap().to_string(), "9.5");
    /// draft.rate_override = "abc".into();
    /// let choice = draft.statutory_choice(NumberLocale::De, "EUR", NumberLocale::De);
    /// assert_eq!(choice.figures, Err(UnreadableFigure::Rate));
    /// draft.law = None;
    /// assert_eq!(draft.statutory_choice(NumberLocale::De, "EUR", NumberLocale::Fr).jurisdiction, Jurisdiction::Fr);
    /// ```
    pub fn statutory_choice(
        &self,
        locale: NumberLocale,
        currency: &str,
        message: NumberLocale,
    ) -> StatutoryChoice {
        let jurisdiction = law_for(self.law, currency, message);
        let figures = match (
            self.rate_override(locale),
            self.eu_margin(jurisdiction, locale),
        ) {
            (Err(_), _) => Err(UnreadableFigure::Rate),
            (_, Err(_)) => Err(UnreadableFigure::Margin),
            (Ok(rate_override), Ok(eu_margin)) => Ok(StatutoryFigures {
                rate_override,
                eu_margin,
            }),
        };
        StatutoryChoice {
            jurisdiction,
            automatic: self.law.is_none(),
            figures,
        }
    }

    /// The EU margin as typed: `Ok(None)` when blank or when the EU rules are not in force.
    fn eu_margin(
        &self,
        law: Jurisdiction,
        locale: NumberLocale,
    ) -> Result<Option<Decimal>, NumberError> {
        if law != Jurisdiction::Eu || self.eu_margin.trim().is_empty() {
            Ok(None)
        } else {
            parse_number(&self.eu_margin, locale).map(Some)
        }
    }

    /// The reference-rate override as typed: `Ok(None)` when blank.
    fn rate_override(&self, locale: NumberLocale) -> Result<Option<Decimal>, NumberError> {
        if self.rate_override.trim().is_empty() {
            Ok(None)
        } else {
            parse_number(&self.rate_override, locale).map(Some)
        }
    }
}

/// What the timeline needs besides its own fields.
#[derive(Clone, Copy, Debug)]
pub struct TimelineContext<'a> {
    /// The shared invoice, when it is complete.
    pub invoice: Option<&'a Invoice>,
    /// The conventions the figures are typed in.
    pub locale: NumberLocale,
    /// Today.
    pub today: NaiveDate,
    /// The payments of a plan to follow (`None`: the reminder ladder).
    pub installments: Option<&'a [(NaiveDate, Decimal)]>,
    /// The message language: with the invoice currency it gives the law when none is
    /// chosen.
    pub message_locale: NumberLocale,
}

/// The ladder, or what stops it, plus warnings worth showing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimelineOutcome {
    /// The timeline, when the invoice and every field are usable.
    pub timeline: Option<Timeline>,
    /// Problems, each with the field to show it next to.
    pub problems: Vec<(TimelineField, TimelineProblem)>,
    /// Warnings (the timeline is still built).
    pub warnings: Vec<(TimelineField, TimelineProblem)>,
    /// False while the invoice itself is incomplete.
    pub invoice_ready: bool,
    /// The statutory rate, when it can be computed.
    pub rate: Option<RateShown>,
    /// The law in force (chosen, or following the currency and the message language).
    pub law: Option<StatutoryChoice>,
    /// The statutory claim up to today (or the due date, if later): its periods,
    /// compensation, collection costs and total, for the breakdown.
    pub claim: Option<StatutoryClaim>,
    /// The timeline follows a plan's payments.
    pub following_plan: bool,
    /// What to send now, and why ([`next_step_of`] the timeline), when there is one.
    pub next_step: Option<NextStep>,
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

/// The user's policy as the engine's, or the problems of its typed fields.
fn custom_policy(
    custom: &CustomPolicyDraft,
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
    let send_time = if custom.send_time.trim().is_empty() {
        None
    } else {
        parse_time_of_day(&custom.send_time)
            .map_err(|_| problems.push((TimelineField::SendTime, TimelineProblem::SendTime)))
            .ok()
    };
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

/// The form field an engine issue belongs to.
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
        IssueField::Contact(index) => TimelineField::Contact(index),
        IssueField::Statutory => TimelineField::RateOverride,
        _ => TimelineField::General,
    }
}

fn optional_date(
    text: &str,
    field: TimelineField,
    problems: &mut Vec<(TimelineField, TimelineProblem)>,
) -> Option<NaiveDate> {
    if text.trim().is_empty() {
        return None;
    }
    parse_date(text)
        .map_err(|e| problems.push((field, TimelineProblem::Date(e))))
        .ok()
}

/// Reads every field of `draft` and builds the timeline.
///
/// ```
/// use chrono::NaiveDate;
/// use tactful_engine::amount::NumberLocale;
/// use tactful_engine::invoice::{parse_invoice, InvoiceDraft};
/// use tactful_engine::timeline::{evaluate_timeline, TimelineContext, TimelineDraft, TimelineField, TimelineProblem};
///
/// let invoice = parse_invoice(&InvoiceDraft {
///     amount: "4,800".into(), currency: "GBP".into(), due_date: "2026-10-30".into(),
///     ..InvoiceDraft::default()
/// }, NumberLocale::EnGb).unwrap();
/// let today = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
/// let ctx = TimelineContext {
///     invoice: Some(&invoice), locale: NumberLocale::EnGb, today, installments: None,
///     message_locale: NumberLocale::EnGb,
/// };
/// let outcome = evaluate_timeline(&TimelineDraft::default(), &ctx);
/// assert!(outcome.timeline.is_some());
///
/// let draft = TimelineDraft { paid_on: "30/11/2026".into(), ..TimelineDraft::default() };
/// let outcome = evaluate_timeline(&draft, &ctx);
/// assert!(matches!(outcome.problems[0], (TimelineField::PaidOn, TimelineProblem::Date(_))));
/// ```
pub fn evaluate_timeline(draft: &TimelineDraft, ctx: &TimelineContext<'_>) -> TimelineOutcome {
    let mut problems = Vec::new();
    let following_plan = ctx.installments.is_some();
    let promise = optional_date(
        &draft.promise_date,
        TimelineField::PromiseDate,
        &mut problems,
    );
    let opened = optional_date(
        &draft.dispute_opened,
        TimelineField::DisputeOpened,
        &mut problems,
    );
    let resolved = optional_date(
        &draft.dispute_resolved,
        TimelineField::DisputeResolved,
        &mut problems,
    );
    let paid_on = optional_date(&draft.paid_on, TimelineField::PaidOn, &mut problems);
    let rate_override = draft
        .rate_override(ctx.locale)
        .map_err(|e| problems.push((TimelineField::RateOverride, TimelineProblem::Number(e))))
        .ok()
        .flatten();
    let currency = ctx.invoice.map_or("", |inv| inv.currency.code);
    let law = law_for(draft.law, currency, ctx.message_locale);
    let eu_margin = draft
        .eu_margin(law, ctx.locale)
        .map_err(|e| problems.push((TimelineField::EuMargin, TimelineProblem::Number(e))))
        .ok()
        .flatten();
    let mut policy = match &draft.custom {
        Some(custom) => custom_policy(custom, &mut problems),
        None => Policy::preset(draft.preset),
    };
    let choice = ctx
        .invoice
        .map(|_| draft.statutory_choice(ctx.locale, currency, ctx.message_locale));
    let outcome =
        |timeline, problems, warnings, invoice_ready, claim: Option<StatutoryClaim>, next_step| {
            TimelineOutcome {
                timeline,
                problems,
                warnings,
                invoice_ready,
                rate: claim.as_ref().map(|claim| RateShown {
                    reference: claim.reference_rate,
                    margin: claim.margin,
                    annual: claim.annual_rate,
                }),
                law: choice,
                claim,
                following_plan,
                next_step,
            }
        };
    let Some(inv) = ctx.invoice else {
        return outcome(None, problems, Vec::new(), false, None, None);
    };
    policy.calendar = BusinessCalendar {
        region: draft.region,
        ..policy.calendar
    };
    let mut input = TimelineInput::new(policy, inv.due_date, ctx.today);
    input.amount = inv.amount;
    inv.currency.code.clone_into(&mut input.currency);
    input.promise_to_pay = promise;
    input.dispute = opened.map(|opened| Dispute { opened, resolved });
    input.paid_on = paid_on;
    input.installments = ctx.installments.map(<[_]>::to_vec);
    input.contacts.clone_from(&draft.contacts);
    let mut options = StatutoryOptions::new(law.regime());
    options.jurisdiction = Some(law);
    options.claim = draft.claim;
    options.reference_rate_override = rate_override;
    options.eu_margin = eu_margin;
    input.statutory = Some(options);
    if !problems.is_empty() {
        return outcome(None, problems, Vec::new(), true, None, None);
    }
    let as_pair =
        |issue: &TimelineIssue| (field_of(issue), TimelineProblem::Engine(issue.kind.clone()));
    match build_timeline(&input) {
        Ok(timeline) => {
            let warnings = timeline.warnings.iter().map(as_pair).collect();
            let claim = StatutoryFigures {
                rate_override,
                eu_margin,
            }
            .claim_input(law, inv, inv.due_date.max(ctx.today));
            let claim = late_payment_claim(&claim).ok();
            let next = next_step_of(&input, &timeline);
            outcome(Some(timeline), problems, warnings, true, claim, Some(next))
        }
        Err(issues) => {
            let (errors, warnings): (Vec<_>, Vec<_>) = issues
                .iter()
                .partition(|issue| issue.severity == Severity::Error);
            outcome(
                None,
                errors.into_iter().map(as_pair).collect(),
                warnings.into_iter().map(as_pair).collect(),
                true,
                None,
                None,
            )
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
    fn a_custom_policy_survives_saving_and_untrusted_text_falls_back() {
        let mut custom = CustomPolicyDraft::from_preset(PresetName::Firm);
        custom.stages.swap(0, 1);
        custom.stages[0].offset = "abc".into();
        custom.send_time = "08:15".into();
        let text = CustomPolicyDraft::encode(&Some(custom.clone()));
        // Ids are keys for the list on screen, given again by position when read back.
        for (stage, id) in custom.stages.iter_mut().zip(0..) {
            stage.id = id;
        }
        assert_eq!(CustomPolicyDraft::decode(&text), Some(custom));
        assert_eq!(CustomPolicyDraft::encode(&None), "");
        for junk in ["", "null", "{", "[]", "3|1|", "1|x|", "1|1", "\u{0}"] {
            assert_eq!(CustomPolicyDraft::decode(junk), None, "{junk:?}");
        }
        // Steps that do not read are left out; at most MAX_STAGES steps, short offsets.
        let read = CustomPolicyDraft::decode(
            "2|0||7,0,email,friendly,thank_you|7,2,email,friendly,due_today|7,0,email,friendly|x,0,sms,firm,final_notice,1|-3,1,sms,firm,final_notice",
        )
        .expect("readable");
        assert_eq!(
            read.stages,
            [DraftStage {
                id: 0,
                offset: "-3".into(),
                business: true,
                channel: Channel::Sms,
                tone: Tone::Firm,
                action: StageAction::FinalNotice,
            }]
        );
        let many = format!(
            "2|1|10:00{}",
            "|1234567890123456789,0,phone_call,firm,firm_follow_up".repeat(MAX_STAGES + 5)
        );
        let read = CustomPolicyDraft::decode(&many).expect("readable");
        assert_eq!(read.stages.len(), MAX_STAGES);
        assert_eq!(read.stages[0].offset.chars().count(), MAX_OFFSET_CHARS);
        // Separators typed into a field do not break the saved form.
        let mut odd = CustomPolicyDraft::from_preset(PresetName::Gentle);
        odd.stages[0].offset = "1|2,3".into();
        let read =
            CustomPolicyDraft::decode(&CustomPolicyDraft::encode(&Some(odd))).expect("readable");
        assert_eq!(read.stages.len(), 6);
        assert_eq!(read.stages[0].offset, "123");
    }

    #[test]
    fn the_first_saved_form_numbered_choices_in_a_frozen_order() {
        // Written by the app before names were saved: step = offset, business, channel
        // index, tone index, action index.
        let read =
            CustomPolicyDraft::decode("1|1|08:15|-3,0,0,0,0|14,1,1,2,4|30,0,2,3,5|45,0,3,3,7")
                .expect("readable");
        let picked: Vec<_> = read
            .stages
            .iter()
            .map(|s| (s.offset.as_str(), s.business, s.channel, s.tone, s.action))
            .collect();
        assert_eq!(
            picked,
            [
                (
                    "-3",
                    false,
                    Channel::Email,
                    Tone::Friendly,
                    StageAction::PreDueReminder
                ),
                (
                    "14",
                    true,
                    Channel::PhoneCall,
                    Tone::Firm,
                    StageAction::FirmFollowUp
                ),
                (
                    "30",
                    false,
                    Channel::Letter,
                    Tone::Final,
                    StageAction::FinalNotice
                ),
                (
                    "45",
                    false,
                    Channel::Sms,
                    Tone::Final,
                    StageAction::LegalReview
                ),
            ]
        );
        assert_eq!(read.send_time, "08:15");
        assert!(read.business_days_only);
        // Written again, it is the named form, which reads back the same.
        let again = CustomPolicyDraft::encode(&Some(read.clone()));
        assert!(again.starts_with("2|1|08:15|-3,0,email,friendly,pre_due_reminder|"));
        assert_eq!(CustomPolicyDraft::decode(&again), Some(read));
    }

    #[test]
    fn a_customised_preset_is_the_preset() {
        for preset in PresetName::all() {
            let mut problems = Vec::new();
            let policy = custom_policy(&CustomPolicyDraft::from_preset(*preset), &mut problems);
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
