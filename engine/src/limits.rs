//! Every limit on input, in one table. The app's forms, the JavaScript API and the engine's
//! own checks all read these constants: a limit is written here once and nowhere else
//! (the modules that enforce one re-export it under the name their documentation uses).
//!
//! | limit | value | what it bounds | enforced by |
//! |---|---|---|---|
//! | [`MAX_AMOUNT`] | 1,000,000,000,000 | any amount or plain number typed or passed (invoice amount, plan and discount money fields, balances, fees) | [`crate::amount`] parsers; plan and discount validation |
//! | [`MAX_AMOUNT_INPUT_CHARS`] | 64 | the text of one typed amount or number | [`crate::amount`] parsers |
//! | [`MAX_TEXT_CHARS`] | 200 | names, invoice number, sender name, a case's name | [`crate::invoice`], [`crate::message::short_text`], saved work |
//! | [`MAX_LINK_CHARS`] | 2,000 | the payment link | [`crate::invoice`] |
//! | [`MAX_INSTALLMENTS`] | 600 | instalments of a plan (down payment not counted) | [`crate::plan`] |
//! | [`MAX_PAYMENTS`] | 601 | dated payments a timeline follows (a plan's instalments and its down payment) | [`crate::timeline`] |
//! | [`MAX_COMPARE`] | 3 | plan options compared side by side | [`crate::plan::compare`] |
//! | [`MAX_EXTRA_HOLIDAYS`] | 1,000 | the client's own closing days in a calendar | plan draft, plan validation |
//! | [`MAX_GRACE_DAYS`] | 365 | grace days before a missed instalment costs a fee | [`crate::plan`] |
//! | [`MAX_INTERVAL_DAYS`] | 65,535 | "every N days" | plan draft |
//! | [`MAX_DAYS`] | 36,500 | any day count of the discount analysis | [`crate::discount`] |
//! | [`MAX_HOURS`] | 100,000 | staff hours of the discount analysis | [`crate::discount`] |
//! | [`MIN_OFFSET_DAYS`] / [`MAX_OFFSET_DAYS`] | −90 / 365 | a reminder step's day offset from the due date | [`crate::timeline`] policy checks |
//! | [`MAX_OFFSET_CHARS`] | 12 | the text of one typed day offset | timeline draft |
//! | [`MAX_STAGES`] | 50 | steps of a reminder policy | [`crate::timeline`] policy checks |
//! | send time | `H:MM`, `HH:MM` or `HH:MM:SS`, 00:00 to 23:59:59 | a policy's send time | [`crate::dates::parse_time_of_day`] |
//! | [`MAX_TEMPLATE_CHARS`] | 50,000 | a template's subject or body | message inputs, saved work |
//! | [`MAX_SIGNATURE_CHARS`] | 1,000 | a message's signature | message inputs |
//! | [`MAX_INVOICES`] | 100 | invoices of one client account | [`crate::account`] |
//! | [`MAX_PAYMENTS_RECEIVED`] | 500 | payments received on one client account | [`crate::account`] |
//! | [`MAX_NOTE_CHARS`] | 500 | the note of an invoice in a client account | [`crate::account`] |
//! | [`MAX_CONTACTS`] | 200 | entries of a case's contact log | [`crate::timeline`] (log checks, saved form) |
//! | [`MAX_CONTACT_NOTE_CHARS`] | 500 | the note of one contact-log entry | contact draft, log checks |
//!
//! Dates everywhere are between 1990-01-01 and 2100-12-31 ([`crate::dates::parse_date`]).

use rust_decimal::Decimal;

/// The largest amount or number accepted anywhere: 1,000,000,000,000 (one trillion), in the
/// currency of the invoice. Exactly this value is accepted. A sanity bound that keeps every
/// derived figure (interest over decades, sums of hundreds of instalments) far inside
/// [`Decimal`]'s range.
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::limits::MAX_AMOUNT;
///
/// assert_eq!(MAX_AMOUNT, dec!(1_000_000_000_000));
/// ```
pub const MAX_AMOUNT: Decimal = Decimal::from_parts(3_567_587_328, 232, 0, false, 0);

/// Typed amounts and numbers longer than this many characters (after trimming surrounding
/// white space) are refused as not a number: no real amount is that long.
pub const MAX_AMOUNT_INPUT_CHARS: usize = 64;

/// The longest name, invoice number or sender name accepted, in characters (after
/// trimming).
pub const MAX_TEXT_CHARS: usize = 200;

/// The longest payment link accepted, in characters.
pub const MAX_LINK_CHARS: usize = 2000;

/// The most instalments a plan may have (the down payment not counted): 600, fifty years of
/// monthly payments.
pub const MAX_INSTALLMENTS: u32 = 600;

/// The most dated payments a timeline follows: a plan's [`MAX_INSTALLMENTS`] and its down
/// payment. A guard that keeps the timeline (two steps and two accruals per payment)
/// instant.
pub const MAX_PAYMENTS: usize = MAX_INSTALLMENTS as usize + 1;

/// The most plan options compared side by side: 3.
pub const MAX_COMPARE: usize = 3;

/// The most extra closing days (the client's own holidays) a calendar may list: 1,000.
/// Each is checked one by one; a list pasted from a spreadsheet of several years fits.
pub const MAX_EXTRA_HOLIDAYS: usize = 1_000;

/// The longest grace period accepted: 365 days.
pub const MAX_GRACE_DAYS: u32 = 365;

/// The longest interval of "every N days": 65,535 days (the engine keeps it in a `u16`).
pub const MAX_INTERVAL_DAYS: u32 = u16::MAX as u32;

/// The largest number of days accepted in any day field of the discount analysis: 36,500
/// (a century).
pub const MAX_DAYS: i64 = 36_500;

/// The largest number of staff hours accepted: 100,000.
pub const MAX_HOURS: Decimal = Decimal::from_parts(100_000, 0, 0, false, 0);

/// The earliest a reminder step may be: 90 days before the due date. Earlier reminders are
/// forgotten by the time the invoice falls due.
pub const MIN_OFFSET_DAYS: i32 = -90;

/// The latest a reminder step may be: 365 days after the due date. A debt still chased
/// after a year belongs with a solicitor, not a reminder ladder.
pub const MAX_OFFSET_DAYS: i32 = 365;

/// The longest typed day offset kept, in characters (a day count is a few characters).
pub const MAX_OFFSET_CHARS: usize = 12;

/// The most steps a reminder policy may have: 50 (the presets have 5 to 7). A guard
/// against a runaway list, so that every check stays instant.
pub const MAX_STAGES: usize = 50;

/// The longest template subject or body accepted, in characters.
pub const MAX_TEMPLATE_CHARS: usize = 50_000;

/// The longest signature accepted under a message, in characters (a few lines).
pub const MAX_SIGNATURE_CHARS: usize = 1_000;

/// The most invoices one client account may hold: 100. A statement of more open invoices
/// for one client belongs in accounting software; the guard keeps every account figure
/// (a statutory claim per invoice and per part payment) instant.
pub const MAX_INVOICES: usize = 100;

/// The most payments received one client account may list: 500 (ten years of weekly part
/// payments). Each payment is allocated in date order; see [`crate::account`].
pub const MAX_PAYMENTS_RECEIVED: usize = 500;

/// The longest note on an invoice of a client account, in characters (after trimming).
pub const MAX_NOTE_CHARS: usize = 500;

/// The most entries a case's contact log may hold: 200 (a message a working day for most of
/// a year). A guard that keeps the timeline instant and a share link short enough.
pub const MAX_CONTACTS: usize = 200;

/// The longest note of one contact-log entry, in characters (after trimming): a few
/// sentences ("spoke to Sam in accounts, invoice approved, paid on Friday's run").
pub const MAX_CONTACT_NOTE_CHARS: usize = 500;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_amount_limit_is_one_trillion() {
        assert_eq!(MAX_AMOUNT, Decimal::from(1_000_000_000_000_i64));
        assert_eq!(MAX_HOURS, Decimal::from(100_000));
    }

    #[test]
    fn a_timeline_follows_every_payment_of_the_longest_plan() {
        assert_eq!(MAX_PAYMENTS, 601);
    }
}
