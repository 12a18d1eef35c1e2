//! The law that applies to a case, shown and chosen the same way in the timeline, the
//! discount analysis and the composer (one signal: `TimelineForm::law`), and the
//! breakdown of a statutory claim people can check line by line.

use leptos::prelude::*;
use tactful_engine::account::AccountReport;
use tactful_engine::amount::format_amount;
use tactful_engine::currency::currency;
use tactful_engine::statutory::{ClaimNote, EnteredRate, Jurisdiction, StatutoryClaim};
use tactful_engine::timeline::StatutoryChoice;

use crate::context::{use_i18n, I18n};
use crate::format::{long_date, plain_number};
use crate::i18n::{self, Msg};
use crate::views::timeline::state::TimelineState;

/// The law in force and whether it is claimed, for a section's summary line ("United
/// Kingdom: Late Payment of Commercial Debts (Interest) Act 1998 · I intend to claim it"):
/// the timeline's and the composer's settings say it the same way.
pub fn law_summary(i18n: I18n, timeline: TimelineState, claim: bool) -> String {
    let choice = timeline.statutory_choice(i18n.lang.get().number_locale());
    let law = i18n.t(law_msg(choice.jurisdiction));
    if claim {
        format!("{law} · {}", i18n.t(Msg::StatutoryClaimToggle))
    } else {
        law.to_owned()
    }
}

/// The name of a law for people, with its statutes.
pub fn law_msg(law: Jurisdiction) -> Msg {
    match law {
        Jurisdiction::Uk => Msg::LawUk,
        Jurisdiction::Ie => Msg::LawIe,
        Jurisdiction::De => Msg::LawDe,
        Jurisdiction::Fr => Msg::LawFr,
        Jurisdiction::Nl => Msg::LawNl,
        Jurisdiction::Es => Msg::LawEs,
        Jurisdiction::Eu => Msg::LawEu,
    }
}

/// The law in force, in words: its name, and that it follows the currency and the message
/// language when it was not chosen.
pub fn law_in_force(i18n: I18n, choice: &StatutoryChoice) -> String {
    let name = i18n.t(law_msg(choice.jurisdiction));
    if choice.automatic {
        i18n.t_with(Msg::LawAutomatic, &[("law", name)])
    } else {
        name.to_owned()
    }
}

/// The fixed sum a late-payment claim adds to the interest, as a sentence names it: the
/// Dutch collection costs (BIK) where the claim has some (they replace the fixed
/// compensation there), else the fixed compensation.
#[derive(Clone, Copy)]
pub enum FixedSum {
    /// The fixed compensation, `{compensation}` in the messages.
    Compensation(rust_decimal::Decimal),
    /// The Dutch collection costs, `{costs}` in the messages.
    CollectionCosts(rust_decimal::Decimal),
}

impl FixedSum {
    /// The claim's fixed sum, from its compensation and collection costs.
    pub fn of(
        compensation: rust_decimal::Decimal,
        collection_costs: rust_decimal::Decimal,
    ) -> Self {
        if collection_costs > rust_decimal::Decimal::ZERO {
            FixedSum::CollectionCosts(collection_costs)
        } else {
            FixedSum::Compensation(compensation)
        }
    }

    /// The amount.
    pub fn amount(self) -> rust_decimal::Decimal {
        match self {
            FixedSum::Compensation(amount) | FixedSum::CollectionCosts(amount) => amount,
        }
    }

    /// The message's placeholder for it.
    pub fn key(self) -> &'static str {
        match self {
            FixedSum::Compensation(_) => "compensation",
            FixedSum::CollectionCosts(_) => "costs",
        }
    }

    /// `compensation`, the message naming the fixed compensation, or `costs`, its twin
    /// naming the collection costs.
    pub fn msg(self, compensation: Msg, costs: Msg) -> Msg {
        match self {
            FixedSum::Compensation(_) => compensation,
            FixedSum::CollectionCosts(_) => costs,
        }
    }
}

/// The sentence saying that figures assume a reference rate not published yet: the
/// engine carried the latest known rate forward into a half-year after today
/// (`RatesCarriedForward`). Names the first such half-year; `None` when nothing is
/// assumed.
pub fn rate_assumed(i18n: I18n, assumed: &[EnteredRate]) -> Option<String> {
    let first = assumed.first()?;
    let lang = i18n.lang.get();
    Some(i18n.t_with(
        Msg::StatutoryRateAssumed,
        &[
            ("date", &long_date(lang, first.reference_date)),
            ("rate", &plain_number(first.rate, 4, lang.number_locale())),
        ],
    ))
}

/// The law select: "automatic" (with the law it gives now) or one of the seven laws. `id`
/// is unique on the page.
#[component]
pub fn LawSelect(id: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let timeline = expect_context::<TimelineState>();
    let law = timeline.form.law;
    let automatic = move || {
        let locale = i18n.lang.get().number_locale();
        let choice = timeline.statutory_choice(locale);
        i18n.t_with(
            Msg::LawAutomatic,
            &[("law", i18n.t(law_msg(choice.jurisdiction)))],
        )
    };
    let options = Jurisdiction::ALL
        .into_iter()
        .map(|j| {
            view! {
                <option value=j.name() selected=move || law.get() == Some(j)>
                    {move || i18n.t(law_msg(j))}
                </option>
            }
        })
        .collect_view();
    let hint_id = format!("{id}-hint");
    view! {
        <div class="field">
            <label for=id>{move || i18n.t(Msg::LawLabel)}</label>
            <select id=id aria-describedby=hint_id.clone() data-testid=id on:change=move |ev| {
                law.set(Jurisdiction::from_name(&event_target_value(&ev)));
            }>
                <option value="" selected=move || law.get().is_none()>{automatic}</option>
                {options}
            </select>
            <p class="hint" id=hint_id>{move || {
                let lang = i18n.lang.get();
                let law = timeline.statutory_choice(lang.number_locale()).jurisdiction;
                let as_of = long_date(lang, law.rate_table().as_of());
                i18n.t_with(Msg::LawHint, &[("as_of", &as_of)])
            }}</p>
        </div>
    }
}

/// A statutory claim line by line: each period (from, to, days, reference rate, margin,
/// rate, interest), the compensation, the collection costs and the total. Static: the
/// caller re-renders it when the claim changes.
pub fn claim_breakdown(i18n: I18n, claim: &StatutoryClaim, test_id: &'static str) -> AnyView {
    let lang = i18n.lang.get_untracked();
    let locale = lang.number_locale();
    let (Ok(cur), Ok(comp_cur)) = (
        currency(&claim.currency),
        currency(&claim.compensation_currency),
    ) else {
        return ().into_any();
    };
    let t = |msg| i18n::text(lang, msg);
    if claim.notes.contains(&ClaimNote::NotYetLate) {
        return view! {
            <p class="claim-breakdown" data-testid=test_id>
                {i18n.t_with(Msg::ClaimNotLate, &[("until", &long_date(lang, claim.until))])}
            </p>
        }
        .into_any();
    }
    let money = |value| format_amount(value, cur, locale);
    let pct = |value| format!("{}\u{a0}%", plain_number(value, 4, locale));
    let rows = claim
        .periods
        .iter()
        .map(|p| {
            view! {
                <tr role="row">
                    <td role="cell" data-label=t(Msg::ClaimColFrom)>{long_date(lang, p.start)}</td>
                    <td role="cell" data-label=t(Msg::ClaimColTo)>{long_date(lang, p.end)}</td>
                    <td role="cell" class="num" data-label=t(Msg::ClaimColDays)>{p.days.to_string()}</td>
                    <td role="cell" class="num" data-label=t(Msg::ClaimColReference)>{pct(p.reference_rate)}</td>
                    <td role="cell" class="num" data-label=t(Msg::ClaimColMargin)>{plain_number(p.margin, 4, locale)}</td>
                    <td role="cell" class="num" data-label=t(Msg::ClaimColRate)>{pct(p.annual_rate)}</td>
                    <td role="cell" class="num" data-label=t(Msg::ClaimColInterest)>{money(p.interest)}</td>
                </tr>
            }
        })
        .collect_view();
    let compensation = format_amount(claim.compensation, comp_cur, locale);
    let costs = (!claim.collection_costs.is_zero())
        .then(|| format_amount(claim.collection_costs, comp_cur, locale));
    let total = claim.total_claim.map(money).unwrap_or_else(|| {
        i18n.t_with(
            Msg::ClaimCompensationOtherCurrency,
            &[("compensation", &compensation)],
        )
    });
    view! {
        // Reachable and named for keyboard users, as the plan's tables are; on a narrow
        // screen each period becomes a card of labelled lines (style.css, "Tables that fit").
        <div class="claim-breakdown table-scroll" data-testid=test_id tabindex="0" role="region" aria-label=t(Msg::ClaimTitle)>
            <table role="table" class="cards">
                <caption>{t(Msg::ClaimTitle)}</caption>
                <thead role="rowgroup">
                    <tr role="row">
                        <th scope="col" role="columnheader">{t(Msg::ClaimColFrom)}</th>
                        <th scope="col" role="columnheader">{t(Msg::ClaimColTo)}</th>
                        <th scope="col" role="columnheader" class="num">{t(Msg::ClaimColDays)}</th>
                        <th scope="col" role="columnheader" class="num">{t(Msg::ClaimColReference)}</th>
                        <th scope="col" role="columnheader" class="num">{t(Msg::ClaimColMargin)}</th>
                        <th scope="col" role="columnheader" class="num">{t(Msg::ClaimColRate)}</th>
                        <th scope="col" role="columnheader" class="num">{t(Msg::ClaimColInterest)}</th>
                    </tr>
                </thead>
                <tbody role="rowgroup">{rows}</tbody>
                <tfoot role="rowgroup">
                    <tr role="row"><th scope="row" role="rowheader" colspan="6">{t(Msg::ClaimInterestRow)}</th><td role="cell" class="num">{money(claim.interest)}</td></tr>
                    <tr role="row"><th scope="row" role="rowheader" colspan="6">{t(Msg::ClaimCompensationRow)}</th><td role="cell" class="num">{compensation.clone()}</td></tr>
                    {costs.map(|costs| view! {
                        <tr role="row"><th scope="row" role="rowheader" colspan="6">{t(Msg::ClaimCostsRow)}</th><td role="cell" class="num">{costs}</td></tr>
                    })}
                    <tr role="row" class="total"><th scope="row" role="rowheader" colspan="6">{t(Msg::ClaimTotalRow)}</th><td role="cell" class="num">{total}</td></tr>
                </tfoot>
            </table>
        </div>
    }
    .into_any()
}

/// A client account's statutory claim invoice by invoice: each invoice's due date, days
/// overdue (or late before it was paid), rate, interest on its unpaid principal and
/// compensation, then the totals of what is outstanding. Never the lumped figure, which
/// over-states the interest and under-states the compensation (which is per invoice).
/// Static: the caller re-renders it when the report changes.
pub fn account_claim_breakdown(
    i18n: I18n,
    report: &AccountReport,
    test_id: &'static str,
) -> AnyView {
    let lang = i18n.lang.get_untracked();
    let locale = lang.number_locale();
    let t = |msg| i18n::text(lang, msg);
    let totals = &report.totals;
    let comp_cur = currency(totals.compensation_currency).unwrap_or(report.currency);
    let money = |value| format_amount(value, report.currency, locale);
    let comp = |value| format_amount(value, comp_cur, locale);
    let pct = |value| format!("{}\u{a0}%", plain_number(value, 4, locale));
    let rows = report
        .invoices
        .iter()
        .map(|inv| {
            let days: i64 = inv.portions.iter().map(|p| p.days).max().unwrap_or(0);
            view! {
                <tr role="row">
                    <th scope="row" role="rowheader">{inv.number.clone()}</th>
                    <td role="cell">{long_date(lang, inv.due_date)}</td>
                    <td role="cell" class="num">{days.to_string()}</td>
                    // The rate on the first day of interest and, when a reset changed it,
                    // the one in force today (the one the letters state).
                    <td role="cell" class="num">{match (inv.annual_rate, inv.latest_rate) {
                        (Some(first), Some(latest)) if first != latest => format!("{}–{}", pct(first), pct(latest)),
                        (first, _) => first.map(pct).unwrap_or_default(),
                    }}</td>
                    <td role="cell" class="num">{money(inv.interest)}</td>
                    <td role="cell" class="num">{comp(inv.compensation)}</td>
                </tr>
            }
        })
        .collect_view();
    let costs = (!totals.collection_costs.is_zero()).then(|| view! {
        <tr role="row"><th scope="row" role="rowheader" colspan="5">{t(Msg::ClaimCostsRow)}</th><td role="cell" class="num">{comp(totals.collection_costs)}</td></tr>
    });
    let total = totals.statutory_total.map(money).unwrap_or_else(|| {
        i18n.t_with(
            Msg::ClaimCompensationOtherCurrency,
            &[("compensation", &comp(totals.compensation_outstanding))],
        )
    });
    view! {
        <div class="claim-breakdown table-scroll" data-testid=test_id tabindex="0" role="region" aria-label=t(Msg::AccountClaimTitle)>
            <table role="table">
                <caption>{t(Msg::AccountClaimTitle)}</caption>
                <thead role="rowgroup">
                    <tr role="row">
                        <th scope="col" role="columnheader">{t(Msg::AccountColInvoice)}</th>
                        <th scope="col" role="columnheader">{t(Msg::AccountColDue)}</th>
                        <th scope="col" role="columnheader" class="num">{t(Msg::ClaimColDays)}</th>
                        <th scope="col" role="columnheader" class="num">{t(Msg::ClaimColRate)}</th>
                        <th scope="col" role="columnheader" class="num">{t(Msg::ClaimColInterest)}</th>
                        <th scope="col" role="columnheader" class="num">{t(Msg::AccountColCompensation)}</th>
                    </tr>
                </thead>
                <tbody role="rowgroup">{rows}</tbody>
                <tfoot role="rowgroup">
                    <tr role="row"><th scope="row" role="rowheader" colspan="5">{t(Msg::AccountClaimInterestOutstanding)}</th><td role="cell" class="num">{money(totals.interest_outstanding)}</td></tr>
                    <tr role="row"><th scope="row" role="rowheader" colspan="5">{t(Msg::AccountClaimCompensationOutstanding)}</th><td role="cell" class="num">{comp(totals.compensation_outstanding)}</td></tr>
                    {costs}
                    <tr role="row" class="total"><th scope="row" role="rowheader" colspan="5">{t(Msg::ClaimTotalRow)}</th><td role="cell" class="num">{total}</td></tr>
                </tfoot>
            </table>
        </div>
    }
    .into_any()
}
