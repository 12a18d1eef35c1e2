//! The formal demands, the last step before court: each country's letter in its language
//! with what its law asks for, exact; none flagged by the tone check, while real threats
//! in the same language still are.

use super::*;
use crate::statutory::Jurisdiction;

/// A case with three reminders sent and the claim under `law` (figures as the statutory
/// module gives them on 15 December 2026 for £/€4,800 due on 1 December).
fn case(law: Jurisdiction, sole_trader: bool) -> MessageContext {
    let code = if law == Jurisdiction::Uk {
        "GBP"
    } else {
        "EUR"
    };
    let currency = currency(code).unwrap_or_else(|_| unreachable!());
    let mut ctx = MessageContext::new(dec!(4800), currency, date(2026, 12, 1), date(2026, 12, 15));
    ctx.invoice_number = "INV-2041".into();
    ctx.your_business = "Brightside Design".into();
    ctx.sender_name = Some("Alex Morgan".into());
    ctx.reminders_sent = 3;
    ctx.client_sole_trader = sole_trader;
    let (rate, interest, compensation, collection_costs, total) = match law {
        Jurisdiction::Uk => (dec!(11.75), dec!(21.63), dec!(70), None, dec!(91.63)),
        Jurisdiction::De => (dec!(10.27), dec!(18.91), dec!(40), None, dec!(58.91)),
        Jurisdiction::Fr => (dec!(12.15), dec!(22.37), dec!(40), None, dec!(62.37)),
        Jurisdiction::Es => (dec!(10.15), dec!(18.69), dec!(40), None, dec!(58.69)),
        _ => (
            dec!(10.15),
            dec!(18.69),
            dec!(0),
            Some(dec!(595)),
            dec!(613.69),
        ),
    };
    ctx.statutory = Some(StatutoryDetails {
        regime: law.regime(),
        rate,
        interest,
        compensation,
        total,
        jurisdiction: Some(law),
        reference_rate: None,
        margin: None,
        collection_costs,
        claimed: true,
    });
    ctx
}

/// (language, law, sole trader, subject, body).
#[rustfmt::skip]
fn expected() -> Vec<(NumberLocale, Jurisdiction, bool, &'static str, &'static str)> {
    use NumberLocale::*;
    vec![
        (EnGb, Jurisdiction::Uk, false,
            "Letter before claim: invoice INV-2041",
            "Dear Sir or Madam,\n\nInvoice INV-2041 for £4,800.00 was due for payment on 1 December 2026 and remains outstanding despite our 3 reminders.\n\nThis is a letter before claim under the Practice Direction on Pre-Action Conduct and Protocols. We claim the balance of £4,800.00, together with statutory interest and compensation under the Late Payment of Commercial Debts (Interest) Act 1998: as of 15 December 2026, £21.63 in interest, which continues to accrue at 11.75% a year until payment, and £70.00 in fixed compensation, £91.63 in all in addition to the balance.\n\nPlease pay this amount, or send us your proposal or the reasons you dispute the debt, within 14 days of the date of this letter, by 29 December 2026. We remain willing to resolve this without going to court, for example by agreeing a payment plan or through mediation.\n\nIf we have received neither payment nor a reply by then, we may start court proceedings against you without further notice.\n\nYours faithfully,\nAlex Morgan\nBrightside Design"),
        (EnGb, Jurisdiction::Uk, true,
            "Letter before claim: invoice INV-2041",
            "Dear Sir or Madam,\n\nInvoice INV-2041 for £4,800.00 was due for payment on 1 December 2026 and remains outstanding despite our 3 reminders.\n\nThis is a letter of claim under the Pre-Action Protocol for Debt Claims. We claim the balance of £4,800.00, together with statutory interest and compensation under the Late Payment of Commercial Debts (Interest) Act 1998: as of 15 December 2026, £21.63 in interest, which continues to accrue at 11.75% a year until payment, and £70.00 in fixed compensation, £91.63 in all in addition to the balance.\n\nWe enclose an up-to-date statement of account, the Information Sheet and Reply Form, and a Financial Statement form. Please complete the Reply Form and return it to us within 30 days of the date of this letter, 15 December 2026. If you would like to discuss paying over time, or need time to get advice, please say so on the Reply Form: you may wish to get free, independent debt advice, and the Information Sheet explains where to find it.\n\nIf we have received neither payment nor the completed Reply Form by 14 January 2027, we may start court proceedings against you without further notice.\n\nYours faithfully,\nAlex Morgan\nBrightside Design"),
        (De, Jurisdiction::De, false,
            "Letzte Mahnung: Rechnung INV-2041",
            "Sehr geehrte Damen und Herren,\n\ndie Rechnung INV-2041 über 4.800,00\u{a0}€, fällig am 1. Dezember 2026, ist bis heute nicht beglichen, auch nach unseren 3 Zahlungserinnerungen.\n\nMit dieser letzten Mahnung fordern wir Sie auf, den offenen Betrag von 4.800,00\u{a0}€ bis zum 29. Dezember 2026 zu zahlen. Sie befinden sich mit der Zahlung in Verzug (§ 286 BGB). Für die Dauer des Verzugs schulden Sie Verzugszinsen in Höhe von 9 Prozentpunkten über dem jeweiligen Basiszinssatz (§ 288 Abs. 2 BGB, § 247 BGB) sowie die Pauschale von 40,00\u{a0}€ (§ 288 Abs. 5 BGB). Mit Stand vom 15. Dezember 2026 betragen die Zinsen 18,91\u{a0}€, zusammen mit der Pauschale 58,91\u{a0}€ zusätzlich zum offenen Betrag.\n\nSollten bis zu diesem Datum weder die Zahlung noch eine Nachricht von Ihnen bei uns eingehen, werden wir ohne weitere Ankündigung das gerichtliche Mahnverfahren einleiten. Wir würden die Angelegenheit lieber direkt mit Ihnen klären: Wenn Sie eine Ratenzahlung vereinbaren möchten, melden Sie sich bitte vor diesem Datum bei uns.\n\nMit freundlichen Grüßen\nAlex Morgan\nBrightside Design"),
        (Fr, Jurisdiction::Fr, false,
            "Mise en demeure de payer\u{a0}: facture INV-2041",
            "Par lettre recommandée avec demande d’avis de réception\n\nMadame, Monsieur,\n\nLa facture INV-2041 d’un montant de 4\u{202f}800,00\u{a0}€, arrivée à échéance le 1er décembre 2026, reste à régler malgré nos 3 relances.\n\nPar la présente, qui vaut mise en demeure de payer, nous vous demandons de nous régler la somme de 4\u{202f}800,00\u{a0}€ au plus tard le 30 décembre 2026. En application de l’article L.\u{a0}441-10 du Code de commerce, des pénalités de retard sont exigibles de plein droit, sans qu’un rappel soit nécessaire, au taux de la Banque centrale européenne majoré de 10\u{a0}points, soit actuellement 12,15\u{a0}% l’an\u{a0}; au 15 décembre 2026, elles s’élèvent à 22,37\u{a0}€. S’y ajoute l’indemnité forfaitaire pour frais de recouvrement de 40,00\u{a0}€ prévue à l’article D.\u{a0}441-5 du même code, soit 62,37\u{a0}€ en sus du principal.\n\nSi le paiement ne nous est pas parvenu dans ce délai, nous saisirons la juridiction compétente afin d’obtenir le recouvrement de notre créance, sans autre avis. Nous restons néanmoins disposés à trouver une solution amiable, par exemple un échéancier, si vous nous contactez avant cette date.\n\nSalutations distinguées,\nAlex Morgan\nBrightside Design"),
        (Es, Jurisdiction::Es, false,
            "Requerimiento de pago: factura INV-2041",
            "Buenos días:\n\nLa factura INV-2041, por importe de 4.800,00\u{a0}€, venció el 1 de diciembre de 2026 y sigue pendiente de pago tras nuestros 3 recordatorios.\n\nPor medio del presente requerimiento le solicitamos que abone el importe pendiente de 4.800,00\u{a0}€ a más tardar el 30 de diciembre de 2026. De conformidad con el artículo 7 de la Ley 3/2004, de 29 de diciembre, por la que se establecen medidas de lucha contra la morosidad en las operaciones comerciales, la deuda devenga intereses de demora al tipo legal del 10,15\u{a0}% anual, que a fecha de 15 de diciembre de 2026 ascienden a 18,69\u{a0}€; además, conforme a su artículo 8, le reclamamos 40,00\u{a0}€ en concepto de indemnización por los costes de cobro. En total, 58,69\u{a0}€ además del importe pendiente.\n\nSi para esa fecha no hemos recibido el pago ni una respuesta suya, presentaremos sin más aviso una petición de procedimiento monitorio ante el juzgado competente. Preferiríamos resolverlo de forma amistosa: si desea acordar un plan de pagos, le rogamos que se ponga en contacto con nosotros antes de esa fecha.\n\nLe enviamos también este requerimiento por burofax con acuse de recibo y certificación de contenido.\n\nAtentamente,\nAlex Morgan\nBrightside Design"),
        (Nl, Jurisdiction::Nl, true,
            "Sommatie en ingebrekestelling: factuur INV-2041",
            "Geachte heer, mevrouw,\n\nFactuur INV-2041 van €\u{a0}4.800,00 verviel op 1 december 2026 en is nog niet betaald, ook niet na onze 3 herinneringen.\n\nHierbij sommeren wij u het openstaande bedrag van €\u{a0}4.800,00 te betalen binnen veertien dagen na de dag waarop u deze brief ontvangt. Voor zover u nog niet in verzuim bent, stellen wij u hierbij in gebreke (artikel 6:82 BW). Over het openstaande bedrag bent u vanaf de dag na de vervaldatum de wettelijke handelsrente verschuldigd (artikel 6:119a BW); op 15 december 2026 bedraagt deze €\u{a0}18,69. Betaalt u niet binnen deze termijn van veertien dagen, dan bent u daarnaast €\u{a0}595,00 aan buitengerechtelijke incassokosten verschuldigd (artikel 6:96 BW en het Besluit vergoeding voor buitengerechtelijke incassokosten).\n\nBlijft betaling binnen deze termijn uit, dan zullen wij de vordering zonder nadere aankondiging aan de rechter voorleggen. Wij lossen dit nog altijd liever samen met u op: neem vóór het verstrijken van de termijn contact met ons op als u een betalingsregeling wilt afspreken.\n\nMet vriendelijke groet,\nAlex Morgan\nBrightside Design"),
    ]
}

#[test]
fn each_countrys_letter_is_exact_and_passes_the_tone_check() {
    for (locale, law, sole_trader, subject, body) in expected() {
        let lang = LangPack::builtin(locale);
        let message = render_message(
            TemplateId::FormalDemand,
            ToneVariant::Firm,
            lang,
            &case(law, sole_trader),
        )
        .unwrap_or_default();
        assert_eq!(message.subject, subject, "{locale:?} {law:?}");
        assert_eq!(message.body, body, "{locale:?} {law:?}");
        assert!(message.ready(), "{locale:?} {law:?}");
        for text in [subject, body] {
            let found = tone_check(text, lang);
            assert!(found.is_empty(), "{locale:?} {law:?}: {found:?}");
        }
    }
}

#[test]
fn each_letter_cites_what_its_law_asks_for() {
    let cites: &[(NumberLocale, Jurisdiction, bool, &[&str])] = &[
        (
            NumberLocale::EnGb,
            Jurisdiction::Uk,
            false,
            &[
                "Practice Direction on Pre-Action Conduct",
                "within 14 days of the date of this letter",
                "Late Payment of Commercial Debts (Interest) Act 1998",
            ],
        ),
        (
            NumberLocale::EnGb,
            Jurisdiction::Uk,
            true,
            &[
                "Pre-Action Protocol for Debt Claims",
                "Information Sheet and Reply Form",
                "Financial Statement",
                "within 30 days of the date of this letter",
            ],
        ),
        (
            NumberLocale::De,
            Jurisdiction::De,
            false,
            &[
                "Letzte Mahnung",
                "§ 286 BGB",
                "§ 288 Abs. 2 BGB",
                "§ 288 Abs. 5 BGB",
                "gerichtliche Mahnverfahren",
            ],
        ),
        (
            NumberLocale::Fr,
            Jurisdiction::Fr,
            false,
            &[
                "mise en demeure de payer",
                "lettre recommandée avec demande d’avis de réception",
                "L.\u{a0}441-10 du Code de commerce",
                "D.\u{a0}441-5",
            ],
        ),
        (
            NumberLocale::Es,
            Jurisdiction::Es,
            false,
            &[
                "Requerimiento de pago",
                "Ley 3/2004",
                "artículo 7",
                "artículo 8",
                "burofax",
                "procedimiento monitorio",
            ],
        ),
        (
            NumberLocale::Nl,
            Jurisdiction::Nl,
            false,
            &[
                "Sommatie",
                "in gebreke",
                "artikel 6:119a BW",
                "artikel 6:96 BW",
                "veertien dagen",
            ],
        ),
    ];
    for &(locale, law, sole_trader, phrases) in cites {
        let message = render_message(
            TemplateId::FormalDemand,
            ToneVariant::Firm,
            LangPack::builtin(locale),
            &case(law, sole_trader),
        )
        .unwrap_or_default();
        let text = format!("{}\n{}", message.subject, message.body);
        for phrase in phrases {
            assert!(
                text.contains(phrase),
                "{locale:?} {law:?} lacks “{phrase}”:\n{text}"
            );
        }
    }
    // A German letter to a French debtor cites the French articles; a claim not (yet)
    // decided on is reserved, not claimed.
    let mut ctx = case(Jurisdiction::Fr, false);
    let german = render_message(
        TemplateId::FormalDemand,
        ToneVariant::Firm,
        lang::german(),
        &ctx,
    )
    .unwrap_or_default();
    assert!(
        german.subject.starts_with("Förmliche Zahlungsaufforderung"),
        "{}",
        german.subject
    );
    assert!(german.body.contains("(article L. 441-10 du Code de commerce) und 40,00\u{a0}€ als Entschädigung (article D. 441-5 du Code de commerce)"), "{}", german.body);
    if let Some(claim) = ctx.statutory.as_mut() {
        claim.claimed = false;
    }
    let french = render_message(
        TemplateId::FormalDemand,
        ToneVariant::Firm,
        lang::french(),
        &ctx,
    )
    .unwrap_or_default();
    assert!(french
        .body
        .contains("Nous vous rappelons que des pénalités de retard sont exigibles de plein droit"));
    assert!(!french.body.contains("22,37"));
}

/// Real threats, in each language: still flagged, also next to the letters' formulas.
fn threats(locale: NumberLocale) -> &'static [&'static str] {
    match locale {
        NumberLocale::EnGb | NumberLocale::EnUs => &[
            "Pay now or we will take legal action.",
            "We will take you to court and send in the bailiffs.",
            "This is your last chance before court proceedings.",
            "Final warning: letter before claim.",
        ],
        NumberLocale::De => &[
            "Wir werden Sie verklagen.",
            "Dies ist Ihre letzte Chance vor dem gerichtlichen Mahnverfahren.",
            "Wir leiten gerichtliche Schritte ein und schicken den Gerichtsvollzieher.",
            "Letzte Warnung: letzte Mahnung.",
        ],
        NumberLocale::Fr => &[
            "Ceci est une mise en demeure.",
            "Nous allons vous poursuivre devant les tribunaux.",
            "Dernier avertissement avant l’huissier.",
            "C’est votre dernière chance\u{a0}: la présente vaut mise en demeure.",
        ],
        NumberLocale::Es => &[
            "Le llevaremos a los tribunales.",
            "Emprenderemos acciones legales sin más aviso.",
            "Es su última oportunidad antes del procedimiento monitorio.",
        ],
        NumberLocale::Nl => &[
            "Wij stappen naar de rechter.",
            "Wij nemen gerechtelijke stappen en sturen de deurwaarder.",
            "Dit is uw laatste kans: sommatie en ingebrekestelling.",
        ],
    }
}

#[test]
fn real_threats_are_still_flagged_in_every_language() {
    for locale in locales() {
        let lang = LangPack::builtin(locale);
        for threat in threats(locale) {
            let found = tone_check(threat, lang);
            assert!(
                found.iter().any(|f| f.kind == ToneKind::Threatening),
                "{locale:?}: “{threat}” is not flagged: {found:?}"
            );
        }
    }
}
