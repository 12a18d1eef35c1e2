//! A case's contact log: what was sent, when and how, and what the client answered.
//!
//! The timeline is built from the log ([`TimelineInput::contacts`](super::TimelineInput)):
//! a step logged as sent is shown as sent on its day, the rest of the ladder is dated from
//! the last message actually sent, and the client's replies (a promise to pay, a query, a
//! part payment, payment in full) feed the pauses. See the [module docs](super) for the
//! rules.
//!
//! The JSON and saved shapes are documented on [`Contact`].
//!
//! # The form
//!
//! The app's "log a contact" form is a [`ContactDraft`] (the fields as typed), read by
//! [`parse_contact`] into a [`Contact`] or one problem per field, like
//! [`crate::invoice::parse_invoice`].

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::issue::{IssueField, IssueKind, TimelineIssue};
use super::policy::{Channel, StageAction};
use crate::amount::{format_number, parse_amount, AmountError, NumberLocale};
use crate::currency::Currency;
use crate::dates::{parse_date, DateParseError};
use crate::decimal_ops::DecimalOps;
use crate::limits::{MAX_AMOUNT, MAX_CONTACTS, MAX_CONTACT_NOTE_CHARS};

/// What happened, without its details: the choice of the "log a contact" form.
///
/// Serialized in snake case (`"sent"`, `"promise_to_pay"`, `"query_opened"`,
/// `"query_resolved"`, `"part_payment"`, `"paid_in_full"`); [`ContactKind::name`] is the
/// same stable name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContactKind {
    /// You sent a message or called.
    Sent,
    /// The client promised to pay by a date.
    PromiseToPay,
    /// The client queried or disputed the invoice.
    QueryOpened,
    /// The query was settled.
    QueryResolved,
    /// Part of the invoice was paid.
    PartPayment,
    /// The invoice was paid.
    PaidInFull,
}

impl ContactKind {
    /// Every kind, in the order the form offers them.
    pub const ALL: [ContactKind; 6] = [
        ContactKind::Sent,
        ContactKind::PromiseToPay,
        ContactKind::QueryOpened,
        ContactKind::QueryResolved,
        ContactKind::PartPayment,
        ContactKind::PaidInFull,
    ];

    /// The stable snake-case name, as serialized and saved; never changes.
    ///
    /// ```
    /// use tactful_engine::timeline::ContactKind;
    ///
    /// assert_eq!(ContactKind::PromiseToPay.name(), "promise_to_pay");
    /// assert_eq!(ContactKind::from_name("paid_in_full"), Some(ContactKind::PaidInFull));
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            ContactKind::Sent => "sent",
            ContactKind::PromiseToPay => "promise_to_pay",
            ContactKind::QueryOpened => "query_opened",
            ContactKind::QueryResolved => "query_resolved",
            ContactKind::PartPayment => "part_payment",
            ContactKind::PaidInFull => "paid_in_full",
        }
    }

    /// The kind named `name` ([`ContactKind::name`]).
    pub fn from_name(name: &str) -> Option<ContactKind> {
        ContactKind::ALL.into_iter().find(|k| k.name() == name)
    }
}

/// What happened, with its details. Serialized with a `kind` tag beside its fields
/// (see [`Contact`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ContactEvent {
    /// You sent a message (or called): a step of the ladder or an event message when
    /// `action` is given, a message of your own (described in the note) when not.
    Sent {
        /// The step sent; `None` for a message of your own.
        action: Option<StageAction>,
        /// How it went out.
        channel: Channel,
    },
    /// The client promised to pay by `pay_by` (on the entry's date).
    PromiseToPay {
        /// The promised date; not before the entry's date.
        pay_by: NaiveDate,
    },
    /// The client queried or disputed the invoice: reminders wait until it is resolved.
    QueryOpened,
    /// The open query was settled.
    QueryResolved,
    /// Part of the invoice was paid: acknowledged, and the ladder goes on for the rest.
    PartPayment {
        /// The amount received, in the invoice currency; more than 0.
        amount: Decimal,
    },
    /// The invoice was paid in full (like [`TimelineInput::paid_on`](super::TimelineInput)).
    PaidInFull,
}

impl ContactEvent {
    /// Its kind.
    ///
    /// ```
    /// use tactful_engine::timeline::{ContactEvent, ContactKind};
    ///
    /// assert_eq!(ContactEvent::QueryOpened.kind(), ContactKind::QueryOpened);
    /// ```
    pub fn kind(&self) -> ContactKind {
        match self {
            ContactEvent::Sent { .. } => ContactKind::Sent,
            ContactEvent::PromiseToPay { .. } => ContactKind::PromiseToPay,
            ContactEvent::QueryOpened => ContactKind::QueryOpened,
            ContactEvent::QueryResolved => ContactKind::QueryResolved,
            ContactEvent::PartPayment { .. } => ContactKind::PartPayment,
            ContactEvent::PaidInFull => ContactKind::PaidInFull,
        }
    }
}

/// One entry of a case's contact log.
///
/// # Shapes (stable names)
///
/// One entry is a [`Contact`]: a `date`, a `kind` with the fields of that kind, and an
/// optional `note`. Serialized (serde, and the JavaScript API's `contacts`) as one flat
/// object:
///
/// | `kind` | fields | meaning |
/// |---|---|---|
/// | `"sent"` | `action` (a [`StageAction`] name, or `null` for a message of your own), `channel` (`"email"`, `"phone_call"`, `"letter"`, `"sms"`) | you sent a message or called |
/// | `"promise_to_pay"` | `pay_by` (a date) | the client promised to pay by that date |
/// | `"query_opened"` | | the client queried or disputed the invoice: reminders wait |
/// | `"query_resolved"` | | the query was settled: the ladder resumes |
/// | `"part_payment"` | `amount` (a decimal string) | part of the invoice was paid |
/// | `"paid_in_full"` | | the invoice was paid |
///
/// ```text
/// { "date": "2026-12-07", "kind": "sent", "action": "second_follow_up", "channel": "email", "note": "" }
/// { "date": "2026-12-09", "kind": "promise_to_pay", "pay_by": "2026-12-18", "note": "Sam, by phone" }
/// ```
///
/// The saved form ([`encode_contacts`], [`decode_contacts`]) is one line of text for
/// saved work and share links: `1|<entry>|<entry>…`, each entry `<date>,<kind>,<fields…>,<note>`
/// with the same names:
///
/// | kind | entry |
/// |---|---|
/// | sent | `2026-12-07,sent,second_follow_up,email,<note>` (the action empty for a message of your own) |
/// | promise to pay | `2026-12-09,promise_to_pay,2026-12-18,<note>` |
/// | query opened / resolved | `2026-12-10,query_opened,<note>` / `2026-12-15,query_resolved,<note>` |
/// | part payment | `2026-12-12,part_payment,1200.00,<note>` (a plain decimal, `.` for the point, whatever the language) |
/// | paid in full | `2026-12-20,paid_in_full,<note>` |
///
/// In a note, `%`, `|`, `,`, line feed and carriage return are written `%25`, `%7C`,
/// `%2C`, `%0A`, `%0D`. The names never change; a new kind or field will get a new
/// version number.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use tactful_engine::timeline::{Channel, Contact, ContactEvent, StageAction};
///
/// let day = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
/// let sent = Contact::sent(day, StageAction::SecondFollowUp, Channel::Email);
/// assert_eq!(sent.event, ContactEvent::Sent { action: Some(StageAction::SecondFollowUp), channel: Channel::Email });
/// assert!(sent.note.is_empty());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    /// The day it happened; not after today.
    pub date: NaiveDate,
    /// What happened.
    #[serde(flatten)]
    pub event: ContactEvent,
    /// Free text (at most [`MAX_CONTACT_NOTE_CHARS`] characters); required for a
    /// message of your own.
    #[serde(default)]
    pub note: String,
}

impl Contact {
    /// `action` sent on `date` by `channel`, without a note.
    pub fn sent(date: NaiveDate, action: StageAction, channel: Channel) -> Self {
        Contact {
            date,
            event: ContactEvent::Sent {
                action: Some(action),
                channel,
            },
            note: String::new(),
        }
    }

    /// `event` on `date`, without a note.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use tactful_engine::timeline::{Contact, ContactEvent};
    ///
    /// let day = NaiveDate::from_ymd_opt(2026, 12, 9).unwrap();
    /// let promise = Contact::new(day, ContactEvent::PromiseToPay { pay_by: day });
    /// assert_eq!(promise.date, day);
    /// ```
    pub fn new(date: NaiveDate, event: ContactEvent) -> Self {
        Contact {
            date,
            event,
            note: String::new(),
        }
    }
}

// ---------------------------------------------------------------------------------------
// The saved form
// ---------------------------------------------------------------------------------------

/// `text` with the saved form's separators escaped.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '%' => out.push_str("%25"),
            '|' => out.push_str("%7C"),
            ',' => out.push_str("%2C"),
            '\n' => out.push_str("%0A"),
            '\r' => out.push_str("%0D"),
            c => out.push(c),
        }
    }
    out
}

/// The reverse of [`escape`]; any other `%` is kept as written.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('%') {
        out.push_str(&rest[..at]);
        let code = rest.get(at + 1..at + 3);
        let decoded = match code {
            Some("25") => Some('%'),
            Some("7C" | "7c") => Some('|'),
            Some("2C" | "2c") => Some(','),
            Some("0A" | "0a") => Some('\n'),
            Some("0D" | "0d") => Some('\r'),
            _ => None,
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[at + 3..];
            }
            None => {
                out.push('%');
                rest = &rest[at + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The log as one line of saved-work text (see [`Contact`]): `1|…`; an
/// empty log is empty text.
///
/// ```
/// use chrono::NaiveDate;
/// use rust_decimal_macros::dec;
/// use tactful_engine::timeline::{decode_contacts, encode_contacts, Channel, Contact, ContactEvent, StageAction};
///
/// let date = |d| NaiveDate::from_ymd_opt(2026, 12, d).unwrap();
/// let mut call = Contact::new(date(9), ContactEvent::PromiseToPay { pay_by: date(18) });
/// call.note = "Sam: paid on the 18th, after the board meets".into();
/// let log = vec![
///     Contact::sent(date(7), StageAction::SecondFollowUp, Channel::Email),
///     call,
///     Contact::new(date(12), ContactEvent::PartPayment { amount: dec!(1200.00) }),
/// ];
/// let text = encode_contacts(&log);
/// assert_eq!(
///     text,
///     "1|2026-12-07,sent,second_follow_up,email,|2026-12-09,promise_to_pay,2026-12-18,Sam: paid on the 18th%2C after the board meets|2026-12-12,part_payment,1200.00,"
/// );
/// assert_eq!(decode_contacts(&text), log);
/// assert_eq!(encode_contacts(&[]), "");
/// ```
pub fn encode_contacts(log: &[Contact]) -> String {
    if log.is_empty() {
        return String::new();
    }
    let mut out = String::from("1");
    for contact in log {
        out.push('|');
        out.push_str(&crate::dates::iso_date(contact.date));
        out.push(',');
        out.push_str(contact.event.kind().name());
        match contact.event {
            ContactEvent::Sent { action, channel } => {
                out.push(',');
                out.push_str(action.map_or("", StageAction::name));
                out.push(',');
                out.push_str(channel.name());
            }
            ContactEvent::PromiseToPay { pay_by } => {
                out.push(',');
                out.push_str(&crate::dates::iso_date(pay_by));
            }
            ContactEvent::PartPayment { amount } => {
                out.push(',');
                out.push_str(&amount.to_string());
            }
            ContactEvent::QueryOpened | ContactEvent::QueryResolved | ContactEvent::PaidInFull => {}
        }
        out.push(',');
        out.push_str(&escape(&contact.note));
    }
    out
}

/// Reads saved-work text ([`encode_contacts`]; untrusted): entries that do not read are left out, at most
/// [`MAX_CONTACTS`] are kept, notes are cut to [`MAX_CONTACT_NOTE_CHARS`] characters.
/// Unreadable text is an empty log. The entries are not checked against each other or
/// against today: [`super::build_timeline`] does that.
///
/// ```
/// use tactful_engine::timeline::decode_contacts;
///
/// assert!(decode_contacts("").is_empty());
/// assert!(decode_contacts("2|2026-12-07,sent,,email,x").is_empty()); // a newer version
/// let log = decode_contacts("1|2026-12-07,sent,,phone_call,Left a voicemail|junk|2026-12-08,query_opened,");
/// assert_eq!(log.len(), 2);
/// assert_eq!(log[0].note, "Left a voicemail");
/// ```
pub fn decode_contacts(text: &str) -> Vec<Contact> {
    let mut parts = text.split('|');
    if parts.next() != Some("1") {
        return Vec::new();
    }
    parts.filter_map(decode_entry).take(MAX_CONTACTS).collect()
}

fn decode_entry(entry: &str) -> Option<Contact> {
    let mut fields = entry.split(',');
    let date = parse_date(fields.next()?).ok()?;
    let kind = ContactKind::from_name(fields.next()?)?;
    let event = match kind {
        ContactKind::Sent => {
            let action = match fields.next()? {
                "" => None,
                name => Some(StageAction::from_name(name)?),
            };
            let channel = Channel::from_name(fields.next()?)?;
            ContactEvent::Sent { action, channel }
        }
        ContactKind::PromiseToPay => ContactEvent::PromiseToPay {
            pay_by: parse_date(fields.next()?).ok()?,
        },
        ContactKind::PartPayment => {
            let text = fields.next()?;
            let plain = !text.is_empty()
                && text.len() <= 40
                && text
                    .bytes()
                    .all(|b| b.is_ascii_digit() || b == b'.' || b == b'-');
            let amount = if plain {
                text.parse::<Decimal>().ok()?
            } else {
                return None;
            };
            ContactEvent::PartPayment { amount }
        }
        ContactKind::QueryOpened => ContactEvent::QueryOpened,
        ContactKind::QueryResolved => ContactEvent::QueryResolved,
        ContactKind::PaidInFull => ContactEvent::PaidInFull,
    };
    let note: String = unescape(fields.next()?)
        .chars()
        .take(MAX_CONTACT_NOTE_CHARS)
        .collect();
    fields
        .next()
        .is_none()
        .then_some(Contact { date, event, note })
}

// ---------------------------------------------------------------------------------------
// The form
// ---------------------------------------------------------------------------------------

/// The "log a contact" form as typed. Only the fields of `kind` are read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ContactDraft {
    /// The day it happened, `YYYY-MM-DD`.
    pub date: String,
    /// What happened.
    pub kind: ContactKind,
    /// For `Sent`: the step sent; `None` for a message of your own.
    pub action: Option<StageAction>,
    /// For `Sent`: how it went out.
    pub channel: Channel,
    /// For `PromiseToPay`: the promised date, `YYYY-MM-DD`.
    pub pay_by: String,
    /// For `PartPayment`: the amount, as typed in the user's number format.
    pub amount: String,
    /// A note (required for a message of your own).
    pub note: String,
}

impl Default for ContactDraft {
    fn default() -> Self {
        ContactDraft {
            date: String::new(),
            kind: ContactKind::Sent,
            action: None,
            channel: Channel::Email,
            pay_by: String::new(),
            amount: String::new(),
            note: String::new(),
        }
    }
}

/// A field of the "log a contact" form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContactField {
    /// The day it happened.
    Date,
    /// The promised date.
    PayBy,
    /// The part payment's amount.
    Amount,
    /// The note.
    Note,
}

/// Why a field of the form cannot be used.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ContactProblem {
    /// A date the parser refused (blank included).
    Date(DateParseError),
    /// An amount the parser refused (blank, zero and too large included).
    Amount(AmountError),
    /// The day is after today: it has not happened yet.
    InFuture,
    /// The promised date is before the day of the promise.
    PayByBeforeDate,
    /// The note is longer than `max` characters.
    TooLong {
        /// [`MAX_CONTACT_NOTE_CHARS`].
        max: usize,
    },
    /// A message of your own needs a note saying what it was.
    NoteRequired,
}

impl ContactDraft {
    /// The form filled in with `contact`, to edit it: dates as `YYYY-MM-DD`, the amount in
    /// the number format of `locale`.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use rust_decimal_macros::dec;
    /// use tactful_engine::amount::NumberLocale;
    /// use tactful_engine::timeline::{Contact, ContactDraft, ContactEvent};
    ///
    /// let day = NaiveDate::from_ymd_opt(2026, 12, 12).unwrap();
    /// let paid = Contact::new(day, ContactEvent::PartPayment { amount: dec!(1200.50) });
    /// let draft = ContactDraft::from_contact(&paid, NumberLocale::De);
    /// assert_eq!((draft.date.as_str(), draft.amount.as_str()), ("2026-12-12", "1.200,50"));
    /// ```
    pub fn from_contact(contact: &Contact, locale: NumberLocale) -> Self {
        let mut draft = ContactDraft {
            date: crate::dates::iso_date(contact.date),
            kind: contact.event.kind(),
            note: contact.note.clone(),
            ..ContactDraft::default()
        };
        match contact.event {
            ContactEvent::Sent { action, channel } => {
                draft.action = action;
                draft.channel = channel;
            }
            ContactEvent::PromiseToPay { pay_by } => {
                draft.pay_by = crate::dates::iso_date(pay_by);
            }
            ContactEvent::PartPayment { amount } => {
                draft.amount = format_number(amount, amount.scale(), locale);
            }
            ContactEvent::QueryOpened | ContactEvent::QueryResolved | ContactEvent::PaidInFull => {}
        }
        draft
    }
}

/// Reads the "log a contact" form: the entry, or one problem per field (in the order
/// date, promised date, amount, note).
///
/// - `date`: required, `YYYY-MM-DD`, not after `today`;
/// - `pay_by` (promise to pay): required, not before `date` (it may be after today);
/// - `amount` (part payment): required, read in `locale`'s number format with at most
///   `currency`'s decimals, more than 0 and at most [`MAX_AMOUNT`];
/// - `note`: trimmed, at most [`MAX_CONTACT_NOTE_CHARS`] characters; required for a
///   message of your own (`Sent` without an action).
///
/// # Errors
/// Every problem found, each with its field.
///
/// ```
/// use chrono::NaiveDate;
/// use tactful_engine::amount::NumberLocale;
/// use tactful_engine::currency::currency;
/// use tactful_engine::timeline::{
///     parse_contact, Channel, ContactDraft, ContactEvent, ContactField, ContactKind, ContactProblem, StageAction,
/// };
///
/// let today = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
/// let gbp = currency("GBP").unwrap();
/// let draft = ContactDraft {
///     date: "2026-12-07".into(),
///     action: Some(StageAction::SecondFollowUp),
///     ..ContactDraft::default()
/// };
/// let contact = parse_contact(&draft, NumberLocale::EnGb, gbp, today).unwrap();
/// assert_eq!(contact.event, ContactEvent::Sent { action: Some(StageAction::SecondFollowUp), channel: Channel::Email });
///
/// let draft = ContactDraft {
///     date: "2026-12-08".into(),
///     kind: ContactKind::PartPayment,
///     amount: "1.200,5".into(),
///     ..ContactDraft::default()
/// };
/// let problems = parse_contact(&draft, NumberLocale::EnGb, gbp, today).unwrap_err();
/// assert_eq!(problems[0], (ContactField::Date, ContactProblem::InFuture));
/// assert_eq!(problems[1].0, ContactField::Amount);
/// ```
pub fn parse_contact(
    draft: &ContactDraft,
    locale: NumberLocale,
    currency: &Currency,
    today: NaiveDate,
) -> Result<Contact, Vec<(ContactField, ContactProblem)>> {
    let mut problems = Vec::new();
    let date = match parse_date(&draft.date) {
        Ok(date) if date > today => {
            problems.push((ContactField::Date, ContactProblem::InFuture));
            None
        }
        Ok(date) => Some(date),
        Err(error) => {
            problems.push((ContactField::Date, ContactProblem::Date(error)));
            None
        }
    };
    let event = match draft.kind {
        ContactKind::Sent => Some(ContactEvent::Sent {
            action: draft.action,
            channel: draft.channel,
        }),
        ContactKind::PromiseToPay => match parse_date(&draft.pay_by) {
            Ok(pay_by) if date.is_some_and(|date| pay_by < date) => {
                problems.push((ContactField::PayBy, ContactProblem::PayByBeforeDate));
                None
            }
            Ok(pay_by) => Some(ContactEvent::PromiseToPay { pay_by }),
            Err(error) => {
                problems.push((ContactField::PayBy, ContactProblem::Date(error)));
                None
            }
        },
        ContactKind::PartPayment => match parse_amount(&draft.amount, currency, locale) {
            Ok(amount) if amount > MAX_AMOUNT => {
                problems.push((
                    ContactField::Amount,
                    ContactProblem::Amount(AmountError::TooLarge),
                ));
                None
            }
            Ok(amount) => Some(ContactEvent::PartPayment { amount }),
            Err(error) => {
                problems.push((ContactField::Amount, ContactProblem::Amount(error)));
                None
            }
        },
        ContactKind::QueryOpened => Some(ContactEvent::QueryOpened),
        ContactKind::QueryResolved => Some(ContactEvent::QueryResolved),
        ContactKind::PaidInFull => Some(ContactEvent::PaidInFull),
    };
    let note = draft.note.trim();
    if note.chars().count() > MAX_CONTACT_NOTE_CHARS {
        problems.push((
            ContactField::Note,
            ContactProblem::TooLong {
                max: MAX_CONTACT_NOTE_CHARS,
            },
        ));
    } else if note.is_empty() && draft.kind == ContactKind::Sent && draft.action.is_none() {
        problems.push((ContactField::Note, ContactProblem::NoteRequired));
    }
    match (date, event) {
        (Some(date), Some(event)) if problems.is_empty() => Ok(Contact {
            date,
            event,
            note: note.to_owned(),
        }),
        _ => Err(problems),
    }
}

// ---------------------------------------------------------------------------------------
// What the log says, for the timeline
// ---------------------------------------------------------------------------------------

/// A part payment: when and how much.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartPayment {
    /// The day it arrived.
    pub date: NaiveDate,
    /// How much, in the invoice currency.
    pub amount: Decimal,
}

/// What the contact log (and the single event fields of the input) say about a case: the
/// facts a message is worded from, and the events in force. In [`super::Timeline::history`]
/// and [`super::NextStep::history`].
///
/// [`CaseHistory::fill_message`] copies the facts into a
/// [`MessageContext`](crate::message::MessageContext), where templates read them as
/// `reminders_sent`, `last_sent_on`, `promise_broken_on` and `part_paid`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseHistory {
    /// Reminders logged as sent: ladder steps from the pre-due reminder to the agency
    /// referral (not the internal legal review, not event messages or messages of your
    /// own). 0 on a first contact.
    pub reminders_sent: u32,
    /// The day of the last of those reminders.
    pub last_sent_on: Option<NaiveDate>,
    /// The day of the last message of any kind logged as sent (reminders, event messages
    /// such as a promise confirmation, messages of your own).
    pub last_contact_on: Option<NaiveDate>,
    /// The step of that last message (`None` for a message of your own).
    pub last_contact_action: Option<StageAction>,
    /// The day after the promised date of the latest promise to pay that was not kept
    /// (broken by today with no payment in full, or replaced by a new promise after its
    /// date).
    pub promise_broken_on: Option<NaiveDate>,
    /// The promise to pay in force (the latest): the promised date.
    pub promised_by: Option<NaiveDate>,
    /// The day the query in force was opened, while it is open.
    pub query_open_since: Option<NaiveDate>,
    /// Everything paid in part so far, in the invoice currency; `None` when nothing was.
    pub part_paid: Option<Decimal>,
    /// The latest part payment.
    pub last_part_payment: Option<PartPayment>,
    /// The day payment in full arrived.
    pub paid_on: Option<NaiveDate>,
}

impl CaseHistory {
    /// Copies the facts templates read into `ctx`: `reminders_sent`, `last_sent_on`,
    /// `promise_broken_on`, `part_paid`, the balance (the amount less `part_paid`)
    /// unless `ctx.balance` is already set, and the promised date (of the promise in
    /// force) unless `ctx.promise_date` is already set: the promise messages need it.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use rust_decimal_macros::dec;
    /// use tactful_engine::currency::currency;
    /// use tactful_engine::message::MessageContext;
    /// use tactful_engine::timeline::CaseHistory;
    ///
    /// let day = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
    /// let history = CaseHistory { reminders_sent: 2, part_paid: Some(dec!(1200)), ..CaseHistory::default() };
    /// let mut ctx = MessageContext::new(dec!(4800), currency("GBP").unwrap(), day, day);
    /// history.fill_message(&mut ctx);
    /// assert_eq!((ctx.reminders_sent, ctx.balance), (2, Some(dec!(3600))));
    ///
    /// let promise = CaseHistory { promised_by: Some(day), ..CaseHistory::default() };
    /// promise.fill_message(&mut ctx);
    /// assert_eq!(ctx.promise_date, Some(day));
    /// ```
    pub fn fill_message(&self, ctx: &mut crate::message::MessageContext) {
        ctx.reminders_sent = self.reminders_sent;
        ctx.last_sent_on = self.last_sent_on;
        ctx.promise_broken_on = self.promise_broken_on;
        ctx.part_paid = self.part_paid;
        if ctx.promise_date.is_none() {
            ctx.promise_date = self.promised_by;
        }
        if ctx.balance.is_none() {
            let left = self.part_paid.and_then(|paid| ctx.amount.minus(paid));
            ctx.balance = left.filter(|left| *left > Decimal::ZERO);
        }
    }
}

/// Whether `action` counts as a reminder in [`CaseHistory::reminders_sent`].
fn is_reminder(action: StageAction) -> bool {
    action.is_ladder_action() && action != StageAction::LegalReview
}

/// The log's problems, each at its entry ([`IssueField::Contact`]): dates after today, a
/// promise dated before it was made, a part payment out of range, a note too long, a
/// message of your own with no note, a query resolved when none is open, a promise or a
/// query with instalments; too many entries is one error on the whole log.
pub(crate) fn check_contacts(
    log: &[Contact],
    today: NaiveDate,
    installments: bool,
    issues: &mut Vec<TimelineIssue>,
) {
    if log.len() > MAX_CONTACTS {
        issues.push(TimelineIssue::error(
            IssueField::Contacts,
            IssueKind::TooManyContacts {
                count: log.len(),
                max: MAX_CONTACTS,
            },
        ));
        return;
    }
    let mut open = false;
    for (index, contact) in sorted(log) {
        let error = |kind| TimelineIssue::error(IssueField::Contact(index), kind);
        if contact.date > today {
            issues.push(error(IssueKind::InFuture { today }));
        }
        if contact.note.trim().chars().count() > MAX_CONTACT_NOTE_CHARS {
            issues.push(error(IssueKind::NoteTooLong {
                max: MAX_CONTACT_NOTE_CHARS,
            }));
        }
        match contact.event {
            ContactEvent::Sent { action: None, .. } if contact.note.trim().is_empty() => {
                issues.push(error(IssueKind::EmptyContact));
            }
            ContactEvent::PromiseToPay { pay_by } if pay_by < contact.date => {
                issues.push(error(IssueKind::PromiseBeforeMade {
                    made_on: contact.date,
                }));
            }
            ContactEvent::PartPayment { amount }
                if amount <= Decimal::ZERO || amount > MAX_AMOUNT =>
            {
                issues.push(error(IssueKind::InvalidPartPayment { amount }));
            }
            ContactEvent::QueryOpened => open = true,
            ContactEvent::QueryResolved if !open => {
                issues.push(error(IssueKind::NoQueryToResolve));
            }
            ContactEvent::QueryResolved => open = false,
            _ => {}
        }
        let reply = matches!(
            contact.event,
            ContactEvent::PromiseToPay { .. }
                | ContactEvent::QueryOpened
                | ContactEvent::QueryResolved
        );
        if installments && reply {
            issues.push(error(IssueKind::NotWithInstallments));
        }
    }
}

/// The log in date order, each entry with its index in the log (entries of one day keep
/// the log's order).
pub(crate) fn sorted(log: &[Contact]) -> Vec<(usize, &Contact)> {
    let mut entries: Vec<(usize, &Contact)> = log.iter().enumerate().collect();
    entries.sort_by_key(|(index, contact)| (contact.date, *index));
    entries
}

/// A promise to pay: made on `made_on`, to pay by `pay_by`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Promise {
    pub(crate) made_on: NaiveDate,
    pub(crate) pay_by: NaiveDate,
}

/// The events in force, from the log and the single event fields together.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct CaseEvents {
    /// The latest promise (by the day it was made; the input's own fields count as an
    /// entry after the log's entries of that day).
    pub(crate) promise: Option<Promise>,
    /// The latest query (by the day it was opened).
    pub(crate) dispute: Option<super::Dispute>,
    /// The earliest payment in full.
    pub(crate) paid_on: Option<NaiveDate>,
    /// Every part payment, in date order.
    pub(crate) part_payments: Vec<PartPayment>,
    /// The facts for messages.
    pub(crate) history: CaseHistory,
}

/// What the log and the input's event fields say (the log must have passed
/// [`check_contacts`]).
pub(crate) fn case_events(input: &super::TimelineInput) -> CaseEvents {
    let log = sorted(&input.contacts);
    let mut events = CaseEvents::default();
    let mut promises: Vec<Promise> = Vec::new();
    let mut disputes: Vec<super::Dispute> = Vec::new();
    let mut paid: Vec<NaiveDate> = input.paid_on.into_iter().collect();
    let history = &mut events.history;
    for (_, contact) in &log {
        match contact.event {
            ContactEvent::Sent { action, .. } => {
                if action.is_some_and(is_reminder) {
                    history.reminders_sent = history.reminders_sent.saturating_add(1);
                    history.last_sent_on = Some(contact.date);
                }
                history.last_contact_on = Some(contact.date);
                history.last_contact_action = action;
            }
            ContactEvent::PromiseToPay { pay_by } => promises.push(Promise {
                made_on: contact.date,
                pay_by,
            }),
            ContactEvent::QueryOpened => {
                if disputes.last().is_none_or(|d| d.resolved.is_some()) {
                    disputes.push(super::Dispute {
                        opened: contact.date,
                        resolved: None,
                    });
                }
            }
            ContactEvent::QueryResolved => {
                if let Some(open) = disputes.last_mut().filter(|d| d.resolved.is_none()) {
                    open.resolved = Some(contact.date);
                }
            }
            ContactEvent::PartPayment { amount } => {
                events.part_payments.push(PartPayment {
                    date: contact.date,
                    amount,
                });
            }
            ContactEvent::PaidInFull => paid.push(contact.date),
        }
    }
    if let Some(pay_by) = input.promise_to_pay {
        promises.push(Promise {
            made_on: input.promise_made_on.unwrap_or(input.today),
            pay_by,
        });
    }
    if let Some(dispute) = input.dispute {
        disputes.push(dispute);
    }
    // Stable: of two promises made on one day, the later entry counts.
    promises.sort_by_key(|p| p.made_on);
    disputes.sort_by_key(|d| d.opened);
    events.paid_on = paid.into_iter().min();
    events.promise = promises.last().copied();
    events.dispute = disputes.last().copied();

    let history = &mut events.history;
    // A promise is broken when its date (never before the due date) passed with no
    // payment in full, before today or before the next promise was made.
    let kept_until = |p: &Promise| p.pay_by.max(input.due_date);
    for (index, promise) in promises.iter().enumerate() {
        let deadline = kept_until(promise);
        let looked_at = promises
            .get(index + 1)
            .map_or(input.today, |next| next.made_on);
        let paid_in_time = events.paid_on.is_some_and(|paid| paid <= deadline);
        if deadline < looked_at && !paid_in_time {
            history.promise_broken_on = deadline.succ_opt();
        }
    }
    history.promised_by = events.promise.map(|p| p.pay_by);
    history.query_open_since = events
        .dispute
        .filter(|d| d.resolved.is_none() && events.paid_on.is_none())
        .map(|d| d.opened);
    history.paid_on = events.paid_on;
    history.last_part_payment = events.part_payments.last().copied();
    if !events.part_payments.is_empty() {
        // At most MAX_CONTACTS amounts of at most MAX_AMOUNT each: far inside Decimal.
        history.part_paid = events
            .part_payments
            .iter()
            .try_fold(Decimal::ZERO, |total, payment| total.plus(payment.amount));
    }
    events
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::currency::currency;
    use rust_decimal_macros::dec;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a valid date")
    }

    fn every_kind() -> Vec<Contact> {
        let mut own = Contact::new(
            date(2026, 12, 1),
            ContactEvent::Sent {
                action: None,
                channel: Channel::PhoneCall,
            },
        );
        own.note =
            "Left a voicemail | 100% sure, they said \"Friday, maybe\"\r\nsecond line".into();
        vec![
            Contact::sent(
                date(2026, 11, 2),
                StageAction::FriendlyOverdue,
                Channel::Email,
            ),
            own,
            Contact::new(
                date(2026, 12, 2),
                ContactEvent::PromiseToPay {
                    pay_by: date(2026, 12, 9),
                },
            ),
            Contact::new(date(2026, 12, 3), ContactEvent::QueryOpened),
            Contact::new(date(2026, 12, 4), ContactEvent::QueryResolved),
            Contact::new(
                date(2026, 12, 5),
                ContactEvent::PartPayment {
                    amount: dec!(1200.50),
                },
            ),
            Contact::new(date(2026, 12, 6), ContactEvent::PaidInFull),
        ]
    }

    #[test]
    fn every_kind_survives_the_saved_form_and_its_separators() {
        let log = every_kind();
        let text = encode_contacts(&log);
        assert!(!text.contains('\n'));
        assert_eq!(text.matches('|').count(), log.len());
        assert_eq!(decode_contacts(&text), log);
    }

    #[test]
    fn untrusted_saved_text_keeps_only_what_reads() {
        for junk in ["", "0|", "x", "|||", "1", "2|2026-12-01,paid_in_full,"] {
            assert!(decode_contacts(junk).is_empty(), "{junk:?}");
        }
        let text = [
            "1",
            "2026-13-01,paid_in_full,",          // no such date
            "2026-12-01,shouted,",               // no such kind
            "2026-12-01,sent,thank_you,fax,",    // no such channel
            "2026-12-01,sent,nudge,email,",      // no such action
            "2026-12-01,part_payment,1e3,",      // not a plain decimal
            "2026-12-01,part_payment,1.200,00,", // one field too many
            "2026-12-01,promise_to_pay,,",       // no date
            "2026-12-01,query_opened",           // no note field
            "2026-12-01,query_opened,%ZZ%7c%2",  // unknown escapes kept
        ]
        .join("|");
        let log = decode_contacts(&text);
        assert_eq!(log.len(), 1);
        assert_eq!(log[0].note, "%ZZ|%2");
        let many = format!(
            "1{}",
            format!(
                "|2026-12-01,query_opened,{}",
                "x".repeat(MAX_CONTACT_NOTE_CHARS + 9)
            )
            .repeat(MAX_CONTACTS + 3)
        );
        let log = decode_contacts(&many);
        assert_eq!(log.len(), MAX_CONTACTS);
        assert_eq!(log[0].note.chars().count(), MAX_CONTACT_NOTE_CHARS);
    }

    #[test]
    fn the_form_reads_each_kind_and_reports_each_field() {
        let today = date(2026, 12, 7);
        let gbp = currency("GBP").expect("GBP");
        let read = |draft: &ContactDraft| parse_contact(draft, NumberLocale::EnGb, gbp, today);
        for contact in every_kind() {
            let draft = ContactDraft::from_contact(&contact, NumberLocale::EnGb);
            let mut expected = contact.clone();
            expected.note = expected.note.trim().to_owned();
            assert_eq!(read(&draft), Ok(expected));
        }
        let blank = ContactDraft::default();
        assert_eq!(
            read(&blank),
            Err(vec![
                (
                    ContactField::Date,
                    ContactProblem::Date(DateParseError::Empty)
                ),
                (ContactField::Note, ContactProblem::NoteRequired),
            ])
        );
        let promise = ContactDraft {
            date: "2026-12-05".into(),
            kind: ContactKind::PromiseToPay,
            pay_by: "2026-12-04".into(),
            note: "x".repeat(MAX_CONTACT_NOTE_CHARS + 1),
            ..ContactDraft::default()
        };
        assert_eq!(
            read(&promise),
            Err(vec![
                (ContactField::PayBy, ContactProblem::PayByBeforeDate),
                (
                    ContactField::Note,
                    ContactProblem::TooLong {
                        max: MAX_CONTACT_NOTE_CHARS
                    }
                ),
            ])
        );
        // A promised date after today is fine: the promise is about the future.
        let later = ContactDraft {
            pay_by: "2027-01-15".into(),
            note: String::new(),
            ..promise
        };
        assert!(read(&later).is_ok());
        for (typed, problem) in [
            ("0", AmountError::NotPositive),
            ("", AmountError::Empty),
            (
                "12.345",
                AmountError::TooManyDecimals {
                    max: 2,
                    currency: "GBP",
                },
            ),
        ] {
            let part = ContactDraft {
                date: "2026-12-05".into(),
                kind: ContactKind::PartPayment,
                amount: typed.into(),
                ..ContactDraft::default()
            };
            assert_eq!(
                read(&part),
                Err(vec![(
                    ContactField::Amount,
                    ContactProblem::Amount(problem)
                )]),
                "{typed:?}"
            );
        }
    }

    #[test]
    fn history_counts_reminders_and_finds_the_broken_promise() {
        let mut input = super::super::TimelineInput::new(
            super::super::Policy::standard(),
            date(2026, 10, 30),
            date(2026, 12, 20),
        );
        input.contacts = vec![
            Contact::sent(
                date(2026, 10, 31),
                StageAction::FriendlyOverdue,
                Channel::Email,
            ),
            Contact::sent(
                date(2026, 11, 6),
                StageAction::SecondFollowUp,
                Channel::Email,
            ),
            Contact::new(
                date(2026, 11, 10),
                ContactEvent::PromiseToPay {
                    pay_by: date(2026, 11, 20),
                },
            ),
            Contact::sent(
                date(2026, 11, 23),
                StageAction::PromiseMissed,
                Channel::PhoneCall,
            ),
            Contact::new(
                date(2026, 11, 24),
                ContactEvent::PromiseToPay {
                    pay_by: date(2026, 12, 31),
                },
            ),
            Contact::new(
                date(2026, 11, 30),
                ContactEvent::PartPayment { amount: dec!(800) },
            ),
            Contact::new(
                date(2026, 12, 10),
                ContactEvent::PartPayment { amount: dec!(400) },
            ),
        ];
        let events = case_events(&input);
        let history = &events.history;
        assert_eq!(history.reminders_sent, 2);
        assert_eq!(history.last_sent_on, Some(date(2026, 11, 6)));
        assert_eq!(history.last_contact_on, Some(date(2026, 11, 23)));
        assert_eq!(
            history.last_contact_action,
            Some(StageAction::PromiseMissed)
        );
        assert_eq!(history.promise_broken_on, Some(date(2026, 11, 21)));
        assert_eq!(history.promised_by, Some(date(2026, 12, 31)));
        assert_eq!(history.part_paid, Some(dec!(1200)));
        assert_eq!(
            events.promise,
            Some(Promise {
                made_on: date(2026, 11, 24),
                pay_by: date(2026, 12, 31)
            })
        );
        // A promise replaced before its date passed is not broken.
        input.contacts.remove(3);
        input.contacts[3].date = date(2026, 11, 15);
        assert_eq!(case_events(&input).history.promise_broken_on, None);
    }
}
