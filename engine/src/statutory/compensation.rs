//! Fixed compensation per invoice (or per instalment) and Dutch collection costs.
//!
//! - UK: £40 / £70 / £100 by the size of the debt ([`uk_fixed_compensation`]).
//! - Ireland: €40 / €70 / €100 with Ireland's own boundaries ([`ie_fixed_compensation`]).
//! - Germany, France, Spain, any other member state: €40
//!   ([`EUR_FIXED_COMPENSATION`](super::EU_FIXED_COMPENSATION_EUR)); Germany per late
//!   instalment too.
//! - Netherlands: no fixed sum on top; collection costs by the BIK scale with a €40
//!   minimum ([`nl_collection_costs`]).
//!
//! Amounts carry two decimals (`70.00`). Compensation never depends on how many days
//! the payment is late: only on whether it is late at all.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::StatutoryError;
use crate::decimal_ops::DecimalOps;
use crate::money::Rounding;

// Compensation amounts carry the two decimals of GBP and EUR ("70.00").
const COMPENSATION_LOW: Decimal = Decimal::from_parts(4_000, 0, 0, false, 2);
const COMPENSATION_MID: Decimal = Decimal::from_parts(7_000, 0, 0, false, 2);
const COMPENSATION_HIGH: Decimal = Decimal::from_parts(10_000, 0, 0, false, 2);
const TIER_MID: Decimal = Decimal::from_parts(1_000, 0, 0, false, 0);
const TIER_HIGH: Decimal = Decimal::from_parts(10_000, 0, 0, false, 0);

/// The UK fixed compensation for one invoice, by the size of the debt in pounds
/// (Late Payment of Commercial Debts (Interest) Act 1998, s. 5A): £40 under
/// £1,000; £70 from £1,000 to under £10,000; £100 from £10,000; returned with
/// two decimals (`70.00`). Amounts at or below zero get £40 (callers reject them
/// before). The amount is not rounded first: £999.999 is under £1,000.
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::statutory::uk_fixed_compensation;
///
/// assert_eq!(uk_fixed_compensation(dec!(999.99)), dec!(40));
/// assert_eq!(uk_fixed_compensation(dec!(1000)), dec!(70));
/// assert_eq!(uk_fixed_compensation(dec!(9999.99)), dec!(70));
/// assert_eq!(uk_fixed_compensation(dec!(10000)), dec!(100));
/// ```
pub fn uk_fixed_compensation(principal_gbp: Decimal) -> Decimal {
    if principal_gbp >= TIER_HIGH {
        COMPENSATION_HIGH
    } else if principal_gbp >= TIER_MID {
        COMPENSATION_MID
    } else {
        COMPENSATION_LOW
    }
}

/// The Irish fixed compensation for one late payment, by its amount in euro (S.I. No.
/// 580 of 2012, Regulation 9 and the Schedule): "not exceeding €1000" → €40;
/// "exceeding €1000 but not exceeding €10,000" → €70; "exceeding €10,000" → €100.
/// The boundaries belong to the lower tier, unlike the UK's: €1,000.00 earns €40 and
/// €10,000.00 earns €70. Returned with two decimals; amounts at or below zero get €40.
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::statutory::ie_fixed_compensation;
///
/// assert_eq!(ie_fixed_compensation(dec!(1000.00)), dec!(40));
/// assert_eq!(ie_fixed_compensation(dec!(1000.01)), dec!(70));
/// assert_eq!(ie_fixed_compensation(dec!(10000.00)), dec!(70));
/// assert_eq!(ie_fixed_compensation(dec!(10000.01)), dec!(100));
/// ```
pub fn ie_fixed_compensation(amount_eur: Decimal) -> Decimal {
    if amount_eur > TIER_HIGH {
        COMPENSATION_HIGH
    } else if amount_eur > TIER_MID {
        COMPENSATION_MID
    } else {
        COMPENSATION_LOW
    }
}

/// What a fixed compensation is for. Serialized as `"invoice"` / `"instalment"`.
///
/// ```
/// use tactful_engine::statutory::CompensationKind;
///
/// assert_ne!(CompensationKind::Invoice, CompensationKind::Instalment);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CompensationKind {
    /// The invoice as a whole.
    #[serde(rename = "invoice")]
    Invoice,
    /// One late instalment (Germany, § 288 Abs. 5 S. 2 BGB).
    #[serde(rename = "instalment")]
    Instalment,
}

/// One fixed sum claimed: for the invoice, or for one late instalment.
///
/// - `kind`: what it is for; `due_date`: when that debt was due; `amount`: the debt
///   (the invoice's principal, or the instalment).
/// - `compensation`: the fixed sum, in the jurisdiction's compensation currency.
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::statutory::{CompensationItem, CompensationKind};
///
/// let item = CompensationItem {
///     kind: CompensationKind::Invoice,
///     due_date: "2025-03-31".parse().unwrap(),
///     amount: dec!(4800),
///     compensation: dec!(40.00),
/// };
/// assert_eq!(item.clone(), item);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompensationItem {
    /// What the sum is for.
    pub kind: CompensationKind,
    /// When that debt was due.
    pub due_date: NaiveDate,
    /// The debt it is for.
    pub amount: Decimal,
    /// The fixed sum.
    pub compensation: Decimal,
}

/// One instalment of a debt paid in parts: its due date and amount (Germany: each
/// late one earns the €40 Pauschale, § 288 Abs. 5 S. 2 BGB).
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::statutory::Instalment;
///
/// let part = Instalment { due_date: "2025-04-30".parse().unwrap(), amount: dec!(400) };
/// assert_eq!(part.amount, dec!(400));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Instalment {
    /// When the instalment was due.
    pub due_date: NaiveDate,
    /// Its amount; must be positive.
    pub amount: Decimal,
}

/// How Dutch collection costs were set. Serialized as `"bik_staffel"`, `"agreed"`,
/// `"minimum_only"`.
///
/// ```
/// use tactful_engine::statutory::CollectionCostBasis;
///
/// assert_ne!(CollectionCostBasis::BikStaffel, CollectionCostBasis::Agreed);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CollectionCostBasis {
    /// The scale of the Besluit vergoeding voor buitengerechtelijke incassokosten.
    #[serde(rename = "bik_staffel")]
    BikStaffel,
    /// An amount the parties agreed (never below the €40 minimum).
    #[serde(rename = "agreed")]
    Agreed,
    /// The €40 minimum only: the scale needs the principal in euro, and the invoice is
    /// in another currency.
    #[serde(rename = "minimum_only")]
    MinimumOnly,
}

/// One band of the BIK scale applied to a principal.
///
/// - `from`, `to`: the band's limits on the principal (`to` is `None` for the last,
///   open band); `percent`: its rate.
/// - `base`: the part of the principal in the band; `amount`: `base × percent / 100`,
///   exact (not rounded).
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::statutory::nl_collection_costs;
///
/// let costs = nl_collection_costs(dec!(3000)).unwrap();
/// let first = &costs.bands[0];
/// assert_eq!((first.base, first.percent, first.amount), (dec!(2500), dec!(15), dec!(375)));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CostBand {
    /// Lower limit of the band on the principal.
    pub from: Decimal,
    /// Upper limit; `None` for the open last band.
    pub to: Option<Decimal>,
    /// The band's percentage.
    pub percent: Decimal,
    /// The part of the principal in this band.
    pub base: Decimal,
    /// `base × percent / 100`, exact.
    pub amount: Decimal,
}

/// Dutch extrajudicial collection costs for one claim.
///
/// - `basis`: how they were set ([`CollectionCostBasis`]).
/// - `bands`: the scale's bands touched by the principal (empty unless `bik_staffel`).
/// - `minimum`, `maximum`: the €40 floor (art. 6:96 lid 4 BW) and the scale's €6,775
///   ceiling (`None` unless `bik_staffel`).
/// - `minimum_applied`, `maximum_applied`: the floor or ceiling replaced the computed
///   sum.
/// - `amount`: what is claimed, in euro, rounded half-up to the cent.
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::statutory::nl_collection_costs;
///
/// let costs = nl_collection_costs(dec!(200)).unwrap(); // 15 % of 200 = 30, below 40
/// assert!(costs.minimum_applied);
/// assert_eq!(costs.amount, dec!(40));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CollectionCosts {
    /// How the costs were set.
    pub basis: CollectionCostBasis,
    /// The bands of the scale touched (BIK scale only).
    pub bands: Vec<CostBand>,
    /// The €40 minimum.
    pub minimum: Decimal,
    /// The €6,775 maximum (BIK scale only).
    pub maximum: Option<Decimal>,
    /// The minimum replaced the computed sum.
    pub minimum_applied: bool,
    /// The maximum replaced the computed sum.
    pub maximum_applied: bool,
    /// The costs claimed, in euro.
    pub amount: Decimal,
}

/// The €40 minimum of Dutch collection costs between businesses (art. 6:96 lid 4 BW,
/// the Directive's fixed sum; mandatory).
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::statutory::NL_MINIMUM_COLLECTION_COSTS;
///
/// assert_eq!(NL_MINIMUM_COLLECTION_COSTS, dec!(40));
/// ```
pub const NL_MINIMUM_COLLECTION_COSTS: Decimal = COMPENSATION_LOW;

/// The maximum of the BIK scale: €6,775 (Besluit vergoeding voor buitengerechtelijke
/// incassokosten, art. 2 lid 1 onder e), reached at a principal of €1,000,000.
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::statutory::NL_MAXIMUM_COLLECTION_COSTS;
///
/// assert_eq!(NL_MAXIMUM_COLLECTION_COSTS, dec!(6775));
/// ```
pub const NL_MAXIMUM_COLLECTION_COSTS: Decimal = Decimal::from_parts(677_500, 0, 0, false, 2);

/// The BIK scale (Besluit vergoeding voor buitengerechtelijke incassokosten, Stb. 2012,
/// 141, art. 2 lid 1; unchanged since it took effect on 1 July 2012, as of
/// [`LAWS_CHECKED_AS_OF`](super::LAWS_CHECKED_AS_OF)): (band width in euro, percent);
/// the last band is open.
const BIK_SCALE: [(Option<i64>, u32); 5] = [
    (Some(2_500), 15),
    (Some(2_500), 10),
    (Some(5_000), 5),
    (Some(190_000), 1),
    (None, 5), // 0.5 %: tenths of a percent below
];

/// Dutch collection costs by the BIK scale on `principal_eur` (Besluit vergoeding voor
/// buitengerechtelijke incassokosten, art. 2 lid 1): 15 % of the first €2,500, 10 % of
/// the next €2,500, 5 % of the next €5,000, 1 % of the next €190,000 and 0.5 % of the
/// rest; at least €40 (art. 6:96 lid 4 BW), at most €6,775. The exact sum is rounded
/// half-up to the cent, then the minimum and maximum apply. The scale runs on the
/// principal only, never on interest (the Besluit's "hoofdsom"); 21 % VAT on top, for
/// a creditor who cannot reclaim VAT (art. 2 lid 3), is not added.
///
/// Errors: [`StatutoryError::NonPositivePrincipal`]; [`StatutoryError::Overflow`].
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::statutory::nl_collection_costs;
///
/// let amount = |principal| nl_collection_costs(principal).unwrap().amount;
/// assert_eq!(amount(dec!(2500)), dec!(375));   // 15 % of 2,500
/// assert_eq!(amount(dec!(5000)), dec!(625));   // 375 + 10 % of 2,500
/// assert_eq!(amount(dec!(10000)), dec!(875));  // 625 + 5 % of 5,000
/// assert_eq!(amount(dec!(200)), dec!(40));     // 30, raised to the minimum
/// assert_eq!(amount(dec!(5000000)), dec!(6775)); // the maximum
/// ```
pub fn nl_collection_costs(principal_eur: Decimal) -> Result<CollectionCosts, StatutoryError> {
    if principal_eur <= Decimal::ZERO {
        return Err(StatutoryError::NonPositivePrincipal {
            principal: principal_eur,
        });
    }
    let mut bands = Vec::new();
    let mut from = Decimal::ZERO;
    let mut exact = Decimal::ZERO;
    for (width, rate) in BIK_SCALE {
        if principal_eur <= from {
            break;
        }
        let percent = match width {
            Some(_) => Decimal::from(rate),
            None => Decimal::new(i64::from(rate), 1),
        };
        let to = match width {
            Some(width) => Some(
                from.plus(Decimal::from(width))
                    .ok_or(StatutoryError::Overflow)?,
            ),
            None => None,
        };
        let top = match to {
            Some(to) if to < principal_eur => to,
            _ => principal_eur,
        };
        let base = top.minus(from).ok_or(StatutoryError::Overflow)?;
        let amount = base
            .times(percent)
            .and_then(|value| value.divided_by(Decimal::ONE_HUNDRED))
            .ok_or(StatutoryError::Overflow)?;
        exact = exact.plus(amount).ok_or(StatutoryError::Overflow)?;
        bands.push(CostBand {
            from,
            to,
            percent,
            base,
            amount,
        });
        match to {
            Some(to) => from = to,
            None => break,
        }
    }
    let rounded = Rounding::HalfUp.round(exact, 2);
    let minimum_applied = rounded < NL_MINIMUM_COLLECTION_COSTS;
    let maximum_applied = rounded > NL_MAXIMUM_COLLECTION_COSTS;
    let amount = rounded.clamp(NL_MINIMUM_COLLECTION_COSTS, NL_MAXIMUM_COLLECTION_COSTS);
    Ok(CollectionCosts {
        basis: CollectionCostBasis::BikStaffel,
        bands,
        minimum: NL_MINIMUM_COLLECTION_COSTS,
        maximum: Some(NL_MAXIMUM_COLLECTION_COSTS),
        minimum_applied,
        maximum_applied,
        amount: Rounding::HalfUp.round(amount, 2),
    })
}

/// Collection costs set without the scale: an agreed amount (at least €40) or the
/// €40 minimum alone.
pub(super) fn fixed_collection_costs(
    basis: CollectionCostBasis,
    agreed: Decimal,
) -> CollectionCosts {
    let minimum_applied = agreed < NL_MINIMUM_COLLECTION_COSTS;
    let amount = if minimum_applied {
        NL_MINIMUM_COLLECTION_COSTS
    } else {
        Rounding::HalfUp.round(agreed, 2)
    };
    CollectionCosts {
        basis,
        bands: Vec::new(),
        minimum: NL_MINIMUM_COLLECTION_COSTS,
        maximum: None,
        minimum_applied,
        maximum_applied: false,
        amount,
    }
}
