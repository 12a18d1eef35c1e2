//! Statutory late-payment interest, fixed compensation and collection costs for
//! business-to-business debts, under seven laws: the UK, Ireland, Germany, France,
//! the Netherlands, Spain, and the EU Late Payment Directive's minimum for any other
//! member state ([`Jurisdiction`]; each one's rules, sources and citations are in
//! [`jurisdiction`]).
//!
//! Two entry points compute the same thing:
//! - [`late_payment_claim`] takes a [`ClaimInput`]: any jurisdiction, the options the
//!   law leaves open ([`ClaimOptions`]), rates entered per half-year, instalments
//!   (Germany) and agreed collection costs (Netherlands).
//! - [`statutory_claim`] takes the older [`StatutoryInput`] with a [`Regime`] (`Uk` or
//!   `Eu`) and gives exactly the figures it always gave (it is [`late_payment_claim`]
//!   with the default options).
//!
//! Both return a [`StatutoryClaim`]: the interest cut into [`InterestPeriod`]s (from,
//! to, days, reference rate, margin, rate, base, interest), Dutch yearly
//! [`Capitalisation`]s, the fixed compensation per invoice or per late instalment
//! ([`CompensationItem`]), Dutch [`CollectionCosts`], the totals, and the options and
//! rate table used, so that a person can check every figure.
//!
//! # United Kingdom
//!
//! Late Payment of Commercial Debts (Interest) Act 1998, with the Late Payment
//! of Commercial Debts (Rate of Interest) (No. 3) Order 2002 (SI 2002/1675):
//! - **Rate**: simple interest at the Bank of England Bank Rate ("official
//!   dealing rate") in force on the 31 December (for interest that starts to run
//!   between 1 January and 30 June) or the 30 June (for interest that starts to
//!   run between 1 July and 31 December) immediately before the day interest
//!   starts to run, **plus 8 percentage points** ([`UK_MARGIN`]). The rate is
//!   fixed for the life of the debt: later Bank Rate changes do not move it.
//! - **Start**: statutory interest starts to run on the day after the relevant
//!   date, normally the agreed due date (s. 4). Where no date was agreed the
//!   relevant date is the last day of the 30 days that start with the later of
//!   delivery and the purchaser's notice of the debt; give the day after it
//!   through [`StatutoryInput::interest_start`].
//! - **Fixed compensation** (s. 5A, inserted by SI 2002/1674): once statutory
//!   interest starts to run, £40 for a debt under £1,000, £70 from £1,000 to
//!   under £10,000, £100 for £10,000 or more, per invoice
//!   ([`uk_fixed_compensation`]). Reasonable recovery costs above that sum may
//!   also be claimed (s. 5A(2A), SI 2013/395); they are facts of each case and
//!   are **not** computed here.
//!
//! # European Union
//!
//! Directive 2011/7/EU on combating late payment in commercial transactions:
//! - **Rate**: simple interest at the reference rate plus **at least** 8
//!   percentage points (Art. 2(6)); the margin is a parameter
//!   ([`StatutoryInput::eu_margin`], default and minimum [`EU_MINIMUM_MARGIN`],
//!   at most [`EU_MAXIMUM_MARGIN`]).
//!   The reference rate is the ECB main refinancing operations rate (Art.
//!   2(7)(a)); the one for the first half of a year is the rate in force on 1
//!   January, for the second half the rate in force on 1 July (Art. 3, the
//!   semester rule). **This implementation splits the interest period at every 1
//!   January and 1 July** and applies each half-year's own rate
//!   ([`StatutoryClaim::periods`]), which is what the Directive says; it does
//!   not freeze the first half-year's rate like the UK rule does.
//! - **Start**: from the day following the agreed due date (Art. 3(3)(a)).
//! - **Scope**: the Directive's rules apply to contracts concluded from 16
//!   March 2013; older contracts fell under Directive 2000/35/EC (7 points),
//!   which is not modelled. The ECB table answers from the first half of 2009.
//! - **Fixed compensation**: at least EUR 40 per late invoice (Art. 6(1)),
//!   [`EU_FIXED_COMPENSATION_EUR`]; reasonable recovery costs above it (Art.
//!   6(3)) are not computed.
//! - Member States may go further: Ireland, Germany, France, the Netherlands and
//!   Spain are modelled as jurisdictions of their own ([`Jurisdiction`]).
//!   Member States outside the euro use their national central bank's
//!   equivalent rate (Art. 2(7)(b)): enter it as an override.
//!
//! # Common rules of this implementation
//!
//! - **Days**: interest runs from its start day to the `until` day, both
//!   included (by default: [`PaymentDay`]). With the default start (the day after the
//!   due date) the number of days is `until − due_date`. Zero or negative counts give
//!   zero interest, not an error.
//! - **Day count**: actual days / 365 by default, also in leap years (a full leap year
//!   of 366 days earns 366/365 of the annual rate); actual/actual on request
//!   ([`DayBasis`]).
//! - **Interest on the principal only**, never on interest or compensation, except
//!   the Dutch yearly capitalisation (art. 6:119a lid 3 BW).
//! - **Rounding**: exact [`Decimal`] arithmetic throughout, rounded once at the
//!   edge to the invoice currency's minor unit with [`Rounding::HalfUp`]
//!   (per period on request: [`InterestRounding`]).
//! - **Rates are percentages** (`12.75` means 12.75% per year).
//! - **Overrides**: rates change after the app is built. When the table does not
//!   know a rate the claim fails with [`StatutoryError::NoReferenceRate`], whose
//!   `date` is the reference date (for the half-year rules, the first day of the
//!   half-year with no rate), and the user can enter it: one rate for a whole claim
//!   ([`StatutoryInput::reference_rate_override`], as before), or a rate per reference
//!   date ([`ClaimInput::reference_rates`], which keeps the known rates of the other
//!   half-years).
//! - **Currencies**: interest is in the invoice currency. Compensation is in its
//!   statutory currency (GBP for the UK, EUR elsewhere) and is **never
//!   converted**; when it differs from the invoice currency the claim says so
//!   ([`StatutoryClaim::compensation_currency_differs`]) and has no totals.
//! - The engine never reads the clock: `until` is always a parameter.

pub mod claim;
pub mod compensation;
pub mod jurisdiction;
pub mod national;
pub mod options;
pub mod rates;

pub use claim::{
    claim_accrued_at, late_payment_claim, Capitalisation, ClaimInput, EnteredRate,
    RatesCarriedForward, MAX_ASSUMED_RATES,
};
pub use compensation::{
    ie_fixed_compensation, nl_collection_costs, uk_fixed_compensation, CollectionCostBasis,
    CollectionCosts, CompensationItem, CompensationKind, CostBand, Instalment,
    NL_MAXIMUM_COLLECTION_COSTS, NL_MINIMUM_COLLECTION_COSTS,
};
pub use jurisdiction::{
    Jurisdiction, LawReference, RateRule, DE_MARGIN, ECB_PLUS_EIGHT_MARGIN, FR_MARGIN,
    LAWS_CHECKED_AS_OF,
};
pub use national::{de_interest_start, fr_contract_rate_check, fr_taux_legal, ContractRateCheck};
pub use options::{ClaimOptions, DayBasis, InterestRounding, IrishRateDate, PaymentDay};
pub use rates::{
    RateChange, RateTable, DE_BASISZINSSATZ, DE_RATES_AS_OF, ECB_MRO_RATE_CHANGES, ECB_RATES_AS_OF,
    FR_TAUX_LEGAL_AS_OF, FR_TAUX_LEGAL_PROFESSIONNELS, UK_BANK_RATE_CHANGES, UK_RATES_AS_OF,
};

#[cfg(doc)]
use crate::money::Rounding;
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The UK margin over the reference rate: 8 percentage points (SI 2002/1675).
/// Fixed by law; not adjustable.
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::statutory::UK_MARGIN;
///
/// assert_eq!(UK_MARGIN, dec!(8));
/// ```
pub const UK_MARGIN: Decimal = Decimal::from_parts(8, 0, 0, false, 0);

/// The Directive's minimum margin over the reference rate: 8 percentage points
/// (Directive 2011/7/EU, Art. 2(6)). Also the default EU margin.
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::statutory::EU_MINIMUM_MARGIN;
///
/// assert_eq!(EU_MINIMUM_MARGIN, dec!(8));
/// ```
pub const EU_MINIMUM_MARGIN: Decimal = Decimal::from_parts(8, 0, 0, false, 0);

/// The highest EU margin accepted: 20 percentage points. The Directive sets a floor
/// (8 points) and lets member states go higher; most keep 8 and the others add a few
/// points. A margin above 20 is far more likely a slip (80 for 8.0) than a law, and it
/// would silently multiply the claim, so it is refused rather than computed.
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::statutory::EU_MAXIMUM_MARGIN;
///
/// assert_eq!(EU_MAXIMUM_MARGIN, dec!(20));
/// ```
pub const EU_MAXIMUM_MARGIN: Decimal = Decimal::from_parts(20, 0, 0, false, 0);

/// The highest reference rate accepted from a user: 100 (percent).
/// Anything above is a typing mistake, not a rate.
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::statutory::MAX_ENTERED_RATE;
///
/// assert_eq!(MAX_ENTERED_RATE, dec!(100));
/// ```
pub const MAX_ENTERED_RATE: Decimal = Decimal::from_parts(100, 0, 0, false, 0);

/// The EU fixed compensation per late invoice: EUR 40, the Directive's minimum
/// (Directive 2011/7/EU, Art. 6(1)).
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::statutory::EU_FIXED_COMPENSATION_EUR;
///
/// assert_eq!(EU_FIXED_COMPENSATION_EUR, dec!(40));
/// ```
pub const EU_FIXED_COMPENSATION_EUR: Decimal = Decimal::from_parts(4_000, 0, 0, false, 2);

/// The longest interest period computed: 73,200 days (200 years). Longer
/// periods are input mistakes ([`StatutoryError::PeriodTooLong`]); the limit
/// also bounds the number of EU half-year periods (at most 401).
///
/// ```
/// use tactful_engine::statutory::MAX_INTEREST_DAYS;
///
/// assert_eq!(MAX_INTEREST_DAYS, 200 * 366);
/// ```
pub const MAX_INTEREST_DAYS: i64 = 200 * 366;

/// Which law the claim is made under.
///
/// - `Uk`: Late Payment of Commercial Debts (Interest) Act 1998 (England, Wales,
///   Scotland, Northern Ireland): Bank Rate + 8, fixed at the start, £40/£70/£100.
/// - `Eu`: Directive 2011/7/EU as a minimum: ECB MRO rate per half-year + margin
///   (at least 8), EUR 40.
///
/// Serialized as `"uk"` / `"eu"`.
///
/// ```
/// use tactful_engine::statutory::Regime;
///
/// assert_ne!(Regime::Uk, Regime::Eu);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Regime {
    /// UK Late Payment of Commercial Debts (Interest) Act 1998.
    #[serde(rename = "uk")]
    Uk,
    /// EU Directive 2011/7/EU.
    #[serde(rename = "eu")]
    Eu,
}

impl Regime {
    /// The currency the statutory fixed compensation is expressed in.
    fn compensation_currency(self) -> &'static str {
        match self {
            Regime::Uk => "GBP",
            Regime::Eu => "EUR",
        }
    }
}

/// What the user tells us about a late invoice.
///
/// - `principal`: the unpaid amount the interest runs on, in `currency`; must
///   be positive. Interest is simple and on this amount only.
/// - `currency`: ISO 4217 code of the invoice (`"GBP"`; case and surrounding
///   spaces do not matter).
/// - `due_date`: the agreed due date. Interest starts the day after.
/// - `interest_start`: overrides that first day of interest (for example 30
///   days after the invoice was received when no due date was agreed). Any
///   date is accepted; it is included in the interest period.
/// - `until`: the last day of interest, included (the payment date, or the date
///   the claim is made up to). Before the first day of interest the claim is
///   zero, not an error.
/// - `reference_rate_override`: a reference rate in percent (0 to 100) that
///   replaces the tables for this whole claim; for when the tables do not know
///   the rate yet, or the EU member state is outside the euro.
/// - `eu_margin`: the EU margin in percentage points, from 8 to 20; `None`
///   means 8. Ignored for the UK, whose margin is fixed by law.
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::statutory::{Regime, StatutoryInput};
///
/// let input = StatutoryInput {
///     regime: Regime::Uk,
///     principal: dec!(4800),
///     currency: "GBP".into(),
///     due_date: "2025-03-31".parse().unwrap(),
///     interest_start: None,
///     until: "2025-05-15".parse().unwrap(),
///     reference_rate_override: None,
///     eu_margin: None,
/// };
/// assert_eq!(input.clone(), input);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatutoryInput {
    /// The law the claim is made under.
    pub regime: Regime,
    /// Unpaid amount, in `currency`; must be positive.
    pub principal: Decimal,
    /// ISO 4217 code of the invoice currency.
    pub currency: String,
    /// The agreed due date; interest starts the day after unless
    /// `interest_start` says otherwise.
    pub due_date: NaiveDate,
    /// First day of interest, when it is not the day after `due_date`.
    pub interest_start: Option<NaiveDate>,
    /// Last day of interest (included).
    pub until: NaiveDate,
    /// Reference rate in percent replacing the tables for this claim.
    pub reference_rate_override: Option<Decimal>,
    /// EU margin in percentage points (8 to 20); `None` is 8. Ignored for the UK.
    pub eu_margin: Option<Decimal>,
}

/// A reference rate found in a table.
///
/// - `rate`: the rate in percent.
/// - `reference_date`: the day whose rate in force was taken (UK: the 30 June or
///   31 December before the interest starts; EU: the 1 January or 1 July that
///   opens the half-year).
/// - `rates_as_of`: the date up to which the table is believed complete.
///
/// ```
/// use tactful_engine::statutory::uk_reference_rate;
///
/// let lookup = uk_reference_rate("2025-04-01".parse().unwrap()).unwrap();
/// assert_eq!(lookup.reference_date.to_string(), "2024-12-31");
/// assert_eq!(lookup.rate.to_string(), "4.75");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RateLookup {
    /// The rate in percent per year.
    pub rate: Decimal,
    /// The day whose rate in force this is.
    pub reference_date: NaiveDate,
    /// The date up to which the table is believed complete.
    pub rates_as_of: NaiveDate,
}

/// One stretch of the interest period with a single rate, base and year length.
///
/// UK and (by default) Irish claims have one period (one rate for the whole
/// delay). The other jurisdictions have one period per half-year touched: a period
/// never crosses a 1 January or a 1 July. With the actual/actual day basis no period
/// crosses a 1 January either, and in the Netherlands none crosses an anniversary of
/// the first day of interest (where the base grows).
///
/// - `start`, `end`: first and last day, both included; `days` = end − start + 1.
/// - `reference_date`, `reference_rate`: the day whose reference rate applies and
///   that rate (or the user's entry: `rate_entered`); `margin`; `annual_rate` =
///   reference rate + margin.
/// - `base`: the amount interest runs on (the principal; in the Netherlands, plus
///   the interest of each full year before); `year_days`: 365, or 365/366 with the
///   actual/actual basis.
/// - `daily_interest`: one day's interest at `annual_rate` on `base`, rounded
///   half-up to the minor unit (for display).
/// - `interest`: this period's interest, exact value `base × annual_rate × days /
///   (100 × year_days)` rounded: by default the period's share of the rounded
///   total (each is the rounded running total minus the previous rounded running
///   total, so they add up exactly to [`StatutoryClaim::interest`] and each is within
///   one minor unit of its exact value); with
///   [`InterestRounding::PerPeriod`] the period's own value rounded.
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::statutory::{statutory_claim, Regime, StatutoryInput};
///
/// let claim = statutory_claim(&StatutoryInput {
///     regime: Regime::Eu,
///     principal: dec!(10000),
///     currency: "EUR".into(),
///     due_date: "2024-11-30".parse().unwrap(),
///     interest_start: None,
///     until: "2025-02-28".parse().unwrap(),
///     reference_rate_override: None,
///     eu_margin: None,
/// })
/// .unwrap();
/// let days: Vec<i64> = claim.periods.iter().map(|p| p.days).collect();
/// assert_eq!(days, [31, 59]);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InterestPeriod {
    /// First day of the period (included).
    pub start: NaiveDate,
    /// Last day of the period (included).
    pub end: NaiveDate,
    /// Number of days, `end − start + 1`.
    pub days: i64,
    /// The day whose reference rate applies.
    pub reference_date: NaiveDate,
    /// The reference rate in percent (table or override).
    pub reference_rate: Decimal,
    /// Reference rate plus margin, in percent per year.
    pub annual_rate: Decimal,
    /// One day's interest, rounded half-up to the minor unit.
    pub daily_interest: Decimal,
    /// This period's share of the rounded interest.
    pub interest: Decimal,
    /// Margin in percentage points.
    pub margin: Decimal,
    /// The amount interest runs on in this period.
    pub base: Decimal,
    /// Days in the year for this period: 365, or 366 in a leap year with the
    /// actual/actual basis.
    pub year_days: i64,
    /// The reference rate was entered by the user, not taken from the table.
    pub rate_entered: bool,
}

/// Something the user should know about a claim, beyond the numbers.
///
/// Serialized in snake case (`"not_yet_late"`...), each name written out.
///
/// ```
/// use tactful_engine::statutory::ClaimNote;
///
/// assert_ne!(ClaimNote::NotYetLate, ClaimNote::CompensationNotConverted);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ClaimNote {
    /// `until` is before the first day of interest: nothing has accrued yet, and
    /// the fixed compensation is not due yet either.
    #[serde(rename = "not_yet_late")]
    NotYetLate,
    /// The compensation is in its statutory currency (GBP or EUR), which is not
    /// the invoice currency. It is not converted: the claim has no totals.
    #[serde(rename = "compensation_not_converted")]
    CompensationNotConverted,
    /// UK claim on a non-GBP invoice: the £40/£70/£100 tier depends on the debt's
    /// size in pounds, which needs an exchange rate the engine does not have.
    /// The minimum, £40, is used (never over-claims); call
    /// [`uk_fixed_compensation`] with the sterling equivalent for the exact tier.
    #[serde(rename = "uk_compensation_tier_assumed")]
    UkCompensationTierAssumed,
    /// EU claim on a non-EUR invoice with the ECB rate: for a Member State
    /// outside the euro the Directive's reference rate is its central bank's
    /// equivalent rate (Art. 2(7)(b)); enter it as an override.
    #[serde(rename = "eu_non_euro_reference_rate")]
    EuNonEuroReferenceRate,
    /// Irish claim on a non-EUR invoice: the €40/€70/€100 tier depends on the
    /// payment's size in euro; the minimum, €40, is used (call
    /// [`ie_fixed_compensation`] with the euro equivalent for the exact tier).
    #[serde(rename = "compensation_tier_assumed")]
    CompensationTierAssumed,
    /// Dutch claim on a non-EUR invoice: the BIK scale runs on the principal in
    /// euro; only the €40 minimum is claimed (call [`nl_collection_costs`] with the
    /// euro equivalent, or give agreed costs).
    #[serde(rename = "collection_costs_minimum_assumed")]
    CollectionCostsMinimumAssumed,
    /// Instalments were given for a jurisdiction other than Germany, where they do
    /// not change the claim: they were ignored.
    #[serde(rename = "instalments_ignored")]
    InstalmentsIgnored,
}

/// Statutory interest and compensation owed on one invoice up to a date.
///
/// - `regime`: `Uk` for the UK, `Eu` for every other jurisdiction (kept for older
///   callers; `jurisdiction` says which law).
/// - `currency`: the invoice currency's ISO code (upper case); `principal` as given.
/// - `interest_start`, `until`, `days`: the interest period, both ends
///   included (the last day is the day before `until` with
///   [`PaymentDay::NotCounted`]); `days` is 0 when `until` is before `interest_start`.
/// - `reference_date`, `reference_rate`, `margin`, `annual_rate`: the rate that
///   applies on the first day of interest (for the UK, for the whole debt; for
///   the EU, in the first half-year: see `periods` for the later ones).
/// - `daily_interest`: one day's interest at the rate that applies on the last
///   day of interest (on the first day when `days` is 0), rounded half-up: what
///   each further day adds.
/// - `interest`: the total interest, exact sum of all periods rounded once,
///   half-up, to the currency's minor unit.
/// - `compensation`, `compensation_currency`: the fixed sums' total and their
///   statutory currency (GBP or EUR); 0 while nothing is late, and in the
///   Netherlands (see `collection_costs`).
/// - `compensation_currency_differs`: the invoice is in another currency; the
///   compensation is not converted.
/// - `total_claim`: interest + compensation + collection costs, when all are in the
///   same currency.
/// - `total_due`: principal + `total_claim`, when both are in the same currency.
/// - `periods`: the interest period cut where the rate, the base or the year length
///   changes; empty when `days` is 0.
/// - `rate_source`: where the reference rate comes from, in words.
/// - `rate_overridden`: a rate the user entered was used instead of the table.
/// - `rates_as_of`: the date up to which the rate table is believed complete.
/// - `notes`: what the user should know (see [`ClaimNote`]).
/// - `jurisdiction`, `options`, `rate_rule`, `rate_table`: the law, the options
///   (defaults filled in), how the rate moved and which table it came from.
/// - `compensation_items`: each fixed sum (per invoice, or per late instalment in
///   Germany); empty while nothing is late.
/// - `collection_costs`, `collection_costs_detail`: Dutch collection costs (0 and
///   `None` elsewhere, and while nothing is late), in `compensation_currency`.
/// - `capitalisations`: the Dutch yearly additions of interest to the base.
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::statutory::{statutory_claim, Regime, StatutoryInput};
///
/// let claim = statutory_claim(&StatutoryInput {
///     regime: Regime::Uk,
///     principal: dec!(4800),
///     currency: "GBP".into(),
///     due_date: "2025-03-31".parse().unwrap(),
///     interest_start: None,
///     until: "2025-05-15".parse().unwrap(),
///     reference_rate_override: None,
///     eu_margin: None,
/// })
/// .unwrap();
/// assert_eq!(claim.total_claim, Some(dec!(145.45)));
/// assert_eq!(claim.total_due, Some(dec!(4945.45)));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatutoryClaim {
    /// The law the claim is made under.
    pub regime: Regime,
    /// Invoice currency, ISO code in upper case.
    pub currency: String,
    /// The unpaid amount, as given.
    pub principal: Decimal,
    /// First day of interest.
    pub interest_start: NaiveDate,
    /// Last day of interest (included).
    pub until: NaiveDate,
    /// Days of interest (0 when `until` is before `interest_start`).
    pub days: i64,
    /// The day whose reference rate applies on the first day of interest.
    pub reference_date: NaiveDate,
    /// Reference rate in percent on the first day of interest.
    pub reference_rate: Decimal,
    /// Margin in percentage points.
    pub margin: Decimal,
    /// Reference rate + margin on the first day of interest, percent per year.
    pub annual_rate: Decimal,
    /// One more day's interest at the latest rate, rounded half-up.
    pub daily_interest: Decimal,
    /// Total interest, rounded half-up to the minor unit.
    pub interest: Decimal,
    /// Fixed compensation, in `compensation_currency`.
    pub compensation: Decimal,
    /// `"GBP"` (UK) or `"EUR"` (EU).
    pub compensation_currency: String,
    /// The compensation is not in the invoice currency (not converted).
    pub compensation_currency_differs: bool,
    /// Interest + compensation, when in one currency.
    pub total_claim: Option<Decimal>,
    /// Principal + interest + compensation, when in one currency.
    pub total_due: Option<Decimal>,
    /// The interest period, cut where the rate changes.
    pub periods: Vec<InterestPeriod>,
    /// Where the reference rate comes from, in words.
    pub rate_source: String,
    /// The user's reference rate replaced the table.
    pub rate_overridden: bool,
    /// The date up to which the regime's rate table is believed complete.
    pub rates_as_of: NaiveDate,
    /// What the user should know.
    pub notes: Vec<ClaimNote>,
    /// The law the claim is made under.
    pub jurisdiction: Jurisdiction,
    /// The options used.
    pub options: ClaimOptions,
    /// How the reference rate moves during the claim.
    pub rate_rule: RateRule,
    /// The table the reference rate comes from.
    pub rate_table: RateTable,
    /// Each fixed sum claimed.
    pub compensation_items: Vec<CompensationItem>,
    /// Dutch collection costs, in `compensation_currency` (0 elsewhere).
    pub collection_costs: Decimal,
    /// How the Dutch collection costs were set.
    pub collection_costs_detail: Option<CollectionCosts>,
    /// Dutch yearly additions of interest to the base.
    pub capitalisations: Vec<Capitalisation>,
}

impl StatutoryClaim {
    /// What can be claimed in the invoice currency: the total claim (interest plus
    /// compensation) when both are in that currency, else the interest alone (the
    /// compensation is never converted). The amount the discount analysis counts as its
    /// statutory claim, and the composer quotes.
    ///
    /// ```
    /// use rust_decimal_macros::dec;
    /// use tactful_engine::statutory::{statutory_claim, Regime, StatutoryInput};
    ///
    /// let mut input = StatutoryInput {
    ///     regime: Regime::Uk,
    ///     principal: dec!(4800),
    ///     currency: "GBP".into(),
    ///     due_date: "2025-03-31".parse().unwrap(),
    ///     interest_start: None,
    ///     until: "2025-05-15".parse().unwrap(),
    ///     reference_rate_override: None,
    ///     eu_margin: None,
    /// };
    /// // £75.45 interest + £70 compensation.
    /// assert_eq!(statutory_claim(&input).unwrap().claimable(), dec!(145.45));
    /// // EU rules on a pound invoice: the EUR 40 is not converted, the interest alone counts.
    /// input.regime = Regime::Eu;
    /// let claim = statutory_claim(&input).unwrap();
    /// assert_eq!(claim.total_claim, None);
    /// assert_eq!(claim.claimable(), claim.interest);
    /// ```
    pub fn claimable(&self) -> Decimal {
        self.total_claim.unwrap_or(self.interest)
    }
}

/// Why a statutory claim cannot be computed.
///
/// ```
/// use tactful_engine::statutory::StatutoryError;
///
/// let err = StatutoryError::NoReferenceRate { date: "2027-01-01".parse().unwrap() };
/// assert_eq!(err.to_string(), "no reference rate known for 2027-01-01; give the rate as an override");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum StatutoryError {
    /// The principal is zero or negative.
    NonPositivePrincipal {
        /// What was given.
        principal: Decimal,
    },
    /// The currency code is not an active ISO 4217 code.
    UnknownCurrency {
        /// What was given (trimmed, at most 16 characters).
        code: String,
    },
    /// The table does not know the reference rate in force on `date` (the 30
    /// June / 31 December for the UK; elsewhere the 1 January / 1 July that opens
    /// the half-year with no rate), because it is after the table's as-of date or
    /// before its first row. The user can enter the rate: for that date
    /// ([`ClaimInput::reference_rates`]) or for the whole claim (the override).
    NoReferenceRate {
        /// The day whose rate in force is needed.
        date: NaiveDate,
    },
    /// An entered reference rate is below 0 or above 100 percent.
    InvalidReferenceRate {
        /// What was given.
        rate: Decimal,
    },
    /// An entered EU margin is below 8 or above 20 percentage points.
    InvalidMargin {
        /// What was given.
        margin: Decimal,
    },
    /// The interest period is longer than [`MAX_INTEREST_DAYS`].
    PeriodTooLong {
        /// Days of the period asked for.
        days: i64,
    },
    /// A date computed from the input is outside the calendar's range.
    DateOutOfRange,
    /// The amounts are too large to compute exactly.
    Overflow,
    /// A rate was entered for a date that is not a reference date: the 1 January or
    /// 1 July that opens a half-year (the 30 June or 31 December under UK law).
    InvalidRateDate {
        /// What was given.
        date: NaiveDate,
    },
    /// Two rates were entered for the same reference date.
    DuplicateRateDate {
        /// The date given twice.
        date: NaiveDate,
    },
    /// An instalment's amount is zero or negative (Germany).
    InvalidInstalment {
        /// Its position in the list, from 0.
        index: usize,
    },
    /// Agreed collection costs are negative (Netherlands).
    InvalidCollectionCosts {
        /// What was given.
        amount: Decimal,
    },
    /// A contractual rate to check is below 0 or above 100 percent.
    InvalidContractRate {
        /// What was given.
        rate: Decimal,
    },
}

impl StatutoryError {
    /// A stable snake-case code for programs (the JavaScript API's `code`). Never changes when the message or the Rust name does.
    pub fn code(&self) -> &'static str {
        match self {
            StatutoryError::NonPositivePrincipal { .. } => "non_positive_principal",
            StatutoryError::UnknownCurrency { .. } => "unknown_currency",
            StatutoryError::NoReferenceRate { .. } => "no_reference_rate",
            StatutoryError::InvalidReferenceRate { .. } => "invalid_reference_rate",
            StatutoryError::InvalidMargin { .. } => "invalid_margin",
            StatutoryError::PeriodTooLong { .. } => "period_too_long",
            StatutoryError::DateOutOfRange => "date_out_of_range",
            StatutoryError::Overflow => "overflow",
            StatutoryError::InvalidRateDate { .. } => "invalid_rate_date",
            StatutoryError::DuplicateRateDate { .. } => "duplicate_rate_date",
            StatutoryError::InvalidInstalment { .. } => "invalid_instalment",
            StatutoryError::InvalidCollectionCosts { .. } => "invalid_collection_costs",
            StatutoryError::InvalidContractRate { .. } => "invalid_contract_rate",
        }
    }
}

impl fmt::Display for StatutoryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StatutoryError::NonPositivePrincipal { principal } => {
                write!(f, "principal must be positive, got {principal}")
            }
            StatutoryError::UnknownCurrency { code } => {
                write!(f, "unknown currency code {code:?}")
            }
            StatutoryError::NoReferenceRate { date } => {
                write!(
                    f,
                    "no reference rate known for {date}; give the rate as an override"
                )
            }
            StatutoryError::InvalidReferenceRate { rate } => {
                write!(
                    f,
                    "reference rate must be between 0 and 100 percent, got {rate}"
                )
            }
            StatutoryError::InvalidMargin { margin } => {
                write!(
                    f,
                    "eu margin must be between 8 and 20 percentage points, got {margin}"
                )
            }
            StatutoryError::PeriodTooLong { days } => {
                write!(
                    f,
                    "interest period of {days} days is longer than {MAX_INTEREST_DAYS} days"
                )
            }
            StatutoryError::DateOutOfRange => f.write_str("date out of range"),
            StatutoryError::Overflow => f.write_str("amount too large to compute"),
            StatutoryError::InvalidRateDate { date } => write!(
                f,
                "a rate can be entered only for the day it is in force on (1 january or 1 july; \
                 30 june or 31 december under uk law), got {date}"
            ),
            StatutoryError::DuplicateRateDate { date } => {
                write!(f, "two rates entered for {date}")
            }
            StatutoryError::InvalidInstalment { index } => {
                write!(f, "instalment {index} must have a positive amount")
            }
            StatutoryError::InvalidCollectionCosts { amount } => {
                write!(f, "collection costs must not be negative, got {amount}")
            }
            StatutoryError::InvalidContractRate { rate } => {
                write!(
                    f,
                    "contract rate must be between 0 and 100 percent, got {rate}"
                )
            }
        }
    }
}

impl std::error::Error for StatutoryError {}

/// The UK reference date for interest that starts to run on `interest_starts`:
/// the 31 December before it when it starts between 1 January and 30 June, the
/// 30 June before it when it starts between 1 July and 31 December
/// (SI 2002/1675). `None` only at the very start of chrono's calendar.
///
/// ```
/// use tactful_engine::statutory::uk_reference_date;
///
/// let reference = |d: &str| uk_reference_date(d.parse().unwrap()).unwrap().to_string();
/// assert_eq!(reference("2023-06-30"), "2022-12-31");
/// assert_eq!(reference("2023-07-01"), "2023-06-30");
/// assert_eq!(reference("2023-12-31"), "2023-06-30");
/// assert_eq!(reference("2024-01-01"), "2023-12-31");
/// ```
pub fn uk_reference_date(interest_starts: NaiveDate) -> Option<NaiveDate> {
    let year = interest_starts.year();
    if interest_starts.month() <= 6 {
        NaiveDate::from_ymd_opt(year.checked_sub(1)?, 12, 31)
    } else {
        NaiveDate::from_ymd_opt(year, 6, 30)
    }
}

/// The UK statutory reference rate (Bank of England Bank Rate) for interest that
/// starts to run on `interest_starts`, from [`UK_BANK_RATE_CHANGES`]: the rate
/// in force on [`uk_reference_date`]. Add [`UK_MARGIN`] for the statutory rate.
///
/// Errors: [`StatutoryError::NoReferenceRate`] with the reference date when the
/// table does not know it (after [`UK_RATES_AS_OF`], or before May 2007);
/// [`StatutoryError::DateOutOfRange`] at the very start of the calendar.
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::statutory::{uk_reference_rate, StatutoryError};
///
/// // Interest starting 1 July 2023 uses Bank Rate on 30 June 2023: 5%
/// // (raised from 4.5% on 22 June 2023).
/// let lookup = uk_reference_rate("2023-07-01".parse().unwrap()).unwrap();
/// assert_eq!((lookup.rate, lookup.reference_date.to_string()), (dec!(5.00), "2023-06-30".into()));
///
/// // The table does not know Bank Rate on 31 December 2026.
/// assert_eq!(
///     uk_reference_rate("2027-01-01".parse().unwrap()),
///     Err(StatutoryError::NoReferenceRate { date: "2026-12-31".parse().unwrap() })
/// );
/// ```
pub fn uk_reference_rate(interest_starts: NaiveDate) -> Result<RateLookup, StatutoryError> {
    let reference_date =
        uk_reference_date(interest_starts).ok_or(StatutoryError::DateOutOfRange)?;
    let rate = rates::rate_in_force(UK_BANK_RATE_CHANGES, UK_RATES_AS_OF, reference_date).ok_or(
        StatutoryError::NoReferenceRate {
            date: reference_date,
        },
    )?;
    Ok(RateLookup {
        rate,
        reference_date,
        rates_as_of: UK_RATES_AS_OF,
    })
}

/// The EU reference rate (ECB main refinancing operations rate) for the
/// half-year containing `date_in_half_year`, from [`ECB_MRO_RATE_CHANGES`]: the
/// rate in force on 1 January for January–June, on 1 July for July–December
/// (Directive 2011/7/EU, Art. 3). Add the margin (at least 8 points).
///
/// Errors: [`StatutoryError::NoReferenceRate`] with the half-year's first day
/// when the table does not know it (after [`ECB_RATES_AS_OF`], or before
/// 2009).
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::statutory::{ecb_reference_rate, StatutoryError};
///
/// // Second half of 2024: the rate in force on 1 July 2024, 4.25%.
/// let lookup = ecb_reference_rate("2024-12-31".parse().unwrap()).unwrap();
/// assert_eq!((lookup.rate, lookup.reference_date.to_string()), (dec!(4.25), "2024-07-01".into()));
///
/// // Second half of 2026: 2.40%, raised with effect from 17 June 2026.
/// assert_eq!(ecb_reference_rate("2026-07-01".parse().unwrap()).unwrap().rate, dec!(2.40));
/// assert_eq!(
///     ecb_reference_rate("2027-01-01".parse().unwrap()),
///     Err(StatutoryError::NoReferenceRate { date: "2027-01-01".parse().unwrap() })
/// );
/// ```
pub fn ecb_reference_rate(date_in_half_year: NaiveDate) -> Result<RateLookup, StatutoryError> {
    let reference_date =
        half_year_start(date_in_half_year).ok_or(StatutoryError::DateOutOfRange)?;
    let rate = rates::rate_in_force(ECB_MRO_RATE_CHANGES, ECB_RATES_AS_OF, reference_date).ok_or(
        StatutoryError::NoReferenceRate {
            date: reference_date,
        },
    )?;
    Ok(RateLookup {
        rate,
        reference_date,
        rates_as_of: ECB_RATES_AS_OF,
    })
}

/// The German Basiszinssatz (§ 247 BGB) of the half-year containing
/// `date_in_half_year`, from [`DE_BASISZINSSATZ`]; the `reference_date` is the
/// half-year's first day. Add [`DE_MARGIN`] (9 points) for the B2B rate.
///
/// Errors: [`StatutoryError::NoReferenceRate`] with the half-year's first day when the
/// table does not know it (before the second half of 2014, or after
/// [`DE_RATES_AS_OF`]).
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::statutory::{de_basiszinssatz, StatutoryError};
///
/// assert_eq!(de_basiszinssatz("2025-03-15".parse().unwrap()).unwrap().rate, dec!(2.27));
/// assert_eq!(de_basiszinssatz("2026-12-31".parse().unwrap()).unwrap().rate, dec!(1.52));
/// assert_eq!(
///     de_basiszinssatz("2027-01-01".parse().unwrap()),
///     Err(StatutoryError::NoReferenceRate { date: "2027-01-01".parse().unwrap() })
/// );
/// ```
pub fn de_basiszinssatz(date_in_half_year: NaiveDate) -> Result<RateLookup, StatutoryError> {
    let reference_date =
        half_year_start(date_in_half_year).ok_or(StatutoryError::DateOutOfRange)?;
    let rate = RateTable::DeBasiszinssatz.rate_on(reference_date).ok_or(
        StatutoryError::NoReferenceRate {
            date: reference_date,
        },
    )?;
    Ok(RateLookup {
        rate,
        reference_date,
        rates_as_of: DE_RATES_AS_OF,
    })
}

/// Computes statutory interest and fixed compensation on one late invoice, up
/// to and including `input.until`. See the [module documentation](self) for the
/// rules; in short: UK = Bank Rate on the 30 June / 31 December before interest
/// starts + 8, fixed; EU = ECB rate per half-year + margin, split at 1 January /
/// 1 July; actual/365; simple interest on the principal; rounded once, half-up.
///
/// Errors: [`StatutoryError::NonPositivePrincipal`],
/// [`StatutoryError::UnknownCurrency`], [`StatutoryError::InvalidReferenceRate`],
/// [`StatutoryError::InvalidMargin`] (EU only),
/// [`StatutoryError::NoReferenceRate`] (no override and the table does not know
/// a rate needed, including the first day's rate when nothing has accrued yet),
/// [`StatutoryError::PeriodTooLong`], [`StatutoryError::DateOutOfRange`],
/// [`StatutoryError::Overflow`]. Never panics.
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::statutory::{statutory_claim, Regime, StatutoryInput};
///
/// // £4,800 due 31 March 2025, paid 15 May 2025. Interest starts 1 April 2025,
/// // so the reference date is 31 December 2024: Bank Rate 4.75%, + 8 = 12.75%.
/// // 45 days: 4800 × 12.75% × 45 / 365 = 75.4520... → £75.45. Compensation £70.
/// let claim = statutory_claim(&StatutoryInput {
///     regime: Regime::Uk,
///     principal: dec!(4800),
///     currency: "GBP".into(),
///     due_date: "2025-03-31".parse().unwrap(),
///     interest_start: None,
///     until: "2025-05-15".parse().unwrap(),
///     reference_rate_override: None,
///     eu_margin: None,
/// })
/// .unwrap();
/// assert_eq!(claim.reference_date.to_string(), "2024-12-31");
/// assert_eq!(claim.annual_rate, dec!(12.75));
/// assert_eq!(claim.days, 45);
/// assert_eq!(claim.interest, dec!(75.45));
/// assert_eq!(claim.daily_interest, dec!(1.68));
/// assert_eq!(claim.compensation.to_string(), "70.00");
/// ```
pub fn statutory_claim(input: &StatutoryInput) -> Result<StatutoryClaim, StatutoryError> {
    late_payment_claim(&ClaimInput::from(input))
}

/// The claim as it stands on `date`: [`statutory_claim`] with `until` set to
/// `date`. Cheap (a table lookup per half-year and a few multiplications), so a
/// timeline can call it for each of its stages. Before the first day of
/// interest it returns a zero claim with [`ClaimNote::NotYetLate`]. Same errors
/// as [`statutory_claim`].
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::statutory::{accrued_at, Regime, StatutoryInput};
///
/// let input = StatutoryInput {
///     regime: Regime::Uk,
///     principal: dec!(4800),
///     currency: "GBP".into(),
///     due_date: "2025-03-31".parse().unwrap(),
///     interest_start: None,
///     until: "2025-05-15".parse().unwrap(),
///     reference_rate_override: None,
///     eu_margin: None,
/// };
/// let stage = |d: &str| accrued_at(&input, d.parse().unwrap()).unwrap();
/// assert_eq!(stage("2025-03-31").total_claim, Some(dec!(0))); // due today: nothing yet
/// assert_eq!(stage("2025-04-01").total_claim, Some(dec!(71.68))); // £1.68 + £70
/// assert_eq!(stage("2025-05-15").interest, dec!(75.45));
/// ```
pub fn accrued_at(
    input: &StatutoryInput,
    date: NaiveDate,
) -> Result<StatutoryClaim, StatutoryError> {
    let mut at_date = input.clone();
    at_date.until = date;
    statutory_claim(&at_date)
}

/// The first day (1 January or 1 July) of the half-year containing `date`.
pub(crate) fn half_year_start(date: NaiveDate) -> Option<NaiveDate> {
    let month = if date.month() <= 6 { 1 } else { 7 };
    NaiveDate::from_ymd_opt(date.year(), month, 1)
}

/// The last day (30 June or 31 December) of the half-year containing `date`.
pub(crate) fn half_year_end(date: NaiveDate) -> Option<NaiveDate> {
    if date.month() <= 6 {
        NaiveDate::from_ymd_opt(date.year(), 6, 30)
    } else {
        NaiveDate::from_ymd_opt(date.year(), 12, 31)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::days_between;
    use rust_decimal_macros::dec;

    fn d(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn input(
        regime: Regime,
        principal: Decimal,
        currency: &str,
        due: &str,
        until: &str,
    ) -> StatutoryInput {
        StatutoryInput {
            regime,
            principal,
            currency: currency.to_string(),
            due_date: d(due),
            interest_start: None,
            until: d(until),
            reference_rate_override: None,
            eu_margin: None,
        }
    }

    #[test]
    fn uk_reference_rate_is_chosen_by_the_half_year_the_interest_starts_in() {
        // (interest starts, reference date, Bank Rate in force that day)
        let cases = [
            // around the 2022-2023 rises
            ("2022-06-30", "2021-12-31", dec!(0.25)), // 0.25 since 2021-12-16
            ("2022-07-01", "2022-06-30", dec!(1.25)), // 1.25 since 2022-06-16
            ("2022-12-31", "2022-06-30", dec!(1.25)), // not 3.50: fixed at 30 June
            ("2023-01-01", "2022-12-31", dec!(3.50)), // 3.50 since 2022-12-15
            ("2023-06-30", "2022-12-31", dec!(3.50)), // rises in 2023 H1 ignored
            ("2023-07-01", "2023-06-30", dec!(5.00)), // 5.00 since 2023-06-22
            ("2023-12-31", "2023-06-30", dec!(5.00)), // 5.25 from 2023-08-03 ignored
            ("2024-01-01", "2023-12-31", dec!(5.25)),
            ("2024-07-01", "2024-06-30", dec!(5.25)), // cut on 2024-08-01 comes later
            ("2025-01-01", "2024-12-31", dec!(4.75)),
            ("2025-04-01", "2024-12-31", dec!(4.75)),
            ("2025-07-01", "2025-06-30", dec!(4.25)),
            ("2026-01-01", "2025-12-31", dec!(3.75)), // 3.75 since 2025-12-18
            ("2026-12-31", "2026-06-30", dec!(3.75)), // last half-year the table knows
            ("2007-07-01", "2007-06-30", dec!(5.50)), // first half-year the table knows
        ];
        for (starts, reference, rate) in cases {
            let lookup = uk_reference_rate(d(starts)).unwrap();
            assert_eq!(lookup.reference_date, d(reference), "{starts}");
            assert_eq!(lookup.rate, rate, "{starts}");
            assert_eq!(lookup.rates_as_of, UK_RATES_AS_OF);
        }
    }

    #[test]
    fn uk_reference_rate_outside_the_table_asks_for_the_rate() {
        let cases = [
            ("2027-01-01", "2026-12-31"),
            ("2030-05-05", "2029-12-31"),
            ("2007-06-30", "2006-12-31"),
            ("1999-01-01", "1998-12-31"),
        ];
        for (starts, reference) in cases {
            assert_eq!(
                uk_reference_rate(d(starts)),
                Err(StatutoryError::NoReferenceRate { date: d(reference) }),
                "{starts}"
            );
        }
    }

    #[test]
    fn uk_half_year_rates_match_the_independently_published_reference_table() {
        // payontime.co.uk "reference rate" table (2011 H1 to 2024 H1), checked 2026.
        let published = [
            ("2024-01-01", dec!(5.25)),
            ("2023-07-01", dec!(5.00)),
            ("2023-01-01", dec!(3.50)),
            ("2022-07-01", dec!(1.25)),
            ("2022-01-01", dec!(0.25)),
            ("2021-07-01", dec!(0.10)),
            ("2021-01-01", dec!(0.10)),
            ("2020-07-01", dec!(0.10)),
            ("2020-01-01", dec!(0.75)),
            ("2019-07-01", dec!(0.75)),
            ("2019-01-01", dec!(0.75)),
            ("2018-07-01", dec!(0.50)),
            ("2018-01-01", dec!(0.50)),
            ("2017-07-01", dec!(0.25)),
            ("2017-01-01", dec!(0.25)),
            ("2016-07-01", dec!(0.50)),
            ("2016-01-01", dec!(0.50)),
            ("2013-07-01", dec!(0.50)),
            ("2011-01-01", dec!(0.50)),
        ];
        for (half_year, rate) in published {
            assert_eq!(
                uk_reference_rate(d(half_year)).unwrap().rate,
                rate,
                "{half_year}"
            );
        }
    }

    #[test]
    fn ecb_reference_rate_is_the_rate_in_force_on_the_first_day_of_the_half_year() {
        // (any day in the half-year, its first day, MRO rate in force then)
        let cases = [
            ("2009-01-01", "2009-01-01", dec!(2.50)), // first half-year known
            ("2022-07-26", "2022-07-01", dec!(0.00)), // 0.50 from 2022-07-27 is too late
            ("2022-12-31", "2022-07-01", dec!(0.00)),
            ("2023-01-01", "2023-01-01", dec!(2.50)),
            ("2023-07-01", "2023-07-01", dec!(4.00)),
            ("2024-01-01", "2024-01-01", dec!(4.50)), // NL commercial rate 12.50%
            ("2024-07-01", "2024-07-01", dec!(4.25)), // NL commercial rate 12.25%
            ("2025-06-30", "2025-01-01", dec!(3.15)),
            ("2025-07-01", "2025-07-01", dec!(2.15)),
            ("2026-06-30", "2026-01-01", dec!(2.15)),
            ("2026-07-01", "2026-07-01", dec!(2.40)), // 2.40 since 2026-06-17
        ];
        for (date, first_day, rate) in cases {
            let lookup = ecb_reference_rate(d(date)).unwrap();
            assert_eq!(lookup.reference_date, d(first_day), "{date}");
            assert_eq!(lookup.rate, rate, "{date}");
            assert_eq!(lookup.rates_as_of, ECB_RATES_AS_OF);
        }
        for (date, first_day) in [
            ("2027-01-01", "2027-01-01"),
            ("2008-12-31", "2008-07-01"), // variable-rate tenders: not in the table
            ("2008-03-15", "2008-01-01"),
        ] {
            assert_eq!(
                ecb_reference_rate(d(date)),
                Err(StatutoryError::NoReferenceRate { date: d(first_day) })
            );
        }
    }

    #[test]
    fn uk_compensation_tiers() {
        let cases = [
            (dec!(0.01), dec!(40)),
            (dec!(999.99), dec!(40)),
            (dec!(999.999), dec!(40)),
            (dec!(1000), dec!(70)),
            (dec!(1000.00), dec!(70)),
            (dec!(9999.99), dec!(70)),
            (dec!(10000), dec!(100)),
            (dec!(1000000000), dec!(100)),
            (dec!(0), dec!(40)),
            (dec!(-5), dec!(40)),
        ];
        for (principal, expected) in cases {
            assert_eq!(uk_fixed_compensation(principal), expected, "{principal}");
        }
    }

    #[test]
    fn uk_worked_example_4800_pounds() {
        // £4,800 due 2025-03-31, claimed up to 2025-05-15.
        // Interest starts 2025-04-01 (1 Jan–30 Jun), so the reference date is
        // 31 Dec 2024: Bank Rate 4.75% (since 7 Nov 2024). 4.75 + 8 = 12.75%.
        // Days: 30 (1–30 April) + 15 (1–15 May) = 45 = 2025-05-15 − 2025-03-31.
        // Interest: 4800 × 0.1275 = 612 a year; 612 × 45 / 365 = 27540 / 365
        //   = 75.45205... → £75.45 (half-up).
        // Daily: 612 / 365 = 1.67671... → £1.68.
        // Compensation: £1,000 ≤ £4,800 < £10,000 → £70. Total extras £145.45.
        let claim = statutory_claim(&input(
            Regime::Uk,
            dec!(4800),
            "GBP",
            "2025-03-31",
            "2025-05-15",
        ))
        .unwrap();
        assert_eq!(claim.interest_start, d("2025-04-01"));
        assert_eq!(claim.reference_date, d("2024-12-31"));
        assert_eq!(claim.reference_rate, dec!(4.75));
        assert_eq!(claim.margin, dec!(8));
        assert_eq!(claim.annual_rate, dec!(12.75));
        assert_eq!(claim.days, 45);
        assert_eq!(claim.interest, dec!(75.45));
        assert_eq!(claim.interest.to_string(), "75.45");
        assert_eq!(claim.daily_interest, dec!(1.68));
        assert_eq!(claim.compensation.to_string(), "70.00");
        assert_eq!(claim.compensation_currency, "GBP");
        assert!(!claim.compensation_currency_differs);
        assert_eq!(claim.total_claim, Some(dec!(145.45)));
        assert_eq!(claim.total_due, Some(dec!(4945.45)));
        assert_eq!(claim.periods.len(), 1);
        assert_eq!(claim.periods[0].days, 45);
        assert_eq!(claim.periods[0].interest, dec!(75.45));
        assert!(!claim.rate_overridden);
        assert_eq!(
            claim.rate_source,
            "Bank of England Bank Rate in force on 2024-12-31 (SI 2002/1675); table as of 2026-06-30"
        );
        assert!(claim.notes.is_empty());
    }

    #[test]
    fn uk_rate_stays_fixed_for_the_life_of_the_debt() {
        // Interest starting 2022-12-01 uses 30 June 2022 (1.25% → 9.25%) for
        // the whole period even though Bank Rate reached 5.25% in 2023.
        // £10,000 × 9.25% × 396 days / 365 = 1003.56164... → £1,003.56.
        let claim = statutory_claim(&input(
            Regime::Uk,
            dec!(10000),
            "GBP",
            "2022-11-30",
            "2023-12-31",
        ))
        .unwrap();
        assert_eq!(claim.days, 396);
        assert_eq!(claim.annual_rate, dec!(9.25));
        assert_eq!(claim.periods.len(), 1);
        assert_eq!(claim.interest, dec!(1003.56));
        assert_eq!(claim.compensation, dec!(100));
    }

    #[test]
    fn eu_worked_example_spanning_new_year() {
        // €10,000 due 2024-11-30, claimed up to 2025-02-28, margin 8.
        // 2024-12-01..2024-12-31: 31 days, H2 2024 rate (1 July 2024) 4.25 + 8
        //   = 12.25%: 10000 × 0.1225 × 31 / 365 = 37975 / 365 = 104.0410958...
        // 2025-01-01..2025-02-28: 59 days, H1 2025 rate (1 Jan 2025) 3.15 + 8
        //   = 11.15%: 10000 × 0.1115 × 59 / 365 = 65785 / 365 = 180.2328767...
        // Total exact 284.2739726... → €284.27; shares 104.04 + 180.23.
        let claim = statutory_claim(&input(
            Regime::Eu,
            dec!(10000),
            "EUR",
            "2024-11-30",
            "2025-02-28",
        ))
        .unwrap();
        assert_eq!(claim.days, 90);
        assert_eq!(claim.interest, dec!(284.27));
        assert_eq!(claim.reference_date, d("2024-07-01"));
        assert_eq!(claim.reference_rate, dec!(4.25));
        assert_eq!(claim.annual_rate, dec!(12.25));
        assert_eq!(claim.daily_interest, dec!(3.05)); // 1115 / 365 = 3.0548
        let summary: Vec<_> = claim
            .periods
            .iter()
            .map(|p| {
                (
                    p.start,
                    p.end,
                    p.days,
                    p.reference_date,
                    p.annual_rate,
                    p.interest,
                )
            })
            .collect();
        assert_eq!(
            summary,
            [
                (
                    d("2024-12-01"),
                    d("2024-12-31"),
                    31,
                    d("2024-07-01"),
                    dec!(12.25),
                    dec!(104.04)
                ),
                (
                    d("2025-01-01"),
                    d("2025-02-28"),
                    59,
                    d("2025-01-01"),
                    dec!(11.15),
                    dec!(180.23)
                ),
            ]
        );
        assert_eq!(claim.compensation, dec!(40));
        assert_eq!(claim.compensation_currency, "EUR");
        assert_eq!(claim.total_claim, Some(dec!(324.27)));
        assert!(claim
            .rate_source
            .starts_with("ECB main refinancing operations rate"));
    }

    #[test]
    fn eu_periods_are_cut_at_every_half_year() {
        let claim = statutory_claim(&input(
            Regime::Eu,
            dec!(1000),
            "EUR",
            "2023-05-31",
            "2024-07-10",
        ))
        .unwrap();
        let cuts: Vec<_> = claim
            .periods
            .iter()
            .map(|p| (p.start, p.end, p.reference_rate))
            .collect();
        assert_eq!(
            cuts,
            [
                (d("2023-06-01"), d("2023-06-30"), dec!(2.50)),
                (d("2023-07-01"), d("2023-12-31"), dec!(4.00)),
                (d("2024-01-01"), d("2024-06-30"), dec!(4.50)),
                (d("2024-07-01"), d("2024-07-10"), dec!(4.25)),
            ]
        );
        assert_eq!(
            claim.periods.iter().map(|p| p.days).sum::<i64>(),
            claim.days
        );
        assert_eq!(
            claim.periods.iter().map(|p| p.interest).sum::<Decimal>(),
            claim.interest
        );
    }

    #[test]
    fn eu_margin_is_a_parameter_of_at_least_eight_points() {
        let mut nine = input(Regime::Eu, dec!(10000), "EUR", "2025-07-31", "2025-08-30");
        nine.eu_margin = Some(dec!(9));
        let claim = statutory_claim(&nine).unwrap();
        // 2.15 + 9 = 11.15%; 10000 × 0.1115 × 30 / 365 = 91.6438... → 91.64
        assert_eq!(claim.annual_rate, dec!(11.15));
        assert_eq!(claim.interest, dec!(91.64));
        // The ceiling, 20 points, is accepted: 2.15 + 20 = 22.15%.
        nine.eu_margin = Some(dec!(20));
        assert_eq!(statutory_claim(&nine).unwrap().annual_rate, dec!(22.15));
        for margin in [dec!(7.99), dec!(0), dec!(-8), dec!(20.01), dec!(100)] {
            nine.eu_margin = Some(margin);
            assert_eq!(
                statutory_claim(&nine),
                Err(StatutoryError::InvalidMargin { margin })
            );
        }
        // The UK ignores it: its margin is fixed by law.
        let mut uk = input(Regime::Uk, dec!(10000), "GBP", "2025-07-31", "2025-08-30");
        uk.eu_margin = Some(dec!(3));
        assert_eq!(statutory_claim(&uk).unwrap().margin, dec!(8));
    }

    #[test]
    fn nothing_accrues_before_interest_starts() {
        for until in ["2025-03-31", "2025-03-01", "1990-01-01"] {
            let claim = statutory_claim(&input(Regime::Uk, dec!(4800), "GBP", "2025-03-31", until))
                .unwrap();
            assert_eq!(claim.days, 0, "{until}");
            assert_eq!(claim.interest, dec!(0));
            assert_eq!(claim.compensation, dec!(0));
            assert_eq!(claim.total_claim, Some(dec!(0)));
            assert!(claim.periods.is_empty());
            assert_eq!(claim.notes, [ClaimNote::NotYetLate]);
            // the rate that will apply is still shown
            assert_eq!(claim.annual_rate, dec!(12.75));
            assert_eq!(claim.daily_interest, dec!(1.68));
        }
    }

    #[test]
    fn first_day_of_interest_counts_and_compensation_becomes_due() {
        let claim = statutory_claim(&input(
            Regime::Uk,
            dec!(999.99),
            "GBP",
            "2025-03-31",
            "2025-04-01",
        ))
        .unwrap();
        assert_eq!(claim.days, 1);
        // 999.99 × 12.75% / 365 = 0.34931... → 0.35
        assert_eq!(claim.interest, dec!(0.35));
        assert_eq!(claim.compensation, dec!(40));
    }

    #[test]
    fn an_explicit_interest_start_is_included() {
        let mut late = input(Regime::Uk, dec!(4800), "GBP", "2025-03-31", "2025-05-15");
        late.interest_start = Some(d("2025-04-16"));
        let claim = statutory_claim(&late).unwrap();
        assert_eq!(claim.interest_start, d("2025-04-16"));
        assert_eq!(claim.days, 30);
        // 612 × 30 / 365 = 50.3013... → 50.30
        assert_eq!(claim.interest, dec!(50.30));
    }

    #[test]
    fn leap_years_use_actual_days_over_365() {
        // Interest for all of 2024 (366 days) at 5.25 + 8 = 13.25% on £1,000:
        // 132.5 × 366 / 365 = 132.86301... → £132.86, a little over 13.25%.
        let claim = statutory_claim(&input(
            Regime::Uk,
            dec!(1000),
            "GBP",
            "2023-12-31",
            "2024-12-31",
        ))
        .unwrap();
        assert_eq!(claim.days, 366);
        assert_eq!(claim.interest, dec!(132.86));
    }

    #[test]
    fn overrides_replace_the_table_everywhere() {
        let mut future = input(Regime::Uk, dec!(1000), "GBP", "2026-12-31", "2027-01-30");
        assert_eq!(
            statutory_claim(&future),
            Err(StatutoryError::NoReferenceRate {
                date: d("2026-12-31")
            })
        );
        future.reference_rate_override = Some(dec!(3.5));
        let claim = statutory_claim(&future).unwrap();
        assert!(claim.rate_overridden);
        assert_eq!(claim.rate_source, "reference rate entered by the user");
        assert_eq!(claim.reference_date, d("2026-12-31"));
        assert_eq!(claim.annual_rate, dec!(11.5));
        // 115 × 30 / 365 = 9.4520... → 9.45
        assert_eq!(claim.interest, dec!(9.45));

        // (Up to the ECB table update this claim ran from 2026-05-31 to 2026-07-31; the
        // table now knows the second half of 2026, so it moves on by six months.)
        let mut eu = input(Regime::Eu, dec!(1000), "EUR", "2026-11-30", "2027-01-31");
        assert_eq!(
            statutory_claim(&eu),
            Err(StatutoryError::NoReferenceRate {
                date: d("2027-01-01")
            })
        );
        eu.reference_rate_override = Some(dec!(2));
        let claim = statutory_claim(&eu).unwrap();
        assert_eq!(claim.periods.len(), 2);
        assert!(claim.periods.iter().all(|p| p.reference_rate == dec!(2)));
        assert_eq!(claim.periods[1].reference_date, d("2027-01-01"));

        for rate in [dec!(-0.01), dec!(100.01)] {
            eu.reference_rate_override = Some(rate);
            assert_eq!(
                statutory_claim(&eu),
                Err(StatutoryError::InvalidReferenceRate { rate })
            );
        }
    }

    #[test]
    fn compensation_in_another_currency_is_flagged_not_converted() {
        let claim = statutory_claim(&input(
            Regime::Uk,
            dec!(50000),
            "USD",
            "2025-03-31",
            "2025-05-15",
        ))
        .unwrap();
        assert_eq!(claim.currency, "USD");
        assert_eq!(claim.compensation, dec!(40)); // minimum tier: size in GBP unknown
        assert_eq!(claim.compensation_currency, "GBP");
        assert!(claim.compensation_currency_differs);
        assert_eq!(claim.total_claim, None);
        assert_eq!(claim.total_due, None);
        assert_eq!(
            claim.notes,
            [
                ClaimNote::UkCompensationTierAssumed,
                ClaimNote::CompensationNotConverted
            ]
        );

        let claim = statutory_claim(&input(
            Regime::Eu,
            dec!(50000),
            " sek ",
            "2025-03-31",
            "2025-05-15",
        ))
        .unwrap();
        assert_eq!(claim.currency, "SEK");
        assert_eq!(
            (claim.compensation, claim.compensation_currency.as_str()),
            (dec!(40), "EUR")
        );
        assert_eq!(
            claim.notes,
            [
                ClaimNote::EuNonEuroReferenceRate,
                ClaimNote::CompensationNotConverted
            ]
        );
    }

    #[test]
    fn interest_is_rounded_to_the_invoice_currency_minor_unit() {
        // ¥1,000,000 × 12.75% × 45 / 365 = 15719.178... → ¥15,719
        let claim = statutory_claim(&input(
            Regime::Uk,
            dec!(1000000),
            "JPY",
            "2025-03-31",
            "2025-05-15",
        ))
        .unwrap();
        assert_eq!(claim.interest, dec!(15719));
        assert_eq!(claim.interest.scale(), 0);
    }

    #[test]
    fn bad_inputs_are_typed_errors() {
        let ok = input(Regime::Uk, dec!(100), "GBP", "2025-03-31", "2025-05-15");
        let cases: Vec<(StatutoryInput, StatutoryError)> = vec![
            (
                StatutoryInput {
                    principal: dec!(0),
                    ..ok.clone()
                },
                StatutoryError::NonPositivePrincipal { principal: dec!(0) },
            ),
            (
                StatutoryInput {
                    principal: dec!(-1),
                    ..ok.clone()
                },
                StatutoryError::NonPositivePrincipal {
                    principal: dec!(-1),
                },
            ),
            (
                StatutoryInput {
                    currency: "XYZ".into(),
                    ..ok.clone()
                },
                StatutoryError::UnknownCurrency { code: "XYZ".into() },
            ),
            (
                StatutoryInput {
                    principal: Decimal::MAX,
                    ..ok.clone()
                },
                StatutoryError::Overflow,
            ),
            (
                StatutoryInput {
                    due_date: NaiveDate::MAX,
                    ..ok.clone()
                },
                StatutoryError::DateOutOfRange,
            ),
            (
                StatutoryInput {
                    interest_start: Some(d("1800-01-01")),
                    reference_rate_override: Some(dec!(1)),
                    ..ok.clone()
                },
                StatutoryError::PeriodTooLong {
                    days: days_between(d("1800-01-01"), d("2025-05-15")) + 1,
                },
            ),
        ];
        for (bad, expected) in cases {
            assert_eq!(statutory_claim(&bad), Err(expected));
        }
    }

    #[test]
    fn extreme_dates_do_not_panic() {
        let mut edge = input(Regime::Eu, dec!(100), "EUR", "2025-03-31", "2025-05-15");
        edge.reference_rate_override = Some(dec!(1));
        edge.due_date = NaiveDate::MIN;
        edge.until = NaiveDate::MAX;
        assert!(matches!(
            statutory_claim(&edge),
            Err(StatutoryError::PeriodTooLong { .. })
        ));
        edge.due_date = NaiveDate::MAX.pred_opt().unwrap();
        let claim = statutory_claim(&edge).unwrap();
        assert_eq!(claim.days, 1);
        edge.regime = Regime::Uk;
        edge.due_date = NaiveDate::MIN;
        edge.until = NaiveDate::MIN;
        assert!(statutory_claim(&edge).is_err());
        edge.interest_start = Some(NaiveDate::MIN);
        assert!(statutory_claim(&edge).is_err());
        assert!(uk_reference_rate(NaiveDate::MIN).is_err());
        assert!(ecb_reference_rate(NaiveDate::MAX).is_err());
    }

    #[test]
    fn accrued_at_follows_a_timeline() {
        // £4,800 at 12.75%: 612 a year. (stage date, days, interest, compensation)
        let base = input(Regime::Uk, dec!(4800), "GBP", "2025-03-31", "2025-12-31");
        let stages = [
            ("2025-03-24", 0, dec!(0), dec!(0)),
            ("2025-03-31", 0, dec!(0), dec!(0)),
            ("2025-04-01", 1, dec!(1.68), dec!(70)), // 612 / 365 = 1.6767
            ("2025-04-14", 14, dec!(23.47), dec!(70)), // 612 × 14 / 365 = 23.4739
            ("2025-05-15", 45, dec!(75.45), dec!(70)),
            ("2025-12-31", 275, dec!(461.10), dec!(70)), // 612 × 275 / 365 = 461.0959
        ];
        for (date, days, interest, compensation) in stages {
            let claim = accrued_at(&base, d(date)).unwrap();
            assert_eq!(claim.until, d(date));
            assert_eq!(claim.days, days, "{date}");
            assert_eq!(claim.interest, interest, "{date}");
            assert_eq!(claim.compensation, compensation, "{date}");
        }
    }

    #[test]
    fn error_messages_are_short_and_lowercase() {
        let cases = [
            (
                StatutoryError::NonPositivePrincipal {
                    principal: dec!(-5),
                },
                "principal must be positive, got -5",
            ),
            (
                StatutoryError::UnknownCurrency { code: "XYZ".into() },
                "unknown currency code \"XYZ\"",
            ),
            (
                StatutoryError::NoReferenceRate {
                    date: d("2027-01-01"),
                },
                "no reference rate known for 2027-01-01; give the rate as an override",
            ),
            (
                StatutoryError::InvalidReferenceRate { rate: dec!(150) },
                "reference rate must be between 0 and 100 percent, got 150",
            ),
            (
                StatutoryError::InvalidMargin { margin: dec!(7) },
                "eu margin must be between 8 and 20 percentage points, got 7",
            ),
            (
                StatutoryError::PeriodTooLong { days: 80000 },
                "interest period of 80000 days is longer than 73200 days",
            ),
            (StatutoryError::DateOutOfRange, "date out of range"),
            (StatutoryError::Overflow, "amount too large to compute"),
        ];
        for (error, message) in cases {
            assert_eq!(error.to_string(), message);
        }
    }
}
