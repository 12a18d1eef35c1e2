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

// The chart is as wide as its column and a fixed height (CSS), with text at its own size
// at every width: the outer SVG has no viewBox, so its labels are placed in percentages of
// its box and drawn in CSS pixels; the plot is an inner SVG stretched over its part of the
// box (`preserveAspectRatio="none"`, strokes that do not scale). The margins below are
// percentages of the box: room for the amounts on the left, the marks on top, the ticks
// and the axis label underneath.
const LEFT: i64 = 19;
const RIGHT: i64 = 4;
const TOP: i64 = 14;
const BOTTOM: i64 = 28;

/// Maps discount percentages and values to percentages of the plot (0–100 each way).
struct Scale {
    min: Decimal,
    max: Decimal,
}

impl Scale {
    fn x(&self, pct: Decimal) -> Decimal {
        let share = pct.checked_div(SENSITIVITY_MAX_PCT).unwrap_or_default();
        share.checked_mul(Decimal::ONE_HUNDRED).unwrap_or_default()
    }

    fn y(&self, value: Decimal) -> Decimal {
        let span = self.max.checked_sub(self.min).unwrap_or(Decimal::ONE);
        let above = self.max.checked_sub(value).unwrap_or_default();
        let share = above.checked_div(span).unwrap_or_default();
        share.checked_mul(Decimal::ONE_HUNDRED).unwrap_or_default()
    }
}

/// A point of the plot (0–100) as a percentage of the whole box, for the outer SVG.
fn in_box(plot: Decimal, low: i64, high: i64) -> String {
    let size = Decimal::from(100 - low - high);
    let share = plot.checked_div(Decimal::ONE_HUNDRED).unwrap_or_default();
    let at = Decimal::from(low) + share.checked_mul(size).unwrap_or_default();
    format!("{}%", svg_coordinate(at))
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
    let break_even_x = break_even
        .filter(|pct| *pct <= SENSITIVITY_MAX_PCT)
        .map(|pct| scale.x(pct));
    let break_even_line = break_even_x.map(|x| {
        let x = svg_coordinate(x);
        view! {
            <line class="chart-break-even-line" x1=x.clone() x2=x y1="0" y2="100" vector-effect="non-scaling-stroke" />
        }
    });
    let break_even_label = break_even_x.map(|x| {
        view! {
            <text class="chart-break-even-label" x=in_box(x, LEFT, RIGHT) y=format!("{TOP}%") dy="-0.4em"
                text-anchor="middle">{i18n.t(Msg::ChartBreakEven)}</text>
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
                <circle cx=in_box(scale.x(offered), LEFT, RIGHT) cy=in_box(scale.y(value), TOP, BOTTOM) r="5" />
            </g>
        }
    });
    let ticks = [0u32, 5, 10, 15]
        .into_iter()
        .map(|t| {
            let x = in_box(scale.x(Decimal::from(t)), LEFT, RIGHT);
            view! { <text class="chart-tick" x=x y=format!("{}%", 100 - BOTTOM) dy="1.3em" text-anchor="middle">{format!("{t}%")}</text> }
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
    let (plot_x, plot_y) = (format!("{LEFT}%"), format!("{TOP}%"));
    let plot_width = format!("{}%", 100 - LEFT - RIGHT);
    let plot_height = format!("{}%", 100 - TOP - BOTTOM);
    let amount_x = format!("{}%", LEFT - 1);

    view! {
        <figure class="chart discount-chart">
            <svg role="img" aria-labelledby="chart-title chart-desc"
                class="sensitivity-chart" data-testid="sensitivity-chart">
                <title id="chart-title">{i18n.t(Msg::ChartTitle)}</title>
                <desc id="chart-desc">{description.clone()}</desc>
                <svg x=plot_x y=plot_y width=plot_width height=plot_height viewBox="0 0 100 100"
                    preserveAspectRatio="none" class="chart-plot">
                    <line class="chart-axis" x1="0" x2="0" y1="0" y2="100" vector-effect="non-scaling-stroke" />
                    <line class="chart-zero" x1="0" x2="100" y1=zero_y.clone() y2=zero_y vector-effect="non-scaling-stroke" />
                    <polyline class="chart-line" points=line vector-effect="non-scaling-stroke" />
                    {break_even_line}
                </svg>
                <text class="chart-tick" x=amount_x.clone() y=format!("{TOP}%") dy="0.35em" text-anchor="end">{numbers.money(max)}</text>
                <text class="chart-tick" x=amount_x y=format!("{}%", 100 - BOTTOM) dy="0.35em" text-anchor="end">{numbers.money(min)}</text>
                {ticks}
                <text class="chart-label" x=in_box(Decimal::from(50), LEFT, RIGHT) y="100%" dy="-0.3em" text-anchor="middle">{i18n.t(Msg::ChartAxisDiscount)}</text>
                {break_even_label}
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
