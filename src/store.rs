//! Saved work in the browser: the field registry, localStorage, cases, import/export and
//! share links. The schema and its checks are in [`crate::saved`] and [`crate::share`].
//!
//! - Every persisted input is registered once in [`register_all`] under a stable key; the
//!   current case is always *derived* from those signals ([`Store::live`]), never copied
//!   into a second signal.
//! - One `Effect` writes the whole store to localStorage whenever anything changes. It is
//!   the only writer of storage; the status signal it sets is the outside world's answer
//!   (saved / storage full), like a fetch result.
//! - Switching, creating, duplicating, deleting, importing and opening a link are event
//!   handlers: they write the signals directly.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Debug;

use leptos::prelude::*;
use tactful_engine::amount::{format_number, parse_number, NumberLocale};
use tactful_engine::discount::YearBasis;
use tactful_engine::holidays::HolidayRegion;
use tactful_engine::message::{TemplateId, ToneVariant};
use tactful_engine::statutory::Regime;
use tactful_engine::timeline::PresetName;

use crate::context::{FieldState, InvoiceState};
use crate::i18n::Lang;
use crate::saved::{read_str, Case, EditedTemplate, ReadError, Saved};
use crate::share::{self, ShareError, SharedCase};
use crate::split::Langs;
use crate::theme::Theme;
use crate::views::discount::state::{
    DeadlineKind, DiscountState, FeeKind, OfferKind, StatutoryMode,
};
use crate::views::message::state::{MessageState, Source};
use crate::views::plan::state::{Pick, PlanState};
use crate::views::timeline::state::{CustomPolicy, TimelineState};

/// The localStorage key of the saved work.
pub const STORAGE_KEY: &str = "tactful";
/// The localStorage key of an embedded Tactful's work (`?embed=1`): kept apart from the
/// full app's cases, one open case, no list.
pub const EMBED_STORAGE_KEY: &str = "tactful.embed";
/// The prefix of backups of unreadable saved work (`tactful.backup.1`, ...).
pub const BACKUP_PREFIX: &str = "tactful.backup.";
/// The largest file [`Store::import`] reads.
pub const MAX_IMPORT_BYTES: f64 = 5_000_000.0;

/// One persisted input: how to read it as text and how to set it back.
struct Binding {
    key: String,
    /// A plain number as typed in the interface language's format (converted when the
    /// language changes).
    numeric: bool,
    default: String,
    get: Box<dyn Fn() -> String>,
    set: Box<dyn Fn(&str)>,
}

/// The choice among `all` whose Rust variant name is `name`.
fn named<T: Copy + Debug>(all: &[T], name: &str) -> Option<T> {
    all.iter().copied().find(|t| format!("{t:?}") == name)
}

/// Every persisted input.
#[derive(Default)]
pub struct Registry {
    bindings: Vec<Binding>,
}

impl Registry {
    /// A typed field, kept exactly as typed.
    pub fn text(&mut self, key: impl Into<String>, field: FieldState) {
        self.field(key.into(), field, false);
    }

    /// A typed number (amount, percentage, count), written in the interface language's
    /// format: re-written when the language changes, so `4,800.50` becomes `4.800,50`.
    pub fn number(&mut self, key: impl Into<String>, field: FieldState) {
        self.field(key.into(), field, true);
    }

    fn field(&mut self, key: String, field: FieldState, numeric: bool) {
        self.bindings.push(Binding {
            key,
            numeric,
            default: field.value.get_untracked(),
            get: Box::new(move || field.value.get()),
            set: Box::new(move |v| {
                field.value.set(v.to_owned());
                field.touched.set(false);
            }),
        });
    }

    /// A choice among `all`, kept by its Rust variant name.
    pub fn choice<T>(&mut self, key: &str, signal: RwSignal<T>, all: &'static [T])
    where
        T: Copy + Debug + PartialEq + Send + Sync + 'static,
    {
        let default = format!("{:?}", signal.get_untracked());
        let fallback = signal.get_untracked();
        self.bindings.push(Binding {
            key: key.to_owned(),
            numeric: false,
            default,
            get: Box::new(move || format!("{:?}", signal.get())),
            set: Box::new(move |v| {
                signal.set(named(all, v).unwrap_or(fallback));
            }),
        });
    }

    /// An optional choice among `all`; empty text is `None`.
    pub fn optional<T>(&mut self, key: &str, signal: RwSignal<Option<T>>, all: &'static [T])
    where
        T: Copy + Debug + PartialEq + Send + Sync + 'static,
    {
        let show = |v: Option<T>| v.map(|t| format!("{t:?}")).unwrap_or_default();
        let fallback = signal.get_untracked();
        self.bindings.push(Binding {
            key: key.to_owned(),
            numeric: false,
            default: show(signal.get_untracked()),
            get: Box::new(move || show(signal.get())),
            set: Box::new(move |v| {
                let found = all.iter().copied().find(|t| format!("{t:?}") == v);
                signal.set(if v.is_empty() {
                    None
                } else {
                    found.or(fallback)
                });
            }),
        });
    }

    /// A structured value saved as text in one key: `encode` writes it, `decode` reads it
    /// back from untrusted text (it must not panic; it returns a fallback instead).
    pub fn encoded<T>(
        &mut self,
        key: &str,
        signal: RwSignal<T>,
        encode: fn(&T) -> String,
        decode: fn(&str) -> T,
    ) where
        T: Send + Sync + 'static,
    {
        let default = signal.with_untracked(encode);
        self.bindings.push(Binding {
            key: key.to_owned(),
            numeric: false,
            default,
            get: Box::new(move || signal.with(encode)),
            set: Box::new(move |v| signal.set(decode(v))),
        });
    }

    /// A yes/no choice.
    pub fn flag(&mut self, key: &str, signal: RwSignal<bool>) {
        let default = signal.get_untracked();
        self.bindings.push(Binding {
            key: key.to_owned(),
            numeric: false,
            default: default.to_string(),
            get: Box::new(move || signal.get().to_string()),
            set: Box::new(move |v| signal.set(v == "true" || (v != "false" && default))),
        });
    }

    /// The values that differ from their defaults (reactive: reads every input).
    fn snapshot(&self) -> BTreeMap<String, String> {
        self.bindings
            .iter()
            .filter_map(|b| {
                let value = (b.get)();
                (value != b.default).then(|| (b.key.clone(), value))
            })
            .collect()
    }

    /// Re-writes every number typed in `from`'s format in `to`'s (keeping the decimals
    /// typed); text that does not read as a number in `from` is left alone.
    fn relocalize(&self, from: NumberLocale, to: NumberLocale) {
        if from == to {
            return;
        }
        for b in self.bindings.iter().filter(|b| b.numeric) {
            let typed = untrack(|| (b.get)());
            if let Ok(n) = parse_number(&typed, from) {
                (b.set)(&format_number(n, n.scale(), to));
            }
        }
    }

    /// Sets every input to its value in `fields` (or under an earlier build's key, see
    /// [`crate::saved::migrated`]), or to its default.
    fn apply(&self, fields: &BTreeMap<String, String>) {
        for b in &self.bindings {
            let old = fields
                .get(&b.key)
                .is_none()
                .then(|| crate::saved::migrated(fields, &b.key))
                .flatten();
            (b.set)(
                fields
                    .get(&b.key)
                    .or(old.as_ref())
                    .map_or(b.default.as_str(), String::as_str),
            );
        }
    }
}

const OFFER_KINDS: &[OfferKind] = &[OfferKind::Percent, OfferKind::Amount];
const FEE_KINDS: &[FeeKind] = &[FeeKind::Contingency, FeeKind::Flat];
const DEADLINE_KINDS: &[DeadlineKind] = &[DeadlineKind::Days, DeadlineKind::Date];
const STATUTORY_MODES: &[StatutoryMode] = &[
    StatutoryMode::Compute,
    StatutoryMode::Typed,
    StatutoryMode::NoClaim,
];
const YEAR_BASES: &[YearBasis] = &[YearBasis::Days365, YearBasis::Days360];
const PRESETS: &[PresetName] = &[PresetName::Gentle, PresetName::Standard, PresetName::Firm];
const REGIMES: &[Regime] = &[Regime::Uk, Regime::Eu];
const SOURCES: &[Pick] = &[Pick::InvoiceAmount, Pick::RemainingBalance];
const DOWN_KINDS: &[Pick] = &[Pick::NoDownPayment, Pick::DownAmount, Pick::DownPercent];
const SIZE_KINDS: &[Pick] = &[Pick::ByCount, Pick::ByTarget];
const FREQUENCIES: &[Pick] = &[
    Pick::Weekly,
    Pick::Fortnightly,
    Pick::SemiMonthly1st15th,
    Pick::SemiMonthly15thLast,
    Pick::Monthly,
    Pick::BiMonthly,
    Pick::Quarterly,
    Pick::EveryNDays,
];
const SHARES: &[Pick] = &[Pick::Equal, Pick::Seasonal, Pick::Custom];
const INTERESTS: &[Pick] = &[Pick::NoInterest, Pick::Flat, Pick::Amortised];
const DAY_COUNTS: &[Pick] = &[Pick::Actual365, Pick::Thirty360, Pick::Actual360];
const ROLLS: &[Pick] = &[
    Pick::RollFollowing,
    Pick::RollModifiedFollowing,
    Pick::RollPreceding,
    Pick::RollModifiedPreceding,
    Pick::RollNone,
];
const MONTH_ENDS: &[Pick] = &[Pick::SameDayNumber, Pick::LastDayOfMonth];
const WEEKENDS: &[Pick] = &[Pick::SatSun, Pick::FriSat, Pick::SunOnly];
/// The comparison's frequencies: all but "every so many days" (the last above).
const COMPARE_FREQUENCIES: &[Pick] = FREQUENCIES.split_at(FREQUENCIES.len() - 1).0;
const _: () = assert!(matches!(
    FREQUENCIES[FREQUENCIES.len() - 1],
    Pick::EveryNDays
));

/// Registers every persisted input under its stable key. The keys are the saved schema:
/// change one only together with a migration in `saved.rs`.
pub fn register_all(
    reg: &mut Registry,
    invoice: InvoiceState,
    discount: DiscountState,
    timeline: TimelineState,
    plan: PlanState,
    message: MessageState,
) {
    let i = invoice.form;
    reg.text("invoice.your_business", i.your_business);
    reg.text("invoice.client_business", i.client_business);
    reg.text("invoice.client_contact", i.client_contact);
    reg.text("invoice.number", i.invoice_number);
    reg.number("invoice.amount", i.amount);
    reg.text("invoice.currency", i.currency);
    reg.text("invoice.issue_date", i.issue_date);
    reg.text("invoice.due_date", i.due_date);
    reg.text("invoice.payment_link", i.payment_link);

    let d = discount.form;
    reg.choice("discount.offer_kind", d.offer_kind, OFFER_KINDS);
    reg.number("discount.percent", d.discount_percent);
    reg.number("discount.amount", d.discount_amount);
    reg.number("discount.pay_within_days", d.pay_within_days);
    reg.number("discount.net_days", d.net_days);
    reg.choice("discount.year_basis", d.year_basis, YEAR_BASES);
    reg.number("discount.gross_margin", d.gross_margin);
    reg.number("discount.keep_margin", d.keep_margin);
    reg.number("discount.expected_days", d.expected_days);
    reg.number("discount.unpaid_probability", d.unpaid_probability);
    reg.number("discount.recovery_rate", d.recovery_rate);
    reg.number("discount.recovery_delay", d.recovery_delay);
    reg.number("discount.yearly_profit", d.yearly_profit);
    reg.number("discount.churn", d.churn);
    reg.number("discount.cost_of_capital", d.cost_of_capital);
    reg.number("discount.chasing_hours", d.chasing_hours);
    reg.number("discount.hourly_cost", d.hourly_cost);
    reg.number("discount.agency_probability", d.agency_probability);
    reg.choice("discount.fee_kind", d.fee_kind, FEE_KINDS);
    reg.number("discount.agency_contingency", d.agency_contingency);
    reg.number("discount.agency_flat_fee", d.agency_flat_fee);
    reg.number("discount.legal_probability", d.legal_probability);
    reg.number("discount.legal_costs", d.legal_costs);
    reg.number("discount.statutory_claim", d.statutory_claim);
    reg.choice("discount.deadline_kind", d.deadline_kind, DEADLINE_KINDS);
    reg.text("discount.pay_by_date", d.pay_by_date);
    reg.choice("discount.statutory_mode", d.statutory_mode, STATUTORY_MODES);

    let t = timeline.form;
    reg.choice("timeline.preset", t.preset, PRESETS);
    reg.optional("timeline.region", t.region, HolidayRegion::all());
    reg.text("timeline.promise_date", t.promise_date);
    reg.text("timeline.dispute_opened", t.dispute_opened);
    reg.text("timeline.dispute_resolved", t.dispute_resolved);
    reg.text("timeline.paid_on", t.paid_on);
    reg.optional("timeline.regime", t.regime, REGIMES);
    reg.flag("timeline.claim", t.claim);
    reg.number("timeline.rate_override", t.rate_override);
    reg.number("timeline.eu_margin", t.eu_margin);
    reg.flag("timeline.follow_plan", t.follow_plan);
    reg.encoded(
        "timeline.custom",
        t.custom,
        CustomPolicy::encode,
        CustomPolicy::decode,
    );

    let p = plan.form;
    reg.choice("plan.source", p.source, SOURCES);
    reg.number("plan.balance", p.balance);
    reg.choice("plan.down_kind", p.down_kind, DOWN_KINDS);
    reg.number("plan.down_amount", p.down_amount);
    reg.number("plan.down_percent", p.down_percent);
    reg.choice("plan.size_kind", p.size_kind, SIZE_KINDS);
    reg.number("plan.count", p.count);
    reg.number("plan.target", p.target);
    reg.choice("plan.frequency", p.frequency, FREQUENCIES);
    reg.number("plan.every_days", p.every_days);
    reg.text("plan.first_due", p.first_due);
    reg.optional("plan.region", p.region, HolidayRegion::all());
    reg.choice("plan.share", p.share, SHARES);
    for (n, weight) in p.weights.iter().enumerate() {
        reg.number(format!("plan.weight.{}", n + 1), *weight);
    }
    reg.text("plan.custom", p.custom);
    reg.choice("plan.interest", p.interest, INTERESTS);
    reg.number("plan.rate", p.rate);
    reg.choice("plan.day_count", p.day_count, DAY_COUNTS);
    reg.number("plan.setup_fee", p.setup_fee);
    reg.number("plan.grace_days", p.grace_days);
    reg.number("plan.late_fee_flat", p.late_fee_flat);
    reg.number("plan.late_fee_pct", p.late_fee_pct);
    reg.number("plan.accelerate_after", p.accelerate_after);
    reg.text("plan.down_date", p.down_date);
    reg.number("plan.first_payment", p.first_payment);
    reg.choice("plan.month_end", p.month_end, MONTH_ENDS);
    reg.choice("plan.roll", p.roll, ROLLS);
    reg.choice("plan.weekend", p.weekend, WEEKENDS);
    reg.text("plan.holidays", p.holidays);
    // Before these, `plan.compare` held a list of counts: see `saved::migrated`.
    for (n, row) in (1..).zip(p.compare) {
        reg.number(format!("plan.compare.{n}.count"), row.count);
        reg.choice(
            &format!("plan.compare.{n}.frequency"),
            row.frequency,
            COMPARE_FREQUENCIES,
        );
    }

    let m = message.form;
    reg.choice("message.template", m.template, &TemplateId::ALL);
    reg.choice("message.tone", m.tone, &ToneVariant::ALL);
    reg.text("message.sender", m.sender);
    reg.optional("message.lang", m.message_lang, Lang::ALL);
}

/// The message edits as saved templates, and back.
fn templates_of(edits: &HashMap<(Lang, TemplateId, ToneVariant), Source>) -> Vec<EditedTemplate> {
    let mut out: Vec<EditedTemplate> = edits
        .iter()
        .map(|((lang, id, tone), s)| EditedTemplate {
            lang: lang.tag().to_owned(),
            template: format!("{id:?}"),
            tone: format!("{tone:?}"),
            subject: s.subject.clone(),
            body: s.body.clone(),
        })
        .collect();
    out.sort_by(|a, b| (&a.lang, &a.template, &a.tone).cmp(&(&b.lang, &b.template, &b.tone)));
    out
}

fn edits_of(templates: &[EditedTemplate]) -> HashMap<(Lang, TemplateId, ToneVariant), Source> {
    templates
        .iter()
        .filter_map(|t| {
            let lang = Lang::from_tag(&t.lang)?;
            let id = named(&TemplateId::ALL, &t.template)?;
            let tone = named(&ToneVariant::ALL, &t.tone)?;
            let source = Source {
                subject: t.subject.clone(),
                body: t.body.clone(),
            };
            Some(((lang, id, tone), source))
        })
        .collect()
}

/// What the store has to tell the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreNote {
    /// localStorage is missing or refused (private mode, disabled).
    Unavailable,
    /// The last change could not be written: storage is full.
    Full,
    /// Saved work could not be read; it was kept under `key` and the app started clean.
    Recovered { key: String, raw: String },
    /// Saved work came from a newer version; kept under `key`.
    Newer { key: String, raw: String },
    /// Some damaged items were left out when reading.
    Dropped(usize),
    /// A file was imported: this many cases, and this many damaged items left out.
    Imported { cases: usize, dropped: usize },
    /// A file could not be imported.
    ImportFailed(ImportProblem),
    /// A share link could not be opened.
    ShareFailed(ShareError),
}

/// Why an import failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportProblem {
    /// Not saved work (not JSON, wrong shape).
    Unreadable,
    /// From a newer version.
    Newer,
    /// Larger than [`MAX_IMPORT_BYTES`].
    TooLarge,
    /// The browser could not read the file.
    NotRead,
}

/// The saved cases and the open one, shared through context.
#[derive(Clone, Copy)]
pub struct Store {
    /// Every case. The open case's entry holds what was loaded into the form; its live
    /// contents are [`Store::live`].
    pub saved: RwSignal<Saved>,
    /// The id of the open case.
    pub current: RwSignal<String>,
    /// Set while the open case came from a share link and has not been kept.
    pub unsaved: RwSignal<bool>,
    /// The latest thing to tell the user.
    pub note: RwSignal<Option<StoreNote>>,
    /// The open case as it is now (derived from every registered input).
    pub live: Memo<Case>,
    registry: StoredValue<Registry, LocalStorage>,
    key: &'static str,
    edits: RwSignal<HashMap<(Lang, TemplateId, ToneVariant), Source>>,
    /// The interface language chosen last. The interface shows it once its text is
    /// loaded (`split.rs`, [`Langs`]); until then it keeps the one it has.
    chosen: StoredValue<Lang>,
    /// The language saved with the work: the interface's once it is shown (the one chosen
    /// at start until then), whose format the typed numbers are written in.
    numbers_in: RwSignal<Lang>,
}

thread_local! {
    /// Whether the latest contents are stored: false while storage is refused or full, or
    /// while the open case is an unsaved shared case. Read by the panic screen, which must
    /// not claim the work is saved when it is not (a plain cell: a panic hook touches no
    /// signal).
    static STORED: std::cell::Cell<bool> = const { std::cell::Cell::new(true) };
}

/// Whether everything typed so far is stored in this browser (see `STORED`).
pub fn work_is_stored() -> bool {
    STORED.get()
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Keeps `raw` under a fresh backup key; returns the key ("" if it could not be kept).
fn back_up(storage: &web_sys::Storage, raw: &str) -> String {
    (1..1000)
        .map(|n| format!("{BACKUP_PREFIX}{n}"))
        .find(|key| storage.get_item(key).ok().flatten().is_none())
        .filter(|key| storage.set_item(key, raw).is_ok())
        .unwrap_or_default()
}

impl Store {
    /// Reads localStorage (untrusted), builds the registry and opens the last case.
    /// Called once, before the app is shown. `key` is [`STORAGE_KEY`], or
    /// [`EMBED_STORAGE_KEY`] in embed mode. `lang` is the interface language to use
    /// unless saved work chose another: see [`Store::chosen_lang`].
    pub fn start(
        key: &'static str,
        lang: Lang,
        theme: RwSignal<Theme>,
        register: impl FnOnce(&mut Registry),
        edits: RwSignal<HashMap<(Lang, TemplateId, ToneVariant), Source>>,
    ) -> Store {
        let mut registry = Registry::default();
        register(&mut registry);
        let mut note = None;
        let mut saved = Saved::empty();
        match storage() {
            None => note = Some(StoreNote::Unavailable),
            Some(storage) => match storage.get_item(key) {
                Err(_) => note = Some(StoreNote::Unavailable),
                Ok(None) => {}
                Ok(Some(raw)) => match read_str(&raw) {
                    Ok((read, dropped)) => {
                        saved = read;
                        if !dropped.is_empty() {
                            note = Some(StoreNote::Dropped(dropped.items));
                        }
                    }
                    Err(ReadError::Unreadable) => {
                        let key = back_up(&storage, &raw);
                        note = Some(StoreNote::Recovered { key, raw });
                    }
                    Err(ReadError::Newer(_)) => {
                        let key = back_up(&storage, &raw);
                        note = Some(StoreNote::Newer { key, raw });
                    }
                },
            },
        }
        let lang = saved
            .lang
            .as_deref()
            .and_then(Lang::from_tag)
            .unwrap_or(lang);
        if let Some(t) = saved.theme.as_deref() {
            theme.set(Theme::from_tag(t));
        }
        let current = match saved.current.clone().filter(|id| saved.case(id).is_some()) {
            Some(id) => id,
            None => match saved.cases.first() {
                Some(c) => c.id.clone(),
                None => {
                    let id = saved.new_id();
                    saved.cases.push(Case {
                        id: id.clone(),
                        ..Case::default()
                    });
                    id
                }
            },
        };
        if let Some(case) = saved.case(&current) {
            registry.apply(&case.fields);
            edits.set(edits_of(&case.templates));
        }
        let registry = StoredValue::new_local(registry);
        let saved = RwSignal::new(saved);
        let current = RwSignal::new(current);
        let live = Memo::new(move |_| {
            let id = current.get();
            let name = saved.with(|s| s.case(&id).map(|c| c.name.clone()).unwrap_or_default());
            Case {
                id,
                name,
                fields: registry.with_value(Registry::snapshot),
                templates: edits.with(templates_of),
            }
        });
        let store = Store {
            saved,
            current,
            unsaved: RwSignal::new(false),
            note: RwSignal::new(note),
            live,
            registry,
            key,
            edits,
            chosen: StoredValue::new(lang),
            numbers_in: RwSignal::new(lang),
        };
        store.persist(theme);
        store
    }

    /// The one effect that writes localStorage: the whole store, with the open case as
    /// it is now (left out while it is an unsaved shared case).
    fn persist(self, theme: RwSignal<Theme>) {
        let available = storage().is_some();
        Effect::new(move |_| {
            let mut all = self.saved.get();
            let live = self.live.get();
            let unsaved = self.unsaved.get();
            all.lang = Some(self.numbers_in.get().tag().to_owned());
            all.theme = Some(theme.get().tag().to_owned());
            if unsaved {
                all.cases.retain(|c| c.id != live.id);
            } else {
                all.current = Some(live.id.clone());
                match all.cases.iter_mut().find(|c| c.id == live.id) {
                    Some(entry) => *entry = live,
                    None => all.cases.push(live),
                }
            }
            let Some(storage) = storage() else {
                STORED.set(false);
                return;
            };
            let text = crate::saved::to_json(&all);
            let full = storage.set_item(self.key, &text).is_err();
            STORED.set(!full && !unsaved);
            let shown = self.note.get_untracked();
            if full && shown != Some(StoreNote::Full) {
                self.note.set(Some(StoreNote::Full));
            } else if !full && shown == Some(StoreNote::Full) {
                self.note.set(None);
            }
        });
        if !available {
            self.note.set(Some(StoreNote::Unavailable));
        }
    }

    /// Writes the open case's live contents into the list (before leaving it).
    fn commit(self) {
        if self.unsaved.get_untracked() {
            return;
        }
        let live = self.live.get_untracked();
        self.saved.update(|s| {
            if let Some(entry) = s.cases.iter_mut().find(|c| c.id == live.id) {
                *entry = live;
            }
        });
    }

    /// Before another case opens: keeps the open case's live contents, or forgets it if
    /// it is a shared case the user has not saved.
    fn leave_current(self) {
        if self.unsaved.get_untracked() {
            let old = self.current.get_untracked();
            self.saved.update(|s| s.cases.retain(|c| c.id != old));
            self.unsaved.set(false);
        } else {
            self.commit();
        }
    }

    fn load(self, case: &Case) {
        self.registry.with_value(|r| r.apply(&case.fields));
        self.edits.set(edits_of(&case.templates));
        self.current.set(case.id.clone());
    }

    /// Opens the case `id`, keeping the one open now.
    pub fn switch_to(self, id: &str) {
        self.commit();
        let Some(case) = self.saved.with_untracked(|s| s.case(id).cloned()) else {
            return;
        };
        self.leave_current();
        self.load(&case);
    }

    /// Adds `case` (with a fresh id) and opens it.
    fn add_and_open(self, mut case: Case) {
        self.leave_current();
        self.saved.update(|s| {
            case.id = s.new_id();
            s.cases.push(case.clone());
        });
        self.load(&case);
    }

    /// Opens a new, empty case.
    pub fn new_case(self) {
        self.add_and_open(Case::default());
    }

    /// Opens a copy of the open case named `name`.
    pub fn duplicate(self, name: String) {
        let mut copy = self.live.get_untracked();
        copy.name = name;
        self.add_and_open(copy);
    }

    /// Deletes the open case and opens another (a new one if none is left).
    pub fn delete_current(self) {
        let id = self.current.get_untracked();
        self.unsaved.set(false);
        self.saved.update(|s| s.cases.retain(|c| c.id != id));
        match self.saved.with_untracked(|s| s.cases.first().cloned()) {
            Some(next) => self.load(&next),
            None => self.add_and_open(Case::default()),
        }
    }

    /// Renames the open case.
    pub fn rename(self, name: String) {
        let id = self.current.get_untracked();
        self.saved.update(|s| {
            if let Some(c) = s.cases.iter_mut().find(|c| c.id == id) {
                c.name = name;
            }
        });
    }

    /// The interface language chosen: saved work's, else the one given to [`Store::start`],
    /// or the one set by [`Store::start_in`] (not tracked).
    pub fn chosen_lang(self) -> Lang {
        self.chosen.get_value()
    }

    /// Makes `to` the chosen language at start-up, as if saved work had chosen it (the
    /// embed's language parameter): typed numbers are taken as written in its format.
    pub fn start_in(self, to: Lang) {
        self.chosen.set_value(to);
        self.numbers_in.set(to);
    }

    /// Switches the interface language (an event handler: the language menu calls it).
    /// The interface switches when the language's text is loaded, re-writing typed numbers
    /// in its format, and the language is saved then ([`Store::show_language`]); the last
    /// choice wins.
    /// If its part cannot be fetched, the interface stays as it is and `failed` runs (the
    /// menu puts the language in use back; the header says what happened).
    pub fn change_language(
        self,
        langs: Langs,
        lang: RwSignal<Lang>,
        to: Lang,
        failed: impl FnOnce() + 'static,
    ) {
        self.chosen.set_value(to);
        langs.load(
            to,
            move || self.show_language(lang, to),
            move || {
                if self.chosen.get_value() == to {
                    self.chosen.set_value(lang.get_untracked());
                }
                failed();
            },
        );
    }

    /// Shows the interface in `to`, a loaded language, instead of the chosen one (at
    /// start-up, when the chosen language's part cannot be fetched).
    pub fn show_instead(self, lang: RwSignal<Lang>, to: Lang) {
        self.chosen.set_value(to);
        self.show_language(lang, to);
    }

    /// Shows the interface in `to`, a loaded language, unless another has been chosen
    /// since; typed numbers are re-written in its format.
    pub fn show_language(self, lang: RwSignal<Lang>, to: Lang) {
        if self.chosen.get_value() != to {
            return;
        }
        let from = self.numbers_in.get_untracked();
        self.numbers_in.set(to);
        lang.set(to);
        self.registry
            .with_value(|r| r.relocalize(from.number_locale(), to.number_locale()));
    }

    /// Keeps the open shared case like any other.
    pub fn keep(self) {
        self.unsaved.set(false);
    }

    /// Everything, as the JSON of an export file.
    pub fn export_json(self) -> String {
        self.commit();
        let mut all = self.saved.get_untracked();
        if self.unsaved.get_untracked() {
            let id = self.current.get_untracked();
            all.cases.retain(|c| c.id != id);
        }
        all.current = None;
        serde_json::to_string_pretty(&all).unwrap_or_default()
    }

    /// Adds the cases of an export file (validated like stored work); existing cases
    /// stay. Opens the first imported case.
    pub fn import_json(self, text: &str) {
        match read_str(text) {
            Err(ReadError::Unreadable) => {
                self.note
                    .set(Some(StoreNote::ImportFailed(ImportProblem::Unreadable)));
            }
            Err(ReadError::Newer(_)) => {
                self.note
                    .set(Some(StoreNote::ImportFailed(ImportProblem::Newer)));
            }
            Ok((imported, dropped)) => {
                let count = imported.cases.len();
                self.commit();
                let mut first = None;
                self.saved.update(|s| first = s.import(imported));
                if let Some(case) = first {
                    self.leave_current();
                    self.load(&case);
                }
                self.note.set(Some(StoreNote::Imported {
                    cases: count,
                    dropped: dropped.items,
                }));
            }
        }
    }

    /// The share-link fragment for the open case.
    pub fn share_fragment(self, route: &str, lang: Lang) -> String {
        share::encode(&SharedCase {
            route: route.to_owned(),
            lang: lang.tag().to_owned(),
            case: self.live.get_untracked(),
        })
    }

    /// Opens the case in a share-link fragment as a new, unsaved case; returns the route
    /// it was shared from ("" if none or on failure).
    pub fn open_shared(self, fragment: &str) -> String {
        let lang = self.numbers_in.get_untracked();
        match share::decode(fragment) {
            Ok(shared) => {
                self.add_and_open(shared.case);
                // Numbers were typed in the sender's language: show them in ours.
                if let Some(from) = Lang::from_tag(&shared.lang) {
                    self.registry
                        .with_value(|r| r.relocalize(from.number_locale(), lang.number_locale()));
                }
                self.unsaved.set(true);
                self.note.set(None);
                shared.route
            }
            Err(e) => {
                self.note.set(Some(StoreNote::ShareFailed(e)));
                String::new()
            }
        }
    }
}
