//! What every fuzz target checks, one function per target, shared by the cargo-fuzz targets
//! (`fuzz_targets/*.rs`, one line each) and the native regression test
//! (`tests/fuzz_regressions.rs` at the repository root), which replays every committed
//! input in `engine/fuzz/regressions/<target>/` through [`check`]. Each function takes raw
//! bytes, ignores what is not UTF-8, and panics (an assertion) when a property fails.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use tactful::embed::{EmbedOptions, MAX_NAME_CHARS as MAX_EMBED_NAME};
use tactful::route::Route;
use tactful::saved::{read_str, to_json, Case, Saved, MAX_CASES};
use tactful::share::{decode, encode};
use tactful_engine::amount::{
    format_amount, format_number, parse_amount, parse_amount_or_zero, parse_number, NumberLocale,
    MAX_PARSED_VALUE,
};
use tactful_engine::currency::currency;
use tactful_engine::dates::{parse_date, DateParseError, EARLIEST_YEAR, LATEST_YEAR};
use tactful_engine::invoice::{
    parse_invoice, InvoiceDraft, InvoiceError, InvoiceField, MAX_TEXT_CHARS,
};
use tactful_engine::message::lang::LangPack;
use tactful_engine::message::{
    mailto_link, render_source, render_template, to_html, tone_check, DateFormat, DateStyle,
    DiscountDetails, MessageContext, PlanDetails, PlanRow, Rendered, StatutoryDetails, MAX_ERRORS,
};
use tactful_engine::statutory::Regime;

/// The targets, by their cargo-fuzz names (and their directory under `regressions/`).
pub const TARGETS: [&str; 8] = [
    "amount_parser",
    "template_parser",
    "share_link",
    "saved_state",
    "date_parser",
    "import_json",
    "embed_query",
    "invoice_form",
];

/// Runs the checks of `target` on `data`.
///
/// # Panics
/// When a property fails, or for an unknown target.
pub fn check(target: &str, data: &[u8]) {
    match target {
        "amount_parser" => amount_parser(data),
        "template_parser" => template_parser(data),
        "share_link" => share_link(data),
        "saved_state" => saved_state(data),
        "date_parser" => date_parser(data),
        "import_json" => import_json(data),
        "embed_query" => embed_query(data),
        "invoice_form" => invoice_form(data),
        other => panic!("no fuzz target named {other}"),
    }
}

const CODES: [&str; 10] = [
    "GBP", "EUR", "USD", "JPY", "KWD", "CHF", "XOF", "XCG", "SEK", "BRL",
];

/// The amount and number parsers of every locale (also what percentages, rates and counts
/// are read with), for currencies with 0, 2 and 3 minor units and assorted symbols: what
/// they accept is positive (or zero where allowed), at most 10^12, in whole minor units,
/// and round-trips through the formatters.
pub fn amount_parser(data: &[u8]) {
    let Ok(input) = std::str::from_utf8(data) else {
        return;
    };
    for locale in NumberLocale::ALL {
        for code in CODES {
            let Ok(c) = currency(code) else {
                panic!("{code} missing from the table");
            };
            if let Ok(value) = parse_amount(input, c, locale) {
                assert!(
                    value > Decimal::ZERO && value <= MAX_PARSED_VALUE,
                    "{input:?} -> {value}"
                );
                assert_eq!(value.scale(), c.minor_units, "{input:?}");
                let text = format_amount(value, c, locale);
                assert_eq!(
                    parse_amount(&text, c, locale),
                    Ok(value),
                    "{input:?} -> {text:?}"
                );
            }
            if let Ok(value) = parse_amount_or_zero(input, c, locale) {
                assert!(
                    value >= Decimal::ZERO && value <= MAX_PARSED_VALUE,
                    "{input:?} -> {value}"
                );
                let text = format_amount(value, c, locale);
                assert_eq!(
                    parse_amount_or_zero(&text, c, locale),
                    Ok(value),
                    "{input:?} -> {text:?}"
                );
            }
        }
        if let Ok(value) = parse_number(input, locale) {
            assert!(value.abs() <= MAX_PARSED_VALUE, "{input:?} -> {value}");
            let text = format_number(value, value.scale(), locale);
            assert_eq!(
                parse_number(&text, locale),
                Ok(value),
                "{input:?} -> {text:?}"
            );
            // Switching the interface language re-writes typed numbers this way
            // (`store.rs`, relocalize): the number must survive every such switch.
            for to in NumberLocale::ALL {
                let moved = format_number(value, value.scale(), to);
                assert_eq!(
                    parse_number(&moved, to),
                    Ok(value),
                    "{input:?} -> {moved:?}"
                );
            }
        }
    }
}

const TAGS: [&str; 19] = [
    "<p>", "</p>", "<br>", "<table>", "</table>", "<thead>", "</thead>", "<tbody>", "</tbody>",
    "<tr>", "</tr>", "<th>", "</th>", "<td>", "</td>", "<ul>", "</ul>", "<li>", "</li>",
];

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    let Some(day) = NaiveDate::from_ymd_opt(y, m, d) else {
        panic!("bad test date {y}-{m}-{d}");
    };
    day
}

fn contexts() -> [MessageContext; 2] {
    let Ok(gbp) = currency("GBP") else {
        panic!("GBP missing from the table");
    };
    let mut full = MessageContext::new(
        Decimal::new(480_000, 2),
        gbp,
        date(2026, 12, 1),
        date(2026, 12, 15),
    );
    full.your_business = "Brightside <b>Design</b>".into();
    full.client_business = "Northwind {{ amount }}".into();
    full.client_contact = "Sam".into();
    full.invoice_number = "INV-2041".into();
    full.payment_link = Some("https://pay.example.com/x?a=1&b=2".into());
    full.plan = Some(PlanDetails {
        rows: vec![PlanRow {
            date: date(2027, 1, 5),
            amount: Decimal::new(160_000, 2),
        }],
        table_text: "| a | b |".into(),
        next: None,
        down_payment: false,
    });
    full.discount = Some(DiscountDetails {
        percent: Decimal::new(25, 1),
        amount: Decimal::from(80),
        net: Decimal::from(3120),
        deadline: date(2026, 12, 22),
    });
    full.statutory = Some(StatutoryDetails {
        regime: Regime::Uk,
        rate: Decimal::new(1275, 2),
        interest: Decimal::new(2150, 2),
        compensation: Decimal::from(70),
        total: Decimal::new(9150, 2),
        ..StatutoryDetails::default()
    });
    full.promise_date = Some(date(2026, 12, 19));
    full.sender_name = Some("Alex".into());
    let bare = MessageContext::new(Decimal::MAX, gbp, date(2100, 12, 31), date(1990, 1, 1));
    [full, bare]
}

fn check_errors(src: &str, out: &Rendered) {
    assert!(out.errors.len() <= MAX_ERRORS);
    let mut last = 0;
    for e in &out.errors {
        assert!(e.start <= e.end && e.end <= src.len(), "{src:?} {e:?}");
        assert!(
            src.is_char_boundary(e.start) && src.is_char_boundary(e.end),
            "{src:?} {e:?}"
        );
        assert!(e.start >= last, "{src:?}: errors out of order");
        last = e.start;
        let before = src.get(..e.start).unwrap_or("");
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
        assert_eq!(
            (e.line as usize, e.column as usize),
            (line, column),
            "{src:?} {e:?}"
        );
    }
}

fn check_html(text: &str) {
    let html = to_html(text);
    for (i, _) in html.match_indices('<') {
        let rest = html.get(i..).unwrap_or("");
        assert!(
            TAGS.iter().any(|t| rest.starts_with(t)),
            "{text:?} -> {rest:?}"
        );
    }
    assert_eq!(
        html.matches('<').count(),
        html.matches('>').count(),
        "{text:?}"
    );
}

/// The message template engine, with the source as a template (against a context with
/// every value given and one with none of the optional values), then the tone check, the
/// HTML conversion and the mailto link on the source and the result: every error points at
/// a real place of the source (in bounds, at character boundaries, sorted, at most
/// MAX_ERRORS, line and column right) and the HTML holds no markup but its own.
pub fn template_parser(data: &[u8]) {
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    for ctx in contexts() {
        for locale in [NumberLocale::EnGb, NumberLocale::EnUs, NumberLocale::De] {
            let out = render_template(src, &ctx, locale, LangPack::builtin(locale).dates());
            check_errors(src, &out);
            for f in tone_check(&out.text, LangPack::builtin(locale)) {
                assert_eq!(out.text.get(f.start..f.end), Some(f.phrase.as_str()));
            }
            check_html(&out.text);
        }
        let message = render_source(
            src,
            src,
            &ctx,
            NumberLocale::EnGb,
            LangPack::builtin(NumberLocale::EnGb).dates(),
        );
        let link = mailto_link(Some(src), &message.subject, &message.body);
        assert!(link.href.is_ascii());
    }
    for f in tone_check(src, LangPack::builtin(NumberLocale::EnGb)) {
        assert_eq!(src.get(f.start..f.end), Some(f.phrase.as_str()));
    }
    check_html(src);
}

/// The share-link decoder refuses or accepts any fragment without panicking, and what it
/// accepts encodes and decodes back to itself.
pub fn share_link(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for fragment in [text.to_owned(), format!("#share=1.{text}")] {
        if let Ok(shared) = decode(&fragment) {
            let again = decode(&encode(&shared));
            assert_eq!(again.map(|s| s.case.fields), Ok(shared.case.fields));
        }
    }
}

/// Saved work (hand-edited, truncated, another version's): reading it never panics, and
/// what it reads is within the limits and reads back to itself.
pub fn saved_state(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok((saved, _)) = read_str(text) {
        assert!(saved.cases.len() <= MAX_CASES);
        let (again, dropped) = read_str(&to_json(&saved)).unwrap_or_default();
        assert!(dropped.is_empty());
        assert_eq!(again, saved);
    }
}

/// The date parser (ISO `YYYY-MM-DD`, what every date field and `<input type=date>` give,
/// the same in every language): an accepted date is within the supported years, written
/// back as ISO it re-parses to itself, and every language's date formats can write it; a
/// refusal is the right kind of error.
pub fn date_parser(data: &[u8]) {
    let Ok(input) = std::str::from_utf8(data) else {
        return;
    };
    match parse_date(input) {
        Ok(day) => {
            assert!(
                (EARLIEST_YEAR..=LATEST_YEAR).contains(&day.year()),
                "{input:?} -> {day}"
            );
            let iso = day.format("%Y-%m-%d").to_string();
            assert_eq!(parse_date(&iso), Ok(day), "{input:?} -> {iso}");
            assert_eq!(parse_date(&format!(" {iso}\n")), Ok(day), "{input:?}");
            // What was accepted is the ISO form up to padding and surrounding space.
            let parts: Vec<u32> = input
                .trim()
                .split('-')
                .map(|p| p.parse().unwrap_or(u32::MAX))
                .collect();
            assert_eq!(
                parts,
                [day.year().unsigned_abs(), day.month(), day.day()],
                "{input:?}"
            );
            // The year has exactly four digits (a longer year is out of range, not padded).
            assert_eq!(
                input.trim().split('-').next().map(str::len),
                Some(4),
                "{input:?}"
            );
            for locale in NumberLocale::ALL {
                let names = LangPack::builtin(locale).dates();
                for style in [DateStyle::Long, DateStyle::Short, DateStyle::Weekday] {
                    let text = names.format(day, style);
                    assert!(
                        text.contains(&day.year().to_string()),
                        "{input:?} {locale:?} {style:?} -> {text:?}"
                    );
                }
            }
        }
        Err(DateParseError::Empty) => assert!(input.trim().is_empty(), "{input:?}"),
        Err(_) => assert!(!input.trim().is_empty(), "{input:?}"),
    }
}

fn existing_work() -> Saved {
    let mut saved = Saved::empty();
    for (id, name) in [("c1", "Northwind"), ("c3", "Acme <b>")] {
        let mut case = Case {
            id: id.into(),
            name: name.into(),
            ..Case::default()
        };
        case.fields.insert("invoice.amount".into(), "4,800".into());
        saved.cases.push(case);
    }
    saved.current = Some("c3".into());
    saved
}

/// Importing an export file (`Store::import_json`: [`read_str`] then [`Saved::import`])
/// into existing work: a file is refused or read within the limits; the existing cases
/// stay exactly as they were; the imported ones follow in order with fresh unique ids
/// (their content unchanged) up to the case limit; the result is valid saved work that
/// stores and reads back to itself.
pub fn import_json(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok((imported, _)) = read_str(text) else {
        return;
    };
    let before = existing_work();
    let mut after = before.clone();
    let first = after.import(imported.clone());
    assert!(after.cases.len() <= MAX_CASES);
    assert_eq!(
        after.cases.get(..before.cases.len()),
        Some(&before.cases[..])
    );
    let added = &after.cases[before.cases.len()..];
    assert_eq!(
        added.len(),
        imported.cases.len().min(MAX_CASES - before.cases.len())
    );
    assert_eq!(first.as_ref(), added.first());
    for (new, old) in added.iter().zip(&imported.cases) {
        assert_eq!(
            (&new.name, &new.fields, &new.templates),
            (&old.name, &old.fields, &old.templates)
        );
    }
    let mut ids: Vec<&str> = after.cases.iter().map(|c| c.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), after.cases.len(), "duplicate ids after import");
    assert_eq!(after.current, before.current);
    let stored = to_json(&after);
    assert_eq!(read_str(&stored), Ok((after, Default::default())));
}

/// The embed query (`?embed=1&tools=…&name=…`, written by another site) and the location
/// hash: never a panic; the options are within their rules (tools never empty nor
/// repeated, a short name without control characters, an accent `#rrggbb`, a known
/// currency); and the generator's query for them parses back to the same options with no
/// problem.
pub fn embed_query(data: &[u8]) {
    let Ok(query) = std::str::from_utf8(data) else {
        return;
    };
    let _ = Route::parse_hash(query);
    for origin in ["", "https://app.example"] {
        let (options, problems) = EmbedOptions::from_query_at(query, origin);
        assert!(!options.tools.is_empty());
        for (i, tool) in options.tools.iter().enumerate() {
            assert!(
                !options.tools[..i].contains(tool),
                "{query:?}: repeated tool"
            );
        }
        if let Some(name) = &options.name {
            assert!(!name.is_empty() && name.chars().count() <= MAX_EMBED_NAME);
            assert!(!name.chars().any(char::is_control), "{query:?}");
        }
        if let Some(logo) = &options.logo {
            assert!(!logo.starts_with("//") && !logo.contains('\\'), "{query:?}");
        }
        if let Some(accent) = &options.accent {
            assert!(
                accent.len() == 7
                    && accent.starts_with('#')
                    && accent[1..]
                        .bytes()
                        .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)),
                "{query:?} -> {accent:?}"
            );
        }
        if let Some(code) = &options.currency {
            assert!(currency(code).is_ok(), "{query:?}");
        }
        let mut seen = problems.clone();
        seen.dedup();
        assert_eq!(seen.len(), problems.len(), "{query:?}: repeated problem");
        let written = options.to_query();
        assert_eq!(
            EmbedOptions::from_query_at(&written, origin),
            (options.clone(), Vec::new()),
            "{query:?} -> {written:?}"
        );
        assert_eq!(
            EmbedOptions::from_query_at(&format!("?{written}"), origin).0,
            options
        );
    }
}

/// The invoice form (every field typed by a person: names, amount, currency, dates,
/// payment link; the input is split into the nine fields at NUL bytes), in every number
/// locale: an invoice is accepted only when every field is valid (trimmed names within
/// the limit, a positive amount in whole minor units, due on or after the issue date, an
/// http(s) link without spaces), and otherwise each problem is reported once per field,
/// in field order, with an error that fits the field.
pub fn invoice_form(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut parts = text.split('\0').map(str::to_owned);
    let mut next = || parts.next().unwrap_or_default();
    let draft = InvoiceDraft {
        amount: next(),
        currency: next(),
        due_date: next(),
        issue_date: next(),
        payment_link: next(),
        your_business: next(),
        client_business: next(),
        client_contact: next(),
        invoice_number: next(),
    };
    for locale in NumberLocale::ALL {
        match parse_invoice(&draft, locale) {
            Ok(invoice) => {
                assert!(invoice.amount > Decimal::ZERO, "{draft:?}");
                assert_eq!(invoice.amount.scale(), invoice.currency.minor_units);
                assert_eq!(
                    parse_amount(
                        &format_amount(invoice.amount, invoice.currency, locale),
                        invoice.currency,
                        locale
                    ),
                    Ok(invoice.amount)
                );
                if let Some(issued) = invoice.issue_date {
                    assert!(issued <= invoice.due_date, "{draft:?}");
                }
                for name in [
                    &invoice.your_business,
                    &invoice.client_business,
                    &invoice.client_contact,
                    &invoice.invoice_number,
                ] {
                    assert_eq!(name.trim(), name.as_str());
                    assert!(name.chars().count() <= MAX_TEXT_CHARS);
                }
                if let Some(link) = &invoice.payment_link {
                    let lower = link.to_ascii_lowercase();
                    assert!(
                        lower.starts_with("https://") || lower.starts_with("http://"),
                        "{link:?}"
                    );
                    assert!(
                        !link.chars().any(|c| c.is_whitespace() || c.is_control()),
                        "{link:?}"
                    );
                }
            }
            Err(errors) => {
                assert!(!errors.is_empty());
                for pair in errors.windows(2) {
                    assert!((pair[0].field as u8) < (pair[1].field as u8), "{errors:?}");
                }
                for e in &errors {
                    let fits = match (&e.error, e.field) {
                        (InvoiceError::Amount(_), InvoiceField::Amount)
                        | (InvoiceError::Currency(_), InvoiceField::Currency)
                        | (
                            InvoiceError::Date(_),
                            InvoiceField::IssueDate | InvoiceField::DueDate,
                        )
                        | (InvoiceError::DueBeforeIssue, InvoiceField::DueDate)
                        | (
                            InvoiceError::LinkNotAnAddress | InvoiceError::LinkScheme,
                            InvoiceField::PaymentLink,
                        ) => true,
                        (InvoiceError::TooLong { .. }, field) => !matches!(
                            field,
                            InvoiceField::Amount
                                | InvoiceField::Currency
                                | InvoiceField::IssueDate
                                | InvoiceField::DueDate
                        ),
                        _ => false,
                    };
                    assert!(fits, "{e:?}");
                }
            }
        }
    }
}
