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
    build_timeline, timeline_ics_events, Channel, Dispute, OffsetKind, Policy, Stage, StageAction,
    StageStatus, StatutoryOptions, Timeline, TimelineInput, Tone,
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

fn build(input: &TimelineInput) -> Result<Timeline, TestCaseError> {
    build_timeline(input)
        .map_err(|issues| TestCaseError::fail(format!("valid input refused: {issues:?}")))
}

fn valid_input() -> impl Strategy<Value = TimelineInput> {
    (valid_policy(), any_date(), -120i64..500, events())
        .prop_map(|(policy, due, today, events)| input(policy, due, today, &events))
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
            .filter(|s| s.date.is_some() && s.status != StageStatus::Cancelled)
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
    fn statuses_agree_with_today(input in valid_input()) {
        let timeline = build(&input)?;
        let today = input.today;
        let mut next_seen = false;
        for (index, stage) in timeline.stages.iter().enumerate() {
            let expected = match (stage.status, stage.date) {
                (StageStatus::Cancelled, _) => continue,
                (_, None) => StageStatus::Paused,
                (_, Some(day)) if day < today => StageStatus::Past,
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
            .filter(|s| s.date.is_some() && s.status != StageStatus::Cancelled)
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
