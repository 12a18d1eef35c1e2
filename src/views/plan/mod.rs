//! The instalment plan (`#/plan`): "let's split it" into dated payments that add up
//! exactly, with clear terms for a missed payment. Every figure comes from
//! `tactful_engine::plan`.

mod chart;
mod results;
pub mod state;
mod summaries;

use leptos::prelude::*;
use tactful_engine::holidays::HolidayRegion;
use tactful_engine::plan::{PlanField, PlanWarning};

use super::ToolHeader;
use crate::context::{use_i18n, FieldState, I18n};
use crate::error_text::plan_problem;
use crate::field::{Choice, Control, Field, Section};
use crate::i18n::Msg;
use crate::route::Route;
use state::{Pick, PlanState};

const FREQUENCIES: &[(Pick, Msg)] = &[
    (Pick::Weekly, Msg::PlanFreqWeekly),
    (Pick::Fortnightly, Msg::PlanFreqFortnightly),
    (Pick::SemiMonthly1st15th, Msg::PlanFreqSemi1st15th),
    (Pick::SemiMonthly15thLast, Msg::PlanFreqSemi15thLast),
    (Pick::Monthly, Msg::PlanFreqMonthly),
    (Pick::BiMonthly, Msg::PlanFreqBiMonthly),
    (Pick::Quarterly, Msg::PlanFreqQuarterly),
    (Pick::EveryNDays, Msg::PlanFreqEveryNDays),
];

/// The frequencies an option of the comparison can have: the list above without its last
/// entry, "every so many days", whose days are a field of the plan.
const COMPARE_FREQUENCIES: &[(Pick, Msg)] = FREQUENCIES.split_at(FREQUENCIES.len() - 1).0;
const _: () = assert!(matches!(
    FREQUENCIES[FREQUENCIES.len() - 1].0,
    Pick::EveryNDays
));

const ROLLS: &[(Pick, Msg)] = &[
    (Pick::RollFollowing, Msg::PlanRollFollowing),
    (Pick::RollModifiedFollowing, Msg::PlanRollModifiedFollowing),
    (Pick::RollPreceding, Msg::PlanRollPreceding),
    (Pick::RollModifiedPreceding, Msg::PlanRollModifiedPreceding),
    (Pick::RollNone, Msg::PlanRollNone),
];

const WEEKENDS: &[(Pick, Msg)] = &[
    (Pick::SatSun, Msg::PlanWeekendSatSun),
    (Pick::FriSat, Msg::PlanWeekendFriSat),
    (Pick::SunOnly, Msg::PlanWeekendSunOnly),
];

/// The choices of the plan's radio groups (their summary lines name the chosen one).
const DEBT_SOURCES: &[(Pick, Msg)] = &[
    (Pick::InvoiceAmount, Msg::PlanDebtInvoice),
    (Pick::RemainingBalance, Msg::PlanDebtBalance),
];
const DOWN_KINDS: &[(Pick, Msg)] = &[
    (Pick::NoDownPayment, Msg::PlanDownNone),
    (Pick::DownAmount, Msg::PlanDownAmount),
    (Pick::DownPercent, Msg::PlanDownPercent),
];
const SIZE_KINDS: &[(Pick, Msg)] = &[
    (Pick::ByCount, Msg::PlanSizeCount),
    (Pick::ByTarget, Msg::PlanSizeTarget),
];
const MONTH_ENDS: &[(Pick, Msg)] = &[
    (Pick::SameDayNumber, Msg::PlanMonthEndSameDay),
    (Pick::LastDayOfMonth, Msg::PlanMonthEndLastDay),
];
const SHARES: &[(Pick, Msg)] = &[
    (Pick::Equal, Msg::PlanShareEqual),
    (Pick::Seasonal, Msg::PlanShareSeasonal),
    (Pick::Custom, Msg::PlanShareCustom),
];
const INTEREST_KINDS: &[(Pick, Msg)] = &[
    (Pick::NoInterest, Msg::PlanInterestNone),
    (Pick::Flat, Msg::PlanInterestFlat),
    (Pick::Amortised, Msg::PlanInterestAmortised),
];

const COMPARE_IDS: [(&str, &str); 3] = [
    ("plan-compare-1", "plan-compare-1-frequency"),
    ("plan-compare-2", "plan-compare-2-frequency"),
    ("plan-compare-3", "plan-compare-3-frequency"),
];

/// The control of most fields: text typed as a number.
const TEXT: Control = Control::Text {
    inputmode: "decimal",
};

const DAY_COUNTS: &[(Pick, Msg)] = &[
    (Pick::Actual365, Msg::PlanDayCountActual365),
    (Pick::Thirty360, Msg::PlanDayCountThirty360),
    (Pick::Actual360, Msg::PlanDayCountActual360),
];

const MONTHS: [(&str, Msg); 12] = [
    ("weight-1", Msg::PlanMonthJan),
    ("weight-2", Msg::PlanMonthFeb),
    ("weight-3", Msg::PlanMonthMar),
    ("weight-4", Msg::PlanMonthApr),
    ("weight-5", Msg::PlanMonthMay),
    ("weight-6", Msg::PlanMonthJun),
    ("weight-7", Msg::PlanMonthJul),
    ("weight-8", Msg::PlanMonthAug),
    ("weight-9", Msg::PlanMonthSep),
    ("weight-10", Msg::PlanMonthOct),
    ("weight-11", Msg::PlanMonthNov),
    ("weight-12", Msg::PlanMonthDec),
];

/// The sentence to show next to the input of `field`, derived from the outcome.
fn error_for(state: PlanState, i18n: I18n, field: PlanField) -> Signal<Option<String>> {
    Signal::derive(move || {
        state.outcome().with(|o| {
            o.problem(field)
                .map(|(f, p)| plan_problem(i18n.lang.get(), *f, p, o.currency))
        })
    })
}

/// Whether a field of a section (those `which` picks) has a problem in the outcome.
fn problem_in(state: PlanState, which: fn(&PlanField) -> bool) -> Signal<bool> {
    Signal::derive(move || {
        state
            .outcome()
            .with(|o| o.problems.iter().any(|(f, _)| which(f)))
    })
}

/// What the plan says about a field's accepted value (a warning of the plan), if anything.
fn warning_for(
    state: PlanState,
    i18n: I18n,
    which: fn(&PlanWarning) -> bool,
) -> Signal<Option<String>> {
    Signal::derive(move || {
        state.outcome().with(|o| {
            let plan = o.plan.as_ref()?;
            let warning = plan.warnings.iter().find(|w| which(w))?;
            Some(results::warning_text(i18n, plan, warning))
        })
    })
}

/// The instalment plan view. Fields that only some choices need stay mounted and are
/// hidden otherwise (one view type for every field keeps the WebAssembly small).
#[component]
pub fn PlanView() -> impl IntoView {
    let state = expect_context::<PlanState>();
    let form = state.form;
    let i18n = use_i18n();
    // One closure type for every translated text of the form.
    let tr = move |msg: Msg| move || i18n.t(msg);
    // Hidden unless (or, with `is`, while) `choice` is `pick`: one closure type for all.
    let hide = move |choice: RwSignal<Pick>, pick: Pick, is: bool| {
        Signal::derive(move || (choice.get() == pick) == is)
    };
    let never = Signal::stored(false);
    // A text field wired to its problem in the derived outcome.
    let field = move |id: &'static str,
                      label: Msg,
                      hint: Msg,
                      value: FieldState,
                      which: PlanField,
                      optional: bool,
                      hidden: Signal<bool>,
                      control: Control,
                      warning: Option<Signal<Option<String>>>| {
        view! {
            <div hidden=hidden>
                <Field id=id label=label hint=hint state=value error=error_for(state, i18n, which)
                    optional=optional control=control warning=warning />
            </div>
        }
    };
    let compare_rows = form
        .compare
        .into_iter()
        .zip(COMPARE_IDS)
        .zip(1usize..)
        .map(|((row, (id, frequency_id)), n)| {
            let error = Signal::derive(move || {
                state.outcome().with(|o| {
                    o.compare_problems
                        .iter()
                        .find(|(r, _)| *r + 1 == n)
                        .map(|(_, p)| {
                            plan_problem(i18n.lang.get(), PlanField::InstallmentCount, p, o.currency)
                        })
                })
            });
            let label = [Msg::PlanCompareCount1, Msg::PlanCompareCount2, Msg::PlanCompareCount3]
                [n - 1];
            let frequency_label = [
                Msg::PlanCompareFrequency1,
                Msg::PlanCompareFrequency2,
                Msg::PlanCompareFrequency3,
            ][n - 1];
            view! {
                <div class="compare-row">
                    <Field id=id label=label state=row.count error=error optional=true control=TEXT />
                    <Select id=frequency_id label=frequency_label value=row.frequency options=COMPARE_FREQUENCIES />
                </div>
            }
        })
        .collect_view();
    let weights_error = error_for(state, i18n, PlanField::SeasonalWeights);
    let same_day = warning_for(state, i18n, |w| matches!(w, PlanWarning::SameDay { .. }));
    // Business days: a problem with the days off, or instalments that fall on one day once
    // days off are avoided (a warning shown at "Other days off", inside the section).
    let calendar_problem = problem_in(state, |f| matches!(f, PlanField::Calendar));
    let days_problem =
        Signal::derive(move || calendar_problem.get() || same_day.with(Option::is_some));
    // The amount owed is the invoice's unless a remaining balance is typed here: a missing
    // invoice amount is the invoice panel's to show, not this section's.
    let down_problem = problem_in(state, |f| {
        matches!(
            f,
            PlanField::DownPaymentAmount
                | PlanField::DownPaymentPercent
                | PlanField::DownPaymentDate
        )
    });
    let debt_problem = Signal::derive(move || {
        down_problem.get()
            || (form.source.get() == Pick::RemainingBalance
                && state
                    .outcome()
                    .with(|o| o.problem(PlanField::Debt).is_some()))
    });
    let regions = HolidayRegion::all()
        .iter()
        .map(|region| {
            let region = *region;
            view! {
                <option value=region.code() selected=move || form.region.get() == Some(region)>{move || i18n.t(crate::views::region_msg(region))}</option>
            }
        })
        .collect_view();
    let weights = MONTHS
        .iter()
        .zip(form.weights)
        .zip(1u32..)
        .map(|((&(id, label), value), month)| {
            view! {
                <Field id=id label=label state=value
                    error=error_for(state, i18n, PlanField::SeasonalWeight { month })
                    control=Control::Text { inputmode: "decimal" } />
            }
        })
        .collect_view();

    view! {
        <section class="panel tool" aria-labelledby="tool-title" data-view="plan">
            <ToolHeader route=Route::Plan />
            <div class="tool-grid">
                <results::PlanResults />
                <form class="tool-form" novalidate on:submit=|ev| ev.prevent_default()>
                    <fieldset class="group essentials">
                        <legend>{tr(Msg::PlanScheduleLegend)}</legend>
                        {field("plan-count", Msg::PlanFieldCount, Msg::PlanHintCount, form.count,
                            PlanField::InstallmentCount, false, hide(form.size_kind, Pick::ByCount, false), TEXT, None)}
                        {field("plan-target", Msg::PlanFieldTarget, Msg::PlanHintTarget, form.target,
                            PlanField::TargetAmount, false, hide(form.size_kind, Pick::ByTarget, false), TEXT,
                            Some(warning_for(state, i18n, |w| matches!(w, PlanWarning::TinyLastInstallment { .. }))))}
                        <Select id="plan-frequency" label=Msg::PlanFieldFrequency value=form.frequency options=FREQUENCIES />
                        {field("plan-every-days", Msg::PlanFieldEveryDays, Msg::PlanHintEveryDays, form.every_days, PlanField::Frequency, false,
                            hide(form.frequency, Pick::EveryNDays, false), TEXT, None)}
                        {field("plan-first-due", Msg::PlanFieldFirstDue, Msg::PlanHintFirstDue, form.first_due,
                            PlanField::FirstDueDate, false, never, Control::Date,
                            Some(warning_for(state, i18n, |w| matches!(w, PlanWarning::FirstDueBeforeInvoiceDate { .. }))))}
                    </fieldset>
                    <Section id="plan-debt" title=Msg::PlanDebtLegend values=summaries::debt(form, i18n)
                        problem=debt_problem>
                        <Choice name="plan-source" legend=Msg::PlanDebtSourceLabel value=form.source
                            options=DEBT_SOURCES.to_vec() />
                        {field("plan-balance", Msg::PlanFieldBalance, Msg::PlanHintBalance, form.balance, PlanField::Debt, false,
                            hide(form.source, Pick::RemainingBalance, false), TEXT, None)}
                        <Choice name="plan-down" legend=Msg::PlanDownLabel value=form.down_kind
                            options=DOWN_KINDS.to_vec() />
                        {field("plan-down-amount", Msg::PlanFieldDownAmount, Msg::PlanHintDown, form.down_amount,
                            PlanField::DownPaymentAmount, false, hide(form.down_kind, Pick::DownAmount, false), TEXT, None)}
                        {field("plan-down-percent", Msg::PlanFieldDownPercent, Msg::PlanHintDown, form.down_percent,
                            PlanField::DownPaymentPercent, false, hide(form.down_kind, Pick::DownPercent, false), TEXT, None)}
                        {field("plan-down-date", Msg::PlanFieldDownDate, Msg::PlanHintDownDate, form.down_date,
                            PlanField::DownPaymentDate, true, hide(form.down_kind, Pick::NoDownPayment, true), Control::Date, None)}
                    </Section>
                    <Section id="plan-more" title=Msg::PlanMoreLegend values=summaries::more(form, i18n)
                        problem=problem_in(state, |f| matches!(f, PlanField::FirstPayment | PlanField::SeasonalWeights
                            | PlanField::SeasonalWeight { .. } | PlanField::CustomPercents | PlanField::CustomPercent { .. }))>
                        <Choice name="plan-size" legend=Msg::PlanSizeLabel value=form.size_kind
                            options=SIZE_KINDS.to_vec() />
                        {field("plan-first-payment", Msg::PlanFieldFirstPayment, Msg::PlanHintFirstPayment, form.first_payment,
                            PlanField::FirstPayment, true, never, TEXT, None)}
                        <Choice name="plan-month-end" legend=Msg::PlanMonthEndLabel value=form.month_end
                            options=MONTH_ENDS.to_vec() />
                        <Choice name="plan-share" legend=Msg::PlanShareLabel value=form.share
                            options=SHARES.to_vec() />
                        <fieldset class="group weights" hidden=hide(form.share, Pick::Seasonal, false)
                            aria-describedby="plan-weights-hint plan-weights-error">
                            <legend>{tr(Msg::PlanWeightsLegend)}</legend>
                            <p class="hint" id="plan-weights-hint">{tr(Msg::PlanHintWeights)}</p>
                            <div class="weights-grid">{weights}</div>
                            <p class="field-error" id="plan-weights-error" aria-live="polite">{weights_error}</p>
                        </fieldset>
                        {field("plan-custom", Msg::PlanFieldCustom, Msg::PlanHintCustom, form.custom,
                            PlanField::CustomPercents, false, hide(form.share, Pick::Custom, false), TEXT, None)}
                    </Section>
                    <Section id="plan-business-days" title=Msg::PlanBusinessDaysLegend values=summaries::business_days(form, i18n)
                        problem=days_problem>
                        <Select id="plan-roll" label=Msg::PlanFieldRoll value=form.roll options=ROLLS />
                        <Select id="plan-weekend" label=Msg::PlanFieldWeekend value=form.weekend options=WEEKENDS />
                        <div class="field">
                            <label for="plan-region">{tr(Msg::FieldRegion)}</label>
                            <select id="plan-region" on:change=move |ev| {
                                form.region.set(HolidayRegion::from_code(&event_target_value(&ev)));
                            }>
                                <option value="" selected=move || form.region.get().is_none()>{tr(Msg::RegionNone)}</option>
                                {regions}
                            </select>
                        </div>
                        {field("plan-holidays", Msg::PlanFieldHolidays, Msg::PlanHintHolidays, form.holidays,
                            PlanField::Calendar, true, never, Control::Text { inputmode: "text" }, Some(same_day))}
                    </Section>
                    <Section id="plan-cost" title=Msg::PlanCostLegend values=summaries::cost(form, i18n)
                        problem=problem_in(state, |f| matches!(f, PlanField::InterestRate | PlanField::SetupFee))>
                        <Choice name="plan-interest" legend=Msg::PlanInterestLabel value=form.interest
                            options=INTEREST_KINDS.to_vec() />
                        {field("plan-rate", Msg::PlanFieldRate, Msg::PlanHintRate, form.rate, PlanField::InterestRate, false,
                            hide(form.interest, Pick::NoInterest, true), TEXT, None)}
                        <div hidden=hide(form.interest, Pick::Amortised, false)>
                            <Select id="plan-day-count" label=Msg::PlanFieldDayCount value=form.day_count options=DAY_COUNTS />
                        </div>
                        {field("plan-setup-fee", Msg::PlanFieldSetupFee, Msg::PlanHintSetupFee, form.setup_fee, PlanField::SetupFee, true, never, TEXT, None)}
                    </Section>
                    <Section id="plan-missed" title=Msg::PlanMissedLegend values=summaries::missed(form, i18n)
                        problem=problem_in(state, |f| matches!(f, PlanField::GraceDays | PlanField::LateFeeFlat | PlanField::LateFeePct | PlanField::AccelerateAfter))>
                        {field("plan-grace", Msg::PlanFieldGrace, Msg::PlanHintGrace, form.grace_days, PlanField::GraceDays, true, never, TEXT, None)}
                        {field("plan-late-flat", Msg::PlanFieldLateFlat, Msg::PlanHintLateFlat, form.late_fee_flat, PlanField::LateFeeFlat, true, never, TEXT, None)}
                        {field("plan-late-pct", Msg::PlanFieldLatePct, Msg::PlanHintLatePct, form.late_fee_pct, PlanField::LateFeePct, true, never, TEXT, None)}
                        {field("plan-accelerate", Msg::PlanFieldAccelerate, Msg::PlanHintAccelerate, form.accelerate_after, PlanField::AccelerateAfter, true, never, TEXT, None)}
                    </Section>
                    <Section id="plan-compare" title=Msg::PlanCompareLegend values=summaries::compare(form, i18n)
                        problem=Signal::derive(move || state.outcome().with(|o| !o.compare_problems.is_empty()))>
                        <p class="hint">{tr(Msg::PlanHintCompareRows)}</p>
                        {compare_rows}
                    </Section>
                </form>
            </div>
        </section>
    }
}

/// A labelled `<select>` over a fixed list of values.
#[component]
fn Select<T>(
    id: &'static str,
    label: Msg,
    value: RwSignal<T>,
    options: &'static [(T, Msg)],
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let i18n = use_i18n();
    let on_change = move |ev| {
        let chosen = event_target_value(&ev)
            .parse::<usize>()
            .ok()
            .and_then(|i| options.get(i));
        if let Some((v, _)) = chosen {
            value.set(*v);
        }
    };
    view! {
        <div class="field">
            <label for=id>{move || i18n.t(label)}</label>
            <select id=id on:change=on_change>
                {options
                    .iter()
                    .enumerate()
                    .map(|(i, &(v, msg))| {
                        view! { <option value=i.to_string() selected=move || value.get() == v>{move || i18n.t(msg)}</option> }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
