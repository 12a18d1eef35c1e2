//! The ladder at a glance: a horizontal axis of dates with a dot per dated step, coloured
//! by tone, today's position marked and the current step ringed. An SVG with a title and a
//! description for screen readers; the list below it holds the same steps in words.
//!
//! A wide, low strip: across, a date's place is a share of the width (in tenths of a per
//! cent, integer arithmetic: no floats in the app), so the picture spans its column at any
//! size while its labels keep their size; down, whole pixels.

use chrono::NaiveDate;
use leptos::prelude::*;
use tactful_engine::timeline::{StageStatus, Timeline, Tone};

use crate::context::I18n;
use crate::format::long_date;
use crate::i18n::Msg;

const HEIGHT: i64 = 54;
const AXIS_Y: i64 = 28;
/// The axis spans 0 to 1000 (tenths of a per cent of the plot's width).
const SPAN: i64 = 1000;

/// The place of `date` across an axis from `start` spanning `span` days (at least 1), in
/// tenths of a per cent of the width.
fn x_of(date: NaiveDate, start: NaiveDate, span: i64) -> i64 {
    let days = (date - start).num_days().clamp(0, span);
    days * SPAN / span
}

/// `x` (tenths of a per cent) as an SVG length: `375` is `37.5%`.
fn pct(x: i64) -> String {
    format!("{}.{}%", x / 10, x % 10)
}

/// The CSS class of a tone's dot.
fn tone_class(tone: Tone) -> &'static str {
    match tone {
        Tone::Friendly => "tone-friendly",
        Tone::Neutral => "tone-neutral",
        Tone::Firm => "tone-firm",
        Tone::Final => "tone-final",
    }
}

/// The chart of `timeline`, seen on `today`; `summary` is the "Today: …" sentence, read
/// out as part of the description. `None` when no step has a date.
pub fn ladder_chart(
    i18n: I18n,
    timeline: &Timeline,
    today: NaiveDate,
    summary: &str,
) -> Option<impl IntoView> {
    let lang = i18n.lang.get();
    let dated: Vec<(usize, NaiveDate)> = timeline
        .stages
        .iter()
        .enumerate()
        .filter_map(|(i, s)| s.date.map(|d| (i, d)))
        .collect();
    let first = dated.iter().map(|(_, d)| *d).min()?;
    let last = dated.iter().map(|(_, d)| *d).max()?;
    let start = first.min(today);
    let end = last.max(today);
    let span = (end - start).num_days().max(1);
    let current = timeline.today_summary.current_stage;
    let dots = dated
        .iter()
        .map(|&(index, date)| {
            let stage = &timeline.stages[index];
            let mut class = format!("ladder-dot {}", tone_class(stage.tone));
            if stage.status == StageStatus::Cancelled {
                class.push_str(" cancelled");
            }
            if Some(index) == current {
                class.push_str(" current");
            }
            if stage.status == StageStatus::Next {
                class.push_str(" next");
            }
            let r = if Some(index) == current { 9 } else { 6 };
            view! { <circle class=class cx=pct(x_of(date, start, span)) cy=AXIS_Y r=r /> }
        })
        .collect_view();
    let today_x = x_of(today, start, span);
    let (start_text, end_text) = (long_date(lang, start), long_date(lang, end));
    let description = format!(
        "{} {summary}",
        i18n.t_with(
            Msg::LadderChartDesc,
            &[
                ("count", &dated.len().to_string()),
                ("start", &start_text),
                ("end", &end_text),
            ],
        )
    );
    // "Today" stays inside the picture at either end.
    let today_anchor = if today_x < 80 {
        "start"
    } else if today_x > SPAN - 80 {
        "end"
    } else {
        "middle"
    };
    let legend = [Tone::Friendly, Tone::Neutral, Tone::Firm, Tone::Final]
        .into_iter()
        .map(|tone| {
            view! {
                <li><span class=format!("swatch {}", tone_class(tone)) aria-hidden="true"></span>{i18n.t(super::tone_msg(tone))}</li>
            }
        })
        .collect_view();
    Some(view! {
        <figure class="chart ladder">
            <svg height=HEIGHT role="img" aria-labelledby="ladder-chart-title ladder-chart-desc"
                class="ladder-chart" data-testid="timeline-chart">
                <title id="ladder-chart-title">{i18n.t(Msg::LadderChartTitle)}</title>
                <desc id="ladder-chart-desc">{description}</desc>
                <line class="chart-axis" x1="0" x2="100%" y1=AXIS_Y y2=AXIS_Y />
                <line class="ladder-today" x1=pct(today_x) x2=pct(today_x) y1=AXIS_Y - 14 y2=AXIS_Y + 11 />
                <text class="chart-label" x=pct(today_x) y=AXIS_Y - 18 text-anchor=today_anchor>{i18n.t(Msg::LadderChartToday)}</text>
                {dots}
                <text class="chart-tick" x="0" y=HEIGHT - 3 text-anchor="start">{start_text}</text>
                <text class="chart-tick" x="100%" y=HEIGHT - 3 text-anchor="end">{end_text}</text>
            </svg>
            <figcaption><ul class="ladder-legend">{legend}</ul></figcaption>
        </figure>
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a valid date")
    }

    #[test]
    fn dates_map_to_shares_of_the_width() {
        let start = date(2025, 1, 1);
        assert_eq!(x_of(start, start, 100), 0);
        assert_eq!(x_of(date(2025, 4, 11), start, 100), SPAN);
        assert_eq!(x_of(date(2025, 2, 20), start, 100), 500);
        assert_eq!(x_of(date(2025, 1, 4), start, 7), 428);
        // Outside the span: clamped to the ends, never off the picture.
        assert_eq!(x_of(date(2024, 1, 1), start, 100), 0);
        assert_eq!(x_of(date(2030, 1, 1), start, 100), SPAN);
        assert_eq!(pct(428), "42.8%");
        assert_eq!(pct(0), "0.0%");
        assert_eq!(pct(SPAN), "100.0%");
    }
}
