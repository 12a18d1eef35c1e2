//! Exports: CSV (RFC 4180), TSV for pasting, an aligned text table for emails, calendar
//! events, and the balance series for the chart.

use std::fmt::Write as _;

use chrono::{NaiveDate, NaiveDateTime, Weekday};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::output::{Plan, PlanRow};
use crate::amount::{format_amount, NumberLocale};
use crate::ics::{stable_uid, write_calendar, IcsEvent};
use crate::money::{round_to_minor, Rounding};

/// The words of the exports in one language.
struct Labels {
    number: &'static str,
    due_date: &'static str,
    weekday: &'static str,
    amount: &'static str,
    principal: &'static str,
    interest: &'static str,
    fees: &'static str,
    balance: &'static str,
    note: &'static str,
    total: &'static str,
    down_payment: &'static str,
    moved_from: &'static str,
    same_day: &'static str,
    installment: &'static str,
    due: &'static str,
    weekdays: [&'static str; 7],
}

/// The headings of the short plan table in messages (number, due date, amount), in the
/// language of `locale`.
///
/// ```
/// use tactful_engine::amount::NumberLocale;
/// use tactful_engine::plan::table_words;
///
/// assert_eq!(table_words(NumberLocale::De), ["Nr.", "Fällig am", "Betrag"]);
/// ```
pub fn table_words(locale: NumberLocale) -> [&'static str; 3] {
    let l = labels(locale);
    [l.number, l.due_date, l.amount]
}

/// British English; American English differs only in spelling.
const EN_GB: Labels = Labels {
    number: "No.",
    due_date: "Due date",
    weekday: "Day",
    amount: "Amount",
    principal: "Principal",
    interest: "Interest",
    fees: "Fees",
    balance: "Balance",
    note: "Note",
    total: "Total",
    down_payment: "Down payment",
    moved_from: "moved from",
    same_day: "same day as another instalment",
    installment: "Instalment",
    due: "Due",
    weekdays: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
};

fn labels(locale: NumberLocale) -> Labels {
    match locale {
        NumberLocale::EnGb => EN_GB,
        NumberLocale::EnUs => Labels {
            same_day: "same day as another installment",
            installment: "Installment",
            ..EN_GB
        },
        NumberLocale::De => Labels {
            number: "Nr.",
            due_date: "Fällig am",
            weekday: "Tag",
            amount: "Betrag",
            principal: "Tilgung",
            interest: "Zinsen",
            fees: "Gebühren",
            balance: "Restschuld",
            note: "Hinweis",
            total: "Summe",
            down_payment: "Anzahlung",
            moved_from: "verschoben vom",
            same_day: "am selben Tag wie eine andere Rate",
            installment: "Rate",
            due: "Fällig",
            weekdays: ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"],
        },
        NumberLocale::Fr => Labels {
            number: "N°",
            due_date: "Échéance",
            weekday: "Jour",
            amount: "Montant",
            principal: "Capital",
            interest: "Intérêts",
            fees: "Frais",
            balance: "Restant dû",
            note: "Remarque",
            total: "Total",
            down_payment: "Acompte",
            moved_from: "décalée du",
            same_day: "même jour qu'une autre échéance",
            installment: "Échéance",
            due: "À payer le",
            weekdays: ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
        },
        NumberLocale::Es => Labels {
            number: "N.º",
            due_date: "Vencimiento",
            weekday: "Día",
            amount: "Importe",
            principal: "Capital",
            interest: "Intereses",
            fees: "Comisiones",
            balance: "Pendiente",
            note: "Nota",
            total: "Total",
            down_payment: "Entrada",
            moved_from: "movido del",
            same_day: "mismo día que otro plazo",
            installment: "Plazo",
            due: "Vence",
            weekdays: ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
        },
        NumberLocale::Nl => Labels {
            number: "Nr.",
            due_date: "Vervaldatum",
            weekday: "Dag",
            amount: "Bedrag",
            principal: "Aflossing",
            interest: "Rente",
            fees: "Kosten",
            balance: "Restschuld",
            note: "Opmerking",
            total: "Totaal",
            down_payment: "Aanbetaling",
            moved_from: "verschoven van",
            same_day: "zelfde dag als een andere termijn",
            installment: "Termijn",
            due: "Te betalen op",
            weekdays: ["ma", "di", "wo", "do", "vr", "za", "zo"],
        },
    }
}

impl Labels {
    fn weekday(&self, weekday: Weekday) -> &'static str {
        self.weekdays
            .get(weekday.num_days_from_monday() as usize)
            .copied()
            .unwrap_or("")
    }

    /// The note of a row: down payment, moved by a roll, sharing its day.
    fn note(&self, row: &PlanRow) -> String {
        let mut parts: Vec<String> = Vec::new();
        if row.is_down_payment() {
            parts.push(self.down_payment.to_string());
        }
        if row.was_moved() {
            parts.push(format!("{} {}", self.moved_from, row.scheduled_date));
        }
        if row.same_day {
            parts.push(self.same_day.to_string());
        }
        parts.join("; ")
    }
}

/// An amount as plain text: the currency's decimals, `.` as separator, no grouping.
fn plain(plan: &Plan, value: Decimal) -> String {
    round_to_minor(value, plan.currency, Rounding::HalfUp).to_string()
}

/// The cells of every row: number, ISO date, weekday, five amounts, note.
fn cells(plan: &Plan, labels: &Labels, amount: impl Fn(Decimal) -> String) -> Vec<Vec<String>> {
    plan.rows
        .iter()
        .map(|row| {
            vec![
                row.number.to_string(),
                row.due_date.to_string(),
                labels.weekday(row.weekday).to_string(),
                amount(row.amount),
                amount(row.principal),
                amount(row.interest),
                amount(row.fees),
                amount(row.balance_after),
                labels.note(row),
            ]
        })
        .collect()
}

fn header(labels: &Labels, code: Option<&str>) -> Vec<String> {
    let money = |label: &str| match code {
        Some(code) => format!("{label} ({code})"),
        None => label.to_string(),
    };
    vec![
        labels.number.to_string(),
        labels.due_date.to_string(),
        labels.weekday.to_string(),
        money(labels.amount),
        money(labels.principal),
        money(labels.interest),
        money(labels.fees),
        money(labels.balance),
        labels.note.to_string(),
    ]
}

/// Quotes a CSV field when RFC 4180 requires it (a comma, a double quote, CR or LF),
/// doubling the quotes inside.
pub(super) fn csv_field(field: &str) -> String {
    if field.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}

/// The plan as CSV (RFC 4180), for downloading and opening in a spreadsheet.
///
/// - One header row, then one record per plan row (the down payment first, as row 0): no
///   totals row, so the file has exactly `rows + 1` lines.
/// - Columns: number, due date (ISO `YYYY-MM-DD`), weekday, amount, principal, interest,
///   fees, balance after, note (down payment, "moved from YYYY-MM-DD" for a rolled date, or a
///   shared day). Money headers carry the currency code: `Amount (GBP)`.
/// - Amounts are plain decimals with `.` and exactly the currency's decimals, no grouping
///   or symbol (`1234.50`, `¥` amounts as `1235`), so every spreadsheet reads them as
///   numbers whatever its language.
/// - `locale` only chooses the language of the header, weekdays and notes.
/// - Fields are separated by `,`; a field holding a comma, a double quote, CR or LF is
///   quoted, with its quotes doubled. Every line ends with CRLF, the last one included.
///
/// ```
/// use chrono::NaiveDate;
/// use rust_decimal_macros::dec;
/// use tactful_engine::amount::NumberLocale;
/// use tactful_engine::plan::{build_plan, to_csv, PlanInput, PlanSize};
///
/// let first = NaiveDate::from_ymd_opt(2025, 6, 2).unwrap();
/// let plan = build_plan(&PlanInput::new(dec!(1000), "GBP", first, PlanSize::Count(3))).unwrap();
/// let csv = to_csv(&plan, NumberLocale::EnGb);
/// let lines: Vec<&str> = csv.split_terminator("\r\n").collect();
/// assert_eq!(lines.len(), 4);
/// assert_eq!(
///     lines[0],
///     "No.,Due date,Day,Amount (GBP),Principal (GBP),Interest (GBP),Fees (GBP),Balance (GBP),Note"
/// );
/// assert_eq!(lines[1], "1,2025-06-02,Mon,333.33,333.33,0.00,0.00,666.67,");
/// // 2 August 2025 is a Saturday: rolled to Monday 4 August.
/// assert_eq!(lines[3], "3,2025-08-04,Mon,333.34,333.34,0.00,0.00,0.00,moved from 2025-08-02");
/// ```
pub fn to_csv(plan: &Plan, locale: NumberLocale) -> String {
    let labels = labels(locale);
    let mut out = String::with_capacity(64 * (plan.rows.len() + 1));
    let records = std::iter::once(header(&labels, Some(plan.currency.code))).chain(cells(
        plan,
        &labels,
        |value| plain(plan, value),
    ));
    for record in records {
        let fields: Vec<String> = record.iter().map(|field| csv_field(field)).collect();
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}

/// The plan as tab-separated values, for pasting into a spreadsheet.
///
/// The same header and columns as [`to_csv`], separated by tabs, one line per row ending
/// in `\n` (what browsers put on the clipboard; spreadsheets accept it on every platform).
/// Unlike the CSV, amounts use the locale's decimal separator (`1234,50` in German), still
/// without grouping or symbol, because a pasted value is read in the spreadsheet's own
/// language. Nothing is quoted: tabs and line breaks never occur in the values (they are
/// replaced by spaces if they ever did).
///
/// ```
/// use chrono::NaiveDate;
/// use rust_decimal_macros::dec;
/// use tactful_engine::amount::NumberLocale;
/// use tactful_engine::plan::{build_plan, to_tsv, PlanInput, PlanSize};
///
/// let first = NaiveDate::from_ymd_opt(2025, 6, 2).unwrap();
/// let plan = build_plan(&PlanInput::new(dec!(1000), "EUR", first, PlanSize::Count(3))).unwrap();
/// let tsv = to_tsv(&plan, NumberLocale::De);
/// let lines: Vec<&str> = tsv.lines().collect();
/// assert_eq!(lines.len(), 4);
/// assert!(lines[0].starts_with("Nr.\tFällig am\tTag\tBetrag (EUR)\t"));
/// assert_eq!(lines[1], "1\t2025-06-02\tMo\t333,33\t333,33\t0,00\t0,00\t666,67\t");
/// ```
pub fn to_tsv(plan: &Plan, locale: NumberLocale) -> String {
    let labels = labels(locale);
    let decimal = locale.number_format().decimal;
    let amount = |value: Decimal| {
        let text = plain(plan, value);
        if decimal == '.' {
            text
        } else {
            text.replace('.', &decimal.to_string())
        }
    };
    let mut out = String::with_capacity(64 * (plan.rows.len() + 1));
    let records = std::iter::once(header(&labels, Some(plan.currency.code)))
        .chain(cells(plan, &labels, amount));
    for record in records {
        let fields: Vec<String> = record
            .iter()
            .map(|field| field.replace(['\t', '\r', '\n'], " "))
            .collect();
        out.push_str(&fields.join("\t"));
        out.push('\n');
    }
    out
}

/// The plan as an aligned plain-text table, for an email (to be shown in a monospace
/// font).
///
/// A header, a rule of dashes, one line per row, another rule and a totals line (amount,
/// principal, interest and fees). Amounts are written with
/// [`format_amount`] in `locale` (`£1,234.56`, `1.234,56 €`); numbers, amounts and their
/// headers are right-aligned, the other columns left-aligned; columns are separated by two spaces and widths are counted in
/// characters. The note column appears only when some row has a note. Lines end with
/// `\n` and carry no trailing spaces.
///
/// ```
/// use chrono::NaiveDate;
/// use rust_decimal_macros::dec;
/// use tactful_engine::amount::NumberLocale;
/// use tactful_engine::plan::{build_plan, to_text_table, PlanInput, PlanSize};
///
/// let first = NaiveDate::from_ymd_opt(2025, 6, 2).unwrap();
/// let mut input = PlanInput::new(dec!(1000), "GBP", first, PlanSize::Count(2));
/// input.roll = tactful_engine::calendar::Roll::None;
/// let plan = build_plan(&input).unwrap();
/// let table = to_text_table(&plan, NumberLocale::EnGb);
/// assert_eq!(
///     table,
///     "\
/// No.  Due date    Day     Amount  Principal  Interest   Fees  Balance
/// ---  ----------  ---  ---------  ---------  --------  -----  -------
///   1  2025-06-02  Mon    £500.00    £500.00     £0.00  £0.00  £500.00
///   2  2025-07-02  Wed    £500.00    £500.00     £0.00  £0.00    £0.00
/// ---  ----------  ---  ---------  ---------  --------  -----  -------
///      Total            £1,000.00  £1,000.00     £0.00  £0.00
/// "
/// );
/// ```
pub fn to_text_table(plan: &Plan, locale: NumberLocale) -> String {
    let labels = labels(locale);
    let money = |value: Decimal| format_amount(value, plan.currency, locale);
    let mut rows = cells(plan, &labels, money);
    let with_note = rows
        .iter()
        .any(|row| row.last().is_some_and(|n| !n.is_empty()));
    let columns = if with_note { 9 } else { 8 };
    let mut head = header(&labels, None);
    head.truncate(columns);
    for row in &mut rows {
        row.truncate(columns);
    }
    let totals = &plan.totals;
    let mut total_row = vec![
        String::new(),
        labels.total.to_string(),
        String::new(),
        money(totals.total_paid),
        money(totals.total_principal),
        money(totals.total_interest),
        money(totals.total_fees),
        String::new(),
        String::new(),
    ];
    total_row.truncate(columns);

    let width = |column: usize| {
        std::iter::once(&head)
            .chain(rows.iter())
            .chain(std::iter::once(&total_row))
            .filter_map(|row| row.get(column))
            .map(|cell| cell.chars().count())
            .max()
            .unwrap_or(0)
    };
    let widths: Vec<usize> = (0..columns).map(width).collect();
    // Numbers and amounts right-aligned; dates, days and notes left-aligned.
    let right = |column: usize| column == 0 || (3..=7).contains(&column);
    let line = |cells: &[String]| {
        let mut text = String::new();
        for (column, cell) in cells.iter().enumerate() {
            let width = widths.get(column).copied().unwrap_or(0);
            let pad = width.saturating_sub(cell.chars().count());
            if column > 0 {
                text.push_str("  ");
            }
            if right(column) {
                text.extend(std::iter::repeat_n(' ', pad));
                text.push_str(cell);
            } else {
                text.push_str(cell);
                text.extend(std::iter::repeat_n(' ', pad));
            }
        }
        let trimmed = text.trim_end().len();
        text.truncate(trimmed);
        text.push('\n');
        text
    };
    let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();

    let mut out = line(&head);
    out.push_str(&line(&rule));
    for row in &rows {
        out.push_str(&line(row));
    }
    out.push_str(&line(&rule));
    out.push_str(&line(&total_row));
    out
}

/// Options for the plan's calendar events.
///
/// - `reference`: what the plan is about, e.g. `"INV-042 · Acme Ltd"`; shown in every
///   summary and part of every UID (so two clients' identical plans never share UIDs).
///   May be empty.
/// - `locale`: the language of the texts and how amounts are written.
/// - `alarm_days_before`: a reminder that many days before each due date, or none.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct IcsOptions {
    /// What the plan is about (an invoice number, a client); may be empty.
    pub reference: String,
    /// Language and number format of the texts.
    pub locale: NumberLocale,
    /// Days before each due date for a reminder; `None` for no alarm.
    pub alarm_days_before: Option<u32>,
}

/// One all-day calendar event per row of the plan (the down payment included), in order.
///
/// - Summary: `"Instalment 2/6: £333.33"` (en-GB) (`"Down payment: £100.00"` for row 0),
///   followed by `" · "` and the reference when there is one. The amount is the row's total,
///   written with [`format_amount`].
/// - Description: the due date (and the date it was moved from), then principal,
///   interest, fees and balance after, one per line.
/// - UID: [`stable_uid`] of the reference, `"plan"`, the currency code, the debt, the start
///   date and the row number: the same plan gives the same UIDs, so re-importing an
///   updated plan for the same debt replaces its events instead of duplicating them.
///
/// ```
/// use chrono::NaiveDate;
/// use rust_decimal_macros::dec;
/// use tactful_engine::plan::{build_plan, ics_events, IcsOptions, PlanInput, PlanSize};
///
/// let first = NaiveDate::from_ymd_opt(2025, 6, 2).unwrap();
/// let plan = build_plan(&PlanInput::new(dec!(1000), "GBP", first, PlanSize::Count(3))).unwrap();
/// let options = IcsOptions { reference: "INV-042".into(), alarm_days_before: Some(2), ..IcsOptions::default() };
/// let events = ics_events(&plan, &options);
/// assert_eq!(events.len(), 3);
/// assert_eq!(events[0].summary, "Instalment 1/3: £333.33 · INV-042");
/// assert_eq!(events[2].date, NaiveDate::from_ymd_opt(2025, 8, 4).unwrap());
/// assert!(events[2].description.starts_with("Due 2025-08-04 (moved from 2025-08-02)\n"));
/// assert_eq!(events[0].alarm_days_before, Some(2));
/// assert_eq!(events[0].uid, ics_events(&plan, &options)[0].uid);
/// assert_ne!(events[0].uid, events[1].uid);
/// ```
pub fn ics_events(plan: &Plan, options: &IcsOptions) -> Vec<IcsEvent> {
    let labels = labels(options.locale);
    let money = |value: Decimal| format_amount(value, plan.currency, options.locale);
    let count = plan.totals.installments;
    let debt = plain(plan, plan.debt);
    let start = plan.start_date.to_string();
    plan.rows
        .iter()
        .map(|row| {
            let mut summary = if row.is_down_payment() {
                format!("{}: {}", labels.down_payment, money(row.amount))
            } else {
                format!(
                    "{} {}/{}: {}",
                    labels.installment,
                    row.number,
                    count,
                    money(row.amount)
                )
            };
            if !options.reference.is_empty() {
                let _ = write!(summary, " · {}", options.reference);
            }
            let mut description = format!("{} {}", labels.due, row.due_date);
            if row.was_moved() {
                let _ = write!(
                    description,
                    " ({} {})",
                    labels.moved_from, row.scheduled_date
                );
            }
            for (label, value) in [
                (labels.principal, row.principal),
                (labels.interest, row.interest),
                (labels.fees, row.fees),
                (labels.balance, row.balance_after),
            ] {
                let _ = write!(description, "\n{label}: {}", money(value));
            }
            let number = row.number.to_string();
            IcsEvent {
                uid: stable_uid(&[
                    &options.reference,
                    "plan",
                    plan.currency.code,
                    &debt,
                    &start,
                    &number,
                ]),
                date: row.due_date,
                summary,
                description,
                alarm_days_before: options.alarm_days_before,
                time: None,
            }
        })
        .collect()
}

/// The plan as an iCalendar file: [`ics_events`] written by
/// [`write_calendar`] with `dtstamp` (the current UTC time, read by the caller).
///
/// ```
/// use chrono::NaiveDate;
/// use rust_decimal_macros::dec;
/// use tactful_engine::plan::{build_plan, to_ics, IcsOptions, PlanInput, PlanSize};
///
/// let first = NaiveDate::from_ymd_opt(2025, 6, 2).unwrap();
/// let plan = build_plan(&PlanInput::new(dec!(1000), "GBP", first, PlanSize::Count(3))).unwrap();
/// let stamp = NaiveDate::from_ymd_opt(2025, 5, 20).unwrap().and_hms_opt(9, 0, 0).unwrap();
/// let ics = to_ics(&plan, &IcsOptions::default(), stamp);
/// assert_eq!(ics.matches("BEGIN:VEVENT").count(), 3);
/// assert!(ics.contains("DTSTART;VALUE=DATE:20250804\r\n"));
/// ```
pub fn to_ics(plan: &Plan, options: &IcsOptions, dtstamp: NaiveDateTime) -> String {
    write_calendar(&ics_events(plan, options), dtstamp)
}

/// The outstanding principal over time, for the balance chart: `(date, balance)` points
/// in date order.
///
/// The first point is the debt on the start date (or on the down payment's date, if that
/// is earlier); then one point per row with its balance after. Rows on the same day make
/// one point (the balance after the last of them), so dates strictly increase. The last
/// point is 0 on the last payment date.
///
/// ```
/// use chrono::NaiveDate;
/// use rust_decimal_macros::dec;
/// use tactful_engine::plan::{balance_series, build_plan, DownPayment, PlanInput, PlanSize};
///
/// let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let mut input = PlanInput::new(dec!(1000), "GBP", date(2025, 6, 2), PlanSize::Count(2));
/// input.down_payment = Some(DownPayment::Amount(dec!(200)));
/// let plan = build_plan(&input).unwrap();
/// // The down payment and installment 1 share 2 June: one point.
/// assert_eq!(
///     balance_series(&plan),
///     vec![
///         (date(2025, 5, 2), dec!(1000.00)),
///         (date(2025, 6, 2), dec!(400.00)),
///         (date(2025, 7, 2), dec!(0.00)),
///     ]
/// );
/// ```
pub fn balance_series(plan: &Plan) -> Vec<(NaiveDate, Decimal)> {
    let first_row = plan.rows.first().map(|row| row.due_date);
    let start = match first_row {
        Some(date) if date < plan.start_date => date,
        _ => plan.start_date,
    };
    let mut points: Vec<(NaiveDate, Decimal)> = Vec::with_capacity(plan.rows.len() + 1);
    points.push((start, plan.debt));
    for row in &plan.rows {
        match points.last_mut() {
            Some((date, balance)) if row.due_date <= *date => *balance = row.balance_after,
            _ => points.push((row.due_date, row.balance_after)),
        }
    }
    points
}
