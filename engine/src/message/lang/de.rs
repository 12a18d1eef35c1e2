//! German: the shipped templates, the tone check's phrases and reasons, and date names.
//!
//! Conventions:
//! - Form of address: formal "Sie" in every tone (warm is personal and relaxed, still
//!   formal); "ich" in warm messages, "wir" in neutral and firm ones, as in English.
//! - Greeting: the contact's gender is unknown, so with a contact name
//!   "Guten Tag {{ client_contact }}," and without one "Sehr geehrte Damen und Herren,"
//!   (an `{% if client_contact %}` block), in every tone.
//! - After the greeting's comma the text continues the sentence (DIN 5008), so the
//!   first word is written in lower case unless it is a noun or the formal "Sie"/"Ihr".
//! - Closings: warm "Viele Grüße", neutral and firm "Mit freundlichen Grüßen", without a
//!   comma (German usage), then `{{ sign_off }}` on the next line.
//! - Dates: long "1. Dezember 2026", short "01.12.2026", weekday
//!   "Dienstag, 1. Dezember 2026". A weekday date is put at the end of a clause where
//!   possible, so the optional closing comma of the apposition is not needed.
//! - Terms: Rechnung, Zahlungserinnerung (never "Mahnung"), letzte Zahlungsaufforderung,
//!   Ratenplan/Ratenzahlung, Rate, Inkassopartner, gesetzliche Verzugszinsen, Pauschale
//!   (the compensation for recovery costs), Beitreibungskosten.
//! - Statutory wording: the UK branch keeps the Act's English title with a short German
//!   explanation; the EU branch cites the directive by its official German title and
//!   "wie sie in nationales Recht umgesetzt ist", without citing § 288 BGB.
//!
//! Unsure:
//! - "Inkassopartner" for "collection partner": natural, but an "Inkassounternehmen" is
//!   meant; the word was kept because the English deliberately avoids "agency".
//! - "Pauschale" for "compensation": the German statute says "Pauschale"; the UK sums
//!   are a "fester Betrag", which is how the UK branch puts it.
//! - "Beitreibungskosten" is the legal term; some readers may find "Inkassokosten" plainer.
//! - The tone list flags "vor gericht" and "rechtliche schritte" on their own; a courteous
//!   message has no reason to use them, but a neutral legal explanation could.
//! - Sarcasm: "wie Sie sicher wissen", "wie Ihnen sicher bekannt ist" and "wie Sie sehr wohl
//!   wissen" are flagged, plain "wie Sie wissen" and "wie Sie ja wissen" are not (often meant
//!   sincerely). The writer's own promptness is not pressure: "ab sofort", "sofort nach",
//!   "wir melden uns umgehend" and similar are listed as exceptions.
//! - "schlampig", "peinlich" and "unzuverlässig" are not flagged on their own: writers use
//!   them of themselves or of the post ("das war schlampig von mir").

use super::super::{DateNames, ToneKind};
use super::{Messages, Pack, Phrase, Table};
use crate::timeline::TimelineWords;

macro_rules! anrede {
    () => {
        concat!(
            "{% if client_contact %}\n",
            "Guten Tag {{ client_contact }},\n",
            "{% else %}\n",
            "Sehr geehrte Damen und Herren,\n",
            "{% endif %}\n\n",
        )
    };
}
/// Ein Kundenkonto: Dank für Teilzahlungen, die offenen Rechnungen als Texttabelle; dann der
/// Zahlungslink.
macro_rules! link {
    () => {
        concat!(
            "{% if paid_so_far %}\nVielen Dank für die bisher eingegangenen {{ paid_so_far }}{% if last_payment_date %}, zuletzt am {{ last_payment_date }}{% endif %}.\n\n{% endif %}\n",
            "{% if account %}\n{% if open_invoices %}\nFolgende Rechnungen sind noch offen:\n\n{{ open_invoices }}\n{% endif %}\n{% endif %}\n",
            "{% if payment_link %}\nSie können hier online bezahlen: {{ payment_link }}\n\n{% endif %}\n"
        )
    };
}
macro_rules! gruss {
    ($words:literal) => {
        concat!($words, "{% if sign_off %}\n{{ sign_off }}{% endif %}")
    };
}
macro_rules! viele_gruesse {
    () => {
        gruss!("Viele Grüße")
    };
}
macro_rules! mfg {
    () => {
        gruss!("Mit freundlichen Grüßen")
    };
}
// Mehrere offene Rechnungen eines Kundenkontos (`several_invoices`): `invoice_number`
// nennt sie alle („INV-101, INV-102, INV-103“), der Betrag ist ihre Summe. Dann stehen
// Substantiv, Artikel und Verb im Plural („die Rechnungen INV-101, INV-102, INV-103 über
// insgesamt 4.400,00 €, die älteste fällig am …, sind noch offen“); das Fälligkeitsdatum
// ist das der ältesten. Der Wortlaut für eine Rechnung bleibt unverändert.

/// After "Rechnung": " INV-2041", or nothing ("die Rechnung über 4.800,00 €").
macro_rules! nr {
    () => {
        "{% if invoice_number %} {{ invoice_number }}{% endif %}"
    };
}
/// "Rechnung INV-2041", or "Rechnung" ("die Rechnung über 4.800,00 €"); for several
/// "Rechnungen INV-101, INV-102" (the article before it is the caller's).
macro_rules! rechnung {
    () => {
        concat!(several!("Rechnungen", "Rechnung"), nr!())
    };
}
/// Where no amount follows: "Rechnung INV-2041", or "Rechnung über 4.800,00 €"; for
/// several "Rechnungen INV-101, INV-102", or "Rechnungen über insgesamt 4.400,00 €".
macro_rules! rechnung_betrag {
    () => {
        concat!(
            several!("Rechnungen", "Rechnung"),
            "{% if invoice_number %} {{ invoice_number }}{% else %} über ",
            if_several!("insgesamt "),
            "{{ amount }}{% endif %}"
        )
    };
}
/// What the invoice is for (after "über"): the balance, or after a part payment the
/// invoice's amount (`teilzahlung!` then says what is left); "insgesamt …" for several.
macro_rules! offen {
    () => {
        "{% if several_invoices %}insgesamt {% endif %}{% if part_paid %}{{ amount }}{% else %}{{ balance }}{% endif %}"
    };
}
/// "die am 1. Dezember 2026 fällig war"; for several "deren älteste am … fällig war".
macro_rules! die_faellig_war {
    () => {
        concat!(
            several!("deren älteste", "die"),
            " am {{ due_date }} fällig war"
        )
    };
}
/// After "die Rechnung INV-2041 über 4.800,00 €": " war am 1. Dezember 2026 fällig und
/// ist"; for several ", die älteste fällig am 1. Dezember 2026, sind".
macro_rules! war_faellig_und_ist {
    () => {
        several!(
            ", die älteste fällig am {{ due_date }}, sind",
            " war am {{ due_date }} fällig und ist"
        )
    };
}
/// Ends a sentence about the invoice: ", die am 1. Dezember 2026 fällig war und noch offen
/// ist."; for several ", die noch offen sind; die älteste war am … fällig.".
macro_rules! faellig_und_offen {
    () => {
        several!(
            ", die noch offen sind; die älteste war am {{ due_date }} fällig.",
            ", die am {{ due_date }} fällig war und noch offen ist."
        )
    };
}
/// After a part payment: thanks, and what is left. A sentence after a full stop.
macro_rules! teilzahlung {
    (warm) => {
        "{% if part_paid %} Vielen Dank für Ihre Teilzahlung von {{ part_paid }}; offen sind damit noch {{ balance }}.{% endif %}"
    };
    (neutral) => {
        "{% if part_paid %} Für Ihre Teilzahlung von {{ part_paid }} danken wir Ihnen; der noch offene Betrag beläuft sich auf {{ balance }}.{% endif %}"
    };
    (firm) => {
        "{% if part_paid %} Ihre Teilzahlung von {{ part_paid }} haben wir dankend erhalten; offen sind noch {{ balance }}.{% endif %}"
    };
}
/// After a promise to pay that was not kept: the promised date (the day before
/// `promise_broken_on`). A sentence after a full stop.
macro_rules! zusage {
    (warm) => {
        "{% if promise_broken_on %} Sie hatten mir freundlicherweise die Zahlung bis zum {{ promise_broken_on - 1 day }} zugesagt; sie ist aber noch nicht eingegangen.{% endif %}"
    };
    (neutral) => {
        "{% if promise_broken_on %} Sie hatten uns die Zahlung bis zum {{ promise_broken_on - 1 day }} zugesagt; sie ist bei uns bisher nicht eingegangen.{% endif %}"
    };
    (firm) => {
        "{% if promise_broken_on %} Die für den {{ promise_broken_on - 1 day }} zugesagte Zahlung ist nicht eingegangen.{% endif %}"
    };
}
macro_rules! rechtsgrundlage {
    () => {
        concat!(
            "{% if statutory_regime == \"UK\" %}\n",
            "Nach dem Late Payment of Commercial Debts (Interest) Act 1998, dem britischen Gesetz über Verzugszinsen im Geschäftsverkehr, fallen bei verspäteten Zahlungen zwischen Unternehmen gesetzliche Zinsen von {{ statutory_rate }} pro Jahr an, zuzüglich eines festen Betrags als Entschädigung für die Beitreibungskosten.\n",
            "{% else %}\n",
            "Nach der Richtlinie 2011/7/EU zur Bekämpfung von Zahlungsverzug im Geschäftsverkehr, wie sie in nationales Recht umgesetzt ist, fallen bei verspäteten Zahlungen zwischen Unternehmen Zinsen von {{ statutory_rate }} pro Jahr an, zuzüglich einer Pauschale von mindestens 40 Euro als Entschädigung für die Beitreibungskosten.\n",
            "{% endif %}\n\n",
        )
    };
}

const NONE: (&str, &str) = ("", "");

/// `[id][tone]` as (subject, body), in the order of the English table.
static TEMPLATES: Table = [
    // PreDueReminder
    [
        (
            concat!(rechnung_betrag!(), several!(": die erste fällig am", ": fällig am"), " {{ due_date }}"),
            concat!(
                anrede!(),
                "ich hoffe, bei Ihnen ist alles in Ordnung. Nur ein kurzer Hinweis: Unsere ", rechnung!(), " über ", offen!(), several!(" werden demnächst fällig, die erste am", " wird fällig am"), " {{ due_date | date(\"weekday\") }}.", teilzahlung!(warm), "\n\n",
                link!(),
                "Falls an ", several!("den Rechnungen", "der Rechnung"), " etwas unklar ist, sagen Sie mir einfach Bescheid, dann klären wir das.\n\n",
                viele_gruesse!()
            ),
        ),
        (
            concat!("Erinnerung: ", rechnung_betrag!(), ", ", if_several!("die erste "), "fällig am {{ due_date }}"),
            concat!(
                anrede!(),
                "wir möchten Sie freundlich daran erinnern, dass unsere ", rechnung!(), " über ", offen!(), several!(" zur Zahlung fällig werden, die erste am", " zur Zahlung fällig wird am"), " {{ due_date | date(\"weekday\") }}.", teilzahlung!(neutral), "\n\n",
                link!(),
                "Sollten Sie Fragen ", several!("zu den Rechnungen", "zur Rechnung"), " haben, geben Sie uns bitte vor dem Fälligkeitsdatum Bescheid, damit wir Ihnen weiterhelfen können.\n\n",
                mfg!()
            ),
        ),
        NONE,
    ],
    // DueToday
    [
        (
            concat!(rechnung_betrag!(), several!(": die erste ist heute fällig", " ist heute fällig")),
            concat!(
                anrede!(),
                "nur ein freundlicher Hinweis: Unsere ", rechnung!(), " über ", offen!(), several!(" werden ab heute fällig.", " ist heute fällig."), teilzahlung!(warm), " Ist die Zahlung schon unterwegs, dann vielen Dank, und betrachten Sie diese Nachricht einfach als erledigt.\n\n",
                link!(),
                viele_gruesse!()
            ),
        ),
        (
            concat!(rechnung_betrag!(), several!(": die erste heute zur Zahlung fällig", ": Zahlung heute fällig")),
            concat!(
                anrede!(),
                "wir möchten Sie daran erinnern, dass unsere ", rechnung!(), " über ", offen!(), several!(" ab heute, dem {{ due_date }}, zur Zahlung fällig werden.", " heute, am {{ due_date }}, zur Zahlung fällig ist."), teilzahlung!(neutral), " Falls Sie die Zahlung bereits veranlasst haben, danken wir Ihnen; betrachten Sie diese Nachricht dann bitte als gegenstandslos.\n\n",
                link!(),
                "Bei Fragen ", several!("zu den Rechnungen", "zur Rechnung"), " sind wir gern für Sie da.\n\n",
                mfg!()
            ),
        ),
        NONE,
    ],
    // FriendlyOverdue
    [
        (
            concat!("Kurzer Hinweis ", several!("zu den", "zur"), " ", rechnung_betrag!()),
            concat!(
                anrede!(),
                "ich hoffe, es geht Ihnen gut. Laut unseren Unterlagen ", several!("sind", "ist"), " die ", rechnung!(), " über ", offen!(), ", ", if_several!("die älteste "), "fällig am {{ due_date }}, noch offen.", teilzahlung!(warm), zusage!(warm), " So etwas geht im Alltag leicht unter, deshalb melde ich mich kurz.\n\n",
                link!(),
                "Ist die Zahlung schon unterwegs, dann vielen Dank, und betrachten Sie diese Nachricht einfach als erledigt.\n\n",
                viele_gruesse!()
            ),
        ),
        (
            concat!(rechnung_betrag!(), ": Zahlungserinnerung"),
            concat!(
                anrede!(),
                "laut unseren Unterlagen ", several!("sind", "ist"), " die ", rechnung!(), " über ", offen!(), ", ", if_several!("die älteste "), "fällig am {{ due_date }}, noch nicht beglichen.", teilzahlung!(neutral), zusage!(neutral), " Wir wären Ihnen dankbar, wenn Sie die Zahlung bei nächster Gelegenheit veranlassen könnten.\n\n",
                link!(),
                "Falls Sie bereits gezahlt haben, danken wir Ihnen; betrachten Sie diese Erinnerung dann bitte als gegenstandslos. Sollte es ein Problem mit ", several!("den Rechnungen", "der Rechnung"), " geben, lassen Sie es uns bitte wissen, damit wir es gemeinsam lösen können.\n\n",
                mfg!()
            ),
        ),
        (
            concat!(rechnung_betrag!(), ": Zahlung überfällig"),
            concat!(
                anrede!(),
                "die ", rechnung!(), " über ", offen!(), war_faellig_und_ist!(), " noch nicht beglichen.", teilzahlung!(firm), zusage!(firm), "\n\n",
                "Bitte veranlassen Sie die Zahlung bis zum {{ today + 7 days | date(\"long\") }}. Falls etwas die Zahlung aufhält: Könnten Sie uns Bescheid geben, damit wir es gemeinsam klären können?\n\n",
                link!(),
                mfg!()
            ),
        ),
    ],
    // SecondFollowUp
    [
        (
            concat!("Nachfrage ", several!("zu den", "zur"), " ", rechnung_betrag!()),
            concat!(
                anrede!(),
                "{% if reminders_sent %}ich komme noch einmal auf meine Nachricht ", several!("zu den", "zur"), " ", rechnung!(), " über ", offen!(), " zurück, ", die_faellig_war!(), ".{% else %}ich melde mich wegen der ", rechnung!(), " über ", offen!(), ", ", die_faellig_war!(), ".{% endif %}", teilzahlung!(warm), zusage!(warm), " Ich weiß, wie viel im Alltag zu tun ist, und wollte fragen, ob wir Ihnen irgendwie weiterhelfen können.\n\n",
                link!(),
                "Wenn an ", several!("den Rechnungen", "der Rechnung"), " etwas unklar ist oder geändert werden muss, antworten Sie einfach auf diese E-Mail; wir sehen uns das gleich an.\n\n",
                viele_gruesse!()
            ),
        ),
        (
            concat!("{% if reminders_sent %}Erneute Zahlungserinnerung{% else %}Zahlungserinnerung{% endif %}: ", rechnung_betrag!()),
            concat!(
                anrede!(),
                "{% if reminders_sent %}wir hatten Ihnen {% if last_sent_on %}am {{ last_sent_on }}{% else %}kürzlich{% endif %} wegen der ", rechnung!(), " über ", offen!(), " geschrieben, ", die_faellig_war!(), ".{% else %}wir schreiben Ihnen wegen der ", rechnung!(), " über ", offen!(), ", ", die_faellig_war!(), ".{% endif %}", teilzahlung!(neutral), zusage!(neutral), " ", several!("Da die Rechnungen noch offen sind, möchten wir sichergehen, dass sie die richtige Person erreicht haben.", "Da die Rechnung noch offen ist, möchten wir sichergehen, dass sie die richtige Person erreicht hat."), "\n\n",
                link!(),
                "Könnten Sie uns mitteilen, wann wir mit der Zahlung rechnen können oder wer bei Ihnen der richtige Ansprechpartner ist?\n\n",
                mfg!()
            ),
        ),
        (
            concat!(rechnung_betrag!(), ": {% if reminders_sent %}erneute Zahlungserinnerung{% else %}Zahlungserinnerung{% endif %}"),
            concat!(
                anrede!(),
                "{% if reminders_sent == \"1\" %}dies ist unsere zweite Erinnerung an die{% else %}{% if reminders_sent %}wir erinnern Sie erneut an die{% else %}wir schreiben Ihnen wegen der{% endif %}{% endif %} ", rechnung!(), " über ", offen!(), faellig_und_offen!(), teilzahlung!(firm), zusage!(firm), "\n\n",
                "Wir wären Ihnen dankbar, wenn Sie die Zahlung bis zum {{ today + 7 days | date(\"long\") }} veranlassen oder uns einen Grund für die Verzögerung nennen könnten, damit wir gemeinsam eine Lösung finden.\n\n",
                link!(),
                mfg!()
            ),
        ),
    ],
    // FirmFollowUp
    [
        (
            concat!("Können wir einen Zahlungstermin für die ", rechnung_betrag!(), " vereinbaren?"),
            concat!(
                anrede!(),
                "ich melde mich{% if reminders_sent %} noch einmal{% endif %} wegen der ", rechnung!(), " über ", offen!(), several!(", die noch offen sind; die älteste war am {{ due_date }} fällig.", ", fällig am {{ due_date }}, die noch offen ist."), teilzahlung!(warm), zusage!(warm), " Mir liegt viel daran, das so zu regeln, dass es für Sie passt.\n\n",
                "Könnten Sie mir bis zum {{ today + 5 business days | date(\"long\") }} sagen, wann wir mit der Zahlung rechnen können? Wenn es zeitlich gerade schwierig ist, sprechen wir gern über Möglichkeiten wie eine Ratenzahlung.\n\n",
                link!(),
                viele_gruesse!()
            ),
        ),
        (
            concat!(rechnung_betrag!(), ": Können Sie uns einen Zahlungstermin nennen?"),
            concat!(
                anrede!(),
                "die ", rechnung!(), " über ", offen!(), ", ", if_several!("die älteste "), "fällig am {{ due_date }}, ", several!("sind", "ist"), " noch offen{% if reminders_sent %}, auch nach {{ reminders_sent | count(\"unserer Erinnerung|unseren # Erinnerungen\") }}{% endif %}.", teilzahlung!(neutral), zusage!(neutral), "\n\n",
                "Könnten Sie uns bis zum {{ today + 5 business days | date(\"long\") }} mitteilen, wann wir mit der Zahlung rechnen können? Falls es ein Problem mit ", several!("den Rechnungen", "der Rechnung"), " gibt oder Sie eine Zahlung in Teilbeträgen besprechen möchten, sagen Sie uns bitte Bescheid; wir helfen gern, so gut wir können.\n\n",
                link!(),
                mfg!()
            ),
        ),
        (
            concat!(rechnung_betrag!(), ": Bitte nennen Sie uns einen Zahlungstermin"),
            concat!(
                anrede!(),
                "die ", rechnung!(), " über ", offen!(), war_faellig_und_ist!(), " weiterhin offen.", teilzahlung!(firm), zusage!(firm), "{% if reminders_sent %} Nach {{ reminders_sent | count(\"unserer Erinnerung|# Erinnerungen\") }} möchten wir nun mit Ihnen das weitere Vorgehen vereinbaren.{% else %} Wir möchten nun mit Ihnen das weitere Vorgehen vereinbaren.{% endif %}\n\n",
                "Könnten Sie uns bis zum {{ today + 5 business days | date(\"long\") }} mitteilen, an welchem Datum die Zahlung erfolgt? Wie können wir die Angelegenheit gemeinsam lösen?\n\n",
                link!(),
                mfg!()
            ),
        ),
    ],
    // FinalNotice
    [
        (
            concat!(rechnung_betrag!(), ": Lassen Sie uns das gemeinsam lösen"),
            concat!(
                anrede!(),
                "ich schreibe Ihnen{% if reminders_sent %} noch einmal{% endif %} wegen der ", rechnung!(), " über ", offen!(), ", ", die_faellig_war!(), ".", teilzahlung!(warm), zusage!(warm), " Mir wäre es viel lieber, wir klären das direkt miteinander. Melden Sie sich also gern, wenn Ihnen die Zahlung gerade Schwierigkeiten bereitet: Eine Ratenzahlung ist immer möglich.\n\n",
                "Damit Sie wissen, wie es weitergeht: Wenn wir bis zum {{ today + 10 days | date(\"long\") }} nichts von Ihnen hören, übergeben wir die Forderung an unseren Inkassopartner. Ich hoffe sehr, dass es nicht dazu kommt.\n\n",
                link!(),
                viele_gruesse!()
            ),
        ),
        (
            concat!("Letzte Zahlungserinnerung: ", rechnung_betrag!()),
            concat!(
                anrede!(),
                "{% if reminders_sent %}wir haben Ihnen bereits wegen der ", rechnung!(), " über ", offen!(), " geschrieben, ", die_faellig_war!(), ", konnten die Angelegenheit aber bisher nicht mit Ihnen klären.{% else %}die ", rechnung!(), " über ", offen!(), ", ", if_several!("die älteste "), "fällig am {{ due_date }}, ", several!("sind", "ist"), " noch offen, und wir möchten die Angelegenheit gern mit Ihnen klären.{% endif %}", teilzahlung!(neutral), zusage!(neutral), "\n\n",
                "Wir würden dies sehr gern direkt mit Ihnen regeln. Sollten wir bis zum {{ today + 10 days | date(\"long\") }} weder eine Zahlung erhalten noch von Ihnen hören, übergeben wir die Forderung an unseren Inkassopartner, der sich dann mit Ihnen in Verbindung setzt.\n\n",
                "Falls es einen Grund gibt, warum die Zahlung bisher nicht möglich war, melden Sie sich bitte vorher bei uns: Über eine Ratenzahlung sprechen wir gern.\n\n",
                link!(),
                mfg!()
            ),
        ),
        (
            concat!("Letzte Zahlungsaufforderung: ", rechnung_betrag!()),
            concat!(
                anrede!(),
                "dies ist unsere letzte Zahlungsaufforderung ", several!("zu den", "zur"), " ", rechnung!(), " über ", offen!(), several!(", die ", ", die am {{ due_date }} fällig war und "), "{% if reminders_sent %}nach {{ reminders_sent | count(\"unserer Erinnerung|# Erinnerungen\") }} {% endif %}weiterhin offen ", several!("sind; die älteste war am {{ due_date }} fällig.", "ist."), teilzahlung!(firm), zusage!(firm), "\n\n",
                "Sollten wir bis zum {{ today + 10 days | date(\"long\") }} weder die Zahlung erhalten noch mit Ihnen einen Zahlungstermin vereinbart haben, übergeben wir die Forderung an unseren Inkassopartner. Wir würden die Angelegenheit lieber direkt mit Ihnen klären, und eine Antwort bis dahin genügt, um dieses Gespräch zu beginnen.\n\n",
                link!(),
                mfg!()
            ),
        ),
    ],
    // AgencyReferral
    [
        (
            concat!(rechnung_betrag!(), ": der aktuelle Stand"),
            concat!(
                anrede!(),
                "es tut mir leid, dass wir die ", rechnung!(), " über ", offen!(), ", ", if_several!("die älteste "), "fällig am {{ due_date }}, nicht unter uns klären konnten.", teilzahlung!(warm), "{% if reminders_sent %} Wie in unserer letzten Nachricht angekündigt, haben wir{% else %} Wir haben{% endif %} die Forderung nun an unseren Inkassopartner übergeben, der sich bei Ihnen melden wird.\n\n",
                "Wenn Sie ", several!("die Rechnungen", "die Rechnung"), " trotzdem direkt mit uns begleichen möchten oder wir etwas übersehen haben, melden Sie sich bitte: Wir freuen uns jederzeit, von Ihnen zu hören.\n\n",
                link!(),
                viele_gruesse!()
            ),
        ),
        (
            concat!(rechnung_betrag!(), several!(" wurden", " wurde"), " an unseren Inkassopartner übergeben"),
            concat!(
                anrede!(),
                "{% if reminders_sent %}nach {{ reminders_sent | count(\"unserer Zahlungserinnerung|unseren Zahlungserinnerungen\") }} haben wir{% else %}wir haben{% endif %} die ", rechnung!(), " über ", offen!(), ", ", if_several!("die älteste "), "fällig am {{ due_date }}, nun an unseren Inkassopartner übergeben. Er wird sich mit Ihnen in Verbindung setzen, um die Zahlung zu regeln.", teilzahlung!(neutral), "\n\n",
                "Wenn Sie lieber direkt an uns zahlen möchten, geben Sie uns bitte bei der Zahlung Bescheid, damit wir den Auftrag an den Inkassopartner zurückziehen können. Möchten Sie über die Forderung sprechen, antworten Sie einfach auf diese E-Mail.\n\n",
                link!(),
                mfg!()
            ),
        ),
        (
            concat!(rechnung_betrag!(), ": Übergabe an unseren Inkassopartner"),
            concat!(
                anrede!(),
                "am {{ today }} haben wir die ", rechnung!(), " über ", offen!(), ", ", if_several!("die älteste "), "fällig am {{ due_date }}, an unseren Inkassopartner übergeben, der die Forderung von nun an bearbeitet.", teilzahlung!(firm), "\n\n",
                "Eine Zahlung direkt an uns, bevor er sich bei Ihnen meldet, schließt die Angelegenheit ab; bitte geben Sie uns bei der Zahlung kurz Bescheid.\n\n",
                link!(),
                mfg!()
            ),
        ),
    ],
    // PaymentPlanProposal
    [
        (
            concat!("Ein Vorschlag ", several!("zu den", "zur"), " ", rechnung_betrag!()),
            concat!(
                anrede!(),
                "mir ist bewusst, dass es gerade vielleicht nicht einfach ist, die ", rechnung!(), " über ", offen!(), " auf einmal zu begleichen. Deshalb möchte ich Ihnen etwas vorschlagen, das helfen könnte.", teilzahlung!(warm), "\n\n",
                "{% if plan_list %}\n",
                "Sie können gern {% if plan_down_payment %}zunächst {{ plan_down_payment }} und den Rest in {% else %}in {% endif %}{{ plan_count | count(\"# Rate|# Raten\") }} zahlen, und zwar so:\n\n",
                "{{ plan_list }}\n\n",
                "Könnten Sie mir bis zum {{ plan_reply_by }} sagen, ob das für Sie passt? Wenn Ihnen eine andere Lösung lieber ist, sprechen wir gern darüber.\n",
                "{% else %}\n",
                "Gern können Sie den Betrag auch in einigen monatlichen Raten zahlen. Könnten Sie mir bis zum {{ plan_reply_by }} sagen, welchen Betrag Sie monatlich aufbringen könnten?\n",
                "{% endif %}\n\n",
                viele_gruesse!()
            ),
        ),
        (
            concat!("Ratenplan für die ", rechnung_betrag!()),
            concat!(
                anrede!(),
                "wir verstehen, dass es derzeit vielleicht nicht möglich ist, die ", rechnung!(), " über ", offen!(), " in einer Summe zu bezahlen.", teilzahlung!(neutral), " Gern vereinbaren wir daher mit Ihnen eine Ratenzahlung.\n\n",
                "{% if plan_list %}\n",
                "Wir schlagen {% if plan_down_payment %}eine Anzahlung von {{ plan_down_payment }} und danach {% endif %}{{ plan_count | count(\"# Rate|# Raten\") }} wie folgt vor:\n\n",
                "{{ plan_list }}\n\n",
                "Könnten Sie uns bis zum {{ plan_reply_by }} mitteilen, ob dieser Plan für Sie passt? Andernfalls sprechen wir gern über eine Alternative.\n",
                "{% else %}\n",
                "Könnten Sie uns bis zum {{ plan_reply_by }} mitteilen, welche monatlichen Raten für Sie machbar wären? Wir senden Ihnen dann einen Zahlungsplan zur Bestätigung.\n",
                "{% endif %}\n\n",
                mfg!()
            ),
        ),
        (
            concat!(rechnung_betrag!(), ": Angebot einer Ratenzahlung"),
            concat!(
                anrede!(),
                "um die ", rechnung!(), " über ", offen!(), ", ", if_several!("die älteste "), "fällig am {{ due_date }}, zu begleichen, bieten wir Ihnen eine Zahlung in Raten an.", teilzahlung!(firm), "\n\n",
                "{% if plan_list %}\n",
                "Wir schlagen {% if plan_down_payment %}eine Anzahlung von {{ plan_down_payment }} und danach {% endif %}{{ plan_count | count(\"# Rate|# Raten\") }} vor:\n\n",
                "{{ plan_list }}\n\n",
                "Das Angebot gilt, wenn Sie den Plan bis zum {{ plan_reply_by }} bestätigen; andernfalls bleibt der gesamte Betrag fällig.\n",
                "{% else %}\n",
                "Könnten Sie uns bis zum {{ plan_reply_by }} mitteilen, welchen Betrag Sie monatlich zahlen können, damit wir einen Zahlungsplan aufstellen? Andernfalls bleibt der gesamte Betrag fällig.\n",
                "{% endif %}\n\n",
                mfg!()
            ),
        ),
    ],
    // SettlementOffer
    [
        (
            concat!("Ein Angebot ", several!("zu den", "zur"), " ", rechnung_betrag!()),
            concat!(
                anrede!(),
                "ich würde gern einen Weg finden, die ", rechnung!(), " über ", offen!(), " so abzuschließen, dass es für uns beide passt.", teilzahlung!(warm), "\n\n",
                "{% if discount %}\n",
                "Wenn Sie {{ discount_net }} zahlen, ", several!("sind die Rechnungen", "ist die Rechnung"), " damit vollständig beglichen: Sie sparen {{ discount_amount }} ({{ discount_percent }}). Das Angebot gilt bis {{ discount_deadline | date(\"weekday\") }}.\n",
                "{% else %}\n",
                "Falls Ihnen die Zahlung des vollen Betrags schwerfällt, sind wir auch für einen reduzierten Betrag als abschließende Zahlung offen. Könnten Sie mir sagen, welchen Betrag Sie zahlen könnten und bis wann?\n",
                "{% endif %}\n\n",
                link!(),
                viele_gruesse!()
            ),
        ),
        (
            concat!(rechnung_betrag!(), ": Angebot zur Begleichung"),
            concat!(
                anrede!(),
                "wir möchten die ", rechnung!(), " über ", offen!(), ", ", if_several!("die älteste "), "fällig am {{ due_date }}, gern abschließen und können Ihnen Folgendes anbieten.", teilzahlung!(neutral), "\n\n",
                "{% if discount %}\n",
                "Wenn der Betrag von {{ discount_net }} bis zum {{ discount_deadline }} bei uns eingeht, akzeptieren wir ihn als vollständige Begleichung ", several!("der Rechnungen", "der Rechnung"), ": ein Nachlass von {{ discount_amount }} ({{ discount_percent }}).\n",
                "{% else %}\n",
                "Wir sind bereit, einen reduzierten Betrag als vollständige Begleichung zu akzeptieren. Könnten Sie uns mitteilen, welchen Betrag Sie zahlen könnten und bis wann?\n",
                "{% endif %}\n\n",
                link!(),
                mfg!()
            ),
        ),
        (
            concat!(rechnung_betrag!(), ": befristetes Angebot zur Begleichung"),
            concat!(
                anrede!(),
                "die ", rechnung!(), " über ", offen!(), war_faellig_und_ist!(), " weiterhin offen.", teilzahlung!(firm), " Um die Angelegenheit abzuschließen, machen wir Ihnen folgendes Angebot.\n\n",
                "{% if discount %}\n",
                "Wir akzeptieren {{ discount_net }} als vollständige Begleichung, das entspricht einem Nachlass von {{ discount_amount }} ({{ discount_percent }}), sofern die Zahlung bis zum {{ discount_deadline }} bei uns eingeht. Danach entfällt das Angebot, und der gesamte Betrag bleibt fällig.\n",
                "{% else %}\n",
                "Wir sind bereit, einen reduzierten Betrag als vollständige Begleichung in Betracht zu ziehen, wenn Sie uns bis zum {{ today + 7 days | date(\"long\") }} antworten. Danach bleibt der gesamte Betrag fällig.\n",
                "{% endif %}\n\n",
                link!(),
                mfg!()
            ),
        ),
    ],
    // InstallmentDueSoon
    [
        (
            "Ihre nächste Rate{% if plan_next_date %}: {{ plan_next_amount }} am {{ plan_next_date }}{% endif %}",
            concat!(
                anrede!(),
                "nur eine kurze Erinnerung: Die nächste Rate{% if plan_next_date %} von {{ plan_next_amount }}{% endif %} aus unserem Ratenplan für die ", rechnung!(), " wird {% if plan_next_date %}fällig am {{ plan_next_date | date(\"weekday\") }}{% else %}bald fällig{% endif %}. Vielen Dank, dass Sie sich bisher so zuverlässig an den Plan gehalten haben; das weiß ich sehr zu schätzen.\n\n",
                link!(),
                "Falls sich bei Ihnen etwas geändert hat, sagen Sie mir einfach rechtzeitig Bescheid, dann finden wir eine Lösung.\n\n",
                viele_gruesse!()
            ),
        ),
        (
            concat!("Anstehende Rate für die ", rechnung_betrag!()),
            concat!(
                anrede!(),
                "wir möchten Sie daran erinnern, dass die nächste Rate aus unserem vereinbarten Ratenplan für die ", rechnung!(), " {% if plan_next_date %}fällig wird: {{ plan_next_amount }} am {{ plan_next_date | date(\"weekday\") }}{% else %}in Kürze fällig wird{% endif %}.\n\n",
                link!(),
                "Falls Sie bei dieser Zahlung Schwierigkeiten erwarten, geben Sie uns bitte vor dem Fälligkeitstermin Bescheid, damit wir darüber sprechen können.\n\n",
                mfg!()
            ),
        ),
        NONE,
    ],
    // InstallmentMissed
    [
        (
            "Kurze Nachfrage zu Ihrer Rate",
            concat!(
                anrede!(),
                "ich hoffe, bei Ihnen ist alles in Ordnung. Mir ist aufgefallen, dass die Rate{% if plan_next_date %} von {{ plan_next_amount }}{% endif %} für die ", rechnung!(), "{% if plan_next_date %}, fällig am {{ plan_next_date }},{% endif %} noch nicht eingegangen ist. Vielleicht ist es nur eine Frage des Zeitpunkts.\n\n",
                "Könnten Sie mir sagen, wann ich damit rechnen kann? Falls der Plan nicht mehr zu Ihnen passt, passe ich ihn viel lieber gemeinsam mit Ihnen an, als dass er hinfällig wird.\n\n",
                link!(),
                viele_gruesse!()
            ),
        ),
        (
            concat!("Rate für die ", rechnung_betrag!()),
            concat!(
                anrede!(),
                "die{% if plan_next_date %} am {{ plan_next_date }} fällige Rate von {{ plan_next_amount }}{% else %} fällige Rate{% endif %} aus unserem vereinbarten Ratenplan für die ", rechnung!(), " ist bei uns noch nicht eingegangen.\n\n",
                "Könnten Sie uns mitteilen, wann wir damit rechnen können? Falls der Plan nicht mehr zu Ihnen passt, passen wir ihn lieber gemeinsam an, als dass er hinfällig wird.\n\n",
                link!(),
                mfg!()
            ),
        ),
        (
            concat!(rechnung_betrag!(), ": Rate nicht eingegangen"),
            concat!(
                anrede!(),
                "die{% if plan_next_date %} am {{ plan_next_date }} fällige Rate von {{ plan_next_amount }}{% else %} fällige Rate{% endif %} aus unserem vereinbarten Ratenplan für die ", rechnung!(), " ist nicht eingegangen.\n\n",
                "Der Ratenplan setzt voraus, dass jede Zahlung pünktlich eingeht, und wir möchten ihn gern für Sie aufrechterhalten. Könnten Sie uns bis zum {{ today + 3 business days | date(\"long\") }} mitteilen, wann diese Zahlung erfolgt?\n\n",
                link!(),
                mfg!()
            ),
        ),
    ],
    // PromiseConfirmation
    [
        (
            "Vielen Dank: Zahlung von {{ balance }}{% if promise_date %} bis zum {{ promise_date }}{% endif %}",
            concat!(
                anrede!(),
                "vielen Dank für Ihre Rückmeldung. Kurz zur Bestätigung: Sie begleichen den Betrag von {{ balance }} für die ", rechnung!(), "{% if promise_date %} bis {{ promise_date | date(\"weekday\") }}{% endif %}. Ich habe mir das notiert und schicke bis dahin keine Erinnerungen.\n\n",
                link!(),
                viele_gruesse!()
            ),
        ),
        (
            concat!("Bestätigung: Zahlung der ", rechnung_betrag!(), "{% if promise_date %} bis zum {{ promise_date }}{% endif %}"),
            concat!(
                anrede!(),
                "vielen Dank für Ihre Mitteilung ", several!("zu den", "zur"), " ", rechnung!(), ": Die Zahlung von {{ balance }} erfolgt{% if promise_date %} bis {{ promise_date | date(\"weekday\") }}{% else %} in Kürze{% endif %}. Wir haben dies vermerkt und setzen unsere Zahlungserinnerungen bis dahin aus.\n\n",
                link!(),
                mfg!()
            ),
        ),
        NONE,
    ],
    // PromiseMissed
    [
        (
            concat!("Kurze Nachfrage ", several!("zu den", "zur"), " ", rechnung_betrag!()),
            concat!(
                anrede!(),
                "nochmals vielen Dank für Ihre Nachricht, dass die ", rechnung!(), "{% if promise_date %} bis zum {{ promise_date }}{% else %} in Kürze{% endif %} bezahlt ", several!("werden", "wird"), ". Die Zahlung von {{ balance }} ist bei uns noch nicht eingegangen, daher wollte ich kurz nachfragen, ob alles in Ordnung ist.\n\n",
                "Könnten Sie mir sagen, wann ich nun damit rechnen kann? Falls sich etwas geändert hat, finden wir gern einen anderen Weg.\n\n",
                link!(),
                viele_gruesse!()
            ),
        ),
        (
            concat!(rechnung_betrag!(), ": Zahlung{% if promise_date %} zum {{ promise_date }}{% endif %} erwartet"),
            concat!(
                anrede!(),
                "nochmals vielen Dank für Ihre Bestätigung, dass die ", rechnung!(), "{% if promise_date %} bis zum {{ promise_date }}{% else %} in Kürze{% endif %} bezahlt ", several!("werden", "wird"), ". Die Zahlung von {{ balance }} ist bei uns noch nicht eingegangen, und wir möchten uns vergewissern, dass alles in Ordnung ist.\n\n",
                "Könnten Sie uns mitteilen, wann wir nun mit der Zahlung rechnen können? Falls sich etwas geändert hat: Wie können wir gemeinsam eine Lösung finden?\n\n",
                link!(),
                mfg!()
            ),
        ),
        (
            concat!(rechnung_betrag!(), ": vereinbarter Zahlungstermin verstrichen"),
            concat!(
                anrede!(),
                "wir hatten vereinbart, dass die ", rechnung!(), "{% if promise_date %} bis zum {{ promise_date }}{% endif %} bezahlt ", several!("werden", "wird"), "; die Zahlung von {{ balance }} ist bei uns bisher nicht eingegangen.\n\n",
                "Könnten Sie uns bis zum {{ today + 3 business days | date(\"long\") }} mitteilen, wann die Zahlung erfolgt? Sollten wir bis dahin nichts von Ihnen hören, setzen wir unser übliches Erinnerungsverfahren fort.\n\n",
                link!(),
                mfg!()
            ),
        ),
    ],
    // DisputeAcknowledgement
    [
        (
            concat!("Ihre Frage ", several!("zu den", "zur"), " ", rechnung_betrag!()),
            concat!(
                anrede!(),
                "vielen Dank, dass Sie mir Ihre Bedenken ", several!("zu den", "zur"), " ", rechnung_betrag!(), " mitgeteilt haben. Ich habe alle Erinnerungen dazu angehalten, während wir uns das gemeinsam ansehen.\n\n",
                "Damit wir das schnell klären können: Könnten Sie mir die Einzelheiten schicken, also welche Positionen oder Beträge Sie beanstanden, und Unterlagen, aus denen hervorgeht, was Sie erwartet hatten (zum Beispiel eine Bestellung, ein Angebot oder ein Lieferschein)?\n\n",
                "Ich bin zuversichtlich, dass sich das schnell klären lässt, und melde mich bei Ihnen, sobald ich mir alles angesehen habe.\n\n",
                viele_gruesse!()
            ),
        ),
        (
            concat!("Ihre Rückfrage ", several!("zu den", "zur"), " ", rechnung_betrag!()),
            concat!(
                anrede!(),
                "vielen Dank für Ihre Rückfrage ", several!("zu den", "zur"), " ", rechnung!(), " über ", if_several!("insgesamt "), "{{ amount }}. Für die Dauer unserer Prüfung haben wir alle Zahlungserinnerungen ", several!("zu diesen Rechnungen", "zu dieser Rechnung"), " ausgesetzt.\n\n",
                "Damit wir die Angelegenheit klären können: Könnten Sie uns die Einzelheiten senden, also welche Positionen oder Beträge Sie beanstanden, und Unterlagen, die Ihre Sicht belegen (zum Beispiel eine Bestellung oder einen Lieferschein)?\n\n",
                "Wir sind zuversichtlich, dass sich dies rasch klären lässt, und melden uns bei Ihnen, sobald wir die Unterlagen geprüft haben.\n\n",
                mfg!()
            ),
        ),
        NONE,
    ],
    // StatutoryInterestNotice
    [
        (
            concat!(rechnung_betrag!(), ": Verzugszinsen"),
            concat!(
                anrede!(),
                "ich melde mich wegen der ", rechnung!(), " über ", offen!(), faellig_und_offen!(), teilzahlung!(warm), "\n\n",
                "{% if statutory %}\n",
                rechtsgrundlage!(),
                "Mit Stand vom {{ today }} ergibt das {{ statutory_interest }} an Zinsen und {{ statutory_compensation }} als Pauschale, insgesamt {{ statutory_total }}.\n\n",
                "Viel lieber wäre mir aber, wir schließen ", several!("die Rechnungen", "die Rechnung"), " selbst ab: Wenn der offene Betrag von {{ balance }} bis zum {{ today + 14 days | date(\"long\") }} bei uns eingeht, verzichten wir gern auf diese Beträge.\n\n",
                "{% endif %}\n",
                link!(),
                viele_gruesse!()
            ),
        ),
        (
            concat!(rechnung_betrag!(), ": gesetzliche Verzugszinsen und Pauschale"),
            concat!(
                anrede!(),
                "die ", rechnung!(), " über ", offen!(), war_faellig_und_ist!(), " noch nicht beglichen.", teilzahlung!(neutral), "\n\n",
                "{% if statutory %}\n",
                rechtsgrundlage!(),
                "Mit Stand vom {{ today }} betragen die Zinsen {{ statutory_interest }} und die Pauschale {{ statutory_compensation }}, zusammen {{ statutory_total }} zusätzlich zum offenen Betrag von {{ balance }}. Bis zur Zahlung fallen weiterhin Zinsen an.\n\n",
                "{% endif %}\n",
                "Falls es einen Grund gibt, warum die Zahlung bisher nicht möglich war, lassen Sie es uns bitte wissen: Wir würden lieber gemeinsam eine Lösung vereinbaren.\n\n",
                link!(),
                mfg!()
            ),
        ),
        (
            concat!(rechnung_betrag!(), ": Geltendmachung gesetzlicher Verzugszinsen und Pauschale"),
            concat!(
                anrede!(),
                "die ", rechnung!(), " über ", offen!(), war_faellig_und_ist!(), " weiterhin offen.", teilzahlung!(firm), "\n\n",
                "{% if statutory %}\n",
                rechtsgrundlage!(),
                "Mit Stand vom {{ today }} machen wir {{ statutory_interest }} an Zinsen und {{ statutory_compensation }} als Pauschale geltend, insgesamt {{ statutory_total }}, zusätzlich zum offenen Betrag von {{ balance }}. Bis zur Zahlung fallen weiterhin Zinsen an.\n\n",
                "{% endif %}\n",
                "Könnten Sie uns bis zum {{ today + 7 days | date(\"long\") }} mitteilen, wann die Zahlung erfolgt?\n\n",
                link!(),
                mfg!()
            ),
        ),
    ],
    // ThankYou
    [
        (
            "Vielen Dank für Ihre Zahlung",
            concat!(
                anrede!(),
                "vielen Dank für Ihre Zahlung von {% if part_paid %}{{ balance }}{% else %}{{ amount }}{% endif %} für die ", rechnung!(), "; sie ist gut bei uns angekommen{% if part_paid %}, und ", several!("die Rechnungen sind", "die Rechnung ist"), " damit vollständig beglichen{% endif %}. Das weiß ich sehr zu schätzen.\n\n",
                "Es ist immer schön, mit Ihnen zusammenzuarbeiten, und ich freue mich schon auf das nächste Projekt.\n\n",
                viele_gruesse!()
            ),
        ),
        (
            concat!("Zahlung erhalten: ", rechnung_betrag!()),
            concat!(
                anrede!(),
                "vielen Dank für Ihre Zahlung von {% if part_paid %}{{ balance }}{% else %}{{ amount }}{% endif %} für die ", rechnung!(), "; sie ist inzwischen bei uns eingegangen. ", several!("Die Rechnungen sind", "Die Rechnung ist"), " damit vollständig beglichen.\n\n",
                "Wir danken Ihnen für die gute Zusammenarbeit und freuen uns auf weitere gemeinsame Aufträge.\n\n",
                mfg!()
            ),
        ),
        NONE,
    ],
    // FormalDemand
    [
        NONE,
        NONE,
        (
            concat!("{% if statutory_law == \"de\" %}Letzte Mahnung{% else %}Förmliche Zahlungsaufforderung{% endif %}: ", rechnung_betrag!()),
            concat!(
                anrede!(),
                "die ", rechnung!(), " über ", offen!(), ", ", if_several!("die älteste "), "fällig am {{ due_date }}, ", several!("sind", "ist"), " bis heute nicht{% if part_paid %} vollständig{% endif %} beglichen{% if reminders_sent %}, auch nach {{ reminders_sent | count(\"unserer Zahlungserinnerung|unseren # Zahlungserinnerungen\") }}{% endif %}.", teilzahlung!(firm), "\n\n",
                "{% if statutory_law == \"de\" %}\n",
                "Mit dieser letzten Mahnung fordern wir Sie auf, den offenen Betrag von {{ balance }} bis zum {{ today + 14 days | date(\"long\") }} zu zahlen. Sie befinden sich mit der Zahlung in Verzug (§ 286 BGB).",
                "{% if statutory_claimed %} Für die Dauer des Verzugs schulden Sie Verzugszinsen in Höhe von 9 Prozentpunkten über dem jeweiligen Basiszinssatz (§ 288 Abs. 2 BGB, § 247 BGB) sowie die Pauschale von {{ statutory_compensation }} (§ 288 Abs. 5 BGB). Mit Stand vom {{ today }} betragen die Zinsen {{ statutory_interest }}, zusammen mit der Pauschale {{ statutory_total }} zusätzlich zum offenen Betrag.{% else %} Wir behalten uns vor, Verzugszinsen (§ 288 Abs. 2 BGB) und die Pauschale nach § 288 Abs. 5 BGB geltend zu machen.{% endif %}\n\n",
                "Sollten bis zu diesem Datum weder die Zahlung noch eine Nachricht von Ihnen bei uns eingehen, werden wir ohne weitere Ankündigung das gerichtliche Mahnverfahren einleiten. Wir würden die Angelegenheit lieber direkt mit Ihnen klären: Wenn Sie eine Ratenzahlung vereinbaren möchten, melden Sie sich bitte vor diesem Datum bei uns.\n",
                "{% else %}\n",
                "Mit diesem Schreiben fordern wir Sie förmlich auf, den offenen Betrag von {{ balance }} bis zum {{ today + 14 days | date(\"long\") }} zu zahlen.",
                "{% if statutory_claimed %} Außerdem machen wir die gesetzlichen Ansprüche bei Zahlungsverzug im Geschäftsverkehr geltend: mit Stand vom {{ today }} {{ statutory_interest }} an Zinsen ({{ statutory_interest_law }}){% if statutory_compensation_law %} und {{ statutory_compensation }} als Entschädigung ({{ statutory_compensation_law }}){% endif %}{% if statutory_collection_costs %} sowie {{ statutory_collection_costs }} an Inkassokosten{% endif %}, insgesamt {{ statutory_total }}. Bis zur Zahlung fallen weiterhin Zinsen an.{% endif %}\n\n",
                "Sollten bis zu diesem Datum weder die Zahlung noch eine Nachricht von Ihnen bei uns eingehen, werden wir die Forderung gerichtlich geltend machen. Wir würden die Angelegenheit lieber direkt mit Ihnen klären: Wenn Sie eine Ratenzahlung vereinbaren möchten, melden Sie sich bitte vor diesem Datum bei uns.\n",
                "{% endif %}\n\n",
                link!(),
                mfg!()
            ),
        ),
    ],
];

const BY_DATE: &str = "bis zu einem bestimmten Datum, z. B. „bis Freitag, 12. Juni“";
const NOT_YET: &str = "wir haben noch keine Zahlung erhalten";
const NOT_HEARD: &str = "wir haben noch nichts von Ihnen gehört";
const NOT_AGREED: &str = "wir konnten uns noch nicht einigen";
const NOT_REACHED: &str = "wir konnten Sie bisher nicht erreichen";
const AGREED_DATE: &str = "der vereinbarte Zahlungstermin ist verstrichen";
const MISUNDERSTANDING: &str = "hier liegt offenbar ein Missverständnis vor";
const MIX_UP: &str = "hier scheint etwas schiefgelaufen zu sein";
const WHAT_HAPPENED: &str = "wir würden gern verstehen, was passiert ist";
const HOLDING_UP: &str = "wir würden gern verstehen, was die Zahlung aufhält";
const AGREE_DATE: &str = "könnten wir einen Zahlungstermin vereinbaren?";
const WHEN_PAY: &str = "könnten Sie uns mitteilen, wann wir mit der Zahlung rechnen können?";
const ASK_PAY: &str = "wir bitten Sie, die Zahlung zu veranlassen";
const COULD_YOU_PAY: &str = "könnten Sie die Zahlung veranlassen?";
const NEXT_STEP: &str =
    "unser nächster Schritt wäre, die Forderung an unseren Inkassopartner zu übergeben";
const NEXT: &str = "unser nächster Schritt wäre";
const BEFORE_NEXT: &str = "wir möchten das gern vor dem nächsten Schritt klären";
const TOGETHER: &str = "wir würden das lieber gemeinsam lösen";
const WHERE_THINGS_STAND: &str = "damit Sie wissen, wie es weitergeht";
const CONCERN: &str = "das bereitet uns Sorge";
const HOPED: &str = "wir hatten gehofft, das schon früher zu klären";
const LATER: &str = "die Zahlungen kamen später als vereinbart";
const CLIENT: &str = "Kunde";
const RECAP: &str = "kurz zusammengefasst";
const ONCE_MORE: &str = "noch einmal";
const RESOLVE: &str = "wir möchten das gern klären";
const EARLIER_EMAIL: &str = "ich komme auf meine E-Mail vom [Datum] zurück";
const REMINDER: &str = "zur Erinnerung";
const IN_CASE: &str = "falls das untergegangen ist";
const AS_BEFORE: &str = "wie schon bei früheren Rechnungen";
const HOW_IT_WORKS: &str = "so funktioniert es:";
const DIFFERENTLY: &str = "wir sehen das anders";
const BUSY: &str = "ich weiß, wie viel zu tun ist";
const REPLY: &str = "vielen Dank für Ihre Rückmeldung";
const VALUED: &str = "wir schätzen die Zusammenarbeit mit Ihnen";
const RELIED: &str = "wir hatten uns auf den vereinbarten Termin verlassen";
const FLEXIBLE: &str = "wir haben versucht, Ihnen entgegenzukommen";
const HELP: &str = "wir wären Ihnen für Ihre Unterstützung bei der Klärung dankbar";
const SIZE: &str = "für ein Unternehmen unserer Größe macht eine pünktliche Zahlung viel aus";

/// German phrases (Sie-form): (lower-case phrase, kind, suggestion).
static PHRASES: &[Phrase] = {
    use ToneKind::*;
    &[
        // Vorwürfe.
        ("sie haben es versäumt", Accusatory, NOT_YET),
        ("sie haben versäumt", Accusatory, NOT_YET),
        ("ihr versäumnis", Accusatory, "die Verzögerung"),
        ("ihre nachlässigkeit", Accusatory, "die Verzögerung"),
        ("sie haben nicht gezahlt", Accusatory, NOT_YET),
        ("sie haben immer noch nicht", Accusatory, NOT_YET),
        ("sie haben noch immer nicht", Accusatory, NOT_YET),
        ("sie haben nicht einmal", Accusatory, NOT_HEARD),
        ("nicht einmal die mühe", Accusatory, NOT_HEARD),
        ("sie haben ignoriert", Accusatory, NOT_HEARD),
        ("sie ignorieren", Accusatory, NOT_HEARD),
        ("unsere e-mails ignoriert", Accusatory, NOT_HEARD),
        ("unsere nachrichten ignoriert", Accusatory, NOT_HEARD),
        ("unsere erinnerungen ignoriert", Accusatory, NOT_HEARD),
        (
            "unsere zahlungserinnerungen ignoriert",
            Accusatory,
            NOT_HEARD,
        ),
        ("unsere mahnungen ignoriert", Accusatory, NOT_HEARD),
        ("sie drücken sich vor", Accusatory, NOT_REACHED),
        ("sie weichen uns aus", Accusatory, NOT_REACHED),
        ("sie haben sich geweigert", Accusatory, NOT_AGREED),
        ("sie weigern sich", Accusatory, NOT_AGREED),
        (
            "sie schulden uns",
            Accusatory,
            "der offene Betrag der Rechnung beträgt",
        ),
        ("ihre schulden", Accusatory, "der offene Betrag"),
        ("wir verlangen", Accusatory, "wir bitten Sie"),
        ("wir fordern sie auf", Accusatory, "wir bitten Sie"),
        ("wir wollen unser geld", Accusatory, ASK_PAY),
        ("sie müssen zahlen", Accusatory, COULD_YOU_PAY),
        ("sie müssen bezahlen", Accusatory, COULD_YOU_PAY),
        ("keine ausrede", Accusatory, WHAT_HAPPENED),
        ("keine ausreden", Accusatory, WHAT_HAPPENED),
        ("es ist ihre schuld", Accusatory, WHAT_HAPPENED),
        ("das ist ihre schuld", Accusatory, WHAT_HAPPENED),
        (
            "sie haben versprochen",
            Accusatory,
            "Sie hatten uns mitgeteilt, dass",
        ),
        ("sie haben ihr wort gebrochen", Accusatory, AGREED_DATE),
        (
            "sie haben ihr versprechen gebrochen",
            Accusatory,
            AGREED_DATE,
        ),
        (
            "sie haben ihr versprechen nicht gehalten",
            Accusatory,
            AGREED_DATE,
        ),
        ("sie verstoßen gegen", Accusatory, AGREED_DATE),
        ("sie haben uns belogen", Accusatory, MISUNDERSTANDING),
        ("sie haben gelogen", Accusatory, MISUNDERSTANDING),
        ("sie haben offenbar nicht vor", Accusatory, WHEN_PAY),
        ("sie haben nicht die absicht", Accusatory, WHEN_PAY),
        ("sie halten uns hin", Accusatory, AGREE_DATE),
        ("uns hinzuhalten", Accusatory, AGREE_DATE),
        ("hinhaltetaktik", Accusatory, AGREE_DATE),
        (
            "böswillig",
            Accusatory,
            "wir würden gern Ihre Sicht verstehen",
        ),
        // Drohungen.
        ("letzte warnung", Threatening, "letzte Zahlungserinnerung"),
        ("wir sehen uns gezwungen", Threatening, NEXT),
        ("wir werden gezwungen sein", Threatening, NEXT),
        ("sie lassen uns keine wahl", Threatening, NEXT),
        ("wir haben keine andere wahl", Threatening, NEXT),
        ("wir werden nicht zögern", Threatening, NEXT),
        ("rechtliche schritte", Threatening, NEXT_STEP),
        ("gerichtliche schritte", Threatening, NEXT_STEP),
        ("wir werden sie verklagen", Threatening, NEXT_STEP),
        ("vor gericht", Threatening, NEXT_STEP),
        ("anwalt einschalten", Threatening, NEXT_STEP),
        ("anwalt einzuschalten", Threatening, NEXT_STEP),
        ("rechtsanwalt einschalten", Threatening, NEXT_STEP),
        ("schalten wir unseren anwalt ein", Threatening, NEXT_STEP),
        ("gerichtsvollzieher", Threatening, NEXT_STEP),
        ("pfändung", Threatening, NEXT_STEP),
        ("pfänden", Threatening, NEXT_STEP),
        ("strafanzeige", Threatening, NEXT_STEP),
        ("schufa-eintrag", Threatening, BEFORE_NEXT),
        ("an die schufa", Threatening, BEFORE_NEXT),
        ("ernsthafte konsequenzen", Threatening, NEXT),
        ("ernste konsequenzen", Threatening, NEXT),
        ("rechtliche konsequenzen", Threatening, NEXT_STEP),
        ("mit konsequenzen rechnen", Threatening, NEXT),
        ("die konsequenzen tragen", Threatening, NEXT),
        ("mit allen konsequenzen", Threatening, NEXT),
        ("ein nachspiel haben", Threatening, NEXT),
        ("ihre letzte chance", Threatening, BEFORE_NEXT),
        ("letzte chance", Threatening, BEFORE_NEXT),
        ("unsere geduld ist am ende", Threatening, BEFORE_NEXT),
        ("unsere geduld ist erschöpft", Threatening, BEFORE_NEXT),
        ("unsere geduld hat grenzen", Threatening, BEFORE_NEXT),
        ("sie werden es bereuen", Threatening, TOGETHER),
        ("das werden sie bereuen", Threatening, TOGETHER),
        ("sie wurden gewarnt", Threatening, WHERE_THINGS_STAND),
        ("sie sind gewarnt", Threatening, WHERE_THINGS_STAND),
        (
            "sagen sie nicht, wir hätten sie nicht gewarnt",
            Threatening,
            WHERE_THINGS_STAND,
        ),
        // Urteile über das Verhalten.
        ("inakzeptabel", Shaming, CONCERN),
        ("unakzeptabel", Shaming, CONCERN),
        ("nicht akzeptabel", Shaming, CONCERN),
        ("unverschämt", Shaming, CONCERN),
        ("eine frechheit", Shaming, CONCERN),
        ("eine zumutung", Shaming, CONCERN),
        ("skandalös", Shaming, CONCERN),
        ("empörend", Shaming, CONCERN),
        ("eine schande", Shaming, CONCERN),
        ("schämen sie sich", Shaming, CONCERN),
        ("sie sollten sich schämen", Shaming, CONCERN),
        ("unverantwortlich", Shaming, CONCERN),
        ("zahlungsunwillig", Shaming, "noch offen"),
        ("ihre zahlungsmoral", Shaming, LATER),
        ("säumiger zahler", Shaming, CLIENT),
        ("säumige zahler", Shaming, "Kunden"),
        ("säumiger schuldner", Shaming, CLIENT),
        ("schlechter zahler", Shaming, CLIENT),
        ("wir sind enttäuscht", Shaming, "wir hatten gehofft"),
        ("wir sind sehr enttäuscht", Shaming, "wir hatten gehofft"),
        ("äußerst enttäuscht", Shaming, HOPED),
        ("zutiefst enttäuscht", Shaming, HOPED),
        ("wir hatten mehr von ihnen erwartet", Shaming, HOPED),
        // Beleidigungen.
        ("ihre ausreden sind lächerlich", Insult, HOLDING_UP),
        ("ihre ausreden", Insult, HOLDING_UP),
        ("immer neue ausreden", Insult, HOLDING_UP),
        ("lächerlich", Insult, CONCERN),
        ("erbärmlich", Insult, CONCERN),
        ("armselig", Insult, CONCERN),
        ("jämmerlich", Insult, CONCERN),
        ("ist ein witz", Insult, CONCERN),
        ("unprofessionell", Insult, CONCERN),
        ("unseriös", Insult, CONCERN),
        ("dreist", Insult, CONCERN),
        ("dreistigkeit", Insult, CONCERN),
        ("inkompetent", Insult, MIX_UP),
        ("inkompetenz", Insult, "das Versehen"),
        ("unfähig", Insult, MIX_UP),
        ("dilettantisch", Insult, MIX_UP),
        ("stümperhaft", Insult, MIX_UP),
        ("lügner", Insult, MISUNDERSTANDING),
        ("unehrlich", Insult, MISUNDERSTANDING),
        ("typisch für sie", Insult, AS_BEFORE),
        ("typisch für ihr unternehmen", Insult, AS_BEFORE),
        ("sie sind unzuverlässig", Insult, LATER),
        ("was fällt ihnen ein", Insult, DIFFERENTLY),
        ("können sie nicht lesen", Insult, IN_CASE),
        ("lesen sie überhaupt", Insult, IN_CASE),
        ("doch nicht so schwer", Insult, HOW_IT_WORKS),
        ("selbst ein kind", Insult, HOW_IT_WORKS),
        // Sarkasmus.
        ("wie sie sicher wissen", Sarcasm, REMINDER),
        ("wie sie sicherlich wissen", Sarcasm, REMINDER),
        ("wie ihnen sicher bekannt ist", Sarcasm, REMINDER),
        ("wie ihnen sicherlich bekannt ist", Sarcasm, REMINDER),
        ("wie sie sehr wohl wissen", Sarcasm, REMINDER),
        ("wie sie genau wissen", Sarcasm, REMINDER),
        ("wie sie ja selbst wissen", Sarcasm, REMINDER),
        ("falls sie es vergessen haben", Sarcasm, REMINDER),
        ("nicht, dass es ihnen auffallen würde", Sarcasm, IN_CASE),
        ("nicht dass es ihnen auffallen würde", Sarcasm, IN_CASE),
        ("nicht, dass sie es bemerken würden", Sarcasm, IN_CASE),
        ("nicht dass sie es bemerken würden", Sarcasm, IN_CASE),
        ("nicht, dass es sie interessieren würde", Sarcasm, HELP),
        ("nicht dass es sie interessieren würde", Sarcasm, HELP),
        ("danke für nichts", Sarcasm, NOT_HEARD),
        ("vielen dank für nichts", Sarcasm, NOT_HEARD),
        ("ich bin sicher, sie sind sehr beschäftigt", Sarcasm, BUSY),
        ("sie sind ja sicher sehr beschäftigt", Sarcasm, BUSY),
        ("sie sind ja sehr beschäftigt", Sarcasm, BUSY),
        ("was für eine überraschung", Sarcasm, NOT_YET),
        ("welch eine überraschung", Sarcasm, NOT_YET),
        ("welch überraschung", Sarcasm, NOT_YET),
        ("wie praktisch für sie", Sarcasm, WHAT_HAPPENED),
        ("dass sie sich auch mal melden", Sarcasm, REPLY),
        ("dass sie sich endlich melden", Sarcasm, REPLY),
        // Gereiztheit zwischen den Zeilen.
        (
            "wie in meiner letzten e-mail",
            PassiveAggressive,
            EARLIER_EMAIL,
        ),
        (
            "wie in meiner letzten mail",
            PassiveAggressive,
            EARLIER_EMAIL,
        ),
        (
            "wie in meiner vorherigen e-mail",
            PassiveAggressive,
            EARLIER_EMAIL,
        ),
        (
            "wie bereits in meiner letzten e-mail",
            PassiveAggressive,
            EARLIER_EMAIL,
        ),
        (
            "wie bereits in meiner letzten mail",
            PassiveAggressive,
            EARLIER_EMAIL,
        ),
        ("wie bereits erwähnt", PassiveAggressive, RECAP),
        ("wie bereits mitgeteilt", PassiveAggressive, RECAP),
        ("wie bereits mehrfach", PassiveAggressive, RECAP),
        ("wie bereits mehrfach erwähnt", PassiveAggressive, RECAP),
        ("wie bereits gesagt", PassiveAggressive, RECAP),
        ("wie schon gesagt", PassiveAggressive, RECAP),
        ("wie ich bereits sagte", PassiveAggressive, RECAP),
        ("wie ich ihnen bereits mehrfach", PassiveAggressive, RECAP),
        ("wie wir ihnen bereits mehrfach", PassiveAggressive, RECAP),
        ("ich wiederhole mich", PassiveAggressive, RECAP),
        ("ich muss ihnen wohl nicht", PassiveAggressive, REMINDER),
        (
            "sollte eigentlich klar sein",
            PassiveAggressive,
            "zur Klarstellung",
        ),
        ("zum letzten mal", PassiveAggressive, ONCE_MORE),
        ("zum wiederholten mal", PassiveAggressive, ONCE_MORE),
        ("zum wiederholten male", PassiveAggressive, ONCE_MORE),
        ("zum x-ten mal", PassiveAggressive, ONCE_MORE),
        ("zum hundertsten mal", PassiveAggressive, ONCE_MORE),
        ("wie oft denn noch", PassiveAggressive, ONCE_MORE),
        ("wie oft noch", PassiveAggressive, ONCE_MORE),
        ("jetzt reicht es", PassiveAggressive, RESOLVE),
        ("jetzt reicht's", PassiveAggressive, RESOLVE),
        ("wir haben es satt", PassiveAggressive, RESOLVE),
        ("wir haben die nase voll", PassiveAggressive, RESOLVE),
        ("bei allem respekt", PassiveAggressive, DIFFERENTLY),
        ("mit verlaub", PassiveAggressive, DIFFERENTLY),
        // Druck ohne Datum.
        ("sofort", Urgency, BY_DATE),
        ("sofortige zahlung", Urgency, BY_DATE),
        ("sofortigen zahlung", Urgency, BY_DATE),
        ("sofortigen ausgleich", Urgency, BY_DATE),
        ("umgehend", Urgency, BY_DATE),
        ("umgehende zahlung", Urgency, BY_DATE),
        ("umgehenden ausgleich", Urgency, BY_DATE),
        ("unverzüglich", Urgency, BY_DATE),
        ("auf der stelle", Urgency, BY_DATE),
        ("dringend", Urgency, BY_DATE),
        ("eilt", Urgency, BY_DATE),
        ("schnellstmöglich", Urgency, BY_DATE),
        ("so schnell wie möglich", Urgency, BY_DATE),
        ("ohne weitere verzögerung", Urgency, BY_DATE),
        ("innerhalb von 24 stunden", Urgency, BY_DATE),
        ("die zeit drängt", Urgency, BY_DATE),
        ("die uhr tickt", Urgency, BY_DATE),
        ("zahlen sie jetzt", Urgency, "Sie können bis [Datum] zahlen"),
        ("wir erwarten die zahlung jetzt", Urgency, WHEN_PAY),
        ("wir brauchen das geld jetzt", Urgency, WHEN_PAY),
        // Schlechtes Gewissen.
        ("nach allem, was wir für sie getan haben", GuiltTrip, VALUED),
        ("nach allem was wir für sie getan haben", GuiltTrip, VALUED),
        ("wir haben ihnen vertraut", GuiltTrip, RELIED),
        (
            "wir dachten, wir könnten ihnen vertrauen",
            GuiltTrip,
            RELIED,
        ),
        ("sie haben uns enttäuscht", GuiltTrip, HOPED),
        ("sie haben uns im stich gelassen", GuiltTrip, HOPED),
        ("versetzen sie sich in unsere lage", GuiltTrip, HELP),
        ("versetzen sie sich einmal in unsere lage", GuiltTrip, HELP),
        ("unsere mitarbeiter nicht bezahlen", GuiltTrip, SIZE),
        ("unsere mitarbeiter nicht mehr bezahlen", GuiltTrip, SIZE),
        ("gefährden unsere existenz", GuiltTrip, SIZE),
        ("mehr als geduldig", GuiltTrip, FLEXIBLE),
        ("wir waren sehr geduldig", GuiltTrip, FLEXIBLE),
    ]
};

/// Courteous German phrases that contain a flagged one: where one is the longest match,
/// nothing is flagged ("ab sofort gilt", "wir melden uns umgehend").
static EXCEPTIONS: &[&str] = &[
    "ab sofort",
    "sofort nach",
    "umgehend nach",
    "unverzüglich nach",
    "nicht dringend",
    "eilt nicht",
    "können sie ignorieren",
    "dürfen sie ignorieren",
    "melde mich sofort",
    "melden uns sofort",
    "melde mich umgehend",
    "melden uns umgehend",
    "werde mich umgehend",
    "werden uns umgehend",
    "kümmere mich sofort",
    "kümmern uns sofort",
    "kümmere mich umgehend",
    "kümmern uns umgehend",
    "melde mich so schnell wie möglich",
    "melden uns so schnell wie möglich",
    "antworten innerhalb von 24 stunden",
    "melden uns innerhalb von 24 stunden",
];

/// The templates and the tone check's phrases: a part of their own in the app, fetched when
/// the composer first writes in this language.
pub(super) static MESSAGES: Messages = Messages {
    templates: &TEMPLATES,
    phrases: PHRASES,
    exceptions: EXCEPTIONS,
};

pub(super) static PACK: Pack = Pack {
    reasons: [
        "Klingt nach einem Vorwurf und drängt Ihr Gegenüber in die Defensive.",
        "Wirkt wie eine Drohung. Nennen Sie den nächsten Schritt ruhig, als Information.",
        "Verurteilt Ihr Gegenüber und kann der Geschäftsbeziehung schaden.",
        "Klingt gereizt. Sagen Sie stattdessen klar, worum es geht.",
        "Großbuchstaben wirken wie Schreien.",
        "Ausrufezeichen lassen eine Erinnerung aufgeregt wirken.",
        "Druck ohne Datum. Ein bestimmtes Datum ist klarer und ruhiger.",
        "Beleidigt Ihr Gegenüber oder setzt es herab. Das beschleunigt keine Zahlung und kann die Geschäftsbeziehung beenden.",
        "Klingt sarkastisch und wirkt herablassend, auch wenn es höflich formuliert ist. Sagen Sie einfach, was Sie meinen.",
        "Appelliert an das schlechte Gewissen; das weckt eher Unmut als Zahlungsbereitschaft. Bleiben Sie bei den Fakten.",
    ],
    neutral_suggestions: [
        "schreiben Sie in normaler Groß- und Kleinschreibung",
        "setzen Sie einen Punkt",
        "höchstens ein Ausrufezeichen, besser keines",
    ],
    dates: DateNames {
        months: [
            "Januar",
            "Februar",
            "März",
            "April",
            "Mai",
            "Juni",
            "Juli",
            "August",
            "September",
            "Oktober",
            "November",
            "Dezember",
        ],
        weekdays: [
            "Montag",
            "Dienstag",
            "Mittwoch",
            "Donnerstag",
            "Freitag",
            "Samstag",
            "Sonntag",
        ],
        long: "{d}. {month} {yyyy}",
        short: "{dd}.{mm}.{yyyy}",
        weekday: "{weekday}, {d}. {month} {yyyy}",
    },
    timeline: TimelineWords {
        actions: [
            "Freundlicher Hinweis vor dem Fälligkeitsdatum",
            "Hinweis am Fälligkeitstag",
            "Freundliche Zahlungserinnerung",
            "Zweite Zahlungserinnerung",
            "Bestimmte Nachfrage",
            "Letzte Zahlungsaufforderung",
            "Übergabe an ein Inkassounternehmen",
            "Rechtliche Prüfung (intern)",
            "Zugesagten Zahlungstermin bestätigen",
            "Nachfrage zur nicht eingehaltenen Zusage",
            "Eingang der Rückfrage bestätigen",
            "Rate bald fällig",
            "Rate ausgeblieben",
            "Dank für die Zahlung",
        ],
        channels: ["E-Mail", "Anruf", "Brief", "SMS"],
        tones: ["freundlich", "sachlich", "bestimmt", "abschließend"],
        notes: [
            "auf den nächsten Geschäftstag verschoben",
            "um die Pause verschoben",
            "wartet auf die Klärung der Rückfrage",
            "um einen Tag verschoben, damit nur eine Nachricht pro Tag hinausgeht",
            "nicht nötig: bezahlt",
            "neu terminiert nach den tatsächlich gesendeten Nachrichten",
            "verschoben, um den Mindestabstand zum vorigen Schritt zu wahren",
            "für eine Teilzahlung",
        ],
        days_overdue: ["{days} Tag überfällig", "{days} Tage überfällig"],
        not_yet_due: "vor dem Fälligkeitsdatum",
        accrued: "Gesetzliche Verzugszinsen bis dahin: {interest}; Pauschale {compensation}.",
    },
};
