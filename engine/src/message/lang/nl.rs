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

use super::super::DateNames;
use super::{Pack, Phrase, Table};
use crate::message::ToneKind;
use crate::timeline::TimelineWords;

const NONE: (&str, &str) = ("", "");

macro_rules! aanhef {
    () => {
        "{% if client_contact %}Beste {{ client_contact }},{% else %}Geachte heer, mevrouw,{% endif %}\n\n"
    };
}
macro_rules! betaallink {
    () => {
        "{% if payment_link %}\nU kunt hier online betalen: {{ payment_link }}\n\n{% endif %}\n"
    };
}
macro_rules! hartelijk {
    () => {
        "Hartelijke groet,\n{{ sign_off }}"
    };
}
macro_rules! vriendelijk {
    () => {
        "Met vriendelijke groet,\n{{ sign_off }}"
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
            "Factuur {{ invoice_number }} vervalt op {{ due_date }}",
            concat!(
                aanhef!(),
                "Ik hoop dat alles goed met u gaat. Een korte herinnering: factuur {{ invoice_number }} van {{ balance }} vervalt op {{ due_date | date(\"weekday\") }}.\n\n",
                betaallink!(),
                "Klopt er iets niet aan de factuur? Laat het me gerust weten, dan lossen we het samen op.\n\n",
                hartelijk!()
            ),
        ),
        (
            "Herinnering: factuur {{ invoice_number }} vervalt op {{ due_date }}",
            concat!(
                aanhef!(),
                "Graag herinneren wij u eraan dat factuur {{ invoice_number }} van {{ balance }} op {{ due_date | date(\"weekday\") }} vervalt.\n\n",
                betaallink!(),
                "Heeft u vragen over de factuur? Laat het ons dan vóór de vervaldatum weten, zodat wij u kunnen helpen.\n\n",
                vriendelijk!()
            ),
        ),
        NONE,
    ],
    // DueToday
    [
        (
            "Factuur {{ invoice_number }} vervalt vandaag",
            concat!(
                aanhef!(),
                "Een vriendelijke herinnering dat factuur {{ invoice_number }} van {{ balance }} vandaag vervalt. Is de betaling al onderweg? Dan dank ik u daarvoor en kunt u dit bericht als niet verzonden beschouwen.\n\n",
                betaallink!(),
                hartelijk!()
            ),
        ),
        (
            "Factuur {{ invoice_number }}: vervaldatum vandaag",
            concat!(
                aanhef!(),
                "Wij herinneren u eraan dat de betaling van {{ balance }} voor factuur {{ invoice_number }} vandaag, {{ due_date }}, verschuldigd is. Heeft u de betaling al in gang gezet, dan danken wij u daarvoor en kunt u dit bericht als niet verzonden beschouwen.\n\n",
                betaallink!(),
                "Heeft u vragen over de factuur, laat het ons dan gerust weten.\n\n",
                vriendelijk!()
            ),
        ),
        NONE,
    ],
    // FriendlyOverdue
    [
        (
            "Een korte herinnering over factuur {{ invoice_number }}",
            concat!(
                aanhef!(),
                "Ik hoop dat het goed met u gaat. Volgens onze administratie staat factuur {{ invoice_number }} van {{ balance }}, met vervaldatum {{ due_date }}, nog open. Zoiets schiet er gemakkelijk bij in, dus ik stuur u even een korte herinnering.\n\n",
                betaallink!(),
                "Is de betaling al onderweg? Dan dank ik u hartelijk en kunt u dit bericht als niet verzonden beschouwen.\n\n",
                hartelijk!()
            ),
        ),
        (
            "Factuur {{ invoice_number }}: betalingsherinnering",
            concat!(
                aanhef!(),
                "Volgens onze administratie is factuur {{ invoice_number }} van {{ balance }}, met vervaldatum {{ due_date }}, nog niet betaald. Wij stellen het op prijs als u de betaling op korte termijn kunt regelen.\n\n",
                betaallink!(),
                "Heeft u de betaling al verstuurd, dan danken wij u daarvoor en kunt u deze herinnering als niet verzonden beschouwen. Is er een probleem met de factuur? Laat het ons dan weten, zodat wij het samen kunnen oplossen.\n\n",
                vriendelijk!()
            ),
        ),
        (
            "Factuur {{ invoice_number }}: betaaltermijn verstreken",
            concat!(
                aanhef!(),
                "Factuur {{ invoice_number }} van {{ balance }} verviel op {{ due_date }}, en wij hebben de betaling nog niet ontvangen.\n\n",
                "Wij verzoeken u het bedrag uiterlijk op {{ today + 7 days | date(\"long\") }} te voldoen. Houdt iets de betaling op, wilt u ons dat dan laten weten, zodat wij het samen kunnen oplossen?\n\n",
                betaallink!(),
                vriendelijk!()
            ),
        ),
    ],
    // SecondFollowUp
    [
        (
            "Nog even over factuur {{ invoice_number }}",
            concat!(
                aanhef!(),
                "Ik kom nog even terug op mijn eerdere bericht over factuur {{ invoice_number }} van {{ balance }}, met vervaldatum {{ due_date }}. Ik weet hoe druk het kan zijn, dus ik wilde even vragen of we iets kunnen doen om het u makkelijker te maken.\n\n",
                betaallink!(),
                "Is er iets aan de factuur onduidelijk of moet er iets worden aangepast? Beantwoord dan gewoon deze e-mail, dan kijken we er meteen naar.\n\n",
                hartelijk!()
            ),
        ),
        (
            "Tweede herinnering: factuur {{ invoice_number }}",
            concat!(
                aanhef!(),
                "Onlangs schreven wij u over factuur {{ invoice_number }} van {{ balance }}, met vervaldatum {{ due_date }}. Wij hebben de betaling nog niet ontvangen en willen graag zeker weten dat de factuur bij de juiste persoon terecht is gekomen.\n\n",
                betaallink!(),
                "Kunt u ons laten weten wanneer wij de betaling kunnen verwachten, of bij wie wij hiervoor het best terechtkunnen?\n\n",
                vriendelijk!()
            ),
        ),
        (
            "Factuur {{ invoice_number }}: tweede herinnering",
            concat!(
                aanhef!(),
                "Dit is onze tweede herinnering voor factuur {{ invoice_number }} van {{ balance }}, die op {{ due_date }} verviel. Wij hebben de betaling nog niet ontvangen.\n\n",
                "Wij stellen het op prijs als u de betaling uiterlijk op {{ today + 7 days | date(\"long\") }} regelt, of ons laat weten of er een reden is voor de vertraging, zodat wij samen naar een oplossing kunnen zoeken.\n\n",
                betaallink!(),
                vriendelijk!()
            ),
        ),
    ],
    // FirmFollowUp
    [
        (
            "Kunnen we een betaaldatum afspreken voor factuur {{ invoice_number }}?",
            concat!(
                aanhef!(),
                "Ik neem nog eens contact met u op over factuur {{ invoice_number }} van {{ balance }}, met vervaldatum {{ due_date }}, die nog openstaat. Ik wil dit graag regelen op een manier die voor u werkt.\n\n",
                "Kunt u mij uiterlijk op {{ today + 5 business days | date(\"long\") }} laten weten wanneer we de betaling kunnen verwachten? Komt het op dit moment niet goed uit, dan bespreken we graag de mogelijkheden, zoals een betalingsregeling.\n\n",
                betaallink!(),
                hartelijk!()
            ),
        ),
        (
            "Factuur {{ invoice_number }}: kunt u een betaaldatum bevestigen?",
            concat!(
                aanhef!(),
                "Factuur {{ invoice_number }} van {{ balance }}, met vervaldatum {{ due_date }}, staat nog open: na onze eerdere herinneringen hebben wij de betaling nog niet ontvangen.\n\n",
                "Kunt u ons uiterlijk op {{ today + 5 business days | date(\"long\") }} laten weten wanneer wij de betaling kunnen verwachten? Is er een probleem met de factuur, of wilt u liever in delen betalen? Laat het ons weten, dan doen wij ons best om u te helpen.\n\n",
                betaallink!(),
                vriendelijk!()
            ),
        ),
        (
            "Factuur {{ invoice_number }}: verzoek om een betaaldatum",
            concat!(
                aanhef!(),
                "Factuur {{ invoice_number }} van {{ balance }} verviel op {{ due_date }} en is nog niet betaald. Wij hebben u meerdere herinneringen gestuurd en willen nu graag met u afspreken hoe wij verder gaan.\n\n",
                "Kunt u ons uiterlijk op {{ today + 5 business days | date(\"long\") }} laten weten op welke datum de betaling plaatsvindt? Hoe kunnen wij dit samen oplossen?\n\n",
                betaallink!(),
                vriendelijk!()
            ),
        ),
    ],
    // FinalNotice
    [
        (
            "Factuur {{ invoice_number }}: laten we dit samen oplossen",
            concat!(
                aanhef!(),
                "Ik schrijf u nogmaals over factuur {{ invoice_number }} van {{ balance }}, die op {{ due_date }} verviel. Ik los dit veel liever samen met u op, dus neem gerust contact met me op als iets de betaling lastig maakt: een betalingsregeling is altijd mogelijk.\n\n",
                "Voor de duidelijkheid: als we op {{ today + 10 days | date(\"long\") }} nog niets van u hebben gehoord, dragen we de vordering over aan ons incassobureau. Ik hoop dat het zover niet hoeft te komen.\n\n",
                betaallink!(),
                hartelijk!()
            ),
        ),
        (
            "Laatste herinnering: factuur {{ invoice_number }}",
            concat!(
                aanhef!(),
                "Wij hebben u meerdere keren geschreven over factuur {{ invoice_number }} van {{ balance }}, die op {{ due_date }} verviel, en hebben dit nog niet samen met u kunnen oplossen.\n\n",
                "Wij regelen dit veel liever rechtstreeks met u. Hebben wij uiterlijk op {{ today + 10 days | date(\"long\") }} geen betaling of bericht van u ontvangen, dan dragen wij de vordering over aan ons incassobureau, dat daarover contact met u zal opnemen.\n\n",
                "Is er een reden waarom betalen niet lukt? Neem dan vóór die datum contact met ons op: wij bespreken graag een betalingsregeling.\n\n",
                betaallink!(),
                vriendelijk!()
            ),
        ),
        (
            "Laatste aanmaning: factuur {{ invoice_number }}",
            concat!(
                aanhef!(),
                "Dit is onze laatste aanmaning voor factuur {{ invoice_number }} van {{ balance }}, die op {{ due_date }} verviel en na meerdere herinneringen nog niet is betaald.\n\n",
                "Hebben wij uiterlijk op {{ today + 10 days | date(\"long\") }} geen betaling ontvangen en ook geen betaaldatum met u afgesproken, dan dragen wij de vordering over aan ons incassobureau. Wij lossen dit liever rechtstreeks met u op, en een reactie vóór die datum is genoeg om dat gesprek te beginnen.\n\n",
                betaallink!(),
                vriendelijk!()
            ),
        ),
    ],
    // AgencyReferral
    [
        (
            "Factuur {{ invoice_number }}: stand van zaken",
            concat!(
                aanhef!(),
                "Het spijt me dat we factuur {{ invoice_number }} van {{ balance }}, met vervaldatum {{ due_date }}, niet samen hebben kunnen oplossen. Zoals aangekondigd in ons laatste bericht, is de vordering nu overgedragen aan ons incassobureau, dat contact met u zal opnemen.\n\n",
                "Wilt u toch liever rechtstreeks met ons afrekenen, of hebben we iets over het hoofd gezien? Neem dan gerust contact op: we horen graag van u.\n\n",
                betaallink!(),
                hartelijk!()
            ),
        ),
        (
            "Factuur {{ invoice_number }} is overgedragen aan ons incassobureau",
            concat!(
                aanhef!(),
                "Na onze laatste herinnering is factuur {{ invoice_number }} van {{ balance }}, die op {{ due_date }} verviel, overgedragen aan ons incassobureau. Het bureau neemt contact met u op om de betaling te regelen.\n\n",
                "Betaalt u liever rechtstreeks aan ons? Laat ons dan weten wanneer u betaalt, zodat wij de overdracht kunnen intrekken. Wilt u de vordering met ons bespreken, beantwoord dan deze e-mail.\n\n",
                betaallink!(),
                vriendelijk!()
            ),
        ),
        (
            "Factuur {{ invoice_number }}: vordering overgedragen voor incasso",
            concat!(
                aanhef!(),
                "Per {{ today }} is factuur {{ invoice_number }} van {{ balance }}, die op {{ due_date }} verviel, overgedragen aan ons incassobureau, dat de vordering vanaf nu afhandelt.\n\n",
                "Betaalt u rechtstreeks aan ons voordat het bureau contact met u opneemt, dan is de zaak daarmee afgedaan; stuurt u ons in dat geval een bericht wanneer u betaalt.\n\n",
                betaallink!(),
                vriendelijk!()
            ),
        ),
    ],
    // PaymentPlanProposal
    [
        (
            "Een voorstel om het betalen van factuur {{ invoice_number }} makkelijker te maken",
            concat!(
                aanhef!(),
                "Ik begrijp dat het op dit moment misschien niet eenvoudig is om factuur {{ invoice_number }} van {{ balance }} in één keer te voldoen, dus ik wil u graag iets voorstellen dat kan helpen.\n\n",
                "{% if plan %}\n",
                "U kunt het bedrag wat ons betreft in {{ plan_count | count(\"# termijn|# termijnen\") }} betalen, als volgt:\n\n",
                "{{ plan_table }}\n\n",
                "De eerste betaling zou dan op {{ plan_next_date }} vervallen. Kunt u mij uiterlijk op {{ today + 7 days | date(\"long\") }} laten weten of dit voor u werkt? Past een andere regeling beter bij u, dan bespreek ik dat graag met u.\n",
                "{% else %}\n",
                "We vinden het prima als u het openstaande bedrag over een paar maandelijkse termijnen verdeelt. Kunt u mij uiterlijk op {{ today + 7 days | date(\"long\") }} laten weten welk bedrag u per maand zou kunnen betalen?\n",
                "{% endif %}\n\n",
                hartelijk!()
            ),
        ),
        (
            "Een betalingsregeling voor factuur {{ invoice_number }}",
            concat!(
                aanhef!(),
                "Wij begrijpen dat het op dit moment misschien niet haalbaar is om factuur {{ invoice_number }} van {{ balance }} in één keer te betalen. Om u tegemoet te komen, spreken wij graag een betalingsregeling met u af.\n\n",
                "{% if plan %}\n",
                "Wij stellen voor het bedrag in {{ plan_count | count(\"# termijn|# termijnen\") }} te betalen, als volgt:\n\n",
                "{{ plan_table }}\n\n",
                "De eerste betaling zou op {{ plan_next_date }} vervallen. Kunt u ons uiterlijk op {{ today + 7 days | date(\"long\") }} laten weten of deze regeling voor u werkt? Zo niet, dan staan wij open voor een ander voorstel.\n",
                "{% else %}\n",
                "Kunt u ons uiterlijk op {{ today + 7 days | date(\"long\") }} laten weten welk bedrag u per maand zou kunnen betalen? Wij sturen u dan een betaalschema ter bevestiging.\n",
                "{% endif %}\n\n",
                vriendelijk!()
            ),
        ),
        (
            "Factuur {{ invoice_number }}: aanbod voor een betalingsregeling",
            concat!(
                aanhef!(),
                "Om het openstaande bedrag van {{ balance }} op factuur {{ invoice_number }}, dat op {{ due_date }} verviel, te regelen, bieden wij u de mogelijkheid om in termijnen te betalen.\n\n",
                "{% if plan %}\n",
                "{{ plan_table }}\n\n",
                "De eerste betaling zou op {{ plan_next_date }} vervallen. De regeling geldt als u haar uiterlijk op {{ today + 7 days | date(\"long\") }} bevestigt; anders blijft het volledige bedrag verschuldigd.\n",
                "{% else %}\n",
                "Kunt u ons uiterlijk op {{ today + 7 days | date(\"long\") }} laten weten welk bedrag u per maand kunt betalen, zodat wij een betaalschema kunnen opstellen? Anders blijft het volledige bedrag verschuldigd.\n",
                "{% endif %}\n\n",
                vriendelijk!()
            ),
        ),
    ],
    // SettlementOffer
    [
        (
            "Een voorstel om factuur {{ invoice_number }} af te ronden",
            concat!(
                aanhef!(),
                "Ik zou graag een manier vinden om factuur {{ invoice_number }} van {{ balance }} af te ronden die voor ons allebei werkt.\n\n",
                "{% if discount %}\n",
                "Als u uiterlijk op {{ discount_deadline | date(\"weekday\") }} een bedrag van {{ discount_net }} betaalt, beschouwen wij de factuur daarmee als volledig voldaan: een besparing van {{ discount_amount }} ({{ discount_percent }}).\n",
                "{% else %}\n",
                "Is het lastig om het volledige bedrag te betalen? Dan staan wij open voor een lager bedrag als volledige betaling. Kunt u mij laten weten wat u zou kunnen betalen, en wanneer?\n",
                "{% endif %}\n\n",
                betaallink!(),
                hartelijk!()
            ),
        ),
        (
            "Factuur {{ invoice_number }}: schikkingsvoorstel",
            concat!(
                aanhef!(),
                "Wij willen factuur {{ invoice_number }} van {{ balance }}, die op {{ due_date }} verviel, graag afronden en doen u daarom het volgende voorstel.\n\n",
                "{% if discount %}\n",
                "Ontvangen wij uiterlijk op {{ discount_deadline }} een bedrag van {{ discount_net }}, dan aanvaarden wij dat als volledige betaling van de factuur: een korting van {{ discount_amount }} ({{ discount_percent }}).\n",
                "{% else %}\n",
                "Wij zijn bereid een lager bedrag als volledige betaling te aanvaarden. Kunt u ons laten weten wat u zou kunnen betalen, en wanneer?\n",
                "{% endif %}\n\n",
                betaallink!(),
                vriendelijk!()
            ),
        ),
        (
            "Factuur {{ invoice_number }}: schikkingsvoorstel met een uiterste datum",
            concat!(
                aanhef!(),
                "Factuur {{ invoice_number }} van {{ balance }} verviel op {{ due_date }} en is nog niet betaald. Om dit af te ronden, doen wij u het volgende voorstel.\n\n",
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
            "Uw volgende termijn: {{ plan_next_amount }} op {{ plan_next_date }}",
            concat!(
                aanhef!(),
                "Een korte herinnering: de volgende termijn van onze regeling voor factuur {{ invoice_number }}, {{ plan_next_amount }}, vervalt op {{ plan_next_date | date(\"weekday\") }}. Dank u wel dat u zich tot nu toe zo goed aan de regeling houdt; dat waardeer ik zeer.\n\n",
                betaallink!(),
                "Is er bij u iets veranderd? Laat het me dan tijdig weten, dan vinden we samen een oplossing.\n\n",
                hartelijk!()
            ),
        ),
        (
            "Volgende termijn voor factuur {{ invoice_number }}",
            concat!(
                aanhef!(),
                "Wij herinneren u eraan dat de volgende termijn van de afgesproken betalingsregeling voor factuur {{ invoice_number }}, {{ plan_next_amount }}, op {{ plan_next_date | date(\"weekday\") }} vervalt.\n\n",
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
                "Ik hoop dat alles goed met u gaat. Het viel me op dat de termijn van {{ plan_next_amount }} voor factuur {{ invoice_number }}, die op {{ plan_next_date }} verviel, nog niet binnen is. Misschien is het gewoon een kwestie van timing.\n\n",
                "Kunt u me laten weten wanneer ik de betaling kan verwachten? Past de regeling niet meer bij u, dan pas ik haar veel liever samen met u aan dan dat ze vervalt.\n\n",
                betaallink!(),
                hartelijk!()
            ),
        ),
        (
            "Termijnbetaling voor factuur {{ invoice_number }}",
            concat!(
                aanhef!(),
                "Wij hebben de betaling van {{ plan_next_amount }}, die volgens de afgesproken regeling voor factuur {{ invoice_number }} op {{ plan_next_date }} verviel, nog niet ontvangen.\n\n",
                "Kunt u ons laten weten wanneer wij deze kunnen verwachten? Past de regeling niet meer bij u, dan passen wij haar liever samen aan dan dat ze vervalt.\n\n",
                betaallink!(),
                vriendelijk!()
            ),
        ),
        (
            "Factuur {{ invoice_number }}: termijnbetaling niet ontvangen",
            concat!(
                aanhef!(),
                "De betaling van {{ plan_next_amount }}, die volgens de afgesproken regeling voor factuur {{ invoice_number }} op {{ plan_next_date }} verviel, hebben wij niet ontvangen.\n\n",
                "De regeling werkt alleen als elke termijn op tijd binnenkomt, en wij houden haar graag voor u in stand. Kunt u ons uiterlijk op {{ today + 3 business days | date(\"long\") }} laten weten wanneer deze betaling wordt gedaan?\n\n",
                betaallink!(),
                vriendelijk!()
            ),
        ),
    ],
    // PromiseConfirmation
    [
        (
            "Dank u wel: betaling van {{ balance }} uiterlijk {{ promise_date }}",
            concat!(
                aanhef!(),
                "Dank u wel voor uw reactie. Ter bevestiging: u betaalt {{ balance }} voor factuur {{ invoice_number }} uiterlijk op {{ promise_date | date(\"weekday\") }}. Ik heb dat genoteerd en stuur tot die datum geen herinneringen.\n\n",
                betaallink!(),
                hartelijk!()
            ),
        ),
        (
            "Bevestiging: betaling van factuur {{ invoice_number }} uiterlijk {{ promise_date }}",
            concat!(
                aanhef!(),
                "Dank u wel voor uw bericht dat de betaling van {{ balance }} voor factuur {{ invoice_number }} uiterlijk op {{ promise_date | date(\"weekday\") }} wordt gedaan. Wij hebben dit genoteerd en zetten onze herinneringen tot die datum stil.\n\n",
                betaallink!(),
                vriendelijk!()
            ),
        ),
        NONE,
    ],
    // PromiseMissed
    [
        (
            "Even navragen over factuur {{ invoice_number }}",
            concat!(
                aanhef!(),
                "Nogmaals dank dat u me liet weten dat factuur {{ invoice_number }} uiterlijk op {{ promise_date }} betaald zou worden. Ik heb de betaling van {{ balance }} nog niet zien binnenkomen, dus ik wilde even nagaan of alles in orde is.\n\n",
                "Kunt u me laten weten wanneer ik de betaling nu kan verwachten? Is er iets veranderd, dan zoeken we graag samen naar een andere oplossing.\n\n",
                betaallink!(),
                hartelijk!()
            ),
        ),
        (
            "Factuur {{ invoice_number }}: betaling verwacht op {{ promise_date }}",
            concat!(
                aanhef!(),
                "Nogmaals dank voor uw bevestiging dat factuur {{ invoice_number }} uiterlijk op {{ promise_date }} betaald zou worden. Wij hebben de betaling van {{ balance }} nog niet ontvangen en willen graag nagaan of alles in orde is.\n\n",
                "Kunt u ons laten weten wanneer wij de betaling nu kunnen verwachten? Is er iets veranderd, hoe kunnen wij dit dan samen oplossen?\n\n",
                betaallink!(),
                vriendelijk!()
            ),
        ),
        (
            "Factuur {{ invoice_number }}: afgesproken betaaldatum verstreken",
            concat!(
                aanhef!(),
                "Wij hadden afgesproken dat factuur {{ invoice_number }} uiterlijk op {{ promise_date }} betaald zou worden, en wij hebben de betaling van {{ balance }} nog niet ontvangen.\n\n",
                "Kunt u ons uiterlijk op {{ today + 3 business days | date(\"long\") }} laten weten wanneer de betaling wordt gedaan? Horen wij tot die datum niets van u, dan hervatten wij onze gebruikelijke herinneringen.\n\n",
                betaallink!(),
                vriendelijk!()
            ),
        ),
    ],
    // DisputeAcknowledgement
    [
        (
            "Uw vraag over factuur {{ invoice_number }}",
            concat!(
                aanhef!(),
                "Dank u wel dat u uw vragen over factuur {{ invoice_number }} met me deelt. Ik heb alle herinneringen voor deze factuur stilgezet terwijl we dit samen uitzoeken.\n\n",
                "Kunt u me de details sturen, zodat we het snel kunnen oplossen? Om welke posten of bedragen gaat het, en heeft u iets waaruit blijkt wat u had verwacht, zoals een inkooporder, een offerte of een pakbon?\n\n",
                "Ik heb er vertrouwen in dat we dit snel kunnen oplossen, en ik kom bij u terug zodra ik alles heb bekeken.\n\n",
                hartelijk!()
            ),
        ),
        (
            "Uw vraag over factuur {{ invoice_number }} is in behandeling",
            concat!(
                aanhef!(),
                "Dank u wel voor uw vraag over factuur {{ invoice_number }} van {{ amount }}. Wij hebben alle betalingsherinneringen voor deze factuur stilgezet zolang wij haar beoordelen.\n\n",
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
            "Factuur {{ invoice_number }}: rente wegens te late betaling",
            concat!(
                aanhef!(),
                "Ik wilde u schrijven over factuur {{ invoice_number }} van {{ balance }}, die op {{ due_date }} verviel en nog openstaat.\n\n",
                wettelijke_grondslag!(),
                "Per {{ today }} komt dat neer op {{ statutory_interest }} aan rente en {{ statutory_compensation }} aan vergoeding voor incassokosten, samen {{ statutory_total }}.\n\n",
                "Het liefst rond ik gewoon de factuur zelf af: is het openstaande bedrag van {{ balance }} uiterlijk op {{ today + 14 days | date(\"long\") }} bij ons binnen, dan zien we graag af van deze kosten.\n\n",
                betaallink!(),
                hartelijk!()
            ),
        ),
        (
            "Factuur {{ invoice_number }}: wettelijke rente en vergoeding",
            concat!(
                aanhef!(),
                "Factuur {{ invoice_number }} van {{ balance }} verviel op {{ due_date }} en is nog niet betaald.\n\n",
                wettelijke_grondslag!(),
                "Per {{ today }} bedraagt de rente {{ statutory_interest }} en de vergoeding voor incassokosten {{ statutory_compensation }}: samen {{ statutory_total }}, bovenop het openstaande bedrag van {{ balance }}. De rente loopt door tot de dag van betaling.\n\n",
                "Is er een reden waarom betalen niet mogelijk was? Laat het ons dan weten: wij spreken liever samen een oplossing af.\n\n",
                betaallink!(),
                vriendelijk!()
            ),
        ),
        (
            "Factuur {{ invoice_number }}: aanspraak op wettelijke rente en vergoeding",
            concat!(
                aanhef!(),
                "Factuur {{ invoice_number }} van {{ balance }} verviel op {{ due_date }} en is nog niet betaald.\n\n",
                wettelijke_grondslag!(),
                "Per {{ today }} maken wij aanspraak op {{ statutory_interest }} aan rente en {{ statutory_compensation }} aan vergoeding voor incassokosten, samen {{ statutory_total }}, bovenop het openstaande bedrag van {{ balance }}. De rente loopt door tot de dag van betaling.\n\n",
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
                "Hartelijk dank voor uw betaling van {{ amount }} voor factuur {{ invoice_number }}; die hebben we in goede orde ontvangen. Dat waardeer ik echt.\n\n",
                "Het is altijd een plezier om met u samen te werken, en ik kijk uit naar het volgende project.\n\n",
                hartelijk!()
            ),
        ),
        (
            "Betaling ontvangen: factuur {{ invoice_number }}",
            concat!(
                aanhef!(),
                "Hartelijk dank voor uw betaling van {{ amount }} voor factuur {{ invoice_number }}, die wij inmiddels hebben ontvangen. De factuur is daarmee volledig voldaan.\n\n",
                "Wij waarderen uw vertrouwen en werken graag weer met u samen.\n\n",
                vriendelijk!()
            ),
        ),
        NONE,
    ],
];

const OP_DATUM: &str =
    "uiterlijk op een concrete datum, bijvoorbeeld \"uiterlijk op vrijdag 12 juni\"";
const NOG_NIET: &str = "wij hebben de betaling nog niet ontvangen";
const GEEN_REACTIE: &str = "wij hebben nog geen reactie van u ontvangen";
const VOLGENDE_STAP: &str =
    "onze volgende stap zou zijn de vordering over te dragen aan ons incassobureau";
const SAMENGEVAT: &str = "kort samengevat";
const ZORG: &str = "dit baart ons zorgen";
const SCHULD: &str = "het openstaande bedrag van de factuur is";

/// Dutch phrases: (lower-case phrase, kind, suggestion).
static PHRASES: &[Phrase] = {
    use ToneKind::*;
    &[
        ("u heeft nagelaten", Accusatory, NOG_NIET),
        ("u hebt nagelaten", Accusatory, NOG_NIET),
        ("u heeft niet betaald", Accusatory, NOG_NIET),
        ("u hebt niet betaald", Accusatory, NOG_NIET),
        ("u heeft nog steeds niet", Accusatory, NOG_NIET),
        ("u hebt nog steeds niet", Accusatory, NOG_NIET),
        ("u bent in gebreke", Accusatory, NOG_NIET),
        ("u negeert", Accusatory, GEEN_REACTIE),
        ("u heeft ons genegeerd", Accusatory, GEEN_REACTIE),
        ("u reageert niet", Accusatory, GEEN_REACTIE),
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
        ("u moet betalen", Accusatory, "kunt u de betaling regelen?"),
        (
            "geen excuus",
            Accusatory,
            "wij willen graag begrijpen wat er is gebeurd",
        ),
        ("uw nalatigheid", Accusatory, "de vertraging"),
        ("wanbetaling", Accusatory, "het openstaande bedrag"),
        ("u had beloofd", Accusatory, "u gaf aan dat"),
        ("u beweerde", Accusatory, "u gaf aan"),
        ("laatste waarschuwing", Threatening, "laatste herinnering"),
        (
            "wij zien ons genoodzaakt",
            Threatening,
            "onze volgende stap zou zijn",
        ),
        (
            "zien wij ons genoodzaakt",
            Threatening,
            "onze volgende stap zou zijn",
        ),
        (
            "zien we ons genoodzaakt",
            Threatening,
            "onze volgende stap zou zijn",
        ),
        (
            "wij zijn genoodzaakt",
            Threatening,
            "onze volgende stap zou zijn",
        ),
        (
            "zijn wij genoodzaakt",
            Threatening,
            "onze volgende stap zou zijn",
        ),
        ("gerechtelijke stappen", Threatening, VOLGENDE_STAP),
        ("juridische stappen", Threatening, VOLGENDE_STAP),
        ("naar de rechter", Threatening, VOLGENDE_STAP),
        ("voor de rechter slepen", Threatening, VOLGENDE_STAP),
        ("deurwaarder", Threatening, VOLGENDE_STAP),
        ("beslag leggen", Threatening, VOLGENDE_STAP),
        (
            "dit is uw laatste kans",
            Threatening,
            "wij lossen dit graag op vóór de volgende stap",
        ),
        (
            "laatste kans",
            Threatening,
            "wij lossen dit graag op vóór de volgende stap",
        ),
        (
            "spijt van krijgen",
            Threatening,
            "wij lossen dit veel liever samen op",
        ),
        (
            "u laat ons geen keus",
            Threatening,
            "onze volgende stap zou zijn",
        ),
        (
            "u laat ons geen keuze",
            Threatening,
            "onze volgende stap zou zijn",
        ),
        (
            "geen andere keus dan",
            Threatening,
            "onze volgende stap zou zijn",
        ),
        (
            "geen andere keuze dan",
            Threatening,
            "onze volgende stap zou zijn",
        ),
        ("onacceptabel", Shaming, ZORG),
        ("onaanvaardbaar", Shaming, ZORG),
        ("schandalig", Shaming, ZORG),
        ("schandelijk", Shaming, ZORG),
        ("onprofessioneel", Shaming, ZORG),
        ("onverantwoordelijk", Shaming, ZORG),
        ("bedroevend", Shaming, ZORG),
        ("wanbetaler", Shaming, "klant"),
        ("slechte betaler", Shaming, "klant"),
        ("wij zijn teleurgesteld", Shaming, "wij hadden gehoopt"),
        ("we zijn teleurgesteld", Shaming, "we hadden gehoopt"),
        ("zeer teleurgesteld", Shaming, "wij hadden gehoopt"),
        (
            "zoals in mijn vorige e-mail",
            PassiveAggressive,
            "ik kom terug op mijn e-mail van [datum]",
        ),
        (
            "zoals in mijn vorige mail",
            PassiveAggressive,
            "ik kom terug op mijn e-mail van [datum]",
        ),
        (
            "zoals in mijn laatste e-mail",
            PassiveAggressive,
            "ik kom terug op mijn e-mail van [datum]",
        ),
        ("zoals eerder vermeld", PassiveAggressive, SAMENGEVAT),
        ("zoals eerder aangegeven", PassiveAggressive, SAMENGEVAT),
        ("zoals reeds vermeld", PassiveAggressive, SAMENGEVAT),
        ("zoals reeds aangegeven", PassiveAggressive, SAMENGEVAT),
        ("zoals ik al zei", PassiveAggressive, SAMENGEVAT),
        ("zoals ik al eerder zei", PassiveAggressive, SAMENGEVAT),
        ("zoals al gezegd", PassiveAggressive, SAMENGEVAT),
        ("ik herhaal", PassiveAggressive, SAMENGEVAT),
        ("voor de laatste keer", PassiveAggressive, "nogmaals"),
        (
            "u heeft het vast heel druk",
            PassiveAggressive,
            "ik weet hoe druk het kan zijn",
        ),
        (
            "u hebt het vast heel druk",
            PassiveAggressive,
            "ik weet hoe druk het kan zijn",
        ),
        ("u zult toch wel", PassiveAggressive, "misschien"),
        ("met alle respect", PassiveAggressive, "wij zien dit anders"),
        ("onmiddellijk", Urgency, OP_DATUM),
        ("onmiddellijke", Urgency, OP_DATUM),
        ("per omgaande", Urgency, OP_DATUM),
        ("per direct", Urgency, OP_DATUM),
        ("dringend", Urgency, OP_DATUM),
        ("urgent", Urgency, OP_DATUM),
        ("met spoed", Urgency, OP_DATUM),
        ("asap", Urgency, OP_DATUM),
        ("z.s.m", Urgency, OP_DATUM),
        ("zonder verder uitstel", Urgency, OP_DATUM),
        ("binnen 24 uur", Urgency, OP_DATUM),
        ("betaal nu", Urgency, "u kunt uiterlijk op [datum] betalen"),
        (
            "wij verwachten de betaling nu",
            Urgency,
            "kunt u ons laten weten wanneer wij de betaling kunnen verwachten?",
        ),
    ]
};

pub(super) static PACK: Pack = Pack {
    templates: &TEMPLATES,
    phrases: PHRASES,
    reasons: [
        "Klinkt als een verwijt en zet de lezer in de verdediging.",
        "Leest als een dreigement. Noem de volgende stap rustig, als informatie.",
        "Veroordeelt de lezer, en dat kan de relatie schaden.",
        "Klinkt geïrriteerd. Zeg gewoon waar het om gaat.",
        "Hoofdletters lezen als schreeuwen.",
        "Uitroeptekens laten een herinnering gejaagd klinken.",
        "Druk zonder datum. Een concrete datum is duidelijker en rustiger.",
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
