//! The field registry: every persisted input under a stable key, read and written as
//! text. Choices are kept by their stable names ([`super::names`]), structured values by
//! their own saved form (`timeline.custom`), typed numbers as typed (re-written when the
//! interface language changes).

use std::collections::{BTreeMap, HashMap};

use leptos::prelude::*;
use tactful_engine::amount::{format_number, parse_number, NumberLocale};
use tactful_engine::discount::YearBasis;
use tactful_engine::message::{TemplateId, ToneVariant};
use tactful_engine::timeline::PresetName;

use super::names::SavedName;
use crate::account_lines::AccountLines;
use crate::context::{FieldState, InvoiceState};
use crate::i18n::Lang;
use crate::saved::EditedTemplate;
use crate::views::discount::state::{
    DeadlineKind, DiscountState, FeeKind, OfferKind, StatutoryMode,
};
use crate::views::message::state::{MessageState, Source};
use crate::views::plan::state::{Pick, PlanState};
use crate::views::timeline::state::{CustomPolicy, TimelineState};

/// Re-writes saved text typed in one language's number format in another's; `None` when
/// there is nothing to change.
type Relocalize = fn(&str, NumberLocale, NumberLocale) -> Option<String>;

/// A plain number as typed: the same number in `to`'s format, with the decimals typed.
fn number_in(typed: &str, from: NumberLocale, to: NumberLocale) -> Option<String> {
    parse_number(typed, from)
        .ok()
        .map(|n| format_number(n, n.scale(), to))
}

/// One persisted input: how to read it as text and how to set it back.
struct Binding {
    key: String,
    /// How its numbers typed in the interface language's format are re-written when the
    /// language changes (`None`: kept as written).
    relocalize: Option<Relocalize>,
    default: String,
    get: Box<dyn Fn() -> String>,
    set: Box<dyn Fn(&str)>,
}

/// Every persisted input.
#[derive(Default)]
pub struct Registry {
    bindings: Vec<Binding>,
}

impl Registry {
    /// A typed field, kept exactly as typed.
    pub fn text(&mut self, key: impl Into<String>, field: FieldState) {
        self.field(key.into(), field, None);
    }

    /// A typed number (amount, percentage, count), written in the interface language's
    /// format: re-written when the language changes, so `4,800.50` becomes `4.800,50`.
    pub fn number(&mut self, key: impl Into<String>, field: FieldState) {
        self.field(key.into(), field, Some(number_in));
    }

    fn field(&mut self, key: String, field: FieldState, relocalize: Option<Relocalize>) {
        self.bindings.push(Binding {
            key,
            relocalize,
            default: field.value.get_untracked(),
            get: Box::new(move || field.value.get()),
            set: Box::new(move |v| {
                field.value.set(v.to_owned());
                field.touched.set(false);
            }),
        });
    }

    /// A choice, kept by its stable name ([`SavedName`]); among `allowed` only (a name of
    /// another value reads as the default).
    pub fn choice<T: SavedName>(&mut self, key: &str, signal: RwSignal<T>, allowed: &'static [T]) {
        let fallback = signal.get_untracked();
        self.bindings.push(Binding {
            key: key.to_owned(),
            relocalize: None,
            default: fallback.saved_name().to_owned(),
            get: Box::new(move || signal.get().saved_name().to_owned()),
            set: Box::new(move |v| {
                let found = T::from_saved_name(v).filter(|t| allowed.contains(t));
                signal.set(found.unwrap_or(fallback));
            }),
        });
    }

    /// An optional choice kept by its stable name; empty text is `None`.
    pub fn optional<T: SavedName>(&mut self, key: &str, signal: RwSignal<Option<T>>) {
        let show = |v: Option<T>| v.map(|t| t.saved_name()).unwrap_or_default().to_owned();
        let fallback = signal.get_untracked();
        self.bindings.push(Binding {
            key: key.to_owned(),
            relocalize: None,
            default: show(signal.get_untracked()),
            get: Box::new(move || show(signal.get())),
            set: Box::new(move |v| {
                signal.set(if v.is_empty() {
                    None
                } else {
                    T::from_saved_name(v).or(fallback)
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
        self.encoded_with_numbers(key, signal, encode, decode, None);
    }

    /// [`Registry::encoded`] for a value holding typed numbers: `relocalize` re-writes its
    /// saved text in another language's number format.
    pub fn encoded_with_numbers<T>(
        &mut self,
        key: &str,
        signal: RwSignal<T>,
        encode: fn(&T) -> String,
        decode: fn(&str) -> T,
        relocalize: Option<Relocalize>,
    ) where
        T: Send + Sync + 'static,
    {
        let default = signal.with_untracked(encode);
        self.bindings.push(Binding {
            key: key.to_owned(),
            relocalize,
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
            relocalize: None,
            default: default.to_string(),
            get: Box::new(move || signal.get().to_string()),
            set: Box::new(move |v| signal.set(v == "true" || (v != "false" && default))),
        });
    }

    /// The values that differ from their defaults (reactive: reads every input).
    pub(super) fn snapshot(&self) -> BTreeMap<String, String> {
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
    pub(super) fn relocalize(&self, from: NumberLocale, to: NumberLocale) {
        if from == to {
            return;
        }
        for b in &self.bindings {
            let Some(relocalize) = b.relocalize else {
                continue;
            };
            let typed = untrack(|| (b.get)());
            if let Some(again) = relocalize(&typed, from, to) {
                (b.set)(&again);
            }
        }
    }

    /// The default of the input saved under `key`, if there is one.
    #[cfg(test)]
    fn default_of(&self, key: &str) -> Option<&str> {
        self.bindings
            .iter()
            .find(|b| b.key == key)
            .map(|b| b.default.as_str())
    }

    /// Re-writes the typed numbers of a saved case's `fields` (not the open case's inputs)
    /// from `from`'s format to `to`'s, as [`Registry::relocalize`] does for the open case.
    pub(super) fn relocalize_fields(
        &self,
        fields: &mut BTreeMap<String, String>,
        from: NumberLocale,
        to: NumberLocale,
    ) {
        if from == to {
            return;
        }
        for b in &self.bindings {
            let (Some(relocalize), Some(typed)) = (b.relocalize, fields.get_mut(&b.key)) else {
                continue;
            };
            if let Some(again) = relocalize(typed, from, to) {
                *typed = again;
            }
        }
    }

    /// Sets every input to its value in `fields` (or under an earlier build's key, see
    /// [`crate::saved::migrated`]), or to its default.
    pub(super) fn apply(&self, fields: &BTreeMap<String, String>) {
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
    // The example case of "Try an example" (start_panel.rs) says so until it is removed.
    reg.flag("case.example", invoice.example);
    // The client account's other invoices and payments: one value, its own saved form.
    reg.encoded_with_numbers(
        crate::account_lines::SAVED_KEY,
        invoice.account,
        AccountLines::encode,
        AccountLines::decode,
        Some(AccountLines::relocalized),
    );

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
    reg.optional("timeline.region", t.region);
    reg.text("timeline.promise_date", t.promise_date);
    reg.text("timeline.dispute_opened", t.dispute_opened);
    reg.text("timeline.dispute_resolved", t.dispute_resolved);
    reg.text("timeline.paid_on", t.paid_on);
    // Before the seven laws, `timeline.regime` held "Uk" or "Eu": see `saved::migrated`.
    reg.optional("timeline.law", t.law);
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
    // The contact log, in the engine's saved form (`1|<date>,<kind>,…`, read back as
    // untrusted text when the timeline reads it); empty (not saved) before it was kept.
    reg.text("timeline.contacts", t.log);

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
    reg.optional("plan.region", p.region);
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
    // Empty (not saved) while the composer follows the timeline's step due now; a case
    // saved before that had the friendly first reminder as its default, not saved either.
    reg.optional("message.template", m.template);
    reg.choice("message.tone", m.tone, &ToneVariant::ALL);
    reg.text("message.sender", m.sender);
    reg.flag("message.sole_trader", m.sole_trader);
    reg.optional("message.lang", m.message_lang);
}

/// The message edits as saved templates, and back.
pub(super) fn templates_of(
    edits: &HashMap<(Lang, TemplateId, ToneVariant), Source>,
) -> Vec<EditedTemplate> {
    let mut out: Vec<EditedTemplate> = edits
        .iter()
        .map(|((lang, id, tone), s)| EditedTemplate {
            lang: lang.tag().to_owned(),
            template: id.saved_name().to_owned(),
            tone: tone.saved_name().to_owned(),
            subject: s.subject.clone(),
            body: s.body.clone(),
        })
        .collect();
    out.sort_by(|a, b| (&a.lang, &a.template, &a.tone).cmp(&(&b.lang, &b.template, &b.tone)));
    out
}

pub(super) fn edits_of(
    templates: &[EditedTemplate],
) -> HashMap<(Lang, TemplateId, ToneVariant), Source> {
    templates
        .iter()
        .filter_map(|t| {
            let lang = Lang::from_tag(&t.lang)?;
            let id = TemplateId::from_saved_name(&t.template)?;
            let tone = ToneVariant::from_saved_name(&t.tone)?;
            let source = Source {
                subject: t.subject.clone(),
                body: t.body.clone(),
            };
            Some(((lang, id, tone), source))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::context::Today;
    use crate::langs::Langs;
    use crate::saved::{read_str, Case};

    /// A registry over every tool's inputs, as the app builds it, in a reactive owner.
    fn with_registry(check: impl FnOnce(&Registry, &InputStates)) {
        let owner = Owner::new();
        owner.with(|| {
            let lang = RwSignal::new(Lang::EnGb);
            let today = Today(chrono::NaiveDate::from_ymd_opt(2026, 12, 7).unwrap_or_default());
            let invoice = InvoiceState::new(lang);
            let plan = PlanState::new(lang, invoice, today);
            let message_lang = RwSignal::new(None);
            let timeline = TimelineState::new(lang, message_lang, invoice, today, plan);
            let discount = DiscountState::new(lang, NumberLocale::EnGb, invoice, today, timeline);
            let message = MessageState::new(
                lang,
                message_lang,
                Langs::new(),
                invoice,
                today,
                discount,
                timeline,
                plan,
            );
            let mut registry = Registry::default();
            register_all(&mut registry, invoice, discount, timeline, plan, message);
            check(
                &registry,
                &InputStates {
                    invoice,
                    plan,
                    timeline,
                    message,
                },
            );
        });
    }

    struct InputStates {
        invoice: InvoiceState,
        plan: PlanState,
        timeline: TimelineState,
        message: MessageState,
    }

    /// Loads `case` into the inputs and reads it back: every field must come back as it
    /// was saved, under the key this version keeps it (`saved::upgraded`: the first
    /// schema's `timeline.regime` is `timeline.law`), the custom policy in its current
    /// saved form (which reads the same).
    fn comes_back_the_same(registry: &Registry, case: &Case) {
        // A value that is today's default is not written again: it reads the same.
        let mut fields = crate::saved::upgraded(&case.fields);
        fields.retain(|key, value| registry.default_of(key) != Some(value.as_str()));
        let case = &Case {
            fields,
            ..case.clone()
        };
        untrack(|| {
            registry.apply(&case.fields);
            let again = registry.snapshot();
            let keys =
                |fields: &BTreeMap<String, String>| fields.keys().cloned().collect::<Vec<_>>();
            assert_eq!(keys(&again), keys(&case.fields), "{}: keys", case.name);
            for (key, value) in &case.fields {
                if key == "timeline.custom" {
                    assert_eq!(
                        CustomPolicy::decode(&again[key]),
                        CustomPolicy::decode(value),
                        "{}: the custom policy",
                        case.name
                    );
                    assert!(CustomPolicy::decode(value).is_some());
                } else {
                    assert_eq!(&again[key], value, "{}: {key}", case.name);
                }
            }
            let edits = edits_of(&case.templates);
            assert_eq!(
                edits.len(),
                case.templates.len(),
                "{}: templates",
                case.name
            );
            assert_eq!(
                templates_of(&edits),
                case.templates,
                "{}: templates",
                case.name
            );
        });
    }

    const EXPORT: &str = include_str!("../../tests/golden/saved-v1-export.json");
    const STORAGE: &str = include_str!("../../tests/golden/localstorage-v1.json");
    const SHARE: &str = include_str!("../../tests/golden/share-v1.txt");

    /// The golden files were made by the app at 3318ed4, through its interface, with every
    /// saved input filled (tests/golden/EXPECTED.md lists them). They must load, every field
    /// as it was, in this version and every later one: a newer schema migrates them.
    #[test]
    fn saved_work_of_the_first_schema_loads_with_every_field() {
        let (export, dropped) = read_str(EXPORT).expect("the golden export reads");
        assert!(dropped.is_empty());
        assert_eq!(export.cases.len(), 2);
        assert_eq!(export.cases[0].fields.len(), 98);
        let (stored, dropped) = read_str(STORAGE).expect("the golden storage reads");
        assert!(dropped.is_empty());
        assert_eq!(stored.cases, export.cases);
        with_registry(|registry, states| {
            for case in &export.cases {
                comes_back_the_same(registry, case);
            }
            // The first case's choices reach the tools as the values they stood for.
            registry.apply(&export.cases[0].fields);
            untrack(|| {
                let draft = states.plan.form.draft();
                assert_eq!(
                    draft.frequency,
                    tactful_engine::plan::FrequencyKind::EveryNDays
                );
                assert_eq!(
                    draft.roll,
                    tactful_engine::calendar::Roll::ModifiedPreceding
                );
                assert_eq!(
                    draft.region,
                    Some(tactful_engine::holidays::HolidayRegion::Ireland)
                );
                assert_eq!(draft.day_count, tactful_engine::plan::DayCount::Thirty360);
                let timeline = states.timeline.form.draft();
                assert_eq!(timeline.preset, PresetName::Firm);
                // "Eu" of the first schema's `timeline.regime` is the EU law.
                assert_eq!(
                    timeline.law,
                    Some(tactful_engine::statutory::Jurisdiction::Eu)
                );
                let custom = timeline.custom.expect("a custom policy");
                assert_eq!(custom.send_time, "08:15");
                assert!(!custom.business_days_only);
                assert_eq!(
                    custom.stages[1].channel,
                    tactful_engine::timeline::Channel::Email
                );
                assert_eq!(
                    states.message.form.template.get(),
                    Some(TemplateId::FirmFollowUp)
                );
                assert_eq!(states.message.form.message_lang.get(), Some(Lang::De));
            });
        });
    }

    #[test]
    fn a_share_link_of_the_first_schema_opens_with_every_field() {
        let shared = crate::share::decode(SHARE.trim()).expect("the golden link reads");
        assert_eq!(shared.lang, "en-GB");
        assert_eq!(shared.case.fields.len(), 98);
        let (export, _) = read_str(EXPORT).expect("the golden export reads");
        assert_eq!(shared.case.fields, export.cases[0].fields);
        assert_eq!(shared.case.templates, export.cases[0].templates);
        with_registry(|registry, _| comes_back_the_same(registry, &shared.case));
    }

    const ACCOUNT_EXPORT: &str = include_str!("../../tests/golden/account-v1-export.json");

    /// The saved shape of a client account (tests/golden/account-v1-export.json, the issue's
    /// three invoices and part payment as the app exports them; `tests/e2e/account.test.mjs`
    /// checks the app still writes it): it loads with every field, the lines under
    /// `invoice.account`, and the account works out to the hand-computed figures.
    #[test]
    fn a_client_account_of_schema_1_loads_with_every_line_and_its_figures() {
        use crate::account_lines::{InvoiceLine, PaymentLine};
        let (export, dropped) = read_str(ACCOUNT_EXPORT).expect("the golden account reads");
        assert!(dropped.is_empty());
        assert_eq!(export.cases.len(), 1);
        assert_eq!(export.cases[0].fields.len(), 7);
        with_registry(|registry, states| {
            comes_back_the_same(registry, &export.cases[0]);
            untrack(|| {
                registry.apply(&export.cases[0].fields);
                let invoice = states.invoice;
                let line = |id, number: &str, due: &str, amount: &str| InvoiceLine {
                    id,
                    number: number.into(),
                    due_date: due.into(),
                    amount: amount.into(),
                    ..InvoiceLine::default()
                };
                assert_eq!(
                    invoice.account.get(),
                    AccountLines {
                        invoices: vec![
                            line(0, "INV-102", "2026-10-31", "3,400"),
                            line(1, "INV-103", "2026-11-15", "800"),
                        ],
                        payments: vec![PaymentLine {
                            id: 2,
                            date: "2026-11-20".into(),
                            amount: "1,000".into(),
                            invoice: String::new(),
                        }],
                        ..AccountLines::default()
                    }
                );
                assert_eq!(invoice.form.invoice_number.value.get(), "INV-101");
                let today = Today(chrono::NaiveDate::from_ymd_opt(2026, 12, 7).unwrap_or_default());
                let worked = crate::views::account::state::worked(
                    invoice,
                    states.timeline,
                    RwSignal::new(Lang::EnGb),
                    today,
                );
                let report = worked
                    .with(|w| w.outcome.report.clone())
                    .expect("the account works out");
                let d = |text: &str| text.parse::<rust_decimal::Decimal>().unwrap_or_default();
                let interest: Vec<_> = report.invoices.iter().map(|i| i.interest).collect();
                assert_eq!(interest, [d("20.80"), d("40.50"), d("5.67")]);
                assert_eq!(report.totals.interest, d("66.97"));
                assert_eq!(report.totals.compensation, d("180.00"));
                assert_eq!(report.totals.total_due, Some(d("4646.97")));
            });
        });
    }

    #[test]
    fn an_account_of_three_invoices_and_payments_round_trips_through_the_saved_form() {
        use crate::account_lines::{InvoiceLine, PaymentLine, SAVED_KEY};
        use tactful_engine::account::AllocationRule;
        with_registry(|registry, states| {
            untrack(|| {
                let invoice = states.invoice;
                let f = invoice.form;
                for (field, value) in [
                    (f.client_business, "Northwind Traders"),
                    (f.invoice_number, "INV-101"),
                    (f.amount, "1,200.00"),
                    (f.due_date, "2026-09-30"),
                ] {
                    field.value.set(value.to_owned());
                }
                let line = |id, number: &str, due: &str, amount: &str| InvoiceLine {
                    id,
                    number: number.into(),
                    due_date: due.into(),
                    amount: amount.into(),
                    ..InvoiceLine::default()
                };
                let lines = AccountLines {
                    first_note: "Design, phase 1".into(),
                    invoices: vec![
                        InvoiceLine {
                            issue_date: "2026-10-01".into(),
                            note: "Phase \"2\", | part, b".into(),
                            ..line(0, "INV-102", "2026-10-31", "3,400.00")
                        },
                        line(1, "INV-103", "2026-11-15", "800"),
                    ],
                    payments: vec![
                        PaymentLine {
                            id: 2,
                            date: "2026-11-20".into(),
                            amount: "1,000".into(),
                            invoice: String::new(),
                        },
                        PaymentLine {
                            id: 3,
                            date: "2026-12-01".into(),
                            amount: "50.50".into(),
                            invoice: "INV-103".into(),
                        },
                    ],
                    allocation: AllocationRule::Named,
                };
                invoice.account.set(lines.clone());
                let fields = registry.snapshot();
                assert!(fields.contains_key(SAVED_KEY));
                // Stored, exported and read back as untrusted input, then shared by link.
                let mut saved = crate::saved::Saved::empty();
                saved.cases.push(Case {
                    id: "c1".into(),
                    fields: fields.clone(),
                    ..Case::default()
                });
                let (read, dropped) =
                    read_str(&crate::saved::to_json(&saved)).expect("saved work reads");
                assert!(dropped.is_empty());
                let link = crate::share::encode(&crate::share::SharedCase {
                    route: "plan".into(),
                    lang: "en-GB".into(),
                    case: read.cases[0].clone(),
                });
                let shared = crate::share::decode(&link).expect("the link opens");
                // Another case, then this one again: every line as it was.
                registry.apply(&BTreeMap::new());
                assert_eq!(invoice.account.get(), AccountLines::default());
                assert!(!invoice.is_account());
                registry.apply(&shared.case.fields);
                assert_eq!(invoice.account.get(), lines);
                assert_eq!(f.amount.value.get(), "1,200.00");
                assert_eq!(registry.snapshot(), fields);
                // The engine reads three invoices and two payments.
                let draft = invoice.account_draft();
                assert_eq!(draft.invoices.len(), 3);
                assert_eq!(draft.invoices[0].note, "Design, phase 1");
                assert_eq!(draft.invoices[1].currency, "GBP");
                assert_eq!(draft.payments[1].invoice, "INV-103");
                // In German, the typed amounts are written the German way.
                registry.relocalize(NumberLocale::EnGb, NumberLocale::De);
                let german = invoice.account.get();
                assert_eq!(german.invoices[0].amount, "3.400,00");
                assert_eq!(german.payments[1].amount, "50,50");
                assert_eq!(f.amount.value.get(), "1.200,00");
            });
        });
    }

    #[test]
    fn the_contact_log_is_saved_under_its_own_key_and_read_back_as_untrusted_text() {
        use tactful_engine::timeline::{Channel, Contact, ContactEvent, StageAction};
        let day = |d| chrono::NaiveDate::from_ymd_opt(2026, 12, d).unwrap_or_default();
        with_registry(|registry, states| {
            untrack(|| {
                let form = states.timeline.form;
                // Nothing sent: nothing saved, so old saved work reads the same.
                assert!(!registry.snapshot().contains_key("timeline.contacts"));
                let mut promise =
                    Contact::new(day(9), ContactEvent::PromiseToPay { pay_by: day(18) });
                promise.note = "Sam, by phone: after the board, 100%".into();
                let log = vec![
                    Contact::sent(day(7), StageAction::SecondFollowUp, Channel::Email),
                    promise,
                ];
                for contact in &log {
                    form.add_contact(contact.clone());
                }
                let saved = registry.snapshot();
                assert_eq!(
                    saved["timeline.contacts"],
                    "1|2026-12-07,sent,second_follow_up,email,|2026-12-09,promise_to_pay,2026-12-18,Sam%2C by phone: after the board%2C 100%25"
                );
                registry.apply(&BTreeMap::new());
                assert!(form.contacts().is_empty());
                registry.apply(&saved);
                assert_eq!(form.contacts(), log);
                assert_eq!(form.draft().contacts, log);
                form.remove_contact(0);
                assert_eq!(form.contacts(), log[1..]);
                form.remove_contact(5);
                assert_eq!(form.contacts(), log[1..]);
                // Hostile or newer text is an empty log, never a panic.
                for junk in [
                    "<script>",
                    "2|2026-12-07,sent,,email,x",
                    "1|||",
                    "1|9999-99-99,sent",
                ] {
                    let mut fields = BTreeMap::new();
                    fields.insert("timeline.contacts".to_owned(), junk.to_owned());
                    registry.apply(&fields);
                    assert!(form.contacts().is_empty(), "{junk}");
                }
            });
        });
    }

    const CONTACTS: &str = include_str!("../../tests/golden/contacts-v1-export.json");

    /// A case with a contact log, exported by the app of the contact log through its
    /// interface (`tests/golden/make-contacts-golden.mjs`): every kind of entry, a note with
    /// the saved form's separators. It loads with every field, the log as it was entered.
    #[test]
    fn a_saved_contact_log_loads_entry_by_entry() {
        use rust_decimal::Decimal;
        use tactful_engine::timeline::{Channel, Contact, ContactEvent, StageAction};
        let day = |m, d| chrono::NaiveDate::from_ymd_opt(2026, m, d).unwrap_or_default();
        let (export, dropped) = read_str(CONTACTS).expect("the golden export reads");
        assert!(dropped.is_empty());
        assert_eq!(export.cases.len(), 1);
        let case = &export.cases[0];
        let mut own = Contact::new(
            day(11, 20),
            ContactEvent::Sent {
                action: None,
                channel: Channel::PhoneCall,
            },
        );
        own.note = "Voicemail for Sam | 100% sure, \"Friday, maybe\"".into();
        let mut promise = Contact::new(
            day(11, 23),
            ContactEvent::PromiseToPay { pay_by: day(12, 4) },
        );
        promise.note = "Sam, by phone".into();
        let expected = vec![
            Contact::sent(day(11, 2), StageAction::FriendlyOverdue, Channel::Email),
            own,
            promise,
            Contact::new(day(11, 25), ContactEvent::QueryOpened),
            Contact::new(day(11, 27), ContactEvent::QueryResolved),
            Contact::new(
                day(12, 1),
                ContactEvent::PartPayment {
                    amount: Decimal::new(120_050, 2),
                },
            ),
            Contact::sent(day(12, 7), StageAction::PromiseMissed, Channel::PhoneCall),
        ];
        with_registry(|registry, states| {
            comes_back_the_same(registry, case);
            untrack(|| {
                registry.apply(&case.fields);
                assert_eq!(states.timeline.form.contacts(), expected);
                // The golden cases of the first schema have no log: it is empty there.
                let (old, _) = read_str(EXPORT).expect("the golden export reads");
                registry.apply(&old.cases[0].fields);
                assert!(states.timeline.form.contacts().is_empty());
            });
        });
        // A share link carries it the same way.
        let link = crate::share::encode(&crate::share::SharedCase {
            route: "timeline".into(),
            lang: "en-GB".into(),
            case: case.clone(),
        });
        let shared = crate::share::decode(&link).expect("the link reads");
        assert_eq!(shared.case.fields, case.fields);
    }

    #[test]
    fn an_unknown_choice_name_reads_as_the_default_and_is_not_saved_again() {
        with_registry(|registry, states| {
            let mut fields = BTreeMap::new();
            fields.insert("plan.frequency".to_owned(), "Monthly ".to_owned());
            fields.insert("plan.roll".to_owned(), "following".to_owned());
            untrack(|| {
                registry.apply(&fields);
                assert!(registry.snapshot().is_empty());
                assert_eq!(states.plan.form.frequency.get(), Pick::Monthly);
            });
        });
    }

    #[test]
    fn a_saved_cases_typed_numbers_are_rewritten_in_another_format_and_text_is_not() {
        with_registry(|registry, _| {
            let mut fields = BTreeMap::new();
            for (key, value) in [
                ("invoice.amount", "4,800.50"),
                ("plan.count", "12"),
                ("discount.chasing_hours", "3.5"),
                ("invoice.due_date", "2026-10-31"),
                ("invoice.number", "1,234.5"),
                ("plan.rate", "not a number"),
            ] {
                fields.insert(key.to_owned(), value.to_owned());
            }
            registry.relocalize_fields(&mut fields, NumberLocale::EnGb, NumberLocale::De);
            let get = |key: &str| fields.get(key).map(String::as_str);
            assert_eq!(get("invoice.amount"), Some("4.800,50"));
            assert_eq!(get("plan.count"), Some("12"));
            assert_eq!(get("discount.chasing_hours"), Some("3,5"));
            assert_eq!(get("invoice.due_date"), Some("2026-10-31"));
            // Text fields are kept as typed, and so is a number that does not read.
            assert_eq!(get("invoice.number"), Some("1,234.5"));
            assert_eq!(get("plan.rate"), Some("not a number"));
        });
    }
}
