//! The points the law leaves open, as options with a stated default.
//!
//! No statute of the seven jurisdictions says whether the day of payment earns
//! interest, which day count to use, or how to round; and the Irish guidance is
//! ambiguous about which ECB rate applies. Each of these is a [`ClaimOptions`] field
//! with a default chosen below (and why); the claim echoes the options it used
//! ([`StatutoryClaim::options`](super::StatutoryClaim::options)) so the user sees
//! them. Every serde name is written out, so renaming a Rust variant cannot change
//! the JSON.
//!
//! | option | default | alternatives |
//! |---|---|---|
//! | [`payment_day`](ClaimOptions::payment_day) | `counted` | `not_counted` |
//! | [`day_basis`](ClaimOptions::day_basis) | `actual_365` | `actual_actual` |
//! | [`rounding`](ClaimOptions::rounding) | `once` | `per_period` |
//! | [`ie_rate_date`](ClaimOptions::ie_rate_date) | `interest_start` | `due_date`, `payment_date`, `per_half_year` |

use serde::{Deserialize, Serialize};

/// Whether the day named `until` (normally the day the money arrives) earns interest.
///
/// - `Counted` (`"counted"`, **default**): interest runs up to and including
///   `until`, so with the default start a debt paid on day *d* after the due date
///   carries *d* days of interest. The Dutch statute says so in words ("tot en met
///   de dag van betaling", art. 6:119a lid 1 BW), French practice counts the day of
///   payment (16 April to 15 May is 30 days of retard), and it is what the app
///   computed before the option existed.
/// - `NotCounted` (`"not_counted"`): the last day of interest is the day before
///   `until` (some German commentators, by analogy with § 187 BGB).
///
/// ```
/// use tactful_engine::statutory::PaymentDay;
///
/// assert_eq!(PaymentDay::default(), PaymentDay::Counted);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PaymentDay {
    /// `until` earns interest.
    #[default]
    #[serde(rename = "counted")]
    Counted,
    /// The last day of interest is the day before `until`.
    #[serde(rename = "not_counted")]
    NotCounted,
}

/// How many days a year has when a period's interest is worked out.
///
/// - `Actual365` (`"actual_365"`, **default**): actual days / 365, also in leap
///   years (a whole leap year earns 366/365 of the annual rate). The Irish
///   Department of Enterprise divides the rate by 365; French and Spanish practice
///   and UK guidance and calculators do the same (the Spanish Supreme Court rejected
///   a 360-day year, TS 25-07-2000).
/// - `ActualActual` (`"actual_actual"`): each day earns 1/365 or 1/366 of the annual
///   rate, by the length of its calendar year; a period is then cut at every 1
///   January so each period has one year length (German and Dutch calculators
///   commonly use 366 in leap years).
///
/// ```
/// use tactful_engine::statutory::DayBasis;
///
/// assert_eq!(DayBasis::default(), DayBasis::Actual365);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DayBasis {
    /// Actual days / 365.
    #[default]
    #[serde(rename = "actual_365")]
    Actual365,
    /// Actual days / the actual length of each day's calendar year (365 or 366).
    #[serde(rename = "actual_actual")]
    ActualActual,
}

/// When interest is rounded to the currency's minor unit. No statute prescribes it.
///
/// - `Once` (`"once"`, **default**): the exact interest of all periods is added up
///   and rounded once, half-up; each period shows its share (the running total
///   rounded, minus the previous running total), so the shares add up exactly. In
///   the Netherlands, where each full year's interest is added to the principal, each
///   year's interest is rounded once when it is added (an amount of money joins the
///   debt) and the periods of that year share it.
/// - `PerPeriod` (`"per_period"`): each period's interest is rounded half-up on
///   its own and the total is their sum (what a hand calculation period by period
///   gives; can differ from `Once` by a few minor units).
///
/// ```
/// use tactful_engine::statutory::InterestRounding;
///
/// assert_eq!(InterestRounding::default(), InterestRounding::Once);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum InterestRounding {
    /// Round the total once.
    #[default]
    #[serde(rename = "once")]
    Once,
    /// Round every period, then add.
    #[serde(rename = "per_period")]
    PerPeriod,
}

/// Which ECB rate an Irish claim uses (Ireland only).
///
/// The Department of Enterprise's guidance says that only one ECB rate applies to a
/// late payment, but names it twice: "the ECB rate in force on the payment date", and
/// "the daily late payment interest rate in operation on the date the payment became
/// overdue" (enterprise.gov.ie, "What is the late payment interest rate?";
/// gov.ie, "Rights and obligations arising under contract law, including late payment
/// interest"). In the Regulations the "relevant payment date" is the day payment is
/// due, so both most likely mean the rate of the half-year in which the payment became
/// late. Each reading is a choice:
///
/// - `InterestStart` (`"interest_start"`, **default**): the rate in force on the 1
///   January or 1 July opening the half-year that contains the first day of interest
///   (the day the payment became overdue), for the whole delay.
/// - `DueDate` (`"due_date"`): the half-year containing the due date ("relevant
///   payment date"); differs from the default only when the due date is 30 June or 31
///   December.
/// - `PaymentDate` (`"payment_date"`): the half-year containing `until`, read as the
///   day the payment is actually made.
/// - `PerHalfYear` (`"per_half_year"`): each half-year's own rate, like the
///   Directive's semester rule (Germany, France, Netherlands, Spain).
///
/// ```
/// use tactful_engine::statutory::IrishRateDate;
///
/// assert_eq!(IrishRateDate::default(), IrishRateDate::InterestStart);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum IrishRateDate {
    /// The half-year of the first day of interest.
    #[default]
    #[serde(rename = "interest_start")]
    InterestStart,
    /// The half-year of the due date.
    #[serde(rename = "due_date")]
    DueDate,
    /// The half-year of `until` (the payment day).
    #[serde(rename = "payment_date")]
    PaymentDate,
    /// Each half-year's own rate.
    #[serde(rename = "per_half_year")]
    PerHalfYear,
}

/// The options of a claim; `ClaimOptions::default()` is every default above. Each
/// claim echoes the options it was computed with.
///
/// - `payment_day`: [`PaymentDay`], every jurisdiction.
/// - `day_basis`: [`DayBasis`], every jurisdiction.
/// - `rounding`: [`InterestRounding`], every jurisdiction.
/// - `ie_rate_date`: [`IrishRateDate`], Ireland only (ignored elsewhere).
///
/// ```
/// use tactful_engine::statutory::{ClaimOptions, DayBasis, PaymentDay};
///
/// let options = ClaimOptions { day_basis: DayBasis::ActualActual, ..ClaimOptions::default() };
/// assert_eq!(options.payment_day, PaymentDay::Counted);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ClaimOptions {
    /// Whether `until` earns interest.
    pub payment_day: PaymentDay,
    /// Days in a year.
    pub day_basis: DayBasis,
    /// When interest is rounded.
    pub rounding: InterestRounding,
    /// Which ECB rate an Irish claim uses.
    pub ie_rate_date: IrishRateDate,
}
