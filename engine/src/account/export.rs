//! The account written out: the statement as CSV ([`statement_csv`]) and the open invoices
//! as plain text for a message ([`open_invoices_text`]), in any of the five languages.
//!
//! The words live here, per language, like the plan's ([`crate::plan::table_words`]);
//! dates are written with the language pack's patterns ([`LangPack::dates`]), amounts with
//! the language's number conventions.

use rust_decimal::Decimal;

use super::report::{AccountReport, StatementKind};
use crate::amount::{format_amount, NumberLocale};
use crate::message::lang::LangPack;
use crate::message::{DateFormat, DateStyle};
use crate::money::{round_to_minor, Rounding};

/// The words of the account's exports in one language.
struct Words {
    date: &'static str,
    kind: &'static str,
    invoice: &'static str,
    due_date: &'static str,
    note: &'static str,
    debit: &'static str,
    credit: &'static str,
    balance: &'static str,
    payment: &'static str,
    interest: &'static str,
    compensation: &'static str,
    collection_costs: &'static str,
    balance_due: &'static str,
    /// The open-invoice table's amount column.
    amount: &'static str,
    /// The open-invoice table's column of what is still owed.
    outstanding: &'static str,
    total_outstanding: &'static str,
}

/// British English; American English uses the same words.
const EN: Words = Words {
    date: "Date",
    kind: "Type",
    invoice: "Invoice",
    due_date: "Due date",
    note: "Note",
    debit: "Debit",
    credit: "Credit",
    balance: "Balance",
    payment: "Payment",
    interest: "Statutory interest",
    compensation: "Compensation",
    collection_costs: "Collection costs",
    balance_due: "Balance due",
    amount: "Amount",
    outstanding: "Outstanding",
    total_outstanding: "Total outstanding",
};

fn words(locale: NumberLocale) -> Words {
    match locale {
        NumberLocale::EnGb | NumberLocale::EnUs => EN,
        NumberLocale::De => Words {
            date: "Datum",
            kind: "Art",
            invoice: "Rechnung",
            due_date: "Fällig am",
            note: "Hinweis",
            debit: "Soll",
            credit: "Haben",
            balance: "Saldo",
            payment: "Zahlung",
            interest: "Verzugszinsen",
            compensation: "Pauschale",
            collection_costs: "Inkassokosten",
            balance_due: "Offener Saldo",
            amount: "Betrag",
            outstanding: "Offen",
            total_outstanding: "Insgesamt offen",
        },
        NumberLocale::Fr => Words {
            date: "Date",
            kind: "Type",
            invoice: "Facture",
            due_date: "Échéance",
            note: "Remarque",
            debit: "Débit",
            credit: "Crédit",
            balance: "Solde",
            payment: "Paiement",
            interest: "Intérêts de retard",
            compensation: "Indemnité forfaitaire",
            collection_costs: "Frais de recouvrement",
            balance_due: "Solde dû",
            amount: "Montant",
            outstanding: "Restant dû",
            total_outstanding: "Total restant dû",
        },
        NumberLocale::Es => Words {
            date: "Fecha",
            kind: "Tipo",
            invoice: "Factura",
            due_date: "Vencimiento",
            note: "Nota",
            debit: "Debe",
            credit: "Haber",
            balance: "Saldo",
            payment: "Pago",
            interest: "Intereses de demora",
            compensation: "Indemnización",
            collection_costs: "Costes de cobro",
            balance_due: "Saldo pendiente",
            amount: "Importe",
            outstanding: "Pendiente",
            total_outstanding: "Total pendiente",
        },
        NumberLocale::Nl => Words {
            date: "Datum",
            kind: "Soort",
            invoice: "Factuur",
            due_date: "Vervaldatum",
            note: "Opmerking",
            debit: "Debet",
            credit: "Credit",
            balance: "Saldo",
            payment: "Betaling",
            interest: "Wettelijke handelsrente",
            compensation: "Vergoeding",
            collection_costs: "Incassokosten",
            balance_due: "Openstaand saldo",
            amount: "Bedrag",
            outstanding: "Openstaand",
            total_outstanding: "Totaal openstaand",
        },
    }
}

/// The column headings of the statement in the language of `locale`: date, type, invoice,
/// due date, note, debit, credit, balance ([`statement_csv`] adds the currency code to the
/// last three).
///
/// ```
/// use tactful_engine::account::statement_words;
/// use tactful_engine::amount::NumberLocale;
///
/// assert_eq!(
///     statement_words(NumberLocale::De),
///     ["Datum", "Art", "Rechnung", "Fällig am", "Hinweis", "Soll", "Haben", "Saldo"]
/// );
/// ```
pub fn statement_words(locale: NumberLocale) -> [&'static str; 8] {
    let w = words(locale);
    [
        w.date, w.kind, w.invoice, w.due_date, w.note, w.debit, w.credit, w.balance,
    ]
}

/// What a statement line is, in the language of `locale` (the words of [`statement_csv`]'s
/// type column); `None` is the closing line, the balance due.
///
/// ```
/// use tactful_engine::account::{statement_kind_word, StatementKind};
/// use tactful_engine::amount::NumberLocale;
///
/// assert_eq!(statement_kind_word(Some(StatementKind::Interest), NumberLocale::De), "Verzugszinsen");
/// assert_eq!(statement_kind_word(None, NumberLocale::Fr), "Solde dû");
/// ```
pub fn statement_kind_word(kind: Option<StatementKind>, locale: NumberLocale) -> &'static str {
    let w = words(locale);
    match kind {
        Some(StatementKind::Invoice) => w.invoice,
        Some(StatementKind::Payment) => w.payment,
        Some(StatementKind::Interest) => w.interest,
        Some(StatementKind::Compensation) => w.compensation,
        Some(StatementKind::CollectionCosts) => w.collection_costs,
        None => w.balance_due,
    }
}

/// Quotes a CSV field when RFC 4180 requires it (a comma, a double quote, CR or LF),
/// doubling the quotes inside.
fn csv_field(field: &str) -> String {
    if field.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}

/// The statement of account as CSV (RFC 4180), in the language of `lang`.
///
/// - One header row: date, type, invoice, due date, note, debit, credit and balance, the
///   money headings with the currency code (`Debit (GBP)`).
/// - One record per line of [`AccountReport::statement`], in its order: every invoice
///   (with its due date and note), every payment (with the invoice it named), and, when
///   the statutory figures are claimed, each invoice's interest and compensation and the
///   Dutch collection costs; then a last record, the balance due on the report's day.
/// - Dates in the language's short form (`30/09/2026`, `09/30/2026` in American English,
///   `30.09.2026`, `30-09-2026` in Dutch); amounts with the language's decimal separator
///   and the currency's decimals, without grouping or symbol (`1200.00`, `1200,00`), so a
///   spreadsheet in that language reads them as numbers; a negative balance (the client
///   in credit) starts with `-`.
/// - Fields are separated by `,`; a field holding a comma (every amount with a decimal
///   comma), a double quote, CR or LF is quoted, its quotes doubled. Every line ends with
///   CRLF, the last one included.
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::account::{account_report, check_account, statement_csv, AccountInput, AccountTerms, InvoiceInput, PaymentInput};
/// use tactful_engine::message::lang::{german, LangPack};
/// use tactful_engine::statutory::Jurisdiction;
///
/// let day = |text: &str| text.parse().unwrap();
/// let account = check_account(&AccountInput {
///     invoices: vec![InvoiceInput::new("INV-7", day("2026-09-30"), dec!(800), "GBP")],
///     payments: vec![PaymentInput::on_account(day("2026-09-15"), dec!(300))],
/// }).unwrap();
/// let report = account_report(&account, &AccountTerms::new(Jurisdiction::Uk, false), day("2026-09-20")).unwrap();
/// let csv = statement_csv(&report, LangPack::BRITISH);
/// let lines: Vec<&str> = csv.split_terminator("\r\n").collect();
/// assert_eq!(lines, [
///     "Date,Type,Invoice,Due date,Note,Debit (GBP),Credit (GBP),Balance (GBP)",
///     "15/09/2026,Payment,,,,,300.00,-300.00",
///     "30/09/2026,Invoice,INV-7,30/09/2026,,800.00,,500.00",
///     "20/09/2026,Balance due,,,,,,500.00",
/// ]);
/// let german_csv = statement_csv(&report, german());
/// assert!(german_csv.starts_with("Datum,Art,Rechnung,Fällig am,Hinweis,Soll (GBP),Haben (GBP),Saldo (GBP)\r\n"));
/// assert!(german_csv.contains("\r\n15.09.2026,Zahlung,,,,,\"300,00\",\"-300,00\"\r\n"));
/// ```
pub fn statement_csv(report: &AccountReport, lang: LangPack) -> String {
    let locale = lang.locale();
    let dates = lang.dates();
    let date = |day| dates.format(day, DateStyle::Short);
    let decimal = locale.number_format().decimal;
    let amount = |value: Decimal| {
        let text = round_to_minor(value, report.currency, Rounding::HalfUp).to_string();
        if decimal == '.' {
            text
        } else {
            text.replace('.', &decimal.to_string())
        }
    };
    let nonzero = |value: Decimal| {
        if value.is_zero() {
            String::new()
        } else {
            amount(value)
        }
    };
    let code = report.currency.code;
    let mut records: Vec<Vec<String>> = Vec::with_capacity(report.statement.len() + 2);
    let [date_word, kind_word, invoice_word, due_word, note_word, debit, credit, balance] =
        statement_words(locale);
    records.push(vec![
        date_word.to_owned(),
        kind_word.to_owned(),
        invoice_word.to_owned(),
        due_word.to_owned(),
        note_word.to_owned(),
        format!("{debit} ({code})"),
        format!("{credit} ({code})"),
        format!("{balance} ({code})"),
    ]);
    for line in &report.statement {
        let kind = statement_kind_word(Some(line.kind), locale);
        let note = match (line.kind, &line.invoice) {
            (StatementKind::Invoice, Some(number)) => report
                .invoices
                .iter()
                .find(|invoice| &invoice.number == number)
                .map(|invoice| invoice.note.clone())
                .unwrap_or_default(),
            _ => String::new(),
        };
        records.push(vec![
            date(line.date),
            kind.to_owned(),
            line.invoice.clone().unwrap_or_default(),
            line.due_date.map(date).unwrap_or_default(),
            note,
            nonzero(line.debit),
            nonzero(line.credit),
            amount(line.balance),
        ]);
    }
    let closing = report
        .statement
        .last()
        .map_or(Decimal::ZERO, |line| line.balance);
    records.push(vec![
        date(report.today),
        statement_kind_word(None, locale).to_owned(),
        String::new(),
        String::new(),
        String::new(),
        String::new(),
        String::new(),
        amount(closing),
    ]);
    let mut out = String::with_capacity(80 * records.len());
    for record in records {
        let fields: Vec<String> = record.iter().map(|field| csv_field(field)).collect();
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}

/// The open invoices (those with a balance), oldest due first, as a plain-text table for a
/// message: a header, a rule of dashes, one line per invoice with its number, due date,
/// amount and outstanding balance, another rule and the total outstanding. Like the plan's
/// [`to_text_table`](crate::plan::to_text_table): columns separated by two spaces, amounts
/// and their headers right-aligned, widths counted in characters, no Markdown, so it reads
/// the same in any email client with a fixed-width font and stays readable without one.
/// Dates in the language's long form, amounts with [`format_amount`]. Every line ends with
/// `\n` and has no trailing spaces; an account with nothing open gives an empty string.
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::account::{account_report, check_account, open_invoices_text, AccountInput, AccountTerms, InvoiceInput, PaymentInput};
/// use tactful_engine::message::lang::LangPack;
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
/// let report = account_report(&account, &AccountTerms::new(Jurisdiction::Uk, true), day("2026-12-07")).unwrap();
/// assert_eq!(
///     open_invoices_text(&report, LangPack::BRITISH),
///     "\
/// Invoice  Due date              Amount  Outstanding
/// -------  -----------------  ---------  -----------
/// INV-101  30 September 2026  £1,200.00      £200.00
/// INV-102  31 October 2026    £3,400.00    £3,400.00
/// -------  -----------------  ---------  -----------
/// Total outstanding                        £3,600.00
/// "
/// );
/// ```
pub fn open_invoices_text(report: &AccountReport, lang: LangPack) -> String {
    let locale = lang.locale();
    let w = words(locale);
    let dates = lang.dates();
    let money = |value: Decimal| format_amount(value, report.currency, locale);
    let mut open: Vec<_> = report
        .invoices
        .iter()
        .filter(|invoice| invoice.balance > Decimal::ZERO)
        .collect();
    if open.is_empty() {
        return String::new();
    }
    open.sort_by_key(|invoice| (invoice.due_date, invoice.index));
    let header = [w.invoice, w.due_date, w.amount, w.outstanding].map(str::to_owned);
    let rows: Vec<[String; 4]> = open
        .iter()
        .map(|invoice| {
            [
                invoice.number.clone(),
                dates.format(invoice.due_date, DateStyle::Long),
                money(invoice.amount),
                money(invoice.balance),
            ]
        })
        .collect();
    let chars = |text: &str| text.chars().count();
    let mut widths = header.clone().map(|h| chars(&h));
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(chars(cell));
        }
    }
    // Text columns left-aligned, amounts right-aligned; no trailing spaces.
    let line = |cells: &[String; 4]| {
        let mut out = String::new();
        for (column, (cell, width)) in cells.iter().zip(widths).enumerate() {
            let pad = " ".repeat(width.saturating_sub(chars(cell)));
            if column > 0 {
                out.push_str("  ");
            }
            if column >= 2 {
                out.push_str(&pad);
                out.push_str(cell);
            } else {
                out.push_str(cell);
                out.push_str(&pad);
            }
        }
        format!("{}\n", out.trim_end())
    };
    let rule = line(&widths.map(|width| "-".repeat(width)));
    let mut out = String::with_capacity(64 * (rows.len() + 5));
    out.push_str(&line(&header));
    out.push_str(&rule);
    for row in &rows {
        out.push_str(&line(row));
    }
    out.push_str(&rule);
    // The total under the last column, its label from the left.
    let total = money(report.totals.outstanding);
    let label = w.total_outstanding;
    let before_last: usize = widths[..3].iter().sum::<usize>() + 3 * 2;
    let gap = (before_last + widths[3])
        .saturating_sub(chars(label) + chars(&total))
        .max(2);
    out.push_str(&format!("{label}{}{total}\n", " ".repeat(gap)));
    out
}
