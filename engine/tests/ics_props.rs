//! Property tests for the iCalendar writer: physical-line rules (CRLF, 75 octets,
//! folding on character boundaries), escaping round trips and UIDs, for arbitrary
//! Unicode text (emoji, CJK, combining marks, control characters).
//!
//! The oracle is a small independent parser: it checks the physical lines, unfolds them
//! and reverses TEXT escaping.

use chrono::{NaiveDate, NaiveDateTime};
use proptest::prelude::*;
use tactful_engine::ics::{sanitize_uid, stable_uid, write_calendar, IcsEvent};

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(256)
}

/// Checks the physical-line rules and returns the unfolded logical lines.
fn unfold(ics: &str) -> Result<Vec<String>, TestCaseError> {
    prop_assert!(ics.ends_with("\r\n"), "the calendar must end with CRLF");
    let body = &ics[..ics.len() - 2];
    let mut logical: Vec<String> = Vec::new();
    for physical in body.split("\r\n") {
        prop_assert!(
            !physical.contains('\r') && !physical.contains('\n'),
            "a bare CR or LF in {:?}",
            physical
        );
        prop_assert!(
            physical.len() <= 75,
            "{} octets in {:?}",
            physical.len(),
            physical
        );
        if let Some(rest) = physical.strip_prefix(' ') {
            prop_assert!(!rest.is_empty(), "an empty continuation line");
            match logical.last_mut() {
                Some(last) => last.push_str(rest),
                None => prop_assert!(false, "a continuation with nothing to continue"),
            }
        } else {
            logical.push(physical.to_owned());
        }
    }
    Ok(logical)
}

/// Reverses TEXT escaping; fails on an unescaped `;` or `,` or a dangling backslash.
fn unescape(value: &str) -> Result<String, TestCaseError> {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('n') => out.push('\n'),
                Some(other @ ('\\' | ';' | ',')) => out.push(other),
                other => prop_assert!(false, "bad escape \\{:?}", other),
            },
            ';' | ',' => prop_assert!(false, "unescaped {} in {:?}", c, value),
            c => out.push(c),
        }
    }
    Ok(out)
}

/// What the writer promises to keep of a text: line breaks become `\n`, controls other
/// than tab are dropped.
fn normalised(text: &str) -> String {
    let unified = text.replace("\r\n", "\n").replace('\r', "\n");
    unified
        .chars()
        .filter(|c| !c.is_ascii_control() || *c == '\n' || *c == '\t')
        .collect()
}

fn value_of<'a>(lines: &'a [String], name: &str) -> Vec<&'a str> {
    lines
        .iter()
        .filter_map(|l| l.strip_prefix(name).and_then(|r| r.strip_prefix(':')))
        .collect()
}

/// Text mixing printable ASCII, the characters TEXT escapes, line breaks, controls, accents, CJK
/// and emoji, weighted so that long lines (and so folds) are common.
fn text() -> impl Strategy<Value = String> {
    let chars = |from: char, to: char, len: std::ops::Range<usize>| {
        prop::collection::vec(prop::char::range(from, to), len).prop_map(String::from_iter)
    };
    let piece = prop_oneof![
        3 => chars(' ', '~', 1..12),
        2 => Just("😀".to_owned()),
        2 => Just("👩‍👩‍👧".to_owned()),
        2 => chars('\u{4e00}', '\u{9fff}', 1..6),
        1 => chars('\u{00c0}', '\u{024f}', 1..4),
        1 => chars('\u{0300}', '\u{036f}', 1..2),
        2 => prop::sample::select(vec!["\\", ";", ",", ":", "\n", "\r\n", "\r", "\t", "\u{0}", "\u{7f}"])
            .prop_map(str::to_owned),
        1 => any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..30).prop_map(|pieces| pieces.concat())
}

/// Any string, built from arbitrary chars (faster to generate than `any::<String>()`).
fn any_text() -> impl Strategy<Value = String> {
    prop::collection::vec(any::<char>(), 0..24).prop_map(String::from_iter)
}

fn date() -> impl Strategy<Value = NaiveDate> {
    (1i32..=9999, 1u32..=366).prop_map(|(year, ordinal)| {
        NaiveDate::from_yo_opt(year, ordinal)
            .or_else(|| NaiveDate::from_yo_opt(year, 365))
            .expect("a valid date")
    })
}

fn stamp() -> impl Strategy<Value = NaiveDateTime> {
    (date(), 0u32..86_400).prop_map(|(day, secs)| {
        day.and_hms_opt(secs / 3600, secs / 60 % 60, secs % 60)
            .expect("a valid time")
    })
}

fn event() -> impl Strategy<Value = IcsEvent> {
    (
        any_text(),
        date(),
        text(),
        text(),
        prop::option::of(0u32..400),
        prop::option::of((0u32..24, 0u32..60)),
    )
        .prop_map(|(uid, date, summary, description, alarm, time)| IcsEvent {
            uid,
            date,
            summary,
            description,
            alarm_days_before: alarm,
            time: time.and_then(|(h, m)| chrono::NaiveTime::from_hms_opt(h, m, 0)),
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn every_line_ends_with_crlf_and_is_at_most_75_octets(
        events in prop::collection::vec(event(), 0..4),
        dtstamp in stamp(),
    ) {
        let ics = write_calendar(&events, dtstamp);
        // Splitting a String can only happen at char boundaries, so reaching here with
        // valid &str lines also proves no fold split a UTF-8 sequence.
        unfold(&ics)?;
        prop_assert_eq!(ics.matches('\n').count(), ics.matches("\r\n").count());
    }

    #[test]
    fn summaries_and_descriptions_round_trip_through_escaping_and_folding(
        event in event(),
        dtstamp in stamp(),
    ) {
        let ics = write_calendar(std::slice::from_ref(&event), dtstamp);
        let lines = unfold(&ics)?;
        let summaries = value_of(&lines, "SUMMARY");
        prop_assert_eq!(summaries.len(), 1);
        prop_assert_eq!(unescape(summaries[0])?, normalised(&event.summary));
        let descriptions = value_of(&lines, "DESCRIPTION");
        let expected = if event.alarm_days_before.is_some() { 2 } else { 1 };
        prop_assert_eq!(descriptions.len(), expected);
        prop_assert_eq!(unescape(descriptions[0])?, normalised(&event.description));
    }

    #[test]
    fn every_event_has_a_safe_uid_and_a_utc_dtstamp(
        events in prop::collection::vec(event(), 1..4),
        dtstamp in stamp(),
    ) {
        let ics = write_calendar(&events, dtstamp);
        let lines = unfold(&ics)?;
        let uids = value_of(&lines, "UID");
        let stamps = value_of(&lines, "DTSTAMP");
        // Dates run to 9999-12-31, whose DTEND cannot be written: that event is skipped.
        let writable = events
            .iter()
            .filter(|e| e.date < NaiveDate::from_ymd_opt(9999, 12, 31).expect("a date"))
            .count();
        prop_assert_eq!(value_of(&lines, "BEGIN").iter().filter(|v| **v == "VEVENT").count(), writable);
        prop_assert_eq!(uids.len(), writable);
        prop_assert_eq!(stamps.len(), writable);
        let expected_stamp = dtstamp.format("%Y%m%dT%H%M%SZ").to_string();
        for stamp in stamps {
            prop_assert_eq!(stamp, expected_stamp.as_str());
        }
        for uid in uids {
            prop_assert!(!uid.is_empty());
            prop_assert!(uid.bytes().all(|b| b.is_ascii_alphanumeric() || b"-.@_".contains(&b)), "{}", uid);
        }
    }

    #[test]
    fn sanitising_never_maps_two_uids_to_one(a in any_text(), b in any_text()) {
        prop_assume!(a != b);
        prop_assert_ne!(sanitize_uid(&a), sanitize_uid(&b));
    }

    #[test]
    fn stable_uids_are_deterministic_and_already_safe(parts in prop::collection::vec(any_text(), 0..5)) {
        let refs: Vec<&str> = parts.iter().map(String::as_str).collect();
        let uid = stable_uid(&refs);
        prop_assert_eq!(&uid, &stable_uid(&refs));
        prop_assert_eq!(sanitize_uid(&uid), uid.clone());
        prop_assert!(uid.ends_with("@tactful.invalid"));
        prop_assert_eq!(uid.len(), 32);
    }

    #[test]
    fn timed_events_start_at_their_time_and_all_day_events_span_their_day(
        event in event(),
        dtstamp in stamp(),
    ) {
        prop_assume!(event.date < NaiveDate::from_ymd_opt(9999, 12, 31).expect("a date"));
        let ics = write_calendar(std::slice::from_ref(&event), dtstamp);
        let lines = unfold(&ics)?;
        let day = event.date.format("%Y%m%d").to_string();
        match event.time {
            Some(time) => {
                let start = format!("{day}T{}", time.format("%H%M%S"));
                prop_assert_eq!(value_of(&lines, "DTSTART"), vec![start.as_str()]);
                prop_assert_eq!(value_of(&lines, "DURATION"), vec!["PT30M"]);
                prop_assert!(value_of(&lines, "DTEND;VALUE=DATE").is_empty());
            }
            None => {
                prop_assert_eq!(value_of(&lines, "DTSTART;VALUE=DATE"), vec![day.as_str()]);
                prop_assert!(value_of(&lines, "DURATION").is_empty());
            }
        }
    }
}
