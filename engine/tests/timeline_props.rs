//! Property tests for escalation timelines: order, business days, one message per day,
//! statuses, payment, accrual, and never panicking.
//!
//! Valid inputs are built by construction (sorted distinct offsets of one kind, events
//! that have happened by today), so every case must give a timeline; the "never panics"
//! property throws anything at the engine instead.

use chrono::NaiveDate;
use proptest::prelude::*;
use rust_decimal::Decimal;
use tactful_engine::amount::NumberLocale;
use tactful_engine::calendar::{BusinessCalendar, Roll, Weekend};
use tactful_engine::holidays::HolidayRegion;
use tactful_engine::ics::write_calendar;
use tactful_engine::message::lang::LangPack;
use tactful_engine::statutory::Regime;
use tactful_engine::timeline::{
    build_timeline, first_message_for, next_step, timeline_ics_events, Channel, Contact,
    ContactEvent, Dispute, NextReason, OffsetKind, Policy, PresetName, Stage, StageAction,
    StageNote, StageStatus, StatutoryOptions, Timeline, TimelineInput, Tone,
};

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(256)
}

const ROLLS: [Roll; 5] = [
    Roll::Following,
    Roll::ModifiedFollowing,
    Roll::Preceding,
    Roll::ModifiedPreceding,
    Roll::None,
];

const ACTIONS: [StageAction; 14] = [
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

const TONES: [Tone; 4] = [Tone::Friendly, Tone::Neutral, Tone::Firm, Tone::Final];

const CHANNELS: [Channel; 4] = [
    Channel::Email,
    Channel::PhoneCall,
    Channel::Letter,
    Channel::Sms,
];

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a valid date")
}

/// `date` + `days` (tests only handle dates far from chrono's limits).
fn plus(day: NaiveDate, days: i64) -> NaiveDate {
    day.checked_add_signed(chrono::TimeDelta::days(days))
        .expect("a date in range")
}

/// Any day from 1990 to 2100.
fn any_date() -> impl Strategy<Value = NaiveDate> {
    let first = date(1990, 1, 1);
    let days = (date(2100, 12, 31) - first).num_days();
    (0..=days).prop_map(move |n| plus(first, n))
}

fn calendar() -> impl Strategy<Value = (BusinessCalendar, Vec<i64>)> {
    (
        prop::sample::select(vec![Weekend::SatSun, Weekend::FriSat, Weekend::SunOnly]),
        prop::option::of(prop::sample::select(HolidayRegion::all().to_vec())),
        prop::collection::vec(-30i64..120, 0..4),
    )
        .prop_map(|(weekend, region, extra)| {
            (
                BusinessCalendar {
                    weekend,
                    region,
                    extra_holidays: Vec::new(),
                },
                extra,
            )
        })
}

/// A valid policy: distinct sorted offsets of one kind, ladder actions that pass the
/// checks (courtesy before and on the due date, then follow-ups, a final notice and
/// an escalation only after it).
fn valid_policy() -> impl Strategy<Value = (Policy, Vec<i64>)> {
    (
        prop::collection::btree_set(-90i32..=365, 1..9),
        any::<bool>(),
        any::<bool>(),
        prop::sample::select(ROLLS.to_vec()),
        0u32..10,
        calendar(),
    )
        .prop_map(
            |(offsets, business, business_days_only, roll, min_gap_days, (calendar, extra))| {
                let overdue: Vec<i32> = offsets.iter().copied().filter(|o| *o > 0).collect();
                let stages = offsets
                    .iter()
                    .map(|&offset| {
                        let position = overdue.iter().position(|o| *o == offset);
                        let (action, tone) = match position {
                            None if offset < 0 => (StageAction::PreDueReminder, Tone::Friendly),
                            None => (StageAction::DueToday, Tone::Neutral),
                            Some(0) => (StageAction::FriendlyOverdue, Tone::Friendly),
                            Some(i) if i + 2 == overdue.len() => {
                                (StageAction::FinalNotice, Tone::Final)
                            }
                            Some(i) if i + 1 == overdue.len() && overdue.len() >= 3 => {
                                (StageAction::LegalReview, Tone::Final)
                            }
                            Some(_) => (StageAction::SecondFollowUp, Tone::Firm),
                        };
                        Stage {
                            offset_days: offset,
                            offset_kind: if business {
                                OffsetKind::BusinessDays
                            } else {
                                OffsetKind::CalendarDays
                            },
                            channel: Channel::Email,
                            tone,
                            action,
                        }
                    })
                    .collect();
                let policy = Policy {
                    name: "Generated".into(),
                    stages,
                    business_days_only,
                    min_gap_days,
                    send_time: None,
                    calendar,
                    roll,
                };
                (policy, extra)
            },
        )
}

/// Events that have all happened by today, consistent with each other.
#[derive(Clone, Debug)]
struct Events {
    promise: Option<(i64, i64)>,
    dispute: Option<(i64, Option<i64>)>,
    paid: Option<i64>,
    installments: Option<Vec<(i64, i64)>>,
    statutory: Option<Regime>,
}

fn events() -> impl Strategy<Value = Events> {
    let installments = prop::option::weighted(
        0.2,
        prop::collection::btree_set(-60i64..400, 1..8).prop_map(|days| {
            days.into_iter()
                .map(|d| (d, 1 + d.rem_euclid(500)))
                .collect()
        }),
    );
    (
        prop::option::of((0i64..60, 0i64..90)),
        prop::option::of((0i64..120, prop::option::of(0i64..120))),
        prop::option::weighted(0.3, 0i64..200),
        installments,
        prop::option::weighted(0.3, prop::sample::select(vec![Regime::Uk, Regime::Eu])),
    )
        .prop_map(|(promise, dispute, paid, installments, statutory)| Events {
            promise,
            dispute,
            paid,
            installments,
            statutory,
        })
}

/// Builds a valid input: `before` days before today for past events.
fn input(
    (mut policy, extra): (Policy, Vec<i64>),
    due: NaiveDate,
    today_offset: i64,
    events: &Events,
) -> TimelineInput {
    policy.calendar.extra_holidays = extra.iter().map(|d| plus(due, *d)).collect();
    let today = plus(due, today_offset);
    let mut input = TimelineInput::new(policy, due, today);
    input.amount = Decimal::new(480_000, 2);
    input.currency = "GBP".into();
    input.statutory = events.statutory.map(StatutoryOptions::new);
    if let Some(list) = &events.installments {
        input.installments = Some(
            list.iter()
                .map(|(d, amount)| (plus(due, *d), Decimal::from(*amount)))
                .collect(),
        );
    } else {
        // made `ago` days before today; promised `ahead` days after that.
        input.promise_to_pay = events.promise.map(|(ago, ahead)| plus(today, ahead - ago));
        input.promise_made_on = events.promise.map(|(ago, _)| plus(today, -ago));
        input.dispute = events.dispute.map(|(ago, lasted)| {
            let opened = plus(today, -ago);
            Dispute {
                opened,
                resolved: lasted.map(|days| plus(opened, days.min(ago))),
            }
        });
    }
    input.paid_on = events.paid.map(|ago| plus(today, -ago));
    input
}

/// Cancelled or skipped: will not go out.
fn gone(status: StageStatus) -> bool {
    matches!(status, StageStatus::Cancelled | StageStatus::Skipped)
}

fn build(input: &TimelineInput) -> Result<Timeline, TestCaseError> {
    build_timeline(input)
        .map_err(|issues| TestCaseError::fail(format!("valid input refused: {issues:?}")))
}

fn valid_input() -> impl Strategy<Value = TimelineInput> {
    (valid_policy(), any_date(), -120i64..500, events())
        .prop_map(|(policy, due, today, events)| input(policy, due, today, &events))
}

/// A ladder input with a valid contact log: some policy stages sent (on any day up to
/// today, in any order), messages of your own, event messages, a promise, one query
/// (resolved or not), part payments, sometimes payment in full.
fn logged_input() -> impl Strategy<Value = TimelineInput> {
    (
        valid_policy(),
        any_date(),
        -60i64..400,
        prop::collection::vec((0u8..12, 0i64..1000, 0i64..1000), 0..10),
    )
        .prop_map(|((mut policy, extra), due, today_offset, entries)| {
            policy.calendar.extra_holidays = extra.iter().map(|d| plus(due, *d)).collect();
            let today = plus(due, today_offset);
            let mut input = TimelineInput::new(policy, due, today);
            let stages = input.policy.stages.len();
            let mut query = false;
            for (kind, a, b) in entries {
                let day = |span: i64| plus(today, -(b % span));
                let event = match kind {
                    0..=3 => {
                        let stage = &input.policy.stages[usize::try_from(a).unwrap_or(0) % stages];
                        // Around its planned day, never after today.
                        let planned = plus(due, i64::from(stage.offset_days) + (b % 7));
                        input.contacts.push(Contact::sent(
                            planned.min(today),
                            stage.action,
                            CHANNELS[usize::try_from(b).unwrap_or(0) % 4],
                        ));
                        continue;
                    }
                    4 => {
                        let mut own = Contact::new(
                            day(100),
                            ContactEvent::Sent {
                                action: None,
                                channel: Channel::PhoneCall,
                            },
                        );
                        own.note = "Spoke to accounts".into();
                        input.contacts.push(own);
                        continue;
                    }
                    5 => {
                        let made = day(60);
                        input.contacts.push(Contact::new(
                            made,
                            ContactEvent::PromiseToPay {
                                pay_by: plus(made, a % 40),
                            },
                        ));
                        continue;
                    }
                    6 if !query => {
                        query = true;
                        let opened = day(60);
                        input
                            .contacts
                            .push(Contact::new(opened, ContactEvent::QueryOpened));
                        if a % 2 == 0 {
                            let resolved = plus(opened, a % 30).min(today);
                            input
                                .contacts
                                .push(Contact::new(resolved, ContactEvent::QueryResolved));
                        }
                        continue;
                    }
                    7 => ContactEvent::PartPayment {
                        amount: Decimal::from(1 + a),
                    },
                    8 if a % 3 == 0 => ContactEvent::PaidInFull,
                    9 | 10 => {
                        let action = [
                            StageAction::PromiseConfirmation,
                            StageAction::PromiseMissed,
                            StageAction::DisputeAcknowledgement,
                            StageAction::ThankYou,
                        ][usize::try_from(a).unwrap_or(0) % 4];
                        input
                            .contacts
                            .push(Contact::sent(day(90), action, Channel::Email));
                        continue;
                    }
                    _ => continue,
                };
                input.contacts.push(Contact::new(day(90), event));
            }
            input
        })
}

/// The days of `offset` → `to_offset` in `policy` counted from `from` (business days when
/// both count business days).
fn gap_after(policy: &Policy, from: NaiveDate, a: &Stage, b: &Stage) -> NaiveDate {
    let gap = b.offset_days - a.offset_days;
    if a.offset_kind == OffsetKind::BusinessDays && b.offset_kind == OffsetKind::BusinessDays {
        policy
            .calendar
            .add_business_days(from, gap)
            .expect("a date")
    } else {
        plus(from, i64::from(gap))
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn valid_inputs_always_give_a_timeline_with_dated_stages_in_order(input in valid_input()) {
        let timeline = build(&input)?;
        let dates: Vec<NaiveDate> = timeline.stages.iter().filter_map(|s| s.date).collect();
        prop_assert!(dates.windows(2).all(|w| w[0] <= w[1]), "{:?}", dates);
        // Undated (held) steps come last.
        let first_undated = timeline.stages.iter().position(|s| s.date.is_none());
        if let Some(first) = first_undated {
            prop_assert!(timeline.stages[first..].iter().all(|s| s.date.is_none()));
        }
    }

    #[test]
    fn with_business_days_only_no_stage_lands_on_a_weekend_or_holiday(
        mut input in valid_input(),
        roll in prop::sample::select(ROLLS[..4].to_vec()),
    ) {
        input.policy.business_days_only = true;
        input.policy.roll = roll;
        let timeline = build(&input)?;
        for stage in &timeline.stages {
            if let Some(day) = stage.date {
                prop_assert!(
                    input.policy.calendar.is_business_day(day),
                    "{:?} on {} ({:?})", stage.action, day, stage.weekday
                );
            }
        }
    }

    #[test]
    fn policy_stages_never_share_a_day_with_another_live_step(input in valid_input()) {
        let timeline = build(&input)?;
        let live: Vec<_> = timeline
            .stages
            .iter()
            .filter(|s| s.date.is_some() && !gone(s.status))
            .collect();
        let ladder: Vec<NaiveDate> = live
            .iter()
            .filter(|s| s.policy_stage.is_some())
            .filter_map(|s| s.date)
            .collect();
        prop_assert!(ladder.windows(2).all(|w| w[0] < w[1]), "{:?}", ladder);
        for day in ladder {
            prop_assert_eq!(live.iter().filter(|s| s.date == Some(day)).count(), 1, "{}", day);
        }
        // Policy stages keep the policy's order.
        let order: Vec<usize> = timeline.stages.iter().filter_map(|s| s.policy_stage).collect();
        let mut sorted = order.clone();
        sorted.sort_unstable();
        prop_assert_eq!(order, sorted);
    }

    #[test]
    fn statuses_agree_with_today_and_nothing_still_to_send_is_dated_before_it(
        input in prop_oneof![valid_input(), logged_input()],
    ) {
        let timeline = build(&input)?;
        let today = input.today;
        let mut next_seen = false;
        for (index, stage) in timeline.stages.iter().enumerate() {
            let expected = match (stage.status, stage.date) {
                (StageStatus::Cancelled | StageStatus::Skipped, _) => continue,
                (StageStatus::Sent, day) => {
                    prop_assert!(day.is_some_and(|day| day <= today), "{:?}", stage);
                    prop_assert!(stage.contact.is_some(), "{:?}", stage);
                    continue;
                }
                (_, None) => StageStatus::Paused,
                (_, Some(day)) if day < today => {
                    return Err(TestCaseError::fail(format!("still to send before today: {stage:?}")));
                }
                (_, Some(day)) if day == today => StageStatus::Today,
                (_, Some(_)) if !next_seen => {
                    next_seen = true;
                    prop_assert_eq!(timeline.today_summary.next_stage, Some(index));
                    StageStatus::Next
                }
                (_, Some(_)) => StageStatus::Upcoming,
            };
            prop_assert_eq!(stage.status, expected, "{:?}", stage);
        }
        if !next_seen {
            prop_assert_eq!(timeline.today_summary.next_stage, None);
        }
        if let Some(current) = timeline.today_summary.current_stage {
            let day = timeline.stages[current].date.expect("a dated current stage");
            prop_assert!(day <= today);
        }
        prop_assert!(timeline.today_summary.days_overdue >= 0);
    }

    #[test]
    fn payment_cancels_everything_after_it_and_thanks_once(input in valid_input()) {
        let Some(paid_on) = input.paid_on else { return Ok(()); };
        let timeline = build(&input)?;
        let thanks: Vec<_> = timeline
            .stages
            .iter()
            .filter(|s| s.action == StageAction::ThankYou)
            .collect();
        prop_assert_eq!(thanks.len(), 1);
        prop_assert!(thanks[0].date.is_some_and(|d| d >= paid_on));
        for stage in timeline.stages.iter().filter(|s| s.action != StageAction::ThankYou) {
            if stage.date.is_none_or(|d| d >= paid_on) {
                prop_assert_eq!(stage.status, StageStatus::Cancelled, "{:?}", stage);
            }
        }
        prop_assert!(!timeline.today_summary.on_hold);
    }

    #[test]
    fn accruals_never_decrease_along_the_timeline(input in valid_input()) {
        let timeline = build(&input)?;
        let interest: Vec<Decimal> = timeline
            .stages
            .iter()
            .filter_map(|s| s.accrual.as_ref().map(|a| a.interest))
            .collect();
        prop_assert!(interest.windows(2).all(|w| w[0] <= w[1]), "{:?}", interest);
        if input.statutory.is_none() {
            prop_assert!(timeline.stages.iter().all(|s| s.accrual.is_none()));
        }
    }

    #[test]
    fn build_timeline_never_panics_on_any_offsets_and_dates(
        stages in prop::collection::vec(
            (
                any::<i32>(),
                any::<bool>(),
                prop::sample::select(CHANNELS.to_vec()),
                prop::sample::select(TONES.to_vec()),
                prop::sample::select(ACTIONS.to_vec()),
            ),
            0..12,
        ),
        small_offsets in any::<bool>(),
        business_days_only in any::<bool>(),
        roll in prop::sample::select(ROLLS.to_vec()),
        min_gap_days in any::<u32>(),
        (calendar, extra) in calendar(),
        due in any_date(),
        today in any_date(),
        promise in prop::option::of((any_date(), prop::option::of(any_date()))),
        dispute in prop::option::of((any_date(), prop::option::of(any_date()))),
        paid_on in prop::option::of(any_date()),
        installments in prop::option::weighted(
            0.2,
            prop::collection::vec((any_date(), -5i64..1000), 0..6),
        ),
        statutory in prop::option::of(prop::sample::select(vec![Regime::Uk, Regime::Eu])),
        amount in -10i64..1_000_000,
        contacts in prop::collection::vec(
            (any_date(), 0u8..6, prop::option::of(prop::sample::select(ACTIONS.to_vec())), any_date(), -5i64..5000),
            0..6,
        ),
    ) {
        let stages = stages
            .into_iter()
            .map(|(offset, business, channel, tone, action)| Stage {
                // Half the cases stay near the allowed range, so some build fully.
                offset_days: if small_offsets { offset % 400 } else { offset },
                offset_kind: if business { OffsetKind::BusinessDays } else { OffsetKind::CalendarDays },
                channel,
                tone,
                action,
            })
            .collect();
        let mut calendar = calendar;
        calendar.extra_holidays = extra.iter().map(|d| plus(due, *d)).collect();
        let policy = Policy {
            name: String::new(),
            stages,
            business_days_only,
            min_gap_days,
            send_time: None,
            calendar,
            roll,
        };
        let mut input = TimelineInput::new(policy, due, today);
        input.amount = Decimal::new(amount, 2);
        input.currency = "EUR".into();
        input.statutory = statutory.map(StatutoryOptions::new);
        input.promise_to_pay = promise.map(|(promised, _)| promised);
        input.promise_made_on = promise.and_then(|(_, made)| made);
        input.dispute = dispute.map(|(opened, resolved)| Dispute { opened, resolved });
        input.paid_on = paid_on;
        input.installments = installments.map(|list| {
            list.into_iter().map(|(day, amount)| (day, Decimal::from(amount))).collect()
        });
        input.contacts = contacts
            .into_iter()
            .map(|(day, kind, action, other, amount)| {
                let event = match kind {
                    0 => ContactEvent::Sent { action, channel: Channel::Email },
                    1 => ContactEvent::PromiseToPay { pay_by: other },
                    2 => ContactEvent::QueryOpened,
                    3 => ContactEvent::QueryResolved,
                    4 => ContactEvent::PartPayment { amount: Decimal::from(amount) },
                    _ => ContactEvent::PaidInFull,
                };
                Contact::new(day, event)
            })
            .collect();
        match build_timeline(&input) {
            Ok(timeline) => {
                let events = timeline_ics_events(&timeline, "INV", LangPack::BRITISH);
                let ics = write_calendar(&events, today.and_hms_opt(12, 0, 0).expect("a time"));
                prop_assert!(ics.ends_with("END:VCALENDAR\r\n"));
            }
            Err(issues) => prop_assert!(issues.iter().any(|i| i.is_error())),
        }
    }

    #[test]
    fn the_calendar_export_of_any_valid_timeline_keeps_the_line_rules_in_every_language(
        input in valid_input(),
        locale in proptest::sample::select(NumberLocale::ALL.to_vec()),
    ) {
        let timeline = build(&input)?;
        let events = timeline_ics_events(&timeline, "INV-1 — Société Générale d'Ébénisterie 😀", LangPack::builtin(locale));
        let live = timeline
            .stages
            .iter()
            .filter(|s| s.date.is_some() && !gone(s.status))
            .count();
        prop_assert_eq!(events.len(), live);
        let ics = write_calendar(&events, input.today.and_hms_opt(9, 0, 0).expect("a time"));
        for line in ics.split_terminator("\r\n") {
            prop_assert!(line.len() <= 75 && !line.contains('\n'), "{:?}", line);
        }
        prop_assert_eq!(ics.matches("BEGIN:VEVENT").count(), live);
        prop_assert_eq!(ics.matches("\r\nUID:").count(), live);
        prop_assert_eq!(ics.matches("\r\nDTSTAMP:").count(), live);
    }
}

/// Nothing sent, no events: an invoice `days` days from its due date (negative: before it).
fn nothing_sent() -> impl Strategy<Value = (PresetName, Option<HolidayRegion>, NaiveDate, i64)> {
    let first = date(2024, 1, 1);
    let span = (date(2030, 12, 31) - first).num_days();
    (
        prop::sample::select(PresetName::all().to_vec()),
        prop::option::of(prop::sample::select(HolidayRegion::all().to_vec())),
        (0..=span).prop_map(move |n| plus(first, n)),
        -10i64..400,
    )
}

fn preset_input(
    name: PresetName,
    region: Option<HolidayRegion>,
    due: NaiveDate,
    days: i64,
) -> TimelineInput {
    let mut policy = Policy::preset(name);
    policy.calendar.region = region;
    TimelineInput::new(policy, due, plus(due, days))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn the_next_step_is_never_before_today(input in prop_oneof![valid_input(), logged_input()]) {
        let next = next_step(&input).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        if let Some(step) = &next.step {
            prop_assert!(step.date >= input.today, "{:?}", next);
            prop_assert_eq!(step.due_now, step.date == input.today);
        }
    }

    #[test]
    fn no_step_carries_the_same_kind_of_note_twice(input in prop_oneof![valid_input(), logged_input()]) {
        // A step moved twice (re-dated from the log, then by a pause) says so once: the
        // calendar and the app would otherwise print the same line twice. (A pause for a
        // promise and one for a query are two notes.)
        let timeline = build(&input)?;
        for stage in &timeline.stages {
            let kinds: Vec<_> = stage
                .notes
                .iter()
                .map(|note| match note {
                    StageNote::Postponed { cause, .. } => format!("Postponed {cause:?}"),
                    other => format!("{:?}", std::mem::discriminant(other)),
                })
                .collect();
            for (i, kind) in kinds.iter().enumerate() {
                prop_assert!(!kinds[..i].contains(kind), "{:?}", stage.notes);
            }
            for note in &stage.notes {
                if let StageNote::Postponed { days, .. } = note {
                    prop_assert!(*days > 0, "a postponement that moves nothing: {:?}", stage.notes);
                }
            }
        }
    }

    #[test]
    fn no_escalation_is_ahead_unless_a_final_notice_was_sent_at_least_the_policy_gap_before(
        input in logged_input(),
    ) {
        let timeline = build(&input)?;
        let policy = &input.policy;
        let final_sent = timeline
            .stages
            .iter()
            .filter(|s| s.status == StageStatus::Sent && s.action == StageAction::FinalNotice)
            .filter_map(|s| s.date)
            .max();
        let final_stage = policy.stages.iter().find(|s| s.action == StageAction::FinalNotice);
        for stage in &timeline.stages {
            let ahead = matches!(stage.status, StageStatus::Today | StageStatus::Next | StageStatus::Upcoming);
            if !ahead || !stage.action.is_escalation() {
                continue;
            }
            let (Some(sent), Some(final_stage), Some(day), Some(index)) =
                (final_sent, final_stage, stage.date, stage.policy_stage)
            else {
                // Not sent: the final notice must come first, ahead of the escalation.
                let final_ahead = timeline.stages.iter().any(|s| {
                    s.action == StageAction::FinalNotice
                        && matches!(s.status, StageStatus::Today | StageStatus::Next | StageStatus::Upcoming)
                        && s.date < stage.date
                });
                prop_assert!(final_ahead || !matches!(stage.status, StageStatus::Today | StageStatus::Next), "{:?}", timeline.stages);
                prop_assert!(final_ahead, "an escalation with no final notice before it: {:?}", timeline.stages);
                continue;
            };
            let earliest = gap_after(policy, sent, final_stage, &policy.stages[index]);
            prop_assert!(day >= earliest, "{:?} on {} before {}", stage.action, day, earliest);
        }
    }

    #[test]
    fn a_case_with_nothing_sent_gets_a_first_contact_dated_today_that_fits_its_lateness(
        (name, region, due, days) in nothing_sent(),
    ) {
        let input = preset_input(name, region, due, days);
        let timeline = build(&input)?;
        let next = next_step(&input).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        let step = next.step.clone().expect("a step");
        let stage = &timeline.stages[step.stage];
        // Today, or the next business day when today is not one.
        let now = input.policy.calendar.roll(input.today, Roll::Following).expect("a day");
        let late = stage.notes.iter().any(|n| matches!(n, StageNote::Rescheduled { .. }));
        if late {
            prop_assert_eq!(step.date, now);
        } else {
            // Nothing missed yet: the stage on its own plan, not before today.
            prop_assert!(step.date >= input.today && stage.date == Some(step.date));
        }
        if !late {
            let before = input.today <= due;
            prop_assert!(matches!(
                (before, next.reason),
                (true, NextReason::DueSoon { .. }) | (false, NextReason::FirstContactWhileOverdue { .. })
            ), "{:?}", next.reason);
            return Ok(());
        }
        let lateness = (now - due).num_days();
        let rank = |a: StageAction| StageAction::LADDER.iter().position(|l| *l == a);
        if lateness >= 1 {
            prop_assert!(!step.action.is_courtesy(), "{:?}", next);
            prop_assert!(!step.action.is_escalation() && step.action != StageAction::FinalNotice, "{:?}", next);
            if input.today > due {
                prop_assert!(matches!(next.reason, NextReason::FirstContactWhileOverdue { .. }), "{:?}", next.reason);
            }
            let fits = first_message_for(lateness);
            if name == PresetName::Standard {
                // Standard has every kind: exactly the one that fits.
                prop_assert_eq!(step.action, fits, "{} days late", lateness);
            } else {
                // The nearest gentler one the policy has, never harsher.
                prop_assert!(rank(step.action) <= rank(fits).max(rank(StageAction::FriendlyOverdue)), "{:?} at {}", step.action, lateness);
            }
        } else {
            prop_assert!(step.action.is_courtesy(), "{:?}", next);
        }
    }

    #[test]
    fn after_logging_the_first_contact_the_next_step_is_dated_from_it_by_the_policy_gap(
        (policy, extra) in valid_policy(),
        due in any_date(),
        days in 1i64..300,
    ) {
        let mut policy = policy;
        policy.calendar.extra_holidays = extra.iter().map(|d| plus(due, *d)).collect();
        let mut input = TimelineInput::new(policy, due, plus(due, days));
        let Some(first) = next_step(&input).map_err(|e| TestCaseError::fail(format!("{e:?}")))?.step else {
            return Ok(());
        };
        let timeline = build(&input)?;
        let Some(index) = timeline.stages[first.stage].policy_stage else { return Ok(()); };
        if !first.due_now || input.policy.stages[index].offset_days <= 0 {
            return Ok(());
        }
        input.contacts.push(Contact::sent(first.date, first.action, first.channel));
        let after = build(&input)?;
        let sent = after.stages.iter().find(|s| s.status == StageStatus::Sent).expect("the logged step");
        prop_assert_eq!((sent.action, sent.date), (first.action, Some(first.date)));
        let Some(next) = after.stages.iter().find(|s| s.status == StageStatus::Next) else { return Ok(()); };
        let Some(following) = next.policy_stage else { return Ok(()); };
        prop_assert_eq!(following, index + 1, "the stage after it: {:?}", after.stages);
        let policy = &input.policy;
        let (a, b) = (&policy.stages[index], &policy.stages[following]);
        let mut expected = gap_after(policy, first.date, a, b);
        if policy.business_days_only && policy.roll != Roll::None {
            expected = policy.calendar.roll(expected, Roll::Following).expect("a day");
        }
        prop_assert_eq!(next.date, Some(expected), "{:?}", after.stages);
    }

    #[test]
    fn a_promise_in_the_log_holds_every_reminder_until_the_promised_date_has_passed(
        input in logged_input(),
        ahead in 0i64..60,
    ) {
        let mut input = input;
        input.contacts.retain(|c| !matches!(
            c.event,
            ContactEvent::PromiseToPay { .. } | ContactEvent::QueryOpened | ContactEvent::QueryResolved | ContactEvent::PaidInFull
        ));
        let today = input.today;
        let pay_by = plus(today, ahead);
        input.contacts.push(Contact::new(today, ContactEvent::PromiseToPay { pay_by }));
        let timeline = build(&input)?;
        let kept_until = pay_by.max(input.due_date);
        for stage in &timeline.stages {
            let ahead = matches!(stage.status, StageStatus::Today | StageStatus::Next | StageStatus::Upcoming);
            if ahead && stage.policy_stage.is_some() {
                prop_assert!(stage.date.is_some_and(|d| d > kept_until), "{:?} before {}", stage, kept_until);
            }
        }
        let missed = timeline
            .stages
            .iter()
            .find(|s| s.action == StageAction::PromiseMissed && s.status != StageStatus::Sent)
            .expect("a missed step");
        prop_assert!(missed.date.is_some_and(|d| d > kept_until));
        prop_assert_eq!(timeline.history.promised_by, Some(pay_by));
    }

    #[test]
    fn while_a_query_is_open_no_reminder_is_ahead(input in logged_input(), ago in 0i64..90) {
        let mut input = input;
        input.contacts.retain(|c| !matches!(
            c.event,
            ContactEvent::QueryOpened | ContactEvent::QueryResolved | ContactEvent::PaidInFull
        ));
        input.contacts.push(Contact::new(plus(input.today, -ago), ContactEvent::QueryOpened));
        let timeline = build(&input)?;
        for stage in &timeline.stages {
            let ahead = matches!(stage.status, StageStatus::Today | StageStatus::Next | StageStatus::Upcoming);
            prop_assert!(!(ahead && stage.policy_stage.is_some()), "{:?}", stage);
        }
        prop_assert!(timeline.today_summary.on_hold);
    }

    #[test]
    fn a_part_payment_is_acknowledged_before_the_next_reminder(
        input in logged_input(),
        ago in 0i64..10,
        amount in 1i64..10_000,
    ) {
        let mut input = input;
        input.contacts.retain(|c| !matches!(
            c.event,
            ContactEvent::PaidInFull | ContactEvent::PartPayment { .. } | ContactEvent::QueryOpened | ContactEvent::QueryResolved
        ) && !matches!(c.event, ContactEvent::Sent { action: Some(StageAction::ThankYou), .. }));
        input.paid_on = None;
        let received = plus(input.today, -ago);
        input.contacts.push(Contact::new(received, ContactEvent::PartPayment { amount: Decimal::from(amount) }));
        let next = next_step(&input).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        let step = next.step.expect("a step");
        // Today, or the next business day when today is not one.
        let policy = &input.policy;
        let now = if policy.business_days_only && policy.roll != Roll::None {
            policy.calendar.roll(input.today, Roll::Following).expect("a day")
        } else {
            input.today
        };
        // The acknowledgement is due now, unless a promise step is (it comes first that day).
        if step.action == StageAction::ThankYou {
            prop_assert_eq!(step.date, now.max(policy.calendar.roll(received, Roll::Following).filter(|_| policy.business_days_only && policy.roll != Roll::None).unwrap_or(received)));
            prop_assert_eq!(next.reason, NextReason::PartPaymentReceived { amount: Decimal::from(amount), received_on: received });
        } else {
            prop_assert!(step.date == now && matches!(step.action, StageAction::PromiseConfirmation | StageAction::PromiseMissed), "{:?}", step);
        }
        prop_assert_eq!(next.history.part_paid, Some(Decimal::from(amount)));
    }

    #[test]
    fn shipped_presets_keep_their_reminders_at_least_the_minimum_gap_apart(
        (name, region, due, _) in nothing_sent(),
    ) {
        // Before the due date nothing is late: the plan, rolled to business days.
        let input = preset_input(name, region, due, -10);
        let timeline = build(&input)?;
        let overdue: Vec<NaiveDate> = timeline
            .stages
            .iter()
            .filter(|s| s.policy_stage.is_some_and(|i| input.policy.stages[i].offset_days > 0))
            .filter_map(|s| s.date)
            .collect();
        for pair in overdue.windows(2) {
            prop_assert!((pair[1] - pair[0]).num_days() >= i64::from(input.policy.min_gap_days), "{:?}", overdue);
        }
        prop_assert!(timeline.warnings.is_empty(), "{:?}", timeline.warnings);
    }
}

#[test]
fn every_shipped_preset_passes_its_own_checks_for_every_due_date_from_2024_to_2030_in_every_region()
{
    let regions: Vec<Option<HolidayRegion>> = std::iter::once(None)
        .chain(HolidayRegion::all().iter().copied().map(Some))
        .collect();
    for name in PresetName::all() {
        for region in &regions {
            let mut policy = Policy::preset(*name);
            policy.calendar.region = *region;
            let mut due = date(2024, 1, 1);
            while due <= date(2030, 12, 31) {
                let issues = policy.check(due);
                assert!(
                    issues.is_empty(),
                    "{name:?} in {region:?} due {due}: {issues:?}"
                );
                due = plus(due, 1);
            }
        }
    }
}
