//! Dutch (Netherlands): templates, tone-check phrases and date names.
//!
//! Conventions:
//! - Form of address: formal "u" throughout, in lower case (no capital "U"). The warm tone
//!   writes in the first person singular ("ik"), neutral and firm in the plural ("wij").
//! - Greeting: "Beste {{ client_contact }}," when a contact is known (usual in Dutch
//!   business e-mail, without guessing a gender), otherwise "Geachte heer, mevrouw,". The
//!   next sentence starts with a capital, as is usual in Dutch letters.
//! - Closings: warm "Hartelijke groet,", neutral and firm "Met vriendelijke groet,", each
//!   followed by a line break and `{{ sign_off }}`.
//! - Dates: long "1 december 2026", short "01-12-2026", with weekday "dinsdag 1 december
//!   2026"; month and weekday names in lower case. Deadlines read "uiterlijk op …".
//! - Terms: factuur, vervaldatum, betalingsherinnering, (laatste) aanmaning, betalingsregeling,
//!   termijn, openstaand bedrag, incassobureau (the English "collection partner"),
//!   schikkingsvoorstel (an offer of a reduced amount in full settlement), wettelijke rente
//!   and "vergoeding voor incassokosten" (statutory compensation).
//! - Statutory notice: the UK branch keeps the English title of the Late Payment of
//!   Commercial Debts (Interest) Act 1998, described as British law; the EU branch cites
//!   the directive by its official Dutch title, "as applied in national law" ("zoals
//!   omgezet in nationaal recht"), with the directive's minimum of EUR 40 written "€ 40".
//!   No national statute (art. 6:119a BW, the WIK scale) is cited.
//!
//! Unsure:
//! - "schikkingsvoorstel" for "settlement offer": clear, but slightly legal in tone; the
//!   body itself says "als volledige betaling aanvaarden".
//! - "Geachte heer, mevrouw," also in the warm tone when no contact name is known; a
//!   native writer might prefer "Goedendag," there.
//! - "betaal nu" and "z.s.m." as tone-check phrases: pushy in a reminder, but "betaal nu"
//!   could appear on a neutral payment button text.
//! - Sarcasm: "zoals u ongetwijfeld weet" and "zoals u vast wel weet" are flagged, plain
//!   "zoals u weet" is not. "belachelijk", "zielig" and "weer typisch" are not flagged on
//!   their own: Dutch uses them in small talk ("belachelijk druk", "weer typisch
//!   herfstweer"); "dit is belachelijk" and "uw excuses zijn belachelijk" are.
//! - "zo snel mogelijk" is not flagged: a courteous writer promises it ("wij reageren zo
//!   snel mogelijk"); "z.s.m." asked of the reader is.

use super::super::DateNames;
use super::{Messages, Pack, Phrase, Table};
use crate::message::ToneKind;
use crate::timeline::TimelineWords;

const NONE: (&str, &str) = ("", "");

macro_rules! aanhef {
    () => {
        "{% if client_contact %}Beste {{ client_contact }},{% else %}Geachte heer, mevrouw,{% endif %}\n\n"
    };
}
/// Een klantrekening: dank voor deelbetalingen, de openstaande facturen als teksttabel; dan
/// de betaallink.
macro_rules! betaallink {
    () => {
        concat!(
            "{% if paid_so_far %}\nHartelijk dank voor de {{ paid_so_far }} die wij tot nu toe van u hebben ontvangen{% if last_payment_date %} (de laatste betaling op {{ last_payment_date }}){% endif %}.\n\n{% endif %}\n",
            "{% if account %}\n{% if open_invoices %}\nDe volgende facturen staan nog open:\n\n{{ open_invoices }}\n{% endif %}\n{% endif %}\n",
            "{% if payment_link %}\nU kunt hier online betalen: {{ payment_link }}\n\n{% endif %}\n"
        )
    };
}
macro_rules! groet {
    ($words:literal) => {
        concat!($words, "{% if sign_off %}\n{{ sign_off }}{% endif %}")
    };
}
macro_rules! hartelijk {
    () => {
        groet!("Hartelijke groet,")
    };
}
macro_rules! vriendelijk {
    () => {
        groet!("Met vriendelijke groet,")
    };
}
// Meerdere openstaande facturen van een klantrekening (`several_invoices`): `invoice_number`
// somt ze op ("INV-101, INV-102, INV-103") en het bedrag is hun totaal. Zelfstandig
// naamwoord, werkwoord en verwijzingen staan dan in het meervoud ("facturen INV-101,
// INV-102, INV-103 van in totaal € 4.400,00, waarvan de oudste op … verviel, staan nog
// open"); de vervaldatum is die van de oudste. De tekst voor één factuur blijft gelijk.

/// "factuur INV-2041", or "onze factuur"; "facturen INV-101, INV-102", or "onze facturen".
macro_rules! fnr {
    () => {
        "{% if several_invoices %}{% if invoice_number %}facturen {{ invoice_number }}{% else %}onze facturen{% endif %}{% else %}{% if invoice_number %}factuur {{ invoice_number }}{% else %}onze factuur{% endif %}{% endif %}"
    };
}
/// "Factuur INV-2041", or "Onze factuur", at the start of a sentence; or "Facturen …".
macro_rules! fnr_hoofd {
    () => {
        "{% if several_invoices %}{% if invoice_number %}Facturen {{ invoice_number }}{% else %}Onze facturen{% endif %}{% else %}{% if invoice_number %}Factuur {{ invoice_number }}{% else %}Onze factuur{% endif %}{% endif %}"
    };
}
/// "factuur INV-2041", or "onze factuur van € 4.800,00", where no amount follows;
/// "facturen INV-101, INV-102", or "onze facturen van in totaal € 4.400,00".
macro_rules! fnr_bedrag {
    () => {
        "{% if several_invoices %}{% if invoice_number %}facturen {{ invoice_number }}{% else %}onze facturen van in totaal {{ amount }}{% endif %}{% else %}{% if invoice_number %}factuur {{ invoice_number }}{% else %}onze factuur van {{ amount }}{% endif %}{% endif %}"
    };
}
/// A subject's "Factuur INV-2041", or "Factuur van € 4.800,00"; "Facturen INV-101,
/// INV-102", or "Facturen van in totaal € 4.400,00".
macro_rules! onderwerp {
    () => {
        "{% if several_invoices %}{% if invoice_number %}Facturen {{ invoice_number }}{% else %}Facturen van in totaal {{ amount }}{% endif %}{% else %}{% if invoice_number %}Factuur {{ invoice_number }}{% else %}Factuur van {{ amount }}{% endif %}{% endif %}"
    };
}
/// What the invoice is for (after "van"): the balance, or after a part payment the
/// invoice's amount (`deelbetaling!` then says what is left); "in totaal …" for several.
macro_rules! open {
    () => {
        "{% if several_invoices %}in totaal {% endif %}{% if part_paid %}{{ amount }}{% else %}{{ balance }}{% endif %}"
    };
}
/// "met vervaldatum 1 december 2026", or for several "de oudste met vervaldatum …".
macro_rules! met_vervaldatum {
    () => {
        concat!(if_several!("de oudste "), "met vervaldatum {{ due_date }}")
    };
}
/// "die op 1 december 2026 verviel", or for several "waarvan de oudste op … verviel".
macro_rules! die_verviel {
    () => {
        concat!(
            several!("waarvan de oudste", "die"),
            " op {{ due_date }} verviel"
        )
    };
}
/// After "Factuur INV-2041 van € 4.800,00": " verviel op … en", or for several ", waarvan
/// de oudste op … verviel,". A plural verb follows.
macro_rules! verviel_en {
    () => {
        several!(
            ", waarvan de oudste op {{ due_date }} verviel,",
            " verviel op {{ due_date }} en"
        )
    };
}
/// Ends a sentence after "factuur INV-2041 van € 4.800,00": ", die op … verviel en nog
/// openstaat."; for several ", die nog openstaan; de oudste verviel op …".
macro_rules! verviel_en_open {
    () => {
        several!(
            ", die nog openstaan; de oudste verviel op {{ due_date }}.",
            ", die op {{ due_date }} verviel en nog openstaat."
        )
    };
}
/// After a part payment: thanks, and what is left. A sentence after a full stop.
macro_rules! deelbetaling {
    (warm) => {
        "{% if part_paid %} Dank u wel voor de deelbetaling van {{ part_paid }}; er staat nu nog {{ balance }} open.{% endif %}"
    };
    (neutral) => {
        "{% if part_paid %} Wij danken u voor uw deelbetaling van {{ part_paid }}; het openstaande bedrag is nu {{ balance }}.{% endif %}"
    };
    (firm) => {
        "{% if part_paid %} Wij hebben een deelbetaling van {{ part_paid }} ontvangen, waarvoor dank; er staat nog {{ balance }} open.{% endif %}"
    };
}
/// After a promise to pay that was not kept: the promised date (the day before
/// `promise_broken_on`). A sentence after a full stop.
macro_rules! toezegging {
    (warm) => {
        "{% if promise_broken_on %} U liet me weten dat de betaling uiterlijk op {{ promise_broken_on - 1 day }} zou plaatsvinden, maar ik heb haar nog niet zien binnenkomen.{% endif %}"
    };
    (neutral) => {
        "{% if promise_broken_on %} U had ons laten weten dat de betaling uiterlijk op {{ promise_broken_on - 1 day }} zou plaatsvinden; wij hebben haar nog niet ontvangen.{% endif %}"
    };
    (firm) => {
        "{% if promise_broken_on %} De betaling die voor {{ promise_broken_on - 1 day }} was toegezegd, hebben wij niet ontvangen.{% endif %}"
    };
}
macro_rules! wettelijke_grondslag {
    () => {
        concat!(
            "{% if statutory_regime == \"UK\" %}\n",
            "Op grond van de Britse Late Payment of Commercial Debts (Interest) Act 1998 geldt bij te late betaling tussen bedrijven een wettelijke rente van {{ statutory_rate }} per jaar, met daarbij een vast bedrag als vergoeding voor de kosten van het innen van de vordering.\n",
            "{% else %}\n",
            "Op grond van Richtlijn 2011/7/EU betreffende bestrijding van betalingsachterstand bij handelstransacties, zoals omgezet in nationaal recht, geldt bij te late betaling tussen bedrijven een rente van {{ statutory_rate }} per jaar, met daarbij een vaste vergoeding voor incassokosten van ten minste €\u{a0}40.\n",
            "{% endif %}\n\n",
        )
    };
}

/// `[id][tone]` as (subject, body), in the order of `TemplateId::ALL`.
static TEMPLATES: Table = [
    // PreDueReminder
    [
        (
            concat!(onderwerp!(), several!(": de eerste vervalt op", " vervalt op"), " {{ due_date }}"),
            concat!(
                aanhef!(),
                "Ik hoop dat alles goed met u gaat. Een korte herinnering: ", fnr!(), " van ", open!(), several!(" vervallen binnenkort, de eerste op", " vervalt op"), " {{ due_date | date(\"weekday\") }}.", deelbetaling!(warm), "\n\n",
                betaallink!(),
                "Klopt er iets niet aan ", several!("de facturen", "de factuur"), "? Laat het me gerust weten, dan lossen we het samen op.\n\n",
                hartelijk!()
            ),
        ),
        (
            concat!("Herinnering: ", fnr_bedrag!(), several!(" vervallen vanaf", " vervalt op"), " {{ due_date }}"),
            concat!(
                aanhef!(),
                "Graag herinneren wij u eraan dat ", fnr!(), " van ", open!(), several!(" vanaf", " op"), " {{ due_date | date(\"weekday\") }} ", several!("vervallen", "vervalt"), ".", deelbetaling!(neutral), "\n\n",
                betaallink!(),
                "Heeft u vragen over ", several!("de facturen", "de factuur"), "? Laat het ons dan vóór de vervaldatum weten, zodat wij u kunnen helpen.\n\n",
                vriendelijk!()
            ),
        ),
        NONE,
    ],
    // DueToday
    [
        (
            concat!(onderwerp!(), several!(" vervallen vanaf vandaag", " vervalt vandaag")),
            concat!(
                aanhef!(),
                "Een vriendelijke herinnering dat ", fnr!(), " van ", open!(), several!(" vanaf vandaag vervallen.", " vandaag vervalt."), deelbetaling!(warm), " Is de betaling al onderweg? Dan dank ik u daarvoor en kunt u dit bericht als niet verzonden beschouwen.\n\n",
                betaallink!(),
                hartelijk!()
            ),
        ),
        (
            concat!(onderwerp!(), ": ", if_several!("eerste "), "vervaldatum vandaag"),
            concat!(
                aanhef!(),
                "Wij herinneren u eraan dat ", fnr!(), " van ", open!(), several!(" vanaf vandaag, {{ due_date }}, vervallen.", " vandaag, {{ due_date }}, vervalt."), deelbetaling!(neutral), " Heeft u de betaling al in gang gezet, dan danken wij u daarvoor en kunt u dit bericht als niet verzonden beschouwen.\n\n",
                betaallink!(),
                "Heeft u vragen over ", several!("de facturen", "de factuur"), ", laat het ons dan gerust weten.\n\n",
                vriendelijk!()
            ),
        ),
        NONE,
    ],
    // FriendlyOverdue
    [
        (
            concat!("Een korte herinnering over ", fnr_bedrag!()),
            concat!(
                aanhef!(),
                "Ik hoop dat het goed met u gaat. Volgens onze administratie ", several!("staan", "staat"), " ", fnr!(), " van ", open!(), ", ", met_vervaldatum!(), ", nog open.", deelbetaling!(warm), toezegging!(warm), " Zoiets schiet er gemakkelijk bij in, dus ik stuur u even een korte herinnering.\n\n",
                betaallink!(),
                "Is de betaling al onderweg? Dan dank ik u hartelijk en kunt u dit bericht als niet verzonden beschouwen.\n\n",
                hartelijk!()
            ),
        ),
        (
            concat!(onderwerp!(), ": betalingsherinnering"),
            concat!(
                aanhef!(),
                "Volgens onze administratie ", several!("zijn", "is"), " ", fnr!(), " van ", open!(), ", ", met_vervaldatum!(), ", nog niet voldaan.", deelbetaling!(neutral), toezegging!(neutral), " Wij stellen het op prijs als u de betaling op korte termijn kunt regelen.\n\n",
                betaallink!(),
                "Heeft u de betaling al verstuurd, dan danken wij u daarvoor en kunt u deze herinnering als niet verzonden beschouwen. Is er een probleem met ", several!("de facturen", "de factuur"), "? Laat het ons dan weten, zodat wij het samen kunnen oplossen.\n\n",
                vriendelijk!()
            ),
        ),
        (
            concat!(onderwerp!(), ": betaaltermijn verstreken"),
            concat!(
                aanhef!(),
                fnr_hoofd!(), " van ", open!(), verviel_en!(), " ", several!("staan", "staat"), " nog open.", deelbetaling!(firm), toezegging!(firm), "\n\n",
                "Wij verzoeken u het bedrag uiterlijk op {{ today + 7 days | date(\"long\") }} te voldoen. Houdt iets de betaling op, wilt u ons dat dan laten weten, zodat wij het samen kunnen oplossen?\n\n",
                betaallink!(),
                vriendelijk!()
            ),
        ),
    ],
    // SecondFollowUp
    [
        (
            concat!("Nog even over ", fnr_bedrag!()),
            concat!(
                aanhef!(),
                "{% if reminders_sent %}Ik kom nog even terug op mijn eerdere bericht over{% else %}Ik neem contact met u op over{% endif %} ", fnr!(), " van ", open!(), ", ", met_vervaldatum!(), ".", deelbetaling!(warm), toezegging!(warm), " Ik weet hoe druk het kan zijn, dus ik wilde even vragen of we iets kunnen doen om het u makkelijker te maken.\n\n",
                betaallink!(),
                "Is er iets aan ", several!("de facturen", "de factuur"), " onduidelijk of moet er iets worden aangepast? Beantwoord dan gewoon deze e-mail, dan kijken we er meteen naar.\n\n",
                hartelijk!()
            ),
        ),
        (
            concat!("{% if reminders_sent %}Nieuwe herinnering{% else %}Betalingsherinnering{% endif %}: ", fnr_bedrag!()),
            concat!(
                aanhef!(),
                "{% if reminders_sent %}{% if last_sent_on %}Op {{ last_sent_on }}{% else %}Onlangs{% endif %} schreven wij u over{% else %}Wij schrijven u over{% endif %} ", fnr!(), " van ", open!(), ", ", met_vervaldatum!(), ".", deelbetaling!(neutral), toezegging!(neutral), " ", several!("Omdat de facturen nog openstaan, willen wij graag zeker weten dat zij bij de juiste persoon terecht zijn gekomen.", "Omdat de factuur nog openstaat, willen wij graag zeker weten dat zij bij de juiste persoon terecht is gekomen."), "\n\n",
                betaallink!(),
                "Kunt u ons laten weten wanneer wij de betaling kunnen verwachten, of bij wie wij hiervoor het best terechtkunnen?\n\n",
                vriendelijk!()
            ),
        ),
        (
            concat!(onderwerp!(), ": {% if reminders_sent %}nieuwe herinnering{% else %}betalingsherinnering{% endif %}"),
            concat!(
                aanhef!(),
                "{% if reminders_sent == \"1\" %}Dit is onze tweede herinnering voor{% else %}{% if reminders_sent %}Dit is een nieuwe herinnering voor{% else %}Wij schrijven u over{% endif %}{% endif %} ", fnr!(), " van ", open!(), verviel_en_open!(), deelbetaling!(firm), toezegging!(firm), "\n\n",
                "Wij stellen het op prijs als u de betaling uiterlijk op {{ today + 7 days | date(\"long\") }} regelt, of ons laat weten of er een reden is voor de vertraging, zodat wij samen naar een oplossing kunnen zoeken.\n\n",
                betaallink!(),
                vriendelijk!()
            ),
        ),
    ],
    // FirmFollowUp
    [
        (
            concat!("Kunnen we een betaaldatum afspreken voor ", fnr_bedrag!(), "?"),
            concat!(
                aanhef!(),
                "Ik neem{% if reminders_sent %} nog eens{% endif %} contact met u op over ", fnr!(), " van ", open!(), several!(", die nog openstaan; de oudste verviel op {{ due_date }}.", ", met vervaldatum {{ due_date }}, die nog openstaat."), deelbetaling!(warm), toezegging!(warm), " Ik wil dit graag regelen op een manier die voor u werkt.\n\n",
                "Kunt u mij uiterlijk op {{ today + 5 business days | date(\"long\") }} laten weten wanneer we de betaling kunnen verwachten? Komt het op dit moment niet goed uit, dan bespreken we graag de mogelijkheden, zoals een betalingsregeling.\n\n",
                betaallink!(),
                hartelijk!()
            ),
        ),
        (
            concat!(onderwerp!(), ": kunt u een betaaldatum bevestigen?"),
            concat!(
                aanhef!(),
                fnr_hoofd!(), " van ", open!(), ", ", met_vervaldatum!(), ", ", several!("staan", "staat"), " nog open{% if reminders_sent %}, ook na {{ reminders_sent | count(\"onze herinnering|onze # herinneringen\") }}{% endif %}.", deelbetaling!(neutral), toezegging!(neutral), "\n\n",
                "Kunt u ons uiterlijk op {{ today + 5 business days | date(\"long\") }} laten weten wanneer wij de betaling kunnen verwachten? Is er een probleem met ", several!("de facturen", "de factuur"), ", of wilt u liever in delen betalen? Laat het ons weten, dan doen wij ons best om u te helpen.\n\n",
                betaallink!(),
                vriendelijk!()
            ),
        ),
        (
            concat!(onderwerp!(), ": verzoek om een betaaldatum"),
            concat!(
                aanhef!(),
                fnr_hoofd!(), " van ", open!(), verviel_en!(), " ", several!("staan", "staat"), " nog open.", deelbetaling!(firm), toezegging!(firm), "{% if reminders_sent %} Wij hebben u {{ reminders_sent | count(\"een herinnering|# herinneringen\") }} gestuurd en willen nu graag met u afspreken hoe wij verder gaan.{% else %} Wij willen nu graag met u afspreken hoe wij verder gaan.{% endif %}\n\n",
                "Kunt u ons uiterlijk op {{ today + 5 business days | date(\"long\") }} laten weten op welke datum de betaling plaatsvindt? Hoe kunnen wij dit samen oplossen?\n\n",
                betaallink!(),
                vriendelijk!()
            ),
        ),
    ],
    // FinalNotice
    [
        (
            concat!(onderwerp!(), ": laten we dit samen oplossen"),
            concat!(
                aanhef!(),
                "Ik schrijf u{% if reminders_sent %} nogmaals{% endif %} over ", fnr!(), " van ", open!(), ", ", die_verviel!(), ".", deelbetaling!(warm), toezegging!(warm), " Ik los dit veel liever samen met u op, dus neem gerust contact met me op als iets de betaling lastig maakt: een betalingsregeling is altijd mogelijk.\n\n",
                "Voor de duidelijkheid: als we op {{ today + 10 days | date(\"long\") }} nog niets van u hebben gehoord, dragen we de vordering over aan ons incassobureau. Ik hoop dat het zover niet hoeft te komen.\n\n",
                betaallink!(),
                hartelijk!()
            ),
        ),
        (
            concat!("Laatste herinnering: ", fnr_bedrag!()),
            concat!(
                aanhef!(),
                "{% if reminders_sent %}Wij hebben u al eerder geschreven over ", fnr!(), " van ", open!(), ", ", die_verviel!(), ", en hebben dit nog niet samen met u kunnen oplossen.{% else %}", fnr_hoofd!(), " van ", open!(), ", ", die_verviel!(), ", ", several!("staan", "staat"), " nog open, en wij lossen dit graag samen met u op.{% endif %}", deelbetaling!(neutral), toezegging!(neutral), "\n\n",
                "Wij regelen dit veel liever rechtstreeks met u. Hebben wij uiterlijk op {{ today + 10 days | date(\"long\") }} geen betaling of bericht van u ontvangen, dan dragen wij de vordering over aan ons incassobureau, dat daarover contact met u zal opnemen.\n\n",
                "Is er een reden waarom betalen niet lukt? Neem dan vóór die datum contact met ons op: wij bespreken graag een betalingsregeling.\n\n",
                betaallink!(),
                vriendelijk!()
            ),
        ),
        (
            concat!("Laatste aanmaning: ", fnr_bedrag!()),
            concat!(
                aanhef!(),
                "Dit is onze laatste aanmaning voor ", fnr!(), " van ", open!(), several!(", die ", ", die op {{ due_date }} verviel en "), "{% if reminders_sent %}na {{ reminders_sent | count(\"onze herinnering|# herinneringen\") }} {% endif %}nog ", several!("openstaan; de oudste verviel op {{ due_date }}.", "openstaat."), deelbetaling!(firm), toezegging!(firm), "\n\n",
                "Hebben wij uiterlijk op {{ today + 10 days | date(\"long\") }} geen betaling ontvangen en ook geen betaaldatum met u afgesproken, dan dragen wij de vordering over aan ons incassobureau. Wij lossen dit liever rechtstreeks met u op, en een reactie vóór die datum is genoeg om dat gesprek te beginnen.\n\n",
                betaallink!(),
                vriendelijk!()
            ),
        ),
    ],
    // AgencyReferral
    [
        (
            concat!(onderwerp!(), ": stand van zaken"),
            concat!(
                aanhef!(),
                "Het spijt me dat we ", fnr!(), " van ", open!(), ", ", met_vervaldatum!(), ", niet samen hebben kunnen oplossen.", deelbetaling!(warm), "{% if reminders_sent %} Zoals aangekondigd in ons laatste bericht, is de vordering{% else %} De vordering is{% endif %} nu overgedragen aan ons incassobureau, dat contact met u zal opnemen.\n\n",
                "Wilt u toch liever rechtstreeks met ons afrekenen, of hebben we iets over het hoofd gezien? Neem dan gerust contact op: we horen graag van u.\n\n",
                betaallink!(),
                hartelijk!()
            ),
        ),
        (
            concat!(onderwerp!(), several!(" zijn", " is"), " overgedragen aan ons incassobureau"),
            concat!(
                aanhef!(),
                "{% if reminders_sent %}Na {{ reminders_sent | count(\"onze herinnering|onze herinneringen\") }} ", several!("zijn", "is"), " ", fnr!(), " van ", open!(), ", ", die_verviel!(), ", overgedragen{% else %}", fnr_hoofd!(), " van ", open!(), ", ", die_verviel!(), ", ", several!("zijn", "is"), " overgedragen{% endif %} aan ons incassobureau. Het bureau neemt contact met u op om de betaling te regelen.", deelbetaling!(neutral), "\n\n",
                "Betaalt u liever rechtstreeks aan ons? Laat ons dan weten wanneer u betaalt, zodat wij de overdracht kunnen intrekken. Wilt u de vordering met ons bespreken, beantwoord dan deze e-mail.\n\n",
                betaallink!(),
                vriendelijk!()
            ),
        ),
        (
            concat!(onderwerp!(), ": vordering overgedragen voor incasso"),
            concat!(
                aanhef!(),
                "Per {{ today }} ", several!("zijn", "is"), " ", fnr!(), " van ", open!(), ", ", die_verviel!(), ", overgedragen aan ons incassobureau, dat de vordering vanaf nu afhandelt.", deelbetaling!(firm), "\n\n",
                "Betaalt u rechtstreeks aan ons voordat het bureau contact met u opneemt, dan is de zaak daarmee afgedaan; stuurt u ons in dat geval een bericht wanneer u betaalt.\n\n",
                betaallink!(),
                vriendelijk!()
            ),
        ),
    ],
    // PaymentPlanProposal
    [
        (
            concat!("Een voorstel om het betalen van ", fnr_bedrag!(), " makkelijker te maken"),
            concat!(
                aanhef!(),
                "Ik begrijp dat het op dit moment misschien niet eenvoudig is om ", fnr!(), " van ", open!(), " in één keer te voldoen, dus ik wil u graag iets voorstellen dat kan helpen.", deelbetaling!(warm), "\n\n",
                "{% if plan_list %}\n",
                "U kunt wat ons betreft {% if plan_down_payment %}eerst {{ plan_down_payment }} betalen en de rest in {% else %}in {% endif %}{{ plan_count | count(\"# termijn|# termijnen\") }}, als volgt:\n\n",
                "{{ plan_list }}\n\n",
                "Kunt u mij uiterlijk op {{ plan_reply_by }} laten weten of dit voor u werkt? Past een andere regeling beter bij u, dan bespreek ik dat graag met u.\n",
                "{% else %}\n",
                "We vinden het prima als u het openstaande bedrag over een paar maandelijkse termijnen verdeelt. Kunt u mij uiterlijk op {{ plan_reply_by }} laten weten welk bedrag u per maand zou kunnen betalen?\n",
                "{% endif %}\n\n",
                hartelijk!()
            ),
        ),
        (
            concat!("Een betalingsregeling voor ", fnr_bedrag!()),
            concat!(
                aanhef!(),
                "Wij begrijpen dat het op dit moment misschien niet haalbaar is om ", fnr!(), " van ", open!(), " in één keer te betalen.", deelbetaling!(neutral), " Om u tegemoet te komen, spreken wij graag een betalingsregeling met u af.\n\n",
                "{% if plan_list %}\n",
                "Wij stellen {% if plan_down_payment %}een aanbetaling van {{ plan_down_payment }} en daarna {% endif %}{{ plan_count | count(\"# termijn|# termijnen\") }} voor, als volgt:\n\n",
                "{{ plan_list }}\n\n",
                "Kunt u ons uiterlijk op {{ plan_reply_by }} laten weten of deze regeling voor u werkt? Zo niet, dan staan wij open voor een ander voorstel.\n",
                "{% else %}\n",
                "Kunt u ons uiterlijk op {{ plan_reply_by }} laten weten welk bedrag u per maand zou kunnen betalen? Wij sturen u dan een betaalschema ter bevestiging.\n",
                "{% endif %}\n\n",
                vriendelijk!()
            ),
        ),
        (
            concat!(onderwerp!(), ": aanbod voor een betalingsregeling"),
            concat!(
                aanhef!(),
                "Om ", fnr!(), " van ", open!(), ", ", die_verviel!(), ", te regelen, bieden wij u de mogelijkheid om in termijnen te betalen.", deelbetaling!(firm), "\n\n",
                "{% if plan_list %}\n",
                "Wij stellen {% if plan_down_payment %}een aanbetaling van {{ plan_down_payment }} en daarna {% endif %}{{ plan_count | count(\"# termijn|# termijnen\") }} voor:\n\n",
                "{{ plan_list }}\n\n",
                "De regeling geldt als u haar uiterlijk op {{ plan_reply_by }} bevestigt; anders blijft het volledige bedrag verschuldigd.\n",
                "{% else %}\n",
                "Kunt u ons uiterlijk op {{ plan_reply_by }} laten weten welk bedrag u per maand kunt betalen, zodat wij een betaalschema kunnen opstellen? Anders blijft het volledige bedrag verschuldigd.\n",
                "{% endif %}\n\n",
                vriendelijk!()
            ),
        ),
    ],
    // SettlementOffer
    [
        (
            concat!("Een voorstel om ", fnr_bedrag!(), " af te ronden"),
            concat!(
                aanhef!(),
                "Ik zou graag een manier vinden om ", fnr!(), " van ", open!(), " af te ronden die voor ons allebei werkt.", deelbetaling!(warm), "\n\n",
                "{% if discount %}\n",
                "Als u uiterlijk op {{ discount_deadline | date(\"weekday\") }} een bedrag van {{ discount_net }} betaalt, beschouwen wij ", several!("de facturen", "de factuur"), " daarmee als volledig voldaan: een besparing van {{ discount_amount }} ({{ discount_percent }}).\n",
                "{% else %}\n",
                "Is het lastig om het volledige bedrag te betalen? Dan staan wij open voor een lager bedrag als volledige betaling. Kunt u mij laten weten wat u zou kunnen betalen, en wanneer?\n",
                "{% endif %}\n\n",
                betaallink!(),
                hartelijk!()
            ),
        ),
        (
            concat!(onderwerp!(), ": schikkingsvoorstel"),
            concat!(
                aanhef!(),
                "Wij willen ", fnr!(), " van ", open!(), ", ", die_verviel!(), ", graag afronden en doen u daarom het volgende voorstel.", deelbetaling!(neutral), "\n\n",
                "{% if discount %}\n",
                "Ontvangen wij uiterlijk op {{ discount_deadline }} een bedrag van {{ discount_net }}, dan aanvaarden wij dat als volledige betaling van ", several!("de facturen", "de factuur"), ": een korting van {{ discount_amount }} ({{ discount_percent }}).\n",
                "{% else %}\n",
                "Wij zijn bereid een lager bedrag als volledige betaling te aanvaarden. Kunt u ons laten weten wat u zou kunnen betalen, en wanneer?\n",
                "{% endif %}\n\n",
                betaallink!(),
                vriendelijk!()
            ),
        ),
        (
            concat!(onderwerp!(), ": schikkingsvoorstel met een uiterste datum"),
            concat!(
                aanhef!(),
                fnr_hoofd!(), " van ", open!(), verviel_en!(), " ", several!("staan", "staat"), " nog open.", deelbetaling!(firm), " Om dit af te ronden, doen wij u het volgende voorstel.\n\n",
                "{% if discount %}\n",
                "Wij aanvaarden {{ discount_net }} als volledige betaling, een korting van {{ discount_amount }} ({{ discount_percent }}), als de betaling uiterlijk op {{ discount_deadline }} bij ons binnen is. Na die datum vervalt dit aanbod en blijft het volledige bedrag verschuldigd.\n",
                "{% else %}\n",
                "Wij zijn bereid een lager bedrag als volledige betaling te overwegen als u uiterlijk op {{ today + 7 days | date(\"long\") }} reageert. Na die datum blijft het volledige bedrag verschuldigd.\n",
                "{% endif %}\n\n",
                betaallink!(),
                vriendelijk!()
            ),
        ),
    ],
    // InstallmentDueSoon
    [
        (
            "Uw volgende termijn{% if plan_next_date %}: {{ plan_next_amount }} op {{ plan_next_date }}{% endif %}",
            concat!(
                aanhef!(),
                "Een korte herinnering: de volgende termijn van onze regeling voor ", fnr!(), "{% if plan_next_date %}, {{ plan_next_amount }}, vervalt op {{ plan_next_date | date(\"weekday\") }}{% else %} vervalt binnenkort{% endif %}. Dank u wel dat u zich tot nu toe zo goed aan de regeling houdt; dat waardeer ik zeer.\n\n",
                betaallink!(),
                "Is er bij u iets veranderd? Laat het me dan tijdig weten, dan vinden we samen een oplossing.\n\n",
                hartelijk!()
            ),
        ),
        (
            concat!("Volgende termijn voor ", fnr_bedrag!()),
            concat!(
                aanhef!(),
                "Wij herinneren u eraan dat de volgende termijn van de afgesproken betalingsregeling voor ", fnr!(), "{% if plan_next_date %}, {{ plan_next_amount }}, op {{ plan_next_date | date(\"weekday\") }} vervalt{% else %} binnenkort vervalt{% endif %}.\n\n",
                betaallink!(),
                "Verwacht u problemen met deze betaling? Laat het ons dan vóór de vervaldatum weten, zodat wij het kunnen bespreken.\n\n",
                vriendelijk!()
            ),
        ),
        NONE,
    ],
    // InstallmentMissed
    [
        (
            "Even navragen: uw termijnbetaling",
            concat!(
                aanhef!(),
                "Ik hoop dat alles goed met u gaat. Het viel me op dat de termijn{% if plan_next_date %} van {{ plan_next_amount }}{% endif %} voor ", fnr!(), "{% if plan_next_date %}, die op {{ plan_next_date }} verviel,{% endif %} nog niet binnen is. Misschien is het gewoon een kwestie van timing.\n\n",
                "Kunt u me laten weten wanneer ik de betaling kan verwachten? Past de regeling niet meer bij u, dan pas ik haar veel liever samen met u aan dan dat ze vervalt.\n\n",
                betaallink!(),
                hartelijk!()
            ),
        ),
        (
            concat!("Termijnbetaling voor ", fnr_bedrag!()),
            concat!(
                aanhef!(),
                "Wij hebben de {% if plan_next_date %}betaling van {{ plan_next_amount }}, die volgens de afgesproken regeling voor ", fnr!(), " op {{ plan_next_date }} verviel,{% else %}termijnbetaling volgens de afgesproken regeling voor ", fnr!(), "{% endif %} nog niet ontvangen.\n\n",
                "Kunt u ons laten weten wanneer wij deze kunnen verwachten? Past de regeling niet meer bij u, dan passen wij haar liever samen aan dan dat ze vervalt.\n\n",
                betaallink!(),
                vriendelijk!()
            ),
        ),
        (
            concat!(onderwerp!(), ": termijnbetaling niet ontvangen"),
            concat!(
                aanhef!(),
                "De {% if plan_next_date %}betaling van {{ plan_next_amount }}, die volgens de afgesproken regeling voor ", fnr!(), " op {{ plan_next_date }} verviel,{% else %}termijnbetaling volgens de afgesproken regeling voor ", fnr!(), "{% endif %} hebben wij niet ontvangen.\n\n",
                "De regeling werkt alleen als elke termijn op tijd binnenkomt, en wij houden haar graag voor u in stand. Kunt u ons uiterlijk op {{ today + 3 business days | date(\"long\") }} laten weten wanneer deze betaling wordt gedaan?\n\n",
                betaallink!(),
                vriendelijk!()
            ),
        ),
    ],
    // PromiseConfirmation
    [
        (
            "Dank u wel: betaling van {{ balance }}{% if promise_date %} uiterlijk {{ promise_date }}{% endif %}",
            concat!(
                aanhef!(),
                "Dank u wel voor uw reactie. Ter bevestiging: u betaalt {{ balance }} voor ", fnr!(), "{% if promise_date %} uiterlijk op {{ promise_date | date(\"weekday\") }}{% endif %}. Ik heb dat genoteerd en stuur tot die datum geen herinneringen.\n\n",
                betaallink!(),
                hartelijk!()
            ),
        ),
        (
            concat!("Bevestiging: betaling van ", fnr_bedrag!(), "{% if promise_date %} uiterlijk {{ promise_date }}{% endif %}"),
            concat!(
                aanhef!(),
                "Dank u wel voor uw bericht dat de betaling van {{ balance }} voor ", fnr!(), "{% if promise_date %} uiterlijk op {{ promise_date | date(\"weekday\") }}{% else %} binnenkort{% endif %} wordt gedaan. Wij hebben dit genoteerd en zetten onze herinneringen tot die datum stil.\n\n",
                betaallink!(),
                vriendelijk!()
            ),
        ),
        NONE,
    ],
    // PromiseMissed
    [
        (
            concat!("Even navragen over ", fnr_bedrag!()),
            concat!(
                aanhef!(),
                "Nogmaals dank dat u me liet weten dat ", fnr!(), "{% if promise_date %} uiterlijk op {{ promise_date }}{% else %} binnenkort{% endif %} betaald ", several!("zouden", "zou"), " worden. Ik heb de betaling van {{ balance }} nog niet zien binnenkomen, dus ik wilde even nagaan of alles in orde is.\n\n",
                "Kunt u me laten weten wanneer ik de betaling nu kan verwachten? Is er iets veranderd, dan zoeken we graag samen naar een andere oplossing.\n\n",
                betaallink!(),
                hartelijk!()
            ),
        ),
        (
            concat!(onderwerp!(), ": betaling verwacht{% if promise_date %} op {{ promise_date }}{% endif %}"),
            concat!(
                aanhef!(),
                "Nogmaals dank voor uw bevestiging dat ", fnr!(), "{% if promise_date %} uiterlijk op {{ promise_date }}{% else %} binnenkort{% endif %} betaald ", several!("zouden", "zou"), " worden. Wij hebben de betaling van {{ balance }} nog niet ontvangen en willen graag nagaan of alles in orde is.\n\n",
                "Kunt u ons laten weten wanneer wij de betaling nu kunnen verwachten? Is er iets veranderd, hoe kunnen wij dit dan samen oplossen?\n\n",
                betaallink!(),
                vriendelijk!()
            ),
        ),
        (
            concat!(onderwerp!(), ": afgesproken betaaldatum verstreken"),
            concat!(
                aanhef!(),
                "Wij hadden afgesproken dat ", fnr!(), "{% if promise_date %} uiterlijk op {{ promise_date }}{% endif %} betaald ", several!("zouden", "zou"), " worden, en wij hebben de betaling van {{ balance }} nog niet ontvangen.\n\n",
                "Kunt u ons uiterlijk op {{ today + 3 business days | date(\"long\") }} laten weten wanneer de betaling wordt gedaan? Horen wij tot die datum niets van u, dan hervatten wij onze gebruikelijke herinneringen.\n\n",
                betaallink!(),
                vriendelijk!()
            ),
        ),
    ],
    // DisputeAcknowledgement
    [
        (
            concat!("Uw vraag over ", fnr_bedrag!()),
            concat!(
                aanhef!(),
                "Dank u wel dat u uw vragen over ", fnr_bedrag!(), " met me deelt. Ik heb alle herinneringen voor ", several!("deze facturen", "deze factuur"), " stilgezet terwijl we dit samen uitzoeken.\n\n",
                "Kunt u me de details sturen, zodat we het snel kunnen oplossen? Om welke posten of bedragen gaat het, en heeft u iets waaruit blijkt wat u had verwacht, zoals een inkooporder, een offerte of een pakbon?\n\n",
                "Ik heb er vertrouwen in dat we dit snel kunnen oplossen, en ik kom bij u terug zodra ik alles heb bekeken.\n\n",
                hartelijk!()
            ),
        ),
        (
            concat!("Uw vraag over ", fnr_bedrag!(), " is in behandeling"),
            concat!(
                aanhef!(),
                "Dank u wel voor uw vraag over ", fnr!(), " van ", if_several!("in totaal "), "{{ amount }}. Wij hebben alle betalingsherinneringen voor ", several!("deze facturen stilgezet zolang wij ze beoordelen", "deze factuur stilgezet zolang wij haar beoordelen"), ".\n\n",
                "Kunt u ons, zodat wij dit kunnen oplossen, de details sturen: om welke posten of bedragen gaat het, en welke stukken ondersteunen uw standpunt (bijvoorbeeld een inkooporder of een pakbon)?\n\n",
                "Wij hebben er vertrouwen in dat dit snel kan worden opgelost, en wij komen bij u terug zodra wij de details hebben bekeken.\n\n",
                vriendelijk!()
            ),
        ),
        NONE,
    ],
    // StatutoryInterestNotice
    [
        (
            concat!(onderwerp!(), ": rente wegens te late betaling"),
            concat!(
                aanhef!(),
                "Ik wilde u schrijven over ", fnr!(), " van ", open!(), verviel_en_open!(), deelbetaling!(warm), "\n\n",
                "{% if statutory %}\n",
                wettelijke_grondslag!(),
                "Per {{ today }} komt dat neer op {{ statutory_interest }} aan rente en {{ statutory_compensation }} aan vergoeding voor incassokosten, samen {{ statutory_total }}.\n\n",
                "Het liefst rond ik gewoon ", several!("de facturen", "de factuur"), " zelf af: is het openstaande bedrag van {{ balance }} uiterlijk op {{ today + 14 days | date(\"long\") }} bij ons binnen, dan zien we graag af van deze kosten.\n\n",
                "{% endif %}\n",
                betaallink!(),
                hartelijk!()
            ),
        ),
        (
            concat!(onderwerp!(), ": wettelijke rente en vergoeding"),
            concat!(
                aanhef!(),
                fnr_hoofd!(), " van ", open!(), verviel_en!(), " ", several!("zijn", "is"), " nog niet voldaan.", deelbetaling!(neutral), "\n\n",
                "{% if statutory %}\n",
                wettelijke_grondslag!(),
                "Per {{ today }} bedraagt de rente {{ statutory_interest }} en de vergoeding voor incassokosten {{ statutory_compensation }}: samen {{ statutory_total }}, bovenop het openstaande bedrag van {{ balance }}. De rente loopt door tot de dag van betaling.\n\n",
                "{% endif %}\n",
                "Is er een reden waarom betalen niet mogelijk was? Laat het ons dan weten: wij spreken liever samen een oplossing af.\n\n",
                betaallink!(),
                vriendelijk!()
            ),
        ),
        (
            concat!(onderwerp!(), ": aanspraak op wettelijke rente en vergoeding"),
            concat!(
                aanhef!(),
                fnr_hoofd!(), " van ", open!(), verviel_en!(), " ", several!("staan", "staat"), " nog open.", deelbetaling!(firm), "\n\n",
                "{% if statutory %}\n",
                wettelijke_grondslag!(),
                "Per {{ today }} maken wij aanspraak op {{ statutory_interest }} aan rente en {{ statutory_compensation }} aan vergoeding voor incassokosten, samen {{ statutory_total }}, bovenop het openstaande bedrag van {{ balance }}. De rente loopt door tot de dag van betaling.\n\n",
                "{% endif %}\n",
                "Kunt u ons uiterlijk op {{ today + 7 days | date(\"long\") }} laten weten wanneer de betaling wordt gedaan?\n\n",
                betaallink!(),
                vriendelijk!()
            ),
        ),
    ],
    // ThankYou
    [
        (
            "Hartelijk dank voor uw betaling",
            concat!(
                aanhef!(),
                "Hartelijk dank voor uw betaling van {% if part_paid %}{{ balance }}{% else %}{{ amount }}{% endif %} voor ", fnr!(), "; die hebben we in goede orde ontvangen{% if part_paid %}, en daarmee ", several!("zijn de facturen", "is de factuur"), " volledig voldaan{% endif %}. Dat waardeer ik echt.\n\n",
                "Het is altijd een plezier om met u samen te werken, en ik kijk uit naar het volgende project.\n\n",
                hartelijk!()
            ),
        ),
        (
            concat!("Betaling ontvangen: ", fnr_bedrag!()),
            concat!(
                aanhef!(),
                "Hartelijk dank voor uw betaling van {% if part_paid %}{{ balance }}{% else %}{{ amount }}{% endif %} voor ", fnr!(), ", die wij inmiddels hebben ontvangen. ", several!("De facturen zijn", "De factuur is"), " daarmee volledig voldaan.\n\n",
                "Wij waarderen uw vertrouwen en werken graag weer met u samen.\n\n",
                vriendelijk!()
            ),
        ),
        NONE,
    ],
    // FormalDemand
    [
        NONE,
        NONE,
        (
            concat!("{% if statutory_law == \"nl\" %}Sommatie en ingebrekestelling{% else %}Formele betalingsaanmaning{% endif %}: ", fnr_bedrag!()),
            concat!(
                aanhef!(),
                fnr_hoofd!(), " van ", open!(), verviel_en!(), " ", several!("zijn", "is"), " nog niet{% if part_paid %} volledig{% endif %} betaald{% if reminders_sent %}, ook niet na {{ reminders_sent | count(\"onze herinnering|onze # herinneringen\") }}{% endif %}.", deelbetaling!(firm), "\n\n",
                "{% if statutory_law == \"nl\" %}\n",
                "Hierbij sommeren wij u het openstaande bedrag van {{ balance }} te betalen binnen veertien dagen na de dag waarop u deze brief ontvangt. Voor zover u nog niet in verzuim bent, stellen wij u hierbij in gebreke (artikel 6:82 BW).",
                "{% if statutory_claimed %} Over het openstaande bedrag bent u vanaf de dag na de vervaldatum de wettelijke handelsrente verschuldigd (artikel 6:119a BW); op {{ today }} bedraagt deze {{ statutory_interest }}.{% if statutory_collection_costs %}{% if client_sole_trader %} Betaalt u niet binnen deze termijn van veertien dagen, dan bent u daarnaast {{ statutory_collection_costs }} aan buitengerechtelijke incassokosten verschuldigd (artikel 6:96 BW en het Besluit vergoeding voor buitengerechtelijke incassokosten).{% else %} Daarnaast maken wij aanspraak op vergoeding van de buitengerechtelijke incassokosten van {{ statutory_collection_costs }} (artikel 6:96 BW en het Besluit vergoeding voor buitengerechtelijke incassokosten).{% endif %}{% endif %}{% else %} Wij behouden ons het recht voor de wettelijke handelsrente (artikel 6:119a BW) en de buitengerechtelijke incassokosten (artikel 6:96 BW) in rekening te brengen.{% endif %}\n\n",
                "Blijft betaling binnen deze termijn uit, dan zullen wij de vordering zonder nadere aankondiging aan de rechter voorleggen. Wij lossen dit nog altijd liever samen met u op: neem vóór het verstrijken van de termijn contact met ons op als u een betalingsregeling wilt afspreken.\n",
                "{% else %}\n",
                "Hierbij verzoeken wij u formeel het openstaande bedrag van {{ balance }} uiterlijk op {{ today + 14 days | date(\"long\") }} te betalen.",
                "{% if statutory_claimed %} Daarnaast maken wij aanspraak op de rente en vergoedingen die de wet bij te late betaling tussen bedrijven toekent: per {{ today }} {{ statutory_interest }} aan rente ({{ statutory_interest_law }}){% if statutory_compensation_law %} en {{ statutory_compensation }} aan vergoeding ({{ statutory_compensation_law }}){% endif %}{% if statutory_collection_costs %}, met {{ statutory_collection_costs }} aan incassokosten{% endif %}, samen {{ statutory_total }}. De rente loopt door tot de dag van betaling.{% endif %}\n\n",
                "Blijft betaling binnen deze termijn uit, dan zullen wij de vordering aan de rechter voorleggen. Wij lossen dit nog altijd liever samen met u op: neem vóór die datum contact met ons op als u een betalingsregeling wilt afspreken.\n",
                "{% endif %}\n\n",
                betaallink!(),
                vriendelijk!()
            ),
        ),
    ],
];

const OP_DATUM: &str =
    "uiterlijk op een concrete datum, bijvoorbeeld \"uiterlijk op vrijdag 12 juni\"";
const NOG_NIET: &str = "wij hebben de betaling nog niet ontvangen";
const GEEN_REACTIE: &str = "wij hebben nog geen reactie van u ontvangen";
const NIET_BEREIKT: &str = "wij hebben u nog niet kunnen bereiken";
const AFGESPROKEN: &str = "de afgesproken datum is verstreken";
const MISVERSTAND: &str = "er lijkt sprake van een misverstand";
const VERGISSING: &str = "er lijkt iets mis te zijn gegaan";
const WAT_GEBEURD: &str = "wij willen graag begrijpen wat er is gebeurd";
const OPHOUDT: &str = "wij willen graag begrijpen wat de betaling ophoudt";
const KANT: &str = "wij willen graag uw kant van het verhaal begrijpen";
const WANNEER: &str = "kunt u ons laten weten wanneer wij de betaling kunnen verwachten?";
const DATUM_AFSPREKEN: &str = "kunnen wij een betaaldatum afspreken?";
const BETALING_REGELEN: &str = "wij vragen u de betaling te regelen";
const VOLGENDE_STAP: &str =
    "onze volgende stap zou zijn de vordering over te dragen aan ons incassobureau";
const VOLGENDE: &str = "onze volgende stap zou zijn";
const VOOR_VOLGENDE: &str = "wij lossen dit graag op vóór de volgende stap";
const SAMEN: &str = "wij lossen dit veel liever samen op";
const DUIDELIJKHEID: &str = "voor de duidelijkheid";
const SAMENGEVAT: &str = "kort samengevat";
const EERDERE_MAIL: &str = "ik kom terug op mijn e-mail van [datum]";
const NOGMAALS: &str = "nogmaals";
const OPLOSSEN: &str = "wij willen dit graag oplossen";
const ZORG: &str = "dit baart ons zorgen";
const GEHOOPT: &str = "wij hadden gehoopt dit eerder op te lossen";
const LATER: &str = "de betalingen kwamen later dan afgesproken";
const SCHULD: &str = "het openstaande bedrag van de factuur is";
const HERINNERING: &str = "ter herinnering";
const ONTGAAN: &str = "voor het geval het u is ontgaan";
const EERDER: &str = "zoals bij eerdere facturen";
const ZO_WERKT: &str = "zo werkt het:";
const ANDERS: &str = "wij zien dit anders";
const DRUK: &str = "ik weet hoe druk het kan zijn";
const REACTIE: &str = "dank u voor uw reactie";
const WAARDEREN: &str = "wij waarderen de samenwerking met u";
const REKENDEN: &str = "wij rekenden op de afgesproken datum";
const FLEXIBEL: &str = "wij hebben geprobeerd flexibel te zijn";
const HULP: &str = "wij stellen uw hulp bij het oplossen hiervan zeer op prijs";
const OMVANG: &str = "voor een bedrijf van onze omvang maakt tijdige betaling veel uit";

/// Dutch phrases (u-form): (lower-case phrase, kind, suggestion).
static PHRASES: &[Phrase] = {
    use ToneKind::*;
    &[
        // Verwijten.
        ("u heeft nagelaten", Accusatory, NOG_NIET),
        ("u hebt nagelaten", Accusatory, NOG_NIET),
        ("u heeft niet betaald", Accusatory, NOG_NIET),
        ("u hebt niet betaald", Accusatory, NOG_NIET),
        ("u heeft nog steeds niet", Accusatory, NOG_NIET),
        ("u hebt nog steeds niet", Accusatory, NOG_NIET),
        ("u heeft niet eens", Accusatory, GEEN_REACTIE),
        ("u hebt niet eens", Accusatory, GEEN_REACTIE),
        ("u bent in gebreke", Accusatory, NOG_NIET),
        ("u negeert", Accusatory, GEEN_REACTIE),
        ("u heeft ons genegeerd", Accusatory, GEEN_REACTIE),
        ("u hebt ons genegeerd", Accusatory, GEEN_REACTIE),
        ("u blijft ons negeren", Accusatory, GEEN_REACTIE),
        ("u reageert niet", Accusatory, GEEN_REACTIE),
        ("u ontwijkt ons", Accusatory, NIET_BEREIKT),
        (
            "u weigert",
            Accusatory,
            "wij hebben nog geen overeenstemming kunnen bereiken",
        ),
        ("u bent ons verschuldigd", Accusatory, SCHULD),
        ("u bent ons schuldig", Accusatory, SCHULD),
        ("u ons schuldig bent", Accusatory, SCHULD),
        ("u ons nog schuldig bent", Accusatory, SCHULD),
        ("wij eisen", Accusatory, "wij vragen u"),
        ("we eisen", Accusatory, "we vragen u"),
        ("wij willen ons geld", Accusatory, BETALING_REGELEN),
        ("we willen ons geld", Accusatory, BETALING_REGELEN),
        ("u moet betalen", Accusatory, "kunt u de betaling regelen?"),
        ("geen excuus", Accusatory, WAT_GEBEURD),
        ("het is uw schuld", Accusatory, WAT_GEBEURD),
        ("uw eigen schuld", Accusatory, WAT_GEBEURD),
        ("uw nalatigheid", Accusatory, "de vertraging"),
        ("wanbetaling", Accusatory, "het openstaande bedrag"),
        ("u had beloofd", Accusatory, "u gaf aan dat"),
        ("u beweerde", Accusatory, "u gaf aan"),
        ("u heeft ons voorgelogen", Accusatory, MISVERSTAND),
        ("u hebt ons voorgelogen", Accusatory, MISVERSTAND),
        ("u bent uw belofte niet nagekomen", Accusatory, AFGESPROKEN),
        (
            "u bent uw afspraken niet nagekomen",
            Accusatory,
            AFGESPROKEN,
        ),
        ("u komt uw afspraken niet na", Accusatory, AFGESPROKEN),
        ("u houdt zich niet aan", Accusatory, AFGESPROKEN),
        ("u houdt ons aan het lijntje", Accusatory, DATUM_AFSPREKEN),
        ("u bent niet van plan", Accusatory, WANNEER),
        // Dreigementen.
        ("laatste waarschuwing", Threatening, "laatste herinnering"),
        ("wij zien ons genoodzaakt", Threatening, VOLGENDE),
        ("zien wij ons genoodzaakt", Threatening, VOLGENDE),
        ("zien we ons genoodzaakt", Threatening, VOLGENDE),
        ("wij zijn genoodzaakt", Threatening, VOLGENDE),
        ("zijn wij genoodzaakt", Threatening, VOLGENDE),
        ("wij zullen niet aarzelen", Threatening, VOLGENDE),
        ("we zullen niet aarzelen", Threatening, VOLGENDE),
        ("gerechtelijke stappen", Threatening, VOLGENDE_STAP),
        ("juridische stappen", Threatening, VOLGENDE_STAP),
        ("naar de rechter", Threatening, VOLGENDE_STAP),
        ("voor de rechter slepen", Threatening, VOLGENDE_STAP),
        ("advocaat inschakelen", Threatening, VOLGENDE_STAP),
        ("schakelen wij onze advocaat in", Threatening, VOLGENDE_STAP),
        ("schakelen we onze advocaat in", Threatening, VOLGENDE_STAP),
        ("deurwaarder", Threatening, VOLGENDE_STAP),
        ("beslag leggen", Threatening, VOLGENDE_STAP),
        ("bkr-registratie", Threatening, VOOR_VOLGENDE),
        ("bij het bkr", Threatening, VOOR_VOLGENDE),
        ("ernstige gevolgen", Threatening, VOLGENDE),
        ("ernstige consequenties", Threatening, VOLGENDE),
        ("de gevolgen dragen", Threatening, VOLGENDE),
        ("met alle gevolgen van dien", Threatening, VOLGENDE),
        ("dit is uw laatste kans", Threatening, VOOR_VOLGENDE),
        ("laatste kans", Threatening, VOOR_VOLGENDE),
        ("ons geduld is op", Threatening, VOOR_VOLGENDE),
        ("ons geduld raakt op", Threatening, VOOR_VOLGENDE),
        ("ons geduld is ten einde", Threatening, VOOR_VOLGENDE),
        ("spijt van krijgen", Threatening, SAMEN),
        ("dit gaat u berouwen", Threatening, SAMEN),
        ("dit laten wij er niet bij zitten", Threatening, SAMEN),
        ("dit laten we er niet bij zitten", Threatening, SAMEN),
        ("u bent gewaarschuwd", Threatening, DUIDELIJKHEID),
        ("u laat ons geen keus", Threatening, VOLGENDE),
        ("u laat ons geen keuze", Threatening, VOLGENDE),
        ("geen andere keus dan", Threatening, VOLGENDE),
        ("geen andere keuze dan", Threatening, VOLGENDE),
        // Oordelen over het gedrag.
        ("onacceptabel", Shaming, ZORG),
        ("onaanvaardbaar", Shaming, ZORG),
        ("schandalig", Shaming, ZORG),
        ("schandelijk", Shaming, ZORG),
        ("een schande", Shaming, ZORG),
        ("ongehoord", Shaming, ZORG),
        ("stuitend", Shaming, ZORG),
        ("u zou zich moeten schamen", Shaming, ZORG),
        ("schaamt u zich niet", Shaming, ZORG),
        ("onverantwoordelijk", Shaming, ZORG),
        ("bedroevend", Shaming, ZORG),
        ("wanbetaler", Shaming, "klant"),
        ("wanbetalers", Shaming, "klanten"),
        ("slechte betaler", Shaming, "klant"),
        ("slechte betalers", Shaming, "klanten"),
        ("te kwader trouw", Shaming, KANT),
        ("wij zijn teleurgesteld", Shaming, "wij hadden gehoopt"),
        ("we zijn teleurgesteld", Shaming, "we hadden gehoopt"),
        ("zeer teleurgesteld", Shaming, "wij hadden gehoopt"),
        ("diep teleurgesteld", Shaming, GEHOOPT),
        ("wij hadden meer van u verwacht", Shaming, GEHOOPT),
        // Beledigingen.
        ("uw excuses zijn belachelijk", Insult, OPHOUDT),
        ("smoesjes", Insult, OPHOUDT),
        ("dit is belachelijk", Insult, ZORG),
        ("het is belachelijk dat", Insult, ZORG),
        ("armzalig", Insult, ZORG),
        ("erbarmelijk", Insult, ZORG),
        ("is een grap", Insult, ZORG),
        ("een aanfluiting", Insult, ZORG),
        ("onprofessioneel", Insult, ZORG),
        ("amateuristisch", Insult, VERGISSING),
        ("prutswerk", Insult, VERGISSING),
        ("incompetent", Insult, VERGISSING),
        ("incompetentie", Insult, "deze vergissing"),
        ("onbekwaam", Insult, VERGISSING),
        ("leugenaar", Insult, MISVERSTAND),
        ("leugenaars", Insult, MISVERSTAND),
        ("u liegt", Insult, MISVERSTAND),
        ("u bent onbetrouwbaar", Insult, LATER),
        ("typisch voor u", Insult, EERDER),
        ("u houdt ons voor de gek", Insult, KANT),
        ("u neemt ons in de maling", Insult, KANT),
        ("hoe durft u", Insult, ANDERS),
        ("kunt u niet lezen", Insult, ONTGAAN),
        ("leest u überhaupt", Insult, ONTGAAN),
        ("zo moeilijk is dat toch niet", Insult, ZO_WERKT),
        ("dat is toch niet zo moeilijk", Insult, ZO_WERKT),
        ("zelfs een kind", Insult, ZO_WERKT),
        // Sarcasme.
        ("zoals u ongetwijfeld weet", Sarcasm, HERINNERING),
        ("zoals u ongetwijfeld bekend is", Sarcasm, HERINNERING),
        ("zoals u vast wel weet", Sarcasm, HERINNERING),
        ("zoals u heel goed weet", Sarcasm, HERINNERING),
        ("zoals u maar al te goed weet", Sarcasm, HERINNERING),
        ("voor het geval u het vergeten bent", Sarcasm, HERINNERING),
        ("niet dat u het zou merken", Sarcasm, ONTGAAN),
        ("niet dat u het gemerkt heeft", Sarcasm, ONTGAAN),
        ("niet dat u het gemerkt hebt", Sarcasm, ONTGAAN),
        ("niet dat het u iets kan schelen", Sarcasm, HULP),
        ("bedankt voor niets", Sarcasm, GEEN_REACTIE),
        ("bedankt voor helemaal niets", Sarcasm, GEEN_REACTIE),
        ("u heeft het vast heel druk", Sarcasm, DRUK),
        ("u hebt het vast heel druk", Sarcasm, DRUK),
        ("wat een verrassing", Sarcasm, NOG_NIET),
        ("verrassing, verrassing", Sarcasm, NOG_NIET),
        ("fijn dat u eindelijk", Sarcasm, REACTIE),
        ("leuk dat u eindelijk", Sarcasm, REACTIE),
        // Irritatie tussen de regels.
        (
            "zoals in mijn vorige e-mail",
            PassiveAggressive,
            EERDERE_MAIL,
        ),
        ("zoals in mijn vorige mail", PassiveAggressive, EERDERE_MAIL),
        (
            "zoals in mijn vorige bericht",
            PassiveAggressive,
            EERDERE_MAIL,
        ),
        (
            "zoals in mijn laatste e-mail",
            PassiveAggressive,
            EERDERE_MAIL,
        ),
        (
            "zoals in mijn laatste mail",
            PassiveAggressive,
            EERDERE_MAIL,
        ),
        (
            "zoals vermeld in mijn vorige e-mail",
            PassiveAggressive,
            EERDERE_MAIL,
        ),
        (
            "zoals aangegeven in mijn vorige e-mail",
            PassiveAggressive,
            EERDERE_MAIL,
        ),
        ("zoals eerder vermeld", PassiveAggressive, SAMENGEVAT),
        ("zoals eerder aangegeven", PassiveAggressive, SAMENGEVAT),
        ("zoals reeds vermeld", PassiveAggressive, SAMENGEVAT),
        ("zoals reeds aangegeven", PassiveAggressive, SAMENGEVAT),
        ("zoals ik al zei", PassiveAggressive, SAMENGEVAT),
        ("zoals ik al eerder zei", PassiveAggressive, SAMENGEVAT),
        ("zoals al gezegd", PassiveAggressive, SAMENGEVAT),
        ("zoals al eerder gezegd", PassiveAggressive, SAMENGEVAT),
        ("zoals ik u al eerder", PassiveAggressive, SAMENGEVAT),
        ("zoals wij u al eerder", PassiveAggressive, SAMENGEVAT),
        ("ik herhaal", PassiveAggressive, SAMENGEVAT),
        ("voor de laatste keer", PassiveAggressive, NOGMAALS),
        ("voor de zoveelste keer", PassiveAggressive, NOGMAALS),
        ("hoe vaak moet ik nog", PassiveAggressive, NOGMAALS),
        ("hoe vaak moeten wij nog", PassiveAggressive, NOGMAALS),
        ("wij zijn het zat", PassiveAggressive, OPLOSSEN),
        ("we zijn het zat", PassiveAggressive, OPLOSSEN),
        ("ik ben het zat", PassiveAggressive, OPLOSSEN),
        ("genoeg is genoeg", PassiveAggressive, OPLOSSEN),
        ("het is nu wel genoeg geweest", PassiveAggressive, OPLOSSEN),
        ("u zult toch wel", PassiveAggressive, "misschien"),
        ("met alle respect", PassiveAggressive, ANDERS),
        // Druk zonder datum.
        ("onmiddellijk", Urgency, OP_DATUM),
        ("onmiddellijke", Urgency, OP_DATUM),
        ("onverwijld", Urgency, OP_DATUM),
        ("per omgaande", Urgency, OP_DATUM),
        ("per direct", Urgency, OP_DATUM),
        ("dringend", Urgency, OP_DATUM),
        ("urgent", Urgency, OP_DATUM),
        ("met spoed", Urgency, OP_DATUM),
        ("asap", Urgency, OP_DATUM),
        ("z.s.m", Urgency, OP_DATUM),
        ("zonder uitstel", Urgency, OP_DATUM),
        ("zonder verder uitstel", Urgency, OP_DATUM),
        ("binnen 24 uur", Urgency, OP_DATUM),
        ("de tijd dringt", Urgency, OP_DATUM),
        ("de klok tikt", Urgency, OP_DATUM),
        ("betaal nu", Urgency, "u kunt uiterlijk op [datum] betalen"),
        (
            "betaal direct",
            Urgency,
            "u kunt uiterlijk op [datum] betalen",
        ),
        ("wij verwachten de betaling nu", Urgency, WANNEER),
        ("we verwachten de betaling nu", Urgency, WANNEER),
        // Schuldgevoel.
        ("na alles wat wij voor u", GuiltTrip, WAARDEREN),
        ("na alles wat we voor u", GuiltTrip, WAARDEREN),
        ("wij hebben u vertrouwd", GuiltTrip, REKENDEN),
        ("we hebben u vertrouwd", GuiltTrip, REKENDEN),
        (
            "wij dachten dat wij u konden vertrouwen",
            GuiltTrip,
            REKENDEN,
        ),
        ("u heeft ons teleurgesteld", GuiltTrip, GEHOOPT),
        ("u hebt ons teleurgesteld", GuiltTrip, GEHOOPT),
        ("u heeft ons in de steek gelaten", GuiltTrip, GEHOOPT),
        ("u hebt ons in de steek gelaten", GuiltTrip, GEHOOPT),
        ("verplaats u in onze", GuiltTrip, HULP),
        ("verplaats u eens in onze", GuiltTrip, HULP),
        ("verplaatst u zich eens in onze", GuiltTrip, HULP),
        ("onze medewerkers niet betalen", GuiltTrip, OMVANG),
        ("onze salarissen niet betalen", GuiltTrip, OMVANG),
        ("brengt ons bedrijf in gevaar", GuiltTrip, OMVANG),
        ("meer dan geduldig", GuiltTrip, FLEXIBEL),
        ("zeer geduldig geweest", GuiltTrip, FLEXIBEL),
    ]
};

/// Courteous Dutch phrases that contain a flagged one: where one is the longest match,
/// nothing is flagged ("onmiddellijk na ontvangst", "het nieuwe rekeningnummer geldt per
/// direct").
static EXCEPTIONS: &[&str] = &[
    "onmiddellijk na",
    "onmiddellijk nadat",
    "niet dringend",
    "niet urgent",
    "geldt per direct",
    "gaat per direct in",
    "reageren binnen 24 uur",
    "antwoorden binnen 24 uur",
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
        "Klinkt als een verwijt en zet de lezer in de verdediging.",
        "Leest als een dreigement. Noem de volgende stap rustig, als informatie.",
        "Veroordeelt de lezer, en dat kan de relatie schaden.",
        "Klinkt geïrriteerd. Zeg gewoon waar het om gaat.",
        "Hoofdletters lezen als schreeuwen.",
        "Uitroeptekens laten een herinnering gejaagd klinken.",
        "Druk zonder datum. Een concrete datum is duidelijker en rustiger.",
        "Beledigt of kleineert de lezer. Dat versnelt de betaling niet en kan de relatie beëindigen.",
        "Sarcasme leest als minachting, hoe beleefd ook verwoord. Zeg gewoon wat u bedoelt.",
        "Speelt in op schuldgevoel; dat wekt eerder wrevel dan betalingsbereidheid. Houd het bij de feiten.",
    ],
    neutral_suggestions: [
        "schrijf het in gewone kleine letters",
        "gebruik een punt",
        "gebruik hooguit één uitroepteken, of geen",
    ],
    dates: DateNames {
        months: [
            "januari",
            "februari",
            "maart",
            "april",
            "mei",
            "juni",
            "juli",
            "augustus",
            "september",
            "oktober",
            "november",
            "december",
        ],
        weekdays: [
            "maandag",
            "dinsdag",
            "woensdag",
            "donderdag",
            "vrijdag",
            "zaterdag",
            "zondag",
        ],
        long: "{d} {month} {yyyy}",
        short: "{dd}-{mm}-{yyyy}",
        weekday: "{weekday} {d} {month} {yyyy}",
    },
    timeline: TimelineWords {
        actions: [
            "Vriendelijke herinnering vóór de vervaldatum",
            "Bericht op de vervaldag",
            "Vriendelijke betalingsherinnering",
            "Tweede herinnering",
            "Aanmaning",
            "Laatste aanmaning",
            "Overdracht aan een incassobureau",
            "Juridische beoordeling (intern)",
            "Toegezegde betaaldatum bevestigen",
            "Navragen na een niet nagekomen toezegging",
            "Ontvangst van de vraag bevestigen",
            "Termijn vervalt binnenkort",
            "Termijn niet betaald",
            "Bedankje voor de betaling",
        ],
        channels: ["e-mail", "telefoongesprek", "brief", "sms"],
        tones: ["vriendelijk", "neutraal", "stellig", "laatste stap"],
        notes: [
            "verschoven naar de volgende werkdag",
            "uitgesteld door de pauze",
            "wacht tot de vraag is afgehandeld",
            "een dag verschoven, zodat er maar één bericht per dag uitgaat",
            "niet nodig: betaald",
            "opnieuw gepland vanaf de berichten die echt zijn verstuurd",
            "verschoven om de minimale tussenruimte na de vorige stap te houden",
            "voor een deelbetaling",
        ],
        days_overdue: [
            "dag {days} na de vervaldatum",
            "dag {days} na de vervaldatum",
        ],
        not_yet_due: "vóór de vervaldatum",
        accrued: "Wettelijke rente tot dan: {interest}; vergoeding {compensation}.",
    },
};
