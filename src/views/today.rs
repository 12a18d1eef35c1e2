//! The "today" strip across the tools, above the tool: what to send now and when (the
//! timeline's next step; on the timeline, its own "What to send now" says it in full), what
//! can be claimed today under the law in force, and the one action that writes that
//! message. A part of its own (parts.rs), fetched once the invoice can be read: it needs
//! the timeline's engine, which the plan's first screen does not.

use leptos::prelude::*;
use tactful_engine::amount::format_amount;
use tactful_engine::currency::currency;
use tactful_engine::statutory::ClaimNote;

use crate::context::{use_i18n, use_invoice, ShownTool};
use crate::i18n::Msg;
use crate::route::Route;
use crate::views::law::FixedSum;
use crate::views::message::state::MessageState;
use crate::views::timeline::now::now_text;
use crate::views::timeline::state::TimelineState;

/// The strip: shown once the timeline has something to say about today.
#[component]
pub fn TodayStrip() -> impl IntoView {
    let ShownTool(route) = expect_context::<ShownTool>();
    let i18n = use_i18n();
    let invoice = use_invoice();
    let timeline = expect_context::<TimelineState>();
    let messages = expect_context::<MessageState>();
    let strip = move || {
        let route = route.get();
        let lang = i18n.lang.get();
        let locale = lang.number_locale();
        let invoice_currency = invoice.parsed.with(|p| p.as_ref().ok().map(|i| i.currency));
        timeline.outcome().with(|outcome| {
            let next = outcome.next_step.as_ref();
            let step = next
                .filter(|_| route != Route::Timeline)
                .map(|next| now_text(lang, next, invoice_currency).step);
            let claim = outcome
                .claim
                .as_ref()
                .filter(|c| !c.notes.contains(&ClaimNote::NotYetLate) && c.interest > rust_decimal::Decimal::ZERO)
                .and_then(|claim| {
                    let cur = currency(&claim.currency).ok()?;
                    let comp_cur = currency(&claim.compensation_currency).ok()?;
                    let interest = format_amount(claim.interest, cur, locale);
                    let sum = FixedSum::of(claim.compensation, claim.collection_costs);
                    let fixed = format_amount(sum.amount(), comp_cur, locale);
                    let total = match claim.total_claim {
                        Some(total) => format_amount(total, cur, locale),
                        None => format!("{interest} + {fixed}"),
                    };
                    Some(i18n.t_with(
                        sum.msg(Msg::TodayClaim, Msg::TodayClaimCosts),
                        &[("total", &total), ("interest", &interest), (sum.key(), &fixed)],
                    ))
                });
            let write = next
                .and_then(|n| n.step.as_ref())
                .filter(|s| {
                    s.template.is_some()
                        && route != Route::Timeline
                        && route != Route::Message
                        && crate::context::composer_shown()
                })
                .map(|_| {
                    view! {
                        <a class="button" href="#/message" data-testid="today-write"
                            on:click=move |_| messages.follow_timeline()>
                            {i18n.t(Msg::WriteThisMessage)}
                        </a>
                    }
                });
            if step.is_none() && claim.is_none() {
                return None;
            }
            Some(view! {
                <div class="today-strip" data-testid="today-strip" role="group" aria-label=i18n.t(Msg::TodayLabel)>
                    {step.map(|step| view! { <p class="today-step" data-testid="today-step"><strong>{step}</strong></p> })}
                    {claim.map(|claim| view! { <p class="today-claim" data-testid="today-claim">{claim}</p> })}
                    {write}
                </div>
            })
        })
    };
    view! { <div class="today-row" aria-live="polite">{strip}</div> }
}
