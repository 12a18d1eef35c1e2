//! Feeds arbitrary UTF-8 to the message template engine as a template (against a
//! context with every value given, and against one with none of the optional values),
//! then runs the tone check, the HTML conversion and the mailto link on the source and the
//! result. Checks that every error points at a real place of the source (in bounds, at
//! character boundaries, sorted, at most MAX_ERRORS, line and column right) and that the
//! HTML holds no markup but its own.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rust_decimal::Decimal;
use tactful_engine::amount::NumberLocale;
use tactful_engine::currency::currency;
use tactful_engine::dates::parse_date;
use tactful_engine::message::{
    mailto_link, render_source, render_template, to_html, tone_check, DateNames,
    DiscountDetails, MessageContext, PlanDetails, PlanRow, Rendered, StatutoryDetails,
    MAX_ERRORS,
};
use tactful_engine::statutory::Regime;

const TAGS: [&str; 15] = [
    "<p>", "</p>", "<br>", "<table>", "</table>", "<thead>", "</thead>", "<tbody>", "</tbody>",
    "<tr>", "</tr>", "<th>", "</th>", "<td>", "</td>",
];

fn contexts() -> [MessageContext; 2] {
    let date = |y: i32, m: u32, d: u32| {
        let Ok(day) = parse_date(&format!("{y:04}-{m:02}-{d:02}")) else {
            panic!("bad test date {y}-{m}-{d}");
        };
        day
    };
    let Ok(gbp) = currency("GBP") else {
        panic!("GBP missing from the table");
    };
    let mut full = MessageContext::new(Decimal::new(480_000, 2), gbp, date(2026, 12, 1), date(2026, 12, 15));
    full.your_business = "Brightside <b>Design</b>".into();
    full.client_business = "Northwind {{ amount }}".into();
    full.client_contact = "Sam".into();
    full.invoice_number = "INV-2041".into();
    full.payment_link = Some("https://pay.example.com/x?a=1&b=2".into());
    full.plan = Some(PlanDetails {
        rows: vec![PlanRow { date: date(2027, 1, 5), amount: Decimal::new(160_000, 2) }],
        table_text: "| a | b |".into(),
        next: None,
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
    });
    full.promise_date = Some(date(2026, 12, 19));
    full.sender_name = Some("Alex".into());
    let bare = MessageContext::new(Decimal::MAX, gbp, date(2100, 12, 31), date(1990, 1, 1));
    [full, bare]
}

fn check(src: &str, out: &Rendered) {
    assert!(out.errors.len() <= MAX_ERRORS);
    let mut last = 0;
    for e in &out.errors {
        assert!(e.start <= e.end && e.end <= src.len(), "{src:?} {e:?}");
        assert!(src.is_char_boundary(e.start) && src.is_char_boundary(e.end), "{src:?} {e:?}");
        assert!(e.start >= last, "{src:?}: errors out of order");
        last = e.start;
        let before = src.get(..e.start).unwrap_or("");
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
        assert_eq!((e.line as usize, e.column as usize), (line, column), "{src:?} {e:?}");
    }
}

fn check_html(text: &str) {
    let html = to_html(text);
    for (i, _) in html.match_indices('<') {
        let rest = html.get(i..).unwrap_or("");
        assert!(TAGS.iter().any(|t| rest.starts_with(t)), "{text:?} -> {rest:?}");
    }
    assert_eq!(html.matches('<').count(), html.matches('>').count(), "{text:?}");
}

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    for ctx in contexts() {
        for locale in [NumberLocale::EnGb, NumberLocale::EnUs, NumberLocale::De] {
            let out = render_template(src, &ctx, locale, DateNames::for_locale(locale));
            check(src, &out);
            for f in tone_check(&out.text, locale) {
                assert_eq!(out.text.get(f.start..f.end), Some(f.phrase.as_str()));
            }
            check_html(&out.text);
        }
        let message = render_source(src, src, &ctx, NumberLocale::EnGb, DateNames::for_locale(NumberLocale::EnGb));
        let link = mailto_link(Some(src), &message.subject, &message.body);
        assert!(link.href.is_ascii());
    }
    for f in tone_check(src, NumberLocale::EnGb) {
        assert_eq!(src.get(f.start..f.end), Some(f.phrase.as_str()));
    }
    check_html(src);
});
