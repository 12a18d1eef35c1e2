//! Problems found in a policy or a timeline input: typed, tied to a field, errors or
//! warnings.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::fmt;

use super::policy::{StageAction, Tone};
use crate::statutory::StatutoryError;

/// Whether a problem stops the timeline.
///
/// Serialized as `"error"` / `"warning"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The timeline cannot be built until it is fixed.
    Error,
    /// Worth telling the user; the timeline is still built.
    Warning,
}

/// Which input a problem belongs next to.
///
/// `Display`: `"stage 3"` (index into [`Policy::stages`](super::Policy::stages), from 0),
/// `"instalment 2"` (index into the instalments, from 0), `"contact 4"` (index into
/// [`TimelineInput::contacts`](super::TimelineInput::contacts), from 0), or the field's name.
///
/// ```
/// use tactful_engine::timeline::IssueField;
///
/// assert_eq!(IssueField::Stage(3).to_string(), "stage 3");
/// assert_eq!(IssueField::PromiseToPay.to_string(), "promise to pay");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IssueField {
    /// The policy as a whole.
    Policy,
    /// One stage of the policy, by index.
    Stage(usize),
    /// The invoice due date.
    DueDate,
    /// The invoice amount.
    Amount,
    /// The invoice currency.
    Currency,
    /// The statutory options (rate override, margin, the claim as a whole).
    Statutory,
    /// The promised payment date.
    PromiseToPay,
    /// The day the promise was made.
    PromiseMadeOn,
    /// The day the dispute was opened.
    DisputeOpened,
    /// The day the dispute was resolved.
    DisputeResolved,
    /// The payment date.
    PaidOn,
    /// The list of instalments as a whole.
    Installments,
    /// One instalment, by index.
    Installment(usize),
    /// The contact log as a whole.
    Contacts,
    /// One entry of the contact log, by index.
    Contact(usize),
}

impl IssueField {
    /// A stable snake-case name of the field. Never changes when the message or the Rust name does.
    pub fn key(&self) -> &'static str {
        match self {
            IssueField::Policy => "policy",
            IssueField::Stage(_) => "stage",
            IssueField::DueDate => "due_date",
            IssueField::Amount => "amount",
            IssueField::Currency => "currency",
            IssueField::Statutory => "statutory",
            IssueField::PromiseToPay => "promise_to_pay",
            IssueField::PromiseMadeOn => "promise_made_on",
            IssueField::DisputeOpened => "dispute_opened",
            IssueField::DisputeResolved => "dispute_resolved",
            IssueField::PaidOn => "paid_on",
            IssueField::Installments => "installments",
            IssueField::Installment(_) => "installment",
            IssueField::Contacts => "contacts",
            IssueField::Contact(_) => "contact",
        }
    }
}

impl fmt::Display for IssueField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IssueField::Policy => f.write_str("policy"),
            IssueField::Stage(index) => write!(f, "stage {index}"),
            IssueField::DueDate => f.write_str("due date"),
            IssueField::Amount => f.write_str("amount"),
            IssueField::Currency => f.write_str("currency"),
            IssueField::Statutory => f.write_str("statutory claim"),
            IssueField::PromiseToPay => f.write_str("promise to pay"),
            IssueField::PromiseMadeOn => f.write_str("promise made on"),
            IssueField::DisputeOpened => f.write_str("dispute opened"),
            IssueField::DisputeResolved => f.write_str("dispute resolved"),
            IssueField::PaidOn => f.write_str("paid on"),
            IssueField::Installments => f.write_str("instalments"),
            IssueField::Installment(index) => write!(f, "instalment {index}"),
            IssueField::Contacts => f.write_str("contact log"),
            IssueField::Contact(index) => write!(f, "contact {index}"),
        }
    }
}

/// What is wrong. `Display` writes a short lowercase developer message; the UI
/// translates the variant itself.
///
/// ```
/// use tactful_engine::timeline::IssueKind;
///
/// assert_eq!(IssueKind::SameDay { other: 1 }.to_string(), "on the same day as stage 1");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IssueKind {
    /// The policy has no stages. (Error.)
    NoStages,
    /// The policy has more than `max` stages. (Error.)
    TooManyStages {
        /// How many it has.
        count: usize,
        /// [`MAX_STAGES`](super::MAX_STAGES).
        max: usize,
    },
    /// A stage's offset is outside `min..=max` days. (Error.)
    OffsetOutOfRange {
        /// The offset given.
        offset: i32,
        /// [`MIN_OFFSET_DAYS`](super::MIN_OFFSET_DAYS).
        min: i32,
        /// [`MAX_OFFSET_DAYS`](super::MAX_OFFSET_DAYS).
        max: i32,
    },
    /// A policy placed an event action (a thank-you, a promise step…). (Error.)
    NotALadderAction {
        /// The action.
        action: StageAction,
    },
    /// An agency referral or legal review comes before any final notice. (Error.)
    EscalationBeforeFinalNotice {
        /// The escalation.
        action: StageAction,
    },
    /// The first stage after the due date is harsher than firm. (Error.)
    FirstOverdueTooHarsh {
        /// Its tone.
        tone: Tone,
    },
    /// A stage is dated before the stage above it: sort the policy. (Error.)
    OutOfOrder {
        /// The stage above it.
        previous: usize,
    },
    /// A stage falls on the same day as an earlier one before any rolling. (Error.)
    SameDay {
        /// The earlier stage.
        other: usize,
    },
    /// Two overdue stages are written closer than the policy's minimum gap. (Warning.)
    GapTooShort {
        /// The stage before.
        previous: usize,
        /// Days between the two, as written (before rolling to business days).
        days: i64,
        /// The policy's minimum.
        min: u32,
    },
    /// A date falls outside the calendar's range. (Error.)
    DateOutOfRange,
    /// No business day could be found to roll a date to (a long run of closing days).
    /// (Error.)
    NoBusinessDay,
    /// The date is after today: it has not happened yet. (Error.)
    InFuture {
        /// Today.
        today: NaiveDate,
    },
    /// The promised date is before the day the promise was made. (Error.)
    PromiseBeforeMade {
        /// When the promise was made (today when not given).
        made_on: NaiveDate,
    },
    /// The promised date has passed and no payment is recorded: record the payment or a
    /// new promise. (Warning.)
    PromisePassed,
    /// The dispute was resolved before it was opened. (Error.)
    ResolvedBeforeOpened,
    /// Promises and disputes are not used with instalments: a plan is itself an
    /// agreement on dates, so a new promise or a dispute means renegotiating the plan.
    /// (Error.)
    NotWithInstallments,
    /// The instalment list is empty. (Error.)
    NoInstallments,
    /// More than `max` instalments. (Error.)
    TooManyInstallments {
        /// How many were given.
        count: usize,
        /// [`MAX_INSTALLMENTS`](super::MAX_INSTALLMENTS).
        max: usize,
    },
    /// An instalment amount is zero or negative. (Error.)
    InstallmentNotPositive {
        /// The amount given.
        amount: Decimal,
    },
    /// An instalment is not after the one before it. (Error.)
    InstallmentOutOfOrder {
        /// The instalment before.
        previous: usize,
    },
    /// The contact log has more than `max` entries. (Error.)
    TooManyContacts {
        /// How many it has.
        count: usize,
        /// [`MAX_CONTACTS`](crate::limits::MAX_CONTACTS).
        max: usize,
    },
    /// A contact's note is longer than `max` characters. (Error.)
    NoteTooLong {
        /// [`MAX_CONTACT_NOTE_CHARS`](crate::limits::MAX_CONTACT_NOTE_CHARS).
        max: usize,
    },
    /// A message of your own (sent, no step) without a note saying what it was. (Error.)
    EmptyContact,
    /// A part payment of zero or less, or above
    /// [`MAX_AMOUNT`](crate::limits::MAX_AMOUNT). (Error.)
    InvalidPartPayment {
        /// The amount given.
        amount: Decimal,
    },
    /// A query is resolved when none is open. (Error.)
    NoQueryToResolve,
    /// The statutory claim could not be computed. An input mistake (amount, currency,
    /// entered rate or margin) is an error; a missing table rate or a date the claim
    /// cannot reach is a warning, and the stages then carry no accrual.
    Statutory(StatutoryError),
}

impl IssueKind {
    /// A stable snake-case code for programs (the JavaScript API's `code`); a statutory problem gives the statutory error's code. Never changes when the message or the Rust name does.
    pub fn code(&self) -> &'static str {
        match self {
            IssueKind::NoStages => "no_stages",
            IssueKind::TooManyStages { .. } => "too_many_stages",
            IssueKind::OffsetOutOfRange { .. } => "offset_out_of_range",
            IssueKind::NotALadderAction { .. } => "not_a_ladder_action",
            IssueKind::EscalationBeforeFinalNotice { .. } => "escalation_before_final_notice",
            IssueKind::FirstOverdueTooHarsh { .. } => "first_overdue_too_harsh",
            IssueKind::OutOfOrder { .. } => "out_of_order",
            IssueKind::SameDay { .. } => "same_day",
            IssueKind::GapTooShort { .. } => "gap_too_short",
            IssueKind::DateOutOfRange => "date_out_of_range",
            IssueKind::NoBusinessDay => "no_business_day",
            IssueKind::InFuture { .. } => "in_future",
            IssueKind::PromiseBeforeMade { .. } => "promise_before_made",
            IssueKind::PromisePassed => "promise_passed",
            IssueKind::ResolvedBeforeOpened => "resolved_before_opened",
            IssueKind::NotWithInstallments => "not_with_installments",
            IssueKind::NoInstallments => "no_installments",
            IssueKind::TooManyInstallments { .. } => "too_many_installments",
            IssueKind::InstallmentNotPositive { .. } => "installment_not_positive",
            IssueKind::InstallmentOutOfOrder { .. } => "installment_out_of_order",
            IssueKind::TooManyContacts { .. } => "too_many_contacts",
            IssueKind::NoteTooLong { .. } => "note_too_long",
            IssueKind::EmptyContact => "empty_contact",
            IssueKind::InvalidPartPayment { .. } => "invalid_part_payment",
            IssueKind::NoQueryToResolve => "no_query_to_resolve",
            IssueKind::Statutory(error) => error.code(),
        }
    }
}

impl fmt::Display for IssueKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IssueKind::NoStages => f.write_str("the policy has no stages"),
            IssueKind::TooManyStages { count, max } => {
                write!(f, "{count} stages, at most {max}")
            }
            IssueKind::OffsetOutOfRange { offset, min, max } => {
                write!(f, "offset {offset} is outside {min}..={max} days")
            }
            IssueKind::NotALadderAction { action } => {
                write!(
                    f,
                    "{} is added by events, not placed by a policy",
                    action.name()
                )
            }
            IssueKind::EscalationBeforeFinalNotice { action } => {
                write!(f, "{} comes before any final notice", action.name())
            }
            IssueKind::FirstOverdueTooHarsh { tone } => {
                write!(f, "first overdue stage is {}, at most firm", tone.label())
            }
            IssueKind::OutOfOrder { previous } => {
                write!(f, "dated before stage {previous}; sort the stages")
            }
            IssueKind::SameDay { other } => write!(f, "on the same day as stage {other}"),
            IssueKind::GapTooShort {
                previous,
                days,
                min,
            } => write!(
                f,
                "only {days} days after stage {previous}, minimum gap {min}"
            ),
            IssueKind::DateOutOfRange => f.write_str("date out of range"),
            IssueKind::NoBusinessDay => f.write_str("no business day found to roll to"),
            IssueKind::InFuture { today } => write!(f, "after today ({today})"),
            IssueKind::PromiseBeforeMade { made_on } => {
                write!(
                    f,
                    "promised date is before the promise was made ({made_on})"
                )
            }
            IssueKind::PromisePassed => {
                f.write_str("promised date has passed with no payment recorded")
            }
            IssueKind::ResolvedBeforeOpened => f.write_str("resolved before it was opened"),
            IssueKind::NotWithInstallments => f.write_str("not used with instalments"),
            IssueKind::NoInstallments => f.write_str("no instalments"),
            IssueKind::TooManyInstallments { count, max } => {
                write!(f, "{count} instalments, at most {max}")
            }
            IssueKind::InstallmentNotPositive { amount } => {
                write!(f, "instalment amount must be positive, got {amount}")
            }
            IssueKind::InstallmentOutOfOrder { previous } => {
                write!(f, "not after instalment {previous}")
            }
            IssueKind::TooManyContacts { count, max } => {
                write!(f, "{count} entries, at most {max}")
            }
            IssueKind::NoteTooLong { max } => write!(f, "note longer than {max} characters"),
            IssueKind::EmptyContact => {
                f.write_str("a message sent without a step needs a note saying what it was")
            }
            IssueKind::InvalidPartPayment { amount } => write!(
                f,
                "part payment must be more than 0 and at most 1000000000000, got {amount}"
            ),
            IssueKind::NoQueryToResolve => f.write_str("no open query to resolve"),
            IssueKind::Statutory(error) => write!(f, "{error}"),
        }
    }
}

/// One problem: how serious, where, what.
///
/// `Display`: `"<field>: <kind>"`, prefixed with `"warning: "` for a warning.
///
/// ```
/// use tactful_engine::timeline::{IssueField, IssueKind, Severity, TimelineIssue};
///
/// let issue = TimelineIssue {
///     severity: Severity::Warning,
///     field: IssueField::Stage(2),
///     kind: IssueKind::GapTooShort { previous: 1, days: 3, min: 5 },
/// };
/// assert_eq!(issue.to_string(), "warning: stage 2: only 3 days after stage 1, minimum gap 5");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimelineIssue {
    /// Error or warning.
    pub severity: Severity,
    /// The input to show it next to.
    pub field: IssueField,
    /// What is wrong.
    pub kind: IssueKind,
}

impl TimelineIssue {
    /// An error on `field`.
    ///
    /// ```
    /// use tactful_engine::timeline::{IssueField, IssueKind, Severity, TimelineIssue};
    ///
    /// let issue = TimelineIssue::error(IssueField::Policy, IssueKind::NoStages);
    /// assert_eq!(issue.severity, Severity::Error);
    /// assert_eq!(issue.to_string(), "policy: the policy has no stages");
    /// ```
    pub fn error(field: IssueField, kind: IssueKind) -> Self {
        Self {
            severity: Severity::Error,
            field,
            kind,
        }
    }

    /// A warning on `field`.
    ///
    /// ```
    /// use tactful_engine::timeline::{IssueField, IssueKind, Severity, TimelineIssue};
    ///
    /// let issue = TimelineIssue::warning(IssueField::PromiseToPay, IssueKind::PromisePassed);
    /// assert_eq!(issue.severity, Severity::Warning);
    /// ```
    pub fn warning(field: IssueField, kind: IssueKind) -> Self {
        Self {
            severity: Severity::Warning,
            field,
            kind,
        }
    }

    /// Whether this is an error (the timeline cannot be built).
    ///
    /// ```
    /// use tactful_engine::timeline::{IssueField, IssueKind, TimelineIssue};
    ///
    /// assert!(TimelineIssue::error(IssueField::Policy, IssueKind::NoStages).is_error());
    /// ```
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for TimelineIssue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.severity == Severity::Warning {
            f.write_str("warning: ")?;
        }
        write!(f, "{}: {}", self.field, self.kind)
    }
}

impl std::error::Error for TimelineIssue {}
