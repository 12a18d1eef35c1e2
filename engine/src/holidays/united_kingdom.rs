//! Bank holidays of England and Wales, Scotland and Northern Ireland, as published by
//! gov.uk: rules since 1978 plus every one-off bank holiday from 1990.

use chrono::Weekday;

use super::rules::{
    consecutive_pair, last_weekday, next_monday_if_weekend, nth_weekday, DayOff, YearHolidays,
};
use super::Holiday;

/// England and Wales.
pub(super) fn england_and_wales(year: i32) -> Vec<Holiday> {
    let mut list = YearHolidays::new(year);
    new_years_day_moved_to_monday(&mut list);
    list.add(list.easter(-2), "Good Friday");
    list.add(list.easter(1), "Easter Monday");
    may_and_spring(&mut list);
    list.add(last_weekday(year, 8, Weekday::Mon), "Summer bank holiday");
    christmas_and_boxing_day(&mut list);
    one_offs(&mut list);
    list.finish()
}

/// Northern Ireland: England and Wales' bank holidays plus St Patrick's Day and the
/// Battle of the Boyne, each moved to the Monday after when on a weekend.
pub(super) fn northern_ireland(year: i32) -> Vec<Holiday> {
    let mut list = YearHolidays::new(year);
    new_years_day_moved_to_monday(&mut list);
    moved_to_monday(
        &mut list,
        3,
        17,
        "St Patrick's Day",
        "St Patrick's Day (substitute day)",
    );
    list.add(list.easter(-2), "Good Friday");
    list.add(list.easter(1), "Easter Monday");
    may_and_spring(&mut list);
    moved_to_monday(
        &mut list,
        7,
        12,
        "Battle of the Boyne (Orangemen's Day)",
        "Battle of the Boyne (Orangemen's Day) (substitute day)",
    );
    list.add(last_weekday(year, 8, Weekday::Mon), "Summer bank holiday");
    christmas_and_boxing_day(&mut list);
    one_offs(&mut list);
    list.finish()
}

/// Scotland: 1 and 2 January, no Easter Monday, the summer bank holiday on the first
/// Monday of August, St Andrew's Day (from 2007, St Andrew's Day Bank Holiday (Scotland)
/// Act 2007) moved to the Monday after when on a weekend.
pub(super) fn scotland(year: i32) -> Vec<Holiday> {
    let mut list = YearHolidays::new(year);
    if let Some([first, second]) = list.ymd(1, 1).and_then(consecutive_pair) {
        list.day_off(
            Some(first),
            "New Year's Day",
            "New Year's Day (substitute day)",
        );
        list.day_off(Some(second), "2nd January", "2nd January (substitute day)");
    }
    list.add(list.easter(-2), "Good Friday");
    may_and_spring(&mut list);
    list.add(nth_weekday(year, 8, Weekday::Mon, 1), "Summer bank holiday");
    if year >= 2007 {
        moved_to_monday(
            &mut list,
            11,
            30,
            "St Andrew's Day",
            "St Andrew's Day (substitute day)",
        );
    }
    christmas_and_boxing_day(&mut list);
    one_offs(&mut list);
    if year == 2026 {
        // Royal proclamation of February 2026 (Scotland only).
        list.fixed(6, 15, "Scotland's participation in the FIFA World Cup");
    }
    list.finish()
}

/// A fixed-date holiday that moves to the following Monday when on a weekend.
fn moved_to_monday(
    list: &mut YearHolidays,
    month: u32,
    day: u32,
    name: &'static str,
    substitute: &'static str,
) {
    let own = list.ymd(month, day);
    let day_off = own.and_then(next_monday_if_weekend).map(|date| DayOff {
        date,
        substitute: Some(date) != own,
    });
    list.day_off(day_off, name, substitute);
}

/// New Year's Day in England, Wales and Northern Ireland: the Monday after when on a weekend.
fn new_years_day_moved_to_monday(list: &mut YearHolidays) {
    moved_to_monday(
        list,
        1,
        1,
        "New Year's Day",
        "New Year's Day (substitute day)",
    );
}

/// The early May bank holiday (first Monday of May; moved to 8 May for VE day in 1995 and
/// 2020) and the spring bank holiday (last Monday of May; moved for the jubilees of 2002,
/// 2012 and 2022).
fn may_and_spring(list: &mut YearHolidays) {
    let year = list.year();
    match year {
        1995 | 2020 => list.fixed(5, 8, "Early May bank holiday (VE day)"),
        _ => list.add(
            nth_weekday(year, 5, Weekday::Mon, 1),
            "Early May bank holiday",
        ),
    }
    match year {
        2002 | 2012 => list.fixed(6, 4, "Spring bank holiday"),
        2022 => list.fixed(6, 2, "Spring bank holiday"),
        _ => list.add(last_weekday(year, 5, Weekday::Mon), "Spring bank holiday"),
    }
}

/// Christmas Day and Boxing Day with substitute days (see [`consecutive_pair`]).
fn christmas_and_boxing_day(list: &mut YearHolidays) {
    if let Some([christmas, boxing]) = list.ymd(12, 25).and_then(consecutive_pair) {
        list.day_off(
            Some(christmas),
            "Christmas Day",
            "Christmas Day (substitute day)",
        );
        list.day_off(Some(boxing), "Boxing Day", "Boxing Day (substitute day)");
    }
}

/// One-off bank holidays proclaimed for the whole United Kingdom since 1990.
fn one_offs(list: &mut YearHolidays) {
    match list.year() {
        1999 => list.fixed(12, 31, "Millennium celebrations"),
        2002 => list.fixed(6, 3, "Golden Jubilee bank holiday"),
        2011 => list.fixed(4, 29, "Royal wedding"),
        2012 => list.fixed(6, 5, "Queen's Diamond Jubilee"),
        2022 => {
            list.fixed(6, 3, "Platinum Jubilee bank holiday");
            list.fixed(
                9,
                19,
                "Bank holiday for the State Funeral of Queen Elizabeth II",
            );
        }
        2023 => list.fixed(5, 8, "Bank holiday for the coronation of King Charles III"),
        _ => {}
    }
}
