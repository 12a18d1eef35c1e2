//! France's public holidays (jours fériés, Code du travail L3133-1), metropolitan France
//! outside Alsace-Moselle (which adds Good Friday and 26 December).
//!
//! Whit Monday is listed every year except 2005–2007: the law of 30 June 2004 made it the
//! "journée de solidarité", a working day by default; the law of 16 April 2008 lets each
//! employer choose the solidarity day, and Whit Monday is again a public holiday on which
//! most businesses and all public services are closed.

use super::rules::YearHolidays;
use super::Holiday;

/// France (metropolitan).
pub(super) fn france(year: i32) -> Vec<Holiday> {
    let mut list = YearHolidays::new(year);
    list.fixed(1, 1, "New Year's Day");
    list.add(list.easter(1), "Easter Monday");
    list.fixed(5, 1, "Labour Day");
    list.fixed(5, 8, "Victory in Europe Day");
    list.add(list.easter(39), "Ascension Day");
    if !(2005..=2007).contains(&year) {
        list.add(list.easter(50), "Whit Monday");
    }
    list.fixed(7, 14, "Bastille Day");
    list.fixed(8, 15, "Assumption Day");
    list.fixed(11, 1, "All Saints' Day");
    list.fixed(11, 11, "Armistice Day");
    list.fixed(12, 25, "Christmas Day");
    list.finish()
}
