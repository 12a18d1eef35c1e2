//! Escalation timelines: a policy's ladder of reminders, dated for one invoice, with
//! pauses for promises and disputes, a thank-you after payment, and instalment plans.
//!
//! Tactful's method is "clear terms up front, early polite reminders, empathy without
//! giving up authority, escalation only after diplomacy, and a thank-you after payment".
//! A [`Policy`] is that method as data: stages at offsets from the due date, each with a
//! [`Channel`], a [`Tone`] and a [`StageAction`]. [`build_timeline`] dates them for one
//! invoice and "today", and says where the invoice stands.
//!
//! # Rules
//!
//! **Dates.** A policy stage is planned `due_date + offset` (calendar or business days),
//! then, when [`Policy::business_days_only`], rolled to a business day with
//! [`Policy::roll`] — never across the due date (see [`Policy`]). Steps the engine adds
//! for events (confirmations, acknowledgements, the thank-you) roll forward: they never
//! come before the event. Stages are dated with the policy's calendar only; the engine
//! never reads the clock, `today` is an input.
//!
//! **The contact log** ([`TimelineInput::contacts`], see [`Contact`]) says what was
//! actually sent and what the client answered; an empty log means nothing was sent. The
//! engine never assumes a step was sent because its date has passed:
//! 1. *Sent.* Each logged message with a step matches a policy stage (or event step) with
//!    that action not matched yet (when the policy repeats an action, the last one planned
//!    by the day it was sent): it is [`StageStatus::Sent`], on the logged day, by the
//!    logged channel. A logged step the policy does not have is added as a sent step of
//!    its own (no policy stage). Messages of your own (no step) are not steps; they count
//!    as contacts (rule 6).
//! 2. *Progress.* The ladder has reached the last policy stage sent, or, for a logged step
//!    the policy lacks, the last policy stage at or below it in [`StageAction::LADDER`]'s
//!    order. Every stage up to there that was not sent is [`StageStatus::Skipped`] —
//!    except an unsent final notice: escalation comes only after a final notice that was
//!    actually sent, so it stays ahead.
//! 3. *From the last message sent.* The stages ahead are dated from the last reminder
//!    sent by the policy's gaps: its logged day plus the difference of the two offsets
//!    (in business days when both stages count business days), rolled forward: the gaps
//!    are kept between the messages actually sent, so a reminder that went out on Monday
//!    because its day was a Saturday moves the rest by two days. After a courtesy note
//!    the overdue stages keep their own plan (`due_date + offset`). With nothing sent the
//!    plan stands.
//! 4. *Pauses* (below) move those dates as they always did; a pause that ended before the
//!    last reminder sent is history and moves nothing.
//! 5. *Late.* When the next stage's date has passed, it is not sent late as planned:
//!    the step that fits is dated on the **first day it may go out** — today, or, when
//!    the client's promise is pending or just broken, the policy's minimum gap after the
//!    promise-missed step — and the stages after it are dated from it by the policy's
//!    gaps ([`StageNote::Rescheduled`]). "The step that fits", with `N` the days overdue
//!    on that day:
//!
//!    | days overdue `N` | first message (at least the next stage; at most a firm follow-up) |
//!    |---|---|
//!    | ≤ 0 | the latest courtesy note already due (pre-due reminder, due-today note) |
//!    | 1–14 | friendly overdue reminder |
//!    | 15–45 | second follow-up: a clear, courteous overdue notice |
//!    | > 45 | firm follow-up (the final notice follows at the policy's gap) |
//!
//!    The policy's stage of that kind if its planned day has come, else the nearest
//!    gentler one that is due (Gentle has no firm follow-up: its second follow-up call;
//!    15 days late, its call planned at +21 is not due yet: its friendly reminder). Never
//!    a courtesy note once overdue; neither a courtesy note nor a friendly reminder once
//!    the client has answered (a promise or a query: they know about the invoice); never
//!    a final notice or an escalation by lateness alone: those only come in turn, after
//!    the steps before them were sent. Missed stages passed over are
//!    [`StageStatus::Skipped`]. See [`first_message_for`].
//! 6. *Contacts.* The next ladder step comes at least [`Policy::min_gap_days`] after a
//!    logged event message, message of your own or part payment.
//! 7. *Escalation.* An agency referral or legal review is never dated before the final
//!    notice sent plus the policy's gap between them.
//!
//! Replies in the log feed the pauses below: the latest promise to pay (by the day it was
//! made; [`TimelineInput::promise_to_pay`] counts as one more), the latest query
//! ([`ContactEvent::QueryOpened`] to [`ContactEvent::QueryResolved`];
//! [`TimelineInput::dispute`] counts as one more), the first payment in full
//! ([`ContactEvent::PaidInFull`] or [`TimelineInput::paid_on`]). Earlier promises and
//! queries are history ([`CaseHistory`]). A part payment adds a
//! [`StageAction::ThankYou`] step that acknowledges it ([`StageNote::PartPayment`]); the
//! ladder goes on for the rest.
//!
//! **Event steps not sent.** A promise confirmation not logged is due today while the
//! promise is pending, else skipped; a promise-missed step, a query acknowledgement (while
//! the query is open) and a thank-you (for payment in full, or the latest part payment)
//! not logged are due today once their day has passed. Nothing is re-dated once the
//! invoice is paid, but the thank-you.
//!
//! **Promise to pay** (promised date `P`, made on `M`, which defaults to `today`):
//! 1. a [`StageAction::PromiseConfirmation`] on `M`;
//! 2. the ladder waits until the promise is missed. With `E` the later of `P` and the due
//!    date (a promise to pay before the due date cannot be broken before the due date),
//!    every policy stage dated on or after `M` moves later by `(E + 1) − M` days, then is
//!    rolled forward to a business day again. Stages keep their spacing, counted from
//!    the day the promise is missed;
//! 3. a [`StageAction::PromiseMissed`] on `E + 1`;
//! 4. courtesy stages (offset ≤ 0: the pre-due reminder, the due-today note) that the
//!    pause catches are skipped ([`StageStatus::Cancelled`], [`StageNote::SkippedForPause`]):
//!    "your invoice is due soon" makes no sense once the client has named a date.
//!
//! **Dispute** (opened `O`, resolved `R` or not yet):
//! 1. a [`StageAction::DisputeAcknowledgement`] on `O`;
//! 2. resolved: every policy stage dated on or after `O` moves later by `R − O` days (the
//!    ladder resumes on the resolution day with its spacing), rolled forward again;
//! 3. unresolved: every step dated on or after `O` except the acknowledgement (policy
//!    stages and promise steps) is on hold: [`StageStatus::Paused`], no date;
//! 4. courtesy stages caught by the dispute are skipped, as for a promise.
//!
//! When there are both, the pauses apply in order of their start: a stage moved by the
//! first may then fall into the second.
//!
//! **One message per day.** After the pauses, a policy stage that falls on the day of
//! another step, or not after the policy stage before it, moves to the next day (the next
//! business day when dates are rolled): [`StageNote::MovedToAvoidSameDay`]. Event steps
//! stay on their event's day. An overdue policy stage is also never closer to the overdue
//! stage before it than the policy's minimum gap, or the gap as written when that is
//! smaller: rolling to business days never squeezes two reminders together
//! ([`StageNote::MovedToKeepGap`]).
//!
//! **Payment** (`paid_on`) ends the ladder: a [`StageAction::ThankYou`] on the payment
//! date (the next business day when dates are rolled; today, if its day has passed and it
//! is not in the log), and every other step still to be sent dated on or after the
//! payment date, or on hold, is [`StageStatus::Cancelled`]. "On or after": the thank-you
//! replaces whatever reminder was planned for the day the money arrived.
//!
//! **Instalments.** When [`TimelineInput::installments`] is given, the policy's ladder is
//! not used (only its calendar, roll, `business_days_only` and send time are); each
//! instalment gets a courtesy [`StageAction::InstallmentDueSoon`] the day before (rolled
//! back: a courtesy comes before the instalment) and an [`StageAction::InstallmentMissed`]
//! note the day after (rolled forward), for every instalment, past ones included: logged
//! ones are sent, the others skipped (the engine is not told which instalments were paid,
//! so it does not guess). Promises and disputes are refused with instalments
//! ([`IssueKind::NotWithInstallments`]), in the log too: the plan itself is the agreement
//! on dates. Part payments are history only.
//!
//! **Statuses**: [`StageStatus::Sent`] (in the log), [`StageStatus::Skipped`] (not sent,
//! and no longer to be sent), [`StageStatus::Today`] (due now), [`StageStatus::Next`]
//! (the first step after today), [`StageStatus::Upcoming`], [`StageStatus::Paused`],
//! [`StageStatus::Cancelled`]. No step still to be sent is dated before today.
//! [`next_step`] says what to send now, and why.
//!
//! **Statutory accrual.** Only when [`TimelineInput::statutory`] is given (claiming is the
//! user's choice, off by default): each dated step, neither cancelled nor skipped, carries
//! the statutory interest and compensation on the whole invoice amount from the due date,
//! as they stand on the step's date ([`crate::statutory::accrued_at`]), capped at the
//! payment date (part payments in the log do not reduce it). The figure is computed even
//! when [`StatutoryOptions::claim`] is false, so a message can mention what could be
//! claimed.
//!
//! # Example
//!
//! ```
//! use chrono::NaiveDate;
//! use tactful_engine::calendar::BusinessCalendar;
//! use tactful_engine::holidays::HolidayRegion;
//! use tactful_engine::timeline::{
//!     build_timeline, Channel, Contact, Policy, StageAction, StageStatus, TimelineInput,
//! };
//!
//! let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
//! let policy = Policy {
//!     calendar: BusinessCalendar::for_region(HolidayRegion::EnglandWales),
//!     ..Policy::standard()
//! };
//! // Due Friday 14 November 2025; today, 1 December, 17 days overdue.
//! let mut input = TimelineInput::new(policy, date(2025, 11, 14), date(2025, 12, 1));
//!
//! // Nothing sent yet: a clear overdue notice today, the rest of the ladder from it.
//! let timeline = build_timeline(&input).unwrap();
//! let today = &timeline.today_summary;
//! assert_eq!(today.days_overdue, 17);
//! let now = &timeline.stages[today.current_stage.unwrap()];
//! assert_eq!((now.action, now.status), (StageAction::SecondFollowUp, StageStatus::Today));
//! assert_eq!(timeline.stages[0].status, StageStatus::Skipped); // the pre-due reminder
//!
//! // Three reminders logged as sent: the final notice is next, 16 days after the call.
//! input.contacts = vec![
//!     Contact::sent(date(2025, 11, 17), StageAction::FriendlyOverdue, Channel::Email),
//!     Contact::sent(date(2025, 11, 21), StageAction::SecondFollowUp, Channel::Email),
//!     Contact::sent(date(2025, 11, 28), StageAction::FirmFollowUp, Channel::PhoneCall),
//! ];
//! let timeline = build_timeline(&input).unwrap();
//! let today = &timeline.today_summary;
//! let current = &timeline.stages[today.current_stage.unwrap()];
//! assert_eq!((current.action, current.status), (StageAction::FirmFollowUp, StageStatus::Sent));
//! let next = &timeline.stages[today.next_stage.unwrap()];
//! assert_eq!((next.action, next.date), (StageAction::FinalNotice, Some(date(2025, 12, 15))));
//! assert_eq!(next.status, StageStatus::Next);
//! ```

mod build;
mod contact;
mod draft;
mod export;
mod issue;
mod next;
mod policy;

pub use build::build_timeline;
pub use contact::{
    decode_contacts, encode_contacts, parse_contact, CaseHistory, Contact, ContactDraft,
    ContactEvent, ContactField, ContactKind, ContactProblem, PartPayment,
};
pub use draft::{
    evaluate_timeline, law_for, parse_offset, CustomPolicyDraft, DraftStage, RateShown,
    StatutoryChoice, StatutoryFigures, TimelineContext, TimelineDraft, TimelineField,
    TimelineOutcome, TimelineProblem, UnreadableFigure,
};
pub use export::timeline_ics_events;
pub(crate) use export::TimelineWords;
pub use issue::{IssueField, IssueKind, Severity, TimelineIssue};
pub use next::{first_message_for, next_step, next_step_of, NextReason, NextStep, SuggestedStep};
pub use policy::{
    Channel, OffsetKind, Policy, PresetName, Stage, StageAction, Tone, DEFAULT_MIN_GAP_DAYS,
    MAX_OFFSET_DAYS, MAX_STAGES, MIN_OFFSET_DAYS,
};

use chrono::{NaiveDate, NaiveDateTime, Weekday};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::statutory::{ClaimOptions, Jurisdiction, Regime};

/// The most instalments (dated payments) a timeline takes: [`crate::limits::MAX_PAYMENTS`],
/// every payment of the longest plan.
pub use crate::limits::MAX_PAYMENTS as MAX_INSTALLMENTS;

/// Statutory late-payment options (see [`crate::statutory`]). Claiming is a choice, off
/// by default in the UI; when these options are given the accrual is computed for every
/// stage either way.
///
/// ```
/// use tactful_engine::statutory::Regime;
/// use tactful_engine::timeline::StatutoryOptions;
///
/// let options = StatutoryOptions::new(Regime::Uk);
/// assert!(!options.claim);
/// assert_eq!(options.reference_rate_override, None);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatutoryOptions {
    /// The law the claim is made under.
    pub regime: Regime,
    /// Whether the user has chosen to claim (the messages then mention it). Does not
    /// change the figures; copied to [`Timeline::claim_statutory`].
    pub claim: bool,
    /// A reference rate in percent replacing the tables (see
    /// [`crate::statutory::StatutoryInput::reference_rate_override`]).
    pub reference_rate_override: Option<Decimal>,
    /// The EU margin in percentage points; `None` is 8. Ignored for the UK.
    pub eu_margin: Option<Decimal>,
    /// The first day of interest, when it is not the day after the due date.
    pub interest_start: Option<NaiveDate>,
    /// The law, when it is not the regime's own (`Uk` or `Eu`): any [`Jurisdiction`]
    /// (see [`crate::statutory::late_payment_claim`]). `None` keeps the regime's.
    #[serde(default)]
    pub jurisdiction: Option<Jurisdiction>,
    /// The claim's options (payment day, day basis, rounding, Irish rate date);
    /// defaults as in [`ClaimOptions::default`].
    #[serde(default)]
    pub claim_options: ClaimOptions,
}

impl StatutoryOptions {
    /// Options for `regime` with the tables' rates, not claimed.
    ///
    /// ```
    /// use tactful_engine::statutory::Regime;
    /// use tactful_engine::timeline::StatutoryOptions;
    ///
    /// assert_eq!(StatutoryOptions::new(Regime::Eu).regime, Regime::Eu);
    /// ```
    pub fn new(regime: Regime) -> Self {
        Self {
            regime,
            claim: false,
            reference_rate_override: None,
            eu_margin: None,
            interest_start: None,
            jurisdiction: None,
            claim_options: ClaimOptions::default(),
        }
    }
}

/// A dispute about the invoice: opened on a day, resolved on a later one or not yet.
///
/// ```
/// use chrono::NaiveDate;
/// use tactful_engine::timeline::Dispute;
///
/// let opened = NaiveDate::from_ymd_opt(2025, 3, 10).unwrap();
/// let dispute = Dispute { opened, resolved: None };
/// assert!(dispute.resolved.is_none());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dispute {
    /// The day the client raised it; not after today.
    pub opened: NaiveDate,
    /// The day it was settled; not before `opened`, not after today.
    pub resolved: Option<NaiveDate>,
}

/// Everything [`build_timeline`] needs.
///
/// - `amount`, `currency`: the invoice amount and ISO code; used only for the statutory
///   accrual (and checked only when `statutory` is given).
/// - `promise_to_pay`, `promise_made_on`: the date the client promised to pay by, and
///   the day they promised (`None`: today).
/// - `dispute`, `paid_on`: see [`Dispute`]; the day payment in full arrived.
/// - `installments`: `(date, amount)` of each instalment of an agreed plan, in date
///   order; switches to instalment mode (see the [module docs](self)).
/// - `contacts`: the case's contact log (see [`Contact`]): what was sent and what the
///   client answered; empty when nothing was sent.
///
/// Dates that have happened (`paid_on`, the dispute's dates, `promise_made_on`, every
/// contact's date) must not be after `today`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimelineInput {
    /// The escalation policy.
    pub policy: Policy,
    /// The invoice's due date.
    pub due_date: NaiveDate,
    /// Today, in the user's time zone (the engine never reads the clock).
    pub today: NaiveDate,
    /// The invoice amount (for the statutory accrual).
    pub amount: Decimal,
    /// The invoice currency, ISO 4217 (for the statutory accrual).
    pub currency: String,
    /// Statutory late-payment options; `None` for no accrual.
    pub statutory: Option<StatutoryOptions>,
    /// The date the client promised to pay by.
    pub promise_to_pay: Option<NaiveDate>,
    /// The day the promise was made; `None` means today.
    pub promise_made_on: Option<NaiveDate>,
    /// A dispute about the invoice.
    pub dispute: Option<Dispute>,
    /// The day payment in full arrived.
    pub paid_on: Option<NaiveDate>,
    /// The instalments of an agreed plan: `(date, amount)`, dates strictly increasing.
    /// Serialized as `[{ "date": …, "amount": … }]`, the JavaScript API's shape.
    #[serde(with = "dated_amounts")]
    pub installments: Option<Vec<(NaiveDate, Decimal)>>,
    /// The contact log, in any order (sorted by date, stable); at most
    /// [`crate::limits::MAX_CONTACTS`] entries.
    #[serde(default)]
    pub contacts: Vec<Contact>,
}

impl TimelineInput {
    /// An input with no events, no statutory options, no instalments, amount 0 and no
    /// currency (set `amount` and `currency` before adding statutory options).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use tactful_engine::timeline::{Policy, TimelineInput};
    ///
    /// let due = NaiveDate::from_ymd_opt(2025, 3, 31).unwrap();
    /// let input = TimelineInput::new(Policy::gentle(), due, due);
    /// assert!(input.paid_on.is_none() && input.statutory.is_none());
    /// ```
    pub fn new(policy: Policy, due_date: NaiveDate, today: NaiveDate) -> Self {
        Self {
            policy,
            due_date,
            today,
            amount: Decimal::ZERO,
            currency: String::new(),
            statutory: None,
            promise_to_pay: None,
            promise_made_on: None,
            dispute: None,
            paid_on: None,
            installments: None,
            contacts: Vec::new(),
        }
    }
}

/// Where a step stands.
///
/// Serialized in snake case (`"sent"`, `"skipped"`, `"today"`, `"next"`, `"upcoming"`,
/// `"paused"`, `"cancelled"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StageStatus {
    /// In the contact log: sent on its date.
    Sent,
    /// Not sent, and no longer to be sent: its day passed, or the ladder moved past it
    /// (a late start begins with the step that fits, a later step was sent).
    Skipped,
    /// Due today (not sent yet).
    Today,
    /// The first step dated after today.
    Next,
    /// A later step.
    Upcoming,
    /// On hold while a dispute is open: no date.
    Paused,
    /// Will not happen: the invoice was paid, or a pause made a courtesy note pointless.
    Cancelled,
}

/// What interrupted the ladder.
///
/// Serialized as `"promise"` / `"dispute"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PauseCause {
    /// A promise to pay.
    Promise,
    /// A dispute.
    Dispute,
}

/// Why a step's date or status is not the plain one, so the UI can explain it.
///
/// Serialized in snake case, externally tagged (`{"postponed":{"cause":"promise","days":8}}`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StageNote {
    /// Moved off a day that is not a business day.
    Rolled {
        /// The day it fell on.
        from: NaiveDate,
    },
    /// Moved later by a pause (the number of calendar days it moved, rolling included).
    Postponed {
        /// The pause.
        cause: PauseCause,
        /// Days moved.
        days: i64,
    },
    /// A courtesy note a pause made pointless; cancelled.
    SkippedForPause {
        /// The pause.
        cause: PauseCause,
    },
    /// On hold while the dispute is open.
    OnHold,
    /// Moved to the next free day so that no two messages go out on one day.
    MovedToAvoidSameDay {
        /// The day it would have shared.
        from: NaiveDate,
    },
    /// Cancelled because the invoice was paid.
    CancelledByPayment,
    /// Re-dated: the step was not sent when planned, so it is dated from the last
    /// message sent or from the first day it may go out (see the [module docs](self)).
    Rescheduled {
        /// The day it had before.
        from: NaiveDate,
    },
    /// Moved later so that it is not closer to the step before it than the policy's
    /// minimum gap (rolling to business days had squeezed them together).
    MovedToKeepGap {
        /// The day it would have had.
        from: NaiveDate,
    },
    /// A thank-you for a part payment (the ladder goes on for the rest).
    PartPayment {
        /// The amount received.
        amount: Decimal,
    },
}

/// The statutory interest and compensation accrued by a step's date.
///
/// Amounts are as [`crate::statutory::claim_accrued_at`] rounds them (half-up to the
/// minor unit, by default once).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Accrual {
    /// The last day of interest counted: the step's date, or the payment date if earlier.
    pub until: NaiveDate,
    /// Days of interest.
    pub days: i64,
    /// Interest, in `currency`.
    pub interest: Decimal,
    /// The invoice currency.
    pub currency: String,
    /// Fixed compensation, in `compensation_currency` (0 while nothing is late).
    pub compensation: Decimal,
    /// `"GBP"` (UK) or `"EUR"` (elsewhere).
    pub compensation_currency: String,
    /// Interest + compensation + collection costs, when all are in the invoice currency.
    pub total_claim: Option<Decimal>,
    /// Dutch collection costs, in `compensation_currency` (0 elsewhere and while nothing
    /// is late).
    pub collection_costs: Decimal,
}

/// One dated (or paused) step of a timeline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimelineStage {
    /// What to do.
    pub action: StageAction,
    /// How.
    pub channel: Channel,
    /// How it sounds.
    pub tone: Tone,
    /// The policy stage it comes from (index into [`Policy::stages`]); `None` for steps
    /// added for events and instalments.
    pub policy_stage: Option<usize>,
    /// The instalment it belongs to (index into [`TimelineInput::installments`]).
    pub installment: Option<usize>,
    /// The plain date before rolling and pauses: due date + offset, the event's own day,
    /// or the instalment date ∓ 1.
    pub planned_date: NaiveDate,
    /// The date it happens; `None` while on hold. Set for cancelled steps too (the day
    /// it would have been), so they can be shown in place.
    pub date: Option<NaiveDate>,
    /// The day of the week of `date`.
    pub weekday: Option<Weekday>,
    /// `date` at the policy's send time, when both are known (local time).
    pub send_at: Option<NaiveDateTime>,
    /// Days overdue on `date` (0 before and on the due date; for instalment steps, of
    /// that instalment). `None` while on hold.
    pub days_overdue: Option<i64>,
    /// Where it stands relative to today.
    pub status: StageStatus,
    /// Why the date or status is not the plain one.
    pub notes: Vec<StageNote>,
    /// Statutory accrual by `date`; only with statutory options, for dated steps that
    /// are neither cancelled nor skipped, and when the claim can be computed.
    pub accrual: Option<Accrual>,
    /// The contact-log entry that recorded it, for a sent step (index into
    /// [`TimelineInput::contacts`]).
    pub contact: Option<usize>,
}

/// Where the invoice stands today, for a sentence like "Today: day 23 overdue → firm
/// follow-up by phone; next: final notice on 15 Dec".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TodayStatus {
    /// Today, as given.
    pub today: NaiveDate,
    /// Days overdue today (0 until the due date); once paid, the days it was overdue
    /// when the payment arrived.
    pub days_overdue: i64,
    /// The step in force: the last step sent or due today (index into
    /// [`Timeline::stages`]).
    pub current_stage: Option<usize>,
    /// The step marked [`StageStatus::Next`] (index into [`Timeline::stages`]).
    pub next_stage: Option<usize>,
    /// A dispute is open (and the invoice not paid): the ladder is on hold.
    pub on_hold: bool,
    /// The invoice is paid.
    pub paid: bool,
}

/// A dated timeline for one invoice.
///
/// `stages` are sorted by date (steps with no date, on hold, come last in their planned
/// order); cancelled and skipped steps stay in the list, marked.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timeline {
    /// The policy's name.
    pub policy_name: String,
    /// Every step, in date order.
    pub stages: Vec<TimelineStage>,
    /// Where the invoice stands today.
    pub today_summary: TodayStatus,
    /// Warnings found (never errors: those stop the timeline).
    pub warnings: Vec<TimelineIssue>,
    /// Whether the user chose to claim statutory interest ([`StatutoryOptions::claim`]).
    pub claim_statutory: bool,
    /// What the contact log says: reminders sent, promises, queries, payments.
    pub history: CaseHistory,
    /// The reference rates the accruals assume, one per half-year that starts after
    /// `today` and whose rate is not published yet: the latest rate the built-in table
    /// knows, carried forward ([`RatesCarriedForward`](crate::statutory::RatesCarriedForward)).
    /// Empty when every rate is known or entered.
    #[serde(default)]
    pub assumed_rates: Vec<crate::statutory::EnteredRate>,
}

/// `(date, amount)` pairs as `{ "date", "amount" }` objects.
mod dated_amounts {
    use chrono::NaiveDate;
    use rust_decimal::Decimal;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    #[derive(Serialize, Deserialize)]
    struct DatedAmount {
        date: NaiveDate,
        amount: Decimal,
    }

    pub(super) fn serialize<S: Serializer>(
        pairs: &Option<Vec<(NaiveDate, Decimal)>>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        pairs
            .as_ref()
            .map(|pairs| {
                pairs
                    .iter()
                    .map(|&(date, amount)| DatedAmount { date, amount })
                    .collect::<Vec<_>>()
            })
            .serialize(serializer)
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<Vec<(NaiveDate, Decimal)>>, D::Error> {
        let objects = Option::<Vec<DatedAmount>>::deserialize(deserializer)?;
        Ok(objects.map(|list| list.into_iter().map(|d| (d.date, d.amount)).collect()))
    }
}
