//! The ladder at a glance: a horizontal axis of dates with a dot per dated step, coloured
//! by tone, today's position marked and the current step ringed. An SVG with a title and a
//! description for screen readers; the list below it holds the same steps in words.
//!
//! Coordinates are whole pixels, computed with integer arithmetic (no floats in the app).

use chrono::NaiveDate;
use leptos::prelude::*;
use tactful_engine::timeline::{StageStatus, Timeline, Tone};

use crate::context::I18n;
use crate::format::long_date;
use crate::i18n::Msg;

const WIDTH: i64 = 600;
const HEIGHT: i64 = 112;
const LEFT: i64 = 24;
const RIGHT: i64 = 24;
const AXIS_Y: i64 = 62;

/// The x of `date` on an axis from `start` spanning `span` days (at least 1).
fn x_of(date: NaiveDate, start: NaiveDate, span: i64) -> i64 {
    let days = (date - start).num_days().clamp(0, span);
    LEFT + days * (WIDTH - LEFT - RIGHT) / span
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
            view! { <circle class=class cx=x_of(date, start, span) cy=AXIS_Y r=r /> }
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
    let (today_anchor, today_label_x) = if today_x < LEFT + 40 {
        ("start", LEFT.min(today_x))
    } else if today_x > WIDTH - RIGHT - 40 {
        ("end", today_x.max(WIDTH - RIGHT))
    } else {
        ("middle", today_x)
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
            <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-labelledby="ladder-chart-title ladder-chart-desc"
                class="ladder-chart" data-testid="timeline-chart">
                <title id="ladder-chart-title">{i18n.t(Msg::LadderChartTitle)}</title>
                <desc id="ladder-chart-desc">{description}</desc>
                <line class="chart-axis" x1=LEFT x2=WIDTH - RIGHT y1=AXIS_Y y2=AXIS_Y />
                <line class="ladder-today" x1=today_x x2=today_x y1=AXIS_Y - 26 y2=AXIS_Y + 18 />
                <text class="chart-label" x=today_label_x y=AXIS_Y - 32 text-anchor=today_anchor>{i18n.t(Msg::LadderChartToday)}</text>
                {dots}
                <text class="chart-tick" x=LEFT y=HEIGHT - 8 text-anchor="start">{start_text}</text>
                <text class="chart-tick" x=WIDTH - RIGHT y=HEIGHT - 8 text-anchor="end">{end_text}</text>
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
    fn dates_map_to_whole_pixels_inside_the_plot() {
        let start = date(2025, 1, 1);
        assert_eq!(x_of(start, start, 100), LEFT);
        assert_eq!(x_of(date(2025, 4, 11), start, 100), WIDTH - RIGHT);
        assert_eq!(x_of(date(2025, 2, 20), start, 100), LEFT + 50 * 552 / 100);
        // Outside the span: clamped to the ends, never off the picture.
        assert_eq!(x_of(date(2024, 1, 1), start, 100), LEFT);
        assert_eq!(x_of(date(2030, 1, 1), start, 100), WIDTH - RIGHT);
    }
}
