//! The instalment plan's inputs as typed text, and the plan derived from them.
//!
//! Each field keeps exactly what the user typed; one `Memo` parses every field with the
//! engine's parsers, runs `tactful_engine::plan::build_plan` (and `compare` when asked),
//! and collects every problem next to the field it belongs to. Nothing here computes money.

use leptos::prelude::*;
use rust_decimal::Decimal;
use tactful_engine::amount::{
    parse_amount_or_zero, parse_number, AmountError, NumberError, NumberLocale,
};
use tactful_engine::calendar::{BusinessCalendar, Roll};
use tactful_engine::currency::{currency, Currency};
use tactful_engine::dates::{parse_date, DateParseError, Frequency};
use tactful_engine::holidays::HolidayRegion;
use tactful_engine::plan::{
    build_plan, compare, CompareError, DayCount, Distribution, DownPayment, Interest, MissedTerms,
    Plan, PlanErrorKind, PlanField, PlanInput, PlanSize, PlanSummary,
};

use crate::context::{FieldState, InvoiceState, Today};
use crate::i18n::{Lang, Msg};

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
}

/// The frequency picked; `days` is used for [`Pick::EveryNDays`].
pub fn frequency(pick: Pick, days: u16) -> Frequency {
    match pick {
        Pick::Weekly => Frequency::Weekly,
        Pick::Fortnightly => Frequency::Fortnightly,
        Pick::SemiMonthly1st15th => Frequency::SemiMonthly1st15th,
        Pick::SemiMonthly15thLast => Frequency::SemiMonthly15thLast,
        Pick::BiMonthly => Frequency::BiMonthly,
        Pick::Quarterly => Frequency::Quarterly,
        Pick::EveryNDays => Frequency::EveryNDays(days),
        _ => Frequency::Monthly,
    }
}

/// The day count picked.
pub fn day_count(pick: Pick) -> DayCount {
    match pick {
        Pick::Thirty360 => DayCount::Thirty360,
        Pick::Actual360 => DayCount::Actual360,
        _ => DayCount::Actual365,
    }
}

/// Why a field's value cannot be used.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// A money field the amount parser refused.
    Amount(AmountError),
    /// A plain number the parser refused.
    Number(NumberError),
    /// A date the parser refused.
    Date(DateParseError),
    /// Counts and days must be whole numbers.
    Whole,
    /// The engine's rule for this field.
    Rule(PlanErrorKind),
    /// More options to compare than the engine takes.
    CompareTooMany(usize),
    /// One compared option (its instalment count) breaks a rule of `field`.
    CompareOption(u32, PlanField, PlanErrorKind),
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
    pub compare: FieldState,
    /// The row number chosen in "what if this payment is missed", as the select's value.
    pub missed: RwSignal<String>,
}

/// The plan, or what stops it.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanOutcome {
    /// Problems, each with the field to show it next to.
    pub problems: Vec<(PlanField, Problem)>,
    /// The plan, when every field is usable.
    pub plan: Option<Plan>,
    /// What to say instead of the plan.
    pub notice: Msg,
    /// The comparison asked for: each option's count and summary, or what stops it.
    pub compare: Option<Result<Vec<(u32, PlanSummary)>, Problem>>,
    /// The currency amounts are read and written in.
    pub currency: &'static Currency,
}

impl PlanOutcome {
    /// The problem to show next to the input of `field`, with the field it is about.
    pub fn problem(&self, field: PlanField) -> Option<&(PlanField, Problem)> {
        self.problems.iter().find(|(f, _)| shown_at(*f) == field)
    }
}

/// The field whose input shows a problem of `field`: a single custom percentage shows at
/// the list of percentages.
pub fn shown_at(field: PlanField) -> PlanField {
    match field {
        PlanField::CustomPercent { .. } => PlanField::CustomPercents,
        other => other,
    }
}

/// Whether `field` has no input of its own in the form (its problems are listed with the
/// results instead).
pub fn has_no_input(field: PlanField) -> bool {
    use PlanField as F;
    matches!(
        field,
        F::Currency
            | F::DownPaymentDate
            | F::FirstPayment
            | F::Calendar
            | F::StartDate
            | F::SeasonalWeights
    )
}

/// Form plus derived plan, shared through context so the inputs survive a tool switch.
#[derive(Clone, Copy)]
pub struct PlanState {
    pub form: PlanForm,
    pub outcome: Memo<PlanOutcome>,
}

impl PlanState {
    /// Three equal monthly instalments of the invoice amount, England and Wales holidays,
    /// no interest, fees or down payment; the first due date left for the user.
    pub fn new(lang: RwSignal<Lang>, invoice: InvoiceState, today: Today) -> Self {
        let empty = || FieldState::new("");
        let form = PlanForm {
            source: RwSignal::new(Pick::InvoiceAmount),
            balance: empty(),
            down_kind: RwSignal::new(Pick::NoDownPayment),
            down_amount: empty(),
            down_percent: empty(),
            size_kind: RwSignal::new(Pick::ByCount),
            count: FieldState::new("3"),
            target: empty(),
            frequency: RwSignal::new(Pick::Monthly),
            every_days: FieldState::new("10"),
            first_due: empty(),
            region: RwSignal::new(Some(HolidayRegion::EnglandWales)),
            share: RwSignal::new(Pick::Equal),
            weights: std::array::from_fn(|_| FieldState::new("1")),
            custom: empty(),
            interest: RwSignal::new(Pick::NoInterest),
            rate: FieldState::new("8"),
            day_count: RwSignal::new(Pick::Actual365),
            setup_fee: empty(),
            grace_days: empty(),
            late_fee_flat: empty(),
            late_fee_pct: empty(),
            accelerate_after: empty(),
            compare: empty(),
            missed: RwSignal::new(String::from("1")),
        };
        let outcome = Memo::new(move |_| derive(&form, lang.get(), invoice, today));
        PlanState { form, outcome }
    }
}

/// Parses fields one by one, remembering every problem.
struct Reader {
    locale: NumberLocale,
    currency: &'static Currency,
    problems: Vec<(PlanField, Problem)>,
}

impl Reader {
    fn push(&mut self, field: PlanField, problem: Problem) {
        self.problems.push((field, problem));
    }

    fn text(state: FieldState) -> Option<String> {
        let text = state.value.get();
        (!text.trim().is_empty()).then_some(text)
    }

    fn money(&mut self, state: FieldState, field: PlanField) -> Decimal {
        parse_amount_or_zero(&state.value.get(), self.currency, self.locale).unwrap_or_else(|e| {
            self.push(field, Problem::Amount(e));
            Decimal::ZERO
        })
    }

    fn optional_money(&mut self, state: FieldState, field: PlanField) -> Option<Decimal> {
        Self::text(state).map(|_| self.money(state, field))
    }

    fn number_of(&mut self, text: &str, field: PlanField) -> Decimal {
        parse_number(text, self.locale).unwrap_or_else(|e| {
            self.push(field, Problem::Number(e));
            Decimal::ZERO
        })
    }

    fn number(&mut self, state: FieldState, field: PlanField) -> Decimal {
        self.number_of(&state.value.get(), field)
    }

    /// A whole number of 0 or more (large values saturate: the engine's limits speak).
    fn whole_of(&mut self, text: &str, field: PlanField) -> u32 {
        let value = self.number_of(text, field);
        if value.is_sign_negative() && !value.is_zero() {
            self.push(field, Problem::Rule(PlanErrorKind::MustNotBeNegative));
            0
        } else if !value.fract().is_zero() {
            self.push(field, Problem::Whole);
            0
        } else {
            u32::try_from(value.trunc()).unwrap_or(u32::MAX)
        }
    }

    fn whole(&mut self, state: FieldState, field: PlanField) -> u32 {
        self.whole_of(&state.value.get(), field)
    }

    /// An optional whole number: empty is 0.
    fn optional_whole(&mut self, state: FieldState, field: PlanField) -> u32 {
        Self::text(state).map_or(0, |text| self.whole_of(&text, field))
    }

    /// The pieces of a list such as `40, 30, 30` (`;` where `,` is the decimal separator).
    fn list(&self, text: &str) -> Vec<String> {
        let separator = if self.locale.number_format().decimal == ',' {
            ';'
        } else {
            ','
        };
        text.split(separator)
            .map(str::trim)
            .filter(|piece| !piece.is_empty())
            .map(str::to_owned)
            .collect()
    }
}

fn derive(form: &PlanForm, lang: Lang, invoice: InvoiceState, Today(today): Today) -> PlanOutcome {
    use PlanField as F;
    let parsed = invoice.parsed.get().ok();
    let code = invoice.form.currency.value.get();
    let mut r = Reader {
        locale: lang.number_locale(),
        currency: currency(&code)
            .or_else(|_| currency("GBP"))
            .unwrap_or(&tactful_engine::currency::all_currencies()[0]),
        problems: Vec::new(),
    };

    let balance = form.source.get() == Pick::RemainingBalance;
    let needs_invoice = !balance && parsed.is_none();
    let debt = match &parsed {
        _ if balance => r.money(form.balance, F::Debt),
        Some(inv) => inv.amount,
        None => Decimal::ZERO,
    };
    let down_payment = match form.down_kind.get() {
        Pick::DownAmount => Some(DownPayment::Amount(
            r.money(form.down_amount, F::DownPaymentAmount),
        )),
        Pick::DownPercent => Some(DownPayment::Percent(
            r.number(form.down_percent, F::DownPaymentPercent),
        )),
        _ => None,
    };
    let size = match form.size_kind.get() {
        Pick::ByTarget => PlanSize::TargetAmount(r.money(form.target, F::TargetAmount)),
        _ => PlanSize::Count(r.whole(form.count, F::InstallmentCount)),
    };
    let picked = form.frequency.get();
    let days = if picked == Pick::EveryNDays {
        let days = r.whole(form.every_days, F::Frequency);
        u16::try_from(days).unwrap_or_else(|_| {
            r.push(
                F::Frequency,
                Problem::Rule(PlanErrorKind::TooLarge {
                    max: Decimal::from(u16::MAX),
                }),
            );
            1
        })
    } else {
        0
    };
    let frequency = frequency(picked, days);
    let first_due_text = form.first_due.value.get();
    let first_due_missing = first_due_text.trim().is_empty();
    // A missing first due date stands in as today, so every other field is still checked.
    let first_due_date = if first_due_missing {
        today
    } else {
        parse_date(&first_due_text).unwrap_or_else(|e| {
            r.push(F::FirstDueDate, Problem::Date(e));
            today
        })
    };
    let distribution = match form.share.get() {
        Pick::Seasonal => {
            let mut weights = [Decimal::ZERO; 12];
            for (month, (weight, state)) in weights.iter_mut().zip(form.weights).enumerate() {
                let month = u32::try_from(month).unwrap_or(0) + 1;
                *weight = r.number(state, F::SeasonalWeight { month });
            }
            Distribution::Seasonal { weights }
        }
        Pick::Custom => {
            let text = form.custom.value.get();
            let pieces = r.list(&text);
            if pieces.is_empty() {
                r.push(F::CustomPercents, Problem::Number(NumberError::Empty));
            }
            let percents = pieces
                .iter()
                .map(|piece| r.number_of(piece, F::CustomPercents))
                .collect();
            Distribution::CustomPercent(percents)
        }
        _ => Distribution::Equal,
    };
    let interest = match form.interest.get() {
        Pick::Flat => Interest::Flat {
            annual_rate_pct: r.number(form.rate, F::InterestRate),
        },
        Pick::Amortised => Interest::Amortized {
            annual_rate_pct: r.number(form.rate, F::InterestRate),
            day_count: day_count(form.day_count.get()),
        },
        _ => Interest::None,
    };
    let setup_fee = r.optional_money(form.setup_fee, F::SetupFee);
    let missed_terms = MissedTerms {
        grace_days: r.optional_whole(form.grace_days, F::GraceDays),
        late_fee_flat: r
            .optional_money(form.late_fee_flat, F::LateFeeFlat)
            .unwrap_or_default(),
        late_fee_pct: Reader::text(form.late_fee_pct)
            .map(|text| r.number_of(&text, F::LateFeePct))
            .unwrap_or_default(),
        accelerate_after: Reader::text(form.accelerate_after)
            .map(|text| r.whole_of(&text, F::AccelerateAfter)),
    };

    let mut input = PlanInput::new(debt, r.currency.code, first_due_date, size);
    input.down_payment = down_payment;
    input.frequency = frequency;
    input.roll = Roll::Following;
    input.calendar = BusinessCalendar {
        region: form.region.get(),
        ..BusinessCalendar::default()
    };
    input.distribution = distribution;
    input.interest = interest;
    input.setup_fee = setup_fee;
    input.invoice_date = parsed.as_ref().and_then(|inv| inv.issue_date);
    input.missed_terms = missed_terms;

    let r_currency = r.currency;
    let mut problems = r.problems;
    let blocked = needs_invoice || first_due_missing;
    // The engine's rules run even while some field is unreadable, so every problem shows
    // at once; a rule about a field already flagged is not repeated.
    let plan = match build_plan(&input) {
        Ok(plan) if problems.is_empty() && !blocked => Some(plan),
        Ok(_) => None,
        Err(errors) => {
            for error in errors {
                let hidden = needs_invoice && error.field == F::Debt;
                if !hidden && !problems.iter().any(|(field, _)| *field == error.field) {
                    problems.push((error.field, Problem::Rule(error.kind)));
                }
            }
            None
        }
    };
    let notice = if needs_invoice {
        Msg::PlanNeedsInvoice
    } else if first_due_missing && problems.is_empty() {
        Msg::PlanNeedsFirstDue
    } else {
        Msg::PlanFix
    };
    let compare = plan
        .as_ref()
        .and_then(|_| Reader::text(form.compare))
        .map(|text| compare_options(&input, &text, lang.number_locale()));
    PlanOutcome {
        problems,
        plan,
        notice,
        compare,
        currency: r_currency,
    }
}

/// The plan of `input` with each instalment count typed in `text`, side by side.
fn compare_options(
    input: &PlanInput,
    text: &str,
    locale: NumberLocale,
) -> Result<Vec<(u32, PlanSummary)>, Problem> {
    let mut r = Reader {
        locale,
        currency: &tactful_engine::currency::all_currencies()[0],
        problems: Vec::new(),
    };
    let counts: Vec<u32> = r
        .list(text)
        .iter()
        .map(|piece| r.whole_of(piece, PlanField::InstallmentCount))
        .collect();
    if let Some((_, problem)) = r.problems.into_iter().next() {
        return Err(problem);
    }
    if counts.is_empty() {
        return Err(Problem::Number(NumberError::Empty));
    }
    let options: Vec<PlanInput> = counts
        .iter()
        .map(|&count| PlanInput {
            size: PlanSize::Count(count),
            ..input.clone()
        })
        .collect();
    match compare(&options) {
        Ok(summaries) => Ok(counts.into_iter().zip(summaries).collect()),
        Err(CompareError::TooManyOptions { max, .. }) => Err(Problem::CompareTooMany(max)),
        Err(CompareError::InvalidOptions(invalid)) => {
            let (position, errors) = invalid.into_iter().next().unwrap_or_default();
            let count = counts.get(position).copied().unwrap_or_default();
            Err(match errors.into_iter().next() {
                Some(error) => Problem::CompareOption(count, error.field, error.kind),
                None => Problem::Whole,
            })
        }
    }
}
