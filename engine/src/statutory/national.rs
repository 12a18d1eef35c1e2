//! Rules of one country that are not part of the interest sum itself: Germany's 30-day
//! rule (§ 286 Abs. 3 BGB) and France's floor for a contractual rate (article
//! L. 441-10 du Code de commerce).

use chrono::{Days, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::rates::{rate_in_force, FR_TAUX_LEGAL_AS_OF, FR_TAUX_LEGAL_PROFESSIONNELS};
use super::{half_year_start, RateLookup, RateTable, StatutoryError, FR_MARGIN, MAX_ENTERED_RATE};
use crate::decimal_ops::DecimalOps;

/// The first day of interest in Germany when no payment date was agreed: the debtor
/// of an Entgeltforderung is in Verzug at the latest if he does not pay within 30 days
/// after Fälligkeit and receipt (Zugang) of the invoice (§ 286 Abs. 3 S. 1 BGB). The 30
/// days start the day after the later of the two (§ 187 Abs. 1 BGB) and end with the
/// 30th (§ 188 Abs. 1 BGB); Verzug, and interest (§ 288 Abs. 1: "während des
/// Verzugs"), start the next day: the 31st day after receipt. Pass `payment_due` when
/// the debt fell due after the invoice arrived (for example, goods delivered later);
/// without it the debt is taken as due on receipt (§ 271 Abs. 1 BGB). When the date of
/// receipt is uncertain, a business debtor is in Verzug 30 days after Fälligkeit and
/// receipt of the goods or service (§ 286 Abs. 3 S. 2): pass that date instead.
///
/// Some authors start interest one day later (the day after Verzug begins); set
/// [`ClaimInput::interest_start`](super::ClaimInput::interest_start) yourself for that
/// reading. A payment date agreed in the contract makes the debtor late the day after
/// it without this rule (§ 286 Abs. 2 Nr. 1), which is the claim's default start.
///
/// Errors: [`StatutoryError::DateOutOfRange`] at the end of the calendar.
///
/// ```
/// use tactful_engine::statutory::de_interest_start;
///
/// // Invoice received Friday 14 March 2025: the 30 days are 15 March to 13 April;
/// // Verzug and interest from 14 April 2025.
/// let start = de_interest_start("2025-03-14".parse().unwrap(), None).unwrap();
/// assert_eq!(start.to_string(), "2025-04-14");
/// // Goods delivered (and the debt due) only on 1 April: 30 days from then.
/// let later = de_interest_start("2025-03-14".parse().unwrap(), Some("2025-04-01".parse().unwrap()));
/// assert_eq!(later.unwrap().to_string(), "2025-05-02");
/// ```
pub fn de_interest_start(
    invoice_received: NaiveDate,
    payment_due: Option<NaiveDate>,
) -> Result<NaiveDate, StatutoryError> {
    let later = payment_due.map_or(invoice_received, |due| due.max(invoice_received));
    later
        .checked_add_days(Days::new(31))
        .ok_or(StatutoryError::DateOutOfRange)
}

/// The French taux de l'intérêt légal for professionals ("tous les autres cas") of the
/// half-year containing `date`, from [`FR_TAUX_LEGAL_PROFESSIONNELS`]; the
/// `reference_date` is the half-year's first day.
///
/// Errors: [`StatutoryError::NoReferenceRate`] with the half-year's first day when the
/// table does not know it (before 2024 or after [`FR_TAUX_LEGAL_AS_OF`]).
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::statutory::{fr_taux_legal, StatutoryError};
///
/// assert_eq!(fr_taux_legal("2025-09-30".parse().unwrap()).unwrap().rate, dec!(2.76));
/// assert_eq!(
///     fr_taux_legal("2026-07-01".parse().unwrap()),
///     Err(StatutoryError::NoReferenceRate { date: "2026-07-01".parse().unwrap() })
/// );
/// ```
pub fn fr_taux_legal(date: NaiveDate) -> Result<RateLookup, StatutoryError> {
    let reference_date = half_year_start(date).ok_or(StatutoryError::DateOutOfRange)?;
    let rate = rate_in_force(
        FR_TAUX_LEGAL_PROFESSIONNELS,
        FR_TAUX_LEGAL_AS_OF,
        reference_date,
    )
    .ok_or(StatutoryError::NoReferenceRate {
        date: reference_date,
    })?;
    Ok(RateLookup {
        rate,
        reference_date,
        rates_as_of: FR_TAUX_LEGAL_AS_OF,
    })
}

/// Whether a French contractual late-payment rate respects the legal floor.
///
/// - `contract_rate`: the rate checked, percent per year; `half_year_start`: the first
///   day of the half-year checked.
/// - `taux_legal`, `taux_legal_entered`: the taux d'intérêt légal for professionals of
///   that half-year, and whether the caller gave it (else from the table).
/// - `floor`: three times the taux légal; `below_floor`: the contract rate is lower,
///   so the clause is invalid (article L. 441-10 du Code de commerce).
/// - `default_rate`: the rate that applies without a (valid) clause, ECB + 10, when the
///   ECB table knows the half-year. Which of `floor` and `default_rate` replaces an
///   invalid clause is unsettled in French law; both are given. In the first half of
///   2024 the floor (15.21 %) was above the default (14.50 %).
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::statutory::fr_contract_rate_check;
///
/// let check = fr_contract_rate_check(dec!(8), "2026-03-01".parse().unwrap(), None).unwrap();
/// assert_eq!((check.taux_legal, check.floor), (dec!(2.62), dec!(7.86)));
/// assert!(!check.below_floor);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContractRateCheck {
    /// The contractual rate checked, percent per year.
    pub contract_rate: Decimal,
    /// First day of the half-year checked.
    pub half_year_start: NaiveDate,
    /// The taux d'intérêt légal for professionals, percent.
    pub taux_legal: Decimal,
    /// The caller gave the taux légal (not the table).
    pub taux_legal_entered: bool,
    /// Three times the taux légal.
    pub floor: Decimal,
    /// The contractual rate is below the floor: the clause is invalid.
    pub below_floor: bool,
    /// ECB rate of the half-year + 10 points, when known.
    pub default_rate: Option<Decimal>,
}

/// Checks a French contractual late-payment rate against the floor of three times the
/// taux d'intérêt légal (article L. 441-10 du Code de commerce), for the half-year
/// containing `on`. `taux_legal` replaces the table (give it for half-years the table
/// does not know). A rate exactly at the floor is valid.
///
/// Errors: [`StatutoryError::InvalidContractRate`] for a contract rate below 0 or above
/// 100; [`StatutoryError::InvalidReferenceRate`] for a given taux légal outside 0 to
/// 100; [`StatutoryError::NoReferenceRate`] (the half-year's first day) when the table
/// does not know the taux légal and none is given; [`StatutoryError::DateOutOfRange`].
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::statutory::{fr_contract_rate_check, StatutoryError};
///
/// // First half of 2024: taux légal 5.07 %, floor 15.21 %; a 12 % clause is invalid,
/// // and the default (ECB 4.50 + 10 = 14.50 %) is below the floor.
/// let check = fr_contract_rate_check(dec!(12), "2024-02-15".parse().unwrap(), None).unwrap();
/// assert!(check.below_floor);
/// assert_eq!((check.floor, check.default_rate), (dec!(15.21), Some(dec!(14.50))));
///
/// // Second half of 2026: the taux légal is not in the table; give it.
/// let day = "2026-09-01".parse().unwrap();
/// assert_eq!(
///     fr_contract_rate_check(dec!(12), day, None),
///     Err(StatutoryError::NoReferenceRate { date: "2026-07-01".parse().unwrap() })
/// );
/// let check = fr_contract_rate_check(dec!(7.5), day, Some(dec!(2.5))).unwrap();
/// assert!(check.taux_legal_entered && !check.below_floor); // floor 7.50: at it is valid
/// ```
pub fn fr_contract_rate_check(
    contract_rate: Decimal,
    on: NaiveDate,
    taux_legal: Option<Decimal>,
) -> Result<ContractRateCheck, StatutoryError> {
    if contract_rate < Decimal::ZERO || contract_rate > MAX_ENTERED_RATE {
        return Err(StatutoryError::InvalidContractRate {
            rate: contract_rate,
        });
    }
    let half_year = half_year_start(on).ok_or(StatutoryError::DateOutOfRange)?;
    let (taux, entered) = match taux_legal {
        Some(rate) if rate < Decimal::ZERO || rate > MAX_ENTERED_RATE => {
            return Err(StatutoryError::InvalidReferenceRate { rate })
        }
        Some(rate) => (rate, true),
        None => (fr_taux_legal(half_year)?.rate, false),
    };
    let floor = taux
        .times(Decimal::from(3))
        .ok_or(StatutoryError::Overflow)?;
    let default_rate = RateTable::EcbMro
        .rate_on(half_year)
        .and_then(|ecb| ecb.plus(FR_MARGIN));
    Ok(ContractRateCheck {
        contract_rate,
        half_year_start: half_year,
        taux_legal: taux,
        taux_legal_entered: entered,
        floor,
        below_floor: contract_rate < floor,
        default_rate,
    })
}
