//! The shipped templates: seventeen kinds of message in up to three tones.
//!
//! English is written once, in British spelling, as a table indexed by
//! [`TemplateId`] and [`ToneVariant`]. American English uses the same text except for the
//! few templates in `EN_US`, which differ only in spelling (`instalments` →
//! `installments`); its dates come from [`crate::message::EN_US_DATES`]. The other
//! languages are tables of the same shape in `lang/`.

use serde::{Deserialize, Serialize};

use super::lang::LangPack;
use super::MissingField;
use crate::amount::NumberLocale;

/// Which message. Serialized in snake case (`"pre_due_reminder"`).
///
/// | id | when | needs |
/// |---|---|---|
/// | `PreDueReminder` | a few days before the due date | |
/// | `DueToday` | on the due date | |
/// | `FriendlyOverdue` | shortly after | |
/// | `SecondFollowUp` | a week or two later | |
/// | `FirmFollowUp` | asks for a payment date | |
/// | `FinalNotice` | says calmly what happens next | |
/// | `AgencyReferral` | the account has been passed on | |
/// | `PaymentPlanProposal` | offers a plan | `plan` (optional) |
/// | `SettlementOffer` | offers a reduced settlement | `discount` (optional) |
/// | `InstallmentDueSoon` | before a plan payment | `plan` |
/// | `InstallmentMissed` | a plan payment did not arrive | `plan` |
/// | `PromiseConfirmation` | the client promised a date | `promise_date` |
/// | `PromiseMissed` | that date passed | `promise_date` |
/// | `DisputeAcknowledgement` | the client queries the invoice: reminders pause | |
/// | `StatutoryInterestNotice` | late-payment interest (UK or EU wording) | `statutory` |
/// | `ThankYou` | after payment | |
/// | `FormalDemand` | the last step before court, citing the law of the debtor's country | `statutory` |
///
/// ```
/// use tactful_engine::message::TemplateId;
///
/// assert_eq!(TemplateId::ALL.len(), 17);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TemplateId {
    /// Before the due date.
    PreDueReminder,
    /// On the due date.
    DueToday,
    /// The first reminder after the due date.
    FriendlyOverdue,
    /// The second reminder.
    SecondFollowUp,
    /// Asks for a payment date.
    FirmFollowUp,
    /// The last message before the collection partner.
    FinalNotice,
    /// Tells the client the account has been passed on.
    AgencyReferral,
    /// Proposes a payment plan.
    PaymentPlanProposal,
    /// Offers a reduced amount in settlement.
    SettlementOffer,
    /// Before a plan payment.
    InstallmentDueSoon,
    /// After a missed plan payment.
    InstallmentMissed,
    /// Confirms the date the client promised.
    PromiseConfirmation,
    /// The promised date has passed.
    PromiseMissed,
    /// The client queries the invoice: reminders pause, details are asked for.
    DisputeAcknowledgement,
    /// Claims statutory late-payment interest and compensation.
    StatutoryInterestNotice,
    /// After payment.
    ThankYou,
    /// The last step before court, in the form the law of the debtor's country gives it
    /// (the statutory claim's jurisdiction): a letter before claim (UK), a letzte Mahnung
    /// (Germany), a mise en demeure (France), a requerimiento de pago (Spain), a sommatie
    /// and ingebrekestelling (the Netherlands); elsewhere a formal demand citing the
    /// applicable statutes. Firm tone only.
    FormalDemand,
}

/// How the message sounds. Serialized in snake case.
///
/// ```
/// use tactful_engine::message::ToneVariant;
///
/// assert_eq!(ToneVariant::ALL, [ToneVariant::Warm, ToneVariant::Neutral, ToneVariant::Firm]);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ToneVariant {
    /// Personal and relaxed.
    Warm,
    /// Businesslike.
    #[default]
    Neutral,
    /// Direct and precise; still courteous.
    Firm,
}

impl ToneVariant {
    /// The three tones, warmest first.
    pub const ALL: [ToneVariant; 3] = [ToneVariant::Warm, ToneVariant::Neutral, ToneVariant::Firm];
}

/// A template's source: subject line and body, in the template language of
/// [`crate::message`].
///
/// ```
/// use tactful_engine::message::lang::LangPack;
/// use tactful_engine::message::{template, TemplateId, ToneVariant};
///
/// let t = template(TemplateId::ThankYou, ToneVariant::Warm, LangPack::BRITISH).unwrap();
/// assert!(t.subject.contains("Thank you"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Template {
    /// The subject line.
    pub subject: &'static str,
    /// The body.
    pub body: &'static str,
}

const WARM_NEUTRAL: &[ToneVariant] = &[ToneVariant::Warm, ToneVariant::Neutral];
const FIRM_ONLY: &[ToneVariant] = &[ToneVariant::Firm];

impl TemplateId {
    /// Every template, in the order of the escalation.
    pub const ALL: [TemplateId; 17] = [
        TemplateId::PreDueReminder,
        TemplateId::DueToday,
        TemplateId::FriendlyOverdue,
        TemplateId::SecondFollowUp,
        TemplateId::FirmFollowUp,
        TemplateId::FinalNotice,
        TemplateId::FormalDemand,
        TemplateId::AgencyReferral,
        TemplateId::PaymentPlanProposal,
        TemplateId::SettlementOffer,
        TemplateId::InstallmentDueSoon,
        TemplateId::InstallmentMissed,
        TemplateId::PromiseConfirmation,
        TemplateId::PromiseMissed,
        TemplateId::DisputeAcknowledgement,
        TemplateId::StatutoryInterestNotice,
        TemplateId::ThankYou,
    ];

    /// The values a message of this kind cannot do without (see [`MissingField`]): a
    /// plan payment to come for the plan payment messages, the promised date for the
    /// promise messages, the statutory claim for the statutory notice. Every other value
    /// is optional: the shipped wording writes around it.
    ///
    /// ```
    /// use tactful_engine::message::{MissingField, TemplateId};
    ///
    /// assert_eq!(TemplateId::StatutoryInterestNotice.needs(), &[MissingField::Statutory]);
    /// assert!(TemplateId::FinalNotice.needs().is_empty());
    /// ```
    pub fn needs(self) -> &'static [MissingField] {
        match self {
            TemplateId::InstallmentDueSoon | TemplateId::InstallmentMissed => &[MissingField::Plan],
            TemplateId::PromiseConfirmation | TemplateId::PromiseMissed => {
                &[MissingField::PromiseDate]
            }
            TemplateId::StatutoryInterestNotice | TemplateId::FormalDemand => {
                &[MissingField::Statutory]
            }
            _ => &[],
        }
    }

    /// The template for a stage of the escalation timeline, by the stage's name as
    /// written in Rust (`"FriendlyOverdue"`) or serialized (`"friendly_overdue"`); letter
    /// case and underscores do not matter. `LegalReview` is an internal step with no
    /// message to the client: `None`, like any unknown name.
    ///
    /// ```
    /// use tactful_engine::message::TemplateId;
    ///
    /// assert_eq!(TemplateId::for_stage_name("SecondFollowUp"), Some(TemplateId::SecondFollowUp));
    /// assert_eq!(TemplateId::for_stage_name("second_follow_up"), Some(TemplateId::SecondFollowUp));
    /// assert_eq!(TemplateId::for_stage_name("LegalReview"), None);
    /// ```
    pub fn for_stage_name(stage: &str) -> Option<TemplateId> {
        TemplateId::ALL.into_iter().find(|&id| {
            let mut typed = stage.chars().filter(|&c| c != '_');
            let mut expected = STAGE_NAMES.get(id as usize).copied().unwrap_or("").chars();
            loop {
                match (expected.next(), typed.next()) {
                    (None, None) => return true,
                    (Some(a), Some(b)) if a.eq_ignore_ascii_case(&b) => {}
                    _ => return false,
                }
            }
        })
    }
}

/// The names of [`TemplateId::ALL`], as the timeline's stages are written.
const STAGE_NAMES: [&str; 17] = [
    "PreDueReminder",
    "DueToday",
    "FriendlyOverdue",
    "SecondFollowUp",
    "FirmFollowUp",
    "FinalNotice",
    "AgencyReferral",
    "PaymentPlanProposal",
    "SettlementOffer",
    "InstallmentDueSoon",
    "InstallmentMissed",
    "PromiseConfirmation",
    "PromiseMissed",
    "DisputeAcknowledgement",
    "StatutoryInterestNotice",
    "ThankYou",
    "FormalDemand",
];

/// The tones `id` is written in: all three, or Warm and Neutral only for the messages
/// where firmness has no place (before the due date, on the due date, plan payment
/// coming up, confirming a promise, acknowledging a query, thanking), or Firm only for the
/// formal demand, whose form the law sets.
///
/// ```
/// use tactful_engine::message::{available_tones, TemplateId, ToneVariant};
///
/// assert_eq!(available_tones(TemplateId::FinalNotice), &ToneVariant::ALL);
/// assert_eq!(available_tones(TemplateId::ThankYou), &[ToneVariant::Warm, ToneVariant::Neutral]);
/// ```
pub fn available_tones(id: TemplateId) -> &'static [ToneVariant] {
    use TemplateId::*;
    match id {
        PreDueReminder
        | DueToday
        | InstallmentDueSoon
        | PromiseConfirmation
        | DisputeAcknowledgement
        | ThankYou => WARM_NEUTRAL,
        FormalDemand => FIRM_ONLY,
        _ => &ToneVariant::ALL,
    }
}

/// The shipped template `id` in `tone` in the language `lang` (every language has all of
/// them); `None` for a tone `id` is not written in (see [`available_tones`]).
///
/// ```
/// use tactful_engine::message::lang::{german, LangPack};
/// use tactful_engine::message::{template, TemplateId, ToneVariant};
///
/// let gb = template(TemplateId::PaymentPlanProposal, ToneVariant::Neutral, LangPack::BRITISH).unwrap();
/// let us = template(TemplateId::PaymentPlanProposal, ToneVariant::Neutral, LangPack::AMERICAN).unwrap();
/// assert!(gb.body.contains("instalments") && us.body.contains("installments"));
/// assert!(template(TemplateId::ThankYou, ToneVariant::Firm, LangPack::BRITISH).is_none());
/// assert!(template(TemplateId::ThankYou, ToneVariant::Warm, german()).is_some());
/// ```
pub fn template(id: TemplateId, tone: ToneVariant, lang: LangPack) -> Option<Template> {
    if !available_tones(id).contains(&tone) {
        return None;
    }
    match (lang.pack(), lang.locale()) {
        (Some(_), _) => {
            // None for a pack made without its messages (LangPack::has_messages).
            let tones = lang.messages()?.templates.get(id as usize)?;
            let (subject, body) = *tones.get(tone as usize)?;
            (!body.is_empty()).then_some(Template { subject, body })
        }
        (None, NumberLocale::EnUs) => EN_US
            .iter()
            .find(|(i, t, _)| *i == id && *t == tone)
            .map(|&(_, _, found)| found)
            .or_else(|| english(id, tone))
            .map(american),
        (None, _) => english(id, tone),
    }
}

fn english(id: TemplateId, tone: ToneVariant) -> Option<Template> {
    let tones = EN.get(id as usize)?;
    let (subject, body) = *tones.get(tone as usize)?;
    (!body.is_empty()).then_some(Template { subject, body })
}

// How the English templates write around what is missing, and word what happened:
// - no contact name: "Hi there," / "Dear Sir or Madam,";
// - no invoice number: "our invoice for £4,800.00" in the text (the due date is always
//   near), "Invoice for £4,800.00" or "our £4,800.00 invoice" in a subject;
// - nothing to sign with (no signature, sender or business name): the closing alone;
// - after a part payment: the invoice's amount, then thanks for what was paid and what is
//   left (`owed!`, `part_paid!`);
// - after a promise that was not kept: the promised date (the day before
//   `promise_broken_on`) and that payment has not arrived (`broken!`);
// - reminders: "again", "following our reminder(s)" only when `reminders_sent` says so;
//   a first contact claims no earlier message.

macro_rules! hi {
    () => {
        "Hi {{ client_contact | default(\"there\") }},\n\n"
    };
}
macro_rules! dear {
    () => {
        "Dear {{ client_contact | default(\"Sir or Madam\") }},\n\n"
    };
}
/// A client account (issue #20): thanks for what was paid, the open invoices as a plain-text
/// table; then the payment link. Every template that asks for payment has it.
macro_rules! link {
    () => {
        concat!(
            "{% if paid_so_far %}\nThank you for the {{ paid_so_far }} we have received from you so far{% if last_payment_date %}, most recently on {{ last_payment_date }}{% endif %}.\n\n{% endif %}\n",
            "{% if account %}\n{% if open_invoices %}\nThe following invoices are still open:\n\n{{ open_invoices }}\n{% endif %}\n{% endif %}\n",
            "{% if payment_link %}\nYou can pay online here: {{ payment_link }}\n\n{% endif %}\n"
        )
    };
}
macro_rules! closing {
    ($words:literal) => {
        concat!($words, "{% if sign_off %}\n{{ sign_off }}{% endif %}")
    };
}
macro_rules! best {
    () => {
        closing!("Best wishes,")
    };
}
macro_rules! kind {
    () => {
        closing!("Kind regards,")
    };
}
// British usage: "Yours sincerely" to a person named in the greeting, "Yours faithfully"
// after "Dear Sir or Madam". American English signs "Sincerely" either way (`american`,
// which replaces this branch).
macro_rules! sincerely {
    () => {
        closing!("{% if client_contact %}Yours sincerely,{% else %}Yours faithfully,{% endif %}")
    };
}

/// The British closing's choice, which American English does not make.
const FAITHFULLY_BRANCH: &str =
    "{% if client_contact %}Yours sincerely,{% else %}Yours faithfully,{% endif %}";

/// A British template as American English writes it: "Sincerely" whatever the
/// greeting. Built once per template (a handful of strings, kept for the program's life).
fn american(template: Template) -> Template {
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    if !template.body.contains(FAITHFULLY_BRANCH) {
        return template;
    }
    static BODIES: OnceLock<Mutex<HashMap<&'static str, &'static str>>> = OnceLock::new();
    let bodies = BODIES.get_or_init(|| Mutex::new(HashMap::new()));
    let Ok(mut bodies) = bodies.lock() else {
        return template;
    };
    let body = *bodies.entry(template.body).or_insert_with(|| {
        Box::leak(
            template
                .body
                .replace(FAITHFULLY_BRANCH, "Sincerely,")
                .into_boxed_str(),
        )
    });
    Template {
        subject: template.subject,
        body,
    }
}
// Several open invoices of a client account (`several_invoices`): `invoice_number` lists
// them ("INV-101, INV-102, INV-103") and the amount is their total, so the noun, the verbs
// that agree with it and the pronouns are plural ("invoices INV-101, INV-102, INV-103 for
// a total of £4,400.00 … have not yet been settled"), and the due date is the oldest
// one's ("the oldest of which was due on …"). The wording for one invoice is unchanged.

/// "invoice INV-2041", or "our invoice"; "invoices INV-101, INV-102", or "our invoices".
macro_rules! inv {
    () => {
        "{% if several_invoices %}{% if invoice_number %}invoices {{ invoice_number }}{% else %}our invoices{% endif %}{% else %}{% if invoice_number %}invoice {{ invoice_number }}{% else %}our invoice{% endif %}{% endif %}"
    };
}
/// "Invoice INV-2041", or "Our invoice", at the start of a sentence; or "Invoices …".
macro_rules! inv_cap {
    () => {
        "{% if several_invoices %}{% if invoice_number %}Invoices {{ invoice_number }}{% else %}Our invoices{% endif %}{% else %}{% if invoice_number %}Invoice {{ invoice_number }}{% else %}Our invoice{% endif %}{% endif %}"
    };
}
/// "invoice INV-2041", or "our £4,800.00 invoice", where no amount follows; "invoices
/// INV-101, INV-102", or "our invoices totalling £4,400.00".
macro_rules! inv_amount {
    () => {
        "{% if several_invoices %}{% if invoice_number %}invoices {{ invoice_number }}{% else %}our invoices totalling {{ amount }}{% endif %}{% else %}{% if invoice_number %}invoice {{ invoice_number }}{% else %}our {{ amount }} invoice{% endif %}{% endif %}"
    };
}
/// A subject's "Invoice INV-2041", or "Invoice for £4,800.00"; "Invoices INV-101,
/// INV-102", or "Invoices totalling £4,400.00".
macro_rules! subject_inv {
    () => {
        "{% if several_invoices %}{% if invoice_number %}Invoices {{ invoice_number }}{% else %}Invoices totalling {{ amount }}{% endif %}{% else %}{% if invoice_number %}Invoice {{ invoice_number }}{% else %}Invoice for {{ amount }}{% endif %}{% endif %}"
    };
}
/// What the invoice is for (after "for"): the balance, or after a part payment the
/// invoice's amount (`part_paid!` then says what is left); "a total of …" for several.
macro_rules! owed {
    () => {
        "{% if several_invoices %}a total of {% endif %}{% if part_paid %}{{ amount }}{% else %}{{ balance }}{% endif %}"
    };
}
/// "which was due on 1 December 2026", or for several "the oldest of which was due on …".
macro_rules! which_was_due {
    () => {
        concat!(
            several!("the oldest of which", "which"),
            " was due on {{ due_date }}"
        )
    };
}
/// After "Invoice INV-2041 for £4,800.00": " was due on 1 December 2026 and"; for several
/// ", the oldest of which was due on 1 December 2026,". A plural verb follows.
macro_rules! was_due_and {
    () => {
        several!(
            ", the oldest of which was due on {{ due_date }},",
            " was due on {{ due_date }} and"
        )
    };
}
/// Ends a sentence after "… for £4,800.00": ", which was due on 1 December 2026 and is still
/// outstanding."; for several ", which are still outstanding; the oldest was due on …".
macro_rules! due_and_outstanding {
    () => {
        several!(
            ", which are still outstanding; the oldest was due on {{ due_date }}.",
            ", which was due on {{ due_date }} and is still outstanding."
        )
    };
}
/// After a part payment: thanks, and the balance left. A sentence after a full stop.
macro_rules! part_paid {
    (warm) => {
        "{% if part_paid %} Thank you for the {{ part_paid }} you have already paid, which leaves {{ balance }} to settle.{% endif %}"
    };
    (neutral) => {
        "{% if part_paid %} Thank you for your part payment of {{ part_paid }}; the balance still outstanding is {{ balance }}.{% endif %}"
    };
    (firm) => {
        "{% if part_paid %} We have received {{ part_paid }} in part payment, thank you; the balance due is now {{ balance }}.{% endif %}"
    };
}
/// After a promise to pay that was not kept: the promised date (the day before the
/// promise was broken). A sentence after a full stop.
macro_rules! broken {
    (warm) => {
        "{% if promise_broken_on %} You kindly let me know that payment would be made by {{ promise_broken_on - 1 day }}, but I have not seen it come through yet.{% endif %}"
    };
    (neutral) => {
        "{% if promise_broken_on %} You had let us know that payment would be made by {{ promise_broken_on - 1 day }}; we have not yet received it.{% endif %}"
    };
    (firm) => {
        "{% if promise_broken_on %} Payment was promised for {{ promise_broken_on - 1 day }} and has not been received.{% endif %}"
    };
}
macro_rules! statutory_basis {
    () => {
        concat!(
            "{% if statutory_regime == \"UK\" %}\n",
            "Under the Late Payment of Commercial Debts (Interest) Act 1998, statutory interest of {{ statutory_rate }} a year applies to late payments between businesses, together with a fixed sum in compensation for the cost of recovering the debt.\n",
            "{% else %}\n",
            "Under Directive 2011/7/EU on combating late payment in commercial transactions, as applied in national law, interest of {{ statutory_rate }} a year applies to late payments between businesses, together with fixed compensation of at least EUR 40 for the cost of recovering the debt.\n",
            "{% endif %}\n\n",
        )
    };
}
/// The UK letter before claim: the amount claimed and the statutory interest and
/// compensation, claimed or reserved. Follows a sentence; ends a paragraph.
macro_rules! uk_claim {
    () => {
        concat!(
            " We claim the balance of {{ balance }}",
            "{% if statutory_claimed %}, together with statutory interest and compensation under the Late Payment of Commercial Debts (Interest) Act 1998: as of {{ today }}, {{ statutory_interest }} in interest, which continues to accrue at {{ statutory_rate }} a year until payment, and {{ statutory_compensation }} in fixed compensation, {{ statutory_total }} in all in addition to the balance",
            "{% else %}; we reserve the right to claim statutory interest and compensation under the Late Payment of Commercial Debts (Interest) Act 1998{% endif %}.

",
        )
    };
}
macro_rules! plan_proposal {
    (warm, $instalment:literal, $instalments:literal) => {
        concat!(
            hi!(),
            "I know that settling ", inv!(), " for ", owed!(), " in one go may not be easy at the moment, so I wanted to suggest something that might help.", part_paid!(warm), "\n\n",
            "{% if plan_list %}\n",
            "We would be happy for you to pay {% if plan_down_payment %}{{ plan_down_payment }} first and the rest in {% else %}in {% endif %}{{ plan_count | count(\"# ", $instalment, "|# ", $instalments, "\") }}, like this:\n\n",
            "{{ plan_list }}\n\n",
            "Could you let me know by {{ plan_reply_by }} whether this works for you? If another arrangement would suit you better, I am very happy to talk it through.\n",
            "{% else %}\n",
            "We would be happy to spread the balance over a few monthly ", $instalments, ". Could you let me know by {{ plan_reply_by }} what you could manage each month?\n",
            "{% endif %}\n\n",
            best!()
        )
    };
    (neutral, $instalment:literal, $instalments:literal) => {
        concat!(
            dear!(),
            "We understand that paying ", inv!(), " for ", owed!(), " in a single payment may not be practical at the moment.", part_paid!(neutral), " To help, we would be glad to agree a payment plan.\n\n",
            "{% if plan_list %}\n",
            "We propose {% if plan_down_payment %}a down payment of {{ plan_down_payment }} followed by {% endif %}{{ plan_count | count(\"# ", $instalment, "|# ", $instalments, "\") }}, as follows:\n\n",
            "{{ plan_list }}\n\n",
            "Could you let us know by {{ plan_reply_by }} whether this plan works for you? If not, we are open to discussing an alternative.\n",
            "{% else %}\n",
            "Could you let us know by {{ plan_reply_by }} what monthly ", $instalments, " you could manage? We will then send you a schedule to confirm.\n",
            "{% endif %}\n\n",
            kind!()
        )
    };
    (firm, $instalment:literal, $instalments:literal) => {
        concat!(
            dear!(),
            "To resolve ", inv!(), " for ", owed!(), ", ", which_was_due!(), ", we can offer to accept payment in ", $instalments, ".", part_paid!(firm), "\n\n",
            "{% if plan_list %}\n",
            "We propose {% if plan_down_payment %}a down payment of {{ plan_down_payment }} followed by {% endif %}{{ plan_count | count(\"# ", $instalment, "|# ", $instalments, "\") }}:\n\n",
            "{{ plan_list }}\n\n",
            "The plan is available if you confirm it by {{ plan_reply_by }}; otherwise the full balance remains due.\n",
            "{% else %}\n",
            "Could you let us know by {{ plan_reply_by }} what you can pay each month, so that we can set out a schedule? Otherwise the full balance remains due.\n",
            "{% endif %}\n\n",
            sincerely!()
        )
    };
}

/// American spellings: only the templates whose British text differs.
static EN_US: [(TemplateId, ToneVariant, Template); 3] = [
    (
        TemplateId::PaymentPlanProposal,
        ToneVariant::Warm,
        Template {
            subject: concat!("An idea to make ", inv_amount!(), " easier"),
            body: plan_proposal!(warm, "installment", "installments"),
        },
    ),
    (
        TemplateId::PaymentPlanProposal,
        ToneVariant::Neutral,
        Template {
            subject: concat!("A payment plan for ", inv_amount!()),
            body: plan_proposal!(neutral, "installment", "installments"),
        },
    ),
    (
        TemplateId::PaymentPlanProposal,
        ToneVariant::Firm,
        Template {
            subject: concat!(subject_inv!(), ": payment plan offer"),
            body: plan_proposal!(firm, "installment", "installments"),
        },
    ),
];

const NONE: (&str, &str) = ("", "");

/// British English, `[id][tone]` as (subject, body); `NONE` where a tone is not written.
static EN: [[(&str, &str); 3]; 17] = [
    // PreDueReminder
    [
        (
            concat!(subject_inv!(), several!(": the first falls due on", " falls due on"), " {{ due_date }}"),
            concat!(
                hi!(),
                "I hope all is well. Just a quick note to say that ", inv!(), " for ", owed!(), several!(" fall due soon, the first", " falls due"), " on {{ due_date | date(\"weekday\") }}.", part_paid!(warm), "\n\n",
                link!(),
                "If anything on the ", several!("invoices", "invoice"), " needs a second look, just let me know and we will sort it out.\n\n",
                best!()
            ),
        ),
        (
            concat!("Reminder: ", inv_amount!(), if_several!(", the first"), " due on {{ due_date }}"),
            concat!(
                dear!(),
                "This is a courtesy reminder that ", inv!(), " for ", owed!(), several!(" are due for payment, the first", " is due for payment"), " on {{ due_date | date(\"weekday\") }}.", part_paid!(neutral), "\n\n",
                link!(),
                "If you have any questions about the ", several!("invoices", "invoice"), ", please let us know before the due date so that we can help.\n\n",
                kind!()
            ),
        ),
        NONE,
    ],
    // DueToday
    [
        (
            concat!(subject_inv!(), several!(": the first is due today", " is due today")),
            concat!(
                hi!(),
                "A friendly note that ", inv!(), " for ", owed!(), several!(" are falling due, starting today.", " is due today."), part_paid!(warm), " If payment is already on its way, thank you, and please disregard this message.\n\n",
                link!(),
                best!()
            ),
        ),
        (
            concat!(subject_inv!(), several!(": the first due for payment today", ": payment due today")),
            concat!(
                dear!(),
                "This is a reminder that ", inv!(), " for ", owed!(), several!(" are falling due for payment, the first", " is due for payment"), " today, {{ due_date }}.", part_paid!(neutral), " If you have already arranged payment, thank you, and please disregard this message.\n\n",
                link!(),
                "Should you have any questions about the ", several!("invoices", "invoice"), ", please let us know.\n\n",
                kind!()
            ),
        ),
        NONE,
    ],
    // FriendlyOverdue
    [
        (
            concat!("A quick note about ", inv_amount!()),
            concat!(
                hi!(),
                "I hope you are well. Our records show that ", inv!(), " for ", owed!(), ", ", if_several!("the oldest "), "due on {{ due_date }}, ", several!("are", "is"), " still open.", part_paid!(warm), broken!(warm), " These things easily slip through the net, so I thought I would send a quick reminder.\n\n",
                link!(),
                "If payment is already on its way, thank you, and please disregard this note.\n\n",
                best!()
            ),
        ),
        (
            concat!(subject_inv!(), ": payment reminder"),
            concat!(
                dear!(),
                "According to our records, ", inv!(), " for ", owed!(), ", ", which_was_due!(), ", ", several!("have", "has"), " not yet been settled.", part_paid!(neutral), broken!(neutral), " We would be grateful if you could arrange payment at your earliest convenience.\n\n",
                link!(),
                "If you have already sent payment, thank you, and please disregard this reminder. If there is a problem with the ", several!("invoices", "invoice"), ", please let us know so that we can resolve it together.\n\n",
                kind!()
            ),
        ),
        (
            concat!(subject_inv!(), ": payment now overdue"),
            concat!(
                dear!(),
                inv_cap!(), " for ", owed!(), was_due_and!(), " ", several!("have", "has"), " not yet been settled.", part_paid!(firm), broken!(firm), "\n\n",
                "Please arrange payment by {{ today + 7 days | date(\"long\") }}. If something is holding it up, could you let us know so that we can resolve it together?\n\n",
                link!(),
                sincerely!()
            ),
        ),
    ],
    // SecondFollowUp
    [
        (
            concat!("Following up on ", inv_amount!()),
            concat!(
                hi!(),
                "{% if reminders_sent %}I am following up on my earlier note about{% else %}I am getting in touch about{% endif %} ", inv!(), " for ", owed!(), ", ", which_was_due!(), ".", part_paid!(warm), broken!(warm), " I know how busy things get, so I wanted to check whether there is anything we can do to help it along.\n\n",
                link!(),
                "If something about the ", several!("invoices", "invoice"), " is unclear or needs changing, just reply to this email and we will look at it straight away.\n\n",
                best!()
            ),
        ),
        (
            concat!("{% if reminders_sent %}Further reminder{% else %}Payment reminder{% endif %}: ", inv_amount!()),
            concat!(
                dear!(),
                "{% if reminders_sent %}We wrote to you {% if last_sent_on %}on {{ last_sent_on }}{% else %}recently{% endif %} about{% else %}We are writing to you about{% endif %} ", inv!(), " for ", owed!(), ", ", which_was_due!(), ".", part_paid!(neutral), broken!(neutral), " ", several!("As the invoices are still outstanding, we wanted to make sure they", "As the invoice is still outstanding, we wanted to make sure it"), " reached the right person.\n\n",
                link!(),
                "Could you let us know when we can expect payment, or who would be the best person to speak to?\n\n",
                kind!()
            ),
        ),
        (
            concat!(subject_inv!(), ": {% if reminders_sent %}further reminder{% else %}payment reminder{% endif %}"),
            concat!(
                dear!(),
                "{% if reminders_sent == \"1\" %}This is our second reminder about{% else %}{% if reminders_sent %}This is a further reminder about{% else %}We are writing to you about{% endif %}{% endif %} ", inv!(), " for ", owed!(), due_and_outstanding!(), part_paid!(firm), broken!(firm), "\n\n",
                "We would be grateful if you could arrange payment by {{ today + 7 days | date(\"long\") }}, or let us know if there is a reason for the delay so that we can work through it together.\n\n",
                link!(),
                sincerely!()
            ),
        ),
    ],
    // FirmFollowUp
    [
        (
            concat!("Can we agree a payment date for ", inv_amount!(), "?"),
            concat!(
                hi!(),
                "I wanted to get in touch{% if reminders_sent %} again{% endif %} about ", inv!(), " for ", owed!(), several!(", which are still outstanding; the oldest was due on {{ due_date }}.", ", due on {{ due_date }}, which is still outstanding."), part_paid!(warm), broken!(warm), " I would really like to get this settled in a way that works for you.\n\n",
                "Could you let me know by {{ today + 5 business days | date(\"long\") }} when we can expect payment? If timing is difficult at the moment, we are happy to talk about options such as a payment plan.\n\n",
                link!(),
                best!()
            ),
        ),
        (
            concat!(subject_inv!(), ": could you confirm a payment date?"),
            concat!(
                dear!(),
                inv_cap!(), " for ", owed!(), ", ", which_was_due!(), ", ", several!("are", "is"), " still outstanding{% if reminders_sent %} following {{ reminders_sent | count(\"our reminder|our # reminders\") }}{% endif %}.", part_paid!(neutral), broken!(neutral), "\n\n",
                "Could you let us know by {{ today + 5 business days | date(\"long\") }} when we can expect payment? If there is an issue with the ", several!("invoices", "invoice"), ", or if you would like to discuss paying in stages, please tell us and we will do our best to help.\n\n",
                link!(),
                kind!()
            ),
        ),
        (
            concat!(subject_inv!(), ": please confirm a payment date"),
            concat!(
                dear!(),
                inv_cap!(), " for ", owed!(), was_due_and!(), " ", several!("remain", "remains"), " outstanding.", part_paid!(firm), broken!(firm), "{% if reminders_sent %} We have sent you {{ reminders_sent | count(\"one reminder|# reminders\") }} and would now like to agree a way forward.{% else %} We would now like to agree a way forward with you.{% endif %}\n\n",
                "Could you let us know by {{ today + 5 business days | date(\"long\") }} on which date payment will be made? How can we work together to resolve this?\n\n",
                link!(),
                sincerely!()
            ),
        ),
    ],
    // FinalNotice
    [
        (
            concat!(subject_inv!(), ": let us resolve this together"),
            concat!(
                hi!(),
                "I am writing{% if reminders_sent %} once more{% endif %} about ", inv!(), " for ", owed!(), ", ", which_was_due!(), ".", part_paid!(warm), broken!(warm), " I would much rather resolve this between us, so please do get in touch if something is making payment difficult: a payment plan is always an option.\n\n",
                "So that you know where things stand: if we have not heard from you by {{ today + 10 days | date(\"long\") }}, we will pass the account to our collection partner. I hope it will not come to that.\n\n",
                link!(),
                best!()
            ),
        ),
        (
            concat!("Final reminder: ", inv_amount!()),
            concat!(
                dear!(),
                "{% if reminders_sent %}We have already written to you about ", inv!(), " for ", owed!(), ", ", which_was_due!(), ", and have not yet been able to resolve ", several!("them", "it"), " with you.{% else %}", inv_cap!(), " for ", owed!(), ", ", which_was_due!(), ", ", several!("are", "is"), " still outstanding, and we would like to resolve ", several!("them", "it"), " with you.{% endif %}", part_paid!(neutral), broken!(neutral), "\n\n",
                "We would much prefer to settle this directly. If we have not received payment or heard from you by {{ today + 10 days | date(\"long\") }}, we will pass the account to our collection partner, who will then contact you about it.\n\n",
                "If there is a reason payment has not been possible, please get in touch before then: we are happy to discuss a payment plan.\n\n",
                link!(),
                kind!()
            ),
        ),
        (
            concat!("Final notice: ", inv_amount!()),
            concat!(
                dear!(),
                "This is our final notice about ", inv!(), " for ", owed!(), several!(", which remain outstanding", ", which was due on {{ due_date }} and remains outstanding"), "{% if reminders_sent %} after {{ reminders_sent | count(\"our reminder|# reminders\") }}{% endif %}", if_several!("; the oldest was due on {{ due_date }}"), ".", part_paid!(firm), broken!(firm), "\n\n",
                "If we have not received payment, or agreed a payment date with you, by {{ today + 10 days | date(\"long\") }}, we will pass the account to our collection partner. We would prefer to resolve this directly, and a reply before then is all it takes to start that conversation.\n\n",
                link!(),
                sincerely!()
            ),
        ),
    ],
    // AgencyReferral
    [
        (
            concat!(subject_inv!(), ": an update on the account"),
            concat!(
                hi!(),
                "I am sorry that we have not been able to resolve ", inv!(), " for ", owed!(), ", ", if_several!("the oldest "), "due on {{ due_date }}, between us.", part_paid!(warm), "{% if reminders_sent %} As set out in our last message, the{% else %} The{% endif %} account has now been passed to our collection partner, who will be in touch with you.\n\n",
                "If you would still like to settle with us directly, or if there is something we have missed, please get in touch: we are always glad to hear from you.\n\n",
                link!(),
                best!()
            ),
        ),
        (
            concat!(subject_inv!(), several!(" have", " has"), " been passed to our collection partner"),
            concat!(
                dear!(),
                "{% if reminders_sent %}Following our {{ reminders_sent | count(\"reminder|reminders\") }}, ", inv!(), "{% else %}", inv_cap!(), "{% endif %} for ", owed!(), ", ", which_was_due!(), ", ", several!("have", "has"), " now been passed to our collection partner. They will contact you to arrange payment.", part_paid!(neutral), "\n\n",
                "If you would prefer to pay us directly, please let us know when you do so that we can close the referral. If you would like to discuss the account, please reply to this email.\n\n",
                link!(),
                kind!()
            ),
        ),
        (
            concat!(subject_inv!(), ": account referred for collection"),
            concat!(
                dear!(),
                "As of {{ today }}, ", inv!(), " for ", owed!(), ", ", which_was_due!(), ", ", several!("have", "has"), " been referred to our collection partner, and they will handle the account from now on.", part_paid!(firm), "\n\n",
                "Payment made to us directly before they contact you will close the matter; please send us a note when you pay.\n\n",
                link!(),
                sincerely!()
            ),
        ),
    ],
    // PaymentPlanProposal
    [
        (
            concat!("An idea to make ", inv_amount!(), " easier"),
            plan_proposal!(warm, "instalment", "instalments"),
        ),
        (
            concat!("A payment plan for ", inv_amount!()),
            plan_proposal!(neutral, "instalment", "instalments"),
        ),
        (
            concat!(subject_inv!(), ": payment plan offer"),
            plan_proposal!(firm, "instalment", "instalments"),
        ),
    ],
    // SettlementOffer
    [
        (
            concat!("An offer to settle ", inv_amount!()),
            concat!(
                hi!(),
                "I would like to find a way to close ", inv!(), " for ", owed!(), " that works for both of us.", part_paid!(warm), "\n\n",
                "{% if discount %}\n",
                "If you can pay {{ discount_net }} by {{ discount_deadline | date(\"weekday\") }}, we will accept it in full settlement: a saving of {{ discount_amount }} ({{ discount_percent }}).\n",
                "{% else %}\n",
                "If paying the full amount is difficult, we are open to a reduced amount in full settlement. Could you let me know what you could pay, and by when?\n",
                "{% endif %}\n\n",
                link!(),
                best!()
            ),
        ),
        (
            concat!(subject_inv!(), ": settlement offer"),
            concat!(
                dear!(),
                "We would like to resolve ", inv!(), " for ", owed!(), ", ", which_was_due!(), ", and can offer the following.", part_paid!(neutral), "\n\n",
                "{% if discount %}\n",
                "If we receive {{ discount_net }} by {{ discount_deadline }}, we will accept it in full settlement of the ", several!("invoices", "invoice"), ": a reduction of {{ discount_amount }} ({{ discount_percent }}).\n",
                "{% else %}\n",
                "We are prepared to accept a reduced amount in full settlement. Could you let us know what you could pay, and by when?\n",
                "{% endif %}\n\n",
                link!(),
                kind!()
            ),
        ),
        (
            concat!(subject_inv!(), ": settlement offer with a deadline"),
            concat!(
                dear!(),
                inv_cap!(), " for ", owed!(), was_due_and!(), " ", several!("remain", "remains"), " outstanding.", part_paid!(firm), " To resolve ", several!("them", "it"), ", we make the following offer.\n\n",
                "{% if discount %}\n",
                "We will accept {{ discount_net }} in full settlement, a reduction of {{ discount_amount }} ({{ discount_percent }}), if payment reaches us by {{ discount_deadline }}. After that date the offer lapses and the full balance remains due.\n",
                "{% else %}\n",
                "We are prepared to consider a reduced amount in full settlement if you reply by {{ today + 7 days | date(\"long\") }}. After that date the full balance remains due.\n",
                "{% endif %}\n\n",
                link!(),
                sincerely!()
            ),
        ),
    ],
    // InstallmentDueSoon
    [
        (
            "Your next plan payment{% if plan_next_date %}: {{ plan_next_amount }} on {{ plan_next_date }}{% endif %}",
            concat!(
                hi!(),
                "Just a quick reminder that the next payment under our plan for ", inv!(), "{% if plan_next_date %}, {{ plan_next_amount }}, is due on {{ plan_next_date | date(\"weekday\") }}{% else %} is coming up{% endif %}. Thank you for keeping to the plan so far; it is much appreciated.\n\n",
                link!(),
                "If anything has changed on your side, just let me know in good time and we will find a way.\n\n",
                best!()
            ),
        ),
        (
            concat!("Upcoming plan payment for ", inv_amount!()),
            concat!(
                dear!(),
                "This is a reminder that the next payment under our agreed plan for ", inv!(), "{% if plan_next_date %}, {{ plan_next_amount }}, is due on {{ plan_next_date | date(\"weekday\") }}{% else %} will soon be due{% endif %}.\n\n",
                link!(),
                "If you expect any difficulty with this payment, please let us know before the due date so that we can discuss it.\n\n",
                kind!()
            ),
        ),
        NONE,
    ],
    // InstallmentMissed
    [
        (
            "Checking in about your plan payment",
            concat!(
                hi!(),
                "I hope all is well. I noticed that the plan payment{% if plan_next_date %} of {{ plan_next_amount }} due on {{ plan_next_date }}{% endif %} for ", inv!(), " has not come through yet. It may simply be a timing issue.\n\n",
                "Could you let me know when to expect it? If the plan no longer suits you, I would much rather adjust it together than let it lapse.\n\n",
                link!(),
                best!()
            ),
        ),
        (
            concat!("Plan payment for ", inv_amount!()),
            concat!(
                dear!(),
                "We have not yet received the payment{% if plan_next_date %} of {{ plan_next_amount }} that was due on {{ plan_next_date }}{% endif %} under our agreed plan for ", inv!(), ".\n\n",
                "Could you let us know when we can expect it? If the plan no longer suits you, we would rather adjust it together than have it lapse.\n\n",
                link!(),
                kind!()
            ),
        ),
        (
            concat!(subject_inv!(), ": plan payment not received"),
            concat!(
                dear!(),
                "The payment{% if plan_next_date %} of {{ plan_next_amount }} due on {{ plan_next_date }}{% endif %} under our agreed plan for ", inv!(), " has not been received.\n\n",
                "The plan depends on each payment arriving on time, and we would prefer to keep it in place for you. Could you let us know by {{ today + 3 business days | date(\"long\") }} when this payment will be made?\n\n",
                link!(),
                sincerely!()
            ),
        ),
    ],
    // PromiseConfirmation
    [
        (
            "Thank you: payment of {{ balance }}{% if promise_date %} by {{ promise_date }}{% endif %}",
            concat!(
                hi!(),
                "Thank you for getting back to me. Just to confirm, you will pay {{ balance }} for ", inv!(), "{% if promise_date %} by {{ promise_date | date(\"weekday\") }}{% endif %}. I have made a note of it and will hold off on any reminders until then.\n\n",
                link!(),
                best!()
            ),
        ),
        (
            concat!("Confirming payment of ", inv_amount!(), "{% if promise_date %} by {{ promise_date }}{% endif %}"),
            concat!(
                dear!(),
                "Thank you for letting us know that payment of {{ balance }} for ", inv!(), " will be made{% if promise_date %} by {{ promise_date | date(\"weekday\") }}{% endif %}. We have noted this and will pause our reminders until then.\n\n",
                link!(),
                kind!()
            ),
        ),
        NONE,
    ],
    // PromiseMissed
    [
        (
            concat!("Checking in about ", inv_amount!()),
            concat!(
                hi!(),
                "Thanks again for letting me know that ", inv!(), " would be paid{% if promise_date %} by {{ promise_date }}{% endif %}. I have not seen the payment of {{ balance }} come through yet, so I wanted to check that everything is all right.\n\n",
                "Could you let me know when I can now expect it? If something has changed, we are happy to find another way.\n\n",
                link!(),
                best!()
            ),
        ),
        (
            concat!(subject_inv!(), ": payment expected{% if promise_date %} on {{ promise_date }}{% endif %}"),
            concat!(
                dear!(),
                "Thank you again for confirming that ", inv!(), " would be paid{% if promise_date %} by {{ promise_date }}{% endif %}. We have not yet received the payment of {{ balance }} and wanted to check that everything is in order.\n\n",
                "Could you let us know when we can now expect it? If something has changed, how can we work together to resolve this?\n\n",
                link!(),
                kind!()
            ),
        ),
        (
            concat!(subject_inv!(), ": agreed payment date has passed"),
            concat!(
                dear!(),
                "We had agreed that ", inv!(), " would be paid{% if promise_date %} by {{ promise_date }}{% endif %}, and we have not yet received the payment of {{ balance }}.\n\n",
                "Could you let us know by {{ today + 3 business days | date(\"long\") }} when the payment will be made? If we do not hear from you by then, we will resume our usual reminder process.\n\n",
                link!(),
                sincerely!()
            ),
        ),
    ],
    // DisputeAcknowledgement
    [
        (
            concat!("Your question about ", inv_amount!()),
            concat!(
                hi!(),
                "Thank you for letting me know about your concerns with ", inv_amount!(), ". I have paused all reminders for ", several!("them", "it"), " while we look into this together.\n\n",
                "So that we can sort it out quickly, could you send me the details: which items or amounts you are querying, and anything that shows what you expected (a purchase order, a quote or a delivery note, for example)?\n\n",
                "I trust this can be resolved quickly, and I will come back to you as soon as I have looked at everything.\n\n",
                best!()
            ),
        ),
        (
            concat!("Your query about ", inv_amount!()),
            concat!(
                dear!(),
                "Thank you for raising your query about ", inv!(), " for ", if_several!("a total of "), "{{ amount }}. We have paused all payment reminders for ", several!("these invoices while we review them", "this invoice while we review it"), ".\n\n",
                "To help us resolve this, could you send us the details: which items or amounts you are querying, and any documents that support your view (for example a purchase order or a delivery note)?\n\n",
                "We trust this can be resolved quickly, and we will come back to you as soon as we have reviewed the details.\n\n",
                kind!()
            ),
        ),
        NONE,
    ],
    // StatutoryInterestNotice
    [
        (
            concat!(subject_inv!(), ": late payment interest"),
            concat!(
                hi!(),
                "I wanted to write about ", inv!(), " for ", owed!(), due_and_outstanding!(), part_paid!(warm), "\n\n",
                "{% if statutory %}\n",
                statutory_basis!(),
                "As of {{ today }}, that comes to {{ statutory_interest }} in interest and {{ statutory_compensation }} in compensation, {{ statutory_total }} in total.\n\n",
                "I would much rather settle the ", several!("invoices themselves", "invoice itself"), ": if the balance of {{ balance }} reaches us by {{ today + 14 days | date(\"long\") }}, we will happily waive these charges.\n\n",
                "{% endif %}\n",
                link!(),
                best!()
            ),
        ),
        (
            concat!(subject_inv!(), ": statutory interest and compensation"),
            concat!(
                dear!(),
                inv_cap!(), " for ", owed!(), was_due_and!(), " ", several!("have", "has"), " not yet been settled.", part_paid!(neutral), "\n\n",
                "{% if statutory %}\n",
                statutory_basis!(),
                "As of {{ today }}, the interest comes to {{ statutory_interest }} and the compensation to {{ statutory_compensation }}: {{ statutory_total }} in addition to the balance of {{ balance }}. Interest continues to accrue until payment.\n\n",
                "{% endif %}\n",
                "If there is a reason payment has not been possible, please let us know: we would prefer to agree a way forward.\n\n",
                link!(),
                kind!()
            ),
        ),
        (
            concat!(subject_inv!(), ": claim for statutory interest and compensation"),
            concat!(
                dear!(),
                inv_cap!(), " for ", owed!(), was_due_and!(), " ", several!("remain", "remains"), " outstanding.", part_paid!(firm), "\n\n",
                "{% if statutory %}\n",
                statutory_basis!(),
                "As of {{ today }}, we claim {{ statutory_interest }} in interest and {{ statutory_compensation }} in compensation, {{ statutory_total }} in total, in addition to the balance of {{ balance }}. Interest continues to accrue until payment.\n\n",
                "{% endif %}\n",
                "Could you let us know by {{ today + 7 days | date(\"long\") }} when payment will be made?\n\n",
                link!(),
                sincerely!()
            ),
        ),
    ],
    // ThankYou
    [
        (
            "Thank you for your payment",
            concat!(
                hi!(),
                "Thank you for your payment of {% if part_paid %}{{ balance }}{% else %}{{ amount }}{% endif %} for ", inv!(), "; it has arrived safely{% if part_paid %} and settles the ", several!("invoices", "invoice"), " in full{% endif %}. I really appreciate it.\n\n",
                "It is always a pleasure working with you, and I look forward to the next project.\n\n",
                best!()
            ),
        ),
        (
            concat!("Payment received: ", inv_amount!()),
            concat!(
                dear!(),
                "Thank you for your payment of {% if part_paid %}{{ balance }}{% else %}{{ amount }}{% endif %} for ", inv!(), ", which we have now received. ", several!("The invoices are", "The invoice is"), " settled in full.\n\n",
                "We appreciate your business and look forward to working with you again.\n\n",
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
            concat!("{% if statutory_law == \"uk\" %}Letter before claim{% else %}Formal demand for payment{% endif %}: ", inv_amount!()),
            concat!(
                dear!(),
                inv_cap!(), " for ", owed!(), several!(", the oldest of which was due for payment on {{ due_date }}, remain", " was due for payment on {{ due_date }} and remains"), " outstanding{% if reminders_sent %} despite {{ reminders_sent | count(\"our reminder|our # reminders\") }}{% endif %}.", part_paid!(firm), "\n\n",
                "{% if statutory_law == \"uk\" %}\n",
                "{% if client_sole_trader %}\n",
                "This is a letter of claim under the Pre-Action Protocol for Debt Claims.",
                uk_claim!(),
                "We enclose an up-to-date statement of account, the Information Sheet and Reply Form, and a Financial Statement form. Please complete the Reply Form and return it to us within 30 days of the date of this letter, {{ today }}. If you would like to discuss paying over time, or need time to get advice, please say so on the Reply Form: you may wish to get free, independent debt advice, and the Information Sheet explains where to find it.\n\n",
                "If we have received neither payment nor the completed Reply Form by {{ today + 30 days | date(\"long\") }}, we may start court proceedings against you without further notice.\n",
                "{% else %}\n",
                "This is a letter before claim under the Practice Direction on Pre-Action Conduct and Protocols.",
                uk_claim!(),
                "Please pay this amount, or send us your proposal or the reasons you dispute the debt, within 14 days of the date of this letter, by {{ today + 14 days | date(\"long\") }}. We remain willing to resolve this without going to court, for example by agreeing a payment plan or through mediation.\n\n",
                "If we have received neither payment nor a reply by then, we may start court proceedings against you without further notice.\n",
                "{% endif %}\n",
                "{% else %}\n",
                "This letter is a formal demand for payment. Please pay the balance of {{ balance }} by {{ today + 14 days | date(\"long\") }}.",
                "{% if statutory_claimed %} We also claim the interest and compensation the law provides for late payment between businesses: as of {{ today }}, {{ statutory_interest }} in interest ({{ statutory_interest_law }}){% if statutory_compensation_law %} and {{ statutory_compensation }} in compensation ({{ statutory_compensation_law }}){% endif %}{% if statutory_collection_costs %}, with {{ statutory_collection_costs }} in collection costs{% endif %}: {{ statutory_total }} in total. Interest continues to accrue until payment.{% endif %}\n\n",
                "If we have received neither payment nor a reply by then, our next step will be to start court proceedings to recover the debt. We would still prefer to resolve this directly: if you would like to agree a payment plan, please contact us before that date.\n",
                "{% endif %}\n\n",
                link!(),
                sincerely!()
            ),
        ),
    ],
];
