//! Spanish (Spain): the shipped templates, the tone check's phrases and the date names.
//!
//! Conventions:
//! - The reader is addressed as "usted" throughout (verbs in the third person, "le", "su");
//!   the sender writes as "nosotros" in the neutral and firm tones and as "yo" in the warm
//!   one, like the English. No adjective in the first person singular carries a gender
//!   ("encantado/a" is avoided), since the sender's gender is unknown.
//! - Greetings, with a colon as Spanish letters have it: warm "Hola, {contact}:", neutral
//!   and firm "Buenos días, {contact}:". Without a contact name: "Hola:" and
//!   "Buenos días:" (an inline `{% if client_contact %}` drops the comma and name), which
//!   avoids "Estimado/a", whose gender we do not know, and the dated "Muy señores míos".
//! - Closings: warm "Un saludo,", neutral "Saludos cordiales,", firm "Atentamente,", each
//!   followed by `{{ sign_off }}`.
//! - Deadlines: "a más tardar el …" (inclusive, like "by"), asked as a question
//!   ("¿Podría indicarnos, a más tardar el …, cuándo …?") where the English asks one.
//! - Dates: long "1 de diciembre de 2026", short "01/12/2026", with weekday
//!   "martes, 1 de diciembre de 2026"; month and weekday names in lower case.
//! - Terms: factura, importe pendiente, vencer / fecha de vencimiento, plan de pagos,
//!   plazo, recordatorio, último aviso, empresa de recobro ("the collection partner": "la
//!   empresa de recobro con la que colaboramos"), liquidación total ("full settlement"),
//!   intereses de demora, indemnización por los costes de cobro.
//! - UK statutory notice: the Act keeps its English title, followed by a short Spanish
//!   gloss in brackets. EU: the directive by its official Spanish title, "as applied in
//!   national law" ("tal como se aplica en el Derecho nacional"); no national statute.
//!
//! Unsure:
//! - "la empresa de recobro con la que colaboramos" for "our collection partner": correct
//!   and neutral, but longer than the English; "agencia de cobro" is also common.
//! - "expediente" for "the account" (as in "passed the account to"): the usual word in
//!   collections, though some readers may expect "la deuda", which sounds harsher.
//! - "en cuanto le sea posible" for "at your earliest convenience": softer than the
//!   usual "a la mayor brevedad", which reads as pressure without a date.
//! - "Buenos días" as the neutral and firm greeting reads well in e-mail at any hour in
//!   Spain, but in a printed letter "Estimados señores:" would be more traditional.
//! - The UK gloss "(ley británica sobre los intereses de demora en las deudas comerciales)"
//!   is our own description, not an official Spanish title.
//! - Tone list: "moroso"/"morosa" are flagged as shaming although they are also neutral
//!   legal terms; "morosidad" (in the directive's title) is a different word and passes.
//!   "último aviso" is the usual term for a final notice and is not flagged; "última
//!   advertencia" is.
//! - Sarcasm: "como sin duda sabrá" and "como usted bien sabe" are flagged, plain "como ya
//!   sabe" is not. "lamentable" is not flagged: it also means "regrettable" ("un lamentable
//!   error por nuestra parte"). "a la mayor brevedad" is flagged as pressure, except where
//!   the writer promises it ("le responderemos a la mayor brevedad").
//! - "nos ha fallado" alone is not flagged ("nos ha fallado el servidor"); "usted nos ha
//!   fallado" is.

use super::super::{DateNames, ToneKind};
use super::{Messages, Pack, Phrase, Table};
use crate::timeline::TimelineWords;

const NONE: (&str, &str) = ("", "");

macro_rules! hi {
    () => {
        "Hola{% if client_contact %}, {{ client_contact }}{% endif %}:\n\n"
    };
}
macro_rules! dear {
    () => {
        "Buenos días{% if client_contact %}, {{ client_contact }}{% endif %}:\n\n"
    };
}
/// Una cuenta de cliente: el agradecimiento por los pagos parciales, las facturas pendientes
/// como tabla de texto; después, el enlace de pago.
macro_rules! link {
    () => {
        concat!(
            "{% if paid_so_far %}\nLe agradecemos los {{ paid_so_far }} que hemos recibido hasta la fecha{% if last_payment_date %} (el último pago, el {{ last_payment_date }}){% endif %}.\n\n{% endif %}\n",
            "{% if account %}\n{% if open_invoices %}\nLas siguientes facturas siguen pendientes de pago:\n\n{{ open_invoices }}\n{% endif %}\n{% endif %}\n",
            "{% if payment_link %}\nPuede pagar en línea aquí: {{ payment_link }}\n\n{% endif %}\n"
        )
    };
}
macro_rules! despedida {
    ($words:literal) => {
        concat!($words, "{% if sign_off %}\n{{ sign_off }}{% endif %}")
    };
}
macro_rules! best {
    () => {
        despedida!("Un saludo,")
    };
}
macro_rules! kind {
    () => {
        despedida!("Saludos cordiales,")
    };
}
macro_rules! sincerely {
    () => {
        despedida!("Atentamente,")
    };
}
// Varias facturas pendientes de una cuenta de cliente (`several_invoices`): `invoice_number`
// las enumera («INV-101, INV-102, INV-103») y el importe es su total. El sustantivo, el
// artículo, el verbo y los participios van entonces en plural («las facturas INV-101,
// INV-102, INV-103, por un importe total de 4.400,00 €, de las cuales la más antigua vencía
// el …, siguen pendientes»); la fecha de vencimiento es la de la más antigua. El texto para
// una sola factura no cambia.

/// After "factura(s)": " INV-2041", or nothing ("la factura, por importe de …,").
macro_rules! num {
    () => {
        "{% if invoice_number %} {{ invoice_number }}{% endif %}"
    };
}
/// After "factura(s)" where no amount follows: " INV-2041", or " de 4.800,00 €" (several:
/// " por un total de 4.400,00 €").
macro_rules! num_importe {
    () => {
        concat!(
            "{% if invoice_number %} {{ invoice_number }}{% else %}",
            several!(" por un total de", " de"),
            " {{ amount }}{% endif %}"
        )
    };
}
/// What the invoice is for: the balance, or after a part payment the invoice's amount
/// (`pago_parcial!` then says what is left).
macro_rules! pendiente {
    () => {
        "{% if part_paid %}{{ amount }}{% else %}{{ balance }}{% endif %}"
    };
}
/// ", por importe de 4.800,00 €", or for several ", por un importe total de 4.400,00 €".
macro_rules! importe {
    () => {
        concat!(
            several!(", por un importe total de ", ", por importe de "),
            pendiente!()
        )
    };
}
/// "que vencía el 1 de diciembre de 2026", or for several "de las cuales la más antigua
/// vencía el …".
macro_rules! que_vencia {
    () => {
        concat!(
            several!("de las cuales la más antigua vencía", "que vencía"),
            " el {{ due_date }}"
        )
    };
}
/// "que venció el 1 de diciembre de 2026", or for several "de las cuales la más antigua
/// venció el …".
macro_rules! que_vencio {
    () => {
        concat!(
            several!("de las cuales la más antigua venció", "que venció"),
            " el {{ due_date }}"
        )
    };
}
/// After "la factura INV-2041, por importe de 4.800,00 €": ", venció el … y", or for
/// several ", de las cuales la más antigua venció el …,". A plural verb follows.
macro_rules! vencio_y {
    () => {
        several!(
            ", de las cuales la más antigua venció el {{ due_date }},",
            ", venció el {{ due_date }} y"
        )
    };
}
/// After a part payment: thanks, and what is left. A sentence after a full stop.
macro_rules! pago_parcial {
    (warm) => {
        "{% if part_paid %} Gracias por el pago parcial de {{ part_paid }} que ya ha realizado; quedan pendientes {{ balance }}.{% endif %}"
    };
    (neutral) => {
        "{% if part_paid %} Le agradecemos su pago parcial de {{ part_paid }}; el importe pendiente asciende a {{ balance }}.{% endif %}"
    };
    (firm) => {
        "{% if part_paid %} Hemos recibido un pago parcial de {{ part_paid }}, que le agradecemos; el importe pendiente es de {{ balance }}.{% endif %}"
    };
}
/// After a promise to pay that was not kept: the promised date (the day before
/// `promise_broken_on`). A sentence after a full stop.
macro_rules! promesa {
    (warm) => {
        "{% if promise_broken_on %} Me indicó amablemente que el pago se realizaría a más tardar el {{ promise_broken_on - 1 day }}, pero todavía no lo he visto llegar.{% endif %}"
    };
    (neutral) => {
        "{% if promise_broken_on %} Nos indicó que el pago se realizaría a más tardar el {{ promise_broken_on - 1 day }}; todavía no lo hemos recibido.{% endif %}"
    };
    (firm) => {
        "{% if promise_broken_on %} El pago que se nos anunció para el {{ promise_broken_on - 1 day }} no se ha recibido.{% endif %}"
    };
}
macro_rules! statutory_basis {
    () => {
        concat!(
            "{% if statutory_regime == \"UK\" %}\n",
            "De acuerdo con la Late Payment of Commercial Debts (Interest) Act 1998 (ley británica sobre los intereses de demora en las deudas comerciales), en las operaciones entre empresas las deudas pagadas con retraso devengan intereses de demora del {{ statutory_rate }} anual, además de una cantidad fija en concepto de indemnización por los costes de cobro.\n",
            "{% else %}\n",
            "De acuerdo con la Directiva 2011/7/UE por la que se establecen medidas de lucha contra la morosidad en las operaciones comerciales, tal como se aplica en el Derecho nacional, en las operaciones entre empresas las deudas pagadas con retraso devengan intereses de demora del {{ statutory_rate }} anual, además de una indemnización fija de al menos 40 euros por los costes de cobro.\n",
            "{% endif %}\n\n",
        )
    };
}

/// `[id][tone]` as (subject, body), in the order of `TemplateId::ALL` and `ToneVariant::ALL`.
static TEMPLATES: Table = [
    // PreDueReminder
    [
        (
            concat!(several!("Las facturas", "La factura"), num_importe!(), several!(" vencen a partir del", " vence el"), " {{ due_date }}"),
            concat!(
                hi!(),
                "Espero que todo vaya bien. Solo quería recordarle que ", several!("las facturas", "la factura"), num!(), importe!(), several!(", vencen a partir del", ", vence el"), " {{ due_date | date(\"weekday\") }}.", pago_parcial!(warm), "\n\n",
                link!(),
                "Si hay algo en ", several!("las facturas", "la factura"), " que convenga revisar, dígamelo y lo solucionamos.\n\n",
                best!()
            ),
        ),
        (
            concat!("Recordatorio: ", several!("las facturas", "la factura"), num_importe!(), several!(" vencen a partir del", " vence el"), " {{ due_date }}"),
            concat!(
                dear!(),
                "Le recordamos amablemente que ", several!("las facturas", "la factura"), num!(), importe!(), several!(", vencen a partir del", ", vence el"), " {{ due_date | date(\"weekday\") }}.", pago_parcial!(neutral), "\n\n",
                link!(),
                "Si tiene alguna pregunta sobre ", several!("las facturas", "la factura"), ", le rogamos que nos la haga llegar antes de la fecha de vencimiento para que podamos ayudarle.\n\n",
                kind!()
            ),
        ),
        NONE,
    ],
    // DueToday
    [
        (
            concat!(several!("Las facturas", "La factura"), num_importe!(), several!(" empiezan a vencer hoy", " vence hoy")),
            concat!(
                hi!(),
                "Le escribo solo para recordarle que ", several!("las facturas", "la factura"), num!(), importe!(), several!(", empiezan a vencer hoy.", ", vence hoy."), pago_parcial!(warm), " Si el pago ya está en camino, muchas gracias, y no tenga en cuenta este mensaje.\n\n",
                link!(),
                best!()
            ),
        ),
        (
            concat!(several!("Facturas", "Factura"), num_importe!(), ": ", if_several!("primer "), "vencimiento hoy"),
            concat!(
                dear!(),
                "Le recordamos que ", several!("las facturas", "la factura"), num!(), importe!(), several!(", empiezan a vencer hoy,", ", vence hoy,"), " {{ due_date }}.", pago_parcial!(neutral), " Si ya ha ordenado el pago, le damos las gracias y le rogamos que no tenga en cuenta este mensaje.\n\n",
                link!(),
                "Si tiene cualquier pregunta sobre ", several!("las facturas", "la factura"), ", no dude en consultarnos.\n\n",
                kind!()
            ),
        ),
        NONE,
    ],
    // FriendlyOverdue
    [
        (
            concat!("Un breve recordatorio sobre ", several!("las facturas", "la factura"), num_importe!()),
            concat!(
                hi!(),
                "Espero que se encuentre bien. Según nuestros registros, ", several!("las facturas", "la factura"), num!(), importe!(), ", ", que_vencia!(), ", ", several!("siguen pendientes", "sigue pendiente"), ".", pago_parcial!(warm), promesa!(warm), " Son cosas que se pasan por alto con facilidad, así que he pensado en enviarle un breve recordatorio.\n\n",
                link!(),
                "Si el pago ya está en camino, muchas gracias, y no tenga en cuenta esta nota.\n\n",
                best!()
            ),
        ),
        (
            concat!(several!("Facturas", "Factura"), num_importe!(), ": recordatorio de pago"),
            concat!(
                dear!(),
                "Según nuestros registros, ", several!("las facturas", "la factura"), num!(), importe!(), ", ", que_vencia!(), ", todavía no se ", several!("han", "ha"), " saldado.", pago_parcial!(neutral), promesa!(neutral), " Le agradeceríamos que realizara el pago en cuanto le sea posible.\n\n",
                link!(),
                "Si ya ha efectuado el pago, le damos las gracias y le rogamos que no tenga en cuenta este recordatorio. Si hay algún problema con ", several!("las facturas", "la factura"), ", comuníquenoslo para que podamos resolverlo juntos.\n\n",
                kind!()
            ),
        ),
        (
            concat!(several!("Facturas", "Factura"), num_importe!(), ": pago vencido"),
            concat!(
                dear!(),
                several!("Las facturas", "La factura"), num!(), importe!(), vencio_y!(), " ", several!("siguen pendientes", "sigue pendiente"), " de pago.", pago_parcial!(firm), promesa!(firm), "\n\n",
                "Le rogamos que realice el pago a más tardar el {{ today + 7 days | date(\"long\") }}. Si hay algo que lo esté retrasando, ¿podría indicárnoslo para que podamos resolverlo juntos?\n\n",
                link!(),
                sincerely!()
            ),
        ),
    ],
    // SecondFollowUp
    [
        (
            concat!("Seguimiento de ", several!("las facturas", "la factura"), num_importe!()),
            concat!(
                hi!(),
                "{% if reminders_sent %}Le escribo de nuevo en relación con mi mensaje anterior sobre{% else %}Le escribo en relación con{% endif %} ", several!("las facturas", "la factura"), num!(), importe!(), ", ", que_vencia!(), ".", pago_parcial!(warm), promesa!(warm), " Sé lo ajetreado que puede ser el día a día, así que quería saber si podemos hacer algo para facilitar el pago.\n\n",
                link!(),
                "Si hay algo en ", several!("las facturas", "la factura"), " que no esté claro o que haya que cambiar, responda a este correo y lo revisaremos enseguida.\n\n",
                best!()
            ),
        ),
        (
            concat!("{% if reminders_sent %}Nuevo recordatorio{% else %}Recordatorio de pago{% endif %}: ", several!("facturas", "factura"), num_importe!()),
            concat!(
                dear!(),
                "{% if reminders_sent %}{% if last_sent_on %}El {{ last_sent_on }}{% else %}Hace unos días{% endif %} le escribimos en relación con{% else %}Le escribimos en relación con{% endif %} ", several!("las facturas", "la factura"), num!(), importe!(), ", ", que_vencia!(), ".", pago_parcial!(neutral), promesa!(neutral), " ", several!("Como siguen pendientes, queríamos asegurarnos de que las facturas han llegado", "Como sigue pendiente, queríamos asegurarnos de que la factura ha llegado"), " a la persona adecuada.\n\n",
                link!(),
                "¿Podría indicarnos cuándo podemos esperar el pago, o con quién sería mejor que habláramos?\n\n",
                kind!()
            ),
        ),
        (
            concat!(several!("Facturas", "Factura"), num_importe!(), ": {% if reminders_sent %}nuevo recordatorio{% else %}recordatorio de pago{% endif %}"),
            concat!(
                dear!(),
                "{% if reminders_sent == \"1\" %}Le enviamos un segundo recordatorio sobre{% else %}{% if reminders_sent %}Le enviamos un nuevo recordatorio sobre{% else %}Le escribimos en relación con{% endif %}{% endif %} ", several!("las facturas", "la factura"), num!(), importe!(), several!(", que siguen pendientes de pago; la más antigua vencía el {{ due_date }}.", ", que vencía el {{ due_date }} y sigue pendiente de pago."), pago_parcial!(firm), promesa!(firm), "\n\n",
                "Le agradeceríamos que realizara el pago a más tardar el {{ today + 7 days | date(\"long\") }} o que nos indicara si hay algún motivo para el retraso, de modo que podamos buscar juntos una solución.\n\n",
                link!(),
                sincerely!()
            ),
        ),
    ],
    // FirmFollowUp
    [
        (
            concat!("¿Podemos acordar una fecha de pago para ", several!("las facturas", "la factura"), num_importe!(), "?"),
            concat!(
                hi!(),
                "Quería ponerme{% if reminders_sent %} de nuevo{% endif %} en contacto con usted en relación con ", several!("las facturas", "la factura"), num!(), importe!(), several!(", que siguen pendientes; la más antigua vencía el {{ due_date }}.", ", que vencía el {{ due_date }} y sigue pendiente."), pago_parcial!(warm), promesa!(warm), " Me gustaría mucho encontrar una solución que le venga bien.\n\n",
                "¿Podría indicarme, a más tardar el {{ today + 5 business days | date(\"long\") }}, cuándo podemos esperar el pago? Si en este momento le resulta complicado, podemos hablar con mucho gusto de otras opciones, como un plan de pagos.\n\n",
                link!(),
                best!()
            ),
        ),
        (
            concat!(several!("Facturas", "Factura"), num_importe!(), ": ¿podría confirmarnos una fecha de pago?"),
            concat!(
                dear!(),
                several!("Las facturas", "La factura"), num!(), importe!(), ", ", que_vencia!(), ", ", several!("siguen pendientes", "sigue pendiente"), "{% if reminders_sent %} tras {{ reminders_sent | count(\"nuestro recordatorio|nuestros # recordatorios\") }}{% endif %}.", pago_parcial!(neutral), promesa!(neutral), "\n\n",
                "¿Podría indicarnos, a más tardar el {{ today + 5 business days | date(\"long\") }}, cuándo podemos esperar el pago? Si hay algún problema con ", several!("las facturas", "la factura"), " o desea hablar de un pago fraccionado, comuníquenoslo y haremos todo lo posible por ayudarle.\n\n",
                link!(),
                kind!()
            ),
        ),
        (
            concat!(several!("Facturas", "Factura"), num_importe!(), ": le rogamos que confirme una fecha de pago"),
            concat!(
                dear!(),
                several!("Las facturas", "La factura"), num!(), importe!(), vencio_y!(), " ", several!("siguen pendientes", "sigue pendiente"), " de pago.", pago_parcial!(firm), promesa!(firm), "{% if reminders_sent %} Le hemos enviado {{ reminders_sent | count(\"un recordatorio|# recordatorios\") }} y ahora quisiéramos acordar con usted cómo seguir.{% else %} Ahora quisiéramos acordar con usted cómo seguir.{% endif %}\n\n",
                "¿Podría indicarnos, a más tardar el {{ today + 5 business days | date(\"long\") }}, en qué fecha se realizará el pago? ¿Cómo podemos colaborar para resolverlo?\n\n",
                link!(),
                sincerely!()
            ),
        ),
    ],
    // FinalNotice
    [
        (
            concat!(several!("Facturas", "Factura"), num_importe!(), ": resolvámoslo juntos"),
            concat!(
                hi!(),
                "Le escribo{% if reminders_sent %} una vez más{% endif %} en relación con ", several!("las facturas", "la factura"), num!(), importe!(), ", ", que_vencia!(), ".", pago_parcial!(warm), promesa!(warm), " Preferiría de verdad que lo resolviéramos entre nosotros, así que no dude en escribirme si algo le está dificultando el pago: un plan de pagos siempre es una opción.\n\n",
                "Para que sepa en qué punto estamos: si para el {{ today + 10 days | date(\"long\") }} no hemos tenido noticias suyas, pasaremos el expediente a la empresa de recobro con la que colaboramos. Espero que no llegue a ser necesario.\n\n",
                link!(),
                best!()
            ),
        ),
        (
            concat!("Último recordatorio: ", several!("facturas", "factura"), num_importe!()),
            concat!(
                dear!(),
                "{% if reminders_sent %}Ya le hemos escrito en relación con ", several!("las facturas", "la factura"), num!(), importe!(), ", ", que_vencia!(), ", y todavía no hemos podido resolver el asunto con usted.{% else %}", several!("Las facturas", "La factura"), num!(), importe!(), ", ", que_vencia!(), ", ", several!("siguen pendientes", "sigue pendiente"), ", y nos gustaría resolver el asunto con usted.{% endif %}", pago_parcial!(neutral), promesa!(neutral), "\n\n",
                "Preferimos, sin duda, resolverlo directamente con usted. Si para el {{ today + 10 days | date(\"long\") }} no hemos recibido el pago ni noticias suyas, pasaremos el expediente a la empresa de recobro con la que colaboramos, que se pondrá en contacto con usted.\n\n",
                "Si hay algún motivo por el que no haya sido posible realizar el pago, le rogamos que se ponga en contacto con nosotros antes de esa fecha: estaremos encantados de estudiar un plan de pagos.\n\n",
                link!(),
                kind!()
            ),
        ),
        (
            concat!("Último aviso: ", several!("facturas", "factura"), num_importe!()),
            concat!(
                dear!(),
                "Le enviamos este último aviso en relación con ", several!("las facturas", "la factura"), num!(), importe!(), several!(", que siguen pendientes de pago", ", que venció el {{ due_date }} y sigue pendiente de pago"), "{% if reminders_sent %} tras {{ reminders_sent | count(\"nuestro recordatorio|# recordatorios\") }}{% endif %}", if_several!("; la más antigua venció el {{ due_date }}"), ".", pago_parcial!(firm), promesa!(firm), "\n\n",
                "Si para el {{ today + 10 days | date(\"long\") }} no hemos recibido el pago ni hemos acordado con usted una fecha de pago, pasaremos el expediente a la empresa de recobro con la que colaboramos. Preferiríamos resolverlo directamente, y basta con que nos responda antes de esa fecha para empezar a hablarlo.\n\n",
                link!(),
                sincerely!()
            ),
        ),
    ],
    // AgencyReferral
    [
        (
            concat!(several!("Facturas", "Factura"), num_importe!(), ": novedades sobre el expediente"),
            concat!(
                hi!(),
                "Lamento que no hayamos podido resolver entre nosotros ", several!("las facturas", "la factura"), num!(), importe!(), ", ", que_vencia!(), ".", pago_parcial!(warm), "{% if reminders_sent %} Como le anunciamos en nuestro último mensaje, hemos{% else %} Hemos{% endif %} pasado el expediente a la empresa de recobro con la que colaboramos, que se pondrá en contacto con usted.\n\n",
                "Si aún desea ", several!("liquidarlas", "liquidarla"), " directamente con nosotros, o si hay algo que se nos haya escapado, no dude en escribirme: siempre nos alegra saber de usted.\n\n",
                link!(),
                best!()
            ),
        ),
        (
            concat!(several!("Las facturas", "La factura"), num_importe!(), " se ", several!("han", "ha"), " remitido a nuestra empresa de recobro"),
            concat!(
                dear!(),
                "{% if reminders_sent %}Tras {{ reminders_sent | count(\"nuestro recordatorio|nuestros recordatorios\") }}, ", several!("las", "la"), "{% else %}", several!("Las", "La"), "{% endif %} ", several!("facturas", "factura"), num!(), importe!(), ", ", que_vencia!(), ", se ", several!("han", "ha"), " remitido a la empresa de recobro con la que colaboramos, que se pondrá en contacto con usted para gestionar el pago.", pago_parcial!(neutral), "\n\n",
                "Si prefiere pagarnos directamente, le rogamos que nos avise cuando lo haga para que podamos cerrar el expediente con ellos. Si desea comentar cualquier aspecto del expediente, puede responder a este correo.\n\n",
                link!(),
                kind!()
            ),
        ),
        (
            concat!(several!("Facturas", "Factura"), num_importe!(), ": expediente remitido para su cobro"),
            concat!(
                dear!(),
                "Con fecha {{ today }}, ", several!("las facturas", "la factura"), num!(), importe!(), ", ", que_vencio!(), ", se ", several!("han", "ha"), " remitido a la empresa de recobro con la que colaboramos, que gestionará el expediente a partir de ahora.", pago_parcial!(firm), "\n\n",
                "Si nos abona el importe directamente antes de que se pongan en contacto con usted, el asunto quedará cerrado; le rogamos que nos envíe un aviso cuando realice el pago.\n\n",
                link!(),
                sincerely!()
            ),
        ),
    ],
    // PaymentPlanProposal
    [
        (
            concat!("Una propuesta para facilitar el pago de ", several!("las facturas", "la factura"), num_importe!()),
            concat!(
                hi!(),
                "Entiendo que pagar de una sola vez ", several!("las facturas", "la factura"), num!(), importe!(), ", puede no resultar fácil en este momento, así que quería proponerle algo que quizá le ayude.", pago_parcial!(warm), "\n\n",
                "{% if plan_list %}\n",
                "Podemos ofrecerle pagar {% if plan_down_payment %}una entrada de {{ plan_down_payment }} y el resto en {% else %}en {% endif %}{{ plan_count | count(\"# plazo|# plazos\") }}, de la siguiente manera:\n\n",
                "{{ plan_list }}\n\n",
                "¿Podría decirme, a más tardar el {{ plan_reply_by }}, si le viene bien? Si le conviene más otra fórmula, lo hablamos con mucho gusto.\n",
                "{% else %}\n",
                "Con mucho gusto podemos repartir el importe pendiente en varios plazos mensuales. ¿Podría decirme, a más tardar el {{ plan_reply_by }}, cuánto podría pagar cada mes?\n",
                "{% endif %}\n\n",
                best!()
            ),
        ),
        (
            concat!("Un plan de pagos para ", several!("las facturas", "la factura"), num_importe!()),
            concat!(
                dear!(),
                "Entendemos que abonar en un único pago ", several!("las facturas", "la factura"), num!(), importe!(), ", puede no ser viable en este momento.", pago_parcial!(neutral), " Para facilitarlo, nos complacería acordar con usted un plan de pagos.\n\n",
                "{% if plan_list %}\n",
                "Le proponemos {% if plan_down_payment %}una entrada de {{ plan_down_payment }} seguida de {% endif %}{{ plan_count | count(\"# plazo|# plazos\") }}, según el siguiente calendario:\n\n",
                "{{ plan_list }}\n\n",
                "¿Podría indicarnos, a más tardar el {{ plan_reply_by }}, si este plan le conviene? De no ser así, estamos abiertos a estudiar una alternativa.\n",
                "{% else %}\n",
                "¿Podría indicarnos, a más tardar el {{ plan_reply_by }}, qué importe mensual podría asumir? Después le enviaremos un calendario de pagos para que lo confirme.\n",
                "{% endif %}\n\n",
                kind!()
            ),
        ),
        (
            concat!(several!("Facturas", "Factura"), num_importe!(), ": propuesta de plan de pagos"),
            concat!(
                dear!(),
                "Para saldar ", several!("las facturas", "la factura"), num!(), importe!(), ", ", que_vencio!(), ", podemos ofrecerle la posibilidad de ", several!("pagarlas", "pagarla"), " a plazos.", pago_parcial!(firm), "\n\n",
                "{% if plan_list %}\n",
                "Le proponemos {% if plan_down_payment %}una entrada de {{ plan_down_payment }} seguida de {% endif %}{{ plan_count | count(\"# plazo|# plazos\") }}:\n\n",
                "{{ plan_list }}\n\n",
                "El plan estará disponible si lo confirma a más tardar el {{ plan_reply_by }}; en caso contrario, seguirá siendo exigible la totalidad del importe pendiente.\n",
                "{% else %}\n",
                "¿Podría indicarnos, a más tardar el {{ plan_reply_by }}, cuánto puede pagar cada mes, para que podamos establecer un calendario? En caso contrario, seguirá siendo exigible la totalidad del importe pendiente.\n",
                "{% endif %}\n\n",
                sincerely!()
            ),
        ),
    ],
    // SettlementOffer
    [
        (
            concat!("Una propuesta para cerrar ", several!("las facturas", "la factura"), num_importe!()),
            concat!(
                hi!(),
                "Me gustaría encontrar una solución que nos convenga a ambos para cerrar ", several!("las facturas", "la factura"), num!(), importe!(), ".", pago_parcial!(warm), "\n\n",
                "{% if discount %}\n",
                "Si puede pagar {{ discount_net }} a más tardar el {{ discount_deadline | date(\"weekday\") }}, lo aceptaremos como liquidación total ", several!("de las facturas", "de la factura"), ": un ahorro de {{ discount_amount }} ({{ discount_percent }}).\n",
                "{% else %}\n",
                "Si le resulta difícil pagar el importe íntegro, estamos dispuestos a considerar un importe reducido como liquidación total. ¿Podría decirme cuánto podría pagar y en qué plazo?\n",
                "{% endif %}\n\n",
                link!(),
                best!()
            ),
        ),
        (
            concat!(several!("Facturas", "Factura"), num_importe!(), ": propuesta de liquidación"),
            concat!(
                dear!(),
                "Queremos resolver ", several!("las facturas", "la factura"), num!(), importe!(), ", ", que_vencia!(), ", y le ofrecemos lo siguiente.", pago_parcial!(neutral), "\n\n",
                "{% if discount %}\n",
                "Si recibimos {{ discount_net }} a más tardar el {{ discount_deadline }}, lo aceptaremos como liquidación total ", several!("de las facturas", "de la factura"), ", lo que supone una reducción de {{ discount_amount }} ({{ discount_percent }}).\n",
                "{% else %}\n",
                "Estamos dispuestos a aceptar un importe reducido como liquidación total. ¿Podría indicarnos cuánto podría pagar y en qué plazo?\n",
                "{% endif %}\n\n",
                link!(),
                kind!()
            ),
        ),
        (
            concat!(several!("Facturas", "Factura"), num_importe!(), ": propuesta de liquidación con plazo"),
            concat!(
                dear!(),
                several!("Las facturas", "La factura"), num!(), importe!(), vencio_y!(), " ", several!("siguen pendientes", "sigue pendiente"), " de pago.", pago_parcial!(firm), " Para resolverlo, le hacemos la siguiente propuesta.\n\n",
                "{% if discount %}\n",
                "Aceptaremos {{ discount_net }} como liquidación total, lo que supone una reducción de {{ discount_amount }} ({{ discount_percent }}), siempre que recibamos el pago a más tardar el {{ discount_deadline }}. Pasada esa fecha, la oferta dejará de ser válida y seguirá siendo exigible la totalidad del importe pendiente.\n",
                "{% else %}\n",
                "Estamos dispuestos a estudiar un importe reducido como liquidación total si nos responde a más tardar el {{ today + 7 days | date(\"long\") }}. Pasada esa fecha, seguirá siendo exigible la totalidad del importe pendiente.\n",
                "{% endif %}\n\n",
                link!(),
                sincerely!()
            ),
        ),
    ],
    // InstallmentDueSoon
    [
        (
            "Su próximo pago del plan{% if plan_next_date %}: {{ plan_next_amount }} el {{ plan_next_date }}{% endif %}",
            concat!(
                hi!(),
                "Solo un breve recordatorio: el próximo pago de nuestro plan para ", several!("las facturas", "la factura"), num!(), "{% if plan_next_date %}, de {{ plan_next_amount }}, vence el {{ plan_next_date | date(\"weekday\") }}{% else %} vencerá en breve{% endif %}. Le agradezco mucho que haya cumplido el plan hasta ahora.\n\n",
                link!(),
                "Si ha cambiado algo por su parte, avíseme con tiempo y buscaremos una solución.\n\n",
                best!()
            ),
        ),
        (
            concat!("Próximo pago del plan de ", several!("las facturas", "la factura"), num_importe!()),
            concat!(
                dear!(),
                "Le recordamos que el próximo pago del plan acordado para ", several!("las facturas", "la factura"), num!(), "{% if plan_next_date %}, de {{ plan_next_amount }}, vence el {{ plan_next_date | date(\"weekday\") }}{% else %} vencerá en breve{% endif %}.\n\n",
                link!(),
                "Si prevé alguna dificultad con este pago, le rogamos que nos lo comunique antes de la fecha de vencimiento para que podamos hablarlo.\n\n",
                kind!()
            ),
        ),
        NONE,
    ],
    // InstallmentMissed
    [
        (
            "Sobre el pago de su plan",
            concat!(
                hi!(),
                "Espero que todo vaya bien. He visto que el pago{% if plan_next_date %} de {{ plan_next_amount }}{% endif %} del plan de ", several!("las facturas", "la factura"), num!(), "{% if plan_next_date %}, que vencía el {{ plan_next_date }},{% endif %} todavía no nos ha llegado. Puede que sea simplemente una cuestión de fechas.\n\n",
                "¿Podría decirme cuándo puedo esperarlo? Si el plan ya no le conviene, prefiero de verdad que lo ajustemos juntos antes que darlo por terminado.\n\n",
                link!(),
                best!()
            ),
        ),
        (
            concat!("Plazo pendiente de ", several!("las facturas", "la factura"), num_importe!()),
            concat!(
                dear!(),
                "Todavía no hemos recibido el pago{% if plan_next_date %} de {{ plan_next_amount }} que vencía el {{ plan_next_date }}{% endif %} según el plan acordado para ", several!("las facturas", "la factura"), num!(), ".\n\n",
                "¿Podría indicarnos cuándo podemos esperarlo? Si el plan ya no le conviene, preferimos ajustarlo juntos antes que darlo por terminado.\n\n",
                link!(),
                kind!()
            ),
        ),
        (
            concat!(several!("Facturas", "Factura"), num_importe!(), ": pago del plan no recibido"),
            concat!(
                dear!(),
                "No hemos recibido el pago{% if plan_next_date %} de {{ plan_next_amount }} que vencía el {{ plan_next_date }}{% endif %} según el plan acordado para ", several!("las facturas", "la factura"), num!(), ".\n\n",
                "El plan se basa en que cada pago llegue a tiempo, y nos gustaría mantenerlo en vigor. ¿Podría indicarnos, a más tardar el {{ today + 3 business days | date(\"long\") }}, cuándo realizará este pago?\n\n",
                link!(),
                sincerely!()
            ),
        ),
    ],
    // PromiseConfirmation
    [
        (
            "Gracias: pago de {{ balance }}{% if promise_date %} para el {{ promise_date }}{% endif %}",
            concat!(
                hi!(),
                "Gracias por su respuesta. Solo para confirmarlo: abonará el importe de {{ balance }} de ", several!("las facturas", "la factura"), num!(), "{% if promise_date %} a más tardar el {{ promise_date | date(\"weekday\") }}{% endif %}. Lo he anotado y no le enviaré más recordatorios hasta entonces.\n\n",
                link!(),
                best!()
            ),
        ),
        (
            concat!(several!("Facturas", "Factura"), num_importe!(), ": confirmación de pago{% if promise_date %} para el {{ promise_date }}{% endif %}"),
            concat!(
                dear!(),
                "Le agradecemos que nos haya comunicado que el pago de {{ balance }} de ", several!("las facturas", "la factura"), num!(), " se realizará{% if promise_date %} a más tardar el {{ promise_date | date(\"weekday\") }}{% else %} en breve{% endif %}. Tomamos nota y suspenderemos nuestros recordatorios hasta esa fecha.\n\n",
                link!(),
                kind!()
            ),
        ),
        NONE,
    ],
    // PromiseMissed
    [
        (
            concat!("Sobre ", several!("las facturas", "la factura"), num_importe!()),
            concat!(
                hi!(),
                "Gracias de nuevo por avisarme de que ", several!("las facturas", "la factura"), num!(), " ", several!("estarían pagadas", "estaría pagada"), "{% if promise_date %} para el {{ promise_date }}{% else %} en breve{% endif %}. Todavía no he visto llegar el pago de {{ balance }}, así que quería comprobar que todo va bien.\n\n",
                "¿Podría decirme cuándo puedo esperarlo ahora? Si ha cambiado algo, buscaremos con gusto otra solución.\n\n",
                link!(),
                best!()
            ),
        ),
        (
            concat!(several!("Facturas", "Factura"), num_importe!(), ": pago previsto{% if promise_date %} para el {{ promise_date }}{% endif %}"),
            concat!(
                dear!(),
                "Le agradecemos de nuevo que nos confirmara que ", several!("las facturas", "la factura"), num!(), " ", several!("estarían pagadas", "estaría pagada"), "{% if promise_date %} para el {{ promise_date }}{% else %} en breve{% endif %}. Todavía no hemos recibido el pago de {{ balance }} y queríamos comprobar que todo está en orden.\n\n",
                "¿Podría indicarnos cuándo podemos esperarlo ahora? Si ha cambiado algo, ¿cómo podemos colaborar para resolverlo?\n\n",
                link!(),
                kind!()
            ),
        ),
        (
            concat!(several!("Facturas", "Factura"), num_importe!(), ": ha pasado la fecha de pago acordada"),
            concat!(
                dear!(),
                "Habíamos acordado que ", several!("las facturas", "la factura"), num!(), " ", several!("estarían pagadas", "estaría pagada"), "{% if promise_date %} para el {{ promise_date }}{% endif %}, y todavía no hemos recibido el pago de {{ balance }}.\n\n",
                "¿Podría indicarnos, a más tardar el {{ today + 3 business days | date(\"long\") }}, cuándo se realizará el pago? Si no tenemos noticias suyas para entonces, retomaremos nuestro proceso habitual de recordatorios.\n\n",
                link!(),
                sincerely!()
            ),
        ),
    ],
    // DisputeAcknowledgement
    [
        (
            concat!("Su consulta sobre ", several!("las facturas", "la factura"), num_importe!()),
            concat!(
                hi!(),
                "Gracias por comentarme sus dudas sobre ", several!("las facturas", "la factura"), num_importe!(), ". He suspendido todos los recordatorios ", several!("de estas facturas", "de esta factura"), " mientras lo revisamos juntos.\n\n",
                "Para poder aclararlo rápidamente, ¿podría enviarme los detalles: qué conceptos o importes cuestiona y cualquier documento que muestre lo que esperaba (por ejemplo, un pedido, un presupuesto o un albarán)?\n\n",
                "Confío en que podamos resolverlo pronto, y le responderé en cuanto lo haya revisado todo.\n\n",
                best!()
            ),
        ),
        (
            concat!("Consulta sobre ", several!("las facturas", "la factura"), num_importe!()),
            concat!(
                dear!(),
                "Le agradecemos que nos haya trasladado su consulta sobre ", several!("las facturas", "la factura"), num!(), several!(", por un importe total de", ", por importe de"), " {{ amount }}. Hemos suspendido todos los recordatorios de pago ", several!("de estas facturas mientras las revisamos", "de esta factura mientras la revisamos"), ".\n\n",
                "Para ayudarnos a resolverlo, ¿podría enviarnos los detalles: qué conceptos o importes cuestiona y cualquier documento que respalde su posición (por ejemplo, un pedido o un albarán)?\n\n",
                "Confiamos en que pueda resolverse pronto, y le responderemos en cuanto hayamos revisado los detalles.\n\n",
                kind!()
            ),
        ),
        NONE,
    ],
    // StatutoryInterestNotice
    [
        (
            concat!(several!("Facturas", "Factura"), num_importe!(), ": intereses de demora"),
            concat!(
                hi!(),
                "Le escribo en relación con ", several!("las facturas", "la factura"), num!(), importe!(), several!(", que siguen pendientes; la más antigua vencía el {{ due_date }}.", ", que vencía el {{ due_date }} y sigue pendiente."), pago_parcial!(warm), "\n\n",
                "{% if statutory %}\n",
                statutory_basis!(),
                "A fecha de {{ today }}, eso supone {{ statutory_interest }} de intereses y {{ statutory_compensation }} de indemnización, {{ statutory_total }} en total.\n\n",
                "Para mí lo importante ", several!("son las propias facturas", "es la propia factura"), ": si recibimos el importe pendiente de {{ balance }} a más tardar el {{ today + 14 days | date(\"long\") }}, renunciaremos con gusto a estos cargos.\n\n",
                "{% endif %}\n",
                link!(),
                best!()
            ),
        ),
        (
            concat!(several!("Facturas", "Factura"), num_importe!(), ": intereses de demora e indemnización por costes de cobro"),
            concat!(
                dear!(),
                several!("Las facturas", "La factura"), num!(), importe!(), vencio_y!(), " todavía no se ", several!("han", "ha"), " saldado.", pago_parcial!(neutral), "\n\n",
                "{% if statutory %}\n",
                statutory_basis!(),
                "A fecha de {{ today }}, los intereses ascienden a {{ statutory_interest }} y la indemnización, a {{ statutory_compensation }}: {{ statutory_total }} además del importe pendiente de {{ balance }}. Los intereses siguen devengándose hasta el pago.\n\n",
                "{% endif %}\n",
                "Si hay algún motivo por el que no haya sido posible realizar el pago, le rogamos que nos lo comunique: preferiríamos acordar una solución.\n\n",
                link!(),
                kind!()
            ),
        ),
        (
            concat!(several!("Facturas", "Factura"), num_importe!(), ": reclamación de intereses de demora e indemnización"),
            concat!(
                dear!(),
                several!("Las facturas", "La factura"), num!(), importe!(), vencio_y!(), " ", several!("siguen pendientes", "sigue pendiente"), " de pago.", pago_parcial!(firm), "\n\n",
                "{% if statutory %}\n",
                statutory_basis!(),
                "A fecha de {{ today }}, le reclamamos {{ statutory_interest }} en concepto de intereses y {{ statutory_compensation }} en concepto de indemnización, {{ statutory_total }} en total, además del importe pendiente de {{ balance }}. Los intereses siguen devengándose hasta el pago.\n\n",
                "{% endif %}\n",
                "¿Podría indicarnos, a más tardar el {{ today + 7 days | date(\"long\") }}, cuándo se realizará el pago?\n\n",
                link!(),
                sincerely!()
            ),
        ),
    ],
    // ThankYou
    [
        (
            "Gracias por su pago",
            concat!(
                hi!(),
                "Muchas gracias por su pago de {% if part_paid %}{{ balance }}{% else %}{{ amount }}{% endif %} de ", several!("las facturas", "la factura"), num!(), "; lo hemos recibido correctamente{% if part_paid %} y con él ", several!("las facturas quedan saldadas", "la factura queda saldada"), "{% endif %}. Se lo agradezco de verdad.\n\n",
                "Siempre es un placer trabajar con usted, y espero con interés el próximo proyecto.\n\n",
                best!()
            ),
        ),
        (
            concat!("Pago recibido: ", several!("facturas", "factura"), num_importe!()),
            concat!(
                dear!(),
                "Le agradecemos su pago de {% if part_paid %}{{ balance }}{% else %}{{ amount }}{% endif %} correspondiente a ", several!("las facturas", "la factura"), num!(), ", que ya hemos recibido. ", several!("Las facturas quedan saldadas", "La factura queda saldada"), " en su totalidad.\n\n",
                "Valoramos mucho su confianza y esperamos volver a trabajar con usted pronto.\n\n",
                kind!()
            ),
        ),
        NONE,
    ],
    // FormalDemand
    [
        NONE,
        NONE,
        (
            concat!("{% if statutory_law == \"es\" %}Requerimiento de pago{% else %}Requerimiento formal de pago{% endif %}: ", several!("facturas", "factura"), num_importe!()),
            concat!(
                dear!(),
                several!("Las facturas", "La factura"), num!(), importe!(), vencio_y!(), " ", several!("siguen pendientes", "sigue pendiente"), " de pago{% if reminders_sent %} tras {{ reminders_sent | count(\"nuestro recordatorio|nuestros # recordatorios\") }}{% endif %}.", pago_parcial!(firm), "\n\n",
                "{% if statutory_law == \"es\" %}\n",
                "Por medio del presente requerimiento le solicitamos que abone el importe pendiente de {{ balance }} a más tardar el {{ today + 15 days | date(\"long\") }}.",
                "{% if statutory_claimed %} De conformidad con el artículo 7 de la Ley 3/2004, de 29 de diciembre, por la que se establecen medidas de lucha contra la morosidad en las operaciones comerciales, la deuda devenga intereses de demora al tipo legal del {{ statutory_rate }} anual, que a fecha de {{ today }} ascienden a {{ statutory_interest }}; además, conforme a su artículo 8, le reclamamos {{ statutory_compensation }} en concepto de indemnización por los costes de cobro. En total, {{ statutory_total }} además del importe pendiente.{% else %} Le recordamos que, conforme a los artículos 7 y 8 de la Ley 3/2004, de 29 de diciembre, la deuda devenga intereses de demora y da derecho a una indemnización de 40\u{a0}euros por los costes de cobro.{% endif %}\n\n",
                "Si para esa fecha no hemos recibido el pago ni una respuesta suya, presentaremos sin más aviso una petición de procedimiento monitorio ante el juzgado competente. Preferiríamos resolverlo de forma amistosa: si desea acordar un plan de pagos, le rogamos que se ponga en contacto con nosotros antes de esa fecha.\n\n",
                "Le enviamos también este requerimiento por burofax con acuse de recibo y certificación de contenido.\n",
                "{% else %}\n",
                "Por medio del presente le requerimos formalmente el pago del importe pendiente de {{ balance }} a más tardar el {{ today + 14 days | date(\"long\") }}.",
                "{% if statutory_claimed %} Le reclamamos asimismo los intereses y la indemnización que la ley establece para los pagos tardíos entre empresas: a fecha de {{ today }}, {{ statutory_interest }} de intereses ({{ statutory_interest_law }}){% if statutory_compensation_law %} y {{ statutory_compensation }} de indemnización ({{ statutory_compensation_law }}){% endif %}{% if statutory_collection_costs %}, además de {{ statutory_collection_costs }} de costes de cobro{% endif %}, {{ statutory_total }} en total. Los intereses siguen devengándose hasta el pago.{% endif %}\n\n",
                "Si para esa fecha no hemos recibido el pago ni una respuesta suya, reclamaremos la deuda ante el juzgado competente. Preferiríamos resolverlo de forma amistosa: si desea acordar un plan de pagos, le rogamos que se ponga en contacto con nosotros antes de esa fecha.\n",
                "{% endif %}\n\n",
                link!(),
                sincerely!()
            ),
        ),
    ],
];

const BY_DATE: &str = "indique una fecha concreta, p. ej. «a más tardar el viernes 12 de junio»";
const NOT_YET: &str = "todavía no hemos recibido el pago";
const NO_REPLY: &str = "todavía no hemos recibido respuesta";
const NO_AGREEMENT: &str = "todavía no hemos podido llegar a un acuerdo";
const NOT_REACHED: &str = "todavía no hemos conseguido contactar con usted";
const AGREED_DATE: &str = "la fecha acordada ya ha pasado";
const MISUNDERSTANDING: &str = "parece que ha habido un malentendido";
const MISTAKE: &str = "parece que ha habido un error";
const WHAT_HAPPENED: &str = "nos gustaría entender qué ha ocurrido";
const HOLDING_UP: &str = "nos gustaría entender qué está retrasando el pago";
const POSITION: &str = "nos gustaría entender su postura";
const WHEN_PAY: &str = "¿podría indicarnos cuándo podemos esperar el pago?";
const AGREE_DATE: &str = "¿podríamos acordar una fecha de pago?";
const ASK_PAY: &str = "le rogamos que realice el pago";
const DEBT: &str = "el importe pendiente de la factura es";
const NEXT_STEP: &str =
    "nuestro siguiente paso sería pasar el expediente a la empresa de recobro con la que colaboramos";
const NEXT: &str = "nuestro siguiente paso sería";
const BEFORE_NEXT: &str = "nos gustaría resolverlo antes de dar el siguiente paso";
const TOGETHER: &str = "preferimos de verdad resolverlo juntos";
const WHERE_THINGS_STAND: &str = "para que sepa en qué punto estamos";
const RECAP: &str = "a modo de resumen";
const CONCERN: &str = "esto nos preocupa";
const HOPED: &str = "esperábamos haberlo resuelto ya";
const LAST_EMAIL: &str = "en relación con mi correo del [fecha]";
const ONCE_MORE: &str = "una vez más";
const RESOLVE: &str = "nos gustaría resolverlo";
const GRATEFUL: &str = "le agradeceríamos que";
const COULD_YOU_PAY: &str = "¿podría realizar el pago?";
const RESPECT: &str = "lo vemos de otra manera";
const REMINDER: &str = "a modo de recordatorio";
const IN_CASE: &str = "por si le pasó desapercibido";
const AS_BEFORE: &str = "como en facturas anteriores";
const HOW_IT_WORKS: &str = "así es como funciona:";
const BUSY: &str = "sé que hay épocas de mucho trabajo";
const REPLY: &str = "gracias por su respuesta";
const VALUED: &str = "valoramos mucho nuestra colaboración";
const RELIED: &str = "contábamos con la fecha acordada";
const FLEXIBLE: &str = "hemos intentado ser flexibles";
const HELP: &str = "le agradeceríamos su ayuda para resolverlo";
const SIZE: &str = "para una empresa de nuestro tamaño, cobrar a tiempo es muy importante";

/// Spanish phrases (usted): (lower-case phrase, kind, suggestion).
static PHRASES: &[Phrase] = {
    use ToneKind::*;
    &[
        // Reproches.
        ("su falta de pago", Accusatory, "el importe pendiente"),
        ("usted no ha pagado", Accusatory, NOT_YET),
        ("todavía no ha pagado", Accusatory, NOT_YET),
        ("aún no ha pagado", Accusatory, NOT_YET),
        ("sigue sin pagar", Accusatory, NOT_YET),
        ("ha incumplido", Accusatory, NOT_YET),
        ("no se ha dignado", Accusatory, NOT_YET),
        ("ha ignorado", Accusatory, NO_REPLY),
        ("sigue ignorando", Accusatory, NO_REPLY),
        ("ignora nuestros", Accusatory, NO_REPLY),
        ("ha hecho caso omiso", Accusatory, NO_REPLY),
        ("ni siquiera ha respondido", Accusatory, NO_REPLY),
        ("ni siquiera ha contestado", Accusatory, NO_REPLY),
        ("ni siquiera se ha molestado", Accusatory, NO_REPLY),
        ("nos está evitando", Accusatory, NOT_REACHED),
        ("nos esquiva", Accusatory, NOT_REACHED),
        ("se ha negado", Accusatory, NO_AGREEMENT),
        ("usted nunca", Accusatory, "todavía no"),
        ("su negligencia", Accusatory, "el retraso"),
        ("nos debe", Accusatory, DEBT),
        ("nos adeuda", Accusatory, DEBT),
        ("exigimos", Accusatory, "le rogamos que"),
        ("queremos nuestro dinero", Accusatory, ASK_PAY),
        ("tiene que pagar", Accusatory, COULD_YOU_PAY),
        ("usted debe pagar", Accusatory, COULD_YOU_PAY),
        ("no hay excusa", Accusatory, WHAT_HAPPENED),
        ("no tiene excusa", Accusatory, WHAT_HAPPENED),
        ("es culpa suya", Accusatory, WHAT_HAPPENED),
        ("la culpa es suya", Accusatory, WHAT_HAPPENED),
        ("usted prometió", Accusatory, "nos indicó que"),
        ("nos prometió", Accusatory, "nos indicó que"),
        ("usted afirmó", Accusatory, "nos comentó"),
        ("nos ha mentido", Accusatory, MISUNDERSTANDING),
        ("nos mintió", Accusatory, MISUNDERSTANDING),
        ("no ha cumplido su palabra", Accusatory, AGREED_DATE),
        ("ha faltado a su palabra", Accusatory, AGREED_DATE),
        ("no ha cumplido lo prometido", Accusatory, AGREED_DATE),
        ("dando largas", Accusatory, AGREE_DATE),
        ("no tiene intención de pagar", Accusatory, WHEN_PAY),
        // Amenazas.
        ("última advertencia", Threatening, "último recordatorio"),
        ("advertencia final", Threatening, "último recordatorio"),
        ("nos veremos obligados a", Threatening, NEXT),
        ("no dudaremos en", Threatening, NEXT),
        ("emprenderemos acciones legales", Threatening, NEXT_STEP),
        ("iniciaremos acciones legales", Threatening, NEXT_STEP),
        ("tomaremos medidas legales", Threatening, NEXT_STEP),
        ("acciones judiciales", Threatening, NEXT_STEP),
        ("por la vía judicial", Threatening, NEXT_STEP),
        ("le demandaremos", Threatening, NEXT_STEP),
        ("llevarle a los tribunales", Threatening, NEXT_STEP),
        ("le llevaremos a los tribunales", Threatening, NEXT_STEP),
        ("en manos de nuestros abogados", Threatening, NEXT_STEP),
        ("nuestros abogados se pondrán", Threatening, NEXT_STEP),
        ("nuestro abogado se pondrá", Threatening, NEXT_STEP),
        ("embargaremos", Threatening, NEXT_STEP),
        ("procederemos al embargo", Threatening, NEXT_STEP),
        ("fichero de morosos", Threatening, BEFORE_NEXT),
        ("lista de morosos", Threatening, BEFORE_NEXT),
        ("es su última oportunidad", Threatening, BEFORE_NEXT),
        ("última oportunidad", Threatening, BEFORE_NEXT),
        (
            "nuestra paciencia tiene un límite",
            Threatening,
            BEFORE_NEXT,
        ),
        ("nuestra paciencia se ha agotado", Threatening, BEFORE_NEXT),
        ("se nos ha agotado la paciencia", Threatening, BEFORE_NEXT),
        ("se arrepentirá", Threatening, TOGETHER),
        ("no va a quedar así", Threatening, TOGETHER),
        ("no quedará así", Threatening, TOGETHER),
        ("no nos deja otra opción", Threatening, NEXT),
        ("no nos deja otra alternativa", Threatening, NEXT),
        ("no tendremos más remedio que", Threatening, NEXT),
        ("aténgase a las consecuencias", Threatening, NEXT),
        ("atenerse a las consecuencias", Threatening, NEXT),
        ("graves consecuencias", Threatening, NEXT),
        ("sufrirá las consecuencias", Threatening, NEXT),
        ("queda usted advertido", Threatening, WHERE_THINGS_STAND),
        ("queda advertido", Threatening, WHERE_THINGS_STAND),
        ("está usted avisado", Threatening, WHERE_THINGS_STAND),
        // Juicios sobre la conducta.
        ("moroso", Shaming, "cliente"),
        ("morosa", Shaming, "cliente"),
        ("morosos", Shaming, "clientes"),
        ("mal pagador", Shaming, "cliente"),
        ("mala pagadora", Shaming, "cliente"),
        ("malos pagadores", Shaming, "clientes"),
        ("inaceptable", Shaming, CONCERN),
        ("intolerable", Shaming, CONCERN),
        ("indignante", Shaming, CONCERN),
        ("vergonzoso", Shaming, CONCERN),
        ("vergonzosa", Shaming, CONCERN),
        ("es una vergüenza", Shaming, CONCERN),
        ("qué vergüenza", Shaming, CONCERN),
        ("debería darle vergüenza", Shaming, CONCERN),
        ("irresponsable", Shaming, CONCERN),
        ("falta de seriedad", Shaming, CONCERN),
        (
            "de mala fe",
            Shaming,
            "nos gustaría entender su punto de vista",
        ),
        ("estamos decepcionados", Shaming, HOPED),
        ("estamos muy decepcionados", Shaming, HOPED),
        ("esperábamos más de usted", Shaming, HOPED),
        // Insultos.
        ("sus excusas son ridículas", Insult, HOLDING_UP),
        ("basta de excusas", Insult, HOLDING_UP),
        ("excusas baratas", Insult, HOLDING_UP),
        ("ridículo", Insult, CONCERN),
        ("ridícula", Insult, CONCERN),
        ("patético", Insult, CONCERN),
        ("patética", Insult, CONCERN),
        ("impresentable", Insult, CONCERN),
        ("una tomadura de pelo", Insult, CONCERN),
        ("es una broma", Insult, CONCERN),
        ("poco profesional", Insult, CONCERN),
        ("poco serio", Insult, CONCERN),
        ("poco seria", Insult, CONCERN),
        ("chapuza", Insult, MISTAKE),
        ("incompetente", Insult, MISTAKE),
        ("incompetentes", Insult, MISTAKE),
        ("incompetencia", Insult, "este error"),
        ("mentiroso", Insult, MISUNDERSTANDING),
        ("mentirosos", Insult, MISUNDERSTANDING),
        ("deshonesto", Insult, MISUNDERSTANDING),
        ("típico de usted", Insult, AS_BEFORE),
        ("típico de ustedes", Insult, AS_BEFORE),
        ("muy propio de usted", Insult, AS_BEFORE),
        ("se está riendo de nosotros", Insult, POSITION),
        ("se ríe de nosotros", Insult, POSITION),
        ("nos toma por tontos", Insult, POSITION),
        ("cómo se atreve", Insult, RESPECT),
        ("sabe leer", Insult, IN_CASE),
        ("tampoco es tan difícil", Insult, HOW_IT_WORKS),
        ("hasta un niño", Insult, HOW_IT_WORKS),
        // Sarcasmo.
        ("como sin duda sabrá", Sarcasm, REMINDER),
        ("como usted bien sabe", Sarcasm, REMINDER),
        ("como bien sabe", Sarcasm, REMINDER),
        ("como seguro que ya sabe", Sarcasm, REMINDER),
        ("como usted sabe perfectamente", Sarcasm, REMINDER),
        ("por si lo había olvidado", Sarcasm, REMINDER),
        ("por si se le había olvidado", Sarcasm, REMINDER),
        ("no es que se vaya a dar cuenta", Sarcasm, IN_CASE),
        ("no es que se haya dado cuenta", Sarcasm, IN_CASE),
        ("no es que le importe", Sarcasm, HELP),
        ("gracias por nada", Sarcasm, NO_REPLY),
        ("seguro que está muy ocupado", Sarcasm, BUSY),
        ("seguro que está muy ocupada", Sarcasm, BUSY),
        ("qué sorpresa", Sarcasm, NOT_YET),
        ("vaya sorpresa", Sarcasm, NOT_YET),
        ("menuda sorpresa", Sarcasm, NOT_YET),
        ("qué casualidad", Sarcasm, WHAT_HAPPENED),
        ("qué oportuno", Sarcasm, WHAT_HAPPENED),
        ("gracias por dignarse", Sarcasm, REPLY),
        ("por fin se ha dignado", Sarcasm, REPLY),
        // Irritación entre líneas.
        ("como ya le dije", PassiveAggressive, RECAP),
        ("como ya le he dicho", PassiveAggressive, RECAP),
        ("como ya le indiqué", PassiveAggressive, RECAP),
        ("como ya le comenté", PassiveAggressive, RECAP),
        ("como ya le hemos indicado", PassiveAggressive, RECAP),
        ("como ya le hemos dicho", PassiveAggressive, RECAP),
        ("como ya le hemos comunicado", PassiveAggressive, RECAP),
        ("como ya se le indicó", PassiveAggressive, RECAP),
        ("tal y como le indiqué", PassiveAggressive, RECAP),
        ("tal como le indiqué", PassiveAggressive, RECAP),
        ("se lo vuelvo a repetir", PassiveAggressive, RECAP),
        ("se lo repito una vez más", PassiveAggressive, RECAP),
        ("según mi último correo", PassiveAggressive, LAST_EMAIL),
        ("según mi correo anterior", PassiveAggressive, LAST_EMAIL),
        (
            "como le decía en mi último correo",
            PassiveAggressive,
            LAST_EMAIL,
        ),
        (
            "como le indicaba en mi último correo",
            PassiveAggressive,
            LAST_EMAIL,
        ),
        (
            "como le indiqué en mi correo anterior",
            PassiveAggressive,
            LAST_EMAIL,
        ),
        ("por última vez", PassiveAggressive, ONCE_MORE),
        ("por enésima vez", PassiveAggressive, ONCE_MORE),
        ("cuántas veces tengo que", PassiveAggressive, ONCE_MORE),
        ("cuántas veces tenemos que", PassiveAggressive, ONCE_MORE),
        ("no debería tener que", PassiveAggressive, GRATEFUL),
        ("no deberíamos tener que", PassiveAggressive, GRATEFUL),
        ("estamos hartos", PassiveAggressive, RESOLVE),
        ("estoy harto", PassiveAggressive, RESOLVE),
        ("estoy harta", PassiveAggressive, RESOLVE),
        ("estamos cansados de", PassiveAggressive, RESOLVE),
        ("con todos mis respetos", PassiveAggressive, RESPECT),
        ("con el debido respeto", PassiveAggressive, RESPECT),
        ("sin ánimo de ofender", PassiveAggressive, RESPECT),
        // Presión sin fecha.
        ("inmediatamente", Urgency, BY_DATE),
        ("de inmediato", Urgency, BY_DATE),
        ("de forma inmediata", Urgency, BY_DATE),
        ("de manera inmediata", Urgency, BY_DATE),
        ("pago inmediato", Urgency, BY_DATE),
        ("urgente", Urgency, BY_DATE),
        ("urgentemente", Urgency, BY_DATE),
        ("con urgencia", Urgency, BY_DATE),
        ("cuanto antes", Urgency, BY_DATE),
        ("lo antes posible", Urgency, BY_DATE),
        ("a la mayor brevedad", Urgency, BY_DATE),
        ("ahora mismo", Urgency, BY_DATE),
        ("sin más demora", Urgency, BY_DATE),
        ("sin más dilación", Urgency, BY_DATE),
        ("en 24 horas", Urgency, BY_DATE),
        ("en un plazo de 24 horas", Urgency, BY_DATE),
        ("el tiempo se acaba", Urgency, BY_DATE),
        ("se le acaba el tiempo", Urgency, BY_DATE),
        ("pague ya", Urgency, "puede pagar a más tardar el [fecha]"),
        (
            "pague ahora",
            Urgency,
            "puede pagar a más tardar el [fecha]",
        ),
        ("esperamos el pago ya", Urgency, WHEN_PAY),
        // Culpa.
        (
            "después de todo lo que hemos hecho por usted",
            GuiltTrip,
            VALUED,
        ),
        ("con todo lo que hemos hecho por usted", GuiltTrip, VALUED),
        ("creíamos que podíamos confiar en usted", GuiltTrip, RELIED),
        ("usted nos ha fallado", GuiltTrip, HOPED),
        ("nos ha vuelto a fallar", GuiltTrip, HOPED),
        ("nos ha defraudado", GuiltTrip, HOPED),
        ("póngase en nuestro lugar", GuiltTrip, HELP),
        ("pagar a nuestros empleados", GuiltTrip, SIZE),
        ("pagar las nóminas", GuiltTrip, SIZE),
        ("pone en peligro nuestra empresa", GuiltTrip, SIZE),
        ("pone en peligro nuestro negocio", GuiltTrip, SIZE),
        ("más que pacientes", GuiltTrip, FLEXIBLE),
        ("hemos sido muy pacientes", GuiltTrip, FLEXIBLE),
    ]
};

/// Courteous Spanish phrases that contain a flagged one: where one is the longest match,
/// nothing is flagged ("nos pondremos en contacto con usted lo antes posible").
static EXCEPTIONS: &[&str] = &[
    "inmediatamente después",
    "inmediatamente antes",
    "no es urgente",
    "nada urgente",
    "si ahora mismo",
    "que ahora mismo",
    "con usted lo antes posible",
    "con usted cuanto antes",
    "con usted de inmediato",
    "responderé lo antes posible",
    "responderemos lo antes posible",
    "responderé cuanto antes",
    "responderemos cuanto antes",
    "responderemos a la mayor brevedad",
    "con usted a la mayor brevedad",
    "revisaré de inmediato",
    "revisaremos de inmediato",
    "respondemos en 24 horas",
    "responderemos en 24 horas",
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
        "Suena a reproche y pone a quien lo lee a la defensiva.",
        "Se lee como una amenaza. Indique el siguiente paso con calma, como información.",
        "Juzga a quien lo lee, lo que puede dañar la relación.",
        "Suena molesto. Diga lo que quiere decir de forma sencilla.",
        "Las mayúsculas se leen como si se estuviera gritando.",
        "Los signos de exclamación hacen que un recordatorio suene alterado.",
        "Presiona sin dar una fecha. Una fecha concreta resulta más clara y más serena.",
        "Insulta o menosprecia a quien lo lee. No acelera el pago y puede acabar con la relación.",
        "El sarcasmo se lee como desprecio, aunque se exprese con cortesía. Diga lo que quiere decir de forma directa.",
        "Busca hacer sentir culpable a quien lo lee, lo que genera resentimiento en lugar de pagos. Cíñase a los hechos.",
    ],
    neutral_suggestions: [
        "escríbalo en minúsculas, con mayúscula solo donde corresponda",
        "use un punto",
        "deje como máximo un signo de exclamación, o ninguno",
    ],
    dates: DateNames {
        months: [
            "enero",
            "febrero",
            "marzo",
            "abril",
            "mayo",
            "junio",
            "julio",
            "agosto",
            "septiembre",
            "octubre",
            "noviembre",
            "diciembre",
        ],
        weekdays: [
            "lunes",
            "martes",
            "miércoles",
            "jueves",
            "viernes",
            "sábado",
            "domingo",
        ],
        long: "{d} de {month} de {yyyy}",
        short: "{dd}/{mm}/{yyyy}",
        weekday: "{weekday}, {d} de {month} de {yyyy}",
    },
    timeline: TimelineWords {
        actions: [
            "Recordatorio de cortesía antes del vencimiento",
            "Aviso el día del vencimiento",
            "Recordatorio amable",
            "Segundo recordatorio",
            "Recordatorio firme",
            "Último aviso",
            "Traspaso a una empresa de recobro",
            "Revisión jurídica (interna)",
            "Confirmar la fecha de pago comprometida",
            "Seguimiento del compromiso incumplido",
            "Acusar recibo de la consulta",
            "Plazo próximo a vencer",
            "Plazo no pagado",
            "Agradecimiento por el pago",
        ],
        channels: ["correo electrónico", "llamada telefónica", "carta", "SMS"],
        tones: ["amable", "neutro", "firme", "final"],
        notes: [
            "trasladado al siguiente día hábil",
            "aplazado por la pausa",
            "a la espera de que se resuelva la consulta",
            "movido un día para que solo salga un mensaje al día",
            "innecesario: ya se ha pagado",
            "reprogramado según los mensajes enviados realmente",
            "movido para mantener el intervalo mínimo tras el paso anterior",
            "por un pago parcial",
        ],
        days_overdue: ["día {days} de retraso", "día {days} de retraso"],
        not_yet_due: "antes del vencimiento",
        accrued: "Intereses de demora hasta esa fecha: {interest}; indemnización: {compensation}.",
    },
};
