//! The shipped templates: sixteen kinds of message in up to three tones.
//!
//! English is written once, in British spelling, as a table indexed by
//! [`TemplateId`] and [`ToneVariant`]. American English uses the same text except for the
//! few templates in `EN_US`, which differ only in spelling (`instalments` →
//! `installments`); its dates come from [`crate::message::EN_US_DATES`]. The other
//! languages are tables of the same shape in `lang/`.

use serde::{Deserialize, Serialize};

use super::lang::LangPack;
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
///
/// ```
/// use tactful_engine::message::TemplateId;
///
/// assert_eq!(TemplateId::ALL.len(), 16);
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

impl TemplateId {
    /// Every template, in the order of the escalation.
    pub const ALL: [TemplateId; 16] = [
        TemplateId::PreDueReminder,
        TemplateId::DueToday,
        TemplateId::FriendlyOverdue,
        TemplateId::SecondFollowUp,
        TemplateId::FirmFollowUp,
        TemplateId::FinalNotice,
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
const STAGE_NAMES: [&str; 16] = [
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
];

/// The tones `id` is written in: all three, or Warm and Neutral only for the messages
/// where firmness has no place (before the due date, on the due date, plan payment
/// coming up, confirming a promise, acknowledging a query, thanking).
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
        (Some(pack), _) => {
            let tones = pack.templates.get(id as usize)?;
            let (subject, body) = *tones.get(tone as usize)?;
            (!body.is_empty()).then_some(Template { subject, body })
        }
        (None, NumberLocale::EnUs) => EN_US
            .iter()
            .find(|(i, t, _)| *i == id && *t == tone)
            .map(|&(_, _, found)| found)
            .or_else(|| english(id, tone)),
        (None, _) => english(id, tone),
    }
}

fn english(id: TemplateId, tone: ToneVariant) -> Option<Template> {
    let tones = EN.get(id as usize)?;
    let (subject, body) = *tones.get(tone as usize)?;
    (!body.is_empty()).then_some(Template { subject, body })
}

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
            "{% if paid_so_far %}\nThank you for the {{ paid_so_far }} we have received from you so far, most recently on {{ last_payment_date }}.\n\n{% endif %}\n",
            "{% if account %}\nThe following invoices are still open:\n\n{{ open_invoices }}\n{% endif %}\n",
            "{% if payment_link %}\nYou can pay online here: {{ payment_link }}\n\n{% endif %}\n"
        )
    };
}
macro_rules! best {
    () => {
        "Best wishes,\n{{ sign_off }}"
    };
}
macro_rules! kind {
    () => {
        "Kind regards,\n{{ sign_off }}"
    };
}
macro_rules! sincerely {
    () => {
        "Yours sincerely,\n{{ sign_off }}"
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
macro_rules! plan_proposal {
    (warm, $instalment:literal, $instalments:literal) => {
        concat!(
            hi!(),
            "I know that settling invoice {{ invoice_number }} for {{ balance }} in one go may not be easy at the moment, so I wanted to suggest something that might help.\n\n",
            "{% if plan %}\n",
            "We would be happy for you to pay in {{ plan_count | count(\"# ", $instalment, "|# ", $instalments, "\") }}, like this:\n\n",
            "{{ plan_table }}\n\n",
            "The first payment would be due on {{ plan_next_date }}. Could you let me know by {{ today + 7 days | date(\"long\") }} whether this works for you? If another arrangement would suit you better, I am very happy to talk it through.\n",
            "{% else %}\n",
            "We would be happy to spread the balance over a few monthly ", $instalments, ". Could you let me know by {{ today + 7 days | date(\"long\") }} what you could manage each month?\n",
            "{% endif %}\n\n",
            best!()
        )
    };
    (neutral, $instalment:literal, $instalments:literal) => {
        concat!(
            dear!(),
            "We understand that paying invoice {{ invoice_number }} for {{ balance }} in a single payment may not be practical at the moment. To help, we would be glad to agree a payment plan.\n\n",
            "{% if plan %}\n",
            "We propose {{ plan_count | count(\"# ", $instalment, "|# ", $instalments, "\") }} as follows:\n\n",
            "{{ plan_table }}\n\n",
            "The first payment would be due on {{ plan_next_date }}. Could you let us know by {{ today + 7 days | date(\"long\") }} whether this plan works for you? If not, we are open to discussing an alternative.\n",
            "{% else %}\n",
            "Could you let us know by {{ today + 7 days | date(\"long\") }} what monthly ", $instalments, " you could manage? We will then send you a schedule to confirm.\n",
            "{% endif %}\n\n",
            kind!()
        )
    };
    (firm, $instalment:literal, $instalments:literal) => {
        concat!(
            dear!(),
            "To resolve the outstanding balance of {{ balance }} on invoice {{ invoice_number }}, which was due on {{ due_date }}, we can offer to accept payment in ", $instalments, ".\n\n",
            "{% if plan %}\n",
            "{{ plan_table }}\n\n",
            "The first payment would be due on {{ plan_next_date }}. The plan is available if you confirm it by {{ today + 7 days | date(\"long\") }}; otherwise the full balance remains due.\n",
            "{% else %}\n",
            "Could you let us know by {{ today + 7 days | date(\"long\") }} what you can pay each month, so that we can set out a schedule? Otherwise the full balance remains due.\n",
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
            subject: "An idea to make invoice {{ invoice_number }} easier",
            body: plan_proposal!(warm, "installment", "installments"),
        },
    ),
    (
        TemplateId::PaymentPlanProposal,
        ToneVariant::Neutral,
        Template {
            subject: "A payment plan for invoice {{ invoice_number }}",
            body: plan_proposal!(neutral, "installment", "installments"),
        },
    ),
    (
        TemplateId::PaymentPlanProposal,
        ToneVariant::Firm,
        Template {
            subject: "Invoice {{ invoice_number }}: payment plan offer",
            body: plan_proposal!(firm, "installment", "installments"),
        },
    ),
];

const NONE: (&str, &str) = ("", "");

/// British English, `[id][tone]` as (subject, body); `NONE` where a tone is not written.
static EN: [[(&str, &str); 3]; 16] = [
    // PreDueReminder
    [
        (
            "Invoice {{ invoice_number }} falls due on {{ due_date }}",
            concat!(
                hi!(),
                "I hope all is well. Just a quick note to say that invoice {{ invoice_number }} for {{ balance }} falls due on {{ due_date | date(\"weekday\") }}.\n\n",
                link!(),
                "If anything on the invoice needs a second look, just let me know and we will sort it out.\n\n",
                best!()
            ),
        ),
        (
            "Reminder: invoice {{ invoice_number }} due on {{ due_date }}",
            concat!(
                dear!(),
                "This is a courtesy reminder that invoice {{ invoice_number }} for {{ balance }} is due for payment on {{ due_date | date(\"weekday\") }}.\n\n",
                link!(),
                "If you have any questions about the invoice, please let us know before the due date so that we can help.\n\n",
                kind!()
            ),
        ),
        NONE,
    ],
    // DueToday
    [
        (
            "Invoice {{ invoice_number }} is due today",
            concat!(
                hi!(),
                "A friendly note that invoice {{ invoice_number }} for {{ balance }} is due today. If payment is already on its way, thank you, and please disregard this message.\n\n",
                link!(),
                "Best wishes,\n{{ sign_off }}"
            ),
        ),
        (
            "Invoice {{ invoice_number }}: payment due today",
            concat!(
                dear!(),
                "This is a reminder that payment of {{ balance }} for invoice {{ invoice_number }} is due today, {{ due_date }}. If you have already arranged payment, thank you, and please disregard this message.\n\n",
                link!(),
                "Should you have any questions about the invoice, please let us know.\n\n",
                kind!()
            ),
        ),
        NONE,
    ],
    // FriendlyOverdue
    [
        (
            "A quick note about invoice {{ invoice_number }}",
            concat!(
                hi!(),
                "I hope you are well. Our records show that invoice {{ invoice_number }} for {{ balance }}, due on {{ due_date }}, is still open. These things easily slip through the net, so I thought I would send a quick reminder.\n\n",
                link!(),
                "If payment is already on its way, thank you, and please disregard this note.\n\n",
                best!()
            ),
        ),
        (
            "Invoice {{ invoice_number }}: payment reminder",
            concat!(
                dear!(),
                "According to our records, invoice {{ invoice_number }} for {{ balance }}, which was due on {{ due_date }}, has not yet been paid. We would be grateful if you could arrange payment at your earliest convenience.\n\n",
                link!(),
                "If you have already sent payment, thank you, and please disregard this reminder. If there is a problem with the invoice, please let us know so that we can resolve it together.\n\n",
                kind!()
            ),
        ),
        (
            "Invoice {{ invoice_number }}: payment now overdue",
            concat!(
                dear!(),
                "Invoice {{ invoice_number }} for {{ balance }} was due on {{ due_date }}, and we have not yet received payment.\n\n",
                "Please arrange payment by {{ today + 7 days | date(\"long\") }}. If something is holding it up, could you let us know so that we can resolve it together?\n\n",
                link!(),
                sincerely!()
            ),
        ),
    ],
    // SecondFollowUp
    [
        (
            "Following up on invoice {{ invoice_number }}",
            concat!(
                hi!(),
                "I am following up on my earlier note about invoice {{ invoice_number }} for {{ balance }}, which was due on {{ due_date }}. I know how busy things get, so I wanted to check whether there is anything we can do to help it along.\n\n",
                link!(),
                "If something about the invoice is unclear or needs changing, just reply to this email and we will look at it straight away.\n\n",
                best!()
            ),
        ),
        (
            "Second reminder: invoice {{ invoice_number }}",
            concat!(
                dear!(),
                "We wrote to you recently about invoice {{ invoice_number }} for {{ balance }}, which was due on {{ due_date }}. We have not yet received payment and wanted to make sure the invoice reached the right person.\n\n",
                link!(),
                "Could you let us know when we can expect payment, or who would be the best person to speak to?\n\n",
                kind!()
            ),
        ),
        (
            "Invoice {{ invoice_number }}: second reminder",
            concat!(
                dear!(),
                "This is our second reminder about invoice {{ invoice_number }} for {{ balance }}, which was due on {{ due_date }}. We have not yet received payment.\n\n",
                "We would be grateful if you could arrange payment by {{ today + 7 days | date(\"long\") }}, or let us know if there is a reason for the delay so that we can work through it together.\n\n",
                link!(),
                sincerely!()
            ),
        ),
    ],
    // FirmFollowUp
    [
        (
            "Can we agree a payment date for invoice {{ invoice_number }}?",
            concat!(
                hi!(),
                "I wanted to get in touch again about invoice {{ invoice_number }} for {{ balance }}, due on {{ due_date }}, which is still outstanding. I would really like to get this settled in a way that works for you.\n\n",
                "Could you let me know by {{ today + 5 business days | date(\"long\") }} when we can expect payment? If timing is difficult at the moment, we are happy to talk about options such as a payment plan.\n\n",
                link!(),
                best!()
            ),
        ),
        (
            "Invoice {{ invoice_number }}: could you confirm a payment date?",
            concat!(
                dear!(),
                "Invoice {{ invoice_number }} for {{ balance }}, which was due on {{ due_date }}, is still outstanding, and we have not yet received payment following our previous reminders.\n\n",
                "Could you let us know by {{ today + 5 business days | date(\"long\") }} when we can expect payment? If there is an issue with the invoice, or if you would like to discuss paying in stages, please tell us and we will do our best to help.\n\n",
                link!(),
                kind!()
            ),
        ),
        (
            "Invoice {{ invoice_number }}: please confirm a payment date",
            concat!(
                dear!(),
                "Invoice {{ invoice_number }} for {{ balance }} was due on {{ due_date }} and remains unpaid. We have sent several reminders and would now like to agree a way forward.\n\n",
                "Could you let us know by {{ today + 5 business days | date(\"long\") }} on which date payment will be made? How can we work together to resolve this?\n\n",
                link!(),
                sincerely!()
            ),
        ),
    ],
    // FinalNotice
    [
        (
            "Invoice {{ invoice_number }}: let us resolve this together",
            concat!(
                hi!(),
                "I am writing once more about invoice {{ invoice_number }} for {{ balance }}, which was due on {{ due_date }}. I would much rather resolve this between us, so please do get in touch if something is making payment difficult: a payment plan is always an option.\n\n",
                "So that you know where things stand: if we have not heard from you by {{ today + 10 days | date(\"long\") }}, we will pass the account to our collection partner. I hope it will not come to that.\n\n",
                link!(),
                best!()
            ),
        ),
        (
            "Final reminder: invoice {{ invoice_number }}",
            concat!(
                dear!(),
                "We have written to you several times about invoice {{ invoice_number }} for {{ balance }}, which was due on {{ due_date }}, and have not yet been able to resolve it with you.\n\n",
                "We would much prefer to settle this directly. If we have not received payment or heard from you by {{ today + 10 days | date(\"long\") }}, we will pass the account to our collection partner, who will then contact you about it.\n\n",
                "If there is a reason payment has not been possible, please get in touch before then: we are happy to discuss a payment plan.\n\n",
                link!(),
                kind!()
            ),
        ),
        (
            "Final notice: invoice {{ invoice_number }}",
            concat!(
                dear!(),
                "This is our final notice about invoice {{ invoice_number }} for {{ balance }}, which was due on {{ due_date }} and remains unpaid after several reminders.\n\n",
                "If we have not received payment, or agreed a payment date with you, by {{ today + 10 days | date(\"long\") }}, we will pass the account to our collection partner. We would prefer to resolve this directly, and a reply before then is all it takes to start that conversation.\n\n",
                link!(),
                sincerely!()
            ),
        ),
    ],
    // AgencyReferral
    [
        (
            "Invoice {{ invoice_number }}: an update on the account",
            concat!(
                hi!(),
                "I am sorry that we have not been able to resolve invoice {{ invoice_number }} for {{ balance }}, due on {{ due_date }}, between us. As set out in our last message, the account has now been passed to our collection partner, who will be in touch with you.\n\n",
                "If you would still like to settle with us directly, or if there is something we have missed, please get in touch: we are always glad to hear from you.\n\n",
                link!(),
                best!()
            ),
        ),
        (
            "Invoice {{ invoice_number }} has been passed to our collection partner",
            concat!(
                dear!(),
                "Following our final reminder, invoice {{ invoice_number }} for {{ balance }}, which was due on {{ due_date }}, has now been passed to our collection partner. They will contact you to arrange payment.\n\n",
                "If you would prefer to pay us directly, please let us know when you do so that we can close the referral. If you would like to discuss the account, please reply to this email.\n\n",
                link!(),
                kind!()
            ),
        ),
        (
            "Invoice {{ invoice_number }}: account referred for collection",
            concat!(
                dear!(),
                "As of {{ today }}, invoice {{ invoice_number }} for {{ balance }}, which was due on {{ due_date }}, has been referred to our collection partner, and they will handle the account from now on.\n\n",
                "Payment made to us directly before they contact you will close the matter; please send us a note when you pay.\n\n",
                link!(),
                sincerely!()
            ),
        ),
    ],
    // PaymentPlanProposal
    [
        (
            "An idea to make invoice {{ invoice_number }} easier",
            plan_proposal!(warm, "instalment", "instalments"),
        ),
        (
            "A payment plan for invoice {{ invoice_number }}",
            plan_proposal!(neutral, "instalment", "instalments"),
        ),
        (
            "Invoice {{ invoice_number }}: payment plan offer",
            plan_proposal!(firm, "instalment", "instalments"),
        ),
    ],
    // SettlementOffer
    [
        (
            "An offer to settle invoice {{ invoice_number }}",
            concat!(
                hi!(),
                "I would like to find a way to close invoice {{ invoice_number }} for {{ balance }} that works for both of us.\n\n",
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
            "Invoice {{ invoice_number }}: settlement offer",
            concat!(
                dear!(),
                "We would like to resolve invoice {{ invoice_number }} for {{ balance }}, which was due on {{ due_date }}, and can offer the following.\n\n",
                "{% if discount %}\n",
                "If we receive {{ discount_net }} by {{ discount_deadline }}, we will accept it in full settlement of the invoice: a reduction of {{ discount_amount }} ({{ discount_percent }}).\n",
                "{% else %}\n",
                "We are prepared to accept a reduced amount in full settlement. Could you let us know what you could pay, and by when?\n",
                "{% endif %}\n\n",
                link!(),
                kind!()
            ),
        ),
        (
            "Invoice {{ invoice_number }}: settlement offer with a deadline",
            concat!(
                dear!(),
                "Invoice {{ invoice_number }} for {{ balance }} was due on {{ due_date }} and remains unpaid. To resolve it, we make the following offer.\n\n",
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
            "Your next plan payment: {{ plan_next_amount }} on {{ plan_next_date }}",
            concat!(
                hi!(),
                "Just a quick reminder that the next payment under our plan for invoice {{ invoice_number }}, {{ plan_next_amount }}, is due on {{ plan_next_date | date(\"weekday\") }}. Thank you for keeping to the plan so far; it is much appreciated.\n\n",
                link!(),
                "If anything has changed on your side, just let me know in good time and we will find a way.\n\n",
                best!()
            ),
        ),
        (
            "Upcoming plan payment for invoice {{ invoice_number }}",
            concat!(
                dear!(),
                "This is a reminder that the next payment under our agreed plan for invoice {{ invoice_number }}, {{ plan_next_amount }}, is due on {{ plan_next_date | date(\"weekday\") }}.\n\n",
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
                "I hope all is well. I noticed that the plan payment of {{ plan_next_amount }} for invoice {{ invoice_number }}, due on {{ plan_next_date }}, has not come through yet. It may simply be a timing issue.\n\n",
                "Could you let me know when to expect it? If the plan no longer suits you, I would much rather adjust it together than let it lapse.\n\n",
                link!(),
                best!()
            ),
        ),
        (
            "Plan payment for invoice {{ invoice_number }}",
            concat!(
                dear!(),
                "We have not yet received the payment of {{ plan_next_amount }} that was due on {{ plan_next_date }} under our agreed plan for invoice {{ invoice_number }}.\n\n",
                "Could you let us know when we can expect it? If the plan no longer suits you, we would rather adjust it together than have it lapse.\n\n",
                link!(),
                kind!()
            ),
        ),
        (
            "Invoice {{ invoice_number }}: plan payment not received",
            concat!(
                dear!(),
                "The payment of {{ plan_next_amount }} due on {{ plan_next_date }} under our agreed plan for invoice {{ invoice_number }} has not been received.\n\n",
                "The plan depends on each payment arriving on time, and we would prefer to keep it in place for you. Could you let us know by {{ today + 3 business days | date(\"long\") }} when this payment will be made?\n\n",
                link!(),
                sincerely!()
            ),
        ),
    ],
    // PromiseConfirmation
    [
        (
            "Thank you: payment of {{ balance }} by {{ promise_date }}",
            concat!(
                hi!(),
                "Thank you for getting back to me. Just to confirm, you will pay {{ balance }} for invoice {{ invoice_number }} by {{ promise_date | date(\"weekday\") }}. I have made a note of it and will hold off on any reminders until then.\n\n",
                link!(),
                best!()
            ),
        ),
        (
            "Confirming payment of invoice {{ invoice_number }} by {{ promise_date }}",
            concat!(
                dear!(),
                "Thank you for letting us know that payment of {{ balance }} for invoice {{ invoice_number }} will be made by {{ promise_date | date(\"weekday\") }}. We have noted this and will pause our reminders until then.\n\n",
                link!(),
                kind!()
            ),
        ),
        NONE,
    ],
    // PromiseMissed
    [
        (
            "Checking in about invoice {{ invoice_number }}",
            concat!(
                hi!(),
                "Thanks again for letting me know that invoice {{ invoice_number }} would be paid by {{ promise_date }}. I have not seen the payment of {{ balance }} come through yet, so I wanted to check that everything is all right.\n\n",
                "Could you let me know when I can now expect it? If something has changed, we are happy to find another way.\n\n",
                link!(),
                best!()
            ),
        ),
        (
            "Invoice {{ invoice_number }}: payment expected on {{ promise_date }}",
            concat!(
                dear!(),
                "Thank you again for confirming that invoice {{ invoice_number }} would be paid by {{ promise_date }}. We have not yet received the payment of {{ balance }} and wanted to check that everything is in order.\n\n",
                "Could you let us know when we can now expect it? If something has changed, how can we work together to resolve this?\n\n",
                link!(),
                kind!()
            ),
        ),
        (
            "Invoice {{ invoice_number }}: agreed payment date has passed",
            concat!(
                dear!(),
                "We had agreed that invoice {{ invoice_number }} would be paid by {{ promise_date }}, and we have not yet received the payment of {{ balance }}.\n\n",
                "Could you let us know by {{ today + 3 business days | date(\"long\") }} when the payment will be made? If we do not hear from you by then, we will resume our usual reminder process.\n\n",
                link!(),
                sincerely!()
            ),
        ),
    ],
    // DisputeAcknowledgement
    [
        (
            "Your question about invoice {{ invoice_number }}",
            concat!(
                hi!(),
                "Thank you for letting me know about your concerns with invoice {{ invoice_number }}. I have paused all reminders for it while we look into this together.\n\n",
                "So that we can sort it out quickly, could you send me the details: which items or amounts you are querying, and anything that shows what you expected (a purchase order, a quote or a delivery note, for example)?\n\n",
                "I trust this can be resolved quickly, and I will come back to you as soon as I have looked at everything.\n\n",
                best!()
            ),
        ),
        (
            "Your query about invoice {{ invoice_number }}",
            concat!(
                dear!(),
                "Thank you for raising your query about invoice {{ invoice_number }} for {{ amount }}. We have paused all payment reminders for this invoice while we review it.\n\n",
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
            "Invoice {{ invoice_number }}: late payment interest",
            concat!(
                hi!(),
                "I wanted to write about invoice {{ invoice_number }} for {{ balance }}, which was due on {{ due_date }} and is still outstanding.\n\n",
                statutory_basis!(),
                "As of {{ today }}, that comes to {{ statutory_interest }} in interest and {{ statutory_compensation }} in compensation, {{ statutory_total }} in total.\n\n",
                "I would much rather settle the invoice itself: if the balance of {{ balance }} reaches us by {{ today + 14 days | date(\"long\") }}, we will happily waive these charges.\n\n",
                link!(),
                best!()
            ),
        ),
        (
            "Invoice {{ invoice_number }}: statutory interest and compensation",
            concat!(
                dear!(),
                "Invoice {{ invoice_number }} for {{ balance }} was due on {{ due_date }} and has not yet been paid.\n\n",
                statutory_basis!(),
                "As of {{ today }}, the interest comes to {{ statutory_interest }} and the compensation to {{ statutory_compensation }}: {{ statutory_total }} in addition to the balance of {{ balance }}. Interest continues to accrue until payment.\n\n",
                "If there is a reason payment has not been possible, please let us know: we would prefer to agree a way forward.\n\n",
                link!(),
                kind!()
            ),
        ),
        (
            "Invoice {{ invoice_number }}: claim for statutory interest and compensation",
            concat!(
                dear!(),
                "Invoice {{ invoice_number }} for {{ balance }} was due on {{ due_date }} and remains unpaid.\n\n",
                statutory_basis!(),
                "As of {{ today }}, we claim {{ statutory_interest }} in interest and {{ statutory_compensation }} in compensation, {{ statutory_total }} in total, in addition to the balance of {{ balance }}. Interest continues to accrue until payment.\n\n",
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
                "Thank you for your payment of {{ amount }} for invoice {{ invoice_number }}; it has arrived safely. I really appreciate it.\n\n",
                "It is always a pleasure working with you, and I look forward to the next project.\n\n",
                best!()
            ),
        ),
        (
            "Payment received: invoice {{ invoice_number }}",
            concat!(
                dear!(),
                "Thank you for your payment of {{ amount }} for invoice {{ invoice_number }}, which we have now received. The invoice is settled in full.\n\n",
                "We appreciate your business and look forward to working with you again.\n\n",
                kind!()
            ),
        ),
        NONE,
    ],
];
