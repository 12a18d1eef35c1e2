//! Exact renderings in every language: a message written around missing values (no
//! invoice number, contact or sender), a plan proposal with a down payment as a plain list
//! with its counts and reply date, a final notice on a first contact and after reminders,
//! a part payment and a broken promise, and a promise confirmation that cannot go out
//! without its date.

use super::*;

/// The cases of [`expected`]: what is given.
fn context(locale: NumberLocale, case: &str) -> MessageContext {
    let code = match locale {
        NumberLocale::EnGb => "GBP",
        NumberLocale::EnUs => "USD",
        _ => "EUR",
    };
    let currency = currency(code).unwrap_or_else(|_| unreachable!());
    let mut ctx = MessageContext::new(dec!(4800), currency, date(2026, 12, 1), date(2026, 12, 15));
    if matches!(case, "bare" | "promise") {
        return ctx;
    }
    ctx.invoice_number = "INV-2041".into();
    ctx.client_contact = "Sam Patel".into();
    ctx.your_business = "Brightside Design".into();
    ctx.sender_name = Some("Alex Morgan".into());
    match case {
        "plan" => {
            // A down payment on 22 December, then six monthly instalments.
            let mut rows = vec![PlanRow {
                date: date(2026, 12, 22),
                amount: dec!(1200),
            }];
            for month in 1..=6 {
                rows.push(PlanRow {
                    date: date(2027, month, 5),
                    amount: dec!(600),
                });
            }
            ctx.plan = Some(PlanDetails {
                rows,
                down_payment: true,
                ..PlanDetails::default()
            });
        }
        "later" => {
            ctx.reminders_sent = 2;
            ctx.last_sent_on = Some(date(2026, 12, 8));
            ctx.part_paid = Some(dec!(1600));
            ctx.promise_broken_on = Some(date(2026, 12, 12));
        }
        _ => {}
    }
    ctx
}

fn which(case: &str) -> (TemplateId, ToneVariant) {
    match case {
        "bare" => (TemplateId::FriendlyOverdue, ToneVariant::Neutral),
        "plan" => (TemplateId::PaymentPlanProposal, ToneVariant::Neutral),
        "first" | "later" => (TemplateId::FinalNotice, ToneVariant::Firm),
        _ => (TemplateId::PromiseConfirmation, ToneVariant::Warm),
    }
}

/// (language, case, missing, subject, body).
#[rustfmt::skip]
fn expected() -> Vec<(NumberLocale, &'static str, &'static [MissingField], &'static str, &'static str)> {
    use NumberLocale::*;
    vec![
        (EnGb, "bare", &[],
            "Invoice for £4,800.00: payment reminder",
            "Dear Sir or Madam,\n\nAccording to our records, our invoice for £4,800.00, which was due on 1 December 2026, has not yet been settled. We would be grateful if you could arrange payment at your earliest convenience.\n\nIf you have already sent payment, thank you, and please disregard this reminder. If there is a problem with the invoice, please let us know so that we can resolve it together.\n\nKind regards,"),
        (EnGb, "plan", &[],
            "A payment plan for invoice INV-2041",
            "Dear Sam Patel,\n\nWe understand that paying invoice INV-2041 for £4,800.00 in a single payment may not be practical at the moment. To help, we would be glad to agree a payment plan.\n\nWe propose a down payment of £1,200.00 followed by 6 instalments, as follows:\n\n- 22 December 2026: £1,200.00 (down payment)\n- 5 January 2027: £600.00\n- 5 February 2027: £600.00\n- 5 March 2027: £600.00\n- 5 April 2027: £600.00\n- 5 May 2027: £600.00\n- 5 June 2027: £600.00\n\nCould you let us know by 18 December 2026 whether this plan works for you? If not, we are open to discussing an alternative.\n\nKind regards,\nAlex Morgan\nBrightside Design"),
        (EnGb, "first", &[],
            "Final notice: invoice INV-2041",
            "Dear Sam Patel,\n\nThis is our final notice about invoice INV-2041 for £4,800.00, which was due on 1 December 2026 and remains outstanding.\n\nIf we have not received payment, or agreed a payment date with you, by 25 December 2026, we will pass the account to our collection partner. We would prefer to resolve this directly, and a reply before then is all it takes to start that conversation.\n\nYours sincerely,\nAlex Morgan\nBrightside Design"),
        (EnGb, "later", &[],
            "Final notice: invoice INV-2041",
            "Dear Sam Patel,\n\nThis is our final notice about invoice INV-2041 for £4,800.00, which was due on 1 December 2026 and remains outstanding after 2 reminders. We have received £1,600.00 in part payment, thank you; the balance due is now £3,200.00. Payment was promised for 11 December 2026 and has not been received.\n\nIf we have not received payment, or agreed a payment date with you, by 25 December 2026, we will pass the account to our collection partner. We would prefer to resolve this directly, and a reply before then is all it takes to start that conversation.\n\nYours sincerely,\nAlex Morgan\nBrightside Design"),
        (EnGb, "promise", &[MissingField::PromiseDate],
            "Thank you: payment of £4,800.00",
            "Hi there,\n\nThank you for getting back to me. Just to confirm, you will pay £4,800.00 for our invoice. I have made a note of it and will hold off on any reminders until then.\n\nBest wishes,"),
        (EnUs, "bare", &[],
            "Invoice for $4,800.00: payment reminder",
            "Dear Sir or Madam,\n\nAccording to our records, our invoice for $4,800.00, which was due on December 1, 2026, has not yet been settled. We would be grateful if you could arrange payment at your earliest convenience.\n\nIf you have already sent payment, thank you, and please disregard this reminder. If there is a problem with the invoice, please let us know so that we can resolve it together.\n\nKind regards,"),
        (EnUs, "plan", &[],
            "A payment plan for invoice INV-2041",
            "Dear Sam Patel,\n\nWe understand that paying invoice INV-2041 for $4,800.00 in a single payment may not be practical at the moment. To help, we would be glad to agree a payment plan.\n\nWe propose a down payment of $1,200.00 followed by 6 installments, as follows:\n\n- December 22, 2026: $1,200.00 (down payment)\n- January 5, 2027: $600.00\n- February 5, 2027: $600.00\n- March 5, 2027: $600.00\n- April 5, 2027: $600.00\n- May 5, 2027: $600.00\n- June 5, 2027: $600.00\n\nCould you let us know by December 18, 2026 whether this plan works for you? If not, we are open to discussing an alternative.\n\nKind regards,\nAlex Morgan\nBrightside Design"),
        (EnUs, "first", &[],
            "Final notice: invoice INV-2041",
            "Dear Sam Patel,\n\nThis is our final notice about invoice INV-2041 for $4,800.00, which was due on December 1, 2026 and remains outstanding.\n\nIf we have not received payment, or agreed a payment date with you, by December 25, 2026, we will pass the account to our collection partner. We would prefer to resolve this directly, and a reply before then is all it takes to start that conversation.\n\nSincerely,\nAlex Morgan\nBrightside Design"),
        (EnUs, "later", &[],
            "Final notice: invoice INV-2041",
            "Dear Sam Patel,\n\nThis is our final notice about invoice INV-2041 for $4,800.00, which was due on December 1, 2026 and remains outstanding after 2 reminders. We have received $1,600.00 in part payment, thank you; the balance due is now $3,200.00. Payment was promised for December 11, 2026 and has not been received.\n\nIf we have not received payment, or agreed a payment date with you, by December 25, 2026, we will pass the account to our collection partner. We would prefer to resolve this directly, and a reply before then is all it takes to start that conversation.\n\nSincerely,\nAlex Morgan\nBrightside Design"),
        (EnUs, "promise", &[MissingField::PromiseDate],
            "Thank you: payment of $4,800.00",
            "Hi there,\n\nThank you for getting back to me. Just to confirm, you will pay $4,800.00 for our invoice. I have made a note of it and will hold off on any reminders until then.\n\nBest wishes,"),
        (De, "bare", &[],
            "Rechnung über 4.800,00\u{a0}€: Zahlungserinnerung",
            "Sehr geehrte Damen und Herren,\n\nlaut unseren Unterlagen ist die Rechnung über 4.800,00\u{a0}€, fällig am 1. Dezember 2026, noch nicht beglichen. Wir wären Ihnen dankbar, wenn Sie die Zahlung bei nächster Gelegenheit veranlassen könnten.\n\nFalls Sie bereits gezahlt haben, danken wir Ihnen; betrachten Sie diese Erinnerung dann bitte als gegenstandslos. Sollte es ein Problem mit der Rechnung geben, lassen Sie es uns bitte wissen, damit wir es gemeinsam lösen können.\n\nMit freundlichen Grüßen"),
        (De, "plan", &[],
            "Ratenplan für die Rechnung INV-2041",
            "Guten Tag Sam Patel,\n\nwir verstehen, dass es derzeit vielleicht nicht möglich ist, die Rechnung INV-2041 über 4.800,00\u{a0}€ in einer Summe zu bezahlen. Gern vereinbaren wir daher mit Ihnen eine Ratenzahlung.\n\nWir schlagen eine Anzahlung von 1.200,00\u{a0}€ und danach 6 Raten wie folgt vor:\n\n- 22. Dezember 2026: 1.200,00\u{a0}€ (Anzahlung)\n- 5. Januar 2027: 600,00\u{a0}€\n- 5. Februar 2027: 600,00\u{a0}€\n- 5. März 2027: 600,00\u{a0}€\n- 5. April 2027: 600,00\u{a0}€\n- 5. Mai 2027: 600,00\u{a0}€\n- 5. Juni 2027: 600,00\u{a0}€\n\nKönnten Sie uns bis zum 18. Dezember 2026 mitteilen, ob dieser Plan für Sie passt? Andernfalls sprechen wir gern über eine Alternative.\n\nMit freundlichen Grüßen\nAlex Morgan\nBrightside Design"),
        (De, "first", &[],
            "Letzte Zahlungsaufforderung: Rechnung INV-2041",
            "Guten Tag Sam Patel,\n\ndies ist unsere letzte Zahlungsaufforderung zur Rechnung INV-2041 über 4.800,00\u{a0}€, die am 1. Dezember 2026 fällig war und weiterhin offen ist.\n\nSollten wir bis zum 25. Dezember 2026 weder die Zahlung erhalten noch mit Ihnen einen Zahlungstermin vereinbart haben, übergeben wir die Forderung an unseren Inkassopartner. Wir würden die Angelegenheit lieber direkt mit Ihnen klären, und eine Antwort bis dahin genügt, um dieses Gespräch zu beginnen.\n\nMit freundlichen Grüßen\nAlex Morgan\nBrightside Design"),
        (De, "later", &[],
            "Letzte Zahlungsaufforderung: Rechnung INV-2041",
            "Guten Tag Sam Patel,\n\ndies ist unsere letzte Zahlungsaufforderung zur Rechnung INV-2041 über 4.800,00\u{a0}€, die am 1. Dezember 2026 fällig war und nach 2 Erinnerungen weiterhin offen ist. Ihre Teilzahlung von 1.600,00\u{a0}€ haben wir dankend erhalten; offen sind noch 3.200,00\u{a0}€. Die für den 11. Dezember 2026 zugesagte Zahlung ist nicht eingegangen.\n\nSollten wir bis zum 25. Dezember 2026 weder die Zahlung erhalten noch mit Ihnen einen Zahlungstermin vereinbart haben, übergeben wir die Forderung an unseren Inkassopartner. Wir würden die Angelegenheit lieber direkt mit Ihnen klären, und eine Antwort bis dahin genügt, um dieses Gespräch zu beginnen.\n\nMit freundlichen Grüßen\nAlex Morgan\nBrightside Design"),
        (De, "promise", &[MissingField::PromiseDate],
            "Vielen Dank: Zahlung von 4.800,00\u{a0}€",
            "Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Rückmeldung. Kurz zur Bestätigung: Sie begleichen den Betrag von 4.800,00\u{a0}€ für die Rechnung. Ich habe mir das notiert und schicke bis dahin keine Erinnerungen.\n\nViele Grüße"),
        (Fr, "bare", &[],
            "Facture de 4\u{202f}800,00\u{a0}€\u{a0}: rappel de paiement",
            "Madame, Monsieur,\n\nSauf erreur de notre part, la facture d’un montant de 4\u{202f}800,00\u{a0}€, arrivée à échéance le 1er décembre 2026, n’a pas encore été réglée. Nous vous serions reconnaissants de bien vouloir procéder au paiement dès que vous en aurez la possibilité.\n\nSi vous avez déjà effectué le règlement, nous vous en remercions et vous prions de ne pas tenir compte de ce rappel. Si la facture pose un problème, merci de nous le faire savoir afin que nous puissions le résoudre ensemble.\n\nCordialement,"),
        (Fr, "plan", &[],
            "Un plan de paiement pour la facture INV-2041",
            "Bonjour Sam Patel,\n\nNous comprenons que le règlement en une seule fois de la facture INV-2041 d’un montant de 4\u{202f}800,00\u{a0}€ ne soit pas forcément envisageable en ce moment. Pour vous faciliter les choses, nous serions heureux de convenir avec vous d’un échéancier.\n\nNous vous proposons un acompte de 1\u{202f}200,00\u{a0}€ suivi de 6 échéances, comme suit\u{a0}:\n\n- 22 décembre 2026\u{a0}: 1\u{202f}200,00\u{a0}€ (acompte)\n- 5 janvier 2027\u{a0}: 600,00\u{a0}€\n- 5 février 2027\u{a0}: 600,00\u{a0}€\n- 5 mars 2027\u{a0}: 600,00\u{a0}€\n- 5 avril 2027\u{a0}: 600,00\u{a0}€\n- 5 mai 2027\u{a0}: 600,00\u{a0}€\n- 5 juin 2027\u{a0}: 600,00\u{a0}€\n\nPourriez-vous nous indiquer d’ici le 18 décembre 2026 si cet échéancier vous convient\u{a0}? Dans le cas contraire, nous sommes ouverts à une autre solution.\n\nCordialement,\nAlex Morgan\nBrightside Design"),
        (Fr, "first", &[],
            "Ultime relance\u{a0}: facture INV-2041",
            "Bonjour Sam Patel,\n\nNous vous adressons cette ultime relance au sujet de la facture INV-2041 d’un montant de 4\u{202f}800,00\u{a0}€, arrivée à échéance le 1er décembre 2026 et toujours en attente de règlement.\n\nSi, d’ici le 25 décembre 2026, nous n’avons pas reçu le paiement ni convenu avec vous d’une date de paiement, nous transmettrons le dossier à notre partenaire de recouvrement. Nous préférerions régler cette question directement avec vous, et une simple réponse de votre part d’ici là suffit pour engager la discussion.\n\nSalutations distinguées,\nAlex Morgan\nBrightside Design"),
        (Fr, "later", &[],
            "Ultime relance\u{a0}: facture INV-2041",
            "Bonjour Sam Patel,\n\nNous vous adressons cette ultime relance au sujet de la facture INV-2041 d’un montant de 4\u{202f}800,00\u{a0}€, arrivée à échéance le 1er décembre 2026 et toujours en attente de règlement malgré nos 2 relances. Nous avons bien reçu un paiement partiel de 1\u{202f}600,00\u{a0}€, dont nous vous remercions\u{a0}; le solde restant dû est de 3\u{202f}200,00\u{a0}€. Le paiement annoncé pour le 11 décembre 2026 ne nous est pas parvenu.\n\nSi, d’ici le 25 décembre 2026, nous n’avons pas reçu le paiement ni convenu avec vous d’une date de paiement, nous transmettrons le dossier à notre partenaire de recouvrement. Nous préférerions régler cette question directement avec vous, et une simple réponse de votre part d’ici là suffit pour engager la discussion.\n\nSalutations distinguées,\nAlex Morgan\nBrightside Design"),
        (Fr, "promise", &[MissingField::PromiseDate],
            "Merci\u{a0}: paiement de 4\u{202f}800,00\u{a0}€",
            "Bonjour,\n\nMerci pour votre retour. Je vous confirme donc que vous réglerez 4\u{202f}800,00\u{a0}€ pour la facture. C’est bien noté, et je suspends toute relance d’ici là.\n\nBien cordialement,"),
        (Es, "bare", &[],
            "Factura de 4.800,00\u{a0}€: recordatorio de pago",
            "Buenos días:\n\nSegún nuestros registros, la factura, por importe de 4.800,00\u{a0}€, que vencía el 1 de diciembre de 2026, todavía no se ha saldado. Le agradeceríamos que realizara el pago en cuanto le sea posible.\n\nSi ya ha efectuado el pago, le damos las gracias y le rogamos que no tenga en cuenta este recordatorio. Si hay algún problema con la factura, comuníquenoslo para que podamos resolverlo juntos.\n\nSaludos cordiales,"),
        (Es, "plan", &[],
            "Un plan de pagos para la factura INV-2041",
            "Buenos días, Sam Patel:\n\nEntendemos que abonar en un único pago la factura INV-2041, por importe de 4.800,00\u{a0}€, puede no ser viable en este momento. Para facilitarlo, nos complacería acordar con usted un plan de pagos.\n\nLe proponemos una entrada de 1.200,00\u{a0}€ seguida de 6 plazos, según el siguiente calendario:\n\n- 22 de diciembre de 2026: 1.200,00\u{a0}€ (entrada)\n- 5 de enero de 2027: 600,00\u{a0}€\n- 5 de febrero de 2027: 600,00\u{a0}€\n- 5 de marzo de 2027: 600,00\u{a0}€\n- 5 de abril de 2027: 600,00\u{a0}€\n- 5 de mayo de 2027: 600,00\u{a0}€\n- 5 de junio de 2027: 600,00\u{a0}€\n\n¿Podría indicarnos, a más tardar el 18 de diciembre de 2026, si este plan le conviene? De no ser así, estamos abiertos a estudiar una alternativa.\n\nSaludos cordiales,\nAlex Morgan\nBrightside Design"),
        (Es, "first", &[],
            "Último aviso: factura INV-2041",
            "Buenos días, Sam Patel:\n\nLe enviamos este último aviso en relación con la factura INV-2041, por importe de 4.800,00\u{a0}€, que venció el 1 de diciembre de 2026 y sigue pendiente de pago.\n\nSi para el 25 de diciembre de 2026 no hemos recibido el pago ni hemos acordado con usted una fecha de pago, pasaremos el expediente a la empresa de recobro con la que colaboramos. Preferiríamos resolverlo directamente, y basta con que nos responda antes de esa fecha para empezar a hablarlo.\n\nAtentamente,\nAlex Morgan\nBrightside Design"),
        (Es, "later", &[],
            "Último aviso: factura INV-2041",
            "Buenos días, Sam Patel:\n\nLe enviamos este último aviso en relación con la factura INV-2041, por importe de 4.800,00\u{a0}€, que venció el 1 de diciembre de 2026 y sigue pendiente de pago tras 2 recordatorios. Hemos recibido un pago parcial de 1.600,00\u{a0}€, que le agradecemos; el importe pendiente es de 3.200,00\u{a0}€. El pago que se nos anunció para el 11 de diciembre de 2026 no se ha recibido.\n\nSi para el 25 de diciembre de 2026 no hemos recibido el pago ni hemos acordado con usted una fecha de pago, pasaremos el expediente a la empresa de recobro con la que colaboramos. Preferiríamos resolverlo directamente, y basta con que nos responda antes de esa fecha para empezar a hablarlo.\n\nAtentamente,\nAlex Morgan\nBrightside Design"),
        (Es, "promise", &[MissingField::PromiseDate],
            "Gracias: pago de 4.800,00\u{a0}€",
            "Hola:\n\nGracias por su respuesta. Solo para confirmarlo: abonará el importe de 4.800,00\u{a0}€ de la factura. Lo he anotado y no le enviaré más recordatorios hasta entonces.\n\nUn saludo,"),
        (Nl, "bare", &[],
            "Factuur van €\u{a0}4.800,00: betalingsherinnering",
            "Geachte heer, mevrouw,\n\nVolgens onze administratie is onze factuur van €\u{a0}4.800,00, met vervaldatum 1 december 2026, nog niet voldaan. Wij stellen het op prijs als u de betaling op korte termijn kunt regelen.\n\nHeeft u de betaling al verstuurd, dan danken wij u daarvoor en kunt u deze herinnering als niet verzonden beschouwen. Is er een probleem met de factuur? Laat het ons dan weten, zodat wij het samen kunnen oplossen.\n\nMet vriendelijke groet,"),
        (Nl, "plan", &[],
            "Een betalingsregeling voor factuur INV-2041",
            "Beste Sam Patel,\n\nWij begrijpen dat het op dit moment misschien niet haalbaar is om factuur INV-2041 van €\u{a0}4.800,00 in één keer te betalen. Om u tegemoet te komen, spreken wij graag een betalingsregeling met u af.\n\nWij stellen een aanbetaling van €\u{a0}1.200,00 en daarna 6 termijnen voor, als volgt:\n\n- 22 december 2026: €\u{a0}1.200,00 (aanbetaling)\n- 5 januari 2027: €\u{a0}600,00\n- 5 februari 2027: €\u{a0}600,00\n- 5 maart 2027: €\u{a0}600,00\n- 5 april 2027: €\u{a0}600,00\n- 5 mei 2027: €\u{a0}600,00\n- 5 juni 2027: €\u{a0}600,00\n\nKunt u ons uiterlijk op 18 december 2026 laten weten of deze regeling voor u werkt? Zo niet, dan staan wij open voor een ander voorstel.\n\nMet vriendelijke groet,\nAlex Morgan\nBrightside Design"),
        (Nl, "first", &[],
            "Laatste aanmaning: factuur INV-2041",
            "Beste Sam Patel,\n\nDit is onze laatste aanmaning voor factuur INV-2041 van €\u{a0}4.800,00, die op 1 december 2026 verviel en nog openstaat.\n\nHebben wij uiterlijk op 25 december 2026 geen betaling ontvangen en ook geen betaaldatum met u afgesproken, dan dragen wij de vordering over aan ons incassobureau. Wij lossen dit liever rechtstreeks met u op, en een reactie vóór die datum is genoeg om dat gesprek te beginnen.\n\nMet vriendelijke groet,\nAlex Morgan\nBrightside Design"),
        (Nl, "later", &[],
            "Laatste aanmaning: factuur INV-2041",
            "Beste Sam Patel,\n\nDit is onze laatste aanmaning voor factuur INV-2041 van €\u{a0}4.800,00, die op 1 december 2026 verviel en na 2 herinneringen nog openstaat. Wij hebben een deelbetaling van €\u{a0}1.600,00 ontvangen, waarvoor dank; er staat nog €\u{a0}3.200,00 open. De betaling die voor 11 december 2026 was toegezegd, hebben wij niet ontvangen.\n\nHebben wij uiterlijk op 25 december 2026 geen betaling ontvangen en ook geen betaaldatum met u afgesproken, dan dragen wij de vordering over aan ons incassobureau. Wij lossen dit liever rechtstreeks met u op, en een reactie vóór die datum is genoeg om dat gesprek te beginnen.\n\nMet vriendelijke groet,\nAlex Morgan\nBrightside Design"),
        (Nl, "promise", &[MissingField::PromiseDate],
            "Dank u wel: betaling van €\u{a0}4.800,00",
            "Geachte heer, mevrouw,\n\nDank u wel voor uw reactie. Ter bevestiging: u betaalt €\u{a0}4.800,00 voor onze factuur. Ik heb dat genoteerd en stuur tot die datum geen herinneringen.\n\nHartelijke groet,"),
    ]
}

#[test]
fn renderings_in_every_language_are_exact() {
    for (locale, case, missing, subject, body) in expected() {
        let (id, tone) = which(case);
        let message = render_message(id, tone, LangPack::builtin(locale), &context(locale, case))
            .unwrap_or_default();
        assert_eq!(message.subject, subject, "{locale:?} {case}");
        assert_eq!(message.body, body, "{locale:?} {case}");
        assert_eq!(message.missing, missing, "{locale:?} {case}");
        assert!(message.errors.is_empty(), "{locale:?} {case}");
    }
}
