//! The summary line of each collapsed section of the plan's form: the current values in
//! words ("Weekends only · the next business day · Saturday and Sunday"), so nothing is
//! hidden silently. An empty line reads "nothing set" (`field::Section`). A choice is named
//! by the label its radio buttons or menu show (the lists in `plan/mod.rs`).

use leptos::prelude::*;

use super::state::{Pick, PlanForm};
use super::{
    COMPARE_FREQUENCIES, DAY_COUNTS, DEBT_SOURCES, DOWN_KINDS, INTEREST_KINDS, ROLLS, SHARES,
    SIZE_KINDS, WEEKENDS,
};
use crate::context::I18n;
use crate::field::{label_of, labelled, typed, Summary};
use crate::i18n::Msg;

/// The chosen option's label among `options`, in the interface language ("" if none).
fn chosen(i18n: I18n, options: &[(Pick, Msg)], value: Pick) -> &'static str {
    label_of(options, &value).map_or("", |m| i18n.t(m))
}

/// The items joined into one line.
fn line(items: Vec<String>) -> String {
    items.join(" · ")
}

/// "the invoice amount · Down payment: none".
pub(super) fn debt(form: PlanForm, i18n: I18n) -> Summary {
    Box::new(move || {
        let source = form.source.get();
        let source_label = chosen(i18n, DEBT_SOURCES, source);
        let mut items = vec![
            match typed(form.balance).filter(|_| source == Pick::RemainingBalance) {
                Some(balance) => labelled(source_label, &balance),
                None => source_label.to_owned(),
            },
        ];
        let down = form.down_kind.get();
        let (label, value) = match down {
            Pick::DownAmount => (Msg::PlanFieldDownAmount, typed(form.down_amount)),
            Pick::DownPercent => (Msg::PlanFieldDownPercent, typed(form.down_percent)),
            _ => (
                Msg::PlanDownLabel,
                Some(chosen(i18n, DOWN_KINDS, down).to_owned()),
            ),
        };
        if let Some(value) = value {
            items.push(labelled(i18n.t(label), &value));
        }
        if let Some(date) = typed(form.down_date).filter(|_| down != Pick::NoDownPayment) {
            items.push(labelled(i18n.t(Msg::PlanFieldDownDate), &date));
        }
        line(items)
    })
}

/// "Set the instalments by: their number · Instalment sizes: equal".
pub(super) fn more(form: PlanForm, i18n: I18n) -> Summary {
    Box::new(move || {
        let size = chosen(i18n, SIZE_KINDS, form.size_kind.get());
        let mut items = vec![labelled(i18n.t(Msg::PlanSizeLabel), size)];
        if let Some(first) = typed(form.first_payment) {
            items.push(labelled(i18n.t(Msg::PlanFieldFirstPayment), &first));
        }
        if form.month_end.get() == Pick::LastDayOfMonth {
            items.push(chosen(i18n, super::MONTH_ENDS, Pick::LastDayOfMonth).to_owned());
        }
        let share = chosen(i18n, SHARES, form.share.get());
        items.push(labelled(i18n.t(Msg::PlanShareLabel), share));
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
        items.extend(label_of(ROLLS, &form.roll.get()).map(|m| i18n.t(m).to_owned()));
        items.extend(label_of(WEEKENDS, &form.weekend.get()).map(|m| i18n.t(m).to_owned()));
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
        let kind = chosen(i18n, INTEREST_KINDS, interest);
        let mut items = vec![labelled(i18n.t(Msg::PlanInterestLabel), kind)];
        if interest != Pick::NoInterest {
            if let Some(rate) = typed(form.rate) {
                items.push(labelled(i18n.t(Msg::PlanFieldRate), &rate));
            }
            if interest == Pick::Amortised {
                items.extend(
                    label_of(DAY_COUNTS, &form.day_count.get()).map(|m| i18n.t(m).to_owned()),
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
                    let frequency = chosen(i18n, COMPARE_FREQUENCIES, row.frequency.get());
                    Some(format!("{count} ({frequency})"))
                })
                .collect(),
        )
    })
}
