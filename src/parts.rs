//! The app's parts: each tool's view, the "Embed on your site" page, the client account,
//! the today strip and the saved cases are each a part of their own,
//! cut out of the main WebAssembly module and fetched the first time it is shown.
//!
//! How: `part!` ([`crate::part`]) wraps a function returning the part's view constructor ([`Ctor`]).
//! In the release build (`scripts/build` passes `--cfg tactful_split`) it becomes a
//! wasm-split function (the one Leptos's `#[lazy]` uses, with failures returned instead
//! of panicking); wasm-split-cli cuts the module there and writes `pkg/__wasm_split.js`,
//! which fetches the part (and the shared pieces it needs). Every other build (native
//! tests, clippy, the wasm-bindgen component tests) gets a plain function, and
//! [`Parts::new`] starts with every part ready, so components render exactly as before.
//!
//! Rendering never waits: the view reads [`Parts::ready`] (a signal) and shows an empty
//! placeholder until the part is there; an effect in `app.rs` asks for the current part
//! ([`Parts::load`]), and the load's completion sets the signal, as a fetch result would.
//! The constructor then runs synchronously under the live owner, so contexts are found.
//! A failed fetch shows a message with a button to try again (what was typed is in the
//! main module's signals, so nothing is lost).
//!
//! Each language other than English is a part too ([`crate::langs`]). (Awaiting a part
//! inside `Suspend` instead ran the view after a route change had disposed its owner.) The
//! service worker precaches the parts with the rest of `dist/`.

use leptos::prelude::*;

use crate::context::use_i18n;
use crate::i18n::Msg;
use crate::part::part;
use crate::route::Route;

/// Builds a part's view.
pub type Ctor = fn() -> AnyView;

/// A part of the app fetched on first use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// A tool's view.
    Tool(Route),
    /// The "Embed on your site" page.
    EmbedPage,
    /// The client account in the invoice panel (several invoices, payments received).
    Account,
    /// The "today" strip above the tool (views/today.rs), once the invoice can be read.
    Today,
    /// The saved cases, beside the tool under the invoice (cases_panel.rs): fetched once
    /// the tool is on screen (not in an embed).
    Cases,
}

impl Part {
    fn index(self) -> usize {
        match self {
            Part::Tool(Route::Plan) => 0,
            Part::Tool(Route::Discount) => 1,
            Part::Tool(Route::Timeline) => 2,
            Part::Tool(Route::Message) => 3,
            Part::EmbedPage => 4,
            Part::Account => 5,
            Part::Today => 6,
            Part::Cases => 7,
        }
    }
}

/// Where a part is: not fetched (or on its way), there, or its fetch failed.
#[derive(Clone, Copy)]
#[cfg_attr(not(tactful_split), allow(dead_code))]
enum Slot {
    Waiting,
    Ready(Ctor),
    Failed,
}

/// Which parts are loaded (made by `app.rs`, which shows them).
#[derive(Clone, Copy)]
pub struct Parts {
    slots: [RwSignal<Slot>; 8],
}

impl Parts {
    /// No part loaded yet (release build), or every part ready (other builds).
    pub fn new() -> Self {
        #[cfg(tactful_split)]
        let slots = std::array::from_fn(|_| RwSignal::new(Slot::Waiting));
        #[cfg(not(tactful_split))]
        let slots = [
            plan_part(),
            discount_part(),
            timeline_part(),
            message_part(),
            embed_page_part(),
            account_part(),
            today_part(),
            cases_part(),
        ]
        .map(|ctor| RwSignal::new(Slot::Ready(ctor)));
        Parts { slots }
    }

    /// The part's constructor once it is loaded (tracked).
    pub fn ready(self, part: Part) -> Option<Ctor> {
        match self.slots[part.index()].get() {
            Slot::Ready(ctor) => Some(ctor),
            Slot::Waiting | Slot::Failed => None,
        }
    }

    /// Starts fetching `part` unless it is loaded (again, after a failed fetch). Asking
    /// again while it is on its way costs no second fetch: the split loader shares one
    /// attempt between callers. A failed fetch (offline without the service worker's
    /// copy, e.g. in an agency's iframe) shows a message with a button that asks again.
    pub fn load(self, part: Part) {
        #[cfg(tactful_split)]
        {
            let slot = self.slots[part.index()];
            if matches!(slot.get_untracked(), Slot::Ready(_)) {
                return;
            }
            slot.set(Slot::Waiting);
            leptos::task::spawn_local(async move {
                let loaded = match part {
                    Part::Tool(Route::Plan) => plan_part().await,
                    Part::Tool(Route::Discount) => discount_part().await,
                    Part::Tool(Route::Timeline) => timeline_part().await,
                    Part::Tool(Route::Message) => message_part().await,
                    Part::EmbedPage => embed_page_part().await,
                    Part::Account => account_part().await,
                    Part::Today => today_part().await,
                    Part::Cases => cases_part().await,
                };
                slot.set(match loaded {
                    Ok(ctor) => Slot::Ready(ctor),
                    Err(_) => Slot::Failed,
                });
            });
        }
        #[cfg(not(tactful_split))]
        let _ = part;
    }

    /// The part's view; while it loads, an empty placeholder of the same role; if its
    /// fetch failed, what happened and a button to try again.
    pub fn view(self, part: Part) -> AnyView {
        match self.slots[part.index()].get() {
            Slot::Ready(ctor) => ctor(),
            // A tool's placeholder already has its heading and purpose (the painted first
            // screen's, index.html), so nothing above the tool moves when it arrives.
            Slot::Waiting => match part {
                Part::Tool(route) => view! {
                    <section class="panel tool part-loading" aria-busy="true">
                        <crate::views::ToolTitle route=route />
                    </section>
                }
                .into_any(),
                _ => view! { <section class="panel part-loading" aria-busy="true"></section> }
                    .into_any(),
            },
            Slot::Failed => {
                let i18n = use_i18n();
                view! {
                    <section class="panel part-loading part-failed" data-testid="part-failed">
                        <p role="alert">{move || i18n.t(Msg::PartFailed)}</p>
                        <p>
                            <button type="button" class="action" on:click=move |_| self.load(part)>
                                {move || i18n.t(Msg::PartRetry)}
                            </button>
                        </p>
                    </section>
                }
                .into_any()
            }
        }
    }
}

impl Default for Parts {
    fn default() -> Self {
        Self::new()
    }
}

part! {
    /// The instalment plan.
    fn plan_part() -> Ctor {
        || view! { <crate::views::plan::PlanView /> }.into_any()
    }
}
part! {
    /// The early-settlement discount.
    fn discount_part() -> Ctor {
        || view! { <crate::views::discount::DiscountView /> }.into_any()
    }
}
part! {
    /// The escalation timeline.
    fn timeline_part() -> Ctor {
        || view! { <crate::views::timeline::TimelineView /> }.into_any()
    }
}
part! {
    /// The message composer.
    fn message_part() -> Ctor {
        || view! { <crate::views::message::MessageView /> }.into_any()
    }
}
part! {
    /// The "Embed on your site" page.
    fn embed_page_part() -> Ctor {
        || view! { <crate::embed_page::EmbedPage /> }.into_any()
    }
}
part! {
    /// The client account: its lines, where it stands, its statement.
    fn account_part() -> Ctor {
        || view! { <crate::views::account::AccountPanel /> }.into_any()
    }
}
part! {
    /// The "today" strip above the tool.
    fn today_part() -> Ctor {
        || view! { <crate::views::today::TodayStrip /> }.into_any()
    }
}
part! {
    /// The saved cases.
    fn cases_part() -> Ctor {
        || view! { <crate::cases_panel::CasesPanel /> }.into_any()
    }
}
