//! The instalment plan's inputs as typed text, and the plan derived from them.
//!
//! Each field keeps exactly what the user typed; one `Memo` parses every field with the
//! engine's parsers, runs `tactful_engine::plan::build_plan` (and `compare` when asked),
//! and collects every problem next to the field it belongs to. Nothing here computes money.

use chrono::NaiveDate;
use leptos::prelude::*;
use rust_decimal::Decimal;
use tactful_engine::amount::{
    parse_amount_or_zero, parse_number, AmountError, NumberError, NumberLocale,
};
use tactful_engine::calendar::{BusinessCalendar, Roll, Weekend};
use tactful_engine::currency::{currency, Currency};
use tactful_engine::dates::{parse_date, DateParseError, Frequency, ScheduleOptions};
use tactful_engine::holidays::HolidayRegion;
use tactful_engine::plan::{
    build_plan, compare, CompareError, DayCount, Distribution, DownPayment, Interest, MissedTerms,
    Plan, PlanErrorKind, PlanField, PlanInput, PlanSize, PlanSummary, MAX_COMPARE,
};

use crate::context::{FieldState, InvoiceState, Lazy, Today};
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

/// The roll convention picked.
pub fn roll(pick: Pick) -> Roll {
    match pick {
        Pick::RollModifiedFollowing => Roll::ModifiedFollowing,
        Pick::RollPreceding => Roll::Preceding,
        Pick::RollModifiedPreceding => Roll::ModifiedPreceding,
        Pick::RollNone => Roll::None,
        _ => Roll::Following,
    }
}

/// The weekend picked.
pub fn weekend(pick: Pick) -> Weekend {
    match pick {
        Pick::FriSat => Weekend::FriSat,
        Pick::SunOnly => Weekend::SunOnly,
        _ => Weekend::SatSun,
    }
}

/// The most extra closing days the form takes (the engine checks them one by one).
pub const MAX_EXTRA_HOLIDAYS: usize = 100;

/// One typed closing day that is not a date: where it is, what was typed, why.
#[derive(Clone, Debug, PartialEq)]
pub struct BadDate {
    /// Its position in the list, from 1.
    pub position: usize,
    /// What was typed there.
    pub text: String,
    /// Why it is not a date.
    pub error: DateParseError,
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
    /// One compared option (its instalment count) breaks a rule of `field`.
    CompareOption(u32, PlanField, PlanErrorKind),
    /// Extra closing days that are not dates.
    BadDates(Vec<BadDate>),
    /// More extra closing days than [`MAX_EXTRA_HOLIDAYS`].
    TooManyDates(usize),
}

/// One option of the comparison: a number of instalments at a frequency.
#[derive(Clone, Copy)]
pub struct CompareRow {
    pub count: FieldState,
    pub frequency: RwSignal<Pick>,
}

/// One compared option: its row (from 0), count, frequency and summary.
#[derive(Clone, Debug, PartialEq)]
pub struct Compared {
    pub row: usize,
    pub count: u32,
    pub frequency: Pick,
    pub summary: PlanSummary,
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

/// The plan, or what stops it.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanOutcome {
    /// Problems, each with the field to show it next to.
    pub problems: Vec<(PlanField, Problem)>,
    /// The plan, when every field is usable.
    pub plan: Option<Plan>,
    /// What to say instead of the plan.
    pub notice: Msg,
    /// The compared options (empty when none is asked for or one has a problem).
    pub compare: Vec<Compared>,
    /// Problems of compared options, by row (from 0).
    pub compare_problems: Vec<(usize, Problem)>,
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
            down_date: empty(),
            first_payment: empty(),
            month_end: RwSignal::new(Pick::SameDayNumber),
            roll: RwSignal::new(Pick::RollFollowing),
            weekend: RwSignal::new(Pick::SatSun),
            holidays: empty(),
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
            compare: std::array::from_fn(|_| CompareRow {
                count: empty(),
                frequency: RwSignal::new(Pick::Monthly),
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

    /// The plan derived from the form and the invoice (made when a view first asks).
    pub fn outcome(self) -> Memo<PlanOutcome> {
        let PlanState {
            form,
            lang,
            invoice,
            today,
            outcome,
        } = self;
        outcome.get_or_make(|| Memo::new(move |_| derive(&form, lang.get(), invoice, today)))
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
    // The down payment's date is read only while there is a down payment.
    let down_payment_date = match down_payment {
        Some(_) => Reader::text(form.down_date).and_then(|text| {
            parse_date(&text)
                .map_err(|e| r.push(F::DownPaymentDate, Problem::Date(e)))
                .ok()
        }),
        None => None,
    };
    let first_payment = r.optional_money(form.first_payment, F::FirstPayment);
    let extra_holidays = Reader::text(form.holidays)
        .map(|text| {
            parse_holidays(&text).unwrap_or_else(|problem| {
                r.push(F::Calendar, problem);
                Vec::new()
            })
        })
        .unwrap_or_default();
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
    input.down_payment_date = down_payment_date;
    input.first_payment = first_payment;
    input.frequency = frequency;
    input.schedule_options = ScheduleOptions {
        stick_to_month_end: form.month_end.get() == Pick::LastDayOfMonth,
    };
    input.roll = roll(form.roll.get());
    input.calendar = BusinessCalendar {
        weekend: weekend(form.weekend.get()),
        region: form.region.get(),
        extra_holidays,
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
    let (compare, compare_problems) = if plan.is_some() {
        compare_options(&input, &form.compare, lang.number_locale())
    } else {
        (Vec::new(), Vec::new())
    };
    PlanOutcome {
        problems,
        plan,
        notice,
        compare,
        compare_problems,
        currency: r_currency,
    }
}

/// The extra closing days typed in `text`, separated by commas, semicolons, spaces or
/// line breaks (a list pasted from a spreadsheet works). Every date that cannot be read is
/// reported with its position.
pub fn parse_holidays(text: &str) -> Result<Vec<NaiveDate>, Problem> {
    let mut dates = Vec::new();
    let mut bad = Vec::new();
    let pieces = text
        .split(|c: char| c == ',' || c == ';' || c.is_whitespace())
        .filter(|piece| !piece.is_empty());
    for (position, piece) in (1..).zip(pieces) {
        if position > MAX_EXTRA_HOLIDAYS {
            return Err(Problem::TooManyDates(MAX_EXTRA_HOLIDAYS));
        }
        match parse_date(piece) {
            Ok(date) => dates.push(date),
            Err(error) => bad.push(BadDate {
                position,
                text: piece.chars().take(40).collect(),
                error,
            }),
        }
    }
    if bad.is_empty() {
        Ok(dates)
    } else {
        Err(Problem::BadDates(bad))
    }
}

/// The plan of `input` with each filled-in row's count and frequency, side by side; or
/// the problems of the rows that cannot be worked out.
fn compare_options(
    input: &PlanInput,
    rows: &[CompareRow; MAX_COMPARE],
    locale: NumberLocale,
) -> (Vec<Compared>, Vec<(usize, Problem)>) {
    let mut r = Reader {
        locale,
        currency: &tactful_engine::currency::all_currencies()[0],
        problems: Vec::new(),
    };
    let mut asked = Vec::new();
    let mut problems = Vec::new();
    for (row, option) in rows.iter().enumerate() {
        let Some(text) = Reader::text(option.count) else {
            continue;
        };
        let count = r.whole_of(&text, PlanField::InstallmentCount);
        match r.problems.pop() {
            Some((_, problem)) => problems.push((row, problem)),
            None => asked.push((row, count, option.frequency.get())),
        }
    }
    if asked.is_empty() {
        return (Vec::new(), problems);
    }
    let options: Vec<PlanInput> = asked
        .iter()
        .map(|&(_, count, pick)| PlanInput {
            size: PlanSize::Count(count),
            frequency: frequency(pick, 0),
            ..input.clone()
        })
        .collect();
    match compare(&options) {
        Ok(_) if !problems.is_empty() => (Vec::new(), problems),
        Ok(summaries) => {
            let compared = asked
                .into_iter()
                .zip(summaries)
                .map(|((row, count, frequency), summary)| Compared {
                    row,
                    count,
                    frequency,
                    summary,
                })
                .collect();
            (compared, Vec::new())
        }
        Err(CompareError::TooManyOptions { .. }) => (Vec::new(), problems),
        Err(CompareError::InvalidOptions(invalid)) => {
            for (position, errors) in invalid {
                if let (Some(&(row, count, _)), Some(error)) =
                    (asked.get(position), errors.into_iter().next())
                {
                    problems.push((row, Problem::CompareOption(count, error.field, error.kind)));
                }
            }
            (Vec::new(), problems)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    #[test]
    fn closing_days_are_separated_by_commas_spaces_or_lines() {
        assert_eq!(
            parse_holidays("2027-12-24\n\n 2027-12-31 ; 2028-01-02,2028-01-03 2028-01-04\t"),
            Ok(vec![
                date(2027, 12, 24),
                date(2027, 12, 31),
                date(2028, 1, 2),
                date(2028, 1, 3),
                date(2028, 1, 4)
            ])
        );
        assert_eq!(parse_holidays("  \n ,"), Ok(Vec::new()));
    }

    #[test]
    fn every_bad_closing_day_is_reported_by_position() {
        assert_eq!(
            parse_holidays("2027-12-24, 2027-12-31\n31/02/2027, 2101-01-01"),
            Err(Problem::BadDates(vec![
                BadDate {
                    position: 3,
                    text: "31/02/2027".into(),
                    error: DateParseError::Invalid
                },
                BadDate {
                    position: 4,
                    text: "2101-01-01".into(),
                    error: DateParseError::OutOfRange
                },
            ]))
        );
    }

    #[test]
    fn too_many_closing_days_are_refused() {
        let many = vec!["2027-01-04"; MAX_EXTRA_HOLIDAYS + 1].join("\n");
        assert_eq!(
            parse_holidays(&many),
            Err(Problem::TooManyDates(MAX_EXTRA_HOLIDAYS))
        );
        let enough = vec!["2027-01-04"; MAX_EXTRA_HOLIDAYS].join(",");
        assert_eq!(
            parse_holidays(&enough).map(|d| d.len()),
            Ok(MAX_EXTRA_HOLIDAYS)
        );
    }
}
