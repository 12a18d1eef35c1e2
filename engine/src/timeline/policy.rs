//! Escalation policies: the ladder of stages, the three presets, and the policy checks.

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use super::issue::{IssueField, IssueKind, TimelineIssue};
use crate::calendar::{BusinessCalendar, Roll};

pub use crate::limits::{MAX_OFFSET_DAYS, MAX_STAGES, MIN_OFFSET_DAYS};

/// The default minimum gap between two overdue stages: 5 days. Shorter feels like
/// pestering and gives an accounts-payable team (who often pay in weekly runs) no time
/// to act on the previous message.
pub const DEFAULT_MIN_GAP_DAYS: u32 = 5;

/// How a stage's offset is counted from the due date.
///
/// Serialized as `"calendar_days"` / `"business_days"`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OffsetKind {
    /// Plain days (`+7` is a week after the due date). The default: what people mean.
    #[default]
    CalendarDays,
    /// Business days of the policy's [`BusinessCalendar`] (`+5` skips the weekend and
    /// holidays), counted with [`BusinessCalendar::add_business_days`].
    BusinessDays,
}

/// How a stage reaches the client.
///
/// Serialized as `"email"`, `"phone_call"`, `"letter"` or `"sms"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// An email: cheap, written, the default for reminders.
    Email,
    /// A phone call: a conversation resolves more than another email (the invoice is
    /// lost, the approver is away, cash is short and a plan is needed).
    PhoneCall,
    /// A posted letter: formal, on the record; right for the final notice and anything
    /// with legal weight.
    Letter,
    /// A text message: a short nudge, only where the client agreed to texts. No preset
    /// uses it: accounts-payable teams work from email, and an unexpected text feels
    /// intrusive in B2B.
    Sms,
}

impl Channel {
    /// A short lowercase English name (`"phone call"`), for calendar entries and
    /// developer messages; the UI translates the variant itself.
    ///
    /// ```
    /// use tactful_engine::timeline::Channel;
    ///
    /// assert_eq!(Channel::PhoneCall.label(), "phone call");
    /// assert_eq!(Channel::Sms.label(), "text message");
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            Channel::Email => "email",
            Channel::PhoneCall => "phone call",
            Channel::Letter => "letter",
            Channel::Sms => "text message",
        }
    }

    /// Every channel.
    pub const ALL: &'static [Channel] = &[
        Channel::Email,
        Channel::PhoneCall,
        Channel::Letter,
        Channel::Sms,
    ];

    /// The stable name, as serialized and saved (`"phone_call"`); never changes.
    ///
    /// ```
    /// use tactful_engine::timeline::Channel;
    ///
    /// assert_eq!(Channel::PhoneCall.name(), "phone_call");
    /// assert_eq!(Channel::from_name("sms"), Some(Channel::Sms));
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Channel::Email => "email",
            Channel::PhoneCall => "phone_call",
            Channel::Letter => "letter",
            Channel::Sms => "sms",
        }
    }

    /// The channel named `name` ([`Channel::name`]).
    pub fn from_name(name: &str) -> Option<Channel> {
        Channel::ALL.iter().copied().find(|c| c.name() == name)
    }
}

/// How a stage sounds, from the softest to the hardest (the order is meaningful:
/// `Friendly < Neutral < Firm < Final`).
///
/// Serialized as `"friendly"`, `"neutral"`, `"firm"` or `"final"`.
///
/// ```
/// use tactful_engine::timeline::Tone;
///
/// assert!(Tone::Friendly < Tone::Firm && Tone::Firm < Tone::Final);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tone {
    /// Assumes an oversight; warm.
    Friendly,
    /// Matter-of-fact.
    Neutral,
    /// Clear about what happens next, still courteous.
    Firm,
    /// The last word before escalation: states the deadline and the consequence.
    Final,
}

impl Tone {
    /// The lowercase English name (`"firm"`), for calendar entries and developer
    /// messages; the UI translates the variant itself.
    ///
    /// ```
    /// use tactful_engine::timeline::Tone;
    ///
    /// assert_eq!(Tone::Final.label(), "final");
    /// ```
    pub fn label(self) -> &'static str {
        self.name()
    }

    /// Every tone, from the softest.
    pub const ALL: &'static [Tone] = &[Tone::Friendly, Tone::Neutral, Tone::Firm, Tone::Final];

    /// The stable name, as serialized and saved (`"friendly"`); never changes.
    ///
    /// ```
    /// use tactful_engine::timeline::Tone;
    ///
    /// assert_eq!(Tone::from_name(Tone::Firm.name()), Some(Tone::Firm));
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Tone::Friendly => "friendly",
            Tone::Neutral => "neutral",
            Tone::Firm => "firm",
            Tone::Final => "final",
        }
    }

    /// The tone named `name` ([`Tone::name`]).
    pub fn from_name(name: &str) -> Option<Tone> {
        Tone::ALL.iter().copied().find(|t| t.name() == name)
    }
}

/// What a stage does: one rung of the collection ladder, or a step the engine adds for
/// an event. The message composer maps each action to a template; keep the names.
///
/// Ladder actions (placed by a [`Policy`] at an offset from the due date):
/// `PreDueReminder`, `DueToday`, `FriendlyOverdue`, `SecondFollowUp`, `FirmFollowUp`,
/// `FinalNotice`, `AgencyReferral`, `LegalReview`.
///
/// Event actions (added by [`build_timeline`](super::build_timeline), never placed by a
/// policy): `PromiseConfirmation`, `PromiseMissed`, `DisputeAcknowledgement`,
/// `InstallmentDueSoon`, `InstallmentMissed`, `ThankYou`.
///
/// Serialized in snake case (`"pre_due_reminder"`, `"thank_you"`…).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StageAction {
    /// A courtesy note before the due date.
    PreDueReminder,
    /// A note on the due date.
    DueToday,
    /// The first overdue reminder: assumes an oversight.
    FriendlyOverdue,
    /// The second overdue reminder.
    SecondFollowUp,
    /// Firm follow-up: what happens next if nothing happens.
    FirmFollowUp,
    /// Final notice: the deadline before escalation.
    FinalNotice,
    /// The debt is handed to a collection agency (an escalation).
    AgencyReferral,
    /// A solicitor reviews the debt: letter before action, small claim (an escalation).
    LegalReview,
    /// Confirms a promise to pay, on the day it was made.
    PromiseConfirmation,
    /// The promised date passed without payment.
    PromiseMissed,
    /// Acknowledges a dispute, on the day it was raised.
    DisputeAcknowledgement,
    /// Courtesy note the day before an instalment.
    InstallmentDueSoon,
    /// Note the day after an instalment that was due.
    InstallmentMissed,
    /// Thanks the client for paying.
    ThankYou,
}

impl StageAction {
    /// A short English name (`"Final notice"`), for calendar entries and developer
    /// messages; the UI translates the variant itself.
    ///
    /// ```
    /// use tactful_engine::timeline::StageAction;
    ///
    /// assert_eq!(StageAction::FinalNotice.label(), "Final notice");
    /// assert_eq!(StageAction::ThankYou.label(), "Thank-you");
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            StageAction::PreDueReminder => "Pre-due reminder",
            StageAction::DueToday => "Due-today note",
            StageAction::FriendlyOverdue => "Friendly overdue reminder",
            StageAction::SecondFollowUp => "Second follow-up",
            StageAction::FirmFollowUp => "Firm follow-up",
            StageAction::FinalNotice => "Final notice",
            StageAction::AgencyReferral => "Agency referral",
            StageAction::LegalReview => "Legal review",
            StageAction::PromiseConfirmation => "Promise confirmation",
            StageAction::PromiseMissed => "Promise missed",
            StageAction::DisputeAcknowledgement => "Dispute acknowledgement",
            StageAction::InstallmentDueSoon => "Instalment due soon",
            StageAction::InstallmentMissed => "Instalment missed",
            StageAction::ThankYou => "Thank-you",
        }
    }

    /// Every action: the ladder's, then the events'.
    pub const ALL: &'static [StageAction] = &[
        StageAction::PreDueReminder,
        StageAction::DueToday,
        StageAction::FriendlyOverdue,
        StageAction::SecondFollowUp,
        StageAction::FirmFollowUp,
        StageAction::FinalNotice,
        StageAction::AgencyReferral,
        StageAction::LegalReview,
        StageAction::PromiseConfirmation,
        StageAction::PromiseMissed,
        StageAction::DisputeAcknowledgement,
        StageAction::InstallmentDueSoon,
        StageAction::InstallmentMissed,
        StageAction::ThankYou,
    ];

    /// The action named `name` ([`StageAction::name`]).
    ///
    /// ```
    /// use tactful_engine::timeline::StageAction;
    ///
    /// assert_eq!(StageAction::from_name("final_notice"), Some(StageAction::FinalNotice));
    /// assert_eq!(StageAction::FinalNotice.name(), "final_notice");
    /// ```
    pub fn from_name(name: &str) -> Option<StageAction> {
        StageAction::ALL.iter().copied().find(|a| a.name() == name)
    }

    /// The stable snake-case name (`"final_notice"`), as serialized and saved; used in
    /// calendar UIDs. Never changes.
    pub fn name(self) -> &'static str {
        match self {
            StageAction::PreDueReminder => "pre_due_reminder",
            StageAction::DueToday => "due_today",
            StageAction::FriendlyOverdue => "friendly_overdue",
            StageAction::SecondFollowUp => "second_follow_up",
            StageAction::FirmFollowUp => "firm_follow_up",
            StageAction::FinalNotice => "final_notice",
            StageAction::AgencyReferral => "agency_referral",
            StageAction::LegalReview => "legal_review",
            StageAction::PromiseConfirmation => "promise_confirmation",
            StageAction::PromiseMissed => "promise_missed",
            StageAction::DisputeAcknowledgement => "dispute_acknowledgement",
            StageAction::InstallmentDueSoon => "installment_due_soon",
            StageAction::InstallmentMissed => "installment_missed",
            StageAction::ThankYou => "thank_you",
        }
    }

    /// Whether a policy may place this action at an offset (a ladder action), rather than
    /// the engine adding it for an event (a promise, a dispute, an instalment, a payment).
    ///
    /// ```
    /// use tactful_engine::timeline::StageAction;
    ///
    /// assert!(StageAction::FirmFollowUp.is_ladder_action());
    /// assert!(!StageAction::ThankYou.is_ladder_action()); // only after a payment
    /// ```
    pub fn is_ladder_action(self) -> bool {
        StageAction::LADDER.contains(&self)
    }

    /// The actions a policy's ladder may hold, from the gentlest to the most escalated
    /// (the order the custom-policy editor offers them in).
    pub const LADDER: &'static [StageAction] = &[
        StageAction::PreDueReminder,
        StageAction::DueToday,
        StageAction::FriendlyOverdue,
        StageAction::SecondFollowUp,
        StageAction::FirmFollowUp,
        StageAction::FinalNotice,
        StageAction::AgencyReferral,
        StageAction::LegalReview,
    ];

    /// Whether the action escalates beyond the relationship (agency, solicitor): only
    /// allowed after a [`StageAction::FinalNotice`] ("escalation only after diplomacy").
    ///
    /// ```
    /// use tactful_engine::timeline::StageAction;
    ///
    /// assert!(StageAction::LegalReview.is_escalation());
    /// assert!(!StageAction::FinalNotice.is_escalation());
    /// ```
    pub fn is_escalation(self) -> bool {
        matches!(self, StageAction::AgencyReferral | StageAction::LegalReview)
    }

    /// Whether the action is a courtesy note before or on the due date (pre-due reminder,
    /// due-today note): pointless once the invoice is overdue.
    ///
    /// ```
    /// use tactful_engine::timeline::StageAction;
    ///
    /// assert!(StageAction::DueToday.is_courtesy());
    /// assert!(!StageAction::FriendlyOverdue.is_courtesy());
    /// ```
    pub fn is_courtesy(self) -> bool {
        matches!(self, StageAction::PreDueReminder | StageAction::DueToday)
    }

    /// The action's place in [`StageAction::LADDER`] (0 for the pre-due reminder, 7 for
    /// the legal review); `None` for event actions.
    pub(crate) fn rank(self) -> Option<usize> {
        StageAction::LADDER.iter().position(|a| *a == self)
    }
}

/// One rung of a policy's ladder: when (an offset from the due date), how (channel),
/// how it sounds (tone) and what it does (action).
///
/// The stage's date is the due date plus `offset_days` (negative: before the due date),
/// counted as `offset_kind` says, then rolled to a business day when the policy is
/// [`Policy::business_days_only`].
///
/// ```
/// use tactful_engine::timeline::{Channel, OffsetKind, Stage, StageAction, Tone};
///
/// let call = Stage::new(14, Channel::PhoneCall, Tone::Firm, StageAction::FirmFollowUp);
/// assert_eq!(call.offset_kind, OffsetKind::CalendarDays);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stage {
    /// Days from the due date (negative: before it), from [`MIN_OFFSET_DAYS`] to
    /// [`MAX_OFFSET_DAYS`].
    pub offset_days: i32,
    /// Whether the offset counts calendar or business days.
    #[serde(default)]
    pub offset_kind: OffsetKind,
    /// How the stage reaches the client.
    pub channel: Channel,
    /// How it sounds.
    pub tone: Tone,
    /// What it does; a ladder action (see [`StageAction::is_ladder_action`]).
    pub action: StageAction,
}

impl Stage {
    /// A stage counted in calendar days.
    ///
    /// ```
    /// use tactful_engine::timeline::{Channel, Stage, StageAction, Tone};
    ///
    /// let stage = Stage::new(-3, Channel::Email, Tone::Friendly, StageAction::PreDueReminder);
    /// assert_eq!(stage.offset_days, -3);
    /// ```
    pub fn new(offset_days: i32, channel: Channel, tone: Tone, action: StageAction) -> Self {
        Self {
            offset_days,
            offset_kind: OffsetKind::CalendarDays,
            channel,
            tone,
            action,
        }
    }
}

/// The three built-in policies.
///
/// Serialized as `"gentle"`, `"standard"`, `"firm"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PresetName {
    /// [`Policy::gentle`]: a long, valued relationship.
    Gentle,
    /// [`Policy::standard`]: the default.
    Standard,
    /// [`Policy::firm`]: a client who has paid late before.
    Firm,
}

impl PresetName {
    /// All presets, from the gentlest.
    ///
    /// ```
    /// use tactful_engine::timeline::PresetName;
    ///
    /// assert_eq!(PresetName::all().len(), 3);
    /// ```
    pub fn all() -> &'static [PresetName] {
        &[PresetName::Gentle, PresetName::Standard, PresetName::Firm]
    }
}

/// An escalation policy: the ladder of stages and how dates are placed.
///
/// - `stages`: in chronological order (see [`Policy::sorted`]); at most [`MAX_STAGES`].
/// - `business_days_only`: move every date that is not a business day of `calendar`
///   with `roll` (see below). On in the presets: a reminder that lands on a Saturday is
///   read on Monday under a pile of others, and a Sunday email looks automated.
/// - `min_gap_days`: the shortest comfortable gap between two **overdue** stages
///   (default [`DEFAULT_MIN_GAP_DAYS`]); a shorter gap is a warning, not an error.
///   Courtesy notes before and on the due date are not counted: they are a different
///   kind of message, and a firm policy may deliberately follow up soon after the due date.
/// - `send_time`: the local time to send at, if any; copied to each stage's `send_at`.
/// - `calendar`, `roll`: the business days and the convention moving a date that is not
///   one. Two guards keep a stage on its side of the due date: a stage after the due date
///   never rolls onto or before it (it rolls forward instead, so "overdue" is true), and a
///   stage before the due date never rolls onto or after it (it rolls back instead). With
///   [`Roll::None`] dates stay where they fall, even with `business_days_only`.
///
/// The default is [`Policy::standard`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Policy {
    /// A name for people ("Standard").
    pub name: String,
    /// The ladder, in chronological order.
    pub stages: Vec<Stage>,
    /// Move dates that are not business days (with `roll`).
    pub business_days_only: bool,
    /// The shortest comfortable gap between two overdue stages, in days.
    pub min_gap_days: u32,
    /// The local time to send messages at, if any.
    pub send_time: Option<NaiveTime>,
    /// Which days are business days.
    pub calendar: BusinessCalendar,
    /// How a date that is not a business day is moved.
    pub roll: Roll,
}

impl Default for Policy {
    fn default() -> Self {
        Policy::standard()
    }
}

/// 10:00: the presets' send time. Mid-morning mail is read the same day; mail sent at
/// night is buried under the morning's, and an early call catches people unprepared.
fn preset_send_time() -> Option<NaiveTime> {
    NaiveTime::from_hms_opt(10, 0, 0)
}

fn preset(name: &str, stages: Vec<Stage>) -> Policy {
    Policy {
        name: name.to_owned(),
        stages,
        business_days_only: true,
        min_gap_days: DEFAULT_MIN_GAP_DAYS,
        send_time: preset_send_time(),
        calendar: BusinessCalendar::default(),
        // Following: a reminder is never sent earlier than the policy says (the guards in
        // the `Policy` docs keep pre-due notes before the due date).
        roll: Roll::Following,
    }
}

impl Policy {
    /// **Gentle**, for a long relationship: −7, 0, +7, +21, +35 final notice, +60 agency.
    ///
    /// | offset | action | channel | tone | why |
    /// |---|---|---|---|---|
    /// | −7 | pre-due reminder | email | friendly | a week gives their payment run time to include it |
    /// | 0 | due-today note | email | friendly | a light touch on the day |
    /// | +7 | friendly overdue | email | friendly | a week's grace: a good client gets the benefit of the doubt, and many pay in weekly runs |
    /// | +21 | second follow-up | phone call | neutral | after three weeks a call to a known contact finds the problem a third email would not |
    /// | +35 | final notice | letter | final | formal and on the record, as a final notice should be |
    /// | +60 | agency referral | letter | final | 25 days after the final notice: its deadline plus slack |
    ///
    /// There is no firm follow-up: with a valued client the call does that job in a
    /// friendlier voice. Calendar: weekends only (set `calendar` to add holidays);
    /// business days only, rolled forward; 5-day minimum gap; sent at 10:00.
    ///
    /// ```
    /// use tactful_engine::timeline::{Policy, StageAction};
    ///
    /// let gentle = Policy::gentle();
    /// let offsets: Vec<i32> = gentle.stages.iter().map(|s| s.offset_days).collect();
    /// assert_eq!(offsets, vec![-7, 0, 7, 21, 35, 60]);
    /// assert_eq!(gentle.stages[4].action, StageAction::FinalNotice);
    /// ```
    pub fn gentle() -> Policy {
        use Channel::{Email, Letter, PhoneCall};
        use StageAction::*;
        use Tone::{Final, Friendly, Neutral};
        preset(
            "Gentle",
            vec![
                Stage::new(-7, Email, Friendly, PreDueReminder),
                Stage::new(0, Email, Friendly, DueToday),
                Stage::new(7, Email, Friendly, FriendlyOverdue),
                Stage::new(21, PhoneCall, Neutral, SecondFollowUp),
                Stage::new(35, Letter, Final, FinalNotice),
                Stage::new(60, Letter, Final, AgencyReferral),
            ],
        )
    }

    /// **Standard**, the default: −3, +1, +7, +14, +30 final notice, +45 agency, +75 legal
    /// review.
    ///
    /// | offset | action | channel | tone | why |
    /// |---|---|---|---|---|
    /// | −3 | pre-due reminder | email | friendly | clear terms up front: the cheapest late payment is the one prevented |
    /// | +1 | friendly overdue | email | friendly | most late payments are oversights, caught best the next day |
    /// | +7 | second follow-up | email | neutral | still written, still assuming good faith |
    /// | +14 | firm follow-up | phone call | firm | a conversation resolves more than a third email |
    /// | +30 | final notice | letter | final | formal and on the record; gives a deadline |
    /// | +45 | agency referral | letter | final | after the final notice's deadline |
    /// | +75 | legal review | letter | final | a solicitor's letter before action comes last |
    ///
    /// No due-today note: the pre-due reminder three days earlier already did that job.
    /// Calendar: weekends only (set `calendar` to add holidays); business days only,
    /// rolled forward; 5-day minimum gap; sent at 10:00.
    ///
    /// ```
    /// use tactful_engine::timeline::{Channel, Policy, StageAction};
    ///
    /// let standard = Policy::standard();
    /// let offsets: Vec<i32> = standard.stages.iter().map(|s| s.offset_days).collect();
    /// assert_eq!(offsets, vec![-3, 1, 7, 14, 30, 45, 75]);
    /// assert_eq!(standard.stages[3].channel, Channel::PhoneCall);
    /// assert_eq!(standard.stages[6].action, StageAction::LegalReview);
    /// ```
    pub fn standard() -> Policy {
        use Channel::{Email, Letter, PhoneCall};
        use StageAction::*;
        use Tone::{Final, Firm, Friendly, Neutral};
        preset(
            "Standard",
            vec![
                Stage::new(-3, Email, Friendly, PreDueReminder),
                Stage::new(1, Email, Friendly, FriendlyOverdue),
                Stage::new(7, Email, Neutral, SecondFollowUp),
                Stage::new(14, PhoneCall, Firm, FirmFollowUp),
                Stage::new(30, Letter, Final, FinalNotice),
                Stage::new(45, Letter, Final, AgencyReferral),
                Stage::new(75, Letter, Final, LegalReview),
            ],
        )
    }

    /// **Firm**, for a client who has paid late before: 0, +3, +10, +20 final notice, +30
    /// agency, +45 legal review.
    ///
    /// | offset | action | channel | tone | why |
    /// |---|---|---|---|---|
    /// | 0 | due-today note | email | neutral | clear and on the day; no pre-due courtesy |
    /// | +3 | friendly overdue | email | neutral | even a firm policy opens politely: the first overdue message must not be harsher than firm |
    /// | +10 | firm follow-up | phone call | firm | the call, a week later |
    /// | +20 | final notice | letter | final | formal, with a 10-day deadline |
    /// | +30 | agency referral | letter | final | right after that deadline |
    /// | +45 | legal review | letter | final | last |
    ///
    /// Calendar: weekends only (set `calendar` to add holidays); business days only,
    /// rolled forward; 5-day minimum gap; sent at 10:00.
    ///
    /// ```
    /// use tactful_engine::timeline::{Policy, Tone};
    ///
    /// let firm = Policy::firm();
    /// let offsets: Vec<i32> = firm.stages.iter().map(|s| s.offset_days).collect();
    /// assert_eq!(offsets, vec![0, 3, 10, 20, 30, 45]);
    /// assert_eq!(firm.stages[1].tone, Tone::Neutral);
    /// ```
    pub fn firm() -> Policy {
        use Channel::{Email, Letter, PhoneCall};
        use StageAction::*;
        use Tone::{Final, Firm, Neutral};
        preset(
            "Firm",
            vec![
                Stage::new(0, Email, Neutral, DueToday),
                Stage::new(3, Email, Neutral, FriendlyOverdue),
                Stage::new(10, PhoneCall, Firm, FirmFollowUp),
                Stage::new(20, Letter, Final, FinalNotice),
                Stage::new(30, Letter, Final, AgencyReferral),
                Stage::new(45, Letter, Final, LegalReview),
            ],
        )
    }

    /// The preset called `name`.
    ///
    /// ```
    /// use tactful_engine::timeline::{Policy, PresetName};
    ///
    /// assert_eq!(Policy::preset(PresetName::Firm), Policy::firm());
    /// assert_eq!(Policy::preset(PresetName::Standard), Policy::default());
    /// ```
    pub fn preset(name: PresetName) -> Policy {
        match name {
            PresetName::Gentle => Policy::gentle(),
            PresetName::Standard => Policy::standard(),
            PresetName::Firm => Policy::firm(),
        }
    }

    /// The policy with its stages in chronological order (a stable sort: stages on the
    /// same offset keep their order).
    ///
    /// The order compares offsets as calendar days; a business-day offset `n` counts as
    /// `n × 7 / w` calendar days, `w` being the calendar's working days per week (5, or 6
    /// for a Sunday-only weekend). That is exact when all stages use one kind, and a
    /// close approximation when they mix kinds; [`Policy::check`] still checks the real
    /// dates.
    ///
    /// ```
    /// use tactful_engine::timeline::{Channel, Policy, Stage, StageAction, Tone};
    ///
    /// let mut policy = Policy::standard();
    /// policy.stages.swap(0, 3);
    /// assert_ne!(policy, Policy::standard());
    /// assert_eq!(policy.sorted(), Policy::standard());
    /// ```
    pub fn sorted(mut self) -> Policy {
        let per_week = i64::try_from(self.calendar.weekend.working_days_per_week()).unwrap_or(5);
        // Compare n_cal / 1 with n_bus × 7 / w by scaling both by w: no division.
        self.stages.sort_by_key(|stage| match stage.offset_kind {
            OffsetKind::CalendarDays => i64::from(stage.offset_days) * per_week,
            OffsetKind::BusinessDays => i64::from(stage.offset_days) * 7,
        });
        self
    }

    /// Checks the policy against an invoice due on `due_date` and returns every problem
    /// found (errors and warnings), each tied to its stage; empty when all is well.
    ///
    /// Errors (the timeline cannot be built):
    /// - [`IssueKind::NoStages`], [`IssueKind::TooManyStages`] (more than [`MAX_STAGES`]);
    /// - [`IssueKind::OffsetOutOfRange`]: outside [`MIN_OFFSET_DAYS`]`..=`[`MAX_OFFSET_DAYS`];
    /// - [`IssueKind::NotALadderAction`]: a policy may not place event actions such as a
    ///   thank-you (it would thank a client who has not paid);
    /// - [`IssueKind::OutOfOrder`]: dated before the stage above it ([`Policy::sorted`]
    ///   fixes it);
    /// - [`IssueKind::SameDay`]: on the same day as an earlier stage before any rolling
    ///   (two stages with one offset);
    /// - [`IssueKind::EscalationBeforeFinalNotice`]: an agency referral or legal review
    ///   with no final notice above it;
    /// - [`IssueKind::FirstOverdueTooHarsh`]: the first stage after the due date has the
    ///   [`Tone::Final`] tone (empathy first; firm is the most it may be);
    /// - [`IssueKind::DateOutOfRange`], [`IssueKind::NoBusinessDay`]: the date cannot be
    ///   computed or rolled.
    ///
    /// Warnings (the timeline is still built):
    /// - [`IssueKind::GapTooShort`]: two overdue stages written closer than
    ///   `min_gap_days` (their dates before rolling to business days).
    ///
    /// The check judges the policy as written, not the calendar: rolling to business days
    /// can bring two dates together (a Saturday reminder sent on Monday, Good Friday and
    /// Easter Monday), and [`super::build_timeline`] then moves the later step (never
    /// closer than the minimum gap or the gap as written, whichever is smaller, and never
    /// two messages on one day), with a note on the step. So no shipped preset warns about
    /// itself, whatever the due date and the holidays.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use tactful_engine::timeline::{IssueField, IssueKind, Policy, Severity};
    ///
    /// let due = NaiveDate::from_ymd_opt(2025, 3, 3).unwrap();
    /// assert!(Policy::standard().check(due).is_empty());
    ///
    /// let mut policy = Policy::standard();
    /// policy.stages[2].offset_days = 400; // the second follow-up, a year late
    /// policy.stages[3].offset_days = 9; // the call, only 2 days after the second email
    /// let issues = policy.check(due);
    /// assert_eq!(issues[0].field, IssueField::Stage(2));
    /// assert_eq!(issues[0].kind, IssueKind::OffsetOutOfRange { offset: 400, min: -90, max: 365 });
    /// assert_eq!(issues[0].to_string(), "stage 2: offset 400 is outside -90..=365 days");
    /// assert!(issues.iter().any(|i| i.severity == Severity::Error));
    /// ```
    pub fn check(&self, due_date: NaiveDate) -> Vec<TimelineIssue> {
        let mut issues = Vec::new();
        let policy_issue = |kind| TimelineIssue::error(IssueField::Policy, kind);
        if self.stages.is_empty() {
            issues.push(policy_issue(IssueKind::NoStages));
            return issues;
        }
        if self.stages.len() > MAX_STAGES {
            issues.push(policy_issue(IssueKind::TooManyStages {
                count: self.stages.len(),
                max: MAX_STAGES,
            }));
            return issues;
        }
        let dates = self.ladder_dates(due_date);
        let mut seen_final_notice = false;
        let mut first_overdue_seen = false;
        let mut previous_raw: Option<(usize, NaiveDate)> = None;
        let mut previous_overdue_raw: Option<(usize, NaiveDate)> = None;
        for (index, (stage, dated)) in self.stages.iter().zip(&dates).enumerate() {
            let field = IssueField::Stage(index);
            let error = |kind| TimelineIssue::error(field, kind);
            if !(MIN_OFFSET_DAYS..=MAX_OFFSET_DAYS).contains(&stage.offset_days) {
                issues.push(error(IssueKind::OffsetOutOfRange {
                    offset: stage.offset_days,
                    min: MIN_OFFSET_DAYS,
                    max: MAX_OFFSET_DAYS,
                }));
            }
            if !stage.action.is_ladder_action() {
                issues.push(error(IssueKind::NotALadderAction {
                    action: stage.action,
                }));
            }
            if stage.action.is_escalation() && !seen_final_notice {
                issues.push(error(IssueKind::EscalationBeforeFinalNotice {
                    action: stage.action,
                }));
            }
            seen_final_notice |= stage.action == StageAction::FinalNotice;
            if stage.offset_days > 0 && !first_overdue_seen {
                first_overdue_seen = true;
                if stage.tone > Tone::Firm {
                    issues.push(error(IssueKind::FirstOverdueTooHarsh { tone: stage.tone }));
                }
            }
            let dated = match dated {
                Ok(dated) => *dated,
                Err(kind) => {
                    // Out-of-range offsets are already reported; don't repeat them.
                    if (MIN_OFFSET_DAYS..=MAX_OFFSET_DAYS).contains(&stage.offset_days) {
                        issues.push(error(kind.clone()));
                    }
                    continue;
                }
            };
            if let Some((previous, previous_date)) = previous_raw {
                if dated.raw < previous_date {
                    issues.push(error(IssueKind::OutOfOrder { previous }));
                }
            }
            previous_raw = Some((index, dated.raw));
            let earlier = |same: &dyn Fn(&LadderDate) -> bool| {
                dates[..index]
                    .iter()
                    .position(|d| d.as_ref().is_ok_and(same))
            };
            if let Some(other) = earlier(&|d| d.raw == dated.raw) {
                issues.push(error(IssueKind::SameDay { other }));
            }
            if stage.offset_days > 0 {
                if let Some((previous, previous_date)) = previous_overdue_raw {
                    let days = crate::dates::days_between(previous_date, dated.raw);
                    if days > 0 && days < i64::from(self.min_gap_days) {
                        issues.push(TimelineIssue::warning(
                            field,
                            IssueKind::GapTooShort {
                                previous,
                                days,
                                min: self.min_gap_days,
                            },
                        ));
                    }
                }
                previous_overdue_raw = Some((index, dated.raw));
            }
        }
        issues
    }

    /// Each stage's date for an invoice due on `due`: before rolling and after. Stages
    /// with an offset outside the allowed range are not computed (an error is reported
    /// for them anyway), which also keeps a huge business-day count from looping long.
    pub(crate) fn ladder_dates(&self, due: NaiveDate) -> Vec<Result<LadderDate, IssueKind>> {
        self.stages
            .iter()
            .map(|stage| {
                if !(MIN_OFFSET_DAYS..=MAX_OFFSET_DAYS).contains(&stage.offset_days) {
                    return Err(IssueKind::OffsetOutOfRange {
                        offset: stage.offset_days,
                        min: MIN_OFFSET_DAYS,
                        max: MAX_OFFSET_DAYS,
                    });
                }
                let raw = match stage.offset_kind {
                    OffsetKind::CalendarDays => add_days(due, i64::from(stage.offset_days)),
                    OffsetKind::BusinessDays => {
                        self.calendar.add_business_days(due, stage.offset_days)
                    }
                }
                .ok_or(IssueKind::DateOutOfRange)?;
                let rolled = self
                    .roll_stage(raw, due, stage.offset_days)
                    .ok_or(IssueKind::NoBusinessDay)?;
                Ok(LadderDate { raw, rolled })
            })
            .collect()
    }

    /// `raw` moved to a business day, if the policy asks for it, keeping the stage on its
    /// side of the due date (see the [`Policy`] docs).
    pub(crate) fn roll_stage(
        &self,
        raw: NaiveDate,
        due: NaiveDate,
        offset: i32,
    ) -> Option<NaiveDate> {
        if !self.business_days_only {
            return Some(raw);
        }
        let rolled = self.calendar.roll(raw, self.roll)?;
        if offset > 0 && rolled <= due {
            self.calendar.roll(raw, Roll::Following)
        } else if offset < 0 && rolled >= due {
            self.calendar.roll(raw, Roll::Preceding)
        } else {
            Some(rolled)
        }
    }

    /// `date` moved forward to a business day if the policy asks for dates to be business
    /// days and has a roll convention (events and postponed stages never move earlier).
    pub(crate) fn roll_forward(&self, date: NaiveDate) -> Option<NaiveDate> {
        if self.business_days_only && self.roll != Roll::None {
            self.calendar.roll(date, Roll::Following)
        } else {
            Some(date)
        }
    }

    /// `date` moved back to a business day, like [`Policy::roll_forward`] but backwards.
    pub(crate) fn roll_backward(&self, date: NaiveDate) -> Option<NaiveDate> {
        if self.business_days_only && self.roll != Roll::None {
            self.calendar.roll(date, Roll::Preceding)
        } else {
            Some(date)
        }
    }

    /// The first day after `date` a message may go out: the next day, or the next
    /// business day when dates are rolled.
    pub(crate) fn next_slot(&self, date: NaiveDate) -> Option<NaiveDate> {
        self.roll_forward(date.succ_opt()?)
    }
}

/// A stage's date before and after rolling.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct LadderDate {
    /// Due date + offset.
    pub(crate) raw: NaiveDate,
    /// Moved to a business day when the policy says so.
    pub(crate) rolled: NaiveDate,
}

/// `date` + `days` (negative: earlier), `None` outside chrono's range.
pub(crate) fn add_days(date: NaiveDate, days: i64) -> Option<NaiveDate> {
    let magnitude = chrono::Days::new(days.unsigned_abs());
    if days >= 0 {
        date.checked_add_days(magnitude)
    } else {
        date.checked_sub_days(magnitude)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::holidays::HolidayRegion;
    use crate::timeline::Severity;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a valid date")
    }

    fn england(policy: Policy) -> Policy {
        Policy {
            calendar: BusinessCalendar::for_region(HolidayRegion::EnglandWales),
            ..policy
        }
    }

    fn rolled(policy: &Policy, due: NaiveDate) -> Vec<NaiveDate> {
        policy
            .ladder_dates(due)
            .into_iter()
            .map(|d| d.expect("a date").rolled)
            .collect()
    }

    #[test]
    fn presets_pass_their_own_checks_on_every_day_of_two_years() {
        for name in PresetName::all() {
            let policy = england(Policy::preset(*name));
            let mut due = date(2025, 1, 1);
            while due < date(2027, 1, 1) {
                let errors: Vec<_> = policy
                    .check(due)
                    .into_iter()
                    .filter(|i| i.severity == Severity::Error)
                    .collect();
                assert!(errors.is_empty(), "{name:?} due {due}: {errors:?}");
                due = due.succ_opt().expect("a date");
            }
        }
    }

    #[test]
    fn preset_dates_around_christmas_2025_in_england() {
        // Due Saturday 20 December 2025; 25 and 26 December are bank holidays, 27–28 a
        // weekend, 1 January a holiday.
        let due = date(2025, 12, 20);
        let table = [
            (
                PresetName::Gentle,
                vec![
                    date(2025, 12, 15), // -7: Sat 13 → Mon 15
                    date(2025, 12, 22), // 0: Sat 20 → Mon 22
                    date(2025, 12, 29), // +7: Sat 27 → Mon 29 (past Christmas)
                    date(2026, 1, 12),  // +21: Sat 10 Jan → Mon 12
                    date(2026, 1, 26),  // +35: Sat 24 Jan → Mon 26
                    date(2026, 2, 18),  // +60: Wed
                ],
            ),
            (
                PresetName::Standard,
                vec![
                    date(2025, 12, 17), // -3: Wed
                    date(2025, 12, 22), // +1: Sun 21 → Mon 22
                    date(2025, 12, 29), // +7: Sat 27 → Mon 29
                    date(2026, 1, 5),   // +14: Sat 3 Jan → Mon 5
                    date(2026, 1, 19),  // +30: Mon
                    date(2026, 2, 3),   // +45: Tue
                    date(2026, 3, 5),   // +75: Thu
                ],
            ),
            (
                PresetName::Firm,
                vec![
                    date(2025, 12, 22), // 0: Sat 20 → Mon 22
                    date(2025, 12, 23), // +3: Tue
                    date(2025, 12, 30), // +10: Tue
                    date(2026, 1, 9),   // +20: Fri
                    date(2026, 1, 19),  // +30: Mon
                    date(2026, 2, 3),   // +45: Tue
                ],
            ),
        ];
        for (name, expected) in table {
            let policy = england(Policy::preset(name));
            assert_eq!(rolled(&policy, due), expected, "{name:?}");
        }
    }

    #[test]
    fn stages_on_christmas_and_boxing_day_roll_to_the_29th() {
        let policy = england(Policy {
            stages: vec![
                Stage::new(
                    5,
                    Channel::Email,
                    Tone::Friendly,
                    StageAction::FriendlyOverdue,
                ),
                Stage::new(
                    6,
                    Channel::Email,
                    Tone::Neutral,
                    StageAction::SecondFollowUp,
                ),
            ],
            min_gap_days: 0,
            ..Policy::standard()
        });
        let due = date(2025, 12, 20);
        assert_eq!(
            rolled(&policy, due),
            vec![date(2025, 12, 29), date(2025, 12, 29)]
        );
        // Written a day apart with no minimum gap: nothing to warn about. The timeline
        // moves the second to the next business day (this test expected a
        // "same day after rolling" warning before; the calendar is not the policy's fault).
        assert!(policy.check(due).is_empty());
    }

    #[test]
    fn the_roll_guards_keep_stages_on_their_side_of_the_due_date() {
        // Due Friday 7 March 2025; +1 is Saturday. Preceding would give Friday, the due
        // date itself, so the overdue stage rolls forward to Monday instead.
        let mut policy = Policy::standard();
        policy.roll = Roll::Preceding;
        let due = date(2025, 3, 7);
        assert_eq!(rolled(&policy, due)[1], date(2025, 3, 10));
        // Due Monday 10 March 2025; -1 is Sunday. Following would give the due date, so
        // the pre-due stage rolls back to Friday.
        policy.roll = Roll::Following;
        policy.stages[0].offset_days = -1;
        assert_eq!(rolled(&policy, date(2025, 3, 10))[0], date(2025, 3, 7));
    }

    #[test]
    fn business_day_offsets_skip_weekends_and_holidays() {
        let mut policy = england(Policy::standard());
        for stage in &mut policy.stages {
            stage.offset_kind = OffsetKind::BusinessDays;
        }
        // Due Tuesday 23 December 2025: +1 business day is Wednesday 24; +7 skips 25, 26,
        // two weekends and 1 January: Wed 24, Mon 29, Tue 30, Wed 31, Fri 2, Mon 5, Tue 6.
        let dates = rolled(&policy, date(2025, 12, 23));
        assert_eq!(dates[1], date(2025, 12, 24));
        assert_eq!(dates[2], date(2026, 1, 6));
        assert!(policy.check(date(2025, 12, 23)).is_empty());
    }

    #[test]
    fn validation_reports_every_problem_with_its_stage() {
        use IssueKind::*;
        use StageAction::*;
        let due = date(2025, 3, 3);
        let stage = |offset, tone, action| Stage::new(offset, Channel::Email, tone, action);
        type Case = (&'static str, Vec<Stage>, Vec<(IssueField, IssueKind)>);
        let table: Vec<Case> = vec![
            (
                "offsets out of range, both ends",
                vec![
                    stage(-91, Tone::Friendly, PreDueReminder),
                    stage(366, Tone::Friendly, FriendlyOverdue),
                ],
                vec![
                    (
                        IssueField::Stage(0),
                        OffsetOutOfRange {
                            offset: -91,
                            min: -90,
                            max: 365,
                        },
                    ),
                    (
                        IssueField::Stage(1),
                        OffsetOutOfRange {
                            offset: 366,
                            min: -90,
                            max: 365,
                        },
                    ),
                ],
            ),
            (
                "same offset twice",
                vec![
                    stage(7, Tone::Friendly, FriendlyOverdue),
                    stage(7, Tone::Neutral, SecondFollowUp),
                ],
                vec![(IssueField::Stage(1), SameDay { other: 0 })],
            ),
            (
                "out of order",
                vec![
                    stage(14, Tone::Friendly, FriendlyOverdue),
                    stage(7, Tone::Neutral, SecondFollowUp),
                ],
                vec![(IssueField::Stage(1), OutOfOrder { previous: 0 })],
            ),
            (
                "legal review before any final notice",
                vec![
                    stage(7, Tone::Friendly, FriendlyOverdue),
                    stage(30, Tone::Final, LegalReview),
                    stage(40, Tone::Final, FinalNotice),
                ],
                vec![(
                    IssueField::Stage(1),
                    EscalationBeforeFinalNotice {
                        action: LegalReview,
                    },
                )],
            ),
            (
                "first overdue stage with the final tone",
                vec![
                    stage(-3, Tone::Friendly, PreDueReminder),
                    stage(5, Tone::Final, FinalNotice),
                ],
                vec![(
                    IssueField::Stage(1),
                    FirstOverdueTooHarsh { tone: Tone::Final },
                )],
            ),
            (
                "an event action placed by the policy",
                vec![stage(10, Tone::Friendly, ThankYou)],
                vec![(IssueField::Stage(0), NotALadderAction { action: ThankYou })],
            ),
            (
                "gap under the minimum",
                vec![
                    stage(3, Tone::Friendly, FriendlyOverdue),
                    stage(5, Tone::Neutral, SecondFollowUp),
                ],
                vec![(
                    IssueField::Stage(1),
                    GapTooShort {
                        previous: 0,
                        days: 2,
                        min: 5,
                    },
                )],
            ),
            ("no stages", vec![], vec![(IssueField::Policy, NoStages)]),
        ];
        for (name, stages, expected) in table {
            let policy = Policy {
                stages,
                business_days_only: false,
                ..Policy::standard()
            };
            let issues: Vec<(IssueField, IssueKind)> = policy
                .check(due)
                .into_iter()
                .map(|i| (i.field, i.kind))
                .collect();
            assert_eq!(issues, expected, "{name}");
        }
    }

    #[test]
    fn gaps_before_the_due_date_are_not_counted() {
        // Firm has 0 and +3: only 3 days apart, but the due-today note is a courtesy.
        assert!(Policy::firm().check(date(2025, 3, 5)).is_empty());
    }

    #[test]
    fn too_many_stages_is_one_error() {
        let policy = Policy {
            stages: vec![Policy::standard().stages[1].clone(); MAX_STAGES + 1],
            ..Policy::standard()
        };
        let issues = policy.check(date(2025, 3, 3));
        assert_eq!(
            issues,
            vec![TimelineIssue::error(
                IssueField::Policy,
                IssueKind::TooManyStages { count: 51, max: 50 }
            )]
        );
    }

    #[test]
    fn dates_at_the_edge_of_the_calendar_are_errors_not_panics() {
        let issues = Policy::standard().check(NaiveDate::MAX);
        assert!(issues
            .iter()
            .any(|i| i.kind == IssueKind::DateOutOfRange && i.field == IssueField::Stage(1)));
        let issues = Policy::standard().check(NaiveDate::MIN);
        assert!(issues
            .iter()
            .any(|i| i.kind == IssueKind::DateOutOfRange && i.field == IssueField::Stage(0)));
    }

    #[test]
    fn sorted_orders_mixed_offset_kinds_by_their_calendar_length() {
        let mut policy = Policy::standard();
        // 10 business days are two calendar weeks: after +7, before +30.
        policy.stages[3].offset_kind = OffsetKind::BusinessDays;
        policy.stages[3].offset_days = 10;
        policy.stages.reverse();
        let sorted = policy.sorted();
        let offsets: Vec<i32> = sorted.stages.iter().map(|s| s.offset_days).collect();
        assert_eq!(offsets, vec![-3, 1, 7, 10, 30, 45, 75]);
    }
}
