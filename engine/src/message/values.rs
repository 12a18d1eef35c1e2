//! The placeholders: what each name means and how its value is written.

use std::borrow::Cow;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use super::dates::{push_number, DateFormat, DateStyle};
use super::template::TemplateErrorKind;
use super::{MessageContext, PlanRow};
use crate::amount::{format_amount, format_number, NumberLocale};
use crate::dates::{add_months, days_overdue};
use crate::statutory::Regime;

/// What kind of value a placeholder holds, which decides how it is written and which
/// filters apply. Serialized in snake case.
///
/// ```
/// use tactful_engine::message::{PlaceholderKind, PLACEHOLDERS};
///
/// let amount = PLACEHOLDERS.iter().find(|p| p.name == "amount").unwrap();
/// assert_eq!(amount.kind, PlaceholderKind::Money);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PlaceholderKind {
    /// Written as given.
    Text,
    /// An amount in the invoice currency, written by [`format_amount`].
    Money,
    /// A date, written long unless the `date` filter says otherwise.
    Date,
    /// A whole number.
    Number,
    /// A percentage (`2.5%`).
    Percent,
    /// The payment plan as a table (see [`crate::message::to_html`]).
    Table,
    /// Only for `{% if … %}`: whether that part of the context is given.
    Section,
}

/// One placeholder, for the editor's help and autocompletion.
///
/// ```
/// use tactful_engine::message::PLACEHOLDERS;
///
/// assert!(PLACEHOLDERS.iter().any(|p| p.name == "client_contact" && p.example == "Sam Patel"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Placeholder {
    /// The name used between `{{` and `}}`.
    pub name: &'static str,
    /// Its kind.
    pub kind: PlaceholderKind,
    /// An example value, as rendered in en-GB.
    pub example: &'static str,
}

const fn p(name: &'static str, kind: PlaceholderKind, example: &'static str) -> Placeholder {
    Placeholder {
        name,
        kind,
        example,
    }
}

/// Every placeholder, in the order of the table in [`crate::message`].
///
/// ```
/// use tactful_engine::message::PLACEHOLDERS;
///
/// assert_eq!(PLACEHOLDERS[0].name, "your_business");
/// ```
pub static PLACEHOLDERS: &[Placeholder] = {
    use PlaceholderKind::*;
    &[
        p("your_business", Text, "Brightside Design Ltd"),
        p("client_business", Text, "Northwind Traders"),
        p("client_contact", Text, "Sam Patel"),
        p("client_sole_trader", Section, ""),
        p("invoice_number", Text, "INV-2041"),
        p("amount", Money, "£4,800.00"),
        p("balance", Money, "£3,200.00"),
        p("currency", Text, "GBP"),
        p("issue_date", Date, "2 November 2026"),
        p("due_date", Date, "1 December 2026"),
        p("today", Date, "15 December 2026"),
        p("days_overdue", Number, "14"),
        p("payment_link", Text, "https://pay.example.com/inv-2041"),
        p("sender_name", Text, "Alex Morgan"),
        p("signature", Text, "Alex Morgan, Accounts"),
        p("sign_off", Text, "Alex Morgan\nBrightside Design Ltd"),
        p("promise_date", Date, "19 December 2026"),
        p("reminders_sent", Number, "2"),
        p("last_sent_on", Date, "30 November 2026"),
        p("promise_broken_on", Date, "20 December 2026"),
        p("part_paid", Money, "£1,600.00"),
        p("plan", Section, ""),
        p(
            "plan_list",
            Text,
            "- 5 January 2027: £1,600.00\n- 5 February 2027: £1,600.00",
        ),
        p("plan_table", Table, "| No. | Due date | Amount |…"),
        p("plan_schedule", Text, "(the plan's own text table)"),
        p("plan_count", Number, "2"),
        p("plan_down_payment", Money, "£1,000.00"),
        p("plan_next_date", Date, "5 January 2027"),
        p("plan_next_amount", Money, "£1,600.00"),
        p("plan_reply_by", Date, "22 December 2026"),
        p("discount", Section, ""),
        p("discount_percent", Percent, "2.5%"),
        p("discount_amount", Money, "£80.00"),
        p("discount_net", Money, "£3,120.00"),
        p("discount_deadline", Date, "22 December 2026"),
        p("statutory", Section, ""),
        p("statutory_regime", Text, "UK"),
        p("statutory_rate", Percent, "12.75%"),
        p("statutory_interest", Money, "£21.50"),
        p("statutory_compensation", Money, "£70.00"),
        p("statutory_total", Money, "£91.50"),
        p("statutory_claimed", Section, ""),
        p("statutory_law", Text, "uk"),
        p(
            "statutory_law_title",
            Text,
            "Late Payment of Commercial Debts (Interest) Act 1998",
        ),
        p(
            "statutory_interest_law",
            Text,
            "Late Payment of Commercial Debts (Interest) Act 1998, s. 1",
        ),
        p(
            "statutory_compensation_law",
            Text,
            "Late Payment of Commercial Debts (Interest) Act 1998, s. 5A",
        ),
        p("statutory_reference_rate", Percent, "4.75%"),
        p("statutory_margin", Number, "8"),
        p("statutory_collection_costs", Money, "£0.00"),
        p("account", Section, ""),
        p(
            "open_invoices",
            Text,
            "Invoice  Due date  Amount  Outstanding\n… (a plain-text table)",
        ),
        p("open_invoice_count", Number, "2"),
        p("several_invoices", Section, ""),
        p("paid_so_far", Money, "£1,000.00"),
        p("last_payment_date", Date, "20 November 2026"),
        p("last_payment_amount", Money, "£1,000.00"),
    ]
};

/// A value a message cannot do without, missing from its context: the app names it and
/// links to its field, and holds back "Copy" and "Open in email app" until it is given.
/// Serialized in snake case (`"promise_date"`), as [`MissingField::key`] writes it.
///
/// A shipped template writes around every other missing value (no invoice number: the
/// amount and due date say which invoice; no contact name: a neutral greeting; no
/// signature, sender or business name: the closing alone) and needs only what
/// [`TemplateId::needs`](super::TemplateId::needs) lists. A template of your own needs
/// every placeholder it uses outside an `{% if %}` that has no `default`.
///
/// ```
/// use tactful_engine::message::MissingField;
///
/// assert_eq!(MissingField::PromiseDate.key(), "promise_date");
/// assert_eq!(MissingField::for_placeholder("statutory_rate"), Some(MissingField::Statutory));
/// assert_eq!(MissingField::for_placeholder("amount"), None);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MissingField {
    /// `your_business`.
    YourBusiness,
    /// `client_business`.
    ClientBusiness,
    /// `client_contact`.
    ClientContact,
    /// `invoice_number`.
    InvoiceNumber,
    /// `issue_date`.
    IssueDate,
    /// `payment_link`.
    PaymentLink,
    /// `sender_name`, or anything to sign with (`sign_off`: a signature, the sender's or
    /// the business name).
    SenderName,
    /// `signature`.
    Signature,
    /// `promise_date`: the date the client promised to pay by.
    PromiseDate,
    /// What the contact log says: `reminders_sent`, `last_sent_on`, `promise_broken_on`,
    /// `part_paid`.
    ContactLog,
    /// A payment plan (with a payment to come, for the plan payment messages).
    Plan,
    /// A settlement discount.
    Discount,
    /// The statutory claim: the law and its figures.
    Statutory,
}

impl MissingField {
    /// The field's name, as serialized.
    pub fn key(self) -> &'static str {
        match self {
            MissingField::YourBusiness => "your_business",
            MissingField::ClientBusiness => "client_business",
            MissingField::ClientContact => "client_contact",
            MissingField::InvoiceNumber => "invoice_number",
            MissingField::IssueDate => "issue_date",
            MissingField::PaymentLink => "payment_link",
            MissingField::SenderName => "sender_name",
            MissingField::Signature => "signature",
            MissingField::PromiseDate => "promise_date",
            MissingField::ContactLog => "contact_log",
            MissingField::Plan => "plan",
            MissingField::Discount => "discount",
            MissingField::Statutory => "statutory",
        }
    }

    /// The field a placeholder's value comes from; `None` for the values a context always
    /// has (amount, dates…) and for unknown names.
    pub fn for_placeholder(name: &str) -> Option<MissingField> {
        Some(match name {
            "your_business" => MissingField::YourBusiness,
            "client_business" => MissingField::ClientBusiness,
            "client_contact" => MissingField::ClientContact,
            "invoice_number" => MissingField::InvoiceNumber,
            "issue_date" => MissingField::IssueDate,
            "payment_link" => MissingField::PaymentLink,
            "sender_name" | "sign_off" => MissingField::SenderName,
            "signature" => MissingField::Signature,
            "promise_date" => MissingField::PromiseDate,
            "reminders_sent" | "last_sent_on" | "promise_broken_on" | "part_paid" => {
                MissingField::ContactLog
            }
            _ if name.starts_with("plan") => MissingField::Plan,
            _ if name.starts_with("discount") => MissingField::Discount,
            _ if name.starts_with("statutory") => MissingField::Statutory,
            _ => return None,
        })
    }
}

/// A value while a template is rendered.
#[derive(Debug)]
pub(crate) enum Value<'a> {
    Text(Cow<'a, str>),
    Money(Decimal),
    Date(NaiveDate),
    Number(i64),
    Percent(Decimal),
    Table,
    Section,
}

/// What a name stands for in a context.
pub(crate) enum Lookup<'a> {
    /// No placeholder has this name.
    Unknown,
    /// The placeholder exists but the context has no value for it.
    Missing,
    /// Its value.
    Found(Value<'a>),
}

/// The units of `name + N unit`.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Unit {
    Days,
    Weeks,
    Months,
    BusinessDays,
}

/// Everything a template is rendered against.
pub(crate) struct Env<'a> {
    pub ctx: &'a MessageContext,
    pub locale: NumberLocale,
    pub dates: &'a dyn DateFormat,
}

fn text(value: &str) -> Lookup<'_> {
    if value.trim().is_empty() {
        Lookup::Missing
    } else {
        Lookup::Found(Value::Text(Cow::Borrowed(value)))
    }
}

/// A law's provisions, joined with "; "; missing when there are none.
fn citations(provisions: Option<&'static [&'static str]>) -> Lookup<'static> {
    match provisions {
        Some(list) if !list.is_empty() => Lookup::Found(Value::Text(Cow::Owned(list.join("; ")))),
        _ => Lookup::Missing,
    }
}

fn optional<T>(value: Option<T>, found: impl FnOnce(T) -> Value<'static>) -> Lookup<'static> {
    value.map_or(Lookup::Missing, |v| Lookup::Found(found(v)))
}

impl<'a> Env<'a> {
    pub fn lookup(&self, name: &str) -> Lookup<'a> {
        let ctx = self.ctx;
        let plan = ctx.plan.as_ref();
        let discount = ctx.discount.as_ref();
        let statutory = ctx.statutory.as_ref();
        let account = ctx.account.as_ref();
        match name {
            "your_business" => text(&ctx.your_business),
            "client_business" => text(&ctx.client_business),
            "client_contact" => text(&ctx.client_contact),
            "client_sole_trader" => {
                optional(ctx.client_sole_trader.then_some(()), |()| Value::Section)
            }
            "invoice_number" => text(&ctx.invoice_number),
            "amount" => Lookup::Found(Value::Money(ctx.amount)),
            "balance" => Lookup::Found(Value::Money(ctx.balance())),
            "currency" => Lookup::Found(Value::Text(Cow::Borrowed(ctx.currency.code))),
            "issue_date" => optional(ctx.issue_date, Value::Date),
            "due_date" => Lookup::Found(Value::Date(ctx.due_date)),
            "today" => Lookup::Found(Value::Date(ctx.today)),
            "days_overdue" => Lookup::Found(Value::Number(days_overdue(ctx.due_date, ctx.today))),
            "payment_link" => text(ctx.payment_link.as_deref().unwrap_or("")),
            "sender_name" => text(ctx.sender_name.as_deref().unwrap_or("")),
            "signature" => text(ctx.signature.as_deref().unwrap_or("")),
            "sign_off" => self.sign_off(),
            "promise_date" => optional(ctx.promise_date, Value::Date),
            "reminders_sent" => optional((ctx.reminders_sent > 0).then_some(()), |()| {
                Value::Number(i64::from(ctx.reminders_sent))
            }),
            "last_sent_on" => optional(ctx.last_sent_on, Value::Date),
            "promise_broken_on" => optional(ctx.promise_broken_on, Value::Date),
            "part_paid" => optional(ctx.part_paid, Value::Money),
            "plan" => optional(plan, |_| Value::Section),
            "plan_list" => match plan.filter(|p| !p.rows.is_empty()) {
                Some(_) => Lookup::Found(Value::Text(Cow::Owned(self.plan_list()))),
                None => Lookup::Missing,
            },
            "plan_table" => optional(plan.filter(|p| !p.rows.is_empty()), |_| Value::Table),
            "plan_schedule" => match plan {
                Some(plan) => text(&plan.table_text),
                None => Lookup::Missing,
            },
            "plan_count" => optional(plan, |p| {
                Value::Number(i64::try_from(p.installments().len()).unwrap_or(i64::MAX))
            }),
            "plan_down_payment" => optional(plan.and_then(|p| p.down_payment_row()), |row| {
                Value::Money(row.amount)
            }),
            "plan_reply_by" => optional(self.reply_by(), Value::Date),
            "plan_next_date" => optional(self.next_payment(), |row| Value::Date(row.date)),
            "plan_next_amount" => optional(self.next_payment(), |row| Value::Money(row.amount)),
            "discount" => optional(discount, |_| Value::Section),
            "discount_percent" => optional(discount, |d| Value::Percent(d.percent)),
            "discount_amount" => optional(discount, |d| Value::Money(d.amount)),
            "discount_net" => optional(discount, |d| Value::Money(d.net)),
            "discount_deadline" => optional(discount, |d| Value::Date(d.deadline)),
            "statutory" => optional(statutory, |_| Value::Section),
            "statutory_regime" => optional(statutory, |s| {
                Value::Text(Cow::Borrowed(match s.regime {
                    Regime::Uk => "UK",
                    Regime::Eu => "EU",
                }))
            }),
            "statutory_rate" => optional(statutory, |s| Value::Percent(s.rate)),
            "statutory_interest" => optional(statutory, |s| Value::Money(s.interest)),
            "statutory_compensation" => optional(statutory, |s| Value::Money(s.compensation)),
            "statutory_total" => optional(statutory, |s| Value::Money(s.total)),
            "statutory_claimed" => optional(statutory.filter(|s| s.claimed), |_| Value::Section),
            "statutory_law" => optional(statutory, |s| Value::Text(Cow::Borrowed(s.law().name()))),
            "statutory_law_title" => optional(statutory, |s| {
                Value::Text(Cow::Borrowed(s.law().law().short_title))
            }),
            "statutory_interest_law" => citations(statutory.map(|s| s.law().law().interest)),
            "statutory_compensation_law" => {
                // The Netherlands has no fixed compensation, only collection costs: missing.
                citations(statutory.map(|s| s.law().law().compensation))
            }
            "statutory_reference_rate" => {
                optional(statutory.and_then(|s| s.reference_rate), Value::Percent)
            }
            "statutory_margin" => optional(statutory.and_then(|s| s.margin), |m| {
                Value::Text(Cow::Owned(crate::amount::format_number(
                    m.normalize(),
                    m.normalize().scale(),
                    self.locale,
                )))
            }),
            "statutory_collection_costs" => {
                optional(statutory.and_then(|s| s.collection_costs), Value::Money)
            }
            "account" => optional(account.filter(|a| a.invoice_count > 1), |_| Value::Section),
            "open_invoices" => match account {
                Some(account) => text(&account.open_invoices),
                None => Lookup::Missing,
            },
            "open_invoice_count" => optional(account, |a| {
                Value::Number(i64::try_from(a.open_invoice_count).unwrap_or(i64::MAX))
            }),
            // `invoice_number` then lists several invoices (see `account_invoice`): the open
            // ones, or every one when none is open.
            "several_invoices" => optional(
                account.filter(|a| a.invoice_count > 1 && a.open_invoice_count != 1),
                |_| Value::Section,
            ),
            "paid_so_far" => optional(account.filter(|a| a.paid_so_far > Decimal::ZERO), |a| {
                Value::Money(a.paid_so_far)
            }),
            "last_payment_date" => optional(account.and_then(|a| a.last_payment_date), Value::Date),
            "last_payment_amount" => {
                optional(account.and_then(|a| a.last_payment_amount), Value::Money)
            }
            _ => Lookup::Unknown,
        }
    }

    /// Whether the context lacks `field` (as a message needs it: a plan with a payment
    /// to come, a promised date, a statutory claim…).
    pub(crate) fn lacks(&self, field: MissingField) -> bool {
        let ctx = self.ctx;
        match field {
            MissingField::YourBusiness => ctx.your_business.trim().is_empty(),
            MissingField::ClientBusiness => ctx.client_business.trim().is_empty(),
            MissingField::ClientContact => ctx.client_contact.trim().is_empty(),
            MissingField::InvoiceNumber => ctx.invoice_number.trim().is_empty(),
            MissingField::IssueDate => ctx.issue_date.is_none(),
            MissingField::PaymentLink => matches!(self.lookup("payment_link"), Lookup::Missing),
            MissingField::SenderName => matches!(self.lookup("sign_off"), Lookup::Missing),
            MissingField::Signature => matches!(self.lookup("signature"), Lookup::Missing),
            MissingField::PromiseDate => ctx.promise_date.is_none(),
            MissingField::ContactLog => {
                ctx.reminders_sent == 0
                    && ctx.last_sent_on.is_none()
                    && ctx.promise_broken_on.is_none()
                    && ctx.part_paid.is_none()
            }
            MissingField::Plan => self.next_payment().is_none(),
            MissingField::Discount => ctx.discount.is_none(),
            MissingField::Statutory => ctx.statutory.is_none(),
        }
    }

    /// The plan's `next` payment, else its first payment dated today or later.
    fn next_payment(&self) -> Option<&'a PlanRow> {
        let plan = self.ctx.plan.as_ref()?;
        let today = self.ctx.today;
        plan.next
            .as_ref()
            .or_else(|| plan.rows.iter().find(|row| row.date >= today))
    }

    /// The day a proposal asks for an answer by: five business days from today, but at
    /// the latest two business days before the plan's first payment, and at the earliest
    /// the next business day; `None` only off the calendar.
    pub(crate) fn reply_by(&self) -> Option<NaiveDate> {
        let ctx = self.ctx;
        let calendar = &ctx.calendar;
        let week = calendar.add_business_days(ctx.today, 5)?;
        let earliest = calendar.add_business_days(ctx.today, 1)?;
        let first = ctx.plan.as_ref().and_then(|p| {
            p.rows
                .iter()
                .map(|row| row.date)
                .find(|date| *date > ctx.today)
        });
        let latest = first.and_then(|first| calendar.add_business_days(first, -2));
        Some(match latest {
            Some(latest) if latest < week => latest.max(earliest),
            _ => week,
        })
    }

    /// The plan as a plain-text list, one payment a line: `- 5 January 2027: £1,600.00`,
    /// the down payment marked in the message's language. No table: it reads the same in
    /// any email font, and [`crate::message::to_html`] makes it a list.
    fn plan_list(&self) -> String {
        let Some(plan) = self.ctx.plan.as_ref() else {
            return String::new();
        };
        let colon = if self.locale == NumberLocale::Fr {
            "\u{a0}: "
        } else {
            ": "
        };
        let mut out = String::with_capacity(48 * plan.rows.len());
        for (i, row) in plan.rows.iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            out.push_str("- ");
            out.push_str(&self.dates.format(row.date, DateStyle::Long));
            out.push_str(colon);
            out.push_str(&self.money(row.amount));
            if i == 0 && plan.down_payment {
                out.push_str(" (");
                out.push_str(down_payment_word(self.locale));
                out.push(')');
            }
        }
        out
    }

    /// The signature, else the sender's name over the business name, else either.
    fn sign_off(&self) -> Lookup<'a> {
        let ctx = self.ctx;
        let signature = ctx.signature.as_deref().unwrap_or("");
        if !signature.trim().is_empty() {
            return text(signature);
        }
        let sender = ctx.sender_name.as_deref().unwrap_or("").trim();
        let business = ctx.your_business.trim();
        match (sender.is_empty(), business.is_empty()) {
            (true, true) => Lookup::Missing,
            (false, true) => text(sender),
            (true, false) => text(business),
            (false, false) => {
                let mut both = String::with_capacity(sender.len() + business.len() + 1);
                both.push_str(sender);
                both.push('\n');
                both.push_str(business);
                Lookup::Found(Value::Text(Cow::Owned(both)))
            }
        }
    }

    /// `date` moved by `n` units; `None` off the calendar.
    pub fn step(&self, date: NaiveDate, n: i64, unit: Unit) -> Option<NaiveDate> {
        match unit {
            Unit::Days => add_days(date, n),
            Unit::Weeks => add_days(date, n.checked_mul(7)?),
            Unit::Months => add_months(date, i32::try_from(n).ok()?, false),
            Unit::BusinessDays => self
                .ctx
                .calendar
                .add_business_days(date, i32::try_from(n).ok()?),
        }
    }

    /// How `value` is written.
    pub fn text(&self, value: Value<'_>) -> Result<String, TemplateErrorKind> {
        Ok(match value {
            Value::Text(text) => text.into_owned(),
            Value::Money(amount) => self.money(amount),
            Value::Date(date) => self.dates.format(date, DateStyle::Long),
            Value::Number(n) => {
                let mut out = String::new();
                push_number(&mut out, n, 1);
                out
            }
            Value::Percent(p) => percent(p, self.locale),
            Value::Table => self.plan_table(),
            Value::Section => return Err(TemplateErrorKind::WrongType),
        })
    }

    fn money(&self, amount: Decimal) -> String {
        format_amount(amount, self.ctx.currency, self.locale)
    }

    /// The plan as a pipe table: a heading row, a `|---|` row, one row per payment.
    fn plan_table(&self) -> String {
        let rows = self.ctx.plan.as_ref().map_or(&[][..], |p| &p.rows[..]);
        let mut out = String::with_capacity(40 * (rows.len() + 2));
        let words = crate::plan::table_words(self.locale);
        for heading in words {
            out.push_str("| ");
            out.push_str(heading);
            out.push(' ');
        }
        out.push_str("|\n|---|---|---|");
        for (i, row) in rows.iter().enumerate() {
            out.push_str("\n| ");
            push_number(
                &mut out,
                i64::try_from(i).unwrap_or(i64::MAX).saturating_add(1),
                1,
            );
            out.push_str(" | ");
            out.push_str(&self.dates.format(row.date, DateStyle::Long));
            out.push_str(" | ");
            out.push_str(&self.money(row.amount));
            out.push_str(" |");
        }
        out
    }
}

/// "down payment" as a plan list marks it.
fn down_payment_word(locale: NumberLocale) -> &'static str {
    match locale {
        NumberLocale::EnGb | NumberLocale::EnUs => "down payment",
        NumberLocale::De => "Anzahlung",
        NumberLocale::Fr => "acompte",
        NumberLocale::Es => "entrada",
        NumberLocale::Nl => "aanbetaling",
    }
}

/// `2.5` → `2.5%` (at most four decimals, none when whole; the locale's decimal sign;
/// German, French and Spanish put a no-break space before the sign: `2,5 %`).
fn percent(value: Decimal, locale: NumberLocale) -> String {
    let decimals = value.normalize().scale().min(4);
    let mut out = format_number(value, decimals, locale);
    if matches!(
        locale,
        NumberLocale::De | NumberLocale::Fr | NumberLocale::Es
    ) {
        out.push('\u{a0}');
    }
    out.push('%');
    out
}

fn add_days(date: NaiveDate, days: i64) -> Option<NaiveDate> {
    let magnitude = chrono::Days::new(days.unsigned_abs());
    if days < 0 {
        date.checked_sub_days(magnitude)
    } else {
        date.checked_add_days(magnitude)
    }
}
