//! The instalment plan's form as typed, read into a [`PlanInput`] and worked out.
//!
//! [`PlanDraft`] holds every field exactly as typed (text) or chosen; [`evaluate_plan`] reads
//! each field with the engine's parsers in the conventions of a [`NumberLocale`], runs
//! [`build_plan`] (and [`compare`] when options are asked for), and collects every problem
//! next to the field it belongs to. The app's plan view keeps one `Memo` over it; the
//! JavaScript API reads JSON into the same [`PlanInput`] and runs the same [`build_plan`].
//!
//! The engine's rules run even while some field is unreadable (an unreadable field stands
//! in as zero or today), so every problem shows at once; a rule about a field already
//! flagged is not repeated.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::{
    build_plan, compare, CompareError, DayCount, Distribution, DownPayment, Interest, MissedTerms,
    Plan, PlanErrorKind, PlanField, PlanInput, PlanSize, PlanSummary,
};
use crate::amount::{parse_amount_or_zero, parse_number, AmountError, NumberError, NumberLocale};
use crate::calendar::{BusinessCalendar, Roll, Weekend};
use crate::currency::{currency, Currency};
use crate::dates::{parse_date, DateParseError, Frequency, ScheduleOptions};
use crate::holidays::HolidayRegion;
use crate::invoice::Invoice;
use crate::limits::{MAX_COMPARE, MAX_EXTRA_HOLIDAYS, MAX_INTERVAL_DAYS};

/// What the plan spreads: the invoice's amount, or a remaining balance typed in the form.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DebtSource {
    /// The shared invoice's amount.
    #[default]
    Invoice,
    /// [`PlanDraft::balance`].
    Balance,
}

/// How the down payment is given, if there is one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DownPaymentKind {
    /// No down payment.
    #[default]
    None,
    /// [`PlanDraft::down_amount`].
    Amount,
    /// [`PlanDraft::down_percent`].
    Percent,
}

/// How the plan's size is given.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SizeKind {
    /// A number of instalments, [`PlanDraft::count`].
    #[default]
    Count,
    /// The amount of each instalment, [`PlanDraft::target`].
    Target,
}

/// The frequency chosen; "every N days" takes its days from [`PlanDraft::every_days`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FrequencyKind {
    /// Every 7 days.
    Weekly,
    /// Every 14 days.
    Fortnightly,
    /// On the 1st and the 15th.
    #[serde(rename = "semi_monthly_1st_15th")]
    SemiMonthly1st15th,
    /// On the 15th and the month's last day.
    #[serde(rename = "semi_monthly_15th_last")]
    SemiMonthly15thLast,
    /// Every month.
    #[default]
    Monthly,
    /// Every two months.
    BiMonthly,
    /// Every three months.
    Quarterly,
    /// Every N days.
    EveryNDays,
}

impl FrequencyKind {
    /// The engine's frequency; `days` is used for [`FrequencyKind::EveryNDays`].
    ///
    /// ```
    /// use tactful_engine::dates::Frequency;
    /// use tactful_engine::plan::FrequencyKind;
    ///
    /// assert_eq!(FrequencyKind::EveryNDays.frequency(10), Frequency::EveryNDays(10));
    /// assert_eq!(FrequencyKind::Monthly.frequency(10), Frequency::Monthly);
    /// ```
    pub fn frequency(self, days: u16) -> Frequency {
        match self {
            FrequencyKind::Weekly => Frequency::Weekly,
            FrequencyKind::Fortnightly => Frequency::Fortnightly,
            FrequencyKind::SemiMonthly1st15th => Frequency::SemiMonthly1st15th,
            FrequencyKind::SemiMonthly15thLast => Frequency::SemiMonthly15thLast,
            FrequencyKind::Monthly => Frequency::Monthly,
            FrequencyKind::BiMonthly => Frequency::BiMonthly,
            FrequencyKind::Quarterly => Frequency::Quarterly,
            FrequencyKind::EveryNDays => Frequency::EveryNDays(days),
        }
    }
}

/// How the amount is shared between instalments.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ShareKind {
    /// Equal instalments.
    #[default]
    Equal,
    /// By month, with [`PlanDraft::weights`].
    Seasonal,
    /// By the percentages typed in [`PlanDraft::custom`].
    Custom,
}

/// The interest chosen; the rate is [`PlanDraft::rate`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InterestKind {
    /// No interest.
    #[default]
    None,
    /// Flat interest on the amount financed.
    Flat,
    /// Amortised interest on the declining balance, with [`PlanDraft::day_count`].
    Amortized,
}

/// One option of the comparison: a number of instalments (empty: not asked for) at a
/// frequency.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CompareDraft {
    /// The number of instalments as typed.
    pub count: String,
    /// The frequency (every N days is not offered for comparison).
    pub frequency: FrequencyKind,
}

/// Every field of the plan form, exactly as typed or chosen. The defaults are the app's:
/// three equal monthly instalments of the invoice amount, following business days of a
/// Saturday–Sunday week with England and Wales holidays, no interest, fees or down payment,
/// the first due date left for the user.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PlanDraft {
    /// What the plan spreads.
    pub source: DebtSource,
    /// The remaining balance, as typed (with [`DebtSource::Balance`]).
    pub balance: String,
    /// The down payment's form.
    pub down_payment: DownPaymentKind,
    /// The down payment amount, as typed.
    pub down_amount: String,
    /// The down payment percentage, as typed.
    pub down_percent: String,
    /// How the size is given.
    pub size: SizeKind,
    /// The number of instalments, as typed.
    pub count: String,
    /// The amount of each instalment, as typed.
    pub target: String,
    /// The frequency.
    pub frequency: FrequencyKind,
    /// The days of "every N days", as typed.
    pub every_days: String,
    /// The first due date, `YYYY-MM-DD` (empty: not chosen yet).
    pub first_due: String,
    /// When the down payment is due (empty: with instalment 1).
    pub down_date: String,
    /// An optional fixed amount for instalment 1, as typed.
    pub first_payment: String,
    /// Month-end anchors stay on month ends.
    pub stick_to_month_end: bool,
    /// What a due date on a day off becomes.
    pub roll: Roll,
    /// Which days are the weekend.
    pub weekend: Weekend,
    /// Extra closing days, separated by commas, semicolons, spaces or lines.
    pub holidays: String,
    /// Whose public holidays are days off.
    pub region: Option<HolidayRegion>,
    /// How the amount is shared.
    pub share: ShareKind,
    /// The seasonal weights, January first, as typed.
    pub weights: [String; 12],
    /// Custom percentages, as typed (`40, 30, 30`; `;` where `,` is the decimal
    /// separator).
    pub custom: String,
    /// The interest.
    pub interest: InterestKind,
    /// The annual rate in percent, as typed.
    pub rate: String,
    /// The day count of amortised interest.
    pub day_count: DayCount,
    /// A set-up fee, as typed.
    pub setup_fee: String,
    /// Grace days before a payment counts as missed, as typed.
    pub grace_days: String,
    /// A fixed late fee, as typed.
    pub late_fee_flat: String,
    /// A late fee in percent, as typed.
    pub late_fee_pct: String,
    /// Missed instalments in a row before the balance is due, as typed.
    pub accelerate_after: String,
    /// Up to three options to compare.
    pub compare: [CompareDraft; MAX_COMPARE],
}

impl Default for PlanDraft {
    fn default() -> Self {
        PlanDraft {
            source: DebtSource::Invoice,
            balance: String::new(),
            down_payment: DownPaymentKind::None,
            down_amount: String::new(),
            down_percent: String::new(),
            size: SizeKind::Count,
            count: "3".to_owned(),
            target: String::new(),
            frequency: FrequencyKind::Monthly,
            every_days: "10".to_owned(),
            first_due: String::new(),
            down_date: String::new(),
            first_payment: String::new(),
            stick_to_month_end: false,
            roll: Roll::Following,
            weekend: Weekend::SatSun,
            holidays: String::new(),
            region: Some(HolidayRegion::EnglandWales),
            share: ShareKind::Equal,
            weights: std::array::from_fn(|_| "1".to_owned()),
            custom: String::new(),
            interest: InterestKind::None,
            rate: "8".to_owned(),
            day_count: DayCount::Actual365,
            setup_fee: String::new(),
            grace_days: String::new(),
            late_fee_flat: String::new(),
            late_fee_pct: String::new(),
            accelerate_after: String::new(),
            compare: Default::default(),
        }
    }
}

/// One typed closing day that is not a date: where it is, what was typed, why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct BadDate {
    /// Its position in the list, from 1.
    pub position: usize,
    /// What was typed there (at most 40 characters).
    pub text: String,
    /// Why it is not a date.
    pub error: DateParseError,
}

/// Why a field's value cannot be used.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PlanProblem {
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
}

/// What to say instead of a plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PlanNotice {
    /// The plan spreads the invoice amount, and the invoice is not complete.
    NeedsInvoice,
    /// Every field is fine but the first due date is not chosen yet.
    NeedsFirstDue,
    /// Some field needs fixing.
    Fix,
}

/// One compared option: its row (from 0), count, frequency and summary.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Compared {
    /// The row of the form, from 0.
    pub row: usize,
    /// The number of instalments.
    pub count: u32,
    /// The frequency.
    pub frequency: FrequencyKind,
    /// The option's figures.
    pub summary: PlanSummary,
}

/// What the plan form gives: the plan, or what stops it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanOutcome {
    /// Problems, each with the field to show it next to.
    pub problems: Vec<(PlanField, PlanProblem)>,
    /// The plan, when every field is usable.
    pub plan: Option<Plan>,
    /// What to say instead of the plan.
    pub notice: PlanNotice,
    /// The compared options (empty when none is asked for or one has a problem).
    pub compare: Vec<Compared>,
    /// Problems of compared options, by row (from 0).
    pub compare_problems: Vec<(usize, PlanProblem)>,
    /// The currency amounts are read and written in.
    pub currency: &'static Currency,
    /// The input the plan was built from (also when some field had a problem: unreadable
    /// fields stand in as zero or today).
    pub input: PlanInput,
}

impl PlanOutcome {
    /// The problem to show next to the input of `field`, with the field it is about (a
    /// single custom percentage shows at the list of percentages).
    pub fn problem(&self, field: PlanField) -> Option<&(PlanField, PlanProblem)> {
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

/// What the plan needs besides its own fields.
#[derive(Clone, Copy, Debug)]
pub struct PlanContext<'a> {
    /// The shared invoice, when it is complete.
    pub invoice: Option<&'a Invoice>,
    /// The invoice's currency code as typed: amounts are read in it even while the invoice
    /// is incomplete (GBP when it is not a known code).
    pub currency_code: &'a str,
    /// The conventions the numbers are typed in.
    pub locale: NumberLocale,
    /// Today: stands in for a first due date not chosen yet, so every other field is
    /// still checked.
    pub today: NaiveDate,
}

/// Reads every field of `draft`, builds the plan and the compared options.
///
/// ```
/// use chrono::NaiveDate;
/// use tactful_engine::amount::NumberLocale;
/// use tactful_engine::plan::{evaluate_plan, PlanContext, PlanDraft, PlanField, PlanNotice, PlanProblem, DebtSource};
///
/// let today = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
/// let ctx = PlanContext { invoice: None, currency_code: "EUR", locale: NumberLocale::De, today };
/// let mut draft = PlanDraft { source: DebtSource::Balance, balance: "1.200,00".into(), ..PlanDraft::default() };
/// draft.first_due = "2027-01-15".into();
/// let outcome = evaluate_plan(&draft, &ctx);
/// let plan = outcome.plan.unwrap();
/// assert_eq!(plan.rows.len(), 3);
/// assert_eq!(plan.rows[0].amount.to_string(), "400.00");
///
/// draft.count = "2,5".into();
/// let outcome = evaluate_plan(&draft, &ctx);
/// assert_eq!(outcome.problems, [(PlanField::InstallmentCount, PlanProblem::Whole)]);
/// assert_eq!(outcome.notice, PlanNotice::Fix);
/// ```
pub fn evaluate_plan(draft: &PlanDraft, ctx: &PlanContext<'_>) -> PlanOutcome {
    use PlanField as F;
    let mut r = Reader {
        locale: ctx.locale,
        currency: currency(ctx.currency_code)
            .or_else(|_| currency("GBP"))
            .unwrap_or(&crate::currency::all_currencies()[0]),
        problems: Vec::new(),
    };

    let balance = draft.source == DebtSource::Balance;
    let needs_invoice = !balance && ctx.invoice.is_none();
    let debt = match ctx.invoice {
        _ if balance => r.money(&draft.balance, F::Debt),
        Some(inv) => inv.amount,
        None => Decimal::ZERO,
    };
    let down_payment = match draft.down_payment {
        DownPaymentKind::Amount => Some(DownPayment::Amount(
            r.money(&draft.down_amount, F::DownPaymentAmount),
        )),
        DownPaymentKind::Percent => Some(DownPayment::Percent(
            r.number(&draft.down_percent, F::DownPaymentPercent),
        )),
        DownPaymentKind::None => None,
    };
    let size = match draft.size {
        SizeKind::Target => PlanSize::TargetAmount(r.money(&draft.target, F::TargetAmount)),
        SizeKind::Count => PlanSize::Count(r.whole(&draft.count, F::InstallmentCount)),
    };
    let days = if draft.frequency == FrequencyKind::EveryNDays {
        let days = r.whole(&draft.every_days, F::Frequency);
        u16::try_from(days).unwrap_or_else(|_| {
            r.push(
                F::Frequency,
                PlanProblem::Rule(PlanErrorKind::TooLarge {
                    max: Decimal::from(MAX_INTERVAL_DAYS),
                }),
            );
            1
        })
    } else {
        0
    };
    let frequency = draft.frequency.frequency(days);
    let first_due_missing = draft.first_due.trim().is_empty();
    let first_due_date = if first_due_missing {
        ctx.today
    } else {
        parse_date(&draft.first_due).unwrap_or_else(|e| {
            r.push(F::FirstDueDate, PlanProblem::Date(e));
            ctx.today
        })
    };
    // The down payment's date is read only while there is a down payment.
    let down_payment_date = match down_payment {
        Some(_) if !draft.down_date.trim().is_empty() => parse_date(&draft.down_date)
            .map_err(|e| r.push(F::DownPaymentDate, PlanProblem::Date(e)))
            .ok(),
        _ => None,
    };
    let first_payment = r.optional_money(&draft.first_payment, F::FirstPayment);
    let extra_holidays = if draft.holidays.trim().is_empty() {
        Vec::new()
    } else {
        parse_holidays(&draft.holidays).unwrap_or_else(|problem| {
            r.push(F::Calendar, problem);
            Vec::new()
        })
    };
    let distribution = match draft.share {
        ShareKind::Seasonal => {
            let mut weights = [Decimal::ZERO; 12];
            for (month, (weight, text)) in (1u32..).zip(weights.iter_mut().zip(&draft.weights)) {
                *weight = r.number(text, F::SeasonalWeight { month });
            }
            Distribution::Seasonal { weights }
        }
        ShareKind::Custom => {
            let pieces = r.list(&draft.custom);
            if pieces.is_empty() {
                r.push(F::CustomPercents, PlanProblem::Number(NumberError::Empty));
            }
            let percents = pieces
                .iter()
                .map(|piece| r.number(piece, F::CustomPercents))
                .collect();
            Distribution::CustomPercent(percents)
        }
        ShareKind::Equal => Distribution::Equal,
    };
    let interest = match draft.interest {
        InterestKind::Flat => Interest::Flat {
            annual_rate_pct: r.number(&draft.rate, F::InterestRate),
        },
        InterestKind::Amortized => Interest::Amortized {
            annual_rate_pct: r.number(&draft.rate, F::InterestRate),
            day_count: draft.day_count,
        },
        InterestKind::None => Interest::None,
    };
    let setup_fee = r.optional_money(&draft.setup_fee, F::SetupFee);
    let missed_terms = MissedTerms {
        grace_days: r.optional_whole(&draft.grace_days, F::GraceDays),
        late_fee_flat: r
            .optional_money(&draft.late_fee_flat, F::LateFeeFlat)
            .unwrap_or_default(),
        late_fee_pct: if draft.late_fee_pct.trim().is_empty() {
            Decimal::ZERO
        } else {
            r.number(&draft.late_fee_pct, F::LateFeePct)
        },
        accelerate_after: (!draft.accelerate_after.trim().is_empty())
            .then(|| r.whole(&draft.accelerate_after, F::AccelerateAfter)),
    };

    let mut input = PlanInput::new(debt, r.currency.code, first_due_date, size);
    input.down_payment = down_payment;
    input.down_payment_date = down_payment_date;
    input.first_payment = first_payment;
    input.frequency = frequency;
    input.schedule_options = ScheduleOptions {
        stick_to_month_end: draft.stick_to_month_end,
    };
    input.roll = draft.roll;
    input.calendar = BusinessCalendar {
        weekend: draft.weekend,
        region: draft.region,
        extra_holidays,
    };
    input.distribution = distribution;
    input.interest = interest;
    input.setup_fee = setup_fee;
    input.invoice_date = ctx.invoice.and_then(|inv| inv.issue_date);
    input.missed_terms = missed_terms;

    let currency = r.currency;
    let mut problems = r.problems;
    let blocked = needs_invoice || first_due_missing;
    let plan = match build_plan(&input) {
        Ok(plan) if problems.is_empty() && !blocked => Some(plan),
        Ok(_) => None,
        Err(errors) => {
            for error in errors {
                let hidden = needs_invoice && error.field == F::Debt;
                if !hidden && !problems.iter().any(|(field, _)| *field == error.field) {
                    problems.push((error.field, PlanProblem::Rule(error.kind)));
                }
            }
            None
        }
    };
    let notice = if needs_invoice {
        PlanNotice::NeedsInvoice
    } else if first_due_missing && problems.is_empty() {
        PlanNotice::NeedsFirstDue
    } else {
        PlanNotice::Fix
    };
    let (compare, compare_problems) = if plan.is_some() {
        compare_options(&input, &draft.compare, ctx.locale)
    } else {
        (Vec::new(), Vec::new())
    };
    PlanOutcome {
        problems,
        plan,
        notice,
        compare,
        compare_problems,
        currency,
        input,
    }
}

/// Parses fields one by one, remembering every problem.
struct Reader {
    locale: NumberLocale,
    currency: &'static Currency,
    problems: Vec<(PlanField, PlanProblem)>,
}

impl Reader {
    fn push(&mut self, field: PlanField, problem: PlanProblem) {
        self.problems.push((field, problem));
    }

    fn money(&mut self, text: &str, field: PlanField) -> Decimal {
        parse_amount_or_zero(text, self.currency, self.locale).unwrap_or_else(|e| {
            self.push(field, PlanProblem::Amount(e));
            Decimal::ZERO
        })
    }

    fn optional_money(&mut self, text: &str, field: PlanField) -> Option<Decimal> {
        (!text.trim().is_empty()).then(|| self.money(text, field))
    }

    fn number(&mut self, text: &str, field: PlanField) -> Decimal {
        parse_number(text, self.locale).unwrap_or_else(|e| {
            self.push(field, PlanProblem::Number(e));
            Decimal::ZERO
        })
    }

    /// A whole number of 0 or more (large values saturate: the engine's limits speak).
    fn whole(&mut self, text: &str, field: PlanField) -> u32 {
        let value = self.number(text, field);
        if value.is_sign_negative() && !value.is_zero() {
            self.push(field, PlanProblem::Rule(PlanErrorKind::MustNotBeNegative));
            0
        } else if !value.fract().is_zero() {
            self.push(field, PlanProblem::Whole);
            0
        } else {
            u32::try_from(value.trunc()).unwrap_or(u32::MAX)
        }
    }

    /// An optional whole number: empty is 0.
    fn optional_whole(&mut self, text: &str, field: PlanField) -> u32 {
        if text.trim().is_empty() {
            0
        } else {
            self.whole(text, field)
        }
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

/// The extra closing days typed in `text`, separated by commas, semicolons, spaces or
/// line breaks (a list pasted from a spreadsheet works).
///
/// # Errors
/// Every date that cannot be read, with its position ([`PlanProblem::BadDates`]); more
/// than [`MAX_EXTRA_HOLIDAYS`] dates ([`PlanErrorKind::TooManyDates`]).
///
/// ```
/// use tactful_engine::plan::parse_holidays;
///
/// assert_eq!(parse_holidays("2027-12-24\n 2027-12-31 ; 2028-01-03").unwrap().len(), 3);
/// assert!(parse_holidays("2027-12-24, 31/12/2027").is_err());
/// ```
pub fn parse_holidays(text: &str) -> Result<Vec<NaiveDate>, PlanProblem> {
    let mut dates = Vec::new();
    let mut bad = Vec::new();
    let pieces = text
        .split(|c: char| c == ',' || c == ';' || c.is_whitespace())
        .filter(|piece| !piece.is_empty());
    for (position, piece) in (1..).zip(pieces) {
        if position > MAX_EXTRA_HOLIDAYS {
            return Err(PlanProblem::Rule(PlanErrorKind::TooManyDates {
                max: MAX_EXTRA_HOLIDAYS,
            }));
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
        Err(PlanProblem::BadDates(bad))
    }
}

/// The plan of `input` with each filled-in row's count and frequency, side by side; or
/// the problems of the rows that cannot be worked out.
fn compare_options(
    input: &PlanInput,
    rows: &[CompareDraft; MAX_COMPARE],
    locale: NumberLocale,
) -> (Vec<Compared>, Vec<(usize, PlanProblem)>) {
    let mut r = Reader {
        locale,
        currency: &crate::currency::all_currencies()[0],
        problems: Vec::new(),
    };
    let mut asked = Vec::new();
    let mut problems = Vec::new();
    for (row, option) in rows.iter().enumerate() {
        if option.count.trim().is_empty() {
            continue;
        }
        let count = r.whole(&option.count, PlanField::InstallmentCount);
        match r.problems.pop() {
            Some((_, problem)) => problems.push((row, problem)),
            None => asked.push((row, count, option.frequency)),
        }
    }
    if asked.is_empty() {
        return (Vec::new(), problems);
    }
    let options: Vec<PlanInput> = asked
        .iter()
        .map(|&(_, count, frequency)| PlanInput {
            size: PlanSize::Count(count),
            frequency: frequency.frequency(0),
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
                    problems.push((
                        row,
                        PlanProblem::CompareOption(count, error.field, error.kind),
                    ));
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
            Err(PlanProblem::BadDates(vec![
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
    fn too_many_closing_days_are_refused_with_the_limit_of_the_table() {
        let many = vec!["2027-01-04"; MAX_EXTRA_HOLIDAYS + 1].join("\n");
        assert_eq!(
            parse_holidays(&many),
            Err(PlanProblem::Rule(PlanErrorKind::TooManyDates {
                max: MAX_EXTRA_HOLIDAYS
            }))
        );
        let enough = vec!["2027-01-04"; MAX_EXTRA_HOLIDAYS].join(",");
        assert_eq!(
            parse_holidays(&enough).map(|d| d.len()),
            Ok(MAX_EXTRA_HOLIDAYS)
        );
    }

    fn ctx(today: NaiveDate) -> PlanContext<'static> {
        PlanContext {
            invoice: None,
            currency_code: "GBP",
            locale: NumberLocale::EnGb,
            today,
        }
    }

    #[test]
    fn without_the_invoice_the_plan_asks_for_it_and_checks_the_rest() {
        let mut draft = PlanDraft {
            first_due: "2027-01-15".into(),
            ..PlanDraft::default()
        };
        draft.count = "0".into();
        let outcome = evaluate_plan(&draft, &ctx(date(2026, 12, 7)));
        assert_eq!(outcome.notice, PlanNotice::NeedsInvoice);
        assert_eq!(
            outcome.problems,
            [(
                PlanField::InstallmentCount,
                PlanProblem::Rule(PlanErrorKind::ZeroInstallments)
            )]
        );
    }

    #[test]
    fn a_missing_first_due_date_asks_for_it_once_everything_else_is_fine() {
        let draft = PlanDraft {
            source: DebtSource::Balance,
            balance: "900".into(),
            ..PlanDraft::default()
        };
        let outcome = evaluate_plan(&draft, &ctx(date(2026, 12, 7)));
        assert_eq!(outcome.notice, PlanNotice::NeedsFirstDue);
        assert!(outcome.problems.is_empty() && outcome.plan.is_none());
    }

    #[test]
    fn compared_options_are_worked_out_by_row() {
        let mut draft = PlanDraft {
            source: DebtSource::Balance,
            balance: "1200".into(),
            first_due: "2027-01-15".into(),
            ..PlanDraft::default()
        };
        draft.compare[1] = CompareDraft {
            count: "6".into(),
            frequency: FrequencyKind::Fortnightly,
        };
        draft.compare[2] = CompareDraft {
            count: "x".into(),
            frequency: FrequencyKind::Monthly,
        };
        let outcome = evaluate_plan(&draft, &ctx(date(2026, 12, 7)));
        assert!(outcome.compare.is_empty());
        assert_eq!(
            outcome.compare_problems,
            [(2, PlanProblem::Number(NumberError::NotANumber))]
        );
        draft.compare[2].count = String::new();
        let outcome = evaluate_plan(&draft, &ctx(date(2026, 12, 7)));
        assert_eq!(outcome.compare.len(), 1);
        assert_eq!((outcome.compare[0].row, outcome.compare[0].count), (1, 6));
        assert_eq!(
            outcome.compare[0].summary.regular_installment.to_string(),
            "200.00"
        );
    }
}
