//! The composer's choices and edits, and the finished message derived from them and from
//! the other tools (invoice, discount offer, statutory interest).
//!
//! Edits are kept per message type and tone as overrides of the shipped wording, so
//! switching template never needs an effect to "reset" the editor: the text shown is
//! always `override or shipped`.

use std::collections::HashMap;

use leptos::prelude::*;
use rust_decimal::Decimal;
use tactful_engine::account::AccountReport;
use tactful_engine::message::{
    available_tones, render_edited, short_text, template, tone_check, AccountDetails,
    DiscountDetails, MessageContext, PlanDetails, PlanRow, RenderedMessage, StatutoryDetails,
    TemplateId, ToneFinding, ToneVariant,
};
use tactful_engine::plan::to_text_table;
use tactful_engine::statutory::{late_payment_claim, StatutoryClaim};

use crate::context::{FieldState, InvoiceState, Lazy, Today};
use crate::i18n::Lang;
use crate::langs::Langs;
use crate::views::discount::state::DiscountState;
use crate::views::plan::state::PlanState;
use crate::views::timeline::state::{TimelineState, UnreadableFigure};

/// A message's editable source: subject and body templates.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    pub subject: String,
    pub body: String,
}

/// Which shipped wording an edit replaces.
pub type EditKey = (Lang, TemplateId, ToneVariant);

/// What the user chose and typed.
#[derive(Clone, Copy)]
pub struct MessageForm {
    /// The template chosen; `None` until the user (or another tool's "Write this message")
    /// chooses one: the composer then follows the step the timeline says to send now.
    pub template: RwSignal<Option<TemplateId>>,
    /// The tone chosen with the template.
    pub tone: RwSignal<ToneVariant>,
    pub sender: FieldState,
    /// The client is a sole trader: the formal demand follows the rules for individuals.
    pub sole_trader: RwSignal<bool>,
    /// The language of the message, when chosen; `None` follows the interface.
    pub message_lang: RwSignal<Option<Lang>>,
    /// Edited wording, per language, template and tone.
    pub edits: RwSignal<HashMap<EditKey, Source>>,
    /// The wording is edited as template code (`{{ due_date }}`) rather than in words
    /// (`[Due date]`): a view choice, not saved.
    pub code_view: RwSignal<bool>,
}

/// The finished message and its checks.
#[derive(Clone, Debug, PartialEq)]
pub struct Composed {
    pub message: RenderedMessage,
    pub findings: Vec<ToneFinding>,
    /// The statutory figure typed in the timeline that is not a number, when statutory
    /// interest is left out of the message because of it.
    pub statutory_left_out: Option<UnreadableFigure>,
    /// The statutory claim the message can quote, for its breakdown.
    pub claim: Option<StatutoryClaim>,
    /// A client account's report, for its statutory breakdown invoice by invoice.
    pub account: Option<AccountReport>,
}

/// Form plus derived source and message, shared through context so other tools can open
/// the composer on a given template ("Write this message").
#[derive(Clone, Copy)]
pub struct MessageState {
    pub form: MessageForm,
    ui_lang: RwSignal<Lang>,
    langs: Langs,
    invoice: InvoiceState,
    today: Today,
    discount: DiscountState,
    timeline: TimelineState,
    plan: PlanState,
    derived: Lazy<Derived>,
}

/// What the composer derives (made when a view first asks).
#[derive(Clone, Copy)]
struct Derived {
    lang: Memo<Lang>,
    suggested: Memo<Option<(TemplateId, ToneVariant)>>,
    template: Memo<TemplateId>,
    tone: Memo<ToneVariant>,
    source: Memo<Source>,
    composed: Memo<Option<Composed>>,
}

impl MessageState {
    /// Starts following the step due now (the friendly first reminder, warm tone, while the
    /// timeline has none).
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        lang: RwSignal<Lang>,
        message_lang: RwSignal<Option<Lang>>,
        langs: Langs,
        invoice: InvoiceState,
        today: Today,
        discount: DiscountState,
        timeline: TimelineState,
        plan: PlanState,
    ) -> Self {
        let form = MessageForm {
            template: RwSignal::new(None),
            tone: RwSignal::new(ToneVariant::Warm),
            sender: FieldState::new(""),
            sole_trader: RwSignal::new(false),
            message_lang,
            edits: RwSignal::new(HashMap::new()),
            code_view: RwSignal::new(false),
        };
        MessageState {
            form,
            ui_lang: lang,
            langs,
            invoice,
            today,
            discount,
            timeline,
            plan,
            derived: Lazy::new(),
        }
    }

    /// The language the message is written in: the chosen one, else the interface's.
    pub fn lang(self) -> Memo<Lang> {
        self.derived().lang
    }

    /// The template and tone of the step the timeline says to send now (or next), when it
    /// has one with a message.
    pub fn suggested(self) -> Memo<Option<(TemplateId, ToneVariant)>> {
        self.derived().suggested
    }

    /// The template shown: the one chosen, else the step's due now ([`Self::suggested`]),
    /// else the friendly first reminder.
    pub fn template(self) -> Memo<TemplateId> {
        self.derived().template
    }

    /// The tone actually used: with a chosen template, the chosen tone if the template has
    /// it, else its first; following the timeline, the step's tone.
    pub fn tone(self) -> Memo<ToneVariant> {
        self.derived().tone
    }

    /// The wording being edited (override or shipped).
    pub fn source(self) -> Memo<Source> {
        self.derived().source
    }

    /// The finished message, once the invoice is complete.
    pub fn composed(self) -> Memo<Option<Composed>> {
        self.derived().composed
    }

    fn derived(self) -> Derived {
        self.derived.get_or_make(|| self.derive())
    }

    fn derive(self) -> Derived {
        let MessageState {
            form,
            ui_lang,
            langs,
            invoice,
            today,
            discount,
            timeline,
            plan,
            ..
        } = self;
        let lang = Memo::new(move |_| form.message_lang.get().unwrap_or_else(|| ui_lang.get()));
        let suggested = Memo::new(move |_| {
            timeline.outcome().with(|o| {
                let step = o.next_step.as_ref()?.step.as_ref()?;
                Some((step.template?, step.tone?))
            })
        });
        let template = Memo::new(move |_| {
            form.template
                .get()
                .or_else(|| suggested.get().map(|(id, _)| id))
                .unwrap_or(TemplateId::FriendlyOverdue)
        });
        let tone = Memo::new(move |_| {
            let (id, chosen) = match (form.template.get(), suggested.get()) {
                (Some(id), _) => (id, form.tone.get()),
                (None, Some(step)) => step,
                (None, None) => (TemplateId::FriendlyOverdue, ToneVariant::Warm),
            };
            tone_of(id, chosen)
        });
        // Until the message language's part is loaded its shipped wording is empty (the
        // view waits for it); `langs.messages_loaded` makes the memos recompute when it arrives.
        let source = Memo::new(move |_| {
            let key = (lang.get(), template.get(), tone.get());
            langs.messages_loaded(key.0);
            form.edits
                .with(|edits| edits.get(&key).cloned())
                .unwrap_or_else(|| shipped(key.1, key.2, key.0))
        });
        let composed = Memo::new(move |_| {
            if !langs.messages_loaded(lang.get()) {
                return None;
            }
            let pack = crate::i18n::message_pack(lang.get())?;
            let locale = pack.locale();
            let ui_locale = ui_lang.get().number_locale();
            let Today(today) = today;
            // A client account: the open invoices' balance, due since the oldest of them.
            let inv = invoice.debt(message_amount)?;
            let report = invoice.account_report();
            let mut ctx = MessageContext::from_invoice(&inv, today);
            ctx.sender_name = short_text(
                &form.sender.value.get(),
                tactful_engine::limits::MAX_TEXT_CHARS,
            )
            .ok()
            .flatten();
            ctx.client_sole_trader = form.sole_trader.get();
            ctx.discount = discount.outcome().with(|o| {
                o.analysis
                    .as_ref()
                    .zip(o.deadline)
                    .map(|((_, analysis), deadline)| DiscountDetails {
                        percent: analysis.discount_pct,
                        amount: analysis.discount_amount,
                        net: analysis.net_received,
                        deadline,
                    })
            });
            let claimed = timeline.form.claim.get();
            let (claim, statutory_left_out) = match &report {
                // The account's figures, invoice by invoice (never on the lumped balance);
                // left out, like an invoice's, while a timeline figure cannot be read.
                Some(report) => {
                    let unreadable = timeline.statutory_choice(ui_locale).figures.err();
                    if unreadable.is_none() {
                        ctx.statutory = StatutoryDetails::from_account(report, claimed);
                    }
                    ctx.account = Some(AccountDetails::from_report(report, pack));
                    (None, unreadable)
                }
                None => {
                    let (claim, left_out) = statutory_claim_now(&inv, today, timeline, ui_locale);
                    ctx.statutory = claim
                        .as_ref()
                        .map(|claim| StatutoryDetails::from_claim(claim, claimed));
                    (claim, left_out)
                }
            };
            ctx.plan = plan.outcome().with(|o| {
                o.plan.as_ref().map(|p| PlanDetails {
                    rows: p
                        .rows
                        .iter()
                        .map(|row| PlanRow {
                            date: row.due_date,
                            amount: row.amount,
                        })
                        .collect(),
                    table_text: to_text_table(p, locale),
                    next: None,
                    down_payment: p.rows.first().is_some_and(|row| row.is_down_payment()),
                })
            });
            // What the contact log says (reminders sent, the last one's day, a broken
            // promise, part payments): the templates word the message from it.
            let history = timeline
                .outcome()
                .with(|o| o.next_step.as_ref().map(|n| n.history.clone()));
            if let Some(history) = history {
                history.fill_message(&mut ctx);
            }
            let src = source.get();
            // The template's needs are checked whatever the wording: an edited promise
            // confirmation still needs the promised date.
            let message = render_edited(template.get(), &src.subject, &src.body, &ctx, pack);
            let mut findings = tone_check(&message.subject, pack);
            findings.extend(tone_check(&message.body, pack));
            Some(Composed {
                message,
                findings,
                statutory_left_out,
                claim,
                account: report.filter(|_| statutory_left_out.is_none()),
            })
        });
        Derived {
            lang,
            suggested,
            template,
            tone,
            source,
            composed,
        }
    }

    /// Opens the composer on `id` with the tone closest to `tone` (used by the other tools'
    /// "Write this message" links; an event handler, not an effect).
    pub fn open(self, id: TemplateId, tone: ToneVariant) {
        // (Not through the composer's memos: the other tools' parts then do not carry the
        // composer's code.) The chosen tone is one the template has, so the radio group
        // shows it.
        self.form.template.set(Some(id));
        self.form.tone.set(tone_of(id, tone));
    }

    /// Lets the composer follow the step the timeline says to send now (the timeline's
    /// "What to send now" action; an event handler).
    pub fn follow_timeline(self) {
        self.form.template.set(None);
    }
}

/// What a message about a client account says is owed: the open invoices' balance, or
/// (every invoice paid, e.g. to thank for it) everything invoiced.
fn message_amount(report: &AccountReport) -> Decimal {
    let owed = report.principal_owed();
    if owed > Decimal::ZERO {
        owed
    } else {
        report.totals.invoiced
    }
}

/// The tone a message of `id` is written in when `chosen` is asked for: `chosen` if the
/// template has it, else the template's first.
fn tone_of(id: TemplateId, chosen: ToneVariant) -> ToneVariant {
    let tones = available_tones(id);
    if tones.contains(&chosen) {
        chosen
    } else {
        tones.first().copied().unwrap_or(ToneVariant::Neutral)
    }
}

/// The shipped wording for a template and tone (empty if the pair does not exist).
pub fn shipped(id: TemplateId, tone: ToneVariant, lang: Lang) -> Source {
    crate::i18n::message_pack(lang)
        .and_then(|pack| template(id, tone, pack))
        .map(|t| Source {
            subject: t.subject.to_owned(),
            body: t.body.to_owned(),
        })
        .unwrap_or(Source {
            subject: String::new(),
            body: String::new(),
        })
}

/// The statutory claim up to today under the law in force (chosen in the timeline, or
/// following the currency and the message language); else, if a figure typed in the
/// timeline cannot be read, which one (the composer says why statutory interest is left
/// out).
fn statutory_claim_now(
    inv: &tactful_engine::invoice::Invoice,
    today: chrono::NaiveDate,
    timeline: TimelineState,
    ui_locale: tactful_engine::amount::NumberLocale,
) -> (Option<StatutoryClaim>, Option<UnreadableFigure>) {
    let choice = timeline.statutory_choice(ui_locale);
    let figures = match choice.figures {
        Err(which) => return (None, Some(which)),
        Ok(figures) => figures,
    };
    let claim = late_payment_claim(&figures.claim_input(choice.jurisdiction, inv, today));
    (claim.ok(), None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::views::discount::state::DiscountState;
    use tactful_engine::amount::NumberLocale;
    use tactful_engine::timeline::{Channel, Contact, StageAction};

    /// The late starter, 38 days late on 7 December 2026 with nothing sent: the
    /// composer opens on the step due now, and words it from the contact log.
    #[test]
    fn the_composer_follows_the_step_due_now_and_the_log() {
        let owner = Owner::new();
        owner.with(|| {
            let day = |d| chrono::NaiveDate::from_ymd_opt(2026, 12, d).unwrap_or_default();
            let lang = RwSignal::new(Lang::EnGb);
            let today = Today(day(7));
            let invoice = InvoiceState::new(lang);
            invoice.form.amount.value.set("4,800".into());
            invoice.form.due_date.value.set("2026-10-30".into());
            let plan = PlanState::new(lang, invoice, today);
            let message_lang = RwSignal::new(None);
            let timeline = TimelineState::new(lang, message_lang, invoice, today, plan);
            let discount = DiscountState::new(lang, NumberLocale::EnGb, invoice, today, timeline);
            let state = MessageState::new(
                lang,
                message_lang,
                Langs::new(),
                invoice,
                today,
                discount,
                timeline,
                plan,
            );
            let shown = || (state.template().get(), state.tone().get());
            assert_eq!(shown(), (TemplateId::SecondFollowUp, ToneVariant::Neutral));
            // The history reaches the template language.
            let probe = Source {
                subject: "{% if reminders_sent %}{{ reminders_sent }}{% else %}none{% endif %}"
                    .into(),
                body: "{% if last_sent_on %}{{ last_sent_on }}{% else %}first{% endif %}".into(),
            };
            let probe_for = |template, tone| {
                state.form.edits.update(|edits| {
                    edits.insert((Lang::EnGb, template, tone), probe.clone());
                });
            };
            probe_for(TemplateId::SecondFollowUp, ToneVariant::Neutral);
            let rendered = || {
                state
                    .composed()
                    .get()
                    .map(|c| (c.message.subject, c.message.body))
            };
            assert_eq!(rendered(), Some(("none".into(), "first".into())));
            // Logged as sent today: the firm follow-up comes next, and it knows a reminder
            // went out on the 7th.
            timeline.form.add_contact(Contact::sent(
                day(7),
                StageAction::SecondFollowUp,
                Channel::Email,
            ));
            assert_eq!(shown(), (TemplateId::FirmFollowUp, ToneVariant::Firm));
            probe_for(TemplateId::FirmFollowUp, ToneVariant::Firm);
            assert_eq!(rendered(), Some(("1".into(), "7 December 2026".into())));
            // A template chosen (here or by another tool) stays until the timeline's
            // "What to send now" asks the composer to follow it again.
            state.open(TemplateId::FinalNotice, ToneVariant::Warm);
            assert_eq!(shown(), (TemplateId::FinalNotice, ToneVariant::Warm));
            state.follow_timeline();
            assert_eq!(shown(), (TemplateId::FirmFollowUp, ToneVariant::Firm));
        });
    }
}
