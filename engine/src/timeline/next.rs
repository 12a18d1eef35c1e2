//! What to send now: the step due today or next, the composer's template and tone for it,
//! and why.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::contact::CaseHistory;
use super::issue::TimelineIssue;
use super::policy::{Channel, StageAction, Tone};
use super::{build_timeline, StageNote, StageStatus, Timeline, TimelineInput, TimelineStage};
use crate::message::{available_tones, TemplateId, ToneVariant};

/// The kind of first message that fits an invoice `days_overdue` days late (negative:
/// days before the due date) when nothing was sent on time. The timeline uses the
/// policy's stage of that kind, or the nearest gentler one the policy has, and never
/// goes below the next stage of the ladder (see the [module docs](super), rule 5).
///
/// | days overdue | message |
/// |---|---|
/// | < 0 | pre-due reminder |
/// | 0 | due-today note |
/// | 1–14 | friendly overdue reminder: most late payments are oversights |
/// | 15–45 | second follow-up: a clear, courteous overdue notice, still assuming good faith |
/// | > 45 | firm follow-up: what happens next; the final notice follows at the policy's gap |
///
/// Never a final notice or an escalation: those come in turn, after the steps before
/// them were sent ("escalation only after diplomacy").
///
/// ```
/// use tactful_engine::timeline::{first_message_for, StageAction};
///
/// assert_eq!(first_message_for(38), StageAction::SecondFollowUp);
/// assert_eq!(first_message_for(400), StageAction::FirmFollowUp);
/// assert_eq!(first_message_for(-2), StageAction::PreDueReminder);
/// ```
pub fn first_message_for(days_overdue: i64) -> StageAction {
    match days_overdue {
        ..=-1 => StageAction::PreDueReminder,
        0 => StageAction::DueToday,
        1..=14 => StageAction::FriendlyOverdue,
        15..=45 => StageAction::SecondFollowUp,
        _ => StageAction::FirmFollowUp,
    }
}

impl StageAction {
    /// The composer's template for this step; `None` for the legal review, an internal
    /// step with no message to the client.
    ///
    /// ```
    /// use tactful_engine::message::TemplateId;
    /// use tactful_engine::timeline::StageAction;
    ///
    /// assert_eq!(StageAction::SecondFollowUp.template(), Some(TemplateId::SecondFollowUp));
    /// assert_eq!(StageAction::LegalReview.template(), None);
    /// ```
    pub fn template(self) -> Option<TemplateId> {
        Some(match self {
            StageAction::PreDueReminder => TemplateId::PreDueReminder,
            StageAction::DueToday => TemplateId::DueToday,
            StageAction::FriendlyOverdue => TemplateId::FriendlyOverdue,
            StageAction::SecondFollowUp => TemplateId::SecondFollowUp,
            StageAction::FirmFollowUp => TemplateId::FirmFollowUp,
            StageAction::FinalNotice => TemplateId::FinalNotice,
            StageAction::AgencyReferral => TemplateId::AgencyReferral,
            StageAction::LegalReview => return None,
            StageAction::PromiseConfirmation => TemplateId::PromiseConfirmation,
            StageAction::PromiseMissed => TemplateId::PromiseMissed,
            StageAction::DisputeAcknowledgement => TemplateId::DisputeAcknowledgement,
            StageAction::InstallmentDueSoon => TemplateId::InstallmentDueSoon,
            StageAction::InstallmentMissed => TemplateId::InstallmentMissed,
            StageAction::ThankYou => TemplateId::ThankYou,
        })
    }
}

impl Tone {
    /// The composer's tone for a step of this tone written with `template`: friendly is
    /// warm, neutral neutral, firm and final firm; when the template is not written in
    /// that tone (a thank-you is never firm), the nearest softer one it has.
    ///
    /// ```
    /// use tactful_engine::message::{TemplateId, ToneVariant};
    /// use tactful_engine::timeline::Tone;
    ///
    /// assert_eq!(Tone::Final.variant_for(TemplateId::FinalNotice), ToneVariant::Firm);
    /// assert_eq!(Tone::Firm.variant_for(TemplateId::ThankYou), ToneVariant::Neutral);
    /// ```
    pub fn variant_for(self, template: TemplateId) -> ToneVariant {
        let wanted = match self {
            Tone::Friendly => ToneVariant::Warm,
            Tone::Neutral => ToneVariant::Neutral,
            Tone::Firm | Tone::Final => ToneVariant::Firm,
        };
        let rank = |tone: ToneVariant| ToneVariant::ALL.iter().position(|t| *t == tone);
        let available = available_tones(template);
        available
            .iter()
            .copied()
            .filter(|tone| rank(*tone) <= rank(wanted))
            .max_by_key(|tone| rank(*tone))
            .or_else(|| available.first().copied())
            .unwrap_or(wanted)
    }
}

/// The step to send now, or next.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SuggestedStep {
    /// What to send.
    pub action: StageAction,
    /// The composer's template for it ([`StageAction::template`]); `None` for the
    /// internal legal review.
    pub template: Option<TemplateId>,
    /// The composer's tone ([`Tone::variant_for`]); `None` without a template.
    pub tone: Option<ToneVariant>,
    /// The step's own tone in the policy.
    pub stage_tone: Tone,
    /// How.
    pub channel: Channel,
    /// When: today when it is due now, else the day it is due; never before today.
    pub date: NaiveDate,
    /// It is due today.
    pub due_now: bool,
    /// The step in [`Timeline::stages`].
    pub stage: usize,
}

/// Why this is the step, for a sentence the UI writes ("Nothing has been sent and the
/// invoice is 38 days overdue: send a clear overdue notice today").
///
/// Serialized with a `kind` tag in snake case beside its fields:
/// `{ "kind": "first_contact_while_overdue", "days": 38 }`, `{ "kind": "ladder_finished" }`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum NextReason {
    /// Not overdue yet, nothing sent: a courtesy note (or the first reminder) comes next.
    DueSoon {
        /// The due date.
        due_date: NaiveDate,
    },
    /// Overdue and nothing sent yet: the first message fits the lateness
    /// ([`first_message_for`]).
    FirstContactWhileOverdue {
        /// Days overdue today.
        days: i64,
    },
    /// Messages were sent and the invoice is still open: the ladder goes on.
    NoReplyToReminder {
        /// The day of the last message sent.
        sent_on: NaiveDate,
        /// Its step (`None` for a message of your own).
        action: Option<StageAction>,
    },
    /// The client promised to pay by `promised`: confirm it, then wait for that day.
    PromisePending {
        /// The promised date.
        promised: NaiveDate,
    },
    /// The promised date passed without payment.
    PromiseMissed {
        /// The promised date.
        promised: NaiveDate,
    },
    /// A query is open: acknowledge it; reminders wait until it is resolved.
    PausedForQuery {
        /// The day it was raised.
        opened: NaiveDate,
    },
    /// A part payment arrived: acknowledge it (the ladder goes on for the rest).
    PartPaymentReceived {
        /// The amount received.
        amount: Decimal,
        /// The day it arrived.
        received_on: NaiveDate,
    },
    /// Paid in full: thank the client (nothing else is sent).
    Paid {
        /// The day payment arrived.
        paid_on: NaiveDate,
    },
    /// The reminders follow an agreed payment plan.
    InstallmentPlan {
        /// The instalment the step is about (index into the instalments).
        installment: usize,
    },
    /// Every step has been sent or passed: nothing is left to send.
    LadderFinished,
}

/// What to send now, or next, and why; with the history a message is worded from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NextStep {
    /// The step; `None` when there is nothing to send (paid and thanked, a query
    /// acknowledged and open, the ladder finished).
    pub step: Option<SuggestedStep>,
    /// Why.
    pub reason: NextReason,
    /// Days overdue today (once paid: when the payment arrived).
    pub days_overdue: i64,
    /// What the contact log says; [`CaseHistory::fill_message`] gives it to the composer.
    pub history: CaseHistory,
}

/// Builds the timeline for `input` and says what to send now: [`next_step_of`] that
/// timeline.
///
/// # Errors
/// The timeline's errors ([`build_timeline`]).
///
/// ```
/// use chrono::NaiveDate;
/// use tactful_engine::message::{TemplateId, ToneVariant};
/// use tactful_engine::timeline::{next_step, Channel, Contact, NextReason, Policy, StageAction, TimelineInput};
///
/// let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// // £4,800 due 30 October 2026; on 7 December, 38 days late, nothing has been sent.
/// let mut input = TimelineInput::new(Policy::standard(), date(2026, 10, 30), date(2026, 12, 7));
/// let now = next_step(&input).unwrap();
/// assert_eq!(now.reason, NextReason::FirstContactWhileOverdue { days: 38 });
/// let step = now.step.unwrap();
/// assert_eq!((step.action, step.date, step.due_now), (StageAction::SecondFollowUp, date(2026, 12, 7), true));
/// assert_eq!((step.template, step.tone), (Some(TemplateId::SecondFollowUp), Some(ToneVariant::Neutral)));
///
/// // Sent today: the firm follow-up call comes a week later (+7 → +14 in the policy).
/// input.contacts.push(Contact::sent(date(2026, 12, 7), StageAction::SecondFollowUp, Channel::Email));
/// let next = next_step(&input).unwrap();
/// let step = next.step.unwrap();
/// assert_eq!((step.action, step.date, step.due_now), (StageAction::FirmFollowUp, date(2026, 12, 14), false));
/// assert_eq!(next.reason, NextReason::NoReplyToReminder { sent_on: date(2026, 12, 7), action: Some(StageAction::SecondFollowUp) });
/// assert_eq!(next.history.reminders_sent, 1);
/// ```
pub fn next_step(input: &TimelineInput) -> Result<NextStep, Vec<TimelineIssue>> {
    build_timeline(input).map(|timeline| next_step_of(input, &timeline))
}

/// What to send now according to `timeline`, built from `input`: the first step due
/// today, else the next one; why; and the history. [`super::evaluate_timeline`] calls it
/// on the timeline it has built ([`super::TimelineOutcome::next_step`]).
///
/// The reason follows the step: a thank-you after payment ([`NextReason::Paid`]) or a part
/// payment; a query acknowledgement; a promise confirmation or the promise-missed step
/// (pending until its day, missed on it); an instalment step; a ladder step —
/// [`NextReason::DueSoon`] before the due date with nothing sent,
/// [`NextReason::FirstContactWhileOverdue`] after it, [`NextReason::NoReplyToReminder`]
/// once anything was sent. With no step: paid, on hold for a query, or the ladder
/// finished.
pub fn next_step_of(input: &TimelineInput, timeline: &Timeline) -> NextStep {
    let summary = &timeline.today_summary;
    let history = &timeline.history;
    let found = timeline
        .stages
        .iter()
        .position(|s| s.status == StageStatus::Today)
        .or(summary.next_stage);
    let chosen = found.and_then(|index| Some((index, timeline.stages.get(index)?)));
    let step = chosen.and_then(|(index, stage)| {
        let template = stage.action.template();
        Some(SuggestedStep {
            action: stage.action,
            template,
            tone: template.map(|t| stage.tone.variant_for(t)),
            stage_tone: stage.tone,
            channel: stage.channel,
            date: stage.date?,
            due_now: stage.status == StageStatus::Today,
            stage: index,
        })
    });
    let reason = match chosen {
        Some((_, stage)) => reason_for(input, timeline, stage),
        None => match (history.paid_on, history.query_open_since) {
            (Some(paid_on), _) => NextReason::Paid { paid_on },
            (None, Some(opened)) => NextReason::PausedForQuery { opened },
            (None, None) => NextReason::LadderFinished,
        },
    };
    NextStep {
        step,
        reason,
        days_overdue: summary.days_overdue,
        history: history.clone(),
    }
}

fn reason_for(input: &TimelineInput, timeline: &Timeline, stage: &TimelineStage) -> NextReason {
    let history = &timeline.history;
    let summary = &timeline.today_summary;
    let part_payment = stage.notes.iter().find_map(|note| match note {
        StageNote::PartPayment { amount } => Some(*amount),
        _ => None,
    });
    match stage.action {
        StageAction::ThankYou => match (part_payment, history.paid_on) {
            (Some(amount), _) => NextReason::PartPaymentReceived {
                amount,
                received_on: stage.planned_date,
            },
            (None, Some(paid_on)) => NextReason::Paid { paid_on },
            (None, None) => NextReason::LadderFinished,
        },
        StageAction::DisputeAcknowledgement => NextReason::PausedForQuery {
            opened: stage.planned_date,
        },
        StageAction::PromiseConfirmation | StageAction::PromiseMissed => {
            let promised = history.promised_by.unwrap_or(stage.planned_date);
            let missed =
                stage.action == StageAction::PromiseMissed && stage.status == StageStatus::Today;
            if missed {
                NextReason::PromiseMissed { promised }
            } else {
                NextReason::PromisePending { promised }
            }
        }
        StageAction::InstallmentDueSoon | StageAction::InstallmentMissed => {
            NextReason::InstallmentPlan {
                installment: stage.installment.unwrap_or(0),
            }
        }
        _ => match history.last_contact_on {
            Some(sent_on) => NextReason::NoReplyToReminder {
                sent_on,
                action: history.last_contact_action,
            },
            None if summary.days_overdue > 0 => NextReason::FirstContactWhileOverdue {
                days: summary.days_overdue,
            },
            None => NextReason::DueSoon {
                due_date: input.due_date,
            },
        },
    }
}
