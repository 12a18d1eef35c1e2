//! A lookup table of every region's holidays for 1990–2100, computed once per region on
//! first use and shared afterwards, so that a business-day check is a bit test.

use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};

use super::{compute_holidays, Holiday, HolidayRegion};
use crate::dates::{EARLIEST_YEAR, LATEST_YEAR};

/// One region's holidays, year by year from [`EARLIEST_YEAR`].
pub(super) struct RegionTable {
    years: Vec<YearTable>,
}

/// One year's holidays, and the same as a set of days of the year (bit `ordinal0`).
struct YearTable {
    holidays: Vec<Holiday>,
    days: [u64; 6],
}

impl RegionTable {
    fn build(region: HolidayRegion) -> Self {
        let years = (EARLIEST_YEAR..=LATEST_YEAR)
            .map(|year| {
                let holidays = compute_holidays(region, year);
                let mut days = [0_u64; 6];
                for holiday in &holidays {
                    let ordinal = holiday.date.ordinal0();
                    if let Some(word) = usize::try_from(ordinal / 64)
                        .ok()
                        .and_then(|index| days.get_mut(index))
                    {
                        *word |= 1 << (ordinal % 64);
                    }
                }
                YearTable { holidays, days }
            })
            .collect();
        Self { years }
    }

    fn year(&self, year: i32) -> Option<&YearTable> {
        let index = usize::try_from(year.checked_sub(EARLIEST_YEAR)?).ok()?;
        self.years.get(index)
    }

    /// The holidays of `year`, empty outside 1990–2100.
    pub(super) fn holidays(&self, year: i32) -> &[Holiday] {
        self.year(year)
            .map_or(&[], |table| table.holidays.as_slice())
    }

    /// Whether `date` is a holiday.
    pub(super) fn contains(&self, date: NaiveDate) -> bool {
        let Some(table) = self.year(date.year()) else {
            return false;
        };
        let ordinal = date.ordinal0();
        usize::try_from(ordinal / 64)
            .ok()
            .and_then(|index| table.days.get(index))
            .is_some_and(|word| word & (1 << (ordinal % 64)) != 0)
    }
}

/// The table of `region`, built on first use.
pub(super) fn table(region: HolidayRegion) -> &'static RegionTable {
    static ENGLAND_WALES: OnceLock<RegionTable> = OnceLock::new();
    static SCOTLAND: OnceLock<RegionTable> = OnceLock::new();
    static NORTHERN_IRELAND: OnceLock<RegionTable> = OnceLock::new();
    static IRELAND: OnceLock<RegionTable> = OnceLock::new();
    static UNITED_STATES: OnceLock<RegionTable> = OnceLock::new();
    static GERMANY: OnceLock<RegionTable> = OnceLock::new();
    static FRANCE: OnceLock<RegionTable> = OnceLock::new();
    static NETHERLANDS: OnceLock<RegionTable> = OnceLock::new();
    static SPAIN: OnceLock<RegionTable> = OnceLock::new();
    let cell = match region {
        HolidayRegion::EnglandWales => &ENGLAND_WALES,
        HolidayRegion::Scotland => &SCOTLAND,
        HolidayRegion::NorthernIreland => &NORTHERN_IRELAND,
        HolidayRegion::Ireland => &IRELAND,
        HolidayRegion::UnitedStates => &UNITED_STATES,
        HolidayRegion::Germany => &GERMANY,
        HolidayRegion::France => &FRANCE,
        HolidayRegion::Netherlands => &NETHERLANDS,
        HolidayRegion::Spain => &SPAIN,
    };
    cell.get_or_init(|| RegionTable::build(region))
}
