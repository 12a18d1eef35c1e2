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
        p("plan_table", Table, "| No. | Due date | Amount |…"),
        p("plan_schedule", Text, "(the plan's own text table)"),
        p("plan_count", Number, "3"),
        p("plan_next_date", Date, "5 January 2027"),
        p("plan_next_amount", Money, "£1,600.00"),
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
        p("paid_so_far", Money, "£1,000.00"),
        p("last_payment_date", Date, "20 November 2026"),
        p("last_payment_amount", Money, "£1,000.00"),
    ]
};

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
            "invoice_number" => text(&ctx.invoice_number),
            "amount" => Lookup::Found(Value::Money(ctx.amount)),
            "balance" => Lookup::Found(Value::Money(ctx.balance.unwrap_or(ctx.amount))),
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
            "plan_table" => optional(plan.filter(|p| !p.rows.is_empty()), |_| Value::Table),
            "plan_schedule" => match plan {
                Some(plan) => text(&plan.table_text),
                None => Lookup::Missing,
            },
            "plan_count" => optional(plan, |p| {
                Value::Number(i64::try_from(p.rows.len()).unwrap_or(i64::MAX))
            }),
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
            "statutory_interest_law" => optional(statutory, |s| {
                Value::Text(Cow::Owned(s.law().law().interest.join("; ")))
            }),
            "statutory_compensation_law" => optional(statutory, |s| {
                Value::Text(Cow::Owned(s.law().law().compensation.join("; ")))
            }),
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

    /// The plan's `next` payment, else its first payment dated today or later.
    fn next_payment(&self) -> Option<&'a PlanRow> {
        let plan = self.ctx.plan.as_ref()?;
        let today = self.ctx.today;
        plan.next
            .as_ref()
            .or_else(|| plan.rows.iter().find(|row| row.date >= today))
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
