//! Calendar events for a timeline (written with [`crate::ics::write_calendar`]), in the
//! language asked for: the app's download and the JavaScript API's `timelineCalendar`
//! both call [`timeline_ics_events`], so they write the same text.
//!
//! The words are [`TimelineWords`]: English here, every other language in its message
//! pack (`message/lang/{de,fr,es,nl}.rs`, field `timeline`), which the split app loads
//! with that language. A language whose pack is not loaded falls back to English.

use super::{StageNote, StageStatus, Timeline, TimelineStage};
use crate::amount::{format_amount, NumberLocale};
use crate::currency::currency;
use crate::ics::{stable_uid, IcsEvent};
use crate::message::lang::LangPack;
use crate::plural::{plural_form, PluralForm};

/// Days before each step its calendar alarm rings: 1, so there is a working day to
/// prepare a call or a letter.
const ALARM_DAYS_BEFORE: u32 = 1;

/// The words of a timeline's calendar events in one language (the same as the app's steps
/// on screen).
#[derive(Debug)]
pub(crate) struct TimelineWords {
    /// Each [`super::StageAction`], in declaration order.
    pub(crate) actions: [&'static str; 14],
    /// Each [`super::Channel`], in declaration order.
    pub(crate) channels: [&'static str; 4],
    /// Each [`super::Tone`], in declaration order.
    pub(crate) tones: [&'static str; 4],
    /// The notes: moved off a day off, postponed by a pause (or skipped for one), on hold,
    /// moved to avoid two messages on one day, not needed after payment, re-dated from the
    /// messages sent, moved to keep the minimum gap, a thank-you for a part payment.
    pub(crate) notes: [&'static str; 8],
    /// `{days}` days overdue on the step's date: the singular and the plural form (see
    /// [`crate::plural`]).
    pub(crate) days_overdue: [&'static str; 2],
    /// A step before (or on) the due date.
    pub(crate) not_yet_due: &'static str,
    /// Statutory interest and compensation by the step's date: `{interest}`,
    /// `{compensation}`.
    pub(crate) accrued: &'static str,
}

/// British English.
const EN_GB: TimelineWords = TimelineWords {
    actions: [
        "Courtesy reminder before the due date",
        "Due-today note",
        "Friendly reminder",
        "Second follow-up",
        "Firm follow-up",
        "Final notice",
        "Referral to a collection agency",
        "Legal review (internal)",
        "Confirm the promised payment date",
        "Follow up on the missed promise",
        "Acknowledge the query",
        "Instalment due soon",
        "Instalment missed",
        "Thank-you for the payment",
    ],
    channels: ["email", "phone call", "letter", "text message"],
    tones: ["friendly", "neutral", "firm", "final"],
    notes: [
        "moved to the next business day",
        "postponed by the pause",
        "waiting for the query to be resolved",
        "moved a day so only one message goes out per day",
        "not needed: paid",
        "re-dated from the messages actually sent",
        "moved to keep the minimum gap after the step before",
        "for a part payment",
    ],
    days_overdue: ["day {days} overdue", "day {days} overdue"],
    not_yet_due: "before the due date",
    accrued: "Statutory interest by then: {interest}; compensation {compensation}.",
};

/// American English: British English with American spelling.
const EN_US: TimelineWords = TimelineWords {
    actions: [
        EN_GB.actions[0],
        EN_GB.actions[1],
        EN_GB.actions[2],
        EN_GB.actions[3],
        EN_GB.actions[4],
        EN_GB.actions[5],
        EN_GB.actions[6],
        EN_GB.actions[7],
        EN_GB.actions[8],
        EN_GB.actions[9],
        EN_GB.actions[10],
        "Installment due soon",
        "Installment missed",
        EN_GB.actions[13],
    ],
    ..EN_GB
};

/// The words of `lang`: English built in, the others from their message pack.
fn words(lang: LangPack) -> &'static TimelineWords {
    match (lang.pack(), lang.locale()) {
        (Some(pack), _) => &pack.timeline,
        (None, NumberLocale::EnUs) => &EN_US,
        (None, _) => &EN_GB,
    }
}

/// One calendar event per dated step that is neither cancelled nor skipped (sent ones
/// included, so the calendar also shows the history), with an alarm the day before, its texts in the
/// language `lang`. With a policy send time ([`super::Policy::send_time`]) the event
/// starts then, in the calendar's local time, for half an hour: the slot to send the
/// message or make the call; without one it is an all-day event.
///
/// - `uid`: [`stable_uid`] of the invoice label, `"timeline"` and the step's identity
///   (its policy stage, its instalment and action, or its event action), **not** its
///   date or language: after a pause moves a step, re-importing the calendar moves the
///   event instead of duplicating it. Use a label unique to the invoice (number and
///   client).
/// - `summary`: `"<step> (<channel>): <invoice label>"` (without the label when it is
///   blank).
/// - `description`, one line each: the tone; the days overdue on that date (`"day 17
///   overdue"`, in German `"1 Tag überfällig"` / `"17 Tage überfällig"`) or "before the due
///   date"; each note (moved, postponed…); the statutory interest and compensation accrued
///   by then, as amounts of `locale`.
///
/// The caller adds the `DTSTAMP` (it reads the clock) and calls
/// [`crate::ics::write_calendar`].
///
/// ```
/// use chrono::NaiveDate;
/// use tactful_engine::amount::NumberLocale;
/// use tactful_engine::message::lang::LangPack;
/// use tactful_engine::ics::write_calendar;
/// use tactful_engine::timeline::{build_timeline, timeline_ics_events, Policy, TimelineInput};
///
/// let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let input = TimelineInput::new(Policy::standard(), date(2025, 3, 31), date(2025, 3, 1));
/// let timeline = build_timeline(&input).unwrap();
/// let events = timeline_ics_events(&timeline, "INV-042 Acme", LangPack::builtin(NumberLocale::EnGb));
/// assert_eq!(events.len(), 7);
/// assert_eq!(events[0].summary, "Courtesy reminder before the due date (email): INV-042 Acme");
/// assert_eq!(events[0].description, "friendly\nbefore the due date");
/// assert_eq!(events[0].date, date(2025, 3, 28));
/// assert_eq!(events[0].alarm_days_before, Some(1));
/// assert!(events[0].uid.ends_with("@tactful.invalid"));
///
/// let german = timeline_ics_events(&timeline, "INV-042 Acme", LangPack::builtin(NumberLocale::De));
/// assert_eq!(german[1].summary, "Freundliche Zahlungserinnerung (E-Mail): INV-042 Acme");
/// assert_eq!(german[1].description, "freundlich\n1 Tag überfällig");
/// assert!(german[2].description.ends_with("\n7 Tage überfällig"));
/// assert_eq!(german[1].uid, events[1].uid);
///
/// let stamp = date(2025, 3, 1).and_hms_opt(12, 0, 0).unwrap();
/// let ics = write_calendar(&events, stamp);
/// assert_eq!(ics.matches("BEGIN:VEVENT").count(), 7);
/// ```
pub fn timeline_ics_events(
    timeline: &Timeline,
    invoice_label: &str,
    lang: LangPack,
) -> Vec<IcsEvent> {
    let words = words(lang);
    let locale = lang.locale();
    timeline
        .stages
        .iter()
        .filter(|stage| !matches!(stage.status, StageStatus::Cancelled | StageStatus::Skipped))
        .filter_map(|stage| {
            let date = stage.date?;
            let identity = match (stage.policy_stage, stage.installment) {
                (Some(index), _) => format!("stage-{index}"),
                (None, Some(index)) => format!("{}-{index}", stage.action.name()),
                (None, None) => stage.action.name().to_owned(),
            };
            let title = format!(
                "{} ({})",
                word(&words.actions, stage.action as usize),
                word(&words.channels, stage.channel as usize)
            );
            let summary = if invoice_label.trim().is_empty() {
                title
            } else {
                format!("{title}: {}", invoice_label.trim())
            };
            Some(IcsEvent {
                uid: stable_uid(&[invoice_label, "timeline", &identity]),
                date,
                summary,
                description: describe(stage, words, locale),
                alarm_days_before: Some(ALARM_DAYS_BEFORE),
                time: stage.send_at.map(|at| at.time()),
            })
        })
        .collect()
}

/// The word at `index`; `""` if a list were ever shorter than its enum.
fn word(list: &[&'static str], index: usize) -> &'static str {
    list.get(index).copied().unwrap_or_default()
}

/// The event description: the tone, the days overdue, the notes and the accrual, one
/// line each.
fn describe(stage: &TimelineStage, words: &TimelineWords, locale: NumberLocale) -> String {
    let mut lines = vec![word(&words.tones, stage.tone as usize).to_owned()];
    match stage.days_overdue {
        Some(days) if days > 0 => {
            let form = match plural_form(days, locale) {
                PluralForm::One => 0,
                PluralForm::Other => 1,
            };
            lines.push(word(&words.days_overdue, form).replace("{days}", &days.to_string()));
        }
        Some(_) => lines.push(words.not_yet_due.to_owned()),
        None => {}
    }
    for note in &stage.notes {
        let index = match note {
            StageNote::Rolled { .. } => 0,
            StageNote::Postponed { .. } | StageNote::SkippedForPause { .. } => 1,
            StageNote::OnHold => 2,
            StageNote::MovedToAvoidSameDay { .. } => 3,
            StageNote::CancelledByPayment => 4,
            StageNote::Rescheduled { .. } => 5,
            StageNote::MovedToKeepGap { .. } => 6,
            StageNote::PartPayment { .. } => 7,
        };
        lines.push(word(&words.notes, index).to_owned());
    }
    if let Some(accrual) = &stage.accrual {
        if let (Ok(invoice), Ok(compensation)) = (
            currency(&accrual.currency),
            currency(&accrual.compensation_currency),
        ) {
            lines.push(
                words
                    .accrued
                    .replace(
                        "{interest}",
                        &format_amount(accrual.interest, invoice, locale),
                    )
                    .replace(
                        "{compensation}",
                        &format_amount(accrual.compensation, compensation, locale),
                    ),
            );
        }
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ics::write_calendar;
    use crate::statutory::Regime;
    use crate::timeline::{
        build_timeline, Channel, Contact, Dispute, Policy, StageAction, StatutoryOptions,
        TimelineInput,
    };
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

    /// Due Monday 31 March 2025; on 10 April the first three steps have gone out on their
    /// days.
    fn input() -> TimelineInput {
        let mut input =
            TimelineInput::new(Policy::standard(), date(2025, 3, 31), date(2025, 4, 10));
        input.amount = dec!(4800);
        input.currency = "GBP".into();
        input.statutory = Some(StatutoryOptions::new(Regime::Uk));
        input.contacts = [
            (date(2025, 3, 28), StageAction::PreDueReminder),
            (date(2025, 4, 1), StageAction::FriendlyOverdue),
            (date(2025, 4, 7), StageAction::SecondFollowUp),
        ]
        .into_iter()
        .map(|(day, action)| Contact::sent(day, action, Channel::Email))
        .collect();
        input
    }

    #[test]
    fn the_calendar_parses_back_with_one_event_per_live_dated_stage() {
        let timeline = build_timeline(&input()).expect("a timeline");
        let label = "INV-2025-0042 — Ünïcode Trading Company Limited, Manchester; 日本支社";
        let events = timeline_ics_events(&timeline, label, LangPack::builtin(NumberLocale::EnGb));
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
            description.starts_with("final\\nday 30 overdue\\n"),
            "{description}"
        );
        assert!(
            description.contains("Statutory interest by then: £"),
            "{description}"
        );
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
            &timeline_ics_events(&timeline, "INV-1", LangPack::builtin(NumberLocale::EnGb)),
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
        let events = timeline_ics_events(&timeline, "INV-1", LangPack::builtin(NumberLocale::EnGb));
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
        let plain_events =
            timeline_ics_events(&plain, "INV-1", LangPack::builtin(NumberLocale::EnGb));
        let moved_events =
            timeline_ics_events(&moved, "INV-1", LangPack::builtin(NumberLocale::EnGb));
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
        assert!(after.description.contains("postponed by the pause"));
        // Another invoice, another UID.
        assert_ne!(
            final_notice(&timeline_ics_events(
                &plain,
                "INV-2",
                LangPack::builtin(NumberLocale::EnGb)
            ))
            .uid,
            before.uid
        );
    }

    #[test]
    fn cancelled_skipped_and_held_steps_are_left_out() {
        let mut paid = input();
        paid.paid_on = Some(date(2025, 4, 8));
        let timeline = build_timeline(&paid).expect("a timeline");
        let events = timeline_ics_events(&timeline, "", LangPack::builtin(NumberLocale::EnGb));
        let summaries: Vec<&str> = events.iter().map(|e| e.summary.as_str()).collect();
        assert_eq!(
            summaries,
            vec![
                "Courtesy reminder before the due date (email)",
                "Friendly reminder (email)",
                "Second follow-up (email)",
                "Thank-you for the payment (email)",
            ]
        );

        // The second follow-up was not sent: skipped, so no event; the one due today is.
        let mut late = input();
        late.contacts.pop();
        let timeline = build_timeline(&late).expect("a timeline");
        let events = timeline_ics_events(&timeline, "", LangPack::builtin(NumberLocale::EnGb));
        assert_eq!(events.len(), 7);
        assert_eq!(events[2].summary, "Second follow-up (email)");
        assert_eq!(events[2].date, date(2025, 4, 10));

        let mut disputed = input();
        disputed.contacts.pop();
        disputed.dispute = Some(Dispute {
            opened: date(2025, 4, 3),
            resolved: None,
        });
        let timeline = build_timeline(&disputed).expect("a timeline");
        let events = timeline_ics_events(&timeline, "INV-1", LangPack::builtin(NumberLocale::EnGb));
        assert_eq!(events.len(), 3); // pre-due, +1, the acknowledgement (due today)
    }
}
