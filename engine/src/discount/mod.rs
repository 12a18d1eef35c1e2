//! Early-settlement discount analysis: "should I offer 3 % off if they pay this week?"
//!
//! [`analyze`] weighs a discount offer against two things: the margin on the sale, and what
//! collecting the full amount will really cost. Everything it needs is in one
//! [`DiscountInput`]; everything it finds is in one [`DiscountAnalysis`] (plain data, ready for
//! the UI to show and translate). Every input problem comes back at once, as a list of
//! [`DiscountFieldError`]s that each name their [`DiscountField`].
//!
//! # The model
//!
//! Notation (all percentages are converted to fractions before use):
//!
//! | symbol | meaning | input field |
//! |---|---|---|
//! | `A` | invoice amount | [`invoice_amount`](DiscountInput::invoice_amount) |
//! | `m` | gross margin on the sale | [`gross_margin_pct`](DiscountInput::gross_margin_pct) |
//! | `d` | discount, as a share of `A` | [`offer`](DiscountInput::offer) |
//! | `D`, `N` | pay-within days, normal net days | [`pay_within_days`](DiscountInput::pay_within_days), [`net_days`](DiscountInput::net_days) |
//! | `Y` | days in the year: 365 or 360 | [`year_basis`](DiscountInput::year_basis) |
//! | `T` | expected days until payment without an offer | [`expected_days_to_payment`](DiscountInput::expected_days_to_payment) |
//! | `p` | probability the debt ends up unpaid | [`unpaid_probability_pct`](DiscountInput::unpaid_probability_pct) |
//! | `R` | share recovered when it ends up unpaid | [`recovery_rate_pct`](DiscountInput::recovery_rate_pct) |
//! | `L` | further days until that recovery arrives | [`recovery_delay_days`](DiscountInput::recovery_delay_days) |
//! | `r` | cost of capital, per year | [`cost_of_capital_pct`](DiscountInput::cost_of_capital_pct) |
//! | `G`, `c` | yearly gross profit from the client, chance chasing loses the client | [`yearly_client_profit`](DiscountInput::yearly_client_profit), [`churn_probability_pct`](DiscountInput::churn_probability_pct) |
//! | `h`, `w` | staff hours of chasing, cost per hour | [`chasing_hours`](DiscountInput::chasing_hours), [`hourly_cost`](DiscountInput::hourly_cost) |
//! | `qa`, fee | probability of an agency, its fee | [`agency_probability_pct`](DiscountInput::agency_probability_pct), [`agency_fee`](DiscountInput::agency_fee) |
//! | `ql`, `Lc` | probability of legal action, its costs | [`legal_probability_pct`](DiscountInput::legal_probability_pct), [`legal_costs`](DiscountInput::legal_costs) |
//! | `S` | statutory interest and compensation claimable | [`statutory_claim`](DiscountInput::statutory_claim) |
//!
//! **Time value.** Money received `t` days from today is worth `x / g(t)` now, with the
//! simple-interest growth factor `g(t) = 1 + r·t/Y` (so the discount factor is
//! `1/(1 + r·t/Y)`). Days are counted from today for both options.
//!
//! **Offering** (assumed accepted: the client pays `A·(1 − d)` within `D` days, for sure, with
//! no further collection cost and no strain on the relationship):
//! `V_offer = A·(1 − d) / g(D)`.
//!
//! **Waiting** (no offer):
//!
//! ```text
//! V_wait = (1 − p)·A / g(T)            paid in full at T
//!        + (1 − p)·S / g(T)            statutory claim, received with the payment, only if paid
//!        + p·R·A / g(T + L)            partial recovery, L days after the expected payment
//!        − h·w                         staff time
//!        − agency cost                 see below
//!        − ql·Lc                       legal costs
//!        − c·G                         expected loss of a year's profit from the client
//! ```
//!
//! Costs and the relationship loss are counted at face value (not discounted): they fall
//! while the chase goes on, and the difference is small next to the uncertainty of the
//! estimates. Legal costs are assumed not to be recovered from the client.
//!
//! **Escalation ladder (overlap of agency and legal).** Chasing in-house always happens;
//! with probability `qa` the debt goes to an agency; legal action only follows a *failed*
//! agency attempt, so legal cases are a subset of agency cases and `ql ≤ qa` is required. A
//! flat agency fee is paid in every agency case (`qa·F`). A contingency fee `f` is paid only
//! where the agency succeeds (agency cases that do not go legal, `qa − ql`), on what it
//! collects, taken to be the debt's expected collected share `E = (1 − p) + p·R` of `A`
//! (agency involvement assumed independent of the outcome): `(qa − ql)·f·E·A`.
//!
//! **Break-even.** The offer is worth it while `V_offer ≥ V_wait`, i.e. while the discount
//! amount is at most `A − V_wait·g(D)`, i.e. `d* = 1 − V_wait / (A / g(D))`. See [`BreakEven`]
//! for the clamp cases.
//!
//! **Rounding.** All arithmetic is exact [`Decimal`] arithmetic (checked: no panic). Money
//! figures are rounded once, at the end, half-up to the currency's ISO 4217 minor unit
//! (through [`crate::money::round_to_minor`] with [`Rounding::HalfUp`]); each figure is rounded
//! from its exact value, so a rounded total may differ from the sum of its rounded parts by a
//! minor unit. Rates and shares are percentages rounded half-up to [`RATE_DECIMALS`] decimals.

mod draft;

pub use draft::{
    evaluate_discount, DeadlineKind, DiscountContext, DiscountDraft, DiscountOutcome,
    DiscountProblem, FeeKind, OfferKind, StatutoryMode,
};

use std::fmt;

use chrono::NaiveDate;
use rust_decimal::prelude::MathematicalOps;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

use crate::currency::{currency, Currency};
use crate::dates::days_between;
use crate::decimal_ops::DecimalOps;
use crate::money::{round_to_minor, Rounding};

/// The largest money amount accepted in any money field ([`crate::limits::MAX_AMOUNT`]), and
/// the day and hour limits: see [`crate::limits`].
pub use crate::limits::{MAX_AMOUNT as MAX_MONEY, MAX_DAYS, MAX_HOURS};

/// Decimals kept in every rate and share output (percent), rounded half-up.
pub const RATE_DECIMALS: u32 = 4;

/// Half-width of the "about equal" band when comparing the discount's annualised cost with
/// the cost of capital: 0.5 percentage points.
pub const CAPITAL_TOLERANCE_POINTS: Decimal = Decimal::from_parts(5, 0, 0, false, 1);

/// Step between two points of the [`Sensitivity`] series: 0.5 percentage points.
pub const SENSITIVITY_STEP_PCT: Decimal = Decimal::from_parts(5, 0, 0, false, 1);

/// The last discount of the [`Sensitivity`] series: 15 %.
pub const SENSITIVITY_MAX_PCT: Decimal = Decimal::from_parts(15, 0, 0, false, 0);

/// Number of points in the [`Sensitivity`] series: 0 %, 0.5 %, …, 15 %.
pub const SENSITIVITY_POINTS: usize = 31;

const HUNDRED: Decimal = Decimal::ONE_HUNDRED;

// ---------------------------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------------------------

/// Days in the year used to annualise the discount and to discount money over time.
///
/// `Days365` (the default) counts actual days over a 365-day year; `Days360` is the
/// banker's year used in some markets' textbook examples.
///
/// ```
/// use tactful_engine::discount::YearBasis;
///
/// assert_eq!(YearBasis::default().days(), 365);
/// assert_eq!(YearBasis::Days360.days(), 360);
/// ```
///
/// Serialized as the number of days, `365` or `360` (the JavaScript API's `year_basis`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "u32", try_from = "u32")]
pub enum YearBasis {
    /// A 365-day year (the default).
    #[default]
    Days365,
    /// A 360-day year.
    Days360,
}

impl YearBasis {
    /// The number of days in the year: 365 or 360.
    ///
    /// ```
    /// use tactful_engine::discount::YearBasis;
    ///
    /// assert_eq!(YearBasis::Days365.days(), 365);
    /// ```
    pub fn days(self) -> u32 {
        match self {
            YearBasis::Days365 => 365,
            YearBasis::Days360 => 360,
        }
    }

    fn decimal(self) -> Decimal {
        Decimal::from(self.days())
    }
}

impl From<YearBasis> for u32 {
    fn from(basis: YearBasis) -> u32 {
        basis.days()
    }
}

impl TryFrom<u32> for YearBasis {
    type Error = String;

    fn try_from(days: u32) -> Result<Self, String> {
        match days {
            365 => Ok(YearBasis::Days365),
            360 => Ok(YearBasis::Days360),
            other => Err(format!("year basis must be 365 or 360, not {other}")),
        }
    }
}

/// The discount offered for paying early, as a percent of the invoice or as an amount.
///
/// - `Percent(p)`: `0 ≤ p < 100` (percent of the invoice amount).
/// - `Amount(a)`: `0 ≤ a < invoice amount` (in the invoice currency).
///
/// Serialized (inside [`DiscountInput`], flattened) as the JavaScript API's keys:
/// `"discount_percent": "2"` or `"discount_amount": "96.00"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DiscountOffer {
    /// A percentage of the invoice amount, `0 ≤ p < 100`.
    #[serde(rename = "discount_percent")]
    Percent(Decimal),
    /// An amount in the invoice currency, `0 ≤ a <` invoice amount.
    #[serde(rename = "discount_amount")]
    Amount(Decimal),
}

/// What a collection agency charges.
///
/// - `ContingencyPercent(f)`: `0 ≤ f ≤ 100`, a percent of what the agency recovers, paid only
///   where it succeeds (see the module's escalation ladder).
/// - `Flat(F)`: `0 ≤ F ≤` [`MAX_MONEY`], paid whenever the debt goes to the agency.
///
/// Serialized (inside [`DiscountInput`], flattened) as the JavaScript API's keys:
/// `"agency_contingency_pct": "15"` or `"agency_flat_fee": "250.00"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AgencyFee {
    /// Percent of the amount the agency recovers, `0..=100`.
    #[serde(rename = "agency_contingency_pct")]
    ContingencyPercent(Decimal),
    /// A flat fee in the invoice currency, `0..=MAX_MONEY`.
    #[serde(rename = "agency_flat_fee")]
    Flat(Decimal),
}

/// Everything the analysis needs, already parsed (the UI turns text into [`Decimal`]s).
///
/// Percent fields take percentages (`2.5` means 2.5 %). Money fields are in the invoice
/// currency. Day fields count days from today. Bounds are inclusive unless stated; a value
/// outside them is a [`DiscountFieldError`] naming the field.
///
/// | field | unit | rule | default in [`example`](DiscountInput::example) |
/// |---|---|---|---|
/// | `invoice_amount` | money | `0 < A ≤ MAX_MONEY` | the argument |
/// | `currency` | ISO 4217 code | known to [`crate::currency`] | the argument |
/// | `gross_margin_pct` | % | `0..=100` (0 allowed) | 30 |
/// | `offer` | % or money | percent `0 ≤ p < 100`; amount `0 ≤ a < A` | 2 % |
/// | `pay_within_days` | days | `0..=MAX_DAYS` and `< net_days` | 7 |
/// | `net_days` | days | `0..=MAX_DAYS` | 30 |
/// | `year_basis` | — | — | 365 |
/// | `expected_days_to_payment` | days from today | `0..=MAX_DAYS` | 60 |
/// | `unpaid_probability_pct` | % | `0..=100` | 10 |
/// | `recovery_rate_pct` | % of `A` | `0..=100` | 50 |
/// | `recovery_delay_days` | days after `T` | `0..=MAX_DAYS` | 180 |
/// | `yearly_client_profit` | money per year | `0..=MAX_MONEY` | 0 |
/// | `churn_probability_pct` | % | `0..=100` | 10 |
/// | `cost_of_capital_pct` | % per year | `0..=100` | 8 |
/// | `chasing_hours` | hours | `0..=MAX_HOURS` | 2 |
/// | `hourly_cost` | money per hour | `0..=MAX_MONEY` | 0 |
/// | `agency_probability_pct` | % | `0..=100` | 10 |
/// | `agency_fee` | % or money | contingency `0..=100`; flat `0..=MAX_MONEY` | 15 % contingency |
/// | `legal_probability_pct` | % | `0..=100` and `≤ agency_probability_pct` | 5 |
/// | `legal_costs` | money | `0..=MAX_MONEY` | 0 |
/// | `statutory_claim` | money | `0..=MAX_MONEY` | 0 |
/// | `keep_margin_share_pct` | % of the margin | `0..=100` | 50 |
///
/// Money defaults other than the amount are 0 because they depend on the currency and the
/// business: the UI asks for them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiscountInput {
    /// The invoice amount `A`, in the invoice currency; `0 < A ≤ MAX_MONEY`.
    pub invoice_amount: Decimal,
    /// ISO 4217 code of the invoice currency (any letter case, e.g. `"GBP"`).
    pub currency: String,
    /// Gross margin on the sale, percent of the invoice amount, `0..=100` (0 allowed: then
    /// there is no profit to erode).
    pub gross_margin_pct: Decimal,
    /// The discount offered for paying within `pay_within_days`.
    #[serde(flatten)]
    pub offer: DiscountOffer,
    /// `D`: the client must pay within this many days (from today) to get the discount;
    /// `0..=MAX_DAYS` and strictly less than `net_days`.
    pub pay_within_days: i64,
    /// `N`: the normal terms' net days, `0..=MAX_DAYS`. Only used for the annualised cost of
    /// the discount (the terms `d/D net N`).
    pub net_days: i64,
    /// Days in the year, for annualising and for the time value of money.
    pub year_basis: YearBasis,
    /// `T`: without an offer, expected days from today until the client pays, `0..=MAX_DAYS`.
    pub expected_days_to_payment: i64,
    /// `p`: without an offer, probability (percent, `0..=100`) that the debt ends up unpaid.
    pub unpaid_probability_pct: Decimal,
    /// `R`: if it ends up unpaid, the share of the invoice still recovered (percent, `0..=100`).
    pub recovery_rate_pct: Decimal,
    /// `L`: if it ends up unpaid, days after the expected payment date (`T`) at which that
    /// recovery arrives, `0..=MAX_DAYS`.
    pub recovery_delay_days: i64,
    /// `G`: the gross profit this client brings each year, `0..=MAX_MONEY`.
    pub yearly_client_profit: Decimal,
    /// `c`: chance (percent, `0..=100`) that continued chasing loses the client.
    pub churn_probability_pct: Decimal,
    /// `r`: annual cost of capital (percent per year, `0..=100`), used to discount money over
    /// time with simple interest.
    pub cost_of_capital_pct: Decimal,
    /// `h`: staff hours still expected to be spent chasing, `0..=MAX_HOURS` (fractions allowed).
    pub chasing_hours: Decimal,
    /// `w`: cost of one staff hour, `0..=MAX_MONEY`.
    pub hourly_cost: Decimal,
    /// `qa`: probability (percent, `0..=100`) that the debt goes to a collection agency.
    pub agency_probability_pct: Decimal,
    /// The agency's fee.
    #[serde(flatten)]
    pub agency_fee: AgencyFee,
    /// `ql`: probability (percent, `0..=100`) that the debt goes legal. Legal action follows a
    /// failed agency attempt, so it must not exceed `agency_probability_pct`.
    pub legal_probability_pct: Decimal,
    /// `Lc`: legal costs if it goes legal (court fee plus lawyer), `0..=MAX_MONEY`; assumed not
    /// recovered from the client.
    pub legal_costs: Decimal,
    /// `S`: statutory late-payment interest and fixed compensation that could be claimed,
    /// `0..=MAX_MONEY` (default 0; the statutory engine fills it). Assumed received with the
    /// payment at `T`, and only if the debt is paid (probability `1 − p`).
    pub statutory_claim: Decimal,
    /// Share of the gross margin to keep when suggesting a margin-preserving discount
    /// (percent, `0..=100`, default 50): suggested discount `= margin × (1 − share)`.
    pub keep_margin_share_pct: Decimal,
}

impl DiscountInput {
    /// A sensible starting point for an invoice of `amount` in `currency`: 30 % margin, 2 %
    /// off for paying within 7 days instead of net 30 on a 365-day year; without the offer,
    /// payment expected in 60 days, 10 % chance it ends unpaid with 50 % recovered 180 days
    /// later; 8 % cost of capital; 10 % chance chasing loses the client; 2 hours of chasing;
    /// 10 % chance of an agency on 15 % contingency, 5 % chance of legal action; keep 50 % of
    /// the margin. Money figures other than the amount are 0 (see the table on
    /// [`DiscountInput`]).
    ///
    /// ```
    /// use rust_decimal_macros::dec;
    /// use tactful_engine::discount::{DiscountInput, DiscountOffer};
    ///
    /// let input = DiscountInput::example(dec!(4800), "GBP");
    /// assert_eq!(input.offer, DiscountOffer::Percent(dec!(2)));
    /// assert_eq!((input.pay_within_days, input.net_days), (7, 30));
    /// assert!(input.validate().is_ok());
    /// ```
    pub fn example(amount: Decimal, currency: &str) -> DiscountInput {
        DiscountInput {
            invoice_amount: amount,
            currency: currency.to_string(),
            gross_margin_pct: Decimal::from(30),
            offer: DiscountOffer::Percent(Decimal::from(2)),
            pay_within_days: 7,
            net_days: 30,
            year_basis: YearBasis::Days365,
            expected_days_to_payment: 60,
            unpaid_probability_pct: Decimal::from(10),
            recovery_rate_pct: Decimal::from(50),
            recovery_delay_days: 180,
            yearly_client_profit: Decimal::ZERO,
            churn_probability_pct: Decimal::from(10),
            cost_of_capital_pct: Decimal::from(8),
            chasing_hours: Decimal::from(2),
            hourly_cost: Decimal::ZERO,
            agency_probability_pct: Decimal::from(10),
            agency_fee: AgencyFee::ContingencyPercent(Decimal::from(15)),
            legal_probability_pct: Decimal::from(5),
            legal_costs: Decimal::ZERO,
            statutory_claim: Decimal::ZERO,
            keep_margin_share_pct: Decimal::from(50),
        }
    }

    /// Checks every field against the rules in the table on [`DiscountInput`] and returns all
    /// the problems at once, in field order (empty `Err` never happens: `Ok(())` means valid).
    ///
    /// Cross-field rules are only checked when both fields are individually valid:
    /// `pay_within_days < net_days` (reported on [`DiscountField::PayWithinDays`]), discount
    /// amount `<` invoice amount, legal probability `≤` agency probability (reported on
    /// [`DiscountField::LegalProbabilityPct`]).
    ///
    /// ```
    /// use rust_decimal_macros::dec;
    /// use tactful_engine::discount::{DiscountErrorKind, DiscountField, DiscountInput};
    ///
    /// let mut input = DiscountInput::example(dec!(1000), "EUR");
    /// input.pay_within_days = 30; // same as net days
    /// input.unpaid_probability_pct = dec!(120);
    /// let errors = input.validate().unwrap_err();
    /// assert_eq!(errors.len(), 2);
    /// assert_eq!(errors[0].field, DiscountField::PayWithinDays);
    /// assert_eq!(errors[0].to_string(), "pay-within days: must be less than 30 (net days)");
    /// assert_eq!(
    ///     errors[1].kind,
    ///     DiscountErrorKind::OutOfRange { min: dec!(0), max: dec!(100) }
    /// );
    /// ```
    pub fn validate(&self) -> Result<(), Vec<DiscountFieldError>> {
        let (_, errors) = self.check();
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }

    /// Validation proper: the currency when known, and every field error.
    fn check(&self) -> (Option<&'static Currency>, Vec<DiscountFieldError>) {
        use DiscountField as F;
        let mut errors = Vec::new();
        let mut push = |field, kind| errors.push(DiscountFieldError { field, kind });

        let cur = currency(&self.currency).ok();
        let in_range = self.invoice_amount > Decimal::ZERO && self.invoice_amount <= MAX_MONEY;
        let amount_decimals = decimals_error(self.invoice_amount, cur);
        let amount_ok = in_range && amount_decimals.is_none();
        if !in_range {
            push(
                F::InvoiceAmount,
                DiscountErrorKind::MustBePositive { max: MAX_MONEY },
            );
        } else if let Some(kind) = amount_decimals {
            push(F::InvoiceAmount, kind);
        }
        if cur.is_none() {
            push(F::Currency, DiscountErrorKind::UnknownCurrency);
        }
        if let Some(kind) = percent_error(self.gross_margin_pct) {
            push(F::GrossMarginPct, kind);
        }
        match self.offer {
            DiscountOffer::Percent(p) => {
                if p < Decimal::ZERO {
                    push(F::DiscountPercent, DiscountErrorKind::MustNotBeNegative);
                } else if p >= HUNDRED {
                    push(
                        F::DiscountPercent,
                        DiscountErrorKind::MustBeLessThan {
                            limit: HUNDRED,
                            other: None,
                        },
                    );
                }
            }
            DiscountOffer::Amount(a) => {
                if a < Decimal::ZERO {
                    push(F::DiscountAmount, DiscountErrorKind::MustNotBeNegative);
                } else if let Some(kind) = decimals_error(a, cur) {
                    push(F::DiscountAmount, kind);
                } else if amount_ok && a >= self.invoice_amount {
                    push(
                        F::DiscountAmount,
                        DiscountErrorKind::MustBeLessThan {
                            limit: self.invoice_amount,
                            other: Some(F::InvoiceAmount),
                        },
                    );
                } else if !amount_ok && a >= MAX_MONEY {
                    push(
                        F::DiscountAmount,
                        DiscountErrorKind::MustBeLessThan {
                            limit: MAX_MONEY,
                            other: None,
                        },
                    );
                }
            }
        }
        let within_ok = days_ok(self.pay_within_days);
        let net_ok = days_ok(self.net_days);
        if !within_ok {
            push(F::PayWithinDays, days_range());
        } else if net_ok && self.pay_within_days >= self.net_days {
            push(
                F::PayWithinDays,
                DiscountErrorKind::MustBeLessThan {
                    limit: Decimal::from(self.net_days),
                    other: Some(F::NetDays),
                },
            );
        }
        if !net_ok {
            push(F::NetDays, days_range());
        }
        if !days_ok(self.expected_days_to_payment) {
            push(F::ExpectedDaysToPayment, days_range());
        }
        if let Some(kind) = percent_error(self.unpaid_probability_pct) {
            push(F::UnpaidProbabilityPct, kind);
        }
        if let Some(kind) = percent_error(self.recovery_rate_pct) {
            push(F::RecoveryRatePct, kind);
        }
        if !days_ok(self.recovery_delay_days) {
            push(F::RecoveryDelayDays, days_range());
        }
        if let Some(kind) = money_error(self.yearly_client_profit, cur) {
            push(F::YearlyClientProfit, kind);
        }
        if let Some(kind) = percent_error(self.churn_probability_pct) {
            push(F::ChurnProbabilityPct, kind);
        }
        if let Some(kind) = percent_error(self.cost_of_capital_pct) {
            push(F::CostOfCapitalPct, kind);
        }
        if let Some(kind) = range_error(self.chasing_hours, MAX_HOURS) {
            push(F::ChasingHours, kind);
        }
        if let Some(kind) = money_error(self.hourly_cost, cur) {
            push(F::HourlyCost, kind);
        }
        let agency_error = percent_error(self.agency_probability_pct);
        let agency_ok = agency_error.is_none();
        if let Some(kind) = agency_error {
            push(F::AgencyProbabilityPct, kind);
        }
        match self.agency_fee {
            AgencyFee::ContingencyPercent(f) => {
                if let Some(kind) = percent_error(f) {
                    push(F::AgencyContingencyPct, kind);
                }
            }
            AgencyFee::Flat(fee) => {
                if let Some(kind) = money_error(fee, cur) {
                    push(F::AgencyFlatFee, kind);
                }
            }
        }
        if let Some(kind) = percent_error(self.legal_probability_pct) {
            push(F::LegalProbabilityPct, kind);
        } else if agency_ok && self.legal_probability_pct > self.agency_probability_pct {
            push(
                F::LegalProbabilityPct,
                DiscountErrorKind::MustNotExceed {
                    limit: self.agency_probability_pct,
                    other: F::AgencyProbabilityPct,
                },
            );
        }
        if let Some(kind) = money_error(self.legal_costs, cur) {
            push(F::LegalCosts, kind);
        }
        if let Some(kind) = money_error(self.statutory_claim, cur) {
            push(F::StatutoryClaim, kind);
        }
        if let Some(kind) = percent_error(self.keep_margin_share_pct) {
            push(F::KeepMarginSharePct, kind);
        }
        (cur, errors)
    }
}

impl Default for DiscountInput {
    /// [`DiscountInput::example`] for 1 000 EUR.
    fn default() -> Self {
        DiscountInput::example(Decimal::from(1000), "EUR")
    }
}

fn range_error(value: Decimal, max: Decimal) -> Option<DiscountErrorKind> {
    if (Decimal::ZERO..=max).contains(&value) {
        None
    } else {
        Some(DiscountErrorKind::OutOfRange {
            min: Decimal::ZERO,
            max,
        })
    }
}

fn percent_error(value: Decimal) -> Option<DiscountErrorKind> {
    range_error(value, HUNDRED)
}

fn money_error(value: Decimal, cur: Option<&'static Currency>) -> Option<DiscountErrorKind> {
    range_error(value, MAX_MONEY).or_else(|| decimals_error(value, cur))
}

/// A money amount written with more decimals than the currency has (`10.421` euros,
/// `84.880` euros: trailing zeros count, as they do when the amount is typed).
fn decimals_error(value: Decimal, cur: Option<&'static Currency>) -> Option<DiscountErrorKind> {
    match cur {
        Some(cur) if value.scale() > cur.minor_units => Some(DiscountErrorKind::TooManyDecimals {
            decimals: cur.minor_units,
        }),
        _ => None,
    }
}

fn days_ok(days: i64) -> bool {
    (0..=MAX_DAYS).contains(&days)
}

fn days_range() -> DiscountErrorKind {
    DiscountErrorKind::OutOfRange {
        min: Decimal::ZERO,
        max: Decimal::from(MAX_DAYS),
    }
}

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

/// The input field an error belongs to (one variant per field of [`DiscountInput`]; the
/// offer and the agency fee have one variant per form).
///
/// `Display` writes a short lowercase name (`"invoice amount"`), for developer messages; the
/// UI translates the variant itself.
///
/// ```
/// use tactful_engine::discount::DiscountField;
///
/// assert_eq!(DiscountField::NetDays.to_string(), "net days");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DiscountField {
    /// [`DiscountInput::invoice_amount`].
    InvoiceAmount,
    /// [`DiscountInput::currency`].
    Currency,
    /// [`DiscountInput::gross_margin_pct`].
    GrossMarginPct,
    /// [`DiscountOffer::Percent`].
    DiscountPercent,
    /// [`DiscountOffer::Amount`].
    DiscountAmount,
    /// [`DiscountInput::pay_within_days`].
    PayWithinDays,
    /// [`DiscountInput::net_days`].
    NetDays,
    /// [`DiscountInput::expected_days_to_payment`].
    ExpectedDaysToPayment,
    /// [`DiscountInput::unpaid_probability_pct`].
    UnpaidProbabilityPct,
    /// [`DiscountInput::recovery_rate_pct`].
    RecoveryRatePct,
    /// [`DiscountInput::recovery_delay_days`].
    RecoveryDelayDays,
    /// [`DiscountInput::yearly_client_profit`].
    YearlyClientProfit,
    /// [`DiscountInput::churn_probability_pct`].
    ChurnProbabilityPct,
    /// [`DiscountInput::cost_of_capital_pct`].
    CostOfCapitalPct,
    /// [`DiscountInput::chasing_hours`].
    ChasingHours,
    /// [`DiscountInput::hourly_cost`].
    HourlyCost,
    /// [`DiscountInput::agency_probability_pct`].
    AgencyProbabilityPct,
    /// [`AgencyFee::ContingencyPercent`].
    AgencyContingencyPct,
    /// [`AgencyFee::Flat`].
    AgencyFlatFee,
    /// [`DiscountInput::legal_probability_pct`].
    LegalProbabilityPct,
    /// [`DiscountInput::legal_costs`].
    LegalCosts,
    /// [`DiscountInput::statutory_claim`].
    StatutoryClaim,
    /// [`DiscountInput::keep_margin_share_pct`].
    KeepMarginSharePct,
}

impl DiscountField {
    /// The stable snake-case name of the field: the JavaScript API's input key. Never changes when the message or the Rust name does.
    pub fn key(&self) -> &'static str {
        match self {
            DiscountField::InvoiceAmount => "invoice_amount",
            DiscountField::Currency => "currency",
            DiscountField::GrossMarginPct => "gross_margin_pct",
            DiscountField::DiscountPercent => "discount_percent",
            DiscountField::DiscountAmount => "discount_amount",
            DiscountField::PayWithinDays => "pay_within_days",
            DiscountField::NetDays => "net_days",
            DiscountField::ExpectedDaysToPayment => "expected_days_to_payment",
            DiscountField::UnpaidProbabilityPct => "unpaid_probability_pct",
            DiscountField::RecoveryRatePct => "recovery_rate_pct",
            DiscountField::RecoveryDelayDays => "recovery_delay_days",
            DiscountField::YearlyClientProfit => "yearly_client_profit",
            DiscountField::ChurnProbabilityPct => "churn_probability_pct",
            DiscountField::CostOfCapitalPct => "cost_of_capital_pct",
            DiscountField::ChasingHours => "chasing_hours",
            DiscountField::HourlyCost => "hourly_cost",
            DiscountField::AgencyProbabilityPct => "agency_probability_pct",
            DiscountField::AgencyContingencyPct => "agency_contingency_pct",
            DiscountField::AgencyFlatFee => "agency_flat_fee",
            DiscountField::LegalProbabilityPct => "legal_probability_pct",
            DiscountField::LegalCosts => "legal_costs",
            DiscountField::StatutoryClaim => "statutory_claim",
            DiscountField::KeepMarginSharePct => "keep_margin_share_pct",
        }
    }
}

impl fmt::Display for DiscountField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = match self {
            DiscountField::InvoiceAmount => "invoice amount",
            DiscountField::Currency => "currency",
            DiscountField::GrossMarginPct => "gross margin",
            DiscountField::DiscountPercent => "discount percent",
            DiscountField::DiscountAmount => "discount amount",
            DiscountField::PayWithinDays => "pay-within days",
            DiscountField::NetDays => "net days",
            DiscountField::ExpectedDaysToPayment => "expected days to payment",
            DiscountField::UnpaidProbabilityPct => "probability unpaid",
            DiscountField::RecoveryRatePct => "recovery rate",
            DiscountField::RecoveryDelayDays => "recovery delay days",
            DiscountField::YearlyClientProfit => "yearly client profit",
            DiscountField::ChurnProbabilityPct => "chance of losing the client",
            DiscountField::CostOfCapitalPct => "cost of capital",
            DiscountField::ChasingHours => "chasing hours",
            DiscountField::HourlyCost => "hourly cost",
            DiscountField::AgencyProbabilityPct => "agency probability",
            DiscountField::AgencyContingencyPct => "agency contingency fee",
            DiscountField::AgencyFlatFee => "agency flat fee",
            DiscountField::LegalProbabilityPct => "legal probability",
            DiscountField::LegalCosts => "legal costs",
            DiscountField::StatutoryClaim => "statutory claim",
            DiscountField::KeepMarginSharePct => "margin share to keep",
        };
        f.write_str(name)
    }
}

/// What is wrong with a field's value.
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::discount::DiscountErrorKind;
///
/// let kind = DiscountErrorKind::OutOfRange { min: dec!(0), max: dec!(100) };
/// assert_eq!(kind.to_string(), "must be between 0 and 100");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DiscountErrorKind {
    /// The value must lie in `[min, max]`, both inclusive.
    OutOfRange {
        /// Smallest allowed value.
        min: Decimal,
        /// Largest allowed value.
        max: Decimal,
    },
    /// The value must be greater than 0 and at most `max` (the invoice amount).
    MustBePositive {
        /// Largest allowed value.
        max: Decimal,
    },
    /// The value must not be negative (the discount offer).
    MustNotBeNegative,
    /// The value must be strictly less than `limit`: another field's value when `other` names
    /// it (pay-within days `<` net days, discount amount `<` invoice amount), else a fixed
    /// bound (discount percent `<` 100).
    MustBeLessThan {
        /// The bound, exclusive.
        limit: Decimal,
        /// The field the bound comes from, if any.
        other: Option<DiscountField>,
    },
    /// The value must not exceed `limit`, the value of the field `other` (legal probability
    /// `≤` agency probability: legal action follows a failed agency attempt).
    MustNotExceed {
        /// The bound, inclusive.
        limit: Decimal,
        /// The field the bound comes from.
        other: DiscountField,
    },
    /// The currency code is not a known ISO 4217 code.
    UnknownCurrency,
    /// A money amount has more decimals than the currency's minor unit allows.
    TooManyDecimals {
        /// The currency's number of decimals.
        decimals: u32,
    },
    /// A derived figure exceeded [`Decimal`]'s range. Cannot happen for inputs within the
    /// documented bounds; kept as a typed error instead of a panic (reported on the invoice
    /// amount).
    TooLargeToCompute,
}

impl DiscountErrorKind {
    /// A stable snake-case code for programs (the JavaScript API's `code`). Never changes when the message or the Rust name does.
    pub fn code(&self) -> &'static str {
        match self {
            DiscountErrorKind::OutOfRange { .. } => "out_of_range",
            DiscountErrorKind::MustBePositive { .. } => "must_be_positive",
            DiscountErrorKind::MustNotBeNegative => "must_not_be_negative",
            DiscountErrorKind::MustBeLessThan { .. } => "must_be_less_than",
            DiscountErrorKind::MustNotExceed { .. } => "must_not_exceed",
            DiscountErrorKind::UnknownCurrency => "unknown_currency",
            DiscountErrorKind::TooManyDecimals { .. } => "too_many_decimals",
            DiscountErrorKind::TooLargeToCompute => "too_large_to_compute",
        }
    }
}

impl fmt::Display for DiscountErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DiscountErrorKind::OutOfRange { min, max } => {
                write!(f, "must be between {min} and {max}")
            }
            DiscountErrorKind::MustBePositive { max } => {
                write!(f, "must be greater than 0 and at most {max}")
            }
            DiscountErrorKind::MustNotBeNegative => f.write_str("must not be negative"),
            DiscountErrorKind::MustBeLessThan { limit, other } => match other {
                Some(field) => write!(f, "must be less than {limit} ({field})"),
                None => write!(f, "must be less than {limit}"),
            },
            DiscountErrorKind::MustNotExceed { limit, other } => {
                write!(f, "must not exceed {limit} ({other})")
            }
            DiscountErrorKind::UnknownCurrency => f.write_str("unknown currency code"),
            DiscountErrorKind::TooManyDecimals { decimals: 0 } => {
                f.write_str("must be a whole number")
            }
            DiscountErrorKind::TooManyDecimals { decimals } => {
                write!(f, "must have at most {decimals} decimals")
            }
            DiscountErrorKind::TooLargeToCompute => f.write_str("too large to compute"),
        }
    }
}

/// One problem with one input field. `Display`: `"<field>: <kind>"`.
///
/// ```
/// use tactful_engine::discount::{DiscountErrorKind, DiscountField, DiscountFieldError};
///
/// let error = DiscountFieldError {
///     field: DiscountField::Currency,
///     kind: DiscountErrorKind::UnknownCurrency,
/// };
/// assert_eq!(error.to_string(), "currency: unknown currency code");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiscountFieldError {
    /// The field to show the message next to.
    pub field: DiscountField,
    /// What is wrong.
    pub kind: DiscountErrorKind,
}

impl fmt::Display for DiscountFieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.kind)
    }
}

impl std::error::Error for DiscountFieldError {}

// ---------------------------------------------------------------------------------------------
// Outputs
// ---------------------------------------------------------------------------------------------

/// The discount's cost expressed as a yearly interest rate, in percent (rounded half-up to
/// [`RATE_DECIMALS`] decimals).
///
/// With `d` the discount as a fraction and the terms "`d` if paid within `D` days, else net
/// `N`", the client who takes the discount pays `1 − d` for `N − D` days of credit given up:
///
/// - `simple_pct = d/(1 − d) × Y/(N − D) × 100`, the simple (nominal) annual rate;
/// - `compound_pct = ((1 + d/(1 − d))^(Y/(N − D)) − 1) × 100`, the effective annual rate with
///   the period compounded over the year.
///
/// `compound_pct ≥ simple_pct` whenever `N − D ≤ Y` (for longer periods compounding works
/// the other way). `None` means the rate is too large to represent (a discount very close to
/// 100 % over a very short period): read it as "astronomically high".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnnualisedCost {
    /// Simple annual rate, percent; `None` if too large to represent.
    pub simple_pct: Option<Decimal>,
    /// Compound (effective) annual rate, percent; `None` if too large to represent.
    pub compound_pct: Option<Decimal>,
}

/// The discount's simple annualised cost compared with the cost of capital.
///
/// `AboutEqual` when the two are within [`CAPITAL_TOLERANCE_POINTS`] (0.5 percentage points,
/// inclusive); an annualised cost too large to represent is `DearerThanCapital`. The simple
/// rate is used because the analysis discounts money with simple interest at the cost of
/// capital: the simple rate is exactly the rate at which the discount and waiting until day
/// `N` are worth the same.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CapitalComparison {
    /// The discount costs less per year than capital (by more than 0.5 points).
    CheaperThanCapital,
    /// Within 0.5 points of the cost of capital.
    AboutEqual,
    /// The discount costs more per year than capital (by more than 0.5 points).
    DearerThanCapital,
}

/// How much of the gross profit on the sale the discount takes away.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum MarginErosion {
    /// The gross profit on the sale (`A × m`) rounds to zero in the currency's minor unit:
    /// there is no profit to erode (the discount is a pure loss).
    NoProfitToErode,
    /// The discount is `share_pct` percent of the gross profit on the sale
    /// (`discount / (A × m) × 100`, rounded to [`RATE_DECIMALS`]); it can exceed 100.
    Share {
        /// Discount as a percent of the gross profit on the sale.
        share_pct: Decimal,
        /// `true` when the discount is larger than the gross profit: the sale becomes
        /// loss-making.
        exceeds_profit: bool,
    },
}

/// The value of waiting (no offer) and its parts, each rounded half-up to the minor unit
/// from its exact value (so `total` may differ from the sum of the rounded parts by a minor
/// unit). See the module documentation for the formulas.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WaitingValue {
    /// `(1 − p)·A / g(T)`: present value of being paid in full.
    pub full_payment_pv: Decimal,
    /// `(1 − p)·S / g(T)`: present value of the statutory claim (only if paid).
    pub statutory_claim_pv: Decimal,
    /// `p·R·A / g(T + L)`: present value of the partial recovery.
    pub recovery_pv: Decimal,
    /// `h·w`: staff time spent chasing (a cost, shown positive).
    pub staff_cost: Decimal,
    /// Expected agency fee (a cost, shown positive): `(qa − ql)·f·E·A` on contingency,
    /// `qa·F` flat.
    pub agency_cost: Decimal,
    /// `ql·Lc`: expected legal costs (a cost, shown positive).
    pub legal_cost: Decimal,
    /// `c·G`: expected lost yearly profit from the client (a cost, shown positive).
    pub relationship_loss: Decimal,
    /// The value of waiting: the three present values minus the four costs. Can be negative.
    pub total: Decimal,
}

/// What is at stake in the relationship: the UI should say so when `flagged`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RelationshipAtStake {
    /// `c·G`: expected loss of a year's gross profit from the client if you keep chasing
    /// (rounded to the minor unit).
    pub expected_loss: Decimal,
    /// The client's yearly gross profit exceeds the invoice amount (`G > A`): the relationship
    /// is worth more than this invoice.
    pub worth_more_than_invoice: bool,
    /// The expected loss alone exceeds the discount offered (`c·G >` discount amount, exact
    /// values): the relationship risk by itself pays for the discount.
    pub loss_exceeds_discount: bool,
    /// `worth_more_than_invoice || loss_exceeds_discount`.
    pub flagged: bool,
}

/// The largest discount still worth offering: where the offer's value equals the value of
/// waiting.
///
/// With `V_wait` the exact value of waiting and `g(D)` the growth factor to the pay-within
/// day, the break-even discount amount is `A − V_wait·g(D)`, i.e.
/// `d* = 1 − V_wait / (A / g(D))`, clamped:
///
/// - `V_wait·g(D) ≥ A` (waiting is worth at least the full amount paid at `D`, so `d* ≤ 0`):
///   [`NoDiscountWorthOffering`](BreakEven::NoDiscountWorthOffering);
/// - `V_wait ≤ 0` (waiting is worth nothing or loses money, so `d* ≥ 100 %`):
///   [`AnyDiscount`](BreakEven::AnyDiscount) — any discount below 100 % beats waiting;
/// - otherwise [`UpTo`](BreakEven::UpTo) with `0 < d* < 100 %`.
///
/// Assumes the offer is accepted (see the module documentation).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum BreakEven {
    /// No discount is worth offering: waiting is worth at least the full amount paid within
    /// `D` days.
    NoDiscountWorthOffering,
    /// Discounts up to `percent` (of the invoice) / `amount` leave you no worse off than
    /// waiting. `percent` is rounded half-up to [`RATE_DECIMALS`], `amount` half-up to the
    /// minor unit.
    UpTo {
        /// The break-even discount, percent.
        percent: Decimal,
        /// The break-even discount amount.
        amount: Decimal,
    },
    /// Waiting is worth nothing or less: any discount below 100 % beats it.
    AnyDiscount,
}

impl BreakEven {
    /// The break-even as a percent on a single scale: 0 for `NoDiscountWorthOffering`,
    /// `percent` for `UpTo`, 100 for `AnyDiscount`. Never decreases when collection costs
    /// rise.
    ///
    /// ```
    /// use rust_decimal_macros::dec;
    /// use tactful_engine::discount::BreakEven;
    ///
    /// assert_eq!(BreakEven::NoDiscountWorthOffering.percent(), dec!(0));
    /// assert_eq!(BreakEven::UpTo { percent: dec!(6.5), amount: dec!(65) }.percent(), dec!(6.5));
    /// assert_eq!(BreakEven::AnyDiscount.percent(), dec!(100));
    /// ```
    pub fn percent(&self) -> Decimal {
        match self {
            BreakEven::NoDiscountWorthOffering => Decimal::ZERO,
            BreakEven::UpTo { percent, .. } => *percent,
            BreakEven::AnyDiscount => HUNDRED,
        }
    }
}

/// The discount that keeps a chosen share `s` of the gross margin `m`: `m × (1 − s)`
/// percent of the invoice. Can reach 100 % only when `m` = 100 % and `s` = 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeepMarginDiscount {
    /// The share of the margin kept, percent (the input, echoed).
    pub keep_share_pct: Decimal,
    /// The discount, percent of the invoice, rounded to [`RATE_DECIMALS`].
    pub percent: Decimal,
    /// The discount amount, rounded to the minor unit.
    pub amount: Decimal,
}

/// One point of the sensitivity chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SensitivityPoint {
    /// The discount, percent (exact: 0, 0.5, …, 15).
    pub discount_pct: Decimal,
    /// The discount amount, rounded to the minor unit.
    pub discount_amount: Decimal,
    /// Net value of offering it: `A·(1 − d)/g(D) − V_wait`, rounded to the minor unit.
    /// Positive: offering beats waiting.
    pub net_value: Decimal,
}

/// The net value of offering as a function of the discount, for an SVG chart.
///
/// The net value is linear in the discount (a straight line falling by `A/g(D)` per 100
/// points); it crosses zero at the break-even.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sensitivity {
    /// [`SENSITIVITY_POINTS`] points, discounts 0 % to 15 % in 0.5-point steps.
    pub points: Vec<SensitivityPoint>,
    /// The break-even percent to mark, when it is [`BreakEven::UpTo`] (it may lie beyond
    /// 15 %: the UI decides whether it is on the chart).
    pub break_even_pct: Option<Decimal>,
    /// The offered discount, percent (to mark it too), rounded to [`RATE_DECIMALS`].
    pub offered_pct: Decimal,
}

/// What to do, as facts the UI turns into a courteous sentence.
///
/// Decided on exact values: `Offer` when the break-even is `AnyDiscount`, or `UpTo` and the
/// offered discount amount is at most the break-even amount; `OfferSmaller` when it is above;
/// `DoNotOffer` when no discount is worth offering (including a break-even that rounds to
/// zero in the minor unit).
///
/// The recommendation is about cash value; margin erosion, the relationship and the
/// comparison with capital are separate facts in [`DiscountAnalysis`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Recommendation {
    /// Offer the discount: it is worth at least as much as waiting. `gain` is the net value
    /// of offering (offer − waiting), rounded, `≥ 0`.
    Offer {
        /// Net value of offering, rounded to the minor unit.
        gain: Decimal,
    },
    /// The offered discount costs more than waiting, but a smaller one is worth it: up to
    /// `max_percent` / `max_amount` (the break-even).
    OfferSmaller {
        /// Largest discount worth offering, percent.
        max_percent: Decimal,
        /// Largest discount worth offering, amount.
        max_amount: Decimal,
    },
    /// Do not offer a discount: waiting is worth at least the full amount paid within `D`
    /// days.
    DoNotOffer,
}

/// Everything [`analyze`] finds. Money in the invoice currency rounded half-up to its minor
/// unit; rates and shares in percent rounded half-up to [`RATE_DECIMALS`] decimals.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiscountAnalysis {
    /// The invoice currency's ISO code (upper case).
    pub currency: String,
    /// The offered discount, percent of the invoice (derived for an amount offer).
    pub discount_pct: Decimal,
    /// The offered discount amount.
    pub discount_amount: Decimal,
    /// What the client pays if they take the offer: the rounded invoice amount minus the
    /// rounded discount, so the two always add up.
    pub net_received: Decimal,
    /// The discount as a yearly rate.
    pub annualised_cost: AnnualisedCost,
    /// That rate against the cost of capital.
    pub versus_capital: CapitalComparison,
    /// The discount against the gross profit on the sale.
    pub margin_erosion: MarginErosion,
    /// The value of waiting, with its breakdown.
    pub waiting: WaitingValue,
    /// `A·(1 − d)/g(D)`: present value of the offer, assumed accepted and paid at day `D`.
    pub offer_value: Decimal,
    /// `offer_value − waiting.total` (from exact values): positive means offering is better.
    pub net_value_of_offer: Decimal,
    /// What is at stake in the relationship.
    pub relationship: RelationshipAtStake,
    /// The largest discount still worth offering.
    pub break_even: BreakEven,
    /// The discount that keeps the chosen share of the margin.
    pub keep_margin: KeepMarginDiscount,
    /// Net value of offering for discounts 0–15 %.
    pub sensitivity: Sensitivity,
    /// What to do.
    pub recommendation: Recommendation,
}

// ---------------------------------------------------------------------------------------------
// Calculations
// ---------------------------------------------------------------------------------------------

/// The annualised cost of the terms "`discount_pct` % if paid within `pay_within_days`, net
/// `net_days`" on the given year basis (formulas on [`AnnualisedCost`]).
///
/// Errors (all at once, same fields and kinds as [`DiscountInput::validate`]): discount
/// percent outside `0 ≤ p < 100` ([`DiscountField::DiscountPercent`]), days outside
/// `0..=MAX_DAYS`, `pay_within_days ≥ net_days`. A discount of 0 costs 0 %.
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::discount::{annualised_cost, YearBasis};
///
/// // 2/10 net 30: 2 % for paying 20 days early.
/// let cost = annualised_cost(dec!(2), 10, 30, YearBasis::Days365).unwrap();
/// assert_eq!(cost.simple_pct, Some(dec!(37.2449))); // 2/98 × 365/20
/// assert_eq!(cost.compound_pct, Some(dec!(44.5853))); // (1 + 2/98)^(365/20) − 1
///
/// let same_days = annualised_cost(dec!(2), 30, 30, YearBasis::Days365);
/// assert!(same_days.is_err());
/// ```
pub fn annualised_cost(
    discount_pct: Decimal,
    pay_within_days: i64,
    net_days: i64,
    basis: YearBasis,
) -> Result<AnnualisedCost, Vec<DiscountFieldError>> {
    // Reuse the full validation on an otherwise valid input, keeping only these fields.
    let probe = DiscountInput {
        offer: DiscountOffer::Percent(discount_pct),
        pay_within_days,
        net_days,
        year_basis: basis,
        ..DiscountInput::default()
    };
    probe.validate()?;
    let d = discount_pct
        .divided_by(HUNDRED)
        .ok_or_else(|| vec![overflow()])?;
    let (simple, compound) = annualised_fractions(d, net_days - pay_within_days, basis);
    Ok(AnnualisedCost {
        simple_pct: simple.and_then(to_rate_pct),
        compound_pct: compound.and_then(to_rate_pct),
    })
}

/// Analyses a discount offer. See the module documentation for the model and
/// [`DiscountInput`] for the rules; every field error comes back at once.
///
/// Worked example (cost of capital 0 so that present values are plain amounts): 1 000 GBP,
/// 2 % off within 10 days instead of net 30. Waiting: 90 % × 1 000 = 900 paid, plus 10 % ×
/// 50 % × 1 000 = 50 recovered, minus 2 h × 50 = 100 of staff time: 850. Offering: 980.
/// Net value of offering 130; break-even 1 000 − 850 = 150, i.e. 15 %.
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::discount::*;
///
/// let mut input = DiscountInput::example(dec!(1000), "GBP");
/// input.offer = DiscountOffer::Percent(dec!(2));
/// input.pay_within_days = 10;
/// input.net_days = 30;
/// input.cost_of_capital_pct = dec!(0);
/// input.unpaid_probability_pct = dec!(10);
/// input.recovery_rate_pct = dec!(50);
/// input.chasing_hours = dec!(2);
/// input.hourly_cost = dec!(50);
/// input.agency_probability_pct = dec!(0);
/// input.legal_probability_pct = dec!(0);
/// input.churn_probability_pct = dec!(0);
///
/// let a = analyze(&input).unwrap();
/// assert_eq!(a.discount_amount, dec!(20.00));
/// assert_eq!(a.net_received, dec!(980.00));
/// assert_eq!(a.annualised_cost.simple_pct, Some(dec!(37.2449)));
/// assert_eq!(a.versus_capital, CapitalComparison::DearerThanCapital);
/// assert_eq!(a.waiting.total, dec!(850.00));
/// assert_eq!(a.offer_value, dec!(980.00));
/// assert_eq!(a.net_value_of_offer, dec!(130.00));
/// assert_eq!(a.break_even, BreakEven::UpTo { percent: dec!(15), amount: dec!(150.00) });
/// assert_eq!(a.recommendation, Recommendation::Offer { gain: dec!(130.00) });
/// // 2 % of the sale is 2/30 of a 30 % margin.
/// assert_eq!(
///     a.margin_erosion,
///     MarginErosion::Share { share_pct: dec!(6.6667), exceeds_profit: false }
/// );
/// // Keep half the 30 % margin: offer at most 15 %.
/// assert_eq!(a.keep_margin.percent, dec!(15));
/// assert_eq!(a.sensitivity.points.len(), 31);
///
/// input.net_days = 10; // pay-within must be less than net days
/// assert!(analyze(&input).is_err());
/// ```
pub fn analyze(input: &DiscountInput) -> Result<DiscountAnalysis, Vec<DiscountFieldError>> {
    let (cur, errors) = input.check();
    match cur {
        Some(cur) if errors.is_empty() => compute(input, cur).ok_or_else(|| vec![overflow()]),
        _ => Err(errors),
    }
}

fn overflow() -> DiscountFieldError {
    DiscountFieldError {
        field: DiscountField::InvoiceAmount,
        kind: DiscountErrorKind::TooLargeToCompute,
    }
}

/// `(simple, compound)` annualised rates as fractions for a discount fraction `d` in
/// `[0, 1)` and a credit period `span` = `N − D` > 0 days; `None` where too large.
fn annualised_fractions(
    d: Decimal,
    span: i64,
    basis: YearBasis,
) -> (Option<Decimal>, Option<Decimal>) {
    let periods = basis.decimal().divided_by(Decimal::from(span));
    let one_minus = Decimal::ONE.minus(d);
    let per_period = one_minus.and_then(|x| d.divided_by(x));
    let simple = per_period.zip(periods).and_then(|(x, n)| x.times(n));
    let compound = one_minus
        .and_then(|x| Decimal::ONE.divided_by(x))
        .zip(periods)
        .and_then(|(base, n)| base.checked_powd(n))
        .and_then(|grown| grown.minus(Decimal::ONE));
    (simple, compound)
}

/// A fraction as a percent rounded half-up to `RATE_DECIMALS`.
fn to_rate_pct(fraction: Decimal) -> Option<Decimal> {
    fraction.times(HUNDRED).map(rate)
}

/// A percent rounded half-up to `RATE_DECIMALS`.
fn rate(pct: Decimal) -> Decimal {
    positive_zero(pct.round_dp_with_strategy(RATE_DECIMALS, RoundingStrategy::MidpointAwayFromZero))
}

fn positive_zero(mut x: Decimal) -> Decimal {
    if x.is_zero() {
        x.set_sign_positive(true);
    }
    x
}

/// Percent to fraction.
fn frac(pct: Decimal) -> Option<Decimal> {
    pct.divided_by(HUNDRED)
}

/// `g(t) = 1 + r·t/Y`.
fn growth(rate: Decimal, days: i64, year: Decimal) -> Option<Decimal> {
    rate.times(Decimal::from(days))?
        .divided_by(year)?
        .plus(Decimal::ONE)
}

/// The whole analysis on validated input; `None` only on arithmetic overflow (impossible
/// within the documented bounds).
fn compute(input: &DiscountInput, cur: &'static Currency) -> Option<DiscountAnalysis> {
    let money = |x: Decimal| positive_zero(round_to_minor(x, cur, Rounding::HalfUp));
    let zero = Decimal::ZERO;
    let one = Decimal::ONE;
    let a = input.invoice_amount;
    let year = input.year_basis.decimal();

    // The offer.
    let discount = match input.offer {
        DiscountOffer::Percent(p) => a.times(frac(p)?)?,
        DiscountOffer::Amount(x) => x,
    };
    let d = discount.divided_by(a)?;
    let d_pct = d.times(HUNDRED)?;
    let discount_amount = money(discount);
    let net_received = money(a).minus(discount_amount)?;

    // Annualised cost and comparison with capital.
    let span = input.net_days - input.pay_within_days;
    let (simple, compound) = annualised_fractions(d, span, input.year_basis);
    let simple_pct_exact = simple.and_then(|x| x.times(HUNDRED));
    let annualised_cost = AnnualisedCost {
        simple_pct: simple_pct_exact.map(rate),
        compound_pct: compound.and_then(to_rate_pct),
    };
    let versus_capital = match simple_pct_exact {
        None => CapitalComparison::DearerThanCapital,
        Some(pct) => {
            let gap = pct.minus(input.cost_of_capital_pct)?;
            if gap > CAPITAL_TOLERANCE_POINTS {
                CapitalComparison::DearerThanCapital
            } else if gap < -CAPITAL_TOLERANCE_POINTS {
                CapitalComparison::CheaperThanCapital
            } else {
                CapitalComparison::AboutEqual
            }
        }
    };

    // Margin erosion.
    let profit_on_sale = a.times(frac(input.gross_margin_pct)?)?;
    let margin_erosion = if money(profit_on_sale).is_zero() {
        MarginErosion::NoProfitToErode
    } else {
        MarginErosion::Share {
            share_pct: rate(discount.divided_by(profit_on_sale)?.times(HUNDRED)?),
            exceeds_profit: discount > profit_on_sale,
        }
    };

    // The value of waiting.
    let r = frac(input.cost_of_capital_pct)?;
    let p = frac(input.unpaid_probability_pct)?;
    let recovery = frac(input.recovery_rate_pct)?;
    let paid = one.minus(p)?;
    let g_t = growth(r, input.expected_days_to_payment, year)?;
    let g_recovery = growth(
        r,
        input.expected_days_to_payment + input.recovery_delay_days,
        year,
    )?;
    let g_d = growth(r, input.pay_within_days, year)?;

    let full_payment_pv = paid.times(a)?.divided_by(g_t)?;
    let statutory_pv = paid.times(input.statutory_claim)?.divided_by(g_t)?;
    let recovery_pv = p.times(recovery)?.times(a)?.divided_by(g_recovery)?;
    let staff = input.chasing_hours.times(input.hourly_cost)?;
    let q_agency = frac(input.agency_probability_pct)?;
    let q_legal = frac(input.legal_probability_pct)?;
    let agency = match input.agency_fee {
        AgencyFee::ContingencyPercent(f) => {
            // Expected collected share E = (1 − p) + p·R.
            let collected = paid.plus(p.times(recovery)?)?;
            q_agency
                .minus(q_legal)?
                .times(frac(f)?)?
                .times(collected)?
                .times(a)?
        }
        AgencyFee::Flat(fee) => q_agency.times(fee)?,
    };
    let legal = q_legal.times(input.legal_costs)?;
    let churn = frac(input.churn_probability_pct)?;
    let relationship_loss = churn.times(input.yearly_client_profit)?;
    let waiting_exact = full_payment_pv
        .plus(statutory_pv)?
        .plus(recovery_pv)?
        .minus(staff)?
        .minus(agency)?
        .minus(legal)?
        .minus(relationship_loss)?;
    let waiting = WaitingValue {
        full_payment_pv: money(full_payment_pv),
        statutory_claim_pv: money(statutory_pv),
        recovery_pv: money(recovery_pv),
        staff_cost: money(staff),
        agency_cost: money(agency),
        legal_cost: money(legal),
        relationship_loss: money(relationship_loss),
        total: money(waiting_exact),
    };

    // The value of offering, as a function of the discount amount.
    let offer_value_of = |discount: Decimal| a.minus(discount)?.divided_by(g_d);
    let offer_exact = offer_value_of(discount)?;
    let net_exact = offer_exact.minus(waiting_exact)?;

    let relationship = {
        let worth_more_than_invoice = input.yearly_client_profit > a;
        let loss_exceeds_discount = relationship_loss > discount;
        RelationshipAtStake {
            expected_loss: money(relationship_loss),
            worth_more_than_invoice,
            loss_exceeds_discount,
            flagged: worth_more_than_invoice || loss_exceeds_discount,
        }
    };

    // Break-even: the discount amount A − V_wait·g(D), clamped.
    let (break_even, break_even_exact) = if waiting_exact <= zero {
        (BreakEven::AnyDiscount, None)
    } else {
        let waiting_at_d = waiting_exact.times(g_d)?;
        if waiting_at_d >= a {
            (BreakEven::NoDiscountWorthOffering, None)
        } else {
            let amount = a.minus(waiting_at_d)?;
            let percent = amount.divided_by(a)?.times(HUNDRED)?;
            (
                BreakEven::UpTo {
                    percent: rate(percent),
                    amount: money(amount),
                },
                Some(amount),
            )
        }
    };

    let keep_margin = {
        let keep = frac(input.keep_margin_share_pct)?;
        let percent = input.gross_margin_pct.times(one.minus(keep)?)?;
        KeepMarginDiscount {
            keep_share_pct: input.keep_margin_share_pct,
            percent: rate(percent),
            amount: money(a.times(frac(percent)?)?),
        }
    };

    let mut points = Vec::with_capacity(SENSITIVITY_POINTS);
    let mut step = zero;
    while step <= SENSITIVITY_MAX_PCT {
        let amount = a.times(frac(step)?)?;
        let net = offer_value_of(amount)?.minus(waiting_exact)?;
        points.push(SensitivityPoint {
            discount_pct: step,
            discount_amount: money(amount),
            net_value: money(net),
        });
        step = step.plus(SENSITIVITY_STEP_PCT)?;
    }
    let sensitivity = Sensitivity {
        points,
        break_even_pct: match break_even {
            BreakEven::UpTo { percent, .. } => Some(percent),
            _ => None,
        },
        offered_pct: rate(d_pct),
    };

    let recommendation = match (break_even, break_even_exact) {
        (BreakEven::UpTo { percent, amount }, Some(limit)) => {
            if discount <= limit {
                Recommendation::Offer {
                    gain: money(net_exact),
                }
            } else if amount.is_zero() {
                Recommendation::DoNotOffer
            } else {
                Recommendation::OfferSmaller {
                    max_percent: percent,
                    max_amount: amount,
                }
            }
        }
        (BreakEven::AnyDiscount, _) => Recommendation::Offer {
            gain: money(net_exact),
        },
        _ => Recommendation::DoNotOffer,
    };

    Some(DiscountAnalysis {
        currency: cur.code.to_string(),
        discount_pct: rate(d_pct),
        discount_amount,
        net_received,
        annualised_cost,
        versus_capital,
        margin_erosion,
        waiting,
        offer_value: money(offer_exact),
        net_value_of_offer: money(net_exact),
        relationship,
        break_even,
        keep_margin,
        sensitivity,
        recommendation,
    })
}

/// Why a deadline date cannot be the end of the discount period
/// ([`pay_within_days_until`]).
///
/// ```
/// use tactful_engine::discount::DeadlineError;
///
/// assert_eq!(DeadlineError::InPast.to_string(), "the deadline is in the past");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DeadlineError {
    /// The deadline is before today.
    InPast,
    /// The deadline is on or after the day the normal terms end (`today + net_days`):
    /// paying early would gain the client nothing.
    NotBeforeNetTerms {
        /// The day the normal terms end.
        net_terms_date: NaiveDate,
        /// The normal terms' net days.
        net_days: i64,
    },
    /// `net_days` is outside `0..=MAX_DAYS`, or the dates leave the calendar.
    OutOfRange,
}

impl fmt::Display for DeadlineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DeadlineError::InPast => f.write_str("the deadline is in the past"),
            DeadlineError::NotBeforeNetTerms { net_terms_date, .. } => write!(
                f,
                "the deadline must be before the end of the normal terms ({net_terms_date})"
            ),
            DeadlineError::OutOfRange => f.write_str("the deadline is out of range"),
        }
    }
}

impl std::error::Error for DeadlineError {}

/// The pay-within days `D` for a discount that must be paid by `deadline` (that day
/// included), counted from `today`: `deadline − today`. The engine never reads the clock,
/// so `today` is an argument.
///
/// # Errors
/// [`DeadlineError::InPast`] when `deadline < today`;
/// [`DeadlineError::NotBeforeNetTerms`] when `deadline ≥ today + net_days` (the same rule
/// as `pay_within_days < net_days` in [`DiscountInput::validate`]);
/// [`DeadlineError::OutOfRange`] when `net_days` is outside `0..=MAX_DAYS`.
///
/// ```
/// use chrono::NaiveDate;
/// use tactful_engine::discount::{pay_within_days_until, DeadlineError};
///
/// let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let today = date(2026, 11, 23);
/// assert_eq!(pay_within_days_until(today, date(2026, 11, 30), 30), Ok(7));
/// assert_eq!(pay_within_days_until(today, today, 30), Ok(0));
/// assert_eq!(pay_within_days_until(today, date(2026, 11, 22), 30), Err(DeadlineError::InPast));
/// assert_eq!(
///     pay_within_days_until(today, date(2026, 12, 23), 30),
///     Err(DeadlineError::NotBeforeNetTerms { net_terms_date: date(2026, 12, 23), net_days: 30 })
/// );
/// ```
pub fn pay_within_days_until(
    today: NaiveDate,
    deadline: NaiveDate,
    net_days: i64,
) -> Result<i64, DeadlineError> {
    if !days_ok(net_days) {
        return Err(DeadlineError::OutOfRange);
    }
    let net_terms_date = today
        .checked_add_days(chrono::Days::new(net_days.unsigned_abs()))
        .ok_or(DeadlineError::OutOfRange)?;
    if deadline < today {
        Err(DeadlineError::InPast)
    } else if deadline >= net_terms_date {
        Err(DeadlineError::NotBeforeNetTerms {
            net_terms_date,
            net_days,
        })
    } else {
        Ok(days_between(today, deadline))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    /// The scenario worked by hand in the module tests: every figure has a clean closed form.
    ///
    /// A = 10 000, Y = 360, r = 10 % so g(36) = 1.01, g(72) = 1.02, g(180) = 1.05.
    fn worked() -> DiscountInput {
        DiscountInput {
            invoice_amount: dec!(10000),
            currency: "GBP".to_string(),
            gross_margin_pct: dec!(25),
            offer: DiscountOffer::Percent(dec!(3)),
            pay_within_days: 36,
            net_days: 60,
            year_basis: YearBasis::Days360,
            expected_days_to_payment: 72,
            unpaid_probability_pct: dec!(20),
            recovery_rate_pct: dec!(50),
            recovery_delay_days: 108,
            yearly_client_profit: dec!(5000),
            churn_probability_pct: dec!(10),
            cost_of_capital_pct: dec!(10),
            chasing_hours: dec!(10),
            hourly_cost: dec!(30),
            agency_probability_pct: dec!(20),
            agency_fee: AgencyFee::ContingencyPercent(dec!(20)),
            legal_probability_pct: dec!(5),
            legal_costs: dec!(4000),
            statutory_claim: dec!(510),
            keep_margin_share_pct: dec!(60),
        }
    }

    fn errors_of(input: &DiscountInput) -> Vec<DiscountFieldError> {
        match analyze(input) {
            Ok(_) => Vec::new(),
            Err(errors) => errors,
        }
    }

    fn one_error(field: DiscountField, kind: DiscountErrorKind) -> Vec<DiscountFieldError> {
        vec![DiscountFieldError { field, kind }]
    }

    #[test]
    fn max_money_is_the_limits_table_amount() {
        assert_eq!(MAX_MONEY, Decimal::from(1_000_000_000_000_i64));
        assert_eq!(MAX_HOURS, Decimal::from(100_000));
        assert_eq!(SENSITIVITY_STEP_PCT, dec!(0.5));
        assert_eq!(CAPITAL_TOLERANCE_POINTS, dec!(0.5));
    }

    #[test]
    fn textbook_terms_annualise_to_hand_worked_rates() {
        // (percent, D, N, basis, simple %, compound %), hand-worked to 10+ digits then rounded.
        let table = [
            (
                dec!(2),
                10,
                30,
                YearBasis::Days365,
                dec!(37.2449),
                dec!(44.5853),
            ),
            (
                dec!(2),
                10,
                30,
                YearBasis::Days360,
                dec!(36.7347),
                dec!(43.8569),
            ),
            (
                dec!(1),
                10,
                30,
                YearBasis::Days365,
                dec!(18.4343),
                dec!(20.1317),
            ),
            (
                dec!(1),
                10,
                30,
                YearBasis::Days360,
                dec!(18.1818),
                dec!(19.8303),
            ),
            (
                dec!(2),
                15,
                45,
                YearBasis::Days365,
                dec!(24.8299),
                dec!(27.8643),
            ),
            (
                dec!(2),
                15,
                45,
                YearBasis::Days360,
                dec!(24.4898),
                dec!(27.4345),
            ),
            (
                dec!(3),
                10,
                60,
                YearBasis::Days365,
                dec!(22.5773),
                dec!(24.9011),
            ),
            (
                dec!(3),
                10,
                60,
                YearBasis::Days360,
                dec!(22.2680),
                dec!(24.5213),
            ),
            (dec!(0), 10, 30, YearBasis::Days365, dec!(0), dec!(0)),
        ];
        for (pct, d, n, basis, simple, compound) in table {
            let cost = annualised_cost(pct, d, n, basis).unwrap();
            assert_eq!(cost.simple_pct, Some(simple), "{pct}/{d} net {n} {basis:?}");
            assert_eq!(
                cost.compound_pct,
                Some(compound),
                "{pct}/{d} net {n} {basis:?}"
            );
        }
    }

    #[test]
    fn compound_rate_from_powd_matches_high_precision_references() {
        // Unrounded compound rates (percent) against 30-digit references (mpmath); the
        // requirement is 0.01 points, checked here to 1e-6 points.
        let table = [
            (
                dec!(2),
                20,
                YearBasis::Days365,
                dec!(44.585292731248512006317356872),
            ),
            (
                dec!(1),
                7,
                YearBasis::Days365,
                dec!(68.885912439438499441410473756),
            ),
            (
                dec!(10),
                7,
                YearBasis::Days365,
                dec!(24217.912615260690643111074637),
            ),
            (
                dec!(0.5),
                300,
                YearBasis::Days365,
                dec!(0.6117226829231692125557303531),
            ),
            (
                dec!(40),
                400,
                YearBasis::Days365,
                dec!(59.381160243598964159115667363),
            ),
            (dec!(99), 365, YearBasis::Days365, dec!(9900)),
            (
                dec!(3),
                50,
                YearBasis::Days360,
                dec!(24.521261930001364562779803031),
            ),
            (
                dec!(12.5),
                13,
                YearBasis::Days360,
                dec!(3935.8111828013398786888618454),
            ),
        ];
        for (pct, span, basis, reference) in table {
            let (_, compound) = annualised_fractions(pct / dec!(100), span, basis);
            let got = compound.unwrap() * dec!(100);
            let error = (got - reference).abs();
            assert!(
                error < dec!(0.000001),
                "{pct}% over {span}: {got} vs {reference}"
            );
        }
    }

    #[test]
    fn annualised_rates_too_large_to_represent_are_none_not_panics() {
        // 49.9 % for one day early: (1/0.501)^365 ≈ 3.6e111.
        let cost = annualised_cost(dec!(49.9), 0, 1, YearBasis::Days365).unwrap();
        assert_eq!(cost.compound_pct, None);
        assert_eq!(cost.simple_pct, Some(dec!(36354.2914)));
        // A discount within 1e-26 of 100 % overflows even the simple rate.
        let nearly_all = dec!(99.99999999999999999999999999);
        let cost = annualised_cost(nearly_all, 0, 1, YearBasis::Days360).unwrap();
        assert_eq!(
            cost,
            AnnualisedCost {
                simple_pct: None,
                compound_pct: None
            }
        );
    }

    #[test]
    fn annualised_cost_reports_every_bad_term() {
        let errors = annualised_cost(dec!(100), 30, 30, YearBasis::Days365).unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            [DiscountField::DiscountPercent, DiscountField::PayWithinDays]
        );
        let errors = annualised_cost(dec!(-1), -1, 40_000, YearBasis::Days365).unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            [
                DiscountField::DiscountPercent,
                DiscountField::PayWithinDays,
                DiscountField::NetDays
            ]
        );
    }

    #[test]
    fn worked_scenario_matches_hand_calculation() {
        let a = analyze(&worked()).unwrap();
        assert_eq!(a.currency, "GBP");
        assert_eq!(a.discount_pct, dec!(3));
        assert_eq!(a.discount_amount, dec!(300.00));
        assert_eq!(a.net_received, dec!(9700.00));
        // 3/97 × 360/24
        assert_eq!(a.annualised_cost.simple_pct, Some(dec!(46.3918)));
        assert_eq!(a.versus_capital, CapitalComparison::DearerThanCapital);
        assert_eq!(
            a.margin_erosion,
            MarginErosion::Share {
                share_pct: dec!(12),
                exceeds_profit: false
            }
        );
        assert_eq!(
            a.waiting,
            WaitingValue {
                full_payment_pv: dec!(7843.14),   // 0.8 × 10 000 / 1.02
                statutory_claim_pv: dec!(400.00), // 0.8 × 510 / 1.02
                recovery_pv: dec!(952.38),        // 0.2 × 0.5 × 10 000 / 1.05
                staff_cost: dec!(300.00),         // 10 × 30
                agency_cost: dec!(270.00),        // (0.20 − 0.05) × 0.20 × 0.9 × 10 000
                legal_cost: dec!(200.00),         // 0.05 × 4 000
                relationship_loss: dec!(500.00),  // 0.10 × 5 000
                total: dec!(7925.52),             // 7925.5182072829...
            }
        );
        assert_eq!(a.offer_value, dec!(9603.96)); // 9 700 / 1.01
        assert_eq!(a.net_value_of_offer, dec!(1678.44));
        // 10 000 − 7925.5182072829 × 1.01 = 1995.2266106443
        assert_eq!(
            a.break_even,
            BreakEven::UpTo {
                percent: dec!(19.9523),
                amount: dec!(1995.23)
            }
        );
        assert_eq!(
            a.relationship,
            RelationshipAtStake {
                expected_loss: dec!(500.00),
                worth_more_than_invoice: false,
                loss_exceeds_discount: true,
                flagged: true,
            }
        );
        assert_eq!(
            a.keep_margin,
            KeepMarginDiscount {
                keep_share_pct: dec!(60),
                percent: dec!(10),
                amount: dec!(1000.00)
            }
        );
        assert_eq!(
            a.recommendation,
            Recommendation::Offer {
                gain: dec!(1678.44)
            }
        );
        assert_eq!(a.sensitivity.break_even_pct, Some(dec!(19.9523)));
        assert_eq!(a.sensitivity.offered_pct, dec!(3));
    }

    #[test]
    fn sensitivity_has_31_points_on_a_straight_line() {
        let a = analyze(&worked()).unwrap();
        let points = &a.sensitivity.points;
        assert_eq!(points.len(), SENSITIVITY_POINTS);
        assert_eq!(points[0].discount_pct, dec!(0));
        assert_eq!(points[30].discount_pct, dec!(15));
        // 0 %: 10 000 / 1.01 − 7925.5182... = 1975.4718...
        assert_eq!(points[0].net_value, dec!(1975.47));
        assert_eq!(points[6].discount_pct, dec!(3));
        assert_eq!(points[6].net_value, a.net_value_of_offer);
        // 15 %: 8 500 / 1.01 − 7925.5182... = 490.3233...
        assert_eq!(points[30].discount_amount, dec!(1500.00));
        assert_eq!(points[30].net_value, dec!(490.32));
    }

    #[test]
    fn flat_agency_fee_is_paid_in_every_agency_case() {
        let mut input = worked();
        input.agency_fee = AgencyFee::Flat(dec!(1000));
        let a = analyze(&input).unwrap();
        assert_eq!(a.waiting.agency_cost, dec!(200.00)); // 0.20 × 1 000
    }

    #[test]
    fn amount_offer_is_converted_to_a_percent() {
        let mut input = worked();
        input.offer = DiscountOffer::Amount(dec!(300));
        let by_amount = analyze(&input).unwrap();
        let by_percent = analyze(&worked()).unwrap();
        assert_eq!(by_amount, by_percent);
    }

    #[test]
    fn break_even_clamps_and_recommendations() {
        // Waiting worth more than the full amount at D: statutory claim makes waiting rich.
        let mut rich = worked();
        rich.statutory_claim = dec!(5000);
        rich.unpaid_probability_pct = dec!(0);
        rich.agency_probability_pct = dec!(0);
        rich.legal_probability_pct = dec!(0);
        rich.churn_probability_pct = dec!(0);
        rich.chasing_hours = dec!(0);
        let a = analyze(&rich).unwrap();
        assert_eq!(a.break_even, BreakEven::NoDiscountWorthOffering);
        assert_eq!(a.recommendation, Recommendation::DoNotOffer);
        assert_eq!(a.sensitivity.break_even_pct, None);
        assert!(a.net_value_of_offer < Decimal::ZERO);

        // Waiting loses money: huge staff cost.
        let mut poor = worked();
        poor.chasing_hours = dec!(1000);
        let a = analyze(&poor).unwrap();
        assert!(a.waiting.total < Decimal::ZERO);
        assert_eq!(a.break_even, BreakEven::AnyDiscount);
        assert_eq!(a.break_even.percent(), dec!(100));
        assert!(matches!(a.recommendation, Recommendation::Offer { .. }));

        // Offered more than the break-even: suggest a smaller one.
        let mut greedy = worked();
        greedy.offer = DiscountOffer::Percent(dec!(25));
        let a = analyze(&greedy).unwrap();
        assert_eq!(
            a.recommendation,
            Recommendation::OfferSmaller {
                max_percent: dec!(19.9523),
                max_amount: dec!(1995.23)
            }
        );
        assert!(a.net_value_of_offer < Decimal::ZERO);
    }

    #[test]
    fn zero_margin_has_no_profit_to_erode_and_discounts_above_margin_exceed_it() {
        let mut input = worked();
        input.gross_margin_pct = dec!(0);
        let a = analyze(&input).unwrap();
        assert_eq!(a.margin_erosion, MarginErosion::NoProfitToErode);
        assert_eq!(a.keep_margin.percent, dec!(0));
        assert_eq!(a.keep_margin.amount, dec!(0.00));

        input.gross_margin_pct = dec!(2);
        let a = analyze(&input).unwrap();
        assert_eq!(
            a.margin_erosion,
            MarginErosion::Share {
                share_pct: dec!(150),
                exceeds_profit: true
            }
        );

        // A profit below half a minor unit counts as none.
        input.invoice_amount = dec!(0.10);
        input.gross_margin_pct = dec!(1);
        let a = analyze(&input).unwrap();
        assert_eq!(a.margin_erosion, MarginErosion::NoProfitToErode);
    }

    #[test]
    fn capital_comparison_uses_a_half_point_band() {
        // 1/10 net 30 on 360 days: 18.1818 % simple.
        let mut input = worked();
        input.offer = DiscountOffer::Percent(dec!(1));
        input.pay_within_days = 10;
        input.net_days = 30;
        let table = [
            (dec!(10), CapitalComparison::DearerThanCapital),
            (dec!(17.6818), CapitalComparison::DearerThanCapital),
            (dec!(17.6819), CapitalComparison::AboutEqual),
            (dec!(18.6818), CapitalComparison::AboutEqual),
            (dec!(18.6819), CapitalComparison::CheaperThanCapital),
            (dec!(40), CapitalComparison::CheaperThanCapital),
        ];
        for (capital, expected) in table {
            input.cost_of_capital_pct = capital;
            assert_eq!(
                analyze(&input).unwrap().versus_capital,
                expected,
                "capital {capital}"
            );
        }
    }

    #[test]
    fn relationship_worth_more_than_invoice_is_flagged() {
        let mut input = worked();
        input.yearly_client_profit = dec!(20000);
        input.churn_probability_pct = dec!(0);
        let a = analyze(&input).unwrap();
        assert!(a.relationship.worth_more_than_invoice);
        assert!(!a.relationship.loss_exceeds_discount);
        assert!(a.relationship.flagged);

        input.yearly_client_profit = dec!(1000);
        input.churn_probability_pct = dec!(10);
        let a = analyze(&input).unwrap();
        assert_eq!(a.relationship.expected_loss, dec!(100.00));
        assert!(!a.relationship.flagged);
    }

    #[test]
    fn money_is_rounded_half_up_to_the_currency_minor_unit() {
        let mut input = worked();
        input.currency = "jpy".to_string();
        input.invoice_amount = dec!(1001);
        input.offer = DiscountOffer::Percent(dec!(2.5)); // 25.025 yen
        let a = analyze(&input).unwrap();
        assert_eq!(a.currency, "JPY");
        assert_eq!(a.discount_amount, dec!(25));
        assert_eq!(a.net_received, dec!(976));

        input.currency = "KWD".to_string();
        input.invoice_amount = dec!(0.101);
        input.offer = DiscountOffer::Percent(dec!(5)); // 0.00505
        let a = analyze(&input).unwrap();
        assert_eq!(a.discount_amount, dec!(0.005));
        assert_eq!(a.net_received, dec!(0.096));

        // A tie: 5 % of 0.10 GBP is 0.005, rounded up; the net received still adds up.
        input.currency = "GBP".to_string();
        input.invoice_amount = dec!(0.10);
        let a = analyze(&input).unwrap();
        assert_eq!(a.discount_amount, dec!(0.01));
        assert_eq!(a.net_received, dec!(0.09));
    }

    #[test]
    fn each_rule_reports_its_field_and_kind() {
        use DiscountErrorKind as K;
        use DiscountField as F;
        let pct_range = K::OutOfRange {
            min: dec!(0),
            max: dec!(100),
        };
        let money_range = K::OutOfRange {
            min: dec!(0),
            max: MAX_MONEY,
        };
        let days_range = K::OutOfRange {
            min: dec!(0),
            max: dec!(36500),
        };
        type Mutation = fn(&mut DiscountInput);
        let table: Vec<(Mutation, Vec<DiscountFieldError>)> = vec![
            (
                |i| i.invoice_amount = dec!(0),
                one_error(F::InvoiceAmount, K::MustBePositive { max: MAX_MONEY }),
            ),
            (
                |i| i.invoice_amount = dec!(-5),
                one_error(F::InvoiceAmount, K::MustBePositive { max: MAX_MONEY }),
            ),
            (
                |i| i.invoice_amount = dec!(1000000000000001),
                one_error(F::InvoiceAmount, K::MustBePositive { max: MAX_MONEY }),
            ),
            (
                |i| i.currency = "XYZ".into(),
                one_error(F::Currency, K::UnknownCurrency),
            ),
            (
                |i| i.currency = String::new(),
                one_error(F::Currency, K::UnknownCurrency),
            ),
            (
                |i| i.gross_margin_pct = dec!(100.01),
                one_error(F::GrossMarginPct, pct_range.clone()),
            ),
            (
                |i| i.gross_margin_pct = dec!(-1),
                one_error(F::GrossMarginPct, pct_range.clone()),
            ),
            (
                |i| i.offer = DiscountOffer::Percent(dec!(100)),
                one_error(
                    F::DiscountPercent,
                    K::MustBeLessThan {
                        limit: dec!(100),
                        other: None,
                    },
                ),
            ),
            (
                |i| i.offer = DiscountOffer::Percent(dec!(-0.1)),
                one_error(F::DiscountPercent, K::MustNotBeNegative),
            ),
            (
                |i| i.offer = DiscountOffer::Amount(dec!(10000)),
                one_error(
                    F::DiscountAmount,
                    K::MustBeLessThan {
                        limit: dec!(10000),
                        other: Some(F::InvoiceAmount),
                    },
                ),
            ),
            (
                |i| i.offer = DiscountOffer::Amount(dec!(-1)),
                one_error(F::DiscountAmount, K::MustNotBeNegative),
            ),
            (
                |i| i.pay_within_days = 60,
                one_error(
                    F::PayWithinDays,
                    K::MustBeLessThan {
                        limit: dec!(60),
                        other: Some(F::NetDays),
                    },
                ),
            ),
            (
                |i| i.pay_within_days = 61,
                one_error(
                    F::PayWithinDays,
                    K::MustBeLessThan {
                        limit: dec!(60),
                        other: Some(F::NetDays),
                    },
                ),
            ),
            (
                |i| i.pay_within_days = -1,
                one_error(F::PayWithinDays, days_range.clone()),
            ),
            (
                |i| i.net_days = 36501,
                one_error(F::NetDays, days_range.clone()),
            ),
            (
                |i| i.expected_days_to_payment = -3,
                one_error(F::ExpectedDaysToPayment, days_range.clone()),
            ),
            (
                |i| i.unpaid_probability_pct = dec!(101),
                one_error(F::UnpaidProbabilityPct, pct_range.clone()),
            ),
            (
                |i| i.recovery_rate_pct = dec!(-1),
                one_error(F::RecoveryRatePct, pct_range.clone()),
            ),
            (
                |i| i.recovery_delay_days = i64::MAX,
                one_error(F::RecoveryDelayDays, days_range.clone()),
            ),
            (
                |i| i.yearly_client_profit = dec!(-1),
                one_error(F::YearlyClientProfit, money_range.clone()),
            ),
            (
                |i| i.churn_probability_pct = dec!(100.5),
                one_error(F::ChurnProbabilityPct, pct_range.clone()),
            ),
            (
                |i| i.cost_of_capital_pct = dec!(-2),
                one_error(F::CostOfCapitalPct, pct_range.clone()),
            ),
            (
                |i| i.chasing_hours = dec!(100001),
                one_error(
                    F::ChasingHours,
                    K::OutOfRange {
                        min: dec!(0),
                        max: MAX_HOURS,
                    },
                ),
            ),
            (
                |i| i.hourly_cost = Decimal::MAX,
                one_error(F::HourlyCost, money_range.clone()),
            ),
            (
                |i| i.agency_probability_pct = dec!(4),
                one_error(
                    F::LegalProbabilityPct,
                    K::MustNotExceed {
                        limit: dec!(4),
                        other: F::AgencyProbabilityPct,
                    },
                ),
            ),
            (
                |i| i.agency_probability_pct = dec!(200),
                one_error(F::AgencyProbabilityPct, pct_range.clone()),
            ),
            (
                |i| i.agency_fee = AgencyFee::ContingencyPercent(dec!(101)),
                one_error(F::AgencyContingencyPct, pct_range.clone()),
            ),
            (
                |i| i.agency_fee = AgencyFee::Flat(dec!(-1)),
                one_error(F::AgencyFlatFee, money_range.clone()),
            ),
            (
                |i| i.legal_probability_pct = dec!(-1),
                one_error(F::LegalProbabilityPct, pct_range.clone()),
            ),
            (
                |i| i.legal_costs = Decimal::MIN,
                one_error(F::LegalCosts, money_range.clone()),
            ),
            (
                |i| i.statutory_claim = dec!(-0.01),
                one_error(F::StatutoryClaim, money_range.clone()),
            ),
            (
                |i| i.keep_margin_share_pct = dec!(150),
                one_error(F::KeepMarginSharePct, pct_range.clone()),
            ),
        ];
        for (index, (mutate, expected)) in table.into_iter().enumerate() {
            let mut input = worked();
            mutate(&mut input);
            assert_eq!(errors_of(&input), expected, "row {index}");
        }
    }

    #[test]
    fn all_field_errors_come_back_at_once_in_field_order() {
        let mut input = worked();
        input.invoice_amount = dec!(0);
        input.currency = "??".into();
        input.offer = DiscountOffer::Amount(dec!(5));
        input.pay_within_days = 60;
        input.unpaid_probability_pct = dec!(-1);
        input.legal_probability_pct = dec!(90);
        let errors = errors_of(&input);
        let fields: Vec<_> = errors.iter().map(|e| e.field).collect();
        // The discount amount cannot be compared with an invalid invoice amount: no error.
        assert_eq!(
            fields,
            [
                DiscountField::InvoiceAmount,
                DiscountField::Currency,
                DiscountField::PayWithinDays,
                DiscountField::UnpaidProbabilityPct,
                DiscountField::LegalProbabilityPct,
            ]
        );
        assert_eq!(
            errors.iter().map(ToString::to_string).collect::<Vec<_>>(),
            [
                "invoice amount: must be greater than 0 and at most 1000000000000",
                "currency: unknown currency code",
                "pay-within days: must be less than 60 (net days)",
                "probability unpaid: must be between 0 and 100",
                "legal probability: must not exceed 20 (agency probability)",
            ]
        );
    }

    #[test]
    fn huge_values_with_certain_outcomes_are_analysed_without_panic() {
        let big = dec!(1000000000000);
        let mut input = worked();
        input.invoice_amount = big;
        input.yearly_client_profit = big;
        input.hourly_cost = big;
        input.chasing_hours = MAX_HOURS;
        input.legal_costs = big;
        input.statutory_claim = big;
        input.agency_fee = AgencyFee::Flat(big);
        for pct in [
            &mut input.unpaid_probability_pct,
            &mut input.recovery_rate_pct,
            &mut input.churn_probability_pct,
            &mut input.cost_of_capital_pct,
            &mut input.agency_probability_pct,
            &mut input.legal_probability_pct,
            &mut input.gross_margin_pct,
        ] {
            *pct = dec!(100);
        }
        input.offer = DiscountOffer::Percent(dec!(99.9999));
        input.pay_within_days = 0;
        input.net_days = 1;
        input.expected_days_to_payment = MAX_DAYS;
        input.recovery_delay_days = MAX_DAYS;
        let a = analyze(&input).unwrap();
        assert_eq!(a.break_even, BreakEven::AnyDiscount);
        assert_eq!(a.annualised_cost.compound_pct, None);
        assert_eq!(a.versus_capital, CapitalComparison::DearerThanCapital);

        // Everything at its maximum, in a currency with no minor unit.
        input.currency = "JPY".into();
        input.invoice_amount = MAX_MONEY;
        input.yearly_client_profit = MAX_MONEY;
        input.hourly_cost = MAX_MONEY;
        input.offer = DiscountOffer::Amount(MAX_MONEY - dec!(1));
        assert!(analyze(&input).is_ok());
    }

    #[test]
    fn tiny_amounts_are_analysed_without_division_by_zero() {
        let mut input = worked();
        input.invoice_amount = dec!(0.01);
        input.offer = DiscountOffer::Percent(dec!(50));
        let a = analyze(&input).unwrap();
        assert_eq!(a.discount_amount, dec!(0.01));
        // Below the currency's minor unit is not an amount at all.
        input.invoice_amount = dec!(0.0000000000000000000000000001);
        assert_eq!(
            errors_of(&input),
            one_error(
                DiscountField::InvoiceAmount,
                DiscountErrorKind::TooManyDecimals { decimals: 2 }
            )
        );
    }

    #[test]
    fn deadline_dates_become_pay_within_days_or_a_typed_error() {
        let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let today = date(2024, 2, 20);
        // Across the leap day: 20 Feb → 5 Mar 2024 is 14 days.
        assert_eq!(pay_within_days_until(today, date(2024, 3, 5), 30), Ok(14));
        assert_eq!(pay_within_days_until(today, date(2024, 3, 20), 30), Ok(29));
        let net_end = DeadlineError::NotBeforeNetTerms {
            net_terms_date: date(2024, 3, 21),
            net_days: 30,
        };
        assert_eq!(
            pay_within_days_until(today, date(2024, 3, 21), 30),
            Err(net_end)
        );
        assert_eq!(
            pay_within_days_until(today, date(2025, 1, 1), 30),
            Err(net_end)
        );
        assert_eq!(
            pay_within_days_until(today, date(2024, 2, 19), 30),
            Err(DeadlineError::InPast)
        );
        // Net 0: no day is early enough.
        assert_eq!(
            pay_within_days_until(today, today, 0),
            Err(DeadlineError::NotBeforeNetTerms {
                net_terms_date: today,
                net_days: 0,
            })
        );
        assert_eq!(
            pay_within_days_until(today, today, -1),
            Err(DeadlineError::OutOfRange)
        );
        assert_eq!(
            pay_within_days_until(today, today, MAX_DAYS + 1),
            Err(DeadlineError::OutOfRange)
        );
        assert_eq!(
            pay_within_days_until(NaiveDate::MAX, NaiveDate::MAX, 1),
            Err(DeadlineError::OutOfRange)
        );
        // The days found always pass the engine's own pay-within rule.
        let mut input = worked();
        input.net_days = 30;
        input.pay_within_days = pay_within_days_until(today, date(2024, 3, 20), 30).unwrap();
        assert!(input.validate().is_ok());
    }
}
