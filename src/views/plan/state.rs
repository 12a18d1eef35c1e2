//! The instalment plan's inputs as typed text, and the plan derived from them.
//!
//! Each field keeps exactly what the user typed; one `Memo` hands them to the engine as a
//! [`PlanDraft`] and shows what `tactful_engine::plan::evaluate_plan` makes of it (the
//! plan, the compared options, every problem next to its field). Nothing here parses or
//! computes.

use leptos::prelude::*;
use tactful_engine::account::AccountReport;
use tactful_engine::calendar::{Roll, Weekend};
use tactful_engine::holidays::HolidayRegion;
use tactful_engine::plan::{
    evaluate_plan, CompareDraft, DayCount, DebtSource, DownPaymentKind, FrequencyKind,
    InterestKind, PlanContext, PlanDraft, PlanField, ShareKind, SizeKind, MAX_COMPARE,
};

pub use tactful_engine::plan::PlanOutcome;

use crate::context::{FieldState, InvoiceState, Lazy, Today};
use crate::i18n::Lang;

/// Every choice of the form (radio buttons and fixed lists) is one `Pick`: one signal and
/// one `Choice` type for all of them keeps the WebAssembly small. Each group's variants
/// are listed together; [`frequency`] and [`day_count`] map their groups to engine values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pick {
    // What is owed.
    InvoiceAmount,
    RemainingBalance,
    // Down payment.
    NoDownPayment,
    DownAmount,
    DownPercent,
    // Plan size.
    ByCount,
    ByTarget,
    // Frequency.
    Weekly,
    Fortnightly,
    SemiMonthly1st15th,
    SemiMonthly15thLast,
    Monthly,
    BiMonthly,
    Quarterly,
    EveryNDays,
    // How the amount is shared.
    Equal,
    Seasonal,
    Custom,
    // Interest.
    NoInterest,
    Flat,
    Amortised,
    // Day count.
    Actual365,
    Thirty360,
    Actual360,
    // What a due date on a day off becomes.
    RollFollowing,
    RollModifiedFollowing,
    RollPreceding,
    RollModifiedPreceding,
    RollNone,
    // Later dates of a plan that starts on a month's last day.
    SameDayNumber,
    LastDayOfMonth,
    // Which days are the weekend.
    SatSun,
    FriSat,
    SunOnly,
}

impl Pick {
    /// Every choice, in declaration order.
    pub const ALL: &'static [Pick] = &[
        Pick::InvoiceAmount,
        Pick::RemainingBalance,
        Pick::NoDownPayment,
        Pick::DownAmount,
        Pick::DownPercent,
        Pick::ByCount,
        Pick::ByTarget,
        Pick::Weekly,
        Pick::Fortnightly,
        Pick::SemiMonthly1st15th,
        Pick::SemiMonthly15thLast,
        Pick::Monthly,
        Pick::BiMonthly,
        Pick::Quarterly,
        Pick::EveryNDays,
        Pick::Equal,
        Pick::Seasonal,
        Pick::Custom,
        Pick::NoInterest,
        Pick::Flat,
        Pick::Amortised,
        Pick::Actual365,
        Pick::Thirty360,
        Pick::Actual360,
        Pick::RollFollowing,
        Pick::RollModifiedFollowing,
        Pick::RollPreceding,
        Pick::RollModifiedPreceding,
        Pick::RollNone,
        Pick::SameDayNumber,
        Pick::LastDayOfMonth,
        Pick::SatSun,
        Pick::FriSat,
        Pick::SunOnly,
    ];

    /// The frequency picked.
    pub fn frequency(self) -> FrequencyKind {
        match self {
            Pick::Weekly => FrequencyKind::Weekly,
            Pick::Fortnightly => FrequencyKind::Fortnightly,
            Pick::SemiMonthly1st15th => FrequencyKind::SemiMonthly1st15th,
            Pick::SemiMonthly15thLast => FrequencyKind::SemiMonthly15thLast,
            Pick::BiMonthly => FrequencyKind::BiMonthly,
            Pick::Quarterly => FrequencyKind::Quarterly,
            Pick::EveryNDays => FrequencyKind::EveryNDays,
            _ => FrequencyKind::Monthly,
        }
    }

    /// The day count picked.
    pub fn day_count(self) -> DayCount {
        match self {
            Pick::Thirty360 => DayCount::Thirty360,
            Pick::Actual360 => DayCount::Actual360,
            _ => DayCount::Actual365,
        }
    }

    /// The roll convention picked.
    pub fn roll(self) -> Roll {
        match self {
            Pick::RollModifiedFollowing => Roll::ModifiedFollowing,
            Pick::RollPreceding => Roll::Preceding,
            Pick::RollModifiedPreceding => Roll::ModifiedPreceding,
            Pick::RollNone => Roll::None,
            _ => Roll::Following,
        }
    }

    /// The weekend picked.
    pub fn weekend(self) -> Weekend {
        match self {
            Pick::FriSat => Weekend::FriSat,
            Pick::SunOnly => Weekend::SunOnly,
            _ => Weekend::SatSun,
        }
    }
}

/// One option of the comparison: a number of instalments at a frequency.
#[derive(Clone, Copy)]
pub struct CompareRow {
    pub count: FieldState,
    pub frequency: RwSignal<Pick>,
}

/// Every field of the plan form.
#[derive(Clone, Copy)]
pub struct PlanForm {
    pub source: RwSignal<Pick>,
    pub balance: FieldState,
    pub down_kind: RwSignal<Pick>,
    pub down_amount: FieldState,
    pub down_percent: FieldState,
    pub size_kind: RwSignal<Pick>,
    pub count: FieldState,
    pub target: FieldState,
    pub frequency: RwSignal<Pick>,
    /// The number of days of [`Pick::EveryNDays`].
    pub every_days: FieldState,
    pub first_due: FieldState,
    /// When the down payment is due (empty: with instalment 1).
    pub down_date: FieldState,
    /// An optional fixed amount for instalment 1.
    pub first_payment: FieldState,
    /// Whether month-end anchors stay on month ends ([`Pick::LastDayOfMonth`]).
    pub month_end: RwSignal<Pick>,
    pub roll: RwSignal<Pick>,
    pub weekend: RwSignal<Pick>,
    /// Extra closing days, one per line or separated by commas.
    pub holidays: FieldState,
    pub region: RwSignal<Option<HolidayRegion>>,
    pub share: RwSignal<Pick>,
    pub weights: [FieldState; 12],
    pub custom: FieldState,
    pub interest: RwSignal<Pick>,
    pub rate: FieldState,
    pub day_count: RwSignal<Pick>,
    pub setup_fee: FieldState,
    pub grace_days: FieldState,
    pub late_fee_flat: FieldState,
    pub late_fee_pct: FieldState,
    pub accelerate_after: FieldState,
    /// Up to three options to compare.
    pub compare: [CompareRow; MAX_COMPARE],
    /// The row number chosen in "what if this payment is missed", as the select's value.
    pub missed: RwSignal<String>,
}

impl PlanForm {
    /// The form as the engine's draft (reads every field: tracked).
    pub fn draft(&self) -> PlanDraft {
        let text = |field: FieldState| field.value.get();
        PlanDraft {
            source: match self.source.get() {
                Pick::RemainingBalance => DebtSource::Balance,
                _ => DebtSource::Invoice,
            },
            balance: text(self.balance),
            down_payment: match self.down_kind.get() {
                Pick::DownAmount => DownPaymentKind::Amount,
                Pick::DownPercent => DownPaymentKind::Percent,
                _ => DownPaymentKind::None,
            },
            down_amount: text(self.down_amount),
            down_percent: text(self.down_percent),
            size: match self.size_kind.get() {
                Pick::ByTarget => SizeKind::Target,
                _ => SizeKind::Count,
            },
            count: text(self.count),
            target: text(self.target),
            frequency: self.frequency.get().frequency(),
            every_days: text(self.every_days),
            first_due: text(self.first_due),
            down_date: text(self.down_date),
            first_payment: text(self.first_payment),
            stick_to_month_end: self.month_end.get() == Pick::LastDayOfMonth,
            roll: self.roll.get().roll(),
            weekend: self.weekend.get().weekend(),
            holidays: text(self.holidays),
            region: self.region.get(),
            share: match self.share.get() {
                Pick::Seasonal => ShareKind::Seasonal,
                Pick::Custom => ShareKind::Custom,
                _ => ShareKind::Equal,
            },
            weights: self.weights.map(text),
            custom: text(self.custom),
            interest: match self.interest.get() {
                Pick::Flat => InterestKind::Flat,
                Pick::Amortised => InterestKind::Amortized,
                _ => InterestKind::None,
            },
            rate: text(self.rate),
            day_count: self.day_count.get().day_count(),
            setup_fee: text(self.setup_fee),
            grace_days: text(self.grace_days),
            late_fee_flat: text(self.late_fee_flat),
            late_fee_pct: text(self.late_fee_pct),
            accelerate_after: text(self.accelerate_after),
            compare: self.compare.map(|row| CompareDraft {
                count: text(row.count),
                frequency: row.frequency.get().frequency(),
            }),
        }
    }
}

/// Whether `field` has no input of its own in the form (its problems are listed with the
/// results instead).
pub fn has_no_input(field: PlanField) -> bool {
    use PlanField as F;
    matches!(field, F::Currency | F::StartDate)
}

/// Form plus derived plan, shared through context so the inputs survive a tool switch.
#[derive(Clone, Copy)]
pub struct PlanState {
    pub form: PlanForm,
    lang: RwSignal<Lang>,
    invoice: InvoiceState,
    today: Today,
    outcome: Lazy<Memo<PlanOutcome>>,
}

impl PlanState {
    /// The engine's defaults ([`PlanDraft::default`]): three equal monthly instalments of
    /// the invoice amount, England and Wales holidays, no interest, fees or down payment;
    /// the first due date left for the user.
    pub fn new(lang: RwSignal<Lang>, invoice: InvoiceState, today: Today) -> Self {
        let d = PlanDraft::default();
        let text = |value: &str| FieldState::new(value);
        let pick = RwSignal::new;
        let form = PlanForm {
            source: pick(Pick::InvoiceAmount),
            balance: text(&d.balance),
            down_kind: pick(Pick::NoDownPayment),
            down_amount: text(&d.down_amount),
            down_percent: text(&d.down_percent),
            size_kind: pick(Pick::ByCount),
            count: text(&d.count),
            target: text(&d.target),
            frequency: pick(Pick::Monthly),
            every_days: text(&d.every_days),
            first_due: text(&d.first_due),
            down_date: text(&d.down_date),
            first_payment: text(&d.first_payment),
            month_end: pick(Pick::SameDayNumber),
            roll: pick(Pick::RollFollowing),
            weekend: pick(Pick::SatSun),
            holidays: text(&d.holidays),
            region: RwSignal::new(d.region),
            share: pick(Pick::Equal),
            weights: std::array::from_fn(|month| text(&d.weights[month])),
            custom: text(&d.custom),
            interest: pick(Pick::NoInterest),
            rate: text(&d.rate),
            day_count: pick(Pick::Actual365),
            setup_fee: text(&d.setup_fee),
            grace_days: text(&d.grace_days),
            late_fee_flat: text(&d.late_fee_flat),
            late_fee_pct: text(&d.late_fee_pct),
            accelerate_after: text(&d.accelerate_after),
            compare: std::array::from_fn(|row| CompareRow {
                count: text(&d.compare[row].count),
                frequency: pick(Pick::Monthly),
            }),
            missed: RwSignal::new(String::from("1")),
        };
        PlanState {
            form,
            lang,
            invoice,
            today,
            outcome: Lazy::new(),
        }
    }

    /// The plan derived from the form and the invoice, or the client account's balance
    /// (made when a view first asks).
    pub fn outcome(self) -> Memo<PlanOutcome> {
        let PlanState {
            form,
            lang,
            invoice,
            today: Today(today),
            outcome,
        } = self;
        outcome.get_or_make(|| {
            Memo::new(move |_| {
                let draft = form.draft();
                // A client account: one plan over the account's balance.
                let parsed = invoice.debt(AccountReport::plan_balance);
                let code = invoice.form.currency.value.get();
                evaluate_plan(
                    &draft,
                    &PlanContext {
                        invoice: parsed.as_ref(),
                        currency_code: &code,
                        locale: lang.get().number_locale(),
                        today,
                    },
                )
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_form_is_the_engines_default_draft() {
        let owner = Owner::new();
        owner.with(|| {
            let lang = RwSignal::new(Lang::EnGb);
            let state = PlanState::new(
                lang,
                InvoiceState::new(lang),
                Today(chrono::NaiveDate::default()),
            );
            assert_eq!(untrack(|| state.form.draft()), PlanDraft::default());
        });
    }
}
