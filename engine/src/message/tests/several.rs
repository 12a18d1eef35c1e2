//! A client account with several open invoices: `invoice_number` lists them all, so every
//! template, tone and language names them in the plural, with plural verbs, the amount as
//! their total and the oldest one's due date; the tone check finds nothing. One invoice
//! reads as before.

use super::*;
use crate::account::account_invoice;
use crate::invoice::Invoice;
use crate::statutory::Jurisdiction;

/// The issue's account in `locale`'s currency, as the app writes a message about it on 7
/// December 2026: INV-101 (30 September), INV-102 (31 October) and INV-103 (15 November),
/// 1,000 paid on account on 20 November, all three still open (4,400.00 in all); the
/// claim under `law`, claimed. `first`: no reminder sent yet; otherwise two.
fn three_open(locale: NumberLocale, law: Jurisdiction, first: bool) -> MessageContext {
    let code = match locale {
        NumberLocale::EnGb => "GBP",
        NumberLocale::EnUs => "USD",
        _ => "EUR",
    };
    let report = super::issue_account(code, dec!(1000), law, true);
    let debt = account_invoice(&report, &parties(code), report.principal_owed())
        .unwrap_or_else(|| panic!("something is owed"));
    assert_eq!(
        (debt.invoice_number.as_str(), debt.amount),
        ("INV-101, INV-102, INV-103", dec!(4400.00))
    );
    let lang = LangPack::builtin(locale);
    let mut ctx = MessageContext::from_invoice(&debt, date(2026, 12, 7));
    ctx.account = Some(AccountDetails::from_report(&report, lang));
    ctx.statutory = StatutoryDetails::from_account(&report, true);
    ctx.sender_name = Some("Alex Morgan".into());
    ctx.payment_link = Some("https://pay.example.com/northwind".into());
    ctx.plan = Some(PlanDetails {
        rows: vec![
            PlanRow {
                date: date(2027, 1, 5),
                amount: dec!(2200),
            },
            PlanRow {
                date: date(2027, 2, 5),
                amount: dec!(2200),
            },
        ],
        ..PlanDetails::default()
    });
    ctx.discount = Some(DiscountDetails {
        percent: dec!(2),
        amount: dec!(88),
        net: dec!(4312),
        deadline: date(2026, 12, 14),
    });
    ctx.promise_date = Some(date(2026, 12, 4));
    if !first {
        ctx.reminders_sent = 2;
        ctx.last_sent_on = Some(date(2026, 11, 30));
    }
    ctx
}

/// The parties of the case (the client, its contact, your business), as the invoice form
/// gives them; the account supplies the rest.
fn parties(code: &str) -> Invoice {
    Invoice {
        your_business: "Brightside Design".into(),
        client_business: "Northwind Traders".into(),
        client_contact: "Sam Patel".into(),
        invoice_number: String::new(),
        amount: dec!(1200),
        currency: currency(code).unwrap_or_else(|_| unreachable!()),
        issue_date: None,
        due_date: date(2026, 9, 30),
        payment_link: None,
    }
}

/// The law whose letter each language writes: its own country's (English: the UK's).
fn own_law(locale: NumberLocale) -> Jurisdiction {
    match locale {
        NumberLocale::De => Jurisdiction::De,
        NumberLocale::Fr => Jurisdiction::Fr,
        NumberLocale::Es => Jurisdiction::Es,
        NumberLocale::Nl => Jurisdiction::Nl,
        NumberLocale::EnGb | NumberLocale::EnUs => Jurisdiction::Uk,
    }
}

/// `locale`'s word for one invoice, and for one invoice followed by a list of them.
fn singular(locale: NumberLocale) -> (&'static str, &'static str) {
    match locale {
        NumberLocale::De => ("rechnung", "rechnung inv-101, inv-102"),
        NumberLocale::Fr => ("facture", "facture inv-101, inv-102"),
        NumberLocale::Es => ("factura", "factura inv-101, inv-102"),
        NumberLocale::Nl => ("factuur", "factuur inv-101, inv-102"),
        NumberLocale::EnGb | NumberLocale::EnUs => ("invoice", "invoice inv-101, inv-102"),
    }
}

/// Where `text` (lower case) has `word` on its own: not followed by a letter, so not the
/// plural ("invoices", "Rechnungen", "factures", "facturas") nor a longer word.
fn singular_at(text: &str, word: &str) -> Option<usize> {
    text.match_indices(word)
        .find(|(at, _)| {
            !text[at + word.len()..]
                .chars()
                .next()
                .is_some_and(char::is_alphabetic)
        })
        .map(|(at, _)| at)
}

#[test]
fn several_invoices_is_true_when_the_number_lists_several() {
    let details = |invoice_count, open_invoice_count| AccountDetails {
        invoice_count,
        open_invoice_count,
        ..AccountDetails::default()
    };
    let mut ctx = basic();
    let src = "{% if several_invoices %}several{% else %}one{% endif %}";
    assert_eq!(render(src, &ctx).text, "one");
    for (account, expected) in [
        (details(3, 3), "several"),
        (details(3, 2), "several"),
        // One open of three: the number is that invoice's.
        (details(3, 1), "one"),
        // None open: the number lists every invoice.
        (details(2, 0), "several"),
        (details(1, 1), "one"),
        (details(1, 0), "one"),
    ] {
        ctx.account = Some(account.clone());
        let out = render(src, &ctx);
        assert!(out.errors.is_empty(), "{:?}", out.errors);
        assert_eq!(out.text, expected, "{account:?}");
    }
    // A condition only: printed, it is an error (and missing with one invoice).
    ctx.account = Some(details(3, 3));
    let printed = render("{{ several_invoices }}", &ctx);
    assert_eq!(kinds(&printed), [TemplateErrorKind::WrongType]);
}

#[test]
fn every_template_names_several_open_invoices_in_the_plural() {
    let mut renders = 0;
    for (id, tone, locale, _) in all_templates() {
        let lang = LangPack::builtin(locale);
        let (word, word_and_list) = singular(locale);
        // The formal demand also under another country's law (its generic letter).
        let laws: &[Jurisdiction] = if id == TemplateId::FormalDemand {
            &[own_law(locale), Jurisdiction::Ie]
        } else {
            &[own_law(locale)]
        };
        for &law in laws {
            for first in [true, false] {
                let ctx = three_open(locale, law, first);
                let message = render_message(id, tone, lang, &ctx).unwrap_or_default();
                renders += 1;
                let case = format!("{id:?} {tone:?} {locale:?} {law:?} first: {first}");
                assert!(message.ready(), "{case}: {message:?}");
                // The open invoices' table (aligned with spaces, headed "Invoice") is
                // the account module's: the prose around it is what is checked.
                let table = ctx
                    .account
                    .as_ref()
                    .map_or("", |a| a.open_invoices.trim_end());
                for (part, text) in [("subject", &message.subject), ("body", &message.body)] {
                    assert!(
                        tone_check(text, lang).is_empty(),
                        "{case}: {part}: {:?}",
                        tone_check(text, lang)
                    );
                    let prose = text.replace(table, "[table]").to_lowercase();
                    assert!(
                        !prose.contains(word_and_list),
                        "{case}: {part} says {word_and_list:?}:\n{text}"
                    );
                    if let Some(at) = singular_at(&prose, word) {
                        panic!(
                            "{case}: {part} names one {word:?} at {at}: {:?}\n{text}",
                            &prose[at.saturating_sub(40)..(at + 40).min(prose.len())]
                        );
                    }
                }
                let named = format!("{}\n{}", message.subject, message.body);
                assert!(
                    named.contains("INV-101, INV-102, INV-103"),
                    "{case}: the numbers are not named"
                );
            }
        }
    }
    assert_eq!(renders, locales().len() * (43 + 1) * 2);
}

/// (language, template, tone, subject, the body's first paragraph after the greeting).
#[rustfmt::skip]
fn expected() -> Vec<(NumberLocale, TemplateId, ToneVariant, &'static str, &'static str)> {
    use NumberLocale::*;
    use TemplateId::{FormalDemand, FriendlyOverdue};
    use ToneVariant::*;
    vec![
        (EnGb, FriendlyOverdue, Warm,
            "A quick note about invoices INV-101, INV-102, INV-103",
            "I hope you are well. Our records show that invoices INV-101, INV-102, INV-103 for a total of £4,400.00, the oldest due on 30 September 2026, are still open. These things easily slip through the net, so I thought I would send a quick reminder."),
        (EnGb, FriendlyOverdue, Neutral,
            "Invoices INV-101, INV-102, INV-103: payment reminder",
            "According to our records, invoices INV-101, INV-102, INV-103 for a total of £4,400.00, the oldest of which was due on 30 September 2026, have not yet been settled. We would be grateful if you could arrange payment at your earliest convenience."),
        (EnGb, FriendlyOverdue, Firm,
            "Invoices INV-101, INV-102, INV-103: payment now overdue",
            "Invoices INV-101, INV-102, INV-103 for a total of £4,400.00, the oldest of which was due on 30 September 2026, have not yet been settled."),
        (EnGb, FormalDemand, Firm,
            "Letter before claim: invoices INV-101, INV-102, INV-103",
            "Invoices INV-101, INV-102, INV-103 for a total of £4,400.00, the oldest of which was due for payment on 30 September 2026, remain outstanding despite our 2 reminders."),
        (EnUs, FriendlyOverdue, Neutral,
            "Invoices INV-101, INV-102, INV-103: payment reminder",
            "According to our records, invoices INV-101, INV-102, INV-103 for a total of $4,400.00, the oldest of which was due on September 30, 2026, have not yet been settled. We would be grateful if you could arrange payment at your earliest convenience."),
        (De, FriendlyOverdue, Warm,
            "Kurzer Hinweis zu den Rechnungen INV-101, INV-102, INV-103",
            "ich hoffe, es geht Ihnen gut. Laut unseren Unterlagen sind die Rechnungen INV-101, INV-102, INV-103 über insgesamt 4.400,00\u{a0}€, die älteste fällig am 30. September 2026, noch offen. So etwas geht im Alltag leicht unter, deshalb melde ich mich kurz."),
        (De, FriendlyOverdue, Neutral,
            "Rechnungen INV-101, INV-102, INV-103: Zahlungserinnerung",
            "laut unseren Unterlagen sind die Rechnungen INV-101, INV-102, INV-103 über insgesamt 4.400,00\u{a0}€, die älteste fällig am 30. September 2026, noch nicht beglichen. Wir wären Ihnen dankbar, wenn Sie die Zahlung bei nächster Gelegenheit veranlassen könnten."),
        (De, FriendlyOverdue, Firm,
            "Rechnungen INV-101, INV-102, INV-103: Zahlung überfällig",
            "die Rechnungen INV-101, INV-102, INV-103 über insgesamt 4.400,00\u{a0}€, die älteste fällig am 30. September 2026, sind noch nicht beglichen."),
        (De, FormalDemand, Firm,
            "Letzte Mahnung: Rechnungen INV-101, INV-102, INV-103",
            "die Rechnungen INV-101, INV-102, INV-103 über insgesamt 4.400,00\u{a0}€, die älteste fällig am 30. September 2026, sind bis heute nicht beglichen, auch nach unseren 2 Zahlungserinnerungen."),
        (Fr, FriendlyOverdue, Warm,
            "Un petit mot au sujet des factures INV-101, INV-102, INV-103",
            "J’espère que vous allez bien. Sauf erreur de ma part, les factures INV-101, INV-102, INV-103 d’un montant total de 4\u{202f}400,00\u{a0}€, dont la plus ancienne est arrivée à échéance le 30 septembre 2026, sont toujours en attente de règlement. Ce genre de chose peut facilement passer inaperçu, alors je me permets ce petit rappel."),
        (Fr, FriendlyOverdue, Neutral,
            "Factures INV-101, INV-102, INV-103\u{a0}: rappel de paiement",
            "Sauf erreur de notre part, les factures INV-101, INV-102, INV-103 d’un montant total de 4\u{202f}400,00\u{a0}€, dont la plus ancienne est arrivée à échéance le 30 septembre 2026, n’ont pas encore été réglées. Nous vous serions reconnaissants de bien vouloir procéder au paiement dès que vous en aurez la possibilité."),
        (Fr, FriendlyOverdue, Firm,
            "Factures INV-101, INV-102, INV-103\u{a0}: échéance dépassée",
            "Les factures INV-101, INV-102, INV-103 d’un montant total de 4\u{202f}400,00\u{a0}€, dont la plus ancienne était payable le 30 septembre 2026, n’ont pas encore été réglées."),
        (Fr, FormalDemand, Firm,
            "Mise en demeure de payer\u{a0}: factures INV-101, INV-102, INV-103",
            "Les factures INV-101, INV-102, INV-103 d’un montant total de 4\u{202f}400,00\u{a0}€, dont la plus ancienne est arrivée à échéance le 30 septembre 2026, restent à régler malgré nos 2 relances."),
        (Es, FriendlyOverdue, Warm,
            "Un breve recordatorio sobre las facturas INV-101, INV-102, INV-103",
            "Espero que se encuentre bien. Según nuestros registros, las facturas INV-101, INV-102, INV-103, por un importe total de 4.400,00\u{a0}€, de las cuales la más antigua vencía el 30 de septiembre de 2026, siguen pendientes. Son cosas que se pasan por alto con facilidad, así que he pensado en enviarle un breve recordatorio."),
        (Es, FriendlyOverdue, Neutral,
            "Facturas INV-101, INV-102, INV-103: recordatorio de pago",
            "Según nuestros registros, las facturas INV-101, INV-102, INV-103, por un importe total de 4.400,00\u{a0}€, de las cuales la más antigua vencía el 30 de septiembre de 2026, todavía no se han saldado. Le agradeceríamos que realizara el pago en cuanto le sea posible."),
        (Es, FriendlyOverdue, Firm,
            "Facturas INV-101, INV-102, INV-103: pago vencido",
            "Las facturas INV-101, INV-102, INV-103, por un importe total de 4.400,00\u{a0}€, de las cuales la más antigua venció el 30 de septiembre de 2026, siguen pendientes de pago."),
        (Es, FormalDemand, Firm,
            "Requerimiento de pago: facturas INV-101, INV-102, INV-103",
            "Las facturas INV-101, INV-102, INV-103, por un importe total de 4.400,00\u{a0}€, de las cuales la más antigua venció el 30 de septiembre de 2026, siguen pendientes de pago tras nuestros 2 recordatorios."),
        (Nl, FriendlyOverdue, Warm,
            "Een korte herinnering over facturen INV-101, INV-102, INV-103",
            "Ik hoop dat het goed met u gaat. Volgens onze administratie staan facturen INV-101, INV-102, INV-103 van in totaal €\u{a0}4.400,00, de oudste met vervaldatum 30 september 2026, nog open. Zoiets schiet er gemakkelijk bij in, dus ik stuur u even een korte herinnering."),
        (Nl, FriendlyOverdue, Neutral,
            "Facturen INV-101, INV-102, INV-103: betalingsherinnering",
            "Volgens onze administratie zijn facturen INV-101, INV-102, INV-103 van in totaal €\u{a0}4.400,00, de oudste met vervaldatum 30 september 2026, nog niet voldaan. Wij stellen het op prijs als u de betaling op korte termijn kunt regelen."),
        (Nl, FriendlyOverdue, Firm,
            "Facturen INV-101, INV-102, INV-103: betaaltermijn verstreken",
            "Facturen INV-101, INV-102, INV-103 van in totaal €\u{a0}4.400,00, waarvan de oudste op 30 september 2026 verviel, staan nog open."),
        (Nl, FormalDemand, Firm,
            "Sommatie en ingebrekestelling: facturen INV-101, INV-102, INV-103",
            "Facturen INV-101, INV-102, INV-103 van in totaal €\u{a0}4.400,00, waarvan de oudste op 30 september 2026 verviel, zijn nog niet betaald, ook niet na onze 2 herinneringen."),
    ]
}

#[test]
fn three_open_invoices_read_as_a_native_speaker_would_write_them() {
    for (locale, id, tone, subject, paragraph) in expected() {
        let first = id == TemplateId::FriendlyOverdue;
        let ctx = three_open(locale, own_law(locale), first);
        let message = render_message(id, tone, LangPack::builtin(locale), &ctx)
            .unwrap_or_else(|| panic!("{id:?} {tone:?} {locale:?}"));
        assert_eq!(message.subject, subject, "{id:?} {tone:?} {locale:?}");
        // The paragraph after the greeting (and, in French, the line before it).
        let opening = message
            .body
            .split("\n\n")
            .find(|p| p.contains("INV-101"))
            .unwrap_or("");
        assert_eq!(opening, paragraph, "{id:?} {tone:?} {locale:?}");
    }
}

#[test]
fn one_open_invoice_of_the_account_reads_as_one_invoice() {
    // INV-101 and INV-102 paid: the account's message is about INV-103 alone, word for
    // word as for a single invoice, with the account's table and thanks after it.
    let report = super::issue_account("GBP", dec!(4600), Jurisdiction::Uk, false);
    let debt = account_invoice(&report, &parties("GBP"), report.principal_owed())
        .unwrap_or_else(|| panic!("something is owed"));
    assert_eq!(debt.invoice_number, "INV-103");
    let mut ctx = MessageContext::from_invoice(&debt, date(2026, 12, 7));
    let alone = render_message(
        TemplateId::FriendlyOverdue,
        ToneVariant::Neutral,
        LangPack::BRITISH,
        &ctx,
    )
    .unwrap_or_default();
    ctx.account = Some(AccountDetails::from_report(&report, LangPack::BRITISH));
    let in_account = render_message(
        TemplateId::FriendlyOverdue,
        ToneVariant::Neutral,
        LangPack::BRITISH,
        &ctx,
    )
    .unwrap_or_default();
    assert_eq!(in_account.subject, alone.subject);
    assert_eq!(alone.subject, "Invoice INV-103: payment reminder");
    let opening = "According to our records, invoice INV-103 for £800.00, which was due on 15 November 2026, has not yet been settled.";
    assert!(alone.body.contains(opening), "{}", alone.body);
    assert!(in_account.body.contains(opening), "{}", in_account.body);
}
