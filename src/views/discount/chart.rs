//! The sensitivity chart: net value of offering a discount from 0% to 15%, with the
//! break-even and the current offer marked. An SVG with a title and description for screen
//! readers, and the same figures as a table under a disclosure.
//!
//! Coordinates are computed with `Decimal` like everything else (no floats in the app).

use leptos::prelude::*;
use rust_decimal::Decimal;
use tactful_engine::discount::{DiscountAnalysis, SENSITIVITY_MAX_PCT};

use super::results::Numbers;
use crate::context::use_i18n;
use crate::format::svg_coordinate;
use crate::i18n::Msg;

const WIDTH: i64 = 600;
const HEIGHT: i64 = 240;
const LEFT: i64 = 84;
const RIGHT: i64 = 16;
const TOP: i64 = 16;
const BOTTOM: i64 = 40;

/// Maps discount percentages and values to SVG coordinates.
struct Scale {
    min: Decimal,
    max: Decimal,
}

impl Scale {
    fn x(&self, pct: Decimal) -> Decimal {
        let plot = Decimal::from(WIDTH - LEFT - RIGHT);
        let share = pct.checked_div(SENSITIVITY_MAX_PCT).unwrap_or_default();
        Decimal::from(LEFT) + share.checked_mul(plot).unwrap_or_default()
    }

    fn y(&self, value: Decimal) -> Decimal {
        let plot = Decimal::from(HEIGHT - TOP - BOTTOM);
        let span = self.max.checked_sub(self.min).unwrap_or(Decimal::ONE);
        let above = self.max.checked_sub(value).unwrap_or_default();
        let share = above.checked_div(span).unwrap_or_default();
        Decimal::from(TOP) + share.checked_mul(plot).unwrap_or_default()
    }
}

/// The chart and its data table.
#[component]
pub fn SensitivityChart(analysis: DiscountAnalysis, numbers: Numbers) -> impl IntoView {
    let i18n = use_i18n();
    let points = &analysis.sensitivity.points;
    let values = points.iter().map(|p| p.net_value);
    let min = values.clone().fold(Decimal::ZERO, Decimal::min);
    let mut max = values.fold(Decimal::ZERO, Decimal::max);
    if max == min {
        max = min + Decimal::ONE;
    }
    let scale = Scale { min, max };
    let line = points
        .iter()
        .map(|p| {
            format!(
                "{},{}",
                svg_coordinate(scale.x(p.discount_pct)),
                svg_coordinate(scale.y(p.net_value))
            )
        })
        .collect::<Vec<_>>()
        .join(" ");
    let zero_y = svg_coordinate(scale.y(Decimal::ZERO));
    let (plot_left, plot_right) = (LEFT.to_string(), (WIDTH - RIGHT).to_string());
    let (plot_top, plot_bottom) = (TOP.to_string(), (HEIGHT - BOTTOM).to_string());

    let break_even = analysis.sensitivity.break_even_pct;
    let break_even_sentence = break_even
        .map(|pct| {
            i18n.t_with(
                Msg::BreakEvenUpTo,
                &[("pct", &numbers.pct(pct, 2)), ("amount", "")],
            )
        })
        .map(|s| s.trim_end_matches([' ', '(', ')', '.']).to_owned() + ".")
        .unwrap_or_default();
    let description = i18n.t_with(Msg::ChartDesc, &[("breakeven", &break_even_sentence)]);
    let break_even_mark = break_even
        .filter(|pct| *pct <= SENSITIVITY_MAX_PCT)
        .map(|pct| {
            let x = svg_coordinate(scale.x(pct));
            view! {
                <g class="chart-break-even">
                    <line x1=x.clone() x2=x.clone() y1=plot_top.clone() y2=plot_bottom.clone() />
                    <text x=x y=TOP + 12 text-anchor="middle">{i18n.t(Msg::ChartBreakEven)}</text>
                </g>
            }
        });
    let offered = analysis.sensitivity.offered_pct;
    let offered_mark = (offered <= SENSITIVITY_MAX_PCT).then(|| {
        let value = points
            .iter()
            .min_by_key(|p| (p.discount_pct - offered).abs())
            .map(|p| p.net_value)
            .unwrap_or_default();
        view! {
            <g class="chart-offered">
                <circle cx=svg_coordinate(scale.x(offered)) cy=svg_coordinate(scale.y(value)) r="5" />
            </g>
        }
    });
    let ticks = [0u32, 5, 10, 15]
        .into_iter()
        .map(|t| {
            let x = svg_coordinate(scale.x(Decimal::from(t)));
            view! { <text class="chart-tick" x=x y=HEIGHT - BOTTOM + 18 text-anchor="middle">{format!("{t}%")}</text> }
        })
        .collect_view();
    let rows = points
        .iter()
        .map(|p| {
            view! {
                <tr>
                    <td>{format!("{}%", numbers.pct(p.discount_pct, 1))}</td>
                    <td>{numbers.money(p.net_value)}</td>
                </tr>
            }
        })
        .collect_view();

    view! {
        <figure class="chart">
            <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-labelledby="chart-title chart-desc"
                class="sensitivity-chart" data-testid="sensitivity-chart">
                <title id="chart-title">{i18n.t(Msg::ChartTitle)}</title>
                <desc id="chart-desc">{description.clone()}</desc>
                <line class="chart-axis" x1=plot_left.clone() x2=plot_left.clone() y1=plot_top.clone() y2=plot_bottom.clone() />
                <line class="chart-zero" x1=plot_left.clone() x2=plot_right y1=zero_y.clone() y2=zero_y.clone() />
                <text class="chart-tick" x=LEFT - 6 y=TOP + 4 text-anchor="end">{numbers.money(max)}</text>
                <text class="chart-tick" x=LEFT - 6 y=HEIGHT - BOTTOM text-anchor="end">{numbers.money(min)}</text>
                {ticks}
                <text class="chart-label" x=WIDTH / 2 y=HEIGHT - 6 text-anchor="middle">{i18n.t(Msg::ChartAxisDiscount)}</text>
                <polyline class="chart-line" points=line />
                {break_even_mark}
                {offered_mark}
            </svg>
            <figcaption>{i18n.t(Msg::ChartTitle)}</figcaption>
            <details>
                <summary>{i18n.t(Msg::ChartDataSummary)}</summary>
                <table class="chart-data">
                    <thead><tr><th scope="col">{i18n.t(Msg::ChartColDiscount)}</th><th scope="col">{i18n.t(Msg::ChartColNetValue)}</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </details>
        </figure>
    }
}
