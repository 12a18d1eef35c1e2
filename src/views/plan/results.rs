//! The plan, written out: totals, warnings, the schedule, the balance chart, what a missed
//! payment costs, the comparison and the exports.

use leptos::either::Either;
use leptos::prelude::*;
use rust_decimal::Decimal;
use tactful_engine::account::{instalments_clear, AccountReport};
use tactful_engine::amount::format_amount;
use tactful_engine::currency::Currency;
use tactful_engine::plan::{
    balance_series, missed, to_csv, to_ics, to_text_table, to_tsv, IcsOptions, Plan, PlanSummary,
    PlanWarning,
};

use super::chart::balance_chart;
use super::state::{has_no_input, PlanState};
use crate::clipboard::copy_text;
use crate::context::{use_i18n, use_invoice, I18n};
use crate::download::download_text;
use crate::error_text::plan_problem;
use crate::format::long_date;
use crate::i18n::Msg;
use tactful_engine::plan::{Compared, PlanNotice};

/// What an export button does.
#[derive(Clone, Copy)]
enum Export {
    Csv,
    Ics,
    Text,
    Table,
}

/// The results panel.
#[component]
pub fn PlanResults() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<PlanState>();
    let invoice = use_invoice();
    let copied = RwSignal::new(String::new());
    let export = move |what: Export| {
        let locale = i18n.lang.get_untracked().number_locale();
        state.outcome().with_untracked(|o| {
            let Some(plan) = &o.plan else { return };
            match what {
                Export::Csv => {
                    download_text(
                        "instalment-plan.csv",
                        "text/csv;charset=utf-8",
                        &to_csv(plan, locale),
                    );
                }
                Export::Ics => {
                    let reference = invoice.parsed.with_untracked(|p| {
                        p.as_ref().map_or_else(
                            |_| String::new(),
                            |inv| {
                                [inv.invoice_number.as_str(), inv.client_business.as_str()]
                                    .iter()
                                    .filter(|s| !s.is_empty())
                                    .copied()
                                    .collect::<Vec<_>>()
                                    .join(" · ")
                            },
                        )
                    });
                    let options = IcsOptions {
                        reference,
                        locale,
                        alarm_days_before: None,
                    };
                    download_text(
                        "instalment-plan.ics",
                        "text/calendar;charset=utf-8",
                        &to_ics(plan, &options, crate::today::now_utc()),
                    );
                }
                Export::Text | Export::Table => {
                    let text = if matches!(what, Export::Text) {
                        to_text_table(plan, locale)
                    } else {
                        to_tsv(plan, locale)
                    };
                    copied.set(String::new());
                    copy_text(&text, move |done| {
                        let msg = if done {
                            Msg::PlanCopied
                        } else {
                            Msg::PlanCopyFailed
                        };
                        copied.set(i18n.t(msg).to_owned());
                    });
                }
            }
        });
    };
    // Each of these re-renders as a whole and holds no reactive closure of its own: a
    // closure built inside one of them would be a new RenderEffect on every recomputation,
    // and Leptos 0.8 leaves a dropped RenderEffect subscribed to every signal it read until
    // that signal next changes (see ARCHITECTURE.md, "Reactive closures inside re-rendered
    // views"): 600 `selected` closures reading the missed-payment choice leaked ~75 KB of
    // WebAssembly memory per recomputation of a 600-instalment plan.
    let body = move || {
        state.outcome().with(|o| match &o.plan {
            Some(plan) => Either::Left(plan_view(i18n, plan)),
            None => {
                let lang = i18n.lang.get();
                let others = o
                    .problems
                    .iter()
                    .filter(|(f, _)| has_no_input(*f))
                    .map(|(f, p)| plan_problem(lang, *f, p, o.currency))
                    .collect();
                Either::Right(view! { <p class="notice" class:needs-invoice=o.notice == PlanNotice::NeedsInvoice aria-live="polite">{i18n.t(notice_msg(o.notice))}</p>{list(others)} })
            }
        })
    };
    let no_plan = move || state.outcome().with(|o| o.plan.is_none());
    let button = move |what: Export, label: Msg| {
        view! {
            <button type="button" on:click=move |_| export(what) disabled=no_plan>{move || i18n.t(label)}</button>
        }
    };
    view! {
        <section class="results" aria-labelledby="plan-results-title">
            <h3 id="plan-results-title">{move || i18n.t(Msg::PlanResultsTitle)}</h3>
            {body}
            // A client account: which invoices each instalment pays and clears.
            {move || {
                let report = invoice.account_report()?;
                state.outcome().with(|o| o.plan.as_ref().map(|plan| clears_view(i18n, &report, plan)))
            }}
            {move || state.outcome().with(|o| o.plan.as_ref().map(|plan| missed_view(i18n, state, plan)))}
            {move || state.outcome().with(|o| match (&o.plan, &o.compare) {
                (Some(plan), options) if !options.is_empty() => Some(compare_view(i18n, options, plan.currency)),
                _ => None,
            })}
            <h4 class="plan-export-title visually-hidden">{move || i18n.t(Msg::PlanExportTitle)}</h4>
            <p class="actions plan-actions">
                {button(Export::Csv, Msg::PlanDownloadCsv)}
                {button(Export::Ics, Msg::DownloadIcs)}
                {button(Export::Text, Msg::PlanCopyText)}
                {button(Export::Table, Msg::PlanCopyTable)}
                <button type="button" on:click=move |_| { let _ = window().print(); } disabled=no_plan>
                    {move || i18n.t(Msg::PlanPrint)}
                </button>
                {crate::context::composer_shown().then(|| view! {
                    <a class="button" href="#/message" data-testid="propose-plan" on:click=move |_| {
                        expect_context::<crate::views::message::state::MessageState>().open(
                            tactful_engine::message::TemplateId::PaymentPlanProposal,
                            tactful_engine::message::ToneVariant::Warm,
                        );
                    }>{move || i18n.t(Msg::ProposePlan)}</a>
                })}
            </p>
            <p class="copy-status" role="status" data-testid="plan-copy-status">{copied}</p>
        </section>
    }
}

/// A plan over a client account: the balance it covers and, row by row, which invoices
/// each instalment pays and clears (`tactful_engine::account::instalments_clear`). Static.
fn clears_view(i18n: I18n, report: &AccountReport, plan: &Plan) -> impl IntoView {
    let lang = i18n.lang.get();
    let money = money_in(i18n, plan.currency);
    let t = |msg| i18n.t(msg).to_owned();
    let rows = instalments_clear(report, plan).unwrap_or_default();
    let rows = rows
        .iter()
        .filter(|row| !row.parts.is_empty())
        .map(|row| {
            let name = if row.number == 0 {
                t(Msg::PlanDownRow)
            } else {
                row.number.to_string()
            };
            let pays = row
                .parts
                .iter()
                .map(|part| format!("{} {}", part.number, money(part.amount)))
                .collect::<Vec<_>>()
                .join(", ");
            view! {
                <tr role="row">
                    <th scope="row" role="rowheader">{name}</th>
                    <td role="cell" data-label=t(Msg::PlanColDate)>{long_date(lang, row.due_date)}</td>
                    <td role="cell" data-label=t(Msg::PlanClearsColPays)>{pays}</td>
                    <td role="cell" data-label=t(Msg::PlanClearsColClears)>{row.clears.join(", ")}</td>
                </tr>
            }
        })
        .collect_view();
    let title = t(Msg::PlanClearsTitle);
    view! {
        <section class="plan-clears" data-testid="plan-clears">
            <h4>{title.clone()}</h4>
            <p data-testid="plan-clears-balance">{i18n.t_with(Msg::PlanClearsBalance, &[("balance", &money(report.plan_balance()))])}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label=title>
                <table role="table" class="cards" data-testid="plan-clears-table">
                    <thead role="rowgroup">
                        <tr role="row">
                            <th scope="col" role="columnheader">{t(Msg::PlanColNumber)}</th>
                            <th scope="col" role="columnheader">{t(Msg::PlanColDate)}</th>
                            <th scope="col" role="columnheader">{t(Msg::PlanClearsColPays)}</th>
                            <th scope="col" role="columnheader">{t(Msg::PlanClearsColClears)}</th>
                        </tr>
                    </thead>
                    <tbody role="rowgroup">{rows}</tbody>
                </table>
            </div>
        </section>
    }
}

/// A percentage with at most two decimals, trailing zeros dropped: `11.97`.
fn pct(i18n: I18n, value: Decimal) -> String {
    crate::format::plain_number(value, 2, i18n.lang.get().number_locale())
}

/// The sentence for a warning of `plan` (shown with the results and at its field).
pub(super) fn warning_text(i18n: I18n, plan: &Plan, warning: &PlanWarning) -> String {
    let lang = i18n.lang.get();
    let money = |value: &Decimal| format_amount(*value, plan.currency, lang.number_locale());
    let date = |d| long_date(lang, d);
    match warning {
        PlanWarning::TinyLastInstallment { amount, reference } => i18n.t_with(
            Msg::PlanWarnTiny,
            &[("amount", &money(amount)), ("reference", &money(reference))],
        ),
        PlanWarning::SameDay {
            date: day,
            installments,
        } => {
            let numbers: Vec<String> = installments.iter().map(u32::to_string).collect();
            i18n.t_with(
                Msg::PlanWarnSameDay,
                &[("numbers", &numbers.join(", ")), ("date", &date(*day))],
            )
        }
        PlanWarning::FirstDueBeforeInvoiceDate { invoice_date, .. } => i18n.t_with(
            Msg::PlanWarnBeforeInvoice,
            &[("date", &date(*invoice_date))],
        ),
    }
}

/// An amount in `currency`, in the interface language's format (reactive: reads the language).
fn money_in(i18n: I18n, currency: &'static Currency) -> impl Fn(Decimal) -> String + Copy {
    let locale = i18n.lang.get().number_locale();
    move |value: Decimal| format_amount(value, currency, locale)
}

/// The totals, warnings, schedule and balance chart of `plan`: static text, no reactive
/// closure inside.
fn plan_view(i18n: I18n, plan: &Plan) -> impl IntoView {
    let lang = i18n.lang.get();
    let money = money_in(i18n, plan.currency);
    let date = move |d| long_date(lang, d);
    let totals = &plan.totals;
    let apr = match &plan.apr {
        Some(apr) => match apr.effective_pct {
            Some(effective) => i18n.t_with(
                Msg::PlanAprText,
                &[
                    ("nominal", &pct(i18n, apr.nominal_pct)),
                    ("effective", &pct(i18n, effective)),
                ],
            ),
            None => i18n.t_with(
                Msg::PlanAprNominalOnly,
                &[("nominal", &pct(i18n, apr.nominal_pct))],
            ),
        },
        None => i18n.t(Msg::PlanAprHuge).to_owned(),
    };
    let figures: [(Msg, String); 7] = [
        (Msg::PlanInstalments, totals.installments.to_string()),
        (Msg::PlanTotalPaid, money(totals.total_paid)),
        (Msg::PlanTotalInterest, money(totals.total_interest)),
        (Msg::PlanTotalFees, money(totals.total_fees)),
        (Msg::PlanApr, apr),
        (Msg::PlanLastPayment, date(totals.last_payment_date)),
        (
            Msg::PlanLength,
            i18n.t_with(
                Msg::PlanLengthText,
                &[("days", &totals.plan_length_days.to_string())],
            ),
        ),
    ];
    let figures = figures
        .into_iter()
        .map(|(label, value)| view! { <div><dt>{i18n.t(label)}</dt><dd>{value}</dd></div> })
        .collect_view();
    let warnings = plan
        .warnings
        .iter()
        .map(|w| warning_text(i18n, plan, w))
        .collect();
    // Without interest or fees, each payment is all principal: the schedule leaves out the
    // principal, interest and fees columns (the totals above still show £0.00 of each).
    // The figure columns, in order (amount, principal, interest, fees, balance), and
    // which are shown: one mask read by the header, every row and the total row.
    let plain = totals.total_interest.is_zero() && totals.total_fees.is_zero();
    let shown = [true, !plain, !plain, !plain, true];
    let kept = |i: &usize| shown[*i];
    let mut rows: Vec<(String, Vec<String>)> = plan
        .rows
        .iter()
        .map(|row| {
            let mut when = date(row.due_date);
            if row.was_moved() {
                when = format!(
                    "{when} ({})",
                    i18n.t_with(Msg::PlanMovedFrom, &[("date", &date(row.scheduled_date))])
                );
            }
            let name = if row.number == 0 {
                i18n.t(Msg::PlanDownRow).to_owned()
            } else {
                row.number.to_string()
            };
            let figures = [
                row.amount,
                row.principal,
                row.interest,
                row.fees,
                row.balance_after,
            ];
            let cells = std::iter::once(when)
                .chain((0..5).filter(kept).map(|i| money(figures[i])))
                .collect();
            (name, cells)
        })
        .collect();
    // The total row has no balance: an empty cell in its column.
    let total = [
        Some(totals.total_paid),
        Some(totals.total_principal),
        Some(totals.total_interest),
        Some(totals.total_fees),
        None,
    ];
    rows.push((
        i18n.t(Msg::PlanTotalRow).to_owned(),
        std::iter::once(String::new())
            .chain(
                (0..5)
                    .filter(kept)
                    .map(|i| total[i].map(money).unwrap_or_default()),
            )
            .collect(),
    ));
    let figure_columns = [
        Msg::PlanColAmount,
        Msg::PlanColPrincipal,
        Msg::PlanColInterest,
        Msg::PlanColFees,
        Msg::PlanColBalance,
    ];
    let columns = [Msg::PlanColNumber, Msg::PlanColDate]
        .into_iter()
        .chain((0..5).filter(kept).map(|i| figure_columns[i]))
        .map(|c| i18n.t(c).to_owned())
        .collect();
    let schedule = table(
        i18n,
        Msg::PlanScheduleCaption,
        "plan-schedule",
        columns,
        rows,
    );

    let chart = balance_chart(i18n, &balance_series(plan), money);

    view! {
        <div class="plan-overview">
            <dl class="figures" data-testid="plan-totals" aria-live="polite">{figures}</dl>
            {chart}
        </div>
        {list(warnings)}
        {schedule}
    }
}

/// What if a payment is missed: the choice (read here, so this part re-renders when it
/// changes) and its consequences, as static text and a select whose options are marked
/// `selected` once per render.
fn missed_view(i18n: I18n, state: PlanState, plan: &Plan) -> impl IntoView {
    let lang = i18n.lang.get();
    let money = money_in(i18n, plan.currency);
    let date = move |d| long_date(lang, d);
    // The choice lives in the form state, so it survives a change of the plan; a number
    // the plan no longer has falls back to instalment 1.
    let lowest = plan.rows.first().map_or(0, |r| r.number);
    let last = plan.rows.last().map_or(0, |r| r.number);
    let chosen = {
        let k = state.form.missed.with(|k| k.parse::<u32>().unwrap_or(1));
        if (lowest..=last).contains(&k) {
            k
        } else {
            lowest.max(1).min(last)
        }
    };
    let options = plan
        .rows
        .iter()
        .map(|row| {
            let n = row.number;
            let label = if n == 0 {
                i18n.t(Msg::PlanDownRow).to_owned()
            } else {
                i18n.t_with(Msg::PlanMissedOption, &[("n", &n.to_string())])
            };
            view! { <option value=n.to_string() selected=chosen == n>{label}</option> }
        })
        .collect_view();
    let sentence = missed(plan, chosen, &plan.terms).ok().map(|m| {
        let which = if m.installment == 0 {
            i18n.t(Msg::PlanMissedWhichDown).to_owned()
        } else {
            i18n.t_with(Msg::PlanMissedWhich, &[("n", &m.installment.to_string())])
        };
        let amount = money(m.amount);
        let due = date(m.due_date);
        let mut sentence = if m.late_fee.is_zero() {
            i18n.t_with(
                Msg::PlanMissedNoFee,
                &[("which", &which), ("amount", &amount), ("due", &due)],
            )
        } else {
            i18n.t_with(
                Msg::PlanMissedFee,
                &[
                    ("which", &which),
                    ("amount", &amount),
                    ("due", &due),
                    ("grace", &date(m.grace_ends)),
                    ("late", &date(m.late_from)),
                    ("fee", &money(m.late_fee)),
                    ("total", &money(m.total_then_due)),
                ],
            )
        };
        if let Some(a) = &m.acceleration {
            sentence.push(' ');
            sentence.push_str(&i18n.t_with(
                Msg::PlanMissedAccel,
                &[
                    ("count", &a.after_missed.to_string()),
                    ("trigger", &a.trigger_installment.to_string()),
                    ("date", &date(a.due_on)),
                    ("total", &money(a.total_due)),
                    ("missed", &money(a.missed_amounts)),
                    ("fees", &money(a.late_fees)),
                    ("remaining", &money(a.remaining_principal)),
                ],
            ));
        }
        sentence
    });

    view! {
        <div class="missed">
            <h4>{i18n.t(Msg::PlanMissedTitle)}</h4>
            <div class="field">
                <label for="plan-missed" class="visually-hidden">{i18n.t(Msg::PlanFieldMissed)}</label>
                <select id="plan-missed" on:change=move |ev| state.form.missed.set(event_target_value(&ev))>
                    {options}
                </select>
            </div>
            <p class="missed-outcome" data-testid="plan-missed" aria-live="polite">{sentence}</p>
        </div>
    }
}

/// A bulleted list of sentences (warnings, problems); nothing when empty.
fn list(items: Vec<String>) -> impl IntoView {
    (!items.is_empty()).then(|| {
        let items = items
            .into_iter()
            .map(|item| view! { <li>{item}</li> })
            .collect_view();
        view! { <ul class="warnings">{items}</ul> }
    })
}

/// A table in a scrollable region: column headers, then rows that start with a row header.
fn table(
    i18n: I18n,
    caption: Msg,
    test_id: &'static str,
    head: Vec<String>,
    rows: Vec<(String, Vec<String>)>,
) -> impl IntoView {
    // Each cell names its column (`data-label`): in a narrow column the rows become cards
    // of "label  value" lines (style.css, "Tables that fit").
    let labels: Vec<String> = head.iter().skip(1).cloned().collect();
    let head = head
        .into_iter()
        .map(|h| view! { <th scope="col" role="columnheader">{h}</th> })
        .collect_view();
    let rows = rows
        .into_iter()
        .map(|(name, cells)| {
            let cells = cells
                .into_iter()
                .zip(labels.iter().cloned())
                .map(|(c, label)| view! { <td role="cell" data-label=label>{c}</td> })
                .collect_view();
            view! { <tr role="row"><th scope="row" role="rowheader">{name}</th>{cells}</tr> }
        })
        .collect_view();
    let caption = i18n.t(caption);
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=caption>
            <table role="table" class=format!("{test_id} cards") data-testid=test_id>
                <caption>{caption}</caption>
                <thead role="rowgroup"><tr role="row">{head}</tr></thead>
                <tbody role="rowgroup">{rows}</tbody>
            </table>
        </div>
    }
}

/// The compared options, one column each.
fn compare_view(i18n: I18n, options: &[Compared], currency: &'static Currency) -> impl IntoView {
    let lang = i18n.lang.get();
    let money = money_in(i18n, currency);
    let frequency = |kind| {
        super::FREQUENCIES
            .iter()
            .find(|(pick, _)| pick.frequency() == kind)
            .map_or("", |(_, msg)| i18n.t(*msg))
    };
    let head = std::iter::once(i18n.t(Msg::PlanCompareFigure).to_owned())
        .chain(options.iter().map(|o| {
            i18n.t_with(
                Msg::PlanCompareOptionAt,
                &[
                    ("n", &o.count.to_string()),
                    ("frequency", frequency(o.frequency)),
                ],
            )
        }))
        .collect();
    let apr = |s: &PlanSummary| match s.apr_pct {
        Some(p) => format!("{}%", pct(i18n, p)),
        None => i18n.t(Msg::PlanAprHuge).to_owned(),
    };
    let line = |label: Msg, cell: &dyn Fn(&PlanSummary) -> String| {
        (
            i18n.t(label).to_owned(),
            options.iter().map(|o| cell(&o.summary)).collect(),
        )
    };
    let rows = vec![
        line(Msg::PlanCompareRegular, &|s| money(s.regular_installment)),
        line(Msg::PlanTotalPaid, &|s| money(s.total_paid)),
        line(Msg::PlanTotalInterest, &|s| money(s.total_interest)),
        line(Msg::PlanTotalFees, &|s| money(s.total_fees)),
        line(Msg::PlanApr, &apr),
        line(Msg::PlanLastPayment, &|s| {
            long_date(lang, s.last_payment_date)
        }),
        line(Msg::PlanLength, &|s| {
            i18n.t_with(
                Msg::PlanCompareDays,
                &[("days", &s.plan_length_days.to_string())],
            )
        }),
    ];
    table(i18n, Msg::PlanCompareCaption, "plan-compare", head, rows)
}

/// What to say instead of the plan.
fn notice_msg(notice: PlanNotice) -> Msg {
    match notice {
        PlanNotice::NeedsInvoice => Msg::PlanNeedsInvoice,
        PlanNotice::NeedsFirstDue => Msg::PlanNeedsFirstDue,
        PlanNotice::Fix => Msg::PlanFix,
    }
}
