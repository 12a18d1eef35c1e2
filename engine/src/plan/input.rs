//! What a plan is made from: [`PlanInput`] and its parts, all plain, already-parsed data.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::calendar::{BusinessCalendar, Roll};
use crate::dates::{days_between, Frequency, ScheduleOptions};

/// A down payment paid before (or with) the first installment, shown as row 0.
///
/// - `Amount(a)`: `0 ≤ a <` debt, in the debt's currency, whole minor units.
/// - `Percent(p)`: `0 ≤ p < 100`, a percentage of the debt; the amount is
///   `debt × p / 100` rounded half-up to the minor unit and must stay below the debt.
///
/// A down payment of zero (or one that rounds to zero) is no down payment: there is no
/// row 0.
///
/// Serialized with an adjacent tag: `{"kind": "amount", "value": "250.00"}`,
/// `{"kind": "percent", "value": "10"}`.
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::plan::DownPayment;
///
/// let ten_percent = DownPayment::Percent(dec!(10));
/// assert_ne!(ten_percent, DownPayment::Amount(dec!(10)));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum DownPayment {
    /// An amount in the debt's currency, `0 ≤ a <` debt.
    Amount(Decimal),
    /// A percentage of the debt, `0 ≤ p < 100`.
    Percent(Decimal),
}

/// How many installments, directly or through the amount of each.
///
/// - `Count(n)`: `1 ≤ n ≤` [`MAX_INSTALLMENTS`](super::MAX_INSTALLMENTS) installments
///   (not counting the down payment). With [`Distribution::Seasonal`], `n` counts the
///   installments that pay something (see there). With [`Distribution::CustomPercent`] it
///   must equal the number of percentages.
/// - `TargetAmount(a)`: every installment is `a` (principal and interest, the set-up fee
///   comes on top of the first) except the last, which is what is left; the count follows:
///   `ceil(amount to repay / a)` without interest, the smallest count that repays
///   everything with interest. Only with [`Distribution::Equal`]. When the last
///   installment is below 25 % of `a` the plan carries a
///   [`PlanWarning::TinyLastInstallment`](super::PlanWarning::TinyLastInstallment).
///
/// Serialized with an adjacent tag: `{"kind": "count", "value": 6}`,
/// `{"kind": "target_amount", "value": "500.00"}`.
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::plan::PlanSize;
///
/// let six = PlanSize::Count(6);
/// let five_hundred_each = PlanSize::TargetAmount(dec!(500));
/// assert_ne!(six, five_hundred_each);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum PlanSize {
    /// A number of installments, `1..=600`.
    Count(u32),
    /// The amount of each installment but the last; the count follows.
    TargetAmount(Decimal),
}

/// How the amount to repay is shared between installments.
///
/// - `Equal`: as equal as whole minor units allow; the pennies that do not divide go on
///   the last installment (`1000.00` in 3 → `333.33, 333.33, 333.34`).
/// - `Seasonal { weights }`: one weight per calendar month (`weights[0]` is January), for
///   businesses whose cash comes in seasons (a ski school pays in winter). An installment
///   gets a share proportional to the weight of the month of its (rolled) due date.
///   **Installments whose due date falls in a month of weight 0 are dropped**: the
///   schedule keeps stepping at its frequency, skips those dates, and the count (of
///   [`PlanSize::Count`]) is the number of installments that pay. So a monthly plan of 4
///   from 15 March with April–November at 0 is due 15 March, 15 December, 15 January and
///   15 February. Weights need not sum to anything; they must not be negative, not exceed
///   [`MAX_WEIGHT`](super::MAX_WEIGHT), and not all be 0. A schedule that never reaches
///   a weighted month (bi-monthly on odd months with weights only on even ones) is
///   refused with [`PlanErrorKind::TooFewPayingDates`](super::PlanErrorKind::TooFewPayingDates)
///   after looking through 10,000 dates.
/// - `CustomPercent(p)`: one percentage per installment, each `0 < p ≤ 100`, summing to
///   exactly 100 (the error carries the actual sum). The number of percentages is the
///   number of installments.
///
/// With amortized interest the weights shape the installments instead (see the
/// [module documentation](super)).
///
/// Serialized with an adjacent tag: `{"kind": "equal"}`,
/// `{"kind": "seasonal", "value": {"weights": ["1", …]}}`,
/// `{"kind": "custom_percent", "value": ["50", "30", "20"]}`.
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::plan::Distribution;
///
/// // Nothing due from April to November.
/// let mut weights = [dec!(0); 12];
/// for month in [0, 1, 2, 11] {
///     weights[month] = dec!(1);
/// }
/// let ski_school = Distribution::Seasonal { weights };
/// let half_now = Distribution::CustomPercent(vec![dec!(50), dec!(25), dec!(25)]);
/// assert_ne!(ski_school, half_now);
/// assert_eq!(Distribution::default(), Distribution::Equal);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Distribution {
    /// Equal installments; the last absorbs the pennies.
    #[default]
    Equal,
    /// A weight per calendar month of the due date; months of weight 0 are skipped.
    Seasonal {
        /// January to December.
        weights: [Decimal; 12],
    },
    /// One percentage per installment, summing to exactly 100.
    CustomPercent(Vec<Decimal>),
}

/// How interest accrues between two dates of an amortized plan.
///
/// The year fraction between `from` and `to` is `days / basis`:
///
/// | day count | days | basis |
/// |---|---|---|
/// | `Actual365` (default) | actual calendar days | 365 (also in leap years: "Actual/365 Fixed") |
/// | `Actual360` | actual calendar days | 360 |
/// | `Thirty360` | `360·(y2−y1) + 30·(m2−m1) + (d2−d1)` with `d1 = 30` when `d1 = 31`, and `d2 = 30` when `d2 = 31` and `d1 ≥ 30` (30/360 bond basis, ISDA 2006 §4.16(f)) | 360 |
///
/// Serialized as `"actual365"`, `"thirty360"`, `"actual360"`.
///
/// ```
/// use chrono::NaiveDate;
/// use tactful_engine::plan::DayCount;
///
/// let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// assert_eq!(DayCount::default(), DayCount::Actual365);
/// // 31 January to 29 February 2024: 29 actual days; 29 in 30/360 (the 31st counts as 30).
/// assert_eq!(DayCount::Actual365.days(date(2024, 1, 31), date(2024, 2, 29)), 29);
/// assert_eq!(DayCount::Thirty360.days(date(2024, 1, 31), date(2024, 2, 29)), 29);
/// // Any whole month between 15ths is 30 days in 30/360.
/// assert_eq!(DayCount::Thirty360.days(date(2024, 2, 15), date(2024, 3, 15)), 30);
/// assert_eq!(DayCount::Actual360.basis(), 360);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DayCount {
    /// Actual days over a 365-day year (the default).
    #[default]
    Actual365,
    /// 30/360 bond basis: every month counts 30 days, the year 360.
    Thirty360,
    /// Actual days over a 360-day year.
    Actual360,
}

impl DayCount {
    /// The days of interest from `from` to `to` under this day count (negative when `to`
    /// is earlier). See the table on [`DayCount`].
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use tactful_engine::plan::DayCount;
    ///
    /// let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// assert_eq!(DayCount::Actual360.days(date(2024, 3, 1), date(2024, 4, 1)), 31);
    /// assert_eq!(DayCount::Thirty360.days(date(2024, 3, 1), date(2024, 4, 1)), 30);
    /// assert_eq!(DayCount::Thirty360.days(date(2024, 3, 30), date(2024, 3, 31)), 0);
    /// assert_eq!(DayCount::Thirty360.days(date(2024, 3, 29), date(2024, 3, 31)), 2);
    /// assert_eq!(DayCount::Actual365.days(date(2024, 4, 1), date(2024, 3, 1)), -31);
    /// ```
    pub fn days(self, from: NaiveDate, to: NaiveDate) -> i64 {
        use chrono::Datelike;
        match self {
            DayCount::Actual365 | DayCount::Actual360 => days_between(from, to),
            DayCount::Thirty360 => {
                let d1 = if from.day() == 31 { 30 } else { from.day() };
                let d2 = if to.day() == 31 && d1 >= 30 {
                    30
                } else {
                    to.day()
                };
                360 * (i64::from(to.year()) - i64::from(from.year()))
                    + 30 * (i64::from(to.month()) - i64::from(from.month()))
                    + (i64::from(d2) - i64::from(d1))
            }
        }
    }

    /// The days in the year of this day count: 365 or 360.
    ///
    /// ```
    /// use tactful_engine::plan::DayCount;
    ///
    /// assert_eq!(DayCount::Actual365.basis(), 365);
    /// assert_eq!(DayCount::Thirty360.basis(), 360);
    /// ```
    pub fn basis(self) -> u32 {
        match self {
            DayCount::Actual365 => 365,
            DayCount::Thirty360 | DayCount::Actual360 => 360,
        }
    }
}

/// The interest charged on the plan. Rates are annual percentages, `0..=100`
/// ([`MAX_RATE_PCT`](super::MAX_RATE_PCT)); a rate of 0 is the same as `None`.
///
/// - `None`: no interest.
/// - `Flat { annual_rate_pct }`: simple interest on the financed principal (debt minus
///   down payment) for the plan's term, `P × rate/100 × periods/periods-per-year`, where
///   `periods` is the last installment's position in the schedule (12 monthly installments
///   are one year whatever the dates; dates skipped by a seasonal plan count). Rounded
///   half-up once, then spread over the installments like the principal (in proportion to
///   each installment's amount).
/// - `Amortized { annual_rate_pct, day_count }`: an annuity. Interest accrues on the
///   outstanding principal between the actual due dates with `day_count`; the level
///   installment is the standard annuity payment (see the [module documentation](super)).
///
/// Serialized with an internal tag: `{"kind": "none"}`,
/// `{"kind": "flat", "annual_rate_pct": "5"}`,
/// `{"kind": "amortized", "annual_rate_pct": "8", "day_count": "actual365"}`.
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::plan::{DayCount, Interest};
///
/// let interest = Interest::Amortized { annual_rate_pct: dec!(8), day_count: DayCount::Actual365 };
/// assert_eq!(interest.annual_rate_pct(), dec!(8));
/// assert_eq!(Interest::None.annual_rate_pct(), dec!(0));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Interest {
    /// No interest (the default).
    #[default]
    None,
    /// Simple interest on the financed principal for the term, spread like the principal.
    Flat {
        /// Annual rate in percent, `0..=100`.
        annual_rate_pct: Decimal,
    },
    /// Interest on the outstanding balance, level (annuity) installments.
    Amortized {
        /// Annual rate in percent, `0..=100`.
        annual_rate_pct: Decimal,
        /// How days between dates are counted.
        day_count: DayCount,
    },
}

impl Interest {
    /// The annual rate in percent (0 for [`Interest::None`]).
    ///
    /// ```
    /// use rust_decimal_macros::dec;
    /// use tactful_engine::plan::Interest;
    ///
    /// assert_eq!(Interest::Flat { annual_rate_pct: dec!(4.5) }.annual_rate_pct(), dec!(4.5));
    /// ```
    pub fn annual_rate_pct(&self) -> Decimal {
        match *self {
            Interest::None => Decimal::ZERO,
            Interest::Flat { annual_rate_pct }
            | Interest::Amortized {
                annual_rate_pct, ..
            } => annual_rate_pct,
        }
    }
}

/// What happens when an installment is missed (see [`missed`](super::missed)).
///
/// | field | rule | default |
/// |---|---|---|
/// | `grace_days` | `0..=365` calendar days after the due date during which paying costs nothing extra | 0 |
/// | `late_fee_flat` | money, `0..=MAX_AMOUNT`, whole minor units | 0 |
/// | `late_fee_pct` | percent of the missed installment, `0..=100` | 0 |
/// | `accelerate_after` | `None`, or `Some(n)` with `n ≥ 1`: after `n` missed installments in a row, the whole outstanding balance becomes due | `None` |
///
/// The late fee of a missed installment is `late_fee_flat + amount × late_fee_pct / 100`,
/// rounded half-up to the minor unit.
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::plan::MissedTerms;
///
/// let terms = MissedTerms {
///     grace_days: 7,
///     late_fee_flat: dec!(25),
///     late_fee_pct: dec!(0),
///     accelerate_after: Some(2),
/// };
/// assert_eq!(MissedTerms::default().accelerate_after, None);
/// assert_ne!(terms, MissedTerms::default());
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MissedTerms {
    /// Calendar days after a due date before a payment counts as missed, `0..=365`.
    pub grace_days: u32,
    /// A fixed late fee per missed installment, `0..=MAX_AMOUNT`.
    pub late_fee_flat: Decimal,
    /// A late fee in percent of the missed installment, `0..=100`.
    pub late_fee_pct: Decimal,
    /// After this many missed installments in a row, the whole balance is due (`≥ 1`).
    pub accelerate_after: Option<u32>,
}

/// Everything a plan needs, already parsed (the UI turns text into values).
///
/// Money is in the debt's currency and must be a whole number of its minor units
/// (`10.005` GBP is refused, not rounded). Dates must be in the years 1990–2100.
///
/// | field | rule | default in [`new`](PlanInput::new) |
/// |---|---|---|
/// | `debt` | `0 < debt ≤ MAX_AMOUNT` | the argument |
/// | `currency` | ISO 4217 code known to [`crate::currency`] | the argument |
/// | `down_payment` | see [`DownPayment`]; less than the debt | `None` |
/// | `down_payment_date` | not after the first installment's (rolled) date | `None`: the first installment's date |
/// | `first_payment` | `> 0`, less than the amount to repay; needs 2+ installments; not with custom percentages | `None` |
/// | `size` | see [`PlanSize`] | the argument |
/// | `frequency` | any [`Frequency`]; `EveryNDays(0)` is refused | monthly |
/// | `first_due_date` | the schedule's anchor (semi-monthly schedules snap forward to their days) | the argument |
/// | `schedule_options` | see [`ScheduleOptions`] | default |
/// | `roll`, `calendar` | how due dates on non-business days move | following, Sat–Sun weekend |
/// | `distribution` | see [`Distribution`] | equal |
/// | `interest` | see [`Interest`]; rate `0..=100` | none |
/// | `setup_fee` | `0..=MAX_AMOUNT`, added to installment 1 (never to the down payment), no interest on it | `None` |
/// | `start_date` | when the credit starts (the debt is "lent"): interest runs from here, and the APR's cash flows start here; not after `first_due_date` | `None`: one period before the first due date |
/// | `invoice_date` | only for a warning | `None` |
/// | `missed_terms` | see [`MissedTerms`] | no fees, no grace, no acceleration |
///
/// The default start date is the first scheduled (unrolled) date minus one period: one
/// month, two or three months for monthly, bi-monthly, quarterly; 7, 14 or `n` days for
/// weekly, fortnightly, every-`n`-days; the previous semi-monthly day (15 March → 1 March,
/// 1 March → 15 February; 15 March → 29 February, 31 March → 15 March). With it, the
/// first period is a regular one, so an amortized plan's APR is its rate. A UI that wants
/// "from today" passes today as `start_date` (the engine has no clock).
///
/// ```
/// use chrono::NaiveDate;
/// use rust_decimal_macros::dec;
/// use tactful_engine::dates::Frequency;
/// use tactful_engine::plan::{PlanInput, PlanSize};
///
/// let first = NaiveDate::from_ymd_opt(2025, 3, 31).unwrap();
/// let input = PlanInput::new(dec!(1000), "GBP", first, PlanSize::Count(3));
/// assert_eq!(input.frequency, Frequency::Monthly);
/// assert!(input.validate().is_ok());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanInput {
    /// The amount owed: the invoice amount or a remaining balance, `0 < debt ≤ MAX_AMOUNT`.
    pub debt: Decimal,
    /// ISO 4217 code of the debt's currency (any letter case).
    pub currency: String,
    /// An optional down payment (row 0).
    pub down_payment: Option<DownPayment>,
    /// When the down payment is paid; `None` is the first installment's (rolled) date.
    pub down_payment_date: Option<NaiveDate>,
    /// An optional fixed amount for installment 1 (principal and interest; the set-up fee
    /// comes on top); the other installments share the rest.
    pub first_payment: Option<Decimal>,
    /// How many installments, or how much each.
    pub size: PlanSize,
    /// How often installments fall due.
    pub frequency: Frequency,
    /// The first due date, before rolling: the anchor of the schedule.
    pub first_due_date: NaiveDate,
    /// Month-end behaviour of monthly schedules.
    pub schedule_options: ScheduleOptions,
    /// How a due date on a non-business day moves.
    pub roll: Roll,
    /// Which days are business days.
    pub calendar: BusinessCalendar,
    /// How the amount is shared between installments.
    pub distribution: Distribution,
    /// Interest charged, if any.
    pub interest: Interest,
    /// A one-off set-up fee added to installment 1, if any.
    pub setup_fee: Option<Decimal>,
    /// When the credit starts; `None` is one period before the first due date.
    pub start_date: Option<NaiveDate>,
    /// The invoice's date, if known (a first due date before it is warned about).
    pub invoice_date: Option<NaiveDate>,
    /// What happens when an installment is missed.
    pub missed_terms: MissedTerms,
}

impl PlanInput {
    /// A plan of `debt` in `currency` with the given size and first due date, and every
    /// other field at its default (see the table on [`PlanInput`]): monthly, equal
    /// installments, no interest, no down payment, rolled to the following business day
    /// of a Saturday–Sunday week without holidays.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use rust_decimal_macros::dec;
    /// use tactful_engine::calendar::Roll;
    /// use tactful_engine::plan::{Interest, PlanInput, PlanSize};
    ///
    /// let first = NaiveDate::from_ymd_opt(2025, 1, 15).unwrap();
    /// let input = PlanInput::new(dec!(600), "EUR", first, PlanSize::TargetAmount(dec!(200)));
    /// assert_eq!(input.roll, Roll::Following);
    /// assert_eq!(input.interest, Interest::None);
    /// assert_eq!(input.start_date, None);
    /// ```
    pub fn new(debt: Decimal, currency: &str, first_due_date: NaiveDate, size: PlanSize) -> Self {
        PlanInput {
            debt,
            currency: currency.to_string(),
            down_payment: None,
            down_payment_date: None,
            first_payment: None,
            size,
            frequency: Frequency::Monthly,
            first_due_date,
            schedule_options: ScheduleOptions::default(),
            roll: Roll::Following,
            calendar: BusinessCalendar::default(),
            distribution: Distribution::Equal,
            interest: Interest::None,
            setup_fee: None,
            start_date: None,
            invoice_date: None,
            missed_terms: MissedTerms::default(),
        }
    }
}
