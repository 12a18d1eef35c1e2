//! Unit tests of the message module, mostly tables.

mod exact;
mod formal;
mod several;
mod subsets;
mod tone_corpus;

use super::*;
use crate::currency::currency;
use crate::message::lang::LangPack;
use rust_decimal_macros::dec;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

fn gbp() -> &'static Currency {
    currency("GBP").unwrap_or_else(|_| unreachable!())
}

/// The invoice basics only: no link, plan, discount, claim, promise or sender.
fn basic() -> MessageContext {
    let mut ctx = MessageContext::new(dec!(4800), gbp(), date(2026, 12, 1), date(2026, 12, 15));
    ctx.your_business = "Brightside Design Ltd".into();
    ctx.client_business = "Northwind Traders".into();
    ctx.invoice_number = "INV-2041".into();
    ctx
}

/// Everything given.
fn full() -> MessageContext {
    let mut ctx = basic();
    ctx.client_contact = "Sam Patel".into();
    ctx.issue_date = Some(date(2026, 11, 2));
    ctx.balance = Some(dec!(3200));
    ctx.payment_link = Some("https://pay.example.com/inv-2041".into());
    ctx.plan = Some(PlanDetails {
        rows: vec![
            PlanRow {
                date: date(2027, 1, 5),
                amount: dec!(1600),
            },
            PlanRow {
                date: date(2027, 2, 5),
                amount: dec!(1600),
            },
        ],
        table_text: "1  05/01/2027  1,600.00\n2  05/02/2027  1,600.00".into(),
        next: None,
        down_payment: false,
    });
    ctx.discount = Some(DiscountDetails {
        percent: dec!(2.5),
        amount: dec!(80),
        net: dec!(3120),
        deadline: date(2026, 12, 22),
    });
    ctx.statutory = Some(StatutoryDetails {
        regime: Regime::Uk,
        rate: dec!(12.75),
        interest: dec!(21.50),
        compensation: dec!(70),
        total: dec!(91.50),
        reference_rate: Some(dec!(4.75)),
        margin: Some(dec!(8)),
        collection_costs: Some(dec!(0)),
        ..StatutoryDetails::default()
    });
    ctx.account = Some(AccountDetails {
        invoice_count: 3,
        open_invoices:
            "Invoice INV-101 · due 30 September 2026 · £1,200.00 · outstanding £200.00\n\
                        Total outstanding: £200.00\n"
                .into(),
        open_invoice_count: 1,
        paid_so_far: dec!(1000),
        last_payment_date: Some(date(2026, 11, 20)),
        last_payment_amount: Some(dec!(1000)),
    });
    ctx.promise_date = Some(date(2026, 12, 19));
    ctx.reminders_sent = 2;
    ctx.last_sent_on = Some(date(2026, 11, 30));
    ctx.promise_broken_on = Some(date(2026, 12, 20));
    ctx.part_paid = Some(dec!(1600));
    ctx.sender_name = Some("Alex Morgan".into());
    ctx
}

fn render(src: &str, ctx: &MessageContext) -> Rendered {
    render_template(src, ctx, NumberLocale::EnGb, &EN_GB_DATES)
}

fn kinds(r: &Rendered) -> Vec<TemplateErrorKind> {
    r.errors.iter().map(|e| e.kind).collect()
}

#[test]
fn the_language_renders_as_documented() {
    use TemplateErrorKind::*;
    let cases: &[(&str, &str, &[TemplateErrorKind])] = &[
        ("plain text", "plain text", &[]),
        ("", "", &[]),
        ("{{ client_contact }}", "Sam Patel", &[]),
        ("{{client_contact}}", "Sam Patel", &[]),
        (
            "{{ amount }} / {{ balance | money }}",
            "£4,800.00 / £3,200.00",
            &[],
        ),
        (
            "{{ days_overdue }} {{ days_overdue | money }}",
            "14 £14.00",
            &[],
        ),
        ("{{ due_date }}", "1 December 2026", &[]),
        ("{{ due_date | date }}", "1 December 2026", &[]),
        ("{{ due_date | date(\"short\") }}", "01/12/2026", &[]),
        (
            "{{ due_date | date('weekday') }}",
            "Tuesday 1 December 2026",
            &[],
        ),
        ("{{ today + 7 days }}", "22 December 2026", &[]),
        ("{{ today + 1 day | date(\"short\") }}", "16/12/2026", &[]),
        (
            "{{ (today + 2 weeks) | date(\"long\") }}",
            "29 December 2026",
            &[],
        ),
        ("{{ today - 15 days }}", "30 November 2026", &[]),
        ("{{ due_date + 3 months }}", "1 March 2027", &[]),
        // Tuesday 15 December 2026 + 4 business days: Monday 21 December.
        ("{{ today + 4 business days }}", "21 December 2026", &[]),
        ("{{ today + 1 business day }}", "16 December 2026", &[]),
        (
            "{{ currency }} {{ discount_percent }} {{ statutory_rate }}",
            "GBP 2.5% 12.75%",
            &[],
        ),
        (
            "{{ plan_count }} from {{ plan_next_date }}: {{ plan_next_amount }}",
            "2 from 5 January 2027: £1,600.00",
            &[],
        ),
        ("{{ sign_off }}", "Alex Morgan\nBrightside Design Ltd", &[]),
        (
            "{% if payment_link %}link{% else %}none{% endif %}",
            "link",
            &[],
        ),
        (
            "{% if not payment_link %}link{% else %}none{% endif %}",
            "none",
            &[],
        ),
        (
            "{% if statutory_regime == \"UK\" %}UK{% else %}EU{% endif %}",
            "UK",
            &[],
        ),
        ("{% if statutory_regime == 'uk' %}UK{% endif %}", "UK", &[]),
        ("{% if statutory_regime != \"UK\" %}EU{% endif %}", "", &[]),
        (
            "{% if plan %}{% if discount %}both{% endif %}{% endif %}",
            "both",
            &[],
        ),
        (
            "a {{ clinet_name }} b",
            "a {{ clinet_name }} b",
            &[UnknownPlaceholder],
        ),
        (
            "{{ amount | monee }}",
            "{{ amount | monee }}",
            &[UnknownFilter],
        ),
        (
            "{{ due_date | date(\"longest\") }}",
            "{{ due_date | date(\"longest\") }}",
            &[BadArgument],
        ),
        (
            "{{ amount | money(\"x\") }}",
            "{{ amount | money(\"x\") }}",
            &[BadArgument],
        ),
        ("{{ amount | date }}", "{{ amount | date }}", &[WrongType]),
        (
            "{{ client_business + 1 day }}",
            "{{ client_business + 1 day }}",
            &[WrongType],
        ),
        ("{{ plan }}", "{{ plan }}", &[WrongType]),
        ("{{ due_date + }}", "{{ due_date + }}", &[BadExpression]),
        (
            "{{ due_date + 1 fortnight }}",
            "{{ due_date + 1 fortnight }}",
            &[BadExpression],
        ),
        (
            "{{ today + 999999 days }}",
            "{{ today + 999999 days }}",
            &[BadExpression],
        ),
        ("{{ }}", "{{ }}", &[BadExpression]),
        (
            "{{ amount amount }}",
            "{{ amount amount }}",
            &[BadExpression],
        ),
        (
            "{{ (today + 1 day }}",
            "{{ (today + 1 day }}",
            &[BadExpression],
        ),
        (
            "{{ client_contact | default(\"x\" }}",
            "{{ client_contact | default(\"x\" }}",
            &[BadExpression],
        ),
        ("{{ amount", "{{ amount", &[UnclosedPlaceholder]),
        (
            "{{ amount {{ amount }}",
            "{{ amount £4,800.00",
            &[UnclosedPlaceholder],
        ),
        ("{% if plan", "{% if plan", &[UnclosedTag]),
        ("{% for x in y %}", "{% for x in y %}", &[UnknownTag]),
        ("a{% else %}b", "ab", &[UnmatchedElse]),
        ("a{% endif %}b", "ab", &[UnmatchedEndif]),
        (
            "{% if plan %}a{% else %}b{% else %}c{% endif %}",
            "a",
            &[UnmatchedElse],
        ),
        ("{% if plan %}a", "a", &[UnclosedIf]),
        (
            "{% if plann %}a{% else %}b{% endif %}",
            "b",
            &[UnknownPlaceholder],
        ),
        ("{% if plan extra %}a{% endif %}", "", &[BadExpression]),
        ("{% endif extra %}", "", &[BadExpression, UnmatchedEndif]),
        ("{ single } braces {", "{ single } braces {", &[]),
        ("100% sure }} %}", "100% sure }} %}", &[]),
        ("日本 {{ client_contact }} ✓", "日本 Sam Patel ✓", &[]),
    ];
    let ctx = full();
    for (src, expected, errors) in cases {
        let out = render(src, &ctx);
        assert_eq!(out.text, *expected, "{src}");
        assert_eq!(kinds(&out), *errors, "{src}");
    }
}

#[test]
fn missing_values_are_errors_only_where_rendered() {
    use TemplateErrorKind::*;
    let ctx = basic();
    let cases: &[(&str, &str, &[TemplateErrorKind])] = &[
        (
            "Dear {{ client_contact }},",
            "Dear {{ client_contact }},",
            &[MissingValue],
        ),
        (
            "Dear {{ client_contact | default(\"Sir or Madam\") }},",
            "Dear Sir or Madam,",
            &[],
        ),
        (
            "{% if payment_link %}{{ payment_link }}{% endif %}",
            "",
            &[],
        ),
        (
            "{% if plan %}{{ plan_table }}{% else %}no plan{% endif %}",
            "no plan",
            &[],
        ),
        (
            "{{ promise_date + 2 days | date(\"short\") }}",
            "{{ promise_date + 2 days | date(\"short\") }}",
            &[MissingValue],
        ),
        (
            "{% if plan %}{{ plan_nxt }}{% endif %}",
            "",
            &[UnknownPlaceholder],
        ),
        (
            "{{ plan_next_date | datum }}",
            "{{ plan_next_date | datum }}",
            &[UnknownFilter],
        ),
        (
            "{% if statutory_regime == \"UK\" %}UK{% else %}other{% endif %}",
            "other",
            &[],
        ),
        ("{{ sign_off }}", "Brightside Design Ltd", &[]),
    ];
    for (src, expected, errors) in cases {
        let out = render(src, &ctx);
        assert_eq!(out.text, *expected, "{src}");
        assert_eq!(kinds(&out), *errors, "{src}");
    }
    let mut blank = basic();
    blank.your_business = " ".into();
    blank.payment_link = Some(String::new());
    let out = render("{{ sign_off }}{% if payment_link %}x{% endif %}", &blank);
    assert_eq!(kinds(&out), [MissingValue]);
}

#[test]
fn errors_point_at_line_and_column_in_characters() {
    let src = "Dear £ {{ x }},\n\n  ✓ {{ amount | nope }}\n{% endif %}";
    let out = render(src, &full());
    let places: Vec<_> = out
        .errors
        .iter()
        .map(|e| (e.kind, e.start, e.end, e.line, e.column))
        .collect();
    let second = src.find("{{ amount").unwrap_or(0);
    let third = src.find("{% endif").unwrap_or(0);
    assert_eq!(
        places,
        [
            (TemplateErrorKind::UnknownPlaceholder, 8, 15, 1, 8),
            (TemplateErrorKind::UnknownFilter, second, second + 19, 3, 5),
            (TemplateErrorKind::UnmatchedEndif, third, third + 11, 4, 1),
        ]
    );
    for e in &out.errors {
        assert!(src.is_char_boundary(e.start) && src.is_char_boundary(e.end));
    }
}

#[test]
fn block_tags_alone_on_a_line_take_the_line_with_them() {
    let src = "A\n{% if payment_link %}\nPay: {{ payment_link }}\n{% endif %}\nB\n  {% if plan %}  \r\nplan\n{% endif %}";
    let mut ctx = full();
    assert_eq!(
        render(src, &ctx).text,
        "A\nPay: https://pay.example.com/inv-2041\nB\nplan\n"
    );
    ctx.payment_link = None;
    ctx.plan = None;
    assert_eq!(render(src, &ctx).text, "A\nB\n");
    // Not alone: kept.
    assert_eq!(
        render("x {% if plan %}y{% endif %} z\n", &full()).text,
        "x y z\n"
    );
}

#[test]
fn nesting_deeper_than_the_limit_is_reported_and_ignored() {
    let depth = MAX_DEPTH + 3;
    let src = format!(
        "{}x{}",
        "{% if plan %}".repeat(depth),
        "{% endif %}".repeat(depth)
    );
    let out = render(&src, &full());
    assert_eq!(out.text, "x");
    assert_eq!(kinds(&out), vec![TemplateErrorKind::TooDeep; 3]);
    let out = render(&"{% if plan %}".repeat(depth), &full());
    assert_eq!(out.errors.len(), 3 + MAX_DEPTH);
}

#[test]
fn errors_are_capped() {
    let out = render(&"{{ x }}".repeat(MAX_ERRORS * 2), &full());
    assert_eq!(out.errors.len(), MAX_ERRORS);
    assert_eq!(out.text.len(), MAX_ERRORS * 2 * 7);
}

#[test]
fn next_plan_payment_is_given_or_the_first_not_yet_due() {
    let mut ctx = full();
    ctx.today = date(2027, 1, 20);
    assert_eq!(render("{{ plan_next_date }}", &ctx).text, "5 February 2027");
    ctx.today = date(2027, 3, 1);
    assert_eq!(
        kinds(&render("{{ plan_next_date }}", &ctx)),
        [TemplateErrorKind::MissingValue]
    );
    if let Some(plan) = ctx.plan.as_mut() {
        plan.next = Some(PlanRow {
            date: date(2027, 2, 5),
            amount: dec!(1600),
        });
    }
    assert_eq!(render("{{ plan_next_date }}", &ctx).text, "5 February 2027");
}

#[test]
fn the_plan_table_is_a_pipe_table() {
    let out = render("{{ plan_table }}", &full());
    assert_eq!(
        out.text,
        "| No. | Due date | Amount |\n|---|---|---|\n| 1 | 5 January 2027 | £1,600.00 |\n| 2 | 5 February 2027 | £1,600.00 |"
    );
    assert!(to_html(&out.text).starts_with("<table><thead><tr><th>No.</th>"));
}

#[test]
fn amounts_and_dates_follow_the_locale() {
    let ctx = full();
    let us = render_template(
        "{{ amount }} {{ due_date | date(\"short\") }} {{ due_date }}",
        &ctx,
        NumberLocale::EnUs,
        &EN_US_DATES,
    );
    assert_eq!(us.text, "£4,800.00 12/01/2026 December 1, 2026");
    let de = render_template(
        "{{ amount }} {{ due_date }} {{ discount_percent }}",
        &ctx,
        NumberLocale::De,
        LangPack::builtin(NumberLocale::De).dates(),
    );
    assert_eq!(de.text, "4.800,00\u{a0}£ 1. Dezember 2026 2,5\u{a0}%");
}

struct Shout;

impl DateFormat for Shout {
    fn format(&self, date: NaiveDate, style: DateStyle) -> String {
        format!("{}:{date}", style.name())
    }
}

#[test]
fn an_injected_date_formatter_is_used() {
    let out = render_template(
        "{{ due_date }} {{ today | date(\"weekday\") }}",
        &full(),
        NumberLocale::EnGb,
        &Shout,
    );
    assert_eq!(out.text, "long:2026-12-01 weekday:2026-12-15");
}

// ---- the shipped library ----

/// The languages the language tests check: all, or those named in the environment
/// variable `TACTFUL_TEST_LOCALES` (comma-separated: `de,fr`; `en-gb`, `en-us`), so a
/// translator can check one language while others are still being written.
fn locales() -> Vec<NumberLocale> {
    let Ok(wanted) = std::env::var("TACTFUL_TEST_LOCALES") else {
        return NumberLocale::ALL.to_vec();
    };
    NumberLocale::ALL
        .into_iter()
        .filter(|l| {
            let name = format!("{l:?}").to_lowercase();
            wanted
                .split(',')
                .any(|w| w.trim().replace('-', "").eq_ignore_ascii_case(&name))
        })
        .collect()
}

fn all_templates() -> Vec<(TemplateId, ToneVariant, NumberLocale, Template)> {
    let mut out = Vec::new();
    for id in TemplateId::ALL {
        for tone in ToneVariant::ALL {
            for locale in locales() {
                if let Some(t) = template(id, tone, LangPack::builtin(locale)) {
                    out.push((id, tone, locale, t));
                }
            }
        }
    }
    out
}

#[test]
fn forty_three_templates_in_every_language() {
    let all = all_templates();
    assert_eq!(all.len(), 43 * locales().len());
    for id in TemplateId::ALL {
        for tone in ToneVariant::ALL {
            for locale in locales() {
                assert_eq!(
                    template(id, tone, LangPack::builtin(locale)).is_some(),
                    available_tones(id).contains(&tone),
                    "{id:?} {tone:?} {locale:?}"
                );
            }
        }
    }
}

/// The placeholder names a template source uses inside `{{ … }}` and `{% … %}`, sorted.
fn names_used(source: &str) -> Vec<&'static str> {
    let mut tags = String::new();
    let mut rest = source;
    while let Some(open) = rest.find(['{']) {
        let after = &rest[open..];
        let close = match after.get(..2) {
            Some("{{") => "}}",
            Some("{%") => "%}",
            _ => {
                rest = &after[1..];
                continue;
            }
        };
        let end = after.find(close).map_or(after.len(), |at| at + 2);
        // Quoted text inside a tag (`default("there")`) is prose, not a name.
        let mut quoted = false;
        for c in after[..end].chars() {
            if c == '"' {
                quoted = !quoted;
            } else if !quoted {
                tags.push(c);
            }
        }
        tags.push(' ');
        rest = &after[end..];
    }
    let source = tags.as_str();
    let is_name = |c: char| c.is_ascii_lowercase() || c == '_';
    let mut names: Vec<&'static str> = PLACEHOLDERS
        .iter()
        .map(|p| p.name)
        .filter(|name| {
            source.match_indices(name).any(|(at, _)| {
                let before = source[..at].chars().next_back();
                let after = source[at + name.len()..].chars().next();
                !before.is_some_and(is_name) && !after.is_some_and(is_name)
            })
        })
        .collect();
    names.sort_unstable();
    names
}

#[test]
fn translations_use_the_same_placeholders_as_english() {
    for (id, tone, locale, t) in all_templates() {
        // Each language's formal demand is its own country's letter, with what that
        // country's law asks for (tested in `formal_demands`).
        if id == TemplateId::FormalDemand {
            continue;
        }
        let Some(en) = template(id, tone, LangPack::builtin(NumberLocale::EnGb)) else {
            panic!("{id:?} {tone:?} has no English");
        };
        assert_eq!(
            names_used(t.subject),
            names_used(en.subject),
            "subject of {id:?} {tone:?} in {locale:?}"
        );
        assert_eq!(
            names_used(t.body),
            names_used(en.body),
            "body of {id:?} {tone:?} in {locale:?}"
        );
    }
}

#[test]
fn every_language_has_dates_reasons_and_a_phrase_list_that_catches_itself() {
    for locale in locales() {
        let dates = LangPack::builtin(locale).dates();
        assert!(dates
            .months
            .iter()
            .chain(&dates.weekdays)
            .all(|n| !n.is_empty()));
        for pattern in [dates.long, dates.short, dates.weekday] {
            assert!(pattern.contains("{yyyy}"), "{locale:?} {pattern}");
        }
        let lang = LangPack::builtin(locale);
        let mut reasons: Vec<&str> = ToneKind::ALL
            .iter()
            .map(|&kind| tone_reason(kind, lang))
            .collect();
        assert!(reasons.iter().all(|r| !r.is_empty()), "{locale:?}");
        reasons.sort_unstable();
        reasons.dedup();
        assert_eq!(reasons.len(), ToneKind::ALL.len(), "{locale:?}");
        let list = tone::phrase_list(lang);
        assert!(list.len() >= 80, "{locale:?} has {} phrases", list.len());
        let mut seen: Vec<&str> = list.iter().map(|(p, _, _)| *p).collect();
        seen.sort_unstable();
        seen.dedup();
        assert_eq!(
            seen.len(),
            list.len(),
            "{locale:?}: a phrase is listed twice"
        );
        for kind in [
            ToneKind::Accusatory,
            ToneKind::Threatening,
            ToneKind::Shaming,
            ToneKind::PassiveAggressive,
            ToneKind::Urgency,
            ToneKind::Insult,
            ToneKind::Sarcasm,
            ToneKind::GuiltTrip,
        ] {
            let n = list.iter().filter(|(_, k, _)| *k == kind).count();
            assert!(n >= 5, "{locale:?} has {n} phrases of {kind:?}");
        }
        for (phrase, kind, suggestion) in list {
            assert_eq!(phrase, phrase.to_lowercase(), "{locale:?}");
            assert!(
                !phrase.contains('\u{2019}'),
                "{locale:?} {phrase}: write ' for ’"
            );
            assert!(
                phrase.starts_with(char::is_alphanumeric) && phrase.trim() == phrase,
                "{locale:?} {phrase}"
            );
            for text in embeddings(locale, phrase) {
                let found = tone_check(&text, lang);
                assert_eq!(found.len(), 1, "{locale:?} {text:?}: {found:?}");
                let f = &found[0];
                assert_eq!(
                    (f.kind, f.suggestion, f.reason),
                    (kind, suggestion, tone_reason(kind, lang)),
                    "{locale:?} {text:?}"
                );
                assert_eq!(text.get(f.start..f.end), Some(f.phrase.as_str()));
                assert_eq!(
                    f.phrase
                        .replace('\u{2019}', "'")
                        .to_lowercase()
                        .split_whitespace()
                        .collect::<Vec<_>>(),
                    phrase.split(' ').collect::<Vec<_>>(),
                    "{locale:?} {text:?}"
                );
            }
            assert!(!suggestion.is_empty());
            assert_eq!(
                tone_check(suggestion, lang),
                vec![],
                "{locale:?} {suggestion}"
            );
        }
    }
}

/// `phrase` in the sentences the tests embed it in: alone, after a greeting and before a
/// closing (in `locale`'s language), capitalised at the start of a sentence, with `’` for
/// `'`, and with line breaks and no-break spaces between its words.
fn embeddings(locale: NumberLocale, phrase: &str) -> Vec<String> {
    let (hello, regards) = match locale {
        NumberLocale::De => (
            "Guten Tag Frau Weber,\n\nbitte beachten Sie:",
            "Mit freundlichen Grüßen\nAlex",
        ),
        NumberLocale::Fr => (
            "Bonjour Madame Martin,\n\nà noter\u{a0}:",
            "Cordialement,\nAlex",
        ),
        NumberLocale::Es => (
            "Buenos días, Sra. García:\n\nuna nota:",
            "Atentamente,\nAlex",
        ),
        NumberLocale::Nl => (
            "Beste mevrouw De Vries,\n\nter info:",
            "Met vriendelijke groet,\nAlex",
        ),
        NumberLocale::EnGb | NumberLocale::EnUs => ("Dear Sam,\n\nA note:", "Kind regards,\nAlex"),
    };
    let mut out = vec![
        phrase.to_owned(),
        format!("Also: {phrase}."),
        format!("{hello} {phrase}, INV-2041.\n\n{regards}"),
        format!("{hello}\n{}.\n\n{regards}", capitalise(phrase)),
        format!("({phrase})"),
        phrase.replacen(' ', "\n", 1),
        phrase.replace(' ', "\u{a0} "),
    ];
    if phrase.contains('\'') {
        out.push(format!("{hello} {}.", phrase.replace('\'', "\u{2019}")));
    }
    out
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[test]
fn every_shipped_template_renders_without_errors_and_passes_the_tone_check() {
    let mut ctx = full();
    for regime in [Regime::Uk, Regime::Eu] {
        if let Some(s) = ctx.statutory.as_mut() {
            s.regime = regime;
        }
        for (id, tone, locale, t) in all_templates() {
            let Some(message) = render_message(id, tone, LangPack::builtin(locale), &ctx) else {
                panic!("{id:?} {tone:?} missing");
            };
            assert!(
                message.errors.is_empty(),
                "{id:?} {tone:?}: {:?}",
                message.errors
            );
            for text in [
                message.subject.as_str(),
                message.body.as_str(),
                t.subject,
                t.body,
            ] {
                let found = tone_check(text, LangPack::builtin(locale));
                assert!(found.is_empty(), "{id:?} {tone:?}: {found:?}");
                assert!(
                    !text.contains("{{") && !text.contains("  ")
                        || text == t.subject
                        || text == t.body
                );
            }
            assert!(!message.subject.contains('\n'), "{id:?} {tone:?}");
            assert!(
                !message.body.contains("\n\n\n"),
                "{id:?} {tone:?}: {}",
                message.body
            );
            assert!(!message.body.starts_with('\n') && !message.body.ends_with('\n'));
            let invoice = message.subject.contains("INV-2041") || message.body.contains("INV-2041");
            assert!(invoice, "{id:?} {tone:?}");
            if id == TemplateId::StatutoryInterestNotice {
                let law = if regime == Regime::Uk {
                    "1998"
                } else {
                    "2011/7/"
                };
                assert!(message.body.contains(law), "{tone:?} {locale:?}");
            }
        }
    }
}

#[test]
fn the_payment_link_and_optional_parts_show_only_when_given() {
    let with = full();
    let without = basic();
    for (id, tone, locale, _) in all_templates() {
        let a = render_message(id, tone, LangPack::builtin(locale), &with).unwrap_or_default();
        let b = render_message(id, tone, LangPack::builtin(locale), &without).unwrap_or_default();
        if a.body.contains("pay.example.com") {
            // The link stands alone after a colon (and a no-break space in French).
            let at = a.body.find("https://pay.example.com/inv-2041").unwrap_or(0);
            let before = a.body[..at].trim_end_matches([' ', '\u{a0}']);
            assert!(before.ends_with(':'), "{id:?} {tone:?} {locale:?}");
        }
        assert!(!b.body.contains("pay.example.com"), "{id:?} {tone:?}");
        if locale == NumberLocale::EnGb {
            assert!(!b.body.contains("pay online"), "{id:?} {tone:?}");
        }
        assert!(!b.body.contains("\n\n\n"), "{id:?} {tone:?}: {}", b.body);
        // Without the optional parts, the shipped wording writes around every value but
        // those the template needs, which are reported missing, not left as code.
        assert!(b.errors.is_empty(), "{id:?} {tone:?}: {:?}", b.errors);
        let needs: &[MissingField] = match id {
            TemplateId::InstallmentDueSoon | TemplateId::InstallmentMissed => &[MissingField::Plan],
            TemplateId::PromiseConfirmation | TemplateId::PromiseMissed => {
                &[MissingField::PromiseDate]
            }
            TemplateId::StatutoryInterestNotice | TemplateId::FormalDemand => {
                &[MissingField::Statutory]
            }
            _ => &[],
        };
        assert_eq!(b.missing, needs, "{id:?} {tone:?}");
        assert_eq!(b.ready(), needs.is_empty(), "{id:?} {tone:?}");
        assert!(a.ready(), "{id:?} {tone:?}: {:?}", a.missing);
    }
}

/// British → American spellings worth checking for.
const SPELLINGS: &[(&str, &str)] = &[
    ("instalment", "installment"),
    ("favour", "favor"),
    ("colour", "color"),
    ("honour", "honor"),
    ("behaviour", "behavior"),
    ("organis", "organiz"),
    ("apologis", "apologiz"),
    ("recognis", "recogniz"),
    ("realis", "realiz"),
    ("finalis", "finaliz"),
    ("prioritis", "prioritiz"),
    ("cheque", "check"),
    ("centre", "center"),
    ("acknowledgement", "acknowledgment"),
    ("programme", "program"),
    ("licence", "license"),
    ("cancelled", "canceled"),
    ("catalogue", "catalog"),
    ("enquir", "inquir"),
];

/// American spelling alone.
fn spelled(text: &str) -> String {
    SPELLINGS
        .iter()
        .fold(text.to_owned(), |t, (gb, us)| t.replace(gb, us))
}

/// American spelling, and "Sincerely" whatever the greeting (the British choice between
/// "Yours sincerely" and "Yours faithfully" is not American usage).
fn americanize(text: &str) -> String {
    spelled(text).replace(
        "{% if client_contact %}Yours sincerely,{% else %}Yours faithfully,{% endif %}",
        "Sincerely,",
    )
}

#[test]
fn american_templates_differ_from_british_only_in_spelling() {
    let mut overrides = 0;
    let mut closings = 0;
    for id in TemplateId::ALL {
        for &tone in available_tones(id) {
            let gb =
                template(id, tone, LangPack::builtin(NumberLocale::EnGb)).unwrap_or(Template {
                    subject: "",
                    body: "",
                });
            let us =
                template(id, tone, LangPack::builtin(NumberLocale::EnUs)).unwrap_or(Template {
                    subject: "",
                    body: "",
                });
            assert_eq!(americanize(gb.subject), us.subject);
            assert_eq!(americanize(gb.body), us.body, "{id:?} {tone:?}");
            if spelled(gb.body) != gb.body || spelled(gb.subject) != gb.subject {
                overrides += 1;
            }
            if gb.body.contains("Yours faithfully,") {
                closings += 1;
            }
        }
    }
    // The three payment-plan proposals ("instalment"); the eleven formal closings.
    assert_eq!((overrides, closings), (3, 11));
}

#[test]
fn timeline_stages_map_to_templates() {
    let stages = [
        ("PreDueReminder", Some(TemplateId::PreDueReminder)),
        ("DueToday", Some(TemplateId::DueToday)),
        ("FriendlyOverdue", Some(TemplateId::FriendlyOverdue)),
        ("SecondFollowUp", Some(TemplateId::SecondFollowUp)),
        ("FirmFollowUp", Some(TemplateId::FirmFollowUp)),
        ("FinalNotice", Some(TemplateId::FinalNotice)),
        ("AgencyReferral", Some(TemplateId::AgencyReferral)),
        ("LegalReview", None),
        ("PromiseConfirmation", Some(TemplateId::PromiseConfirmation)),
        ("PromiseMissed", Some(TemplateId::PromiseMissed)),
        (
            "DisputeAcknowledgement",
            Some(TemplateId::DisputeAcknowledgement),
        ),
        ("InstallmentDueSoon", Some(TemplateId::InstallmentDueSoon)),
        ("InstallmentMissed", Some(TemplateId::InstallmentMissed)),
        ("ThankYou", Some(TemplateId::ThankYou)),
        ("thank_you", Some(TemplateId::ThankYou)),
        ("legal_review", None),
        ("", None),
        ("ThankYo", None),
        ("ThankYouu", None),
        ("Thänk", None),
    ];
    for (name, expected) in stages {
        assert_eq!(TemplateId::for_stage_name(name), expected, "{name}");
    }
    for id in TemplateId::ALL {
        let json = serde_json_like(id);
        assert_eq!(TemplateId::for_stage_name(&json), Some(id));
    }
}

/// The serde (snake case) name, without a JSON dependency.
fn serde_json_like(id: TemplateId) -> String {
    let debug = format!("{id:?}");
    let mut out = String::new();
    for c in debug.chars() {
        if c.is_uppercase() && !out.is_empty() {
            out.push('_');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

#[test]
fn the_placeholder_table_matches_the_lookup_and_the_docs() {
    let mut ctx = full();
    ctx.signature = Some("Alex Morgan, Accounts".into());
    if let Some(plan) = ctx.plan.as_mut() {
        plan.down_payment = true;
    }
    ctx.client_sole_trader = true;
    if let Some(account) = ctx.account.as_mut() {
        account.open_invoice_count = 2;
    }
    for p in PLACEHOLDERS {
        let out = render(&format!("{{% if {} %}}x{{% endif %}}", p.name), &ctx);
        assert!(out.errors.is_empty(), "{}", p.name);
        assert_eq!(out.text, "x", "{} has a value in the full context", p.name);
        let printed = render(&format!("{{{{ {} }}}}", p.name), &ctx);
        if p.kind == PlaceholderKind::Section {
            assert_eq!(kinds(&printed), [TemplateErrorKind::WrongType]);
        } else {
            assert!(printed.errors.is_empty(), "{}", p.name);
        }
    }
    let docs: Vec<&str> = include_str!("mod.rs")
        .lines()
        .filter_map(|l| l.strip_prefix("//! | `"))
        .filter_map(|l| l.split('`').next())
        .filter(|name| name.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
        .collect();
    let names: Vec<&str> = PLACEHOLDERS.iter().map(|p| p.name).collect();
    assert_eq!(docs, names);
}

// ---- tone check ----

#[test]
fn bad_phrases_are_caught_with_their_kind() {
    use ToneKind::*;
    let cases: &[(&str, ToneKind, &str)] = &[
        (
            "Your failure to pay is noted.",
            Accusatory,
            "failure to pay",
        ),
        ("You have failed to pay.", Accusatory, "You have failed"),
        (
            "you have ignored three emails",
            Accusatory,
            "you have ignored",
        ),
        ("You ignored us.", Accusatory, "You ignored"),
        ("You still haven't paid.", Accusatory, "You still haven't"),
        ("You still haven’t paid.", Accusatory, "You still haven’t"),
        ("We demand payment.", Accusatory, "We demand"),
        ("You must pay by Friday.", Accusatory, "You must pay"),
        ("There is no excuse for this.", Accusatory, "no excuse"),
        ("due to your negligence", Accusatory, "your negligence"),
        ("This is a FINAL warning.", Threatening, "FINAL warning"),
        (
            "we will be forced to act",
            Threatening,
            "we will be forced to",
        ),
        (
            "Legal action will be taken.",
            Threatening,
            "Legal action will be taken",
        ),
        (
            "This is your last chance.",
            Threatening,
            "This is your last chance",
        ),
        ("Pay, or else.", Threatening, "or else"),
        ("This is unacceptable.", Shaming, "unacceptable"),
        ("Your account is delinquent.", Shaming, "delinquent"),
        (
            "As per my last email, the invoice is due.",
            PassiveAggressive,
            "As per my last email",
        ),
        (
            "As previously stated, we need payment.",
            PassiveAggressive,
            "As previously stated",
        ),
        (
            "For the last time: pay.",
            PassiveAggressive,
            "For the last time",
        ),
        (
            "I'm sure you're very busy, but",
            Sarcasm,
            "I'm sure you're very busy",
        ),
        (
            "Per my previous email, the invoice is due.",
            PassiveAggressive,
            "Per my previous email",
        ),
        (
            "Your excuses are ridiculous.",
            Insult,
            "Your excuses are ridiculous",
        ),
        ("How typical of you.", Insult, "How typical of you"),
        ("This is pathetic.", Insult, "pathetic"),
        ("Thanks for nothing.", Sarcasm, "Thanks for nothing"),
        ("Well, what a surprise.", Sarcasm, "what a surprise"),
        (
            "After all we’ve done for you, this?",
            GuiltTrip,
            "After all we’ve done for you",
        ),
        (
            "We will not hesitate to act.",
            Threatening,
            "We will not hesitate to",
        ),
        ("Pay up.", Urgency, "Pay up"),
        ("Please pay immediately.", Urgency, "immediately"),
        ("This is URGENT.", Urgency, "URGENT"),
        ("Pay ASAP please.", Urgency, "ASAP"),
        ("We expect payment now.", Urgency, "We expect payment now"),
        (
            "We expect\npayment   now.",
            Urgency,
            "We expect\npayment   now",
        ),
        (
            "PLEASE PAY THIS INVOICE TODAY",
            Shouting,
            "PLEASE PAY THIS INVOICE TODAY",
        ),
        ("We have WAITED LONG enough", Shouting, "WAITED LONG"),
        ("Thanks!!", Exclamations, "!!"),
        ("C’est ÉNORMÉMENT GRAVE.", Shouting, "ÉNORMÉMENT GRAVE"),
        ("Zapłać ŻÓŁWIA ŁÓDŹKĘ", Shouting, "ŻÓŁWIA ŁÓDŹKĘ"),
    ];
    for (text, kind, phrase) in cases {
        let found = tone_check(text, LangPack::builtin(NumberLocale::EnGb));
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(
            (found[0].kind, found[0].phrase.as_str()),
            (*kind, *phrase),
            "{text}"
        );
        assert_eq!(text.get(found[0].start..found[0].end), Some(*phrase));
        assert!(!found[0].reason.is_empty() && !found[0].suggestion.is_empty());
    }
}

#[test]
fn the_phrase_list_is_long_and_catches_itself() {
    let list = tone::phrase_list(LangPack::builtin(NumberLocale::EnGb));
    assert!(list.len() >= 30);
    for (phrase, kind, _) in list {
        let text = format!("Well, {phrase}.");
        let found = tone_check(&text, LangPack::builtin(NumberLocale::EnUs));
        assert_eq!(found.len(), 1, "{phrase}");
        assert_eq!(found[0].kind, kind);
        assert_eq!(found[0].phrase, phrase);
    }
}

#[test]
fn courteous_text_passes() {
    let fine = [
        "We trust this can be resolved quickly.",
        "Could you let us know by 12 June when we can expect payment?",
        "The deliveries were immediatelyish, hmm.",
        "Our urgentness is low; tourgent; overall.",
        "Thank you for your payment of £4,800.00!",
        "Invoice INV-2041, IBAN GB29 NWBK 6016 1331 9268 19, VAT included, EU and UK.",
        "ACME LTD",
        "Kind regards,\nALEX",
        "{{ CLIENT_NAME }} {% if PLAN_ACTIVE %} {{ URGENT }}",
        "{% if a != \"b\" %}x{% endif %}!",
        "as per usual, on the last day",
        "you failedness",
        "日本語です 日本語です",
        "ПОЖАЛУЙСТА ОПЛАТИТЕ",
        "Ça va, Łódź, Größe, ÉTÉ",
        "",
    ];
    for text in fine {
        assert_eq!(
            tone_check(text, LangPack::builtin(NumberLocale::EnGb)),
            vec![],
            "{text}"
        );
    }
}

#[test]
fn more_than_one_exclamation_mark_is_flagged() {
    let found = tone_check(
        "Thanks! Great! See you!!! Bye!",
        LangPack::builtin(NumberLocale::EnGb),
    );
    let spans: Vec<_> = found.iter().map(|f| (f.phrase.as_str(), f.start)).collect();
    assert_eq!(spans, [("!", 13), ("!!!", 22), ("!", 29)]);
    assert!(found.iter().all(|f| f.kind == ToneKind::Exclamations));
}

#[test]
fn each_language_checks_its_own_phrases_and_the_neutral_ones() {
    // German flags its own word for "immediately" (and the capitals), not the English one.
    let found = tone_check(
        "immediately SOFORT ZAHLEN!!",
        LangPack::builtin(NumberLocale::De),
    );
    let kinds: Vec<_> = found.iter().map(|f| f.kind).collect();
    assert_eq!(
        kinds,
        [
            ToneKind::Urgency,
            ToneKind::Shouting,
            ToneKind::Exclamations
        ]
    );
    assert_eq!(
        tone_check("immediately", LangPack::builtin(NumberLocale::EnGb)).len(),
        1
    );
    assert!(found
        .iter()
        .all(|f| !f.reason.is_empty() && !f.suggestion.is_empty()));
}

#[test]
fn letter_case_is_folded_for_latin_letters() {
    let list = tone::phrase_list(LangPack::builtin(NumberLocale::EnGb));
    assert!(list.iter().any(|(p, _, _)| *p == "immediately"));
    assert_eq!(
        tone_check("IMMEDIATELY", LangPack::builtin(NumberLocale::EnGb)).len(),
        1
    );
    assert_eq!(tone::lower('É'), 'é');
    assert_eq!(tone::lower('Ü'), 'ü');
    assert_eq!(tone::lower('Ł'), 'ł');
    assert_eq!(tone::lower('Ÿ'), 'ÿ');
    assert_eq!(tone::lower('ß'), 'ß');
    assert_eq!(tone::lower('×'), '×');
    assert_eq!(tone::lower('Ж'), 'Ж');
}

#[test]
fn findings_are_at_character_boundaries_in_unicode_text() {
    let text = "Ça ne va pas: c’est UNACCEPTABLE, ÉNORMÉMENT GRAVE!!";
    for f in tone_check(text, LangPack::builtin(NumberLocale::EnGb)) {
        assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
        assert_eq!(text.get(f.start..f.end), Some(f.phrase.as_str()));
    }
}

// ---- outputs ----

#[test]
fn hostile_input_comes_out_inert_in_html() {
    let mut ctx = full();
    ctx.client_contact = "<img src=x onerror=alert(1)>".into();
    ctx.client_business = "</textarea><script>alert('x')</script>".into();
    ctx.invoice_number = "{{7*7}}".into();
    ctx.your_business = "\"Quotes\" & <b>bold</b> | pipes |".into();
    for (id, tone, locale, _) in all_templates() {
        let message = render_message(id, tone, LangPack::builtin(locale), &ctx).unwrap_or_default();
        assert!(message.body.contains("{{7*7}}") || message.subject.contains("{{7*7}}"));
        let html = to_html(&message.body);
        assert!(
            !html.contains("<img") && !html.contains("<script") && !html.contains("</textarea")
        );
        assert!(!html.contains("<b>"));
        assert_only_known_tags(&html);
    }
    let html = to_html("Dear <img src=x onerror=alert(1)>,\n| </textarea> | {{7*7}} |\n'\"&");
    assert_eq!(
        html,
        "<p>Dear &lt;img src=x onerror=alert(1)&gt;,</p>\n<table><tbody><tr><td>&lt;/textarea&gt;</td><td>{{7*7}}</td></tr></tbody></table>\n<p>&#39;&quot;&amp;</p>"
    );
}

/// Every `<` in `html` opens one of the tags `to_html` writes.
fn assert_only_known_tags(html: &str) {
    const TAGS: [&str; 20] = [
        "<p>", "</p>", "<br>", "<table>", "</table>", "<thead>", "</thead>", "<tbody>", "</tbody>",
        "<tr>", "</tr>", "<th>", "</th>", "<td>", "</td>", "<ul>", "</ul>", "<li>", "</li>", "<!",
    ];
    for (i, _) in html.match_indices('<') {
        let rest = html.get(i..).unwrap_or("");
        assert!(TAGS[..19].iter().any(|t| rest.starts_with(t)), "{rest}");
    }
    assert_eq!(html.matches('>').count(), html.matches('<').count());
}

#[test]
fn paragraphs_and_line_breaks_become_html() {
    let cases = [
        ("", ""),
        ("one", "<p>one</p>"),
        ("one\ntwo", "<p>one<br>two</p>"),
        ("one\r\n\r\ntwo\n \n\n", "<p>one</p>\n<p>two</p>"),
        ("| a |", "<table><tbody><tr><td>a</td></tr></tbody></table>"),
        ("|", "<p>|</p>"),
        ("||", "<table><tbody><tr><td></td></tr></tbody></table>"),
        ("x\n| a | b |\n|:-|-:|\n| 1 | 2 |\ny", "<p>x</p>\n<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>\n<p>y</p>"),
    ];
    for (text, html) in cases {
        assert_eq!(to_html(text), html, "{text:?}");
    }
}

#[test]
fn mailto_links_are_percent_encoded() {
    let cases = [
        (
            Some("sam@example.com"),
            "Hi",
            "a\r\nb\rc\nd",
            "mailto:sam@example.com?subject=Hi&body=a%0D%0Ab%0D%0Ac%0D%0Ad",
        ),
        (
            Some(" x?cc=evil@x.com "),
            "s&body=x",
            "",
            "mailto:x%3Fcc%3Devil@x.com?subject=s%26body%3Dx",
        ),
        (
            None,
            "Line\nbreak",
            "£ é ✓",
            "mailto:?subject=Line%20break&body=%C2%A3%20%C3%A9%20%E2%9C%93",
        ),
        (None, "", "", "mailto:"),
        (
            None,
            "a+b#c",
            "100%",
            "mailto:?subject=a%2Bb%23c&body=100%25",
        ),
    ];
    for (to, subject, body, href) in cases {
        let link = mailto_link(to, subject, body);
        assert_eq!(link.href, href);
        assert!(!link.too_long);
    }
    let long = mailto_link(None, "", &"é".repeat(331));
    assert_eq!((long.href.len(), long.too_long), (7 + 6 + 331 * 6, false));
    let long = mailto_link(None, "", &"é".repeat(332));
    assert!(long.too_long);
}

#[test]
fn counts_are_characters_and_words() {
    for (text, expected) in [
        ("", (0, 0)),
        ("  ", (2, 0)),
        ("a b\nc", (5, 3)),
        ("£4,800.00 due", (13, 2)),
        ("日本語", (3, 1)),
    ] {
        assert_eq!(counts(text), expected, "{text}");
    }
}

#[test]
fn messages_serialize_for_the_ui() {
    let ctx = full();
    let message = render_source(
        "{{ x }}",
        "{{ amount }}",
        &ctx,
        NumberLocale::EnGb,
        &EN_GB_DATES,
    );
    assert_eq!(
        message.errors[0].to_string(),
        "subject: unknown placeholder (line 1, column 1)"
    );
    let e: &dyn std::error::Error = &message.errors[0];
    assert!(e.to_string().starts_with("subject"));
}

#[test]
fn an_account_lists_its_open_invoices_and_thanks_for_what_was_paid() {
    let src = "{% if account %}{{ open_invoice_count }} open:\n{{ open_invoices }}{% endif %}\
               {% if paid_so_far %}Thank you for {{ paid_so_far }}, last {{ last_payment_amount }} on {{ last_payment_date }}.{% endif %}";
    let mut ctx = full();
    let out = render(src, &ctx);
    assert!(out.errors.is_empty(), "{:?}", out.errors);
    assert_eq!(
        out.text,
        "1 open:\nInvoice INV-101 · due 30 September 2026 · £1,200.00 · outstanding £200.00\n\
         Total outstanding: £200.00\n\
         Thank you for £1,000.00, last £1,000.00 on 20 November 2026."
    );
    // One invoice, nothing paid yet: no account section, no thanks.
    ctx.account = Some(AccountDetails {
        invoice_count: 1,
        open_invoices: "Invoice INV-1 · due 1 December 2026 · £4,800.00 · outstanding £4,800.00\n"
            .into(),
        open_invoice_count: 1,
        ..AccountDetails::default()
    });
    assert_eq!(render(src, &ctx).text, "");
    // No account at all: the placeholders are missing, kept as written when printed.
    ctx.account = None;
    let printed = render("{{ open_invoices }} {{ paid_so_far }}", &ctx);
    assert_eq!(printed.text, "{{ open_invoices }} {{ paid_so_far }}");
    assert_eq!(
        kinds(&printed),
        [
            TemplateErrorKind::MissingValue,
            TemplateErrorKind::MissingValue
        ]
    );
}

#[test]
fn the_history_values_word_a_first_contact_and_a_follow_up_differently() {
    let source = "{% if reminders_sent %}After {{ reminders_sent }} reminders, the last on {{ last_sent_on | date(\"short\") }}.{% else %}First contact.{% endif %}\
{% if promise_broken_on %} Promise broken on {{ promise_broken_on | date(\"short\") }}.{% endif %}\
{% if part_paid %} Thank you for {{ part_paid }}; {{ balance }} is left.{% endif %}";
    let first = basic();
    assert_eq!(render(source, &first).text, "First contact.");
    assert_eq!(
        render("{{ reminders_sent | default(\"0\") }}", &first).text,
        "0"
    );
    let mut later = basic();
    later.reminders_sent = 2;
    later.last_sent_on = Some(date(2026, 11, 30));
    later.promise_broken_on = Some(date(2026, 12, 20));
    later.part_paid = Some(dec!(1600));
    later.balance = Some(dec!(3200));
    let out = render(source, &later);
    assert!(out.errors.is_empty(), "{:?}", out.errors);
    assert_eq!(
        out.text,
        "After 2 reminders, the last on 30/11/2026. Promise broken on 20/12/2026. Thank you for £1,600.00; £3,200.00 is left."
    );
}

#[test]
fn a_plan_counts_its_instalments_after_a_down_payment_and_asks_for_a_reply_before_it() {
    let mut ctx = basic();
    let mut rows = vec![PlanRow {
        date: date(2026, 12, 29),
        amount: dec!(1200),
    }];
    for month in 1..=6 {
        rows.push(PlanRow {
            date: date(2027, month, 29),
            amount: dec!(600),
        });
    }
    ctx.plan = Some(PlanDetails {
        rows,
        down_payment: true,
        ..PlanDetails::default()
    });
    let out = render(
        "{{ plan_count }} after {{ plan_down_payment }}; reply by {{ plan_reply_by | date(\"weekday\") }}",
        &ctx,
    );
    // Today is Tuesday 15 December 2026: five business days on is Tuesday 22 December,
    // two business days before the down payment (Tuesday 29 December) is Thursday 24.
    assert_eq!(
        out.text,
        "6 after £1,200.00; reply by Tuesday 22 December 2026"
    );
    // A first payment a week away: the reply is asked two business days before it.
    if let Some(plan) = ctx.plan.as_mut() {
        plan.rows[0].date = date(2026, 12, 22);
    }
    let out = render("{{ plan_reply_by | date(\"weekday\") }}", &ctx);
    assert_eq!(out.text, "Friday 18 December 2026");
    // A first payment tomorrow: the next business day, no earlier.
    if let Some(plan) = ctx.plan.as_mut() {
        plan.rows[0].date = date(2026, 12, 16);
    }
    assert_eq!(render("{{ plan_reply_by }}", &ctx).text, "16 December 2026");
    // Without a plan: five business days.
    ctx.plan = None;
    assert_eq!(render("{{ plan_reply_by }}", &ctx).text, "22 December 2026");
    assert_eq!(
        render("{% if plan_down_payment %}x{% endif %}", &ctx).text,
        ""
    );
}

#[test]
fn the_plan_list_is_plain_text_and_copies_as_a_list() {
    let mut ctx = full();
    if let Some(plan) = ctx.plan.as_mut() {
        plan.down_payment = true;
    }
    let out = render("{{ plan_list }}", &ctx);
    assert_eq!(
        out.text,
        "- 5 January 2027: £1,600.00 (down payment)\n- 5 February 2027: £1,600.00"
    );
    assert!(!out.text.contains('|'));
    assert_eq!(
        to_html(&format!("As follows:\n\n{}\n\nThanks", out.text)),
        "<p>As follows:</p>\n<ul><li>5 January 2027: £1,600.00 (down payment)</li><li>5 February 2027: £1,600.00</li></ul>\n<p>Thanks</p>"
    );
    let french = render_template(
        "{{ plan_list }}",
        &ctx,
        NumberLocale::Fr,
        lang::french().dates(),
    );
    assert_eq!(
        french.text,
        "- 5 janvier 2027\u{a0}: 1\u{202f}600,00\u{a0}£ (acompte)\n- 5 février 2027\u{a0}: 1\u{202f}600,00\u{a0}£"
    );
}

/// Phrases that claim an earlier message, per language.
fn claims_earlier_messages(locale: NumberLocale) -> &'static [&'static str] {
    match locale {
        NumberLocale::EnGb | NumberLocale::EnUs => &[
            "several",
            "reminders",
            "second reminder",
            "further reminder",
            "earlier note",
            "once more",
            " again",
            "previous",
            "last message",
            "already written",
            "wrote to you",
        ],
        NumberLocale::De => &[
            "mehrere",
            "mehrmals",
            "Erinnerungen",
            "zweite Erinnerung",
            "erneut",
            "noch einmal",
            "bisherigen",
            "letzten Nachricht",
            "bereits wegen",
            "hatten Ihnen",
        ],
        NumberLocale::Fr => &[
            "plusieurs reprises",
            "plusieurs rappels",
            "relances",
            "rappels",
            "deuxième relance",
            "nouvelle relance",
            "une nouvelle fois",
            "précédent",
            "dernier message",
            "déjà écrit",
            "reprendre contact",
        ],
        NumberLocale::Es => &[
            "varios",
            "recordatorios",
            "segundo recordatorio",
            "nuevo recordatorio",
            "de nuevo",
            "una vez más",
            "anterior",
            "último mensaje",
            "ya le hemos escrito",
            "hace unos días",
        ],
        NumberLocale::Nl => &[
            "meerdere",
            "herinneringen",
            "tweede herinnering",
            "nieuwe herinnering",
            "nogmaals",
            "nog eens",
            "eerdere",
            "laatste bericht",
            "al eerder",
            "schreven wij",
        ],
    }
}

#[test]
fn a_first_contact_claims_no_earlier_message_and_a_follow_up_says_what_was_sent() {
    use TemplateId::*;
    let ladder = [
        PreDueReminder,
        DueToday,
        FriendlyOverdue,
        SecondFollowUp,
        FirmFollowUp,
        FinalNotice,
        AgencyReferral,
        PaymentPlanProposal,
        SettlementOffer,
        StatutoryInterestNotice,
    ];
    // 38 days late, nothing sent yet.
    let mut first = full();
    first.today = date(2027, 1, 8);
    first.reminders_sent = 0;
    first.last_sent_on = None;
    first.promise_broken_on = None;
    first.part_paid = None;
    let mut later = first.clone();
    later.reminders_sent = 3;
    for (id, tone, locale, _) in all_templates() {
        if !ladder.contains(&id) {
            continue;
        }
        let lang = LangPack::builtin(locale);
        let message = render_message(id, tone, lang, &first).unwrap_or_default();
        for phrase in claims_earlier_messages(locale) {
            assert!(
                !message.body.contains(phrase) && !message.subject.contains(phrase),
                "{id:?} {tone:?} {locale:?} on a first contact says “{phrase}”:\n{}",
                message.body
            );
        }
        if matches!(id, SecondFollowUp | FirmFollowUp | FinalNotice) {
            let followed = render_message(id, tone, lang, &later).unwrap_or_default();
            assert_ne!(followed.body, message.body, "{id:?} {tone:?} {locale:?}");
        }
    }
}

/// Issue #20's client account on 7 December 2026: INV-101 (1,200, due 30 September),
/// INV-102 (3,400, 31 October) and INV-103 (800, 15 November) in `currency`, with `paid`
/// received on account on 20 November, under `law`, claiming the statutory sums or not.
pub(super) fn issue_account(
    currency: &str,
    paid: rust_decimal::Decimal,
    law: crate::statutory::Jurisdiction,
    claim: bool,
) -> crate::account::AccountReport {
    use crate::account::{
        account_report, check_account, AccountInput, AccountTerms, InvoiceInput, PaymentInput,
    };
    let account = check_account(&AccountInput {
        invoices: vec![
            InvoiceInput::new("INV-101", date(2026, 9, 30), dec!(1200), currency),
            InvoiceInput::new("INV-102", date(2026, 10, 31), dec!(3400), currency),
            InvoiceInput::new("INV-103", date(2026, 11, 15), dec!(800), currency),
        ],
        payments: vec![PaymentInput::on_account(date(2026, 11, 20), paid)],
    })
    .unwrap_or_else(|e| panic!("{e:?}"));
    account_report(&account, &AccountTerms::new(law, claim), date(2026, 12, 7))
        .unwrap_or_else(|e| panic!("{e:?}"))
}

#[test]
fn a_shipped_reminder_thanks_for_the_part_payment_and_lists_the_open_invoices_in_a_table() {
    let report = issue_account("GBP", dec!(1000), crate::statutory::Jurisdiction::Uk, false);
    let mut ctx = basic();
    ctx.account = Some(AccountDetails::from_report(&report, LangPack::BRITISH));
    let message = render_message(
        TemplateId::FriendlyOverdue,
        ToneVariant::Neutral,
        LangPack::BRITISH,
        &ctx,
    )
    .expect("the template");
    assert!(message.errors.is_empty(), "{:?}", message.errors);
    let expected = "\
Thank you for the £1,000.00 we have received from you so far, most recently on 20 November 2026.

The following invoices are still open:

Invoice  Due date              Amount  Outstanding
-------  -----------------  ---------  -----------
INV-101  30 September 2026  £1,200.00      £200.00
INV-102  31 October 2026    £3,400.00    £3,400.00
INV-103  15 November 2026     £800.00      £800.00
-------  -----------------  ---------  -----------
Total outstanding                        £4,400.00

";
    assert!(message.body.contains(expected), "{}", message.body);
    // In German, from the German pack.
    let german = crate::message::lang::german();
    ctx.account = Some(AccountDetails::from_report(&report, german));
    let message = render_message(
        TemplateId::FriendlyOverdue,
        ToneVariant::Neutral,
        german,
        &ctx,
    )
    .expect("the template");
    assert!(message.errors.is_empty(), "{:?}", message.errors);
    assert!(
        message.body.contains(
            "Vielen Dank für die bisher eingegangenen 1.000,00\u{a0}£, zuletzt am 20. November 2026.\n\n\
             Folgende Rechnungen sind noch offen:\n\nRechnung  Fällig am"
        ),
        "{}",
        message.body
    );
    // One invoice and no payment (the case as before accounts): neither part.
    ctx.account = None;
    let single = render_message(
        TemplateId::FriendlyOverdue,
        ToneVariant::Neutral,
        LangPack::BRITISH,
        &ctx,
    )
    .expect("the template");
    assert!(!single.body.contains("Thank you for the") && !single.body.contains("still open:"));
}
