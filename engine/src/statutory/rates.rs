//! The reference-rate tables: Bank of England Bank Rate, ECB main refinancing
//! operations (MRO) rate and German Basiszinssatz, as lists of changes; and the French
//! taux de l'intérêt légal for professionals, per half-year.
//!
//! Each row is the day a new rate took effect and the rate in percent. The rate
//! "in force on" a day is the rate of the last row whose `effective` date is on
//! or before that day. A table answers only for days from its first row up to
//! its "as of" date ([`UK_RATES_AS_OF`], [`ECB_RATES_AS_OF`], [`DE_RATES_AS_OF`],
//! [`FR_TAUX_LEGAL_AS_OF`]): before the first row the rate is not in the table, and
//! after the as-of date a change may have happened that the app does not know about.
//! Outside that window the engine asks the user for the rate instead of guessing
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
//! operation from December 2025 to January 2026), the Dutch statutory
//! commercial rate (ECB rate + 8: 12.50% from 2024-01-01, 12.25% from
//! 2024-07-01), and the Irish Department of Enterprise's table of late payment
//! interest rates since 16 March 2013 (enterprise.gov.ie, "Late Payment Interest
//! Rate": ECB rate 0.75 on 16 March 2013, 0.50 on 1 July 2013, 0.25, 0.15, 0.05,
//! 0.05, 0.05, then 0.00 from 1 July 2016 to 1 July 2022, 2.50 on 1 January 2023,
//! 4.00, 4.50, 4.25 on 1 July 2024: every half-year equal to this table). The rise
//! to 2.40% with effect from 17 June 2026 (decided 11 June 2026) rests on the ECB
//! press release as quoted verbatim in two public repositories and in press reports
//! (`shared/reference/ecb_mro_rate_changes.csv`); it agrees with the Basiszinssatz
//! of 1.52% for 1 July 2026 reported from the Bundesbank (1.27 + 0.25, § 247 BGB).
//! The next Governing Council meeting after 11 June 2026 is in late July, so the
//! rate in force on 1 July 2026 is known ([`ECB_RATES_AS_OF`]). A further rise from
//! 2026-09-16 reported by one source only is deliberately **not** in the table.
//!
//! **German Basiszinssatz** (§ 247 BGB, published by the Deutsche Bundesbank for
//! every 1 January and 1 July). Rows 2014-07-01 to 2025-07-01 from the Bundesbank
//! time series BBIN1/M.DE.BBK.BBKBAS2.EUR.ME (as downloaded on 2025-10-02 into the
//! public repository `ameax/bgb-interest`, `data/basiszins.json` @40dde0b), checked
//! against press reports of the Bundesbank releases (kassenverwalter.de,
//! banktip.de, boersen-zeitung.de, flash-up.com, iww.de, hwk-koeln.de); 2026-01-01
//! (unchanged at 1.27%) from finanzmarktnachrichten.de; 2026-07-01 (1.52%) from a
//! public repository citing the Bundesbank release for 1 July 2026, and consistent
//! with § 247 Abs. 1 S. 2 BGB: the ECB MRO rate rose by 0.25 points (2.15 → 2.40)
//! since the last change of the Basiszinssatz on 1 July 2025. Every row was also
//! re-derived from the ECB table with that rule (see the tests). Negative values
//! (2014–2022) are real: the Basiszinssatz can be below zero.
//!
//! **French taux de l'intérêt légal, "tous les autres cas"** (the rate for
//! creditors acting for professional needs, Code monétaire et financier, art.
//! L. 313-2 and D. 313-1-A; fixed each half-year by arrêté): 5.07% (2024 H1),
//! 4.92% (2024 H2), 3.71% (2025 H1; Lefebvre Dalloz, ksca.fr), 2.76% (2025 H2;
//! arrêté ECOT2516925A of 19 June 2025, JO of 24 June 2025), 2.62% (2026 H1;
//! arrêté of 15 December 2025, JORF n° 0302 of 26 December 2025). The value for
//! 2026 H2 is not known here ([`FR_TAUX_LEGAL_AS_OF`]).

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

/// The last day up to which the ECB table is believed complete: 1 July 2026. The
/// Governing Council raised the MRO rate to 2.40% with effect from 17 June 2026 and
/// meets next in late July 2026, so the rate in force on 1 July 2026 (the reference
/// rate for the second half of 2026) is known; the one on 1 January 2027 is not.
///
/// ```
/// use tactful_engine::statutory::ECB_RATES_AS_OF;
///
/// assert_eq!(ECB_RATES_AS_OF.to_string(), "2026-07-01");
/// ```
pub const ECB_RATES_AS_OF: NaiveDate = day(2026, 7, 1);

/// The last day up to which the German Basiszinssatz table is believed complete:
/// 1 July 2026. The Basiszinssatz is fixed for a whole half-year on 1 January and
/// 1 July (§ 247 BGB), so the rate of the second half of 2026 (1.52%) is known; the
/// one from 1 January 2027 is not.
///
/// ```
/// use tactful_engine::statutory::DE_RATES_AS_OF;
///
/// assert_eq!(DE_RATES_AS_OF.to_string(), "2026-07-01");
/// ```
pub const DE_RATES_AS_OF: NaiveDate = day(2026, 7, 1);

/// The last day up to which the French taux de l'intérêt légal table is believed
/// complete: 1 January 2026 (the rate of the first half of 2026, 2.62%, fixed by the
/// arrêté of 15 December 2025). The rate from 1 July 2026 is not known here: enter it.
///
/// ```
/// use tactful_engine::statutory::FR_TAUX_LEGAL_AS_OF;
///
/// assert_eq!(FR_TAUX_LEGAL_AS_OF.to_string(), "2026-01-01");
/// ```
pub const FR_TAUX_LEGAL_AS_OF: NaiveDate = day(2026, 1, 1);

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
/// assert_eq!(ECB_MRO_RATE_CHANGES.last().unwrap().rate.to_string(), "2.40");
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
    // Held at 2.15% until the meeting of 2026-06-11, which raised it by 0.25 points.
    change(day(2026, 6, 17), pct(240)),
];

/// A negative percentage from hundredths of a percent: `neg_pct(88)` is -0.88.
const fn neg_pct(hundredths: u32) -> Decimal {
    Decimal::from_parts(hundredths, 0, 0, true, 2)
}

/// The German Basiszinssatz (§ 247 BGB) from 1 July 2014, one row per 1 January and
/// 1 July (also when unchanged, as the Bundesbank publishes it), ascending. Sources
/// and checks: see the [module documentation](self).
///
/// ```
/// use tactful_engine::statutory::DE_BASISZINSSATZ;
///
/// let last = DE_BASISZINSSATZ.last().unwrap();
/// assert_eq!((last.effective.to_string(), last.rate.to_string()), ("2026-07-01".into(), "1.52".into()));
/// ```
pub const DE_BASISZINSSATZ: &[RateChange] = &[
    change(day(2014, 7, 1), neg_pct(73)),
    change(day(2015, 1, 1), neg_pct(83)),
    change(day(2015, 7, 1), neg_pct(83)),
    change(day(2016, 1, 1), neg_pct(83)),
    change(day(2016, 7, 1), neg_pct(88)),
    change(day(2017, 1, 1), neg_pct(88)),
    change(day(2017, 7, 1), neg_pct(88)),
    change(day(2018, 1, 1), neg_pct(88)),
    change(day(2018, 7, 1), neg_pct(88)),
    change(day(2019, 1, 1), neg_pct(88)),
    change(day(2019, 7, 1), neg_pct(88)),
    change(day(2020, 1, 1), neg_pct(88)),
    change(day(2020, 7, 1), neg_pct(88)),
    change(day(2021, 1, 1), neg_pct(88)),
    change(day(2021, 7, 1), neg_pct(88)),
    change(day(2022, 1, 1), neg_pct(88)),
    change(day(2022, 7, 1), neg_pct(88)),
    change(day(2023, 1, 1), pct(162)),
    change(day(2023, 7, 1), pct(312)),
    change(day(2024, 1, 1), pct(362)),
    change(day(2024, 7, 1), pct(337)),
    change(day(2025, 1, 1), pct(227)),
    change(day(2025, 7, 1), pct(127)),
    change(day(2026, 1, 1), pct(127)),
    change(day(2026, 7, 1), pct(152)),
];

/// The French taux de l'intérêt légal for creditors acting for professional needs
/// ("tous les autres cas"), one row per half-year from 1 January 2024, ascending. A
/// contractual late-payment rate may not be below three times this rate (article
/// L. 441-10 du Code de commerce). Sources: see the [module documentation](self).
///
/// ```
/// use tactful_engine::statutory::FR_TAUX_LEGAL_PROFESSIONNELS;
///
/// assert_eq!(FR_TAUX_LEGAL_PROFESSIONNELS.last().unwrap().rate.to_string(), "2.62");
/// ```
pub const FR_TAUX_LEGAL_PROFESSIONNELS: &[RateChange] = &[
    change(day(2024, 1, 1), pct(507)),
    change(day(2024, 7, 1), pct(492)),
    change(day(2025, 1, 1), pct(371)),
    change(day(2025, 7, 1), pct(276)),
    change(day(2026, 1, 1), pct(262)),
];

/// A reference-rate table the engine knows, by its stable serde name.
///
/// - `BoeBankRate` (`"boe_bank_rate"`): [`UK_BANK_RATE_CHANGES`], as of [`UK_RATES_AS_OF`].
/// - `EcbMro` (`"ecb_mro"`): [`ECB_MRO_RATE_CHANGES`], as of [`ECB_RATES_AS_OF`].
/// - `DeBasiszinssatz` (`"de_basiszinssatz"`): [`DE_BASISZINSSATZ`], as of [`DE_RATES_AS_OF`].
///
/// ```
/// use tactful_engine::statutory::RateTable;
///
/// assert_eq!(RateTable::EcbMro.as_of().to_string(), "2026-07-01");
/// assert_eq!(RateTable::DeBasiszinssatz.changes().first().unwrap().effective.to_string(), "2014-07-01");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RateTable {
    /// Bank of England Bank Rate.
    #[serde(rename = "boe_bank_rate")]
    BoeBankRate,
    /// ECB main refinancing operations rate.
    #[serde(rename = "ecb_mro")]
    EcbMro,
    /// German Basiszinssatz (§ 247 BGB).
    #[serde(rename = "de_basiszinssatz")]
    DeBasiszinssatz,
}

impl RateTable {
    /// The table's rows, ascending by date.
    ///
    /// ```
    /// use tactful_engine::statutory::RateTable;
    ///
    /// assert!(RateTable::BoeBankRate.changes().len() > 30);
    /// ```
    pub fn changes(self) -> &'static [RateChange] {
        match self {
            RateTable::BoeBankRate => UK_BANK_RATE_CHANGES,
            RateTable::EcbMro => ECB_MRO_RATE_CHANGES,
            RateTable::DeBasiszinssatz => DE_BASISZINSSATZ,
        }
    }

    /// The last day up to which the table is believed complete.
    ///
    /// ```
    /// use tactful_engine::statutory::{RateTable, UK_RATES_AS_OF};
    ///
    /// assert_eq!(RateTable::BoeBankRate.as_of(), UK_RATES_AS_OF);
    /// ```
    pub fn as_of(self) -> NaiveDate {
        match self {
            RateTable::BoeBankRate => UK_RATES_AS_OF,
            RateTable::EcbMro => ECB_RATES_AS_OF,
            RateTable::DeBasiszinssatz => DE_RATES_AS_OF,
        }
    }

    /// The rate in force on `date`, or `None` when the table does not know it
    /// (before its first row, or after its as-of date).
    ///
    /// ```
    /// use rust_decimal_macros::dec;
    /// use tactful_engine::statutory::RateTable;
    ///
    /// let on = |d: &str| RateTable::DeBasiszinssatz.rate_on(d.parse().unwrap());
    /// assert_eq!(on("2025-12-31"), Some(dec!(1.27)));
    /// assert_eq!(on("2019-03-01"), Some(dec!(-0.88)));
    /// assert_eq!(on("2027-01-01"), None);
    /// ```
    pub fn rate_on(self, date: NaiveDate) -> Option<Decimal> {
        rate_in_force(self.changes(), self.as_of(), date)
    }
}

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
    use chrono::Datelike;
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

    #[test]
    fn half_yearly_tables_have_one_row_per_half_year_start_and_plausible_rates() {
        for (table, as_of) in [
            (DE_BASISZINSSATZ, DE_RATES_AS_OF),
            (FR_TAUX_LEGAL_PROFESSIONNELS, FR_TAUX_LEGAL_AS_OF),
        ] {
            assert!(table.windows(2).all(|w| w[0].effective < w[1].effective));
            for row in table {
                assert_eq!(row.effective.day(), 1);
                assert!(row.effective.month() == 1 || row.effective.month() == 7);
                assert!(row.rate >= dec!(-1) && row.rate <= dec!(10));
            }
            // Consecutive half-years: no gap.
            for pair in table.windows(2) {
                let next = pair[0].effective.checked_add_months(chrono::Months::new(6));
                assert_eq!(next, Some(pair[1].effective));
            }
            assert_eq!(table.last().unwrap().effective, as_of);
        }
    }

    #[test]
    fn every_basiszinssatz_follows_the_ecb_rate_by_the_rule_of_section_247_bgb() {
        // § 247 Abs. 1 BGB: on each 1 January and 1 July the Basiszinssatz moves by the
        // points the reference rate (the ECB rate of the most recent main refinancing
        // operation before the half-year's first day) moved since the Basiszinssatz last
        // changed. Start from the first row, re-derive every later row from the ECB table.
        let ecb_before = |first_day: NaiveDate| {
            rate_in_force(
                ECB_MRO_RATE_CHANGES,
                ECB_RATES_AS_OF,
                first_day.pred_opt().unwrap(),
            )
            .unwrap()
        };
        let mut basiszinssatz = DE_BASISZINSSATZ[0].rate;
        let mut reference = ecb_before(DE_BASISZINSSATZ[0].effective);
        for row in &DE_BASISZINSSATZ[1..] {
            let now = ecb_before(row.effective);
            if now != reference {
                basiszinssatz += now - reference;
                reference = now;
            }
            assert_eq!(row.rate, basiszinssatz, "{}", row.effective);
        }
    }

    #[test]
    fn rate_tables_answer_inside_their_window_only() {
        let on = |table: RateTable, date: &str| table.rate_on(d(date));
        assert_eq!(on(RateTable::EcbMro, "2026-06-16"), Some(dec!(2.15)));
        assert_eq!(on(RateTable::EcbMro, "2026-06-17"), Some(dec!(2.40)));
        assert_eq!(on(RateTable::EcbMro, "2026-07-01"), Some(dec!(2.40)));
        assert_eq!(on(RateTable::EcbMro, "2026-07-02"), None);
        assert_eq!(on(RateTable::DeBasiszinssatz, "2014-06-30"), None);
        assert_eq!(
            on(RateTable::DeBasiszinssatz, "2014-07-01"),
            Some(dec!(-0.73))
        );
        assert_eq!(
            on(RateTable::DeBasiszinssatz, "2026-07-01"),
            Some(dec!(1.52))
        );
        assert_eq!(on(RateTable::DeBasiszinssatz, "2026-07-02"), None);
        assert_eq!(on(RateTable::BoeBankRate, "2026-06-30"), Some(dec!(3.75)));
    }
}
