//! Rounding strategies and exact allocation of money.
//!
//! Money is a [`Decimal`] in a [`Currency`]. It is rounded once, at the edge,
//! to the currency's ISO 4217 minor unit with a named [`Rounding`] strategy.
//! Allocation splits a total into parts that are whole minor units, are never
//! negative and always add up exactly to the total: the minor units that do
//! not divide evenly (the remainder) go where [`Remainder`] says.
//!
//! Allocation works in integer minor units (`i128`), so it is exact; it never
//! panics: every failure is an [`AllocationError`].

use crate::currency::Currency;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The largest scale a [`Decimal`] can have. A hand-made [`Currency`] with
/// more minor units than this is treated as having this many; the ISO table
/// never goes above 3.
const MAX_SCALE: u32 = 28;

/// The most parts [`allocate_equal`] will produce (a guard against allocating
/// gigabytes for a mistyped count); more is [`AllocationError::TooManyParts`].
pub const MAX_PARTS: usize = 100_000;

/// How to round an amount that has more decimals than wanted.
///
/// | value | `HalfUp` | `HalfEven` | `TowardZero` | `AwayFromZero` |
/// |---|---|---|---|---|
/// | 2.345 → 2 dp | 2.35 | 2.34 | 2.34 | 2.35 |
/// | 2.355 → 2 dp | 2.36 | 2.36 | 2.35 | 2.36 |
/// | -2.345 → 2 dp | -2.35 | -2.34 | -2.34 | -2.35 |
/// | 2.341 → 2 dp | 2.34 | 2.34 | 2.34 | 2.35 |
///
/// Serialized as `"half_up"`, `"half_even"`, `"toward_zero"`, `"away_from_zero"`.
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::money::Rounding;
///
/// assert_eq!(Rounding::default(), Rounding::HalfUp);
/// assert_eq!(Rounding::HalfUp.round(dec!(-2.345), 2), dec!(-2.35));
/// assert_eq!(Rounding::HalfEven.round(dec!(2.345), 2), dec!(2.34));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rounding {
    /// Ties go away from zero (2.345 → 2.35, -2.345 → -2.35); everything else
    /// to the nearest. The user-facing default: what people expect.
    #[default]
    HalfUp,
    /// Ties go to the even neighbour (2.345 → 2.34, 2.355 → 2.36): banker's
    /// rounding. Use only where a rule says so.
    HalfEven,
    /// Drops the extra decimals (2.349 → 2.34, -2.349 → -2.34): truncation.
    TowardZero,
    /// Any extra decimal rounds away from zero (2.341 → 2.35, -2.341 → -2.35).
    AwayFromZero,
}

impl Rounding {
    /// The matching `rust_decimal` strategy.
    ///
    /// ```
    /// use rust_decimal::RoundingStrategy;
    /// use tactful_engine::money::Rounding;
    ///
    /// assert_eq!(Rounding::HalfUp.strategy(), RoundingStrategy::MidpointAwayFromZero);
    /// assert_eq!(Rounding::HalfEven.strategy(), RoundingStrategy::MidpointNearestEven);
    /// ```
    pub fn strategy(self) -> RoundingStrategy {
        match self {
            Rounding::HalfUp => RoundingStrategy::MidpointAwayFromZero,
            Rounding::HalfEven => RoundingStrategy::MidpointNearestEven,
            Rounding::TowardZero => RoundingStrategy::ToZero,
            Rounding::AwayFromZero => RoundingStrategy::AwayFromZero,
        }
    }

    /// Rounds `value` to `decimal_places` decimals with this strategy (for
    /// rates and percentages; use [`round_to_minor`] for money).
    ///
    /// The result has exactly `decimal_places` decimals where the value allows
    /// it (`5` → `5.00`), is never negative zero, and never panics:
    /// `decimal_places` above 28 (Decimal's limit) is treated as 28.
    ///
    /// ```
    /// use rust_decimal_macros::dec;
    /// use tactful_engine::money::Rounding;
    ///
    /// assert_eq!(Rounding::HalfUp.round(dec!(8.125), 2), dec!(8.13));
    /// assert_eq!(Rounding::TowardZero.round(dec!(8.129), 2), dec!(8.12));
    /// assert_eq!(Rounding::HalfUp.round(dec!(5), 2).to_string(), "5.00");
    /// assert_eq!(Rounding::HalfUp.round(dec!(-0.001), 2).to_string(), "0.00");
    /// ```
    pub fn round(self, value: Decimal, decimal_places: u32) -> Decimal {
        let places = decimal_places.min(MAX_SCALE);
        let mut rounded = value.round_dp_with_strategy(places, self.strategy());
        if rounded.is_zero() {
            rounded.set_sign_positive(true);
        }
        if rounded.scale() < places {
            rounded.rescale(places);
        }
        rounded
    }
}

/// Rounds `amount` to the currency's minor unit with the named strategy.
///
/// The result has exactly the currency's number of decimals (`5` → `5.00` in
/// GBP, `1234.5` → `1235` in JPY with `HalfUp`) and is never negative zero
/// (`-0.001` GBP → `0.00`). Never panics.
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::currency::currency;
/// use tactful_engine::money::{round_to_minor, Rounding};
///
/// let gbp = currency("GBP").unwrap();
/// assert_eq!(round_to_minor(dec!(10.005), gbp, Rounding::HalfUp), dec!(10.01));
/// assert_eq!(round_to_minor(dec!(10.005), gbp, Rounding::HalfEven), dec!(10.00));
/// assert_eq!(round_to_minor(dec!(-10.005), gbp, Rounding::HalfUp), dec!(-10.01));
/// let jpy = currency("JPY").unwrap();
/// assert_eq!(round_to_minor(dec!(1234.5), jpy, Rounding::HalfUp), dec!(1235));
/// let kwd = currency("KWD").unwrap();
/// assert_eq!(round_to_minor(dec!(1.23456), kwd, Rounding::TowardZero), dec!(1.234));
/// ```
pub fn round_to_minor(amount: Decimal, currency: &Currency, rounding: Rounding) -> Decimal {
    rounding.round(amount, minor_units(currency))
}

/// The currency's smallest unit as an amount: `0.01` for GBP, `1` for JPY,
/// `0.001` for KWD.
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::currency::currency;
/// use tactful_engine::money::minor_unit;
///
/// assert_eq!(minor_unit(currency("GBP").unwrap()), dec!(0.01));
/// assert_eq!(minor_unit(currency("JPY").unwrap()), dec!(1));
/// assert_eq!(minor_unit(currency("KWD").unwrap()), dec!(0.001));
/// ```
pub fn minor_unit(currency: &Currency) -> Decimal {
    Decimal::new(1, minor_units(currency))
}

/// Where the minor units that do not divide evenly go when allocating.
///
/// Serialized as `"last"`, `"first"`, `"spread"`.
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::currency::currency;
/// use tactful_engine::money::{allocate_equal, Remainder};
///
/// let gbp = currency("GBP").unwrap();
/// let split = |remainder| allocate_equal(dec!(0.05), 3, gbp, remainder).unwrap();
/// assert_eq!(split(Remainder::Last), [dec!(0.01), dec!(0.01), dec!(0.03)]);
/// assert_eq!(split(Remainder::First), [dec!(0.03), dec!(0.01), dec!(0.01)]);
/// assert_eq!(split(Remainder::Spread), [dec!(0.02), dec!(0.02), dec!(0.01)]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Remainder {
    /// The whole remainder goes onto the last part (for weights: the last part
    /// with a non-zero weight). "The final instalment absorbs the pennies."
    Last,
    /// The whole remainder goes onto the first part (for weights: the first
    /// part with a non-zero weight).
    First,
    /// One minor unit per part. [`allocate_equal`]: from the first part
    /// onward, so parts differ by at most one minor unit and the larger ones
    /// come first. [`allocate_by_weights`]: the largest-remainder method (to
    /// the parts whose exact share lost the largest fraction, ties to the
    /// earlier part), so every part is within one minor unit of its exact share.
    Spread,
}

/// Why an allocation could not be made.
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::currency::currency;
/// use tactful_engine::money::{allocate_equal, AllocationError, Remainder};
///
/// let gbp = currency("GBP").unwrap();
/// let err = allocate_equal(dec!(10.005), 2, gbp, Remainder::Last).unwrap_err();
/// assert_eq!(err, AllocationError::NotWholeMinorUnits { currency: "GBP" });
/// assert_eq!(err.to_string(), "more than 2 decimals for GBP");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum AllocationError {
    /// Zero parts were asked for (`parts == 0`, or no weights).
    NoParts,
    /// More than [`MAX_PARTS`] equal parts were asked for.
    TooManyParts {
        /// The limit, [`MAX_PARTS`].
        max: usize,
    },
    /// The total is below zero.
    NegativeTotal,
    /// The total has more decimals than the currency's minor unit allows
    /// (round it first with [`round_to_minor`]).
    NotWholeMinorUnits {
        /// The currency's ISO code.
        currency: &'static str,
    },
    /// A weight is below zero.
    NegativeWeight {
        /// Position of the first negative weight.
        index: usize,
    },
    /// Every weight is zero, so no part can take anything.
    WeightsSumToZero,
    /// The numbers are too large to combine exactly (a total near Decimal's
    /// maximum, or weights with very many digits).
    Overflow,
}

impl fmt::Display for AllocationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AllocationError::NoParts => f.write_str("no parts to allocate to"),
            AllocationError::TooManyParts { max } => write!(f, "more than {max} parts"),
            AllocationError::NegativeTotal => f.write_str("total is negative"),
            AllocationError::NotWholeMinorUnits { currency } => {
                match crate::currency::currency(currency) {
                    Ok(c) if c.minor_units == 0 => write!(f, "{currency} has no decimals"),
                    Ok(c) => write!(f, "more than {} decimals for {currency}", c.minor_units),
                    Err(_) => write!(f, "not a whole number of {currency} minor units"),
                }
            }
            AllocationError::NegativeWeight { index } => write!(f, "weight {index} is negative"),
            AllocationError::WeightsSumToZero => f.write_str("weights sum to zero"),
            AllocationError::Overflow => f.write_str("numbers too large to allocate"),
        }
    }
}

impl std::error::Error for AllocationError {}

/// Splits `total` into `parts` parts as equal as whole minor units allow.
///
/// Rules:
/// - `total` must be ≥ 0 ([`AllocationError::NegativeTotal`]) and a whole
///   number of minor units ([`AllocationError::NotWholeMinorUnits`]: `10.005`
///   GBP is refused, not rounded; round it first with [`round_to_minor`]).
///   Trailing zeros are fine (`10.0100` GBP is 1001 pence).
/// - `parts` must be 1..=[`MAX_PARTS`] ([`AllocationError::NoParts`],
///   [`AllocationError::TooManyParts`]).
/// - Every part is `total / parts` rounded down to the minor unit; the left
///   over minor units go where `remainder` says. Parts are never negative,
///   have exactly the currency's decimals and always sum exactly to `total`.
/// - A zero total gives `parts` zeros.
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::currency::currency;
/// use tactful_engine::money::{allocate_equal, Remainder};
///
/// let gbp = currency("GBP").unwrap();
/// assert_eq!(
///     allocate_equal(dec!(100), 3, gbp, Remainder::Last),
///     Ok(vec![dec!(33.33), dec!(33.33), dec!(33.34)])
/// );
/// let jpy = currency("JPY").unwrap();
/// assert_eq!(
///     allocate_equal(dec!(1000), 3, jpy, Remainder::Spread),
///     Ok(vec![dec!(334), dec!(333), dec!(333)])
/// );
/// ```
pub fn allocate_equal(
    total: Decimal,
    parts: usize,
    currency: &Currency,
    remainder: Remainder,
) -> Result<Vec<Decimal>, AllocationError> {
    if parts == 0 {
        return Err(AllocationError::NoParts);
    }
    if parts > MAX_PARTS {
        return Err(AllocationError::TooManyParts { max: MAX_PARTS });
    }
    let scale = minor_units(currency);
    let units = total_in_minor_units(total, currency)?;
    let count = i128::try_from(parts).map_err(|_| AllocationError::Overflow)?;
    let base = units / count;
    let left_over = units % count;
    let mut shares = vec![base; parts];
    match remainder {
        Remainder::Last => add_to(&mut shares, parts - 1, left_over),
        Remainder::First => add_to(&mut shares, 0, left_over),
        Remainder::Spread => {
            // left_over < parts, so it converts to usize.
            let spread = usize::try_from(left_over).unwrap_or(0);
            for share in shares.iter_mut().take(spread) {
                *share += 1;
            }
        }
    }
    to_amounts(&shares, scale)
}

/// Splits `total` in proportion to `weights`, in whole minor units.
///
/// Each part's exact share is `total × weight / sum of weights`; it is
/// rounded down to the minor unit and the left over minor units go where
/// `remainder` says: [`Remainder::Spread`] uses the largest-remainder method
/// (one minor unit each to the parts that lost the largest fraction, ties to
/// the earlier part); [`Remainder::Last`] / [`Remainder::First`] put them all
/// on the last / first part with a non-zero weight.
///
/// Rules:
/// - `total` as for [`allocate_equal`]: ≥ 0 and a whole number of minor units.
/// - `weights` must not be empty ([`AllocationError::NoParts`]), none
///   negative ([`AllocationError::NegativeWeight`]) and not all zero
///   ([`AllocationError::WeightsSumToZero`]). Weights need not sum to 1 or 100.
/// - A zero weight always gives a zero part: a seasonal plan pays nothing in
///   July, and the remainder never goes to a zero-weight part.
/// - Parts are never negative, have exactly the currency's decimals and
///   always sum exactly to `total`.
/// - The arithmetic is exact in 128-bit integers: total in minor units times
///   each weight scaled to the weights' largest number of decimals. If that
///   does not fit (totals near 10^28 or weights with ~20+ digits) the result
///   is [`AllocationError::Overflow`], never a wrong answer.
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::currency::currency;
/// use tactful_engine::money::{allocate_by_weights, Remainder};
///
/// let gbp = currency("GBP").unwrap();
/// // A seasonal plan: nothing in the second month.
/// assert_eq!(
///     allocate_by_weights(dec!(100), &[dec!(1), dec!(0), dec!(2)], gbp, Remainder::Spread),
///     Ok(vec![dec!(33.33), dec!(0.00), dec!(66.67)])
/// );
/// // Percentages that do not divide evenly: largest remainder wins the penny.
/// assert_eq!(
///     allocate_by_weights(dec!(10), &[dec!(33.3), dec!(33.3), dec!(33.4)], gbp, Remainder::Spread),
///     Ok(vec![dec!(3.33), dec!(3.33), dec!(3.34)])
/// );
/// ```
pub fn allocate_by_weights(
    total: Decimal,
    weights: &[Decimal],
    currency: &Currency,
    remainder: Remainder,
) -> Result<Vec<Decimal>, AllocationError> {
    if weights.is_empty() {
        return Err(AllocationError::NoParts);
    }
    if let Some(index) = weights
        .iter()
        .position(|w| w.is_sign_negative() && !w.is_zero())
    {
        return Err(AllocationError::NegativeWeight { index });
    }
    let scale = minor_units(currency);
    let units = total_in_minor_units(total, currency)?;
    let integer_weights = weights_as_integers(weights)?;
    let weight_sum = integer_weights
        .iter()
        .try_fold(0i128, |sum, w| sum.checked_add(*w))
        .ok_or(AllocationError::Overflow)?;
    if weight_sum == 0 {
        return Err(AllocationError::WeightsSumToZero);
    }

    // Exact share = units * w / weight_sum = floor + fraction / weight_sum.
    let mut shares = Vec::with_capacity(weights.len());
    let mut fractions = Vec::with_capacity(weights.len());
    for weight in &integer_weights {
        let product = units
            .checked_mul(*weight)
            .ok_or(AllocationError::Overflow)?;
        shares.push(product / weight_sum);
        fractions.push(product % weight_sum);
    }
    let allocated = shares.iter().sum::<i128>();
    let left_over = units - allocated;

    let positive = |index: &usize| integer_weights.get(*index).is_some_and(|w| *w > 0);
    match remainder {
        Remainder::Last => {
            if let Some(index) = (0..weights.len()).rev().find(positive) {
                add_to(&mut shares, index, left_over);
            }
        }
        Remainder::First => {
            if let Some(index) = (0..weights.len()).find(positive) {
                add_to(&mut shares, index, left_over);
            }
        }
        Remainder::Spread => {
            // The fractions sum to left_over * weight_sum and each is below
            // weight_sum, so more than left_over parts have a non-zero
            // fraction: the units always land on non-zero weights.
            let mut order: Vec<usize> = (0..weights.len()).collect();
            order.sort_by(|a, b| {
                let fa = fractions.get(*a).copied().unwrap_or(0);
                let fb = fractions.get(*b).copied().unwrap_or(0);
                fb.cmp(&fa).then(a.cmp(b))
            });
            let spread = usize::try_from(left_over).unwrap_or(0);
            for index in order.into_iter().take(spread) {
                add_to(&mut shares, index, 1);
            }
        }
    }
    to_amounts(&shares, scale)
}

/// The currency's minor units, capped at Decimal's maximum scale.
fn minor_units(currency: &Currency) -> u32 {
    currency.minor_units.min(MAX_SCALE)
}

/// `total` as an integer count of minor units, checked for sign and decimals.
fn total_in_minor_units(total: Decimal, currency: &Currency) -> Result<i128, AllocationError> {
    if total.is_sign_negative() && !total.is_zero() {
        return Err(AllocationError::NegativeTotal);
    }
    let scale = minor_units(currency);
    let mantissa = total.mantissa().abs();
    let units = if total.scale() >= scale {
        let divisor = pow10(total.scale() - scale)?;
        if mantissa % divisor != 0 {
            return Err(AllocationError::NotWholeMinorUnits {
                currency: currency.code,
            });
        }
        mantissa / divisor
    } else {
        mantissa
            .checked_mul(pow10(scale - total.scale())?)
            .ok_or(AllocationError::Overflow)?
    };
    // Every part must be representable at the currency's scale; parts never
    // exceed the total, so checking the total is enough.
    Decimal::try_from_i128_with_scale(units, scale).map_err(|_| AllocationError::Overflow)?;
    Ok(units)
}

/// Each weight as an integer at the weights' largest scale.
fn weights_as_integers(weights: &[Decimal]) -> Result<Vec<i128>, AllocationError> {
    let normalized: Vec<Decimal> = weights.iter().map(Decimal::normalize).collect();
    let scale = normalized.iter().map(Decimal::scale).max().unwrap_or(0);
    normalized
        .iter()
        .map(|w| {
            w.mantissa()
                .abs()
                .checked_mul(pow10(scale - w.scale())?)
                .ok_or(AllocationError::Overflow)
        })
        .collect()
}

fn pow10(exponent: u32) -> Result<i128, AllocationError> {
    10i128
        .checked_pow(exponent)
        .ok_or(AllocationError::Overflow)
}

fn add_to(shares: &mut [i128], index: usize, amount: i128) {
    if let Some(share) = shares.get_mut(index) {
        *share += amount;
    }
}

fn to_amounts(shares: &[i128], scale: u32) -> Result<Vec<Decimal>, AllocationError> {
    shares
        .iter()
        .map(|units| {
            Decimal::try_from_i128_with_scale(*units, scale).map_err(|_| AllocationError::Overflow)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::currency::currency;
    use rust_decimal_macros::dec;

    fn cur(code: &str) -> &'static Currency {
        currency(code).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn rounding_table() {
        use Rounding::*;
        // (value, places, HalfUp, HalfEven, TowardZero, AwayFromZero)
        let table = [
            (
                dec!(2.345),
                2,
                dec!(2.35),
                dec!(2.34),
                dec!(2.34),
                dec!(2.35),
            ),
            (
                dec!(2.355),
                2,
                dec!(2.36),
                dec!(2.36),
                dec!(2.35),
                dec!(2.36),
            ),
            (
                dec!(-2.345),
                2,
                dec!(-2.35),
                dec!(-2.34),
                dec!(-2.34),
                dec!(-2.35),
            ),
            (
                dec!(-2.355),
                2,
                dec!(-2.36),
                dec!(-2.36),
                dec!(-2.35),
                dec!(-2.36),
            ),
            (
                dec!(2.341),
                2,
                dec!(2.34),
                dec!(2.34),
                dec!(2.34),
                dec!(2.35),
            ),
            (
                dec!(-2.341),
                2,
                dec!(-2.34),
                dec!(-2.34),
                dec!(-2.34),
                dec!(-2.35),
            ),
            (
                dec!(2.349),
                2,
                dec!(2.35),
                dec!(2.35),
                dec!(2.34),
                dec!(2.35),
            ),
            (dec!(0.5), 0, dec!(1), dec!(0), dec!(0), dec!(1)),
            (dec!(1.5), 0, dec!(2), dec!(2), dec!(1), dec!(2)),
            (dec!(-0.5), 0, dec!(-1), dec!(0), dec!(0), dec!(-1)),
            (dec!(-1.5), 0, dec!(-2), dec!(-2), dec!(-1), dec!(-2)),
            (
                dec!(1.0005),
                3,
                dec!(1.001),
                dec!(1.000),
                dec!(1.000),
                dec!(1.001),
            ),
            (dec!(7), 2, dec!(7), dec!(7), dec!(7), dec!(7)),
        ];
        for (value, places, half_up, half_even, toward_zero, away) in table {
            assert_eq!(HalfUp.round(value, places), half_up, "HalfUp {value}");
            assert_eq!(HalfEven.round(value, places), half_even, "HalfEven {value}");
            assert_eq!(
                TowardZero.round(value, places),
                toward_zero,
                "TowardZero {value}"
            );
            assert_eq!(
                AwayFromZero.round(value, places),
                away,
                "AwayFromZero {value}"
            );
        }
    }

    #[test]
    fn round_to_minor_uses_the_currency_minor_unit() {
        let table = [
            ("GBP", dec!(1.005), dec!(1.01)),
            ("JPY", dec!(1.5), dec!(2)),
            ("JPY", dec!(2.5), dec!(3)),
            ("KWD", dec!(1.0005), dec!(1.001)),
            ("IQD", dec!(-1.0005), dec!(-1.001)),
        ];
        for (code, value, expected) in table {
            assert_eq!(
                round_to_minor(value, cur(code), Rounding::HalfUp),
                expected,
                "{code}"
            );
        }
    }

    #[test]
    fn rounded_amounts_have_the_minor_unit_scale_and_no_negative_zero() {
        let gbp = cur("GBP");
        assert_eq!(
            round_to_minor(dec!(5), gbp, Rounding::HalfUp).to_string(),
            "5.00"
        );
        assert_eq!(
            round_to_minor(dec!(-0.004), gbp, Rounding::HalfUp).to_string(),
            "0.00"
        );
        assert_eq!(
            round_to_minor(dec!(1.239), cur("JPY"), Rounding::TowardZero).to_string(),
            "1"
        );
    }

    #[test]
    fn rounding_extremes_never_panic() {
        for rounding in [
            Rounding::HalfUp,
            Rounding::HalfEven,
            Rounding::TowardZero,
            Rounding::AwayFromZero,
        ] {
            for value in [
                Decimal::MAX,
                Decimal::MIN,
                Decimal::new(1, 28),
                Decimal::new(-5, 28),
            ] {
                for places in [0, 2, 28, 29, u32::MAX] {
                    let _ = rounding.round(value, places);
                }
            }
        }
        let odd = Currency {
            code: "ODD",
            minor_units: u32::MAX,
            name: "Odd",
            symbol: "o",
        };
        assert_eq!(minor_unit(&odd), Decimal::new(1, 28));
        let _ = round_to_minor(Decimal::MAX, &odd, Rounding::HalfUp);
        let _ = allocate_equal(Decimal::MAX, 3, &odd, Remainder::Spread);
    }

    #[test]
    fn minor_units_table() {
        for (code, expected) in [("GBP", dec!(0.01)), ("JPY", dec!(1)), ("KWD", dec!(0.001))] {
            assert_eq!(minor_unit(cur(code)), expected, "{code}");
        }
    }

    #[test]
    fn equal_allocation_table() {
        use Remainder::*;
        let table: [(&str, Decimal, usize, Remainder, Vec<Decimal>); 9] = [
            (
                "GBP",
                dec!(100),
                3,
                Last,
                vec![dec!(33.33), dec!(33.33), dec!(33.34)],
            ),
            (
                "GBP",
                dec!(100),
                3,
                First,
                vec![dec!(33.34), dec!(33.33), dec!(33.33)],
            ),
            (
                "GBP",
                dec!(100),
                3,
                Spread,
                vec![dec!(33.34), dec!(33.33), dec!(33.33)],
            ),
            (
                "GBP",
                dec!(0.10),
                7,
                Last,
                vec![
                    dec!(0.01),
                    dec!(0.01),
                    dec!(0.01),
                    dec!(0.01),
                    dec!(0.01),
                    dec!(0.01),
                    dec!(0.04),
                ],
            ),
            (
                "GBP",
                dec!(0.02),
                3,
                Spread,
                vec![dec!(0.01), dec!(0.01), dec!(0)],
            ),
            ("GBP", dec!(0), 2, Spread, vec![dec!(0), dec!(0)]),
            (
                "JPY",
                dec!(10),
                4,
                Spread,
                vec![dec!(3), dec!(3), dec!(2), dec!(2)],
            ),
            (
                "KWD",
                dec!(1),
                3,
                Last,
                vec![dec!(0.333), dec!(0.333), dec!(0.334)],
            ),
            ("GBP", dec!(12.3400), 1, Last, vec![dec!(12.34)]),
        ];
        for (code, total, parts, remainder, expected) in table {
            assert_eq!(
                allocate_equal(total, parts, cur(code), remainder),
                Ok(expected),
                "{code} {total}/{parts} {remainder:?}"
            );
        }
    }

    #[test]
    fn allocated_parts_have_the_currency_scale() {
        let parts = allocate_equal(dec!(10), 2, cur("GBP"), Remainder::Spread).unwrap_or_default();
        let text: Vec<String> = parts.iter().map(ToString::to_string).collect();
        assert_eq!(text, ["5.00", "5.00"]);
    }

    #[test]
    fn equal_allocation_errors() {
        let gbp = cur("GBP");
        let table = [
            (dec!(10), 0, AllocationError::NoParts),
            (
                dec!(10),
                MAX_PARTS + 1,
                AllocationError::TooManyParts { max: MAX_PARTS },
            ),
            (
                dec!(10),
                usize::MAX,
                AllocationError::TooManyParts { max: MAX_PARTS },
            ),
            (dec!(-0.01), 2, AllocationError::NegativeTotal),
            (
                dec!(10.001),
                2,
                AllocationError::NotWholeMinorUnits { currency: "GBP" },
            ),
            (Decimal::MAX, 2, AllocationError::Overflow),
        ];
        for (total, parts, expected) in table {
            assert_eq!(
                allocate_equal(total, parts, gbp, Remainder::Last),
                Err(expected),
                "{total}/{parts}"
            );
        }
        assert_eq!(
            allocate_equal(dec!(1.5), 2, cur("JPY"), Remainder::Last),
            Err(AllocationError::NotWholeMinorUnits { currency: "JPY" })
        );
    }

    #[test]
    fn negative_zero_total_is_zero() {
        let mut zero = dec!(0.00);
        zero.set_sign_negative(true);
        assert_eq!(
            allocate_equal(zero, 2, cur("GBP"), Remainder::Last),
            Ok(vec![dec!(0), dec!(0)])
        );
    }

    /// (currency, total, weights, remainder, expected parts)
    type WeightedCase = (&'static str, Decimal, Vec<Decimal>, Remainder, Vec<Decimal>);

    #[test]
    fn weighted_allocation_table() {
        use Remainder::*;
        let table: [WeightedCase; 8] = [
            (
                "GBP",
                dec!(100),
                vec![dec!(1), dec!(0), dec!(2)],
                Spread,
                vec![dec!(33.33), dec!(0), dec!(66.67)],
            ),
            (
                "GBP",
                dec!(100),
                vec![dec!(1), dec!(1), dec!(1)],
                Last,
                vec![dec!(33.33), dec!(33.33), dec!(33.34)],
            ),
            (
                "GBP",
                dec!(100),
                vec![dec!(1), dec!(1), dec!(0)],
                Last,
                vec![dec!(50), dec!(50), dec!(0)],
            ),
            (
                "GBP",
                dec!(0.01),
                vec![dec!(1), dec!(1), dec!(0)],
                Last,
                vec![dec!(0), dec!(0.01), dec!(0)],
            ),
            (
                "GBP",
                dec!(0.01),
                vec![dec!(0), dec!(1), dec!(1)],
                First,
                vec![dec!(0), dec!(0.01), dec!(0)],
            ),
            (
                "GBP",
                dec!(0.01),
                vec![dec!(0), dec!(1), dec!(1)],
                Spread,
                vec![dec!(0), dec!(0.01), dec!(0)],
            ),
            (
                "JPY",
                dec!(100),
                vec![dec!(0.5), dec!(0.25), dec!(0.25)],
                Spread,
                vec![dec!(50), dec!(25), dec!(25)],
            ),
            (
                "GBP",
                dec!(1),
                vec![dec!(0.1), dec!(0.3), dec!(0.6)],
                Spread,
                vec![dec!(0.10), dec!(0.30), dec!(0.60)],
            ),
        ];
        for (code, total, weights, remainder, expected) in table {
            assert_eq!(
                allocate_by_weights(total, &weights, cur(code), remainder),
                Ok(expected),
                "{code} {total} {weights:?} {remainder:?}"
            );
        }
    }

    #[test]
    fn huge_weights_are_exact() {
        let parts = allocate_by_weights(
            dec!(10),
            &[Decimal::MAX, Decimal::MAX],
            cur("GBP"),
            Remainder::Spread,
        );
        assert_eq!(parts, Ok(vec![dec!(5), dec!(5)]));
    }

    #[test]
    fn largest_remainder_gets_the_unit() {
        // Exact shares 1.428571.., 2.857142.., 5.714285.. pence: fractions .43, .86, .71
        let parts = allocate_by_weights(
            dec!(0.10),
            &[dec!(1), dec!(2), dec!(4)],
            cur("GBP"),
            Remainder::Spread,
        );
        assert_eq!(parts, Ok(vec![dec!(0.01), dec!(0.03), dec!(0.06)]));
    }

    #[test]
    fn weighted_allocation_errors() {
        let gbp = cur("GBP");
        let table: [(Decimal, Vec<Decimal>, AllocationError); 7] = [
            (dec!(10), vec![], AllocationError::NoParts),
            (
                dec!(10),
                vec![dec!(1), dec!(-1)],
                AllocationError::NegativeWeight { index: 1 },
            ),
            (
                dec!(10),
                vec![dec!(0), dec!(0)],
                AllocationError::WeightsSumToZero,
            ),
            (dec!(-10), vec![dec!(1)], AllocationError::NegativeTotal),
            (
                dec!(10.001),
                vec![dec!(1)],
                AllocationError::NotWholeMinorUnits { currency: "GBP" },
            ),
            (
                dec!(10),
                vec![Decimal::MAX, Decimal::new(1, 28)],
                AllocationError::Overflow,
            ),
            (
                Decimal::MAX,
                vec![dec!(1), dec!(1)],
                AllocationError::Overflow,
            ),
        ];
        for (total, weights, expected) in table {
            assert_eq!(
                allocate_by_weights(total, &weights, gbp, Remainder::Spread),
                Err(expected),
                "{total} {weights:?}"
            );
        }
    }

    #[test]
    fn error_messages_are_short_and_lowercase() {
        let table = [
            (AllocationError::NoParts, "no parts to allocate to"),
            (
                AllocationError::TooManyParts { max: 3 },
                "more than 3 parts",
            ),
            (AllocationError::NegativeTotal, "total is negative"),
            (
                AllocationError::NotWholeMinorUnits { currency: "GBP" },
                "more than 2 decimals for GBP",
            ),
            (
                AllocationError::NotWholeMinorUnits { currency: "JPY" },
                "JPY has no decimals",
            ),
            (
                AllocationError::NegativeWeight { index: 2 },
                "weight 2 is negative",
            ),
            (AllocationError::WeightsSumToZero, "weights sum to zero"),
            (AllocationError::Overflow, "numbers too large to allocate"),
        ];
        for (error, message) in table {
            assert_eq!(error.to_string(), message);
        }
    }

    #[test]
    fn options_deserialize_from_snake_case_names() {
        use serde::de::{value::StrDeserializer, IntoDeserializer};
        fn from_name<T: serde::de::DeserializeOwned>(name: &str) -> Option<T> {
            let deserializer: StrDeserializer<'_, serde::de::value::Error> =
                name.into_deserializer();
            T::deserialize(deserializer).ok()
        }
        assert_eq!(from_name("half_up"), Some(Rounding::HalfUp));
        assert_eq!(from_name("half_even"), Some(Rounding::HalfEven));
        assert_eq!(from_name("toward_zero"), Some(Rounding::TowardZero));
        assert_eq!(from_name("away_from_zero"), Some(Rounding::AwayFromZero));
        assert_eq!(from_name::<Rounding>("HalfUp"), None);
        assert_eq!(from_name("last"), Some(Remainder::Last));
        assert_eq!(from_name("first"), Some(Remainder::First));
        assert_eq!(from_name("spread"), Some(Remainder::Spread));
    }
}
