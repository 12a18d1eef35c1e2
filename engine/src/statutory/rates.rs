//! The reference-rate tables: Bank of England Bank Rate and ECB main
//! refinancing operations (MRO) rate, as lists of changes.
//!
//! Each row is the day a new rate took effect and the rate in percent. The rate
//! "in force on" a day is the rate of the last row whose `effective` date is on
//! or before that day. A table answers only for days from its first row up to
//! its "as of" date ([`UK_RATES_AS_OF`], [`ECB_RATES_AS_OF`]): before the first
//! row the rate is not in the table, and after the as-of date a change may have
//! happened that the app does not know about. Outside that window the engine
//! asks the user for the rate instead of guessing
//! ([`StatutoryError::NoReferenceRate`](super::StatutoryError::NoReferenceRate)).
//!
//! # Sources and verification
//!
//! **Bank of England Bank Rate.** Rows up to 2025-05-08 come from the public
//! dataset `datasets/interest-rates-gb` (`data/data.csv`, commit 57c6c54, scraped
//! from bankofengland.co.uk "Bank Rate history"); 2025-08-07 and 2025-12-18 from
//! press reports of the MPC decisions. Checked independently (2026):
//! - every change from 2023-03-23 to 2025-12-18 (the last ten) against press
//!   reports of each decision (BBC, Politico, LBC, PA Media, Reuters via Global
//!   Banking & Finance Review, Focus Economics) and the month-by-month list on
//!   becleverwithyourcash.com;
//! - the derived half-year reference rates 2011 H1 to 2024 H1 against the
//!   statutory-interest reference table published by payontime.co.uk, all
//!   equal;
//! - the holds at 3.75% on 2026-02-05, 2026-03-19, 2026-04-30 and at the June
//!   2026 meeting (press reports: Reuters, The Independent, LiveSquawk,
//!   FXMacroData, hedgwatch). No change between that June decision and 30 June 2026 is
//!   known, so the table is taken as complete up to [`UK_RATES_AS_OF`].
//!
//! **ECB MRO rate.** Rows from the Banque de France "policy rates" and Banka
//! Slovenije "ECB interest rates" tables (the MRO "with effect from" dates; the
//! Banka Slovenije table, re-read in 2026, matches every row up to 2025-04-23);
//! 2025-06-11 from the ECB press release of 5 June 2025. Checked independently: the last
//! ten changes (2023-08-02 to 2025-06-11) against press reports quoting the ECB
//! press releases (UrduPoint, Banco de España, Sputnik, Famagusta Gazette,
//! Stylianides law firm, FXStreet, Econostream, Cord Magazine...), the MRO
//! auction results of Banka Slovenije (3.40% settled 2024-10-23, 2.15% in every
//! operation from December 2025 to January 2026), and the Dutch statutory
//! commercial rate (ECB rate + 8: 12.50% from 2024-01-01, 12.25% from
//! 2024-07-01). The ECB held 2.15% at least until its meeting of 2026-02-05
//! ([`ECB_RATES_AS_OF`]). A later 2026 change was reported by one low-authority
//! page only and is deliberately **not** in the table.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// One change of a reference rate: from `effective` (inclusive) the rate is
/// `rate` percent per year, until the next row's `effective` date.
///
/// ```
/// use tactful_engine::statutory::UK_BANK_RATE_CHANGES;
///
/// let last = UK_BANK_RATE_CHANGES.last().unwrap();
/// assert_eq!(last.effective.to_string(), "2025-12-18");
/// assert_eq!(last.rate.to_string(), "3.75");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RateChange {
    /// First day on which `rate` is in force.
    pub effective: NaiveDate,
    /// The rate in percent per year (`3.75` means 3.75%).
    pub rate: Decimal,
}

/// Builds a date in a `const` table; an invalid date fails the build, never
/// the running program (every use below is evaluated at compile time).
const fn day(year: i32, month: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(date) => date,
        None => panic!("invalid date in a rate table"),
    }
}

/// A percentage from hundredths of a percent: `pct(375)` is 3.75.
const fn pct(hundredths: u32) -> Decimal {
    Decimal::from_parts(hundredths, 0, 0, false, 2)
}

const fn change(effective: NaiveDate, rate: Decimal) -> RateChange {
    RateChange { effective, rate }
}

/// The last day up to which the Bank of England table is believed complete:
/// 30 June 2026. The June 2026 MPC decision held Bank Rate at 3.75% and no
/// later decision is known, so the rate in force on 30 June 2026 (the reference
/// date for interest starting 1 July to 31 December 2026) is known; the one on
/// 31 December 2026 is not.
///
/// ```
/// use tactful_engine::statutory::UK_RATES_AS_OF;
///
/// assert_eq!(UK_RATES_AS_OF.to_string(), "2026-06-30");
/// ```
pub const UK_RATES_AS_OF: NaiveDate = day(2026, 6, 30);

/// The last day up to which the ECB table is believed complete: 5 February
/// 2026, the Governing Council meeting that held the MRO rate at 2.15%. The
/// rate for the first half of 2026 (in force on 1 January 2026) is known; the
/// one for the second half (1 July 2026) is not.
///
/// ```
/// use tactful_engine::statutory::ECB_RATES_AS_OF;
///
/// assert_eq!(ECB_RATES_AS_OF.to_string(), "2026-02-05");
/// ```
pub const ECB_RATES_AS_OF: NaiveDate = day(2026, 2, 5);

/// Bank of England Bank Rate (the "official dealing rate" of SI 2002/1675)
/// changes from May 2007, ascending by date. Sources and checks: see the
/// [module documentation](self).
///
/// ```
/// use tactful_engine::statutory::UK_BANK_RATE_CHANGES;
///
/// assert!(UK_BANK_RATE_CHANGES.windows(2).all(|w| w[0].effective < w[1].effective));
/// ```
pub const UK_BANK_RATE_CHANGES: &[RateChange] = &[
    // Row before the CSV's first one, from the same dataset: makes the rate in
    // force on 30 June 2007 known.
    change(day(2007, 5, 10), pct(550)),
    change(day(2007, 7, 5), pct(575)),
    change(day(2007, 12, 6), pct(550)),
    change(day(2008, 2, 7), pct(525)),
    change(day(2008, 4, 10), pct(500)),
    change(day(2008, 10, 8), pct(450)),
    change(day(2008, 11, 6), pct(300)),
    change(day(2008, 12, 4), pct(200)),
    change(day(2009, 1, 8), pct(150)),
    change(day(2009, 2, 5), pct(100)),
    change(day(2009, 3, 5), pct(50)),
    change(day(2016, 8, 4), pct(25)),
    change(day(2017, 11, 2), pct(50)),
    change(day(2018, 8, 2), pct(75)),
    change(day(2020, 3, 11), pct(25)),
    change(day(2020, 3, 19), pct(10)),
    change(day(2021, 12, 16), pct(25)),
    change(day(2022, 2, 3), pct(50)),
    change(day(2022, 3, 17), pct(75)),
    change(day(2022, 5, 5), pct(100)),
    change(day(2022, 6, 16), pct(125)),
    change(day(2022, 8, 4), pct(175)),
    change(day(2022, 9, 22), pct(225)),
    change(day(2022, 11, 3), pct(300)),
    change(day(2022, 12, 15), pct(350)),
    change(day(2023, 2, 2), pct(400)),
    change(day(2023, 3, 23), pct(425)),
    change(day(2023, 5, 11), pct(450)),
    change(day(2023, 6, 22), pct(500)),
    change(day(2023, 8, 3), pct(525)),
    change(day(2024, 8, 1), pct(500)),
    change(day(2024, 11, 7), pct(475)),
    change(day(2025, 2, 6), pct(450)),
    change(day(2025, 5, 8), pct(425)),
    change(day(2025, 8, 7), pct(400)),
    change(day(2025, 12, 18), pct(375)),
    // Held at 3.75% on 2026-02-05, 2026-03-19, 2026-04-30 and June 2026.
];

/// ECB main refinancing operations rate changes from July 2008, ascending by
/// "with effect from" date. Since 15 October 2008 the MRO are fixed-rate
/// tenders, so this is the "interest rate applied by the ECB to its most recent
/// main refinancing operations" of Directive 2011/7/EU, Art. 2(7)(a)(i). Before
/// that they were variable-rate tenders, whose reference rate is the marginal
/// rate of each auction (Art. 2(7)(a)(ii)), not the minimum bid rate listed
/// here; so the table answers for half-years from 1 January 2009 only. Sources
/// and checks: see the [module documentation](self).
///
/// ```
/// use tactful_engine::statutory::ECB_MRO_RATE_CHANGES;
///
/// assert!(ECB_MRO_RATE_CHANGES.windows(2).all(|w| w[0].effective < w[1].effective));
/// assert_eq!(ECB_MRO_RATE_CHANGES.last().unwrap().rate.to_string(), "2.15");
/// ```
pub const ECB_MRO_RATE_CHANGES: &[RateChange] = &[
    // Minimum bid rate of a variable-rate tender: the first half-year start it
    // answers for is 1 January 2009, when the fixed rate 2.50 was in force.
    change(day(2008, 7, 9), pct(425)),
    change(day(2008, 10, 15), pct(375)),
    change(day(2008, 11, 12), pct(325)),
    change(day(2008, 12, 10), pct(250)),
    change(day(2009, 1, 21), pct(200)),
    change(day(2009, 3, 11), pct(150)),
    change(day(2009, 4, 8), pct(125)),
    change(day(2009, 5, 13), pct(100)),
    change(day(2011, 4, 13), pct(125)),
    change(day(2011, 7, 13), pct(150)),
    change(day(2011, 11, 9), pct(125)),
    change(day(2011, 12, 14), pct(100)),
    change(day(2012, 7, 11), pct(75)),
    change(day(2013, 5, 8), pct(50)),
    change(day(2013, 11, 13), pct(25)),
    change(day(2014, 6, 11), pct(15)),
    change(day(2014, 9, 10), pct(5)),
    change(day(2016, 3, 16), pct(0)),
    change(day(2022, 7, 27), pct(50)),
    change(day(2022, 9, 14), pct(125)),
    change(day(2022, 11, 2), pct(200)),
    change(day(2022, 12, 21), pct(250)),
    change(day(2023, 2, 8), pct(300)),
    change(day(2023, 3, 22), pct(350)),
    change(day(2023, 5, 10), pct(375)),
    change(day(2023, 6, 21), pct(400)),
    change(day(2023, 8, 2), pct(425)),
    change(day(2023, 9, 20), pct(450)),
    change(day(2024, 6, 12), pct(425)),
    change(day(2024, 9, 18), pct(365)),
    change(day(2024, 10, 23), pct(340)),
    change(day(2024, 12, 18), pct(315)),
    change(day(2025, 2, 5), pct(290)),
    change(day(2025, 3, 12), pct(265)),
    change(day(2025, 4, 23), pct(240)),
    change(day(2025, 6, 11), pct(215)),
    // Held at 2.15% at least until 2026-02-05.
];

/// The rate in force on `date` according to `table`, or `None` when `date` is
/// before the table's first row or after `as_of`.
pub(super) fn rate_in_force(
    table: &[RateChange],
    as_of: NaiveDate,
    date: NaiveDate,
) -> Option<Decimal> {
    if date > as_of {
        return None;
    }
    let after = table.partition_point(|row| row.effective <= date);
    let index = after.checked_sub(1)?;
    table.get(index).map(|row| row.rate)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn d(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn tables_are_strictly_ascending_plausible_and_end_before_their_as_of_date() {
        for (table, as_of) in [
            (UK_BANK_RATE_CHANGES, UK_RATES_AS_OF),
            (ECB_MRO_RATE_CHANGES, ECB_RATES_AS_OF),
        ] {
            assert!(table.windows(2).all(|w| w[0].effective < w[1].effective));
            assert!(table.windows(2).all(|w| w[0].rate != w[1].rate));
            assert!(table
                .iter()
                .all(|row| row.rate >= Decimal::ZERO && row.rate <= dec!(10)));
            assert!(table.last().unwrap().effective <= as_of);
        }
    }

    #[test]
    fn rate_in_force_table() {
        let cases = [
            // (date, expected) against the UK table
            ("2007-05-09", None),
            ("2007-05-10", Some(dec!(5.50))),
            ("2022-12-14", Some(dec!(3.00))),
            ("2022-12-15", Some(dec!(3.50))),
            ("2024-12-31", Some(dec!(4.75))),
            ("2026-06-30", Some(dec!(3.75))),
            ("2026-07-01", None),
        ];
        for (date, expected) in cases {
            assert_eq!(
                rate_in_force(UK_BANK_RATE_CHANGES, UK_RATES_AS_OF, d(date)),
                expected,
                "{date}"
            );
        }
    }
}
