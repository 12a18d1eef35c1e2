//! French: the shipped templates, the tone check's phrases and reasons, and the date names.
//!
//! Conventions:
//! - The client is always addressed as « vous ». Warm messages are written in the first
//!   person singular (« je »), neutral and firm ones in the plural (« nous »), as in English;
//!   no sentence in « je » carries an adjective that would need the sender's gender.
//! - Greeting with a contact name: « Bonjour {{ client_contact }}, ». Without one: « Madame,
//!   Monsieur, » in the neutral and firm tones, and a plain « Bonjour, » in the warm tone,
//!   where « Madame, Monsieur, » would sound stiff. An `{% if client_contact %}` picks the
//!   form (English uses `default(...)` instead).
//! - Closings: warm « Bien cordialement, », neutral « Cordialement, », firm « Salutations
//!   distinguées, » (the short form, which suits an email and either greeting), each
//!   followed by `{{ sign_off }}`.
//! - Dates: long `1er décembre 2026` / `2 décembre 2026`, short `01/12/2026`, with the
//!   weekday `mardi 1er décembre 2026`; names in lower case. Dates follow « le » (« le
//!   1er décembre 2026 »), deadlines « d’ici le … », and are asked as questions where English
//!   asks.
//! - Typography: a no-break space (U+00A0) before « : ; ? ! », typographic apostrophes.
//! - Terms: facture, échéance / date d’échéance, échéancier, relance, dernière relance
//!   (never « mise en demeure », a formal legal act), partenaire de recouvrement, solde,
//!   « pour solde de tout compte » for a settlement, intérêts de retard, indemnité
//!   forfaitaire pour frais de recouvrement.
//! - The statutory paragraph cites the UK Act by its English title with a French gloss, and
//!   the EU directive by its official French title, « telle que transposée en droit
//!   national »; it names no national statute and no rate other than `{{ statutory_rate }}`.
//!
//! Unsure:
//! - « Salutations distinguées, » for the firm tone: correct and common in emails, though a
//!   letter on paper would use the full formula (« Je vous prie d’agréer… »).
//! - « Ultime relance » as the firm final notice's subject (the neutral one says « Dernière
//!   relance »): idiomatic, but it is often followed by a formal notice in French practice.
//! - The tone list flags « défaut de paiement » and « faute de quoi », which also occur in
//!   neutral contract language; in a reminder they read as blame and as a threat.
//! - Sarcasm: « comme vous le savez sûrement », « comme vous ne l’ignorez pas » and « vous
//!   n’êtes pas sans savoir » are flagged; formal letters use the last two neutrally, but in
//!   a reminder they imply the reader should have known. Plain « comme vous le savez » and
//!   « comme vous le savez sans doute » are not flagged.
//! - « vos excuses » alone is not flagged (it also means « your apologies »); « vos
//!   prétextes » and « vos excuses sont ridicules » are. « Vous êtes prévenu » is not flagged
//!   (« vous êtes prévenu par e-mail »), « vous voilà prévenu » is.
//! - The writer's own promptness is not pressure: « nous reviendrons vers vous dans les
//!   plus brefs délais » and « dès réception de votre paiement » are listed as exceptions.

use super::super::{DateNames, ToneKind};
use super::{Messages, Pack, Phrase, Table};
use crate::timeline::TimelineWords;

const NONE: (&str, &str) = ("", "");

macro_rules! bonjour {
    () => {
        "{% if client_contact %}Bonjour {{ client_contact }},{% else %}Bonjour,{% endif %}\n\n"
    };
}
macro_rules! madame {
    () => {
        "{% if client_contact %}Bonjour {{ client_contact }},{% else %}Madame, Monsieur,{% endif %}\n\n"
    };
}
/// Un compte client : remerciements pour les règlements partiels, les factures restant dues
/// sous forme de tableau texte ; puis le lien de paiement.
macro_rules! lien {
    () => {
        concat!(
            "{% if paid_so_far %}\nNous vous remercions des {{ paid_so_far }} déjà reçus{% if last_payment_date %} (dernier règlement le {{ last_payment_date }}){% endif %}.\n\n{% endif %}\n",
            "{% if account %}\n{% if open_invoices %}\nLes factures suivantes restent à régler\u{a0}:\n\n{{ open_invoices }}\n{% endif %}\n{% endif %}\n",
            "{% if payment_link %}\nVous pouvez régler en ligne à l’adresse suivante\u{a0}: {{ payment_link }}\n\n{% endif %}\n"
        )
    };
}
macro_rules! formule {
    ($words:literal) => {
        concat!($words, "{% if sign_off %}\n{{ sign_off }}{% endif %}")
    };
}
macro_rules! bien_cordialement {
    () => {
        formule!("Bien cordialement,")
    };
}
macro_rules! cordialement {
    () => {
        formule!("Cordialement,")
    };
}
macro_rules! salutations {
    () => {
        formule!("Salutations distinguées,")
    };
}
// Plusieurs factures impayées d’un compte client (`several_invoices`) : `invoice_number`
// les énumère (« INV-101, INV-102, INV-103 ») et le montant est leur total. Le nom,
// l’article, le verbe et les participes passent alors au pluriel (« les factures INV-101,
// INV-102, INV-103 d’un montant total de 4 400,00 €, dont la plus ancienne est arrivée à
// échéance le …, restent à régler ») ; la date d’échéance est celle de la plus ancienne.
// Le texte pour une seule facture ne change pas.

/// After « facture(s) »: « INV-2041 », or nothing (« la facture d’un montant de … »).
macro_rules! no {
    () => {
        "{% if invoice_number %} {{ invoice_number }}{% endif %}"
    };
}
/// After « facture(s) » where no amount follows: « INV-2041 », or « de 4 800,00 € »
/// (several: « d’un montant total de 4 400,00 € »).
macro_rules! no_montant {
    () => {
        concat!(
            "{% if invoice_number %} {{ invoice_number }}{% else %}",
            several!(" d’un montant total de", " de"),
            " {{ amount }}{% endif %}"
        )
    };
}
/// What the invoice is for: the balance, or after a part payment the invoice's amount
/// (`acompte!` then says what is left).
macro_rules! du {
    () => {
        "{% if part_paid %}{{ amount }}{% else %}{{ balance }}{% endif %}"
    };
}
/// « d’un montant de 4 800,00 € », or for several « d’un montant total de 4 400,00 € ».
macro_rules! montant {
    () => {
        concat!(" d’un montant ", if_several!("total "), "de ", du!())
    };
}
/// « arrivée à échéance le 1er décembre 2026 », or for several « dont la plus ancienne est
/// arrivée à échéance le … ».
macro_rules! arrivee {
    () => {
        concat!(
            several!("dont la plus ancienne est arrivée", "arrivée"),
            " à échéance le {{ due_date }}"
        )
    };
}
/// After « la facture INV-2041 d’un montant de 4 800,00 € »: « était payable le … et »,
/// or for several « , dont la plus ancienne était payable le …, ». A plural verb follows.
macro_rules! payable_et {
    () => {
        several!(
            ", dont la plus ancienne était payable le {{ due_date }},",
            " était payable le {{ due_date }} et"
        )
    };
}
/// After a part payment: thanks, and what is left. A sentence after a full stop.
macro_rules! acompte {
    (warm) => {
        "{% if part_paid %} Merci pour le paiement partiel de {{ part_paid }} déjà effectué\u{a0}; il reste donc {{ balance }} à régler.{% endif %}"
    };
    (neutral) => {
        "{% if part_paid %} Nous vous remercions de votre paiement partiel de {{ part_paid }}\u{a0}; le solde restant dû s’élève à {{ balance }}.{% endif %}"
    };
    (firm) => {
        "{% if part_paid %} Nous avons bien reçu un paiement partiel de {{ part_paid }}, dont nous vous remercions\u{a0}; le solde restant dû est de {{ balance }}.{% endif %}"
    };
}
/// After a promise to pay that was not kept: the promised date (the day before
/// `promise_broken_on`). A sentence after a full stop.
macro_rules! promesse {
    (warm) => {
        "{% if promise_broken_on %} Vous m’aviez aimablement indiqué que le paiement serait effectué d’ici le {{ promise_broken_on - 1 day }}, mais je ne l’ai pas encore vu arriver.{% endif %}"
    };
    (neutral) => {
        "{% if promise_broken_on %} Vous nous aviez indiqué que le paiement serait effectué d’ici le {{ promise_broken_on - 1 day }}\u{a0}; nous ne l’avons pas encore reçu.{% endif %}"
    };
    (firm) => {
        "{% if promise_broken_on %} Le paiement annoncé pour le {{ promise_broken_on - 1 day }} ne nous est pas parvenu.{% endif %}"
    };
}
macro_rules! base_legale {
    () => {
        concat!(
            "{% if statutory_regime == \"UK\" %}\n",
            "En application de la loi britannique Late Payment of Commercial Debts (Interest) Act 1998, relative aux intérêts sur les créances commerciales payées en retard, des intérêts légaux au taux annuel de {{ statutory_rate }} s’appliquent aux paiements tardifs entre entreprises, ainsi qu’une indemnité forfaitaire pour frais de recouvrement.\n",
            "{% else %}\n",
            "En application de la directive 2011/7/UE concernant la lutte contre le retard de paiement dans les transactions commerciales, telle que transposée en droit national, des intérêts au taux annuel de {{ statutory_rate }} s’appliquent aux paiements tardifs entre entreprises, ainsi qu’une indemnité forfaitaire pour frais de recouvrement d’au moins 40 euros.\n",
            "{% endif %}\n\n",
        )
    };
}

/// `[id][tone]` as (subject, body), in the order of `TemplateId::ALL` and
/// `ToneVariant::ALL`; `NONE` where a tone is not written.
static TEMPLATES: Table = [
    // PreDueReminder
    [
        (
            concat!(several!("Factures", "La facture"), no_montant!(), several!("\u{a0}: première échéance le", " arrive à échéance le"), " {{ due_date }}"),
            concat!(
                bonjour!(),
                "J’espère que tout va bien de votre côté. Un petit mot simplement pour vous rappeler que ", several!("les factures", "la facture"), no!(), montant!(), several!(" arrivent bientôt à échéance, la première le", " arrive à échéance le"), " {{ due_date | date(\"weekday\") }}.", acompte!(warm), "\n\n",
                lien!(),
                "Si un point ", several!("des factures", "de la facture"), " mérite d’être revu, faites-le-moi savoir et nous arrangerons cela.\n\n",
                bien_cordialement!()
            ),
        ),
        (
            concat!("Rappel\u{a0}: ", several!("factures", "facture"), no_montant!(), if_several!(", la première"), " à régler le {{ due_date }}"),
            concat!(
                madame!(),
                "Nous nous permettons de vous rappeler que ", several!("les factures", "la facture"), no!(), montant!(), several!(" arrivent à échéance à partir du", " arrive à échéance le"), " {{ due_date | date(\"weekday\") }}.", acompte!(neutral), "\n\n",
                lien!(),
                "Si vous avez des questions au sujet ", several!("de ces factures", "de cette facture"), ", n’hésitez pas à nous en faire part avant l’échéance afin que nous puissions vous aider.\n\n",
                cordialement!()
            ),
        ),
        NONE,
    ],
    // DueToday
    [
        (
            concat!(several!("Factures", "La facture"), no_montant!(), several!("\u{a0}: première échéance aujourd’hui", " arrive à échéance aujourd’hui")),
            concat!(
                bonjour!(),
                "Un petit mot amical pour vous rappeler que ", several!("les factures", "la facture"), no!(), montant!(), several!(" arrivent à échéance à partir d’aujourd’hui.", " arrive à échéance aujourd’hui."), acompte!(warm), " Si le paiement est déjà en route, merci beaucoup, et ne tenez pas compte de ce message.\n\n",
                lien!(),
                bien_cordialement!()
            ),
        ),
        (
            concat!(several!("Factures", "Facture"), no_montant!(), "\u{a0}: ", if_several!("première "), "échéance aujourd’hui"),
            concat!(
                madame!(),
                "Nous vous rappelons que ", several!("les factures", "la facture"), no!(), montant!(), several!(" deviennent payables à compter d’aujourd’hui,", " est payable aujourd’hui,"), " {{ due_date }}.", acompte!(neutral), " Si vous avez déjà procédé au règlement, nous vous en remercions et vous prions de ne pas tenir compte de ce message.\n\n",
                lien!(),
                "Pour toute question concernant ", several!("ces factures", "cette facture"), ", n’hésitez pas à nous contacter.\n\n",
                cordialement!()
            ),
        ),
        NONE,
    ],
    // FriendlyOverdue
    [
        (
            concat!("Un petit mot au sujet ", several!("des factures", "de la facture"), no_montant!()),
            concat!(
                bonjour!(),
                "J’espère que vous allez bien. Sauf erreur de ma part, ", several!("les factures", "la facture"), no!(), montant!(), ", ", arrivee!(), ", ", several!("sont", "est"), " toujours en attente de règlement.", acompte!(warm), promesse!(warm), " Ce genre de chose peut facilement passer inaperçu, alors je me permets ce petit rappel.\n\n",
                lien!(),
                "Si le paiement est déjà en route, merci beaucoup, et ne tenez pas compte de ce message.\n\n",
                bien_cordialement!()
            ),
        ),
        (
            concat!(several!("Factures", "Facture"), no_montant!(), "\u{a0}: rappel de paiement"),
            concat!(
                madame!(),
                "Sauf erreur de notre part, ", several!("les factures", "la facture"), no!(), montant!(), ", ", arrivee!(), ", ", several!("n’ont pas encore été réglées", "n’a pas encore été réglée"), ".", acompte!(neutral), promesse!(neutral), " Nous vous serions reconnaissants de bien vouloir procéder au paiement dès que vous en aurez la possibilité.\n\n",
                lien!(),
                "Si vous avez déjà effectué le règlement, nous vous en remercions et vous prions de ne pas tenir compte de ce rappel. Si ", several!("les factures posent", "la facture pose"), " un problème, merci de nous le faire savoir afin que nous puissions le résoudre ensemble.\n\n",
                cordialement!()
            ),
        ),
        (
            concat!(several!("Factures", "Facture"), no_montant!(), "\u{a0}: échéance dépassée"),
            concat!(
                madame!(),
                several!("Les factures", "La facture"), no!(), montant!(), payable_et!(), " ", several!("n’ont pas encore été réglées", "n’a pas encore été réglée"), ".", acompte!(firm), promesse!(firm), "\n\n",
                "Nous vous remercions de bien vouloir procéder au paiement d’ici le {{ today + 7 days | date(\"long\") }}. Si quelque chose retarde ce règlement, pourriez-vous nous en informer afin que nous puissions y remédier ensemble\u{a0}?\n\n",
                lien!(),
                salutations!()
            ),
        ),
    ],
    // SecondFollowUp
    [
        (
            concat!("Suivi ", several!("des factures", "de la facture"), no_montant!()),
            concat!(
                bonjour!(),
                "{% if reminders_sent %}Je me permets de revenir vers vous au sujet ", several!("des factures", "de la facture"), no!(), montant!(), several!(", dont je vous parlais dans mon précédent message\u{a0}; la plus ancienne est arrivée à échéance le {{ due_date }}.", ", arrivée à échéance le {{ due_date }}, dont je vous parlais dans mon précédent message."), "{% else %}Je me permets de vous écrire au sujet ", several!("des factures", "de la facture"), no!(), montant!(), ", ", arrivee!(), ".{% endif %}", acompte!(warm), promesse!(warm), " Je sais à quel point les journées peuvent être chargées, alors je voulais savoir si nous pouvions faire quelque chose pour vous faciliter les choses.\n\n",
                lien!(),
                "Si un élément ", several!("des factures", "de la facture"), " n’est pas clair ou doit être modifié, répondez simplement à cet e-mail et nous examinerons cela sans attendre.\n\n",
                bien_cordialement!()
            ),
        ),
        (
            concat!("{% if reminders_sent %}Nouveau rappel{% else %}Rappel de paiement{% endif %}\u{a0}: ", several!("factures", "facture"), no_montant!()),
            concat!(
                madame!(),
                "{% if reminders_sent %}Nous vous avons écrit {% if last_sent_on %}le {{ last_sent_on }}{% else %}récemment{% endif %} au sujet ", several!("des factures", "de la facture"), no!(), montant!(), ", ", arrivee!(), ".{% else %}Nous vous écrivons au sujet ", several!("des factures", "de la facture"), no!(), montant!(), ", ", arrivee!(), ".{% endif %}", acompte!(neutral), promesse!(neutral), " ", several!("Comme elles restent à régler, nous souhaitions nous assurer qu’elles sont bien parvenues", "Comme elle reste à régler, nous souhaitions nous assurer qu’elle est bien parvenue"), " à la bonne personne.\n\n",
                lien!(),
                "Pourriez-vous nous indiquer quand nous pouvons attendre le règlement, ou qui serait la personne la mieux placée pour en parler\u{a0}?\n\n",
                cordialement!()
            ),
        ),
        (
            concat!(several!("Factures", "Facture"), no_montant!(), "\u{a0}: {% if reminders_sent %}nouvelle relance{% else %}relance{% endif %}"),
            concat!(
                madame!(),
                "{% if reminders_sent == \"1\" %}Nous vous adressons cette deuxième relance au sujet{% else %}{% if reminders_sent %}Nous vous adressons une nouvelle relance au sujet{% else %}Nous vous écrivons au sujet{% endif %}{% endif %} ", several!("des factures", "de la facture"), no!(), montant!(), several!(", qui restent à régler\u{a0}; la plus ancienne est arrivée à échéance le {{ due_date }}.", ", arrivée à échéance le {{ due_date }}, qui reste à régler."), acompte!(firm), promesse!(firm), "\n\n",
                "Nous vous serions reconnaissants de bien vouloir procéder au paiement d’ici le {{ today + 7 days | date(\"long\") }}, ou de nous indiquer la raison de ce retard afin que nous puissions trouver une solution ensemble.\n\n",
                lien!(),
                salutations!()
            ),
        ),
    ],
    // FirmFollowUp
    [
        (
            concat!("Pouvons-nous convenir d’une date de paiement pour ", several!("les factures", "la facture"), no_montant!(), "\u{a0}?"),
            concat!(
                bonjour!(),
                "Je me permets de {% if reminders_sent %}reprendre contact{% else %}vous contacter{% endif %} au sujet ", several!("des factures", "de la facture"), no!(), montant!(), several!(", qui restent à régler\u{a0}; la plus ancienne est arrivée à échéance le {{ due_date }}.", ", arrivée à échéance le {{ due_date }}, qui reste à régler."), acompte!(warm), promesse!(warm), " J’aimerais vraiment trouver une solution qui vous convienne.\n\n",
                "Pourriez-vous m’indiquer d’ici le {{ today + 5 business days | date(\"long\") }} à quelle date nous pouvons attendre le paiement\u{a0}? Si le moment est délicat pour vous, nous sommes tout à fait disposés à envisager d’autres solutions, comme un plan de paiement échelonné.\n\n",
                lien!(),
                bien_cordialement!()
            ),
        ),
        (
            concat!(several!("Factures", "Facture"), no_montant!(), "\u{a0}: pourriez-vous nous confirmer une date de paiement\u{a0}?"),
            concat!(
                madame!(),
                several!("Les factures", "La facture"), no!(), montant!(), ", ", arrivee!(), ", ", several!("restent", "reste"), " à régler{% if reminders_sent %} malgré {{ reminders_sent | count(\"notre rappel|nos # rappels\") }}{% endif %}.", acompte!(neutral), promesse!(neutral), "\n\n",
                "Pourriez-vous nous indiquer d’ici le {{ today + 5 business days | date(\"long\") }} à quelle date nous pouvons attendre le règlement\u{a0}? Si ", several!("les factures posent", "la facture pose"), " un problème, ou si vous souhaitez envisager un paiement en plusieurs fois, dites-le-nous et nous ferons de notre mieux pour vous aider.\n\n",
                lien!(),
                cordialement!()
            ),
        ),
        (
            concat!(several!("Factures", "Facture"), no_montant!(), "\u{a0}: merci de nous confirmer une date de paiement"),
            concat!(
                madame!(),
                several!("Les factures", "La facture"), no!(), montant!(), payable_et!(), " ", several!("restent", "reste"), " à régler.", acompte!(firm), promesse!(firm), "{% if reminders_sent %} Après {{ reminders_sent | count(\"notre relance|nos # relances\") }}, nous souhaitons à présent convenir avec vous de la suite à donner.{% else %} Nous souhaitons à présent convenir avec vous de la suite à donner.{% endif %}\n\n",
                "Pourriez-vous nous indiquer d’ici le {{ today + 5 business days | date(\"long\") }} à quelle date le paiement sera effectué\u{a0}? Comment pouvons-nous, ensemble, régler cette question\u{a0}?\n\n",
                lien!(),
                salutations!()
            ),
        ),
    ],
    // FinalNotice
    [
        (
            concat!(several!("Factures", "Facture"), no_montant!(), "\u{a0}: trouvons une solution ensemble"),
            concat!(
                bonjour!(),
                "Je vous écris{% if reminders_sent %} une nouvelle fois{% endif %} au sujet ", several!("des factures", "de la facture"), no!(), montant!(), ", ", arrivee!(), ".", acompte!(warm), promesse!(warm), " Je préférerais de loin que nous réglions cela entre nous\u{a0}: si quelque chose rend le paiement difficile, n’hésitez pas à me contacter, un plan de paiement est toujours envisageable.\n\n",
                "Pour que vous ayez toutes les cartes en main\u{a0}: sans nouvelles de votre part d’ici le {{ today + 10 days | date(\"long\") }}, nous transmettrons le dossier à notre partenaire de recouvrement. J’espère sincèrement que nous n’en arriverons pas là.\n\n",
                lien!(),
                bien_cordialement!()
            ),
        ),
        (
            concat!("Dernière relance\u{a0}: ", several!("factures", "facture"), no_montant!()),
            concat!(
                madame!(),
                "{% if reminders_sent %}Nous vous avons déjà écrit au sujet ", several!("des factures", "de la facture"), no!(), montant!(), ", ", arrivee!(), ", sans avoir encore pu régler cette question avec vous.{% else %}", several!("Les factures", "La facture"), no!(), montant!(), ", ", arrivee!(), ", ", several!("restent", "reste"), " à régler, et nous souhaitons trouver une solution avec vous.{% endif %}", acompte!(neutral), promesse!(neutral), "\n\n",
                "Nous préférerions de loin trouver une solution directement avec vous. Si nous n’avons reçu ni paiement ni nouvelles de votre part d’ici le {{ today + 10 days | date(\"long\") }}, nous transmettrons le dossier à notre partenaire de recouvrement, qui prendra alors contact avec vous.\n\n",
                "Si le paiement n’a pas été possible pour une raison particulière, contactez-nous d’ici là\u{a0}: nous sommes tout à fait disposés à discuter d’un plan de paiement.\n\n",
                lien!(),
                cordialement!()
            ),
        ),
        (
            concat!("Ultime relance\u{a0}: ", several!("factures", "facture"), no_montant!()),
            concat!(
                madame!(),
                "Nous vous adressons cette ultime relance au sujet ", several!("des factures", "de la facture"), no!(), montant!(), several!(", toujours en attente de règlement", ", arrivée à échéance le {{ due_date }} et toujours en attente de règlement"), "{% if reminders_sent %} malgré {{ reminders_sent | count(\"notre relance|nos # relances\") }}{% endif %}", if_several!("\u{a0}; la plus ancienne est arrivée à échéance le {{ due_date }}"), ".", acompte!(firm), promesse!(firm), "\n\n",
                "Si, d’ici le {{ today + 10 days | date(\"long\") }}, nous n’avons pas reçu le paiement ni convenu avec vous d’une date de paiement, nous transmettrons le dossier à notre partenaire de recouvrement. Nous préférerions régler cette question directement avec vous, et une simple réponse de votre part d’ici là suffit pour engager la discussion.\n\n",
                lien!(),
                salutations!()
            ),
        ),
    ],
    // AgencyReferral
    [
        (
            concat!(several!("Factures", "Facture"), no_montant!(), "\u{a0}: des nouvelles du dossier"),
            concat!(
                bonjour!(),
                "Je regrette que nous n’ayons pas pu régler entre nous la question ", several!("des factures", "de la facture"), no!(), montant!(), ", ", arrivee!(), ".", acompte!(warm), "{% if reminders_sent %} Comme annoncé dans notre dernier message, le{% else %} Le{% endif %} dossier a maintenant été transmis à notre partenaire de recouvrement, qui prendra contact avec vous.\n\n",
                "Si vous souhaitez malgré tout régler directement avec nous, ou si quelque chose nous a échappé, n’hésitez pas à me contacter\u{a0}: nous sommes toujours heureux d’avoir de vos nouvelles.\n\n",
                lien!(),
                bien_cordialement!()
            ),
        ),
        (
            concat!(several!("Les factures", "La facture"), no_montant!(), several!(" ont été transmises", " a été transmise"), " à notre partenaire de recouvrement"),
            concat!(
                madame!(),
                "{% if reminders_sent %}À la suite de {{ reminders_sent | count(\"notre relance|nos relances\") }}, ", several!("les", "la"), "{% else %}", several!("Les", "La"), "{% endif %} ", several!("factures", "facture"), no!(), montant!(), ", ", arrivee!(), ", ", several!("ont maintenant été transmises", "a maintenant été transmise"), " à notre partenaire de recouvrement. Celui-ci prendra contact avec vous pour organiser le paiement.", acompte!(neutral), "\n\n",
                "Si vous préférez nous régler directement, merci de nous prévenir au moment du paiement afin que nous puissions clore le dossier auprès de notre partenaire. Si vous souhaitez discuter de ce dossier, il vous suffit de répondre à cet e-mail.\n\n",
                lien!(),
                cordialement!()
            ),
        ),
        (
            concat!(several!("Factures", "Facture"), no_montant!(), "\u{a0}: dossier transmis pour recouvrement"),
            concat!(
                madame!(),
                "À compter du {{ today }}, ", several!("les factures", "la facture"), no!(), montant!(), ", ", arrivee!(), ", ", several!("ont été confiées", "a été confiée"), " à notre partenaire de recouvrement, qui se chargera désormais du dossier.", acompte!(firm), "\n\n",
                "Un paiement effectué directement auprès de nous avant que notre partenaire ne vous contacte clôturera le dossier\u{a0}; merci de nous en informer lorsque vous réglez.\n\n",
                lien!(),
                salutations!()
            ),
        ),
    ],
    // PaymentPlanProposal
    [
        (
            concat!("Une idée pour faciliter le règlement ", several!("des factures", "de la facture"), no_montant!()),
            concat!(
                bonjour!(),
                "Je sais que régler en une seule fois ", several!("les factures", "la facture"), no!(), montant!(), " n’est peut-être pas simple en ce moment, alors je voulais vous proposer une solution qui pourrait vous aider.", acompte!(warm), "\n\n",
                "{% if plan_list %}\n",
                "Nous serions heureux de vous permettre de régler {% if plan_down_payment %}un acompte de {{ plan_down_payment }}, puis le solde en {% else %}en {% endif %}{{ plan_count | count(\"# échéance|# échéances\") }}, selon le calendrier suivant\u{a0}:\n\n",
                "{{ plan_list }}\n\n",
                "Pourriez-vous me dire d’ici le {{ plan_reply_by }} si cela vous convient\u{a0}? Si une autre formule vous arrangeait davantage, j’en discuterais très volontiers avec vous.\n",
                "{% else %}\n",
                "Nous vous proposons volontiers d’étaler le solde sur quelques mensualités. Pourriez-vous me dire d’ici le {{ plan_reply_by }} quel montant vous pourriez régler chaque mois\u{a0}?\n",
                "{% endif %}\n\n",
                bien_cordialement!()
            ),
        ),
        (
            concat!("Un plan de paiement pour ", several!("les factures", "la facture"), no_montant!()),
            concat!(
                madame!(),
                "Nous comprenons que le règlement en une seule fois ", several!("des factures", "de la facture"), no!(), montant!(), " ne soit pas forcément envisageable en ce moment.", acompte!(neutral), " Pour vous faciliter les choses, nous serions heureux de convenir avec vous d’un échéancier.\n\n",
                "{% if plan_list %}\n",
                "Nous vous proposons {% if plan_down_payment %}un acompte de {{ plan_down_payment }} suivi de {% endif %}{{ plan_count | count(\"# échéance|# échéances\") }}, comme suit\u{a0}:\n\n",
                "{{ plan_list }}\n\n",
                "Pourriez-vous nous indiquer d’ici le {{ plan_reply_by }} si cet échéancier vous convient\u{a0}? Dans le cas contraire, nous sommes ouverts à une autre solution.\n",
                "{% else %}\n",
                "Pourriez-vous nous indiquer d’ici le {{ plan_reply_by }} quel montant mensuel vous pourriez régler\u{a0}? Nous vous enverrons ensuite un échéancier à confirmer.\n",
                "{% endif %}\n\n",
                cordialement!()
            ),
        ),
        (
            concat!(several!("Factures", "Facture"), no_montant!(), "\u{a0}: proposition de plan de paiement"),
            concat!(
                madame!(),
                "Afin de régler ", several!("les factures", "la facture"), no!(), montant!(), ", ", arrivee!(), ", nous pouvons accepter un paiement en plusieurs échéances.", acompte!(firm), "\n\n",
                "{% if plan_list %}\n",
                "Nous vous proposons {% if plan_down_payment %}un acompte de {{ plan_down_payment }} suivi de {% endif %}{{ plan_count | count(\"# échéance|# échéances\") }}\u{a0}:\n\n",
                "{{ plan_list }}\n\n",
                "Cet échéancier vous est proposé sous réserve de votre confirmation d’ici le {{ plan_reply_by }}\u{a0}; à défaut, la totalité du solde reste due.\n",
                "{% else %}\n",
                "Pourriez-vous nous indiquer d’ici le {{ plan_reply_by }} le montant que vous pouvez régler chaque mois, afin que nous puissions établir un échéancier\u{a0}? À défaut, la totalité du solde reste due.\n",
                "{% endif %}\n\n",
                salutations!()
            ),
        ),
    ],
    // SettlementOffer
    [
        (
            concat!("Une proposition pour solder ", several!("les factures", "la facture"), no_montant!()),
            concat!(
                bonjour!(),
                "J’aimerais trouver, pour solder ", several!("les factures", "la facture"), no!(), montant!(), ", une solution qui nous convienne à tous les deux.", acompte!(warm), "\n\n",
                "{% if discount %}\n",
                "Si vous pouvez régler {{ discount_net }} d’ici le {{ discount_deadline | date(\"weekday\") }}, nous accepterons cette somme pour solde de tout compte\u{a0}: une économie de {{ discount_amount }} ({{ discount_percent }}) pour vous.\n",
                "{% else %}\n",
                "Si le règlement de la totalité est difficile, nous sommes prêts à envisager un montant réduit pour solde de tout compte. Pourriez-vous me dire combien vous pourriez régler, et à quelle date\u{a0}?\n",
                "{% endif %}\n\n",
                lien!(),
                bien_cordialement!()
            ),
        ),
        (
            concat!(several!("Factures", "Facture"), no_montant!(), "\u{a0}: proposition de règlement"),
            concat!(
                madame!(),
                "Nous souhaitons régler la question ", several!("des factures", "de la facture"), no!(), montant!(), ", ", arrivee!(), ", et vous faisons la proposition suivante.", acompte!(neutral), "\n\n",
                "{% if discount %}\n",
                "Si nous recevons {{ discount_net }} d’ici le {{ discount_deadline }}, nous accepterons cette somme pour solde de tout compte, soit une réduction de {{ discount_amount }} ({{ discount_percent }}).\n",
                "{% else %}\n",
                "Nous sommes disposés à accepter un montant réduit pour solde de tout compte. Pourriez-vous nous indiquer combien vous pourriez régler, et à quelle date\u{a0}?\n",
                "{% endif %}\n\n",
                lien!(),
                cordialement!()
            ),
        ),
        (
            concat!(several!("Factures", "Facture"), no_montant!(), "\u{a0}: proposition de règlement avec date limite"),
            concat!(
                madame!(),
                several!("Les factures", "La facture"), no!(), montant!(), payable_et!(), " ", several!("restent", "reste"), " à régler.", acompte!(firm), " Afin de clore ce dossier, nous vous faisons la proposition suivante.\n\n",
                "{% if discount %}\n",
                "Nous accepterons {{ discount_net }} pour solde de tout compte, soit une réduction de {{ discount_amount }} ({{ discount_percent }}), si le paiement nous parvient d’ici le {{ discount_deadline }}. Passé cette date, l’offre deviendra caduque et la totalité du solde restera due.\n",
                "{% else %}\n",
                "Nous sommes prêts à étudier un montant réduit pour solde de tout compte si vous nous répondez d’ici le {{ today + 7 days | date(\"long\") }}. Passé cette date, la totalité du solde restera due.\n",
                "{% endif %}\n\n",
                lien!(),
                salutations!()
            ),
        ),
    ],
    // InstallmentDueSoon
    [
        (
            "Prochain paiement de votre plan{% if plan_next_date %}\u{a0}: {{ plan_next_amount }} le {{ plan_next_date }}{% endif %}",
            concat!(
                bonjour!(),
                "Un petit rappel\u{a0}: le prochain paiement prévu par notre plan de paiement pour ", several!("les factures", "la facture"), no!(), "{% if plan_next_date %}, soit {{ plan_next_amount }}, est attendu le {{ plan_next_date | date(\"weekday\") }}{% else %} arrive bientôt{% endif %}. Un grand merci d’avoir respecté le plan jusqu’ici.\n\n",
                lien!(),
                "Si quelque chose a changé de votre côté, prévenez-moi simplement à temps et nous trouverons une solution.\n\n",
                bien_cordialement!()
            ),
        ),
        (
            concat!("Prochaine échéance du plan de paiement ", several!("des factures", "de la facture"), no_montant!()),
            concat!(
                madame!(),
                "Nous vous rappelons que le prochain paiement prévu par le plan de paiement convenu pour ", several!("les factures", "la facture"), no!(), "{% if plan_next_date %}, soit {{ plan_next_amount }}, est attendu le {{ plan_next_date | date(\"weekday\") }}{% else %} arrivera prochainement à échéance{% endif %}.\n\n",
                lien!(),
                "Si vous prévoyez une difficulté pour ce paiement, merci de nous en informer avant l’échéance afin que nous puissions en discuter.\n\n",
                cordialement!()
            ),
        ),
        NONE,
    ],
    // InstallmentMissed
    [
        (
            "Un point sur votre plan de paiement",
            concat!(
                bonjour!(),
                "J’espère que tout va bien. Je remarque que l’échéance{% if plan_next_date %} de {{ plan_next_amount }} prévue le {{ plan_next_date }}{% endif %} par notre plan de paiement pour ", several!("les factures", "la facture"), no!(), " ne nous est pas encore parvenue. Il s’agit peut-être simplement d’une question de délai.\n\n",
                "Pourriez-vous me dire quand nous pouvons l’attendre\u{a0}? Si le plan ne vous convient plus, je préférerais de loin l’adapter avec vous plutôt que de le laisser s’interrompre.\n\n",
                lien!(),
                bien_cordialement!()
            ),
        ),
        (
            concat!("Échéance du plan de paiement ", several!("des factures", "de la facture"), no_montant!()),
            concat!(
                madame!(),
                "Nous n’avons pas encore reçu le paiement{% if plan_next_date %} de {{ plan_next_amount }} qui était attendu le {{ plan_next_date }}{% endif %} au titre du plan de paiement convenu pour ", several!("les factures", "la facture"), no!(), ".\n\n",
                "Pourriez-vous nous indiquer quand nous pouvons l’attendre\u{a0}? Si le plan ne vous convient plus, nous préférerions l’adapter avec vous plutôt que de le voir s’interrompre.\n\n",
                lien!(),
                cordialement!()
            ),
        ),
        (
            concat!(several!("Factures", "Facture"), no_montant!(), "\u{a0}: échéance du plan de paiement non reçue"),
            concat!(
                madame!(),
                "Le paiement{% if plan_next_date %} de {{ plan_next_amount }} attendu le {{ plan_next_date }}{% endif %} au titre du plan de paiement convenu pour ", several!("les factures", "la facture"), no!(), " ne nous est pas parvenu.\n\n",
                "Le plan repose sur le respect de chaque échéance, et nous souhaitons le maintenir pour vous. Pourriez-vous nous indiquer d’ici le {{ today + 3 business days | date(\"long\") }} à quelle date ce paiement sera effectué\u{a0}?\n\n",
                lien!(),
                salutations!()
            ),
        ),
    ],
    // PromiseConfirmation
    [
        (
            "Merci\u{a0}: paiement de {{ balance }}{% if promise_date %} d’ici le {{ promise_date }}{% endif %}",
            concat!(
                bonjour!(),
                "Merci pour votre retour. Je vous confirme donc que vous réglerez {{ balance }} pour ", several!("les factures", "la facture"), no!(), "{% if promise_date %} d’ici le {{ promise_date | date(\"weekday\") }}{% endif %}. C’est bien noté, et je suspends toute relance d’ici là.\n\n",
                lien!(),
                bien_cordialement!()
            ),
        ),
        (
            concat!("Confirmation du paiement ", several!("des factures", "de la facture"), no_montant!(), "{% if promise_date %} d’ici le {{ promise_date }}{% endif %}"),
            concat!(
                madame!(),
                "Nous vous remercions de nous avoir indiqué que le paiement de {{ balance }} au titre ", several!("des factures", "de la facture"), no!(), " sera effectué{% if promise_date %} d’ici le {{ promise_date | date(\"weekday\") }}{% else %} prochainement{% endif %}. Nous en avons pris note et suspendons nos relances jusqu’à cette date.\n\n",
                lien!(),
                cordialement!()
            ),
        ),
        NONE,
    ],
    // PromiseMissed
    [
        (
            concat!("Au sujet ", several!("des factures", "de la facture"), no_montant!()),
            concat!(
                bonjour!(),
                "Merci encore de m’avoir indiqué que ", several!("les factures", "la facture"), no!(), " ", several!("seraient réglées", "serait réglée"), "{% if promise_date %} d’ici le {{ promise_date }}{% else %} prochainement{% endif %}. Je n’ai pas encore vu arriver le paiement de {{ balance }}, et je voulais m’assurer que tout va bien.\n\n",
                "Pourriez-vous me dire quand je peux désormais l’attendre\u{a0}? Si quelque chose a changé, nous trouverons volontiers une autre solution.\n\n",
                lien!(),
                bien_cordialement!()
            ),
        ),
        (
            concat!(several!("Factures", "Facture"), no_montant!(), "\u{a0}: paiement prévu{% if promise_date %} le {{ promise_date }}{% endif %}"),
            concat!(
                madame!(),
                "Nous vous remercions encore de nous avoir confirmé que ", several!("les factures", "la facture"), no!(), " ", several!("seraient réglées", "serait réglée"), "{% if promise_date %} d’ici le {{ promise_date }}{% else %} prochainement{% endif %}. Nous n’avons pas encore reçu le paiement de {{ balance }} et souhaitions nous assurer que tout est en ordre.\n\n",
                "Pourriez-vous nous indiquer quand nous pouvons désormais l’attendre\u{a0}? Si quelque chose a changé, comment pouvons-nous trouver ensemble une solution\u{a0}?\n\n",
                lien!(),
                cordialement!()
            ),
        ),
        (
            concat!(several!("Factures", "Facture"), no_montant!(), "\u{a0}: la date de paiement convenue est passée"),
            concat!(
                madame!(),
                "Nous étions convenus que ", several!("les factures", "la facture"), no!(), " ", several!("seraient réglées", "serait réglée"), "{% if promise_date %} d’ici le {{ promise_date }}{% endif %}, et nous n’avons pas encore reçu le paiement de {{ balance }}.\n\n",
                "Pourriez-vous nous indiquer d’ici le {{ today + 3 business days | date(\"long\") }} à quelle date le paiement sera effectué\u{a0}? Sans nouvelles de votre part d’ici là, nous reprendrons notre procédure habituelle de relance.\n\n",
                lien!(),
                salutations!()
            ),
        ),
    ],
    // DisputeAcknowledgement
    [
        (
            concat!("Votre question au sujet ", several!("des factures", "de la facture"), no_montant!()),
            concat!(
                bonjour!(),
                "Merci de m’avoir fait part de vos interrogations concernant ", several!("les factures", "la facture"), no_montant!(), ". J’ai suspendu toutes les relances ", several!("les", "la"), " concernant, le temps que nous examinions cela ensemble.\n\n",
                "Pour que nous puissions régler cela rapidement, pourriez-vous m’envoyer les détails\u{a0}: les lignes ou montants concernés, et tout document montrant ce que vous attendiez (un bon de commande, un devis ou un bon de livraison, par exemple)\u{a0}?\n\n",
                "Je ne doute pas que nous trouverons rapidement une solution, et je reviendrai vers vous dès que j’aurai tout examiné.\n\n",
                bien_cordialement!()
            ),
        ),
        (
            concat!("Votre demande concernant ", several!("les factures", "la facture"), no_montant!()),
            concat!(
                madame!(),
                "Nous vous remercions de nous avoir fait part de votre question concernant ", several!("les factures", "la facture"), no!(), " d’un montant ", if_several!("total "), "de {{ amount }}. Nous avons suspendu toutes les relances de paiement pour ", several!("ces factures pendant que nous les examinons", "cette facture pendant que nous l’examinons"), ".\n\n",
                "Afin de nous aider à résoudre ce point, pourriez-vous nous transmettre les détails\u{a0}: les lignes ou montants que vous contestez, ainsi que tout document à l’appui de votre position (par exemple un bon de commande ou un bon de livraison)\u{a0}?\n\n",
                "Nous ne doutons pas que cette question pourra être rapidement résolue, et nous reviendrons vers vous dès que nous aurons examiné les éléments.\n\n",
                cordialement!()
            ),
        ),
        NONE,
    ],
    // StatutoryInterestNotice
    [
        (
            concat!(several!("Factures", "Facture"), no_montant!(), "\u{a0}: intérêts de retard"),
            concat!(
                bonjour!(),
                "Je vous écris au sujet ", several!("des factures", "de la facture"), no!(), montant!(), several!(", toujours en attente de règlement\u{a0}; la plus ancienne est arrivée à échéance le {{ due_date }}.", ", arrivée à échéance le {{ due_date }} et toujours en attente de règlement."), acompte!(warm), "\n\n",
                "{% if statutory %}\n",
                base_legale!(),
                "Au {{ today }}, cela représente {{ statutory_interest }} d’intérêts et {{ statutory_compensation }} d’indemnité, soit {{ statutory_total }} au total.\n\n",
                "Je préférerais de loin que nous réglions simplement ", several!("les factures", "la facture"), "\u{a0}: si le solde de {{ balance }} nous parvient d’ici le {{ today + 14 days | date(\"long\") }}, nous renoncerons bien volontiers à ces frais.\n\n",
                "{% endif %}\n",
                lien!(),
                bien_cordialement!()
            ),
        ),
        (
            concat!(several!("Factures", "Facture"), no_montant!(), "\u{a0}: intérêts de retard et indemnité forfaitaire"),
            concat!(
                madame!(),
                several!("Les factures", "La facture"), no!(), montant!(), payable_et!(), " ", several!("n’ont pas encore été réglées", "n’a pas encore été réglée"), ".", acompte!(neutral), "\n\n",
                "{% if statutory %}\n",
                base_legale!(),
                "Au {{ today }}, les intérêts s’élèvent à {{ statutory_interest }} et l’indemnité à {{ statutory_compensation }}, soit {{ statutory_total }} en plus du solde de {{ balance }}. Les intérêts continuent de courir jusqu’au paiement.\n\n",
                "{% endif %}\n",
                "Si une raison particulière a empêché le paiement, merci de nous en faire part\u{a0}: nous préférerions convenir ensemble d’une solution.\n\n",
                lien!(),
                cordialement!()
            ),
        ),
        (
            concat!(several!("Factures", "Facture"), no_montant!(), "\u{a0}: demande d’intérêts de retard et d’indemnité forfaitaire"),
            concat!(
                madame!(),
                several!("Les factures", "La facture"), no!(), montant!(), payable_et!(), " ", several!("restent", "reste"), " à régler.", acompte!(firm), "\n\n",
                "{% if statutory %}\n",
                base_legale!(),
                "Au {{ today }}, nous vous demandons {{ statutory_interest }} au titre des intérêts et {{ statutory_compensation }} au titre de l’indemnité, soit {{ statutory_total }} au total, en plus du solde de {{ balance }}. Les intérêts continuent de courir jusqu’au paiement.\n\n",
                "{% endif %}\n",
                "Pourriez-vous nous indiquer d’ici le {{ today + 7 days | date(\"long\") }} à quelle date le paiement sera effectué\u{a0}?\n\n",
                lien!(),
                salutations!()
            ),
        ),
    ],
    // ThankYou
    [
        (
            "Merci pour votre paiement",
            concat!(
                bonjour!(),
                "Votre paiement de {% if part_paid %}{{ balance }}{% else %}{{ amount }}{% endif %} pour ", several!("les factures", "la facture"), no!(), " nous est bien parvenu{% if part_paid %} et solde entièrement ", several!("les factures", "la facture"), "{% endif %}\u{a0}: un grand merci.\n\n",
                "C’est toujours un plaisir de travailler avec vous, et je me réjouis de notre prochain projet.\n\n",
                bien_cordialement!()
            ),
        ),
        (
            concat!("Paiement reçu\u{a0}: ", several!("factures", "facture"), no_montant!()),
            concat!(
                madame!(),
                "Nous vous remercions pour votre paiement de {% if part_paid %}{{ balance }}{% else %}{{ amount }}{% endif %} au titre ", several!("des factures", "de la facture"), no!(), ", que nous avons bien reçu. ", several!("Les factures sont désormais entièrement réglées", "La facture est désormais entièrement réglée"), ".\n\n",
                "Nous vous remercions de votre confiance et nous réjouissons de travailler à nouveau avec vous.\n\n",
                cordialement!()
            ),
        ),
        NONE,
    ],
    // FormalDemand
    [
        NONE,
        NONE,
        (
            concat!("{% if statutory_law == \"fr\" %}Mise en demeure de payer{% else %}Demande formelle de paiement{% endif %}\u{a0}: ", several!("factures", "facture"), no_montant!()),
            concat!(
                "{% if statutory_law == \"fr\" %}\n",
                "Par lettre recommandée avec demande d’avis de réception\n\n",
                "{% endif %}\n",
                madame!(),
                several!("Les factures", "La facture"), no!(), montant!(), ", ", arrivee!(), ", ", several!("restent", "reste"), " à régler{% if reminders_sent %} malgré {{ reminders_sent | count(\"notre relance|nos # relances\") }}{% endif %}.", acompte!(firm), "\n\n",
                "{% if statutory_law == \"fr\" %}\n",
                "Par la présente, qui vaut mise en demeure de payer, nous vous demandons de nous régler la somme de {{ balance }} au plus tard le {{ today + 15 days | date(\"long\") }}.",
                "{% if statutory_claimed %} En application de l’article L.\u{a0}441-10 du Code de commerce, des pénalités de retard sont exigibles de plein droit, sans qu’un rappel soit nécessaire, au taux de la Banque centrale européenne majoré de 10\u{a0}points, soit actuellement {{ statutory_rate }} l’an\u{a0}; au {{ today }}, elles s’élèvent à {{ statutory_interest }}. S’y ajoute l’indemnité forfaitaire pour frais de recouvrement de {{ statutory_compensation }} prévue à l’article D.\u{a0}441-5 du même code, soit {{ statutory_total }} en sus du principal.{% else %} Nous vous rappelons que des pénalités de retard sont exigibles de plein droit en application de l’article L.\u{a0}441-10 du Code de commerce, ainsi que l’indemnité forfaitaire pour frais de recouvrement de 40\u{a0}euros prévue à l’article D.\u{a0}441-5 du même code.{% endif %}\n\n",
                "Si le paiement ne nous est pas parvenu dans ce délai, nous saisirons la juridiction compétente afin d’obtenir le recouvrement de notre créance, sans autre avis. Nous restons néanmoins disposés à trouver une solution amiable, par exemple un échéancier, si vous nous contactez avant cette date.\n",
                "{% else %}\n",
                "Par la présente, nous vous demandons formellement de nous régler le solde de {{ balance }} au plus tard le {{ today + 14 days | date(\"long\") }}.",
                "{% if statutory_claimed %} Nous vous demandons également les intérêts et indemnités prévus par la loi en cas de retard de paiement entre entreprises\u{a0}: au {{ today }}, {{ statutory_interest }} d’intérêts ({{ statutory_interest_law }}){% if statutory_compensation_law %} et {{ statutory_compensation }} d’indemnité ({{ statutory_compensation_law }}){% endif %}{% if statutory_collection_costs %}, ainsi que {{ statutory_collection_costs }} de frais de recouvrement{% endif %}, soit {{ statutory_total }} au total. Les intérêts continuent de courir jusqu’au paiement.{% endif %}\n\n",
                "Si nous n’avons reçu ni paiement ni réponse de votre part dans ce délai, nous saisirons la juridiction compétente afin d’obtenir le recouvrement de notre créance. Nous restons néanmoins disposés à trouver une solution amiable, par exemple un échéancier, si vous nous contactez avant cette date.\n",
                "{% endif %}\n\n",
                lien!(),
                salutations!()
            ),
        ),
    ],
];

const PAR_DATE: &str =
    "d’ici une date précise, par exemple «\u{a0}d’ici le vendredi 12 juin\u{a0}»";
const PAS_ENCORE: &str = "nous n’avons pas encore reçu le paiement";
const ETAPE_SUIVANTE: &str =
    "notre prochaine étape serait de confier le dossier à notre partenaire de recouvrement";
const RECAP: &str = "pour récapituler";
const PREOCCUPATION: &str = "cette situation nous préoccupe";
const SANS_REPONSE: &str = "nous n’avons pas encore eu de retour de votre part";
const PAS_JOINT: &str = "nous n’avons pas encore réussi à vous joindre";
const ACCORD: &str = "nous n’avons pas encore pu nous mettre d’accord";
const DATE_CONVENUE: &str = "la date convenue est passée";
const MALENTENDU: &str = "il semble y avoir un malentendu";
const ERREUR: &str = "il semble y avoir eu une erreur";
const COMPRENDRE: &str = "nous aimerions comprendre ce qui s’est passé";
const RETARDE: &str = "nous aimerions comprendre ce qui retarde le paiement";
const POSITION: &str = "nous aimerions comprendre votre position";
const QUAND: &str = "pourriez-vous nous indiquer quand nous pouvons compter sur le paiement\u{a0}?";
const CONVENIR: &str = "pourrions-nous convenir d’une date de paiement\u{a0}?";
const REGLEMENT: &str = "nous vous demandons de bien vouloir procéder au règlement";
const PROCHAINE: &str = "notre prochaine étape serait de";
const RESOUDRE: &str = "nous aimerions régler cette question avant l’étape suivante";
const ENSEMBLE: &str = "nous préférerions de loin trouver une solution ensemble";
const CARTES: &str = "pour que vous ayez toutes les cartes en main";
const SUITE: &str = "pour faire suite à mon message du [date]";
const NOUVELLE_FOIS: &str = "une nouvelle fois";
const REGLER: &str = "nous aimerions régler cette question";
const RECONNAISSANTS: &str = "nous vous serions reconnaissants de";
const DIFFEREMMENT: &str = "nous voyons les choses différemment";
const ESPERIONS: &str = "nous espérions régler cette question plus tôt";
const RAPPEL: &str = "pour rappel";
const ECHAPPE: &str = "au cas où ce message vous aurait échappé";
const PRECEDENTES: &str = "comme pour les factures précédentes";
const VOICI: &str = "voici comment procéder\u{a0}:";
const OCCUPE: &str = "je sais que les journées sont chargées";
const RETOUR: &str = "merci pour votre retour";
const COLLABORATION: &str = "nous tenons à notre collaboration";
const COMPTIONS: &str = "nous comptions sur la date convenue";
const SOUPLESSE: &str = "nous avons essayé de faire preuve de souplesse";
const AIDE: &str = "nous vous serions reconnaissants de nous aider à régler ce dossier";
const TAILLE: &str = "pour une entreprise de notre taille, un paiement à temps compte beaucoup";

/// French phrases (vouvoiement): (lower-case phrase, kind, suggestion). Spaces match any
/// white space; `'` also matches `’`.
static PHRASES: &[Phrase] = {
    use ToneKind::*;
    &[
        // Reproches.
        ("défaut de paiement", Accusatory, "le solde restant dû"),
        ("vous n'avez toujours pas", Accusatory, PAS_ENCORE),
        ("vous n'avez pas respecté", Accusatory, DATE_CONVENUE),
        ("vous n'avez pas tenu", Accusatory, DATE_CONVENUE),
        ("vous avez omis de", Accusatory, PAS_ENCORE),
        ("vous n'avez même pas", Accusatory, PAS_ENCORE),
        ("vous avez ignoré", Accusatory, SANS_REPONSE),
        ("vous ignorez nos", Accusatory, SANS_REPONSE),
        ("vous nous ignorez", Accusatory, SANS_REPONSE),
        ("vous faites la sourde oreille", Accusatory, SANS_REPONSE),
        ("vous n'avez pas daigné", Accusatory, SANS_REPONSE),
        ("vous ne daignez pas", Accusatory, SANS_REPONSE),
        ("vous esquivez", Accusatory, PAS_JOINT),
        ("vous nous évitez", Accusatory, PAS_JOINT),
        ("vous refusez de", Accusatory, ACCORD),
        ("vous avez refusé", Accusatory, ACCORD),
        (
            "vous nous devez",
            Accusatory,
            "le solde de la facture s’élève à",
        ),
        ("votre négligence", Accusatory, "ce retard"),
        (
            "nous exigeons",
            Accusatory,
            "nous vous demandons de bien vouloir",
        ),
        ("nous voulons notre argent", Accusatory, REGLEMENT),
        (
            "vous devez payer",
            Accusatory,
            "pourriez-vous procéder au paiement",
        ),
        (
            "vous devez régler",
            Accusatory,
            "pourriez-vous procéder au règlement",
        ),
        ("aucune excuse", Accusatory, COMPRENDRE),
        ("c'est de votre faute", Accusatory, COMPRENDRE),
        ("c'est votre faute", Accusatory, COMPRENDRE),
        (
            "vous aviez promis",
            Accusatory,
            "vous nous aviez indiqué que",
        ),
        ("vous prétendez", Accusatory, "vous indiquez"),
        ("vous nous avez menti", Accusatory, MALENTENDU),
        ("vous mentez", Accusatory, MALENTENDU),
        ("vous faites traîner", Accusatory, CONVENIR),
        ("vous n'avez aucune intention de", Accusatory, QUAND),
        (
            "vous fuyez vos responsabilités",
            Accusatory,
            "nous aimerions trouver une solution avec vous",
        ),
        // Menaces.
        ("dernier avertissement", Threatening, "dernière relance"),
        ("nous serons contraints de", Threatening, PROCHAINE),
        ("nous serons obligés de", Threatening, PROCHAINE),
        ("nous nous verrons contraints", Threatening, PROCHAINE),
        ("nous n'aurons pas d'autre choix", Threatening, PROCHAINE),
        ("vous ne nous laissez pas le choix", Threatening, PROCHAINE),
        ("nous n'hésiterons pas à", Threatening, PROCHAINE),
        ("lourdes conséquences", Threatening, PROCHAINE),
        ("vous en subirez les conséquences", Threatening, PROCHAINE),
        ("en assumer les conséquences", Threatening, PROCHAINE),
        ("poursuites judiciaires", Threatening, ETAPE_SUIVANTE),
        ("action en justice", Threatening, ETAPE_SUIVANTE),
        ("devant les tribunaux", Threatening, ETAPE_SUIVANTE),
        ("nous allons vous poursuivre", Threatening, ETAPE_SUIVANTE),
        ("injonction de payer", Threatening, ETAPE_SUIVANTE),
        ("recouvrement forcé", Threatening, ETAPE_SUIVANTE),
        ("dossier à notre avocat", Threatening, ETAPE_SUIVANTE),
        ("dossier à nos avocats", Threatening, ETAPE_SUIVANTE),
        ("notre avocat prendra contact", Threatening, ETAPE_SUIVANTE),
        ("courrier de notre avocat", Threatening, ETAPE_SUIVANTE),
        ("huissier", Threatening, ETAPE_SUIVANTE),
        ("fichier des mauvais payeurs", Threatening, RESOUDRE),
        ("mise en demeure", Threatening, "dernière relance"),
        ("dernière chance", Threatening, RESOUDRE),
        ("notre patience a des limites", Threatening, RESOUDRE),
        ("notre patience est à bout", Threatening, RESOUDRE),
        ("à bout de patience", Threatening, RESOUDRE),
        (
            "faute de quoi",
            Threatening,
            "sans nouvelles de votre part, notre prochaine étape serait",
        ),
        ("vous le regretterez", Threatening, ENSEMBLE),
        ("vous allez le regretter", Threatening, ENSEMBLE),
        ("vous ne perdez rien pour attendre", Threatening, ENSEMBLE),
        ("ne se passera pas comme ça", Threatening, ENSEMBLE),
        ("vous voilà prévenu", Threatening, CARTES),
        ("vous voilà prévenus", Threatening, CARTES),
        ("considérez-vous comme prévenu", Threatening, CARTES),
        // Jugements sur la conduite.
        ("inacceptable", Shaming, PREOCCUPATION),
        ("inadmissible", Shaming, PREOCCUPATION),
        ("inexcusable", Shaming, PREOCCUPATION),
        ("inqualifiable", Shaming, PREOCCUPATION),
        ("honteux", Shaming, PREOCCUPATION),
        ("honteuse", Shaming, PREOCCUPATION),
        ("c'est une honte", Shaming, PREOCCUPATION),
        ("vous devriez avoir honte", Shaming, PREOCCUPATION),
        ("scandaleux", Shaming, PREOCCUPATION),
        ("scandaleuse", Shaming, PREOCCUPATION),
        ("c'est un scandale", Shaming, PREOCCUPATION),
        ("irresponsable", Shaming, PREOCCUPATION),
        ("mauvais payeur", Shaming, "client"),
        ("mauvais payeurs", Shaming, "clients"),
        ("mauvaise payeuse", Shaming, "cliente"),
        (
            "mauvaise foi",
            Shaming,
            "nous aimerions comprendre votre point de vue",
        ),
        ("nous sommes déçus", Shaming, "nous espérions"),
        ("très déçus", Shaming, ESPERIONS),
        ("profondément déçus", Shaming, ESPERIONS),
        ("nous attendions mieux de votre part", Shaming, ESPERIONS),
        // Insultes.
        ("vos excuses sont ridicules", Insult, RETARDE),
        ("vos prétextes", Insult, RETARDE),
        ("ridicule", Insult, PREOCCUPATION),
        ("ridicules", Insult, PREOCCUPATION),
        ("pathétique", Insult, PREOCCUPATION),
        ("lamentable", Insult, PREOCCUPATION),
        ("minable", Insult, PREOCCUPATION),
        ("pitoyable", Insult, PREOCCUPATION),
        ("est une blague", Insult, PREOCCUPATION),
        ("c'est n'importe quoi", Insult, PREOCCUPATION),
        ("manque de professionnalisme", Insult, PREOCCUPATION),
        ("peu professionnel", Insult, PREOCCUPATION),
        ("peu professionnelle", Insult, PREOCCUPATION),
        ("amateurisme", Insult, ERREUR),
        ("incompétent", Insult, ERREUR),
        ("incompétente", Insult, ERREUR),
        ("incompétents", Insult, ERREUR),
        ("incompétence", Insult, "cette erreur"),
        ("menteur", Insult, MALENTENDU),
        ("menteurs", Insult, MALENTENDU),
        ("malhonnête", Insult, MALENTENDU),
        ("typique de votre part", Insult, PRECEDENTES),
        ("c'est bien votre genre", Insult, PRECEDENTES),
        ("vous vous moquez de nous", Insult, POSITION),
        ("vous nous prenez pour des", Insult, POSITION),
        ("comment osez-vous", Insult, DIFFEREMMENT),
        ("savez-vous lire", Insult, ECHAPPE),
        ("lisez-vous seulement", Insult, ECHAPPE),
        ("ce n'est pourtant pas compliqué", Insult, VOICI),
        ("ce n'est pas sorcier", Insult, VOICI),
        ("même un enfant", Insult, VOICI),
        // Ironie.
        ("comme vous le savez sûrement", Sarcasm, RAPPEL),
        ("comme vous le savez certainement", Sarcasm, RAPPEL),
        ("comme vous le savez pertinemment", Sarcasm, RAPPEL),
        ("comme vous le savez très bien", Sarcasm, RAPPEL),
        ("comme vous ne l'ignorez pas", Sarcasm, RAPPEL),
        ("comme vous ne l'ignorez sûrement pas", Sarcasm, RAPPEL),
        ("vous n'êtes pas sans savoir", Sarcasm, RAPPEL),
        ("au cas où vous l'auriez oublié", Sarcasm, RAPPEL),
        ("non pas que vous l'ayez remarqué", Sarcasm, ECHAPPE),
        ("non pas que vous vous en soyez aperçu", Sarcasm, ECHAPPE),
        ("vous ne l'aurez sans doute pas remarqué", Sarcasm, ECHAPPE),
        ("non pas que cela vous intéresse", Sarcasm, AIDE),
        ("merci pour rien", Sarcasm, SANS_REPONSE),
        ("je suis sûr que vous êtes très occupé", Sarcasm, OCCUPE),
        ("je suis sûr que vous êtes très occupée", Sarcasm, OCCUPE),
        ("je suis sûre que vous êtes très occupé", Sarcasm, OCCUPE),
        ("je suis sûre que vous êtes très occupée", Sarcasm, OCCUPE),
        ("quelle surprise", Sarcasm, PAS_ENCORE),
        ("comme c'est surprenant", Sarcasm, PAS_ENCORE),
        ("comme par hasard", Sarcasm, COMPRENDRE),
        ("comme c'est pratique", Sarcasm, COMPRENDRE),
        ("merci d'avoir daigné", Sarcasm, RETOUR),
        ("vous avez enfin daigné", Sarcasm, RETOUR),
        // Agacement sous-entendu.
        ("comme indiqué dans mon dernier", PassiveAggressive, SUITE),
        ("comme indiqué dans mon précédent", PassiveAggressive, SUITE),
        ("comme mentionné dans mon dernier", PassiveAggressive, SUITE),
        (
            "comme mentionné dans mon précédent",
            PassiveAggressive,
            SUITE,
        ),
        ("comme je vous l'ai déjà", PassiveAggressive, RECAP),
        ("comme nous vous l'avons déjà", PassiveAggressive, RECAP),
        ("je vous l'ai déjà dit", PassiveAggressive, RECAP),
        ("comme déjà mentionné", PassiveAggressive, RECAP),
        ("comme déjà indiqué", PassiveAggressive, RECAP),
        ("comme précédemment indiqué", PassiveAggressive, RECAP),
        ("pour la dernière fois", PassiveAggressive, NOUVELLE_FOIS),
        ("une énième fois", PassiveAggressive, NOUVELLE_FOIS),
        ("pour la énième fois", PassiveAggressive, NOUVELLE_FOIS),
        (
            "combien de fois faudra-t-il",
            PassiveAggressive,
            NOUVELLE_FOIS,
        ),
        (
            "je ne devrais pas avoir à",
            PassiveAggressive,
            RECONNAISSANTS,
        ),
        (
            "nous ne devrions pas avoir à",
            PassiveAggressive,
            RECONNAISSANTS,
        ),
        ("trop c'est trop", PassiveAggressive, REGLER),
        ("nous en avons assez", PassiveAggressive, REGLER),
        ("j'en ai assez", PassiveAggressive, REGLER),
        ("nous sommes lassés", PassiveAggressive, REGLER),
        (
            "avec tout le respect que je vous dois",
            PassiveAggressive,
            DIFFEREMMENT,
        ),
        (
            "avec tout le respect que nous vous devons",
            PassiveAggressive,
            DIFFEREMMENT,
        ),
        ("sauf votre respect", PassiveAggressive, DIFFEREMMENT),
        // Pression sans date.
        ("immédiatement", Urgency, PAR_DATE),
        ("paiement immédiat", Urgency, PAR_DATE),
        ("règlement immédiat", Urgency, PAR_DATE),
        ("sur-le-champ", Urgency, PAR_DATE),
        ("tout de suite", Urgency, PAR_DATE),
        ("sans délai", Urgency, PAR_DATE),
        ("sans plus attendre", Urgency, PAR_DATE),
        ("dans les plus brefs délais", Urgency, PAR_DATE),
        ("au plus vite", Urgency, PAR_DATE),
        ("dès réception", Urgency, PAR_DATE),
        ("urgent", Urgency, PAR_DATE),
        ("urgente", Urgency, PAR_DATE),
        ("de toute urgence", Urgency, PAR_DATE),
        ("en urgence", Urgency, PAR_DATE),
        ("sous 24 heures", Urgency, PAR_DATE),
        ("sous 48 heures", Urgency, PAR_DATE),
        ("il serait grand temps", Urgency, PAR_DATE),
        ("le temps presse", Urgency, PAR_DATE),
        (
            "payez maintenant",
            Urgency,
            "vous pouvez régler d’ici le [date]",
        ),
        (
            "réglez maintenant",
            Urgency,
            "vous pouvez régler d’ici le [date]",
        ),
        // Culpabilisation.
        (
            "après tout ce que nous avons fait pour vous",
            GuiltTrip,
            COLLABORATION,
        ),
        (
            "après tout ce que j'ai fait pour vous",
            GuiltTrip,
            COLLABORATION,
        ),
        ("nous vous avons fait confiance", GuiltTrip, COMPTIONS),
        (
            "nous pensions pouvoir vous faire confiance",
            GuiltTrip,
            COMPTIONS,
        ),
        ("vous nous avez déçus", GuiltTrip, ESPERIONS),
        ("vous nous avez laissés tomber", GuiltTrip, ESPERIONS),
        ("mettez-vous à notre place", GuiltTrip, AIDE),
        ("payer nos salariés", GuiltTrip, TAILLE),
        ("payer nos employés", GuiltTrip, TAILLE),
        ("mettez notre entreprise en danger", GuiltTrip, TAILLE),
        ("mettez notre entreprise en péril", GuiltTrip, TAILLE),
        ("plus que patients", GuiltTrip, SOUPLESSE),
        ("nous avons été très patients", GuiltTrip, SOUPLESSE),
    ]
};

/// Courteous French phrases that contain a flagged one: where one is the longest match,
/// nothing is flagged (« dès réception de votre paiement, nous… », « nous reviendrons
/// vers vous au plus vite »).
static EXCEPTIONS: &[&str] = &[
    // The formal notice the law names (art. 1344 du Code civil): the title and the formula
    // of a mise en demeure, which must say what it is; a bare « mise en demeure » is still
    // flagged.
    "mise en demeure de payer",
    "immédiatement après",
    "immédiatement avant",
    "dès réception de votre paiement",
    "dès réception de votre règlement",
    "dès réception de votre virement",
    "dès réception du paiement",
    "dès réception du règlement",
    "dès réception du virement",
    "pas urgent",
    "rien d'urgent",
    "vers vous au plus vite",
    "vers vous dans les plus brefs délais",
    "vers vous sans délai",
    "vers vous tout de suite",
    "répondrai au plus vite",
    "répondrons au plus vite",
    "répondrai dans les plus brefs délais",
    "répondrons dans les plus brefs délais",
    "occupe tout de suite",
    "occupons tout de suite",
    "répondons sous 24 heures",
    "répondrons sous 24 heures",
    "répondons sous 48 heures",
    "répondrons sous 48 heures",
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
        "Sonne comme un reproche et met le lecteur sur la défensive.",
        "Se lit comme une menace. Présentez l’étape suivante calmement, à titre d’information.",
        "Porte un jugement sur le lecteur, ce qui peut abîmer la relation.",
        "Laisse transparaître de l’agacement. Dites simplement ce que vous avez à dire.",
        "Les majuscules donnent l’impression de crier.",
        "Les points d’exclamation donnent à une relance un ton agité.",
        "Met la pression sans donner de date. Une date précise est plus claire et plus sereine.",
        "Insulte ou rabaisse le lecteur. Cela n’accélère pas le paiement et peut mettre fin à la relation.",
        "L’ironie se lit comme du mépris, même sous une forme polie. Dites simplement ce que vous voulez dire.",
        "Cherche à culpabiliser le lecteur, ce qui suscite du ressentiment plutôt qu’un paiement. Tenez-vous-en aux faits.",
    ],
    neutral_suggestions: [
        "écrivez-le en minuscules",
        "utilisez un point",
        "gardez un point d’exclamation au plus, ou aucun",
    ],
    dates: DateNames {
        months: [
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ],
        weekdays: [
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        ],
        long: "{d1er} {month} {yyyy}",
        short: "{dd}/{mm}/{yyyy}",
        weekday: "{weekday} {d1er} {month} {yyyy}",
    },
    timeline: TimelineWords {
        actions: [
            "Rappel courtois avant l’échéance",
            "Message le jour de l’échéance",
            "Relance aimable",
            "Deuxième relance",
            "Relance ferme",
            "Dernière relance",
            "Transmission à une société de recouvrement",
            "Examen juridique (interne)",
            "Confirmer la date de paiement promise",
            "Faire le point après la date promise",
            "Accuser réception de la question",
            "Échéance à venir",
            "Échéance non réglée",
            "Remerciement pour le paiement",
        ],
        channels: [
            "e-mail",
            "téléphone",
            "courrier",
            "SMS",
        ],
        tones: [
            "aimable",
            "neutre",
            "ferme",
            "formel",
        ],
        notes: [
            "reportée au jour ouvré suivant",
            "décalée par la pause",
            "en attente de la résolution de la question",
            "décalée d’un jour pour qu’un seul message parte par jour",
            "inutile\u{a0}: facture payée",
            "redatée d’après les messages réellement envoyés",
            "décalée pour garder l’intervalle minimal après l’étape précédente",
            "pour un paiement partiel",
        ],
        days_overdue: [
            "{days}\u{a0}jour de retard",
            "{days}\u{a0}jours de retard",
        ],
        not_yet_due: "avant l’échéance",
        accrued: "Intérêts de retard à cette date\u{a0}: {interest}\u{a0}; indemnité forfaitaire\u{a0}: {compensation}.",
    },
};
