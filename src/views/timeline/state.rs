//! The escalation timeline's inputs and the dated ladder derived from them.
//!
//! Each field keeps exactly what the user typed; one `Memo` hands them to the engine as a
//! [`TimelineDraft`] and shows what `tactful_engine::timeline::evaluate_timeline` makes of
//! it. Nothing here parses or computes.

use chrono::NaiveDate;
use leptos::prelude::*;
use rust_decimal::Decimal;
use tactful_engine::account::{account_accruals, AccountReport};
use tactful_engine::amount::NumberLocale;
use tactful_engine::currency::{currency, Currency};
use tactful_engine::holidays::HolidayRegion;
use tactful_engine::statutory::Jurisdiction;
use tactful_engine::timeline::{
    decode_contacts, encode_contacts, evaluate_timeline, parse_contact, Channel, Contact,
    ContactDraft, ContactField, ContactKind, ContactProblem, PresetName, StageAction,
    StatutoryChoice, TimelineContext, TimelineDraft,
};

pub use tactful_engine::timeline::{
    CustomPolicyDraft as CustomPolicy, DraftStage, TimelineField, TimelineOutcome, TimelineProblem,
    UnreadableFigure,
};

use crate::context::{FieldState, InvoiceState, Lazy, Today};
use crate::i18n::Lang;
use crate::views::plan::state::{PlanOutcome, PlanState};

/// The label of the field a statutory figure that cannot be read was typed in.
pub fn unreadable_label(figure: UnreadableFigure) -> crate::i18n::Msg {
    match figure {
        UnreadableFigure::Rate => crate::i18n::Msg::FieldRateOverride,
        UnreadableFigure::Margin => crate::i18n::Msg::FieldEuMargin,
    }
}

/// The inputs, as typed or chosen.
#[derive(Clone, Copy)]
pub struct TimelineForm {
    pub preset: RwSignal<PresetName>,
    pub region: RwSignal<Option<HolidayRegion>>,
    pub promise_date: FieldState,
    pub dispute_opened: FieldState,
    pub dispute_resolved: FieldState,
    pub paid_on: FieldState,
    /// The law chosen; `None` follows the invoice currency and the message language.
    pub law: RwSignal<Option<Jurisdiction>>,
    pub claim: RwSignal<bool>,
    pub rate_override: FieldState,
    /// The EU margin in percentage points, as typed (default 8).
    pub eu_margin: FieldState,
    /// The user's own policy; `None` uses `preset`.
    pub custom: RwSignal<Option<CustomPolicy>>,
    /// Follow the payment plan's instalments (when #/plan has a valid plan).
    pub follow_plan: RwSignal<bool>,
    /// The case's contact log (what was sent, and the client's replies) in the engine's
    /// saved form (`encode_contacts`), as saved under `timeline.contacts`: the entries are
    /// derived from it ([`TimelineForm::contacts`]), and edited through
    /// [`TimelineForm::add_contact`] and [`TimelineForm::remove_contact`]. (Text, so the
    /// main module holds no code of the log: it is all in the timeline's part.)
    pub log: FieldState,
}

/// The message a "sent" entry of the log is about, as picked in the log form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SentPick {
    /// The step the timeline says to send now (or next), whichever it is.
    DueNow,
    /// A step of the ladder or an event step.
    Step(StageAction),
    /// A message of your own (the note says what it was).
    Own,
}

/// The "log a contact" form, as typed or chosen (not saved: an entry is saved once added).
#[derive(Clone, Copy)]
pub struct ContactForm {
    pub kind: RwSignal<ContactKind>,
    pub pick: RwSignal<SentPick>,
    pub channel: RwSignal<Channel>,
    /// The day it happened (starts on today).
    pub date: FieldState,
    pub pay_by: FieldState,
    pub amount: FieldState,
    pub note: FieldState,
}

impl ContactForm {
    fn new(today: NaiveDate) -> Self {
        ContactForm {
            kind: RwSignal::new(ContactKind::Sent),
            pick: RwSignal::new(SentPick::DueNow),
            channel: RwSignal::new(Channel::Email),
            date: FieldState::new(&iso(today)),
            pay_by: FieldState::new(""),
            amount: FieldState::new(""),
            note: FieldState::new(""),
        }
    }

    /// The form as the engine's draft; `due_now` is the step the timeline says to send
    /// now (what [`SentPick::DueNow`] stands for; without one, a message of your own).
    pub fn draft(&self, due_now: Option<StageAction>) -> ContactDraft {
        ContactDraft {
            date: self.date.value.get(),
            kind: self.kind.get(),
            action: match self.pick.get() {
                SentPick::DueNow => due_now,
                SentPick::Step(action) => Some(action),
                SentPick::Own => None,
            },
            channel: self.channel.get(),
            pay_by: self.pay_by.value.get(),
            amount: self.amount.value.get(),
            note: self.note.value.get(),
        }
    }

    /// Ready for the next entry: the details cleared, the day kept.
    pub fn clear(&self) {
        self.kind.set(ContactKind::Sent);
        self.pick.set(SentPick::DueNow);
        for field in [self.pay_by, self.amount, self.note] {
            field.value.set(String::new());
            field.touched.set(false);
        }
        self.date.touched.set(false);
    }

    /// Marks every field as visited, so their problems show.
    pub fn touch_all(&self) {
        for field in [self.date, self.pay_by, self.amount, self.note] {
            field.touched.set(true);
        }
    }

    /// Starts a "sent" entry for `action` by `channel` on `date` (a step's "Sent on…").
    pub fn start_sent(&self, action: StageAction, channel: Channel, date: NaiveDate) {
        self.kind.set(ContactKind::Sent);
        self.pick.set(SentPick::Step(action));
        self.channel.set(channel);
        self.date.value.set(iso(date));
        self.date.touched.set(false);
    }
}

/// A date as the date fields hold it, `YYYY-MM-DD`.
pub fn iso(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// What the log form reads as: the entry, or each field's problem.
pub type ParsedContact = Result<Contact, Vec<(ContactField, ContactProblem)>>;

impl TimelineForm {
    /// The contact log's entries (tracked), read from its saved form as untrusted text.
    pub fn contacts(&self) -> Vec<Contact> {
        self.log.value.with(|text| decode_contacts(text))
    }

    /// Adds `contact` to the log (entries the engine's `parse_contact` accepted).
    pub fn add_contact(&self, contact: Contact) {
        self.edit_log(|log| log.push(contact));
    }

    /// Removes the entry at `index` (the log's order), if there is one.
    pub fn remove_contact(&self, index: usize) {
        self.edit_log(|log| {
            if index < log.len() {
                log.remove(index);
            }
        });
    }

    fn edit_log(&self, change: impl FnOnce(&mut Vec<Contact>)) {
        let mut log = self.log.value.with_untracked(|text| decode_contacts(text));
        change(&mut log);
        self.log.value.set(encode_contacts(&log));
    }

    /// The form as the engine's draft (reads every field: tracked).
    pub fn draft(&self) -> TimelineDraft {
        TimelineDraft {
            preset: self.preset.get(),
            region: self.region.get(),
            promise_date: self.promise_date.value.get(),
            dispute_opened: self.dispute_opened.value.get(),
            dispute_resolved: self.dispute_resolved.value.get(),
            paid_on: self.paid_on.value.get(),
            law: self.law.get(),
            claim: self.claim.get(),
            rate_override: self.rate_override.value.get(),
            eu_margin: self.eu_margin.value.get(),
            custom: self.custom.get(),
            contacts: self.contacts(),
        }
    }
}

/// A payment plan's payments: `(date, amount)`.
pub type Payments = Vec<(NaiveDate, Decimal)>;

/// Form plus derived ladder, shared through context.
#[derive(Clone, Copy)]
pub struct TimelineState {
    pub form: TimelineForm,
    lang: RwSignal<Lang>,
    /// The message language chosen in the composer (`None`: the interface's): with the
    /// invoice currency it gives the law when none is chosen.
    message_lang: RwSignal<Option<Lang>>,
    invoice: InvoiceState,
    today: Today,
    plan: PlanState,
    outcome: Lazy<Memo<TimelineOutcome>>,
    installments: Lazy<Memo<Option<Payments>>>,
    log: Lazy<LogState>,
}

/// The contact log's form and what is derived from the log, made the first time a view
/// asks (so their code is in the timeline's part).
#[derive(Clone, Copy)]
pub struct LogState {
    /// The "log a contact" form.
    pub form: ContactForm,
    /// The log's entries, read from its saved form.
    pub entries: Memo<Vec<Contact>>,
    /// The form read by the engine.
    pub parsed: Memo<ParsedContact>,
}

impl TimelineState {
    /// The engine's defaults ([`TimelineDraft::default`]): the Standard approach with
    /// England & Wales holidays, no events, statutory figures off.
    pub fn new(
        lang: RwSignal<Lang>,
        message_lang: RwSignal<Option<Lang>>,
        invoice: InvoiceState,
        today: Today,
        plan: PlanState,
    ) -> Self {
        let d = TimelineDraft::default();
        let text = |value: &str| FieldState::new(value);
        let form = TimelineForm {
            preset: RwSignal::new(d.preset),
            region: RwSignal::new(d.region),
            promise_date: text(&d.promise_date),
            dispute_opened: text(&d.dispute_opened),
            dispute_resolved: text(&d.dispute_resolved),
            paid_on: text(&d.paid_on),
            law: RwSignal::new(d.law),
            claim: RwSignal::new(d.claim),
            rate_override: text(&d.rate_override),
            eu_margin: text(&d.eu_margin),
            custom: RwSignal::new(d.custom),
            follow_plan: RwSignal::new(false),
            log: text(&encode_contacts(&d.contacts)),
        };
        TimelineState {
            form,
            lang,
            message_lang,
            invoice,
            today,
            plan,
            outcome: Lazy::new(),
            installments: Lazy::new(),
            log: Lazy::new(),
        }
    }

    /// The contact log: its form, its entries, and the form read by the engine
    /// (`parse_contact`: amounts in the interface language's format with the invoice
    /// currency's decimals, dates not after today).
    pub fn log(self) -> LogState {
        let TimelineState {
            form,
            lang,
            invoice,
            today: Today(today),
            ..
        } = self;
        self.log.get_or_make(|| {
            let log = ContactForm::new(today);
            let entries = Memo::new(move |_| form.contacts());
            let parsed = Memo::new(move |_| {
                let due_now = self.outcome().with(|o| {
                    o.next_step
                        .as_ref()
                        .and_then(|n| n.step.as_ref())
                        .map(|s| s.action)
                });
                let code = invoice.form.currency.value.get();
                // Never without one: the invoice's currency is chosen from the table.
                let Some(currency) = log_currency(&code) else {
                    return Err(Vec::new());
                };
                parse_contact(
                    &log.draft(due_now),
                    lang.get().number_locale(),
                    currency,
                    today,
                )
            });
            LogState {
                form: log,
                entries,
                parsed,
            }
        })
    }

    /// The payment plan's payments `(date, amount)`, when #/plan has a valid plan: derived
    /// from the plan's outcome, never copied.
    pub fn installments(self) -> Memo<Option<Payments>> {
        let plan = self.plan;
        self.installments
            .get_or_make(|| Memo::new(move |_| plan.outcome().with(installments_of)))
    }

    /// The dated ladder derived from the form, the invoice and (when followed) the plan.
    pub fn outcome(self) -> Memo<TimelineOutcome> {
        let TimelineState {
            form,
            lang,
            invoice,
            today: Today(today),
            ..
        } = self;
        let message_lang = self.message_lang;
        self.outcome.get_or_make(|| {
            Memo::new(move |_| {
                let plan = if form.follow_plan.get() {
                    self.installments().get()
                } else {
                    None
                };
                // A client account: keyed to its oldest unpaid invoice, the balance owed.
                let debt = invoice.debt(AccountReport::principal_owed);
                let mut outcome = evaluate_timeline(
                    &form.draft(),
                    &TimelineContext {
                        invoice: debt.as_ref(),
                        locale: lang.get().number_locale(),
                        today,
                        installments: plan.as_deref(),
                        message_locale: message_lang
                            .get()
                            .unwrap_or_else(|| lang.get())
                            .number_locale(),
                    },
                );
                // Its statutory figures invoice by invoice, never on the lumped balance: each
                // step's accrual is the account's, and the breakdown is the account's
                // (`InvoiceState::account_report`).
                if let Some((account, terms)) = invoice.account_basis() {
                    if let Some(timeline) = outcome.timeline.as_mut() {
                        account_accruals(timeline, &account, &terms);
                    }
                    outcome.claim = None;
                }
                outcome
            })
        })
    }

    /// The statutory rules in force, which the discount analyzer and the composer use too
    /// (one choice, so every view agrees): the law chosen here, or the one following the
    /// invoice currency and the message language, with the figures typed here.
    pub fn statutory_choice(self, locale: NumberLocale) -> StatutoryChoice {
        let form = self.form;
        let message = self
            .message_lang
            .get()
            .unwrap_or_else(|| self.lang.get())
            .number_locale();
        let currency = self.invoice.form.currency.value.get();
        TimelineDraft {
            law: form.law.get(),
            rate_override: form.rate_override.value.get(),
            eu_margin: form.eu_margin.value.get(),
            ..TimelineDraft::default()
        }
        .statutory_choice(locale, &currency, message)
    }
}

/// The currency a part payment is typed in: the invoice's (pounds until one is known, for
/// the number of decimals only).
fn log_currency(code: &str) -> Option<&'static Currency> {
    currency(code).or_else(|_| currency("GBP")).ok()
}

/// Every payment of a valid plan (the down payment too: it is a date to pay by), one per
/// day: a roll can put two rows on one day, and one reminder covers both.
fn installments_of(outcome: &PlanOutcome) -> Option<Payments> {
    let plan = outcome.plan.as_ref()?;
    let mut out: Vec<(NaiveDate, Decimal)> = Vec::with_capacity(plan.rows.len());
    for row in &plan.rows {
        if out.last().is_none_or(|(last, _)| row.due_date > *last) {
            out.push((row.due_date, row.amount));
        }
    }
    (!out.is_empty()).then_some(out)
}
