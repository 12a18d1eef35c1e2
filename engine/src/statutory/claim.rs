//! One claim under any jurisdiction: the input ([`ClaimInput`]), the computation
//! ([`late_payment_claim`]) and its breakdown (periods, capitalisations, compensation,
//! collection costs), returned as a [`StatutoryClaim`].
//!
//! How a claim is worked out:
//! 1. The interest period runs from the first day of interest (the day after the due
//!    date unless given) to `until`, included unless
//!    [`PaymentDay::NotCounted`].
//! 2. It is cut into periods of one rate and one year length: at every 1 January and 1
//!    July where the rate moves per half-year; at every 1 January with the
//!    actual/actual day basis; in the Netherlands, at every anniversary of the first day
//!    of interest, where the year's interest joins the principal.
//! 3. Each period's exact interest is `base × annual_rate × days / (100 × year_days)`;
//!    then it is rounded ([`InterestRounding`]).
//! 4. Fixed compensation and (Netherlands) collection costs are added when the payment
//!    is late at `until`, whatever the number of days.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::compensation::{
    fixed_collection_costs, ie_fixed_compensation, nl_collection_costs, uk_fixed_compensation,
    CollectionCostBasis, CollectionCosts, CompensationItem, CompensationKind, Instalment,
};
use super::jurisdiction::{Jurisdiction, RateRule};
use super::options::{ClaimOptions, DayBasis, InterestRounding, IrishRateDate, PaymentDay};
use super::rates::RateTable;
use super::{
    half_year_end, half_year_start, uk_reference_date, ClaimNote, InterestPeriod, StatutoryClaim,
    StatutoryError, StatutoryInput, EU_FIXED_COMPENSATION_EUR, EU_MAXIMUM_MARGIN,
    EU_MINIMUM_MARGIN, MAX_ENTERED_RATE, MAX_INTEREST_DAYS,
};
use crate::currency::{currency, Currency};
use crate::dates::days_between;
use crate::decimal_ops::DecimalOps;
use crate::money::{round_to_minor, Rounding};

/// A reference rate the user entered for one reference date: the 1 January or 1 July
/// that opens a half-year (the 30 June or 31 December before interest starts, under
/// UK law). It replaces the table for the periods using that date only, so a claim
/// running into a half-year the tables do not know yet keeps the known rates of the
/// earlier half-years.
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::statutory::EnteredRate;
///
/// let h1_2027 = EnteredRate { reference_date: "2027-01-01".parse().unwrap(), rate: dec!(2.40) };
/// assert_eq!(h1_2027.rate, dec!(2.40));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnteredRate {
    /// The day whose rate in force this is.
    pub reference_date: NaiveDate,
    /// The rate in percent (0 to 100).
    pub rate: Decimal,
}

/// What the user tells us about a late invoice, under any jurisdiction.
///
/// - `jurisdiction`: the law ([`Jurisdiction`]).
/// - `principal`, `currency`, `due_date`, `interest_start`, `until`: as in
///   [`StatutoryInput`]: the unpaid amount (positive) in an ISO 4217 currency; the
///   agreed due date (interest starts the day after unless `interest_start` says
///   otherwise, e.g. from [`de_interest_start`](super::de_interest_start)); the day the
///   claim runs to (normally the payment day).
/// - `reference_rate_override`: one rate in percent replacing the table in **every**
///   half-year of the claim.
/// - `reference_rates`: rates entered for single reference dates ([`EnteredRate`]);
///   they win over `reference_rate_override` and the table for their half-year.
/// - `eu_margin`: the margin of `Eu` claims (8 to 20; `None` is 8); ignored elsewhere.
/// - `instalments`: Germany only: the instalments of the debt; each one due before
///   `until` earns the €40 Pauschale instead of one for the invoice. Interest still
///   runs on `principal` from the claim's start; for interest per instalment make one
///   claim per instalment. Ignored (with a note) elsewhere.
/// - `collection_costs_agreed`: Netherlands only: collection costs in euro the parties
///   agreed instead of the BIK scale (never less than €40); ignored elsewhere.
/// - `options`: the points the law leaves open ([`ClaimOptions`]).
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::statutory::{ClaimInput, Jurisdiction};
///
/// let input = ClaimInput::new(
///     Jurisdiction::De, dec!(1000), "EUR",
///     "2025-03-31".parse().unwrap(), "2025-05-15".parse().unwrap(),
/// );
/// assert!(input.reference_rates.is_empty() && input.instalments.is_empty());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimInput {
    /// The law the claim is made under.
    pub jurisdiction: Jurisdiction,
    /// Unpaid amount, in `currency`; must be positive.
    pub principal: Decimal,
    /// ISO 4217 code of the invoice currency.
    pub currency: String,
    /// The agreed due date.
    pub due_date: NaiveDate,
    /// First day of interest, when it is not the day after `due_date`.
    pub interest_start: Option<NaiveDate>,
    /// The day the claim runs to (the payment day).
    pub until: NaiveDate,
    /// One reference rate replacing the table everywhere in this claim.
    pub reference_rate_override: Option<Decimal>,
    /// Rates entered for single reference dates.
    pub reference_rates: Vec<EnteredRate>,
    /// Margin of `Eu` claims (8 to 20); `None` is 8.
    pub eu_margin: Option<Decimal>,
    /// Germany: the debt's instalments (one Pauschale per late instalment).
    pub instalments: Vec<Instalment>,
    /// Netherlands: agreed collection costs instead of the BIK scale.
    pub collection_costs_agreed: Option<Decimal>,
    /// The points the law leaves open.
    pub options: ClaimOptions,
}

impl ClaimInput {
    /// A claim under `jurisdiction` with every optional field empty and the default
    /// options.
    ///
    /// ```
    /// use rust_decimal_macros::dec;
    /// use tactful_engine::statutory::{ClaimInput, ClaimOptions, Jurisdiction};
    ///
    /// let input = ClaimInput::new(
    ///     Jurisdiction::Fr, dec!(500), "EUR",
    ///     "2025-03-31".parse().unwrap(), "2025-04-30".parse().unwrap(),
    /// );
    /// assert_eq!(input.options, ClaimOptions::default());
    /// assert_eq!(input.interest_start, None);
    /// ```
    pub fn new(
        jurisdiction: Jurisdiction,
        principal: Decimal,
        currency: &str,
        due_date: NaiveDate,
        until: NaiveDate,
    ) -> Self {
        ClaimInput {
            jurisdiction,
            principal,
            currency: currency.to_owned(),
            due_date,
            interest_start: None,
            until,
            reference_rate_override: None,
            reference_rates: Vec::new(),
            eu_margin: None,
            instalments: Vec::new(),
            collection_costs_agreed: None,
            options: ClaimOptions::default(),
        }
    }
}

impl From<&StatutoryInput> for ClaimInput {
    /// The same claim under the jurisdiction of its regime (`Uk` or `Eu`), default
    /// options: gives exactly the figures [`statutory_claim`](super::statutory_claim)
    /// always gave.
    fn from(input: &StatutoryInput) -> Self {
        ClaimInput {
            jurisdiction: Jurisdiction::from(input.regime),
            principal: input.principal,
            currency: input.currency.clone(),
            due_date: input.due_date,
            interest_start: input.interest_start,
            until: input.until,
            reference_rate_override: input.reference_rate_override,
            reference_rates: Vec::new(),
            eu_margin: input.eu_margin,
            instalments: Vec::new(),
            collection_costs_agreed: None,
            options: ClaimOptions::default(),
        }
    }
}

/// The year's interest added to the principal on an anniversary of the first day of
/// interest (Netherlands, art. 6:119a lid 3 with 6:119 lid 2 BW): from `date` on,
/// interest runs on `base_after = base_before + interest_added`. `interest_added` is
/// the year's interest rounded to the minor unit (an amount of money joins the debt).
///
/// A first day of interest on 29 February has its anniversaries on 1 March in common
/// years (the year from 29 February 2024 ends on 28 February 2025), and on 29 February
/// in leap years; anniversaries are counted from the first day, not from each other.
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::statutory::{late_payment_claim, ClaimInput, Jurisdiction};
///
/// // €10,000 late from 1 January 2024 to 31 March 2025 at ECB + 8 (12.50 % in 2024 H1,
/// // 12.25 % in H2): 2024 earns 10000 × (12.50 × 182 + 12.25 × 184) / 36500
/// // = 1240.82 (rounded), added on 1 January 2025.
/// let claim = late_payment_claim(&ClaimInput::new(
///     Jurisdiction::Nl, dec!(10000), "EUR",
///     "2023-12-31".parse().unwrap(), "2025-03-31".parse().unwrap(),
/// )).unwrap();
/// let first = &claim.capitalisations[0];
/// assert_eq!(first.date.to_string(), "2025-01-01");
/// assert_eq!((first.interest_added, first.base_after), (dec!(1240.82), dec!(11240.82)));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Capitalisation {
    /// First day on which interest runs on the larger base.
    pub date: NaiveDate,
    /// The base before.
    pub base_before: Decimal,
    /// The year's interest added.
    pub interest_added: Decimal,
    /// The base from `date` on.
    pub base_after: Decimal,
}

/// Computes statutory interest, fixed compensation and (Netherlands) collection costs
/// on one late invoice under `input.jurisdiction`; see the
/// [jurisdiction rules](super::jurisdiction) and the [options](super::options).
///
/// Errors: [`StatutoryError::NonPositivePrincipal`], [`StatutoryError::UnknownCurrency`],
/// [`StatutoryError::InvalidReferenceRate`] (an override or entered rate outside 0 to
/// 100), [`StatutoryError::InvalidRateDate`] and [`StatutoryError::DuplicateRateDate`]
/// (entered rates), [`StatutoryError::InvalidMargin`] (`Eu` only),
/// [`StatutoryError::InvalidInstalment`], [`StatutoryError::InvalidCollectionCosts`],
/// [`StatutoryError::NoReferenceRate`] (the table does not know a rate needed and none
/// was entered: its `date` is the reference date to enter a rate for, the first day of
/// the half-year or, under UK law, the 30 June or 31 December),
/// [`StatutoryError::PeriodTooLong`], [`StatutoryError::DateOutOfRange`],
/// [`StatutoryError::Overflow`]. Never panics.
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::statutory::{late_payment_claim, ClaimInput, Jurisdiction};
///
/// // Germany: €10,000 due 30 November 2024, paid 28 February 2025. Basiszinssatz 3.37 %
/// // in 2024 H2 and 2.27 % in 2025 H1, + 9 points:
/// // 10000 × 12.37 % × 31 / 365 = 105.0603 and 10000 × 11.27 % × 59 / 365 = 182.1726,
/// // together 287.2329 → €287.23; Pauschale €40.
/// let claim = late_payment_claim(&ClaimInput::new(
///     Jurisdiction::De, dec!(10000), "EUR",
///     "2024-11-30".parse().unwrap(), "2025-02-28".parse().unwrap(),
/// )).unwrap();
/// let rates: Vec<_> = claim.periods.iter().map(|p| (p.days, p.annual_rate)).collect();
/// assert_eq!(rates, [(31, dec!(12.37)), (59, dec!(11.27))]);
/// assert_eq!(claim.interest, dec!(287.23));
/// assert_eq!(claim.compensation, dec!(40));
/// assert_eq!(claim.total_claim, Some(dec!(327.23)));
///
/// // The first half of 2027 is not in the tables yet: the claim asks for its rate.
/// let mut later = claim_input();
/// # fn claim_input() -> ClaimInput { ClaimInput::new(Jurisdiction::De, dec!(1000), "EUR",
/// #     "2026-12-15".parse().unwrap(), "2027-01-15".parse().unwrap()) }
/// let missing = late_payment_claim(&later).unwrap_err();
/// assert_eq!(missing.to_string(), "no reference rate known for 2027-01-01; give the rate as an override");
/// later.reference_rates.push(tactful_engine::statutory::EnteredRate {
///     reference_date: "2027-01-01".parse().unwrap(), rate: dec!(1.52),
/// });
/// assert!(late_payment_claim(&later).is_ok());
/// ```
pub fn late_payment_claim(input: &ClaimInput) -> Result<StatutoryClaim, StatutoryError> {
    Law::new(input)?.claim(input)
}

/// The claim as it stands on `date`: [`late_payment_claim`] with `until` set to `date`.
/// Same errors.
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::statutory::{claim_accrued_at, ClaimInput, Jurisdiction};
///
/// let input = ClaimInput::new(
///     Jurisdiction::Es, dec!(1000), "EUR",
///     "2025-07-31".parse().unwrap(), "2025-12-31".parse().unwrap(),
/// );
/// // 10 days at 2.15 + 8 = 10.15 %: 1000 × 10.15 % × 10 / 365 = 2.7808 → 2.78; plus €40.
/// let at = claim_accrued_at(&input, "2025-08-10".parse().unwrap()).unwrap();
/// assert_eq!((at.interest, at.total_claim), (dec!(2.78), Some(dec!(42.78))));
/// ```
pub fn claim_accrued_at(
    input: &ClaimInput,
    date: NaiveDate,
) -> Result<StatutoryClaim, StatutoryError> {
    let mut at_date = input.clone();
    at_date.until = date;
    late_payment_claim(&at_date)
}

/// At most this many half-years' rates are carried forward (twenty years ahead); a claim
/// running further asks for the rates, as a missing past rate does.
pub const MAX_ASSUMED_RATES: usize = 40;

/// Reference rates nobody can know yet, assumed: for a reference date after `today`
/// (a half-year that has not started, whose rate is not published), the latest rate
/// the jurisdiction's built-in table knows, carried forward. A projection (a discount's
/// expected payment day, a timeline's later steps) then gives figures instead of asking
/// for a rate, and says which rates it assumed ([`RatesCarriedForward::assumed`]).
///
/// A missing rate on or before `today` is not assumed: it should be published, and the
/// claim keeps asking for it ([`StatutoryError::NoReferenceRate`]). A rate entered for a
/// date, or one override for the whole claim, is never replaced.
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::statutory::{ClaimInput, EnteredRate, Jurisdiction, RatesCarriedForward};
///
/// // Germany, seen on 7 December 2026: the 2027 Basiszinssatz is not published yet.
/// let today = "2026-12-07".parse().unwrap();
/// let mut input = ClaimInput::new(
///     Jurisdiction::De, dec!(1000), "EUR",
///     "2026-12-15".parse().unwrap(), "2027-01-15".parse().unwrap(),
/// );
/// let mut carried = RatesCarriedForward::new(Jurisdiction::De, today);
/// let claim = carried.claim(&mut input).unwrap();
/// // 2026 H2 at its published 1.52 %, and 2027 H1 assumed the same: + 9 = 10.52 %.
/// let rates: Vec<_> = claim.periods.iter().map(|p| p.annual_rate).collect();
/// assert_eq!(rates, [dec!(10.52), dec!(10.52)]);
/// let assumed = EnteredRate { reference_date: "2027-01-01".parse().unwrap(), rate: dec!(1.52) };
/// assert_eq!(carried.assumed(), [assumed]);
/// assert_eq!(input.reference_rates, [assumed]);
/// ```
#[derive(Clone, Debug)]
pub struct RatesCarriedForward {
    today: NaiveDate,
    table: RateTable,
    assumed: Vec<EnteredRate>,
}

impl RatesCarriedForward {
    /// No rate assumed yet, for claims under `jurisdiction` seen on `today`.
    pub fn new(jurisdiction: Jurisdiction, today: NaiveDate) -> Self {
        RatesCarriedForward {
            today,
            table: jurisdiction.rate_table(),
            assumed: Vec::new(),
        }
    }

    /// Every rate assumed so far, in the order they were needed (one per reference date).
    pub fn assumed(&self) -> &[EnteredRate] {
        &self.assumed
    }

    /// The rate to assume for `date`, which a computation lacked, given the rates already
    /// in use (`entered`); `None` when it must be asked for instead: `date` is not after
    /// today, a rate for it is already in use, too many are assumed already, or the
    /// table knows no rate at all. The rate returned is recorded as assumed.
    pub fn assume(&mut self, date: NaiveDate, entered: &[EnteredRate]) -> Option<EnteredRate> {
        if date <= self.today
            || entered.iter().any(|r| r.reference_date == date)
            || self.assumed.len() >= MAX_ASSUMED_RATES
        {
            return None;
        }
        let assumed = match self.assumed.iter().find(|r| r.reference_date == date) {
            Some(known) => *known,
            None => {
                let rate = self.table.rate_on(self.table.as_of())?;
                let assumed = EnteredRate {
                    reference_date: date,
                    rate,
                };
                self.assumed.push(assumed);
                assumed
            }
        };
        Some(assumed)
    }

    /// [`late_payment_claim`] on `input`, each rate it lacks after today assumed and
    /// added to `input.reference_rates` (so later claims on the same input reuse them).
    /// On an error, `input` and [`assumed`](Self::assumed) are as before the call.
    pub fn claim(&mut self, input: &mut ClaimInput) -> Result<StatutoryClaim, StatutoryError> {
        let (entered, assumed) = (input.reference_rates.len(), self.assumed.len());
        loop {
            let error = match late_payment_claim(input) {
                Ok(claim) => return Ok(claim),
                Err(error) => error,
            };
            let rate = match error {
                StatutoryError::NoReferenceRate { date } => {
                    self.assume(date, &input.reference_rates)
                }
                _ => None,
            };
            match rate {
                Some(rate) => input.reference_rates.push(rate),
                None => {
                    input.reference_rates.truncate(entered);
                    self.assumed.truncate(assumed);
                    return Err(error);
                }
            }
        }
    }
}

/// The number of a full day count: actual/365 uses 365, actual/actual the days of the
/// calendar year.
fn year_days(basis: DayBasis, year: i32) -> i64 {
    match basis {
        DayBasis::Actual365 => 365,
        DayBasis::ActualActual => {
            if NaiveDate::from_ymd_opt(year, 2, 29).is_some() {
                366
            } else {
                365
            }
        }
    }
}

/// The `k`-th anniversary of `start` (k ≥ 1): the same day `k` years later, or 1 March
/// when `start` is 29 February and that year has none.
fn anniversary(start: NaiveDate, k: i32) -> Option<NaiveDate> {
    let year = start.year().checked_add(k)?;
    NaiveDate::from_ymd_opt(year, start.month(), start.day())
        .or_else(|| NaiveDate::from_ymd_opt(year, 3, 1))
}

/// The validated rules of one claim.
struct Law {
    jurisdiction: Jurisdiction,
    options: ClaimOptions,
    rule: RateRule,
    table: RateTable,
    margin: Decimal,
    principal: Decimal,
    currency: &'static Currency,
    single_override: Option<Decimal>,
    /// Sorted by date, no duplicates.
    entered: Vec<EnteredRate>,
    interest_start: NaiveDate,
    /// The reference date of the whole claim for the one-rate rules (UK, Ireland).
    fixed_reference: Option<NaiveDate>,
}

/// The interest of a claim: the periods with their rounded shares, the yearly
/// capitalisations (Netherlands) and the rounded total.
struct Accrued {
    periods: Vec<InterestPeriod>,
    capitalisations: Vec<Capitalisation>,
    interest: Decimal,
}

/// The rate of one day of interest.
struct DayRate {
    reference_date: NaiveDate,
    reference_rate: Decimal,
    annual_rate: Decimal,
    entered: bool,
}

impl Law {
    fn new(input: &ClaimInput) -> Result<Law, StatutoryError> {
        if input.principal <= Decimal::ZERO {
            return Err(StatutoryError::NonPositivePrincipal {
                principal: input.principal,
            });
        }
        let invoice_currency = currency(&input.currency)
            .map_err(|unknown| StatutoryError::UnknownCurrency { code: unknown.code })?;
        let valid_rate = |rate: Decimal| {
            if rate < Decimal::ZERO || rate > MAX_ENTERED_RATE {
                Err(StatutoryError::InvalidReferenceRate { rate })
            } else {
                Ok(rate)
            }
        };
        if let Some(rate) = input.reference_rate_override {
            valid_rate(rate)?;
        }
        let jurisdiction = input.jurisdiction;
        let mut entered = Vec::with_capacity(input.reference_rates.len());
        for entry in &input.reference_rates {
            valid_rate(entry.rate)?;
            let date = entry.reference_date;
            let reference_date_form = if jurisdiction == Jurisdiction::Uk {
                (date.month(), date.day()) == (6, 30) || (date.month(), date.day()) == (12, 31)
            } else {
                date.day() == 1 && (date.month() == 1 || date.month() == 7)
            };
            if !reference_date_form {
                return Err(StatutoryError::InvalidRateDate { date });
            }
            entered.push(*entry);
        }
        entered.sort_by_key(|entry| entry.reference_date);
        if let Some(pair) = entered
            .windows(2)
            .find(|pair| pair[0].reference_date == pair[1].reference_date)
        {
            return Err(StatutoryError::DuplicateRateDate {
                date: pair[0].reference_date,
            });
        }
        let margin = match jurisdiction.statutory_margin() {
            Some(margin) => margin,
            None => {
                let margin = input.eu_margin.unwrap_or(EU_MINIMUM_MARGIN);
                if margin < EU_MINIMUM_MARGIN || margin > EU_MAXIMUM_MARGIN {
                    return Err(StatutoryError::InvalidMargin { margin });
                }
                margin
            }
        };
        if jurisdiction == Jurisdiction::De {
            if let Some(index) = input
                .instalments
                .iter()
                .position(|part| part.amount <= Decimal::ZERO)
            {
                return Err(StatutoryError::InvalidInstalment { index });
            }
        }
        if jurisdiction == Jurisdiction::Nl {
            if let Some(amount) = input.collection_costs_agreed {
                if amount < Decimal::ZERO {
                    return Err(StatutoryError::InvalidCollectionCosts { amount });
                }
            }
        }
        let interest_start = match input.interest_start {
            Some(start) => start,
            None => input
                .due_date
                .succ_opt()
                .ok_or(StatutoryError::DateOutOfRange)?,
        };
        let options = input.options;
        let rule = jurisdiction.rate_rule(options.ie_rate_date);
        Ok(Law {
            jurisdiction,
            options,
            rule,
            table: jurisdiction.rate_table(),
            margin,
            principal: input.principal,
            currency: invoice_currency,
            single_override: input.reference_rate_override,
            entered,
            interest_start,
            fixed_reference: None,
        })
    }

    /// The reference date of the whole claim under the one-rate rules (UK, Ireland).
    fn one_rate_reference(&self, input: &ClaimInput) -> Result<Option<NaiveDate>, StatutoryError> {
        let rate_day = match (self.rule, self.options.ie_rate_date) {
            (RateRule::PerHalfYear, _) => return Ok(None),
            (RateRule::FixedAtStart, _) => {
                return uk_reference_date(self.interest_start)
                    .map(Some)
                    .ok_or(StatutoryError::DateOutOfRange)
            }
            (RateRule::OneRate, IrishRateDate::DueDate) => input.due_date,
            (RateRule::OneRate, IrishRateDate::PaymentDate) => input.until,
            (RateRule::OneRate, _) => self.interest_start,
        };
        half_year_start(rate_day)
            .map(Some)
            .ok_or(StatutoryError::DateOutOfRange)
    }

    fn claim(mut self, input: &ClaimInput) -> Result<StatutoryClaim, StatutoryError> {
        let start = self.interest_start;
        let late = input.until >= start;
        // The last day of interest: `until`, or the day before when the payment day is
        // not counted (then a payment on the first day of lateness has no interest day).
        let last = match self.options.payment_day {
            PaymentDay::Counted => Some(input.until),
            PaymentDay::NotCounted if late => input.until.pred_opt(),
            PaymentDay::NotCounted => None,
        };
        let days = match last {
            Some(last) => days_between(start, last)
                .checked_add(1)
                .ok_or(StatutoryError::Overflow)?
                .max(0),
            None => 0,
        };
        if days > MAX_INTEREST_DAYS {
            return Err(StatutoryError::PeriodTooLong { days });
        }
        self.fixed_reference = self.one_rate_reference(input)?;

        let first = self.day_rate(start)?;
        let Accrued {
            periods,
            capitalisations,
            interest,
        } = match last {
            Some(last) if days > 0 => self.interest(start, last)?,
            _ => Accrued {
                periods: Vec::new(),
                capitalisations: Vec::new(),
                interest: self.round(Decimal::ZERO),
            },
        };
        let daily_interest = match periods.last() {
            Some(period) => period.daily_interest,
            None => self.daily_interest(self.principal, first.annual_rate, start.year())?,
        };

        let mut notes = Vec::new();
        if !late {
            notes.push(ClaimNote::NotYetLate);
        }
        let compensation_currency = self.jurisdiction.compensation_currency();
        let compensation_currency_differs = self.currency.code != compensation_currency;
        let (compensation_items, compensation) =
            self.compensation(input, late, compensation_currency_differs, &mut notes)?;
        let collection_costs_detail = self.collection_costs(
            input.collection_costs_agreed,
            late,
            compensation_currency_differs,
            &mut notes,
        )?;
        let collection_costs = collection_costs_detail
            .as_ref()
            .map_or(NO_MONEY, |costs| costs.amount);
        if !input.instalments.is_empty() && self.jurisdiction != Jurisdiction::De {
            notes.push(ClaimNote::InstalmentsIgnored);
        }
        let (total_claim, total_due) = if compensation_currency_differs {
            notes.push(ClaimNote::CompensationNotConverted);
            (None, None)
        } else {
            let total_claim = interest
                .plus(compensation)
                .and_then(|sum| sum.plus(collection_costs))
                .ok_or(StatutoryError::Overflow)?;
            let total_due = self
                .principal
                .plus(total_claim)
                .ok_or(StatutoryError::Overflow)?;
            (Some(total_claim), Some(total_due))
        };

        let rate_overridden = periods.iter().any(|period| period.rate_entered)
            || (periods.is_empty() && first.entered);
        let rate_source = self.rate_source(first.reference_date, &periods);

        Ok(StatutoryClaim {
            regime: self.jurisdiction.regime(),
            currency: self.currency.code.to_string(),
            principal: self.principal,
            interest_start: start,
            until: input.until,
            days,
            reference_date: first.reference_date,
            reference_rate: first.reference_rate,
            margin: self.margin,
            annual_rate: first.annual_rate,
            daily_interest,
            interest,
            compensation,
            compensation_currency: compensation_currency.to_string(),
            compensation_currency_differs,
            total_claim,
            total_due,
            periods,
            rate_source,
            rate_overridden,
            rates_as_of: self.table.as_of(),
            notes,
            jurisdiction: self.jurisdiction,
            options: self.options,
            rate_rule: self.rule,
            rate_table: self.table,
            compensation_items,
            collection_costs,
            collection_costs_detail,
            capitalisations,
        })
    }

    /// The reference date whose rate applies on `day`.
    fn reference_date(&self, day: NaiveDate) -> Result<NaiveDate, StatutoryError> {
        match self.fixed_reference {
            Some(date) => Ok(date),
            None => half_year_start(day).ok_or(StatutoryError::DateOutOfRange),
        }
    }

    /// The rate of interest running on `day`: an entered rate for its reference date,
    /// else the single override, else the table.
    fn day_rate(&self, day: NaiveDate) -> Result<DayRate, StatutoryError> {
        let reference_date = self.reference_date(day)?;
        let found = self
            .entered
            .binary_search_by_key(&reference_date, |entry| entry.reference_date)
            .ok()
            .and_then(|index| self.entered.get(index));
        let (reference_rate, entered) = match (found, self.single_override) {
            (Some(entry), _) => (entry.rate, true),
            (None, Some(rate)) => (rate, true),
            (None, None) => (
                self.table
                    .rate_on(reference_date)
                    .ok_or(StatutoryError::NoReferenceRate {
                        date: reference_date,
                    })?,
                false,
            ),
        };
        let annual_rate = reference_rate
            .plus(self.margin)
            .ok_or(StatutoryError::Overflow)?;
        Ok(DayRate {
            reference_date,
            reference_rate,
            annual_rate,
            entered,
        })
    }

    /// The interest from `start` to `end` (both included, `start <= end`).
    fn interest(&self, start: NaiveDate, end: NaiveDate) -> Result<Accrued, StatutoryError> {
        let mut periods = Vec::new();
        let mut capitalisations = Vec::new();
        let mut total = self.round(Decimal::ZERO);
        let mut base = self.principal;
        let mut year_start = start;
        let mut year = 0i32;
        loop {
            let block_end = if self.jurisdiction.compounds_yearly() {
                year = year.checked_add(1).ok_or(StatutoryError::DateOutOfRange)?;
                let next = anniversary(start, year).ok_or(StatutoryError::DateOutOfRange)?;
                let year_end = next.pred_opt().ok_or(StatutoryError::DateOutOfRange)?;
                year_end.min(end)
            } else {
                end
            };
            let first_index = periods.len();
            self.cut(year_start, block_end, base, &mut periods)?;
            let block = periods.get_mut(first_index..).unwrap_or_default();
            let block_total = self.round_block(block)?;
            total = total.plus(block_total).ok_or(StatutoryError::Overflow)?;
            if block_end >= end {
                return Ok(Accrued {
                    periods,
                    capitalisations,
                    interest: total,
                });
            }
            let next = block_end.succ_opt().ok_or(StatutoryError::DateOutOfRange)?;
            let base_after = base.plus(block_total).ok_or(StatutoryError::Overflow)?;
            capitalisations.push(Capitalisation {
                date: next,
                base_before: base,
                interest_added: block_total,
                base_after,
            });
            base = base_after;
            year_start = next;
        }
    }

    /// Appends the periods from `start` to `end` (included) on `base`, with exact
    /// interest, cut where the rate or the year length may change.
    fn cut(
        &self,
        start: NaiveDate,
        end: NaiveDate,
        base: Decimal,
        periods: &mut Vec<InterestPeriod>,
    ) -> Result<(), StatutoryError> {
        let mut period_start = start;
        loop {
            let mut period_end = end;
            if self.rule == RateRule::PerHalfYear {
                let half = half_year_end(period_start).ok_or(StatutoryError::DateOutOfRange)?;
                period_end = period_end.min(half);
            }
            if self.options.day_basis == DayBasis::ActualActual {
                let year_end = NaiveDate::from_ymd_opt(period_start.year(), 12, 31)
                    .ok_or(StatutoryError::DateOutOfRange)?;
                period_end = period_end.min(year_end);
            }
            let rate = self.day_rate(period_start)?;
            let days = days_between(period_start, period_end)
                .checked_add(1)
                .ok_or(StatutoryError::Overflow)?;
            let year_days = year_days(self.options.day_basis, period_start.year());
            periods.push(InterestPeriod {
                start: period_start,
                end: period_end,
                days,
                reference_date: rate.reference_date,
                reference_rate: rate.reference_rate,
                annual_rate: rate.annual_rate,
                daily_interest: self.daily_interest(base, rate.annual_rate, period_start.year())?,
                interest: exact_interest(base, rate.annual_rate, days, year_days)?,
                margin: self.margin,
                base,
                year_days,
                rate_entered: rate.entered,
            });
            if period_end >= end {
                return Ok(());
            }
            period_start = period_end
                .succ_opt()
                .ok_or(StatutoryError::DateOutOfRange)?;
        }
    }

    /// Rounds one block of periods (the whole claim, or one Dutch year) by the rounding
    /// option, replacing each period's exact interest by its rounded share; returns the
    /// block's rounded total.
    fn round_block(&self, block: &mut [InterestPeriod]) -> Result<Decimal, StatutoryError> {
        let mut rounded_before = self.round(Decimal::ZERO);
        match self.options.rounding {
            InterestRounding::Once => {
                let mut exact_total = Decimal::ZERO;
                for period in block.iter_mut() {
                    exact_total = exact_total
                        .plus(period.interest)
                        .ok_or(StatutoryError::Overflow)?;
                    let rounded_total = self.round(exact_total);
                    period.interest = rounded_total
                        .minus(rounded_before)
                        .ok_or(StatutoryError::Overflow)?;
                    rounded_before = rounded_total;
                }
            }
            InterestRounding::PerPeriod => {
                for period in block.iter_mut() {
                    period.interest = self.round(period.interest);
                    rounded_before = rounded_before
                        .plus(period.interest)
                        .ok_or(StatutoryError::Overflow)?;
                }
            }
        }
        Ok(rounded_before)
    }

    /// One day's interest on `base` at `annual_rate` in `year`, rounded half-up.
    fn daily_interest(
        &self,
        base: Decimal,
        annual_rate: Decimal,
        year: i32,
    ) -> Result<Decimal, StatutoryError> {
        let year_days = year_days(self.options.day_basis, year);
        Ok(self.round(exact_interest(base, annual_rate, 1, year_days)?))
    }

    fn round(&self, amount: Decimal) -> Decimal {
        round_to_minor(amount, self.currency, Rounding::HalfUp)
    }

    /// The fixed sums and their total: nothing while the payment is not late.
    fn compensation(
        &self,
        input: &ClaimInput,
        late: bool,
        currency_differs: bool,
        notes: &mut Vec<ClaimNote>,
    ) -> Result<(Vec<CompensationItem>, Decimal), StatutoryError> {
        let invoice = |compensation| CompensationItem {
            kind: CompensationKind::Invoice,
            due_date: input.due_date,
            amount: self.principal,
            compensation,
        };
        let items = match self.jurisdiction {
            Jurisdiction::Uk if currency_differs => {
                notes.push(ClaimNote::UkCompensationTierAssumed);
                vec![invoice(uk_fixed_compensation(Decimal::ZERO))]
            }
            Jurisdiction::Uk => vec![invoice(uk_fixed_compensation(self.principal))],
            Jurisdiction::Ie if currency_differs => {
                notes.push(ClaimNote::CompensationTierAssumed);
                vec![invoice(ie_fixed_compensation(Decimal::ZERO))]
            }
            Jurisdiction::Ie => vec![invoice(ie_fixed_compensation(self.principal))],
            Jurisdiction::Nl => Vec::new(),
            Jurisdiction::De if !input.instalments.is_empty() => input
                .instalments
                .iter()
                .filter(|part| part.due_date < input.until)
                .map(|part| CompensationItem {
                    kind: CompensationKind::Instalment,
                    due_date: part.due_date,
                    amount: part.amount,
                    compensation: EU_FIXED_COMPENSATION_EUR,
                })
                .collect(),
            Jurisdiction::Eu => {
                if currency_differs && self.single_override.is_none() && self.entered.is_empty() {
                    notes.push(ClaimNote::EuNonEuroReferenceRate);
                }
                vec![invoice(EU_FIXED_COMPENSATION_EUR)]
            }
            Jurisdiction::De | Jurisdiction::Fr | Jurisdiction::Es => {
                vec![invoice(EU_FIXED_COMPENSATION_EUR)]
            }
        };
        if !late {
            return Ok((Vec::new(), NO_MONEY));
        }
        let mut total = NO_MONEY;
        for item in &items {
            total = total
                .plus(item.compensation)
                .ok_or(StatutoryError::Overflow)?;
        }
        Ok((items, total))
    }

    /// Dutch collection costs (`None` elsewhere); zero while the payment is not late.
    fn collection_costs(
        &self,
        agreed: Option<Decimal>,
        late: bool,
        currency_differs: bool,
        notes: &mut Vec<ClaimNote>,
    ) -> Result<Option<CollectionCosts>, StatutoryError> {
        if self.jurisdiction != Jurisdiction::Nl {
            return Ok(None);
        }
        let costs = match agreed {
            Some(amount) => fixed_collection_costs(CollectionCostBasis::Agreed, amount),
            None if currency_differs => {
                notes.push(ClaimNote::CollectionCostsMinimumAssumed);
                fixed_collection_costs(CollectionCostBasis::MinimumOnly, Decimal::ZERO)
            }
            None => nl_collection_costs(self.principal)?,
        };
        Ok(late.then_some(costs))
    }

    /// Where the reference rate comes from, in words.
    fn rate_source(&self, first_reference: NaiveDate, periods: &[InterestPeriod]) -> String {
        if self.single_override.is_some() && self.entered.is_empty() {
            return "reference rate entered by the user".to_string();
        }
        let as_of = self.table.as_of();
        let mut source = match self.jurisdiction {
            Jurisdiction::Uk => format!(
                "Bank of England Bank Rate in force on {first_reference} (SI 2002/1675); table as of {as_of}"
            ),
            Jurisdiction::Eu => format!(
                "ECB main refinancing operations rate in force on the first day of each \
                 half-year (Directive 2011/7/EU); table as of {as_of}"
            ),
            Jurisdiction::Ie if self.rule == RateRule::OneRate => format!(
                "ECB main refinancing operations rate in force on {first_reference}, one rate \
                 for the whole delay (S.I. No. 580 of 2012); table as of {as_of}"
            ),
            Jurisdiction::Ie => format!(
                "ECB main refinancing operations rate in force on the first day of each \
                 half-year (S.I. No. 580 of 2012); table as of {as_of}"
            ),
            Jurisdiction::De => format!(
                "Basiszinssatz of each half-year, Deutsche Bundesbank (§ 247 BGB); table as of {as_of}"
            ),
            Jurisdiction::Fr => format!(
                "ECB main refinancing operations rate in force on 1 January or 1 July of each \
                 half-year (article L. 441-10 du Code de commerce); table as of {as_of}"
            ),
            Jurisdiction::Nl => format!(
                "ECB main refinancing operations rate on the first day of each half-year \
                 (artikel 6:120 lid 2 BW); table as of {as_of}"
            ),
            Jurisdiction::Es => format!(
                "ECB main refinancing operations rate before the first day of each half-year, \
                 published in the BOE (Ley 3/2004, art. 7); table as of {as_of}"
            ),
        };
        let mut entered: Vec<NaiveDate> = periods
            .iter()
            .filter(|period| period.rate_entered)
            .map(|period| period.reference_date)
            .collect();
        entered.dedup();
        if !entered.is_empty() {
            let dates: Vec<String> = entered.iter().map(NaiveDate::to_string).collect();
            source.push_str("; entered by the user for ");
            source.push_str(&dates.join(", "));
        }
        source
    }
}

/// Zero with two decimals, as compensation amounts are written.
const NO_MONEY: Decimal = Decimal::from_parts(0, 0, 0, false, 2);

/// `base × annual_rate% × days / year_days`, exact.
fn exact_interest(
    base: Decimal,
    annual_rate: Decimal,
    days: i64,
    year_days: i64,
) -> Result<Decimal, StatutoryError> {
    let percent_year = year_days.checked_mul(100).ok_or(StatutoryError::Overflow)?;
    base.times(annual_rate)
        .and_then(|amount| amount.times(Decimal::from(days)))
        .and_then(|amount| amount.divided_by(Decimal::from(percent_year)))
        .ok_or(StatutoryError::Overflow)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::statutory::statutory_claim;
    use rust_decimal_macros::dec;

    fn d(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn input(
        jurisdiction: Jurisdiction,
        principal: Decimal,
        currency: &str,
        due: &str,
        until: &str,
    ) -> ClaimInput {
        ClaimInput::new(jurisdiction, principal, currency, d(due), d(until))
    }

    #[test]
    fn the_payment_day_option_drops_the_last_day_but_not_the_compensation() {
        // £4,800 due 31 March 2025, paid 15 May: 44 days instead of 45.
        // 4800 × 12.75 % × 44 / 365 = 73.7753… → 73.78.
        let mut late = input(
            Jurisdiction::Uk,
            dec!(4800),
            "GBP",
            "2025-03-31",
            "2025-05-15",
        );
        late.options.payment_day = PaymentDay::NotCounted;
        let claim = late_payment_claim(&late).unwrap();
        assert_eq!((claim.days, claim.interest), (44, dec!(73.78)));
        assert_eq!(claim.periods[0].end, d("2025-05-14"));
        assert_eq!(claim.options.payment_day, PaymentDay::NotCounted);
        // Paid on the first day of lateness: no day of interest, but it was late.
        late.until = d("2025-04-01");
        let claim = late_payment_claim(&late).unwrap();
        assert_eq!((claim.days, claim.interest), (0, dec!(0.00)));
        assert_eq!(claim.compensation, dec!(70));
        assert!(claim.notes.is_empty());
        // Paid on the due date: not late.
        late.until = d("2025-03-31");
        let claim = late_payment_claim(&late).unwrap();
        assert_eq!(claim.compensation, dec!(0));
        assert_eq!(claim.notes, [ClaimNote::NotYetLate]);
    }

    #[test]
    fn rounding_per_period_can_differ_from_rounding_once() {
        // Germany, €5,000 from 15 December 2023 to 14 January 2024: exact 28.2247 +
        // 24.2027 = 52.4274. Once: 52.43 (shares 28.22 + 24.21); per period: 28.22 +
        // 24.20 = 52.42.
        let mut late = input(
            Jurisdiction::De,
            dec!(5000),
            "EUR",
            "2023-12-14",
            "2024-01-14",
        );
        assert_eq!(late_payment_claim(&late).unwrap().interest, dec!(52.43));
        late.options.rounding = InterestRounding::PerPeriod;
        let claim = late_payment_claim(&late).unwrap();
        let shares: Vec<_> = claim.periods.iter().map(|p| p.interest).collect();
        assert_eq!(shares, [dec!(28.22), dec!(24.20)]);
        assert_eq!(claim.interest, dec!(52.42));
    }

    #[test]
    fn entered_rates_win_over_the_single_override_and_the_table() {
        let mut late = input(
            Jurisdiction::Es,
            dec!(1000),
            "EUR",
            "2026-05-31",
            "2027-01-31",
        );
        late.reference_rate_override = Some(dec!(3));
        late.reference_rates = vec![EnteredRate {
            reference_date: d("2026-07-01"),
            rate: dec!(2.5),
        }];
        let claim = late_payment_claim(&late).unwrap();
        let used: Vec<_> = claim
            .periods
            .iter()
            .map(|p| (p.reference_date, p.reference_rate, p.rate_entered))
            .collect();
        assert_eq!(
            used,
            [
                (d("2026-01-01"), dec!(3), true),
                (d("2026-07-01"), dec!(2.5), true),
                (d("2027-01-01"), dec!(3), true),
            ]
        );
        assert!(claim.rate_overridden);
        // UK entries are for the 30 June / 31 December before interest starts.
        let mut uk = input(
            Jurisdiction::Uk,
            dec!(1000),
            "GBP",
            "2026-12-31",
            "2027-01-30",
        );
        uk.reference_rates = vec![EnteredRate {
            reference_date: d("2026-12-31"),
            rate: dec!(3.5),
        }];
        let claim = late_payment_claim(&uk).unwrap();
        assert_eq!(claim.annual_rate, dec!(11.5));
        assert_eq!(
            claim.rate_source,
            "Bank of England Bank Rate in force on 2026-12-31 (SI 2002/1675); table as of \
             2026-06-30; entered by the user for 2026-12-31"
        );
    }

    #[test]
    fn entered_rates_and_lists_are_checked() {
        let base = input(
            Jurisdiction::De,
            dec!(1000),
            "EUR",
            "2025-01-31",
            "2025-03-31",
        );
        let entered = |date: &str, rate| EnteredRate {
            reference_date: d(date),
            rate,
        };
        let cases: Vec<(ClaimInput, StatutoryError)> = vec![
            (
                ClaimInput {
                    reference_rates: vec![entered("2025-01-02", dec!(1))],
                    ..base.clone()
                },
                StatutoryError::InvalidRateDate {
                    date: d("2025-01-02"),
                },
            ),
            (
                ClaimInput {
                    jurisdiction: Jurisdiction::Uk,
                    currency: "GBP".into(),
                    reference_rates: vec![entered("2025-01-01", dec!(1))],
                    ..base.clone()
                },
                StatutoryError::InvalidRateDate {
                    date: d("2025-01-01"),
                },
            ),
            (
                ClaimInput {
                    reference_rates: vec![
                        entered("2025-07-01", dec!(1)),
                        entered("2025-01-01", dec!(1)),
                        entered("2025-07-01", dec!(2)),
                    ],
                    ..base.clone()
                },
                StatutoryError::DuplicateRateDate {
                    date: d("2025-07-01"),
                },
            ),
            (
                ClaimInput {
                    reference_rates: vec![entered("2025-07-01", dec!(100.01))],
                    ..base.clone()
                },
                StatutoryError::InvalidReferenceRate { rate: dec!(100.01) },
            ),
            (
                ClaimInput {
                    instalments: vec![
                        Instalment {
                            due_date: d("2025-01-31"),
                            amount: dec!(500),
                        },
                        Instalment {
                            due_date: d("2025-02-28"),
                            amount: dec!(-1),
                        },
                    ],
                    ..base.clone()
                },
                StatutoryError::InvalidInstalment { index: 1 },
            ),
            (
                ClaimInput {
                    jurisdiction: Jurisdiction::Nl,
                    collection_costs_agreed: Some(dec!(-0.01)),
                    ..base.clone()
                },
                StatutoryError::InvalidCollectionCosts {
                    amount: dec!(-0.01),
                },
            ),
            (
                ClaimInput {
                    due_date: d("2014-05-31"),
                    until: d("2014-07-31"),
                    ..base.clone()
                },
                // The Basiszinssatz table starts with the second half of 2014.
                StatutoryError::NoReferenceRate {
                    date: d("2014-01-01"),
                },
            ),
        ];
        for (bad, expected) in cases {
            assert_eq!(late_payment_claim(&bad), Err(expected));
        }
    }

    #[test]
    fn other_currencies_get_the_lowest_fixed_sum_and_say_so() {
        let ie = late_payment_claim(&input(
            Jurisdiction::Ie,
            dec!(50000),
            "USD",
            "2025-03-31",
            "2025-04-30",
        ))
        .unwrap();
        assert_eq!(ie.compensation, dec!(40));
        assert_eq!(
            ie.notes,
            [
                ClaimNote::CompensationTierAssumed,
                ClaimNote::CompensationNotConverted
            ]
        );
        let nl = late_payment_claim(&input(
            Jurisdiction::Nl,
            dec!(50000),
            "USD",
            "2025-03-31",
            "2025-04-30",
        ))
        .unwrap();
        assert_eq!(nl.collection_costs, dec!(40));
        assert_eq!(
            nl.collection_costs_detail.map(|costs| costs.basis),
            Some(CollectionCostBasis::MinimumOnly)
        );
        assert_eq!(nl.total_claim, None);
    }

    #[test]
    fn agreed_dutch_costs_replace_the_scale_but_never_go_below_40_euros() {
        let mut late = input(
            Jurisdiction::Nl,
            dec!(10000),
            "EUR",
            "2025-03-31",
            "2025-04-30",
        );
        late.collection_costs_agreed = Some(dec!(1500));
        let claim = late_payment_claim(&late).unwrap();
        assert_eq!(claim.collection_costs, dec!(1500));
        let detail = claim.collection_costs_detail.unwrap();
        assert_eq!(detail.basis, CollectionCostBasis::Agreed);
        assert!(detail.bands.is_empty());
        late.collection_costs_agreed = Some(dec!(25));
        assert_eq!(
            late_payment_claim(&late).unwrap().collection_costs,
            dec!(40)
        );
        // Not late yet: nothing.
        late.until = d("2025-03-31");
        let claim = late_payment_claim(&late).unwrap();
        assert_eq!(claim.collection_costs, dec!(0));
        assert_eq!(claim.collection_costs_detail, None);
    }

    #[test]
    fn instalments_count_in_germany_only() {
        let part = Instalment {
            due_date: d("2025-03-31"),
            amount: dec!(100),
        };
        let mut late = input(
            Jurisdiction::Fr,
            dec!(1000),
            "EUR",
            "2025-03-31",
            "2025-04-30",
        );
        late.instalments = vec![part, part];
        let claim = late_payment_claim(&late).unwrap();
        assert_eq!(claim.compensation, dec!(40));
        assert_eq!(claim.notes, [ClaimNote::InstalmentsIgnored]);
    }

    #[test]
    fn the_old_entry_point_gives_the_new_one_s_figures() {
        let old = StatutoryInput {
            regime: crate::statutory::Regime::Eu,
            principal: dec!(10000),
            currency: "EUR".into(),
            due_date: d("2024-11-30"),
            interest_start: None,
            until: d("2025-02-28"),
            reference_rate_override: None,
            eu_margin: Some(dec!(9)),
        };
        let claim = statutory_claim(&old).unwrap();
        assert_eq!(claim, late_payment_claim(&ClaimInput::from(&old)).unwrap());
        assert_eq!(claim.jurisdiction, Jurisdiction::Eu);
        assert_eq!(claim.options, ClaimOptions::default());
    }

    #[test]
    fn every_jurisdiction_names_its_rate_source() {
        for jurisdiction in Jurisdiction::ALL {
            let claim = late_payment_claim(&input(
                jurisdiction,
                dec!(1000),
                if jurisdiction == Jurisdiction::Uk {
                    "GBP"
                } else {
                    "EUR"
                },
                "2025-03-31",
                "2025-04-30",
            ))
            .unwrap();
            assert!(
                claim.rate_source.ends_with(&format!(
                    "table as of {}",
                    jurisdiction.rate_table().as_of()
                )),
                "{}",
                claim.rate_source
            );
            assert_eq!(claim.regime, jurisdiction.regime());
        }
    }

    #[test]
    fn new_error_messages_are_short_and_lowercase() {
        let cases = [
            (
                StatutoryError::InvalidRateDate {
                    date: d("2025-01-02"),
                },
                "a rate can be entered only for the day it is in force on (1 january or 1 july; \
                 30 june or 31 december under uk law), got 2025-01-02",
            ),
            (
                StatutoryError::DuplicateRateDate {
                    date: d("2025-07-01"),
                },
                "two rates entered for 2025-07-01",
            ),
            (
                StatutoryError::InvalidInstalment { index: 2 },
                "instalment 2 must have a positive amount",
            ),
            (
                StatutoryError::InvalidCollectionCosts { amount: dec!(-1) },
                "collection costs must not be negative, got -1",
            ),
            (
                StatutoryError::InvalidContractRate { rate: dec!(101) },
                "contract rate must be between 0 and 100 percent, got 101",
            ),
        ];
        for (error, message) in cases {
            assert_eq!(error.to_string(), message);
        }
    }
}
