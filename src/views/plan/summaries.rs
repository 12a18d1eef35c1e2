//! The summary line of each collapsed section of the plan's form: the current values in
//! words ("Weekends only · the next business day · Saturday and Sunday"), so nothing is
//! hidden silently. An empty line reads "nothing set" (`field::Section`).

use leptos::prelude::*;

use super::state::{Pick, PlanForm};
use super::{COMPARE_FREQUENCIES, DAY_COUNTS, FREQUENCIES, ROLLS, WEEKENDS};
use crate::context::{FieldState, I18n};
use crate::field::{labelled, Summary};
use crate::i18n::Msg;

/// The label of `value` among `options`.
fn option_of(options: &[(Pick, Msg)], value: Pick) -> Option<Msg> {
    options.iter().find(|(v, _)| *v == value).map(|(_, m)| *m)
}

/// The typed value of `field`, trimmed; `None` when empty.
fn typed(field: FieldState) -> Option<String> {
    let value = field.value.get();
    let value = value.trim();
    (!value.is_empty()).then(|| value.to_owned())
}

/// The items joined into one line.
fn line(items: Vec<String>) -> String {
    items.join(" · ")
}

/// "the invoice amount · Down payment: none".
pub(super) fn debt(form: PlanForm, i18n: I18n) -> Summary {
    Box::new(move || {
        let mut items = vec![];
        match form.source.get() {
            Pick::RemainingBalance => items.push(match typed(form.balance) {
                Some(v) => labelled(i18n.t(Msg::PlanDebtBalance), &v),
                None => i18n.t(Msg::PlanDebtBalance).to_owned(),
            }),
            _ => items.push(i18n.t(Msg::PlanDebtInvoice).to_owned()),
        }
        let (label, value) = match form.down_kind.get() {
            Pick::DownAmount => (Msg::PlanFieldDownAmount, typed(form.down_amount)),
            Pick::DownPercent => (Msg::PlanFieldDownPercent, typed(form.down_percent)),
            _ => (
                Msg::PlanDownLabel,
                Some(i18n.t(Msg::PlanDownNone).to_owned()),
            ),
        };
        if let Some(value) = value {
            items.push(labelled(i18n.t(label), &value));
        }
        if let Some(date) =
            typed(form.down_date).filter(|_| form.down_kind.get() != Pick::NoDownPayment)
        {
            items.push(labelled(i18n.t(Msg::PlanFieldDownDate), &date));
        }
        line(items)
    })
}

/// "Set the instalments by: their number · Instalment sizes: equal".
pub(super) fn more(form: PlanForm, i18n: I18n) -> Summary {
    Box::new(move || {
        let size = match form.size_kind.get() {
            Pick::ByTarget => Msg::PlanSizeTarget,
            _ => Msg::PlanSizeCount,
        };
        let mut items = vec![labelled(i18n.t(Msg::PlanSizeLabel), i18n.t(size))];
        if let Some(first) = typed(form.first_payment) {
            items.push(labelled(i18n.t(Msg::PlanFieldFirstPayment), &first));
        }
        if form.month_end.get() == Pick::LastDayOfMonth {
            items.push(i18n.t(Msg::PlanMonthEndLastDay).to_owned());
        }
        let share = match form.share.get() {
            Pick::Seasonal => Msg::PlanShareSeasonal,
            Pick::Custom => Msg::PlanShareCustom,
            _ => Msg::PlanShareEqual,
        };
        items.push(labelled(i18n.t(Msg::PlanShareLabel), i18n.t(share)));
        line(items)
    })
}

/// "England and Wales · the next business day · Saturday and Sunday".
pub(super) fn business_days(form: PlanForm, i18n: I18n) -> Summary {
    Box::new(move || {
        let region = form
            .region
            .get()
            .map_or(Msg::RegionNone, crate::views::region_msg);
        let mut items = vec![i18n.t(region).to_owned()];
        items.extend(option_of(ROLLS, form.roll.get()).map(|m| i18n.t(m).to_owned()));
        items.extend(option_of(WEEKENDS, form.weekend.get()).map(|m| i18n.t(m).to_owned()));
        if let Some(days) = typed(form.holidays) {
            items.push(labelled(i18n.t(Msg::PlanFieldHolidays), &days));
        }
        line(items)
    })
}

/// "Interest: none" or "Interest: on the reducing balance · Annual interest rate (%): 8".
pub(super) fn cost(form: PlanForm, i18n: I18n) -> Summary {
    Box::new(move || {
        let interest = form.interest.get();
        let kind = match interest {
            Pick::Flat => Msg::PlanInterestFlat,
            Pick::Amortised => Msg::PlanInterestAmortised,
            _ => Msg::PlanInterestNone,
        };
        let mut items = vec![labelled(i18n.t(Msg::PlanInterestLabel), i18n.t(kind))];
        if interest != Pick::NoInterest {
            if let Some(rate) = typed(form.rate) {
                items.push(labelled(i18n.t(Msg::PlanFieldRate), &rate));
            }
            if interest == Pick::Amortised {
                items.extend(
                    option_of(DAY_COUNTS, form.day_count.get()).map(|m| i18n.t(m).to_owned()),
                );
            }
        }
        if let Some(fee) = typed(form.setup_fee) {
            items.push(labelled(i18n.t(Msg::PlanFieldSetupFee), &fee));
        }
        line(items)
    })
}

/// The terms for a missed payment that are set, each with its label.
pub(super) fn missed(form: PlanForm, i18n: I18n) -> Summary {
    Box::new(move || {
        let fields = [
            (Msg::PlanFieldGrace, form.grace_days),
            (Msg::PlanFieldLateFlat, form.late_fee_flat),
            (Msg::PlanFieldLatePct, form.late_fee_pct),
            (Msg::PlanFieldAccelerate, form.accelerate_after),
        ];
        line(
            fields
                .into_iter()
                .filter_map(|(label, field)| typed(field).map(|v| labelled(i18n.t(label), &v)))
                .collect(),
        )
    })
}

/// The options to compare that are filled in: "6 (Every month) · 12 (Every fortnight)".
pub(super) fn compare(form: PlanForm, i18n: I18n) -> Summary {
    Box::new(move || {
        line(
            form.compare
                .iter()
                .filter_map(|row| {
                    let count = typed(row.count)?;
                    let frequency = option_of(COMPARE_FREQUENCIES, row.frequency.get())
                        .or_else(|| option_of(FREQUENCIES, row.frequency.get()))
                        .map_or("", |m| i18n.t(m));
                    Some(format!("{count} ({frequency})"))
                })
                .collect(),
        )
    })
}
