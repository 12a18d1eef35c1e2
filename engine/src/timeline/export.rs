//! Calendar events for a timeline (written with [`crate::ics::write_calendar`]).

use super::{PauseCause, StageNote, StageStatus, Timeline, TimelineStage};
use crate::ics::{stable_uid, IcsEvent};

/// Days before each step its calendar alarm rings: 1, so there is a working day to
/// prepare a call or a letter.
const ALARM_DAYS_BEFORE: u32 = 1;

/// One calendar event per dated step that is not cancelled (past ones included, so the
/// calendar also shows the history), with an alarm the day before. With a policy send
/// time ([`super::Policy::send_time`]) the event starts then, in the calendar's local
/// time, for half an hour: the slot to send the message or make the call; without one it
/// is an all-day event.
///
/// - `uid`: [`stable_uid`] of the invoice label, `"timeline"` and the step's identity
///   (its policy stage, its instalment and action, or its event action), **not** its
///   date: after a pause moves a step, re-importing the calendar moves the event instead
///   of duplicating it. Use a label unique to the invoice (number and client).
/// - `summary`: `"<step> (<channel>): <invoice label>"`, in English; `description`: the
///   tone, the days overdue, why the date moved, and the statutory accrual when there is
///   one. The UI may replace both with translated text (the fields are public).
///
/// The caller adds the `DTSTAMP` (it reads the clock) and calls
/// [`crate::ics::write_calendar`].
///
/// ```
/// use chrono::NaiveDate;
/// use tactful_engine::ics::write_calendar;
/// use tactful_engine::timeline::{build_timeline, timeline_ics_events, Policy, TimelineInput};
///
/// let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let input = TimelineInput::new(Policy::standard(), date(2025, 3, 31), date(2025, 3, 1));
/// let timeline = build_timeline(&input).unwrap();
/// let events = timeline_ics_events(&timeline, "INV-042 Acme");
/// assert_eq!(events.len(), 7);
/// assert_eq!(events[0].summary, "Pre-due reminder (email): INV-042 Acme");
/// assert_eq!(events[0].date, date(2025, 3, 28));
/// assert_eq!(events[0].alarm_days_before, Some(1));
/// assert!(events[0].uid.ends_with("@tactful.invalid"));
///
/// let stamp = date(2025, 3, 1).and_hms_opt(12, 0, 0).unwrap();
/// let ics = write_calendar(&events, stamp);
/// assert_eq!(ics.matches("BEGIN:VEVENT").count(), 7);
/// ```
pub fn timeline_ics_events(timeline: &Timeline, invoice_label: &str) -> Vec<IcsEvent> {
    timeline
        .stages
        .iter()
        .filter(|stage| stage.status != StageStatus::Cancelled)
        .filter_map(|stage| {
            let date = stage.date?;
            let identity = match (stage.policy_stage, stage.installment) {
                (Some(index), _) => format!("stage-{index}"),
                (None, Some(index)) => format!("{}-{index}", stage.action.name()),
                (None, None) => stage.action.name().to_owned(),
            };
            let title = format!("{} ({})", stage.action.label(), stage.channel.label());
            let summary = if invoice_label.trim().is_empty() {
                title
            } else {
                format!("{title}: {}", invoice_label.trim())
            };
            Some(IcsEvent {
                uid: stable_uid(&[invoice_label, "timeline", &identity]),
                date,
                summary,
                description: describe(stage),
                alarm_days_before: Some(ALARM_DAYS_BEFORE),
                time: stage.send_at.map(|at| at.time()),
            })
        })
        .collect()
}

/// The event description: a few plain English lines.
fn describe(stage: &TimelineStage) -> String {
    let mut lines = vec![format!(
        "{} by {}, {} tone.",
        stage.action.label(),
        stage.channel.label(),
        stage.tone.label()
    )];
    match stage.days_overdue {
        Some(1) => lines.push("1 day overdue on this date.".to_owned()),
        Some(days) if days > 1 => lines.push(format!("{days} days overdue on this date.")),
        _ => {}
    }
    for note in &stage.notes {
        let cause = |cause: &PauseCause| match cause {
            PauseCause::Promise => "the promise to pay",
            PauseCause::Dispute => "the dispute",
        };
        match note {
            StageNote::Rolled { from } => {
                lines.push(format!("Moved from {from}, not a business day."));
            }
            StageNote::Postponed { cause: c, days } => {
                lines.push(format!("Postponed {days} days for {}.", cause(c)));
            }
            StageNote::MovedToAvoidSameDay { from } => {
                lines.push(format!(
                    "Moved from {from} to avoid two messages on one day."
                ));
            }
            StageNote::SkippedForPause { .. }
            | StageNote::OnHold
            | StageNote::CancelledByPayment => {}
        }
    }
    if let Some(accrual) = &stage.accrual {
        let line = match &accrual.total_claim {
            Some(total) => format!(
                "Statutory interest {} {} and compensation {} {} by this date: {} {} in all.",
                accrual.interest,
                accrual.currency,
                accrual.compensation,
                accrual.compensation_currency,
                total,
                accrual.currency
            ),
            None => format!(
                "Statutory interest {} {} and compensation {} {} by this date.",
                accrual.interest,
                accrual.currency,
                accrual.compensation,
                accrual.compensation_currency
            ),
        };
        lines.push(line);
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ics::write_calendar;
    use crate::statutory::Regime;
    use crate::timeline::{build_timeline, Dispute, Policy, StatutoryOptions, TimelineInput};
    use chrono::NaiveDate;
    use rust_decimal_macros::dec;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a valid date")
    }

    /// Checks the physical lines (CRLF, at most 75 octets) and returns each VEVENT's
    /// unfolded `(name, value)` lines.
    fn events_of(ics: &str) -> Vec<Vec<(String, String)>> {
        assert!(ics.ends_with("\r\n"));
        let mut logical: Vec<String> = Vec::new();
        for physical in ics[..ics.len() - 2].split("\r\n") {
            assert!(!physical.contains('\n') && !physical.contains('\r'));
            assert!(
                physical.len() <= 75,
                "{} octets: {physical:?}",
                physical.len()
            );
            match physical.strip_prefix(' ') {
                Some(rest) => logical.last_mut().expect("a line").push_str(rest),
                None => logical.push(physical.to_owned()),
            }
        }
        let mut events = Vec::new();
        let mut current: Option<Vec<(String, String)>> = None;
        for line in logical {
            let (name, value) = line.split_once(':').expect("a colon");
            match (name, value) {
                ("BEGIN", "VEVENT") => current = Some(Vec::new()),
                ("END", "VEVENT") => events.push(current.take().expect("an open event")),
                _ => {
                    if let Some(event) = current.as_mut() {
                        event.push((name.to_owned(), value.to_owned()));
                    }
                }
            }
        }
        events
    }

    fn value<'a>(event: &'a [(String, String)], name: &str) -> &'a str {
        event
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or_else(|| panic!("no {name} in {event:?}"))
    }

    fn input() -> TimelineInput {
        let mut input =
            TimelineInput::new(Policy::standard(), date(2025, 3, 31), date(2025, 4, 10));
        input.amount = dec!(4800);
        input.currency = "GBP".into();
        input.statutory = Some(StatutoryOptions::new(Regime::Uk));
        input
    }

    #[test]
    fn the_calendar_parses_back_with_one_event_per_live_dated_stage() {
        let timeline = build_timeline(&input()).expect("a timeline");
        let label = "INV-2025-0042 — Ünïcode Trading Company Limited, Manchester; 日本支社";
        let events = timeline_ics_events(&timeline, label);
        let stamp = date(2025, 4, 10).and_hms_opt(8, 15, 0).expect("a time");
        let ics = write_calendar(&events, stamp);
        let parsed = events_of(&ics);
        assert_eq!(parsed.len(), 7);
        for (event, stage) in parsed.iter().zip(&timeline.stages) {
            assert!(value(event, "UID").ends_with("@tactful.invalid"));
            assert_eq!(value(event, "DTSTAMP"), "20250410T081500Z");
            let day = stage.date.expect("a date").format("%Y%m%d").to_string();
            // The preset sends at 10:00: a timed event in floating local time.
            assert_eq!(value(event, "DTSTART"), format!("{day}T100000"));
            assert_eq!(value(event, "DURATION"), "PT30M");
            assert_eq!(value(event, "TRIGGER"), "-P1D");
            assert!(value(event, "SUMMARY").ends_with("日本支社"));
        }
        let final_notice = &parsed[4];
        assert!(value(final_notice, "SUMMARY").starts_with("Final notice (letter): INV-2025-0042"));
        let description = value(final_notice, "DESCRIPTION");
        assert!(
            description.contains("\\n30 days overdue on this date."),
            "{description}"
        );
        assert!(description.contains("Statutory interest"), "{description}");
        let uids: std::collections::HashSet<&str> =
            parsed.iter().map(|e| value(e, "UID")).collect();
        assert_eq!(uids.len(), parsed.len(), "UIDs are unique");
    }

    #[test]
    fn without_a_send_time_the_events_are_all_day() {
        let mut untimed = input();
        untimed.policy.send_time = None;
        let timeline = build_timeline(&untimed).expect("a timeline");
        let ics = write_calendar(
            &timeline_ics_events(&timeline, "INV-1"),
            date(2025, 4, 10).and_hms_opt(8, 0, 0).expect("a time"),
        );
        let parsed = events_of(&ics);
        assert_eq!(parsed.len(), 7);
        for (event, stage) in parsed.iter().zip(&timeline.stages) {
            let day = stage.date.expect("a date").format("%Y%m%d").to_string();
            assert_eq!(value(event, "DTSTART;VALUE=DATE"), day);
            assert!(!event.iter().any(|(n, _)| n == "DURATION"));
        }
        // A custom send time is the events' start.
        let mut early = input();
        early.policy.send_time = chrono::NaiveTime::from_hms_opt(8, 30, 0);
        let timeline = build_timeline(&early).expect("a timeline");
        let events = timeline_ics_events(&timeline, "INV-1");
        assert!(events
            .iter()
            .all(|e| e.time == chrono::NaiveTime::from_hms_opt(8, 30, 0)));
    }

    #[test]
    fn uids_follow_the_stage_not_its_date() {
        let plain = build_timeline(&input()).expect("a timeline");
        let mut promised = input();
        promised.promise_to_pay = Some(date(2025, 4, 25));
        let moved = build_timeline(&promised).expect("a timeline");
        let plain_events = timeline_ics_events(&plain, "INV-1");
        let moved_events = timeline_ics_events(&moved, "INV-1");
        let final_notice = |events: &[IcsEvent]| {
            events
                .iter()
                .find(|e| e.summary.starts_with("Final notice"))
                .cloned()
                .expect("a final notice")
        };
        let (before, after) = (final_notice(&plain_events), final_notice(&moved_events));
        assert_ne!(before.date, after.date);
        assert_eq!(before.uid, after.uid);
        assert!(after.description.contains("Postponed"));
        // Another invoice, another UID.
        assert_ne!(
            final_notice(&timeline_ics_events(&plain, "INV-2")).uid,
            before.uid
        );
    }

    #[test]
    fn cancelled_and_held_steps_are_left_out() {
        let mut paid = input();
        paid.paid_on = Some(date(2025, 4, 8));
        let timeline = build_timeline(&paid).expect("a timeline");
        let events = timeline_ics_events(&timeline, "");
        let summaries: Vec<&str> = events.iter().map(|e| e.summary.as_str()).collect();
        assert_eq!(
            summaries,
            vec![
                "Pre-due reminder (email)",
                "Friendly overdue reminder (email)",
                "Second follow-up (email)",
                "Thank-you (email)",
            ]
        );

        let mut disputed = input();
        disputed.dispute = Some(Dispute {
            opened: date(2025, 4, 3),
            resolved: None,
        });
        let timeline = build_timeline(&disputed).expect("a timeline");
        let events = timeline_ics_events(&timeline, "INV-1");
        assert_eq!(events.len(), 3); // pre-due, +1, the acknowledgement
    }
}
