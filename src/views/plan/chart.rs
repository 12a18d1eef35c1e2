//! The balance chart: principal still owed from the start of the plan to its last payment,
//! as steps (the balance drops on each due date). An SVG with a title and a description
//! for screen readers; the schedule's "Balance after" column holds the same figures.
//!
//! Coordinates are computed with `Decimal` like everything else (no floats in the app).

use chrono::NaiveDate;
use leptos::prelude::*;
use rust_decimal::Decimal;

use crate::context::I18n;
use crate::format::long_date;
use crate::format::svg_coordinate;
use crate::i18n::Msg;

const WIDTH: i64 = 480;
const HEIGHT: i64 = 180;
const LEFT: i64 = 84;
const RIGHT: i64 = 16;
const TOP: i64 = 16;
const BOTTOM: i64 = 36;

/// `offset + share × length`, where `share = part / whole` (0 when `whole` is 0).
fn scale(offset: i64, length: i64, part: Decimal, whole: Decimal) -> Decimal {
    let share = part.checked_div(whole).unwrap_or_default();
    Decimal::from(offset) + share.checked_mul(Decimal::from(length)).unwrap_or_default()
}

/// The chart of `series` (`balance_series` of the plan); `money` writes amounts.
pub fn balance_chart(
    i18n: I18n,
    series: &[(NaiveDate, Decimal)],
    money: impl Fn(Decimal) -> String,
) -> impl IntoView {
    let lang = i18n.lang.get();
    let (Some(&(start, _)), Some(&(end, _))) = (series.first(), series.last()) else {
        return None;
    };
    let max = series
        .iter()
        .map(|(_, b)| *b)
        .fold(Decimal::ZERO, Decimal::max);
    let span = Decimal::from((end - start).num_days());
    let x = |d: NaiveDate| {
        svg_coordinate(scale(
            LEFT,
            WIDTH - LEFT - RIGHT,
            Decimal::from((d - start).num_days()),
            span,
        ))
    };
    let y = |b: Decimal| {
        svg_coordinate(scale(
            TOP,
            HEIGHT - TOP - BOTTOM,
            max.checked_sub(b).unwrap_or_default(),
            max,
        ))
    };
    let mut points = Vec::with_capacity(series.len() * 2);
    let mut level = None;
    for &(date, balance) in series {
        let px = x(date);
        if let Some(previous) = level.replace(y(balance)) {
            points.push(format!("{px},{previous}"));
        }
        points.push(format!("{px},{}", level.clone().unwrap_or_default()));
    }
    let (start_text, end_text) = (long_date(lang, start), long_date(lang, end));
    let description = i18n.t_with(
        Msg::PlanChartDesc,
        &[
            ("debt", &money(max)),
            ("start", &start_text),
            ("end", &end_text),
        ],
    );
    let (left, right) = (LEFT.to_string(), (WIDTH - RIGHT).to_string());
    let bottom = (HEIGHT - BOTTOM).to_string();
    Some(view! {
        <figure class="chart">
            <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-labelledby="plan-chart-title plan-chart-desc"
                class="balance-chart" data-testid="plan-chart">
                <title id="plan-chart-title">{i18n.t(Msg::PlanChartTitle)}</title>
                <desc id="plan-chart-desc">{description}</desc>
                <line class="chart-axis" x1=left.clone() x2=left.clone() y1=TOP y2=bottom.clone() />
                <line class="chart-axis" x1=left x2=right y1=bottom.clone() y2=bottom />
                <text class="chart-tick" x=LEFT - 6 y=TOP + 4 text-anchor="end">{money(max)}</text>
                <text class="chart-tick" x=LEFT - 6 y=HEIGHT - BOTTOM text-anchor="end">{money(Decimal::ZERO)}</text>
                <text class="chart-tick" x=LEFT y=HEIGHT - BOTTOM + 18 text-anchor="start">{start_text}</text>
                <text class="chart-tick" x=WIDTH - RIGHT y=HEIGHT - BOTTOM + 18 text-anchor="end">{end_text}</text>
                <polyline class="chart-line" points=points.join(" ") />
            </svg>
            <figcaption>{i18n.t(Msg::PlanChartTitle)}</figcaption>
        </figure>
    })
}
