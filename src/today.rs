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
