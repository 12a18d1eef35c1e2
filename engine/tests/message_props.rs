//! Property tests of the message composer (`tactful_engine::message`): the template
//! engine, the shipped templates, the tone check and the outputs.
//!
//! Each test's name states the invariant. `PROPTEST_CASES` sets the number of cases
//! (default 256).

use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use rust_decimal::Decimal;
use tactful_engine::amount::NumberLocale;
use tactful_engine::currency::currency;
use tactful_engine::message::lang::LangPack;
use tactful_engine::message::*;
use tactful_engine::statutory::Regime;

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(256)
}

fn day(offset: u32) -> NaiveDate {
    let start = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap_or_default();
    start
        .checked_add_days(Days::new(u64::from(offset)))
        .unwrap_or(start)
}

/// A context with everything given, from a few generated numbers and texts.
fn context(
    amount_minor: i64,
    code: &str,
    due: u32,
    late: u32,
    text: &str,
    regime_uk: bool,
) -> MessageContext {
    let currency = currency(code).unwrap_or_else(|_| unreachable!("sample code"));
    let amount = Decimal::new(amount_minor, currency.minor_units);
    let mut ctx = MessageContext::new(amount, currency, day(due), day(due + late));
    ctx.your_business = format!("{text} Ltd");
    ctx.client_business = format!("{text} plc");
    ctx.client_contact = format!("{text} Smith");
    ctx.invoice_number = format!("INV-{due}");
    ctx.payment_link = Some("https://pay.example.com/x".into());
    ctx.plan = Some(PlanDetails {
        rows: (1..=3)
            .map(|i| PlanRow {
                date: day(due + late + 30 * i),
                amount: Decimal::new(amount_minor / 3, currency.minor_units),
            })
            .collect(),
        table_text: text.into(),
        next: None,
        down_payment: false,
    });
    ctx.discount = Some(DiscountDetails {
        percent: Decimal::new(25, 1),
        amount: Decimal::new(amount_minor / 40, currency.minor_units),
        net: Decimal::new(amount_minor - amount_minor / 40, currency.minor_units),
        deadline: day(due + late + 7),
    });
    ctx.statutory = Some(StatutoryDetails {
        regime: if regime_uk { Regime::Uk } else { Regime::Eu },
        rate: Decimal::new(1275, 2),
        interest: Decimal::new(2150, 2),
        compensation: Decimal::from(70),
        total: Decimal::new(9150, 2),
        ..StatutoryDetails::default()
    });
    ctx.promise_date = Some(day(due + late + 4));
    ctx.sender_name = Some(format!("{text} Jones"));
    ctx
}

fn sample_context() -> MessageContext {
    context(480_000, "GBP", 2000, 14, "Sam", true)
}

/// Strings made mostly of the template language's own pieces.
fn template_like() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "{{",
        "}}",
        "{%",
        "%}",
        "{",
        "}",
        "%",
        " ",
        "\n",
        "\r\n",
        "if ",
        "else",
        "endif",
        "not ",
        "==",
        "!=",
        "\"UK\"",
        "'x'",
        "\"",
        "(",
        ")",
        "|",
        " + ",
        " - ",
        "7",
        "99999",
        "123456",
        " days",
        " business days",
        " weeks",
        " months",
        "date",
        "date(\"short\")",
        "date(\"weekday\")",
        "money",
        "default(\"x\")",
        "amount",
        "due_date",
        "today",
        "plan",
        "plan_table",
        "payment_link",
        "client_contact",
        "promise_date",
        "statutory_regime",
        "sign_off",
        "clinet_name",
        "Dear ",
        "£",
        "é",
        "日本",
        "✓",
        "!",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|parts| parts.concat())
}

/// `(line, column)` of byte offset `at`, the slow way.
fn line_column(src: &str, at: usize) -> (u32, u32) {
    let before = src.get(..at).unwrap_or("");
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (line as u32, column as u32)
}

fn check_errors(src: &str, rendered: &Rendered) {
    assert!(rendered.errors.len() <= MAX_ERRORS);
    let mut last = 0;
    for e in &rendered.errors {
        assert!(e.start <= e.end && e.end <= src.len(), "{e:?}");
        assert!(src.is_char_boundary(e.start) && src.is_char_boundary(e.end));
        assert!(e.start >= last, "sorted");
        last = e.start;
        assert_eq!(
            (e.line, e.column),
            line_column(src, e.start),
            "{src:?} {e:?}"
        );
        assert!(!e.to_string().is_empty());
    }
}

/// Percent-decodes a `mailto:` component.
fn decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(b);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

const KNOWN_TAGS: [&str; 19] = [
    "<p>", "</p>", "<br>", "<table>", "</table>", "<thead>", "</thead>", "<tbody>", "</tbody>",
    "<tr>", "</tr>", "<th>", "</th>", "<td>", "</td>", "<ul>", "</ul>", "<li>", "</li>",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn render_never_panics_on_arbitrary_templates(src in any::<String>()) {
        let ctx = sample_context();
        let out = render_template(&src, &ctx, NumberLocale::EnGb, &EN_GB_DATES);
        check_errors(&src, &out);
    }

    #[test]
    fn render_never_panics_on_template_like_input_and_points_at_real_places(src in template_like()) {
        let ctx = sample_context();
        for locale in [NumberLocale::EnGb, NumberLocale::EnUs, NumberLocale::Fr] {
            let out = render_template(&src, &ctx, locale, LangPack::builtin(locale).dates());
            check_errors(&src, &out);
        }
        let mut bare = MessageContext::new(Decimal::ONE, ctx.currency, NaiveDate::MAX, NaiveDate::MIN);
        bare.calendar = ctx.calendar.clone();
        let out = render_template(&src, &bare, NumberLocale::EnGb, &EN_GB_DATES);
        check_errors(&src, &out);
    }

    #[test]
    fn text_without_tags_renders_as_itself(src in "[^{]*") {
        let out = render_template(&src, &sample_context(), NumberLocale::EnGb, &EN_GB_DATES);
        prop_assert_eq!(out.text, src);
        prop_assert!(out.errors.is_empty());
    }

    #[test]
    fn values_are_inserted_verbatim_and_never_evaluated(value in "\\PC*[^\\s]\\PC*") {
        let mut ctx = sample_context();
        ctx.client_contact = value.clone();
        let out = render_template("[{{ client_contact }}]", &ctx, NumberLocale::EnGb, &EN_GB_DATES);
        prop_assert_eq!(out.text, format!("[{value}]"));
        prop_assert!(out.errors.is_empty());
    }

    #[test]
    fn date_arithmetic_matches_the_calendar(due in 0u32..20_000, n in 0u64..3_000) {
        let ctx = context(100, "EUR", due, 0, "x", true);
        let src = format!("{{{{ today + {n} days | date(\"short\") }}}}|{{{{ due_date - {n} days }}}}");
        let out = render_template(&src, &ctx, NumberLocale::EnGb, &EN_GB_DATES);
        let plus = ctx.today.checked_add_days(Days::new(n)).unwrap_or(ctx.today);
        let minus = ctx.due_date.checked_sub_days(Days::new(n)).unwrap_or(ctx.due_date);
        let expected = format!(
            "{}|{}",
            EN_GB_DATES.format(plus, DateStyle::Short),
            EN_GB_DATES.format(minus, DateStyle::Long)
        );
        prop_assert_eq!(out.text, expected);
    }

    #[test]
    fn shipped_templates_render_without_errors_for_any_complete_context(
        amount in 1i64..10_000_000_000,
        code in prop::sample::select(vec!["GBP", "EUR", "USD", "JPY", "KWD", "CHF"]),
        due in 0u32..20_000,
        late in 0u32..400,
        name in "[A-Za-z][a-z]{0,12}",
        uk in any::<bool>(),
        pick in 0usize..16,
    ) {
        let ctx = context(amount, code, due, late, &name, uk);
        let id = TemplateId::ALL[pick];
        for &tone in available_tones(id) {
            for locale in [NumberLocale::EnGb, NumberLocale::EnUs] {
                let message = render_message(id, tone, LangPack::builtin(locale), &ctx);
                let message = message.unwrap_or_default();
                prop_assert!(message.errors.is_empty(), "{:?}", message.errors);
                prop_assert!(message.body.contains(&ctx.invoice_number) || message.subject.contains(&ctx.invoice_number));
                let clean = !message.body.contains("{{") && !message.body.contains("{%");
                prop_assert!(clean, "{}", message.body);
            }
        }
    }

    #[test]
    fn tone_findings_are_sorted_slices_of_the_text(text in any::<String>()) {
        let found = tone_check(&text, LangPack::builtin(NumberLocale::EnGb));
        let mut last = 0;
        for f in &found {
            prop_assert!(f.start < f.end && f.end <= text.len());
            prop_assert_eq!(text.get(f.start..f.end), Some(f.phrase.as_str()));
            prop_assert!(f.start >= last);
            last = f.start;
            prop_assert!(!f.reason.is_empty() && !f.suggestion.is_empty());
        }
    }

    #[test]
    fn a_bad_phrase_is_found_in_any_letter_case_between_courteous_words(
        phrase in prop::sample::select(vec![
            "failure to pay", "you have ignored", "final warning", "immediately",
            "we will be forced to", "legal action will be taken", "as per my last email",
            "as previously stated", "your negligence", "unacceptable", "we demand",
            "you must pay", "delinquent", "for the last time", "no excuse",
            "this is your last chance", "we expect payment now", "incompetent",
            "thanks for nothing", "what a surprise", "per my previous email",
            "we will not hesitate to", "we trusted you",
        ]),
        upper in prop::collection::vec(any::<bool>(), 40),
        before in "(Dear Sam, |Thank you\\. |)",
        after in "(\\.| today\\.|, thank you\\.|)",
    ) {
        let cased: String = phrase
            .chars()
            .zip(upper.iter().cycle())
            .map(|(c, &up)| if up { c.to_ascii_uppercase() } else { c })
            .collect();
        let text = format!("{before}{cased}{after}");
        let found = tone_check(&text, LangPack::builtin(NumberLocale::EnGb));
        let start = before.len();
        prop_assert!(
            found.iter().any(|f| f.start == start && f.end == start + cased.len() && f.kind != ToneKind::Shouting),
            "{} -> {:?}", text, found
        );
    }

    #[test]
    fn insults_and_sarcasm_are_found_in_every_language_in_any_letter_case(
        (locale, phrase, kind, before, after) in prop::sample::select(vec![
            (NumberLocale::EnGb, "your excuses are ridiculous", ToneKind::Insult, "Frankly, ", "."),
            (NumberLocale::EnUs, "as i'm sure you know", ToneKind::Sarcasm, "", ", the invoice is open."),
            (NumberLocale::EnGb, "not that you'd notice", ToneKind::Sarcasm, "It is still open, ", "."),
            (NumberLocale::EnGb, "after all we've done for you", ToneKind::GuiltTrip, "", ", this?"),
            (NumberLocale::De, "ihre ausreden sind lächerlich", ToneKind::Insult, "Ehrlich gesagt: ", "."),
            (NumberLocale::De, "wie ihnen sicher bekannt ist", ToneKind::Sarcasm, "", ", ist die Rechnung offen."),
            (NumberLocale::De, "nicht dass es ihnen auffallen würde", ToneKind::Sarcasm, "Sie ist offen, ", "."),
            (NumberLocale::Fr, "vos excuses sont ridicules", ToneKind::Insult, "Franchement, ", "."),
            (NumberLocale::Fr, "comme vous ne l'ignorez pas", ToneKind::Sarcasm, "", ", la facture est échue."),
            (NumberLocale::Fr, "non pas que vous l'ayez remarqué", ToneKind::Sarcasm, "Elle reste impayée, ", "."),
            (NumberLocale::Es, "sus excusas son ridículas", ToneKind::Insult, "Sinceramente, ", "."),
            (NumberLocale::Es, "como sin duda sabrá", ToneKind::Sarcasm, "", ", la factura ha vencido."),
            (NumberLocale::Es, "no es que se vaya a dar cuenta", ToneKind::Sarcasm, "Sigue pendiente, ", "."),
            (NumberLocale::Nl, "uw excuses zijn belachelijk", ToneKind::Insult, "Eerlijk gezegd: ", "."),
            (NumberLocale::Nl, "zoals u ongetwijfeld weet", ToneKind::Sarcasm, "", ", staat de factuur open."),
            (NumberLocale::Nl, "niet dat u het zou merken", ToneKind::Sarcasm, "Hij staat open, ", "."),
        ]),
        upper in prop::collection::vec(any::<bool>(), 40),
        curly in any::<bool>(),
    ) {
        let cased: String = phrase
            .chars()
            .zip(upper.iter().cycle())
            .map(|(c, &up)| if up { c.to_uppercase().next().unwrap_or(c) } else { c })
            .map(|c| if curly && c == '\'' { '\u{2019}' } else { c })
            .collect();
        let text = format!("{before}{cased}{after}");
        let found = tone_check(&text, LangPack::builtin(locale));
        let start = before.len();
        prop_assert!(
            found.iter().any(|f| f.start == start && f.end == start + cased.len() && f.kind == kind),
            "{} -> {:?}", text, found
        );
    }

    #[test]
    fn html_has_only_its_own_tags_whatever_the_text(text in any::<String>()) {
        let html = to_html(&text);
        for (i, _) in html.match_indices('<') {
            let rest = html.get(i..).unwrap_or("");
            prop_assert!(KNOWN_TAGS.iter().any(|t| rest.starts_with(t)), "{}", rest);
        }
        prop_assert_eq!(html.matches('<').count(), html.matches('>').count());
        prop_assert!(!html.contains('"') && !html.contains('\''));
    }

    #[test]
    fn mailto_links_are_ascii_and_decode_to_the_message(
        to in proptest::option::of("[a-z.+]{1,10}@[a-z]{1,8}\\.com"),
        subject in "[^\r\n]*",
        body in any::<String>(),
    ) {
        let link = mailto_link(to.as_deref(), &subject, &body);
        prop_assert!(link.href.is_ascii());
        prop_assert!(link.href.starts_with("mailto:"));
        prop_assert_eq!(link.too_long, link.href.len() > MAILTO_MAX_CHARS);
        let query = link.href.split_once('?').map_or("", |(_, q)| q);
        let mut seen = (false, false);
        for param in query.split('&').filter(|p| !p.is_empty()) {
            let (name, value) = param.split_once('=').unwrap_or((param, ""));
            seen = (seen.0 || name == "subject", seen.1 || name == "body");
            let decoded = decode(value);
            match name {
                "subject" => prop_assert_eq!(decoded.as_deref(), Some(subject.as_str())),
                "body" => {
                    let crlf = body.replace("\r\n", "\n").replace('\r', "\n").replace('\n', "\r\n");
                    prop_assert_eq!(decoded.as_deref(), Some(crlf.as_str()));
                }
                other => prop_assert!(false, "unexpected parameter {}", other),
            }
        }
        prop_assert_eq!(seen, (!subject.is_empty(), !body.is_empty()));
        let address = link.href.trim_start_matches("mailto:").split('?').next().unwrap_or("");
        prop_assert_eq!(decode(address), Some(to.unwrap_or_default()));
    }

    #[test]
    fn counts_are_characters_and_words(text in any::<String>()) {
        let (chars, words) = counts(&text);
        prop_assert_eq!(chars, text.chars().count());
        prop_assert!(words <= chars);
        prop_assert_eq!(words, text.split_whitespace().count());
    }
}
