//! iCalendar (RFC 5545) export: all-day or timed events with an optional reminder alarm.
//!
//! The escalation timeline and the instalment plan both let people put their dates into
//! their own calendar app. This module writes the `.ics` text; it never reads the clock
//! (the `DTSTAMP` is an argument) and never panics.
//!
//! What the output guarantees, whatever the input (emoji, CJK, control characters…):
//!
//! * every line ends with CRLF (`\r\n`), including the last one;
//! * every physical line is at most [`MAX_LINE_OCTETS`] (75) **octets** long, not counting
//!   the CRLF; long lines are folded (RFC 5545 §3.1) with a CRLF followed by a single
//!   space, and a fold never splits a UTF-8 sequence;
//! * TEXT values (`SUMMARY`, `DESCRIPTION`) are escaped (§3.3.11): `\` → `\\`, `;` → `\;`,
//!   `,` → `\,`, a line break (`\r\n`, `\n` or `\r`) → `\n`; other control characters,
//!   which TEXT may not contain, are dropped (a tab is kept);
//! * UIDs only use the characters `A–Z a–z 0–9 - . @` (see [`sanitize_uid`]).
//!
//! ```
//! use chrono::NaiveDate;
//! use tactful_engine::ics::{stable_uid, write_calendar, IcsEvent};
//!
//! let event = IcsEvent {
//!     uid: stable_uid(&["INV-042", "final-notice"]),
//!     date: NaiveDate::from_ymd_opt(2025, 12, 15).unwrap(),
//!     summary: "Final notice, INV-042".into(),
//!     description: "Send the final notice by letter.".into(),
//!     alarm_days_before: Some(1),
//!     time: None,
//! };
//! let stamp = NaiveDate::from_ymd_opt(2025, 11, 1).unwrap().and_hms_opt(9, 30, 0).unwrap();
//! let ics = write_calendar(&[event], stamp);
//! assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
//! assert!(ics.contains("DTSTART;VALUE=DATE:20251215\r\nDTEND;VALUE=DATE:20251216\r\n"));
//! assert!(ics.contains("SUMMARY:Final notice\\, INV-042\r\n"));
//! assert!(ics.contains("TRIGGER:-P1D\r\n"));
//! assert!(ics.ends_with("END:VCALENDAR\r\n"));
//! ```

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike};
use serde::{Deserialize, Serialize};
use std::fmt::Write as _;

/// The longest a physical line may be, in octets, not counting its CRLF (RFC 5545 §3.1).
pub const MAX_LINE_OCTETS: usize = 75;

/// The `PRODID` written in every calendar.
pub const PRODID: &str = "-//Tactful//Tactful//EN";

/// The domain of UIDs made by [`stable_uid`] (and of the fallback for an empty UID).
/// `.invalid` is reserved (RFC 2606), so the UID can never clash with a real domain's.
pub const UID_DOMAIN: &str = "tactful.invalid";

/// The line ending RFC 5545 requires.
const CRLF: &str = "\r\n";

/// One event: all day, or at a local time.
///
/// Without a `time` the event covers `date` (written as `DTSTART;VALUE=DATE` and an
/// exclusive `DTEND` on the next day). With a `time` it starts then, in "floating" local
/// time (`DTSTART:20251215T100000`, no time zone: 10:00 wherever the calendar is, which is
/// what "send at 10:00" means), and lasts [`TIMED_EVENT_MINUTES`] (`DURATION:PT30M`).
/// Either way it is marked `TRANSP:TRANSPARENT` (a reminder to act does not make anyone
/// look busy), and, when `alarm_days_before` is set, carries a display alarm that many
/// days before the start (`TRIGGER:-P{n}D`; `Some(0)` rings at the start of the day).
///
/// `uid` must be unique and stable for the same real-world event, so that importing an
/// updated calendar replaces events instead of duplicating them: build it with
/// [`stable_uid`] from the invoice and the step. It is sanitised on output
/// ([`sanitize_uid`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IcsEvent {
    /// The event's unique identifier (sanitised on output, see [`sanitize_uid`]).
    pub uid: String,
    /// The day of the event (an all-day event, no time zone involved).
    pub date: NaiveDate,
    /// A one-line title, e.g. "Final notice: INV-042". Any text; escaped on output.
    pub summary: String,
    /// The details; may span several lines. Any text; escaped on output.
    pub description: String,
    /// Days before `date` at which a display alarm rings; `None` for no alarm.
    pub alarm_days_before: Option<u32>,
    /// The local time the event starts at; `None` for an all-day event.
    #[serde(default)]
    pub time: Option<NaiveTime>,
}

/// How long a timed event lasts: 30 minutes, a slot to write the message or make the call.
pub const TIMED_EVENT_MINUTES: u32 = 30;

/// Writes a complete `VCALENDAR` holding `events`, in the order given.
///
/// `dtstamp` is the moment the calendar is written, **in UTC** (the caller reads the
/// clock, the engine does not); it becomes every event's `DTSTAMP` as
/// `YYYYMMDDTHHMMSSZ`. A leap second is written as second 59; a `dtstamp` outside the
/// years 1–9999 is clamped to that range (iCalendar has four-digit years).
///
/// Edge cases:
///
/// * an event whose date is outside the years 1–9999 (or whose next day, the `DTEND`, is)
///   cannot be written in iCalendar's date form and is **skipped**;
/// * an empty UID (or one that is empty once sanitised) is replaced by
///   [`stable_uid`] of the event's date and summary, so the output always has a UID;
/// * no events gives a calendar with no `VEVENT`: strictly RFC 5545 wants at least one
///   component, so the UI should not offer an empty download.
///
/// ```
/// use chrono::NaiveDate;
/// use tactful_engine::ics::{write_calendar, IcsEvent};
///
/// let event = IcsEvent {
///     uid: "step-1@example.com".into(),
///     date: NaiveDate::from_ymd_opt(2025, 3, 1).unwrap(),
///     summary: "Call Acme; ask about INV-7".into(),
///     description: "Be kind.\nThey always paid before.".into(),
///     alarm_days_before: None,
///     time: None,
/// };
/// let stamp = NaiveDate::from_ymd_opt(2025, 2, 1).unwrap().and_hms_opt(8, 0, 5).unwrap();
/// let ics = write_calendar(&[event], stamp);
/// assert!(ics.contains("UID:step-1@example.com\r\n"));
/// assert!(ics.contains("DTSTAMP:20250201T080005Z\r\n"));
/// assert!(ics.contains("SUMMARY:Call Acme\\; ask about INV-7\r\n"));
/// assert!(ics.contains("DESCRIPTION:Be kind.\\nThey always paid before.\r\n"));
/// assert!(!ics.contains("VALARM"));
/// assert!(ics.lines().all(|line| line.len() <= 76)); // 75 octets + the '\r'
/// ```
pub fn write_calendar(events: &[IcsEvent], dtstamp: NaiveDateTime) -> String {
    let stamp = format_dtstamp(dtstamp);
    let mut out = String::with_capacity(256 + events.len() * 400);
    push_line(&mut out, "BEGIN:VCALENDAR");
    push_line(&mut out, "VERSION:2.0");
    push_line(&mut out, &format!("PRODID:{PRODID}"));
    push_line(&mut out, "CALSCALE:GREGORIAN");
    push_line(&mut out, "METHOD:PUBLISH");
    for event in events {
        write_event(&mut out, event, &stamp);
    }
    push_line(&mut out, "END:VCALENDAR");
    out
}

/// Writes one `VEVENT`, or nothing when its dates cannot be written.
fn write_event(out: &mut String, event: &IcsEvent, stamp: &str) {
    let Some(end) = event.date.succ_opt() else {
        return;
    };
    let (Some(start_text), Some(end_text)) = (format_date(event.date), format_date(end)) else {
        return;
    };
    let mut uid = sanitize_uid(&event.uid);
    if uid.is_empty() {
        uid = stable_uid(&[&start_text, &event.summary]);
    }
    let summary = escape_text(&event.summary);
    push_line(out, "BEGIN:VEVENT");
    push_line(out, &format!("UID:{uid}"));
    push_line(out, &format!("DTSTAMP:{stamp}"));
    match event.time {
        None => {
            push_line(out, &format!("DTSTART;VALUE=DATE:{start_text}"));
            push_line(out, &format!("DTEND;VALUE=DATE:{end_text}"));
        }
        Some(time) => {
            push_line(
                out,
                &format!(
                    "DTSTART:{start_text}T{:02}{:02}{:02}",
                    time.hour(),
                    time.minute(),
                    time.second().min(59)
                ),
            );
            push_line(out, &format!("DURATION:PT{TIMED_EVENT_MINUTES}M"));
        }
    }
    push_line(out, &format!("SUMMARY:{summary}"));
    push_line(
        out,
        &format!("DESCRIPTION:{}", escape_text(&event.description)),
    );
    push_line(out, "TRANSP:TRANSPARENT");
    if let Some(days) = event.alarm_days_before {
        push_line(out, "BEGIN:VALARM");
        push_line(out, "ACTION:DISPLAY");
        push_line(out, &format!("DESCRIPTION:{summary}"));
        push_line(out, &format!("TRIGGER:-P{days}D"));
        push_line(out, "END:VALARM");
    }
    push_line(out, "END:VEVENT");
}

/// Appends one content line, folded, with its CRLF.
fn push_line(out: &mut String, line: &str) {
    out.push_str(&fold_line(line));
    out.push_str(CRLF);
}

/// `YYYYMMDD` for a date in the years 1–9999, `None` otherwise.
fn format_date(date: NaiveDate) -> Option<String> {
    if !(1..=9999).contains(&date.year()) {
        return None;
    }
    Some(format!(
        "{:04}{:02}{:02}",
        date.year(),
        date.month(),
        date.day()
    ))
}

/// `YYYYMMDDTHHMMSSZ`, clamped to the years 1–9999, a leap second written as 59.
fn format_dtstamp(stamp: NaiveDateTime) -> String {
    let earliest = NaiveDate::from_ymd_opt(1, 1, 1).and_then(|d| d.and_hms_opt(0, 0, 0));
    let latest = NaiveDate::from_ymd_opt(9999, 12, 31).and_then(|d| d.and_hms_opt(23, 59, 59));
    let stamp = match (earliest, latest) {
        (Some(earliest), _) if stamp < earliest => earliest,
        (_, Some(latest)) if stamp > latest => latest,
        _ => stamp,
    };
    // `second()` is 59 during a leap second (chrono keeps it in the nanoseconds).
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        stamp.year(),
        stamp.month(),
        stamp.day(),
        stamp.hour(),
        stamp.minute(),
        stamp.second()
    )
}

/// Escapes a TEXT value (RFC 5545 §3.3.11).
///
/// `\` → `\\`, `;` → `\;`, `,` → `\,`; a line break (`\r\n`, a lone `\n` or a lone `\r`)
/// → `\n`. Other control characters (U+0000–U+001F except the tab, and U+007F) are not
/// allowed in TEXT and are dropped. Everything else, including any non-ASCII character,
/// is kept as is. A colon needs no escaping in a value.
///
/// ```
/// use tactful_engine::ics::escape_text;
///
/// assert_eq!(escape_text("a,b;c\\d"), "a\\,b\\;c\\\\d");
/// assert_eq!(escape_text("one\r\ntwo\nthree\rfour"), "one\\ntwo\\nthree\\nfour");
/// assert_eq!(escape_text("bell\u{7}\ttab: ok ✓"), "bell\ttab: ok ✓");
/// ```
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\t' => out.push('\t'),
            c if c.is_ascii_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds one content line (given without its CRLF) so that no physical line is longer
/// than [`MAX_LINE_OCTETS`] octets (RFC 5545 §3.1).
///
/// The first physical line takes up to 75 octets; each continuation is a CRLF, one space
/// and up to 74 more octets (the space counts). A fold only falls between characters,
/// never inside a UTF-8 sequence, so a line of 4-octet emoji folds a little early. The
/// result has no trailing CRLF. A line of 75 octets or fewer comes back unchanged.
///
/// ```
/// use tactful_engine::ics::fold_line;
///
/// assert_eq!(fold_line("SUMMARY:short"), "SUMMARY:short");
/// let long = format!("SUMMARY:{}", "x".repeat(100));
/// let folded = fold_line(&long);
/// let parts: Vec<&str> = folded.split("\r\n").collect();
/// assert_eq!(parts[0].len(), 75);
/// assert!(parts[1].starts_with(' ') && parts[1].len() == 34);
/// assert_eq!(folded.replace("\r\n ", ""), long);
///
/// // 25 emoji of 4 octets: 18 fit in the first 75 octets (72), 7 on the next line.
/// let emoji = "😀".repeat(25);
/// let folded = fold_line(&emoji);
/// assert_eq!(folded.split("\r\n").map(str::len).collect::<Vec<_>>(), vec![72, 29]);
/// ```
pub fn fold_line(line: &str) -> String {
    if line.len() <= MAX_LINE_OCTETS {
        return line.to_owned();
    }
    let mut out = String::with_capacity(line.len() + line.len() / 24 + 3);
    // Octets left on the current physical line.
    let mut room = MAX_LINE_OCTETS;
    for c in line.chars() {
        let width = c.len_utf8();
        if width > room {
            out.push_str("\r\n ");
            room = MAX_LINE_OCTETS - 1;
        }
        out.push(c);
        room -= width;
    }
    out
}

/// Makes a caller-supplied UID safe to write: an injective, ASCII-only encoding.
///
/// Kept as is: `A–Z`, `a–z`, `0–9`, `-`, `.` and `@` (enough for `hex@domain`-style UIDs
/// and every UID [`stable_uid`] makes). Every other UTF-8 octet, including `_` itself, is
/// written as `_` followed by two uppercase hex digits (a space becomes `_20`, `é`
/// becomes `_C3_A9`). Because `_` is always escaped, two different UIDs never encode to
/// the same text, so sanitising never makes two events collide. Nothing in the result
/// needs TEXT escaping, and it can never inject a line break or a new property.
///
/// ```
/// use tactful_engine::ics::sanitize_uid;
///
/// assert_eq!(sanitize_uid("0123abcd@tactful.invalid"), "0123abcd@tactful.invalid");
/// assert_eq!(sanitize_uid("INV 7/stage_1"), "INV_207_2Fstage_5F1");
/// assert_eq!(sanitize_uid("x\r\nBEGIN:VEVENT"), "x_0D_0ABEGIN_3AVEVENT");
/// assert_eq!(sanitize_uid("é"), "_C3_A9");
/// ```
pub fn sanitize_uid(uid: &str) -> String {
    let mut out = String::with_capacity(uid.len());
    for byte in uid.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'@') {
            out.push(char::from(byte));
        } else {
            // Writing to a String cannot fail.
            let _ = write!(out, "_{byte:02X}");
        }
    }
    out
}

/// FNV-1a 64-bit offset basis.
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
/// FNV-1a 64-bit prime.
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// FNV-1a, 64-bit: for each octet, `hash ^= octet; hash *= prime` (wrapping).
fn fnv1a(hash: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(hash, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(FNV_PRIME)
    })
}

/// A deterministic UID for the event identified by `parts`, as
/// `<16 lowercase hex digits>@tactful.invalid`.
///
/// The hash is FNV-1a 64-bit (offset basis `0xcbf29ce484222325`, prime `0x100000001b3`),
/// chosen because it is tiny, has no dependency and is stable across platforms and
/// releases: the same parts give the same UID forever, so re-importing an updated
/// calendar updates events instead of duplicating them. Each part is hashed as its length
/// in octets (8 octets, little-endian) followed by its UTF-8 octets, so `["ab", "c"]` and
/// `["a", "bc"]` differ. It is not a cryptographic hash: fine for telling a user's few
/// hundred events apart, never for secrets. Pass something identifying the invoice and the
/// step, e.g. `["INV-042", "final_notice", "0"]`.
///
/// ```
/// use tactful_engine::ics::stable_uid;
///
/// let uid = stable_uid(&["INV-042", "final_notice"]);
/// assert_eq!(uid, stable_uid(&["INV-042", "final_notice"]));
/// assert!(uid.ends_with("@tactful.invalid"));
/// assert_eq!(uid.len(), 16 + "@tactful.invalid".len());
/// assert_ne!(stable_uid(&["ab", "c"]), stable_uid(&["a", "bc"]));
/// // With no parts, the hash is the bare offset basis.
/// assert_eq!(stable_uid(&[]), "cbf29ce484222325@tactful.invalid");
/// ```
pub fn stable_uid(parts: &[&str]) -> String {
    let hash = parts.iter().fold(FNV_OFFSET, |hash, part| {
        let length = u64::try_from(part.len()).unwrap_or(u64::MAX);
        fnv1a(fnv1a(hash, &length.to_le_bytes()), part.as_bytes())
    });
    format!("{hash:016x}@{UID_DOMAIN}")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A parsed content line: name (with parameters) and raw value.
    #[derive(Debug, PartialEq)]
    struct Line {
        name: String,
        value: String,
    }

    /// Checks the physical-line rules, unfolds, and splits each line at the first colon.
    /// The value of the first property called `name` (the test fails when there is none).
    fn value_of(lines: &[Line], name: &str) -> String {
        lines
            .iter()
            .find(|l| l.name == name)
            .map(|l| l.value.clone())
            .expect("the property")
    }

    fn parse(ics: &str) -> Vec<Line> {
        assert!(ics.ends_with("\r\n"), "the calendar ends with CRLF");
        let body = &ics[..ics.len() - 2];
        let mut logical: Vec<String> = Vec::new();
        for physical in body.split("\r\n") {
            assert!(
                !physical.contains('\n') && !physical.contains('\r'),
                "bare line break in {physical:?}"
            );
            assert!(
                physical.len() <= MAX_LINE_OCTETS,
                "{} octets: {physical:?}",
                physical.len()
            );
            if let Some(rest) = physical.strip_prefix(' ') {
                logical
                    .last_mut()
                    .expect("a line to continue")
                    .push_str(rest);
            } else {
                logical.push(physical.to_owned());
            }
        }
        logical
            .into_iter()
            .map(|line| {
                let (name, value) = line.split_once(':').expect("a colon");
                Line {
                    name: name.to_owned(),
                    value: value.to_owned(),
                }
            })
            .collect()
    }

    /// Reverses TEXT escaping.
    fn unescape(value: &str) -> String {
        let mut out = String::new();
        let mut chars = value.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                match chars.next() {
                    Some('n') | Some('N') => out.push('\n'),
                    Some(other) => out.push(other),
                    None => panic!("dangling backslash"),
                }
            } else {
                assert!(c != ';' && c != ',', "unescaped {c} in {value:?}");
                out.push(c);
            }
        }
        out
    }

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a valid date")
    }

    fn stamp() -> NaiveDateTime {
        date(2025, 11, 1)
            .and_hms_opt(9, 30, 0)
            .expect("a valid time")
    }

    fn event(summary: &str, description: &str, alarm: Option<u32>) -> IcsEvent {
        IcsEvent {
            uid: stable_uid(&["INV-1", summary]),
            date: date(2025, 12, 31),
            summary: summary.into(),
            description: description.into(),
            alarm_days_before: alarm,
            time: None,
        }
    }

    #[test]
    fn a_calendar_has_the_required_header_and_footer() {
        let lines = parse(&write_calendar(&[], stamp()));
        let pairs: Vec<(&str, &str)> = lines
            .iter()
            .map(|l| (l.name.as_str(), l.value.as_str()))
            .collect();
        assert_eq!(
            pairs,
            vec![
                ("BEGIN", "VCALENDAR"),
                ("VERSION", "2.0"),
                ("PRODID", "-//Tactful//Tactful//EN"),
                ("CALSCALE", "GREGORIAN"),
                ("METHOD", "PUBLISH"),
                ("END", "VCALENDAR"),
            ]
        );
    }

    #[test]
    fn an_event_has_every_required_property_in_order() {
        let ics = write_calendar(&[event("Final notice", "By letter", Some(2))], stamp());
        let lines = parse(&ics);
        let names: Vec<&str> = lines.iter().map(|l| l.name.as_str()).collect();
        assert_eq!(
            names[5..],
            [
                "BEGIN",
                "UID",
                "DTSTAMP",
                "DTSTART;VALUE=DATE",
                "DTEND;VALUE=DATE",
                "SUMMARY",
                "DESCRIPTION",
                "TRANSP",
                "BEGIN",
                "ACTION",
                "DESCRIPTION",
                "TRIGGER",
                "END",
                "END",
                "END",
            ]
        );
        let value = |name: &str| value_of(&lines, name);
        assert_eq!(value("DTSTAMP"), "20251101T093000Z");
        assert_eq!(value("DTSTART;VALUE=DATE"), "20251231");
        // DTEND is exclusive: the next day, across a year end.
        assert_eq!(value("DTEND;VALUE=DATE"), "20260101");
        assert_eq!(value("TRANSP"), "TRANSPARENT");
        assert_eq!(value("TRIGGER"), "-P2D");
        assert_eq!(value("ACTION"), "DISPLAY");
        assert!(value("UID").ends_with("@tactful.invalid"));
    }

    #[test]
    fn a_timed_event_starts_at_its_local_time_and_lasts_half_an_hour() {
        let mut timed = event("Call Acme", "About INV-1", Some(1));
        timed.time = NaiveTime::from_hms_opt(9, 5, 0);
        let lines = parse(&write_calendar(&[timed], stamp()));
        let names: Vec<&str> = lines.iter().map(|l| l.name.as_str()).collect();
        assert_eq!(names[8..10], ["DTSTART", "DURATION"]);
        assert!(!names.iter().any(|n| n.starts_with("DTEND")));
        let value = |name: &str| value_of(&lines, name);
        // Floating local time: no `Z`, no TZID.
        assert_eq!(value("DTSTART"), "20251231T090500");
        assert_eq!(value("DURATION"), "PT30M");
        assert_eq!(value("TRIGGER"), "-P1D");
    }

    #[test]
    fn escaping_round_trips_through_the_parser() {
        let mut cases: Vec<String> = [
            "plain",
            "a,b;c\\d",
            "line one\nline two",
            "trailing backslash\\",
            "\\n is not a newline",
            "ünïcödé, 日本語; 😀",
            "",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        cases.push("x,".repeat(150));
        cases.push("é".repeat(100));
        for text in &cases {
            let text = text.as_str();
            let ics = write_calendar(&[event(text, text, Some(1))], stamp());
            let lines = parse(&ics);
            let summary = lines.iter().find(|l| l.name == "SUMMARY").expect("summary");
            assert_eq!(unescape(&summary.value), text, "summary {text:?}");
            let descriptions: Vec<String> = lines
                .iter()
                .filter(|l| l.name == "DESCRIPTION")
                .map(|l| unescape(&l.value))
                .collect();
            assert_eq!(descriptions, vec![text.to_owned(), text.to_owned()]);
        }
    }

    #[test]
    fn line_breaks_are_normalised_and_controls_dropped() {
        let table = [
            ("a\r\nb", "a\\nb"),
            ("a\rb", "a\\nb"),
            ("a\n\nb", "a\\n\\nb"),
            ("a\r\r\nb", "a\\n\\nb"),
            ("a\u{0}b\u{1b}c\u{7f}d", "abcd"),
            ("tab\there", "tab\there"),
            ("colon: fine", "colon: fine"),
        ];
        for (input, expected) in table {
            assert_eq!(escape_text(input), expected, "{input:?}");
        }
    }

    #[test]
    fn folding_keeps_utf8_sequences_whole() {
        for unit in ["a", "é", "日", "😀"] {
            for count in [1, 37, 38, 75, 76, 200] {
                let line = format!("SUMMARY:{}", unit.repeat(count));
                let folded = fold_line(&line);
                for (index, physical) in folded.split("\r\n").enumerate() {
                    assert!(physical.len() <= MAX_LINE_OCTETS, "{unit} x{count}");
                    if index > 0 {
                        assert!(physical.starts_with(' '));
                        assert!(physical.len() > 1, "no empty continuation");
                    }
                }
                assert_eq!(folded.replace("\r\n ", ""), line);
            }
        }
    }

    #[test]
    fn uids_are_sanitised_and_never_empty() {
        let mut bad = event("Hello", "", None);
        bad.uid = "evil\r\nBEGIN:VEVENT".into();
        let mut empty = event("Hello", "", None);
        empty.uid = String::new();
        let ics = write_calendar(&[bad, empty], stamp());
        let uids: Vec<String> = parse(&ics)
            .into_iter()
            .filter(|l| l.name == "UID")
            .map(|l| l.value)
            .collect();
        assert_eq!(uids[0], "evil_0D_0ABEGIN_3AVEVENT");
        assert_eq!(uids[1], stable_uid(&["20251231", "Hello"]));
        for uid in uids {
            assert!(uid
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-.@_".contains(&b)));
        }
    }

    #[test]
    fn sanitising_is_injective_on_lookalikes() {
        let uids = ["a b", "a_b", "a_20b", "a/b", "a-b", "a\u{a0}b"];
        let encoded: std::collections::HashSet<String> =
            uids.iter().map(|u| sanitize_uid(u)).collect();
        assert_eq!(encoded.len(), uids.len());
    }

    #[test]
    fn fnv1a_matches_published_vectors() {
        // Reference values of FNV-1a 64 (Fowler, Noll, Vo test suite).
        assert_eq!(fnv1a(FNV_OFFSET, b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(FNV_OFFSET, b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a(FNV_OFFSET, b"foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn unwritable_dates_are_skipped_and_stamps_clamped() {
        let mut early = event("Early", "", None);
        early.date = date(0, 12, 31);
        let mut late = event("Late", "", None);
        late.date = date(9999, 12, 31); // DTEND would be in year 10000
        let mut max = event("Max", "", None);
        max.date = NaiveDate::MAX;
        let fine = event("Fine", "", None);
        let far = date(12000, 1, 1)
            .and_hms_opt(0, 0, 0)
            .expect("a valid time");
        let ics = write_calendar(&[early, late, max, fine], far);
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), 1);
        assert!(ics.contains("SUMMARY:Fine\r\n"));
        assert!(ics.contains("DTSTAMP:99991231T235959Z\r\n"));
        let before = date(-5, 1, 1).and_hms_opt(0, 0, 0).expect("a valid time");
        assert!(write_calendar(&[], before).len() > 10);
        assert_eq!(
            format_dtstamp(before),
            "00010101T000000Z",
            "clamped to year 1"
        );
    }

    #[test]
    fn a_leap_second_is_written_as_59() {
        let leap = date(2016, 12, 31)
            .and_hms_milli_opt(23, 59, 59, 1_500)
            .expect("a leap second");
        assert_eq!(format_dtstamp(leap), "20161231T235959Z");
    }

    #[test]
    fn alarms_use_the_requested_days() {
        for (days, trigger) in [(0, "-P0D"), (1, "-P1D"), (30, "-P30D")] {
            let ics = write_calendar(&[event("x", "y", Some(days))], stamp());
            assert!(ics.contains(&format!("TRIGGER:{trigger}\r\n")));
        }
    }
}
