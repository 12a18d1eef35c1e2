//! The only place that reads the clock. The engine never does: "today" is an input to it.

use chrono::NaiveDate;

/// Today's date in the user's time zone, from the browser's clock.
///
/// Outside a browser (native tests) this falls back to a fixed date so results stay
/// reproducible.
pub fn today() -> NaiveDate {
    #[cfg(target_arch = "wasm32")]
    {
        let now = js_sys::Date::new_0();
        let (year, month, day) = (now.get_full_year(), now.get_month() + 1, now.get_date());
        if let Some(date) = NaiveDate::from_ymd_opt(year as i32, month, day) {
            return date;
        }
    }
    NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default()
}

/// The current moment in UTC, for the `DTSTAMP` of calendar exports.
pub fn now_utc() -> chrono::NaiveDateTime {
    #[cfg(target_arch = "wasm32")]
    {
        let millis = js_sys::Date::now();
        #[allow(clippy::cast_possible_truncation)]
        if let Some(moment) = chrono::DateTime::from_timestamp_millis(millis as i64) {
            return moment.naive_utc();
        }
    }
    today().and_hms_opt(0, 0, 0).unwrap_or_default()
}
