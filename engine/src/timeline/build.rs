//! Dating a timeline: the ladder or the instalments, pauses, payment, statuses, accrual.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use super::issue::{IssueField, IssueKind, TimelineIssue};
use super::policy::{add_days, Channel, StageAction, Tone};
use super::{
    Accrual, PauseCause, StageNote, StageStatus, Timeline, TimelineInput, TimelineStage,
    TodayStatus, MAX_INSTALLMENTS,
};
use crate::dates::{days_between, days_overdue};
use crate::statutory::{
    claim_accrued_at, late_payment_claim, ClaimInput, StatutoryError, StatutoryInput,
};

/// Dates `input.policy` (or the instalments) for one invoice, applies promises, disputes
/// and payment, and says where the invoice stands on `input.today`. See the
/// [module docs](super) for every rule.
///
/// # Errors
///
/// Every problem found, at once, each tied to its input ([`IssueField`]): the policy's
/// errors ([`super::Policy::check`]), events that have not happened yet
/// ([`IssueKind::InFuture`]), a promise dated before it was made, a dispute resolved
/// before it was opened, bad instalments, statutory input mistakes, dates out of range.
/// The list holds at least one error and may also hold warnings; on success the warnings
/// are in [`Timeline::warnings`]. Never panics.
///
/// ```
/// use chrono::NaiveDate;
/// use tactful_engine::timeline::{
///     build_timeline, Dispute, IssueField, IssueKind, PauseCause, Policy, StageAction,
///     StageNote, TimelineInput,
/// };
///
/// let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// // Firm policy, due Monday 3 March 2025 (weekends only). On 7 March the client
/// // promises to pay by 14 March.
/// let mut input = TimelineInput::new(Policy::firm(), date(2025, 3, 3), date(2025, 3, 7));
/// input.promise_to_pay = Some(date(2025, 3, 14));
/// let timeline = build_timeline(&input).unwrap();
/// let steps: Vec<_> = timeline.stages.iter().map(|s| (s.action, s.date.unwrap())).collect();
/// assert_eq!(
///     steps[..5],
///     [
///         (StageAction::DueToday, date(2025, 3, 3)),
///         (StageAction::FriendlyOverdue, date(2025, 3, 6)),
///         (StageAction::PromiseConfirmation, date(2025, 3, 7)),
///         (StageAction::PromiseMissed, date(2025, 3, 17)), // Sat 15 → Mon 17
///         // +10 (Thu 13) waited 8 days for the promise: Fri 21.
///         (StageAction::FirmFollowUp, date(2025, 3, 21)),
///     ]
/// );
/// let postponed = StageNote::Postponed { cause: PauseCause::Promise, days: 8 };
/// assert_eq!(timeline.stages[4].notes, vec![postponed]);
///
/// // A dispute opened tomorrow has not happened yet: an error on its field.
/// input.dispute = Some(Dispute { opened: date(2025, 3, 8), resolved: None });
/// let errors = build_timeline(&input).unwrap_err();
/// assert_eq!(errors[0].field, IssueField::DisputeOpened);
/// assert_eq!(errors[0].kind, IssueKind::InFuture { today: date(2025, 3, 7) });
/// ```
pub fn build_timeline(input: &TimelineInput) -> Result<Timeline, Vec<TimelineIssue>> {
    let mut issues = Vec::new();
    check_events(input, &mut issues);
    let statutory = check_statutory(input, &mut issues);
    let steps = match &input.installments {
        Some(installments) => {
            check_installments(installments, &mut issues);
            if issues.iter().any(TimelineIssue::is_error) {
                return Err(issues);
            }
            installment_steps(input, installments)
        }
        None => {
            issues.extend(input.policy.check(input.due_date));
            if issues.iter().any(TimelineIssue::is_error) {
                return Err(issues);
            }
            ladder_steps(input)
        }
    };
    let mut steps = match steps.and_then(|steps| settle_payment(input, steps)) {
        Ok(steps) => steps,
        Err(issue) => {
            issues.push(issue);
            return Err(issues);
        }
    };
    // Sort by date; undated (on hold) steps last, in planned order. The sort is stable,
    // so steps on one day keep the order they were made in.
    steps.sort_by_key(|step| (step.date.is_none(), step.date.unwrap_or(step.planned)));
    let stages = finish(input, steps, statutory.as_ref(), &mut issues);
    let today_summary = today_status(input, &stages);
    Ok(Timeline {
        policy_name: input.policy.name.clone(),
        stages,
        today_summary,
        warnings: issues,
        claim_statutory: input.statutory.as_ref().is_some_and(|s| s.claim),
    })
}

/// A step while the timeline is being built.
#[derive(Clone, Debug)]
struct Step {
    action: StageAction,
    channel: Channel,
    tone: Tone,
    policy_stage: Option<usize>,
    installment: Option<usize>,
    role: Role,
    planned: NaiveDate,
    date: Option<NaiveDate>,
    /// The date days overdue are counted from.
    overdue_from: NaiveDate,
    /// `Cancelled` or `Paused` once decided; the rest is decided at the end.
    status: Option<StageStatus>,
    notes: Vec<StageNote>,
}

/// How pauses treat a step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    /// A policy stage at this offset: moved by pauses and by the one-message-per-day rule.
    Ladder { offset: i32 },
    /// An event step on its event's day; `holdable` ones go on hold during an open
    /// dispute (promise steps).
    Event { holdable: bool },
    /// An instalment step: fixed by the plan.
    Installment,
}

impl Step {
    fn event(
        action: StageAction,
        channel: Channel,
        tone: Tone,
        planned: NaiveDate,
        date: NaiveDate,
        overdue_from: NaiveDate,
        holdable: bool,
    ) -> Self {
        Step {
            action,
            channel,
            tone,
            policy_stage: None,
            installment: None,
            role: Role::Event { holdable },
            planned,
            date: Some(date),
            overdue_from,
            status: None,
            notes: rolled_note(planned, date),
        }
    }

    fn is_live(&self) -> bool {
        self.status.is_none()
    }
}

fn rolled_note(planned: NaiveDate, date: NaiveDate) -> Vec<StageNote> {
    if planned == date {
        Vec::new()
    } else {
        vec![StageNote::Rolled { from: planned }]
    }
}

// Channels and tones of the steps the engine adds, and why:
// - promise confirmation: email, friendly. Written, so both sides have the date; warm,
//   because a promise is cooperation.
// - promise missed: phone call, firm. A broken promise is best raised in conversation
//   ("what happened?"); firm, because the client chose the date.
// - dispute acknowledgement: email, neutral. Written, so the dispute is on record;
//   neither conceding nor pressing.
// - thank-you: email, friendly. Always: it is what makes the next invoice easier.
// - instalment due soon: email, friendly (a courtesy); instalment missed: email, neutral
//   (a plan in progress deserves a note, not an escalation).
const PROMISE_CONFIRMATION: (Channel, Tone) = (Channel::Email, Tone::Friendly);
const PROMISE_MISSED: (Channel, Tone) = (Channel::PhoneCall, Tone::Firm);
const DISPUTE_ACKNOWLEDGEMENT: (Channel, Tone) = (Channel::Email, Tone::Neutral);
const THANK_YOU: (Channel, Tone) = (Channel::Email, Tone::Friendly);
const INSTALLMENT_DUE_SOON: (Channel, Tone) = (Channel::Email, Tone::Friendly);
const INSTALLMENT_MISSED: (Channel, Tone) = (Channel::Email, Tone::Neutral);

/// Checks the events (promise, dispute, payment) against today and each other.
fn check_events(input: &TimelineInput, issues: &mut Vec<TimelineIssue>) {
    let today = input.today;
    let in_future = |field| TimelineIssue::error(field, IssueKind::InFuture { today });
    if input.paid_on.is_some_and(|paid| paid > today) {
        issues.push(in_future(IssueField::PaidOn));
    }
    if let Some(promised) = input.promise_to_pay {
        if input.installments.is_some() {
            issues.push(TimelineIssue::error(
                IssueField::PromiseToPay,
                IssueKind::NotWithInstallments,
            ));
        }
        let made_on = input.promise_made_on.unwrap_or(today);
        if made_on > today {
            issues.push(in_future(IssueField::PromiseMadeOn));
        }
        if promised < made_on {
            issues.push(TimelineIssue::error(
                IssueField::PromiseToPay,
                IssueKind::PromiseBeforeMade { made_on },
            ));
        } else if promised.max(input.due_date) < today && input.paid_on.is_none() {
            issues.push(TimelineIssue::warning(
                IssueField::PromiseToPay,
                IssueKind::PromisePassed,
            ));
        }
    }
    if let Some(dispute) = input.dispute {
        if input.installments.is_some() {
            issues.push(TimelineIssue::error(
                IssueField::DisputeOpened,
                IssueKind::NotWithInstallments,
            ));
        }
        if dispute.opened > today {
            issues.push(in_future(IssueField::DisputeOpened));
        }
        if let Some(resolved) = dispute.resolved {
            if resolved > today {
                issues.push(in_future(IssueField::DisputeResolved));
            }
            if resolved < dispute.opened {
                issues.push(TimelineIssue::error(
                    IssueField::DisputeResolved,
                    IssueKind::ResolvedBeforeOpened,
                ));
            }
        }
    }
}

/// Checks the instalment list: not empty, not too long, amounts positive, dates rising.
fn check_installments(installments: &[(NaiveDate, Decimal)], issues: &mut Vec<TimelineIssue>) {
    if installments.is_empty() {
        issues.push(TimelineIssue::error(
            IssueField::Installments,
            IssueKind::NoInstallments,
        ));
        return;
    }
    if installments.len() > MAX_INSTALLMENTS {
        issues.push(TimelineIssue::error(
            IssueField::Installments,
            IssueKind::TooManyInstallments {
                count: installments.len(),
                max: MAX_INSTALLMENTS,
            },
        ));
        return;
    }
    for (index, (date, amount)) in installments.iter().enumerate() {
        let field = IssueField::Installment(index);
        if *amount <= Decimal::ZERO {
            issues.push(TimelineIssue::error(
                field,
                IssueKind::InstallmentNotPositive { amount: *amount },
            ));
        }
        if let Some(previous) = index.checked_sub(1) {
            if installments
                .get(previous)
                .is_some_and(|(before, _)| date <= before)
            {
                issues.push(TimelineIssue::error(
                    field,
                    IssueKind::InstallmentOutOfOrder { previous },
                ));
            }
        }
    }
}

/// The statutory input for this invoice, if options are given and the claim can be
/// computed at all; otherwise reports why (an error for an input mistake, a warning for
/// a missing rate or an unreachable date) and returns `None`.
fn check_statutory(input: &TimelineInput, issues: &mut Vec<TimelineIssue>) -> Option<ClaimInput> {
    let options = input.statutory.as_ref()?;
    let mut statutory = ClaimInput::from(&StatutoryInput {
        regime: options.regime,
        principal: input.amount,
        currency: input.currency.clone(),
        due_date: input.due_date,
        interest_start: options.interest_start,
        until: input.due_date,
        reference_rate_override: options.reference_rate_override,
        eu_margin: options.eu_margin,
    });
    if let Some(jurisdiction) = options.jurisdiction {
        statutory.jurisdiction = jurisdiction;
    }
    statutory.options = options.claim_options;
    match late_payment_claim(&statutory) {
        Ok(_) => Some(statutory),
        Err(error) => {
            issues.push(statutory_issue(error));
            None
        }
    }
}

/// Where a statutory error belongs, and how serious it is.
fn statutory_issue(error: StatutoryError) -> TimelineIssue {
    let field = match error {
        StatutoryError::NonPositivePrincipal { .. } => IssueField::Amount,
        StatutoryError::UnknownCurrency { .. } => IssueField::Currency,
        _ => IssueField::Statutory,
    };
    let input_mistake = matches!(
        error,
        StatutoryError::NonPositivePrincipal { .. }
            | StatutoryError::UnknownCurrency { .. }
            | StatutoryError::InvalidReferenceRate { .. }
            | StatutoryError::InvalidMargin { .. }
    );
    let kind = IssueKind::Statutory(error);
    if input_mistake {
        TimelineIssue::error(field, kind)
    } else {
        TimelineIssue::warning(field, kind)
    }
}

/// An error about a date that could not be computed.
fn out_of_range(field: IssueField) -> TimelineIssue {
    TimelineIssue::error(field, IssueKind::DateOutOfRange)
}

/// One pause of the ladder.
struct Pause {
    start: NaiveDate,
    /// The day the ladder resumes; `None`: on hold.
    resume: Option<NaiveDate>,
    cause: PauseCause,
}

/// The policy's stages plus the promise and dispute steps, with pauses applied and one
/// message per day.
fn ladder_steps(input: &TimelineInput) -> Result<Vec<Step>, TimelineIssue> {
    let policy = &input.policy;
    let due = input.due_date;
    let mut steps = Vec::with_capacity(policy.stages.len() + 4);
    for (index, (stage, dated)) in policy
        .stages
        .iter()
        .zip(policy.ladder_dates(due))
        .enumerate()
    {
        // `check` has passed, so every date is known; stay defensive all the same.
        let dated = dated.map_err(|kind| TimelineIssue::error(IssueField::Stage(index), kind))?;
        steps.push(Step {
            action: stage.action,
            channel: stage.channel,
            tone: stage.tone,
            policy_stage: Some(index),
            installment: None,
            role: Role::Ladder {
                offset: stage.offset_days,
            },
            planned: dated.raw,
            date: Some(dated.rolled),
            overdue_from: due,
            status: None,
            notes: rolled_note(dated.raw, dated.rolled),
        });
    }

    let mut pauses = Vec::new();
    if let Some(promised) = input.promise_to_pay {
        let made_on = input.promise_made_on.unwrap_or(input.today);
        let field = IssueField::PromiseToPay;
        let confirmed = policy
            .roll_forward(made_on)
            .ok_or_else(|| out_of_range(IssueField::PromiseMadeOn))?;
        let (channel, tone) = PROMISE_CONFIRMATION;
        steps.push(Step::event(
            StageAction::PromiseConfirmation,
            channel,
            tone,
            made_on,
            confirmed,
            due,
            true,
        ));
        let missed_on = promised
            .max(due)
            .succ_opt()
            .ok_or_else(|| out_of_range(field))?;
        let missed = policy
            .roll_forward(missed_on)
            .ok_or_else(|| out_of_range(field))?;
        let (channel, tone) = PROMISE_MISSED;
        steps.push(Step::event(
            StageAction::PromiseMissed,
            channel,
            tone,
            missed_on,
            missed,
            due,
            true,
        ));
        pauses.push(Pause {
            start: made_on,
            resume: Some(missed_on),
            cause: PauseCause::Promise,
        });
    }
    if let Some(dispute) = input.dispute {
        let acknowledged = policy
            .roll_forward(dispute.opened)
            .ok_or_else(|| out_of_range(IssueField::DisputeOpened))?;
        let (channel, tone) = DISPUTE_ACKNOWLEDGEMENT;
        steps.push(Step::event(
            StageAction::DisputeAcknowledgement,
            channel,
            tone,
            dispute.opened,
            acknowledged,
            due,
            false,
        ));
        pauses.push(Pause {
            start: dispute.opened,
            resume: dispute.resolved,
            cause: PauseCause::Dispute,
        });
    }
    pauses.sort_by_key(|pause| pause.start);
    for step in &mut steps {
        apply_pauses(input, step, &pauses)?;
    }
    one_message_per_day(input, &mut steps)?;
    Ok(steps)
}

/// Moves, skips or holds one step for the pauses (in order of their start).
fn apply_pauses(
    input: &TimelineInput,
    step: &mut Step,
    pauses: &[Pause],
) -> Result<(), TimelineIssue> {
    let field = step
        .policy_stage
        .map_or(IssueField::PromiseToPay, IssueField::Stage);
    for pause in pauses {
        let Some(date) = step.date else {
            return Ok(());
        };
        if date < pause.start {
            continue;
        }
        match step.role {
            Role::Ladder { offset } if offset <= 0 => {
                step.status = Some(StageStatus::Cancelled);
                step.notes
                    .push(StageNote::SkippedForPause { cause: pause.cause });
                return Ok(());
            }
            Role::Ladder { .. } => match pause.resume {
                None => hold(step),
                Some(resume) => {
                    let shifted = add_days(date, days_between(pause.start, resume))
                        .and_then(|shifted| input.policy.roll_forward(shifted))
                        .ok_or_else(|| out_of_range(field))?;
                    step.date = Some(shifted);
                    step.notes.push(StageNote::Postponed {
                        cause: pause.cause,
                        days: days_between(date, shifted),
                    });
                }
            },
            Role::Event { holdable: true } if pause.resume.is_none() => hold(step),
            Role::Event { .. } | Role::Installment => {}
        }
    }
    Ok(())
}

fn hold(step: &mut Step) {
    step.date = None;
    step.status = Some(StageStatus::Paused);
    step.notes.push(StageNote::OnHold);
}

/// Moves each live policy stage that shares a day with an event step, or is not after
/// the policy stage before it, to the next free day.
fn one_message_per_day(input: &TimelineInput, steps: &mut [Step]) -> Result<(), TimelineIssue> {
    let taken: Vec<NaiveDate> = steps
        .iter()
        .filter(|step| step.is_live() && !matches!(step.role, Role::Ladder { .. }))
        .filter_map(|step| step.date)
        .collect();
    let mut last: Option<NaiveDate> = None;
    for step in steps.iter_mut() {
        if !step.is_live() || !matches!(step.role, Role::Ladder { .. }) {
            continue;
        }
        let Some(original) = step.date else {
            continue;
        };
        let field = step
            .policy_stage
            .map_or(IssueField::Policy, IssueField::Stage);
        let mut date = original;
        // Each round moves strictly later, and `taken` is finite: this ends.
        while last.is_some_and(|last| date <= last) || taken.contains(&date) {
            let from = match last {
                Some(last) if last > date => last,
                _ => date,
            };
            date = input
                .policy
                .next_slot(from)
                .ok_or_else(|| out_of_range(field))?;
        }
        if date != original {
            step.date = Some(date);
            step.notes
                .push(StageNote::MovedToAvoidSameDay { from: original });
        }
        last = Some(date);
    }
    Ok(())
}

/// A courtesy note the day before each instalment and a note the day after it.
fn installment_steps(
    input: &TimelineInput,
    installments: &[(NaiveDate, Decimal)],
) -> Result<Vec<Step>, TimelineIssue> {
    let policy = &input.policy;
    let mut steps = Vec::with_capacity(installments.len() * 2 + 1);
    for (index, (due, _)) in installments.iter().enumerate() {
        let field = IssueField::Installment(index);
        let before = due.pred_opt().ok_or_else(|| out_of_range(field))?;
        let soon = policy
            .roll_backward(before)
            .ok_or_else(|| out_of_range(field))?;
        let after = due.succ_opt().ok_or_else(|| out_of_range(field))?;
        let missed = policy
            .roll_forward(after)
            .ok_or_else(|| out_of_range(field))?;
        for (action, (channel, tone), planned, date) in [
            (
                StageAction::InstallmentDueSoon,
                INSTALLMENT_DUE_SOON,
                before,
                soon,
            ),
            (
                StageAction::InstallmentMissed,
                INSTALLMENT_MISSED,
                after,
                missed,
            ),
        ] {
            steps.push(Step {
                action,
                channel,
                tone,
                policy_stage: None,
                installment: Some(index),
                role: Role::Installment,
                planned,
                date: Some(date),
                overdue_from: *due,
                status: None,
                notes: rolled_note(planned, date),
            });
        }
    }
    Ok(steps)
}

/// Payment: cancels every step on or after the payment date (and every step on hold),
/// and adds the thank-you.
fn settle_payment(input: &TimelineInput, mut steps: Vec<Step>) -> Result<Vec<Step>, TimelineIssue> {
    let Some(paid_on) = input.paid_on else {
        return Ok(steps);
    };
    for step in &mut steps {
        let after_payment = step.date.is_none_or(|date| date >= paid_on);
        if step.status != Some(StageStatus::Cancelled) && after_payment {
            step.status = Some(StageStatus::Cancelled);
            step.notes.push(StageNote::CancelledByPayment);
        }
    }
    let thanked = input
        .policy
        .roll_forward(paid_on)
        .ok_or_else(|| out_of_range(IssueField::PaidOn))?;
    let (channel, tone) = THANK_YOU;
    steps.push(Step::event(
        StageAction::ThankYou,
        channel,
        tone,
        paid_on,
        thanked,
        input.due_date,
        false,
    ));
    Ok(steps)
}

/// Statuses, weekdays, send times, days overdue and accruals.
fn finish(
    input: &TimelineInput,
    steps: Vec<Step>,
    statutory: Option<&ClaimInput>,
    issues: &mut Vec<TimelineIssue>,
) -> Vec<TimelineStage> {
    let today = input.today;
    let mut next_found = false;
    let mut accrual_failed = false;
    steps
        .into_iter()
        .map(|step| {
            let status = match (step.status, step.date) {
                (Some(status), _) => status,
                (None, None) => StageStatus::Paused,
                (None, Some(date)) if date < today => StageStatus::Past,
                (None, Some(date)) if date == today => StageStatus::Today,
                (None, Some(_)) if !next_found => {
                    next_found = true;
                    StageStatus::Next
                }
                (None, Some(_)) => StageStatus::Upcoming,
            };
            let accrual = match (statutory, step.date) {
                (Some(statutory), Some(date))
                    if status != StageStatus::Cancelled && !accrual_failed =>
                {
                    let until = input.paid_on.map_or(date, |paid| paid.min(date));
                    match claim_accrued_at(statutory, until) {
                        Ok(claim) => Some(Accrual {
                            until,
                            days: claim.days,
                            interest: claim.interest,
                            currency: claim.currency,
                            compensation: claim.compensation,
                            compensation_currency: claim.compensation_currency,
                            total_claim: claim.total_claim,
                            collection_costs: claim.collection_costs,
                        }),
                        Err(error) => {
                            // Later dates fail too (a rate the table lacks): say it once.
                            accrual_failed = true;
                            issues.push(statutory_issue(error));
                            None
                        }
                    }
                }
                _ => None,
            };
            TimelineStage {
                action: step.action,
                channel: step.channel,
                tone: step.tone,
                policy_stage: step.policy_stage,
                installment: step.installment,
                planned_date: step.planned,
                date: step.date,
                weekday: step.date.map(|date| date.weekday()),
                send_at: step
                    .date
                    .zip(input.policy.send_time)
                    .map(|(date, time)| date.and_time(time)),
                days_overdue: step.date.map(|date| days_overdue(step.overdue_from, date)),
                status,
                notes: step.notes,
                accrual,
            }
        })
        .collect()
}

/// Where the invoice stands today.
fn today_status(input: &TimelineInput, stages: &[TimelineStage]) -> TodayStatus {
    let current_stage = stages
        .iter()
        .rposition(|stage| matches!(stage.status, StageStatus::Past | StageStatus::Today));
    let next_stage = stages
        .iter()
        .position(|stage| stage.status == StageStatus::Next);
    let paid = input.paid_on.is_some();
    TodayStatus {
        today: input.today,
        days_overdue: days_overdue(input.due_date, input.paid_on.unwrap_or(input.today)),
        current_stage,
        next_stage,
        on_hold: !paid && input.dispute.is_some_and(|d| d.resolved.is_none()),
        paid,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::BusinessCalendar;
    use crate::holidays::HolidayRegion;
    use crate::statutory::{Jurisdiction, Regime};
    use crate::timeline::{Dispute, Policy, Severity, StatutoryOptions};
    use rust_decimal_macros::dec;
    use StageAction::*;
    use StageStatus::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a valid date")
    }

    fn england(policy: Policy) -> Policy {
        Policy {
            calendar: BusinessCalendar::for_region(HolidayRegion::EnglandWales),
            ..policy
        }
    }

    fn build(input: &TimelineInput) -> Timeline {
        build_timeline(input).unwrap_or_else(|issues| panic!("{issues:?}"))
    }

    /// `(action, date, status)` of every step.
    fn steps(timeline: &Timeline) -> Vec<(StageAction, Option<NaiveDate>, StageStatus)> {
        timeline
            .stages
            .iter()
            .map(|s| (s.action, s.date, s.status))
            .collect()
    }

    fn errors(input: &TimelineInput) -> Vec<(IssueField, IssueKind)> {
        build_timeline(input)
            .expect_err("errors")
            .into_iter()
            .filter(TimelineIssue::is_error)
            .map(|issue| (issue.field, issue.kind))
            .collect()
    }

    #[test]
    fn the_standard_ladder_over_christmas_with_statuses() {
        let input = TimelineInput::new(
            england(Policy::standard()),
            date(2025, 12, 20),
            date(2025, 12, 29),
        );
        let timeline = build(&input);
        assert_eq!(
            steps(&timeline),
            vec![
                (PreDueReminder, Some(date(2025, 12, 17)), Past),
                (FriendlyOverdue, Some(date(2025, 12, 22)), Past),
                (SecondFollowUp, Some(date(2025, 12, 29)), Today),
                (FirmFollowUp, Some(date(2026, 1, 5)), Next),
                (FinalNotice, Some(date(2026, 1, 19)), Upcoming),
                (AgencyReferral, Some(date(2026, 2, 3)), Upcoming),
                (LegalReview, Some(date(2026, 3, 5)), Upcoming),
            ]
        );
        let second = &timeline.stages[2];
        assert_eq!(second.planned_date, date(2025, 12, 27));
        assert_eq!(
            second.notes,
            vec![StageNote::Rolled {
                from: date(2025, 12, 27)
            }]
        );
        assert_eq!(second.weekday, Some(chrono::Weekday::Mon));
        assert_eq!(second.days_overdue, Some(9));
        assert_eq!(second.send_at, date(2025, 12, 29).and_hms_opt(10, 0, 0));
        assert_eq!(timeline.stages[0].days_overdue, Some(0));
        assert_eq!(
            timeline.today_summary,
            TodayStatus {
                today: date(2025, 12, 29),
                days_overdue: 9,
                current_stage: Some(2),
                next_stage: Some(3),
                on_hold: false,
                paid: false,
            }
        );
        assert!(timeline.warnings.is_empty());
        assert!(timeline.stages.iter().all(|s| s.accrual.is_none()));
        assert_eq!(timeline.policy_name, "Standard");
    }

    #[test]
    fn before_the_first_step_there_is_no_current_stage() {
        let input = TimelineInput::new(Policy::gentle(), date(2025, 3, 31), date(2025, 3, 1));
        let timeline = build(&input);
        assert_eq!(timeline.today_summary.current_stage, None);
        assert_eq!(timeline.today_summary.next_stage, Some(0));
        assert_eq!(timeline.today_summary.days_overdue, 0);
    }

    #[test]
    fn a_good_friday_due_date_moves_the_colliding_stage_and_warns() {
        // Due Good Friday 3 April 2026: 0 rolls past Easter Monday to Tuesday 7, and +3
        // (Easter Monday) rolls there too; it moves to Wednesday 8.
        let input = TimelineInput::new(england(Policy::firm()), date(2026, 4, 3), date(2026, 4, 1));
        let timeline = build(&input);
        assert_eq!(timeline.stages[0].date, Some(date(2026, 4, 7)));
        assert_eq!(timeline.stages[1].date, Some(date(2026, 4, 8)));
        assert_eq!(
            timeline.stages[1].notes,
            vec![
                StageNote::Rolled {
                    from: date(2026, 4, 6)
                },
                StageNote::MovedToAvoidSameDay {
                    from: date(2026, 4, 7)
                },
            ]
        );
        assert_eq!(
            timeline.warnings,
            vec![TimelineIssue::warning(
                IssueField::Stage(1),
                IssueKind::SameDayAfterRolling {
                    other: 0,
                    date: date(2026, 4, 7)
                }
            )]
        );
    }

    #[test]
    fn a_promise_pauses_the_ladder_then_it_resumes_shifted() {
        // Due Monday 3 March 2025 (weekends only). Today, Monday 10 March, the client
        // promises to pay by Thursday 20 March. The ladder waits 20 − 10 + 1 = 11 days.
        let mut input = TimelineInput::new(Policy::standard(), date(2025, 3, 3), date(2025, 3, 10));
        input.promise_to_pay = Some(date(2025, 3, 20));
        let timeline = build(&input);
        assert_eq!(
            steps(&timeline),
            vec![
                (PreDueReminder, Some(date(2025, 2, 28)), Past),
                (FriendlyOverdue, Some(date(2025, 3, 4)), Past),
                (PromiseConfirmation, Some(date(2025, 3, 10)), Today),
                (PromiseMissed, Some(date(2025, 3, 21)), Next),
                // +7 (10 March) + 11 = Fri 21 March, the promise-missed day: moved to Monday.
                (SecondFollowUp, Some(date(2025, 3, 24)), Upcoming),
                (FirmFollowUp, Some(date(2025, 3, 28)), Upcoming), // 17 March + 11
                (FinalNotice, Some(date(2025, 4, 14)), Upcoming),  // 2 April + 11 = Sun → Mon 14
                (AgencyReferral, Some(date(2025, 4, 28)), Upcoming), // 17 April + 11
                (LegalReview, Some(date(2025, 5, 30)), Upcoming),  // 19 May + 11
            ]
        );
        assert_eq!(
            timeline.stages[4].notes,
            vec![
                StageNote::Postponed {
                    cause: PauseCause::Promise,
                    days: 11
                },
                StageNote::MovedToAvoidSameDay {
                    from: date(2025, 3, 21)
                },
            ]
        );
        assert_eq!(
            timeline.stages[6].notes,
            vec![StageNote::Postponed {
                cause: PauseCause::Promise,
                days: 12
            }]
        );
        assert_eq!(timeline.today_summary.current_stage, Some(2));
        assert_eq!(timeline.today_summary.next_stage, Some(3));
    }

    #[test]
    fn a_promise_before_the_due_date_skips_the_courtesy_note() {
        // Due Monday 31 March 2025. On 20 March the client says they will pay on the 25th.
        // The pre-due reminder (Fri 28) is pointless: skipped. The promise cannot be
        // broken before the due date, so "missed" is 1 April; +1 (1 April) waits 12 days.
        let mut input =
            TimelineInput::new(Policy::standard(), date(2025, 3, 31), date(2025, 3, 20));
        input.promise_to_pay = Some(date(2025, 3, 25));
        let timeline = build(&input);
        let all = steps(&timeline);
        assert_eq!(
            all[0],
            (PromiseConfirmation, Some(date(2025, 3, 20)), Today)
        );
        assert_eq!(all[1], (PreDueReminder, Some(date(2025, 3, 28)), Cancelled));
        assert_eq!(all[2], (PromiseMissed, Some(date(2025, 4, 1)), Next));
        assert_eq!(all[3], (FriendlyOverdue, Some(date(2025, 4, 14)), Upcoming));
        assert_eq!(
            timeline.stages[1].notes,
            vec![StageNote::SkippedForPause {
                cause: PauseCause::Promise
            }]
        );
    }

    #[test]
    fn a_promise_made_earlier_and_passed_warns_and_shows_the_miss() {
        let mut input = TimelineInput::new(Policy::standard(), date(2025, 3, 3), date(2025, 3, 25));
        input.promise_made_on = Some(date(2025, 3, 10));
        input.promise_to_pay = Some(date(2025, 3, 20));
        let timeline = build(&input);
        let missed = timeline
            .stages
            .iter()
            .find(|s| s.action == PromiseMissed)
            .expect("a missed step");
        assert_eq!(
            (missed.date, missed.status),
            (Some(date(2025, 3, 21)), Past)
        );
        assert_eq!(
            timeline.warnings,
            vec![TimelineIssue::warning(
                IssueField::PromiseToPay,
                IssueKind::PromisePassed
            )]
        );
    }

    #[test]
    fn a_resolved_dispute_stops_the_ladder_then_it_resumes_shifted() {
        // Due Monday 3 March 2025; dispute opened Wednesday 5, resolved Wednesday 19
        // March: stages from the 5th on move 14 days later.
        let mut input = TimelineInput::new(Policy::standard(), date(2025, 3, 3), date(2025, 3, 31));
        input.dispute = Some(Dispute {
            opened: date(2025, 3, 5),
            resolved: Some(date(2025, 3, 19)),
        });
        let timeline = build(&input);
        assert_eq!(
            steps(&timeline)[..6],
            [
                (PreDueReminder, Some(date(2025, 2, 28)), Past),
                (FriendlyOverdue, Some(date(2025, 3, 4)), Past),
                (DisputeAcknowledgement, Some(date(2025, 3, 5)), Past),
                (SecondFollowUp, Some(date(2025, 3, 24)), Past), // 10 March + 14
                (FirmFollowUp, Some(date(2025, 3, 31)), Today),  // 17 March + 14
                (FinalNotice, Some(date(2025, 4, 16)), Next),    // 2 April + 14
            ]
        );
        assert!(!timeline.today_summary.on_hold);
    }

    #[test]
    fn an_open_dispute_puts_the_rest_of_the_ladder_on_hold() {
        let mut input = TimelineInput::new(Policy::standard(), date(2025, 3, 3), date(2025, 3, 31));
        input.dispute = Some(Dispute {
            opened: date(2025, 3, 8), // a Saturday: acknowledged on Monday
            resolved: None,
        });
        let timeline = build(&input);
        assert_eq!(
            steps(&timeline),
            vec![
                (PreDueReminder, Some(date(2025, 2, 28)), Past),
                (FriendlyOverdue, Some(date(2025, 3, 4)), Past),
                (DisputeAcknowledgement, Some(date(2025, 3, 10)), Past),
                (SecondFollowUp, None, Paused),
                (FirmFollowUp, None, Paused),
                (FinalNotice, None, Paused),
                (AgencyReferral, None, Paused),
                (LegalReview, None, Paused),
            ]
        );
        let held = &timeline.stages[3];
        assert_eq!(held.planned_date, date(2025, 3, 10));
        assert_eq!(
            (held.days_overdue, held.weekday, held.send_at),
            (None, None, None)
        );
        assert_eq!(held.notes, vec![StageNote::OnHold]);
        assert!(timeline.today_summary.on_hold);
        assert_eq!(timeline.today_summary.current_stage, Some(2));
        assert_eq!(timeline.today_summary.next_stage, None);
    }

    #[test]
    fn an_open_dispute_also_holds_a_promise_made_after_it() {
        let mut input = TimelineInput::new(Policy::standard(), date(2025, 3, 3), date(2025, 3, 31));
        input.dispute = Some(Dispute {
            opened: date(2025, 3, 5),
            resolved: None,
        });
        input.promise_made_on = Some(date(2025, 3, 12));
        input.promise_to_pay = Some(date(2025, 4, 10));
        let timeline = build(&input);
        for action in [PromiseConfirmation, PromiseMissed] {
            let step = timeline
                .stages
                .iter()
                .find(|s| s.action == action)
                .expect("a step");
            assert_eq!((step.date, step.status), (None, Paused), "{action:?}");
        }
    }

    #[test]
    fn payment_cancels_what_is_left_and_adds_a_thank_you() {
        // Paid Saturday 15 March 2025: thanked on Monday 17, when the firm follow-up was
        // planned; it is cancelled with everything after.
        let mut input = TimelineInput::new(Policy::standard(), date(2025, 3, 3), date(2025, 3, 20));
        input.paid_on = Some(date(2025, 3, 15));
        let timeline = build(&input);
        assert_eq!(
            steps(&timeline),
            vec![
                (PreDueReminder, Some(date(2025, 2, 28)), Past),
                (FriendlyOverdue, Some(date(2025, 3, 4)), Past),
                (SecondFollowUp, Some(date(2025, 3, 10)), Past),
                (FirmFollowUp, Some(date(2025, 3, 17)), Cancelled),
                (ThankYou, Some(date(2025, 3, 17)), Past),
                (FinalNotice, Some(date(2025, 4, 2)), Cancelled),
                (AgencyReferral, Some(date(2025, 4, 17)), Cancelled),
                (LegalReview, Some(date(2025, 5, 19)), Cancelled),
            ]
        );
        assert_eq!(
            timeline.stages[3].notes,
            vec![StageNote::CancelledByPayment]
        );
        let summary = &timeline.today_summary;
        assert!(summary.paid);
        assert_eq!(summary.days_overdue, 12); // overdue when the money arrived
        assert_eq!(summary.current_stage, Some(4));
        assert_eq!(summary.next_stage, None);
    }

    #[test]
    fn payment_on_the_promised_day_cancels_the_missed_note() {
        let mut input = TimelineInput::new(Policy::standard(), date(2025, 3, 3), date(2025, 3, 25));
        input.promise_made_on = Some(date(2025, 3, 10));
        input.promise_to_pay = Some(date(2025, 3, 20));
        input.paid_on = Some(date(2025, 3, 20));
        let timeline = build(&input);
        let missed = timeline
            .stages
            .iter()
            .find(|s| s.action == PromiseMissed)
            .expect("a step");
        assert_eq!(missed.status, Cancelled);
        assert!(
            timeline.warnings.is_empty(),
            "paid: no 'promise passed' warning"
        );
        let thanks = timeline
            .stages
            .iter()
            .find(|s| s.action == ThankYou)
            .expect("thanks");
        assert_eq!(thanks.date, Some(date(2025, 3, 20)));
    }

    #[test]
    fn payment_during_an_open_dispute_cancels_the_held_stages() {
        let mut input = TimelineInput::new(Policy::standard(), date(2025, 3, 3), date(2025, 3, 31));
        input.dispute = Some(Dispute {
            opened: date(2025, 3, 5),
            resolved: None,
        });
        input.paid_on = Some(date(2025, 3, 28));
        let timeline = build(&input);
        assert!(timeline.stages.iter().all(|s| s.status != Paused));
        assert!(!timeline.today_summary.on_hold);
        assert_eq!(timeline.stages.last().map(|s| s.status), Some(Cancelled));
    }

    #[test]
    fn instalment_mode_dates_a_courtesy_and_a_missed_note_per_instalment() {
        let mut input = TimelineInput::new(Policy::standard(), date(2025, 3, 3), date(2025, 4, 30));
        input.installments = Some(vec![
            (date(2025, 3, 31), dec!(100)), // Monday: courtesy rolls back to Friday 28
            (date(2025, 4, 30), dec!(100)),
            (date(2025, 5, 31), dec!(100)), // Saturday: the missed note rolls to Monday
        ]);
        let timeline = build(&input);
        assert_eq!(
            steps(&timeline),
            vec![
                (InstallmentDueSoon, Some(date(2025, 3, 28)), Past),
                (InstallmentMissed, Some(date(2025, 4, 1)), Past),
                (InstallmentDueSoon, Some(date(2025, 4, 29)), Past),
                (InstallmentMissed, Some(date(2025, 5, 1)), Next),
                (InstallmentDueSoon, Some(date(2025, 5, 30)), Upcoming),
                (InstallmentMissed, Some(date(2025, 6, 2)), Upcoming),
            ]
        );
        let installments: Vec<Option<usize>> =
            timeline.stages.iter().map(|s| s.installment).collect();
        assert_eq!(
            installments,
            vec![Some(0), Some(0), Some(1), Some(1), Some(2), Some(2)]
        );
        // Days overdue count from each instalment.
        assert_eq!(timeline.stages[3].days_overdue, Some(1));
        assert_eq!(timeline.stages[5].days_overdue, Some(2));
        assert_eq!(timeline.stages[4].days_overdue, Some(0));
        assert!(timeline.stages.iter().all(|s| s.policy_stage.is_none()));
    }

    #[test]
    fn instalment_mode_ignores_the_policy_ladder_but_not_payment() {
        let mut policy = Policy::standard();
        policy.stages.clear(); // would be an error in ladder mode
        let mut input = TimelineInput::new(policy, date(2025, 3, 3), date(2025, 4, 30));
        input.installments = Some(vec![
            (date(2025, 3, 31), dec!(50)),
            (date(2025, 4, 30), dec!(50)),
        ]);
        input.paid_on = Some(date(2025, 4, 15));
        let timeline = build(&input);
        assert_eq!(
            steps(&timeline),
            vec![
                (InstallmentDueSoon, Some(date(2025, 3, 28)), Past),
                (InstallmentMissed, Some(date(2025, 4, 1)), Past),
                (ThankYou, Some(date(2025, 4, 15)), Past),
                (InstallmentDueSoon, Some(date(2025, 4, 29)), Cancelled),
                (InstallmentMissed, Some(date(2025, 5, 1)), Cancelled),
            ]
        );
    }

    #[test]
    fn instalment_problems_are_reported_each_next_to_its_instalment() {
        let mut input = TimelineInput::new(Policy::standard(), date(2025, 3, 3), date(2025, 3, 10));
        input.installments = Some(vec![
            (date(2025, 4, 30), dec!(100)),
            (date(2025, 4, 30), dec!(0)),
            (date(2025, 4, 1), dec!(-5)),
        ]);
        input.promise_to_pay = Some(date(2025, 3, 20));
        input.dispute = Some(Dispute {
            opened: date(2025, 3, 5),
            resolved: None,
        });
        assert_eq!(
            errors(&input),
            vec![
                (IssueField::PromiseToPay, IssueKind::NotWithInstallments),
                (IssueField::DisputeOpened, IssueKind::NotWithInstallments),
                (
                    IssueField::Installment(1),
                    IssueKind::InstallmentNotPositive { amount: dec!(0) }
                ),
                (
                    IssueField::Installment(1),
                    IssueKind::InstallmentOutOfOrder { previous: 0 }
                ),
                (
                    IssueField::Installment(2),
                    IssueKind::InstallmentNotPositive { amount: dec!(-5) }
                ),
                (
                    IssueField::Installment(2),
                    IssueKind::InstallmentOutOfOrder { previous: 1 }
                ),
            ]
        );
        input.promise_to_pay = None;
        input.dispute = None;
        input.installments = Some(Vec::new());
        assert_eq!(
            errors(&input),
            vec![(IssueField::Installments, IssueKind::NoInstallments)]
        );
        input.installments = Some(vec![(date(2025, 4, 30), dec!(1)); MAX_INSTALLMENTS + 1]);
        assert_eq!(
            errors(&input),
            vec![(
                IssueField::Installments,
                IssueKind::TooManyInstallments {
                    count: 602,
                    max: 601
                }
            )]
        );
    }

    #[test]
    fn every_event_and_policy_problem_is_reported_at_once() {
        let today = date(2025, 3, 10);
        let mut policy = Policy::standard();
        policy.stages[1].offset_days = 500;
        let mut input = TimelineInput::new(policy, date(2025, 3, 3), today);
        input.paid_on = Some(date(2025, 3, 11));
        input.promise_made_on = Some(date(2025, 3, 12));
        input.promise_to_pay = Some(date(2025, 3, 11));
        input.dispute = Some(Dispute {
            opened: date(2025, 3, 8),
            resolved: Some(date(2025, 3, 7)),
        });
        let in_future = IssueKind::InFuture { today };
        assert_eq!(
            errors(&input),
            vec![
                (IssueField::PaidOn, in_future.clone()),
                (IssueField::PromiseMadeOn, in_future),
                (
                    IssueField::PromiseToPay,
                    IssueKind::PromiseBeforeMade {
                        made_on: date(2025, 3, 12)
                    }
                ),
                (IssueField::DisputeResolved, IssueKind::ResolvedBeforeOpened),
                (
                    IssueField::Stage(1),
                    IssueKind::OffsetOutOfRange {
                        offset: 500,
                        min: -90,
                        max: 365
                    }
                ),
            ]
        );
    }

    #[test]
    fn a_promise_dated_before_today_without_a_made_on_date_is_an_error() {
        let today = date(2025, 3, 10);
        let mut input = TimelineInput::new(Policy::standard(), date(2025, 3, 3), today);
        input.promise_to_pay = Some(date(2025, 3, 9));
        assert_eq!(
            errors(&input),
            vec![(
                IssueField::PromiseToPay,
                IssueKind::PromiseBeforeMade { made_on: today }
            )]
        );
        let message = build_timeline(&input).expect_err("an error")[0].to_string();
        assert_eq!(
            message,
            "promise to pay: promised date is before the promise was made (2025-03-10)"
        );
    }

    fn uk_claim(amount: rust_decimal::Decimal, due: NaiveDate, today: NaiveDate) -> TimelineInput {
        let mut input = TimelineInput::new(Policy::standard(), due, today);
        input.amount = amount;
        input.currency = "GBP".into();
        input.statutory = Some(StatutoryOptions::new(Regime::Uk));
        input
    }

    #[test]
    fn statutory_accrual_grows_stage_by_stage() {
        // £4,800 due Monday 31 March 2025: 12.75% a year, £70 compensation.
        let input = uk_claim(dec!(4800), date(2025, 3, 31), date(2025, 4, 10));
        let timeline = build(&input);
        let first = timeline.stages[0].accrual.as_ref().expect("an accrual");
        assert_eq!((first.days, first.total_claim), (0, Some(dec!(0)))); // before due
        let next_day = timeline.stages[1].accrual.as_ref().expect("an accrual");
        assert_eq!(next_day.until, date(2025, 4, 1));
        assert_eq!(next_day.interest, dec!(1.68));
        assert_eq!(next_day.compensation, dec!(70));
        assert_eq!(next_day.total_claim, Some(dec!(71.68)));
        let totals: Vec<_> = timeline
            .stages
            .iter()
            .map(|s| {
                s.accrual
                    .as_ref()
                    .and_then(|a| a.total_claim)
                    .expect("a total")
            })
            .collect();
        assert!(totals.windows(2).all(|w| w[0] <= w[1]), "{totals:?}");
        assert!(!timeline.claim_statutory);
    }

    #[test]
    fn accrual_stops_at_the_payment_date() {
        let mut input = uk_claim(dec!(4800), date(2025, 3, 31), date(2025, 5, 20));
        input.paid_on = Some(date(2025, 5, 15));
        if let Some(options) = input.statutory.as_mut() {
            options.claim = true;
        }
        let timeline = build(&input);
        let thanks = timeline
            .stages
            .iter()
            .find(|s| s.action == ThankYou)
            .expect("thanks");
        let accrual = thanks.accrual.as_ref().expect("an accrual");
        assert_eq!(accrual.until, date(2025, 5, 15));
        assert_eq!(accrual.interest, dec!(75.45));
        assert!(timeline
            .stages
            .iter()
            .filter(|s| s.status == Cancelled)
            .all(|s| s.accrual.is_none()));
        assert!(timeline.claim_statutory);
    }

    #[test]
    fn statutory_input_mistakes_are_errors_and_missing_rates_warnings() {
        let mut input = uk_claim(dec!(0), date(2025, 3, 31), date(2025, 4, 10));
        input.currency = "XXY".into();
        // The amount is checked first by the statutory engine; one error at a time there.
        assert_eq!(
            errors(&input),
            vec![(
                IssueField::Amount,
                IssueKind::Statutory(StatutoryError::NonPositivePrincipal { principal: dec!(0) })
            )]
        );
        input.amount = dec!(100);
        assert_eq!(errors(&input)[0].0, IssueField::Currency);

        // Due in 2040: no Bank Rate known yet. The timeline is built without accruals.
        let input = uk_claim(dec!(100), date(2040, 3, 30), date(2040, 4, 10));
        let timeline = build(&input);
        assert!(timeline.stages.iter().all(|s| s.accrual.is_none()));
        let statutory: Vec<_> = timeline
            .warnings
            .iter()
            .filter(|w| w.field == IssueField::Statutory)
            .collect();
        assert_eq!(statutory.len(), 1);
        assert_eq!(statutory[0].severity, Severity::Warning);
        assert!(matches!(
            statutory[0].kind,
            IssueKind::Statutory(StatutoryError::NoReferenceRate { .. })
        ));
    }

    #[test]
    fn a_jurisdiction_replaces_the_regime_s_law_in_the_accruals() {
        // €4,800 due Monday 31 March 2025; the final notice of 30 April: 30 days.
        // Germany: Basiszinssatz 2.27 + 9 = 11.27 %: 4800 × 11.27 × 30 / 36500 = 44.4625
        // → 44.46, + €40. The Netherlands: 2025 H1 ECB 3.15 + 8 = 11.15 %: 4800 × 11.15 ×
        // 30 / 36500 = 43.9890 → 43.99, + BIK costs 375 + 10 % of 2,300 = 605.
        let mut input = uk_claim(dec!(4800), date(2025, 3, 31), date(2025, 4, 10));
        input.currency = "EUR".into();
        let final_notice = |jurisdiction| {
            let mut options = StatutoryOptions::new(Regime::Eu);
            options.jurisdiction = Some(jurisdiction);
            let mut input = input.clone();
            input.statutory = Some(options);
            build(&input)
                .stages
                .into_iter()
                .find(|s| s.action == FinalNotice)
                .and_then(|s| s.accrual)
                .expect("an accrual")
        };
        let de = final_notice(Jurisdiction::De);
        assert_eq!(
            (de.days, de.interest, de.compensation),
            (30, dec!(44.46), dec!(40))
        );
        assert_eq!(de.total_claim, Some(dec!(84.46)));
        let nl = final_notice(Jurisdiction::Nl);
        assert_eq!((nl.interest, nl.collection_costs), (dec!(43.99), dec!(605)));
        assert_eq!(nl.total_claim, Some(dec!(648.99)));
    }

    #[test]
    fn the_eu_margin_reaches_the_accrual_and_is_checked() {
        // €4,800 due Monday 31 March 2025; the step of 30 April: 30 days of interest.
        let mut input = uk_claim(dec!(4800), date(2025, 3, 31), date(2025, 4, 10));
        input.currency = "EUR".into();
        let eu = |margin: Option<Decimal>| {
            let mut options = StatutoryOptions::new(Regime::Eu);
            options.eu_margin = margin;
            Some(options)
        };
        let interest_at = |input: &TimelineInput, action| {
            build(input)
                .stages
                .iter()
                .find(|s| s.action == action)
                .and_then(|s| s.accrual.as_ref())
                .map(|a| a.interest)
                .expect("an accrual")
        };
        input.statutory = eu(None);
        let eight = interest_at(&input, FinalNotice);
        input.statutory = eu(Some(dec!(8)));
        assert_eq!(interest_at(&input, FinalNotice), eight);
        input.statutory = eu(Some(dec!(12)));
        assert!(interest_at(&input, FinalNotice) > eight);
        input.statutory = eu(Some(dec!(20)));
        assert!(build_timeline(&input).is_ok());
        for margin in [dec!(7.5), dec!(20.5)] {
            input.statutory = eu(Some(margin));
            assert_eq!(
                errors(&input),
                vec![(
                    IssueField::Statutory,
                    IssueKind::Statutory(StatutoryError::InvalidMargin { margin })
                )]
            );
        }
    }

    #[test]
    fn dates_at_the_edges_of_the_calendar_are_errors_not_panics() {
        for due in [NaiveDate::MIN, NaiveDate::MAX] {
            let mut input = TimelineInput::new(Policy::standard(), due, due);
            input.paid_on = Some(due);
            input.promise_to_pay = Some(due);
            assert!(build_timeline(&input).is_err(), "{due}");
            input.installments = Some(vec![(due, dec!(1))]);
            input.promise_to_pay = None;
            assert!(build_timeline(&input).is_err(), "{due}");
        }
    }
}
