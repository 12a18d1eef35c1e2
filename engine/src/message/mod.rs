//! Reminder and message composer: templates, rendering, the tone check, and ways out
//! (`mailto:` link, counts, safe HTML).
//!
//! # Templates
//!
//! A small Jinja-like language, rendered in one pass by a hand-written engine. Measured in a
//! release WebAssembly build (`opt-level = "z"`, LTO, `wasm-opt -Oz`, gzip -9), MiniJinja
//! 2.24 with default features off, rendering one template with two custom filters, added
//! about 119 KB (MiniJinja 3.1: 114 KB) against 7 KB for a minimal hand-written renderer:
//! more than the app's whole remaining budget. This module as a whole (engine, tone check,
//! outputs and the 43 English templates) adds about 20 KB, 5 KB of it the templates. The
//! engine is fuzzed (`engine/fuzz`, target `template_parser`).
//!
//! | syntax | meaning |
//! |---|---|
//! | `{{ name }}` | a placeholder from the table below |
//! | `{{ name \| date("short") }}` | a filter, with an optional quoted argument; filters chain |
//! | `{{ today + 7 days }}` | date arithmetic: `+` or `-`, `N` of 0–9999, then `day(s)`, `week(s)`, `month(s)` or `business day(s)` (the context's calendar) |
//! | `{{ (today + 7 days) \| date("long") }}` | parentheses are optional: filters apply to the whole sum |
//! | `{% if name %}…{% else %}…{% endif %}` | optional parts: true when the value is given and not blank |
//! | `{% if not name %}`, `{% if name == "UK" %}`, `{% if name != "UK" %}` | negation and comparison of the written value (ASCII letter case ignored) |
//!
//! Filters: `date` or `date("long" | "short" | "weekday")` on dates (see [`DateStyle`]);
//! `money` on amounts and numbers (amounts are written with [`format_amount`] anyway);
//! `count("# instalment|# instalments")` on numbers: the form the message's language takes
//! for that number ([`crate::plural`]: "1 instalment", "3 instalments"; in French 0 and 1
//! are singular), `#` standing for the number; `default("text")` for a missing value. A block tag (`{% … %}`) alone on its line
//! removes that line; ifs nest up to [`MAX_DEPTH`] deep.
//!
//! Rendering never stops at a problem: every error is reported with its byte offset, line
//! and column ([`TemplateError`]), and the rest is still rendered. A placeholder that is
//! unknown, misspelt or has no value is kept as written (`{{ clinet_name }}`), so the
//! preview shows where it is.
//!
//! # Placeholders
//!
//! | name | kind | example (en-GB) |
//! |---|---|---|
//! | `your_business` | text | Brightside Design Ltd |
//! | `client_business` | text | Northwind Traders |
//! | `client_contact` | text | Sam Patel |
//! | `client_sole_trader` | if only | the client is a sole trader (an individual in business): in England and Wales the letter before claim then follows the Pre-Action Protocol for Debt Claims |
//! | `invoice_number` | text | INV-2041 |
//! | `amount` | money | £4,800.00 (the invoice amount) |
//! | `balance` | money | £3,200.00 (still outstanding: as given, else the amount less `part_paid`) |
//! | `currency` | text | GBP |
//! | `issue_date` | date | 2 November 2026 |
//! | `due_date` | date | 1 December 2026 |
//! | `today` | date | 15 December 2026 |
//! | `days_overdue` | number | 14 (0 until the day after the due date) |
//! | `payment_link` | text | https://pay.example.com/inv-2041 |
//! | `sender_name` | text | Alex Morgan |
//! | `signature` | text | Alex Morgan, Accounts |
//! | `sign_off` | text | the signature, else the sender's name over your business name |
//! | `promise_date` | date | 19 December 2026 |
//! | `reminders_sent` | number | 2 (reminders logged as sent before this message; missing on a first contact, so `{% if reminders_sent %}` is false then) |
//! | `last_sent_on` | date | 30 November 2026 (the day the last reminder went out) |
//! | `promise_broken_on` | date | 20 December 2026 (the day after a promised date passed unpaid) |
//! | `part_paid` | money | £1,600.00 (paid in part so far; `balance` is what is left) |
//! | `plan` | if only | a payment plan is given |
//! | `plan_list` | text | the payments as a plain-text list, one a line: `- 5 January 2027: £1,600.00`, the down payment marked `(down payment)` |
//! | `plan_table` | table | the plan as a Markdown-style pipe table (see [`to_html`]); the shipped templates use `plan_list` |
//! | `plan_schedule` | text | the plan's own preformatted text table, as given |
//! | `plan_count` | number | 6 (the instalments, not counting a down payment) |
//! | `plan_down_payment` | money | £1,200.00 (the down payment, when the plan starts with one) |
//! | `plan_next_date` | date | 5 January 2027 |
//! | `plan_next_amount` | money | £1,600.00 |
//! | `plan_reply_by` | date | 18 December 2026: the day a proposal asks for an answer by (five business days from today, at the latest two business days before the first payment, at the earliest the next business day) |
//! | `discount` | if only | a settlement discount is given |
//! | `discount_percent` | percent | 2.5% |
//! | `discount_amount` | money | £80.00 (the reduction) |
//! | `discount_net` | money | £3,120.00 (what to pay) |
//! | `discount_deadline` | date | 22 December 2026 |
//! | `statutory` | if only | a statutory claim is given |
//! | `statutory_regime` | text | UK or EU |
//! | `statutory_rate` | percent | 12.75% (a year, in force today: the claim's last half-year) |
//! | `statutory_interest` | money | £21.50 |
//! | `statutory_compensation` | money | £70.00 |
//! | `statutory_total` | money | £91.50 (interest + compensation, + collection costs) |
//! | `statutory_claimed` | if only | the creditor has decided to claim it |
//! | `statutory_law` | text | `uk`, `ie`, `de`, `fr`, `nl`, `es` or `eu`: whose statutes apply |
//! | `statutory_law_title` | text | Late Payment of Commercial Debts (Interest) Act 1998 |
//! | `statutory_interest_law` | text | the provisions granting the interest (§ 288 Abs. 2 BGB; § 247 BGB) |
//! | `statutory_compensation_law` | text | the provisions on the fixed compensation (§ 288 Abs. 5 BGB) |
//! | `statutory_reference_rate` | percent | 4.75% (the reference rate in force today) |
//! | `statutory_margin` | text | 8 (percentage points over it) |
//! | `statutory_collection_costs` | money | €875.00 (Netherlands: the BIK scale) |
//! | `account` | if only | a client account of more than one invoice is given |
//! | `open_invoices` | text | the account's open invoices, one per line, and the total outstanding (plain text) |
//! | `open_invoice_count` | number | 2 (invoices of the account with a balance) |
//! | `several_invoices` | if only | the message is about several invoices of the account: more than one is open (or, none being open, the account has more than one), so `invoice_number` lists them (`INV-101, INV-102`) and `amount` is what they come to together |
//! | `paid_so_far` | money | £1,000.00 (everything received on the account; missing while nothing was) |
//! | `last_payment_date` | date | 20 November 2026 (the latest payment received) |
//! | `last_payment_amount` | money | £1,000.00 |
//!
//! The same list is [`PLACEHOLDERS`], for the editor's help.
//!
//! The four history values (`reminders_sent`, `last_sent_on`, `promise_broken_on`,
//! `part_paid`) come from the case's contact log: the timeline's
//! [`CaseHistory::fill_message`](crate::timeline::CaseHistory::fill_message) (also in
//! [`NextStep::history`](crate::timeline::NextStep)) copies them into the context, so a
//! template can word a first contact, a message after reminders, after a broken promise
//! or after a part payment differently:
//! `{% if reminders_sent %}As mentioned in my message of {{ last_sent_on }}, …{% endif %}`.
//!
//! # Shipped templates
//!
//! Every template, tone and language writes around any optional value left out and needs
//! only what [`TemplateId::needs`] lists, reported in [`RenderedMessage::missing`] (the
//! text never shows template code). The last step before court, [`TemplateId::FormalDemand`],
//! is each country's own letter in its language, chosen by the claim's jurisdiction: a
//! letter before claim (England and Wales: the Practice Direction on Pre-Action Conduct, or
//! for a sole trader, `client_sole_trader`, the Pre-Action Protocol for Debt Claims), a
//! letzte Mahnung (§§ 286, 288 BGB), a mise en demeure (art. L. 441-10, D. 441-5 Code de
//! commerce), a requerimiento de pago (Ley 3/2004, arts. 7–8), a sommatie and
//! ingebrekestelling (art. 6:82, 6:119a, 6:96 BW; for a sole trader also the fourteen-day
//! letter of art. 6:96 lid 6 BW); another law, or another language, gets a formal demand
//! citing that law's provisions. The tone check leaves the formulas these letters must
//! contain alone (French: « mise en demeure de payer ») and still flags real threats.
//!
//! [`TemplateId`] × [`ToneVariant`] (see [`available_tones`]) in British English, and
//! American English where spelling differs; [`template`] gives the source, [`render_message`]
//! renders it. Every shipped template passes [`tone_check`] with no finding.
//!
//! ```
//! use chrono::NaiveDate;
//! use rust_decimal_macros::dec;
//! use tactful_engine::currency::currency;
//! use tactful_engine::message::*;
//!
//! let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
//! let mut ctx = MessageContext::new(dec!(4800), currency("GBP").unwrap(), date(2026, 12, 1), date(2026, 12, 15));
//! ctx.client_business = "Northwind Traders".into();
//! ctx.client_contact = "Sam".into();
//! ctx.invoice_number = "INV-2041".into();
//! ctx.your_business = "Brightside Design Ltd".into();
//!
//! let message = render_message(TemplateId::FinalNotice, ToneVariant::Neutral, lang::LangPack::BRITISH, &ctx).unwrap();
//! assert_eq!(message.subject, "Final reminder: invoice INV-2041");
//! assert!(message.body.contains("by 25 December 2026, we will pass the account"));
//! assert!(message.errors.is_empty());
//! assert!(tone_check(&message.body, lang::LangPack::BRITISH).is_empty());
//! ```

// The wording switches shared by every language's templates (library.rs, lang/*.rs):
// defined before those modules so that they are in scope there.
/// `$several` for several open invoices, else `$one`.
macro_rules! several {
    ($several:literal, $one:literal) => {
        concat!(
            "{% if several_invoices %}",
            $several,
            "{% else %}",
            $one,
            "{% endif %}"
        )
    };
}
/// `$words` for several open invoices only.
macro_rules! if_several {
    ($words:literal) => {
        concat!("{% if several_invoices %}", $words, "{% endif %}")
    };
}

mod dates;
pub mod lang;
mod library;
mod output;
mod people;
mod template;
mod tone;
mod values;

pub use dates::{DateFormat, DateNames, DateStyle, EN_GB_DATES, EN_US_DATES, ISO_DATES};
pub use library::{available_tones, template, Template, TemplateId, ToneVariant};
pub use output::{counts, html_escape, mailto_link, to_html, MailtoLink, MAILTO_MAX_CHARS};
pub use people::{from_people, to_people, PeopleText, PeopleToken, PeopleWords};
pub use template::{Rendered, TemplateError, TemplateErrorKind, MAX_DEPTH, MAX_ERRORS, MAX_STEP};
pub use tone::{tone_check, tone_reason, ToneFinding, ToneKind};
pub use values::{MissingField, Placeholder, PlaceholderKind, PLACEHOLDERS};

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::account::AccountReport;
use crate::amount::NumberLocale;
use crate::calendar::BusinessCalendar;
use crate::currency::Currency;
use crate::invoice::Invoice;
use crate::statutory::{Jurisdiction, Regime, StatutoryClaim};
use lang::LangPack;
use values::Env;

/// One payment of a plan.
///
/// ```
/// use chrono::NaiveDate;
/// use rust_decimal_macros::dec;
/// use tactful_engine::message::PlanRow;
///
/// let row = PlanRow { date: NaiveDate::from_ymd_opt(2027, 1, 5).unwrap(), amount: dec!(1600) };
/// assert_eq!(row.amount, dec!(1600));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanRow {
    /// When it is due.
    pub date: NaiveDate,
    /// How much, in the invoice currency.
    pub amount: Decimal,
}

/// A payment plan, as the plan tool hands it over.
///
/// ```
/// use tactful_engine::message::PlanDetails;
///
/// let plan = PlanDetails::default();
/// assert!(plan.rows.is_empty() && plan.next.is_none());
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PlanDetails {
    /// The payments, in date order.
    pub rows: Vec<PlanRow>,
    /// The plan's own preformatted text table (`{{ plan_schedule }}`).
    pub table_text: String,
    /// The payment the message is about (the next one due, or the one missed). When
    /// `None`: the first row dated today or later.
    pub next: Option<PlanRow>,
    /// Whether the first row is a down payment: `plan_count` then counts the instalments
    /// after it, and `plan_down_payment` is its amount.
    pub down_payment: bool,
}

impl PlanDetails {
    /// The down payment (the first row, when `down_payment`).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use rust_decimal_macros::dec;
    /// use tactful_engine::message::{PlanDetails, PlanRow};
    ///
    /// let day = NaiveDate::from_ymd_opt(2027, 1, 5).unwrap();
    /// let rows = vec![PlanRow { date: day, amount: dec!(1000) }, PlanRow { date: day, amount: dec!(600) }];
    /// let plan = PlanDetails { rows, down_payment: true, ..PlanDetails::default() };
    /// assert_eq!(plan.down_payment_row().map(|row| row.amount), Some(dec!(1000)));
    /// assert_eq!(plan.installments().len(), 1);
    /// ```
    pub fn down_payment_row(&self) -> Option<&PlanRow> {
        self.rows.first().filter(|_| self.down_payment)
    }

    /// The instalments: every row but the down payment.
    pub fn installments(&self) -> &[PlanRow] {
        match self.down_payment_row() {
            Some(_) => self.rows.get(1..).unwrap_or(&[]),
            None => &self.rows,
        }
    }
}

/// An early-settlement discount offered to the client.
///
/// ```
/// use chrono::NaiveDate;
/// use rust_decimal_macros::dec;
/// use tactful_engine::message::DiscountDetails;
///
/// let offer = DiscountDetails {
///     percent: dec!(2.5),
///     amount: dec!(80),
///     net: dec!(3120),
///     deadline: NaiveDate::from_ymd_opt(2026, 12, 22).unwrap(),
/// };
/// assert_eq!(offer.net + offer.amount, dec!(3200));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiscountDetails {
    /// The reduction in percent (`2.5` for 2.5%).
    pub percent: Decimal,
    /// The reduction, in the invoice currency.
    pub amount: Decimal,
    /// What the client pays to settle.
    pub net: Decimal,
    /// The last day the offer holds.
    pub deadline: NaiveDate,
}

/// A statutory late-payment claim, amounts in the invoice currency.
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::message::StatutoryDetails;
/// use tactful_engine::statutory::Regime;
///
/// let claim = StatutoryDetails {
///     regime: Regime::Uk,
///     rate: dec!(12.75),
///     interest: dec!(21.50),
///     compensation: dec!(70),
///     total: dec!(91.50),
///     ..StatutoryDetails::default()
/// };
/// assert_eq!(claim.interest + claim.compensation, claim.total);
/// assert!(claim.claimed);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatutoryDetails {
    /// Which law family: chooses the wording when `jurisdiction` is not given.
    pub regime: Regime,
    /// The annual interest rate in percent.
    pub rate: Decimal,
    /// Interest so far.
    pub interest: Decimal,
    /// Fixed compensation.
    pub compensation: Decimal,
    /// Everything claimed: interest + compensation (+ collection costs).
    pub total: Decimal,
    /// The country whose law applies (its statutes are cited); `None`: `regime`'s.
    #[serde(default)]
    pub jurisdiction: Option<Jurisdiction>,
    /// The reference rate in percent, when known.
    #[serde(default)]
    pub reference_rate: Option<Decimal>,
    /// The margin over it in percentage points, when known.
    #[serde(default)]
    pub margin: Option<Decimal>,
    /// Collection costs (Netherlands), when any.
    #[serde(default)]
    pub collection_costs: Option<Decimal>,
    /// Whether the creditor has decided to claim it ("I intend to claim it"): letters
    /// claim it only then, and otherwise may mention the right. Default true.
    #[serde(default = "yes")]
    pub claimed: bool,
}

fn yes() -> bool {
    true
}

impl Default for StatutoryDetails {
    fn default() -> Self {
        StatutoryDetails {
            regime: Regime::Uk,
            rate: Decimal::ZERO,
            interest: Decimal::ZERO,
            compensation: Decimal::ZERO,
            total: Decimal::ZERO,
            jurisdiction: None,
            reference_rate: None,
            margin: None,
            collection_costs: None,
            claimed: true,
        }
    }
}

impl StatutoryDetails {
    /// The details of a computed claim, claimed or only known. The rate (and reference
    /// rate) are those in force on the claim's last day, the ones interest goes on
    /// accruing at: a claim that crosses a 1 January or 1 July reset states today's rate,
    /// not the one of its first half-year (the claim's own `annual_rate`).
    ///
    /// ```
    /// use rust_decimal_macros::dec;
    /// use tactful_engine::message::StatutoryDetails;
    /// use tactful_engine::statutory::{statutory_claim, Regime, StatutoryInput};
    ///
    /// // €8,000 due 15 December 2025, claimed on 30 October 2026: the ECB rate was 2.15%
    /// // on 1 January 2026 and 2.40% on 1 July 2026, + 8 points.
    /// let claim = statutory_claim(&StatutoryInput {
    ///     regime: Regime::Eu,
    ///     principal: dec!(8000),
    ///     currency: "EUR".into(),
    ///     due_date: "2025-12-15".parse().unwrap(),
    ///     interest_start: None,
    ///     until: "2026-10-30".parse().unwrap(),
    ///     reference_rate_override: None,
    ///     eu_margin: None,
    /// })
    /// .unwrap();
    /// assert_eq!(claim.annual_rate, dec!(10.15));
    /// let details = StatutoryDetails::from_claim(&claim, true);
    /// assert_eq!((details.rate, details.reference_rate), (dec!(10.40), Some(dec!(2.40))));
    /// ```
    pub fn from_claim(claim: &StatutoryClaim, claimed: bool) -> Self {
        let latest = claim.periods.last();
        StatutoryDetails {
            regime: claim.regime,
            rate: latest.map_or(claim.annual_rate, |period| period.annual_rate),
            interest: claim.interest,
            compensation: claim.compensation,
            total: claim.claimable(),
            jurisdiction: Some(claim.jurisdiction),
            reference_rate: Some(
                latest.map_or(claim.reference_rate, |period| period.reference_rate),
            ),
            margin: Some(claim.margin),
            collection_costs: (!claim.collection_costs.is_zero()).then_some(claim.collection_costs),
            claimed,
        }
    }

    /// The law whose statutes a message cites.
    pub fn law(&self) -> Jurisdiction {
        self.jurisdiction
            .unwrap_or_else(|| Jurisdiction::from(self.regime))
    }
}

impl StatutoryDetails {
    /// The statutory claim of a client account, worked out invoice by invoice
    /// ([`AccountReport`]): the interest, compensation and (Netherlands) collection costs
    /// still outstanding, their total (the interest alone when the compensation is in
    /// another currency than the account), and the rate in force today on the oldest unpaid
    /// invoice (its `latest_rate`; of the oldest invoice when all are paid). The reference rate and margin are not given:
    /// an account's invoices may have different ones. `None` when no invoice is late.
    ///
    /// ```
    /// use rust_decimal_macros::dec;
    /// use tactful_engine::account::{account_report, check_account, AccountInput, AccountTerms, InvoiceInput, PaymentInput};
    /// use tactful_engine::message::StatutoryDetails;
    /// use tactful_engine::statutory::Jurisdiction;
    ///
    /// let day = |text: &str| text.parse().unwrap();
    /// let account = check_account(&AccountInput {
    ///     invoices: vec![
    ///         InvoiceInput::new("INV-101", day("2026-09-30"), dec!(1200), "GBP"),
    ///         InvoiceInput::new("INV-102", day("2026-10-31"), dec!(3400), "GBP"),
    ///         InvoiceInput::new("INV-103", day("2026-11-15"), dec!(800), "GBP"),
    ///     ],
    ///     payments: vec![PaymentInput::on_account(day("2026-11-20"), dec!(1000))],
    /// }).unwrap();
    /// let report = account_report(&account, &AccountTerms::new(Jurisdiction::Uk, true), day("2026-12-07")).unwrap();
    /// let details = StatutoryDetails::from_account(&report, true).unwrap();
    /// assert_eq!((details.interest, details.compensation, details.total), (dec!(66.97), dec!(180.00), dec!(246.97)));
    /// assert_eq!(details.rate, dec!(11.75));
    /// ```
    pub fn from_account(report: &AccountReport, claimed: bool) -> Option<Self> {
        let totals = &report.totals;
        let oldest = report
            .invoices
            .iter()
            .filter(|invoice| invoice.annual_rate.is_some())
            .min_by_key(|invoice| (invoice.balance.is_zero(), invoice.due_date, invoice.index))?;
        let costs = totals.collection_costs;
        Some(StatutoryDetails {
            regime: report.jurisdiction.regime(),
            rate: oldest
                .latest_rate
                .or(oldest.annual_rate)
                .unwrap_or_default(),
            interest: totals.interest_outstanding,
            compensation: totals.compensation_outstanding,
            total: totals
                .statutory_total
                .unwrap_or(totals.interest_outstanding),
            jurisdiction: Some(report.jurisdiction),
            reference_rate: None,
            margin: None,
            collection_costs: (!costs.is_zero()).then_some(costs),
            claimed,
        })
    }
}

/// A client account's summary for a message: how many invoices, the open ones as plain
/// text, what was paid so far and the latest payment. Made from a report by
/// [`AccountDetails::from_report`], or given by a program (the JavaScript API).
///
/// ```
/// use tactful_engine::message::AccountDetails;
///
/// let details = AccountDetails::default();
/// assert_eq!((details.invoice_count, details.last_payment_date), (0, None));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AccountDetails {
    /// How many invoices the account has (`{% if account %}`: more than one).
    pub invoice_count: usize,
    /// The open invoices, one per line, and the total outstanding, as plain text
    /// ([`open_invoices_text`](crate::account::open_invoices_text)); empty: none open.
    pub open_invoices: String,
    /// How many invoices have a balance (`{% if several_invoices %}`: more than one, or
    /// none of several).
    pub open_invoice_count: usize,
    /// Everything received on the account (zero: nothing yet).
    pub paid_so_far: Decimal,
    /// When the latest payment arrived.
    pub last_payment_date: Option<NaiveDate>,
    /// How much it was.
    pub last_payment_amount: Option<Decimal>,
}

impl AccountDetails {
    /// The summary of `report`, its open invoices written in the language of `lang`. The
    /// latest payment is the one dated last (of payments on one day, the last given).
    ///
    /// ```
    /// use rust_decimal_macros::dec;
    /// use tactful_engine::account::{account_report, check_account, AccountInput, AccountTerms, InvoiceInput, PaymentInput};
    /// use tactful_engine::message::lang::LangPack;
    /// use tactful_engine::message::AccountDetails;
    /// use tactful_engine::statutory::Jurisdiction;
    ///
    /// let day = |text: &str| text.parse().unwrap();
    /// let account = check_account(&AccountInput {
    ///     invoices: vec![
    ///         InvoiceInput::new("INV-101", day("2026-09-30"), dec!(1200), "GBP"),
    ///         InvoiceInput::new("INV-102", day("2026-10-31"), dec!(3400), "GBP"),
    ///     ],
    ///     payments: vec![PaymentInput::on_account(day("2026-11-20"), dec!(1000))],
    /// }).unwrap();
    /// let report = account_report(&account, &AccountTerms::new(Jurisdiction::Uk, false), day("2026-12-07")).unwrap();
    /// let details = AccountDetails::from_report(&report, LangPack::BRITISH);
    /// assert_eq!((details.invoice_count, details.open_invoice_count), (2, 2));
    /// assert_eq!(details.paid_so_far, dec!(1000.00));
    /// assert_eq!(details.last_payment_date, Some(day("2026-11-20")));
    /// // The £1,000 on account went to the oldest invoice first: £200 of INV-101 is left.
    /// assert!(details.open_invoices.contains("\nINV-101  30 September 2026  £1,200.00      £200.00\n"));
    /// ```
    pub fn from_report(report: &AccountReport, lang: LangPack) -> Self {
        let last = report
            .payments
            .iter()
            .enumerate()
            .max_by_key(|(position, payment)| (payment.date, *position))
            .map(|(_, payment)| payment);
        AccountDetails {
            invoice_count: report.invoices.len(),
            open_invoices: crate::account::open_invoices_text(report, lang),
            open_invoice_count: report
                .invoices
                .iter()
                .filter(|invoice| invoice.balance > Decimal::ZERO)
                .count(),
            paid_so_far: report.totals.paid,
            last_payment_date: last.map(|payment| payment.date),
            last_payment_amount: last.map(|payment| payment.amount),
        }
    }
}

/// Everything a message can mention. Blank text counts as missing. Build one with
/// [`MessageContext::new`] or [`MessageContext::from_invoice`], then set the optional
/// parts.
///
/// ```
/// use chrono::NaiveDate;
/// use rust_decimal_macros::dec;
/// use tactful_engine::currency::currency;
/// use tactful_engine::message::MessageContext;
///
/// let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let ctx = MessageContext::new(dec!(4800), currency("GBP").unwrap(), date(2026, 12, 1), date(2026, 12, 15));
/// assert_eq!(ctx.days_overdue(), 14);
/// assert_eq!(ctx.balance(), dec!(4800));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MessageContext {
    /// Your business name.
    #[serde(default)]
    pub your_business: String,
    /// The client's business name.
    #[serde(default)]
    pub client_business: String,
    /// The person written to.
    #[serde(default)]
    pub client_contact: String,
    /// The client is a sole trader (an individual in business), not a company: in England
    /// and Wales the letter before claim then follows the Pre-Action Protocol for Debt
    /// Claims (30 days to reply, the Reply Form, Information Sheet and Financial Statement
    /// enclosed) instead of the Practice Direction on Pre-Action Conduct (14 days); the Dutch
    /// sommatie then also meets the requirements of the fourteen-day letter (art. 6:96 lid 6
    /// BW), in case the debt is held to be a private one (`client_sole_trader`).
    #[serde(default)]
    pub client_sole_trader: bool,
    /// The invoice number.
    #[serde(default)]
    pub invoice_number: String,
    /// The invoice amount.
    pub amount: Decimal,
    /// The invoice currency (serialized as its ISO code).
    #[serde(with = "crate::currency::by_code")]
    pub currency: &'static Currency,
    /// When the invoice was issued.
    #[serde(default)]
    pub issue_date: Option<NaiveDate>,
    /// When payment was due.
    pub due_date: NaiveDate,
    /// The day the message is written.
    pub today: NaiveDate,
    /// What is still outstanding, when not the whole amount.
    #[serde(default)]
    pub balance: Option<Decimal>,
    /// Where the client can pay.
    #[serde(default)]
    pub payment_link: Option<String>,
    /// A payment plan.
    #[serde(default)]
    pub plan: Option<PlanDetails>,
    /// A settlement discount.
    #[serde(default)]
    pub discount: Option<DiscountDetails>,
    /// A statutory interest claim.
    #[serde(default)]
    pub statutory: Option<StatutoryDetails>,
    /// The client account the message is about, when more than the one invoice.
    #[serde(default)]
    pub account: Option<AccountDetails>,
    /// The date the client promised to pay by.
    #[serde(default)]
    pub promise_date: Option<NaiveDate>,
    /// Reminders logged as sent before this message (`reminders_sent`; 0, the default,
    /// is a first contact and leaves the placeholder missing).
    #[serde(default)]
    pub reminders_sent: u32,
    /// The day the last reminder went out (`last_sent_on`).
    #[serde(default)]
    pub last_sent_on: Option<NaiveDate>,
    /// The day after the promised date of the last promise not kept (`promise_broken_on`).
    #[serde(default)]
    pub promise_broken_on: Option<NaiveDate>,
    /// Paid in part so far, in the invoice currency (`part_paid`).
    #[serde(default)]
    pub part_paid: Option<Decimal>,
    /// Who signs.
    #[serde(default)]
    pub sender_name: Option<String>,
    /// A full signature, used instead of the sender's name and business.
    #[serde(default)]
    pub signature: Option<String>,
    /// The calendar for `+ N business days`.
    #[serde(default)]
    pub calendar: BusinessCalendar,
}

impl MessageContext {
    /// A context with the required values; every other field empty.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use rust_decimal_macros::dec;
    /// use tactful_engine::currency::currency;
    /// use tactful_engine::message::MessageContext;
    ///
    /// let day = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    /// let ctx = MessageContext::new(dec!(10), currency("EUR").unwrap(), day, day);
    /// assert!(ctx.payment_link.is_none() && ctx.client_contact.is_empty());
    /// ```
    pub fn new(
        amount: Decimal,
        currency: &'static Currency,
        due_date: NaiveDate,
        today: NaiveDate,
    ) -> Self {
        MessageContext {
            your_business: String::new(),
            client_business: String::new(),
            client_contact: String::new(),
            client_sole_trader: false,
            invoice_number: String::new(),
            amount,
            currency,
            issue_date: None,
            due_date,
            today,
            balance: None,
            payment_link: None,
            plan: None,
            discount: None,
            statutory: None,
            account: None,
            promise_date: None,
            reminders_sent: 0,
            last_sent_on: None,
            promise_broken_on: None,
            part_paid: None,
            sender_name: None,
            signature: None,
            calendar: BusinessCalendar::default(),
        }
    }

    /// A context from the shared invoice, on `today`.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use tactful_engine::invoice::{parse_invoice, InvoiceDraft};
    /// use tactful_engine::amount::NumberLocale;
    /// use tactful_engine::message::MessageContext;
    ///
    /// let draft = InvoiceDraft {
    ///     invoice_number: "INV-7".into(),
    ///     amount: "1,200".into(),
    ///     currency: "GBP".into(),
    ///     due_date: "2026-12-01".into(),
    ///     ..InvoiceDraft::default()
    /// };
    /// let invoice = parse_invoice(&draft, NumberLocale::EnGb).unwrap();
    /// let ctx = MessageContext::from_invoice(&invoice, NaiveDate::from_ymd_opt(2026, 12, 3).unwrap());
    /// assert_eq!((ctx.invoice_number.as_str(), ctx.days_overdue()), ("INV-7", 2));
    /// ```
    pub fn from_invoice(invoice: &Invoice, today: NaiveDate) -> Self {
        MessageContext {
            your_business: invoice.your_business.clone(),
            client_business: invoice.client_business.clone(),
            client_contact: invoice.client_contact.clone(),
            invoice_number: invoice.invoice_number.clone(),
            issue_date: invoice.issue_date,
            payment_link: invoice.payment_link.clone(),
            ..MessageContext::new(invoice.amount, invoice.currency, invoice.due_date, today)
        }
    }

    /// Days past the due date on `today` (0 until the day after it).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use rust_decimal_macros::dec;
    /// use tactful_engine::currency::currency;
    /// use tactful_engine::message::MessageContext;
    ///
    /// let date = |d| NaiveDate::from_ymd_opt(2026, 12, d).unwrap();
    /// assert_eq!(MessageContext::new(dec!(1), currency("GBP").unwrap(), date(5), date(1)).days_overdue(), 0);
    /// ```
    pub fn days_overdue(&self) -> i64 {
        crate::dates::days_overdue(self.due_date, self.today)
    }

    /// The outstanding balance: `balance`; else the amount less `part_paid` (when that
    /// leaves more than nothing); else the whole amount.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use rust_decimal_macros::dec;
    /// use tactful_engine::currency::currency;
    /// use tactful_engine::message::MessageContext;
    ///
    /// let day = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    /// let mut ctx = MessageContext::new(dec!(100), currency("GBP").unwrap(), day, day);
    /// ctx.balance = Some(dec!(40));
    /// assert_eq!(ctx.balance(), dec!(40));
    /// ```
    pub fn balance(&self) -> Decimal {
        use crate::decimal_ops::DecimalOps;
        self.balance.unwrap_or_else(|| {
            self.part_paid
                .and_then(|paid| self.amount.minus(paid))
                .filter(|left| *left > Decimal::ZERO)
                .unwrap_or(self.amount)
        })
    }
}

/// A text typed for a message (a sender's name, a signature): longer than its limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct TextTooLong {
    /// The limit, in characters.
    pub max: usize,
}

impl std::fmt::Display for TextTooLong {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "longer than {} characters", self.max)
    }
}

impl std::error::Error for TextTooLong {}

/// A short text for a message (the sender's name, a signature…), as the app's form and
/// the JavaScript API both read it: trimmed; blank is none; at most `max` characters
/// ([`crate::limits::MAX_TEXT_CHARS`] for names).
///
/// # Errors
/// [`TextTooLong`] above `max` characters.
///
/// ```
/// use tactful_engine::limits::MAX_TEXT_CHARS;
/// use tactful_engine::message::short_text;
///
/// assert_eq!(short_text("  Jane Doe ", MAX_TEXT_CHARS), Ok(Some("Jane Doe".to_owned())));
/// assert_eq!(short_text("   ", MAX_TEXT_CHARS), Ok(None));
/// assert!(short_text(&"x".repeat(MAX_TEXT_CHARS + 1), MAX_TEXT_CHARS).is_err());
/// ```
pub fn short_text(text: &str, max: usize) -> Result<Option<String>, TextTooLong> {
    let text = text.trim();
    if text.chars().count() > max {
        return Err(TextTooLong { max });
    }
    Ok((!text.is_empty()).then(|| text.to_owned()))
}

/// Which part of a message an error is in. Serialized in snake case.
///
/// ```
/// use tactful_engine::message::MessagePart;
///
/// assert_ne!(MessagePart::Subject, MessagePart::Body);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MessagePart {
    /// The subject line.
    Subject,
    /// The body.
    Body,
}

/// A template error and the part it is in.
///
/// ```
/// use tactful_engine::message::{MessageError, MessagePart, TemplateError, TemplateErrorKind};
///
/// let error = MessageError {
///     part: MessagePart::Subject,
///     error: TemplateError { kind: TemplateErrorKind::UnknownFilter, start: 0, end: 9, line: 1, column: 1 },
/// };
/// assert_eq!(error.to_string(), "subject: unknown filter (line 1, column 1)");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MessageError {
    /// Subject or body.
    pub part: MessagePart,
    /// The error, with offsets into that part's source.
    pub error: TemplateError,
}

impl std::fmt::Display for MessageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let part = match self.part {
            MessagePart::Subject => "subject",
            MessagePart::Body => "body",
        };
        write!(f, "{part}: {}", self.error)
    }
}

impl std::error::Error for MessageError {}

/// A rendered message: subject, body, every problem found (subject first) and the values
/// it cannot do without that the context lacks.
///
/// Ready to send only when both `errors` and `missing` are empty ([`RenderedMessage::ready`]):
/// the app holds back "Copy" and "Open in email app" until then and names each missing
/// field. A shipped template never leaves template code in the text, whatever is missing.
///
/// ```
/// use tactful_engine::message::RenderedMessage;
///
/// let message = RenderedMessage::default();
/// assert!(message.subject.is_empty() && message.errors.is_empty() && message.missing.is_empty());
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RenderedMessage {
    /// The subject line.
    pub subject: String,
    /// The body.
    pub body: String,
    /// The problems.
    pub errors: Vec<MessageError>,
    /// The values the message needs and the context lacks, each once, in the order found:
    /// the template's needs ([`TemplateId::needs`]) first, then each placeholder used with
    /// no value ([`TemplateErrorKind::MissingValue`]).
    #[serde(default)]
    pub missing: Vec<MissingField>,
}

impl RenderedMessage {
    /// Whether the message can go out: no template error and nothing missing.
    ///
    /// ```
    /// use tactful_engine::message::{MissingField, RenderedMessage};
    ///
    /// let mut message = RenderedMessage { subject: "Hi".into(), body: "Hello".into(), ..RenderedMessage::default() };
    /// assert!(message.ready());
    /// message.missing.push(MissingField::PromiseDate);
    /// assert!(!message.ready());
    /// ```
    pub fn ready(&self) -> bool {
        self.errors.is_empty() && self.missing.is_empty()
    }
}

/// Renders one template source against `ctx`: amounts written for `locale`, dates by
/// `dates`. See the module documentation for the language. Never panics.
///
/// ```
/// use chrono::NaiveDate;
/// use rust_decimal_macros::dec;
/// use tactful_engine::amount::NumberLocale;
/// use tactful_engine::currency::currency;
/// use tactful_engine::message::{render_template, MessageContext, TemplateErrorKind, EN_GB_DATES};
///
/// let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let mut ctx = MessageContext::new(dec!(4800), currency("GBP").unwrap(), date(2026, 12, 1), date(2026, 11, 27));
/// ctx.client_contact = "Sam".into();
///
/// let out = render_template(
///     "Hi {{ client_contact }}, {{ amount }} is due on {{ due_date | date(\"weekday\") }}.\
///      {% if payment_link %} Pay here: {{ payment_link }}{% endif %} Reply by {{ today + 2 business days | date(\"short\") }}.",
///     &ctx, NumberLocale::EnGb, &EN_GB_DATES,
/// );
/// assert_eq!(out.text, "Hi Sam, £4,800.00 is due on Tuesday 1 December 2026. Reply by 01/12/2026.");
/// assert!(out.errors.is_empty());
///
/// let typo = render_template("Dear {{ clinet_name }},\n{% endif %}", &ctx, NumberLocale::EnGb, &EN_GB_DATES);
/// assert_eq!(typo.text, "Dear {{ clinet_name }},\n");
/// assert_eq!(typo.errors[0].kind, TemplateErrorKind::UnknownPlaceholder);
/// assert_eq!((typo.errors[0].start, typo.errors[0].line, typo.errors[0].column), (5, 1, 6));
/// assert_eq!(typo.errors[1].kind, TemplateErrorKind::UnmatchedEndif);
/// assert_eq!((typo.errors[1].line, typo.errors[1].column), (2, 1));
/// ```
pub fn render_template(
    source: &str,
    ctx: &MessageContext,
    locale: NumberLocale,
    dates: &dyn DateFormat,
) -> Rendered {
    template::render(source, &Env { ctx, locale, dates })
}

/// Renders a user-edited subject and body (see [`render_template`]).
///
/// ```
/// use chrono::NaiveDate;
/// use rust_decimal_macros::dec;
/// use tactful_engine::amount::NumberLocale;
/// use tactful_engine::currency::currency;
/// use tactful_engine::message::{render_source, MessageContext, MessagePart, EN_US_DATES};
///
/// let day = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
/// let ctx = MessageContext::new(dec!(950), currency("USD").unwrap(), day, day);
/// let message = render_source("Due {{ due_date }}", "{{ amount }} {{ plan_table }}", &ctx, NumberLocale::EnUs, &EN_US_DATES);
/// assert_eq!(message.subject, "Due December 1, 2026");
/// assert_eq!(message.body, "$950.00 {{ plan_table }}");
/// assert_eq!(message.errors[0].part, MessagePart::Body);
/// ```
pub fn render_source(
    subject: &str,
    body: &str,
    ctx: &MessageContext,
    locale: NumberLocale,
    dates: &dyn DateFormat,
) -> RenderedMessage {
    render_with(None, subject, body, &Env { ctx, locale, dates })
}

/// Renders the wording of the template `id` as the user edited it (or as shipped): as
/// [`render_source`], and `missing` also lists what `id` needs ([`TemplateId::needs`])
/// and the context lacks, whatever the wording still says.
///
/// ```
/// use chrono::NaiveDate;
/// use rust_decimal_macros::dec;
/// use tactful_engine::currency::currency;
/// use tactful_engine::message::lang::LangPack;
/// use tactful_engine::message::{render_edited, MessageContext, MissingField, TemplateId};
///
/// let day = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
/// let mut ctx = MessageContext::new(dec!(950), currency("GBP").unwrap(), day, day);
/// let edited = render_edited(TemplateId::PromiseConfirmation, "Thanks", "Thank you, {{ client_contact }}.", &ctx, LangPack::BRITISH);
/// assert_eq!(edited.missing, [MissingField::PromiseDate, MissingField::ClientContact]);
/// ctx.promise_date = Some(day);
/// ctx.client_contact = "Sam".into();
/// let edited = render_edited(TemplateId::PromiseConfirmation, "Thanks", "Thank you, {{ client_contact }}.", &ctx, LangPack::BRITISH);
/// assert!(edited.ready());
/// ```
pub fn render_edited(
    id: TemplateId,
    subject: &str,
    body: &str,
    ctx: &MessageContext,
    lang: LangPack,
) -> RenderedMessage {
    let env = Env {
        ctx,
        locale: lang.locale(),
        dates: lang.dates(),
    };
    render_with(Some(id), subject, body, &env)
}

fn render_with(
    id: Option<TemplateId>,
    subject: &str,
    body: &str,
    env: &Env<'_>,
) -> RenderedMessage {
    let mut missing: Vec<MissingField> = id
        .map_or(&[][..], TemplateId::needs)
        .iter()
        .copied()
        .filter(|&field| env.lacks(field))
        .collect();
    let subject_source = subject;
    let body_source = body;
    let subject = template::render(subject, env);
    let body = template::render(body, env);
    for (source, rendered) in [(subject_source, &subject), (body_source, &body)] {
        for error in &rendered.errors {
            if error.kind != TemplateErrorKind::MissingValue {
                continue;
            }
            let tag = source.get(error.start..error.end).unwrap_or("");
            let name = tag
                .trim_start_matches(['{', '(', ' '])
                .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .next()
                .unwrap_or("");
            if let Some(field) = MissingField::for_placeholder(name) {
                if !missing.contains(&field) {
                    missing.push(field);
                }
            }
        }
    }
    let errors = subject
        .errors
        .into_iter()
        .map(|error| (MessagePart::Subject, error))
        .chain(
            body.errors
                .into_iter()
                .map(|error| (MessagePart::Body, error)),
        )
        .map(|(part, error)| MessageError { part, error })
        .collect();
    RenderedMessage {
        subject: subject.text,
        body: body.text,
        errors,
        missing,
    }
}

/// Renders the shipped template `id` in `tone` in the language `lang` (its number and date
/// conventions too); `None` when there is no such template (see [`template`]).
///
/// ```
/// use chrono::NaiveDate;
/// use rust_decimal_macros::dec;
/// use tactful_engine::amount::NumberLocale;
/// use tactful_engine::currency::currency;
/// use tactful_engine::message::lang::LangPack;
/// use tactful_engine::message::{render_message, MessageContext, TemplateId, ToneVariant};
///
/// let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let mut ctx = MessageContext::new(dec!(4800), currency("GBP").unwrap(), date(2026, 12, 1), date(2026, 12, 10));
/// ctx.invoice_number = "INV-2041".into();
/// ctx.your_business = "Brightside Design Ltd".into();
/// let message = render_message(TemplateId::ThankYou, ToneVariant::Warm, LangPack::BRITISH, &ctx).unwrap();
/// assert!(message.body.starts_with("Hi there,\n\nThank you for your payment of £4,800.00 for invoice INV-2041"));
/// assert!(message.body.ends_with("Best wishes,\nBrightside Design Ltd"));
/// assert!(render_message(TemplateId::ThankYou, ToneVariant::Firm, LangPack::BRITISH, &ctx).is_none());
/// ```
pub fn render_message(
    id: TemplateId,
    tone: ToneVariant,
    lang: LangPack,
    ctx: &MessageContext,
) -> Option<RenderedMessage> {
    let found = template(id, tone, lang)?;
    Some(render_edited(id, found.subject, found.body, ctx, lang))
}

#[cfg(test)]
mod tests;
