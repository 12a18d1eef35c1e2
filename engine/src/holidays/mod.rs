//! Public holidays of nine jurisdictions, computed by rule for every year 1990–2100.
//!
//! | region | code | what is listed |
//! |---|---|---|
//! | England and Wales | `gb-eaw` | bank holidays (gov.uk), substitute days, one-off bank holidays |
//! | Scotland | `gb-sct` | bank holidays, 2 January, St Andrew's Day (from 2007) |
//! | Northern Ireland | `gb-nir` | England and Wales' plus St Patrick's Day and 12 July |
//! | Ireland | `ie` | statutory public holidays, St Brigid's Day from 2023; no substitute days |
//! | United States | `us` | federal holidays on their observed days (Saturday → Friday, Sunday → Monday) |
//! | Germany | `de` | nationwide holidays only (no state holidays such as Corpus Christi) |
//! | France | `fr` | metropolitan jours fériés, Whit Monday except 2005–2007 |
//! | Netherlands | `nl` | official holidays incl. Good Friday; Liberation Day every fifth year |
//! | Spain | `es` | the ten national holidays (communities add or move others) |
//!
//! Rules every region follows:
//! - A [`Holiday`]'s date is the day off. When a rule moves a holiday that falls on a
//!   weekend to a weekday (a UK substitute day, a US observed day), only the day off is
//!   listed, named with "(substitute day)" or "(observed)"; the weekend date itself is
//!   not listed, since it is not a business day anyway. Holidays that have no substitute
//!   (Germany, France, Ireland…) are listed on their date even on a weekend.
//! - [`holidays`] for a year lists the days off falling in that calendar year: the US
//!   New Year's Day of 2022, a Saturday, is observed on Friday 31 December 2021, so it is
//!   in the list for 2021.
//! - Years outside 1990–2100 have no holidays (an empty list), and every lookup there
//!   answers "not a holiday".
//! - The rules were checked against the Python `holidays` package for 2020–2030; see
//!   `tests/fixtures/holidays/README.md` for each deliberate difference.

mod france;
mod germany;
mod ireland;
mod netherlands;
mod rules;
mod spain;
mod table;
mod united_kingdom;
mod united_states;

use std::fmt;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::dates::{EARLIEST_YEAR, LATEST_YEAR};

/// A jurisdiction with its own public holidays.
///
/// Serialized as its stable [`code`](HolidayRegion::code), such as `"gb-eaw"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum HolidayRegion {
    /// England and Wales (`gb-eaw`).
    #[serde(rename = "gb-eaw")]
    EnglandWales,
    /// Scotland (`gb-sct`).
    #[serde(rename = "gb-sct")]
    Scotland,
    /// Northern Ireland (`gb-nir`).
    #[serde(rename = "gb-nir")]
    NorthernIreland,
    /// Ireland (`ie`).
    #[serde(rename = "ie")]
    Ireland,
    /// United States, federal holidays (`us`).
    #[serde(rename = "us")]
    UnitedStates,
    /// Germany, nationwide holidays (`de`).
    #[serde(rename = "de")]
    Germany,
    /// France, metropolitan (`fr`).
    #[serde(rename = "fr")]
    France,
    /// Netherlands (`nl`).
    #[serde(rename = "nl")]
    Netherlands,
    /// Spain, national holidays (`es`).
    #[serde(rename = "es")]
    Spain,
}

impl HolidayRegion {
    /// Every region, in the order a picker should show them.
    ///
    /// ```
    /// use tactful_engine::holidays::HolidayRegion;
    ///
    /// assert_eq!(HolidayRegion::all().len(), 9);
    /// assert_eq!(HolidayRegion::all()[0], HolidayRegion::EnglandWales);
    /// ```
    pub fn all() -> &'static [HolidayRegion] {
        &[
            Self::EnglandWales,
            Self::Scotland,
            Self::NorthernIreland,
            Self::Ireland,
            Self::UnitedStates,
            Self::Germany,
            Self::France,
            Self::Netherlands,
            Self::Spain,
        ]
    }

    /// The stable code, for storage and URLs: ISO 3166-1 alpha-2 in lower case, with the
    /// UK's nations as `gb-eaw`, `gb-sct` and `gb-nir`.
    ///
    /// ```
    /// use tactful_engine::holidays::HolidayRegion;
    ///
    /// assert_eq!(HolidayRegion::EnglandWales.code(), "gb-eaw");
    /// assert_eq!(HolidayRegion::UnitedStates.code(), "us");
    /// ```
    pub fn code(self) -> &'static str {
        match self {
            Self::EnglandWales => "gb-eaw",
            Self::Scotland => "gb-sct",
            Self::NorthernIreland => "gb-nir",
            Self::Ireland => "ie",
            Self::UnitedStates => "us",
            Self::Germany => "de",
            Self::France => "fr",
            Self::Netherlands => "nl",
            Self::Spain => "es",
        }
    }

    /// The region with this [`code`](HolidayRegion::code), ignoring surrounding white
    /// space and ASCII case; `None` for anything else.
    ///
    /// ```
    /// use tactful_engine::holidays::HolidayRegion;
    ///
    /// assert_eq!(HolidayRegion::from_code("gb-sct"), Some(HolidayRegion::Scotland));
    /// assert_eq!(HolidayRegion::from_code(" DE "), Some(HolidayRegion::Germany));
    /// assert_eq!(HolidayRegion::from_code("gb"), None);
    /// for region in HolidayRegion::all() {
    ///     assert_eq!(HolidayRegion::from_code(region.code()), Some(*region));
    /// }
    /// ```
    pub fn from_code(code: &str) -> Option<Self> {
        let code = code.trim();
        Self::all()
            .iter()
            .copied()
            .find(|region| region.code().eq_ignore_ascii_case(code))
    }

    /// The region's name in English, also its [`Display`](fmt::Display).
    ///
    /// ```
    /// use tactful_engine::holidays::HolidayRegion;
    ///
    /// assert_eq!(HolidayRegion::EnglandWales.name(), "England and Wales");
    /// assert_eq!(HolidayRegion::Netherlands.to_string(), "Netherlands");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Self::EnglandWales => "England and Wales",
            Self::Scotland => "Scotland",
            Self::NorthernIreland => "Northern Ireland",
            Self::Ireland => "Ireland",
            Self::UnitedStates => "United States",
            Self::Germany => "Germany",
            Self::France => "France",
            Self::Netherlands => "Netherlands",
            Self::Spain => "Spain",
        }
    }
}

impl fmt::Display for HolidayRegion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A public holiday: the day off and its English name.
///
/// When the holiday itself falls on a weekend and a rule gives another day off, `date`
/// is that day off and `name` says so, such as "Christmas Day (substitute day)" or
/// "Independence Day (observed)".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Holiday {
    /// The day off.
    pub date: NaiveDate,
    /// The holiday's name in English.
    pub name: &'static str,
}

/// The public holidays of `region` whose day off falls in `year`, sorted by date.
///
/// Computed by rule (Easter by the anonymous Gregorian algorithm, "first Monday of May",
/// substitute and observed days, one-off holidays) for 1990–2100; any other year gives an
/// empty list. Two holidays on the same date (Ascension and Labour Day in 2008) are both
/// listed. See the [module documentation](self) for what each region lists.
///
/// ```
/// use chrono::NaiveDate;
/// use tactful_engine::holidays::{holidays, HolidayRegion};
///
/// let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let dates = |region, year| -> Vec<NaiveDate> {
///     holidays(region, year).iter().map(|holiday| holiday.date).collect()
/// };
///
/// // England and Wales, 2022: Christmas on a Sunday gives Tuesday 27 December as its
/// // substitute, after Boxing Day on Monday 26; the Platinum Jubilee moved the spring
/// // bank holiday to 2 June.
/// assert_eq!(
///     dates(HolidayRegion::EnglandWales, 2022),
///     vec![
///         date(2022, 1, 3), date(2022, 4, 15), date(2022, 4, 18), date(2022, 5, 2),
///         date(2022, 6, 2), date(2022, 6, 3), date(2022, 8, 29), date(2022, 9, 19),
///         date(2022, 12, 26), date(2022, 12, 27),
///     ]
/// );
/// let christmas = holidays(HolidayRegion::EnglandWales, 2022)[9];
/// assert_eq!(christmas.name, "Christmas Day (substitute day)");
///
/// // United States: New Year's Day 2022 (a Saturday) is observed on 31 December 2021.
/// assert!(dates(HolidayRegion::UnitedStates, 2021).contains(&date(2021, 12, 31)));
/// assert!(!dates(HolidayRegion::UnitedStates, 2022).contains(&date(2022, 1, 1)));
///
/// // Outside 1990–2100: nothing.
/// assert!(holidays(HolidayRegion::Germany, 1989).is_empty());
/// assert!(holidays(HolidayRegion::Germany, 2101).is_empty());
/// ```
pub fn holidays(region: HolidayRegion, year: i32) -> Vec<Holiday> {
    table::table(region).holidays(year).to_vec()
}

/// Whether `date` is a public holiday (a day off) in `region`.
///
/// Fast: each region's holidays for 1990–2100 are computed once, on the first lookup,
/// and kept for the life of the program, so this is a bit test. Always `false` outside
/// 1990–2100.
///
/// ```
/// use chrono::NaiveDate;
/// use tactful_engine::holidays::{is_public_holiday, HolidayRegion};
///
/// let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// // Good Friday 2024 in England and Wales, but not in France.
/// assert!(is_public_holiday(HolidayRegion::EnglandWales, date(2024, 3, 29)));
/// assert!(!is_public_holiday(HolidayRegion::France, date(2024, 3, 29)));
/// // Scotland's summer bank holiday is the first Monday of August, England's the last.
/// assert!(is_public_holiday(HolidayRegion::Scotland, date(2024, 8, 5)));
/// assert!(!is_public_holiday(HolidayRegion::EnglandWales, date(2024, 8, 5)));
/// assert!(!is_public_holiday(HolidayRegion::Spain, date(2200, 12, 25)));
/// ```
pub fn is_public_holiday(region: HolidayRegion, date: NaiveDate) -> bool {
    table::table(region).contains(date)
}

/// The public holiday on `date` in `region`, if any (the first listed when two share the
/// date).
///
/// ```
/// use chrono::NaiveDate;
/// use tactful_engine::holidays::{holiday_on, HolidayRegion};
///
/// let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let holiday = holiday_on(HolidayRegion::UnitedStates, date(2021, 7, 5)).unwrap();
/// assert_eq!(holiday.name, "Independence Day (observed)");
/// assert_eq!(holiday_on(HolidayRegion::UnitedStates, date(2021, 7, 4)), None); // a Sunday
/// ```
pub fn holiday_on(region: HolidayRegion, date: NaiveDate) -> Option<Holiday> {
    let table = table::table(region);
    if !table.contains(date) {
        return None;
    }
    table
        .holidays(date.year())
        .iter()
        .find(|holiday| holiday.date == date)
        .copied()
}

/// Easter Sunday of `year` (Western churches, Gregorian calendar), by the anonymous
/// Gregorian algorithm; `None` only outside chrono's range. Works for any year, not only
/// 1990–2100.
///
/// ```
/// use chrono::NaiveDate;
/// use tactful_engine::holidays::easter_sunday;
///
/// let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// assert_eq!(easter_sunday(2024), Some(date(2024, 3, 31)));
/// assert_eq!(easter_sunday(2025), Some(date(2025, 4, 20)));
/// assert_eq!(easter_sunday(2008), Some(date(2008, 3, 23)));
/// assert_eq!(easter_sunday(2038), Some(date(2038, 4, 25))); // the latest possible
/// assert_eq!(easter_sunday(1818), Some(date(1818, 3, 22))); // the earliest possible
/// assert_eq!(easter_sunday(i32::MAX), None);
/// ```
pub fn easter_sunday(year: i32) -> Option<NaiveDate> {
    rules::easter_sunday(year)
}

/// The holidays of `region` in `year` as the table shares them (no copy), for the
/// business-day calendar.
pub(crate) fn holidays_of_year(region: HolidayRegion, year: i32) -> &'static [Holiday] {
    table::table(region).holidays(year)
}

/// Applies the region's rules; empty outside 1990–2100.
fn compute_holidays(region: HolidayRegion, year: i32) -> Vec<Holiday> {
    if !(EARLIEST_YEAR..=LATEST_YEAR).contains(&year) {
        return Vec::new();
    }
    match region {
        HolidayRegion::EnglandWales => united_kingdom::england_and_wales(year),
        HolidayRegion::Scotland => united_kingdom::scotland(year),
        HolidayRegion::NorthernIreland => united_kingdom::northern_ireland(year),
        HolidayRegion::Ireland => ireland::ireland(year),
        HolidayRegion::UnitedStates => united_states::united_states(year),
        HolidayRegion::Germany => germany::germany(year),
        HolidayRegion::France => france::france(year),
        HolidayRegion::Netherlands => netherlands::netherlands(year),
        HolidayRegion::Spain => spain::spain(year),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(year: i32, month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, month, day).unwrap()
    }

    /// Hand-checked days off, many outside the fixture years 2020–2030: (region, date,
    /// whether it is a holiday).
    #[test]
    fn known_days_off_table() {
        use HolidayRegion::*;
        let cases = [
            // UK one-off bank holidays and moved ones.
            (EnglandWales, date(1995, 5, 8), true),
            (EnglandWales, date(1995, 5, 1), false),
            (EnglandWales, date(1999, 12, 31), true),
            (EnglandWales, date(2000, 1, 3), true),
            (EnglandWales, date(2002, 6, 3), true),
            (EnglandWales, date(2002, 6, 4), true),
            (EnglandWales, date(2002, 5, 27), false),
            (EnglandWales, date(2011, 4, 29), true),
            (EnglandWales, date(2012, 6, 4), true),
            (EnglandWales, date(2012, 6, 5), true),
            (EnglandWales, date(2012, 5, 28), false),
            (EnglandWales, date(2020, 5, 8), true),
            (EnglandWales, date(2020, 5, 4), false),
            (EnglandWales, date(2022, 9, 19), true),
            (EnglandWales, date(2023, 5, 8), true),
            (NorthernIreland, date(2022, 9, 19), true),
            (Scotland, date(2023, 5, 8), true),
            // Scotland: 1–2 January with substitutes, St Andrew's Day from 2007.
            (Scotland, date(2021, 1, 4), true),
            (Scotland, date(2022, 1, 3), true),
            (Scotland, date(2022, 1, 4), true),
            (Scotland, date(2017, 1, 2), true),
            (Scotland, date(2017, 1, 3), true),
            (Scotland, date(2024, 12, 2), true),
            (Scotland, date(2007, 11, 30), true),
            (Scotland, date(2006, 11, 30), false),
            (Scotland, date(2024, 4, 1), false), // no Easter Monday
            (Scotland, date(2024, 8, 5), true),
            (Scotland, date(2024, 8, 26), false),
            (Scotland, date(2026, 6, 15), true),
            (EnglandWales, date(2026, 6, 15), false),
            // Northern Ireland: St Patrick's Day and 12 July, moved to Monday.
            (NorthernIreland, date(2024, 3, 18), true),
            (NorthernIreland, date(2020, 7, 13), true),
            (NorthernIreland, date(2024, 7, 12), true),
            (EnglandWales, date(2024, 7, 12), false),
            // Ireland: St Brigid's Day, the 2022 one-off, no weekend substitutes.
            (Ireland, date(2023, 2, 6), true),
            (Ireland, date(2025, 2, 3), true),
            (Ireland, date(2030, 2, 1), true), // a Friday
            (Ireland, date(2030, 2, 4), false),
            (Ireland, date(2022, 2, 7), false),
            (Ireland, date(2022, 3, 18), true),
            (Ireland, date(2024, 3, 18), false),
            (Ireland, date(1993, 5, 3), false), // May holiday from 1994
            (Ireland, date(1994, 5, 2), true),
            (Ireland, date(2024, 3, 29), false), // Good Friday is not a public holiday
            (Ireland, date(2011, 9, 14), false),
            // United States: observed days, Juneteenth from 2021.
            (UnitedStates, date(2021, 12, 31), true),
            (UnitedStates, date(2021, 6, 18), true),
            (UnitedStates, date(2020, 6, 19), false),
            (UnitedStates, date(2023, 11, 10), true),
            (UnitedStates, date(2024, 11, 28), true),
            (UnitedStates, date(2017, 1, 20), false), // Inauguration Day
            // Germany.
            (Germany, date(2017, 10, 31), true),
            (Germany, date(2018, 10, 31), false),
            (Germany, date(1994, 11, 16), true),
            (Germany, date(1995, 11, 22), false),
            (Germany, date(2024, 5, 30), false), // Corpus Christi is not nationwide
            (Germany, date(1990, 10, 3), true),
            // France.
            (France, date(2006, 6, 5), false),
            (France, date(2008, 5, 12), true),
            (France, date(2008, 5, 1), true), // Labour Day and Ascension
            // Netherlands.
            (Netherlands, date(2025, 4, 26), true),
            (Netherlands, date(2025, 4, 27), false),
            (Netherlands, date(2006, 4, 29), true),
            (Netherlands, date(2013, 4, 30), true),
            (Netherlands, date(2025, 5, 5), true),
            (Netherlands, date(2024, 5, 5), false),
            // Spain: Sunday holidays are not listed.
            (Spain, date(2024, 12, 8), false),
            (Spain, date(2025, 12, 8), true),
        ];
        for (region, day, expected) in cases {
            assert_eq!(is_public_holiday(region, day), expected, "{region} {day}");
        }
        // 20 January 2025 is MLK Day: a holiday, but not for the inauguration.
        assert_eq!(
            holiday_on(HolidayRegion::UnitedStates, date(2025, 1, 20)).map(|h| h.name),
            Some("Martin Luther King Jr. Day")
        );
    }

    #[test]
    fn easter_table() {
        let cases = [
            (1990, date(1990, 4, 15)),
            (2000, date(2000, 4, 23)),
            (2019, date(2019, 4, 21)),
            (2024, date(2024, 3, 31)),
            (2030, date(2030, 4, 21)),
            (2100, date(2100, 3, 28)),
        ];
        for (year, expected) in cases {
            assert_eq!(easter_sunday(year), Some(expected));
        }
        assert_eq!(easter_sunday(i32::MIN), None);
    }

    #[test]
    fn every_region_has_a_plausible_number_of_holidays_every_year() {
        for &region in HolidayRegion::all() {
            for year in EARLIEST_YEAR..=LATEST_YEAR {
                let count = holidays(region, year).len();
                assert!((7..=14).contains(&count), "{region} {year}: {count}");
            }
        }
    }

    #[test]
    fn regions_deserialize_from_their_codes() {
        use serde::de::{value::StrDeserializer, IntoDeserializer};
        for &region in HolidayRegion::all() {
            let deserializer: StrDeserializer<'_, serde::de::value::Error> =
                region.code().into_deserializer();
            assert_eq!(HolidayRegion::deserialize(deserializer), Ok(region));
        }
    }
}
